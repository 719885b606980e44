"""The scorer itself, on hand-made documents, gold files and fact tables (test fixtures, not extraction)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.facts.model import Document, Fact, FactTable
from tests.scoring import GoldError, load_gold, main, normalise_name, overlaps, report, score

TEXT = (
    "Menu Home News\n\n"
    'BEIJING, May 3. "We will never accept double standards," Foreign Minister Wang Yi said on Monday.\n\n'
    "He added that cooperation with Moscow would deepen.\n\n"
    "The weather was fine.\n\n"
    "José Ramírez, the Spanish envoy, warned that the threat remained high.\n\n"
    "Print"
)
STATEMENTS = [
    {"speaker": "Wang Yi",
     "quote": '"We will never accept double standards," Foreign Minister Wang Yi said on Monday.',
     "date": "2016-05-02", "place": "Beijing"},
    {"speaker": "Wang Yi", "quote": "He added that cooperation with Moscow would deepen.",
     "date": "2016-05-02", "place": "Beijing"},
    {"speaker": "José Ramírez",
     "quote": "José Ramírez, the Spanish envoy, warned that the threat remained high.",
     "date": ["2016-05-03", "2016-05"], "place": None},
]


def _write_gold(tmp_path: Path, statements: list[dict], text: str = TEXT) -> Path:
    corpus = tmp_path / "docs"
    corpus.mkdir(exist_ok=True)
    (corpus / "d1.txt").write_text(text, encoding="utf-8")
    items = [{"document": "d1", "role": None, "event": None, "kind": None, **s} for s in statements]
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump({"corpus": "docs", "statements": items, "furniture": {"d1": ["Print"]}}))
    return gold


def _fact(n: int, quote: str, speaker: str, date: str | None = None, place: str | None = None,
          text: str = TEXT, start: int | None = None) -> Fact:
    start = text.index(quote) if start is None else start
    return Fact(id=f"f{n}", document="d1", speaker=speaker, role=None, quote=quote, date=date, place=place,
                event=None, start=start, end=start + len(quote))


def _table(facts: list[Fact], text: str = TEXT) -> FactTable:
    return FactTable([Document("d1", None, None, None, "2016-05-03", text)], facts)


@pytest.fixture
def gold(tmp_path: Path):
    return load_gold(_write_gold(tmp_path, STATEMENTS))


def test_perfect_table_scores_one(gold) -> None:
    facts = [_fact(i, s["quote"], s["speaker"], s["date"] if isinstance(s["date"], str) else s["date"][0],
                   s["place"]) for i, s in enumerate(STATEMENTS)]
    s = score(_table(facts), gold)
    assert (s.precision, s.recall, s.f1, s.char_recall, s.char_precision) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert s.wrong_speaker_rate == 0.0 and s.date_accuracy == 1.0 and s.place_accuracy == 1.0
    assert s.non_exact_quotes == 0 and not s.misses and not s.false_positives


def test_empty_table_has_zero_recall(gold) -> None:
    s = score(_table([]), gold)
    assert s.recall == 0.0 and s.f1 == 0.0 and len(s.misses) == 3


def test_sub_sentence_fact_matches_and_speaker_is_normalised(gold) -> None:
    # Only the quotation, speaker without accents and in other case: still the same statement.
    facts = [
        _fact(1, "We will never accept double standards,", "wang yi"),
        _fact(2, "the threat remained high", "Jose RAMIREZ"),
    ]
    s = score(_table(facts), gold)
    assert s.precision == 1.0 and s.recall == pytest.approx(2 / 3)
    assert [m.quote for m in s.misses] == ["He added that cooperation with Moscow would deepen."]
    assert 0 < s.char_recall < 1


def test_wrong_speaker_and_unlabelled_fact_are_false_positives(gold) -> None:
    facts = [
        _fact(1, "He added that cooperation with Moscow would deepen.", "He"),
        _fact(2, "The weather was fine.", "Wang Yi"),
        _fact(3, STATEMENTS[0]["quote"], "Wang Yi"),
    ]
    s = score(_table(facts), gold)
    assert s.correct == 1 and len(s.false_positives) == 2
    assert s.precision == pytest.approx(1 / 3)
    # two facts overlap a statement, one of them names the wrong speaker
    assert s.wrong_speaker_rate == pytest.approx(1 / 2)
    reasons = sorted(why for _, why in s.false_positives)
    assert reasons[0] == "no statement here" and reasons[1].startswith("wrong speaker")


def test_a_fact_swallowing_narrative_matches_but_lowers_char_precision(gold) -> None:
    quote = "He added that cooperation with Moscow would deepen.\n\nThe weather was fine."
    s = score(_table([_fact(1, quote, "Wang Yi")]), gold)
    assert s.correct == 1 and s.char_precision == pytest.approx(51 / len(quote))


def test_small_overlap_is_not_a_match(gold) -> None:
    # A fact running across two statements matches the one it covers at least half of.
    quote = 'said on Monday.\n\nHe added that cooperation with Moscow would deepen.'
    s = score(_table([_fact(1, quote, "Wang Yi")]), gold)
    assert s.recalled == 1 and s.correct == 1
    tail = "Monday.\n\nHe added"
    s = score(_table([_fact(2, tail, "Wang Yi")]), gold)
    assert s.recalled == 0 and s.correct == 0 and len(s.false_positives) == 1
    assert overlaps((0, 10), (5, 100)) and not overlaps((0, 10), (6, 100)) and not overlaps((0, 5), (5, 9))


def test_date_and_place_accuracy_over_matched_pairs(gold) -> None:
    facts = [
        _fact(1, STATEMENTS[0]["quote"], "Wang Yi", "2016-05-02", "beijing"),
        _fact(2, STATEMENTS[1]["quote"], "Wang Yi", "2016-05-03", None),
        _fact(3, STATEMENTS[2]["quote"], "José Ramírez", "2016-05", None),  # an accepted alternative
    ]
    s = score(_table(facts), gold)
    assert s.date_accuracy == pytest.approx(2 / 3) and s.place_accuracy == pytest.approx(2 / 3)
    assert [f.id for f, _ in s.date_errors] == ["f2"] and [f.id for f, _ in s.place_errors] == ["f2"]


def test_non_exact_quote_is_counted(gold) -> None:
    bad = _fact(1, "He added that cooperation with Moscow would deepen soon.", "Wang Yi",
                start=TEXT.index("He added"))
    assert score(_table([bad]), gold).non_exact_quotes == 1


def test_optional_statement_counts_neither_way(tmp_path: Path) -> None:
    statements = [dict(STATEMENTS[0]), {**STATEMENTS[1], "optional": True}]
    gold = load_gold(_write_gold(tmp_path, statements))
    s = score(_table([_fact(1, STATEMENTS[1]["quote"], "Wang Yi")]), gold)
    assert s.gold == 1 and s.recall == 0.0 and s.correct == 0 and not s.false_positives
    s = score(_table([_fact(1, STATEMENTS[1]["quote"], "Li Peng")]), gold)
    assert len(s.false_positives) == 1


def test_gold_is_relocated_in_a_normalised_text(gold) -> None:
    text = "\ufeff" + TEXT  # e.g. an ingest that keeps a BOM shifts every offset by one
    facts = [_fact(1, STATEMENTS[1]["quote"], "Wang Yi", text=text)]
    assert score(_table(facts, text), gold).recalled == 1


def test_missing_document_means_misses(gold) -> None:
    s = score(FactTable([], []), gold)
    assert s.missing_documents == ["d1"] and len(s.misses) == 3


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ({"speaker": "X", "quote": "not in the text"}, "not found"),
        ({"speaker": "X", "quote": "\n\n"}, "more than once"),
        ({"speaker": "", "quote": "The weather was fine."}, "speaker"),
        ({"speaker": "X", "quote": "The weather was fine.", "date": "May 2016"}, "date"),
        ({"speaker": "X", "quote": "The weather was fine.", "colour": "red"}, "unknown keys"),
    ],
)
def test_bad_gold_is_rejected_with_a_reason(tmp_path: Path, statement: dict, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        load_gold(_write_gold(tmp_path, [statement]))


def test_normalise_name() -> None:
    assert normalise_name("  Mr. José  RAMÍREZ-Soto ") == "mr jose ramirez soto"
    assert normalise_name("The Participants") == "participants"


def test_report_and_cli(tmp_path: Path, gold, capsys) -> None:
    from bot.facts.model import save

    table = _table([_fact(1, "The weather was fine.", "Wang Yi")])
    text = report(score(table, gold))
    assert "MISSES (3)" in text and "FALSE POSITIVES (1)" in text and "no statement here" in text
    save(table, tmp_path / "facts.yaml")
    assert main([str(tmp_path / "gold.yaml"), str(tmp_path / "facts.yaml")]) == 0
    assert "attribution  P 0.000" in capsys.readouterr().out
    assert main([str(tmp_path / "gold.yaml"), str(tmp_path / "missing.yaml")]) == 2


def test_seed_gold_loads() -> None:
    gold = load_gold(Path(__file__).parent / "gold" / "seeds.yaml")
    assert len(gold.texts) == 5 and all(gold.of(doc) for doc in gold.texts)
