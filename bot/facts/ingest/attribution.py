"""Finding who says what in one sentence or paragraph of English news prose.

Pure functions over text: they return the statement spans and the speaker *mentions* ("he", "Mr. Chen",
"Russian Deputy Foreign Minister Oleg Syromolotov"); resolving mentions to full names is the caller's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.facts.ingest.dates import contains_any, plain_folds
from bot.facts.ingest.names import (
    MALAY_TITLES,
    NAME_PARTICLES,
    ORG_WORDS,
    ROLE_WORDS,
    is_org_name,
    org_phrase,
    split_role_name,
)
from bot.facts.ingest.places import canonical_place, country_of_demonym, is_country
from bot.facts.ingest.sentences import ABBREVIATIONS, DATELINE_PREFIX, PARAGRAPH_NUMBER, may_open_with_dateline

_WRITING_VERBS = ("wrote", "writes", "tweeted", "tweets")
_VERBS = (
    r"said|says|say|stressed|stresses|stressing|noted|notes|noting|warned|warns|added|adds|adding|announced|"
    r"announces|told|tells|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|underlined|underlines|underscored|"
    r"underscores|highlighted|highlights|pointed\s+out|points\s+out|stated|states|explained|explains|argued|"
    r"argues|insisted|insists|suggested|suggests|proposed|proposes|reiterated|reiterates|affirmed|affirms|"
    r"reaffirmed|reaffirms|maintained|maintains|acknowledged|acknowledges|admitted|admits|recalled|recalls|"
    r"remarked|remarks|observed|observes|vowed|vows|pledged|pledges|promised|promises|urged|urges|"
    r"called\s+on|called\s+for|calls\s+on|calls\s+for|expressed|expresses|voiced|voices|hoped|hopes|"
    r"declared|declares|claimed|claims|confirmed|confirms|revealed|reveals|disclosed|assured|assures|"
    r"asserted|asserts|commented|comments|concluded|concludes|agreed|agree|agrees|believes|believed|"
    r"welcomed|welcomes|condemned|condemns|praised|praises|denied|denies|appealed|appeals|briefed|"
    r"cautioned|cautions|lamented|laments|regretted|regrets|questioned|criticized|criticised|criticizes|"
    r"criticises|recommended|recommends|reminded|reminds|echoed|echoes|informed|urging|calling\s+for|"
    r"calling\s+on|predicted|predicts|estimated|estimates|conceded|concedes|described|describes|accused|accuses|"
    r"rejected|rejects|dismissed|dismisses|opposed|opposes|objected|objects|ruled|rules|ordered|directed|"
    r"thanked|thanks|commended|commends|hailed|hails|lauded|lauds|congratulated|apologi[sz]ed|put\s+forward|"
    r"appreciated|appreciates|drew\s+attention|draws\s+attention|committed\s+to|commits\s+to|"
    r"wrote|writes|tweeted|tweets|put\s+it|spoke|speaks|answered|replied|responded|mentioned|mentions|reported|reports|"
    r"asked\s+whether|asked\s+why|asked\s+if|asked\s+how|asked\s+what|asked\s+when"  # a question reported
)


def _verb_tables() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Reporting verbs as a word set plus two-word forms ("pointed out"), for fast lookups."""
    words: set[str] = set()
    pairs: dict[str, set[str]] = {}
    for item in _VERBS.split("|"):
        for form in (item.replace("[sz]", "s"), item.replace("[sz]", "z")):
            first, *rest = form.split(r"\s+")
            if rest:
                pairs.setdefault(first, set()).add(rest[0])
            else:
                words.add(first)
    return frozenset(words), {k: frozenset(v) for k, v in pairs.items()}


_VERB_WORDS, _VERB_PAIRS = _verb_tables()
_VERB_KEYS = _VERB_WORDS | frozenset(_VERB_PAIRS)
_VERB_KEY_BYTES = {key.encode(): key for key in _VERB_KEYS}
# every byte but a-z to a space: a sentence's [a-z]+ runs as split() words of its ASCII bytes (any other character
# becomes "?" on encoding, then a space)
_LETTER_RUNS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _word_char(ch: str) -> bool:
    r"""Whether a character is one that a pattern's \w takes."""
    return ch.isalnum() or ch == "_"


def _pair_end(low: str, word: str, end: int) -> int | None:
    """The end of a two-word verb form whose first word ends at `end` ("pointed out", "called for"), or None."""
    after = end
    while after < len(low) and low[after].isspace():
        after += 1
    if after > end:
        for second in _VERB_PAIRS[word]:
            stop = after + len(second)
            if low.startswith(second, after) and (stop == len(low) or not _word_char(low[stop])):
                return stop
    return None


def _verb_spans(low: str, present: list[str]) -> list[tuple[int, int]]:
    r"""Where the present verbs stand in the lowered sentence as whole words (a two-word form with its second word),
    left to right: what the search "\b(?:said|pointed\s+out|...)\b" finds, without compiling a pattern for each set
    of verbs. (No second word of a two-word form is a verb itself, so no two of them overlap.)"""
    spans = []
    for word in present:
        i = low.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not _word_char(low[i - 1])) and (end == len(low) or not _word_char(low[end])):
                stop = _pair_end(low, word, end) if word in _VERB_PAIRS else None
                if stop is not None:  # (the two-word form first, as the pattern's alternation would try it)
                    spans.append((i, stop))
                elif word in _VERB_WORDS:
                    spans.append((i, end))
            i = low.find(word, end)
    spans.sort()
    return spans


def find_verbs(sentence: str) -> list[tuple[int, int, str]]:
    """Reporting verbs in a sentence as (start, end, verb): a set lookup of its words first, and a small
    string search for the few verbs present, rather than one big case-insensitive alternation."""
    low = sentence.lower()
    runs = low.encode("ascii", "replace").translate(_LETTER_RUNS).split()
    present = [_VERB_KEY_BYTES[run] for run in _VERB_KEY_BYTES.keys() & runs]
    if not present:
        return []
    found = []
    for v_start, v_end in _verb_spans(low, present):
        verb = low[v_start:v_end]
        if v_start and sentence[v_start].isupper():
            continue  # "the League of Arab States" states nothing
        if verb == "thanks" and low.startswith(" to ", v_end):
            continue  # "thanks to its forces": a cause
        if verb[:4] == "call" and verb[-3:] == " on" and not _CALLED_ON_TO.search(low, v_end, v_end + 250):
            continue  # "X called on the President and held talks": a courtesy visit, no call to do anything
        if verb in _PASSIVE_OPINION and _TO_BE_AFTER.match(low, v_end):
            continue  # "two men believed to have fought in Marawi", "said to be close to": what others think of them,
            # no statement (not "claimed to have")
        if verb[-1] == "s" and (_NOUN_BEFORE.search(low, max(0, v_start - 16), v_start) or _VERB_AFTER.match(low, v_end)):
            continue  # "asked about reports that ...", "the remarks", "Government estimates put the number at ...": a noun
        if verb[-2:] == "ed" and _DETERMINER_BEFORE.search(low, max(0, v_start - 7), v_start) and \
                _NOUN_AFTER.match(low, v_end):
            continue  # "the proposed amendments": an adjective
        found.append((v_start, v_end, " ".join(verb.split())))
    return found


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those|our)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!that\b|to\b|on\b|by\b|in\b|at\b|with\b|for\b|and\b|or\b)[a-z]{3,}\b")
_PASSIVE_OPINION = frozenset({"believed", "thought", "said", "reported", "alleged", "understood", "known", "rumoured",
                              "rumored", "expected", "estimated", "feared", "suspected"})
_CALLED_ON_TO = re.compile(r"\b(?:to|for)\s+(?!the\b|a\b|an\b)[a-z]|[\"“:]")  # what the call asks for
_TO_BE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_VERB_AFTER = re.compile(r"\s+(?:put|puts|show|showed|suggest|suggested|indicate|indicated|say|said|place|placed|"
                         r"reveal|revealed)\b")
_NOUN_BEFORE = re.compile(r"\b(?:about|of|on|the|these|those|such|their|his|her|its|our|media|press|news|amid|despite|"
                          r"any|no|many|some|recent|earlier|unconfirmed)\s+$")
_COMMA_ADVERB = re.compile(r",\s+(?:(?:has|have|had)\s+)?[a-z]{3,}ly\s+$")  # after an appositive's comma: ", rightly "
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|further|then|again|once\s+again|repeatedly|earlier|later|recently|first|finally|"
    r"previously|firmly|strongly|clearly|publicly|would|will|is|was|were|are|being))+\s*$",
    re.IGNORECASE,
)
def is_person_demonym(word: str) -> bool:
    """A nationality that names one person ("Norwegian", "Pakistani", "Kazakh"), not a people ("Chinese", "French"),
    a country ("Netherlands") or a word that only begins like one."""
    return word.endswith(("an", "i", "k", "z", "en", "o")) and country_of_demonym(word) is not None and \
        canonical_place(word) is None


_THE_DEMONYM = re.compile(r"[Tt]he\s+([A-ZÀ-ÞĀ-Ž][a-z]+)")
_SUCCESSOR = re.compile(r"^(?:his|her|their)\s+(?:successor|predecessor)$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|him|her|them)$", re.IGNORECASE)
_DESCRIPTION_NOUNS = (
    "minister", "official", "spokesperson", "spokesman", "spokeswoman", "diplomat", "president", "premier", "envoy",
    "ambassador", "director", "chief", "secretary", "chairman", "commander", "leader", "expert", "analyst", "source", "head",
    "governor", "mayor", "general", "committee", "ministry", "agency", "council", "service", "department", "organization",
    "organisation", "centre", "center", "office", "secretariat", "government", "researcher", "commissioner", "prosecutor",
    "adviser", "advisor", "coordinator", "representative", "inspector", "attorney", "judge", "counsellor", "counselor",
    "officer", "academic", "scholar", "professor")
# the noun is the phrase's last word: lower-cased, one of these, unless it has a letter that a case-insensitive pattern
# folds other than lower() does (see plain_folds)
_DESCRIPTION_NOUN_SET = frozenset(_DESCRIPTION_NOUNS)
_DESCRIPTION = re.compile(
    r"^(?:the|a|an|[A-ZÀ-ÞĀ-Ž][\w.-]*['’]s|the\s+(?:country|nation|kingdom|republic|city|region|province)['’]s)\s+"
    r"(?:[\w.-]+\s+){0,4}(?P<noun>" + "|".join(_DESCRIPTION_NOUNS) + r")$",
    re.IGNORECASE,
)
_POSTED_TO = re.compile(r"^(?P<desc>.+?\b(?:ambassador|envoy|representative))\s+to\s+(?:the\s+)?"
                        r"(?P<to>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,3})$", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:[Tt]he|[Ii]ts(?=\s+(?:[a-z]+\s+)?(?:secretary-general|secretary|spokes(?:man|woman|person)|"
                       r"chief|head|director|director-general|president|chairman|chairwoman|chairperson|commander)$))\s+"
                       r"(?:[a-z][\w-]*\s+){0,2}(?:[a-z][\w-]*(?:\s+of\s+the\s+[a-z][\w-]*)?|"
                       r"(?:MEP|MP|MLA|MNA|MPA|MSP))$")  # and an elected member: "the MEP said"; a body's own officer: "[the
# coalition ...,] its secretary-general announced"
_NOT_SUBJECTS = {"i", "we", "you", "us", "me", "one", "meanwhile", "however", "earlier", "later", "separately",
                 "also", "moreover", "furthermore", "instead", "still", "yet", "then", "now", "today", "yesterday"}
_MEETING = re.compile(r"\s+to\s+(?:meet|talk|speak|be\s+interviewed|an?\s+interview)\b")
_DOCUMENT_OF = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-ZÀ-ÞĀ-Ž][\w.’'-]*(?:\s+"
                          r"[A-ZÀ-ÞĀ-Ž][\w.’'-]*){0,5})['’]s?\s+(?:latest\s+|new\s+|"
                          r"annual\s+|recent\s+|final\s+|own\s+)?(?:report|statement|communiqu[eé]|letter|message|"
                          r"study|survey|assessment|review|analysis)$")
_SPOKESPERSON_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?P<title>spokesperson|spokesman|spokeswoman)\s+"
                               r"(?:for|of|at)\s+(?:the\s+)?(?P<org>[A-ZÀ-ÞĀ-Ž][^,;]{1,80})$")
