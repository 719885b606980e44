"""Page layout: lines of a captured page classified as prose, headings, speaker labels or furniture.

Captured news pages keep their menus, language bars, tickers, share widgets, photo credits and pagination.
None of that is ever a statement or a searchable passage; this module tells them apart from prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from bot.facts.ingest.dates import char_rarity, contains_any, plain_folds
from bot.facts.ingest.places import canonical_place
from bot.facts.ingest.sentences import DATELINE_PREFIX, may_open_with_dateline, split_sentences

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# an ASCII line's bytes with the digits and "_'.-" a word may hold after its first letter deleted, and every other
# byte but a letter made a space: then its split() runs are the words _WORD finds (a run of digits and marks vanishes)
_WORD_LETTERS = bytes(c if c < 128 and chr(c).isalpha() else 32 for c in range(256))
_WORD_MARKS = b"0123456789_'.-"


def _word_count(text: str) -> int:
    """len(_WORD.findall(text)), without building the words of an ASCII line."""
    if text.isascii():
        return len(text.encode().translate(_WORD_LETTERS, _WORD_MARKS).split())
    return len(_WORD.findall(text))


_TERMINALS = frozenset(".!?…:;\"”’»)]")


def _terminal(stripped: str) -> bool:
    """Whether a stripped line ends like a sentence (or a quotation, or a label)."""
    return bool(stripped) and (stripped[-1] in _TERMINALS or stripped.endswith(("; and", "; or")))  # list items
_LABEL = re.compile(
    r"^(?:(?:Reporter|Correspondent|Journalist|Question|Q)\s+(?:from|of|with|by)\s+(?:the\s+)?|"  # "Reporter from Legal Daily:"
    r"(?P<dash>(?:Question|Q)\s*[–—]\s*)(?=[A-ZÀ-ÞĀ-Ž][\w.'’-]*\s+[A-ZÀ-ÞĀ-Ž][^:]{0,60}\([^)]{2,40}\)\s*:))?"  # "Question –
    # X Y (Outlet):"
    r"(?P<label>(?:Q|A|Question|Answer|Supplementary\s+[Qq]uestion)|(?:(?:al|el)-(?=[A-ZÀ-ÞĀ-Ž]))?[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:/[A-Z]{2,4}(?=\s))?(?:(?:\s+|,\s+(?=[A-ZÀ-ÞĀ-Ž]|\d{1,3}\.[a-z]{2,3}\s*:))(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]*|of|the|for|and|"
    r"(?:al|el|bin|ibn|van|von|de|der|du|da)(?:-[\w'’]+|(?=\s))|\([A-Z][\w&.-]{1,12}(?:\s(?:[A-Z][\w&.-]{1,12}|&|and)){0,4}\)(?=,)|"
    # "Qassim Hadi al-Jaburi:", "HR/VP Corvalán-Dupré:", "Joint Secretary (IOR), Smt. Meera Kulkarni:", "Joint Secretary
    # (Counter Terrorism), Shri X:", "Joint Secretary (BIMSTEC & SAARC), Smt. X:"
    r"\d{1,3}(?:\.[a-z]{2,3})?(?=\s*:))){0,15}|"  # "Khabar 24:", "X Y, 24.kg:"; "JAMES R. CALLISTER, US SPECIAL ...:"
    r"[A-ZÀ-ÞĀ-Ž]{2,}(?:\s*[/&]\s*[A-ZÀ-ÞĀ-Ž]{2,})?|\d{1,4}\.[a-z]{2,4}|"  # and a news site named by its domain: "24.kg:"
    r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’-]+){1,3}\s*/\s*[A-ZÀ-ÞĀ-Ž][\w.'’&-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’&-]*){0,3})"
    # a journalist and the outlet: "ROSALIE VILLANUEVA/DZBB:"
    r"(?:\s+(?:reporter|correspondent|journalist|news\s+agency|agency|newspaper))?"  # "CCTV reporter: ...", "Question
    # from Kazinform news agency: ..."
    r"\s*(?:[(\[](?P<paren>[^)\]]{1,60})[)\]])?(?:\s*\((?:for|on\s+behalf\s+of)\s[^()]{3,80}\))?\s*:\s*(?P<rest>.*)$",
    re.DOTALL,
)
_JOURNALIST_OUTLET = re.compile(r"(?P<name>[^/\s]+(?:\s+[^/\s]+)+?)\s*/\s*(?P<outlet>[^/]+)")
_Q_DOT = re.compile(r"^(?P<label>Q|A|Question|Answer)\.\s+(?:[\[(](?P<paren>[^\])]{1,60})[\])]\s*)?(?P<rest>\S.*)$",
                    re.DOTALL)  # "Q. [EFE] ...", "Q. (AFP) ...", and a Spanish paper's "Question. ..." / "Answer. ..."
_FURNITURE_PHRASES = re.compile(
    r"^(?:suggest to a friend|print|e-?mail|share|share this|comments?|most read|most popular|we recommend|"
    r"key words?|related (?:news|stories|articles)|back to (?:the )?(?:all )?(?:news|top)|"
    r"home(?!\s+(?:secretary|office|minister|ministry|affairs|guard))|top|next|previous|"
    r"prev|more|read more|read next|read also|also read|see also|top stories|latest|trending|other news|"
    r"editor'?s? choice|off the wire|follow us|"
    r"follow\s+[^.]{2,60}?\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube|telegram|whatsapp|vk)|subscribe|"
    r"advertisement|tags?|source|"
    r"you are here|adjust font size|font size|close|login|sign in|register|copyright|all rights reserved|"
    r"for information media|not an official record|(?:the\s+)?interview\s+was\s+conducted\s+by|"
    r"reporting by|editing by|writing by|our standards|"
    r"\d+\s+min(?:ute)?s?\s+read)\b",
    re.IGNORECASE,
)
# a transcript's closing note: "The press conference ended at 11:30 a.m."
_CLOSING_LINE = re.compile(r"^(?:the\s+)?(?:press\s+conference|news\s+conference|briefing|meeting|session)\s+"
                           r"(?:ended|concluded|closed|was\s+(?:closed|adjourned)|"
                           r"(?:began|started|opened)\s+at\s+[\d:.]+\s*[ap]\.?m\.?\s+and\s+(?:ended|closed|adjourned))\b"
                           r"|^[A-Z][\w-]+\s+session,\s+\d+(?:st|nd|rd|th)\b[^.]*\bMeetings?\b",  # "Seventy-first session, 1st
                           re.IGNORECASE)  # & 2nd Meetings (AM & PM)": a UN release's meeting line
_CREDIT_START = re.compile(
    r"\(?(?-i:[A-Z][A-Za-z]{1,14}\s+)?(?:photo|photos|file photo|video|graphic)\s*(?:/|:|by)|\(?(?:web )?editors?\s*:|"
    r"\(for the latest", re.IGNORECASE
)
# a transcript's or a signed article's introduction, or a print-edition note: "Below is the transcript."
_INTRO_LINE = re.compile(r"^(?:the\s+following\s+(?:are|is)\s+(?:the\s+|an?\s+)?"
                         r"(?:(?:unofficial|official|edited|abridged|verbatim)\s+)?(?:excerpts?|(?:full\s+)?(?:text|transcript))|(?:edited\s+)?excerpts?(?=:$)|"
                         r"below\s+is\s+(?:the\s+|an?\s+)?(?:edited\s+)?(?:full\s+)?(?:text|transcript|excerpt)|"
                         r"this\s+is\s+(?:the\s+|an?\s+)?(?:edited\s+|abridged\s+|partial\s+)?(?:full\s+)?transcript|"
                         r"(?:full\s+)?(?:text|transcript)\s+of\s+the\s+(?:article|speech|statement|interview|briefing|"
                         r"press\s+conference|message|address|remarks|letter)|"
                         r"(?:here\s+(?:is|are)\s+)?(?:(?:edited|the)\s+)?excerpts?\s+(?:of|from)\s+the\s+"
                         r"(?:interview|conversation|speech|remarks|transcript)|following\s+(?:is|are)\s+(?:the\s+|an?\s+)?(?:edited\s+)?(?:full\s+)?"
                         r"(?:text|transcript|excerpts?)|"
                         r"(?:the\s+)?(?:full\s+)?text\s+(?:of\s+[\w ]{3,40}?\s+)?is\s+(?:as\s+follows|"
                         r"(?:published\s+|given\s+|printed\s+)?below)|"
                         r"published\s+in\s+(?:the\s+)?[A-Z][\w ]{2,40},\s+[A-Z][a-z]+\s+\d{1,2}\w*,?\s+\d{4})"
                         r"\b[^.:]{0,60}[.:]?$",
                         re.IGNORECASE)


_INTRO_WORDS = ("text", "excerpt", "transcript", "published")  # one is in every form of it, lower-cased


def _intro_line(text: str) -> bool:
    # every form of it opens with one of these letters and names one of its words (each in the lower-cased text when
    # it has plain folds)
    if text[:1] in "tTbBfFpPeEhH" and (not plain_folds(text) or any(map(text.lower().__contains__, _INTRO_WORDS))) and \
            _INTRO_LINE.match(text) is not None:
        return True
    return ("edited" in text or "publishes" in text) and _EDITORS_SENTENCE.match(text) is not None


# the editors' own sentence at the end of a story paragraph: "The interview has been edited for length.", "Kabar
# publishes the full transcript."
_EDITORS_SENTENCE = re.compile(r"(?:(?:[Tt]he|[Tt]his)\s+(?:interview|conversation|transcript|text)\s+(?:has\s+been|was)\s+"
                               r"(?:lightly\s+|slightly\s+)?(?:edited|condensed|abridged)\b|"
                               r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+publishes\s+(?:the\s+|its\s+)?(?:full\s+)?"
                               r"(?:text|transcript)\b)[^.]{0,80}\.?$")


# lines that are the page's, whatever follows: "RELATED STORY: ...", "Topics: ...", "Editor's note: ...",
# "Feedback: Send us your feedback.", "This article was published more than 6 years ago."
_LABELLED_FURNITURE = re.compile(
    r"(?i:related(?:\s+(?:stor(?:y|ies)|links?|articles?|videos?|coverage|content|topics?))?|topics?|subjects|tags?|feedback|"
    r"read(?:\s+(?:more|also|next))?|downloads?|attachments?|watch|listen|(?:photo\s+|video\s+)?gallery|trends|"
    r"editor['’]?s['’]?\s+note|notes?\s+(?:to|for)\s+editors|photo|photograph|picture|image|caption|"
    # "Reference: The RATS was ...", "PULL QUOTE: ...", "Address: 100115, Tashkent, ..."
    r"(?:image|photo|picture)\s+credit|(?:for\s+)?reference|fact\s*(?:box|file)|pull\s+quote|address|disclaimer|latest|"
    r"breaking\s+news|top\s+news|trending(?:\s+now)?|about\s+the\s+(?:author|writer)|edited\s+by|compiled\s+by)\s*:\s"
    r"|\((?i:the\s+)?(?i:briefing|press\s+conference|meeting|session|hearing)\s+(?i:concluded|ended|adjourned|lasted)\b[^()]*\)$"
    r"|(?:\(|[—–-]\s*)?(?i:the\s+(?:author|writer)\s+is)\b"  # "(The author is the Ambassador of ...)", "—The writer is"
    r"|\((?i:the\s+(?:article|interview|text|speech|op-ed)\s+(?:was|has\s+been)\s+(?:first\s+|originally\s+)?(?:published|"
    r"written|conducted|edited|translated|recorded|condensed))\b"
    # a promo: "(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)"
    r"|\((?i:catch|follow|get|download)\s+(?i:all\s+the\s+|the\s+)?(?:[^()]{0,80}\s)?(?i:news|updates)\b[^()]*\)\.?$"
    r"|\((?i:delivered\s+(?:at|in|on|by)|as\s+delivered)\b"  # "(Delivered at the Simón Bolívar Room, OAS Main Building)"
    r"|(?i:translated\s+from\s+)[A-Z]\w+(?:\s+by\s+[^.]{2,60})?\.?$"  # "Translated from French by RFI English."
    r"|(?i:this\s+(?:article|story|page)\s+was\s+(?:first\s+)?published\s+(?:more\s+than\s+)?\w+\s+(?:years?|months?)\s+"
    r"ago)\b"
    # an opinion page's notes: "This op-ed first appeared in the Daily Nation on ...", "Opinion articles reflect the views
    # of their authors, ..."
    r"|(?i:this\s+(?:op-?ed|article|commentary|column|piece)\s+(?:was\s+)?(?:first|originally)\s+(?:published|appeared))\b"
    r"|(?i:opinion\s+(?:articles?|pieces?|columns?)\s+reflect)\b"
)
# the characters every match of _LABELLED_FURNITURE opens with: its words' first letters in either case (and "ſ",
# "ı", "İ", which a case-insensitive "s" or "i" takes), a bracket or a dash
_LABELLED_FIRST = frozenset("ABCDEFGILNOPRSTVWabcdefgilnoprstvw\u0130\u0131\u017f(—–-")
# and two more of the page's lines, apart so that only the lines with their word try them: "Reuters staff contributed
# reporting", "(Pajhwok publishes press releases as received. ...)"
_CONTRIBUTED_LINE = re.compile(r"(?:(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]*|writers?|reporters?|correspondents?|journalists?)\s+){1,6}"
                               r"contributed\s+(?:(?:reporting|to\s+this\s+(?:report|story|article))\b|from\s+(?=[A-Z]))")
# ("Associated Press writer X Y contributed from Kabul, Afghanistan.")
_AS_RECEIVED = re.compile(r"\(?(?:[A-ZÀ-ÞĀ-Ž][\w.-]*\s+){1,3}publishes\s+(?i:press\s+releases|statements)\s+as\s+received\b")
# a site's notices about itself, its transcript or its rights: "Transcript by Federal News Service, Washington, D.C.",
# "Members present: Mr X (Chair); ...", "Authorised by the Hon X MP, Minister for ...", "An official website of the
# United States government", "Copying ... without written permission is prohibited", "When quoting ... a hyperlink to
# ... is required", "X is a Registered Charity (No. 210639)", "The Parliament of Australia acknowledges the traditional
# owners of country ..."
_NOTICE_WORDS = contains_any(("transcript", "present", "authori", "official", "permission", "quoting", "citing",
                              "charity", "traditional", "signed", "editorial", "reproduced", "listen"))
# how _PAGE_NOTICE's forms open (but "a" and "an", followed by a space); its charity and traditional owners' forms
# need those words instead
_NOTICE_OPENINGS = ("transcript", "members", "authori", "this", "the", "editorial", "signed", "copying", "reproduction",
                    "republication", "redistribution", "publication", "when", "listen")


def _may_be_notice(text: str, low: str) -> bool:
    """False only where _PAGE_NOTICE cannot match `text` (`low` is text.lower()): a cheap test before _NOTICE_WORDS.
    (A text with a letter a case-insensitive pattern folds otherwise than lower() does is always tried.)"""
    return low.startswith(_NOTICE_OPENINGS) or (low[:1] == "a" and (low[1:2].isspace() or (
        low[1:2] == "n" and low[2:3].isspace()))) or "charity" in low or "traditional" in low or not plain_folds(text)


_PAGE_NOTICE = re.compile(
    r"(?i:transcript\s+(?:by|provided\s+by|prepared\s+by)\s+(?-i:[A-Z])|members\s+present\s*:|authori[sz]ed\s+by\s+"
    r"(?:the\s+)?(?-i:[A-Z])|(?:this\s+is\s+)?an?\s+official\s+(?:[\w.-]+\s+){0,6}?(?:website|web\s+site|site)\b|"
    r"signed\s+by\s+(?:the\s+)?(?-i:[A-Z])[^.]{0,200}\.?$|(?:the\s+)?editorial\s+(?:board|office|staff|team)\s+(?:may|does)\s+"
    r"not\s+(?:necessarily\s+)?share\b|"  # "Signed by the Ministers of ...", "The editorial board may not share ..."
    r"(?:copying|reproduction|republication|redistribution|publication)\b[^.]{0,160}?\bwithout\b[^.]{0,80}?\b"
    r"(?:permission|consent)\b|when\s+(?:quoting|citing|using)\b[^.]{0,240}?\b(?:hyper)?links?\b|"
    r"this\s+(?:content|article|story|material)\s+(?:has\s+been|was|is)\s+(?:reproduced|republished)\s+from\b|"
    r"listen\s+again\s*:)"  # "This content has been reproduced from its original source.", "Listen again: <programme>"
    r"|[^.]{0,80}?\b(?i:is\s+a\s+registered\s+charity|acknowledges?\s+(?:the\s+)?traditional\s+(?:owners|custodians))\b")
# a photo caption closed by its agency's credit: "... in Dhaka on July 2, 2016. (Kyodo)"
_CAPTION_CREDITED = re.compile(r"^[^\"“”?:]+(?:\.\s+\((?!(?i:laugh|applause|inaudible|crosstalk|pause|translat|off|"
                               r"cheers|sic|end|video|audio|unintelligible)\w*)(?:[A-Z][\w.&/ -]{1,25})\)|"
                               r"\s\([A-Z][\w.&'’ -]{1,30}/[A-Z][\w.' -]{2,30}\)|"  # "..., May 20, 2019 (Outlet/Name)"
                               # "... on December 20 (Petra photo)", "... on Tuesday (Nov. 19, 2019). (PNA photo by X Y)"
                               r"\s\([A-Z][\w.&'’ -]{1,30}\s(?i:photo|file\s+photo)(?:\s+by\s+[A-Z][\w.'’ -]{2,40})?\))$")
# (not "Q: ...? (Reuters)", nor a transcript's "(Laughs)")
_CREDIT_MARKS = ("[photo", "[file photo", "[file:", "(file:", "[video", "[graphic", "(photo", "(file photo", "©",
                 "additional reporting by", "(image:", "[image:", "[picture", "(picture by", "(picture:")
_FURNITURE_ANYWHERE = ("adjust font size", "font size:", "suggest to a friend", "all rights reserved", "click here",
                       "certificate of registration", "registration certificate", "unless otherwise noted, the content",
                       "search the news centre", "[go]", "good journalism costs", "for continued free access to",
                       "support independent journalism", "support our journalism",
                       "follow us on", "share this article", "share this story", "views expressed are those of",
                       "views expressed in this", "do not necessarily reflect",
                       "solely those of the author", "this article was amended",
                       "this article has been amended", "this story has been updated to",
                       "this article has been updated to", "contributed to this report", "live page is no longer",
                       "is merely an allegation", "are merely accusations", "read the full op-ed",
                       "premium period", "cover image:", "for further information please contact",
                       "has not been edited by", "auto-generated from a syndicated feed", "readers' comments",
                       "keep their comments", "without permission is prohibited", "reproduction in whole or in part",
                       "does not endorse external", "content may be reused under", "all rights to the materials",
                       "reproduction is allowed only", "on facebook, follow @", "content owned by",
                       "we use some essential cookies", "we use cookies", "should not be construed as an endorsement",
                       "office of website management", "this press release is based on information available",
                       "this story has not been edited", "auto-generated from", "news desk,",
                       "not responsible for the content of external", "this article originally appeared in",
                       "version of the interview was published", "version of this interview was published",
                       "version of this article was published", "only the spoken version is authentic",
                       "this transcript has been prepared by", "content on this site is licensed",
                       "is licensed under creative commons", "an earlier version of this article",
                       "an earlier version of this story", "all quotes delayed", "list of exchanges and delays",
                       "hours ahead of gmt", "hours behind gmt", "listen duration", "skip to main content",
                       "a link to the site is required", "link to the source is required", "a service of the u.s.",
                       "when reprinting materials", "when using the materials of",
                       "content owned, maintained and updated by", "certificate of registration no",
                       "do not necessarily state or reflect",
                       "is now on telegram", "delivered to your inbox", "get news updates from",
                       "afford costly news subscriptions", "high-quality journalism", "freely accessible to all",
                       "best viewed with internet explorer", "distributed by apo group on behalf of",
                       "distributed by the african press organization", "discuss this issue with other readers",
                       "licensed under a creative commons", "translation of an article originally published",
                       "good journalism costs a lot of money", "full text of the interview is published in")
# boilerplate that real sentences can contain too: only on short lines
_FURNITURE_SHORT = ("copyright", "all rights reserved", "subscribe to", "subscribe for", "subscription", "newsletter",
                    "download the", "'s telegram channel", "good journalism costs",
                    "(from the website of", "subscribe here", "video of the press conference", "(un web tv",
                    "don't miss", "when citing", "please contact", "media enquiries", "media inquiries", "sign up for",
                    "for the latest news", "website contains only", "edited for length and clarity",
                    "edited for clarity and length", "edited for brevity", "(the transcript has been edited",
                    "(the transcript has been abridged", "this report was prepared by", "translated and edited by",
                    "translated by", "translated from the", "translation:", "go to forum",
                    "on twitter and facebook", "if you have a facebook account", "photo gallery of the",
                    "translator's note", "translator’s note", "the photo shows", "edited for clarity",
                    "generated automatically and edited", "check the audio before quoting", "categories:", "sources: ",
                    "open this photo in gallery", "contains parliamentary information licensed",
                    "the content you requested does not exist", "not been checked against the recording",
                    "website content managed by", "content managed by", "designed, developed and hosted by",
                    "a version of this article appears in print", "this article appeared in print",
                    "designed and developed by", "site hosted by", "uses cookies", "higher resolution are",
                    "banned in russia", "outlawed in russia", "prohibited in russia", "website can also be accessed",
                    "presents the full text of", "photo: courtesy", "photo courtesy", "assalamualaikum",
                    "wassalamualaikum", "appears in the print on", "a version of this story appears",
                    "site is hosted by", "information is provided and updated by", "international broadcaster",
                    "is the international service of", "comments on this article are", "published in the print edition",
                    "press office via email", "(pdf, ", "check against delivery",
                    "english version by", "continue reading this article", "commenting for this story is",
                    "become a fan and comment", "for more information, please visit", "on facebook, twitter",
                    "(transcript by", "was held on the record", "lightly edited for clarity", "views expressed above",
                    "this summary was prepared by", "this is a breaking news update", "earlier story is below",
                    "this is a developing story", "check back for updates", "follow the latest updates",
                    "refresh the page for", "(update ", "interviewed by ",
                    "don't necessarily reflect", "full video of the", "watch the full interview",
                    "if you have a specific expertise", "questions on other topics have been omitted",
                    "for all the latest", "track latest news", "for insightful reports and views",
                    "choose which", "can be found here", "(follow ", "identifying information on the",
                    "photo caption:", "published from a wire agency feed", "only the headline has been changed",
                    "stringer based in", "from left)", "(twitter/@", "part of the stabilisation and association process",
                    "other materials of the section", "when using materials", "stay on top of", "download it now",
                    "[image]", "(attn:", "assalaam alaikum", "assalamu alaikum", "the meeting began at", "also speaking were",
                    "(the full text of", "like this story?", "share it with a friend", "how does this make you feel?",
                    "the news and media division of thomson reuters", "the transcript is as follows",
                    "assalam-u-alaikum", "parliamentary debates (hansard)", "a hyperlink to", "set additional cookies",
                    "keep up to date with what", "this article was first published in", "photo | ", "on twitter @",
                    "this article was originally published in", "digest is prepared by the press service",
                    "pic by ", "video recording of the press conference is available", "news app for your")
_EMAIL_BYLINE = re.compile(r"^By\s+[A-ZÀ-ÞĀ-Ž][\w.'’ -]{2,60}\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$")  # "By X (x@paper.com)"
# "By Nadia Brennecke, a staff writer at Foreign Policy.", "By Dana Whitcombe, Foreign Policy's Middle East correspondent."
_DESCRIBED_BYLINE = re.compile(r"By\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3},\s+(?:an?\s+|the\s+|"
                               r"[A-ZÀ-ÞĀ-Ž][\w'’ ]{1,30}['’]s\s+)[^.]{3,100}\.?$")
# a record's "(The President cut off the speaker)", "(Applause)", "(... under Rule 162(8))": no sentence of anyone's
_STAGE_NOTE = re.compile(r"\([A-ZÀ-ÞĀ-Ž](?:[^()\"“”.!?]|\.(?=\d)|\(\w{1,4}\)){1,150}\)")
_DONE_AT = re.compile(r"Done\s+(?:at|in)\s+[A-ZÀ-ÞĀ-Ž][\w'’ -]{1,40},?\s+(?:on\s+|this\s+)?[^.]{3,60}\.?$")  # a communiqué's
# signing formula: "Done at Accra, this 6th day of November 2019."
_CONTRIBUTED = re.compile(r"\b(?:writers?|correspondents?|reporters?|agencies)\b.*\bcontributed"
                          r"(?:\s+to\s+this\s+(?:report|story)|\s+to\s+the\s+story)?\.?\)?\s*$", re.IGNORECASE)
_CREDIT_NAME = r"[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3}"
# "X reported from Brussels, and Y from Paris.", "Z contributed reporting from Paris.": a story's credits
_CREDIT_PLACE = r"[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:,?\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,3}"
# "CGTN's Lin Qiaoyu reports from Beijing.": a broadcaster's correspondent line
_REPORTS_FROM = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w&.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w&.-]*){0,3}['’]s\s+" + _CREDIT_NAME +
                           r"\s+reports?\s+from\s+" + _CREDIT_PLACE + r"\.?$")
# an op-ed's sign-off: "X Y, a retired Air Vice Marshal, writes from Abuja."
_WRITES_FROM = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){0,3}(?:,\s+[^.;:\"“”]{3,120},)?\s+writes\s+from\s+"
                          + _CREDIT_PLACE + r"\.?$")
_ONE_CREDIT = (rf"{_CREDIT_NAME}\s+(?:contributed\s+reporting|reported)\s+from\s+{_CREDIT_PLACE}"
               rf"(?:,?\s+and\s+{_CREDIT_NAME}(?:\s+(?:contributed\s+reporting|reported))?\s+from\s+{_CREDIT_PLACE})?\.?")
_REPORTING_CREDIT = re.compile(rf"^{_ONE_CREDIT}(?:\s+{_ONE_CREDIT})*$")  # one credit or several on one line
_AGENCY_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?:\([^)]*\))?$")  # "mkg/rt (dpa, AFP, Reuters)"


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A yes/no `match` for any of the literal words at the start of a text, written as a prefix tree
    ("c(?:hannel|iting|lick|o(?:...": one branch tried per character instead of every word, the commonest characters'
    first); the same texts match as with startswith(words)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        if "" in node:  # a shorter word is enough for a match
            return ""
        branches = [re.escape(ch) + pattern(child)
                    for ch, child in sorted(node.items(), key=lambda kv: (char_rarity(kv[0]), kv[0]))]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(pattern(tree))


# the phrase lists as searches: true exactly when one of their phrases is in the text, so they never need their own
# lists to keep in step with them
_WIDGET_WORDS = contains_any((*_FURNITURE_ANYWHERE, *_FURNITURE_SHORT))
_ANYWHERE_WORDS = contains_any(_FURNITURE_ANYWHERE)
_SHORT_WORDS = _any_of(_FURNITURE_SHORT)  # its `match` is startswith(_FURNITURE_SHORT), one branch tried per character
_LINKS_HEADER = re.compile(r"^(?:related(?:\s+(?:[\w-]+\s+){0,2}(?:articles|stories|news|content|coverage|materials|links|"
                           r"posts|publications|reading|items|statements|speeches|remarks|documents|releases|videos|information|"
                           r"briefings|transcripts|interviews))?|read\s+(?:more|also|next)|"
                           r"more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|recommended|most\s+read|"
                           r"more\s+from\s+[\w' ]{2,40}|you\s+may\s+(?:also\s+)?like(?:\s+this)?|"
                           r"you\s+may\s+also\s+like|other\s+news(?:\s+in\s+this\s+section)?|newsgrams|"
                           r"(?:other|latest|more)\s+(?:(?:statements|speeches|news|stories|articles|interviews|materials|briefings|"
                           r"transcripts|releases|videos|publications)(?:\s+and\s+|\b)){1,2}"
                           r"(?:\s+of\s+the\s+(?:leadership|secretary[\s-]general|minister|head))?"
                           r"(?:\s+(?:on\s+this\s+(?:topic|subject|issue)|in\s+this\s+section))?|"
                           r"for\s+(?:further|more)\s+information,?(?:\s+please)?(?:\s+contact)?|"
                           r"(?:media|press)\s+(?:contacts?|enquiries|inquiries))\s*:?$", re.IGNORECASE)  # and contact blocks
_COMMENTS_HEADER = re.compile(r"^(?:(?:\d+\s+)?(?:reader'?s'?\s+)?comments?(?:\s*\(\d+\)|\s*[-–:]\s*\d+)?|"
                             r"\d+\s+(?:thoughts?|responses?|"
                             r"replies|comments)\s+(?:on|to)\s+.+|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|"
                             r"(?:readers'?\s+)?comments\s+are\s+(?:closed|moderated)\b.*)"
                             r"(?:\s+(?:sort|order)\s+by\b.*)?\s*:?$", re.IGNORECASE)  # ("COMMENTS (214)  Sort by: Newest")
_QUOTE_OR_SAID = re.compile(r"[\"“”]|\b(?:said|says|told|according)\b")
_PHOTO_CREDIT_LINE = re.compile(r"^(?:\[(?:Photo|Image)\]\s*)?(?:[A-ZÀ-ÞĀ-Ž][\w.]*\s+){0,2}Photos?\s*(?:/|:|by)\s*"
                                r"[A-ZÀ-ÞĀ-Ž][\w .'-]{1,50}$")  # "UN Photo/Loey Felipe"
# an agency's photographer: "UNICEF/Delil Souleiman", "UNHCR/Andrew McConnell"
_ACRONYM_CREDIT_LINE = re.compile(r"^[A-Z]{2,10}(?:[-/][A-Z]{2,10})?\s*/\s*[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3}$")
_IMAGE_CREDIT = re.compile(r"^(?:image|photo|picture)\s+credit\s*:", re.IGNORECASE)
_AUTHOR_BIO = re.compile(r"^(?:[-–—*]\s*)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+"
                         r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3}\s+is\s+an?\s+(?:[\w-]+\s+){0,5}(?i:fellow|researcher|"
                         r"analyst|professor|lecturer|journalist|writer|columnist|correspondent|consultant|scholar|"
                         r"editor|reporter|contributor|producer)\b")
_NAMED_BIO = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3}\s+(?:is|was)\s")  # with its disclaimer
# "(Xinhua/Wang Fan)", "(Alfredo Estrella/AFP/Getty Images)"
_AGENCY_CREDIT = re.compile(r"[(\[][A-ZÀ-ÞĀ-Ž][\w .-]{1,30}(?:/ ?[A-ZÀ-ÞĀ-Ž][\w .-]{1,40}){1,3}[)\]]\s*$"
                            r"|\[(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+){1,3}|File|Photo|Courtesy),\s+"
                            r"[A-ZÀ-ÞĀ-Ž][\w&.'’ -]{1,30}\]\s*$")
# and "[Samuel Kahiga Ndirangu, Standard]": a photographer and their paper


def _credit_or_widget(text: str, whole_line: bool = True, low: str | None = None) -> bool:
    """Photo credits, copyright lines and share widgets, wherever they sit in the line (`text` may be only the
    end of a long line, and then the boilerplate that real sentences can contain does not count); `low` is
    text.lower() if the caller has it."""
    if low is None:
        low = text.lower()
    if ("[" in low or "(" in low or "©" in low) and any(map(low.__contains__, _CREDIT_MARKS)):  # map: no generator
        return True
    if text[-1:] in (")", "]") and _AGENCY_CREDIT.search(text, max(0, len(text) - 90)):
        return True
    if ("/" in text and _AGENCY_INITIALS.match(text)) or \
            (len(text) < 220 and "contributed" in text and _CONTRIBUTED.search(text)):
        return True
    # a whole short line may hold a phrase of either list anywhere; otherwise only one of the first list counts, or
    # a whole line that opens with one of the second
    if whole_line and len(text) < 150:
        if _WIDGET_WORDS.search(low) is not None:
            return True
    elif _ANYWHERE_WORDS.search(low) is not None or (whole_line and _SHORT_WORDS.match(low) is not None):
        return True
    # every credit opening names a photo, video or graphic, has a colon, or is "(for the latest"
    return ("photo" in low or "deo" in low or "graph" in low or ":" in text or "(for" in low) and \
        _CREDIT_START.match(text) is not None
_MEDIA_DURATION = re.compile(r"\(\d{1,2}:\d\d(?::\d\d)?\)$")  # an audio or video link: "Interview with X (10:42)"
# a caption closed by its credit: "HE X Y, Ambassador of Kazakhstan to Qatar. PICTURE: Noushad Karim"
CAPTION_PICTURE = re.compile(r"[.)]\s+(?:PICTURE|PHOTO|Picture|Photo|Pic)\s*:\s*[A-ZÀ-ÞĀ-Ž][\w .'’/-]{2,50}$")
# a line that only introduces the text under it: "Here is the full text of the address:"
_TEXT_INTRO = re.compile(r"^(?:Here\s+is|Below\s+is|The\s+following\s+is)\s+the\s+(?:full\s+)?text\s+of\s+[^.:]{3,80}[:.]?$")
# a gallery's caption: "Photo 1 of 3: X receives Y", "Photo 2: X holds talks with Y" (not an outlet's "Photo 24.kg. X")
_PHOTO_OF = re.compile(r"^Photo\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*(?:[:-]|\.(?=\s))")
_ROSTER_HEADER = re.compile(r"^(?:speakers|panel(?:l)?ists|participants|the\s+panel|chair(?:ed\s+by)?)\s*:?$", re.IGNORECASE)
# a Russian outlet's note on a group it must call banned: '* The "Islamic State" is a terrorist organization banned in Russia'
_BANNED_NOTE = re.compile(r"^\*\s*(?:The\s+)?[\"“«]?[\w\s'’-]{2,60}[\"”»]?\s+(?:\([^)]{1,40}\)\s+)?(?:is|are)\s+(?:an?\s+)?"
                          r"(?:terrorist|extremist)\b[^.]{0,60}\bbanned\b")
# a UN meetings-coverage header: "Security Council / 8530th Meeting (AM & PM)", "8263RD MEETING (AM)"
_MEETING_NUMBER = re.compile(r"(?:^|/\s*)\d+(?:st|nd|rd|th|ST|ND|RD|TH)\s+(?:Meeting|MEETING)\s+\((?:AM|PM)(?:\s*&\s*PM)?\)$")
# a caption's closing tag of where and when: "Beijing, 22 May 2018.", "Astana, July 4, 2019."
_PLACE_DAY_TAG = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2},\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
                            r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\.?$")


def _one_sentence(text: str) -> bool:
    """Whether a line is one sentence, or one and the place and day it shows ("... Member States. Beijing, 22 May 2018.")."""
    spans = split_sentences(text)
    return len(spans) == 1 or (len(spans) == 2 and _PLACE_DAY_TAG.match(text[spans[1][0]:spans[1][1]]) is not None)


_DASH_ATTRIBUTION = re.compile(r"[\"”»]\s*[—–-]{1,2}\s*[A-ZÀ-ÞĀ-Ž]")
_BREADCRUMB = re.compile(r"(?:home|news)\s*[/>»]", re.IGNORECASE)
_PAGINATION = re.compile(r"^(?:[\d\s|<>«»/.-]|next|prev(?:ious)?|page|first|last)+$", re.IGNORECASE)
_TIMESTAMP_ONLY = re.compile(
    r"^(?:(?:updated|published|posted|source|by|editor|date|delivered\s+on|first\s+published|last\s+updated)\b[^.]{0,80}|[\d\s:/.,-]+(?:[ap]\.?m\.?)?|"
    r"[\d.,]+\s*[kKmM]?)$",
    re.IGNORECASE,
)
# the characters other than digits and whitespace that a match of each of them can open with (its case-insensitive
# letters included: "ſ" is an "s"): a cheap test before them
_PAGINATION_FIRST = frozenset("|<>«»/.-nNpPfFlL")
_TIMESTAMP_FIRST = frozenset(":/.,-uUpPsSbBeEdDfFlLſ")

# a line of dates and times only: "Wed Sep 18, 2019 05:21PM [Updated: Wed Sep 18, 2019 06:40PM]"
_DATE_LINE = re.compile(r"^(?:(?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
                        r"(?:last\s+)?updated:?|published:?|posted:?|gmt|utc|\d+(?::\d+)*(?:\s*[ap]\.?m\.?)?)"
                        r"[\s,\[\]()|/-]*)+$", re.IGNORECASE)


# not frozen, for speed (a frozen dataclass's __init__ sets each field through object.__setattr__: ~1 us more a Line),
# but never changed once made: build a new Line or use dataclasses.replace; it hashes by its fields as before
@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One non-blank line of the page with its role and [start, end) span in the text."""

    start: int
    end: int
    kind: str  # prose | heading | label | furniture
    label: str | None = None  # for kind == "label": the speaker label ("Liu Zhenmin", "Q", "CRI")
    label_note: str | None = None  # text in parentheses after a label: "Q (Reuters):"
    body_start: int | None = None  # for an inline label "Name: text", where the text starts
    deck: bool = False  # furniture that is the deck under a story's headline: no statement, but it sets the scene


