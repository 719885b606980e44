"""Document context: the reference day, dateline, setting (event) and place that statements inherit,
and the when / where / setting named in one attribution clause."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from bot.facts.ingest.dates import (
    MONTH_NAMES,
    MONTHS,
    contains_any,
    find_dates,
    match_key,
    plain_folds,
    resolve_relative,
    to_date,
)
from bot.facts.ingest.names import HEADLINE_VERBS, is_org_name
from bot.facts.ingest.places import canonical_place, capital_named_by, capital_of, countries, iter_places, places_in
from bot.facts.ingest.sentences import PARAGRAPH_NUMBER

_DATELINE = re.compile(
    r"^\s*\(?(?P<place>[A-ZÀ-ÞĀ-Ž][A-Za-z.'’ -]{1,40}?)(?:,\s*[A-ZÀ-ÞĀ-Ž][A-Za-z. ]{1,30}?)?"
    r"(?:\s*\([A-ZÀ-ÞĀ-Ž][A-Za-z. ]{1,30}\))?\s*(?:[,(]|\.(?=\s+[A-Z][a-z]{2,8}\.?\s+\d))\s*"  # "Nairobi (Kenya), 15 March
    # 2018 –", "ASTANA. Oct 5 (Interfax-Kazakhstan) -"
    r"(?:[A-Z][a-z'’]+(?:[ -](?:I{1,2}|al-[A-Za-z'’]+|[A-Z][a-z'’]+))?\s+\d{1,2},\s+1[34]\d\d,\s*)?"  # the Hijri day first:
    # "Tunis, Rabi II 09, 1439, Dec 27, 2017, SPA --"
    r"(?P<date>(?:[A-ZÀ-ÞĀ-Ž][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-ZÀ-ÞĀ-Ž][a-z]{2,8})(?:\s*,?\s*(?:19|20)\d\d)?)"
    r"\s*(?:\)|[.:/,]|\(|--|—|–|-(?=\s))",  # (and "Dakar, 5 December 2019 - Prosecutors ...")
)
_AGENCY_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){2,40}?)(?:,\s*[A-ZÀ-ÞĀ-Ž][\w .]{1,30}?)?\s*\("
                              r"[A-ZÀ-ÞĀ-Ž][\w .]{1,20}\)"
                             r"\s*(?:--|—|–|-)")
_WIRE_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-Z'’-]{2,30}(?:\s[A-ZÀ-ÞĀ-Ž][A-Z'’-]{2,30})?)\.\s+"
                            r"[A-ZÀ-ÞĀ-Ž]{3,20}\s*(?:--|—|–|-)\s")
_COLON_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-Za-z'’-]{2,30}(?:\s[A-ZÀ-ÞĀ-Ž][A-Za-z'’-]{1,30}){0,2}):\s+"
                             r"(?=[A-ZÀ-ÞĀ-Ž\"“])")
_SLASH_AGENCY = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-Za-z'’ -]{2,40}?)\s*/[A-Z][A-Za-z-]{1,12}/\.?\s")
# "JAKARTA - Indonesia's ...", "Johannesburg - BRICS ...": a known place; "CLARK FREEPORT, Pampanga --": an upper-case city
_PERIOD_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]{2,30}(?:\s[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]{1,30}){0,2})\.\s+"
                              r"(?=[A-ZÀ-ÞĀ-Ž][a-z])")  # The Citizen's "Arusha. Police chiefs from ... agreed"
_LONE_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ža-zà-ÿā-ž'’ -]{2,30}?)(?:,\s*[A-ZÀ-ÞĀ-Ž][\w ]{2,30}?)?"
                            r"\s*(?:--|—|–)\s*$")  # "THIÈS, Senegal --" on a line of its own above the text
_DASH_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-Za-z'’-]{2,30}(?:\s[A-ZÀ-ÞĀ-Ž][A-Za-z'’-]{1,30}){0,2})"
                            r"(?P<region>,\s*[A-ZÀ-ÞĀ-Ž][A-Za-z]{2,30})?\s+(?:--|—|–|-)\s+(?=[A-ZÀ-ÞĀ-Ž\"“])")


_DIGIT = re.compile(r"\d")
_AGENCY_PREFIX = re.compile(r"[A-Z]{2,6}-(?=[A-ZÀ-ÞĀ-Ž][a-z])")
_PLACE_DAY_SLASH_YEAR = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?)\s+"
                                   r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}/\d{4})\s*\([A-Z]{2,10}\)")


def _has_dash(line: str) -> bool:
    return "-" in line or "–" in line or "—" in line


_DATE_THEN_PLACE = re.compile(r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                              r"(?P<date>[A-ZÀ-ÞĀ-Ž][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+"
                              r"[A-ZÀ-ÞĀ-Ž][a-z]{2,8}\s+\d{4})"
                              r"\s*[-–—|]\s*(?P<place>[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){1,40}?)(?:,\s*"
                              r"[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){1,30})?(?:\s+[-–—|]\s+[A-ZÀ-ÞĀ-Ž][\w .'’&-]{2,60})?"
                              r"(?:\s{3,}[A-ZÀ-ÞĀ-Ž][\w .]{2,40})?\s*$")  # (a record's "Tuesday, 11 December 2018 - Strasbourg
# Revised edition")
# (and a Canadian release's issuer after the place: "August 3, 2018 - Singapore - Global Affairs Canada")
_EVENT_WORDS = (
    r"Seminar|Conference|Forum|Summit|Meeting|Session|Briefing|Dialogue|Symposium|Congress|Assembly|Exercise|"
    r"Drills?|Talks|Consultations?|Roundtable|Round\s+Table|Workshop|Ceremony|Expo|Games|Convention"
)
_EVENT_KEYS = ("seminar", "conference", "forum", "summit", "meeting", "session", "briefing", "dialogue", "symposium",
               "congress", "assembly", "exercise", "drill", "talks", "consultation", "roundtable", "round table",
               "workshop", "ceremony", "expo", "games", "convention")
_EVENT_KEY = contains_any(_EVENT_KEYS)  # a cheap test before _EVENT: one of them is in every event's name, lower-cased
# (one space between the words of a name: a menu's "About the OAS   Member States   General Assembly" is no event)
_EVENT = re.compile(
    r"\b(?:the\s+)?(?P<event>(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-ZÀ-ÞĀ-Ž][\w'’-]* ){1,8}?(?i:" + _EVENT_WORDS + r")"
    r"(?:\s+(?:on|of|for|against|under|in|between|with|and|the|to)\s+(?:the\s+)?[A-Z\"“'‘][\w'’‘\"“”-]*"
    r"(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’\"“”-]*|on|of|for|to|the|and|under|in|against|with|a|an))*)?)",
)
# a capitalised word and an event's name after it, as every match of _EVENT has them (its last word before the name): a
# cheap test before it, whose search skips to the capitals
_EVENT_HEAD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]* (?i:" + _EVENT_WORDS + r")")
_SETTING = re.compile(
    r"\b(?:in|at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?P<setting>(?:(?:regular|daily|weekly|joint|recent|exclusive|written|keynote|televised|annual|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|signed|opening|closing|video|online|"
    r"telephone|phone)\s+)*(?:press\s+(?:conference|briefing|release)|news\s+conference|briefing|interview|"
    r"statement|speech|address|remarks|message|article|letter|op-ed|meeting|talks|conversation|call|"
    r"conference|summit|forum|seminar|session|ceremony|report|post))\b",
    re.IGNORECASE,
)
VIOLENT_ACTS = r"attacks?|bombings?|blasts?|explosions?|shootings?|raids?|killings?|assaults?"  # what an incident is
EVENT_AFTER = re.compile(rf"\s+(?:{VIOLENT_ACTS}|incidents?|massacres?|strikes?|elections?|vote|summit|meeting|talks|deadline|"
                         r"attempt)\b")
# (r"\bin" written as "i(?<!\w.)n" or "[Ii](?<!\w.)n", no word character before the "i": the search skips to an "i")
_IN_MONTH = re.compile(r"[Ii](?<!\w.)n\s+(?:(?:its|his|her|their|a|the)\s+(?=\w+\s+(?:[\w-]+\s+){0,2}(?:statement|report|update|"
                       r"speech|address|interview|letter|briefing|communiqu[eé]|article|review|assessment|testimony)))?"
                       r"(January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)\b(?!\s+\d)")  # and "in its July financial stability update", "In its February statement"
_IN_YEAR = re.compile(r"i(?<!\w.)n\s+((?:19|20)\d{2})\b(?![-–/]\d)")  # "had warned in 2015 that"
_TOPIC_WORDS = (r"situation|crisis|conflict|war|fighting|developments|attacks?|violence|unrest|presence|citizens|nationals|"
                r"fighters|militants|refugees|troops|soldiers|victims|migrants|residents|detainees|prisoners|hostages|camps?|prisons?")
_TOPIC_BEFORE = re.compile(r"\b(?:" + _TOPIC_WORDS + r")\s*$", re.IGNORECASE)
_TOPIC_LONGEST = max(len(word.rstrip("?")) for word in _TOPIC_WORDS.split("|"))  # how far back from its end a match starts
_INSTITUTIONS = {"university", "institute", "institutes", "academy", "college", "school", "centre", "center",
                 "embassy", "consulate", "ministry", "office", "hotel", "airport", "station", "hall", "house"}
_LOCATION_LINE = re.compile(r"^\s*(?:location|venue|place)\s*:\s*(.{2,120})$", re.IGNORECASE)
OCCASION = re.compile(r"\b(?:forum|conference|meeting|summit|seminar|session|talks|symposium|exercise|drills?|"
                       r"ceremony|dialogue|briefing|met|meets|received|receives|hosted|visiting|consultations?|"
                       r"negotiations|workshop|round\s+table|roundtable|(?:was|were)\s+held)\b", re.IGNORECASE)
_HELD_BRIEFING = re.compile(r"\b(?:held|hosted|gave|organi[sz]ed|chaired|conducted|addressed)\s+(?:a|an|its|the)\s+"
                            r"(?:[\w-]+\s+){0,3}"
                            r"(?:press\s+conference|news\s+conference|briefing)\b", re.IGNORECASE)
# OCCASION for a lower-cased text with no letter beyond ASCII that a case-insensitive pattern takes for an ASCII one
# (plain_folds): the same matches, without the costly case-insensitive comparison at every word
_OCCASION_LOWER = re.compile(OCCASION.pattern)
_TOLD = re.compile(r"\btold\s+(?P<who>Xinhua|reporters|journalists|the\s+press|(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\s*){1,4})", re.I)


@dataclass(frozen=True, slots=True)
class DocContext:
    """What a document says about when and where its statements were made."""

    reference: dt.date | None  # the day relative dates resolve against
    date: str | None  # the default statement date
    place: str | None  # the dateline or header place
    event: str | None  # the setting named in the heading or the lead
    dated_line: bool = False  # the date is a dateline's or a header line's ("Beijing, 22 May 2018"), not the lead's


_NOT_A_DATELINE = frozenset({"yesterday", "today", "tonight", "on", "last", "this", "earlier", "late", "early", "since",
                             "in", "at", "by", "from", "until", "before", "after"})


def dateline(first_prose: str, reference: dt.date | None) -> tuple[str | None, str | None]:
    """(place, iso date) from a dateline like "GROZNY, May 24." or "ASTANA, July 4:"."""
    # each pattern only when its mark is there: "," or "(", "(", ".", ":", a dash, "/"
    head = first_prose[:120]
    agency = _PLACE_DAY_SLASH_YEAR.match(head) if "/" in head and "(" in head else None
    if agency is not None:  # "Addis Ababa December 3/2018 (ENA) ..."
        dates = find_dates(agency.group("date").replace("/", ", "), reference)
        return canonical_place(agency.group("place")), (dates[0][2] if dates else None)
    m = _DATELINE.match(head) if ("," in head or "(" in head) and _DIGIT.search(head) is not None else None  # (a day in it)
    if not m:
        # "BRUSSELS (Reuters) -" or "ASTANA. KAZINFORM -": a place, no date
        head, short = first_prose[:80], first_prose[:60]
        m = ("(" in head and _AGENCY_DATELINE.match(head)) or ("." in head and _WIRE_DATELINE.match(head)) or \
            (":" in short and _COLON_DATELINE.match(short)) or (_has_dash(short) and _DASH_DATELINE.match(short)) or \
            ("/" in short and _SLASH_AGENCY.match(short))  # "ISLAMABAD: ...", "Ulaanbaatar /MONTSAME/. ..."
        if not m and "." in short and (m := _PERIOD_DATELINE.match(short)) is not None:
            city = canonical_place(m.group("place"))
            return (city, None) if city and city.lower() not in countries() else (None, None)
        if not m:
            return None, None
        raw = m.group("place")
        if "-" in raw[2:7] and (agency := _AGENCY_PREFIX.match(raw)) is not None:  # (its hyphen after 2-6 capitals)
            raw = raw[agency.end():]  # "APA-Ouagadougou (Burkina Faso) -": the agency's, then the place
        if m.re is _DASH_DATELINE and m.group("region") and raw.isupper() and canonical_place(raw) is None:
            return raw.title(), None  # "CLARK FREEPORT, Pampanga -- ": a city too small for the gazetteer
        return canonical_place(raw), None
    raw_place = m.group("place").strip()
    if raw_place.split()[0].lower() in _NOT_A_DATELINE:
        return None, None  # "Yesterday, October 19, the conference ...": the lead's day, not a dateline
    place = canonical_place(raw_place) or (raw_place.title() if raw_place.isupper() and len(raw_place) > 2 else None)
    if place == "United Nations":
        place = "New York"  # "UNITED NATIONS, September 20. /TASS/.": the UN headquarters
    dates = find_dates(m.group("date"), reference)
    return place, (dates[0][2] if dates else None)


_DETERMINERS = frozenset(("This", "That", "These", "Those", "Our", "Their", "Its", "His", "Her", "Each", "Every", "Another",
                          "Such", "Any"))
_MONTH_ENDINGS = tuple(f" {month}" for month in MONTH_NAMES)
_EVENT_MONTH = re.compile(r"\s+(?:on|in|of)\s+(?:" + "|".join(MONTH_NAMES) + ")$")
_EVENT_TAIL = re.compile(r"\s+(?:on|of|for|to|the|and|under|in|against|with|a|an)$")


def find_event(text: str) -> str | None:
    """A named event ("the International Seminar on Joint Response to Terrorism") in a sentence."""
    best = None
    low = text.lower()
    if _EVENT_KEY.search(low) is None or _EVENT_HEAD.search(text) is None:
        return None
    for m in _EVENT.finditer(text):
        event = m.group("event").strip(" \"“”")
        words = event.split()
        if words[0] in _DETERMINERS:  # "This meeting is on the record": no event's name
            words = words[1:]
            event = " ".join(words)
        cut = next((i for i, w in enumerate(words[2:], 2) if w in HEADLINE_VERBS), None)
        event = _EVENT_TAIL.sub("", " ".join(words[:cut]) if cut else event)  # "... Meeting on X Agrees to ...": a headline's
        # subject, not what it did
        if event.endswith(_MONTH_ENDINGS):
            event = _EVENT_MONTH.sub("", event)  # "... Regular Press Conference on November [26, 2019]": no day's part
        if len(event.split()) >= 2 and (best is None or len(event) > len(best)):
            best = event
    return best


def clause_when(clause: str, reference: dt.date | None) -> str | None:
    """A date named in an attribution clause, absolute or relative to the reference day ("the February 14
    attack" is when the attack was, not when anyone spoke)."""
    # (each pattern only where its words are: "who" or a participle's "-ed"/"set up", "refer[ence|ring]" or
    # "allu[sion|ding]", "-ing")
    if ("who" in clause or "ed " in clause or "set up" in clause) and "," in clause:  # (every such clause ends in one)
        clause = _RELATIVE_CLAUSE.sub(",", clause)  # "X, who took up the post in January, said": not when X spoke
    if "refer" in clause or "allu" in clause:
        clause = _ASIDE.split(clause, maxsplit=1)[0]  # "..., X said, in an apparent reference to the decision in February"
    clause = _before_adding(clause)  # '"...," he said, adding that plots had been foiled this year'
    dates = [d for d in find_dates(clause, reference) if not EVENT_AFTER.match(clause, d[1])]
    if dates:
        return dates[0][2]
    m = _IN_MONTH.search(clause)
    if m and reference is not None:  # "said in June": that month of the story's year (or the year before)
        month = MONTHS[match_key(m.group(1))]
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    if reference is not None:
        rel = resolve_relative(clause, reference)
        if rel and rel[2] <= reference.isoformat()[:len(rel[2])] and \
                not (clause[rel[1] - 2:rel[1]] in ("'s", "’s") and EVENT_AFTER.match(clause, rel[1])):
            return rel[2]  # words reported were said by the time of the report (not "the priorities for next year"),
            # and "X condemned Tuesday's attack" is when the attack was
    if "19" not in clause and "20" not in clause:
        return None  # no year
    m = _IN_YEAR.search(_RELATIVE_BEFORE.sub("", clause) if "who" in clause else clause)  # not "said X, who took up his
    # post in 2017"
    return m.group(1) if m else None


def clause_place(clause: str) -> str | None:
    """A place the attribution clause says the words were said in ("told reporters in Moscow")."""
    clause = _before_adding(clause)  # not "he said, adding that a centre would open in Almaty"
    seat = None  # whether a seat noun is in the clause, found when first needed
    for m in _IN_OR_AT.finditer(clause):
        words_end = len(clause[:m.start()].rstrip())  # (only whitespace after a topic word before "in")
        if _TOPIC_BEFORE.search(clause, max(0, words_end - _TOPIC_LONGEST), m.start()):
            continue  # "speaking about the situation in Syria": a topic, not where the words were said
        if _RELATIVE_BEFORE.search(clause, 0, m.start()) and not _ON_A_VISIT.match(clause, m.start()):
            continue  # "X, who served as ambassador in Khartoum, said": the person's past, not the words' place
        if seat is None:
            seat = _SEAT.search(clause) is not None
        if seat and _SEATED_BODY_BEFORE.search(clause, 0, m.start()) and \
                not _HOSTED_BY.search(clause, max(0, m.start() - 150), m.start()):
            continue  # "director of the African Centre for ... (ACSRT) in Algiers, told": where the body sits (but a
            # "symposium co-hosted by the Ministry and the Institute (CIIS) in Beijing" is there)
        if _UPCOMING_BEFORE.search(clause, 0, m.start()):
            continue  # "in an interview ahead of the dialogue, to be held in Beijing next month"
        place = _place_at(clause, m.end())
        if place:
            return place
    visited = visit_place(clause)  # "X, who is on a working visit to Bishkek, said"; a country is less than a dateline's city
    return (visited if visited and visited.lower() not in countries() else None) or remote_place(clause)


def visit_place(text: str) -> str | None:
    """Where a visitor is: "received X, who is on a working visit to Bishkek" (not "will pay a visit to"), "met with X,
    who is in Beijing for the Second ... Consultation"."""
    visit = _VISIT_TO.search(text) if "visit to " in text else None
    if visit is None and " in " in text:
        visit = _STAYING_IN.search(text)
        place = _place_at(text, visit.end()) if visit else None
        return place if place and _STAY_PURPOSE.match(text, visit.end()) else None
    return _place_at(text, visit.end()) if visit else None


def remote_place(text: str) -> str | None:
    """Where someone spoke from when not with the reporter: "by telephone from Kabul", "in an interview from
    Toronto", "she joins me now from Singapore"."""
    m = _REMOTE_FROM.search(text) if "from" in text.lower() else None
    return _place_at(text, m.end()) if m else None


def _place_at(clause: str, at: int) -> str | None:
    """The place named right at `at` ("Moscow", "the Hague"), unless it only qualifies an institution."""
    window = clause[at:at + 60]
    small = _SMALL_PLACE.match(window)  # "held in Moyale town": a place too small for the gazetteer, named as one
    if small:
        return small.group(1) or canonical_place(small.group(2)) or small.group(2)
    for start, end, place in iter_places(window):  # (the first place that qualifies is the answer: the rest unsought)
        if start == 0 or _BEFORE_PLACE.fullmatch(window[:start]):  # "in Beijing", "at the 8th Beijing Forum"
            after = window[end:].split()
            if after and _POSSESSIVE_END.sub("", after[0].strip(",.")).lower() in _INSTITUTIONS:
                return None  # "at Lanzhou University", "at the China Institutes of ..."
            if after and _INCIDENT_WORD.fullmatch(after[0].strip(",.")):
                return None  # "a suspect in the Paris attacks": what happened there, not where anyone spoke
            return place
    venue = _VENUE_COMMA.match(window)  # "at Harambee House, Nairobi, on Monday": the venue's city
    if venue and (found := places_in(window[venue.end():])) and found[0][0] == 0 and \
            canonical_place(venue.group(0).rstrip(", ")) is None and \
            _AFTER_CITY.match(window, venue.end() + found[0][1]):  # not "at the Roosevelt House, the US ambassador's ..."
        return found[0][2]
    named = _NATIONAL_CAPITAL.match(window)  # "told journalists in the Nigerien capital last week"
    if named:
        return capital_named_by(named.group(1))
    owner = _PLACE_POSSESSIVE.match(window)  # "in Russia's Chelyabinsk region", "in Kyrgyzstan's Issyk-Kul region"
    if owner:
        return canonical_place(owner.group(2)) or canonical_place(owner.group(1))
    city = canonical_place(m.group(1)) if (m := _CITY_POSSESSIVE.match(window)) else None  # "in Berlin's Moabit
    return city if city and city.lower() not in countries() else None  # neighborhood" (not "at China's embassy")


_POSSESSIVE_END = re.compile(r"['’]s$")
_CITY_POSSESSIVE = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w-]*)?)['’]s\s+(?:[A-ZÀ-ÞĀ-Ž][\w-]*\s+){1,2}"
                              r"(?:neighbou?rhood|district|quarter|suburb|zone|Zone|area)\b")


