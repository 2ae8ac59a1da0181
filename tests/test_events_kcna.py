"""KCNA dispatches: who is meant in greetings and praise (docs/kcna-report.md)."""

from __future__ import annotations

import pytest


def test_events_a_greeting_and_its_answer_stay_two_acts(run_extract):
    text = ("Pyongyang, August 11 (KCNA) -- The DPRK ambassador to Equatorial Guinea paid a farewell call on the "
            "president of the Republic of Equatorial Guinea on August 8.\n"
            "Ambassador Tong Chol Ho courteously conveyed the greetings from Kim Jong Un to President Obiang "
            "Nguema Mbasogo.\nThe president expressed deep thanks for it.")
    out = run_extract(text, published="2024-08-11", source="KCNA")
    conveyed = [e for e in out["events"] if e["trigger"] == "conveyed"]
    assert conveyed and conveyed[0]["actors"] == ["per:tong-chol-ho"], out["events"]
    assert conveyed[0]["recipients"] == ["per:obiang-nguema-mbasogo"], out["events"]


def _own_people_examples():
    from dateline.datafiles import read_data

    return read_data("events/own_people.yaml")["examples"]


@pytest.mark.parametrize("case", _own_people_examples(), ids=lambda c: c["text"][:40])
def test_events_own_people_example(run_extract, case):
    out = run_extract(case["text"], published="2024-10-25", source="KCNA")
    told = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert told and set(case["recipients"]) <= set(told[0]["recipients"]), out["events"]
    assert not any(r.startswith("PRK") for r in told[0]["recipients"]) or case["recipients"][0].startswith("PRK")


def test_events_two_people_congratulating_the_same_people_are_two_acts(run_extract):
    text = ("Pyongyang, July 28 (KCNA) -- A celebration took place in Pyongyang on July 27.\n"
            "Kim Jong Un extended warm congratulations to the war veterans.\n"
            "Choe Ryong Hae warmly congratulated the war veterans.")
    out = run_extract(text, published="2024-07-28", source="KCNA")
    support = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert sorted(tuple(e["actors"]) for e in support) == [("choe-ryong-hae",), ("kim-jong-un",)], support


#: a speaker's deictic day counts from the speech, not the dispatch: it neither sets the story's day
#: nor dates the speech's events by the dispatch ("two days ago" in a speech of October 17 reported on
#: the 18th; "even if a war breaks out at once today", said at the inspection of September 11)
SPEAKERS_DEIXIS = [
    ("Pyongyang, October 18 (KCNA) -- Kim Jong Un inspected the headquarters of the 2nd Corps of the Korean "
     "People's Army on October 17.\n"
     "He said: We completely blocked the roads linked to the territory of the ROK two days ago.\n"
     "He stressed the need to bolster the war deterrent.", "2024-10-18", "2024-10-17"),
    ("Pyongyang, September 13 (KCNA) -- Kim Jong Un inspected an air force unit on September 11.\n"
     "He said that as seen in today's training, the soldiers should be ready to repel the enemy at once.\n"
     "He stressed the need to intensify the drills.", "2024-09-13", "2024-09-11"),
]


@pytest.mark.parametrize("text,published,day", SPEAKERS_DEIXIS)
def test_events_a_speakers_deictic_day_belongs_to_the_speech(run_extract, text, published, day):
    out = run_extract(text, published=published, source="KCNA")
    stressed = [e for e in out["events"] if e["trigger"] == "stressed"]
    assert stressed and stressed[0]["date"]["value"] == day, out["events"]


def test_events_a_weekday_after_a_future_title_is_the_last_one(run_extract):
    text = ("Pyongyang, July 13 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK issued the following press "
            "statement under the title \"We will deter the looming threat\" on Friday:\n"
            "We solemnly warn the U.S. of the consequences.")
    out = run_extract(text, published="2024-07-13", source="KCNA")
    dates = {e["trigger"]: e["date"]["value"] for e in out["events"]}
    assert dates.get("issued") == "2024-07-12" and dates.get("warn") == "2024-07-12", out["events"]


