"""Sentence splitting for English news prose, aware of abbreviations, initials and quotation marks."""

from __future__ import annotations

import re
import string

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "rev", "hon", "amb", "pres", "vs", "etc", "no", "nos", "vol", "art", "para", "fig", "inc",
    "ltd", "co", "corp", "dept", "univ", "est", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "cf", "al", "op", "ed", "eds", "md", "mohd",
    "ret", "retd", "drs", "dra", "ir", "hj", "comr", "insp", "supt", "cmdr", "cdr", "brig", "sqn", "ldr", "h.e",
}
_INITIALS = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][a-z]?\.)+[A-ZÀ-ÞĀ-Ž][a-z]?")  # "A.N", "Ye.M", "Sh.T" before a surname
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then a new start.
# ("[.!?…][.!?…]*" is "[.!?…]+" written so that the search skips to the punctuation instead of trying every position)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?[A-Z0-9\u00C0-\u024F\u0400-\u04FF])")
_ATTRIBUTION_NEXT = re.compile(
    r"(?:(?:he|she|they|the\s+\w+|(?:Mr|Mrs|Ms|Dr)\.?\s+\w+|[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,2})\s+"
    r"(?:said|says|asked|added|told|wrote|replied|insisted|stressed|noted)\b[^.!?\"“]{0,60}(?:[.!?]|$))",
)
# a numbered paragraph's number: "1. An Extraordinary Meeting ... was held in Accra", "9. China emphasized ..."
PARAGRAPH_NUMBER = re.compile(r"\d{1,3}[.)]\s+(?=[A-ZÀ-ÞĀ-Ž])")
# the dateline that opens a story's first sentence: "GROZNY, May 24. /TASS/.", "BRUSSELS (Reuters) -", "ISLAMABAD:"
DATELINE_PREFIX = re.compile(
    r"^(?:\([A-Z]{2,10}\)\s+-\s+(?=[A-ZÀ-ÞĀ-Ž][\w.'’-]+,\s))?"  # "(ANSA) - " before "Tunis, February 8 - "
    r"(?:\([A-Z]{2,10}\)(?=\s*(?:--|—|–))"  # (ECNS) --
    r"|[A-ZÀ-ÞĀ-Ž][A-Z .'/-]{2,40}(?:,\s+[A-ZÀ-ÞĀ-Ž][\w.'’ -]{2,30}?)?"  # NIAMEY, Niger; PARIS/BRUSSELS
    r"(?:(?:,\s+|\.\s+|\s+)[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\))?|\s*\([^)]{1,30}\)"  # , May 24
    # (Xinhua); "ASTANA. Oct 5 (Interfax-Kazakhstan) -"
    r"|,\s+\d{1,2}\.\d{1,2}\.\d{4}\s+/[^/\n]{2,30}/(?=\.))"  # DUSHANBE, 24.06.2015 /NIAT "Khovar"/.
    r"|[A-ZÀ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?\s*\((?:[A-ZÀ-ÞĀ-Ž][\w .]{1,20}|dpa)\)"  # Brussels (AFP), Berlin (dpa)
    r"|[A-ZÀ-ÞĀ-Ž][A-Z .'/-]{2,40},\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}\s*\([^)]{1,30}\)"  # CAIRO, 12th
    # September, 2017 (WAM)
    r"|[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){0,2}(?:\s*\([A-ZÀ-ÞĀ-Ž][\w .]{1,30}\))?,\s+"  # Nairobi (Kenya),
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"  # 15 March 2018 –;
    r"(?:,\s+[A-ZÀ-ÞĀ-Ž][A-Za-z]{1,12})?(?=\s*(?:--|—|–|-\s))"  # Tehran, Jan 17, IRNA –; Tunis, February 8 -
    r"|[A-ZÀ-ÞĀ-Ž][A-Z'-]{2,}(?:\s+[A-ZÀ-ÞĀ-Ž][A-Z'-]{2,}){0,2}(?:,\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?(?=\s*(?:—|–|--|-\s)|:\s)"
    # MARAWI CITY —, JAKARTA -, ISLAMABAD:, CLARK FREEPORT, Pampanga --
    r"|[A-ZÀ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?(?=\s+(?:—|–|-)\s+[A-ZÀ-ÞĀ-Ž])"  # Jakarta - The Government ...
    r"|[A-Z]{2,6}-[A-ZÀ-ÞĀ-Ž][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-zà-ÿ'’-]+)?(?:\s+\([^)]{1,30}\))?(?=\s+(?:—|–|-)\s))"
    # APA-Ouagadougou (Burkina Faso) -
    r"\s*(?:--|—|–|:|\.|-)\s*(?:/[A-ZÀ-ÞĀ-Ž]{2,10}/\.?\s*)?"  # GROZNY, May 24. /TASS/.
    r"|^[A-ZÀ-ÞĀ-Ž][a-zà-ÿ]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-zà-ÿ]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"  # Havana, May 14 (Prensa
    r"\([A-ZÀ-ÞĀ-Ž][\w .]{1,25}\)(?:\s*:\s*|\s+|\s*(?:--|—|–)\s*)(?=[A-ZÀ-ÞĀ-Ž])"  # Latina) Cuban Foreign Minister; "Amman,
    # Feb. 15 (Petra) -- Minister of Interior ..."; "Manama, Feb. 7 (BNA): The following is ..."
    r"|^[A-ZÀ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}/\d{4}\s*\([A-Z]{2,10}\)\s*(?=[A-ZÀ-ÞĀ-Ž])"
    # "Addis Ababa December 3/2018 (ENA) Ethiopia and Sudan ...", "Addis Ababa, July 24/2019 (ENA) China will ..."
)


