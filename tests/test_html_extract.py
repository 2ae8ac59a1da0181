"""extract_html on small pages written for these tests: fields, captions, furniture, errors."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest

from dateline.errors import EmptyInputError, NoTextError
from dateline.ingest.html import HtmlExtract, extract_html

PARAGRAPHS = (
    "Officials in Seoul said on Saturday that talks with Tokyo on export controls would resume next week, "
    "after a pause of several months that both governments blamed on scheduling.",
    "The foreign ministry said its delegation would be led by a deputy minister and would arrive in Tokyo on "
    "Tuesday for two days of meetings with trade officials and industry representatives.",
    "Analysts said the resumption was a sign that relations had improved since the spring, when a dispute "
    "over shipping inspections led both sides to recall their negotiators.",
    "A spokesperson for the Japanese trade ministry confirmed the dates and said the agenda would include "
    "semiconductor materials, customs procedures and a joint review of licensing rules.",
)
KST = timezone(timedelta(hours=9))


def page(*, head: str = "", top: str = "", bottom: str = "", paragraphs=PARAGRAPHS, lang: str = "en") -> str:
    """A news page: navigation, an article with a headline and paragraphs, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Seoul and Tokyo to resume export talks | Example News</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>'
        f"<main><article><h1>Seoul and Tokyo to resume export talks</h1>{top}{body}{bottom}</article></main>"
        "<footer><p>Example News, 1 Example Street</p></footer></body></html>"
    )


@pytest.mark.parametrize("html", [page()])
def test_html_extract_paragraphs_in_order(html):
    result = extract_html(html)
    assert result.paragraphs == PARAGRAPHS
    assert result.text == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "head,expected",
    [
        ("", "Seoul and Tokyo to resume export talks"),
        ('<meta property="og:title" content="Seoul, Tokyo agree to resume talks">', "Seoul, Tokyo agree to resume talks"),
        (
            '<meta property="og:site_name" content="Example News">'
            '<meta property="og:title" content="Seoul, Tokyo agree to resume talks | Example News">',
            "Seoul, Tokyo agree to resume talks",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks &#8216;to resume&#8217;"}</script>',
            "Talks \u2018to resume\u2019",
        ),
    ],
)
def test_html_extract_title(head, expected):
    assert extract_html(page(head=head)).title == expected


@pytest.mark.parametrize(
    "head,top,expected,source",
    [
        (
            '<meta property="article:published_time" content="2024-06-29T10:15:00+09:00">'
            '<meta property="article:modified_time" content="2024-06-30T08:00:00+09:00">',
            "",
            datetime(2024, 6, 29, 10, 15, tzinfo=KST),
            "meta:article:published_time",
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"datePublished": "2024-06-29T01:15:00Z", "dateModified": "2024-07-01T09:00:00Z"}</script>',
            "",
            datetime(2024, 6, 29, 1, 15, tzinfo=timezone.utc),
            "json-ld",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Example News"}, '
            '{"@type": ["NewsArticle"], "datePublished": "2024-06-29T10:15:00+09:00"}]}</script>',
            "",
            datetime(2024, 6, 29, 10, 15, tzinfo=KST),
            "json-ld",
        ),
        (
            # JSON-LD without an offset, the meta tag with one, for the same wall-clock time
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-06-29T10:15:00"}</script>'
            '<meta property="article:published_time" content="2024-06-29T10:15:00+09:00">',
            "",
            datetime(2024, 6, 29, 10, 15, tzinfo=KST),
            "meta:article:published_time",
        ),
        (
            '<meta property="article:modified_time" content="2024-07-02T08:00:00+09:00">',
            '<p class="byline">By Kim Min-ji <time class="published" datetime="2024-06-29T10:15:00+09:00">'
            "June 29, 2024</time></p>",
            datetime(2024, 6, 29, 10, 15, tzinfo=KST),
            "time-element",
        ),
        (
            '<meta name="parsely-pub-date" content="Sat, 29 Jun 2024 01:15:00 GMT">',
            "",
            datetime(2024, 6, 29, 1, 15, tzinfo=timezone.utc),
            "meta:parsely-pub-date",
        ),
    ],
)
def test_html_extract_published(head, top, expected, source):
    result = extract_html(page(head=head, top=top))
    assert result.published == expected
    assert result.published.utcoffset() == expected.utcoffset()
    assert result.published_source == source


@pytest.mark.parametrize("top", ['<p class="date">June 29, 2024</p>'])
def test_html_extract_published_falls_back_to_htmldate(top):
    result = extract_html(page(top=top))
    assert result.published == datetime(2024, 6, 29)
    assert result.published_source == "htmldate"


@pytest.mark.parametrize("html", [page()])
def test_html_extract_published_missing(html):
    result = extract_html(html)
    assert result.published is None and result.published_source is None


@pytest.mark.parametrize(
    "head,lang,expected",
    [
        ('<meta name="author" content="Kim Min-ji"><meta property="og:site_name" content="Example News">'
         '<meta name="description" content="Export talks resume next week.">', "en-GB",
         {"author": "Kim Min-ji", "sitename": "Example News", "description": "Export talks resume next week.", "language": "en"}),
    ],
)  # fmt: skip
def test_html_extract_metadata(head, lang, expected):
    result = extract_html(page(head=head, lang=lang))
    assert {k: getattr(result, k) for k in expected} == expected


