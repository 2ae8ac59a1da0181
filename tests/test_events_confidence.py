"""The measured confidence: features of an event, the fitted weights, and the timeline's threshold."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events.confidence import (FEATURES, ConfidenceModel, calibrate, event_features, load_model,
                                        load_models, min_confidence, model_name)
from dateline.pipeline import process_article, read_any

# An article of our own words: title, lead, then the text of a statement with a quotation and history.
TEXT = ("Press Statement of Ministry Spokesman\n\n"
        "Pyongyang, June 5 (KCNA) -- The spokesman for the Foreign Ministry released the following press "
        "statement on Wednesday:\n\n"
        "The ministry recalled that the U.S. attacked the ships on May 2.\n\n"
        "He said the talks \"will fail because Washington threatened our country\" and left.\n\n"
        "We denounce the drills of the two countries again.")
PUB = dt.date(2024, 6, 5)


def _start(phrase: str) -> int:
    return TEXT.index(phrase)


def _event(sentence: str, trigger: str, **kw) -> dict:
    start = _start(sentence)
    t = TEXT.index(trigger, start)
    ev = {"type": "STATEMENT", "modality": "asserted", "actors": ["prk-mfa"], "recipients": ["USA"],
          "date": {"value": "2024-06-05", "basis": "time_expression", "interval": ["2024-06-05", "2024-06-05"]},
          "evidence": [{"start": start, "end": start + len(sentence), "text": sentence, "region": "body",
                        "trigger": {"start": t, "end": t + len(trigger)}}], "salience": 0.9}
    ev.update(kw)
    return ev


LEAD = "The spokesman for the Foreign Ministry released the following press statement on Wednesday:"
HISTORY = "The ministry recalled that the U.S. attacked the ships on May 2."
QUOTE = "He said the talks \"will fail because Washington threatened our country\" and left."
WE = "We denounce the drills of the two countries again."


@pytest.mark.parametrize("sentence, trigger, changes, expected", [
    # the lead: first paragraph, explicit day, a statement
    (LEAD, "released", {}, {"lead": 1, "paragraph": 0.6931, "explicit": 1, "old": 0, "pronoun": 0, "quoted": 0,
                             "speech_text": 0, "statement": 1, "no_actor": 0, "no_recipient": 0}),
    # history told in passing: a day a month before publication, deep in the statement's text
    (HISTORY, "attacked", {"type": "ASSAULT", "date": {"value": "2024-05-02", "basis": "time_expression",
                                                       "interval": ["2024-05-02", "2024-05-02"]}},
     {"lead": 0, "old": 1, "explicit": 1, "speech_text": 1, "statement": 0}),
    # an act inside a quotation, told after a pronoun
    (QUOTE, "threatened", {"type": "THREATEN", "actors": [], "recipients": []},
     {"quoted": 1, "pronoun": 1, "no_actor": 1, "no_recipient": 1}),
    (QUOTE, "said", {}, {"quoted": 0, "pronoun": 1}),
    # "We denounce": a pronoun subject, an actor the gazetteer lacks, an undated act
    (WE, "denounce", {"actors": ["ministry-x"], "date": {"value": "2024-06-04", "basis": "publication",
                                                         "interval": ["2024-05-29", "2024-06-05"]}},
     {"pronoun": 1, "unknown_actor": 1, "publication": 1, "explicit": 0, "old": 0}),
    # a report date two weeks back is "old"; several mentions
    (WE, "denounce", {"date": {"value": "2024-05-20", "basis": "report", "interval": None},
                      "modality": "reported"},
     {"report": 1, "old": 1, "reported": 1}),
])
def test_confidence_features(sentence, trigger, changes, expected):
    f = event_features(_event(sentence, trigger, **changes), TEXT, lambda i: i != "ministry-x", PUB)
    assert set(f) == set(FEATURES)
    for k, v in expected.items():
        assert f[k] == pytest.approx(v, abs=1e-3), k


def test_confidence_features_title_and_mentions():
    title = {"start": 0, "end": 37, "text": TEXT[:37], "region": "title", "trigger": {"start": 0, "end": 5}}
    ev = _event(LEAD, "released")
    ev["evidence"].append(title)
    f = event_features(ev, TEXT, lambda i: True, PUB)
    assert (f["title"], f["mentions"], f["lead"], f["paragraph"]) == (1, 1, 1, 0)


def test_confidence_long_sentence():
    words = " ".join(["word"] * 45)
    text = f"Title\n\nOn Monday the minister met {words}."
    ev = {"type": "CONSULT", "actors": ["a"], "recipients": [], "date": {"value": "2024-06-03", "basis": "narrative"},
          "evidence": [{"start": 7, "end": len(text), "text": text[7:], "region": "body",
                        "trigger": {"start": 28, "end": 31}}]}
    assert event_features(ev, text, lambda i: True, PUB)["long"] == 1.0


def test_confidence_model_loads_fitted_weights():
    model = load_model()
    assert model.weights and set(model.weights) <= set(FEATURES)
    assert model.type_weights and 0 < model.threshold < 1
    assert min_confidence() == model.threshold
    # the score is the logistic of intercept + type weight + weighted features
    f = dict.fromkeys(FEATURES, 0.0)
    assert model.score(f, "NOSUCHTYPE") == round(1 / (1 + pytest.importorskip("math").exp(-model.intercept)), 2)


@pytest.mark.parametrize("intercept, weights, type_weights, features, type_, expected", [
    (0.0, {}, {}, {}, "X", 0.5),
    (0.0, {"lead": 2.0}, {}, {"lead": 1.0}, "X", 0.88),
    (0.0, {"lead": 2.0}, {"X": -2.0}, {"lead": 1.0}, "X", 0.5),
    (-10.0, {}, {}, {}, "X", 0.01),  # clipped
    (10.0, {}, {}, {}, "X", 0.99),
])
def test_confidence_model_score(intercept, weights, type_weights, features, type_, expected):
    assert ConfidenceModel(intercept, weights, type_weights, 0.5).score(features, type_) == expected


def test_confidence_pipeline_uses_the_model(ctx):
    """Each event's confidence is the fitted model's score of its features; salience is kept apart."""
    rec = {"title": "Minister Meets Envoy", "published": "2024-06-05", "source": "Yonhap", "url": "u",
           "text": "Seoul, June 5 (Yonhap) -- Foreign Minister Cho Tae-yul met the Chinese ambassador on Tuesday "
                   "and asked him to support the talks."}
    result = process_article(read_any(rec, ctx), ctx)
    assert result.events
    text = result.article.text
    model = load_model()
    known = {a.id: a.known for a in result.actors}
    for e in result.events:
        f = event_features(e.to_dict(), text, lambda i: known.get(i, True), result.article.published_date)
        assert e.confidence == model.score(f, e.type)
        assert 0 < e.salience <= 1
    # another model gives other confidences: the weights in the data file are what is used
    flat = ConfidenceModel(0.0, {}, {}, 0.5)
    assert {x.confidence for x in calibrate(result.events, text, lambda i: True, None, flat)} == {0.5}


def _examples():
    from dateline.datafiles import read_data

    ex = read_data("events/confidence.yaml")["speech_text_examples"]
    return [(t, True) for t in ex["text"]] + [(t, False) for t in ex["news"]]


@pytest.mark.parametrize("title, is_text", _examples())
def test_confidence_speech_text_examples(title, is_text):
    """A title naming a statement, commentary or speech makes the body paragraphs the speaker's text."""
    text = f"{title}\n\nPyongyang, June 5 (KCNA) -- It was said.\n\nThe navy held drills on Monday."
    start = text.index("The navy")
    ev = {"type": "MOBILIZE", "actors": ["x"], "recipients": [], "date": {"value": "2024-06-03", "basis": "narrative"},
          "evidence": [{"start": start, "end": len(text), "text": text[start:], "region": "body",
                        "trigger": {"start": start + 9, "end": start + 13}}]}
    assert event_features(ev, text, lambda i: True, PUB)["speech_text"] == float(is_text)