_BRACKETED_BUTTONS = re.compile(r"^(?:\[[^\]]{1,40}\]\s*){2,}$")
# Vietnamese letters ("Nguyệt") are Latin too; the set twice rather than "+", so that findall skips to where it matches
_NON_LATIN_WORD = re.compile(r"[^\s\u0000-\u024F\u1E00-\u1EFF][^\s\u0000-\u024F\u1E00-\u1EFF]*")


def _non_latin_words(text: str) -> int:
    return 0 if text.isascii() else len(_NON_LATIN_WORD.findall(text))


# "(Interview conducted by CGTN's Dialogue team. Video edited by X.)": the production credits in brackets
_SLASH_CREDIT = re.compile(r"^\((?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s*){1,4}/\s*[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,3}"
                           r"(?:/\d{1,4})?\)$")  # "(ANTARA FOTO/Bayu Prasetyo Nugroho/17)"
# a photo caption: where each person stands ("X (second left), Y (centre) and Z inspect ..."), or what they do in the
# present tense on a past day ("X speaks to journalists at NATO headquarters in Brussels on November 18.")
_CAPTION_POSITION = re.compile(r"\((?:(?i:second|third|fourth|2nd|3rd|4th|far|front|back|top|bottom)\s+)?"
                               r"(?i:left|right|centre|center)\)|\((?:[2-4](?:nd|rd|th)\s+)?[LRC]\)|\(L-R\)|\((?i:from\s+left)\)")
