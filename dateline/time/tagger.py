"""Find temporal expressions in article text and resolve them to TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from dataclasses import dataclass
from typing import Sequence

from ..errors import PublicationDateError
from ..ingest.paragraphs import split_paragraphs
from ..nlp import ParsedParagraph, Region
from .calendar import granularity_of, interval_of
from .resolve import NORMALISERS, Context, Focus, Match, Resolution
from .rules import CompiledRule, Grammar, load_grammar
from .tense import TenseFinder
from .types import TimeExpr

__all__ = ["TimeTagger"]

_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"[0-9]")
#: Kinds whose value needs the clause's tense; the others skip the (costlier) tense lookup.
_TENSED = {"date", "weekday", "quarter", "season", "holiday", "relative", "clock"}


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: CompiledRule
    match: object


class TimeTagger:
    """Stateful stage: construct with ``TimeTagger.load()``, then call ``tag``."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar

    @classmethod
    def load(cls, path: str | pathlib.Path | None = None) -> "TimeTagger":
        """Read vocabulary and rules from ``dateline/data/time`` (or ``path``)."""
        return cls(load_grammar(path))

    def tag(
        self,
        text: str,
        dct: dt.date | dt.datetime,
        *,
        regions: Sequence[Region] | None = None,
        paragraphs: Sequence[ParsedParagraph] | None = None,
    ) -> list[TimeExpr]:
        """Temporal expressions in ``text`` (only inside ``regions`` when given), in text order.

        ``dct`` is the document creation (publication) time; ``paragraphs`` are the spaCy
        parses of the regions, used for tense when present.
        """
        if isinstance(dct, dt.datetime):
            ctx = Context(dct.date(), dct, self.grammar)
        elif isinstance(dct, dt.date):
            ctx = Context(dct, None, self.grammar)
        else:  # relative dates need an explicit anchor: never fall back to "now"
            raise PublicationDateError(f"the time tagger needs a publication date, got {dct!r}")
        if regions is None:
            regions = split_paragraphs(text)
        parses = {p.start: p for p in paragraphs or []}
        found: list[tuple[int, int, Resolution, str | None, str]] = []
        regions = sorted(regions, key=lambda r: r.start)
        chosen = [self._select(self._candidates(text, region)) for region in regions]
        ctx.historical = _historical(text, [c for cs in chosen for c in cs], ctx.dct.year)
        for number, (region, cands) in enumerate(zip(regions, chosen)):
            ctx.paragraph = number
            parse = parses.get(region.start)
            tenses = TenseFinder(
                text, region.start, region.end,
                parse.doc if parse else None, parse.start if parse else 0,
            )
            for cand in cands:
                m = Match(cand.match, cand.rule, self.grammar)
                kind = cand.rule.rule.kind
                ctx.tense = tenses.tense_at(cand.start, cand.end) if kind in _TENSED else "unknown"
                res = NORMALISERS[kind](m, ctx)
                if res is None:
                    continue
                start, mod = self._modifier(text, region.start, cand.start, res, found)
                if mod is not None or res.mod is not None:
                    res = Resolution(res.type, res.value, res.anchor, res.relative, mod or res.mod)
                anchor_id = ctx.focus.id if res.anchor == "focus" and ctx.focus else None
                found.append((start, cand.end, res, anchor_id, cand.rule.rule.name))
                index = len(found)
                # "a year earlier", "the winter" look from the focus without moving it
                moves = kind not in ("offset", "season") or res.anchor != "focus"
                if moves and res.type in ("DATE", "TIME") and interval_of(res.value) is not None:
                    # a date resolved against a focus with a known year has a known year too
                    known = not res.relative or (
                        res.anchor == "focus" and ctx.focus is not None and ctx.focus.explicit_year
                    )
                    if ctx.historical and not known and ctx.focus is not None:
                        continue  # a history keeps its dated focus past "today" and "now"
                    if ctx.historical and _digression(res.value, ctx.focus):
                        continue  # "the largest cavalry battle since 1813" in a story of 1920
                    ctx.focus = Focus(
                        res.value, granularity_of(res.value), f"#{index}",
                        explicit_year=known, paragraph=number, kind=kind,
                    )
                    if ctx.focus.granularity in ("quarter", "half"):
                        ctx.quarter = ctx.focus
        return _finish(text, found)

    def _candidates(self, text: str, region: Region) -> list[_Candidate]:
        out: list[_Candidate] = []
        chunk = text[region.start:region.end].lower()
        words = set(_WORD.findall(chunk))
        digits = _DIGIT.search(chunk) is not None
        for rule in self.grammar.rules:
            if not (rule.digits and digits) and rule.triggers.isdisjoint(words):
                continue
            for m in rule.regex.finditer(text, region.start, region.end):
                s, e = m.span()
                if s == e:
                    continue
                if rule.preceded_by and not rule.preceded_by.search(text, max(region.start, s - 40), s):
                    continue
                if rule.not_preceded_by and rule.not_preceded_by.search(text, max(region.start, s - 40), s):
                    continue
                if rule.followed_by and not rule.followed_by.match(text, e, min(region.end, e + 40)):
                    continue
                if rule.not_followed_by and rule.not_followed_by.match(text, e, min(region.end, e + 40)):
                    continue
                out.append(_Candidate(s, e, rule, m))
        return out

    @staticmethod
    def _select(cands: list[_Candidate]) -> list[_Candidate]:
        """Longest match first, then the earlier rule; no two chosen matches overlap."""
        chosen: list[_Candidate] = []
        for c in sorted(cands, key=lambda c: (c.start - c.end, c.rule.priority, c.start)):
            if all(c.end <= o.start or o.end <= c.start for o in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def _modifier(
        self, text: str, floor: int, start: int, res: Resolution, found: list
    ) -> tuple[int, str | None]:
        """Extend the span left over "early", "about", "the end of" and return the TIMEX3 mod."""
        if found and found[-1][1] > floor:
            floor = max(floor, found[-1][1])
        window_start = max(floor, start - 40)
        window = text[window_start:start]
        reference = res.value.endswith("_REF")
        calendar = res.type in ("DATE", "TIME") and not reference
        for cls, regex, calendar_only in self.grammar.modifiers:
            # "about recent advances": "about" is a preposition before a vague reference
            if (calendar_only and not calendar) or reference:
                continue
            # "over", "under" are prepositions before "the weekend", quantities only before numbers
            if cls != "date_mod" and text.startswith(("the ", "The "), start):
                continue
            m = regex.search(window)
            if m:
                word = " ".join(m.group("mod").lower().split())
                # "lasted over a year", "in over six years": a quantity; "rose over three years": a preposition
                if word in ("over", "under") and not _QUANTITY_CONTEXT.search(window, 0, m.start("mod")):
                    continue
                return window_start + m.start("mod"), self.grammar.lookup[cls].get(word)
        return start, None


#: Words after which "over" and "under" modify a quantity instead of heading a phrase.
_QUANTITY_CONTEXT = re.compile(
    r"\b(?:in|for|within|than|after|of|last|lasted|lasting|lasts|took|takes|take|taking|just|only|spent|spend)\s+\Z",
    re.IGNORECASE,
)


def _digression(value: str, focus: Focus | None) -> bool:
    """A bare year decades away from the dated focus of a history: an aside, not a move."""
    if focus is None or not focus.explicit_year or granularity_of(value) != "year":
        return False
    here, there = _year_number(value), _year_number(focus.value)
    return here is not None and there is not None and abs(here - there) > 20


def _year_number(value: str) -> int | None:
    m = re.match(r"(BC)?(\d{4})", value)
    if m is None:
        return None
    return -int(m.group(2)) if m.group(1) else int(m.group(2))


#: Rules whose matches count days from the publication date: news, not a history, uses them.
_NEWS_RULES = frozenset({"weekday", "weekday_relative", "yesterday", "last_night"})


def _historical(text: str, cands: list[_Candidate], dct_year: int) -> bool:
    """Most written-out years lie two or more years from the DCT, none near it, and no day is
    counted from the DCT ("on Friday", "yesterday"): a history."""
    for c in cands:
        # "Sunday dawn of 25 June 1950" names a dated day, not one counted from the DCT
        if c.rule.rule.name in _NEWS_RULES and not _DIGIT.search(text, c.end, c.end + 25):
            return False
    years = []
    for c in cands:
        y = c.match.groupdict().get("year")
        if y:
            years.append(int(y))
        elif c.rule.rule.params.get("bc"):
            years.append(-1)  # "480 BC"
    far = sum(1 for y in years if abs(y - dct_year) >= 2)
    near = len(years) - far
    return far >= 3 and near == 0


def _finish(text: str, found: list[tuple[int, int, Resolution, str | None, str]]) -> list[TimeExpr]:
    order = sorted(range(len(found)), key=lambda i: found[i][0])
    new_id = {f"#{i + 1}": f"t{rank + 1}" for rank, i in enumerate(order)}
    out = []
    for rank, i in enumerate(order):
        s, e, res, anchor_id, rule = found[i]
        anchor = new_id.get(anchor_id) if anchor_id else ("dct" if res.anchor == "dct" else None)
        if res.anchor == "focus" and anchor is None:
            anchor = "dct"
        calendar = res.type in ("DATE", "TIME")
        out.append(
            TimeExpr(
                id=f"t{rank + 1}",
                start=s,
                end=e,
                text=text[s:e],
                type=res.type,
                value=res.value,
                granularity=granularity_of(res.value, res.type),
                anchor=anchor,
                relative=res.relative,
                interval=interval_of(res.value) if calendar else None,
                mod=res.mod,
                rule=rule,
            )
        )
    return out
