"""The event codebook as data: trigger rules, CAMEO defaults, themes and cue words."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..datafiles import read_data
from ..errors import DataFileError

__all__ = ["Lexicon", "TriggerRule", "noun_forms", "verb_forms"]

_VOWELS = set("aeiou")


def verb_forms(lemma: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Inflections of a verb; over-generates doubled consonants, which never hurts a lookup."""
    forms = {lemma}
    irregular = irregular or {}
    if lemma in irregular:
        forms.update(irregular[lemma])
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("ee") or lemma.endswith("ye") or lemma.endswith("oe"):
        past, ing = [lemma + "d"], [lemma + "ing"]
    elif lemma.endswith("ie"):
        past, ing = [lemma + "d"], [lemma[:-2] + "ying"]
    elif lemma.endswith("e"):
        past, ing = [lemma + "d"], [lemma[:-1] + "ing"]
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past, ing = [lemma[:-1] + "ied"], [lemma + "ing"]
    elif (len(lemma) >= 3 and lemma[-1] not in _VOWELS | set("wxy") and lemma[-2] in _VOWELS
          and (lemma[-3] not in _VOWELS or lemma[-4:-2] == "qu")):  # "equip" -> "equipped"
        past = [lemma + "ed", lemma + lemma[-1] + "ed"]
        ing = [lemma + "ing", lemma + lemma[-1] + "ing"]
    else:
        past, ing = [lemma + "ed"], [lemma + "ing"]
    if lemma not in irregular:
        forms.update(past)
    forms.update(ing)
    return forms


def noun_forms(lemma: str) -> set[str]:
    """Singular and plural of a noun (or of the last word of a phrase)."""
    head, _, last = lemma.rpartition(" ")
    prefix = head + " " if head else ""
    forms = {last}
    if last.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(last + "es")
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        forms.add(last[:-1] + "ies")
    else:
        forms.add(last + "s")
    if last.endswith("s") and not last.endswith("ss"):
        forms.add(last[:-1])
    if last.endswith("man") and not last.endswith(("human", "german", "roman", "ottoman")):
        forms.add(last[:-3] + "men")  # "gunmen", "policemen", "fishermen", "women"
    if last in ("person", "child", "people"):
        forms |= {"person": {"people"}, "child": {"children"}, "people": set()}[last]
    return {prefix + f for f in forms}


class _Retype(BaseModel):
    model_config = ConfigDict(extra="forbid")
    modifiers: list[str]
    type: str
    cameo: str


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lemma: str
    type: str
    cameo: str
    mode: str | None = None
    objects: list[str] = Field(default_factory=list)
    object_preps: list[str] = Field(default_factory=list)
    particle: str | None = None
    recipient: list[str] = Field(default_factory=list)
    retype: list[_Retype] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list)
    with_prep: list[str] = Field(default_factory=list)
    needs_recipient: bool = False
    #: the verb takes no direct object in this sense ("crowds demonstrated", not "demonstrated its might")
    intransitive: bool = False
    #: the verb counts only when one of these words is said of its object ("found the men guilty")
    complement: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)


class _TriggerFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verbs: list[_Rule]
    nouns: list[_Rule]


@dataclass(frozen=True)
class TriggerRule:
    """One way of saying that an event of ``type`` happened."""

    lemma: str
    pos: str  # verb | noun
    type: str
    cameo: str
    mode: str | None
    objects: frozenset[str]  # every accepted object phrase, inflected, lower case
    object_preps: tuple[str, ...]
    particle: str | None
    recipient: tuple[str, ...]
    retype: tuple[tuple[frozenset[str], str, str], ...]
    needs: frozenset[str]
    with_prep: tuple[str, ...] = ()
    needs_recipient: bool = False
    intransitive: bool = False
    complement: frozenset[str] = frozenset()
    examples: tuple[str, ...] = field(default=(), compare=False)

    def accepts_object(self, phrase: str) -> bool:
        """Does an object phrase ("the 10th enlarged plenary meeting") satisfy ``objects``?"""
        if not self.objects:
            return True
        words = phrase.lower().split()
        for n in range(min(3, len(words)), 0, -1):
            if " ".join(words[-n:]) in self.objects:
                return True
        return False