_PRESENT_CAPTION = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*[\s,]+){1,12}?(?:speaks|talks|gestures|attends|arrives|poses|listens|looks\s+on|"
    r"shakes\s+hands|waves|delivers|addresses|inspects|walks|chats|salutes|greets|(?:is|are)\s+seen)\b[^.!?\"“”]{0,200}"
    r"\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"(?:\s+\d{4})?)\.$")
_PAREN_CREDIT = re.compile(r"^\([^()]{0,200}\b(?:conducted|edited|produced|translated|compiled|filmed|transcribed)\s+by\b"
                           r"[^()]{0,200}\)$|^\[[^\[\]]{3,80}\bin\s+the\s+Chair\]$"  # "[Sir X in the Chair]"
                           r"|^\((?:Source|Sources|Via)\s*:[^()]{1,150}\)$"  # "(Source: Ministry of X)"
                           r"|^\((?:Corrects|Updates|Adds|Recasts|Fixes|This\s+version\s+of\s+the\s+(?:story|article)\s+"
                           r"(?:corrects|updates|adds))\b[^()]{0,200}\)$"  # a wire story's correction note
                           r"|^\((?:The\s+)?(?:briefing|press\s+conference|news\s+conference|meeting|session)\s+(?:was\s+)?"
                           r"(?:concluded|ended|adjourned)\b[^()]{0,80}\)$"  # "(The briefing was concluded ...)"
                           r"|^\((?:reporting|writing|editing|reported|written)\s+by\s[^()]{2,150}\)$"  # "(Reporting by X in Y)"
                           r"|^\((?:with\s+)?inputs?\s+from\s[^()]{2,150}\)$"  # "(With inputs from X in New Delhi)"
                           r"|^\(by\s+(?-i:[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+)+)(?:(?:,|\s+and)\s+"
                           r"(?-i:[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]+)+))*\)$"  # "(By X Y and Z W)"
                           r"|^\([^()]{2,100}\balso\s+contributed\s+to\s+this\s+(?:story|report|article)\.?\)$",
                           re.IGNORECASE)


