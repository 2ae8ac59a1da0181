"""The value a temporal expression resolves to."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class TimeExpr:
    """A TIMEX3 expression found in an article, with offsets into ``article.text``.

    ``anchor`` names what a relative expression was resolved against: ``"dct"`` (the
    publication time) or the id of another expression (``"t2"``); ``None`` when absolute.
    ``interval`` is (earliest start, latest end) as ISO 8601 strings, inclusive, or None
    when the expression has no position on the calendar (most durations, sets).
    ``rule`` names the data-file rule that matched, so a wrong value can be traced to it.
    """

    id: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str  # second minute hour day week month quarter half season year decade century ref duration set
    anchor: str | None = None
    relative: bool = False
    interval: tuple[str, str] | None = None
    mod: str | None = None  # TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, ...
    rule: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["interval"] = list(self.interval) if self.interval else None
        return d
