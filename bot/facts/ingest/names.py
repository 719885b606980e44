"""Speakers: telling a name from its role, resolving surnames, pronouns and descriptions to full names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from bot.facts.ingest.dates import plain_folds

GENERIC = {
    "the official", "an official", "officials", "sources", "a source", "the source", "analysts", "experts",
    "observers", "reports", "the report", "media", "the spokesperson", "a spokesperson", "the spokesman",
    "a spokesman", "the minister", "the ministry", "the president", "people", "someone", "it", "this", "that",
    "the article", "the document", "the organization", "the country", "the government",
    "sir", "madam", "ma'am", "ma’am",  # a questioner's "Sir, the minister said ...": whom they address
}
# Words that make up titles and offices (compared lower-cased). A name is what follows them.
ROLE_WORDS = {
    "constable", "const", "agent", "charge", "sergeant", "detective", "joint", "dato'", "seismologist", "scientist",
    "economist", "historian", "activist", "journalist", "threats", "issues", "relations", "operations", "activities",
    "retd", "retd.", "(retd.)", "(retd)", "councilor", "councilors",
    "matters", "crimes", "emergencies", "staff", "extraordinary", "plenipotentiary", "sherpa", "mantri",
    "president", "vice", "premier", "prime", "minister", "ministers", "foreign", "deputy", "assistant",
    "secretary", "general", "secretary-general", "chairman", "chairwoman", "chairperson", "chair", "director",
    "director-general", "executive", "chief", "head", "spokesperson", "spokesman", "spokeswoman", "ambassador",
    "envoy", "special", "representative", "permanent", "commissioner", "commander", "governor", "mayor", "akim", "khokim",
    "senator", "congressman", "congresswoman", "lawmaker", "king", "queen", "prince", "sheikh", "shaikh", "emir",
    "consul", "consul-general", "vice-consul", "attache", "attaché", "mufti", "archbishop", "patriarch",
    "chancellor", "councillor", "counselor", "counsellor", "state", "defense", "defence", "interior",
    "security", "justice", "affairs", "public", "additional", "senior", "adviser", "advisor", "officer",
    "official", "honourable", "honorable", "hon", "hon.", "professor", "prof", "prof.", "dr", "dr.", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "gen",
    "gen.", "col", "col.", "colonel", "lieutenant", "major", "captain", "admiral", "marshal", "police", "brigadier",
    "commanding", "supervisor", "ombudsman",
    "attorney", "judge", "speaker", "leader", "founder", "ceo", "analyst", "researcher", "expert", "scholar",
    "fellow", "dean", "rector", "editor", "correspondent", "reporter", "member", "board", "council",
    "committee", "party", "communist", "national", "people's", "congress", "political", "bureau", "politburo",
    "standing", "central", "military", "commission", "ministry", "office", "department", "institute",
    "university", "center", "centre", "organization", "organisation", "agency", "directorate", "structure",
    "first", "second", "third", "former", "acting", "incoming", "outgoing", "top", "counter-terrorism",
    "counterterrorism", "anti-terrorism", "regional", "international", "federal", "russian", "chinese",
    "american", "british", "french", "german", "indian", "pakistani", "egyptian", "afghan", "iranian",
    "iraqi", "syrian", "turkish", "kazakh", "kyrgyz", "tajik", "uzbek", "turkmen", "mongolian", "japanese",
    "korean", "singaporean", "malaysian", "indonesian", "thai", "vietnamese", "philippine", "filipino",
    "australian", "canadian", "italian", "spanish", "polish", "ukrainian", "belarusian", "saudi", "emirati",
    "israeli", "palestinian", "jordanian", "lebanese", "qatari", "kuwaiti", "european", "african", "asian",
    "un", "u.n.", "sco", "csto", "cis", "nato", "eu", "asean", "osce", "brics", "cica", "uae", "us", "u.s.",
    "newspaper", "daily", "news", "media", "outlet", "broadcaster", "magazine", "journal", "think",
    "tank", "group", "ambassador-at-large", "coordinator", "inspector", "superintendent", "prosecutor",
    "procurator", "general's", "administrator", "undersecretary", "under-secretary", "spokesperson's",
    "under-secretary-general", "mp", "mep", "magistrate", "delegate", "administration", "author", "writer",
    "columnist", "contributor", "prosecutor-general", "attorney-general", "governor-general",
    "the", "of", "for", "and", "on", "in", "to", "at",
}
ORG_WORDS = {
    "ministry", "organization", "organisation", "council", "committee", "agency", "office", "government",
    "service", "department", "commission", "directorate", "structure", "institute", "center", "centre",
    "union", "league", "nations", "bureau", "assembly", "parliament", "court", "army", "forces", "police",
    "embassy", "secretariat", "headquarters", "group", "movement", "front", "party", "association", "foundation", "bank",
    "fund", "services", "survey", "observatory", "studies", "policing", "news", "daily", "times", "post", "gazette", "gazeti",
    "herald", "kenesh", "majlis", "mazhilis", "knesset", "khural",  # legislatures
    "tribune", "journal", "xinhua", "tass", "reuters", "afp", "ap", "bbc", "cnn", "cri", "cgtn", "ria", "interfax", "sputnik",
    "kremlin", "white", "house", "pentagon", "downing", "élysée", "elysee", "zaobao", "administration", "authority",
    "authorities", "federation", "command", "unit", "division", "corps", "guard", "intelligence", "ministries", "republic",
    "kingdom", "emirates", "state", "states", "prosecutor's", "interpol", "europol", "consulate", "consulate-general", "mission",
    "fsb", "sbu", "cia", "fbi", "nia", "presidency", "inspectorate", "alliance", "coalition", "troika",
    "isi", "cttc", "international", "watch", "delegation", "community", "communities", "organizations",
    "organisations", "tv", "radio", "district", "fleet", "relations",
    "television", "channel", "network", "force", "programme", "program", "newswire", "bulletin", "digest",
}
NAME_PARTICLES = {"al", "al-", "el", "bin", "ibn", "de", "da", "van", "von", "der", "den", "ter", "la", "le", "du", "abu", "ben",
              "del", "della", "di", "dos", "das", "do", "arap", "oglu", "ogly", "kyzy", "uulu", "gizi", "binti", "bint"}
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|la|le|du|abu|ben)(?:-"
                         r"[A-ZÀ-ÞĀ-Ž][\w'’-]*)?)$")
# words after which a capitalised word still belongs to the office, not to the person's name
# words that open an office's complement whose next word still belongs to it ("of Public Prosecutions"); nouns that
# close it ("for Interior", "of State", "of Defence") are not among them
_COMPLEMENT_START = {"to", "of", "in", "for", "at", "the", "public", "national", "foreign", "international", "federal",
                     "regional", "internal", "security", "legal", "military", "civil", "criminal", "special",
                     "economic", "political", "human", "strategic"}
_OFFICE_NOUN = re.compile(r"^[A-Z][a-z]{4,}(?:ing|ates|ions|ments|ities)$")  # "Combating", "Expatriates": no given name
ABSTRACT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:ship|tion|sion|ity|ism|ment|ness|ology|ics)$")  # no given name
# a title-case headline's verbs, which end the name before them: "Vice Foreign Minister Qin Hanwen Holds Consultations"
HEADLINE_VERBS = {"Attends", "Publishes", "Meets", "Met", "Holds", "Says", "Calls", "Urges", "Visits", "Delivers",
                  "Addresses", "Answers", "Stresses", "Writes", "Receives", "Chairs", "Co-chairs", "Co-Chairs", "Hosts",
                  "Signs", "Speaks", "Talks", "Warns", "Welcomes", "Condemns", "Briefs", "Gives", "Leads", "Joins",
                  "Opens", "Pledges", "Vows", "Sends", "Congratulates", "Pens", "Discusses", "Presents", "Launches",
                  "Concludes", "Expresses", "Reiterates", "Rejects", "Denies", "Slams", "Hails", "Lauds", "Praises",
                  "Reaffirms", "Presides", "Tells", "Notes", "Announces", "Highlights", "Underlines", "Outlines",
                  "Agrees", "Adopts", "Approves", "Ends", "Closes", "Begins", "Convenes", "Kicks"}
_POSTNOMINALS = {"SC", "QC", "KC", "Jr", "Sr", "MP", "MEP", "TD", "MSP", "MLA", "PhD", "OBE", "CBE", "KBE", "MBE", "II", "III"}
_INITIAL = re.compile(r"(?!U\.[SKN]\.|E\.U\.)(?:[A-ZÀ-ÞĀ-Ž]\.){1,3}")  # "L.", "A.V." (not "U.S.")


def _is_initial(token: str) -> bool:
    """Whether a word is all initials ("L.", "A.V."): _INITIAL in full, which ends in a full stop (tested first)."""
    return token[-1:] == "." and _INITIAL.fullmatch(token) is not None
_ABBREV_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Drs|Dra|Ir|Prof|Gen|Col|Sen|Rep|Gov|Amb|Lt|Maj|Capt|Adm|Brig|Shri|Smt|Sri|"
                           r"Supt|Insp|Sgt|Cpl|Cst|Det|Cmdr|Cdr)\.?$")  # and police ranks: "Supt. X Y", "Det. Sgt. X Y"
_RETIRED = re.compile(r"^(?:Retd?|Retired|retd)\.?$")  # "Gen. (Ret.) X": part of the rank, never of the name


def normalise_caps(name: str) -> str:
    """'Xie XIAONYUN' -> 'Xie Xiaonyun': shouted surnames get normal capitalisation."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join(w.capitalize() if len(w) > 3 and w.isupper() and w.isalpha() else w for w in words)