_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'/-")
_DASH_BREAK = re.compile(r"-[-\s]")


def may_open_with_dateline(text: str) -> bool:
    """False only where DATELINE_PREFIX cannot match: each of its forms has a capital, space or mark second ("GROZNY,",
    "PARIS/BRUSSELS"), a bracket ("Brussels (AFP)", "(ECNS) --") or a dash after the place ("Jakarta - The", "Tunis,
    February 8 -")."""
    return len(text) < 2 or text[1] in _DATELINE_SECOND or "(" in text or "—" in text or "–" in text or \
        ("-" in text and _DASH_BREAK.search(text) is not None)


_DIGRAPH_INITIALS = frozenset({"Ya", "Yu", "Ye", "Yo", "Zh", "Ch", "Sh", "Kh", "Ts"})  # transliterated Cyrillic initials
_CAPS_CITY = re.compile(r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'-]{2,}(?:[ -][A-ZÀ-ÞĀ-Ž'-]{2,}){0,2}")
_ASCII_LOWER = frozenset(string.ascii_lowercase)
_ASCII_WORD = string.ascii_letters + string.digits + "._"  # the ASCII characters of [\w.]
_MONTH_DAY = re.compile(r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences in `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct, close = m.group(1, 2)
        if punct == ".":
            dot = m.start()
            if close in ("", ")"):  # "Mr. Chen", "Gen. (Ret.) Fahad"
                word = _word_before(text, dot)
                if word:
                    low = word.lower().rstrip(".")
                    if low in ABBREVIATIONS or (len(low) == 1 and low.isalpha()) or \
                            ("." in word and _INITIALS.fullmatch(word)) or word in _DIGRAPH_INITIALS:
                        continue  # "Mr. Chen", "J. Smith", "U.S. officials", "Ye.M. Sadvakasov", "Ya. Begmyradov"
            if text[start + 1:start + 2] not in _ASCII_LOWER and _CAPS_CITY.fullmatch(text, start, dot) and \
                    _MONTH_DAY.match(text, m.end()):  # (a city in capitals has no a-z letter second)
                continue  # "ASTANA. Oct 5 (Interfax-Kazakhstan) - ...": a dateline, not a sentence
        if close and _ATTRIBUTION_NEXT.match(text, m.end()):
            continue  # '"... seen it?" Ms Baloch said.': the attribution belongs to the quotation
        end = m.end(2)
        while start < end and text[start].isspace():  # (as _add, written out for the commonest call)
            start += 1
        if end > start:  # (a boundary's punctuation ends it: no space to trim there)
            spans.append((start, end))
        start = m.end(3)
    _add(text, start, len(text), spans)
    return spans


def _word_before(text: str, end: int) -> str:
    """The run of word characters and dots that ends at `end` (or at a newline right before it), at most 40
    characters back: what searching `[\\w.]+$` in text[end - 40:end] finds, without trying every start."""
    floor = max(0, end - 40)
    if end > floor and text[end - 1] == "\n":
        end -= 1
    begin = floor + len(text[floor:end].rstrip(_ASCII_WORD))  # the ASCII ones at once, then any others one by one
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] in "._"):  # [\w.]
        begin -= 1
    return text[begin:end]


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
