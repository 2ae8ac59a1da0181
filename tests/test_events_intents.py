"""Statements of intent and requests: the examples in data/events/intents.yaml."""

from __future__ import annotations

import pytest

from dateline.datafiles import read_data

INTENTS = read_data("events/intents.yaml")
CASES = [(e["text"], e["type"]) for e in INTENTS["examples"] + INTENTS["request_examples"]
         + INTENTS["attempt_examples"]]


@pytest.mark.parametrize("text, etype", CASES, ids=[c[1] + str(k) for k, c in enumerate(CASES)])
def test_events_intents_example(run_extract, text, etype):
    out = run_extract(text, published="2024-06-20")
    derived = [e for e in out["events"] if e["type"] == etype and e["modality"] in ("asserted", "reported")]
    assert derived, [(e["type"], e["modality"], e["trigger"]) for e in out["events"]]


def test_events_intents_keep_the_future_act_as_expected(run_extract):
    out = run_extract("German Foreign Minister Frank-Walter Steinmeier will visit Albania in June.",
                      published="2015-03-02")
    kinds = {(e["type"], e["modality"]) for e in out["events"]}
    assert ("CONSULT", "expected") in kinds and ("AGREE", "asserted") in kinds
    intent = next(e for e in out["events"] if e["type"] == "AGREE")
    assert intent["cameo"] == "036" and intent["date"]["basis"] in ("publication", "report")


def test_events_requests_name_who_is_asked(run_extract):
    out = run_extract("The United States said on Tuesday that China must drop its barriers to American exports.",
                      published="2024-06-20")
    req = next(e for e in out["events"] if e["type"] == "REQUEST")
    assert req["actors"] == ["USA"] and req["recipients"] == ["CHN"]


@pytest.mark.parametrize("text", INTENTS["standing_examples"], ids=lambda t: t[:40])
def test_events_a_standing_pledge_is_no_intent_of_the_day(run_extract, text):
    out = run_extract(text, published="2024-09-10", source="KCNA")
    derived = [e for e in out["events"] if e["type"] in ("AGREE", "THREATEN") and e["modality"] in ("asserted", "reported")]
    assert not derived, [(e["type"], e["modality"], e["trigger"]) for e in out["events"]]


@pytest.mark.parametrize("text", [e["text"] for e in INTENTS["request_head_examples"]], ids=lambda t: t[:40])
def test_events_asked_for_act_is_not_done(run_extract, text):
    """An act in the "to" clause of a verb of asking is asked for (expected), even when the parser
    hangs it as an adverbial clause; the request itself is the event of the day."""
    out = run_extract(text, published="2000-01-01")
    kinds = {(e["type"], e["modality"]) for e in out["events"]}
    assert ("REQUEST", "asserted") in kinds, kinds
    assert not any(m in ("asserted", "reported") for t, m in kinds if t != "REQUEST"), kinds


def test_events_attempted_assault_is_no_threat(run_extract):
    out = run_extract("Gunmen tried to assassinate the Georgian president on Tuesday.", published="2000-01-01")
    kinds = {(e["type"], e["cameo"], e["modality"]) for e in out["events"]}
    assert ("ASSAULT", "185", "asserted") in kinds and not any(t == "THREATEN" for t, _, _ in kinds), kinds