_NICKNAME = re.compile(r"[\"“‘][A-ZÀ-ÞĀ-Ž][\w.'’-]*[\"”’],?")  # Juan Miguel "Chito" Saldaña


_TOKEN_MARKS = ",;:()[]\"“”‘’«»"  # stripped from a word's ends


_PEER_TITLES = ("Lord", "Baron", "Viscount", "Earl")  # one of them is in each title PEERAGE takes: a cheap test first
PEERAGE = re.compile(r"(?:^|(?<=\s))(?:Lord|Baroness|Baron|Viscount|Earl)\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+of\s+"
                      r"[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?)?$")


_BRACKET_BEFORE_NAME = re.compile(r"^(?P<office>.*[A-Za-z].*\([^()]{2,40}\))\s+(?P<rest>[A-ZÀ-ÞĀ-Ž][^()]*)$")


@lru_cache(maxsize=8192)  # one word: the same few come back in every office before a name
def _ends_name_run(tok: str) -> bool:
    """A word no name has, so that a name's run from the right stops before it: a role word, a title, a lower-case
    word, a possessive ("Al Jazeera's Hamza Ali Noor", "SABC News' X Y") or an office's hyphened word ("Deputy
    Prosecutor-General X")."""
    low = tok.lower().rstrip(".")
    return not _NAME_TOKEN.match(tok) or tok.lower() in ROLE_WORDS or low in ROLE_WORDS or _ABBREV_TITLE.match(tok) is not None \
        or _RETIRED.match(tok) is not None or tok.endswith(("'s", "’s", "s'", "s’")) or \
        ("-" in low and any(part in ROLE_WORDS for part in low.split("-")))


def _given_before(tokens: list[str], at: int) -> bool:
    """Whether tokens[at] follows a given name and leads on to a surname: no role, title, place or possessive before it."""
    if at < 1 or at + 1 >= len(tokens):
        return False
    word = tokens[at - 1]
    return word[:1].isupper() and not word.isupper() and not _ends_name_run(word) and word.lower() not in ORG_WORDS \
        and word.lower() not in _COURTESIES and not _is_place(word)


_COURTESIES = {"his", "her", "highness", "excellency", "majesty", "royal", "eminence", "honourable", "honorable"}


def _fathers_name(words: list[str], word: str) -> bool:
    """Whether `word` is a father's name in a name's words: after "bin", "ibn", "bint" or "ould"."""
    return any(w == word and words[i - 1] in ("bin", "ibn", "bint", "ould") for i, w in enumerate(words) if i)


def _family_name_first(tokens: list[str], at: int) -> bool:
    """Whether the capitals before the last token are a family name written first, as Japanese ministries write
    them ("Press Secretary MIZUNO Kaori"), rather than an acronym: a word of several vowels, then one given name."""
    word = tokens[at - 1]
    return at == len(tokens) - 1 and word.isalpha() and ((len(word) >= 4 and sum(ch in "AEIOU" for ch in word) >= 2)
                                                          or word in _PINYIN_SURNAMES) \
        and tokens[at][:1].isupper() and tokens[at][1:].islower()


# common Chinese family names, which Chinese-run secretariats write in capitals first: "Ambassador FANG Zhirong"
_PINYIN_SURNAMES = frozenset({
    "LI", "WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "WU", "XU", "SUN", "HU", "ZHU", "GAO",
    "LIN", "GUO", "MA", "LUO", "FANG", "XIE", "SONG", "TANG", "HAN", "FENG", "DENG", "CAO", "PENG", "ZENG", "XIAO",
    "TIAN", "DONG", "PAN", "YUAN", "CAI", "JIANG", "YU", "DU", "CHENG", "WEI", "LU", "DING", "REN", "SHEN", "YAO",
    "JIN", "KONG", "QIN", "HUA", "MAO", "CUI", "QIAN", "ZHONG", "LEI", "HOU", "SHI", "GONG", "XING", "QIU", "LIANG",
    "BAI", "ZOU", "YAN"
})


_EXCELLENCY = re.compile(r"(?:^|(?<=\s)|(?<=,))\s*(?:(?:(?:His|Her|Their)\s+)?Excellenc(?:y|ies)|H\.\s?E\.)(?=\s)")
_TAG = re.compile(r"\s*\((?:[RDI][-–][A-Z][\w. ]{1,14}(?:\)|$)|[^()]{0,30}\b(?:faction|party|bloc|caucus)\)$|"
                  r"(?:ret(?:d|\.|ired)?|rtd\.?)\)$|"
                  r"(?-i:(?:EPP|S&D|ECR|ALDE|Renew|Greens/EFA|Verts/ALE|GUE/NGL|EFDD|ENF|ID|NI|PPE)(?:,\s*[A-Z]{2})?)\)$)",
                  re.IGNORECASE)  # and a European Parliament group and country: "X (EPP, NL)"