def test_events_an_unresolved_they_is_no_event_of_no_one(run_extract):
    out = run_extract("Pyongyang, November 4 (KCNA) -- A rally took place in Seoul on November 2.\n"
                      "They accused the Yoon group of trying to unleash a war.", published="2024-11-04", source="KCNA")
    assert not [e for e in out["events"] if e["trigger"] == "accused" and not e["actors"]], out["events"]


def _owned_examples():
    from dateline.datafiles import read_data

    return read_data("events/owned_things.yaml")["examples"]


@pytest.mark.parametrize("case", _owned_examples(), ids=lambda c: c["owner"])
def test_events_an_owner_of_a_thing_is_no_guessed_recipient(run_extract, case):
    out = run_extract(case["text"], published="2024-11-03", source="KCNA")
    assert out["events"] and not any(case["owner"] in e["recipients"] for e in out["events"]), out["events"]


@pytest.mark.parametrize("you", ["you", "Your Excellency"])
def test_events_you_in_a_message_is_its_addressee(run_extract, you):
    text = ("Pyongyang, November 3 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, sent a reply "
            "message to Bashar Al-Assad, president of the Syrian Arab Republic, on Nov. 1.\nThe message said:\n"
            f"I express my deep thanks to {you} for sending warm congratulations on the occasion of the 79th founding "
            "anniversary of the Workers' Party of Korea.")
    out = run_extract(text, published="2024-11-03", source="KCNA")
    thanks = [e for e in out["events"] if e["trigger"] == "express"]
    assert thanks and thanks[0]["actors"] == ["kim-jong-un"] and thanks[0]["recipients"] == ["bashar-al-assad"], out


def test_events_arriving_at_a_venue_is_no_visit_to_a_guessed_host(run_extract):
    out = run_extract("When Kim Jong Un arrived at the venue, all the participants greeted the general secretary of "
                      "the Workers' Party of Korea.", published="2024-10-11", source="KCNA")
    assert not [e for e in out["events"] if e["trigger"] == "arrived"], out["events"]
    visit = run_extract("Vladimir Putin arrived in Pyongyang on Wednesday.", published="2024-06-20")
    assert [e["recipients"] for e in visit["events"] if e["trigger"] == "arrived"] == [["PRK"]], visit["events"]


@pytest.mark.parametrize("text", [
    "Pyongyang, August 4 (KCNA) -- A ceremony took place in Pyongyang on August 3.\n"
    "The ceremony was attended by leading officials of the Party, the government and the military.",
    "Pyongyang, August 3 (KCNA) -- Officials and young people attended the meetings held in Pyongyang."])
def test_events_a_countrys_own_ceremony_attended_is_no_meeting(run_extract, text):
    out = run_extract(text, published="2024-08-26", source="KCNA")
    assert not [e for e in out["events"] if e["trigger"] == "attended"], out["events"]


def test_events_a_foreign_party_attending_still_meets(run_extract):
    out = run_extract("Pyongyang, August 4 (KCNA) -- The ceremony was attended by the Russian ambassador and "
                      "Choe Ryong Hae on August 3.", published="2024-08-04", source="KCNA")
    assert [e for e in out["events"] if e["trigger"] == "attended"], out["events"]


def test_events_a_time_after_the_later_of_two_verbs_dates_both(run_extract):
    out = run_extract("Kim Jong Un visited the Central Cadres Training School of the WPK and gave a lecture before "
                      "its teaching staff and students on October 17, 2022.", published="2024-10-08")
    visits = [e for e in out["events"] if e["type"] == "CONSULT"]
    assert visits and visits[0]["date"]["value"] == "2022-10-17", visits
    assert visits[0]["date"]["basis"] == "coordination"


@pytest.mark.parametrize("text, day", [
    ("Pyongyang, September 13 (KCNA) -- Choe Ryong Hae met and had a talk with a visiting group of Koreans in Japan "
     "led by its chairman at the Mansudae Assembly Hall on September 12.", "2024-09-12"),
    ("Pyongyang, September 10 (KCNA) -- Kim Jong Un met and congratulated the leading cadres of the Party and the "
     "government on the national day of September 9.", "2024-09-09")])
