"""Normalisers: turn one rule match into a TIMEX3 value, given the anchors in scope.

Each rule in the data files names one of these by its ``kind``. A normaliser returns a
``Resolution`` or None when the words cannot be a date after all (31 February, hour 27).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from .calendar import add_months, easter, granularity_of, iso_week, nth_weekday, shift_value
from .rules import CompiledRule, Grammar

__all__ = ["Context", "Focus", "Match", "Resolution", "NORMALISERS"]

#: Granularities from finest to coarsest, to compare an anchor with the unit asked of it.
_RANK = {
    "second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "quarter": 6,
    "half": 7, "season": 7, "year": 8, "decade": 9, "century": 10,
}
_UNIT_GRAIN = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half",
               "Y": "year", "DE": "decade", "CE": "century"}


@dataclass(frozen=True)
class Focus:
    """The reference time in focus: the last calendar value the narrative moved to."""

    value: str
    granularity: str
    id: str
    explicit_year: bool
    paragraph: int = 0
    kind: str = "date"  # the normaliser that produced it


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    anchor: str | None = None  # "dct", "focus" or None
    relative: bool = False
    mod: str | None = None


@dataclass
class Context:
    """What a normaliser may look at: the publication time, the focus and the clause's tense."""

    dct: dt.date
    dct_time: dt.datetime | None
    grammar: Grammar
    focus: Focus | None = None
    tense: str = "unknown"  # past, present, future, unknown
    #: most years the text writes out lie far from the DCT (history, an old report)
    historical: bool = False
    #: the last quarter or half the text named: financial comparisons count from it
    quarter: Focus | None = None
    paragraph: int = 0

    def narrative(self) -> bool:
        """Resolve against the focus, not the DCT: a history text whose focus has a known year."""
        f = self.focus
        return self.historical and f is not None and f.explicit_year

    def focus_date(self) -> dt.date | None:
        f = self.focus
        if f is None or _RANK.get(f.granularity, 99) > _RANK["day"]:
            return None
        return _date_of(f.value)


class Match:
    """A rule's regex match with its word-class groups looked up."""

    def __init__(self, m: re.Match, compiled: CompiledRule, grammar: Grammar) -> None:
        self.m = m
        self.rule = compiled.rule
        self.params: dict[str, Any] = compiled.rule.params
        self._classes = compiled.group_classes
        self._lookup = grammar.lookup

    def text(self, group: str) -> str | None:
        groups = self.m.groupdict()
        if group not in groups:
            return None
        k = 2
        name = group
        while groups.get(name) is None and name in groups:
            name, k = f"{group}__{k}", k + 1
        return groups.get(name)

    def _group(self, group: str) -> str:
        """The alias of ``group`` that matched (``part`` or ``part__2``)."""
        groups = self.m.groupdict()
        k, name = 2, group
        while groups.get(name) is None and f"{group}__{k}" in groups:
            name, k = f"{group}__{k}", k + 1
        return name

    def val(self, group: str) -> Any:
        """The vocabulary value of a word-class group, or its text for built-in classes."""
        t = self.text(group)
        if t is None:
            return None
        cls = self._classes.get(self._group(group))
        table = self._lookup.get(cls) if cls else None
        if table is None:
            return t
        key = re.sub(r"\s+", " ", t.lower())
        return table.get(key, table.get(key.rstrip(".")))

    def of_class(self, *classes: str) -> str | None:
        """The name of the first matched group holding one of ``classes``."""
        for group, cls in self._classes.items():
            if cls in classes and self.m.group(group) is not None:
                return group
        return None

    def num(self, group: str = "num") -> float | str | None:
        """A quantity: a number, ``X`` for fuzzy words, None when absent."""
        if self.text("fuzzy") is not None:
            return "X"
        t = self.text(group)
        if t is None:
            return None
        return parse_number(t, self._lookup["num"])


def parse_number(text: str, words: dict[str, int]) -> float | None:
    t = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", t):
        t = t.replace(",", "")  # "1,460 years"
    half = 0.0
    for suffix in (" and a half", " 1/2"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)], 0.5
    if t in ("a", "an", "one"):
        return 1 + half
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", t):
        return float(t) + half
    n = words.get(t)
    return None if n is None else n + half


# --- value helpers -----------------------------------------------------------------------

def _date_of(value: str) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def _start_of(value: str) -> dt.date | None:
    from .calendar import interval_of

    iv = interval_of(value)
    return dt.date.fromisoformat(iv[0][:10]) if iv else None


