"""Event values: one mention in a sentence, and the event that merges an article's mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MODALITIES = ("asserted", "reported", "expected", "hypothetical", "negated", "habitual", "background")
#: Modalities that enter timelines by default.
FACTUAL = frozenset({"asserted", "reported"})
#: Date bases the event's own sentence gives (a time expression, or one shared with a coordinated verb).
EXPLICIT_BASES = frozenset({"time_expression", "coordination"})
#: Types whose participants act together (talks, agreements, cooperation): two actors and no recipient is the
#: normal shape ("Kim and Putin held talks"), not a missing target.
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str
    trigger: tuple[int, int] | None = None
    region: str = "body"

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "region": self.region}
        if self.trigger:
            d["trigger"] = {"start": self.trigger[0], "end": self.trigger[1]}
        return d


@dataclass(frozen=True)
class Attribution:
    """One link of the chain of who says so: a source and the words that credit it."""

    actor: str | None
    cue: str
    text: str | None = None
    time: str | None = None  # the time expression id of the report, when given ("reported Saturday")

    def to_dict(self) -> dict:
        return {"actor": self.actor, "cue": self.cue, "text": self.text}


@dataclass(frozen=True)
class EventDate:
    value: str
    granularity: str
    basis: str  # time_expression, coordination, report, publication
    time_id: str | None = None
    interval: tuple[str, str] | None = None

    def to_dict(self) -> dict:
        return {"value": self.value, "granularity": self.granularity, "basis": self.basis, "time_id": self.time_id,
                "interval": list(self.interval) if self.interval else None}


@dataclass
class EventMention:
    """One place in the text that says an event happened."""

    type: str
    cameo: str
    mode: str | None
    trigger: str
    evidence: Evidence
    actors: list[str]
    recipients: list[str]
    modality: str
    attribution: list[Attribution]
    date: EventDate | None = None
    location: dict | None = None
    theme: str | None = None
    sentence: int = 0
    rule: str = ""
    salience: float = 0.0
    guessed_recipients: bool = False  # the nearest other actor, not an argument of the trigger
    cue: Any = None  # the word that made the mention non-factual ("will", "plans"), a spaCy token
    report_time: Any = None  # TimeExpr of the report that tells it ("reported Saturday")

    @property
    def participants(self) -> set[str]:
        return set(self.actors) | set(self.recipients)


@dataclass(frozen=True)
class Event:
    """An event as reported in one article, with every mention that tells it."""

    id: str
    type: str
    mode: str | None
    cameo: str
    modality: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: EventDate
    location: dict | None
    attribution: tuple[Attribution, ...]
    evidence: tuple[Evidence, ...]
    confidence: float  # the chance the event is right (events/confidence.py)
    trigger: str = ""
    theme: str | None = None
    extra: dict = field(default_factory=dict)
    contexts: tuple[str, ...] = ()  # PLOVER contexts (data/events/contexts.yaml)
    salience: float = 0.0  # how much it is its sentence's main act (consolidate._salience)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "contexts": list(self.contexts),
            "modality": self.modality,
            "actors": list(self.actors),
            "recipients": list(self.recipients),
            "date": self.date.to_dict(),
            "location": self.location,
            "attribution": [a.to_dict() for a in self.attribution],
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": self.confidence,
            "salience": self.salience,
            "trigger": self.trigger,
        }