# --- one model per kind of outlet (docs/confidence.md, "Two models") ---

@pytest.mark.parametrize("source, model", [
    ("kcna", "state_media"),            # KCNA and its kin: confidence_model in data/actors/media.yaml
    ("rodong-sinmun", "state_media"),
    ("kctv", "state_media"),
    ("voice-of-korea", "state_media"),
    ("yonhap", "wire"),                 # every other outlet: the wire model
    ("NOSUCHOUTLET", "wire"),           # an outlet the gazetteer lacks
    (None, "wire"),                     # an article of no known source
])
def test_confidence_model_chosen_by_source(ctx, source, model):
    entry = ctx.gazetteer.get(source) if source else None
    assert model_name(entry.confidence_model if entry else None) == model


@pytest.mark.parametrize("record, model", [
    ({"title": "Premier Meets Envoy", "published": "2024-06-05", "source": "KCNA", "url": "k",
      "text": "Pyongyang, June 5 (KCNA) -- Premier Pak Thae Song met the Chinese ambassador on Tuesday."},
     "state_media"),
    ({"title": "Minister Meets Envoy", "published": "2024-06-05", "source": "Yonhap", "url": "y",
      "text": "Seoul, June 5 (Yonhap) -- Foreign Minister Cho Tae-yul met the Chinese ambassador on Tuesday."},
     "wire"),
    ({"title": "Minister Meets Envoy", "published": "2024-06-05", "url": "n",
      "text": "Foreign Minister Cho Tae-yul met the Chinese ambassador on Tuesday."}, "wire"),
])
def test_confidence_pipeline_scores_by_the_outlets_model(ctx, record, model):
    """The pipeline scores an article's events with its outlet's model (the two give different numbers)."""
    result = process_article(read_any(record, ctx), ctx)
    assert result.events
    known = {a.id: a.known for a in result.actors}
    for e in result.events:
        f = event_features(e.to_dict(), result.article.text, lambda i: known.get(i, True),
                           result.article.published_date)
        assert e.confidence == load_model(model).score(f, e.type)
        other = "wire" if model == "state_media" else "state_media"
        assert e.confidence != load_model(other).score(f, e.type)