_NOT_SUBJECT_START = re.compile(
    r"^(?:in|at|on|from|to|by|during|for|with|into|over|after|before|since|until|under|near|outside|inside|"
    r"across|via|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|"
    r"july|august|september|october|november|december|yesterday|today|tonight|last|next|this|earlier|later|"
    r"said|says|told|added|noted|stressed|when|where|whereas|because|although|though|once|if)\b"  # "X, who hosted it,
    # said the three countries agreed": no subject; nor "..., when the three sides agreed to ...": a clause of the past
    r"(?!-)",  # but "Under-Secretary X"
    re.IGNORECASE,
)
# people nobody names: "Critics in Europe", "Analysts in Beijing", "Residents of Kabul"
_UNNAMED_CROWD = re.compile(r"^(?:(?:some|many|most|several|other)\s+)?(?:critics|analysts|experts|observers|residents|"
                            r"witnesses|insiders|commentators|skeptics|sceptics)(?:\s+(?:in|of|from|at)\s+[A-ZÀ-ÞĀ-Ž].*)?$"
                            r"|^(?:(?:some|other|senior|local)\s+)?(?:officials|sources|diplomats)\s+in\s+[A-ZÀ-ÞĀ-Ž][\w'’ -]*$"
                            r"|^(?:(?:some|other|informed|senior|diplomatic|official|security)\s+)?sources"
                            r"(?:\s+(?:at|in|within|from|close\s+to|familiar\s+with)\s+.*)?$",
                            re.IGNORECASE)  # and "officials in Dushanbe say", "Sources at the Foreign Ministry said":
# nobody named
_HEAD_OF = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}(?:head|chief|director|leader|minister|secretary|"
                      r"spokesperson|spokesman|spokeswoman|chairman|president|commander|coordinator|official|officer|"
                      r"diplomat|envoy)\s+(?:of|for|at|with|from)\s+"
                      r"(?:the\s+)?(?:[A-ZÀ-ÞĀ-Ž]|(?:[\w-]+\s+){0,2}[\w-]+['’]s\s)[^,;]*$")  # (or "the coalition's land forces")
_DELEGATE_NOUNS = ("representative", "delegat", "ambassador", "envoy", "speaker")  # one is in each form of _DELEGATE
_DELEGATE = re.compile(
    r"^(?:(?:[Tt]he|[Aa])\s+)?(?P<noun>representative|delegate|ambassador|envoy|delegation|speaker)s?\s+(?:of|from|for)\s+"
    r"(?P<country>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’ .-]{1,60})$|^(?P<owner>[A-ZÀ-ÞĀ-Ž][\w'’ .-]{1,60}?)['’]s?\s+"
    r"(?P<owned>representative|delegate|delegation|envoy)$"
)
_GROUP_ENDS = "sSſeE"  # the last letter of each noun _GROUP ends in ("heads of state" too), in either case
_GROUP = re.compile(
    r"^(?:the\s+|all\s+)?(?:(?:[A-ZÀ-ÞĀ-Ž][\w-]*|two|three|four|five|both|participating|member|attending|"
    r"foreign|other)\s+){0,3}(?P<noun>participants|leaders|sides|delegates|ministers|members|parties|"
    r"countries|states|delegations|heads\s+of\s+state|representatives|attendees|signatories|governments|"
    r"nations|partners|(?<=two\s)(?i:presidents|prime\s+ministers|ministers|leaders))$",
    re.IGNORECASE,
)
_LOWER_OK = {
    "of", "the", "for", "and", "on", "in", "to", "at", "de", "al", "bin", "van", "von", "da", "der", "den", "ter", "du",
    "la", "le", "ibn", "arap", "oglu", "ogly", "kyzy", "uulu", "gizi", "binti", "bint", "newspaper",
    "daily", "agency", "news", "deputy", "executive", "director", "minister", "president", "spokesperson",
    "spokesman", "spokeswoman", "chief", "head", "secretary", "general", "chairman", "ambassador", "envoy",
    "official", "senior", "vice", "assistant", "foreign", "affairs", "state", "member", "leader", "professor",
    "expert", "researcher", "analyst", "commander", "counselor", "adviser", "advisor", "editor", "special",
    "representative", "permanent", "former", "acting", "national", "security", "council", "committee",
    "ministry", "office", "department", "organization", "organisation", "institute", "research", "studies",
    "international", "regional", "counter-terrorism", "counterterrorism", "anti-terrorism", "public",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "ms", "dr", "party", "central", "military", "commission",
    "retired", "veteran", "outgoing", "incoming", "top",
    "coordinator", "prosecutor", "prosecutor's", "magistrate", "delegate", "intelligence", "police",
    "interior", "defence", "defense", "justice", "home", "federal", "unit", "bureau", "service",
    "services", "administration", "authority", "director-general", "under-secretary-general",
    "spokesperson's", "minister's", "ministry's", "government's", "lawmaker", "legislator", "mp", "deputies",
    "lawyer", "attorney", "counsel", "advocate", "barrister", "solicitor", "activist", "economist", "journalist",
    "commentator", "writer", "author", "officer", "soldier", "trader", "resident", "witness", "student", "teacher",
    "campaigner", "scholar", "lecturer", "historian", "cleric", "imam", "priest", "politician", "candidate",
    "opposition", "rights", "human", "campaign", "group's", "centre's", "center's", "institute's", "founder",
    "authorities", "officials", "forces", "troops", "army", "navy", "government", "press",
} | ROLE_WORDS


_GROUP_NOUN = (r"(?:(?:[A-ZÀ-ÞĀ-Ž][\w-]*|interior|defen[cs]e|foreign|justice|home|security|finance|police|high|senior|top|"
               r"competent|military|army|armed)(?:\s+and)?\s+){0,3}(?i:leaders|heads(?:\s+of\s+state|\s+of\s+delegations?|\s+of\s+(?:the\s+)?"
               r"(?:competent\s+|relevant\s+|security\s+)?(?:authorities|agencies|services|bodies))?|representatives|"
               r"participants|members|ministers|ministries|authorities|delegates|delegations|envoys|chiefs(?:\s+of\s+(?:the\s+)?(?:general\s+)?staffs?)?|governments|"
               r"forces|militaries|armies|agencies)")
_GROUP_OF = re.compile(rf"^(?:[Tt]he\s+)?{_GROUP_NOUN}(?:\s+and\s+{_GROUP_NOUN})?\s+of\s+(?:the\s+)?"
                       r"(?:[A-ZÀ-ÞĀ-Ž](?:[^,;]|,\s+(?=[A-ZÀ-ÞĀ-Ž])){2,160}|(?:two|three|four|five|six|seven|eight|both)\s+"
                       r"(?:countries|nations|states|sides))$")  # "The leaders of Mali, Niger and Chad", "the defence
# ministries of the five countries", "Heads of the competent authorities of the SCO member states"

# officials of a list of countries: "Police and intelligence officials from A, B and C" (not "Defence ministers and
# senior officials of ...", whose words before "officials" end in a plural)
_OFFICIALS_OF = re.compile(r"^(?:the\s+)?(?:[\w-]*[^\Ws]\s+(?:and\s+)?){0,3}?(?i:officials|officers|experts|commanders|"
                           r"prosecutors)\s+(?:of|from)\s+(?:the\s+)?(?P<list>[A-ZÀ-ÞĀ-Ž][\w'’ -]*(?:,\s+[A-ZÀ-ÞĀ-Ž][\w'’ -]*)*"
                           r"\s+and\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’ -]*)$")
_GROUP_AT = re.compile(r"^(?:the\s+|all\s+)?(?P<noun>participants|delegates|attendees)\s+(?:of|at|in)\s+(?:the\s+|this\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:conference|meeting|forum|seminar|session|summit|talks|event|dialogue|"
                       r"consultations|workshop|symposium|round\s?table|exercises?|congress)$", re.IGNORECASE)
_IN_WHICH = re.compile(r"\s+(?:adopted|issued|signed|released|published)\s+(?:a|an|the)\s+(?:joint\s+)?(?:statement|declaration|"
                       r"communiqu[eé]|resolution|appeal)\s+in\s+which\s+(?:they|it)$", re.IGNORECASE)
_LEAD_WORD = re.compile(r"^(?:(?:and|but|while|meanwhile|however|also|then|so|that|as)\s+)+", re.IGNORECASE)  # ("But as")
_REFLEXIVE = re.compile(r"\s+(?:him|her|them|it)sel(?:f|ves)$", re.IGNORECASE)  # "as the IGP himself admitted"
_TRAIL_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_LEAD_ARTICLE = re.compile(r"^(?:the|all|a|an)\s+", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)
# academic degrees after a name: ", M.Si.", ", S.H.", ", Lc., M.A.", ", Ph.D."
_DEGREE = r"[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,3}\.)*"
_EXCELLENCY = re.compile(r"\b(?:His|Her|Their)\s+Excellenc(?:y|ies)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?=[A-ZÀ-ÞĀ-Ž])")
_DEGREES = re.compile(r",\s*" + _DEGREE + r"(?:,\s*" + _DEGREE + r")*(?=,?\s+[a-z])")
_PARTICLE_NAME = re.compile(r"^(?:al|el)-[A-ZÀ-ÞĀ-Ž]")  # a surname with its article: "al-Rubaie"
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|bin|ibn|de|da|van|von)-")
_TIME_TAIL = re.compile(
    r"(?:,?\s+(?:(?:late|early)\s+)?(?:on|last|this|next|earlier|later)\s+(?:\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"week|month|year|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2})|,?\s+(?:yesterday|today|tonight)|"
    r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)+,?$",  # news style's bare day: "Attorney General X Tuesday [announced]"
    re.IGNORECASE,
)
# how a _TIME_TAIL match ends
_TIME_END = re.compile(r"(?:day|week|month|year|night|morning|afternoon|evening|\d),?$", re.IGNORECASE)
_RELATIVE_START = re.compile(r"^(?:who|which|whose)\b", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)

@dataclass(frozen=True, slots=True)
class Mention:
    """Who a statement is attributed to, as the text says it, plus any role given beside it."""

    text: str
    role: str | None = None
    kind: str = "name"  # name | pronoun | description | definite | delegate | group | agentless


@dataclass(frozen=True, slots=True)
class Reported:
    """A statement found in a sentence: the quote span, who, and the attribution clause span."""

    start: int
    end: int
    mention: Mention
    verb: str
    attr_start: int
    attr_end: int
    kind: str  # reported | direct | written | group


def _segments(text: str) -> list[tuple[int, int]]:
    """Comma-separated segments of `text`, ignoring commas inside parentheses or quotes."""
    segs, depth, start = [], 0, 0
    for m in _SEGMENT_MARK.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            segs.append((start, i))
            start = i + 1
    segs.append((start, len(text)))
    return segs


_SEGMENT_MARK = re.compile(r"[,;:()\[\]]")
_NATIONAL_SIDE = re.compile(r"^(?:[Tt]he\s+)?(?P<adj>[A-ZÀ-ÞĀ-Ž][a-z]+)\s+side$")