def test_events_a_time_inside_the_later_verbs_phrase_dates_both(run_extract, text, day):
    out = run_extract(text, published=day[:8] + "%02d" % (int(day[8:]) + 1), source="KCNA")
    met = [e for e in out["events"] if e["trigger"] == "met"]
    assert met and met[0]["date"]["value"] == day, out["events"]


def test_events_a_later_verbs_own_clause_keeps_its_time(run_extract):
    out = run_extract("Pyongyang, September 13 (KCNA) -- Choe Ryong Hae met and had a talk with a visiting group "
                      "which arrived in Pyongyang on September 10.", published="2024-09-13", source="KCNA")
    # one meeting ("met and had a talk"); a guessed recipient from the relative clause (Pyongyang) is no more
    met = [e for e in out["events"] if e["type"] == "CONSULT"]
    assert len(met) == 1 and met[0]["date"]["value"] != "2024-09-10", out["events"]


def test_events_you_in_a_reply_received_is_its_receiver(run_extract):
    text = ("Kim Jong Un, general secretary of the Workers' Party of Korea, received a reply message from Xi Jinping, "
            "president of the People's Republic of China, on October 16.\n\nThe message reads:\n\n"
            "I express my heartfelt thanks to you for sending a message of greeting on the anniversary.")
    out = run_extract(text, published="2024-10-20")
    thanks = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert thanks and thanks[0]["actors"] == ["xi-jinping"] and thanks[0]["recipients"] == ["kim-jong-un"], thanks


def test_events_a_day_beside_a_nominal_event_dates_it(run_extract):
    """ "inspected the base to guide the drill of combatants on September 11": the day hangs from "guide",
    which is no event of its own; the drill it takes is dated by it."""
    text = ("Pyongyang, September 13 (KCNA) -- Kim Jong Un inspected a training base of the Korean People's Army "
            "to guide the drill of combatants on September 11.")
    out = run_extract(text, published="2024-09-13", source="KCNA")
    drill = [e for e in out["events"] if e["trigger"] == "drill"]
    assert drill and (drill[0]["date"]["value"], drill[0]["date"]["basis"]) == ("2024-09-11", "time_expression")


def test_events_a_paper_named_before_its_weekday_is_the_subject(run_extract):
    # "Rodong Sinmun Monday editorially calls for ...": the weekday is no subject; the paper is, and a
    # paper exhorting its readers is no event, whatever body it names on the way
    text = ("Pyongyang, September 9 (KCNA) -- Rodong Sinmun Monday editorially calls for ushering in a new era "
            "with which all people are in unity with the Central Committee of the Workers' Party of Korea.")
    out = run_extract(text, published="2024-09-09", source="KCNA")
    assert not [e for e in out["events"] if e["trigger"] == "calls"], out["events"]
    text = "Pyongyang, October 26 (KCNA) -- The Foreign Ministry of the DPRK Saturday released a press statement."
    out = run_extract(text, published="2024-10-26", source="KCNA")
    released = [e for e in out["events"] if e["trigger"] == "released"]
    assert released and released[0]["actors"] == ["prk-mfa"], out["events"]


def test_events_condolences_go_to_the_country_of_the_dead(run_extract):
    text = ("Pyongyang, July 26 (KCNA) -- Kim Jong Un sent a wreath to the bier of Nguyen Phu Trong, general "
            "secretary of the Central Committee of the Communist Party of Vietnam, expressing deep condolences "
            "over his death.")
    out = run_extract(text, published="2024-07-26", source="KCNA")
    told = [e for e in out["events"] if e["cameo"] == "018"]
    assert told and told[0]["actors"] == ["kim-jong-un"] and told[0]["recipients"] == ["VNM"], out["events"]
    text = ("Pyongyang, July 26 (KCNA) -- Kim Jong Un sent a wreath to the Vietnamese embassy here on Thursday, "
            "expressing deep condolences.")
    out = run_extract(text, published="2024-07-26", source="KCNA")
    told = [e for e in out["events"] if e["cameo"] == "018"]
    assert told and {r.split("-")[0] for r in told[0]["recipients"]} == {"VNM"}, out["events"]