_PLACE_POSSESSIVE = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w-]*)?)['’]s\s+"
                               r"([A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w-]*)*)\s+(?:region|province|prefecture|county|district|state|governorate|oblast)\b")
_AFTER_CITY = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|last|this|at|yesterday|today)\b)")
_VENUE_COMMA = re.compile(r"(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,4},\s+")
_NATIONAL_CAPITAL = re.compile(r"the\s+([A-ZÀ-ÞĀ-Ž][a-z]+)\s+capital\b(?!,?\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž])")  # left unnamed
_VENUE_LINE = re.compile(r"^(?P<venue>[A-ZÀ-ÞĀ-Ž][\w .'’&-]{3,80}),\s*(?P<city>[A-ZÀ-ÞĀ-Ž][\w .'’-]{2,30})$")
_TITLE_WORD = r"(?:[A-ZÀ-ÞĀ-Ž(][\w.'’&()-]*|of|the|and|for|on|in|de)"
_TITLE_CASE = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")  # "Ministry of Foreign Affairs", not a headline
_SMALL_PLACE = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w'’-]+)\s+(?:town|city|village|district|county|sub-county|municipality)\b|"
                          # "held in the Argentine city of Puerto Iguazú"
                          r"(?:the\s+)?(?:[A-ZÀ-ÞĀ-Ž][\w-]+\s+)?(?:port\s+|border\s+)?(?:city|town|port|village)\s+of\s+"
                          r"([A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’-]+|de|do|da|del)(?=\s+[A-ZÀ-ÞĀ-Ž]|\b)){0,2})")