@pytest.mark.parametrize(
    "figure,caption",
    [
        (
            '<figure><img src="/a.jpg" alt="Delegates in Seoul"><figcaption>Delegates arrive in Seoul on Friday. '
            "(Photo: Example News)</figcaption></figure>",
            "Delegates arrive in Seoul on Friday. (Photo: Example News)",
        ),
        (
            '<div class="image"><img src="/b.jpg"><p class="image-caption">The trade ministry building in Tokyo</p></div>',
            "The trade ministry building in Tokyo",
        ),
        (
            # a caption printed as a plain line under the image: it repeats the image's alt text
            '<div><img src="/c.jpg" alt="Trade officials meet in Tokyo last year"><br>'
            "<span>Trade officials meet in Tokyo last year</span></div>",
            "Trade officials meet in Tokyo last year",
        ),
    ],
)
def test_html_extract_captions_kept_apart(figure, caption):
    html = page(paragraphs=PARAGRAPHS[:2], bottom=figure + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]))
    result = extract_html(html)
    assert caption in result.captions
    assert result.paragraphs == PARAGRAPHS
    assert all(caption not in p for p in result.paragraphs)


@pytest.mark.parametrize(
    "widget",
    [
        '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>',
        '<div class="social"><p>Share this article</p><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div>',
        '<h3>Related stories</h3><ul><li><a href="/a">Japan lifts curbs on chip materials</a></li>'
        '<li><a href="/b">Seoul drops WTO complaint</a></li><li><a href="/c">Trade ministers meet in Busan</a></li></ul>',
        '<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p>'
        "<button>Accept</button></div>",
        '<div class="comments"><h3>3 comments</h3><p>Great article, thanks for sharing this with us!</p></div>',
    ],
)
def test_html_extract_drops_widgets(widget):
    result = extract_html(page(bottom=widget))
    assert result.paragraphs == PARAGRAPHS


# One example per furniture pattern in dateline/ingest/html.py: each must leave the body.
FURNITURE = [
    "Share this story",
    "Share on Facebook",
    "Like this story? Share it with a friend!",
    "If you enjoyed this article, subscribe to our daily briefing.",
    "Follow us on Twitter @examplenews and on Facebook.",
    "Sign up for our morning newsletter.",
    "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.",
    "Got a story? Get in touch with our news team.",
    "Email the reporter at kim@example.com or follow her @kimminji.",
    "kim@example.com",
    "Read more: Japan lifts curbs on chip materials",
    "SEE ALSO: Seoul drops WTO complaint",
    "Japan and Korea trade row explained [ANALYSIS]",
    "12 comments",
    "Leave a comment",
    "Photo: Kim Min-ji/Example News",
    "Photo by Kim Min-ji",
    "Getty Images",
    "REUTERS/Kim Hong-Ji",
    "(Reporting by Kim Min-ji; Editing by Jane Doe)",
    "Lee Ji-won contributed to this report.",
    "Copyright 2024 Example News. All rights reserved.",
    "\u00a9 Example News 2024",
    "This copy is for your personal, non-commercial use only.",
    "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.",
    "Citation: Seoul and Tokyo to resume talks (2024, June 29) retrieved 30 June 2024 from https://example.com/x",
    "Filed under: Asia, Trade",
    "Tags: trade, Japan",
    "Reading time: 3 min",
    "Updated at 1:23 p.m.",
    "Advertisement",
    "The delegation arrives at Gimpo airport (Image credit: Example News)",
    "June 29, 2024 - 10:15 KST",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_html_extract_drops_furniture_lines(line):
    html = page(paragraphs=(*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]))
    assert extract_html(html).paragraphs == PARAGRAPHS


# Reporting that looks like furniture at a glance: it must stay.
NEAR_MISSES = [
    "More than 100 exporters have applied for licences since the rules changed in March.",
    "Reuters reported on Monday that the talks had stalled over customs procedures.",
    "The ministry's newsletter, published since 1990, said the review would take a year.",
    "Published in 1998, the agreement set the rules both sides now want to revise.",
    "July 15, 1960:",
    "\u2014 Trade Ministry (@tradeministry) June 29, 2024",
    "Follow-up talks are planned for the autumn, the ministry said.",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_html_extract_keeps_reporting_lines(line):
    html = page(paragraphs=(*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]))
    assert line in extract_html(html).paragraphs


@pytest.mark.parametrize("html", [page()])
def test_html_extract_drops_repeated_headline(html):
    assert "Seoul and Tokyo to resume export talks" not in extract_html(html).paragraphs


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Example News</title></head><body><nav><a href='/'>Home</a></nav>"
        "<footer>Example News</footer></body></html>",
        "<html><body><div><img src='/a.jpg'></div></body></html>",
    ],
)
def test_html_extract_no_body_raises(html):
    with pytest.raises(NoTextError) as info:
        extract_html(html)
    assert str(info.value) == "[D005] page has no article body"


@pytest.mark.parametrize("html", ["", "   \n", b"", b"  \r\n"])
def test_html_extract_empty_raises(html):
    with pytest.raises(EmptyInputError) as info:
        extract_html(html)
    assert info.value.code == "D001"


@pytest.mark.parametrize("html", [page()])
def test_html_extract_is_deterministic(html):
    """No state leaks between calls (trafilatura's shared dedup cache stays unused)."""
    first = extract_html(html)
    for _ in range(3):
        extract_html(page(paragraphs=PARAGRAPHS[::-1]))
    assert extract_html(html) == first


@pytest.mark.parametrize("html", [page()])
def test_html_extract_result_is_frozen_and_serialisable(html):
    result = extract_html(html)
    assert isinstance(result, HtmlExtract)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.title = "x"
    json.dumps(dataclasses.asdict(result), default=str)