@lru_cache(maxsize=16384)
def classify_subject(phrase: str) -> Mention | None:
    """A speaker mention from a subject phrase, or None when the phrase is not a speaker."""
    phrase = " ".join(phrase.strip(" ,;:-—–\"“”").split())
    phrase = _IN_WHICH.sub("", _LEAD_WORD.sub("", phrase))  # "X adopted a statement in which they [condemned]": X
    if phrase.endswith(("self", "selves")):
        phrase = _REFLEXIVE.sub("", phrase)
    if _TIME_END.search(phrase, max(0, len(phrase) - 10)):
        phrase = _TIME_TAIL.sub("", phrase)  # "the Ministry ... on Tuesday evening", "The Assembly (PACE) today"
    phrase = _TRAIL_PAREN.sub("", phrase)  # "Xinhua (reporter)"
    if may_open_with_dateline(phrase):
        phrase = DATELINE_PREFIX.sub("", phrase)
    if (numbered := PARAGRAPH_NUMBER.match(phrase)) is not None:
        phrase = phrase[numbered.end():]  # a summary's "9. China emphasized"
    words = phrase.split()
    if not words or len(phrase) > 160:
        return None
    low = phrase.lower()
    if low.startswith("according ") or low in _NOT_SUBJECTS or _NOT_SUBJECT_START.match(phrase) or \
            _UNNAMED_CROWD.match(phrase):
        return None
    # (each pattern below only after a word it needs is there: "side", an apostrophe, "spokes", "of", ...)
    side = _NATIONAL_SIDE.match(phrase) if "side" in phrase else None
    if side and country_of_demonym(side.group("adj")):  # "The Chinese side said": a party to talks
        return Mention(f"{side.group('adj')} side", kind="group")
    m = _DOCUMENT_OF.match(phrase) if "'" in phrase or "’" in phrase else None
    if m:  # "The UN Monitoring Team's latest report notes": the team speaks through its report
        return Mention(m.group("owner"), kind="name")
    m = _SPOKESPERSON_FOR.match(phrase) if "spokes" in phrase else None
    if m:  # "a spokesperson for the European Commission": the body speaks
        org, _in, seat = m.group("org").rpartition(" in ")
        body = org if org and canonical_place(seat) else m.group("org")  # not "... Office in Karlsruhe"
        return Mention(body, role=m.group("title"), kind="name")
    m = _HEAD_OF.match(phrase)
    if m:  # "the head of the UN Office of Counter-Terrorism": a description, named elsewhere
        role, name = split_role_name(phrase)
        if name and role and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
                canonical_place(name) is None:  # "The deputy secretary of the Security Council ... Oleg Rudenko"
            return Mention(name, role=_LEAD_ARTICLE.sub("", role), kind="name")
        return Mention(phrase, kind="description")
    if (" of " in phrase or " from " in phrase) and (m := _OFFICIALS_OF.match(phrase)) is not None and \
            all(canonical_place(c) for c in re.split(r",\s+|\s+and\s+", m.group("list"))):
        return Mention(_LEAD_ARTICLE.sub("", phrase), kind="group")  # "Police officials from A, B and C": their countries'
    m = _GROUP_OF.match(phrase) if "of" in phrase else None
    if m:
        role, name = split_role_name(phrase)
        if name and role and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
                canonical_place(name) is None:  # "Joint Chiefs of Staff Chairman Mark Milley": one person
            return Mention(name, role=_LEAD_ARTICLE.sub("", role), kind="name")
        return Mention(_LEAD_ARTICLE.sub("", phrase), kind="group")
    m = _GROUP_AT.match(phrase)
    if m:  # "The participants of the conference agreed": the meeting's participants
        return Mention(m.group("noun").lower(), kind="group")
    if _SUCCESSOR.match(phrase):  # "His successor": a description of the one who took over
        return Mention(phrase, kind="description")
    demonym = _THE_DEMONYM.fullmatch(phrase)
    if demonym and is_person_demonym(demonym.group(1)):  # "The Norwegian, a former officer ..., said": one person
        return Mention(phrase, kind="description")
    if _PRONOUN.match(phrase):
        low = phrase.lower()
        return Mention({"him": "he", "her": "she", "them": "they"}.get(low, low), kind="pronoun")
    m = _DESCRIPTION.match(phrase) if not plain_folds(words[-1]) or words[-1].lower() in _DESCRIPTION_NOUN_SET else None
    if m:
        return Mention(phrase, kind="description")
    m = _POSTED_TO.match(phrase) if "to" in low else None
    if m and _DESCRIPTION.match(m.group("desc")) and (canonical_place(m.group("to")) or m.group("to").isupper() or
                                                      m.group("to") in ("Kingdom", "Republic", "Sultanate", "Emirates")):
        # "Egypt's ambassador to China", "the envoy to the UN", "... to the Kingdom": a description (not "... to China
        # Khalid Sial")
        return Mention(m.group("desc"), kind="description")
    if _RELATIVE_PRONOUN.search(phrase):
        return None
    m = _DELEGATE.match(phrase) if any(map(phrase.__contains__, _DELEGATE_NOUNS)) else None
    if m:  # UN style: "the representative of Kazakhstan", "France's delegate"
        body = "delegation" if "delegation" in (m.group("noun"), m.group("owned")) else "representative"  # a country's
        return Mention(f"{body} of {m.group('country') or m.group('owner')}", kind="delegate")  # delegation speaks as one
    if words[-1][-1] in _GROUP_ENDS and _GROUP.match(phrase):
        return Mention(_LEAD_ARTICLE.sub("", phrase), kind="group")
    if _DEFINITE.match(phrase):
        return Mention(phrase, kind="definite")
    if len(words) > 22 or (len(words) > 16 and any(w[:1].islower() and w not in _OFFICE_LINK_WORDS and w not in ROLE_WORDS
                                                     and w not in ORG_WORDS for w in words)):
        return None  # only a capitalised office runs longer: "Deputy Chairman of the State Committee for National
        # Security (GKNB) of the Kyrgyz Republic Almaz Toktosunovich Jumabaev"
    if not any(w[:1].isupper() or _PARTICLE_NAME.match(w) for w in words):  # "al-Rubaie" is a name
        return None
    m = _DESCRIBED_NAME.match(phrase)
    if m and not _DESCRIPTION_STOP.intersection(_POSSESSIVE_START.sub("", m.group("desc")).lower().split()) and \
            not is_org_name(m.group("name")):  # "local youth worker Ciarán Doherty", "his U.S. counterpart X Y"
        role = _TITLE_AT_END.sub("", _POSSESSIVE_START.sub("", m.group("desc")).strip())  # a title, no office
        return Mention(m.group("name"), role=role, kind="name")
    titled = _TITLED_FOR.match(phrase)  # "U.S. Attorney X Y for the District of New Jersey": the office split by the name
    if titled and (split := split_role_name(titled.group("head")))[0] and split[1] and len(split[1].split()) >= 2 and \
            is_person_name(split[1]) and not is_org_name(split[1]) and \
            any(w.lower().strip(".") in ROLE_WORDS for w in split[0].split()):
        return Mention(split[1], role=f"{split[0]} {titled.group('tail')}", kind="name")
    if titled and split[0] is None and split[1] and split[1] != titled.group("head") and len(split[1].split()) >= 2 and \
            is_person_name(titled.group("head")) and not is_org_name(split[1]):
        return Mention(split[1], kind="name")  # "Rep. Park Dong-hoon of the ruling Democratic Party": the person
    located = _LOCATED.match(phrase)  # "Rep. Park Dong-hoon of the ruling party", "the Indian embassy in Beijing"
    if located and _INDEFINITE_PERSON.match(located.group("head")):
        return Mention(located.group("head"), kind="description")  # "A Nigerian officer at the Defense HQ": unnamed
    # "X Y of the African Centre for ... (ACSRT) in Algiers": X Y, of that centre (the bracket would end a name's run)
    if located and is_person_name(head := located.group("head")) and len((split_role_name(head)[1] or "").split()) > 1 \
            and "(" in phrase[len(head):] and not _LEAD_ARTICLE.match(head) and not is_org_name(head):
        return Mention(head, role=phrase[len(head):].strip(), kind="name")
    if located and ((is_person_name(located.group("head")) and len((split_role_name(located.group("head"))[1] or "").split()) > 1)
                    or org_phrase(_LEAD_ARTICLE.sub("", phrase))[0]):
        return Mention(phrase)
    role, name = split_role_name(phrase)
    if name and role and len(name.split()) >= 2 and role.split()[0].lower() in ROLE_WORDS and \
            (role[:1].islower() or " of " in role) and not is_org_name(name) and \
            role.split()[-1].lower() not in ("in", "at", "on", "from", "near", "to", "by"):  # not "... meeting in Kuala Lumpur"
        return Mention(name, role=role, kind="name")  # "[Head|head] of the apparatus of the NAC Vladislav A. Gorbunkov"
    if name and role and len(name.split()) >= 2 and _BODY_THEN_OFFICE.match(role) and not is_org_name(name) and \
            role.split()[-1] in ROLE_WORDS and role.split()[-1] not in _OFFICE_LINK_WORDS and is_person_name(name) and \
            canonical_place(name) is None:
        return Mention(name, role=role, kind="name")  # "Bukit Aman Special Branch Counter-Terrorism Division principal
        # assistant director Datuk X Y": a body's name, then the office in it in lower case
    for w in words:
        low = w.lower().strip(",.()'’\"“”")
        if w[:1].islower() and low not in _LOWER_OK and not _PARTICLE_HYPHEN.match(low):
            return None
    if words[0].lower() in ("it", "this", "that", "there", "which", "who", "what", "these", "those"):
        return None
    if any(w.lower() in ("which", "who", "whom", "whose") for w in words):
        return None
    return Mention(phrase)


_OFFICE_LINK_WORDS = {"of", "the", "for", "and", "on", "in", "at", "to", "its"}  # "chief of its X unit"
_BODY_THEN_OFFICE = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][\w'’&.-]*\s+){2,8}(?:principal\s+|assistant\s+|senior\s+|deputy\s+|chief\s+|"
                               r"acting\s+|executive\s+|vice\s+|general\s+)*[a-z][\w-]*$")
_TITLE_AT_END = re.compile(r"\s+(?:Dr|Prof)\.$")
_INDEFINITE_PERSON = re.compile(r"^(?:a|an|one)\s+(?:[\w-]+\s+){0,3}(?:officer|official|diplomat|source|member|"
                                r"commander|soldier|analyst|expert|spokesman|spokeswoman|spokesperson|investigator|"
                                r"agent|employee|staffer|aide|adviser|advisor)$|"
                                r"^(?:one|another)\s+(?:[\w-]+\s+){0,2}(?:prosecutor|judge|lawyer|policeman|policewoman|"
                                r"resident|witness|journalist|researcher|activist|survivor|teacher|doctor|worker|villager|"
                                r"student|mother|father|parent|victim|relative|man|woman)$", re.IGNORECASE)  # "One prosecutor
# in West Africa told me": someone unnamed (where "a researcher at X" is the office of a name before it)
_POSSESSIVE_START = re.compile(r"^(?:his|her|their|the(?=\s+[\w.-]+['’]s\s))\s+", re.IGNORECASE)  # and "the
# EU's top diplomat X Y", "the bloc's foreign policy chief X Y"
_TITLED_FOR = re.compile(r"^(?P<head>[A-ZÀ-ÞĀ-Ž].+?)\s+(?P<tail>(?:for|of)\s+the\s+\w.*)$")
_LOCATED = re.compile(r"^(?P<head>.+?)\s+(?:of|from|at|in)\s+(?:the\s+)?\S")
_DESCRIBED_NAME = re.compile(r"^(?P<desc>(?:(?:his|her|their)\s+|[Tt]he\s+(?=[\w.-]+['’]s\s))?"
                             r"(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]*\s+)?(?:[a-z][\w'’-]*\s+){1,4}"
                             r"(?:(?:Air\s+Force|Army|Navy|Marine\s+Corps|Coast\s+Guard)\s+(?=[A-Z][a-z]{0,3}\.))?"  # a service
                             r"(?:(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Cmdr|Dr|Prof)\.\s+){0,3})"  # "army spokesperson Brig. Gen."
                             r"(?P<name>[A-ZÀ-ÞĀ-Ž][a-z\u00C0-\u024F'’][\w'’-]*"
                             r"(?:\s+(?:[A-Z]\.|[A-ZÀ-ÞĀ-Ž][a-z\u00C0-\u024F'’][\w'’-]*)){1,3})$")
_DESCRIPTION_STOP = NAME_PARTICLES | {  # a name's particles ("Abdulrahman bin Saad X") describe no one
    "of", "in", "at", "on", "to", "for", "with", "by", "from", "and", "or", "but", "the", "a", "an", "said", "says",
    "told", "has", "have", "had", "is", "was", "were", "are", "who", "which", "that", "this", "his", "her", "their",
    "its", "our", "also", "then", "when", "while", "after", "before"}
_FOR_HIS_PART = re.compile(r",\s*(?:for\s+(?:his|her|their|its)\s+part|in\s+(?:his\s+|her\s+|their\s+)?turn)\s*,?\s*$",
                           re.IGNORECASE)
_COORDINATED = re.compile(r",\s*(?:also\s+)?[a-z]+ed\s(?:(?!\bthat\b)[^,;:])*\band$")
_COORDINATED_AFTER_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+(?:also\s+)?(?P<verb>[a-z]{3,}ed|met|took\s+part|held|gave)\s"
                                     r"(?:(?!\bthat\b)[^,;:])*\band$")


_AGE_TAIL = re.compile(r"(?<=[a-zà-ÿ]),\s+\d{1,3},\s*$")


def _ends_part_or_turn(text: str) -> bool:
    """Whether `text` ends in "part" or "turn" (in any case), bar whitespace and a comma: as every _FOR_HIS_PART does."""
    end = text.rstrip()
    end = end[:-1].rstrip() if end[-1:] == "," else end
    return end[-4:].lower() in ("part", "turn")  # (no letter of theirs folds otherwise in a case-insensitive pattern)
_DASH_ASIDE = re.compile(r"\s+(?:--|[-–—])\s+[^-–—\"“”]{3,300}?\s+(?:--|[-–—])$")
_ASKED_OF = re.compile(r"\b(?:was|were|been|being|when|if|once)\s+$", re.IGNORECASE)
_WHO_ASIDE = re.compile(r"^\s*who\s+[^,]*\b(?:in|at|near|from)\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?$")


def _place_words(segment: str) -> bool:
    """Whether a segment after a relative clause ending "in <place>" names more of that place: "East Java", "Sindh"."""
    words = segment.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in ROLE_WORDS for w in words)


_ASIDE = re.compile(r"^\s*(?:in|at|on|during|after|before|from|speaking|addressing|while)\s+[a-z]")