# "In Beijing, X said ..." too (r"\b(?:[Ii]n|[Aa]t|inside)\s+" with each "\b" after its first letter as "(?<!\w.)": the
# search skips to an "i", "I", "a" or "A")
_IN_OR_AT = re.compile(r"(?:I(?<!\w.)n|i(?<!\w.)n|A(?<!\w.)t|a(?<!\w.)t|i(?<!\w.)nside)\s+")
_ASIDE = re.compile(r",\s+(?:in\s+(?:an?\s+)?(?:apparent\s+|veiled\s+|clear\s+|oblique\s+)?(?:reference|allusion)\s+to|"
                    r"(?:apparently\s+)?(?:referring|alluding)\s+to)\b")
_ADDING = re.compile(r",?\s+(?:adding|noting|stressing|saying|explaining|pointing\s+out)\s+(?:that\b|the\b|[a-z]+\b)")
_ADDING_WORDS = ("adding", "noting", "stressing", "saying", "explaining", "pointing")  # one is in its every match


def _before_adding(clause: str) -> str:
    """The clause up to its "..., adding that ..." (the pattern only where one of its words is)."""
    return _ADDING.split(clause, maxsplit=1)[0] if any(map(clause.__contains__, _ADDING_WORDS)) else clause
_RELATIVE_CLAUSE = re.compile(r"(?:,\s+|\s)(?:who|whose)\s[^,]*,"  # "X, who ...," and "a veteran who ...,"
                              r"|,\s+(?:founded|established|inaugurated|launched|created|formed|set\s+up|opened|appointed|"
                              r"elected)\s+(?:in|on)\s[^,]*,")  # "Etidal, inaugurated in Riyadh in May 2017, says": when
