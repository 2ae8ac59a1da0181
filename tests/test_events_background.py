"""Mentions made in passing (data/events/background.yaml) are `background`, not timeline events."""

from __future__ import annotations

import pytest

from dateline.datafiles import read_data

BG = read_data("events/background.yaml")
FACTUAL = ("asserted", "reported")


def _modalities(out: dict) -> list[tuple[str, str]]:
    return [(e["trigger"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text", BG["adverb_examples"]["background"])
def test_events_background_adverb_example(run_extract, text):
    out = run_extract(text, published="2024-10-25")
    assert out["events"] and all(e["modality"] == "background" for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("text", BG["adverb_examples"]["event"])
def test_events_background_adverb_counter_example(run_extract, text):
    out = run_extract(text, published="2024-10-25")
    assert any(e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


def test_events_background_quoted_document(run_extract):
    out = run_extract(BG["document_examples"]["background"], published="2024-06-30", source="KCNA")
    by_trigger = {e["trigger"]: e for e in out["events"]}
    assert by_trigger["released"]["modality"] == "asserted"
    assert by_trigger["released"]["date"] == {**by_trigger["released"]["date"], "value": "2024-06-30",
                                              "basis": "time_expression"}
    assert by_trigger["established"]["modality"] == "background", _modalities(out)


def test_events_background_quoted_document_keeps_its_own_voice(run_extract):
    out = run_extract(BG["document_examples"]["event"], published="2024-06-30", source="KCNA")
    own = [e for e in out["events"] if e["trigger"] == "denounce"]
    assert own and own[0]["modality"] == "asserted", _modalities(out)
    assert own[0]["date"]["value"] == "2024-06-30"


def test_events_background_digest(run_extract):
    out = run_extract(BG["digest_example"], published="2024-09-09", source="KCNA")
    assert out["events"] and all(e["modality"] == "background" for e in out["events"]), _modalities(out)


def test_events_background_reminiscence(run_extract):
    out = run_extract(BG["old_story_example"], published="2024-02-23", source="KCNA")
    assert out["events"] and all(e["modality"] == "background" for e in out["events"]), _modalities(out)


def test_events_background_commentary_title(run_extract):
    text = "The United States staged a joint drill with Japan, escalating tensions in the region."
    plain = run_extract(text, published="2024-10-25", source="KCNA", title="Drills Escalate Tensions")
    comment = run_extract(text, published="2024-10-25", source="KCNA", title="Drills Escalate Tensions: KCNA Commentary")
    assert any(e["modality"] in FACTUAL for e in plain["events"]), _modalities(plain)
    assert comment["events"] and all(e["modality"] == "background" for e in comment["events"]), _modalities(comment)


def test_events_background_time_after_quoted_title(run_extract):
    text = ('Pyongyang, September 29 (KCNA) -- Kim Yo Jong, vice department director of the Central Committee '
            'of the Workers\' Party of Korea, released a press statement "The new arms deliveries will bring '
            'a disaster to the region" on Sunday.')
    out = run_extract(text, published="2024-09-29", source="KCNA")
    stmt = next(e for e in out["events"] if e["trigger"] == "released")
    assert (stmt["date"]["value"], stmt["date"]["basis"]) == ("2024-09-29", "time_expression")


def test_events_background_passive_headline(run_extract):
    out = run_extract("Politicians in many countries spoke highly of the leader's achievements.",
                      published="2024-09-27", source="KCNA", title="Kim Jong Un Praised Abroad")
    head = [e for e in out["events"] if e["trigger"].lower() == "praised"]
    assert head and head[0]["actors"] == [] and head[0]["recipients"] == ["kim-jong-un"]


def test_events_background_commentary_we_is_the_publishers_country(run_extract):
    text = ("The United States said on Monday that it would deploy more bombers.\n"
            "We warn G7 not to stick to such a futile deed.")
    out = run_extract(text, published="2024-09-29", source="KCNA", title="Futile Deed: KCNA Commentary")
    warn = [e for e in out["events"] if e["trigger"] == "warn"]
    assert warn and warn[0]["actors"] == ["PRK"], _modalities(out)


@pytest.mark.parametrize("case", BG["describing_clause_examples"]["background"], ids=lambda c: c["trigger"])
def test_events_background_describing_clause(run_extract, case):
    out = run_extract(case["text"], published="2024-10-25")
    told = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert told and all(e["modality"] == "background" for e in told), _modalities(out)


@pytest.mark.parametrize("case", BG["describing_clause_examples"]["event"], ids=lambda c: c["trigger"])
def test_events_background_describing_clause_counter_example(run_extract, case):
    out = run_extract(case["text"], published="2024-10-25")
    assert any(e["trigger"] == case["trigger"] and e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("key", ["adjective_examples", "running_examples", "history_examples"])
def test_events_background_told_as_past_examples(run_extract, key):
    """ "Israel's recent attack", a running toll "since" a time, an act bounded by 1945: not of the day."""
    for text in BG[key]["background"]:
        out = run_extract(text, published="2024-10-25", source="KCNA")
        assert out["events"] and all(e["modality"] == "background" for e in out["events"]), (text, _modalities(out))
    for text in BG[key]["event"]:
        out = run_extract(text, published="2024-10-25", source="KCNA")
        assert any(e["modality"] in FACTUAL for e in out["events"]), (text, _modalities(out))


def test_events_background_old_feature_without_a_year_in_its_lead(run_extract):
    out = run_extract(BG["old_feature_example"], published="2024-09-06", source="KCNA")
    assert out["events"] and all(e["modality"] == "background" for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("case", BG["subordinate_time_examples"])
def test_events_background_subordinate_time(run_extract, case):
    out = run_extract(case["text"], published="2024-09-10", source="KCNA")
    ev = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert ev and ev[0]["date"]["value"] == case["value"], out["events"]


@pytest.mark.parametrize("text", BG["tally_examples"]["habitual"])
def test_events_background_tally(run_extract, text):
    out = run_extract(text, published="2024-11-05", source="KCNA")
    assert out["events"] and all(e["modality"] == "habitual" for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("text", BG["tally_examples"]["event"])
def test_events_background_tally_counter_example(run_extract, text):
    out = run_extract(text, published="2024-11-05", source="KCNA")
    assert any(e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("case", BG["compared_time_examples"])
def test_events_background_compared_time_does_not_date(run_extract, case):
    out = run_extract(case["text"], published="2024-08-03", source="KCNA")
    ev = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert ev and all(e["date"]["value"] != case["not_value"] for e in ev), out["events"]


@pytest.mark.parametrize("case", BG["source_of_noun_examples"]["background"])
def test_events_background_source_of_noun(run_extract, case):
    out = run_extract(case["text"], published="2024-01-02", source="KCNA")
    ev = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert all(e["modality"] not in FACTUAL for e in ev), _modalities(out)
    assert all(e["date"]["value"] == case["value"] for e in ev), out["events"]
    assert ev and all(e["actors"] == case["actors"] and not e["recipients"] for e in ev), out["events"]


@pytest.mark.parametrize("case", BG["source_of_noun_examples"]["event"])
def test_events_background_source_of_noun_counter_example(run_extract, case):
    out = run_extract(case["text"], published="2024-01-02", source="KCNA")
    assert any(e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("case", BG["general_claim_examples"]["habitual"], ids=lambda c: c["trigger"])
def test_events_general_claim_is_habitual(run_extract, case):
    out = run_extract(case["text"], published="2024-09-10", source="KCNA")
    hits = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert hits and all(e["modality"] == "habitual" for e in hits), _modalities(out)


@pytest.mark.parametrize("case", BG["general_claim_examples"]["event"], ids=lambda c: c["trigger"])
def test_events_general_claim_counter_example(run_extract, case):
    out = run_extract(case["text"], published="2024-09-10", source="KCNA")
    hits = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert hits and all(e["modality"] in FACTUAL for e in hits), _modalities(out)


@pytest.mark.parametrize("case", BG["commemorated_examples"]["background"], ids=lambda c: c["text"][:30])
def test_events_background_commemorated(run_extract, case):
    out = run_extract(case["text"], published="2024-11-02", source="KCNA")
    ev = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert all(e["modality"] not in FACTUAL for e in ev), _modalities(out)  # no timeline event of the history


@pytest.mark.parametrize("case", BG["commemorated_examples"]["event"], ids=lambda c: c["text"][:30])
def test_events_background_commemorated_counter_example(run_extract, case):
    out = run_extract(case["text"], published="2024-11-02", source="KCNA")
    assert any(e["trigger"] == case["trigger"] and e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


@pytest.mark.parametrize("case", BG["recalled_examples"]["background"], ids=lambda c: c["trigger"])
def test_events_background_recalled_history(run_extract, case):
    out = run_extract(case["text"], published="2024-10-25", source="KCNA", title=case["title"])
    ev = [e for e in out["events"] if e["trigger"] == case["trigger"]]
    assert ev and all(e["modality"] not in FACTUAL for e in ev), _modalities(out)


@pytest.mark.parametrize("case", BG["recalled_examples"]["event"], ids=lambda c: c["trigger"])
def test_events_background_recalled_counter_example(run_extract, case):
    out = run_extract(case["text"], published="2024-10-25", source="KCNA", title=case["title"])
    assert any(e["trigger"] == case["trigger"] and e["modality"] in FACTUAL for e in out["events"]), _modalities(out)


def test_events_background_meanwhile_breaks_the_narrative(run_extract):
    case = BG["narrative_break_example"]
    out = run_extract(case["text"], published="2024-10-28", source="KCNA")
    plain = run_extract(case["text"].replace("Meanwhile, civic", "Civic"), published="2024-10-28", source="KCNA")
    date = {e["trigger"]: e["date"] for e in out["events"]}[case["trigger"]]
    told = {e["trigger"]: e["date"] for e in plain["events"]}[case["trigger"]]
    assert date["basis"] == "publication", date
    assert (told["value"], told["basis"]) == ("2024-10-26", "narrative"), told


@pytest.mark.parametrize("case", BG["named_day_examples"], ids=lambda c: c["trigger"] + "-" + str(c["date"]))
def test_events_background_named_day_is_no_story_day(run_extract, case):
    out = run_extract(case["text"], published=case["published"], source="KCNA")
    date = {e["trigger"]: e["date"] for e in out["events"]}[case["trigger"]]
    if case["date"] is None:
        assert date is None or date["basis"] == "publication", date
    else:
        assert date["value"] == case["date"], date
