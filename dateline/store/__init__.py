"""Store stage: one database of articles, mentions, events, actors and sources (docs/store.md).

``Store`` (``dateline.open(path)``) is the Python API; the CLI commands call the same methods.
"""

from __future__ import annotations

import pathlib
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Mapping

from sqlalchemy import select

from ..ingest.files import Item
from ..merge import MergeConfig
from . import schema
from .engine import connect, migrate
from .ingest import IngestReport, Ingester
from .merging import MergeReport, remerge

if TYPE_CHECKING:
    from ..ingest.article import Article
    from ..pipeline import Context

__all__ = ["DEFAULT_DB", "IngestReport", "MergeReport", "Store", "open_store"]

#: The store used when no ``--db`` is given.
DEFAULT_DB = "dateline.db"


class Store:
    """A Dateline store: ingest reports, merge their events, ask for timelines."""

    def __init__(self, db: str | pathlib.Path = DEFAULT_DB, *, merge_config: MergeConfig | None = None) -> None:
        self.db = str(db)
        self.engine = connect(db)
        migrate(self.engine)
        self.merge_config = merge_config or MergeConfig()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.db!r})"

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------------------

    def ingest(self, inputs: Iterable[str | Item], *, fields: Mapping[str, str] | None = None, workers: int = 1,
               ctx: "Context | None" = None, batch_size: int = 20, stdin: IO[bytes] | None = None,
               progress: Callable[[IngestReport], None] | None = None,
               process: "Callable[[Article], dict] | None" = None, **metadata: Any) -> IngestReport:
        """Store the articles of files, folders, feeds, WARC files or ``Item`` values, then merge.

        ``fields`` maps Dateline's field names to a record's own (``{"text": "story_text"}``);
        ``metadata`` (published, source, url, title) applies to every input; ``process`` replaces the
        NLP (see ``Ingester``). Re-running it is a no-op.
        """
        from ..ingest.sources import iter_sources

        def items() -> Iterable[Item]:
            paths: list[str] = []
            for x in inputs:
                if isinstance(x, Item):
                    yield from iter_sources(paths, stdin=stdin)
                    paths = []
                    yield x
                else:
                    paths.append(str(x))
            yield from iter_sources(paths, stdin=stdin)

        ingester = Ingester(self.engine, ctx=ctx, fields=fields, metadata=metadata, workers=workers,
                            batch_size=batch_size, progress=progress, process=process)
        report = ingester.run(items())
        if self.dirty:
            report.merge = self.merge().to_dict()
        return report

    @property
    def dirty(self) -> bool:
        """Whether articles were stored since the last merge (an interrupted ingest leaves it so)."""
        with self.engine.connect() as conn:
            return conn.execute(select(schema.state.c.value).where(schema.state.c.key == "dirty")).first() is not None

    def merge(self) -> MergeReport:
        """Re-run the cross-article merge over every stored mention (the result does not depend on order)."""
        with self.engine.begin() as conn:
            report = remerge(conn, self.merge_config)
            conn.execute(schema.state.delete().where(schema.state.c.key == "dirty"))
        return report

    # -- reading ------------------------------------------------------------------------------

    def _query(self, name: str, *args: Any, **kwargs: Any) -> list[dict]:
        from .. import query

        with self.engine.connect() as conn:
            return getattr(query, name)(conn, *args, **kwargs)

    def timeline(self, **filters: Any) -> list[dict]:
        """Asserted and reported events in date order (filters: actor, country, type, since, until, source,
        modality, limit, min_confidence: default the fitted threshold, 0 for every event)."""
        return self._query("timeline", **filters)

    def events(self, *, mentions: bool = False, **filters: Any) -> list[dict]:
        """Every merged event, any modality unless ``modality``; ``mentions=True`` adds each mention."""
        from .. import query

        with self.engine.connect() as conn:
            rows = query.events(conn, **filters)
            return query.event_details(conn, rows) if mentions else rows

    def actors(self, **filters: Any) -> list[dict]:
        """Actors and how many events they take part in."""
        return self._query("actors", **filters)

    def sources(self, **filters: Any) -> list[dict]:
        """Publishers with their distinct reports, copies, duplicates and events."""
        return self._query("sources", **filters)

    def search(self, text: str, **filters: Any) -> list[dict]:
        """Sentences and headlines containing every word of ``text`` (filters: source, since, until, limit)."""
        return self._query("search", text, **filters)

    def export(self, fmt: str, out: IO, **filters: Any) -> int:
        """Write the events in ``fmt`` (see ``dateline.export.FORMATS``) to ``out``; returns how many."""
        from ..export import export

        with self.engine.connect() as conn:
            return export(conn, fmt, out, **filters)


def open_store(db: str | pathlib.Path = DEFAULT_DB, **kwargs: Any) -> Store:
    """Open (creating and migrating as needed) the store at a path or database URL."""
    return Store(db, **kwargs)