# the body was made, not when it spoke


def without_relative_clauses(text: str) -> str:
    """A sentence without its "..., who took over the command in March, ..." clauses, the same length (blanked), so
    that what is found in it stands where it stood."""
    if "," not in text:
        return text  # (every such clause ends in a comma)
    return _RELATIVE_CLAUSE.sub(lambda m: " " * (len(m.group(0)) - 1) + ",", text)


_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whose)\b[^,]*$")
# "met with X, who was in Beijing for an official visit, at ...": where the visitor and the meeting were (and "X, who was
# in New Delhi for consultations, spoke to ...")
_ON_A_VISIT = re.compile(r"in\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,2}\s+(?:for|on)\s+"
                         r"(?:an?\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:visit|consultations|talks|meetings?|conference|summit)\b")
# a visitor is where the visit takes them: "X, who is on a working visit to Bishkek, said", not "will pay a visit to"
_VISIT_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:on|paying)\s+(?:an?\s+|his\s+|her\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,2}visit\s+to\s+")
_STAYING_IN = re.compile(r",\s+who\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?in\s+")
_STAY_PURPOSE = re.compile(r"[\w' -]{0,30}?\s+(?:for|to\s+attend)\s")  # "... in Beijing for the Second Consultation"
# a body named just before "in <Place>" is seated there: "the African Centre for the Study of Terrorism (ACSRT)"
_SEAT_NOUNS = "Centre|Center|Institute|Office|Embassy|Consulate|Mission|Bureau|Agency|Directorate|Secretariat|Headquarters"
_SEAT = contains_any(tuple(_SEAT_NOUNS.split("|")))  # a cheap test before _SEATED_BODY_BEFORE: one of them is in its every match
_SEATED_BODY_BEFORE = re.compile(r"\b(?:" + _SEAT_NOUNS + r")\b(?:\s+(?:for|of|on|and|the|[A-Z][\w'’-]*)){0,8}"
                                 r"(?:\s+\([A-Z][\w-]{1,10}\))?\s*$")
