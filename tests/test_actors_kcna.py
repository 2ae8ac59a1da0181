"""Who is meant, in wire copy of the kind KCNA writes (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _events(run_extract, text, **meta):
    meta.setdefault("published", "2024-09-13")
    meta.setdefault("source", "KCNA")
    return run_extract(text, **meta)["events"]


def test_actors_kcna_body_of_another_owner(run_extract):
    ev = _events(run_extract, "Pyongyang, August 5 (KCNA) -- The Workers' Party of Korea marked its anniversary. "
                              "The Central Committee of the Socialist Patriotic Youth League issued an appeal to "
                              "the youth league organizations on Saturday.", published="2024-08-05")
    appeal = next(e for e in ev if e["trigger"] == "issued")
    assert "wpk-central-committee" not in appeal["actors"] and appeal["actors"]


def test_actors_kcna_same_owner_keeps_the_body(run_extract):
    ev = _events(run_extract, "The Workers' Party of Korea held a meeting on Thursday. The Party Central Committee "
                              "praised the youth league on Friday.")
    assert any(e["actors"] == ["wpk-central-committee"] for e in ev), ev


def test_actors_kcna_her_party_is_her_entourage(run_extract):
    ev = _events(run_extract, "Choe Son Hui, foreign minister of the DPRK, and her party left here on Oct. 28 to "
                              "pay an official visit to the Russian Federation.", published="2024-10-29")
    visit = next(e for e in ev if e["trigger"] == "visit")
    assert visit["actors"] == ["choe-son-hui"] and visit["recipients"] == ["RUS"]


def test_actors_kcna_koreans_in_japan_are_not_japan(run_extract):
    ev = _events(run_extract, "Choe Ryong Hae met with a congratulatory group of Koreans in Japan on Thursday.")
    met = next(e for e in ev if e["trigger"] == "met")
    assert "JPN" not in met["recipients"] and met["recipients"] == ["PRK-CVL"]


def test_actors_kcna_residents_abroad_are_of_their_nation(run_extract):
    ev = _events(run_extract, "Korean residents in Japan held a rally in Tokyo on Monday.")
    assert ev[0]["actors"] == ["PRK-CVL"], ev
    ev = _events(run_extract, "Afghan refugees in Pakistan held a rally in Peshawar on Monday.", source="AFP")
    assert ev[0]["actors"] == ["AFG-REF"], ev


def test_actors_kcna_chongryon_is_an_actor(run_extract):
    ev = _events(run_extract, "In its congratulatory letter, the Chongryon Central Standing Committee extended "
                              "warm congratulations to Kim Jong Un on Monday.")
    assert ev[0]["actors"] == ["chongryon-central-standing-committee"], ev


def test_actors_kcna_title_of_a_person_described_earlier(run_extract):
    ev = _events(run_extract, "Kim Jong Un received a message of greeting from Sabah Al Nasser Al Jaber, emir of "
                              "the State of Kuwait, on Monday. The emir in the message said that he was pleased to "
                              "extend greetings to Kim Jong Un.")
    extend = next(e for e in ev if e["trigger"] == "extend")
    assert extend["actors"] and extend["actors"][0].startswith("per:sabah"), extend


def test_actors_kcna_name_read_as_preposition(run_extract):
    ev = _events(run_extract, "To Lam expressed deep thanks to the ambassador on Monday.", published="2024-08-14")
    assert ev[0]["actors"] == ["to-lam"], ev


def test_actors_kcna_drill_name_is_no_actor(run_extract):
    out = run_extract("The U.S. is staging a large-scale joint military drill Keen Sword with Japan, and staged "
                      "the nuclear operation drill dubbed Iron Mace in August.", published="2024-10-26")
    names = {a["name"] for a in out["actors"]}
    assert "Keen Sword" not in names and "Iron Mace" not in names, names


def test_actors_kcna_bare_title_names_the_person_described(run_extract):
    ev = _events(run_extract, "Kim Jong Un received a message of greeting from Gennady Zyuganov, chairman of the "
                              "Central Committee of the Communist Party of the Russian Federation, on October 10.\n"
                              "In the message, the chairman extended sincere congratulations to Kim Jong Un.",
                 published="2024-10-11")
    sent = next(e for e in ev if e["trigger"] == "extended")
    assert "kim-jong-un" not in sent["actors"] and sent["actors"], sent


def test_actors_kcna_he_after_a_reported_subject(run_extract):
    ev = _events(run_extract, "Ko Tae Chun made a speech at the meeting on September 7.\n"
                              "He noted that Kim Il Sung won victory in the war.\n"
                              "The country is greeting its heyday, he stressed.")
    assert not any("kim-il-sung" in e["actors"] for e in ev), ev


def test_actors_kcna_no_target_under_guidance(run_extract):
    ev = _events(run_extract, "Kim Tok Hun called for waging a dynamic struggle under the guidance of Kim Jong Un "
                              "on Friday.")
    assert not any("kim-jong-un" in e["recipients"] for e in ev), ev


def test_actors_kcna_i_in_a_quoted_message_is_its_sender(run_extract):
    ev = _events(run_extract, "Pyongyang, August 16 (KCNA) -- Kim Jong Un sent a reply message to Vladimir Putin, "
                              "president of the Russian Federation, on August 15.\nThe message said:\n"
                              "I express deep thanks to you for your warm congratulations.", published="2024-08-16")
    thanks = next(e for e in ev if e["trigger"] == "express")
    assert thanks["actors"] == ["kim-jong-un"]


def test_actors_kcna_i_in_a_received_message_is_its_sender(run_extract):
    ev = _events(run_extract, "Pyongyang, August 4 (KCNA) -- Kim Jong Un received a message from Vladimir Putin, "
                              "president of the Russian Federation, on August 3.\nThe message said:\n"
                              "I express deep sympathy to you over the flood damage.", published="2024-08-04")
    msg = next(e for e in ev if e["trigger"] == "express")
    assert msg["actors"] == ["vladimir-putin"]


def test_actors_kcna_title_of_another_body_is_not_the_head_of_state(run_extract):
    ev = _events(run_extract, "The chairman of the Supreme Council of the National Socialist Party of Romania "
                              "praised the DPRK on Friday.", published="2024-09-22")
    assert not any(a in ("kim-jong-un", "klaus-iohannis") for e in ev for a in e["actors"]), ev


def test_actors_kcna_the_president_of_a_story_long_ago(run_extract):
    ev = _events(run_extract, "One day in April 1963, President Kim Il Sung met agricultural scientists.\n"
                              "On August 7, 1963, the President mobilized the construction team.",
                 published="2024-02-23")
    mob = next(e for e in ev if e["trigger"] == "mobilized")
    assert mob["actors"] == ["kim-il-sung"]


def test_actors_kcna_she_is_never_the_leader(run_extract):
    ev = _events(run_extract, "Pyongyang, October 12 (KCNA) -- Kim Jong Un sent a birthday spread to Ju Ok Kum, a "
                              "woman centenarian living in a mountain village. Officials of the county and villagers "
                              "visited Ju's house to congratulate her.", published="2024-10-12")
    assert not any("kim-jong-un" in e["recipients"] for e in ev if e["trigger"] == "congratulate"), ev


def test_actors_kcna_she_is_a_woman_of_the_gazetteer(run_extract):
    ev = _events(run_extract, "Kim Jong Un met Kim Yo Jong on Monday. She praised the builders on Tuesday.")
    praised = next(e for e in ev if e["trigger"] == "praised")
    assert praised["actors"] == ["kim-yo-jong"], praised


def test_actors_kcna_he_after_the_reporter_is_the_reporter(run_extract):
    ev = _events(run_extract, "Pyongyang, October 2 (KCNA) -- A conference was held on Tuesday. A report was made at "
                              "the conference. The reporter said that Kim Jong Un put forward the work as an important "
                              "issue. It is a precious fruit of his wisdom that a new system has been established, he "
                              "stressed.", published="2024-10-02")
    assert not any("kim-jong-un" in e["actors"] for e in ev if e["trigger"] == "stressed"), ev


@pytest.mark.parametrize("text", [
    # each title "of" a named party of a country is that country's party
    "The chairman of the Movement for Labour and Justice of Peru, the general secretary of the Central Committee "
    "of the Progressive Workers' Party of Ghana and other party leaders expressed warm support to the cause of "
    "the WPK.",
    # ... also when the parser hangs later list members on an earlier title; "the struggle of X" names X
    "The chairman of the Movement for Labour and Justice of Peru, the director general and the secretary general "
    "of the Institute of Peace Studies, the general secretary of the Socialist Workers' Party of Ghana and other "
    "guests expressed full support and solidarity with the struggle of the WPK.",
])
def test_actors_kcna_list_of_foreign_party_leaders(run_extract, text):
    ev = _events(run_extract, text, published="2024-10-20")
    support = next(e for e in ev if e["trigger"] == "expressed")
    assert support["actors"] == ["PER-PTY", "GHA-PTY"], support
    assert support["recipients"] == ["wpk"], support