# an editor's note in square brackets on a line of its own: "[The prepared statement of Mr. X follows:]",
# "[Whereupon, at 3:42 p.m., the subcommittee was adjourned.]", "[Proceedings continue in camera]"
_BRACKETED_NOTE = re.compile(r"^\[[^\[\]\"“”]{3,200}\]$")
_POSTAL_MARK = re.compile(r"\bNo\.\s*\d|\b\d{5,6}\b|\bP\.?\s?O\.?\s+Box\b|^\d{1,4}[A-Z]?,?\s+[A-Z][\w'’-]*\s+(?:Street|"
                          r"Road|Avenue|Crescent|Close|Way|Lane|Drive|Boulevard)\b", re.IGNORECASE)
# (and a house number before the street: "53, Mambolo Street, Wuse Zone 2, Abuja, Nigeria.")
_MASTHEAD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.&-]*(?:,?\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.&-]*|of|the|and|for|on|&)){0,12}\s+\([A-Z]{2,8}\)$")
# a related item's title with its date in brackets: "India and Central Asia: Connecting the dots (Mar 14, 2016)"
_DATED_TITLE = re.compile(r"^(?!(?:Transcript|Remarks|Statement|Speech|Address|Briefing|Press|Text|Opening|Closing|Keynote|"
                          r"Interview)\b)[A-ZÀ-ÞĀ-Ž\"“][^.!]{5,150}\s\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+"
                          r"\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4})\)$")