_HOSTED_BY = re.compile(r"\b(?:co-)?(?:hosted|organi[sz]ed|sponsored|convened|held)\s+(?:jointly\s+)?by\b[^.;]*$")
# an occasion still to come: "ahead of the dialogue, to be held in Beijing", "China would host a workshop in Beijing"
_UPCOMING_BEFORE = re.compile(r"\b(?:ahead\s+of|(?:to|will|would|shall)\s+(?:be\s+(?:held|hosted|convened)|host|hold|"
                              r"convene|gather|meet))\b[^,;.]*$|\b(?:to|will|would)\s+be\s+(?:held|hosted|convened)\s*$")
_INCIDENT_WORD = re.compile(rf"(?:{VIOLENT_ACTS}|bombers?|attackers?|massacres?|siege)", re.IGNORECASE)
_BEFORE_PLACE = re.compile(r"\s*(?:the\s+(?:\d+(?:st|nd|rd|th)\s+)?)?", re.IGNORECASE)
# words said from somewhere else than the reporter: "by telephone from X", "joins me now from X"
_REMOTE_FROM = re.compile(r"\b(?:(?:tele)?phone|speaking|interview|video\s*link|satellite|on\s+the\s+line|"
                          r"(?:tele|video\s*|audio\s*)?(?:conference|call)|"  # "told reporters in a teleconference from X"
                          r"joins\s+(?:me|us)(?:\s+now)?|joined\s+(?:me|us))\s+from\s+", re.IGNORECASE)


# "told a briefing", "told a grand jirga of elders", "told a seminar": the gathering, no interview
_GATHERING = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+|(?i:news|press|media)\s+){0,2}?(?i:briefing|conference|"
                        r"meeting|forum|seminar|jirga|shura|rally|gathering|session|ceremony|summit|workshop|symposium|"
                        r"hearing|roundtable|webinar|reception|lecture))\b")


_GATHERING_NOUN = re.compile(r"\b(?:Summit|Conference|Dialogue|Forum|Meeting|Session|Seminar|Assembly|Symposium|Workshop|"
                             r"Council|Committee|Parliament|Senate|Congress)$")


def _capitalised_run(text: str) -> str:
    """A text's first word and the capitalised words after it: "the IISS Regional Security Summit, known as ..." ->
    "the IISS Regional Security Summit,"."""
    first, *rest = text.split()
    return " ".join([first, *takewhile(lambda w: w[:1].isupper(), rest)])


