"""Extraction quality on the second blind corpus: tests/blind2 scored against tests/gold/blind2.yaml.

tests/blind2 holds 20 invented but realistic pages about international counter-terrorism and security
cooperation (2015-2020), written and labelled without reading the extractor or the other test corpora,
in outlets and formats the other sets do not use: The Hindu, Anadolu Agency, Al Jazeera English, The
Straits Times, The Jakarta Post, the Philippine Daily Inquirer, ABC Australia (a terrorism trial), a
BBC live page, Deutsche Welle, RFE/RL, a think-tank Q&A, Ukrinform, a Gulf News op-ed with an author
bio, NATO, OSCE, EU Council (with a "Quote" box), UN News and INTERPOL releases, a Chinese embassy Q&A
and a Turkish MFA press release in the first person plural. The floors sit 0.05 below the first
measured figures (the wrong-speaker ceiling 0.03 above); raise them as the extractor improves. To see
the full report:

    whosaid ingest tests/blind2 --out /tmp/blind2.yaml --no-corrections
    python -m tests.scoring tests/gold/blind2.yaml /tmp/blind2.yaml
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.facts.ingest.pipeline import ingest_paths
from tests.scoring import Scores, load_gold, report, score

BLIND2_DIR = Path(__file__).parent / "blind2"
GOLD_FILE = Path(__file__).parent / "gold" / "blind2.yaml"

# First measured 2026-11-23 (blind): P .691 R .562 F1 .620, wrong speaker 25.0%, date .895, place .934.
# Raised after the extractor learnt its patterns (P .977 R .860 F1 .914, wrong speaker 2.2%, date .928,
# place .96); tests/blind3 is the next set it was not tuned on.
FLOOR_PRECISION = 0.94
FLOOR_RECALL = 0.82
FLOOR_F1 = 0.88
FLOOR_DATE_ACCURACY = 0.88
FLOOR_PLACE_ACCURACY = 0.90
FLOOR_MAX_WRONG_SPEAKER = 0.03


@pytest.fixture(scope="module")
def blind2_scores() -> Scores:
    result = ingest_paths([BLIND2_DIR])
    scores = score(result.table, load_gold(GOLD_FILE))
    print(report(scores))
    return scores


def test_blind2_reaches_the_floors(blind2_scores: Scores) -> None:
    s = blind2_scores
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


def test_blind2_documents_all_ingested_with_exact_quotes(blind2_scores: Scores) -> None:
    assert not blind2_scores.missing_documents
    assert blind2_scores.non_exact_quotes == 0