_LIST_HEADER = re.compile(r"^(?:Recent|Latest|More|Other|Popular|Previous|Trending|Featured)\s+(?:[A-Za-z]+\s+){0,3}"
                          r"(?:[A-Z][a-z]+s|[a-z]+s)$")  # the header of a list of links: "Recent Press Releases"
# a site's terms of reuse: "When using the materials, a link to valdaiclub.com is required."
_REUSE_NOTE = re.compile(r"^(?:when\s+(?:using|quoting|reprinting|citing)|(?:any\s+)?(?:reprinting|republishing|reproduction|"
                         r"use)\s+of)\b[^.]{0,80}\b(?:link|reference)\b(?:[^.]|\.(?=\S)){0,60}\b(?:is|are)\s+(?:required|mandatory|"
                         r"obligatory)\b", re.IGNORECASE)


def _postal_address(text: str) -> bool:
    """A street address: "Wisma BERNAMA, No.28, Jalan 1/65A, Off Jalan Tun Razak, 50400 Kuala Lumpur, Malaysia."
    (comma-separated capitalised parts with a house number or a postcode, and no sentence in it)."""
    return len(text) < 200 and text.count(",") >= 3 and _POSTAL_MARK.search(text) is not None and \
        sum(word[0].islower() for word in _WORD.findall(text)) <= 1


def classify_line(text: str) -> str:
    """prose, heading or furniture for a line of text (labels are found separately)."""
    stripped = text.strip()
    first, last = stripped[:1], stripped[-1:]
    # each pattern only after a cheap test its every match passes: a ":", "contributed", "(", "this" or dash opening,
    # a closing ")", an opening bracket; and a wire photo's "FILE - " caption
    colon = ":" in stripped
    low = stripped.lower() if len(stripped) < 400 else None  # (what the tests of shorter lines read)
    if (first in _LABELLED_FIRST and (colon or first in "(tTO—–-" or "contributed" in stripped or "publishes" in stripped)
            and _LABELLED_FURNITURE.match(stripped)) \
            or ("contributed" in stripped and _CONTRIBUTED_LINE.match(stripped)) \
            or (low is not None and _may_be_notice(stripped, low) and _NOTICE_WORDS.search(low)
                and _PAGE_NOTICE.match(stripped)) \
            or ("publishes" in stripped and _AS_RECEIVED.match(stripped)) \
            or (len(stripped) < 300 and last == ")" and _CAPTION_CREDITED.match(stripped)
                and not _QUOTE_OR_SAID.search(stripped)) \
            or (first in "([" and _PAREN_CREDIT.match(stripped)) \
            or (first == "(" and last == ")" and _STAGE_NOTE.fullmatch(stripped)) \
            or (first == "[" and _BRACKETED_NOTE.match(stripped)) \
            or stripped.startswith(("FILE - ", "FILE – ", "FILE — ", "FILE PHOTO")) \
            or ("@" in stripped and _EMAIL_BYLINE.match(stripped)) \
            or (stripped[:3] == "By " and _DESCRIBED_BYLINE.match(stripped)) \
            or (stripped[:5] == "Done " and _DONE_AT.match(stripped)) \
            or (len(stripped) < 120 and stripped[:4] in ("Here", "Belo", "The ") and _TEXT_INTRO.match(stripped)) \
            or (len(stripped) < 300 and ":" in stripped[-60:] and CAPTION_PICTURE.search(stripped)) \
            or ("report" in stripped and (_REPORTING_CREDIT.match(stripped) or _REPORTS_FROM.match(stripped))) \
            or (len(stripped) < 200 and " writes from " in stripped and _WRITES_FROM.match(stripped)) \
            or (len(stripped) < 400 and (("(" in stripped and _CAPTION_POSITION.search(stripped)) or
                                         (last == "." and _PRESENT_CAPTION.match(stripped)))
                and not _QUOTE_OR_SAID.search(stripped) and "--" not in stripped):
        return "furniture"
    if len(stripped) > 150 and (("|" not in stripped and "•" not in stripped and not colon) or
                                stripped.count("•") + stripped.count("|") + stripped.count(" :: ") < 2) and \
            _terminal(stripped) \
            and (stripped.isascii() or not _non_latin_words(stripped[:80])):  # (isascii: no slice to test)
        # a long paragraph is prose unless it ends in a credit (or is a broadcaster's acknowledgement of country);
        # skip the costly checks
        if _credit_or_widget(stripped[-120:], whole_line=len(stripped) < 220) or \
                (len(stripped) < 220 and _credit_or_widget(stripped[:120], whole_line=False)) or \
                _SHORT_WORDS.match(stripped[:80].lower()) or "Traditional Custodians" in stripped or \
                (first in "([" and _credit_or_widget(stripped[:120])):  # "(Additional reporting by ...; Editing by ...)"
            return "furniture"
        return "prose"  # (it ends like a sentence: tested above)
    digit_first = first.isdecimal()  # (a line stripped of its whitespace opens with none)
    if _credit_or_widget(stripped, low=low) or ((digit_first or first in _PAGINATION_FIRST) and _PAGINATION.match(stripped)) \
            or ((digit_first or first in _TIMESTAMP_FIRST) and _TIMESTAMP_ONLY.match(stripped)) \
            or (last == "]" and _DATE_LINE.match(stripped)) \
            or ("Photo" in stripped and _PHOTO_CREDIT_LINE.match(stripped)) \
            or ("eeting (" in stripped and _MEETING_NUMBER.search(stripped)) \
            or (first == "*" and _BANNED_NOTE.match(stripped)) \
            or (stripped[:6] == "Photo " and _PHOTO_OF.match(stripped)) \
            or (last == ")" and len(stripped) < 200 and _MEDIA_DURATION.search(stripped)):
        return "furniture"
    n = _word_count(stripped)  # (after the tests above, which need no words and also say "furniture")
    if n == 0:
        return "furniture"
    if _postal_address(stripped):
        return "furniture"
    if last == ")" and (_MASTHEAD.match(stripped) or _DATED_TITLE.match(stripped)):
        return "heading"  # "News Agency of Nigeria (NAN)": a masthead, not a sentence; a related item's dated title
    if ("link" in stripped or "reference" in stripped) and _REUSE_NOTE.match(stripped):
        return "furniture"
    if (stripped[:2] in ("» ", "› ") and len(stripped) < 200) or (len(stripped) < 60 and first in "RLMOPTF" and
                                                                 _LIST_HEADER.match(stripped)):
        return "furniture"  # a list of links: "Recent Press Releases", "» Seminar on ..."
    if _non_latin_words(stripped) * 2 >= n:  # language bars, other-script menus
        return "furniture"
    if stripped.count("•") + stripped.count("|") + stripped.count("·") + stripped.count(" :: ") >= 2 or \
            stripped.count("   ") >= 2 or \
            (first == "[" and _BRACKETED_BUTTONS.match(stripped)):
        return "furniture"  # tickers and menus: "Home | World", "A A A    Print    Email", "[Print] [Close]"
    if (n <= 8 and _FURNITURE_PHRASES.match(stripped)) or (n <= 12 and _CLOSING_LINE.match(stripped)) or \
            (len(stripped) < 140 and _intro_line(stripped)):
        return "furniture"
    if first in "hHnN" and _BREADCRUMB.match(stripped):  # (its every match opens with "home" or "news")
        return "furniture"
    terminal = _terminal(stripped)
    if not terminal and _looks_like_menu(stripped):
        return "furniture"
    if n <= 3 and not terminal:
        # short fragments: menu items, section names, "8.03K", social links
        return "heading" if n >= 2 and first.isupper() else "furniture"
    if first in "\"“«" and n >= 5 and _DASH_ATTRIBUTION.search(stripped):
        return "prose"  # a quotation with its attribution after a dash: "..." — Ahmed Karim, ...
    if n >= 2 and stripped.endswith(_INTRODUCING):
        return "prose"  # a short introducer of the paragraphs under it: "Minister Tierney said:"
    if stripped.count(" | ") == 1 and last not in ".!?\"”…" and len(stripped) < 160:
        return "heading"  # a masthead: "United Nations Security Council | Counter-Terrorism Committee ... (CTED)"
    if not terminal or n < 5 or (n <= 15 and first in "\"“" and last in "\"”" and
                                 stripped[-2] not in ".!?,…") or \
            (n <= 30 and last in "\"”»" and stripped[-2].isalnum() and "." not in stripped[:-1]):
        return "heading"  # and a quotation for a headline: '"Terrorists are adapting, and so must we"'; a deck that ends
        # in one: 'According to the ambassador, the special services "now understand each other without an interpreter"'
    return "prose"