def clause_setting(clause: str) -> str | None:
    """The setting an attribution clause names: "press briefing", "interview with Xinhua", a named event."""
    m = _TOLD.search(clause)
    if m:
        who = " ".join(m.group("who").split())
        if who.lower() in ("reporters", "journalists", "the press"):
            return "remarks to reporters"
        if (gathering := _GATHERING.match(who)) is not None:
            return gathering.group(1).lower()  # "told a briefing on Monday": the briefing, no interview
        if who.lower() != who and (who[:1].isupper() or who[:4].lower() == "the "):  # (an outlet has a capital: "told
            # senators" is no interview, nor "told her Moroccan counterparts")
            outlet = _capitalised_run(who)  # not "China Daily on the [sidelines]"
            if _GATHERING_NOUN.search(_capitalised_run(clause[m.start("who"):m.start("who") + 120]).rstrip(",.;:")) is None:
                return f"interview with {outlet}"  # (not "told the IISS Regional Security Summit")
    m = _SETTING.search(clause)
    if m:
        words = [w for w in m.group("setting").split() if w.lower() not in
                 ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recent")]
        return " ".join(words).lower()
    return find_event(clause)


_PAREN_PLACE_DATE = re.compile(r"\(\s*([A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'-]){1,40}),\s*([^)]{4,40})\)")
# (place names in any letters: "Brasília, 16-17 September 2019", "Lomé, 12/03/2018")
_PLACE_DATE_LINE = re.compile(r"^\s*([A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){1,40}),\s*"
                              r"([\w .,/-]{4,30}(?:\s+\d{1,2}:\d\d(?:\s+[A-Z]{2,4})?)?)\s*$")  # "..., 2019 00:12 IST"
_PLACE_NUMERIC_DATE = re.compile(r"^\s*([A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){1,40}),\s*(\d{1,2}[/.]\d{1,2}[/.]\d{4})\b")
_DASH_WEEKDAY = re.compile(r"\s*[-–—]\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_LEAD_OCCASION = re.compile(r"^\s*(?:On|At|In)\s+([^,]{4,40}(?:,\s*\d{4})?),(?![^.]*\bwill\b)")  # not "On May 3, X will host"
# a heading that ends with where and when: "Briefing by Spokeswoman X, Moscow, September 14, 2017"
_TRAILING_PLACE_DATE = re.compile(r",\s+([A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[ .'’-]){1,30}),\s+"
                                  r"((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4})\s*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?]\s")


def _first_sentence(text: str) -> str:
    """`text` up to its first ".", "!" or "?" before a space (a search that skips to those marks, where
    splitting at a space after one tried every position)."""
    numbered = PARAGRAPH_NUMBER.match(text)  # "1. An Extraordinary Meeting ... was held in Accra": past its number
    m = _FIRST_SENTENCE_END.search(text, numbered.end() if numbered else 0)
    return text[:m.start() + 1] if m else text


# what may stand before the day a meeting was held on: its first day ("22-23 November") or its weekday ("Wednesday, June 7")
_DAY_RANGE_START = re.compile(r"\d{1,2}\s*[-–—]\s*|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+")
_WAS_HELD_ON = re.compile(r"\b(?:(?:was|were)|(?:event|meeting|conference|discussion|briefing|seminar|round\s?table|"
                          r"session|panel)s?)\s+held\b(?:[^.;]|(?<=[A-Z])\.){0,120}?\bon\s+(?=\d|[A-ZÀ-ÞĀ-Ž])")  # and "The
# following is a transcript of a public event held at CSIS headquarters in Washington, D.C., on Wednesday, June 7, 2017."


# a transcript page's notice of its event: "This event was held on the record in London on 15 November 2016."
_HELD_NOTICE = re.compile(r"This\s+(?:event|meeting|discussion|session|seminar|round\s?table|panel|conference|webinar)\s+"
                          r"(?:was\s+held|took\s+place)\b")


def _held_notice(lines: list[str], reference: dt.date | None) -> tuple[str | None, str | None]:
    """The day and the place a transcript page's notice gives its event, if a line opens with one."""
    for line in lines:
        if (stripped := line.strip()).startswith("This ") and _HELD_NOTICE.match(stripped):
            sentence = _first_sentence(stripped)
            days = [d for d in find_dates(sentence, reference) if len(d[2]) == 10]
            return (days[0][2] if days else None), clause_place(sentence)
    return None, None


_PRESS_EVENT = re.compile(r"\b(?:press\s+conference|news\s+conference|press\s+briefing|briefing)\b", re.IGNORECASE)
_BRACKETED_DATE = re.compile(r"^[(\[]\s*(?P<rest>[^()\[\]]{6,40}?)\s*[)\]]$")
_DATE_FIELD = re.compile(r"^(?:Date|Held\s+on|Date\s+of\s+(?:the\s+)?(?:event|meeting|briefing))\s*:\s*(?P<rest>.*)$",
                         re.IGNORECASE)


_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|until)\b[^.;]{0,40}$|\beffect\s+(?:on|from)\s+$")


def _date_field(lines: list[str], reference: dt.date | None) -> str | None:
    """A page's "Date: June 4, 2018" field, on one line or with the date on the next, or a date alone in
    brackets under a speech's heading: "(28 March 2019)"."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        m = (":" in stripped and _DATE_FIELD.match(stripped)) or (stripped[:1] in "([" and _BRACKETED_DATE.match(stripped))
        if m:
            value = m.group("rest") or (lines[i + 1] if i + 1 < len(lines) else "")
            dates = [d for d in find_dates(value, reference) if len(d[2]) == 10]
            if dates:
                return dates[0][2]
    return None


def document_context(published: str | None, header: str | None, lines: list[str], prose: list[str],
                     news_lead: bool = True, publisher: str | None = None) -> DocContext:
    """Reference day, default date, place and event of a document from its header and first paragraphs.
    With `news_lead`, a lead that reports an occasion "in <Place>" gives the place too."""
    reference = to_date(published) or to_date(header)
    place, line_date = None, None
    for first in prose[:3]:
        place, line_date = dateline(first, reference)
        if place or line_date:
            break
    if place is None:
        lone = next((m for line in lines[:15] if line[-1:] in "-—–" and (m := _LONE_DATELINE.match(line))), None)
        place = canonical_place(lone.group("place").strip()) if lone is not None else None
    if place is None and prose:
        place = _named_again(prose[0], lines)
    event, masthead = None, None
    for line in lines[:15]:
        m = _LOCATION_LINE.match(line) if ":" in line else None  # "Location: Federal Ministry of the Interior, Berlin"
        if m and place is None:
            found = places_in(m.group(1))
            place = found[-1][2] if found else None
        venue = _VENUE_LINE.match(line.strip()) if place is None and masthead is None and "," in line else None
        if venue and is_org_name(venue.group("venue")) and _TITLE_CASE.fullmatch(venue.group("venue")) and \
                (canonical_place(venue.group("venue")) is None or
                 (canonical_place(venue.group("city")) or "").lower() not in countries()):
            # "Ministry of Foreign Affairs, Tokyo" under the heading (not "COLOMBO, SRI LANKA": a city and its country);
            # "Ministry of Foreign Affairs, Malaysia" is a masthead, where a dated line under it may say more
            city = canonical_place(venue.group("city"))
            if (city or "").lower() in countries():
                masthead = city
            else:
                place = city
    for line in lines[:15]:
        # "(Moscow, October 30, 2019)" or a line of its own: "Tashkent, 30.10.2019", "Brussels, 17/02/2020 - 19:42"
        comma = line.find(",")
        # the two patterns anchored at the start need the line's first comma within a place name's 41 letters of its
        # first non-blank one, and the numeric date a digit first after that comma; the trailing one a year last
        near = comma != -1 and comma - (len(line) - len(line.lstrip())) <= 41
        # _PLACE_DATE_LINE's date after that comma is at most 30 characters unless a time ("00:12") follows it
        m = (_PAREN_PLACE_DATE.search(line) or (near and (":" in line or len(line[comma + 1:].strip()) <= 30) and
                                                _PLACE_DATE_LINE.match(line))
             or (near and line[comma + 1:].lstrip()[:1].isdecimal() and _PLACE_NUMERIC_DATE.match(line))
             or (_TRAILING_PLACE_DATE.search(line) if line.rstrip()[-1:].isdecimal() else None)) if comma != -1 else None
        flipped = _DATE_THEN_PLACE.match(line) if m is None and (_has_dash(line) or "|" in line) else None
        # "August 29, 2018 - Gold Coast, Australia"
        if flipped and place is None and canonical_place(flipped.group("place")):
            place = canonical_place(flipped.group("place"))
            dates = find_dates(flipped.group("date"), reference)
            line_date = line_date or (dates[0][2] if dates else None)
        if m and place is None:
            place = canonical_place(_DASH_WEEKDAY.sub("", m.group(1)) if "day" in m.group(1) else m.group(1))  # "Riyadh -
            # Sunday, 08 September 2019"
            dates = find_dates(m.group(2), reference)
            if place and dates:
                line_date = line_date or dates[0][2]
            elif not dates:
                place = None
    place = place or masthead
    stacked = _stacked_place_date(lines[:15], reference) if place is None else None
    if stacked is not None:
        line_date = line_date or stacked[1]
    if place is None:
        place = _pipe_place(lines[:15], reference) or _city_line(lines[:15])
    for line in lines[:6]:
        found = find_event(line)
        if found and len(found.split()) >= 3:
            event = found
            dates = [d for d in find_dates(line, reference) if len(d[2]) == 10
                     and not _FUTURE_BEFORE.search(line, max(0, d[0] - 60), d[0])]  # "will take effect on January 1"
            if dates and line_date is None:
                line_date = dates[0][2]
            break
    line_date = line_date or _date_field(lines[:30], reference) or _briefing_day(lines[:8], reference)
    held_on, held_in = _held_notice(lines[:20], reference)
    line_date = held_on or line_date  # "This event was held on the record in London on 15 November 2016": when it was said
    place = place or held_in
    lead_date = None
    if prose:
        lead = prose[0][:300]
        m = _LEAD_OCCASION.match(lead)
        if m:
            dates = find_dates(m.group(1), reference)
            lead_date = dates[0][2] if dates else None
        first_sentence = _first_sentence(prose[0])
        if lead_date is None and _PRESS_EVENT.search(first_sentence):  # "at the press conference held ... on April 27"
            dates = [d for d in find_dates(first_sentence, reference) if len(d[2]) == 10]
            lead_date = dates[0][2] if dates else None
        if lead_date is None and (held := _WAS_HELD_ON.search(first_sentence)) is not None:  # "1. An Extraordinary
            rest = first_sentence[held.end():]  # Meeting of X was held in Accra on 6 November 2019" (or "on 22-23
            dates = [d for d in find_dates(rest, reference) if len(d[2]) == 10]  # November 2016": its last day)
            lead_date = dates[0][2] if dates and (dates[0][0] == 0 or _DAY_RANGE_START.fullmatch(rest[:dates[0][0]])) \
                else None
        if event is None:
            event = find_event(prose[0][:400])
    if place is None:
        place = _hosts_place(lines[:12])
    # "... pledged on Sunday, at a forum in Urumqi, capital of ...", after a one-sentence deck if there is one
    deck = bool(prose) and len(prose[0]) < 160 and prose[0].rstrip().endswith(".")
    for lead in prose[:2] if deck else prose[:1]:
        if place is not None:
            break
        first_sentence = _first_sentence(lead)
        low = first_sentence.lower() if plain_folds(first_sentence) else None  # (then its ASCII words are in it)
        if (news_lead and (OCCASION.search(first_sentence) if low is None else _OCCASION_LOWER.search(low))) or \
                ((low is None or "conference" in low or "briefing" in low) and _HELD_BRIEFING.search(first_sentence)):
            place = clause_place(first_sentence) or visit_place(first_sentence)  # a transcript's "held a press
            # conference in Beijing" too
    if place is None:  # where the release was issued ("WASHINGTON, DC" over its date) after where its occasion was
        place = (stacked[0] if stacked else None) or _heading_place(lines[:12]) or \
            (None if ministry_spokesperson(lines[:8]) else embassy_place([publisher or "", *lines[:3]])) or \
            _parliament_place(lines[:3])  # (not the home ministry's press conference an embassy reposts)
    if lead_date and line_date and len(line_date) == 10 and lead_date < line_date:
        line_date = None  # a release dated the 24th whose lead says the talks "were held ... on 23 October": that day
    date = line_date or lead_date or (reference.isoformat() if reference else None)
    return DocContext(reference=reference, date=date, place=place, event=event, dated_line=line_date is not None)


_MINISTRY_SPOKESPERSON = re.compile(r"\b(?:Ministry|MFA)(?:'s)?\s+Spokes(?:person|man|woman)\b", re.IGNORECASE)


def ministry_spokesperson(lines: list[str]) -> bool:
    """Whether a line names a ministry's spokesperson (the pattern only where "spokes" is)."""
    block = "\n".join(lines)
    return (not plain_folds(block) or "spokes" in block.lower()) and any(map(_MINISTRY_SPOKESPERSON.search, lines))


def _named_again(first: str, lines: list[str]) -> str | None:
    """An upper-case dateline the gazetteer does not know, which the page names again as a place: "LANDI KOTAL: ..."
    over "... addresses the jirga in Landi Kotal on Saturday" (and not a transcript's "MARISA PENROSE: Good morning")."""
    m = (":" in first[:60] and _COLON_DATELINE.match(first[:60])) or (_has_dash(first[:60]) and _DASH_DATELINE.match(first[:60]))
    if not m or not m.group("place").isupper() or len(m.group("place")) < 4:
        return None
    name = m.group("place").title()
    again = re.compile(rf"\b(?:in|at|near|from)\s+{re.escape(name)}\b")
    return name if any(name in line and again.search(line) for line in lines) else None


def _city_line(lines: list[str]) -> str | None:
    """A dateline standing alone over the story: a line that is only a city's name, in capitals ("ANKARA"; not a
    section's "UAE")."""
    for line in lines:
        name = line.strip()
        if name.isupper() and 4 <= len(name) <= 30 and (city := canonical_place(name.title())) is not None and \
                city.lower() not in countries():
            return city
    return None


_BRIEFING_ON = re.compile(r"\b(?:press\s+conference|news\s+conference|(?:press\s+)?briefing)\s+(?:held\s+)?on\s+",
                          re.IGNORECASE)


def _briefing_day(lines: list[str], reference: dt.date | None) -> str | None:
    """The day a transcript's title gives its briefing: "Defense Ministry's regular press conference on Aug. 30"."""
    for line in lines:
        if "on " not in line or (plain_folds(line) and "conference" not in (low := line.lower()) and "briefing" not in low):
            continue  # none of the pattern's words
        m = _BRIEFING_ON.search(line)
        dates = find_dates(line[m.end():m.end() + 40], reference) if m else []
        if dates and dates[0][0] == 0 and len(dates[0][2]) == 10:
            return dates[0][2]
    return None


_HELD_IN = re.compile(r"\b(?:talks|consultations?|meeting|conference|forum|summit|seminar|session|dialogue|exercises?|"
                      r"drills?|workshop|symposium|negotiations|round)\b(?:\s+[\w'’-]+){0,8}?,?\s+(?:held|opens?|opened|closes|"
                      r"closed|concludes|concluded)\s+(?:at\s+(?:the\s+)?(?-i:[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,4})\s+)?"
                      r"in\s+(?P<place>(?:the\s+)?(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2}))",
                      re.IGNORECASE)
_SPEECH_HEADING_PLACE = re.compile(r"^\s*(?i:(?:full\s+)?text\s+of\s+(?:the\s+)?)?"
                                   r"(?:(?i:opening|closing|keynote|welcome|inaugural)\s+)?"
                                   r"(?i:speech|remarks|statement|address|intervention)\s+(?:by|of)\s.+\sat\s.+,\s+(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*)?)\s*$")
# a transcript's heading: "Doorstop interview, Manado, Indonesia", "Joint press conference, Astana", "Doorstop
# interview - Jakarta, Indonesia"
_KIND_HEADING_PLACE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}(?i:interview|doorstop|press\s+conference|news\s+conference|"
                                 r"press\s+availability|media\s+availability|remarks|briefing|transcript)"
                                 r"(?:,|\s+[-–—])\s+(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*)?)"
                                 r"(?:,\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2})?\s*$")
