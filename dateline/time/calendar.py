"""Calendar arithmetic on TIMEX3 values: shifting, weeks, quarters, seasons and intervals."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

__all__ = [
    "add_months",
    "easter",
    "granularity_of",
    "interval_of",
    "iso_week",
    "nth_weekday",
    "shift_value",
    "week_start",
]

#: TIMEX3 season codes and the (first month, last month) of each, northern meteorological seasons.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: Parts of day and the clock hours they cover (inclusive).
PART_HOURS = {
    "MO": ("06:00", "11:59"),
    "MI": ("11:00", "13:00"),
    "AF": ("12:00", "17:59"),
    "EV": ("18:00", "21:59"),
    "NI": ("20:00", "23:59"),
    "DT": ("08:00", "17:59"),
}

_RE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$")
_RE_PART = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$")
_RE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RE_YEAR = re.compile(r"^(\d{4})$")
_RE_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_RE_QUARTER = re.compile(r"^(\d{4})-([QH])(\d)$")
_RE_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_RE_DECADE = re.compile(r"^(\d{3})$")
_RE_CENTURY = re.compile(r"^(\d{2})$")


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months, the day clamped to the target month's length."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, _cal.monthrange(y, m)[1]))


def iso_week(d: dt.date) -> str:
    """The ISO week value of ``d`` (``2024-W26``); ISO years differ from calendar years near 1 Jan."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_start(year: int, week: int) -> dt.date:
    """Monday of ISO week ``week`` of ISO year ``year``."""
    return dt.date.fromisocalendar(year, week, 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (1=Monday) of a month; ``n=-1`` is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def granularity_of(value: str, type_: str = "DATE") -> str:
    """The granularity name of a TIMEX3 value (``2024-Q3`` -> ``quarter``)."""
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "set"
    if value.endswith("_REF"):
        return "ref"
    if _RE_TIME.match(value):
        return "second" if value.count(":") == 2 else "minute" if ":" in value else "hour"
    if _RE_PART.match(value):
        return "hour"
    for pattern, name in (
        (_RE_DAY, "day"),
        (_RE_MONTH, "month"),
        (_RE_YEAR, "year"),
        (_RE_SEASON, "season"),
        (_RE_DECADE, "decade"),
        (_RE_CENTURY, "century"),
    ):
        if pattern.match(value):
            return name
    if _RE_WEEK.match(value):
        return "week"
    q = _RE_QUARTER.match(value)
    if q:
        return "quarter" if q.group(2) == "Q" else "half"
    return "unknown"


def _end_of_month(y: int, m: int) -> dt.date:
    return dt.date(y, m, _cal.monthrange(y, m)[1])


def interval_of(value: str) -> tuple[str, str] | None:
    """(earliest start, latest end), inclusive ISO strings, for a calendar value; None otherwise."""
    try:
        return _interval(value)
    except ValueError:  # an impossible date such as 2023-02-29 from bad input
        return None


def _interval(value: str) -> tuple[str, str] | None:
    if m := _RE_DAY.match(value):
        d = dt.date(*map(int, m.groups()))
        return d.isoformat(), d.isoformat()
    if m := _RE_TIME.match(value):
        d = dt.date(*map(int, m.groups()[:3]))
        hh, mm, ss = m.group(4), m.group(5), m.group(6)
        if int(hh) == 24:
            d, hh = d + dt.timedelta(days=1), "00"
        if mm is None:
            return f"{d}T{hh}:00", f"{d}T{hh}:59"
        if ss is None:
            return f"{d}T{hh}:{mm}", f"{d}T{hh}:{mm}"
        return f"{d}T{hh}:{mm}:{ss}", f"{d}T{hh}:{mm}:{ss}"
    if m := _RE_PART.match(value):
        d = dt.date(*map(int, m.groups()[:3]))
        lo, hi = PART_HOURS[m.group(4)]
        return f"{d}T{lo}", f"{d}T{hi}"
    if m := _RE_MONTH.match(value):
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1).isoformat(), _end_of_month(y, mo).isoformat()
    if m := _RE_YEAR.match(value):
        return f"{m.group(1)}-01-01", f"{m.group(1)}-12-31"
    if m := _RE_WEEK.match(value):
        monday = week_start(int(m.group(1)), int(m.group(2)))
        first = monday + dt.timedelta(days=5) if m.group(3) else monday
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m := _RE_QUARTER.match(value):
        y, n = int(m.group(1)), int(m.group(3))
        size = 3 if m.group(2) == "Q" else 6
        first = size * (n - 1) + 1
        return dt.date(y, first, 1).isoformat(), _end_of_month(y, first + size - 1).isoformat()
    if m := _RE_SEASON.match(value):
        y = int(m.group(1))
        lo, hi = SEASON_MONTHS[m.group(2)]
        end_year = y + 1 if hi < lo else y
        return dt.date(y, lo, 1).isoformat(), _end_of_month(end_year, hi).isoformat()
    if m := _RE_DECADE.match(value):
        y = int(m.group(1)) * 10
        return f"{y:04d}-01-01", f"{y + 9:04d}-12-31"
    if m := _RE_CENTURY.match(value):
        y = int(m.group(1)) * 100
        return f"{y:04d}-01-01", f"{y + 99:04d}-12-31"
    return None


def shift_value(value: str, unit: str, n: int) -> str | None:
    """``value`` moved by ``n`` units (Y, Q, H, M, W, D); None when the value cannot move."""
    if m := _RE_DAY.match(value):
        d = dt.date(*map(int, m.groups()))
        return _shift_date(d, unit, n).isoformat()
    if m := _RE_MONTH.match(value):
        d = add_months(dt.date(int(m.group(1)), int(m.group(2)), 1), n * _MONTHS.get(unit, 0))
        return f"{d.year:04d}-{d.month:02d}" if unit in _MONTHS else None
    if m := _RE_YEAR.match(value):
        step = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
        return f"{int(m.group(1)) + n * step:04d}" if step else None
    if m := _RE_QUARTER.match(value):
        y, kind, q = int(m.group(1)), m.group(2), int(m.group(3))
        per_year = 4 if kind == "Q" else 2
        if unit == "Y":
            return f"{y + n:04d}-{kind}{q}"
        if (unit == "Q" and kind == "Q") or (unit == "H" and kind == "H"):
            i = y * per_year + q - 1 + n
            return f"{i // per_year:04d}-{kind}{i % per_year + 1}"
        return None
    if m := _RE_WEEK.match(value):
        monday = week_start(int(m.group(1)), int(m.group(2)))
        days = {"W": 7, "D": 1}.get(unit)
        if days is None:
            if unit != "Y":
                return None
            return f"{int(m.group(1)) + n:04d}-W{m.group(2)}{m.group(3) or ''}"
        return iso_week(monday + dt.timedelta(days=days * n)) + (m.group(3) or "")
    if m := _RE_SEASON.match(value):
        return f"{int(m.group(1)) + n:04d}-{m.group(2)}" if unit == "Y" else None
    return None


_MONTHS = {"M": 1, "Q": 3, "H": 6, "Y": 12}


def _shift_date(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    return add_months(d, n * {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit])
