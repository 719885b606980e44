"""From one document's text to its facts: page layout, then statements, then speakers, dates and places."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from bot.facts.ingest.attribution import (
    DESCRIBING_VERBS,
    GROUP_PRESENT_VERBS,
    Mention,
    Reported,
    appositive_subject,
    direct_attribution,
    find_verbs,
    is_person_demonym,
    is_person_name,
    quotations,
    reported_in_sentence,
)
from bot.facts.ingest.context import (
    EVENT_AFTER,
    OCCASION,
    VIOLENT_ACTS,
    DocContext,
    clause_place,
    clause_setting,
    clause_when,
    document_context,
    held_place,
    ministry_spokesperson,
    remote_place,
    without_relative_clauses,
)
from bot.facts.ingest.dates import WEEKDAYS, contains_any, find_dates, header_date, plain_folds, resolve_relative, to_date
from bot.facts.ingest.layout import CAPTION_PICTURE, LABELLED_SALUTATION, Line, page_lines, prose_sentences
from bot.facts.ingest.names import (
    ABSTRACT_NOUN,
    GENERIC,
    GLUED_INITIAL,
    HEADLINE_VERBS,
    LEADING_ARTICLE,
    MALAY_TITLE,
    NAME_PARTICLES,
    ORG_WORDS,
    PEERAGE,
    ROLE_WORDS,
    SECOND_IN_LINE,
    Person,
    Registry,
    is_org_name,
    normalise_caps,
    org_phrase,
    split_role_name,
)
from bot.facts.ingest.places import canonical_place, countries, country_of_demonym, places_in
from bot.facts.ingest.reader import RawDocument
from bot.facts.ingest.sentences import ABBREVIATIONS, DATELINE_PREFIX, may_open_with_dateline, split_sentences
from bot.facts.model import Document, Fact


def _words_after_boundary(*words: str) -> str:
    r"""= r"\b(?:word|...)", each word's \b tested behind its first letter: a pattern opening on letters lets the regex
    engine skip ahead to them, which a leading \b does not."""
    return "(?:" + "|".join(rf"{w[0]}(?<!\w.){w[1:]}" for w in words) + ")"


_FIRST_PERSON = re.compile(_words_after_boundary("I", "we", "We", "our", "Our", "us", "my", "My", "me") + r"\b")
_DECLARATION_TITLE = re.compile(r"^(?:The\s+)?(?P<who>(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\s+){1,5}?)(?:Joint\s+)?(?:Declaration|Statement|"
                                r"Communiqu[eé]|Communique)\b")
_WE_THE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?We,\s+the\s+(?P<who>[A-ZÀ-ÞĀ-Ž][^;:]{4,400}?),\s+(?:having\s+)?"
                     r"(?:met|gathered|assembled|convened|meeting|declare|adopt|hereby|agree|affirm|reaffirm)\b")
_DOCUMENT_ADJECTIVES = {"joint", "final", "official", "full", "text", "press", "media", "the", "of"}
_WE_START = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:We|Our)\b")
_WE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:We|Our)\b|\bwe\b")
_FIRST_PERSON_SUBJECT = re.compile(_words_after_boundary("I", "we", "We") + r"\b")  # speakers say "we"; reporters write
# "told me"
_SETTING_VERBS = {"spoke", "speaks", "met"}  # who spoke where, not what was said
_THE_QUESTIONS = re.compile(r"\s+(?:the\s+|some\s+)?(?:(?:media|journalists['’]|reporters['’]|press)\s+)?questions\b")  # "X
# answered the questions of Y", "the deputy ministers answered media questions": a setting
_OPINION_SECTION = re.compile(r"^\W*(?:opinions?|op-?eds?|commentary|columns?|columnists|viewpoints?)\b(?:\W+\w+){0,3}\W*$",
                              re.IGNORECASE)
# a name line's parts: "Jane Roe | March 03, 2020", "Jane Roe    March" (= r" \| |\s{3,}", opening on one \s for both, so
# that the regex engine skips ahead to white space)
_NAME_LINE_PARTS = re.compile(r"\s(?:(?<= )\| |\s{2,})")
_BYLINE_ROLE_MARK = re.compile(r",|(?<=\w)/(?=[A-Z])")
_CRUMB_STEP = re.compile(r"\s[/>»]\s")  # a breadcrumb's step: "Home / Opinion / Op-Ed Contributors"
_OPINION = re.compile(r"^\W*(?:opinions?|op-ed|commentary|viewpoint|columns?|perspectives?|analysis)\b(?:(?:\W+\w+){0,4}\W*$|"
                      r"\s*[:|]\s+\S)", re.IGNORECASE)  # and a headline tagged "OPINION: ...", "Commentary | ..."
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_NOT_NAME_WORDS = {"Read", "Next", "More", "Related", "Top", "Stories", "Latest", "News", "Most", "Popular", "See",
                   "Also", "Follow", "Share", "Home", "Print", "Email", "Comments", "Video", "Photos", "Live",
                   "Updates", "Opinion", "Analysis", "World", "Business", "Sport", "Sports", "Tags", "Topics",
                   "After", "Before", "Beyond", "Behind", "Inside", "Amid", "Why", "How", "What", "When", "Where", "Towards",
                   "Toward", "Against", "Without", "Between", "From", "Across"}  # and a title's "After Doha, a ..."
_NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][a-z\u00C0-\u024F'’]+(?:-[A-ZÀ-ÞĀ-Ža-z][a-z\u00C0-\u024F'’]+)*"  # "Lindqvist-Oduya"
_NAME_LINE = re.compile(r"^" + _NAME_WORD + r"(?:\s+(?:[A-ZÀ-ÞĀ-Ž]\.|(?:(?:bin|bint|ibn|al|el|de|del|van|von|der|da|dos)\s+)?"
                        + _NAME_WORD + r")){1,3}$")  # "Abdullah bin Fahd Al-Otaibi"
_STATEMENT_PAGE = re.compile(r"\b(?:press\s+statement|statement|press\s+release|media\s+release)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?i:(?:critical\s+questions|commentary|analysis|op-?ed|opinion|essay|column|perspective|"
                     r"viewpoint|written)\s+)?(?i:by)\s+(?P<name>[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3})\s*"
                     r"(?:$|[|,(]|\s[-–—]\s|in\s+[A-Z][\w ]{1,30}\s+on\s+\d|(?:Source|Published|Updated)\s*:)")  # "By X in
# Opinion on 15 May 2019", "By X Source:Global Times Published: 2020/3/3"
_AUTHOR_NOTE = re.compile(r"^\W*The\s+(?:author|writer)\s+is\s+(?:an?\s+|the\s+)?(?P<role>[^.;]{3,160}?)(?:[.;,]|\s*$)")
_AUTHOR_NOTE_NAMED = re.compile(r"^\W*The\s+(?:author|writer)\s+is\s+(?:an?\s+|the\s+)?[^.;]{3,160}?,\s+"
                                r"(?P<name>[A-ZÀ-ÞĀ-Ž][^,.;]{3,80}?)\.?$")
_WRITES = re.compile(r"\bwrites\s+(?P<who>[^.,;]{3,120}?)\s*[.]?\s*$", re.IGNORECASE)
_ISSUED_NOUNS = ("statement", "declaration", "communiqu", "resolution")
_ISSUED_BY = re.compile(
    r"\b(?:joint\s+)?(?:statement|declaration|communiqu[eé]|resolution)\s+(?:was\s+)?(?:issued|adopted|released|signed|"
    r"agreed)\s+by\s+(?P<who>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][^.;]{2,200}?)(?=\s+(?:at|on|in|after|following|during)\b|\.)"
)
_ADOPTED_FOLLOWING = re.compile(
    r"(?P<who>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][^.:;]{2,400}?)\s+(?:(?:met|gathered|convened|held)\b[^.:;]{0,200}?\s+and\s+)?"
    r"(?:adopted|issued|released|agreed\s+on)\s+the\s+following\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])",
    re.IGNORECASE)
_INTRO_WORD = re.compile(r"(?:Following|After|On|In|At)\b")
_PARTICIPIAL_TAIL = re.compile(r",\s+(?:meeting|gathered|gathering|convened|assembled|who|which)\b.*$")
_PERSON_NAME = (r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:(?:al|el|bin|ibn|bint|van|von|de|da|der|den|dos|du)(?:-|\s+))?"
                + _NAME_WORD + r"){0,3})")  # "Adnan Abdul-Jabbar al-Rubaie", "Fahad bin Saleh"
_NEW_PERSON = re.compile(_PERSON_NAME + r"(?=,\s+(?:\d{1,3}|a|an|the|who|whose)\b)")  # "Ahmed, 27, ..."
_NAMED = re.compile(r"\bnamed\s+" + _PERSON_NAME)  # "a retired teacher named Birgitte Holm"
_BY_PERSON = re.compile(r"by(?<!\wby)\s+" + _PERSON_NAME + r"(?=,\s+(?:a|an|the)\s)")  # "coordinated by X Y, a programme officer"
_TOOK_OFFICE = re.compile(_PERSON_NAME + r"(?:\s+of\s+[A-ZÀ-ÞĀ-Ž][\w-]+)?,?\s+"
                          r"(?:took\s+office\s+as|was\s+(?:appointed|elected|named)(?:\s+as)?|became)\s+(?:the\s+(?:new\s+)?)?(?P<role>[a-z][\w-]*(?:\s+[\w-]+){0,8}?)"
                          r"(?=\s+(?:at|in|on|last|this|after|succeeding|replacing)\b|[,.;]|$)")
_APPOINTED_AS = re.compile(r"\bappointed\s+(?:(?:a|an|the)\s+[^,;]{2,60},\s+)?" + _PERSON_NAME +
                           r",?\s+as\s+(?:the\s+|its\s+)?new\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)(?=[,.;]|\s+and\b)")
# ("the president had appointed a retired army general, X Y, as the new defence secretary": the incoming holder)
_HONOURED = re.compile(r"\b(?P<title>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency))\s+"
                       r"(?:the\s+[A-ZÀ-ÞĀ-Ž][^,;]{2,150}?,\s+)?"  # "His Excellency the Secretary-General of X, Maj. Gen. Y"
                       r"(?:(?:Lt|Lieutenant|Maj|Major|Brig|Brigadier|Gen|General|Col|Colonel|Air\s+Chief\s+Marshal)\.?\s+){0,2}"
                       r"(?:(?:Prince|Princess|Sheikh|Sheikha|Mr|Mrs|Ms|Dr)\.?\s+)?"
                       r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+(?:(?:bin|bint|ibn|al|el)\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,6})")
_AGED = re.compile(r"^\d{1,2}$")  # an age in apposition: "Suparmi, 52,"
_CHIEF_GUEST = re.compile(r"(?P<who>[A-ZÀ-ÞĀ-Ž][^.;]{2,200}?)\s+was\s+the\s+"
                          r"(?P<title>(?i:chief\s+guest|guest\s+of\s+hono(?:u)?r))\b")
# "X, who served as defense secretary from 2011 to 2013,": a former holder of that office
_SERVED_AS = re.compile(_PERSON_NAME + r",\s+who\s+(?:had\s+)?(?:previously\s+)?(?:served\s+as|was)\s+(?:the\s+|[a-z]+['’]s\s+)?"
                        r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:from|until|till|between)\s+(?:\d{4}|[A-Z])")
_SUCCESSION = re.compile(r"\b(?P<role>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:predecessor|successor)\b[^,;]{0,60}),\s+"
                         r"(?:(?:the\s+|a\s+)?[a-z][\w-]*\s+){0,4}" + _PERSON_NAME + r"(?=,)")
# one holder of an office making way for another: "X handed over the post of RATS director to Y", "Y succeeded X",
# "X was replaced by Y"
_NAME_A, _NAME_B = (_PERSON_NAME.replace("(?P<name>", f"(?P<{g}>") for g in ("old", "new"))
_HANDED_OVER = re.compile(_NAME_A + r"\s+(?:has\s+)?handed\s+over\s+(?:the|his|her)\s+(?:post|duties|office|chairmanship|"
                          r"command|powers)\b(?:\s+(?:of|as)\s+(?P<office>[^.;,]{2,80}?)|[^.;]{0,100}?)\s+to\s+" + _NAME_B)
_SUCCEEDED = re.compile(_NAME_B + r",?\s+(?:who\s+)?(?:succeeded|succeeds|replaced|replaces|took\s+over\s+from)\s+" +
                        _NAME_A)
_SUCCEEDED_BY = re.compile(_NAME_A + r"\s+(?:was|is|will\s+be|has\s+been)\s+(?:succeeded|replaced)\s+by\s+" + _NAME_B)
_DELEGATION_HEAD = re.compile(r"\b(?P<adj>[A-ZÀ-ÞĀ-Ž][\w-]+)\s+delegation\s+(?:(?:was|is|were)\s+)?(?:headed\s+|led\s+)?by\s+"
                              r"(?P<who>[A-ZÀ-ÞĀ-Ž][^.;]{2,300}?)(?=,\s+(?:and\s+)?the\s|[.;]|$)")
_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<role>(?:[A-ZÀ-ÞĀ-Ž][\w-]*\s+)?counterpart),?\s+"
                          r"(?:(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Dr|Prof|Mr|Mrs|Ms|Prince|Sheikh)\.?\s+){0,3}"  # "Maj. Gen. X"
                          + _PERSON_NAME)
_NAME_PAIR = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3}"
_COUNTERPARTS = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<adj>[A-ZÀ-ÞĀ-Ž][a-z]+)\s+counterparts,?\s+"
                           rf"(?P<first>{_NAME_PAIR})\s+and\s+(?P<second>{_NAME_PAIR})\b")
# ("A and B held talks with their Russian counterparts C and D": C holds A's office, D B's)
_LIST_MARK = re.compile(r"\s*(?:\((?:[a-h]|[ivx]{1,4})\)|(?:[a-h]|[ivx]{1,4})\)|[-•–])\s")  # "(a) ", "ii) ", "• "
_ENUMERATOR = re.compile(r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Finally|Lastly|"
                         r"In addition|Moreover|Furthermore|Besides|Last but not least)\b")
_SPEECH_HEADING = re.compile(
    r"^(?:(?:full\s+)?text\s+of\s+(?:the\s+)?|(?:full\s+text|transcript)\s*:\s*|"
    r"(?:english\s+)?(?:rendering|translation)\s+of\s+(?:the\s+)?)?(?:(?:keynote|opening|closing|welcome|welcoming|video|written|"
    r"new\s+year|special|full|press|weekly)\s+)*(?:speech|remarks|address|statement|message|toast|lecture|comment|"
    r"commentary|article|speaking\s+notes|notes\s+for\s+an\s+address|briefing|news\s+conference|press\s+conference|"
    r"testimony)\s+"
    r"(?:(?:as\s+prepared\s+)?(?:for\s+delivery\s+)?by|delivered\s+by|"
    r"of|from|for)\s+"
    r"(?P<who>.+?)(?:\s+(?:at|to|on|in|during|before)\s+.*|\s+\d(?!\d{3}\s+[A-Z]).*|\s+\((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d.*|"
    r",\s+[A-ZÀ-ÞĀ-Ž][\w.'’ -]{1,30},\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d.*)?$",  # ", Moscow, September 14, 2017",
    # " (June 13, 2016)"
    re.IGNORECASE,
)
# the same, for an office "to the UN" before the name: "Statement by Permanent Representative ... to the UN Ambassador X Y"
_SPEECH_HEADING_TO = re.compile(_SPEECH_HEADING.pattern.replace(r"(?:at|to|on|in|during|before)", r"(?:at|on|in|during|before)"),
                                re.IGNORECASE)
_SPEECH_HEADING_AT = re.compile(_SPEECH_HEADING.pattern.replace(r"(?:at|to|on|in|during|before)", r"(?:at|during|before)"),
                                re.IGNORECASE)


_HEADING_CUT = re.compile(r"\s+(?:at|to|on|in|during|before)\s+", re.IGNORECASE)


def _named_heading(m: re.Match[str]) -> re.Match[str]:
    """A speech heading read on past a "to", then an "on" or "in", when the words before them name no one: "Address by
    the Minister to ...", "Statement by Director of the Department on New Challenges and Threats X Y at ..."."""
    if m.re is not _SPEECH_HEADING or split_role_name(m.group("who"))[1] is not None:
        return m
    if (longer := _SPEECH_HEADING_TO.match(m.string)) is not None and split_role_name(longer.group("who"))[1]:
        return longer
    start = m.start("who")
    for cut in _HEADING_CUT.finditer(m.string, m.end("who")):  # the first "on" or "in" before which a person is named:
        role, name = split_role_name(who := m.string[start:cut.start()])  # "Statement from <office> in Charge X Y on
        if role and name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
                canonical_place(name) is None:  # the Arrest of ... in a Joint Canada-U.S. ... Investigation"
            return re.compile(re.escape(m.string[:start]) + "(?P<who>" + re.escape(who) + ")").match(m.string) or m
        if not m.string[cut.end():cut.end() + 1].isupper():
            break  # (an office's own "in Charge", "on New Challenges", not "at the Launch of the County Action Plans")
    role, name = split_role_name(longer.group("who")) if (longer := _SPEECH_HEADING_AT.match(m.string)) is not None \
        else (None, None)
    return longer if longer is not None and role and role.split()[-1][:1].isupper() and name and len(name.split()) >= 2 \
        and is_person_name(name) and not is_org_name(name) and canonical_place(name) is None else m  # an office that
    # runs on to the name (not "... on the terrorist attack in Kabul", "... on the Joint Operations in Lower Shabelle")


_HONORIFIC = re.compile(r"^(?:the\s+)?(?:(?:Right\s+)?Honou?rable|Hon\.?|H\.?E\.?|His\s+Excellency|Her\s+Excellency),?\s+",
                        re.IGNORECASE)  # (and "SPEECH BY HIS EXCELLENCY, PRESIDENT X Y, AT ...")
_POSSESSIVE_HEADING = re.compile(
    r"^(?:(?:the\s+)?(?:full\s+)?(?:text|(?:English\s+)?(?:rendering|translation))\s+of\s+)?(?P<who>.+?)(?:['’]s\s+(?:keynote\s+|"
    r"opening\s+|closing\s+|full\s+)?(?:press\s+)?(?:speech|remarks|address|statement|message|toast)\b|"
    r"\s+(?:publishes|published|writes|wrote|pens)\s+(?:an?\s+)?(?:signed\s+)?(?:article|op-ed)\b)",
    re.IGNORECASE)  # "Ambassador Jiang Pengfei Publishes a Signed Article in Dawn: ..." too


def _may_be_possessive_heading(heading: str) -> bool:
    """Whether _POSSESSIVE_HEADING could match: it needs an apostrophe ("X's speech") or an "article" or "op-ed" (a
    test cheaper than the pattern's lazy scan; a heading with letters beyond ASCII, which the case-insensitive pattern
    may fold otherwise than lower(), goes to the pattern)."""
    if "'" in heading or "’" in heading or not heading.isascii():
        return True
    low = heading.lower()
    return "article" in low or "op-ed" in low


# a headline quoting the speaker, tagged as a speech: "OSCE Secretary General X Y: No Country Can ... Alone – Speech"
_TAGGED_SPEECH_HEADING = re.compile(r"^(?P<who>[^:]{5,120}?):\s+(?:\S.{3,200}?\s+[–—-]{1,2}\s+(?i:speech|remarks|address|"
                                    r"statement|lecture)\s*$|(?i:(?:opening|closing|keynote|welcoming|welcome)\s+)?"
                                    r"(?i:speech|remarks|address|statement|lecture)\b(?!\s+(?i:by|of|from)\b))")  # and
# "Ambassador X Y: opening remarks, Regional Workshop on ...", not "Tajikistan: Statement by the Spokesperson on ..."
_TITLE_TOKENS = frozenset({
    "President", "Premier", "Minister", "Secretary", "Undersecretary", "Spokesperson", "Spokesman", "Spokeswoman", "Ambassador",
    "Envoy", "Chairman", "Director", "Chief", "Head", "Governor", "Mayor", "Commander", "General", "Professor",
    "Commissioner", "Attorney", "Judge", "Constable", "Superintendent", "Inspector", "Agent", "Colonel", "Captain",
    "Lieutenant", "Admiral", "Brigadier", "Marshal", "Sergeant", "Detective",
    "Representative", "Coordinator", "Prosecutor", "Councillor", "Councilor", "Counselor", "Counsellor", "Chancellor",
    "King", "Prince",
    "Emir", "Sheikh", "Senator", "MP", "Chair", "Deputy", "Adviser", "Advisor", "Mr", "Mrs", "Ms", "Dr", "Prof",
})
_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof")  # (titles only with their full stop: "Dr.")
# any title word: = r"\b(?:President|...)\b|\b(?:Mr|...)\.", each word's \b tested behind its capital, so that the pattern
# opens on capitals and the regex engine skips ahead to them (the callers only ask whether there is one)
_TITLE_WORDS = re.compile("|".join(rf"{w[0]}(?<!\w.){w[1:]}\b" for w in sorted(_TITLE_TOKENS.difference(_TITLE_ABBREVIATIONS))) +
                          "|" + "|".join(rf"{w[0]}(?<!\w.){w[1:]}\." for w in _TITLE_ABBREVIATIONS))
_RUN_TAIL = re.compile(r"(?:\s+(?:of|for|the|and|to))+$")
_HEADLINE_VERB = r"(?!(?:" + "|".join(sorted(HEADLINE_VERBS)) + r")\b)"  # "... Qin Hanwen Holds Consultations"
_CAP_RUN = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|(?:of|for|the|and|(?:al|el)-\w+|al|bin|de)\b)"
                      r"(?:\s+(?:" + _HEADLINE_VERB + r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*|"
                      r"(?:of|for|the|and|to|(?:al|el)-[\w'’-]+|al|bin|de|van|von|der|den|ter|du|arap|oglu|ogly|kyzy|uulu|"
                      r"in(?=\s+Charge)|under(?=\s+the\s+[A-ZÀ-ÞĀ-Ž]))\b|"  # "Secretary ... under the President of ..."
                      # "Structure (RATS) Serik ...", "Additional Secretary (UN & EC) of the Ministry ..."
                      r"\([A-Z][A-Z&.-]{1,11}(?:\s+&\s+[A-Z]{1,5})?\)(?=\s+(?:[A-ZÀ-ÞĀ-Ž]|of\s))|"
                      r"\((?i:retd|retired|ret)\.?\)(?=\s+[A-ZÀ-ÞĀ-Ž])))*")  # "General (Retd) Nandana ..."
# (= r"\b(?:a\s+)?(?:signed\s+)?article...", its \b tested behind the first letter, so that the regex engine skips ahead
# to the "a"s and "s"s)
_ARTICLE = re.compile(r"[as](?<!\w.)(?:(?<=a)\s+(?:signed\s+)?article|(?<=s)igned\s+article|(?<=a)rticle)\s+"
                      r"(?:in|for|published\s+in)\s+(?:the\s+)?(?P<pub>[^,.;]{3,80}?)(?=\s+(?:on|under|titled|entitled)\b|[,.;])")
_PUBLISHED_ARTICLE = re.compile(r"(?<![\w'’&.-])(?P<pub>[A-ZÀ-ÞĀ-Ž][\w'’&.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’&.-]*){0,4})\s+"
                                r"(?:has\s+)?published\s+an?\s+(?:signed\s+)?(?:article|op-ed|commentary)\b")
# "The following article by X was published in The Jakarta Post on May 21, 2018.", "a signed article by X, <office>,
# published in the Sri Lankan newspaper Daily Mirror on April 26, 2019"
_ARTICLE_PUBLISHED_IN = re.compile(r"a(?<!\w.)rticle\s+by\s+[^.\n]{3,120}?,?\s+(?:was\s+)?(?:first\s+)?published\s+in\s+"
                                   r"(?:the\s+)?(?P<pub>[A-ZÀ-ÞĀ-Ž][^,.;]{2,60}?)(?=\s+(?:on|in)\b|[,.;])")
_RELATIVE_ROLE = re.compile(r"(?:who|which|whose|where|when)\b", re.IGNORECASE)
_QA = {"q", "question", "questions", "reporter", "journalist", "audience", "participant", "interviewer",
       "supplementary question"}
_ANSWER = {"a", "answer", "interviewee"}
_NUMBERED_QA = re.compile(r"(?<=^[qa])\s?\d{1,2}$")
_NARRATORS = {"reporter", "correspondent", "narrator"}  # a broadcast script's narration, when it asks nothing
_MODERATOR = {"moderator", "host", "chair", "chairperson", "chairman", "chairwoman", "presenter", "anchor"}
_FOLLOW_UP = {"follow-up", "follow up", "followup", "supplementary", "supplementary question"}
_UNNAMED_VOICES = {"interpreter", "translator", "narrator", "voice-over", "voiceover", "unidentified speaker",
                   "unidentified male", "unidentified female", "off mic", "crosstalk", "operator",
                   "staff"}  # nobody to attribute words to
# "SENIOR STATE DEPARTMENT OFFICIAL ONE:", "SENIOR ADMINISTRATION OFFICIAL:": a briefer the page leaves unnamed
_UNNAMED_OFFICIAL = re.compile(r"^(?:senior\s+|a\s+)?(?:[\w.-]+\s+){0,4}officials?(?:\s+(?:one|two|three|four|\d|[a-d]))?$")
_SAID = re.compile(_words_after_boundary("said", "says", "told", "added") + r"\b")
_CLAUSE_END = re.compile(r"(?P<word>[\w.]*)[.!?](?=\s|$)")


def _clause_end(after: str) -> int | None:
    """Where the clause after a quotation ends: its sentence's full stop, not a title's or an initial's ('"...," Dr.
    Surapong said yesterday in his keynote address.'), by the abbreviations the sentence splitter knows."""
    for m in _CLAUSE_END.finditer(after):
        word = m.group("word").lower()
        if not (len(word) == 1 and word.isalpha()) and word not in ABBREVIATIONS:
            return m.end()
    return None
_ANNOUNCED_BY = re.compile(
    r"^(?:This|That|It|These|The\s+(?:announcement|statement|remarks?))\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:announced|stated|said|declared|disclosed|revealed|made\s+public|made\s+known|reported)\s+by\s+"
    r"(?P<who>.+?)(?=,?\s+(?:following|after|during|at|in|on|while|when|before|speaking|who)\b|\s*[.!?]?\s*$)"
)
_SOURCE_NOUNS = frozenset({"official", "diplomat", "source", "aide", "insider", "negotiator", "officer", "adviser",
                           "advisor"})
# = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+...", its \b tested behind the first letter (and each word's first letter behind it),
# so that the regex engine skips ahead to the "a"s and "o"s
_UNNAMED_SOURCE = re.compile(r"[AaOo](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother)\s+(?:[\w-]+\s+){0,3}?(?P<noun>"
                             + "|".join(sorted(_SOURCE_NOUNS)) + r")\b")
_NAMED_AFTER = re.compile(r",?\s+(?:named\s+|called\s+)?(?:[A-ZÀ-ÞĀ-Ž][\w'’-]+\s+){1,3}"
                          r"[A-ZÀ-ÞĀ-Ž][\w'’-]+,")  # "an aide, Jo Hay,"
_QUESTION_LINE = re.compile(r"^(?:Question|QUESTION|Q)\s*\d{0,2}$")
_SPEAKER_LINE = re.compile(r"^(?:\d{1,3}\.\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+"
                        r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,3})(?:\s*\([^)]{1,80}\))*$")
_OFFICE_NAME_LINE = re.compile(r"^(?:\d{1,3}\.\s+)?The\s+(?P<role>"
                               r"[A-ZÀ-ÞĀ-Ž][^()]{3,120}?)\s*\((?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|"
                               r"Lord|Lady)\.?\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,3})\)$")
_CHAIR_LABEL = re.compile(r"^(?:Mr|Madam|Mister)\.?\s+(?=(?:Deputy\s+)?(?:Speaker|Chairman|Chair|President)$)")
_QUOTE_MARK = re.compile(r"[\"“”]")
_OUTLET_AT_END = re.compile(r"\((?P<outlet>[A-ZÀ-ÞĀ-Ž][\w .&'-]{1,40})\)\s*$")


@dataclass
class _State:
    """Per-document extraction state."""

    text: str
    ctx: DocContext
    registry: Registry = field(default_factory=Registry)
    facts: list[Fact] = field(default_factory=list)
    doc_id: str = ""
    lead_names: str = ""
    pending: list[int] = field(default_factory=list)  # facts waiting for a speaker named later
    in_lead: bool = False  # processing the first paragraph
    pending_nouns: dict[int, str] = field(default_factory=dict)  # fact index -> role noun it waits for
    pending_descriptions: dict[int, str] = field(default_factory=dict)  # fact index -> "Austria's interior minister"
    honoured: dict[str, list[Person]] = field(default_factory=dict)  # "his royal highness", "chief guest" -> who the
    # page so titles
    anonymous: set[str] = field(default_factory=set)  # role nouns of unnamed sources ("a senior diplomat")
    succession: list[tuple[Person, Person]] = field(default_factory=list)  # (outgoing, incoming) holders of an office
    spoke_in: dict[str, str] = field(default_factory=dict)  # speaker -> where the page says they were speaking
    placeless: set[int] = field(default_factory=set)  # starts of statements whose place is only the page's
    spoke_on: dict[str, tuple[str, int]] = field(default_factory=dict)  # speaker -> the day they gave the page an
    # interview, and where the page says so
    lead_end: int = 0  # where the page's first paragraph ends
    second_end: int = 0  # and its second
    dateless: set[int] = field(default_factory=set)  # starts of statements whose day is only the lead's or the page's
    anonymous_speaking: bool = False  # an unnamed source spoke last: "he" or "she" is no named person
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # line start -> sentence spans

    def sentences_of(self, line: Line) -> list[tuple[int, int]]:
        """The sentence spans of a prose line, split once per document."""
        if line.start not in self.sentences:
            self.sentences[line.start] = prose_sentences(self.text, line)
        return self.sentences[line.start]

    article_event: str | None = None
    article_date: str | None = None
    publisher: str | None = None
    author: Person | None = None  # the writer of an opinion piece or signed article
    author_from: int = 0  # where the author's text starts (after the byline)
    issuer: str | None = None  # who issued a (joint) statement written in the first person plural
    lead_date: str | None = None  # when the lead says its statements were made
    main_group: str | None = None  # the group a communique first names in full ("The Foreign Ministers of A, B and C")
    title: str | None = None
    pair: str | None = None  # the two countries "the two sides" are, once looked for ("" when there are none)
    sections: list[tuple[int, str]] = field(default_factory=list)  # (start, issuer) of statements quoted in full
    named_groups: list[tuple[str, str, str | None]] | None = None  # the groups the page names ("SCO leaders"): (name,
    # portfolio, class), found on the first group mention


_SHA1 = hashlib.sha1()  # copied for each id: cheaper than looking the algorithm up by name on every call


def _fact_id(doc_id: str, start: int, end: int) -> str:
    digest = _SHA1.copy()
    digest.update(f"{doc_id}\x00{start}\x00{end}".encode())
    return digest.hexdigest()[:12]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\"“”'‘’«»"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”«»"):
        end -= 1
    return start, end


_REPORT_BY = re.compile(r"\breport\s+(?:being\s+|to\s+be\s+)?(?:prepared|drafted|written)\s+by\s+"
                        r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})")
_NO_RELATION = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3})\s*(?:[,(]|--|[-–—])\s*"
                          r"(?P<described>[^.;()]{3,100}?\b(?:is|was|and)\s+)?(?:no\s+relation|not\s+related|unrelated)\b")
# (and "X Y, an engineer officer who is no relation to the general": someone new, the one the page goes on about)

_RELATION_TAIL = re.compile(r",?\s*(?:(?:and\s+)?(?:who\s+)?(?:is|was)|and)\s+$")
_VERB_OR_LINK = re.compile(r"[a-z]+ed\b|(?:and|or|but|while)\b")  # what opens no role after "X, ": "answered", "and"
_POSSESSIVE_START = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w-]+['’]s\s")  # "China's ambassador"


def _note_people(state: _State, sentence: str) -> None:
    """Register "Role Name" mentions of a narrative sentence, so later pronouns and surnames resolve;
    people introduced without a title ("Ahmed, 27, ...", "a teacher named Birgitte Holm"); and mentions
    of people already known, which make them the latest "he" or "she"."""
    reg = state.registry
    found = list(_NAMED.finditer(sentence)) if "named" in sentence else []
    if " by " in sentence:
        found += _BY_PERSON.finditer(sentence)  # "The meeting was coordinated by X Y, a UNODC officer": X Y is someone
    intro = _NEW_PERSON.match(sentence) if "," in sentence[:40] else None
    for m in ([intro] if intro else []) + found:
        title, name = split_role_name(m.group("name"))  # "Lt Gen Kittiphong Saengsuriya, who took over ...": the name
        name = name if title is None and name and len(name.split()) >= 2 else m.group("name")
        if not is_org_name(name) and name.split()[0].lower() not in ROLE_WORDS and canonical_place(name) is None \
                and name.lower() not in _NOT_NAMES and name.split()[0].lower() not in _NOT_FIRST_WORDS:
            # not "Monday, 26 ..." nor "Since March, the police ..."
            reg.mention(reg.find(name) or reg.add(name), sentence[max(0, m.start() - 30):m.end()])
    if (" as " in sentence or "appointed" in sentence or "elected" in sentence) and \
            ("took" in sentence or "was" in sentence or "became" in sentence):  # (the pattern needs one of its verbs)
        for m in _TOOK_OFFICE.finditer(sentence):  # "X of Uzbekistan took office as director of the RATS ..."
            if not is_org_name(m.group("name")) and canonical_place(m.group("name")) is None:
                person = reg.find(m.group("name")) or reg.add(m.group("name"))
                person.role = person.role or m.group("role").strip()
                reg.mention(person, m.group(0))
    if "appointed" in sentence:
        for m in _APPOINTED_AS.finditer(sentence):
            role = m.group("role")
            words = role.split()
            outgoing = reg.by_role(words[-1], *words[:-1])
            if not is_org_name(m.group("name")) and canonical_place(m.group("name")) is None:
                incoming = reg.find(m.group("name")) or reg.add(m.group("name"), role)
                if outgoing is not None and outgoing is not incoming:
                    state.succession.append((outgoing, incoming))
    if " who " in sentence and ("served" in sentence or " was " in sentence):
        for m in _SERVED_AS.finditer(sentence):
            if m.group("role").split()[-1] in ROLE_WORDS and not is_org_name(m.group("name")):
                person = reg.find(m.group("name")) or reg.add(m.group("name"))
                person.role = person.role or f"former {m.group('role')}"
    if "handed over" in sentence or "succeed" in sentence or "replace" in sentence or "took over from" in sentence:
        for m in (*_HANDED_OVER.finditer(sentence), *_SUCCEEDED.finditer(sentence), *_SUCCEEDED_BY.finditer(sentence)):
            old_name, new_name = (split_role_name(m.group(k))[1] or m.group(k) for k in ("old", "new"))  # no "Lt Gen"
            if not (is_org_name(old_name) or is_org_name(new_name)) and canonical_place(old_name) is None and \
                    canonical_place(new_name) is None:
                incoming = reg.pronoun(new_name.lower()) if new_name in ("He", "She") else \
                    reg.find(new_name) or reg.add(new_name)  # "He replaces X": the one just named
                if not isinstance(incoming, Person) or old_name in ("He", "She"):
                    continue
                if m.re is _HANDED_OVER and m.group("office"):
                    incoming.role = incoming.role or m.group("office")  # "the post of RATS director to Y": Y's office
                state.succession.append((reg.find(old_name) or reg.add(old_name), incoming))
    if " by " in sentence and "report" in sentence:
        for m in _REPORT_BY.finditer(sentence):  # "a report being prepared by X (France, ALDE)": X is its rapporteur
            if is_person_name(m.group("name")) and not is_org_name(m.group("name")):
                person = reg.find(m.group("name")) or reg.add(m.group("name"), "rapporteur")
                person.role = person.role or "rapporteur"
    if "relat" in sentence:
        for m in _NO_RELATION.finditer(sentence):  # "Talant Osmonaliev – no relation – called on ..."
            name = (split_role_name(m.group("name"))[1] or "") if m.group("described") else m.group("name")  # (not
            # "[Deputy Minister of] Foreign Affairs X Y, who is no relation of ...")
            if m.group("described") and len(name.split()) >= 2 and not is_org_name(name) and reg.find(name) is None:
                role = LEADING_ARTICLE.sub("", _RELATION_TAIL.sub("", m.group("described")).strip(" ,"))
                reg.mention(reg.add(name, role or None), name)  # someone new the page goes on about, with the office
                # the sentence gives them ("China's Consul-General in Dubai")
            elif not m.group("described") and not is_org_name(name) and len(name.split()) >= 2:
                (reg.find(name) or reg.add(name)).namesake = True
    if "predecessor" in sentence or "successor" in sentence:
        for m in _SUCCESSION.finditer(sentence):  # "His predecessor, retired general X Y, was less confident."
            if not is_org_name(m.group("name")) and canonical_place(m.group("name")) is None:
                role = re.sub(r"^(?:his|her|their)\s+", "", m.group("role").strip(" ,"), flags=re.IGNORECASE)
                person = reg.find(m.group("name")) or reg.add(m.group("name"), role)
                reg.mention(person, m.group(0))
    if " and her " in sentence or " and his " in sentence:
        for m in _AND_THEIR.finditer(sentence):  # "welcomed X Y and her delegation": X Y is a woman
            if (person := reg.find(m.group("name"))) is not None and not person.is_org and person.gender is None:
                person.gender = "f" if m.group("pro") == "her" else "m"
    if "delegation" in sentence:
        for m in _DELEGATION_HEAD.finditer(sentence):  # "The Uzbek delegation was headed by <office> <name>"
            for part in reversed(m.group("who").split(", ")):
                role, name = split_role_name(part)
                if name and len(name.split()) >= 2 and not is_org_name(name):
                    person = reg.find(name) or reg.add(name, role)
                    person.office = person.office or f"head of the {m.group('adj')} delegation"
                    reg.mention(person, part)
                    break
    if "counterpart" in sentence:
        for m in _COUNTERPART.finditer(sentence):  # "his Uzbek counterpart Abdulaziz Tursunov"
            if not is_org_name(m.group("name")) and m.group("name").split()[0].lower() not in ROLE_WORDS:
                # (not "his counterpart, Senior Secretary of the Public Security Division X": an office, then the name)
                person = reg.find(m.group("name")) or reg.add(m.group("name"), m.group("role"))
                runs = [split_role_name(r.group(0))[0] for r in _CAP_RUN.finditer(sentence[:m.start()])]
                offices = [role for role in runs if role and _TITLE_WORDS.search(role)]
                own = _ROLE_AFTER.match(sentence, m.end())  # "his German counterpart, X, Federal Minister of ..."
                if own and _TITLE_WORDS.search(own.group("role")):
                    person.office = own.group("role").strip()
                elif offices and person.office is None:  # "Interior Minister X and his Iranian counterpart Y"
                    person.office = offices[-1]
                reg.mention(person, m.group(0))
    if "counterparts" in sentence and (pair := _COUNTERPARTS.search(sentence)) is not None:
        offices = [role for run in _CAP_RUN.finditer(sentence[:pair.start()]) for part in _AND_SPLIT.split(run.group(0))
                   for role, name in [split_role_name(part)] if role and name and _TITLE_WORDS.search(role)]
        for office, key in zip(offices[-2:], ("first", "second"), strict=False) if len(offices) >= 2 else ():
            if is_person_name(pair.group(key)) and not is_org_name(pair.group(key)):
                person = reg.find(pair.group(key)) or reg.add(pair.group(key))
                person.role = person.role or f"{pair.group('adj')} {office}"
    if "(" in sentence:
        for m in _NAME_ROLE_ACRONYM.finditer(sentence) if _PAREN_ACRONYM.search(sentence) else ():  # "General X Y, Chief
            # of Army Staff (COAS),": its "(COAS)" looked for first
            title, name = split_role_name(m.group("run"))
            if name and len(name.split()) >= 2 and not is_org_name(name):
                person = reg.add(name, m.group("role").strip())
                if m.group("acr")[0] == m.group("role").strip()[:1].upper():  # not "Executive Director of the
                    reg.alias(m.group("acr"), person)  # Counter-Terrorism Committee Executive Directorate (CTED)": a body's
        for m in _ACRONYM_TITLE.finditer(sentence):
            role, name = split_role_name(m.group("run"))
            if name and not is_org_name(name):
                person = reg.add(name, role)
                reg.alias(m.group("acr"), person)
    if reg.tokens and b"AA" in sentence.encode("ascii", "replace").translate(_CAPITAL_BYTES):  # (an acronym's two
        # capitals looked for first, as bytes: cheaper than the regex's search)
        for m in _ACRONYM_BEFORE_NAME.finditer(sentence):  # "IGP Dikko" of a person named in full: "the IGP said"
            if m.start() and (sentence[m.start() - 1].isalnum() or sentence[m.start() - 1] in "'’-"):
                continue
            person = reg.find(m.group("name")) if reg.known_token(m.group("name")) else None
            if person is not None and not person.is_org and len(person.name.split()) >= 2 and \
                    reg.find(m.group("acr")) is None:  # (not a body's acronym the page has named)
                reg.alias(m.group("acr"), person)
    role_head = "," in sentence and _names_role_head(sentence)
    if role_head:
        for m in _NAME_COMMA_ROLE.finditer(sentence):
            if _RELATIVE_ROLE.match(m.group("role")) or canonical_place(m.group("role")) or \
                    m.group("name").split(maxsplit=1)[0] in ("At", "In", "From", "Near", "Outside", "Inside"):
                continue  # "X, who called on him ...": a clause, not a role; "X, Moscow, 14 May": a dateline; "At
                # Bagasola, the Force Commander was received": a place
            if (sentence[max(0, m.start() - 4):m.start()].lower() == "the " and
                    not _HONORIFIC.match(m.group("name"))) or m.group("name").lower() == (state.publisher or "").lower():
                continue  # "In an interview with the Daily Mirror, the State Minister spoke": a paper, no person
            title, name = split_role_name(_without_place(m.group("name"), sentence, m.start()))
            role = m.group("role").strip()
            if _VERB_OR_LINK.match(role) or canonical_place(m.group("name")) is not None:
                continue  # "General X Y, answered the questions": a verb, not a role ("X, and the Kyrgyz battalion by
                # ...": no role either); "Saudi Arabia, with ...": a place
            if role[:1].isupper() and " and " in role and "(" not in role and \
                    (other := split_role_name(role.split(" and ")[0]))[0] and \
                    other[1] and len(other[1].split()) >= 2 and is_person_name(other[1]):
                continue  # "X, Afghan Foreign Minister Y Z and Pakistani Foreign Minister W": a list of people, no office
            if role[:1].isupper() and len((titled := role.split(" of ")[0]).split()) >= 3 and is_person_name(titled) and \
                    split_role_name(titled)[0] is not None:
                continue  # "... and Other Relevant Resolutions, Ambassador X Y of Egypt, Chair of ...": the next one named
            if name and title and title.lower().strip(".") not in _HONORIFICS:
                if not _names_role_head(role):
                    continue  # "Ambassador X, made a similar case in ...": what X did, not an office
                role = f"{title}, {role}"  # "Deputy Minister X, head of ..."; not "the Honourable X, Minister of ..."
            head = next((w for w in role.split()[1:4] if w.lower().strip("(),") in ROLE_WORDS), role.split()[1]) \
                if _POSSESSIVE_START.match(role) else role.split()[0]  # "China's ambassador", "Kenya's
            # cabinet secretary for interior"
            if name and head.lower().strip("(),") in ROLE_WORDS and head not in _OFFICE_LINKS and not is_org_name(name) and \
                    canonical_place(name) is None and name.split()[0].lower() not in _NOT_FIRST_WORDS and \
                    _GEO_WORDS.isdisjoint(name.split()):
                known = reg.find(name)
                if known is not None and not known.is_org and known.role and known.role != role:
                    if known.role in role:
                        known.role = role  # a rank met first ("Major General"), the office with it now
                    elif known.office is None and LEADING_ARTICLE.sub("", m.group("role").strip()) not in known.role:
                        known.office = LEADING_ARTICLE.sub("", m.group("role").strip())  # "..., General Officer
                        # Commanding of the Division": what "the General Officer Commanding" later names
                reg.mention(known or reg.add(name, role), sentence[max(0, m.start() - 5):m.end()])
    if "," in sentence and _ROLE_COMMA_HEAD.search(sentence):
        for m in _ROLE_COMMA_NAME.finditer(sentence):
            title, name = split_role_name(m.group("name"))
            if name and not title and not is_org_name(name) and _GEO_WORDS.isdisjoint(name.split()) and \
                    HEADLINE_VERBS.isdisjoint(m.group("role").split()) and canonical_place(name) is None:
                # not "X Commander Pledges ..., Support Partners"; not "officials of Australia, Brunei Darussalam, ..."
                words = m.group("role").split()  # "The Minister for Africa also met <the office>": the office only
                cut = max((j + 1 for j, w in enumerate(words) if (w.islower() and w not in _OFFICE_LINKS) or
                           (w == "and" and any(h in words[j + 1:] for h in _ROLE_COMMA_HEADS))), default=0)
                # not "X Y and the Prime Minister of Jordan" either: the office after the "and"
                office = LEADING_ARTICLE.sub("", " ".join(words[cut:]))
                person = reg.find(name) or reg.add(name, office)
                person.role = person.role or office  # one the attribution met first with no office of its own
                reg.mention(person, m.group(0))
    if ", " in sentence and "the " in sentence and (role_head or "chairperson" in sentence):  # (each office the pattern
        # reads has one of _ROLE_HEADS for its word, but its "chairperson")
        for m in _LOWER_ROLE_COMMA_NAME.finditer(sentence):
            if m.group("role")[:1].islower() or country_of_demonym(m.group("role").split()[0]) or \
                    m.group("role").startswith("Ambassador") or m.group("capital"):  # "the Ambassador Extraordinary
                # and Plenipotentiary of X, Y Z,", "the Prime Minister of Malaysia, YAB Dato' Sri Y Z."
                name = m.group("name")
                if not is_org_name(name) and canonical_place(name) is None and _GEO_WORDS.isdisjoint(name.split()):
                    person = reg.find(name) or reg.add(name, m.group("role"))
                    person.role = person.role or m.group("role")
                    reg.mention(person, m.group(0))
    if "uest" in sentence and (guest := _CHIEF_GUEST.search(sentence)) is not None:
        for part in guest.group("who").split(", "):  # "Lieutenant General X Y, Commander Peshawar Corps was the
            _title, name = split_role_name(part)  # Chief Guest at the ceremony."
            if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
                    _GEO_WORDS.isdisjoint(name.split()) and canonical_place(name.split()[0]) is None:
                person = reg.find(name) or reg.add(name, _title)
                state.honoured.setdefault(" ".join(guest.group("title").lower().split()), []).append(person)
                break
    if "His " in sentence or "Her " in sentence:
        for m in _HONOURED.finditer(sentence):  # "His Royal Highness Prince X ..." and later "His Royal Highness said"
            if not is_org_name(m.group("name")) and len(m.group("name").split()) >= 2 and is_person_name(m.group("name")):
                person = reg.find(m.group("name")) or reg.add(m.group("name"))
                state.honoured.setdefault(" ".join(m.group("title").lower().split()), []).append(person)
    if ", who " in sentence:
        for m in _NAME_WHO.finditer(sentence):  # "Also briefing was X Y, who took up her duties ...": X Y, a woman
            title, name = split_role_name(m.group("name"))  # (no one the page has named before)
            if name and len(name.split()) >= 2 and reg.find(name) is None and is_person_name(name) and \
                    not is_org_name(name) and canonical_place(name) is None and \
                    name.split()[0].lower() not in _NOT_FIRST_WORDS:
                reg.mention(reg.add(name, title), m.group(0))
    capitalised = _CAPITALISED.findall(sentence)
    if reg.tokens:
        for token in capitalised:
            if reg.known_token(token) and token.lower() not in _NOT_NAMES:
                known = reg.find(token)
                if known is not None and not known.is_org:
                    at = sentence.find(token)
                    reg.mention(known, sentence[max(0, at - 5):at])  # "Mr Yousef": a man
    if _TITLE_TOKENS.isdisjoint(capitalised):
        return
    for m in _CAP_RUN.finditer(sentence):
        if " " not in m.group(0) or not _TITLE_WORDS.search(m.group(0)):
            continue  # (each part below is whole words of the run: with no title word in the run, none has one)
        office = None  # "Minister of Justice and Home Affairs X": an office split at its "and"
        for part in _AND_SPLIT.split(_before_possessive(m.group(0))):
            run = _RUN_TAIL.sub("", part)
            if office is not None and (not _TITLE_WORDS.search(run) or split_role_name(run)[1]):
                run = f"{office} and {run}"  # (and "Assistant Secretary-General and Deputy Head of X Y Z": both hers)
            role, name = split_role_name(run)
            office = run if name is None and role and _TITLE_WORDS.search(role) else None
            if len(run.split()) < 2 or not _TITLE_WORDS.search(run):
                continue
            if " of " in run and not PEERAGE.search(run):  # "Commissioner Tevita Fifita of Tonga", not "Lord X of Y"
                head_role, head_name = split_role_name(run.split(" of ", 1)[0])
                if (head_name and head_role and _TITLE_WORDS.search(head_role)) or name is None or canonical_place(name):
                    role, name = head_role, head_name
            if name and role is None and _MR_NAME.match(run) and len(name.split()) >= 2 and not is_org_name(name):
                # "headed by Mr. Oleg V. Sirotkin, Deputy Minister of Foreign Affairs": a name, with its role after
                after = _ROLE_AFTER.match(sentence, m.end()) if run == m.group(0) else None
                role = after.group("role") if after and after.group("role").split()[0].lower() in ROLE_WORDS else None
                state.registry.mention(state.registry.add(name, role), run)
            elif name and role and not is_org_name(name) and _TITLE_WORDS.search(role) and \
                    len([w for w in name.split() if w.lower() not in NAME_PARTICLES]) <= 4:  # "Turki bin Mishari bin X"
                state.registry.mention(state.registry.add(name, LEADING_ARTICLE.sub("", role)), run)


_AND_THEIR = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’-]+|de|van|von|bin|al)){0,4})\s+and\s+"
                        r"(?P<pro>his|her)\s+(?:delegation|entourage|wife|husband|team|party|colleagues|staff)\b")
_MR_NAME = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s")
_POSSESSIVE = re.compile(r"['’]s\s+")


def _before_possessive(run: str) -> str:
    """A capitalised run up to a titled person's possessive when what follows names no office: "Secretary
    Ashbrook's Meeting" is Secretary Ashbrook ("China's Foreign Minister Wang Yi" and "President Xi's Special
    Envoy Wang Qishan" stay whole)."""
    m = _POSSESSIVE.search(run) if "s " in run else None
    if m is None:
        return run
    role, name = split_role_name(run[:m.start()])
    return run[:m.start()] if name and role and _TITLE_WORDS.search(role) and \
        split_role_name(run[m.end():])[0] is None else run
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?(?P<role>[A-Z][^,;.()]{3,120}?)(?=[,;.(]|$)")


_GROUP_SUBJECT = re.compile(r"^(?:\d{1,3}[.)]\s+)?(?:(?:On|In)\s+[^;.]{3,40}?,\s+(?=the\s))?(?:The|All|the)\s+"
                            r"(?P<group>(?:(?:[A-ZÀ-ÞĀ-Ž][\w-]*\s+){1,3}(?i:ministers|leaders)\s+and\s+)?"
                            r"(?:[A-ZÀ-ÞĀ-Ž][\w-]*\s+|two\s+|both\s+){0,3}(?i:participants|"
                            r"leaders|sides|delegates|delegations|ministers|members|parties|attendees))\b")
# (and two portfolios: "The Foreign Ministers and Defence Ministers of A, B and C met ..."; after a paragraph's number
# and its day: "1. On December 8, 2016, the Ministers of Public Security of A, B and C held ...")


_PORTFOLIO = r"interior|foreign|defen[cs]e|security|justice|home"  # "GCC interior ministers"
_BODY_GROUP_SUBJECT = re.compile(rf"(?P<group>[A-Z]{{2,8}}\s+(?:(?i:{_PORTFOLIO})\s+)?"
                                 r"(?:Ministers|Leaders|Heads\s+of\s+State))\b")
_NAMED_GROUP = re.compile(rf"([A-ZÀ-ÞĀ-Ž](?<!\w.)[A-ZÀ-ÞĀ-Ž]{{1,7}})\s+(?:({_PORTFOLIO})\s+)?"
                          r"(leaders|heads\s+of\s+state|ministers|participants|delegates|delegations|member\s+states|members)\b")
_GROUP_OF_BODY = re.compile(r"\b(?:(?P<meeting>Conference|Council|Meeting)\s+of\s+(?:the\s+)?)?"
                            r"(?:(?:Foreign|Defence|Defense|Interior)\s+)?(?P<noun>Heads\s+of\s+State|Leaders|Ministers)(?:\s+and\s+Government)?"
                            r"(?:\s+(?:in\s+charge\s+of|responsible\s+for)\s+[A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+(?:and\s+)?[A-ZÀ-ÞĀ-Ž][\w-]*){0,4})?"
                            r"\s+of\s+the\s+(?:Member\s+States\s+of\s+the\s+)?"
                            r"(?P<body>[A-ZÀ-ÞĀ-Ž][\w-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w-]*){0,3})")
# ("Meeting of the Ministers in charge of Security and Intelligence of the Member States of the Accra Initiative")
_GROUPING_BODIES = {"Initiative", "Process", "Coalition", "Organisation", "Organization", "Commission", "Community",
                    "Union", "League", "Council", "Forum", "Alliance"}  # "the Accra Initiative", "the Nouakchott Process"
_ACRONYM_WORD = re.compile(r"\b(?:[A-Z]{2,}|[A-Z]+\d)\w*")  # "G5 Sahel", "SCO": a body, not "the Interior"
_PORTFOLIO_MINISTERS = re.compile(rf"\b({_PORTFOLIO})\s+ministers\b", re.IGNORECASE)
_BARE_GROUPS = {"ministers", "leaders", "officials", "delegates", "representatives", "heads of state", "delegations",
                "members"}
_GROUP_CLASS = {"leaders": "leaders", "heads of state": "leaders", "heads": "leaders", "ministers": "ministers",
                "participants": "participants", "delegates": "participants", "delegations": "participants",
                "attendees": "participants", "member states": "states", "states": "states", "countries": "states",
                "members": "members"}


def _group_of_body(text: str, cls: str | None) -> str | None:
    """A group the page names by its body: "the Heads of State" of a "Conference of Heads of State of the G5 Sahel"."""
    if cls is None or not any(map(text.__contains__, ("Heads", "Leaders", "Ministers"))):
        return None  # the pattern needs one of these nouns
    for m in _GROUP_OF_BODY.finditer(text):
        if _GROUP_CLASS.get(" ".join(m.group("noun").lower().split())) == cls and (
                _ACRONYM_WORD.search(m.group("body")) or m.group("body").split()[-1] in _GROUPING_BODIES):
            return " ".join(m.group(0)[m.start("noun") - m.start() if m.group("meeting") == "Meeting" else 0:].split())
    return None


def _group_class(text: str) -> str | None:
    whole = " ".join(text.lower().split())
    low = whole.split(" of ")[0]  # "competent authorities of the SCO member states": its head noun's class, not the
    # states'; and "heads of the competent authorities" are no heads of state
    if low == "heads" and not whole.startswith("heads of state"):
        return None
    for noun, cls in _GROUP_CLASS.items():
        if low.startswith(noun) or low.endswith(noun) or f" {noun} " in f" {low} ":
            return cls
    return None


_TWO_OF = re.compile(r"(?:the\s+)?(?:two|both)\s+\w+(?:\s+\w+)?")  # "the two ministers"


def _canonical_group(state: _State, text: str) -> str:
    """One name for one group: "the leaders", "the heads of state" and "Leaders of the SCO member states"
    all become "SCO leaders" when the document names the group that way."""
    cls = _group_class(text)
    if cls == "members" and re.sub(r"^the\s+", "", text.lower()) != "members":
        cls = None  # "the council members" are no "SCO members"
    qualifier = _PORTFOLIO_MINISTERS.search(text)
    if cls is not None and state.named_groups is None:  # the page's named groups, found once
        state.named_groups = [(" ".join(m.group(0).split()), (m.group(2) or "").lower(), _GROUP_CLASS.get(
            " ".join(m.group(3).lower().split()))) for m in _NAMED_GROUP.finditer(state.text)]
    portfolio = qualifier.group(1).lower() if qualifier else ""
    for named, its_portfolio, its_class in state.named_groups if cls is not None else ():
        if its_class == cls and its_portfolio == portfolio:
            return named  # "SCO leaders", "GCC interior ministers"
    if _PAIR_NOUNS.fullmatch(" ".join(text.lower().split())) and (pair := _country_pair(state)) is not None:
        return pair  # "the two sides agreed" on a page about "China and Egypt"
    if _TWO_OF.fullmatch(text.lower()) and _group_class(text) != "states" and \
            not text.lower().endswith(("sides", "parties")):
        return ""  # "the two ministers", with no pair of countries to name them by: nobody in particular
    bare = re.sub(r"^the\s+", "", " ".join(text.lower().split()))
    if bare in _BARE_GROUPS or (qualifier is not None and qualifier.group(0).lower() == bare):
        # "the ministers agreed", "the foreign ministers said": those named first, or the meeting
        return state.main_group or _title_countries(state) or _statement_pair(state) or state.registry.last_group or \
            _group_of_body(state.text, cls) or _EVENT_TOPIC.sub("", state.ctx.event or "")  # "Ministerial Meeting of
        # the X Process [on the ...]"
    return text[:1].upper() + text[1:]


_EVENT_TOPIC = re.compile(r"(?<=\S)\s+(?:on|for)\s+the\s+[A-ZÀ-ÞĀ-Ž].*$")  # not "Meeting on Transnational Crime"


_GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:(?:\s+|,\s+|\s+and\s+|/)(?:the\s+)?"
                       r"(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*|of)(?=[\s,.;:/]))*")  # "... of Foreign Affairs/International Relations"


_PAIR_NOUNS = re.compile(r"(?:the\s+)?(?:(?:two|both)?\s*(?:sides|parties|countries)|"
                         r"(?:two|both)\s+(?:presidents|leaders|prime\s+ministers|foreign\s+ministers|ministers))")
_PAIR = re.compile(r"\b(?P<a>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ ]+[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,2})[ ]+and[ ]+(?P<the>the[ ]+)?"
                   r"(?P<b>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ ]+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?)")


_COMMA_PAIR = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?),\s+"
                         r"([A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?)\s+(?!and\b)[a-z]")
_HYPHEN_PAIR = re.compile(r"\b([A-ZÀ-ÞĀ-Ž][a-z]+)-([A-ZÀ-ÞĀ-Ž][a-z]+)\b")


_ISSUERS_OF = re.compile(r"\b(?:Foreign\s+)?(?:Ministers|Leaders|Heads\s+of\s+State|Presidents|Governments)\s+"
                         r"(?:of\s+[A-Z][\w\s]{0,40}?\s+)?of\s+(?P<list>[^.;:]{5,200})")


def _title_countries(state: _State) -> str | None:
    """The countries whose ministers or leaders issue a page, as its title lists them: "Joint statement by the
    Ministers of Foreign Affairs of the Kingdom of the Netherlands and the Kingdom of Morocco" -> "The
    Netherlands and Morocco" (what "the Ministers agreed" means there)."""
    m = _ISSUERS_OF.search(state.title or "")
    if m is None:
        return None
    listed = m.group("list")
    names = list(dict.fromkeys(("the " if place[:4] != "The " and re.search(rf"\bthe\s+{re.escape(place)}\b", listed[start:end])
                                else "") + place
                               for start, end, place in places_in(listed) if place.lower() in countries()))  # "the
    # Philippines", as the title has it (and "the Netherlands" for "the Kingdom of the Netherlands", not "the Morocco")
    if len(names) < 2:
        return None
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _statement_pair(state: _State) -> str | None:
    """The two countries a joint statement's title names: "Joint Press Statement - Sixth Australia-Indonesia
    Ministerial Council ..." -> "Australia and Indonesia" (what its "Ministers agreed" means)."""
    title = state.title or ""
    if not _JOINT_TITLE.search(title) or (pair := _country_pair(state)) is None:
        return None
    return pair if all(country in title for country in pair.split(" and ")) else None


_JOINT_TITLE = re.compile(r"\bjoint\s+(?:press\s+)?(?:statement|communiqu[eé]|declaration)\b", re.IGNORECASE)


def _country_pair(state: _State) -> str | None:
    """The two countries a page is about, as its title or lead names them: "China and Egypt"."""
    if state.pair is None:
        state.pair = ""
        headline = _COMMA_PAIR.match(state.title or "")  # "China, Tajikistan hold joint anti-terror exercise"
        if headline and all((c := canonical_place(g)) and c.lower() in countries() for g in headline.groups()) and \
                canonical_place(headline.group(1)) != canonical_place(headline.group(2)):
            state.pair = f"{headline.group(1)} and {headline.group(2)}"
        for m in _PAIR.finditer("\n".join(t for t in (state.title or "", state.lead_names or "") if t) if not state.pair
                                else ""):
            words = m.group("a").split()
            first = next((" ".join(words[k:]) for k in range(len(words) - 1, -1, -1)
                          if canonical_place(" ".join(words[k:]))), None)  # "Joint Statement India" ends in India
            a, b = canonical_place(first or ""), canonical_place(m.group("b"))
            if a and b and a != b and a.lower() in countries() and b.lower() in countries():
                state.pair = f"{first} and {m.group('the') or ''}{m.group('b')}"  # "China and the United States"
                break
        if not state.pair:  # "India-Tajikistan Joint Statement"
            for m in _HYPHEN_PAIR.finditer(state.title or state.lead_names or ""):
                a, b = canonical_place(m.group(1)), canonical_place(m.group(2))
                if a and b and a != b and a.lower() in countries() and b.lower() in countries():
                    state.pair = f"{m.group(1)} and {m.group(2)}"
                    break
    return state.pair or None


def _note_group(state: _State, sentence: str) -> None:
    """Remember a group that is the subject of a narrative sentence ("The participants had ...")."""
    m = _GROUP_SUBJECT.match(sentence)
    if m is None:
        body = _BODY_GROUP_SUBJECT.match(sentence)  # "ASEAN Ministers responsible for ... adopted the Declaration"
        if body is not None and state.main_group is None:
            state.main_group = state.registry.last_group = body.group("group")
        return
    of = _GROUP_OF.match(sentence, m.end())  # "The Foreign Ministers of Russia, India and China held ..."
    named = of is not None and _group_class(m.group("group")) is not None
    group = _canonical_group(state, " ".join((m.group("group") + (of.group(0) if named else "")).split()))
    state.registry.last_group = group or None
    if named and group and state.main_group is None:
        state.main_group = group  # "the Ministers" later means all of them


_FUTURE_CUE = re.compile(r"\b(?:start|starting|starts|from|until|begin|beginning|begins|next|will|scheduled|due|"
                         r"to\s+be\s+held|opens?|opening)\b(?:[^.]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)*$", re.IGNORECASE)
# (a time between: "will meet again at 10 a.m. on Tuesday")
_WILL_MEET = re.compile(r"\bwill\s+(?:\w+\s+)?(?:meet|convene|resume|reconvene|be\s+held)\b")
_FINDINGS_NOUNS = {"survey", "poll", "study", "figures", "data", "statistics", "findings", "estimates", "census", "research"}
_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "release", "readout", "declaration"}
_PERSON_NOUNS = {"diplomat", "official", "expert", "analyst", "envoy", "general", "commander", "spokesperson",
                 "spokesman", "spokeswoman", "minister", "ambassador", "officer", "lawmaker", "senator", "judge",
                 "magistrate", "prosecutor", "researcher", "scholar", "professor", "chief", "head", "director", "academic"}
_OFFICE_QUALIFIERS = {"prime", "deputy", "vice", "foreign", "interior", "defence", "defense", "home", "justice"}
_NON_OFFICIAL_NOUNS = {"expert", "analyst", "researcher", "scholar", "professor", "academic"}
_NON_OFFICIAL = re.compile(r"\b(?:expert|analyst|researcher|scholar|professor|lecturer|fellow|academic|correspondent|"
                           r"reporter|journalist|editor|columnist)\b", re.IGNORECASE)  # "the minister" is none of them
_BODY_NOUNS = {"group", "organisation", "organization", "watchdog", "body", "charity", "ngo", "agency", "coalition",
               "alliance", "bloc", "network", "outfit", "movement", "militia", "campaign", "association"}
_AND_SPLIT = re.compile(r"\s+and\s+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]+")
_ROLE_HEADS = frozenset({
    "secretary", "minister", "ambassador", "director", "adviser", "advisor", "spokesperson", "spokesman",
    "spokeswoman", "chief", "head", "chairman", "chairwoman", "chair", "president", "commander", "coordinator",
    "envoy", "representative", "officer", "official", "general", "deputy", "expert", "analyst", "researcher",
    "professor", "fellow", "governor", "mayor", "senator", "lawyer", "prosecutor", "judge", "magistrate",
    "editor", "correspondent", "founder", "leader", "member", "counsellor", "counselor", "attorney", "dean",
})
_WORD_BYTES = bytes(c if 97 <= c <= 122 or c == 45 else 32 for c in range(256))  # a-z and "-" kept, all else a space
_ROLE_HEAD_BYTES = frozenset(head.encode() for head in _ROLE_HEADS)


def _names_role_head(text: str) -> bool:
    """= not _ROLE_HEADS.isdisjoint(_LOWER_WORD.findall(text.lower())), on bytes: the lower-case text's runs of a-z and
    "-" (any other character, a non-ASCII one as its "?", parts them) are _LOWER_WORD's words once their leading hyphens
    go; cheaper than the regex's list of words."""
    data = text.lower().encode("ascii", "replace").translate(_WORD_BYTES)
    runs = data.split()
    if not _ROLE_HEAD_BYTES.isdisjoint(runs):
        return True
    return (data[:1] == b"-" or b" -" in data) and \
        any(run[:1] == b"-" and run.lstrip(b"-") in _ROLE_HEAD_BYTES for run in runs)  # "--minister": "minister"


# a capitalised name word, double-barrelled too: "Malhotra-Rao", "Pryce-Morgan"
# (the "I'm" test after the capital: a pattern opening on a character class lets the regex engine skip ahead)
_NAME_TOKEN = r"[A-ZÀ-ÞĀ-Ž](?!(?<=I)['’][a-z])[a-z\u00C0-\u024F'’]+(?:-[A-ZÀ-ÞĀ-Ž]?[a-z\u00C0-\u024F'’]+)*"  # not "I'm"
_HONORIFICS = {"honourable", "honorable", "hon", "mr", "mrs", "ms", "dr", "sir", "dame"}
# name particles: "Abdullah bin Hamad Al-Mutairi", "Ingeborg van den Broeck"
_PARTICLE = r"(?:(?:bin|bint|ibn|abu|al|el|de|da|di|del|dos|van|von|der|den|ter|du|la|le)\s+|(?:al|el)-(?=[A-ZÀ-ÞĀ-Ž])){0,2}"
# (and a joined article: "Haider Abdul-Karim al-Shammari")
_ROLE_COMMA_HEADS = ("Minister", "Secretary", "Director", "Ambassador", "Chairman", "President", "Commander",
                     "Spokesperson", "Spokesman", "Spokeswoman", "Coordinator", "Envoy", "Representative", "Chief",
                     "Head", "Governor", "Commissioner")
_ROLE_COMMA_HEAD = re.compile("|".join(_ROLE_COMMA_HEADS))  # any of them in a sentence: one regex, not 16 tests
_ROLE_COMMA_NAME = re.compile(
    r"(?<![\w-])(?P<role>(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+|[A-Z][a-z]+-){0,3}(?:" + "|".join(_ROLE_COMMA_HEADS) + r")[^,;]{0,80}),\s+"
    r"(?:(?:(?:Lieutenant|Major|Brigadier|Vice|Rear)\s+)?(?:General|Admiral|Colonel)\s+)?"  # a rank: "Lieutenant General"
    r"(?:(?:Sheikh|Shaikh)\s+)?"  # or a Gulf title: "Bahrain's Ambassador to the United Kingdom, Shaikh X bin Y Al Z,"
    r"(?P<shri>(?:Shri|Smt|Sh|Kumari)\.?\s+)?"  # or an Indian one, whose name needs no closing comma: "the Union Home
    # Secretary, Shri X Y said that ..."
    r"(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _PARTICLE + _NAME_TOKEN + r"){1,3})(?:,|\.?\s*$|(?(shri)(?=\s+[a-z]{2,})|(?!)))"
)  # "... met Kenya's Cabinet Secretary for Defence, Rachel Wanjiru Omondi."
_LOWER_ROLE_COMMA_NAME = re.compile(  # (the word boundary checked behind "the": the engine skips ahead to it)
    r"the(?<!\wthe)\s+(?P<role>(?:[A-Za-z-]+\s+){0,3}(?:" + "|".join(h.lower() for h in _ROLE_COMMA_HEADS) + r")|"
    # "the head of the Financial Information Unit (UIF), Mariana Echeverría Paz,"
    r"(?:head|chief|director|chairman|chairwoman|chairperson|president|commander|spokes(?:man|woman|person)|"
    r"[Aa]mbassador(?:\s+[Ee]xtraordinary\s+and\s+[Pp]lenipotentiary)?|(?P<capital>Prime\s+Minister|President|"
    r"(?:Deputy\s+)?Minister))\s+(?:of|to)\s+"
    r"(?:the\s+)?[A-ZÀ-ÞĀ-Ž][^,;()]{2,80}?(?:\s+\([A-Z][\w&-]{1,10}\))?),\s+"
    r"(?P<honorific>(?:(?:YAB|YB|H\.\s?E\.|(?:His|Her)\s+Excellency|" + MALAY_TITLE + r"|Dr|Mr|Mrs|Ms)\.?\s+)*)"  # "YAB Dato'
    # Sri X", "Mr. X"
    r"(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _PARTICLE + _NAME_TOKEN + r"){1,3})(?:,|\.(?=\s|$))"
)  # "... by the home secretary, Judith Fenwright, in the Sunday Telegraph": an office in lower case
_OFFICE_LINKS = {"of", "for", "and", "the", "on", "to", "in", "at"}
_GEO_WORDS = {"Asia", "Africa", "Europe", "America", "East", "West", "North", "South", "Central", "Middle", "Gulf",
              "Pacific", "Atlantic", "Caucasus", "Balkans", "Sahel", "Peninsula", "Region", "Valley", "Province", "County",
              "District", "Governorate", "Oblast", "Prefecture", "Islands", "City", "Lake", "River", "Basin"}
_NAME_WHO = re.compile(r"(?P<name>" + _NAME_TOKEN + r"(?:\s+(?:[A-Z]\.?\s+)?" + _PARTICLE + _NAME_TOKEN + r"){1,3}),\s+who\s+"
                       r"[^,.;]{0,120}")
_NAME_COMMA_ROLE = re.compile(
    r"(?P<name>" + _NAME_TOKEN + r"(?:\s+(?:[A-Z]\.?\s+)?" + _PARTICLE + _NAME_TOKEN + r"){1,3}),\s+"
    r"(?:the\s+|a\s+|an\s+)?"  # "Thomas W Eckersley, the US ..."
    r"(?!(?:was|were|is|are|has|had|have|will|would|held|opened)\b|[a-z-]+ed\s+by\b)"  # "..., was opened by",
    # "Abu Dhabi, co-chaired by X, <office>": a clause, no role (and the name after it is still to be read)
    r"(?P<role>[A-Za-z][\w'’()-]*(?:\s+[\w'’()-]+){0,20}?)(?=,|\.|;|\s+who\b|\s+while\b|$)"
)
# = r"\b(?:[A-ZÀ-ÞĀ-Ž][a-z...]+|MP)\b", with the \b behind the first letter: a pattern that starts with a
# character class lets the regex engine skip ahead to the capitals, which a leading \b does not
_CAPITALISED = re.compile(r"[A-ZÀ-ÞĀ-Ž](?<=\b.)(?:[a-z\u00C0-\u024F'’-]+|(?<=M)P)\b")
_NOT_NAMES = {"the", "this", "that", "these", "those", "there", "then", "but", "and", "yet", "some", "many",
              "critics", "officials", "police", "people", "he", "she", "they", "his", "her", "its", "their", "our",
              "when", "while", "after", "before", "since", "last", "next", "today", "asked", "speaking", "under",
              "according", "meanwhile", "however", "earlier", "later", "also", "both", "none", "all", "one", "in",
              "on", "at", "during", "for", "from", "with", "by", "until", "despite", "amid", "throughout", "finally",
              "beyond", "instead", "thus"}


_AFFILIATION = re.compile(
    r"^(?P<who>.+?[A-ZÀ-ÞĀ-Ž][\w'’.-]+)\s+(?P<aff>(?:of|from)\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
    r"(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|of|for|and|the|[a-z][\w'’-]*)){0,8})$"  # "of the Memorial human rights centre"
)
_NAME_ROLE_ACRONYM = re.compile(r"(?P<run>[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){0,4}[A-ZÀ-ÞĀ-Ž][\w'’.-]*),\s+"
                                r"(?P<role>[A-ZÀ-ÞĀ-Ž][^,;()]{3,80}?)\s*\((?P<acr>[A-Z]{2,6})\)")  # (the first word out of
# the repeat: a pattern opening on a character class lets the regex engine skip ahead)
_PAREN_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")  # what _NAME_ROLE_ACRONYM needs: a search that skips to the "("s
_ACRONYM_TITLE = re.compile(r"\((?P<acr>[A-ZÀ-ÞĀ-Ž]{2,6})\)(?:\s+(?:for|to|in|on)\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+"
                            r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,2},)?\s+(?P<run>(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){1,6}"
                            r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*)")  # and "(SRCC) for Somalia, Ambassador X Y"
_CAPITAL_BYTES = bytes(65 if 65 <= c <= 90 else 32 for c in range(256))  # A-Z as "A", any other byte a space
_ACRONYM_BEFORE_NAME = re.compile(r"(?P<acr>[A-Z][A-Z]{1,5})\s+(?P<name>[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž][\w'’-]+)\b")  # (opening on a
# character class, so the regex engine skips to the capitals; the word boundary before it is checked after)


_UNIQUE_OFFICE = re.compile(r"(?i:the)\s+[A-ZÀ-ÞĀ-Ž][a-z]+\s+(?i:president|vice\s+president|prime\s+minister|premier|emir|king|"
                            r"chancellor)")


def _successive_holder(state: _State, words: list[str]) -> Person | None:
    """Who a description names when the page has one holder of an office making way for another: "his successor"
    and "the new director" are the incoming one, "his predecessor" and "the outgoing director" the outgoing one."""
    low = [w.lower() for w in words]
    outgoing, incoming = state.succession[-1]
    if low[-1] in ("successor", "predecessor"):
        return incoming if low[-1] == "successor" else outgoing
    if "new" in low[1:-1] or "incoming" in low[1:-1]:
        return incoming
    if "outgoing" in low[1:-1] or "previous" in low[1:-1]:
        return outgoing
    return None


_UN_CHIEF = re.compile(r"(?i:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:Secretary-General|Secretary\s+General|chief)|"
                       r"Secretary-General)")


_NOT_THE_CHIEF = re.compile(r"(?:under|deputy|assistant)[- ]secretary-general|for\s+the\s+secretary-general")


def _unnamed_un_chief(state: _State) -> Person | None:
    """ "The Secretary-General strongly condemns ...", "the UN chief said" on a UN page that never names him: the
    Secretary-General, as the office (one holder, whom everyone knows by it); None when the page names anyone of
    that office, whom the usual reading finds."""
    if any("secretary-general" in (held := f"{p.role or ''} {p.office or ''}".lower()) and not _NOT_THE_CHIEF.search(held)
           for p in state.registry.people if not p.is_org and p.name != "Secretary-General"):
        return None  # "SCO Secretary-General X": the one "the Secretary-General" means (not an Under-Secretary-General)
    if "United Nations" not in state.text and "UN " not in state.text and "U.N." not in state.text:
        return None
    return state.registry.find("Secretary-General") or state.registry.add("Secretary-General")


_HEAD_OF = re.compile(r"^(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(\w+)\s+(?:of|for|at)\s", re.IGNORECASE)  # "the head of ..."


def _resolve(state: _State, mention: Mention) -> Person | str | None:
    """The speaker a mention refers to: a Person, a group name, "?" (named later), or None."""
    reg = state.registry
    if mention.kind == "pronoun":
        if mention.text == "they":
            return reg.last_group
        return None if state.anonymous_speaking else reg.pronoun(mention.text)
    if mention.kind == "group":
        group = _canonical_group(state, mention.text)
        reg.last_group = group or None
        return group or None  # bare "ministers" with nothing to name them by is no speaker
    if mention.kind == "agentless":
        return reg.last_group
    if mention.kind in ("name", "description") and _UN_CHIEF.fullmatch(mention.text) and \
            (chief := _unnamed_un_chief(state)) is not None:
        reg.mention(chief)
        return chief
    if mention.kind == "definite":
        found = _definite(state, mention.text)
        if found is None and state.in_lead and (noun := mention.text.split()[-1].lower()) in _PERSONAL_OFFICES and \
                all(p.is_org for p in state.registry.people):  # "[The coalition will ...,] its secretary-general
            # announced", before anyone is named: the one named next
            state.pending_nouns[len(state.facts)] = noun
            state.pending_descriptions[len(state.facts)] = LEADING_ARTICLE.sub("", mention.text)
            return "?"
        return found
    if mention.kind in ("name", "description") and \
            (body := _body_named_in_full(state, LEADING_ARTICLE.sub("", mention.text))) is not None:
        return body  # "according to the Executive Committee": the "Executive Committee of the SCO RATS" named before
    if mention.kind == "delegate":
        delegate = reg.find(mention.text) or reg.add(mention.text)
        reg.mention(delegate)
        return delegate
    if mention.kind == "description" and mention.text.lower() in ("the press service", "its press service") and \
            (service := next((p for p in reg.newest_first() if p.name.lower().endswith(" press service")), None)):
        return service  # "..., the FSB press service said. ... the press service said": the same again
    if mention.kind == "description" and _A_SOURCE.match(mention.text):
        return None  # "A source in the CSTO Secretariat told Kazinform": unnamed by design, never named later
    if mention.kind == "description":
        words = mention.text.split()
        noun = words[-1].lower()
        if state.succession and (holder := _successive_holder(state, words)) is not None:
            reg.mention(holder)
            return holder  # "His successor pledged ...", "the new director said", "the outgoing director noted"
        if len(words) == 2 and words[1][:1].isupper() and is_person_demonym(words[1]) and reg.last_person is not None \
                and not reg.last_person.is_org and not _other_country(mention.text, f"{reg.last_person.role or ''} "
                                                                                     f"{reg.last_person.office or ''}"):
            reg.mention(reg.last_person)
            return reg.last_person  # "The Norwegian, a former officer ..., said": the person just quoted
        if (holder := _office_holder_named(reg, words)) is not None:
            return holder  # "the Secretary of the Security Council": the holder of that office, named before
        if noun in _DOCUMENT_NOUNS:  # "the statement said": whoever issued it
            return reg.last_org
        head_of = _HEAD_OF.match(mention.text)
        person_of = head_of is not None and head_of.group(1).lower() in ROLE_WORDS  # "the head of the X centre"
        if noun in ORG_WORDS and len(words) == 2 and words[1][:1].isupper() and \
                (body := _definite(state, mention.text)) is not None:
            return body  # "the Council stresses": the "Council of the EU" the page names
        if noun in ORG_WORDS and len(words) > 2 and not person_of:  # "the Belgian government", "the SCO Secretariat"
            org, acronym, descriptor = org_phrase(mention.text)
            if org is not None:
                return reg.find(org) or reg.add(org, descriptor)
            return reg.add(" ".join(words[1:]))
        if head_of:
            noun = head_of.group(1).lower()
            found = reg.by_role(noun, deputies=True)  # "the chairman of the meeting": whoever chaired it
            if found is None and noun in ("head", "chief", "leader"):
                found = _head_of_body(state, mention.text[head_of.end():])
            if found is None:  # "the Chairman of the Working Group said": named so in a list of participants
                found = _named_holder(state, LEADING_ARTICLE.sub("", mention.text))
            if isinstance(found, Person) and not found.is_org:
                reg.mention(found)  # "He emphasized" next is this head, not the last one named
            return found if found is not None else ("?" if state.in_lead else None)
        if mention.text.lower().startswith(("a ", "an ")):
            if not state.in_lead:
                state.anonymous.add(noun)  # a later "the diplomat said" is this unnamed source again
            return "?" if state.in_lead else None
        # "the Chinese vice minister": the minister whose role or name carries a qualifier, the nearest one first
        qualifiers = [word for word in words[1:-1] if len(word) > 2]
        if re.fullmatch(r"[A-ZÀ-ÞĀ-Ž][\w-]+['’]s", words[0]):
            qualifiers.insert(0, words[0][:-2])  # "Egypt's top diplomat": Egypt's
            if noun in ("representative", "delegate") and canonical_place(words[0][:-2]) and \
                    reg.by_role(noun, words[0][:-2]) is None:  # "China's representative said" at a Council debate
                return reg.add(f"{noun} of {words[0][:-2]}")
        if noun == "diplomat" and "top" in qualifiers:  # "the top diplomat": the foreign minister
            noun, qualifiers = "minister", [*(q for q in qualifiers if q != "top"), "foreign"]
        fallbacks = ["former"] if "former" in qualifiers else reversed(qualifiers)  # "the former defense secretary":
        # not the one now
        if noun in _BODY_HEADS:  # "the ministry said": the ministry named before, never one of its officials
            found = reg.by_org(noun)
            if found is None and (named := _definite(state, mention.text)) is not None and len(named.name.split()) > 1:
                found = named  # "the ministry": the "Ministry of Public Security" the page names; a bare word is none
        else:
            found = reg.by_role(noun, *qualifiers)
            if found is None:  # (each fallback looked for only when the ones before are not found)
                found = next((p for word in fallbacks if (p := reg.by_role(noun, word)) is not None), None)
            if found is None and "former" not in qualifiers and (found := reg.by_role(noun) or reg.by_org(noun)) is not None and \
                    _other_country(mention.text, f"{found.role or ''} {found.office or ''}"):
                # "the Austrian minister" is not the Slovak interior minister quoted last, but a minister named
                found = next((p for p in reg.newest_first() if not p.is_org and noun in (p.role or "").lower().split()
                              and not _other_country(mention.text, f"{p.role} {p.office or ''}")), None)  # with no other
                # country
        if isinstance(found, Person) and not found.is_org:
            reg.mention(found)
        if found is None and noun in state.anonymous and mention.text.lower().startswith("the "):
            state.anonymous_speaking = True  # "the official said": the unnamed source, and "he" is them now
            return None
        if found is None and noun in _PERSON_NOUNS and reg.last_person is not None and not state.in_lead and \
                mention.text.lower().startswith("the ") and \
                not _other_country(mention.text, f"{reg.last_person.role or ''} {reg.last_person.office or ''}") and \
                not (_UNIQUE_OFFICE.fullmatch(mention.text) and noun not in (reg.last_person.role or "").lower().split()):
            # (not "the Belgian prime minister" for the NATO Secretary General quoted last)
            found = reg.last_person  # "the diplomat noted": the official just quoted
            if _NON_OFFICIAL.search(found.role or "") and noun not in _NON_OFFICIAL_NOUNS:  # not a researcher quoted last,
                found = next((p for p in reversed(reg.recent) if not p.is_org and (p.role is None or noun in p.role.lower())),
                             None)  # but the official quoted before: "the ambassador, for his part, stressed"
                if found is not None:
                    reg.mention(found)
        if found is None and noun in ("source", "insider"):
            return None  # "a security source told Reuters": unnamed by design, never named later
        if found is None and not state.in_lead and _UNIQUE_OFFICE.fullmatch(mention.text) and \
                country_of_demonym(mention.text.split()[1]) and \
                not re.search(rf"(?i:{re.escape(' '.join(words[1:]))}),?\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]+\s+){{1,3}}[A-ZÀ-ÞĀ-Ž]",
                              state.text):  # "The Tajik president called for ...": the one holder
            # of that office, whom the page never names ("the French president, Étienne Marchais" names him)
            titled = " ".join(w[:1].upper() + w[1:] for w in mention.text.split()[1:])
            person = reg.find(titled) or reg.add(titled)
            reg.mention(person)
            return person
        if found is None and noun not in ORG_WORDS:
            office = " ".join(words[-2:]).lower() if len(words) > 2 and words[-2].lower() in _OFFICE_QUALIFIERS else noun
            state.pending_nouns[len(state.facts)] = office  # "the French defense minister ..., the minister, X, said"
            state.pending_descriptions[len(state.facts)] = LEADING_ARTICLE.sub("", mention.text)
            return "?"
        return found
    text = mention.text
    if text.lower().startswith("the ") and 2 <= len(initials := text.split()[1:]) <= 3 and \
            all(w.isupper() and w.isalpha() and len(w) <= 4 for w in initials) and \
            (holder := reg.by_initials("".join(initials))) is not None and \
            re.search(re.escape(" ".join((holder.role or "").split()[:3])) + r"[^.;\n]{0,80}?" + re.escape(holder.name),
                      state.text):
        return holder  # "the IG FC told reporters": the "Inspector General of Frontier Corps ... X Y" named before (by
        # the office just before the name, not in a list of those attending)
    if text.isupper() and 2 <= len(words := text.split()) <= 5 and all(len(w) > 2 and w.isalpha() for w in words) and \
            is_person_name(text.title()) and not is_org_name(text.title()):
        text = text.title()  # a UN summary's "RICARDO ALVARADO MEZA (Peru), Chair of ..., said": Ricardo Alvarado Meza
    if text[:1].isupper() and text.split()[0].lower() in _ROLE_HEADS and \
            ((named := split_role_name(text)[1]) is None or is_org_name(named) or canonical_place(named)) and \
            (holder := _office_holder_named(reg, ["the", *text.split()])) is not None:
        return holder  # "Commander Peshawar Corps informed that ...": the "Commander Peshawar Corps Lt Gen X Y" met before
    if text.lower() in GENERIC:
        return None
    if text.lower() in ("police", "the police") and (force := _named_police(state.text)) is not None:
        return state.registry.find(force) or state.registry.add(force)  # "Police said": the "Kenyan police" of the lead
    if text.lower() in ("the embassy", "the ministry") and (body := reg.by_org(text.split()[1])) is not None:
        return body  # "The Embassy reminds ...": the embassy the page named in full
    if text.lower() == "the embassy" and (named := _EMBASSY_NAMED.search(state.text)) is not None:
        body = reg.find(named.group(1)) or reg.add(named.group(1))  # "The Chinese Embassy in Pakistan issued a
        body.is_org = True  # statement ... The Embassy said": that embassy
        return body
    if _THE_BODY.fullmatch(text) and (body := _definite(state, text)) is not None:
        return body  # "The Meeting expressed ...": the "13th ASEAN Ministerial Meeting on Transnational Crime"
    if " and " in text:  # "India and the United States agreed": the two of them
        parts = [re.sub(r"^(?:the)\s+", "", p.strip(), flags=re.IGNORECASE) for p in re.split(r",\s*|\s+and\s+", text)]
        if len(parts) >= 2 and all(canonical_place(p) or org_phrase(p)[0] for p in parts if p):
            return re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
        if len(parts) == 2 and all(len(p.split()) >= 2 and is_person_name(p) and not is_org_name(p) for p in parts):
            named = []
            for part in parts:  # "Helen Carrow-Lindley and Étienne Marchais have announced": the two of them,
                role, name = split_role_name(part)  # and each is known by the full name from now on (without the
                name = name if role and name and len(name.split()) >= 2 else part  # office: "Defence Minister X Y")
                reg.mention(reg.find(name) or reg.add(name, role if name != part else None), part)
                named.append(name)
            return " and ".join(named)
    if (holder := _office_holder_named(reg, text.split())) is not None:
        return holder  # "The Secretary of the Security Council of the Russian Federation stressed"
    if text[:12].lower() == "the head of " and (holder := _head_of_body(state, text[12:])) is not None:
        reg.mention(holder)
        return holder  # "the Head of the Kazakh Foreign Ministry noted": its minister, named before
    if state.honoured and (honoured := state.honoured.get(" ".join(LEADING_ARTICLE.sub("", text).lower().split()))) \
            is not None:
        honoree = next((p for f in reversed(state.facts) for p in honoured if p.name == f.speaker), None) or honoured[-1]
        reg.mention(honoree)  # "He pointed out" next is the same one
        return honoree  # "His Highness stressed", "Chief Guest said": the one the page so titles who spoke last, else
        # the one named last
    affiliation = _AFFILIATION.match(text) if ("of" in text or "from" in text) and not PEERAGE.search(text) \
        else None  # not "Lord X of Holloway" (the pattern needs an "of" or a "from": looked for first)
    if affiliation and re.search(r"\s(?!(?:of|for|and|the)\b)[a-z]", affiliation.group("aff")) and \
            not (split_role_name(affiliation.group("who"))[0] is None and len(affiliation.group("who").split()) >= 2):
        affiliation = None  # "of the Memorial human rights centre" only after a bare name: "Natalya Khlebnikova"
    if affiliation and split_role_name(affiliation.group("who"))[1] and \
            not is_org_name(split_role_name(affiliation.group("who"))[1] or ""):  # "Senator X of the PTI"
        role, name = split_role_name(affiliation.group("who"))
        person = reg.add(name, f"{role or ''} {affiliation.group('aff')}".strip())
        reg.mention(person, text)
        return person
    last = text.split()[-1]
    if ((text.lower().startswith("the ") and len(text.split()) == 2 and 2 <= len(last) <= 5) or
        (" " not in text and 4 <= len(text) <= 5)) and last.isupper() and \
            last not in _PLACE_INITIALS and (holder := reg.by_initials(last)) is not None:
        return holder  # "the NSA said", "the CS said", "COAS said": the holder of the office those initials name
    if text.lower().startswith("the ") and len(parts := text.split()) == 3 and parts[1].isupper() and parts[2].isupper() \
            and (holder := reg.by_initials(parts[1])) is not None and parts[2] in (holder.role or ""):
        reg.mention(holder)
        return holder  # "the DG ISPR said": the Director General of Inter-Services Public Relations (ISPR) named before
    if (shouted := _SHOUTED_SURNAME.fullmatch(text)) is not None:  # a UN summary's "Mr. BARANAUSKAS" after its
        surname = shouted.group("name")  # "chaired by VYTAUTAS BARANAUSKAS, Minister for ...": Vytautas Baranauskas
        full = re.search(rf"\b(?:[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+\s+){{1,3}}{re.escape(surname)}\b", state.text)
        text = normalise_caps((full.group(0) if full else surname).title())
    role, name = split_role_name(text)
    if len(parts := text.split()) == 2 and parts[0].isalpha() and parts[0].isupper() and 2 <= len(parts[0]) <= 3 and \
            (spelt := re.search(r"\b" + r"\s+".join(f"{c}[a-zà-ÿ]+" for c in parts[0]) + rf"\s+{re.escape(parts[1])}\b",
                                state.text)) is not None:
        role, name = None, spelt.group(0)  # "RK Sharma": the Ravinder Kumar Sharma the page named in full
    if name and role and len(name.split()) >= 2 and role.split()[-1].lower() in ROLE_WORDS and is_person_name(name) \
            and not is_org_name(name) and canonical_place(name) is None:  # "Armed Forces of the ... spokesperson X Y"
        person = reg.find(name) or reg.add(name, role)
        reg.mention(person, text)
        return person
    org, acronym, descriptor = org_phrase(text)
    if org is not None:
        body = reg.find(org) or reg.add(org, descriptor)
        body.is_org = True
        if acronym:
            reg.alias(acronym, body)
        reg.last_org = body
        return body
    if text.lower().startswith("the ") and last.isupper() and 3 <= len(last) <= 5 and \
            (holder := reg.by_role(last.lower())) is not None:
        return holder  # "the acting IGP said": the Inspector General of Police named before
    if name is None and role and text.lower().startswith("the ") and \
            all(w.lower() in ROLE_WORDS or w.lower() in ("of", "for", "and") for w in text.split()[1:]) and \
            (titled := _definite(state, " ".join(text.split()))) is not None:
        return titled  # "the Secretary-General said": the holder of that title, named before
    words = text.split()[1:]
    if name is None and role and text.lower().startswith("the ") and len(words) >= 2 and words[-1].lower() in ROLE_WORDS and \
            all(w[:1].isupper() for w in words) and (holder := reg.by_role(words[-1], *words[:-1])) is not None:
        reg.mention(holder)
        return holder  # "the Grand Mufti said": the one whose office has every word of it
    if name is None and role and text.lower().startswith("the ") and text.split()[1].lower() in ROLE_WORDS and \
            (holder := _named_holder(state, LEADING_ARTICLE.sub("", text))) is not None:
        return holder  # "the Chairman of the Working Group said": named so in the list of participants
    if name is None:
        org = " ".join(LEADING_ARTICLE.sub("", text).split())
        if org.split()[-1:] and org.split()[-1].lower() in _UNNAMED_PLURALS:
            return None  # "Japanese government officials say": nobody in particular
        if org and org[:1].isupper() and (is_org_name(org) or org.isupper()) and org.lower() not in ROLE_WORDS:
            body = reg.add(org)
            body.is_org = True
            reg.last_org = body
            return body
        return None
    if name.lower() in GENERIC:
        return None
    found = reg.find(name)
    hint = role or (LEADING_ARTICLE.sub("", mention.role) if (mention.role or "").lower().startswith("the ") else None)
    if hint and len(name.split()) == 1:  # "Foreign Secretary Malik", "Khattak, the general,": the one so titled, of two
        titled = [p for p in reg.people if not p.is_org and name in p.name.split() and hint.lower() in (p.role or "").lower()
                  and not any(f"{word} {hint.lower()}" in (p.role or "").lower() for word in SECOND_IN_LINE)]  # (not the
        # "Deputy Commissioner General" for "Commissioner General Zelalem")
        if len(titled) == 1:
            reg.mention(titled[0], text)
            return titled[0]
    cue = _HONORIFIC_GENDER.get(text.split()[0].lower().strip(".")) if text.split() else None
    if cue is not None and len(name.split()) == 1:  # "said Ms. Fan": the woman of that surname, if there are two
        same = [p for p in reg.people if not p.is_org and name in p.name.split() and p.gender == cue]
        if len(same) == 1:
            reg.mention(same[0], text)
            return same[0]
    titles = [w.strip(".") for w in text.split()[:-1]]  # "Dr.", "Lt. Gen."
    if titles and len(titles) <= 3 and all(t in _RANKS for t in titles) and len(name.split()) == 1:
        same = [p for p in reg.people if not p.is_org and name in p.name.split()]  # "Dr. Malik said": the Malik the
        titled = [p for p in same if _ranked_name_pattern(tuple(titles), p.name).search(state.text)] \
            if len(same) > 1 else []  # page
        if len(same) > 1 and len(titled) == 1:  # introduced as "Dr. Ahsan Javed Malik", not "Sadia Malik"
            reg.mention(titled[0], text)
            return titled[0]
    if (found is None or (" " not in found.name and not found.is_org)) and len(name.split()) == 1 and \
            not is_org_name(name) and not name.isupper() and \
            not GLUED_INITIAL.fullmatch(name) and canonical_place(name) is None and \
            (fuller := _fuller_name(state.text, name)) is not None:  # "S.Enkhbold" is whole already
        name, found = fuller, reg.find(fuller)  # "his Belgian counterpart Jan Verhaegen" ... "Verhaegen said"; a
        # "Durante" met first as "U.S. Attorney Durante" is known by the full name from now on
    if found is None and len(name.split()) == 1 and not role and not is_org_name(name) and not name.isupper() and \
            not (mention.role and _AGED.match(mention.role)):
        return None  # a lone surname nobody introduced: not enough to name a speaker (but "said Suparmi, 52, the
        # head of the neighborhood unit" introduces her, by the one name she goes by)
    person = reg.add(name, role or _clean_role(mention.role))
    if not person.is_org:
        reg.mention(person, text)
        waiting = len(state.facts) - 1
        if person.role is None and state.pending[-1:] == [waiting] and waiting in state.pending_descriptions:
            person.role = state.pending_descriptions[waiting]  # "Austria's interior minister has admitted ..." and
            # then "Gerhard Leitenberger said": the minister, whom "the Austrian minister" later names too
    return person


def _office_holder_named(reg: Registry, words: list[str]) -> Person | None:
    """The holder, named before, of an office spelt out after "the": "the Secretary of the Security Council", "the
    State Secretary of ...", "the General Officer Commanding"; now the latest mentioned ("He emphasized" is them)."""
    if len(words) < 4 or words[0].lower() != "the" or _ROLE_HEADS.isdisjoint((words[1].lower(), words[2].lower())):
        return None
    office = " ".join(words[1:])
    holder = reg.by_office(office)
    if holder is None and (mine := _countries_named(office)):  # "the Secretary of the Security Council of Russia":
        bare = re.sub(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’ -]*$", "", office)  # its holder "of the Russian Federation"
        wanted = set(_LOWER_WORD.findall(bare.lower())) - {"the", "of", "for", "and"}
        holder = next((p for p in reg.newest_first() if not p.is_org and bare != office and
                       wanted <= set(_LOWER_WORD.findall(f"{p.role or ''} {p.office or ''}".lower())) and
                       mine & _countries_named(f"{p.role or ''} {p.office or ''}")), None)
    if holder is None and len(words) >= 3 and reg.find(office) is None:  # "Commander Peshawar Corps": the one
        low = office.lower()  # whose fuller office the page gave ("Commander Peshawar Corps Lieutenant General")
        held = [p for p in reg.people if not p.is_org and p.role and p.role.lower().startswith(low) and
                p.role.lower()[len(low):len(low) + 1] in ("", " ", ",")]
        holder = held[0] if len(held) == 1 else None
    if holder is not None:
        reg.mention(holder)
    return holder


def _countries_named(text: str) -> set[str]:
    """The countries a description or a role names by a capitalised word: "Austria's", "Slovak" (not "Republic")."""
    found = set()
    for word in text.split():
        word = word.removesuffix("'s").removesuffix("’s")
        if len(word) > 3 and word[:1].isupper():
            country = canonical_place(word) or country_of_demonym(word) or ""
            if country.lower() in countries() and not country.lower().startswith(f"{word.lower()} "):
                found.add(country)
    return found


def _other_country(description: str, role: str) -> bool:
    """Whether a role names a country and the description names others only: "the Austrian minister" and
    "Slovakia's interior minister"."""
    mine = _countries_named(description)
    theirs = _countries_named(role) if mine else set()
    return bool(mine and theirs and mine.isdisjoint(theirs))


def _fuller_name(text: str, surname: str) -> str | None:
    """The first "Given [M.] Surname" in the text for a surname met alone, if the words before it are a name
    (not a title, a place or a body): "counterpart Jan Verhaegen", "Mr. Oleg V. Sirotkin"."""
    if text.count(surname) < 2:
        capitals = re.search(r"(?<![\w'’-])((?:[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+[ ]+){1,3})" + re.escape(surname.upper()) + r"\b",
                             text) if surname.upper() in text else None  # UN coverage: "ANTOINE LEFEBVRE-SAUVAGE, ..."
        return normalise_caps(capitals.group(0)) if capitals and not _not_a_given_name(capitals.group(1).split()[0]) \
            else None  # else named only here
    for start, at in _surname_matches(_FULLER_NAME_HEAD, text, surname, " "):
        words = text[start:at + len(surname)].split()
        while len(words) > 1 and _not_a_given_name(words[0]):
            words = words[1:]  # "the Kyrgyz Republic Orozbek Sultanaliev": the name starts after the place
        full = " ".join(words)
        if len(words) > 2 and (bare := split_role_name(full))[0] and bare[1] and len(bare[1].split()) >= 2:
            full, words = bare[1], bare[1].split()  # "Foreign Affairs Minister Gerald Lyttelton": the name after the office
        if len(words) > 1 and not any(_not_a_given_name(w) for w in words[:-1]) and not is_org_name(full):
            second = _SECOND_SURNAME.match(text, at + len(surname))  # "Javier Andrés Lozano Pérez said": his "Lozano"
            return f"{full} {second.group(1)}" if second and not _not_a_given_name(second.group(1)) and \
                second.group(1) not in HEADLINE_VERBS and second.group(1).lower() not in _CALENDAR else full
    at = text.find(surname)
    while at >= 0 and not _SPACE_CAPITAL.match(text, at + len(surname)):
        at = text.find(surname, at + 1)
    if at < 0:
        return None  # no capitalised word after the surname: what _surname_given_pattern needs (tested before compiling it)
    given = {m.group(0) for m in _surname_given_pattern(surname).finditer(text)}  # a given name met alone, as
    # Indonesian and Thai copy uses one:
    named = [g for g in given if not any(_not_a_given_name(w) or w in HEADLINE_VERBS for w in g.split()[1:]) and
             not is_org_name(g) and is_person_name(g)]
    return named[0] if len(named) == 1 and len(given) == 1 else None  # "Bagus" of "Commissioner General Bagus X Y"


_SECOND_SURNAME = re.compile(r"[ \t]+([A-ZÀ-ÞĀ-Ž][a-zß-ÿ'’-]+)(?=[ \t]+[a-z]|[,;:)]|\.(?:\s|$))")  # a mother's family name
# after the father's, and then the sentence goes on in lower case


def _not_a_given_name(word: str) -> bool:
    low = word.lower()
    return low.strip(".") in ROLE_WORDS or low in ORG_WORDS or low in _NOT_NAMES or low in _NOT_GIVEN_NAMES or \
        (canonical_place(word) is not None and low not in _GIVEN_NAMES_OF_CITIES) or \
        bool(ABSTRACT_NOUN.search(word))  # "... and Citizenship Petros X"


# given names that are also the names of cities: "Vladimir Konstantinovich Bredikhin" is no one from Vladimir
_GIVEN_NAMES_OF_CITIES = {"vladimir", "victoria", "florence", "regina", "santiago", "sofia", "aurora", "eugene",
                          "jackson", "lincoln", "austin", "madison", "charlotte", "alexandria", "marion", "salvador"}


_SPACE_CAPITAL = re.compile(r"[ ][A-ZÀ-ÞĀ-Ž]")


@lru_cache(maxsize=4096)
def _surname_given_pattern(surname: str) -> re.Pattern[str]:
    # (= r"(?<![\w'’-])" + the surname + ..., the test behind it made after the surname, so that the pattern opens on the
    # surname's letters and the regex engine skips ahead to them)
    return re.compile(re.escape(surname) + r"(?<![\w'’-]" + re.escape(surname) + r")(?:[ ][A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]+){1,3}\b")


# the given names _fuller_name reads before a surname, up to the blanks before it (= r"(?<![\w'’-])(?:" + _NAME_WORD +
# r"[ ]+){1,3}...", its first name word's test behind it made after the word's capital, so that the pattern opens on a
# character class and the regex engine skips ahead to the capitals; \Z: where _surname_matches ends it)
_FULLER_NAME_HEAD = re.compile(r"[A-ZÀ-ÞĀ-Ž](?<![\w'’-].)" + _NAME_WORD[len("[A-ZÀ-ÞĀ-Ž]"):] + r"[ ]+(?:" + _NAME_WORD +
                               r"[ ]+){0,2}(?:[A-Z]\.?[ ]+)?\Z")
_WORD_BOUNDARY = re.compile(r"\b")


def _surname_matches(head: re.Pattern[str], text: str, surname: str, blanks: str) -> list[tuple[int, int]]:
    r"""(start, surname's start) of each match finditer gives of `head` (words ending in a run of `blanks`, then \Z) +
    re.escape(surname) + r"\b", with no pattern compiled for each surname (a millisecond each, more than the search):
    `head` is tried up to each occurrence of the surname after a blank, from its line's start (no match spans lines).
    As finditer does, the leftmost start (that of the first occurrence any start reaches: a start reaching a later one
    passes it), then the farthest occurrence from there (`head`'s steps are whole words, the most tried first)."""
    ends: list[int] = []  # the surname's starts after a blank, with a word boundary after it
    at = text.find(surname, 1)
    while at >= 0:
        if text[at - 1] in blanks and _WORD_BOUNDARY.match(text, at + len(surname)):
            ends.append(at)
        at = text.find(surname, at + 1)
    spans: list[tuple[int, int]] = []
    done = 0  # where the last match ended
    for i, at in enumerate(ends):
        if at <= done or (m := head.search(text, max(done, text.rfind("\n", 0, at) + 1), at)) is None:
            continue
        start, line_end = m.start(), text.find("\n", at)
        last = at
        for later in ends[i + 1:]:
            if 0 <= line_end < later:
                break
            if head.match(text, start, later):
                last = later
        spans.append((start, last))
        done = last + len(surname)
    return spans


_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "meanwhile"}
_NOT_FIRST_WORDS = _NOT_NAMES | _CALENDAR  # no name begins "Monday, ..." nor "Since March" nor "Yesterday, the ..."
_UNNAMED_PLURALS = {"officials", "sources", "experts", "analysts", "diplomats", "observers", "residents", "witnesses",
                    "people", "critics", "insiders", "officers"}
_NOT_GIVEN_NAMES = {"as", "in", "on", "at", "for", "with", "by", "from", "to", "of", "if", "so", "when", "while",
                    "after", "before", "said", "says", "told", "asked", "like", "unlike", "under", "during", "dear",
                    "does", "did", "do", "is", "was", "has", "have", "can", "will", "would", "should", "could", "how",
                    "what", "why", "where", "who", "related", "coverage", "read", "more", "see", "also", "photo",
                    "follow", "share", "subscribe", "join", "watch", "listen", "download", "visit", "contact"}  # "Follow
# Trend on Telegram": a widget, no "Follow Trend"


def _head_of_body(state: _State, body: str) -> Person | None:
    """Who "the head of <body>" is: the person whose office names that body ("the head of the CTED" for the
    "Executive Director of the ... Directorate (CTED)"), or for a bare "the agency" the latest person holding the
    top office of one ("Chairman of the GKNB")."""
    words = [w for w in re.findall(r"[\w'’-]+", body) if w.lower() not in ("the", "of", "for", "and")]
    if not words:
        return None
    people = [p for p in reversed(state.registry.recent + state.registry.people) if not p.is_org and p.role]
    named = [w for w in words if w[:1].isupper()]
    if named:  # ("the Head of the Kazakh Foreign Ministry": its Minister of Foreign Affairs, no deputy)
        return next((p for p in people if all(w in (p.role or "") or (w == "Ministry" and "Minister" in (p.role or "") and
                                                                    SECOND_IN_LINE.isdisjoint((p.role or "").lower().split()))
                                              for w in named)), None)
    if len(words) == 1 and words[0].lower() in ORG_WORDS:
        return next((p for p in people if _TOP_OFFICE.match(p.role or "")), None)
    return None


_QUALIFIED_POLICE = re.compile(r"\b(?P<force>(?:[A-ZÀ-ÞĀ-Ž][\w'’-]+\s+){1,3})(?P<police>[Pp]olice)\b"
                               r"(?!\s+(?:[A-Z]|chief|officer))")


def _named_police(text: str) -> str | None:
    """The police force a page names ("Kenyan police", "Dhaka Metropolitan Police"), which a bare "police" is."""
    for m in _QUALIFIED_POLICE.finditer(text):
        words = m.group("force").split()
        if m.group("police") == "Police" and is_org_name(m.group(0)) and all(w[:1].isupper() for w in words):
            return LEADING_ARTICLE.sub("", " ".join(m.group(0).split()))  # "Dhaka Metropolitan Police"
        if country_of_demonym(words[-1]) or canonical_place(words[-1]):
            return f"{words[-1]} police"  # "Kenyan police", "Karachi police"
    return None


_TOP_OFFICE = re.compile(r"^(?:the\s+)?(?:Chairman|Chairwoman|Chairperson|Director|Director-General|Head|Chief|President)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=1024)  # compiled once per title and name, not on every call
def _ranked_name_pattern(titles: tuple[str, ...], name: str) -> re.Pattern[str]:
    r"""= rf"\b{titles}\.?\s+{name}\b" (the titles joined by r"\.?\s+"), its \b tested behind the first title's capital
    (each of _RANKS opens on one), so that the regex engine skips ahead to that capital through the page's text."""
    honorific = r"\.?\s+".join(map(re.escape, titles))
    return re.compile(rf"{honorific[0]}(?<!\w.){honorific[1:]}\.?\s+{re.escape(name)}\b")


_RANKS = {"Dr", "Prof", "Mr", "Mrs", "Ms", "Gen", "Col", "Lt", "Maj", "Brig", "Capt", "Adm", "Cdr", "General", "Colonel",
          "Lieutenant", "Major", "Brigadier", "Captain", "Admiral"}  # "Lt. Gen. Bacani": the Bacani so titled, of two
_HONORIFIC_GENDER = {"ms": "f", "mrs": "f", "miss": "f", "madam": "f", "mr": "m", "sir": "m"}
_BODY_HEADS = {"ministry", "committee", "commission", "department", "agency", "office", "service", "bureau",
               "secretariat", "directorate", "government", "council", "centre", "center", "institute", "university",
               "academy", "foundation"}
_THE_BODY = re.compile(r"[Tt]he\s+(?:Meeting|Conference|Summit|Forum|Council|Committee|Commission|Assembly|Session|"
                       r"Dialogue|Symposium|Seminar|Workshop|Secretariat|League|Union|Organi[sz]ation|Network|Group|"
                       r"Coalition|Alliance|Partnership|Initiative|Centre|Center|Institute|Agency|Board|Bureau)")


_PLACE_INITIALS = {"US", "UK", "EU", "UN", "AU", "UAE", "USA"}  # "the US said" is a country, not an office
_NOT_CALENDAR = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                 r"June|July|August|September|October|November|December)\b)")  # "the Security Council on Wednesday"


# offices one person holds, which a lead may give before the name: "the secretary-general announced"
_PERSONAL_OFFICES = {"minister", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "chief",
                     "director", "director-general", "president", "chairman", "chairwoman", "chairperson", "commander",
                     "ambassador", "envoy", "governor", "commissioner", "coordinator", "prosecutor"}
_COMPOUND_BODIES = {"task force", "working group", "expert group", "contact group"}


def _definite(state: _State, phrase: str) -> Person | None:
    """ "the task force" -> the "Financial Action Task Force" named earlier; "the minister" -> a minister."""
    words = phrase.split()[1:]
    if " ".join(words).lower() == "head of state" and (president := state.registry.by_role("president")) is not None:
        return president  # "the Head of State noted": the president named before
    if words[-1].lower() in _DOCUMENT_NOUNS and state.registry.last_org is not None:
        return state.registry.last_org  # "the statement said": the body that issued it
    if len(words) == 1 and words[0].lower() in _FINDINGS_NOUNS:
        return None  # "according to the survey": what a study found, nobody's statement
    second = [w.lower() for w in words[-2:-1] if w.lower() in SECOND_IN_LINE]  # "the Deputy Secretary-General"
    found = state.registry.by_org(" ".join(words)) or \
        (state.registry.by_role(words[-1], *second) if words[-1].lower() not in _BODY_HEADS else None)
    if found is None and "of" in words[1:] and words[0].lower() in ROLE_WORDS:
        found = state.registry.by_role(words[words.index("of") - 1], deputies=True)  # "the Secretary of State"
    if found is not None:
        return found
    if words[-1].lower() in _BODY_NOUNS and state.registry.last_org is not None:
        return state.registry.last_org  # "the rights group", "the watchdog": the body just named
    head = words[0].capitalize() if len(words) == 1 else " ".join(words) if all(w[:1].isupper() for w in words) else ""
    if head and words[-1].lower() in ORG_WORDS and head + " " in state.text:
        m = _body_of_pattern(head).search(state.text)
        if m:  # "the Council" on a page of the "Council of the EU" or the "Council of the League of Arab States"; "the
            # Executive Committee" of the "Executive Committee of the SCO Regional Anti-Terrorist Structure"
            body = state.registry.find(" ".join(m.group(0).split())) or state.registry.add(" ".join(m.group(0).split()))
            body.is_org = True
            return body
    named = words[-1].lower() not in ORG_WORDS or (len(words) == 1 and words[0][:1].isupper()) or \
        " ".join(words).lower() in _COMPOUND_BODIES  # "the task force": the "Financial Action Task Force"
    text = state.text  # "the Financial Action Task Force", "The 13th ASEAN Ministerial Meeting on Transnational Crime"
    m = named and all(w[:1].upper() + w[1:] in text for w in reversed(words)) and \
        _named_body_pattern(tuple(words)).search(text)  # (the regex's words, capitalised, tested first: it needs each)
    if m and not any(w.lower() in ("the", "a") for w in m.group(1).split()):
        office = " ".join((m.group(1) + m.group(0)[m.end(1) - m.start():]).split())
        if words[-1].lower() in ROLE_WORDS and words[-1].lower() not in ORG_WORDS:  # an office names no one: the person
            after = state.text[m.end():m.end() + 160].split(". ")[0]  # after it ("United Nations Under-Secretary-General,
            for run in _CAP_RUN.finditer(after):  # head of the UN Office of Counter-Terrorism Henrik Vangstad"), or none
                name = split_role_name(run.group(0))[1]
                if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
                    return state.registry.find(name) or state.registry.add(name, office)
            return None
        return state.registry.add(office)
    if words[-1].lower() in ORG_WORDS:  # "the home ministry", "the interior ministry"
        return state.registry.add(" ".join(words))
    return None


def _body_named_in_full(state: _State, name: str) -> Person | None:
    """The body a short capitalised name stands for, when the page names it in full with "of": "Executive Committee"
    -> the "Executive Committee of the SCO Regional Anti-Terrorist Structure" (the first such name on the page)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in ORG_WORDS or not all(w[:1].isupper() for w in words) or \
            f"{name} of " not in state.text or state.registry.by_org(name) is not None or \
            _named_body_pattern(tuple(words)).search(state.text) is not None or \
            (m := _body_of_pattern(name).search(state.text)) is None:
        return None  # (a body the page has named already, or names with words before these, is found by that name)
    full = " ".join(m.group(0).split())
    role, person = split_role_name(full)
    full = role if role and person and is_person_name(person) and not is_org_name(person) else full  # not "Security
    # Council of the Russian Federation Nikolai Golubkov"
    body = state.registry.find(full) or state.registry.add(full)
    body.is_org = True
    return body


@lru_cache(maxsize=1024)  # a page's few role and body words: compiled once each
def _body_of_pattern(word: str) -> re.Pattern[str]:
    name_word = r"[A-ZÀ-ÞĀ-Ž](?:[\w-]|['’](?!s\b(?![ ]+[A-ZÀ-ÞĀ-Ž])))*"  # (no possessive at its end: "the Ministry of
    # Public Security's department" is the Ministry of Public Security's; "the Council of People's Commissars" keeps it)
    return re.compile(re.escape(word) + r"[ ]+of[ ]+(?:the[ ]+)?" + name_word +
                      r"(?:[ ]+(?:and[ ]+|(?:of|for)[ ]+(?:the[ ]+)?)?" + name_word + "){0,6}")  # "... of the Cooperation
    # Council for the Arab States of the Gulf"


@lru_cache(maxsize=1024)
def _named_body_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The capitalised name ending in `words` that "the <words>" stands for."""
    tail = r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    return re.compile(r"\b[Tt]he[ ]+((?:(?:\d{1,3}(?:st|nd|rd|th)|[A-ZÀ-ÞĀ-Ž][A-Za-z][\w'’-]*)[ ]+){1,5})" + tail +
                      r"\b(?:[ ]+(?:on|of|for)[ ]+(?:the[ ]+)?" + _NOT_CALENDAR +
                      r"[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:[ ]+(?:and[ ]+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,4})?")


# what a role phrase caught past the office: "..., met with the delegation", "... who chaired the meeting"
_ROLE_CLAUSE = re.compile(r",?\s+(?:who|met|attended|visited|received|chaired|addressed|opened|signed|said|told)\b.*$"
                          r"|(?:\s+at\s+[A-ZÀ-ÞĀ-Ž][\w'’ -]*?)?\s+(?:today|yesterday|tonight)\b.*$")  # "... at GHQ today"
_DASHED = re.compile(r"\s+[-–—]{1,2}\s+")  # "2017 (WAM) -- His Highness Lt. General": what comes after a dateline
_STYLE_TAIL = re.compile(r"\s+the\s+(?:Rt\.?\s+)?(?:Hon|Honourable|Honorable)\.?$")  # "Senator the Hon": a senator
_ROLE_LEAD = re.compile(r"^(?:and|its|his|her|their|As(?:\s+the)?)\s+")  # "As the Executive Director of X, Dr Y, put it";
# "its Secretary-General"
_NOT_A_ROLE = re.compile(r"(?:on|in|at|for|from|while|by|with|during|after|before|under|to|speaking|addressing|responding|"
                         r"referring|reacting|commenting|writing|adding|noting)\b(?!\s+charge\b)")


def _without_place(run: str, sentence: str, at: int) -> str:
    """A name run (at `at` in a sentence) without the place the sentence ran into it from: "(received ... in) Abu Dhabi
    Mathieu Roux-Delorme"."""
    return _without_leading_place(run) if sentence.endswith((" in ", " at ", " from "), 0, at) else run


@lru_cache(maxsize=1024)  # keyed by the name run only, not by the sentence before it
def _without_leading_place(run: str) -> str:
    words = run.split()
    for cut in (2, 1):
        if len(words) - cut >= 2 and canonical_place(" ".join(words[:cut])) is not None:
            return " ".join(words[cut:])
    return run


@lru_cache(maxsize=4096)  # every statement asks, and a page has few offices
def _shown_role(role: str | None) -> str | None:
    """The office a fact shows: a role phrase without a clause it ran into, and none where a prepositional
    phrase was taken for one ("in his presentation", "on behalf of the Presidency", "on Thursday")."""
    if not role:
        return None
    role = _ROLE_CLAUSE.sub("", _ROLE_LEAD.sub("", _STYLE_TAIL.sub("", _DASHED.split(role)[-1])))
    return None if not role or _NOT_A_ROLE.match(role) else role


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.strip(" ,")
    if _RELATIVE_ROLE.match(role):
        return None
    return role[:200] or None


# attribution clauses recur ('" he said.', "told reporters"): where and at what each says they were made, once
_clause_place = lru_cache(maxsize=4096)(clause_place)
_clause_setting = lru_cache(maxsize=4096)(clause_setting)


_COURTESY = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)?(?:thank\s+you|thanks(?!\s+to\b)|"
                       r"good\s+(?:morning|afternoon|evening)|peace\b(?=[^.!?]{0,50}\bupon\s+you)|"
                       r"(?:as-?)?salam[-\s]?o?[-\s]?alaikum|assalamu?['’]?\s*alaikum|namaste|selamat\s+\w+|"  # and in
                       # the speaker's language: "Assalam-o-Alaikum and a very good morning."
                       r"(?:you(?:'re|\s+are)\s+)?welcome)\b(?:(?:mrs?|ms|dr)\.|[^.!?;]){0,50}[.!]?$", re.IGNORECASE)  # ("Thank
# you, Mr. Chairman.")


# a moderator's procedure: "Next question, please.", "The lady in the second row.", "Today's press conference is
# concluded.", "Now the floor is open for questions."
_PROCEDURE = re.compile(r"(?:(?:okay|ok|all\s+right|right|now|so|well)[,.]?\s+)?"
                        r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?"
                        # a hearing's: "I thank the gentlewoman.", "The Chair recognizes ...", "X, you are recognized
                        # for 5 minutes.", "I yield back.", "Without objection, ...", "This hearing is adjourned."
                        r"(?:i\s+thank\s+(?:the\s+)?(?:gentle(?:man|woman|lady)|witness(?:es)?|chair(?:man|woman)?|"
                        r"ranking\s+member)\b|i\s+thank\s+you\.?$|i\s+yield\s+back\b|(?:the\s+)?chair\s+(?:now\s+)?"
                        r"recognizes\b|i\s+(?:now\s+)?recognize\s+myself\b|(?:you\s+are|is)\s+(?:now\s+)?recognized\s+for\b|"
                        r"the\s+gentle(?:man|woman|lady)\s+from\s+(?-i:[A-Z])|without\s+objection\b|"
                        r"(?:this|the)\s+(?:hearing|meeting|committee|subcommittee|session)\s+(?:is|stands)\s+adjourned|"
                        r"members\s+may\s+have\s+additional\s+questions|"
                        # a briefing's: "We'll go first to X of the Associated Press.", "that's all the time we have"
                        r"we(?:'|’)ll\s+go\s+(?:first\s+)?to\b|we(?:'|’)ve\s+got\s+time\s+for\b|"
                        r"(?:that's|that\s+is|that’s)\s+all\s+the\s+time\s+we\s+have|"
                        r"(?:the\s+)?(?:next|last|final)\s+question|(?:the\s+)?floor\s+is\s+(?:now\s+)?open|"
                        r"please\s+identify\s+(?:yourself|your\s+(?:news\s+)?(?:organi[sz]ation|outlet|media))|go\s+ahead\b|"
                        r"(?:today's|this)\s+(?:press\s+conference|news\s+conference|briefing)\s+is\s+(?:now\s+)?"
                        r"(?:concluded|over|adjourned|closed)|due\s+to\s+(?:time\s+constraints|the\s+time\s+limit)|"
                        r"the\s+(?:lady|gentleman|man|woman|journalist|reporter)\s+(?:in|at|on|with)\s+the\b)",
                        re.IGNORECASE)


def _greeting(line: str) -> bool:
    """A paragraph that only greets: "Dear members of the Council!", "Peace, mercy and blessings of God be upon you.",
    "Thank you, General. Excellencies, Minister, distinguished guests, good morning."."""
    if line.endswith((";", ";\n")) and _ADDRESSEE.match(line) is not None:
        return True
    if len(line) < 100 and (_SALUTATION.match(line) is not None or _COURTESY.match(line) is not None):
        return True
    return len(line) < 300 and (not (opening := line.lstrip()) or _GREETING_OPENS.match(opening) is not None or
                                _opens_with_office(opening)) and \
        all(_COURTESY.match(t := line[s:e]) or _SALUTATION.match(t) or _roll_of_address(t) for s, e in split_sentences(line))


# how a greeting's first sentence (from the line's first non-space) opens, for _COURTESY, _SALUTATION or _ADDRESS_OPENS
# to match it: each pattern's opening words, without what follows them (a test on the line, cheaper than splitting it
# into sentences)
_GREETING_OPENS = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)?(?:thank|good|peace|as-?salam|assalam|salam|"
                             r"namaste|selamat|you(?:'re|\s+are)|welcome)|(?:my\s+)?dear|distinguished|esteemed|ladies|"
                             r"excellenc|your\s+excellenc|colleagues|friends|comrade|honou?rable|respected|"
                             r"(?:Mr|Madam|Madame)\.?\s+(?:President|Chair|Speaker|Secretary|Minister)", re.IGNORECASE)


_ADDRESS_OPENS = re.compile(r"^(?:(?:my\s+)?dear|distinguished|esteemed|honou?rable|respected|excellenc(?:y|ies)|ladies|"
                            r"colleagues|friends|(?:Mr|Madam|Madame)\.?\s+(?:President|Chair\w*|Speaker|Secretary|Minister))\b",
                            re.IGNORECASE)
_ADDRESS_ENDS = re.compile(r",\s+(?:and\s+)?(?:(?:a\s+very\s+)?good\s+(?:morning|afternoon|evening|day)|welcome|"
                           r"ladies\s+and\s+gentlemen)$", re.IGNORECASE)
_NOT_ADDRESS = frozenset({"is", "are", "was", "were", "will", "have", "has", "had", "be", "we", "i", "it", "this", "that",
                          "to", "for", "our", "my"})


def _opens_with_office(text: str) -> bool:
    """Whether the first word is an office, or offices: "Minister of Defense, ...", "Ministers, ..."."""
    words = text.split(maxsplit=1)  # (none for a blank text)
    first = words[0].lower().rstrip(",") if words else ""
    return first in ROLE_WORDS or first[:-1] in ROLE_WORDS


def _roll_of_address(sentence: str) -> bool:
    """A sentence that only addresses the room: "Excellencies, Minister, distinguished guests, soldiers of the partner
    nations, good morning." (a roll of short forms of address ending in a greeting or "ladies and gentlemen:")."""
    body = sentence.rstrip(".!: ")
    if not (end := _ADDRESS_ENDS.search(body)) or not (_ADDRESS_OPENS.match(body) or _opens_with_office(body)):
        return False  # (and "Minister of Defense, Chiefs of Defense, ..., good morning."; its rare greeting at the end
        # looked for first: cheaper than the tests of its opening)
    items = re.split(r",\s+|\s+and\s+", body[:end.start()])
    return all(len(words := item.split()) <= 6 and not _NOT_ADDRESS.intersection(w.lower() for w in words) for item in items)


# a sentence of nothing but forms of address: "Distinguished Minister, my dear brother, dear members of the press, welcome."
_VOCATIVES = re.compile(r"^(?:\[[^\]]{2,40}\]\s*)?(?:(?:(?:my\s+)?dear|distinguished|esteemed|honou?rable|respected|"
                        r"excellenc(?:y|ies)|ladies|colleagues|friends)\b[^,.!?;]{0,40}?(?:,\s*|\s+and\s+|(?=[.!]?$)))+"
                        r"(?:welcome\b)?[.!]?$", re.IGNORECASE)
_ADDRESSEE = re.compile(r"^[A-ZÀ-ÞĀ-Ž][^.!?;:\"“”]{3,195};$")  # a speech's roll of those present: "The Principal Secretary, X;"


def _add(state: _State, start: int, end: int, speaker: Person | str | None, *, kind: str, verb: str | None,
         clause: str = "", in_lead: bool = False, confidence: float = 0.8, lead_date: str | bool | None = True) -> None:
    """Record a statement; `lead_date` is the date it defaults to (True: the day the lead reports)."""
    start, end = _trim(state.text, start, end)
    quote = state.text[start:end]
    if len(quote.split(maxsplit=2)) < 3 or not speaker or (len(quote) < 60 and _COURTESY.match(quote)) or \
            (len(quote) < 160 and quote[-1:] in ".!" and _VOCATIVES.match(quote)) or \
            (len(quote) < 200 and _roll_of_address(quote)) or \
            (len(quote) < 110 and _PROCEDURE.match(quote)) or \
            (len(quote) < 80 and quote[-1] == "." and ", " in quote and
             (called := _panel_line(quote[:-1])) is not None and called[0] != getattr(speaker, "name", speaker)):
        return  # "Thank you, Catriona.", "Foreign Minister, welcome back to Breakfast.": courtesies, no statement; and
        # a moderator calling the next questioner: "Court Bellhaven, Fox News." (not the questioner's own introduction)
    for f in state.facts[-40:]:  # statements are found in order (a plain loop: cheaper than any() of a generator)
        if f.start < end and start < f.end:
            return
    ctx = state.ctx
    ref = to_date(ctx.date) or ctx.reference  # (the lead's day: "The day before, X told reporters")
    if not ctx.dated_line and ctx.reference and "day" in clause and _WEEKDAY.search(clause) is not None:
        ref = ctx.reference  # but "on Thursday" from the page's day, not from the day its lead's meeting was held
    date = said_on = clause_when(clause, ref) if clause else None
    place = _clause_place(clause) if clause else None
    event = setting = _clause_setting(clause) if clause else None
    if event == "article" and state.article_event:
        event, date = state.article_event, date or state.article_date
    name = speaker if isinstance(speaker, str) else speaker.name
    prev = state.facts[-1] if state.facts else None
    if prev is not None and prev.speaker == name and start - prev.end < 1500 and not (date or place or event):
        # "He added ..." carries on where the last statement by the same speaker was made
        date, place, event = prev.date, prev.place, prev.event
        if prev.start in state.dateless:
            state.dateless.add(start)
    elif prev is not None and prev.speaker == name and start - prev.end < 1500:
        place = place or prev.place  # '"...," she told France Inter' after 'X said in Paris': still in Paris
        if date is None and event is not None and (event == prev.event or (
                event.startswith("interview with ") and event[15:] in state.text[max(0, prev.start - 200):prev.end])):
            date = prev.date  # '"...," X told Gulf News' after 'Speaking to Gulf News on Wednesday, X said': that day
    if kind in ("speech", "transcript") or in_lead:
        event = event or ctx.event
    if date is None and lead_date is True:
        state.dateless.add(start)  # may take the day the page later says this speaker gave an interview
    elif setting and setting.startswith("interview with ") and said_on and len(said_on) == 10 and \
            isinstance(speaker, Person) and not speaker.is_org:
        state.spoke_on.setdefault(name, (said_on, start))  # "X told Xinhua in an interview on Monday": X's words after
        # it, and the lead's when it is the next paragraph (not before a closing "X had told SUNA on Saturday")
    date = date or (state.lead_date if lead_date is True else lead_date)
    role = None if isinstance(speaker, str) else _shown_role(speaker.role)
    if place is None:
        state.placeless.add(start)  # may take the place the page later says this speaker spoke in
    elif setting and kind in ("direct", "reported") and isinstance(speaker, Person) and not speaker.is_org and \
            said_on in (None, state.lead_date, ctx.date):  # not "in Toledo last week"
        state.spoke_in.setdefault(name, place)  # '"...," he told a press conference in Lahad Datu'
    fact = Fact(
        id=_fact_id(state.doc_id, start, end), document=state.doc_id, speaker=name, role=role, quote=quote,
        date=date or ctx.date, place=place or ctx.place, event=event, start=start, end=end, kind=kind,
        verb=verb, confidence=confidence,
    )
    if name == "?":
        state.pending.append(len(state.facts))
    state.facts.append(fact)
    state.anonymous_speaking = False


_DELIVERED_BY = re.compile(r"^(?:(?:[^,]{5,200},\s+d|D|As\s+d)elivered|(?:As\s+)?[Pp]repared\s+for\s+delivery)\s+by\s+"
                           r"(?P<who>[A-ZÀ-ÞĀ-Ž].{3,200})$")  # and "Text of the statement at the meeting, delivered by X,
# <office>", "As prepared for delivery by Chargé d'Affaires a.i. X, Bratislava, October 22, 2019"


_AD_INTERIM = re.compile(r",?\s+a\.\s?i\.(?=\s|,|$)")
_SPEECH_KIND_LINE = re.compile(r"(?:(?:keynote|opening|closing|welcome|welcoming|introductory)\s+)?(?:speech|remarks|address|"
                               r"statement)\s*$", re.IGNORECASE)


def _split_speech_heading(lines: list[Line], texts: list[str], body_end: int) -> str | None:
    """A speech's heading broken over lines, joined: "OPENING REMARKS" over "by Ambassador X, <office>," (and "at
    <the occasion>")."""
    for i, (ln, line) in enumerate(zip(lines[:-1], texts, strict=False)):
        if ln.start >= body_end:
            break
        if ln.kind == "heading" and _SPEECH_KIND_LINE.match(line.strip()) and texts[i + 1].lstrip()[:3].lower() == "by ":
            after = texts[i + 2].strip() if i + 2 < len(texts) and texts[i + 2].lstrip()[:3].lower() == "at " else ""
            return " ".join(f"{line.strip()} {texts[i + 1].strip()} {after}".split())
    return None


def _speech_speaker(state: _State, headings: list[str], lead: str = "") -> Person | None:
    """Whose speech or statement a page is, from a heading like "Remarks by <role> <name> at ..."; a heading
    that names a person wins over one that names only an office or a body; "Delivered by X, <office>" wins over
    all ("Statement of the Kingdom of Saudi Arabia" / "Delivered by H.E. Ambassador X, Deputy Permanent Representative")."""
    for heading in headings:
        if (delivered := _DELIVERED_BY.match(heading.strip())) is not None:
            first, rest = _heading_who(_AD_INTERIM.sub("", delivered.group("who")))  # "Chargé d'Affaires, a.i. X Y"
            if canonical_place(rest.strip(" ,").split(",")[0].strip()):
                rest = ""  # "..., Bratislava, October 22, 2019": where and when, no office
            title, name = split_role_name(_HONORIFIC.sub("", first))
            if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
                return state.registry.add(name, rest.strip(" ,") or title)
    bare = [h.strip().lstrip("-–— ") for h in headings]  # "--Keynote Speech by X at ..." under the title
    matches = [m for h in bare if (m := _SPEECH_HEADING.match(h) or
                                   (_may_be_possessive_heading(h) and _POSSESSIVE_HEADING.match(h)) or
                                   (":" in h and _TAGGED_SPEECH_HEADING.match(h)))]
    matches = [_named_heading(m) for m in matches]

    def rank(m: re.Match[str]) -> tuple[bool, int]:  # a person's fullest name first: "Hendrik-Jan Verbrugge, Minister
        first, _rest = _heading_who(m.group("who"))   # of ..." over "Minister Verbrugge" over "the Ministry"
        name = split_role_name(first)[1] or split_role_name(m.group("who"))[1]
        return not is_person_name(first), -len((name or "").split())

    matches.sort(key=rank)
    for m in matches:
        if m:
            if m.group("who").strip().lower() in ROLE_WORDS:  # "CHAIRMAN'S STATEMENT OF THE 34TH ASEAN SUMMIT"
                return _chair(state) or _sole_office(state, m.group("who"))
            office = _OFFICE_OF.match(m.group("who"))  # "Speech of the Head of the CIS Anti-Terrorism Center"
            if office and (holder := _office_holder(state, lead, office.group("head"), m.group("who"))) is not None:
                return holder
            first, rest = _heading_who(m.group("who"))
            if rest and is_person_name(first):  # "the Honourable X Y, Minister of Public Safety," (and "Mr. X Y,
                return state.registry.add(split_role_name(first)[1] or first, rest)  # Under-Secretary-General, UN Office")
            org, _acronym, descriptor = org_phrase(m.group("who"))
            if org is not None:  # "Comment by the Information and Press Department on ..."
                body = state.registry.add(org, descriptor)
                body.is_org = True
                return body
            if rest and first.isupper() and _above_body(state, m.string) and (name := _caps_person(first)) is not None:
                # "SPEECH BY YB DATO' X BIN Y, MINISTER OF ...": the page's title (one under a story is appended)
                return state.registry.add(name, _caps_office(rest.strip(" ,")) if rest.isupper() else rest)
            if rest and first.isupper() and rest.isupper() and _above_body(state, m.string) and \
                    (name := _caps_person(rest.split(", ")[0].strip(" ,"))) is not None:
                # "REMARKS BY THE CHAIR OF X, VICE MINISTER OF ... OF COLOMBIA LUIS GABRIEL RENGIFO CORTÉS, AT ..."
                return state.registry.add(name, _caps_office(first))
            if not rest and first.isupper() and _above_body(state, m.string) and (name := _caps_person(first)) is not None:
                title = split_role_name(normalise_caps(first.title()))[0]  # "SPEECH BY HIS EXCELLENCY, PRESIDENT X Y, AT"
                return state.registry.add(name, _caps_office(title) if title else None)
            parts = [part.strip() for part in m.group("who").split(", ")]
            for i, part in enumerate(parts[1:], 1):  # "the Chairperson of X, Ambassador Y Z, Special Representative"
                _title, name = split_role_name(_HONORIFIC.sub("", part))
                if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
                    return state.registry.add(name, parts[i + 1] if i + 1 < len(parts) else parts[0])
            who = _HONORIFIC.sub("", m.group("who").strip(" ,"))
            role, name = split_role_name(who)
            if name is None and (of := _OF_STATE.search(who)) is not None and \
                    (held := split_role_name(who[:of.start()]))[0] and held[1] and len(held[1].split()) >= 2 and \
                    is_person_name(held[1]):  # "Remarks by Foreign Minister X Y of the People's Republic of China"
                role, name = f"{held[0]}{of.group(0)}", held[1]
            if name and " " not in name:  # "Vice FM Lim's keynote speech": the full name the page gives elsewhere
                name = _full_name_of(state.text, name) or _surname_first(state.text, name) or name
            if name:
                return state.registry.add(name, role)
            if role and _TITLE_WORDS.search(role) and (author := _from_line_person(state.text)) is not None:
                return state.registry.add(author, role)  # "Home Secretary's speech ..." and "From: ... X MP"
            if role and _TITLE_WORDS.search(role) and (holder := _titled_in_lead(lead, role)) is not None:
                return state.registry.add(holder, role)  # "Foreign Minister's speech ..." and "... delivered by
                # Foreign Minister Shaikh X bin Y Al Z at ..."
            if role and (office := _sole_office(state, role)) is not None:
                return office
    return None


def _sole_office(state: _State, office: str) -> Person | None:
    """An office that speaks in its own name on a page that never names its holder: "Secretary-General's remarks at
    the opening of ..."."""
    return state.registry.add(office.strip()) if _SOLE_OFFICE.fullmatch(office.strip()) else None


# an office with one holder at a time, that speaks in its own name when a page names no one: "Secretary-General"
_SOLE_OFFICE = re.compile(r"(?:(?:UN|United\s+Nations|NATO|OSCE|OIC|Interpol|INTERPOL)\s+)?(?:Deputy\s+)?"
                          r"(?:Secretary|Director)[- ]General|High\s+(?:Commissioner|Representative)")


@lru_cache(maxsize=1024)  # compiled once per role
def _titled_pattern(role: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?i:" + r"\s+".join(map(re.escape, role.split())) + r")\s+(?P<who>" + _NAME_TOKEN +
                      r"(?:\s+" + _PARTICLE + _NAME_TOKEN + r"){1,7})")


def _titled_in_lead(lead: str, role: str) -> str | None:
    """The name the lead gives right after a heading's bare office: "... the speech delivered by Foreign Minister
    Shaikh Khalid bin Mohammed Al Khalifa at ..." for "Foreign Minister's speech at ..."."""
    m = _titled_pattern(role).search(lead)
    if m is None:
        return None
    _title, name = split_role_name(_HONORIFIC.sub("", m.group("who")))
    return name if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) else None


_CHAIRED_BY = re.compile(r"\b(?:(?:[Cc]hairmanship|[Cc]hairpersonship|[Cc]hair)\s+of|chaired\s+by)\s+(?:H\.\s?E\.\s+)?"
                         r"(?P<who>[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){1,6})(?:,\s+(?P<office>[^,.;]{3,120}))?")


def _chair(state: _State) -> Person | None:
    """Who chaired, for a chair's statement: "... under the Chairmanship of H.E. General X Y, Prime Minister of ..."."""
    m = _CHAIRED_BY.search(state.text)
    role, name = split_role_name(m.group("who")) if m else (None, None)
    if name is None or len(name.split()) < 2 or is_org_name(name):
        return None
    return state.registry.add(name, m.group("office") or role)


_FROM_LINE = re.compile(r"^[ \t]*From:[ \t]+(?P<who>[^\n]{3,200})$", re.MULTILINE)
# "The Rt Hon X MP", "Senator the Hon X": the style around a name
_PARLIAMENTARY = re.compile(r"^(?:(?:Senator|Sen\.)\s+(?=the\s))?(?:[Tt]he\s+)?(?:Rt\.?\s+)?(?:Hon\.?\s+|Honourable\s+)?|"
                            r"\s+(?:MP|QC|KC|MEP|CBE|OBE|MBE)$")


def _typed_speech_sender(state: _State, head: list[str]) -> Person | None:
    """The speaker of a page typed "Speech" above its title whose only person is on its "From:" line ("From: Foreign &
    Commonwealth Office, UK Delegation to the OSCE and Fiona Cardew"), with the office its summary gives them ("UK
    Ambassador to the OSCE Fiona Cardew responds to ...")."""
    if not any(t.strip() == "Speech" for t in head) or (name := _from_line_person(state.text)) is None:
        return None
    summary = next((t for t in head if name in t and not t.lstrip().startswith("From:")), "")
    after = re.match(r",\s+(?P<office>[^,;]{3,120})(?:,|$)", summary[summary.index(name) + len(name):]) if summary else None
    if after is not None and not ROLE_WORDS.isdisjoint(after.group("office").lower().split()):
        return state.registry.add(name, after.group("office"))  # "... by Ambassador X Y, UK Deputy Permanent
        # Representative to the UN, on ..."
    before = summary[:summary.index(name)].split(" by ")[-1].strip() if summary else ""
    return state.registry.add(name, split_role_name(f"{before} {name}")[0] if before else None)


def _from_line_person(text: str) -> str | None:
    """The person a GOV.UK page's "From:" line names among its departments: "From: Home Office and The Rt Hon
    Caroline Hollingbrook MP"."""
    m = _FROM_LINE.search(text, 0, 3000)
    if m is None:
        return None
    for part in re.split(r",\s+|\s+and\s+", m.group("who")):
        name = _PARLIAMENTARY.sub("", part.strip())
        if len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
            return name
    return None


_OFFICE_OF = re.compile(r"^(?:the\s+)?(?P<head>head|chief|director|director-general|chairman|chairperson|chair|"
                        r"secretary|secretary-general|executive\s+secretary|president)\s+of\s+", re.IGNORECASE)


@lru_cache(maxsize=1024)  # compiled once per office
def _named_holder_pattern(office: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=[\n.;:]))[ \t]*(?P<who>[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){1,4}),"
                      r"[^\n;]{0,200}?\b" + r"\s+".join(map(re.escape, office.split())) + r"\b", re.IGNORECASE)


def _named_holder(state: _State, office: str) -> Person | None:
    """The person the page names with this office in apposition: "Konstantin Yurievich Mezentsev, Director of
    ..., Chairman of the Working Group;" for "the Chairman of the Working Group"."""
    if len(office.split()) < 3:
        return None
    m = _named_holder_pattern(office).search(state.text)
    if m is None or not is_person_name(m.group("who")) or is_org_name(m.group("who")) or \
            canonical_place(m.group("who")) is not None:  # not a dateline's "Addis Ababa, July 24/2019 (ENA) ..."
        return None
    return state.registry.add(split_role_name(m.group("who"))[1] or m.group("who"), office)


def _office_holder(state: _State, lead: str, head: str, office: str) -> Person | None:
    """The person the lead names as holder of a heading's office: "The Head of the CIS ATC, Colonel General
    Stanislav Gennadyevich Ryabtsev, delivered a speech"."""
    pattern = re.compile(rf"\b{re.escape(head)}\s+of\s+(?:the\s+)?[^,.;]{{2,80}},\s+(?P<who>[^,.;]{{3,80}}),",
                         re.IGNORECASE)
    for m in pattern.finditer(lead):
        _role, name = split_role_name(m.group("who"))
        if name and len(name.split()) >= 2 and not is_org_name(name):
            return state.registry.add(name, re.sub(r"^the\s+", "", office, flags=re.IGNORECASE))
    return None


_SPEECH_KIND = re.compile(r"^(?:(?:keynote|opening|closing|welcome|welcoming|video|special)\s+)?"
                          r"(?:speech|remarks|address|statement|lecture|media\s+release)\b", re.IGNORECASE)


_OFFICE_LINE_INITIALS = ("C", "M", "P", "R")  # the first letters of _OFFICE_LINE's offices: a test before it
_OFFICE_LINE = re.compile(r"^(?P<role>Chairperson|Chair|Chairman|Chairwoman|Moderator|Presiding\s+Officer|Rapporteur)\s*:"
                          r"\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.?\s+)?(?P<name>[A-ZÀ-ÞĀ-Ž][\w.'’ -]{2,60}?)\s*(?:\([^)]*\))?$")


def _office_lines(text: str, lines: list[Line]) -> dict[int, tuple[str, str | None]]:
    """Who holds an office a meeting page names in its header, by line start: "Chairperson: Mr S D Mabaso (ANC)",
    "Spokesperson: X Y Z, Deputy Director-General of the Press and Information Department"."""
    found = {}
    for ln in lines:
        line = text[ln.start:ln.end].strip()
        if line[:1] in _OFFICE_LINE_INITIALS and (m := _OFFICE_LINE.match(line)) is not None:
            found[ln.start] = (m.group("name").strip(), m.group("role"))
        elif line[:5] == "Spoke" and (m := _SPOKES_LINE.match(line)) is not None and is_person_name(m.group("name")) and \
                len(m.group("name").split()) >= 2 and not is_org_name(m.group("name")):
            found[ln.start] = (m.group("name"), m.group("role"))
    return found


_SPOKES_LINE = re.compile(r"^(?P<role>Spokes(?:person|man|woman))\s*:\s*"
                          r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){1,4})(?:,\s*[A-ZÀ-ÞĀ-Ž][^.\n]{3,200})?$")


def _speech_name_block(state: _State, lines: list[Line], line_texts: list[str], prose: list[Line]) -> Person | None:
    """A speech page whose speaker is a block of heading lines: "Remarks" / "Randall K. Whitacre" /
    "Coordinator for Counterterrorism" / "Dushanbe, Tajikistan" (the name, then its office, under a heading
    saying the page is a speech or remarks)."""
    if not prose:
        return None
    head = [(ln, t.strip()) for ln, t in zip(lines, line_texts, strict=True) if ln.end < prose[0].start]
    if not any(_SPEECH_KIND.match(t) for ln, t in head if ln.kind == "heading") and \
            not (state.title and _SPEECH_KIND.match(state.title)):
        return None
    def holder(name: str, office: str | None, at: int) -> Person:
        places = [p for _ln, line in head[at + 1:at + 3] if (p := canonical_place(line.split(",")[0].strip()))]
        if places and state.ctx.place is None:  # "Dushanbe, Tajikistan" under the office
            state.ctx = replace(state.ctx, place=places[0])
        return state.registry.add(name, office)

    fallback: tuple[str, str, int] | None = None  # a minister's site: "Minister for Foreign Affairs" over "The Hon X MP"
    styled: tuple[str, None, int] | None = None  # or only the minister's style: "Hon Daniel Moeke" over a portfolio
    for i, (ln, t) in enumerate(head[:-1]):
        following = head[i + 1][1]
        name, office = (_caps_person(t.split(", ")[0]), _caps_office(t.split(", ", 1)[1])) if \
            ln.kind == "heading" and t.isupper() and ", " in t else (None, "")  # "LYDIA M. QUENNEVILLE, COORDINATOR
        # FOR COUNTERTERRORISM": the name and office on one line in capitals
        bare = _PARLIAMENTARY.sub("", t)  # "Senator the Hon Philip Carrodus" over "Attorney-General"
        person_line = name is None and ln.kind == "heading" and _person_line(bare) and not _TITLE_WORDS.search(bare) and \
            not t.endswith(",")  # not a salutation: "Om Swastiastu," over "Your Excellency the Attorney-General ...,"
        if name is None and ln.kind == "heading" and t.isupper() and following.isupper() and ", " not in t and \
                (caps := _caps_person(t)) is not None and _TITLE_WORDS.search(office := _caps_office(following)):
            return holder(caps, office, i + 1)  # "H.E. SEKAR AYU X" over "MINISTER FOR FOREIGN AFFAIRS OF ..."
        if person_line and fallback is None and bare != t and i > 0 and _TITLE_WORDS.search(head[i - 1][1]) and \
                len(head[i - 1][1]) <= 120:
            fallback = (bare, head[i - 1][1], i)
        styled = styled or ((bare, None, i) if person_line and bare != t else None)  # "Hon Daniel Moeke" over "Police"
        if person_line and _TITLE_WORDS.search(following) and len(following) <= 120:
            return holder(bare, following, i + 1)  # the name over its office comes first
        if name is not None and _TITLE_WORDS.search(office):
            return holder(name, office, i)
    return holder(*(fallback or styled)) if (fallback or styled) is not None else None


def _long_speech_heading(line: str) -> bool:
    """A heading too long for the layout to call one: "Address by the Director of ... X at the ..." (a
    single sentence, which may end in a full stop)."""
    line = line.strip().lstrip("-–— ")  # "-- Speech by X, Vice Minister of ..., at the Sub-Forum on ..."
    if line.endswith((".", "!", "?")) and (len(line) > 300 or len(split_sentences(line)) > 1):
        return False  # "Speech by X, Minister of Y, at Z, The Hague, 25 January 2016." is still a heading
    return bool(_SPEECH_HEADING.match(line))


def _speaker_lines(text: str, lines: list[Line]) -> tuple[list[Line], list[tuple[str, str | None]]]:
    """Parliamentary records name each speaker on a line of their own, with no colon: "1. Joanna Pellew
    (Cheltenham) (Con)", "The Minister for Security (Mr Tobias Hartwell)", "Mr Hartwell". With three or more
    such lines, each followed by prose, they become labels (and the offices they give, roles)."""
    if (verbatim := _verbatim_turns(text, lines)) is not None:
        return verbatim
    found: dict[int, tuple[str, str | None]] = {}
    for i, ln in enumerate(lines[:-1]):
        if ln.kind == "label" or lines[i + 1].kind != "prose":
            continue
        line = text[ln.start:ln.end].strip()
        if _QUESTION_LINE.match(line):
            found[i] = ("Question", None)  # "Question 1" over the question, whose asker names themself in it
            continue
        if ln.kind == "furniture" or len(line) > 160 or line[-1:] in ".!?:—-":
            continue
        m = _OFFICE_NAME_LINE.match(line) or _SPEAKER_LINE.match(line)
        if m and (is_person_name(m.group("name")) or _CHAIR_LABEL.match(m.group("name"))):
            role = m.groupdict().get("role")
            found[i] = (m.group("name"), " ".join(role.split()) if role else None)
    if sum(name != "Question" for name, _role in found.values()) < 3:
        return _written_reply(text, lines)
    relabelled = [Line(ln.start, ln.end, "label", found[i][0]) if i in found else ln for i, ln in enumerate(lines)]
    return relabelled, [(split_role_name(n)[1] or n, r) for n, r in found.values() if r]


# a turn in a verbatim report of a parliament's debates: "Helga Steinbrecher, rapporteur. – (DE) Madam President, ...",
# "Péter Kovács (S&D). – ...", "President. – The debate is closed."
_VERBATIM_TURN = re.compile(r"(?P<name>President|[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:[ -][A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})(?:\s+\([^()]{1,30}\))?"
                            r"(?:,\s+(?P<role>[^–—]{2,200}?))?\.\s+[–—]\s+(?:\([A-Z]{2}\)\s+)?(?=\S)")  # (and "X, Member
# of the Commission, on behalf of the Vice-President of the Commission/High Representative of the Union for ... Policy. –")
_IN_THE_CHAIR = re.compile(r"^(?:in\s+the\s+chair|presidency|chair)\s*:\s*(?P<name>[^\n]{3,60}?)\s*$",
                           re.IGNORECASE | re.MULTILINE)


def _verbatim_turns(text: str, lines: list[Line]) -> tuple[list[Line], list[tuple[str, str | None]]] | None:
    """A verbatim report's turns, each a paragraph opening with its speaker (three or more of them): labels, and the
    offices they give ("rapporteur", "Member of the Commission"); "President" is the one the report puts in the chair."""
    turns = {i: m for i, ln in enumerate(lines) if ln.kind in ("prose", "heading") and
             text.find(" – ", ln.start, ln.start + 260) >= 0 and (m := _VERBATIM_TURN.match(text, ln.start)) is not None}
    if len(turns) < 3:
        return None
    chair = _IN_THE_CHAIR.search(text)
    chair_name = normalise_caps(chair.group("name").title()) if chair and chair.group("name").isupper() else \
        chair.group("name") if chair else None
    relabelled, roles = list(lines), []
    for i, m in turns.items():
        name = m.group("name")
        if name == "President":
            name = chair_name if chair_name and is_person_name(chair_name) else "President"
        role = m.group("role")
        if role and any(w in ROLE_WORDS or w == "rapporteur" for w in role.lower().split()) and " behalf " not in role:
            roles.append((name, role))
        relabelled[i] = Line(lines[i].start, lines[i].end, "label", name, None, m.end())
    return relabelled, roles


def _written_reply(text: str, lines: list[Line]) -> tuple[list[Line], list[tuple[str, str | None]]]:
    """A parliament's written question and answer ("2214. SHRI ANIL KUMAR BHARDWAJ:" asks; "MINISTER OF STATE
    ... / (SHRI DEVENDRA SINGH RAWAT)" answers): the asker's and the minister's lines become labels."""
    asked = answered = None
    for i, ln in enumerate(lines):
        first = text[ln.start:min(ln.start + 1, ln.end)]  # the line's first mark past any white space, which each
        if first.isspace():  # pattern opens on: the line is cut out and stripped only for a digit or a "("
            first = text[ln.start:ln.end].lstrip()[:1]
        if asked is None and first.isdigit() and (m := _MEMBER_LINE.match(text[ln.start:ln.end].strip())):
            asked = i, _caps_name(m.group("name")), None
        elif asked is not None and i > 0 and first == "(" and (m := _MINISTER_LINE.match(text[ln.start:ln.end].strip())):
            office = text[lines[i - 1].start:lines[i - 1].end].strip()
            answered = i, _caps_name(m.group("name")), (_caps_office(office) if office.isupper() else office)
            break
    if asked is None or answered is None:
        return lines, []
    speakers = {asked[0]: asked[1], answered[0]: answered[1]}
    relabelled = [Line(ln.start, ln.end, "label", speakers[i]) if i in speakers else ln for i, ln in enumerate(lines)]
    return relabelled, [(answered[1], answered[2])]


def _above_body(state: _State, heading: str) -> bool:
    """Whether a heading stands above the page's first paragraph."""
    at = state.text.find(heading)
    return at >= 0 and (not state.lead_names or at < state.text.find(state.lead_names))


_CAPS_LINKS = frozenset({"Against", "Of", "For", "The", "And", "On", "In", "To", "At", "With", "From", "Under"})


def _caps_person(caps: str) -> str | None:
    """A name written in capitals, without its titles: "YB DATO' HAJI REDZUAN BIN MOHD YUNOS" -> "Redzuan bin Mohd
    Yunos"."""
    _title, name = split_role_name(normalise_caps(caps.title()))
    if not name or len(name.split()) < 2 or not _CAPS_LINKS.isdisjoint(name.split()):
        return None  # (not "THE CHAIR OF THE COMMITTEE AGAINST TERRORISM": no one called Against Terrorism)
    name = " ".join(w.lower() if w.lower() in NAME_PARTICLES else w for w in name.split())
    return name if is_person_name(name) and not is_org_name(name) else None


def _caps_office(office: str) -> str:
    """ "MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS" -> "Minister of State in the Ministry of Home Affairs"."""
    return _SMALL_WORD.sub(lambda m: m.group(0).lower(), office.title())


_SMALL_WORD = re.compile(r"(?<=\s)(?:Of|In|The|For|And|On|To|At)\b")


def _caps_name(name: str) -> str:
    """ "SHRI ANIL KUMAR BHARDWAJ" -> "Anil Kumar Bhardwaj"."""
    return normalise_caps(_INDIAN_HONORIFIC.sub("", name.strip()).title())


_INDIAN_HONORIFIC = re.compile(r"^(?:SHRI|SHRIMATI|SMT\.?|KUMARI|DR\.?|PROF\.?|SARDAR|CH\.?)\s+", re.IGNORECASE)
_MEMBER_LINE = re.compile(r"^\d{1,5}\.\s+(?P<name>(?:SHRI|SHRIMATI|SMT\.?|KUMARI|DR\.?|PROF\.?)\s+[A-Z][A-Z .'-]{3,60}?)"
                          r"\s*:?$")
_MINISTER_LINE = re.compile(r"^\((?P<name>(?:SHRI|SHRIMATI|SMT\.?|KUMARI|DR\.?|PROF\.?)\s+[A-Z][A-Z .'-]{3,60}?)\)$")


def _heading_who(who: str) -> tuple[str, str]:
    """A heading's "by ..." part split at its first comma, less an honorific: "the Honourable X Y, Minister of
    Public Safety," -> ("X Y", "Minister of Public Safety")."""
    first, _, rest = _HONORIFIC.sub("", who.strip(" ,")).partition(", ")
    return first, rest.strip(" ,")


def _interview_day(headings: list[str], reference: dt.date | None) -> str | None:
    """The day an interview's heading gives: "Interview of X with Gulf News (May 14, 2017)"."""
    return next((days[0][2] for h in headings if _interview_given(h)
                 and (days := [d for d in find_dates(h, reference) if len(d[2]) == 10])), None)


def _asked(text: str, prose: list[Line]) -> list[int]:
    """The paragraphs that are an interview's questions (short, ending in "?"), when each is followed by its answer."""
    asked = [i for i, ln in enumerate(prose) if ln.end - ln.start < 500 and text[ln.start:ln.end].rstrip()[-1:] == "?"]
    return [] if len(asked) < 2 or any(b - a < 2 for a, b in pairwise(asked)) or asked[-1] == len(prose) - 1 else asked


def _unlabelled_interview(state: _State, headings: list[str], prose: list[Line]) -> tuple[int, Person | None, str] | None:
    """Where the questions of an interview without labels begin, who answers them and who asks: a heading "Interview
    of X to <outlet>", or an introduction whose last paragraphs say who spoke with whom ("Tillinghast spoke with
    Foreign Policy about ..."), then paragraphs that are questions (a short paragraph ending in "?") each followed by
    the answer (None otherwise)."""
    asked = _asked(state.text, prose)  # (tested first: it is cheap, and most pages fail it)
    if not asked:
        return None
    given = next((m for h in headings if (m := _interview_given(h)) is not None), None)
    if given is not None and asked[0] <= 3:
        return (asked[0], None, given.group("outlet")) if split_role_name(given.group("who"))[1] else None  # (who
        # answers is known once the lead is read: "T.G. Lastochkin" is the "Timofei Lastochkin" it names)
    first = prose[asked[0]].start
    intro = state.text[prose[asked[0] - 2].start if asked[0] >= 2 else state.text.rfind("\n\n", 0, max(0, first - 2)) + 1:
                       first].strip()  # with the note between, if any: "X spoke with Foreign Policy about ... The
    # conversation has been edited for length and clarity."; or the standfirst over the first question
    if not intro or not _INTERVIEW_CUE.search(intro):
        return None
    answerer = _intro_interviewee(state, intro)
    outlet = _interviewer(intro, state.publisher) if answerer is not None else None
    if answerer is None and state.publisher and (answerer := _headline_subject(state, headings)) is not None:
        outlet = _interviewer(intro, state.publisher) or _masthead(state.publisher)  # "X: 'We cannot leave ...'" over
        # "Mr. X received Le Monde on Monday" and the questions: the paper's interview with X
    if answerer is None and state.publisher and (m := _SPEAKS_WITH_JOURNALIST.search(intro)) is not None:
        # "A retired Major General, X Y, was the first ... He speaks with TUNDE Z on ...": X Y answers the paper's
        named = next((name for run in _CAP_RUN.finditer(intro, 0, m.start())  # questions
                      if (name := split_role_name(run.group(0))[1]) and len(name.split()) >= 2 and is_person_name(name)
                      and not is_org_name(name)), None)
        if named is not None:
            answerer, outlet = state.registry.find(named) or state.registry.add(named), _masthead(state.publisher)
    return (asked[0], answerer, outlet) if answerer is not None and outlet else None


_WE_SPOKE_TO = re.compile(r"\bWe\s+(?:spoke|talked)\s+(?:to|with)\s+(?P<who>(?:[a-z-]+\s+){0,2}[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
                          r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){1,4})")


def _told_outlet_day(state: _State, before: int, answerer: Person, outlet: str) -> str | None:
    """The day the story over an interview says its subject spoke to the outlet: "..., X said in an interview with
    Foreign Policy at the center's headquarters on Monday."."""
    surname, head = answerer.name.split()[-1], state.text[:before]
    for s, e in split_sentences(head):  # (or by office: "The Diplomat spoke by telephone on Wednesday with the
        # country's national security adviser")
        if outlet in head[s:e] and _INTERVIEW_CUE.search(head, s, e) and \
                (surname in head[s:e] or head[s:e].lstrip().startswith(outlet) or f"{outlet}'s" in head[s:e]) and \
                (day := clause_when(head[s:e], state.ctx.reference)) is not None:
            return day
    return None


def _received_outlet_day(state: _State, start: int, end: int, outlet: str) -> str | None:
    """The day an interview's intro gives after naming the outlet: "X received the Buenos Aires Times at her office on
    Thursday" (a past day; not a summit "to be held on June 8-9" nor a headline's date line, which comes before)."""
    reference = state.ctx.reference
    for s, e in split_sentences(state.text[start:end]) if reference is not None else ():
        sentence = state.text[start + s:start + e]
        if (at := sentence.find(outlet)) >= 0 and _INTERVIEW_CUE.search(sentence) and \
                len(day := clause_when(sentence[at + len(outlet):].split(",")[0], reference) or "") == 10 and \
                day <= reference.isoformat():  # (in the words right after the outlet: not "In an interview in Le Soir,
            # X returns to the attacks of 22 March")
            return day
    return None


_GUEST_OF = re.compile(r"\b(?:was|were|is)\s+(?:the|a)\s+guests?\s+(?:of|on)\b")
_INTERVIEW_CUE = re.compile(r"\b(?:spoke|speaks|talked|talks|interview(?:ed)?|met|sat\s+down|received|answered)\b")


def _headline_subject(state: _State, headings: list[str]) -> Person | None:
    """The person an interview's headline is about: "Laurent Dufresnoy: 'We cannot leave ...'", "Ramon Dizon
    Villaraza on Marawi and the Islamic State"."""
    for heading in headings[:3]:
        m = _NAME_HEADLINE.match(heading.strip())
        if m and is_person_name(m.group("name")) and not is_org_name(m.group("name")) and \
                canonical_place(m.group("name")) is None:
            return state.registry.find(m.group("name")) or state.registry.add(m.group("name"))
    return None


_NAME_HEADLINE = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})(?::\s+['‘\"“]|\s+on\s+[A-ZÀ-ÞĀ-Ž])")
_SPEAKS_WITH_JOURNALIST = re.compile(r"\b(?:He|She)\s+(?:speaks|spoke|talks|talked)\s+(?:with|to)\s+"  # a name in capitals
                                     r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.-]+){1,3}\b")


def _unlabelled_turns(state: _State, headings: list[str], turns: list[Line], answerer: Person | None, outlet: str) -> None:
    """The questions (the outlet's) and answers (the interviewee's) of an interview without labels."""
    if answerer is None:  # the one its heading names: "Interview of X to <outlet>"
        role, name = split_role_name(next(m for h in headings if (m := _interview_given(h)) is not None).group("who"))
        if not name:
            return
        answerer = state.registry.find(name) or state.registry.find(name.split()[-1]) or state.registry.add(name, role)
    day = _interview_day(headings, state.ctx.reference) or _told_outlet_day(state, turns[0].start, answerer, outlet) or True
    for ln in turns:
        question = state.text[ln.start:ln.end].rstrip()[-1:] == "?"
        for s, e in state.sentences_of(ln):
            _add(state, s, e, outlet if question else answerer, kind="transcript", verb=None, confidence=0.7,
                 lead_date=day)


def _prose_lines(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.kind == "prose" or (ln.kind == "label" and ln.body_start is not None)]


def extract(raw: RawDocument) -> tuple[Document, list[Fact]]:
    """The document (with its searchable passages) and the statements found in it."""
    text = raw.text
    lines, named_roles = _speaker_lines(text, page_lines(text))
    if raw.title and ":" in raw.title:  # "Dialogue: How far can ... go?" is the page's title, no turn of a transcript
        title = " ".join(raw.title.split())
        lines = [Line(ln.start, ln.end, "heading") if ln.kind == "label" and " ".join(text[ln.start:ln.end].split()) == title
                 else ln for ln in lines]
    line_texts = [text[ln.start:ln.end] for ln in lines]
    prose = _prose_lines(lines)
    offices = _office_lines(text, lines[:15])  # "Chairperson: Mr S D Mabaso (ANC)": a header, not a passage
    prose = [ln for ln in prose if ln.start not in offices]
    sentences = {ln.start: prose_sentences(text, ln) for ln in prose}
    passages = [span for ln in prose if not _greeting(text[ln.start:ln.end].strip()) for span in sentences[ln.start]]
    header = header_date(line_texts[:12])
    labels = [ln for ln in lines if ln.kind == "label"]
    first_paragraphs = {ln.start for ln in prose[:3]}
    scene = [text[ln.start:ln.end] for ln in lines if ln.deck or ln.start in first_paragraphs][:3]  # a deck sets the
    # scene too
    ctx = document_context(raw.published, header, line_texts, scene,
                           news_lead=len(labels) < 2, publisher=raw.publisher)
    state = _State(text=text, ctx=ctx, doc_id=raw.id, sentences=sentences, publisher=raw.publisher, title=raw.title)
    for name, role in named_roles + list(offices.values()):
        state.registry.add(name, role)
    m = (_ARTICLE.search(text) or ("published" in text and _PUBLISHED_ARTICLE.search(text)) or
         _ARTICLE_PUBLISHED_IN.search(text)) if "article" in text else None
    if m:
        state.article_event = f"article in {m.group('pub').strip()}"
        sentence_end = text.find(".", m.end())
        begin = m.start() if m.re is _ARTICLE else max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()), 0)
        state.article_date = clause_when(text[begin:sentence_end if sentence_end > 0 else m.end() + 200],
                                         to_date(ctx.date) or ctx.reference)  # "On January 22, 2019, The Standard
        # published a signed article by ...": when the article was published, not the page that reprints it
    body_end = prose[-1].end if prose else len(text)  # headings under the body are footer links, no page's title
    above = [t for ln, t in zip(lines, line_texts, strict=True) if ln.kind == "heading" and ln.start < body_end]
    headings = ([raw.title] if raw.title else []) + above[:8]
    if len(above) > 8 and prose:  # and the one right above the body, under a long header: "Testimony of Deputy
        # Assistant Secretary X" under a hearing's panel of witnesses
        last = [t for ln, t in zip(lines, line_texts, strict=True) if ln.kind == "heading" and ln.start < prose[0].start][-1:]
        headings += [t for t in last if t not in headings]
    if (split := _split_speech_heading(lines, line_texts, body_end)) is not None:
        headings.append(split)  # "OPENING REMARKS" / "by Ambassador X, Executive Director ...," / "at the Seminar ..."
        parts = {ln.start for ln, t in zip(lines, line_texts, strict=True) if ln.kind == "prose" and
                 t.lstrip()[:3].lower() in ("by ", "at ") and " ".join(t.split()) in split}  # its lines are no passage
        passages = [span for span in passages if not any(span in sentences[start] for start in parts)]
        lines = [replace(ln, kind="heading") if ln.start in parts else ln for ln in lines]
        prose = [ln for ln in prose if ln.start not in parts]
    if prose and (_long_speech_heading(text[prose[0].start:prose[0].end]) or
                  _OCCASION_LINE.match(text[prose[0].start:prose[0].end].strip()) or
                  _interview_given(text[prose[0].start:prose[0].end]) or  # "Interview of X to the ... Company "Mir""
                  (raw.title and " ".join(text[prose[0].start:prose[0].end].split()) == " ".join(raw.title.split()) and
                   (_SPEECH_HEADING.match(raw.title) or (_may_be_possessive_heading(raw.title) and
                                                         _POSSESSIVE_HEADING.match(raw.title))))):  # a speech's title
        headings.append(text[prose[0].start:prose[0].end].lstrip("-–— "))  # "Address by <a long office> <name> at <event>"
        passages = [span for span in passages if not prose[0].start <= span[0] < prose[0].end]  # a title, no passage
        lines = [replace(ln, kind="heading") if ln.start == prose[0].start else ln for ln in lines]  # (a transcript's too)
        prose = prose[1:]
    for heading in headings + [t for ln, t in zip(lines, line_texts, strict=True) if ln.deck]:
        _note_people(state, heading)  # and the deck's: "... Additional IGP X Y, chief of the ATU, spoke to Z"
    for ln, t in zip(lines, line_texts, strict=True):  # and a credited caption's: "Argentina's Foreign Minister X Y
        if ln.kind == "furniture" and ":" in t[-60:] and (credit := CAPTION_PICTURE.search(t)) is not None:  # arrives
            # ... Photo: Z"
            _note_people(state, t[:credit.start() + 1])
    for caption in (t for ln, t in zip(lines[:25], line_texts, strict=False) if ln.kind in ("furniture", "heading")):
        if caption.count(",") >= 2 and (m := _CAPTIONED.match(caption)) is not None:  # (its two commas tested first)
            # "Abdul Wahid Popalzai, Afghanistan's ambassador to China, speaks during an interview ...": who they are
            title, name = split_role_name(m.group("name"))
            if name and len(name.split()) >= 2 and not is_org_name(name) and m.group("role").split()[0].lower() not in \
                    ("who", "which", "the", "a", "an") and any(w in ROLE_WORDS for w in m.group("role").lower().split()):
                state.registry.add(name, f"{title}, {m.group('role')}" if title else m.group("role"))
    if prose and (host := _headline_host(headings, text[prose[0].start:prose[0].end])) is not None:
        state.registry.add(*host)  # "X receives Y" over "The President of Kazakhstan received Y": X is the President
    if prose:
        state.lead_names = text[prose[0].start:prose[0].end]
        state.lead_end, state.second_end = prose[0].end, prose[min(1, len(prose) - 1)].end
    lead_paragraphs = " ".join(text[ln.start:ln.end] for ln in prose[:3])
    speaker = _speech_speaker(state, headings, lead_paragraphs) or _speech_name_block(state, lines, line_texts, prose) or \
        _following_words(state, prose) or _typed_speech_sender(state, line_texts[:25])
    _find_author(state, lines, line_texts, prose)
    lead_text = " ".join(text[ln.start:ln.end] for ln in prose[:3])
    state.issuer = _self_named(lead_text) or _issuer(lead_text) or \
        _adopted_by([text[ln.start:ln.end] for ln in prose[:3]]) or _declaration_issuer(headings)
    if state.issuer and (body := _listed_members_body(state.issuer, raw.title or "", text)) is not None:
        state.issuer = body  # "Heads of State and Government of Brazil, Russia, India, China and South Africa": BRICS's
    if state.issuer is None and raw.publisher and _WE_START.match(text[prose[0].start:prose[0].end] if prose else "") \
            and any(_STATEMENT_PAGE.search(t) for t in line_texts[:20]):
        state.issuer = raw.publisher  # a press release in the first person plural: "We strongly condemn ..."
    state.sections = _statement_sections(text, lines)
    if (body := _operative_issuer(text, lines, prose)) is not None:
        prose = _operative_paragraphs(state, body, prose)  # "The Council ... at its 786th meeting" then "2. Condemns ..."
    elif (body := _declaring_group(text, lines, prose)) is not None:
        prose = _operative_paragraphs(state, body, prose, _DECLARED)  # "WE, the Ministers ..." then "1. Strongly condemn"
    else:
        prose = _colon_operatives(state, lines, prose)  # "The Council of Ministers:" then "Strongly condemns ..."
    if len(labels) >= 2:
        if ctx.event is None and raw.title:
            state.ctx = replace(ctx, event=raw.title)
        _transcript(state, lines, headings, speaker)
    elif speaker is not None and prose and \
            sum(1 for ln in prose if _FIRST_PERSON.search(text[ln.start:ln.end])) * 3 >= len(prose):
        reference = to_date(state.ctx.date) or state.ctx.reference
        delivered_on, delivered_in = _delivered(line_texts[:25], reference)
        if state.ctx.place is None and (place := delivered_in or
                                        _speech_place(headings, [text[ln.start:ln.end] for ln in prose[:5]])):
            state.ctx = replace(state.ctx, place=place)
        state.lead_date = delivered_on or state.lead_date or _speech_date(headings, reference)
        _caption_setting(state, speaker, [t for ln, t in zip(lines[:25], line_texts, strict=False)
                                          if ln.kind == "furniture" and ln.end <= prose[0].start], reference)
        before, body, after = _speech_frame(text, prose, speaker)
        if state.lead_date is None and before:  # "The following is the full text of the remarks by X at the
            days = [d for ln in before for d in find_dates(text[ln.start:ln.end], state.ctx.reference) if len(d[2]) == 10]
            state.lead_date = days[0][2] if days else None  # workshop held in Beijing on June 13, 2017."
        if before:
            _news(state, before)  # "On September 12, ... The Head of X, Y Z, delivered a speech. Below is the text."
        _speech_body(state, body, speaker)
        if after:
            _news(state, after, lead=False)  # "At the end of the meeting, the members of the Council signed ..."
    elif (appended := _appended_speech(state, lines, line_texts, prose)) is not None:
        story, orator, remarks = appended  # a story, then "REMARKS BY X, ..." and the remarks in full
        _news(state, story)
        _speech_body(state, remarks, orator)
        if after := [ln for ln in prose if remarks and ln.start > remarks[-1].end]:
            _news(state, after, lead=False)  # and the story's end, after a speech given in quotation marks
    elif (interview := _unlabelled_interview(state, headings, prose)) is not None:
        _news(state, prose[:interview[0]])
        _unlabelled_turns(state, headings, prose[interview[0]:], *interview[1:])
    else:
        _news(state, prose)
    _signed_posts(state, lines)
    _resolve_pending(state)
    known = {name: state.registry.find(name) for name in {f.speaker for f in state.facts}}
    full = {name: _full_name_of(text, name, only=True) for name, person in known.items()
            if " " not in name and name[:1].isupper() and person is not None and not person.is_org
            and _SURNAME.fullmatch(name)}
    facts = sorted((_finished(state, f, known, full) for f in state.facts if f.speaker != "?"),
                   key=lambda f: (f.start, f.end))
    doc = Document(id=raw.id, title=raw.title, url=raw.url, publisher=raw.publisher, published=raw.published,
                   text=text, passages=tuple(passages))
    return doc, facts


# an embedded post's signature: "— Pieter-Jan Vandeweyer (@pjvandeweyer) May 25, 2017"
_POST_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[A-ZÀ-ÞĀ-Ž][^()@\n]{2,60}?)\s*\(@\w{2,30}\)\s*"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?$")


def _signed_posts(state: _State, lines: list[Line]) -> None:
    """An embedded post, its text then its author's signature: the text's statements are the author's."""
    for before, ln in pairwise(lines):
        m = _POST_SIGNATURE.match(state.text, ln.start, ln.end) if state.text[ln.start] in "—–-" else None
        if m is None or before.kind != "prose" or not is_person_name(m.group("name")) or is_org_name(m.group("name")):
            continue
        person = state.registry.find(m.group("name")) or state.registry.add(m.group("name"))
        for i, f in enumerate(state.facts):
            if before.start <= f.start < before.end:
                state.facts[i] = replace(f, speaker=person.name, role=_shown_role(person.role), kind="written")
                state.pending = [k for k in state.pending if k != i]


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’ -]+$")  # an office's country after the holder's name
_SHOUTED_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<name>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]{2,}"
                              r"(?:\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]{2,}){0,2})")  # "Mr. BARANAUSKAS", "Mr. ILLO DAOUDA"
_EMBASSY_NAMED = re.compile(r"\b([A-ZÀ-ÞĀ-Ž][a-z]+\s+Embassy\s+in\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*"
                            r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,2})")  # "The Chinese Embassy in Pakistan"
_A_SOURCE = re.compile(r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:source|insider)s?\b", re.IGNORECASE)
def _headline_host(headings: list[str], lead: str) -> tuple[str, str] | None:
    """The host a headline names by name ("Serik Tolegenov receives SCO Secretary General X") and the lead only by
    office ("The President of Kazakhstan received ..."): that name, with that office."""
    office = _OFFICE_HOSTS.match(lead)
    for heading in headings if office else []:
        m = _HOST_HEADLINE.match(heading.strip())
        if m and is_person_name(m.group("name")) and not is_org_name(m.group("name")) and \
                split_role_name(m.group("name"))[0] is None:
            return m.group("name"), " ".join(office.group("office").split())
    return None


_HOST_HEADLINE = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})\s+"
                            r"(?:receives|received|meets|met|hosts|holds\s+talks\s+with)\s+")
_OFFICE_HOSTS = re.compile(r"(?:On\s+[^,]{3,30},\s+)?The\s+(?P<office>(?:President|Prime\s+Minister|King|Emir|Chairman|"
                           r"(?:Deputy\s+|Foreign\s+|Defen[cs]e\s+|Interior\s+)?Minister)(?:\s+of\s+(?:the\s+)?"
                           r"[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,4})?)\s+(?:received|met|hosted|"
                           r"held\s+talks\s+with)\b")


_SURNAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]+")


_WEEKDAY = contains_any(tuple(day.capitalize() for day in WEEKDAYS))


def _finished(state: _State, fact: Fact, known: dict[str, Person | None], full: dict[str, str | None]) -> Fact:
    """A statement with what the rest of the page told about it: the place its speaker spoke in that day and the day
    of the interview they gave; the office a later sentence gave a speaker first met without one, or with less of it
    ("X told the Nation ..." before "the DCI said"); and the one full name the page gives a speaker known by surname
    ("Raymond T. Ashbrook")."""
    person = known.get(fact.speaker)
    if fact.start in state.placeless and fact.speaker in state.spoke_in:
        fact = replace(fact, place=state.spoke_in[fact.speaker])
    if fact.start in state.dateless and (interview := state.spoke_on.get(fact.speaker)) is not None and \
            (fact.start > interview[1] or (fact.start < state.lead_end and interview[1] < state.second_end)):
        fact = replace(fact, date=interview[0])
    if person is not None and not person.is_org and person.role and person.name == fact.speaker and \
            (fact.role is None or (person.role != fact.role and person.role.startswith(fact.role))) and \
            is_person_name(fact.speaker):  # (the dearer test last)
        fact = replace(fact, role=_shown_role(person.role))  # or the fuller form it took later: "Major General, ..."
    if full.get(fact.speaker):
        fact = replace(fact, speaker=full[fact.speaker])
    if fact.speaker.islower() and is_org_name(fact.speaker):  # "according to the foreign ministry": a body, named
        fact = replace(fact, speaker=" ".join(w if w in _OFFICE_LINKS else w[:1].upper() + w[1:]  # as one
                                              for w in fact.speaker.split()))
    if _BARE_MINISTRY.fullmatch(fact.speaker):
        lead = state.lead_names or ""
        if (owner := _ministry_owner(state.text, fact.speaker, lead)) is not None:
            fact = replace(fact, speaker=f"{owner} {fact.speaker}")  # "The Foreign Ministry said" on a page that calls
            # it the "Uzbek Foreign Ministry" elsewhere and leads with Uzbekistan: whose ministry it is
        elif (named := _ministry_named_in_full(state.text, fact.speaker, lead)) is not None:
            fact = replace(fact, speaker=named)  # or "the Ministry of Foreign Affairs of the Republic of Uzbekistan"
    return fact


_BARE_MINISTRY = re.compile(r"(?:Foreign|Interior|Defen[cs]e|Justice|Home|Security)\s+Ministry")


def _ministry_owner(text: str, ministry: str, lead: str) -> str | None:
    """The one country (as a demonym, "Uzbek", or a possessive, "Uzbekistan's") that the page puts before `ministry`,
    if it is also the first country its lead names (not the "German Interior Ministry" on a Turkish page)."""
    owners = {owner: country for m in re.finditer(r"\b([A-ZÀ-ÞĀ-Ž][a-z]+(?:['’]s)?)\s+" + re.escape(ministry) + r"\b", text)
              if (country := canonical_place(re.sub(r"['’]s$", "", owner := m.group(1))) or country_of_demonym(owner))}
    if len(owners) != 1:
        return None
    (owner, country), = owners.items()
    return owner if country == _lead_country(lead) else None


_MINISTRY_SUBJECT = {"Foreign": r"Foreign\s+Affairs", "Interior": r"(?:the\s+)?(?:Interior|Internal\s+Affairs)",
                     "Defence": r"Defen[cs]e", "Defense": r"Defen[cs]e", "Justice": "Justice", "Home": r"Home\s+Affairs",
                     "Security": r"(?:State\s+|National\s+)?Security"}


def _ministry_named_in_full(text: str, ministry: str, lead: str) -> str | None:
    """The full name the page gives a bare "Foreign Ministry" ("the Ministry of Foreign Affairs of the Republic of
    Uzbekistan"), when it gives one form only and its country is the first country the lead names."""
    subject = _MINISTRY_SUBJECT[ministry.split()[0]]
    forms = {" ".join(m.group(0).split()) for m in re.finditer(
        rf"\bMinistry\s+of\s+{subject}\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž]+\b", text)}
    if len(forms) != 1:
        return None
    (form,) = forms
    country = canonical_place(form.rpartition(" ")[2])
    return form if country is not None and country == _lead_country(lead) else None


def _lead_country(lead: str) -> str | None:
    """The first country the lead names."""
    return next((place for _s, _e, place in places_in(lead) if place.lower() in countries()), None)


_PLACE_BEFORE_DATE = re.compile(r"(?:^|,)\s*(?P<place>(?:[Tt]he\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2}),?\s+"
                                r"(?:\d{1,2}\s+[A-ZÀ-ÞĀ-Ž][a-z]+|[A-ZÀ-ÞĀ-Ž][a-z]+\.?\s+\d{1,2},?)\s+\d{4}")
_UN_ORGAN = re.compile(r"\b(?:UNSC|UNGA|(?:UN|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly)|"
                       r"statement\s+at\s+the\s+Security\s+Council(?!\s+of\b)|"  # "UK statement at the Security Council"
                       r"Security\s+Council\s+(?:open\s+)?(?:debate|briefing|meeting)|General\s+Assembly\s+(?:debate|"
                       r"plenary|session))\b")
_LAND_OF = re.compile(r"the\s+(?:[\w-]+\s+){0,4}(?:land|city|capital|soil)\s+of\s+"
                      r"(?:(?:ancient|hospitable|and|[\w-]+ly)\s+){0,3}")
_HERE_IN = re.compile(r"\b(?:welcome\s+(?:you\s+)?(?:all\s+)?(?:here\s+)?to|(?:be|are|gathered|meet)\s+here\s+in)\s+")


# a speech's occasion in a line of its own: "Opening remarks at the 2017 ... Conference, Vienna, 30 March 2017."
_OCCASION_LINE = re.compile(r"^(?:(?:opening|closing|keynote|welcome|welcoming|introductory)\s+)?(?:remarks|speech|address|"
                            r"statement)\s+(?:delivered\s+)?(?:at|to|before)\s+[^.!?]{10,300}\d{4}\.?$", re.IGNORECASE)


_DELIVERED_LINE = re.compile(r"^(?:date\s+)?delivered(?:\s+on)?\s*:?\s+(?!(?:by|at|in|to|before)\b)", re.IGNORECASE)


def _delivered(header: list[str], reference: dt.date | None) -> tuple[str | None, str | None]:
    """The day a speech page says it was given, over the day it was published, and where, after that day: "Delivered
    on: 6 November 2019", "Delivered Sept. 13, 2017, Guatemala City, Guatemala"."""
    for line in header:
        if line[:1] in "DdT" and _DELIVERED_LINE.match(line) and (found := find_dates(line, reference)):
            day = next((d[2] for d in found if len(d[2]) == 10), None)
            return day, canonical_place(line[found[0][1]:].strip(" ,.").split(",")[0].strip())
    return None, None


_BRIEFING_TITLE = re.compile(r"\b(?:press\s+briefing|media\s+briefing|press\s+conference|news\s+conference|"
                             r"briefing\s+by)\b[^\n]{0,160}?\bon\s+(?P<when>(?:[A-Z][a-z]+day,?\s+)?[^\n]{6,40})", re.IGNORECASE)


def _briefing_day(headings: list[str], reference: dt.date | None) -> str | None:
    """The day a briefing's title says it was held: "... Press Briefing by Spokesperson X on Thursday, 25th January
    2018" (a full date, not a weekday alone)."""
    for heading in headings:
        if (m := _BRIEFING_TITLE.search(heading)) is not None:
            days = [d for d in find_dates(m.group("when"), reference) if len(d[2]) == 10]
            if days:
                return days[0][2]
    return None


def _speech_date(headings: list[str], reference: dt.date | None) -> str | None:
    """The day a speech heading gives after its place: "..., The Hague, 25 January 2016", "Bishkek, April 29, 2019"."""
    for heading in headings:
        for m in _PLACE_BEFORE_DATE.finditer(heading):
            if heading[m.start()] != "," and canonical_place(m.group("place")) is None:
                continue  # a line of its own only when it opens with a place: "Bishkek, April 29, 2019"
            found = find_dates(heading[m.end("place"):], reference)
            if found:
                return found[0][2]
    return None


_OPENING_IN = re.compile(r"^(?:(?:Today|Yesterday|Earlier\s+today|This\s+(?:morning|week))\s+)?[Ii]n\s+"
                         r"(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’ -]{2,30}?),?\s+(?:I|we)\s")


_SPEAKS_AT = re.compile(r"\b(?:speaks|addresses|delivers|gives|speaking|addressing|delivering|talks\s+(?:to|with)|"
                        r"during\s+(?:an|the|his|her)\s+interview)\b")  # "X during an interview with ... in Sentul"


def _caption_setting(state: _State, speaker: Person, captions: list[str], reference: dt.date | None) -> None:
    """Where and when a photo caption over a speech or an interview says its speaker spoke, for what the page leaves
    open: "(Meng Tingjun ...) speaks at the meeting in Kunming, Yunnan province, on May 14, 2018", "speaks to China
    Daily at the embassy in Beijing on April 18"."""
    for caption in captions:  # the full name: "Li" of one Li is not another's
        m = _SPEAKS_AT.search(caption) if speaker.name in caption else None
        if m is not None and caption.find(speaker.name) < m.start():
            if state.ctx.place is None and (place := clause_place(caption[m.start():])) is not None:
                state.ctx = replace(state.ctx, place=place)
            state.lead_date = state.lead_date or clause_when(caption[m.start():], reference)
            return


def _speech_place(headings: list[str], opening: list[str]) -> str | None:
    """Where a speech was given: its heading ("..., at Europol, The Hague, 25 January 2016") or its opening
    ("It is a privilege to welcome you to Astana", "we are gathered here in Dushanbe")."""
    for heading in headings:
        for m in _PLACE_BEFORE_DATE.finditer(heading):
            if (place := canonical_place(m.group("place"))) is not None:
                return place
    for paragraph in opening:
        if (m := _OPENING_IN.match(paragraph)) and (place := canonical_place(m.group("place"))) is not None:
            return place  # "Today in Manila I announced ..."
        if (place := held_place(paragraph)) is not None:
            return place  # "On 28 June, X took part in the ... Conference ..., held at UN Headquarters in New York."
        for m in _HERE_IN.finditer(paragraph):
            window = paragraph[m.end():m.end() + 60]
            found = places_in(window)  # "welcome you to Astana", "... to the ancient land of Tashkent"
            if found and (found[0][0] <= 4 or _LAND_OF.fullmatch(window[:found[0][0]])):
                return found[0][2]
    if any(_UN_ORGAN.search(heading) for heading in headings):
        return "New York"  # "Statement ... at the UNSC open debate": where the Council and the Assembly sit
    return None


_MEETING_BODY = re.compile(r"^The\s+(?P<body>[A-ZÀ-ÞĀ-Ž][^,]{3,120}?)(?:\s*\([A-Z]{2,8}\))?,\s+"
                           r"(?:at|in|meeting\s+(?:at|in))\s+its\s+\d+\w*\s+(?:(?:ordinary|extraordinary|regular|special)\s+)?(?:meeting|session)")
# ("..., meeting in its 146th ordinary session ...")
# an operative paragraph's opening: "Strongly condemns", "Reaffirms"
_OPERATIVE_VERB = r"(?P<op>(?:(?:Strongly|Further|Also|Again|Once\s+again|Firmly)\s+)?(?P<verb>[A-Za-z][a-z]+s))\b"
_OPERATIVE = re.compile(r"^\s*\d{1,3}[.)]\s+" + _OPERATIVE_VERB)  # "2. Strongly condemns ..."
_NOT_OPERATIVE = {"Takes", "Decides"}  # "Takes note of the briefing", "Decides to remain seized": procedure


def _operative_issuer(text: str, lines: list[Line], prose: list[Line]) -> str | None:
    """The body whose decision a communique's numbered paragraphs are: "The Peace and Security Council of the
    African Union (AU), at its 786th meeting held on ...," (a paragraph, or a line ending in its comma) over
    "1. Takes note ...", "2. Strongly condemns ..."."""
    limit = prose[2].start if len(prose) > 2 else len(text)  # up to the third paragraph
    for ln in [ln for ln in lines if ln.kind in ("prose", "heading") and ln.start <= limit][-12:]:
        m = _MEETING_BODY.match(text[ln.start:ln.end])
        if m and sum(1 for p in prose if _OPERATIVE.match(text[p.start:p.end])) >= 2:
            return m.group("body").strip()
    return None


_BODY_COLON = re.compile(r"The\s+(?P<body>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,6})\s*:")
_UNNUMBERED_OPERATIVE = re.compile(r"\s*" + _OPERATIVE_VERB)


def _colon_operatives(state: _State, lines: list[Line], prose: list[Line]) -> list[Line]:
    """A statement's unnumbered operative paragraphs under a line naming its body: "The Council of Ministers:" over
    "Strongly condemns ...", "Reaffirms ..." (two or more in a row); the other paragraphs are left for the news reading."""
    text = state.text
    for ln in lines:
        if text[ln.end - 1:ln.end] != ":" or (m := _BODY_COLON.fullmatch(text, ln.start, ln.end)) is None:
            continue
        run = list(takewhile(lambda p: _UNNUMBERED_OPERATIVE.match(text, p.start, p.end) is not None,
                             [p for p in prose if p.start > ln.start]))
        if len(run) >= 2:
            if state.lead_date is None and prose and (first := state.sentences.get(prose[0].start)):
                state.lead_date = _lead_date(state, text[first[0][0]:first[0][1]], news=True)  # the session's day, which
                # the news reading would find in the lead later: "... held its 59th Extraordinary Session ... yesterday"
            body = state.registry.by_org(m.group("body")) or _definite(state, f"the {m.group('body')}")  # "The Council of
            # Ministers:" of the "IGAD Council of Ministers"
            _operative_paragraphs(state, body.name if body else m.group("body"), run, _UNNUMBERED_OPERATIVE)
            return [p for p in prose if p not in run]
    return prose


# a declaration in the first person plural: "WE, the Ministers responsible for ... of ASEAN (ASEAN), ..." (or "The
# Secretaries of Security Councils ..., having met in Bishkek ...,") over
# "DO HEREBY:" and "1. Strongly condemn ...", "2. Agree to ..."
_WE_THE_GROUP = re.compile(r"(?:(?i:we),\s+(?i:the\s+)?|"
                           r"The\s+(?=[^.;:]{5,240},\s+having\s+(?:met|gathered|convened|assembled)\b))"
                           r"(?P<body>[A-ZÀ-ÞĀ-Ž][^,;:()]{5,200}?)(?:\s*\([A-Za-z]{2,10}\))?\s*[,;:]")
_DECLARED = re.compile(r"\s*\d{1,3}[.)]\s+(?P<op>(?:(?:Strongly|Further|Also|Again|Once\s+again|Firmly|Jointly)\s+)?"
                       r"(?P<verb>[A-Z][a-z]+))\b")


def _declaring_group(text: str, lines: list[Line], prose: list[Line]) -> str | None:
    """The group a declaration opens with ("WE, the Heads of State ..."), a paragraph or a line of its own, when
    numbered paragraphs follow."""
    numbered = [p.start for p in prose if _DECLARED.match(text, p.start, p.end)]
    if len(numbered) < 2:
        return None
    for ln in lines:
        if ln.start >= numbered[0]:
            break
        m = _WE_THE_GROUP.match(text, ln.start, ln.end) if ln.kind in ("prose", "heading") else None
        if m:
            listed = _MEMBER_LIST.match(text, m.end("body"), ln.end) if m.group("body").split()[-1][:1].isupper() else None
            return (m.group("body") + (listed.group(0) if listed else "")).strip()  # "Ministers of Foreign Affairs of
            # A, the B, C and D": the whole list, not its first member
    return None


_MEMBER = r"(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÞĀ-Ž][\w'’-]*)*"
_MEMBER_LIST = re.compile(rf"(?:,\s+{_MEMBER})*,?\s+and\s+{_MEMBER}(?=\s*[,;:(])")  # ", the Kyrgyz Republic, ... and Z"


def _operative_paragraphs(state: _State, body: str, prose: list[Line], pattern: re.Pattern[str] = _OPERATIVE) -> list[Line]:
    """Give each operative paragraph to the body; the other paragraphs are left for the news reading."""
    rest = []
    for ln in prose:
        m = pattern.match(state.text[ln.start:ln.end])
        if m is None:
            rest.append(ln)
        elif m.group("verb") not in _NOT_OPERATIVE:
            _add(state, ln.start + m.start("op"), ln.end, body, kind="written", verb=m.group("verb").lower(),
                 confidence=0.8)
    return rest


def _resolve_pending(state: _State) -> None:
    """Give statements by "a senior official" or "the minister" the speaker named in the statements that
    follow: the next one, or the next whose role has the same noun."""
    for index in state.pending:
        fact = state.facts[index]
        noun = state.pending_nouns.get(index)
        after = [f for f in state.facts if f.start > fact.end and f.speaker != "?" and f.start - fact.end < 1500]
        wanted = state.pending_descriptions.get(index, "")
        later = [f for f in after if (noun is None or _office_fits(noun, f.role) or
                                      (f is after[0] and _named_with_office(state, f, noun))) and
                 not _other_country(wanted, f.role or "")]
        if not later and noun is not None and after and after[0].role is None and \
                state.text.count("\n", fact.end, after[0].start) <= 3 and not is_org_name(after[0].speaker):
            later = after[:1]  # "..., Egypt's ambassador to China has said." then "X, who took up his post ..., told"
        if later and (noun is not None or later[0].start - fact.end < 800):
            nxt = later[0]
            state.facts[index] = Fact(**{**_fact_fields(fact), "speaker": nxt.speaker, "role": nxt.role})


def _named_with_office(state: _State, fact: Fact, office: str) -> bool:
    """Whether a reported statement names its speaker with the office in its own words: "Major General X Y, the
    coalition's acting secretary-general, said ..." (the rank is the role it keeps)."""
    head = state.text[fact.start:min(fact.end, fact.start + 240)]
    named = head.find(fact.speaker)
    return fact.kind == "reported" and named >= 0 and office in head[named + len(fact.speaker):].lower()  # (after the
    # name: not "Chief of Army Staff General X", whose "General" is his rank)


def _office_fits(office: str, role: str | None) -> bool:
    """Whether a role is the office a description named: "defense minister" fits "minister", but "prime minister"
    does not fit "French interior minister"."""
    low = (role or "").lower()
    if office in low:
        return True
    head = office.split()[-1]
    return head in low and not any(q in low.split() for q in _OFFICE_QUALIFIERS if q not in office.split())


def _fact_fields(fact: Fact) -> dict:
    return {name: getattr(fact, name) for name in Fact.__dataclass_fields__}


_INTERVIEW_VERBS = {"said", "says", "told", "tells", "spoke", "speaks", "explained", "explains", "talked", "talks"}


_OTHERS_MET = re.compile(r"\s*(?:(?:On|At|In)\s[^,]{3,40},\s+)?(?:The\s+)?(?:[\w'’,-]+\s+){0,8}?(?:ministers|leaders|officials|"
                         r"participants|delegations|representatives|heads|presidents|secretaries)\b(?![^.]*\bsaid\b)")


def _others_occasion(state: _State, para: str, s: int, e: int, answerer: Person | str | None,
                     spoke_with: bool = False) -> bool:
    """Whether an intro's occasion is not the interview's: someone else speaking at it ("Earlier this week, X told
    reporters in Minsk ... exercises"), a group's ("the participants of a regional meeting agreed"), one weeks
    before the page ("As X put it at a conference in Tashkent in November"), or, when the intro says who talked to
    the answerer, one that does not name them ("The foreign ministers ... held their first dialogue on Tuesday")."""
    if spoke_with and isinstance(answerer, Person) and answerer.name.split()[-1] not in para[s:e] and \
            _OTHERS_MET.match(para, s, e):
        return True
    rep = reported_in_sentence(para, s, e)
    if rep is not None and (rep.mention.kind == "group" or (rep.mention.kind == "name" and isinstance(answerer, Person)
                                                           and rep.mention.text.split()[-1] not in answerer.name.split())):
        return True
    said = clause_when(para[s:e], state.ctx.reference) or ""
    when = to_date(said if len(said) != 7 else f"{said}-01")  # a month: from its first day
    return bool(when and state.ctx.reference and (state.ctx.reference - when).days > 14)


def _someone_else(rep: Reported, answerer: Person | str | None) -> bool:
    """Whether an intro's "X said ..." names someone other than the person the transcript is with."""
    if rep.verb not in ("said", "says", "told", "tells") or not isinstance(answerer, Person) or rep.mention.kind != "name":
        return False
    named, own = split_role_name(rep.mention.text)[1] or rep.mention.text, answerer.name.split()
    if len(named.split()) >= 2 and len(own) >= 2 and named.split()[0] not in own:
        return True  # "Senator Agnes Atieno Ochieng said on Thursday": another Ochieng than the interviewee
    return rep.mention.text.split()[-1] not in own


# "Remarks by High Representative X at the press conference following the Foreign Affairs Council"
_REMARKS_AT_BRIEFING = re.compile(r"(?:(?:opening|press|introductory)\s+)?(?:remarks|statement)\s+by\s+[^\n]{3,150}?\s+"
                                  r"(?:at|during|after|following)\s+(?:the\s+|a\s+)?(?:joint\s+)?(?:press\s+conference|"
                                  r"news\s+conference|press\s+briefing|media\s+briefing|press\s+point|doorstep)\b", re.IGNORECASE)
_BRIEFING_BY_HEADING = re.compile(r"\b(?:press\s+briefing|media\s+briefing|news\s+briefing|press\s+conference)\s+by\s+",
                                  re.IGNORECASE)  # "Record of the Press Briefing by Spokesperson Dr. X on Thursday"
_OWN_BRIEFING = re.compile(r"['’]s\s+(?:Regular\s+|Daily\s+|Weekly\s+)?(?:Press\s+Conference|Press\s+Briefing|"
                           r"News\s+Conference|Briefing)\b", re.IGNORECASE)


# the list of documents signed, under press statements: "Documents signed during the visit", "1. Agreement between ..."
_SIGNED_LIST = re.compile(r"(?i:documents?\s+signed\b|(?:list\s+of\s+)?documents\s+adopted\b|\d{1,2}\.\s+(?:agreement|"
                          r"memorandum|programme|program|protocol|treaty|convention|plan\s+of|joint\s+statement|"
                          r"declaration)\b)")


def _named_in_third_person(text: str, start: int, name: str) -> bool:
    """Whether a paragraph opens on the speaker's own name, full ("X Y was appointed ...") or surname ("Y, a career
    diplomat, previously served ..."): a note on them, not their answer."""
    surname = name.split()[-1]
    short = f"{name.split()[0]} {surname}"  # "Nikolai Vorobyov was born in 1955" of "Nikolai Platonovich Vorobyov"
    return text.startswith(name, start) or any(
        text.startswith(form, start) and text.startswith((", ", " was ", " is ", " has "), start + len(form))
        for form in (surname, short))


def _unstopped_intro(text: str, ln: Line) -> bool:
    """A transcript's introduction that lacks its full stop and so reads as a heading: "Ahram Online publishes the
    transcript of the joint press conference held by X and Y in Cairo on Sunday, after talks on ..." (25 words or
    more, mostly in lower case)."""
    words = text[ln.start:ln.end].split()
    return ln.kind == "heading" and len(words) >= 25 and sum(w[:1].islower() for w in words) * 2 >= len(words)


_AFTER_STOP = re.compile(r"(?<=[.!?])\s+")
_OUTLET_ADDS = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s+adds:\s+(?=[A-Z])")


def _transcript(state: _State, lines: list[Line], headings: list[str], speaker: Person | None) -> None:
    """Press-conference transcripts: everything under a label belongs to that label's speaker; with the
    page's own speaker (`speaker`, from a heading like "Remarks by X at the press conference"), the opening
    remarks before the first label and the unlabelled answers after each question are theirs."""
    text = state.text
    author, state.author = state.author, None  # an interview's narrative is the interviewer's framing, not theirs
    headers = {i for i, ln in enumerate(lines) if ln.kind == "label" and _header_field(text, lines, i)}
    first_label = next((i for i, ln in enumerate(lines) if ln.kind == "label" and i not in headers), 0)
    intro_lines = [text[ln.start:ln.end] for ln in lines[:first_label] if ln.kind == "prose" or _unstopped_intro(text, ln)]
    intro = "\n".join(intro_lines)
    note = " ".join(_EDITORS_NOTE.sub("", text[ln.start:ln.end]) for ln in lines[:first_label]
                    if _EDITORS_NOTE.match(text, ln.start, ln.end))
    if note and len(intro) < 200:  # no story before the questions, at most a headline taken for prose:
        intro = note  # "Editor's note: ... X spoke to China Daily about ...": the note presents the interview
    elif note and note not in intro:
        intro = f"{note} {intro}"  # the note, then a paragraph of story before the questions
    for sentence in _AFTER_STOP.split(intro):
        _note_people(state, sentence)
    answerer = speaker or _main_official(state, headings, intro) or _spoken_to_by_journalist(state, intro) or \
        _headline_subject(state, headings) or _intro_person(state, intro) or _answering_body(state, intro)
    paragraphs = list(intro_lines)
    if note and note not in paragraphs:
        paragraphs.insert(0, note)  # "Editor's note: On the sidelines of ... in Beijing on Monday, CGTN talked to X"
    intro_sentences = [(para, s, e) for para in paragraphs  # paragraph by paragraph: "Interviewed by X"
                       for s, e in split_sentences(para)]
    spoke_with = any(_reporter_spoke_with(para, s, e) or _outlet_spoke_with(para, s, e, state.publisher)
                     for para, s, e in intro_sentences)  # "People's Daily Online reporter Z talked to Xu Qinghai"
    occasion = next(((para, s, e) for para, s, e in intro_sentences[:6] if OCCASION.search(para, s, e)
                     and not _others_occasion(state, para, s, e, answerer, spoke_with)), None)
    if occasion is not None and _AHEAD_OF.match(occasion[0][occasion[1]:]):
        para, s, e = occasion  # "Ahead of the summit in Qingdao on June 9, X gave an interview ... in Beijing on
        named = para.find(answerer.name.split()[-1], s, e) if isinstance(answerer, Person) else -1  # Wednesday": what
        occasion = (para, named, e) if named > s else None  # follows the interviewee, not the summit to come
    if occasion is not None and state.lead_date is None and not _WILL.search(*occasion):  # not "will be held in Xi'an"
        para, s, e = occasion  # a story before the questions: "The drill came to an end on Thursday."
        state.lead_date = _lead_date(state, para[s:e])
        if state.lead_date is None and _GAVE_INTERVIEW.search(para, s, e) and \
                (rel := resolve_relative(para[s:e], state.ctx.reference)) is not None and len(rel[2]) == 7:
            state.lead_date = rel[2]  # "X gave an interview to Xinhua ... last week": that month, not the page's day
        if state.ctx.place is None and (place := clause_place(para[s:e])) is not None:
            state.ctx = replace(state.ctx, place=place)  # "... at a training ground in Kyrgyzstan's Issyk-Kul region"
    if (held_on := _briefing_day(headings, state.ctx.reference)) is not None:
        state.lead_date = held_on  # "Transcript of the Press Briefing by Spokesperson X on Thursday, 25th January 2018":
        # that day, not the Tuesday the opening remarks recount
    spoke = next(((para, s, e, m) for para, s, e in reversed(intro_sentences)
                  if (m := _outlet_spoke_with(para, s, e, state.publisher) or
                       _outlet_interviewed(para, s, e, state.publisher) or _reporter_spoke_with(para, s, e))), None)
    if spoke is not None:  # "Thai PBS World spoke to Gen Thawatchai ... on Tuesday": the answers' day, not the
        para, s, e, m = spoke  # story's before the questions; "On the sidelines of X in Beijing on Monday, CGTN ..."
        subject = m.start() if m.re is _REPORTER_SPOKE_WITH else m.start("outlet")  # "On Wednesday, <outlet> reporter
        # X interviewed Y"
        if m.groupdict().get("lead") in ("Ahead of", "Before"):  # "Ahead of the summit in Qingdao on June 9-10, CGTN
            s = subject  # ...": not when nor where they spoke
        state.lead_date = clause_when(para[m.end("who"):e], state.ctx.reference) or \
            clause_when(para[s:subject], state.ctx.reference) or state.lead_date
        if (state.ctx.place is None or m.re in (_OUTLET_INTERVIEWED, _REPORTER_SPOKE_WITH)) and \
                (place := clause_place(para[s:e])) is not None:
            state.ctx = replace(state.ctx, place=place)  # "ANTARA interviewed X at the agency's office in Sentul": there,
            # not at the dateline
    elif (held := next((m for para, s, e in intro_sentences if (m := _INTERVIEW_HELD.search(para, s, e))), None)):
        clause = held.string[held.start():held.end("when")]  # "The interview was conducted ... in X last week and
        state.lead_date = clause_when(clause, state.ctx.reference) or state.lead_date  # published on 24 June": the
        if (place := clause_place(clause)) is not None:  # answers' day and place
            state.ctx = replace(state.ctx, place=place)
    for para, s, e in intro_sentences:
        rep = reported_in_sentence(para, s, e)
        journalist = rep is not None and _REPORTER_SPOKE_WITH.match(para, rep.attr_start, e) is not None
        if rep is not None and rep.verb in _INTERVIEW_VERBS and (not _someone_else(rep, answerer) or journalist):
            # "... spoke to X in Abu Dhabi last week"; "Minister Y said on Tuesday" in a briefing is Y's news
            whole = rep.attr_end - rep.attr_start < 20 or rep.verb in ("spoke", "speaks", "talked", "talks")
            subject = para.find(rep.mention.text, rep.attr_start, rep.attr_end) if _AHEAD_OF.match(para[rep.attr_start:]) \
                else -1  # "Ahead of the summit in Qingdao on June 9 and 10, X spoke to China Daily": not when nor where
            begin = subject if subject > rep.attr_start else rep.attr_start
            clause = para[begin:max(rep.attr_end, e)] if whole else para[begin:rep.attr_end]
            if whole and rep.verb not in ("spoke", "speaks", "talked", "talks") and \
                    (said := _THAT_CLAUSE.search(para, rep.attr_end, e)) is not None:
                clause = para[rep.attr_start:said.start()]  # "He said that police in Thailand ...": what, not where
            near = para[begin:max(rep.attr_end, min(e, rep.attr_end + 60))] if whole or rep.verb.startswith("told") \
                else para[begin:rep.attr_end]  # "spoke to X on Sunday about ..." (not "said the number had
            # risen from about 4,000 in 2015": what was said, not when)
            # "DW spoke to her in Nairobi on Wednesday.", "X spoke to the newspaper ... in Riyadh on Sunday"
            said_on = clause_when(near, state.ctx.reference) or clause_when(clause, state.ctx.reference)
            state.lead_date = (said_on or state.lead_date) if journalist else (state.lead_date or said_on)  # the day
            # "The Jakarta Post's X spoke to Y in Jakarta on Saturday", not the launch the story before reports
            if state.ctx.place is None:
                state.ctx = replace(state.ctx, place=clause_place(clause))
            if state.lead_date and state.ctx.place:
                break
    if isinstance(answerer, Person) and (state.ctx.place is None or state.lead_date is None):
        _caption_setting(state, answerer, [text[ln.start:ln.end] for ln in lines[:first_label] if ln.kind == "furniture"],
                         state.ctx.reference)  # "X speaks to China Daily at the embassy in Beijing on April 18. [Photo]"
    if state.ctx.place is None and isinstance(answerer, Person):  # "DW met X, ..., at its headquarters in Wiesbaden."
        met = next((para[m.start():e] for para, s, e in intro_sentences if (m := _MET_INTERVIEWEE.search(para, s, e))
                    and answerer.name.split()[-1] in para[s:e]), None)  # where, after the verb
        if met is not None and (place := clause_place(met)) is not None:
            state.ctx = replace(state.ctx, place=place)
    if state.lead_date is None:  # "X was the guest of the SBC Radio programme "Bonzour Sesel" on Thursday morning"
        state.lead_date = next((day for para, s, e in intro_sentences if (guest := _GUEST_OF.search(para, s, e)) is not None
                                and (day := clause_when(para[guest.end():e], state.ctx.reference)) is not None), None)
    if state.lead_date is None:  # "Interview of X with Gulf News (May 14, 2017)": that day
        state.lead_date = _interview_day(headings, state.ctx.reference)
    if state.lead_date is None:  # "Clark Air Base, Pampanga, 28 June 2017" under the title: the event's day
        state.lead_date = _speech_date([text[ln.start:ln.end].strip() for ln in lines[:first_label] if ln.kind != "prose"],
                                       state.ctx.reference)
    if state.ctx.place is None and (held := _HELD_BRIEFING.search(intro)) is not None and \
            (place := canonical_place(held.group("place"))) is not None:
        state.ctx = replace(state.ctx, place=place)  # "The SCIO held a press conference in Beijing on Wednesday"
    if state.ctx.place is None and (place := _footer_place(text, lines)) is not None:
        state.ctx = replace(state.ctx, place=place)  # a briefing signed off "New Delhi" over "December 18, 2019"
    if state.ctx.place is None and (place := _header_place(text, lines[:first_label])) is not None:
        state.ctx = replace(state.ctx, place=place)  # a briefing's header: "X / Deputy Spokesperson / Washington, DC"
    opening = intro + " " + " ".join(text[ln.body_start:ln.end] for ln in lines[first_label:first_label + 1]
                                     if ln.kind == "label" and ln.body_start is not None)
    if state.ctx.place is None and (place := remote_place(opening)):
        state.ctx = replace(state.ctx, place=place)  # an interview: "she joins me now from Singapore"
    interviewer = _outlet_owner(_interviewer(intro, state.publisher, headings)) or next(
        (m.group("outlet") for ln in lines[:first_label] if (m := _BYLINE_FOR.match(text, ln.start, ln.end))), None)
    if interviewer is None and state.publisher and isinstance(answerer, Person) and \
            any("interview" in text[ln.start:ln.end].lower() for ln in lines[:first_label]) and \
            not _OFFICE_SITE.match(state.publisher):
        interviewer = _masthead(state.publisher)  # an interview page's own questions (not on a minister's own site,
        # "Minister for Foreign Affairs", whose doorstop interviews the press asks)
    if state.ctx.place is None and interviewer is None and (place := _address_place(text, lines[:first_label]) or (
            _address_place(text, lines[first_label:], after=len(text) * 0.6)
            if _HOSTED_EVENT.search(text, 0, lines[first_label].start) and not _reposted_briefing(state, lines) else None)) \
            is not None:
        state.ctx = replace(state.ctx, place=place)  # an event's venue over the transcript ("RUSI, 61 Whitehall, London
        # SW1A 2ET"), or the seat whose address signs off a briefing's page
    # an interview's answers were given when its intro says, or on the page's day: not on the day of its news
    if answerer is None and interviewer is None and author is not None and \
            not any("interview" in text[ln.start:ln.end].lower() for ln in lines[:first_label]):
        answerer = author  # "Critical Questions by X": the author asks and answers
    answered: str | bool | None = state.lead_date if interviewer is not None else True
    if answered is None and interviewer and (lead := next((ln for ln in lines[:first_label] if ln.kind == "prose"),
                                                          None)) is not None:
        answered = _received_outlet_day(state, lead.start, lines[first_label].start, interviewer)
    if answerer is not None and answerer is author:
        answered = state.ctx.reference.isoformat() if state.ctx.reference else None  # written when published
    current: Person | str | None = speaker
    if current is None and isinstance(answerer, Person) and not answerer.is_org and \
            any((_OWN_BRIEFING.search(h) or _REMARKS_AT_BRIEFING.match(h) or _BRIEFING_BY_HEADING.search(h)) and
                answerer.name.split()[-1] in h for h in headings) and \
            answerer.name.split()[-1] not in intro:
        current = answerer  # "Spokesperson X's Regular Press Conference on March 23": the remarks before the first
        # question are X's (not a story that names X: "On July 19, Ambassador X held a press conference ...")
    asker: Person | str | None = None
    just_labelled = False  # the paragraph right under a label line is always the label's
    question_asked = False  # a question's paragraph is done: unlabelled paragraphs now answer it
    answering = False  # the last label was an answer's ("A:")
    kind = "transcript"
    for index, ln in enumerate(lines):
        if ln.kind == "prose" and not just_labelled and (speaker or answerer) is not None and \
                (question_asked or (text[ln.start] in "—–" and current is asker and not isinstance(asker, Person))):
            current, question_asked = speaker or answerer, False  # "Q. [EFE] ...?" then the answer, unlabelled; or
            # "24.kg: Critics say that ..." then "— I do not agree.": a dash opens the answer
        if ln.kind == "label":
            label = ln.label or ""
            low = _NUMBERED_QA.sub("", label.lower())  # "Q1:", "A1:"
            answering = low in _ANSWER
            question_asked = low in _QA
            if index in headers:
                current, just_labelled = None, False  # "Chairperson:" over "Liang Yuhang, spokesperson of ...": a roster
                for entry in (text[ln.body_start:ln.end].split(";") if ln.body_start is not None else ()):
                    name, _comma, role = entry.strip().partition(", ")  # "Participants: X, Minister of ...; Y, ...":
                    if is_person_name(name) and not is_org_name(name):  # who the labels are (the role up to a
                        state.registry.add(split_role_name(name)[1] or name,  # full stop; the name without its
                                           re.split(r"\.\s", role)[0].strip(" .") or None)  # title: "Ambassador X Y")
                continue
            if state.publisher and low in state.publisher.lower() and not text[ln.body_start or ln.end:ln.end].strip() \
                    and "?" not in text[ln.end:lines[index + 1].end if index + 1 < len(lines) else ln.end]:
                current = None  # "Baku, Azerbaijan, Oct.12 / Trend:" over the story: the agency's dateline, no turn
            elif low in _UNNAMED_VOICES or _UNNAMED_OFFICIAL.match(low):
                current = ""  # "INTERPRETER: The Minister would like to answer in English.": no one's statement
            elif low in _QA and asker and not ln.label_note and ln.body_start is not None and \
                    _FOLLOW_UP_BODY.match(text, ln.body_start):
                current = asker  # "Q: Just a follow-up, if I may. ...": the outlet that asked last
            elif low in _QA:
                asked = replace(ln, body_start=lines[index + 1].start, end=lines[index + 1].end) if \
                    ln.body_start is None and index + 1 < len(lines) and lines[index + 1].kind == "prose" else ln
                # ("Question 1" on a line of its own over "Tom Hadley, BBC Arabic. Dr X, ...": named in the next line)
                current = _asker(state, ln.label_note) or _self_named_asker(state, text, asked) or \
                    _trailing_outlet(state, ln, lines) or _announced_asker(state, lines, index) or interviewer or \
                    (author if answerer is author else None)
                asker = current
            elif low in _FOLLOW_UP:
                current = asker
            elif low in _ANSWER and ln.label_note and is_person_name(ln.label_note):
                current = _label_speaker(state, ln.label_note)  # "A (Timur Akhmedov): ..."
            elif low in _ANSWER:
                current = answerer or state.registry.last_person
            elif low in _MODERATOR:
                current = _moderator(state)
            else:
                current = _noted_holder(state, label, ln.label_note) or _label_speaker(state, label)
                if isinstance(answerer, Person) and not answerer.is_org and " " not in label and \
                        answerer.name.split()[-1].lower() == label.lower() and \
                        not (isinstance(current, Person) and len(current.name.split()) >= 2):
                    current = answerer  # "al-Shammari:", the interviewee, where the page names another al-Shammari
                if not isinstance(current, Person) and all(w.lower().strip(".") in ROLE_WORDS for w in label.split()) \
                        and not is_org_name(label):  # (not "People's Daily:", an outlet)
                    # "Deputy Spokesperson:" on a page "Moderated by Deputy Spokesperson X Y"; else "Spokesperson:" on
                    current = _titled_on_page(state, label) or (  # the briefing "by the Spokesperson, Mr. X Y"
                        answerer if isinstance(answerer, Person) and not answerer.is_org else current)
                named = current.name if isinstance(current, Person) else current or ""
                if named.lower() in ("spokesperson", "spokesman", "spokeswoman", "official", "representative"):
                    current = ""  # a bare "Spokesperson:" the page never names: no one's statement (a "Mr Speaker:"
                    # is the one holder of that office)
                if not isinstance(current, Person) or (current.is_org and current is not answerer):
                    asker = current
                    # "DW: How strong is IS ...?" then the interviewee's answer, unlabelled (an outlet known as a body too)
                    question_asked = isinstance(answerer, Person) and "?" in text[ln.start:ln.end]
                else:
                    state.registry.mention(current)
            if ln.body_start is None:
                just_labelled = True
                continue
        if ln.kind in ("prose", "heading") and not just_labelled and index + 1 < len(lines) and \
                (opener := _turn_opener(state, ln, lines[index + 1])) is not None:
            current, just_labelled = opener, True  # "Desmond Quek, Correspondent, The Straits Times" over the question
            continue
        if ln.kind == "heading" and answering and not just_labelled:
            current, answering = None, False  # "RATS at a glance" under the last answer: the page's own box, no answer
        if ln.kind == "furniture" and _END_MARK.match(text, ln.start, ln.end):
            current = None  # "(End)": the transcript is over, and the page's links follow
        if ln.kind not in ("prose", "label"):
            continue
        if ln.kind == "prose" and not just_labelled and (entry := _panel_line(text[ln.start:ln.end])) is not None:
            if state.registry.find(entry[0]) is None:  # the panel listed under the transcript
                state.registry.add(*entry)
            current = None
            continue
        if ln.kind == "prose" and current is not None and not just_labelled and (
                _reports_someone(state, ln) or _SIGNED_LIST.match(text, ln.start, ln.end) or
                (isinstance(current, Person) and len(current.name.split()) >= 2 and
                                                (_named_in_third_person(text, ln.start, current.name) or
                                                 (index < first_label and current.name in text[ln.start:ln.end])))):
            current = None  # the transcript's narrative resumes: "On the same day, Ambassador Li said ..."; or a note on
            # the speaker under the answers names them in full: "X Y was appointed head of the agency in 2019 ..."
        just_labelled = False
        if current is None:
            if ln.kind == "prose":
                _news(state, [ln], lead=False)
            elif (ln.label or "").lower() in _NARRATORS and ln.body_start is not None and "?" not in text[ln.body_start:ln.end]:
                _news(state, [Line(ln.body_start, ln.end, "prose")], lead=False)  # "REPORTER: Defense Secretary X says
                # the help is welcome": a correspondent's narration reports others
            continue
        for s, e in state.sentences_of(ln):
            if ln.kind == "label" and s == ln.body_start and text[s] == "(" and \
                    (note := _NOTE_AFTER_LABEL.match(text, s, e)) is not None:
                s = note.end() - 1  # the question after its asker's note: "Q: (X, Geo News) Sir, ..."
            if ln.kind == "label" and s == ln.body_start and LABELLED_SALUTATION.match(text[s:e].strip()):
                continue  # "Mikhail Orekhov: Colleagues,": a salutation, no statement
            who: Person | str | None = current
            rep = reported_in_sentence(state.text, s, e) if text[e - 1:e] != "?" else None  # "Has Kabul responded?"
            if rep is not None and rep.mention.kind in ("pronoun", "name") and _past(rep.verb) and \
                    not _PRESENT_PERFECT.search(text, rep.attr_start, rep.attr_end) and \
                    not _TO_US.search(text, rep.attr_start, min(e, rep.attr_end + 20)):  # "President X has put forward a
                # proposal": the speaker's own account of a standing policy, not X's words quoted
                other = _resolve(state, rep.mention)
                if isinstance(other, Person) and not other.is_org and not is_org_name(other.name) and other is not current:
                    who = other  # someone the speaker quotes: "He said that ..."
            _add(state, s, e, who, kind=kind, verb=None, confidence=0.8, lead_date=answered)
            _note_people(state, text[s:e])


_END_MARK = re.compile(r"\s*[(\[]?\s*(?:[-–—]+\s*)?(?i:end)\s*(?:[-–—]+\s*)?[)\]]?\s*$")  # "(End)", "-- END --"
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")  # "(Chair)", "(moderator)", "(ret.)"
_WHOLE_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z]+\b")  # not the "rd" of "103rd"
_PANEL_LINKS = frozenset({"and", "of", "the", "for", "on", "in", "at", "to", "former", "de", "du", "la", "al", "bin",
                           "ret", "moderator", "chair", "panelist", "speaker", "discussant"})


def _panel_line(line: str) -> tuple[str, str] | None:
    """A line of a panel's list of speakers, no statement: "Dr Fenella Ashcombe, Director, Terrorism and Conflict
    Studies, RUSI (Chair)" -> (name, role); every lowercase word of the role only links its capitalised ones."""
    line = line.strip()
    if len(line) > 200 or line[-1:] in ".?!:;\"”" or ", " not in line:
        return None
    head, _comma, role = line.partition(", ")
    _title, name = split_role_name(_TRAILING_NOTE.sub("", head))  # "Brig. Gen. Rodrigo Reyes (ret.)"
    if not name or len(name.split()) < 2 or not is_person_name(name) or is_org_name(name):
        return None
    if any(word not in _PANEL_LINKS for word in _WHOLE_LOWER_WORD.findall(role)):
        return None
    return name, _TRAILING_NOTE.sub("", role)


def _turn_opener(state: _State, ln: Line, below: Line) -> Person | None:
    """The speaker a transcript names on a line of its own right over their words (no colon, no blank line between):
    "Desmond Quek, Correspondent, The Straits Times" or "General Bambang Sasmitoputro", named before."""
    text = state.text
    if below.kind != "prose" or text.count("\n", ln.end, below.start) != 1:
        return None
    line = text[ln.start:ln.end].strip()
    if (entry := _panel_line(line)) is not None:
        if _panel_line(text[below.start:below.end]) is not None:
            return None  # a list of the panel, one per line
        return state.registry.find(entry[0]) or state.registry.add(*entry)
    if ln.kind != "heading" or ", " in line or len(line) > 80:
        return None
    _title, name = split_role_name(line)
    return state.registry.find(name) if name and len(name.split()) >= 2 and is_person_name(name) else None


def _titled_on_page(state: _State, title: str) -> Person | None:
    """The person the page names right after a label's title: "Deputy Spokesperson:" and "Moderated by Deputy
    Spokesperson Mireille Aubertin"."""
    m = re.search(r"(?i:" + r"\s+".join(map(re.escape, title.split())) + r")\s+(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+"
                  r"[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3})", state.text)
    if m is None or not is_person_name(m.group("name")) or is_org_name(m.group("name")):
        return None
    return state.registry.add(m.group("name"), title)


_LABEL_TITLE = re.compile(
    r"^(?:(?:the\s+)?(?:federal\s+|foreign\s+|interior\s+|prime\s+|vice\s+|deputy\s+)*(?:minister|secretary|president|"
    r"premier|spokesperson|spokesman|spokeswoman|ambassador|chairman|chair|director|general|governor|senator|"
    r"commissioner|mr|mrs|ms|dr|prof|professor|judge|sec|usec|asec|bgen|brig|gen|lt|col|maj|capt|adm|amb|gov|sen|rep)"
    r"\.?\s+)+",  # "SEC. SEVILLA:", "BGEN. CABIGAS:" of a press briefing
    re.IGNORECASE,
)
_INTERVIEWER = re.compile(r"\b(?:(?:spoke|speaks)\s+(?:to|with)|told|tells|"
                          r"(?:[Ii]n|for)\s+(?:an?|his|her|their)\s+(?:(?:exclusive|recent|written|telephone|video|joint)\s+)*"
                          r"interview\s+with|"  # "has said in a recent interview with Xinhua"
                          r"(?:gave|granted)\s+an?\s+(?:(?:exclusive|recent|written|telephone|video|joint)\s+)*interview\s+to|"
                          r"(?:talked|talks)\s+to|"
                          r"sat\s+down\s+with)\s+(?P<who>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’&-]*"
                          r"(?:(?:\.[a-z]{2,3})+(?![\w.]))?(?:\s+(?:[A-ZÀ-ÞĀ-Ž]|\d)[\w'’&-]*){0,4})")  # "China.org.cn"


# "Trend presents an interview with ...": Trend asks
_PRESENTS_INTERVIEW = re.compile(r"(?<![\w'’&-])(?P<who>[A-ZÀ-ÞĀ-Ž][\w'’&-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’&-]*){0,3})\s+"
                                 r"(?:presents|publishes|offers|brings\s+you)\s+(?:an?\s+|its\s+)?(?:exclusive\s+)?"
                                 r"interview\b")
# "In an interview published today by the Strasbourg regional daily Dernières Nouvelles d'Alsace", "... published on
# Saturday in the daily Le Soir"
_INTERVIEW_BY = re.compile(r"\binterview\s+(?:published|broadcast|aired|given|printed)\s+"
                           r"(?:(?:on|last|this)\s+[A-ZÀ-ÞĀ-Ž]\w+(?:\s+\d{1,2})?\s+|\w+\s+)?(?:by|in|on|to)\s+"
                           r"(?:the\s+)?(?:[A-ZÀ-ÞĀ-Ž][\w-]*\s+)?(?:(?:regional|national|local|daily|weekly|newspaper|"
                           r"magazine|broadcaster|channel|television|radio|news\s+agency|agency)\s+)*"
                           r"(?P<who>[A-ZÀ-ÞĀ-Ž][\w'’&-]*(?:\s+(?:of\s+|de\s+|du\s+|la\s+|d['’])?[A-ZÀ-ÞĀ-Ž][\w'’&-]*){0,4})")


_HONORIFIC_NOTE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Madam|Dato['’]?|Datuk|Puan|Encik|Prof)\.?\s+[A-ZÀ-ÞĀ-Ž]")


def _noted_holder(state: _State, label: str, note: str | None) -> Person | None:
    """The person a title label names in brackets: "Official Spokesperson (Shri Pranav Saxena):"."""
    name = split_role_name(note)[1] if note else None
    if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
            (all(w.lower().strip(".") in ROLE_WORDS for w in label.split()) or
             (_HONORIFIC_NOTE.match(note or "") is not None and _TITLE_WORDS.search(label) is not None)):
        # and a Hansard's "The Minister of State for Home Affairs (Mr X Y Z) (for the Minister for Home Affairs):"
        return state.registry.add(name, LEADING_ARTICLE.sub("", label))
    office = f"{label} ({note})".lower()  # "Secretary (East):" is the "Secretary (East), Smt. X Y" of the first turn
    return next((p for p in state.registry.newest_first() if not p.is_org and (p.role or "").lower() == office), None) \
        if note else None


def _asks_for_outlet(first: str, second: str) -> bool:
    """Whether a label's two parts are a person's bare name and then what names no office, no person, no place and
    none of the bodies `_NOT_AN_OUTLET` lists: the outlet a journalist asks for."""
    role, name = split_role_name(first)
    return role is None and name == first and len(first.split()) >= 2 and is_person_name(first) and \
        not is_org_name(first) and second[:1].isalnum() and not second[:1].islower() and not is_person_name(second) and \
        _TITLE_WORDS.search(second) is None and _NOT_AN_OUTLET.search(second) is None and canonical_place(second) is None


def _label_speaker(state: _State, label: str) -> Person | str | None:
    """The speaker a transcript label names: "MINISTER KRAUSE" -> the Thomas Krause named in the heading,
    "Liu Zhenmin" -> a person, "CRI" or "Reuters" -> an outlet."""
    if _CHAIR_LABEL.match(label):  # "Mr Speaker", "Madam Deputy Speaker": the chair, by office
        return _CHAIR_LABEL.sub("", label)
    role_part, _, name_part = label.partition(", ")
    if name_part and is_org_name(role_part) and not _TITLE_WORDS.search(role_part):
        return role_part  # "Kyodo News, Mr. Ishibashi": a journalist asks for the outlet
    if name_part and label.isupper() and is_person_name(spoken := normalise_caps(role_part.title())) and \
            split_role_name(spoken)[0] is None:  # "JAMES R. CALLISTER, US SPECIAL PRESIDENTIAL ENVOY ...:", and
        return state.registry.add(spoken, name_part.title())  # "SITTIE AINAH MACARAMBON, MARAWI RESIDENT"
    if name_part and role_part.isalpha() and role_part.istitle() and role_part.lower() not in ROLE_WORDS and \
            _news_outlet(name_part) and canonical_place(role_part) is None:
        return name_part  # "Nakagawa, Kyodo News": a journalist's surname, then the outlet asking
    if name_part and is_person_name(name_part):  # "Official Spokesperson, Shri Anurag Venkatesan"
        return state.registry.add(split_role_name(name_part)[1] or name_part, role_part)
    if name_part and _asks_for_outlet(role_part, name_part):
        return name_part  # "Elena Volkova, Sputnik Kyrgyzstan": a journalist asks for the outlet, named after her
    if name_part and _NOT_AN_OUTLET.search(name_part) and split_role_name(role_part) == (None, role_part) and \
            len(role_part.split()) >= 2 and is_person_name(role_part) and not is_org_name(role_part):
        return state.registry.add(role_part, name_part)  # "Simon Ashby, Foreign and Commonwealth Office": a person
        # asking for herself, with the body she works for
    words = label.split()
    if len(words) >= 2 and words[-1].isalpha() and (namesake := _titled_namesake(
            state.text, tuple(words[:-1]), normalise_caps(words[-1].title()) if label.isupper() else words[-1])) is not None:
        return state.registry.find(namesake) or state.registry.add(namesake)  # "GEN. REYES" of two Reyeses
    bare = _LABEL_TITLE.sub("", label).strip() or label
    if bare[:1].islower():  # "Chairman of the ... Committee Yevgeny Kurbatov": the title is the role
        bare = label
    if bare.isupper() and len(bare) > 3 and " " not in bare and label != bare:
        bare = bare.title()  # "MINISTER KRAUSE" -> "Krause"
    elif bare.isupper() and len(bare.split()) >= 2:
        bare = normalise_caps(bare.title())
    found = state.registry.find(bare)
    if found is not None and " " not in found.name and not found.is_org and label != bare and " " not in bare and \
            (listed := _listed_surname_first(state.text, bare)) is not None:
        return state.registry.add(*listed)  # "Senator FERRANTE-DOYLE:", named bare before, is the header's "Speaker:
        # Ferrante-Doyle, Sen Patrick"
    if found is not None:
        return found
    if label != bare and " " not in bare and (full := _full_name_of(state.text, bare)) is not None:
        return state.registry.add(full)  # "MR CORLISS:" is the "Nathaniel P. Corliss" the page's header names
    if label != bare and " " not in bare and (listed := _listed_surname_first(state.text, bare)) is not None:
        return state.registry.find(listed[0]) or state.registry.add(*listed)  # "Mr Kessell:" of a Hansard list
    if label == bare and " " not in bare and not bare.isupper() and not is_org_name(bare) and \
            bare.lower() not in (state.publisher or "").lower() and \
            (full := _full_name_of(state.text, bare, only=True)) is not None and \
            not any(w.endswith(".") and len(w) > 2 for w in full.split()):
        return state.registry.add(full)  # "Brandtner:" is the one "Holger Brandtner" the intro names, no outlet
    if label.isupper() and 2 <= len(words) <= 3 and all(len(w) <= 5 for w in words) and \
            (holder := state.registry.by_role(words[-1].lower())) is not None and not holder.is_org:
        return holder  # "DG ISPR:" is the "Director General Inter-Services Public Relations (ISPR) X Y" named before
    if label == bare and bare.isupper() and " " not in bare and len(bare) > 3:  # "ACHTERBERG:" of a podcast
        surname = normalise_caps(bare.title())
        if (known := state.registry.find(surname)) is not None and not known.is_org:
            return known
        if (full := _full_name_of(state.text, surname, only=True)) is not None:
            return state.registry.add(full)  # the one Desmond Achterberg the host introduced
    if label == bare and 2 <= len(words) <= 3 and words[-1].lower() in ROLE_WORDS and not label.isupper() and \
            (holder := state.registry.by_role(words[-1].lower(), *(w.lower() for w in words[:-1]))) is not None and \
            not holder.is_org:
        return holder  # "Army Commander:" is the "Commander of the Army, Lieutenant General X Y" the intro names
    if label == bare and len(words) == 1 and label.isupper() and 2 < len(label) <= 5 and label.isalpha() and \
            (holder := state.registry.by_initials(label)) is not None:
        return holder  # "EAM:" is the "External Affairs Minister Dr. X Y Z" the introduction names
    if label == bare and len(words) == 1 and not label.isupper() and bare.lower() in ROLE_WORDS and \
            (spoke := next((f.speaker for f in reversed(state.facts) if f.kind == "transcript" and bare.lower() in
                            (f.role or "").lower().split()), None)) is not None and \
            (holder := state.registry.find(spoke)) is not None:
        return holder  # "Minister:" is the minister who answered under a full label, not "Minister Han" he mentions
    if label == bare and len(words) == 1 and not label.isupper() and bare.lower() in ROLE_WORDS and \
            (holder := state.registry.by_role(bare.lower())) is not None and not holder.is_org:
        return holder  # "Spokesperson:" is the "Spokesperson: X Y Z, Deputy Director-General ..." of the header (a UN
    # briefing's shouted "SPOKESMAN:" is its moderator)
    if label == bare and len(words) == 1 and label.isupper() and bare.lower() in ROLE_WORDS and \
            (holder := _masthead_holder(state, bare.lower())) is not None:
        return holder  # "MINISTER:" of a minister's site, whose masthead names her under her office
    if (bare.isupper() and len(bare) <= 8) or is_org_name(bare) or (len(bare.split()) == 1 and label == bare) \
            or re.fullmatch(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*)?\s+\d{1,3}", bare):
        return bare  # an outlet: "CRI", "Reuters", "Khabar 24"
    spoken = normalise_caps(label.title()) if label.isupper() else label  # "ADELINE TAN" -> "Adeline Tan"
    role, name = split_role_name(spoken)
    if name and canonical_place(name):
        return label  # "Associated Press of Pakistan": an outlet, not a person called Pakistan
    if name and " " not in name and role and (full := _full_name_of(state.text, name, only=True)) is not None:
        return state.registry.find(full) or state.registry.add(full, role)  # "ASSISTANT SECRETARY STALLWORTH:" is the
        # "Lorraine B. Stallworth" of the header
    if name:
        return state.registry.add(name, role)
    # "Official Spokesperson" alone: the one introduced with that title
    return state.registry.by_role(words[-1].lower(), *([" ".join(words[:-1])] if len(words) > 1 else [])) \
        if words else None


_OFFICE_SITE = re.compile(r"(?:Deputy\s+|Vice\s+|Prime\s+)?(?:Minister|President|Secretary|Chancellor|Governor)\b")
_COURTESY_NAME = re.compile(r"^(?:(?:Senator|Dr|Mr|Mrs|Ms)\s+)?(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s+|\s+(?:MP|QC|KC)$")


def _masthead_holder(state: _State, noun: str) -> Person | None:
    """The person a site's masthead names under an office with `noun` ("Minister for Foreign Affairs" over "Senator the
    Hon Catherine Ashdown"), within its first lines."""
    top = [s for ln in state.text[:1500].split("\n") if (s := ln.strip())][:12]
    for office, below in pairwise(top):
        name = _COURTESY_NAME.sub("", below)
        if len(office) < 80 and noun in office.lower().split() and split_role_name(office)[1] is None and \
                name != below and _person_line(name):
            return state.registry.find(name) or state.registry.add(name, office)
    return None


_PLACE_LINE = re.compile(r"^(?P<first>[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,2})"
                         r"(?:,\s*[A-ZÀ-ÞĀ-Ž][\w.'’ -]{1,30})?$")


# an interview's own day, not its publication's: "The interview was recorded in X on Monday and aired on Friday."
_INTERVIEW_HELD = re.compile(r"\binterview\s+(?:was|has\s+been)\s+(?:conducted|recorded|held|taken|given|carried\s+out)\b"
                             r"(?P<when>[^.;]*?)(?=\s+and\s+(?:was\s+)?(?:first\s+)?(?:published|posted|aired|broadcast)\b|[.;]|$)")
_GAVE_INTERVIEW = re.compile(r"\b(?:gave|granted)\s+(?:an?\s+)?(?:exclusive\s+)?interview\b")
_HELD_BRIEFING = re.compile(r"\bheld\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:press\s+conference|news\s+conference|"
                            r"(?:press\s+|media\s+)?briefing)\s+in\s+(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?)")


def _footer_place(text: str, lines: list[Line]) -> str | None:
    """A place alone on a line right over a date line after the last label: an MEA briefing's "New Delhi" /
    "December 18, 2019" sign-off."""
    last_label = max((i for i, ln in enumerate(lines) if ln.kind == "label"), default=len(lines))
    for i in range(last_label + 1, len(lines) - 1):
        line, below = text[lines[i].start:lines[i].end].strip(), text[lines[i + 1].start:lines[i + 1].end].strip()
        if len(line) < 40 and (place := canonical_place(line)) is not None and len(below) < 40 and \
                find_dates(below, None):
            return place
    return None


# what an institution holds at its own seat, named before the transcript starts
_HOSTED_EVENT = re.compile(r"\b(?:press\s+conference|news\s+conference|briefing|press\s+point|stakeout|press\s+availability|"
                           r"panel|discussion|seminar|forum|hearing|round\s*table)", re.IGNORECASE)
_ADDRESS_MARK = re.compile(r"^(?:address|add|addr)\.?\s*:|\bP\.?\s?O\.?\s+Box\b|\b\d{4,6}\b"
                           r"|\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b"  # a British postcode: "London SW1A 2ET"
                           r"|\b\d{1,4}\s+(?:[\w'’-]+\s+){0,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|square|"
                           r"strasse|straße|way|drive|plaza)\b", re.IGNORECASE)


def _address_place(text: str, lines: list[Line], after: float = 0) -> str | None:
    """The city of a postal address among `lines` (those starting from `after` only), the last first: "Address:
    No. 2, Chaoyangmen Nandajie, Chaoyang District, Beijing, 100701", "NATO HQ, Boulevard Léopold III, 1110 Brussels"."""
    for ln in reversed(lines):
        if ln.start < after:
            break
        line = text[ln.start:ln.end]
        if ln.kind == "label" or line.count(",") < 2 or len(line) > 250 or not _ADDRESS_MARK.search(line):
            continue
        cities = [place for _s, _e, place in places_in(line) if place.lower() not in countries()]
        if cities:
            return cities[-1]
    return None


def _header_place(text: str, header: list[Line]) -> str | None:
    """A line of the header before a transcript's first label that is only a place: "Washington, DC"."""
    for ln in header:
        line = text[ln.start:ln.end].strip()
        if ln.kind != "prose" and (m := _PLACE_LINE.match(line) or _VENUE_LINE.match(line)) is not None:
            place = canonical_place(m.group("first"))
            if place is not None:
                return place
    return None


# a city, then the venue: "Astana, Ministry of Foreign Affairs, press center"
_VENUE_LINE = re.compile(r"^(?P<first>[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,2}),\s+[^,\n]{0,50}?\b(?i:ministry|"
                         r"press\s+cent(?:er|re)|hall|house|hotel|palace|headquarters|building|centre|center)\b[^\n]{0,50}$")


def _surname_first(text: str, surname: str) -> str | None:
    """A name the page gives with the family name first and a hyphenated given name: "Lim Sung-jae" for "Lim"."""
    m = re.search(rf"(?<![\w-]){re.escape(surname)}\s+[A-ZÀ-ÞĀ-Ž][a-z]+-[a-z]+\b", text)
    return m.group(0) if m else None


def _listed_surname_first(text: str, surname: str) -> tuple[str, str | None] | None:
    """(name, office) from a Hansard list of witnesses, family name first: "Kessell, Mr Graham, Director-General of
    Security, ..." for "Mr Kessell", or of speakers: "Speakers: Kerrigan, Sen Janine; Eastwood, Sen Graham (Chair)"."""
    m = re.search(rf"(?:^[ \t]*(?:[A-Z][a-z]+:[ \t]+)?|;[ \t]*){re.escape(surname)},[ \t]+"
                  r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Senator|Sen|Hon)\.?[ \t]+"
                  r"(?P<given>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2})"
                  r"(?:,[ \t]+(?P<office>[^\n;]{3,160}?))?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:;|$)", text, re.MULTILINE)
    return (f"{m.group('given')} {surname}", m.group("office")) if m else None


def _full_name_of(text: str, surname: str, only: bool = False) -> str | None:
    """The fullest name on the page that ends in `surname`: "Nathaniel P. Corliss" for "Corliss" (with `only`, just
    when the page gives one full name ending so: not one of two Khans)."""
    if surname not in text:  # both patterns need the surname itself
        return None
    found = []
    for start, at in _surname_matches(_FULL_NAME_HEAD, text, surname, " \t"):
        given = text[start:at].rstrip(" \t")
        _role, name = split_role_name(f"{given} {surname}")
        if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
            if not only:
                return name
            if name.split()[0].lower() not in _NOT_NAMES | {"as", "if", "so", "said", "says", "told", "follow"}:
                found.append(name)  # not "As Soedarsono put it", "Follow Trend on Twitter"
    if not found and only:  # "Sheikh Mansoor" of "Sheikh Mansoor bin Rashid Al Mualla": a given name, then a father's
        given = {" ".join(m.group(0).split()) for m in _patronymic_pattern(surname).finditer(text)} \
            if _patronymic_follows(text, surname) else set()
        return given.pop() if len(given) == 1 else None
    longest = max(found, key=len, default=None)  # ("Lorraine Stallworth" is the "Lorraine B. Stallworth" of the header)
    return longest if longest and all(set(name.split()) <= set(longest.split()) for name in found) else None


_PATRONYMIC_START = re.compile(r"\s+(?:bin|binti|bint|ibn|ould)\s")  # how _PATRONYMIC starts


def _patronymic_follows(text: str, surname: str) -> bool:
    """Whether "bin", "ibn", ... follows the name somewhere: what _patronymic_pattern needs (a test cheaper than
    compiling that pattern for each name)."""
    at = text.find(surname)
    while at >= 0:
        if _PATRONYMIC_START.match(text, at + len(surname)):
            return True
        at = text.find(surname, at + 1)
    return False


_PATRONYMIC = r"(?:\s+(?:bin|binti|bint|ibn|ould)\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)+(?:\s+(?:Al|al|Al-|El)?\s*[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,2}\b"


# the words _full_name_of reads before a surname, up to the blanks before it (\Z: where _surname_matches ends it): the first
# word or initial ("word\.?|[A-Z]\.") opens on its capital, with the tests before that capital made after it, so the regex
# engine skips ahead to the capitals; no word is "I'm"
_FULL_NAME_HEAD = re.compile(r"[A-ZÀ-ÞĀ-Ž](?<![\w.'’-].)(?:(?!(?<=I)['’][a-z])[\w'’-]+\.?|(?<=[A-Z])\.)"
                             r"(?:[ \t]+(?:(?!I['’][a-z])[A-ZÀ-ÞĀ-Ž][\w'’-]+|[A-Z]\.)){0,3}[ \t]+\Z")


@lru_cache(maxsize=4096)
def _patronymic_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])" + re.escape(surname) + _PATRONYMIC)


# a label's title, abbreviated or not: "GEN. REYES" is the "Brig. Gen. Rodrigo Reyes" of the page
_TITLE_FAMILY = {"gen": "general", "brig": "brigadier", "col": "colonel", "lt": "lieutenant", "maj": "major",
                 "capt": "captain", "adm": "admiral", "cmdr": "commander", "cdr": "commander", "amb": "ambassador",
                 "doctor": "dr", "prof": "professor", "sen": "senator", "rep": "representative", "gov": "governor"}
_LABEL_RANKS = frozenset({*_TITLE_FAMILY.values(), "dr", "sir", "judge", "justice", "minister", "secretary", "president",
                    "chairman", "director", "inspector", "sheikh", "datuk", "dato", "general", "commander"})
_PLAIN_TITLES = frozenset({"mr", "mrs", "ms", "miss", "madam", "mister"})


def _title_words(words: list[str] | tuple[str, ...]) -> set[str]:
    return {_TITLE_FAMILY.get(key, key) for w in words if (key := w.lower().strip(".,"))}


@lru_cache(maxsize=4096)  # compiled once per surname
def _titled_surname_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.'’-])((?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\.?[ \t]+){1,4})" + re.escape(surname) + r"\b")


@lru_cache(maxsize=256)  # each of a transcript's labels asks again
def _titled_namesake(text: str, title: tuple[str, ...], surname: str) -> str | None:
    """Of two or more people the page names with one surname, the one a label's title picks: "GEN. REYES" is the
    one named with a general's rank, "MS. REYES" the one named with no rank at all."""
    wanted = _title_words(title)
    if not wanted or not wanted <= _LABEL_RANKS | _PLAIN_TITLES:
        return None
    seen: dict[str, set[str]] = {}
    for m in _titled_surname_pattern(surname).finditer(text):
        words = m.group(1).split()
        _role, name = split_role_name(f"{m.group(1)}{surname}")
        if not name or len(name.split()) < 2 or not is_person_name(name) or is_org_name(name):
            continue
        given = name.split()[:-1]
        if given[0].lower() in _NOT_NAMES or _title_words(given) & (_LABEL_RANKS | _PLAIN_TITLES):
            continue  # not "For Reyes" nor "General Reyes"
        seen.setdefault(name, set()).update(_title_words(words[:len(words) - len(given)]))
    if len(seen) < 2:
        return None
    ranked = wanted & _LABEL_RANKS
    picked = [name for name, titles in seen.items() if (ranked <= titles if ranked else not titles & _LABEL_RANKS)]
    return picked[0] if len(picked) == 1 else None


_SPOKEN_WITH_END = re.compile(r"\s+(?:in|about|at|on|last|this|during|for|after|before|ahead)\s|[,;:]\s")


def _intro_interviewee(state: _State, intro: str) -> Person | None:
    """The person an interview's introduction says spoke: "In an interview with Arab News ..., its
    secretary-general, Dr. Y, spoke about ..." (not the outlet that "spoke with him")."""
    if "We " in intro and (we := _WE_SPOKE_TO.search(intro)) is not None:
        role, name = split_role_name(we.group("who"))  # "We spoke to rapporteur X Y about ...": the page's editors ask
        if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
            return state.registry.find(name) or state.registry.add(name, role)
    for s, e in reversed(split_sentences(intro)):  # the nearest to the questions: others may speak before
        # "CRI reporter Zhou Mingxuan spoke with Major General X Y, ...", "People's Daily Online also talked with X"
        spoke = _reporter_spoke_with(intro, s, e) or _outlet_spoke_with(intro, s, e, state.publisher) or \
            _outlet_interviewed(intro, s, e, state.publisher)
        if spoke is not None:
            _role, name = split_role_name(spoke.group("who"))
            if name is None and (named := _APPOSITIVE_NAME.match(intro, spoke.end("who"))) is not None and \
                    is_person_name(named.group("name")) and not is_org_name(named.group("name")):
                _role, name = spoke.group("who"), split_role_name(named.group("name"))[1] or named.group("name")  # "...
                # spoke with the Ambassador of X, Y Z, about", "..., Comr. Gen. Y Z, at his office"
            if name is None or is_org_name(name):  # "... spoke with National Counterterrorism Agency (BNPT) head Comr.
                # Gen. Y Z in Jakarta": the office runs on past the body's name to the person's
                run = _SPOKEN_WITH_END.split(intro[spoke.start("who"):spoke.start("who") + 200], maxsplit=1)[0]
                held, person = split_role_name(run)
                if person and len(person.split()) >= 2 and is_person_name(person) and not is_org_name(person):
                    _role, name = held, person
            if name and len(name.split()) >= 2 and not is_org_name(name):
                return state.registry.add(name, _role)
            if name and (known := state.registry.find(name)) is not None and not known.is_org:
                return known  # "Thai PBS World spoke to Gen Thawatchai": the Thawatchai named before
            if name and len(name.split()) == 1 and (full := _fuller_name(state.text, name)) is not None:
                return state.registry.add(full, _role)  # "... spoke with Khamrayev", named in full before
            if name is None and _role and isinstance(found := _resolve(state, Mention(
                    LEADING_ARTICLE.sub("", _role.split(",")[0]), kind="description")), Person) and not found.is_org:
                return found  # "Foreign Policy met the national security adviser": the one the page named so
            continue  # the outlet that spoke is no interviewee
        m = _INTERVIEW_WITH_OFFICE.search(intro, s, e)  # "Trend presents an interview with the Head of X, Y Z."
        if m and is_person_name(m.group("name")) and not is_org_name(m.group("name")):
            return state.registry.add(split_role_name(m.group("name"))[1] or m.group("name"), m.group("office"))
        rep = reported_in_sentence(intro, s, e)
        if rep is None or rep.mention.kind not in ("name", "description") or rep.verb not in _INTERVIEW_VERBS or \
                (rep.mention.kind == "description" and not rep.verb.startswith(("spoke", "talked"))) or \
                _TO_THEM.search(intro, rep.attr_start, rep.attr_end + 25):
            continue
        if rep.verb in ("said", "says") and "interview" not in intro[rep.attr_start:rep.attr_end + 40].lower():
            continue  # "X said in an interview with Bernama" is the interviewee; a bare "X said" need not be
        if _TOLD_THE_PRESS.search(intro, rep.attr_start, rep.attr_end + 30):
            continue  # "Earlier this week, X told reporters in Minsk": news before the interview, not its subject
        found = _resolve(state, rep.mention)
        if isinstance(found, Person) and not found.is_org:
            return found
    return None


_REPORTER_SPOKE_WITH = re.compile(r"(?:(?P<desk>(?:[A-ZÀ-ÞĀ-Ž][\w'’.]*\s+){1,4})?\b(?:reporter|correspondent|journalist|"
                                  r"editor|interviewer|host)|"
                                  r"(?P<outlet>(?:The\s+)?[A-ZÀ-ÞĀ-Ž][\w.]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.]*){0,2})['’]s)\s+"
                                  r"[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,3}\s+(?:(?:spoke|talked|sat\s+down)\s+"
                                  r"(?:(?:last|this)\s+\w+\s+|on\s+[A-Z]\w+\s+|recently\s+|exclusively\s+)?(?:with|to)|interviewed)\s+"
                                  r"(?P<who>(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:director-general|director|minister|head|"
                                  r"chief|ambassador|secretary|commander|spokes(?:man|woman|person)|chairman|president|"
                                  r"adviser|advisor)\s+)?[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,6}|"
                                  r"the\s+(?:head|chief|director|chairman|commander|minister|secretary)\s+of\s+(?:the\s+)?"
                                  r"[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,6}(?:\s+\([A-Z]{2,8}\))?)")
# ("The Diplomat's Hannah Lindqvist spoke with Khamrayev, ...": an outlet's journalist; "... spoke last week with the
# head of the National Counterterrorism Agency (BNPT), Comr. Gen. X Y Z, at his office")
_SPOKE_VERBS = ("spoke", "talked", "sat", "interviewed")  # each match of _REPORTER_SPOKE_WITH has one of them


def _reporter_spoke_with(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """_REPORTER_SPOKE_WITH.search, not run on text with none of its verbs (the regex tries every position)."""
    end = len(text) if end is None else end
    if all(text.find(verb, start, end) < 0 for verb in _SPOKE_VERBS):
        return None
    return _REPORTER_SPOKE_WITH.search(text, start, end)


_ROSTER_LINE = re.compile(r"^[A-ZÀ-ÞĀ-Ž][^;,.]{2,60},[^;]{3,160}(?:;\s*[A-ZÀ-ÞĀ-Ž][^;,.]{2,60},[^;]{3,160})+\.?$")
_HEADER_FIELDS = {"speakers", "speaker", "chairperson", "chair", "moderator", "host", "participants", "date", "venue",
                  "location", "time", "guests", "guest"}


_RECORD_FIELDS = {"mps speaking", "members speaking", "sitting date", "section name", "parliament no", "session no",
                  "volume no", "sitting no", "title", "subject", "posted on", "released on"}


def _header_field(text: str, lines: list[Line], i: int) -> bool:
    """A transcript header's field over a roster line: "Chairperson:" then "Liang Yuhang, spokesperson of X"; or a
    headline in the "Speaker: "quote"" form before the first question."""
    ln = lines[i]
    body = text[ln.body_start:ln.end].strip() if ln.body_start is not None else ""
    if len(body) > 2 and body[0] in "\"“" and body[-1] in "\"”" and (ln.label or "").lower() not in _QA | _ANSWER and \
            not any(other.kind == "label" for other in lines[:i]) and \
            any(other.kind == "label" and other.label != ln.label for other in lines[i + 1:]):
        return True  # 'CSTO Secretary General: "We see no Afghan terrorists on our borders yet"' over the interview
        # (whose questions are "Q:" or the outlet's: "24.kg:")
    if (ln.label or "").lower() in _HEADER_FIELDS and _ROSTER_LINE.match(body):
        return True  # "Participants: X, Minister of ...; Y, Commissioner for ...": the roster on the label's line
    if (ln.label or "").lower() in _RECORD_FIELDS:
        return True  # a parliamentary record's "MPs Speaking: Mr X, Ms Y" or "Section Name: Oral Answers to Questions"
    if (ln.label or "").lower() not in _HEADER_FIELDS or ln.body_start is not None or i + 1 >= len(lines):
        return False
    nxt = text[lines[i + 1].start:lines[i + 1].end].strip()
    return lines[i + 1].kind != "label" and len(nxt) < 200 and not nxt.endswith(("?", "!")) and \
        (_ROSTER_ENTRY.match(nxt) is not None or bool(find_dates(nxt)))


_ROSTER_ENTRY = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){1,4},\s+[^.]*$")


_CAPTIONED = re.compile(r"^(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,4}),\s+(?P<role>[^,]{3,120}),\s+"
                        r"(?:speaks|is\s+seen|attends|gestures|addresses|listens|poses|arrives|at\s+the)\b")
_EDITORS_NOTE = re.compile(r"\s*Editor['’]s\s+note\s*:\s*", re.IGNORECASE)
_WAS_SPEAKING = re.compile(r"^(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){0,3})\s+"
                           r"(?:was|were|had\s+been)\s+speaking\b(?P<rest>.*)$")
_WILL = re.compile(r"\b(?:will|shall)\b")
_OUTLET_NAME = r"(?P<outlet>[A-ZÀ-ÞĀ-Ž][\w'’&-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’&-]*){0,3})\s+"  # "CGTN", "Arab News"
_OUTLET_SPOKE_WITH = re.compile(r"(?:(?P<lead>On|At|In|During|After|Ahead\s+of|Before|Following)\s[^,.]{3,120},\s+)?"
                                # "On the sidelines of X, CGTN talked to", "Ahead of the summit, China Daily spoke with"
                                r"(?<![\w'’&-])" + _OUTLET_NAME +
                                r"(?:also\s+)?(?:spoke|talked|sat\s+down)\s+(?:(?:by|via|over|on|last|this|exclusively|recently|video|phone|telephone|week|month|link)\s+){0,4}(?:with|to)\s+"
                                r"(?:the\s+)?(?P<who>[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*|\s+(?:to|of|for|and|the)(?=\s+[A-ZÀ-ÞĀ-Ž]))"
                                r"{1,14})")  # (and "the Ambassador Extraordinary and Plenipotentiary of the Republic of X")


def _outlet_spoke_with(intro: str, start: int = 0, end: int | None = None,
                       publisher: str | None = None) -> re.Match[str] | None:
    """ "People's Daily Online also talked with Chinese Ambassador to Kyrgyzstan X Y": a sentence whose subject is
    an outlet (no person, no pronoun; a name like a person's only as the start of the page's publisher: "AKIpress"
    on "AKIpress News Agency") that spoke with someone, whose questions follow."""
    while start < len(intro) and intro[start].isspace():
        start += 1
    end = len(intro) if end is None else end
    if all(intro.find(verb, start, end) < 0 for verb in _SPOKE_VERBS[:3]):
        return None  # the pattern needs one of the verbs ("spoke", "talked", "sat down")
    m = _OUTLET_SPOKE_WITH.match(intro, start, end)  # the sentence's subject
    if m is None or m.group("outlet").lower() in ("he", "she", "they", "we", "i") or \
            (is_person_name(m.group("outlet")) and not (publisher or "").lower().startswith(m.group("outlet").lower())):
        return None
    return m


_APPOSITIVE_NAME = re.compile(r",\s+(?P<name>[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,5}),")
_AHEAD_OF = re.compile(r"(?:Ahead\s+of|Before|In\s+the\s+run-up\s+to|On\s+the\s+eve\s+of)\s")
_TOLD_THE_PRESS = re.compile(r"\b(?:told|tells)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|"
                             r"a\s+(?:news\s+|press\s+)?briefing)\b")
_MET_INTERVIEWEE = re.compile(r"\b(?:met|interviewed|visited|sat\s+down\s+with|caught\s+up\s+with)\s+[A-ZÀ-ÞĀ-Ž]")
_INTERVIEW_WITH_OFFICE = re.compile(r"\binterview\s+with\s+(?:the\s+)?(?P<office>[A-ZÀ-ÞĀ-Ž][^.]{3,250}?),\s+"
                                    r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3})\s*[.,:]")
_TO_THEM = re.compile(r"\b(?:with|to)\s+(?:him|her|them|us|me)\b")


_BRIEFING_BY = re.compile(r"\b(?:briefing|press\s+conference|news\s+conference|press\s+point)\s+(?:given\s+|held\s+)?by\s+"
                          r"(?:the\s+)?(?P<who>[A-ZÀ-ÞĀ-Ž][^,.;:()]{3,80}?)(?:,\s+(?P<role>[^.;:]{3,120}?))?\s*[.;:]")


def _briefer(state: _State, intro: str) -> Person | None:
    """Who gives a briefing its transcript's note names: "... of today's noon briefing by X Y, Spokesman for the
    Secretary-General."."""
    m = _BRIEFING_BY.search(intro)
    if m is None:
        return None
    role, name = split_role_name(m.group("who"))
    if not name or len(name.split()) < 2 or is_org_name(name):
        return None
    return state.registry.add(name, m.group("role") or role)


_OUTLET_INTERVIEWED = re.compile(r"\s*(?P<lead>)" + _OUTLET_NAME +
                                 r"(?:has\s+|had\s+|recently\s+|also\s+)?(?P<verb>interviewed|met(?:\s+with)?|"
                                 r"caught\s+up\s+with|sat\s+down\s+with)\s+(?P<who>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w.'’-]*"
                                 r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*|\s+(?:of|for|to)(?=\s+[A-ZÀ-ÞĀ-Ž])){0,8}"
                                 r"|the\s+(?:[a-z-]+\s+){0,3}(?:adviser|advisor|minister|secretary|director|chief|head|"
                                 r"commander|spokesperson|spokesman|coordinator|prosecutor|ambassador|envoy)\b)")
# (or an office the page gave someone before: "Foreign Policy met the national security adviser at his office")
_MEDIA_NAME = re.compile(r"\b(?:News|Daily|Times|Post|TV|Radio|Agency|Press|Gazette|Herald|Tribune|Journal|Magazine|"
                         r"Online|Network|Channel)\b")


def _outlet_interviewed(intro: str, start: int, end: int, publisher: str | None) -> re.Match[str] | None:
    """"ANTARA interviewed the Head of X, Y Z, at ...", "Arab News met X at his residence": a sentence whose subject,
    an outlet (the page's own, or one whose name says it is one, for any verb but "interviewed"), met someone."""
    m = _OUTLET_INTERVIEWED.match(intro, start, end)
    own = m is not None and bool(publisher) and m.group("outlet").lower() in (publisher or "").lower()  # "DER SPIEGEL"
    if m is None or (is_person_name(m.group("outlet")) and not own) or m.group("outlet") in ("He", "She", "They", "We"):
        return None
    if m.group("verb") != "interviewed" and not _MEDIA_NAME.search(m.group("outlet")) and not own:
        return None  # "The Minister met X": no outlet
    return m


def _spoken_to_by_journalist(state: _State, intro: str) -> Person | None:
    """The person an outlet's journalist spoke to: "The Jakarta Post's X spoke to the ministry's director general
    of defense strategy, Maj. Gen. Y Z, who led the talks" -> Y Z, who answers the questions."""
    if "spoke" not in intro and "talked" not in intro and "sat down" not in intro and "interviewed" not in intro and \
            "met" not in intro:
        return None
    for s, e in split_sentences(intro):
        journalist = _reporter_spoke_with(intro, s, e) or _outlet_interviewed(intro, s, e, state.publisher)
        if journalist is None:
            continue
        office = None
        for part in intro[journalist.start("who"):e].split(","):
            role, name = split_role_name(part.strip())
            if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name) and \
                    canonical_place(name) is None:
                person = state.registry.find(name) or state.registry.add(name, office or role)
                person.role = person.role or office or role
                return person
            office = LEADING_ARTICLE.sub("", part.strip()) if role and name is None else None  # "the ministry's
            # director general of defense strategy, Maj. Gen. Y Z": the office before the name
    return None


# "The Press Office of the Embassy ... answered questions from The Times of Central Asia on ...": who answers, who asks
_ANSWERED_QUESTIONS = re.compile(r"(?:^|(?<=[.!?]\s))(?:The\s+)?(?P<who>[A-ZÀ-ÞĀ-Ž][^.;:]{2,160}?)\s+(?:has\s+|have\s+)?"
                                 r"answered\s+(?:the\s+)?questions?\s+(?:from|of|by|put\s+by)\s+(?:the\s+)?"
                                 r"(?P<outlet>[A-ZÀ-ÞĀ-Ž][\w.'’&-]*(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž][\w.'’&-]*){0,5})")


def _answering_body(state: _State, intro: str) -> Person | None:
    """A body (or a person) an introduction says answered an outlet's questions: "The Press Office of the Embassy
    of X in London answered questions from The Times of Central Asia"."""
    m = _ANSWERED_QUESTIONS.search(intro) if "answered" in intro else None
    if m is None:
        return None
    role, name = split_role_name(m.group("who"))
    if name and len(name.split()) >= 2 and is_person_name(name) and not is_org_name(name):
        return state.registry.find(name) or state.registry.add(name, role)
    if not is_org_name(m.group("who")):
        return None
    body = state.registry.find(m.group("who")) or state.registry.add(m.group("who"))
    body.is_org = True
    return body


def _intro_person(state: _State, intro: str) -> Person | None:
    """The person an interview's introduction presents: "Dr. Leila Mansour, Director of ..., spoke to ..."."""
    if not intro:
        return None
    for s, e in split_sentences(intro[:600])[:3]:  # sentence by sentence: "... on Sunday. X Y, deputy director ..."
        rep = reported_in_sentence(intro, s, e)
        if rep is not None and _REPORTER_SPOKE_WITH.match(intro, rep.attr_start, e):
            continue  # "The Jakarta Post's X spoke to ...": the journalist, who asks
        if rep is not None and rep.mention.kind == "name" and not _TO_THEM.search(intro, rep.attr_start, rep.attr_end + 25):
            found = _resolve(state, rep.mention)
            if isinstance(found, Person) and not found.is_org and not rep.mention.text.isupper() and \
                    not is_org_name(found.name):  # not the outlet: "DW spoke to the head of ..."
                return found
    m = _INTRO_PERSON.search(intro)
    if m:  # "Dr. Leila Mansour, Director of ..., spoke ..." / "Dr Aisha Rahman is a senior fellow at ..."
        role, name = split_role_name(m.group(1))
        if name and canonical_place(name) is None and name.split()[0].lower() not in _NOT_NAMES and \
                _CALENDAR.isdisjoint(w.lower() for w in name.split()) and \
                m.group(1).split()[0] not in ("On", "In", "At", "From", "After", "Since", "During", "By", "For"):
            # not a dateline ("KUALA LUMPUR, July 15 (Bernama) --") nor "From Mali, the Special Representative ..."
            # nor "On Easter Sunday, April 21, ..."
            return state.registry.add(name, role or (m.group(2) or m.group(3)).strip())
    return state.registry.recent[0] if state.registry.recent else None


_INTRO_PERSON = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|[A-Z][a-z]{1,5}\.\s+){0,3}"
                           r"(?:\((?i:ret|retd|rtd)\.?\)\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+"  # "Comr. Gen. (ret.) X Y Z has led"
                           r"[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,4})"  # "Lt Gen Tumusiime Kasirye Ochan, a Ugandan officer, ..."
                           r"(?:,\s*([^,]{3,160}),|\s+(?:is|has\s+been|serves\s+as|heads|leads|directs|has\s+led|has\s+headed)\s+"
                           r"(?:an?\s+|the\s+)?([^.]{3,300})\.)")
_INTERVIEW_WITH = re.compile(r"\b(?:interview|conversation|Q&A)\s+with\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
                             r"[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3})", re.IGNORECASE)
_ASKS_FOR_A_LIVING = re.compile(r"\b(?:correspondent|reporter|journalist|editor|anchor|host|presenter|columnist|"
                                r"interviewer)\b", re.IGNORECASE)
_SPOKES_WORD = re.compile(r"\bSpokes(?:person|man|woman)\b")
_VERB_NEXT = re.compile(r"\s+[a-z]")  # "the Spokesperson of the Embassy answered", not "... of the Embassy Xu Lanping"
_SPOKESPERSON_OF = re.compile(r"\b(?P<title>Spokes(?:person|man|woman))\s+(?:of|for)\s+(?:the\s+)?(?P<body>"
                              r"[A-ZÀ-ÞĀ-Ž][\w'’ -]+?"
                              r"(?:Embassy|Ministry|Mission|Consulate|Office|Government|Council|Commission|Secretariat)"
                              r"(?:\s+(?:in|to|of)\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w'’-]+"
                              r"(?:\s+(?!Answers|Answered|Holds|Says|Remarks|Statement|Comments)[A-ZÀ-ÞĀ-Ž][\w'’-]+)?)?)")


_INTERVIEW_GIVEN = re.compile(r"^(?i:interview\s+(?:of|by|given\s+by)\s+(?:the\s+)?)(?P<who>.+?)\s+(?i:to|with)\s+"
                              r"(?:the\s+)?(?:(?:newspaper|news\s+agency|agency|magazine|(?:TV\s+)?channel|radio|daily|"
                              r"weekly|journal|(?:[A-Z][\w-]*(?:\s+and)?\s+){1,5}(?:Company|Corporation)(?=\s+[\"“«]))\s+)?"
                              r"[\"“«]?"  # "... to the newspaper "Krasnaya Zvezda"", "... to the Interstate TV and Radio
                              # Company "Mir""
                              r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){1,3}\s+of\s+(?:the\s+)?)?"  # "... With
                              # Kanykei Asanalieva of Radio Azattyk": the journalist's outlet asks
                              r"(?P<outlet>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,4})[\"”»]?"
                              # the outlet ends the heading or a clause of it: not "... to the Republic of Uzbekistan X"
                              r"(?=(?:\s+(?:news\s+agency|agency|newspaper|magazine|daily|weekly|(?:TV\s+)?channel|"
                              r"TV|television|radio))?\s*(?:$|[,:;(]|\s[-–—]\s|\s+(?:on|about|ahead|in|at)\s))")


_POSSESSIVE_INTERVIEW = re.compile(r"^(?P<who>[^,:]+?)(?:['’]s|\s+(?:gives|grants|accepts|receives)\s+(?:an?\s+)?)\s*"
                                   r"(?:exclusive\s+|written\s+|joint\s+)*interviews?\s+(?=to\s|with\s)", re.IGNORECASE)


def _interview_given(heading: str) -> re.Match[str] | None:
    """ "Interview of X to RIA Novosti", or its other forms "X's interview with the Izvestia newspaper", "Ambassador X
    Gives Interview to Dawn"."""
    if plain_folds(heading) and "interview" not in heading.lower():
        return None  # both patterns need the word
    heading = _POSSESSIVE_INTERVIEW.sub(lambda m: f"Interview of {m.group('who')} ", heading.strip())
    colon = _INTERVIEW_COLON.match(heading)
    if colon is not None:  # "Interview: CTED Executive Director X with The Jakarta Post" (a news outlet, not "Interview:
        heading = "Interview of " + heading[colon.end():]  # Deputy Minister On Border Security, Cooperation With Neighbors")
    m = _INTERVIEW_GIVEN.match(heading)
    if m is not None and colon is not None and not _news_outlet(m.group("outlet")):
        return None
    if m is not None and canonical_place(m.group("outlet")) is not None:  # "Interview of Ambassador of India to the
        m = _INTERVIEW_GIVEN_LAST.match(heading)  # UAE, X, with Gulf News": the office's "to", then the outlet's
    return m


_INTERVIEW_COLON = re.compile(r"^(?i:interview)\s*[:—–]\s+(?=[A-ZÀ-ÞĀ-Ž])")
_INTERVIEW_GIVEN_LAST = re.compile(_INTERVIEW_GIVEN.pattern.replace("(?P<who>.+?)", "(?P<who>.+)", 1))


_SPOKE_TO_HEADLINE = re.compile(r"^[A-ZÀ-ÞĀ-Ž][^:]{2,80}?\s+to\s+"  # "IMCTC Secretary-General to Asharq Al-Awsat: ..."
                                r"(?P<outlet>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,3}):\s")


_EDITION = re.compile(r"\s+(?:Europe|USA|US|Africa|Asia|Asia\s+Pacific|Global|Hong\s+Kong|Latin\s+America)"
                      r"(?:\s+(?:Weekly|Edition))?$")


def _masthead(publisher: str) -> str:
    """The publisher's name without a note in brackets ("China Radio International (CRI English)"), its edition
    ("China Daily Europe") or the description after its acronym ("MONTSAME Mongolian National News Agency")."""
    publisher = re.sub(r"\s*\([^()]*\)$", "", publisher)
    edition = _EDITION.search(publisher)  # "China Daily Europe", "China Daily Africa Weekly": the paper, "China Daily"
    if edition and len(publisher[:edition.start()].split()) >= 2 and is_org_name(publisher[:edition.start()]):
        publisher = publisher[:edition.start()]
    first, _space, rest = publisher.partition(" ")
    return first if first.isupper() and len(first) >= 3 and rest and is_org_name(rest) and rest[:1].isupper() \
        else publisher


_OUTLET_OWNER = re.compile(r"^(?P<owner>\S+?)['’]s?\s+\S")


def _outlet_owner(outlet: str | None) -> str | None:
    """The outlet a programme belongs to: "TOLOnews' Farakhabar" -> "TOLOnews", "CGTN's Dialogue" -> "CGTN" (not
    "People's Daily", whose owner is no outlet's name)."""
    m = _OUTLET_OWNER.match(outlet or "")
    return m.group("owner") if m and sum(ch.isupper() for ch in m.group("owner")) >= 2 else outlet


def _interviewer(intro: str, publisher: str | None, headings: list[str] = ()) -> str | None:
    """The outlet that asks the questions: "... spoke to Asia Security Monitor", "told Xinhua", the outlet a
    heading names ("Interview of X to RIA Novosti news agency"), or the publisher when its own editor asks
    ("She spoke with CSD's communications editor, Jonas Eklund")."""
    given = next((m for h in headings if (m := _interview_given(h) or _SPOKE_TO_HEADLINE.match(h.strip()))),
                 None)
    if given is not None:
        return given.group("outlet")
    publisher = _masthead(publisher) if publisher else publisher
    if publisher and "We " in intro and _WE_SPOKE_TO.search(intro):
        return publisher  # "We spoke to rapporteur X Y": the page's own editors
    if (reporter := _reporter_spoke_with(intro)) is not None and \
            (asks := reporter.group("outlet") or publisher or (reporter.group("desk") or "").strip()):
        return asks  # "CRI reporter Zhou Mingxuan spoke with X": the outlet asks
    for s, e in reversed(split_sentences(intro)):  # the nearest to the questions
        if (spoke := _outlet_spoke_with(intro, s, e, publisher)) is not None:
            return spoke.group("outlet")  # "People's Daily Online also talked with X"
    m = ((_PRESENTS_INTERVIEW.search(intro) or _INTERVIEW_BY.search(intro)) if "interview" in intro else None) or \
        _INTERVIEWER.search(intro)  # (both of the first two need an "interview")
    if not m and "answered" in intro and (answered := _ANSWERED_QUESTIONS.search(intro)) is not None and \
            _news_outlet(answered.group("outlet")) and not intro.startswith(" and ", answered.end()):
        return answered.group("outlet")  # "X answered questions from The Times of Central Asia" (one outlet asks)
    if not m:
        return None
    if publisher and re.search(r"['’]s$", m.group("who")):  # "CSD's communications editor": the outlet asks
        return publisher
    who = re.split(r"\s+(?:in|on|at|last|this|about)\b", re.sub(r"^the\s+", "", m.group("who")))[0]
    if publisher and who.lower() in publisher.lower():
        return who  # "an interview with People's Daily in Kabul" on People's Daily Online
    who = re.split(r"['’]s\s", who)[0]  # "FRANCE 24's X Y": the outlet asks
    role = split_role_name(who)[0]
    if role and role.split()[0].lower() in ROLE_WORDS and role.split()[-1].lower() in ROLE_WORDS and \
            not role.split()[0].isupper() and \
            not _JOURNALIST_WORDS.intersection(role.lower().split()):
        return None  # "24.kg news agency talked to Deputy Chairman ... X": the one who answers, not an outlet (but
        # "UN News", "The House host X")
    return who if who.lower() not in ("reporters", "journalists") else None


def _reposted_briefing(state: _State, lines: list[Line]) -> bool:
    """Whether an embassy's page reposts its ministry spokesperson's briefing, given at home: the embassy's address at
    the foot is not where it was held."""
    head = [state.text[ln.start:ln.end] for ln in lines[:8]]
    return any("Embassy" in t for t in [state.publisher or "", *head[:3]]) and ministry_spokesperson(head)


_JOURNALIST_WORDS = frozenset({"host", "reporter", "correspondent", "editor", "journalist", "anchor", "presenter",
                               "interviewer", "columnist", "writer"})


def _moderator(state: _State) -> Person | None:
    """The person the text says moderated: "The press conference was moderated by ..., Steffen Brandl."."""
    m = re.search(r"\bmoderat\w*\b[^.\n]{0,120}", state.text, re.IGNORECASE)
    if not m:
        return None
    for run in reversed(list(_CAP_RUN.finditer(m.group(0)))):
        _role, name = split_role_name(run.group(0))
        if name and len(name.split()) >= 2 and not is_org_name(name):
            return state.registry.add(name)
    return None


def _reports_someone(state: _State, ln: Line) -> bool:
    """Whether a paragraph reports what a named third party said (narrative, not the speaker's own words)."""
    for s, e in state.sentences_of(ln)[:2]:
        rep = reported_in_sentence(state.text, s, e)
        if rep is not None and rep.mention.kind in ("name", "description", "delegate") and _past(rep.verb) and \
                rep.verb != "according to" and not _PRESENT_PERFECT.search(state.text, rep.attr_start, rep.attr_end) \
                and not _TO_US.search(state.text, rep.attr_start, min(e, rep.attr_end + 20)):
            return True  # (a spokesperson citing an embassy, or saying what it "has confirmed", is still answering; and
            # "Minister X explained to us what France expects" is the speaker's own account)
        if re.match(r"^[\"“]", state.text[s:e]) and re.search(r"[\"”],?\s+(?:[A-ZÀ-ÞĀ-Ž]\w+\s+){0,3}[A-ZÀ-ÞĀ-Ž]\w+\s+said",
                                                            state.text[s:e]):
            return True
    return False


_BYLINE_FOR = re.compile(r"By\s+[^,\n]{3,60},\s+for\s+(?P<outlet>[A-ZÀ-ÞĀ-Ž][\w&.'’ -]{1,40}?)\s*$")  # "By X, for
# Perfil": a paper's interview that another reprints asks in that paper's name
_TO_US = re.compile(r"\b(?:to|told)\s+(?:us|me)\b")  # "X told us that": the speaker's account
_SALUTATION = re.compile(r"^(?:(?:Dear|Distinguished|Esteemed|Ladies|Excellenc|Your\s+Excellenc|Colleagues|Friends|Comrades?)\b"
                         r"(?:Mrs?\.|Ms\.|Dr\.|[^.!?]){0,80}[!,:]|Thank\s+you,\s+(?:Mr\.?|Madam|Madame)\s+(?:Chair(?:man|person|"
                         r"woman)?|President|Speaker|Moderator)[.!,])$")  # "Dear Mr. Chairman!", "Thank you, Mr Chair."
_NARRATIVE_START = re.compile(r"^(?:At\s+the\s+end|After\s+the|Following\s+the|On\s+the\s+sidelines|Later|"
                              r"At\s+the\s+close|In\s+the\s+course)\b")


_THIRD_PERSON_SUMMARY = re.compile(r"^(?:The\s+|In\s+(?:a|his|her)\s+speech\b)")
_TEXT_FOLLOWS = re.compile(r"^(?:The\s+following\s+(?:is|are)|Below\s+(?:is|are)|Here\s+is|Following\s+is|"
                           r"(?-i:[A-ZÀ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.-]*){0,2})\s+(?:presents|publishes|offers))\s+(?:the\s+)?"
                           r"(?:full\s+text|text|excerpts|(?:opening\s+|closing\s+)?(?:remarks|statements|speeches))\b",
                           re.IGNORECASE)  # "The following is the full text of the keynote speech, delivered ...", "UzA
# presents the full text of the speech of ...", "Below are the opening remarks of the two Co-Chairs"


_FOLLOWING_WORDS = re.compile(r"^(?:The\s+)?Following\s+(?:is|are)\s+(?:the\s+)?(?P<who>[A-ZÀ-ÞĀ-Ž][^.:]{2,120}?)['’]s?\s+"
                              r"(?:[a-z]+\s+){0,2}(?:message|remarks|statement|speech|address)\b")


def _following_words(state: _State, prose: list[Line]) -> Person | None:
    """ "Following is UN Secretary-General's video message to ...": whose words the page gives below."""
    m = _FOLLOWING_WORDS.match(state.text[prose[0].start:prose[0].end]) if prose else None
    if m is None:
        return None
    if _UN_CHIEF.fullmatch(m.group("who")):
        return _unnamed_un_chief(state)
    role, name = split_role_name(m.group("who"))
    return state.registry.add(name, role) if name and is_person_name(name) and not is_org_name(name) else None


def _text_follows(paragraph: str) -> bool:
    """Whether a paragraph introduces the text below it, after any dateline ("SEOUL, Nov. 27 (Yonhap) -- The
    following is the full text of ...") or in its last sentence ("... The full text of the message is below.")."""
    dash = _DATELINE_DASH.search(paragraph, 0, 80)  # "NEW YORK, 21st September, 2016 (WAM) -- The following is ..."
    agency = _AGENCY_DATELINE.match(paragraph)  # "Moscow, September 10 (UzA). UzA presents the full text of ..."
    last = split_sentences(paragraph)[-1:] if "elow" in paragraph or "ollowing" in paragraph else []  # "... was held.
    # Below are the opening remarks of the two Co-Chairs."
    undated = DATELINE_PREFIX.sub("", paragraph, count=1) if may_open_with_dateline(paragraph) else paragraph
    return bool(_TEXT_FOLLOWS.match(undated) or _TEXT_BELOW.search(paragraph)
                or (last and _TEXT_FOLLOWS.match(paragraph[last[0][0]:]))
                or _FOLLOWING_WORDS.match(paragraph)
                or (dash is not None and _TEXT_FOLLOWS.match(paragraph[dash.end():]))
                or (agency is not None and _TEXT_FOLLOWS.match(paragraph[agency.end():])))


_AGENCY_DATELINE = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w.'’ -]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([^)]{1,20}\)\.\s+")


_DATELINE_DASH = re.compile(r"(?:\)|,\s*[A-Z]{2,8})\s*(?:--|[—–-])\s*")  # "(WAM) --", "Dec 27, 2017, SPA --"


_TEXT_BELOW = re.compile(r"(?:^|[.!?]\s+)(?:The\s+)?(?:(?:full\s+)?text\s+of\s+(?:the|his|her|"
                         r"(?-i:(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]*\s+){0,4}[A-ZÀ-ÞĀ-Ž][\w-]*['’]s))\s+\w+|(?:English\s+)?translation\s+of\s+the\s+(?:full\s+)?(?:text|article))\s+"
                         r"(?:is\s+(?:given\s+|published\s+)?below|(?:is\s+as\s+)?follows)[.:]?\s*$",
                         re.IGNORECASE)  # "The full text of Ambassador Peng's speech is as follows:", "The English translation
# of the full text is as follows:"


def _speech_frame(text: str, prose: list[Line], speaker: Person) -> tuple[list[Line], list[Line], list[Line]]:
    """A speech page's narrative before and after the speech itself: the paragraphs before its salutation that
    introduce the speaker in the third person ("The Head of X, Y Z, delivered a speech"), and closing paragraphs
    with no first person that report what happened next ("At the end of the meeting, ...")."""
    paragraphs = [text[ln.start:ln.end].strip() for ln in prose]
    start = next((i for i, t in enumerate(paragraphs) if _SALUTATION.match(t)), None)
    if start is None:  # the salutation stands in lines of its own: the text begins after the introducer
        start = next((i + 1 for i, t in enumerate(paragraphs[:4]) if _text_follows(t)), None)
    introduced = next((i for i in range(1, len(prose)) if any(  # an introducer line of its own, not a paragraph:
        _text_follows(line) for line in text[prose[i - 1].end:prose[i].start].split("\n") if line.strip())), None)
    # "Here is the full text of the address:"
    saluted = next((i for i in range(1, min(len(prose), 4)) if any(  # or a salutation line of its own: "Thank you, Mr
        _SALUTATION.match(line.strip()) for line in text[prose[i - 1].end:prose[i].start].split("\n"))), None)  # Chair."
    start = start if start is not None else introduced if introduced is not None else saluted
    if start is None:  # a summary over the speech: "The Home Secretary set out how the UK will ..."
        start = next((i for i, t in enumerate(paragraphs[:3]) if _FIRST_PERSON.search(t)), None)
        if start and not all(_THIRD_PERSON_SUMMARY.match(t) for t in paragraphs[:start]):
            start = None
    surname = speaker.name.split()[-1]
    if start is None or start == 0 or \
            not (start == introduced or any(surname in t or _text_follows(t) for t in paragraphs[:start])) or \
            any(_FIRST_PERSON.search(_QUOTED.sub("", t)) for t in paragraphs[:start]):  # (a story quoting "We are proud")
        start = 0
    end = next((i for i in range(start + 1, len(prose)) if speaker.name in
                (line.strip() for line in text[prose[i - 1].end:prose[i].start].split("\n"))),
               len(prose))  # the speaker's signature, a line of its own, ends the speech: "Yerlan Saparbekov"
    end = next((i for i in range(start + 1, end) if _closed_then_titled(text[prose[i - 1].end:prose[i].start])), end)
    while end > start + 1 and _NARRATIVE_START.match(paragraphs[end - 1]) and not _FIRST_PERSON.search(paragraphs[end - 1]):
        end -= 1
    return prose[:start], prose[start:end], prose[end:]


_THANK_YOU_LINE = re.compile(r"^thank\s+you(?:\s+(?:very|so)\s+much|\s+all)?(?:\s+for\s+your\s+attention)?\s*[.!]?$",
                             re.IGNORECASE)


def _closed_then_titled(gap: str) -> bool:
    """Whether the lines between two paragraphs close a speech ("Thank you.") and then head something that is no
    speech ("Co-Chairs' Summary"): what follows is the page's own report."""
    lines = [line.strip() for line in gap.split("\n") if line.strip()]
    closed = next((i for i, line in enumerate(lines) if _THANK_YOU_LINE.match(line)), None)
    return closed is not None and closed + 1 < len(lines) and not _long_speech_heading(lines[closed + 1])


def _story_above(prose: list[Line], heading: Line) -> list[Line]:
    """The paragraphs above a speech's heading (gathered only for a line that opens a speech, not for every line)."""
    return [p for p in prose if p.end < heading.start]


def _appended_speech(state: _State, lines: list[Line], line_texts: list[str],
                     prose: list[Line]) -> tuple[list[Line], Person, list[Line]] | None:
    """A news story followed by a speech in full under its own heading ("Below is the full text ...", then
    "REMARKS BY DR. X Y, CABINET SECRETARY, ..."): the story, the speaker and the speech's paragraphs."""
    if len(prose) < 3:
        return None
    for ln, line in zip(lines, line_texts, strict=True):
        if ln.start <= prose[0].end or ln.start >= prose[-1].start:
            continue
        if ln.kind == "heading" and (m := _SPEECH_HEADING.match(line.strip())) is not None:
            who = m.group("who").split(",")[0].strip()
            role, name = split_role_name(normalise_caps(who.title()) if who.isupper() else who)
        elif (m := _FULL_TEXT_OF.match(line.strip())) is not None:
            role, name = _author_of(state.text, _story_above(prose, ln), m.group("noun"))
        else:
            continue
        if not name or len(name.split()) < 2 or is_org_name(name):
            continue
        remarks = [p for p in prose if p.start > ln.end]
        if state.text[ln.end:ln.end + 200].lstrip()[:1] in ("\"", "“"):  # a speech given in quotation marks ends where
            close = next((i for i, p in enumerate(remarks) if state.text[p.start:p.end].rstrip()[-1:] in ("\"", "”")), None)
            remarks = remarks[:close + 1] if close is not None else remarks  # they close; the story goes on after it
        if sum(1 for p in remarks if _FIRST_PERSON.search(state.text[p.start:p.end])) * 2 < len(remarks):
            continue  # what follows is not one person's first-person text
        return _story_above(prose, ln), state.registry.add(name, role), remarks
    return None


_FULL_TEXT_OF = re.compile(r"^(?:(?:the\s+)?following\s+is\s+|below\s+is\s+|here\s+is\s+)?(?:the\s+)?(?:full\s+)?text\s+of\s+"
                           r"(?:the|his|her)\s+(?P<noun>message|speech|address|remarks|"
                           r"statement|letter|greetings?|appeal)(?:\s+follows)?\s*:?$", re.IGNORECASE)


def _author_of(text: str, story: list[Line], noun: str) -> tuple[str | None, str | None]:
    """Whose message (speech, address) the story says it was: "The message of <office> <name> to the
    participants ...", "In his message, <name> noted"."""
    cue = re.compile(rf"\b{noun}\b[^.]{{0,60}}?\bdelivered\s+by\s+(?:the\s+)?|\b{noun}\s+(?:of|by|from)\s+(?:the\s+)?|"
                     rf"\b[Hh](?:is|er)\s+{noun},?\s+", re.IGNORECASE)  # "the speech of the UAE delivered by Dr. X"
    for ln in story:
        for m in cue.finditer(text, ln.start, ln.end):
            run = _CAP_RUN.match(text, m.end(), ln.end)
            words = run.group(0).split() if run is not None else []
            while words and words[-1].islower():  # "... Belyavsky to the participants"
                words.pop()
            if words:
                role, name = split_role_name(" ".join(words))
                if name and len(name.split()) >= 2:
                    return role, name
    return None, None


def _speech_body(state: _State, paragraphs: list[Line], speaker: Person) -> None:
    """A speech's paragraphs, sentence by sentence: the speaker's, except salutations ("Dear members of the
    Council!") and the words of someone the speech quotes by name."""
    for before, ln in zip([None, *paragraphs], paragraphs, strict=False):
        gap = state.text[before.end:ln.start].split("\n") if before is not None else []
        for heading in (h.strip() for h in gap if len(h.strip()) > 20 and _long_speech_heading(h)):
            if speaker.name.split()[-1].lower() in heading.lower():
                continue  # the heading of the speech itself
            if (other := _speech_speaker(state, [heading])) is not None and not other.is_org:
                speaker = other  # "Opening Remarks of H.E. Mr. X, ..." over the page's next speech: X's from here on
        if _SALUTATION.match(line := state.text[ln.start:ln.end].strip()) or _ADDRESSEE.match(line):
            continue
        for s, e in state.sentences_of(ln):
            quoted = _quoted_in_speech(state, speaker, s, e)  # "As Under-Secretary X put it yesterday, "...""
            if quoted is not None:
                _add(state, s, e, quoted[0], kind="reported", verb=quoted[1], clause=quoted[2], confidence=0.7)
            else:
                _add(state, s, e, speaker, kind="speech", verb=None, confidence=0.7)


def _quoted_in_speech(state: _State, speaker: Person, start: int, end: int) -> tuple[Person, str, str] | None:
    """Someone a speech quotes by name, with the verb and clause: "As Under-Secretary of State X put it in his
    opening remarks yesterday, "..."" is X's, not the speaker's."""
    rep = reported_in_sentence(state.text, start, end)
    if rep is None or rep.mention.kind != "name" or not _past(rep.verb):
        return None
    other = _resolve(state, rep.mention)
    if not isinstance(other, Person) or other.is_org or is_org_name(other.name) or other is speaker:
        return None
    return other, rep.verb, state.text[rep.attr_start:rep.attr_end]


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?(?:put|said|told|\w+ed)\b")


def _past(verb: str) -> bool:
    """A reporting verb in the past tense: the speaker reports someone ("Putin said"), rather than speaking
    for a body in the present ("The Chinese government strongly condemns ...")."""
    first = verb.split()[0]
    return first.endswith("ed") or first in ("said", "told", "wrote", "spoke", "put", "according")


def _trailing_outlet(state: _State, label: Line, lines: list[Line]) -> str | None:
    """The outlet named at the end of a question: "Q: ... ? (Reuters)"."""
    index = lines.index(label)
    for ln in lines[index:index + 6]:
        if ln is not label and ln.kind == "label":
            break
        m = _OUTLET_AT_END.search(state.text[ln.start:ln.end])
        if m:
            return m.group("outlet").strip()
    return None


def _announced_asker(state: _State, lines: list[Line], index: int) -> Person | None:
    """The journalist a moderator or operator announces just before a question: "Our first question comes from the
    line of X with Kyodo News.", "First question goes to X of Reuters.", "Next question, X, Military Times."."""
    for ln in reversed(lines[max(0, index - 2):index]):
        m = _ASKER_ANNOUNCED.search(state.text, ln.start, ln.end)
        if m is not None and is_person_name(m.group("name")) and not is_org_name(m.group("name")):
            return state.registry.add(m.group("name"), m.group("outlet"))
    return None


_ASKER_ANNOUNCED = re.compile(r"\b(?:question\s+(?:comes\s+from|goes\s+to|is\s+from|will\s+go\s+to)|next\s+question,?|"
                              r"from\s+the\s+line\s+of|(?i:we['’]ll|we\s+will|let['’]s|let\s+us)\s+(?:now\s+)?go\s+to|"
                              r"(?:last|final|next)\s+question[.:])\s+(?:the\s+line\s+of\s+)?"  # "Let's go to X of Y."
                              r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})(?:,\s*|\s+(?:of|with|from)\s+)"
                              r"(?:the\s+)?(?P<outlet>[A-ZÀ-ÞĀ-Ž](?:[\w'’&/-]|\.(?=\w))*"  # "Reuters. Trevor, ...": Reuters
                              r"(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-Ž](?:[\w'’&/-]|\.(?=\w))*){0,4})")  # "Voice of America's ..."


def _asker(state: _State, note: str | None) -> Person | str | None:
    """Who asks a labelled question: the journalist a note names in full before the outlet ("Question (Ritika Rao,
    Hindustan Times):"), else the outlet ("Q (Reuters):")."""
    first, _comma, outlet = (note or "").partition(",")
    if outlet.strip() and len(first.split()) >= 2 and is_person_name(first.strip()) and not is_org_name(first.strip()):
        return _journalist_or_outlet(state, first.strip(), outlet.strip())
    return _outlet(note)  # "Question (Rahul, Press Trust of India)": a first name alone says less than the outlet


def _self_named_asker(state: _State, text: str, ln: Line) -> Person | str | None:
    """A journalist who names themself and their outlet as the question begins: "QUESTION: Thank you. Lesley
    Marchetti-Dunn, AFP. Ambassador, ...", "Question: Imran Mirza from Dawn News. ..."; or only the outlet: "Q: I'm
    with Reuters. ..." (the outlet asks)."""
    if ln.body_start is None:
        return None
    if text[ln.body_start] == "(" and (note := _NOTE_AFTER_LABEL.match(text, ln.body_start, ln.end)) is not None:
        return _asker(state, note.group(1))  # "Q: (Tariq Habib Khan, Geo News) Sir, ...": the note after the colon
    if (outlet := _OUTLET_ONLY.match(text, ln.body_start, min(ln.end, ln.body_start + 120))) is not None:
        name, _of, country = outlet.group("outlet").partition(" of ")
        return name if country and " " not in name and canonical_place(country) else outlet.group("outlet")  # "AKIpress
        # of Kyrgyzstan" (not "the Press Trust of India")
    first = _OUTLET_FIRST.match(text, ln.body_start, min(ln.end, ln.body_start + 80))  # "Q: Press Trust of India. ..."
    if first and _news_outlet(first.group("outlet")):
        return first.group("outlet")
    m = _SELF_NAMED.match(text, ln.body_start, min(ln.end, ln.body_start + 160))
    if m is None or not is_person_name(m.group("name")) or is_org_name(m.group("name")):
        return None
    return _journalist_or_outlet(state, m.group("name"), m.group("outlet"))


def _journalist_or_outlet(state: _State, name: str, affiliation: str) -> Person | str:
    """Who asks when a questioner gives a name and an affiliation: the news outlet ("Lesley Marchetti-Dunn, AFP":
    AFP's question), or the person, for an embassy, a university or the like ("X Y, Embassy of Poland")."""
    person = state.registry.add(name, affiliation)
    lone = " " not in affiliation and affiliation[1:].islower() and canonical_place(affiliation) is None
    return affiliation if _news_outlet(affiliation) or lone else person  # (a one-word affiliation in a briefing is
    # the outlet too: "Ahmed Farouk, Alhurra.")


def _news_outlet(name: str) -> bool:
    """Whether a name is a news outlet's: a word of the trade ("Kyodo News", "Hindustan Times", "Phoenix TV"), a wire
    service, or an acronym first ("AFP", "BBC Newsnight"); not an embassy or a university ("Johns Hopkins SAIS")."""
    words = name.replace("-", " ").split()
    return bool(words) and not _NOT_AN_OUTLET.search(name) and (
        any(w.lower() in _NEWS_WORDS for w in words) or (words[0].isupper() and 2 <= len(words[0]) <= 6))


_NEWS_WORDS = {"news", "times", "post", "daily", "agency", "agentur", "press", "presse", "tv", "television", "radio",
               "broadcasting", "channel", "network", "media", "herald", "tribune", "journal", "gazette", "telegraph",
               "guardian", "monitor", "observer", "express", "mail", "chronicle", "courier", "review", "magazine", "wire",
               "newspaper", "weekly", "nation", "standard", "reuters", "xinhua", "kyodo", "yonhap", "interfax", "sputnik",
               "bloomberg", "anadolu", "bernama", "antara", "kazinform", "novosti", "jazeera", "arabiya", "dawn", "izvestia",
               "kommersant", "asharq", "economist", "politico", "tass", "shimbun"}
_NOT_AN_OUTLET = re.compile(r"\b(?:Embassy|High\s+Commission|Consulate|Mission|Delegation|Ministry|University|College|School|"
                            r"Institute|Centre|Center|Foundation|Council|Academy|Department|Office|Parliament|Senate)\b",
                            re.IGNORECASE)


_NOTE_AFTER_LABEL = re.compile(r"\(([A-ZÀ-ÞĀ-Ž][^(),]{2,60},\s*[A-ZÀ-ÞĀ-Ž][^()]{1,60})\)\s+\S")  # "(X Y, Geo News)"
# a question's opening courtesy, and the outlet a journalist then names: "Thank you. ... with Reuters."
_GREETING = (r"\s*(?:(?:Thank\s+you|Thanks|Hi|Hello|Good\s+(?:morning|afternoon|evening))[^.!?]{0,20}[.!?,]\s+)?"
             r"(?:(?:Minister|Sir|Madam|Secretary|Senator|Ambassador|General|Commissioner|Director|Prime\s+Minister)"
             r"[.,]\s+|[A-ZÀ-ÞĀ-Ž][a-z]+,\s+(?=[A-ZÀ-ÞĀ-Ž][\w'’.-]+\s+[A-ZÀ-ÞĀ-Ž]))?")
# ("Minister, Tony Kerowa from the Post-Courier. ...", "Greg, Tomasz Grabowiecki, Polish Press Agency. ...")
_OUTLET_WORD = r"(?:(?:al|el)-)?[A-ZÀ-ÞĀ-Ž][\w'’&-]*(?:\.[\w'’&-]+)*"  # "China.org.cn", "U.S", "al-Awsat": no full stop
# ends a word ("SAIS. For")
_ASKING_OUTLET = rf"(?:the\s+)?(?P<outlet>{_OUTLET_WORD}(?:\s+(?:of\s+)?{_OUTLET_WORD}){{0,4}})\s*[.,]\s"
_OUTLET_ONLY = re.compile(_GREETING + r"(?:I(?:'|’)m|I\s+am|We(?:'|’)re|We\s+are|This\s+is)\s+"
                          r"(?:an?\s+(?:reporter|journalist|correspondent)\s+)?(?:with|from)\s+"
                          r"(?:the\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\s+){0,2}(?:newspaper|daily|magazine|news\s+agency|broadcaster|"
                          r"channel|website)\s+)?"  # "This is from the Sri Lankan newspaper Daily Mirror."
                          + _ASKING_OUTLET)
_OUTLET_FIRST = re.compile(_GREETING + rf"(?:the\s+)?(?P<outlet>{_OUTLET_WORD}(?:\s+(?:of\s+)?{_OUTLET_WORD}){{0,4}})[.:]\s")
# (and a second label: "Q: AFP: Human rights groups say ...")
_FOLLOW_UP_BODY = re.compile(r"(?:(?:Just|Only)\s+)?(?:a\s+|to\s+)?(?:quick\s+|short\s+)?follow[\s-]?up\b", re.IGNORECASE)
_SELF_NAMED = re.compile(_GREETING + r"(?:(?:This\s+is|I(?:'|’)m|I\s+am|My\s+name\s+is)\s+)?"
                         r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})(?:,\s+|\s+(?:from|with|of)\s+)"
                         + _ASKING_OUTLET)


def _outlet(note: str | None) -> str | None:
    """The outlet a question's note names: "Reuters", "from AFP", "for both ministers, RIA Novosti", "Khabar TV,
    Kazakhstan", "Kommersant, follow-up"."""
    parts = [re.sub(r"^(?:from|by)\s+", "", part.strip()) for part in (note or "").split(",")]
    parts = [part for part in parts if part[:1].isupper()]  # not "follow-up"
    named = [part for part in parts if canonical_place(part) is None] or parts
    return named[-1] if named and len(named[-1].split()) <= 5 else None


def _main_official(state: _State, headings: list[str], intro: str = "") -> Person | None:
    """Who answers in a transcript, from its title: "Spokesperson Zhao Min's Regular Press Conference",
    "an interview with Dr Aisha Rahman", "Spokesperson of the Chinese Embassy in Pakistan Answers ..."."""
    for heading in headings:
        m = _interview_given(heading)
        if m:  # "Interview of the Director of ... A.V. Kuragin to RIA Novosti news agency, 11 April 2018"
            role, name = split_role_name(m.group("who"))
            if name and not is_org_name(name):
                return state.registry.add(name, role)
        m = _INTERVIEW_WITH.search(heading)
        if m:
            role, name = split_role_name(m.group("who"))
            if name and not is_org_name(name) and not _ASKS_FOR_A_LIVING.search(role or ""):  # not "an interview
                return state.registry.add(name, role)  # with TASS correspondent X": the journalist asks
        m = _SPOKESPERSON_OF.search(heading)
        if m:
            body = state.registry.add(m.group("body"), m.group("title"))
            body.is_org = True
            return body
    if any(_SPOKES_WORD.search(h) for h in headings) and (m := _SPOKESPERSON_OF.search(intro)) is not None and \
            _VERB_NEXT.match(intro, m.end()):  # "Chinese Embassy Spokesperson Answers ..." over "the Spokesperson
        body = state.registry.add(m.group("body"), m.group("title"))  # of the Chinese Embassy in the UK answered
        body.is_org = True  # questions": the embassy, its spokesperson unnamed
        return body
    if (briefer := _briefer(state, intro)) is not None:
        return briefer  # "a near-verbatim transcript of today's noon briefing by X Y, Spokesman for ..."
    if (interviewee := _intro_interviewee(state, intro)) is not None:
        return interviewee  # before any titled name in a heading, such as a related link's "King Salman"
    for heading in headings:
        for m in _CAP_RUN.finditer(heading):
            run = re.split(r"(?<=['’]s)\s", m.group(0))[0]  # "Spokesperson Hua Mingyue's Regular Press Conference"
            first = _AND_SPLIT.split(run)[0]
            if first != run and all(split_role_name(part)[1] for part in _AND_SPLIT.split(run)[:2]):
                run = first  # "Secretary X and Sri Lankan Foreign Minister Y at a Joint Press Availability": X
            if _TITLE_WORDS.search(run):
                role, name = split_role_name(re.sub(r"['’]s$", "", run))
                if name and not (role or "").endswith((" to", " of", " for", " with")):  # "X to Asharq Al-Awsat:"
                    return state.registry.add(name, role)
    return None


_MESSAGE_FROM = re.compile(r"(?:So\s+said|(?:That|This|Those|These|Such)\s+(?:(?:was|were|is|are)\s+the\s+"
                           r"(?:[a-z]+\s+){0,2}(?:message|warning|words?|verdict|view|assessment|conclusion|plea|call|"
                           r"appeal)\s+(?:from|of|by)|"
                           r"(?:[a-z]+\s+){0,2}(?:message|warning|words?|verdict|view|assessment|plea|call|appeal|"
                           r"admission|pledge)\s+came\s+from))\s+"  # "That warning came from X", "So said X"
                           r"(?P<who>[^,;.]{3,120}?)(?=,|\s+(?:to|at|on|in|during|before|while|when)\s|\.|$)")


def _message_from(state: _State, ln: Line, after: Line) -> Person | None:
    """A paragraph that is one quotation, named by the next: '"We cannot arrest our way out of this problem."'
    then 'That was the message from Dr X, executive director of Y, to a conference in Abu Dhabi on Monday.'"""
    text = state.text
    m = _MESSAGE_FROM.match(text, after.start, after.end)
    if m is None:
        return None
    quote = quotations(text, ln.start, ln.end)
    opening = DATELINE_PREFIX.sub("", text[ln.start:quote[0][0]] if quote else "", count=1)  # "KARACHI: "..."
    if len(quote) != 1 or opening.strip(" \"“”«") or \
            text[quote[0][1]:ln.end].strip(" \"“”».,"):
        return None
    role, name = split_role_name(m.group("who"))
    if name is None or is_org_name(name) or not is_person_name(name):
        return None
    own = _ROLE_AFTER.match(text, m.end(), after.end)  # ", executive director of Hedayah, ..."
    speaker = state.registry.add(name, role or (own.group("role").strip() if own else None))
    state.registry.mention(speaker)
    sentence_end = text.find(".", m.end(), after.end)
    clause = text[after.start:sentence_end if sentence_end > 0 else after.end]
    when = clause_when(clause, state.ctx.reference)
    if state.in_lead and state.lead_date is None:
        state.lead_date = when
    _add(state, quote[0][0], quote[0][1], speaker, kind="direct", verb=None, clause=clause,
         in_lead=state.in_lead, confidence=0.8)
    return speaker


def _is_lead_paragraph(paragraph: str) -> bool:
    """A story's opening paragraph: a sentence of some length, not a caption such as "Maj.-Gen. X, Coordinator"."""
    return len(paragraph.split(maxsplit=4)) >= 5 and paragraph.rstrip()[-1:] in ".\"”"


_SIGNATURE_LINE = re.compile(r"[ \t]*[-–—]{1,2}[ \t]*(?P<who>[A-ZÀ-ÞĀ-Ž][^,\n]{2,60}?)(?:,[ \t]*(?P<role>[^\n]{2,160}?))?[ \t]*$",
                             re.MULTILINE)


def _signed_quotes(state: _State, prose: list[Line]) -> set[int]:
    """Quotations standing alone in a paragraph and signed on the line under them, as a release's "Quotes" block
    ('"..."' then '- Jane Roe, Minister of Foreign Affairs'): each is the signer's. Returns their paragraphs."""
    text = state.text
    done: set[int] = set()
    for ln in prose:
        body = text[ln.start:ln.end].strip()
        if body[:1] not in "\"“" or body[-1:] not in "\"”":
            continue
        after = text.find("\n", ln.end)
        m = _SIGNATURE_LINE.match(text, after + 1) if after >= 0 else None
        while m is None and after >= 0 and not text[ln.end:after].strip() and text[after + 1:after + 2] == "\n":
            after += 1  # blank lines between the quotation and its signature
            m = _SIGNATURE_LINE.match(text, after + 1)
        if m is None:
            continue
        role, name = split_role_name(m.group("who").strip())
        if not name or len(name.split()) < 2 or not is_person_name(name):
            continue
        person = state.registry.add(name, (m.group("role") or "").strip() or role)
        for s, e in state.sentences_of(ln):
            _add(state, s, e, person, kind="direct", verb=None, confidence=0.8)
        done.add(ln.start)
    return done


_VENUE = re.compile(r"\b(?i:conference|meeting|forum|summit|seminar|workshop|course|session|talks|dialogue|consultations?|"
                    r"symposium|exercises?|drills?|ceremony|congress|round\s?table)\b"
                    r"(?:(?!\bsaid\b|\btold\b)[^.;!?\"“”]){0,80}?\sin\s+(?=[A-ZÀ-ÞĀ-Ž])")  # (not "the ceremony, said in Doha":
# where one person spoke)
# the words _VENUE needs, in lower case (its "round\s?table" by its "round")
_VENUE_WORDS = ("conference", "meeting", "forum", "summit", "seminar", "workshop", "course", "session", "talks", "dialogue",
                "consultation", "symposium", "exercise", "drill", "ceremony", "congress", "round")
_AHEAD = re.compile(r"\b(?:ahead\s+of|before|next|upcoming|forthcoming|will|to\s+be\s+held|planned|scheduled|"
                    r"to\s+(?:hold|host|convene|attend))\b[^.;]{0,60}$", re.IGNORECASE)
_PRESS_BEFORE = re.compile(r"\b(?:press|news|media)\s+$", re.IGNORECASE)
_LATER = re.compile(r"[^.;,]{0,30}?\b(?:next|later\s+this|in\s+the\s+coming|in\s+(?:19|20)\d\d|last|earlier\s+this)\b",
                    re.IGNORECASE)  # another time than the story's: "... in Kabul next month", "... in Beijing last week"


def _story_venue(text: str, lead: list[Line]) -> str | None:
    """Where the occasion a story without a dateline reports was held, as its lead says: "... have completed a
    two-week training course in Beijing", "Speaking at a two-day conference on ... in The Hague, ..."."""
    for ln in lead:
        para = text[ln.start:ln.end]
        if plain_folds(para) and not any(map(para.lower().__contains__, _VENUE_WORDS)):
            continue  # (none of _VENUE's words in the lower-cased paragraph: cheaper than its search, tried at every word)
        for m in _VENUE.finditer(para):
            if _AHEAD.search(para, max(0, m.start() - 80), m.start()) or _PRESS_BEFORE.search(para, max(0, m.start() - 12),
                                                                                              m.start()):
                continue  # "ahead of next week's summit in Beijing": not where anything was said; "a monthly press
                # conference in Beijing": where one spokesperson spoke
            if _AHEAD.search(m.group(0)):
                continue  # "The workshop will be held in Auckland from 19 to 21 March"
            found = places_in(para[m.end():m.end() + 60])
            if found and found[0][0] == 0 and not _LATER.match(para, m.end() + found[0][1]):
                return found[0][2]  # (not "... in Kabul next month", "held its first summit in Almaty in 2002")
    return None


def _news(state: _State, prose: list[Line], lead: bool = True) -> None:
    """News prose: direct quotes, reported speech, and continuations; with `lead`, its first paragraph is the
    page's lead (a transcript's narrative paragraphs are not)."""
    text = state.text
    signed = _signed_quotes(state, prose)
    prose = [ln for ln in prose if ln.start not in signed]
    last_speaker: Person | str | None = None
    block_speaker: Person | str | None = None  # "X said:" and then X's words as paragraphs of their own
    block_whole = False  # "The following is attributable to X:": every paragraph up to the next break is X's
    unclaimed: tuple[int, int] | None = None  # the last sentence nobody was said to say
    open_quote: Person | str | None = None  # who speaks a quotation left open at the end of the last paragraph
    lead_index = -1  # with no lead, none (looked for only with one: a transcript's narrative lines come one by one)
    if lead:
        dated = next((i for i, ln in enumerate(prose[:3]) if may_open_with_dateline(text[ln.start:ln.end]) and
                      DATELINE_PREFIX.match(text[ln.start:ln.end]) and _is_lead_paragraph(text[ln.start:ln.end])),
                     None)  # the paragraph under the dateline, after a deck
        lead_index = dated if dated is not None else \
            next((i for i, ln in enumerate(prose[:3]) if _is_lead_paragraph(text[ln.start:ln.end])), 0)
        if state.ctx.place is None and state.author is None and \
                (venue := _story_venue(text, prose[lead_index:lead_index + 2])) is not None:
            state.ctx = replace(state.ctx, place=venue)  # no dateline: the occasion the lead reports is where it was
            # said (not in an author's article: "... after its summit in Bishkek last week")
    for index, ln in enumerate(prose):
        para_start = ln.body_start if ln.body_start is not None else ln.start
        in_lead = state.in_lead = lead and index == lead_index  # a caption line taken for prose is no lead
        sentences = state.sentences_of(ln)
        if block_speaker is not None:
            if _block_continues(state, prose[index - 1], ln, sentences, whole=block_whole):
                for s, e in sentences:
                    _add(state, s, e, block_speaker, kind="direct", verb=None,
                         in_lead=_named_in_lead(state, block_speaker), confidence=0.8)
                last_speaker = block_speaker
                continue
            block_speaker = None
        introducer = _block_introducer(state, ln, sentences)
        if introducer is not None:
            block_speaker = last_speaker = introducer
            block_whole = _ATTRIBUTABLE.match(text, ln.start, ln.end) is not None
            continue
        if index + 1 < len(prose) and (message := _message_from(state, ln, prose[index + 1])) is not None:
            last_speaker = message  # '"We cannot arrest our way out." / That was the message from X, ... on Monday.'
            continue
        quoted: list[tuple[int, int]] = []
        para_had_statement = someone_else = False
        if open_quote is not None and (close := _continued_quote_end(text, para_start, ln.end)) is not None:
            # "X said: "... \n\n ... ."": a quotation carried into this paragraph without a new opening mark
            _add(state, para_start, close, open_quote, kind="direct", verb=None, confidence=0.8)
            quoted.append((para_start, close))
            last_speaker, para_had_statement = open_quote, True
        elif open_quote is not None and text[prose[index - 1].end:ln.start].count("\n") <= 2 and \
                not _QUOTE_MARK.search(text, para_start, ln.end) and text[para_start:ln.end].rstrip()[-1:] in ".!?":
            _add(state, para_start, ln.end, open_quote, kind="direct", verb=None, confidence=0.7)  # a middle paragraph
            last_speaker = open_quote  # of a quotation that runs on, with no marks of its own: still open
            continue
        open_quote = None
        pending_quotes = [q for q in quotations(text, para_start, ln.end) if len(text[q[0]:q[1]].split()) >= 3]
        continuing: Person | str | None = None
        for s, e in sentences:
            # quotations are read in the order of the text, with the sentences around them
            while pending_quotes and pending_quotes[0][0] < e:
                q_start, q_end = pending_quotes.pop(0)
                speaker = _quote_speaker(state, q_start, q_end, para_start, ln.end, last_speaker, quoted, sentences)
                if speaker is None:
                    continue
                if q_end == ln.end and text[q_end - 1] not in _CLOSING_MARKS:
                    open_quote = speaker[0]  # the quotation runs on into the next paragraph
                resumed = pending_quotes[0][0] if pending_quotes else ln.end  # '"...," X told journalists, "and ...
                # next year."': the clause ends where the quotation resumes (its "next year" is no date of the words)
                cut = min(ln.end, resumed, q_end + 160)  # the clause after it, to its sentence's end (whole words)
                after = text[q_end:cut] if cut < q_end + 160 or not text[cut:cut + 1].isalnum() else \
                    (text[q_end:cut].rsplit(None, 1) or [""])[0]
                stop = _clause_end(after)
                after = after[:stop] if stop is not None else after
                described = speaker[1] in DESCRIBING_VERBS  # 'X described China as "..."': the clause is before it
                _add(state, q_start, q_end, speaker[0], kind="direct", verb=speaker[1], in_lead=in_lead,
                     clause=speaker[2] if speaker[2] is not None else after if speaker[1] and not described else "",
                     confidence=0.9)  # (or the clause of the sentence whose reported words quote it)
                quoted.append((q_start, q_end))
                last_speaker, para_had_statement = speaker[0], True
            if quoted and any(qs < e and s < qe for qs, qe in quoted):
                _note_people(state, text[s:e])
                if in_lead and state.lead_date is None:  # a lead that quotes: 'must move "from ...," X said Tuesday'
                    state.lead_date = _lead_date(state, text[s:e], news=True)
                if isinstance(last_speaker, Person):  # '"...," X said after meeting Y': "he" next is X, not Y
                    state.registry.mention(last_speaker)
                continue
            if "adds:" in text[s:s + 60] and (adds := _OUTLET_ADDS.match(text, s, e)) is not None:
                s = adds.end()  # "Daily Express adds: <a story of its own>": the outlet's marker, not its words
            sentence = text[s:e]
            _note_anonymous(state, sentence)
            rep: Reported | None = reported_in_sentence(state.text, s, e)
            if rep is not None and sentence[:3] == "As " and rep.mention.kind == "name" and \
                    _OWN_WORDS_AFTER.match(text, rep.attr_end):
                rep = None  # "As President Xi said in 2014, we should ...": the speaker's own words, citing Xi
            if rep is None and "speaking" in sentence and (speaking := _WAS_SPEAKING.match(sentence)) is not None:
                who = state.registry.find(speaking.group("who"))  # "Dlamini was speaking in the National Assembly
                if who is not None and not who.is_org and (where := clause_place(speaking.group("rest"))):  # in Cape
                    state.spoke_in.setdefault(who.name, where)  # Town on Tuesday": where all his words were said
            if in_lead and state.lead_date is None:
                state.lead_date = _lead_date(state, sentence, news=True)
            elif lead and index == lead_index + 1 and state.lead_date is None:
                state.lead_date = _met_day(state, sentence) or _occasion_day(state, sentence)  # the lead gave no day;
                # "The ministers, who met ..." or "The conference ... opened on Tuesday" did
            if rep is not None and (rep.verb in _SETTING_VERBS or (rep.verb in ("answered", "answers") and
                                                               _THE_QUESTIONS.match(text, rep.attr_end))):
                who = _resolve(state, rep.mention)  # notes who is around, but says nothing
                if isinstance(who, Person) and rep.verb in ("spoke", "speaks") and \
                        (where := clause_place(sentence[rep.attr_end - s:])) is not None:
                    state.spoke_in.setdefault(who.name, where)  # "X was speaking in the National Assembly in Cape Town"
                rep = None
            # (each phrase of _UNNAMED_BY_CHOICE has a "not" or an "anonym": looked for first)
            if rep is not None and (text.find("not", rep.attr_start, rep.attr_end) >= 0 or
                                    text.find("anonym", rep.attr_start, rep.attr_end) >= 0) and \
                    _UNNAMED_BY_CHOICE.search(text, rep.attr_start, rep.attr_end):
                someone_else = state.anonymous_speaking = True  # "One of the members of the committee, who asked not
                _note_people(state, sentence)  # to be named, told 24.kg that ...": no speaker, and "he" is no one named
                if rep.mention.kind == "description":
                    state.anonymous.add(rep.mention.text.split()[-1].lower())  # "the official said" next is them again
                continue
            if rep is not None and rep.verb in GROUP_PRESENT_VERBS and (state.sections or state.issuer) and \
                    _ISSUER_VOICE.match(text, s, e):
                rep = None  # "1. The Member States reaffirm ..." in a declaration quoted in full: its issuer's words
            if rep is not None:
                speaker = _resolve(state, rep.mention)
                if rep.mention.kind == "group" and rep.mention.text.endswith(" side") and para_had_statement and \
                        isinstance(last_speaker, Person) and not last_speaker.is_org and \
                        not _spoken_to(text[para_start:rep.start], LEADING_ARTICLE.sub("", rep.mention.text)) and \
                        (rep.mention.text.split()[0].lower()[:5] in f"{last_speaker.role} {last_speaker.office}".lower()
                         or (not _countries_named(f"{last_speaker.role or ''} {last_speaker.office or ''}") and
                             _countries_named(rep.mention.text.split()[0]))):
                    speaker = last_speaker  # "X said ... The Tajik side thanks China ...": the Tajik minister speaking
                    # (and "The Chinese side appreciates ..." in the paragraph of an official whose role names no country;
                    # not after "X briefed the Australian side": the side X spoke to)
                someone_else = someone_else or speaker is None  # an unnamed source speaks in this paragraph
                if speaker is not None:
                    clause = _said_clause(text[rep.attr_start:rep.attr_end], rep.verb)
                    _add(state, rep.start, e, speaker, kind=rep.kind, verb=rep.verb, clause=clause,
                         in_lead=in_lead or _named_in_lead(state, speaker), confidence=0.8)
                    last_speaker, para_had_statement = speaker, True
                    after_verb = text[rep.attr_end:rep.attr_end + 2]
                    continuing = speaker if after_verb.startswith((",", ":")) or rep.verb in ("put it",) else None
                    _note_people(state, sentence)
                    if isinstance(speaker, Person) and not speaker.is_org:
                        state.registry.mention(speaker)  # the sentence's speaker, not someone it names after him, is
                        # the next "he": "X briefed Ambassador Y ..., saying ... He said ..."
                    continue
                if rep.mention.kind == "description" and rep.mention.text[:2].lower() in ("a ", "an"):
                    _note_people(state, sentence)  # "As a senior prosecutor put it to me, ...": theirs, unnamed
                    continue
            if continuing is not None and rep is None and _authors_voice(state, s) and not _QUOTE_MARK.search(sentence):
                continuing = None  # an op-ed's 'As X put it: "..." That sentence should be printed ...': the author's
            if continuing is not None or (
                last_speaker is not None and para_had_statement and not _authors_voice(state, s) and
                (_FIRST_PERSON_SUBJECT.search(sentence) or _ENUMERATOR.match(sentence))
            ):
                who = continuing or last_speaker
                _add(state, s, e, who, kind="reported", verb=None,
                     in_lead=_named_in_lead(state, who), confidence=0.6)
                continue
            if unclaimed is not None and (announcer := _announced_by(state, sentence)) is not None:
                # "This was announced by X": the sentence before is X's
                _add(state, unclaimed[0], unclaimed[1], announcer, kind="reported", verb="announced",
                     clause=sentence, in_lead=_named_in_lead(state, announcer), confidence=0.7)
                last_speaker, para_had_statement, unclaimed = announcer, True, None
                continue
            unclaimed = (s, e) if not any(f.start < e and s < f.end for f in state.facts[-3:]) else None
            _note_people(state, sentence)
            _note_group(state, sentence)
            _note_written(state, ln, s, e)
        if not para_had_statement and not someone_else and last_speaker is not None and index > 0 and \
                not _authors_voice(state, para_start):
            # a whole paragraph continuing the previous speaker's remarks in the first person / as a list
            body = text[para_start:ln.end]
            prev = prose[index - 1]
            listed = _LIST_MARK.match(body) and (text[prev.start:prev.end].rstrip().endswith(":") or
                                                 _LIST_MARK.match(text, prev.start, prev.end))  # "The two sides agreed
            # to:" over "(a) enhance ...;", "(b) cooperate in ...;"
            if (_FIRST_PERSON_SUBJECT.search(body) or _ENUMERATOR.match(body) or listed) and \
                    any(f.start >= prev.start and f.end <= prev.end for f in state.facts):
                for s, e in sentences:
                    _add(state, s, e, last_speaker, kind="reported", verb=None,
                         in_lead=_named_in_lead(state, last_speaker), confidence=0.5)
                continue
        if not para_had_statement:
            last_speaker = None if not _continues(state, ln) else last_speaker


_SAYING_VERBS = frozenset({"said", "says", "added", "adds", "noted", "notes", "stressed", "stresses", "warned", "warns",
                           "explained", "explains", "insisted", "insists", "argued", "argues"})
# what opens the words said right after such a verb, with no "that": a subject ("China appreciated ...", "17 militants
# had been ..."), not "on Monday", "in Moscow" or "yesterday"
_BARE_COMPLEMENT = re.compile(r"\s+(?!(?:On|In|At|During|After|Before|Last|This|Earlier|Yesterday|Today|Later|Also|"
                              r"Separately|Then)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]))(?:\d|[A-ZÀ-ÞĀ-Ž]|(?:the|a|an|it|he|she|they|we|there|his|her|its|"
                              r"their|some|many|more|most|all|no)\s)")


def _said_clause(clause: str, verb: str) -> str:
    """The attribution clause without the words said when they follow the verb with no "that": "Chen said China
    appreciated the role Uganda has played in Somalia" is no statement made in Somalia."""
    if verb not in _SAYING_VERBS:
        return clause
    at = clause.rfind(f" {verb}")
    if at >= 0 and _BARE_COMPLEMENT.match(clause, at + 1 + len(verb)):
        return clause[:at + 1 + len(verb)]
    return clause


def _spoken_to(before: str, side: str) -> bool:
    """Whether the paragraph so far has its speaker address `side` ("X briefed the Australian side on ..."), which
    is then the other party, not the speaker's own."""
    return side in before and re.search(rf"\b(?:briefed|told|informed|thanked|assured|urged|asked|invited|received|"
                                        rf"met|welcomed|with|to)\s+the\s+{re.escape(side)}", before) is not None


_UNNAMED_BY_CHOICE = re.compile(
    r"\b(?:asked|requested|wished|declined|refused)\s+not\s+to\s+be\s+(?:named|identified)|\brequested\s+anonymity|"
    r"\bon\s+(?:the\s+)?condition\s+of\s+anonymity|\b(?:speaking|spoke|talking)\s+anonymously|"
    r"\bnot\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)")
_OWN_WORDS_AFTER = re.compile(r"[^,.;]{0,80},\s+(?:we|I|our)\b")


def _authors_voice(state: _State, at: int) -> bool:
    """In an opinion piece, "I" and "we" outside quotation marks are the author's, not the last speaker's."""
    return state.author is not None and at >= state.author_from


def _note_anonymous(state: _State, sentence: str) -> None:
    """Unnamed sources a sentence introduces ("an EU official involved in the talks", "A diplomat from one
    of the smaller states"), so that "the official said" later is not taken for the last named person."""
    if not any(map(sentence.__contains__, _SOURCE_NOUNS)):
        return  # a cheap test before the pattern (map: cheaper than a generator)
    for m in _UNNAMED_SOURCE.finditer(sentence):
        if not _NAMED_AFTER.match(sentence, m.end()):
            state.anonymous.add(m.group("noun").lower())


def _announced_by(state: _State, sentence: str) -> Person | str | None:
    """The speaker of "This was announced by the Chairman of X, Y Z, following talks ...", who said what the
    sentence before it reports."""
    m = _ANNOUNCED_BY.match(sentence)
    if m is None:
        return None
    mention = appositive_subject(m.group("who") + ", ")
    if mention is None or mention.kind not in ("name", "description"):
        return None
    speaker = _resolve(state, mention)
    return speaker if speaker not in (None, "?") else None


_CLOSING_MARKS = "\"”»"


def _continued_quote_end(text: str, start: int, end: int) -> int | None:
    """Where a quotation carried over from the last paragraph closes in this one: the first closing mark,
    after a sentence's end, with no opening mark before it (None when the paragraph opens a new quotation)."""
    body = text[start:end]
    if body.lstrip()[:1] in "\"“«":
        return None
    m = re.search(r"[.!?,]([\"”»])(?=\s|$)", body)
    if m is None or any(ch in body[:m.start()] for ch in "\"“«"):
        return None
    return start + m.start(1)


def _block_introducer(state: _State, ln: Line, sentences: list[tuple[int, int]]) -> Person | str | None:
    """The speaker of a paragraph that only introduces the next ones: "Security Minister X said:"."""
    if len(sentences) != 1 or not state.text[ln.start:ln.end].rstrip().endswith(":"):
        return None
    if (m := _ATTRIBUTABLE.match(state.text, ln.start, ln.end)) is not None:
        role, name = split_role_name(m.group("who"))
        if name and not is_org_name(name):
            return state.registry.add(name, role)
    s, e = sentences[0]
    rep = reported_in_sentence(state.text, s, e)
    if rep is None or state.text[rep.attr_end:e].strip() != ":" or rep.verb in _SETTING_VERBS:
        return None
    speaker = _resolve(state, rep.mention)
    return speaker if speaker not in (None, "?") else None


def _block_continues(state: _State, prev: Line, ln: Line, sentences: list[tuple[int, int]], whole: bool = False) -> bool:
    """Whether a paragraph still carries the words an introducer announced: it follows with nothing but
    blank lines between, has no quotation marks and attributes nothing to anyone (a spokesperson's statement
    "attributable to" them runs to the next break whatever it says: "The United States condemns ...")."""
    text = state.text
    body = text[ln.start:ln.end]
    if text[prev.end:ln.start].strip():
        return False
    if whole:
        return True
    if _QUOTE_MARK.search(body) or _SAID.search(body):
        return False
    return not any(reported_in_sentence(state.text, s, e) for s, e in sentences)


_ATTRIBUTABLE = re.compile(r"\s*The\s+following\s+(?:statement\s+|remarks\s+)?(?:is|are)\s+attributable\s+to\s+"
                           r"(?:the\s+)?(?P<who>[A-ZÀ-ÞĀ-Ž][^:]{2,120}?)\s*:\s*$", re.IGNORECASE)


def _quote_speaker(state: _State, q_start: int, q_end: int, para_start: int, para_end: int,
                   last_speaker: Person | str | None,
                   quoted: list[tuple[int, int]],
                   sentences: list[tuple[int, int]]) -> tuple[Person | str, str | None, str | None] | None:
    """Who speaks a quotation, with the verb and, when it is not the words after the quotation, the clause that
    attributes it: the attribution beside it, or the last speaker when a quote carries on."""
    found = direct_attribution(state.text, q_start, q_end, para_start, para_end)
    clause = None
    after = state.text[q_end:q_end + 2].lstrip("\"”»")
    if found is not None and (found[1] in ("reported", "reports") or not after.startswith((",", ".", "!", "?"))) and \
            (reported := _quoting_sentence(state, q_start, q_end, sentences)) is not None:
        found, clause = (reported[0], None), reported[1]  # "X told a briefing that ... required "more time for
        # consultations", PTI reported": X's words (and "... had been "frank and substantive" and that all five
        # countries had agreed": X's, not the countries')
    if found is None and len(state.text[q_start:q_end].split()) < 5 and \
            not (quoted and state.text[q_start].isupper() and state.text[q_end - 1] in ".!?"):
        return None  # a short phrase in quotes with no attribution is a title or a scare quote (not a whole sentence
        # after a quotation: '"...," Langat said. "Our Chinese colleagues listened."')
    if found:
        speaker = _resolve(state, found[0])
        return (speaker, found[1], clause) if speaker is not None else None
    if last_speaker is not None and (q_start - 1 <= para_start or quoted):
        return last_speaker, None, None  # a quote continuing the last speaker's words
    return None


def _quoting_sentence(state: _State, q_start: int, q_end: int, sentences: list[tuple[int, int]]) -> tuple[Mention, str] | None:
    """The speaker a sentence names before the quotation inside its reported words ("X told reporters that the talks
    had been "frank and substantive""), with the sentence's attribution clause; `sentences` are the paragraph's."""
    text = state.text
    start = next((s for s, e in sentences if s <= q_start < e), None)
    if start is None:
        return None
    rep = reported_in_sentence(state.text, start, next((e for _s, e in sentences if e >= q_end), sentences[-1][1]))
    if rep is not None and rep.verb in ("reported", "reports") and rep.attr_start > q_end:
        rep = reported_in_sentence(state.text, start, rep.attr_start)  # "..., PTI reported": the agency relays the words of
        # the one the sentence names first
    if rep is None or rep.attr_end > q_start or rep.mention.kind not in ("name", "description", "pronoun") or \
            rep.verb in _SETTING_VERBS:
        return None
    return rep.mention, text[rep.attr_start:rep.attr_end]



def _note_written(state: _State, ln: Line, start: int, end: int) -> None:
    """A sentence nobody is quoted in: the author's, in an opinion piece; the issuers', in a statement
    they wrote in the first person plural ("We condemn ...")."""
    if state.author is not None and start >= state.author_from:
        surname = state.author.name.split()[-1]
        sentence = state.text[start:end]  # (the surname looked for before the pattern is made for it)
        if not (surname in sentence and re.search(rf"\b{re.escape(surname)}\b", sentence)) and \
                not _AUTHOR_NOTE.match(state.text[ln.start:ln.end]) and \
                not state.text.startswith(state.author.name, ln.start):  # not the bio ("X was ... He is now ..."),
            # not "The author is ..."
            published = state.article_date or (state.ctx.reference.isoformat() if state.ctx.reference else None)
            _add(state, start, end, state.author, kind="written", verb="wrote", confidence=0.6,
                 lead_date=published)  # written when published, not on a day its lead reports
        return
    section = next((who for at, who in reversed(state.sections) if at <= start), None) if state.sections else None
    issuer = section or state.issuer
    if issuer is not None and (_WE.search(state.text[ln.start:ln.end]) or
                               (section is not None and _ISSUER_VOICE.match(state.text, start, end))):
        _add(state, start, end, issuer, kind="written", verb=None, confidence=0.6)  # "We condemn ...", and in a
        # statement quoted in full, "The Council notes ...", "The ministers consider ..."


_ISSUER_VOICE = re.compile(r"(?:\d{1,3}[.)]\s+)?The\s+(?:Council|Committee|Conference|Meeting|ministers|"
                           r"participants|(?i:sides|parties|member\s+states)|"
                           r"leaders|heads\s+of\s+state)\b(?:\s+of\s+(?:the\s+)?[^,.]{2,120}?)?\s+(?![a-z]+ed\b)[a-z]{3,}\b")
_STATEMENT_OF = re.compile(r"^(?:Joint\s+)?(?i:declaration|statement|communiqu[eé])\s+(?:of|by)\s+(?:the\s+)?"
                           r"(?P<who>[A-ZÀ-ÞĀ-Ž0-9][\w+'’ /-]{2,120}?)(?:\s+(?:on|in\s+connection\s+with|regarding|"
                           r"concerning|following)\s+(?:the\s+)?[a-z][^:]*)?\s*$")
# (not the topic: "Statement by Spokesperson X Y on the terrorist attack in Kabul", "... in connection with the attacks")
_TITLED_TOPIC = re.compile(r"\s+on\s+(?=(?:the\s+)?[A-ZÀ-ÞĀ-Ž])")  # "... Member States on Countering
# International Terrorism": a title-cased topic, unless a body's name takes it ("Committee on Foreign Affairs")
_NAMED_WITH_ON = {"committee", "subcommittee", "commission", "council", "group", "conference", "panel", "forum", "force",
                  "board", "centre", "center", "institute", "convention", "friends", "court", "tribunal", "network",
                  "partnership", "coalition", "alliance", "dialogue", "initiative", "programme", "program", "office"}
_CAPITALS_DOCUMENT = re.compile(r"(?:[A-Z]+\s+){0,2}?(?:JOINT\s+)?(?:STATEMENT|DECLARATION|COMMUNIQU[EÉ])")
_WE_THE_PREAMBLE = re.compile(r"^\s*We,\s+the\s+(?P<who>[A-ZÀ-ÞĀ-Ž][^;:]{4,400}?),\s*$")


def _statement_sections(text: str, lines: list[Line]) -> list[tuple[int, str]]:
    """Statements a page quotes in full after its news: a heading "Joint Statement of the C5+1 Foreign Ministers",
    or a preamble line "We, the Foreign Ministers of A, B and C," (or a paragraph it opens); their "We ..." paragraphs
    are that group's."""
    sections = []
    for i, ln in enumerate(lines):
        if ln.kind != "heading" and text.find("We,", ln.start, ln.end) < 0:
            continue  # no heading, no preamble (its "We," looked for before the line is cut out)
        line = text[ln.start:ln.end].strip()
        if ln.kind == "heading" and _CAPITALS_DOCUMENT.fullmatch(line) and i + 1 < len(lines):
            rest = []  # "STATEMENT" / "of the Council of Foreign Ministers of the CSTO member states on countering
            for nxt in lines[i + 1:i + 4]:  # international terrorism"; "QINGDAO DECLARATION" / "OF THE COUNCIL OF HEADS
                more = text[nxt.start:nxt.end].strip()  # OF STATE" / "OF THE SHANGHAI COOPERATION ORGANISATION"
                if nxt.kind != "heading" or (rest and not more.lower().startswith(("of ", "on "))):
                    break
                rest.append(normalise_caps(more.title()).replace("Of ", "of ").replace("The ", "the ") if more.isupper()
                            else more)
                if not more.isupper():
                    break
            line = " ".join(["Joint Statement" if "JOINT" in line else line.split()[-1].title(), *rest])
        m = _STATEMENT_OF.match(line) if ln.kind == "heading" else _WE_THE_PREAMBLE.match(line)
        if m is None and not sections and ln.kind != "heading" and (we := _WE_THE.match(line)) is not None and \
                "," not in we.group("who"):
            m = we  # or the paragraph it opens: "We, the Ministers of the Global Coalition to Defeat ISIS/Daesh,
            # reaffirm ..." (not a list of them, which the page names otherwise, nor under a statement's own heading)
        if m:
            who = _without_titled_topic(m.group("who"))
            role, name = split_role_name(who)
            person = role and name and len(name.split()) >= 2 and _TITLE_WORDS.search(role) and is_person_name(name)
            sections.append((ln.start, name if person else who))  # "Spokesperson X Y": X Y
    return sections


def _without_titled_topic(who: str) -> str:
    """A statement heading's issuer without its title-cased topic: "Ministers of Foreign Affairs of the CSTO Member
    States on Countering International Terrorism" -> "Ministers of Foreign Affairs of the CSTO Member States"."""
    for m in _TITLED_TOPIC.finditer(who) if " on " in who else ():
        if who[:m.start()].rsplit(None, 1)[-1].lower() not in _NAMED_WITH_ON:
            return who[:m.start()]
    return who


def _may_contain(text: str, name: str) -> bool:
    """Whether `text` may hold `name` in any letter case: False only when a case-insensitive regex for it could
    not match (with none of the letters `plain_folds` looks for, lower() folds case as the regex does)."""
    return not (plain_folds(text) and plain_folds(name)) or name.lower() in text.lower()


def _may_be_crumbs(line: str) -> bool:
    """Whether a line has a breadcrumb's steps (a test on a step's mark first, cheaper than the regex)."""
    return ("/" in line or ">" in line or "»" in line) and _CRUMB_STEP.search(line) is not None


# a page that says it carries someone's article: "Ambassador X's article "..." in the Y newspaper", "Published in Y,"
_ARTICLE_HEADING = re.compile(r"['’]s\s+(?:signed\s+)?article\b|^\s*(?:First\s+)?[Pp]ublished\s+in\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž]")


def _find_author(state: _State, lines: list[Line], line_texts: list[str], prose: list[Line]) -> None:
    """Whose words a page is, when it is one person's text: an opinion piece or commentary (a byline, a name
    line under the title, "..., writes X", or a closing "X is a senior fellow at ..."), or a press statement
    signed at the bottom. Its unattributed sentences are then that person's."""
    if not prose:
        return
    reprint = _reprinted_article(state.text, lines, line_texts, prose)
    if reprint is not None:
        state.author = state.registry.add(reprint[0], reprint[1])
        state.author_from = reprint[2]
        return
    head = line_texts[:20]
    byline = next(((i, m.group("name")) for i, t in enumerate(head) if (m := _BYLINE.match(t.strip()))), None)
    if byline is None:  # a name line under the title, alone or beside the date: "Oct 15, 2018 | Jane Roe"
        after = {ln.start: nxt.kind for ln, nxt in pairwise(lines[:41])}
        body_start = next((ln.start for ln in prose[:5] if ln.end - ln.start >= 120 and after.get(ln.start) in
                           ("prose", "label", None)), prose[0].start)  # (a title asking a question is prose: "Can the
        # G5 Sahel Force Fill the Security Gap?"; a deck is a long one with the byline under it)
        candidates = [(i, _BYLINE_ROLE_MARK.split(part.strip(), maxsplit=1)[0].strip())  # "Jane Roe, Reuters",
                      # "Jane Roe/Guest Columnist"
                      for i, (ln, t) in enumerate(zip(lines[:20], head, strict=False))
                      if ln.kind in ("heading", "furniture") and ln.end < body_start and t.count(" | ") <= 1
                      and len(parts := _NAME_LINE_PARTS.split(t.strip())) <= 3  # "Jane Roe    March 03, 2020" too,
                      for part in parts]  # but no menu's "Saudi Arabia   Middle East   World   Business"
        masthead = (state.publisher or "").lower()
        lowered = [(i, part, low) for i, part in candidates if (low := part.lower()) != masthead]  # not the masthead
        foot = [t.lower() for ln, t in zip(lines[-12:], line_texts[-12:], strict=True) if ln.start > body_start]
        byline = next(((i, part) for i, part, _low in lowered if _person_line(part) and any(
            t.startswith(f"{part} is ") for t in line_texts[:24] + line_texts[-12:])), None) or next(  # the name a
            # bio line presents ("X is a Saudi researcher ..."; not the masthead's "English Edition" over it)
            ((i, part) for i, part, low in lowered if any(low in t for t in foot) and _person_line(
                part.title() if part.isupper() else part)), None) or next(  # the name the foot's note repeats first
            # (not a "Short Url" line above it)
            ((i, part) for i, part, _low in lowered if _person_line(part)), None) or next(
            ((i, part) for i, part, _low in lowered if part.isupper() and _person_line(part.title())
             and _signed_in_full(part, line_texts[-12:])), None)  # "FAHAD AL-OTAISHAN", named again at the foot
    writes = next((m for t in head if "writes" in t and (m := _WRITES.search(t))), None)
    name = normalise_caps(byline[1].title() if byline and byline[1].isupper() else byline[1]) if byline else None
    if name and name.split()[0].lower().rstrip(".") in _HONORIFICS and len(name.split()) >= 3:
        name = name.split(maxsplit=1)[1]  # "Dr Eleanor Whitfield" over "Eleanor Whitfield is a Senior Research Fellow"
    role = None
    if writes is not None:
        role, writer = split_role_name(writes.group("who"))
        if writer and (name is None or writer.split()[-1].lower() == name.split()[-1].lower()):
            name = writer
    tail = line_texts[-12:]
    bio = next((m for t in tail + head if name and "is" in t and _SPACED_IS.search(t) and _may_contain(t, name) and
                (m := _bio_pattern(name).match(t))), None)
    if bio is not None:
        name = bio.group("name")  # the foot note's spelling: "Fahad bin Saleh", not the byline's capitals
    if name is None:  # signed at the foot: "Nasrin Chowdhury" over "The writer is a former inspector ..."
        foot = next((i for i, t in enumerate(tail) if i > 0 and _AUTHOR_NOTE.match(t) and _person_line(tail[i - 1])), None)
        if foot is not None:
            name = tail[foot - 1].strip().split(",")[0].strip()
        else:  # or in it: "—The writer is Ambassador of X to Y, Bakhytzhan Ordabayev."
            name = next((m.group("name") for t in tail if (m := _AUTHOR_NOTE_NAMED.match(t.strip())) and
                         _person_line(m.group("name"))), None)
    note = next((m for t in head + tail if name and (m := _AUTHOR_NOTE.match(t))), None)
    bio = bio or note  # "The author is Pakistan's ambassador to China."
    if name and bio and not role:
        role = bio.group("role")
    opinion = writes is not None or any(_OPINION.search(t) or _ARTICLE_HEADING.search(t) for t in head if " | " not in t) or \
        any(_OPINION_SECTION.match(_CRUMB_STEP.split(t)[-1]) for t in head if _may_be_crumbs(t))  # not a
    # menu's "Analysis | News | Perspectives", but a breadcrumb's last step: "Home / Opinion / Op-Ed Contributors"
    if name and (opinion or bio is not None):
        body = [ln for ln in prose if byline is None or ln.start > lines[byline[0]].end]
        first_person = sum(1 for ln in body
                            if _FIRST_PERSON_SUBJECT.search(_QUOTED.sub("", state.text[ln.start:ln.end])))
        if not opinion and (sum(ln.kind == "label" for ln in lines) >= 2 or _asked(state.text, body)):
            return  # an interview: the words are the interviewee's, and the journalist's bio only says who asked
        if first_person >= 2 or (bio is not None and (opinion or not _reported_feature(state.text, body))) or \
                (opinion and first_person == 1 and not _reported_feature(state.text, body)):  # (an opinion page's
            # byline and one paragraph in the first person: "I spent four years coordinating ...")
            # a journalist's bio under a reported feature makes its narrative no statement of theirs
            state.author = state.registry.add(name, role)
            state.author_from = body[0].start if body else 0
            return
    if not any(("statement" in (low := t.lower()) or "release" in low) and _STATEMENT_PAGE.search(t)
               for ln, t in zip(lines[:20], head, strict=False) if ln.kind != "prose"):
        return  # a press statement says so in its title or header, not in a news story's "said in a statement"
    signer = _signature(lines, line_texts, prose)
    if signer is not None:
        state.author = state.registry.add(*signer)
        state.author_from = prose[0].start


_SPACED_IS = re.compile(r"\sis\s")  # what _bio_pattern's r"\s+is\s+" needs (tested before compiling it for a name)


@lru_cache(maxsize=1024)  # compiled once per name, not for each line tried
def _bio_pattern(name: str) -> re.Pattern[str]:
    """ "[Maj. Gen.] Jane Roe[, a former ...,] is a senior fellow at ...", and an editor's note under the title:
    "Editor's note: Jane Roe is a research fellow at ..." """
    return re.compile(rf"^(?:Editor['’]s\s+note:\s+)?(?:[A-Z(][\w.()]*\s+){{0,4}}?(?P<name>(?i:{re.escape(name)}))"
                      r"(?:,\s+[^,]{3,160},)?\s+is\s+(?:an?\s+|the\s+|(?=[A-Z]))(?P<role>.{3,160}?)[,.](?:\s|$)")


# an introduction naming the writer of the article it reprints: "... published a signed article by Chinese Ambassador
# to Kyrgyzstan X Y entitled ...", "The following article by X Y was published in ..."
_ARTICLE_NOUNS = ("article", "op-ed", "commentary", "essay")  # (a test before _ARTICLE_BY, which tries every position)
_ARTICLE_BY = re.compile(r"\b(?:" + "|".join(_ARTICLE_NOUNS) + r")\s+(?:[a-z]+\s+){0,2}?by\s+(?P<who>[^\n.;:\"“”]{3,120}?)"
                         r"(?=,?\s+(?:entitled|titled|headlined|under|on|in|which|was|that)\b|\s*[,.;:(\"“])")


def _reprinted_article(text: str, lines: list[Line], line_texts: list[str],
                       prose: list[Line]) -> tuple[str, str | None, int] | None:
    """(writer, office, where the article starts) when an introduction names the writer of a signed article and the
    article follows with the writer's name on a line of its own ("X Y" or "By X Y") over the text."""
    for ln in prose[:3]:
        m = _ARTICLE_BY.search(text, ln.start, ln.end) \
            if any(text.find(noun, ln.start, ln.end) >= 0 for noun in _ARTICLE_NOUNS) else None
        if m is None:
            continue
        role, name = split_role_name(m.group("who").strip())
        if not name or len(name.split()) < 2 or not is_person_name(name) or is_org_name(name):
            return None
        for line, line_text in zip(lines, line_texts, strict=True):
            if line.start > ln.end and re.sub(r"^[Bb]y\s+", "", line_text.strip()).rstrip(".,") == name:
                body = [p for p in prose if p.start > line.end]
                return (name, role, body[0].start) if len(body) >= 2 else None
        return None
    return None


def _reported_feature(text: str, body: list[Line]) -> bool:
    """Whether a page reports what others say (a feature quoting several people), not one writer's argument."""
    quoting = sum(1 for ln in body if _QUOTE_OR_REPORT.search(text, ln.start, ln.end))
    return quoting * 3 >= len(body) and quoting >= 3


_QUOTE_OR_REPORT = re.compile(r"[\"“”]|\b(?:said|says|told|according\s+to)\b")
_CONTACT_HEADER = re.compile(r"^(?:for\s+(?:further|more)\s+information|(?:(?:media|press)\s+)?(?:enquiries|inquiries)|"
                             r"(?:media|press)\s+contacts?|contacts?\s*(?::|$))", re.IGNORECASE)  # and "Contact" or
# "Enquiries:" alone over the press officer


def _signed_in_full(capitals: str, tail: list[str]) -> bool:
    """Whether a byline in capitals is a person the page's foot names in normal case (a masthead is not)."""
    low = capitals.lower()
    return any(low in t.lower() and capitals not in t for t in tail)


def _person_line(text: str) -> bool:
    """A line that is only a person's name: "Helena Marsh", "Elizabeth K. Harwell"."""
    text = text.strip().split(",")[0].strip()  # "Mariam Al Suwaidi, Special to Gulf News"
    if len(text) > 48 or not _NAME_LINE.match(text):
        return False
    role, name = split_role_name(text)
    return bool(name) and role is None and not is_org_name(name) and canonical_place(name) is None \
        and _NOT_NAME_WORDS.isdisjoint(text.split())


_INFORMATION_OFFICER = re.compile(r"\b(?:information|public\s+relations|media|press|spokes(?:man|woman|person))\b",
                                  re.IGNORECASE)


_SECTION_WORDS = frozenset({"press", "releases", "news", "statements", "speeches", "articles", "stories", "media", "photos",
                            "videos", "archive", "archives", "events", "updates", "publications"})


def _signature(lines: list[Line], line_texts: list[str], prose: list[Line]) -> tuple[str, str | None] | None:
    """The name (and title) signed under the last paragraph of a statement."""
    after = [(ln, t) for ln, t in zip(lines, line_texts, strict=True) if ln.start > prose[-1].end][:4]
    for i, (ln, text) in enumerate(after):
        if _CONTACT_HEADER.match(text.strip()):
            return None  # "For further information please contact:" then an office and its address, no signer
        caps = _caps_person(text.strip()) if ln.kind == "heading" and text.isupper() and "," not in text else None
        if caps is not None or (ln.kind == "heading" and text.count(",") <= 1 and _person_line(text) and
                                _SECTION_WORDS.isdisjoint(text.lower().split())):  # not a list's "Press Releases"
            role = after[i + 1][1].strip() if i + 1 < len(after) and _TITLE_WORDS.search(after[i + 1][1]) else None
            if caps is not None and (role is None or _INFORMATION_OFFICER.search(role)):
                return None  # "COLONEL X" over "Chief Military Public Information Officer": the office's voice, which
                # signs a story of what others did, not words of their own
            name, _comma, own = text.strip().partition(", ")  # "X, Spokesman for the Secretary-General"
            role = own or role
            return caps or name, role.split(" / ")[-1] if role else None  # "TAN SRI X BIN Y" over "Ketua Polis
            # Negara / Inspector-General of Police": the name without its styles, the office in English
    return None


_MEMBERS_LISTED = re.compile(r"(?P<who>(?:Heads\s+of\s+State\s+and\s+Government|Heads\s+of\s+State|Leaders|"
                             r"(?:Foreign\s+)?Ministers(?:\s+of\s+Foreign\s+Affairs)?))\s+of\s+(?P<list>.+,.+\band\b.+)$")


def _listed_members_body(group: str, title: str, text: str) -> str | None:
    """The body a group's members make up when it lists three or more countries and the title names that body by
    its initials: "Heads of State and Government of Brazil, ..., China and South Africa" under "10th BRICS Summit"
    -> "BRICS Heads of State and Government"."""
    m = _MEMBERS_LISTED.match(group)
    if m is None or len([p for p in places_in(m.group("list")) if p[2].lower() in countries()]) < 3:
        return None
    body = next((w for w in re.findall(r"\b[A-Z]{3,6}\b", title) if text.count(w) >= 2 and canonical_place(w) is None),
                None)
    return f"{body} {m.group('who')}" if body else None


def _declaration_issuer(headings: list[str]) -> str | None:
    """Who a declaration's title names: "BRICS Leaders Xiamen Declaration" -> "BRICS Leaders"."""
    for heading in headings:
        m = _DECLARATION_TITLE.match(heading.strip())
        if m:
            words = m.group("who").split()
            while words and canonical_place(words[-1]) is not None:
                words.pop()  # the place a declaration is named after
            if all(w.lower() in _DOCUMENT_ADJECTIVES for w in words):
                continue  # "JOINT COMMUNIQUE", "Final Declaration": no issuer named
            if words:
                return " ".join(words)
    return None


def _self_named(lead: str) -> str | None:
    """Who a communiqué's first person plural is, when it names itself: "We, the Ministers of Defence of A,
    B and C, met in ..." -> "Ministers of Defence of A, B and C"."""
    m = _WE_THE.match(lead)
    return m.group("who") if m and len(m.group("who").split()) <= 40 else None


def _adopted_by(paragraphs: list[str]) -> str | None:
    """Who adopted the statement that follows: "A, B and C met in Tirana on 5 October 2018 and adopted the following
    joint statement:", "The EU home affairs ministers, meeting by video conference ..., adopted the following ..."."""
    for paragraph in paragraphs:
        m = _ADOPTED_FOLLOWING.match(paragraph) if "following" in paragraph else None
        if m:
            who = _PARTICIPIAL_TAIL.sub("", m.group("who").strip(" ,"))
            if _INTRO_WORD.match(who):  # "Following the attacks in Paris, Nice and Vienna, the ministers ...": the subject
                who = who.rpartition(", ")[2]
            return re.sub(r"^the\s+", "", who, flags=re.IGNORECASE)
    return None


def _issuer(lead: str) -> str | None:
    """Who issued a statement: "The following joint statement was issued by A, B and C at ..."."""
    if "by" not in lead or not any(map(lead.__contains__, _ISSUED_NOUNS)):
        return None  # (the pattern needs one of its nouns)
    m = _ISSUED_BY.search(lead)
    if not m:
        return None
    who = re.sub(r"^the\s+", "", m.group("who").strip(" ,"), flags=re.IGNORECASE)
    return who if len(who.split()) <= 25 else None


_THAT_CLAUSE = re.compile(r"\bthat\b")
_MET_WHEN = re.compile(r",\s+(?:who\s+(?:met|gathered|convened|were\s+meeting)|which\s+(?:was|were)\s+(?:handed\s+over|held|"
                       r"signed|unveiled|launched|inaugurated|presented|opened|commissioned))\b[^,]{0,80},")  # and "The
# equipment, which was handed over yesterday at the Police headquarters, includes ...": the ceremony's day


def _met_day(state: _State, sentence: str) -> str | None:
    """The day a relative clause says the speakers met: "The ministers, who met in Djibouti on Thursday, said ..."."""
    met = _MET_WHEN.search(sentence) if (" who " in sentence or " which " in sentence) and state.ctx.reference else None
    rel = resolve_relative(met.group(0), state.ctx.reference) if met and state.ctx.reference else None
    return rel[2] if rel and len(rel[2]) == 10 else None


_OCCASION_OPENED = re.compile(r"^(?:The|A)\s+[^.;]{0,160}?\b(?:(?i:conference|meeting|workshop|forum|summit|seminar|session|"
                              r"dialogue|talks|symposium|round\s+table|consultations)\b[^.;]{0,200}?\s"
                              r"(?:opened|began|started|kicked\s+off|convened|(?:was|were)\s+held|took\s+place|ended|closed|"
                              r"concluded|wrapped\s+up)|(?i:course|exercises?|drills?)\b[^.;]{0,200}?\s"
                              r"(?:ended|closed|concluded|wrapped\s+up))\b")  # "The course, organized by ..., ended on
# Wednesday." (a drill's first day of two weeks says less of when anything was said)


# "The agreement was reached at a meeting held here yesterday", "The deal was reached in Mandera on Monday"
_REACHED_AT = re.compile(r"\b(?:(?:meeting|talks|consultations|session|summit|conference)\s+held|"
                         r"(?:agreement|deal|accord)\s+was\s+(?:reached|signed|concluded))"
                         r"(?:\s+(?:here|there|in\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?))?")


def _occasion_day(state: _State, sentence: str) -> str | None:
    """The day the paragraph after a dayless lead says its occasion opened: "The International CVE Research Conference,
    hosted by Hedayah, opened on Tuesday with ...", or was held: "The agreement was reached at a meeting held here
    yesterday"."""
    if state.ctx.reference is None:
        return None
    opened = _OCCASION_OPENED.match(sentence)
    for m in [opened] if opened else _REACHED_AT.finditer(sentence):
        rel = resolve_relative(sentence[m.end():m.end() + 40], state.ctx.reference)
        if rel and len(rel[2]) == 10 and rel[0] <= 4:
            return rel[2]
    return None


_DURING_OCCASION = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+"
                              r"(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|conference|"
                              r"consultations|summit|session|dialogue|forum|seminar|negotiations)\b")


def _lead_date(state: _State, sentence: str, news: bool = False) -> str | None:
    """The day the lead says its news happened: "..., police said yesterday", "The Senate on Wednesday
    passed ..." -> that day, which the story's later statements share unless they say otherwise."""
    reference = (to_date(state.ctx.date) if state.ctx.dated_line else None) or state.ctx.reference  # the dateline's
    # day ("Beijing, 22 May 2018" on a page of the 23rd): "Today, Beijing hosted ..." is the 22nd
    verbs = find_verbs(sentence)
    for _start, v_end, _verb in verbs:
        when = clause_when(sentence[v_end:v_end + 40], reference)
        if when:
            return when
    if reference is None:
        return None
    if (met := _met_day(state, sentence)) is not None:
        return met
    if verbs and (held := _DURING_OCCASION.search(sentence, verbs[0][1])) is not None:  # "X and Y agreed ... during talks
        setting = sentence[held.end():held.end() + 200]  # between them in Hanoi on February 25": the talks' day
        days = [d for d in find_dates(setting, reference) if len(d[2]) == 10]
        if days and not _FUTURE_CUE.search(setting[:days[0][0]]) and not _WILL_MEET.search(setting[:days[0][0]]):
            return days[0][2]
    sentence = without_relative_clauses(sentence)  # "X, who took over the command in March, says ..."
    rel = resolve_relative(sentence, reference) or (_recent_day(sentence, reference) if news else None)
    if rel is None or len(rel[2]) != 10 or _FUTURE_CUE.search(sentence[max(0, rel[0] - 25):rel[0]]) or \
            _WILL_MEET.search(sentence[max(0, rel[0] - 60):rel[0]]) or \
            (sentence[rel[1] - 2:rel[1]] in ("'s", "’s") and EVENT_AFTER.match(sentence, rel[1])) or \
            _FOLLOWED_EVENT.search(sentence, max(0, rel[0] - 100), rel[0]):
        return None  # "a summit starting on Thursday" is when it happens, not when anything was said; nor is
        # "following Sunday's attack" or "following the abduction of three crewmen off Lahad Datu on Saturday"
    return rel[2]


def _recent_day(sentence: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The day a news lead opens with, within a week before the page's ("On 22 May 2018, X took part in the
    meeting held in Beijing" on a page of the 23rd): the day of the news its statements were made at."""
    days = [d for d in find_dates(sentence[:40], reference) if len(d[2]) == 10] if sentence[:3] == "On " else []
    if not days or days[0][0] != 3 or (reference - dt.date.fromisoformat(days[0][2])).days not in range(8):
        return None
    return days[0]


_FOLLOWED_EVENT = re.compile(rf"\b(?:following|after|since)\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{VIOLENT_ACTS}|abductions?|"
                             r"kidnappings?|murders?|arrests?|ambush|hijackings?|clashes)\b[^,;]{0,90}$")  # an incident's
# day, not the statement's


def _continues(state: _State, ln: Line) -> bool:
    return any(f.start >= ln.start and f.end <= ln.end for f in state.facts)


def _named_in_lead(state: _State, speaker: Person | str | None) -> bool:
    if speaker is None or not state.lead_names:
        return False
    name = speaker if isinstance(speaker, str) else speaker.name
    return bool(name) and (name.split()[-1] in state.lead_names or name in state.lead_names)
