"""A measured confidence: the chance that an event is right (its type, participants and date).

The score is a logistic model over a handful of features the consolidated event already carries
(where its mentions sit in the article, how its date was found, whether its actors are known, whether
it is told inside a quotation or by a pronoun). The weights are fitted offline on hand-marked KCNA
events (``bench/fit_confidence.py``) and live in ``dateline/data/events/confidence.yaml``; nothing is
fitted at run time. There is one model per kind of outlet: KCNA and its kin (``confidence_model:
state_media`` in ``data/actors/media.yaml``) keep the model of the KCNA marks; every other outlet, and an
article of no known source, gets the ``wire`` model fitted on the labelled demo corpus. The timeline hides
events below the models' ``threshold`` unless asked for all.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Mapping, Sequence

from ..datafiles import read_data
from ..errors import DataFileError
from .types import EXPLICIT_BASES, RECIPROCAL, Event

__all__ = ["ConfidenceModel", "FEATURES", "calibrate", "event_features", "load_model", "load_models", "min_confidence",
           "model_name"]

#: Every feature :func:`event_features` computes; the data file weights those the fit kept.
FEATURES = ("title", "lead", "paragraph", "mentions", "explicit", "report", "publication", "old", "reported",
            "no_actor", "unknown_actor", "no_recipient", "pronoun", "quoted", "speech_text", "long", "statement")

# a subject pronoun before the trigger ("he stressed", "We oppose"): the actor is resolved, not named
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it)\b", re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”]")
#: A sentence this long (words) or longer is "long": run-on sentences carry history and participles.
LONG_SENTENCE = 40
#: An explicit date ending this many days or more before publication is "old" (history told in passing).
OLD_DAYS = 8


def _paragraph(text: str, start: int) -> int:
    """Index of the paragraph (blank-line separated, the title is 0) that holds offset ``start``."""
    return text.count("\n\n", 0, max(0, start))


def _days_before(published: dt.date | None, day: str | None) -> int | None:
    if published is None or not day or len(day) < 10:
        return None
    try:
        return (published - dt.date.fromisoformat(day[:10])).days
    except ValueError:
        return None


@cache
def _model_kinds() -> re.Pattern[str]:
    words = _data()["speech_text_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def event_features(event: Mapping, text: str, known: Callable[[str], bool],
                   published: dt.date | None) -> dict[str, float]:
    """The features of one event in its ``to_dict()`` form, from the article ``text`` (title first).

    Read by the run-time score and by the fitting script on stored outputs of older code alike, so
    both see the same numbers. ``known(id)``: the actor is in the gazetteer.
    """
    evidence = event.get("evidence") or []
    first = min(evidence, key=lambda e: e["start"]) if evidence else {"start": 0, "text": "", "region": "body"}
    para = _paragraph(text, first["start"])
    trig = (first.get("trigger") or {}).get("start", first["start"] + len(first.get("text", "")))
    before = text[first["start"]:trig]
    par_start = text.rfind("\n\n", 0, first["start"]) + 1
    date = event["date"]
    basis = date.get("basis")
    end = (date.get("interval") or [None, date.get("value")])[1]
    gap = _days_before(published, end)
    parts = text.split("\n\n", 2)
    title_para, lead_para = parts[0], parts[1] if len(parts) > 1 else ""
    kind = bool(_model_kinds().search(title_para) or _model_kinds().search(lead_para[:300]))
    actors, recipients = event.get("actors") or [], event.get("recipients") or []
    return {
        "title": float(any(e.get("region") == "title" for e in evidence)),
        "lead": float(para <= 1),
        "paragraph": math.log1p(para),
        "mentions": float(len(evidence) > 1),
        "explicit": float(basis in EXPLICIT_BASES),
        "report": float(basis == "report"),
        "publication": float(basis == "publication"),
        "old": float(basis != "publication" and gap is not None and gap >= OLD_DAYS),
        "reported": float(event.get("modality") == "reported"),
        "no_actor": float(not actors),
        "unknown_actor": float(any(not known(a) for a in actors)),
        # talks or an agreement of two or more actors have no recipient by design: not a missing one
        "no_recipient": float(not recipients and not (len(actors) >= 2 and event.get("type") in RECIPROCAL)),
        "pronoun": float(bool(_PRONOUN.search(before))),
        "quoted": float(len(_QUOTES.findall(text, par_start, trig)) % 2 == 1),
        "speech_text": float(kind and para >= 2),
        "long": float(len(first.get("text", "").split()) >= LONG_SENTENCE),
        "statement": float(event.get("type") == "STATEMENT"),
    }


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights over :data:`FEATURES` and the event type, and the timeline's default threshold."""

    intercept: float
    weights: Mapping[str, float]
    type_weights: Mapping[str, float]
    threshold: float

    def score(self, features: Mapping[str, float], type_: str = "") -> float:
        """The chance the event is right, rounded to two places (0.01 … 0.99)."""
        z = self.intercept + self.type_weights.get(type_, 0.0) + sum(
            w * features.get(k, 0.0) for k, w in self.weights.items())
        z = max(-30.0, min(30.0, z))  # beyond this the clip below decides anyway; exp() cannot overflow
        return round(min(0.99, max(0.01, 1.0 / (1.0 + math.exp(-z)))), 2)


@cache
def _data() -> dict:
    """``events/confidence.yaml``, read once per process."""
    return read_data("events/confidence.yaml")


@cache
def load_models() -> dict[str, ConfidenceModel]:
    """Every fitted model of ``events/confidence.yaml`` by name (read once per process); a file that is
    not what the code expects is a coded :class:`DataFileError`, not a crash of every article."""
    data = _data()
    try:
        models = {}
        for name, m in data["models"].items():
            unknown = set(m["weights"]) - set(FEATURES)
            if unknown:
                raise ValueError(f"model {name}: unknown features {sorted(unknown)}")
            models[name] = ConfidenceModel(float(m["intercept"]), {k: float(w) for k, w in m["weights"].items()},
                                           {k: float(w) for k, w in (m.get("type_weights") or {}).items()},
                                           float(m["threshold"]))
            if not 0.0 <= models[name].threshold <= 1.0:
                raise ValueError(f"model {name}: the threshold must lie between 0 and 1")
        if data["default_model"] not in models:
            raise ValueError(f"default_model {data['default_model']!r} is not a model")
        if len({m.threshold for m in models.values()}) > 1:
            # the store keeps one confidence per merged event and the timeline filters it by one number: a
            # threshold per model would need each event's outlets at query time (not built)
            raise ValueError("every model must have the same threshold")
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise DataFileError(f"events/confidence.yaml is invalid: {exc}") from exc
    return models


def model_name(source_model: str | None) -> str:
    """The model that scores an outlet's events: the outlet's ``confidence_model`` (data/actors/media.yaml),
    else the file's default (wire copy), also for an article of no known source."""
    if source_model and source_model in load_models():
        return source_model
    return _data()["default_model"]


def load_model(name: str | None = None) -> ConfidenceModel:
    """One fitted model: ``name``, else the default."""
    return load_models()[model_name(name)]


def min_confidence(name: str | None = None) -> float:
    """The default threshold of timelines and of the KCNA sample (every model has the same, checked on load)."""
    return load_model(name).threshold


def calibrate(events: Sequence[Event], text: str, known: Callable[[str], bool],
              published: dt.date | None, model: ConfidenceModel | None = None) -> list[Event]:
    """The events with ``confidence`` set to the model's estimate of the chance each is right."""
    model = model or load_model()
    return [replace(e, confidence=model.score(event_features(e.to_dict(), text, known, published), e.type))
            for e in events]