_EMBASSY_IN = re.compile(r"\b(?:Embassy|Consulate(?:-General)?|High\s+Commission)\s+of\s+.{3,80}?\s+in\s+(?P<host>.+)$",
                         re.IGNORECASE)


_CITY_COUNTRY_LINE = re.compile(r"^\s*(?P<city>[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿ .'’-]{1,40}),\s+[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿ .'’-]{1,40}$")


def _stacked_place_date(lines: list[str], reference: dt.date | None) -> tuple[str, str] | None:
    """A place line over a date line, as a ministry's release heads its text: "COLOMBO, SRI LANKA" then "JUNE 27,
    2019" (or a city alone over a day written from its number)."""
    for line, below in pairwise(lines):
        m = _CITY_COUNTRY_LINE.match(line) if line.count(",") == 1 else None  # (its one comma)
        place = canonical_place(m.group("city").strip()) if m is not None else None
        words = 6
        if place is None and "," in line and len(line) < 120 and "|" not in line and line[:3] != "By " and \
                all(w.strip("()")[:1].isupper() or w in ("of", "the", "and", "de", "al")
                    for w in line.replace(",", " ").split()):
            # a venue's address (capitalised words only: no headline, no byline): "Wisma Pertahanan, Jalan Padang
            place = canonical_place(line.rsplit(",", 1)[1].strip())  # Tembak, Kuala Lumpur" over "20 November 2017
            place = place if place is not None and place.lower() not in countries() else None  # (Monday), 12.30 pm"
            words = 12
        if place is None and "," not in line and len(line) < 40 and below[:1].isdecimal() and \
                (city := canonical_place(line.strip())) is not None and city.lower() not in countries():
            place, words = city, 4  # a city alone over the day: "New York" then "06 July 2020"
        if place is None:
            continue
        dates = find_dates(below, reference)
        if dates and len(dates[0][2]) == 10 and len(below.split()) <= words:
            return place, dates[0][2]
    return None


