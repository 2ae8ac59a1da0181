"""One news report in, one clean ``Article`` out: title, publication time, source, body, captions."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import MalformedRecordError, NoTextError, PublicationDateError
from ..nlp import Region
from .clean import Boilerplate
from .guards import DEFAULT_MAX_CHARS, check_english, check_text, decode
from .layouts import Layouts
from .paragraphs import split_paragraphs

__all__ = ["Agency", "Article", "ArticleReader", "Removed", "Span", "parse_published"]


@dataclass(frozen=True)
class Span:
    """A stretch of ``article.text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Removed:
    """Something dropped as page furniture; offsets only when the text was kept verbatim."""

    text: str
    reason: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"text": self.text, "reason": self.reason}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        return d


@dataclass(frozen=True)
class Agency:
    """A publisher the reader recognises in datelines and bylines."""

    id: str
    name: str
    timezone: str | None = None


@dataclass(frozen=True)
class Article:
    """A report ready for NLP. ``regions`` are the parts of ``text`` to read, in order."""

    id: str
    text: str
    regions: tuple[Region, ...]
    title: str | None = None
    published: dt.datetime | dt.date | None = None
    published_basis: str | None = None
    source: str | None = None
    source_id: str | None = None
    byline: str | None = None
    url: str | None = None
    dateline_place: str | None = None
    captions: tuple[Span, ...] = ()
    removed: tuple[Removed, ...] = ()
    verbatim: bool = False
    warnings: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def published_date(self) -> dt.date | None:
        p = self.published
        return p.date() if isinstance(p, dt.datetime) else p

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "source_id": self.source_id,
            "published": self.published.isoformat() if self.published else None,
            "published_basis": self.published_basis,
            "byline": self.byline,
            "url": self.url,
            "dateline_place": self.dateline_place,
            "text": self.text,
            "captions": [c.to_dict() for c in self.captions],
            "removed": [r.to_dict() for r in self.removed],
        }


_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_TAGS = re.compile(r"</?(?:p|div|span|br|article|section|h[1-6]|a|ul|li|table)\b[^>]*>", re.I)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = {ord(c): " " for c in "\u00a0\u2002\u2003\u2009\u202f\u3000"}
_SENTENCE_END = (".", "!", "?", "\u201d.", '."')


def looks_like_html(text: str) -> bool:
    head = text[:2000]
    return bool(_HTML.match(head)) or len(_TAGS.findall(head)) >= 4