def test_events_an_office_of_an_unknown_national_party_is_that_party(run_extract):
    # an unknown party of a known country is an unknown actor of that country (PTY), and support for
    # "the Korean people's anti-U.S. struggle" goes to the Korean people (KCNA: North Korea's), not the U.S.
    text = ("Pyongyang, July 28 (KCNA) -- The general secretary of the Serbian Communist Party said on Saturday "
            "that they fully support the Korean people's anti-imperialist, anti-U.S. struggle.")
    out = run_extract(text, published="2024-07-28", source="KCNA")
    told = [e for e in out["events"] if e["trigger"] == "support"]
    assert told, out["events"]
    party = next(a for a in out["actors"] if a["id"] == told[0]["actors"][0])
    assert (party["name"], party["country"], party["sector"]) == ("Serbian Communist Party", "SRB", "PTY")
    assert told[0]["recipients"] and all(r.startswith("PRK") for r in told[0]["recipients"]), out["events"]


def test_events_a_message_from_a_capital_is_sent_by_its_government(run_extract):
    text = ("Pyongyang, August 4 (KCNA) -- The message of sympathy from Moscow was conveyed to the Foreign Ministry "
            "of the DPRK through the Russian embassy in Pyongyang on the evening of August 3.")
    out = run_extract(text, published="2024-08-04", source="KCNA")
    told = [e for e in out["events"] if e["trigger"] == "conveyed"]
    assert told and told[0]["actors"] == ["RUS"] and told[0]["recipients"] == ["prk-mfa"], out["events"]


def test_actors_a_headline_verb_phrase_is_no_name(run_extract):
    out = run_extract("Pyongyang, September 10 (KCNA) -- Kim Jong Un met the cadres on Monday.",
                      title="Kim Jong Un Meets Cadres, Congratulates Them on National Day",
                      published="2024-09-10", source="KCNA")
    assert not [a for a in out["actors"] if "Congratulates" in a["name"]], out["actors"]


def test_actors_an_unknown_party_of_a_country_is_that_countrys(run_extract):
    out = run_extract("The New Communist Party of Britain in a statement stressed on Monday that the cause is just.",
                      published="2024-10-20", source="KCNA")
    party = [a for a in out["actors"] if a["name"] == "New Communist Party of Britain"]
    assert party and (party[0]["country"], party[0]["sector"]) == ("GBR", "PTY"), out["actors"]


def test_actors_a_juche_year_is_no_name(run_extract):
    out = run_extract("During his visit to the mill on July 30, Juche 98 (2009), Kim Jong Il met the workers.",
                      published="2024-10-20", source="KCNA")
    assert not [a for a in out["actors"] if a["name"].startswith("Juche")], out["actors"]


def test_events_headline_takes_the_day_of_its_lead(run_extract):
    """A headline names by country the one the lead names by an unknown name; one act, the lead's day."""
    text = ("Pyongyang, March 5 (KCNA) -- Kim Jong Un, president of the State Affairs of the DPRK, sent a "
            "congratulatory message to Phan Van Tuan, president of the Socialist Republic of Vietnam, on March 4.")
    out = run_extract(text, published="2024-03-05", source="KCNA",
                      title="Kim Jong Un Sends Congratulations to Vietnamese President")
    support = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert len(support) == 1 and len(support[0]["evidence"]) == 2, out["events"]
    assert (support[0]["date"]["value"], support[0]["date"]["basis"]) == ("2024-03-04", "time_expression")


def test_events_a_mention_in_passing_does_not_date_the_told_act(run_extract):
    """The statement's own "denounces" (the story's Monday) and its title's merge; the drills' days, told
    before it, do not date it."""
    text = ('Pyongyang, March 11 (KCNA) -- Ri Chol Su, vice-minister of Foreign Affairs of the DPRK, Monday issued '
            'the following press statement "The DPRK denounces the reckless drills of the U.S.":\n'
            'The U.S. and the ROK staged combined air drills on March 4-7.\n'
            'The DPRK strongly denounces the reckless drills of the U.S. and the ROK.')
    out = run_extract(text, published="2024-03-11", source="KCNA")
    accuse = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["date"]["value"] == "2024-03-11", out["events"]