def _unit_value(d: dt.date, unit: str) -> str:
    """The value of the ``unit``-long period that contains ``d``."""
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "WE":
        return iso_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, months * n)


def _truncate(value: str, unit: str) -> str | None:
    """``value`` widened to ``unit`` (a day to its month, a month to its year)."""
    d = _start_of(value)
    if d is None:
        return None
    g = granularity_of(value)
    if _RANK.get(g, 99) > _RANK.get(_UNIT_GRAIN.get(unit, "year"), 99):
        return None
    return _unit_value(d, unit)


#: Months from the anchor a yearless date may lie, by tense: the past reaches back further.
_YEAR_WINDOWS = {"past": (-9, 3), "future": (-3, 9), "present": (-6, 6), "unknown": (-6, 6),
                 "narrative": (-4, 8)}  # a history moves forward from the date in focus


def _infer_year(month: int, day: int | None, base: dt.date, tense: str) -> int:
    """The year of a month (and day) written without one, seen from ``base`` in ``tense``.

    The date is put in the window of months around ``base`` that the tense allows: a past
    "December" seen from January is last year's, a "Dec. 1" seen from 26 October this year's.
    """
    lo, hi = _YEAR_WINDOWS.get(tense, (-6, 6))
    for year in (base.year - 1, base.year, base.year + 1):
        months = (year - base.year) * 12 + month - base.month
        if day is not None:
            months += (day - base.day) / 31
        if lo < months <= hi:
            return year
    return base.year


def _pick_weekday(base: dt.date, weekday: int, mode: str) -> dt.date:
    """``mode``: on_or_before, before, on_or_after, after."""
    back = (base.isoweekday() - weekday) % 7
    fwd = (weekday - base.isoweekday()) % 7
    if mode == "on_or_before":
        return base - dt.timedelta(days=back)
    if mode == "before":
        return base - dt.timedelta(days=back or 7)
    if mode == "on_or_after":
        return base + dt.timedelta(days=fwd)
    return base + dt.timedelta(days=fwd or 7)


def _base(ctx: Context) -> tuple[dt.date, str]:
    """The date relative expressions count from: the focus in a narrative, else the DCT."""
    if ctx.narrative():  # "would reach the river on 16 August": the future of a history is past too
        d = _start_of(ctx.focus.value)
        if d is not None:
            return d, "focus"
    return ctx.dct, "dct"


def _unit(m: Match) -> tuple[str, int] | None:
    u = m.params.get("unit")
    if u is not None:
        return (u, int(m.params.get("mult", 1)))
    g = m.of_class("unit", "units")
    v = m.val(g) if g else None
    return (v[0], int(v[1])) if v else None


def _direction(m: Match) -> int | None:
    if "n" in m.params:
        return int(m.params["n"])
    v = m.val("direction")
    return None if v is None else int(v)


# --- normalisers ----------------------------------------------------------------------------

def n_date(m: Match, ctx: Context) -> Resolution | None:
    month = m.val("month")
    if month is None:
        mm = m.text("mm")
        month = int(mm) if mm else None
    if not month or not 1 <= int(month) <= 12:
        return None
    month = int(month)
    day = None
    if m.text("day"):
        day = int(re.match(r"\d+", m.text("day")).group())
    year = _year_from_groups(m, ctx)
    if year is not None:
        rel, anchor = False, None
    else:
        base, anchor = _base(ctx)
        tense = "narrative" if anchor == "focus" else ctx.tense
        year = _infer_year(month, day, base, tense)
        rel = True
    if m.text("ord_unit"):
        value = _nth_of_month(year, month, m.val("ordinal"), m.text("ord_unit").lower())
        return Resolution("DATE", value, anchor, rel) if value else None
    if day is not None:
        if day > _cal.monthrange(year, month)[1]:
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        value = f"{year:04d}-{month:02d}"
    return Resolution("DATE", value, anchor, rel)


def n_focus_day(m: Match, ctx: Context) -> Resolution | None:
    """A day number listed after a date ("June 5 and 6"): that day of the month just named."""
    f = ctx.focus
    if f is None or f.paragraph != ctx.paragraph or f.granularity not in ("day", "month"):
        return None
    found = re.match(r"(BC)?\d{4}-\d{2}", f.value)
    day = int(re.match(r"\d+", m.text("day")).group())
    if found is None or found.group(1):
        return None
    year, month = int(f.value[:4]), int(f.value[5:7])
    if day > _cal.monthrange(year, month)[1]:
        return None
    return Resolution("DATE", f"{year:04d}-{month:02d}-{day:02d}", "focus", True)