def _clause_aside(left: str, segs: list[tuple[int, int]]) -> bool:
    """Whether the part before a verb's closing comma is a relative clause about what precedes it: "X, chairman of Y
    Company, which operates the port, said"; "X Y, Consul General of Kazakhstan in Urumqi, who attended the ceremony,
    told" (not "Another Wang, Lieutenant Colonel Wang Yuxin, who commanded ..., told": a name comes after the first)."""
    clause = left[slice(*segs[-2])].lstrip()
    if clause.startswith("which "):
        return True
    if not clause.startswith("who ") or len(segs) != 4 or segs[0][0] != 0:
        return False
    first = left[slice(*segs[0])]
    named = split_role_name(left[slice(*segs[1])].strip())[1]
    return len(first.split()) >= 2 and is_person_name(first) and (named is None or canonical_place(named) is not None)


def _demonym_item(phrase: str) -> bool:
    """A list's item that is one nationality word: "The Afghan" of "The Afghan, Pakistani and Tajik delegations"."""
    words = phrase.split()
    return 1 <= len(words) <= 2 and (len(words) == 1 or words[0] in ("The", "the")) and words[-1][:1].isupper() and \
        country_of_demonym(words[-1]) is not None


def _subject_before(text: str, verb_start: int) -> tuple[Mention, int] | None:
    """The speaker mention ending just before a reporting verb, with where it starts."""
    left = text[:verb_start]
    if left[-5:] == " and " and not _COORDINATED.search(left, 0, verb_start - 1) and \
            (coordinated := _COORDINATED_AFTER_NAME.search(left, 0, verb_start - 1)) is not None:
        left = left[:coordinated.start("verb")]  # "X Y supported the idea of a register and noted that ...": X Y's
    if left[-2:] == ", " and left.rstrip()[-2:-1].isdecimal() and (aged := _AGE_TAIL.search(left)) is not None:
        left = left[:aged.start()] + " "  # "One of them, X Y, 58, said": X Y
    if left[-3:] == "ly " and (adverb := _COMMA_ADVERB.search(left)) is not None:
        left = left[:adverb.start() + 1] + " "  # "X, the director, has rightly said": the appositive, closed
    stripped = left.rstrip()  # _AUX matches only if it matches the last word alone: a cheap test first
    aux = _AUX.search(left) if _AUX.search(stripped, max(0, len(stripped) - 12)) else None
    if aux:
        left = left[: aux.start()]
    left = left.rstrip()
    if (timeless := _timeless(left)) != left:  # "Xi on Wednesday said", "India and the US on Friday agreed"
        left = timeless + ("," if "," in timeless and left[len(timeless):].lstrip().startswith(",") else "")  # and
        # "<office>, X Y, on Thursday said": the appositive's closing comma stays (not "The DHQ, yesterday, said")
    if _ends_part_or_turn(left):
        left = _FOR_HIS_PART.sub("", left)  # "Mr. van der Berg, for his part, welcomed"
    if left[-1:] in "-–—" and (aside := _DASH_ASIDE.search(left)) is not None:
        left = left[:aside.start()]  # "the member states - A, B, C and D - said": the subject is before the aside
    coordinated = _COORDINATED.search(left) if "and" in left[-4:] else None  # (it ends in "and")
    if coordinated:  # "X, the minister, welcomed the agreement and said": the subject of both verbs
        left = left[:coordinated.start() + 1]
    if not left.strip():
        return None
    segs = _segments(left)
    if len(segs) >= 4 and not left[slice(*segs[-1])].strip() and _clause_aside(left, segs):
        left = left[:segs[-2][0] - 1] + left[segs[-2][1]:]  # "X, chairman of Y Company, which operates the port, said":
        segs = _segments(left)  # the clause is the company's, not the subject
    core = segs[:-1] if not left[slice(*segs[-1])].strip() else segs
    if len(core) >= 3 and ((_ASIDE.match(left[slice(*core[-2])]) and canonical_place(left[slice(*core[-1])].strip())) or
                           (_WHO_ASIDE.match(left[slice(*core[-2])]) and _place_words(left[slice(*core[-1])]))):
        left = left[:core[-3][1]]  # "X, in a separate interview in Camp Aguinaldo, Quezon City, said": an aside (and
        segs = _segments(left)  # "X, who runs a foundation in Lamongan, East Java, said": a relative clause's place)
    s, e = segs[-1]
    mention = classify_subject(left[s:e])
    if mention is not None and mention.kind == "group" and len(segs) >= 2 and \
            (first := next((j for j in range(len(segs) - 1, 0, -1) if not _demonym_item(left[slice(*segs[j - 1])])),
                           0)) < len(segs) - 1:
        s = segs[first][0] + len(left[slice(*segs[first])]) - len(left[slice(*segs[first])].lstrip())
        mention = Mention(_LEAD_ARTICLE.sub("", left[s:e].strip()), kind="group")  # "The Afghan, Pakistani and Tajik
        # delegations": all three
    if mention is not None and mention.kind == "name" and (listed_office := _office_list_name(left, segs)) is not None:
        return listed_office  # "Minister of Justice, Law and Parliamentary Affairs X Y said"
    if mention is not None and mention.kind == "name" and len(segs) >= 2 and canonical_place(mention.text):
        s, e = segs[-2]  # "X of the University of California, Berkeley said": the place ends X's affiliation
        mention = classify_subject(left[s:e])
    listed = _country_list(left.rstrip()) if "and" in left and "," in left else None  # the list's own words
    if listed and " and " in listed.group(0):  # "Turkey, Azerbaijan and Georgia on Wednesday pledged"
        mention = classify_subject(listed.group(0))
        if mention is not None:
            return mention, listed.start()
    if mention is not None and (mention.kind != "name" or mention.role is not None
                                or not (len(segs) >= 2 and _opens_lower_case(left[s:e]))):
        return mention, s + (len(left[s:e]) - len(left[s:e].lstrip()))
    found = _appositive(left, segs)
    if found is not None:
        return found
    if len(segs) >= 2:
        # "Chen Weixiong, deputy executive director of the ... (CTED), also stressed that"
        first = classify_subject(left[segs[0][0]:segs[0][1]])
        if first is not None and first.kind == "name" and segs[0][0] == 0:
            role = left[segs[1][0]:segs[-1][1]].strip(" ,")
            tagged = _COUNTRY_TAG.search(left, 0, segs[0][1])  # "X Y (Indonesia), speaking in his capacity as Chair of
            # the Committee pursuant to resolutions 1267 (1999), 1989 (2011) and ...": a UN summary's long office
            limit = 60 if tagged and is_country(tagged.group(1)) else 25
            if role[:1].islower() and len(role.split()) <= limit and not _CROWD_END.search(role):  # not "X, after the
                # attacks many experts said": a question addressing X, and others who said it
                return Mention(first.text, role=None if _COMPANY.match(role) else role, kind="name"), 0
    return None


def _opens_lower_case(phrase: str) -> bool:
    """Whether a phrase opens in lower case (not with a name's "al-") once a leading conjunction and article are off."""
    bare = _LEAD_ARTICLE.sub("", _LEAD_WORD.sub("", phrase.lstrip())).strip()
    return bare[:1].islower() and not _PARTICLE_NAME.match(bare)


_COUNTRY_TAG = re.compile(r"\(([A-ZÀ-ÞĀ-Ž][\w'’ -]{2,40})\)\s*$")
_CROWD_END = re.compile(r"\b(?:(?:many|some|most|several|other|numerous)\s+(?:[a-z]+\s+)?(?:experts|analysts|observers|critics|"
                        r"commentators|officials|sources|people|media|reports)|"  # and a country's bodies: "Minister X,
                        r"^\w+['’]s\s+(?:[a-z]+\s+)?(?:agencies|services|authorities|forces))$")  # Australia's intelligence
# agencies said ...": X is addressed
_OFFICE_OF_LIST = re.compile(r"\b(?:of|for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                             r"Sunday)\b)[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)*\s*$")
_LIST_ITEM = re.compile(r"\s*[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)*\s*$")
_LIST_LAST = re.compile(r"\s*[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)*\s+and\s+[A-ZÀ-ÞĀ-Ž]")


def _office_list_start(left: str, segs: list[tuple[int, int]], k: int) -> int:
    """The first segment of an office whose name is a list broken at its commas ("Minister of Foreign Affairs, Trade
    and Cooperation"), given `k`, the segment its list ends in; `k` itself when it continues no such office."""
    j = k
    while j >= 1 and (j == k or _LIST_ITEM.match(left[segs[j][0]:segs[j][1]])):
        if _OFFICE_OF_LIST.search(left[segs[j - 1][0]:segs[j - 1][1]]):
            return j - 1
        j -= 1
    return k


def _office_list_name(left: str, segs: list[tuple[int, int]]) -> tuple[Mention, int] | None:
    """'Chairman of the Committee on Defense, Security and Combating Corruption X Y': the name after an office
    whose list runs over commas, with that whole office as the role."""
    s, e = segs[-1]
    if len(segs) < 2 or not _LIST_LAST.match(left[s:e]):
        return None
    first = _office_list_start(left, segs, len(segs) - 1)
    if first == len(segs) - 1:
        return None
    whole = left[segs[first][0]:e].strip()
    role, name = split_role_name(" ".join(whole.replace(",", " ").split()))
    if not (role and name and len(name.split()) >= 2 and whole.endswith(name) and is_person_name(name)) or \
            is_org_name(name) or canonical_place(name) is not None:  # not "representatives of Brazil, ... and South Africa"
        return None
    return Mention(name, role=_LEAD_ARTICLE.sub("", whole[:-len(name)].strip()), kind="name"), \
        segs[first][0] + len(left[segs[first][0]:e]) - len(left[segs[first][0]:e].lstrip())


_ASIDE_NOTE = re.compile(r"\s*\((?:no\s+relation|not\s+related|unrelated)\b[^()]*\)$")


def _appositive(left: str, segs: list[tuple[int, int]], trailing: bool = False) -> tuple[Mention, int] | None:
    """ "Meanwhile, Gulnara Sydykova, a researcher at X, said" and "The head of X, Ruslan D., said"."""
    segs = [(s, e) for s, e in segs if left[s:e].strip()]
    if len(segs) < 2:
        return None
    last = left[segs[-1][0]:segs[-1][1]].strip()
    if "(" in last:
        last = _ASIDE_NOTE.sub("", last)  # "X (no relation to the minister)": X
    if _FIRST_PERSON_I.search(last):
        return None  # "X, formally invoked Article 42.7, and I can announce that all Member States expressed": the
        # speaker's own clause, no one's office
    if last[-1:] in "sea" and _CROWD_END.search(last):  # (how each of its nouns ends)
        return None  # "X, after the attacks many experts said": X is addressed; the experts said it
    if _is_role_phrase(last) and not _office_and_name(last):  # NAME, role, said
        for k in range(len(segs) - 2, -1, -1):
            seg = left[segs[k][0]:segs[k][1]]
            name = classify_subject(seg)
            if name is not None and (k == 0 or trailing or _intro_ok(left[:segs[k][0]])):
                if name.kind in ("delegate", "description"):  # "the interior minister, responding to X, said"
                    return name, segs[k][0]
                if name.kind == "name" and not is_person_name(seg) and (bare := _of_country(seg)) is not None:
                    seg, name = bare, classify_subject(bare)  # "X Y of Egypt, Chair of the Committee, said": X Y
                if name is not None and name.kind == "name" and is_person_name(seg):
                    role = left[segs[k + 1][0]:segs[-1][1]].strip(" ,")
                    before = left[segs[k - 1][0]:segs[k - 1][1]].strip() if k >= 1 else ""
                    if (role == "who" or role.startswith("who ")) and before and _is_role_phrase(before) and \
                            (k == 1 or _intro_ok(left[:segs[k - 1][0]])):  # "the new Commissioner, X, who took office"
                        present = _PRESENT_WAS.match(before)  # "Also present was the police chief, X, who said"
                        office = present.group("who") if present else before
                        return Mention(name.text, role=_LEAD_ARTICLE.sub("", office), kind="name"), segs[k - 1][0]
                    return Mention(name.text, role=None if role == "who" else role, kind="name"), segs[k][0]
                if name.kind == "name" and split_role_name(seg)[1] and not is_org_name(split_role_name(seg)[1] or ""):
                    return name, segs[k][0]  # "National Coordinator of Nacta X, in a briefing, said"
            if name is None and k == len(segs) - 2 and last == "who" and \
                    (present := _PRESENT_WAS.search(seg)) is not None:  # "Also present was <office> X Y, who said":
                named = classify_subject(present.group("who"))  # the one the inverted clause presents
                if named is None:  # (after an office too long to classify: "... Division (E8) principal assistant
                    office, person = split_role_name(present.group("who"))  # director Datuk Azlan Shukor")
                    named = Mention(person, role=office, kind="name") if person and office else None
                if named is not None and named.kind == "name" and is_person_name(named.text) and \
                        len(named.text.split()) >= 2 and not is_org_name(named.text):
                    return named, segs[k][0] + present.start("who")
            if not _is_role_phrase(seg.strip()):
                break
        return None
    if (bare := _of_country(last)) is not None and not is_person_name(last):
        last = bare  # "The Chair of the Committee, X Y of Egypt, said": X Y
    name = classify_subject(last)
    k = _office_list_start(left, segs, len(segs) - 2)  # "The Minister of Foreign Affairs, Trade and Cooperation, X"
    before = left[segs[k][0]:segs[-2][1]].strip()
    if k >= 2 and (before.startswith("and ") or ", and " in before):
        return None  # "The Secretary General, X, the President, Y, and the Chair, Z, condemned": three of them
    titled = name is not None and (is_person_name(last) or _titled_name(last))
    if name is not None and name.kind == "name" and (titled or _office_and_name(last)) and \
            _is_role_phrase(before) and (k == 0 or trailing or _intro_ok(left[:segs[k][0]])):
        role = _LEAD_ARTICLE.sub("", before) if titled else name.role
        return Mention(name.text, role=role, kind="name"), segs[k][0]  # role, NAME, said: "The head of X in Niamey,
        # Commissioner Issoufou Bakary Maïga, said"; "The head of the delegation, First Deputy Director of Y X Y, told":
        # the office the name comes with
    return None