def test_events_officials_titled_by_a_north_korean_body_attending_are_no_meeting(run_extract):
    # names the gazetteer lacks take the country of the body their title is "of" (the WPK's: PRK), or
    # the article's one country for a named body of none; the names hung on the verb after a
    # description are in the list; and a name running on ("Jo Myong Chan") is no shorter known one
    text = ("Pyongyang, May 3 (KCNA) -- A ceremony for moving into new flats was attended by Ri Chol Bom and "
            "Choe Myong Su, secretaries of the North Phyongan Provincial Committee of the Workers' Party of Korea, "
            "Kim Song Chan and Pang Un Hui, vice-chairmen of the Provincial People's Committee and officials "
            "and farmers of the county.")
    out = run_extract(text, published="2024-05-03", source="KCNA")
    assert not [e for e in out["events"] if e["trigger"] == "attended"], out["events"]
    people = {a["name"]: a["country"] for a in out["actors"] if a["kind"] == "person"}
    assert people == {"Ri Chol Bom": "PRK", "Choe Myong Su": "PRK", "Kim Song Chan": "PRK", "Pang Un Hui": "PRK"}


def test_events_an_anti_adjective_names_the_enemy_not_the_people(run_extract):
    text = ("Pyongyang, May 3 (KCNA) -- Officials of the Kimchaek Steel Complex met at a memorial site on May 2 "
            "to hear the stories of anti-Japanese fighters.")
    out = run_extract(text, published="2024-05-03", source="KCNA")
    assert not [e for e in out["events"] if any(r.startswith("JPN") for r in e["recipients"])], out["events"]
    rally = run_extract("Students of the city held an anti-U.S. rally on May 2.", published="2024-05-03",
                        source="KCNA")
    assert [e for e in rally["events"] if e["recipients"] == ["USA"]], rally["events"]  # a thing's target stays


def test_events_a_regiment_of_party_members_is_no_army(run_extract):
    text = ("Pyongyang, May 3 (KCNA) -- The Wonsan City Regiment of Party Members intensified the guidance and "
            "cooperation to build every house in conformity with the standards.")
    out = run_extract(text, published="2024-05-03", source="KCNA")
    assert not [e for e in out["events"] if any("MIL" in a for a in e["actors"])], out["events"]
    assert not [e for e in out["events"] if e["type"] == "COOPERATE"], out["events"]  # no partner: its own work
    joint = run_extract("Pyongyang, May 3 (KCNA) -- We will develop the bilateral cooperation with you.",
                        published="2024-05-03", source="KCNA")
    assert [e for e in joint["events"] if e["type"] == "COOPERATE"], joint["events"]


def test_events_a_country_describing_the_object_is_not_the_subjects(run_extract):
    text = ("Pyongyang, May 3 (KCNA) -- The resistance forces conducted attacks to shoot down an MQ-9 Reaper, "
            "the drone the U.S. boasts of, on Tuesday.")
    out = run_extract(text, published="2024-05-03", source="KCNA")
    assert not [e for e in out["events"] if any(a.startswith("USA") for a in e["actors"])], out["events"]


def test_events_a_rally_staged_in_a_city_is_its_peoples_whatever_its_target(run_extract):
    text = ("Pyongyang, May 5 (KCNA) -- A mass rally was staged in Busan on May 4 with the participation of "
            "students denouncing Yoon Suk Yeol.")
    out = run_extract(text, published="2024-05-05", source="KCNA")
    rally = [e for e in out["events"] if e["trigger"] == "staged"]
    assert rally and rally[0]["actors"] == ["KOR-CVL"] and rally[0]["recipients"], out["events"]