@lru_cache(maxsize=16384)  # the same "Title Name" runs come back all through a corpus
def split_role_name(phrase: str) -> tuple[str | None, str | None]:
    """Split "Russian Deputy Foreign Minister Oleg Syromolotov" into (role, name); name None if there is none."""
    quoted = _QUOTED_BEFORE_NAME.search(phrase) if '"' in phrase or "“" in phrase or "«" in phrase else None
    if quoted is not None:  # 'Director of the rehabilitation center "Akniet" Gulnara Seitkali': the quoted body's
        rest_role, rest_name = split_role_name(phrase[quoted.end():])  # name belongs to the office
        if rest_name and not rest_role and len(rest_name.split()) >= 2:
            return " ".join(phrase[:quoted.end()].split()), rest_name
    if phrase[:4] in ("The ", "the ") and phrase[4:11] == "United " and _places().canonical_place(phrase[4:]) is not None:
        return None, phrase[4:]  # "The United Arab Emirates": a country, whole
    if "xcellenc" in phrase or "H.E" in phrase:  # "His Excellency X Y", "H.E. X Y": a courtesy, neither role nor name
        phrase = _EXCELLENCY.sub(" ", phrase).strip()
    if "(" in phrase:  # "Sen. X Y (R-Okla.)", "X Y (Ata Meken faction)", "Brig. Gen. X Y (ret.)": a party or retirement tag
        phrase = _TAG.sub("", phrase)
    bracketed = _BRACKET_BEFORE_NAME.match(phrase) if ")" in phrase else None
    if bracketed is not None:  # "National Coordinator of the ... Authority (Nacta) Khalid Masood Cheema": the bracket
        rest_role, rest_name = split_role_name(bracketed.group("rest"))  # ends the office
        if rest_name and not rest_role:
            return " ".join(bracketed.group("office").split()), rest_name
    tokens = [t for x in phrase.split() if (t := x.strip(_TOKEN_MARKS)) and not (x[0] in "\"“‘" and _NICKNAME.fullmatch(x))]
    # (not "Chito": a nickname opens with its quote)
    if not tokens:
        return None, None
    if tokens[0] == "By" and len(tokens) >= 3:
        tokens = tokens[1:]  # a byline's "By Jane Roe, Executive Secretary of ...": the writer
    if len(tokens[-1]) > 2 and tokens[-1].endswith(".") and not _ABBREV_TITLE.match(tokens[-1]):
        tokens[-1] = tokens[-1][:-1]  # the full stop that ends a sentence: "... Sadia Rahman."
    while len(tokens) > 2 and (tokens[-1].rstrip(".") in _POSTNOMINALS or tokens[-1] in HEADLINE_VERBS):
        tokens = tokens[:-1]  # "Margaret Ellison SC", "Ambassador Yang Songbo Publishes (a signed article)"
    joined = " ".join(tokens)
    peer = PEERAGE.search(joined) if any(map(joined.__contains__, _PEER_TITLES)) else None
    if peer is not None:  # "A former head of ..., Lord Blackmore of Holloway": a peer's whole title is the name
        return _role_of(joined[:peer.start()].split()), peer.group(0)
    if len(tokens) > 1 and "." in tokens[-1] and GLUED_INITIAL.fullmatch(tokens[-1]):
        return _role_of(tokens[:-1]), tokens[-1]  # "Member of the State Great Khural S.Enkhbold"
    # the name is the trailing run of capitalised non-role tokens (particles allowed inside)
    shouted = 2 <= len(tokens) <= 4 and len(tokens[-2]) >= 6 and all(  # a UN summary's "JOSÉ ALVARADO PEÑA": a name
        t.isupper() and t.isalpha() and t.lower() not in ROLE_WORDS and t.lower() not in ORG_WORDS for t in tokens)
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        low = tok.lower().rstrip(".")
        if i < len(tokens) and (low in NAME_PARTICLES or _is_initial(tok)):
            i -= 1  # "bin", "al-", or a middle initial: "Robert L. Haskins"
            continue
        if _ends_name_run(tok) and not (low in ("sheikh", "shaikh") and _given_before(tokens, i - 1)):
            break  # (but "Hassan Sheikh Mohamud": a Somali name's middle word, after a given name)
        if tok.isupper() and len(tok) <= 4 and not tok.isalpha():
            break
        if tok.isupper() and len(tok) <= 5 and i == len(tokens) and len(tokens) > 1 and not shouted:
            break  # a trailing acronym ("... (CTED)") is an organisation, not a surname
        if tok.isupper() and len(tok) >= 2 and i < len(tokens) and (not tokens[i].isupper() or _is_initial(tokens[i])) \
                and not _family_name_first(tokens, i):
            break  # an acronym before a name: "Authority (NACTA) Khawaja Iftikhar Ahmed Durrani", "CIS ATC V.N. Melekhov"
        i -= 1
    mixed = not all(map(str.isupper, tokens[i:]))  # (map: no generator)
    name_tokens = [t.title() if mixed and t.isupper() and t.isalpha() and (len(t) > 2 or t in _PINYIN_SURNAMES)
                   else t for t in tokens[i:]]  # "MIZUNO Kaori" -> "Mizuno Kaori", "LI Hui" -> "Li Hui"
    office_and = i > 1 and tokens[i - 1].lower() == "and" and any(t.lower() in ("for", "of") for t in tokens[:i - 1])
    if len(name_tokens) >= 3 and i > 0 and (tokens[i - 1].lower() in _COMPLEMENT_START or office_and) and \
            not _is_initial(name_tokens[1]) and not _is_place(" ".join(name_tokens[:2])) and \
            (  # "... for National Security Marcus T. Ellery" keeps Marcus,
                tokens[i - 1].lower() in ("to", "of", "in", "for", "at", "the") or office_and or _office_word(name_tokens[0])):
        # and "Minister of State Security Nomsa Grace Mkhabela" keeps Nomsa
        i += 1  # "Ambassador to China Hamid Rahimi", "Director of Public Prosecutions Catherine Mwangi",
        name_tokens = tokens[i:]  # "Commissioner for Migration and Citizenship Petros Anagnostakis"
        while len(name_tokens) >= 3 and _office_word(name_tokens[0]):  # "... for Foreign Affairs and Security
            i += 1  # Policy Helena Kristoffersen": the office's last words too
            name_tokens = tokens[i:]
    if 0 < i < len(tokens) and tokens[i - 1] in ("to", "with") and len(name_tokens) <= 3:
        return " ".join(tokens), None  # "IMCTC Secretary-General to Asharq Al-Awsat": an outlet, no name
    after_honorific = i > 0 and tokens[i - 1].rstrip(".").lower() in ("mr", "mrs", "ms", "dr", "prof", "sir")
    while name_tokens and name_tokens[0].lower() in NAME_PARTICLES and not name_tokens[0][:1].isupper() and \
            not after_honorific:  # "de" before a name belongs to the role; "Du Hongyan", "Mr. van der Berg" are names
        name_tokens = name_tokens[1:]
    while len(name_tokens) > 2 and (name_tokens[0].lower() in ORG_WORDS or _is_place(name_tokens[0])
                                    or ABSTRACT_NOUN.search(name_tokens[0]) or _OFFICE_NOUN.match(name_tokens[0])
                                    or name_tokens[0].lower() in _OFFICE_DOMAINS):
        # "... and Citizenship Petros X", "... and Combating Corruption Aydin X", "... and Moroccan Expatriates Youssef X"
        i += 1  # "... of the SCO Secretariat Askar Zhumagulov", "Ambassador of Kazakhstan Yerlan Sadykov"
        name_tokens = tokens[i:]
    if len(name_tokens) > 3 and _is_place(" ".join(name_tokens[:2])):
        i += 2  # "Inspector General of Police of Sri Lanka Chandrasiri Abeywardena"
        name_tokens = tokens[i:]
    elif 0 < len(name_tokens) <= 2 and i > 0 and _is_place(" ".join(tokens[i - 1:])):
        return " ".join(tokens), None  # "President of Sri Lanka": the place ends the office, and no one is named
    elif len(name_tokens) > 2 and i > 0 and (_is_place(f"{tokens[i - 1]} {name_tokens[0]}") or
                                             f"{tokens[i - 1]} {name_tokens[0]}".lower() in _TWO_WORD_REGIONS):
        i += 1  # the same, when "Sri" was taken for part of the office
        name_tokens = tokens[i:]
    if len(name_tokens) > 3 and i > 0 and (tokens[i - 1].lower() in ORG_WORDS or tokens[i - 1].isupper()) and \
            _is_place_phrase(name_tokens[0]) and \
            not _is_place_phrase(" ".join(name_tokens[:2])):
        i += 1  # "Additional Inspector General of Police Karachi Javed Akhtar Lashari": the city is the office's
        name_tokens = tokens[i:]
    cut = next((j for j in range(len(name_tokens) - 3, -1, -1) if _institution_word(name_tokens[j])), None) \
        if len(name_tokens) >= 3 else None
    if cut is not None:  # "... the Financial Monitoring Service Gurbanmyrat Durdyyev", "... for Central Asia Marco X"
        i += cut + 1
        name_tokens = tokens[i:]
    role_tokens = tokens[:i]
    if "With" in role_tokens[:-1]:  # a headline's "X's Meeting With Chinese Vice Foreign Minister Y": Y's office only
        role_tokens = role_tokens[len(role_tokens) - role_tokens[::-1].index("With"):]
    role = _role_of(role_tokens)
    titles = MALAY_TITLES.match(" ".join(name_tokens)) if len(name_tokens) > 4 or (
        len(name_tokens) >= 3 and i > 0 and _HONORIFIC_BEFORE_SERI.fullmatch(tokens[i - 1])) else None  # "Dato' [Seri] X Y"
    if titles and len(name_tokens) - len(titles.group(0).split()) >= 2:
        i += len(titles.group(0).split())  # "Datuk (Seri) Khairul Anuar Mohd Shafie": with the office when long
        name_tokens = tokens[i:]
    if len(name_tokens) >= 3 and _TITLE_ONLY.match(name_tokens[0]) and \
            (titles := MALAY_TITLES.match(" ".join(t.title() for t in name_tokens))) is not None and \
            len(name_tokens) - len(titles.group(0).split()) >= 2:
        i += len(titles.group(0).split())  # "Datuk Seri X Y", "DATO PADUKA X Y Z": titles, in capitals too
        name_tokens = tokens[i:]
    if len(name_tokens) > 4 and len([t for t in name_tokens if not _is_initial(t) and t.lower() not in _NAME_JOINERS]) > 4:
        # "... Countering Violent Extremism Ali Rashid al-Nuaimi", "... Monitoring Service Elnur Tahir oglu Gasimli":
        # three names, with the particles and initials between them ("Zulkarnain bin Mohd Yusof")
        keep, names = 0, 0
        while keep < len(name_tokens) and names < 3:
            keep += 1
            names += not (_is_initial(name_tokens[-keep]) or name_tokens[-keep].lower() in _NAME_JOINERS)
        role = " ".join([*(role_tokens or []), *name_tokens[:-keep]]) or role
        name_tokens = name_tokens[-keep:]
    if len(name_tokens) == 4 and _PATRONYMIC_WORD.search(name_tokens[-2]) and i > 0:
        role = " ".join([*(role_tokens or []), name_tokens[0]])  # "... of the Oliy Majlis Dilnoza Bakhtiyorovna X": a
        name_tokens = name_tokens[1:]  # given name, a patronymic and a family name, and the body's last word before them
    if not name_tokens or all(t.lower() in ORG_WORDS for t in name_tokens):
        return role, None  # "Executive Director of the CICA Secretariat" names an office, not a person
    if i > 0 and len(name_tokens) == 1 and tokens[i - 1].lower() in _OFFICE_DOMAINS and _is_place(name_tokens[0]):
        return " ".join(tokens), None  # "Global Affairs Canada": a department's name, no one called Canada
    if i > 0 and len(name_tokens) == 1 and name_tokens[0].lower() in _OFFICE_DOMAINS:
        return " ".join(tokens), None  # "Canada's Minister of Public Safety": the office's domain, no surname
    if i > 0 and len(name_tokens) <= 2 and ABSTRACT_NOUN.search(name_tokens[-1]) and \
            (len(name_tokens) == 1 or tokens[i - 1].lower() in ("for", "of", "on", "against") or tokens[i - 1].endswith("ing")):
        return " ".join(tokens), None  # "... for International Cooperation", "... Countering Violent Extremism"
    if i > 0 and len(name_tokens) <= 2 and tokens[i - 1].lower() in ("for", "of", "and", "on") and \
            any(t.lower() in _ORG_HEADS for t in tokens[:i]):
        return " ".join(tokens), None  # "King Faisal Center for Research": the rest of a body's name
    if i > 1 and tokens[i - 1].lower() == "the" and len(name_tokens) == 1:
        return " ".join(tokens), None  # "President of the Office for the Protection of the Constitution": no one
    if i > 0 and tokens[i - 1] == "of" and any(t.lower() in ORG_WORDS and t.lower() not in _ACRONYM_ORGS
                                               for t in name_tokens):
        return " ".join(tokens), None  # "Secretary-General of the League of Arab States": a body, not a surname
    if len(name_tokens) <= 3 and i > 0 and any(t.lower() in _OFFICE_HEADS for t in role_tokens) and \
            (_is_place(" ".join(name_tokens)) or tokens[i - 1].lower() == "for" or (len(name_tokens) == 1 and
                                                  tokens[i - 1].lower() in ("of", "at", "in", "to", "from", "on"))):
        return " ".join(tokens), None  # "President of the Republic of Kazakhstan": a place, not a surname
    if i > 0 and name_tokens[-1].lower() in ("states", "nations", "countries", "emirates", "republics"):
        return " ".join(tokens), None  # "... of the Cooperation Council of Turkic Speaking States": a body's, no one
    if i > 0 and len(name_tokens) == 1 and name_tokens[0].lower() in _REGIONS:
        return " ".join(tokens), None  # "Special Representative for Central Asia": a region, not a surname
    if role is not None and role.rsplit(None, 1)[-1].lower() in ("for", "of"):
        return " ".join(tokens), None  # "the Conservative MP for South Derbyshire": what the office is for, no one
    if role is not None and (cut_titles := _TRAILING_TITLES.search(role)) is not None:
        role = role[:cut_titles.start()] or None  # "Home Minister Tan Sri X", "Minister Sheikh X": titles, no office
    return role, normalise_caps(" ".join(name_tokens))