def _pipe_place(lines: list[str], reference: dt.date | None) -> str | None:
    """The place cell of a dated meta line: "15 May 2019, 11:00 | Nur-Sultan | Views: 4 207", "Written by
    Express News Service | New Delhi | Updated: January 16, 2019 4:12:55 am"."""
    for line in lines:
        if "|" not in line and " / " not in line:
            continue  # a single cell
        cells = line.split("|") if "|" in line else line.split(" / ")  # "Manado, North Sulawesi / Sat, July 29, 2017"
        if len(cells) < 2 or not find_dates(line, reference):
            continue
        for cell in cells:  # a city: a country there is a section ("GT | China | Source: ...")
            place = canonical_place(cell.strip()) or canonical_place(cell.split(",")[0].strip())
            if place is not None and place.lower() not in countries():
                return place
    return None


_NOT_YET = re.compile(r"\b(?:will|would|shall|to\s+be|next|planned|scheduled)\b", re.IGNORECASE)


def held_place(text: str) -> str | None:
    """Where a text says its occasion was held: "... Conference of ..., held at UN Headquarters in New York"."""
    m = _HELD_IN.search(text) if "in " in text else None
    if m is None or _NOT_YET.search(m.group(0)):  # not "the next session will be held in Beijing"
        return None
    return canonical_place(m.group("place")) or canonical_place(m.group("place").split(". ")[0].rstrip("."))


# a headline naming the host: "Tashkent hosts regional seminar on foreign terrorist fighters"
_HOSTS = re.compile(r"^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?)\s+(?:hosts|hosted)\s")
_LATER = re.compile(r"\b(?:next|tomorrow|will|upcoming|later\s+this)\b", re.IGNORECASE)


def _hosts_place(lines: list[str]) -> str | None:
    """The host a headline names, when the occasion is not still to come ("China hosts ... next week")."""
    for line in lines:
        m = _HOSTS.match(line) if "hosts" in line or "hosted" in line else None
        if m and len(line) < 160 and not line.rstrip().endswith((".", "?", "!", ":")) and not _LATER.search(line):
            return canonical_place(m.group("place"))
    return None


def _heading_place(lines: list[str]) -> str | None:
    """A heading that says where its occasion was held: "Turkmen-Russian consultations ... held in Ashgabat",
    "Speech by ... at the annual conference of the Centre of Excellence, Ankara"."""
    for line in lines:
        heading = len(line) < 200 and not line.rstrip().endswith((".", "?", "!", ":", "\"", "”")) and ": " not in line
        if heading and (place := held_place(line)):
            return place
        m = (_SPEECH_HEADING_PLACE.match(line) if "," in line else None) or \
            (_KIND_HEADING_PLACE.match(line) if "," in line or " - " in line or " – " in line or " — " in line else None) \
            if heading else None
        if m and (place := canonical_place(m.group("place"))):
            return place
        m = _GATHERING_IN.match(line) if len(line) < 200 and " in " in line and not _LATER.search(line) else None
        if m and (place := canonical_place(m.group("place"))):
            return place  # a live page's "G5 Sahel security summit in Nouakchott: All the latest updates"
    return None


_GATHERING_IN = re.compile(r"^(?![Aa]head\s+of\b|[Bb]efore\b)[^:.!?]{0,80}?\b(?:summit|conference|ministerial|meeting|forum)"
                           r"\s+in\s+(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?)\s*:")


_PARLIAMENT_OF = re.compile(r"^(?:the\s+)?(?:parliament|national\s+assembly|senate)\s+of\s+(?:the\s+)?(?P<country>[^,;:]{3,40})$",
                            re.IGNORECASE)


def _parliament_place(lines: list[str]) -> str | None:
    """Where a parliament's own page was spoken in: its seat, the capital of the country its masthead names
    ("PARLIAMENT OF SINGAPORE" -> Singapore)."""
    for line in lines:
        if (m := _PARLIAMENT_OF.match(line.strip())) is not None and (country := canonical_place(m.group("country").title())):
            return capital_of(country) if country.lower() in countries() else None
    return None


def embassy_place(texts: list[str]) -> str | None:
    """Where an embassy's page speaks from when the page names no place: its host capital ("Embassy of China in
    the Arab Republic of Egypt" -> Cairo), or a consulate's city."""
    for text in texts:
        m = _EMBASSY_IN.search(text.strip())
        found = places_in(m.group("host")) if m else None
        if found:
            name = found[0][2]
            return capital_of(name) if name.lower() in countries() else name
    return None