def parse_published(value: Any) -> dt.datetime | dt.date:
    """A publication time from a datetime, a date, an ISO 8601 string or epoch seconds/milliseconds."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
    if isinstance(value, str):
        s = value.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            try:
                return dt.date.fromisoformat(s)
            except ValueError:
                pass
        else:
            try:
                return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
            except ValueError:
                pass
    raise PublicationDateError(f"cannot read publication date {value!r}; use ISO 8601 such as 2024-06-29T10:19+09:00",
                               code="D011")


def content_id(title: str | None, text: str) -> str:
    """A stable id from the words of the report, blind to spacing and case."""
    norm = " ".join(f"{title or ''}\n{text}".casefold().split())
    return "a" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:15]


def _norm_words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


class ArticleReader:
    """Reads text, HTML and records into ``Article`` values.

    ``agency`` looks a publisher name up ("KCNA", "Yonhap") for its id and time zone;
    ``glued_names`` are multi-word names that scraping glues to their neighbours
    ("ComradeKim Jong Unexpressed"), repaired unless the text is kept verbatim.
    """

    def __init__(
        self,
        *,
        layouts: Layouts | None = None,
        boilerplate: Boilerplate | None = None,
        agency: Callable[[str], Agency | None] | None = None,
        glued_names: Iterable[str] = (),
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.layouts = layouts or Layouts.load()
        self.boilerplate = boilerplate or Boilerplate.load()
        self.agency = agency or (lambda name: None)
        self.max_chars = max_chars
        names = sorted({n for n in glued_names if " " in n}, key=len, reverse=True)
        self._glued = re.compile("|".join(map(re.escape, names))) if names else None

    # -- entry points -------------------------------------------------------------------------

    def read(
        self,
        data: str | bytes,
        *,
        published: Any = None,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        byline: str | None = None,
        verbatim: bool = False,
        encoding: str | None = None,
    ) -> Article:
        """Read plain text or HTML (bytes are decoded; see ``guards.decode``)."""
        if isinstance(data, bytes | bytearray):
            if looks_like_html(bytes(data[:2000]).decode("latin-1")):
                return self._from_html(bytes(data), published=published, source=source, url=url,
                                       title=title, byline=byline)
            data = decode(bytes(data), encoding)
        if not isinstance(data, str):
            raise MalformedRecordError(f"expected text, bytes or a record, got {type(data).__name__}")
        check_text(data, max_chars=self.max_chars)
        if looks_like_html(data):
            return self._from_html(data, published=published, source=source, url=url, title=title,
                                   byline=byline, warn_verbatim=verbatim)
        return self._from_text(data, published=published, source=source, url=url, title=title,
                               byline=byline, verbatim=verbatim)

    def read_record(self, record: Mapping[str, Any], *, fields: Mapping[str, str] | None = None,
                    verbatim: bool = False, **overrides: Any) -> Article:
        """Read a JSON article object; ``fields`` maps Dateline's names to the record's own."""
        if not isinstance(record, Mapping):
            raise MalformedRecordError(f"an article record must be a JSON object, got {type(record).__name__}")
        get = _RecordFields(record, fields or {})
        text = get("text")
        html = get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            raise MalformedRecordError("record has no text: expected one of " + ", ".join(_FIELD_NAMES["text"]))
        meta = {
            "published": get("published"),
            "source": get("source"),
            "url": get("url"),
            "title": get("title"),
            "byline": get("byline"),
        }
        for key, value in overrides.items():
            if value is not None:
                meta[key] = value
        for key in ("source", "url", "title", "byline"):
            if meta[key] is not None and not isinstance(meta[key], str):
                raise MalformedRecordError(f"record field {key!r} must be a string")
        article = self.read(text if isinstance(text, str) and text.strip() else html, verbatim=verbatim, **meta)
        extra = {k: v for k, v in record.items() if k in ("id", "topic", "section", "lang", "language")}
        if extra:
            article = _replace(article, extra=extra)
        return article

    # -- plain text --------------------------------------------------------------------------

    def _normalise(self, text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).translate(_SPACES)
        if self._glued is not None:
            text = self._glued.sub(_space_glued, text)
        return text

    def _from_text(self, raw: str, *, published: Any, source: str | None, url: str | None, title: str | None,
                   byline: str | None, verbatim: bool, captions_hint: frozenset[str] = frozenset(),
                   basis_hint: str | None = None, warnings: tuple[str, ...] = ()) -> Article:
        text = raw if verbatim else self._normalise(raw)
        paragraphs = split_paragraphs(text)
        given_title = title
        title_region: Region | None = None
        removed: list[tuple[Region, str]] = []
        kept: list[tuple[Region, str]] = []  # (region, kind) with kind body/caption
        by_match = None
        for i, r in enumerate(paragraphs):
            line = text[r.start:r.end]
            reason = self.boilerplate.line_reason(line)
            if reason:
                removed.append((r, reason))
                continue
            if not kept:
                m = self.layouts.byline(line)
                if m is not None and (m.published is not None or m.by):
                    removed.append((r, "byline"))
                    if by_match is None or (by_match.published is None and m.published is not None):
                        by_match = m if by_match is None else _merge_by(by_match, m)
                    elif m.by and not by_match.by:
                        by_match = _merge_by(by_match, m)
                    continue
                if title_region is None and (
                    (given_title and _norm_words(line) == _norm_words(given_title))
                    or (given_title is None and self._looks_like_title(line, paragraphs[i + 1:], text))
                ):
                    title_region = Region(r.start, r.end, "title")
                    continue
            kind = "caption" if (line in captions_hint or self.boilerplate.is_caption(line)) else "body"
            kept.append((r, kind))
        if not any(kind == "body" for _, kind in kept):
            raise NoTextError("no article text left after removing page furniture")

        # the dateline opens the first body paragraph; a sign-off credit closes the last
        dateline = None
        trims: dict[int, tuple[int, int]] = {}
        credits: list[tuple[Region, str]] = []
        body_idx = [i for i, (_, kind) in enumerate(kept) if kind == "body"]
        lead_i, last_i = body_idx[0], body_idx[-1]
        for i, (r, kind) in enumerate(kept):
            s, e = r.start, r.end
            if i == lead_i:
                dateline = self.layouts.dateline(text[s:e])
                if dateline is not None:
                    s += dateline.end
            if kind == "caption" or i == last_i:
                cut = self.boilerplate.trailing_credit(text[s:e])
                if cut is not None:
                    credits.append((Region(s + cut, e, "credit"), "photo-credit" if kind == "caption" else "signoff"))
                    e = s + len(text[s:s + cut].rstrip())
            trims[i] = (s, e)

        meta = self._metadata(published, source, byline, by_match, dateline, basis_hint)
        title_text = given_title if given_title is not None else (
            text[title_region.start:title_region.end] if title_region else None)

        if verbatim:
            regions = ([title_region] if title_region else []) + [
                Region(trims[i][0], trims[i][1], "lead" if i == lead_i else kind)
                for i, (_, kind) in enumerate(kept)
            ]
            if dateline is not None:
                r = kept[lead_i][0]
                regions.insert(regions.index(next(x for x in regions if x.kind == "lead")),
                               Region(r.start, r.start + len(text[r.start:r.start + dateline.end].rstrip(" -—–_")),
                                      "dateline"))
            caption_spans = tuple(Span(trims[i][0], trims[i][1], text[trims[i][0]:trims[i][1]])
                                  for i, (_, kind) in enumerate(kept) if kind == "caption")
            gone = sorted(removed + credits, key=lambda x: x[0].start)
            removed_out = tuple(Removed(text[r.start:r.end], reason, r.start, r.end) for r, reason in gone)
            out_text = text
        else:
            pieces: list[tuple[str, str, int]] = []  # (text, kind, offset of parsed part within piece)
            if title_text:
                pieces.append((" ".join(title_text.split()), "title", 0))
            for i, (r, kind) in enumerate(kept):
                s, e = trims[i]
                pieces.append((text[r.start:e], "lead" if i == lead_i else kind, s - r.start))
            out_parts, regions, caption_spans_l = [], [], []
            pos = 0
            for piece, kind, skip in pieces:
                if out_parts:
                    pos += 2
                out_parts.append(piece)
                if kind == "lead" and dateline is not None:  # read for its date, not for events
                    regions.append(Region(pos, pos + len(piece[:skip].rstrip(" -—–_")), "dateline"))
                regions.append(Region(pos + skip, pos + len(piece), kind))
                if kind == "caption":
                    caption_spans_l.append(Span(pos, pos + len(piece), piece))
                pos += len(piece)
            out_text = "\n\n".join(out_parts)
            caption_spans = tuple(caption_spans_l)
            gone = sorted(removed + credits, key=lambda x: x[0].start)
            removed_out = tuple(Removed(text[r.start:r.end].strip(), reason) for r, reason in gone)
            regions = [r for r in regions if r.end > r.start]

        body_text = " ".join(text[s:e] for s, e in trims.values())
        check_english(body_text)
        return Article(
            id=content_id(title_text, body_text),
            text=out_text,
            regions=tuple(regions),
            title=title_text,
            url=url,
            captions=caption_spans,
            removed=removed_out,
            verbatim=verbatim,
            warnings=warnings,
            **meta,
        )

    def _looks_like_title(self, line: str, rest: list[Region], text: str) -> bool:
        if not rest or len(line) > 250 or len(line.split()) > 35 or len(line.split()) < 2:
            return False
        if line.rstrip().endswith(_SENTENCE_END) or self.layouts.dateline(line + " x") is not None:
            return False
        return any(len(text[r.start:r.end]) > len(line) for r in rest[:4])

    def _metadata(self, published: Any, source: str | None, byline: str | None, by_match, dateline,
                  basis_hint: str | None) -> dict:
        agency_name = None
        agency: Agency | None = None
        for name in (source, dateline.agency if dateline else None, by_match.by if by_match else None):
            if name:
                found = self.agency(name)
                if found is not None:
                    agency, agency_name = found, name
                    break
        if source is None:
            if dateline is not None and dateline.agency:
                source = dateline.agency
            elif agency_name:
                source = agency_name
        if byline is None and by_match is not None and by_match.by and (agency is None or by_match.by != agency_name):
            byline = by_match.by
        basis = None
        when: dt.datetime | dt.date | None = None
        if published is not None:
            when, basis = parse_published(published), basis_hint or "given"
            if (by_match is not None and isinstance(by_match.published, dt.datetime) and not isinstance(when, dt.datetime)
                    and by_match.published.date() == when):
                when = by_match.published
        elif by_match is not None and by_match.published is not None:
            when, basis = by_match.published, "byline"
        elif dateline is not None and dateline.month:
            raise PublicationDateError(
                f"the dateline gives {dateline.month:02d}-{dateline.day:02d} but no year; pass published (--published)")
        else:
            raise PublicationDateError("article has no publication date; pass published (--published)")
        if isinstance(when, dt.datetime) and when.tzinfo is None and agency is not None and agency.timezone:
            try:
                when = when.replace(tzinfo=ZoneInfo(agency.timezone))
            except ZoneInfoNotFoundError:
                pass
        place = dateline.place if dateline else None
        if place and place.isupper():
            place = place.title()
        return {
            "published": when,
            "published_basis": basis,
            "source": source,
            "source_id": agency.id if agency else None,
            "byline": byline,
            "dateline_place": place,
        }

    # -- HTML --------------------------------------------------------------------------------

    def _from_html(self, html: str | bytes, *, published: Any, source: str | None, url: str | None,
                   title: str | None, byline: str | None, warn_verbatim: bool = False) -> Article:
        from .html import extract_html

        page = extract_html(html, url=url)
        if not page.paragraphs:
            raise NoTextError("the HTML page has no article body")
        body = "\n\n".join(list(page.paragraphs) + list(page.captions))
        warnings = ("verbatim ignored: offsets of an HTML page refer to its extracted text",) if warn_verbatim else ()
        return self._from_text(
            body,
            published=published if published is not None else page.published,
            basis_hint=None if published is not None else (page.published_source or "html"),
            source=source or page.sitename,
            url=url,
            title=title or page.title,
            byline=byline or page.author,
            verbatim=False,
            captions_hint=frozenset(page.captions),
            warnings=warnings,
        )


def _space_glued(m: re.Match) -> str:
    """ "ComradeKim Jong Unexpressed" -> "Comrade Kim Jong Un expressed" (a scraping fault)."""
    s, i, j = m.string, m.start(), m.end()
    before = i > 0 and (s[i - 1].islower() or (i > 1 and s[i - 2:i].isupper() and s[i - 2:i].isalpha()))
    after = len(s[j:j + 2]) == 2 and s[j:j + 2].isalpha() and s[j:j + 2].islower()
    return (" " if before else "") + m.group() + (" " if after else "")


def _merge_by(a, b):
    from dataclasses import replace

    return replace(a, published=a.published or b.published, by=a.by or b.by, tz=a.tz or b.tz)


def _replace(article: Article, **changes: Any) -> Article:
    from dataclasses import replace

    return replace(article, **changes)


_FIELD_NAMES = {
    "text": ("text", "body", "story_text", "content", "article", "articleBody", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline", "name"),
    "published": ("published", "date_str", "published_at", "publish_date", "datePublished", "date_publish",
                  "pubdate", "date"),
    "source": ("source", "agency", "outlet", "publisher", "source_name", "site"),
    "url": ("url", "link", "href"),
    "byline": ("byline", "author", "authors"),
}


class _RecordFields:
    def __init__(self, record: Mapping[str, Any], fields: Mapping[str, str]) -> None:
        self.record, self.fields = record, fields

    def __call__(self, name: str) -> Any:
        if name in self.fields:
            return self.record.get(self.fields[name])
        for key in _FIELD_NAMES[name]:
            value = self.record.get(key)
            if value not in (None, ""):
                if name == "byline" and isinstance(value, list):
                    return ", ".join(map(str, value))
                return value
        return None