_QUOTED_BEFORE_NAME = re.compile(r"[\"“«][^\"”»]{1,40}[\"”»](?=\s+[A-ZÀ-ÞĀ-Ž])")
# what an office is of, never a surname: "Minister of Public Safety", "Secretary for Home Affairs"
_OFFICE_DOMAINS = {"safety", "policy", "affairs", "defence", "defense", "justice", "health", "interior", "finance", "trade",
                   "police", "labour", "labor", "energy", "commerce", "industry", "emergencies", "welfare", "transport",
                   "culture", "youth", "sport", "sports", "agriculture", "immigration", "borders", "prosecutions",
                   "security", "intelligence", "investigations", "operations", "migration", "development", "education",
                   "information", "communications", "administration", "peace", "environment", "planning",
                   "religion", "women", "children", "water", "diplomacy", "relations", "protocol", "outreach", "issue",
                   "question", "apparatus", "crime", "rights", "municipalities", "communities", "minorities"}
# "Special Envoy for the Syrian Issue Tao Zhiqiang", "Head of the NAC Apparatus", "Minister for Security and Economic
# Crime X Y", "Minister of Interior and Municipalities"
_HEADING_NOUNS = {"interview", "speech", "address", "remarks", "statement", "message", "article", "briefing", "meeting",
                  "conference", "visit", "talks", "testimony"}