def _nth_of_month(year: int, month: int, n: int | None, unit: str) -> str | None:
    """"the first week of April": the n-th day, ISO week or weekend of a month (-1 = last)."""
    if not n:
        return None
    last = _cal.monthrange(year, month)[1]
    if unit == "day":
        day = last if n == -1 else n
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= last else None
    if unit == "weekend":
        sat = nth_weekday(year, month, 6, n)
        return iso_week(sat) + "-WE" if sat.month == month else None
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(weeks=n - 1) if n > 0 else dt.date(year, month, last)
    return iso_week(d) if d.month == month else None


def _year_from_groups(m: Match, ctx: Context) -> int | None:
    for g in ("year", "fy"):
        if m.text(g):
            return int(m.text(g))
    if m.text("yy"):
        yy = int(m.text("yy"))
        century = ctx.dct.year // 100 * 100
        y = century + yy
        return y - 100 if y > ctx.dct.year + 10 else y
    if m.text("year_rel"):
        return ctx.dct.year + int(m.val("year_rel"))
    if m.text("century_word"):
        yy = m.num("yy_words")
        century = {"eighteen": 18, "nineteen": 19}[m.text("century_word").lower()]
        return century * 100 + int(yy) if yy is not None and yy < 100 else None
    if m.params.get("two_thousand"):
        yy = m.num("yy_words2") if m.text("yy_words2") else 0
        return 2000 + int(yy) if yy is not None and yy < 100 else None
    return None


def n_year(m: Match, ctx: Context) -> Resolution | None:
    if m.params.get("bc"):
        n = m.num()
        return Resolution("DATE", f"BC{int(n):04d}") if isinstance(n, float) and n == int(n) else None
    year = _year_from_groups(m, ctx)
    if year is None:
        return None
    rel = m.text("year") is None
    return Resolution("DATE", f"{year:04d}", "dct" if rel else None, rel)


def n_decade(m: Match, ctx: Context) -> Resolution | None:
    if m.text("decade_digits"):
        return Resolution("DATE", m.text("decade_digits")[:3])
    if m.text("yy"):
        decade = int(m.text("yy")) // 10
    else:
        decade = int(m.val("decade_word"))
    century = m.val("century_word")
    if century is None:
        c = ctx.dct.year // 100
        if c * 100 + decade * 10 > ctx.dct.year:
            c -= 1
    else:
        c = int(century)
    return Resolution("DATE", f"{c:02d}{decade}", "dct" if century is None else None, century is None)


def n_century(m: Match, ctx: Context) -> Resolution | None:
    n = m.val("ordinal")
    if not n or n < 1:
        if m.text("direction") is not None:
            return Resolution("DATE", _unit_value(_shift(ctx.dct, "CE", _direction(m)), "CE"), "dct", True)
        return None
    return Resolution("DATE", f"{n - 1:02d}")


def n_weekday(m: Match, ctx: Context) -> Resolution | None:
    wd = m.val("weekday")
    base, anchor = ctx.dct, "dct"
    fd = ctx.focus_date()
    recent = fd is not None and ctx.paragraph - ctx.focus.paragraph <= 1
    # a history's weekdays fall in the week of its dated focus; "the previous Friday" always does
    if recent and (ctx.narrative() or m.params.get("from_focus")):
        base, anchor = fd, "focus"
    rel = _direction(m)
    if rel == -1:
        d = _pick_weekday(base, wd, "before")
    elif rel == 1:
        d = _pick_weekday(base, wd, "after")
    elif ctx.tense == "future":
        # "will meet on Saturday" written on a Saturday: that day (the dev corpora agree)
        d = _pick_weekday(base, wd, "on_or_after")
    elif ctx.tense == "present" and rel is None:
        # "Arafat and Albright meet Monday": the nearer of last and next, ties going back
        back, fwd = _pick_weekday(base, wd, "on_or_before"), _pick_weekday(base, wd, "after")
        d = back if (base - back) <= (fwd - base) else fwd
    else:
        d = _pick_weekday(base, wd, "on_or_before")
    return _with_part(m, d.isoformat(), anchor)