_OF_COUNTRY = re.compile(r"^(?P<name>.+?)\s+of\s+(?:the\s+)?(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,3})$")


def _of_country(phrase: str) -> str | None:
    """A person's name with the country they come from or speak for cut off: "Ambassador X Y of Egypt" -> "Ambassador
    X Y"; None when the phrase is no name "of" a country."""
    m = _OF_COUNTRY.match(phrase.strip())
    if m is None or not is_country(m.group("place")):
        return None  # (not "X Y of Karachi": a city may be where someone lives, not whom they speak for)
    return m.group("name") if is_person_name(m.group("name")) else None


_PRESENT_INTRO = r"^\s*(?:Also\s+)?(?:present|attending)\b[^,]*?\s(?:was|were)\s+"  # "Also present at the event was"
_PRESENT_WAS = re.compile(_PRESENT_INTRO + r"(?P<who>[^,]+)$", re.IGNORECASE)
_PRESENT_BEFORE = re.compile(_PRESENT_INTRO + r"$", re.IGNORECASE)


def _office_and_name(phrase: str) -> bool:
    """An office with its holder's full name after it ("First Deputy Director of the FSB Vladislav Chertkov"): the
    person an appositive names, not a role phrase describing the one before."""
    mention = classify_subject(phrase)
    if mention is None or mention.kind != "name" or mention.role is None or len(mention.text.split()) < 2 or \
            not is_person_name(mention.text) or canonical_place(mention.text) is not None or \
            not _COMPASS_WORDS.isdisjoint(mention.text.split()):
        return False  # (not "... Counter Terrorism Policing North East": a region ends the office)
    if not phrase.rstrip(" ,.").endswith(mention.text):
        return True  # "Admiral X Y of the United States Navy": the office around the name
    last = mention.role.split()[-1]  # the office ends in a body, a rank, a portfolio, initials or a place: not "Chief
    # of the Terrorism Prevention Branch", whose "Prevention Branch" is no one
    return last.lower() in ORG_WORDS or last.lower() in ROLE_WORDS or last.lower() in _PORTFOLIOS or \
        (len(last) >= 2 and last.isupper()) or canonical_place(last) is not None or \
        canonical_place(" ".join(mention.role.split()[-2:])) is not None


_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"})
_PORTFOLIOS = frozenset({"affairs", "defence", "defense", "interior", "justice", "finance", "security", "communications",
                         "information", "education", "health", "trade", "energy", "transport", "migration", "cooperation",
                         "development", "policy"})


_FIRST_PERSON_I = re.compile(r"(?<![\w'’.-])I\s+(?:[a-z]+\s+)?(?:can|could|will|would|have|had|am|was|must|want|think|"
                             r"believe|hope|know|announce|say|said)\b")
_POSSESSIVE = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w.-]*['’]s$")
_RANKS = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Adm|Brig|Sgt|Sen|Rep|Gov|Amb|Rev|Sheikh|Justice|Judge|General|"
    r"Colonel|Major|Brigadier|Lieutenant|Captain|Admiral|Marshal|Ambassador|Senator|Minister|President|Professor|"
    r"Dame|Sir|Lord|Lady|Shri|Smt|Dato['’])\.?\s*)+"
)


_ENDS_IN_PREPOSITION = re.compile(r"\s(?:of|at|in|for|to|from)$")
_AS_START = re.compile(r"^[Aa]s\s+")
_DEMONYM_END = re.compile(r"(?:an|ese|i|ish|ch)$")


def _is_role_phrase(phrase: str) -> bool:
    """ "deputy director of X", "Director of Research at Y", "a researcher", "the head of Z", "who ..."."""
    phrase = _AS_START.sub("", phrase)  # "As a former head of X, Jean-Luc Marchand, told"
    if _COMPANY.match(phrase):
        return False  # "X, along with the other member states of Y, announced": company kept, no office
    words = phrase.split()
    if not words or is_person_name(phrase) or _titled_name(phrase):
        return False
    first = words[0].lower().strip(",.'’")
    for k, word in enumerate(words[:3]):  # "Niger's interior minister", "Mexico City's mayor"
        if word.endswith(("'s", "’s")) and _POSSESSIVE.match(word) and len(words) > k + 1:  # (how it ends, tested first)
            return words[k + 1][:1].islower() or any(w.lower().strip(",.'’") in ROLE_WORDS for w in words[k + 1:k + 4])
    if not ROLE_WORDS.isdisjoint([w.lower().strip(",.:'’") for w in words[1:4]]):  # (no generator for three words)
        role, name = split_role_name(phrase)  # "Austrian Federal Minister of the Interior": no name after the office
        if name is None or _ENDS_IN_PREPOSITION.search(role or ""):  # "... Division at Bukit Aman": a place, not a name
            return True
    return phrase[:1].islower() or first in ("the", "a", "an", "his", "her", "their") or first in ROLE_WORDS or \
        first in _LOWER_OK


_COMPANY = re.compile(r"(?:along|together|jointly|in\s+(?:cooperation|partnership|coordination))\s+with\b|as\s+well\s+as\b",
                      re.IGNORECASE)


def _titled_name(phrase: str) -> bool:
    """A name after a short title made only of office words or their initials: "Chief Superintendent Clémence
    Zongo-Ouédraogo", "Nigerian Maj. Gen. Chikezie Ogbonnaya-Ude", "AIGP Joseph Mugisha"."""
    first, _space, rest = phrase.partition(" ")
    if rest and _DEMONYM_END.search(first) and country_of_demonym(first) and is_person_name(rest):
        return True
    role, name = split_role_name(phrase)
    return name is not None and role is not None and len(role.split()) <= 3 and not is_org_name(name) and \
        all(w.lower().strip(".") in ROLE_WORDS or (w.isupper() and w.isalpha() and 2 <= len(w) <= 5) for w in role.split()) \
        and not _ENDS_IN_PREPOSITION.search(role)  # (and a rank's initials: "AIGP Joseph Mugisha", "IGP X Y")


@lru_cache(maxsize=8192)  # names and short role phrases, asked about again for every mention
def is_person_name(phrase: str) -> bool:
    """A phrase that is a person's name, with at most a courtesy title: "Dr. Leila Mansour", "Mr. Chen",
    "Datuk Khairul Anuar Mohd Shafie"."""
    role, name = split_role_name(MALAY_TITLES.sub("", phrase))
    if name is None or is_org_name(name) or sum(w.lower() not in NAME_PARTICLES for w in name.split()) > 4:  # "Abdul Aziz bin
        # Mubarak Al Shammakh": four names and two particles
        return False
    if role is None or _RANKS.fullmatch(role):
        return True
    words = role.split()  # "Russian Lieutenant General": a nationality and a rank; not "Consul General in [Shanghai]"
    return len(words) <= 4 and all(w.lower().strip(".") in ROLE_WORDS for w in words) and bool(_RANKS.search(role)) and \
        not _ENDS_IN_PREPOSITION.search(role)


def appositive_subject(phrase: str) -> Mention | None:
    """The speaker a subject phrase names, appositives included: "the Chairman of X, Y Z" -> Y Z."""
    found = _appositive(phrase, _segments(phrase))
    return found[0] if found else classify_subject(phrase)


# "5,000 Europeans are estimated to have travelled", "The IMCTC was announced in 2015"; not "It was agreed that"
_PASSIVE_BEFORE = re.compile(r"\b(?:are|were|is|(?<![Ii]t\s)was|(?<![Ii]t\shas\s)been|being|must\s+be|should\s+be)\s+"
                             r"(?:(?:[a-z]+ly|also|further|then|later)\s+)?$")  # "must be firmly opposed", "was also informed"
# how the words before a verb end where _PASSIVE_BEFORE matches them ("are", "was", "been", "be", an adverb): a cheap test first
_PASSIVE_ENDS = ("re", "is", "as", "been", "being", "be", "ly", "also", "further", "then", "later")
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^,;]{2,120}?)\s+as\s+saying\b")
_AGENTLESS = re.compile(r"^(?:It\s+(?:was|is|has\s+been)\s+(?:agreed|stressed|noted|emphasi[sz]ed|underlined|"
                        r"pointed\s+out|stated|believed|hoped|decided|recognized|recognised)\b)", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according\s+to|with\s+reference\s+to|citing)\s+"
                        r"(?P<who>(?:\b(?:St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Jr|U\.S|U\.N)\.|(?-i:\b[A-ZÀ-ÞĀ-Ž]\.(?=\s?[A-ZÀ-ÞĀ-Ž]))|"
                        r"[^,.;])+)", re.IGNORECASE)  # "N.Pastukhov", "A. V. Bortnikov": initials
_ACCORDING_WORDS = ("according", "reference", "citing")  # one is in each form _ACCORDING takes
_AS_PUT = re.compile(r"^As\s+(?P<who>.{2,200}?),?\s+(?:put\s+it(?:\s+to\s+(?:me|us|reporters|journalists))?|said|noted|"
                     r"pointed\s+out|stressed|explained|"
                     r"observed)\s*,", re.IGNORECASE)
# What may follow a trailing attribution's verb up to the end of the sentence: ", X said on Monday, adding ..."
_TRAILING_TAIL = re.compile(
    r"(?:\s+(?:reporters|journalists|the\s+press|(?:the\s+)?(?-i:[A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w-]*){0,3})|the\s+\w+|"
    r"an?\s+(?:news\s+|press\s+|media\s+)?(?:briefing|conference|meeting|forum|seminar)))?"  # "told a briefing"
    r"(?P<tail>(?:\s+(?:here|there))?(?:\s+(?:today|yesterday|tonight|earlier|later))?"
    r"(?:\s+(?:on|in|at|during|after|before|last|this|to|while)\b[^,;]{0,120})?)"
    r"(?:\s*,\s*(?:adding|noting|stressing|saying|explaining|warning|insisting|pointing\s+out)\b.*)?"
    r"(?:\s*,\s*(?:days?|hours?|weeks?|shortly|just|ahead|before|after|while|as|when|during|following|amid|despite|"
    r"although|though|even\s+as|citing|"
    r"in\s+(?:a|an|the)|at\s+(?:a|an|the))\b[^;]{0,150})?\s*[.!?]?\s*$",
    re.IGNORECASE,
)
_TRAILING_AUX = re.compile(r"\s+(?:has|had|also)$", re.IGNORECASE)