def _office_word(token: str) -> bool:
    """Whether a capitalised word belongs to an office, not to a name: "Prosecutions", "Affairs", "China"."""
    low = token.lower()
    return low in ORG_WORDS or low in _OFFICE_DOMAINS or bool(ABSTRACT_NOUN.match(token)) or _is_place(token)


_OWNER_WORD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][a-z]+['’]s$")  # "China's"


def _role_of(role_tokens: list[str]) -> str | None:
    """The office before a name, less articles and trailing titles: "China's Assistant Foreign Minister" ->
    "Assistant Foreign Minister"."""
    if not role_tokens:
        return None  # (a name alone)
    for i in range(1, min(4, len(role_tokens) - 1)):  # "Interview of the Head of the Center": the Head of the Center;
        # "Joint Press Conference of Foreign Minister": the Foreign Minister
        if role_tokens[i - 1].lower() in _HEADING_NOUNS and role_tokens[i].lower() in ("of", "by", "with"):
            role_tokens = role_tokens[i + 1:]
            break
    while role_tokens and role_tokens[0].lower() in ("the", "a", "an", "and", "by", "of", "as"):
        role_tokens = role_tokens[1:]
    while role_tokens and (_ABBREV_TITLE.match(role_tokens[-1]) or role_tokens[-1].lower() in ("the", "of")):
        role_tokens = role_tokens[:-1]
    if len(role_tokens) > 1 and _OWNER_WORD.match(role_tokens[0]):
        role_tokens = role_tokens[1:]
    return " ".join(role_tokens) or None


def _institution_word(token: str) -> bool:
    """A word that names a body or a region, never part of a person's name: "Service", "Secretariat", "Asia"."""
    low = token.lower().strip(".,")
    return (low in _ORG_HEADS and low not in _ACRONYM_ORGS) or low in _REGIONS


# titles a Malay or Bruneian name may carry before it: "Datuk Seri", "Tan Sri", "Dato Paduka Haji"
MALAY_TITLE = r"YAB|YBhg|YB|Datuk|Dato['’]?|Datin|Tan\s+Sri|Puan\s+Sri|Tun|Tengku|Haji|Hajjah|Hajah|Pehin|Seri|Sri|Paduka|" \
    r"Samdech|Pichey\s+Sena|Techo|Krolahom|Lok\s+Chumteav|Neak\s+Oknha|Oknha"  # and Cambodian ones
_HONORIFIC_BEFORE_SERI = re.compile(r"Datuk|Dato['’]?|Datin|Tun")  # "Seri" after them is a title too, not a given name
_MALAY_PREFIXES = {"wan", "nik", "megat", "syed", "sharifah"}  # part of a name: "Wan Abdul Bari Wan Ismail"
_NAME_JOINERS = NAME_PARTICLES | _MALAY_PREFIXES  # not counted among a name's given and family names
_TITLE_ONLY = re.compile(r"(?:Datuk|Dato['’]?|Datin|Paduka|Pehin|Haji|Hajjah|Hajah|Samdech|Pichey|Oknha)$",
                         re.IGNORECASE)  # never a given name
MALAY_TITLES = re.compile(rf"^(?:(?:{MALAY_TITLE})\s+)+(?=[A-Z])")
# the same titles, and Gulf ones, left at the end of an office: "Home Minister Tan [Sri X]", "Minister Sheikh [X]"
_TRAILING_TITLES = re.compile(rf"(?:^|\s+)(?:(?:{MALAY_TITLE}|Tan|Sheikh|Sheikha|Shaikh|HH|H\.H\.|His\s+Highness|"
                              r"Her\s+Highness)(?:\s+|$))+$")
_REGIONS = {"asia", "africa", "europe", "america", "americas", "oceania", "caucasus", "balkans", "sahel", "maghreb",
            "levant", "arctic", "pacific", "atlantic"}
# a Mongolian-style name, initial of the father's name glued to the given name: "S.Enkhbold", "Ts.Gankhuleg"
GLUED_INITIAL = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][a-z]?\.){1,2}[A-ZÀ-ÞĀ-Ž][a-z\u00C0-\u024F'’]+(?:-[A-ZÀ-ÞĀ-Ž][a-z]+)?")
_DATED = re.compile(r"\s+(?:of|on)\s+\d{1,2}\s+[A-ZÀ-ÞĀ-Ž][a-z]+\s+\d{4}$|\s+(?:of|on)\s+"
                    r"[A-ZÀ-ÞĀ-Ž][a-z]+\s+\d{1,2},?\s+\d{4}$")
_ACRONYM_INSIDE = re.compile(r"\s*\((?P<acr>[A-ZÀ-ÞĀ-Ž][A-Za-z&.]{1,9})\)(?=\s)")
_ACRONYM_PAREN = re.compile(r"\s*\((?P<acr>[A-ZÀ-ÞĀ-Ž][A-Za-z&.-]{1,11})\)\s*$")  # "(SADC)", "(ALBA-TCP)"
_OFFICE_HEADS = {"director", "secretary", "secretary-general", "minister", "president", "chairman", "chair",
                 "head", "chief", "commander", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
                 "representative", "coordinator", "adviser", "advisor", "governor", "deputy", "director-general"}
_ORG_HEADS = ORG_WORDS - {"white", "house", "news", "state", "states", "republic", "kingdom", "emirates", "times", "post"}


LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)  # "the", "a" or "an" opening a phrase


