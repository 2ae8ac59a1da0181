"""Metadata in wire-copy layouts: byline lines and lead-paragraph datelines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..datafiles import read_data

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_PLACEHOLDERS = {
    "MONTH": r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?",
    "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
    "YEAR": r"(?P<year>(?:19|20)\d\d)",
    "TIME": r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*\(?(?P<tz>[A-Z]{2,4})\)?)?",
    "DASH": r"(?:--|—|–|-|_)",
    "AGENCY": r"(?P<agency>[A-Z][\w.&'’ -]{1,38}?)",
}


@dataclass(frozen=True)
class LayoutMatch:
    """What a byline or dateline says; ``end`` is where the matched prefix stops."""

    rule: str
    end: int
    published: dt.datetime | dt.date | None = None
    tz: str | None = None
    by: str | None = None
    place: str | None = None
    region: str | None = None
    agency: str | None = None
    month: int | None = None
    day: int | None = None


def _expand(pattern: str) -> re.Pattern:
    for key, value in _PLACEHOLDERS.items():
        pattern = pattern.replace("{" + key + "}", value)
    return re.compile(pattern)


class Layouts:
    """Compiled byline and dateline rules from ``data/ingest/layouts.yaml``."""

    def __init__(self, spec: dict) -> None:
        self.spec = spec
        self.bylines = [(r["name"], _expand(r["pattern"])) for r in spec["bylines"]]
        self.datelines = [(r["name"], _expand(r["pattern"])) for r in spec["datelines"]]
        self.zones = {k: dt.timezone(dt.timedelta(hours=v)) for k, v in spec["zones"].items()}

    @classmethod
    def load(cls) -> "Layouts":
        return cls(read_data("ingest/layouts.yaml"))

    def byline(self, line: str) -> LayoutMatch | None:
        """Read a whole line such as "June 29, 2024 - 10:19 By Yonhap"; None if it is not one."""
        if len(line) > 160:
            return None
        for name, rx in self.bylines:
            m = rx.match(line)
            if m:
                return self._read(name, m)
        return None

    def dateline(self, paragraph: str) -> LayoutMatch | None:
        """Read the dateline opening a lead paragraph ("SEOUL, June 28 (Reuters) -")."""
        for name, rx in self.datelines:
            m = rx.match(paragraph)
            if m and m.end() < len(paragraph):
                return self._read(name, m)
        return None

    def _read(self, name: str, m: re.Match) -> LayoutMatch:
        g = {k: v for k, v in m.groupdict().items() if v}
        month = MONTHS[g["month"][:3].lower()] if "month" in g else (int(g["mon"]) if "mon" in g else None)
        day = int(g["day"]) if "day" in g else None
        published: dt.datetime | dt.date | None = None
        if "year" in g and month and day:
            try:
                published = dt.date(int(g["year"]), month, day)
            except ValueError:
                published = None
            if published and "hour" in g:
                hour = int(g["hour"])
                ampm = g.get("ampm", "").replace(".", "").replace(" ", "").lower()
                if ampm == "pm" and hour < 12:
                    hour += 12
                elif ampm == "am" and hour == 12:
                    hour = 0
                if hour < 24:
                    published = dt.datetime(published.year, published.month, published.day, hour,
                                            int(g["minute"]), tzinfo=self.zones.get(g.get("tz", "")))
        return LayoutMatch(
            rule=name, end=m.end(), published=published, tz=g.get("tz"), by=g.get("by"),
            place=g.get("place"), region=g.get("region"), agency=g.get("agency"), month=month, day=day,
        )
