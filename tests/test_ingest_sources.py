"""Input sources: RSS/Atom feeds, WARC archives, field mapping, folders, NDJSON on stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from dateline.errors import UsageError
from dateline.ingest.sources import iter_sources, map_record, parse_fields

BODY = ("<p>Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader "
        "Kim Jong Un, state media said.</p><p>The two leaders signed a partnership treaty after the summit, the "
        "Kremlin said in a statement on Wednesday evening.</p>")

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.test/</link>
<item><title>Putin arrives in Pyongyang</title><link>https://example.test/a</link>
<pubDate>Wed, 19 Jun 2024 08:00:00 GMT</pubDate><description><![CDATA[{BODY}]]></description></item>
<item><title>Empty item</title><link>https://example.test/b</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2024-06-19T10:00:00Z</updated>
<entry><title>Putin arrives in Pyongyang</title><link href="https://example.test/atom/a"/><id>urn:a</id>
<updated>2024-06-19T10:00:00Z</updated><content type="html"><![CDATA[{BODY}]]></content></entry>
</feed>"""


@pytest.mark.parametrize("name, text, source", [("wire.rss", RSS, "Example Wire"), ("wire.xml", ATOM, "Example Atom"),
                                                ("feed.txt", RSS, "Example Wire")])
def test_ingest_sources_feed_entries(tmp_path, name, text, source):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(iter_sources([str(path)]))
    good = [i for i in items if i.error is None]
    assert len(good) == 1
    rec = good[0].payload
    assert rec["source"] == source and rec["title"] == "Putin arrives in Pyongyang"
    assert rec["published"].startswith("2024-06-19T") and "Kremlin" in rec["html"]
    assert all(i.error.code == "D007" for i in items if i.error is not None)


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=str(path).endswith(".gz"))
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_sources_warc_html_responses(tmp_path, name):
    html = (f"<html><head><title>Putin in Pyongyang</title></head><body><article>{BODY}</article></body></html>")
    _warc(tmp_path / name, [("https://example.test/page", "text/html; charset=utf-8", html.encode()),
                            ("https://example.test/logo.png", "image/png", b"\x89PNG....")])
    items = list(iter_sources([str(tmp_path / name)]))
    assert [i.payload["url"] for i in items] == ["https://example.test/page"]
    assert "Kremlin" in items[0].payload["html"]


@pytest.mark.parametrize("specs, expected", [
    (["text=story_text"], {"text": "story_text"}),
    (["text=body-paragraphs", "published=date_str", "source = outlet"],
     {"text": "body-paragraphs", "published": "date_str", "source": "outlet"}),
])
def test_ingest_sources_parse_fields(specs, expected):
    assert parse_fields(specs) == expected


@pytest.mark.parametrize("specs", [["text"], ["headline=title"], ["text="]])
def test_ingest_sources_parse_fields_rejects(specs):
    with pytest.raises(UsageError):
        parse_fields(specs)


@pytest.mark.parametrize("value, text", [
    ("One.\n\nTwo.", "One.\n\nTwo."),
    (["First paragraph.", "Second paragraph."], "First paragraph.\n\nSecond paragraph."),
    ([["Sentence one.", "Sentence two."], ["Next paragraph."]], "Sentence one. Sentence two.\n\nNext paragraph."),
])
def test_ingest_sources_map_record_joins_paragraphs(value, text):
    out = map_record({"body": value, "when": "2024-06-19", "id": 7}, {"text": "body", "published": "when"})
    assert out == {"text": text, "published": "2024-06-19", "id": 7}


def test_ingest_sources_map_record_missing_field():
    from dateline.errors import MalformedRecordError

    with pytest.raises(MalformedRecordError):
        map_record({"title": "x"}, {"text": "story_text"})


def test_ingest_sources_folder_skips_store_files(tmp_path, news_dir):
    for name in ("dateline.db", "dateline.db-wal", "dateline.db-shm"):
        (news_dir / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    names = [i.name for i in iter_sources([str(news_dir)])]
    assert len(names) == 8 and not any(".db" in n for n in names)


def test_ingest_sources_stdin_ndjson_and_field_mapping(tmp_path, news_records):
    lines = "".join(json.dumps({"story_text": r["text"], "headline": r["title"], "date_str": r["published"][:10],
                                "agency": r["source"]}) + "\n" for r in news_records.values())
    run = subprocess.run([sys.executable, "-m", "dateline", "ingest", "-", "--db", str(tmp_path / "s.db"),
                          "--field", "text=story_text", "--field", "title=headline", "--field", "published=date_str",
                          "--json"], input=lines, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["read"] == 8 and report["new"] == 6 and report["rejected"] == 0
    assert "8 read: 6 new, 2 duplicate" in run.stderr
