"""Reading articles: metadata from wire layouts, boilerplate, captions, verbatim offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import NoTextError, PublicationDateError
from dateline.ingest.article import Agency, ArticleReader, parse_published
from dateline.ingest.clean import Boilerplate
from dateline.ingest.layouts import Layouts

AGENCIES = {
    "yonhap": Agency("yonhap", "Yonhap", "Asia/Seoul"),
    "kcna": Agency("kcna", "KCNA", "Asia/Pyongyang"),
    "reuters": Agency("reuters", "Reuters", None),
    "ap": Agency("ap", "AP", None),
}


@pytest.fixture(scope="module")
def reader():
    return ArticleReader(agency=lambda name: AGENCIES.get(name.lower()), glued_names=["Kim Jong Un"])


YONHAP_PAGE = """From
Send to

S. Korea, U.S. stage joint air drills near border

July 3, 2024 - 15:40 By Yonhap
This photo, provided by the Air Force on Wednesday, shows F-35A jets flying over the Yellow Sea. (Yonhap)

South Korea and the United States staged joint air drills on Wednesday, the Air Force said.

The exercise involved some 20 aircraft, officials said. (Yonhap)
"""

KCNA_DISPATCH = """Pyongyang, July 20 (KCNA) -- The respected ComradeKim Jong Unvisited a machine factory on Friday.
He praised the workers for their feats.
-0-"""

REUTERS_WIRE = """SEOUL, June 28 (Reuters) - North Korea fired a ballistic missile on Friday, South Korea's military said.

The launch came days after the North's leader hosted a Russian delegation.

(Reporting by Jane Doe; Editing by John Roe)"""

AP_WIRE = """WASHINGTON (AP) — President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House on Wednesday.

The two leaders discussed defense ties, officials said."""

AFP_WIRE = """Seoul (AFP) - South Korea's top court on Friday upheld the impeachment of the president.

