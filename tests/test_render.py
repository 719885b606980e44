"""Rendering at Discord's limits: long quotes, markdown, mentions, other scripts, links and custom ids."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts.search import Result
from bot.ui import limits, paging, render
from bot.ui.links import fragment_link
from tests.fake_discord.spec import spec

URL = "https://news.example.org/2017/06/13/statement.html"


def result(quote: str, **extra: object) -> Result:
    values = {"fact_id": "f1", "speaker": "Ana Pérez", "role": "spokesperson", "quote": quote, "date": "2017-06-13",
              "place": "Geneva", "event": None, "document": "d1", "url": URL, "score": 90.0, "title": "A statement",
              "publisher": "Example News", "published": "2017-06-14", "start": 0, "end": len(quote)}
    values.update(extra)
    return Result(**values)  # type: ignore[arg-type]


def embed_total(message: dict) -> int:
    total = 0
    for embed in message["embeds"]:
        total += render.dlen(embed.title or "") + render.dlen(embed.description or "")
        total += render.dlen(embed.footer.text or "") if embed.footer else 0
        total += sum(render.dlen(f.name) + render.dlen(f.value) for f in embed.fields)
    return total


def test_a_10000_character_quote_is_clamped_at_a_word_boundary_with_an_ellipsis():
    words = " ".join(f"word{i}" for i in range(2000))[:10_000]
    message = render.to_discord(render.Answer(cards=(render.quote_card(result(words)),)))
    description = message["embeds"][0].description
    assert render.dlen(description) <= limits.EMBED_DESCRIPTION
    assert description.endswith(render.ELLIPSIS)
    kept = description[2:-1]  # without "> " and the ellipsis
    assert words.startswith(kept) and words[len(kept)] == " "
    assert embed_total(message) <= limits.EMBED_TOTAL


def test_ten_long_cards_share_the_6000_character_total():
    answer = render.results_answer([result("x " * 5000)] * 25, page=0, per_page=10)
    message = render.to_discord(answer)
    assert len(message["embeds"]) == 10
    assert embed_total(message) <= limits.EMBED_TOTAL
    assert all(e.description.endswith(render.ELLIPSIS) for e in message["embeds"])


def test_markdown_shows_literally_in_discord_and_plainly_in_the_console():
    quote = "**bold** _it_ `code` ~~gone~~ ||secret|| # not a heading [link](https://x.example)"
    answer = render.Answer(cards=(render.quote_card(result(quote)),))
    description = render.to_discord(answer)["embeds"][0].description
    for token in ("\\*\\*bold\\*\\*", "\\_it\\_", "\\`code\\`", "\\~\\~gone\\~\\~", "\\|\\|secret\\|\\|"):
        assert token in description
    assert quote in render.to_text(answer)


def test_mentions_are_made_inert():
    quote = "Thanks @everyone and @here, and <@123456789012345678> and <@&987654321098765432>."
    answer = render.Answer(content=quote, cards=(render.quote_card(result(quote)),))
    message = render.to_discord(answer)
    for text in (message["content"], message["embeds"][0].description):
        assert "@everyone" not in text and "@here" not in text
        assert "<@123456789012345678>" not in text and "<@&987654321098765432>" not in text


def test_other_scripts_keep_whole_characters():
    for text in ("中华人民共和国外交部" * 600, "مرحبا بالعالم " * 400, "नमस्ते दुनिया " * 400,
                 "👩‍👩‍👧‍👦🇫🇷" * 1200, "e\u0301" * 5000):
        clamped = render.clamp(text, 1000)
        assert render.dlen(clamped) <= 1000 and clamped.endswith(render.ELLIPSIS)
        head = clamped[:-1]
        assert text.startswith(head)
        nxt = text[len(head)]
        assert not unicodedata.combining(nxt) and nxt not in "\u200d\ufe0f"
        if head and 0x1F1E6 <= ord(head[-1]) <= 0x1F1FF:  # flags come in pairs
            run = len(head) - len(head.rstrip("".join(chr(c) for c in range(0x1F1E6, 0x1F200))))
            assert run % 2 == 0


@given(st.text(), st.integers(min_value=0, max_value=300))
def test_clamp_never_exceeds_the_limit_and_keeps_a_prefix(text, limit):
    clamped = render.clamp(text, limit)
    assert render.dlen(clamped) <= limit
    if clamped == text:
        return
    head = clamped[:-1] if clamped else ""
    assert clamped == "" or clamped.endswith(render.ELLIPSIS)
    assert text.startswith(head)


def test_console_text_has_the_same_content_without_escapes():
    answer = render.results_answer([result("It is *very* important.", place=None)], page=0, per_page=3)
    text = render.to_text(answer)
    assert "> It is *very* important." in text
    assert "Ana Pérez, spokesperson" in text and "13 June 2017" in text
    assert "Link: " + URL + "#:~:text=" in text


def test_source_button_links_to_the_passage():
    answer = render.Answer(cards=(render.quote_card(result("Peace talks resume next week.")),))
    view = render.to_discord(answer)["view"]
    (button,) = view.children
    assert button.url == URL + "#:~:text=Peace%20talks%20resume%20next%20week."
    assert len(button.label) <= limits.BUTTON_LABEL


def test_fragment_encodes_directive_characters_and_uses_start_and_end_for_long_quotes():
    link = fragment_link(URL, "A well-known, long-standing rule & practice applies to all member states here")
    fragment = link.split("#:~:text=")[1]
    start, end = fragment.split(",")
    assert "-" not in fragment and "&" not in fragment
    assert unquote(start) == "A well-known, long-standing rule" and unquote(end) == "all member states here"


def test_fragment_links_stay_within_512_characters():
    long_url = "https://example.org/" + "a" * 470
    link = fragment_link(long_url, "supercalifragilisticexpialidocious " * 20)
    assert link is not None and len(link) <= limits.URL
    assert fragment_link("https://example.org/" + "a" * 600, "x") is None
    assert fragment_link("ftp://example.org/x", "x") is None and fragment_link(None, "x") is None
    assert fragment_link(URL + "#top", "one two") == URL + "#top:~:text=one%20two"


def test_page_button_custom_ids_fit_and_round_trip():
    options, shortened = paging.fit_options("quote", 2**63 - 1, ["peace " * 1000, "speaker " * 40, "", "2017..2019"])
    assert shortened and options[3] == "2017..2019"
    paging.register("quote", lambda *a: render.Answer())
    buttons = paging.nav("quote", 2**63 - 1, 3, 9, options)
    for button in buttons:
        assert len(button.custom_id) <= limits.CUSTOM_ID
        match = re.fullmatch(paging.PageButton.__discord_ui_compiled_template__, button.custom_id)
        assert match and int(match["uid"], 36) == 2**63 - 1 and match["options"].split("|") == list(options)
    assert [b.item.disabled for b in paging.nav("quote", 1, 0, 2, options)] == [True, False]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=7000), st.text(max_size=400), st.integers(min_value=1, max_value=10))
def test_any_text_renders_to_a_message_discord_accepts(quote, speaker, per_page):
    paging.register("quote", lambda *a: render.Answer())
    answer = render.results_answer([result(quote, speaker=speaker or None)] * 12, page=1, per_page=per_page)
    message = render.to_discord(answer, paging.nav("quote", 42, answer.page, answer.pages, [quote[:50]]))
    body = {"type": 4, "data": {"content": message["content"], "embeds": [e.to_dict() for e in message["embeds"]],
                                "components": message["view"].to_components() if message["view"] else [],
                                "allowed_mentions": {"parse": []}}}
    assert spec().errors("POST", "/interactions/1/token/callback", body) == []
    assert len(body["data"]["components"]) == 2  # links, then previous/next
    assert embed_total(message) <= limits.EMBED_TOTAL
