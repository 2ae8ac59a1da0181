"""PLOVER contexts: the fields of public life an event belongs to (military, diplomatic, economic ...).

A context is read off the words of the event's own sentences, then the sectors of its participants,
then, when neither said anything, the usual field of its type (data/events/contexts.yaml). Words are
matched as whole words and phrases, a listed noun's plural too, so the cost is one pass over the
words of each evidence sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from ..datafiles import read_data
from ..errors import DataFileError

if TYPE_CHECKING:
    from ..actors.resolve import ArticleActors
    from .types import Event

__all__ = ["ContextRules", "context_names", "event_contexts", "most_contexts"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*|\$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _variants(word: str) -> set[str]:
    """A listed word and its plural: "troop" matches "troops", "casualty" "casualties"."""
    out = {word, word + "s", word + "es"}
    if word.endswith("y"):
        out.add(word[:-1] + "ies")
    return out


@dataclass(frozen=True)
class ContextRules:
    """Phrases by their words, sectors and type defaults, as contexts.yaml gives them."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]
    longest: int
    sectors: dict[str, tuple[str, ...]]
    types: dict[str, tuple[str, ...]]
    names: tuple[str, ...]
    broad: frozenset[str] = frozenset()
    most: int = 2  # the most contexts an event gets
    near: int = 80  # how near the trigger (characters) a word must be to add a second context

    @classmethod
    def from_data(cls, data: dict) -> "ContextRules":
        phrases: dict[tuple[str, ...], list[str]] = {}
        sectors: dict[str, list[str]] = {}
        types: dict[str, list[str]] = {}
        try:
            for name, rule in data["contexts"].items():
                for key in ("words", "sectors", "types"):
                    if not isinstance(rule.get(key, []), list):  # "words: army" would be read letter by letter
                        raise ValueError(f"{name}: {key} must be a list")
                for phrase in rule.get("words", []):
                    words = _words(str(phrase))
                    if not words:
                        raise ValueError(f"{name}: the phrase {phrase!r} has no word")
                    for last in _variants(words[-1]):
                        key = (*words[:-1], last)
                        if name not in phrases.setdefault(key, []):
                            phrases[key].append(name)
                for sector in rule.get("sectors", []):
                    sectors.setdefault(sector, []).append(name)
                for event_type in rule.get("types", []):
                    types.setdefault(event_type, []).append(name)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise DataFileError(f"events/contexts.yaml is invalid: {exc}") from exc
        return cls({k: tuple(v) for k, v in phrases.items()}, max(map(len, phrases), default=1),
                   {k: tuple(v) for k, v in sectors.items()}, {k: tuple(v) for k, v in types.items()},
                   tuple(data["contexts"]), frozenset(n for n, r in data["contexts"].items() if r.get("broad")),
                   int(data.get("most", 2)), int(data.get("near", 80)))

    def of_text(self, text: str, anchor: int | None = None) -> list[tuple[int, str]]:
        """(distance, context) for each context whose words the text uses: the distance in characters
        from ``anchor`` (the trigger) to the nearest such word, else its offset in the text."""
        spans = [(m.start(), m.group()) for m in _WORD.finditer(text.lower())]
        words = [w for _, w in spans]
        best: dict[str, int] = {}
        i = 0
        while i < len(words):  # the longest phrase wins: a "hunger strike" is no labour strike
            n = next((n for n in range(min(self.longest, len(words) - i), 0, -1)
                      if tuple(words[i:i + n]) in self.phrases), 0)
            for name in self.phrases.get(tuple(words[i:i + n]), ()) if n else ():
                d = abs(spans[i][0] - anchor) if anchor is not None else spans[i][0]
                best[name] = min(d, best.get(name, d))
            i += max(n, 1)
        return sorted((d, name) for name, d in best.items())

    def of_event(self, texts: Iterable[tuple[str, int | None]], event_type: str,
                 sectors: Sequence[str | None]) -> tuple[str, ...]:
        """The event's contexts: the words of its sentences nearest its trigger (at most ``most``), else
        its participants' sectors, else its type's field."""
        near: dict[str, int] = {}
        for text, anchor in texts:
            for d, name in self.of_text(text, anchor):
                near[name] = min(d, near.get(name, d))
        ranked = sorted(near.items(), key=lambda x: (x[0] in self.broad, x[1]))
        found = [name for k, (name, d) in enumerate(ranked[:self.most]) if k == 0 or d <= self.near]
        if not found:
            for sector in sectors:
                found += [c for c in self.sectors.get(sector or "", ()) if c not in found]
        return tuple(found or self.types.get(event_type, ()))


@functools.cache
def _rules() -> ContextRules:
    return ContextRules.from_data(read_data("events/contexts.yaml"))


def context_names() -> tuple[str, ...]:
    """Every context an event may get, in the order of contexts.yaml."""
    return _rules().names


def most_contexts() -> int:
    """The most contexts an event gets (contexts.yaml ``most``), merged events included."""
    return _rules().most


def event_contexts(event: "Event", actors: "ArticleActors") -> tuple[str, ...]:
    """The PLOVER contexts of one consolidated event, from its evidence and its participants."""
    people = [actors.actors.get(a) for a in (*event.actors, *event.recipients)]
    texts = [(e.text, e.trigger[0] - e.start if e.trigger else None) for e in event.evidence]
    return _rules().of_event(texts, event.type,
                             [a.sector for a in people if a is not None])
