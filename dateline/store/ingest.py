"""Ingest: input items in, articles, mentions and events stored; re-running it changes nothing.

Each item is hashed before anything else; an input already stored is skipped without reading
it, and an article whose content hash is stored is a copy, recorded without NLP. New articles
are processed in batches (optionally by a process pool, one model per worker) and each batch
is committed with the input hashes that produced it, so an interrupted ingest loses nothing it
committed and a re-run resumes where it stopped.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from sqlalchemy import Connection, Engine, select, tuple_

from ..errors import InputError, ProcessingError
from ..ingest.article import Article, ArticleReader
from ..ingest.files import Item
from ..ingest.sources import map_record
from ..merge import MinHasher, is_near_duplicate, shingles
from . import schema as S
from .rows import article_rows, insert_ignore, now

if TYPE_CHECKING:
    from ..pipeline import Context

__all__ = ["IngestReport", "Ingester", "input_hash"]

#: Tables in the order an article's rows go in (parents before children).
_ORDER = (S.sources, S.articles, S.sentences, S.times, S.actors, S.aliases, S.mentions, S.mention_actors,
          S.attributions)
_IGNORE = {S.sources, S.actors, S.aliases}


@dataclass
class IngestReport:
    """The closing summary: items read, new articles, duplicates, rejects with their reasons."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    duplicates: collections.Counter = field(default_factory=collections.Counter)
    reasons: collections.Counter = field(default_factory=collections.Counter)
    errors: list[tuple[str, InputError]] = field(default_factory=list)
    merge: dict | None = None

    def to_dict(self) -> dict:
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate, "rejected": self.rejected,
                "duplicates": dict(sorted(self.duplicates.items())), "reasons": dict(sorted(self.reasons.items())),
                "merge": self.merge}

    def summary(self) -> str:
        """One line for people: ``120 read: 80 new, 30 duplicate (…), 10 rejected (…)``."""
        dup = ", ".join(f"{n} {k}" for k, n in sorted(self.duplicates.items()))
        why = ", ".join(f"{n} {k}" for k, n in sorted(self.reasons.items()))
        line = f"{self.read} read: {self.new} new, {self.duplicate} duplicate"
        line += f" ({dup})" if dup else ""
        line += f", {self.rejected} rejected" + (f" ({why})" if why else "")
        if self.merge:
            line += f"; {self.merge['events']} events, {self.merge['merged']} told by several reports"
        return line


