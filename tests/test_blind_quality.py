"""Extraction quality on the blind corpus: tests/blind scored against tests/gold/blind.yaml.

tests/blind holds 20 invented but realistic pages about counter-terrorism cooperation (2015-2020),
written and labelled without reading the extractor, tests/corpus or tests/holdout, in the styles of
Indian, Pakistani, Russian, Chinese, Central Asian, Gulf, African, European and US outlets and
government sites: ministry readouts, a press statement signed at the bottom, a Kremlin transcript, a
parliamentary written answer, a labelled press conference, an interview piece, a think-tank
commentary, a court story, a liveblog, a three-sentence brief, body-only releases. The floors sit
0.05 below the first measured figures (the wrong-speaker ceiling 0.03 above); raise them as the
extractor improves. To see the full report:

    whosaid ingest tests/blind --out /tmp/blind.yaml --no-corrections
    python -m tests.scoring tests/gold/blind.yaml /tmp/blind.yaml
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.facts.ingest.pipeline import ingest_paths
from tests.scoring import Scores, load_gold, report, score

BLIND_DIR = Path(__file__).parent / "blind"
GOLD_FILE = Path(__file__).parent / "gold" / "blind.yaml"

# First measured 2026-11-23 (blind, before the extractor saw it): P .806 R .477 F1 .600, wrong speaker 16.9%,
# date .780, place .980. Raised after the extractor learnt its patterns (P .989 R .898 F1 .941, date .933,
# place 1.0, wrong speaker 0.5%); tests/blind2 is the next set it was not tuned on.
FLOOR_PRECISION = 0.95
FLOOR_RECALL = 0.86
FLOOR_F1 = 0.90
FLOOR_DATE_ACCURACY = 0.90
FLOOR_PLACE_ACCURACY = 0.95
FLOOR_MAX_WRONG_SPEAKER = 0.02


@pytest.fixture(scope="module")
def blind_scores() -> Scores:
    result = ingest_paths([BLIND_DIR])
    scores = score(result.table, load_gold(GOLD_FILE))
    print(report(scores))
    return scores


def test_blind_reaches_the_floors(blind_scores: Scores) -> None:
    s = blind_scores
    checks = [
        ("precision", s.precision, FLOOR_PRECISION),
        ("recall", s.recall, FLOOR_RECALL),
        ("F1", s.f1, FLOOR_F1),
        ("date accuracy", s.date_accuracy, FLOOR_DATE_ACCURACY),
        ("place accuracy", s.place_accuracy, FLOOR_PLACE_ACCURACY),
    ]
    failures = [f"{name} {got:.3f} < floor {want:.3f}" for name, got, want in checks if got < want]
    if s.wrong_speaker_rate > FLOOR_MAX_WRONG_SPEAKER:
        failures.append(f"wrong speaker {s.wrong_speaker_rate:.3f} > {FLOOR_MAX_WRONG_SPEAKER:.3f}")
    assert not failures, "; ".join(failures) + "\n\n" + report(s)


def test_blind_documents_all_ingested_with_exact_quotes(blind_scores: Scores) -> None:
    assert not blind_scores.missing_documents
    assert blind_scores.non_exact_quotes == 0