def test_events_a_meeting_told_from_the_other_side_is_one_meeting(run_extract):
    """ "met ... the foreign minister who paid a courtesy call on him ... on Thursday": the call is the meeting;
    one event, the meeting's side first, the call's day."""
    out = run_extract("Pyongyang, July 26 (KCNA) -- Kim Tok Hun, premier of the Cabinet of the DPRK, met and had a "
                      "talk with the foreign minister of the Republic of Belarus who paid a courtesy call on him "
                      "at the Mansudae Assembly Hall on Thursday.", published="2024-07-26", source="KCNA",
                      title="DPRK Premier Kim Tok Hun Meets Belarusian Foreign Minister")
    consult = [e for e in out["events"] if e["type"] == "CONSULT"]
    assert len(consult) == 1, consult
    assert consult[0]["date"]["value"] == "2024-07-25", consult
    assert "BLR" in consult[0]["recipients"] and "BLR" not in consult[0]["actors"], consult


def test_events_kcna_asked_to_convey_greetings_is_the_askers_greeting(run_extract):
    ev = run_extract("Vladimir Putin met Choe Son Hui in Moscow on Monday. Putin asked her to convey his warm "
                     "greetings to Kim Jong Un.", published="2024-11-06", source="KCNA")["events"]
    assert not any(e["type"] == "REQUEST" for e in ev), ev
    assert any(e["type"] == "SUPPORT" and e["actors"] == ["vladimir-putin"] and e["recipients"] == ["kim-jong-un"]
               and e["modality"] == "asserted" for e in ev), ev


def test_events_kcna_asked_to_deliver_aid_stays_a_request(run_extract):
    ev = run_extract("Ukraine asked Germany to deliver more air defence systems on Monday.",
                     published="2024-11-06")["events"]
    assert any(e["type"] == "REQUEST" for e in ev), ev


def test_events_kcna_courteously_conveyed_has_its_messenger(run_extract):
    ev = run_extract("Choe Son Hui courteously conveyed the greetings of Kim Jong Un to Vladimir Putin on Monday.",
                     published="2024-11-06", source="KCNA")["events"]
    assert any(e["actors"] == ["choe-son-hui"] and e["recipients"] == ["vladimir-putin"] for e in ev), ev


def test_events_kcna_actor_of_a_relative_clause_is_no_recipient(run_extract):
    ev = run_extract("Kim Jong Un on Monday called for building the factories, which the Party promised to the "
                     "people, with good quality.", published="2024-08-25", source="KCNA")["events"]
    called = next(e for e in ev if e["trigger"] == "called")
    assert "wpk" not in called["recipients"], called


def test_events_kcna_as_clause_is_an_aside(run_extract):
    ev = run_extract("Kim Jong Un held a consultative meeting with officials on Monday to open the area according "
                     "to a plan as the Political Bureau of the Workers' Party of Korea had decided.",
                     published="2024-07-16", source="KCNA")["events"]
    held = next(e for e in ev if e["trigger"] == "held")
    assert not any(r.startswith("wpk") for r in held["recipients"]), held


def test_events_behalf_and_own_state_are_no_recipients(run_extract):
    """Who one acts "on behalf of" is one's own side, and one's own state is no guessed target."""
    text = ("Pyongyang, May 3 (KCNA) -- Kim Jong Un received a message of greeting from Xi Jinping on May 3.\n"
            "The message said:\n"
            "I send hearty greetings on behalf of the Chinese government and people and on my own behalf "
            "to you and to the WPK on the occasion of the anniversary.\n"
            "I have jointly promoted the steady development of the China-DPRK relations in recent years.")
    out = run_extract(text, published="2024-05-03", source="KCNA")
    xi = [e for e in out["events"] if "xi-jinping" in e["actors"]]
    assert xi and not any("CHN" in e["recipients"] for e in xi), out["events"]