def _with_part(m: Match, value: str, anchor: str | None, rel: bool = True) -> Resolution:
    part = m.val("part") or m.params.get("part")
    if part:
        return Resolution("TIME", f"{value}T{part}", anchor, rel)
    return Resolution(m.rule.type if m.rule.type in ("DATE", "TIME") else "DATE", value, anchor, rel)


def n_relative(m: Match, ctx: Context) -> Resolution | None:
    u = _unit(m)
    n = _direction(m)
    if u is None or n is None:
        return None
    unit, mult = u
    if unit in ("H", "MIN", "S"):
        return None
    if unit == "WE" and n == 0 and ctx.tense == "past" and ctx.dct.isoweekday() < 6:
        n = -1
    # "a year-end meeting" told in January happened at the end of last year
    if m.params.get("past_is_last") and ctx.tense == "past" and ctx.dct.month <= 6:
        n -= 1
    if m.params.get("history_focus") and ctx.narrative():
        # "late in the year" in a history: the year of the date in focus
        value = _truncate(ctx.focus.value, unit)
        if value is not None:
            return _with_part(m, value, "focus")
    base, anchor = ctx.dct, "dct"
    d = _shift(base, unit, n * mult)
    res = _with_part(m, _unit_value(d, unit), anchor)
    mod = m.params.get("mod")
    return Resolution(res.type, res.value, res.anchor, res.relative, mod) if mod else res


def n_month_relative(m: Match, ctx: Context) -> Resolution | None:
    month = m.val("month")
    if "year_offset" in m.params or m.text("year_rel"):
        off = int(m.params.get("year_offset", 0)) if not m.text("year_rel") else int(m.val("year_rel"))
        return Resolution("DATE", f"{ctx.dct.year + off:04d}-{month:02d}", "dct", True)
    n = _direction(m)
    y = ctx.dct.year
    if n == -1:  # "last February" said in March is a year ago; "last month" would be used
        y = y if month < ctx.dct.month - 1 else y - 1
    elif n == 1:
        y = y if month > ctx.dct.month else y + 1
    return Resolution("DATE", f"{y:04d}-{month:02d}", "dct", True)


def n_offset(m: Match, ctx: Context) -> Resolution | None:
    """``two years ago``, ``a day earlier``, ``three weeks from now``."""
    u = _unit(m)
    if u is None:
        return None
    unit, mult = u
    qty = m.num()
    sign = int(m.params.get("sign", -1))
    if qty is None:
        qty = 1
    if m.text("half") and qty != "X":
        qty += 0.5
    if qty == "X":
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", True)
    if qty != int(qty):
        # "a year and a half ago": count in the next smaller unit
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}.get(unit)
        if smaller is None or qty * smaller[1] != int(qty * smaller[1]):
            return None
        unit, qty = smaller[0], qty * smaller[1]
    if unit in ("DE", "CE"):  # "a decade ago" is a year, not a decade
        unit, mult = "Y", mult * (10 if unit == "DE" else 100)
    steps = int(qty) * mult * sign
    f = ctx.focus
    q = ctx.quarter
    if unit == "Y" and q is not None and ctx.paragraph - q.paragraph <= 1 and (
        f is None or f.granularity not in ("quarter", "half")
    ):
        # results "compared with a year earlier" in a story about a quarter: that quarter
        f = q
    if f is not None and f.kind == "relative" and f is not q and not m.text("by_quarter"):
        f = None  # "compared with last year ... a year earlier": both count from the DCT
    recent = f is not None and ctx.paragraph - f.paragraph <= 1
    # "a year ago" in a report on a quarter means that quarter a year before
    by_quarter = recent and f.granularity in ("quarter", "half") and unit == "Y"
    to_focus = m.params.get("anchor") == "focus" and f is not None
    if (to_focus or by_quarter) and unit not in ("H", "MIN", "S"):
        value = f.value
        if m.text("by_quarter") and _RANK.get(f.granularity, 99) < _RANK["quarter"]:
            value = _truncate(value, "Q") or value  # "the year-ago quarter" after "Sept. 30"
        shifted = shift_value(value, unit, steps)
        if shifted is not None:
            return Resolution("DATE", shifted, "focus", True)
    if unit in ("H", "MIN", "S"):
        if ctx.dct_time is None:
            return Resolution("DATE", ctx.dct.isoformat(), "dct", True)
        delta = dt.timedelta(seconds=steps * {"H": 3600, "MIN": 60, "S": 1}[unit])
        t = ctx.dct_time + delta
        return Resolution("TIME", t.strftime("%Y-%m-%dT%H:%M"), "dct", True)
    base, anchor = ctx.dct, "dct"
    d = _shift(base, unit, steps)
    return Resolution("DATE", _unit_value(d, unit), anchor, True)