def _trailing(sentence: str, verbs: list[tuple[int, int, str]]) -> tuple[str | Mention, str, int] | None:
    """ "..., a senior official said on Thursday." -> (who, verb, where the attribution starts): for each
    reporting verb, the words since the last comma are the speaker if the rest of the sentence is only a tail."""
    for v_start, v_end, verb in verbs:
        comma = max(sentence.rfind(",", 0, v_start), sentence.rfind(";", 0, v_start))
        if comma <= 10 or v_start - comma > 125 or _THAT_CLAUSE.search(sentence, v_end):
            continue  # "X, Y and Z said in a declaration that ...": what follows is said, not the tail
        if any(comma < other[0] < v_start for other in verbs):
            continue  # "..., the representative of X said that certain States that claimed ...": X's own verb comes first
        if not _TRAILING_TAIL.match(sentence, v_end):  # (the costliest test last)
            continue
        who = _TRAILING_AUX.sub("", sentence[comma + 1:v_start].rstrip())
        if _CONTENT_CLAUSE.match(who):
            continue  # "X said the JWG would meet ..., and that the two sides had agreed to ...": what X said
        if "and" in sentence[:v_start] and (listed := _country_list(_timeless(sentence[:v_start].rstrip()))) is not None \
                and listed.start() < comma:  # (the list ends in "and")
            continue  # "(In May,) the interior ministers of Britain, France and Germany pledged": one subject, not a tail
            # (and "A, B, C and the United States on Thursday pledged")
        if who.strip():
            return who, verb, comma
        else:  # "..., the head of X, Gen. Sergei Lyubimov, told reporters." (or "has said")
            left = sentence[:comma + 1]
            found = _appositive(left, _segments(left), trailing=True)
            if found is not None and found[1] > 10:
                return found[0], verb, found[1]
    return None


def _timeless(left: str) -> str:
    """Words before a verb without the time they end in: "A, B and C on Thursday" -> "A, B and C" (_TIME_TAIL only where
    _TIME_END finds how it ends: a cheaper test)."""
    return _TIME_TAIL.sub("", left) if _TIME_END.search(left, max(0, len(left) - 6)) else left


_CONTENT_CLAUSE = re.compile(r"\s*(?:(?:and|but)\s+)?(?:that|whether|how|why)\s")
# (r"\bthat" written as "t(?<!\w.)hat", no word character before the "t": the search skips to a "t")
_THAT_CLAUSE = re.compile(r"t(?<!\w.)hat\s+(?:the|a|an|it|they|he|she|we|this|there|[A-ZÀ-ÞĀ-Ž])")
_CLAUSE_GOES_ON = re.compile(r"(?:which|who)\b[^,]*,\s+(?:would|will|was|is|were|are|has|have|had|could|should|must|"
                             r"can|may|might)\b")
_INVERTED = re.compile(
    r"[,;]\s*(?P<verb>said|says|added|adds|noted|notes|stressed|stresses|explained|explains|told\s+\w+|wrote|writes)\s+"
    r"(?!that\b)(?P<who>(?:Mr|Mrs|Ms|Dr|Prof)?\.?\s*(?:(?!\bthat\b)[^,.;]){2,120}?)(?:\s*,\s*(?P<role>[^.;]{2,200}?))?"
    r"\s*[.!?]\s*$",  # not "..., told China Daily in Islamabad that the Division, set up in 2016, would ..."
    re.IGNORECASE,
)


_APPOSITIVE_VERB = r",\s+(?:has\s+|also\s+)?(?P<verb>said|says|told\s+[\w ]{1,40}?|added|noted|stressed|warned|explained)"
_TRAILING_APPOSITIVE = re.compile(
    r"[,;\"”]\s*(?P<who>[A-ZÀ-ÞĀ-Ž][^,;\"”]{1,60}?),\s*(?P<role>[^;\"”]{3,200}?)" + _APPOSITIVE_VERB +
    r"(?:\s+(?:on|in|at|during|after|before|last|this|to|while)\b[^,;]{0,80})?\s*[.!?]?\s*$",
)
# no comma follows that verb, so its comma is the sentence's last: a cheap test before the pattern's backtracking
_LAST_COMMA_VERB = re.compile(_APPOSITIVE_VERB)


_SAYING = re.compile(r",\s+(?:saying|adding|telling\s+[^,;]{2,80}?\s+that)\b")
_FIRST_PAST = re.compile(r"\b[a-z]{3,}ed\b")
_LEADING_NAME = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){2,8}(?=[a-z])")  # "Foreign Minister X Y struck a tone, telling"


def _saying(sentence: str, start: int, end: int) -> Reported | None:
    """ "The ambassador also introduced the measures, saying they are ...": the subject of the main verb."""
    m = _SAYING.search(sentence)
    if m is None:
        return None
    verb = _FIRST_PAST.search(sentence, 0, m.start())
    lead = _LEADING_NAME.match(sentence, 0, m.start())
    if lead and verb is None:  # an irregular main verb: "X struck a different tone, telling ... that"
        mention = classify_subject(lead.group(0))
        if mention is not None and mention.kind == "name":
            return Reported(start, end, mention, "said", start, start + m.end(), "reported")
    if verb is None or verb.start() == 0:
        return None
    found = _subject_before(sentence, verb.start())
    if found is None or found[0].kind not in ("name", "description", "pronoun"):
        return None
    return Reported(start, end, found[0], "said", start + found[1], start + m.end(), "reported")


@lru_cache(maxsize=256)  # a document's sentences are asked about more than once, on more than one path
def reported_in_sentence(text: str, start: int, end: int) -> Reported | None:
    """The statement a sentence reports, if it attributes itself to a speaker. Span = the whole sentence
    (less a leading dateline such as "BISHKEK, June 14 --")."""
    found = _reported(text, start, end)
    at = start + (numbered.end() if (numbered := PARAGRAPH_NUMBER.match(text, start, end)) else 0)  # ("7. According")
    if found is not None and found.mention.kind == "group" and text.startswith("According to ", at) and \
            (m := _ACCORDING.match(text, at, end)) is not None and \
            "joint" not in (who := m.group("who")).lower() and not _DOCUMENT_ONLY.match(who) and \
            (source := classify_subject(_source(who))) is not None and source.kind in ("name", "description"):
        return Reported(found.start, end, source, "according to", m.start(), m.end(), "reported")  # "According to a
        # press release issued by the Interior Ministry, the two sides agreed ...": one side's account (a joint one
        # would be both sides')
    return found


def _reported(text: str, start: int, end: int) -> Reported | None:
    """reported_in_sentence's reading, before an "according to" one side gives is put before the group it reports."""
    sentence = text[start:end]
    if may_open_with_dateline(sentence) and (prefix := DATELINE_PREFIX.match(sentence)) is not None:
        start += prefix.end()
        sentence = text[start:end]
    if ", " in sentence and "." in sentence:  # "X, M.Si. said": degrees after a name, blanked (offsets kept)
        sentence = _DEGREES.sub(lambda m: " " * len(m.group(0)), sentence)
    if "reports" in sentence[-40:] and (relay := _CORRESPONDENT_REPORTS.search(sentence)) is not None:
        sentence = sentence[:relay.start()] + "." + " " * (len(relay.group(0)) - 1)  # "..., X told a briefing on
        # Monday, Kazinform correspondent reports.": the agency relays what X said (blanked, offsets kept)
    if "xcellenc" in sentence:  # "Minister of Interior, His Excellency Mr. X Y, stressed": a courtesy, blanked too
        sentence = _EXCELLENCY.sub(lambda m: " " * len(m.group(0)), sentence)
    if "as saying" in sentence and (m := _QUOTED_AS.search(sentence)) is not None:
        mention = appositive_subject(m.group("who") + ", ")  # "The NAC Information Center quoted A.V. X as saying"
        if mention is not None and mention.kind in ("name", "description"):
            return Reported(start, end, mention, "quoted", start, start + m.end(), "reported")
    verbs = [v for v in find_verbs(sentence) if not (sentence[max(0, v[0] - 24):v[0]].rstrip().endswith(_PASSIVE_ENDS) and
                                                     _PASSIVE_BEFORE.search(sentence, max(0, v[0] - 24), v[0]))]
    if not verbs and (sentence[:3] in ("The", "All") or sentence[:1].isdecimal()) and \
            (not plain_folds(sentence) or any(map(sentence.lower().__contains__, _GROUP_VERB_WORDS))) and \
            (grouped := _GROUP_PRESENT.match(sentence)) is not None and \
            (mention := classify_subject(grouped.group("who"))) is not None and mention.kind == "group":
        return Reported(start, end, mention, " ".join(grouped.group("verb").lower().split()), start,
                        start + grouped.end(), "group")  # a communiqué's "3. The members call on the governments ..."
    if not verbs and "ccording" not in sentence and not (sentence[:1] in _IN_WORDS_FIRST and _IN_WORDS.match(sentence)):
        return _saying(sentence, start, end) if "saying" in sentence or "telling" in sentence else None
    if ("saying" in sentence or "telling" in sentence) and _SAYING.search(sentence, 0, verbs[0][0]) is not None \
            and (found := _saying(sentence, start, end)) is not None:
        return found  # "X sent a message of condolence to Y, saying that China opposes ...": X, not what "China opposes"
    tail = max(0, len(sentence) - 420)  # trailing attributions are short: search only the end
    late_verb = bool(verbs) and verbs[-1][0] >= tail  # (find_verbs gives them left to right)
    if late_verb and (("reported" in sentence and (relayed := _OUTLET_REPORTED.search(sentence, tail)) is not None and
                       any(v[0] < relayed.start() for v in verbs)) or
                      (" said" in sentence[-40:] and (relayed := _BODY_RELAYED.search(sentence, tail)) is not None and
                       any(v[0] < relayed.start() and v[2] in _PLAIN_SPEECH for v in verbs))):
        late_verb = False  # "X said ..., the official Xinhua news agency reported.", "X said ..., the ministry said.": X
        # speaks, the agency or the ministry relays it
    m = _TRAILING_APPOSITIVE.search(sentence, tail) if late_verb and \
        _LAST_COMMA_VERB.match(sentence, sentence.rfind(",")) is not None else None
    for _ in range(8):  # a role has no verb of its own: not "Nigeria, [Chad], Cameroon and Niger have agreed to ..., X's
        # defence minister, Y, has said" (then the next comma's)
        if m is None or not any(m.start("role") <= v[0] < m.end("role") for v in verbs):
            break
        m = _TRAILING_APPOSITIVE.search(sentence, m.start() + 1)
    if m:
        mention = classify_subject(m.group("who"))
        if mention and mention.kind == "name":
            mention = Mention(mention.text, role=m.group("role").strip(), kind="name")
            verb = m.group("verb").split()[0].lower()
            return Reported(start, end, mention, verb, start + m.start("verb"), end, "reported")
    m = _AS_PUT.match(sentence) if sentence[:1] in "Aa" else None
    if m:
        mention = appositive_subject(m.group("who") + ", ")
        if mention is None and m.group("who").lower().startswith(("a ", "an ")):
            mention = Mention(m.group("who"), kind="description")  # "As a senior prosecutor put it to me": unnamed
        if mention:
            return Reported(start, end, mention, "put it", start, start + m.end(), "reported")
    m = _ACCORDING.match(sentence)
    later = [v[2] for v in verbs if v[0] > m.end()] if m else []
    if later and (_DOCUMENT_ONLY.match(who := m.group("who")) or (_SOURCE_OF.match(who) and (
            "joint" in who.lower() or not _PLAIN_SPEECH.isdisjoint(later)))):
        m = None  # "According to the statement, Mr X also called on ...", "According to a press release issued by the
        # ministry, the minister said ...": X speaks, the statement only reports it
    if m:
        mention = classify_subject(_source(m.group("who")))
        named = _NAME_APPOSED.match(sentence, m.end())  # "According to the Secretary of the Security Council, X Y, who"
        if named and mention is not None and mention.role is None and split_role_name(mention.text)[1] is None:
            person = classify_subject(named.group("name"))
            if person is not None and person.kind == "name" and len(person.text.split()) >= 2 and \
                    not is_org_name(person.text) and canonical_place(person.text) is None:
                mention = Mention(person.text, role=_LEAD_ARTICLE.sub("", m.group("who").strip()), kind="name")
        if mention:
            return Reported(start, end, mention, "according to", start + m.start(), start + m.end(), "reported")
    m = _IN_WORDS.match(sentence) if sentence[:1] in _IN_WORDS_FIRST else None
    if m:  # "In his words, this allows ..."
        return Reported(start, end, Mention(m.group("who").lower().replace("his", "he").replace("her", "she"),
                                            kind="pronoun"), "said", start, start + m.end(), "reported")
    m = _AGENTLESS.match(sentence) if sentence[:1] in _IT_FIRST else None
    if m:
        return Reported(start, end, Mention("", kind="agentless"), m.group(0).split()[-1], start,
                        start + m.end(), "group")
    m = _INVERTED.search(sentence, tail) if late_verb else None
    if m and m.group("verb").lower().startswith("told") and " " not in m.group("who").strip():
        m = None  # "..., its Secretary-General, X, told Gulf News.": the outlet's name, no speaker after the verb
    if m and m.group("role") and _CLAUSE_GOES_ON.match(m.group("role")):
        m = None  # "X, Y, said the UK, which like Ireland is outside Schengen, would press ...": what was said
    if m:
        mention = classify_subject(m.group("who"))
        if mention and mention.kind == "name":
            role = m.group("role")
            if role and not _RELATIVE_START.match(role.strip()):
                mention = Mention(mention.text, role=role.strip(), kind="name")
            return Reported(start, end, mention, m.group("verb").split()[0].lower(), start + m.start(), end, "reported")
    if " by " in sentence and (m := _BY_GERUND.search(sentence)) is not None and \
            (found := _subject_before(sentence, m.start("act"))) is not None and _intro_ok(sentence[:found[1]]):
        # "X today opened the conference by calling on the participating States to ...": X calls on them
        return Reported(start, end, found[0], m.group("ger").lower(), start, start + m.end(), "reported")
    trailing = _trailing(sentence, verbs) if late_verb else None
    if trailing is not None:
        mention = trailing[0] if isinstance(trailing[0], Mention) else classify_subject(trailing[0])
        if mention:
            return Reported(start, end, mention, trailing[1], start + trailing[2], end, "reported")
    for v_start, v_end, verb in verbs:
        if v_start == 0 or (_noun_use_end(sentence[max(0, v_start - 12):v_start]) and
                            _NOUN_USE.search(sentence, max(0, v_start - 12), v_start)):
            continue
        if sentence.endswith((" who ", ", who "), 0, v_start) and _later_verb(verbs, v_end, sentence):
            continue  # "X, who spoke at the same session, noted that": the relative clause's verb is not X's report
        if (which := sentence.rfind(", which ", 0, v_start)) >= 0 and "," not in sentence[which + 8:v_start] and \
                sentence[v_end:v_end + 2].lstrip().startswith(","):
            continue  # "The Belt and Road Initiative, which the UK has welcomed, will help ...": the clause's verb
            # (but "the report, which she said had carried out ...", is hers)
        if verb.startswith("asked") and _ASKED_OF.search(sentence, max(0, v_start - 12), v_start):
            continue  # "the minister was asked why": the question is someone else's
        found = _subject_before(sentence, v_start)
        if found is None:
            if v_start > 200:
                break
            continue
        mention, subj_start = found
        if verb in ("agreed", "agree", "agrees") and mention.kind in ("pronoun", "name") and \
                _MEETING.match(sentence, v_end):
            continue  # "He agreed to meet ...": an arrangement, not a statement
        if verb in ("answered", "responded", "replied") and _THE_QUESTIONS.match(sentence, v_end):
            continue  # "X answered the questions of Kazinform": an interview's introduction, the answers come below
        if verb in ("claimed", "claims") and sentence[v_end:v_end + 16].strip().startswith("responsibility"):
            continue  # "JAS has claimed responsibility for attacks": a deed, not a statement
        if verb in ("maintained", "maintains") and not sentence[v_end:v_end + 8].lstrip().startswith(("that", ",", "\"", "“")):
            continue  # "the two sides have maintained close communication": a deed; "X maintained that ..." is not
        parenthetical = sentence[:subj_start].rstrip().endswith(",") and sentence[v_end:v_end + 2].startswith(",")
        if subj_start > 0 and not parenthetical and not _intro_ok(sentence[:subj_start]) and \
                not _PRESENT_BEFORE.match(sentence, 0, subj_start):  # "Also present was X, who said"
            continue
        if mention.kind == "group" and _TWO_OF.match(mention.text) and (source := _ACCORDING.search(sentence, v_end)) \
                is not None and sentence[source.start() - 2:source.start()] == ", " and \
                _DOCUMENT_WORD.search(source.group("who")) is None:
            break  # "The two governments also committed to ..., according to the Ministry of Justice": the ministry's
            # word for what two unnamed parties did
        if mention.kind == "description" and subj_start > 0 and (behalf := _SPEAKING_FOR.match(sentence)) is not None and \
                _BARE_DELEGATE.fullmatch(mention.text):  # "Speaking for the United States, the representative said"
            mention = Mention(f"representative of {behalf.group('country')}", kind="delegate")
        clause_end = _clause_end(sentence, v_end)
        kind = "written" if verb in _WRITING_VERBS else "group" if mention.kind == "group" else "reported"
        return Reported(start, end, mention, verb, start, start + clause_end, kind)  # with its intro: "On Monday, X said"
    cites = not plain_folds(sentence) or any(map(sentence.lower().__contains__, _ACCORDING_WORDS))  # (else no _ACCORDING)
    m = _ACCORDING.search(sentence) if cites else None
    if m and "joint" in m.group("who").lower() and _SOURCE_OF.match(m.group("who")):
        group = _GROUP_AFTER.match(sentence, m.end())  # "According to a joint press release issued by X, the two sides
        mention = classify_subject(group.group("who")) if group else None  # reviewed ... and agreed": both sides'
        return Reported(start, end, mention, "according to", start + m.start(), start + m.end(), "group") \
            if mention is not None and mention.kind == "group" else None
    if m:
        mention = classify_subject(_source(m.group("who")))
        named = _NAME_AFTER.match(sentence, m.end())  # "..., according to its president, Li Weimin."
        if named and (person := classify_subject(named.group("name"))) is not None and person.kind == "name":
            mention = Mention(person.text, role=m.group("who").strip(), kind="name")
        if mention:
            return Reported(start, end, mention, "according to", start + m.start(), start + m.end(), "reported")
    return None


