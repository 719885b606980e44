"""Generate a benchmark corpus by recombining paragraphs of seeds/ and tests/corpus/.

Each generated document takes the page furniture and headline of one source document, a body of
paragraphs drawn from several source documents, and consistent substitutions: every labelled speaker
(from tests/gold/*.yaml) becomes an invented name, and years 2015-2020 shift by one offset per document.
Output is deterministic for a given --seed. Writes DIR/*.txt and DIR/sources.yaml.

    python bench/gen_corpus.py --count 3000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "corpus")
GOLD = (ROOT / "tests" / "gold" / "seeds.yaml", ROOT / "tests" / "gold" / "corpus.yaml")
GIVEN = ("Arman", "Li", "Sergei", "Fatima", "Chen", "Olga", "Rustam", "Mei", "Ahmed", "Irina", "Karim",
         "Wei", "Dilnoza", "Pavel", "Aigerim", "Hassan", "Yulia", "Bakyt", "Sun", "Nadia")
FAMILY = ("Omarov", "Zhang", "Petrov", "Rahman", "Liu", "Ivanova", "Nurmatov", "Wang", "Khan",
          "Sokolova", "Abdullaev", "Zhou", "Karimova", "Orlov", "Seitkali", "Malik", "Volkova", "Tashiev",
          "Gao", "Haidari")
_YEAR_RE = re.compile(r"\b(201[5-9]|2020)\b")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _speaker_names() -> list[str]:
    """Personal names labelled in the gold files (two or more words, capitalised), longest first."""
    names: set[str] = set()
    for path in GOLD:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]:
            for name in [item["speaker"], *(item.get("aliases") or [])]:
                words = name.split()
                if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                    names.add(name)
    return sorted(names, key=lambda name: (-len(name), name))  # a set's order changes from run to run; this does not


def _substitute(text: str, names: list[str], rng: random.Random, year_shift: int) -> str:
    """Replace each known name (and its surname alone) with an invented one; shift the years."""
    for name in names:
        surname = name.split()[-1]
        if name not in text and surname not in text:
            continue
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        text = text.replace(name, f"{given} {family}")
        if len(surname) > 3:
            text = re.sub(rf"\b{re.escape(surname)}\b", family, text)
    return _YEAR_RE.sub(lambda m: str(min(2020, max(2015, int(m.group()) + year_shift))), text)


def generate(count: int, out: Path, seed: int = 0) -> int:
    """Write `count` documents and their sources.yaml into `out`; returns the bytes of text written."""
    rng = random.Random(seed)
    docs = [p.read_text(encoding="utf-8") for d in SOURCES for p in sorted(d.glob("*.txt"))]
    pools = [_paragraphs(t) for t in docs]
    body = [p for pool in pools for p in pool[2:]]
    names = _speaker_names()
    out.mkdir(parents=True, exist_ok=True)
    sources: dict[str, dict[str, str]] = {}
    total = 0
    for i in range(count):
        template = pools[i % len(pools)]
        head, tail = template[:3], template[-1:]
        paragraphs = head + rng.sample(body, k=rng.randint(4, 12)) + tail
        shift = rng.randint(-2, 2)
        text = _substitute("\n\n".join(paragraphs), names, rng, shift)
        stem = f"gen_{i:05d}"
        data = text.encode("utf-8")
        (out / f"{stem}.txt").write_bytes(data)
        total += len(data)
        year = 2015 + rng.randint(0, 5)
        sources[stem] = {
            "url": f"https://example.org/news/{year}/{stem}.html",
            "publisher": rng.choice(["Xinhua", "TASS", "People's Daily", "China Daily", "Kazinform"]),
            "title": text.split("\n", 1)[0][:120],
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
    listing = yaml.safe_dump(sources, allow_unicode=True, sort_keys=True)
    (out / "sources.yaml").write_text(listing, encoding="utf-8")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000, help="documents to generate (default 3000)")
    parser.add_argument("--out", type=Path, help="output directory (default: a new temporary directory)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="whosaid-corpus-"))
    total = generate(args.count, out, args.seed)
    print(f"{args.count} documents, {total / 1e6:.1f} MB of text -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