def n_anaphor(m: Match, ctx: Context) -> Resolution | None:
    """``the previous day``, ``that year``, ``the quarter``: counted from the focus, else the DCT."""
    u = _unit(m)
    if u is None:
        return None
    unit, mult = u
    n = _direction(m) or 0
    f = ctx.focus
    if f is not None and m.params.get("focus_same_unit"):
        # "the quarter", "the day" name the quarter or day just talked about, if one was
        if f.granularity != _UNIT_GRAIN.get(unit) or ctx.paragraph - f.paragraph > 1:
            f = None
    if f is not None:
        value = _truncate(f.value, unit)
        if value is None and unit == "D" and f.granularity == "month":
            return _with_part(m, f.value + "-XX", "focus")
        if value is not None:
            shifted = shift_value(value, unit, n * mult) if n else value
            if shifted is not None:
                return _with_part(m, shifted, "focus")
    n = int(m.params.get("n_without_focus", n))
    d = _shift(ctx.dct, unit, n * mult)
    return _with_part(m, _unit_value(d, unit), "dct")


def n_month_anaphor(m: Match, ctx: Context) -> Resolution | None:
    """``February the following year``: the month in the year after (or before) the one in focus, else
    the DCT's; one expression, so "the following year" is not counted from "February" alone."""
    month, n = m.val("month"), _direction(m)
    if not month or n is None:
        return None
    f = ctx.focus
    year_text = f.value[:4] if f is not None else ""
    year, anchor = (int(year_text), "focus") if year_text.isdigit() else (ctx.dct.year, "dct")
    return Resolution("DATE", f"{year + n:04d}-{int(month):02d}", anchor, True)


_PERIOD_UNIT = {"month": "M", "quarter": "Q", "week": "W", "day": "D", "season": None, "period": None, "time": None}
_GRAIN_UNIT = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y"}


def n_same_period(m: Match, ctx: Context) -> Resolution | None:
    """``the same period last year``: the period in focus (a quarter, a month) one year back or ahead."""
    sign = 1 if m.text("ahead") else -1
    unit = _PERIOD_UNIT.get(m.text("pword").lower())
    f = ctx.quarter if unit in (None, "Q") and ctx.quarter is not None else ctx.focus
    if f is not None and ctx.paragraph - f.paragraph <= 1 and f.granularity in _GRAIN_UNIT:
        value = _truncate(f.value, unit or _GRAIN_UNIT[f.granularity])
        shifted = shift_value(value, "Y", sign) if value else None
        if shifted is not None:
            return Resolution("DATE", shifted, "focus", True)
    d = _shift(ctx.dct, "Y", sign)
    return Resolution("DATE", _unit_value(d, unit or "Y"), "dct", True)


def n_duration(m: Match, ctx: Context) -> Resolution | None:
    if "value" in m.params:
        return Resolution("DURATION", m.params["value"])
    u = _unit(m)
    if u is None:
        return None
    unit, mult = u
    qty = m.num()
    if qty is None:
        qty = "X" if m.of_class("units") else 1  # "years" is vague, "year-long" is one
    if m.params.get("half") and qty != "X":
        qty += 0.5
    return Resolution("DURATION", duration_value(qty, unit, mult))


def duration_value(qty: float | str, unit: str, mult: int = 1) -> str:
    """TIMEX3 duration: ``P3D``, ``PT2H``, ``P2Y6M`` for two and a half years, ``PXY`` if vague."""
    time_unit = unit in ("H", "MIN", "S")
    if unit in ("DE", "CE"):
        # TIMEX3 counts decades and centuries in years: "two decades" P20Y, "decades" PXY
        unit, mult = "Y", mult * (10 if unit == "DE" else 100)
    elif unit == "Q" and qty != "X" and float(qty) != int(float(qty)):
        # quarters stay quarters ("two quarters" P2Q, as TimeBank and MEANTIME write them);
        # a fraction of one is counted in months
        unit, mult = "M", mult * 3
    elif unit == "WE":
        unit, mult = ("WE", 1) if qty == "X" else ("D", mult * 2)
    prefix = "PT" if time_unit else "P"
    lower = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
             "MIN": ("S", 60)}.get(unit)
    unit = "M" if unit == "MIN" else unit
    if qty == "X":
        return f"{prefix}X{unit}"
    total = float(qty) * mult
    if total == int(total):
        return f"{prefix}{int(total)}{unit}"
    whole, frac = int(total), total - int(total)
    if lower is None:
        return f"{prefix}{total:g}{unit}"
    sub, k = lower
    parts = f"{whole}{unit}" if whole else ""
    if unit == "D":
        return f"P{parts}T{round(frac * k)}H"
    if whole == 0:
        return f"{prefix}{round(frac * k)}{sub}"
    return f"{prefix}{parts}{round(frac * k)}{sub}"