def test_events_attendants_of_a_rally_at_an_embassy_are_no_target(run_extract):
    """ "with the attendance of" names doers; the embassy the rally is held outside names the target."""
    out = run_extract("Pyongyang, June 2 (KCNA) -- A protest rally was held outside the Japanese embassy in Paris "
                      "with the participation of members of several groups including the Communist Party of France.",
                      published="2024-06-02", source="KCNA")
    rally = [e for e in out["events"] if e["type"] == "PROTEST"]
    assert rally and rally[0]["recipients"] == ["JPN"], out["events"]


def test_events_a_faithful_stance_told_in_a_clause_is_no_act_of_the_day(run_extract):
    """A loyal stance told of a noun, or in the present passive with a manner adverb, is no act."""
    text = ("Pyongyang, May 4 (KCNA) -- A rally of the youth league took place in Pyongyang on May 4.\n"
            "All the participants paid tribute to the leader, who is bringing up the young people to be the "
            "successors of the revolution who loyally support the cause of the WPK.\n"
            "The WPK is faithfully supported by the young people across the country.")
    out = run_extract(text, published="2024-05-04", source="KCNA")
    assert not [e for e in out["events"] if e["type"] == "SUPPORT" and e["modality"] in ("asserted", "reported")], \
        out["events"]


def test_events_a_subject_inside_a_reported_clause_does_not_take_the_next_he(run_extract):
    """ "He said that the puppet Yoon, ..., bragged": Yoon is no subject of the story; the next "He" is
    still the speaker."""
    text = ("Pyongyang, May 5 (KCNA) -- Kim Jong Un inspected a training base on May 4.\n"
            "He said that the puppet Yoon bragged about overwhelming counteraction of military muscle at the "
            "doorstep of the state possessed of nuclear weapons and it was a great irony that caused suspicion.\n"
            "He stressed that this is a realistic warning, not a rhetoric threat.")
    out = run_extract(text, published="2024-05-05", source="KCNA")
    stressed = [e for e in out["events"] if e["trigger"] == "stressed"]
    assert stressed and stressed[0]["actors"] == ["kim-jong-un"], out["events"]


#: history and description told in passing, and the days of ranges (round `khist`): each case is a
#: dispatch, the trigger, and what its event must be (a date value, a date interval, a modality, or no
#: event at all with that trigger)
IN_PASSING = [
    # a range's last day is no day the story is at: the narrative date is the range
    ("Pyongyang, September 22 (KCNA) -- Choe Son Hui, foreign minister of the DPRK, attended the Second "
     "International Youth Festival held in Kazan of Russia from Sept. 18 to 20.\nChoe Son Hui made a speech at "
     "the opening of the festival.", "2024-09-22", "made", {"interval": ["2024-09-18", "2024-09-20"]}),
    ("Pyongyang, June 14 (KCNA) -- Premier Kim Tok Hun took part in a trade fair held in Vladivostok between "
     "June 10 and 12.\nKim Tok Hun made a speech at the fair.", "2024-06-14", "made",
     {"interval": ["2024-06-10", "2024-06-12"]}),
    ("Pyongyang, October 9 (KCNA) -- The session of the Supreme People's Assembly took place at the Mansudae "
     "Assembly Hall from October 7 to 8.\nChoe Ryong Hae made a speech at the session.", "2024-10-09", "made",
     {"interval": ["2024-10-07", "2024-10-08"]}),
    # a "would" clause an evaluation holds is the content judged, no promise reported
    ("Pyongyang, July 25 (KCNA) -- A youth camp opened on Wednesday.\nThe speakers stressed that it is "
     "meaningful that young people of the two countries would get together at the camp.", "2024-07-25",
     "would", None),
    ("Pyongyang, July 25 (KCNA) -- The minister met the ambassador on Wednesday.\nThe minister said that "
     "Russia would send aid to the DPRK.", "2024-07-25", "would", {"type": "AGREE"}),
    # a time long past in the act's own phrases dates it; the story's day does not carry over
    ("Pyongyang, August 20 (KCNA) -- Kim Jong Un visited the new district on Monday.\nHe delivered a speech "
     "at the ceremony for opening the bridge over the river in March last year.", "2024-08-20", "delivered",
     {"value": "2023-03"}),
    ("Pyongyang, August 20 (KCNA) -- Kim Jong Un visited the navy on Monday.\nIn May last year, he toured "
     "the shipyard and paid a congratulatory visit to the KPA Navy Command.", "2024-08-20", "visit", {"value": "2023-05"}),
    # ... but not a bound ("since ... in 1950") nor a recollection in a relative clause
    ("Pyongyang, August 20 (KCNA) -- The navy marked its day on Monday.\nSince setting sail in June 1950, "
     "the Korean People's Army Navy has defended the waters of the DPRK.", "2024-08-20", "defended", {"not_value": "1950-06"}),
    # a temporal clause after the last verb of a series dates the series
    ("Pyongyang, September 10 (KCNA) -- Kim Jong Un made a speech on September 9.\nSo I convened a meeting "
     "of the Political Bureau again, laid down the plan and gave it priority as soon as the session ended "
     "its work in March this year.", "2024-09-10", "convened", {"value": "2024-03"}),
    # an era ("in the 20th century") after a later verb is no occasion that dates the first one too
    ("Pyongyang, July 28 (KCNA) -- Meetings were held in Mexico on July 25.\nThe leader of the Socialist Party "
     "of Mexico praised the Korean people for having defeated the aggressors in the war and thus created a "
     "miracle in the 20th century.", "2024-07-28", "praised", {"value": "2024-07-25"}),
    # a participle hanging on a relative clause describes the noun
    ("Pyongyang, October 4 (KCNA) -- Kim Jong Un watched a drill on October 2.\nThe guard units of the Korean "
     "People's Army, which have grown into the main force of the army firmly defending the sovereignty of the DPRK, "
     "demonstrated their skill in the "
     "drill.", "2024-10-04", "defending", {"modality": "background"}),
]