def input_hash(payload: Any, fields: Mapping[str, str] | None, metadata: Mapping[str, Any]) -> str:
    """A hash of one input item as given (bytes, text or record) and of how it is to be read."""
    h = hashlib.sha1()
    if isinstance(payload, bytes | bytearray):
        h.update(b"b")
        h.update(payload)
    elif isinstance(payload, str):
        h.update(b"s")
        h.update(payload.encode("utf-8", "surrogatepass"))
    else:
        h.update(b"j")
        h.update(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    h.update(json.dumps([dict(sorted((fields or {}).items())), {k: str(v) for k, v in sorted(metadata.items())}])
             .encode("utf-8"))
    return h.hexdigest()


@dataclass
class _Pending:
    article: Article
    copies: list[dict]


def _process(article: Article, ctx: "Context") -> dict | InputError:
    """The article's result, or the coded error it raised: one article never stops a batch."""
    from ..pipeline import process_article

    try:
        return process_article(article, ctx).to_dict()
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a pipeline bug is reported with the item, the batch goes on
        return ProcessingError.wrap(exc)


def _process_in_worker(article: Article) -> dict | InputError:
    from ..pipeline import default_context

    return _process(article, default_context())


class Ingester:
    """Reads items into one store; ``ctx`` is loaded on first need, so a re-run loads no model.

    ``process`` replaces the NLP (article in, JSON output version 1 out), e.g. to store
    results computed elsewhere; it runs in this process whatever ``workers`` says.
    """

    def __init__(self, engine: Engine, *, ctx: "Context | None" = None, fields: Mapping[str, str] | None = None,
                 metadata: Mapping[str, Any] | None = None, workers: int = 1, batch_size: int = 20,
                 progress: Callable[[IngestReport], None] | None = None,
                 process: Callable[[Article], dict] | None = None) -> None:
        self.engine = engine
        self._ctx = ctx
        self._reader: ArticleReader | None = ctx.reader if ctx is not None else None
        self.fields = dict(fields or {})
        self.metadata = {k: v for k, v in (metadata or {}).items() if v is not None}
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.hasher = MinHasher()
        self.process = process
        self._pool = None

    # -- lazily loaded machinery --------------------------------------------------------------

    @property
    def reader(self) -> ArticleReader:
        if self._reader is None:
            from ..actors.gazetteer import Gazetteer

            gz = Gazetteer.load()
            self._reader = ArticleReader(agency=gz.agency, glued_names=gz.person_names())
        return self._reader

    def _results(self, articles: list[Article]) -> Iterator[dict | InputError]:
        if not articles:
            return
        if self.process is not None:
            for article in articles:
                try:
                    yield self.process(article)
                except InputError as exc:
                    yield exc
            return
        if self.workers > 1:
            if self._pool is None:
                import multiprocessing

                self._pool = multiprocessing.get_context("spawn").Pool(self.workers)
            yield from self._pool.imap(_process_in_worker, articles)
            return
        from ..pipeline import Context

        if self._ctx is None:
            self._ctx = Context.load()
        for article in articles:
            yield _process(article, self._ctx)

    # -- the loop -----------------------------------------------------------------------------

    def run(self, items: Iterable[Item]) -> IngestReport:
        report = IngestReport()
        with self.engine.connect() as conn:
            seen_inputs = set(conn.execute(select(S.copies.c.input_hash)).scalars())
            stored = set(conn.execute(select(S.articles.c.id)).scalars())
        pending: dict[str, _Pending] = {}
        copies: list[dict] = []
        try:
            for item in items:
                report.read += 1
                self._one(item, report, seen_inputs, stored, pending, copies)
                if len(pending) >= self.batch_size * self.workers or len(copies) >= 500:
                    self._flush(pending, copies, report, stored)
                    pending, copies = {}, []
                if self.progress is not None:
                    self.progress(report)
            self._flush(pending, copies, report, stored)
        finally:
            if self._pool is not None:
                self._pool.close()
                self._pool.join()
                self._pool = None
        return report

    def _reject(self, report: IngestReport, name: str, exc: InputError) -> None:
        report.rejected += 1
        report.reasons[f"{exc.code} {type(exc).__name__}"] += 1
        report.errors.append((name, exc))

    def _one(self, item: Item, report: IngestReport, seen_inputs: set[str], stored: set[str],
             pending: dict[str, _Pending], copies: list[dict]) -> None:
        if item.error is not None:
            self._reject(report, item.name, item.error)
            return
        key = input_hash(item.payload, self.fields, self.metadata)
        if key in seen_inputs:
            report.duplicate += 1
            report.duplicates["already stored"] += 1
            return
        try:
            article = self._read(item.payload)
        except InputError as exc:
            self._reject(report, item.name, exc)
            return
        seen_inputs.add(key)
        record = item.payload if isinstance(item.payload, Mapping) else {}
        copy = {"input_hash": key, "article_id": article.id, "name": item.name, "url": article.url,
                "topic": _text(record.get("topic") or record.get("section")), "ingested_at": now()}
        if article.id in stored:
            report.duplicate += 1
            report.duplicates["exact copy"] += 1
            copies.append(copy)
        elif article.id in pending:
            report.duplicate += 1
            report.duplicates["exact copy"] += 1
            pending[article.id].copies.append(copy)
        else:
            pending[article.id] = _Pending(article, [copy])

    def _read(self, payload: Any) -> Article:
        from ..pipeline import read_any

        if isinstance(payload, Mapping):
            return self.reader.read_record(map_record(payload, self.fields), **self.metadata)
        return read_any(payload, _ReaderOnly(self.reader), **self.metadata)

    def _flush(self, pending: dict[str, _Pending], copies: list[dict], report: IngestReport,
               stored: set[str]) -> None:
        if not pending and not copies:
            return
        batch = list(pending.values())
        results = list(self._results([p.article for p in batch]))
        stamp = now()
        with self.engine.begin() as conn:
            for p, res in zip(batch, results):
                if isinstance(res, InputError):
                    # its copies share its fate: counted as rejected, not as duplicates
                    for copy in p.copies:
                        self._reject(report, copy["name"], res)
                    report.duplicate -= len(p.copies) - 1
                    report.duplicates["exact copy"] -= len(p.copies) - 1
                    continue
                rows = article_rows(res, ingested_at=stamp)
                for table in _ORDER:
                    chunk = rows.get(table)
                    if table in _IGNORE:
                        insert_ignore(conn, table, chunk)
                    elif chunk:
                        conn.execute(table.insert(), chunk)
                stored.add(p.article.id)
                copies.extend(p.copies)
                if self._near_duplicates(conn, p.article):
                    report.duplicate += 1
                    report.duplicates["near duplicate"] += 1
                else:
                    report.new += 1
            insert_ignore(conn, S.copies, [c for c in copies if c["article_id"] in stored])
            if any(not isinstance(res, InputError) for res in results):
                conn.execute(S.state.delete().where(S.state.c.key == "dirty"))
                conn.execute(S.state.insert(), [{"key": "dirty", "value": stamp}])
        report.duplicates = +report.duplicates

    def _near_duplicates(self, conn: Connection, article: Article) -> bool:
        """Index the article's MinHash bands and record the stored reports it nearly repeats."""
        sh = shingles(article.text)
        bands = self.hasher.band_keys(self.hasher.signature(sh))
        b = S.article_bands
        candidates = set(conn.execute(
            select(b.c.article_id).where(tuple_(b.c.band, b.c.hash).in_(bands)).distinct()).scalars())
        candidates.discard(article.id)
        found = []
        if candidates:
            a = S.articles
            for cid, text, day in conn.execute(select(a.c.id, a.c.text, a.c.day).where(a.c.id.in_(sorted(candidates)))):
                sim = is_near_duplicate(sh, shingles(text), article.published_date, _day(day))
                if sim is not None:
                    lo, hi = sorted((article.id, cid))
                    found.append({"a": lo, "b": hi, "similarity": round(sim, 4)})
        insert_ignore(conn, S.near_duplicates, found)
        insert_ignore(conn, b, [{"band": band, "hash": h, "article_id": article.id} for band, h in bands])
        return bool(found)


class _ReaderOnly:
    """Just enough of a Context for ``read_any``: reading needs no model."""

    def __init__(self, reader: ArticleReader) -> None:
        self.reader = reader


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def _text(v: Any) -> str | None:
    return v if isinstance(v, str) else None