def n_fixed(m: Match, ctx: Context) -> Resolution | None:
    value = m.params["value"]
    anchor = "dct" if value.endswith("_REF") else None
    return Resolution(m.rule.type, value, anchor, anchor is not None)


def n_clock(m: Match, ctx: Context) -> Resolution | None:
    special = (m.text("special") or "").lower()
    if special in ("noon", "midday"):
        hh, mm = 12, 0
    elif special == "midnight":
        hh, mm = 24, 0
    else:
        hh = int(m.text("hour"))
        mm = int(m.text("minute") or 0)
        ampm = (m.text("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if m.params.get("part") in ("AF", "EV", "NI") and hh < 12:
            hh += 12
    if hh > 24 or mm > 59:
        return None
    day, anchor, rel = _clock_day(m, ctx)
    if day is None:
        return None
    # ISO 8601 marks UTC with "Z"; other zones stay local time, as TimeBank annotates them
    zone = "Z" if m.val("zone") == 0 and m.val("zone2") is None else ""
    return Resolution("TIME", f"{day}T{hh:02d}:{mm:02d}{zone}", anchor, rel)


def _clock_day(m: Match, ctx: Context) -> tuple[str | None, str | None, bool]:
    if m.text("weekday"):
        r = n_weekday(m, ctx)
        return (r.value[:10] if r else None), (r.anchor if r else None), True
    if m.text("month"):
        r = n_date(m, ctx)
        return (r.value if r and len(r.value) == 10 else None), (r.anchor if r else None), bool(r and r.relative)
    if m.text("dayword"):
        n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.text("dayword").lower()]
        return (ctx.dct + dt.timedelta(days=n)).isoformat(), "dct", True
    fd = ctx.focus_date()
    # a bare clock time belongs to the day just named (this paragraph or the one before)
    if fd is not None and ctx.paragraph - ctx.focus.paragraph <= 1:
        return fd.isoformat(), "focus", True
    return ctx.dct.isoformat(), "dct", True


def n_quarter(m: Match, ctx: Context) -> Resolution | None:
    size = m.params.get("size") or ("H" if (m.text("qunit") or "").lower().startswith("h") else "Q")
    count = 4 if size == "Q" else 2
    q = m.val("ordinal")
    if q is None:
        qn = m.text("qn") or m.text("qn2")
        q = int(qn) if qn else None
    if q is None and m.params.get("from_focus"):
        # "the 1988 quarter": the quarter in focus, in 1988
        f = ctx.focus
        year = _year_from_groups(m, ctx)
        if f is None or f.granularity != "quarter":
            return Resolution("DATE", f"{year:04d}")
        return Resolution("DATE", f"{year:04d}-{f.value[5:]}", "focus", True)
    if q is None:
        return None
    if q == -1:
        q = count
    if not 1 <= q <= count:
        return None
    year = _year_from_groups(m, ctx)
    rel = year is None
    if year is None:
        months = 3 if size == "Q" else 6
        start = dt.date(ctx.dct.year, months * (q - 1) + 1, 1)
        end = add_months(start, months) - dt.timedelta(days=1)
        year = ctx.dct.year
        # results for a quarter are reported (and forecast) for weeks after it ends
        if ctx.tense == "future" and end < ctx.dct - dt.timedelta(days=92):
            year += 1
        elif ctx.tense != "future" and start > ctx.dct:
            year -= 1
        year += int(m.params.get("year_shift", 0))
    return Resolution("DATE", f"{year:04d}-{size}{q}", "dct" if rel else None, rel)


def n_season(m: Match, ctx: Context) -> Resolution | None:
    code = m.val("season")
    year = _year_from_groups(m, ctx)
    if year is not None:
        return Resolution("DATE", f"{year:04d}-{code}")
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    d = ctx.dct
    n = _direction(m)
    if n is None and ctx.narrative():
        return _narrative_season(code, ctx.focus.value)
    started = d.month >= start_month or (code == "WI" and d.month <= 2)
    current = _season_of(d) == code
    y = d.year
    if code == "WI" and d.month <= 2:
        y -= 1
    if n == -1:
        y = y if (started and not current) else y - 1
    elif n == 1:
        y = y if not started else y + 1
    elif n is None and not current:
        if ctx.tense == "past" and not started:
            y -= 1
        elif ctx.tense == "future" and started:
            y += 1
    return Resolution("DATE", f"{y:04d}-{code}", "dct", True)


def _narrative_season(code: str, focus: str) -> Resolution:
    """"the summer" in a history: the one whose middle lies in the narrative window of the focus.

    A winter takes the year of its January, as the histories write it ("winter 1915").
    """
    era, year, month = re.match(r"(BC)?(\d{4})(?:-(\d{2}))?", focus).groups()
    y = int(year)
    if month is not None:
        middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
        lo, hi = _YEAR_WINDOWS["narrative"]
        for ahead in (-1, 0, 1):
            if lo < ahead * 12 + middle - int(month) <= hi:
                y += -ahead if era else ahead
                break
    return Resolution("DATE", f"{era or ''}{y:04d}-{code}", "focus", True)


def _season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def n_holiday(m: Match, ctx: Context) -> Resolution | None:
    spec = ctx.grammar.holidays[m.val("holiday")]
    year = _year_from_groups(m, ctx)

    def on(y: int) -> dt.date:
        if spec.easter is not None:
            return easter(y) + dt.timedelta(days=spec.easter)
        if spec.day is not None:
            return dt.date(y, spec.month, spec.day)
        if spec.after_day is not None:
            first = dt.date(y, spec.month, spec.after_day + 1)
            return first + dt.timedelta(days=(spec.weekday - first.isoweekday()) % 7)
        return nth_weekday(y, spec.month, spec.weekday, spec.nth)

    if year is not None:
        return Resolution("DATE", on(year).isoformat())
    n = _direction(m)
    this = on(ctx.dct.year)
    if n == -1:
        d = this if this < ctx.dct else on(ctx.dct.year - 1)
    elif n == 1:
        d = this if this > ctx.dct else on(ctx.dct.year + 1)
    elif n == 0:
        d = this
    else:
        probe = this
        d = on(_infer_year(probe.month, probe.day, ctx.dct, ctx.tense))
    return Resolution("DATE", d.isoformat(), "dct", True)


def n_set(m: Match, ctx: Context) -> Resolution | None:
    if "value" in m.params:
        return Resolution("SET", m.params["value"])
    if m.text("frequency"):
        return Resolution("SET", m.val("frequency"))
    if m.text("weekday") or m.text("weekdays"):
        wd = m.val("weekday") or m.val("weekdays")
        part = m.val("part") or m.val("parts")
        return Resolution("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if m.text("month"):
        return Resolution("SET", f"XXXX-{m.val('month'):02d}")
    if m.text("season") or m.text("seasons"):
        return Resolution("SET", f"XXXX-{m.val('season') or m.val('seasons')}")
    if m.text("part") or m.text("parts"):
        return Resolution("SET", f"XXXX-XX-XXT{m.val('part') or m.val('parts')}")
    u = _unit(m)
    if u is None:
        return None
    qty = m.num()
    qty = 1 if qty is None else qty
    unit, mult = u
    return Resolution("SET", duration_value(qty, unit, mult))


NORMALISERS: dict[str, Callable[[Match, Context], Resolution | None]] = {
    "date": n_date,
    "year": n_year,
    "decade": n_decade,
    "century": n_century,
    "weekday": n_weekday,
    "relative": n_relative,
    "month_relative": n_month_relative,
    "offset": n_offset,
    "anaphor": n_anaphor,
    "month_anaphor": n_month_anaphor,
    "same_period": n_same_period,
    "focus_day": n_focus_day,
    "duration": n_duration,
    "fixed": n_fixed,
    "clock": n_clock,
    "quarter": n_quarter,
    "season": n_season,
    "holiday": n_holiday,
    "set": n_set,
}