GROUP_PRESENT_VERBS = frozenset({
    "express", "call on", "call for", "call upon", "welcome", "condemn", "reaffirm", "stress", "underline", "underscore",
    "emphasise", "emphasize", "note", "urge", "recognise", "recognize", "commit to", "reiterate", "affirm", "support",
    "appreciate", "recall", "declare", "pledge", "acknowledge", "highlight", "encourage", "agree"})
# a group's words in a communiqué's present tense, which the verb table leaves out (as plurals, its words are nouns as
# often as verbs): "5. The members welcome the decision ...", "The Ministers, meeting in Dakar, express their concern"
# (every match opens with "The", "All" or a digit and has one of the verbs' first words: cheap tests first)
_GROUP_PRESENT = re.compile(r"^(?:\d{1,3}[.)]\s+)?(?P<who>(?:The|All)\s+[^,;:]{2,160}?)(?:,\s+(?:meeting|gathered|"
                            r"assembled|convened|having|who|which|represented|present)\b[^;:]{0,200}?,)?\s+"
                            r"(?:(?:also|further|strongly|firmly|once\s+again|again)\s+)?(?P<verb>(?i:"
                            + "|".join(w.replace(" ", r"\s+") for w in sorted(GROUP_PRESENT_VERBS, reverse=True)) + r"))\b")
_GROUP_VERB_WORDS = tuple(sorted({verb.split()[0] for verb in GROUP_PRESENT_VERBS}))
_SPEAKING_FOR = re.compile(r"(?:Speaking|Also\s+speaking)\s+(?:for|on\s+behalf\s+of)\s+"
                           r"(?P<country>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’ -]{1,40}?),\s")
_BARE_DELEGATE = re.compile(r"(?:the|its|that\s+country['’]s)\s+(?:representative|delegate|speaker)", re.IGNORECASE)


def _later_verb(verbs: list[tuple[int, int, str]], after: int, sentence: str) -> bool:
    """Whether a reporting verb follows the relative clause that ends at the next comma after `after`."""
    comma = sentence.find(",", after)
    return comma != -1 and any(v[0] > comma for v in verbs)


_THE_QUESTIONS = re.compile(r"\s+(?:to\s+)?(?:the\s+|some\s+|a\s+few\s+|our\s+|several\s+)?(?:\w+['’]s\s+)?questions\b")
_TWO_OF = re.compile(r"(?:the\s+)?(?:two|both)\s+", re.IGNORECASE)
_DOCUMENT_WORD = re.compile(r"\b(?:statement|declaration|communiqu[eé]|report|release|readout|document|agency|media)\b",
                            re.IGNORECASE)
_NAME_APPOSED = re.compile(r",\s+(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,7}),")  # and a rank
# before it: "..., Assistant Commissioner of Police Jimoh Adebayo Olaniran, the meeting ..."
_NAME_AFTER = re.compile(r",\s+(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3})\s*[.!]?\s*$")


_NOUN_USE_WORDS = ("member", "the", "of", "these", "those", "all", "some", "other", "two", "three", "several", "many", "united",
                   "his", "her", "their", "its", "our", "a", "an")
_NOUN_USE = re.compile(r"\b(?:" + "|".join(_NOUN_USE_WORDS) + r")\s+$", re.IGNORECASE)


def _noun_use_end(before: str) -> bool:
    """Whether the words before a verb may end as _NOUN_USE needs ("the", "its", ... and a space): a cheap test first."""
    end = before.rstrip()
    return not plain_folds(end) or end.lower().endswith(_NOUN_USE_WORDS)


_GROUP_HEAD = (r"(?i:(?:interior|defen[cs]e|justice|home|security|finance|police|high|senior|top|military|army|armed)\s+)?"
               r"(?i:leaders|heads\s+of\s+state|presidents|ministers|envoys|foreign\s+ministers|representatives|delegations|"
               r"chiefs(?:\s+of\s+(?:general\s+)?staffs?)?|heads\s+of\s+delegations?|commanders|officials|officers|experts|"
               r"prosecutors|governments|forces|militaries|armies|agencies)")  # and "The Governments of A, B and C"


def _country_list(text: str) -> re.Match[str] | None:
    """_COUNTRY_LIST in `text`, tried only when "and" is one of its last four words (as in every list it takes)."""
    return _COUNTRY_LIST.search(text) if "and" in text.rsplit(None, 4)[-4:] else None


# (and "Police and intelligence officials from A, B and C")
_COUNTRY_LIST = re.compile(rf"(?:^|(?<=,\s))(?:(?:[Tt]he\s+)?(?:[\w-]+\s+(?:and\s+)?){{0,2}}?{_GROUP_HEAD}"
                           rf"(?:\s+and\s+{_GROUP_HEAD})?\s+(?:of|from)\s+)?"
                           r"(?:(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?,\s+)+"  # "..., the UK"
                           r"(?:(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?\s+)?"
                           r"and\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?$")
def _source(who: str) -> str:
    """Who an "according to" names: "a statement issued by the Ministry of Interior after the meeting" -> "the
    Ministry of Interior"."""
    return _RELEASED_WHEN.sub("", _AFTER_OCCASION.sub("", _SOURCE_OF.sub("", who)))


_RELEASED_WHEN = re.compile(r"\s+(?:released|issued|published|posted|distributed|circulated)\b(?:\s+(?:in|on|at|last|this|"
                            r"earlier|late|yesterday|today|here)\b.*)?$")  # "... of the Ministry released in Beijing on
# Wednesday": the ministry
_AFTER_OCCASION = re.compile(r"\s+(?:after|following|during|at\s+the\s+end\s+of)\s+(?:the|a|its|their)\s+[a-z]+(?:\s+[a-z]+)?$")
_BY_GERUND = re.compile(r"\s(?P<act>opened|closed|began|started|concluded|ended|kicked\s+off|wrapped\s+up)\s[^.;:\"“]{3,200}?"
                        r"\sby\s+(?P<ger>calling\s+(?:on|for)|stressing|urging|noting|saying|emphasi[sz]ing|underlining|"
                        r"highlighting|pointing\s+out|warning|recalling|reaffirming|expressing)\b")
_DOCUMENT_ONLY = re.compile(r"^(?:(?:the|a|an|its|this|that)\s+(?:\w+\s+)?(?:statement|report|release|communiqu[eé]|readout|"
                            r"letter|document|press\s+service|press\s+office|press\s+cent(?:er|re))|(?:[\w'’-]+\s+){0,4}(?:news\s+agency|state\s+media|state\s+television|"
                            r"media\s+reports?))$", re.IGNORECASE)  # "According to China's official Xinhua news agency, X
# told the meeting that ...": X speaks, the agency relays it
_CORRESPONDENT_REPORTS = re.compile(r",\s+(?:an?\s+|the\s+)?(?:(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){1,3}(?:correspondents?|reporters?)|"
                                    r"press\s+(?:service|office|cent(?:er|re))(?:\s+of\s+[^,;\"“”]{2,80}?)?)\s+"
                                    r"reports\.?\s*$")  # and "..., the press service of the GKNB reports.
_OUTLET_REPORTED = re.compile(r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:news\s+agency|agency|media|newspaper|television|"
                              r"broadcaster)\s+reported\.?[\"”]?\s*$")
_PLAIN_SPEECH = frozenset({"said", "says", "told", "stressed", "noted", "added", "warned", "stated", "emphasised",
                           "emphasized", "underlined", "pointed", "affirmed"})  # (not "briefed", "approved" or "agreed",
# which a release reports of someone)
_GROUP_AFTER = re.compile(r",\s+(?P<who>(?:the\s+)?(?:two|three|four|both)\s+(?:sides|countries|delegations|parties|"
                          r"governments)|the\s+(?:sides|parties|participants|ministers|delegations))\b")