_INTRODUCING = (" said:", " says:", " added:", " stated:", " noted:", " explained:", " commented:")
_SOCIAL = {"facebook", "twitter", "instagram", "youtube", "linkedin", "weibo", "wechat", "rss", "whatsapp",
           "telegram", "vk", "tiktok", "news", "apple", "google", "reddit", "email", "print"}


_SOCIAL_ANYWHERE = contains_any(tuple(sorted(_SOCIAL)))


def _looks_like_menu(stripped: str) -> bool:
    """Whether half the words of a line, and at least one, are social links or such ("Facebook Twitter Email")."""
    if _SOCIAL_ANYWHERE.search(stripped.lower()) is None:
        return False  # none of the words is in the line at all (each is a part of it)
    words = _WORD.findall(stripped)
    return sum(w.lower().strip(".") in _SOCIAL for w in words) * 2 >= max(2, len(words))


_SAID_SOON = re.compile(r"^[^.:;\"“]{0,80}?,\s+(?:said|told|added|noted|stressed|explained|warned)\b")
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_NOT_LABELS = {
    "speakers", "note", "source", "photo", "photos", "editor", "editors", "updated", "posted", "tags", "interview", "video",
    "transcript", "full text", "text",
    "update", "related", "also read", "read more", "read also", "exclusive", "analysis", "opinion", "commentary",
    "feature", "profile", "factbox", "timeline", "correction", "breaking", "watch", "listen", "see also",
    "disclaimer", "location", "venue", "date", "time", "place", "subject", "topic", "keywords", "key words",
    "category", "file", "caption", "credit", "credits", "reporting", "writing", "editing", "translation",
    "feedback", "permalink", "share", "print", "author", "related subjects", "audio", "download", "contact",
    "address", "tel", "telephone", "fax", "email", "e-mail", "website", "postcode", "zip code", "breaking news",
    "latest news", "news flash", "newsflash", "just in", "ticker", "top stories", "background", "editor's note",
    "editor’s note", "editors' note", "editors’ note", "context", "key points", "highlights", "witnesses", "witness",
    "i", "ii", "iii", "iv", "v", "vi",  # a hearing's "Witnesses: ..." and its panels, "I: X, Y; and Z"
}


# a parliamentary record's speaker line: "Sir Malcolm Brightwell (North Somerset) (Con)", "The Minister for Security
# (Rachel Ingleby-Thorne)"
_HANSARD_SPEAKER = re.compile(
    r"^(?:(?:\d{1,3}\.\s+)?(?:(?:Sir|Dame|Mr|Mrs|Ms|Dr)\s+)?(?P<name>(?:(?:Lord|Baroness)\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+"
    r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})"
    r"\s+\((?P<seat>[A-ZÀ-ÞĀ-Ž][^()]{1,60})\)\s+\((?:Con|Lab|SNP|LD|Lib\s+Dem|DUP|SF|PC|Green|Ind|UUP|SDLP|"
    r"Lab/Co-op|Alba|Reform)\)"
    r"|The\s+(?P<office>(?:Parliamentary\s+)?(?:Under-Secretary|Minister|Secretary)\b[^()]{0,120}?)\s*\((?P<office_holder>"
    r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})\))\s*(?:$|:\s+(?=\S))")