class Lexicon:
    """Triggers by inflected form, plus CAMEO defaults, themes and cue words."""

    def __init__(self, codebook: dict, triggers: dict, cues: dict, irregular: dict[str, list[str]],
                 intents: dict | None = None) -> None:
        self.country_nouns: frozenset[str] = frozenset()
        self.body_nouns: frozenset[str] = frozenset()
        self.casualty_verbs: frozenset[str] = frozenset(
            f for v in cues.get("casualty_verbs", ()) for f in verb_forms(v, irregular))
        self.intents = intents or {"agree": {}, "threaten": {}, "threat_marks": [], "request_aux": [],
                                   "request_cameo": "100"}
        #: verbs of asking whose "to" clause is asked for, not done ("asked the Council to lift ...")
        self.request_heads: frozenset[str] = frozenset(self.intents.get("request_heads", ()))
        try:
            parsed = _TriggerFile.model_validate(triggers)
        except ValidationError as exc:
            raise DataFileError(f"events/triggers.yaml is invalid: {str(exc).splitlines()[0]}") from exc
        self.types: dict[str, dict[str, Any]] = codebook["types"]
        self.themes: dict[str, str] = {}
        for theme, words in codebook["themes"].items():
            for w in words:
                for f in noun_forms(w):
                    self.themes.setdefault(f, theme)
        self.verbs: dict[str, list[TriggerRule]] = defaultdict(list)
        self.nouns: dict[str, list[TriggerRule]] = defaultdict(list)
        self.rules: list[TriggerRule] = []
        for pos, rules, table in (("verb", parsed.verbs, self.verbs), ("noun", parsed.nouns, self.nouns)):
            for r in rules:
                if r.type not in self.types:
                    raise DataFileError(f"trigger {r.lemma!r} has unknown type {r.type!r}")
                rule = TriggerRule(
                    lemma=r.lemma, pos=pos, type=r.type, cameo=r.cameo, mode=r.mode,
                    objects=frozenset(f for o in r.objects for f in noun_forms(o.lower())),
                    object_preps=tuple(r.object_preps), particle=r.particle, recipient=tuple(r.recipient),
                    retype=tuple((frozenset(x.modifiers), x.type, x.cameo) for x in r.retype),
                    needs=frozenset(f for o in r.needs for f in noun_forms(o.lower())),
                    with_prep=tuple(r.with_prep), needs_recipient=r.needs_recipient, intransitive=r.intransitive,
                    complement=frozenset(w.lower() for w in r.complement), examples=tuple(r.examples),
                )
                self.rules.append(rule)
                forms = verb_forms(r.lemma, irregular) if pos == "verb" else noun_forms(r.lemma)
                for f in forms:
                    table[f].append(rule)
        # rules that constrain their object are tried before the bare verb
        for table in (self.verbs, self.nouns):
            for form, rules in table.items():
                rules.sort(key=lambda r: (not r.objects and not r.particle and not r.needs and not r.with_prep
                                          and not r.complement))
        self.reporting = frozenset(f for v in cues["reporting_verbs"] for f in verb_forms(v, irregular))
        self.report_nouns = frozenset(f for n in cues["report_nouns"] for f in noun_forms(n))
        self.light_verbs = frozenset(f for v in cues["light_verbs"] for f in verb_forms(v, irregular))
        self.light_in_verbs = frozenset(f for v in cues.get("light_in_verbs", ()) for f in verb_forms(v, irregular)) \
            | frozenset(f for v in cues.get("light_in_verbs", ()) for f in noun_forms(v))
        self.in_event_nouns = frozenset(f for n in cues.get("in_event_nouns", ()) for f in noun_forms(n))
        self.caption_verbs = frozenset(f for v in cues["caption_verbs"] for f in verb_forms(v, irregular))
        self.protest_doers = frozenset(f for n in cues.get("protest_doers", ()) for f in noun_forms(n))
        self.protest_doer_modifiers = frozenset(cues.get("protest_doer_modifiers", ()))
        self.statement_verbs = frozenset(f for v in cues["statement_verbs"] for f in verb_forms(v, irregular))
        self.statement_nouns = frozenset(f for n in cues["statement_nouns"] for f in noun_forms(n))
        self.transnational_doers: dict[str, str] = {
            f: sector for sector, words in cues.get("transnational_doers", {}).items()
            for w in words for f in noun_forms(w.lower())}
        self.of_doer_nouns = frozenset(f for n in cues.get("of_doer_nouns", ()) for f in noun_forms(n))
        self.aid_purposes = frozenset(w.lower() for w in cues.get("aid_purposes", ()))
        self.document_nouns = frozenset(f for n in cues.get("document_nouns", ()) for f in noun_forms(n))
        self.issue_verbs = frozenset(f for v in cues.get("issue_verbs", ()) for f in verb_forms(v, irregular))
        m = cues["modality"]
        self.future_aux = frozenset(m["future_aux"])
        self.hypothetical_aux = frozenset(m["hypothetical_aux"])
        self.future_heads = frozenset(f for v in m["future_heads"] for f in verb_forms(v, irregular))
        self.future_nouns = frozenset(f for n in m["future_nouns"] for f in noun_forms(n))
        self.hypothetical_nouns = frozenset(f for n in m["hypothetical_nouns"] for f in noun_forms(n))
        self.habitual = frozenset(m["habitual_adverbs"])
        self.tally_nouns = frozenset(m.get("tally_nouns", ()))
        self.tally_adverbs = frozenset(m.get("tally_adverbs", ()))
        self.tally_counts = frozenset(m.get("tally_counts", ()))
        self.tally_spans = frozenset(m.get("tally_spans", ()))
        self.own_meetings = frozenset(w.lower() for w in cues.get("own_meeting_modifiers", ()))
        self.negation = frozenset(m["negation"])
        self.planned = frozenset(m["planned_modifiers"])
        self.conditional = frozenset(m["conditional_marks"])
        self.sector_nouns: dict[str, str] = {}
        for sector, words in cues["sector_nouns"].items():
            for w in words:
                for f in noun_forms(w.lower()):
                    self.sector_nouns.setdefault(f, sector)

    @classmethod
    def load(cls) -> "Lexicon":
        lexicon = cls(*(read_data(f"events/{name}.yaml") for name in ("codebook", "triggers", "cues",
                                                                        "irregular_verbs", "intents")))
        groups = read_data("events/groups.yaml")
        lexicon.country_nouns = frozenset(f for n in groups["country_nouns"] for f in noun_forms(n))
        lexicon.body_nouns = frozenset(f for n in groups["body_nouns"] for f in noun_forms(n))
        return lexicon

    def default_cameo(self, event_type: str) -> str:
        return str(self.types[event_type]["cameo"])

    def theme(self, noun: str | None) -> str | None:
        return self.themes.get(noun.lower()) if noun else None

    def examples(self) -> Iterable[tuple[TriggerRule, str]]:
        for rule in self.rules:
            for ex in rule.examples:
                yield rule, ex