def org_phrase(phrase: str) -> tuple[str | None, str | None, str | None]:
    """A named body as the text gives it, its acronym and a descriptor: "Russia's Federal Security Service
    (FSB)" -> ("Russia's Federal Security Service", "FSB", None); "Singaporean newspaper Lianhe Zaobao" ->
    ("Lianhe Zaobao", None, "Singaporean newspaper"); a person -> (None, None, None)."""
    text = " ".join(phrase.split())
    m = _ACRONYM_PAREN.search(text) if "(" in text else None  # (both acronym patterns need a bracket)
    acronym = m.group("acr") if m else None
    if m:
        text = text[:m.start()]
    inner = _ACRONYM_INSIDE.search(text) if "(" in text else None  # "the Regional Anti-Terrorist Structure (RATS) of the SCO"
    if inner:
        acronym = acronym or inner.group("acr")
        text = text[:inner.start()] + text[inner.end():]
    text = LEADING_ARTICLE.sub("", text).strip(" ,")
    if text[-1:].isdecimal():  # (a year ends each date _DATED takes; the text is one line)
        text = _DATED.sub("", text)  # "The European Council of 18 December 2015" is the European Council
    words = text.split()
    if not words or not words[0][:1].isupper() or len(words) > 10:
        return None, None, None
    if " of " in text and text.split(" of ", 1)[0].split()[-1].lower() in _OFFICE_HEADS:
        return None, None, None  # "Executive Director of the CICA Secretariat" is an office, not a body
    located = _IN_PLACE.search(text) if " in " in text else None  # (its words are one space apart)
    if located and org_phrase(text[:located.start()])[0] == text[:located.start()] and \
            _is_place_phrase(located.group("place")):
        return text, acronym, None  # "Chinese Embassy in France", "Consulate-General in St. Petersburg"
    head = words[-1].lower().strip(".,")
    link = " of " if " of " in text else " for " if " for " in text else None
    if link:  # "Armed Forces of the Philippines", "Council of the European Union", "Agency for International ..."
        left = text.split(link, 1)[0].split()
        if left and left[-1].lower() in _ORG_HEADS and all(w[:1].isupper() for w in left):
            return text, acronym, None
        if len(left) > 1 and left[1].lower() in _ORG_HEADS and all(w[:1].isupper() or w in ("for", "the", "and")
                                                                   for w in left) and words[-1][:1].isupper():
            return text, acronym, None  # "Bolivarian Alliance for the Peoples of Our America"
    if head not in _ORG_HEADS and len(words) >= 3 and all(w[:1].isupper() for w in words) and \
            (at := max((i for i, w in enumerate(words[:-1]) if w.lower() in _ORG_HEADS), default=-1)) >= 0 and \
            len(words) - at - 1 <= 3 and (_is_place_phrase(words[-1]) or words[at + 1] in _COMPASS):
        return text, acronym, None  # "Naval Forces Western Mindanao", "Police Regional Office Bangsamoro": a body and
        # the region it serves
    if not (head in _ORG_HEADS or (len(words) == 1 and text.isupper() and 2 <= len(text) <= 8)):
        return None, None, None
    if words[-1][:1].isupper():  # a proper name after a lower-case descriptor: "Singaporean newspaper X"
        lower = [i for i, w in enumerate(words) if w[:1].islower() and w not in ("of", "for", "and", "on", "de", "the")]
        if lower:
            cut = lower[-1] + 1
            return " ".join(words[cut:]), acronym, " ".join(words[:cut])
    return text, acronym, None