# a speaker's salutation after the label: "Mikhail Orekhov: Colleagues,", "X: Mr President, friends,", "X (retranslated):
# Esteemed Y, ladies and gentlemen, members of the press,"
LABELLED_SALUTATION = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.]*(?:,?\s+[\w'’.]+){0,11},$")
_TIMESTAMP_PREFIX = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")


def parse_label(text: str, strict: bool = True, short_ok: bool = False) -> tuple[str, str | None, int] | None:
    """A transcript speaker label at the start of a line: (label, note, offset of the body), or None; a
    broadcast transcript's timestamp may come first ("[10:00:09] LYNDA GARROWAY, CNN ANCHOR: Good morning.")."""
    stamp = _TIMESTAMP_PREFIX.match(text) if text[:1] == "[" else None
    if stamp:
        found = parse_label(text[stamp.end():], strict, short_ok)
        return (found[0], found[1], found[2] + stamp.end()) if found else None
    m = _LABEL.match(text) or (_Q_DOT.match(text) if text[:1] in ("Q", "A") else None)
    if not m:
        return None
    label = m.group("label").strip()
    if label in ("Q.", "A.") and m.group("paren"):
        label = label[0]  # "Q. (Jordan News Agency - Petra):" asks as "Q (Reuters):" does
    rest = m.group("rest")
    if (asker := _JOURNALIST_OUTLET.fullmatch(label)) is not None:  # "ROSALIE VILLANUEVA/DZBB": a question, from
        return "Q", f"{asker.group('name').title()}, {asker.group('outlet')}", m.start("rest")  # them at that outlet
    if m.re is _LABEL and m.group("dash") and m.group("paren"):  # "Question – X Y (Ariana News):" the same
        return "Q", f"{label}, {m.group('paren')}", m.start("rest")
    words = label.split()
    if len(words) > (16 if "," in label and label.isupper() else 8) or words[-1].lower() in ("of", "the", "for", "and") \
            or label.lower() in _NOT_LABELS or label[:6] in ("About ", "ABOUT "):  # a long label only as "NAME,
        return None  # OFFICE" in capitals; no section's "About Dialogue:"
    if len(words) <= 2 and canonical_place(label):  # "Somalia: al-Shabaab's reach into Kenya", a link
        return None
    if any(ch.isdigit() for ch in label) and (canonical_place(label.split(",")[0]) or _MONTH_WORD.search(label)
                                              or rest.strip()[:1].islower()):
        return None  # a dateline: "ASTANA, July 4:"; a record's "Volume 637: debated on Monday 5 March 2018"
    if strict and rest.strip() and label not in ("Q", "A", "Question", "Answer") and len(words) < 2 \
            and not label.isupper() and not label[:1].isdigit():  # ("24.kg:" is a news site)
        # "Dear friends:" or "Note: ..." are not labels; a single word needs to be an acronym (CRI, BBC)
        return None
    if rest.strip() and not short_ok and len(list(islice(_WORD.finditer(rest), 3))) < 3 and \
            not LABELLED_SALUTATION.match(rest.strip()):  # (only the first three words counted)
        return None  # "Moscow: 30 October" and similar; a transcript's known speaker may say "Yes, yes."
    if "," in label and _SAID_SOON.match(rest):
        return None  # "Lt Gen X, Divisional Commissioner: Crime Intelligence, said ...": an office, then prose
    return label, m.group("paren"), m.start("rest")


_SIGNED_HEADER = re.compile(r"(?:Signed|Sgd\.?)\s*[:,]?$")


def page_lines(text: str) -> list[Line]:
    """The non-blank lines of a page, classified. Once a page has two or more speaker labels it is a
    transcript, and single capitalised words before a colon count as labels too ("Reuters: ...")."""
    raw = _raw_lines(text)
    plain = [Line(start, end, classify_line(stripped)) for start, end, stripped in raw]
    for i, (start, _end, stripped) in enumerate(raw):  # an author's bio at the foot of the page, or anywhere with its
        if (start > len(text) * 0.7 or "views expressed" in stripped) and plain[i].kind != "furniture" and \
                (_AUTHOR_BIO.match(stripped) or ("views expressed" in stripped and _NAMED_BIO.match(stripped))):
            plain[i] = Line(plain[i].start, plain[i].end, "furniture")  # disclaimer ("X is a senior fellow at ... The
            # views expressed are his own.", "X was head of ... from 2007 to 2013. The views expressed are his own.")
    for i, (_start, _end, stripped) in enumerate(raw):  # a "Related" box: the links listed under it, up to a blank line
        if len(stripped) < 48 and _LINKS_HEADER.match(stripped):
            plain[i] = Line(plain[i].start, plain[i].end, "furniture")  # "Other statements on this topic:" itself
            j = i + 1
            while j < len(raw) and len(raw[j][2]) < 150 and (j == i + 1 or "\n\n" not in text[raw[j - 1][1]:raw[j][0]]):
                plain[j] = Line(plain[j].start, plain[j].end, "furniture")
                j += 1
    for i, (_start, _end, stripped) in enumerate(raw):  # a sign-off: "Signed:" over a press aide's name, office and
        if len(stripped) < 10 and _SIGNED_HEADER.match(stripped):  # address, up to a blank line
            j = i
            while j < len(raw) and len(raw[j][2]) < 120 and (j == i or "\n\n" not in text[raw[j - 1][1]:raw[j][0]]):
                plain[j] = Line(plain[j].start, plain[j].end, "furniture")
                j += 1
    for i, (_start, _end, stripped) in enumerate(raw):  # "Speakers" over "Dr X Y, Director, Z, RUSI (Chair)": a roster
        if len(stripped) < 24 and _ROSTER_HEADER.match(stripped):
            j = i + 1
            while j < len(raw) and len(raw[j][2]) < 200 and raw[j][2].count(",") >= 2 and \
                    (j == i + 1 or "\n\n" not in text[raw[j - 1][1]:raw[j][0]]):
                plain[j] = Line(plain[j].start, plain[j].end, "furniture")
                j += 1
    for i, (_start, _end, stripped) in enumerate(raw):  # "In Summary" over bullet points: the story told short
        if len(stripped) < 30 and _SUMMARY_HEADER.match(stripped):
            j = i + 1
            while j < len(raw) and raw[j][2][:1] in _BULLETS and len(raw[j][2]) < 300:
                plain[j] = Line(plain[j].start, plain[j].end, "furniture", deck=True)
                j += 1
    for i, (_start, _end, stripped) in enumerate(raw):  # a pull quote: a quotation alone on its line, said in the body too
        if plain[i].kind == "prose" and stripped[:1] in "\"“" and stripped[-1:] in "\"”" and len(stripped) < 300 and \
                text.count(stripped[1:-1].strip().rstrip(".!?,")) >= 2:
            plain[i] = Line(plain[i].start, plain[i].end, "furniture")
    if (deck := _deck_index(plain, raw)) is not None:
        plain[deck] = Line(plain[deck].start, plain[deck].end, "furniture", deck=True)
    prose_seen = 0
    for i, (_start, _end, stripped) in enumerate(raw):  # readers' comments: everything under their heading
        prose_seen += plain[i].kind == "prose"
        if prose_seen >= 2 and len(stripped) < 120 and _COMMENTS_HEADER.match(stripped):
            plain[i:] = [Line(ln.start, ln.end, "furniture") for ln in plain[i:]]
            break
    for i in range(1, len(plain)):  # "UN Photo/Loey Felipe" or "UNICEF/Delil Souleiman", then its caption
        if plain[i].kind != "furniture" and "/" in raw[i - 1][2] and \
                (_PHOTO_CREDIT_LINE.match(raw[i - 1][2]) or _ACRONYM_CREDIT_LINE.match(raw[i - 1][2])) \
                and len(raw[i][2]) < 220 and _one_sentence(raw[i][2]) and not _QUOTE_OR_SAID.search(raw[i][2]):
            plain[i - 1] = Line(plain[i - 1].start, plain[i - 1].end, "furniture")
            plain[i] = Line(plain[i].start, plain[i].end, "furniture")
    for i in range(len(plain)):  # "(People's Daily Online/Ma Xiaowen)": a photo's credit
        if raw[i][2][:1] == "(" and _SLASH_CREDIT.match(raw[i][2]):
            plain[i] = Line(plain[i].start, plain[i].end, "furniture")
    for i in range(1, len(plain)):  # a caption, then "Image Credit: Ahmed Ramzan/Gulf News" or such a credit (or
        # "Photo: Press service of X" on the caption's next line)
        if plain[i - 1].kind != "furniture" and ((raw[i][2][:6].lower() in ("image ", "photo ") and
                                                  _IMAGE_CREDIT.match(raw[i][2])) or
                                                 (raw[i][2][:1] == "(" and _SLASH_CREDIT.match(raw[i][2])) or
                                                 (raw[i][2][:6] == "Photo:" and plain[i].kind == "furniture" and
                                                  "\n\n" not in text[raw[i - 1][1]:raw[i][0]])) and \
                len(raw[i - 1][2]) < 220 and \
                _one_sentence(raw[i - 1][2]) and not _QUOTE_OR_SAID.search(raw[i - 1][2]):
            plain[i - 1] = Line(plain[i - 1].start, plain[i - 1].end, "furniture")
    can_label = [ln.kind != "furniture" and len(stripped) < 2000 and (":" in stripped or stripped[:3] in ("Q. ", "A. ") or
                                                               stripped.startswith(("Question. ", "Answer. ")))
                 for ln, (_s, _e, stripped) in zip(plain, raw, strict=True)]
    strict = [(_label_line(ln.start, r[2], strict=True) if ok else None) or ln
              for ln, r, ok in zip(plain, raw, can_label, strict=True)]
    hansard = [_HANSARD_SPEAKER.match(r[2]) if "(" in r[2] else None for r in raw]  # "Sir X (North Somerset) (Con)"
    if sum(m is not None for m in hansard) >= 2:
        # (a line of its own, or the older layout's "Mr X (Leigh) (Lab): I thank the Minister ...")
        strict = [Line(ln.start, ln.end, "label", m.group("name") or f"{m.group('office')}, {m.group('office_holder')}",
                       m.group("seat"), ln.start + m.end() if m.end() < len(r[2]) else None)
                  if m is not None else ln for ln, m, r in zip(strict, hansard, raw, strict=True)]
    senate = [_SENATE_TURN.match(r[2]) if r[2][:1] in "SMDT" and ":" in r[2][:200] else None for r in raw]
    if sum(m is not None and m.group("time") is not None for m in senate) >= 2:  # an Australian Hansard: "Senator
        # KIRKWOOD (Western Australia) (14:21): My question ...", "The PRESIDENT: Order!"
        strict = [Line(ln.start, ln.end, "label", " ".join(w.title() if w.isupper() and len(w) > 2 else w
                                                        for w in m.group("label").split()), m.group("seat"), ln.start + m.end())
                  if m is not None and ln.kind != "furniture" else ln for ln, m in zip(strict, senate, strict=True)]
    turns = [_HEARING_TURN.match(r[2]) if r[2][:1] in "MCSADGRH" and ". " in r[2][:60] else None for r in raw]
    turn_lengths = sorted(len(r[2]) for r, m in zip(raw, turns, strict=True) if m is not None)
    if len(turn_lengths) >= 3 and turn_lengths[len(turn_lengths) // 2] >= 100:
        # a congressional hearing: "Chairman Wollaston. The subcommittee ..." (not one hard-wrapped at 70 columns,
        # whose lines are no paragraphs)
        roster = _hearing_roster(text)
        strict = [Line(ln.start, ln.end, "label", _roster_name(m, roster), None, ln.start + m.end())
                  if m is not None and ln.kind != "furniture" else ln for ln, m in zip(strict, turns, strict=True)]
    if sum(ln.kind == "label" for ln in strict) < 2:
        # an interview without such labels: single-word labels, dashed turns, or none at all
        return _word_labels(strict, raw, can_label) or _dash_turns(strict, raw) or _question_turns(strict, raw) or strict
    known = {ln.label for ln in strict if ln.kind == "label"}
    return [ln if ln.kind == "label" else (_label_line(ln.start, r[2], strict=False, known=known) if ok else None) or ln
            for ln, r, ok in zip(strict, raw, can_label, strict=True)]


_SENATE_TURN = re.compile(r"(?P<label>(?:Senator|Mr|Mrs|Ms|Dr)\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?|The\s+(?:PRESIDENT|"
                          r"DEPUTY\s+PRESIDENT|CHAIR|ACTING\s+CHAIR|SPEAKER))\s*(?:\((?P<seat>[^()]{1,150})\)\s*)?"
                          r"(?:\((?P<time>\d{1,2}:\d{2})\)\s*)?:\s+")
_SUMMARY_HEADER = re.compile(r"^(?:in\s+summary|summary|(?:story\s+)?highlights|key\s+points|at\s+a\s+glance|quick\s+read)"
                             r"\s*:?$", re.IGNORECASE)
_BULLETS = "•·▪◦*-–"
# a speaker's turn in a printed hearing: "Chairman Wollaston. The subcommittee will come to order.", "Mr. Dorsett of
# Virginia. Thank you, Mr. Chairman.", "Ambassador Marwood. Chairman Wollaston, ..."
_HEARING_TURN = re.compile(r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.|Chairman|Chairwoman|Senator|Ambassador|General|Admiral|"
                           r"Secretary|Director|Representative|Hon\.)\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+"
                           r"(?:\s+of\s+[A-ZÀ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÞĀ-Ž][a-z]+)?)?)\.\s+(?=[A-ZÀ-ÞĀ-Ž\[\"“])")
# a hearing's roster of members in capitals: "GARRETT WOLLASTON, Texas, Chairman", "MAREN DORSETT, Oregon"
_ROSTER_ENTRY = re.compile(r"(?<![\w.])(?P<name>[A-Z][A-Z'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][A-Z'’-]+){1,2}),\s+"
                           r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _hearing_roster(text: str) -> dict[tuple[str, str | None], list[str]]:
    """The members a hearing's roster names, by (surname, state) and by (surname, None): "Maren Dorsett"."""
    roster: dict[tuple[str, str | None], list[str]] = {}
    for m in _ROSTER_ENTRY.finditer(text[:len(text) // 2]):
        name = " ".join(w if w.endswith(".") else w.title() for w in m.group("name").split())
        surname = name.split()[-1]
        for key in ((surname, m.group("state")), (surname, None)):
            if name not in roster.setdefault(key, []):
                roster[key].append(name)
    return roster


def _roster_name(turn: re.Match[str], roster: dict[tuple[str, str | None], list[str]]) -> str:
    """A hearing turn's speaker: the roster's full name for "Mr. Keohane" or "Ms. Dorsett of Oregon", else the label."""
    label = turn.group("label")
    words = label.split()
    surname, state = words[1], (" ".join(words[3:]) if len(words) > 3 and words[2] == "of" else None)
    names = roster.get((surname, state), [])
    return names[0] if len(names) == 1 else label


# (and "Written by: X")
_BYLINE_OR_DATE = re.compile(r"^(?:(?i:by|interview\s+conducted\s+by|written\s+by|posted\s+by|reported\s+by):?\s|"
                             r"(?i:published|updated|posted)\b|[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3}$|"
                             r"(?![(\[]).{0,40}\b(?:\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b.{0,30}$)")
_SPOKE_TO = re.compile(r"\b(?:spoke|talked|sat\s+down)\s+(?:with|to)\b", re.IGNORECASE)  # an interview's introduction
_NOT_DECK = re.compile(r"^(?:transcript|speech|statement|remarks|address|message|interview|text|full\s+text)\b", re.IGNORECASE)


def _deck_index(lines: list[Line], raw: list[tuple[int, int, str]]) -> int | None:
    """The deck under a story's headline: the first paragraph, when it stands between the headline and the byline
    or date line and the story's paragraphs come after them ("Justice chief says Europe should not ...")."""
    first = next((i for i, ln in enumerate(lines) if ln.kind == "prose"), None)
    if first is None or first == 0 or first + 1 >= len(lines) or lines[first - 1].kind != "heading" or \
            lines[first + 1].kind not in ("heading", "furniture") or len(raw[first][2]) > 300 or \
            raw[first][2][-1] not in ".!?" or _NOT_DECK.match(raw[first][2]) or _SPOKE_TO.search(raw[first][2]):
        return None  # nor an interview's introduction ("X spoke to Y of The Daily Star on Saturday"): its lead
    if not _BYLINE_OR_DATE.match(raw[first + 1][2]) or sum(ln.kind == "prose" for ln in lines[first + 2:]) < 2:
        return None
    return first


def _word_labels(lines: list[Line], raw: list[tuple[int, int, str]], can_label: list[bool]) -> list[Line] | None:
    """An interview whose labels are single words ("Sputnik: ...", "Durnovtsev: ...", "AR: ..."): taken as labels
    only when at least two of them take turns, each at least twice."""
    heads = Counter(r[2].partition(":")[0].partition("(")[0].strip() for r, ok in zip(raw, can_label, strict=True)
                    if ok)  # a cheap count first, by what comes before the colon or a bracketed note
    if sum(n >= 2 for n in heads.values()) < 2:
        return None
    loose = [_label_line(ln.start, r[2], strict=False) if ok else None for ln, r, ok in zip(lines, raw, can_label, strict=True)]
    turns = Counter(ln.label for ln in loose if ln is not None)
    if sum(n >= 2 for n in turns.values()) < 2:
        return None
    return [found if found is not None and (turns[found.label] >= 2 or r[2].endswith("?")) else ln  # and an outlet's one
            for found, ln, r in zip(loose, lines, raw, strict=True)]  # question: "Reuters: Why is Iran not a member?"


_INTERVIEW_CUE = re.compile(_SPOKE_TO.pattern + r"|\binterview(?:ed)?\b|\bQ\s*&\s*A\b", re.IGNORECASE)


def _question_turns(lines: list[Line], raw: list[tuple[int, int, str]]) -> list[Line] | None:
    """An interview with no labels at all: after a paragraph that says someone was interviewed ("X spoke with Y
    about ..."), each paragraph that only asks is a question ("Q") and the paragraph after it begins the answer ("A")."""
    asks = [i for i, (ln, (_s, _e, stripped)) in enumerate(zip(lines, raw, strict=True)) if ln.kind in ("prose", "heading")
            and len(stripped) < 400 and stripped.endswith("?") and stripped[:1] not in "\"“‘'"
            and i + 1 < len(lines) and lines[i + 1].kind == "prose" and not raw[i + 1][2].endswith("?")]
    if len(asks) < 2 or not any(_INTERVIEW_CUE.search(raw[j][2]) for j in range(max(0, asks[0] - 4), asks[0])
                                if lines[j].kind == "prose"):
        return None
    out = list(lines)
    for i in asks:
        out[i] = Line(lines[i].start, lines[i].end, "label", "Q", None, lines[i].start)
        out[i + 1] = Line(lines[i + 1].start, lines[i + 1].end, "label", "A", None, lines[i + 1].start)
    return out


_DASH_TURN = re.compile(r"^[-–—]\s+(?=\S)")


def _dash_turns(lines: list[Line], raw: list[tuple[int, int, str]]) -> list[Line] | None:
    """An interview set out as dashed turns ("- Mr. X, how was ...?" then "- It was a complex operation ..."): a turn
    that asks is a question ("Q"), one that does not an answer ("A"), once there are two of each."""
    turns = [(i, "Q" if stripped.rstrip().endswith("?") else "A") for i, (ln, (_s, _e, stripped)) in
             enumerate(zip(lines, raw, strict=True)) if stripped[:1] in "-–—" and ln.kind != "furniture"
             and _DASH_TURN.match(stripped)]
    if sum(kind == "Q" for _i, kind in turns) < 2 or sum(kind == "A" for _i, kind in turns) < 2:
        return None
    out = list(lines)
    for i, kind in turns:
        ln, stripped = lines[i], raw[i][2]
        out[i] = Line(ln.start, ln.end, "label", kind, None, ln.start + _DASH_TURN.match(stripped).end())
    return out


def _label_line(start: int, stripped: str, strict: bool, known: set[str | None] | None = None) -> Line | None:
    """The line as a speaker label ("Liu Zhenmin:" alone, or "Hua Chunying: We ..."), or None; a label the
    page already uses may carry a short answer ("Qassim Hadi al-Jaburi: Yes, yes.")."""
    label = parse_label(stripped, strict)
    if not label and known:
        label = parse_label(stripped, strict, short_ok=True)
        label = label if label and label[0] in known else None
    if not label:
        return None
    name, note, body = label
    end = start + len(stripped)
    if not stripped[body:].strip():
        return Line(start, end, "label", name, note)
    kind = classify_line(stripped[body:])
    if kind == "prose" or (kind == "heading" and not strict and (not known or name in known or _terminal(stripped))) \
            or LABELLED_SALUTATION.match(stripped[body:].strip()):  # "Putin: Thank you." (not a headline "Prosecuting
        # Foreign Fighters: Lessons from Europe")
        # on a transcript: "Putin: Good afternoon."; a salutation: "Mikhail Orekhov: Colleagues,"
        return Line(start, end, "label", name, note, start + body)
    return None


def _raw_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of every non-blank line."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0
        out.append((start + lead, start + lead + len(stripped), stripped))
    return out


_PLACE_COLON = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s[A-ZÀ-ÞĀ-Ž][\w'’-]+){0,2}):\s+(?=[A-ZÀ-ÞĀ-Ž\"“])")  # "Abu Dhabi: "


_BARE_CREDIT = re.compile(r"[(\[][A-ZÀ-ÞĀ-Ž][\w .&/'’-]{0,30}[)\]]")


def prose_sentences(text: str, line: Line) -> list[tuple[int, int]]:
    """Sentence spans of a prose line (or of the body of an inline label)."""
    begin = line.body_start if line.body_start is not None else line.start
    while begin < line.end and text[begin].isspace():
        begin += 1
    spans = [(begin + s, begin + e) for s, e in split_sentences(text[begin:line.end])
             if not (e - s < 140 and (_intro_line(text[begin + s:begin + e]) or
                                      (text[begin + s] in "([" and _BARE_CREDIT.fullmatch(text, begin + s, begin + e))))]
    # not "Below is the transcript." nor the agency's "(PNA)" after the last sentence
    first = text[spans[0][0]:spans[0][1]] if spans else ""
    dateline = (may_open_with_dateline(first) and DATELINE_PREFIX.match(first)) or \
        (":" in first and (m := _PLACE_COLON.match(first)) and canonical_place(m.group(1)) and m)
    if dateline and spans[0][0] + dateline.end() < spans[0][1] - 20:
        spans[0] = (spans[0][0] + dateline.end(), spans[0][1])  # "SINGAPORE (Reuters) - " opens the story only
    elif dateline and len(spans) > 1 and not first[dateline.end():].strip():
        spans = spans[1:]  # 'DUSHANBE, 24.06.2015 /NIAT "Khovar"/.' split off as a sentence of its own
    return spans