Thousands gathered outside the court as the ruling was read, police said."""


@pytest.mark.parametrize(
    "text, meta, expect",
    [
        (YONHAP_PAGE, {}, {"title": "S. Korea, U.S. stage joint air drills near border", "source": "Yonhap",
                           "published": "2024-07-03T15:40:00+09:00", "published_basis": "byline"}),
        (KCNA_DISPATCH, {"published": "2024-07-20"}, {"source": "KCNA", "dateline_place": "Pyongyang",
                                                      "published": "2024-07-20", "title": None}),
        (REUTERS_WIRE, {"published": "2024-06-28T09:30:00+00:00"},
         {"source": "Reuters", "dateline_place": "Seoul", "published": "2024-06-28T09:30:00+00:00"}),
        (AP_WIRE, {"published": "2024-04-10"}, {"source": "AP", "dateline_place": "Washington"}),
        (AFP_WIRE, {"published": "2025-04-04"}, {"source": "AFP", "dateline_place": "Seoul"}),
    ],
    ids=["yonhap-page", "kcna-dispatch", "reuters-wire", "ap-wire", "afp-wire"],
)
def test_article_metadata_from_wire_layouts(reader, text, meta, expect):
    d = reader.read(text, **meta).to_dict()
    for key, value in expect.items():
        assert d[key] == value, key


def test_article_removes_furniture_and_keeps_captions_apart(reader):
    a = reader.read(YONHAP_PAGE)
    lines = a.text.splitlines()
    assert "From" not in lines and "Send to" not in lines
    assert "(Yonhap)" not in a.text
    assert [c.text for c in a.captions] == [
        "This photo, provided by the Air Force on Wednesday, shows F-35A jets flying over the Yellow Sea."]
    assert {r.reason for r in a.removed} == {"widget", "byline", "photo-credit", "signoff"}
    kinds = [r.kind for r in a.regions]
    assert kinds == ["title", "caption", "lead", "body"]  # no dateline in this page
    for c in a.captions:
        assert a.text[c.start:c.end] == c.text


def test_article_end_marker_and_glued_names(reader):
    a = reader.read(KCNA_DISPATCH, published="2024-07-20")
    assert "-0-" not in a.text
    assert "Comrade Kim Jong Un visited" in a.text
    assert [r.kind for r in a.regions] == ["dateline", "lead", "body"]
    assert a.text[a.regions[0].start:a.regions[0].end] == "Pyongyang, July 20 (KCNA)"
    assert a.text[a.regions[1].start:].startswith("The respected")


def test_article_reporting_credit_removed(reader):
    a = reader.read(REUTERS_WIRE, published="2024-06-28")
    assert "Reporting by" not in a.text
    assert any(r.reason == "credit" for r in a.removed)


def test_article_verbatim_keeps_input_and_offsets(reader):
    a = reader.read(YONHAP_PAGE, verbatim=True)
    assert a.text == YONHAP_PAGE
    for r in a.removed:
        assert YONHAP_PAGE[r.start:r.end].strip() == r.text.strip()
    lead = next(r for r in a.regions if r.kind == "lead")
    assert YONHAP_PAGE[lead.start:lead.end].startswith("South Korea and the United States staged")


def test_article_given_title_not_repeated(reader):
    text = "Leaders meet in Seoul\n\nThe two leaders met in Seoul on Monday, officials said."
    a = reader.read(text, title="Leaders meet in Seoul", published="2024-01-01")
    assert a.text.count("Leaders meet in Seoul") == 1


@pytest.mark.parametrize(
    "text, code",
    [
        ("North Korea fired a missile on Friday, officials said.", "D010"),
        ("Pyongyang, July 20 (KCNA) -- Kim Jong Un visited a factory.", "D010"),
    ],
)
def test_article_without_publication_date_is_coded_error(reader, text, code):
    with pytest.raises(PublicationDateError) as err:
        reader.read(text)
    assert err.value.code == code


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "June 2024"])
def test_article_unreadable_published_is_d011(value):
    with pytest.raises(PublicationDateError) as err:
        parse_published(value)
    assert err.value.code == "D011"


@pytest.mark.parametrize(
    "value, expect",
    [
        ("2024-06-29", dt.date(2024, 6, 29)),
        ("2024-06-29T10:19:00+09:00", dt.datetime(2024, 6, 29, 10, 19, tzinfo=dt.timezone(dt.timedelta(hours=9)))),
        ("2024-06-29T01:19:00Z", dt.datetime(2024, 6, 29, 1, 19, tzinfo=dt.timezone.utc)),
        (1703376000000, dt.datetime(2023, 12, 24, tzinfo=dt.timezone.utc)),
    ],
)
def test_article_published_forms(value, expect):
    assert parse_published(value) == expect


def test_article_only_furniture_is_no_text(reader):
    with pytest.raises(NoTextError):
        reader.read("From\nSend to\nShare\n-0-", published="2024-01-01")


def test_article_record_field_names(reader):
    rec = {"headline": "Kim inspects farm", "story_text": "Pyongyang, August 2 (KCNA) -- Kim Jong Un inspected a farm.",
           "date_str": "2024-08-02", "link": "http://example.org/a", "topic": "Top News"}
    a = reader.read_record(rec)
    assert (a.title, a.source, a.url, str(a.published)) == ("Kim inspects farm", "KCNA", "http://example.org/a",
                                                            "2024-08-02")
    assert a.extra == {"topic": "Top News"}


def test_article_id_ignores_spacing_and_case(reader):
    a = reader.read("Title here now\n\nSome body text that says enough.", published="2024-01-01")
    b = reader.read("Title  here now\n\n\nSome body  TEXT that says enough.", published="2024-01-01")
    assert a.id == b.id


@pytest.mark.parametrize("rule", Layouts.load().spec["bylines"], ids=lambda r: r["name"])
def test_layouts_byline_examples(rule):
    layouts = Layouts.load()
    for ex in rule["examples"]:
        m = layouts.byline(ex["text"])
        assert m is not None, ex["text"]
        expect = ex["expect"]
        if "published" in expect:
            assert m.published.isoformat()[: len(expect["published"])] == expect["published"]
        for key in ("by", "tz"):
            if key in expect:
                assert getattr(m, key) == expect[key]


@pytest.mark.parametrize("rule", Layouts.load().spec["datelines"], ids=lambda r: r["name"])
def test_layouts_dateline_examples(rule):
    layouts = Layouts.load()
    for ex in rule["examples"]:
        m = layouts.dateline(ex["text"])
        assert m is not None and m.rule == rule["name"], ex["text"]
        for key, value in ex["expect"].items():
            assert getattr(m, key) == value, (ex["text"], key)


@pytest.mark.parametrize("rule", Boilerplate.load().spec["line_patterns"], ids=lambda r: r["reason"])
def test_boilerplate_line_examples(rule):
    bp = Boilerplate.load()
    for ex in rule["examples"]:
        assert bp.line_reason(ex) == rule["reason"], ex
    for ex in rule["keep"]:
        assert bp.line_reason(ex) is None, ex


def test_boilerplate_trailing_credit_examples():
    bp = Boilerplate.load()
    for ex in bp.spec["trailing_credit_examples"]:
        cut = bp.trailing_credit(ex["text"])
        assert cut is not None and ex["text"][cut:].strip() == ex["credit"]
    for ex in bp.spec["trailing_credit_keep"]:
        assert bp.trailing_credit(ex) is None, ex
