"""Extraction quality: the real ingest of three hundred and eight hand-labelled sets, scored against their gold files.

- seeds/: the five seed documents.
- tests/corpus: 15 documents written for the project in the styles the issue lists.
- tests/holdout: 15 harder documents (wire stories, press releases, a UN release, Q/A interviews, a press
  conference with a moderator, a speech, a feature, an op-ed, a joint statement).
- tests/blind, tests/blind2, tests/blind3, tests/blind4: 20 documents each, written and labelled by people
  who had not read the extractor nor the other sets, in outlets and formats from many countries (blind,
  blind2), in the seeds' own kinds (blind3), and half of each (blind4).
- tests/blind5: 16 documents, mostly of the seeds' kinds plus a few general news pages, written and labelled
  the same way.
- tests/blind6: 16 documents of kinds the other sets lack or have few of (a Commons question time, a ministry
  briefing with "Official Spokesperson:" labels, a first-person-plural communique, a speech and an op-ed named
  only in the title or at the foot, a live page, a think-tank analysis, quotes split around their attribution,
  anonymous sources, speakers quoted away from the dateline), written and labelled the same way.
- tests/blind7: 14 documents, five of the seeds' kinds in new layouts (a Kazakh ministry item, a Xinhua wire, a
  CGTN expert feature with a pull quote, a UN Sixth Committee release with delegates in capitals, a Japanese
  press-secretary transcript with outlet-and-journalist labels) and nine general ones (an AP wire with pronoun
  chains, split quotes, "Minister X said:" blocks, a radio transcript, an op-ed, a speech page, a sentencing
  release, an anonymous source, relative dates and speakers away from the dateline), written and labelled the
  same way.
- tests/blind8: 14 documents, eleven of the seeds' kinds (Chinese MFA press conferences with Q:/A: and outlet
  labels, an MFA news item, Xinhua, China Daily, People's Daily, a Kazakh MFA item, TASS, a CSTO speech page,
  an MEA joint communique, a Pakistan MFA release) and three general ones (a Reuters wire, an Al Jazeera story,
  a DW interview with unlabelled answers), written and labelled the same way.
- tests/blind9: 14 documents, eleven of the seeds' kinds from outlets the other sets lack (Global Times, CGTN, a
  Russian MFA briefing, a Chinese embassy item, an Uzbek MFA speech, Kazinform, PTI, APP, IRNA, Kabar) and three
  general ones (NHK, the Guardian, AFP), written and labelled the same way.
- tests/blind10: 14 documents, eleven of the seeds' kinds (a SCIO transcript with a "Date:" field, a defence
  ministry press conference, ECNS, Khovar, AZERTAC, BelTA, VietnamPlus, Ahram Online, BSS, an ASEAN speech, an OIC
  release) and three general ones (Yonhap, the Times of India, ABC News), written and labelled the same way.
- tests/blind11: 12 documents, all of the seeds' kinds (an MFA press conference with "Q (Outlet):" labels, an
  embassy item, Xinhua, China Daily, People's Daily, the SCO Secretariat, a UN mission speech, a Turkmen MFA readout,
  Interfax, PIB, UNOCT, a four-country joint statement), written and labelled the same way.
- tests/blind12: 12 documents, all of the seeds' kinds (an MFA press conference, a public-security ministry item,
  CGTN, a presidential site, a speech page, a security council readout, an ISPR release, an MEA joint statement,
  Pajhwok, an OSCE release, a Shanghai Daily feature, an interview), written and labelled the same way.
- tests/blind13: 10 documents, all of the seeds' kinds (a public-security ministry item, Xinhua Dhaka, China Daily
  Africa, Kazinform, The Himalayan Times, Daily Mirror Sri Lanka, Egypt's SIS, an AU PSC communique, an embassy
  press conference, a trilateral joint communique), written and labelled the same way.
- tests/blind14: 12 documents, all of the seeds' kinds (Anadolu, Dawn, a Japanese press-secretary transcript, a
  Russian MFA briefing, Antara with Indonesian honorifics and degrees, a two-country joint statement, a State
  Department speech, a newspaper interview, Gulf News, a Security Council press statement, Xinhua Baku, an op-ed),
  written and labelled the same way.
- tests/blind15: 12 documents, all of the seeds' kinds (a Chinese MFA press conference, SAnews on a BRICS
  declaration, TASS, an Uzbek MFA readout, an MEA briefing, PNA, a European Commission release, Premium Times,
  RFE/RL, Europol, an embassy's signed article, a parliamentary committee report), written and labelled the same way.
- tests/blind16: 12 documents, all of the seeds' kinds (Xinhua Islamabad, an NPC press conference, Interfax, a CIS
  ATC speech, a Kazakh MFA briefing, Kabar, AZERTAC, SCO RATS, an Express Tribune op-ed, Yonhap, Global Times, a
  Chinese embassy item), written and labelled the same way.
- tests/blind17: 12 documents, mostly general wire and newspaper stories (Reuters, AP, AFP, The Straits Times, Nikkei
  Asia, SCMP, Dawn, The Hindu, Kyiv Post, Al Jazeera), a General Assembly meeting release and a Home Office release,
  with two holders of one office per story and anonymous sources, written and labelled the same way.
- tests/blind18: 12 documents imitating the five seeds' kinds in new outlets (a Chinese MFA item, China Daily, a CICA
  speech, a china.org.cn transcript, People's Daily, TASS, a Russian MFA interview, Kazinform, Xinhua Kabul,
  AKIpress, a UN mission statement, UzA), written and labelled the same way.
- tests/blind19: 12 documents, half of the seeds' kinds (a Tajik MFA item, RIA Novosti, CRI on a signed article, a
  Kazakh briefing transcript, a CIS speech, a C5+1 joint statement) and half general (The Indian Express, an
  Asharq Al-Awsat interview, Addis Standard, an RSIS commentary, a Swiss FDFA release, a UNRCCA release), written
  and labelled the same way.
- tests/blind20: 12 documents imitating the seeds' kinds in outlets no set had used (a Philippine DFA release, Viet Nam
  News, a Sri Lankan MFA speech, a Vietnamese MFA briefing transcript, RSS Nepal, Montsame, Turkmen state news, a Thai
  government spokesperson page, an Arab League statement, an ASEAN chairman's statement, a Bernama Q/A interview,
  KUNA), written and labelled the same way.
- tests/blind21: 12 documents of general newspaper and wire journalism (the Guardian, BBC News, the New York Times, a
  DW interview, France 24/AFP, the Times of India, the Jakarta Post, an Arab News Q:/A: interview, the Daily Star with a
  signed article, an ABC press-conference transcript, a Globe and Mail speech text, Kyodo), with two holders of one
  office or one surname per story, speakers named after the quote and anonymous sources, labelled the same way.
- tests/blind22: 12 documents, mostly transcripts and speeches (a Chinese MFA press conference with outlet labels, an
  Australian joint press conference with interpreter notes, an Arab News Q:/A: interview, a Canadian Commons committee,
  a Singapore keynote, a UN CTC chair's statement, a Kenyan signing ceremony, a Pakistan MOFA briefing, a Rudaw TV
  interview, an MEI panel, an OSCE chair's closing statement) and an ABC story on one of those events, labelled the
  same way.
- tests/blind23: 12 documents closely imitating the seeds' kinds, two of each plus two Xinhua wires (MFA items, China
  Daily interview and conference report, CSTO and CIS ATC speech pages, SCIO and Defense Ministry transcripts, People's
  Daily on a signed article and on an MPS briefing, Xinhua Tashkent and Islamabad), labelled the same way.
- tests/blind24: 12 official releases and agency stories from outside Asia (Europol, INTERPOL, UN News, UNODC, a State
  Department media note with Q&A, GOV.UK, French and German interior ministries, an AU communique, the EU Council, the
  Council of Europe with a Q:/A: interview, the Guardia Civil), labelled the same way.
- tests/blind25: 12 documents of the seeds' kinds built around hard attribution cases (speakers named after their
  quote, "he added" after another's quote, family-name-only and initials-only references, a speech read on behalf of
  someone, a named interviewer, two holders of one office), labelled the same way.
- tests/blind26: 12 documents from Russian and Central Asian official media in English (TASS, RIA Novosti, Sputnik,
  Kazinform, Kabar, UzA, a Trend Q:/A: interview, AKIpress, Khovar, a Russian MFA briefing, a CSTO speech, a Kazakh MFA
  item), with two officers of one surname and two holders of one office, labelled the same way.
- tests/blind27: 12 documents from South Asian outlets (Dawn, The Express Tribune, APP, Radio Pakistan, PTI, The Hindu,
  Hindustan Times, an MEA briefing transcript, an ISPR release, The Kathmandu Post, a Daily Star Q:/A: interview, a
  ColomboPage speech), labelled the same way.
- tests/blind28: 12 documents from Chinese state media and official sites (Xinhua, CGTN, Global Times, China Daily,
  People's Daily, a CRI Q:/A: interview, ECNS, China Daily Asia, an embassy's signed article, an MFA press conference,
  an MPS readout, the SCO Secretariat), labelled the same way.
- tests/blind29: 12 documents imitating the seeds' kinds from Chinese state media in outlet-years no set had used (two
  MFA readouts, China Daily, Global Times with a "GT:" interview, People's Daily Online with a Q:/A: interview and a
  signed article, Xinhua wires, a china.org.cn SCIO transcript, a CSTO speech), labelled the same way.
- tests/blind30: 12 documents from regional security bodies and member states' foreign ministries (CSTO speech,
  readout and a Sputnik reprint, SCO RATS items, a CIS ATC Q:/A: interview, a Kazakh MFA briefing transcript, Kyrgyz,
  Tajik and Belarusian MFA pages), with lists of participants, delegation heads speaking in turn, two officers of
  one surname and two holders of one office, labelled the same way.
- tests/blind31: 12 documents, mostly transcripts (Chinese MFA press conferences in "Q:"/"A:" and name-label layouts, a
  china.org.cn SCIO conference with three officials, a Kremlin-style transcript, a joint news conference of two foreign
  ministers, a UN mission statement) and stories on such events, with two holders of one office or one surname per
  story, labelled the same way.
- tests/blind32: 12 documents from Turkish, Gulf, Iranian and Jordanian media in English (Anadolu, Daily Sabah, Arab
  News, Gulf News, The National, Al Arabiya, Tehran Times, the Jordan Times), with honorific titles, Hijri and Persian
  dates, messages read out by others and speakers named after the quote, labelled the same way.
- tests/blind34: 12 documents from Western wire agencies and broadcasters (Reuters, AP, AFP, BBC News and a BBC live
  page, CNN and a CNN transcript, VOA, RFE/RL, a DW interview, France 24, an RFE/RL commentary), with quotes split by
  their attribution, speakers named after the quote, two holders of one office or one surname per story and
  anonymous sources, labelled the same way.
- tests/blind33: 12 documents imitating the five seeds' kinds (three Chinese MFA items, three China Daily interview
  stories with a Q:/A: page, two CSTO speeches, two china.org.cn transcripts, two People's Daily stories), with two
  people of one surname in three of them, labelled the same way.
- tests/blind35: 12 documents from African and Latin American outlets in English (Premium Times, an ONSA press
  statement, a Vanguard briefing with outlet-labelled questions, Daily Nation, a Standard Q:/A: interview, an Ahram
  Online speech, News24, The Citizen, Buenos Aires Times, Prensa Latina, MercoPress, Colombia Reports), with
  spokesmen speaking for ministers, particle names and two people of one surname, labelled the same way.
- tests/blind36: 12 documents from multilateral bodies' own sites (a Security Council release with delegates speaking
  in turn and for groups, UNODC, UNOCT, INTERPOL, Europol, a NATO speech and joint press point, OSCE, two Council of
  the EU releases, EEAS remarks with questions, a Hansard Westminster Hall debate), labelled the same way.
- tests/blind37: 12 documents closely imitating the seeds' kinds (four Chinese MFA items, an MFA press conference,
  China Daily, People's Daily, a china.org.cn transcript, a CSTO speech, Xinhua Nairobi), with two speakers of one
  surname in two stories and speakers named after the quote, labelled the same way.
- tests/blind38: 12 documents closely imitating three of the seeds' kinds (CSTO, SCO RATS and CIS speech pages and a
  message read out, four china.org.cn transcripts, four China Daily interview stories with a Q:/A: page), with
  speakers named after the quote, two people of one surname and two holders of one office, labelled the same way.
- tests/blind39: 12 documents from Russian and Chinese state wires and media in English (TASS, a RIA Novosti Q:/A:
  interview, Sputnik, Interfax, Xinhua, a CGTN interview and speech, an ECNS transcript with outlet labels, Global
  Times), with two people of one surname or two holders of one office in half of them, labelled the same way.
- tests/blind40: 12 documents closely imitating the seeds' kinds in new outlet-years (two Chinese MFA items, a China
  Daily interview story, a Global Times Q&A, two CSTO speech pages and an SCO RATS one, china.org.cn SCIO and Defense
  Ministry transcripts, two People's Daily stories, a Xinhua BRICS story), with two people of one surname and two
  holders of one office, labelled the same way.
- tests/blind41: 12 documents on joint exercises, border talks and police cooperation from state wires (Xinhua twice, a CGTN
  Q:/A: interview, China Military Online with a Defense Ministry transcript whose questions are labelled by outlet,
  TASS, Kazinform, UzA, Kabar, a Khovar speech, AKIpress, Trend), with two people of one surname or two holders of one
  office in five of them, labelled the same way.
- tests/blind42: 12 documents from South and Southeast Asian outlets (APP, Dawn, a PIB speech text and a PIB release,
  The Hindu, ANTARA, The Jakarta Post, PNA, Bernama, The Star, a Straits Times transcript with outlet-labelled
  questions, BSS), with two people of one surname or two holders of one office per story, honorifics, messages, a
  signed article and anonymous sources, labelled the same way.
- tests/blind43: 12 documents, all government and international-organisation releases (a State Department readout
  and an "attributable to Spokesperson" press statement, GOV.UK FCO news and a Home Office speech named only in the
  heading, an EEAS spokesperson statement, INTERPOL, Europol, UN News, a UNOCT Q:/A: interview, the Council of
  Europe, an OSCE Chairmanship release, a GCTF joint statement), with two officials of one surname and two holders of
  one office, labelled the same way.
- tests/blind44: 12 long features, analyses and interviews from think-tank and magazine sites (The Diplomat, Eurasia
  Review with a signed article and a speech reprint, Modern Diplomacy with a bold-label interview and an analysis, SCMP
  and This Week in Asia, Al-Monitor, The National with an op-ed, a Nikkei Q:/A: interview), with quotes from earlier
  speeches, experts named after their quote, two people of one surname or two holders of one office, and anonymous
  sources, labelled the same way.
- tests/blind45: 12 documents closely imitating the seeds' kinds (three Chinese MFA items, two China Daily interview
  stories, two CSTO speech pages with one read on behalf of another, china.org.cn and chinagate.cn SCIO transcripts,
  three People's Daily stories), with two people of one surname and two or three holders of one office, labelled the
  same way.
- tests/blind46: 12 documents from Chinese embassies, a consulate general, permanent missions and state media (a signed
  article, an MFA press conference with outlet labels, a UN CTC statement, a reception speech, embassy and consulate
  meeting items, a CGTN interview and story, ECNS, a china.org.cn SCIO transcript, Global Times, a Geneva mission Q:/A:),
  with two people of one surname or two holders of one office in four of them, labelled the same way.
- tests/blind47: 12 documents from Russian and Central Asian official sites (a Russian MFA remarks-and-answers page with
  outlet-labelled questions, a Russian MFA Question:/Answer: interview, two kremlin.ru transcripts, the SCO Secretariat,
  two SCO RATS items, one on a signed article, a CICA speech and a CICA news item, Kazakh and Uzbek MFA news items, a CIS
  ATC reprint of BelTA), with two people of one surname, two holders of one office and speakers named after the quote,
  labelled the same way.
- tests/blind48: 12 documents closely imitating the seeds' kinds (three Chinese MFA items, two China Daily interview
  stories, two CSTO-site pages, china.org.cn and chinagate.cn SCIO transcripts, three People's Daily stories), with two
  people of one surname in three of them and two or three holders of one office in four, labelled the same way.
- tests/blind49: 12 documents, all Xinhua English wire copy as republished by xinhuanet.com, chinadaily.com.cn,
  globaltimes.cn and ecns.cn (talks, SCO RATS, CICA and BRICS meetings, a joint exercise, a Defense Ministry transcript
  with outlet labels, a signed article, a "Full text" speech, a Q:/A: interview, a Security Council story), with two
  people of one surname or two holders of one office in four of them and speakers named after the quote, labelled the
  same way.
- tests/blind50: 12 documents, mostly press-conference and briefing transcripts (two Chinese MFA press conferences in
  Q:/A: and name-label layouts, a Russian MFA briefing, a UN noon briefing, a State Department briefing in capitals, a
  china.org.cn SCIO conference) and a Reuters story on one of them, with Xinhua, a Malaysian minister's speech, TASS,
  People's Daily on a signed article and France 24/AFP, with two people of one surname or two holders of one office in
  five of them, labelled the same way.
- tests/blind51: 12 documents imitating the five seeds' kinds (three Chinese MFA items, two China Daily interviews, a
  CSTO speech and a CSTO news page, a china.org.cn SCIO transcript and a Q:/A: page, three People's Daily stories), with
  two speakers of one surname or office, a speaker named only after the quote or three paragraphs later, and anonymous
  sources, labelled the same way.
- tests/blind53: 12 documents from Gulf and Arab media and official sites in English (SPA, Arab News, Gulf News, The
  National, an Al Arabiya transcript, Asharq Al-Awsat, Saudi Gazette, WAM, KUNA, the Jordan Times, Egypt Independent, a
  Saudi MFA speech), with honorific titles, agency datelines, Hijri dates, same-surname speakers and former office
  holders, labelled the same way.
- tests/blind52: 12 documents from Western newspapers' and broadcasters' sites (a Guardian live blog and a Guardian story
  with a signed article, The New York Times, The Washington Post, BBC News, The Times with reader comments, Le Monde in
  English, a Der Spiegel interview, ABC News, an ABC 7.30 transcript, CBC News and a CBC speech text), with two people
  of one surname or two holders of one office, split quotations and anonymous sources, labelled the same way.
- tests/blind54: 12 documents closely imitating the seeds' kinds (three Chinese MFA items, three China Daily interview
  stories, two CSTO-site speech pages, one read on behalf of another, a china.org.cn SCIO transcript with outlet labels
  and a chinagate.cn Q:/A: transcript naming the outlet inside the question, two People's Daily stories), with two
  people of one surname and two holders of one office or role, labelled the same way.
- tests/blind55: 12 documents of international wire copy on news sites (Reuters, AFP on Japan Today and France 24,
  AP, dpa, Anadolu, Kyodo, Yonhap, Reuters via U.S. News) plus a Yonhap full-text speech, an Anadolu Q:/A: interview
  and a Japanese MFA press-conference transcript, labelled the same way.
- tests/blind56: 12 documents, mostly official speeches and statements (UN-mission statements at Security Council
  open debates, a GCTF speech, an SCO speech, a CICA statement, a joint press statement and the joint press
  conference's transcript, a minister's written message) and stories on such meetings (TASS, MAP, an Asia-Plus Q:/A:
  interview, APP on a signed article), with two people of one surname and two holders of one office, labelled the same
  way.
- tests/blind57: 12 documents closely imitating the seeds' kinds from different years (three Chinese MFA items, three
  China Daily interview stories, two CSTO-site speech pages, one read on behalf of another, a china.org.cn transcript
  and a chinagate.cn Q:/A: transcript, two People's Daily stories), with a long office in every kind, two people of one
  surname and two holders of one office, labelled the same way.
- tests/blind59: 12 documents from Central and South Asian official and state media in English (Kazinform, two Kabar,
  a Khovar speech, UzA, a Trend Q:/A: interview, APP, a PTV briefing transcript with outlet-labelled questions, Ariana
  News, TOLOnews, BSS, a Kazakh MFA briefing transcript), with two people of one surname or two holders of one office in
  six of them, speakers named after the quote, messages, a signed article and anonymous sources, labelled the same way.
- tests/blind58: 12 documents, one of each kind an international news search returns and each from a different outlet
  (Xinhua, TASS, Reuters, a Global Affairs Canada release with a "Quotes" block, UN News, a CSIS event transcript, a
  U.S. Embassy Dhaka release, a New Europe Q:/A: interview, a Malaysian MFA speech, a EURACTIV op-ed, a German-Tunisian
  joint statement, a PCOO press briefing with NAME/OUTLET labels), with two people of one surname in three of them and
  two holders of one office in two, labelled the same way.
- tests/blind60: 12 documents closely imitating the seeds' kinds (three Chinese MFA items, three China Daily interview
  stories, two CSTO speech pages, chinagate and china.org.cn transcripts, two People's Daily stories), with two people of
  one surname and two holders of one office, written and labelled the same way.
- tests/blind61: 12 documents closely imitating the seeds' kinds with three to seven officials of different countries
  per page (MFA items, one a video meeting, China Daily stories, CSTO news and speech pages, an SCIO transcript and a
  Defense Ministry Q:/A: transcript with outlets named inside the questions, People's Daily stories), with two people of
  one surname, two holders of one office and two officials answering one question in turn, labelled the same way.
- tests/blind62: 12 documents from South Asian outlets and government sites (The Hindu, Hindustan Times, two PIB
  releases, Dawn, The Express Tribune, APP, an ISPR release, an MEA special-briefing transcript with outlet-labelled
  questions, a Daily Star interview, The Kathmandu Post with a signed article, a Bangladesh MoFA speech), with two
  people of one surname, two holders of one office and speakers named after the quote, labelled the same way.
- tests/blind63: 12 documents from the UN and multilateral bodies (two Security Council meetings-coverage releases
  with speakers in capitals and unnamed delegates, a UN News story and a Q/A interview, UNODC, a UNOCT statement page,
  OSCE, INTERPOL, Europol, ASEAN and AU releases, TASS at the UN on a signed article), with two people of one surname
  or two holders of one office in seven of them, labelled the same way.
- tests/blind64: 12 documents from Russian and post-Soviet official sites and wires in English (two TASS, a
  kremlin.ru transcript, a mid.ru briefing, RIA Novosti, Interfax, the Russian Security Council, BelTA, Kazinform, a
  Kabar Q:/A: interview, Sputnik, a CIS ATC speech), with two people of one surname in two stories and two holders of
  one office in two, labelled the same way.
- tests/blind65: 12 documents from African and Middle Eastern outlets and government sites (Premium Times, an AP
  wire in Vanguard, a Vanguard story on a signed article, Daily Nation, an Ahram Online interview, an SIS speech and
  news item, MAP, Petra, SPA, an INA press-conference transcript with outlet-labelled questions, Anadolu), with
  ministers quoted through spokesmen, royal titles, and two people of one surname or two holders of one office.
- tests/blind66: 12 documents imitating the five seeds' kinds (two Chinese MFA items, three China Daily stories
  including a Q&A interview, two CSTO-site speeches, chinagate.cn and china.org.cn transcripts, three People's Daily
  stories on CICA, the SCO RATS and BRICS), with titles after names and quotations over two paragraphs, labelled the
  same way.
- tests/blind67: 12 documents from Chinese state media in English (Xinhua, a Xinhua "Full text" speech, a Defense
  Ministry Q/A press-conference transcript, China Military Online, two Global Times, two CGTN, a china.org.cn NPC
  transcript, CRI, two Ecns), written and labelled the same way.
- tests/blind68: 12 documents from European governments and EU institutions (a GOV.UK speech and Home Office
  release, French and German interior ministries, a Belgian Le Soir Q:/A: interview, Government.nl, a Council joint
  statement and press-conference transcript, a Commission press corner "Quote(s)" box, Europol, the Council of Europe,
  Xinhua Brussels), with two holders of one office, two people of one surname and speakers named after the quote.
- tests/blind69: 12 documents from United States government sites (a State Department press briefing, a background
  teleconference, the Secretary's press availability, DOJ and USAO releases, a GPO House hearing transcript, a Senate
  testimony page, two embassy items, a DOD News story and a DoD briefing transcript, a joint-statement media note), with
  questions by named outlets, anonymous briefers and two people of one surname.
- tests/blind70: 12 documents from Southeast Asian agencies, papers and government sites (Bernama, The Star, Jakarta
  Post, ANTARA, PNA, Rappler, Straits Times, an MHA doorstop transcript, Viet Nam News, Bangkok Post, a Malaysian Home
  Ministry speech, a Thai PBS World Q&A), with Malay and Indonesian honorifics, single-name officials, same-surname
  speakers and two holders of one office.
- tests/blind74: 12 documents from Central Asian and Caucasus agencies in English (Kazinform, Trend, AKIpress, Kabar,
  Khovar, 24.kz, AZERTAC, UzA, an SCO RATS item) with currency and weather tickers, two officials of one surname,
  holders of one office in several countries and speakers named after the quote.
- tests/blind75: 12 documents of the seeds' kinds from other outlets of the same kind (Chinese embassy interviews,
  remarks and items, SCO Secretariat, CSTO news items, a CICA release, MPS and MND press-conference transcripts with
  "Reporter from X:" and bare "Q:" labels), with two holders of one office and two people of one surname.
- tests/blind73: 12 documents from Russian state outlets and official sites (TASS, kremlin.ru talks and greetings,
  mid.ru answers, a Kommersant interview, a news-conference transcript, Sputnik, RIA Novosti, a CSTO speech, an SCO
  RATS item), with two people of one surname, two holders of one office and questions by named outlets.
- tests/blind72: 12 documents from Chinese state media in English (four Xinhua wires, three CGTN pieces including a
  Q:/A: interview, two Global Times, a china.org.cn story and a "Full text" speech page, an MFA press conference with
  outlet labels), with two people of one surname, two holders of one office and speakers named after the quote.
- tests/blind76: 12 documents from South and West Asian outlets and government sites (Dawn, The Express Tribune, APP,
  Press TV, IRNA, Tehran Times, Anadolu, The Hindu, an MEA briefing transcript with outlet-labelled questions and an
  MEA statement), with two people of one surname, two holders of one office and speakers named after the quote.
- tests/blind71: 12 documents imitating the seeds' kinds (three Chinese MFA items, three China Daily stories, two CSTO
  speech pages, a china.org.cn SCIO transcript, a chinagate.cn Q:/A: transcript, two People's Daily stories), with
  officials of two countries speaking in alternation, two speakers of one surname and two holders of one office.
- tests/blind77: 12 documents imitating the seeds' kinds (three MFA items, three China Daily interview stories, two CSTO
  speech pages, an NPC and an SCIO transcript with header blocks, two People's Daily stories), with quotations over two
  paragraphs named only afterwards, two people of one surname, two holders of one office and anonymous sources.
- tests/blind78: 12 documents from Xinhua, China Daily and the Chinese Defense Ministry site (SCO, CICA and BRICS
  roundups quoting leaders in turn, an MND press-conference transcript, a Xinhua Insight feature, a full-text speech, a
  Q&A, a signed-article story), with two experts of one surname and two holders of one office.
- tests/blind79: 12 documents from Central Asian presidential and foreign-ministry sites (akorda.kz and president.uz
  readouts, summit speeches with the speaker only in the heading, an mfa.gov.kz briefing and Q:/A: interview, mfa.uz,
  mfa.kg and mfa.tj items, a joint statement), with two holders of one office and two people of one surname.
- tests/blind80: 12 documents from South Asian government sites (PIB releases and a speech text, ISPR Pakistan and
  Bangladesh releases, two MOFA Pakistan briefing transcripts, Afghan MFA and ONSC items, two Sri Lankan MoD pages), with
  two people of one surname, two holders of one office, speakers named after the quote and an anonymous source.
- tests/blind81: 12 Q&A interview pages (Sputnik, an embassy repost of RIA Novosti, Kazinform, Trend, Global Times,
  China Daily, Arab News, The Diplomat, Eurasianet, Dawn, The Hindu, TASS) with outlet, surname, initials, Q:/A:,
  dash and no labels, interviewees' words reported before the Q&A, and two people of one surname.
- tests/blind82: 12 general news pages, one per outlet a news search returns (Reuters, AP, France 24, BBC, Al Jazeera,
  RFE/RL, The Diplomat, Eurasianet, SCMP, Nikkei, a VOA speech with questions, DW), with corrections, embedded tweets,
  pull quotes, two people of one surname or two holders of one office, and anonymous sources.
- tests/blind83: 12 documents imitating the seeds' kinds (three MFA items, three China Daily stories including a Q&A, two
  CSTO speech pages, an SCIO transcript, a chinagate.cn Q (Outlet):/A: story, two People's Daily stories), with officials
  of several countries named once and then only by title, honorifics and speakers named after the quote.
- tests/blind84: 12 documents, mostly press-conference and briefing transcripts (two Chinese MFA press conferences, a
  mid.ru briefing and a joint news conference of two foreign ministers, Kazakh and Uzbek MFA briefings, an SCO Secretariat
  press conference) and stories about briefings, with outlet-labelled, self-identified and unnamed questions.
- tests/blind85: 12 Q&A interview pages (Xinhua, CGTN, People's Daily Online, TASS, Izvestia, Rossiyskaya Gazeta, Kazinform,
  UzA, AKIpress, The Express Tribune, Gulf News, Khovar) with outlet, surname, full-name, initials, Q./A., Q:/A:,
  Interviewer:/Interviewee: and no labels, two holders of one office and two people of one surname.
- tests/blind86: 12 documents on statements at multilateral counter-terrorism meetings (UN mission statement pages,
  a story plus the full speech, a Security Council press release, CICA, Xinhua SCO, an MFA GCTF item, a MOFA briefing
  transcript, TASS, PTI), with two people of one surname and two holders of one office.
- tests/blind87: 12 documents imitating the seeds' kinds (three MFA items, two China Daily ambassador interviews, a CSTO
  and an SCO speech page, an SCIO and a Defense Ministry china.org.cn transcript, three People's Daily stories), with two
  people of one surname, two holders of one office and speakers named after the quote.
- tests/blind88: 12 Western wire, newspaper and official pages (Reuters, two AP, AFP via France 24, dpa, The Guardian, The
  New York Times, a NATO transcript, a European Commission speech, POLITICO on an op-ed, a SPIEGEL interview, Bloomberg),
  with correction and update notes, two people of one surname, two holders of one office, speakers named only after the
  quote and anonymous sources.
- tests/blind89: 12 Western government pages (a State Department readout naming the Secretary only in its heading, a
  US-India joint statement, remarks "As Prepared for Delivery", a Colombo press availability with name labels, an EEAS
  spokesperson statement, HR/VP remarks with outlet-labelled questions, a GOV.UK press release and UN speech, an
  Australian joint media release and doorstop transcript, a Global Affairs Canada release with a Quotes section, a US
  embassy item), with two people of one surname, two holders of one office, speakers named after the quote, a message
  read out and a signed article.
- tests/blind90: 12 Southeast Asian pages on counter-terrorism and Sulu Sea cooperation (Bernama twice, Antara, PNA, ST,
  Viet Nam News, Jakarta Post, Bangkok Post, a MINDEF transcript, a Wisma Putra speech, a Star Q:/A:, ASEAN), with
  bin/binti, one-name Indonesians, two officers of one surname, two holders of one office and speakers named after the
  quote.
- tests/blind91: 12 documents from African and Middle Eastern official agencies and newspapers (an SIS presidency item
  and an SIS press-conference transcript with outlet-labelled questions, Ahram Online, two SPA stories (a speech on
  behalf of the King and a signed article), WAM, Anadolu, NAN, The Standard, a Daily Nation Q:/A: interview, an ENA
  speech text, a Petra joint statement), with honorific titles, spokesmen and messages speaking for others, two people
  of one surname and two holders of one office.
- tests/blind92: 12 documents imitating the seeds' kinds with new countries (an MFA China-Jordan consultation item, a
  Chinese embassy item from Ashgabat, China Daily interviews with a NACTA coordinator and an Interpol director, a CIS ATC
  speech, a CSTO item, two china.org.cn transcripts with name labels and Q:/A:, People's Daily and Xinhua on joint
  exercises and ambassadors' signed articles), with two people of one surname, two holders of one office twice, a
  speaker named after the quote and a speech quoting another official.
- tests/blind93: 12 South Asian newspaper and government pages on counter-terrorism cooperation (Dawn, The Express
  Tribune, two The Hindu incl. a Q:/A: interview, Hindustan Times, The Daily Star, The Kathmandu Post, Daily Mirror, a
  PIB release, an MEA briefing transcript and a heading-only MEA speech, ISPR), with Shri/Begum/Maj Gen honorifics,
  two people of one surname twice, two holders of one office twice, display quotations named only after the quote and
  a signed article.
- tests/blind94: 12 documents from Chinese state media in English beyond the seeds' outlets (three Xinhua wires, a
  Xinhua "Full text" speech page and a Xinhua "Interview:" with Q:/A:, a CGTN transcript and a CGTN story, a Global
  Times story and an unsigned editorial, an SCIO transcript and a signed-article story on china.org.cn, CCTV English,
  ECNS), with two people of one surname, two holders of one office, speakers named after the quote, a message read
  out, an ambassador surnamed "He", and anonymous observers and sources.
- tests/blind95: 12 documents weighted to the seeds' commonest kinds (four Chinese MFA items, three People's Daily and
  three China Daily stories on SCO RATS, BRICS and bilateral meetings, an SCIO transcript and a RATS speech page), with
  two people of one surname twice, two holders of one office, speakers named only after the quote, a pull quote, a
  message, a signed article and anonymous sources.
- tests/blind96: 12 documents of UN and regional-organisation coverage (SC and GA/L press releases, UN News, OSCE, the
  Council of the EU, an AU PSC communique, an ASEAN Chairman's Statement, INTERPOL, Europol, a CTC press-conference
  transcript, Xinhua at the UN, a mission statement for ASEAN), with delegations named only by country, group
  statements, two people of one surname twice, two holders of one office twice and a signed article.
- tests/blind97: 12 documents from international broadcasters (RFE/RL, a VOA radio transcript, DW, an Al Jazeera Inside
  Story transcript, Sputnik, an RT press-approach transcript, an NHK World video page, a VOA TV script, a Sputnik
  full-text speech, an RFE/RL Q&A), with host, reporter and sound-bite labels.
- tests/blind98: 12 documents weighted to the seeds' three least common kinds (three China Daily interview stories,
  CSTO, SCO RATS and CIS ATC speech pages, three china.org.cn transcripts with name labels or 'Q: I'm with X.' and
  'A:'), plus a Chinese MFA item and a People's Daily signed-article story.
- tests/blind99: 12 documents from Central Asian, Caucasus and Mongolian outlets (Kazinform, AKIpress, a Trend
  interview, APA, AZERTAC, a Montsame Q:/A: interview, UzA, Dunyo, a Khovar speech, an Armenpress transcript, 24.kg,
  a Kazakh MFA release on a signed article).
- tests/blind100: 12 documents from East Asian and Pacific outlets (Kyodo, Yonhap, a Korea Herald Q&A interview, an
  NHK World video page, ABC doorstop and summit stories, the SMH, the NZ Herald, an RNZ Morning Report transcript, a
  Japanese MOFA press-conference transcript, the Japan Times on a signed article, an Australian Attorney-General's
  speech page), with Japanese names in both orders and Korean names surname first.
- tests/blind101: 12 documents, half of the seeds' kinds (an MFA press conference with name and outlet labels, an MFA
  consultation item, China Daily Africa, an SCO RATS speech page, a china.org.cn SCIO transcript, People's Daily on a
  signed article) and half general (Xinhua Abuja, TASS, Reuters, UN News, a Gulf News Q:/A: interview, Hürriyet Daily
  News), with two people of one surname twice, two or three holders of one office, speakers named only after the quote
  or in the next paragraph, a pull quote, a message read out and anonymous sources.
- tests/blind102: 12 documents from Russian and CIS state media (two TASS, Interfax, a RIA Novosti Q:/A: interview on
  the CIS ATC site, two Kazinform incl. a signed article, two UzA incl. a heading-only speech, two BelTA, an
  Armenpress transcript with name and outlet labels, AKIpress), with patronymics, two holders of one office, two
  people of one surname twice, speakers named only after the quote, messages read out and group statements.
- tests/blind103: 12 documents from and about regional organisations (an SCO Secretariat item, an SCO RATS speech page
  named only in its heading, a CICA chairman's statement, CSTO and CIS ATC news items, an ASEAN Secretariat ADMM item,
  an ASEANAPOL joint communique, Xinhua Bishkek, a TASS Q:/A: interview, a People's Daily signed-article story, a
  china.org.cn transcript with name labels and outlet questions, Bernama), with two people of one surname twice,
  several holders of one office, a former and a present Secretary General, speakers named after the quote, a dash pull
  quote, a message read out and anonymous sources.
- tests/blind104: 12 documents from Chinese English-language media outside the seeds' outlets (Xinhua wires from
  Beijing, Lyon and Moscow, a Xinhua full-text UN speech, CGTN, a Global Times story and "GT:" interview, a
  china.org.cn SCIO transcript and BRICS story, ECNS, CRI on a signed article and a CRI Q:/A: interview), with two
  experts of one surname and two holders of one office.
- tests/blind105: 12 documents from Western government sites (a State Department daily briefing with "MR
  PRICE:"/"QUESTION:" labels, a Secretary's joint press availability in Amman with "(Via interpreter)" turns, DOJ and
  USAO releases, GOV.UK Home Office, FCDO and UN-statement speech pages, a Council of the EU release, an Australian
  Foreign Minister's media release and radio transcript, an EEAS joint press statement, a Public Safety Canada release
  with em-dash quotes), with two people of one surname twice and two holders of one office.
- tests/blind106: 12 South Asian pages (The Hindu, PTI, Dawn, two Express Tribune incl. a Q:/A: interview, The Daily
  Star, The Kathmandu Post, Ada Derana, Hindustan Times on a signed article, an MEA joint press statement, a Pakistan
  MOFA briefing transcript, a Pakistan UN mission statement named only in its heading), with Mr./Ms./Dr/Shri/Smt.
  honorifics, two people of one surname twice, two holders of one office three times, a lede that is only a quotation
  and speakers named after the quote.
- tests/blind107: 12 documents of multilateral press conferences and interviews and the stories about them (a UN noon
  briefing, a US Mission stakeout, an INTERPOL release, a UNIS Vienna/UNODC transcript, an OSCE release, a NATO joint
  press point, TASS, Xinhua at the UN, Reuters, a Daily Sabah Q:/A: interview, a UN press-conference summary, Anadolu
  on a signed article), with Spokesman:/AMBASSADOR X:/Mr. X:/Question (Outlet):/Question [Name, Outlet]:/Q:/A: labels,
  two people of one surname three times, two holders of one office twice and a message read out.
- tests/blind108: 12 documents on ambassadors' and ministers' signed articles, op-eds and interviews (People's Daily,
  a Chinese embassy full text, an Astana Times op-ed, a Nation Q:/A: interview, a Global Times "GT:"/name-label
  interview, China Daily, a Pakistani embassy release, a Pakistan Observer column signed only at the foot, Kazinform,
  Global Times, the Express Tribune, a Chinese embassy TOLOnews item), with two speakers of one surname twice and two
  holders of one office three times.
- tests/blind109: 12 documents, seven of the seeds' kinds (an MFA consultations item, an MPS news item, a Xinhua
  "state councilor meets" item, China Daily with officials and scholars, a china.org.cn SCIO transcript with name and
  outlet labels, a CSTO speech page named only in its heading, People's Daily on a signed article) and five general
  ones (Reuters, TASS, an Anadolu Q:/A: interview, AP, The Jakarta Post), with two people of one surname twice, two
  holders of one office twice, speakers named only after the quote or in the next paragraph, a message read out and
  group statements.
- tests/blind110: 12 documents from Middle East and Gulf outlets (a WAM reception and phone call, KUNA, Saudi Gazette,
  Arab News, an Asharq Al-Awsat Q:/unlabelled-answer interview, an Al-Monitor analysis, The Jordan Times, a Gulf
  Times/QNA story, a Saudi UN mission statement named only in its heading, BNA on a signed article and a message read
  out, an SPA press-conference transcript with name and outlet labels, ONA), with H.H./HE/Sheikh/Shaikh/Sayyid names,
  two speakers of one surname three times and two holders of one office twice.
- tests/blind111: 12 documents from European broadcasters and papers in English (a France 24 live blog and a full-text
  speech, RFI Bamako and an RFI Niamey press-conference transcript with "Question (Outlet):" labels, Euronews, ANSA
  English, The Local France and Denmark, EL PAÍS English, a DW "DW:"/name-label interview, DW with a "(dpa, AFP,
  Reuters)" credit, POLITICO Europe), with quotes in translation, two people of one surname twice, two holders of one
  office, speakers named only after the quote, a signed article, a message and anonymous sources.
- tests/blind112: 12 documents from Latin American and Caribbean outlets and the OAS (MercoPress, Prensa Latina,
  Buenos Aires Times, Agência Brasil, Caribbean News Now, an OAS press release, a CICTE session speech, an Argentine
  Ministry of Security transcript) on AMIA, the tri-border area and terrorist financing, with double surnames, two
  ministers of one surname and two holders of one office twice.
- tests/blind113: 12 documents from Russian and CSTO/CIS sources (a mid.ru news-conference transcript and a TASS
  report of it, a CSTO Secretary General speech page and a TASS report of it, a Kremlin "Meeting with" FSB-director
  transcript and a TASS report of it, a Kremlin greetings message read out by another official, a mid.ru consultations
  press release, a CIS ATC news item, an Interfax Q:/A: interview, BelTA, Asia-Plus on a signed article), with two
  holders of one office twice, two people of one surname, patronymic and initials-only names, a speaker named only
  after the quote, messages read out and group statements.
- tests/blind114: 12 documents from think-tank events and commentary (RUSI and CSIS panel transcripts, ORF Expert
  Speak, a Valdai Club event report, a Carnegie Q&A, an IISS Shangri-La plenary, CNA, The Hindu, TASS, a
  Carnegie-Tsinghua summary, CSIS Critical Questions, IISS Analysis), with chairs, panellists and named questioners,
  two people of one surname twice and two holders of one office twice.
- tests/blind115: 12 wire briefs and breaking stories (an AP breaking update, two Reuters incl. an UPDATE 2, an
  AFP/Reuters live page on Khaleej Times, Xinhua on a signed article, UPI, Anadolu, AFP in The Daily Star, a Yonhap
  Q:/A: interview, a U.S. Embassy remarks page named only in its heading, Bernama with a message read out, Kyodo),
  with two people of one surname twice, two holders of one office three times, speakers named only after the quote, a
  dash pull quote, group declarations and anonymous sources.
- tests/blind116: 12 documents, half of the seeds' kinds in new topics (a china.org.cn SCIO white-paper launch
  transcript, China Daily and People's Daily interview stories with Q&A inside, a CSTO speech page, a Chinese MFA
  consultation item, a People's Daily story on a signed article) and half general (TASS with two deputy foreign
  ministers, Xinhua Dushanbe, Dawn with two Khans, Kazinform, a Europol release with dash-attributed quotes, an MEA
  briefing transcript).
- tests/blind117: 12 documents imitating the Chinese MFA seed (fmprc.gov.cn): meeting, consultation and phone-call
  items, four spokesperson regular press conferences (Q:/A:, outlet-labelled questions), a speech page and an embassy
  signed-article item; its gold quotes are often the opening words of a sentence or paragraph, so later sentences of a
  labelled answer count as extra statements and its precision reads low.
- tests/blind118: 12 documents, all China Daily in its editions: interview stories, a scholars' feature, an ambassador
  Q&A, an ambassador's op-ed, a "Full text of speech" page and stories quoting officials, diplomats and scholars, with
  two Qureshis, two Wangs told apart by rank and two deputy permanent representatives.
- tests/blind119: 12 documents on CSTO, SCO and CIS security cooperation (a CSTO speech page named only in its
  heading, a CSTO Foreign Ministers' statement, an SCO message read out, a CIS ATC speech, an SCO security-council
  secretaries' joint statement, a CSTO press-approach transcript, a CIS Q:/A: interview) and wire stories (TASS,
  BelTA, Kabar, Xinhua, Sputnik on a signed article).
- tests/blind120: 12 documents, three china.org.cn transcripts (SCIO, MPS, MND) and nine others (Xinhua Islamabad,
  TASS, a Chinese MFA item, People's Daily on a signed article, a Kazakh UN mission statement, INTERPOL, Kazinform, an
  ANTARA Q:/A: interview, Malay Mail), with two people of one surname or two holders of one office.
- tests/blind121: 12 documents imitating the People's Daily seed in both en.people.cn layouts (Xinhua meeting reports
  from Beijing, Cairo, Moscow, Kabul and the UN, an ambassador's opinion article, a story on a signed article, a
  full-text speech page 2/2, a Q:/A: interview, an MFA press-conference transcript, a reporter's drill story, a Global
  Times story).
- tests/blind122: 12 Xinhua English stories datelined from Central Asia, Africa and the Middle East (Astana, Nairobi,
  Cairo, a Bishkek Q&A interview, an Addis Ababa full-text speech, Tashkent, Abuja, Baghdad, Dushanbe, an Amman signed
  article, Riyadh, a Nur-Sultan press-conference transcript) in three xinhuanet layouts.
- tests/blind123: 12 documents from Central Asian official sites and agencies in English (mfa.kz consultations,
  briefing transcript and Q:/A: interview, an akorda.kz reception, a president.uz speech, an mfa.uz seminar, a
  president.kg meeting, an mfa.tj videoconference, 24.kg, Asia-Plus, UzA on a signed article, Kabar).
- tests/blind124: 12 documents from Pakistani and Afghan outlets (an ISPR press release, APP twice incl. a signed
  article, Dawn twice, The News, TOLOnews twice incl. a Q:/A: interview, Pajhwok, Khaama Press, a Pakistan MOFA
  briefing transcript, an Afghan ONSC speech page), with two Khans, two Momands and two holders of one office twice.
- tests/blind125: 12 documents imitating the Chinese MFA seed (fmprc.gov.cn and two embassy sites on its template):
  a vice minister at a symposium, consultations, phone calls, a meeting with the EU counter-terrorism coordinator,
  BRICS remarks, an SCO contact group, a briefing transcript, an interview and a video-link consultation, with two
  Guos and two holders of one office.
- tests/blind126: 12 documents imitating the SCIO seed: ten press-conference and briefing transcripts (SCIO, the
  Ministry of Public Security, the Ministry of National Defense, the NPC and its Standing Committee, a Foreign
  Ministry briefing, a central bank and police briefing) with moderators, rosters and outlet labels, and two China
  Daily reports of briefings, with two Lis, two Zhaos and two Chens.
- tests/blind127: 12 documents imitating the CSTO/SCO speech seed: speeches named only in their headings (SCO
  Secretariat, CSTO, CICA, the CIS Anti-Terrorism Center, the Arab Interior Ministers Council) with news items on
  the same meetings (Kabar, TASS, Kazinform, TAP), a RATS protocol summary, an interview and a final communique.
- tests/blind128: 12 Chinese English-language news stories imitating the China Daily and People's Daily seeds (China
  Daily, People's Daily, Global Times, CGTN, Xinhua): seminars, a white paper, an MND press conference, reactions to
  the Karachi consulate attack, a speech's full text, police talks, with experts, two Nings and two Songs.
- tests/blind129: 12 documents, six of the seeds' kinds (an MFA item, China Daily, a CSTO speech, a SCIO transcript,
  People's Daily, an MFA press conference) and six general (Reuters, the BBC, AP, an Al Jazeera interview, a GOV.UK
  release, an op-ed in The Hill), with two Wangs and two Farahs.
- tests/blind130: 12 documents from Southeast Asian outlets and ASEAN (Bernama, The Jakarta Post, Antara, The
  Straits Times, PNA, Rappler, Viet Nam News, Bangkok Post, the ASEAN Secretariat, ASEANAPOL) with local honorifics,
  doorstop interviews, an MFA transcript and a joint statement, two Nguyens and a Hung next to a Huong.
- tests/blind131: 12 documents from African outlets and organisations (Premium Times, Daily Nation, The EastAfrican,
  ENA, SABC, Xinhua Africa, the AU Commission, IGAD, the G5 Sahel, the MNJTF): PSC communiques, speeches, a DHQ
  briefing, a G5 Sahel transcript, a KDF statement and news stories.
- tests/blind132: 12 documents from European institutions and agencies (the Council of the EU, the Commission with a
  press conference and Q&A, Europol, Interpol, the OSCE, the Council of Europe, UNODC, the EU Counter-Terrorism
  Coordinator over four years) and a joint statement with numbered paragraphs, with two Lindholms.
- tests/blind133: 12 documents imitating the China Daily seed in its editions (China Daily, USA, Europe, Africa,
  Asia): news stories with officials and scholars, a Q&A interview, a speech's full text, an op-ed, an MFA
  press-conference transcript with 'Q (Outlet):' labels and Q&A boxes, with two Xies, two Kiokos and two Lis.
- tests/blind134: 12 documents imitating the People's Daily seed and Xinhua on SCO, CSTO, CICA and bilateral
  security cooperation: several speakers reported in turn, group statements, a RATS communique, a speech's full text
  named in its headline, an interview with outlet labels, with two Zhangs and two CSTO secretaries general.
- tests/blind135: 12 documents imitating the SCIO seed: seven white-paper and policy press conferences (military
  strategy, Asia-Pacific security, Xinjiang, national defense, peacekeeping, the Arab policy paper, an Urumqi
  briefing) and five others (an MFA press conference, China Daily, Global Times, Xinhua, an embassy briefing), with
  two Fangs, two Caos and two Lius.
- tests/blind136: 12 documents imitating the CSTO/SCO speech seed: speeches named only in their titles on CSTO, SCO,
  CIS and UN regional centre sites, enumerated proposals, other speakers quoted inside speeches, a speech read on
  someone's behalf, and news items from the same meetings, with two Sargsyans and two Tazhibaevs.
- tests/blind137: 12 documents, six of the seeds' kinds (an MFA news item, China Daily, CSTO and SCO speech pages, a
  SCIO transcript, People's Daily) and six general (Reuters, AFP, the Guardian with a caption that reports words, a
  Straits Times interview, a State Department briefing, an op-ed).
- tests/blind138: 12 documents from Indian outlets and government sites (The Hindu, Hindustan Times, The Indian
  Express, NDTV, PTI, ANI, PIB incl. a Rajya Sabha written reply, an MEA briefing, joint statements, speeches by
  ministers of state), with two Sharmas, two Rawats and two home secretaries.
- tests/blind139: 12 documents from US government and congressional sources (State Department and Defense briefings,
  Justice Department and Treasury releases, a congressional hearing with two Dorsetts told apart by state) and US
  news reports of them, with two Tinnis and two holders of one office twice.
- tests/blind140: 12 documents from Russian official sources in English (mid.ru briefings, kremlin.ru transcripts,
  TASS, RIA Novosti, an FSB statement, a press release), with patronymics, names given only as initials ('Yu.V.
  Tokarev'), two Kovrigins and two spokeswomen of one ministry.
- tests/blind141: 12 documents closely like the seeds (Xinhua and China.org.cn wire stories on SCO, China-Central
  Asia and China-Pakistan cooperation, an MFA press conference with 'Q (Outlet):' labels), with two pairs of
  namesakes in each story.
- tests/blind142: 12 documents closely like the seeds (Chinese embassy and consulate pages: ambassadors' remarks
  under a heading, signed articles reprinted from local papers, meeting readouts, a turnover ceremony transcript),
  with two Lus, two Suns and two Ozkayas.
- tests/blind143: 12 documents closely like the seeds (Kazinform, UzA, AKIpress, 24.kg and Trend: CIS and SCO
  security meetings, a speech, a joint communique, interviews answered after a dash), with two Mammadzadas and two
  Zhoroevs.
- tests/blind144: 12 documents from Middle East and Gulf outlets (SPA, WAM, Gulf News, Arab News, The National,
  Jordan Times, Petra, Al-Monitor, a ministry speech and a transcript), with two Al Kaabis and two Abu Sheikhas.
- tests/blind145: 12 documents from the UN system (UN News, UNODC and UNOCT releases, Security Council meeting
  coverage, a noon briefing, a Secretary-General's message read by another, an interview), with an unnamed
  Secretary-General.
- tests/blind146: 12 documents from Latin America and Spain in English (MercoPress, Buenos Aires Times, Mexico News
  Daily, El Pais, OAS CICTE, a Mexican foreign ministry transcript), with Spanish double surnames and two
  Echeverrias.
- tests/blind147: 12 documents from Pakistani and Afghan outlets (Dawn, The Express Tribune, APP, Radio Pakistan,
  TOLOnews, Khaama Press, ISPR, a DG ISPR press conference), with fifteen speakers named Khan.
- tests/blind148: 12 documents, half closely like the seeds (a China Daily and a CGTN interview, an SCIO press
  conference, MFA and UN mission pages) and half general (a BBC live page, a podcast, a CSIS panel, wire stories),
  with two Gunawardenas and two Pellings.
- tests/blind149: 12 documents closely like the seeds (SCO, RATS and CSTO pages: council meeting releases, a
  Secretary-General's speech under its heading, joint communiques, a CSTO press approach transcript), with two
  Makareviches.
- tests/blind150: 12 documents closely like the seeds (Chinese Foreign Ministry press conference transcripts with
  five label styles, MFA meeting items, a UN mission speech, an embassy repost), with two Popals and two Karimovs.
- tests/blind151: 12 documents closely like the seeds (Xinhua, CGTN and Global Times stories quoting officials and
  experts, a 'Full text' speech, a Q:/A: interview), with two Wangs, two Khattabs and two ambassadors of one post.
- tests/blind152: 12 documents from Australia, New Zealand and the Pacific (ABC, SMH, RNZ, ministerial releases, a
  doorstop transcript, a Senate Estimates Hansard, a Beehive speech, a DFAT joint statement), with two Hartigans and
  two Siddiquis.
- tests/blind153: 12 documents from the UK, Ireland and Canada (GOV.UK speeches and releases, a Commons urgent
  question, CBC, the Globe and Mail, Public Safety Canada, the Irish Times), with two Lindsays, two Tremblays, two
  Campbells and two Hurleys.
- tests/blind154: 12 documents from France, Germany, Belgium and the Netherlands in English (France 24, DW, The
  Brussels Times, NL Times, an EU Council release, a joint press conference through an interpreter, a government.nl
  speech), with two Kesslers and two Peeters.
- tests/blind155: 12 documents from Turkey, Iran and the Caucasus (Anadolu Agency, Daily Sabah, Hurriyet Daily News,
  IRNA, Tehran Times, Azertac, Agenda.ge, a foreign ministry Q&A), with names in two spellings.
- tests/blind156: 12 documents from Xinhua and CGTN on China-Afghanistan-Pakistan trilateral counter-terrorism
  dialogue and PLA joint exercises (closely seed-like: wire datelines, editor lines, tickers, several officials per
  story, shared surnames).
- tests/blind157: 12 documents from Indian official and news pages (PIB releases, MEA briefings with 'Official
  Spokesperson:' and 'Question (X, Outlet):' labels, The Hindu, Hindustan Times, PTI) on BRICS, SCO and
  India-Central Asia cooperation (closely seed-like).
- tests/blind158: 12 documents from Russian official pages in English (TASS, RIA Novosti, mid.ru, the Security
  Council of Russia): a speech with its speaker only in the heading, a signed article, a briefing, an interview with
  dash-opened turns (closely seed-like).
- tests/blind159: 12 documents from ASEAN and Southeast Asia (Bernama, The Jakarta Post, PNA, VNA, the ASEAN
  Secretariat, an ADMM-Plus joint statement, a chairman's statement, a presidential briefing with 'REPORTER/OUTLET:'
  labels), Malay and Thai honorifics (closely seed-like).
- tests/blind160: 12 documents from China.org.cn, People's Daily Online and China Daily: ambassadors' signed
  articles, interviews with 'Q:'/'A:' and name labels, think-tank experts, State Council Information Office press
  conferences (closely seed-like).
- tests/blind161: 12 documents from Africa (Xinhua from Nairobi, Addis Ababa and Abuja, African Union Peace and
  Security Council communiques, China-Africa forums, Daily Nation, Premium Times, a Nigerian Army release) (closely
  seed-like).
- tests/blind162: 12 documents from United States sources (State Department briefings with 'MR. X:' and 'QUESTION:'
  labels, a Defense Department transcript, AP and VOA stories, a Global Coalition joint statement), two people
  sharing a surname in a story.
- tests/blind163: 12 documents from European multilateral bodies (OSCE, Council of Europe, Europol, a NATO press
  conference with a moderator and 'Q:' labels, an EU declaration, a European Parliament debate), two pairs of shared
  surnames.
- tests/blind164: 12 documents from Xinhua, China Daily and TASS on China-Russia joint counter-terrorism exercises
  and security consultations, defence ministry briefings with 'Q:'/'A:' labels, a TASS interview with name labels
  (closely seed-like).
- tests/blind165: 12 documents from Central Asian foreign ministry pages in English (consultations, 'X met with Y'
  releases, ministers' speeches with the speaker only in the heading, a briefing answered by 'Press Secretary:'),
  patronymics, talks held away from the dateline (closely seed-like).
- tests/blind166: 12 documents on China-Pakistan security cooperation (APP and Xinhua Islamabad stories, Chinese
  embassy statements, an ambassador's op-ed, CPEC security), Pakistani honorifics and ranks, two pairs of shared
  surnames (closely seed-like).
- tests/blind167: 12 documents on SCO and BRICS summits (a head of state's speech with the speaker only in the
  heading, declaration paragraphs, Xinhua summaries quoting several leaders, a vice foreign minister's pre-summit
  briefing, an interview with unlabelled answers) (closely seed-like).
- tests/blind168: 12 documents on China and the Middle East (Xinhua from Cairo, Riyadh, Tehran and Damascus, the
  special envoy's remarks, China-Arab States Cooperation Forum declaration excerpts, an MFA briefing, a League of
  Arab States speech), Arabic names (closely seed-like).
- tests/blind169: 12 documents on the UN Security Council and counter-terrorism (permanent representatives' remarks
  with the speaker only in the heading, Xinhua UN stories, a CTED interview, press and presidential statements, a
  presidency press conference) (closely seed-like).
- tests/blind170: 12 documents from Sri Lanka, Bangladesh, Nepal and the Maldives (Daily Mirror, Dhaka Tribune, The
  Daily Star, The Kathmandu Post, presidential media releases, a transcript with capitalised name labels), four
  pairs of shared surnames.
- tests/blind171: 12 documents from East Asia (Kyodo, NHK World, Japan's MOFA press conferences with 'Q:' labels,
  Yonhap, The Korea Herald, MONTSAME), surname-first and given-name-first names, initial-dot Mongolian names, three
  pairs of shared surnames.
- tests/blind172: 12 documents from Xinhua, China Daily and People's Daily Online on China-Central Asia
  counter-terrorism cooperation (border defence talks, joint exercises, public security ministers' talks, an MFA
  transcript, a Q:/A: interview), two pairs of shared surnames (closely seed-like).
- tests/blind173: 12 documents from Chinese embassy pages in Europe and Africa (ambassadors' speeches with the
  speaker only in the heading, 'Ambassador X Meets Y' readouts, a signed article, a press conference transcript),
  three pairs of shared names (closely seed-like).
- tests/blind174: 12 documents from Kazakh, Kyrgyz and Uzbek agencies in English (Kazinform, Kabar, UzA, Trend,
  AKIpress) on CSTO and CIS security meetings, a Senate hearing, interviews with 'Q:' labels, press-service
  attributions, patronymics (closely seed-like).
- tests/blind175: 12 documents from China's defence and public security ministries (press conference transcripts
  with name and outlet labels or 'Question:'/'Answer:', a vice minister's forum speech, Interpol and police
  cooperation news) (closely seed-like).
- tests/blind176: 12 documents from Pakistani and Afghan official pages (MOFA weekly briefings with 'Spokesperson:'
  and 'Question:' labels, ISPR releases, Afghan presidential and foreign ministry statements, Xinhua Kabul stories)
  (closely seed-like).
- tests/blind177: 12 documents from TASS, RT and BelTA on CSTO and CIS anti-terrorist bodies (a defence minister's
  speech with the speaker only in the heading, an interview with unlabelled questions, initials labels like 'V.M.
  X:', greetings read by a deputy) (closely seed-like).
- tests/blind178: 12 documents of wire and broadsheet coverage of Southeast Asian counter-terrorism (Reuters, AFP,
  The Straits Times, CNA, Rappler, a Singapore MHA release, a Hansard parliamentary reply), Thai given names after
  first mention, three pairs of shared surnames.
- tests/blind179: 12 documents from Gulf and Jordanian official agencies (WAM, QNA, KUNA, Petra, BNA) on
  counter-terrorism and terror-finance designations (TFTC joint statements, a Q:/A: interview, a foreign ministry
  transcript), royal titles and five pairs of shared family names.
- tests/blind180: 12 documents from China's foreign ministry and China Daily on China-EU and China-UK
  counter-terrorism dialogues (regular press conference transcripts with outlet questions and Q:/A: labels, a
  spokesperson's remarks, interviews, a joint statement), two Wangs.
- tests/blind181: 12 documents from Xinhua and CGTN on the SCO Regional Anti-Terrorist Structure and Peace Mission
  exercises (council communiques, a defence ministry transcript, an opinion piece under an editor's note, a
  full-text speech), two Bajwas, Lius and Davlatzodas.
- tests/blind182: 12 documents from India's MEA and PIB and All India Radio on counter-terrorism with Central Asian
  and Gulf states (a weekly briefing, a special briefing, an interview 'with Gulf News', a spokesperson's response
  quoted over three paragraphs, a Prime Minister's press statement, 'Raksha Mantri' releases), two Reddys.
- tests/blind183: 12 documents from Russia's foreign ministry and embassies in English (joint news conferences, an
  unlabelled Izvestia interview, comments of the Information and Press Department, a briefing, initials for names),
  two Rahardjos.
- tests/blind184: 12 documents from UN News and the UN Office of Counter-Terrorism (Security Council briefings,
  statements attributable to the Spokesman, a noon briefing, a Secretary-General's video message, a press conference
  transcript), the Secretary-General never named.
- tests/blind185: 12 documents from Southeast Asian ministries and wires (Bernama, Antara, PNA, PCOO) on trilateral
  maritime and ASEAN counter-terrorism cooperation (a speech under a capitals heading, an ANTARA interview, a police
  media statement signed in capitals, joint statements), Malay styles, two Macalintals and two IGPs.
- tests/blind186: 12 documents from the African Union, IGAD, G5 Sahel, APO releases and African papers on
  counter-terrorism with China, Russia and the EU (a commissioner's speech, an AU-EU transcript, a summit
  communique, a Q:/A: interview, office acronyms such as IGP and SRCC), two Ahmeds, Chens and Kariukis.
- tests/blind187: 12 documents from WAM, Arab News, Anadolu Agency, Daily Sabah and Gulf News on Gulf and Turkish
  counter-terrorism coordination (a statement delivered by an assistant minister, an ambassador's Q&A, a
  presidential spokesman's call readout, coalition ministerials), two Al-Shahranis and two Al Khalifas.
- tests/blind188: 12 documents from Australian and New Zealand ministerial media releases and ABC/RNZ news pages on
  Five Eyes meetings and Pacific security pacts (Q:/A: and name-labelled interviews, a speech, questions from
  journalists naming their outlets), two Manedikas.
- tests/blind189: 12 documents from English-language Latin American outlets (MercoPress, Buenos Aires Times,
  Colombia Reports, Mexico News Daily) and OAS/CICTE releases on the tri-border area and terrorist financing (a
  transcript with outlet labels, an OAS speech, an interview), two Pereiras, two Carvalhos, two Garzas.
- tests/blind190: 12 documents from Central Asian and Caucasus outlets (Kazinform, UzA, Trend.az, AKIpress, the
  Tajik foreign ministry) on CIS and CSTO meetings (datelines like 'ASTANA, July 4:', a briefing transcript with a
  moderator, joint statements).
- tests/blind191: 12 documents from European institutions (Commission and Council press releases, Europol and
  Eurojust news, EUobserver and Euractiv, a European Parliament verbatim report of a plenary debate with 'Name,
  office. – (DE)' turns, an interview with unlabelled questions), two MEPs named Kovács.
- tests/blind192: 12 documents from Pakistan (Dawn, APP, ISPR press releases, Foreign Office weekly briefing
  transcripts with outlet questions and follow-ups) on the China-Afghanistan-Pakistan trilateral, two Maliks.
- tests/blind193: 12 documents from West African outlets (Premium Times, Vanguard, Punch, GhanaWeb, ECOWAS releases,
  a Multinational Joint Task Force Facebook post, an interview with unlabelled questions), two Magajis, two
  Amponsahs, two Inspectors-General.
- tests/blind194: 12 long magazine interviews with security officials (Der Spiegel, Foreign Policy, The Diplomat, Le
  Monde: Q:/A: labels, name labels, outlet labels, bold questions with no labels, an introduction in the
  journalist's voice and the journalist's bio at the foot), three pairs sharing a surname.
- tests/blind195: 12 documents from Kyodo, Yonhap, The Japan Times, The Korea Herald and the Japanese and Korean
  foreign ministries on G7 and Japan-ASEAN counter-terrorism dialogues (a 'Press Secretary:'/'Reporter:' transcript,
  a press release, a speech), two Lees, two Parks, two Kanzakis, two Joos.
- tests/blind196: 12 documents closely like the seeds: Xinhua and China Daily world-service stories on China's
  counter-terrorism cooperation with African and Latin American countries (datelines with '(Xinhua) --', a Q:/A:
  interview, a defence ministry transcript with outlet labels, an embassy speech), two Silvas, two Vargases, two
  Alemus.
- tests/blind197: 12 documents closely like the seeds: Chinese Foreign Ministry regular press conferences (Q:/A:
  labels, name and outlet labels, embassy mirrors, a second page of a china.org.cn copy) and ambassadors' speeches
  on embassy sites, two Zhaos.
- tests/blind198: 12 documents closely like the seeds: Kazinform, UzA, Akorda and Central Asian foreign ministry
  pages on CIS, CSTO and SCO meetings (readouts, a joint statement in full whose numbered paragraphs speak as 'the
  Sides', an unlabelled dash interview, plenary speeches), two Tursynbekovs.
- tests/blind199: 12 documents closely like the seeds: Indonesian, Malaysian and Philippine pages and wires (Antara,
  Bernama, PNA, a Malacañang briefing transcript, a co-chairs' statement, a speech under Malay honorifics, a Senate
  release), two Hamzahs, two Sorianos.
- tests/blind200: 12 documents closely like the seeds: Egyptian, Saudi and UAE agencies (MENA, SPA, WAM) and Arab
  League and IMCTC pages (His Excellency readouts, a joint statement, a joint press conference transcript, a Q:/A:
  interview, a Grand Mufti), two Abdel-Qaders, two Al-Qahtanis.
- tests/blind201: 12 documents closely like the seeds: NATO, OSCE and Council of Europe pages (a Secretary General
  press conference with questioners naming their outlets and follow-ups, a speech heading broken over lines, press
  releases, an Izvestia interview, a PACE hearing), two Hennequins.
- tests/blind202: 12 documents closely like the seeds: Russian Foreign Ministry, TASS, RIA Novosti and Sputnik pages
  on SCO RATS, BRICS and CIS counter-terrorism cooperation (a spokeswoman's briefing with unlabelled questions,
  deputy minister interviews, consultation readouts, 'MOSCOW, March 3. /TASS/.' datelines), two Kapadias, two RATS
  directors.
- tests/blind203: 12 documents closely like the seeds: Chinese defence and public security pages, People's Daily,
  Global Times and China Military Online on joint exercises and police cooperation (a monthly defence press
  conference with outlets named inside the questions, exercise directors, foreign officers interviewed, an op-ed),
  two Lis.
- tests/blind204: 12 documents closely like the seeds: Pakistani and Afghan outlets (Dawn, The News, Express
  Tribune, TOLOnews, Pajhwok, APP) on China-Afghanistan-Pakistan talks (an ISPR press conference, a foreign office
  briefing with name and outlet labels, embassy statements, an interview), two Wangs, two Sarwaris, two Durranis.
- tests/blind205: 12 documents closely like the seeds: United Nations pages (UN News, UNOCT and CTED releases,
  Security Council press statements and meetings coverage, Deputy Secretary-General remarks, a noon briefing, a
  press conference) and Xinhua UN coverage, an Under-Secretary-General beside the Secretary-General.
- tests/blind206: 12 documents closely like the seeds: Chinese embassy pages in Africa, the Middle East and Europe
  (ambassadors' signed articles, one in translation, meetings with ministers, a spokesperson's Q&A, consular
  reminders) and local papers reporting them, two Kariukis, two Wangs.
- tests/blind207: 12 documents closely like the seeds: SCO, CICA and BRICS summit and ministerial pages
  (declarations titled in capitals over several lines with numbered 'Member States' paragraphs, a 'We, the Heads of
  State' declaration, chairs' statements, Xinhua summit coverage, a secretary general's press conference).
- tests/blind208: 12 documents closely like the seeds: Indian MEA and PIB pages (JWG-CT joint statements, briefings
  with 'Question (Name, Outlet):' labels, an 'English rendering' of a press statement, a written parliamentary
  reply) and The Hindu and Hindustan Times, two Rathores.
- tests/blind209: 12 documents closely like the seeds: CGTN, China.org.cn, China Daily and Global Times interviews,
  analyses and op-eds quoting foreign and Chinese experts and officials (Q-and-A with name labels, a 'Dialogue'
  transcript in capitals, a joint statement, a full-text speech), two Wangs, two ambassadors to Sri Lanka.
- tests/blind210: 12 documents closely like the seeds: Xinhua and People's Daily Online reports datelined in
  Islamabad, Kabul, Tashkent, Cairo, Nairobi and Bangkok on bilateral counter-terrorism talks with China ('the two
  sides agreed'), an interview in Q-and-A, an ambassador's signed article printed in full, an embassy speech page,
  two Maliks, two Sodikovs, two Kariukis.
- tests/blind211: 12 documents closely like the seeds: Kabar, AKIpress, Kazinform, Khovar and TDH on CSTO, CIS
  Anti-Terrorism Centre and SCO RATS meetings and exercises (Russian-style datelines, heads of delegations with long
  offices, a speech named only in its heading, a Q:/A: interview, outlet-labelled briefing questions), two
  Dossanovs.
- tests/blind212: 12 documents closely like the seeds: Chinese Foreign Ministry and Defence Ministry
  press-conference transcripts with outlet-labelled questions, each paired with a Xinhua rewrite in reported speech,
  two Zhangs at one conference, two Tians.
- tests/blind213: 12 documents closely like the seeds: APP, Dawn, The News, Pajhwok, TOLOnews and Khaama Press on
  the China-Pakistan-Afghanistan trilateral dialogue (ISPR releases, 'the DG ISPR said', 'the COAS', anonymous
  sources, a Q-and-A interview, 'CITY:' datelines), three Afridis, two Khokhars, two Wangs.
- tests/blind214: 12 documents closely like the seeds: UN News, UNODC, UNOCT and Counter-Terrorism Committee pages
  (a Security Council meeting summary where representatives speak in turn, a Secretary-General's statement issued by
  his spokesman, a noon-briefing transcript, a speech named in its heading, a Q:/A: interview), two Qodirzodas, two
  Wafulas.
- tests/blind215: 12 documents closely like the seeds: Bernama, The Star, Antara, PNA, SPA, WAM, KUNA and Gulf News
  on ASEAN, ADMM-Plus, GCC and IMCTC meetings (honorifics such as Dato' Sri and Sheikh, '(Bernama) --' datelines, a
  transcript with a question in Malay, a pull quote), two Azlans, two Al Suwaidis.
- tests/blind216: 12 documents closely like the seeds: Chinese Ministry of Public Security and Foreign Ministry
  pages on law-enforcement cooperation with Central Asian, South Asian and African countries ('X met with Y in
  Beijing on Tuesday', 'the two sides exchanged views'), a transcript with bare name labels, Xinhua and China Daily
  coverage, two Wangs, two Thapas.
- tests/blind217: 12 documents closely like the seeds: Kremlin, Akorda, president.uz and president.kg pages and TASS
  and Kazinform reports of summits and talks (statements for the press after talks, speeches named in their
  headings, a Kremlin Q&A, lists of agreements, Russian-style datelines), quotes placed away from the dateline.
- tests/blind218: 12 documents closely like the seeds: ENA, The Standard, Daily Nation, New Vision, Premium Times
  and APS on China-Africa and African Union counter-terrorism cooperation (police training handovers, ambassadors'
  remarks at ceremonies, an AU Peace and Security Council communique in numbered paragraphs, a speech read on a
  minister's behalf), two Mwangis.
- tests/blind219: 12 documents closely like the seeds: Anadolu Agency, Daily Sabah, Arab News, The National, Jordan
  Times, Egypt Today and Tehran Times on counter-terrorism cooperation with China, Russia and Central Asia (joint
  press conferences with name labels, ambassadors' interviews, a joint statement read out at the Astana talks).
- tests/blind220: 12 documents closely like the seeds: think-tank event reports and signed pieces (CICIR, SIIS,
  Valdai, ORF, IPRI, RUSI transcript, CIIS speech, Carnegie Moscow, China Daily and Express Tribune op-eds, a Global
  Times story quoting experts), two Zhangs told apart by 'Dr.' and 'Professor', two Menons.
- tests/blind221: 12 documents closely like the seeds: interviews and press conferences of the heads of SCO RATS,
  CSTO, CIS ATC, CICA and UNOCT with Xinhua, TASS, Kazinform, Sputnik and CGTN (outlet and name labels, em-dash
  turns, an anchor's name as the question label, a speaker named only in the heading and participant list), two
  Barkhudaryans, two Shakenovs, two Chengs.
- tests/blind222: 12 documents closely like the seeds: Xinhua reports of China-Central Asia and China-South Asia
  security dialogues and joint exercises (exercise directors and defence officials quoted, 'according to a statement
  of the Ministry of National Defense', a photo gallery), a Defense Ministry transcript with 'Question (Outlet):'
  labels, a Tianshannet reprint.
- tests/blind223: 12 documents closely like the seeds: UzA, mfa.uz, president.uz, Kabar, Khovar and 24.kg pages on
  cooperation with China, Russia and the SCO (long offices before names, 'the sides discussed', 'it was noted that',
  a speech named in its heading, a Kabar Q:/A: interview, 'For reference:' background), two Sarybaevs.
- tests/blind224: 12 documents closely like the seeds: EEAS, State Department, Council of the EU and European
  Parliament pages on counter-terrorism dialogues with China and Central Asia (a special briefing with
  MODERATOR/QUESTION labels, a readout, a statement 'As delivered by' a charge d'affaires, a plenary debate's
  verbatim turns, Council conclusions), two Grafensteins.
- tests/blind225: 12 documents closely like the seeds: The Hindu, Indian Express (PTI), Daily Mirror Sri Lanka, The
  Daily Star, The Kathmandu Post and BSS on counter-terrorism cooperation with China and BIMSTEC, SAARC and BRICS
  meetings, an MEA briefing, a speech named in its heading, a Q:/A: interview, two Bhatnagars, two Chowdhurys.
- tests/blind226: 12 documents closely like the seeds: TASS, Interfax, Sputnik, RT and Kommersant on FSB and
  National Antiterrorism Committee statements and SCO, CSTO and Russian-Chinese consultations (Russian-style
  datelines, a Foreign Ministry briefing with labelled questions, a speech page with an initials-only speaker).
- tests/blind227: 12 documents in the seeds' own layouts: a Foreign Ministry press-conference transcript, a Xinhua
  story from Tashkent quoting two Mamatkulovs, a Kazinform lead, an embassy speech page, a People's Daily signed
  article, an SCO RATS item, wire items, a CSTO speech page and a china.org.cn transcript.
- tests/blind228: 12 documents closely like the seeds: Xinhua and China Daily reports of Chinese leaders' meetings
  with visiting Central Asian, South Asian and Middle Eastern leaders ('X said his country is willing to ...', 'the
  two sides agreed'), Foreign Ministry 'Meets with' pages, a press-conference transcript, a speech named in its
  heading, a Q:/A: interview, two Jatois, two Zhaos.
- tests/blind229: 12 documents closely like the seeds: Kazinform, Akorda, mfa.gov.kz, Kabar, 24.kg and AKIpress on
  the Astana talks, CICA and the Code of Conduct (a spokesperson's briefing with outlet-labelled questions, 'the
  Head of State noted', an AKIpress Q:/A: interview, a numbered joint statement), two Mamytovs, two Iskakovs.
- tests/blind230: 12 documents closely like the seeds: Pakistan MOFA weekly briefings with 'Question: (Journalist,
  Outlet)' labels, ISPR releases, an Afghan Office of the President release, MoFA Afghanistan speech, release and
  press conference, and Xinhua and APP rewrites, two Bukharis, two Afghan deputy foreign ministers.
- tests/blind231: 12 documents closely like the seeds: Tianshannet, Xinjiang Daily, China Tibet Online and Yunnan
  Daily pages and Chinese embassy pages in Kazakhstan, Pakistan, Egypt, Kenya and Indonesia (ambassadors' speeches
  at receptions, a consulate-attack statement, a Q:/A: interview, a joint press release).
- tests/blind232: 12 documents closely like the seeds: SPA, WAM, QNA, KUNA, Petra, SANA and MENA pages on
  cooperation with China, Russia and Central Asia (audiences granted to envoys, a spokesman quoting ministers, a
  joint statement with 'the Saudi side', a press-conference transcript, a speech page), two Al Nahyans, two
  Al-Thanis, two Haddads.
- tests/blind233: 12 documents closely like the seeds: SCO, RATS, CSTO, CIS, CICA and ASEAN secretariat pages
  (chairpersons' statements, 'the participants noted', secretaries-general's speeches named in headings, numbered
  press releases, a message read out by a deputy), two Rahmonovs, two Daos.
- tests/blind234: 12 short Xinhua and China Daily dispatches on SCO and CSTO defence and security ministers'
  meetings and joint drills, several officials in one story with surname continuations, a Q/A interview and a
  full-text speech (closely seed-like).
- tests/blind235: 12 Indian pages (The Hindu, Hindustan Times, PTI, ANI, Economic Times, MEA) on joint working
  groups on counter-terrorism with Central Asia, Russia and BRICS: 'told reporters', anonymous officials, tweets
  quoted, an MEA briefing with 'Question (Reporter, Outlet):' labels (closely seed-like).
- tests/blind236: 12 briefing transcripts and rewrites (Russian and Kazakh MFA spokespersons, SCO and CSTO
  secretaries-general): questions labelled by outlet, multi-paragraph answers, 'Follow-up:' turns, two Colonel
  Generals of one surname (closely seed-like).
- tests/blind237: 12 speeches at counter-terrorism conferences (UNOCT, OSCE, SCO RATS, CICA, GCTF, a UN mission)
  whose speaker is named only in the heading or a 'Remarks by ... as prepared for delivery' line, two co-chairs on
  one page, a Q&A transcript and a UN News story of one speech (closely seed-like).
- tests/blind238: 12 Iranian, Turkish and Azerbaijani pages (IRNA, Tehran Times, Anadolu, Daily Sabah, AZERTAC,
  Trend, two ministries): ambassadors' interviews, ministers' meetings, a joint press conference with upper-case
  labels, shared surnames, 'Tehran, IRNA --' datelines (closely seed-like).
- tests/blind239: 12 China Daily, Global Times, CGTN and PLA Daily features on joint anti-terror drills and police
  training with foreign forces: commanders and trainees quoted, 'a soldier surnamed Li said', editors' notes over
  interviews, a Dialogue transcript, a gallery (closely seed-like).
- tests/blind240: 12 Xinhua 'Interview' and 'Spotlight' pieces (and their reprints) in which foreign officials,
  ambassadors and experts speak of counter-terrorism cooperation: 'told Xinhua in a recent interview', Q/A, a
  speaker named only in the headline, a minister surnamed He (closely seed-like).
- tests/blind241: 12 Pakistani outlets and official pages (Dawn, Express Tribune, The Nation, APP, Radio Pakistan,
  ISPR): 'COAS said', Senate and National Assembly committees, an office holder never named, two Jadoons and two
  Qureshis (closely seed-like).
- tests/blind242: 12 TASS, RIA Novosti, Interfax and Sputnik pages on the FSB, the National Anti-Terrorism Committee
  and CIS and SCO special services: long speeches, 'the FSB director said', an 'UPDATE' mid-story, a press-centre
  transcript, two Karaulovs (closely seed-like).
- tests/blind243: 12 UN Security Council meetings-coverage releases (speaker-by-speaker summaries, 'speaking in his
  national capacity'), CTED and UNOCT briefings, a presidential statement, a mission's stakeout transcript and a UN
  News story (closely seed-like).
- tests/blind244: 12 Southeast Asian pages (PNA, Rappler, Inquirer, Jakarta Post, Antara, The Star, Bernama) on the
  Marawi aftermath and trilateral patrols: surnames, honorifics (Datuk, Tan Sri, Gen.), a briefing transcript, a
  speech, shared surnames (closely seed-like).
- tests/blind245: 12 Chinese Foreign Ministry press-conference transcripts, 'Spokesperson's Remarks' pages and
  embassy Q&A pages on terrorism: bare 'Q:' questions, outlets named inside questions, reported words inside answers
  (closely seed-like).
- tests/blind246: 12 Kazakh presidential and agency pages (Akorda, Kazinform, Astana Times, MFA) on CICA, the SCO
  and the Code of Conduct: 'the Head of State noted', 'Elbasy', a message read out by a deputy, a joint press
  conference, two Yedilovs (closely seed-like).
- tests/blind247: 12 UNODC, UN Vienna and UN Geneva releases and stories on workshops and legal assistance in
  Central and South Asia: branch chiefs quoted, a speech named in its heading, Geneva briefing notes, a transcript
  with capitalised labels, shared surnames (closely seed-like).
- tests/blind248: 12 Bangladeshi and Sri Lankan pages (Daily Star, Dhaka Tribune, BSS, Daily Mirror, Daily News,
  ColomboPage) on the Holey Artisan and Easter attacks: home ministers and police chiefs, a briefing with office
  labels, a speech, two Chowdhurys, two Pereras (closely seed-like; gold places undated pages at the outlet's city).
- tests/blind249: 12 Egyptian and North African pages (MENA, Ahram Online, Egypt Today, MAP, TAP, APS) on
  cooperation with China, Russia and the AU: spokesmen's statements, a message read out by an ambassador, an
  interview, a transcript, two Abou-Sennas (closely seed-like).
- tests/blind250: 12 wire stories as reprinted by aggregators (Reuters, AFP and AP via Yahoo, NDTV, Arab News,
  Straits Times): '(Reuters) -' openings, 'Reporting by' footers, embedded tweets, pages dated a day after their
  datelines, a full-text speech (closely seed-like).
- tests/blind251: 12 Chinese Ministry of National Defense transcripts and PLA Daily and China Military Online
  reports of joint exercises with Pakistan, Russia and ASEAN: Senior Colonel spokespersons, opening-ceremony
  speeches after a story, two Maliks, two Dubrovins (closely seed-like).
- tests/blind252: 12 Xinhua, China Daily and CGTN reports of China-Central Asia foreign ministers' meetings and
  Lancang-Mekong law-enforcement meetings: one minister across six pages, 'the ministers agreed', a transcript, a
  speech, two Pans, two Chens, two Kurbonzodas (closely seed-like).
- tests/blind253: 12 Gulf outlets (Gulf News, The National, Khaleej Times, Arab News, Gulf Times) interviewing
  ambassadors of China, Russia and Central Asian states: Q/A with unlabelled answers, narrative interviews, an
  op-ed, a speech, two al-Kuwaris, two Abdrakhmanovs (closely seed-like).
- tests/blind254: 11 Russian Foreign Ministry joint press-conference transcripts with Central and South Asian
  ministers and a TASS rewrite: name labels with interpreter notes, hosts speaking first, multi-paragraph answers,
  related links styled as labels (closely seed-like).
- tests/blind255: 12 Afghan outlets (TOLOnews, Pajhwok, Khaama Press, Ariana News, Bakhtar) on regional
  counter-terrorism cooperation: spokesmen, 'told TOLOnews', an inline-labelled interview, anonymous sources, two
  Rahimis, two Sarwaris, two Nazaris (closely seed-like).
- tests/blind256: 12 OSCE, EU and Europol pages on counter-terrorism projects in Central Asia: heads of programme
  offices quoted, a message read out, an EU statement to the Permanent Council, a pull quote, two Bazarkulovs
  (closely seed-like).
- tests/blind257: 12 Chinese provincial and police pages (Xinjiang Daily, Tianshannet, China Daily regional,
  Ministry of Public Security) on joint border patrols with Kazakhstan, Kyrgyzstan, Laos and Myanmar: officers known
  by surname, readers' comments with name labels, two Lius, two Lis, two Zhus (closely seed-like).
- tests/blind258: 12 Xinhua English reports from the five Central Asian capitals on SCO and CIS meetings: local
  officials and Chinese ambassadors quoted, 'told Xinhua', a Q/A interview, a speech named in its headline, a mobile
  page, two Sattorzodas, two Sultanalievs (closely seed-like).
- tests/blind259: 12 Chinese Foreign Ministry readouts ('X Meets with ...', 'Holds Consultations with ...'),
  numbered consensus items of 'the two sides', a spokesperson's press conference, a keynote speech under a
  '--Keynote Speech by' line, an interview, two Durranis, two Hotaks (closely seed-like).
- tests/blind260: 12 Indonesian, Malaysian and Thai pages (Antara, Jakarta Globe, Bernama, New Straits Times,
  Bangkok Post, Thai PBS) on cooperation with China, Australia and ASEAN: honorifics, a Home Ministry
  press-conference transcript, words passed on in a statement, two Siregars, two Hamzahs (closely seed-like).
- tests/blind261: 12 SCO Secretariat and RATS news items and interviews (and a Xinhua and a Kabar story): the
  Secretary-General and RATS Directors over 2015-2020, a message read out by a deputy, group statements of the
  Council, two Zhaksylykovs (closely seed-like).
- tests/blind262: 12 Kyrgyz and Tajik pages (24.kg, AKIpress, Kabar, Asia-Plus, Khovar) on security cooperation with
  Russia, China and the CSTO: a live blog of a hearing, an interview with dash turns, a moderated transcript,
  patronymics and initials, two Kochkorbaevs, two Rahimovs (closely seed-like).
- tests/blind263: 12 African Union, IGAD and African pages (ENA, The EastAfrican, Daily Monitor, Premium Times) on
  cooperation with China and the UN: a commissioner across four pages, Peace and Security Council communiques, words
  passed on by a spokesperson, a moderated transcript (closely seed-like).
- tests/blind264: 12 pages, 146 statements (closely seed-like: US State Department briefings with 'MR. X:' and
  'QUESTION:' labels, a C5+1 joint statement, ambassadors' remarks, readouts and a RFE/RL story quoting one of them;
  two Tursunovs, two Singhs).
- tests/blind265: 12 pages, 141 statements (closely seed-like: VNA, VietnamPlus, Vietnam News, AKP, KPL and Khmer
  Times on ASEAN defence and police counter-terrorism cooperation with China and Russia; 'the two sides agreed',
  Vietnamese ranks, 'Hanoi (VNA) -' datelines).
- tests/blind266: 12 pages, 137 statements (closely seed-like: Kyodo, NHK World, Japan Times, Yonhap, Korea Herald
  and KBS on counter-terrorism cooperation before Olympic Games; Japanese names surname first, a Q/A interview dated
  'last Thursday', two Chos and two Kims).
- tests/blind267: 12 pages, 142 statements (closely seed-like: Valdai Club, CICIR, ORF, ISSI and RIAC event reports
  of panel discussions, 'X argued', moderators, speakers introduced with affiliations, a signed op-ed; two Menons,
  two Qureshis).
- tests/blind268: 12 pages, 142 statements (closely seed-like: BelTA, Armenpress, UzA, Kun.uz and Dunyo on CSTO and
  CIS anti-terror exercises and security councils; patronymics, two Zhdaneviches, two defence ministers on one page,
  Telegram posts).
- tests/blind269: 12 pages, 139 statements (closely seed-like: CGTN and CCTV talk-show transcripts, Global Times
  'GT:' interviews, op-eds and news items quoting the same people; a bare 'Host:' label, answers with no label).
- tests/blind270: 12 pages, 140 statements (closely seed-like: Xinhua English and People's Daily Online reports of
  China's bilateral counter-terrorism consultations and joint working groups, two delegation heads quoted in turn, a
  joint press release, an MFA transcript with outlet-labelled questions; two Wangs).
- tests/blind271: 12 pages, 143 statements (closely seed-like: mfa.gov.kz, mvd.gov.kz, KNB and Kyrgyz MFA pages and
  their Kazinform, Kabar and 24.kg rewrites on CSTO and SCO exercises and meetings; 'Question (Outlet):' labels,
  patronymics, two Iskakovs, two Dzhoroevs).
- tests/blind272: 12 pages, 146 statements (parliamentary records: UK Commons Hansard in two layouts, written
  questions, a Home Affairs Committee session, Australian Senate estimates and questions without notice, Lok Sabha
  answers and debates, a European Parliament debate and written question, and a news story on one of them).
- tests/blind273: 12 pages, 143 statements (closely seed-like: Russian embassy pages in Pakistan, India, Egypt,
  Kenya and Indonesia, ambassadors' Q/A interviews and op-eds in local papers, reprinted TASS items and embassy
  press releases; two Ochiengs, two Siregars).
- tests/blind274: 12 pages, 144 statements (closely seed-like: Premium Times, Punch, Vanguard, Daily Nation, The
  Standard, Garowe Online and Hiiraan on counter-terrorism cooperation with China, the AU and the UN; 'said in a
  statement signed by', two Bellos, two Warsames, two Korirs).
- tests/blind275: 12 pages, 144 statements (closely seed-like: Chinese embassy pages in the UK, France, Germany, the
  US and Brazil: spokesperson Q/A items, ambassadors' speeches named in headings, signed articles, a PBS interview
  with name labels; two Zhais, two Silvas).
- tests/blind276: 12 pages, 141 statements (closely seed-like: Xinhua and China Daily reports of SCO summits and
  foreign ministers' councils, several heads of state in one story, declarations summarised, a Q:/A: interview,
  inline name-and-outlet labels; two Osmonalievs, two Lius, two holders of one presidency).
- tests/blind277: 12 pages, 142 statements (closely seed-like: APP, Pajhwok and Radio Pakistan rewrites and ISPR and
  MoFA weekly briefings on border management with China and Central Asia; questions naming journalists three ways,
  anonymous officials).
- tests/blind278: 12 pages, 144 statements (closely seed-like: mid.ru and scrf.gov.ru pages and TASS/RIA rewrites of
  security meetings in Moscow, patronymics, 'the Russian side stressed', a Q/A interview and its same-day rewrite;
  two Wangs, two Kravtsovs).
- tests/blind279: 12 pages, 138 statements (closely seed-like: mfa.gov.tr, IRNA, AZERTAC, Trend, Anadolu and Daily
  Sabah on counter-terrorism cooperation with Central Asia and China: a joint press conference with name labels, a
  ministry press release in the first person plural; two Jafaris, two Karabuluts).
- tests/blind280: 12 pages, 142 statements (closely seed-like: Ministry of Public Security, Xinhua, China Daily,
  ECNS, Global Times and CGTN on INTERPOL, ASEANAPOL and Lancang-Mekong police cooperation; officers 'surnamed
  Wang', a press conference transcript; two Mengs, two Chens).
- tests/blind281: 12 pages, 145 statements (closely seed-like: UNOCT and UNRCCA press releases and news items on the
  Joint Plan of Action for Central Asia, a message read out on the speaker's behalf, a Bishkek transcript, a UN News
  story; two Omurbekovs, two deputy chairmen of one committee).
- tests/blind282: 12 pages, 140 statements (closely seed-like: Xinhua English 'Roundup:' and 'Feature:' pieces on
  Central Asia and Afghanistan, a Q:/A: interview with the RATS director, a full-text speech named in its heading;
  two Kholovs, two Wangs, two Ahmadzais, two Mirzoevs).
- tests/blind283: 12 pages, 143 statements (closely seed-like: Indian MEA weekly briefings with 'Official
  Spokesperson, Shri X:' labels, special briefings, joint statements, a media advisory, an interview with 'EAM:'
  labels, a virtual briefing whose spokesperson reads out the questions; two Saxenas, two Nairs).
- tests/blind284: 12 pages, 138 statements (closely seed-like: Chinese Foreign Ministry readouts, speeches named in
  headings, a joint press communique and a spokesperson transcript on the SCO and CICA, and a People's Daily
  rewrite; two Zhangs).
- tests/blind285: 12 pages, 141 statements (closely seed-like: president.uz, UzA, Dunyo, TDH and Turkmenistan Today
  on regional security conferences in Samarkand, Tashkent and Ashgabat; 'the head of state noted', long formal
  offices, two Hojamuradovs named by initials, two Tursunovs).
- tests/blind286: 12 pages, 139 statements (closely seed-like: TASS, RIA Novosti, Xinhua and CGTN interviews with
  SCO, CSTO and CIS officials as Q/A transcripts and narrative, an interviewee given only by initials in the
  heading, news items quoting the same officials; two Zhangs, two Davlatovs).
- tests/blind287: 12 pages, 143 statements (closely seed-like: MoFA Bangladesh, BSS, The Kathmandu Post, Rising
  Nepal, Sri Lanka MFA and Daily News on counter-terrorism cooperation with China and India: a briefing labelled
  only by titles, an unlabelled interview; two Talukders, two Neupanes, two Jayasekaras).
- tests/blind288: 12 pages, 143 statements (closely seed-like: Akorda, Kazinform, MFA Kazakhstan, Kabar and 24.kg on
  CSTO and SCO exercises and meetings: presidents' speeches in headings, a briefing transcript, an Akorda interview
  labelled 'Head of State', '... the press service reports'; two Zhooshbaevs).
- tests/blind289: 12 pages, 141 statements (closely seed-like: MOFA Pakistan briefings with 'Spokesperson:' answers,
  a Dawn Q&A, APP, The News; a joint statement split between 'the two sides' and each side, a 'Quote/Unquote'
  release; two Chaudhrys, two Bhuttas).
- tests/blind290: 12 pages, 137 statements (closely seed-like: mid.ru news conference, briefing, interview and
  speech with 'Question:' and name labels, scrf.gov.ru readouts, TASS reports on counter-terrorism with Central Asia
  and China; two Nizomovs, two Sultanovs).
- tests/blind291: 12 pages, 143 statements (closely seed-like: EEAS statements and remarks, Europol releases,
  Council of Europe news and an op-ed, Euronews reports on dialogues with Central Asia and the Middle East; two
  al-Khazrajis, two Haddads, offices with two holders).
- tests/blind292: 12 pages, 143 statements (closely seed-like: AU Peace and Security Council communiques, ACSRT
  news, IGAD releases, ENA and The EastAfrican on cooperation with China and the UN; a press-conference transcript
  in capitals, two Mugishas).
- tests/blind293: 12 pages, 135 statements (closely seed-like: Chinese embassy and consulate pages and China Daily
  pieces: an ambassador's signed article, interviews with Q:/A: and outlet labels, a briefing handed over to a
  consul; two Warraichs, two Zhangs).
- tests/blind294: 12 pages, 148 statements (closely seed-like: Xinhua, China.org.cn and SCIO transcripts on
  Lancang-Mekong and Central Asian law-enforcement cooperation, 'Q (outlet):' and 'A (name):' inline labels, a date
  only in a caption; two Lius, two Khamidovs, two Zhangs).
- tests/blind295: 12 pages, 154 statements (closely seed-like: Khovar, Asia-Plus, MFA Tajikistan and the Turkmen
  state agency on CIS and CSTO meetings in Dushanbe and Ashgabat, a joint statement paragraph by paragraph,
  officials named only by initials, 'the head of state' after another president).
- tests/blind296: 12 pages, 142 statements (closely seed-like: WAM, SPA, KUNA, BNA, QNA, Gulf News, Arab News and
  The National on cooperation with China, Central Asia and the coalition: 'the minister affirmed', a speech read on
  a minister's behalf; two Al-Sabahs, two Al Kaabis).
- tests/blind297: 12 pages, 142 statements (closely seed-like: ASEAN Secretariat, The Jakarta Post, The Star, PNA,
  Bernama and MHA on ADMM-Plus and ASEAN meetings with China: doorstop transcripts without labels in the quotes,
  'Datuk Seri' and 'Pol. Gen.' titles, a question reported inside a reply).
- tests/blind298: 12 pages, 144 statements (closely seed-like: IRNA, Tehran Times, Anadolu, Daily Sabah, APA,
  AzerTag and MFA Azerbaijan on cooperation with Russia, China and Central Asia; outlet labels, speakers away from
  the dateline; two Karimabadis, two Basarans, two Lius).
- tests/blind299: 12 pages, 137 statements (closely seed-like: State Department briefings with 'MODERATOR:' and
  'QUESTION:' labels, a press availability with interpreted turns, Reuters, AP and GOV.UK on the C5+1 and Central
  Asia; two Zhangs, a spokesman and a father sharing a surname).
- tests/blind300: 12 pages, 138 statements (closely seed-like: Xinhua copy and reprints on SCO RATS council meetings
  and exercises, a SCIO transcript, a Q:/A: interview, a handover between two RATS directors; two Xus).
- tests/blind301: 12 pages, 142 statements (closely seed-like: CGTN, Global Times and People's Daily Online on
  cooperation with Pakistan, Afghanistan and Central Asia: experts who 'told the Global Times', a CGTN Dialogue
  transcript, op-eds by scholars, a two-line pull quote).
- tests/blind302: 12 pages, 146 statements (closely seed-like: mfa.kz, mfa.uz and mfa.gov.kg consultations with
  China, Russia and the EU, a briefing labelled 'A. Zhaksylykov:', an information digest with two unnamed deputy
  ministers; two Kenzhebaevs).
- tests/blind303: 12 pages, 145 statements (closely seed-like: PIB releases and a briefing with 'Question
  (journalist, outlet):' labels, The Hindu, Hindustan Times and Daily Mirror on SCO, BIMSTEC and Central Asia: a
  speech named only in its heading, Q:/A: interviews; two Mehras, two Gunawardenas).
- tests/blind304: 12 pages, 135 statements (closely seed-like: TASS, Interfax, Sputnik, RIA Novosti and Rossiyskaya
  Gazeta on CSTO and FSB cooperation with Central Asia and China, a Q:/A: interview, a press-center transcript, a
  short flash; two Tuleubekovs).
- tests/blind305: 12 pages, 138 statements (closely seed-like: OSCE Programme Offices in Bishkek and Dushanbe, UNODC
  Central Asia, UNRCCA and UN News on preventing violent extremism: speeches named in headings, interviews with
  Q:/A: and name labels, a speaker by video from Vienna).
- tests/blind306: 12 pages, 156 statements (African pages: African Union, IGAD, AMISOM and LCBC releases, The
  EastAfrican, Daily Nation, The Citizen, Premium Times and Addis Standard, an AFRICOM speech, a press-conference
  transcript with 'Name, Outlet:' questions; two Warsames, two Bellos).
- tests/blind307: 12 pages, 160 statements (Southeast Asian pages: ANTARA, ASEAN and ADMM statements, Philippine News
  Agency, Jakarta Post, The Star, Bernama, Straits Times and Inquirer, a defence briefing transcript, a Q:/A:
  interview; two Villanuevas, two Yusofs).
- tests/blind308: 12 pages, 153 statements (European pages: Council of the EU, Europol and Commission releases, a
  Commission speech and press-conference transcript, EURACTIV, DW, France 24 and The Local, a Commons committee's oral
  evidence; two Sommers).
- tests/blind309: 12 pages, 146 statements (Middle East and Gulf pages: Saudi Gazette, Gulf News, Jordan Times, Arab
  News, KUNA, Ahram Online and The National, a Global Coalition joint statement and speech, an interview dated by its
  intro; two Majalis, two Abdel-Ghanis).
- tests/blind310: 12 pages, 150 statements (South Asian pages: Dawn, APP, The Express Tribune, Kathmandu Post, Dhaka
  Tribune, The Daily Star and The Hindu, MEA briefings and a speech, a trilateral joint statement; two Thapas, two
  Maliks).
- tests/blind311: 12 pages, 140 statements (Central Asian and Caucasus pages: Trend, APA, Kabar, AKIpress, 24.kg,
  Kazinform, Asia-Plus, UzDaily and Turkmenistan Today, a press conference with 'Name, Outlet:' questions, a joint
  communique; two Abdyldaevs, two Sharipovs).
- tests/blind312: 12 pages, 145 statements (Chinese state media and government pages: Xinhua, China Daily, CGTN,
  Global Times, People's Daily Online, fmprc.gov.cn activity pages, a Foreign Ministry press conference, an embassy
  speech, a joint statement; two Awans, two Lis).
- tests/blind313: 12 pages, 129 statements (Russian pages: TASS, RIA Novosti, Interfax, Sputnik, mid.ru remarks, a
  briefing and a joint statement, a kremlin.ru transcript, CSTO and CIS Anti-Terrorism Centre releases; two
  Kuznetsovs, two Sorokins).
- tests/blind314: 12 pages, 155 statements (multilateral Asian pages: sectsco.org, SCO RATS, BRICS and CICA releases,
  an SCIO briefing transcript, an ARF co-chairs' summary, a Secretary-General's speech, a TASS interview, an op-ed;
  two Rakhimovs, two Khans).
- tests/blind315: 12 pages, 154 statements (United Nations and OSCE pages: UN News, Security Council meetings
  coverage, UNOCT, UNODC, CTED and OSCE releases, a Secretary-General's remarks, a noon briefing transcript, a joint
  statement, an op-ed; two Benalis, two Kollers).
- tests/blind316: 12 pages, 163 statements (US and NATO pages: a State Department briefing ('MR. PRICE:' /
  'QUESTION:'), DOD News, a White House readout, VOA, Reuters and AP stories, a NATO press conference, a House
  hearing, a joint statement, an embassy repost of an op-ed; two Maliks, two Santoses).
- tests/blind317: 12 pages, 155 statements (Turkish, Iranian and Afghan pages: Anadolu Agency, Daily Sabah, Hurriyet
  Daily News, IRNA, Tehran Times, TOLOnews, Pajhwok and Khaama Press, an interview, a press conference, a speech, an
  op-ed, a joint statement; two Demirs, two Popals, two Rezaeis).
- tests/blind318: 12 pages, 144 statements (closely seed-like pages heavy with furniture: fmprc activity pages, China
  Daily USA, a CSTO page with a partner official's speech, an SCIO briefing transcript split over two pages, People's
  Daily Online, a CSTO ministers' statement, a Q&A, a spokesperson's press conference; two Lis, two Qureshis).
- tests/blind319: 12 pages, 144 statements (Latin American and Caribbean pages: OAS and CICTE releases, MercoPress,
  Colombia Reports, Agencia Brasil, Prensa Latina, the Jamaica Gleaner, a Buenos Aires Times Q&A, SOUTHCOM remarks and
  news, a 3+1 Group joint statement, an op-ed; two Benitezes, two Moraleses).
- tests/blind320: 12 pages, 129 statements (East Asian and Pacific pages: Kyodo, a Japanese MOFA press conference
  ('Nakagawa, Kyodo News:'), Yonhap, Korea Herald op-ed and interview, ABC News, a DFAT speech, NZ Herald, a Pacific
  Islands Forum communique, a Senate Estimates Hansard; two Kims, two Hendersons).
- tests/blind321: 12 pages, 154 statements (Eastern European, Balkan and Ukrainian pages: RFE/RL, Balkan Insight, BTA,
  Ukrinform, a Romanian ministry speech, Agerpres, Hina, an MIA press conference, Kosovo Online, an SEECP joint
  statement, an op-ed, TASR; two Berishas, two Novaks).
- tests/blind322: 12 pages, 150 statements (think-tank, parliamentary and academic pages: CSIS and Chatham House
  transcripts, an ISS release, a RUSI commentary, a Commons committee, a Leiden seminar readout, a book-launch speech,
  a Straits Times Q&A, a think-tank network communique, an EP hearing, an APP seminar story, a Valdai press
  conference; two de Vrieses, two Khans).
- tests/blind323: 12 pages, 139 statements (closely seed-like South and Central Asian and Chinese pages: APP, Radio
  Pakistan, Kazinform, Xinhua, a Chinese embassy's press conference and signed article, the SCO Secretariat, a
  Pakistani joint communique with '(a)'-'(d)' items, a speech, a CGTN interview, a CCTV op-ed; two Khans, two
  Rahimis).
- tests/blind324: 12 pages, 142 statements (Nordic and Western European national security pages: NRK, a Sapo press-
  conference transcript, an NCTV release, DW, a German ministry speech, Europol, a Nordic joint statement, The Local
  op-ed and news, a DutchNews.nl Q&A, a Norwegian government release; two Lindners).
- tests/blind325: 12 pages, 150 statements (closely seed-like agency pages from Russia and Central Asia: TASS,
  Kazinform, AKIpress, a 24.kg Q&A, Trend, an UzA speech, CSTO and CIS ATC releases, Vestnik Kavkaza, a Kabar joint
  statement, a Kazinform op-ed, a TASS press-center transcript; two Toktogulovs).
- tests/blind326: 12 pages, 162 statements (wire stories and embassy pages: AFP, Reuters, AP and Xinhua stories with
  anonymous officials, a Chinese embassy's interview, US and UK embassy pages, an embassy press office's Q&A, a G5
  Sahel summit wrap-up, a joint statement, an MFA press conference ('Q: AFP:'); two Verhaegens, two Kiragus).
- tests/blind327: 12 pages, 132 statements (Middle East and Gulf pages: Arab News, Gulf News, WAM, a Saudi Press
  Agency speech under a Hijri dateline, KUNA, Jordan Times, Ahram Online, a GCC Ministerial Council statement, a
  Global Coalition communique in the first person plural, an Egyptian spokesman's briefing, an interview and an
  ambassador's op-ed; two Al-Otaibis, two Al-Rawashdehs, two Abdel-Wahabs).
- tests/blind328: 12 pages, 155 statements (closely seed-like Chinese pages: two Foreign Ministry press conferences
  ('This is from Bloomberg.'), Xinhua, China Daily and Global Times stories, a vice minister's speech, an SCO RATS
  Council report, a CICA communique, an embassy's signed article and meeting report; two Khans, two Wangs, two
  Rahimis).
- tests/blind329: 12 pages, 171 statements (African and Indian Ocean pages: Daily Nation, The Citizen op-ed, Premium
  Times, ENA, APA ('APA-Ouagadougou (Burkina Faso) -'), AIM, an AU Peace and Security Council communique, an IGAD
  statement, a SADC Organ Troika release, a State House speech under a heading in capitals, a Kenyan police briefing
  and a radio interview; two Mwangis, two Cossas).
- tests/blind330: 12 pages, 166 statements (US government and UN pages: a State Department briefing ('QUESTION:'
  labels), DoD News, a Senate hearing's testimony, a White House readout, an FBI release, UN News, a Security Council
  press statement, UNOCT and Secretary-General remarks pages, a consulate's op-ed; two Brennans).
- tests/blind331: 12 pages, 132 statements (closely seed-like Chinese pages: Xinhua and CGTN on SCO, BRICS and CICA
  work, People's Daily Online, a Foreign Ministry press conference with 'A:' answers, an embassy's repost of a vice
  minister's signed article, a China-Tajikistan joint press communique, a State Councilor's speech, a China Daily
  interview; two Lis, two Qureshis, two Wus).
- tests/blind332: 12 pages, 154 statements (South-East Asian pages: Bernama, The Star, The Jakarta Post (an interview
  and an op-ed), Antara, a PNA briefing transcript, The Straits Times, Viet Nam News, an ASEAN ministerial joint
  statement, a Wisma Putra keynote under Malaysian titles, a Singapore ministry release; two Ghazalis, two Santosos).
- tests/blind333: 12 pages, 152 statements (Russian and post-Soviet official pages: a government commission
  transcript, a Foreign Ministry briefing, a speech at an OSCE conference, NAC/FSB, Belarusian, Armenian and Georgian
  releases, a CIS ATC report, TASS and Interfax stories, a deputy minister's interview, an ambassador's reprinted
  article; two Grigoryans).
- tests/blind334: 12 pages, 144 statements (South Asian pages: APP, Dawn, Express Tribune op-ed, PTI/The Hindu, PIB
  release, an MEA briefing transcript, BSS, Daily News, a BIMSTEC joint statement, a minister's speech, an interview).
- tests/blind335: 12 pages, 157 statements (European pages: Council of the EU, Europol, a Commissioner's speech,
  GOV.UK stories and a speech, DW and France 24 wire stories, a NATO press-conference transcript, interior ministers'
  joint statement, an op-ed).
- tests/blind336: 12 pages, 159 statements (Central Asian, Caucasian and Turkish pages: Kazinform, Trend, AKIpress,
  UzA, Dunyo op-ed, Khovar, Anadolu, Daily Sabah, SCO RATS decisions, a CSTO release, a presidential speech, an
  interview).
- tests/blind337: 12 pages, 172 statements (wire-service stories: Reuters, AP, AFP, VOA with split quotes, namesakes
  and update notices, an Al Jazeera live blog, a republished wire story, a remarks page, a transcript, a GCTF
  communique, an op-ed).
- tests/blind338: 12 pages, 150 statements (multilateral and Latin American pages: UNOCT news and remarks, INTERPOL,
  GCTF co-chairs' summary, OAS/CICTE, Argentine, Colombian and Mexican government pages, Security Council press
  statement and meeting coverage, an interview, an op-ed).
- tests/blind339: 12 pages, 140 statements (seed-like Chinese pages: Foreign Ministry activity and press-conference
  pages, Xinhua stories on SCO, BRICS and CICA, China Daily, People's Daily Online, a CGTN interview, an ambassador's
  signed article, a Security Council speech, a joint statement).
- tests/blind340: 12 pages, 157 statements (Egypt, the Levant and the Gulf: Ahram Online, Egypt's SIS, Al Arabiya,
  BNA, QNA, Oman Observer, NNA, INA, an Arab League statement, a minister's speech, a press-conference transcript, an
  Asharq Al-Awsat op-ed).
- tests/blind341: 12 pages, 143 statements (Asia-Pacific pages: an Australian media release and doorstop transcript,
  ABC, the Sydney Morning Herald, NZ Herald, Japan's MOFA press conference, Kyodo, Yonhap, a Five Country communique,
  an ARF co-chairs' statement, a speech, an op-ed).
- tests/blind342: 12 pages, 165 statements (parliaments and think tanks: Hansard questions, a Senate hearing, a Rajya
  Sabha written answer, a European Parliament release, a RUSI event transcript, a policy brief, wire and newspaper
  stories on hearings, a speech, a briefing transcript, a joint statement, an op-ed).
- tests/blind343: 12 pages, 122 statements (seed-like Eurasian wire pages: TASS, RIA Novosti, Kazinform, an Astana
  Times op-ed, Xinhua on RATS and CICA, a CSTO interview, RIA Dagestan, an Uzbek MFA release, an SCO joint statement,
  a speech, a press-conference transcript).
- tests/blind344: 12 pages, 140 statements (Chinese pages of other kinds: Ministry of Public Security releases, Global
  Times expert stories, Xinhua Spotlight and Interview pieces, China Daily Asia, embassy Q&As, a trilateral joint
  statement, an SCIO press conference, a keynote speech).
- tests/blind345: 12 pages, 167 statements (Turkey, Iran and Afghanistan: Anadolu, TRT World news and op-ed, IRNA, a
  Tehran Times interview, TOLOnews, Pajhwok, an Afghan MFA release, an NSC speech, a joint press conference
  transcript, a trilateral joint statement).
- tests/blind346: 12 pages, 148 statements (North American government and news pages: DOJ and FBI releases, a White
  House readout, a Senate release, Public Safety Canada and RCMP releases, CBC and Global News, a scrum transcript, an
  ambassador's remarks, a congressman's op-ed).
- tests/blind347: 12 pages, 133 statements (hard page captures: cookie banners, tickers, comment sections, photo
  galleries quoting people, a PDF converted to text with page headers and hyphenation, an AMP page, alongside normal
  statements).
- tests/blind348: 12 pages, 143 statements (African pages, second set: Vanguard, a Punch op-ed, a Channels TV briefing
  transcript, NAN, The Standard, a KBC speech, New Vision, Fana, RFI, an SABC interview, a DIRCO statement, an IGAD
  communique).
Each blind set was scored once before the extractor saw it; those first figures are the honest estimate
for unseen documents and are kept in FIRST_MEASURED.

The floors sit a little below the figures last measured (see `python -m tests.scoring GOLD FACTS`);
raise them as the extractor improves, so that a regression fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.facts.ingest.pipeline import ingest_paths
from bot.facts.model import FactTable
from tests.scoring import Gold, Scores, load_gold, normalise_name, report, score

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"


@dataclass(frozen=True)
class Floors:
    """Minimum scores (and the maximum wrong-speaker rate) a corpus must reach."""

    precision: float
    recall: float
    f1: float
    date_accuracy: float
    place_accuracy: float
    max_wrong_speaker: float


# Scores of each set the first time the extractor saw it (P, R, F1, wrong-speaker rate); the blind sets'
# first figures estimate how it does on documents nobody here has seen. Measured 2026-11-23.
FIRST_MEASURED = {
    "holdout": (0.627, 0.491, 0.551, 0.338),
    "blind": (0.806, 0.477, 0.600, 0.169),
    "blind2": (0.691, 0.562, 0.620, 0.250),
    "blind3": (0.747, 0.680, 0.712, 0.247),
    "blind4": (0.845, 0.813, 0.829, 0.120),
    "blind5": (0.969, 0.851, 0.906, 0.000),
    "blind6": (0.746, 0.553, 0.635, 0.203),  # at 34a72c4, before any change for it
    "blind7": (0.695, 0.709, 0.702, 0.235),  # at 20e7fee, before any change for it
    "blind8": (0.801, 0.759, 0.779, 0.173),  # at 801217b, before any change for it
    "blind9": (0.937, 0.872, 0.903, 0.053),  # at 1646701, before any change for it
    "blind10": (0.750, 0.709, 0.729, 0.220),  # at b0eceb5, before any change for it
    "blind11": (0.938, 0.871, 0.904, 0.050),  # at cb6cdf5, before any change for it
    "blind12": (0.872, 0.780, 0.823, 0.104),  # at 748bfb2, before any change for it
    "blind13": (0.823, 0.688, 0.749, 0.153),  # at 6da4cc4, before any change for it
    "blind14": (0.732, 0.687, 0.709, 0.240),  # at c7c6f42, before any change for it
    "blind15": (0.854, 0.743, 0.795, 0.110),  # at 01e0b66, before any change for it
    "blind16": (0.953, 0.871, 0.910, 0.026),  # at b1b71c3, before any change for it
    "blind17": (0.930, 0.902, 0.916, 0.070),  # at 722eb6b, before any change for it
    "blind18": (0.869, 0.857, 0.863, 0.122),  # at 712be73, before any change for it
    "blind19": (0.801, 0.798, 0.800, 0.129),  # at a71bd26, before any change for it
    "blind20": (0.607, 0.638, 0.622, 0.380),  # at 8365d79, before any change for it
    "blind21": (0.806, 0.799, 0.802, 0.130),  # at 374b807, before any change for it
    "blind22": (0.834, 0.718, 0.772, 0.129),  # at 4407cf3, before any change for it
    "blind23": (0.956, 0.880, 0.916, 0.027),  # at 38dede7, before any change for it
    "blind24": (0.645, 0.626, 0.635, 0.248),  # at d75463f, before any change for it
    "blind25": (0.946, 0.870, 0.906, 0.033),  # at d75463f, before any change for it
    "blind26": (0.815, 0.759, 0.786, 0.179),  # at e4fc650, before any change for it
    "blind27": (0.963, 0.938, 0.950, 0.023),  # at dccf64b, before any change for it
    "blind28": (0.778, 0.792, 0.785, 0.210),  # at 0733f99, before any change for it
    "blind29": (0.930, 0.930, 0.930, 0.064),  # at 9e21e9e, before any change for it
    "blind30": (0.953, 0.881, 0.915, 0.027),  # at 9e21e9e, before any change for it
    "blind31": (0.935, 0.857, 0.894, 0.032),  # at b4e8a65, before any change for it
    "blind32": (0.948, 0.878, 0.912, 0.045),  # at b4e8a65, before any change for it
    "blind33": (0.911, 0.815, 0.860, 0.082),  # at 6348e33, before any change for it
    "blind34": (0.880, 0.850, 0.865, 0.092),  # at fc096df, before any change for it
    "blind35": (0.880, 0.781, 0.828, 0.072),  # at 6348e33, before any change for it
    "blind36": (0.906, 0.807, 0.854, 0.070),  # at efb190b, before any change for it
    "blind37": (0.994, 0.920, 0.955, 0.006),  # at bebbc1d, before any change for it
    "blind38": (0.973, 0.864, 0.915, 0.016),  # at 0b40ef0, before any change for it
    "blind39": (0.963, 0.714, 0.820, 0.028),  # at 90772f6, before any change for it
    "blind40": (0.948, 0.874, 0.909, 0.021),  # at fe39919, before any change for it
    "blind41": (0.958, 0.924, 0.941, 0.007),  # at fe39919, before any change for it
    "blind42": (0.934, 0.851, 0.891, 0.064),  # at fe39919, before any change for it
    "blind43": (0.756, 0.745, 0.750, 0.202),  # at fe39919, before any change for it
    "blind44": (0.783, 0.870, 0.824, 0.037),  # at fe39919, before any change for it
    "blind45": (0.989, 0.975, 0.982, 0.005),  # at a5fea50, before any change for it
    "blind46": (0.963, 0.940, 0.951, 0.010),  # at a5fea50, before any change for it
    "blind47": (0.822, 0.762, 0.791, 0.148),  # at a5fea50, before any change for it
    "blind48": (0.987, 0.912, 0.948, 0.012),  # at 6702e3f, before any change for it
    "blind49": (0.983, 0.905, 0.942, 0.011),  # at 6702e3f, before any change for it
    "blind50": (0.810, 0.833, 0.822, 0.155),  # at 6702e3f, before any change for it
    "blind51": (0.841, 0.830, 0.836, 0.138),  # at 3710eba, before any change for it
    "blind53": (0.912, 0.820, 0.863, 0.077),  # at 3710eba, before any change for it
    "blind52": (0.858, 0.830, 0.844, 0.072),  # at 41a7b2c, before any change for it
    "blind54": (0.977, 0.927, 0.952, 0.017),  # at a3f1cb6, before any change for it
    "blind55": (0.804, 0.798, 0.801, 0.171),  # at a3f1cb6, before any change for it
    "blind56": (0.956, 0.879, 0.916, 0.011),  # at a3f1cb6, before any change for it
    "blind57": (0.976, 0.933, 0.954, 0.006),  # at 9039e66, before any change for it
    "blind59": (0.902, 0.883, 0.892, 0.075),  # at 8e8ac62, before any change for it
    "blind58": (0.875, 0.726, 0.793, 0.082),  # at eecd7f2, before any change for it
    "blind60": (0.979, 0.897, 0.936, 0.014),  # at 822c09e, before any change for it
    "blind61": (0.952, 0.926, 0.939, 0.021),  # at 822c09e, before any change for it
    "blind62": (0.885, 0.859, 0.872, 0.095),  # at 822c09e, before any change for it
    "blind63": (0.763, 0.810, 0.786, 0.208),  # at 822c09e, before any change for it
    "blind64": (0.768, 0.719, 0.743, 0.199),  # at 822c09e, before any change for it
    "blind65": (0.856, 0.767, 0.809, 0.127),  # at 822c09e, before any change for it
    "blind66": (0.982, 0.945, 0.963, 0.006),  # at 8795097, before any change for it
    "blind67": (0.952, 0.879, 0.914, 0.029),  # at 5ee5183, before any change for it
    "blind68": (0.793, 0.698, 0.743, 0.116),  # at c65dd04, before any change for it
    "blind69": (0.780, 0.703, 0.739, 0.069),  # at 5d21d9a, before any change for it
    "blind70": (0.855, 0.869, 0.862, 0.123),  # at 5ee5183, before any change for it
    "blind74": (0.968, 0.902, 0.933, 0.025),  # at 4e726b7, before any change for it
    "blind75": (0.914, 0.835, 0.873, 0.076),  # at 4e726b7, before any change for it
    "blind73": (0.986, 0.879, 0.929, 0.007),  # at 4e726b7, before any change for it
    "blind72": (0.928, 0.884, 0.905, 0.069),  # at 4e726b7, before any change for it
    "blind76": (0.972, 0.829, 0.895, 0.027),  # at 4e726b7, before any change for it
    "blind71": (0.975, 0.964, 0.969, 0.010),  # at 4e726b7, before any change for it
    "blind77": (0.969, 0.929, 0.948, 0.024),  # at 3120b1d, before any change for it
    "blind78": (0.947, 0.877, 0.911, 0.036),  # at 3120b1d, before any change for it
    "blind79": (0.920, 0.824, 0.870, 0.062),  # at 3120b1d, before any change for it
    "blind80": (0.876, 0.830, 0.853, 0.100),  # at 3120b1d, before any change for it
    "blind81": (0.528, 0.500, 0.513, 0.455),  # at 3120b1d, before any change for it
    "blind82": (0.917, 0.858, 0.887, 0.045),  # at 3120b1d, before any change for it
    "blind83": (0.951, 0.943, 0.947, 0.042),  # at 412d1f6, before any change for it
    "blind84": (0.977, 0.908, 0.942, 0.022),  # at 412d1f6, before any change for it
    "blind85": (0.825, 0.860, 0.842, 0.136),  # at 412d1f6, before any change for it
    "blind86": (0.808, 0.787, 0.798, 0.157),  # at 412d1f6, before any change for it
    "blind87": (0.994, 0.973, 0.983, 0.000),  # at 447db8b, before any change for it
    "blind88": (0.955, 0.897, 0.925, 0.027),  # at 447db8b, before any change for it
    "blind89": (0.900, 0.777, 0.834, 0.067),  # at 447db8b, before any change for it
    "blind90": (0.933, 0.895, 0.913, 0.037),  # at 9ecfbf0, before any change for it
    "blind91": (0.904, 0.805, 0.851, 0.067),  # at 447db8b, before any change for it
    "blind92": (0.942, 0.913, 0.928, 0.054),  # at 4fce452, before any change for it
    "blind93": (0.963, 0.881, 0.920, 0.018),  # at 4fce452, before any change for it
    "blind94": (0.965, 0.925, 0.945, 0.027),  # at 4fce452, before any change for it
    "blind95": (0.962, 0.917, 0.939, 0.031),  # at 02ac892, before any change for it
    "blind96": (0.924, 0.900, 0.912, 0.059),  # at 02ac892, before any change for it
    "blind97": (0.925, 0.904, 0.915, 0.044),  # at 02ac892, before any change for it
    "blind98": (1.000, 0.921, 0.959, 0.000),  # at a37a248, before any change for it
    "blind99": (0.957, 0.912, 0.934, 0.020),  # at c567298, before any change for it
    "blind100": (0.738, 0.826, 0.779, 0.204),  # at c567298, before any change for it
    "blind101": (0.879, 0.867, 0.873, 0.101),  # at d6780f8, before any change for it
    "blind102": (0.964, 0.930, 0.946, 0.028),  # at d6780f8, before any change for it
    "blind103": (0.912, 0.843, 0.876, 0.060),  # at d6780f8, before any change for it
    "blind104": (0.968, 0.918, 0.942, 0.011),  # at d6780f8, before any change for it
    "blind105": (0.851, 0.770, 0.808, 0.092),  # at d6780f8, before any change for it
    "blind106": (0.985, 0.828, 0.900, 0.014),  # at d6780f8, before any change for it
    "blind107": (0.953, 0.921, 0.937, 0.018),  # at d6780f8, before any change for it
    "blind108": (0.924, 0.842, 0.881, 0.041),  # at d6780f8, before any change for it
    "blind109": (0.950, 0.907, 0.928, 0.033),  # at dd16c69, before any change for it
    "blind110": (0.860, 0.797, 0.827, 0.124),  # at dd16c69, before any change for it
    "blind111": (0.826, 0.773, 0.799, 0.151),  # at dd16c69, before any change for it
    "blind112": (0.946, 0.893, 0.919, 0.016),  # at dd16c69, before any change for it
    "blind113": (0.952, 0.896, 0.923, 0.020),  # at dd16c69, before any change for it
    "blind114": (0.619, 0.635, 0.627, 0.275),  # at dd16c69, before any change for it
    "blind115": (0.992, 0.897, 0.942, 0.000),  # at dd16c69, before any change for it
    "blind116": (0.840, 0.845, 0.843, 0.128),  # at dd16c69, before any change for it
    "blind117": (0.616, 0.895, 0.730, 0.000),  # at 9d19d41, before any change for it
    "blind118": (0.954, 0.930, 0.942, 0.020),  # at 9d19d41, before any change for it
    "blind119": (0.977, 0.779, 0.867, 0.015),  # at 9d19d41, before any change for it
    "blind120": (0.987, 0.982, 0.984, 0.006),  # at 9d19d41, before any change for it
    "blind121": (0.964, 0.920, 0.941, 0.012),  # at 9d19d41, before any change for it
    "blind122": (0.968, 0.872, 0.918, 0.008),  # at 9d19d41, before any change for it
    "blind123": (0.844, 0.926, 0.883, 0.018),  # at 9d19d41, before any change for it
    "blind124": (0.911, 0.850, 0.880, 0.079),  # at 9d19d41, before any change for it
    "blind125": (0.990, 0.984, 0.987, 0.000),  # at 9feae9c, before any change for it
    "blind126": (0.980, 0.940, 0.960, 0.012),  # at 6bffe26, before any change for it
    "blind127": (0.923, 0.810, 0.863, 0.032),  # at 6bffe26, before any change for it
    "blind128": (0.978, 0.853, 0.911, 0.021),  # at 6bffe26, before any change for it
    "blind129": (0.955, 0.874, 0.913, 0.029),  # at 6bffe26, before any change for it
    "blind130": (0.821, 0.794, 0.807, 0.168),  # at 6bffe26, before any change for it
    "blind131": (0.933, 0.844, 0.886, 0.059),  # at 6bffe26, before any change for it
    "blind132": (0.957, 0.822, 0.885, 0.021),  # at 6bffe26, before any change for it
    "blind133": (0.951, 0.902, 0.926, 0.038),  # at 5424083, before any change for it
    "blind134": (0.971, 0.947, 0.959, 0.011),  # at 5424083, before any change for it
    "blind135": (0.997, 0.888, 0.939, 0.003),  # at 5424083, before any change for it
    "blind136": (0.951, 0.908, 0.929, 0.020),  # at 5424083, before any change for it
    "blind137": (0.931, 0.912, 0.921, 0.010),  # at 5424083, before any change for it
    "blind138": (0.964, 0.852, 0.905, 0.033),  # at 5424083, before any change for it
    "blind139": (0.756, 0.744, 0.750, 0.123),  # at 5424083, before any change for it
    "blind140": (0.983, 0.920, 0.951, 0.008),  # at 5424083, before any change for it
    "blind141": (1.000, 0.955, 0.977, 0.000),  # at 6322ee3, before any change for it
    "blind142": (0.939, 0.968, 0.953, 0.040),  # at 33af068, before any change for it
    "blind143": (0.911, 0.735, 0.814, 0.058),  # at d73dd14, before any change for it
    "blind144": (0.977, 0.903, 0.939, 0.011),  # at e7b00fc, before any change for it
    "blind145": (0.807, 0.772, 0.789, 0.182),  # at cb6dbd4, before any change for it
    "blind146": (0.800, 0.734, 0.766, 0.186),  # at 6322ee3, before any change for it
    "blind147": (0.933, 0.817, 0.872, 0.022),  # at 6322ee3, before any change for it
    "blind148": (0.825, 0.820, 0.822, 0.140),  # at e7b00fc, before any change for it
    "blind149": (0.932, 0.868, 0.899, 0.050),  # at 285dbd5, before any change for it
    "blind150": (0.980, 0.932, 0.956, 0.019),  # at 890da16, before any change for it
    "blind151": (0.987, 0.947, 0.966, 0.000),  # at af4f951, before any change for it
    "blind152": (0.740, 0.724, 0.732, 0.226),  # at 285dbd5, before any change for it
    "blind153": (0.879, 0.757, 0.814, 0.105),  # at 285dbd5, before any change for it
    "blind154": (0.881, 0.858, 0.870, 0.079),  # at 285dbd5, before any change for it
    "blind155": (0.975, 0.878, 0.924, 0.024),  # at 285dbd5, before any change for it
    "blind156": (0.976, 0.876, 0.923, 0.000),  # at d5a0332, before any change for it
    "blind157": (0.889, 0.841, 0.864, 0.095),  # at d5a0332, before any change for it
    "blind158": (0.984, 0.870, 0.924, 0.010),  # at d5a0332, before any change for it
    "blind159": (0.741, 0.715, 0.728, 0.229),  # at d5a0332, before any change for it
    "blind160": (0.996, 0.977, 0.986, 0.004),  # at d5a0332, before any change for it
    "blind161": (0.925, 0.840, 0.880, 0.026),  # at d5a0332, before any change for it
    "blind162": (0.866, 0.838, 0.852, 0.081),  # at d5a0332, before any change for it
    "blind163": (0.937, 0.843, 0.887, 0.025),  # at d5a0332, before any change for it
    "blind164": (0.956, 0.929, 0.942, 0.016),  # at 7543040, before any change for it
    "blind165": (0.926, 0.934, 0.930, 0.022),  # at 7543040, before any change for it
    "blind166": (0.905, 0.795, 0.847, 0.050),  # at 7543040, before any change for it
    "blind167": (0.887, 0.906, 0.896, 0.109),  # at 7543040, before any change for it
    "blind168": (0.921, 0.875, 0.898, 0.068),  # at 7543040, before any change for it
    "blind169": (0.952, 0.852, 0.899, 0.016),  # at 7543040, before any change for it
    "blind170": (0.826, 0.883, 0.854, 0.158),  # at 7543040, before any change for it
    "blind171": (0.957, 0.937, 0.947, 0.021),  # at 7543040, before any change for it
    "blind172": (0.973, 0.937, 0.955, 0.015),  # at 7ef7188, before any change for it
    "blind173": (0.910, 0.850, 0.879, 0.070),  # at ad44e4a, before any change for it
    "blind174": (0.981, 0.868, 0.921, 0.012),  # at 7ef7188, before any change for it
    "blind175": (0.983, 0.840, 0.906, 0.016),  # at 7ef7188, before any change for it
    "blind176": (0.944, 0.885, 0.914, 0.022),  # at 7ef7188, before any change for it
    "blind177": (0.986, 0.833, 0.903, 0.007),  # at 7ef7188, before any change for it
    "blind178": (0.869, 0.769, 0.816, 0.115),  # at 7ef7188, before any change for it
    "blind179": (0.925, 0.841, 0.881, 0.061),  # at 7ef7188, before any change for it
    "blind180": (0.933, 0.904, 0.918, 0.050),  # at 16d98d8, before any change for it
    "blind181": (0.962, 0.823, 0.887, 0.025),  # at 67b7e93, before any change for it
    "blind182": (0.863, 0.694, 0.769, 0.114),  # at 16d98d8, before any change for it
    "blind183": (0.972, 0.852, 0.908, 0.011),  # at 16d98d8, before any change for it
    "blind184": (0.969, 0.798, 0.875, 0.018),  # at 16d98d8, before any change for it
    "blind185": (0.682, 0.672, 0.677, 0.303),  # at 16d98d8, before any change for it
    "blind186": (0.933, 0.808, 0.866, 0.060),  # at 67b7e93, before any change for it
    "blind187": (0.818, 0.774, 0.796, 0.169),  # at 67b7e93, before any change for it
    "blind188": (0.938, 0.848, 0.891, 0.023),  # at de9dce0, before any change for it
    "blind189": (0.907, 0.896, 0.902, 0.053),  # at de9dce0, before any change for it
    "blind190": (0.892, 0.841, 0.866, 0.050),  # at d9e22c8, before any change for it
    "blind191": (0.898, 0.604, 0.722, 0.094),  # at de9dce0, before any change for it
    "blind192": (0.949, 0.848, 0.896, 0.044),  # at d9e22c8, before any change for it
    "blind193": (0.899, 0.724, 0.802, 0.069),  # at d9e22c8, before any change for it
    "blind194": (0.656, 0.674, 0.665, 0.307),  # at d9e22c8, before any change for it
    "blind195": (0.988, 0.892, 0.938, 0.006),  # at de9dce0, before any change for it
    "blind196": (0.994, 0.953, 0.973, 0.005),  # at cee5dd8, before any change for it
    "blind197": (0.981, 0.985, 0.983, 0.006),  # at cee5dd8, before any change for it
    "blind198": (0.965, 0.867, 0.913, 0.012),  # at cee5dd8, before any change for it
    "blind199": (0.784, 0.781, 0.783, 0.199),  # at cee5dd8, before any change for it
    "blind200": (0.948, 0.850, 0.896, 0.050),  # at cee5dd8, before any change for it
    "blind201": (0.948, 0.877, 0.911, 0.027),  # at cee5dd8, before any change for it
    "blind202": (0.985, 0.970, 0.978, 0.005),  # at e296fb8, before any change for it
    "blind203": (0.956, 0.910, 0.933, 0.038),  # at 7ca5a14, before any change for it
    "blind204": (0.940, 0.879, 0.908, 0.043),  # at e296fb8, before any change for it
    "blind205": (0.938, 0.927, 0.933, 0.043),  # at e296fb8, before any change for it
    "blind206": (0.967, 0.917, 0.942, 0.013),  # at 4ebc8e8, before any change for it
    "blind207": (0.858, 0.712, 0.778, 0.131),  # at 4ebc8e8, before any change for it
    "blind208": (0.978, 0.842, 0.905, 0.020),  # at 4ebc8e8, before any change for it
    "blind209": (0.985, 0.968, 0.976, 0.010),  # at 4ebc8e8, before any change for it
    "blind210": (0.985, 0.945, 0.964, 0.014),  # at 96d655a, before any change for it
    "blind211": (0.989, 0.889, 0.936, 0.005),  # at 96d655a, before any change for it
    "blind212": (0.984, 0.985, 0.985, 0.004),  # at 96d655a, before any change for it
    "blind213": (0.964, 0.948, 0.956, 0.012),  # at 96d655a, before any change for it
    "blind214": (0.964, 0.865, 0.912, 0.036),  # at 96d655a, before any change for it
    "blind215": (0.964, 0.925, 0.944, 0.023),  # at 96d655a, before any change for it
    "blind216": (0.989, 0.976, 0.983, 0.000),  # at ad5d6f9, before any change for it
    "blind217": (0.987, 0.852, 0.914, 0.006),  # at ad5d6f9, before any change for it
    "blind218": (0.986, 0.935, 0.960, 0.007),  # at ad5d6f9, before any change for it
    "blind219": (0.967, 0.928, 0.947, 0.016),  # at ad5d6f9, before any change for it
    "blind220": (0.885, 0.806, 0.844, 0.097),  # at ad5d6f9, before any change for it
    "blind221": (0.869, 0.894, 0.881, 0.104),  # at ad5d6f9, before any change for it
    "blind222": (0.926, 0.843, 0.883, 0.056),  # at 9f44cfc, before any change for it
    "blind223": (0.941, 0.882, 0.911, 0.023),  # at 44c1591, before any change for it
    "blind224": (0.843, 0.766, 0.803, 0.138),  # at 44c1591, before any change for it
    "blind225": (0.927, 0.881, 0.903, 0.045),  # at 44c1591, before any change for it
    "blind226": (0.931, 0.885, 0.907, 0.027),  # at 44c1591, before any change for it
    "blind227": (0.990, 0.969, 0.979, 0.005),  # at b2c8f11, before any change for it
    "blind228": (0.965, 0.876, 0.918, 0.020),  # at 4e151ee, before any change for it
    "blind229": (0.928, 0.879, 0.903, 0.067),  # at 4e151ee, before any change for it
    "blind230": (0.919, 0.756, 0.830, 0.072),  # at 4e151ee, before any change for it
    "blind231": (0.983, 0.915, 0.948, 0.016),  # at 4e151ee, before any change for it
    "blind232": (0.976, 0.892, 0.932, 0.023),  # at 4e151ee, before any change for it
    "blind233": (0.967, 0.808, 0.880, 0.032),  # at 4e151ee, before any change for it
    "blind234": (0.981, 0.943, 0.962, 0.012),  # at 735df47, before any change for it
    "blind235": (0.953, 0.878, 0.914, 0.034),  # at ee80a11, before any change for it
    "blind236": (0.883, 0.909, 0.896, 0.077),  # at ee80a11, before any change for it
    "blind237": (0.841, 0.838, 0.839, 0.128),  # at ee80a11, before any change for it
    "blind238": (0.854, 0.829, 0.841, 0.140),  # at ee80a11, before any change for it
    "blind239": (0.964, 0.937, 0.951, 0.010),  # at 735df47, before any change for it
    "blind240": (0.960, 0.941, 0.950, 0.007),  # at 4c0ef85, before any change for it
    "blind241": (0.961, 0.884, 0.921, 0.031),  # at 4c0ef85, before any change for it
    "blind242": (0.830, 0.832, 0.831, 0.154),  # at 4c0ef85, before any change for it
    "blind243": (0.866, 0.789, 0.826, 0.098),  # at 4c0ef85, before any change for it
    "blind244": (0.831, 0.850, 0.841, 0.151),  # at 4c0ef85, before any change for it
    "blind245": (0.953, 0.905, 0.929, 0.036),  # at 4c0ef85, before any change for it
    "blind246": (0.953, 0.887, 0.919, 0.036),  # at fc9be37, before any change for it
    "blind247": (0.953, 0.904, 0.928, 0.035),  # at 17d0cb8, before any change for it
    "blind248": (0.949, 0.896, 0.922, 0.044),  # at fc9be37, before any change for it
    "blind249": (0.950, 0.884, 0.916, 0.030),  # at 17d0cb8, before any change for it
    "blind250": (0.917, 0.895, 0.906, 0.028),  # at eae3137, before any change for it
    "blind251": (0.922, 0.938, 0.930, 0.027),  # at fc9be37, before any change for it
    "blind252": (0.987, 0.869, 0.924, 0.000),  # at 323e9b3, before any change for it
    "blind253": (0.906, 0.940, 0.923, 0.039),  # at 323e9b3, before any change for it
    "blind254": (0.989, 0.971, 0.980, 0.006),  # at 323e9b3, before any change for it
    "blind255": (0.977, 0.927, 0.951, 0.017),  # at 323e9b3, before any change for it
    "blind256": (0.978, 0.947, 0.962, 0.005),  # at 323e9b3, before any change for it
    "blind257": (0.943, 0.917, 0.930, 0.054),  # at 323e9b3, before any change for it
    "blind258": (0.939, 0.896, 0.917, 0.018),  # at 3811358, before any change for it
    "blind259": (0.989, 0.846, 0.912, 0.011),  # at 3811358, before any change for it
    "blind260": (0.979, 0.862, 0.916, 0.020),  # at 3811358, before any change for it
    "blind261": (0.971, 0.910, 0.939, 0.006),  # at 3811358, before any change for it
    "blind262": (0.944, 0.874, 0.908, 0.029),  # at c906ed8, before any change for it
    "blind263": (0.932, 0.920, 0.926, 0.031),  # at 3811358, before any change for it
    "blind264": (0.978, 0.901, 0.938, 0.013),  # at 54a7842, before any change for it
    "blind265": (0.883, 0.837, 0.860, 0.099),  # at 54a7842, before any change for it
    "blind266": (0.969, 0.926, 0.947, 0.023),  # at 54a7842, before any change for it
    "blind267": (0.942, 0.933, 0.938, 0.010),  # at 54a7842, before any change for it
    "blind268": (0.946, 0.824, 0.881, 0.045),  # at 54a7842, before any change for it
    "blind269": (0.929, 0.902, 0.915, 0.017),  # at 54a7842, before any change for it
    "blind270": (0.973, 0.975, 0.974, 0.005),  # at b41d56f, before any change for it
    "blind271": (0.970, 0.862, 0.912, 0.023),  # at b41d56f, before any change for it
    "blind272": (0.719, 0.557, 0.628, 0.252),  # at b41d56f, before any change for it
    "blind273": (0.978, 0.893, 0.934, 0.021),  # at b41d56f, before any change for it
    "blind274": (0.926, 0.898, 0.911, 0.037),  # at b41d56f, before any change for it
    "blind275": (0.963, 0.921, 0.941, 0.030),  # at b41d56f, before any change for it
    "blind276": (0.971, 0.956, 0.964, 0.012),  # at 6d942d2, before any change for it
    "blind277": (0.971, 0.910, 0.940, 0.022),  # at 6d942d2, before any change for it
    "blind278": (0.971, 0.942, 0.956, 0.019),  # at 6d942d2, before any change for it
    "blind279": (0.918, 0.872, 0.894, 0.070),  # at 6d942d2, before any change for it
    "blind280": (0.954, 0.915, 0.934, 0.028),  # at 6d942d2, before any change for it
    "blind281": (0.963, 0.961, 0.962, 0.025),  # at 6d942d2, before any change for it
    "blind282": (0.968, 0.887, 0.926, 0.031),  # at 84987da, before any change for it
    "blind283": (0.793, 0.676, 0.730, 0.181),  # at c839453, before any change for it
    "blind284": (1.000, 0.950, 0.974, 0.000),  # at 84987da, before any change for it
    "blind285": (0.913, 0.875, 0.893, 0.062),  # at 84987da, before any change for it
    "blind286": (0.916, 0.954, 0.935, 0.022),  # at 84987da, before any change for it
    "blind287": (0.972, 0.908, 0.939, 0.016),  # at 84987da, before any change for it
    "blind288": (0.923, 0.937, 0.930, 0.021),  # at ca4dad3, before any change for it
    "blind289": (0.940, 0.859, 0.898, 0.059),  # at ca4dad3, before any change for it
    "blind290": (0.995, 0.960, 0.977, 0.000),  # at ca4dad3, before any change for it
    "blind291": (0.903, 0.890, 0.896, 0.085),  # at ca4dad3, before any change for it
    "blind292": (0.994, 0.930, 0.961, 0.006),  # at ca4dad3, before any change for it
    "blind293": (0.977, 0.868, 0.919, 0.021),  # at ca4dad3, before any change for it
    "blind294": (0.977, 0.956, 0.967, 0.009),  # at 40949b8, before any change for it
    "blind295": (0.982, 0.870, 0.923, 0.017),  # at 40949b8, before any change for it
    "blind296": (0.801, 0.832, 0.816, 0.186),  # at 40949b8, before any change for it
    "blind297": (0.917, 0.878, 0.897, 0.076),  # at 40949b8, before any change for it
    "blind298": (0.988, 0.919, 0.952, 0.006),  # at 40949b8, before any change for it
    "blind299": (0.842, 0.768, 0.803, 0.146),  # at 40949b8, before any change for it
    "blind300": (0.958, 0.913, 0.935, 0.040),  # at dae0b28, before any change for it
    "blind301": (0.965, 0.919, 0.941, 0.034),  # at 0a46d2b, before any change for it
    "blind302": (0.952, 0.891, 0.921, 0.044),  # at 0a46d2b, before any change for it
    "blind303": (0.781, 0.780, 0.780, 0.171),  # at 0a46d2b, before any change for it
    "blind304": (0.867, 0.882, 0.874, 0.067),  # at 0a46d2b, before any change for it
    "blind305": (0.978, 0.969, 0.974, 0.000),  # at 0a46d2b, before any change for it
    "blind306": (0.872, 0.816, 0.843, 0.107),  # at b3635be, before any change for it
    "blind307": (0.901, 0.828, 0.863, 0.093),  # at b3635be, before any change for it
    "blind308": (0.979, 0.923, 0.950, 0.010),  # at b3635be, before any change for it
    "blind309": (0.936, 0.841, 0.886, 0.032),  # at b3635be, before any change for it
    "blind310": (0.981, 0.861, 0.917, 0.018),  # at b3635be, before any change for it
    "blind311": (0.903, 0.786, 0.841, 0.095),  # at b3635be, before any change for it
    "blind312": (0.950, 0.905, 0.927, 0.044),  # at 083b43c, before any change for it
    "blind313": (0.988, 0.957, 0.972, 0.011),  # at 083b43c, before any change for it
    "blind314": (0.947, 0.902, 0.924, 0.036),  # at 083b43c, before any change for it
    "blind315": (0.943, 0.919, 0.931, 0.046),  # at 083b43c, before any change for it
    "blind316": (0.989, 0.917, 0.952, 0.000),  # at 083b43c, before any change for it
    "blind317": (0.941, 0.943, 0.942, 0.032),  # at 083b43c, before any change for it
    "blind318": (0.946, 0.860, 0.901, 0.054),  # at 3aadd62, before any change for it
    "blind319": (0.849, 0.767, 0.806, 0.120),  # at 3aadd62, before any change for it
    "blind320": (0.831, 0.773, 0.801, 0.149),  # at 3aadd62, before any change for it
    "blind321": (0.978, 0.965, 0.972, 0.005),  # at 3aadd62, before any change for it
    "blind322": (0.944, 0.839, 0.889, 0.036),  # at 3aadd62, before any change for it
    "blind323": (0.935, 0.934, 0.935, 0.037),  # at 0e3b27e, before any change for it
    "blind324": (0.854, 0.867, 0.860, 0.126),  # at 0e3b27e, before any change for it
    "blind325": (0.942, 0.888, 0.914, 0.051),  # at 0e3b27e, before any change for it
    "blind326": (0.935, 0.783, 0.852, 0.045),  # at 0e3b27e, before any change for it
    "blind327": (0.956, 0.864, 0.908, 0.025),  # at 327e3d8, before any change for it
    "blind328": (0.981, 0.965, 0.973, 0.009),  # at 327e3d8, before any change for it
    "blind329": (0.742, 0.706, 0.724, 0.211),  # at 327e3d8, before any change for it
    "blind330": (0.963, 0.760, 0.850, 0.035),  # at 327e3d8, before any change for it
    "blind331": (0.971, 0.921, 0.946, 0.017),  # at a09ee4e, before any change for it
    "blind332": (0.737, 0.650, 0.691, 0.253),  # at a09ee4e, before any change for it
    "blind333": (0.908, 0.653, 0.760, 0.058),  # at a09ee4e, before any change for it
    "blind334": (0.919, 0.870, 0.894, 0.064),  # at b740891, before any change for it
    "blind335": (0.983, 0.922, 0.952, 0.005),  # at b740891, before any change for it
    "blind336": (0.942, 0.874, 0.907, 0.040),  # at b740891, before any change for it
    "blind337": (0.860, 0.821, 0.840, 0.116),  # at b740891, before any change for it
    "blind338": (0.845, 0.894, 0.869, 0.133),  # at b740891, before any change for it
    "blind339": (0.951, 0.932, 0.942, 0.032),  # at b740891, before any change for it
    "blind340": (0.812, 0.726, 0.766, 0.180),  # at b740891, before any change for it
    "blind341": (0.914, 0.897, 0.905, 0.077),  # at b740891, before any change for it
    "blind342": (0.915, 0.899, 0.907, 0.036),  # at b740891, before any change for it
    "blind343": (0.981, 0.949, 0.965, 0.012),  # at b740891, before any change for it
    "blind344": (0.975, 0.929, 0.951, 0.018),  # at b740891, before any change for it
    "blind345": (0.979, 0.939, 0.958, 0.020),  # at b740891, before any change for it
    "blind346": (0.850, 0.804, 0.827, 0.117),  # at b740891, before any change for it
    "blind347": (0.940, 0.800, 0.864, 0.052),  # at b740891, before any change for it
    "blind348": (0.709, 0.787, 0.746, 0.147),  # at b740891, before any change for it
}

# Floors just under the latest measurements (2026-11-24, after this session's fixes): precision, recall and F1
# 0.02 below, place accuracy 0.03 below, wrong speaker 0.02 above. The first figures of each blind set are in
# FIRST_MEASURED and in the comments below; place accuracy is over correctly attributed facts, so it can fall
# when a page's facts turn from wrong speaker to right.
FLOORS = {
    "seeds": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.97, place_accuracy=0.97,
                    max_wrong_speaker=0.02),
    "corpus": Floors(precision=0.98, recall=0.97, f1=0.97, date_accuracy=0.96, place_accuracy=0.95,
                     max_wrong_speaker=0.02),
    "holdout": Floors(precision=0.98, recall=0.96, f1=0.97, date_accuracy=0.98, place_accuracy=0.94,
                      max_wrong_speaker=0.02),
    "blind": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.95, place_accuracy=0.93,
                    max_wrong_speaker=0.03),
    "blind2": Floors(precision=0.95, recall=0.95, f1=0.95, date_accuracy=0.98, place_accuracy=0.94,
                     max_wrong_speaker=0.04),
    "blind3": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.98, place_accuracy=0.95,
                     max_wrong_speaker=0.02),
    "blind4": Floors(precision=0.98, recall=0.91, f1=0.94, date_accuracy=0.96, place_accuracy=0.89,
                     max_wrong_speaker=0.02),
    "blind5": Floors(precision=0.96, recall=0.96, f1=0.96, date_accuracy=0.96, place_accuracy=0.93,
                     max_wrong_speaker=0.02),
    # blind6: first measured P .746 R .553 F1 .635 (date .956, place .692, wrong speaker .203).
    "blind6": Floors(precision=0.97, recall=0.93, f1=0.95, date_accuracy=0.96, place_accuracy=0.95,
                     max_wrong_speaker=0.02),
    # blind7: first measured P .695 R .709 F1 .702 (date .967, place .736, wrong speaker .235).
    "blind7": Floors(precision=0.95, recall=0.97, f1=0.96, date_accuracy=0.96, place_accuracy=0.95,
                     max_wrong_speaker=0.02),
    # blind8: first measured P .801 R .759 F1 .779 (date .977, place .705, wrong speaker .173).
    "blind8": Floors(precision=0.98, recall=0.98, f1=0.98, date_accuracy=0.98, place_accuracy=0.85,
                     max_wrong_speaker=0.02),
    # blind9: first measured P .937 R .872 F1 .903 (date .842, place .752, wrong speaker .053).
    "blind9": Floors(precision=0.96, recall=0.97, f1=0.96, date_accuracy=0.95, place_accuracy=0.95,
                     max_wrong_speaker=0.04),
    # blind10: first measured P .750 R .709 F1 .729 (date .450, place .867, wrong speaker .220).
    "blind10": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.93, place_accuracy=0.94,
                      max_wrong_speaker=0.04),
    # blind11: first measured P .938 R .871 F1 .904 (date .746, place .828, wrong speaker .050).
    "blind11": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.92, place_accuracy=0.89,
                      max_wrong_speaker=0.03),
    # blind12: first measured P .872 R .780 F1 .823 (date .990, place .931, wrong speaker .104).
    "blind12": Floors(precision=0.98, recall=0.96, f1=0.97, date_accuracy=0.97, place_accuracy=0.89,
                      max_wrong_speaker=0.02),
    # blind13: first measured P .823 R .688 F1 .749 (date .877, place .554, wrong speaker .153).
    "blind13": Floors(precision=0.95, recall=0.95, f1=0.95, date_accuracy=0.94, place_accuracy=0.80,
                      max_wrong_speaker=0.03),
    # blind14: first measured P .732 R .687 F1 .709 (date .839, place .714, wrong speaker .240).
    "blind14": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.98, place_accuracy=0.87,
                      max_wrong_speaker=0.04),
    # blind15: first measured P .854 R .743 F1 .795 (date .955, place .613, wrong speaker .110).
    "blind15": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.96, place_accuracy=0.94,
                      max_wrong_speaker=0.04),
    # blind16: first measured P .953 R .871 F1 .910 (date 1.0, place .908, wrong speaker .026).
    "blind16": Floors(precision=0.97, recall=0.96, f1=0.96, date_accuracy=0.98, place_accuracy=0.89,
                      max_wrong_speaker=0.02),
    # blind17: first measured P .930 R .902 F1 .916 (date .977, place .667, wrong speaker .070).
    "blind17": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.96, place_accuracy=0.85,
                      max_wrong_speaker=0.02),
    # blind18: first measured P .869 R .857 F1 .863 (date 1.0, place .940, wrong speaker .122).
    "blind18": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.98, place_accuracy=0.91,
                      max_wrong_speaker=0.03),
    # blind19: first measured P .801 R .798 F1 .800 (date .922, place .605, wrong speaker .129).
    "blind19": Floors(precision=0.91, recall=0.92, f1=0.91, date_accuracy=0.94, place_accuracy=0.91,
                      max_wrong_speaker=0.04),
    # blind20: first measured P .607 R .638 F1 .622 (date .990, place .598, wrong speaker .380).
    "blind20": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.97, place_accuracy=0.77,
                      max_wrong_speaker=0.04),
    # blind21: first measured P .806 R .799 F1 .802 (date .910, place .500, wrong speaker .130).
    "blind21": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.97, place_accuracy=0.77,
                      max_wrong_speaker=0.03),
    # blind22: first measured P .834 R .718 F1 .772 (date .844, place .701, wrong speaker .129).
    "blind22": Floors(precision=0.97, recall=0.92, f1=0.94, date_accuracy=0.89, place_accuracy=0.82,
                      max_wrong_speaker=0.02),
    # blind23: first measured P .956 R .880 F1 .916 (date 1.0, place .792, wrong speaker .027).
    "blind23": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.98, place_accuracy=0.91,
                      max_wrong_speaker=0.02),
    # blind24: first measured P .645 R .626 F1 .635 (date .938, place .688, wrong speaker .248).
    "blind24": Floors(precision=0.91, recall=0.84, f1=0.87, date_accuracy=0.97, place_accuracy=0.90,
                      max_wrong_speaker=0.04),
    # blind25: first measured P .946 R .870 F1 .906 (date .981, place .771, wrong speaker .033).
    "blind25": Floors(precision=0.95, recall=0.94, f1=0.95, date_accuracy=0.96, place_accuracy=0.96,
                      max_wrong_speaker=0.04),
    # blind26: first measured P .815 R .759 F1 .786 (date .945, place .900, wrong speaker .179).
    "blind26": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.96, place_accuracy=0.89,
                      max_wrong_speaker=0.04),
    # blind27: first measured P .963 R .938 F1 .950 (date .810, place .747, wrong speaker .023).
    "blind27": Floors(precision=0.97, recall=0.94, f1=0.96, date_accuracy=0.95, place_accuracy=0.90,
                      max_wrong_speaker=0.03),
    # blind28: first measured P .778 R .792 F1 .785 (date .968, place .849, wrong speaker .210).
    "blind28": Floors(precision=0.96, recall=0.93, f1=0.95, date_accuracy=0.97, place_accuracy=0.76,
                      max_wrong_speaker=0.03),
    # blind29: first measured P .930 R .930 F1 .930 (date .930, place .920, wrong speaker .064).
    "blind29": Floors(precision=0.96, recall=0.95, f1=0.95, date_accuracy=0.97, place_accuracy=0.96,
                      max_wrong_speaker=0.03),
    # blind30: first measured P .953 R .881 F1 .915 (date 1.0, place .688, wrong speaker .027).
    "blind30": Floors(precision=0.95, recall=0.94, f1=0.94, date_accuracy=0.98, place_accuracy=0.82,
                      max_wrong_speaker=0.04),
    # blind31: first measured P .935 R .857 F1 .894 (date .991, place .790, wrong speaker .032).
    "blind31": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.97, place_accuracy=0.86,
                      max_wrong_speaker=0.02),
    # blind32: first measured P .948 R .878 F1 .912 (date .908, place .816, wrong speaker .045).
    "blind32": Floors(precision=0.97, recall=0.91, f1=0.94, date_accuracy=0.93, place_accuracy=0.82,
                      max_wrong_speaker=0.03),
    # blind33: first measured P .911 R .815 F1 .860 (date .829, place .805, wrong speaker .082).
    "blind33": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.98, place_accuracy=0.94,
                      max_wrong_speaker=0.03),
    # blind34: first measured P .880 R .850 F1 .865 (date .994, place .722, wrong speaker .092).
    "blind34": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.97, place_accuracy=0.69,
                      max_wrong_speaker=0.03),
    # blind35: first measured P .880 R .781 F1 .828 (date .630, place .630, wrong speaker .072).
    "blind35": Floors(precision=0.93, recall=0.83, f1=0.88, date_accuracy=0.67, place_accuracy=0.62,
                      max_wrong_speaker=0.05),
    # blind36: first measured P .906 R .807 F1 .854 (date .975, place .534, wrong speaker .070).
    "blind36": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.95, place_accuracy=0.83,
                      max_wrong_speaker=0.04),
    # blind37: first measured P .994 R .920 F1 .955 (date .988, place .801, wrong speaker .006).
    "blind37": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.96, place_accuracy=0.88,
                      max_wrong_speaker=0.03),
    # blind38: first measured P .973 R .864 F1 .915 (date .977, place .763, wrong speaker .016).
    "blind38": Floors(precision=0.98, recall=0.98, f1=0.98, date_accuracy=0.95, place_accuracy=0.91,
                      max_wrong_speaker=0.02),
    # blind39: first measured P .963 R .714 F1 .820 (date .924, place .657, wrong speaker .028).
    "blind39": Floors(precision=0.97, recall=0.92, f1=0.94, date_accuracy=0.91, place_accuracy=0.87,
                      max_wrong_speaker=0.03),
    # blind40: first measured P .948 R .874 F1 .909 (date .983, place .967, wrong speaker .021).
    "blind40": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.96, place_accuracy=0.93,
                      max_wrong_speaker=0.03),
    # blind41: first measured P .958 R .924 F1 .941 (date .957, place .986, wrong speaker .007).
    "blind41": Floors(precision=0.97, recall=0.94, f1=0.96, date_accuracy=0.97, place_accuracy=0.95,
                      max_wrong_speaker=0.02),
    # blind42: first measured P .934 R .851 F1 .891 (date .930, place .662, wrong speaker .064).
    "blind42": Floors(precision=0.95, recall=0.86, f1=0.90, date_accuracy=0.91, place_accuracy=0.66,
                      max_wrong_speaker=0.05),
    # blind43: first measured P .756 R .745 F1 .750 (date .919, place .798, wrong speaker .202).
    "blind43": Floors(precision=0.88, recall=0.88, f1=0.88, date_accuracy=0.95, place_accuracy=0.77,
                      max_wrong_speaker=0.08),
    # blind44: first measured P .783 R .870 F1 .824 (date .851, place .865, wrong speaker .037).
    "blind44": Floors(precision=0.94, recall=0.91, f1=0.92, date_accuracy=0.84, place_accuracy=0.86,
                      max_wrong_speaker=0.04),
    # blind45: first measured P .989 R .975 F1 .982 (date 1.0, place .864, wrong speaker .005).
    "blind45": Floors(precision=0.97, recall=0.97, f1=0.97, date_accuracy=0.98, place_accuracy=0.83,
                      max_wrong_speaker=0.02),
    # blind46: first measured P .963 R .940 F1 .951 (date 1.0, place .786, wrong speaker .010).
    "blind46": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.98, place_accuracy=0.75,
                      max_wrong_speaker=0.03),
    # blind47: first measured P .822 R .762 F1 .791 (date .968, place .744, wrong speaker .148).
    "blind47": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.98, place_accuracy=0.86,
                      max_wrong_speaker=0.02),
    # blind48: first measured P .987 R .912 F1 .948 (date 1.0, place .883, wrong speaker .012).
    "blind48": Floors(precision=0.98, recall=0.90, f1=0.94, date_accuracy=0.98, place_accuracy=0.86,
                      max_wrong_speaker=0.02),
    # blind49: first measured P .983 R .905 F1 .942 (date 1.0, place .912, wrong speaker .011).
    "blind49": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.98, place_accuracy=0.94,
                      max_wrong_speaker=0.03),
    # blind50: first measured P .810 R .833 F1 .822 (date .979, place .926, wrong speaker .155).
    "blind50": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.96, place_accuracy=0.92,
                      max_wrong_speaker=0.03),
    # blind51: first measured P .841 R .830 F1 .836 (date .898, place .921, wrong speaker .138).
    "blind51": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.77, place_accuracy=0.90,
                      max_wrong_speaker=0.03),
    # blind53: first measured P .912 R .820 F1 .863 (date .960, place .903, wrong speaker .077).
    "blind53": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.94, place_accuracy=0.92,
                      max_wrong_speaker=0.05),
    # blind52: first measured P .858 R .830 F1 .844 (date .959, place .769, wrong speaker .072).
    "blind52": Floors(precision=0.94, recall=0.87, f1=0.90, date_accuracy=0.94, place_accuracy=0.73,
                      max_wrong_speaker=0.05),
    # blind54: first measured P .977 R .927 F1 .952 (date .930, place .982, wrong speaker .017).
    "blind54": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.91, place_accuracy=0.95,
                      max_wrong_speaker=0.04),
    # blind55: first measured P .804 R .798 F1 .801 (date .947, place .725, wrong speaker .171).
    "blind55": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.94, place_accuracy=0.90,
                      max_wrong_speaker=0.04),
    # blind56: first measured P .956 R .879 F1 .916 (date .908, place .775, wrong speaker .011).
    "blind56": Floors(precision=0.98, recall=0.97, f1=0.97, date_accuracy=0.88, place_accuracy=0.85,
                      max_wrong_speaker=0.02),
    # blind57: first measured P .976 R .933 F1 .954 (date .976, place .873, wrong speaker .006).
    "blind57": Floors(precision=0.96, recall=0.95, f1=0.95, date_accuracy=0.95, place_accuracy=0.88,
                      max_wrong_speaker=0.02),
    # blind59: first measured P .902 R .883 F1 .892 (date .974, place .923, wrong speaker .075).
    "blind59": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.96, place_accuracy=0.89,
                      max_wrong_speaker=0.05),
    # blind58: first measured P .875 R .726 F1 .793 (date .975, place .563, wrong speaker .082).
    "blind58": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.96, place_accuracy=0.79,
                      max_wrong_speaker=0.04),
    # blind60: first measured P .979 R .897 F1 .936 (date .921, place .864, wrong speaker .014).
    "blind60": Floors(precision=0.96, recall=0.97, f1=0.96, date_accuracy=0.90, place_accuracy=0.83,
                      max_wrong_speaker=0.03),
    # blind61: first measured P .952 R .926 F1 .939 (date .950, place .889, wrong speaker .021).
    "blind61": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.93, place_accuracy=0.86,
                      max_wrong_speaker=0.02),
    # blind62: first measured P .885 R .859 F1 .872 (date .979, place .911, wrong speaker .095).
    "blind62": Floors(precision=0.93, recall=0.93, f1=0.93, date_accuracy=0.97, place_accuracy=0.84,
                      max_wrong_speaker=0.05),
    # blind63: first measured P .763 R .810 F1 .786 (date .774, place .717, wrong speaker .208).
    "blind63": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.83, place_accuracy=0.79,
                      max_wrong_speaker=0.05),
    # blind64: first measured P .768 R .719 F1 .743 (date .972, place .604, wrong speaker .199).
    "blind64": Floors(precision=0.93, recall=0.89, f1=0.91, date_accuracy=0.96, place_accuracy=0.77,
                      max_wrong_speaker=0.06),
    # blind65: first measured P .856 R .767 F1 .809 (date .924, place .647, wrong speaker .127).
    "blind65": Floors(precision=0.93, recall=0.86, f1=0.89, date_accuracy=0.92, place_accuracy=0.66,
                      max_wrong_speaker=0.06),
    # blind66: first measured P .982 R .945 F1 .963 (date .975, place .804, wrong speaker .006).
    "blind66": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.97, place_accuracy=0.91,
                      max_wrong_speaker=0.03),
    # blind67: first measured P .952 R .879 F1 .914 (date .931, place .805, wrong speaker .029).
    "blind67": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.91, place_accuracy=0.81,
                      max_wrong_speaker=0.05),
    # blind68: first measured P .793 R .698 F1 .743 (date .748, place .874, wrong speaker .116).
    "blind68": Floors(precision=0.92, recall=0.84, f1=0.87, date_accuracy=0.89, place_accuracy=0.89,
                      max_wrong_speaker=0.04),
    # blind69: first measured P .780 R .703 F1 .739 (date .911, place .718, wrong speaker .069).
    "blind69": Floors(precision=0.94, recall=0.78, f1=0.85, date_accuracy=0.89, place_accuracy=0.71,
                      max_wrong_speaker=0.04),
    # blind70: first measured P .855 R .869 F1 .862 (date .928, place .510, wrong speaker .123).
    "blind70": Floors(precision=0.98, recall=0.94, f1=0.96, date_accuracy=0.94, place_accuracy=0.64,
                      max_wrong_speaker=0.02),
    # blind74: first measured P .968 R .902 F1 .933 (date .926, place .799, wrong speaker .025).
    "blind74": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.90, place_accuracy=0.77,
                      max_wrong_speaker=0.04),
    # blind75: first measured P .914 R .835 F1 .873 (date 1.0, place .888, wrong speaker .076).
    "blind75": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.98, place_accuracy=0.85,
                      max_wrong_speaker=0.03),
    # blind73: first measured P .986 R .879 F1 .929 (date .972, place .958, wrong speaker .007).
    "blind73": Floors(precision=0.98, recall=0.90, f1=0.94, date_accuracy=0.95, place_accuracy=0.92,
                      max_wrong_speaker=0.02),
    # blind72: first measured P .928 R .884 F1 .905 (date .742, place .639, wrong speaker .069).
    "blind72": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.96, place_accuracy=0.92,
                      max_wrong_speaker=0.05),
    # blind76: first measured P .972 R .829 F1 .895 (date 1.0, place .553, wrong speaker .027).
    "blind76": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.98, place_accuracy=0.60,
                      max_wrong_speaker=0.04),
    # blind71: first measured P .975 R .964 F1 .969 (date .974, place .906, wrong speaker .010).
    "blind71": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.97, place_accuracy=0.89,
                      max_wrong_speaker=0.02),
    # blind77: first measured P .969 R .929 F1 .948 (date .898, place .930, wrong speaker .024).
    "blind77": Floors(precision=0.98, recall=0.92, f1=0.95, date_accuracy=0.88, place_accuracy=0.91,
                      max_wrong_speaker=0.02),
    # blind78: first measured P .947 R .877 F1 .911 (date .966, place .706, wrong speaker .036).
    "blind78": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.94, place_accuracy=0.81,
                      max_wrong_speaker=0.05),
    # blind79: first measured P .920 R .824 F1 .870 (date 1.0, place .724, wrong speaker .062).
    "blind79": Floors(precision=0.96, recall=0.89, f1=0.93, date_accuracy=0.98, place_accuracy=0.82,
                      max_wrong_speaker=0.04),
    # blind80: first measured P .876 R .830 F1 .853 (date .984, place .575, wrong speaker .100).
    "blind80": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.96, place_accuracy=0.58,
                      max_wrong_speaker=0.04),
    # blind81: first measured P .528 R .500 F1 .513 (date .765, place .965, wrong speaker .455).
    "blind81": Floors(precision=0.97, recall=0.94, f1=0.96, date_accuracy=0.88, place_accuracy=0.95,
                      max_wrong_speaker=0.02),
    # blind82: first measured P .917 R .858 F1 .887 (date .722, place .674, wrong speaker .045).
    "blind82": Floors(precision=0.93, recall=0.86, f1=0.89, date_accuracy=0.87, place_accuracy=0.70,
                      max_wrong_speaker=0.05),
    # blind83: first measured P .951 R .943 F1 .947 (date .828, place .966, wrong speaker .042).
    "blind83": Floors(precision=0.96, recall=0.95, f1=0.96, date_accuracy=0.92, place_accuracy=0.95,
                      max_wrong_speaker=0.04),
    # blind84: first measured P .977 R .908 F1 .942 (date .972, place .794, wrong speaker .022).
    "blind84": Floors(precision=0.96, recall=0.91, f1=0.93, date_accuracy=0.95, place_accuracy=0.87,
                      max_wrong_speaker=0.04),
    # blind85: first measured P .825 R .860 F1 .842 (date .846, place .991, wrong speaker .136).
    # place lowered .96 -> .90: a headline "X: \"quotation\"" is no label any more (one fewer false statement), and
    # the interview under it takes the conference city its lede names.
    "blind85": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.90, place_accuracy=0.90,
                      max_wrong_speaker=0.03),
    # blind86: first measured P .808 R .787 F1 .798 (date 1.0, place .453, wrong speaker .157).
    "blind86": Floors(precision=0.96, recall=0.88, f1=0.92, date_accuracy=0.98, place_accuracy=0.67,
                      max_wrong_speaker=0.02),
    # blind87: first measured P .994 R .973 F1 .983 (date .848, place .787, wrong speaker .000).
    "blind87": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.93, place_accuracy=0.85,
                      max_wrong_speaker=0.02),
    # blind88: first measured P .955 R .897 F1 .925 (date .906, place .895, wrong speaker .027).
    "blind88": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.91, place_accuracy=0.86,
                      max_wrong_speaker=0.05),
    # blind89: first measured P .900 R .777 F1 .834 (date .966, place .513, wrong speaker .067).
    "blind89": Floors(precision=0.93, recall=0.88, f1=0.91, date_accuracy=0.95, place_accuracy=0.86,
                      max_wrong_speaker=0.04),
    # blind90: first measured P .933 R .895 F1 .913 (date .783, place .776, wrong speaker .037).
    "blind90": Floors(precision=0.93, recall=0.88, f1=0.90, date_accuracy=0.76, place_accuracy=0.85,
                      max_wrong_speaker=0.06),
    # blind91: first measured P .904 R .805 F1 .851 (date .926, place .713, wrong speaker .067).
    "blind91": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.98, place_accuracy=0.91,
                      max_wrong_speaker=0.04),
    # blind92: first measured P .942 R .913 F1 .928 (date 1.0, place .823, wrong speaker .054).
    "blind92": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.98, place_accuracy=0.77,
                      max_wrong_speaker=0.03),
    # blind93: first measured P .963 R .881 F1 .920 (date .831, place .760, wrong speaker .018).
    "blind93": Floors(precision=0.96, recall=0.89, f1=0.92, date_accuracy=0.92, place_accuracy=0.89,
                      max_wrong_speaker=0.04),
    # blind94: first measured P .965 R .925 F1 .945 (date .952, place .849, wrong speaker .027).
    "blind94": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.93, place_accuracy=0.81,
                      max_wrong_speaker=0.04),
    # blind95: first measured P .962 R .917 F1 .939 (date .907, place .913, wrong speaker .031).
    "blind95": Floors(precision=0.96, recall=0.93, f1=0.94, date_accuracy=0.88, place_accuracy=0.88,
                      max_wrong_speaker=0.04),
    # blind96: first measured P .924 R .900 F1 .912 (date .896, place .761, wrong speaker .059).
    "blind96": Floors(precision=0.96, recall=0.96, f1=0.96, date_accuracy=0.97, place_accuracy=0.91,
                      max_wrong_speaker=0.03),
    # blind97: first measured P .925 R .904 F1 .915 (date .801, place .763, wrong speaker .044).
    "blind97": Floors(precision=0.94, recall=0.92, f1=0.93, date_accuracy=0.78, place_accuracy=0.73,
                      max_wrong_speaker=0.04),
    # blind98: first measured P 1.0 R .921 F1 .959 (date .978, place 1.0, wrong speaker .000).
    "blind98": Floors(precision=0.98, recall=0.93, f1=0.95, date_accuracy=0.95, place_accuracy=0.97,
                      max_wrong_speaker=0.02),
    # blind99: first measured P .957 R .912 F1 .934 (date .978, place .830, wrong speaker .020).
    "blind99": Floors(precision=0.93, recall=0.93, f1=0.93, date_accuracy=0.95, place_accuracy=0.80,
                      max_wrong_speaker=0.04),
    # blind100: first measured P .738 R .826 F1 .779 (date .888, place .879, wrong speaker .204).
    "blind100": Floors(precision=0.94, recall=0.94, f1=0.94, date_accuracy=0.94, place_accuracy=0.91,
                       max_wrong_speaker=0.03),
    # blind101: first measured P .879 R .867 F1 .873 (date .982, place .910, wrong speaker .101).
    "blind101": Floors(precision=0.96, recall=0.91, f1=0.93, date_accuracy=0.96, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind102: first measured P .964 R .930 F1 .946 (date .977, place .871, wrong speaker .028).
    # (place floor lowered from .84 when "MOSCOW. April 15 (Interfax) -" became a dateline: a regional court spokesperson
    # quoted under it is now placed in Moscow, where the gold gives no place)
    "blind102": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.95, place_accuracy=0.80,
                       max_wrong_speaker=0.05),
    # blind103: first measured P .912 R .843 F1 .876 (date .919, place .844, wrong speaker .060).
    "blind103": Floors(precision=0.92, recall=0.87, f1=0.89, date_accuracy=0.95, place_accuracy=0.89,
                       max_wrong_speaker=0.06),
    # blind104: first measured P .968 R .918 F1 .942 (date .967, place .641, wrong speaker .011).
    "blind104": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.94, place_accuracy=0.74,
                       max_wrong_speaker=0.04),
    # blind105: first measured P .851 R .770 F1 .808 (date 1.0, place .895, wrong speaker .092).
    "blind105": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.98, place_accuracy=0.90,
                       max_wrong_speaker=0.04),
    # blind106: first measured P .985 R .828 F1 .900 (date .955, place .597, wrong speaker .014).
    "blind106": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.93, place_accuracy=0.72,
                       max_wrong_speaker=0.04),
    # blind107: first measured P .953 R .921 F1 .937 (date .966, place .463, wrong speaker .018).
    "blind107": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.94, place_accuracy=0.65,
                       max_wrong_speaker=0.03),
    # blind108: first measured P .924 R .842 F1 .881 (date .888, place .843, wrong speaker .041).
    "blind108": Floors(precision=0.98, recall=0.94, f1=0.96, date_accuracy=0.89, place_accuracy=0.84,
                       max_wrong_speaker=0.02),
    # blind109: first measured P .950 R .907 F1 .928 (date 1.0, place .895, wrong speaker .033).
    "blind109": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.98, place_accuracy=0.86,
                       max_wrong_speaker=0.04),
    # blind110: first measured P .860 R .797 F1 .827 (date .748, place .811, wrong speaker .124).
    "blind110": Floors(precision=0.96, recall=0.86, f1=0.91, date_accuracy=0.75, place_accuracy=0.84,
                       max_wrong_speaker=0.03),
    # blind111: first measured P .826 R .773 F1 .799 (date .980, place .849, wrong speaker .151).
    "blind111": Floors(precision=0.96, recall=0.84, f1=0.90, date_accuracy=0.96, place_accuracy=0.82,
                       max_wrong_speaker=0.04),
    # blind112: first measured P .946 R .893 F1 .919 (date .877, place .549, wrong speaker .016).
    "blind112": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.85, place_accuracy=0.58,
                       max_wrong_speaker=0.04),
    # blind113: first measured P .952 R .896 F1 .923 (date .971, place .819, wrong speaker .020).
    "blind113": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.95, place_accuracy=0.78,
                       max_wrong_speaker=0.04),
    # blind114: first measured P .619 R .635 F1 .627 (date .982, place .358, wrong speaker .275).
    "blind114": Floors(precision=0.89, recall=0.79, f1=0.83, date_accuracy=0.97, place_accuracy=0.77,
                       max_wrong_speaker=0.09),
    # blind115: first measured P .992 R .897 F1 .942 (date .909, place .864, wrong speaker .000).
    "blind115": Floors(precision=0.97, recall=0.88, f1=0.92, date_accuracy=0.94, place_accuracy=0.83,
                       max_wrong_speaker=0.02),
    # blind116: first measured P .840 R .845 F1 .843 (date .833, place .754, wrong speaker .128).
    "blind116": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.95, place_accuracy=0.92,
                       max_wrong_speaker=0.04),
    # blind117: first measured P .616 R .895 F1 .730 (date 1.0, place .576, wrong speaker .000).
    "blind117": Floors(precision=0.59, recall=0.88, f1=0.71, date_accuracy=0.98, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind118: first measured P .954 R .930 F1 .942 (date .747, place .623, wrong speaker .020).
    "blind118": Floors(precision=0.94, recall=0.91, f1=0.92, date_accuracy=0.87, place_accuracy=0.73,
                       max_wrong_speaker=0.04),
    # blind119: first measured P .977 R .779 F1 .867 (date .984, place .669, wrong speaker .015).
    "blind119": Floors(precision=0.96, recall=0.93, f1=0.95, date_accuracy=0.96, place_accuracy=0.70,
                       max_wrong_speaker=0.04),
    # blind120: first measured P .987 R .982 F1 .984 (date .947, place .967, wrong speaker .006).
    "blind120": Floors(precision=0.96, recall=0.96, f1=0.96, date_accuracy=0.92, place_accuracy=0.94,
                       max_wrong_speaker=0.03),
    # blind121: first measured P .964 R .920 F1 .941 (date .755, place .667, wrong speaker .012).
    "blind121": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.86, place_accuracy=0.64,
                       max_wrong_speaker=0.02),
    # blind122: first measured P .968 R .872 F1 .918 (date .844, place .893, wrong speaker .008).
    "blind122": Floors(precision=0.94, recall=0.85, f1=0.89, date_accuracy=0.82, place_accuracy=0.86,
                       max_wrong_speaker=0.03),
    # blind123: first measured P .844 R .926 F1 .883 (date .951, place .592, wrong speaker .018).
    "blind123": Floors(precision=0.84, recall=0.91, f1=0.88, date_accuracy=0.93, place_accuracy=0.77,
                       max_wrong_speaker=0.02),
    # blind124: first measured P .911 R .850 F1 .880 (date .970, place .880, wrong speaker .079).
    "blind124": Floors(precision=0.95, recall=0.87, f1=0.91, date_accuracy=0.95, place_accuracy=0.88,
                       max_wrong_speaker=0.05),
    # blind125: first measured P .990 R .984 F1 .987 (date 1.000, place .917, wrong speaker .000).
    "blind125": Floors(precision=0.97, recall=0.96, f1=0.97, date_accuracy=0.98, place_accuracy=0.96,
                       max_wrong_speaker=0.02),
    # blind126: first measured P .980 R .940 F1 .960 (date .977, place .990, wrong speaker .012).
    "blind126": Floors(precision=0.97, recall=0.92, f1=0.95, date_accuracy=0.95, place_accuracy=0.96,
                       max_wrong_speaker=0.03),
    # blind127: first measured P .923 R .810 F1 .863 (date .958, place .958, wrong speaker .032).
    "blind127": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.94, place_accuracy=0.93,
                       max_wrong_speaker=0.04),
    # blind128: first measured P .978 R .853 F1 .911 (date .992, place .669, wrong speaker .021).
    "blind128": Floors(precision=0.98, recall=0.85, f1=0.91, date_accuracy=0.97, place_accuracy=0.85,
                       max_wrong_speaker=0.02),
    # blind129: first measured P .955 R .874 F1 .913 (date .974, place .901, wrong speaker .029).
    "blind129": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.95, place_accuracy=0.88,
                       max_wrong_speaker=0.03),
    # blind130: first measured P .821 R .794 F1 .807 (date .961, place .734, wrong speaker .168).
    "blind130": Floors(precision=0.94, recall=0.88, f1=0.91, date_accuracy=0.94, place_accuracy=0.75,
                       max_wrong_speaker=0.04),
    # blind131: first measured P .933 R .844 F1 .886 (date .842, place .784, wrong speaker .059).
    "blind131": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.90, place_accuracy=0.82,
                       max_wrong_speaker=0.04),
    # blind132: first measured P .957 R .822 F1 .885 (date .972, place .850, wrong speaker .021).
    "blind132": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.95, place_accuracy=0.82,
                       max_wrong_speaker=0.02),
    # blind133: first measured P .951 R .902 F1 .926 (date .699, place .410, wrong speaker .038).
    "blind133": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.95, place_accuracy=0.54,
                       max_wrong_speaker=0.05),
    # blind134: first measured P .971 R .947 F1 .959 (date .881, place .786, wrong speaker .011).
    "blind134": Floors(precision=0.95, recall=0.94, f1=0.94, date_accuracy=0.97, place_accuracy=0.87,
                       max_wrong_speaker=0.04),
    # blind135: first measured P .997 R .888 F1 .939 (date .997, place .976, wrong speaker .003).
    "blind135": Floors(precision=0.97, recall=0.88, f1=0.92, date_accuracy=0.97, place_accuracy=0.94,
                       max_wrong_speaker=0.03),
    # blind136: first measured P .951 R .908 F1 .929 (date .990, place .898, wrong speaker .020).
    "blind136": Floors(precision=0.96, recall=0.89, f1=0.92, date_accuracy=0.98, place_accuracy=0.90,
                       max_wrong_speaker=0.04),
    # blind137: first measured P .931 R .912 F1 .921 (date .995, place .957, wrong speaker .010).
    "blind137": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.97, place_accuracy=0.92,
                       max_wrong_speaker=0.03),
    # blind138: first measured P .964 R .852 F1 .905 (date .969, place .475, wrong speaker .033).
    "blind138": Floors(precision=0.96, recall=0.85, f1=0.90, date_accuracy=0.94, place_accuracy=0.81,
                       max_wrong_speaker=0.04),
    # blind139: first measured P .756 R .744 F1 .750 (date .977, place .564, wrong speaker .123).
    "blind139": Floors(precision=0.93, recall=0.83, f1=0.88, date_accuracy=0.96, place_accuracy=0.71,
                       max_wrong_speaker=0.04),
    # blind140: first measured P .983 R .920 F1 .951 (date .996, place .975, wrong speaker .008).
    "blind140": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.97, place_accuracy=0.94,
                       max_wrong_speaker=0.03),
    # blind141: first measured P 1.000 R .955 F1 .977 (date .963, place .902, wrong speaker .000).
    "blind141": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.94, place_accuracy=0.87,
                       max_wrong_speaker=0.02),
    # blind142: first measured P .939 R .968 F1 .953 (date .616, place .734, wrong speaker .040).
    "blind142": Floors(precision=0.95, recall=0.97, f1=0.96, date_accuracy=0.97, place_accuracy=0.70,
                       max_wrong_speaker=0.04),
    # blind143: first measured P .911 R .735 F1 .814 (date .967, place .878, wrong speaker .058).
    "blind143": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.97, place_accuracy=0.87,
                       max_wrong_speaker=0.05),
    # blind144: first measured P .977 R .903 F1 .939 (date .947, place .847, wrong speaker .011).
    "blind144": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.94, place_accuracy=0.87,
                       max_wrong_speaker=0.04),
    # blind145: first measured P .807 R .772 F1 .789 (date .965, place .522, wrong speaker .182).
    "blind145": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.95, place_accuracy=0.62,
                       max_wrong_speaker=0.04),
    # blind146: first measured P .800 R .734 F1 .766 (date .837, place .490, wrong speaker .186).
    "blind146": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.86, place_accuracy=0.58,
                       max_wrong_speaker=0.04),
    # blind147: first measured P .933 R .817 F1 .872 (date .857, place .722, wrong speaker .022).
    "blind147": Floors(precision=0.93, recall=0.83, f1=0.88, date_accuracy=0.84, place_accuracy=0.66,
                       max_wrong_speaker=0.05),
    # blind148: first measured P .825 R .820 F1 .822 (date .798, place .823, wrong speaker .140).
    "blind148": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.80, place_accuracy=0.81,
                       max_wrong_speaker=0.03),
    # blind149: first measured P .932 R .868 F1 .899 (date .727, place .861, wrong speaker .050).
    "blind149": Floors(precision=0.94, recall=0.89, f1=0.92, date_accuracy=0.90, place_accuracy=0.97,
                       max_wrong_speaker=0.05),
    # blind150: first measured P .980 R .932 F1 .956 (date 1.000, place .801, wrong speaker .019).
    "blind150": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.98, place_accuracy=0.77,
                       max_wrong_speaker=0.02),
    # blind151: first measured P .987 R .947 F1 .966 (date .927, place .633, wrong speaker .000).
    "blind151": Floors(precision=0.97, recall=0.92, f1=0.95, date_accuracy=0.91, place_accuracy=0.60,
                       max_wrong_speaker=0.02),
    # blind152: first measured P .740 R .724 F1 .732 (date .972, place .630, wrong speaker .226).
    "blind152": Floors(precision=0.87, recall=0.84, f1=0.85, date_accuracy=0.96, place_accuracy=0.72,
                       max_wrong_speaker=0.09),
    # blind153: first measured P .879 R .757 F1 .814 (date .919, place .606, wrong speaker .105).
    "blind153": Floors(precision=0.95, recall=0.85, f1=0.90, date_accuracy=0.87, place_accuracy=0.54,
                       max_wrong_speaker=0.04),
    # blind154: first measured P .881 R .858 F1 .870 (date .809, place .882, wrong speaker .079).
    "blind154": Floors(precision=0.92, recall=0.87, f1=0.90, date_accuracy=0.77, place_accuracy=0.86,
                       max_wrong_speaker=0.04),
    # blind155: first measured P .975 R .878 F1 .924 (date .994, place .613, wrong speaker .024).
    "blind155": Floors(precision=0.95, recall=0.86, f1=0.90, date_accuracy=0.97, place_accuracy=0.61,
                       max_wrong_speaker=0.05),
    # blind156: first measured P .976 R .876 F1 .923 (date .988, place .656, wrong speaker .000).
    "blind156": Floors(precision=0.96, recall=0.85, f1=0.90, date_accuracy=0.96, place_accuracy=0.62,
                       max_wrong_speaker=0.02),
    # blind157: first measured P .889 R .841 F1 .864 (date .954, place .697, wrong speaker .095).
    "blind157": Floors(precision=0.95, recall=0.87, f1=0.91, date_accuracy=0.94, place_accuracy=0.68,
                       max_wrong_speaker=0.05),
    # blind158: first measured P .984 R .870 F1 .924 (date .973, place .930, wrong speaker .010).
    "blind158": Floors(precision=0.96, recall=0.85, f1=0.90, date_accuracy=0.95, place_accuracy=0.90,
                       max_wrong_speaker=0.03),
    # blind159: first measured P .741 R .715 F1 .728 (date .821, place .545, wrong speaker .229).
    "blind159": Floors(precision=0.90, recall=0.82, f1=0.86, date_accuracy=0.94, place_accuracy=0.56,
                       max_wrong_speaker=0.08),
    # blind160: first measured P .996 R .977 F1 .986 (date .607, place .694, wrong speaker .004).
    "blind160": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.84, place_accuracy=0.78,
                       max_wrong_speaker=0.03),
    # blind161: first measured P .925 R .840 F1 .880 (date .926, place .628, wrong speaker .026).
    "blind161": Floors(precision=0.96, recall=0.85, f1=0.90, date_accuracy=0.90, place_accuracy=0.61,
                       max_wrong_speaker=0.04),
    # blind162: first measured P .866 R .838 F1 .852 (date .995, place .702, wrong speaker .081).
    "blind162": Floors(precision=0.92, recall=0.85, f1=0.88, date_accuracy=0.98, place_accuracy=0.62,
                       max_wrong_speaker=0.03),
    # blind163: first measured P .937 R .843 F1 .887 (date .933, place .826, wrong speaker .025).
    "blind163": Floors(precision=0.96, recall=0.83, f1=0.89, date_accuracy=0.91, place_accuracy=0.80,
                       max_wrong_speaker=0.04),
    # blind164: first measured P .956 R .929 F1 .942 (date .948, place .809, wrong speaker .016).
    "blind164": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.92, place_accuracy=0.85,
                       max_wrong_speaker=0.04),
    # blind165: first measured P .926 R .934 F1 .930 (date .975, place .889, wrong speaker .022).
    "blind165": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.95, place_accuracy=0.85,
                       max_wrong_speaker=0.03),
    # blind166: first measured P .905 R .795 F1 .847 (date .944, place .930, wrong speaker .050).
    "blind166": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.93, place_accuracy=0.91,
                       max_wrong_speaker=0.04),
    # blind167: first measured P .887 R .906 F1 .896 (date .994, place .750, wrong speaker .109).
    "blind167": Floors(precision=0.98, recall=0.95, f1=0.96, date_accuracy=0.97, place_accuracy=0.80,
                       max_wrong_speaker=0.02),
    # blind168: first measured P .921 R .875 F1 .898 (date .928, place .895, wrong speaker .068).
    "blind168": Floors(precision=0.91, recall=0.87, f1=0.89, date_accuracy=0.90, place_accuracy=0.86,
                       max_wrong_speaker=0.08),
    # blind169: first measured P .952 R .852 F1 .899 (date 1.000, place .893, wrong speaker .016).
    "blind169": Floors(precision=0.93, recall=0.83, f1=0.88, date_accuracy=0.98, place_accuracy=0.86,
                       max_wrong_speaker=0.04),
    # blind170: first measured P .826 R .883 F1 .854 (date .908, place .671, wrong speaker .158).
    "blind170": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.90, place_accuracy=0.70,
                       max_wrong_speaker=0.04),
    # blind171: first measured P .957 R .937 F1 .947 (date .989, place .949, wrong speaker .021).
    "blind171": Floors(precision=0.94, recall=0.92, f1=0.93, date_accuracy=0.96, place_accuracy=0.91,
                       max_wrong_speaker=0.04),
    # blind172: first measured P .973 R .937 F1 .955 (date .989, place .725, wrong speaker .015).
    "blind172": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.96, place_accuracy=0.69,
                       max_wrong_speaker=0.03),
    # blind173: first measured P .910 R .850 F1 .879 (date .990, place .832, wrong speaker .070).
    "blind173": Floors(precision=0.94, recall=0.95, f1=0.95, date_accuracy=0.97, place_accuracy=0.83,
                       max_wrong_speaker=0.04),
    # blind174: first measured P .981 R .868 F1 .921 (date .942, place .735, wrong speaker .012).
    "blind174": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.92, place_accuracy=0.70,
                       max_wrong_speaker=0.04),
    # blind175: first measured P .983 R .840 F1 .906 (date .800, place .954, wrong speaker .016).
    "blind175": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.80, place_accuracy=0.93,
                       max_wrong_speaker=0.04),
    # blind176: first measured P .944 R .885 F1 .914 (date .604, place .834, wrong speaker .022).
    "blind176": Floors(precision=0.94, recall=0.89, f1=0.91, date_accuracy=0.78, place_accuracy=0.80,
                       max_wrong_speaker=0.03),
    # blind177: first measured P .986 R .833 F1 .903 (date .972, place .958, wrong speaker .007).
    "blind177": Floors(precision=0.96, recall=0.82, f1=0.89, date_accuracy=0.95, place_accuracy=0.92,
                       max_wrong_speaker=0.03),
    # blind178: first measured P .869 R .769 F1 .816 (date .962, place .459, wrong speaker .115).
    "blind178": Floors(precision=0.97, recall=0.80, f1=0.88, date_accuracy=0.96, place_accuracy=0.56,
                       max_wrong_speaker=0.03),
    # blind179: first measured P .925 R .841 F1 .881 (date 1.000, place .904, wrong speaker .061).
    "blind179": Floors(precision=0.92, recall=0.84, f1=0.88, date_accuracy=0.98, place_accuracy=0.91,
                       max_wrong_speaker=0.07),
    # blind180: first measured P .933 R .904 F1 .918 (date 1.000, place .815, wrong speaker .050).
    "blind180": Floors(precision=0.96, recall=0.93, f1=0.94, date_accuracy=0.98, place_accuracy=0.79,
                       max_wrong_speaker=0.03),
    # blind181: first measured P .962 R .823 F1 .887 (date .987, place .833, wrong speaker .025).
    "blind181": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.96, place_accuracy=0.70,
                       max_wrong_speaker=0.05),
    # blind182: first measured P .863 R .694 F1 .769 (date .848, place .783, wrong speaker .114).
    "blind182": Floors(precision=0.96, recall=0.81, f1=0.88, date_accuracy=0.96, place_accuracy=0.68,
                       max_wrong_speaker=0.04),
    # blind183: first measured P .972 R .852 F1 .908 (date .984, place .960, wrong speaker .011).
    "blind183": Floors(precision=0.95, recall=0.94, f1=0.94, date_accuracy=0.96, place_accuracy=0.93,
                       max_wrong_speaker=0.04),
    # blind184: first measured P .969 R .798 F1 .875 (date .955, place .883, wrong speaker .018).
    "blind184": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.94, place_accuracy=0.86,
                       max_wrong_speaker=0.02),
    # blind185: first measured P .682 R .672 F1 .677 (date .961, place .641, wrong speaker .303).
    "blind185": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.95, place_accuracy=0.76,
                       max_wrong_speaker=0.03),
    # blind186: first measured P .933 R .808 F1 .866 (date .934, place .664, wrong speaker .060).
    "blind186": Floors(precision=0.94, recall=0.83, f1=0.88, date_accuracy=0.91, place_accuracy=0.80,
                       max_wrong_speaker=0.05),
    # blind187: first measured P .818 R .774 F1 .796 (date .829, place .846, wrong speaker .169).
    "blind187": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.92, place_accuracy=0.96,
                       max_wrong_speaker=0.05),
    # blind188: first measured P .938 R .848 F1 .891 (date 1.000, place .735, wrong speaker .023).
    "blind188": Floors(precision=0.96, recall=0.83, f1=0.89, date_accuracy=0.98, place_accuracy=0.71,
                       max_wrong_speaker=0.04),
    # blind189: first measured P .907 R .896 F1 .902 (date .929, place .603, wrong speaker .053).
    "blind189": Floors(precision=0.92, recall=0.92, f1=0.92, date_accuracy=0.96, place_accuracy=0.54,
                       max_wrong_speaker=0.04),
    # blind190: first measured P .892 R .841 F1 .866 (date .926, place .716, wrong speaker .050).
    "blind190": Floors(precision=0.96, recall=0.89, f1=0.92, date_accuracy=0.91, place_accuracy=0.70,
                       max_wrong_speaker=0.04),
    # blind191: first measured P .898 R .604 F1 .722 (date .860, place .842, wrong speaker .094).
    "blind191": Floors(precision=0.94, recall=0.89, f1=0.91, date_accuracy=0.90, place_accuracy=0.88,
                       max_wrong_speaker=0.05),
    # blind192: first measured P .949 R .848 F1 .896 (date 1.000, place .899, wrong speaker .044).
    "blind192": Floors(precision=0.94, recall=0.87, f1=0.90, date_accuracy=0.98, place_accuracy=0.86,
                       max_wrong_speaker=0.06),
    # blind193: first measured P .899 R .724 F1 .802 (date .823, place .710, wrong speaker .069).
    "blind193": Floors(precision=0.95, recall=0.88, f1=0.92, date_accuracy=0.87, place_accuracy=0.80,
                       max_wrong_speaker=0.03),
    # blind194: first measured P .656 R .674 F1 .665 (date .305, place .475, wrong speaker .307).
    "blind194": Floors(precision=0.97, recall=0.91, f1=0.94, date_accuracy=0.84, place_accuracy=0.54,
                       max_wrong_speaker=0.03),
    # blind195: first measured P .988 R .892 F1 .938 (date .923, place .852, wrong speaker .006).
    "blind195": Floors(precision=0.96, recall=0.87, f1=0.92, date_accuracy=0.95, place_accuracy=0.85,
                       max_wrong_speaker=0.03),
    # blind196: first measured P .994 R .953 F1 .973 (date .965, place .890, wrong speaker .005).
    "blind196": Floors(precision=0.98, recall=0.94, f1=0.96, date_accuracy=0.94, place_accuracy=0.86,
                       max_wrong_speaker=0.02),
    # blind197: first measured P .981 R .985 F1 .983 (date .993, place .866, wrong speaker .006).
    "blind197": Floors(precision=0.97, recall=0.97, f1=0.97, date_accuracy=0.97, place_accuracy=0.83,
                       max_wrong_speaker=0.03),
    # blind198: first measured P .965 R .867 F1 .913 (date .988, place .976, wrong speaker .012).
    "blind198": Floors(precision=0.97, recall=0.92, f1=0.94, date_accuracy=0.96, place_accuracy=0.94,
                       max_wrong_speaker=0.02),
    # blind199: first measured P .784 R .781 F1 .783 (date .716, place .716, wrong speaker .199).
    "blind199": Floors(precision=0.93, recall=0.87, f1=0.90, date_accuracy=0.77, place_accuracy=0.72,
                       max_wrong_speaker=0.05),
    # blind200: first measured P .948 R .850 F1 .896 (date .966, place .837, wrong speaker .050).
    "blind200": Floors(precision=0.98, recall=0.94, f1=0.96, date_accuracy=0.95, place_accuracy=0.80,
                       max_wrong_speaker=0.02),
    # blind201: first measured P .948 R .877 F1 .911 (date .985, place .749, wrong speaker .027).
    "blind201": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.96, place_accuracy=0.73,
                       max_wrong_speaker=0.02),
    # blind202: first measured P .985 R .970 F1 .978 (date .990, place .876, wrong speaker .005).
    "blind202": Floors(precision=0.97, recall=0.96, f1=0.96, date_accuracy=0.97, place_accuracy=0.84,
                       max_wrong_speaker=0.02),
    # blind203: first measured P .956 R .910 F1 .933 (date .979, place .820, wrong speaker .038).
    "blind203": Floors(precision=0.96, recall=0.91, f1=0.93, date_accuracy=0.96, place_accuracy=0.79,
                       max_wrong_speaker=0.03),
    # blind204: first measured P .940 R .879 F1 .908 (date .918, place .795, wrong speaker .043).
    "blind204": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.90, place_accuracy=0.77,
                       max_wrong_speaker=0.04),
    # blind205: first measured P .938 R .927 F1 .933 (date .974, place .888, wrong speaker .043).
    "blind205": Floors(precision=0.94, recall=0.94, f1=0.94, date_accuracy=0.96, place_accuracy=0.85,
                       max_wrong_speaker=0.04),
    # blind206: first measured P .967 R .917 F1 .942 (date .810, place .898, wrong speaker .013).
    "blind206": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.83, place_accuracy=0.86,
                       max_wrong_speaker=0.03),
    # blind207: first measured P .858 R .712 F1 .778 (date .984, place .921, wrong speaker .131).
    "blind207": Floors(precision=0.94, recall=0.86, f1=0.90, date_accuracy=0.85, place_accuracy=0.85,
                       max_wrong_speaker=0.05),
    # blind208: first measured P .978 R .842 F1 .905 (date .985, place .886, wrong speaker .020).
    "blind208": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.96, place_accuracy=0.83,
                       max_wrong_speaker=0.04),
    # blind209: first measured P .985 R .968 F1 .976 (date .944, place .455, wrong speaker .010).
    "blind209": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.92, place_accuracy=0.42,
                       max_wrong_speaker=0.03),
    # blind210: first measured P .985 R .945 F1 .964 (date .809, place 1.000, wrong speaker .014).
    "blind210": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.78, place_accuracy=0.97,
                       max_wrong_speaker=0.04),
    # blind211: first measured P .989 R .889 F1 .936 (date 1.000, place .927, wrong speaker .005).
    "blind211": Floors(precision=0.96, recall=0.89, f1=0.93, date_accuracy=0.98, place_accuracy=0.89,
                       max_wrong_speaker=0.03),
    # blind212: first measured P .984 R .985 F1 .985 (date .996, place .957, wrong speaker .004).
    "blind212": Floors(precision=0.97, recall=0.96, f1=0.96, date_accuracy=0.98, place_accuracy=0.92,
                       max_wrong_speaker=0.03),
    # blind213: first measured P .964 R .948 F1 .956 (date .975, place .728, wrong speaker .012).
    "blind213": Floors(precision=0.94, recall=0.92, f1=0.93, date_accuracy=0.95, place_accuracy=0.75,
                       max_wrong_speaker=0.04),
    # blind214: first measured P .964 R .865 F1 .912 (date .975, place .919, wrong speaker .036).
    "blind214": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.95, place_accuracy=0.89,
                       max_wrong_speaker=0.04),
    # blind215: first measured P .964 R .925 F1 .944 (date .975, place .730, wrong speaker .023).
    "blind215": Floors(precision=0.96, recall=0.93, f1=0.95, date_accuracy=0.95, place_accuracy=0.87,
                       max_wrong_speaker=0.03),
    # blind216: first measured P .989 R .976 F1 .983 (date .913, place .755, wrong speaker .000).
    "blind216": Floors(precision=0.96, recall=0.95, f1=0.96, date_accuracy=0.89, place_accuracy=0.72,
                       max_wrong_speaker=0.02),
    # blind217: first measured P .987 R .852 F1 .914 (date .987, place .586, wrong speaker .006).
    "blind217": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.98, place_accuracy=0.61,
                       max_wrong_speaker=0.03),
    # blind218: first measured P .986 R .935 F1 .960 (date .593, place .414, wrong speaker .007).
    "blind218": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.64, place_accuracy=0.40,
                       max_wrong_speaker=0.03),
    # blind219: first measured P .967 R .928 F1 .947 (date .825, place .701, wrong speaker .016).
    "blind219": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.80, place_accuracy=0.67,
                       max_wrong_speaker=0.04),
    # blind220: first measured P .885 R .806 F1 .844 (date .770, place .907, wrong speaker .097).
    "blind220": Floors(precision=0.96, recall=0.89, f1=0.92, date_accuracy=0.83, place_accuracy=0.89,
                       max_wrong_speaker=0.04),
    # blind221: first measured P .869 R .894 F1 .881 (date .960, place .960, wrong speaker .104).
    "blind221": Floors(precision=0.97, recall=0.93, f1=0.95, date_accuracy=0.94, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind222: first measured P .926 R .843 F1 .883 (date .963, place .778, wrong speaker .056).
    "blind222": Floors(precision=0.93, recall=0.86, f1=0.89, date_accuracy=0.94, place_accuracy=0.74,
                       max_wrong_speaker=0.05),
    # blind223: first measured P .941 R .882 F1 .911 (date .975, place .893, wrong speaker .023).
    "blind223": Floors(precision=0.92, recall=0.90, f1=0.91, date_accuracy=0.95, place_accuracy=0.86,
                       max_wrong_speaker=0.05),
    # blind224: first measured P .843 R .766 F1 .803 (date .813, place .736, wrong speaker .138).
    "blind224": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.82, place_accuracy=0.62,
                       max_wrong_speaker=0.03),
    # blind225: first measured P .927 R .881 F1 .903 (date .994, place .879, wrong speaker .045).
    "blind225": Floors(precision=0.93, recall=0.88, f1=0.90, date_accuracy=0.97, place_accuracy=0.84,
                       max_wrong_speaker=0.05),
    # blind226: first measured P .931 R .885 F1 .907 (date 1.000, place .943, wrong speaker .027).
    "blind226": Floors(precision=0.94, recall=0.87, f1=0.90, date_accuracy=0.98, place_accuracy=0.91,
                       max_wrong_speaker=0.05),
    # blind227: first measured P .990 R .969 F1 .979 (date .990, place .966, wrong speaker .005).
    "blind227": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.97, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind228: first measured P .965 R .876 F1 .918 (date .971, place .863, wrong speaker .020).
    "blind228": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.95, place_accuracy=0.85,
                       max_wrong_speaker=0.04),
    # blind229: first measured P .928 R .879 F1 .903 (date .987, place .729, wrong speaker .067).
    "blind229": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.96, place_accuracy=0.66,
                       max_wrong_speaker=0.05),
    # blind230: first measured P .919 R .756 F1 .830 (date .993, place .953, wrong speaker .072).
    "blind230": Floors(precision=0.93, recall=0.85, f1=0.89, date_accuracy=0.97, place_accuracy=0.92,
                       max_wrong_speaker=0.07),
    # blind231: first measured P .983 R .915 F1 .948 (date .994, place .743, wrong speaker .016).
    "blind231": Floors(precision=0.97, recall=0.91, f1=0.94, date_accuracy=0.96, place_accuracy=0.71,
                       max_wrong_speaker=0.03),
    # blind232: first measured P .976 R .892 F1 .932 (date 1.000, place .981, wrong speaker .023).
    "blind232": Floors(precision=0.96, recall=0.87, f1=0.91, date_accuracy=0.98, place_accuracy=0.95,
                       max_wrong_speaker=0.04),
    # blind233: first measured P .967 R .808 F1 .880 (date .848, place .924, wrong speaker .032).
    "blind233": Floors(precision=0.94, recall=0.80, f1=0.86, date_accuracy=0.92, place_accuracy=0.89,
                       max_wrong_speaker=0.06),
    # blind234: first measured P .981 R .943 F1 .962 (date .994, place .904, wrong speaker .012).
    "blind234": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.97, place_accuracy=0.87,
                       max_wrong_speaker=0.04),
    # blind235: first measured P .953 R .878 F1 .914 (date .981, place .728, wrong speaker .034).
    "blind235": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.96, place_accuracy=0.71,
                       max_wrong_speaker=0.04),
    # blind236: first measured P .883 R .909 F1 .896 (date .996, place .957, wrong speaker .077).
    "blind236": Floors(precision=0.93, recall=0.94, f1=0.93, date_accuracy=0.97, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind237: first measured P .841 R .838 F1 .839 (date 1.000, place .849, wrong speaker .128).
    "blind237": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.98, place_accuracy=0.83,
                       max_wrong_speaker=0.05),
    # blind238: first measured P .854 R .829 F1 .841 (date .764, place .879, wrong speaker .140).
    "blind238": Floors(precision=0.93, recall=0.84, f1=0.89, date_accuracy=0.76, place_accuracy=0.86,
                       max_wrong_speaker=0.07),
    # blind239: first measured P .964 R .937 F1 .951 (date .558, place .468, wrong speaker .010).
    "blind239": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.85, place_accuracy=0.66,
                       max_wrong_speaker=0.03),
    # blind240: first measured P .960 R .941 F1 .950 (date .889, place .896, wrong speaker .007).
    "blind240": Floors(precision=0.94, recall=0.92, f1=0.93, date_accuracy=0.86, place_accuracy=0.86,
                       max_wrong_speaker=0.03),
    # blind241: first measured P .961 R .884 F1 .921 (date 1.000, place .906, wrong speaker .031).
    "blind241": Floors(precision=0.94, recall=0.86, f1=0.90, date_accuracy=0.98, place_accuracy=0.87,
                       max_wrong_speaker=0.06),
    # blind242: first measured P .830 R .832 F1 .831 (date 1.000, place .967, wrong speaker .154).
    "blind242": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.98, place_accuracy=0.93,
                       max_wrong_speaker=0.04),
    # blind243: first measured P .866 R .789 F1 .826 (date .905, place .957, wrong speaker .098).
    "blind243": Floors(precision=0.94, recall=0.92, f1=0.93, date_accuracy=0.88, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind244: first measured P .831 R .850 F1 .841 (date .942, place .616, wrong speaker .151).
    "blind244": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.93, place_accuracy=0.66,
                       max_wrong_speaker=0.05),
    # blind245: first measured P .953 R .905 F1 .929 (date .969, place .979, wrong speaker .036).
    "blind245": Floors(precision=0.96, recall=0.93, f1=0.95, date_accuracy=0.95, place_accuracy=0.94,
                       max_wrong_speaker=0.03),
    # blind246: first measured P .953 R .887 F1 .919 (date .984, place .896, wrong speaker .036).
    "blind246": Floors(precision=0.93, recall=0.89, f1=0.91, date_accuracy=0.96, place_accuracy=0.86,
                       max_wrong_speaker=0.06),
    # blind247: first measured P .953 R .904 F1 .928 (date .950, place .863, wrong speaker .035).
    "blind247": Floors(precision=0.93, recall=0.88, f1=0.91, date_accuracy=0.93, place_accuracy=0.83,
                       max_wrong_speaker=0.05),
    # blind248: first measured P .949 R .896 F1 .922 (date .858, place .243, wrong speaker .044).
    "blind248": Floors(precision=0.96, recall=0.89, f1=0.93, date_accuracy=0.84, place_accuracy=0.20,
                       max_wrong_speaker=0.03),
    # blind249: first measured P .950 R .884 F1 .916 (date 1.000, place .948, wrong speaker .030).
    "blind249": Floors(precision=0.94, recall=0.88, f1=0.91, date_accuracy=0.98, place_accuracy=0.91,
                       max_wrong_speaker=0.04),
    # blind250: first measured P .917 R .895 F1 .906 (date .723, place .916, wrong speaker .028).
    "blind250": Floors(precision=0.93, recall=0.88, f1=0.90, date_accuracy=0.77, place_accuracy=0.88,
                       max_wrong_speaker=0.04),
    # blind251: first measured P .922 R .938 F1 .930 (date 1.000, place .685, wrong speaker .027).
    "blind251": Floors(precision=0.94, recall=0.91, f1=0.92, date_accuracy=0.98, place_accuracy=0.65,
                       max_wrong_speaker=0.04),
    # blind252: first measured P .987 R .869 F1 .924 (date .987, place .881, wrong speaker .000).
    "blind252": Floors(precision=0.97, recall=0.91, f1=0.94, date_accuracy=0.96, place_accuracy=0.86,
                       max_wrong_speaker=0.02),
    # blind253: first measured P .906 R .940 F1 .923 (date .995, place .781, wrong speaker .039).
    "blind253": Floors(precision=0.90, recall=0.95, f1=0.92, date_accuracy=0.97, place_accuracy=0.75,
                       max_wrong_speaker=0.04),
    # blind254: first measured P .989 R .971 F1 .980 (date .994, place .997, wrong speaker .006).
    "blind254": Floors(precision=0.97, recall=0.95, f1=0.96, date_accuracy=0.97, place_accuracy=0.96,
                       max_wrong_speaker=0.03),
    # blind255: first measured P .977 R .927 F1 .951 (date .917, place .805, wrong speaker .017).
    "blind255": Floors(precision=0.95, recall=0.90, f1=0.93, date_accuracy=0.89, place_accuracy=0.77,
                       max_wrong_speaker=0.04),
    # blind256: first measured P .978 R .947 F1 .962 (date .966, place .955, wrong speaker .005).
    "blind256": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.94, place_accuracy=0.92,
                       max_wrong_speaker=0.03),
    # blind257: first measured P .943 R .917 F1 .930 (date .640, place .646, wrong speaker .054).
    "blind257": Floors(precision=0.94, recall=0.93, f1=0.93, date_accuracy=0.62, place_accuracy=0.61,
                       max_wrong_speaker=0.06),
    # blind258: first measured P .939 R .896 F1 .917 (date .974, place .961, wrong speaker .018).
    "blind258": Floors(precision=0.91, recall=0.87, f1=0.89, date_accuracy=0.95, place_accuracy=0.93,
                       max_wrong_speaker=0.04),
    # blind259: first measured P .989 R .846 F1 .912 (date .994, place 1.000, wrong speaker .011).
    "blind259": Floors(precision=0.97, recall=0.88, f1=0.92, date_accuracy=0.97, place_accuracy=0.97,
                       max_wrong_speaker=0.03),
    # blind260: first measured P .979 R .862 F1 .916 (date .971, place .703, wrong speaker .020).
    "blind260": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.95, place_accuracy=0.71,
                       max_wrong_speaker=0.04),
    # blind261: first measured P .971 R .910 F1 .939 (date .749, place .856, wrong speaker .006).
    "blind261": Floors(precision=0.95, recall=0.89, f1=0.91, date_accuracy=0.72, place_accuracy=0.82,
                       max_wrong_speaker=0.03),
    # blind262: first measured P .944 R .874 F1 .908 (date .954, place .824, wrong speaker .029).
    "blind262": Floors(precision=0.92, recall=0.85, f1=0.88, date_accuracy=0.93, place_accuracy=0.79,
                       max_wrong_speaker=0.05),
    # blind263: first measured P .932 R .920 F1 .926 (date .767, place .447, wrong speaker .031).
    "blind263": Floors(precision=0.92, recall=0.90, f1=0.91, date_accuracy=0.74, place_accuracy=0.41,
                       max_wrong_speaker=0.06),
    # blind264: first measured P .978 R .901 F1 .938 (date .836, place .790, wrong speaker .013).
    "blind264": Floors(precision=0.96, recall=0.89, f1=0.93, date_accuracy=0.81, place_accuracy=0.76,
                       max_wrong_speaker=0.03),
    # blind265: first measured P .883 R .837 F1 .860 (date .794, place .794, wrong speaker .099).
    "blind265": Floors(precision=0.95, recall=0.90, f1=0.92, date_accuracy=0.79, place_accuracy=0.76,
                       max_wrong_speaker=0.04),
    # blind266: first measured P .969 R .926 F1 .947 (date .669, place .860, wrong speaker .023).
    "blind266": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.75, place_accuracy=0.83,
                       max_wrong_speaker=0.05),
    # blind267: first measured P .942 R .933 F1 .938 (date .735, place .306, wrong speaker .010).
    "blind267": Floors(precision=0.92, recall=0.91, f1=0.92, date_accuracy=0.71, place_accuracy=0.27,
                       max_wrong_speaker=0.03),
    # blind268: first measured P .946 R .824 F1 .881 (date .986, place .660, wrong speaker .045).
    "blind268": Floors(precision=0.94, recall=0.82, f1=0.87, date_accuracy=0.96, place_accuracy=0.63,
                       max_wrong_speaker=0.05),
    # blind269: first measured P .929 R .902 F1 .915 (date .964, place .869, wrong speaker .017).
    "blind269": Floors(precision=0.92, recall=0.92, f1=0.92, date_accuracy=0.94, place_accuracy=0.84,
                       max_wrong_speaker=0.04),
    # blind270: first measured P .973 R .975 F1 .974 (date 1.000, place .989, wrong speaker .005).
    "blind270": Floors(precision=0.95, recall=0.95, f1=0.95, date_accuracy=0.98, place_accuracy=0.95,
                       max_wrong_speaker=0.03),
    # blind271: first measured P .970 R .862 F1 .912 (date .912, place .893, wrong speaker .023).
    "blind271": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.89, place_accuracy=0.86,
                       max_wrong_speaker=0.05),
    # blind272: first measured P .719 R .557 F1 .628 (date .963, place .528, wrong speaker .252).
    "blind272": Floors(precision=0.77, recall=0.60, f1=0.67, date_accuracy=0.94, place_accuracy=0.47,
                       max_wrong_speaker=0.21),
    # blind273: first measured P .978 R .893 F1 .934 (date .848, place .876, wrong speaker .021).
    "blind273": Floors(precision=0.95, recall=0.87, f1=0.91, date_accuracy=0.82, place_accuracy=0.84,
                       max_wrong_speaker=0.05),
    # blind274: first measured P .926 R .898 F1 .911 (date .839, place .718, wrong speaker .037).
    "blind274": Floors(precision=0.92, recall=0.88, f1=0.90, date_accuracy=0.82, place_accuracy=0.69,
                       max_wrong_speaker=0.05),
    # blind275: first measured P .963 R .921 F1 .941 (date .855, place .943, wrong speaker .030).
    "blind275": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.83, place_accuracy=0.91,
                       max_wrong_speaker=0.05),
    # blind276: first measured P .971 R .956 F1 .964 (date .994, place .852, wrong speaker .012).
    "blind276": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.97, place_accuracy=0.82,
                       max_wrong_speaker=0.04),
    # blind277: first measured P .971 R .910 F1 .940 (date .982, place .753, wrong speaker .022).
    "blind277": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.96, place_accuracy=0.72,
                       max_wrong_speaker=0.05),
    # blind278: first measured P .971 R .942 F1 .956 (date .980, place .990, wrong speaker .019).
    "blind278": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.96, place_accuracy=0.96,
                       max_wrong_speaker=0.04),
    # blind279: first measured P .918 R .872 F1 .894 (date .974, place .949, wrong speaker .070).
    "blind279": Floors(precision=0.93, recall=0.86, f1=0.90, date_accuracy=0.95, place_accuracy=0.91,
                       max_wrong_speaker=0.07),
    # blind280: first measured P .954 R .915 F1 .934 (date .976, place .909, wrong speaker .028).
    "blind280": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.95, place_accuracy=0.88,
                       max_wrong_speaker=0.05),
    # blind281: first measured P .963 R .961 F1 .962 (date .962, place .886, wrong speaker .025).
    "blind281": Floors(precision=0.94, recall=0.94, f1=0.94, date_accuracy=0.94, place_accuracy=0.85,
                       max_wrong_speaker=0.05),
    # blind282: first measured P .968 R .887 F1 .926 (date .633, place .927, wrong speaker .031).
    "blind282": Floors(precision=0.94, recall=0.86, f1=0.90, date_accuracy=0.82, place_accuracy=0.89,
                       max_wrong_speaker=0.06),
    # blind283: first measured P .793 R .676 F1 .730 (date .928, place .790, wrong speaker .181).
    "blind283": Floors(precision=0.88, recall=0.71, f1=0.79, date_accuracy=0.91, place_accuracy=0.78,
                       max_wrong_speaker=0.10),
    # blind284: first measured P 1.000 R .950 F1 .974 (date 1.000, place .814, wrong speaker .000).
    "blind284": Floors(precision=0.98, recall=0.93, f1=0.95, date_accuracy=0.98, place_accuracy=0.78,
                       max_wrong_speaker=0.02),
    # blind285: first measured P .913 R .875 F1 .893 (date .994, place .838, wrong speaker .062).
    "blind285": Floors(precision=0.89, recall=0.85, f1=0.87, date_accuracy=0.97, place_accuracy=0.80,
                       max_wrong_speaker=0.09),
    # blind286: first measured P .916 R .954 F1 .935 (date .983, place .902, wrong speaker .022).
    "blind286": Floors(precision=0.89, recall=0.93, f1=0.91, date_accuracy=0.96, place_accuracy=0.87,
                       max_wrong_speaker=0.05),
    # blind287: first measured P .972 R .908 F1 .939 (date .924, place .854, wrong speaker .016).
    "blind287": Floors(precision=0.95, recall=0.88, f1=0.91, date_accuracy=0.90, place_accuracy=0.82,
                       max_wrong_speaker=0.04),
    # blind288: first measured P .923 R .937 F1 .930 (date .963, place .696, wrong speaker .021).
    "blind288": Floors(precision=0.90, recall=0.91, f1=0.91, date_accuracy=0.94, place_accuracy=0.66,
                       max_wrong_speaker=0.05),
    # blind289: first measured P .940 R .859 F1 .898 (date .971, place .924, wrong speaker .059).
    "blind289": Floors(precision=0.92, recall=0.83, f1=0.87, date_accuracy=0.95, place_accuracy=0.89,
                       max_wrong_speaker=0.08),
    # blind290: first measured P .995 R .960 F1 .977 (date .995, place .952, wrong speaker .000).
    "blind290": Floors(precision=0.97, recall=0.94, f1=0.95, date_accuracy=0.97, place_accuracy=0.92,
                       max_wrong_speaker=0.02),
    # blind291: first measured P .903 R .890 F1 .896 (date .818, place .830, wrong speaker .085).
    "blind291": Floors(precision=0.96, recall=0.92, f1=0.94, date_accuracy=0.80, place_accuracy=0.81,
                       max_wrong_speaker=0.03),
    # blind292: first measured P .994 R .930 F1 .961 (date .937, place .981, wrong speaker .006).
    "blind292": Floors(precision=0.97, recall=0.91, f1=0.94, date_accuracy=0.91, place_accuracy=0.95,
                       max_wrong_speaker=0.03),
    # blind293: first measured P .977 R .868 F1 .919 (date .994, place .721, wrong speaker .021).
    "blind293": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.97, place_accuracy=0.72,
                       max_wrong_speaker=0.04),
    # blind294: first measured P .977 R .956 F1 .967 (date .995, place .949, wrong speaker .009).
    "blind294": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.97, place_accuracy=0.91,
                       max_wrong_speaker=0.03),
    # blind295: first measured P .982 R .870 F1 .923 (date .988, place .885, wrong speaker .017).
    "blind295": Floors(precision=0.96, recall=0.85, f1=0.90, date_accuracy=0.96, place_accuracy=0.85,
                       max_wrong_speaker=0.04),
    # blind296: first measured P .801 R .832 F1 .816 (date .979, place .862, wrong speaker .186).
    "blind296": Floors(precision=0.93, recall=0.92, f1=0.93, date_accuracy=0.89, place_accuracy=0.79,
                       max_wrong_speaker=0.06),
    # blind297: first measured P .917 R .878 F1 .897 (date .685, place .921, wrong speaker .076).
    "blind297": Floors(precision=0.89, recall=0.85, f1=0.87, date_accuracy=0.66, place_accuracy=0.89,
                       max_wrong_speaker=0.10),
    # blind298: first measured P .988 R .919 F1 .952 (date .988, place .731, wrong speaker .006).
    "blind298": Floors(precision=0.96, recall=0.90, f1=0.93, date_accuracy=0.96, place_accuracy=0.69,
                       max_wrong_speaker=0.03),
    # blind299: first measured P .842 R .768 F1 .803 (date .887, place .875, wrong speaker .146).
    "blind299": Floors(precision=0.88, recall=0.83, f1=0.86, date_accuracy=0.88, place_accuracy=0.86,
                       max_wrong_speaker=0.10),
    # blind300: first measured P .958 R .913 F1 .935 (date .962, place .975, wrong speaker .040).
    "blind300": Floors(precision=0.93, recall=0.89, f1=0.91, date_accuracy=0.94, place_accuracy=0.94,
                       max_wrong_speaker=0.06),
    # blind301: first measured P .965 R .919 F1 .941 (date .950, place .777, wrong speaker .034).
    "blind301": Floors(precision=0.94, recall=0.89, f1=0.92, date_accuracy=0.93, place_accuracy=0.74,
                       max_wrong_speaker=0.06),
    # blind302: first measured P .952 R .891 F1 .921 (date .956, place .656, wrong speaker .044).
    "blind302": Floors(precision=0.93, recall=0.87, f1=0.90, date_accuracy=0.93, place_accuracy=0.85,
                       max_wrong_speaker=0.07),
    # blind303: first measured P .781 R .780 F1 .780 (date .979, place .867, wrong speaker .171).
    "blind303": Floors(precision=0.86, recall=0.80, f1=0.83, date_accuracy=0.96, place_accuracy=0.74,
                       max_wrong_speaker=0.10),
    # blind304: first measured P .867 R .882 F1 .874 (date .993, place .740, wrong speaker .067).
    "blind304": Floors(precision=0.85, recall=0.87, f1=0.86, date_accuracy=0.97, place_accuracy=0.76,
                       max_wrong_speaker=0.08),
    # blind305: first measured P .978 R .969 F1 .974 (date 1.000, place .861, wrong speaker .000).
    "blind305": Floors(precision=0.95, recall=0.94, f1=0.95, date_accuracy=0.98, place_accuracy=0.83,
                       max_wrong_speaker=0.02),
    # blind306: first measured P .872 R .816 F1 .843 (date .917, place .583, wrong speaker .107).
    "blind306": Floors(precision=0.88, recall=0.81, f1=0.84, date_accuracy=0.90, place_accuracy=0.73,
                       max_wrong_speaker=0.09),
    # blind307: first measured P .901 R .828 F1 .863 (date .965, place .936, wrong speaker .093).
    "blind307": Floors(precision=0.92, recall=0.86, f1=0.89, date_accuracy=0.94, place_accuracy=0.90,
                       max_wrong_speaker=0.07),
    # blind308: first measured P .979 R .923 F1 .950 (date .866, place .674, wrong speaker .010).
    "blind308": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.84, place_accuracy=0.64,
                       max_wrong_speaker=0.03),
    # blind309: first measured P .936 R .841 F1 .886 (date .678, place .877, wrong speaker .032).
    "blind309": Floors(precision=0.91, recall=0.81, f1=0.86, date_accuracy=0.95, place_accuracy=0.85,
                       max_wrong_speaker=0.05),
    # blind310: first measured P .981 R .861 F1 .917 (date .928, place .829, wrong speaker .018).
    "blind310": Floors(precision=0.95, recall=0.83, f1=0.89, date_accuracy=0.90, place_accuracy=0.80,
                       max_wrong_speaker=0.04),
    # blind311: first measured P .903 R .786 F1 .841 (date .986, place .886, wrong speaker .095).
    "blind311": Floors(precision=0.95, recall=0.83, f1=0.89, date_accuracy=0.96, place_accuracy=0.92,
                       max_wrong_speaker=0.04),
    # blind312: first measured P .950 R .905 F1 .927 (date .947, place .818, wrong speaker .044).
    "blind312": Floors(precision=0.95, recall=0.92, f1=0.93, date_accuracy=0.96, place_accuracy=0.90,
                       max_wrong_speaker=0.04),
    # blind313: first measured P .988 R .957 F1 .972 (date .953, place .936, wrong speaker .011).
    "blind313": Floors(precision=0.96, recall=0.94, f1=0.95, date_accuracy=0.93, place_accuracy=0.91,
                       max_wrong_speaker=0.03),
    # blind314: first measured P .947 R .902 F1 .924 (date .876, place .893, wrong speaker .036).
    "blind314": Floors(precision=0.94, recall=0.91, f1=0.93, date_accuracy=0.94, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind315: first measured P .943 R .919 F1 .931 (date .951, place .478, wrong speaker .046).
    "blind315": Floors(precision=0.95, recall=0.93, f1=0.94, date_accuracy=0.93, place_accuracy=0.48,
                       max_wrong_speaker=0.02),
    # blind316: first measured P .989 R .917 F1 .952 (date .973, place .731, wrong speaker .000).
    "blind316": Floors(precision=0.97, recall=0.90, f1=0.93, date_accuracy=0.95, place_accuracy=0.78,
                       max_wrong_speaker=0.02),
    # blind317: first measured P .941 R .943 F1 .942 (date .898, place .915, wrong speaker .032).
    "blind317": Floors(precision=0.91, recall=0.91, f1=0.91, date_accuracy=0.97, place_accuracy=0.89,
                       max_wrong_speaker=0.05),
    # blind318: first measured P .946 R .860 F1 .901 (date .869, place .817, wrong speaker .054).
    "blind318": Floors(precision=0.97, recall=0.89, f1=0.93, date_accuracy=0.85, place_accuracy=0.80,
                       max_wrong_speaker=0.02),
    # blind319: first measured P .849 R .767 F1 .806 (date .539, place .489, wrong speaker .120).
    "blind319": Floors(precision=0.91, recall=0.86, f1=0.88, date_accuracy=0.92, place_accuracy=0.65,
                       max_wrong_speaker=0.06),
    # blind320: first measured P .831 R .773 F1 .801 (date .951, place .919, wrong speaker .149).
    "blind320": Floors(precision=0.93, recall=0.93, f1=0.93, date_accuracy=0.94, place_accuracy=0.91,
                       max_wrong_speaker=0.03),
    # blind321: first measured P .978 R .965 F1 .972 (date .967, place .912, wrong speaker .005).
    "blind321": Floors(precision=0.95, recall=0.94, f1=0.94, date_accuracy=0.94, place_accuracy=0.88,
                       max_wrong_speaker=0.02),
    # blind322: first measured P .944 R .839 F1 .889 (date .783, place .730, wrong speaker .036).
    "blind322": Floors(precision=0.93, recall=0.90, f1=0.91, date_accuracy=0.86, place_accuracy=0.72,
                       max_wrong_speaker=0.04),
    # blind323: first measured P .935 R .934 F1 .935 (date .979, place .814, wrong speaker .037).
    "blind323": Floors(precision=0.91, recall=0.94, f1=0.92, date_accuracy=0.96, place_accuracy=0.79,
                       max_wrong_speaker=0.06),
    # blind324: first measured P .854 R .867 F1 .860 (date 1.000, place .683, wrong speaker .126).
    "blind324": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.98, place_accuracy=0.69,
                       max_wrong_speaker=0.04),
    # blind325: first measured P .942 R .888 F1 .914 (date .834, place .669, wrong speaker .051).
    "blind325": Floors(precision=0.95, recall=0.90, f1=0.93, date_accuracy=0.78, place_accuracy=0.61,
                       max_wrong_speaker=0.03),
    # blind326: first measured P .935 R .783 F1 .852 (date .993, place .862, wrong speaker .045).
    "blind326": Floors(precision=0.92, recall=0.87, f1=0.89, date_accuracy=0.97, place_accuracy=0.78,
                       max_wrong_speaker=0.06),
    # blind327: first measured P .956 R .864 F1 .908 (date .954, place .888, wrong speaker .025).
    "blind327": Floors(precision=0.95, recall=0.92, f1=0.94, date_accuracy=0.98, place_accuracy=0.93,
                       max_wrong_speaker=0.03),
    # blind328: first measured P .981 R .965 F1 .973 (date .943, place .943, wrong speaker .009).
    "blind328": Floors(precision=0.96, recall=0.96, f1=0.96, date_accuracy=0.96, place_accuracy=0.91,
                       max_wrong_speaker=0.02),
    # blind329: first measured P .742 R .706 F1 .724 (date .631, place .645, wrong speaker .211).
    "blind329": Floors(precision=0.86, recall=0.77, f1=0.81, date_accuracy=0.93, place_accuracy=0.68,
                       max_wrong_speaker=0.08),
    # blind330: first measured P .963 R .760 F1 .850 (date .822, place .796, wrong speaker .035).
    "blind330": Floors(precision=0.96, recall=0.91, f1=0.94, date_accuracy=0.84, place_accuracy=0.70,
                       max_wrong_speaker=0.03),
    # blind331: first measured P .971 R .921 F1 .946 (date .982, place .667, wrong speaker .017).
    "blind331": Floors(precision=0.94, recall=0.89, f1=0.92, date_accuracy=0.96, place_accuracy=0.64,
                       max_wrong_speaker=0.04),
    # blind332: first measured P .737 R .650 F1 .691 (date .965, place .548, wrong speaker .253).
    "blind332": Floors(precision=0.85, recall=0.78, f1=0.82, date_accuracy=0.95, place_accuracy=0.64,
                       max_wrong_speaker=0.13),
    # blind333: first measured P .908 R .653 F1 .760 (date .922, place .836, wrong speaker .058).
    "blind333": Floors(precision=0.91, recall=0.85, f1=0.88, date_accuracy=0.91, place_accuracy=0.74,
                       max_wrong_speaker=0.05),
    # blind334: first measured P .919 R .870 F1 .894 (date .994, place .761, wrong speaker .064).
    "blind334": Floors(precision=0.89, recall=0.84, f1=0.86, date_accuracy=0.97, place_accuracy=0.73,
                       max_wrong_speaker=0.08),
    # blind335: first measured P .983 R .922 F1 .952 (date .937, place .863, wrong speaker .005).
    "blind335": Floors(precision=0.95, recall=0.89, f1=0.92, date_accuracy=0.91, place_accuracy=0.83,
                       max_wrong_speaker=0.02),
    # blind336: first measured P .942 R .874 F1 .907 (date .753, place .741, wrong speaker .040).
    "blind336": Floors(precision=0.91, recall=0.84, f1=0.88, date_accuracy=0.73, place_accuracy=0.71,
                       max_wrong_speaker=0.06),
    # blind337: first measured P .860 R .821 F1 .840 (date .986, place .649, wrong speaker .116).
    "blind337": Floors(precision=0.83, recall=0.79, f1=0.81, date_accuracy=0.96, place_accuracy=0.62,
                       max_wrong_speaker=0.14),
    # blind338: first measured P .845 R .894 F1 .869 (date .974, place .745, wrong speaker .133).
    "blind338": Floors(precision=0.82, recall=0.86, f1=0.84, date_accuracy=0.95, place_accuracy=0.72,
                       max_wrong_speaker=0.15),
    # blind339: first measured P .951 R .932 F1 .942 (date .955, place .807, wrong speaker .032).
    "blind339": Floors(precision=0.92, recall=0.90, f1=0.91, date_accuracy=0.93, place_accuracy=0.78,
                       max_wrong_speaker=0.05),
    # blind340: first measured P .812 R .726 F1 .766 (date .991, place .652, wrong speaker .180).
    "blind340": Floors(precision=0.78, recall=0.70, f1=0.74, date_accuracy=0.97, place_accuracy=0.62,
                       max_wrong_speaker=0.20),
    # blind341: first measured P .914 R .897 F1 .905 (date .926, place .804, wrong speaker .077).
    "blind341": Floors(precision=0.88, recall=0.87, f1=0.88, date_accuracy=0.90, place_accuracy=0.77,
                       max_wrong_speaker=0.10),
    # blind342: first measured P .915 R .899 F1 .907 (date .948, place .647, wrong speaker .036).
    "blind342": Floors(precision=0.89, recall=0.87, f1=0.88, date_accuracy=0.92, place_accuracy=0.62,
                       max_wrong_speaker=0.06),
    # blind343: first measured P .981 R .949 F1 .965 (date .955, place .716, wrong speaker .012).
    "blind343": Floors(precision=0.95, recall=0.92, f1=0.94, date_accuracy=0.93, place_accuracy=0.69,
                       max_wrong_speaker=0.03),
    # blind344: first measured P .975 R .929 F1 .951 (date .942, place .942, wrong speaker .018).
    "blind344": Floors(precision=0.94, recall=0.90, f1=0.92, date_accuracy=0.92, place_accuracy=0.91,
                       max_wrong_speaker=0.04),
    # blind345: first measured P .979 R .939 F1 .958 (date .913, place .875, wrong speaker .020).
    "blind345": Floors(precision=0.95, recall=0.91, f1=0.93, date_accuracy=0.89, place_accuracy=0.85,
                       max_wrong_speaker=0.04),
    # blind346: first measured P .850 R .804 F1 .827 (date .845, place .803, wrong speaker .117).
    "blind346": Floors(precision=0.92, recall=0.83, f1=0.87, date_accuracy=0.83, place_accuracy=0.71,
                       max_wrong_speaker=0.05),
    # blind347: first measured P .940 R .800 F1 .864 (date .929, place .984, wrong speaker .052).
    "blind347": Floors(precision=0.91, recall=0.82, f1=0.86, date_accuracy=0.95, place_accuracy=0.96,
                       max_wrong_speaker=0.07),
    # blind348: first measured P .709 R .787 F1 .746 (date .821, place .741, wrong speaker .147).
    "blind348": Floors(precision=0.74, recall=0.79, f1=0.77, date_accuracy=0.81, place_accuracy=0.72,
                       max_wrong_speaker=0.10),
}

# Checks a set failed when it was added, marked strict xfail for that set alone (a fix makes them fail
# until the entry goes): (test name, set) -> what fails.
KNOWN_FAILURES = {
    ("test_no_passage_in_page_furniture", "blind346"): (
        "the gold counts a congressman's closing bio line ('Rep. X represents Michigan in the U.S. House ...') as "
        "furniture; it is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind347"): (
        "an op-ed's standfirst under its headline ('Leaving hundreds of European citizens in Syrian camps is not a "
        "security policy. It is a gamble.') is kept as a passage"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind341"): (
        "'..., the Foreign Ministry said' in a Kyodo story from Tokyo is given to a bare 'Foreign Ministry', not to "
        "Japan's"
    ),
    ("test_no_passage_in_page_furniture", "blind340"): (
        "the gold counts an op-ed author's bio line under the byline ('X is a Saudi researcher ...') as furniture; it is "
        "kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind341"): (
        "the gold counts a correspondent's and an op-ed author's closing bio lines as furniture; they are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind342"): (
        "the gold counts a European Parliament release's deck quoting MEPs as furniture; it is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind343"): (
        "the gold counts a joint statement's closing line ('The Joint Statement was adopted in Moscow on ...') as "
        "furniture; it is kept as a passage"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind332"): (
        "'The Foreign Ministry also said ...' after 'Foreign Ministry spokesman X told reporters in Jakarta' is given to "
        "a bare 'Foreign Ministry', not to Indonesia's"
    ),
    ("test_no_passage_in_page_furniture", "blind332"): (
        "a news site's tip box ('Report it to us.', 'Thank you for your report!') and a release's 'Annex A: Background on "
        "...' heading are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind327"): (
        "the gold counts a council statement's narration ('At the end of its session, the Ministerial Council issued the "
        "following statement ...') and an op-ed author's closing bio line as furniture; both are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind329"): (
        "the gold counts an AIM lead paragraph ('Maputo, 20 Nov (AIM) - The Mozambican and Tanzanian police ...') as "
        "furniture, which stays a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind330"): (
        "the gold counts a press statement's narration ('The following Security Council press statement was issued "
        "today by ...') as furniture; it is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind325"): (
        "a press center's 'Announcements' under a transcript, one dated event a paragraph ('30 September. Round table "
        "\"Eurasian integration: first results\"'), is kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind316"): (
        "a hearing page's note on its transcript ('Transcript excerpt (unofficial, prepared by committee staff)') is kept "
        "as a passage"
    ),
    ("test_no_fact_in_page_furniture", "blind317"): (
        "the outlet's own note inside a press conference ('Pajhwok has been unable to independently verify ...') is kept "
        "as the last speaker's statement"
    ),
    ("test_no_passage_in_page_furniture", "blind317"): (
        "that note, a joint statement's sign-off ('Signed in Urumqi in four copies, ...') and a story's closing "
        "announcement ('The next meeting of the joint border commission will be held ...') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind306"): (
        "a speech's salutation and thanks ('Thank you, General.'), an interviewer's thanks and an op-ed's author note "
        "('Ms X is a former Kenyan ambassador to Ethiopia ...') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind307"): (
        "an ASEAN statement's adoption line ('ADOPTED in Clark, Pampanga, ...'), a briefing's greeting ('Good morning to "
        "our friends from the media.') and an interview's intro ('The Inquirer spoke with her last week ...') are kept "
        "as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind308"): (
        "a committee record's 'Members present:' and 'Witnesses:' lines, a joint statement's lead-in ('The following "
        "joint press statement was agreed ...'), an op-ed's author note and DW's 'Author X (dpa, AFP, Reuters)' are kept "
        "as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind311"): (
        "Kazinform's dateline with no dash ('ALMATY. KAZINFORM Terrorist groups ...') is kept in the first passage"
    ),
    ("test_no_passage_in_page_furniture", "blind6"): (
        "a factbox heading, a Hansard question number, credit and author lines ('(Reporting by ...; Editing by "
        "...)', 'The writer is ...', 'The interview was conducted by ...', live-page bylines), a police "
        "release's hotline paragraph and notes to editors, a views disclaimer and a subscription promo are kept "
        "as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind7"): (
        "a pull quote repeating an expert's words ('\"Repatriation is not a gift to terrorists.\" / — Name'), a photo "
        "caption read as the label 'Image:', a radio page's 'Further Information' link given to the presenter and a "
        "'Download Speech by Minister X (PDF)' link given to the minister are kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind8"): (
        "a related link, a deck under the headline, an interview's standfirst and the interviewee's bio line are "
        "kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind10"): (
        "a related-link headline ('N. Korea says it has \'no interest\' in summit with U.S.') is kept as a fact"
    ),
    ("test_no_passage_in_page_furniture", "blind10"): (
        "a press conference's chairperson line, a transcript's 'At the beginning of the press conference, X released "
        "the following information:', an agency's name line, a feedback prompt, a related-link headline and photo "
        "captions are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind7"): (
        "a pull quote, UN meeting numbers ('2nd & 3rd Meetings (AM & PM)'), notes for editors, download links, "
        "photo captions and credits ('Open this photo in gallery:', '(Reuters: Name)'), an op-ed's author note "
        "and a publisher's tagline are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind14"): (
        "a dateline '(ANTARA News) -', a photo caption, reader comments, a government site's reuse notice, a "
        "disclaimer, a link headline and an op-ed's author note are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind15"): (
        "a news service's about line, photo captions, a status footnote, a fundraising appeal, reader comments, "
        "unit names in a box, a notice, a committee's chairperson line and a presentation link are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind17"): (
        "a market-data notice, an outlet's about line, a photo caption, a membership appeal, a UN meeting line, a "
        "release's closing note and 'Minister X said:' introducer lines are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind24"): (
        "photo captions without a credit, a box heading ('European Counter Terrorism Centre (ECTC)', 'The Joint "
        "Counter-Terrorism Centre (GTAZ)') and a communique's title line are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind27"): (
        "a headline deck ('Russia's ambassador said ...'), a transcript's title line and a pull quote are kept as "
        "passages"
    ),
    ("test_no_passage_in_page_furniture", "blind21"): (
        "a sub-heading question ('Who are National Thowheed Jamath?') and a story's two-line deck are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind21"): (
        "'According to the Foreign Ministry' in a Kyodo story is given to 'Foreign Ministry', not the Japanese one"
    ),
    ("test_no_passage_in_page_furniture", "blind19"): (
        "a 'banned in Russia' footnote, photo captions, an 'Explained:' link and an interview's photo caption with "
        "its credit are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind31"): (
        "a footer address, the offices in a transcript's list of participants and a DW author line with its agencies "
        "are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind32"): (
        "agency photo captions ('ANKARA, TURKEY - FEBRUARY 14: ...'), an uncredited caption, an 'Explainer:' related "
        "link and a caption naming officials are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind34"): "'the foreign ministry' of a country named before is kept as its speaker",
    ("test_no_fact_in_page_furniture", "blind34"): (
        "a DW related link ('Terror attacks in EU doubled in 2017') and a CNN lead opening with '(CNN)' are kept "
        "as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind34"): (
        "market-data notices ('All quotes delayed ...'), photo captions and credits, a related link, a transcript's "
        "rush notice and a timestamped label are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind35"): "'the Foreign Ministry' of a country named before is kept as its speaker",
    ("test_no_passage_in_page_furniture", "blind35"): (
        "donation appeals, copyright and boilerplate lines, an 'Excerpts from ...' introducer, a story's bullet-point "
        "summary, a newsletter promo and photo captions are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind42"): "a 'public domain' notice is kept as a passage",
    ("test_no_passage_in_page_furniture", "blind43"): (
        "lead-in lines ('The following is attributable to Spokesperson X:', 'X said:'), a 'Delivered on:' line and a "
        "photo credit with its caption are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind44"): (
        "photo captions, a newsletter promo, a publisher's blurb and related-link headlines are kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind44"): (
        "decks, photo captions, a newsletter promo, author bios, a 'Source: This article was published by' line, an "
        "introducer and related-link headlines are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind47"): (
        "a Kremlin photo caption ('With President of Tajikistan X.') is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind62"): (
        "'Photo caption:' and 'Photo 1 of 5:' lines and an interview's headline quotation are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind63"): (
        "'Also speaking were ...', 'The meeting began at ... and ended at ...', '(The full text of ... appears below)', "
        "'Download: ...' and 'Read more about ... here.' lines and a funding note are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind65"): (
        "a donation appeal, a publisher's street address and an 'In Summary' box of bullets are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind68"): "a GOV.UK speech's summary line ('X sets out how ...') is kept as a fact",
    ("test_no_passage_in_page_furniture", "blind68"): (
        "a speech summary, a release's deck, numbered notes to editors, a correction note, a heading quotation, an e-mail "
        "alert widget and a roster line are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind211"): (
        "a photo caption without a verb, a blank line under its credit ('Special forces of the CIS member states during "
        "the active phase of the exercise ...'), is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind214"): (
        "a pointer to session recordings ('Recordings of all sessions are available on the UNOCT YouTube channel.') is "
        "kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind221"): (
        "a press centre's list of past events ('November 17, 2015 - The refugee crisis in Europe: what next?') is kept "
        "as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind224"): (
        "introducers ('The text of the conclusions:', 'The below is attributable to Spokesperson X:') and a related "
        "press release's title are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind237"): (
        "'According to the Executive Committee, ...' on a RATS page keeps the body's bare name; the page's fuller "
        "'RATS SCO Executive Committee' is not looked for"
    ),
    ("test_no_fact_in_page_furniture", "blind263"): (
        "a transcript's 'Participants: X, office; Y, office; Moderator: Z, office' header is kept as passages and "
        "a fact"
    ),
    ("test_no_passage_in_page_furniture", "blind263"): (
        "a transcript's 'Participants: X, office; Y, office; Moderator: Z, office' header is kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind261"): (
        "'the Executive Committee' of the RATS speaks on a page that names it in full only in its masthead and footer"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind238"): (
        "'..., the Foreign Ministry said in a written statement' on a Turkish outlet's page of Turkish-Chinese talks: "
        "the ministry is Turkey's only by the outlet's country, which the extractor does not use"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind242"): (
        "'..., the committee said in a statement' on an Interfax page that named the National Antiterrorism Committee "
        "only as 'the National Antiterrorism Committee (NAC) information center' and 'the NAC': the body is known by "
        "its acronym, which 'the committee' does not find"
    ),
    ("test_no_passage_in_page_furniture", "blind233"): (
        "a photo caption without a credit, a dated place line ('Beijing, 22 May 2018.') and an annex link are kept as "
        "passages"
    ),
    ("test_no_passage_in_page_furniture", "blind205"): (
        "a pointer to a resolution's text left out of the page ('The full text of resolution 2341 (2017) reads as follows: "
        "[...]') is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind70"): (
        "photo captions and credits, a comment prompt, a street address and a Malay download line are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind52"): (
        "reporting credits ('X reported from Brussels, and Y ...', 'X contributed reporting from Paris.'), related-link "
        "headlines, a print-edition note, an external-links disclaimer and a programme's promo are kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind52"): (
        "reporting credits, a live blog's byline, decks, related-link headlines, a translation note, a print-edition "
        "note, an external-links disclaimer, a time-zone note and a programme's promo are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind55"): "'the Foreign Ministry' of a country named before is kept as its speaker",
    ("test_no_passage_in_page_furniture", "blind55"): "a wire service's byline with its time is kept as a passage",
    ("test_no_fact_in_page_furniture", "blind58"): (
        "an op-ed's content-type notes ('Advocates for an idea ...', 'All opinions in this column reflect ...') are "
        "kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind58"): (
        "market-data notices ('All quotes delayed ...'), an op-ed's content-type notes and its author's bio are kept "
        "as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind76"): (
        "an embedded tweet is kept as a passage with its '(@handle) date' tail"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind82"): (
        "a lead's 'the foreign ministry said' becomes the body 'foreign ministry' instead of the ministry's spokesman "
        "quoted next"
    ),
    ("test_no_passage_in_page_furniture", "blind272"): (
        "a parliamentary record's own notes ('House of Commons Hansard Debates for 23 Mar 2016 (pt 0002)', 'The "
        "information shown is accurate as at ...', 'Ordered by the House of Commons to be published on ...', "
        "'QUESTION NO.1867 INDIA-UZBEKISTAN RELATIONS (July 27, 2018)') are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind273"): (
        "'The police said the attacks had been carried out by ...' on a TASS repost: the police of the country the "
        "story is about speak as 'Police'"
    ),
    ("test_no_fact_in_page_furniture", "blind275"): (
        "a speech page's closing note '(Ambassador X then answered questions from the audience.)' is read as a "
        "sentence, as a whole sentence in brackets can be ('(He said the talks would continue by video link.)')"
    ),
    ("test_no_passage_in_page_furniture", "blind275"): (
        "a speech page's closing note '(Ambassador X then answered questions from the audience.)' is kept as a passage"
    ),
    ("test_no_fact_in_page_furniture", "blind280"): (
        "a speech's greeting in the audience's language ('Choum reap suor!') is read as a sentence of the speech"
    ),
    ("test_no_passage_in_page_furniture", "blind280"): (
        "a speech's greetings ('Good morning!', 'Choum reap suor!') are kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind281"): (
        "'the deputy ministers' of a page naming two deputy foreign ministers speak as 'Deputy ministers'"
    ),
    ("test_no_passage_in_page_furniture", "blind281"): (
        "the UN site's slogan under its masthead ('Welcome to the United Nations. It's your world.') is kept as a passage"
    ),
    ("test_no_fact_in_page_furniture", "blind288"): (
        "photo captions of their own ('Elmira Tursunalieva during the interview.', 'President X speaks at the SCO "
        "summit in Qingdao.') read as short sentences of the story"
    ),
    ("test_no_passage_in_page_furniture", "blind288"): (
        "photo captions of their own ('Kazakh servicemen during the final stage of ...') are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind294"): (
        "an editor's note in brackets after a speech ('(The speaker is Vice Minister ... Subheads were added by "
        "China.org.cn.)') is taken as the speech's last paragraph"
    ),
    ("test_no_passage_in_page_furniture", "blind294"): (
        "the same bracketed editor's note after a speech is kept as a passage"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind297"): (
        "'The Foreign Ministry said last week' on a Jakarta Post page names the ministry without its country"
    ),
    ("test_no_passage_in_page_furniture", "blind298"): (
        "APA's run-in dateline and byline ('Beijing. Aytan Sharifova – APA. Political consultations ...') open the "
        "lead paragraph and are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind299"): (
        "a GOV.UK note to editors ('The workshop was funded by the UK's Conflict, Stability and Security Fund') is "
        "kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind302"): (
        "a dated related-link line ('23.04.2018   Statement of the MFA of the Kyrgyz Republic on ...') is kept as a "
        "passage"
    ),
    ("test_no_passage_in_page_furniture", "blind285"): (
        "a transcript's salutation line of its own ('Dear Mr. Minister, dear journalists,') is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind264"): (
        "a readout's lead-in ('The below is attributable to Spokesperson X:') is kept as a passage, since it gives "
        "the paragraphs under it their speaker"
    ),
    ("test_no_passage_in_page_furniture", "blind267"): (
        "a related link titled like a page of its own ('Remarks by EAM at the ... Business Council (January 2019)') "
        "is kept as a passage: a dated title that opens with 'Remarks', 'Statement' or 'Transcript' may be the "
        "page's own, whose date the statements take"
    ),
    ("test_no_passage_in_page_furniture", "blind89"): (
        "a readout's lead-in ('The below is attributable to Spokesperson X:') is kept as a passage, since it gives "
        "the paragraphs under it their speaker"
    ),
    ("test_no_passage_in_page_furniture", "blind96"): (
        "an INTERPOL release's deck ('Operation Tabak saw border checks at ...') and a report's title line with its "
        "acronym ('European Union Terrorism Situation and Trend Report (TE-SAT)') are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind97"): (
        "a programme's related episode ('Can Afghanistan's peace talks succeed?', one blank line below the 'More from' "
        "header) and a DW deck ('Austrian authorities say the gunman ...') are kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind97"): (
        "decks ('Officials say ...', 'Officials admit ...', 'Austrian authorities say ...'), a related episode and a VOA "
        "reporter's sign-off ('X, VOA News, Manila.') are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind100"): (
        "a MOFA transcript's '(Moderator) Time is up.', its closing thanks and a related statement's title are kept as "
        "facts"
    ),
    ("test_no_passage_in_page_furniture", "blind100"): (
        "an RNZ intro ('He spoke to Morning Report's X.'), a MOFA transcript's moderator line, closing thanks and a "
        "related statement's title are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind111"): (
        "an EL PAIS subheading put as a question ('Who was the imam of Ripoll?') and a DW photo caption are kept as "
        "passages"
    ),
    ("test_no_passage_in_page_furniture", "blind112"): (
        "the second line of the OAS postal address ('17th Street and Constitution Ave., N.W.') and a reader's comment "
        "are kept as passages"
    ),
    ("test_no_fact_in_page_furniture", "blind113"): (
        "an Interfax related-links box of 'Office: \"quotation\"' headlines is kept as facts"
    ),
    ("test_no_passage_in_page_furniture", "blind113"): (
        "an interview's credit inside its lede ('Interviewed by Interfax correspondent X'), a related-links box of "
        "'Office: \"quotation\"' headlines and a Kremlin lead-in ('The message reads, in part:') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind114"): (
        "a RUSI speakers list, a CSIS series note and an IISS author's bio ('X is Research Fellow for ...') are kept as "
        "passages"
    ),
    ("test_no_fact_in_page_furniture", "blind130"): (
        "the agency tag '(PNA)' labelled as furniture also stands inside a sentence ('told the Philippine News Agency (PNA) "
        "in a phone interview'), which the check cannot tell from the tag"
    ),
    ("test_no_passage_in_page_furniture", "blind130"): (
        "the agency tag '(PNA)' labelled as furniture also stands inside a sentence ('told the Philippine News Agency (PNA) "
        "in a phone interview'), which the check cannot tell from the tag"
    ),
    ("test_no_fact_in_page_furniture", "blind86"): (
        "a mission page's related link ('» India's Statement at the UNSC Open Debate on Working Methods') is kept as a "
        "fact"
    ),
    ("test_no_passage_in_page_furniture", "blind86"): (
        "a mission page's related links ('» India's Statement at ...', a 'Statement by ...' link over 150 characters "
        "under 'Other statements on this topic:') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind142"): (
        "that related-link headline and a joint press release's lead-in ('After the consultation, the two sides issued "
        "a joint press release ...') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind145"): (
        "uncredited photo captions ('Participants at the opening of ...', 'Members of the Security Council meet with "
        "...', 'Under-Secretary-General X and Deputy Minister Y ...') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind146"): (
        "an interpreter's apology inside a transcript ('The interpreter apologizes; ...') is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind148"): (
        "a podcast's credits ('Hosted by X.', 'Produced by Y.', 'Music by Z.') and a panel page's 'Location: ...' line "
        "are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind149"): (
        "a declaration's title line ('Declaration of the Collective Security Council of the CSTO (...)') is kept as a "
        "passage"
    ),
    ("test_no_passage_in_page_furniture", "blind152"): (
        "a correspondent's bio, an audio link ('Listen to X speaking to RNZ Pacific (4 min)'), uncredited photo captions "
        "and a release's introducer ('Quotes attributable to ...') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind154"): (
        "DW's author lines with their agencies ('Author X (dpa, AFP, Reuters)') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind155"): (
        "an agency photo caption ('GABALA, AZERBAIJAN - JUNE 5: ...') and a transcript's introducer ('Transcript of the "
        "joint press conference:') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind169"): (
        "a mission page's links to other remarks under the speech ('Remarks by Ambassador X at the Security Council "
        "Briefing on ... (2016/04/14)') are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind170"): (
        "a release's sign-off address ('President's Media Division, Presidential Secretariat, Galle Face, Colombo 01') "
        "is kept as a passage"
    ),
    ("test_no_fact_in_page_furniture", "blind173"): (
        "a signed article's closing note on its author ('X is the Ambassador of the People's Republic of China to ...') "
        "is kept as the author's statement"
    ),
    ("test_no_passage_in_page_furniture", "blind173"): (
        "the same author's note, and 'The transcript is as follows:' closing a lead paragraph, are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind178"): (
        "the same Hansard list of members is kept as a passage"
    ),
    ("test_no_fact_in_page_furniture", "blind183"): (
        "a related link under an interview ('Press Release on the visit of the President of Russia to India') is read "
        "as a statement"
    ),
    ("test_no_passage_in_page_furniture", "blind183"): (
        "the same related link is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind188"): (
        "photo captions ('Kirsten Mahuika at the Élysée Palace with the French President ...'), a programme's link "
        "('Solomon Islands PM farewells RAMSI (Pacific Beat)') and a venue note are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind189"): (
        "a related link that asks a question ('Colombia Hezbollah designation: what changes?') is kept as a passage"
    ),
    ("test_no_passage_in_page_furniture", "blind191"): (
        "related links ('Terrorism Convictions Monitor published (19 November 2019)', 'Commissioner hopefuls face new "
        "hearings (Oct 14)') and a 'Read more about ...' line are kept as passages"
    ),
    ("test_no_passage_in_page_furniture", "blind194"): (
        "photo captions that are sentences ('Agus Hendrawan Sitompul at the BNPT headquarters in Sentul, ...') are "
        "kept as passages"
    ),
    ("test_no_pronoun_or_generic_speaker", "blind195"): (
        "'according to the foreign ministry' on a Seoul page names the ministry without its country"
    ),
    ("test_no_passage_in_page_furniture", "blind161"): (
        "an advertisement between paragraphs ('Do you want to become a certified digital marketer?' / 'Enrol today.') "
        "reads as two sentences of prose"
    ),
}

SETS = {"seeds": ROOT / "seeds", **{name: ROOT / "tests" / name for name in FLOORS if name != "seeds"}}

# A speaker must be a name or a named body, never a pronoun or a bare description of a person.
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "one", "his", "their"}
_GENERIC_RE = re.compile(
    r"^(?:(?:a|an|the|one of the|some|several|two|other)\s+)?"
    r"(?:(?:senior|top|chief|government|military|security|foreign|local|western|unnamed|anonymous|"
    r"deputy|vice|executive|police|official|ministry)\s+)*"
    r"(?:officials?|sources?|ministers?|spokes(?:man|woman|person|people)|ambassadors?|presidents?|"
    r"analysts?|experts?|observers?|diplomats?|reporters?|journalists?|secretary|chairman|director|"
    r"envoys?|organi[sz]ers|committee|ministry|agency|authorities|government|police|media|people|"
    r"residents|witnesses|insiders|figures|statistics|reports?)$"
)


def _generic(speaker: str) -> bool:
    name = normalise_name(speaker)
    pronoun = name in _PRONOUNS and not (len(speaker) > 1 and speaker.isupper())  # "US" is a country, not "us"
    return not name or pronoun or bool(_GENERIC_RE.match(name))


def _furniture_spans(gold: Gold, doc_id: str, text: str) -> list[tuple[int, int]]:
    """Where a document's furniture snippets stand. A snippet that is a whole line somewhere (a masthead "BBC")
    counts only where it is a whole line, not inside prose that names it ("told the BBC")."""
    spans = []
    for snippet in gold.furniture.get(doc_id, []):
        found = []
        start = text.find(snippet)
        while start >= 0:
            found.append((start, start + len(snippet)))
            start = text.find(snippet, start + 1)
        lines = [(a, b) for a, b in found if _whole_line(text, a, b)]
        spans += lines or found
    return spans


def _whole_line(text: str, start: int, end: int) -> bool:
    return text[text.rfind("\n", 0, start) + 1:start].strip() == "" and \
        text[end:(text.find("\n", end) + 1 or len(text) + 1) - 1].strip() == ""


def _expect_known_failure(request: pytest.FixtureRequest, name: str) -> None:
    reason = KNOWN_FAILURES.get((request.node.originalname, name))
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


def _check(scores: Scores, floors: Floors) -> list[str]:
    checks = [
        ("precision", scores.precision, floors.precision),
        ("recall", scores.recall, floors.recall),
        ("F1", scores.f1, floors.f1),
        ("date accuracy", scores.date_accuracy, floors.date_accuracy),
        ("place accuracy", scores.place_accuracy, floors.place_accuracy),
    ]
    failures = [f"{name} {got:.3f} < floor {want:.3f}" for name, got, want in checks if got < want]
    if scores.wrong_speaker_rate > floors.max_wrong_speaker:
        failures.append(f"wrong speaker {scores.wrong_speaker_rate:.3f} > {floors.max_wrong_speaker:.3f}")
    return failures


@pytest.fixture(scope="module", params=sorted(FLOORS))
def case(request) -> tuple[str, FactTable, Gold, Floors]:
    """One labelled set: its name, the real ingest of its folder, its gold and its floors."""
    name = request.param
    table = ingest_paths([SETS[name]]).table
    return name, table, load_gold(GOLD_DIR / f"{name}.yaml"), FLOORS[name]


def test_attribution_date_and_place_reach_the_floors(case) -> None:
    name, table, gold, floors = case
    scores = score(table, gold)
    failures = _check(scores, floors)
    assert not failures, f"{name}: " + "; ".join(failures) + "\n\n" + report(scores)


def test_every_gold_document_is_ingested(case) -> None:
    _, table, gold, _ = case
    assert not score(table, gold).missing_documents


def test_every_quote_is_an_exact_span_of_its_document(case) -> None:
    _, table, _, _ = case
    bad = [f for f in table.facts if (doc := table.document(f.document)) is None
           or doc.text[f.start:f.end] != f.quote]
    assert not bad, [f"{f.document}: {f.quote[:60]!r}" for f in bad[:10]]


def test_no_pronoun_or_generic_speaker(case, request: pytest.FixtureRequest) -> None:
    name, table, gold, _ = case
    _expect_known_failure(request, name)
    labelled = {normalise_name(s.speaker) for s in gold.statements}  # an outlet called "The Diplomat" is no generic
    bad = sorted({f.speaker for f in table.facts if _generic(f.speaker) and normalise_name(f.speaker) not in labelled})
    assert not bad, f"generic or pronoun speakers: {bad}"


def test_no_fact_in_page_furniture(case, request: pytest.FixtureRequest) -> None:
    name, table, gold, _ = case
    _expect_known_failure(request, name)
    hits = []
    for doc in table.documents:
        spans = _furniture_spans(gold, doc.id, doc.text)
        hits += [f"{doc.id}: {f.quote[:60]!r}" for f in table.facts
                 if f.document == doc.id and any(f.start < b and a < f.end for a, b in spans)]
    assert not hits, "\n".join(hits[:20])


def test_no_passage_in_page_furniture(case, request: pytest.FixtureRequest) -> None:
    name, table, gold, _ = case
    _expect_known_failure(request, name)
    hits = []
    for doc in table.documents:
        spans = _furniture_spans(gold, doc.id, doc.text)
        hits += [f"{doc.id}: {doc.text[a:b][:60]!r}" for a, b in doc.passages
                 if any(a < y and x < b for x, y in spans)]
    assert not hits, "\n".join(hits[:20])


def test_no_fact_runs_over_more_than_a_paragraph(case) -> None:
    _, table, _, _ = case
    long = [f"{f.document}: {f.quote[:60]!r}" for f in table.facts if "\n\n" in f.quote.strip()]
    assert not long, long[:10]


@pytest.mark.parametrize(
    ("speaker", "generic"),
    [("he", True), ("The official", True), ("sources", True), ("the minister", True),
     ("Senior officials", True), ("They", True), ("I", True), ("Zhao Min", False), ("participants", False),
     ("SCO leaders", False),
     ("State Committee for National Security", False), ("BBC", False)],
)
def test_generic_speaker_check(speaker: str, generic: bool) -> None:
    assert _generic(speaker) is generic