_COMPASS = {"Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West"}
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>(?:the\s+)?[A-ZÀ-ÞĀ-Ž][\w.'’ -]{1,40})$")


@lru_cache(maxsize=1)
def _places() -> ModuleType:
    """The gazetteer's module, imported on the first call rather than with this one (and then not again on every
    call, as an import statement in a function would)."""
    import bot.facts.ingest.places as places

    return places


def _is_place_phrase(text: str) -> bool:
    return _places().canonical_place(text) is not None


_PATRONYMIC_WORD = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
_TWO_WORD_REGIONS = {"middle east", "near east", "far east"}  # "Minister for the Middle East Caroline Mayhew"


@lru_cache(maxsize=8192)  # a name's words and word pairs, asked about in every office before a name
def _is_place(word: str) -> bool:
    """A country's name: "Kazakhstan" in "Ambassador of Kazakhstan Yerlan Sadykov" is no part of the name."""
    places = _places()
    return word.lower() in places.countries() or (" " in word and places.is_country(word))  # and by its official name: "Viet Nam"


@lru_cache(maxsize=8192)  # the same few names are asked about again and again in a document
def is_org_name(name: str) -> bool:
    """A named body (a ministry, an organisation, an outlet) rather than a person."""
    words = [w.strip(".,") for w in name.split()]
    if len(words) > 2 and words[0].lower() in ("representative", "delegate", "delegation") and words[1] == "of":
        return False  # "representative of the Russian Federation": a person, who speaks for a state
    return any((w.lower() in ORG_WORDS or (w[-1:] == "s" and w[:-1].lower() in _ORG_HEADS))  # "Security Councils"
               and (w.lower() not in _ACRONYM_ORGS or w.isupper()) for w in words) or \
        (len(words) == 1 and name.isupper() and len(name) >= 2) or \
        any(w.startswith("Anti-") for w in words)  # "Anti-Money Laundering ... Unit" (a "Force" is in ORG_WORDS)


# bodies known by their initials: only in capitals ("NIA"), never a name that spells the same ("Nia Pritchard")
_ACRONYM_ORGS = {"fsb", "sbu", "cia", "fbi", "nia", "isi", "cttc", "afp", "ap", "bbc", "cnn", "cri", "cgtn", "ria", "tass"}


@dataclass
class Person:
    """A speaker known in one document."""

    name: str
    role: str | None = None
    is_org: bool = False
    gender: str | None = None  # "m" or "f" when the text makes it clear
    office: str | None = None  # a counterpart's office, from the one they are the counterpart of: "Interior Minister"
    namesake: bool = False  # named with "no relation": the surname alone means the other one

    def __eq__(self, other: object) -> bool:
        """The generated comparison, field by field, without building two tuples first: `in` on a registry's lists
        compares many."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.role == other.role and self.is_org == other.is_org and \
            self.gender == other.gender and self.office == other.office and self.namesake == other.namesake


@dataclass
class Registry:
    """The speakers of one document: full names, their roles, and what "he" or "the minister" refers to."""

    people: list[Person] = field(default_factory=list)
    last_person: Person | None = None
    last_group: str | None = None
    recent: list[Person] = field(default_factory=list)  # people in order of their last mention
    aliases: dict[str, Person] = field(default_factory=dict)  # acronym key -> body
    last_org: Person | None = None  # the body last named as a speaker
    tokens: dict[str, list[Person]] = field(default_factory=dict)  # name word -> people with that word

    def _index(self, person: Person) -> None:
        for token in _key(person.name).split():
            bucket = self.tokens.setdefault(token, [])
            if person not in bucket:
                bucket.append(person)

    def mention(self, person: Person, cue: str = "") -> None:
        """Note that `person` was just mentioned; `cue` is the mention text, for gender cues."""
        if person.gender is None and (cue or person.role):
            person.gender = _gender(cue) or _role_gender(person.role or "")
        if not self.recent or self.recent[-1] is not person:
            if person in self.recent:
                self.recent.remove(person)
            self.recent.append(person)
        self.last_person = person

    def pronoun(self, word: str) -> Person | None:
        """The person "he" or "she" most likely refers to: the latest mentioned one of a compatible gender."""
        gender = {"he": "m", "she": "f"}.get(word)
        for person in reversed(self.recent):
            if (person.is_org and gender is not None and is_org_name(person.name)) or \
                    (gender is not None and person.name.split()[-1].lower() in _DOCUMENT_WORDS):
                continue  # "he" and "she" are people, never a ministry, an agency or the "Xiamen Declaration"
            if person.gender is None or gender is None or person.gender == gender:
                if gender and person.gender is None:
                    person.gender = gender
                return person
        return None

    def add(self, name: str, role: str | None = None) -> Person:
        """Register (or find) a full name, keeping the first role given."""
        found = self.find(name)
        if found is not None:
            if len(name.split()) > len(found.name.split()) and not found.is_org:
                found.name = name  # the fuller name wins
                self._index(found)
            if role and (not found.role or (found.role in role and len(role) > len(found.role))):
                found.role = role  # the first role given, or a fuller form of it: "Minister" -> "Minister of Justice"
            return found
        person = Person(name, role, is_org_name(name))
        self.people.append(person)
        self._index(person)
        return person

    def find(self, name: str) -> Person | None:
        """The known speaker a name, surname or title + surname refers to."""
        key = _key(name)
        if not key:
            return None
        if key in self.aliases:
            return self.aliases[key]
        tokens = key.split()
        bare = len(tokens) == 1  # a surname with no title
        # "Datuk Azmi" is Azmi Rahmat, named without titles (each opens with d, p, h, s or o, lower-cased by _key)
        while len(tokens) > 1 and tokens[0][:1] in "dphso" and _TITLE_ONLY.match(tokens[0]):
            tokens = tokens[1:]
            key = " ".join(tokens)
        candidates = self.tokens.get(tokens[0], [])
        if not candidates and tokens[-1] not in self.tokens:
            return None  # no known name has its first word, nor its last: none of the ways below finds one
        wanted = set(tokens)
        matches: list[Person] = []
        for p in candidates:  # the first whose whole key is this one, else every person's with all its words
            known = _key(p.name)
            if known == key:
                return p
            if not p.is_org and wanted <= set(known.split()):
                matches.append(p)
        if not matches and len(tokens) > 1:  # "A.N. Lukyanets" and "Andrei Nikolaevich Lukyanets": one person
            matches = [p for p in self.tokens.get(tokens[-1], []) if not p.is_org and _same_initials(tokens, _key(p.name))]
        if not matches and len(tokens) > 1:  # a headline's "Foreign Minister al-Obaidi", then his full name
            tail = " ".join(tokens[-2:]) if tokens[-2] in NAME_PARTICLES else tokens[-1]  # "Al Shammakh" met first
            surname_only = [p for p in self.tokens.get(tokens[-1], []) if not p.is_org and _key(p.name) in (tokens[-1], tail)]
            if len(surname_only) == 1:
                surname_only[0].name = " ".join(name.split()[-len(tokens):])  # known by the fuller name from now on
                self._index(surname_only[0])
                return surname_only[0]
        if len(matches) <= 1:
            return matches[0] if matches else None
        if bare:  # "Osmonaliev" of a minister and a lawmaker "Talant Osmonaliev - no relation -" (a title may tell them
            # apart: "Senator Hartigan")
            matches = [p for p in matches if not p.namesake] or matches
        surname = [p for p in matches if _key(p.name).split()[-1] == tokens[-1]]
        if len(surname) == 1:  # "Mr Abdi" is the one whose last name is Abdi
            return surname[0]
        given = [p for p in matches if _key(p.name).split()[0] == tokens[-1]] if not surname and len(tokens) == 1 else []
        if len(given) == 1 and all(_fathers_name(_key(p.name).split(), tokens[-1]) for p in matches if p is not given[0]):
            return given[0]  # "Sheikh Fahad" is Fahad bin Jabor, not Jassim bin Fahad (his father's name)
        recent = [p for p in reversed(self.recent) if p in matches]  # two Khans: the one last mentioned
        return recent[0] if recent else matches[0]

    def known_token(self, token: str) -> bool:
        """Whether a word is part of a known name (a cheap test before `find`)."""
        return token.casefold() in self.tokens

    def alias(self, alias: str, person: Person) -> None:
        """Let another name (an acronym) find `person`."""
        self.aliases[_key(alias)] = person

    def newest_first(self) -> list[Person]:
        """Everyone known, the most recently mentioned first, then the rest from the latest added."""
        return list(reversed(self.recent + [q for q in self.people if q not in self.recent]))

    def by_org(self, noun: str) -> Person | None:
        """The most recent named body whose name contains `noun` ("the ministry" -> "Foreign Ministry")."""
        noun = noun.lower()
        for p in reversed(self.people):
            if p.is_org and noun in p.name.lower() and _whole_word(noun).search(p.name.lower()):
                return p  # a whole word: "the commission" is no "Commissioner"
        return None

    def by_office(self, office: str) -> Person | None:
        """The most recent person whose role is this office ("Secretary of the Security Council"), or holds all
        its words ("the Director of the Executive Committee" for a "Director of the RATS SCO Executive Committee")."""
        words = {w for w in _OFFICE_TOKEN.findall(office.lower()) if w not in ("the", "of", "for", "and")}
        people = self.newest_first()
        exact = office.lower()
        for p in people:  # the office exactly first: "Minister of the Interior", not a "Federal Minister of the Interior, ..."
            if not p.is_org and exact in ((p.role or "").lower(), (p.office or "").lower()):
                return p
        for p in people:
            held = f"{p.role or ''} {p.office or ''}".lower()
            if not p.is_org and held.strip() and words <= set(_OFFICE_TOKEN.findall(held)):
                return p
        return None

    def by_initials(self, acronym: str) -> Person | None:
        """The most recent person whose office those initials spell from its start ("the NSA": a National
        Security Adviser; not "the MEA" for a spokesperson of the Ministry of External Affairs)."""
        low = acronym.lower()
        for p in self.newest_first():
            if not p.is_org and p.role and acronym not in p.role and low in _role_initials(p.role, leading=True):
                return p
        for p in self.newest_first():  # "the IGP" for an "Inspector General of Sindh Police": one word of place between
            capitals = "".join(w[0] for w in _CAPITALISED_WORD.findall(p.role or "")).lower()
            if not p.is_org and acronym not in (p.role or "") and len(capitals) == len(low) + 1 and capitals[0] == low[0] and \
                    capitals[-1] == low[-1] and \
                    any(capitals[:k] + capitals[k + 1:] == low for k in range(1, len(capitals) - 1)):
                return p
        return None

    def by_role(self, noun: str, *qualifiers: str, deputies: bool = False) -> Person | None:
        """The most recent speaker whose role contains `noun` ("the minister" -> a minister); with qualifiers
        ("the Iranian interior minister"), only one whose role, office or name carries them all. A deputy's office
        counts only with `deputies` ("the chairman of the meeting" may be a deputy chairman of his agency)."""
        country_of_demonym = _places().country_of_demonym
        noun = noun.lower()
        people = self.newest_first()
        for qualifier in qualifiers:
            stem = qualifier.lower()[:5]
            if qualifier[:1].isupper():  # "the Afghan envoy": Afghanistan's ambassador, not the ambassador to Afghanistan
                country = (country_of_demonym(qualifier) or "").lower()  # "the Chinese Ambassador": "Ambassador of
                country = country if country[:4] == stem[:4] else ""  # the People's Republic of China" (a regular
                # nationality word only: not "American", which names too many offices to choose from)
                people = [p for p in people if stem in (held := f"{_OWN_PART.sub('', p.role or '')} {p.office or ''} "
                                                                f"{p.name}".lower()) or (country and country in held)]
            else:
                people = [p for p in people if stem in f"{p.role or ''} {p.office or ''} {p.name}".lower()]
        qualifier = qualifiers[-1] if qualifiers else None
        if not deputies and SECOND_IN_LINE.isdisjoint(q.lower() for q in qualifiers):  # "the chairman": no deputy
            people = [p for p in people if not _second_in_line(p.role or "", noun)]
        for p in people:
            if not p.is_org and p.role and (noun in _role_head(p.role) or (p.office and noun in _role_head(p.office))):
                return p  # "the minister": a minister, or "his Iranian counterpart" of an interior minister
        for p in people:  # "the envoy" for an ambassador or a high commissioner
            if not p.is_org and p.role and any(title in p.role.lower() for title in _ROLE_SYNONYMS.get(noun, ())):
                return p
        for p in people:  # "the prosecutor" for a Director of Public Prosecutions
            if not p.is_org and p.role and len(noun) > 5 and _word_start(noun[:-2]).search(p.role.lower()):
                return p
        if 3 <= len(noun) <= 5 and noun not in ROLE_WORDS:  # "the acting IGP": an Inspector General of Police
            for p in people:
                if not p.is_org and p.role and noun in _role_initials(p.role):
                    return p
        persons = [p for p in people if not p.is_org]
        # the only person the qualifier fits: "the Uzbek minister" introduced as "his Uzbek counterpart", "the Nacta
        # chief" whose office is at Nacta (a country's "chief" may be someone the page never names)
        if qualifier and len(persons) == 1 and ("counterpart" in (persons[0].role or "").lower() or
                                                 (noun in _HEAD_NOUNS and qualifier[:1].isupper() and persons[0].role
                                                  and not _is_place(qualifier))):
            return persons[0]
        return None


_HEAD_NOUNS = {"chief", "head", "boss", "leader"}


@lru_cache(maxsize=512)  # one pattern per role noun ("commission", "minister"), compiled once
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=512)
def _word_start(stem: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(stem)}")


_OFFICE_TOKEN = re.compile(r"[\w'’-]+")
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z]+")
_LETTER_WORD = re.compile(r"[A-Za-z]+")
_OWN_PART = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?[A-ZÀ-ÞĀ-Ž].*$")  # "Chinese Ambassador [to Afghanistan]"
_DIPLOMATS = ("ambassador", "high commissioner", "envoy", "consul", "chargé d'affaires", "charge d'affaires")
_ROLE_SYNONYMS = {"envoy": _DIPLOMATS, "diplomat": (*_DIPLOMATS, "counsellor", "counselor", "attaché", "attache",
                                                    "foreign affairs", "foreign minister", "representative")}
# a royal title, but not one naming a place or an institution: "Prince of Songkla University", "King Abdulaziz Airport"
_NOT_ROYAL = (r"(?!\s+of\b)(?![^,.;]{0,40}\b(?:University|College|School|Hospital|Airport|Institute|Centre|Center|Port|"
              r"Street|Road))")
_FEMALE = re.compile(r"\b(?:Ms|Mrs|Madam|Madame)\b\.?|\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|sister|mother|"
                     r"wife)\b|\b(?:queen|princess)\b" + _NOT_ROYAL, re.IGNORECASE)
_MALE = re.compile(r"\bMr\b\.?|\b(?:spokesman|congressman|businessman|brother|father|husband)\b|\b(?:king|prince)\b"
                   + _NOT_ROYAL, re.IGNORECASE)


@lru_cache(maxsize=4096)
def _role_gender(role: str) -> str | None:
    return _gender(role) if role else None


# words each pattern needs one of (lower-cased): a cheap test before it
_FEMALE_WORDS = ("ms", "mrs", "madam", "woman", "sister", "mother", "wife", "queen", "princess")
_MALE_WORDS = ("mr", "sman", "brother", "father", "husband", "king", "prince")  # ("sman": spokesman, congressman, businessman)


@lru_cache(maxsize=4096)  # the cues are short and come back: "Mr ", "Ms ", a role
def _gender(text: str) -> str | None:
    low, plain = text.lower(), plain_folds(text)
    female = (not plain or any(map(low.__contains__, _FEMALE_WORDS))) and _FEMALE.search(text) is not None
    male = (not plain or any(map(low.__contains__, _MALE_WORDS))) and _MALE.search(text) is not None
    return "f" if female and not male else "m" if male and not female else None


_ROLE_COMPLEMENT = re.compile(r"\s+(?:of|for|at|to|in|with)\s+")


def _role_initials(role: str, leading: bool = False) -> set[str]:
    """The initials of every run of a role's words: "Chief of Army Staff" -> "coas", "cas", ...;
    "Inspector General of Police (Acting)" -> "igp", ..."""
    words = _LETTER_WORD.findall(role)
    out = set()
    for start in range(min(len(words), 2) if leading else len(words)):  # leading: "Nigeria's National Security ..."
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            out.add("".join(w[0] for w in run).lower())
            out.add("".join(w[0] for w in run if w[0].isupper()).lower())
    return out


_DOCUMENT_WORDS = frozenset({"declaration", "statement", "communique", "communiqué", "convention", "resolution", "report",
                             "strategy", "plan", "agreement", "treaty", "charter", "memorandum"})


SECOND_IN_LINE = frozenset({"deputy", "vice", "assistant"})


def _second_in_line(role: str, noun: str) -> bool:
    """Whether a role is the deputy of the office `noun` names: "Deputy Chairman of the GKNB" for "chairman"."""
    head = _role_head(role)
    return noun in head and head.index(noun) > 0 and head[head.index(noun) - 1] in SECOND_IN_LINE


def _role_head(role: str) -> list[str]:
    """The words of a role before its complement: "spokeswoman for the task force" -> ["spokeswoman"]; of each
    office a role joins with "and the": "deputy chief of the General Staff and the Tajik director of the exercise"."""
    return [w.strip(",.") for office in _SECOND_OFFICE.split(role.lower())
            for w in _ROLE_COMPLEMENT.split(office, maxsplit=1)[0].split()]


_SECOND_OFFICE = re.compile(r",?\s+and\s+the\s+")


def _same_initials(tokens: list[str], other: str) -> bool:
    """Whether two names share a surname and one gives the other's first names as initials."""
    theirs = other.split()
    if len(theirs) < 2 or theirs[-1] != tokens[-1]:
        return False
    given, other_given = tokens[:-1], theirs[:-1]
    if not given or not other_given:
        return False
    if all(_initial(t) for t in other_given):
        given, other_given = other_given, given
    return all(_initial(t) for t in given) and len(given) <= len(other_given) and \
        all(w.startswith(t) for t, w in zip(given, other_given, strict=False))


_DIGRAPH_INITIALS = {"ye", "yu", "ya", "yo", "zh", "kh", "ts", "ch", "sh"}  # "Ye.I. Shelestov" is Yevgeny Ilyich Shelestov


def _initial(token: str) -> bool:
    """Whether a name's token is an initial: one letter, or a transliterated Russian digraph ("Ye", "Zh")."""
    return len(token) == 1 or token in _DIGRAPH_INITIALS


_DOTTED_I = {ord("ı"): "i", 0x307: None}  # Turkish dotless and dotted i: "DEMIRTAŞLI" is "Demirtaşlı", "İnan" is "Inan"


_KEY_TITLES = ("mr", "ms", "dr", "prof", "gen", "col", "sen", "rep", "gov", "amb", "prince", "sheikh", "shaikh")  # in each title
_KEY_TITLE = re.compile(r"\b(?:mr|mrs|ms|dr|prof|gen|col|sen|rep|gov|amb|prince|princess|sheikh|shaikh)\.?\s+", re.IGNORECASE)
_KEY_MARK = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    if not plain_folds(name) or any(map(name.lower().__contains__, _KEY_TITLES)):  # (else no _KEY_TITLE)
        name = _KEY_TITLE.sub("", name)
    folded = name.casefold()
    if "ı" in folded or "\u0307" in folded:
        folded = folded.translate(_DOTTED_I)
    return " ".join(_KEY_MARK.sub(" ", folded).split())
