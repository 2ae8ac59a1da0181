"""Where articles come from: files and folders, RSS/Atom feeds, WARC archives, NDJSON on stdin.

Every source yields ``Item`` values (see ``files.py``): one per article, or a coded error in
its place. A record's field names are mapped to Dateline's with ``fields``
(``{"text": "story_text"}``); a mapped field that holds a list of paragraphs (or of
paragraphs of sentences) is joined into text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import pathlib
from typing import IO, Any, Iterable, Iterator, Mapping

from ..errors import InputError, MalformedRecordError, UnreadableInputError, UsageError
from .files import Item, iter_paths
from .guards import decode

__all__ = ["FIELD_NAMES", "iter_feed", "iter_sources", "iter_warc", "map_record", "parse_fields"]

#: The names ``--field NAME=KEY`` accepts.
FIELD_NAMES = ("text", "html", "title", "published", "source", "url", "byline")
_FEED = (".rss", ".atom", ".xml")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: Database files (a store kept next to its inputs) that a folder walk leaves alone.
_SKIP = (".db", ".sqlite", ".sqlite3", "-wal", "-shm", "-journal")


def parse_fields(specs: Iterable[str]) -> dict[str, str]:
    """``["text=story_text"]`` -> ``{"text": "story_text"}``; an unknown name is a usage error."""
    out = {}
    for spec in specs:
        name, sep, key = spec.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or not key:
            raise UsageError(f"--field takes NAME=KEY, got {spec!r}")
        if name not in FIELD_NAMES:
            raise UsageError(f"unknown field {name!r}; expected one of {', '.join(FIELD_NAMES)}")
        out[name] = key
    return out


def _join(value: Any) -> Any:
    """Paragraphs (strings, or lists of sentences) joined as text, paragraphs apart by a blank line."""
    if not isinstance(value, list):
        return value
    paragraphs = [" ".join(map(str, p)) if isinstance(p, list) else str(p) for p in value]
    return "\n\n".join(p for p in paragraphs if p.strip())


def map_record(record: Mapping[str, Any], fields: Mapping[str, str] | None) -> Mapping[str, Any]:
    """The record under Dateline's field names (other keys are kept as they are)."""
    if not fields and not isinstance(record.get("text"), list):
        return record
    out = dict(record)
    for name, key in (fields or {}).items():
        if key not in record:
            raise MalformedRecordError(f"record has no field {key!r} (mapped to {name})")
        out.pop(key, None)
        out[name] = record[key]
    for name in ("text", "html"):
        if isinstance(out.get(name), list):
            out[name] = _join(out[name])
    return out


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).isoformat()


def iter_feed(data: bytes, name: str) -> Iterator[Item]:
    """One record per entry of an RSS or Atom feed: title, HTML content (or summary), link, date."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield Item(name, error=MalformedRecordError(f"not a readable feed: {feed.bozo_exception}"))
        return
    source = feed.feed.get("title")
    for k, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        if not body:
            yield Item(f"{name}#{k}", error=MalformedRecordError("feed entry has no content or summary"))
            continue
        record = {"html" if "<" in body else "text": body, "title": entry.get("title"), "url": entry.get("link"),
                  "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                  "source": source}
        yield Item(f"{name}#{k}", {key: v for key, v in record.items() if v is not None})


def iter_warc(path: str | pathlib.Path) -> Iterator[Item]:
    """One record per HTML response in a WARC file (gzipped or not), named by its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read()
                try:
                    html = decode(data)
                except InputError as exc:
                    yield Item(f"{name}#{uri}", error=exc)
                    continue
                yield Item(f"{name}#{uri}", {"html": html, "url": uri})
    except OSError as exc:
        yield Item(name, error=UnreadableInputError(f"cannot read {name}: {exc.strerror or exc}"))
    except ArchiveLoadFailed as exc:
        yield Item(name, error=MalformedRecordError(f"not a readable WARC file: {exc}"))


def _kind(path: pathlib.Path) -> str:
    name = path.name.lower()
    if name.endswith(_WARC):
        return "warc"
    if name.endswith(_FEED):
        return "feed"
    return "file"


def _sniff_feed(path: pathlib.Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(1024).lstrip().lower()
    except OSError:
        return False
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head) and b"<html" not in head


def iter_sources(paths: Iterable[str], *, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Items from files, folders (recursively, sorted), feeds, WARC files and ``-`` (NDJSON on stdin)."""
    for p in paths:
        if p == "-":
            yield from iter_paths(["-"], stdin=stdin, nl=True)
            continue
        path = pathlib.Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*")
                           if f.is_file() and not f.name.startswith(".") and not f.name.lower().endswith(_SKIP))
            yield from iter_sources([str(f) for f in files])
            continue
        kind = _kind(path)
        if kind == "warc":
            yield from iter_warc(path)
        elif kind == "feed" or (path.suffix.lower() not in (".json", ".jsonl", ".ndjson") and _sniff_feed(path)):
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield Item(p, error=UnreadableInputError(f"cannot read {p}: {exc.strerror}"))
                continue
            yield from iter_feed(data, p)
        else:
            yield from iter_paths([p])
