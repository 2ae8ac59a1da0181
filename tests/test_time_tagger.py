"""The tagger's contract: seed values, calendar edge cases, anchors, intervals, regions."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest.paragraphs import split_paragraphs
from dateline.nlp import Region, parse_regions
from dateline.time import TimeExpr, TimeTagger

SEED_TIMES = [
    ("Saturday", "2024-06-29"),
    ("the previous day", "2024-06-28"),
    ("Friday", "2024-06-28"),
    ("the first half", "2024-H1"),
    ("June 19", "2024-06-19"),
    ("this year", "2024"),
    ("28 years", "P28Y"),
]



def _value(tagger: TimeTagger, text: str, dct: dt.date, expr: str) -> str | None:
    hits = [t for t in tagger.tag(text, dct) if t.text == expr]
    return hits[0].value if hits else None


@pytest.mark.parametrize("parsed", [False, True], ids=["text-heuristics", "spacy-parse"])
def test_tagger_seed_values_exact(time_tagger, shared_dir, nlp, parsed):
    text = (shared_dir / "seed" / "yonhap-2024-06-29.txt").read_text(encoding="utf-8")
    regions = split_paragraphs(text)
    paragraphs = parse_regions(nlp, text, regions) if parsed else None
    found = time_tagger.tag(text, dt.date(2024, 6, 29), regions=regions, paragraphs=paragraphs)
    got = {(t.text, t.value) for t in found}
    for pair in SEED_TIMES:
        assert pair in got, f"{pair} not in {sorted(got)}"
    # every "the previous day" is the day before the caption's Saturday, never the DCT
    assert {t.value for t in found if t.text == "the previous day"} == {"2024-06-28"}


@pytest.mark.parametrize(
    "text,dct,expr,value",
    [
        # year boundaries: a past-tense December seen from January is last year's
        ("They met in December.", "2024-01-10", "December", "2023-12"),
        ("The vote will be held in January.", "2024-12-20", "January", "2025-01"),
        ("The deal was signed on Dec. 30.", "2025-01-02", "Dec. 30", "2024-12-30"),
        ("last year", "2024-01-01", "last year", "2023"),
        ("next month", "2024-12-15", "next month", "2025-01"),
        # leap days
        ("It was approved on Feb. 29.", "2024-03-05", "Feb. 29", "2024-02-29"),
        ("Feb. 29, 2024", "2024-06-29", "Feb. 29, 2024", "2024-02-29"),
        ("the day before yesterday", "2024-03-01", "the day before yesterday", "2024-02-28"),
        ("yesterday", "2024-03-01", "yesterday", "2024-02-29"),
        # ISO week 53 and the weeks around it
        ("last week", "2021-01-08", "last week", "2020-W53"),
        ("this week", "2020-12-31", "this week", "2020-W53"),
        ("next week", "2020-12-28", "next week", "2021-W01"),
        ("a week ago", "2021-01-04", "a week ago", "2020-W53"),
        # a weekday equal to the publication weekday is the publication day, in any tense
        ("The plenum met on Saturday.", "2024-06-29", "Saturday", "2024-06-29"),
        ("The plenum will meet on Saturday.", "2024-06-29", "Saturday", "2024-06-29"),
        ("The plenum met on Friday.", "2024-06-29", "Friday", "2024-06-28"),
        ("The plenum will meet on Monday.", "2024-06-29", "Monday", "2024-07-01"),
        # month-relative and anchored expressions
        ("earlier this month", "2024-06-29", "earlier this month", "2024-06"),
        ("a week ago", "2024-06-29", "a week ago", "2024-W25"),
        ("last December", "2024-06-29", "last December", "2023-12"),
        ("He came on June 19 and left the day after.", "2024-06-29", "the day after", "2024-06-20"),
    ],
)
def test_tagger_calendar_edge_cases(time_tagger, text, dct, expr, value):
    assert _value(time_tagger, text, dt.date.fromisoformat(dct), expr) == value


@pytest.mark.parametrize(
    "text,expr,type_,value,mod",
    [
        ("now", "now", "DATE", "PRESENT_REF", None),
        ("recently", "recently", "DATE", "PAST_REF", None),
        ("in the future", "the future", "DATE", "FUTURE_REF", None),
        ("the first half", "the first half", "DATE", "2024-H1", None),
        ("the third quarter", "the third quarter", "DATE", "2023-Q3", None),
        ("this summer", "this summer", "DATE", "2024-SU", None),
        ("this week", "this week", "DATE", "2024-W26", None),
        ("this weekend", "this weekend", "DATE", "2024-W26-WE", None),
        ("the 1990s", "the 1990s", "DATE", "199", None),
        ("the early 1990s", "the early 1990s", "DATE", "199", "START"),
        ("the 20th century", "the 20th century", "DATE", "19", None),
        ("Friday morning", "Friday morning", "TIME", "2024-06-28TMO", None),
        ("at 10 a.m. EST", "10 a.m. EST", "TIME", "2024-06-29T10:00", None),
        ("three days", "three days", "DURATION", "P3D", None),
        ("two hours", "two hours", "DURATION", "PT2H", None),
        ("28 years", "28 years", "DURATION", "P28Y", None),
        ("the past two years", "the past two years", "DURATION", "P2Y", None),
        ("about a month", "about a month", "DURATION", "P1M", "APPROX"),
        ("nearly two years", "nearly two years", "DURATION", "P2Y", "APPROX"),
        ("several years", "several years", "DURATION", "PXY", None),
        ("every Monday", "every Monday", "SET", "XXXX-WXX-1", None),
        ("annually", "annually", "SET", "P1Y", None),
        ("twice a week", "a week", "SET", "P1W", None),
        # "over" is a quantity modifier only where it cannot head a prepositional phrase
        ("the lowest level in over six years", "over six years", "DURATION", "P6Y", "MORE_THAN"),
        ("profits rose over three years", "three years", "DURATION", "P3Y", None),
        ("about recent advances in chips", "recent", "DATE", "PAST_REF", None),
        ("It had been kept secret until right now.", "right now", "DATE", "PRESENT_REF", None),
        ("the past two quarters", "the past two quarters", "DURATION", "P2Q", None),
    ],
)
def test_tagger_timeml_values(time_tagger, text, expr, type_, value, mod):
    hits = [t for t in time_tagger.tag(text, dt.date(2024, 6, 29)) if t.text == expr]
    assert hits, f"{expr!r} not tagged"
    assert (hits[0].type, hits[0].value, hits[0].mod) == (type_, value, mod)


@pytest.mark.parametrize(
    "value,granularity,interval",
    [
        ("2024-06-28", "day", ("2024-06-28", "2024-06-28")),
        ("2024-H1", "half", ("2024-01-01", "2024-06-30")),
        ("2024-Q3", "quarter", ("2024-07-01", "2024-09-30")),
        ("2024-SU", "season", ("2024-06-01", "2024-08-31")),
        ("2024-W26", "week", ("2024-06-24", "2024-06-30")),
        ("2024-W26-WE", "week", ("2024-06-29", "2024-06-30")),
        ("199", "decade", ("1990-01-01", "1999-12-31")),
        ("19", "century", ("1900-01-01", "1999-12-31")),
        ("2024-06-28TMO", "hour", ("2024-06-28T06:00", "2024-06-28T11:59")),
        ("2024-06-28T10:00", "minute", ("2024-06-28T10:00", "2024-06-28T10:00")),
    ],
)
def test_tagger_interval_and_granularity(value, granularity, interval):
    from dateline.time.calendar import granularity_of, interval_of

    assert granularity_of(value) == granularity
    assert interval_of(value) == interval


@pytest.mark.parametrize("dct", [dt.date(2024, 6, 29), dt.datetime(2024, 6, 29, 10, 19)])
def test_tagger_ids_anchors_and_offsets(time_tagger, dct):
    text = "On Saturday state media said the meeting opened the previous day. It began on June 19, 2024."
    found = time_tagger.tag(text, dct)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start:t.end] == t.text for t in found)
    by_text = {t.text: t for t in found}
    assert by_text["Saturday"].anchor == "dct" and by_text["Saturday"].relative
    assert by_text["the previous day"].anchor == by_text["Saturday"].id
    assert by_text["June 19, 2024"].anchor is None and not by_text["June 19, 2024"].relative
    assert by_text["June 19, 2024"].interval == ("2024-06-19", "2024-06-19")


@pytest.mark.parametrize("kind", ["caption", "body"])
def test_tagger_tags_only_inside_regions(time_tagger, kind):
    text = "Posted Friday.\n\nThe talks ended on Monday."
    start = text.index("The talks")
    found = time_tagger.tag(text, dt.date(2024, 6, 29), regions=[Region(start, len(text), kind)])
    assert [(t.text, t.start) for t in found] == [("Monday", text.index("Monday"))]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("He visited Moscow on Friday.", "2024-06-28"),
        ("He will visit Moscow on Friday.", "2024-07-05"),
        ("He is scheduled to visit Moscow on Friday.", "2024-07-05"),
        # a day part takes the tense of its clause, not the past of "Friday's talks"
        ("Officials said they did not plan to visit Moscow on Friday morning.", "2024-07-05TMO"),
        # a past perfect closes a deadline or a plan: both lie in the past
        ("Until Friday, the ministry had not named a successor.", "2024-06-28"),
        ("The agreement had been due to expire Friday evening.", "2024-06-28TEV"),
    ],
)
def test_tagger_tense_from_parse(time_tagger, nlp, sentence, value):
    regions = split_paragraphs(sentence)
    found = time_tagger.tag(sentence, dt.date(2024, 6, 29), regions=regions,
                       paragraphs=parse_regions(nlp, sentence, regions))
    assert [t.value for t in found if t.text.startswith("Friday")] == [value]


@pytest.mark.parametrize("field", ["id", "text", "start", "end", "type", "value", "granularity", "anchor",
                                   "relative", "interval", "mod"])
def test_tagger_to_dict_has_contract_fields(time_tagger, field):
    found = time_tagger.tag("It happened last week.", dt.date(2024, 6, 29))
    assert isinstance(found[0], TimeExpr)
    d = found[0].to_dict()
    assert field in d
    assert d["interval"] == ["2024-06-17", "2024-06-23"]


@pytest.mark.parametrize("dct", [None, "2024-06-29", 20240629])
def test_tagger_requires_a_publication_date(time_tagger, dct):
    from dateline.errors import PublicationDateError

    with pytest.raises(PublicationDateError) as info:
        time_tagger.tag("It happened on Friday.", dct)
    assert info.value.code == "D010"


HISTORY = (
    "The war began in 1914. Fighting spread in 1915 and 1916. On 10 October 1917 the offensive "
    "stalled.\n\nThe Spring brought a new attack, and the winter ended it. Since 1812 no army had "
    "marched so far. On 16 March it would cross the river."
)


@pytest.mark.parametrize(
    "expr,value",
    [
        ("The Spring", "1918-SP"),  # the next spring after the focus, October 1917
        ("the winter", "1918-WI"),  # a winter takes the year of its January
        ("16 March", "1918-03-16"),  # "would cross": the history's next March, not the DCT's
    ],
)
def test_tagger_history_seasons_and_asides(time_tagger, expr, value):
    # "since 1812" is an aside decades from the focus: it does not move the narrative
    hits = [t for t in time_tagger.tag(HISTORY, dt.date(2009, 12, 19)) if t.text == expr]
    assert hits and hits[0].value == value
