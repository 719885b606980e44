"""The pure pieces of extraction: layout, sentences, dates, places, names and attribution patterns."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.facts.ingest.attribution import (
    Mention,
    classify_subject,
    direct_attribution,
    find_verbs,
    is_person_demonym,
    reported_in_sentence,
)
from bot.facts.ingest.context import (
    clause_place,
    clause_setting,
    clause_when,
    dateline,
    document_context,
    find_event,
    held_place,
)
from bot.facts.ingest.dates import find_dates, header_date, resolve_relative
from bot.facts.ingest.extract import _fuller_name, _interview_given, _is_lead_paragraph, _masthead, _outlet_owner, extract
from bot.facts.ingest.layout import classify_line, page_lines, parse_label, prose_sentences
from bot.facts.ingest.names import Registry, split_role_name
from bot.facts.ingest.places import canonical_place
from bot.facts.ingest.reader import RawDocument
from bot.facts.ingest.sentences import DATELINE_PREFIX, split_sentences


@pytest.mark.parametrize(
    "line",
    ["عربي Español Русский Français 简体中文", "Suggest to a friend", "Print", "1   2   3   4   5   6",
     "Updated: 2015-09-28 03:32:27", "8.03K", "Apple News Facebook Twitter 新浪微博 Instagram YouTube",
     "Home / China-UN engagements", "Soldiers salute at the ceremony in Pune, India, last year. [Photo/Xinhua]",
     "O'Sullivan set for snooker  • Court rejects arrest  • Dollar changes hands in Tokyo",
     "To use the materials, a hyperlink to the 24.kg news agency is required.",
     "This article was first published in The Times of Central Asia on 15 March 2017.",
     "PHOTO | FILE  Kenyan security officers outside the Westgate mall in Nairobi in September 2013.",
     "Keep up to date with what's happening in Turkey, its region and the world.",
     "We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve "
     "government services.", "2. Follow the Foreign Office on Twitter @foreignoffice and Facebook.",
     "Full text of the interview is published in Kazakhstanskaya Pravda newspaper, No. 3 (29127), January 6, 2020.",
     "The Information Digest is prepared by the Press Service of the Ministry of Foreign Affairs.",
     "Pic by Pradeep Dilrukshana: Defence Secretary Sarath Gunawardena and the Indian High Commissioner",
     "The video recording of the press conference is available on the press center's YouTube channel.",
     "Get the UN News app for your iOS or Android devices."],
)
def test_page_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_prose_and_labels() -> None:
    text = "Liu Zhenmin:\n\nChina and Russia have enjoyed a strategic partnership for many years.\n\nQ (Reuters): What now?"
    kinds = [(ln.kind, ln.label) for ln in page_lines(text)]
    assert kinds[0] == ("label", "Liu Zhenmin")
    assert kinds[1] == ("prose", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mr. Chen said so. He left.", ["Mr. Chen said so.", "He left."]),
     ('"We agree," he said. "We act."', ['"We agree," he said.', '"We act."']),
     ("The U.S. and China met in Jan. 2017 to talk. Both sides agreed.",
      ["The U.S. and China met in Jan. 2017 to talk.", "Both sides agreed."])],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2020/12/22", "2020-12-22"), ("30.10.2019", "2019-10-30"), ("June 13, 2017", "2017-06-13"),
     ("Updated: 2015-09-28 03:32:27", "2015-09-28"), ("10:28, June 13, 2017", "2017-06-13"),
     ("Moscow 30 October 2019", "2019-10-30"), ("in March 2018", "2018-03"), ("Dec. 22, 2020", "2020-12-22")],
)
def test_absolute_dates(text: str, iso: str) -> None:
    assert find_dates(text)[0][2] == iso


def test_relative_dates_resolve_against_the_reference() -> None:
    tuesday = dt.date(2017, 6, 13)
    assert resolve_relative("in a Monday press briefing", tuesday)[2] == "2017-06-12"
    assert resolve_relative("on Wednesday", tuesday)[2] == "2017-06-07"
    assert resolve_relative("said today", tuesday)[2] == "2017-06-13"
    assert resolve_relative("last year", tuesday)[2] == "2016"
    assert resolve_relative("yesterday", tuesday)[2] == "2017-06-12"
    assert clause_when("announced on Friday", tuesday) == "2017-06-09"
    assert clause_when("Last September, the RATS Council said in a statement that", tuesday) == "2016-09"
    assert clause_when("he also spoke about the grouping's priorities for next year, when Viet Nam takes over", tuesday) \
        is None  # words reported were said by the time of the report
    assert header_date(["Home", "2020/12/22", "later 2021/01/01"]) == "2020-12-22"


@pytest.mark.parametrize(("clause", "when"), [
    ("In its February statement, the FATF said", "2017-02"),  # a document named by its month
    ("said in its July financial stability update that", "2016-07"),
    ("condemned in the July attack", None),  # an event's month is not when anyone spoke
])
def test_a_statement_named_by_its_month_dates_what_it_said(clause: str, when: str | None) -> None:
    assert clause_when(clause, dt.date(2017, 6, 13)) == when


def test_datelines() -> None:
    ref = dt.date(2016, 5, 30)
    assert dateline("GROZNY, May 24. /TASS/. Russia's deputy secretary said ...", ref) == ("Grozny", "2016-05-24")
    assert dateline("ASTANA, July 4: Heads of the units met", dt.date(2017, 7, 5)) == ("Astana", "2017-07-04")
    assert dateline("BEIJING, Dec. 22 (Xinhua) -- The ministry said", dt.date(2020, 12, 23))[0] == "Beijing"
    assert dateline("Security cooperation is believed to be a dominant agenda", ref) == (None, None)


def test_places_and_settings() -> None:
    assert canonical_place("MOSCOW") == "Moscow"
    assert canonical_place("Islamabad") == "Islamabad"
    assert canonical_place("Chen") is None
    assert clause_setting("told Xinhua in a recent interview") == "interview with Xinhua"
    assert clause_setting("announced in a Monday press briefing") == "press briefing"
    assert clause_setting("Mr. Vandersloot told senators.") is None  # no outlet


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [("Russian Deputy Foreign Minister Oleg Vladimirovich Syromolotov", "Russian Deputy Foreign Minister",
      "Oleg Vladimirovich Syromolotov"),
     ("SCO Deputy Secretary General Xie XIAONYUN", "SCO Deputy Secretary General", "Xie Xiaonyun"),
     ("Afghan Ambassador to China Hamid Rahimi", "Afghan Ambassador to China", "Hamid Rahimi"),
     ("Mr. Chen", None, "Chen"),
     ("Former Somali intelligence chief Abdullahi Sheikh Warfaa", "Former Somali intelligence chief",
      "Abdullahi Sheikh Warfaa"),  # "Sheikh" inside a Somali name, after a given name
     ("Kuwaiti Emir Sheikh Sabah", "Kuwaiti Emir", "Sabah"),  # but a title after an office or a courtesy
     ("Lt. General His Highness Sheikh Sultan bin Hamad Al Nahyan", "Lt. General", "Sultan bin Hamad Al Nahyan"),
     ("Undersecretary for Multilateral Affairs and Human Rights Miguel Ángel Zorrilla Pardo",
      "Undersecretary for Multilateral Affairs and Human Rights", "Miguel Ángel Zorrilla Pardo"),
     ("By Raquel Montenegro", None, "Raquel Montenegro"),  # a byline
     ("SABC News' Lerato Mahlangu", "SABC News'", "Lerato Mahlangu"),  # an outlet's plural possessive
     ("Global Affairs Canada", "Global Affairs Canada", None),  # a department
     ("The Minister of Interior and Municipalities", "The Minister of Interior and Municipalities", None),
     ("the Conservative MP for South Derbyshire", "the Conservative MP for South Derbyshire", None),
     ("secretary-general of the Cooperation Council of Turkic Speaking States",
      "secretary-general of the Cooperation Council of Turkic Speaking States", None)],  # a body's, no one
)
def test_role_and_name(phrase: str, role: str | None, name: str) -> None:
    assert split_role_name(phrase) == (role, name)


@pytest.mark.parametrize("phrase", ["It", "this", "Analysts at the time", "to which all participants"])
def test_not_speakers(phrase: str) -> None:
    mention = classify_subject(phrase)
    assert mention is None or mention.kind != "name"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [("Luo Zhaohui said, next year will mark the 30th anniversary.", "Luo Zhaohui"),
     ("The UN plays a unique role, said Mr. Chen, who explained the mandate.", "Mr. Chen"),
     ("China has strength in many areas, he said, adding that the country has advocated cooperation.", "he"),
     ("According to Imanaliev, the next step should be a common list.", "Imanaliev"),
     ("As Luo Zhaohui put it, terrorism has never gone away.", "Luo Zhaohui"),
     ("Meanwhile, Gulnara Sydykova, a researcher at the institute, said the forces had trained more.",
      "Gulnara Sydykova"),
     ("The Minister for Trade, Ana Prado, added that the talks would go on.", "Ana Prado"),
     ("Peru's Minister of Justice, Dr Luis Ortega, welcomed the plan and said it would help.", "Dr Luis Ortega"),
     ("The ambassador also introduced the new measures, saying they are in line with the strategy.", "The ambassador")],
)
def test_reported_speech(sentence: str, who: str) -> None:
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention.text == who


@pytest.mark.parametrize(
    "sentence",
    ["The Security Council adopted a resolution in September last year that condemned violent extremism.",
     "Leaders of the member states met in the capital.", "Terrorism has posed threats to every country."],
)
def test_narrative_is_not_reported_speech(sentence: str) -> None:
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is None or found.mention.kind == "group"


def test_pronouns_and_surnames_resolve_to_the_full_name() -> None:
    text = (
        "MOSCOW, May 3 (TASS) -- Russian Deputy Foreign Minister Oleg Syromolotov said on Tuesday that "
        "cooperation had improved.\n\n"
        '"We see real progress," he said.\n\n'
        "Syromolotov added that a new agreement would be signed soon.\n"
    )
    _doc, facts = extract(RawDocument("d", None, text, published="2019-05-04"))  # type: ignore[arg-type]
    assert [f.speaker for f in facts] == ["Oleg Syromolotov"] * 3
    assert all(f.role == "Russian Deputy Foreign Minister" for f in facts)
    assert facts[0].date == "2019-04-30" and facts[0].place == "Moscow"
    assert all(text[f.start:f.end] == f.quote for f in facts)


def _facts(text: str, published: str = "2019-05-04", **known: str) -> list:
    """The statements of a page, with what a manifest may say of it (`publisher`, `title`)."""
    _doc, facts = extract(RawDocument("d", None, text, published=published, **known))  # type: ignore[arg-type]
    assert all(text[f.start:f.end] == f.quote for f in facts)
    return facts


def _said(text: str, published: str = "2019-05-04", **known: str) -> dict[str, str]:
    """Who says each statement, keyed by the first twelve characters of its quote."""
    return {f.quote[:12]: f.speaker for f in _facts(text, published, **known)}


def test_an_introducer_line_gives_the_unquoted_paragraphs_after_it() -> None:
    text = ("Press release\n\nThe two countries signed a compact on policing today.\n\n"
            "Home Secretary Mara Lindqvist said:\n\n"
            "Our partnership is strong. It will keep people safe.\n\n"
            "This compact will help us stop plots earlier.\n\n"
            "Officials from the ministry of justice also said the courts would get more money.\n")
    facts = _facts(text)
    mine = [f for f in facts if f.speaker == "Mara Lindqvist"]
    assert [f.quote for f in mine] == ["Our partnership is strong.", "It will keep people safe.",
                                       "This compact will help us stop plots earlier."]
    assert all(f.role == "Home Secretary" for f in mine)
    assert not any(f.quote.endswith("said:") for f in facts)


def test_an_anonymous_source_is_not_the_last_named_speaker() -> None:
    text = ("BRUSSELS (Reuters) - The bloc is split over returnees.\n\n"
            '"We are in contact with our partners," spokeswoman Ida Berg told reporters.\n\n'
            "A senior diplomat, speaking on condition of anonymity, said there was no appetite for a deal. "
            '"Nobody wants to be first to bring them home," the diplomat said.\n')
    facts = _facts(text)
    assert [f.speaker for f in facts] == ["Ida Berg"]


def test_a_long_speech_heading_names_the_speaker() -> None:
    text = ("Main | News | Contacts\n\n"
            "Address by the Director of the Executive Committee of the Regional Structure Amir Dostov at the "
            'International Conference "Countering the Financing of Terrorism"\n\n'
            "Dear colleagues,\n\nI am grateful to our hosts for this conference.\n\n"
            "We are concerned about new payment systems. I propose a joint working group.\n")
    facts = _facts(text, "2018-04-11")
    assert facts and {f.speaker for f in facts} == {"Amir Dostov"}
    assert not any(f.quote.startswith("Address by") for f in facts)


def test_an_op_ed_byline_with_a_masthead_and_an_author_note() -> None:
    text = ("Home / Opinion\n\nPartners against terror\n\n"
            "By Rahel Mengistu Tadesse | Daily Herald | Updated: 2017-04-26 07:45\n\n"
            "The author is Ethiopia's ambassador to Kenya. The views do not necessarily reflect those of the paper.\n\n"
            "Four years on, the answer is clear. Attacks have fallen sharply.\n\n"
            "I believe our cooperation will remain a pillar of the partnership.\n")
    facts = _facts(text)
    assert facts and {f.speaker for f in facts} == {"Rahel Mengistu Tadesse"}
    assert facts[0].role == "Ethiopia's ambassador to Kenya"
    assert not any("author is" in f.quote or "views do not" in f.quote for f in facts)


def test_a_topic_place_is_not_where_the_words_were_said() -> None:
    assert clause_place("Speaking about the situation in Syria, Petrov said") is None
    assert clause_place("Petrov told reporters in Moscow") == "Moscow"


def test_a_date_after_a_quote_of_several_sentences_applies_to_it() -> None:
    text = ("BRUSSELS (Reuters) - The bloc is split.\n\n"
            '"The camps are a breeding ground. We will pay the price later," Anna Kovacs, the coordinator, '
            "told Reuters in an interview last month.\n")
    facts = _facts(text, "2019-11-14")
    assert [(f.speaker, f.date) for f in facts] == [("Anna Kovacs", "2019-10")]


def test_this_was_announced_by_gives_the_sentence_before_its_speaker() -> None:
    text = ("ALMATY. NEWSWIRE - The two countries will set up a joint centre against extremism.\n\n"
            "This was announced by the Chairman of the Security Committee of Kazakhstan, Arman Dauletov, "
            "following talks in Almaty today.\n\n"
            "The weather in the city was warm.\n")
    facts = _facts(text, "2018-08-08")
    assert [f.speaker for f in facts] == ["Arman Dauletov"]
    assert facts[0].quote.endswith("will set up a joint centre against extremism.")
    assert facts[0].role == "Chairman of the Security Committee of Kazakhstan"


def test_a_wire_dateline_with_a_full_stop_gives_the_place() -> None:
    assert dateline("NUR-SULTAN. KAZINFORM – The heads of security services met.", None) == ("Nur-Sultan", None)


def test_a_transcript_held_in_a_city_takes_that_place() -> None:
    text = ("Briefing on security cooperation\n\n"
            "The Information Office held a press conference in Beijing on Thursday on police cooperation.\n\n"
            "Li Wei:\n\nWe have trained many officers from partner countries.\n\n"
            "Q (Reuters):\n\nWhat will you do next year about returnees?\n")
    facts = _facts(text, "2019-06-20")
    assert facts and all(f.place == "Beijing" for f in facts)


def test_a_topic_after_said_is_not_taken_for_a_trailing_attribution() -> None:
    text = ("Opening the meeting, Security Chief Serik Omarov said the terrorist threat in the region remained high "
            "despite the defeat of ISIS in Syria and Iraq.")
    found = reported_in_sentence(text, 0, len(text))
    assert found is not None and found.mention.text.endswith("Serik Omarov") and found.attr_end < len(text) - 20


def test_a_communique_that_names_itself_speaks_as_its_signatories() -> None:
    text = ("Press Releases\n\nJOINT COMMUNIQUE\n\nKampala, 11-12 March 2017\n\n"
            "1. We, the Ministers of Defence of the Republic of Uganda and the Republic of Kenya, met in Kampala "
            "on 11 and 12 March 2017 to review joint operations.\n\n"
            "2. The meeting was chaired by the Minister of Defence of Uganda.\n\n"
            "3. We strongly condemn the recent attacks and express our condolences.\n")
    facts = _facts(text, "2017-03-13")
    assert {f.speaker for f in facts} == {"Ministers of Defence of the Republic of Uganda and the Republic of Kenya"}
    assert len(facts) == 2 and all(f.place == "Kampala" for f in facts)


def test_questions_with_outlets_in_brackets_and_unlabelled_answers() -> None:
    text = ("Remarks by High Representative Lena Varga at the press conference following the Council\n\n"
            "Brussels, 17/02/2020 - 19:42\n\n"
            "Good evening. We had a long Council today and I will focus on the main points.\n\n"
            "Q. [EFE] Are you considering sending European troops to the Sahel?\n\n"
            "No. Our missions are training missions and that will not change.\n\n"
            "Q. [Agence Europe] What happens to the naval operation next year?\n\n"
            "The operation will be deployed in the eastern Mediterranean.\n")
    facts = _facts(text, "2020-02-17")
    by = [(f.speaker, f.quote[:12]) for f in facts]
    assert by == [("Lena Varga", "We had a lon"), ("EFE", "Are you cons"), ("Lena Varga", "No. Our miss"),
                  ("Agence Europe", "What happens"), ("Lena Varga", "The operatio")]
    assert all(f.place == "Brussels" for f in facts)


def test_an_unnamed_official_and_his_pronoun_are_not_the_minister() -> None:
    text = ("BRUSSELS - Ministers met on Tuesday.\n\n"
            '"This is common sense," Interior Minister Paul Girard told reporters.\n\n'
            "But an EU official involved in the talks, who asked not to be named, said the plan would fail.\n\n"
            '"There is no consensus on what it means," the official said. He added that capitals were worried.\n')
    facts = _facts(text, "2018-02-27")
    assert [f.speaker for f in facts] == ["Paul Girard"]


def test_an_op_ed_signed_at_the_foot_keeps_its_first_person_from_the_last_speaker() -> None:
    text = ("OPINION\n\nTerror knows no border\n\n"
            "Six weeks after the attack, the country is still asking how it happened. We need answers.\n\n"
            "Home Minister Karim Uddin said last month that no militant would be spared.\n\n"
            "I welcome that commitment, but words are not enough. I would propose three steps.\n\n"
            "Nasrin Haque\nThe writer is a former police inspector general.\n")
    facts = _facts(text, "2016-08-14")
    mine = [f.speaker for f in facts if f.quote.startswith(("I welcome", "I would"))]
    assert mine == ["Nasrin Haque", "Nasrin Haque"]
    assert [f.speaker for f in facts if "no militant" in f.quote] == ["Karim Uddin"]


def test_speaking_notes_for_an_honourable_minister_with_a_date_and_place_line() -> None:
    text = ("Canada.ca > News > Speeches\n\n"
            "Speaking notes for the Honourable Anne Tremblay-Ross, Minister of Public Safety, at the Ministerial\n\n"
            "August 29, 2018 - Gold Coast, Australia\n\n"
            "Thank you to our hosts for bringing us together. It is a pleasure to be among friends.\n\n"
            "Our five countries have worked together for decades, and we will keep doing so.\n")
    raw = RawDocument("d", None, text, published="2018-08-29", title="Speaking notes for the Minister of Public "  # type: ignore[arg-type]
                      "Safety and Emergency Preparedness at the Ministerial")
    _doc, found = extract(raw)
    assert found and {(f.speaker, f.role, f.place) for f in found} == {
        ("Anne Tremblay-Ross", "Minister of Public Safety", "Gold Coast")}


def test_a_role_and_name_label_then_the_role_alone() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "Official Spokesperson, Shri Arjun Mehra: Good afternoon friends. I have two announcements to make.\n\n"
            "Question: Sir, what is the response to the statement made in Geneva?\n\n"
            "Official Spokesperson: Our position is well known and has not changed at all.\n")
    facts = _facts(text, "2019-09-12")
    assert {(f.speaker, f.role) for f in facts} == {("Arjun Mehra", "Official Spokesperson")}
    assert any(f.quote.startswith("Our position") for f in facts)


def test_a_parliamentary_record_with_speakers_on_lines_of_their_own() -> None:
    text = ("Hansard\n\nCounter-terrorism: International Cooperation\n\n"
            "1. Alice Northam (Bath) (LD)\n\nWhat steps the Department is taking to work with partners.\n\n"
            "The Minister for Security (Mr Owen Pryce)\n\nWe share intelligence with our partners every day.\n\n"
            "Alice Northam\n\nI thank the Minister for that answer, but will he go further?\n\n"
            "Mr Speaker\n\nOrder. We have a great deal of business to get through today.\n\n"
            "Mr Pryce\n\nI will go further, and I will write to her about it.\n")
    facts = _facts(text, "2018-03-05")
    assert [f.speaker for f in facts] == ["Alice Northam", "Owen Pryce", "Alice Northam", "Speaker", "Owen Pryce"]
    assert facts[1].role == "Minister for Security"


def test_an_interview_whose_subject_is_named_in_the_intro_under_page_widgets() -> None:
    text = ("DW.COM\n\n'Recruiters go where the state is absent'\n\n"
            "Feedback: Send us your feedback.\n\nSomalia: al-Shabaab's reach into Kenya\n\n"
            "Grace Wanjiru Otieno has been director of the Counter Terrorism Centre since 2013. DW spoke to her.\n\n"
            "Q: Who is joining the militants today?\n\n"
            "A: The picture has changed. Today we see young people from the coast.\n\n"
            "Q: And the police?\n\n"
            "A (Peter Kamau): Every abuse is a gift to the recruiters.\n\n"
            "The interview was conducted by Fiona Brandt.\n")
    facts = _facts(text, "2015-06-11")
    assert [f.speaker for f in facts] == [
        "Grace Wanjiru Otieno", "Grace Wanjiru Otieno", "Peter Kamau"]
    assert not any(f.speaker in ("Feedback", "Somalia") or "conducted by" in f.quote for f in facts)


def test_an_office_ending_in_a_place_names_nobody() -> None:
    assert split_role_name("President of the Republic of Kazakhstan")[1] is None
    assert split_role_name("President Putin") == ("President", "Putin")
    assert split_role_name("General Officer Commanding") == ("General Officer Commanding", None)  # no "Commanding"
    assert split_role_name("European Data Protection Supervisor") == ("European Data Protection Supervisor", None)
    assert split_role_name("High Representative of the European Union for Foreign Affairs and Security Policy Helena "
                           "Kristoffersen")[1] == "Helena Kristoffersen"  # an office of two words after its "and"


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [("Acting Assistant Attorney General for National Security Marcus T. Ellery",
      "Acting Assistant Attorney General for National Security", "Marcus T. Ellery"),
     ("Special Agent in Charge Ana Ruiz-Bancroft", "Special Agent in Charge", "Ana Ruiz-Bancroft"),
     ("PSNI Assistant Chief Constable Niall Brannigan", "PSNI Assistant Chief Constable", "Niall Brannigan"),
     ("Secretary of State for Northern Ireland", "Secretary of State for Northern Ireland", None)],
)
def test_long_police_and_legal_titles(phrase: str, role: str, name: str | None) -> None:
    assert split_role_name(phrase) == (role, name)


def test_a_speech_page_prefers_the_fullest_name_its_headings_give() -> None:
    text = ("Home > Documents > Speeches\n\nSpeech by Minister Holtrop at the launch of the Centre\n\n"
            "Speech by Jan-Willem Holtrop, Minister of Justice, at the launch of the Centre, The Hague, 25 January 2016.\n\n"
            "It is a privilege to welcome you here. We meet in difficult times.\n\n"
            "I call on every member state to share information with the Centre.\n")
    raw = RawDocument("d", None, text, published="2016-01-25",  # type: ignore[arg-type]
                      title="Speech by Minister Holtrop at the launch of the Centre")
    _doc, facts = extract(raw)
    assert facts and {(f.speaker, f.role) for f in facts} == {("Jan-Willem Holtrop", "Minister of Justice")}
    assert not any(f.quote.startswith("Speech by") for f in facts)


def test_a_title_with_initials_after_the_quote_and_a_commissioner_of_a_country() -> None:
    text = ("WELLINGTON - Police chiefs met on Monday.\n\n"
            "The chair of the regional chiefs of police, Commissioner Sione Mateo Vaipulu of Tonga, welcomed the plan.\n\n"
            '"Our borders are our ocean, and no country can patrol them alone," Commissioner Vaipulu said.\n\n'
            '"The defendant\'s own words showed that he was committed to violence," said U.S. Attorney Harlow. '
            '"We are grateful to our partners in Canada."\n')
    facts = _facts(text, "2018-03-12")
    by_quote = {f.quote[:12]: f.speaker for f in facts}
    assert by_quote["Our borders "] == "Sione Mateo Vaipulu"
    assert by_quote["The defendan"] == "Harlow"


def test_gazetteer_is_cached_on_disk_and_rebuilt_when_the_cache_is_bad(tmp_path, monkeypatch):
    from bot.facts.ingest import places

    monkeypatch.setenv("WHOSAID_CACHE_DIR", str(tmp_path))
    places.gazetteer.cache_clear()
    try:
        built = places.gazetteer()
        cache = places._cache_file()
        assert cache.parent == tmp_path and json.loads(cache.read_text(encoding="utf-8")) == built
        assert built["beijing"] == "Beijing"
        cache.write_text("{not json", encoding="utf-8")  # a torn or corrupt cache is rebuilt, not trusted
        places.gazetteer.cache_clear()
        assert places.gazetteer() == built
        assert json.loads(cache.read_text(encoding="utf-8")) == built
    finally:
        places.gazetteer.cache_clear()


def test_officials_listed_with_their_districts_are_known_by_their_full_names() -> None:
    text = ("WASHINGTON - A man was sentenced on Friday.\n\n"
            "U.S. Attorney Hilda R. Branwell of the Northern District of Texas and Special Agent in Charge Ruben "
            "Okafor-Lind of the FBI's Dallas Field Office made the announcement.\n\n"
            '"He planned to kill as many people as he could," said U.S. Attorney Branwell.\n\n'
            "Special Agent in Charge Okafor-Lind said the case began with a tip from a neighbour.\n")
    facts = _facts(text, "2018-03-12")
    by_quote = {f.quote[:12]: (f.speaker, f.role) for f in facts}
    assert by_quote["He planned t"] == ("Hilda R. Branwell", "U.S. Attorney")
    assert by_quote["Special Agen"] == ("Ruben Okafor-Lind", "Special Agent in Charge")
    assert "Texas" not in {f.speaker for f in facts}


def test_capitalised_transcript_labels_name_the_speaker() -> None:
    text = ("RN Breakfast\n\nTranscript\n\n"
            "MAREK HOLLOWAY: The conflict has entered a new phase. Joining me is an analyst of the region.\n\n"
            "INGRID SOLBERG-MAKI: Good morning, Marek.\n\n"
            "MAREK HOLLOWAY: Is this the end of the group?\n\n"
            "INGRID SOLBERG-MAKI: No, and I think we need to be careful. The networks are very much alive.\n")
    facts = _facts(text, "2019-03-25")
    said = {f.quote: f.speaker for f in facts}
    assert said["The networks are very much alive."] == "Ingrid Solberg-Maki"
    assert said["Is this the end of the group?"] == "Marek Holloway"


def test_places_said_from_afar_and_names_that_begin_with_the() -> None:
    assert canonical_place("The Hague") == "The Hague" and canonical_place("the Philippines") == "Philippines"
    assert clause_place("told Reuters by telephone from Kabul that") == "Kabul"
    assert clause_place("said in an interview from Toronto that") == "Toronto"
    assert clause_place("told reporters in a teleconference from Nouakchott yesterday") == "Nouakchott"
    assert clause_place("met with Hendra Wicaksono, who is in Beijing for the Second Consultation, at the Ministry") == \
        "Beijing"  # a visitor's stay
    assert clause_place("said Ahmed Khan, who was in Kabul in 2015,") is None  # his past
    assert clause_place("said, referring to fighters from Syria") is None  # origin, not where it was said


@pytest.mark.parametrize(("clause", "place"), [("met today at the White House with", "Washington"),
                                               ("told reporters at the Kremlin", "Moscow"),
                                               ("said in Casablanca", "Casablanca")])
def test_a_seat_of_government_is_its_city(clause: str, place: str) -> None:
    assert clause_place(clause) == place  # (and "White House" no old name of Casablanca)
    assert canonical_place("PENTAGON") is None  # a shouted dateline: the reporter's beat


def test_an_interview_guest_speaks_from_where_the_host_says_they_are() -> None:
    text = ("RN Breakfast\n\nTranscript\n\n"
            "MAREK HOLLOWAY: The conflict has entered a new phase. Ingrid Solberg-Maki joins me now from Jakarta.\n\n"
            "INGRID SOLBERG-MAKI: Good morning, Marek. The networks are very much alive.\n\n"
            "MAREK HOLLOWAY: Is this the end of the group?\n\n"
            "INGRID SOLBERG-MAKI: No, and I think we need to be careful with that word.\n")
    facts = _facts(text, "2019-03-25")
    assert {f.place for f in facts if f.speaker == "Ingrid Solberg-Maki"} == {"Jakarta"}


@pytest.mark.parametrize("opening", [
    "Speech by Anneke de Wit, Minister of Justice, at the opening of the Centre, The Hague, 25 January 2016.\n\n"
    "It is a privilege to open this Centre today.",
    "Speech by Anneke de Wit, Minister of Justice, at the opening of the Centre.\n\n"
    "It is a privilege to welcome you to The Hague today.",
    "Speech by Anneke de Wit, Minister of Justice, at the opening of the Centre.\n\n"
    "I sincerely welcome you to the ancient and hospitable city of The Hague.",
])
def test_a_speech_takes_its_place_from_the_heading_or_the_welcome(opening: str) -> None:
    text = (f"Government\n\nHome > Speeches\n\n{opening} We meet in difficult times.\n\n"
            "I call on every member state to share information with the Centre.\n")
    facts = _facts(text, "2016-01-25")
    assert facts and {f.place for f in facts} == {"The Hague"}


def test_accented_names_honorifics_with_initials_and_lone_surnames_resolve_to_full_names() -> None:
    text = ("PARIS (Reuters) - Two countries promised on Tuesday to share more intelligence.\n\n"
            "French Interior Minister Étienne Roussel, speaking after talks with his Belgian counterpart Jan Dewulf, "
            "said the two countries would set up a joint team.\n\n"
            "Dewulf acknowledged that two of the attackers had been known to police.\n\n"
            "The delegation was headed by Mr. Oleg V. Sadovnikov, Deputy Minister of Foreign Affairs.\n\n"
            "Deputy Minister Sadovnikov appreciated the role of the host country in the fight against terrorism.\n")
    facts = _facts(text, "2016-03-29")
    by_quote = {f.quote[:12]: (f.speaker, f.role) for f in facts}
    assert by_quote["French Inter"][0] == "Étienne Roussel"
    assert by_quote["Dewulf ackno"][0] == "Jan Dewulf"
    assert by_quote["Deputy Minis"][0] == "Oleg V. Sadovnikov"
    assert "As Dewulf" not in {f.speaker for f in facts}


def test_an_unnamed_source_takes_its_paragraph_and_a_statement_speaks_for_its_issuer() -> None:
    text = ("OUAGADOUGOU - Gunmen attacked a hotel.\n\n"
            "Security minister Salif Ouedraogo said 28 people had been killed.\n\n"
            "A security source told Reuters that one attacker may have escaped. We have not been able to confirm this.\n\n"
            "In a statement on Monday, US Africa Command (AFRICOM) said the strike was carried out on Sunday.\n\n"
            '"We currently assess no civilians were injured or killed as a result of this air strike," the statement said.\n')
    facts = _facts(text, "2016-01-16")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert "A security s" not in said and "We have not " not in said
    assert said["We currently"] == "US Africa Command"


@pytest.mark.parametrize("opening", ["The", "On 4 May 2018, the"])
def test_a_numbered_communique_speaks_for_the_group_its_first_paragraph_names(opening: str) -> None:
    text = ("Joint Communique of the Meeting of Foreign Ministers\n\n"
            f"1. {opening} Foreign Ministers of the Republic of Kazakhstan, the Kyrgyz Republic and Mongolia held their "
            "third meeting in Astana on 4 May 2018.\n\n"
            "2. The Ministers strongly condemned terrorism in all its forms and manifestations.\n\n"
            "3. They agreed to hold the next meeting in Bishkek.\n")
    facts = _facts(text, "2018-05-04")
    group = "Foreign Ministers of the Republic of Kazakhstan, the Kyrgyz Republic and Mongolia"
    assert {f.quote[:12]: f.speaker for f in facts} == {"The Minister": group, "They agreed ": group}


def test_a_short_whole_sentence_quoted_after_an_attribution_goes_on_but_a_title_in_quotes_does_not() -> None:
    text = ("NAIROBI, May 3 -- Lieutenant Colonel Moses Langat of the Kenya Police said the course had helped him.\n\n"
            "\"We came here to learn, but we also shared our own experience,\" Langat said. \"Our colleagues listened.\"\n\n"
            "The project is called \"Safe Road to Home.\" It began in May.\n")
    quotes = [f.quote for f in _facts(text, "2018-05-03")]
    assert "Our colleagues listened." in quotes and not any("Safe Road" in q for q in quotes)


@pytest.mark.parametrize(("text", "published", "speakers"), [
    ("INTERFAX\nRussia & CIS General Newswire\n\n05 December 2018 13:06\n\n"  # a masthead's title word is no person's
     "MINSK. Dec 5 (Interfax) - About 1,500 nationals of the CIS are still fighting in Syria and Iraq, Head of the "
     "CIS Anti-Terrorism Centre (ATC) Col. Gen. Andrei Kuznetsov said.\n\n"
     "According to the general, more than 11,000 people are on the list.\n", "2018-12-05", {"Andrei Kuznetsov"}),
    ("Joint Communique of the Fourth Meeting of the BRICS Counter-Terrorism Working Group\n\n"  # "the members" are the
     "1. The Fourth Meeting of the Working Group was held in Brasilia under the chairmanship of Brazil.\n\n"  # members
     "2. The BRICS members strongly condemned terrorism in all its forms and manifestations.\n\n"  # it names
     "3. The members called for the adoption of the Comprehensive Convention on International Terrorism.\n",
     "2019-09-18", {"BRICS members"}),
])
def test_who_a_page_names_by_a_title_or_a_group_noun(text: str, published: str, speakers: set[str]) -> None:
    assert {f.speaker for f in _facts(text, published)} == speakers


def test_a_title_before_the_speakers_name_does_not_end_the_clause_that_dates_a_quotation() -> None:
    text = ("KUALA LUMPUR, 10 December 2015 - The Secretary-General of ASEAN, Dr. Surapong Kittikul, warned that "
            "extremism could undermine the region.\n\n"
            "\"We will not allow a few hundred people to take that away from us,\" Dr. Surapong said yesterday in his "
            "keynote address.\n")
    assert [f.date for f in _facts(text, "2015-12-10")][-1] == "2015-12-09"


def test_an_outlet_asks_and_the_interviewee_named_in_the_intro_answers_unlabelled() -> None:
    text = ("DW.COM\n\nAsia\n\nFive soldiers were killed in the south on Sunday in an attack claimed by a militant group. "
            "Regional expert Lena Brandauer-Koss tells DW why the government is struggling.\n\n"
            "Dr. Lena Brandauer-Koss heads the Central Asia research group at an institute in Berlin.\n\n"
            "DW: The government has blamed an opposition party. How credible is that?\n\n"
            "Not very credible, to be honest. The party was legal until 2015.\n\n"
            "DW: How strong are the militants in the region?\n\n"
            "Several thousand people from the region went to Syria and Iraq.\n")
    raw = RawDocument("d", None, text, published="2018-08-02", publisher="Deutsche Welle")  # type: ignore[arg-type]
    _doc, facts = extract(raw)
    answers = [f for f in facts if f.quote.startswith(("Not very", "Several thousand"))]
    assert len(answers) == 2 and {(f.speaker, f.date) for f in answers} == {("Lena Brandauer-Koss", "2018-08-02")}
    assert {f.speaker for f in facts if f.quote.endswith("?")} == {"DW"}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The college has trained 3,000 officers since 2006, according to its president, Hua Minsheng.", "Hua Minsheng"),
    ("In his view, the biggest obstacle remains mistrust.", "he"),
    ("PARIS/BRUSSELS (Reuters) - France and Belgium promised on Tuesday to share intelligence.", "France and Belgium"),
    ("According to the Chinese Consulate-General in St. Petersburg, no citizens were hurt.",
     "the Chinese Consulate-General in St. Petersburg"),
    ("Speaking at a panel, retired Pakistani Lieutenant General Asad Karim Niazi, a former director general, "
     "noted that the region had suffered.", "retired Pakistani Lieutenant General Asad Karim Niazi"),
    ("Mr. Pillai said the group would meet every year, alternately in Delhi and Astana, and that the two sides had "
     "agreed to designate contact points.", "Mr. Pillai"),
    ("Speaking for the United States, the representative said that her delegation supported the framework.",
     "representative of the United States"),
    ("President Xi Jinping sent a message of condolence to President Maithripala Sirisena, saying that China firmly "
     "opposes all forms of terrorism.", "President Xi Jinping"),  # the verb after the ", saying" is what was said
    ("Nigeria, Chad, Cameroon and Niger have agreed to deploy additional troops around Lake Chad, Nigeria's defence "
     "minister, Bello Garba Yakasai, has said.", "Bello Garba Yakasai"),  # a role with no verb of its own
])
def test_more_attribution_forms(sentence: str, speaker: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == speaker


def test_a_spokesperson_citing_an_embassy_goes_on_answering_and_outlet_labels_with_places() -> None:
    text = ("Foreign Ministry Spokesperson Regular Press Conference\n\n"
            "CCTV: A knife attack took place in Nice yesterday. What is China's comment?\n\n"
            "Gao Ruiming: China strongly condemns the terrorist attack in Nice.\n\n"
            "China opposes all forms of terrorism. According to the Chinese Embassy in France, no Chinese citizens "
            "were hurt. The Embassy has reminded Chinese citizens to stay alert.\n\n"
            "Associated Press of Pakistan: A bomb exploded in Peshawar on Tuesday. Does China have any comment?\n\n"
            "Gao Ruiming: China strongly condemns this attack.\n")
    facts = _facts(text, "2020-10-30")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["China oppose"] == "Gao Ruiming" and said["The Embassy "] == "Gao Ruiming"
    assert said["Does China h"] == "Associated Press of Pakistan"
    assert said.get("According to") in ("Chinese Embassy in France", "Gao Ruiming")


def test_the_ministers_of_a_communique_are_all_of_them_after_a_subgroup_speaks() -> None:
    text = ("Joint Communique\n\n"
            "1. The Foreign Ministers of Mongolia, the Kyrgyz Republic and Georgia held their meeting in Tbilisi.\n\n"
            "2. The Foreign Ministers of Mongolia and the Kyrgyz Republic thanked Georgia for its hospitality.\n\n"
            "3. The Ministers agreed to hold the next meeting in Bishkek.\n")
    facts = _facts(text, "2018-05-04")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["The Minister"] == "Foreign Ministers of Mongolia, the Kyrgyz Republic and Georgia"


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("The federal government has no plans to bring home the Canadians held by Kurdish forces in northeastern Syria, "
     "Public Safety Minister Paul Okonkwo-Reid said on Tuesday, despite growing pressure from allies to take back "
     "foreign fighters captured in the collapse of the Islamic State's last enclave.",
     "Public Safety Minister Paul Okonkwo-Reid", None),
    ("Foreign Minister Anne Castellane-Ruiz struck a different tone in Munich on Saturday, telling a panel that "
     "Canada was looking carefully at the camps.", "Foreign Minister Anne Castellane-Ruiz", None),
    ("In the Bogside, local youth worker Ciarán Doherty-Breen said residents were angry.", "Ciarán Doherty-Breen",
     "local youth worker"),
    ("Conservative public safety critic Dana Marchetti-Lowe said on Monday that they must never return.",
     "Dana Marchetti-Lowe", "Conservative public safety critic"),
    ("Former militant Hasan Basri Lubis, who now runs a foundation in Lamongan, East Java, said the hardest part came "
     "after it.", "Hasan Basri Lubis", "Former militant"),
    ("Bukit Aman Special Branch Counter-Terrorism Division principal assistant director Datuk Zulkifli Ahmad Tajuddin "
     "said the group arrived on Sunday.", "Zulkifli Ahmad Tajuddin",
     "Bukit Aman Special Branch Counter-Terrorism Division principal assistant director"),
    ("Japan, China and South Korea agreed Wednesday to share information on foreign fighters.",
     "Japan, China and South Korea", None),
])
def test_trailing_tails_telling_and_described_names(sentence: str, speaker: str, role: str | None) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and (rep.mention.text, rep.mention.role) == (speaker, role)


def test_nothing_after_a_transcripts_end_mark_is_the_last_speakers() -> None:
    text = ("Press Conference by Foreign Minister Kanda\n\n"
            "Minister Kanda: Japan strongly condemns the attacks in Sri Lanka.\n\n"
            "Fujita, Asahi Shimbun: Are there any plans for a summit meeting?\n\n"
            "Minister Kanda: There is nothing decided at this point regarding such a visit.\n\n"
            "(End)\n\nRelated Information\n"
            "Statement by the Minister for Foreign Affairs on the terrorist attacks in Sri Lanka (April 21, 2019)\n")
    assert not any(f.quote.startswith("Statement by") for f in _facts(text, "2019-04-23"))
    assert [ln.kind for ln in page_lines(text)][-2:] == ["furniture", "furniture"]  # a "Related Information" box


def test_a_journalist_label_with_the_outlet_asks_for_the_outlet() -> None:
    text = ("Press Conference by the Press Secretary\n\n"
            "Press Secretary Hayashida: Japan strongly condemns the attack in Dhaka.\n\n"
            "Kyodo News, Mr. Ishikura: What kind of assistance is Japan providing?\n\n"
            "Press Secretary Hayashida: A team from the National Police Agency has been sent.\n")
    facts = _facts(text, "2016-07-12")
    assert {f.speaker for f in facts if f.quote.endswith("?")} == {"Kyodo News"}


@pytest.mark.parametrize("label, outlet", [
    ("Elena Volkova, Sputnik Kyrgyzstan", "Sputnik Kyrgyzstan"),
    ("Aigul Nurova, Vecherniy Bishkek", "Vecherniy Bishkek"),
    ("Baktygul Osmonova, 24.kg", "24.kg"),  # an outlet named by its domain
    ("Mohamed Olad, Shabelle Media Network", "Shabelle Media Network"),
    ("Nakagawa, Kyodo News", "Kyodo News"),  # the journalist's surname only
    ("Fujita, Asahi Shimbun", "Asahi Shimbun"),
])
def test_a_journalist_label_with_the_outlet_after_the_name_asks_for_the_outlet(label: str, outlet: str) -> None:
    text = ("Press conference of the CSTO Secretary General\n\n"
            "Valery Semenchuk: Thank you. The chairmanship has been active and substantive this year.\n\n"
            f"{label}: Is the CSTO ready to send its forces if the situation on the border deteriorates?\n\n"
            "Valery Semenchuk: The forces exist precisely for such situations, and they train for them.\n")
    facts = _facts(text, "2019-11-26")
    assert [f.speaker for f in facts if f.quote.endswith("?")] == [outlet]
    assert {f.speaker for f in facts if not f.quote.endswith("?")} == {"Valery Semenchuk"}


@pytest.mark.parametrize("opening, group", [
    ("The Ministers of Foreign Affairs of the Republic of Kazakhstan, the Kyrgyz Republic, Turkmenistan and the Republic "
     "of Uzbekistan (hereinafter the Parties), having met in Ashgabat on 4 December 2019, declare the following:",
     "Ministers of Foreign Affairs of the Republic of Kazakhstan, the Kyrgyz Republic, Turkmenistan and the Republic of "
     "Uzbekistan"),
    ("WE, the Ministers of Defence of Cambodia, Lao PDR, Myanmar and Viet Nam, having met in Vientiane on 4 May 2019:",
     "Ministers of Defence of Cambodia, Lao PDR, Myanmar and Viet Nam"),
])
def test_a_declaring_group_named_with_a_list_of_countries_keeps_the_whole_list(opening: str, group: str) -> None:
    text = (f"Joint Communique\n\n{opening}\n\n"
            "1. The Parties reaffirmed their commitment to the purposes and principles of the Charter.\n\n"
            "2. Agree to strengthen the exchange of information among the competent authorities.\n")
    assert {f.speaker for f in _facts(text, "2019-12-05")} == {group}


def test_an_op_ed_signed_beside_its_date_with_an_appositive_bio_at_the_foot() -> None:
    text = ("PROJECT OPINION\n\nEurope's Prisons Are the Next Front Line\n\nOct 15, 2018 | Karin Holmqvist-Adeyemi\n\n"
            "STOCKHOLM – In the years after 2014, European governments made it a crime to join the Islamic State.\n\n"
            "This should not come as a surprise to anyone. Probation services still have no specialized staff.\n\n"
            "The EU can help. Europol already supports cross-border investigations.\n\n"
            "Karin Holmqvist-Adeyemi, a former deputy director-general of the Swedish Prison Service, is a senior "
            "fellow at the Centre for Security Policy.\n")
    facts = _facts(text, "2018-10-15")
    body = [f for f in facts if not f.quote.startswith("Karin")]
    assert len(body) >= 4 and {f.speaker for f in body} == {"Karin Holmqvist-Adeyemi"}


@pytest.mark.parametrize("line", [
    "A A A    Print    Email    Share to:",
    "(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)",
])
def test_more_widgets_and_syndication_notes_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Federal Minister for Interior Rana Zulfiqar Ahmed", "Federal Minister for Interior", "Rana Zulfiqar Ahmed"),
    ("Minister of State Mohammad Ali Khan", "Minister of State", "Mohammad Ali Khan"),
    ("National Coordinator of the Authority (NACTA) Khawaja Iftikhar Durrani", "National Coordinator of the Authority (NACTA)",
     "Khawaja Iftikhar Durrani"),
])
def test_names_after_an_office_ending_in_a_noun_or_an_acronym(phrase: str, role: str, name: str) -> None:
    assert split_role_name(phrase) == (role, name)


def test_a_qualified_description_finds_the_official_it_qualifies() -> None:
    text = ("ISLAMABAD, Feb 2 (APP): Talks were held between Federal Minister for Interior Rana Zulfiqar Ahmed and "
            "Chinese Vice Minister of Public Security Meng Qinghua, who called on him here.\n\n"
            "Rana Zulfiqar said Pakistan had broken the back of terrorists.\n\n"
            "The Chinese vice minister expressed the confidence that cooperation would deepen.\n")
    said = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2016-02-02")}
    assert said["The Chinese "] == ("Meng Qinghua", "Chinese Vice Minister of Public Security")


def test_a_briefing_heading_gives_speaker_place_and_day_not_the_future_event_it_announces() -> None:
    text = ("Ministry of Foreign Affairs\n\nBriefing by Foreign Ministry Spokeswoman Vera Solntseva, Moscow, "
            "September 14, 2017\n\n"
            "On September 19, Moscow will host the meeting of the Joint Working Group on Counter-Terrorism. "
            "We consider India to be an important partner.\n\n"
            "Question: How do you assess the consultations?\n\n"
            "Vera Solntseva: We have repeatedly said that we are open to such cooperation.\n")
    facts = _facts(text, "2017-09-14")
    assert {(f.speaker, f.date, f.place) for f in facts if not f.quote.endswith("?")} == \
        {("Vera Solntseva", "2017-09-14", "Moscow")}
    assert {f.role for f in facts if f.speaker == "Vera Solntseva"} == {"Foreign Ministry Spokeswoman"}


def test_fuller_names_skip_places_and_bodies_and_initials_are_not_org_acronyms() -> None:
    text = ("BISHKEK - The meeting was chaired by Chairman of the State Committee (GKNB) of the Kyrgyz Republic "
            "Orozbek Temirov.\n\n"
            '"Recruiters do not need to cross borders," Temirov said in his opening speech.\n\n'
            "Last week, the shadow security minister, Nia Pritchard, accused ministers of gambling with safety.\n\n"
            "Japanese government officials say some 20 firms have evacuated staff.\n")
    said = _said(text, "2019-10-30")
    assert said["Recruiters d"] == "Orozbek Temirov"
    assert said["Last week, t"] == "Nia Pritchard"
    assert "Japanese gov" not in said


def test_a_senior_official_of_a_ministry_is_named_in_the_next_paragraph_and_bodies_keep_their_articles() -> None:
    text = ("BEIJING - Chinese police will deepen cooperation with Interpol, a senior official of the Ministry of "
            "Public Security (MPS) said on Monday.\n\n"
            "Liang Dongfang, deputy director-general of the MPS International Cooperation Department, told a press "
            "conference in Beijing that China had asked Interpol to issue red notices.\n\n"
            "The Council of the Regional Anti-Terrorist Structure (RATS) of the Shanghai Cooperation Organization "
            "on Thursday agreed to set up a shared database.\n")
    said = _said(text, "2018-11-05")
    assert said["Chinese poli"] == "Liang Dongfang"
    assert said["The Council "].startswith("Council of the Regional Anti-Terrorist Structure")


def test_the_nationality_of_a_counterpart_picks_the_speaker_and_closing_notes_are_furniture() -> None:
    text = ("ASTANA - The agreement was signed by Kazakh Foreign Minister Yerbol Sadykov and his Uzbek counterpart "
            "Anvar Tursunbaev following talks.\n\n"
            "In turn, Anvar Tursunbaev said Uzbekistan is interested in closer cooperation.\n\n"
            '"Our presidents have set the task of turning Central Asia into a region of stability," the Uzbek '
            "minister said.\n")
    said = _said(text, "2018-03-15")
    assert said["Our presiden"] == "Anvar Tursunbaev"
    assert classify_line("The press conference ended at 11:30 a.m.") == "furniture"


def test_a_written_parliamentary_question_and_its_answer() -> None:
    text = ("GOVERNMENT OF INDIA\nMINISTRY OF HOME AFFAIRS\nLOK SABHA\nUNSTARRED QUESTION NO. 1187\n\n"
            "CROSS-BORDER INFILTRATION\n\n1187. SHRI RAMESH CHANDRA VERMA:\n\n"
            "Will the Minister of HOME AFFAIRS be pleased to state:\n\n"
            "(a) whether infiltration attempts have increased during the last year; and\n"
            "(b) the steps taken by the Government to stop them?\n\n"
            "ANSWER\n\nMINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS\n(SHRI KIRAN PRASAD NAIR)\n\n"
            "(a) & (b): Yes, Madam. The Government has strengthened border fencing and surveillance.\n")
    facts = _facts(text, "2018-07-24")
    asked = [f for f in facts if f.speaker == "Ramesh Chandra Verma"]
    answered = [f for f in facts if f.speaker == "Kiran Prasad Nair"]
    assert any(f.quote.startswith("(a) whether") for f in asked) and any(f.quote.startswith("(b) the") for f in asked)
    assert answered and {f.role for f in answered} == {"Minister of State in the Ministry of Home Affairs"}


def test_an_unnamed_source_quoted_in_an_op_ed_is_not_the_author() -> None:
    text = ("COMMENTARY\n\nBring Them Home\n\nBy Helga Marsten\n\n"
            "Critics of repatriation say prosecutions at home will fail. I think this concern is overstated.\n\n"
            'As a senior European prosecutor put it to me, "the evidence is there if we are willing to look for it."\n\n'
            "We should bring our citizens home and try them.\n\n"
            "Helga Marsten is a senior fellow at the Institute.\n")
    facts = _facts(text, "2019-03-01")
    assert not any(f.quote.startswith(("As a senior", "the evidence")) for f in facts)
    assert any(f.speaker == "Helga Marsten" for f in facts)


def test_a_reporters_byline_does_not_make_a_news_story_theirs() -> None:
    text = ("THE DAILY\n\nAsia | SE Asia\n\nThree countries launch joint air patrols\n\nPublished Oct 12, 2017\n\n"
            "Siti Rahmawati\nIndonesia Correspondent\n\n"
            "JAKARTA - Three countries on Thursday launched joint air patrols over the Sulu Sea.\n\n"
            "The ceremony was attended by the defence ministers, who said in a joint statement that the patrols "
            "would deter militants.\n\n"
            "The maritime patrols have reduced kidnappings in the area, according to officials.\n\n"
            "Siti Rahmawati\n\nTopics: TERRORISM, INDONESIA\n")
    facts = _facts(text, "2017-10-12")
    assert "Siti Rahmawati" not in {f.speaker for f in facts}


def test_an_interviews_framing_is_not_the_interviewers_statement() -> None:
    text = ("SECURITY REVIEW\n\nAnalysis | Interviews | Opinion | Podcasts\n\nInterview: Interpol's counter-terrorism "
            "chief\n\nBy Lin Pei Shan\nSeptember 13, 2018\n\n"
            "Peter Odhiambo, a Kenyan police officer, has been director of counter-terrorism at Interpol since 2016. "
            "We spoke with him in Singapore on Thursday.\n\n"
            "Q: What is the biggest threat?\n\nA: I think it is the return of foreign fighters. We see it everywhere.\n\n"
            "Q: What can Asia do?\n\nA: Share data. We built the databases; countries must use them.\n\n"
            "The interview has been edited for length and clarity.\n\nRelated\nOpinion: Asia's returnee problem\n")
    facts = _facts(text, "2018-03-01")
    assert "Lin Pei Shan" not in {f.speaker for f in facts}
    assert not any("edited for length" in f.quote for f in facts)


def test_a_long_paragraph_ending_in_boilerplate_words_stays_prose() -> None:
    intro = ("Dr. Lena Hoff, Director of Research at the Abu Dhabi-based International Centre for Countering Violent "
             "Extremism, spoke to the Monitor in Abu Dhabi last week about returning fighters, online propaganda and "
             "what governments get wrong. The interview has been edited for length and clarity.")
    assert classify_line(intro) == "prose"
    assert classify_line("The interview has been edited for length and clarity.") == "furniture"


def test_a_press_conference_is_dated_by_its_date_field_or_its_lead_not_by_publication() -> None:
    field = ("SCIO press conference\n\nChina.org.cn | June 5, 2018\n\nSpeakers:\nMr. Ou Jiankun, director-general\n\n"
             "Date:\nJune 4, 2018\n\nModerator: Good morning. Today we have invited two officials.\n\n"
             "Ou Jiankun: Thank you. Security cooperation has been the cornerstone of our work.\n\n"
             "China Daily: What will the summit discuss?\n\nOu Jiankun: It will discuss terrorism and extremism.\n")
    lead = ("Regular Press Conference on April 27\n\nSource: Ministry of National Defense 2017-04-28 17:36:07\n\n"
            "Senior Colonel Tang Jiafeng, spokesperson for the Ministry, answered questions at the regular press "
            "conference held in Beijing on the afternoon of April 27, 2017.\n\n"
            "Question: Could you give us more details about the training?\n\n"
            "Answer: The training was held in Kathmandu and focused on counter-terrorism.\n")
    assert {f.date for f in _facts(field, "2018-06-05") if f.speaker == "Ou Jiankun"} == {"2018-06-04"}
    assert {f.date for f in _facts(lead, "2017-04-28") if f.quote.startswith("The training")} == {"2017-04-27"}


def test_the_two_sides_of_a_bilateral_page_agencies_named_with_for_and_bangladeshi_initials() -> None:
    text = ("(ECNS) -- China and Egypt agreed on Wednesday to step up intelligence sharing.\n\n"
            "The dialogue was co-chaired by Vice Minister Du Hongbo and Senior Secretary Md. Abdul Karim Sarkar.\n\n"
            "The two sides agreed to hold the next round of the dialogue in Cairo in 2021.\n\n"
            "The U.S. Agency for International Development said it was deploying a disaster team.\n")
    facts = _facts(text, "2019-12-11")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert {f.speaker for f in facts if "step up" in f.quote} == {"China and Egypt"}
    assert said["The two side"] == "China and Egypt"
    assert said["The U.S. Age"] == "U.S. Agency for International Development"


@pytest.mark.parametrize("line", [
    "(The transcript has been edited for brevity.)",
    "Ahram Online welcomes readers' comments on all issues covered by the site, along with any criticisms.",
    "Translated and edited by Wang Shuyi and Zhou Jing.",
    "Reproduction in whole or in part without permission is prohibited.",
    "Rescue workers search for survivors in a collapsed building. (Alfredo Estrella/AFP/Getty Images)",
])
def test_editorial_notes_comment_policies_and_multi_agency_credits_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Mexico City's mayor, Alejandro Sáenz de Valle, said Wednesday that 39 people had been pulled alive.",
     "Alejandro Sáenz de Valle"),
    ("Seismologist Karen Lind-Batista of the University of California, Berkeley said the quake was not an aftershock.",
     "Karen Lind-Batista"),  # the office split by the name: "Seismologist of the University of California"
])
def test_possessive_offices_and_affiliations_ending_in_a_city(sentence: str, speaker: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == speaker


def test_a_chinese_surname_that_spells_a_particle() -> None:
    assert split_role_name("Chinese Vice Minister of Public Security Du Hongbo") == \
        ("Chinese Vice Minister of Public Security", "Du Hongbo")


def test_plural_nouns_of_an_office_are_not_given_names() -> None:
    assert split_role_name("OSCE Co-ordinator of Activities to Address Transnational Threats Fiorella Bianchi")[1] == \
        "Fiorella Bianchi"


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("The Indian embassy in Beijing said in an advisory late on Wednesday that travellers should register.",
     "The Indian embassy in Beijing", None),
    ("Her father, Raghavan Menon, said the family had not slept properly.", "Raghavan Menon", "Her father"),
    ("Rep. Park Dong-ho of the ruling Democratic Party told a radio interview Tuesday that the talks had stalled.",
     "Park Dong-ho", None),
    ("U.S. Attorney General William Barr Tuesday announced that two men had been charged.", "U.S. Attorney General William Barr",
     None),
    ("In a separate briefing in Seoul, his U.S. counterpart Nathan B. Ashford said the gap remained wide.",
     "Nathan B. Ashford", "U.S. counterpart"),
    ("Mr. van der Berg, for his part, welcomed the agreement as a milestone.", "Mr. van der Berg", None),
])
def test_subjects_with_affiliations_kin_counterparts_and_particles(sentence: str, speaker: str, role: str | None) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and (rep.mention.text, rep.mention.role) == (speaker, role)


def test_a_full_name_with_particles_after_an_honorific_is_registered() -> None:
    text = ("NEW YORK - The MoU was signed by Mr. Karel van der Berg, Director of the Centre.\n\n"
            "Mr. van der Berg, for his part, welcomed the agreement as a milestone.\n")
    assert {f.speaker for f in _facts(text, "2016-09-20")} == {"Karel van der Berg"}


def test_an_office_joined_by_and_keeps_its_holder_and_a_bracketed_date_dates_a_speech() -> None:
    text = ("ULAN BATOR, Aug. 24 (Xinhua) -- Mongolia and China pledged to step up cooperation.\n\n"
            "The pledge was made during talks between Mongolian Minister of Justice and Home Affairs Ganboldyn Tsogzolmaa "
            "and Chinese Vice Minister of Public Security Ma Zhenglin.\n\n"
            "Tsogzolmaa said Mongolia attaches great importance to security cooperation.\n")
    said = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2017-08-24")}
    assert said["Tsogzolmaa s"] == ("Ganboldyn Tsogzolmaa", "Mongolian Minister of Justice and Home Affairs")
    speech = ("Permanent Mission\n\nStatement by Ambassador Gao Shiwen, Deputy Permanent Representative, at the Security "
              "Council Open Debate\n\n(28 March 2019)\n\n2019/03/29\n\nMr. President,\n\n"
              "China thanks France for convening today's open debate. We welcome the resolution.\n\n"
              "Money is the lifeblood of terrorism. We must cut it off.\n")
    assert {f.date for f in _facts(speech, "2019-03-29")} == {"2019-03-28"}


def test_said_mr_x_after_a_quote_and_the_title_alone_after_the_holder_was_named() -> None:
    text = ("NUR-SULTAN - The MoU was signed by Under-Secretary-General of the Office (UNOCT) Mikhail Yurievich Sokolin "
            "and Deputy Minister Yerlan Ashimbekov.\n\n"
            '"Kazakhstan has been a strong partner of the United Nations," said Mr. Sokolin. "It will detect terrorists."\n\n'
            "Opening the round table, SCO Secretary-General Farkhod Salimbekov stressed that the Internet was a threat.\n\n"
            '"No state can cope with this challenge alone," the Secretary-General said.\n')
    said = _said(text, "2019-11-20")
    assert said["Kazakhstan h"] == "Mikhail Yurievich Sokolin"
    assert said["No state can"] == "Farkhod Salimbekov"


def test_an_office_listed_over_commas_then_its_holder_introduces_a_quotation() -> None:
    text = ("Commissioner for Justice, Consumers and Gender Equality Jiřina Novotná added: \"Getting terrorist content off "
            "the web must never become an excuse for taking lawful speech offline.\"\n")
    facts = _facts(text, "2018-09-12")
    assert [(f.speaker, f.role) for f in facts] == [
        ("Jiřina Novotná", "Commissioner for Justice, Consumers and Gender Equality")]


def test_an_office_without_its_holders_name_is_the_holder_met_before() -> None:
    text = ("RAWALPINDI, January 18 - Chief of Army Staff General Javed Iqbal Niazi visited Miranshah today. On arrival, "
            "he was received by Commander Peshawar Corps Lieutenant General Hamid Khan Yousafzai.\n\n"
            "Commander Peshawar Corps informed that 233 kilometres of fencing had been completed.\n")
    assert _said(text, "2018-01-18")["Commander Pe"] == "Hamid Khan Yousafzai"


def test_according_to_an_office_then_its_ranked_holder() -> None:
    s = ("According to the Force Public Relations Officer, Assistant Commissioner of Police Jimoh Adebayo Olaniran, the "
         "meeting also discussed the harmonisation of the laws on firearms.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "Jimoh Adebayo Olaniran"


def test_a_list_of_countries_may_give_some_their_article() -> None:
    s = ("In a communique, the ministers of Australia, Canada, New Zealand, the United Kingdom and the United States said "
         "tech companies should act.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == \
        "the ministers of Australia, Canada, New Zealand, the United Kingdom and the United States"


def test_a_broadcasters_acknowledgement_of_country_is_furniture() -> None:
    line = ("ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional "
            "Custodians of the lands where we live, learn, and work.")
    assert classify_line(line) == "furniture"


def test_leaders_of_a_list_of_countries_said_that() -> None:
    s = "The leaders of Mauritania, Mali, Burkina Faso, Niger and Chad said in a joint declaration that the force is ready."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "leaders of Mauritania, Mali, Burkina Faso, Niger and Chad"


@pytest.mark.parametrize(("text", "place"), [
    ("Vice Foreign Minister Meets UN Official\n\n2018/07/10\n\nOn July 10, 2018, Vice Foreign Minister Kong Xiaoming "
     "met in Beijing with Under-Secretary-General Andrei Sokolov.\n\nKong Xiaoming said the office was important.\n",
     "Beijing"),
    ("Experts call for cooperation\n\nTerrorist groups are adapting fast, officials warned at the 8th Beijing Xiangshan "
     "Forum on Thursday.\n\nRetired General Tariq Mahmood Abbasi said the region must do its part.\n", "Beijing"),
    ("Press Conference by the Press Secretary, Mr. Kenji Moriyama\n\nWednesday, July 6, 2016, 4:05 p.m.\n"
     "Ministry of Foreign Affairs, Tokyo\n\nPress Secretary Moriyama: Japan strongly condemns the attack.\n\n"
     "Kyodo News, Mr. Ishida: What assistance is Japan providing?\n\nPress Secretary Moriyama: A team has been sent.\n",
     "Tokyo"),
    ("Ministry of Foreign Affairs, Malaysia\n\nJOINT STATEMENT\n\nKuala Lumpur, 2 August 2016\n\n"
     "1. The Foreign Ministers of Indonesia, Malaysia and the Philippines met today to discuss maritime security.\n\n"
     "2. The Ministers expressed grave concern over the continued incidents of kidnapping at sea.\n", "Kuala Lumpur"),
])
def test_places_from_a_meeting_lead_an_event_named_after_a_city_and_a_venue_line(text: str, place: str) -> None:
    facts = [f for f in _facts(text, "2018-07-10") if not f.quote.endswith("?")]
    assert facts and {f.place for f in facts} == {place}


def test_an_interviews_place_and_day_come_from_the_sentence_saying_where_it_was_held() -> None:
    text = ("DW.COM\n\nAfrica\n\nTwo months after the attack, Kenya is trying to stop recruitment. DW spoke to the head "
            "of the centre about prisons and police.\n\nDate 11.06.2015\n\n"
            "Rose Achieng Otieno has been director of the centre since 2013. DW spoke to her in Nairobi on Wednesday.\n\n"
            "Q: The attack on the university killed 148 people. Was Kenya prepared for it?\n\n"
            "A: No country is ever fully prepared. We had information about the threat.\n\n"
            "Q: Who is joining al-Shabaab today, and where do they come from?\n\nA: The picture has changed a lot.\n")
    raw = RawDocument("d", None, text, published="2015-06-11", publisher="Deutsche Welle")  # type: ignore[arg-type]
    _doc, facts = extract(raw)
    answers = [f for f in facts if f.quote.startswith(("No country", "We had"))]
    assert answers and {(f.place, f.date) for f in answers} == {("Nairobi", "2015-06-10")}


def test_acronym_titles_after_a_name_the_head_of_state_and_slovak_capitals() -> None:
    text = ("RAWALPINDI, March 12: General Ghulam Farooq Amarzai, Chief of General Staff (CGS) of the Afghan army, called "
            "on General Nasir Mahmood Awan, Chief of Army Staff (COAS), at GHQ today.\n\n"
            "COAS said that Pakistan and Afghanistan face a common enemy.\n\n"
            "TASHKENT - President of the Republic of Uzbekistan Olim Ergashevich Qodirov received a delegation.\n\n"
            "The Head of State noted with satisfaction that relations were developing.\n\n"
            "Ambassador Ľubica Vavrová-Horná, Chairperson of the Committee, said the measures must respect rights.\n")
    said = _said(text, "2018-03-12")
    assert said["COAS said th"] == "Nasir Mahmood Awan"
    assert said["The Head of "] == "Olim Ergashevich Qodirov"
    assert said["Ambassador Ľ"] == "Ľubica Vavrová-Horná"


def test_the_two_presidents_of_a_joint_statement_are_its_two_countries() -> None:
    text = ("India-Tajikistan Joint Statement\n\nIndia and Tajikistan held talks in Dushanbe.\n\n"
            "1. The two Presidents noted with satisfaction that the Strategic Partnership had grown.\n\n"
            "2. The two Presidents strongly condemned terrorism in all its forms.\n")
    raw = RawDocument("d", None, text, published="2018-10-08", title="India-Tajikistan Joint Statement")  # type: ignore[arg-type]
    _doc, facts = extract(raw)
    assert facts and {f.speaker for f in facts if "Presidents" in f.quote} == {"India and Tajikistan"}


@pytest.mark.parametrize(("phrase", "name"), [
    ("Ingeborg van den Broek", "Ingeborg van den Broek"), ("Minister Luiz dos Santos", "Luiz dos Santos"),
])
def test_more_name_particles(phrase: str, name: str) -> None:
    assert split_role_name(phrase)[1] == name


@pytest.mark.parametrize(("text", "iso"), [
    ("In September, the structure reported new arrests.", "2019-09"),
    ("In December the minister said so.", "2018-12"),
    ("the talks held the day before", "2019-11-11"),
    ("a day earlier, police said", "2019-11-11"),
    ("Attorney General William Barr Monday announced charges", "2019-11-11"),  # news style's bare day before a verb
])
def test_month_names_alone_and_the_day_before(text: str, iso: str) -> None:
    found = resolve_relative(text, dt.date(2019, 11, 12))
    assert found is not None and found[2] == iso


def test_may_the_verb_is_no_month() -> None:
    assert resolve_relative("they in may go", dt.date(2019, 11, 12)) is None


@pytest.mark.parametrize(("preamble", "body"), [
    ("The Peace and Security Council of the African Union (AU), at its 786th meeting held on 12 July 2018, considered "
     "the situation in the Sahel and adopted the following decision:", "Peace and Security Council of the African Union"),
    ("The Council of the League of Arab States at the Ministerial Level, meeting in its 146th ordinary session in Cairo "
     "on 12 July 2018,", "Council of the League of Arab States at the Ministerial Level")])
def test_operative_paragraphs_of_a_communique_are_the_issuing_bodys(preamble: str, body: str) -> None:
    text = (f"COMMUNIQUÉ\n\n{preamble}\n\n"
            "1. Takes note of the briefing by the Commissioner for Peace and Security;\n\n"
            "2. Strongly condemns the terrorist attack against the headquarters of the Joint Force;\n\n"
            "3. Reiterates its deep concern over the continued deterioration of the security situation;\n")
    facts = _facts(text, "2018-07-12")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["Strongly con"] == body and said["Reiterates i"] == body and "Takes note o" not in said


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Inspector General of Police of Sri Lanka Chandrasiri Lakshman Abeyratne", "Inspector General of Police of Sri Lanka",
     "Chandrasiri Lakshman Abeyratne"),
    ("Defence Secretary Major General (Retd.) Ananda Sarath Wickremasinghe", "Defence Secretary Major General (Retd.)",
     "Ananda Sarath Wickremasinghe"),
    ("Minister for the Middle East Caroline Mayhew", "Minister for the Middle East", "Caroline Mayhew"),
    ("Additional Inspector General of Police Karachi Javed Akhtar Lashari", "Additional Inspector General of Police Karachi",
     "Javed Akhtar Lashari"),
    ("Dr Ahmad Obaid Al Marzooqi", None, "Ahmad Obaid Al Marzooqi"),
    ("DATO PADUKA ISKANDAR JUMAT HASSAN", None, "Iskandar Jumat Hassan"),
    ("Commander Datuk Wan Abdul Bari Wan Ismail", "Commander", "Wan Abdul Bari Wan Ismail"),
])
def test_two_word_countries_and_retired_ranks_before_a_name(phrase: str, role: str, name: str) -> None:
    assert split_role_name(phrase) == (role, name)


def test_kalenjin_and_turkic_name_particles_and_an_adverb_before_the_verb() -> None:
    assert split_role_name("Deputy Inspector General Joseph Kiprono arap Langat")[1] == "Joseph Kiprono arap Langat"
    assert split_role_name("Minister Elchin Ramiz oglu Guliyev")[1] == "Elchin Ramiz oglu Guliyev"
    s = "Zhao Kexin first expressed deep condolences over the victims of the bombings."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "Zhao Kexin"


def test_an_acronym_of_a_role_finds_its_holder_and_leading_initials_stay_in_the_name() -> None:
    assert split_role_name("Inspector General of Police (Acting) M. R. Sunil de Silva Jayasekara") == \
        ("Inspector General of Police (Acting)", "M. R. Sunil de Silva Jayasekara")
    text = ("COLOMBO - Inspector General of Police (Acting) M. R. Sunil de Silva Jayasekara told a briefing that "
            "accounts had been frozen.\n\n"
            '"We will confiscate every rupee linked to this group," the acting IGP said.\n')
    said = _said(text, "2019-05-01")
    assert said["We will conf"] == "M. R. Sunil de Silva Jayasekara"


def test_an_op_ed_with_a_byline_in_capitals_under_a_menu_and_a_ranked_author_note() -> None:
    text = ("DAILY HERALD\n\nHome | Kingdom | Region | World | Opinion | Sport\n\nOpinion\n\n"
            "Follow the money\n\nRASHID BIN HAMAD AL-QURAISHI\nPublished: June 17, 2019 00:12\n\n"
            "Much of the world believes the war ended. It did not. I have seen in our work that money matters.\n\n"
            "We must take away both. Two steps would make an immediate difference.\n\n"
            "Brig. Gen. (Ret.) Rashid bin Hamad Al-Quraishi is Director of the Regional Finance Centre in Riyadh.\n")
    facts = _facts(text, "2019-06-17")
    body = [f for f in facts if not f.quote.startswith("Brig.")]
    assert len(body) >= 4 and {f.speaker for f in body} == {"Rashid bin Hamad Al-Quraishi"}
    assert "Region" not in {f.speaker for f in facts}


def test_a_masthead_in_capitals_is_no_byline() -> None:
    text = ("CITY OBSERVER\n\nOpinion\n\nPrisons are the next front line\n\n"
            "I have visited prisons in five countries. We are failing.\n\nWe must invest in people, not walls.\n")
    assert "City Observer" not in {f.speaker for f in _facts(text, "2018-10-15")}


def test_a_retired_rank_does_not_end_a_sentence() -> None:
    text = "Maj. Gen. (Ret.) Fahad Saleh is the coalition's secretary-general. He spoke on Monday."
    assert len(split_sentences(text)) == 2


def test_a_speech_page_naming_its_speaker_in_a_block_of_heading_lines() -> None:
    text = ("Remarks at the Regional Conference on Border Security\n\nRemarks\nMarian T. Holloway\n"
            "Coordinator for Border Affairs\nBishkek, Kyrgyzstan\nMay 3, 2018\n\nAs Prepared\n\n"
            "It is an honor to be here, and I want to thank our hosts.\n\n"
            "We are ready to help. This year we will provide new training.\n\n"
            "I also want to speak plainly about prevention.\n")
    facts = _facts(text, "2018-05-03")
    assert len(facts) >= 4 and {f.speaker for f in facts} == {"Marian T. Holloway"}
    assert {f.role for f in facts} == {"Coordinator for Border Affairs"} and {f.place for f in facts} == {"Bishkek"}


def test_a_news_page_with_a_name_over_an_office_is_no_speech() -> None:
    text = ("Border talks\n\nMarian T. Holloway\nCoordinator for Border Affairs\n\n"
            "Officials from five countries met on Monday. They agreed to share data.\n\n"
            "The meeting ended without a statement.\n")
    assert not _facts(text, "2018-05-03")


@pytest.mark.parametrize("line", [
    "Disclaimer: The Department of State does not endorse external links.",
    "This is a publication of the Government of the Netherlands. Content may be reused under CC0.",
])
def test_site_disclaimers_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize(("lead", "place"), [
    ("ISLAMABAD: Pakistan and Britain on Monday agreed to step up cooperation, officials said.", "Islamabad"),
    ("Abu Dhabi: Removing extremist content is not enough, the head of the centre said on Monday.", "Abu Dhabi"),
    ("Note: This story was updated on Monday.", None),
])
def test_a_city_and_a_colon_open_a_story(lead: str, place: str | None) -> None:
    assert dateline(lead, dt.date(2019, 1, 15))[0] == place


def test_a_counterpart_with_a_hyphenated_name_and_a_particle() -> None:
    text = ("ANKARA, March 3 (AA) - Turkey and Iraq agreed on Saturday to set up a joint committee.\n\n"
            "The agreement came at a meeting between Interior Minister Kemal Oztan and his Iraqi counterpart "
            "Hadi Abdul-Karim al-Samarrai, who arrived in Ankara on Friday.\n\n"
            "The Iraqi minister said the committee would meet in Baghdad next month.\n")
    assert _said(text, "2018-03-03")["The Iraqi mi"] == "Hadi Abdul-Karim al-Samarrai"


@pytest.mark.parametrize("lead", [
    "ANKARA, March 3 (AA) - Turkey and Iraq agreed on Saturday to set up a joint committee.",
    "Jakarta (ANTARA News) - Interior Minister Budi Hartono said on Saturday that a committee would be set up.",
    "ISLAMABAD: Interior Minister Kemal Oztan said on Saturday that a committee would be set up.",
])
def test_a_dateline_is_no_part_of_the_quote(lead: str) -> None:
    facts = _facts(lead + "\n", "2018-03-03")
    assert len(facts) == 1 and facts[0].quote[0] in "TI" and "(" not in facts[0].quote and ":" not in facts[0].quote


def test_an_office_ending_in_and_keeps_its_last_noun() -> None:
    assert split_role_name("Commissioner for Migration and Citizenship Petros Anagnostakis") == (
        "Commissioner for Migration and Citizenship", "Petros Anagnostakis")
    assert split_role_name("Minister of Justice and Home Affairs Ahmed Ali Khan")[1] == "Ahmed Ali Khan"
    assert split_role_name("Defence Headquarters")[1] is None  # a body, not a person


def test_a_surname_met_alone_takes_no_office_word_as_a_given_name() -> None:
    text = ("Today in Tirana, Commissioner for Migration, Home Affairs and Citizenship Petros Anagnostakis and the "
            "ministers of six countries endorsed a plan.\n\n"
            "Commissioner Anagnostakis said: \"The region is part of Europe's security and we will fund the plan.\"\n")
    assert set(_said(text, "2018-10-05").values()) == {"Petros Anagnostakis"}


def test_the_ministers_of_a_joint_statement_are_the_countries_its_title_lists() -> None:
    title = "Joint statement by the Ministers of Foreign Affairs of the Kingdom of Norway and the Republic of Chile"
    text = (f"{title}\n\nDiplomatic statement | 21-09-2016\n\n"
            "1. On 21 September 2016, the Minister of Foreign Affairs of Norway, Ola Hansen, and the Minister of "
            "Foreign Affairs of Chile, Pedro Soto, co-chaired a meeting of the Forum in New York.\n\n"
            "2. The Ministers condemned in the strongest terms the attacks committed in recent months.\n\n"
            "3. The Ministers stressed that all measures must comply with international law.\n")
    raw = RawDocument("d", None, text, published="2016-09-21", title=title)  # type: ignore[arg-type]
    _doc, facts = extract(raw)
    assert {f.speaker for f in facts if f.quote.startswith("The Ministers")} == {"Norway and Chile"}


def test_the_ministers_of_two_portfolios_named_in_the_lead_are_the_group() -> None:
    text = ("JOINT STATEMENT\n\nKuala Lumpur, 2 August 2016\n\n"
            "1. The Foreign Ministers and Defence Ministers of the Republic of Indonesia, Malaysia and the Republic of "
            "the Philippines met in Kuala Lumpur on 2 August 2016 to follow up on the Joint Declaration.\n\n"
            "2. The Ministers expressed grave concern over the continued incidents of kidnapping at sea.\n")
    assert set(_said(text, "2016-08-02").values()) == {
        "Foreign Ministers and Defence Ministers of the Republic of Indonesia, Malaysia and the Republic of the Philippines"}


def test_a_lead_naming_a_bodys_ministers_names_the_ministers_who_commit_later() -> None:
    text = ("ASEAN Ministers adopt Manila Declaration\n\nMANILA, 20 September 2017 – ASEAN Ministers responsible for "
            "transnational crime today adopted the Manila Declaration at a special meeting convened on the sidelines of "
            "the 11th ASEAN Ministerial Meeting on Transnational Crime (AMMTC).\n\n"
            "In the Declaration, the Ministers committed to strengthening cooperation in the prevention of radicalisation.\n\n"
            "The Ministers also agreed to task the Senior Officials Meeting to develop a regional plan of action.\n")
    assert _said(text, "2017-09-20") == {"In the Decla": "ASEAN Ministers", "The Minister": "ASEAN Ministers"}


@pytest.mark.parametrize("verb", ["agreed to exchange", "committed to exchanging"])
def test_what_a_group_agreed_according_to_a_ministry_is_the_ministrys(verb: str) -> None:
    text = ("Police pact signed\n\nTHE HAGUE, 3 May 2019 - Dutch Minister of Justice Ferd Grapperhaus met his German "
            "counterpart Horst Seehofer today in The Hague.\n\n"
            f"The two governments also {verb} liaison officers at their counter-terrorism units, according to the "
            "Ministry of Justice and Security.\n")
    assert list(_said(text).values()) == ["Ministry of Justice and Security"]


def test_a_verbatim_report_of_debates_labels_each_turn_by_its_opening() -> None:
    text = ("Debates\nTuesday, 11 December 2018 - Strasbourg        Revised edition\n\n"
            "14. Findings of the Special Committee on Terrorism (debate)\n\nIN THE CHAIR: DOROTA WASILEWSKA-PIK\n"
            "Vice-President\n\n"
            "President. – The next item is the debate on the report of the Special Committee on Terrorism.\n\n"
            "Helga Steinbrecher, rapporteur. – (DE) Madam President, this committee has looked at every link in the "
            "chain. Many attackers were known to the authorities.\n\n"
            "We also call for a European centre of expertise for victims of terrorism.\n\n"
            "Alastair Pennington, Member of the Commission. – Madam President, I congratulate the rapporteurs.\n\n"
            "(The President cut off the speaker)\n\n"
            "Péter Kovács (S&D). – Madam President, I support this report, but it says too little about prevention.\n")
    facts = _facts(text, "2018-12-11")
    assert [(f.speaker, f.role, f.quote[:12]) for f in facts] == [
        ("Dorota Wasilewska-Pik", None, "The next ite"),
        ("Helga Steinbrecher", "rapporteur", "Madam Presid"), ("Helga Steinbrecher", "rapporteur", "Many attacke"),
        ("Helga Steinbrecher", "rapporteur", "We also call"),
        ("Alastair Pennington", "Member of the Commission", "Madam Presid"), ("Péter Kovács", None, "Madam Presid")]
    assert {f.place for f in facts} == {"Strasbourg"}


def test_an_interviewee_met_by_office_answers_under_a_joined_article_surname() -> None:
    text = ("Iraq's National Security Adviser: 'Victory Is Not the End of the War'\n\n"
            "By Dana Whitcombe, Foreign Policy's Middle East correspondent.\n\n"
            "Haider Abdul-Karim al-Shammari, Iraq's national security adviser since 2014, sat at the center of the "
            "campaign against the Islamic State.\n\n"
            "His critics, among them Khalid Nouri al-Shammari, a Sunni member of parliament, say the militias rule.\n\n"
            "Foreign Policy met the national security adviser at his office in Baghdad last week.\n\n"
            "FP: Is the Islamic State really defeated?\n\n"
            "al-Shammari: As a state, yes. As an idea, no. We know that there are sleeper cells in Anbar.\n\n"
            "FP: Will Iraq still need American troops?\n\n"
            "al-Shammari: We will need the coalition for training and for intelligence for some time.\n\n"
            "Dana Whitcombe is Foreign Policy's Middle East correspondent, based in Beirut.\n")
    said = _said(text, "2017-12-14")
    assert said["As a state, "] == said["We will need"] == "Haider Abdul-Karim al-Shammari"
    assert said["Is the Islam"] == "FP"


def test_an_interview_whose_questions_have_no_labels_after_a_long_introduction() -> None:
    text = ("'We Have Taken Their Capital, Not Their Ideas'\n\nBy Nadia Brennecke, a staff writer at Foreign Policy.\n\n"
            "When Gregory Tillinghast took over the National Counterterrorism Center in January, the group held towns.\n\n"
            "\"The map is the wrong way to measure this enemy,\" Tillinghast said in an interview with Foreign Policy "
            "at the center's headquarters on Monday. \"An organization that has lost its territory can still inspire.\"\n\n"
            "The White House released its new strategy for counterterrorism last week.\n\n"
            "Not everyone believes that the alliances are up to the task.\n\n"
            "Tillinghast spoke with Foreign Policy about the group's next act. The conversation has been edited for "
            "length and clarity.\n\n"
            "Is the Islamic State defeated?\n\n"
            "No. It is weakened, and that is a real achievement of the coalition and of our partners on the ground.\n\n"
            "Where are the foreign fighters going?\n\n"
            "Some are dead, and some are trying to get home. We assess that several hundred have moved to Afghanistan.\n\n"
            "Nadia Brennecke is a staff writer at Foreign Policy.\n")
    said = _said(text, "2018-10-10")
    assert said["No. It is we"] == said["We assess th"] == "Gregory Tillinghast"
    assert {f.date for f in _facts(text, "2018-10-10") if f.quote.startswith(("No.", "We assess"))} == {"2018-10-08"}
    assert said["Is the Islam"] == said["Where are th"] == "Foreign Policy"
    assert "Nadia Brennecke" not in said.values()


def test_a_standfirst_saying_he_speaks_with_a_journalist_opens_an_interview_without_labels() -> None:
    text = ("Lake Chad countries share troops, not intelligence — Ex-Force Commander\n\nPublished 9 August 2020\n\n"
            "A retired Major General, Olufemi Ayodele Akinterinwa, was the first Force Commander of the task force. "
            "He speaks with TUNDE OYEKOLA on the state of the regional war against terrorism\n\n"
            "Five years on, the terrorists are still attacking bases. Did the force fail?\n\n"
            "I would not say the force failed. Today, no country is fighting alone.\n\n"
            "What was the biggest challenge you faced?\n\n"
            "Intelligence. The countries were willing to share troops, but not intelligence.\n")
    said = _said(text, "2020-08-09", publisher="Punch")
    assert said["I would not "] == said["The countrie"] == "Olufemi Ayodele Akinterinwa"
    assert said["Did the forc"] == said["What was the"] == "Punch"


def test_a_communiques_numbered_lead_names_its_ministers_and_where_and_when_they_met() -> None:
    text = ("FINAL COMMUNIQUÉ OF THE EXTRAORDINARY MEETING\n\nPublished: 07 November 2019\n\n"
            "1. An Extraordinary Meeting of the Ministers in charge of Security and Intelligence of the Member States of "
            "the Accra Initiative was held in Accra, Republic of Ghana, on 6 November 2019.\n\n"
            "2. The Ministers strongly condemned the attacks perpetrated against civilians.\n\n"
            "3. The Ministers agreed to establish a Joint Intelligence Fusion Centre in Ouagadougou.\n")
    facts = _facts(text, "2019-11-07")
    assert {(f.speaker, f.date, f.place) for f in facts} == {
        ("Ministers in charge of Security and Intelligence of the Member States of the Accra Initiative", "2019-11-06",
         "Accra")}
    assert len(facts) == 2


def test_we_spoke_to_names_the_interviewee_and_the_publisher_asks() -> None:
    text = ("Terrorist content online: \"One hour is what makes the difference\"\n\nInterview | Published: 12-04-2019\n\n"
            "Online platforms could be forced to remove terrorist content within one hour. We spoke to rapporteur "
            "Fergus Ballantyne about the new rules.\n\n"
            "Why do we need EU rules on terrorist content online?\n\n"
            "Terrorist groups use the internet to recruit and to plan attacks.\n\n"
            "Why one hour?\n\n"
            "Most of the damage is done in the first hours after a video is put online.\n")
    said = _said(text, "2019-04-12", publisher="European Parliament")
    assert said["Terrorist gr"] == said["Most of the "] == "Fergus Ballantyne"
    assert said["Why do we ne"] == said["Why one hour"] == "European Parliament"


def test_remarks_at_a_press_conference_open_with_the_speakers_words_and_bracketed_outlets_ask() -> None:
    text = ("Home > Headquarters > Remarks\n\n"
            "Remarks by High Representative/Vice-President Francesca Altobelli at the press conference following the "
            "Foreign Affairs Council (Defence)\n\nBrussels, 17/11/2015 - 15:12\n\n"
            "Today the European Union received a request for aid from France. This morning, the French Minister of "
            "Defence, Jean-Baptiste Le Gall, formally invoked Article 42.7, and I can announce that all Member States "
            "expressed their support.\n\n"
            "Minister Le Gall explained to us what France expects. In some cases it could mean support to operations.\n\n"
            "Q. (AFP) Is this a step towards a European army?\n\n"
            "No, this is not about a European army. It is about solidarity among Member States.\n\n"
            "Q. (ANSA) Are the Member States really sharing intelligence with each other?\n\n"
            "Information sharing is the key, and we all know that it has not been good enough.\n")
    said = _said(text, "2015-11-17")
    assert set(said) == {"Today the Eu", "This morning", "Minister Le ", "In some case", "Is this a st", "No, this is ",
                         "It is about ", "Are the Memb", "Information "}
    assert said["Is this a st"] == "AFP" and said["Are the Memb"] == "ANSA"
    assert {v for k, v in said.items() if k not in ("Is this a st", "Are the Memb")} == {"Francesca Altobelli"}


def test_an_interviewee_who_spoke_by_office_is_the_one_the_intro_gave_that_office() -> None:
    text = ("Kenya's Interior Chief: 'They Recruit Here Now'\n\nBy Jonah Feldkamp, a contributing reporter.\n\n"
            "Peter Mwangangi Ochieng, Kenya's cabinet secretary for interior and coordination of national government, "
            "has been in charge of internal security since 2018. Not everyone is satisfied with his record. Senator Agnes "
            "Atieno Ochieng, who is no relation, said on Thursday that the government had \"once again been lucky.\"\n\n"
            "The cabinet secretary spoke to Foreign Policy in his office in Nairobi on Friday.\n\n"
            "Q: What does the attack tell you about the threat?\n\n"
            "A: It tells us that al-Shabab has changed its strategy.\n\n"
            "Q: Is it time to bring the troops home?\n\nA: Not yet. We want to leave Somalia stable.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-02-05")}
    assert facts["It tells us "].speaker == facts["We want to l"].speaker == "Peter Mwangangi Ochieng"
    assert facts["It tells us "].date == "2019-02-01"  # the Friday he spoke, not the Thursday another Ochieng did


def test_the_publishers_own_name_in_capitals_met_the_interviewee_on_a_day() -> None:
    text = ("Interview with German Interior Minister\n\n'Nobody Was Responsible'\n\nJanuary 13, 2017  05:34 PM\n\n"
            "Reinhold Kastner is not a man given to dramatic gestures, and the interior minister has put forward a plan.\n\n"
            "The proposal has met fierce resistance. Bavarian Interior Minister Florian Maierhofer said on Thursday that "
            "the federal government should \"first do its own homework.\"\n\n"
            "DER SPIEGEL met Kastner on Wednesday in his office at the ministry in Berlin.\n\n"
            "DER SPIEGEL: Minister Kastner, how could this happen?\n\n"
            "Kastner: We have to examine the case very carefully. Mistakes were made.\n\n"
            "DER SPIEGEL: What will change?\n\nKastner: The federal government needs more powers.\n")
    facts = _facts(text, "2017-01-13", publisher="DER SPIEGEL (SPIEGEL ONLINE International)")
    assert {f.date for f in facts if f.speaker == "Reinhold Kastner"} == {"2017-01-11"}


def test_an_interviews_introduction_and_reference_box_are_nobodys_words() -> None:
    text = ("Head of SCO RATS: We are fighting an enemy that lives in the smartphone\n\n10 June 2019 09:15\n\n"
            "NUR-SULTAN. KAZINFORM - On the eve of the SCO summit, the Director of the Executive Committee of the SCO "
            "Regional Anti-Terrorist Structure (RATS) Daulet Serikovich Kenzhegaliev answered the questions of Kazinform.\n\n"
            "Q: What results will RATS bring to the heads of state?\n\n"
            "A: Over the past year, the competent authorities prevented 27 terrorist attacks.\n\n"
            "Q: What is the main threat?\n\nA: The smartphone. Recruiters work online now.\n\n"
            "Reference: The Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization was established "
            "in 2002.\n\nFollow Kazinform on Telegram. Only news that matters!\n\n"
            "Kazinform reports that the summit opens on Thursday.\n")
    said = _said(text, "2019-06-10")
    assert "NUR-SULTAN. " not in said and "On the eve o" not in said and "The Regional" not in said
    assert said["Over the pas"] == said["Recruiters w"] == "Daulet Serikovich Kenzhegaliev"
    assert "Follow Kazinform" not in said.values()


def test_an_interview_bylined_for_another_paper_asks_in_that_papers_name() -> None:
    text = ("Home > Argentina > Interviews\n\nMaría Inés Garmendia Saravia: 'The registry is a tool to freeze money'\n\n"
            "By Federico Lanusse, for Perfil\n\n"
            "Two weeks ago the government declared Hezbollah a terrorist organisation and froze its assets.\n\n"
            "Q: What is the registry and why was it necessary?\n\nA: It is a public registry of persons linked to terrorism.\n\n"
            "Q: How much money has been frozen so far?\n\nA: I cannot give you figures yet.\n")
    facts = _facts(text, "2019-08-03", publisher="Buenos Aires Times")
    assert {f.speaker for f in facts if f.quote.endswith("?")} == {"Perfil"}


def test_furniture_of_more_pages_and_a_body_named_in_lower_case() -> None:
    for line in ("By Nadia Brennecke, a staff writer at Foreign Policy.", "Done at Accra, this 6th day of November 2019.",
                 "(The sitting was suspended at 11.50 and resumed at 12.00)", "(Image: Colombian Army)",
                 "Discuss this issue with other readers!", "Subscribe for unlimited access to Kyodo News+ articles.",
                 "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
                 "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
                 "permission.",
                 "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good "
                 "society, an accountable democracy, and a transparent government."):
        assert classify_line(line) == "furniture", line
    said = _said("SEOUL, July 19 (Yonhap) -- Seoul has provided 10 million dollars for projects since 2012, according to "
                 "the foreign ministry.\n", "2018-07-19")
    assert list(said.values()) == ["Foreign Ministry"]


@pytest.mark.parametrize(("clause", "place"), [
    ("DER SPIEGEL met Kastner on Wednesday in his office at the ministry in Berlin's Moabit neighborhood.", "Berlin"),
    ("Foreign Policy met the national security adviser at his office inside Baghdad's Green Zone last week.", "Baghdad"),
    ("Dr Soomro said the suspects had been picked up in raids in Karachi's Mauripur, Lyari and Baldia.", None),
])
def test_a_citys_neighbourhood_places_a_meeting_in_that_city(clause: str, place: str | None) -> None:
    assert clause_place(clause) == place


def test_told_a_briefing_then_the_agencys_correspondent_reports() -> None:
    s = ("Kazakhstan will propose to its partners to develop a joint program on the rehabilitation of citizens, the "
         "official representative of the Ministry of Foreign Affairs of Kazakhstan Yerbol Seitkhanov told a briefing on "
         "Monday, Kazinform correspondent reports.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "Yerbol Seitkhanov" and rep.end == len(s)
    assert clause_setting("Yerbol Seitkhanov told a briefing on Monday") == "briefing"


def test_the_opening_remarks_of_a_briefing_by_a_named_spokesperson_are_theirs() -> None:
    text = ("Media Centre  >  Press Briefings\n\n"
            "Record of the Press Briefing by Spokesperson Dr. Zahid Nawaz Kiani on Thursday, 24 January 2019\n\n"
            "Opening Remarks\n\nGood afternoon and welcome to the weekly press briefing.\n\n"
            "Pakistan welcomes the successful conclusion of the trilateral consultations on counter-terrorism.\n\n"
            "Pakistan strongly condemns the terrorist attack on the training centre in Maidan Shahr.\n\n"
            "Question (Anwar Saeed Malhi, APP): What was the outcome of the consultations?\n\n"
            "Answer: The consultations were productive.\n\n"
            "Question (Sara Qureshi, Dawn): Will there be a fourth round?\n\nAnswer: Yes, in Kabul.\n")
    said = _said(text, "2019-01-24")
    assert said["Pakistan wel"] == said["Pakistan str"] == said["The consulta"] == "Zahid Nawaz Kiani"


def test_two_titled_ministers_speak_as_the_two_of_them_and_each_by_name() -> None:
    text = ("NZ to support Marawi recovery\n\n"
            "New Zealand will provide $1 million in humanitarian assistance to people displaced by the fighting, Foreign "
            "Affairs Minister Gerald Lyttelton and Defence Minister Paora Winiata announced today.\n\n"
            "\u201cThe siege is a stark reminder of the threat,\u201d Mr Lyttelton said.\n\n"
            "Mr Winiata said a small team would travel to Manila next month.\n")
    facts = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2017-08-15")}
    assert facts["New Zealand "] == ("Gerald Lyttelton and Paora Winiata", None)
    assert facts["The siege is"] == ("Gerald Lyttelton", "Foreign Affairs Minister")
    assert facts["Mr Winiata s"] == ("Paora Winiata", "Defence Minister")
    led = ("The Indian side was led by Joint Secretary for Counter-Terrorism at the Ministry of External Affairs Mahesh "
           "Oberoi, who briefed the Russian delegation. Oberoi said Russia had always called a terrorist a terrorist.")
    assert _fuller_name(led, "Oberoi") == "Mahesh Oberoi"  # the name after its office, not "External Affairs Mahesh ..."


def test_an_interviews_headline_names_who_answers() -> None:
    labelled = ("Souleymane Bako Yacouba: 'The G5 Sahel force cannot live on promises'\n\nBy Marion Lefeuvre\n\n"
                "In Nouakchott on Monday, French Armed Forces Minister Sophie Delaunay-Tessier said that France would "
                "keep its soldiers in the region.\n\n"
                "Niger's interior minister answered Le Monde's questions by telephone from Niamey on Tuesday.\n\n"
                "Q: What does the attack tell you about the joint force?\n\nA: It tells us that the terrorists take "
                "the joint force seriously.\n\nQ: Where is the money?\n\nA: That is the question we ask every day.\n")
    said = _said(labelled, "2018-07-04", publisher="Le Monde")
    assert said["It tells us "] == said["That is the "] == "Souleymane Bako Yacouba"
    unlabelled = ("Laurent Dufresnoy: 'We cannot leave French jihadists in Kurdish hands'\n\nBy Hélène Marquet\n\n"
                  "Rarely seen in public, Laurent Dufresnoy has headed the coordination team since 2017. Interior Minister "
                  "Philippe Lambrecq said last week that no decision had been taken.\n\n"
                  "Mr. Dufresnoy received Le Monde on Monday in his office at the Elysée.\n\n"
                  "Is a repatriation still being considered?\n\nAll options remain on the table.\n\n"
                  "Do the services have the means to monitor them?\n\nYes. Every person who returns is handed over.\n")
    said = _said(unlabelled, "2019-02-27", publisher="Le Monde")
    assert said["All options "] == said["Every person"] == "Laurent Dufresnoy"
    assert said["Is a repatri"] == "Le Monde"
    by_phone = ("Ramon Dizon Villaraza on Marawi and the Islamic State\n\nBy Miguel Abrenica\n\n"
                "After five months of fighting, the army declared Marawi liberated.\n\n"
                "The Diplomat spoke by telephone on Wednesday with the country's national security adviser.\n\n"
                "What lessons has the government drawn?\n\nThe first lesson is humility.\n\n"
                "How many foreign fighters are still at large?\n\nWe estimate a few dozen.\n")
    facts = {f.quote[:12]: f for f in _facts(by_phone, "2017-10-26", publisher="The Diplomat")}
    assert facts["The first le"].speaker == "Ramon Dizon Villaraza" and facts["The first le"].date == "2017-10-25"


def test_an_agencys_name_alone_over_the_story_is_its_dateline_not_a_turn() -> None:
    text = ("Azerbaijani, Kazakh FMs hold joint press conference\n\nBaku, Azerbaijan, Oct.12\n\nTrend:\n\n"
            "Azerbaijani Foreign Minister Emin Sultanli and Kazakh Foreign Minister Yerzhan Dossymbekov held a joint press "
            "conference following their talks in Baku on Thursday.\n\n"
            "Sultanli: Dear Minister, dear journalists, I am glad to welcome my colleague in Baku.\n\n"
            "Dossymbekov: Thank you, dear Emin. Kazakhstan and Azerbaijan are strategic partners.\n\n"
            "Trend: How do you assess the cooperation in the fight against terrorism?\n\n"
            "Sultanli: Our services exchange information every day.\n\n"
            "Dossymbekov: I agree, and our border guards work together too.\n")
    said = _said(text, "2018-10-12", publisher="Trend News Agency")
    assert "Azerbaijani " not in said and said["How do you a"] == "Trend"


def test_a_title_keeps_the_article_of_the_countries_it_lists() -> None:
    title = "Joint statement of the Foreign Ministers of Indonesia, Malaysia and the Philippines"
    text = (f"{title}\n\nPress release | 02-08-2016\n\n"
            "1. The three countries held a meeting on maritime security in Manila.\n\n"
            "2. The Ministers condemned in the strongest terms the kidnapping of crew members.\n")
    facts = _facts(text, "2016-08-02", title=title)
    assert {f.speaker for f in facts if f.quote.startswith("The Ministers")} == {"Indonesia, Malaysia and the Philippines"}


def test_a_question_labelled_with_a_journalist_and_an_outlet_is_the_outlets() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (March 14, 2019)\n\n"
            "Official Spokesperson, Shri Arvind Menon: Good afternoon friends. We are disappointed by this outcome.\n\n"
            "Question (Ritika Rao, Hindustan Times): Sir, this is the fourth time. Has India taken up the matter?\n\n"
            "Official Spokesperson: We have been in touch with the other side at various levels.\n")
    said = _said(text, "2019-03-14")
    assert said["Sir, this is"] == "Hindustan Times" and said["We have been"] == "Arvind Menon"  # the outlet asks


def test_consultations_held_in_a_city_place_the_page() -> None:
    text = ("Uzbekistan and Turkey held consultations on security issues\n\n18.2.2019 17:32\n\n"
            "Today, political consultations on security issues were held in Tashkent between the two ministries.\n\n"
            "Deputy Minister Dilshod Karimov noted that the partnership between the two countries was strong.\n")
    assert {f.place for f in _facts(text, "2019-02-18")} == {"Tashkent"}


def test_an_aside_with_a_place_between_the_speaker_and_the_verb() -> None:
    text = ("Meanwhile, Army spokesperson Brig. Gen. Ramon Villanueva Cruz, in a separate interview in Camp "
            "Aguinaldo, Quezon City, said the military would keep two battalions in the city.")
    rep = reported_in_sentence(text, 0, len(text))
    assert rep is not None and rep.mention.text.endswith("Ramon Villanueva Cruz")


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Meanwhile, army spokesperson Brig. Gen. Ramon Cruz said the military would stay.", "Ramon Cruz",
     "army spokesperson Brig. Gen."),
    ("Meanwhile, police spokesman Dr. Ahmed Khan said the suspects were held.", "Ahmed Khan", "police spokesman"),
])
def test_a_described_name_with_a_rank_after_an_opening_word(sentence: str, name: str, role: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and (rep.mention.text, rep.mention.role) == (name, role)


def test_the_envoy_is_the_high_commissioner_named_before() -> None:
    text = ("ISLAMABAD: Pakistan and the United Kingdom on Monday agreed to enhance cooperation.\n\n"
            "The understanding was reached at a meeting between Minister of State for Interior Khalid Mehmood and "
            "British High Commissioner Thomas Wickham at the interior ministry.\n\n"
            "The minister said Pakistan had suffered more than any other country from terrorism.\n\n"
            "The British envoy said the UK valued its partnership with Pakistan on security.\n")
    assert _said(text, "2019-01-15")["The British "] == "Thomas Wickham"


@pytest.mark.parametrize("line", [
    "(PNA photo by Joey Santos)", "The following are excerpts.", "Full text of the article:",
    "Published in The Express Tribune, March 4th, 2020.",
    "Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all updates.",
    "Reproduction is allowed only with a hyperlink to Interfax.",
])
def test_credits_introductions_and_rights_notices_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_published_in_a_year_is_still_prose() -> None:
    assert classify_line("Published in 2015, the report said militants were regrouping in the north.") == "prose"


def test_readers_comments_under_their_heading_are_no_passages() -> None:
    text = ("Talks held\n\nISLAMABAD: Officials from the two countries met on Monday to discuss security.\n\n"
            "The minister said Pakistan had suffered more than any other country from terrorism.\n\n"
            "Comments (2)\n\nAli | 4 years ago | Reply\n\nWords are cheap. Action on the ground matters.\n\n"
            "Sara | 4 years ago | Reply\n\nGood step by the government.\n")
    kinds = {text[ln.start:ln.end]: ln.kind for ln in page_lines(text)}
    assert kinds["Words are cheap. Action on the ground matters."] == "furniture"
    assert kinds["Good step by the government."] == "furniture"


@pytest.mark.parametrize("roll", [
    "Thank you, General. Excellencies, Minister, distinguished guests, soldiers of the partner nations, good morning.",
    "Minister of Defense, Ministers, Chiefs of Defense, distinguished guests, ladies and gentlemen, good morning.",
    "Inspector General of Police, Additional IGP, Chief of the Counter Terrorism Unit, distinguished guests, graduates, "
    "ladies and gentlemen:",
])
def test_a_speechs_roll_of_address_ending_in_a_greeting_is_no_statement_and_no_passage(roll: str) -> None:
    text = ("Remarks by General Thomas Whitcombe at the Opening of Exercise Sandstorm\n\n"
            f"{roll}\n\n"
            "It is an honor to stand here with soldiers from more than thirty nations.\n\n"
            "Distinguished guests, my friends, we are stronger together.\n")
    doc, facts = extract(RawDocument("d", None, text, published="2020-02-17"))  # type: ignore[arg-type]
    assert [f.quote[:12] for f in facts] == ["It is an hon", "Distinguishe"]
    assert [text[s:e][:12] for s, e in doc.passages] == ["It is an hon", "Distinguishe"]


def test_a_transcripts_introduction_inside_a_lead_is_no_statement() -> None:
    text = ("ASTANA, July 4: The Official Representative of the Ministry held a regular briefing for the media. "
            "Below is the transcript.\n")
    line = page_lines(text)[0]
    assert all("Below" not in text[s:e] for s, e in prose_sentences(text, line))


def test_an_op_ed_whose_author_note_has_no_full_stop() -> None:
    text = ("Home / Opinion\n\nAfter Doha: keeping the militants out\n\nZafar Ali Bangash\nPublished: March 4, 2020\n\n"
            "On February 29, the two sides signed an agreement in Doha.\n\n"
            "I have interrogated enough militants to know how they think. We must prepare now.\n\n"
            "The writer is a retired inspector general of police\n")
    facts = _facts(text, "2020-03-04")
    assert len(facts) >= 3 and {f.speaker for f in facts} == {"Zafar Ali Bangash"}


def test_a_long_office_before_a_name_with_a_patronymic() -> None:
    assert split_role_name("Chairman of the Board of the Financial Monitoring Service Elnur Tahir oglu Gasimli") == (
        "Chairman of the Board of the Financial Monitoring Service", "Elnur Tahir oglu Gasimli")


@pytest.mark.parametrize("later", [
    "The Secretary of the Security Council also stressed that the border program mattered.",
    'As the Secretary of the Council put it, "the terrorists are adapting quickly."',
])
def test_an_office_named_again_is_its_holder(later: str) -> None:
    text = ("BISHKEK, April 2 - Kyrgyzstan will hold an exercise in the autumn, Secretary of the Security Council "
            "Taalai Orozbekov said on Tuesday.\n\n"
            "Orozbekov made the announcement after a meeting in Bishkek.\n\n" + later + "\n")
    assert set(_said(text, "2019-04-02").values()) == {"Taalai Orozbekov"}


def test_a_surname_with_its_article_speaks_after_an_opening_phrase() -> None:
    text = ("ANKARA, March 3 (AA) - The interior ministers of Turkey and Iraq met in Ankara on Saturday.\n\n"
            "The talks were between Interior Minister Kemal Oztan and his Iraqi counterpart Hadi Abdul-Karim "
            "al-Samarrai.\n\n"
            "Speaking through an interpreter, al-Samarrai thanked Turkey and said Baghdad would never allow attacks.\n\n"
            "According to al-Samarrai, Iraqi forces have arrested more than 400 suspects this year.\n")
    said = _said(text, "2018-03-03")
    assert said["Speaking thr"] == said["According to"] == "Hadi Abdul-Karim al-Samarrai"


def test_initials_name_an_office_holder_but_not_a_body() -> None:
    text = ("Nigeria and Cameroon will set up a joint intelligence cell, the National Security Adviser, Ibrahim "
            "Kolo, said on Sunday in Abuja.\n\n"
            '"Boko Haram is degraded, but it is not finished," the NSA said.\n\n'
            "Joint Secretary in the Ministry of External Affairs Mahesh Rao led the delegation.\n\n"
            "The next meeting will be held in Paris in 2019, the MEA said.\n")
    said = _said(text, "2018-02-11")
    assert said["Boko Haram i"] == "Ibrahim Kolo" and said["The next mee"] != "Mahesh Rao"


def test_degrees_after_a_name_and_here_before_the_day() -> None:
    s = ("Indonesia and Australia have agreed to strengthen cooperation, Head of the Agency Police Commissioner "
         "General Drs. Budi Santoso Wibowo, M.Si. said here on Thursday.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text.endswith("Budi Santoso Wibowo") and rep.verb == "said"
    assert len(split_sentences("Police General Drs. Budi Santoso said it. He left.")) == 2
    assert len(split_sentences("Then, Minister of Defense Ya. Begmyradov reported that the border was stable. "
                               "Deputy Chairman Ch. Pirnazarov agreed.")) == 2  # transliterated Cyrillic initials


def test_a_briefing_is_dated_by_its_heading_not_by_a_day_its_statement_mentions() -> None:
    text = ("Briefing by Foreign Ministry Spokesperson Maria Volkova, Moscow, April 6, 2017\n\n6 April 2017 - 16:40\n\n"
            "Since the explosion in the metro on April 3, we have received hundreds of messages of condolences.\n\n"
            "We are grateful to everyone who shared our grief.\n\n"
            "Foreign Minister Ivan Petrov said on Tuesday that terrorism could only be defeated together.\n\n"
            "Question (TASS): How would you comment on that?\n\nAnswer: I have seen these publications.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2017-04-06")}
    assert dates["We are grate"] == "2017-04-06" and dates["I have seen "] == "2017-04-06"


def test_a_quotation_carried_into_the_next_paragraph_without_a_new_mark() -> None:
    text = ("Today in Tirana, the ministers signed a joint action plan on counter-terrorism.\n\n"
            'Commissioner Petra Anders said: "The region is part of Europe\'s security. Fighters do not stop at '
            "any border.\n\n"
            'Today\'s plan turns our shared commitment into concrete steps, with clear targets and deadlines."\n\n'
            "The plan will be reviewed next year.\n")
    said = _said(text, "2018-10-05")
    assert said["Today's plan"] == "Petra Anders" and "The plan wil" not in said


def test_a_name_then_a_capitalised_office_then_said() -> None:
    s = ("Herbert Kogler, Austrian Federal Minister of the Interior, said on behalf of the Presidency that the region "
         "remained a priority.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and (rep.mention.text, rep.mention.role) == (
        "Herbert Kogler", "Austrian Federal Minister of the Interior")


@pytest.mark.parametrize(("heading", "publisher", "place"), [
    ("Turkmen-Russian consultations on security issues held in Ashgabat", None, "Ashgabat"),
    ("Ottawa rules out rush to repatriate Canadians held in Syria", None, None),
    ("Ambassador Li Attends a Handover Ceremony", "Embassy of the People's Republic of China in the Arab Republic of Egypt",
     "Cairo"),
    ("Foreign Ministry Spokesperson Kong Dewei's Regular Press Conference on July 4, 2016",
     "Embassy of the People's Republic of China in the United Kingdom", None),  # the ministry's, reposted abroad
])
def test_a_heading_or_an_embassy_places_a_page_that_names_no_place(heading: str, publisher: str | None,
                                                                  place: str | None) -> None:
    text = f"{heading}\n\n2018-04-18\n\nThe two sides exchanged views on regional security, Deputy Minister Ivan Orlov said.\n"
    raw = RawDocument("d", None, text, published="2018-04-18", publisher=publisher)  # type: ignore[arg-type]
    _doc, facts = extract(raw)
    assert facts and {f.place for f in facts} == {place}


def test_an_interview_given_to_an_outlet_and_initials_before_a_surname() -> None:
    text = ("Interview of the Director of the Department of New Threats of the Ministry of Foreign Affairs of Russia "
            "B.N. Orlov to RIA Novosti news agency, 11 April 2018\n\n11 April 2018 10:15\n\n"
            "Q: The working group will meet next month. What does Russia expect from this meeting?\n\n"
            "A: The group has become a useful format for a frank exchange of views.\n\n"
            "Q: How do you assess the situation in Afghanistan?\n\nA: We are not exaggerating anything.\n")
    said = _said(text, "2018-04-11")
    assert said["The group ha"] == said["We are not e"] == "B.N. Orlov"
    assert said["What does Ru"] == "RIA Novosti"


def test_a_leads_dateline_is_no_part_of_its_passage() -> None:
    text = "SINGAPORE (Reuters) - Southeast Asian police chiefs agreed on Wednesday to share data on fighters.\n"
    line = page_lines(text)[0]
    assert [text[s:e] for s, e in prose_sentences(text, line)] == [
        "Southeast Asian police chiefs agreed on Wednesday to share data on fighters."]


@pytest.mark.parametrize(("later", "who"), [
    ("The Iranian interior minister said the force would be made up of border guards.", "Hamid Rezaei"),
    ("The interior minister said Pakistan had raised the killing of 14 security personnel.", "Shaukat Kharal"),
])
def test_a_counterpart_takes_the_office_of_the_one_they_meet(later: str, who: str) -> None:
    text = ("ISLAMABAD: Pakistan and Iran agreed on Tuesday to set up a joint border force.\n\n"
            "The agreement was reached during talks between Interior Minister Shaukat Kharal and his Iranian "
            "counterpart Hamid Rezaei, who arrived in Islamabad on Monday.\n\n"
            f"{later}\n")
    assert _said(text, "2019-04-23")[later[:12]] == who


def test_the_minister_is_the_counterpart_just_named() -> None:
    text = ("NEW DELHI: India and the Maldives agreed on Tuesday to deepen cooperation, during talks between Defence "
            "Minister Rajendra Tiwari and his Maldivian counterpart Aminath Rasheed.\n\n"
            "Ms. Rasheed, who is on a four-day visit, said the Maldives had seen a worrying number of recruits.\n\n"
            '"For a country of our size, even a few hundred fighters is a very large number," the Minister said.\n')
    assert _said(text, "2019-01-08")["For a countr"] == "Aminath Rasheed"


def test_a_name_with_a_lower_case_affiliation() -> None:
    text = ("MOSCOW (AFP) - Russian security services said on Tuesday they had broken up a cell.\n\n"
            "Natalya Orlova of the Memorial human rights centre told AFP that suspects were often tortured.\n\n"
            '"We are not saying there is no threat," she said.\n')
    said = _said(text, "2019-04-02")
    assert said["Natalya Orlo"] == said["We are not s"] == "Natalya Orlova"


def test_a_university_named_after_a_prince_says_nothing_of_gender() -> None:
    text = ("BANGKOK: Thailand and Malaysia agreed on Monday to step up border patrols.\n\n"
            "Lt. Gen. Somchai Rattana, commander of the army's 4th Region, said last week that attackers had fled.\n\n"
            "Sirinya Kaewmanee, a researcher at Prince of Songkla University in Pattani, said patrols alone would not "
            "end the violence.\n\n"
            '"Every time there is a big attack, Bangkok talks about the border," she said.\n')
    assert _said(text, "2019-11-11")["Every time t"] == "Sirinya Kaewmanee"


@pytest.mark.parametrize(("s", "who"), [
    ("The interior ministers of Britain, France and Germany pledged Monday to help Tunisia track militants.",
     "interior ministers of Britain, France and Germany"),
    ("Argentina, Brazil, Paraguay and the United States on Thursday pledged to step up the exchange of intelligence.",
     "Argentina, Brazil, Paraguay and the United States"),  # a time between the list and its verb
])
def test_the_ministers_of_a_list_of_countries_are_one_subject(s: str, who: str) -> None:
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == who


def test_a_countrys_office_in_the_lead_is_named_later() -> None:
    text = ("SINGAPORE (Reuters) - Southeast Asian police chiefs agreed on Wednesday to share the names of suspected "
            "fighters in real time, Singapore's police commissioner said.\n\n"
            '"The threat has not gone away," Commissioner of Police Goh Seng Han told reporters after the meeting.\n')
    said = _said(text, "2018-09-12")
    assert said["Southeast As"] == said["The threat h"] == "Goh Seng Han"


def test_the_head_of_a_centre_is_a_person_named_later_not_a_body() -> None:
    text = ("Abu Dhabi: Removing extremist content from the internet is not sufficient to stop recruitment, the head "
            "of the Abu Dhabi-based Hedayah centre said on Monday.\n\n"
            '"Every time a platform removes a video, another copy appears," said Dr Saeed Al Kaabi, Executive '
            "Director of Hedayah.\n")
    said = _said(text, "2018-12-10")
    assert said["Removing ext"] == "Saeed Al Kaabi"


def test_a_committee_report_names_its_chair_in_the_header_and_members_ask() -> None:
    text = ("Committees > Police\n\nPolice\n24 October 2018\nChairperson: Mr S D Mabaso (ANC)\n\nMeeting report\n\n"
            "The Chairperson said the country could not afford to be complacent about terrorism.\n\n"
            "Ms A Terblanche (DA) asked why it had taken more than three months to make the first arrests.\n\n"
            "The minister was asked whether the talks had failed.\n")
    said = _said(text, "2018-10-24")
    assert said["The Chairper"] == "S D Mabaso" and said["Ms A Terblan"] == "A Terblanche"
    assert "The minister" not in said


def test_after_a_quote_he_is_its_speaker_not_the_person_he_met() -> None:
    text = ("Jakarta (ANTARA News) - Indonesia and Australia have agreed to strengthen cooperation against online "
            "radicalism, Head of the Agency Police Commissioner General Drs. Budi Santoso Wibowo, M.Si. said here on "
            "Thursday.\n\n"
            '"We face the same enemy," Wibowo said after a meeting with Australian Ambassador Megan Carrick.\n\n'
            "According to him, the two countries will hold joint training for cyber patrol officers.\n\n"
            "Ambassador Carrick said Australia valued Indonesia's leadership in the region.\n\n"
            "She added that Australia would fund a two-year programme with Indonesian universities.\n")
    said = _said(text, "2018-11-08")
    assert said["According to"] == said["We face the "] == "Budi Santoso Wibowo"
    assert said["She added th"] == "Megan Carrick"


def test_a_headline_naming_the_outlet_an_official_spoke_to() -> None:
    title = "Coalition Secretary-General to Gulf Herald: We Will Follow the Money"
    text = (f"{title}\n\nMonday, 26 November, 2018 - 07:00\n\n"
            "Maj. Gen. Khalid bin Saad Al-Harbi spoke to the newspaper on the sidelines of a symposium in Riyadh.\n\n"
            "Following is the text of the interview:\n\n"
            "Q: What exactly will the new program do?\n\n"
            "A: The program will train financial investigators and prosecutors.\n\n"
            "Q: Is information sharing realistic?\n\nA: It is a challenge, and we do not hide it.\n")
    raw = RawDocument("d", None, text, published="2018-11-26", title=title)  # type: ignore[arg-type]
    said = {f.quote[:12]: f.speaker for f in extract(raw)[1]}
    assert said["What exactly"] == "Gulf Herald" and said["The program "] == "Khalid bin Saad Al-Harbi"
    assert split_role_name("Coalition Secretary-General to Gulf Herald") == (
        "Coalition Secretary-General to Gulf Herald", None)


def test_police_ranks_end_no_sentence() -> None:
    text = "Indonesia's counter-terrorism chief, Comr. Gen. Agus Wiryo, said the patrols worked. Insp. Lee agreed."
    assert len(split_sentences(text)) == 2


def test_a_joint_statement_quoted_in_full_after_the_news() -> None:
    text = ("Minister takes part in the C5+1 ministerial meeting in Washington\n\n04.08.2016\n\n"
            "On 3 August 2016, Minister of Foreign Affairs Talant Kadyrov took part in the C5+1 ministerial meeting.\n\n"
            "Following the meeting, the ministers adopted a Joint Statement.\n\n"
            "Joint Statement of the C5+1 Foreign Ministers\n\n"
            "We, the Foreign Ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and the United "
            "States,\n\n"
            "We strongly condemn terrorism in all its forms and manifestations.\n\n"
            "We agree to launch a regional project on countering violent extremism.\n")
    said = _said(text, "2016-08-04")
    assert said["We strongly "] == said["We agree to "] == "C5+1 Foreign Ministers"


@pytest.mark.parametrize(("heading", "issuer"), [
    ("Statement of the Ministers of Foreign Affairs of the CSTO Member States on Countering International Terrorism",
     "Ministers of Foreign Affairs of the CSTO Member States"),
    ("Joint Statement of the Working Group on Foreign Terrorist Fighters", "Working Group on Foreign Terrorist Fighters"),
])
def test_a_statement_headings_title_cased_topic_is_not_its_issuer(heading: str, issuer: str) -> None:
    text = (f"{heading}\n\n01.07.2017\n\n"
            "We strongly condemn terrorism in all its forms and manifestations.\n\n"
            "We call for the early completion of work on a comprehensive convention on international terrorism.\n")
    said = _said(text, "2017-07-01")
    assert said["We strongly "] == said["We call for "] == issuer


def test_a_lower_case_office_before_a_full_name_in_a_trailing_attribution() -> None:
    s = ("Russian special services have prevented 39 terrorist attacks this year, first deputy director of the FSB, "
         "head of the apparatus of the National Antiterrorism Committee (NAC) Viktor Pavlovich Gorin said on Tuesday.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "Viktor Pavlovich Gorin"


def test_an_outlet_label_with_a_number_and_a_speakers_line() -> None:
    text = ("Briefing on the return of citizens\n\n"
            "Speakers: Deputy Chairman of the Committee Nurlan Bekov; Vice Minister Dana Sarsenova.\n\n"
            "Nurlan Bekov: Today we completed the second stage of the operation. We returned 231 citizens.\n\n"
            "Khabar 24: How many citizens remain in Syria and Iraq?\n\n"
            "Nurlan Bekov: About 50 remain, and the work continues.\n")
    said = _said(text, "2019-05-10")
    assert said["How many cit"] == "Khabar 24" and "Speakers" not in said.values()
    assert parse_label("ASTANA, July 4: The Official Representative held a briefing.") is None


def test_an_office_with_a_colon_before_said_is_no_transcript_label() -> None:
    assert parse_label("Lt Gen Thandi Mokoena, Divisional Commissioner: Crime Intelligence, said the level was "
                       "medium.") is None
    assert parse_label("Official Spokesperson, Shri Arvind Menon: Good afternoon friends.") is not None


@pytest.mark.parametrize(
    "meta",
    ["15 May 2019, 11:00    |    Nur-Sultan    |    Views: 4 207",
     "Written by Express News Service | New Delhi | Updated: January 16, 2019 4:12:55 am"],
)
def test_a_dated_meta_line_with_a_city_cell_places_the_page(meta: str) -> None:
    text = f"Home | News\n\n{meta}\n\nDeputy Minister Arman Seitov said that 400 people had returned home.\n"
    assert [f.place for f in _facts(text)] == [canonical_place(meta.split("|")[1].strip())]


def test_a_section_named_after_a_country_is_no_place() -> None:
    text = "GT | China | Source: Global Times Published: 2020/11/06 21:48:33\n\nExpert Li Hao said that it was wrong.\n"
    assert [f.place for f in _facts(text)] == [None]


def test_a_sentence_opening_in_a_place_says_where_it_was_said() -> None:
    text = ("DHAKA, July 5 (CRI) -- Bangladesh mourned the victims on Tuesday.\n\n"
            "In Beijing, Chinese Foreign Ministry spokeswoman Gu Meilan said at a regular press briefing that China "
            "condemned the attack.\n")
    assert [f.place for f in _facts(text)] == ["Beijing"]


def test_a_place_seating_a_body_in_the_appositive_is_not_where_its_director_spoke() -> None:
    text = ("ADDIS ABABA, March 21 (Staff) - Security officials met today.\n\n"
            "Larbi Benaissa, acting director of the African Centre for the Study and Research on Terrorism (ACSRT) "
            "in Algiers, told the meeting that the continent faced a growing number of fighters.\n")
    assert [f.place for f in _facts(text)] == ["Addis Ababa"]


@pytest.mark.parametrize(
    ("lead", "place"),
    [("JAKARTA - Indonesia's Parliament yesterday passed a revision of the law.", "Jakarta"),
     ("BANGKOK -- Thailand and Malaysia agreed on Tuesday to launch joint patrols.", "Bangkok"),
     ("Johannesburg - BRICS leaders have strongly condemned terrorism in all its forms.", "Johannesburg"),
     ("Meanwhile - The rest of the story follows here.", None)],
)
def test_a_dash_dateline_names_a_known_place(lead: str, place: str | None) -> None:
    assert dateline(lead, None) == (place, None)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [("TARAKAN (Indonesia), June 19 -- Malaysia, Indonesia and the Philippines today launched patrols.",
      ("Tarakan", "2017-06-19")),
     ("Nairobi (Kenya), 15 March 2018 – Prosecutors and judges agreed on Wednesday to set up a network.",
      ("Nairobi", "2018-03-15"))],
)
def test_a_dateline_may_name_the_country_in_brackets_after_the_city(lead: str, expected: tuple[str, str]) -> None:
    assert dateline(lead, dt.date(2017 if "2018" not in lead else 2018, 6, 20)) == expected


@pytest.mark.parametrize(
    ("lead", "place"),
    [("CLARK FREEPORT, Pampanga -- Defense Secretary Juan Cruz on Monday announced the end of operations.",
      "Clark Freeport"),
     ("Meanwhile, Officials -- The rest of the story follows here.", None)],
)
def test_an_upper_case_city_and_its_province_before_a_dash_is_a_dateline(lead: str, place: str | None) -> None:
    assert dateline(lead, None) == (place, None)


def test_a_speech_heading_that_ends_with_its_city_gives_the_place() -> None:
    text = ("Speech by Deputy Secretary General Anna Berg at the annual conference of the Centre of Excellence, Ankara\n\n"
            "15 Nov. 2018\n\n"
            "Thank you to our host nation for bringing us together. Terrorism is a threat to all of us.\n")
    facts = _facts(text, "2018-11-15")
    assert facts and {f.place for f in facts} == {"Ankara"}


def test_a_speaker_who_told_a_press_conference_somewhere_said_all_the_day_s_words_there() -> None:
    text = ("KOTA KINABALU: Security forces foiled a kidnap attempt on Tuesday.\n\n"
            "Commander Datuk Azmi Rahmat said a marine police team spotted a speedboat with five men.\n\n"
            "\"Our team returned fire, and two of them were killed,\" he told a press conference in Lahad Datu on Wednesday.\n\n"
            "Police chief Omar Hamid said the suspects had been under watch for weeks.\n\n"
            "Azmi said the three other suspects escaped towards Philippine waters.\n")
    places = {f.quote[:12]: f.place for f in _facts(text, "2018-09-12")}
    assert places == {"Commander Da": "Lahad Datu", "Our team ret": "Lahad Datu", "Police chief": "Kota Kinabalu",
                      "Azmi said th": "Lahad Datu"}


def test_words_said_at_another_time_do_not_move_a_speaker_s_other_words() -> None:
    text = ("BEIJING, June 3 -- Interpol official Claire Vautrin said on Monday that countries must share names.\n\n"
            "At a meeting of interior ministers in Brussels last week, Vautrin called on member states to check "
            "all travelers at the borders.\n")
    assert [f.place for f in _facts(text, "2018-06-03")] == ["Beijing", "Brussels"]


@pytest.mark.parametrize(
    "clause",
    ["told Xinhua in an interview ahead of the EU-China dialogue, to be held in Beijing next month",
     "said, adding that China would host a workshop on terrorist financing in Beijing next spring"],
)
def test_an_occasion_still_to_come_is_not_where_the_words_were_said(clause: str) -> None:
    assert clause_place(clause) is None


def test_a_reporter_from_an_outlet_label_gives_the_question_to_the_outlet() -> None:
    text = ("MPS press conference on cooperation against terrorism\n\n"
            "On June 27, the Ministry of Public Security held a press conference in Beijing.\n\n"
            "Reporter from Legal Daily:\n\nCould you give us an overview of the cooperation over the past year?\n\n"
            "Guo Jianwen:\n\nOver the past year, we have carried out cooperation under the SCO and INTERPOL.\n\n"
            "Reporter from CCTV:\n\nWhat are the preparations for the joint exercise this year?\n\n"
            "Guo Jianwen:\n\nThe exercise will be held in Xinjiang in the second half of the year.\n")
    assert [(f.speaker, f.quote[:12]) for f in _facts(text, "2018-06-28")] == [
        ("Legal Daily", "Could you gi"), ("Guo Jianwen", "Over the pas"), ("CCTV", "What are the"),
        ("Guo Jianwen", "The exercise")]


def test_an_outlet_that_talked_to_someone_after_a_fronted_phrase_asks_the_questions() -> None:
    text = ("Exclusive: Morocco's coordinator on deradicalization\n\n"
            "Editor's note: On the sidelines of a seminar on peace and security in Beijing on Monday, CGTN talked to "
            "Ambassador Latifa Ouazzani, Morocco's coordinator for the forum.\n\n"
            "Q: What has the forum achieved?\n\n"
            "A: The forum is not a big bureaucracy. It is a place where practitioners come together.\n")
    facts = _facts(text, "2018-10-16")
    assert [(f.speaker, f.date, f.place) for f in facts] == [
        ("CGTN", "2018-10-15", "Beijing"), ("Latifa Ouazzani", "2018-10-15", "Beijing"),
        ("Latifa Ouazzani", "2018-10-15", "Beijing")]


@pytest.mark.parametrize(
    "line",
    ["Wed Sep 18, 2019 05:21PM [Updated: Wed Sep 18, 2019 06:40PM]",
     "*Daesh (also known as ISIS/ISIL/IS) is a terrorist group banned in Russia.",
     "Press TV's website can also be accessed at the following alternate addresses:",
     "AZERTAC presents the full text of the speech.",
     "Photo: State Minister of Defence Hon. Nishantha Kumarasinghe addresses the seminar at BMICH, Colombo.",
     "Tariq Masood Khawaja Photo: Courtesy of the Pakistani Embassy in China",
     "Image Credit: Ahmed Ramzan/Gulf News"],
)
def test_date_lines_ban_notes_and_site_notices_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_an_editor_s_bio_at_the_foot_of_an_interview_is_furniture() -> None:
    text = ("Q: What should we watch for at the summit?\n\n"
            "A: The declaration will certainly mention terrorism, separatism and extremism.\n\n"
            "Q: And Afghanistan?\n\nA: I would look for any new language on Afghanistan and on the return of fighters "
            "from Syria and Iraq, which worries every government in the region.\n\n"
            "Catherine Ashdown-Lee is an associate editor at The Diplomat.\n")
    assert page_lines(text)[-1].kind == "furniture"


def test_a_newsgrams_box_lists_links() -> None:
    text = ("Experts meet on terrorism\n\nThe workshop opened in Urumqi on Monday, the ministry said.\n\n"
            "Newsgrams\n\nXinjiang releases third white paper on counter-terrorism\n"
            "Beijing slams US bill on Xinjiang as \"gross interference\"\n")
    kinds = {text[ln.start:ln.end][:12]: ln.kind for ln in page_lines(text)}
    assert kinds["Xinjiang rel"] == kinds["Beijing slam"] == "furniture"


@pytest.mark.parametrize(
    ("lead", "first"),
    [("Tehran, Jan 17, IRNA – Iranian Defense Minister Mehdi Karimi said on Monday that the commission would meet.",
      "Iranian Defense Minister"),
     ("Nairobi (Kenya), 15 March 2018 – Prosecutor Amado Pires said the network would share evidence.", "Prosecutor Amado"),
     ("CLARK FREEPORT, Pampanga -- Defense Secretary Juan Cruz said on Monday that operations had ended.",
      "Defense Secretary"),
     ("CAIRO, 12th September, 2017 (WAM) -- Dr. Abdulla Al Ketbi, Minister of State, has affirmed that the fight goes on.",
      "Dr. Abdulla")],
)
def test_a_dateline_with_an_agency_a_bracketed_country_or_a_province_is_no_part_of_the_quote(lead: str, first: str) -> None:
    facts = _facts(lead + "\n")
    assert facts and facts[0].quote.startswith(first)


def test_a_heading_that_says_someone_gives_an_interview_to_an_outlet_gives_the_questions_to_the_outlet() -> None:
    text = ("Ambassador Qiao Zhengming Gives Interview to Dawn\n\n2017/08/21\n\n"
            "On August 19, 2017, Ambassador Qiao Zhengming received an interview with Dawn at the Embassy in Islamabad. "
            "The full text is as follows:\n\n"
            "Q: Is China satisfied with the security arrangements for Chinese workers in Pakistan?\n\n"
            "A: We appreciate the measures of the Pakistani side very much, and we hope they will continue.\n")
    assert [f.speaker for f in _facts(text, "2017-08-21")] == ["Dawn", "Qiao Zhengming"]


def test_an_office_with_its_acronym_in_brackets_before_the_name_is_the_person_s_role() -> None:
    text = ("On 15 January 2019, Secretary-General Akmal Saidov met in Beijing with Director of the Executive Committee "
            "of the Regional Anti-Terrorist Structure (RATS) Serik Bolatovich Tuyakbayev, whose term ended, and the new "
            "Director of the RATS Executive Committee Davron Saidovich Nazarzoda.\n\n"
            "Serik Tuyakbayev informed the Secretary-General about the results of the work of the Committee.\n\n"
            "The outgoing Director pointed out that the return of foreign terrorist fighters is the main threat.\n")
    facts = _facts(text, "2019-01-15")
    assert [(f.speaker, f.role) for f in facts][-1] == (
        "Serik Bolatovich Tuyakbayev", "Director of the Executive Committee of the Regional Anti-Terrorist Structure (RATS)")


def test_a_lower_case_office_of_a_body_before_a_full_name_is_that_person() -> None:
    text = ("The meeting was attended by CSTO Secretary General Gennady Yastrebov and Chief of the CSTO Joint Staff "
            "Colonel General Andrei Rudenko.\n\n"
            "\"No state can cope with it alone,\" said Mr. Yastrebov.\n\n"
            "The deputy secretary of the Security Council of the Russian Federation Oleg Rudenko, who headed the Russian "
            "delegation, proposed to create a unified database of foreign terrorist fighters. He said that Russia was "
            "ready to provide the information from its own databases.\n")
    said = _said(text, "2016-09-13")
    assert said["The deputy s"] == said["He said that"] == "Oleg Rudenko"


def test_successor_and_new_and_outgoing_holders_of_an_office_resolve_to_the_handover_s_two_sides() -> None:
    text = ("TASHKENT, Sept. 18 (Xinhua) -- The council of the anti-terror body met here on Tuesday.\n\n"
            "At the meeting, Daniyar Serikovich Zhumabekov handed over the post of RATS director to Rustam Ilkhomovich "
            "Yuldashev of Uzbekistan.\n\n"
            "Zhumabekov, the outgoing director, said the RATS had become a center of coordination.\n\n"
            "His successor pledged to focus on the threat posed by militants returning from Syria.\n\n"
            "According to the new director, the RATS will help organize a joint exercise in November.\n\n"
            "The outgoing director noted that the databank now held more than 2,500 entries.\n")
    said = _said(text, "2019-09-18")
    assert said["Zhumabekov, "] == said["The outgoing"] == "Daniyar Serikovich Zhumabekov"
    assert said["His successo"] == said["According to"] == "Rustam Ilkhomovich Yuldashev"


def test_he_replaces_someone_makes_the_one_just_named_the_successor() -> None:
    text = ("Saidmurod Khaidarzoda, a representative of Tajikistan, will head the Executive Committee from January 1. "
            "He replaces Arkady "
            "Polunin of Russia.\n\n"
            "His predecessor said the committee had prevented more than 600 crimes in three years.\n")
    assert _said(text, "2018-11-30")["His predeces"] == "Arkady Polunin"


@pytest.mark.parametrize(
    ("clause", "when", "where"),
    [("he said, adding that the security forces had foiled several plots in Quetta this year", None, None),
     ("he told reporters in Islamabad on Wednesday, adding that more arrests would follow next week in Lahore",
      "2016-12-21", "Islamabad")],
)
def test_what_a_speaker_adds_is_not_when_or_where_they_spoke(clause: str, when: str | None, where: str | None) -> None:
    assert (clause_when(clause, dt.date(2016, 12, 22)), clause_place(clause)) == (when, where)


def test_a_speech_is_dated_by_the_day_its_introduction_gives() -> None:
    text = ("Full text of remarks by Vice Minister Xie Hanmo at GCTF workshop\n\n"
            "China.org.cn, June 14, 2017\n\n"
            "The following is the full text of the remarks by Xie Hanmo, Vice Minister of Public Security of China, at the "
            "opening of the workshop on countering the financing of terrorism, held in Beijing on June 13, 2017.\n\n"
            "Good morning! I would like to extend a warm welcome to all of you coming to Beijing.\n\n"
            "Money is the lifeblood of terrorism. We have improved our laws and regulations.\n")
    facts = _facts(text, "2017-06-14")
    assert facts and {f.date for f in facts if f.speaker == "Xie Hanmo"} == {"2017-06-13"}


def test_a_title_label_with_the_name_in_brackets_is_that_person() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (August 29, 2019)\n\n"
            "Official Spokesperson (Shri Pranav Saxena): Good afternoon friends. I have two announcements to make.\n\n"
            "Question (Smita, Press Trust of India): Will counter-terrorism be on the agenda in Vladivostok?\n\n"
            "Official Spokesperson (Shri Pranav Saxena): Counter-terrorism has always been an important element of our "
            "partnership with Russia.\n")
    assert [f.speaker for f in _facts(text, "2019-08-29")] == [  # "Good afternoon friends." is a greeting, no statement
        "Pranav Saxena", "Press Trust of India", "Pranav Saxena"]


def test_a_public_relations_wing_is_a_body_that_speaks() -> None:
    text = ('"The exercise will focus on counter-terrorism operations in mountainous terrain and hostage rescue," the '
            "Inter-Services Public Relations (ISPR) said in a statement.\n")
    assert [f.speaker for f in _facts(text, "2018-10-06")] == ["Inter-Services Public Relations"]


def test_an_interview_heading_names_the_outlet_at_its_end_not_a_country_in_the_office() -> None:
    text = ("Interview of the Ambassador of the Russian Federation to the Republic of Uzbekistan M.O. Rudnitsky to "
            "RIA Novosti news agency\n\n21.06.2016\n\n"
            "Ambassador Mikhail Olegovich Rudnitsky answered questions from RIA Novosti correspondents.\n\n"
            "Question: What place does security cooperation occupy on the agenda of the summit?\n\n"
            "Answer: A central one. The SCO was created precisely to counter terrorism.\n")
    assert [f.speaker for f in _facts(text, "2016-06-21")] == [
        "RIA Novosti", "Mikhail Olegovich Rudnitsky", "Mikhail Olegovich Rudnitsky"]


def test_single_word_labels_that_take_turns_are_an_interview() -> None:
    text = ("CSTO official on the Afghan border\n\n"
            "In an interview with Sputnik, CSTO Deputy Secretary General Oleg Durnovtsev spoke about the threat.\n\n"
            "Sputnik: How serious is the threat from Afghanistan today?\n\n"
            "Durnovtsev: The threat is real and it is growing. Militants are massing in the north.\n\n"
            "Sputnik: What practical steps is the organisation taking?\n\n"
            "Durnovtsev: We are strengthening the Tajik section of the border with new equipment.\n")
    said = _said(text, "2018-10-17")
    assert said["How serious "] == "Sputnik"
    assert said["The threat i"] == said["We are stren"] == "Oleg Durnovtsev"


def test_dashed_turns_are_questions_and_answers() -> None:
    text = ("Kazinform correspondent Aigerim Tulegenova talked to Deputy Foreign Minister Yerlan Seitkaliyev about the "
            "operation.\n\n"
            "- Mr. Seitkaliyev, how was the second stage of the operation organised?\n\n"
            "- It was a complex operation that required the joint work of several ministries.\n\n"
            "- What happens to the women who come back?\n\n"
            "- Each case is examined by the investigators, and those who committed crimes answer before the court.\n")
    said = _said(text, "2019-05-16")
    assert said["It was a com"] == said["Each case is"] == "Yerlan Seitkaliyev"
    assert said["Mr. Seitkali"] != "Yerlan Seitkaliyev"


def test_an_interview_without_labels_alternates_questions_and_answers() -> None:
    text = ("Uzbekistan's Operation Mehr\n\nBy Hannah Lindqvist\n\n"
            "As Dilshod Mirzaevich Khamrayev put it at a conference, children left in camps may become fighters.\n\n"
            "The Diplomat's Hannah Lindqvist spoke with Khamrayev, deputy director of the Institute for Strategic "
            "Studies, about the operations.\n\n"
            "Why did Uzbekistan decide to bring its citizens home?\n\n"
            "The decision was taken at the highest level. These people are our citizens.\n\n"
            "Are the returnees checked?\n\n"
            "Of course, every adult who returns is checked by the State Security Service.\n")
    said = _said(text, "2020-01-15")
    assert said["Why did Uzbe"] == said["Are the retu"] == "The Diplomat"
    assert said["The decision"] == said["Of course, e"] == "Dilshod Mirzaevich Khamrayev"


def test_an_outlets_journalist_spoke_to_the_interviewee_named_after_a_lower_case_office() -> None:
    text = ("Interview: AIVD chief says 'the threat has not gone into lockdown'\n\n"
            "DutchNews.nl's Hanna Visser spoke to director-general Erik Bosschaart by video call on Thursday.\n\n"
            "Q: Is the threat still realistic?\n\nA: Yes. The threat has not gone into lockdown, and it is growing.\n\n"
            "Q: How do you work with other services?\n\nA: We work with our partners in the Counter Terrorist Group.\n")
    said = _said(text, "2020-04-22")
    assert said["The threat h"] == said["We work with"] == "Erik Bosschaart"
    assert said["Is the threa"] == "DutchNews.nl"


def test_an_op_eds_sentence_after_a_quotation_it_cites_is_the_authors() -> None:
    text = ("OPINION: After Brussels, Europe must share intelligence\n\nBy Lars Kjaergaard\n\n"
            "I have spent most of my working life in intelligence, and I know how easy it is to judge a service.\n\n"
            "As Jan Vermeulen, the spokesman of the Belgian federal prosecutor's office, put it last week: \"We had pieces "
            "of the puzzle, other countries had other pieces.\" That sentence should be printed above every desk.\n\n"
            "We need a duty to share information. I have seen what happens without one.\n")
    assert _said(text, "2016-03-30")["That sentenc"] == "Lars Kjaergaard"


def test_a_press_office_answering_an_outlets_questions_answers_them() -> None:
    text = ("Answers of the Press Office of the Embassy to questions of The Times of Central Asia\n\n21.03.2019\n\n"
            "The Press Office of the Embassy of the Republic of Kazakhstan in London answered questions from The Times of "
            "Central Asia on the humanitarian operation.\n\n"
            "Question: Why did Kazakhstan decide to repatriate them?\n\n"
            "Answer: Kazakhstan proceeds from the position that the state bears responsibility for its citizens.\n\n"
            "Question: What happens to the adults after their return?\n\n"
            "Answer: All adults undergo a thorough check by the competent authorities.\n")
    said = _said(text, "2019-03-21")
    assert said["Why did Kaza"] == said["What happens"] == "The Times of Central Asia"
    assert said["Kazakhstan p"] == said["All adults u"] == \
        "Press Office of the Embassy of the Republic of Kazakhstan in London"


def test_an_embassys_repost_of_its_ministrys_press_conference_is_not_placed_at_the_embassy() -> None:
    text = ("Embassy of the People's Republic of China in the United States of America\n\n"
            "Home > Spokesperson's Remarks\n\n"
            "Foreign Ministry Spokesperson Lu Minghua's Regular Press Conference on May 17, 2016\n\n2016/05/18\n\n"
            "Q: It is reported that talks may be held in Islamabad soon. Can you confirm the report?\n\n"
            "A: I have noted the relevant reports. China is not in a position to confirm them.\n\n"
            "Q: Does China plan to send military personnel to Afghanistan?\n\n"
            "A: I am not aware of what you said.\n\n" + "Related news\n\n" * 6 +
            "Address: 3505 International Place, N.W., Washington, D.C. 20008\n"
            "Copyright © Embassy of the People's Republic of China in the United States of America\n")
    assert {f.place for f in _facts(text, "2016-05-18")} == {None}  # the briefing was given at home, not at the embassy


def test_an_outlet_named_as_a_second_label_after_q_asks() -> None:
    text = ("Foreign Ministry Spokesperson Lu Minghua's Regular Press Conference on May 17, 2016\n\n"
            "Q: AFP: Human rights groups say that the law is used to restrict freedoms. What is your response?\n\n"
            "A: The law protects the rights of all citizens and targets only violent terrorist activities.\n\n"
            "Q: Kyodo News: Japan and China will hold a consultation next month. Could you give us details?\n\n"
            "A: The two sides are in communication on the specific arrangements.\n")
    said = _said(text, "2016-05-17")
    assert said["What is your"] == "AFP" and said["Could you gi"] == "Kyodo News"


def test_the_items_listed_under_what_a_group_agreed_to_are_its_statements() -> None:
    text = ("Joint Press Statement\n\n"
            "1. The third round of consultations between Pakistan and Uzbekistan was held in Tashkent on 24 April 2019.\n\n"
            "2. The two sides strongly condemned terrorism in all its forms and manifestations.\n\n"
            "3. The two sides agreed to:\n"
            "   (a) enhance the exchange of information on terrorist organizations and their members;\n"
            "   (b) cooperate in countering the financing of terrorism and money laundering; and\n"
            "   (c) organize joint training courses for officials of their counter-terrorism agencies.\n\n"
            "4. The two sides welcomed the forthcoming meeting of the Joint Working Group.\n")
    said = _said(text, "2019-04-25")
    assert said["(a) enhance "] == said["(c) organize"] == said["The two side"] == "Pakistan and Uzbekistan"


def test_an_outlet_that_talked_to_an_office_holder_asks_its_questions() -> None:
    text = ("Home / Interview\n\nKanybek Zhumaliev: \"We cannot arrest our way out of extremism\"\n\n"
            "Kyrgyzstan has brought back 79 children from Iraq. 24.kg news agency talked to Deputy Chairman of the State "
            "Committee for National Security Kanybek Zhumaliev about cooperation with its neighbours.\n\n"
            "Q: How many citizens of Kyrgyzstan are currently in conflict zones?\n\n"
            "A: According to our data, about 850 citizens of Kyrgyzstan have left for Syria and Iraq since 2012.\n\n"
            "Q: Is the situation on the southern borders under control?\n\nA: Yes, the borders are under control.\n")
    said = _said(text, "2019-04-16", publisher="24.kg")
    assert said["How many cit"] == said["Is the situa"] == "24.kg"
    assert said["According to"] == "Kanybek Zhumaliev"


def test_a_countrys_office_after_a_name_is_the_persons_role() -> None:
    text = ("The words are those of Chen Weiming, China's ambassador to the Kingdom, who spoke to Arab News on Tuesday.\n\n"
            "Chen said the two countries were preparing several agreements on security cooperation.\n")
    facts = _facts(text, "2019-02-20")
    assert [(f.speaker, f.role) for f in facts] == [("Chen Weiming", "China's ambassador to the Kingdom")]


@pytest.mark.parametrize("subject", ["Critics in Europe", "Analysts in Beijing", "Residents of Kabul", "Critics"])
def test_unnamed_crowds_are_no_speakers(subject: str) -> None:
    assert not _facts(f"{subject} have argued that the returnees pose a security risk to the region.\n", "2020-01-15")


def test_someone_who_told_reporters_before_an_interview_is_neither_its_answerer_nor_its_occasion() -> None:
    text = ("CSTO official on the Afghan border\n\n"
            "In an interview with Sputnik, CSTO Deputy Secretary General Oleg Durnovtsev spoke about the threat.\n\n"
            "Earlier this week, CSTO Secretary General Armen Ghukasyan told reporters in Minsk that the forces would "
            "hold three more exercises this year.\n\n"
            "Sputnik: How serious is the threat from Afghanistan today?\n\n"
            "Durnovtsev: The threat is real and it is growing. Militants are massing in the north.\n\n"
            "Sputnik: What practical steps is the organisation taking?\n\n"
            "Durnovtsev: We are strengthening the Tajik section of the border with new equipment.\n")
    answers = [f for f in _facts(text, "2018-10-17") if f.quote.startswith(("The threat", "We are"))]
    assert {(f.speaker, f.place) for f in answers} == {("Oleg Durnovtsev", None)}


def test_an_occasion_weeks_before_an_interview_does_not_date_it() -> None:
    text = ("Operation Mehr\n\nBy Hannah Lindqvist\n\n"
            "As Dilshod Khamrayev put it at a conference in Tashkent in November, children left in camps may become "
            "fighters.\n\n"
            "The Diplomat's Hannah Lindqvist spoke with Khamrayev about the operations.\n\n"
            "Why did Uzbekistan decide to bring its citizens home?\n\n"
            "The decision was taken at the highest level. These people are our citizens.\n\n"
            "Are the returnees checked?\n\n"
            "Of course, every adult who returns is checked by the State Security Service.\n")
    answers = [f for f in _facts(text, "2020-01-15") if f.quote.startswith(("The decision", "Of course"))]
    assert {(f.date, f.place) for f in answers} == {("2020-01-15", None)}


def test_according_to_an_office_then_the_holder_s_name_is_that_person() -> None:
    text = ("According to the Secretary of the Security Council of the Russian Federation, Vladimir Sergeyevich "
            "Demidenko, who opened the meeting, terrorist organizations were now using the internet to recruit.\n")
    assert [(f.speaker, f.role) for f in _facts(text, "2019-06-19")] == [
        ("Vladimir Sergeyevich Demidenko", "Secretary of the Security Council of the Russian Federation")]


def test_an_office_given_after_a_rank_is_what_the_title_later_names() -> None:
    text = ("Reviewing the closing ceremony, Major General Rakesh Kumar Jamwal, General Officer Commanding of the "
            "Division, complimented the troops and said that the exercise had given them a valuable insight.\n\n"
            "\"Terrorism does not respect any borders, and armies must learn to fight it together,\" the General "
            "Officer Commanding said.\n")
    assert {f.speaker for f in _facts(text, "2017-11-15")} == {"Rakesh Kumar Jamwal"}


def test_a_supplementary_question_belongs_to_the_one_who_asked_before() -> None:
    text = ("Transcript of the Weekly Press Briefing by the Spokesperson, Dr. Zeeshan Kahlon\n\n"
            "Spokesperson: Good afternoon. Let me begin with the exercise, which started on Monday.\n\n"
            "Question (Amna Raza, PTV World): Which units of the two armies are taking part in it?\n\n"
            "Spokesperson: Special forces of both armies are taking part.\n\n"
            "Question (Kashif Gill, Dawn News): Were there reports that the exercise would be cancelled?\n\n"
            "Spokesperson: These reports were baseless, as you can see for yourself.\n\n"
            "Supplementary (Kashif Gill): Will the exercise become an annual event?\n\n"
            "Spokesperson: That will be decided by the two armies after this year.\n")
    said = _said(text, "2018-10-04")
    assert said["Will the exe"] == said["Were there r"]


def test_question_from_an_outlet_labels_give_the_question_to_the_outlet() -> None:
    text = ("Briefing of the Official Representative of the Ministry of Foreign Affairs G. Shaimerdenova\n\n"
            "G. Shaimerdenova: Good afternoon. Let me start with the results of the summit in Dushanbe.\n\n"
            "Question from Kazinform news agency: Are there any plans to return more citizens from Syria?\n\n"
            "G. Shaimerdenova: The work will continue, and the priority will remain women and children.\n\n"
            "Question from Interfax-Kazakhstan: How does the Ministry assess the situation in northern Afghanistan?\n\n"
            "G. Shaimerdenova: The situation remains difficult, and we follow it closely.\n")
    said = _said(text, "2019-10-16")
    assert said["Are there an"] == "Kazinform"
    assert said["How does the"] == "Interfax-Kazakhstan"


def test_an_office_under_the_president_is_one_office_and_a_country_picks_its_holder() -> None:
    text = ("Consultations were held under the chairmanship of Secretary of the Security Council of the Russian "
            "Federation Gennady Vasilievich Prokoshin and the Secretary of the Security Council under the President of "
            "the Republic of Uzbekistan Ulugbek Sabirovich Mirakhmedov.\n\n"
            "Opening the consultations, Ulugbek Mirakhmedov said that the threat from Afghanistan remained high.\n\n"
            "The Secretary of the Security Council of Russia noted that Moscow regarded Uzbekistan as a reliable partner.\n")
    facts = _facts(text, "2019-06-12")
    assert [(f.speaker, f.role) for f in facts] == [
        ("Ulugbek Sabirovich Mirakhmedov", "Secretary of the Security Council under the President of the Republic of Uzbekistan"),
        ("Gennady Vasilievich Prokoshin", "Secretary of the Security Council of the Russian Federation")]


def test_interviewer_and_interviewee_labels_are_questions_and_answers() -> None:
    text = ("People's Daily Online reporter Zhao Meng talked to Xu Qinghai, a research fellow at the China Institute of "
            "International Studies, about the new mechanism.\n\n"
            "Interviewer: Why did China choose a trilateral format rather than bilateral talks?\n\n"
            "Interviewee: Because the problem is trilateral. China has good relations with both neighbours.\n\n"
            "Interviewer: What does China want to get from it?\n\n"
            "Interviewee: Stability on its western border, first of all.\n")
    said = _said(text, "2017-12-28")
    assert said["Because the "] == said["Stability on"] == "Xu Qinghai"
    assert said["Why did Chin"] != "Xu Qinghai"


def test_a_bracket_ends_the_office_before_a_name() -> None:
    assert split_role_name("National Coordinator of the National Counter Terrorism Authority (Nacta) Khalid Masood "
                           "Cheema") == ("National Coordinator of the National Counter Terrorism Authority (Nacta)",
                                         "Khalid Masood Cheema")


def test_a_meeting_of_others_before_an_interview_does_not_date_it() -> None:
    text = ("The foreign ministers of China, Afghanistan and Pakistan held their first trilateral dialogue in Beijing on "
            "Tuesday.\n\n"
            "People's Daily Online reporter Zhao Meng talked to Xu Qinghai, a research fellow, about the mechanism.\n\n"
            "Interviewer: Why did China choose a trilateral format?\n\n"
            "Interviewee: Because the problem is trilateral. China has good relations with both neighbours.\n\n"
            "Interviewer: What does China want to get from it?\n\n"
            "Interviewee: Stability on its western border, first of all.\n")
    answers = [f for f in _facts(text, "2017-12-28") if f.speaker == "Xu Qinghai"]
    assert answers and {f.date for f in answers} == {"2017-12-28"}


def test_a_caption_before_its_image_credit_and_a_list_of_other_statements_are_furniture() -> None:
    text = ("Kazakh envoy on returnees\n\n"
            "The ambassador spoke about the return of citizens from Syria in an interview on Monday.\n\n"
            "Kazakh Ambassador to the UAE Yerzhan Baitursynov at the Embassy of Kazakhstan in Abu Dhabi.\n"
            "Image Credit: Ahmed Ramzan/Gulf News\n\n"
            "Other statements on this topic:\n"
            "Statement by Deputy Permanent Representative Pyotr Mikhalchenko at the UNSC briefing (22.04.2016)\n")
    kinds = {text[ln.start:ln.end][:12]: ln.kind for ln in page_lines(text)}
    assert kinds["Kazakh Ambas"] == kinds["Image Credit"] == kinds["Statement by"] == "furniture"


def test_a_dateline_with_a_numeric_date_and_an_agency_in_slashes_is_no_passage() -> None:
    text = ('DUSHANBE, 24.06.2015 /NIAT "Khovar"/. Tajik law-enforcement bodies have identified about 300 citizens '
            "who are fighting abroad, Deputy Minister Rustam Nazarzoda said.\n")
    (line,) = page_lines(text)
    assert text[prose_sentences(text, line)[0][0]:].startswith("Tajik law-enforcement")


@pytest.mark.parametrize(
    "heading",
    ["Statement by Permanent Representative of the Russian Federation to the UN Ambassador Vitaly Igorevich Sarantsev at "
     "the UNSC open debate on countering terrorist narratives",
     "Statement delivered by Ambassador Vitaly Igorevich Sarantsev, Permanent Representative to the UN"],
)
def test_a_statement_heading_names_its_speaker_after_an_office_to_the_un_or_delivered_by(heading: str) -> None:
    text = (f"{heading}\n\n11.05.2016\n\nMr. President,\n\n"
            "We are convinced that the fight against terrorist ideology should be no less systematic than military "
            "operations. We call on internet companies to cooperate more actively.\n")
    assert {f.speaker for f in _facts(text, "2016-05-11")} == {"Vitaly Igorevich Sarantsev"}


def test_a_statement_at_the_security_council_was_made_in_new_york() -> None:
    text = ("Statement by Ambassador Qiao Zhengyuan at the UN Security Council Open Debate on Terrorist Financing\n\n"
            "Mr. President,\n\nChina welcomes this debate. We oppose terrorism in all its forms.\n")
    assert {f.place for f in _facts(text, "2019-03-28")} == {"New York"}


def test_a_united_nations_dateline_is_new_york() -> None:
    assert dateline("UNITED NATIONS, September 20. /TASS/. Russia's deputy minister said", dt.date(2017, 9, 21)) == \
        ("New York", "2017-09-20")


def test_told_an_outlet_that_is_no_inverted_attribution() -> None:
    sentence = ("Dr. Ahsan Javed Malik, additional secretary at Pakistan's Ministry of Interior, told China Daily in "
                "Islamabad that the Special Security Division, set up in 2016 with some 15,000 troops, would be expanded.")
    assert reported_in_sentence(sentence, 0, len(sentence)).mention.text == "Dr. Ahsan Javed Malik"


def test_an_honorific_and_surname_pick_the_one_introduced_with_that_honorific() -> None:
    text = ("Dr. Ahsan Javed Malik, additional secretary at the Ministry of Interior, said the force would be expanded.\n\n"
            "Sadia Malik, a security analyst at the Islamabad Policy Research Institute, said the expansion was not "
            "sufficient.\n\n"
            "Dr. Malik said that the ministry would hold a meeting with Chinese embassy officials next month.\n")
    assert _said(text, "2018-03-05")["Dr. Malik sa"] == "Ahsan Javed Malik"


def test_an_office_with_a_bracketed_portfolio_before_of_is_one_office() -> None:
    text = ("On September 13, 2016, Assistant Foreign Minister Shen Kaiyuan and Additional Secretary (UN & EC) of the "
            "Ministry of Foreign Affairs of Pakistan Shahzad Ahmed Bhutta co-chaired the consultation.\n\n"
            "Shen Kaiyuan said that both countries are victims of terrorism.\n\n"
            "The Additional Secretary added that the situation in Afghanistan has a direct impact on the region.\n")
    assert _said(text, "2016-09-14")["The Addition"] == "Shahzad Ahmed Bhutta"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [("Over the past year, the two sides have maintained close communication and achieved positive results.", False),
     ("The two sides maintained that terrorism must not be linked to any religion.", True)],
)
def test_maintained_reports_words_only_with_what_was_maintained(sentence: str, reported: bool) -> None:
    assert (reported_in_sentence(sentence, 0, len(sentence)) is not None) is reported


def test_a_national_side_in_the_paragraph_of_an_official_of_no_named_country_is_that_official() -> None:
    text = ("Assistant Foreign Minister Shen Kaiyuan and Additional Secretary of the Ministry of Foreign Affairs of "
            "Pakistan Shahzad Ahmed Bhutta co-chaired the consultation.\n\n"
            "Shen Kaiyuan said that both countries are victims of terrorism. The Chinese side appreciates the "
            "sacrifices Pakistan has made in the fight against terrorism.\n\n"
            "Shahzad Ahmed Bhutta said that Pakistan will never allow any force to harm China.\n")
    said = _said(text, "2016-09-14")
    assert said["The Chinese "] == "Shen Kaiyuan"


def test_a_countrys_president_the_page_never_names_speaks_by_title() -> None:
    text = ("QINGDAO, June 10 (Xinhua) -- Leaders of SCO member states vowed on Sunday to fight terrorism together.\n\n"
            "Chinese President Li Wenhua said the three evil forces remained a serious threat.\n\n"
            "The Tajik president called for closer cooperation on the security of the Tajik-Afghan border.\n")
    assert _said(text, "2018-06-10")["The Tajik pr"] == "Tajik President"


def test_a_countrys_president_the_page_names_is_not_spoken_of_by_title() -> None:
    text = ("PARIS -- The summit ended on Wednesday.\n\n"
            "Catherine Tawhiri-Mercer and the French president, Etienne Marchais, took questions from reporters.\n\n"
            "\"The internet cannot be a zone of impunity,\" the French president added.\n")
    assert "French President" not in {f.speaker for f in _facts(text, "2019-05-15")}


@pytest.mark.parametrize(("word", "person"), [("Norwegian", True), ("Pakistani", True), ("Chinese", False),
                                               ("Netherlands", False), ("Westmincom", False)])
def test_a_nationality_that_names_one_person(word: str, person: bool) -> None:
    assert is_person_demonym(word) is person


def test_the_norwegian_is_the_person_just_quoted() -> None:
    text = ("Henrik Aasgaard-Lunde, director of counter-terrorism at Interpol, said the databases now hold 40,000 "
            "profiles.\n\n"
            "The Norwegian, a former officer of his country's Police Security Service, said that many countries still "
            "did not check travelers at their borders.\n")
    assert _said(text, "2018-06-15")["The Norwegia"[:12]] == "Henrik Aasgaard-Lunde"


def test_a_retired_rank_in_brackets_inside_an_office_before_a_name_keeps_the_office() -> None:
    text = ("A delegation led by its Deputy Secretary Mr. Oleg Kurnosov called on the Secretary of Defence General (Retd) "
            "Nandana Kapila Senaratne at the Ministry of Defence yesterday.\n\n"
            "During the meeting, the Defence Secretary briefed the delegation on the progress of the investigations.\n")
    facts = _facts(text, "2019-05-16")
    assert [(f.speaker, f.role) for f in facts] == [("Nandana Kapila Senaratne", "Secretary of Defence General (Retd)")]


def test_a_nationality_qualifier_finds_an_office_that_names_the_country() -> None:
    text = ("Chief of Army Staff General Mahfuzur Rahman Khondker was present. The Ambassador of the People's Republic of "
            "China to Bangladesh Zhao Wenbin and the Ambassador of Bangladesh to China Fazlul Karim Shikder also "
            "attended the ceremony.\n\n"
            "General Khondker said the exercise had improved the skills of both contingents.\n\n"
            "The Chinese Ambassador described the exercise as a milestone in the military cooperation between the two "
            "countries.\n")
    assert _said(text, "2018-11-20")["The Chinese "] == "Zhao Wenbin"


def test_a_dash_dateline_is_no_part_of_the_first_statement() -> None:
    facts = _facts("JAKARTA - Minister Budi Santoso said on Tuesday that the new law would help the police.\n")
    assert [(f.quote[:8], f.place) for f in facts] == [("Minister", "Jakarta")]


def test_a_place_and_date_line_in_capitals_with_a_time() -> None:
    text = ("Home\n\nNEW DELHI, DECEMBER 11, 2019 00:12 IST\n\n"
            "India and the Maldives met. Defence Minister Raj Tiwari said that the talks were good for both.\n")
    assert [(f.place, f.date) for f in _facts(text)] == [("New Delhi", "2019-12-11")]


def test_the_same_speakers_next_words_stay_where_they_were_said() -> None:
    text = ("NOUAKCHOTT, July 2 (Staff) - Leaders met on Sunday.\n\n"
            "French Defence Minister Claire Montreuil said in Paris on Sunday that her country would speed up "
            "deliveries.\n\n"
            "\"France will not abandon its partners in the Sahel,\" she told the broadcaster France Inter.\n")
    assert [f.place for f in _facts(text)] == ["Paris", "Paris"]


def test_a_place_in_a_relative_clause_on_the_speaker_is_not_where_he_spoke() -> None:
    text = ("CAIRO, June 3 (Staff) - Egypt and Sudan agreed on Monday to share intelligence.\n\n"
            "But former assistant foreign minister Mohamed Fathi El-Deeb, who served as Egypt's ambassador in "
            "Khartoum, said cooperation against terrorism was the one file where the two never disagreed.\n")
    assert [f.place for f in _facts(text) if f.speaker == "Mohamed Fathi El-Deeb"] == ["Cairo"]


def test_a_headline_with_a_comma_is_no_venue_line() -> None:
    text = ("SBU detains Islamic State recruiter wanted in Georgia, Turkey\n\nPublished Feb. 5, 2020\n\n"
            "Oleksandr Vasylenko, the head of the SBU, told a news conference that the man had been detained.\n")
    assert [f.place for f in _facts(text)] == [None]


def test_a_lead_after_a_one_sentence_deck_says_where_the_meeting_was() -> None:
    text = ("Anti-ISIL coalition meets as Iraq seeks billions\n\n"
            "Coalition ministers vow to keep up pressure, but donors balk at the cost.\n\n13 Feb 2018\n\n"
            "Foreign ministers from the coalition against ISIL met in Kuwait on Tuesday, pledging to keep up the "
            "pressure.\n\nIraq's Foreign Minister Hassan Kadhim al-Musawi said his country needed $88bn to rebuild.\n")
    assert [f.place for f in _facts(text) if f.speaker == "Hassan Kadhim al-Musawi"] == ["Kuwait"]


def test_an_interviews_intro_names_who_answers_before_a_titled_name_in_a_related_link() -> None:
    text = ("'We answer extremists in their own language': centre chief\n\nMay 14, 2018\n\n"
            "RIYADH: A year after it was inaugurated by King Salman, the centre says it has removed content.\n\n"
            "In an interview with Arab News at the centre's headquarters, its secretary-general, Dr. Abdulmohsen "
            "Saad Al-Ruwaili, spoke about the centre's work.\n\n"
            "Q: What has the centre achieved in its first year?\n\n"
            "A: Our main achievement is that we monitor extremist content in real time.\n\n"
            "Related\n\nCentre launches in Riyadh with King Salman\n")
    said = _said(text, "2018-05-14")
    assert said["Our main ach"] == "Abdulmohsen Saad Al-Ruwaili"
    assert said["What has the"] == "Arab News"


def test_the_outlet_that_spoke_with_him_is_not_the_interviewee() -> None:
    text = ("Interview: 'Terrorists share information faster than we do'\n\nSeptember 13, 2018\n\n"
            "Patrick Oduya, a Kenyan police officer, has been director of counter-terrorism at Interpol since 2016. "
            "Asia Security Review spoke with him in Singapore on Thursday.\n\n"
            "Q: How big is the problem today?\n\n"
            "A: It is smaller than in Europe in raw numbers, but the risk is serious.\n")
    assert _said(text, "2018-09-13")["It is smalle"] == "Patrick Oduya"


@pytest.mark.parametrize(
    "line",
    ["RELATED STORY: Australian spy planes helped find militants in Marawi, officials say",
     "Topics: terrorism, defence-and-national-security, world-politics",
     "Editor's note: Ministers met in Ottawa on Tuesday. The following are the opening remarks of Minister X, "
     "as prepared for delivery and provided by his office, which we publish here in full for our readers.",
     "Feedback: Send us your feedback.",
     "This article was published more than 6 years ago. Some information in it may no longer be current.",
     "Kimani Gathogo-Wells contributed reporting from Nairobi, and Eleanor Strand from Washington.",
     "Bangladeshi security personnel stand guard near the bakery in Dhaka on July 2, 2016. (Kyodo)",
     "(The briefing concluded at 1240 hours)", "Other news in this section:", "Following are excerpts of the interview:",
     "Subjects: Sub-Regional Meeting on Counter-Terrorism; foreign terrorist fighters; prisons.",
     "Content Owned by Ministry of External Affairs, Government of India.",
     "We use some essential cookies to make this website work.",
     "Notice: This press release is based on information available to Europol at the time of writing.",
     "(The author is the Ambassador of the People's Republic of China to Pakistan.)",
     "This story has not been edited.", "It has been auto-generated from PTI feed.",
     "Mon, Oct 21, 2019, 10:14 pm SL Time, ColomboPage News Desk, Sri Lanka.",
     "Breaking News:  Election Commission bans use of posters in the presidential campaign  ::  Rupee closes steady "
     "at 181.20  ::  Heavy rain warning for Western and Sabaragamuwa provinces  ::"],
)
def test_lines_that_belong_to_the_page_whatever_follows(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize("line", ["Related to the attack, police said they had arrested three men on Monday.",
                                  "Tags were found on the weapons, the minister said in Jakarta on Tuesday.",
                                  "Q: What is the situation on the border with Afghanistan? (TASS)"])
def test_sentences_that_merely_start_like_page_labels_stay_prose(line: str) -> None:
    assert classify_line(line) != "furniture"


def test_a_middle_initial_without_a_period_and_a_double_barrelled_surname_are_names() -> None:
    text = ("NEW DELHI: India and the US on Tuesday agreed to share information.\n\n"
            "The meeting was co-chaired by Devendra Pratap Kulshreshtha, joint secretary (counter-terrorism) in the "
            "external affairs ministry, and Thomas W Eckersley, the US state department's coordinator.\n\n"
            "Eckersley said the US was \"committed to holding the perpetrators to account\", adding that rewards "
            "were offered.\n\n"
            "Among them was Sanjeev Malhotra-Rao, joint secretary (internal security) in the home ministry, who "
            "briefed the US side.\n\n"
            "The joint secretary said that at least 94 people had been arrested since 2014.\n")
    said = _said(text)
    assert said["Eckersley sa"] == "Thomas W Eckersley"
    assert said["The joint se"] == "Sanjeev Malhotra-Rao"


def test_a_name_with_a_particle_before_its_role_is_registered_whole() -> None:
    text = ("NEW YORK, May 4 (Staff) - The MoU was signed by Ambassador Abdullah bin Hamad Al-Mutairi, Assistant "
            "Secretary General for Political Affairs, on Friday.\n\n"
            "Ambassador Al-Mutairi added that the centre would be an important partner for the office.\n")
    assert _said(text)["Ambassador A"] == "Abdullah bin Hamad Al-Mutairi"


def test_a_closing_statement_by_a_chair_named_after_the_office_and_the_people_it_quotes() -> None:
    text = ("Home / Chairmanship / Documents\n\n"
            "Closing statement by the Chairperson of the 2018 OSCE-wide Counter-Terrorism Conference, Ambassador "
            "Lorenzo Ferraresi, Special Representative of the OSCE Chairperson-in-Office on Countering Terrorism\n\n"
            "Rome, 11 May 2018\n\n"
            "As we come to the end of our Conference, allow me to share a few concluding remarks.\n\n"
            "As Under-Secretary of State Vincenzo Salvemini put it in his opening remarks yesterday, \"the sea is "
            "not a border between us, it is the space we share.\"\n\n"
            "We also agreed that prisons must not become incubators of radicalization.\n")
    facts = {f.quote[:12]: (f.speaker, f.date) for f in _facts(text, "2018-05-14")}
    assert facts["As we come t"] == ("Lorenzo Ferraresi", "2018-05-11")
    assert facts["As Under-Sec"] == ("Vincenzo Salvemini", "2018-05-10")
    assert facts["We also agre"][0] == "Lorenzo Ferraresi"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Member of the State Great Khural S.Enkhbold", ("Member of the State Great Khural", "S.Enkhbold")),
     ("Head of the Financial Monitoring Service Gurbanmyrat Durdyyev",
      ("Head of the Financial Monitoring Service", "Gurbanmyrat Durdyyev")),
     ("UNODC Regional Representative for Central Asia Marco Bellandi",
      ("UNODC Regional Representative for Central Asia", "Marco Bellandi")),
     ("The Secretary-General of the League of Arab States", ("The Secretary-General of the League of Arab States", None))],
)
def test_where_an_office_ends_and_a_name_begins(phrase: str, expected: tuple) -> None:
    assert split_role_name(phrase) == expected


def test_an_undersecretary_named_in_full_is_the_one_named_by_surname_later() -> None:
    text = ("On 15 November 2017, Foreign Affairs Undersecretary for Policy Enrique Lumbera Manalastas and Australian "
            "Ambassador for Counter-Terrorism Gareth Pennicott co-chaired the meeting.\n\n"
            "Undersecretary Manalastas said, the liberation of Marawi City was won at a heavy price.\n\n"
            "Member of the State Great Khural S.Enkhbold said that Mongolia had been placed on a grey list.\n\n"
            "S.Enkhbold noted that the country had since passed two new laws.\n")
    said = _said(text, "2017-11-16")
    assert said["Undersecreta"] == "Enrique Lumbera Manalastas"
    assert said["Member of th"] == said["S.Enkhbold n"] == "S.Enkhbold"


def test_a_capitalised_verb_inside_a_name_reports_nothing() -> None:
    text = ("The Secretary-General of the League of Arab States, Ahmed Fathi Abdel-Razek, strongly condemned the "
            "attack on the mosque.\n\n"
            "In a panel discussion, Ingeborg van den Broeck, Head of the Action against Terrorism Unit, presented a "
            "survey of 23 participating States. According to van den Broeck, only a minority have programmes.\n")
    said = _said(text)
    assert said["The Secretar"] == "Ahmed Fathi Abdel-Razek"
    assert said["According to"] == "Ingeborg van den Broeck"


def test_an_office_label_is_the_official_the_briefing_heading_names() -> None:
    text = ("Transcript of the Weekly Press Briefing by the Spokesperson, Mr. Nadeem Akhtar Qazmi, on Thursday, "
            "23 February 2017\n\n"
            "Spokesperson: Welcome to the weekly press briefing. The border closure is a temporary measure.\n\n"
            "Question: When will the crossings reopen for trade?\n\n"
            "Spokesperson: The decision will be taken in light of the security situation.\n\n"
            "Question: Has the list of terrorists been handed over?\n\n"
            "Spokesperson: The list was handed over to the embassy officials on 17 February.\n")
    said = _said(text, "2017-02-23")
    assert said["The border c"] == said["The decision"] == "Nadeem Akhtar Qazmi"  # "Welcome to ...": a courtesy


def test_a_label_in_vietnamese_letters_is_a_label() -> None:
    assert classify_line("Trần Thị Minh Nguyệt:") != "furniture"
    text = ("Regular Press Briefing by MOFA Spokesperson on 25 April 2019\n\n"
            "Reuters:\n\nCan you confirm whether any citizens were hurt in the attacks on Sunday?\n\n"
            "Trần Thị Minh Nguyệt:\n\nViet Nam strongly condemns the terrorist attacks on churches and hotels.\n\n"
            "Kyodo:\n\nCan you confirm the arrest of two nationals in Malaysia last week?\n\n"
            "Ngô Quốc Khiêm:\n\nWe have noted the information and are verifying it.\n")
    assert _said(text, "2019-04-25")["Viet Nam str"] == "Trần Thị Minh Nguyệt"


def test_an_interview_intro_with_said_in_an_interview_names_who_answers() -> None:
    text = ("KUALA LUMPUR, July 15 (Bernama) -- Every returnee must go through rehabilitation, said a senior officer.\n\n"
            "Principal Assistant Director of the Special Branch Counter-Terrorism Division, Datuk Khairul Anuar Mohd "
            "Shafie, said in an interview with Bernama here recently that 11 Malaysians had returned.\n\n"
            "Following are excerpts of the interview:\n\n"
            "Q: How many Malaysians are still in Syria?\n\n"
            "A: Based on our records, there are still about 65 Malaysians in Syria.\n\n"
            "Q: Is the programme working?\n\n"
            "A: So far, the programme has been quite successful.\n")
    said = _said(text, "2019-07-15")
    assert said["Based on our"] == said["So far, the "] == "Khairul Anuar Mohd Shafie"


def test_the_meeting_is_the_meeting_the_statement_names_in_full() -> None:
    text = ("Chairman's Statement of the 13th ASEAN Ministerial Meeting on Transnational Crime\n\n"
            "1. The 13th ASEAN Ministerial Meeting on Transnational Crime was held on 27 November 2019 in Bangkok.\n\n"
            "2. The Meeting reaffirmed ASEAN's strong commitment to combat terrorism in all its forms.\n")
    assert _said(text, "2019-11-27")["The Meeting "] == "13th ASEAN Ministerial Meeting on Transnational Crime"


def test_a_speech_of_an_office_is_its_holders_and_the_narrative_around_it_is_not() -> None:
    text = ("Speech of the Head of the CIS Anti-Terrorism Center at the meeting of the Council\n\n"
            "On September 12, 2017, a regular meeting of the Council was held in Dushanbe.\n\n"
            "The Head of the CIS ATC, Colonel General Stanislav Gennadyevich Ryabtsev, delivered a speech at the "
            "meeting.\n\n"
            "Dear members of the Council!\n\n"
            "I want to note the coordinated work of the special services in preventing terrorist crimes.\n\n"
            "We maintain the register of persons involved in terrorist activity.\n\n"
            "At the end of the meeting, the members of the Council signed a number of documents.\n")
    said = _said(text, "2017-09-12")
    assert said["I want to no"] == said["We maintain "] == "Stanislav Gennadyevich Ryabtsev"
    assert not {"On September", "Dear members", "At the end o"} & said.keys()


def test_a_press_contact_block_signs_nothing() -> None:
    text = ("PRESS RELEASE\n\nParis, 13 November 2018\n\n"
            "The Minister of the Interior today received his German counterpart for talks on terrorism.\n\n"
            "Press contact:\nService de l'information et de la communication (SIC)\nTel: 01 49 27 38 49\n"
            "Place Beauvau, 75800 Paris Cedex 08\n")
    assert [f.speaker for f in _facts(text)] == []


def test_a_counterparts_own_office_and_the_secretary_of_state() -> None:
    text = ("Paris, 13 November 2018\n\n"
            "Bertrand Lacoste-Delmas, Minister of the Interior, today received his German counterpart, Ulrich "
            "Brandauer-Kehl, Federal Minister of the Interior, Building and Community.\n\n"
            "The Federal Minister stressed that Germany and France were the countries most exposed to the threat.\n\n"
            "Nathalie Fourcade-Rivière, Secretary of State to the Minister of the Interior, said that prisons would "
            "be a priority.\n\n"
            "According to the Secretary of State, some 450 detainees are due to be released by the end of 2019.\n")
    said = _said(text, "2018-11-13")
    assert said["The Federal "] == "Ulrich Brandauer-Kehl"
    assert said["According to"] == "Nathalie Fourcade-Rivière"


def test_the_interviewee_is_the_one_introduced_next_to_the_questions() -> None:
    text = ("Protocol enters into force\n\n1 June 2017\n\n"
            "\"Signing is a gesture. Ratifying is a commitment,\" the Deputy Secretary General, Giovanna Beltrami-Ruocco, "
            "told a meeting on Wednesday.\n\n"
            "In an interview published today, the Chair of the Committee of Experts on Terrorism, Mihai "
            "Dragomirescu-Pop, explained what the Protocol will change. Extracts:\n\n"
            "Q: What does the Protocol add?\n\nA: It makes the rules the same everywhere in Europe.\n\n"
            "Q: Is the Committee already working on the next step?\n\nA: Yes. We are looking at the role of victims.\n")
    said = _said(text, "2017-06-01")
    assert said["It makes the"] == "Mihai Dragomirescu-Pop"


def test_two_ministers_with_no_pair_of_countries_to_name_them_are_nobody() -> None:
    text = ("PRESS RELEASE\n\nParis, 13 November 2018\n\n"
            "Earlier in the morning, the two ministers agreed on new measures against terrorism in Europe.\n")
    assert all(f.speaker.lower() != "two ministers" for f in _facts(text))


def test_a_journalist_who_names_themself_asks_for_their_outlet() -> None:
    text = ("Remarks on the report\n\nJune 2, 2016\n\n"
            "AMBASSADOR HAVERSTOCK: Good afternoon. The report covers a difficult year.\n\n"
            "QUESTION: Thank you. Lesley Marchetti-Dunn, AFP. Has the deal changed anything at all?\n\n"
            "AMBASSADOR HAVERSTOCK: We have been very clear about that deal.\n\n"
            "QUESTION: Imran Mirza from Dawn News. How many fighters are there?\n\n"
            "AMBASSADOR HAVERSTOCK: Our estimate is several thousand.\n\n"
            "QUESTION: Just to follow up - where are they held?\n\n"
            "AMBASSADOR HAVERSTOCK: Mostly in the north-east.\n\n"
            "QUESTION: Mariam Haddad, Asharq al-Awsat. Who will take them back?\n\n"
            "AMBASSADOR HAVERSTOCK: Their own countries should.\n\n"
            "QUESTION: Ahmed Farouk, Alhurra. Is Iraq ready?\n\n"
            "AMBASSADOR HAVERSTOCK: It has begun.\n")
    facts = {f.quote[:12]: f.speaker for f in _facts(text, "2016-06-02")}
    assert facts["Has the deal"] == "AFP"
    assert facts["How many fig"] == facts["Just to foll"] == "Dawn News"  # the follow-up, from the last to ask
    assert facts["Who will tak"] == "Asharq al-Awsat" and facts["Is Iraq read"] == "Alhurra"


def test_a_questioner_from_an_embassy_asks_in_their_own_name() -> None:
    text = ("Remarks on the report\n\nJune 2, 2016\n\n"
            "AMBASSADOR HAVERSTOCK: Good afternoon. The report covers a difficult year.\n\n"
            "Question (Tomasz Wierzbicki, Embassy of the Republic of Poland): What about the Baltic states?\n\n"
            "AMBASSADOR HAVERSTOCK: We have been very clear about that.\n\n"
            "Question (Aditi Rawat, Hindustan Times): Did the US side give any assurance?\n\n"
            "AMBASSADOR HAVERSTOCK: It did.\n")
    facts = {f.quote[:12]: f.speaker for f in _facts(text, "2016-06-02")}
    assert facts["What about t"] == "Tomasz Wierzbicki"
    assert facts["Did the US s"] == "Hindustan Times"


def test_an_interview_published_by_a_daily_is_that_dailys_questions() -> None:
    text = ("Protocol enters into force\n\n1 June 2017\n\n"
            "In an interview published today by the Strasbourg regional daily Dernières Nouvelles d'Alsace, the Chair "
            "of the Committee, Mihai Dragomirescu-Pop, explained what the Protocol will change. Extracts:\n\n"
            "Q: What does the Protocol add?\n\nA: It makes the rules the same everywhere in Europe.\n\n"
            "Q: Is the Committee already working on the next step?\n\nA: Yes. We are looking at the role of victims.\n")
    assert _said(text, "2017-06-01")["What does th"] == "Dernières Nouvelles d'Alsace"


@pytest.mark.parametrize(
    ("lead", "place"),
    [("Ulaanbaatar /MONTSAME/. The fifth Ulaanbaatar Dialogue opened today.", "Ulaanbaatar"),
     ("Nouakchott (AFP) - The leaders of five Sahel countries on Monday appealed for funds.", "Nouakchott")],
)
def test_mixed_case_agency_datelines(lead: str, place: str) -> None:
    assert dateline(lead, None)[0] == place


def test_other_spellings_of_large_cities_are_places() -> None:
    assert canonical_place("Hà Nội") == "Hà Nội" and canonical_place("Ulaanbaatar") == "Ulaanbaatar"


def test_a_meta_line_with_slashes_places_the_story() -> None:
    text = ("The Jakarta Post\n\nManado, North Sulawesi   /   Sat, July 29, 2017   /   05:31 pm\n\n"
            "Coordinating Minister Budi Santoso said that the sea must become a wall against terrorists.\n")
    assert [f.place for f in _facts(text, "2017-07-29")] == ["Manado"]


def test_transcript_labels_with_particles_long_capital_offices_and_stage_directions() -> None:
    text = ("Interview with Rudaw\n\nDecember 8, 2018\n\n"
            "Renas Aziz: Mr. al-Jaburi, thank you for joining us. Is ISIS finished in Iraq?\n\n"
            "Qassim Hadi al-Jaburi: Militarily, ISIS has been defeated. It no longer controls any city.\n\n"
            "Renas Aziz: Here is what the US envoy told reporters this week.\n\n"
            "JAMES R. CALLISTER, US SPECIAL PRESIDENTIAL ENVOY FOR THE GLOBAL COALITION TO DEFEAT ISIS: Our mission in "
            "Iraq is not over.\n\n"
            "INTERPRETER: The Minister would like to answer this question in English.\n\n"
            "Qassim Hadi al-Jaburi: Yes. There is no problem with sovereignty. That is our law. (Laughs)\n\n"
            "Renas Aziz: Has Kabul responded to the list of names?\n")
    said = _said(text, "2018-12-08")
    assert said["Militarily, "] == said["There is no "] == "Qassim Hadi al-Jaburi"
    assert said["Our mission "] == "James R. Callister"
    assert said["Has Kabul re"] == "Renas Aziz"
    assert "The Minister" not in said


def test_a_relative_clause_on_the_speaker_does_not_date_the_words() -> None:
    text = ("RIYADH, March 14: The coalition will launch training this year.\n\n"
            "Maj. Gen. Khalid bin Nasser Al-Dossary, who took up the post in January, said the alliance had moved "
            "to implementation.\n")
    assert [f.date for f in _facts(text, "2018-03-14") if f.speaker == "Khalid bin Nasser Al-Dossary"] == ["2018-03-14"]


def test_an_office_with_a_lower_case_word_before_a_full_name_and_a_label_with_a_bracketed_unit() -> None:
    text = ("MOSCOW, December 12. /TASS/. Russian special services prevented 23 attacks in 2017.\n\n"
            "Head of the NAC apparatus Alexei Petrovich Voronin told reporters after the meeting that the committee "
            "had approved a security plan.\n")
    assert _said(text, "2017-12-12")["Head of the "] == "Alexei Petrovich Voronin"
    for unit in ("IOR", "BIMSTEC & SAARC"):
        label = f"Joint Secretary ({unit}), Smt. Meera Kulkarni"
        assert parse_label(f"{label}: Sri Lanka is leading the investigation.") == (label, None, len(label) + 2)


def test_a_body_quoting_someone_as_saying_gives_their_words() -> None:
    text = ("BEIJING, May 4 (Xinhua) -- China and Nepal held talks on Friday.\n\n"
            "The agency later quoted Foreign Minister Wang Yi as saying that China would help Nepal train its police.\n")
    assert _said(text)["The agency l"] == "Wang Yi"


def test_a_word_after_the_is_no_ones_name() -> None:
    assert split_role_name("The President of the Federal Office for the Protection of the Constitution")[1] is None
    text = ("BERLIN, Dec 14 (Staff) - The centre marked 15 years of work.\n\n"
            "The President of the Federal Office for the Protection of the Constitution (BfV), Jens-Uwe Falkenrath, "
            "described the cooperation as exemplary.\n\n"
            "The President added that the office was observing more young people radicalised online.\n")
    assert _said(text, "2019-12-14")["The Presiden"] == "Jens-Uwe Falkenrath"


def test_an_interview_with_an_office_then_a_name_is_that_persons() -> None:
    text = ("Ashgabat, Turkmenistan, Feb. 18\n\n"
            "Trend presents an interview with the Special Representative of the UN Secretary-General for Central Asia "
            "and Head of the UN Regional Centre (UNRCCA), Vesna Kovačević.\n\n"
            "Q: What has the region achieved since the plan was adopted?\n\n"
            "A: Central Asia was the first region in the world to adopt its own plan.\n\n"
            "Q: How could the agreement affect the security of Central Asia?\n\n"
            "A: We welcome every step that brings peace to Afghanistan closer.\n")
    said = _said(text, "2020-02-18")
    assert said["Central Asia"] == said["We welcome e"] == "Vesna Kovačević"


def test_a_reporter_who_spoke_with_an_officer_asks_for_the_outlet_and_the_officer_answers() -> None:
    text = ("Interview: Peace Mission-2018\n\n2018-08-30 09:45:12 | CRI\n\n"
            "On Monday, CRI reporter Zhou Mingxuan spoke with Major General Deng Haoyu, deputy commander of the Chinese "
            "contingent, at the training ground.\n\n"
            "Q: General Deng, how has the cooperation been?\n\nA: Very good. They have been working side by side.\n\n"
            "Q: What is the contingent's main task?\n\nA: The contingent includes about 700 soldiers.\n")
    raw = RawDocument("d", None, text, publisher="China Radio International (CRI English)",  # type: ignore[arg-type]
                      published="2018-08-30")
    said = {f.quote[:12]: f.speaker for f in extract(raw)[1]}
    assert said["They have be"] == said["The continge"] == "Deng Haoyu"
    assert said["General Deng"] == "China Radio International"


def test_a_heading_saying_someone_publishes_a_signed_article_makes_the_text_theirs() -> None:
    text = ("Ambassador Jiang Pengfei Publishes a Signed Article in Dawn: Terror Will Not Shake Our Friendship\n\n"
            "2018/11/30\n\n"
            "On behalf of the Chinese government, I once again pay high tribute to the martyrs.\n\n"
            "I want to thank the Government of Pakistan for its swift response.\n")
    said = _said(text, "2018-11-30")
    assert said["On behalf of"] == said["I want to th"] == "Jiang Pengfei"


def test_the_full_text_is_as_follows_is_no_statement() -> None:
    text = "Dawn published a signed article by Ambassador Jiang Pengfei on Friday. The full text is as follows:"
    spans = prose_sentences(text, page_lines(text)[0])
    assert [text[s:e] for s, e in spans] == ["Dawn published a signed article by Ambassador Jiang Pengfei on Friday."]


def test_the_council_is_the_council_the_page_names_in_full() -> None:
    text = ("Council of the EU\n\nPress release\n\n14 October 2019\n\n"
            "In its conclusions, the Council stresses that returning fighters must be prosecuted.\n\n"
            "The Council calls on the member states to make full use of the Schengen Information System.\n")
    said = _said(text, "2019-10-14")
    assert said["In its concl"] == said["The Council "] == "Council of the EU"


def test_the_ministry_is_the_ministry_not_its_official() -> None:
    text = ("BEIJING, Jan 10 (People's Daily) - The Ministry of Public Security held a press briefing on Wednesday.\n\n"
            "An Weiqiang, deputy director of the counter-terrorism bureau of the Ministry of Public Security, said "
            "that 1,588 gangs had been broken up.\n\n"
            "The ministry said it would focus this year on preventing the return of fighters.\n")
    assert _said(text, "2018-01-10")["The ministry"] == "Ministry of Public Security"


def test_ms_with_a_shared_surname_is_the_woman() -> None:
    text = ("VIENNA, March 3 (China Daily) - Interpol will expand its database, a senior official said.\n\n"
            "Fan Liwen, director of counter-terrorism at Interpol, said the database now held 50,000 profiles. She said "
            "more countries were sharing data.\n\n"
            "Fan Jiaqi, a researcher at the China Institutes of Contemporary International Relations, said the trend "
            "was positive. He added that more work was needed.\n\n"
            "China has been an active partner in Interpol's work, said Ms. Fan, who joined Interpol in 2015.\n")
    assert _said(text)["China has be"] == "Fan Liwen"


def test_a_reporters_aside_after_the_attribution_does_not_date_the_words() -> None:
    text = ("ISLAMABAD, May 9: Pakistan and Russia held talks on terror financing.\n\n"
            "\"The world should judge us by what we have done,\" Gen Khalid Malik said, in an apparent reference to the "
            "task force's decision in February.\n")
    assert [f.date for f in _facts(text, "2018-05-09")] == ["2018-05-09"]


def test_a_given_name_that_is_also_a_city_and_an_abstract_noun_before_a_name() -> None:
    assert split_role_name("Special Representative of the President for International Cooperation")[1] is None
    text = ("Tashkent, May 15 (UzA). Uzbekistan and Russia held consultations today.\n\n"
            "The Russian delegation was headed by the Special Representative of the President of Russia for "
            "International Cooperation in the Fight against Terrorism Vladimir Konstantinovich Bredikhin.\n\n"
            "Bredikhin told UzA that Russia was ready to assist Uzbekistan in training specialists.\n")
    assert _said(text, "2018-05-15")["Bredikhin to"] == "Vladimir Konstantinovich Bredikhin"


def test_an_interview_intro_under_a_byline_line_dates_the_answers() -> None:
    text = ("\"We cannot fight militancy alone\"\n\nInterviewed by Nadia Chowdhury\n\n"
            "12:00 AM, September 20, 2016\n\n"
            "Additional Commissioner Mohammad Shafiqul Haque Bhuiyan, chief of the CTTC unit, spoke to The Daily Star "
            "on Sunday about the unit's work since the attack on July 1.\n\n"
            "Q: How would you describe the networks?\n\nA: The network has been seriously damaged by the operations.\n\n"
            "Q: Which partners have helped?\n\nA: Many countries have offered help with digital forensics.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2016-09-20")}
    assert dates["The network "] == dates["Many countrie"[:12]] == "2016-09-18"


@pytest.mark.parametrize(
    "clause",
    ["Answering a question about Kazakh citizens in Syria, the spokesman said ",
     "Dong Lei, an associate professor at Lanzhou University's Center for Afghanistan Studies, said "],
)
def test_places_that_describe_people_or_an_institution_are_not_where_words_were_said(clause: str) -> None:
    assert clause_place(clause) is None


def test_where_the_outlet_met_the_interviewee_places_the_interview() -> None:
    text = ("'It can happen again': BKA chief a year after Breitscheidplatz\n\nDecember 19, 2017\n\n"
            "A year after the attack in Berlin, DW met Holger Quandt-Lindemann, president of the Federal Criminal "
            "Police Office (BKA), at the agency's headquarters in Wiesbaden.\n\n"
            "Q: Could it happen again?\n\nA: Nobody in my position can promise you that.\n\n"
            "Q: What does that say about Europe?\n\nA: It says we still share too little.\n")
    assert {f.place for f in _facts(text, "2017-12-19")} == {"Wiesbaden"}


def test_a_briefing_chaired_in_a_city_places_the_transcript() -> None:
    text = ("Regular Press Briefing by MOFA Spokesperson on 25 April 2019\n\n"
            "On 25 April 2019, MOFA Spokesperson Trần Thị Minh Nguyệt chaired the regular press briefing in Hà Nội. "
            "Below are the questions and answers:\n\n"
            "Reuters:\n\nCan you confirm whether any citizens were hurt in the attacks on Sunday?\n\n"
            "Trần Thị Minh Nguyệt:\n\nViet Nam strongly condemns the terrorist attacks on churches and hotels.\n\n"
            "Kyodo:\n\nCan you confirm the arrest of two nationals in Malaysia last week?\n\n"
            "Trần Thị Minh Nguyệt:\n\nWe have noted the information and are verifying it.\n")
    assert {f.place for f in _facts(text, "2019-04-25")} == {"Hà Nội"}


def test_a_small_town_named_as_one_is_a_place() -> None:
    assert clause_place("signed the agreement at a ceremony held in Moyale town, which straddles the border") == "Moyale"
    assert clause_place("said in the town of Moyale") == "Moyale"  # and "the Argentine city of Puerto Iguazú"
    assert clause_place("said in the town hall of the capital") is None


def test_a_passive_estimate_reports_no_one() -> None:
    s = "Since 2014, more than 5,000 Europeans are estimated to have travelled to Syria and Iraq to join groups."
    assert reported_in_sentence(s, 0, len(s)) is None


def test_an_outlet_that_presents_an_interview_asks_its_questions() -> None:
    text = ("UN envoy: Central Asia must not let the settlement become a threat\n\n"
            "Trend presents an interview with the Head of the UN Regional Centre (UNRCCA), Vesna Kovačević.\n\n"
            "Q: What has the region achieved since the plan was adopted?\n\n"
            "A: Central Asia was the first region in the world to adopt its own plan.\n\n"
            "Q: How could the agreement affect the region?\n\nA: We welcome every step that brings peace closer.\n")
    assert _said(text, "2020-02-18")["What has the"] == "Trend"


def test_the_head_of_the_agency_is_the_holder_of_its_top_office() -> None:
    text = ("BISHKEK, (Kabar) - The 34th meeting of the Council was held in Bishkek.\n\n"
            "The meeting was chaired by the Chairman of the GKNB of the Kyrgyz Republic Bolot Kubatbekovich "
            "Abdykerimov.\n\n"
            "In his opening speech, Abdykerimov said that the terrorist threat in the region remained high.\n\n"
            "The head of the agency added that the authorities had blocked more than 170 websites.\n")
    assert _said(text, "2019-04-04")["The head of "] == "Bolot Kubatbekovich Abdykerimov"


def test_a_speech_appended_in_full_to_a_story_is_the_speakers() -> None:
    text = ("NAIROBI, Feb 9 - Kenya and Ethiopia on Friday signed an agreement on border security.\n\n"
            "Interior Cabinet Secretary Samuel Chepkwony said the agreement would allow officers to share data.\n\n"
            "Below is the full text of the Cabinet Secretary's remarks:\n\n"
            "REMARKS BY DR. SAMUEL KIPLAGAT CHEPKWONY, CABINET SECRETARY, MINISTRY OF INTERIOR, DURING THE SIGNING\n\n"
            "Your Excellency, Minister of Peace;\n\n"
            "It gives me great pleasure to be here in Moyale today, on the border between two sister nations.\n\n"
            "I want to assure the people of Moyale that this agreement is for their safety.\n")
    said = _said(text, "2019-02-09")
    assert said["It gives me "] == said["I want to as"] == "Samuel Kiplagat Chepkwony"


def test_an_interviewee_named_after_a_long_office_at_a_place_answers_the_interview() -> None:
    text = ("KUALA LUMPUR, July 15 (Bernama) -- Returnees must go through rehabilitation, said a senior officer.\n\n"
            "Principal Assistant Director of the Special Branch Counter-Terrorism Division at Bukit Aman, Datuk "
            "Khairul Anuar Mohd Shafie, said in an interview with Bernama that 11 Malaysians had returned.\n\n"
            "Q: How many Malaysians are still in Syria?\n\n"
            "A: Based on our records, there are still about 65 Malaysians in Syria.\n\n"
            "Q: How does the programme work?\n\nA: Religious scholars work with the returnees.\n")
    said = _said(text, "2019-07-15")
    assert said["Based on our"] == said["Religious sc"] == said["Principal As"] == "Khairul Anuar Mohd Shafie"


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [("Home Minister Tan Sri Mahadi Osman", "Home Minister", "Mahadi Osman"),
     ("Inspector-General of Police Tan Sri Abdul Hamid Bador", "Inspector-General of Police", "Abdul Hamid Bador"),
     ("Minister Tan Kee Chong", "Minister", "Tan Kee Chong"),
     ("Minister of Interior Sheikh Khalid Salman Al-Sabah", "Minister of Interior", "Khalid Salman Al-Sabah")],
)
def test_titles_between_an_office_and_a_name_belong_to_neither(phrase: str, role: str, name: str) -> None:
    assert split_role_name(phrase) == (role, name)


def test_a_titled_name_after_a_described_office_is_the_speaker() -> None:
    text = ("NIAMEY - Police forces of five countries checked 12,000 travellers.\n\n"
            "The head of the National Central Bureau in Niamey, Commissioner Issoufou Bakary Maïga, told journalists "
            "that the operation had connected remote border posts.\n\n"
            "His counterpart in Ouagadougou, Chief Superintendent Clémence Zongo-Ouédraogo, said that terrorist groups "
            "financed themselves through smuggling.\n")
    said = _said(text, "2019-10-24")
    assert said["The head of "] == "Issoufou Bakary Maïga"
    assert said["His counterp"] == "Clémence Zongo-Ouédraogo"


def test_the_capitalised_organization_is_the_body_the_page_names_in_full() -> None:
    text = ("The International Criminal Police Organization\n\nNews\n\n"
            "LYON, France – A border operation in the Sahel has led to 31 arrests, the Organization announced today.\n")
    assert _said(text, "2019-10-24")["A border ope"] == "International Criminal Police Organization"


@pytest.mark.parametrize(
    ("clause", "place"),
    [("told journalists in the Nigerien capital last week", "Niamey"), ("said in the Egyptian capital", "Cairo"),
     ("met in the Kyrgyz capital on Friday", "Bishkek"), ("said in the Chechen capital", None)],
)
def test_an_unnamed_national_capital_is_the_countrys_capital(clause: str, place: str | None) -> None:
    assert clause_place(clause) == place


def test_a_group_takes_the_short_name_the_page_gives_it() -> None:
    text = ("GCC interior ministers pledge unified front against terrorism\n\n"
            "KUWAIT, Nov 15 (KUNA) -- The interior ministers of the Gulf Cooperation Council (GCC) states on Wednesday "
            "pledged to unify their efforts against terrorism.\n\n"
            "A security source said the next meeting of the GCC interior ministers would be held in Oman.\n")
    assert _said(text, "2017-11-15")["The interior"] == "GCC interior ministers"


def test_the_ministers_of_a_communique_are_its_meeting_without_the_topic() -> None:
    text = ("Communiqué of the Ministerial Meeting of the Nouakchott Process on the Enhancement of Security "
            "Cooperation in the Sahelo-Saharan Region\n\nNiamey, Niger, 27 April 2016\n\n"
            "1. The Ministerial Meeting of the Nouakchott Process was held in Niamey on 27 April 2016.\n\n"
            "2. The Ministers expressed deep concern over the continued terrorist attacks in the region.\n")
    assert _said(text, "2016-04-28")["The Minister"] == "Ministerial Meeting of the Nouakchott Process"


_PEACE_MISSION = ("SCO troops wrap up anti-terror drill in Kyrgyzstan\n\n(People's Daily Online)    14:32, September 23, 2016\n\n"
                  "The joint exercise of the SCO came to an end at a training ground in Kyrgyzstan on Thursday.\n\n"
                  "Colonel Sergei Valentinovich Ryzhkov, who led the Russian contingent, told TASS that the troops had "
                  "practiced the rescue of hostages.\n\n"
                  "People's Daily Online also talked with Chinese Ambassador to Kyrgyzstan Xiao Qinghe on the sidelines "
                  "of the closing ceremony.\n\n"
                  "Q: How do you assess security cooperation between China and Kyrgyzstan?\n\n"
                  "A: The attack was a cowardly act of terror.\n\n"
                  "Q: What role does the SCO play?\n\nA: The SCO is the main platform.\n")


def test_an_outlet_that_talked_with_someone_asks_and_they_answer() -> None:
    said = _said(_PEACE_MISSION, "2016-09-23")
    assert said["How do you a"] == said["What role do"] == "People's Daily Online"
    assert said["The attack w"] == said["The SCO is t"] == "Xiao Qinghe"


def test_an_interview_after_a_story_is_dated_by_the_occasion_its_lead_reports() -> None:
    dates = {f.quote[:12]: f.date for f in _facts(_PEACE_MISSION, "2016-09-23")}
    assert dates["The attack w"] == "2016-09-22"


def test_a_date_a_law_takes_effect_is_not_the_day_of_the_story() -> None:
    text = ("China adopts first counterterrorism law\n\nPublished: 2015-12-28 0:58:01\n\n"
            "China's top legislature on Sunday adopted the country's first counterterrorism law.\n\n"
            "The law, passed by the Standing Committee of the National People's Congress (NPC) at the end of a six-day "
            "session, will take effect on January 1.\n\n"
            "Zhang Ruiqiang, an official of the commission, said at a press conference on Sunday that the law was "
            "drafted in line with international law.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2015-12-28")}
    assert dates["Zhang Ruiqia"] == "2015-12-27"


@pytest.mark.parametrize(
    ("clause", "place"),
    [("Wang Yi met with Foreign Minister X Y of Tunisia, who was in Beijing for an official visit, at the guesthouse",
      "Beijing"),
     ("X, who served as ambassador in Khartoum, said", None),
     ("the drill came to an end at a training ground in Kyrgyzstan's Issyk-Kul region on Thursday", "Kyrgyzstan"),
     ("the drill kicked off at a training ground in Russia's Chelyabinsk region", "Chelyabinsk")],
)
def test_a_visitor_meets_where_they_visit_and_a_region_is_in_its_country(clause: str, place: str | None) -> None:
    assert clause_place(clause) == place


def test_a_meeting_a_briefing_announces_is_not_where_its_answers_are_given() -> None:
    text = ("Foreign Ministry Spokesperson Tian Shuhong's Regular Press Conference on November 7, 2019\n\n"
            "The second meeting of the dialogue on counter-terrorism will be held in Xi'an on November 12 and 13.\n\n"
            "Q: Will the attack be discussed at the dialogue?\n\nA: China strongly condemns this terrorist attack.\n\n"
            "Q: What about the border?\n\nA: We support the Tajik government.\n")
    places = {f.quote[:12]: f.place for f in _facts(text, "2019-11-07")}
    assert places["China strong"] != "Xi'an"


def test_outlets_in_reporter_labels_and_question_notes_ask_the_questions() -> None:
    text = ("Foreign Ministry Spokesperson Liang Shuhui's Regular Press Conference on June 12, 2017\n\n"
            "CCTV reporter: The SCO summit concluded in Astana last Friday. What does this mean for security?\n\n"
            "Liang Shuhui: The Astana summit was a great success.\n\n"
            "Q (from AFP): Were any Chinese citizens among the victims?\n\n"
            "A: So far we have received no reports of Chinese deaths.\n\n"
            "Question (Khabar TV, Kazakhstan): How does China see its role in countering this threat?\n\n"
            "A: China is ready to work with all sides.\n")
    said = _said(text, "2017-06-12")
    assert said["The SCO summ"] == "CCTV"
    assert said["Were any Chi"] == "AFP"
    assert said["How does Chi"] == "Khabar TV"
    assert said["So far we ha"] == said["China is rea"] == "Liang Shuhui"


def test_a_top_diplomat_and_a_quote_he_described_something_as_are_the_foreign_ministers() -> None:
    text = ("MOSCOW, February 19. /TASS/. Flights are resuming, Russian Foreign Minister Viktor Malinin said on Monday "
            "after talks with his Egyptian counterpart Hisham Abdel Meguid.\n\n"
            "Egypt's top diplomat said his country had invested heavily in airport security.\n\n"
            "According to Malinin, the two sides also agreed to intensify the exchange of information.\n\n"
            "The Egyptian foreign minister described the situation in neighboring Libya as \"a direct threat to "
            "Egypt's national security.\" He said terrorist groups were using the desert border to smuggle weapons.\n")
    said = _said(text, "2018-02-19")
    assert said["Egypt's top "] == said["a direct thr"] == "Hisham Abdel Meguid"


def test_gulf_names_titles_and_bodies() -> None:
    text = ("RIYADH: Defense ministers of the coalition pledged on Sunday to coordinate their efforts.\n\n"
            "The meeting, held under the patronage of the Custodian of the Two Holy Mosques, was opened by His Royal "
            "Highness Prince Sattam bin Fahd bin Mishaal, minister of state, on behalf of the leadership.\n\n"
            "In his opening speech, Prince Sattam said terrorism was the biggest threat to our societies.\n\n"
            "Saudi Arabia's Presidency of State Security said in a statement that the designations were important.\n\n"
            "Abdulrahman bin Saad Al-Dhuwaihi, director of the unit, told Al Arabiya English that assets were frozen.\n\n"
            "The coalition was announced in December 2015 by Saudi Arabia with 34 member states.\n")
    said = _said(text, "2017-11-26")
    assert said["In his openi"] == "Sattam bin Fahd bin Mishaal"
    assert said["Saudi Arabia"] == "Saudi Arabia's Presidency of State Security"
    assert said["Abdulrahman "] == "Abdulrahman bin Saad Al-Dhuwaihi"
    assert "The coalitio" not in said


def test_an_interview_given_to_a_quoted_newspaper_and_initials_of_a_full_name() -> None:
    text = ("ANTI-TERRORISM CENTER OF THE CIS\n\nHome | About the Center | Press Center\n\n"
            "Home / Press Center / Interviews\n\n05.06.2020\n\n"
            "Interview of the Head of the CIS Anti-Terrorism Center Colonel General A.N. Lukyanets to the newspaper "
            "\"Krasnaya Zvezda\"\n\n"
            "On the eve of the anniversary of the Center, its Head, Colonel General Andrei Nikolaevich Lukyanets, "
            "answered the questions of a correspondent.\n\n"
            "Q: How has the threat changed in twenty years?\n\nA: It has changed radically.\n\n"
            "Q: What has the Center done to track such people?\n\nA: A single database was created in the CIS.\n")
    title = "Interview of the Head of the CIS Anti-Terrorism Center A.N. Lukyanets to the newspaper \"Krasnaya Zvezda\""
    _doc, facts = extract(RawDocument("d", None, text, title=title, published="2020-06-05"))  # type: ignore[arg-type]
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["How has the "] == said["What has the"] == "Krasnaya Zvezda"
    assert said["It has chang"] == said["A single dat"] == "Andrei Nikolaevich Lukyanets"
    assert all(f.role.startswith("Head of the CIS") for f in facts if f.speaker == "Andrei Nikolaevich Lukyanets")


def test_answering_the_questions_of_someone_is_a_setting() -> None:
    text = ("BEIJING, June 5 -- The head of the agency, General Andrei Lukyanets, answered the questions of "
            "journalists on Friday.\n\nHe said the threat had changed radically.\n")
    said = _said(text, "2020-06-05")
    assert "The head of " not in said and said["He said the "] == "Andrei Lukyanets"


def test_an_office_named_in_a_list_of_participants_and_a_dashed_inverted_quote() -> None:
    text = ("Moscow, 16 May 2018\n\nThe meeting of the Working Group on Afghanistan was held in Moscow.\n\n"
            "Konstantin Yurievich Mezentsev, Director of the Second Asian Department, Chairman of the Working Group;\n\n"
            "Nurbek Toktogulovich Imankulov, Director of the Department of Multilateral Cooperation;\n\n"
            "\"The terrorists are moving closer to the borders of our allies,\" the Chairman of the Working Group said.\n\n"
            "Nurbek Imankulov drew attention to the risk of the return of citizens who had fought in Syria.\n\n"
            "\"Every week our border guards record attempts to cross the border,\" - stated the head of the Tajik "
            "delegation, Sirojiddin Mirzoev.\n")
    said = _said(text, "2018-05-16")
    assert said["The terroris"] == "Konstantin Yurievich Mezentsev"
    assert said["Nurbek Imank"] == "Nurbek Toktogulovich Imankulov"
    assert said["Every week o"] == "Sirojiddin Mirzoev"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Special Envoy for Countering Violent Extremism", None), ("King Faisal Center for Research", None),
     ("Institute for Policy Analysis of Conflict", None),
     ("National Police spokesman Inspector General Arief Bachtiar Nasution", "Arief Bachtiar Nasution")],
)
def test_the_end_of_an_office_or_a_body_is_no_persons_name(phrase: str, name: str | None) -> None:
    assert split_role_name(phrase)[1] == name


def test_a_title_case_dateline_before_a_dash_is_not_part_of_the_speaker() -> None:
    text = ("Press release\n\nJakarta - The Government of Indonesia welcomes the agreement reached today by the "
            "Foreign Ministers.\n")
    assert _said(text, "2016-05-05")["The Governme"] == "Government of Indonesia"


def test_the_head_of_a_delegation_is_who_it_was_headed_by() -> None:
    text = ("Tashkent, 15 May 2018 - Consultations on counter-terrorism were held today.\n\n"
            "The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Dilmurod Akhmadjonovich Yusupaliev, "
            "the Russian delegation by Deputy Minister of Foreign Affairs of the Russian Federation, Special "
            "Representative of the President Vladimir Konstantinovich Bredikhin.\n\n"
            "Opening the consultations, the Uzbek diplomat noted that the fight against terrorism was a priority.\n\n"
            "The head of the Russian delegation, for his part, said that Moscow appreciated Uzbekistan's initiatives.\n\n"
            "He emphasized that the two countries had a common interest in Afghanistan.\n\n"
            "As the Russian diplomat put it, \"The security of Uzbekistan is the security of Russia.\"\n")
    said = _said(text, "2018-05-15")
    assert said["Opening the "] == "Dilmurod Akhmadjonovich Yusupaliev"
    assert said["The head of "] == said["He emphasize"] == said["As the Russi"] == "Vladimir Konstantinovich Bredikhin"


def test_offices_of_a_domain_councils_on_a_weekday_and_roles_before_a_who_clause() -> None:
    text = ("BRUSSELS, 3 December 2019 - Interior ministers met in Brussels.\n\n"
            "Canada's Minister of Public Safety, Marc-André Bellefleur-Tardif, said that Canada would host a meeting.\n\n"
            "The Security Council on Wednesday held a briefing. In a presidential statement read out at the end of the "
            "meeting, the Council called on all States to share information.\n\n"
            "Speaking at the press conference, the new Commissioner for Home Affairs, Karolina Westergaard-Nyström, who "
            "took office on Sunday, said that the Commission would present a new agenda.\n\n"
            "\"Prevention must be at the centre of it,\" the Commissioner said.\n")
    said = _said(text, "2019-12-03")
    assert said["Canada's Min"] == "Marc-André Bellefleur-Tardif"
    assert said["In a preside"] == "Security Council"
    assert said["Prevention m"] == "Karolina Westergaard-Nyström"


def test_a_predecessor_introduced_in_apposition_is_the_next_he() -> None:
    text = ("JAKARTA - Indonesia's National Police chief, General Arief Setiadi Nugroho, said on Tuesday that his "
            "officers were monitoring every returnee.\n\n"
            "Al-Dossary said the coalition's first training program would be held in Saudi Arabia, with later courses "
            "in other member states.\n\n"
            "His predecessor, retired general Bambang Sulistyo Prawiro, was less confident. He told the ABC last week "
            "that the police did not have enough officers.\n")
    said = _said(text, "2019-05-04")
    assert said["He told the "] == "Bambang Sulistyo Prawiro"
    assert "Arabia" not in said.values()


def test_a_dash_attribution_may_hold_a_titles_full_stop() -> None:
    text = ("NAIROBI, Feb 9 - Interior Cabinet Secretary Samuel Kiplagat Chepkwony signed the agreement.\n\n"
            "The two sides agreed to establish a committee.\n\n"
            "\"Terrorists exploit the gaps between our two systems. Today we have closed some of those gaps.\" "
            "— CS Dr. Samuel Kiplagat Chepkwony\n")
    assert _said(text, "2019-02-09")["Terrorists e"] == "Samuel Kiplagat Chepkwony"


def test_a_known_speaker_label_may_carry_a_short_answer() -> None:
    text = ("Rudaw interview with Iraq's national security adviser\n\n"
            "Renas Aziz: Is ISIS finished in Iraq?\n\n"
            "Qassim Hadi al-Jaburi: ISIS has lost its territory, but its cells are still active in the desert.\n\n"
            "Renas Aziz: And the Iraqi ISIS members held in Syria — (CROSSTALK)\n\n"
            "Qassim Hadi al-Jaburi: Yes, yes.\n\n"
            "Renas Aziz: — will Iraq take them back?\n")
    facts = _facts(text, "2018-12-15")
    assert not any("Yes, yes." in f.quote for f in facts if f.speaker == "Renas Aziz")  # not the host's words


def test_a_lone_quotation_named_by_the_next_paragraph() -> None:
    text = ("Returnees need rehabilitation, conference hears\n\nDecember 10, 2019\n\n"
            "\"We cannot arrest our way out of this problem.\"\n\n"
            "That was the message from Dr Aisha Rashid Bin Huwaidan, executive director of Hedayah, to delegates at a "
            "conference in Abu Dhabi on Monday.\n\n"
            "Dr Bin Huwaidan said governments had to pair security measures with rehabilitation.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-12-10")}
    assert facts["We cannot ar"].speaker == "Aisha Rashid Bin Huwaidan"
    assert facts["We cannot ar"].date == facts["Dr Bin Huwai"].date == "2019-12-09"


def test_a_dateline_with_its_agency_and_no_mark_after_it_is_not_quoted() -> None:
    text = ("Cuba rejects US list\n\nHavana, May 14 (Prensa Latina) Cuban Foreign Minister Ernesto de la Torre Valdés on "
            "Wednesday rejected as dishonest the US decision, saying it was politically motivated.\n")
    facts = _facts(text, "2020-05-14")
    assert facts and facts[0].quote.startswith("Cuban Foreign Minister")


def test_a_headlines_verb_ends_the_name_before_it() -> None:
    text = ("Home > Ministry News > Activities\n\n"
            "Vice Foreign Minister Qin Hanwen Holds Consultations on Counter-terrorism with Egyptian Assistant Foreign "
            "Minister Ayman Fawzi Abdelrahman\n\n2016/05/18\n\n"
            "On May 17, 2016, Vice Foreign Minister Qin Hanwen held consultations with Egyptian Assistant Foreign "
            "Minister Ayman Fawzi Abdelrahman in Beijing.\n\n"
            "Qin Hanwen said, China and Egypt are both victims of terrorism.\n")
    assert _said(text, "2016-05-18")["Qin Hanwen s"] == "Qin Hanwen"


def test_an_editors_note_presents_the_interview_under_it() -> None:
    text = ("Home / World / Africa\n\nQ&A: 'Africa needs partners, not lectures, on terror'\n\n"
            "Updated: 2016-04-15 07:58:03\n\n"
            "Editor's note: Attacks in West Africa have shown that terrorism is spreading. Hamidou Sall Diakite, the "
            "African Union's Commissioner for Peace and Security, spoke to China Daily about the threat.\n\n"
            "Q: Is the terrorist threat moving to coastal West Africa?\n\nA: Yes, and we have been warning about this.\n\n"
            "Q: What is the African Union doing?\n\nA: We are strengthening the Nouakchott Process.\n")
    said = _said(text, "2016-04-15")
    assert said["Is the terro"] == said["What is the "] == "China Daily"
    assert said["Yes, and we "] == said["We are stren"] == "Hamidou Sall Diakite"


def test_a_transcripts_header_fields_are_a_roster_and_its_story_dates_it() -> None:
    text = ("SCIO briefing on the SCO Qingdao Summit\n\nchina.org.cn, June 1, 2018\n\n"
            "Speakers:\n\nPan Liqun, assistant minister of foreign affairs\n\n"
            "Chairperson:\n\nLiang Yuhang, spokesperson of the State Council Information Office (SCIO)\n\n"
            "Date:\n\nMay 31, 2018\n\n"
            "The State Council Information Office held a press conference in Beijing on Thursday on the summit.\n\n"
            "Liang Yuhang:\n\nLadies and gentlemen, good afternoon. The summit will be held in Qingdao.\n\n"
            "Pan Liqun:\n\nSecurity cooperation has always been a priority of the SCO.\n")
    facts = _facts(text, "2018-06-01")
    said = {f.quote[:12]: f for f in facts}
    assert said["Security coo"].speaker == "Pan Liqun"
    assert (said["Security coo"].date, said["Security coo"].place) == ("2018-05-31", "Beijing")
    assert not any(f.quote.startswith(("Liang Yuhang, spokesperson", "The State Council")) for f in facts)


def test_a_caption_gives_a_role_and_a_nationality_is_the_holders_own() -> None:
    text = ("Afghan envoy: Neighbors vital to peace\n\n"
            "Abdul Wahid Popalzai, Afghanistan's ambassador to China, speaks during an interview in Beijing on Friday.\n\n"
            "Abdul Wahid Popalzai told China Daily in an interview that the Afghan government welcomed the meeting.\n\n"
            "Chinese Ambassador to Afghanistan Tan Weiqiang told reporters in Kabul last month that China had trained "
            "more than 1,000 Afghan police officers.\n\n"
            "The Afghan envoy added that his government is ready to sign an extradition treaty with China.\n")
    assert _said(text, "2019-07-09")["The Afghan e"] == "Abdul Wahid Popalzai"


def test_a_quoted_headline_label_and_a_long_prepositional_opening_before_an_interview() -> None:
    text = ("Interviews\n\nCSTO Secretary General: \"We see no Afghan terrorists on our borders yet\"\n\n"
            "13:05 06.11.2018\n\n"
            "The CSTO summit will be held in Astana on November 8. On the eve of the meeting of the CSTO Committee of "
            "Secretaries of Security Councils, CSTO Secretary General Yuri Arkadyevich Lemeshko told RIA Novosti about "
            "the organization's plans.\n\n"
            "Q: Yuri Arkadyevich, how do you assess the threat from Afghanistan today?\n\n"
            "A: The threat is serious, and it is growing.\n\n"
            "Q: What is the CSTO doing on the border?\n\nA: We are training the border guards.\n")
    said = _said(text, "2018-11-06")
    assert said["Yuri Arkadye"] == said["What is the "] == "RIA Novosti"
    assert said["The threat i"] == said["We are train"] == "Yuri Arkadyevich Lemeshko"


def test_an_editors_note_under_a_headline_names_the_interview() -> None:
    text = ("Politics\n\nPakistan's ambassador: Attackers of CPEC projects \"will be brought to justice\"\n\n"
            "Updated 20:14, 16-May-2019\n\n"
            "Editor's note: Days after a deadly attack, Pakistani Ambassador to China Masood Ahmed Qureshi sat down for "
            "an exclusive interview with CGTN in Beijing.\n\n"
            "Q: Were Chinese nationals the target?\n\nA: No Chinese national was hurt in the attack.\n\n"
            "Q: How does Pakistan protect Chinese workers?\n\nA: We have raised a Special Security Division.\n")
    said = _said(text, "2019-05-16")
    assert said["Were Chinese"] == said["How does Pak"] == "CGTN"
    assert said["No Chinese n"] == said["We have rais"] == "Masood Ahmed Qureshi"


def test_production_credits_in_brackets_are_furniture() -> None:
    assert classify_line("(Interview conducted by CGTN's Dialogue team. Video edited by Wang Shuo.)") == "furniture"
    assert classify_line("(Source: Ministry of Public Security of the People's Republic of China)") == "furniture"
    assert classify_line("(He said the talks would continue by video link.)") != "furniture"


def test_western_wire_names_and_a_broadcast_transcripts_timestamped_label() -> None:
    text = ("BRUSSELS (Reuters) - Belgian Interior Minister Jan Vandenbossche said mistakes had been made.\n\n"
            "His French counterpart, Bertrand Lesueur, was more blunt. France had been asking for the law for years, the "
            "French minister said.\n\n"
            "A former head of counter-terrorism policing, Lord Blackmore of Holloway, said the leaks would be raised.\n\n"
            "The MNJTF commander, Nigerian Maj. Gen. Chikezie Ogbonnaya-Ude, said the force had lost contact.\n")
    said = _said(text, "2016-03-24")
    assert said["France had b"] == "Bertrand Lesueur"
    assert said["A former hea"] == "Lord Blackmore of Holloway"
    assert said["The MNJTF co"] == "Chikezie Ogbonnaya-Ude"
    assert parse_label("[10:00:09] LYNDA GARROWAY, CNN ANCHOR: Good morning. I'm Lynda Garroway.")[0] == \
        "LYNDA GARROWAY, CNN ANCHOR"


def test_bodies_with_inner_acronyms_two_letter_offices_and_a_masthead_that_is_no_author() -> None:
    text = ("NAIROBI - Interior Cabinet Secretary Joseph Kipkorir Kemboi said the unit would be based in Mandera.\n\n"
            "\"We know who they are, and we know where they trained,\" the CS said.\n\n"
            "The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) expressed in a statement its solidarity.\n\n"
            "In May, the Southern African Development Community (SADC) Organ Troika said in a communique that it was "
            "concerned.\n")
    said = _said(text, "2019-01-19")
    assert said["We know who "] == "Joseph Kipkorir Kemboi"
    assert said["The Bolivari"] == "Bolivarian Alliance for the Peoples of Our America"
    assert said["In May, the "] == "Southern African Development Community Organ Troika"


def test_the_publishers_masthead_is_not_the_pages_author() -> None:
    text = ("Colombia Reports\n\nColombia news\n\nHome > Conflict\n\n"
            "Colombia demands Cuba hand over ELN negotiators\n\nby Camila Restrepo Ossa   January 19, 2019\n\n"
            "Colombia's government on Friday asked Cuba to arrest the ELN's negotiators. We know who they are.\n\n"
            "Cuba's response was cautious.\n\n"
            "Colombia Reports is an independent news organization based in Medellin.\n")
    _doc, facts = extract(RawDocument("d", None, text, publisher="Colombia Reports", published="2019-01-19"))  # type: ignore[arg-type]
    assert all(f.speaker != "Colombia Reports" for f in facts)


def test_a_parliamentary_record_labels_its_speakers_by_name_and_seat() -> None:
    text = ("Hansard\n\nBritish Nationals in Syria: Repatriation\n\nVolume 666: debated on Tuesday 22 October 2019\n\n"
            "Westminster Hall\n\n[Sir Geoffrey Hanham in the Chair]\n\n"
            "Sir Malcolm Brightwell (North Somerset) (Con)\n\n"
            "It is a pleasure to serve under your chairmanship, Sir Geoffrey. The collapse of the caliphate has left us "
            "with a problem.\n\n"
            "Ruth Brightwell (Glasgow North East) (SNP)\n\nThe Government have no plan for the children.\n\n"
            "The Minister for Security (Rachel Ingleby-Thorne)\n\nI cannot go into the details of individual cases.\n")
    said = _said(text, "2019-10-22")
    assert said["The collapse"] == "Malcolm Brightwell"
    assert said["The Governme"] == "Ruth Brightwell"
    assert said["I cannot go "] == "Rachel Ingleby-Thorne"
    assert not any(q.startswith(("debated on", "[Sir Geoffr")) for q in said)


def test_an_older_parliamentary_record_puts_name_and_seat_before_the_words() -> None:
    text = ("House of Commons Hansard Debates for 23 Mar 2016\n\nBrussels Attacks\n\n12.37 pm\n\n"
            "The Minister for Security (Mr Rupert Carvell-Hayes): With permission, Mr Speaker, I would like to make a "
            "statement about the attacks in Brussels.\n\n"
            "Mr Dominic Featherstonehaugh (Leigh) (Lab): I thank the Minister for advance sight of his statement. Is he "
            "satisfied that information is being shared quickly enough?\n\n"
            "Mr Carvell-Hayes: The right hon. Gentleman is right to raise that issue.\n\n"
            "Ms Angela Threlfall (Wigan) (Lab): Will the Minister tell the House what extra protection is being given?\n")
    said = _said(text, "2016-03-23")
    assert said["I thank the "] == "Dominic Featherstonehaugh"
    assert said["Is he satisf"] == "Dominic Featherstonehaugh"
    assert said["The right ho"] == "Rupert Carvell-Hayes"
    assert said["Will the Min"] == "Angela Threlfall"


def test_a_question_line_between_speaker_lines_is_asked_for_the_outlet_its_asker_names() -> None:
    text = ("Gulf Terrorist Financing after the Caliphate\n\n16 November 2016\n\n"
            "Jonathan Prycewell\n\nGood evening and welcome. Laila, is the financing problem shrinking?\n\n"
            "Laila Al-Mansouri\n\nI am afraid it does not. What we see is a shift back to small donations.\n\n"
            "Jonathan Prycewell\n\nLet me open it to the floor. The gentleman in the front row.\n\n"
            "Question 1\n\nTom Hadley, BBC Arabic. Dr Al-Mansouri, are those accusations justified?\n\n"
            "Laila Al-Mansouri\n\nI do not think any Gulf government has clean hands on this.\n")
    said = _said(text, "2016-11-16")
    assert said["Dr Al-Mansou"] == "BBC Arabic"
    assert said["I do not thi"] == "Laila Al-Mansouri"


@pytest.mark.parametrize("header", [
    "Questioner: Kirkwood, Sen Bronwyn\nSpeaker: Ferrante-Doyle, Sen Patrick\n",
    "Speakers: Pugsley, Sen Alan; Kirkwood, Sen Bronwyn; Ferrante-Doyle, Sen Patrick (Minister)\n",
])
def test_a_senator_named_bare_first_is_the_full_name_of_the_records_header(header: str) -> None:
    text = (f"Senate Hansard\n\nDate: 24/07/2019\n{header}\n"
            "Senator KIRKWOOD (Western Australia) (14:21): My question is to the Minister, Senator Ferrante-Doyle. "
            "Can the minister update the Senate?\n\n"
            "Senator FERRANTE-DOYLE (Queensland) (14:22): I thank Senator Kirkwood for her question.\n\n"
            "Senator PUGSLEY (Tasmania) (14:23): Why did it take six years?\n\n"
            "Senator FERRANTE-DOYLE: In six years this government has passed 15 tranches of legislation.\n")
    said = _said(text, "2019-07-24")
    assert said["I thank Sena"] == "Patrick Ferrante-Doyle"
    assert said["In six years"] == "Patrick Ferrante-Doyle"
    assert said["Can the mini"] == "Bronwyn Kirkwood"


def test_a_reprinted_signed_article_is_its_writers_under_the_name_line() -> None:
    text = ("Embassy of the People's Republic of China in the Kyrgyz Republic\n\nEmbassy News\n\n"
            "Ambassador Xiao Jianming Publishes Signed Article\n\n"
            "On September 6, 2016, one week after the attack on the Chinese Embassy in Bishkek, the newspaper Slovo "
            "Kyrgyzstana published a signed article by Chinese Ambassador to Kyrgyzstan Xiao Jianming entitled \"Terror "
            "Will Not Shake the Friendship\". The full text follows:\n\n"
            "Terror Will Not Shake the Friendship\n\nXiao Jianming\n\n"
            "On the morning of August 30, a suicide bomber drove a car through the gate of the Embassy.\n\n"
            "I want first of all to thank the Kyrgyz people. Within minutes, police officers were at our gate.\n\n"
            "Terror will not shake the friendship between China and Kyrgyzstan. It will only make it stronger.\n")
    written = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2016-09-07")}
    writer = ("Xiao Jianming", "Chinese Ambassador to Kyrgyzstan")
    assert written["On the morni"] == written["Within minut"] == written["It will only"] == writer
    assert "The full tex" not in written


def test_state_representatives_at_a_council_debate_are_people() -> None:
    text = ("SECURITY COUNCIL, 8 October 2019 - The Council held an open debate on foreign terrorist fighters.\n\n"
            "The representative of France said that French nationals should be tried in Iraq.\n\n"
            "The representative of the Russian Federation said that his country had returned more than 100 children. "
            "He warned, however, against using the camps as a pretext.\n\n"
            "China's representative said that fighters had gathered in Syria.\n")
    said = _said(text, "2019-10-08")
    assert said["He warned, h"] == "representative of the Russian Federation"
    assert said["China's repr"] == "representative of China"



def test_a_caption_line_is_no_lead_paragraph() -> None:
    assert not _is_lead_paragraph("Maj.-Gen. Babatunde Akinrinade, Coordinator, Defence Media Operations")
    assert _is_lead_paragraph("The Defence Headquarters (DHQ), yesterday, said troops of Operation Lafiya Dole had "
                              "neutralised 67 terrorists.")


def test_a_full_text_page_introduced_before_salutation_lines_of_their_own() -> None:
    text = ("China\n\nFull text: Keynote speech by Chinese State Councilor and Minister of Public Security Guo Mingshan "
            "at the Global Public Security Cooperation Forum (Lianyungang) 2019\n\nUpdated 11:36, 10-Sep-2019\n\n"
            "The following is the full text of the keynote speech, delivered at the opening ceremony of the forum in "
            "Lianyungang on Monday.\n\nDistinguished guests,\nLadies and gentlemen,\n\n"
            "Good morning! It is a great pleasure to meet friends old and new in Lianyungang.\n\n"
            "We should build a security partnership based on mutual respect.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-09-10")}
    assert facts["We should bu"].speaker == "Guo Mingshan" and facts["We should bu"].date == "2019-09-09"
    assert not any(q.startswith("The followin") for q in facts)


def test_a_national_side_speaks_unless_its_minister_is_speaking() -> None:
    text = ("BEIJING, Nov. 20 (Xinhua) -- China and Russia held their 13th round of consultations on counter-terrorism.\n\n"
            "The Chinese side said that counter-terrorism cooperation is an important part of the partnership.\n\n"
            "Tajik Interior Minister Sharifzoda Farhod Nazarovich said that terrorism threatens both countries. The Tajik "
            "side thanks China for its long-term support in equipment and training.\n")
    said = _said(text, "2018-11-20")
    assert said["The Chinese "] == "Chinese side"
    assert said["The Tajik si"] == "Sharifzoda Farhod Nazarovich"


def test_where_someone_was_speaking_places_all_their_words() -> None:
    text = ("News24 > South Africa > News\n\n2018-10-10 14:32\n\n"
            "Police Minister Bongani Dlamini says South Africa is working with the United States to trace the "
            "financiers of an extremist cell.\n\n"
            "Dlamini was speaking in the National Assembly in Cape Town on Tuesday in reply to a question.\n\n"
            "\"We are not dealing with a few criminals who woke up one day,\" Dlamini told MPs.\n")
    places = {f.quote[:12]: f.place for f in _facts(text, "2018-10-10")}
    assert places["Police Minis"] == places["We are not d"] == "Cape Town"


def test_the_full_text_of_a_message_is_its_authors() -> None:
    text = ("Home / News\n\nThe Organization held an online conference on terrorism\n\n"
            "On May 4, the Secretariat held an online conference on countering terrorism in the pandemic.\n\n"
            "The message of Secretary General Tomas Varga Lind to the participants of the conference was read out by "
            "Deputy Secretary General Anna Petrova.\n\n"
            "The participants of the conference agreed that a permanent online platform should be created.\n\n"
            "Full text of the message:\n\nDear participants,\n\n"
            "I regret that we cannot meet in person this year.\n\n"
            "We will continue this work and propose a joint operation to our partners.\n")
    said = _said(text)
    assert said["I regret tha"] == said["We will cont"] == "Tomas Varga Lind"
    assert said["The particip"].lower() == "participants"


def test_an_editors_note_over_a_story_paragraph_names_who_asks() -> None:
    text = ("Home / World\n\nKazakhstan will not abandon its citizens\n\n"
            "Editor's note: Deputy Foreign Minister Rustem Aliyev spoke to China Daily about the repatriation "
            "operation and about cooperation with China.\n\n"
            "Aliyev said the decision to bring the women and children home had been taken by the president himself, "
            "and that no other country had brought back so many people from the conflict zone in Syria or in Iraq "
            "over the past two years.\n\n"
            "Q: Why did Kazakhstan decide to bring back the families of the fighters?\n\n"
            "A: Because they are our citizens, and most of them are children.\n\n"
            "Q: How do you rehabilitate them?\n\n"
            "A: We have set up rehabilitation centers with psychologists and theologians.\n")
    said = _said(text)
    assert said["Why did Kaza"] == said["How do you r"] == "China Daily"
    assert said["We have set "] == "Rustem Aliyev"


def test_an_envoy_described_first_and_named_next_and_not_the_researcher_quoted_last() -> None:
    text = ("BEIJING, July 8 -- Egypt and China will step up intelligence sharing to counter terrorism, Egypt's "
            "ambassador to China has said.\n\n"
            "Ayman Fathy Soliman, who took up his post in Beijing last year, told reporters on Wednesday that the "
            "security agencies had kept in contact by video link.\n\n"
            "\"A stable Egypt is good for the region,\" said Jia Wenbo, a researcher at Fudan University.\n\n"
            "The ambassador, for his part, stressed that the law guaranteed the safety of all foreign investors.\n")
    said = _said(text, "2020-07-09")
    assert said["Egypt and Ch"] == said["The ambassad"] == "Ayman Fathy Soliman"
    assert classify_subject("Pakistan's Ambassador to China Khalid Mehmood Sial").kind == "name"


def test_a_city_and_a_full_stop_or_a_dateline_line_of_its_own_places_the_page() -> None:
    assert dateline("Arusha. Police chiefs from the region yesterday agreed to share data.", None) == ("Arusha", None)
    assert dateline("Kenya. Police chiefs agreed to share data.", None) == (None, None)  # a country opens no dateline so
    context = document_context("2020-02-17", None, ["Media Room > Speeches", "THIÈS, Senegal --", "Facebook   Twitter"],
                               ["Thank you, General. Excellencies, good morning."])
    assert context.place == "Thiès"
    context = document_context("2019-09-18", None, ["Joint Communiqué of the Fourth Meeting", "Brasília, 16-17 September 2019"],
                               ["1. The Fourth Meeting was held under the chairmanship of Brazil."])
    assert (context.place, context.date) == ("Brasília", "2019-09-17")  # a place-and-day line in any letters
    context = document_context("2016-11-24", None, ["Press release", "24 November 2016"],
                               ["The regular meeting of the Working Group was held in Almaty on 22-23 November 2016."])
    assert context.date == "2016-11-23"  # the last day of the meeting, not the release's
    context = document_context("2018-10-24", None, ["PRESS RELEASE", "Kabul, 24 October 2018"],
                               ["The second round of the dialogue was held in Kabul on 23 October 2018."])
    assert (context.place, context.date) == ("Kabul", "2018-10-23")  # the talks' day under the release's
    context = document_context("2017-06-08", None, ["EVENT TRANSCRIPT", "June 8, 2017"],
                               ["The following is an edited transcript of a public event held at CSIS headquarters in "
                                "Washington, D.C., on Wednesday, June 7, 2017."])
    assert context.date == "2017-06-07"  # an event held the day before its transcript, at a place with initials


@pytest.mark.parametrize("note", ["The interview has been edited for length.", "Kabar publishes the full transcript."])
def test_the_editors_note_ending_a_story_paragraph_is_no_passage(note: str) -> None:
    text = f"BISHKEK: The CSTO Secretary General spoke to journalists in Bishkek on Tuesday. {note}\n"
    doc, _facts_found = extract(RawDocument("d", None, text, published="2019-11-27"))  # type: ignore[arg-type]
    assert note not in [text[s:e] for s, e in doc.passages]


def test_a_bare_year_in_the_clause_dates_the_words_but_not_a_relative_clauses_year() -> None:
    ref = dt.date(2020, 7, 9)
    assert clause_when("His predecessor, Henrik Solvang of Norway, had warned in 2015 that", ref) == "2015"
    assert clause_when("said Popalzai, who took up his post in Beijing in 2017", ref) is None
    assert clause_when("Ambassador Joseph Mwangi condemned Tuesday's attack on a hotel", ref) is None  # the attack's day


_DAYS_NAMED_ELSEWHERE = [  # (page, published, the days of all its statements)
    ("Full transcript: Egypt, Greece FMs' joint press conference\n\n"
     "Ahram Online publishes the transcript of the joint press conference held by Egyptian Foreign Minister Ahmed Fawzy "
     "and his Greek counterpart Nikolaos Stavridis at the foreign ministry's headquarters in Cairo on Sunday, after talks "
     "on counter-terrorism cooperation\n\n"
     "Ahmed Fawzy: We agreed to establish a joint working group on counter-terrorism.\n\n"
     "Nikolaos Stavridis: Greece will support Egypt's proposal for a regional training centre.\n", "2020-03-09",
     {"2020-03-08"}),
    ("ABU DHABI // Families can spot the signs of radicalisation early, experts told a conference in Abu Dhabi.\n\n"
     "The International CVE Research Conference, hosted by Hedayah, opened on Tuesday with 200 researchers.\n\n"
     "\"For every young person who travels to join a terrorist group, there was a mother who noticed something,\" "
     "said Dr Omar Al Kaabi, executive director of Hedayah, in his opening remarks.\n", "2018-12-12", {"2018-12-11"}),
    ("DUBAI, April 18 (WAM) -- Financial investigators gathered in Dubai on Tuesday for a two-day workshop.\n\n"
     "Speaking to Gulf News on the sidelines of the workshop on Wednesday, Khalid Al Hashemi, a senior analyst at the "
     "Central Bank, said banks had filed a record number of reports.\n\n"
     "\"Compliance officers are no longer afraid to report. That is a culture change,\" Al Hashemi told Gulf News.\n",
     "2018-04-19", {"2018-04-18"}),
    ("Senior police officers from 24 countries have completed a two-week counter-terrorism training course.\n\n"
     "The course, organized by the Ministry of Public Security, ended on Wednesday.\n\n"
     "\"Terrorism knows no borders,\" Li Wenjun, deputy director-general of the bureau, said at the closing ceremony.\n",
     "2018-09-20", {"2018-09-19"}),
]


@pytest.mark.parametrize(("page", "place"), [
    ("Police officers from 24 countries have completed a training course in Beijing, as China steps up cooperation.\n\n"
     "Li Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers since 2015.\n",
     "Beijing"),
    ("Police officers from 24 countries met ahead of next week's summit in Beijing, officials said.\n\n"
     "Li Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers since 2015.\n", None),
    ("Police chiefs of the region will discuss border security. The workshop will be held in Auckland from 19 to 21 "
     "March.\n\nLi Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers.\n", None),
    ("Security cooperation is expected to dominate the fifth summit of the forum, which brings together 27 member states "
     "covering about 90 percent of the continent's territory and population.\n\n"
     "The forum was initiated in 1992 and held its first summit in Almaty in 2002.\n\n"
     "Li Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers.\n", None),
    ("Gen. Abdul Rahim Tokhi, who led the Afghan delegation at the trilateral meeting in Beijing last week, told Pajhwok "
     "Afghan News that the three countries had agreed to a practical mechanism.\n\n"
     "Li Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers.\n", None),
    ("The two leaders agreed to activate the plan and to hold its first meeting in Kabul next month, the office said.\n\n"
     "Li Wenjun, deputy director-general of the bureau, said the ministry had trained 1,200 officers since 2015.\n", None),
    ("China is not building a military base in Afghanistan, but will continue to help the country strengthen its "
     "counter-terrorism capabilities, China's Ministry of National Defense said on Thursday.\n\n"
     "Senior Colonel Gao Xiangming said at a monthly press conference in Beijing on Thursday that the reports were "
     "groundless.\n\nHu Zhengyi, a research fellow at an institute, said the reports were not new.\n", None),
    ("Opinions\n\nSCO summit shows an organization growing up\n\nDmitry Solovtsov\n\nEditor's note: Dmitry Solovtsov is "
     "a senior research fellow at the Center for Asian Security Studies.\n\n"  # an author's article
     "When the Shanghai Five first met in 1996, the task was to settle border questions. This is where the SCO stands "
     "after its summit in Bishkek last week.\n\n"
     "The member states have started to work together on foreign fighters.\n", None),
])
def test_a_story_without_a_dateline_is_placed_at_the_occasion_its_lead_reports(page: str, place: str | None) -> None:
    assert {f.place for f in _facts(page, "2019-06-27") if f.speaker == "Hu Zhengyi" or "Hu Zhengyi" not in page} == {place}


@pytest.mark.parametrize("text, published, days", _DAYS_NAMED_ELSEWHERE)
def test_a_day_named_by_the_occasion_or_the_first_words_to_an_outlet(text: str, published: str, days: set[str]) -> None:
    """A transcript's introduction without its full stop still dates the answers; a dayless lead takes the day the next
    paragraph says the conference opened; words told the same outlet again share the day the first were."""
    assert {f.date for f in _facts(text, published) if f.speaker != "Financial investigators"} == days


@pytest.mark.parametrize("clause", [
    "The Global Center for Combating Extremist Ideology (Etidal), inaugurated in Riyadh in May 2017, says",
    "The Hedayah centre, founded in 2012, said",
    "The deputy director, appointed in January, told reporters",
])
def test_when_a_body_was_made_or_a_person_appointed_is_not_when_they_spoke(clause: str) -> None:
    assert clause_when(clause, dt.date(2019, 9, 22)) is None


def test_a_speech_heading_with_place_and_date_and_no_comma_between_them() -> None:
    text = ("Home | Activities\n\nInternational conference on countering the ideology of terrorism, Minsk 20 April 2017\n\n"
            "Speech by the Head of the CIS Anti-Terrorism Center Viktor Pashkevich\n\nDear colleagues,\n\n"
            "I would like to thank the Secretariat for the excellent organization of today's conference.\n\n"
            "We need a positive counter-narrative that young people will believe.\n")
    places = {f.quote[:12]: f.place for f in _facts(text, "2017-04-20")}
    assert places["We need a po"] == "Minsk"


def test_a_headlines_surname_and_the_full_name_after_it_are_one_person() -> None:
    text = ("Readout of the Secretary's Meeting with Iraqi Foreign Minister al-Obaidi\n\nFEBRUARY 13, 2018\n\n"
            "Secretary of State Gordon W. Pellerin met today with Iraqi Foreign Minister Hamid Sabah al-Obaidi in Kuwait.\n\n"
            "Foreign Minister al-Obaidi thanked the United States and said that Iraq would hold its elections as planned.\n")
    assert _said(text, "2018-02-13")["Foreign Mini"] == "Hamid Sabah al-Obaidi"


def test_a_statement_attributable_to_a_spokesperson_is_theirs_to_the_next_break() -> None:
    text = ("Statement by Department Spokesperson on the Attacks\n\nMarch 2, 2018\n\n"
            "The following is attributable to Spokesperson Danielle R. Westbrook:\n\n"
            "The United States strongly condemns today's terrorist attacks in the capital.\n\n"
            "We commend the swift response of the security forces, who brought the attacks to an end.\n\n* * *\n\n"
            "No group had claimed responsibility for the attacks by Friday night.\n")
    said = _said(text, "2018-03-02")
    assert said["The United S"] == said["We commend t"] == "Danielle R. Westbrook"
    assert "No group had" not in said


def test_an_office_then_a_name_at_the_end_of_a_sentence_registers_the_person() -> None:
    text = ("NAIROBI -- The Minister for Africa met the Interior Cabinet Secretary, Joseph Kamau Ndirangu, on Monday.\n\n"
            "The Minister for Africa also met Kenya's Cabinet Secretary for Defence, Rachel Wanjiru Omondi. She thanked "
            "the UK for the training provided to Kenyan troops at the training unit in Nanyuki.\n")
    assert _said(text, "2016-11-09")["She thanked "] == "Rachel Wanjiru Omondi"
    assert split_role_name("Office of the Director of Public Prosecutions")[1] is None


def test_a_speech_by_an_office_is_the_person_the_from_line_names() -> None:
    text = ("GOV.UK\n\nSpeech\n\nHome Secretary's speech on international counter-terrorism cooperation\n\n"
            "From: Home Office and The Rt Hon Caroline Hollingbrook MP\n\n"
            "Delivered on: 23 November 2017 (Original script, may differ from delivered version)\n\n"
            "Thank you, Karin, for that kind introduction, and thank you to RUSI for hosting us today.\n\n"
            "Since March, the police and the security services have disrupted nine further plots against us.\n\n"
            "A senior officer told me last week that his team ran more than 400 checks. Without those checks, he "
            "said, they would have been working in the dark.\n")
    facts = _facts(text, "2017-11-23")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["Since March,"] == said["Thank you, K"] == "Caroline Hollingbrook"
    assert all(f.speaker == "Caroline Hollingbrook" for f in facts)
    assert not any(f.quote.startswith("Delivered on") for f in facts)


def test_a_possessive_interview_heading_names_who_answers_and_the_outlet_and_footer_links_name_no_one() -> None:
    text = ("Home / Press service / Publications and interviews\n\n"
            "Deputy Foreign Minister Oleg Pryakhin's interview with the Izvestia newspaper, June 3, 2019\n\n"
            "Question: What results do you expect from the SCO this year?\n\n"
            "Answer: This year is a busy one. The heads of state will approve a new programme of cooperation.\n\n"
            "Question: Is there any progress in the dialogue with the United States?\n\n"
            "Answer: There is a dialogue, but it is not as regular as we would like.\n\n"
            "Related materials\n\n"
            "Foreign Minister Gennady Savelyev's remarks at the meeting of the SCO Council of Foreign Ministers\n")
    said = _said(text, "2019-06-03")
    assert said["This year is"] == said["There is a d"] == "Oleg Pryakhin"
    assert said["What results"] == "Izvestia"


def test_a_label_with_only_a_salutation_still_hands_the_floor_over() -> None:
    text = ("Beginning of talks in expanded format\n\n"
            "President of Russia Mikhail Orekhov: Mr President, friends,\n\n"
            "I am very glad to welcome you to Moscow once again for these talks.\n\n"
            "Kurbonali Rasulzoda: Thank you for the invitation and for the warm welcome.\n\n"
            "Mikhail Orekhov: Colleagues,\n\n"
            "We have just discussed the key issues of our cooperation with the President.\n")
    said = _said(text, "2019-04-17")
    assert said["We have just"] == said["I am very gl"] == "Mikhail Orekhov"
    assert "Mr President" not in said


def test_a_briefing_transcripts_note_names_the_briefer_and_a_surname_label_takes_the_full_name() -> None:
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n23 May 2017\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Stefano Ricciardelli, Spokesman "
            "for the Secretary-General.\n\nGood afternoon. I'll start with a statement on the attack in Manchester.\n\n"
            "From Mali, the Special Representative of the Secretary-General, Hamidou Kasse, condemned the attack on "
            "a camp of the mission.\n\n"
            "Question: Has the Secretary-General been in touch with the Prime Minister?\n\n"
            "Spokesman: The Secretary-General sent a letter to the Prime Minister this morning.\n\n"
            "Question: Does the UN have any information on links to ISIL?\n\n"
            "Spokesman: I'm not going to speculate on the investigation, which is a matter for the authorities.\n")
    said = _said(text, "2017-05-23")
    assert said["The Secretar"] == said["I'm not goin"] == "Stefano Ricciardelli"
    assert said["From Mali, t"] == "Hamidou Kasse"
    text = ("Daily Press Briefing\n\nNathaniel P. Corliss\nDeputy Spokesperson\nWashington, DC\nMarch 22, 2016\n\n"
            "MR CORLISS: Good afternoon, everyone. We condemn these despicable acts in the strongest possible terms.\n\n"
            "QUESTION: Do you have any more on the Americans who were hurt?\n\n"
            "MR CORLISS: I'm not going to give numbers at this point, frankly.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2016-03-22")}
    assert facts["We condemn t"].speaker == "Nathaniel P. Corliss" and facts["We condemn t"].place == "Washington"


def test_a_reported_features_narrative_is_not_its_journalists_even_with_a_bio() -> None:
    text = ("The Diplomat\n\nChina's Quiet Security Footprint in Tajikistan\n\nBy Dilnoza Rakhimova\n\nMarch 04, 2019\n\n"
            "For most of the past decade, China's role in Central Asian security was described in economic terms.\n\n"
            "\"Our cooperation is about training and equipment,\" said Gao Yunfeng, a spokesman for the ministry.\n\n"
            "Tajik officials are even more reticent about the arrangement near the border.\n\n"
            "\"There is nothing to hide,\" Deputy Minister Rustam Nazarov told reporters in Dushanbe.\n\n"
            "According to Parviz Tojiddinov, an analyst in Dushanbe, the silence says a great deal.\n\n"
            "Dilnoza Rakhimova is a journalist based in Dushanbe.\n")
    said = _said(text, "2019-03-04")
    assert said["Our cooperat"] == "Gao Yunfeng"
    assert not any(q.startswith(("For most of", "Tajik offici")) for q in said)


def test_a_speech_reprint_tagged_in_its_headline_with_its_occasion_in_a_line_of_its_own() -> None:
    text = ("Eurasia Review\n\nOSCE Secretary General Klaus-Dieter Rehwinkel: No Country Can Prevent Extremism Alone – Speech\n\n"
            "By OSCE    March 31, 2017    0 Comments\n\n"
            "Opening remarks at the 2017 OSCE-wide Counter-Terrorism Conference, Vienna, 30 March 2017.\n\n"
            "Excellencies,\nLadies and gentlemen,\n\n"
            "It is my pleasure to welcome you to this year's conference on preventing violent extremism.\n\n"
            "First, we must work with communities, because they are the first to notice that something is wrong.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2017-03-31")}
    first = facts["It is my ple"]
    assert (first.speaker, first.date, first.place) == ("Klaus-Dieter Rehwinkel", "2017-03-30", "Vienna")
    assert facts["First, we mu"].speaker == "Klaus-Dieter Rehwinkel"
    assert not any(q.startswith("Opening rema") for q in facts)


def test_a_speech_pages_delivered_line_gives_its_day_and_place() -> None:
    text = ("Remarks by Adm. Craig W. Halloway, Commander, U.S. Southern Command, at the Central American Security Conference\n\n"
            "Sept. 14, 2017\n\nDelivered Sept. 13, 2017, Guatemala City, Guatemala\n\nAs prepared for delivery\n\n"
            "I have been in command for less than a year, and I have visited every country represented in this room.\n")
    fact = _facts(text, "2017-09-14")[0]
    assert (fact.speaker, fact.date, fact.place) == ("Craig W. Halloway", "2017-09-13", "Guatemala City")


def test_a_surname_met_alone_is_the_name_with_both_family_names() -> None:
    text = ("UIAF director Javier Andrés Lozano Pérez presented the findings yesterday at a forum in Bogotá.\n\n"
            "\"The ELN is no longer a guerrilla group that lives off the land,\" Lozano told the forum.\n")
    assert _said(text, "2019-08-14")["The ELN is n"] == "Javier Andrés Lozano Pérez"


def test_a_speech_heading_with_the_kind_of_remarks_after_the_speakers_colon() -> None:
    text = ("Home > News and media > Speeches\n\n"
            "Ambassador for Counter-Terrorism Marian Oakes: opening remarks, Regional Workshop on Terrorist Content Online\n\n"
            "Speech\n\nBangkok, Thailand\n26 June 2019\n\nCheck against delivery\n\n"
            "I am delighted to be here in Bangkok to open this workshop.\n\n"
            "First, we need to build crisis response protocols, so that governments know who to call in the first hour.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-06-26")}
    first = facts["I am delight"]
    assert (first.speaker, first.role, first.place) == ("Marian Oakes", "Ambassador for Counter-Terrorism", "Bangkok")
    assert facts["First, we ne"].speaker == "Marian Oakes"


def test_the_answerer_introduced_in_the_second_sentence_of_a_qa_pages_intro() -> None:
    text = ("Legislator answers questions on Counter-Terrorism Law\n\nchina.org.cn, December 28, 2015\n\n"
            "China's top legislature adopted the Counter-Terrorism Law on Sunday. Zheng Yuanlin, deputy director of the "
            "Criminal Law Office, answered questions from Chinese and foreign journalists at a press conference.\n\n"
            "Q (Reuters): Foreign companies are worried about back doors. Is that the case?\n\n"
            "A: I can tell you clearly that this is not the case.\n\n"
            "Q (Xinhua News Agency): Why was it necessary to include a definition?\n\n"
            "A: There is still no unified definition of terrorism in the world.\n")
    said = _said(text, "2015-12-28")
    assert said["I can tell y"] == said["There is sti"] == "Zheng Yuanlin"


def test_reporting_credits_are_furniture_but_a_report_from_a_place_is_not() -> None:
    assert classify_line("Claire Dumoulin-Hart reported from Brussels, and Pieter Aldenkamp-Mayo from Paris.") == "furniture"
    assert classify_line("Marguerite Solal contributed reporting from Paris.") == "furniture"
    assert classify_line("Ann Roe reported from Brussels, and Bo Lin from Paris. Cy Doe contributed reporting from Rome.") \
        == "furniture"  # two credits on one line
    assert classify_line("John Smith reported from Kabul that the talks had failed after two days.") == "prose"


def test_the_prime_minister_is_neither_the_correspondent_nor_an_interior_minister_named_later() -> None:
    text = ("Carrow-Lindley and Marchais threaten tech firms with fines\n\n"
            "Peter Ashgrove-Lyle in Paris and Rowena Stainthorpe, political correspondent\n\n"
            "Britain and France will explore a new legal liability for technology companies, the two leaders said.\n\n"
            "Speaking at a joint press conference on Tuesday, the prime minister said the two countries would work "
            "together.\n\n"
            "\"Co-operation between our agencies is already strong,\" Helen Carrow-Lindley said.\n\n"
            "The French interior minister, Frederic Aubanel, said the plan would be ready by the summer.\n")
    assert _said(text, "2017-06-13")["Speaking at "] == "Helen Carrow-Lindley"


def test_a_counterpart_with_military_ranks_and_a_prince_with_a_long_name() -> None:
    text = ("CAIRO: Saudi Arabia and Egypt agreed on Sunday to set up a joint committee on maritime security.\n\n"
            "The agreement was signed by Saudi Interior Minister Prince Turki bin Mishari bin Abdulrahman and his "
            "Egyptian counterpart, Maj. Gen. Tarek Abdel Moneim Shaheen, at the ministry's headquarters.\n\n"
            "\"We will not allow the terrorists to find a gap between our two countries,\" Prince Turki said.\n\n"
            "Shaheen said his country had foiled more than 40 terrorist plots in the past year.\n\n"
            "He added that the two navies would carry out joint patrols in the northern Red Sea.\n")
    said = _said(text, "2016-04-11")
    assert said["We will not "] == "Turki bin Mishari bin Abdulrahman"
    assert said["Shaheen said"] == said["He added tha"] == "Tarek Abdel Moneim Shaheen"


def test_an_office_of_a_body_before_a_ranked_name_is_the_persons_role() -> None:
    text = ("MANILA, June 19 (PNA) -- In a press briefing in Camp Aguinaldo on Monday, Armed Forces of the Philippines "
            "(AFP) spokesperson Brig. Gen. Arnulfo Dimaculangan said at least 40 foreign fighters had been monitored.\n\n"
            "In a statement issued after the meeting, the US Embassy in Manila said that the two sides had agreed.\n")
    said = _said(text, "2017-06-19")
    assert said["In a press b"] == "Arnulfo Dimaculangan"
    assert said["In a stateme"] == "US Embassy in Manila"


def test_a_state_councilor_chairing_is_known_by_surname_and_a_three_part_name_after_an_office() -> None:
    text = ("BEIJING, July 28 (Xinhua) -- Senior security officials of the BRICS countries met on Friday.\n\n"
            "The meeting was chaired by Chinese State Councilor Ge Yunshan and attended by officials from four countries.\n\n"
            "Ge said that terrorism and cyber attacks had become the most pressing threats to the five countries.\n\n"
            "South African Minister of State Security Nomsa Grace Mkhabela said her country was concerned about the "
            "spread of terrorist groups in Africa.\n")
    said = _said(text, "2017-07-28")
    assert said["Ge said that"] == "Ge Yunshan"
    assert said["South Africa"] == "Nomsa Grace Mkhabela"


def test_a_recent_interview_with_an_outlet_makes_it_the_asker_and_taking_office_gives_the_role() -> None:
    text = ("MOSCOW, Oct. 30 (Xinhua) -- Countering terrorism will top the agenda next year, Rostislav Bezhentsev, deputy "
            "secretary of the Security Council, has said in a recent interview with Xinhua.\n\n"
            "Following are excerpts of the interview:\n\n"
            "Q: What place will security have on the agenda?\n\nA: A central place for both organizations.\n\n"
            "Q: How do you assess security cooperation with China?\n\nA: I would call it exemplary in every way.\n")
    said = _said(text, "2019-10-31")
    assert said["What place w"] == said["How do you a"] == "Xinhua"
    text = ("TASHKENT, April 5 (Xinhua) -- The RATS held a council meeting on Thursday.\n\n"
            "Dilshod Rakhimberdiev of Uzbekistan took office as director of the RATS Executive Committee at the meeting, "
            "succeeding Marat Usenov.\n\n"
            "\"We must be ready for them before they arrive,\" the new director told the meeting.\n\n"
            "Zhou Ruiping, deputy director of a counter-terrorism bureau, told Xinhua that China supported him.\n")
    assert _said(text, "2018-04-05")["We must be r"] == "Dilshod Rakhimberdiev"


def test_a_full_text_page_after_a_dateline_with_the_full_name_only_in_its_keywords() -> None:
    text = ("Politics\n\n2018-11-27 15:06\n\nFull text of Vice FM Lim's keynote speech at Seoul counter-terrorism dialogue\n\n"
            "SEOUL, Nov. 27 (Yonhap) -- The following is the full text of the keynote speech delivered at the fourth "
            "Seoul Counter-Terrorism Dialogue on Tuesday.\n\nDistinguished delegates,\nLadies and gentlemen,\n\n"
            "It is my great pleasure to welcome you all to Seoul for the fourth dialogue.\n\n"
            "Let me make three points on where our cooperation should go next.\n\n"
            "Keywords\n#counter-terrorism   #Lim Sung-jae   #foreign ministry\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2018-11-27")}
    assert facts["It is my gre"].speaker == facts["Let me make "].speaker == "Lim Sung-jae"
    assert facts["It is my gre"].role == "Vice FM"
    assert not any(q.startswith("The followin") for q in facts)


def test_a_title_case_dateline_with_a_lower_case_agency() -> None:
    lead = "Berlin (dpa) - Germany and Tunisia have agreed to speed up the return of rejected asylum seekers."
    m = DATELINE_PREFIX.match(lead)
    assert m is not None and lead[m.end():].startswith("Germany and Tunisia")


def test_a_joint_statements_ministers_are_the_two_countries_its_title_names() -> None:
    text = ("Media releases\n\n05 December 2019\n\n"
            "1. The Sixth Australia-Indonesia Ministerial Council on Law and Security was held in Canberra on 5 December.\n\n"
            "2. Ministers condemned all forms of terrorism and expressed their sympathy to the victims.\n\n"
            "3. Ministers agreed to strengthen cooperation on returning foreign terrorist fighters.\n")
    raw = RawDocument("d", None, text, published="2019-12-05",  # type: ignore[arg-type]
                      title="Joint Press Statement - Sixth Australia-Indonesia Ministerial Council on Law and Security")
    said = {f.quote[:12]: f.speaker for f in extract(raw)[1]}
    assert said["Ministers co"] == said["Ministers ag"] == "Australia and Indonesia"


def test_a_message_introduced_in_the_last_sentence_of_a_story_and_ended_by_its_signature() -> None:
    text = ("Message of the Minister of Foreign Affairs Yerlan Saparbekov to the participants of the Regional Conference\n\n"
            "Almaty, 14 November 2019 – The Regional Conference on Border Security opened today in Almaty. The message of "
            "Foreign Minister Yerlan Saparbekov was read out by his deputy. The full text of the message is below.\n\n"
            "Dear participants of the conference,\nLadies and gentlemen,\n\n"
            "I warmly welcome you to Almaty, a city that has become a regional hub for dialogue.\n\n"
            "I wish you fruitful work and every success.\n\nYerlan Saparbekov\nMinister of Foreign Affairs\n\n"
            "The two-day conference brings together representatives of the border agencies of six countries.\n")
    said = _said(text, "2019-11-14")
    assert said["I warmly wel"] == said["I wish you f"] == "Yerlan Saparbekov"
    assert not any(q.startswith(("The full tex", "The two-day ", "Almaty, 14 N")) for q in said)


@pytest.mark.parametrize("line", ["Full text of the message:", "Edited excerpts of the interview:",
                                  "The full text of the speech is published below.", "This website uses cookies.",
                                  "(Corrects spelling of Somali minister's name in paragraph 4)",
                                  "(The briefing was concluded at 2:09 p.m.)",
                                  "Note: Browsers with 1024*768 or higher resolution are suggested for this site."])
def test_introducer_and_notice_lines_are_no_passage(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_transcript_headed_weekly_briefing_by_a_named_spokesperson() -> None:
    text = ("Pakistan\n\nTranscript: Weekly press briefing by the Foreign Office Spokesperson Dr. Nabila Sarwar Kiani\n\n"
            "Islamabad, Thursday, 30 August 2018\n\nOpening remarks\n\n"
            "Pakistan Army contingent returned home today after participating in the joint exercise in Russia.\n\n"
            "I would now take your questions.\n\n"
            "Question (PTV World): How would you describe the interaction between the two contingents?\n\n"
            "Spokesperson: The exercise was conducted under the SCO framework by all contingents.\n\n"
            "Question (Dawn News): Will Pakistan host the next exercise?\n\n"
            "Spokesperson: No decision has been taken on the venue of the next exercise.\n")
    said = _said(text, "2018-08-30")
    assert said["Pakistan Arm"] == said["The exercise"] == "Nabila Sarwar Kiani"
    assert said["How would yo"] == "PTV World"


def test_an_interview_page_after_a_quoted_headline_its_questions_are_the_publishers() -> None:
    text = ("Interviews\n\nEU counter-terrorism coordinator: \"The threat has changed, it has not diminished\"\n\n"
            "By Eleni Koutsoumbari\nNovember 22, 2017 07:30\n\n"
            "Pieter-Jan Vandermeersch has been the European Union's Counter-Terrorism Coordinator since 2016.\n\n"
            "Q: Islamic State has lost Raqqa and Mosul. Does that mean Europe is safer?\n\n"
            "A: Unfortunately, no. The territorial defeat of Daesh is good news for all of us.\n\n"
            "Q: How many European fighters are coming back?\n\n"
            "A: Around 5,000 Europeans travelled to Syria and Iraq.\n")
    raw = RawDocument("d", None, text, published="2017-11-22", publisher="New Europe")  # type: ignore[arg-type]
    said = {f.quote[:12]: f.speaker for f in extract(raw)[1]}
    assert said["Unfortunatel"] == said["Around 5,000"] == "Pieter-Jan Vandermeersch"
    assert said["How many Eur"] == "New Europe"


def test_a_speech_heading_in_capitals_with_malay_titles() -> None:
    text = ("Home > Media > Speeches\n\nSPEECH BY YB DATO' HAJI REDZUAN BIN MOHD YUNOS, MINISTER OF FOREIGN AFFAIRS OF "
            "MALAYSIA, AT THE OPENING CEREMONY OF THE INTERNATIONAL CONFERENCE ON DERADICALISATION\n\n"
            "KUALA LUMPUR, 24 JULY 2018\n\nExcellencies,\n\n"
            "It gives me great pleasure to welcome all of you to Kuala Lumpur for this conference.\n\n"
            "Our region has not been spared by terrorism, and we must work together.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2018-07-24")}
    assert facts["It gives me "].speaker == "Redzuan bin Mohd Yunos"
    assert facts["It gives me "].role == "Minister of Foreign Affairs of Malaysia"


def test_a_releases_quotes_block_signed_under_each_quotation() -> None:
    text = ("News release\n\nFebruary 5, 2019 - Ottawa, Ontario - Global Affairs Canada\n\n"
            "Today, Canada announced new funding to help Mali, Niger and Burkina Faso prevent terrorism.\n\n"
            "Quotes\n\n"
            "\"Terrorist groups in the Sahel are exploiting poverty. Canada is committed to helping our partners.\"\n\n"
            "- Marianne Dufresne-Gauthier, Minister of Foreign Affairs\n\n"
            "\"Mali welcomes this support from a friend who has stood by us since 2013.\"\n\n"
            "- Fatoumata Dembele Keita, Ambassador of Mali to Canada\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-02-05")}
    assert facts["Terrorist gr"].speaker == facts["Canada is co"].speaker == "Marianne Dufresne-Gauthier"
    assert (facts["Mali welcome"].speaker, facts["Mali welcome"].role) == ("Fatoumata Dembele Keita",
                                                                            "Ambassador of Mali to Canada")


def test_the_chief_of_a_body_is_the_one_person_whose_office_is_there() -> None:
    text = ("ISLAMABAD: Briefing the committee, National Counter Terrorism Authority (Nacta) National Coordinator Khalid "
            "Mehmood Durrani said 1,164 cases had been registered in 2018.\n\n"
            "The committee, chaired by Senator Rehana Durrani, also took up the question of proscribed organisations.\n\n"
            "Ms Durrani said the committee had received complaints about banned outfits collecting donations.\n\n"
            "The Nacta chief said the authority had shared a list of 66 proscribed organisations with the State Bank.\n")
    assert _said(text, "2019-02-21")["The Nacta ch"] == "Khalid Mehmood Durrani"


def test_an_interview_ends_at_its_publication_note_and_related_links_box() -> None:
    text = ("'We Cannot Wait Months'\n\n"
            "An interview with the head of Germany's Federal Criminal Police Office, Holger Brandt.\n\n"
            "SPIEGEL: Mr. Brandt, what went wrong?\n\n"
            "Brandt: Cooperation has improved since the attack, I can say that. We still need passports faster.\n\n"
            "SPIEGEL: Mr. Brandt, thank you for this interview.\n\n"
            "This article originally appeared in German in issue 3/2017 (January 14, 2017) of DER SPIEGEL.\n\n"
            "Translated from the German by Anna Weber\n\n"
            "Related SPIEGEL ONLINE links\n\n"
            "Berlin Attacker: How Anis Amri Slipped Through the Cracks (01/05/2017)\n"
            "The Hunt for Anis Amri: A Timeline (12/23/2016)\n\n"
            "Related internet links\n\n"
            "Federal Criminal Police Office (BKA)\n\n"
            "SPIEGEL ONLINE is not responsible for the content of external websites.\n")
    quotes = [f.quote for f in _facts(text, "2017-01-14")]
    assert any(q.startswith("Cooperation has improved") for q in quotes)
    assert not [q for q in quotes if "originally appeared" in q or "Translated" in q or "Anis Amri" in q
                or "BKA" in q or "not responsible" in q]


def test_a_nationality_keeps_one_countrys_minister_from_another_and_the_lead_office_passes_to_the_name() -> None:
    text = ("Attack: Ruritania admits warning was not acted on\n\n"
            "Austria's interior minister has admitted that a warning from Slovakia was not properly followed up.\n\n"
            "Karl Hofbauer said on Wednesday that Slovak police had informed the domestic intelligence agency in July.\n\n"
            "The gunman killed four people on Monday evening before being shot dead by police.\n\n"
            "Slovakia's interior minister, Juraj Kovac, confirmed that his country's police had passed on the information.\n\n"
            "The Austrian minister said he did not want to look for scapegoats.\n")
    said = _said(text, "2020-11-04")
    assert said["Austria's in"] == said["Karl Hofbaue"] == said["The Austrian"] == "Karl Hofbauer"
    assert said["Slovakia's i"] == "Juraj Kovac"


def test_the_former_office_holder_is_not_the_one_in_office_now() -> None:
    text = ("Sri Lanka defense chief quits\n\n"
            "Defense Secretary Asoka Perera said in a letter to the president that he was stepping down.\n\n"
            "Nihal Gunasena, who served as defense secretary from 2011 to 2013, said the resignation would change little.\n\n"
            "\"The information was there,\" the former defense secretary said.\n")
    said = _said(text, "2019-04-25")
    assert said["The informat"] == "Nihal Gunasena"


def test_a_long_capitalised_office_still_names_its_holder() -> None:
    sentence = ("Deputy Chairman of the State Committee for National Security (GKNB) of the Kyrgyz Republic "
                "Almaz Toktosunovich Jumabaev said that recruiters work where young people are left alone.")
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == "Almaz Toktosunovich Jumabaev"
    clause = ("In a video message, the EU's Special Representative for the Sahel, Ana Losada, noted that the European "
              "Union had made the strengthening of criminal justice a priority of its Sahel Regional Action Plan.")
    rep = reported_in_sentence(clause, 0, len(clause))
    assert rep is None or rep.mention.text != "Action Plan"


def test_an_acronym_before_initials_belongs_to_the_office() -> None:
    assert split_role_name("Head of the CIS ATC V.N. Melekhov") == ("Head of the CIS ATC", "V.N. Melekhov")


def test_an_office_named_in_full_is_its_holder_and_the_exact_office_wins() -> None:
    text = ("Talks in Moscow\n\n"
            "On June 5, 2019, Secretary of the Security Council of the Russian Federation Ivan Belov held talks in Moscow "
            "with Secretary of the Security Council of the Republic of Tajikistan Rustam Nazarov.\n\n"
            "The Secretary of the Security Council of the Russian Federation stressed that Russia would help.\n\n"
            "According to I.Belov, more than 1,000 citizens of Tajikistan are still fighting abroad.\n\n"
            "The Secretary of the Security Council of Tajikistan said that Dushanbe was interested in joint training.\n")
    said = {f.quote[40:60]: f.speaker for f in _facts(text, "2019-06-05")}
    assert said[" the Russian Federat"] == "Ivan Belov"
    assert said["tizens of Tajikistan"] in ("Ivan Belov", "I.Belov")  # "According to I.Belov, ..."
    assert said[" Tajikistan said tha"] == "Rustam Nazarov"
    text = ("Paris, 13 November\n\n"
            "Paul Durand, Minister of the Interior, today received his German counterpart, Karl Weber, Federal Minister "
            "of the Interior, Building and Community.\n\n"
            "The Minister of the Interior recalled that the terrorist threat remains at a very high level in France.\n")
    assert _said(text, "2018-11-13")["The Minister"] == "Paul Durand"


def test_a_military_district_speaks_and_said_that_names_no_one() -> None:
    said = _said("Drills begin\n\nMore than 1,500 servicemen are taking part in the exercise, the Russian Central "
                 "Military District said in a statement.\n\n"
                 "Tajikistan's Deputy Defense Minister Maj. Gen. Faridun Saidov, who watched the drills with Russian "
                 "officers, said that Dushanbe relied on Russia's help in modernizing its army.\n", "2019-09-18")
    assert said["More than 1,"] == "Russian Central Military District"
    assert said["Tajikistan's"] == "Faridun Saidov"


def test_a_speech_heading_with_the_name_then_the_office_and_body_names_the_person() -> None:
    text = ("Opening remarks by Mr. Oleg Smirnov, Under-Secretary-General, United Nations Office of Counter-Terrorism, "
            "at the Second Session of the High-Level Conference\n\n"
            "New York, 28 June 2018\n\n"
            "Excellencies,\n\n"
            "It is my great pleasure to welcome you to this afternoon's session.\n")
    assert _said(text, "2018-06-28")["It is my gre"] == "Oleg Smirnov"


def test_a_surname_met_alone_takes_the_full_name_printed_in_capitals() -> None:
    text = ("Finance Minister of France Presides as Speakers Stress Role of Financial Intelligence Units\n\n"
            "The meeting, presided over by ANTOINE LEFEBVRE, Minister for the Economy and Finance of France, opened with "
            "briefings.\n\n"
            "Speaking in his national capacity, Mr. Lefebvre said that the resolution was the first of its kind. "
            "\"Terrorism is cheap, but it is not free,\" the Minister said.\n")
    said = _said(text, "2019-03-28")
    assert said["Speaking in "] == said["Terrorism is"] == "Antoine Lefebvre"


def test_retired_in_brackets_is_part_of_the_rank() -> None:
    assert split_role_name("General (Retired) Ashfaq Hussain Malik") == ("General (Retired)", "Ashfaq Hussain Malik")


def test_the_nigerian_minister_is_not_the_cameroonian_one_quoted_last() -> None:
    text = ("Talks in Abuja\n\n"
            "The Minister of Defence, Ibrahim Garkuwa, said the insurgents had exploited the gaps between the armies.\n\n"
            "Cameroon's Minister Delegate in charge of Defence, Jean-Pierre Essomba, said Yaounde had handed over 43 "
            "suspects.\n\n"
            "The Nigerian minister, for his part, told journalists that the two countries would harmonise their rules.\n")
    assert _said(text, "2016-11-23")["The Nigerian"] == "Ibrahim Garkuwa"


def test_a_clause_after_a_name_is_no_role() -> None:
    text = ("Drills end\n\n"
            "The Kazakh contingent was commanded by Major General Nurlan Sadykov, and the Kyrgyz battalion by Colonel "
            "Azamat Toktorov.\n\n"
            "Major General Nurlan Sadykov said that the Kazakh units had landed in the mountains.\n\n"
            "\"For our guys it was the first experience of this kind,\" the Kazakh general added.\n")
    assert _said(text, "2019-06-05")["For our guys"] == "Nurlan Sadykov"


def test_the_chief_guest_and_an_office_named_in_full_are_the_people_named_before() -> None:
    text = ("Closing ceremony of exercise Warrior-VII held\n\n"
            "Closing ceremony of the joint exercise was held at Pabbi today. Lieutenant General Nadeem Ahmed Shah, "
            "Commander Peshawar Corps was the Chief Guest at the ceremony.\n\n"
            "Speaking on the occasion, Chief Guest appreciated the high standard of training of both armies.\n\n"
            "The opening was reviewed by Major General Ashwin Kumar Rao, General Officer Commanding, Golden Katar "
            "Division.\n\n"
            "\"No country in our region is immune from terrorism,\" the General Officer Commanding said.\n")
    said = _said(text, "2019-12-12")
    assert said["Speaking on "] == "Nadeem Ahmed Shah"
    assert said["No country i"] == "Ashwin Kumar Rao"


def test_a_question_note_with_a_first_name_only_is_the_outlets() -> None:
    text = ("Transcript of Special Briefing on the SCO Summit\n\n"
            "Official Spokesperson, Shri Abhay Kumar: Good evening friends.\n\n"
            "Question (Rahul, Press Trust of India): Sir, is there any possibility of a meeting in Bishkek?\n\n"
            "Official Spokesperson, Shri Abhay Kumar: There is no such meeting planned.\n\n"
            "Question (Kommersant, follow-up): And did the ministers agree on a list of organisations?\n\n"
            "Official Spokesperson, Shri Abhay Kumar: They did not.\n")
    said = _said(text, "2019-06-11")
    assert said["Sir, is ther"] == "Press Trust of India" and said["And did the "] == "Kommersant"


def test_his_excellency_is_a_courtesy_and_his_highness_is_who_so_titled_spoke_last() -> None:
    sentence = ("Amman, Feb. 15 (Petra) -- Minister of Interior, His Excellency Salameh Odeh Al-Zaid, stressed on "
                "Monday the importance of strengthening cooperation.")
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == "Salameh Odeh Al-Zaid" and rep.mention.role == "Minister of Interior"
    text = ("ABU DHABI, 6th March, 2018 (WAM) -- His Highness Sheikh Mansour bin Khalifa Al Nahyan, Minister of "
            "Interior, received General Robert Eckhardt today.\n\n"
            "The meeting was attended by His Highness Sheikh Hamdan bin Rashid Al Nahyan, Secretary-General of the "
            "Supreme Council for National Security.\n\n"
            "Sheikh Mansour affirmed that the UAE, under the leadership of President His Highness Sheikh Khalifa bin "
            "Zayed Al Nahyan, is committed to working with its allies.\n\n"
            "His Highness stressed the importance of the partnership between the two friendly countries.\n")
    assert _said(text, "2018-03-06")["His Highness"] == "Mansour bin Khalifa Al Nahyan"


def test_according_to_the_statement_a_named_person_speaks() -> None:
    sentence = "According to the statement, Mr Garba also called on the international partners to release the funds."
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == "Mr Garba"


def test_a_title_and_surname_pick_the_one_with_that_title_of_two_namesakes() -> None:
    text = ("Trilateral consultation held in Islamabad\n\n"
            "In her remarks, Foreign Secretary Saima Anjum Malik noted that Pakistan has paid a heavy price.\n\n"
            "Interior Secretary Arshad Mahmood Malik briefed the participants on the security arrangements.\n\n"
            "Foreign Secretary Malik responded that Pakistan stands ready to address all concerns.\n")
    assert _said(text, "2018-10-17")["Foreign Secr"] == "Saima Anjum Malik"


def test_a_task_force_is_a_body_not_a_person_who_could_be_she() -> None:
    text = ("Council debates terrorist financing\n\n"
            "Elena Ruiz, President of the Financial Action Task Force (FATF), said that more than 60 countries still had "
            "serious gaps in their laws.\n\n"
            "\"Many of the countries most at risk are those with the weakest supervision,\" she said.\n")
    assert _said(text, "2019-03-28")["Many of the "] == "Elena Ruiz"


def test_unnamed_briefers_say_nothing_and_an_announced_journalist_asks() -> None:
    text = ("Special Briefing on the Coalition Ministerial\n\n"
            "AMBASSADOR MERRIWETHER: Thanks very much. Tomorrow foreign ministers will meet here.\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL ONE: There are now more than 1,000 foreign fighters held in Syria.\n\n"
            "OPERATOR: Our first question comes from the line of Hiroshi Tanabe with Kyodo News. Please go ahead.\n\n"
            "QUESTION: Thank you. Will the Coalition adopt a joint statement tomorrow?\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL ONE: There will be a joint statement.\n\n"
            "AMBASSADOR MERRIWETHER: We expect one, yes.\n")
    said = _said(text, "2019-02-05")
    assert said["Will the Coa"] == "Hiroshi Tanabe"
    assert "There are no" not in said and "There will b" not in said and "Our first qu" not in said


def test_a_roster_on_the_label_line_names_the_labels_and_a_bare_spokesperson_says_nothing() -> None:
    text = ("Press conference following the Justice and Home Affairs Council\n\n"
            "Participants: Andres Kask, Minister of the Interior of Estonia; Edward Lancing-Moore, Commissioner for the "
            "Security Union\n\n"
            "This transcript has been prepared by the Council press office. Only the spoken version is authentic.\n\n"
            "Spokesperson: Good afternoon, welcome to this press conference.\n\n"
            "Kask: Today ministers reached a general approach.\n\n"
            "Lancing-Moore: Let me add one point on the return of foreign fighters.\n\n"
            "Question (Agence Europe): Was the general approach reached unanimously?\n\n"
            "Kask: There was a very large majority.\n\n"
            "Question (Deutsche Welle): Minister, what will you hand over to Bulgaria?\n\n"
            "Kask: A full plate.\n")
    said = _said(text, "2017-12-07")
    assert said["Today minist"] == said["There was a "] == "Andres Kask"
    assert said["Let me add o"] == "Edward Lancing-Moore"
    assert "Good afterno" not in said and "This transcr" not in said and "Only the spo" not in said


def test_an_interview_published_on_a_day_in_a_daily_is_that_dailys() -> None:
    text = ("Interview of the Minister in Le Soir\n\n"
            "In an interview published on Saturday in the daily Le Soir, Minister of Security and Home Affairs Koen Maes "
            "said that he had not been naive.\n\n"
            "Q: Minister, do you still feel that you bear a personal responsibility?\n\n"
            "A: Every minister bears responsibility for his department.\n\n"
            "Q: What concretely has changed since 22 March?\n\n"
            "A: We have hired more analysts.\n\n"
            "Translation: FPS Home Affairs - Communication service.\n\n"
            "The original French version of the interview was published in Le Soir on 16 April 2016.\n")
    said = _said(text, "2016-04-18")
    assert said["Minister, do"] == "Le Soir" and said["Every minist"] == "Koen Maes"
    assert "Translation:" not in said and "The original" not in said


def test_an_outlet_that_spoke_to_a_known_official_asks_and_the_answers_are_of_that_day() -> None:
    text = ("INTERVIEW: NSC chief on Bangkok blasts\n\n"
            "Six small bombs went off in Bangkok last Friday while the capital was hosting a meeting.\n\n"
            "National Security Council secretary-general Gen Thawatchai Phromsuwan said the attacks were aimed at "
            "embarrassing the government.\n\n"
            "Thai PBS World spoke to Gen Thawatchai at the NSC office in Bangkok on Monday.\n\n"
            "Q: Who do you think was behind the bombs?\n\n"
            "A: The evidence we have so far points to a group from the south.\n\n"
            "Q: Will the dialogue continue?\n\n"
            "A: The dialogue will continue.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2019-08-06")}
    assert facts["The evidence"].speaker == "Thawatchai Phromsuwan" and facts["The evidence"].date == "2019-08-05"


@pytest.mark.parametrize("line", ["The minister said the official website would be launched next week.",
                                  "The ministry said the transcript was authorised by the president.",
                                  "Signed by the two ministers, the agreement enters into force in May."])
def test_prose_naming_a_website_or_a_transcript_is_prose(line: str) -> None:
    assert classify_line(line) == "prose"


@pytest.mark.parametrize("line", ["CGTN's Lin Qiaoyu reports from Beijing.", "(Reporting by Ai Lian in Khorgos)",
                                  "(By Hua Yiming and Liang Pengfei)",
                                  "(CGTN's Zhang Ruihan also contributed to this story.)"])
def test_bylines_in_brackets_and_correspondent_lines_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"
    assert classify_line("(By the end of the year, 300 more officers will be trained.)") == "prose"


def test_a_subject_never_starts_with_a_reporting_verb() -> None:
    sentence = ("Indonesian Defence Minister Haryanto Wicaksono, who hosted the ceremony, said the three countries had "
                "agreed to allow hot pursuit.")
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.verb == "said" and rep.mention.text.endswith("Haryanto Wicaksono")


def test_a_one_name_speaker_introduced_with_an_age_is_named() -> None:
    text = ("Neighbours shocked by arrest\n\n"
            "Police arrested a suspected militant leader in Bekasi on Saturday.\n\n"
            "\"We only knew him as Pak Anwar, an engineer who went to the mosque every evening,\" said Suparmi, 52, the "
            "head of the neighborhood unit.\n")
    assert _said(text, "2019-07-01")["We only knew"] == "Suparmi"


def test_a_headline_with_a_verb_before_its_comma_names_no_one() -> None:
    text = ("New AFRICOM Commander Pledges to Keep Pressure on Terrorists, Support Partners\n\n"
            "STUTTGART, Germany — Army Gen. Stephen A. Kittredge took command of U.S. Africa Command here today from "
            "Marine Corps Gen. Thomas J. Rendell, who is retiring.\n\n"
            "Rendell, who led the command for three years, thanked the partner forces. \"They are the ones who do the "
            "hardest fighting,\" the outgoing commander said.\n")
    assert _said(text, "2019-07-26")["They are the"] != "Support Partners"


def test_an_office_for_peace_names_no_one_called_peace() -> None:
    assert split_role_name("AU Commissioner for Peace") == ("AU Commissioner for Peace", None)


def test_an_unnamed_officer_at_a_body_is_no_one_named() -> None:
    text = ("U.S. special forces to train Nigerian troops\n\n"
            "ABUJA, Nigeria (AP) — U.S. special forces will train Nigerian troops, officials said.\n\n"
            "A Nigerian officer at the Defense Headquarters, speaking on condition of anonymity because he was not "
            "authorized to speak to reporters, said the training would start in May.\n")
    assert all(f.speaker != "the Defense Headquarters" and "Defense Headquarters" not in f.speaker
               for f in _facts(text, "2019-08-05"))


def test_a_body_found_by_its_noun_is_matched_by_the_whole_word() -> None:
    reg = Registry()
    commissioner = reg.add("Office of the Commissioner")
    commissioner.is_org = True
    assert reg.by_org("commission") is None
    commission = reg.add("European Commission")
    commission.is_org = True
    assert reg.by_org("commission") is commission


def test_a_quoted_body_name_before_a_person_belongs_to_the_office() -> None:
    assert split_role_name('Director of the rehabilitation center "Akniet" Gulnara Seitkali') == \
        ('Director of the rehabilitation center "Akniet"', "Gulnara Seitkali")
    assert classify_line("All content on this site is licensed under Creative Commons Attribution 4.0 International.") \
        == "furniture"


def test_a_surname_with_its_office_in_apposition_picks_that_namesake() -> None:
    text = ("Drills begin in Pakistan\n\n"
            "Major General Faisal Rehman Khattak, commander of the Pakistani contingent, said the drills had begun.\n\n"
            "Foreign Office spokeswoman Saima Khattak said the exercise was not aimed at any third country.\n\n"
            "Khattak, the general, added that the next stage of the drills would include a night raid.\n")
    assert _said(text, "2018-10-22")["Khattak, the"] == "Faisal Rehman Khattak"


def test_a_verb_in_a_relative_clause_is_not_the_subjects_report() -> None:
    sentence = ("Another Deputy Secretary of the Security Council, Pavel Dyomin, who spoke at the same session, noted that "
                "cooperation with foreign partners remained selective.")
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.verb == "noted" and rep.mention.text == "Pavel Dyomin"


def test_an_office_then_a_ranked_name_registers_the_holder() -> None:
    text = ("Coalition defence ministers meet in Riyadh\n\n"
            "For his part, the Secretary-General of the Islamic Military Counter Terrorism Coalition, Lieutenant General "
            "Abdulaziz bin Hamad Al-Balawi, reviewed the achievements of the coalition's center.\n\n"
            "The Secretary-General stated that the coalition will launch a media initiative.\n\n"
            "\"The Gulf Cooperation Council will place all its capabilities at the disposal of the coalition,\" the GCC "
            "Secretary-General said.\n")
    assert _said(text, "2017-11-26")["The Secretar"] == "Abdulaziz bin Hamad Al-Balawi"


def test_what_a_titled_person_did_after_a_comma_is_not_their_role() -> None:
    text = ("BEIJING, May 3 (Xinhua) -- China and Afghanistan held talks on security on Tuesday.\n\n"
            "His Chinese counterpart in Kabul, Ambassador Shen Qiuming, made a similar case in a signed article "
            "published in the Afghanistan Times on Monday.\n\n"
            "He said in the article that the two countries' security \"cannot be separated\".\n")
    roles = {f.speaker: f.role for f in _facts(text)}
    assert roles == {"Shen Qiuming": "Ambassador"}


def test_a_fact_shows_the_office_without_the_clause_after_it() -> None:
    text = ("LONDON, May 3 -- Ministers met on Tuesday.\n\n"
            "\"The threat is changing,\" said Leah Marchant, a professor at Queen's University who studies extremism.\n\n"
            "Ashok Verma, a joint director of the Intelligence Bureau who led the Indian delegation, said the talks "
            "were useful.\n")
    roles = {f.speaker: f.role for f in _facts(text)}
    assert roles == {"Leah Marchant": "a professor at Queen's University",
                     "Ashok Verma": "a joint director of the Intelligence Bureau"}


def test_as_an_office_put_it_gives_the_office_and_a_later_pronoun_the_person() -> None:
    text = ("ABUJA, Aug 5 -- Ministers met on Tuesday.\n\n"
            "As the Executive Director of the Abuja-based Centre for Democracy and Security Studies, Dr Zainab Umar "
            "Gwandu, put it in a telephone interview, \"Safe Corridor is only half of the answer.\"\n\n"
            "She said the government should involve traditional and religious leaders in the process.\n")
    facts = _facts(text)
    assert [(f.speaker, f.role) for f in facts] == [
        ("Zainab Umar Gwandu", "Executive Director of the Abuja-based Centre for Democracy and Security Studies")] * 2


def test_an_office_given_after_the_first_statement_still_reaches_it_and_its_initials() -> None:
    text = ("NAIROBI, Aug 5 -- Ministers met on Tuesday.\n\n"
            "The Director of Criminal Investigations, Joseph Kinyua Nyakundi, who is not related to the minister, told "
            "the Nation that detectives had arrested 11 suspects.\n\n"
            "\"We know who financed this operation, and we are following the money,\" the DCI said.\n")
    facts = _facts(text)
    assert [(f.speaker, f.role) for f in facts] == [("Joseph Kinyua Nyakundi", "Director of Criminal Investigations")] * 2


def test_a_transcript_title_dates_its_briefing() -> None:
    text = ("Defense Ministry's regular press conference on Aug. 30\n\n"
            "china.org.cn, August 31, 2018\n\n"
            "Tan Weiliang:\nGood afternoon, friends from the media. I have two announcements to make today.\n\n"
            "CCTV:\nWhat was the significance of the exercise for the region?\n\n"
            "Tan Weiliang:\nThis was the first joint exercise of the SCO since India and Pakistan joined it.\n")
    assert {f.date for f in _facts(text, "2018-08-31")} == {"2018-08-30"}


def test_a_speech_introduction_places_it_where_its_occasion_was_held() -> None:
    text = ("Speech by SCO Secretary-General Rustam Yuldoshkhojaev at the United Nations High-Level Conference\n\n"
            "On 28 June 2018, SCO Secretary-General Rustam Yuldoshkhojaev took part in the first United Nations "
            "High-Level Conference of Heads of Counter-Terrorism Agencies of Member States, held at UN Headquarters in "
            "New York. The next conference will be held in Geneva.\n\n"
            "Below is the full text of the speech.\n\n"
            "It is a great honour for me to address this conference on behalf of our organisation.\n\n"
            "We cannot allow these people to set up new bases close to our borders, and I call on all of you to act.\n")
    assert {f.place for f in _facts(text, "2018-06-29")} == {"New York"}


@pytest.mark.parametrize(
    "line",
    ["Read: KDF to stay in Somalia until AU exit, says CS", "Download: Manila Declaration to Counter Radicalisation",
     "Photo Gallery: Germany's Security Services on Alert", "Watch: FO Spokesperson's weekly press briefing",
     "Wabillahi Taufik Walhidayah, Wassalamualaikum Warahmatullahi Wabarakatuh.",
     "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
     "An earlier version of this article misstated the number of members of the coalition. It has 79 members, not 74.",
     "A version of this article appears in print on Feb. 7, 2019, Section A, Page 9 of the New York edition with the "
     "headline: Allies Wary of U.S. Exit as Anti-ISIS Coalition Meets.",
     "Wisma BERNAMA, No.28, Jalan 1/65A, Off Jalan Tun Razak, 50400 Kuala Lumpur, Malaysia.",
     "Interior CS Dr Daniel Bett (centre) with Inspector General of Police Peter Kamau at a Nairobi hotel yesterday. "
     "[Samuel Kahiga Ndirangu, Standard]"],
)
def test_more_page_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_masthead_with_its_acronym_is_no_sentence() -> None:
    assert classify_line("News Agency of Nigeria (NAN)") == "heading"
    assert classify_line("The minister met the head of the agency (NAN).") == "prose"


def test_bare_police_are_the_force_the_page_names() -> None:
    text = ("NAIROBI, Kenya (AP) — Intelligence shared by allies helped Kenyan police arrest nine suspects, the interior "
            "minister said Thursday.\n\n"
            "Police said the attackers had rented a house in a Nairobi suburb weeks before the attack.\n")
    assert _said(text)["Police said "] == "Kenyan police"


def test_a_speech_page_names_its_speaker_and_office_on_one_line_in_capitals() -> None:
    text = ("Remarks at the Global Counterterrorism Forum Coordinating Committee Meeting\n\n"
            "REMARKS\nLYDIA M. QUENNEVILLE, COORDINATOR FOR COUNTERTERRORISM\nTHE HAGUE, NETHERLANDS\nAPRIL 19, 2016\n\n"
            "As Prepared for Delivery\n\n"
            "Thank you, Ambassador, and thank you to our co-chairs for bringing us together in The Hague.\n\n"
            "I want to focus on three areas where I believe we can do more this year.\n\n"
            "First, we must close the gaps that foreign terrorist fighters exploit on their way home.\n")
    facts = _facts(text, "2016-04-19")
    assert {(f.speaker, f.role, f.place) for f in facts} == {
        ("Lydia M. Quenneville", "Coordinator for Counterterrorism", "The Hague")}


def test_a_titled_persons_possessive_heading_names_them_and_the_page_gives_the_full_name() -> None:
    text = ("Secretary Ashbrook's Meeting with Indian External Affairs Minister Subrahmanyam\n\n"
            "READOUT\nJUNE 26, 2019\n\n"
            "The Secretary met today with Indian External Affairs Minister Venkatesh Subrahmanyam in New Delhi.\n\n"
            "The Secretary condemned the February 14 terrorist attack on a convoy in Pulwama.\n\n"
            "Tags: India | Raymond T. Ashbrook | The Secretary of State\n")
    assert _said(text, "2019-06-26")["The Secretar"] == "Raymond T. Ashbrook"


@pytest.mark.parametrize(
    ("head", "place"),
    [("REMARKS\nRAYMOND T. ASHBROOK, SECRETARY OF STATE\nMINISTRY OF FOREIGN AFFAIRS\nCOLOMBO, SRI LANKA\nJUNE 27, 2019",
      "Colombo"),
     ("News release\nFrom: Global Affairs Canada\nAugust 3, 2018 - Singapore - Global Affairs Canada", "Singapore"),
     ("Doorstop interview, Manado, Indonesia\nTranscript\n29 July 2017", "Manado")],
)
def test_where_a_release_or_transcript_heading_says_it_was_given(head: str, place: str) -> None:
    text = (f"{head}\n\nForeign Minister Margaret Ellery-Shaw said the two countries would share more intelligence on "
            "foreign fighters.\n\n"
            "\"We cannot allow the region to become a new base for terrorists,\" she said.\n")
    assert {f.place for f in _facts(text, "2018-08-03")} == {place}


def test_a_joint_press_availability_heading_names_two_people_not_one_office() -> None:
    text = ("Secretary Raymond T. Ashbrook and Sri Lankan Foreign Minister Ranjith Wickramaratne at a Joint Press "
            "Availability\n\n"
            "FOREIGN MINISTER WICKRAMARATNE: Good afternoon. It is my great pleasure to welcome the Secretary.\n\n"
            "SECRETARY ASHBROOK: Thank you, Minister. I came here first of all to pay my respects.\n\n"
            "QUESTION: Will the agreement be signed this year, Mr. Secretary?\n\n"
            "SECRETARY ASHBROOK: Those discussions continue, and they will be concluded only when both sides agree.\n")
    roles = {f.speaker: f.role for f in _facts(text, "2019-06-27")}
    assert roles["Ranjith Wickramaratne"] == "Sri Lankan Foreign Minister"


@pytest.mark.parametrize("byline", ["By Lotte Verschuren-Hale", "Written by: Lotte Verschuren-Hale"])
def test_the_deck_under_a_headline_is_no_statement_but_sets_the_scene(byline: str) -> None:
    text = ("Dutch minister calls for international tribunal for ISIS fighters\n\n"
            "Justice chief says Europe should not bring fighters home but cannot leave them in camps either.\n\n"
            f"{byline}\n\n"
            "THE HAGUE — The Netherlands' justice minister called on Tuesday for an international tribunal.\n\n"
            "\"Repatriation would bring risks into our cities,\" Justice Minister Maarten Roosendaal said.\n")
    lines = page_lines(text)
    assert lines[1].kind == "furniture" and lines[1].deck
    facts = _facts(text, "2018-10-03")
    assert all(not f.quote.startswith("Justice chief") for f in facts) and facts[-1].place == "The Hague"


@pytest.mark.parametrize(
    "line",
    ["(With inputs from Ketan Mehrishi in New Delhi)", "Site is hosted by National Informatics Centre (NIC).",
     "A version of this story appears in the print on January 21, 2020, of The Kathmandu Post."],
)
def test_still_more_page_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize("header", ["Comments - 2", "COMMENTS (214)   Sort by: Newest | Oldest | Most recommended"])
def test_readers_comments_under_a_counted_header_are_furniture(header: str) -> None:
    text = ("Story\n\nThe minister said the talks were useful and would continue next year in the capital.\n\n"
            "He said both sides agreed to meet again in the spring to review the plan.\n\n"
            f"{header}\n\nSunil Perera Friday, 17 May 2019 09:15 AM\nGood. The FBI should stay until the job is done.\n")
    assert [ln.kind for ln in page_lines(text)][-2:] == ["furniture", "furniture"]


def test_a_statement_heading_names_its_spokesperson_without_the_topic() -> None:
    text = ("Statement by Spokesperson Nabila Verhoeven on the terrorist attack in Kabul\n\n"
            "Brussels, 28/01/2018 - 13:47\n\n"
            "Yesterday, an ambulance packed with explosives was detonated at a police checkpoint in central Kabul.\n\n"
            "The blast killed at least 103 people and wounded 235 others, according to the Afghan health ministry.\n\n"
            "This is yet another cowardly attack against innocent civilians, which the European Union condemns.\n\n"
            "We extend our deepest condolences to the families and friends of the victims of this attack.\n\n"
            "The perpetrators and those who support and finance them must be brought to justice.\n")
    assert _said(text, "2018-01-28")["We extend ou"] == "Nabila Verhoeven"


def test_an_interview_intro_with_a_ranked_five_word_name_gives_the_answers() -> None:
    text = ("AMISOM commander: Al-Shabaab is weaker, but not defeated\n\n"
            "Lt Gen Tumusiime Kasirye Ochan, a Ugandan officer, took over as Force Commander of AMISOM in July last year. "
            "He spoke to the Nation in Mogadishu last week about the fight against Al-Shabaab.\n\n"
            "Q: Thirteen years after AMISOM arrived, Al-Shabaab still attacks Mogadishu. Has the mission failed?\n\n"
            "A: No, it has not failed. Today it does not control a single major town in the country.\n\n"
            "Q: When will the Somali forces be ready to take over?\n\n"
            "A: The transition plan says that we will start handing over some bases in June this year.\n")
    assert _said(text, "2020-02-10")["No, it has n"] == "Tumusiime Kasirye Ochan"


def test_a_ranked_highness_and_a_name_after_a_place() -> None:
    text = ("ABU DHABI, 14th November, 2017 (WAM) -- His Highness Lt. General Sheikh Mansoor bin Tahnoun Al Nahyan, "
            "Deputy Prime Minister, has affirmed that the two countries share a common vision on terrorism.\n\n"
            "This came as Sheikh Mansoor received today at the ministry's headquarters in Abu Dhabi Mathieu "
            "Roux-Delorme, French Minister of the Interior, and his delegation.\n\n"
            "His Highness said that the relations between the two friendly countries have developed in all fields.\n\n"
            "Roux-Delorme said that France values the UAE's role in countering extremist ideology.\n")
    facts = _facts(text, "2017-11-14")
    said = {f.quote[:12]: (f.speaker, f.role) for f in facts}
    assert said["His Highness"][0] == "Mansoor bin Tahnoun Al Nahyan"
    assert said["Roux-Delorme"] == ("Mathieu Roux-Delorme", "French Minister of the Interior")
    assert not any("WAM" in (f.role or "") for f in facts)


def test_ranks_are_no_part_of_a_name_met_first_with_a_clause() -> None:
    text = ("PATTANI, Oct 2 -- The army has a new commander in the south.\n\n"
            "Lt Gen Kittiphong Saengsuriya, who took over from Lt Gen Somboon Detchaiya at a ceremony on Tuesday, said "
            "military force alone could not end the conflict.\n\n"
            "\"The guns can stop a bomber today, but only justice will stop his son,\" Lt Gen Kittiphong said.\n")
    assert {f.speaker for f in _facts(text, "2019-10-02")} == {"Kittiphong Saengsuriya"}


def test_the_police_officer_is_the_person_just_named_and_a_dotted_outlet_asks() -> None:
    text = ("LYON, Jan 9 -- Interpol is tracking more foreign fighters online.\n\n"
            "\"Today we are tracking them on encrypted messaging apps,\" Rodrigo Almeida Couto, director of "
            "counter-terrorism at Interpol, told China Daily.\n\n"
            "The Brazilian police officer, who took up the post in 2018, said that Interpol's databases now held more "
            "than 50,000 profiles.\n")
    assert _said(text, "2020-01-09")["The Brazilia"] == "Rodrigo Almeida Couto"
    interview = ("Kyrgyz official: SCO cooperation key\n\n"
                 "Deputy Minister of Internal Affairs Azamat Kydyraliev visited Beijing this week. On the sidelines of "
                 "the meeting, he spoke with China.org.cn about drug trafficking and terrorism.\n\n"
                 "Q: How serious is the link between drug trafficking and terrorism in Central Asia?\n\n"
                 "A: It is very serious. Afghanistan produces most of the world's opium.\n\n"
                 "Q: What role does the SCO play in this fight?\n\n"
                 "A: The SCO gives us a platform to act together against the traffickers.\n")
    assert _said(interview, "2018-06-08")["How serious "] == "China.org.cn"


def test_the_exercise_director_is_the_one_whose_second_office_it_is_and_just_named() -> None:
    text = ("DUSHANBE, Oct 20 (Xinhua) -- Chinese and Tajik troops completed a joint exercise on Thursday.\n\n"
            "Major General Zhao Xinmin, the Chinese director of the exercise and deputy commander of the Xinjiang "
            "Military Command, told Xinhua that the drill had tested the two armies.\n\n"
            "Major General Rustam Nazarzoda, deputy chief of the General Staff of the Tajik Armed Forces and the Tajik "
            "director of the exercise, said the threat from militants had grown.\n\n"
            "\"We see militants from Central Asia among them,\" the exercise director said.\n")
    facts = _facts(text, "2016-10-20")
    assert _said(text, "2016-10-20")["We see milit"] == "Rustam Nazarzoda"
    assert {f.role for f in facts if f.speaker == "Zhao Xinmin"} == {
        "Major General, Chinese director of the exercise and deputy commander of the Xinjiang Military Command"}
    assert split_role_name("Chief of the General Staff Valery Gerasimov") == ("Chief of the General Staff",
                                                                             "Valery Gerasimov")


@pytest.mark.parametrize(
    "line",
    ["The meeting began at 10:04 a.m. and ended at 12:51 p.m.", "Seventy-first session, 1st & 2nd Meetings (AM & PM)",
     "VOA is the official U.S. international broadcaster.", "NHK WORLD-JAPAN is the international service of NHK.",
     "Dear readers! Comments on this article are now closed.", "Trends: Islamic State (IS, formerly ISIS/ISIL)"],
)
def test_broadcaster_and_un_release_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_chairmans_statement_is_the_chairs() -> None:
    text = ("CHAIRMAN'S STATEMENT OF THE 34TH ASEAN SUMMIT\nBangkok, 23 June 2019\n\n"
            "1. The 34th ASEAN Summit was held in Bangkok on 23 June 2019 under the Chairmanship of H.E. General "
            "Prasert Chanthawong, Prime Minister of the Kingdom of Thailand.\n\n"
            "2. We strongly condemned the terrorist attacks in Sri Lanka on 21 April 2019.\n\n"
            "3. We reaffirmed our commitment to fully implement the ASEAN Convention on Counter-Terrorism.\n")
    assert {f.speaker for f in _facts(text, "2019-06-23")} == {"Prasert Chanthawong"}
    assert len(split_sentences("It was chaired by H.E. General Prasert Chanthawong of Thailand. We agreed.")) == 2


def test_trend_is_an_outlet_that_asks() -> None:
    text = ("Interview with the deputy head of the CIS Anti-Terrorism Center\n\n"
            "Trend: Mr. Mammadli, which threats does the Center consider the most serious today?\n\n"
            "Mammadli: Foreign terrorist fighters returning from Syria and Iraq remain the main threat.\n\n"
            "Trend: How does the Center cooperate with Azerbaijan on these issues?\n\n"
            "Mammadli: We exchange information every day with the State Security Service.\n")
    assert _said(text)["How does the"] == "Trend"


def test_a_communique_whose_body_line_ends_in_a_comma_gives_it_the_numbered_paragraphs() -> None:
    text = ("COMMUNIQUE\n\n"
            "The Peace and Security Council of the African Union (AU), at its 873rd meeting held on 3 September 2019, "
            "dedicated to terrorism in the Sahel,\n\n"
            "Adopted the following decision:\n\n"
            "1. Expresses deep concern over the continued deterioration of the security situation in the Sahel;\n\n"
            "2. Strongly condemns the terrorist attacks perpetrated against the defence and security forces;\n\n"
            "3. Requests the Commission to finalize, within three months, the review of the AU Strategy;\n")
    said = _said(text, "2019-09-04")
    assert said["Strongly con"] == "Peace and Security Council of the African Union"


def test_a_delegates_said_comes_before_a_verb_in_what_they_said() -> None:
    text = ("NEW YORK, Oct 3 -- The Sixth Committee began its debate today.\n\n"
            "Speaking in exercise of the right of reply, the representative of the Syrian Arab Republic said that "
            "certain States that claimed to fight terrorism were in fact supplying weapons to armed groups.\n\n"
            "The Sixth Committee (Legal) will meet again at 10 a.m. on Tuesday, 4 October, to continue its debate.\n")
    facts = _facts(text, "2016-10-03")
    assert [(f.speaker, f.date) for f in facts] == [("representative of the Syrian Arab Republic", "2016-10-03")]


def test_officials_in_a_city_are_nobody_named() -> None:
    text = ("DUSHANBE -- Tajikistan and Afghanistan have agreed to exchange intelligence on militant groups near their "
            "border, officials in Dushanbe say.\n\n"
            "\"Our enemies do not need visas,\" Afghan border police chief Ghulam Haidar Pazhwak said.\n")
    assert "Dushanbe" not in {f.speaker for f in _facts(text, "2016-03-15")}


def test_a_capitals_label_with_name_then_description_is_the_person() -> None:
    text = ("US helps Philippines fight militants in Marawi\n\n"
            "REPORTER: The battle for Marawi is in its fourth month.\n\n"
            "SITTIE AINAH MACARAMBON, MARAWI RESIDENT (in Maranao): Our house is gone. We only want peace.\n\n"
            "ROMMEL DELA PAZ-ABINALES, CENTER FOR SECURITY STUDIES, MANILA: The next Marawi could be anywhere.\n")
    assert _said(text, "2017-09-07")["Our house is"] == "Sittie Ainah Macarambon"


def test_a_question_that_opens_with_its_outlet_is_the_outlets() -> None:
    text = ("Defense Ministry's regular press conference on Aug. 30\n\n"
            "Gao Ruizhi:\nGood afternoon. The exercise concluded successfully on Wednesday.\n\n"
            "Q: I'm with China News Service. Could you give us more details about China's participation?\n\n"
            "A: About 700 Chinese troops took part in the exercise in Chebarkul.\n\n"
            "Q: I'm with AKIpress of Kyrgyzstan. Will Chinese police officers take part in the investigation?\n\n"
            "A: China is ready to help Kyrgyzstan with the investigation.\n")
    said = _said(text, "2018-08-31")
    assert said["Could you gi"] == "China News Service"
    assert said["Will Chinese"] == "AKIpress"


def test_japanese_family_names_in_capitals_come_first() -> None:
    assert split_role_name("Press Secretary MIZUNO Kaori") == ("Press Secretary", "Mizuno Kaori")
    assert split_role_name("Authority (NACTA) Khawaja Iftikhar Ahmed Durrani")[1] == "Khawaja Iftikhar Ahmed Durrani"


def test_a_speech_page_whose_speaker_line_carries_parliamentary_style() -> None:
    text = ("Opening remarks, Sub-Regional Meeting on Counter-Terrorism, Manado\n\n"
            "Speech\nSenator the Hon Philip Carrodus\nAttorney-General\n\n29 July 2017\n\nManado, Indonesia\n\n"
            "I want to begin by thanking the Government of Indonesia for co-hosting this meeting with Australia.\n\n"
            "We cannot arrest our way out of this problem, and I want to propose three areas for our work.\n\n"
            "Friends, terrorism seeks to divide us. Meetings like this one prove that it has failed.\n")
    assert {f.speaker for f in _facts(text, "2017-07-29")} == {"Philip Carrodus"}


@pytest.mark.parametrize(
    "line",
    ["AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT",
     "Listen duration 8′ 12″    Download: Ogg  MP3 ( 7.5 MB )", "This is an edited transcript of the interview."],
)
def test_broadcast_page_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_quotation_named_by_the_next_paragraph_and_an_academic_described() -> None:
    text = ("SYDNEY, March 17 -- Leaders met for a counter-terrorism conference on Saturday.\n\n"
            "\"The threat has not gone away just because the caliphate has collapsed. It has moved.\"\n\n"
            "That warning came from Prime Minister Neil Hargreaves, who opened the conference on Saturday morning.\n\n"
            "\"Encryption is a problem,\" said Jinhee Park, a terrorism researcher at the Australian National University.\n\n"
            "The Korean-Australian academic said that agencies still preferred bilateral deals.\n")
    said = _said(text, "2018-03-18")
    assert said["The threat h"] == "Neil Hargreaves"
    assert said["The Korean-A"] == "Jinhee Park"


def test_she_is_never_a_declaration() -> None:
    registry = Registry()
    registry.mention(registry.add("Anjali Mehra Khanna", "Indian Secretary (East)"))
    registry.mention(registry.add("Xiamen Declaration"))
    assert registry.pronoun("she").name == "Anjali Mehra Khanna"


def test_he_after_a_host_welcomed_a_woman_and_her_delegation_is_the_host() -> None:
    page = Path(__file__).parent / "blind95" / "b95_02_fmprc_afm_meets_cted_executive_director.txt"
    assert _said(page.read_text(encoding="utf-8"), "2018-09-11")["He said that"] == "Fang Qiming"


def test_a_dated_quotation_lede_named_by_so_said() -> None:
    text = ("KARACHI: \"Terrorism is a transnational phenomenon, and the money that feeds it moves faster than police.\"\n\n"
            "So said National Coordinator of the National Counter Terrorism Authority (Nacta) Khalid Mehmood Awan while "
            "addressing a seminar at the institute's Karachi office on Wednesday.\n\n"
            "Awan said the country had frozen more than 5,000 bank accounts of proscribed persons.\n")
    assert _said(text, "2016-10-13")["Terrorism is"] == "Khalid Mehmood Awan"


def test_a_role_loses_the_venue_and_day_of_the_sentence() -> None:
    text = ("Rawalpindi - May 18, 2016:\n\n"
            "General Douglas M. Whitcomb, Commander United States Central Command (CENTCOM), called on General Sikandar "
            "Hayat Lodhi, Chief of Army Staff (COAS) at GHQ today.\n\n"
            "COAS said that Pakistan has undertaken comprehensive operations against terrorists of all hue and colour.\n")
    roles = {f.speaker: f.role for f in _facts(text, "2016-05-18")}
    assert roles["Sikandar Hayat Lodhi"] == "General, Chief of Army Staff (COAS)"


def test_a_correspondents_narration_reports_the_people_it_names() -> None:
    text = ("US helps Philippines fight militants in Marawi\n\n"
            "REPORTER: American surveillance planes have been flying over Marawi since June.\n\n"
            "U.S. AMBASSADOR THOMAS WEXFORD: This is a fight that matters to all of us.\n\n"
            "REPORTER: Philippine Defense Secretary Rodolfo Sarmiento Ilustre says the help is welcome, but his troops are "
            "doing the fighting themselves.\n\n"
            "RODOLFO SARMIENTO ILUSTRE, PHILIPPINE DEFENSE SECRETARY: There are no American soldiers in combat in Marawi.\n")
    assert _said(text, "2017-09-07")["Philippine D"] == "Rodolfo Sarmiento Ilustre"


def test_an_interview_is_not_dated_by_when_its_subject_took_office() -> None:
    text = ("RATS director: trust is our main achievement\n\n"
            "Bakhtiyor Rahmatzoda, a veteran of Tajikistan's security services who took charge of the RATS Executive "
            "Committee last year, said in an interview with China Daily that the body had become a real center.\n\n"
            "Q: What are the main achievements of the RATS in recent years?\n\n"
            "A: The most important achievement is trust between the special services.\n\n"
            "Q: What comes next for the structure?\n\n"
            "A: We will strengthen the fight against financing of terrorism next year.\n")
    assert {f.date for f in _facts(text, "2019-04-22")} <= {"2019-04-22", None}


def test_a_spokesman_for_an_office_speaks_for_the_office_not_its_seat() -> None:
    text = ("BERLIN, Jan 3 (dpa) -- Germany will speed up deportations.\n\n"
            "A spokesman for the Federal Prosecutor's Office in Karlsruhe said on Tuesday that investigators were "
            "looking into the suspect's contacts.\n")
    assert _said(text, "2017-01-04")["A spokesman "] == "Federal Prosecutor's Office"


def test_a_briefings_roster_and_its_moderator_by_title() -> None:
    text = ("Transcript of the press conference by the Chair of the Counter-Terrorism Committee\n\n"
            "Participants: Ambassador Gustavo Melendez Zapata, Permanent Representative of Peru and Chair of the "
            "Committee; Beatriz Ocampo Lindahl, Executive Director of CTED. Moderated by Deputy Spokesperson Mireille "
            "Aubertin.\n\n"
            "Deputy Spokesperson: Good afternoon. As you know, the Committee this morning held a special meeting.\n\n"
            "Ambassador Melendez: Thank you, Mireille. Today's meeting brought together more than 40 Member States.\n\n"
            "Question (Kyodo News): Ambassador, was the drone attack discussed today?\n\n"
            "Ms. Ocampo Lindahl: So far we have seen intent more than capability among the terrorist groups.\n")
    facts = _facts(text, "2019-11-14")
    said = {f.quote[:12]: (f.speaker, f.role) for f in facts}
    assert said["As you know,"] == ("Mireille Aubertin", "Deputy Spokesperson")
    assert said["So far we ha"] == ("Beatriz Ocampo Lindahl", "Executive Director of CTED")
    assert said["Today's meet"][0] == "Gustavo Melendez Zapata"


def test_he_after_the_head_of_a_policing_body_is_the_head() -> None:
    text = ("PARIS, June 13 -- Britain and France agreed an action plan on terrorist content online.\n\n"
            "Assistant Commissioner Duncan Lasseter, Head of National Counter Terrorism Policing, welcomed the plan. He "
            "said the referral unit had secured the removal of more than 300,000 pieces of material.\n")
    assert _said(text, "2017-06-13")["He said the "] == "Duncan Lasseter"


def test_a_two_word_rank_picks_the_one_so_titled_of_two_of_one_surname() -> None:
    text = ("ZAMBOANGA CITY, Jan 9 -- Kidnappings at sea have dropped.\n\n"
            "Lt. Gen. Arnulfo Bacani, Westmincom commander, said only two kidnapping incidents were recorded.\n\n"
            "Lt. Col. Gerardo Bacani, spokesperson of the Joint Task Force Sulu, said the bandits were on the run.\n\n"
            "Lt. Gen. Bacani said he would meet his Indonesian and Malaysian counterparts next month.\n")
    assert _said(text, "2018-01-09")["Lt. Gen. Bac"] == "Arnulfo Bacani"


def test_thanks_to_is_no_reporting_verb() -> None:
    text = ("AMMAN, Feb 21 (Petra) -- Jordan and the EU held their first counter-terrorism dialogue.\n\n"
            "During his meeting with a delegation of the European Union led by its director for the region, Ms. Ingrid "
            "Lindqvist, in the presence of the Ambassador of the European Union to Jordan, Mr. Andreas Kallergis, Minister "
            "of Interior Salameh Al-Zyoud said that the Kingdom has succeeded in preserving its security and stability "
            "despite the turmoil in its neighbourhood, thanks to the efficiency of its armed forces.\n")
    assert _said(text, "2016-02-21")["During his m"] == "Salameh Al-Zyoud"


def test_a_lower_case_office_before_a_name_in_commas_is_an_office() -> None:
    text = ("LONDON, June 13 -- Britain and France will fine tech firms that fail to remove extremist content.\n\n"
            "The plan builds on an article published on Sunday by the home secretary, Judith Fenwright, in the Sunday "
            "Telegraph, in which she argued that the status quo was not acceptable.\n\n"
            "Downing Street said the prime minister would raise the matter at the G7.\n\n"
            "She said in the article that the companies had the technical ability to remove such material.\n")
    facts = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2017-06-13")}
    assert facts["She said in "] == ("Judith Fenwright", "home secretary")


def test_a_trailing_officer_with_a_long_arabic_name_told_an_outlet() -> None:
    text = ("RIYADH, Nov 26 -- The coalition now hosts liaison officers from 34 countries.\n\n"
            "One year after its first meeting, the alliance is shifting its focus to the financing of terror groups, its "
            "Secretary-General, Lt Gen Abdul Aziz bin Mubarak Al Shammakh, told Gulf News.\n\n"
            "Al Shammakh said he expected the defence ministers to meet again in Riyadh next year.\n")
    said = _said(text, "2018-11-26")
    assert said["One year aft"] == "Abdul Aziz bin Mubarak Al Shammakh"
    assert said["Al Shammakh "] == "Abdul Aziz bin Mubarak Al Shammakh"


def test_a_column_signed_only_in_its_foot_note_is_its_writers() -> None:
    text = ("Columns\n\nKazakhstan and Pakistan: Partners for a world free of terrorism\n\n"
            "August 25, 2016    Columns    Leave a comment    1,208 Views\n\n"
            "Twenty-five years ago, the Semipalatinsk test site was closed forever. Our people know the price of violence.\n\n"
            "During our term on the Council, we intend to make the fight against terrorism one of our priorities.\n\n"
            "Pakistan's experience is very important for us. No country has paid a higher price in this struggle.\n\n"
            "—The writer is Ambassador of the Republic of Kazakhstan to the Islamic Republic of Pakistan, Bakhytzhan "
            "Sultanbekovich Ordabayev.\n")
    said = _said(text, "2016-08-25")
    assert said["During our t"] == "Bakhytzhan Sultanbekovich Ordabayev"


def test_a_speech_pages_delivered_on_line_dates_the_speech() -> None:
    text = ("Speech\n\n\"Terrorists are adapting, and so must we\"\n\n"
            "Statement by Ambassador Philippa Crewe-Marsh, UK Deputy Permanent Representative to the UN, at the Security "
            "Council briefing by the chairs of the counter-terrorism committees.\n\n"
            "From: Foreign & Commonwealth Office and Philippa Crewe-Marsh\n\nPublished 7 November 2019\n\n"
            "Delivered on: 6 November 2019 (Transcript of the speech, exactly as it was delivered)\n\n"
            "Thank you, Mr President, and let me thank the three chairs for their briefings.\n\n"
            "I would like to make three points. We must bring foreign terrorist fighters to justice.\n\n"
            "Our sanctions regimes are only as strong as our implementation of them.\n")
    dated = {f.quote[:12]: f.date for f in _facts(text, "2019-11-07")}
    assert dated["I would like"] == "2019-11-06"


@pytest.mark.parametrize("line", [
    "Downloads: Joint Communiqué (PDF, 312 KB)",
    "Attachments: Chairman's Statement (PDF, 146 KB)",
    "Follow Public Safety Canada (@Safety_Canada) on Twitter.",
    "Published in the print edition of June 11, 2019, on page 1.",
    "The following is an unofficial transcript.",
    "—The writer is Ambassador of the Republic of Kazakhstan to the Islamic Republic of Pakistan, Bakhytzhan Ordabayev.",
    "(The article was published in Russian; the English version is an unofficial translation.)",
])
def test_more_page_furniture_lines(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_quoted_headline_is_a_heading_and_a_pull_quote_no_passage() -> None:
    assert classify_line('"Terrorists are adapting, and so must we"') == "heading"
    text = ('"Eighteen years ago, they barely trusted each other. Today they exchange lists of suspects," Li said.\n\n'
            '"Today they exchange lists of suspects."\n\nThe CASS scholar noted that enlargement brought difficulties.\n')
    kinds = [(text[ln.start:ln.end][:8], ln.kind) for ln in page_lines(text)]
    assert kinds[1] == ('"Today t', "furniture")


def test_a_delegation_speaks_as_the_delegation_and_seri_after_dato_is_a_title() -> None:
    text = ("BEIJING, June 28 -- The CICA workshop on countering the financing of terrorism was held in Beijing.\n\n"
            "The delegation of Kazakhstan proposed to establish a network of contact points of financial intelligence "
            "units.\n\n"
            "Malaysia's Minister of Defence, Dato' Seri Hairul Anuar Zainal, called for closer coordination at sea.\n")
    said = _said(text, "2017-06-28")
    assert said["The delegati"] == "delegation of Kazakhstan"
    assert said["Malaysia's M"] == "Hairul Anuar Zainal"


def test_courtesies_in_a_transcript_are_no_statements() -> None:
    text = ("Transcript: Interview with Marisa Penrose, ABC RN Breakfast\n\n"
            "CATRIONA BLAIKIE: Foreign Minister, welcome back to Breakfast.\n\n"
            "MARISA PENROSE: Good morning, Catriona.\n\n"
            "CATRIONA BLAIKIE: Will Australia send troops to Marawi?\n\n"
            "MARISA PENROSE: No. We will provide training and surveillance support to the Philippines.\n\n"
            "CATRIONA BLAIKIE: Foreign Minister, thank you.\n\n"
            "MARISA PENROSE: Thank you, Mr. Chairman.\n")
    quotes = [f.quote for f in _facts(text, "2017-09-08")]
    assert "Will Australia send troops to Marawi?" in quotes
    assert not any(q.startswith(("Foreign Minister", "Good morning", "Thank you")) for q in quotes)


def test_an_office_split_by_its_holders_name() -> None:
    text = ("NEWARK, N.J. -- A woman repatriated from Syria was charged with providing material support to ISIS.\n\n"
            '"Repatriation is not a reward," said U.S. Attorney Anthony J. Falcone for the District of New Jersey.\n')
    facts = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2020-11-17")}
    assert facts["Repatriation"] == ("Anthony J. Falcone", "U.S. Attorney for the District of New Jersey")


def test_a_ministers_first_person_media_release_is_the_ministers() -> None:
    text = ("Minister for Foreign Affairs\nThe Hon Marisa Penrose MP\n\n"
            "Home | Media releases | Speeches | Transcripts\n\n"
            "Australian support to the Philippines to counter terrorism\n\nMedia release\n\n8 September 2017\n\n"
            "Today in Manila I announced that Australia will provide an additional $8 million over two years.\n\n"
            "What happens in Marawi matters to Australia. Our support will include training in urban warfare.\n\n"
            "I also announced $2 million in humanitarian assistance for the people displaced by the fighting.\n")
    facts = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2017-09-08")}
    assert facts["Today in Man"] == ("Marisa Penrose", "Minister for Foreign Affairs")
    assert facts["I also annou"][0] == "Marisa Penrose"
    assert {f.place for f in _facts(text, "2017-09-08")} == {"Manila"}


def test_an_outlets_label_asks_and_a_long_bracketed_office_is_a_label() -> None:
    text = ("Interview: SCO anti-terror body a shield for the region, says RATS director\n\n"
            "In an exclusive interview with People's Daily in Tashkent, Nurlan Temirgaliyev, Director of the Executive "
            "Committee of RATS, said that the organization had become a shield for the region.\n\n"
            "People's Daily: What are the main achievements of RATS in the past three years?\n\n"
            "Temirgaliyev: The competent authorities prevented more than 600 crimes of a terrorist nature.\n\n"
            "People's Daily: What do you expect from the Qingdao summit?\n\n"
            "Temirgaliyev: The heads of state will consider the program of cooperation for 2019-2021.\n")
    said = _said(text, "2018-06-05")
    assert said["What are the"] == said["What do you "] == "People's Daily"
    assert said["The competen"] == "Nurlan Temirgaliyev"
    line = "Joint Secretary (Counter Terrorism), Shri Mahendra Pratap Bhandari: Thank you. The meeting was held today."
    assert page_lines(line)[0].label == "Joint Secretary (Counter Terrorism), Shri Mahendra Pratap Bhandari"


def test_a_headline_with_a_colon_is_no_label_and_im_is_no_given_name() -> None:
    text = ("Event Transcript\n\nProsecuting Returning Foreign Fighters: Lessons from Europe\n\n"
            "This event was held on the record. The transcript has been lightly edited for clarity.\n\n"
            "MS. WHITFORD-HALE: Good morning, and welcome to CSIS. I'm Caroline Whitford-Hale, director of the program. "
            "Last Tuesday, Manila declared Marawi liberated.\n\n"
            "Wouter Declercq: Thank you. In Belgium we have convicted more than 300 people.\n\n"
            "MS. WHITFORD-HALE: Ines, is the German experience similar?\n")
    said = _said(text, "2018-03-08")
    assert "This event w" not in said
    assert said["Last Tuesday"] == "Caroline Whitford-Hale"


def test_an_agency_masthead_asks_by_its_acronym() -> None:
    assert _masthead("MONTSAME Mongolian National News Agency") == "MONTSAME"
    assert _masthead("China Radio International (CRI English)") == "China Radio International"
    assert _masthead("The Daily Star") == "The Daily Star"
    assert _masthead("China Daily Europe") == _masthead("China Daily Africa Weekly") == "China Daily"
    assert _masthead("Nikkei Asia") == "Nikkei Asia"


def test_a_briefing_is_placed_by_its_intro_or_its_sign_off() -> None:
    held = ("The State Council Information Office held a press conference in Beijing on Wednesday morning.\n\n"
            "Tan Zhenyu: The white paper has six chapters and about 27,000 Chinese characters.\n\n"
            "Reuters: Can you confirm the reports about a base in Tajikistan?\n\n"
            "Tan Zhenyu: There is no Chinese military base in Tajikistan.\n")
    assert {f.place for f in _facts(held, "2019-07-24")} == {"Beijing"}
    signed = ("Transcript of Special Media Briefing (December 18, 2019)\n\n"
              "Official Spokesperson, Shri Sameer Kulkarni: We are joined today by the Joint Secretary.\n\n"
              "Question (Aditi Rawat, Hindustan Times): Did the US side give any assurance on the listings?\n\n"
              "Official Spokesperson, Shri Sameer Kulkarni: The US has been supportive of our efforts.\n\n"
              "(Concludes)\n\nNew Delhi\nDecember 18, 2019\n")
    assert {f.place for f in _facts(signed, "2019-12-18")} == {"New Delhi"}


@pytest.mark.parametrize("line", [
    "(Delivered at the Simón Bolívar Room, OAS Main Building)",
    "Translated from French by RFI English.",
    "This is a developing story. Check back for updates.",
    "Commenting for this story is now closed.",
    "(Transcript by Superior Transcriptions LLC www.superiortranscriptions.com)",
])
def test_notes_on_delivery_translation_updates_and_comments_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_surname_label_is_the_person_the_intro_names_not_an_outlet() -> None:
    text = ("BKA chief: Terrorists don't stop at borders\n\n"
            "Germany's Federal Criminal Police Office wants a European database. DW spoke to its president, Holger "
            "Brandtner, in Wiesbaden.\n\n"
            "DW: Mr. Brandtner, is Germany safer two years after the Berlin attack?\n\n"
            "Brandtner: Germany is better prepared, and that is not the same thing.\n\n"
            "DW: Could it happen again?\n\n"
            "Brandtner: Not in the same way. Fingerprints of every asylum seeker are now stored centrally.\n\n"
            "Follow Trend on Twitter\n")
    said = _said(text, "2018-11-14")
    assert said["Germany is b"] == said["Fingerprints"] == "Holger Brandtner"


def test_an_agency_tag_before_a_hyphenated_dateline() -> None:
    text = ("(ANSA) - Tunis, February 8 - Italian Interior Minister Marco Zanardelli said Wednesday that Italy would "
            "speed up the repatriation of Tunisians.\n\nHe added that Italy would provide patrol boats.\n")
    said = _said(text, "2017-02-08")
    assert said["Italian Inter"[:12]] == said["He added tha"] == "Marco Zanardelli"


def test_a_statement_delivered_by_an_ambassador_and_an_outlets_single_question() -> None:
    text = ("Statement of the Kingdom of Saudi Arabia\n"
            "Delivered by H.E. Ambassador Khalid bin Abdulrahman Al-Mubarak, Deputy Permanent Representative\n\n"
            "New York, 1 July 2016\n\nMr. President,\n\n"
            "At the outset, I would like to thank you for convening this important meeting.\n\n"
            "My country stresses its keenness to strengthen international cooperation in combating terrorism.\n\n"
            "We believe that the Global Strategy remains the most comprehensive framework for our efforts.\n")
    assert _said(text, "2016-07-01")["My country s"] == "Khalid bin Abdulrahman Al-Mubarak"
    transcript = ("Following is the text of the press conference:\n\n"
                  "Al-Suwailem: The coalition is an Islamic coalition against terrorism.\n\n"
                  "Abdel-Ghaffar: Thank you, Your Excellency. Egypt welcomes the formation of the coalition.\n\n"
                  "Al Arabiya: Will the coalition send ground forces to Syria and Iraq?\n\n"
                  "Al-Suwailem: Everything is possible. The coalition will coordinate with its partners.\n\n"
                  "Reuters: Why is Iran not a member of the coalition?\n\n"
                  "Al-Suwailem: The coalition is open to any Islamic country that is committed to fighting terrorism.\n\n"
                  "Abdel-Ghaffar: Egypt's contribution will be decided in consultation with the coalition.\n")
    assert _said(transcript, "2015-12-16")["Why is Iran "] == "Reuters"


def test_a_programmes_outlet_asks_and_captions_credited_by_slash_are_furniture() -> None:
    assert _outlet_owner("TOLOnews' Farakhabar") == "TOLOnews" and _outlet_owner("People's Daily") == "People's Daily"
    assert classify_line("Special police officers take part in the joint drill, May 20, 2019 (People's Daily Online/Ma "
                         "Xiaowen)") == "furniture"
    assert classify_line("The views don't necessarily reflect those of China Daily.") == "furniture"


def test_the_portfolio_ministers_with_no_group_named_are_no_generic_speaker() -> None:
    text = ("ASTANA, July 16 -- The foreign ministers met in Astana to discuss regional security.\n\n"
            "The foreign ministers said in a joint statement that they would step up intelligence sharing.\n")
    assert "Foreign ministers" not in set(_said(text, "2019-07-16").values())


def test_a_topic_after_with_in_an_interview_heading_is_no_outlet() -> None:
    assert _interview_given("Interview: Deputy Interior Minister On Border Security, Cooperation With Neighbors") is None


@pytest.mark.parametrize(("heading", "answers", "asks"), [
    ("Interview of the First Deputy Chairman of the CIS Executive Committee G.R. Akhmetzhanova to the Interstate "
     "TV and Radio Company \"Mir\"", "G.R. Akhmetzhanova", "Mir"),  # a company named in quotes
    ("Assistant Secretary Dana L. Whitfield's Interview With Aigul Temirova of Radio Dostuk", "Dana L. Whitfield",
     "Radio Dostuk"),  # a title-cased heading naming the journalist and her outlet
    ("Interview: CTED Executive Director Renata Valdes with The Jakarta Post", "Renata Valdes", "The Jakarta Post"),
])
def test_an_interview_heading_names_who_answers_and_the_outlet_that_asks(heading: str, answers: str, asks: str) -> None:
    text = (f"{heading}\n\n03.03.2016   10:15\n\n"
            "Q: Gulnara Rustemovna, what is new in the Program?\n\n"
            "A: The main thing is that the Program takes into account the changes of recent years.\n\n"
            "Q: How will the Commonwealth interact with other organizations?\n\n"
            "A: We are already working closely with the CSTO and the SCO Regional Anti-Terrorist Structure.\n")
    said = _said(text, "2016-03-03")
    assert said["The main thi"] == answers and said["How will the"] == asks


def test_an_office_named_by_title_is_its_holder_not_a_person_called_so() -> None:
    text = ("NUR-SULTAN, June 4 -- Head of State Bakhyt Karimbekov received the United Nations Under-Secretary-General, "
            "head of the UN Office of Counter-Terrorism Henrik Aurelius Vangstad.\n\n"
            "The Under-Secretary-General also expressed the hope that the conference would adopt a declaration.\n")
    speakers = set(_said(text, "2019-06-04").values())
    assert "UN Under-Secretary-General" not in speakers and "United Nations Under-Secretary-General" not in speakers


def test_a_titled_person_of_a_body_in_lower_case_is_the_person() -> None:
    text = ("SEOUL, Jan 7 -- Rep. Park Dong-hoon of the ruling Democratic Party told a radio interview Tuesday that the "
            "talks should resume.\n\n"
            "Director-General Li Ming of the ministry also spoke. The Director-General said the talks were fruitful.\n")
    said = _said(text, "2019-01-07")
    assert said["Rep. Park Do"] == "Park Dong-hoon" and said["The Director"] == "Li Ming"


def test_a_name_ending_in_a_lower_case_el_particle_is_whole() -> None:
    text = ("BEIJING, Sept. 6 (Xinhua) -- Chinese State Councilor Mao Qingyuan met with Egyptian Interior Minister Tarek "
            "Mahmoud el-Sherbiny in Beijing on Tuesday.\n\n"
            "El-Sherbiny thanked China for its support and said Egypt is willing to learn from China's experience.\n")
    assert _said(text, "2016-09-06")["El-Sherbiny "] == "Tarek Mahmoud el-Sherbiny"


def test_a_byline_with_its_section_and_day_names_the_author() -> None:
    text = ("Home » Opinion\n\nWhy Kazakhstan brings its citizens home from Syria\n\n"
            "By Daniyar Serikovich Zhakupbekov in Opinion on 15 May 2019\n\n"
            "In January, a plane landed in Aktau with 47 of our citizens on board. We brought them home.\n\n"
            "As Under-Secretary-General Viktor Shamshurin told the Astana conference, \"Kazakhstan has shown the way.\"\n\n"
            "Terrorism does not recognize borders. I hope others will follow.\n\n"
            "The author is Deputy Minister of Foreign Affairs of the Republic of Kazakhstan.\n")
    assert _said(text, "2019-05-15")["Terrorism do"] == "Daniyar Serikovich Zhakupbekov"


def test_an_interviews_day_is_the_day_its_intro_says_the_outlet_was_received() -> None:
    text = ("ARGENTINA | INTERVIEW\n\nLaura Cavallaro: 'The Triple Frontier is not a black hole any more'\n\n"
            "by Federico Marchetti   07-10-2018 08:05\n\n"
            "In less than two months, Buenos Aires will host the G20 summit. Security Minister Laura Cavallaro received "
            "the Buenos Aires Times at her office in the ministry's headquarters on Thursday.\n\n"
            "Q: Minister, is there a concrete terrorist threat against the G20 summit?\n\n"
            "A: There is no specific threat that we know of today.\n\n"
            "Q: What has happened since then?\n\nA: That decision was historic.\n")
    facts = _facts(text, "2018-10-07", publisher="Buenos Aires Times")
    assert {(f.speaker, f.date) for f in facts} == {("Buenos Aires Times", "2018-10-04"), ("Laura Cavallaro", "2018-10-04")}


def test_a_communiques_present_tense_paragraphs_are_its_groups_and_the_body_named_short_is_the_body() -> None:
    text = ("DAKAR, 19 September 2019\n\nThe Sahel Policy Research Network, which brings together 14 research centres, held "
            "its annual meeting in Dakar on 18 and 19 September 2019.\n\nFINAL COMMUNIQUE\n\n"
            "1. The members of the Sahel Policy Research Network, meeting in Dakar on 18 and 19 September 2019, express "
            "their deep concern at the continuing spread of armed violence.\n\n"
            "2. The Network notes that military responses alone have shown their limits.\n\n"
            "3. The members call on the governments of the G5 Sahel to give priority to basic services.\n\n"
            "4. The new rules support the fight against trafficking.\n")
    assert [(f.quote[:20], f.speaker) for f in _facts(text, "2019-09-19")] == [
        ("The members of the S", "Members of the Sahel Policy Research Network"),
        ("The Network notes th", "Sahel Policy Research Network"),
        ("The members call on ", "Members of the Sahel Policy Research Network")]  # and "the new rules" say nothing


def test_a_body_named_short_is_the_body_the_page_names_in_full_with_of() -> None:
    text = ("TASHKENT - \"Hundreds of fighters are trying to come home,\" said Akmal Rakhimov, director of the Executive "
            "Committee of the SCO Regional Anti-Terrorist Structure, on Thursday.\n\n"
            "The RATS Council will next meet in September in Beijing, according to the Executive Committee.\n")
    assert _said(text, "2017-04-07")["The RATS Cou"] == "Executive Committee of the SCO Regional Anti-Terrorist Structure"


def test_a_byline_with_the_writers_role_after_a_slash() -> None:
    text = ("Commentary | Maxine Laidley-Barrow: Getting off the grey list is a security issue\n\n"
            "Published: Tuesday | September 8, 2020 | 12:07 AM\nMaxine Laidley-Barrow/Guest Columnist\n\n"
            "In February, Jamaica was placed on the grey list. Seven months later, the listing has almost disappeared "
            "from public debate. That is a mistake.\n\n"
            "The Bank of Jamaica said in its July update that the listing had not yet led to a loss of banking ties. "
            "That is welcome news, but it should not make us complacent.\n\n"
            "Maxine Laidley-Barrow is a security consultant.\n")
    said = _said(text, "2020-09-08")
    assert said["That is a mi"] == said["That is welc"] == "Maxine Laidley-Barrow"


def test_a_commentarys_titled_byline_under_its_deck_with_the_writers_bio_on_top() -> None:
    text = ("Home > Explore Our Research > Publications > Commentary\n\nCOMMENTARY\n"
            "Europe's Terrorist Prisoners Are Coming Home. Are Probation Services Ready?\n"
            "Hundreds of people convicted of terrorism offences will be released across Europe in the next two years. "
            "The security debate has barely begun.\n\nDr Eleanor Whitfeld\n23 January 2019\n\n"
            "Eleanor Whitfeld is a Senior Research Fellow in the Terrorism and Conflict group at RUSI.\n\n"
            "Between now and the end of 2020, several hundred people convicted of terrorism offences are due to be "
            "released from prisons in France, Belgium, Germany and the UK.\n\n"
            "This is not a reason for panic. Re-offending rates are far lower than for ordinary crime.\n")
    said = _said(text, "2019-01-23")
    assert said["Between now "] == said["This is not "] == "Eleanor Whitfeld"


def test_a_list_of_ministers_gives_the_first_no_office_of_the_others() -> None:
    text = ("KABUL, Dec 15 (Xinhua) -- The dialogue was attended by Chinese State Councilor and Foreign Minister Qian "
            "Mingde, Afghan Foreign Minister Abdul Wahid Rahimi and Pakistani Foreign Minister Farrukh Ali Bokhari.\n\n"
            "The Chinese foreign minister said China is ready to help Afghanistan and Pakistan improve relations.\n\n"
            "Qian Mingde said the three countries should deepen their cooperation.\n\n"
            "\"The people of Afghanistan have suffered from terrorism for four decades,\" the Afghan foreign minister "
            "said.\n")
    assert _said(text, "2017-12-15")["The people o"] == "Abdul Wahid Rahimi"


def test_a_statement_quoted_in_full_speaks_in_its_issuers_third_person() -> None:
    text = ("Statement of the Council of Foreign Ministers of the CSTO member states on countering terrorism\n\n"
            "On June 30, 2016, a regular meeting of the Council of Foreign Ministers was held in Yerevan.\n\n"
            "STATEMENT\nof the Council of Foreign Ministers of the CSTO member states on countering international terrorism\n\n"
            "The ministers consider that terrorism cannot and should not be associated with any religion.\n\n"
            "The Council notes with concern that foreign terrorist fighters pose a direct threat to the member states.\n\n"
            "Yerevan, June 30, 2016\n")
    said = _said(text, "2016-06-30")
    assert said["The minister"] == said["The Council "] == "Council of Foreign Ministers of the CSTO member states"


def test_an_interviews_lede_is_not_dated_by_the_figures_it_reports() -> None:
    text = ("By Tao Jingwen in Lyon, France | China Daily Europe | Updated: 2017-11-20 07:21\n\n"
            "Sandvold, who joined Interpol in 2014, said the number of fighter profiles shared through Interpol had "
            "risen from about 4,000 in 2015 to more than 40,000 this autumn.\n\n"
            "Q: How serious is the threat from returning fighters?\n\n"
            "A: It is serious, but it is not the same everywhere.\n\n"
            "Q: What role can China play?\n\n"
            "A: China has become one of the most active contributors.\n")
    assert {f.date for f in _facts(text, "2017-11-20")} == {"2017-11-20"}


def test_a_headline_naming_the_host_places_the_occasion_and_one_still_to_come_does_not() -> None:
    body = ("On November 15, the Ministry of Foreign Affairs, together with the OSCE Project Co-ordinator in Uzbekistan, "
            "held a regional seminar on foreign terrorist fighters.\n\n"
            "Deputy Minister Dilshod Kholikov said that Uzbekistan pays special attention to preventive measures.\n")
    held = _facts(f"News\n\nTashkent hosts regional seminar on foreign terrorist fighters\n\n15.11.2017\n\n{body}",
                  "2017-11-15")
    coming = _facts(f"News\n\nTashkent hosts regional seminar next week\n\n15.11.2017\n\n{body}", "2017-11-15")
    assert {f.place for f in held} == {"Tashkent"}
    assert "Tashkent" not in {f.place for f in coming}


def test_a_visitor_on_a_working_visit_places_the_meeting_but_a_country_visited_yields_to_the_dateline() -> None:
    received = _facts("Today, President Kubanychbek Baigaziev received CSTO Secretary General Valery Ostashenko, who is "
                      "on a working visit to Bishkek ahead of the session.\n\n"
                      "Valery Ostashenko said that all documents for the session were ready for signing.\n", "2016-11-29")
    assert {f.place for f in received} == {"Bishkek"}
    visitor = _facts("NEW DELHI, Jan 15: India and France held talks on terrorism on Tuesday.\n\n"
                     "Olivier Le Guennec, who was on his first visit to India, said France had learned the hard way.\n",
                     "2019-01-15")
    assert {f.place for f in visitor} == {"New Delhi"}


def test_a_briefing_takes_the_city_of_the_address_that_signs_off_its_page_and_a_broadcasters_does_not() -> None:
    body = ("Q: What is China's response to the attack in Vienna?\n\n"
            "Fan Yuqing: China strongly condemns the terrorist attack in Vienna and mourns for the victims.\n\n"
            "Q: Were any Chinese citizens hurt in the attack?\n\n"
            "Fan Yuqing: According to our embassy, no Chinese citizens were killed or injured in the attack.\n\n"
            "Home | Contact\n\nAddress: No. 2, Chaoyangmen Nandajie, Chaoyang District, Beijing, 100701\n")
    briefing = _facts(f"Foreign Ministry Spokesperson Fan Yuqing's Regular Press Conference on November 3, 2020\n\n{body}",
                      "2020-11-03")
    radio = _facts(f"International Edition\n\nDonors pledge millions for the Sahel force\n\n{body}", "2020-11-03")
    assert {f.place for f in briefing if f.speaker == "Fan Yuqing"} == {"Beijing"}
    assert "Beijing" not in {f.place for f in radio}


def test_an_events_venue_line_over_its_transcript_places_it() -> None:
    text = ("Events > Past Events\n\nEvent Transcript\n\nProsecuting Returning Foreign Fighters\n\n"
            "Thursday 8 March 2018  |  13:00 - 14:30 GMT\n\nRUSI, 61 Whitehall, London SW1A 2ET\n\n"
            "Fenella Ashcombe (Chair): Good afternoon, and welcome. I am Fenella Ashcombe, and I chair this panel.\n\n"
            "Wouter Declercq: Thank you, Fenella. In Belgium we have convicted more than 300 people for terrorism.\n\n"
            "Fenella Ashcombe: Ines, is the German experience similar to the Belgian one?\n\n"
            "Ines Hartmann: It is similar, but our courts have accepted evidence from the battlefield.\n")
    facts = _facts(text, "2018-03-08")
    assert {f.place for f in facts if f.speaker == "Wouter Declercq"} == {"London"}


def test_an_occasion_hosted_by_an_institute_in_a_city_is_in_that_city() -> None:
    text = ("Vice Foreign Minister Liang Shuhan Attends the Symposium on Countering Violent Extremism\n\n2015/09/17\n\n"
            "On September 16, 2015, Vice Foreign Minister Liang Shuhan attended the opening ceremony of the Symposium on "
            "Countering Violent Extremism co-hosted by the Ministry of Foreign Affairs and the China Institute of "
            "International Studies (CIIS) in Beijing and delivered a keynote speech.\n\n"
            "Liang Shuhan said that terrorism is the common enemy of mankind.\n")
    assert {f.place for f in _facts(text, "2015-09-17")} == {"Beijing"}
    assert clause_place("regional officials told a press conference held by the State Council Information Office in "
                        "Beijing on Monday") == "Beijing"


def test_summary_bullets_image_captions_agency_tags_and_further_materials_are_furniture() -> None:
    text = ("NATION\n\nHome  |  News\n\nLamu attack: Government to vet all foreigners in border counties\n\n"
            "In Summary\n• Six suspects arrested in Lamu and Garissa.\n• Vetting to cover five counties bordering Somalia.\n\n"
            "The government will vet all foreigners living in the counties bordering Somalia, Interior Cabinet Secretary "
            "Kennedy Makori said on Monday.\n\n"
            "Image: An officer checks a passport against police databases at a border crossing point near Lamu.\n\n"
            "Since 2016, more than 60 seafarers have been kidnapped in the region, according to police records. (PNA)\n\n"
            "Other materials in this section\n\nInterview of the Interior Cabinet Secretary to the newspaper \"Nation\"\n")
    doc, facts = extract(RawDocument("d", None, text, published="2020-01-07"))  # type: ignore[arg-type]
    passages = [text[a:b] for a, b in doc.passages]
    for furniture in ("• Six suspects", "Image: An officer", "(PNA)", "Interview of the Interior"):
        assert not any(p.startswith(furniture) for p in passages), furniture
        assert not any(f.quote.startswith(furniture) for f in facts), furniture
    assert any(f.speaker == "Kennedy Makori" for f in facts)


def test_a_possessive_day_of_an_attack_does_not_date_the_lead() -> None:
    text = ("TUESDAY JANUARY 7 2020\n\nThe government will vet all foreigners in a crackdown following Sunday's attack "
            "on the Manda Bay airfield, Interior Cabinet Secretary Kennedy Makori said.\n\n"
            "Dr Makori said security agencies had established that the militants were aided by local sympathisers.\n")
    facts = _facts(text, "2020-01-07")
    assert facts and {f.date for f in facts} == {"2020-01-07"}


@pytest.mark.parametrize("greeting", ["Peace, mercy and blessings of God be upon you.",
                                      "Assalam-o-Alaikum and a very good morning.", "Selamat pagi, and good morning."])
def test_a_greeting_of_peace_is_a_courtesy_not_a_statement(greeting: str) -> None:
    text = ("Speech of the Secretary General Mohammed Ali Koumi at the 35th session of the Council, Tunis\n\n"
            f"{greeting}\n\n"
            "Terrorism remains the gravest threat to the security of our countries and to the lives of our citizens.\n")
    said = _said(text, "2018-03-07")
    assert greeting[:12] not in said and said["Terrorism re"] == "Mohammed Ali Koumi"


def test_a_malay_title_before_a_given_name_finds_the_person_named_without_titles() -> None:
    text = ("LAHAD DATU, Sept 12 -- ESSCom commander Datuk Azmi Rahmat said a marine police team spotted a speedboat.\n\n"
            "Former ESSCom commander Datuk Seri Kamal Ariffin Osman said the incident showed the group had supporters.\n\n"
            "Datuk Azmi, meanwhile, said the curfew in the waters off Tawau would be extended until Sept 27.\n\n"
            "The commander also urged village heads on the islands to report the presence of strangers.\n")
    said = _said(text, "2018-09-12")
    assert said["ESSCom comma"] == said["Datuk Azmi, "] == said["The commander"[:12]] == "Azmi Rahmat"
    assert said["Former ESSCo"] == "Kamal Ariffin Osman"


@pytest.mark.parametrize("opening", [
    "WE, the Ministers responsible for transnational crime of the Member States of the Association of Southeast Asian "
    "Nations (ASEAN), namely Brunei Darussalam and the Kingdom of Cambodia, having met in Kuala Lumpur;\n\nDO HEREBY:",
    "The Ministers responsible for transnational crime of the Member States of the Association of Southeast Asian "
    "Nations, having met in Kuala Lumpur on 2 October 2015,",
])
def test_a_declarations_numbered_paragraphs_belong_to_the_group_it_opens_with(opening: str) -> None:
    text = (f"JOINT STATEMENT OF THE SPECIAL MINISTERIAL MEETING\n\n{opening}\n\n"
            "1. Strongly condemn the atrocities committed by ISIL and other terrorist groups.\n\n"
            "2. Agree to strengthen the exchange of information among the law enforcement agencies.\n\n"
            "ADOPTED in Kuala Lumpur, Malaysia, this Second Day of October in the Year Two Thousand and Fifteen.\n")
    said = _said(text, "2015-10-02")
    group = ("Ministers responsible for transnational crime of the Member States of the Association of Southeast Asian "
             "Nations")
    assert said["Strongly con"] == said["Agree to str"] == group


def test_transliterated_initials_do_not_end_a_sentence() -> None:
    text = "Ye.M. Sadvakasov noted that the main threat remains ISIS. Sh.T. Yuldashev welcomed the participants."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ye.M. Sadvakasov noted that the main threat remains ISIS.", "Sh.T. Yuldashev welcomed the participants."]


def test_a_speech_heading_over_lines_names_a_speaker_written_family_name_first() -> None:
    text = ("Statements and Speeches\n\nOPENING REMARKS\nby Ambassador FANG Zhirong, Executive Director of the CICA "
            "Secretariat,\nat the CICA Seminar on Countering the Financing of Terrorism\nAstana, 12 October 2016\n\n"
            "Distinguished participants,\n\n"
            "It is my great pleasure to welcome you to Astana, to this seminar organized by the Secretariat.\n\n"
            "Terrorism cannot live without money. If we cut the flow of money, we weaken the terrorists.\n")
    said = _said(text, "2016-10-12")
    assert said["Terrorism ca"] == said["It is my gre"] == "Fang Zhirong"
    assert split_role_name("Ambassador LI Hui") == ("Ambassador", "Li Hui")


def test_a_time_after_a_bodys_name_is_no_part_of_it() -> None:
    text = ("The Parliamentary Assembly of the Council of Europe (PACE) today called on member states to take \"all "
            "necessary measures\" to repatriate the children held in camps in Syria.\n\n"
            "According to a statement issued by the Ministry of Public Security on Tuesday evening, the talks were "
            "productive and the two sides would meet again.\n")
    assert {f.speaker for f in _facts(text, "2019-06-26")} == {
        "Parliamentary Assembly of the Council of Europe", "Ministry of Public Security"}


@pytest.mark.parametrize(("opening", "group"), [
    ("The European Commission and the ministers responsible for home affairs of Albania and Serbia met in Tirana on "
     "5 October 2018 and adopted the following joint statement:",
     "European Commission and the ministers responsible for home affairs of Albania and Serbia"),
    ("Following the terrorist attacks in Paris, Nice and Vienna, the home affairs ministers of the EU member states held "
     "a video conference today and adopted the following joint statement:",
     "home affairs ministers of the EU member states"),
    ("The EU home affairs ministers, meeting by video conference on 13 November 2020, adopted the following joint "
     "statement:", "EU home affairs ministers"),
])
def test_who_adopted_the_following_statement_speaks_its_first_person_plural(opening: str, group: str) -> None:
    text = (f"Joint Statements\n\nJoint statement on counter-terrorism\n\n{opening}\n\n"
            "1. We reaffirm our shared determination to prevent and counter terrorism and violent extremism.\n\n"
            "2. We commit to reinforcing our cooperation with Europol in the region.\n")
    said = _said(text, "2020-11-13")
    assert said["We reaffirm "] == said["We commit to"] == group


def test_a_place_before_a_comma_and_an_office_is_no_person() -> None:
    text = ("The Force Commander of the Multinational Joint Task Force, Major General Babatunde Oyelaran Adeyemo, visited "
            "troops in Bagasola on Tuesday.\n\n"
            "At Bagasola, the Force Commander was received by the Commander of Sector 2, who briefed him on operations.\n\n"
            "In his remarks, the Force Commander assured the troops that the headquarters would address their needs.\n\n"
            "Interior Cabinet Secretary Kennedy Obare Makori spoke on Monday.\n\n"
            "The militants crossed into Lamu County, Interior Cabinet Secretary Kennedy Obare Makori has\n\n"
            "He said the vetting exercise would cover five counties bordering Somalia.\n")
    said = _said(text, "2019-11-27")
    assert said["In his remar"] == "Babatunde Oyelaran Adeyemo"
    assert said["He said the "] == "Kennedy Obare Makori"


def test_an_agency_dateline_with_a_slashed_year_places_and_dates_the_story() -> None:
    text = ("Addis Ababa December 3/2018 (ENA) Ethiopia and Sudan have agreed to establish a joint border force.\n\n"
            "State Minister of Foreign Affairs Hirut Alemu Bekele said the border should be a bridge of peace.\n")
    assert dateline(text, None) == ("Addis Ababa", "2018-12-03")
    facts = _facts(text, "2018-12-04")
    assert {(f.date, f.place) for f in facts if f.speaker == "Hirut Alemu Bekele"} == {("2018-12-03", "Addis Ababa")}


def test_an_agency_dateline_with_a_comma_is_no_speaker_of_the_lead() -> None:
    text = ("China Reaffirms Support\n\nAddis Ababa, July 24/2019 (ENA) China will continue to support the African "
            "Union's efforts to fight terrorism and maintain peace on the continent, the Head of the Chinese Mission to "
            "the AU said.\n")
    facts = _facts(text, "2019-07-24")
    assert [(f.quote[:11], f.date, f.place) for f in facts] == [("China will ", "2019-07-24", "Addis Ababa")]
    assert "Addis" not in facts[0].speaker


def test_an_eeas_transcript_labels_the_high_representative_and_outlets_after_q_dot() -> None:
    assert parse_label("HR/VP Corvalán-Dupré: I understand this concern very well.") == ("HR/VP Corvalán-Dupré", None, 22)
    assert parse_label("Q. (Agence France-Presse): A question for both of you.")[:2] == ("Q", "Agence France-Presse")
    text = ("Remarks by High Representative/Vice-President Annelies Corvalán-Dupré at the joint press conference with "
            "Minister Tareq Al-Shboul\n\n"
            "HR/VP Corvalán-Dupré: Thank you, Minister. The European Union stands with Jordan.\n\n"
            "Minister Al-Shboul: Thank you. Jordan appreciates the position of the European Union.\n\n"
            "Q. (Agence France-Presse): A question for both of you. Are you worried about returning fighters?\n\n"
            "Minister Al-Shboul: Our borders are controlled, and our services are vigilant.\n\n"
            "HR/VP Corvalán-Dupré: I understand this concern very well. It is a national competence.\n")
    expected = {"Are you worr": "Agence France-Presse", "I understand": "Annelies Corvalán-Dupré",
                "The European": "Annelies Corvalán-Dupré", "Our borders ": "Tareq Al-Shboul"}
    said = _said(text, "2019-02-26")
    assert {start: said.get(start) for start in expected} == expected


def test_a_possessive_office_after_the_article_names_the_next_speaker() -> None:
    text = ("Title\n\nAsked about the accusations, Tadeusz Mroczkowski said the EU expected \"a thorough investigation\".\n\n"
            "In Brussels, the EU's top diplomat Annelies Corvalán-Dupré said on Monday that the attack \"must not change "
            "the way we look at Tajikistan\".\n\n"
            "\"These were people who loved to travel. The best answer is to keep our doors open,\" she told reporters.\n")
    said = _said(text, "2018-07-31")
    assert said["In Brussels,"] == said["These were p"] == "Annelies Corvalán-Dupré"
    assert classify_subject("the bloc's foreign policy chief Annelies Corvalán-Dupré") == \
        Mention("Annelies Corvalán-Dupré", role="bloc's foreign policy chief", kind="name")


def test_an_op_eds_writer_is_the_byline_its_foot_repeats_not_a_menu_item() -> None:
    text = ("ARAB NEWS\n\nSaudi Arabia   Middle East   World   Business   Opinion\n\nOpinion\n\n"
            "Riyadh and Beijing share a stake in defeating extremism\n\nFAWAZ IBRAHIM AL-MAZYAD\n\nShort Url\n\n"
            "Updated 21 February 2019\n\n"
            "As the Crown Prince begins his visit to China today, much of the commentary has focused on oil and "
            "investment. These are important, but they are not the whole story.\n\n"
            "I would propose three steps. First, a joint committee on counter-terrorism at the level of deputy ministers.\n\n"
            "Fawaz Ibrahim Al-Mazyad is a Saudi political analyst and a former diplomat.\n")
    writers = {f.speaker for f in _facts(text, "2019-02-21") if f.quote.startswith(("These are", "I would"))}
    assert writers == {"Fawaz Ibrahim Al-Mazyad"}


def test_a_speech_headed_by_an_office_is_given_by_the_holder_its_introduction_names() -> None:
    assert held_place("the Ministerial Meeting of the Global Coalition, held at the US Department of State in "
                      "Washington yesterday") == "Washington"
    text = ("Bahrain News Agency\n\nForeign Minister's speech at the Ministerial Meeting of the Global Coalition\n\n"
            "Manama, Feb. 7 (BNA): The following is the text of the speech delivered by Foreign Minister Shaikh Khalid "
            "bin Mohammed bin Abdullah Al Khalifa at the Ministerial Meeting of the Global Coalition yesterday:\n\n"
            "Mr. Secretary,\nExcellencies,\n\n"
            "At the outset, I would like to thank the United States for hosting this important meeting.\n\n"
            "Four years ago, ISIS controlled territory the size of a country. We must not let it return.\n\n"
            "Thank you.\n")
    said = _said(text, "2019-02-07")
    assert said["At the outse"] == said["Four years a"] == "Khalid bin Mohammed bin Abdullah Al Khalifa"
    assert not any(start.startswith(("Manama", "The followin")) for start in said)


def test_a_gulf_title_before_a_long_name_in_apposition_names_the_officer() -> None:
    text = ("Title\n\nManama, May 15 (BNA) -- Bahrain's Ambassador to the United Kingdom, Sheikh Hisham bin Ali Al "
            "Khalifa, has published an article in The Daily Telegraph on Tuesday.\n\n"
            "He said in the article that the Kingdom of Bahrain had foiled more than 20 terrorist plots.\n")
    assert _said(text, "2019-05-15") == {"He said in t": "Hisham bin Ali Al Khalifa"}


def test_a_state_department_call_names_its_briefer_from_the_header_and_askers_from_the_moderator() -> None:
    text = ("Special Briefing\nLorraine B. Stallworth\nAssistant Secretary, Bureau of South and Central Asian Affairs\n"
            "Washington, DC\nOctober 29, 2015\n\n"
            "MODERATOR: Good afternoon. We are pleased to have with us Assistant Secretary for South and Central Asian "
            "Affairs Lorraine Stallworth. Assistant Secretary, over to you.\n\n"
            "ASSISTANT SECRETARY STALLWORTH: Thank you. The Secretary departs tomorrow on a trip to Central Asia.\n\n"
            "MODERATOR: Our first question goes to Trevor Pallister of Reuters. Trevor, your line is open.\n\n"
            "QUESTION: Thanks for doing this. Is the C5+1 an answer to Russia and China?\n\n"
            "ASSISTANT SECRETARY STALLWORTH: No, and I'd push back a little on the idea that this is a zero-sum game.\n\n"
            "MODERATOR: Next we'll go to Madina Yusufbekova of Voice of America's Uzbek Service.\n\n"
            "QUESTION: Thank you. Will the Secretary raise the cases of people imprisoned in Uzbekistan?\n\n"
            "ASSISTANT SECRETARY STALLWORTH: He will raise human rights, as he does everywhere.\n\n"
            "MODERATOR: We have time for one last question. Yerbolat Akhmetzhan of Kazinform.\n\n"
            "QUESTION: Thank you. Will the Secretary support this initiative in Astana?\n")
    roles = {f.quote[:26]: (f.speaker, f.role) for f in _facts(text, "2015-10-29")}
    assert roles["No, and I'd push back a li"][0] == roles["The Secretary departs tomo"][0] == "Lorraine B. Stallworth"
    assert roles["Is the C5+1 an answer to R"] == ("Trevor Pallister", "Reuters")
    assert roles["Will the Secretary raise t"] == ("Madina Yusufbekova", "Voice of America's Uzbek Service")
    assert roles["Will the Secretary support"] == ("Yerbolat Akhmetzhan", "Kazinform")


def test_a_page_typed_speech_is_given_by_the_person_on_its_from_line_after_the_salutation() -> None:
    text = ("GOV.UK\n\nHome   >   International   >   UK Delegation to the OSCE\n\nSpeech\n\n"
            "Tajikistan's security challenges require a comprehensive response: UK statement to the OSCE\n\n"
            "UK Ambassador to the OSCE Fiona Cardew responds to the report of the Head of the OSCE Programme Office.\n\n"
            "From: Foreign & Commonwealth Office, UK Delegation to the OSCE and Fiona Cardew\nPublished 30 June 2017\n\n"
            "Thank you, Mr Chair.\n\n"
            "The United Kingdom warmly welcomes Ambassador Tornqvist back to the Permanent Council.\n\n"
            "We share the concern set out in the report about the number of Tajik citizens who have travelled to Syria.\n\n"
            "We hope other participating States will also consider supporting the project.\n")
    spoken = {f.quote[:12]: (f.speaker, f.role) for f in _facts(text, "2017-06-30")}
    assert spoken["We share the"] == spoken["The United K"] == ("Fiona Cardew", "UK Ambassador to the OSCE")
    assert not any(start.startswith(("UK Ambassado", "Thank you")) for start in spoken)
    explained = text.replace("UK Ambassador to the OSCE Fiona Cardew responds to", "Explanation of vote by Ambassador "
                             "Fiona Cardew, UK Permanent Representative to the OSCE, on")
    assert {f.role for f in _facts(explained, "2017-06-30")} == {"Ambassador, UK Permanent Representative to the OSCE"}
    at_the_council = text.replace("UK statement to the OSCE", "UK statement at the Security Council")
    assert {f.place for f in _facts(at_the_council, "2017-06-30")} == {"New York"}


def test_a_bare_office_label_is_the_one_who_answered_under_the_full_label() -> None:
    turns = ["Transcript of Doorstop Interview by Mr Suresh Kumar Pillai, Minister for Home Affairs",
             "Minister for Home Affairs Mr Suresh Kumar Pillai: Let me say a few words first. Today we had the AMMTC.",
             "CNA: Minister, what did Singapore get out of the consultation with China?",
             "Minister: China is an important partner, and Minister Han told us that China is prepared to help.",
             "The Straits Times: Is there a risk that cooperation raises human rights concerns?",
             "Minister: Our cooperation is based on our laws."]
    text = "\n\n".join(turns) + "\n"
    answered = {f.quote[:12]: f.speaker for f in _facts(text, "2018-11-01")}
    assert answered["Our cooperat"] == answered["China is an "] == "Suresh Kumar Pillai"


def test_an_office_by_its_initials_is_the_holder_named_after_that_office() -> None:
    lead = ("PESHAWAR: The construction of a gate will continue, Inspector General of Frontier Corps Khyber Pakhtunkhwa "
            "Major General Shaheen Arshad Malik said on Monday.\n\n")
    quoted = "\"The gate is being built inside our territory,\" the IG FC told reporters at the headquarters.\n"
    assert _said(lead + quoted, "2016-06-14")["The gate is "] == "Shaheen Arshad Malik"
    listed = ("PESHAWAR: The meeting was attended by Afghan Consul General Abdul Basir Sarwari, the Inspector General of "
              "Frontier Corps, the Commissioner and traders.\n\n")
    assert _said(listed + quoted, "2016-06-14")["The gate is "] != "Abdul Basir Sarwari"


def test_the_press_service_again_is_the_one_the_lead_named() -> None:
    text = ("ASTANA. Oct 5 (Interfax-Kazakhstan) - Kazakhstan and Russia have agreed to set up joint operational groups "
            "at the main crossing points, the KNB press service said on Wednesday.\n\n"
            "A plan of joint measures for 2017-2018 was signed in Astana following talks, the press service said.\n")
    facts = _facts(text, "2016-10-05")
    assert [(f.quote[:12], f.speaker, f.place) for f in facts] == [
        ("Kazakhstan a", "KNB press service", "Astana"), ("A plan of jo", "KNB press service", "Astana")]


def test_the_paper_an_interview_was_given_to_is_no_person_before_the_interviewee() -> None:
    text = ("Daily Mirror\n\n\"BIMSTEC must not become another talk shop\" - State Minister of Defence\n\n"
            "Sri Lanka will push for intelligence sharing, State Minister of Defence Lakshman Senaka Wijeratne said. In an "
            "interview with the Daily Mirror, the State Minister spoke about the summit. Excerpts:\n\n"
            "Q: What did Sri Lanka achieve at the Kathmandu summit?\n\n"
            "A: The most important outcome for us is that the security pillar gets a proper structure.\n\n"
            "Q: Is BIMSTEC an Indian project?\n\nA: I don't accept that. BIMSTEC was created in 1997.\n")
    said = _said(text, "2018-09-10")
    assert said["The most imp"] == said["I don't acce"] == "Lakshman Senaka Wijeratne"
    deputy = ("Title\n\nDeputy of the Jogorku Kenesh, member of the Committee on Defense and Security Dastan Bekturov "
              "told 24.kg that the attack had revealed shortcomings.\n\n"
              "\"We spend millions on conferences about terrorism,\" the deputy said.\n")
    assert "Jogorku Kenesh" not in _said(deputy, "2016-09-06").values()  # a parliament, no person


def test_a_briefings_city_and_venue_line_places_its_answers() -> None:
    text = ("Briefing of the Official Representative of the Ministry of Foreign Affairs Aidos Nurlanuly Zhaksylykov\n\n"
            "14 January 2019    11:00\n\nAstana, Ministry of Foreign Affairs, press center\n\n"
            "Good morning, dear representatives of the media! Let me begin with the results of the operation.\n\n"
            "Question from Kazinform: Will there be a second stage?\n\n"
            "Aidos Zhaksylykov: The work is continuing, and I cannot disclose the details.\n\n"
            "Question from Xinhua: What results does the Kazakh side expect from the consultations?\n\n"
            "Aidos Zhaksylykov: China is our strategic partner and good neighbour.\n")
    assert {f.place for f in _facts(text, "2019-01-14") if f.speaker == "Aidos Nurlanuly Zhaksylykov"} == {"Astana"}


def test_an_interview_with_the_publishers_own_paper_asks_in_its_full_name() -> None:
    text = ("People's Daily Online\n\nBy Wu Chenxi (People's Daily)    09:12, July 15, 2019\n\n"
            "China will continue to play a constructive role, Chinese Ambassador to Afghanistan Zhuo Wenping said in a "
            "recent interview with People's Daily in Kabul.\n\nThe following are excerpts from the interview.\n\n"
            "Q: What has China done to support the peace process?\n\nA: China has hosted talks and will continue.\n\n"
            "Q: How does China view the security situation?\n\nA: Terrorist groups remain active.\n")
    asked = {f.speaker for f in _facts(text, "2019-07-15", publisher="People's Daily Online") if f.quote.endswith("?")}
    assert asked == {"People's Daily"}


def test_a_venue_then_its_city_places_the_words_and_a_day_the_speakers_met_dates_them() -> None:
    assert clause_place("Speaking at Harambee House, Nairobi, on Monday, Dr Makori said") == "Nairobi"
    assert clause_place("speaking at the Roosevelt House, the US ambassador's residence") is None
    text = ("SATURDAY MARCH 11 2017\n\nMember states of IGAD have agreed to set up a regional intelligence fusion centre.\n\n"
            "The ministers of foreign affairs, who met in Djibouti on Thursday, said in a communique that the centre "
            "would bring together the services of the eight member states.\n\n"
            "IGAD Executive Secretary Abdirahman Ilmi Warsame told the meeting that the region could not wait.\n")
    facts = _facts(text, "2017-03-11")
    assert {f.date for f in facts if f.speaker == "Abdirahman Ilmi Warsame"} == {"2017-03-09"}


def test_a_byline_in_capitals_names_an_opinion_pieces_author_who_writes_on_the_day_of_publication() -> None:
    text = ("THE HILL\n\nOpinion > National Security\n\nAfter al-Baghdadi, the hard part of counterterrorism begins\n\n"
            "BY REBECCA TOLLIVER HARWOOD, OPINION CONTRIBUTOR — 11/04/19 06:00 PM EST\n\n"
            "The raid was a remarkable feat of intelligence. The Pentagon said last week that partners had helped.\n\n"
            "That is the lesson we risk forgetting. The Islamic State was not defeated by airpower alone.\n\n"
            "I spent three years in the State Department's counterterrorism bureau watching partnerships being built.\n")
    facts = _facts(text, "2019-11-04")
    mine = [f for f in facts if f.speaker == "Rebecca Tolliver Harwood"]
    assert {f.quote[:12] for f in mine} >= {"That is the ", "I spent thre"}
    assert {f.date for f in mine} == {"2019-11-04"}


@pytest.mark.parametrize("line", [
    "FILE - Ambassador Rowan T. Galbraith speaks during a news conference at the State Department in Washington.",
    "[The prepared statement of Mr. Quarrington follows:]",
    "[Whereupon, at 3:42 p.m., the subcommittee was adjourned.]",
    "United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)",
    "Here are edited excerpts of the interview.",
    "When using materials, a link to the site is required.",
    "Business Standard is now on Telegram.",
    "(Follow Amelia Drexler on Twitter: @DrexlerDoDNews)",
])
def test_wire_captions_editors_notes_and_reuse_notes_are_furniture(line: str) -> None:
    assert classify_line(line) in ("furniture", "heading")


def test_greetings_are_no_passages_and_a_counterparts_office_is_no_name() -> None:
    text = ("Speech by the Head of the CIS Anti-Terrorism Center Andrei Novikov at the conference in Bishkek\n\n"
            "Dear participants of the conference!\n\n"
            "Terrorism remains the main threat to the security of the Commonwealth and its citizens.\n\n"
            "Home Secretary Amarendra Nath Dubey met his Bangladeshi counterpart, Senior Secretary of the Public Security "
            "Division Md. Nurul Absar Talukder.\n\n"
            "The Bangladeshi senior secretary told reporters that Dhaka had been assured by New Delhi of support.\n")
    doc, facts = extract(RawDocument("d", None, text, published="2018-10-17"))  # type: ignore[arg-type]
    assert not any(text[a:b].startswith("Dear participants") for a, b in doc.passages)
    assert "Senior Secretary" not in {f.speaker for f in facts}


def test_a_month_first_date_that_is_the_publication_day_reads_month_first() -> None:
    assert find_dates("(China Daily 08/04/2016 page4)", dt.date(2016, 8, 4)) == [(13, 23, "2016-08-04")]
    assert find_dates("Tashkent, 05/10/2018", dt.date(2018, 10, 5)) == [(10, 20, "2018-10-05")]


def test_a_photo_caption_over_a_speech_places_and_dates_it() -> None:
    text = ("Home / China / Politics\n\nFull text of Vice-Minister Meng Tingjun's speech at law enforcement meeting\n\n"
            "chinadaily.com.cn | Updated: 2018-05-15 16:02\n\n"
            "Meng Tingjun, vice-minister of public security, speaks at the meeting in Kunming, Yunnan province, on May 14, "
            "2018. [Photo/chinadaily.com.cn]\n\n"
            "Distinguished guests,\n\n"
            "I am glad to join you for this meeting. We must work together against terrorism.\n\n"
            "First, we should build a closer network for intelligence exchange among our police forces.\n")
    facts = [f for f in _facts(text, "2018-05-15") if f.speaker == "Meng Tingjun"]
    assert facts and {(f.date, f.place) for f in facts} == {("2018-05-14", "Kunming")}


def test_what_an_official_said_in_a_stories_qa_box_does_not_place_the_story() -> None:
    text = ("Police smash smuggling rings used by terror suspects\n\n"
            "Chinese police have broken up 23 gangs, the Ministry of Public Security said on Wednesday.\n\n"
            "Li Guoshen, deputy director of the bureau, said the gangs charged up to 60,000 yuan per person.\n\n"
            "He said that police in Thailand, Malaysia and Indonesia had handed over 146 suspects to China.\n\n"
            "China Daily: Why is cooperation with Southeast Asian countries so important?\n\n"
            "Li: Because the people who want to go to Syria cannot fly directly from China.\n\n"
            "China Daily: What does the new law change?\n\n"
            "Li: The law now allows the ministry to send officers abroad on counter-terrorism missions.\n")
    assert "Thailand" not in {f.place for f in _facts(text, "2016-08-04")}


def test_a_visitor_in_a_city_for_consultations_speaks_there() -> None:
    assert clause_place("India's ambassador to the UAE, Pawan Kumar Ghosal, who was in New Delhi for consultations, "
                        "spoke to Hindustan Times on Friday") == "New Delhi"


def test_the_text_of_an_address_at_an_occasion_in_a_city_is_placed_there() -> None:
    text = ("Ministry of Home Affairs\n\nText of the address by Minister of State for Home Affairs Shri Devendra Singh "
            "Bhadoria at the inaugural session of the Anti-Terrorism Conference-2018, New Delhi\n\n"
            "Posted On: 04 OCT 2018 7:12PM by PIB Delhi\n\n"
            "It gives me great pleasure to be with you at the inaugural session of this conference.\n\n"
            "Friends, the nature of the threat we face has changed a great deal in the last few years.\n")
    facts = _facts(text, "2018-10-04")
    assert facts and {f.place for f in facts} == {"New Delhi"}


def test_a_place_and_date_line_under_a_speech_title_dates_it_and_a_gathering_to_come_places_nothing() -> None:
    text = ("Full text of speech by Chinese Defense Minister Shi Guoliang at SCO Defense Ministers' Meeting\n\n"
            "Source: Xinhua| 2019-04-30 21:45:10|Editor: Li Xia\n\n"
            "Jointly Building a Secure Home for the SCO Family\n\nBishkek, April 29, 2019\n\nDear colleagues,\n\n"
            "I am very glad to come to beautiful Bishkek to attend this meeting of the defense ministers.\n\n"
            "We should deepen our cooperation against terrorism, separatism and extremism.\n")
    facts = _facts(text, "2019-04-30")
    assert facts and {f.date for f in facts} == {"2019-04-29"}
    assert clause_place("In a few days, the leaders of the Shanghai Cooperation Organization will gather in Qingdao") is None


def test_a_region_ending_an_office_is_no_surname_and_the_mep_is_no_name() -> None:
    assert split_role_name("The European Union Special Representative for Central Asia") == (
        "The European Union Special Representative for Central Asia", None)
    assert classify_subject("the MEP").kind == "definite"


def test_as_someone_said_then_we_is_not_theirs() -> None:
    text = ("BEIJING, June 11 (Xinhua) -- Vice Minister Qiao Yunfan briefed reporters on Tuesday.\n\n"
            "The CICA summit will be an important opportunity for Asian countries. As President Xi said at the CICA "
            "summit in Shanghai in 2014, we should pursue common, comprehensive and sustainable security.\n")
    assert "Xi" not in {f.speaker for f in _facts(text, "2019-06-11")}


def test_a_place_after_a_statements_preposition_is_no_speaker() -> None:
    assert classify_subject("a joint statement issued after a ministerial meeting in Kuala Lumpur") is None


def test_the_two_sides_keep_the_article_of_a_country_named_with_one() -> None:
    text = ("China, US agree to share more on foreign fighters\n\n"
            "China and the United States have agreed to exchange more information on foreign terrorist fighters, "
            "officials from both countries said after a round of talks in Washington.\n\n"
            "The two sides said in a joint press release that they would strengthen cooperation.\n")
    assert "China and the United States" in {f.speaker for f in _facts(text, "2016-05-04")}


def test_a_printed_hearing_gives_each_turn_to_the_member_its_roster_names() -> None:
    text = ("HEARING BEFORE THE SUBCOMMITTEE ON TERRORISM\n\n"
            "GARRETT WOLLASTON, Texas, Chairman\nHOLDEN R. DORSETT, Virginia     WILLIAM R. KEOHANE, Massachusetts\n"
            "MAREN DORSETT, Oregon\n\n"
            "    Chairman Wollaston. The subcommittee will come to order. More than 22,000 foreign fighters from over 100 "
            "countries have now traveled to Syria and Iraq to join ISIS and other terrorist groups.\n\n"
            "    Mr. Keohane. Thank you, Mr. Chairman, and thank you for calling this hearing on the flow of foreign "
            "fighters, which is one of the most serious threats we face.\n\n"
            "    Mr. Dorsett of Virginia. Thank you, Mr. Chairman. The people of my district want to know that our "
            "partners are sharing what they know about these travelers.\n\n"
            "    Ms. Dorsett of Oregon. Thank you, Mr. Chairman. For the record, the gentleman from Virginia and I are not "
            "related, although we agree on this issue more than either of us would like to admit.\n")
    said = {(f.speaker, f.quote[:12]) for f in _facts(text, "2015-06-24")}
    assert {("Garrett Wollaston", "The subcommi"), ("William R. Keohane", "Thank you, M"),
            ("Holden R. Dorsett", "The people o"), ("Maren Dorsett", "For the reco")} <= said


def test_a_photo_caption_over_an_interview_places_and_dates_the_answers() -> None:
    text = ("Egypt, China 'partners in the fight against extremism'\n\n"
            "By Hou Xinyue | China Daily | Updated: 2019-04-22 07:33\n\n"
            "Egyptian Ambassador to China Hany Selim Abdelmeguid speaks to China Daily at the embassy in Beijing on "
            "April 18. [Photo by Feng Yongbin/China Daily]\n\n"
            "Editor's note: Egyptian Ambassador to China Hany Selim Abdelmeguid spoke to China Daily about security.\n\n"
            "Q: How would you describe security cooperation between Egypt and China today?\n\n"
            "A: It is better than at any time in our history. Security is now one of the pillars of our partnership.\n\n"
            "Q: What has Egypt learned in Sinai?\n\n"
            "A: The first lesson is that security operations alone are not enough to defeat terrorism.\n")
    answers = [f for f in _facts(text, "2019-04-22") if f.speaker == "Hany Selim Abdelmeguid"]
    assert answers and {(f.date, f.place) for f in answers} == {("2019-04-18", "Beijing")}


def test_an_opinion_piece_opening_on_an_earlier_day_is_dated_when_published() -> None:
    text = ("Opinion\n\nStanding with Sri Lanka against terrorism\n\n"
            "By Zhou Xinglan (People's Daily Online)    14:20, May 08, 2019\n\n"
            "On the morning of April 21, a series of coordinated bombings hit churches and hotels in Colombo. I will never "
            "forget the scenes I saw in the hospitals.\n\n"
            "Terrorism is the common enemy of mankind. We are willing to share our experience with Sri Lanka.\n\n"
            "The author is Chinese Ambassador to Sri Lanka.\n")
    mine = [f for f in _facts(text, "2019-05-08") if f.speaker == "Zhou Xinglan"]
    assert mine and {f.date for f in mine} == {"2019-05-08"}


def test_a_moderators_procedure_is_no_statement() -> None:
    text = ("Transcript of the press conference\n\n"
            "Xu Linong: Good morning. Now the floor is open for questions. Please identify your news organization before "
            "asking a question.\n\n"
            "China Daily: What does the white paper say about counter-terrorism cooperation?\n\n"
            "Wu Qianlong: China has held joint exercises against terrorism with more than 30 countries since 2002.\n\n"
            "Xu Linong: Next question, please. The lady in the second row.\n\n"
            "Reuters: Will China send troops abroad to fight terrorism?\n\n"
            "Wu Qianlong: China will act in accordance with the UN Charter and the law of its own land.\n\n"
            "Xu Linong: Due to time constraints, this will be the last question. Today's press conference is concluded.\n")
    quotes = {f.quote for f in _facts(text, "2019-07-24")}
    assert not any(q.startswith(("Now the floor", "Please identify", "Next question", "The lady", "Due to time",
                                 "Today's press")) for q in quotes)
    assert any(q.startswith("China has held") for q in quotes)


def test_a_titled_label_picks_its_namesake_and_the_panel_list_is_no_statement() -> None:
    text = ("Events\n\nAfter the Siege: Lessons for the Region\n\nTranscript\n\n"
            "MS. HOLLOWAY: Welcome. We have two speakers who share a surname. Ana, let me start with you.\n\n"
            "MS. OCAMPO: The first lesson is that the group held a city for five months.\n\n"
            "MS. HOLLOWAY: General, do you agree?\n\n"
            "GEN. OCAMPO: I agree with Ana on the patrols. Our army was trained to fight in the jungle.\n\n"
            "Q: Thanks. Dmitri Farrell, Kyodo News. General, what help did the allies give?\n\n"
            "GEN. OCAMPO: I am retired, so I will not confirm operational details.\n\n"
            "MS. HOLLOWAY: We are out of time. Please join me in thanking our panel.\n\n"
            "Speakers:\n"
            "Lena Holloway, Director, Southeast Asia Program (moderator)\n"
            "Ana Lucia Ocampo, Senior Fellow, Institute for Strategic Studies, Manila\n"
            "Brig. Gen. Marco Ocampo (ret.), former Commander, 103rd Infantry Brigade\n")
    facts = _facts(text, "2017-10-24")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["The first le"] == "Ana Lucia Ocampo"
    assert said["I agree with"] == said["I am retired"] == "Marco Ocampo"
    assert not any(f.quote.startswith(("Lena Holloway", "Ana Lucia", "Brig. Gen.")) for f in facts)
    assert {f.speaker for f in facts if f.quote.startswith("General, what")} == {"Kyodo News"}  # the outlet asks


def test_an_authors_numbered_questions_and_answers_are_the_authors() -> None:
    text = ("Analysis > Critical Questions\n\nThe Attacks and the Reach of the Islamic State\n\n"
            "Critical Questions by Tomas Elgueta-Brandt\nPublished April 24, 2019\n\n"
            "On Easter Sunday, April 21, a series of bombings struck churches and hotels in three cities.\n\n"
            "Q1: Who carried out the attacks?\n\n"
            "A1: The authorities have blamed a little-known local group. In my view, the claim should be taken "
            "seriously but not at face value.\n\n"
            "Q2: Were there warnings?\n\n"
            "A2: Yes. The information apparently did not reach the top of the government.\n\n"
            "Tomas Elgueta-Brandt is a senior fellow with the Transnational Threats Project.\n\n"
            "This series is produced by the Institute. Accordingly, all views expressed in this publication should be "
            "understood to be solely those of the author(s).\n")
    facts = _facts(text, "2019-04-24")
    assert {f.speaker for f in facts} == {"Tomas Elgueta-Brandt"}
    assert {f.date for f in facts} == {"2019-04-24"}
    quotes = [f.quote for f in facts]
    assert any(q.startswith("Who carried") for q in quotes) and any(q.startswith("The information") for q in quotes)
    assert not any("solely those" in q or "produced by" in q for q in quotes)


def test_a_name_line_under_a_question_title_is_the_byline() -> None:
    text = ("Institute for Peace\n\nCommentary\n\nCan the Joint Force Fill the Security Gap?\n\nMarguerite Sall-Okonjo\n\n"
            "June 30, 2017\n\n"
            "As the leaders of five countries prepare to meet in Bamako on Sunday to launch a joint counterterrorism force, "
            "the questions about its money and its mandate remain open.\n\n"
            "The timing has a lot to do with fatigue. Paris wants African partners to carry more of the burden.\n\n"
            "Without predictable money, the risk is that the battalions exist on the map and not on the ground.\n\n"
            "Marguerite Sall-Okonjo is a nonresident scholar in the Institute's Africa Program.\n")
    said = _said(text, "2017-06-30")
    assert said["The timing h"] == said["Without pred"] == "Marguerite Sall-Okonjo"


def test_a_name_line_right_over_the_words_opens_a_transcript_turn() -> None:
    text = ("Plenary Session: Addressing Terrorism in the Region\n\n"
            "General Tomas Arkadi Lindqvist, Minister of Defence\n\nSaturday 01 June 2019\n\n"
            "Chair: Dr Helen Marchbank, Director-General, Institute\n\n"
            "Dr Helen Marchbank: Thank you very much, Minister. We have time for a few questions.\n\n"
            "Orla Fennimore-Quist, Correspondent, The Northern Times\n"
            "Minister, you mentioned the initiative. How much information has actually been shared so far?\n\n"
            "General Tomas Arkadi Lindqvist\n"
            "Thank you for the question. I cannot give you numbers, because this is intelligence.\n\n"
            "Dr Helen Marchbank: Minister, thank you very much indeed.\n")
    said = _said(text, "2019-06-01")
    assert said["How much inf"] == "Orla Fennimore-Quist"
    assert said["I cannot giv"] == "Tomas Arkadi Lindqvist"


def test_a_hearings_and_a_briefings_procedure_is_no_statement() -> None:
    text = ("Hearing Transcript\n\n"
            "Chairman Holloway: This hearing will come to order. The threat from returning fighters is growing.\n\n"
            "Chairman Holloway: Ambassador Ferrant, you are recognized for 5 minutes.\n\n"
            "Ambassador Ferrant: Thank you, Mr. Chairman. Turkey has detained more fighters this year than last.\n\n"
            "Chairman Holloway: I thank the gentleman. The gentlewoman from Oregon, Ms. Dorsey, is recognized for 1 "
            "minute.\n\n"
            "Ms. Dorsey: Do we know how many of them have come home? I yield back.\n\n"
            "Chairman Holloway: Without objection, the witnesses' statements will be made part of the record. This "
            "hearing is adjourned.\n")
    quotes = {f.quote for f in _facts(text, "2019-02-07")}
    assert not any(q.startswith(("Ambassador Ferrant, you", "I thank the", "The gentlewoman", "I yield", "Without obj",
                                 "This hearing is")) for q in quotes)
    assert any(q.startswith("Turkey has detained") for q in quotes)


def test_a_party_and_state_tag_is_no_part_of_a_name() -> None:
    text = ("WASHINGTON -- Senators pressed the general on Tuesday.\n\n"
            "\"We have a foreign base a few miles from ours,\" said Sen. Harlan Ingersoll (R-Okla.), the committee's "
            "chairman.\n\nRep. Noemi Feldman-Rios (D-N.Y.) said the designation was long overdue.\n")
    assert {f.speaker for f in _facts(text, "2019-02-07")} == {"Harlan Ingersoll", "Noemi Feldman-Rios"}


def test_an_outlet_that_spoke_ahead_of_a_summit_asks_and_a_box_under_the_answers_is_no_answer() -> None:
    text = ("Home / World\n\nAnti-terror body 'ready to share more'\n\nUpdated: 2018-06-05 07:46\n\n"
            "Editor's note: Leaders will gather in Qingdao on Saturday and Sunday for the summit. Ahead of the meeting, "
            "China Daily spoke with Timur Ilkhomovich Rakhimbayev, director of the Executive Committee, about returning "
            "fighters. The following are edited excerpts of the interview.\n\n"
            "Q: How serious is the threat of fighters returning from Syria?\n\n"
            "A: It is the most serious threat we face today, and we track every case.\n\n"
            "Q: What do you expect from the summit?\n\n"
            "A: We expect the heads of state to approve the program of cooperation.\n\n"
            "The structure at a glance\n\n"
            "The structure is a permanent body of the organization set up under the 2002 agreement.\n")
    said = _said(text, "2018-06-05")
    assert said["How serious "] == said["What do you "] == "China Daily"
    assert said["It is the mo"] == "Timur Ilkhomovich Rakhimbayev"
    assert "The structur" not in said


def test_a_surname_label_in_capitals_is_the_person_the_host_introduced() -> None:
    text = ("The Watch Floor podcast\n\n"
            "DANA MERRIWEATHER: Welcome to the show. With me in our studio is Desmond Achterwald, who retired last year "
            "as deputy director of the center. And joining us from London is Fiona Gladstone-Marr. Welcome to you both.\n\n"
            "MERRIWEATHER: Desmond, how many foreign fighters are we talking about?\n\n"
            "ACHTERWALD: The honest answer is that nobody has a precise number.\n\n"
            "GLADSTONE-MARR: Within the Five Eyes, the sharing is deep and it is routine.\n")
    said = _said(text, "2018-03-12")
    assert said["The honest a"] == "Desmond Achterwald"
    assert said["Within the F"] == "Fiona Gladstone-Marr"


def test_a_news_site_asks_by_its_domain_and_a_dash_opens_the_answer() -> None:
    text = ("Home → Interviews\n\n"
            "Kubat Sadyrov: \"Most of our citizens in Syria were recruited abroad\"\n\n"
            "BISHKEK — 24.kg news agency\n\n"
            "The head of the Anti-Terrorism Center, Colonel Kubat Temirovich Sadyrov, told 24.kg news agency about the "
            "return of militants.\n\n"
            "24.kg: Where are most of the citizens who left for Syria recruited?\n\n"
            "— Here many people are mistaken. Most were recruited among labour migrants.\n\n"
            "24.kg: Critics say that the service bans too many organizations.\n\n"
            "— I do not agree. An organization is banned only by a court decision.\n")
    said = _said(text, "2017-11-23")
    assert said["Where are mo"] == "24.kg"
    assert said["— Here many "] == said["— I do not a"] == "Kubat Temirovich Sadyrov"
    assert "Most of our " not in said


def test_a_faction_after_a_name_is_no_part_of_it() -> None:
    text = ("BISHKEK, May 17. The committee met on Tuesday.\n\n"
            "The head of the committee, deputy Kanat Orozbekov (Ata Meken faction), criticized the security service for "
            "not informing parliament.\n")
    assert {f.speaker for f in _facts(text, "2016-05-17")} == {"Kanat Orozbekov"}


def test_a_heading_in_capitals_naming_the_office_before_the_person() -> None:
    text = ("SPEECHES\n\n"
            "REMARKS BY THE CHAIR OF THE INTER-AMERICAN COMMITTEE AGAINST TERRORISM, VICE MINISTER OF MULTILATERAL AFFAIRS "
            "OF COLOMBIA LUIS GABRIEL RENDON CASTRO, AT THE INAUGURAL SESSION\n\n"
            "May 2, 2019 - Washington, DC\n\n"
            "It is an honor for Colombia to open this session, at the end of a year in which we have chaired this "
            "Committee.\n\n"
            "During this year, we set ourselves three priorities, and I want to report on each of them.\n")
    assert {f.speaker for f in _facts(text, "2019-05-02")} == {"Luis Gabriel Rendon Castro"}


def test_question_and_answer_labels_with_a_full_stop() -> None:
    text = ("SPAIN › INTERVIEW\n\nJose Antonio Lasarte: \"The next attacker is probably someone we already have on file\"\n\n"
            "The director of the intelligence center says the threat has changed shape\n\n"
            "Civil Guard General Jose Antonio Lasarte Ochoa (Logroño, 1960) has directed the Intelligence Center for "
            "Counter-Terrorism since last year.\n\n"
            "The center was created in 2014 by merging two bodies. It is also the body that assesses the threat level.\n\n"
            "Question. Islamic State has lost almost all of its territory. Is Spain safer today than a year ago?\n\n"
            "Answer. No. The loss of territory has reduced the capacity of the organization to plan attacks.\n\n"
            "Question. How important is cooperation with Morocco for your center?\n\n"
            "Answer. It is essential. Morocco is the country with which we carry out most joint operations.\n")
    said = _said(text, "2018-03-09")
    assert said["It is essent"] == said["No. The loss"] == "Jose Antonio Lasarte Ochoa"


def test_a_small_city_named_as_such_and_an_acronym_that_is_no_place() -> None:
    text = ("Security ministers from Argentina, Brazil and Paraguay agreed on Wednesday to set up a joint cell, at a "
            "meeting held in the Argentine city of Puerto Iguazú.\n\n"
            "The decision was announced by the head of the Financial Information Unit (UIF), Mariana Echevarne Paz, "
            "who is no relation of the minister.\n\n"
            "Echevarne Paz told reporters at OAS headquarters that the freeze would apply to any asset.\n")
    facts = _facts(text, "2018-12-06")
    assert [f.speaker for f in facts if f.quote.startswith("Echevarne")] == ["Mariana Echevarne Paz"]
    assert {f.place for f in facts} <= {"Puerto Iguazú", None}
    assert any(f.place == "Puerto Iguazú" for f in facts)


def test_a_reprinted_signed_article_is_dated_when_the_newspaper_published_it() -> None:
    text = ("Home > Ambassador's Activities\n\nAmbassador Tao Jinlin's Signed Article in The Standard\n\n2019/01/23\n\n"
            "On January 22, 2019, Kenyan newspaper The Standard published a signed article by Chinese Ambassador to Kenya "
            "Tao Jinlin entitled \"Standing Together\". The full text is as follows:\n\n"
            "Standing Together\n\nBy Tao Jinlin\n\n"
            "Last Tuesday afternoon, terrorists attacked a hotel complex in Nairobi. I was deeply moved by what I saw.\n\n"
            "China, too, knows the pain of terrorism. We will always stand with our Kenyan brothers and sisters.\n\n"
            "The author is Chinese Ambassador to Kenya.\n")
    assert {f.date for f in _facts(text, "2019-01-23") if f.speaker == "Tao Jinlin"} == {"2019-01-22"}
    text = text.replace("On January 22, 2019, Kenyan newspaper The Standard published a signed article by Chinese "
                        "Ambassador to Kenya Tao Jinlin entitled \"Standing Together\". The full text is as follows:",
                        "Editor's note: The following article by Chinese Ambassador to Kenya Tao Jinlin was published in "
                        "The Standard on January 22, 2019.")
    assert {f.date for f in _facts(text, "2019-01-23") if f.speaker == "Tao Jinlin"} == {"2019-01-22"}


def test_a_place_and_date_line_under_a_transcripts_title_dates_it() -> None:
    text = ("Home > Embassy News > Transcripts\n\n"
            "Transcript of Ambassador Guo Shenlan's Remarks and Q&A at the Turnover Ceremony\n\n2017/06/29\n\n"
            "Clark Air Base, Pampanga, 28 June 2017\n\n"
            "Emcee: Ladies and gentlemen, please welcome the Ambassador of China, His Excellency Guo Shenlan.\n\n"
            "Ambassador Guo: Today the Chinese government is turning over a first batch of assistance to the armed forces.\n\n"
            "Secretary Salcedo: Thank you, Ambassador Guo. Our troops in Marawi need these rifles, and they will use "
            "them well.\n")
    facts = _facts(text, "2017-06-29")
    assert {f.date for f in facts} == {"2017-06-28"}
    assert "Guo Shenlan" in {f.speaker for f in facts}


def test_an_office_in_initials_labels_its_holder_and_a_note_after_the_colon_names_the_asker() -> None:
    text = ("Transcript: DG ISPR on border fencing\n\n"
            "Director General Inter-Services Public Relations (ISPR) Major General Shahid Anwar Rana addressed a press "
            "conference in Rawalpindi on Monday. Following is the edited transcript.\n\n"
            "DG ISPR: Ladies and gentlemen, fencing has started in the high-threat areas of the western border.\n\n"
            "Q: (Tariq Hamid Khan, Geo News) Sir, Kabul says the fence will divide the tribes. How do you respond?\n\n"
            "A: The fence is not meant to divide people. It is meant to stop terrorists.\n")
    facts = _facts(text, "2017-04-17")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["Ladies and g"] == said["The fence is"] == "Shahid Anwar Rana"
    assert said["Sir, Kabul s"] == "Geo News"  # the outlet asks


def test_an_outlet_that_spoke_by_video_asks_and_the_unlabelled_answers_are_the_interviewees() -> None:
    text = ("INTERVIEW: 'Terrorists are not on lockdown'\n\n15 June 2020\n\n"
            "UN News spoke by video last week to Mercedes Albarran-Quiroz, the Executive Director of the Counter-Terrorism "
            "Committee Executive Directorate (CTED), about the pandemic.\n\n"
            "UN News: How are terrorist groups using the pandemic?\n\n"
            "Terrorists are not on lockdown. They are online, like everyone else.\n\n"
            "UN News: What is your message to Member States?\n\n"
            "Do not let the pandemic make you forget the terrorist threat.\n")
    said = _said(text, "2020-06-15")
    assert said["How are terr"] == "UN News"
    assert said["Terrorists a"] == said["Do not let t"] == "Mercedes Albarran-Quiroz"


def test_a_dateline_with_a_spaced_hyphen() -> None:
    assert dateline("Dakar, 5 December 2019 - Prosecutors and judges agreed today to set up a network.", None) == \
        ("Dakar", "2019-12-05")


def test_the_side_an_official_briefed_is_not_the_officials_own() -> None:
    text = ("Joint Statement on the Joint Working Group on Counter-Terrorism\n\nCanberra, 27 June 2018\n\n"
            "The Indian delegation was led by Joint Secretary (Counter Terrorism) Smt. Lalita Venkatram.\n\n"
            "Smt. Venkatram briefed the Australian side on the continuing threat of cross-border terrorism faced by India. "
            "The Australian side acknowledged the threat posed to India by terrorist groups.\n")
    said = _said(text, "2018-06-27")
    assert said["Venkatram br"] == "Lalita Venkatram"
    assert said.get("The Australi") != "Lalita Venkatram"


def test_widget_credit_and_editing_notes_are_furniture() -> None:
    for line in ("If you have a Facebook account, become a fan and get updates about MercoPress.",
                 "Categories: Argentina, Brazil, Mercosur, Paraguay, Politics.",
                 "Sources: El Universal (sp), Milenio (sp), Reforma (sp)",
                 "A photo gallery of the event is available on Flickr.",
                 "The photo shows the participants of the meeting at the headquarters.",
                 "This transcript has been edited for clarity.",
                 "[Translator's note: the minister uses a Spanish expression, rendered here as 'connect'.]"):
        assert classify_line(line) == "furniture", line


def test_a_hansard_list_of_witnesses_names_a_labelled_surname() -> None:
    text = ("Senate Estimates\n\nTuesday, 22 October 2019\n\n"
            "Kessington, Mr Graham, Director-General of Security, Australian Security Intelligence Organisation\n"
            "Tierney, Ms Alison, Deputy Director-General, Counter-Terrorism\n\n"
            "CHAIR (Senator Abernathy): I now welcome the officers. Mr Kessington, would you like to make a statement?\n\n"
            "Mr Kessington: Thank you, Chair. The national terrorism threat level remains at PROBABLE.\n\n"
            "Senator ORMSBY: How many of those in the camps are children?\n\n"
            "Ms Tierney: We assess that there are around 40 Australian children in the camps, Senator.\n")
    said = _said(text, "2019-10-22")
    assert said["The national"] == "Graham Kessington"
    assert said["We assess th"] == "Alison Tierney"


def test_a_ministers_style_over_a_portfolio_names_the_speaker_of_a_speech() -> None:
    text = ("Home » Speeches\n\nSpeech to the Pacific Islands Chiefs of Police Conference\n\nHon Daniel Moana\nPolice\n\n"
            "20 AUGUST, 2019\n\n"
            "Commissioner Tuhi, commissioners and chiefs of police, distinguished guests.\n\n"
            "Thank you for the honour of opening this conference, and welcome to Auckland.\n\n"
            "We know that no country in our region can keep its people safe on its own, and I am proud of our work.\n")
    facts = _facts(text, "2019-08-20")
    assert {f.speaker for f in facts} == {"Daniel Moana"}
    assert {f.place for f in facts} == {"Auckland"}


def test_a_police_rank_is_no_part_of_a_name_and_a_relative_clause_after_said_is_what_was_said() -> None:
    assert split_role_name("Supt. Alain Tremblant") == (None, "Alain Tremblant")
    s = ("Britain's Home Secretary, Margaret Allington, said the UK, which like Ireland remains outside the Schengen "
         "area, would press for faster access to the data.")
    assert reported_in_sentence(s, 0, len(s)).mention.text == "Margaret Allington"


def test_an_outlet_with_a_number_in_its_name_asks_through_its_journalist() -> None:
    text = ("Shows > The Interview\n\nFrench Armed Forces Minister: 'Europe is ready'\n\nIssued on: 15/07/2020 - 18:21\n\n"
            "Six months after the summit, French Armed Forces Minister Helene Cordell sat down with FRANCE 24's Julien "
            "Marechal at the ministry in Paris.\n\n"
            "Q: Minister, the task force is finally operational. Is Europe really ready to fight in the Sahel?\n\n"
            "A: Yes, and I would say that the task force is the proof of it.\n\n"
            "Q: Germany has refused to take part. Does that not weaken the European message?\n\n"
            "A: Not at all. Every country contributes according to its means.\n")
    said = _said(text, "2020-07-15")
    assert said["Minister, th"] == said["Germany has "] == "FRANCE 24"
    assert said["Yes, and I w"] == "Helene Cordell"


def test_relative_days_resolve_against_the_datelines_day_and_a_lead_is_no_dateline() -> None:
    text = ("Home > Press Centre\n\n23.05.2018 09:40\n\nThirteenth Meeting of the Secretaries held in Beijing\n\n"
            "Beijing, 22 May 2018\n\n"
            "Today, Beijing hosted the thirteenth meeting of the secretaries of the security councils.\n\n"
            "Opening the meeting, Han Zhengyi said that the member states had achieved tangible results.\n")
    assert {f.date for f in _facts(text, "2018-05-23")} == {"2018-05-22"}
    text = ("Main / News\n\n20.10.2017 11:40\n\nIn Yerevan, a conference on foreign terrorist fighters was held\n\n"
            "Yesterday, October 19, the international conference on foreign terrorist fighters was held in Yerevan.\n\n"
            "Opening the conference, Secretary General Gurgen Ter-Grigoryants said that the threat was growing.\n")
    assert {f.date for f in _facts(text, "2017-10-20")} == {"2017-10-19"}
    assert dateline("Yesterday, October 19, the international conference was held in Yerevan.", None) == (None, None)


def test_gallery_licence_and_recording_notes_are_furniture() -> None:
    for line in ("Open this photo in gallery:",
                 "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
                 "The content you requested does not exist or is not available anymore.",
                 "The transcript has not been checked against the recording by the press office."):
        assert classify_line(line) == "furniture", line


def test_a_journalist_who_names_themself_after_addressing_the_minister_asks_for_the_outlet() -> None:
    text = ("Doorstop interview - Port Moresby\n\nTranscript\n\n15 November 2018\n\n"
            "MACLEAN: Good afternoon everyone. Australia has deployed around 1,500 personnel to support the operation.\n\n"
            "JOURNALIST: Minister, is there any specific terrorist threat to the meeting?\n\n"
            "MACLEAN: I'm not going to go into intelligence matters.\n\n"
            "JOURNALIST: Minister, Tony Kerewa from the Post-Courier. Some people here say the presence is too big. What "
            "do you say to them?\n\n"
            "MACLEAN: I'd say to them that this is their meeting, and their security operation.\n")
    said = _said(text, "2018-11-15")
    assert said["Some people "] == "Post-Courier"  # the outlet asks


def test_a_joint_statement_quoted_in_full_after_the_speakers_remarks_is_the_pairs() -> None:
    text = ("Press release\n\nUK and Canada agree closer cooperation against terrorism\n\nPublished 24 March 2017\n\n"
            "Canadian Foreign Minister Chantal Beaurivage said:\n\n"
            "Canadians watched the events in Westminster on Wednesday with horror and with great sadness.\n\n"
            "Following the talks, the Foreign Secretary and Minister Beaurivage issued the following joint statement:\n\n"
            "Joint statement by the Foreign Secretary of the United Kingdom and the Minister of Foreign Affairs of Canada\n\n"
            "1. We condemn in the strongest terms the cowardly attack on Westminster on 22 March.\n\n"
            "2. We will deepen cooperation between our law enforcement, border and intelligence agencies.\n")
    said = _said(text, "2017-03-24")
    assert said["We condemn i"] == said["We will deep"] == \
        "Foreign Secretary of the United Kingdom and the Minister of Foreign Affairs of Canada"


def test_irish_and_scottish_post_nominals_are_no_part_of_a_name() -> None:
    assert split_role_name("Fergal Tierney TD") == (None, "Fergal Tierney")
    assert split_role_name("Morag Lennox MSP") == (None, "Morag Lennox")


def test_a_short_introducer_line_ends_the_last_speakers_block() -> None:
    assert classify_line("Minister Tierney said:") == "prose"
    text = ("Press release\n\nSecurity Minister visits Dublin\n\nPublished 9 November 2017\n\n"
            "Security Minister Nicholas Faverley today travelled to Dublin for talks with the Irish Minister for Justice, "
            "Fergal Tiernan TD.\n\n"
            "Speaking after the meeting, Security Minister Nicholas Faverley said:\n\n"
            "The UK and Ireland are not only neighbours but close partners in the fight against terrorism.\n\n"
            "Minister Tiernan said:\n\n"
            "The relationship between our police services has never been stronger.\n")
    said = _said(text, "2017-11-09")
    assert said["The UK and I"] == "Nicholas Faverley"
    assert said["The relation"] == "Fergal Tiernan"


def test_an_ambassador_extraordinary_and_plenipotentiary_introduced_after_his_office() -> None:
    assert split_role_name("Ambassador Extraordinary") == ("Ambassador Extraordinary", None)
    text = ("TASHKENT, 18 February 2020. The Director of the Executive Committee received the Ambassador Extraordinary and "
            "Plenipotentiary of the Islamic Republic of Pakistan to the Republic of Uzbekistan, Shahid Anwar Bhattin, at "
            "the headquarters.\n\n"
            "The Ambassador, for his part, said that Pakistan regarded the structure as a valuable platform.\n")
    assert _said(text, "2020-02-18")["The Ambassad"] == "Shahid Anwar Bhattin"


def test_a_verb_closing_a_which_clause_reports_nothing() -> None:
    s = "The Belt and Road Initiative, which the UK has welcomed, will help to create jobs in regions of poverty."
    assert reported_in_sentence(s, 0, len(s)) is None
    s = "The Executive Secretary, Gabriela Montero, presented the report, which she said had covered 28 countries."
    assert reported_in_sentence(s, 0, len(s)) is not None


def test_a_resumed_quotation_gives_no_date_or_place_to_the_clause_between() -> None:
    text = ("BAKU, October 3. The joint exercise ended on Wednesday near the capital.\n\n"
            "“We evaluated the actions of the participants as excellent,” General Anton Velichko told journalists in Baku, "
            "“and we will take this experience into account when planning the exercise in Tajikistan next year.”\n")
    facts = _facts(text, "2019-10-03")
    assert [f.place for f in facts] == ["Baku", "Baku"]
    assert [f.date for f in facts] == ["2019-10-02", "2019-10-02"]  # the Wednesday the lead reports


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [("Chairman of the Committee on Defense, Security and Combating Corruption Aydin Mammadzada told Trend that the bill "
      "would pass.", "Aydin Mammadzada", "Chairman of the Committee on Defense, Security and Combating Corruption"),
     ("The Minister of Foreign Affairs, Trade and Cooperation, Ali Baraka, said the bill would pass.", "Ali Baraka",
      "Minister of Foreign Affairs, Trade and Cooperation"),
     ("Minister of Justice, Law and Parliamentary Affairs Azam Nazeer Tarar said the bill would pass.", "Azam Nazeer Tarar",
      "Minister of Justice, Law and Parliamentary Affairs")],
)
def test_an_office_named_by_a_list_keeps_its_commas(sentence: str, speaker: str, role: str) -> None:
    facts = _facts(f"ISLAMABAD, May 3. The cabinet met on Friday.\n\n{sentence}\n")
    assert [(f.speaker, f.role) for f in facts] == [(speaker, role)]


def test_a_source_who_asked_not_to_be_named_speaks_for_no_one() -> None:
    text = ("BISHKEK, May 17. Deputy Chairman of the GKNB Ulan Berdibekov told the deputies that 560 citizens had left.\n\n"
            "One of the members of the committee, who asked not to be named, told 24.kg news agency that the GKNB had "
            "known about the schools for years.\n\n"
            "A diplomat at the embassy, who asked not to be named, said that the talks would resume in June.\n")
    said = _said(text, "2016-05-17")
    assert said == {"Deputy Chair": "Ulan Berdibekov"}


def test_the_chairman_is_no_deputy_chairman() -> None:
    reg = Registry()
    reg.add("Ulan Berdibekov", "Deputy Chairman of the GKNB")
    assert reg.by_role("chairman") is None
    assert reg.by_role("chairman", "deputy") is not None
    text = ("BEIJING, June 3. SCO Secretary-General Bakhyt Rustemov opened the round table on Tuesday.\n\n"
            "SCO Deputy Secretary-General Aleksei Maslov focused on the financing of terrorism. The Deputy "
            "Secretary-General added that the member states should work together in the FATF.\n\n"
            "At the end of the round table, the Secretary-General said that such events would become regular.\n")
    said = _said(text, "2020-06-03")
    assert said["The Deputy S"] == "Aleksei Maslov"
    assert said["At the end o"] == "Bakhyt Rustemov"


def test_a_labelled_office_with_its_bracket_is_the_person_first_named_so() -> None:
    text = ("Transcript of Media Briefing by Secretary (East) (September 04, 2017)\n\n"
            "Official Spokesperson, Shri Ravi Apte: Good evening, friends. With me is Secretary (East), Smt. Sunanda "
            "Krishnan, who will brief you.\n\n"
            "Secretary (East), Smt. Sunanda Krishnan: Thank you. The leaders adopted the Xiamen Declaration today.\n\n"
            "Question (Ritika Bhasin, NDTV): Ma'am, is the naming of the groups a victory for India?\n\n"
            "Secretary (East): I would not like to characterise it as a victory or a defeat for anyone.\n")
    assert _said(text, "2017-09-04")["I would not "] == "Sunanda Krishnan"


@pytest.mark.parametrize(
    "line",
    ["Photo caption: Secretary (West), Smt. Charu Bajpai, inaugurating the meeting in New Delhi.",
     "(Hamidullah Rasooli is a CGTN stringer based in Kabul.)", "(Twitter/@MEAIndia)",
     "This story has been published from a wire agency feed without modifications to the text.",
     "This story has been updated to correct the name of the police chief. He is Amadou Sow, not Ahmadou Sow.",
     "Adebanjo-Williams, a retired Air Vice Marshal, writes from Abuja.",
     "An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty.",
     "* The Republic of North Macedonia, Montenegro, Serbia and Albania continue to be part of the Stabilisation and "
     "Association Process.",
     "Indonesian Defence Minister Agus Prawiro (second left), Malaysian Defence Minister Kamarul Idris (centre) and "
     "Philippine Defense Secretary Renato Bernabe (second right) inspect a patrol aircraft in Subang.",
     "(ANTARA FOTO/Bayu Prasetyo Nugroho/17)",
     "NATO Secretary-General Eirik Tollefsrud speaks to journalists at NATO headquarters in Brussels on November 18.",
     "Police officers at the scene of the attack at 14 Riverside Drive, Nairobi. [File, Standard]",
     "Security personnel outside Karak Castle on December 20 (Petra photo)"],
)
def test_captions_notes_and_footnotes_are_page_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize("line", [
    "The minister speaks to journalists every week, and he did so again after the meeting in Brussels on Monday.",
    "Defence Minister Agus Prawiro said the patrols, which began in June, had already deterred the kidnappers.",
    "The three ministers (left to right in the photo) were not available for comment on Monday.",
])
def test_sentences_like_captions_are_still_prose(line: str) -> None:
    assert classify_line(line) == "prose"


def test_a_speechs_roll_of_those_present_is_no_passage() -> None:
    text = ("Speech by the Cabinet Secretary for Interior, Dr. Fred Matanga, at the launch of the action plans\n\n"
            "The Principal Secretary, State Department of Interior;\n\nThe Director, National Counter Terrorism Centre;\n\n"
            "Distinguished participants from Brunei Darussalam, Indonesia, the Philippines, Singapore, Thailand and "
            "Malaysia;\n\n"
            "Ladies and gentlemen,\n\nI am pleased to be here today. We have worked hard on these plans.\n\n"
            "Our counties must own this work, and I will hold every commissioner to account for it.\n")
    doc, facts = extract(RawDocument("d", None, text, published="2016-09-07"))  # type: ignore[arg-type]
    assert not any(text[p[1] - 1] == ";" for p in doc.passages)
    assert not any(f.quote.endswith(";") or "Principal" in f.quote for f in facts)


def test_a_journalist_slash_outlet_label_asks_and_an_abbreviated_rank_names_the_briefer() -> None:
    assert parse_label("ROSALIE VILLANUEVA/DZBB: Sir, good morning. How many fighters are there?")[:2] == \
        ("Q", "Rosalie Villanueva, DZBB")
    assert parse_label("RFE/RL: What is it that you said?")[0] == "RFE/RL"
    text = ("Press Briefing of Presidential Spokesperson Benjamin Sevilla with AFP Spokesperson Brig. Gen. Leandro "
            "Cabigas\n\nJune 1, 2017\n\n"
            "SEC. SEVILLA: Good morning. Our troops continue to make steady progress in clearing Marawi City.\n\n"
            "BGEN. CABIGAS: Thank you, Secretary. The number of enemy fighters killed has risen to 120.\n\n"
            "ROSALIE VILLANUEVA/DZBB: Sir, how many foreign fighters are in Marawi right now?\n\n"
            "BGEN. CABIGAS: Based on our validated reports, eight foreign terrorists have been killed so far.\n")
    said = _said(text, "2017-06-01")
    assert said["Our troops c"] == "Benjamin Sevilla"
    assert said["Based on our"] == "Leandro Cabigas"
    assert said["Sir, how man"] == "DZBB"  # the outlet asks


def test_the_person_an_outlets_journalist_spoke_to_answers_the_questions() -> None:
    text = ("The Jakarta Post\n\nNews > Interviews\n\n'Our Eyes' is about trust: Defense official\n\nDyah Pratiwa\n"
            "The Jakarta Post\n\nJakarta / Mon, January 29, 2018 / 09:02 am\n\n"
            "Six countries launched the intelligence-sharing initiative in Nusa Dua, Bali, on Thursday.\n\n"
            "Brunei Darussalam, the sixth member, joined shortly before the launch.\n\n"
            "The Jakarta Post's Dyah Pratiwa spoke to the Defense Ministry's director general of defense strategy, Maj. "
            "Gen. Andika Ramelan Suwarno, who led the negotiations, in Jakarta on Saturday. Below are excerpts.\n\n"
            "Q: Why does ASEAN need another intelligence-sharing mechanism?\n\n"
            "A: What we lacked was a platform for the militaries to share strategic information.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2018-01-29")}
    answer = facts["What we lack"]
    assert (answer.speaker, answer.date) == ("Andika Ramelan Suwarno", "2018-01-27")
    assert answer.role == "Defense Ministry's director general of defense strategy"


def test_an_office_of_a_country_then_an_honoured_name_introduces_them() -> None:
    text = ("KUALA LUMPUR, 2 October 2015. The Meeting was chaired by YAB Dato' Seri Dr. Hamid Zakri, Deputy Prime "
            "Minister and Minister of Home Affairs of Malaysia.\n\n"
            "The Meeting was officially opened by the Prime Minister of Malaysia, YAB Dato' Sri Rahman Hussein Alwi. In "
            "his opening address, the Prime Minister stressed that violent extremism posed a threat to the region.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2015-10-02")}
    assert (facts["In his openi"].speaker, facts["In his openi"].role) == ("Rahman Hussein Alwi", "Prime Minister of Malaysia")


def test_reports_after_about_is_a_noun_and_a_short_adverbial_may_open_an_asked_clause() -> None:
    s = ("Back in Subang, asked about reports that several militants had slipped out of Marawi by boat to Sabah, the "
         "defence minister said there was no evidence of such movements so far.")
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and (rep.mention.text, rep.verb) == ("the defence minister", "said")


@pytest.mark.parametrize(
    "sentence",
    ["According to China's official Xinhua news agency, Chinese state councillor Wang Shulin told the meeting that the "
     "world should address the root causes of terrorism.",
     "China's Defence Minister Gen. Zhao Hongyu said the member states should deepen defence cooperation, the official "
     "Xinhua news agency reported."],
)
def test_a_news_agency_relays_the_words_of_the_person_it_names(sentence: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text.endswith(("Wang Shulin", "Zhao Hongyu"))


def test_a_country_minister_then_mr_and_the_name_introduces_the_minister() -> None:
    text = ("NEW DELHI, 4 June. The Union Home Minister, Shri Yashwant Rao Patel, held talks with the Minister of Internal "
            "Affairs of the Republic of Uzbekistan, Mr. Shukhrat Azimovich Kuchkorov, here today.\n\n"
            "Welcoming the delegation, Shri Patel said that India and Uzbekistan were bound by centuries-old ties.\n\n"
            "The Uzbek Minister said that his Ministry was keen to learn from India's experience in cyber crime.\n")
    assert _said(text, "2019-06-04")["The Uzbek Mi"] == "Shukhrat Azimovich Kuchkorov"


def test_a_force_is_a_body_and_the_task_force_is_the_one_named() -> None:
    text = ("ABUJA, Nov. 20 (Xinhua) -- Nigeria stepped up security on Wednesday.\n\n"
            "On Wednesday, the Nigeria Police Force said in a statement that 1,850 officers had been deployed.\n\n"
            "Meanwhile, the Multinational Joint Task Force (MNJTF) says its troops have destroyed several camps.\n")
    said = _said(text, "2019-11-20")
    assert said["On Wednesday"] == "Nigeria Police Force"
    assert said["Meanwhile, t"] == "Multinational Joint Task Force"
    text = ("PARIS, Oct. 18 -- The Financial Action Task Force met in Paris this week.\n\n"
            "The task force said in June that several states had made progress on their action plans.\n")
    assert _said(text, "2019-10-18")["The task for"] == "Financial Action Task Force"


def test_a_signed_article_published_elsewhere_is_dated_when_it_appeared_there() -> None:
    text = ("People's Daily Online\n\nChinese ambassador: Sri Lanka will not walk alone in fight against terrorism\n\n"
            "(People's Daily Online)    16:05, April 27, 2019\n\n"
            "Editor's note: The following is a signed article by Xiang Ruiping, Chinese Ambassador to Sri Lanka, published "
            "in the Sri Lankan newspaper Daily Mirror on April 26, 2019.\n\nSri Lanka Will Not Walk Alone\n\n"
            "By Xiang Ruiping\n\n"
            "On the morning of April 21, Easter Sunday, a series of coordinated bombings hit three churches in Colombo.\n\n"
            "In the days since the attacks, I have visited the injured in hospitals in Colombo.\n\n"
            "Terrorism is the common enemy of all mankind. It does not belong to any country, ethnic group or religion.\n\n"
            "We are ready to strengthen the exchange of intelligence with Sri Lanka. I believe we can do more.\n\n"
            "(The author is Chinese Ambassador to Sri Lanka.)\n")
    facts = _facts(text, "2019-04-27")
    assert facts and {f.date for f in facts} == {"2019-04-26"}


def test_an_interview_given_ahead_of_a_summit_is_not_dated_nor_placed_by_the_summit() -> None:
    path = next((Path(__file__).parent / "blind160").glob("b160_05_*.txt"))  # "Ahead of the SCO summit in Qingdao
    text = path.read_text(encoding="utf-8")  # ... on June 9 and 10, X ... spoke to China Daily at the RATS headquarters
    answers = [f for f in _facts(text, "2018-06-06") if f.speaker.startswith("Yerzhan")]  # in Tashkent ..."
    assert answers and all(f.date != "2018-06-09" and f.place == "Tashkent" for f in answers)


@pytest.mark.parametrize(
    ("line", "kind"),
    [("(Agencies contributed to the story.)", "furniture"), ("By Lim Soo-jin (sjlim@heraldcorp.com)", "furniture"),
     ("Other materials of the section:", "furniture"), ("When using materials, a link to UzA is obligatory.", "furniture"),
     ("(ATTN: UPDATES with Japanese foreign minister's comments in paras 5-6)", "furniture"),
     ("Assalaam Alaikum and a very good morning.", "furniture"),
     ('According to the ambassador, the special services "now understand each other without an interpreter"', "heading")],
)
def test_bylines_notices_and_decks_are_no_prose(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_a_plural_noun_before_a_verb_reports_nothing() -> None:
    s = "Government estimates put the number of Maldivians who went to the conflict zones at between 170 and 250."
    assert reported_in_sentence(s, 0, len(s)) is None


def test_a_sherpa_is_an_office_and_high_representatives_of_a_list_of_countries_speak_together() -> None:
    assert split_role_name("Sherpa Maxim Berestin") == ("Sherpa", "Maxim Berestin")
    text = ("BEIJING, July 28. The seventh meeting of BRICS high representatives for security was held on Friday.\n\n"
            "The high representatives of Brazil, Russia, India and South Africa said that the current security situation "
            "was complex.\n")
    assert _said(text, "2017-07-28")["The high rep"].endswith("Brazil, Russia, India and South Africa")


def test_an_envoy_for_an_issue_keeps_the_issue_in_the_office() -> None:
    assert split_role_name("Special Envoy for the Syrian Issue Tao Zhiqiang") == \
        ("Special Envoy for the Syrian Issue", "Tao Zhiqiang")


def test_excellency_alone_is_a_courtesy_not_a_given_name() -> None:
    assert split_role_name("Excellency Ahmed Nizam Hamid") == (None, "Ahmed Nizam Hamid")


def test_a_capital_whose_plain_name_is_a_word_is_known_by_its_accented_spelling() -> None:
    assert canonical_place("Malé") == "Malé"
    assert canonical_place("Male") is None


def test_a_statement_issued_after_a_meeting_is_the_bodys_and_a_supplementary_question_the_outlets() -> None:
    s = "According to a statement issued by the Ministry of Interior after the meeting, the group will meet every month."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "the Ministry of Interior"
    assert parse_label("Supplementary question (CGTN): Were any Chinese nationals staying in the hotel?")[:2] == \
        ("Supplementary question", "CGTN")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [("Xiao Junwen, chairman of China Overseas Port Holding Company, which operates the port, said the staff felt safe.",
      "Xiao Junwen"),
     ("The Spanish Guardia Civil, which took part in the action day, said it had opened investigations.",
      "The Spanish Guardia Civil")],
)
def test_a_which_clause_after_an_appositive_is_not_the_subject(sentence: str, speaker: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is not None and rep.mention.text == speaker


def test_opening_a_meeting_by_calling_on_others_is_a_statement() -> None:
    s = "Wang Yi opened the meeting by stressing that terrorism had no religion, nationality or ethnicity."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and (rep.mention.text, rep.verb) == ("Wang Yi", "stressing")


@pytest.mark.parametrize("contact", ["Contact\nEstelle Marchand-Ruis, Spokesperson/Media officer\nTel. +33 3 88 41 33 35",
                                     "Enquiries:\nMs Estelle Marchand-Ruis\nSpokesperson: Council of Europe\nCell: 082 000"])
def test_a_press_officer_under_a_contact_heading_signs_nothing(contact: str) -> None:
    text = ("Council of Europe\n\nPress release - DC 117(2015)\n\nNew protocol opened for signature in Riga\n\n"
            "The Secretary General, Thorvald Engebrigsen, today called on member states to sign the protocol.\n\n"
            "Seventeen member states and the European Union signed the Additional Protocol at the ceremony.\n\n"
            "The Additional Protocol requires states to criminalise receiving training for terrorism.\n\n"
            f"{contact}\n")
    assert all("Marchand" not in f.speaker for f in _facts(text, "2015-10-22"))


def test_a_when_clause_of_the_past_reports_nothing() -> None:
    s = "The first round was held in Beijing in December 2017, when the three sides agreed to cooperate on security."
    assert reported_in_sentence(s, 0, len(s)) is None


@pytest.mark.parametrize(
    "sentence",
    ["Terrorism, whoever commits it and wherever it happens, must be firmly opposed.",
     "Such double standards should be strongly rejected by every member of the international community."],
)
def test_a_modal_passive_reports_nothing(sentence: str) -> None:
    assert reported_in_sentence(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize("line", ["Like this story?", "Share it with a friend!", "How does this make you feel?",
                                  "Parliamentary Debates (Hansard)", "Assalam-u-Alaikum wa Rahmatullah wa Barakatuh!"])
def test_widgets_and_greetings_of_more_pages_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_briefing_is_dated_by_its_title_not_by_a_day_its_opening_recounts() -> None:
    text = ("Ministry of Foreign Affairs\n\n"
            "Transcript of the Press Briefing by Spokesperson Dr. Tauqir Ahmad Butt on Thursday, 25th January 2018\n\n"
            "Posted on: 25/01/2018\n\n"
            "Let me begin by strongly condemning the heinous terrorist attack on the hotel in Kabul on Saturday.\n\n"
            "On Tuesday, the Foreign Secretary met the Charge d'Affaires of the United States in Islamabad.\n\n"
            "Question: Kabul has blamed Pakistan for the attack. What is your response?\n\n"
            "Spokesperson: We have seen these statements. If the Afghan side has actionable intelligence, it should share it.\n\n"
            "Question: Will the Foreign Secretary visit Kabul next month?\n\n"
            "Spokesperson: Yes, he will lead the delegation for talks on the action plan.\n")
    facts = {f.quote[:12]: f for f in _facts(text, "2018-01-25")}
    assert facts["We have seen"].date == "2018-01-25"


def test_an_anti_body_is_no_person() -> None:
    text = ("AMMAN, April 15 (Petra) -- A workshop on countering terrorist financing opened on Monday.\n\n"
            "Speaking to Petra on the sidelines of the workshop, Head of the Anti-Money Laundering and Counter Terrorist "
            "Financing Unit Ruba Khalil Al-Zoubi said that the unit had received a growing number of reports.\n\n"
            "\"This is a positive sign,\" she said, \"because it means that the institutions are more aware of the risks.\"\n")
    said = _said(text, "2019-04-15")
    assert said["This is a po"] == "Ruba Khalil Al-Zoubi"


def test_a_parliamentary_records_fields_are_no_speakers() -> None:
    text = ("Official Reports - Parliamentary Debates (Hansard)\n\nSitting Date: 6-11-2017\n"
            "Section Name: Oral Answers to Questions\nTitle: Terrorism Threat to Singapore\n"
            "MPs Speaking: Mr Tan Wee Jie, Ms Tan Mei Lin, Mr Yeo Chun Kit (Minister of State for Home Affairs)\n\n"
            "4 Mr Tan Wee Jie asked the Minister for Home Affairs what is the Ministry's assessment of the threat.\n\n"
            "Mr Tan Wee Jie (Marine Parade): Sir, I thank the Minister of State for the reply. Will the Ministry share "
            "more information with the public?\n\n"
            "Mr Yeo Chun Kit: Sir, our agencies share what they can without compromising operations.\n")
    assert all(f.speaker != "MPs Speaking" for f in _facts(text, "2017-11-06"))


def test_a_given_name_met_alone_is_the_person_first_named_in_full() -> None:
    text = ("SINGAPORE, 27 November 2017. The MOU was signed by Minister for Home Affairs Mr Tan Keng Hoe, and Head of BNPT "
            "Commissioner General (Police) Dr Bagus Wicaksana Adi, at the MHA Headquarters.\n\n"
            "Commissioner General Bagus noted that several Indonesians who had been radicalised online had made contact "
            "with supporters of ISIS.\n")
    assert _said(text, "2017-11-27")["Commissioner"] == "Bagus Wicaksana Adi"


def test_a_titled_given_name_is_not_the_deputy_who_shares_it() -> None:
    text = ("ADDIS ABABA, Nov. 14. Ambassador Tan Yingxia met with Commissioner General of the Federal Police Zelalem "
            "Mekonnen Ayele. Deputy Commissioner General for Crime Investigation Zelalem Haile Gebre attended the meeting.\n\n"
            "Commissioner General Zelalem thanked China for its long-standing support to the Ethiopian Federal Police.\n")
    assert _said(text, "2018-11-14")["Commissioner"] == "Zelalem Mekonnen Ayele"


def test_a_press_service_relays_the_person_it_names_and_a_statements_topic_is_no_part_of_its_issuer() -> None:
    s = "According to the press service, Beishenkulov said that Kyrgyzstan considered Kazakhstan its closest ally."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "Beishenkulov"
    text = ("Statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan in connection with the terrorist "
            "attacks in Sri Lanka\n\nWe express our deep condolences to the families of the victims.\n\n"
            "We strongly condemn these barbaric acts of terrorism.\n")
    assert {f.speaker for f in _facts(text, "2019-04-22")} == {"Ministry of Foreign Affairs of the Republic of Kazakhstan"}


def test_a_hansard_office_label_with_the_holder_and_a_for_note_is_that_holder() -> None:
    assert parse_label("The Minister of State for Home Affairs (Mr Yeo Chun Kit) (for the Minister for Home Affairs): "
                       "Mr Speaker, Sir, may I take Questions 4 and 5 together?")[:2] == \
        ("The Minister of State for Home Affairs", "Mr Yeo Chun Kit")
    text = ("Official Reports - Parliamentary Debates (Hansard)\n\nSitting Date: 6-11-2017\n\n"
            "4 Mr Tan Wee Jie asked the Minister for Home Affairs what is the Ministry's assessment of the threat.\n\n"
            "The Minister of State for Home Affairs (Mr Yeo Chun Kit) (for the Minister for Home Affairs): Mr Speaker, "
            "Sir, the end of the fighting in Marawi does not mean the end of the threat.\n\n"
            "Mr Tan Wee Jie (Marine Parade): Sir, will the Ministry share more information with the public?\n\n"
            "Mr Yeo Chun Kit: Sir, our agencies share what they can without compromising operations.\n")
    said = _said(text, "2017-11-06")
    assert said["Mr Speaker, "] == "Yeo Chun Kit"


def test_a_parliaments_own_page_is_placed_at_its_seat() -> None:
    text = ("PARLIAMENT OF SINGAPORE\n\nOfficial Reports - Parliamentary Debates (Hansard)\n\nSitting Date: 6-11-2017\n\n"
            "4 Mr Tan Wee Jie asked the Minister for Home Affairs what is the Ministry's assessment of the threat.\n\n"
            "Mr Yeo Chun Kit: Sir, the end of the fighting in Marawi does not mean the end of the threat.\n\n"
            "Mr Tan Wee Jie (Marine Parade): Sir, will the Ministry share more information with the public?\n\n"
            "Mr Yeo Chun Kit: Sir, our agencies share what they can without compromising operations.\n")
    assert {f.place for f in _facts(text, "2017-11-06")} == {"Singapore"}


def test_a_no_relation_aside_after_a_name_keeps_the_appositive() -> None:
    s = "Its commander, Major General Yuri Starovoitin (no relation to the minister), said that the brigade was ready."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text.endswith("Yuri Starovoitin")


def test_a_speech_heading_opened_by_a_dash_names_the_speaker() -> None:
    path = next((Path(__file__).parent / "blind175").glob("b175_03_*.txt"))  # "-- Speech by Dong Ruiping, Vice
    facts = _facts(path.read_text(encoding="utf-8"), "2019-09-11")  # Minister of Public Security ..., at the Sub-Forum"
    assert len(facts) >= 10 and {f.speaker for f in facts} == {"Dong Ruiping"}


def test_a_spokesperson_recounting_a_standing_proposal_keeps_the_answer() -> None:
    text = ("Transcript of the Briefing by Special Envoy Li Dongmei\n\n"
            "Li Dongmei: Good morning. I have just returned from the region.\n\n"
            "Reuters: What will China do to push the peace process forward?\n\n"
            "Li Dongmei: China has always been a builder of peace. President Zhao Weiguo has put forward a four-point "
            "proposal on the question, and we have been working to implement it. Minister Qian Hao said last week that "
            "the talks would resume.\n")
    said = _said(text, "2019-04-02")
    assert said["President Zh"] == "Li Dongmei"  # present perfect: the envoy's own account
    assert said["Minister Qia"] == "Qian Hao"  # a past report: the minister's words


def test_a_lead_agreed_during_talks_on_a_day_is_dated_that_day() -> None:
    text = ("Two countries agree to boost cooperation\n\n"
            "Hanoi (VNA) – Vietnam and Laos agreed to step up cooperation in maritime security during talks between "
            "Defence Minister Tran Quoc Hung and his Lao counterpart Somphone Vongsa in Hanoi on February 25.\n\n"
            "Hung said the defence relations between the two countries had developed strongly.\n")
    assert {f.date for f in _facts(text, "2020-02-26")} == {"2020-02-25"}


def test_a_list_between_dashes_is_an_aside_of_the_subject() -> None:
    text = ("RIYADH, Oct 28 (WAM) -- In a joint statement issued in Riyadh, the TFTC member states - the Kingdom "
            "of Bahrain, the State of Kuwait and the United States of America - said the designations targeted "
            "financiers of the group.\n")
    assert [f.speaker for f in _facts(text, "2019-10-28")] == ["TFTC member states"]


def test_a_namesake_with_no_relation_is_not_the_bare_surname() -> None:
    text = ("Former security chief Kanat Dzhumabaev said cooperation had improved since the attack.\n\n"
            "Last week, parliamentarian Aibek Dzhumabaev – no relation – called on the government to publish "
            "the findings.\n\n"
            "Reuters spoke with the former security chief in Bishkek.\n\n"
            "Reuters: How did the attack change cooperation?\n\n"
            "Dzhumabaev: Before the attack, our cooperation was mostly formal.\n\n"
            "Reuters: And now?\n\n"
            "Dzhumabaev: Now information is exchanged in days, not weeks.\n")
    said = {f.quote.split(": ")[-1][:12]: f.speaker for f in _facts(text, "2019-06-10")}
    assert said["Last week, p"] == "Aibek Dzhumabaev"
    assert said["Before the a"] == said["Now informat"] == "Kanat Dzhumabaev"


def test_a_speech_heading_in_capitals_with_the_name_over_the_office() -> None:
    text = ("Home » News » Speeches\n\nOPENING REMARKS\nH.E. DEWI KARTIKA SARASWATI\n"
            "MINISTER FOR FOREIGN AFFAIRS OF THE REPUBLIC OF INDONESIA\nAT THE SUB-REGIONAL MEETING ON TERRORISM\n\n"
            "Manado, 29 July 2017\n\nAssalamu'alaikum warahmatullahi wabarakatuh,\nOm Swastiastu,\n\n"
            "Your Excellency the Attorney-General of Australia, my co-chair,\nLadies and gentlemen,\n\n"
            "It is my great pleasure to welcome you all to Manado.\n\n"
            "We meet at a time of grave concern. No country can deal with this threat alone.\n\n"
            "I thank you.\n")
    facts = _facts(text, "2017-07-29")
    assert facts and {(f.speaker, f.role) for f in facts} == {
        ("Dewi Kartika Saraswati", "Minister for Foreign Affairs of the Republic of Indonesia")}


def test_an_outlet_that_interviewed_an_official_presents_the_answerer() -> None:
    text = ("Interview: ASEAN must share data on returnees, agency chief says\n\n"
            "Jakarta (ANTARA) - The fall of the last stronghold has left thousands of fighters in camps.\n\n"
            "ANTARA interviewed the Head of the National Counter-Terrorism Agency (BNPT), Commissioner General "
            "Budi Santoso Harahap, at the agency's office in Bogor on Tuesday. The following are excerpts:\n\n"
            "Q: How many Indonesians are still in Syria?\n\n"
            "A: Based on our data, there are about 600 Indonesians in the camps.\n\n"
            "Q: Will they come home?\n\nA: The government has not decided.\n")
    answers = [f for f in _facts(text, "2019-11-14") if f.quote.startswith(("Based", "The government"))]
    assert {(f.speaker, f.date, f.place) for f in answers} == {("Budi Santoso Harahap", "2019-11-12", "Bogor")}


def test_the_outlet_met_its_interviewee_not_the_predecessor_it_quotes() -> None:
    text = ("INTERVIEW\n\nBritain and the Kingdom 'share the same enemy,' says UK envoy\n\n"
            "RIYADH: British Ambassador Thomas Ashdown-Reeve arrived in the Kingdom last autumn. His predecessor, "
            "Sir Giles Pemberton, told Arab News in 2016 that intelligence had saved lives.\n\n"
            "Arab News met Ashdown-Reeve at his residence. The following is an edited version of the conversation.\n\n"
            "Q: How would you describe the relationship?\n\nA: One of the closest we have anywhere in the world.\n\n"
            "Q: And the critics?\n\nA: Parliament is right to ask questions.\n")
    _doc, facts = extract(RawDocument("d", None, text, publisher="Arab News", published="2018-05-09"))  # type: ignore[arg-type]
    assert {f.speaker for f in facts if f.quote.startswith(("One of", "Parliament"))} == {"Thomas Ashdown-Reeve"}


@pytest.mark.parametrize(("text", "published", "opening", "said"), [
    ("Home > UAE > Politics\n\n"
     "Text of UAE statement at the GCTF ministerial meeting, delivered by Hessa Rashid Al Mazrouei, "
     "Assistant Minister of Foreign Affairs\n\n"
     "NEW YORK, 21st September, 2016 (WAM) -- The following is the text of the UAE statement before the "
     "seventh Ministerial Plenary Meeting of the Global Counterterrorism Forum:\n\n"
     "Mr. Co-Chairs,\nLadies and Gentlemen,\n\n"
     "At the outset, I would like to thank the co-chairs for their able leadership of the Forum.\n\n"
     "We have always said that military action is only one part of the answer.\n",
     "2016-09-22", ["At the out", "We have al"], ("Hessa Rashid Al Mazrouei", "2016-09-21", "New York")),
    ("Speech of Dr. Faisal bin Abdullah Al-Suwailem, Assistant Minister of Interior, before the 21st Arab "  # the Hijri
     "Conference of Heads of Counter-Terrorism Agencies\n\n"  # day first, and the agency's initials before the dash
     "Tunis, Rabi II 09, 1439, Dec 27, 2017, SPA -- Following is the text of the speech:\n\n"
     "Ladies and gentlemen,\n\n"
     "Our meeting today comes at a time when our region has achieved important victories against Daesh.\n\n"
     "We are ready to place this experience at the disposal of our brothers.\n",
     "2017-12-27", ["Our meetin", "We are rea"], ("Faisal bin Abdullah Al-Suwailem", "2017-12-27", "Tunis")),
])
def test_a_statement_delivered_by_someone_under_a_wire_dateline(text: str, published: str, opening: list[str],
                                                                said: tuple[str, str, str]) -> None:
    facts = _facts(text, published)
    assert [f.quote[:10] for f in facts] == opening
    assert {(f.speaker, f.date, f.place) for f in facts} == {said}


def test_a_name_after_a_co_chaired_by_clause_keeps_its_office() -> None:
    text = ("ABU DHABI, March 14, 2018 (WAM) -- The two countries today held their Counter-Terrorism Dialogue at the "
            "ministry in Abu Dhabi, co-chaired by Rashid Hamad Al Ketbi, Minister of State for Foreign Affairs, and "
            "Ambassador Jane Doe-Smith, Coordinator for Counterterrorism.\n\n"
            "At the opening of the session, Al Ketbi said that the partnership was a cornerstone of their efforts.\n\n"
            "\"Terrorism cannot be defeated by military means alone,\" the Minister of State said.\n")
    facts = _facts(text, "2018-03-14")
    assert {(f.speaker, f.role) for f in facts} == {("Rashid Hamad Al Ketbi", "Minister of State for Foreign Affairs")}


def test_an_ambassador_to_a_country_interviewed_with_an_outlet_on_a_day() -> None:
    text = ("Home » Media Center » Interviews\n\n"
            "Interview of Ambassador of India to the UAE, Shri Arvind Prakash Menon, with Gulf News (May 14, 2017)\n\n"
            "May 15, 2017\n\n"
            "Q: What has changed since then in the security relationship?\n\n"
            "A: A great deal has changed. The relationship is now much more structured.\n\n"
            "Q: How does this cooperation work?\n\nA: I cannot go into the details of specific cases.\n")
    facts = _facts(text, "2017-05-15")
    assert {(f.speaker, f.date) for f in facts} == {("Gulf News", "2017-05-14"), ("Arvind Prakash Menon", "2017-05-14")}


def test_an_introducer_after_a_relative_clause_and_a_quotation_over_three_paragraphs() -> None:
    text = ("In response to media queries regarding the deportation of a key accused, who had been absconding for "
            "nearly ten years, the Official Spokesperson, Shri Ravi Shankar Pillai, said:\n\n"
            "\"We welcome the decision of the authorities to deport the accused. He has been placed under arrest.\n\n"
            "This is yet another example of the close cooperation between our two countries.\n\n"
            "We have conveyed our deep appreciation to the Government for its support.\"\n")
    facts = _facts(text, "2018-03-09")
    assert [f.quote[:12] for f in facts] == ["We welcome t", "This is yet ", "We have conv"]
    assert {f.speaker for f in facts} == {"Ravi Shankar Pillai"}


def test_an_english_rendering_of_a_press_statement_by_a_prime_minister() -> None:
    text = ("You are here: Home > Releases > Prime Minister's Office\n\n"
            "English rendering of Press Statement by Prime Minister Shri Mohan Lal Trivedi during the State Visit of "
            "the Crown Prince to India\n\n"
            "Your Royal Highness,\nFriends from the media,\n\n"
            "It is a matter of great pleasure for me to welcome His Royal Highness on his first State Visit.\n\n"
            "We have agreed that there is a need to increase pressure on the countries that support terrorism.\n")
    facts = _facts(text, "2019-02-20")
    assert len(facts) == 2 and {(f.speaker, f.role) for f in facts} == {("Mohan Lal Trivedi", "Prime Minister")}


def test_a_hindi_office_title_before_a_name() -> None:
    text = ("Raksha Mantri calls for collective action against terrorism\n\n"
            "Raksha Mantri Smt. Kavita Raghunathan today said that the member states must take collective action "
            "against terrorism.\n\nShe said that dialogue and terror could not go together.\n\n"
            "Raksha Mantri also proposed that the member states hold a joint exercise.\n")
    assert {f.speaker for f in _facts(text, "2019-04-29")} == {"Kavita Raghunathan"}  # an office, no one's name


def test_a_media_statement_signed_in_capitals_by_its_chief_not_by_its_press_officer() -> None:
    body = ("KENYATAAN MEDIA / MEDIA STATEMENT\n\nARREST OF 16 INDIVIDUALS\n\n"
            "1. The police conducted a series of operations in Kuala Lumpur and arrested 16 individuals.\n\n"
            "2. The police will continue to work closely with its counterparts in ASEAN.\n\n")
    chief = body + "TAN SRI DATO' SRI HAMZAH BIN RAHMAT\nKetua Polis Negara / Inspector-General of Police\n8 Oktober 2019\n"
    assert {(f.speaker, f.role) for f in _facts(chief, "2019-10-08")} == {("Hamzah bin Rahmat", "Inspector-General of Police")}
    officer = body + "COLONEL DANIEL OKORO\nChief Military Public Information Officer\n8 October 2019\n"
    assert _facts(officer, "2019-10-08") == []


def test_an_office_acronym_before_a_surname_or_after_the_office_names_the_holder() -> None:
    text = ("ABUJA, July 2 -- The Inspector-General of Police, Mr. Musa Adamu Garba, received the equipment.\n\n"
            "On his part, IGP Garba thanked the donors for the equipment.\n\n"
            "\"It will save lives,\" the IGP said.\n\n"
            "She met the Special Representative of the Chairperson of the Commission (SRCC) for Somalia, Ambassador "
            "Pedro Manuel Cossa, at the headquarters.\n\n"
            "\"The sacrifices of our troops must not be in vain,\" the SRCC said.\n")
    said = _said(text, "2019-07-02")
    assert said["It will save"] == "Musa Adamu Garba"
    assert said["The sacrific"] == "Pedro Manuel Cossa"


def test_bare_heads_of_state_are_the_conference_the_page_names_by_its_body() -> None:
    text = ("FINAL COMMUNIQUE OF THE SEVENTH ORDINARY SESSION\n\n"
            "1. The seventh ordinary session of the Conference of Heads of State of the G5 Sahel was held in "
            "Nouakchott on 25 February 2020.\n\n"
            "2. The Heads of State strongly condemned the terrorist attacks committed in the region.\n")
    said = _said(text, "2020-02-25")
    assert said["The Heads of"] == "Conference of Heads of State of the G5 Sahel"


def test_a_spokespersons_press_conference_opens_with_their_own_remarks() -> None:
    text = ("Foreign Ministry Spokesperson Lin Haoran's Regular Press Conference on March 23, 2016\n\n"
            "Yesterday morning, explosions hit the airport, killing many people. The Chinese side strongly condemns "
            "these attacks.\n\n"
            "The Chinese Embassy has confirmed that three Chinese citizens were slightly injured.\n\n"
            "Q: I'm with the Press Trust of India. Will China support the request?\n\n"
            "A: We will handle it in accordance with the rules.\n\n"
            "Q: Reuters. Does the government share this view?\n\nA: I have not seen the comments.\n")
    said = _said(text, "2016-03-23")
    assert said["The Chinese "] == said["Yesterday mo"] == "Lin Haoran"
    assert said["Will China s"] == "Press Trust of India"


def test_the_un_secretary_general_unnamed_on_a_un_page_is_the_office() -> None:
    text = ("UN News\n\n'No country can defeat terrorism alone,' UN chief tells conference\n\n"
            "Terrorism is a global threat, the UN Secretary-General told the heads of counter-terrorism agencies on "
            "Thursday.\n\n"
            "\"No country can defeat terrorism alone,\" the Secretary-General said in his opening remarks.\n\n"
            "Petr Ivanovich Sokolov, the Under-Secretary-General of the UN Office of Counter-Terrorism, said the "
            "conference was a first.\n\n"
            "The UN chief also pointed out that most of the victims of terrorism were Muslims.\n")
    said = _said(text, "2018-06-28")
    assert said["No country c"] == said["The UN chief"] == "Secretary-General"
    assert said["Petr Ivanovi"] == "Petr Ivanovich Sokolov"


def test_following_is_someones_message_gives_the_speaker_and_is_no_part_of_it() -> None:
    text = ("SECRETARY-GENERAL > STATEMENTS AND MESSAGES\n\nTerrorists Seeking to Exploit Pandemic, Secretary-General Warns\n\n"
            "Following is UN Secretary-General's video message to the opening of the Virtual Counter-Terrorism Week, "
            "in New York today:\n\n"
            "I am pleased to open this Virtual Counter-Terrorism Week.\n\n"
            "The pandemic has shown how fragile our societies are. We must act together.\n")
    facts = _facts(text, "2020-07-06")
    assert facts and {f.speaker for f in facts} == {"Secretary-General"}
    assert not any(f.quote.startswith("Following") for f in facts)


def test_an_opinion_whose_author_an_editors_note_presents_under_the_title() -> None:
    text = ("Opinions\n\nOpinion: The exercise shows the SCO can keep rivals in one formation\n\n"
            "Updated 16:25, 29-Aug-2018\n\nHe Jianmin\n\n"
            "Editor's note: He Jianmin is an associate research fellow at the China Institute of International "
            "Studies. The article reflects the author's opinions.\n\n"
            "When the exercise ends on Wednesday, the most remarkable image it leaves behind will be the formation.\n\n"
            "This did not happen by chance. The organisation has kept bilateral disputes out of its agenda.\n")
    facts = _facts(text, "2018-08-29")
    assert {f.speaker for f in facts} == {"He Jianmin"} and any(f.quote.startswith("This did not") for f in facts)


def test_groups_named_by_their_bodies_and_counted_countries() -> None:
    text = ("TASHKENT, Sept. 17 (Xinhua) -- Heads of the competent authorities of the Shanghai Cooperation "
            "Organization (SCO) member states on Thursday agreed to set up a common database of foreign fighters.\n\n"
            "In a joint communique issued at the end of the exercise, the defense ministries of the five countries said "
            "the drills had achieved their goals.\n")
    assert [f.speaker for f in _facts(text, "2015-09-17")] == [
        "Heads of the competent authorities of the Shanghai Cooperation Organization (SCO) member states",
        "Defense ministries of the five countries"]


def test_a_body_named_with_the_region_it_serves() -> None:
    text = ("ZAMBOANGA CITY, Jan 20 (PNA) -- In a statement on Monday, the Naval Forces Western Mindanao (NFWM) said "
            "it had deployed two more ships to the area.\n")
    assert [f.speaker for f in _facts(text, "2020-01-20")] == ["Naval Forces Western Mindanao"]


def test_people_believed_to_have_done_something_say_nothing() -> None:
    text = ("KUALA LUMPUR, June 3 -- Police said the network had been dismantled.\n\n"
            "Two Malaysians believed to have fought in Marawi are still at large.\n\n"
            "The Counter-Terrorism Department on Sunday claimed to have busted a cell.\n")
    assert [f.quote[:12] for f in _facts(text, "2018-06-03")] == ["Police said ", "The Counter-"]


def test_a_note_on_the_interviewee_under_the_answers_is_no_answer() -> None:
    text = ("Interview: ASEAN must share data, agency chief says\n\n"
            "ANTARA interviewed the Head of the agency, Commissioner General Budi Santoso Harahap, on Tuesday.\n\n"
            "Q: How many are still in Syria?\n\nA: About 600, most of them women and children.\n\n"
            "Budi Santoso Harahap was appointed head of the agency in 2019 after serving in the police.\n")
    assert not any(f.quote.startswith("Budi Santoso") for f in _facts(text, "2019-11-14"))


def test_calling_on_someone_is_a_visit_unless_it_asks_for_something() -> None:
    text = ("DUSHANBE, June 5 -- Joint Secretary Meera Krishnan called on the Secretary of the Security Council and "
            "visited the agency.\n\n"
            "She called on the member states to share data on foreign fighters.\n")
    assert [f.quote[:12] for f in _facts(text, "2019-06-05")] == ["She called o"]


def test_a_nationality_and_a_brigadier_are_the_brigadier_named_before() -> None:
    text = ("MUSCAT, March 12 -- The exercise was reviewed by Maj Gen Arjun Singh Rathore and Brigadier Hamad bin "
            "Salim Al Rawahi, Commander of the Omani contingent.\n\n"
            "Brigadier Al Rawahi thanked the Indian Army and said that the Omani troops had benefited greatly. The Omani "
            "Brigadier added that the exercise reflected the strategic partnership.\n")
    assert {f.speaker for f in _facts(text, "2019-03-12")} == {"Hamad bin Salim Al Rawahi"}


def test_heads_of_agencies_are_no_heads_of_state() -> None:
    text = ("TASHKENT, Sept. 17 (Xinhua) -- Heads of the competent authorities of the SCO member states on Thursday "
            "agreed to set up a common database of foreign fighters.\n\n"
            "The decision will be submitted to the SCO heads of state at their summit in June.\n")
    assert [f.speaker for f in _facts(text, "2015-09-17")] == ["Heads of the competent authorities of the SCO member states"]


def test_a_note_on_the_interviewee_by_surname_under_the_answers_is_no_answer() -> None:
    text = ("INTERVIEW\n\nIraq backs the operation, says envoy\n\n"
            "Daily Sabah spoke with Iraq's Ambassador to Turkey Qasim Hadi Al-Jubouri in Ankara on Monday.\n\n"
            "Q: How do you see the operation?\n\nA: We support it fully.\n\n"
            "Q: And the border?\n\nA: It is calm now.\n\n"
            "Al-Jubouri, a career diplomat, previously served as Iraq's ambassador to Jordan.\n")
    facts = _facts(text, "2019-03-04")
    assert {f.speaker for f in facts if f.quote.startswith(("We support", "It is calm"))} == {"Qasim Hadi Al-Jubouri"}
    assert not any(f.quote.startswith("Al-Jubouri") for f in facts)


def test_an_interview_of_x_to_a_paper_without_labels() -> None:
    text = ("Home / Press service / Interviews\n\n"
            "Interview of Deputy Minister of Foreign Affairs S.P. Volkov to the Izvestia newspaper, published on "
            "June 7, 2017\n\n"
            "Deputy Foreign Minister Sergei Volkov told Izvestia what the enlargement will change.\n\n"
            "Sergei Petrovich, the summit opens tomorrow. Why does Russia need this enlargement?\n\n"
            "First of all, I would like to stress that the decision was taken by consensus.\n\n"
            "It is also a qualitative change for the fight against terrorism.\n\n"
            "Is a joint exercise realistic?\n\n"
            "Why not? The exercise is held on a regular basis.\n")
    said = _said(text, "2017-06-07")
    assert said["Why does Rus"] == said["Is a joint e"] == "Izvestia"
    assert said["First of all"] == said["It is also a"] == said["The exercise"] == "Sergei Volkov"


def test_a_given_name_with_an_honorific_is_the_full_name_with_its_fathers() -> None:
    text = ("NEW DELHI, Dec 12 -- The Home Minister held talks with the visiting Minister of Interior of the United Arab "
            "Emirates, Lt. Gen. Sheikh Hamdan bin Khalid Al Nuaimi, here today.\n\n"
            "Lt. Gen. Sheikh Hamdan thanked the Home Minister and said that the UAE had zero tolerance for terrorism.\n")
    assert {f.speaker for f in _facts(text, "2017-12-12")} == {"Hamdan bin Khalid Al Nuaimi"}


def test_sir_addressed_in_a_question_is_no_speaker() -> None:
    text = ("Question (Ravi Menon, Khaleej Times): Sir, the UAE has deported several persons wanted in India over the "
            "last year. Are there any further requests pending with the UAE authorities?\n\n"
            "Question (Rohan Mehta, Times Now): Sir, Saudi Arabia's Minister of State for Foreign Affairs was in "
            "Islamabad on Tuesday and said that the Kingdom would do everything possible to de-escalate the tension. "
            "Has the Saudi side conveyed anything to India?\n\n"
            "Official Spokesperson: The Saudi Minister of State for Foreign Affairs spoke to EAM on the telephone on "
            "Monday, before his visit to Islamabad. EAM conveyed to him that India does not wish to see any escalation.\n")
    facts = _facts(text, "2019-03-07")
    assert facts and not any(f.speaker == "Sir" for f in facts)


def test_a_speech_page_s_story_can_run_two_paragraphs_before_the_full_text_introducer() -> None:
    text = ("Ambassador Lan Guohua Attends the Opening of a Police Training Course\n\n2016/12/21\n\n"
            "On December 20, 2016, Ambassador Lan Guohua attended the opening ceremony of the course in Kabul and "
            "delivered a speech.\n\n"
            "Deputy Minister Karim Zaheer thanked China for its support and said that the training would help the police.\n\n"
            "The full text of Ambassador Lan's speech is as follows:\n\n"
            "Speech by Ambassador Lan Guohua at the Opening Ceremony of the Training Course\n\n"
            "Your Excellency Deputy Minister,\nDear trainees,\n\n"
            "I am very glad to be here with you at the opening of this training course.\n\n"
            "Training alone cannot defeat terrorism, but I know a well-trained officer can save many lives.\n\n"
            "We are ready to work with Afghanistan to expand cooperation in law enforcement.\n\n"
            "I wish the training course a complete success.\n")
    said = _said(text, "2016-12-21")
    assert said["Deputy Minis"] == "Karim Zaheer"
    assert "On December " not in said and "The full tex" not in said
    assert said["I am very gl"] == said["Training alo"] == "Lan Guohua"


def test_a_lead_occasion_keeps_the_year_it_gives_on_a_page_published_later() -> None:
    text = ("On December 20, 2016, Ambassador Lan Guohua attended the opening of the course in Kabul.\n\n"
            "Deputy Minister Karim Zaheer said that the training would help the police.\n")
    assert [f.date for f in _facts(text, "2019-05-04")] == ["2016-12-20"]


def test_the_numbered_paragraphs_of_a_joint_statement_in_full_are_its_signatories_as_the_sides() -> None:
    text = ("Following the talks, the ministers adopted a Joint Statement, the full text of which is given below.\n\n"
            "JOINT STATEMENT\nof the Ministers of Foreign Affairs of the Republic of Uzbekistan and the Republic of "
            "Tajikistan on cooperation in ensuring security\n\nDushanbe, 9 March 2018\n\n"
            "1. The Sides strongly condemn terrorism in all its forms and manifestations.\n\n"
            "2. The Sides express concern about the growing activity of terrorist organizations.\n\n"
            "3. The Parties will cooperate in countering the financing of terrorism.\n")
    facts = _facts(text, "2018-03-10")
    assert [f.quote[:20] for f in facts] == ["The Sides strongly c", "The Sides express co", "The Parties will coo"]
    assert {f.speaker for f in facts} == {
        "Ministers of Foreign Affairs of the Republic of Uzbekistan and the Republic of Tajikistan"}


def test_yesterday_before_an_office_and_a_name_is_nobody() -> None:
    text = ("Yesterday, the Under-Secretary-General for Counter-Terrorism, Leonid Sukharevsky, was in Brussels, where he "
            "held talks with the European Union's counter-terrorism coordinator.\n\n"
            "He told them that the Office was ready to work with the European Union on a joint programme.\n")
    assert {f.speaker for f in _facts(text)} == {"Leonid Sukharevsky"}


def test_a_weekday_after_on_is_nobody_even_before_an_office_and_a_name() -> None:
    text = ("On Wednesday, Chinese Ambassador to Niger Pan Yuexin visited the ministry in Niamey.\n\n"
            "The Permanent Secretary, Ahmedou Ould Sidi Baba, said on Wednesday that the attack was a wake-up call.\n\n"
            "\"We need resources now, not in two years,\" he told a meeting of the committee.\n")
    assert {f.speaker for f in _facts(text)} == {"Ahmedou Ould Sidi Baba"}


def test_a_religious_office_before_a_name_is_a_role_the_definite_office_recalls() -> None:
    text = ("Egypt's Grand Mufti Ibrahim Abdel-Salam Nasr said on Tuesday that extremist edicts fuel terrorism.\n\n"
            '"Every explosion was preceded by a fatwa," the Grand Mufti said.\n')
    facts = _facts(text)
    assert len(facts) == 2 and {f.speaker for f in facts} == {"Ibrahim Abdel-Salam Nasr"}
    assert all(f.role.endswith("Grand Mufti") for f in facts)


def test_his_excellency_alone_is_the_one_the_page_so_titles_before_his_office_and_name() -> None:
    text = ("His Excellency the Secretary-General of the Islamic Military Counter Terrorism Coalition (IMCTC), Maj. Gen. "
            "Dr. Mansour bin Ibrahim Al-Shuaibi, received the delegation in Riyadh on Monday.\n\n"
            "For his part, Air Vice Marshal Ibrahim Danladi Yakubu expressed Nigeria's appreciation.\n\n"
            "His Excellency affirmed that the Coalition was keen to strengthen its partnership with Nigeria.\n\n"
            "He pointed out that the Coalition had trained more than 300 officers from member countries.\n")
    assert [f.speaker for f in _facts(text)][-2:] == ["Mansour bin Ibrahim Al-Shuaibi"] * 2


@pytest.mark.parametrize(("run", "name"), [
    ("Haji Roslan Mohd Nasir", "Roslan Mohd Nasir"),
    ("Hajah Rahmah Abdul Karim", "Rahmah Abdul Karim"),
    ("YB Dato' Haji Roslan Mohd Nasir", "Roslan Mohd Nasir"),
])
def test_the_pilgrim_s_title_is_no_part_of_a_name(run: str, name: str) -> None:
    assert split_role_name(run)[1] == name


def test_a_malaysian_minister_s_keynote_under_his_titles() -> None:
    text = ("Keynote Address by YB Dato' Sri Dr. Zulkifli Hamzah, Minister of Foreign Affairs of Malaysia, at the "
            "International Conference on Deradicalisation 2019\n\n8 October 2019 | Kuala Lumpur\n\nExcellencies,\n\n"
            "It is my pleasure to welcome all of you to Kuala Lumpur for this conference.\n\n"
            "Malaysia has learned that prevention works best when communities lead.\n")
    assert {(f.speaker, f.role) for f in _facts(text, "2019-10-08")} == \
        {("Zulkifli Hamzah", "Minister of Foreign Affairs of Malaysia")}


def test_a_consul_is_an_office_before_a_name() -> None:
    text = "In Tawau, Indonesian Consul Aditya Wardhana Lubis said the consulate had contacted the families.\n"
    assert [(f.speaker, f.role) for f in _facts(text)] == [("Aditya Wardhana Lubis", "Indonesian Consul")]


@pytest.mark.parametrize(("headline", "event"), [
    ("Sub-Regional Meeting on Counter-Terrorism Agrees to Step Up Cooperation Against Returning Fighters",
     "Sub-Regional Meeting on Counter-Terrorism"),
    ("Second Sub-Regional Meeting on Counter-Terrorism Opens in Bali", "Second Sub-Regional Meeting on Counter-Terrorism"),
    ("Good evening and welcome. This meeting is on the record, so please bear that in mind.", None),  # no event's name
])
def test_a_headline_s_event_ends_before_its_verb(headline: str, event: str | None) -> None:
    assert find_event(headline) == event


def test_a_transcript_page_s_notice_says_when_and_where_its_event_was_held() -> None:
    text = ("Meeting Transcript\n\n16 November 2016\n\n"
            "Speakers: Dr Laila Haddad, Senior Fellow; Gareth Holm, Former Head of Finance\n"
            "Chair: Jonathan Pryce, Associate Fellow\n\n"
            "This event was held on the record in London on 15 November 2016. The views expressed are the speakers' own.\n\n"
            "Jonathan Pryce: Good evening and welcome. Laila, is the financing problem shrinking?\n\n"
            "Dr Laila Haddad: I am afraid it does not. What we see is a shift back to small donations.\n\n"
            "Gareth Holm: I would be a little more generous about the progress made.\n")
    facts = _facts(text, "2016-11-16")
    assert facts and {(f.date, f.place) for f in facts} == {("2016-11-15", "London")}


def test_a_country_listed_after_officials_of_another_is_nobody() -> None:
    text = ("1. The Second Sub-Regional Meeting on Counter-Terrorism was held in Nusa Dua, Bali, Indonesia, on 6 November "
            "2018, co-chaired by Indonesia and Australia. The Meeting was attended by Ministers and senior officials of "
            "Australia, Brunei Darussalam, Indonesia, Malaysia, New Zealand, the Philippines, Singapore and Thailand.\n\n"
            "Speaking to journalists after the meeting, Coordinating Minister Ahmad Rusdi Pangaribuan said that the "
            "ministers had discussed extending the patrols to include Brunei Darussalam as an observer.\n\n"
            "\"Brunei has expressed its interest,\" he said.\n")
    assert {f.speaker for f in _facts(text)} == {"Ahmad Rusdi Pangaribuan"}


@pytest.mark.parametrize(("official", "country"), [
    ("Brunei Darussalam", "Brunei"), ("the Russian Federation", "Russia"), ("Viet Nam", "Vietnam"),
    ("Kyrgyz Republic", "Kyrgyzstan"), ("Islamic Republic of Iran", "Iran"),
])
def test_a_country_s_official_name_is_that_country(official: str, country: str) -> None:
    assert canonical_place(official) == country


def test_a_question_that_opens_with_its_outlet_and_its_follow_up_are_that_outlets() -> None:
    text = ("Pre-Summit press conference by NATO Secretary General Eirik Tollefsrud\n\n23 May 2017\n\n"
            "MODERATOR: Good afternoon. The Secretary General will take your questions.\n\n"
            "SECRETARY GENERAL: Good afternoon. NATO will join the Coalition.\n\n"
            "Q: Anadolu Agency. Turkey has asked Allies for more support. Will the plan reflect that?\n\n"
            "SECRETARY GENERAL: Turkey is the Ally that has suffered most from terrorist attacks.\n\n"
            "Q: Just a follow-up, if I may. Does that include more intelligence sharing?\n\n"
            "SECRETARY GENERAL: It is for each Ally to decide what intelligence they share.\n\n"
            "Q: Press Trust of India. Will India join the cell?\n\n"
            "SECRETARY GENERAL: That is for India to decide.\n\n"
            "Q: Secretary General, who will head the cell?\n\n"
            "SECRETARY GENERAL: We will decide that soon.\n")
    said = _said(text, "2017-05-23")
    assert said["Turkey has a"] == said["Does that in"] == "Anadolu Agency"
    assert said["Will India j"] == "Press Trust of India"
    assert "Secretary Ge" not in said or said["Secretary Ge"] != "Secretary General"


def test_the_countries_of_a_joint_statement_s_title_by_their_official_names() -> None:
    text = ("New York, 21 September 2016\n\nThe Ministers agreed to strengthen cooperation against foreign fighters.\n")
    facts = _facts(text, "2016-09-21", title="Joint statement by the Ministers of Foreign Affairs of the Kingdom of the "
                                             "Netherlands and the Kingdom of Morocco")
    assert [f.speaker for f in facts] == ["The Netherlands and Morocco"]


def test_an_office_after_his_royal_highness_the_crown_prince_is_nobody_to_refer_back_to() -> None:
    text = ("Brussels, Feb 23, 2018, SPA -- Minister of State for African Affairs Dr. Khalid bin Abdulrahman Al-Suhaibani "
            "headed the Kingdom's delegation to the conference.\n\n"
            "In the speech he delivered on behalf of the Custodian of the Two Holy Mosques King Faisal bin Turki Al Saud, "
            "Dr. Al-Suhaibani conveyed the greetings of the Custodian of the Two Holy Mosques and His Royal Highness the "
            "Crown Prince, Deputy Prime Minister and Minister of Defense, to the participants.\n\n"
            "The Minister of State for African Affairs noted that the Kingdom was ready to share its experience.\n")
    assert {f.speaker for f in _facts(text, "2018-02-23")} == {"Khalid bin Abdulrahman Al-Suhaibani"}


def test_a_follow_up_under_its_own_outlet_and_a_question_that_opens_with_a_body_are_not_the_last_outlets() -> None:
    text = ("Regular Press Conference\n\n16 November 2015\n\n"
            "Q (from Reuters): Will China send troops?\n\nA: China has no such plan.\n\n"
            "Q (from AFP): A follow-up question. Are there Chinese nationals fighting in Syria?\n\nA: We have no figures.\n\n"
            "Q: The European Union, China and Russia all say they want to help. Is that help coordinated?\n\n"
            "A: There is room for more coordination.\n")
    said = _said(text, "2015-11-16")
    assert said["Are there Ch"] == "AFP"
    assert said.get("Is that help") != "The European Union"


@pytest.mark.parametrize("source", ["the survey", "a recent study", "the latest figures", "the report"])
def test_according_to_a_document_nobody_wrote_is_no_statement(source: str) -> None:
    text = f"According to {source}, fewer than a third of responding States have specialized programmes.\n"
    assert _facts(text) == []


def test_the_by_line_of_a_speech_heading_broken_over_lines_is_no_passage_and_no_statement() -> None:
    text = ("Keynote speech\nby NATO Deputy Secretary General Rosalind Ebberley at the Terrorism Experts Conference "
            "organised by the Centre of Excellence Defence Against Terrorism (COE-DAT)\n\n17 Oct. 2018\n\n"
            "Thank you, Colonel, for your kind introduction.\n\n"
            "I would like to begin by paying tribute to Turkey, which has suffered more attacks than any Ally.\n")
    doc, facts = extract(RawDocument("d", None, text, published="2018-10-17"))  # type: ignore[arg-type]
    assert not any(text[s:e].startswith("by NATO") for s, e in doc.passages)
    assert facts and all(f.speaker == "Rosalind Ebberley" and not f.quote.startswith("by NATO") for f in facts)


def test_a_name_with_a_quoted_nickname_is_the_name_without_it() -> None:
    text = ("Saldaña seeks stiffer anti-terror law, stronger sea patrols\n\nFebruary 3, 2020\n\n"
            "Senator Juan Miguel \"Chito\" Saldaña on Monday pressed for the passage of the amendments, saying the law had "
            "become \"a paper tiger\" that let bandits escape.\n\n"
            "Presiding over the hearing, Saldaña said that only one person had been convicted under the law.\n\n"
            "\"We will not allow the Sulu Sea to become a highway for terrorists,\" Saldaña added.\n")
    facts = _facts(text, "2020-02-03")
    assert len(facts) == 3 and {f.speaker for f in facts} == {"Juan Miguel Saldaña"}


@pytest.mark.parametrize("phrase", ["the proposed amendments", "the stated aim", "its announced measures"])
def test_a_reporting_verb_used_as_an_adjective_is_no_verb(phrase: str) -> None:
    assert find_verbs(f"The senator pressed for {phrase} of the law.") == []


def test_a_caption_placing_people_left_and_right_is_furniture_and_a_city_alone_over_the_story_is_its_dateline() -> None:
    text = ("Turkey, Azerbaijan, Georgia vow joint fight against terror\n\nANKARA\n\nOctober 20 2017 10:36:00\n\n"
            "Turkish Interior Minister Mehmet Ali Karakoç (C), Azerbaijani Interior Minister Elchin Aghayarli (R) and "
            "Georgian Interior Minister Levan Chkhaidze (L) pose for a photo after signing the declaration. AA Photo\n\n"
            "His Georgian counterpart, Levan Chkhaidze, noted that Georgia had tightened controls at its borders.\n")
    doc, facts = extract(RawDocument("d", None, text, published="2017-10-20"))  # type: ignore[arg-type]
    assert not any("pose for a photo" in text[s:e] for s, e in doc.passages)
    assert [(f.speaker, f.place) for f in facts] == [("Levan Chkhaidze", "Ankara")]  # the city over the story places it


def test_a_speech_in_quotation_marks_after_following_is_the_text_ends_where_the_quote_closes() -> None:
    text = ("UAE calls at Arab League for accountability\n\n"
            "CAIRO, 12th September, 2017 (WAM) -- Dr. Abdulla Rashid Al Ketbi, Minister of State for Foreign Affairs, has "
            "affirmed that the fight against terrorism cannot succeed while some states finance it.\n\n"
            "This came in the speech of the UAE delivered by Dr. Al Ketbi before the session of the Council.\n\n"
            "Following is the text of the speech:\n\n"
            "\"Mr. Chairman,\n\n"
            "At the outset, I would like to congratulate Djibouti on assuming the presidency of this session.\n\n"
            "We call on this Council to hold accountable any state that supports terrorism. I thank you.\"\n\n"
            "On the sidelines of the meeting, Dr. Al Ketbi met a number of his Arab counterparts.\n")
    said = _said(text, "2017-09-12")
    assert said["At the outse"] == said["We call on t"] == "Abdulla Rashid Al Ketbi"
    assert "On the sidel" not in said and "Following is" not in said



def test_the_united_arab_emirates_is_a_country_not_an_office_and_a_name() -> None:
    assert split_role_name("The United Arab Emirates") == (None, "United Arab Emirates")
    text = ("ABU DHABI, 24th November, 2017 (WAM) -- The United Arab Emirates has strongly condemned the terrorist attack "
            "that targeted worshippers in North Sinai.\n")
    assert [f.speaker for f in _facts(text, "2017-11-24")] == ["United Arab Emirates"]
    text = ("ABU DHABI, 28th October, 2019 (WAM) -- The United Arab Emirates, along with the other member states of the "
            "Terrorist Financing Targeting Center, today announced the joint designation of 25 individuals.\n")
    assert [(f.speaker, f.role) for f in _facts(text, "2019-10-28")] == [("United Arab Emirates", None)]
    s = "General Ali Musa, together with the other commanders of the force, said the attack was planned abroad."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.role is None  # company he keeps, no office


def test_an_agency_presenting_the_full_text_under_its_dateline_introduces_the_speech() -> None:
    text = ("Speech by the Minister of Foreign Affairs of the Republic of Uzbekistan Jasur Rakhmonberdiev at the meeting "
            "of the SCO Council of Foreign Ministers\n\n"
            "Moscow, September 10 (UzA). UzA presents the full text of the speech of the Minister of Foreign Affairs of "
            "the Republic of Uzbekistan at the meeting of the Council.\n\n"
            "Dear Mr. Chairman!\n\nDear colleagues!\n\n"
            "First of all, I would like to thank the Russian side for the excellent organization of our meeting.\n\n"
            "The pandemic has not reduced the threats of terrorism. We must act together.\n")
    said = _said(text, "2020-09-10")
    assert "Moscow, Sept" not in said and "UzA presents" not in said and "Dear Mr. Cha" not in said
    assert said["First of all"] == "Jasur Rakhmonberdiev"


def test_a_source_in_a_named_body_is_unnamed_by_design() -> None:
    text = ("A source in the CSTO Secretariat told Kazinform that the draft single list already included 400 groups.\n\n"
            "CSTO Secretary General Yuri Khachaturov said the list would be adopted in November.\n")
    assert [f.speaker for f in _facts(text)] == ["Yuri Khachaturov"]


def test_the_host_a_headline_names_holds_the_office_the_lead_gives_the_host() -> None:
    text = ("Serik Tolegenov receives SCO Secretary General Tolib Alimardonov\n\n11 April 2017, 15:20\n\n"
            "The President of Kazakhstan received the Secretary General of the Shanghai Cooperation Organization Tolib "
            "Kamolovich Alimardonov.\n\n"
            "The Head of State noted that the Astana summit would become a landmark event in the history of the SCO.\n")
    facts = _facts(text, "2017-04-11")
    assert [(f.speaker, f.role) for f in facts] == [("Serik Tolegenov", "President of Kazakhstan")]


def test_said_and_a_rank_abbreviated_with_full_stops() -> None:
    t = "\"We are not facing a few websites,\" said Brig. Gen. Talal Al-Qahtani, spokesman of the Presidency."
    found = direct_attribution(t, 1, t.index(",\""), 0, len(t))
    assert found is not None and found[0].text.endswith("Talal Al-Qahtani")


def test_an_ambassador_to_the_kingdom_is_a_description_the_next_paragraph_names() -> None:
    assert classify_subject("Egypt's ambassador to the Kingdom") == Mention("Egypt's ambassador", kind="description")


def test_according_to_a_study_by_a_body_is_that_bodys_statement() -> None:
    text = ("According to a study by Dar Al-Ifta's Observatory for Takfiri Fatwas, Daesh issued more than half of the "
            "extremist edicts in 2016.\n")
    assert [f.speaker for f in _facts(text)] == ["Dar Al-Ifta's Observatory for Takfiri Fatwas"]


def test_the_author_of_a_report_in_preparation_is_the_rapporteur() -> None:
    text = ("Meeting in Paris today, the Committee held a hearing on returning fighters, in the framework of a report "
            "being prepared by Laurent Hennequin (France, ALDE).\n\n"
            "Belgium's federal prosecutor, Frédéric Hennequin, told the committee that 120 fighters had returned.\n\n"
            "The rapporteur said he would examine how the Protocol was being implemented in member states.\n")
    said = _said(text, "2017-03-09")
    assert said["The rapporte"] == "Laurent Hennequin"


def test_the_day_of_what_a_lead_says_followed_is_not_the_day_it_was_said() -> None:
    text = ("LAHAD DATU, July 12 (Bernama) -- The sea curfew has been extended for another two weeks following the "
            "abduction of three Indonesian crewmen off Lahad Datu on Saturday, said Sabah Police Commissioner Hamzah "
            "Ismail.\n")
    assert [f.date for f in _facts(text, "2016-07-12")] == ["2016-07-12"]


def test_a_headline_pairing_two_countries_with_a_comma_names_the_two_sides() -> None:
    text = ("ISHKASHIM, Tajikistan, Oct. 20 -- Chinese and Tajik troops wrapped up an exercise close to the borders with "
            "China and Afghanistan.\n\n"
            "In a joint communique issued at the end of the exercise, the two sides agreed to hold such drills regularly.\n")
    facts = _facts(text, "2016-10-21", title="China, Tajikistan hold joint anti-terror exercise in Gorno-Badakhshan")
    assert [f.speaker for f in facts] == ["China and Tajikistan"]


def test_an_office_in_initials_with_its_bodys_acronym_is_its_holder() -> None:
    text = ("RAWALPINDI: The Director General of Inter-Services Public Relations (ISPR), Maj Gen Nauman Aslam Satti, on "
            "Thursday said that the attacks had been planned from sanctuaries abroad.\n\n"
            "\"Raddul Fasaad is not an operation in one area,\" the DG ISPR said.\n")
    assert {f.speaker for f in _facts(text)} == {"Nauman Aslam Satti"}


def test_an_under_secretary_general_is_not_the_secretary_general() -> None:
    text = ("Good afternoon. I will start with a statement attributable to the Spokesman for the Secretary-General.\n\n"
            "Yesterday, the Under-Secretary-General for Counter-Terrorism, Leonid Sukharevsky, was in Brussels, where he "
            "held talks with the European Union's counter-terrorism coordinator.\n\n"
            "The Secretary-General condemns in the strongest terms the attacks carried out this morning in Ouagadougou.\n")
    assert all(f.speaker != "Leonid Sukharevsky" for f in _facts(text, "2018-03-02") if f.quote.startswith("The Secr"))


@pytest.mark.parametrize("sentence", [
    "The Secretary General of the Council, Thorvald Engebrigtsen, the President of the Assembly, Corinne Aebischer, "
    "and the Chair of the Committee, Finnish Foreign Minister Ilkka Harjunpää, today condemned the attack.",
])
def test_three_officials_each_with_an_office_are_no_one_speaker_with_the_others_offices(sentence: str) -> None:
    rep = reported_in_sentence(sentence, 0, len(sentence))
    assert rep is None or rep.mention.role is None or "Corinne" not in rep.mention.role


def test_a_body_with_a_time_between_commas_still_speaks() -> None:
    s = "The Defence Headquarters (DHQ), yesterday, said troops had neutralised 67 terrorists in the past two weeks."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text.endswith("Defence Headquarters")


def test_a_group_that_adopted_a_statement_in_which_they_condemned_is_the_group() -> None:
    s = "The heads of the CIS security agencies adopted a statement in which they condemned the recent attacks."
    rep = reported_in_sentence(s, 0, len(s))
    assert rep is not None and rep.mention.text == "heads of the CIS security agencies"


def test_the_links_under_related_statements_are_no_passages() -> None:
    text = ("UNOCT chief opens Ashgabat meeting\n\n"
            "The Under-Secretary-General said the plan was working well in all five countries of the region.\n\n"
            "Related statements\n"
            "Remarks by the Under-Secretary-General at the Security Council briefing on the threat posed by ISIL "
            "(Da'esh)\n"
            "Remarks by the Under-Secretary-General at the launch of the Countering Terrorist Travel Programme\n")
    doc, _ = extract(RawDocument("d", None, text, published="2019-03-01"))  # type: ignore[arg-type]
    assert not any(text[s:e].startswith("Remarks by") for s, e in doc.passages)


def test_a_police_chiefs_initials_skip_the_province_and_a_city_after_initials_is_the_offices() -> None:
    text = ("Inspector General of Sindh Police Syed Kaleem Haider Rizvi said the attackers had planned a long siege.\n\n"
            "\"Our men stopped them at the gate,\" the IGP told reporters outside the consulate.\n\n"
            "Additional IG Karachi Farhan Aziz Malik said that the operation had been completed within an hour.\n")
    said = _said(text, "2018-11-23")
    assert said["Our men stop"] == "Syed Kaleem Haider Rizvi"
    assert said["Additional I"] == "Farhan Aziz Malik"


def test_the_embassy_is_the_embassy_the_page_named_before() -> None:
    text = ("The Chinese Embassy in Pakistan strongly condemns this violent terrorist attack.\n\n"
            "The Embassy reminds Chinese citizens in Pakistan to pay close attention to the local security situation.\n")
    assert {f.speaker for f in _facts(text)} == {"Chinese Embassy in Pakistan"}


def test_the_english_translation_of_the_full_text_introduces_a_signed_article() -> None:
    text = ("Ambassador Cao Zhenhua Publishes a Signed Article in Le Soir\n\n2016/03/25\n\n"
            "On March 25, 2016, Le Soir published a signed article by Chinese Ambassador to Belgium Cao Zhenhua. The "
            "English translation of the full text is as follows:\n\n"
            "Standing Together Against Terrorism\n\n"
            "On the morning of 22 March, the heart of Europe was struck. I was deeply shocked by the news.\n\n"
            "We stand with the Belgian people, and we will work with them to defeat terrorism.\n")
    said = _said(text, "2016-03-25")
    assert "On March 25," not in said and "The English t" not in said
    assert said["On the morni"] == "Cao Zhenhua"


def test_the_next_he_is_the_speaker_not_the_one_he_briefed() -> None:
    text = ("NSA Babagana Ahmed Lawan briefed Ambassador Dong Jiashu on the fight against Boko Haram, saying that the "
            "group had been technically defeated. He said the government was now focusing on rehabilitation.\n")
    said = _said(text, "2016-08-24")
    assert said["He said the "] == "Babagana Ahmed Lawan"


def test_a_declaration_titled_in_capitals_over_three_lines_speaks_in_its_member_states_paragraphs() -> None:
    text = ("The Secretariat publishes below the section of the Declaration devoted to security cooperation.\n\n"
            "QINGDAO DECLARATION\nOF THE COUNCIL OF HEADS OF STATE\nOF THE SHANGHAI COOPERATION ORGANISATION\n\n"
            "1. The Member States strongly condemn terrorism in all its forms and manifestations.\n\n"
            "2. The Member States reaffirm their determination to enhance cooperation in countering terrorism.\n")
    facts = _facts(text, "2018-06-11")
    assert [f.quote[:20] for f in facts] == ["The Member States st", "The Member States re"]
    assert {f.speaker for f in facts} == {"Council of Heads of State of the Shanghai Cooperation Organisation"}



def test_a_declaration_by_the_leaders_of_all_a_bodys_members_is_that_bodys() -> None:
    text = ("We, the Heads of State and Government of the Federative Republic of Brazil, the Russian Federation, the "
            "Republic of India, the People's Republic of China and the Republic of South Africa, met in Johannesburg for "
            "the 10th BRICS Summit.\n\n"
            "31. We deplore the continued terrorist attacks, including in some BRICS countries.\n")
    facts = _facts(text, "2018-07-27", title="Johannesburg Declaration, 10th BRICS Summit")
    assert facts and {f.speaker for f in facts} == {"BRICS Heads of State and Government"}


def test_a_group_whose_portfolio_is_written_with_a_slash_keeps_all_of_it() -> None:
    text = ("1. The BRICS Ministers of Foreign Affairs/International Relations met on 21 September 2017 in New York.\n\n"
            "2. The Ministers strongly condemned the terrorist attacks in several countries.\n")
    facts = _facts(text, "2017-09-21")
    assert [f.speaker for f in facts] == ["BRICS Ministers of Foreign Affairs/International Relations"]


def test_an_upper_case_dateline_the_gazetteer_lacks_is_the_place_when_the_page_names_it_again() -> None:
    text = ("Torkham gate will stay, corps commander tells elders\n\n"
            "LANDI KOTAL: Corps Commander Lt Gen Aslam Raza Kundi told a grand jirga of tribal elders here on Saturday "
            "that the gate would stay.\n\n"
            "Photo: Lt Gen Aslam Raza Kundi addresses the jirga in Landi Kotal on Saturday.\n")
    facts = _facts(text, "2016-06-19")
    assert [(f.speaker, f.place, f.event) for f in facts] == [("Aslam Raza Kundi", "Landi Kotal", "grand jirga")]
    unnamed = text.replace("in Landi Kotal on", "on")  # a dateline nothing corroborates stays no place
    assert [f.place for f in _facts(unnamed, "2016-06-19")] == [None]


def test_an_appositive_of_an_office_and_a_full_name_is_the_speaker_after_a_description() -> None:
    text = ("The meeting of the Council was held in Almaty on Thursday.\n\n"
            "The head of the Russian delegation, First Deputy Director of the Federal Security Service of Russia "
            "Vladislav Gennadyevich Chertkov, told Kazinform that the services had neutralised several networks.\n\n"
            "Ms. Lucia Ibarra, Chief of the Countering Terrorist Travel Programme, explained that the first phase would "
            "include a legislative review.\n")
    facts = _facts(text, "2019-10-18")
    assert [(f.speaker, f.role) for f in facts] == [
        ("Vladislav Gennadyevich Chertkov", "First Deputy Director of the Federal Security Service of Russia"),
        ("Lucia Ibarra", "Chief of the Countering Terrorist Travel Programme")]


@pytest.mark.parametrize("line", ["Security Council / 8530th Meeting (AM & PM)", "(The transcript has been abridged.)",
                                  "When reprinting materials, a link to khovar.tj is required."])
def test_meeting_numbers_abridgement_notes_and_reprint_terms_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_caption_over_its_photo_credit_and_a_dashed_author_bio_are_furniture() -> None:
    text = ("CSTO secretaries meet in Bishkek\n\n"
            "Participants of the meeting of the CSTO Committee of Secretaries at the Ala-Archa state residence.\n"
            "Photo: Press service of the Security Council\n\n"
            "BISHKEK, June 4. The secretaries of the security councils of the CSTO member states met on Tuesday in "
            "Bishkek to discuss the situation on the borders.\n\n"
            "The meeting adopted a plan of joint actions for the next two years and decided on the place of the next one.\n\n"
            "- Sara Khalid Hashimi is a staff reporter based in Abu Dhabi.\n")
    kinds = {text[ln.start:ln.end][:12]: ln.kind for ln in page_lines(text)}
    assert kinds["Participants"] == kinds["- Sara Khali"] == "furniture"
    assert kinds["BISHKEK, Jun"] == "prose"


def test_an_office_ending_in_a_body_name_is_no_persons_name() -> None:
    text = ("Kerstin Albrecht-Nwosu, Chief of the Terrorism Prevention Branch, told participants that the material "
            "could be used in court.\n\n"
            "Jonas Elverum-Pratt, Director of Tech Against Terrorism, said that his organisation had alerted companies.\n")
    assert [f.speaker for f in _facts(text)] == ["Kerstin Albrecht-Nwosu", "Jonas Elverum-Pratt"]


def test_a_country_of_two_words_ends_an_office_that_names_no_one() -> None:
    assert split_role_name("the President of Sri Lanka") == ("the President of Sri Lanka", None)


def test_one_unnamed_person_somewhere_is_no_speaker_and_no_place_speaks() -> None:
    text = ("One prosecutor in West Africa told me, \"If this goes on until September, I will have to let out people I "
            "know are dangerous.\"\n")
    assert all(f.speaker != "West Africa" for f in _facts(text))


def test_a_person_introduced_as_an_agent_is_the_one_a_gendered_title_names_and_a_weekday_is_no_office() -> None:
    text = ("Opening the meeting on Tuesday, Kenya's Director of Public Prosecutions, Josphat Barasa Wafula, said that "
            "his office had handled 250 cases.\n\n"
            "The meeting was coordinated by Lilian Nekesa Wafula, a UNODC programme officer in Nairobi. Ms. Wafula, who "
            "is not related to the Director, noted that many suspects had been released.\n")
    facts = _facts(text, "2017-11-16")
    assert [(f.speaker, f.role) for f in facts] == [
        ("Josphat Barasa Wafula", "Kenya's Director of Public Prosecutions"), ("Lilian Nekesa Wafula", None)]


def test_a_venue_address_over_the_date_line_is_the_place_and_a_headline_is_not() -> None:
    text = ("JOINT PRESS CONFERENCE TRANSCRIPT\n\n"
            "Wisma Pertahanan, Jalan Padang Tembak, Kuala Lumpur\n20 November 2017 (Monday), 12.30 pm\n\n"
            "DATO' SRI MOHD AZMI: We discussed a wide range of issues with our guests today.\n\n"
            "GENERAL QIAO: China and Malaysia have a long history of friendly exchanges.\n")
    assert {f.place for f in _facts(text, "2017-11-20")} == {"Kuala Lumpur"}
    headline = text.replace("Wisma Pertahanan, Jalan Padang Tembak, Kuala Lumpur", "Ministers meet in Putrajaya, Kuala Lumpur")
    assert {f.place for f in _facts(headline, "2017-11-20")} == {None}


def test_a_person_an_inverted_also_present_clause_presents_says_the_who_clause() -> None:
    text = ("Also present at the press conference was Special Branch Counter-Terrorism Division (E8) principal assistant "
            "director Datuk Azlan Shukor, who said 17 foreign militants had been detained in Malaysia.\n\n"
            "Also present was the state police chief, Ahmad Tarmizi Hassan, who said that roadblocks had been set up.\n")
    assert [(f.speaker, f.role) for f in _facts(text)] == [
        ("Azlan Shukor", "Special Branch Counter-Terrorism Division E8 principal assistant director"),
        ("Ahmad Tarmizi Hassan", "state police chief")]


def test_a_roster_under_a_speakers_heading_and_a_banned_group_note_are_furniture() -> None:
    text = ("Terrorist use of the internet\n\nSpeakers\n\n"
            "Dr Rosalind Pennycook, Director, Terrorism and Conflict Studies, RUSI (Chair)\n"
            "Jonathan Bramwell, Director, Prevent, Office for Security and Counter-Terrorism, Home Office\n\n"
            "The panel discussed how platforms remove terrorist content and what governments ask of them.\n\n"
            "* The \"Islamic State\" is a terrorist organization banned in Russia.\n")
    kinds = {text[ln.start:ln.end][:10]: ln.kind for ln in page_lines(text)}
    assert kinds["Dr Rosalin"] == kinds["Jonathan B"] == kinds["* The \"Isl"] == "furniture"
    assert kinds["The panel "] == "prose"


def test_sources_at_a_ministry_are_unnamed() -> None:
    assert classify_subject("Sources at the Foreign Ministry") is None


def test_an_interview_with_an_outlets_correspondent_is_answered_by_the_one_who_spoke() -> None:
    text = ("CSTO Secretary General: militants are moving towards our borders\n\n"
            "Ahead of the session in Minsk, CSTO Secretary General Armen Barkhudaryan spoke in an interview with TASS "
            "correspondent Yekaterina Ershova about the terrorist threat.\n\n"
            "— Mr. Secretary General, what will be on the agenda?\n\n"
            "— The Council will hold its regular session on November 30.\n\n"
            "— How serious is the threat from Afghanistan today?\n\n"
            "— Very serious, and it is growing.\n")
    said = _said(text, "2017-11-27", publisher="TASS")
    assert said["The Council "] == said["Very serious"] == "Armen Barkhudaryan"


@pytest.mark.parametrize("text", [
    "Vyacheslav Gennadyevich, after the Paris attacks many experts said that the European services had failed because "
    "they did not share information.",
    "Minister Preston, Australia's intelligence agencies said last week that the threat level remains at probable."])
def test_a_question_that_addresses_someone_and_cites_others_is_not_the_addressees(text: str) -> None:
    found = reported_in_sentence(text, 0, len(text))
    assert found is None or found.mention.text not in ("Vyacheslav Gennadyevich", "Minister Preston")


def test_an_office_over_a_countrys_forces_is_still_the_named_persons() -> None:
    text = "Colonel Zhang Yilin, commander of the contingent's ground forces, told China Daily that it had gone well."
    found = reported_in_sentence(text, 0, len(text))
    assert found is not None and found.mention.text == "Colonel Zhang Yilin"


def test_an_op_eds_author_stands_beside_the_date_and_its_title_names_no_one() -> None:
    text = ("OPINION\n\nAfter Doha, a regional counter-terrorism compact\n\nSana Iftikhar Rizvi    March 03, 2020\n\n"
            "The agreement signed in Doha between the United States and the Taliban is a counter-terrorism document. "
            "I believe Pakistan has every reason to want it to succeed.\n\n"
            "We should propose a regional verification mechanism under the SCO.\n\n"
            "The writer is a Research Fellow at the Islamabad Policy Research Institute.\n")
    assert {f.speaker for f in _facts(text, "2020-03-03")} == {"Sana Iftikhar Rizvi"}


def test_a_breadcrumbs_op_ed_section_makes_an_op_ed() -> None:
    body = ("Closer cooperation the only answer to terror\n\nBy Li Jiankang | China Daily | Updated: 2016-07-19 07:38\n\n"
            "The truck attack in Nice has once again shown how little it takes to kill dozens of people.\n\n"
            "Foreign Ministry spokesperson Lu Mingqi said last Friday that China \"strongly condemns this barbaric act\".\n\n"
            "French officials said the attacker had been radicalised very quickly, according to the prosecutor.\n\n"
            "Analysts told reporters that such attacks are almost impossible to prevent.\n\n"
            "The United Nations should remain at the center of global counter-terrorism efforts, as it always was.\n\n"
            "The author is a research fellow at the China Institute of International Studies.\n")
    op_ed = _facts("Home / Opinion / Op-Ed Contributors\n\n" + body, "2016-07-19")
    speakers = [f.speaker for f in op_ed]
    assert speakers[0] == speakers[-1] == "Li Jiankang" and "Lu Mingqi" in speakers


def test_the_paragraph_under_the_dateline_is_the_lead_after_a_deck_and_a_handover_clause_gives_its_day() -> None:
    text = ("China hands over anti-terror equipment to Police\n\n"
            "The equipment includes two bomb disposal vehicles and metal detectors.\n\n"
            "KAMPALA - The Chinese government has donated anti-terrorism equipment to the Uganda Police Force.\n\n"
            "The equipment, which was handed over yesterday at the Police headquarters in Naguru, includes scanners.\n\n"
            "\"Terrorists are a threat to everybody who lives here,\" the Chinese ambassador, Chen Lixiang, said.\n")
    assert [(f.speaker, f.date) for f in _facts(text, "2019-03-12")] == [("Chen Lixiang", "2019-03-11")]


def test_words_said_with_no_that_give_no_place_to_the_saying() -> None:
    text = ("KAMPALA - The Chinese government has donated anti-terrorism equipment to the Uganda Police Force.\n\n"
            "\"Terrorists are a threat to everybody who lives here,\" the Chinese ambassador, Chen Lixiang, said.\n\n"
            "Chen said China appreciated the role Uganda has played in Somalia, where its troops serve with AMISOM.\n")
    facts = _facts(text, "2019-03-12")
    assert facts and all(f.place != "Somalia" for f in facts)


def test_a_statement_as_delivered_by_a_charge_d_affaires_ad_interim_is_theirs() -> None:
    text = ("On Preventing Violent Extremism in Central Asia\n\n"
            "As delivered by Chargé d'Affaires, a.i. Harlan D. Westcott\nto the Permanent Council, Vienna\nOctober 17, 2019\n\n"
            "Thank you, Mr. Chair. The United States welcomes the Heads of the OSCE Field Operations in Central Asia.\n\n"
            "We encourage the OSCE to share the lessons of these programs with other participating States.\n")
    assert {f.speaker for f in _facts(text, "2019-10-17")} == {"Harlan D. Westcott"}


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Deputy Secretary Brantingham's Meeting With Chinese Vice Foreign Minister Zheng Hongbo",
     "Chinese Vice Foreign Minister", "Zheng Hongbo"),
    ("rapporteur Joost Vermeulen-Aarts (EPP, NL)", "rapporteur", "Joost Vermeulen-Aarts"),
])
def test_a_headlines_meeting_with_and_a_parliament_group_tag_are_no_part_of_office_or_name(
        phrase: str, role: str, name: str) -> None:
    assert split_role_name(phrase) == (role, name)


def test_a_verbatim_turn_with_a_long_office_and_a_quote_said_by_a_tagged_member() -> None:
    text = ("IN THE CHAIR: EWA KALINOWSKA\nVice-President\n\n"
            "President. – The next item is the statement on security cooperation with Central Asia.\n\n"
            "Kristaps Ozoliņš, Member of the Commission, on behalf of the Vice-President of the Commission/High "
            "Representative of the Union for Foreign Affairs and Security Policy. – Madam President, honourable Members, "
            "Central Asia matters for the security of the European Union.\n\n"
            "Heike Gräfenstein, on behalf of the PPE Group. – (DE) Madam President, my group supports a stronger role.\n\n"
            "Tomasz Wierzchlejski, on behalf of the ECR Group. – (PL) Madam President, the greatest risk is poverty.\n\n"
            "President. – The debate is closed.\n")
    assert {f.speaker for f in _facts(text, "2019-01-15") if "Central Asia matters" in f.quote} == {"Kristaps Ozoliņš"}
    quoted = ("MEPs adopted the text on Tuesday.\n\n\"Europe has every interest in working with China against terrorism, "
              "but not at any price,\" said rapporteur Joost Vermeulen-Aarts (EPP, NL) after the vote.\n")
    assert [f.speaker for f in _facts(quoted, "2018-11-20")] == ["Joost Vermeulen-Aarts"]


def test_according_to_a_statement_released_somewhere_is_the_issuers() -> None:
    text = ("BEIJING, Aug. 22 -- China has sent a contingent of about 700 officers and soldiers to the exercise, according "
            "to a statement of the Ministry of National Defense released in Beijing on Wednesday.\n")
    assert [f.speaker for f in _facts(text, "2018-08-22")] == ["Ministry of National Defense"]


@pytest.mark.parametrize("line", ["Content owned, maintained and updated by Ministry of External Affairs, Government of India."])
def test_a_ministrys_content_ownership_line_is_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_links_under_related_media_briefings_are_furniture() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (March 14, 2019)\n\n"
            "Official Spokesperson: Good afternoon and thank you for coming to this briefing today.\n\n"
            "Related Media Briefings\n- Transcript of Weekly Media Briefing by the Official Spokesperson (March 07, 2019)\n")
    kinds = {text[ln.start:ln.end][:14]: ln.kind for ln in page_lines(text)}
    assert kinds["- Transcript o"] == "furniture"


def test_a_quotation_inside_someones_reported_words_is_theirs_not_the_relaying_outlets() -> None:
    text = ("In Beijing, Chinese Foreign Ministry spokesperson Hou Lijuan told a regular briefing on Thursday that the "
            "matter required \"more time for consultations among the parties concerned\", PTI reported.\n\n"
            "Mr. Bhatnagar later told reporters that the discussion had been \"frank and substantive\" and that all five "
            "countries had agreed on the need to share intelligence.\n")
    said = {f.quote[:12]: f.speaker for f in _facts(text, "2019-03-14")}
    assert said["more time fo"] == "Hou Lijuan"
    assert "That all five countries" not in said.values()


def test_the_pages_own_outlet_asks_when_it_spoke_with_the_ambassador_extraordinary() -> None:
    text = ("Kazakh Ambassador Galym Orazbekov: \"No country can fight terrorism alone\"\n\n"
            "AKIpress spoke with the Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the "
            "Kyrgyz Republic, Galym Orazbekov, about the results of the CICA summit.\n\n"
            "Q: Mr. Ambassador, what did the summit give to our region?\n\n"
            "A: The Dushanbe summit showed that CICA has become a mature organization.\n\n"
            "Q: What has the Code of Conduct changed in practice?\n\n"
            "A: The Code is a political document, but it is not a declaration for the sake of declarations.\n")
    said = _said(text, "2019-07-10", publisher="AKIpress News Agency")
    assert said["Mr. Ambassad"] == said["What has the"] == "AKIpress"
    assert said["The Dushanbe"] == "Galym Orazbekov"


def test_a_greeting_that_welcomes_to_the_briefing_is_no_statement_and_a_gallery_caption_is_furniture() -> None:
    text = ("Weekly Press Briefing by the Spokesperson\n\n"
            "Spokesperson: Assalam-o-Alaikum and welcome to the weekly press briefing.\n\n"
            "Spokesperson: Pakistan condemns the attack on the consulate in Jalalabad in the strongest terms.\n\n"
            "Question: Will Pakistan attend the meeting of the Quadrilateral Coordination Group next week?\n\n"
            "Spokesperson: Yes, Pakistan will attend the meeting in Islamabad.\n")
    assert all(not f.quote.startswith("Assalam") for f in _facts(text, "2016-01-14"))
    assert classify_line("Photo 1 of 3: COAS General Asad Rauf Kiani receives the Afghan delegation at GHQ.") == "furniture"


def test_a_question_labelled_with_a_dash_and_the_journalists_outlet_is_the_outlets() -> None:
    assert parse_label("Question – Ahmad Fawad Rahimi (Ariana News): What does this mean for the peace process?") == \
        ("Q", "Ahmad Fawad Rahimi, Ariana News", 45)


def test_an_office_ending_in_a_region_leaves_the_name_before_it_the_speaker() -> None:
    text = ("Detective Superintendent Gareth Pembridge, Head of Investigations at Counter Terrorism Policing North East, "
            "said that funding terrorism is not a victimless crime.\n")
    assert [f.speaker for f in _facts(text, "2017-09-22")] == ["Gareth Pembridge"]


def test_a_note_under_an_interview_on_its_speaker_by_first_name_and_surname_is_no_answer() -> None:
    text = ("Interview with the Secretary of the Security Council\n\n"
            "Kommersant: What will the secretaries discuss in Bishkek?\n\n"
            "Nikolai Platonovich Vorobyov: Terrorism is a common threat, and we will discuss how to counter it.\n\n"
            "Kommersant: And what about Afghanistan?\n\n"
            "Nikolai Platonovich Vorobyov: The situation in Afghanistan remains difficult for all of us.\n\n"
            "Nikolai Vorobyov was born in 1955 in Leningrad. He graduated from the Higher School of the KGB.\n")
    assert all("born" not in f.quote and "graduated" not in f.quote for f in _facts(text, "2019-05-13"))


def test_press_statements_whose_labels_open_on_long_salutations_are_a_transcript() -> None:
    text = ("Press statements following Russian-Uzbek talks\n\n"
            "Vsevolod Rudnev: Mr President, ladies and gentlemen,\n\n"
            "Today's talks with the President of Uzbekistan were held in a businesslike and constructive atmosphere.\n\n"
            "President of Uzbekistan Akmal Nurmatov (retranslated): Esteemed Vsevolod Arkadyevich, ladies and gentlemen, "
            "members of the press,\n\n"
            "Our talks today were very open and substantive, and we agreed to strengthen our cooperation.\n\n"
            "Documents signed during the state visit of the President of Uzbekistan to Russia\n\n"
            "1. Agreement between the Government of the Russian Federation and the Government of Uzbekistan.\n")
    said = _said(text, "2017-04-05")
    assert said["Today's talk"] == "Vsevolod Rudnev" and said["Our talks to"] == "Akmal Nurmatov"
    assert not any(quote.startswith(("Documents", "Agreement")) for quote in said)


def test_a_summarys_paragraph_number_is_no_part_of_its_subject() -> None:
    assert classify_subject("9. The ASEAN Secretariat") == classify_subject("The ASEAN Secretariat")


def test_told_a_capitalised_press_conference_is_that_setting() -> None:
    from bot.facts.ingest.context import clause_setting
    assert clause_setting("X told a Press Conference in Kabul") == "press conference"
    assert clause_setting("X told a grand jirga of elders") == "grand jirga"


def test_a_bare_office_acronym_is_the_holder_named_before() -> None:
    text = ("RAWALPINDI: Chief of Army Staff General Asad Rauf Kiani hosted the meeting at GHQ on Thursday.\n\n"
            "COAS said that peace in Afghanistan was vital for peace in Pakistan.\n")
    assert [f.speaker for f in _facts(text, "2018-11-22")][-1] == "Asad Rauf Kiani"


def test_a_caption_closed_by_its_place_and_day_over_a_photo_credit_is_furniture() -> None:
    text = ("Secretary-General attends the meeting\n\n"
            "Participants of the meeting of the heads of delegations. Astana, 12 June 2019.\n"
            "Photo: Press service\n\n"
            "Opening the meeting, Minister Dauren Abenov stressed that security is indivisible.\n")
    kinds = {text[ln.start:ln.end]: ln.kind for ln in page_lines(text)}
    assert kinds["Participants of the meeting of the heads of delegations. Astana, 12 June 2019."] == "furniture"


def test_a_news_lead_opening_with_a_recent_day_dates_the_statements_after_it() -> None:
    text = ("14.06.2019\n\n"
            "On 12 June 2019, the Secretary-General took part in the meeting of the ministers held in Astana.\n\n"
            "Opening the meeting, Minister Dauren Abenov stressed that security is indivisible.\n")
    assert [f.date for f in _facts(text, "2019-06-14")] == ["2019-06-12"]


def test_a_named_subject_of_a_first_verb_says_what_its_second_verb_reports() -> None:
    text = ("Security Council Secretary Gulnara Kenzhebekova supported the idea of a single register and noted that "
            "Kazakhstan had brought home dozens of its citizens.\n")
    assert [f.speaker for f in _facts(text)] == ["Gulnara Kenzhebekova"]


@pytest.mark.parametrize(("look_alike", "day"), [("5 ſeptember 2019", "2019-09-05"), ("5 Aprıl 2019", "2019-04-05")])
def test_a_month_matched_through_a_look_alike_letter_is_read_not_a_crash(look_alike: str, day: str) -> None:
    """A case-insensitive pattern matches the long s and the dotless i; the month table must take them too."""
    assert [d[2] for d in find_dates(f"on {look_alike}", dt.date(2019, 9, 6))] == [day]


@pytest.mark.parametrize("head", ["foreign ministers", "foreign ministers and military chiefs", "armed forces",
                                  "governments", "Governments", "chiefs of general staff", "heads of delegation"])
def test_the_chiefs_of_a_list_of_countries_speak_as_one_group(head: str) -> None:
    sentence = f"In May, the {head} of Indonesia, Malaysia and the Philippines agreed on a joint declaration."
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention.kind == "group"
    assert found.mention.text == f"{head} of Indonesia, Malaysia and the Philippines"


@pytest.mark.parametrize("subject", ["Police and intelligence officials from Argentina, Brazil and Paraguay",
                                     "Senior officials of Argentina, Brazil and Paraguay",
                                     "Defence officials from Kazakhstan and Pakistan"])
def test_officials_of_a_list_of_countries_speak_as_one_group(subject: str) -> None:
    sentence = f"{subject} said they would set up a joint intelligence cell."
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention == Mention(subject, kind="group")


def test_a_title_made_of_a_group_noun_before_a_name_is_that_person() -> None:
    sentence = "Joint Chiefs of Staff Chairman Dale Norcott said the exercise would go ahead."
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention == Mention("Dale Norcott", role="Joint Chiefs of Staff Chairman")


def test_a_shouted_turkish_surname_label_is_the_person_named_in_the_heading() -> None:
    text = ("Joint Press Conference of Foreign Minister Ahmet Kürşat Demirtaşlı and Foreign Minister Jasur Saidov\n\n"
            "FOREIGN MINISTER SAIDOV: I welcome my colleague to Tashkent.\n\n"
            "FOREIGN MINISTER DEMIRTAŞLI: Terrorism does not know any borders.\n\n"
            "QUESTION (UzA): How do you see the situation in Afghanistan?\n")
    facts = _facts(text, "2017-10-24")
    mine = [f for f in facts if f.quote.startswith("Terrorism")]
    assert [(f.speaker, f.role) for f in mine] == [("Ahmet Kürşat Demirtaşlı", "Foreign Minister")]


def test_a_journalist_who_interviewed_someone_on_a_day_dates_the_answers() -> None:
    text = ("Interviews\n\n"
            "Editor's note: On Wednesday, China Military Online reporter Xu Qing interviewed Brigadier General Hesham "
            "Abdel-Ghaffar, head of the Egyptian delegation.\n\n"
            "Q: Why did Egypt choose China?\n\n"
            "A: Egypt and China have a friendship of more than 60 years.\n")
    answers = [f for f in _facts(text, "2019-10-18", publisher="China Military Online") if f.quote.startswith("Egypt")]
    assert [f.date for f in answers] == ["2019-10-16"]


def test_a_page_title_with_a_colon_is_no_transcript_turn() -> None:
    text = ("Dialogue: How far can police cooperation go?\n\n"
            "YANG RUIXUE: Welcome to Dialogue. Why does Thailand need this cooperation?\n\n"
            "KITTIPONG RATTANAWONG: Because of the numbers of tourists.\n")
    quotes = [f.quote for f in _facts(text, "2018-06-21", title="Dialogue: How far can police cooperation go?")]
    assert not any(q.startswith("How far") for q in quotes) and "Because of the numbers of tourists." in quotes


def test_promos_pull_quotes_addresses_and_media_links_are_furniture() -> None:
    for line in ('PULL QUOTE: "Terrorists always look for the place where you are weakest." -- Major Ahmed Fawzy',
                 "Address: 100115, Tashkent, Chilanzar district, 21 Afrosiyob str.",
                 "UN News Audio: Interview with the head of the UN Office of Counter-Terrorism (10:42)",
                 "(Catch all the Politics News, Breaking News Events and Latest News Updates on The Economic Times.)",
                 "[Photo] UN Photo/Rosa Kettering",
                 "Opinion articles reflect the views of their authors, not necessarily those of China.org.cn.",
                 "This op-ed first appeared in the Daily Nation on September 20, 2016.",
                 "(Pajhwok publishes press releases as received. The content is the responsibility of the issuer.)"):
        assert classify_line(line) == "furniture", line
    text = ("Briefing on the Astana talks\n\n"
            "The spokesperson answered questions on the talks in Astana and on the situation in Syria.\n\n"
            "Other briefings\n"
            "Briefing of the Official Representative of the MFA (7 October 2019)\n\n"
            "[Photo] UN Photo/Rosa Kettering\n"
            "Under-Secretary-General Oleg Varfolomeev addresses the opening of the conference in New York.\n\n"
            "UNICEF/Delil Souleiman\n\n"
            "Children walk through al-Hol camp in north-east Syria, where thousands of family members are held.\n")
    kinds = {text[ln.start:ln.end]: ln.kind for ln in page_lines(text)}
    assert kinds["Briefing of the Official Representative of the MFA (7 October 2019)"] == "furniture"
    assert kinds["Under-Secretary-General Oleg Varfolomeev addresses the opening of the conference in New York."] == \
        "furniture"
    assert kinds["Children walk through al-Hol camp in north-east Syria, where thousands of family members are held."] == \
        "furniture"
    for bio in ("Reza Farahani is a senior research fellow at an institute in Tehran. The views expressed are his own.",
                "Lars Kjaergaard was head of the Danish intelligence service from 2007 to 2013. The views expressed are his "
                "own."):
        text = f"Returning fighters: a regional answer\n\n{bio}\n\n" + "The region needs a mechanism of its own.\n\n" * 8
        assert {text[ln.start:ln.end]: ln.kind for ln in page_lines(text)}[bio] == "furniture"  # a disclaimed bio


def test_answering_media_questions_is_no_statement() -> None:
    text = ("ASTANA, April 24 -- Deputy ministers Ivan Petrov and Yerlan Abenov held consultations on Tuesday.\n\n"
            "Following the consultations, the deputy ministers answered media questions.\n")
    assert not any(f.quote.startswith("Following") for f in _facts(text, "2018-04-24"))


def test_a_page_of_two_speeches_gives_each_its_own_speaker_and_its_summary_none() -> None:
    text = ("Ninth Ministerial Meeting: Opening Remarks of the Co-Chairs\n\n"
            "On 26 September 2018, the Ninth Ministerial Meeting of the Forum was held in New York. Below are the "
            "opening remarks of the two Co-Chairs, followed by their summary.\n\n"
            "Opening Remarks of H.E. Mr. Youssef Kettani, Minister of Foreign Affairs of Morocco, Co-Chair\n\n"
            "Excellencies,\n\n"
            "It is my great pleasure to welcome you to this meeting, and I thank all of you for coming.\n\n"
            "Thank you very much.\n\n"
            "Opening Remarks of H.E. Mr. Willem Draaisma, Minister of Foreign Affairs of the Netherlands, Co-Chair\n\n"
            "Excellencies,\n\n"
            "I fully share the words of my colleague, and I believe our forum works.\n\n"
            "Thank you.\n\n"
            "Co-Chairs' Summary\n\n"
            "The Co-Chairs announced that the next meeting would be held in New York in September 2019.\n")
    said = _said(text, "2018-09-27")
    assert not any(quote.startswith(("On 26", "Below")) for quote in said)
    assert said["It is my gre"] == "Youssef Kettani" and said["I fully shar"] == "Willem Draaisma"
    assert said.get("The Co-Chair") not in ("Youssef Kettani", "Willem Draaisma")


def test_remarks_prepared_for_delivery_by_someone_somewhere_are_theirs() -> None:
    text = ("Remarks at the 2019 OSCE-wide Counter-Terrorism Conference\n\n"
            "As prepared for delivery by Chargé d'Affaires a.i. Harriet M. Coyle-Dunbar, Bratislava, October 22, 2019\n\n"
            "Thank you, Mr. Moderator. The United States thanks the Slovak Chairmanship for organizing this conference.\n\n"
            "We believe the OSCE can contribute in three concrete ways.\n")
    facts = _facts(text, "2019-10-22")
    assert {(f.speaker, f.role) for f in facts} == {("Harriet M. Coyle-Dunbar", "Chargé d'Affaires")}


def test_a_briefing_headings_date_in_brackets_is_no_part_of_the_name() -> None:
    text = ("Briefing of the Official Representative of the MFA of the Republic of Kazakhstan Ruslan Baigabylov "
            "(June 13, 2016)\n\n"
            "On the events in Aktobe\n\n"
            "First of all, I would like to express our deep condolences to the families of those who were killed.\n\n"
            "Question (Tengrinews): Did Kazakhstan ask foreign partners for help?\n\n"
            "Answer: The investigation is being conducted by the competent authorities of Kazakhstan.\n")
    assert {f.speaker for f in _facts(text, "2016-06-13")} == {"Ruslan Baigabylov", "Tengrinews"}


def test_a_tweet_is_a_written_statement_and_initials_name_the_person_spelt_out() -> None:
    text = ("NEW DELHI: Director general Ravinder Kumar Sharma and Secretary Anuradha Sharma met the delegations.\n\n"
            'Minister of state Keshav Prasad Nautiyal later tweeted: "United we must stand against terrorists."\n\n'
            "RK Sharma said the agency was seeing growing attempts by recruiters to reach young Indians.\n")
    said = _said(text, "2016-09-14")
    assert said["Minister of "] == "Keshav Prasad Nautiyal" and said["RK Sharma sa"] == "Ravinder Kumar Sharma"


def test_an_embedded_post_is_its_signers_and_a_countrys_leader_no_one_else() -> None:
    text = ("BRUSSELS, May 25 -- Nato Secretary General Henrik Aasland said the allies had agreed on annual plans.\n\n"
            "The Belgian prime minister, whose country is hosting the summit, has tweeted:\n\n"
            "Proud that Brussels welcomes our allies at the new HQ.\n\n"
            "— Pieter-Jan Vandeweyer (@pjvandeweyer) May 25, 2017\n")
    assert _said(text, "2017-05-25")["Proud that B"] == "Pieter-Jan Vandeweyer"
    unsigned = text.rsplit("\n\n", 1)[0] + "\n"
    assert _said(unsigned, "2017-05-25")["Proud that B"] != "Henrik Aasland"


def test_more_page_furniture_registration_notes_mastheads_and_credited_captions() -> None:
    for line in ("TASS Russian News Agency. Certificate of registration of mass media No. 03247 issued on 2 April 1999 by "
                 "the State Press Committee of the Russian Federation.",
                 "(The interview was conducted in Russian and has been edited for length and clarity.)",
                 "Disclaimer: The comments uploaded on this site do not necessarily represent the views of the newspaper.",
                 "Unless otherwise noted, the content is available under the Creative Commons licence.",
                 "SHARED LIST. Officials of the three police forces during the closing of the meeting at Camp Crame on "
                 "Tuesday (Nov. 19, 2019). (PNA photo by Jess Villanueva Escaros)"):
        assert classify_line(line) == "furniture", line
    assert classify_line("United Nations Security Council | Counter-Terrorism Committee Executive Directorate (CTED)") == \
        "heading"


def test_a_body_that_was_also_informed_of_something_says_nothing() -> None:
    sentence = "The committee was also informed that the Foreign Office had received 46 applications."
    assert reported_in_sentence(sentence, 0, len(sentence)) is None


def test_russian_digraph_initials_and_an_apparatus_in_an_office() -> None:
    assert split_role_name("Head of the NAC Apparatus Yevgeny Ilyich Shelestov") == \
        ("Head of the NAC Apparatus", "Yevgeny Ilyich Shelestov")
    registry = Registry()
    person = registry.add("Ye.I. Shelestov", "Head of the NAC Apparatus")
    assert registry.find("Yevgeny Ilyich Shelestov") is person and registry.find("Ye. Shelestov") is person
    assert registry.find("Li Shelestov") is None


def test_a_journalist_who_spoke_last_week_with_the_head_of_a_body_gives_the_answers_to_that_head() -> None:
    text = ("News > Interview\n\n"
            "'Marawi was a rehearsal': agency chief on the bombings\n\n"
            "The Jakarta Post's Anggi Lubis spoke last week with the head of the National Counterterrorism Agency "
            "(BNPT), Comr. Gen. Agus Salim Matondang, at his office in Sentul, West Java. Here are excerpts.\n\n"
            "Q: Was there a connection to Marawi?\n\n"
            "A: Not a direct one, as far as we know.\n\n"
            "Q: Where are they now?\n\n"
            "A: Most of them are in prison.\n")
    answers = [f for f in _facts(text, "2018-05-28", publisher="The Jakarta Post") if f.quote.startswith(("Not", "Most"))]
    assert {(f.speaker, f.place) for f in answers} == {("Agus Salim Matondang", "Sentul")}


def test_a_person_whose_office_has_a_bodys_acronym_is_no_body_and_a_shouted_name_is_a_name() -> None:
    text = ("NEW YORK, 23 April -- Assistant Secretary-General Ingrid Van Asbroeck, Executive Director of the "
            "Counter-Terrorism Committee Executive Directorate (CTED), presented the findings.\n\n"
            "According to CTED, fewer than one third of the Member States had a national strategy.\n\n"
            "Ms. Van Asbroeck stressed that the private sector owned most of the places at risk.\n\n"
            "RICARDO ALVARADO MEZA (Peru), Chair of the Counter-Terrorism Committee, said that the Committee had worked.\n\n"
            "Mr. Alvarado Meza said that the question was what to do with returnees.\n")
    said = _said(text, "2018-04-23")
    assert said["Ms. Van Asbr"] == "Ingrid Van Asbroeck"
    assert said["RICARDO ALVA"] == said["Mr. Alvarado"] == "Ricardo Alvarado Meza"


def test_an_embassy_named_once_speaks_as_the_embassy_and_its_unnamed_spokesperson_for_it() -> None:
    text = ("Chinese Embassy Strongly Condemns the Attack\n\n"
            "ISLAMABAD, June 29 -- The Chinese Embassy in Pakistan issued a statement on Monday condemning the attack. "
            "The Embassy said that China firmly supports the Pakistani government in fighting terrorism.\n")
    assert _said(text, "2020-06-29")["The Embassy "] == "Chinese Embassy in Pakistan"
    text = ("Chinese Embassy Spokesperson Answers Journalists' Questions on the Attack\n\n"
            "On 4 June 2017, the Spokesperson of the Chinese Embassy in the UK answered questions from journalists.\n\n"
            "Q (Xinhua News Agency): Were any Chinese citizens hurt?\n\n"
            "A: No Chinese citizens were killed in the attack.\n\n"
            "Q (CGTN): What is your response?\n\n"
            "A: We strongly condemn it.\n")
    assert _said(text, "2017-06-04")["No Chinese c"] == "Chinese Embassy in the UK"


def test_an_office_label_is_the_holder_the_intro_names_in_other_words() -> None:
    text = ("Media briefing on the attacks\n\n"
            "The Commander of the Army, Lieutenant General Asoka Wanniarachchi, faced questions at a media briefing.\n\n"
            "Question (Reuters): How many suspects are in custody?\n\n"
            "Army Commander: About 140 persons have been identified as having links with the group.\n\n"
            "Question (The Hindu): Was the Army warned?\n\n"
            "Army Commander: The Army was not informed of this warning.\n")
    assert _said(text, "2019-04-26")["About 140 pe"] == "Asoka Wanniarachchi"


def test_a_story_quoting_first_person_words_then_excerpts_of_speeches_keeps_its_narrative() -> None:
    text = ("Joint exercise opens in Chebarkul\n\n"
            "CHEBARKUL, Aug. 24 -- The joint exercise officially opened at the Chebarkul training ground on Friday.\n\n"
            "Lieutenant General Yevgeny Tarkhanov, Russian director of the exercise, addressed the ceremony.\n\n"
            '"We are proud to be here for the first time," Brigadier Zulfiqar Sial said.\n\n'
            "The following are excerpts from the speeches delivered at the opening ceremony.\n\n"
            "Speech by Lieutenant General Yevgeny Tarkhanov, Russian director of the exercise\n\n"
            "Comrade soldiers and officers, dear guests!\n\n"
            "Today the armed forces of our countries stand together on this training ground. I am sure of your success.\n")
    said = _said(text, "2018-08-25")
    assert "CHEBARKUL, A" not in said and "The joint ex" not in said
    assert said["Today the ar"] == "Yevgeny Tarkhanov"


def test_tickers_and_a_text_introducer_line_are_furniture() -> None:
    for line in ("Latest:  PM opens Karnaphuli tunnel works ... Trade fair in Chattogram from Nov 1 ...",
                 "Here is the full text of the address:"):
        assert classify_line(line) == "furniture", line


def test_a_speech_under_an_introducer_line_and_a_newly_appointed_holder() -> None:
    text = ("Full Text: NSA Satish Bhandari's address at the SCO meeting\n\n"
            "Bishkek: India on Wednesday called on the member states of the SCO to act against terrorism.\n\n"
            "The meeting was attended by Security Council Secretaries of the eight member states.\n\n"
            "Here is the full text of the address:\n\n"
            "Excellency Mr. Chairman,\n\n"
            "I would like to thank the Kyrgyz Chairmanship for the excellent arrangements. Our region is indivisible.\n")
    said = _said(text, "2019-05-15")
    assert said.get("The meeting ") is None and said["I would like"] == "Satish Bhandari"
    text = ("COLOMBO, April 25 -- Defence Secretary Nalaka Jayasundera said he was taking responsibility.\n\n"
            "Hours later, the president had appointed a retired army general, Rohan Gunatilleke, as the new defence "
            "secretary.\n\n"
            '"My first task is to make sure that intelligence reaches the people who need it," the new defence secretary '
            "told reporters.\n")
    assert _said(text, "2019-04-25")["My first tas"] == "Rohan Gunatilleke"


def test_counterparts_named_in_pairs_take_the_offices_in_order() -> None:
    text = ("MOSCOW, May 29 -- The foreign and defence ministers of Egypt and Russia agreed on Monday to intensify "
            "cooperation in combating terrorism.\n\n"
            "Foreign Minister Hossam Fathallah and Defence Minister Mohamed Abdel-Wahab held talks with their Russian "
            "counterparts Vladislav Kuzminykh and Arkady Drozdovsky.\n\n"
            '"Our position is clear," Fathallah said.\n\n'
            "The Russian foreign minister also said that direct flights depended on security at airports.\n")
    said = _said(text, "2017-05-29")
    assert said["The foreign "].lower().startswith("foreign and defence ministers of egypt and russia")
    assert said["The Russian "] == "Vladislav Kuzminykh"


def test_the_head_of_a_countrys_ministry_is_its_minister_named_before() -> None:
    text = ("ASTANA, April 21 -- The meeting was chaired by Minister of Foreign Affairs of the Republic of Kazakhstan "
            "Kairat Tokbergenov.\n\n"
            "Opening the meeting, the Head of the Kazakh Foreign Ministry noted that the SCO summit would be historic.\n")
    assert _said(text, "2017-04-21")["Opening the "] == "Kairat Tokbergenov"


def test_closing_notes_author_lines_and_related_speech_lists_are_furniture() -> None:
    for line in ("(The press conference lasted about 40 minutes.)",
                 "- The writer is the Ambassador of the Republic of Kazakhstan to the UAE.",
                 "About the author: Meruyert Tleubayeva is a staff writer for The Astana Times."):
        assert classify_line(line) == "furniture", line
    text = ("The minister spoke on terrorism.\n\nOther speeches and statements of the Minister\n"
            'Sergey Kalinovsky: "There is no alternative to a collective fight against terrorism" (20-03-2015)\n')
    assert [ln.kind for ln in page_lines(text)][1:] == ["furniture", "furniture"]


def test_a_named_persons_office_then_a_who_clause_leaves_the_person_the_subject() -> None:
    sentence = ("Yerzhan Muratuly Ibraimov, Consul General of Kazakhstan in Urumqi, who attended the ceremony, told "
                "Tianshannet that security cooperation was the foundation of everything else.")
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention.text == "Yerzhan Muratuly Ibraimov"
    sentence = ("Another Wang, Lieutenant Colonel Wang Yuxin, who commanded the assault team, told China Daily that the "
                "soldiers had practiced in the heat.")
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and "Wang Yuxin" in found.mention.text


def test_a_caption_closed_by_a_picture_credit_is_furniture_that_still_names_people() -> None:
    assert classify_line("HE Arman Isetov, Ambassador of Kazakhstan to Qatar. PICTURE: Noushad Karim") == "furniture"
    text = ("BOGOTA, Jan 21 -- Argentina was represented by its new foreign minister at the conference.\n\n"
            "But Valdés Arce told reporters in Bogotá that the listing would stay.\n\n"
            "Argentina's Foreign Minister Ernesto Valdés Arce arrives at the conference in Bogotá. Photo: Cancillería\n")
    assert [f.speaker for f in _facts(text, "2020-01-21")] == ["Ernesto Valdés Arce"]


def test_a_donation_appeal_is_furniture() -> None:
    line = ("Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, "
            "an accountable democracy, and a transparent government. For continued free access to the best "
            "investigative journalism in the country we ask you to consider making a modest support.")
    assert classify_line(line) == "furniture"


def test_a_speech_heading_opened_by_dashes_under_the_title_names_the_speaker() -> None:
    text = ("Working Together for a Safer Home\n"
            "--Keynote Speech by Assistant Foreign Minister Ren Haoxiang at the Opening Ceremony of the Seminar\n\n"
            "Dear Friends,\n\n"
            "Good morning! It gives me great pleasure to join you in Yinchuan for this seminar.\n\n"
            "China and the Arab states are natural partners in the fight against terrorism.\n")
    assert {f.speaker for f in _facts(text, "2019-09-06")} == {"Ren Haoxiang"}


def test_a_shouted_surname_after_a_title_is_the_full_name_shouted_before() -> None:
    text = ("Security Council\n\n"
            "Opening the debate, chaired by VYTAUTAS BARANAUSKAS, Minister for Foreign Affairs of Lithuania, the "
            "Secretary-General said that the threat was growing.\n\n"
            "Speaking in his national capacity, Mr. BARANAUSKAS said that Lithuania had identified nationals who had "
            "travelled to Syria.\n")
    assert _said(text, "2015-05-29")["Speaking in "] == "Vytautas Baranauskas"


def test_a_speaker_given_an_age_after_the_name_speaks() -> None:
    text = ("TORUGART, May 22 -- Herders help the border guards.\n\n"
            "One of them, Tursunbek Mamatali, 58, said he had patrolled the pastures for more than 20 years.\n")
    assert _said(text, "2018-05-22")["One of them,"] == "Tursunbek Mamatali"


def test_remarks_by_an_office_holder_of_a_country_name_the_holder() -> None:
    text = ("Working Together for a Community of Shared Security\n"
            "Remarks by Foreign Minister Gu Minghan of the People's Republic of China\n\n"
            "Dear Colleagues,\n\n"
            "Good morning. Welcome to Dali. I wish to thank my co-chair for his excellent cooperation.\n\n"
            "Development is impossible without security.\n")
    facts = _facts(text, "2017-12-16")
    assert {(f.speaker, f.role) for f in facts} == {("Gu Minghan", "Foreign Minister of the People's Republic of China")}


def test_an_interview_intro_presenting_a_retired_rank_holder_gives_the_answers() -> None:
    text = ("INTERVIEW: 'We Cannot Bring Them Home and Then Forget About Them'\n\n"
            "Comr. Gen. (ret.) Darmawan Eko Prasetyo has led the National Counterterrorism Agency (BNPT) since the middle "
            "of the year, after more than three decades in the National Police, including a stint as deputy chief of "
            "the detective unit, and several postings abroad as a liaison officer.\n\n"
            "Q: What came out of your talks in Canberra?\n\n"
            "A: We agreed with our Australian friends that we should not work separately.\n\n"
            "Q: Has the government decided?\n\n"
            "A: No decision has been made yet.\n")
    said = _said(text, "2019-11-18", publisher="Jakarta Globe")
    assert said["We agreed wi"] == said["No decision "] == "Darmawan Eko Prasetyo"
    captioned = text.replace("\n\nComr.", "\n\nBNPT head Darmawan Eko Prasetyo during an interview with the Jakarta "
                                           "Globe at his office in Sentul, West Java. (JG Photo/Adi Nugroho)\n\nComr.", 1)
    assert {f.place for f in _facts(captioned, "2019-11-18", publisher="Jakarta Globe")
            if f.speaker == "Darmawan Eko Prasetyo"} == {"Sentul"}


def test_a_name_of_a_country_then_an_office_after_an_introducing_participle_speaks() -> None:
    text = ("PRESS CONFERENCE\n\n"
            "Introducing the updated Technical Guide to the Implementation of Resolution 1373 (2001) and Other Relevant "
            "Resolutions, Ambassador Tamer Nabil Fahmy of Egypt, Chair of the Committee, said that the document set "
            "out what the Council expected of States.\n\n"
            "Also briefing correspondents was Ingrid Van Hoorebeke, who took up her duties as Executive Director last "
            "month. She said that the guide had been updated to reflect four new resolutions.\n\n"
            "\"The guide says so on every page,\" Ms. Van Hoorebeke said.\n")
    said = _said(text, "2017-12-07")
    assert said["Introducing "] == "Tamer Nabil Fahmy"
    assert said["She said tha"] == said["The guide sa"] == "Ingrid Van Hoorebeke"


def test_a_un_summary_names_a_shouted_speaker_before_an_office_and_a_long_committee_title() -> None:
    text = ("SECURITY COUNCIL\n\n"
            "The Council heard briefings from the chairs of three committees.\n\n"
            "HARTONO WIBISONO (Indonesia), speaking in his capacity as Chair of the Committee pursuant to resolutions "
            "1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da'esh), Al-Qaida and associated individuals, "
            "groups, undertakings and entities, said that the Committee had added 11 individuals to its list.\n\n"
            "MATEO ORTIZ CABRERA, Deputy Minister for Multilateral Affairs of the Dominican Republic, said that small "
            "island States faced a growing risk.\n")
    said = _said(text, "2019-11-25")
    assert said["HARTONO WIBI"] == "Hartono Wibisono"
    assert said["MATEO ORTIZ "] == "Mateo Ortiz Cabrera"


def test_a_bare_weekday_after_the_verb_dates_the_statement_as_news_style_writes_it() -> None:
    text = ("NATIONAL\n\nNOV 28, 2019\n\n"
            "Japan and China agreed Wednesday to share information on foreign fighters.\n\n"
            "Defence Minister Jiro Hoshida said Tuesday that Japan would help, and Police Chief Kenta Morimoto told "
            "reporters Monday that more officers were needed.\n\n"
            "The participants agreed that propaganda was a threat.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2019-11-28")}
    assert dates["Japan and Ch"] == dates["The particip"] == "2019-11-27"
    assert dates["Defence Mini"] == "2019-11-26"


def test_a_place_naming_an_attack_in_the_attribution_is_not_where_the_words_were_said() -> None:
    text = ("Europe\n\n"
            "Brussels (AFP) - Belgium will keep its capital on the highest alert, the Belgian government said Tuesday, "
            "as police pressed on with a manhunt for a suspect in the Paris attacks.\n")
    assert [(f.date, f.place) for f in _facts(text, "2015-11-24")] == [("2015-11-24", "Brussels")]


@pytest.mark.parametrize("line", [
    "When using the materials, a link to valdaiclub.com is required.",
    "Edited by: Farah Yusuf Khan, Director (Research)",
    "Recent Press Releases",
    "» Seminar on \"Pakistan-China Relations: 70 Years of Friendship\" (February 28, 2019)",
    "Secretary Crane meets with Foreign Minister Aibek Omarov at the Department of State in Washington, January 16, "
    "2018. [State Department photo/ Public Domain]",
])
def test_reuse_notes_link_lists_editing_credits_and_bracketed_photo_credits_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


@pytest.mark.parametrize("line", [
    "India and Central Asia: Connecting the dots (Mar 14, 2016)",
    "Heart of Asia process: What next? (Dec 18, 2015)",
    "Centre for Afghanistan, Middle East & Africa (CAMEA)",
])
def test_dated_titles_and_mastheads_with_commas_are_headings_not_passages(line: str) -> None:
    assert classify_line(line) == "heading"


def test_a_bare_ministry_takes_the_full_name_the_page_gives_it_in_its_lead() -> None:
    text = ("TASHKENT, March 3 (UzDaily) -- The Ministry of Foreign Affairs of the Republic of Uzbekistan hosted "
            "consultations with a delegation of Afghanistan.\n\n"
            "The Foreign Ministry said in a statement that the sides discussed border security.\n")
    assert {f.speaker for f in _facts(text, "2019-03-04")} == {"Ministry of Foreign Affairs of the Republic of Uzbekistan"}
    other = text.replace("TASHKENT, March 3 (UzDaily) -- The", "ANKARA, March 3 -- Turkey welcomed the talks. The")
    assert {f.speaker for f in _facts(other, "2019-03-04")} == {"Foreign Ministry"}  # not Turkey's own ministry


@pytest.mark.parametrize("line", ["Background: Attacks on Chinese nationals in Pakistan over the past decade",
                                  "About Dialogue: Dialogue is the channel's flagship current affairs talk show."])
def test_a_section_word_before_a_colon_is_no_speaker_label(line: str) -> None:
    assert parse_label(line) is None


def test_a_bare_ministry_takes_the_country_of_the_lead_that_the_page_names_it_with() -> None:
    text = ("Asia\n\n"
            "Women and children arrive at Tashkent airport on May 30. (Photo: Uzbek Foreign Ministry)\n\n"
            "Uzbekistan says it has repatriated 156 of its citizens from camps in northeastern Syria.\n\n"
            "The Foreign Ministry said in a statement on May 30 that the group was flown to Tashkent.\n")
    assert {f.speaker for f in _facts(text, "2019-05-31")} == {"Uzbek Foreign Ministry"}
    other = text.replace("Uzbekistan says", "Turkey says")  # a Turkish page's own ministry is not the Uzbek one
    assert {f.speaker for f in _facts(other, "2019-05-31")} == {"Foreign Ministry"}


def test_a_byline_followed_by_source_and_publication_fields_names_an_op_eds_author() -> None:
    text = ("OPINION / OBSERVER\n\nDeal leaves counter-terrorism questions unanswered\n\n"
            "By Kang Minhao Source:Global Times Published: 2020/3/3 18:58:40\n\n"
            "The agreement signed in Doha on Saturday has been described as a deal for peace. It is more accurately a "
            "deal for withdrawal.\n\n"
            "Afghanistan has had many agreements. What it has never had is an agreement its neighbors enforce.\n\n"
            "The author is a research fellow at the Institute for International Strategic Studies.\n")
    assert {f.speaker for f in _facts(text, "2020-03-03", publisher="Global Times")} == {"Kang Minhao"}


def test_a_spokesperson_label_is_the_one_the_header_names_with_that_title() -> None:
    text = ("Regular Press Conference of the Ministry of Foreign Affairs on 16 January 2020\n\n"
            "Spokesperson: Tran Thi Bich Hanh, Deputy Director-General of the Press and Information Department\n\n"
            "Questions and answers:\n\n"
            "Vietnam News Agency: What is the country's position on the proposed exercise at sea?\n\n"
            "Spokesperson: We welcome all initiatives that contribute to peace and stability in the region.\n\n"
            "Thanh Nien Newspaper: Can you confirm the arrest of a national in Sabah last week?\n\n"
            "Spokesperson: We have noted the information and the embassy has contacted the authorities.\n")
    said = _said(text, "2020-01-16")
    assert said["We welcome a"] == said["We have note"] == "Tran Thi Bich Hanh"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Pichey Sena Keo Sambath", "Keo Sambath"),
    ("Russian Ambassador to Viet Nam Anatoly Mikhailovich Tkachenko", "Anatoly Mikhailovich Tkachenko"),
])
def test_cambodian_titles_and_a_country_by_its_official_name_are_no_part_of_a_name(phrase: str, name: str) -> None:
    assert split_role_name(phrase)[1] == name


def test_a_patronymic_marks_the_three_names_after_a_bodys_last_word() -> None:
    assert split_role_name("Member of the Committee on Defense of the Legislative Chamber of the Oliy Majlis Nodira "
                           "Bakhtiyorovna Usmonova") == (
        "Member of the Committee on Defense of the Legislative Chamber of the Oliy Majlis", "Nodira Bakhtiyorovna Usmonova")


def test_a_hansard_office_line_names_its_holder_with_the_whole_office() -> None:
    text = ("Hansard\n\nCounter-terrorism: International Co-operation\n\nVolume 653: debated on Monday 21 January 2019\n\n"
            "1. Ms Helen Ashdown (Bath) (LD)\n\n"
            "What steps his Department is taking to maintain counter-terrorism co-operation with EU member states.\n\n"
            "The Minister for Security and Economic Crime (Callum Drysmore)\n\n"
            "Keeping the public safe is the first duty of any Government, and that duty does not change.\n\n"
            "2. Morag Kinnear (Glasgow South) (SNP)\n\n"
            "What assessment he has made of the effect on the UK's access to EU law enforcement databases.\n")
    facts = _facts(text, "2019-01-21")
    assert {(f.speaker, f.role) for f in facts if f.quote.startswith("Keeping")} == {
        ("Callum Drysmore", "Minister for Security and Economic Crime")}


@pytest.mark.parametrize("line", [
    "(The speaker agreed to take a blue-card question under Rule 162(8))",
    "53, Mambolo Street, Wuse Zone 2, Abuja, Nigeria.",
    "Photo 2: Du Hanming holds talks with Myanmar's Minister of Home Affairs Than Zaw Myint.",
    "[Picture] Defence Secretary Sarath Bandaranayake and India's NSA at the trilateral meeting in Colombo.",
    # a site's notices about itself
    "Transcript by Federal News Service, Washington, D.C.",
    "Members present: Mr Geoffrey Lane (Chair); Ms Harriet Ormsby",
    "Authorised by the Hon Helen Marsden MP, Minister for Foreign Affairs, Parliament House, Canberra.",
    "This is an official U.S. Southern Command website.",
    "Copying, publication or distribution of MIA content without written permission is prohibited.",
    "When quoting and using any materials on the Internet, hyperlinks to ukrinform.net are required.",
    "RUSI is a Registered Charity (No. 210639)",
    "We acknowledge the traditional owners of country throughout Australia and their continuing connection to land.",
    "Signed by the Ministers of Justice of Denmark, Finland, Iceland, Norway and Sweden.",
    "The editorial board may not share the opinion of the authors.",
    "Associated Press writer Rahim Faiez contributed from Kabul, Afghanistan.",
    "This content has been reproduced from its original source.",
    "Listen again: Bonzour Sesel - 7 July 2016 (MP3, 28 min)",
])
def test_stage_notes_street_addresses_and_a_sites_notices_are_furniture(line: str) -> None:
    assert classify_line(line) == "furniture"


def test_a_sign_off_block_under_signed_is_furniture() -> None:
    text = ("12. I wish you fruitful deliberations and I thank you for your attention.\n\n"
            "Signed:\nFemi Adamu Bello\nSenior Special Assistant to the President (Media and Publicity)\n"
            "State House, Abuja\n\nThe summit continues tomorrow with a closed session of the heads of state.\n")
    assert [ln.kind for ln in page_lines(text)] == ["prose", "furniture", "furniture", "furniture", "furniture", "prose"]


@pytest.mark.parametrize("line", ["Witnesses: Assistant Commissioner Lorna Mackay and Ewan Fairlie.",
                                  "I: Assistant Commissioner Lorna Mackay, Head of Specialist Operations; and Ewan Fairlie"])
def test_a_hearings_witness_list_and_panel_number_are_no_speaker_labels(line: str) -> None:
    assert parse_label(line) is None


def test_a_press_service_that_reports_relays_the_named_speaker_and_an_akim_is_an_office() -> None:
    text = ("ASTANA. KAZINFORM - Secretary of the Security Council of Kazakhstan Yerbolat Kuanyshevich Dosmakov has "
            "proposed creating an early warning system, the press service of the Security Council reports.\n\n"
            "Akim of the Karaganda region Yerlan Tokhtarovich Baimakhanov told a Kazinform correspondent that the "
            "region's enterprises had taken part in the exercise.\n")
    said = _said(text, "2019-09-16")
    assert said["Secretary of"] == "Yerbolat Kuanyshevich Dosmakov"
    assert said["Akim of the "] == "Yerlan Tokhtarovich Baimakhanov"


def test_a_named_speaker_of_a_bracketed_body_in_a_city_and_military_leaders_of_a_country_list() -> None:
    text = ("URUMQI, Aug. 3 (Xinhua) -- Military leaders of China, Afghanistan, Pakistan and Tajikistan on Wednesday "
            "agreed to establish a quadrilateral coordination mechanism in counter-terrorism, pledging to jointly "
            "fight terrorism and extremism in the region.\n\n"
            "Speaking on behalf of the African Union, Karim Benyahia Rahmouni of the African Centre for the Study and "
            "Research on Terrorism (ACSRT) in Algiers said the AU would support the cell.\n")
    speakers = {f.quote[:12]: f.speaker for f in _facts(text, "2020-02-13")}
    assert speakers["Military lea"] == "Military leaders of China, Afghanistan, Pakistan and Tajikistan"
    assert speakers["Speaking on "] == "Karim Benyahia Rahmouni"


def test_a_section_heading_under_a_press_release_is_no_signer_and_greetings_are_no_statements() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS\n\nHome > Foreign Policy > Press Releases\n\n"
            "No: 214, 30 August 2016, Press Release Regarding the Terrorist Attack Against the Embassy in Bishkek\n\n"
            "We strongly condemn the terrorist attack carried out this morning against the Embassy.\n\n"
            "We convey our best wishes to the friendly Government and people of the Kyrgyz Republic.\n\n"
            "Share   Facebook   Twitter   E-mail   Print\n\nPress Releases\n\n"
            "No: 213, 29 August 2016, Press Release Regarding the Visit of the Minister\n")
    assert {f.speaker for f in _facts(text, "2016-08-30", publisher="Ministry of Foreign Affairs")} != {"Press Releases"}


@pytest.mark.parametrize("quote", ["Distinguished Minister, my dear brother, dear members of the press, welcome.",
                                   "[Interpretation from Uzbek] Dear Minister, dear brother Tahsin, ladies and gentlemen."])
def test_a_sentence_of_forms_of_address_is_no_statement(quote: str) -> None:
    text = f"Joint press conference\n\nMINISTER ERGUN: {quote} Our talks today were very fruitful.\n\n" \
           "MINISTER ULMAS: Thank you. We agreed to fight terrorism together and to share information.\n"
    assert quote not in {f.quote for f in _facts(text, "2019-10-22")}


def test_an_australian_hansard_turn_with_its_seat_and_time_is_a_label_and_the_header_gives_the_full_name() -> None:
    text = ("ParlInfo - QUESTIONS WITHOUT NOTICE : Counter-Terrorism\n\n"
            "Database: Senate Hansard\nDate: 24/07/2019\nQuestioner: Kirkham, Sen Bronwyn\nSpeaker: Ferrante, Sen Patrick\n\n"
            "Senator KIRKHAM (Western Australia) (14:21): My question is to the minister. Can the minister update the "
            "Senate on the government's cooperation with Indonesia?\n\n"
            "Senator FERRANTE (Queensland—Minister for Regional Services) (14:22): I thank Senator Kirkham for her "
            "question. The collapse of the so-called caliphate has not ended the threat.\n\n"
            "The PRESIDENT: Order!\n")
    said = _said(text, "2019-07-24")
    assert said["My question "] == said["Can the mini"] == "Bronwyn Kirkham"


def test_a_label_of_an_offices_initials_is_the_holder_the_introduction_names() -> None:
    text = ("External Affairs Minister's interview with RIA Novosti (August 26, 2019)\n\n"
            "External Affairs Minister Dr. Sudhir Rao Bhandari gave an interview to the Russian news agency RIA Novosti "
            "ahead of his visit to Moscow.\n\n"
            "RIA Novosti: What is the main purpose of your visit?\n\n"
            "EAM: Russia is a special and privileged strategic partner of India. The main purpose is to prepare the summit.\n\n"
            "RIA Novosti: How do you assess counter-terrorism cooperation?\n\n"
            "EAM: I would say that this is one of the most trusted areas of our relationship.\n")
    said = _said(text, "2019-08-26")
    assert said["Russia is a "] == said["I would say "] == "Sudhir Rao Bhandari"


def test_an_interview_given_last_week_dates_its_answers_by_that_month_not_the_page_day() -> None:
    text = ("Interview: SCO anti-terror body chief says joint work has foiled hundreds of plots\n\n"
            "TASHKENT, June 10 (Xinhua) -- Ahead of the SCO summit in Bishkek later this week, Saidjon Odinazarov, "
            "director of the Executive Committee of the SCO Regional Anti-Terrorist Structure (RATS), gave an interview "
            "to Xinhua at the RATS headquarters in Tashkent last week.\n\n"
            "Q: How would you assess the achievements of the RATS?\n\n"
            "A: I think the most important achievement is trust between the competent authorities.\n\n"
            "Q: What are the main threats facing the region today?\n\n"
            "A: The first is the return of foreign terrorist fighters from conflict zones.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2019-06-10")}
    assert dates["I think the "] == dates["The first is"] == "2019-06"


def test_an_interviewee_s_words_take_the_interview_s_day_and_others_keep_the_page_s() -> None:
    text = ("NAIROBI, June 12 (Xinhua) -- Kenya will keep relying on China's support in training its officers, a senior "
            "Kenyan security official said.\n\n"
            "Beatrice Wanjiru Kamau, director of Kenya's counter-terrorism centre, told Xinhua in an interview on Monday that "
            "more than 300 officers had been trained in China.\n\n"
            "\"The training is very practical,\" Kamau said in her office in Nairobi.\n\n"
            "She said the new cameras had helped the police respond faster.\n\n"
            "Daniel Otieno, a security analyst, said the partnership had to be protected.\n")
    dates = {f.quote[:12]: f.date for f in _facts(text, "2018-06-12")}
    assert dates["Kenya will k"] == dates["The training"] == dates["She said the"] == "2018-06-11"
    assert dates["Daniel Otien"] == "2018-06-12"


def test_a_ministry_named_with_a_possessive_and_an_outlet_told_on_the_sidelines() -> None:
    text = ("Mekong nations step up joint fight against drugs\n\n"
            "By ZHANG WEI in Kunming | China Daily | Updated: 2019-08-20 07:32\n\n"
            "Six countries along the Lancang-Mekong River will set up a joint intelligence center, a senior Chinese "
            "public security official said yesterday.\n\n"
            "Wang Jianmin, deputy director of the Ministry of Public Security's international cooperation department, "
            "said the center would open before the end of the year.\n\n"
            "The joint patrols have solved more than 15,000 drug cases, according to the ministry.\n\n"
            "\"Now the boatmen sail with confidence,\" Thai police officer Somchai Rattanawong told China Daily on the "
            "sidelines of the meeting.\n")
    facts = _facts(text, "2019-08-20")
    assert [(f.speaker, f.event) for f in facts if f.quote.startswith(("The joint", "Now the"))] == \
        [("Ministry of Public Security", None), ("Somchai Rattanawong", "interview with China Daily")]


def test_a_weekday_counts_back_from_the_page_s_day_not_from_its_lead_s_meeting() -> None:
    text = ("Ambassador Deng Meets with the National Security Adviser\n\n2015/07/09\n\n"
            "On 8 July 2015, Chinese Ambassador Deng Xiliang met National Security Adviser Mohammad Rahimi in Kabul.\n\n"
            "Ambassador Deng said that China firmly supports the Afghan government.\n\n"
            "Speaking to reporters in Kabul on Thursday, Foreign Ministry spokesman Ahmad Noorzada said that Afghanistan "
            "welcomed China's role.\n")
    assert [f.date for f in _facts(text, "2015-07-09") if f.quote.startswith("Speaking")] == ["2015-07-09"]


def test_a_question_that_names_its_outlet_with_this_is_from() -> None:
    text = ("Foreign Ministry Spokesperson Xu Mei's Regular Press Conference on November 26, 2019\n\n"
            "Q: This is from Bloomberg. The U.S. said on Monday that it was concerned. How do you respond?\n\n"
            "A: We have noted the reports. China's position is consistent.\n\n"
            "Q: This is from the Sri Lankan newspaper Daily Mirror. Will counter-terrorism be on the agenda?\n\n"
            "A: Counter-terrorism cooperation is an important part of our relations.\n")
    facts = _facts(text, "2019-11-26")
    said = {f.quote[:12]: f.speaker for f in facts}
    assert said["How do you r"] == "Bloomberg" and said["Will counter"] == "Daily Mirror"
    assert {f.event for f in facts} == {"Foreign Ministry Spokesperson Xu Mei's Regular Press Conference"}


def test_a_speech_heading_in_capitals_with_his_excellency_and_an_agency_s_dateline() -> None:
    speech = ("SPEECH BY HIS EXCELLENCY, PRESIDENT ABUBAKAR SADIQ LAWAN, AT THE OPENING OF THE SECOND REGIONAL "
              "SECURITY SUMMIT, ABUJA, SATURDAY, 14TH MAY, 2016\n\n"
              "1. It is my pleasure to welcome you all to Abuja for this Summit. I thank my brothers for coming.\n\n"
              "2. We must not deceive ourselves. The terrorists have been degraded, not defeated.\n")
    assert {(f.speaker, f.role) for f in _facts(speech, "2016-05-14")} == {("Abubakar Sadiq Lawan", "President")}
    story = ("APA-Ouagadougou (Burkina Faso) - Defence ministers of West African States on Thursday called for a regional "
             "force.\n\nThe ministers also called on the United Nations to act.\n")
    assert {f.place for f in _facts(story, "2019-09-13")} == {"Ouagadougou"}


def test_a_communique_opened_by_we_the_ministers_is_theirs_paragraph_by_paragraph() -> None:
    text = ("Joint Communiqué by Ministers of the Global Coalition to Defeat ISIS/Daesh\n\n6 February 2019\n\n"
            "Ministers of the Global Coalition to Defeat ISIS/Daesh met today in Washington to take stock of the campaign.\n\n"
            "Begins:\n\n"
            "We, the Ministers of the Global Coalition to Defeat ISIS/Daesh, reaffirm our shared determination to ensure "
            "the enduring defeat of ISIS/Daesh.\n\n"
            "We welcome the liberation of nearly all the territory that ISIS/Daesh once held in Iraq and Syria.\n\n"
            "We commit to strengthening information sharing, including through INTERPOL.\n\nEnds.\n")
    said = _said(text, "2019-02-06")
    assert said["We, the Mini"] == said["We welcome t"] == said["We commit to"] == \
        "Ministers of the Global Coalition to Defeat ISIS/Daesh"


def test_a_council_s_statement_under_a_place_and_weekday_line_and_its_name_in_full() -> None:
    text = ("Statement of the Ministerial Council of the Cooperation Council for the Arab States of the Gulf on Combating "
            "Terrorism, issued at its 141st Session\n\nPublish Date: 09/09/2019\n\n"
            "Riyadh - Sunday, 08 September 2019\n\n"
            "The Ministerial Council of the Cooperation Council for the Arab States of the Gulf held its 141st session "
            "today in Riyadh.\n\n"
            "1. The Ministerial Council reaffirmed the firm positions of the GCC states in rejecting terrorism.\n\n"
            "2. The Council condemned the terrorist attacks that targeted civilian facilities.\n")
    facts = _facts(text, "2019-09-09")
    assert {(f.date, f.place) for f in facts} == {("2019-09-08", "Riyadh")}
    assert "Ministerial Council of the Cooperation Council for the Arab States of the Gulf" in {f.speaker for f in facts}


def test_testimony_under_a_hearing_s_long_header_and_an_office_that_speaks_in_its_own_name() -> None:
    header = "".join(f"Header line number {n}\n\n" for n in ("one", "two", "three", "four", "five", "six", "seven",
                                                             "eight", "nine"))
    testimony = (header + "Testimony of Deputy Assistant Secretary Dana L. Whitfield\n\n"
                 "Chairman Kettridge, thank you for inviting me to testify today.\n\n"
                 "Three years ago, the threat in this region was concentrated in northern Mali.\n\n"
                 "Our approach rests on a simple premise: we help partners secure their own territory.\n")
    assert {(f.speaker, f.role) for f in _facts(testimony, "2018-06-13")} == \
        {("Dana L. Whitfield", "Deputy Assistant Secretary")}
    remarks = ("Home » Secretary-General » Statements and Messages\n\n"
               "Secretary-General's remarks at the opening of the Virtual Counter-Terrorism Week [as delivered]\n\n"
               "New York\n\n06 July 2020\n\nExcellencies, ladies and gentlemen,\n\n"
               "I welcome you all to this first Virtual Counter-Terrorism Week.\n\n"
               "The pandemic has shown that no country can face a global threat alone.\n")
    facts = _facts(remarks, "2020-07-06",
                   title="Secretary-General's remarks at the opening of the Virtual Counter-Terrorism Week [as delivered]")
    assert [f.quote[:12] for f in facts] == ["I welcome yo", "The pandemic"]
    assert {(f.speaker, f.place) for f in facts} == {("Secretary-General", "New York")}


def test_two_officers_who_share_a_surname_told_apart_by_rank() -> None:
    text = ("BAGHDAD - Coalition trainers have stepped up urban combat instruction, the commander of the counter-ISIS "
            "coalition's land forces said here yesterday.\n\n"
            "Army Lt. Gen. Paul D. Brennan visited a training site.\n\n"
            "\"We learned a lot,\" Brennan said.\n\n"
            "Among the trainers was Army Maj. Sarah Brennan, an engineer officer who is no relation to the general.\n\n"
            "Maj. Brennan said the Iraqi students asked far more detailed questions.\n\n"
            "Task force spokesman Air Force Col. Ryan T. Maddox said the coalition had trained 90,000 Iraqis.\n\n"
            "Lt. Gen. Brennan said the coalition would continue to provide air support.\n")
    said = _said(text, "2017-02-14")
    assert said["Maj. Brennan"] == "Sarah Brennan" and said["Lt. Gen. Bre"] == said["We learned a"] == "Paul D. Brennan"
    assert said["Task force s"] == "Ryan T. Maddox" and said["Coalition tr"] == "Paul D. Brennan"


def test_counterparts_told_are_no_interview_and_a_question_after_a_first_name() -> None:
    assert clause_setting("Ambassador Pargeter told her Moroccan counterparts yesterday that") is None
    text = ("MR. TOLLIVER: Good afternoon. First, the United States condemns the attack.\n\n"
            "QUESTION: Greg, Tomasz Grabowiecki, Polish Press Agency. Will counterterrorism be on the agenda?\n\n"
            "MR. TOLLIVER: Well, allies will have a lot to talk about.\n")
    assert _said(text, "2016-03-08")["Will counter"] in ("Tomasz Grabowiecki", "Polish Press Agency")


def test_the_day_a_meeting_was_held_or_a_deal_reached_dates_the_story_after_a_dayless_lead() -> None:
    text = ("Ethiopia, Somalia Agree to Deepen Security Cooperation\n\n"
            "ADDIS ABABA (ENA) - Ethiopia and Somalia have agreed to deepen their security cooperation.\n\n"
            "The agreement was reached at a meeting held here yesterday between State Minister Hirut Tesfaye and a "
            "Somali delegation.\n\n"
            "State Minister Hirut said Ethiopia would continue to support the Federal Government of Somalia.\n")
    assert _facts(text, "2017-03-15")[-1].date == "2017-03-14"


def test_a_radio_guest_s_answers_take_the_day_of_the_programme() -> None:
    text = ("INTERVIEW: Piracy has gone quiet - Coast Guard commander\n\nFriday, 8 July 2016 - 10:15 | SBC News\n\n"
            "The Commander of the Coast Guard, Lieutenant Colonel Patrick Laporte, was the guest of the SBC Radio "
            "programme \"Bonzour Sesel\" on Thursday morning. He spoke to presenter Marie-Claire Hoareau about piracy.\n\n"
            "HOAREAU: Colonel Laporte, good morning. Can we say that piracy is finished?\n\n"
            "LAPORTE: No, I would not say that piracy is finished. I would say that it has been suppressed.\n\n"
            "HOAREAU: What would it mean for Seychelles if the navies left?\n\n"
            "LAPORTE: It would be a serious concern.\n")
    assert {f.date for f in _facts(text, "2016-07-08")} == {"2016-07-07"}


def test_a_lake_before_an_appositive_office_is_no_one() -> None:
    text = ("Nigeria, Chad, Cameroon and Niger have agreed to deploy additional troops to the Multinational Joint Task "
            "Force (MNJTF) fighting Boko Haram around Lake Chad, Nigeria's defence minister, Bello Garba Yakasai, has said."
            "\n\nMr Yakasai spoke on Monday in N'Djamena after a meeting of the Lake Chad Basin Commission member states."
            "\n\nHe said each country would raise its contribution.\n")
    assert {f.speaker for f in _facts(text, "2016-08-23")} == {"Bello Garba Yakasai"}


def test_a_statement_s_unnumbered_operative_paragraphs_under_its_body_and_an_op_ed_citing_an_officer() -> None:
    text = ("STATEMENT OF THE 59TH EXTRAORDINARY SESSION OF THE IGAD COUNCIL OF MINISTERS\n\n"
            "The Council of Ministers:\n\n"
            "Strongly condemns the heinous terrorist attack perpetrated in Mogadishu on 14 October 2017;\n\n"
            "Reaffirms its unwavering commitment to the sovereignty, unity and territorial integrity of Somalia;\n\n"
            "Calls on member states to strengthen the control of their borders.\n")
    assert {f.speaker for f in _facts(text, "2017-10-29")} == {"Council of Ministers"}
    oped = ("OPINION: The river is a corridor\n\nBy Neema Mushi\n\n"
            "The Inspector General of Police, Mr Simon Nyamhanga, said last week in Mtwara that the force had arrested "
            "several suspects. That is welcome. But as the IGP himself admitted to journalists, \"we cannot seal the river "
            "with policemen alone\".\n\nThe answer is a joint one.\n")
    assert _said(oped, "2020-06-01")["But as the I"] == "Simon Nyamhanga"


def test_a_speech_office_that_runs_past_on_an_embassy_s_reprinted_article_and_an_interviewee_after_a_body() -> None:
    speech = ("Statement by Director of the Department on New Challenges and Threats Ilya Kostrov at the OSCE-wide "
              "Counter-Terrorism Conference, Vienna, May 23, 2019\n\nMr Chairperson,\n\n"
              "First of all, I would like to thank the Chairmanship for organising this conference.\n\n"
              "We believe that the key is the exchange of information between the relevant services.\n")
    assert {f.speaker for f in _facts(speech, "2019-05-23")} == {"Ilya Kostrov"}
    article = ("Ambassador Pavel Lebedinsky's article \"Security is indivisible\" in the Vecherny Bishkek newspaper\n\n"
               "Published in Vecherny Bishkek, 9 June 2016\n\nBy Pavel Lebedinsky, Ambassador of Russia to Kyrgyzstan\n\n"
               "Today the threat has changed its face, and we see thousands leave for Syria and Iraq.\n\n"
               "The Director of the RATS Executive Committee, Almazbek Zhumabekov, has rightly said that the main battle "
               "is now being fought on the internet.\n\nI fully agree with him. We must act together.\n\n"
               "Our services exchange information daily, and our officers study together.\n")
    said = {f.quote[:12]: (f.speaker, f.role) for f in _facts(article, "2016-06-10")}
    assert said["Today the th"][0] == said["I fully agre"][0] == "Pavel Lebedinsky"
    assert said["The Director"] == ("Almazbek Zhumabekov", "Director of the RATS Executive Committee")  # (not "has rightly")
    interview = ("Interview: BNPT chief\n\nThe agency is rethinking its approach. The Jakarta Post's Ardian Nugraha spoke "
                 "with National Counterterrorism Agency (BNPT) head Comr. Gen. Bambang Wiratmoko in Jakarta last Thursday.\n\n"
                 "Question: What has changed since then?\n\nAnswer: Surabaya was a wake-up call for all of us.\n\n"
                 "Question: Will the government bring them home?\n\nAnswer: That is a decision for the President.\n")
    assert _said(interview, "2019-07-22")["Surabaya was"] == "Bambang Wiratmoko"


def test_a_section_s_initials_over_the_story_are_no_city() -> None:
    text = ("The National\nUAE\n\nHedayah conference: families are the first line of defence\n\n"
            "Dr Omar Al Kaabi, the centre's executive director, said families were the first line of defence.\n")
    assert [f.place for f in _facts(text, "2018-12-11")] == [None]


def test_an_interview_held_before_it_was_published_is_dated_and_placed_by_when_it_was_held() -> None:
    text = ("Home / Press Service / Interviews\n\n24 June 2020\n\n"
            "Interview of the Deputy Minister of Foreign Affairs Marat Tuleubekov to Kazinform. The interview was "
            "conducted by Kazinform correspondent Aigerim Sapargali in Nur-Sultan last week and published on the "
            "agency's website on 24 June 2020.\n\n"
            "Kazinform: Why did Kazakhstan decide to bring its citizens home?\n\n"
            "Marat Tuleubekov: These are our citizens, and most of them are children.\n\n"
            "Kazinform: What role does international cooperation play?\n\n"
            "Marat Tuleubekov: A decisive one. We could not have organised the flights alone.\n")
    facts = _facts(text, "2020-06-24")
    assert {(f.speaker, f.date, f.place) for f in facts} == {("Kazinform", "2020-06", "Nur-Sultan"),
                                                             ("Marat Tuleubekov", "2020-06", "Nur-Sultan")}


def test_a_lead_that_quotes_dates_the_story_and_a_long_clause_is_cut_at_a_word() -> None:
    text = ("ISTANBUL\n\nPublished Sep 25, 2019 12:17 am\n\n"
            "Cooperation between Turkic-speaking countries in the fight against terrorism must move \"from rhetoric to "
            "databases,\" the secretary-general of the Cooperation Council of Turkic Speaking States (Turkic Council) said "
            "Tuesday at the opening of a two-day security forum in Istanbul.\n\n"
            "\"We share a language,\" Secretary-General Tofig Gasimli said in his opening speech.\n")
    facts = _facts(text, "2019-09-25")
    assert {(f.speaker, f.date) for f in facts} == {("Tofig Gasimli", "2019-09-24")}  # (the first is no "Speaking States")
    assert {f.place for f in facts} == {"Istanbul"}  # (not "Istanbu", cut at 160 characters)


def test_an_indian_honorific_opens_a_name_that_needs_no_closing_comma() -> None:
    text = ("NEW DELHI, Dec 6 - Speaking on the occasion, the Union Home Secretary, Shri Alok Ranjan Verma said that the "
            "NIA has registered more than 30 cases.\n\n"
            "The Home Secretary added that the nexus between drug trafficking and terrorism was a concern.\n\n"
            "The Director General of NIA, Shri Sharad Kumar Joshi informed that delegates from 14 countries are here.\n")
    facts = _facts(text, "2017-12-06")
    assert [(f.speaker, f.role) for f in facts] == [("Alok Ranjan Verma", "Union Home Secretary")] * 2 + [
        ("Sharad Kumar Joshi", "Director General of NIA")]


def test_an_outlets_marker_before_its_own_reporting_is_no_speaker() -> None:
    text = ("KOTA KINABALU, June 21 - Patrols were stepped up.\n\n"
            "Daily Express adds: Eastern Sabah Security Command (Esscom) commander Datuk Wan Hisham Abdullah said the "
            "command had deployed more boats.\n\n\"Our fishermen have paid the price,\" he said.\n")
    facts = _facts(text, "2017-06-21")
    assert [f.speaker for f in facts] == ["Wan Hisham Abdullah"] * 2 and facts[0].quote.startswith("Eastern Sabah")


def test_a_commissioner_named_in_an_op_ed_is_the_he_of_the_quotation_after() -> None:
    text = ("Opinion\n\nWhy South Asia needs a regional terrorism database\n\nBy Priya Raman Nair\n\nSeptember 30, 2020\n\n"
            "I have spent ten years studying how militants move between the islands. We keep making the same mistake.\n\n"
            "The Maldives' Commissioner of Police, Ahmed Shiyam Rasheed, made the same point at a regional meeting in "
            "Colombo in February. \"We are a nation of islands, but terrorism does not respect the sea,\" he told "
            "delegates.\n\nI believe the answer is a shared database.\n\n"
            "Priya Raman Nair is a senior fellow at the Colombo Institute.\n")
    said = _said(text, "2020-09-30")
    assert said["We are a nat"] == "Ahmed Shiyam Rasheed" and said["I believe th"] == "Priya Raman Nair"


def test_a_ministers_label_is_the_one_her_sites_masthead_names_and_a_heading_gives_the_place() -> None:
    text = ("Minister for Foreign Affairs\nSenator the Hon Catherine Ashdown\n\nHome | Media releases | Transcripts\n\n"
            "Transcript\n\nDoorstop interview - Jakarta, Indonesia\n\n15 May 2018\n\nE&OE\n\n"
            "MINISTER: Good afternoon. I conveyed our deepest condolences for the victims of the attacks in Surabaya.\n\n"
            "JOURNALIST: Minister, has Indonesia accepted that offer?\n\n"
            "MINISTER: Indonesia has welcomed the offer. A small team of forensic specialists will travel tomorrow.\n")
    facts = _facts(text, "2018-05-15", publisher="Minister for Foreign Affairs (Australian Government)")
    answers = [f for f in facts if not f.quote.startswith("Minister,")]
    assert {(f.speaker, f.place) for f in answers} == {("Catherine Ashdown", "Jakarta")} and len(answers) == 3
    assert all(not f.speaker.startswith("Minister for") for f in facts)  # the press asks, not the minister's site


def test_two_offices_before_one_name_are_both_hers() -> None:
    text = ("Doha, January 30 (QNA) - Qatar and UNOCT signed an agreement today.\n\n"
            "The agreement was signed on behalf of the United Nations by Assistant Secretary-General and Deputy Head of "
            "UNOCT Marta Lindqvist.\n\n"
            "The Assistant Secretary-General noted that only a small number of countries had comprehensive legislation.\n")
    facts = _facts(text, "2018-01-30")
    assert [(f.speaker, f.role) for f in facts] == [
        ("Marta Lindqvist", "Assistant Secretary-General and Deputy Head of UNOCT")]


@pytest.mark.parametrize("det", ["its", "the"])
def test_a_leads_unnamed_officer_is_the_one_named_next_with_that_office(det: str) -> None:
    text = (f"RIYADH, April 10 - The coalition will set up a joint unit to track the financing of terrorist groups, {det} "
            "secretary-general announced in Riyadh on Wednesday.\n\n"
            "Major General Fahad bin Saleh Al-Harbi, the coalition's acting secretary-general, said the unit would be based "
            "in Riyadh.\n")
    assert [f.speaker for f in _facts(text, "2019-04-10")] == ["Fahad bin Saleh Al-Harbi"] * 2


def test_a_questioner_labelled_with_the_body_she_works_for_is_herself() -> None:
    text = ("Transcript: Returning Foreign Fighters\n\n6 March 2018\n\n"
            "Dr Fenella Ashcombe: Welcome, everyone. Let me turn first to Mr Krasniqi.\n\n"
            "Arben Krasniqi: Thank you. Kosovo has brought back more than a hundred of its citizens from Syria.\n\n"
            "Simon Ashby, Foreign and Commonwealth Office: A question for Mr Krasniqi: how much of the work is done by "
            "the state?\n\n"
            "Arben Krasniqi: Most of it is done by the state, with help from civil society.\n")
    said = _said(text, "2018-03-06")
    assert said["A question f"] == "Simon Ashby" and said["Most of it i"] == "Arben Krasniqi"


def test_a_gulf_title_with_a_given_name_is_the_one_so_named_not_his_namesakes_son() -> None:
    text = ("DOHA - Assistant Foreign Minister for Regional Affairs Sheikh Fahad bin Jabor al-Thani opened the meeting.\n\n"
            "Deputy Prime Minister Sheikh Jassim bin Fahad al-Thani said the MoU was a milestone.\n\n"
            "HE Sheikh Fahad told Gulf Times that technical teams would meet soon.\n")
    said = _said(text, "2017-07-11")
    assert said["HE Sheikh Fa"] == "Fahad bin Jabor al-Thani" and said["Deputy Prime"] == "Jassim bin Fahad al-Thani"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("According to a press release issued by the Interior Ministry, the two sides also agreed to set up a joint "
     "working group.", "the Interior Ministry"),  # one side's account of what both agreed
    ("According to a joint statement issued after the talks, the two sides agreed to exchange information.",
     "two sides"),  # both sides' own
    ("According to a press release issued by the Interior Ministry, the minister said no one would be spared.",
     "the minister"),  # one person's words, which the release only reports
    ("According to a joint press release issued by the Foreign Office on Thursday, the two sides agreed to meet.",
     "two sides"),
    ('According to a joint statement issued by the MEA, the two sides "strongly condemned terrorism" and called for '
     "cooperation.", "two sides"),
])
def test_an_account_of_what_both_sides_agreed_is_its_sources_unless_joint(sentence: str, speaker: str) -> None:
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention.text == speaker


def test_a_list_of_nationalities_before_a_group_is_all_of_them() -> None:
    text = "The Afghan, Pakistani and Tajik delegations expressed their appreciation to the Chinese side for hosting it."
    found = reported_in_sentence(text, 0, len(text))
    assert found is not None and found.mention.text == "Afghan, Pakistani and Tajik delegations"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Kim Seong-ho said the number of people spreading extremist propaganda had doubled, the ministry said.",
     "Kim Seong-ho"),  # the ministry relays what he said
    ("The President affirmed that relations had reached an unprecedented level, the spokesman said.", "The President"),
    ("The two countries will hold talks next month, the ministry said.", "the ministry"),  # the ministry's own
    ("The Council meeting also approved the programme for 2019-2021, the RATS press service said.",
     "the RATS press service"),  # what a body did, which its press service reports
])
def test_words_a_ministry_or_spokesman_relays_are_the_speakers_they_name(sentence: str, speaker: str) -> None:
    found = reported_in_sentence(sentence, 0, len(sentence))
    assert found is not None and found.mention.text == speaker


def test_a_rank_in_the_next_speakers_title_does_not_name_an_unnamed_officer() -> None:
    text = ("PABBI, Nov 28 - The Chinese general noted that the PLA had learnt valuable lessons from the exercise.\n\n"
            "Chief of Army Staff General Javed Iqbal Sheikh noted that the exercises had matured into a pillar of "
            "cooperation.\n")
    said = _said(text, "2018-11-28")
    assert "Sheikh" not in said.get("The Chinese ", "")


def test_a_statement_heading_names_its_speaker_before_a_capitalised_topic() -> None:
    text = ("FBI Buffalo\n\nStatement from FBI Buffalo Special Agent in Charge Richard J. Kowalczyk on the Arrest of a "
            "Niagara Falls Resident in a Joint Canada-U.S. Terrorism Investigation\n\nJune 22, 2018\n\n"
            "Early this morning, our agents arrested a Niagara Falls resident on terrorism charges.\n\n"
            "I want to be clear with the people of Western New York: at no time was there an imminent threat.\n\n"
            "I would like to thank our partners in the Royal Canadian Mounted Police for their work.\n")
    assert {f.speaker for f in _facts(text, "2018-06-22")} == {"Richard J. Kowalczyk"}


def test_an_opinion_pages_byline_with_one_first_person_paragraph_is_its_writer_but_not_the_bio() -> None:
    text = ("Opinion › Security\n\nOPINION\n\nEurope must bring its foreign fighters home\n\nBy Henrik Lindqvist\n\n"
            "Thursday 20 February 2020\n\n"
            "Henrik Lindqvist was the EU's deputy counter-terrorism coordinator. He is now a senior fellow in Stockholm.\n\n"
            "Last October, European capitals suddenly remembered the citizens held in camps in north-east Syria.\n\n"
            "I spent four years coordinating Europe's response to the foreign fighter phenomenon.\n\n"
            "The camps are overcrowded, underfunded and poorly guarded.\n")
    facts = _facts(text, "2020-02-20")
    assert {f.speaker for f in facts} == {"Henrik Lindqvist"} and all("senior fellow" not in f.quote for f in facts)
    assert any(f.quote.startswith("The camps") for f in facts)


def test_a_speech_headings_venue_is_not_read_on_into_its_topic() -> None:
    text = ("Ministry of Interior\n\nSpeech by the Cabinet Secretary for Interior at the Launch of the County Action "
            "Plans on Countering Violent Extremism\n\n12 March 2019\n\n"
            "It is my pleasure to join you this morning for the launch of the County Action Plans.\n\n"
            "Kenya has paid a heavy price for terrorism, and we will not relent.\n")
    assert all(f.speaker != "Action Plans" for f in _facts(text, "2019-03-12"))


def test_an_office_then_a_rank_in_initials_and_the_name_is_that_person() -> None:
    s = ("The Assistant Inspector General of Police in charge of counter-terrorism, AIGP Joseph Mugisha, said the region "
         "had learnt from the 2010 bombings.")
    found = reported_in_sentence(s, 0, len(s))
    assert found is not None and found.mention.text.endswith("Joseph Mugisha") and found.mention.role is not None


def test_a_live_pages_headline_naming_the_summits_city_places_its_statements() -> None:
    text = ("Al Jazeera English\n\nLIVE\n\nG5 Sahel security summit in Nouakchott: All the latest updates\n\n"
            "Published On 25 Feb 2020\n\n"
            "18:52 GMT - Ministers agree to joint command\n\n"
            "Chad's Defence Minister Mahamat Abakar Zene said his country could not fight alone.\n")
    assert [f.place for f in _facts(text, "2020-02-25")] == ["Nouakchott"]
