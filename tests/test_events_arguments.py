"""Argument attachment in parse shapes that used to lose the event (sentences written for these tests)."""

from __future__ import annotations


def _events(run_extract, text, etype):
    out = run_extract(text, published="2024-06-20")
    return [e for e in out["events"] if e["type"] == etype], out


def test_events_attack_noun_subject_gives_its_doer(run_extract):
    found, _ = _events(run_extract, "Recent Israeli drone attacks have killed at least six Hamas commanders "
                                    "in Gaza, officials said.", "ASSAULT")
    assert found and any("ISR" in a for e in found for a in e["actors"]), found


def test_events_attack_noun_subject_without_doer_still_an_assault(run_extract):
    found, _ = _events(run_extract, "A roadside bombing near Kandahar on Monday killed two Canadian soldiers, "
                                    "the army said.", "ASSAULT")
    assert found and any(r.startswith("CAN") for e in found for r in e["recipients"]), found


def test_events_finite_verb_parsed_as_participle_keeps_its_subject(run_extract):
    found, _ = _events(run_extract, "Nurses from three Swiss charities donated and delivered $20,000 worth of "
                                    "medicine to a hospital in Kabul.", "AID")
    assert found and any(a.startswith("CHE") for e in found for a in e["actors"]), found


def test_events_passive_participle_is_not_an_active_verb(run_extract):
    out = run_extract("The aid donated by Japan reached Kabul on Monday.", published="2024-06-20")
    aid = [e for e in out["events"] if e["type"] == "AID"]
    assert all("JPN" in e["actors"] for e in aid), aid


def test_events_possessive_pronoun_takes_the_speakers_country(run_extract):
    found, _ = _events(run_extract, "Ukrainian officials said on Friday their troops had completed their "
                                    "withdrawal from the town of Vuhledar.", "RETREAT")
    assert found and found[0]["actors"] and all(a.startswith("UKR") for a in found[0]["actors"]), found