_BODY_RELAYED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:ministry|statement|release|communiqu[eé]|spokesman|"
                           r"spokeswoman|spokesperson|press\s+service)\s+said\.?[\"”]?\s*$")
_SOURCE_OF = re.compile(r"^(?:a|an|the)\s+(?:written\s+|joint\s+|brief\s+|new\s+|recent\s+|latest\s+)?(?:press\s+)?(?:statement|"
                        r"report|communiqu[eé]|release|handout|readout|letter|study|survey|analysis|assessment)\s+(?:from|by|"
                        r"issued\s+by|of|published\s+by|conducted\s+by)\s+", re.IGNORECASE)  # "according to a study by
# X", "according to a press release issued by X": X
_IN_WORDS = re.compile(r"^(?:In|According\s+to)\s+(?P<who>his|her)\s+(?:words|view|opinion|estimate|assessment),",
                       re.IGNORECASE)
# the letters a case-insensitive "I" (and "İ", "ı") or "A" matches: how _IN_WORDS, _AGENTLESS and _AS_PUT can open
_IT_FIRST = "Iiİı"
_IN_WORDS_FIRST = _IT_FIRST + "Aa"
_PARTICIPLE_INTRO = re.compile(
    r"^(?:asked|speaking|replying|responding|addressing|commenting|referring|answering|talking|writing|"
    r"reacting|briefing|opening|closing|explaining|noting|echoing|introducing|presenting|concluding|summing\s+up|"
    r"welcoming|turning\s+to|in\s+(?:his|her|their|a|the)\s+\w+)\b",
    re.IGNORECASE,
)


_PREPOSITION_START = re.compile(r"^(?:On|At|In|During|After|Before|Ahead\s+of|Following)\s")


def _intro_ok(prefix: str) -> bool:
    """Text before a subject may be an adverbial ("On Wednesday, ", "In his message, ") but not a clause."""
    prefix = prefix.strip()
    if not prefix:
        return True
    if not prefix.endswith(","):
        return False
    if _PARTICIPLE_INTRO.match(prefix):  # "Asked whether ..., " / "Replying to the question, "
        return True
    comma = prefix.find(", ")  # the same after a short adverbial: "Back in Subang, asked about reports that ..., "
    if comma > 0 and len(prefix[:comma].split()) <= 4 and _PARTICIPLE_INTRO.match(prefix[comma + 2:]):
        return True
    phrase = _PREPOSITION_START.match(prefix) is not None
    limit = 40 if phrase else 14  # "During his meeting with a delegation led by X, in the presence of Y, ": phrases,
    # however long, and the relative clauses of their nouns ("In response to queries on the deportation of an
    # accused, who had been absconding for years, ")
    return len(prefix.split()) <= limit and not _CLAUSE_WORD.search(_RELATIVE_ASIDE.sub("", prefix) if phrase else prefix)


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\b[^,]*(?=,)")


_CLAUSE_STOP = re.compile(r"t(?<!\w.)hat\b|,|:|;|\"|“")  # r"\bthat\b|[,:;\"“]", each form opening with its character
_CLAUSE_TAIL = re.compile(r"(?:\s+(?:on|in|at|during|before|after|while|last|this|earlier|via|through)\b"
                          r"[^,:;\"“]{0,50}?)+(?=\s+that\b|\s+to\s+(?!the\b|a\b|an\b|reporters\b|journalists\b)[a-z]+\s|"
                          r"[,:;\"“]|$)")  # and "agreed on Wednesday in X to set up ...": the clause, then what was agreed


def _clause_end(sentence: str, verb_end: int) -> int:
    """Where the attribution clause stops: before "that", a comma or a quote; else after the verb's
    prepositional phrases ("in a Monday press briefing", "to reporters in Moscow")."""
    m = _CLAUSE_STOP.search(sentence, verb_end)
    if m and m.start() - verb_end <= 90:
        return m.start()
    tail = _CLAUSE_TAIL.match(sentence, verb_end)
    return tail.end() if tail else verb_end


_OPEN = "\"“«„"
_OPEN_RE = re.compile("[\"“«„]")
_CLOSE = {"\"": "\"", "“": "”", "«": "»", "„": "“"}


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) spans of quotation contents (inside the marks) in text[start:end]."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        found = _OPEN_RE.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        j = text.find(_CLOSE[ch], i + 1, end)
        if ch == "\"" and j == -1:
            j = text.find("”", i + 1, end)
        if j == -1:  # a quotation running on into the next paragraph
            if end - i > 20:
                spans.append((i + 1, end))
            break
        spans.append((i + 1, j))
        i = j + 1
    return spans


_AFTER_QUOTE = re.compile(
    r"^[\"”»]?\s*(?:[,—–-]+\s*)?(?P<who>[^,.;\"“”]{1,120}?)\s+(?:has\s+|had\s+|also\s+)?(?P<verb>said|says|added|adds|"
    r"noted|notes|stressed|stresses|warned|warns|explained|explains|told\s+[\w ]{1,40}?|insisted|insists|"
    r"concluded|continued|went\s+on|wrote|writes|emphasi[sz]ed|asked|replied|declared|argued)\b",
    re.IGNORECASE,
)
_AFTER_QUOTE_VERBS = ("said", "says", "add", "note", "stress", "warn", "explain", "told", "insist", "concluded", "continued",
                      "went", "wrote", "writes", "emphasi", "asked", "replied", "declared", "argued")  # one is in each form
_AFTER_QUOTE_VERB = contains_any(_AFTER_QUOTE_VERBS)
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Amb", "Col", "Lt", "Maj", "Capt", "Gov", "St", "Brig", "Adm",
           "Sgt", "Supt", "Cdr", "Hon", "Rev")
_TITLE_ABBREVIATION_BEFORE = "|".join(rf"(?<=\b{t})" for t in _TITLES)
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in _TITLES)  # the full stop of "Mr." ends no sentence
_AFTER_QUOTE_INVERTED = re.compile(
    r"^[\"”»]?\s*(?:,|\s[-–—])?\s*(?P<verb>said|says|added|adds|noted|explained|asked|replied|wrote|stated|stressed|"
    r"emphasi[sz]ed|underlined|concluded)\s+"  # '"...," - stated the head of the Tajik delegation, X Y.'
    r"(?P<who>(?:\([^()]{1,30}\)|[^,.;\"“”]|(?:(?<=\b[A-ZÀ-ÞĀ-Ž])|" + _TITLE_ABBREVIATION_BEFORE +
    r")\.(?=\s?[A-ZÀ-ÞĀ-Ž])){2,120}?)"
    # "said U.S. Attorney Kessling.", "said Mr. Sokolov.", "said rapporteur X (EPP, NL) after the vote."
    r"(?:\s*,\s*(?P<role>[^.;\"“”]{2,200}?))?\s*(?:(?<!\b[A-ZÀ-ÞĀ-Ž])" + _NOT_AFTER_TITLE + r"[.]|[,;]|[\"“”]|$)",
    re.IGNORECASE,
)
_DASH = re.compile(r"^[\"”»]\s*[—–-]{1,2}\s*(?P<who>[A-ZÀ-ÞĀ-Ž](?:[^,.;\n]|(?:(?<=\b[A-ZÀ-ÞĀ-Ž])|"  # "— CS Dr. X Y"
                   + _TITLE_ABBREVIATION_BEFORE + r")\.){1,80})")
_BEFORE_QUOTE = re.compile(
    r"\s(?P<verb>said|says|added|adds|noted|stressed|warned|explained|told\s+[\w ]{1,40}?|declared|wrote|writes|"
    r"asked|replied|continued)(?:\s+(?:on|at|in|during)\s+[^,:\"“]{1,60})?\s*[,:]\s*$",
    re.IGNORECASE,
)
DESCRIBING_VERBS = frozenset({"described", "called", "termed", "labelled", "labeled", "branded", "characterised",
                              "characterized", "dubbed"})
_DESCRIBED_AS = re.compile(r"(?:^|[.!?]\s+)(?P<who>[A-ZÀ-ÞĀ-Ž][^.!?\"“”,;]{1,100}?)\s+(?P<verb>"
                           + "|".join(sorted(DESCRIBING_VERBS)) + r")\s+[^.!?\"“”]{0,150}?(?:\s+as)?\s*$")
_BEFORE_AUX = re.compile(r"(?:\s+(?:has|had|also|then))+$", re.IGNORECASE)


_WHO_SETTING = re.compile(r"\s+(?:at|in|on|during|after|before|to|from|via)\s+.*$")
_STOP_OR_QUOTE = re.compile(r"[.!?][\"”»]?\s|[\"“]")
_LAST_WORD = re.compile(r"([\w.]+)$")
_SENTENCE_BREAK = re.compile(r"[.!?:\"“”]\s+")
_CLAUSE_MARK = re.compile(r"[,.;:\"“”]")
_SENTENCE_OR_AND = re.compile(r"[.!?]\s+|\band\b")


def _clause_stop(text: str) -> int:
    """Where the sentence holding an attribution ends (not at "Lt." or "Mr.") or the next quotation starts."""
    for m in _STOP_OR_QUOTE.finditer(text):
        if m.group(0)[0] == ".":
            word = _LAST_WORD.search(text[:m.start()])
            if word and (word.group(1).lower().rstrip(".") in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        return m.start()
    return len(text)


def direct_attribution(text: str, q_start: int, q_end: int, para_start: int, para_end: int) -> tuple[Mention, str] | None:
    """The speaker of a quotation from the words right after or right before it."""
    after = text[q_end:min(para_end, q_end + 200)]
    after = (after[1:] if after[:1] in ",.!?" else after)
    ended = text[q_end - 1:q_end] in (".", "!") and after.lstrip("\"”» ")[:1].isupper()  # a new sentence follows
    m = _AFTER_QUOTE_INVERTED.match(after)
    if m and m.group("role") and is_person_name(m.group("role").strip()) and _is_role_phrase(m.group("who").strip()):
        # '"...," - stated the head of the Tajik delegation, Sirojiddin Mirzoev.'
        return Mention(m.group("role").strip(), role=_LEAD_ARTICLE.sub("", m.group("who").strip()), kind="name"), \
            m.group("verb").lower()
    if m:  # '"...," said UNODC Executive Director Helena Sorvali at the launch event'
        mention = classify_subject(_WHO_SETTING.sub("", m.group("who")))
        if mention and mention.kind == "name":
            if m.group("role"):
                mention = Mention(mention.text, role=m.group("role").strip(), kind="name")
            return mention, m.group("verb").lower()
    m = _AFTER_QUOTE.match(after) if not plain_folds(after) or _AFTER_QUOTE_VERB.search(after.lower()) is not None else None
    if m:
        mention = classify_subject(m.group("who"))
        if mention and not (ended and mention.kind == "pronoun"):  # '..." He said X' starts a sentence of its own
            return mention, " ".join(m.group("verb").lower().split()[:1])
    tail = after.lstrip("\"”» ,")
    clause = tail[:_clause_stop(tail)]
    for v_start, _v_end, verb in find_verbs(clause)[:1]:
        found = _subject_before(clause, v_start) if 0 < v_start <= 200 else None
        if found is not None and found[1] == 0 and not (ended and found[0].kind == "pronoun"):
            return found[0], verb.split()[0]  # '"...," the minister, Claire Morand, told reporters'
    m = _DASH.match(after)
    if m:
        mention = classify_subject(m.group("who").strip())
        if mention:
            return mention, "—"
    before = text[max(para_start, q_start - 200):q_start - 1]
    m = _DESCRIBED_AS.search(before) if any(map(before.__contains__, DESCRIBING_VERBS)) else None  # 'The minister
    # described the situation in Libya as "a direct threat"'
    if m:
        mention = classify_subject(_BEFORE_AUX.sub("", m.group("who")))
        if mention and mention.kind in ("name", "description", "pronoun"):
            return mention, m.group("verb").lower()
    m = _BEFORE_QUOTE.search(before, max(0, len(before) - 120)) if before.rstrip()[-1:] in (",", ":") else None  # (it ends
    # in one)
    if m:
        left = _SENTENCE_BREAK.split(before[:m.start()])[-1].rstrip()
        if "," in left and (listed := _office_list_name(left, _segments(left))) is not None:
            return listed[0], " ".join(m.group("verb").lower().split()[:1])  # "Commissioner for Justice, Consumers
            # and Gender Equality X Y added: "...""
        who = _BEFORE_AUX.sub("", _CLAUSE_MARK.split(before[:m.start()])[-1])
        who = _SENTENCE_OR_AND.split(who)[-1][-160:]
        mention = classify_subject(who)
        if mention:
            return mention, " ".join(m.group("verb").lower().split()[:1])
    return None
