"""Search behaviour on a small hand-written table (test fixture documents, not extracted ones):
normalisation, passages, filters, autocomplete, names, dates, bad input and the cache."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts import model
from bot.facts.model import Document, Fact, FactTable, FactTableError
from bot.facts.search import Choice, DateRange, Result, SearchIndex, parse_when
from bot.facts.search.compiled import cache_path
from bot.facts.search.text import fold

HARBOUR = (
    "Harbour talks in Valparaíso\n\n"
    "María José Núñez, Minister of Ports, said the new container quay would open before the winter of 2019. "
    "The quay cost four million euros and took three years to build. "
    "Fishermen complained that the dredging had driven the anchovy shoals away from the bay. "
    "Núñez added that compensation for the fishing cooperatives was being negotiated with the regional "
    "government."
)
ORCHARD = (
    "Orchard growers meet in Kraków\n\n"
    "Jan Kowalczyk, chairman of the Apple Growers Union, warned that late frost had destroyed half of the "
    "blossom in the southern orchards. "
    "The union asked the ministry for emergency loans at zero interest. "
    "Kowalczyk said cider makers would import juice concentrate if the harvest failed. "
    "A long-serving cooperative director, Zofia Wiśniewska-Dąbrowska, said that hail nets paid for "
    "themselves within four seasons."
)
OBSERVATORY = (
    "Observatory reopens\n\n"
    "The mountain observatory reopened after its mirror was recoated with aluminium. "
    "Astronomers plan a survey of faint dwarf galaxies in the southern sky."
)


def _fact(doc: Document, fid: str, speaker: str, role: str | None, piece: str, date: str | None,
          place: str | None, event: str | None = None) -> Fact:
    start = doc.text.index(piece)
    return Fact(fid, doc.id, speaker, role, piece, date, place, event, start, start + len(piece))


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, pos = [], text.index("\n\n") + 2
    for part in text[pos:].split(". "):
        end = pos + len(part) + (0 if part.endswith(".") else 1)
        spans.append((pos, end))
        pos += len(part) + 2
    return tuple(spans)


def make_table() -> FactTable:
    docs = [
        Document("harbour", "Harbour talks in Valparaíso", "https://example.org/harbour", "Port Gazette",
                 "2019-03-04", HARBOUR, _sentences(HARBOUR)),
        Document("orchard", "Orchard growers meet in Kraków", "https://example.org/orchard", "Farm Weekly",
                 "2021-05-10", ORCHARD, _sentences(ORCHARD)),
        Document("observatory", "Observatory reopens", None, None, None, OBSERVATORY, _sentences(OBSERVATORY)),
    ]
    h, o = docs[0], docs[1]
    facts = [
        _fact(h, "h1", "María José Núñez", "Minister of Ports",
              "the new container quay would open before the winter of 2019", "2019-03-04", "Valparaíso",
              "Harbour talks"),
        _fact(h, "h2", "María José Núñez", "Minister of Ports",
              "compensation for the fishing cooperatives was being negotiated with the regional government",
              "2019-03", "Valparaíso", "Harbour talks"),
        _fact(o, "o1", "Jan Kowalczyk", "chairman of the Apple Growers Union",
              "late frost had destroyed half of the blossom in the southern orchards", "2021-05-10", "Kraków"),
        _fact(o, "o2", "Jan Kowalczyk", "chairman of the Apple Growers Union",
              "cider makers would import juice concentrate if the harvest failed", "2021", "Kraków"),
        _fact(o, "o3", "Zofia Wiśniewska-Dąbrowska", "cooperative director",
              "hail nets paid for themselves within four seasons", "2021-05-10", None),
    ]
    return FactTable(docs, facts)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_table(make_table())


def _keys(results: list[Result]) -> list[tuple[str, int]]:
    return [(r.document, r.start) for r in results]


# -- normalisation ----------------------------------------------------------------------------------

def test_fold_removes_accents_case_punctuation_and_invisible_characters() -> None:
    assert fold("María  JOSÉ,\tNúñez!") == "maria jose nunez"
    assert fold("Wiśniewska-Dąbrowska's") == "wisniewska dabrowska"
    assert fold("don't Xi'an") == "don t xi an"
    assert fold("quay\u200bside\x00x") == "quayside x"
    assert fold("25,000 fighters; 1.234.567") == "25000 fighters 1234567"


@pytest.mark.parametrize("variant", [
    "maria jose nunez container quay", "MARÍA JOSÉ NÚÑEZ — CONTAINER QUAY!!", "Maria-Jose Nunez: container, quay?",
])
def test_accents_case_and_punctuation_never_change_the_answer(index: SearchIndex, variant: str) -> None:
    assert _keys(index.search(variant)) == _keys(index.search("María José Núñez container quay"))
    assert index.search(variant)[0].fact_id == "h1"


# -- results ----------------------------------------------------------------------------------------

def test_results_are_exact_spans_with_their_source(index: SearchIndex) -> None:
    table = make_table()
    for query in ("frost blossom", "quay", "dwarf galaxies", "kowalczyk"):
        for r in index.search(query, limit=10):
            assert r.quote == table.document(r.document).text[r.start:r.end]
            assert 0 < r.score <= 100
    best = index.search("frost blossom")[0]
    assert (best.fact_id, best.speaker, best.url, best.title) == (
        "o1", "Jan Kowalczyk", "https://example.org/orchard", "Orchard growers meet in Kraków")


def test_passages_nobody_is_quoted_in_are_found(index: SearchIndex) -> None:
    r = index.search("faint dwarf galaxies survey")[0]
    assert r.document == "observatory" and r.fact_id is None and r.speaker is None
    assert "dwarf galaxies" in r.quote
    r = index.search("anchovy shoals dredging")[0]
    assert r.fact_id is None and "anchovy" in r.quote


def test_typos_names_and_topics(index: SearchIndex) -> None:
    assert index.search("kowalcyk")[0].speaker == "Jan Kowalczyk"
    assert index.search("kowalczyk cider")[0].fact_id == "o2"
    assert index.search("valparaiso compensation")[0].fact_id == "h2"  # place field + topic in the text
    assert index.search("hail nets")[0].fact_id == "o3"
    assert index.search("nunez compensaton")[0].fact_id == "h2"


def test_a_pasted_sentence_with_words_changed_finds_its_passage(index: SearchIndex) -> None:
    pasted = "Kowalczyk said cider producers would import apple concentrate if the crop failed"
    assert index.search(pasted)[0].fact_id == "o2"
    found = index.identify("The quay cost 4 million euros and took three years to construct")
    assert found is not None and "four million euros" in found.quote


@pytest.mark.parametrize("query", ["best pizza recipe", "football world cup", "python list comprehension"])
def test_unrelated_queries_return_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []
    assert index.identify(query) is None


def test_limit_is_respected(index: SearchIndex) -> None:
    assert index.search("the", limit=0) == []
    assert len(index.search("orchard union frost kowalczyk", limit=1)) <= 1
    assert len(index.search("kowalczyk", limit=1000)) <= 100


# -- filters ----------------------------------------------------------------------------------------

def test_speaker_filter_is_fuzzy(index: SearchIndex) -> None:
    results = index.search("import", speaker="kowalcyk")
    assert results and {r.speaker for r in results} == {"Jan Kowalczyk"}
    assert index.search("import", speaker="Núñez") == []
    assert index.search("quay", speaker="nobody at all") == []


def test_place_filter(index: SearchIndex) -> None:
    assert {r.fact_id for r in index.search("", place="krakow", limit=10)} == {"o1", "o2"}
    assert {r.fact_id for r in index.search("quay", place="Valparaiso")} == {"h1"}
    assert index.search("quay", place="Atlantis") == []


@pytest.mark.parametrize(("when", "expected"), [
    ("2019", {"h1", "h2"}), ("2019-03", {"h1", "h2"}), ("2019-03-04", {"h1", "h2"}),
    ("2021-05-10", {"o1", "o2", "o3"}), ("2018..2019", {"h1", "h2"}), ("2017..2022", {"h1", "h2", "o1", "o2", "o3"}),
    ("2020", set()), ("May 2021", {"o1", "o2", "o3"}),
])
def test_date_filter(index: SearchIndex, when: str, expected: set[str]) -> None:
    assert {r.fact_id for r in index.search("", date=when, limit=20)} == expected
    assert {r.fact_id for r in index.on_date(when)} == expected


def test_unparseable_date_matches_nothing(index: SearchIndex) -> None:
    assert index.search("quay", date="last tuesday") == []
    assert index.on_date("soon") == []


# -- dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("2017", "2017-01-01", "2017-12-31"), ("2017-06", "2017-06-01", "2017-06-30"),
    ("June 2017", "2017-06-01", "2017-06-30"), ("2017-06-13", "2017-06-13", "2017-06-13"),
    ("13 June 2017", "2017-06-13", "2017-06-13"), ("June 13, 2017", "2017-06-13", "2017-06-13"),
    ("2017..2019", "2017-01-01", "2019-12-31"), ("2017-06..2017-09", "2017-06-01", "2017-09-30"),
    ("2016-02", "2016-02-01", "2016-02-29"),
])
def test_parse_when(text: str, start: str, end: str) -> None:
    when = parse_when(text)
    assert isinstance(when, DateRange) and (when.start, when.end) == (start, end)


@pytest.mark.parametrize("text", ["", "pizza", "2017-13", "2017-02-30", "2019..2017", "13 2017", "x" * 500, "..", "2017..x"])
def test_parse_when_rejects_non_dates(text: str) -> None:
    assert parse_when(text) is None


# -- names and autocomplete -------------------------------------------------------------------------

def test_resolve_speaker(index: SearchIndex) -> None:
    assert index.resolve_speaker("nunez") == "María José Núñez"
    assert index.resolve_speaker("Maria Nunes") == "María José Núñez"
    assert index.resolve_speaker("Dabrowska") == "Zofia Wiśniewska-Dąbrowska"
    assert index.resolve_speaker("Vladimir Putin") is None


def test_autocomplete_prefix_first_and_bounded(index: SearchIndex) -> None:
    assert index.complete_speakers("kow")[0] == Choice("Jan Kowalczyk — chairman of the Apple Growers Union",
                                                      "Jan Kowalczyk")
    assert index.complete_speakers("minister of")[0].value == "María José Núñez"  # a role finds its speaker
    assert index.complete_speakers("kowalsky")[0].value == "Jan Kowalczyk"  # fuzzy after prefix
    assert [c.value for c in index.complete_speakers("")] == ["Jan Kowalczyk", "María José Núñez",
                                                              "Zofia Wiśniewska-Dąbrowska"]
    assert index.complete_places("krak")[0].value == "Kraków"
    assert index.complete_documents("orch")[0].value == "orchard"
    for choices in (index.complete_speakers(""), index.complete_places(""), index.complete_documents("")):
        assert 0 < len(choices) <= 25
        assert all(0 < len(c.name) <= 100 and 0 < len(c.value) <= 100 for c in choices)


def test_autocomplete_clips_long_labels_and_caps_count() -> None:
    long_name = "Ambassador " + "Extraordinary " * 12 + "Plenipotentiary"
    base = make_table()
    doc = base.documents[2]
    facts = [Fact(f"x{i}", doc.id, f"Speaker Number{i:02d}", long_name, doc.text[21:60], None, None, None, 21, 60)
             for i in range(40)]
    index = SearchIndex.from_table(FactTable(base.documents, facts))
    choices = index.complete_speakers("speaker")
    assert len(choices) == 25 and all(len(c.name) <= 100 for c in choices)
    assert len(index.complete_speakers("", limit=500)) == 25


def test_suggestions_for_a_near_miss(index: SearchIndex) -> None:
    assert "Jan Kowalczyk" in index.suggest("jan kowalzyck")
    assert index.suggest("best pizza recipe") == []


def test_profiles_documents_places_and_stats(index: SearchIndex) -> None:
    profile = index.speaker_profile("kowalczyk")
    assert profile is not None and profile.name == "Jan Kowalczyk" and profile.count == 2
    assert profile.documents == ("orchard",) and profile.dates == ("2021", "2021-05-10")
    assert {r.fact_id for r in profile.top} == {"o1", "o2"}
    assert index.speaker_profile("nobody") is None
    info = index.document_info("orchard")
    assert info is not None and info.speakers == (("Jan Kowalczyk", 2), ("Zofia Wiśniewska-Dąbrowska", 1))
    assert index.document_info("orchard growers krakow").id == "orchard"
    assert index.document_info("no such thing whatsoever") is None
    assert {r.fact_id for r in index.at_place("Valparaiso")} >= {"h1", "h2"}
    stats = index.stats()
    assert (stats.documents, stats.facts, stats.speakers) == (3, 5, 3)
    assert (stats.first_date, stats.last_date) == ("2019-03", "2021-05-10")


# -- bad input --------------------------------------------------------------------------------------

BAD_INPUT = [
    "", "   ", "\n\t", "x" * 6000, "frost " * 1000, "\x00\x01\x1b[31mred\x7f", "fro\u200bst\u200d blos\ufeffsom",
    ".*+?[](){}|^$\\", "(?P<x>a)|\\1", "**bold** _it_ `code` ```block``` > quote ||spoiler||",
    "@everyone", "@here <@123456789012345678> <@&987> <#555> <:emoji:123>", "反恐合作 上海合作组织",
    "مكافحة الإرهاب", "борьба с терроризмом", "🙂" * 300, "\ud800", "%s %d {0} {}", "'; DROP TABLE facts; --",
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_never_raises(index: SearchIndex, text: str) -> None:
    assert isinstance(index.search(text), list)
    assert isinstance(index.search(text, speaker=text, place=text, date=text), list)
    assert index.identify(text) is None or isinstance(index.identify(text), Result)
    assert isinstance(index.suggest(text), list)
    assert index.resolve_speaker(text) is None or isinstance(index.resolve_speaker(text), str)
    for complete in (index.complete_speakers, index.complete_places, index.complete_documents):
        assert all(len(c.name) <= 100 for c in complete(text))
    index.speaker_profile(text)
    index.document_info(text)
    index.at_place(text)
    index.on_date(text)
    parse_when(text)


def test_invisible_characters_do_not_hide_a_word(index: SearchIndex) -> None:
    assert index.search("fro\u200bst blos\u00adsom")[0].fact_id == "o1"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_string_is_answered(text: str) -> None:
    index = _shared_index()
    results = index.search(text)
    assert all(isinstance(r, Result) and 0 <= r.score <= 100 for r in results)
    index.identify(text)
    index.suggest(text)
    assert len(index.complete_speakers(text)) <= 25
    parse_when(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["frost", "quay", "cider", "nunez", "kowalczyk", "hail", "galaxies", "the"]),
                min_size=1, max_size=6),
       st.text(alphabet=string.punctuation + " ", max_size=3))
def test_punctuation_between_words_never_changes_results(words: list[str], sep: str) -> None:
    index = _shared_index()
    assert _keys(index.search(" ".join(words))) == _keys(index.search((sep or " ").join(words) + sep))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["frost", "quay", "cider", "nunez", "kowalczyk", "blossom", "galaxies"]),
                min_size=1, max_size=4),
       st.lists(st.sampled_from(["\u0301", "\u0308", "\u0327", "\u200b", ""]), min_size=1, max_size=4),
       st.booleans())
def test_accents_and_case_never_change_results(words: list[str], marks: list[str], upper: bool) -> None:
    index = _shared_index()
    plain = " ".join(words)
    marked = " ".join(w[0] + marks[i % len(marks)] + w[1:] for i, w in enumerate(words))
    assert _keys(index.search(marked.upper() if upper else marked)) == _keys(index.search(plain))


_INDEX: list[SearchIndex] = []


def _shared_index() -> SearchIndex:
    if not _INDEX:
        _INDEX.append(SearchIndex.from_table(make_table()))
    return _INDEX[0]


# -- loading and the cache --------------------------------------------------------------------------

def test_load_caches_and_rebuilds_when_the_table_changes(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    table = make_table()
    model.save(table, path)
    assert SearchIndex.load(path).stats().facts == 5
    assert cache_path(path).exists()
    assert SearchIndex.load(path).search("frost blossom")[0].fact_id == "o1"
    model.save(FactTable(table.documents, table.facts[:2]), path)
    reloaded = SearchIndex.load(path)
    assert reloaded.stats().facts == 2 and reloaded.search("frost blossom")[0].fact_id is None
    cache_path(path).write_bytes(b"not a pickle")
    assert SearchIndex.load(path).stats().facts == 2


def test_missing_or_invalid_table_raises_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(FactTableError, match="not found"):
        SearchIndex.load(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\ndocuments: 3\n")
    with pytest.raises(FactTableError, match="must be lists"):
        SearchIndex.load(bad)


def test_an_empty_table_answers_nothing() -> None:
    index = SearchIndex.from_table(FactTable([], []))
    assert index.search("anything") == [] and index.complete_speakers("") == []
    assert index.stats().facts == 0 and index.identify("text") is None


def test_very_long_names_still_filter_and_resolve() -> None:
    base = make_table()
    doc = base.documents[2]
    speaker = "The Joint Committee of " + "Very Long Official Names " * 8 + "and Others"
    event = "A Conference " + "on Many Subjects " * 10
    fact = Fact("long", doc.id, speaker, None, doc.text[21:60], "2020", "Oslo", event, 21, 60)
    index = SearchIndex.from_table(FactTable(base.documents, [fact]))
    assert index.resolve_speaker(speaker) == speaker
    assert index.speaker_profile(speaker).count == 1
    assert [r.fact_id for r in index.search("", speaker="joint committee")] == ["long"]
    assert [r.fact_id for r in index.search("", place=event)] == ["long"]
    choice = index.complete_speakers("joint")[0]
    assert len(choice.value) <= 100 and index.resolve_speaker(choice.value) == speaker