@pytest.mark.parametrize("text,published,trigger,want", IN_PASSING, ids=lambda v: str(v)[:30])
def test_events_kcna_told_in_passing(run_extract, text, published, trigger, want):
    out = run_extract(text, published=published, source="KCNA")
    told = [e for e in out["events"] if e["trigger"] == trigger]
    if want is None:
        assert not told, told
        return
    assert told, out["events"]
    e = told[0]
    for key, value in want.items():
        if key == "not_value":
            assert e["date"]["value"] != value, e
        elif key in ("interval", "value"):
            assert e["date"][key] == value, e
        else:
            assert e[key] == value, e


#: who "I" is in a quoted document: the sender of a message received "from" a name the parser splits
#: ("from To Lam"), the owner of a speech given in full ("the full text of Kim Jong Un's speech")
FIRST_PERSON = [
    ("Pyongyang, August 30 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, received a "
     "reply message from To Lam, president of the Socialist Republic of Vietnam, on August 23.\nThe message "
     "said:\nI extend my heartfelt thanks to you for your warm greetings on my election.", "2024-08-30",
     "extend", "to-lam"),
    ("Pyongyang, August 10 (KCNA) -- The following is the full text of Kim Jong Un's speech before the people "
     "of the flooded county:\nDear inhabitants,\nWith regard to this, I criticized the officials concerned at "
     "yesterday's meeting with the departments of the Party Central Committee.", "2024-08-10", "criticized",
     "kim-jong-un"),
    # "... he said, and continued:" hands the word to the speaker, whatever verb the parser hangs it on
    ("Pyongyang, September 10 (KCNA) -- Kim Jong Un made a speech at the meeting on September 9.\nKim Jong Un "
     "said that the Cabinet and the State Planning Commission announced the plans, and continued:\nSo this "
     "year, I convened a meeting of the Political Bureau again to discuss the plans.", "2024-09-10",
     "convened", "kim-jong-un"),
]


@pytest.mark.parametrize("text,published,trigger,actor", FIRST_PERSON, ids=lambda v: str(v)[:30])
def test_events_kcna_first_person_of_a_quoted_document(run_extract, text, published, trigger, actor):
    out = run_extract(text, published=published, source="KCNA")
    told = [e for e in out["events"] if e["trigger"] == trigger]
    assert told and told[0]["actors"] == [actor], out["events"]