@pytest.mark.parametrize("type_, actors, recipients, no_recipient", [
    ("CONSULT", ["PRK", "RUS"], [], 0.0),     # "Kim and Putin held talks": reciprocal, none by design
    ("AGREE", ["USA", "JPN", "KOR"], [], 0.0),
    ("COOPERATE", ["CHN", "RUS"], [], 0.0),
    ("CONSULT", ["PRK"], [], 1.0),            # one side of talks: the other is missing
    ("ASSAULT", ["UKR", "PRK"], [], 1.0),     # two attackers and no target: the target is missing
    ("STATEMENT", ["PRK"], [], 1.0),
    ("CONSULT", ["PRK"], ["RUS"], 0.0),
])
def test_confidence_reciprocal_events_not_punished(type_, actors, recipients, no_recipient):
    text = "Title\n\nThe leaders met on Monday."
    ev = {"type": type_, "actors": actors, "recipients": recipients,
          "date": {"value": "2024-06-03", "basis": "time_expression"},
          "evidence": [{"start": 7, "end": len(text), "text": text[7:], "region": "body",
                        "trigger": {"start": 19, "end": 22}}]}
    assert event_features(ev, text, lambda i: True, PUB)["no_recipient"] == no_recipient


def test_confidence_models_load():
    """Both models load with weights over known features, the default is wire, and every outlet's
    confidence_model names a model of the file."""
    from dateline.datafiles import read_data

    models = load_models()
    assert set(models) == {"state_media", "wire"} and model_name(None) == "wire"
    for m in models.values():
        assert m.weights and set(m.weights) <= set(FEATURES) and 0 < m.threshold < 1
    assert len({m.threshold for m in models.values()}) == 1 and min_confidence() == models["wire"].threshold
    named = {e["confidence_model"] for e in read_data("actors/media.yaml")["entries"] if e.get("confidence_model")}
    assert named and named <= set(models)


@pytest.mark.parametrize("change", [
    lambda d: d["models"]["wire"]["weights"].update(sentence_mood=1.0),  # a feature the code does not compute
    lambda d: d["models"]["wire"].update(threshold=1.5),
    lambda d: d["models"]["wire"].update(threshold=0.4),  # models disagree on the threshold
    lambda d: d.update(default_model="tabloid"),
    lambda d: d["models"]["wire"].pop("intercept"),
    lambda d: d["models"]["wire"].update(weights=["paragraph"]),
])
def test_confidence_invalid_file_is_a_coded_error(monkeypatch, change):
    import copy

    from dateline.errors import DataFileError
    from dateline.events import confidence

    data = copy.deepcopy(confidence._data())
    change(data)
    monkeypatch.setattr(confidence, "_data", lambda: data)
    confidence.load_models.cache_clear()
    try:
        with pytest.raises(DataFileError) as err:
            confidence.load_models()
        assert err.value.code.startswith("D") and "confidence.yaml" in str(err.value)
    finally:
        monkeypatch.undo()
        confidence.load_models.cache_clear()
    assert confidence.load_models()  # the real file still loads


def test_confidence_score_survives_extreme_weights():
    from dateline.events.confidence import ConfidenceModel

    model = ConfidenceModel(0.0, {"paragraph": -1e6}, {}, 0.5)
    assert model.score({"paragraph": 1.0}) == 0.01
    assert ConfidenceModel(0.0, {"paragraph": 1e6}, {}, 0.5).score({"paragraph": 1.0}) == 0.99
