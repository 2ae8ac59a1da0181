"""Dateline: dated, sourced, de-duplicated timelines of events from news reports."""

from typing import TYPE_CHECKING

from .about import __version__
from .errors import DatelineError, InputError
from .ingest.article import Article
from .pipeline import ArticleResult, Context, extract, process_article

if TYPE_CHECKING:
    from .store import Store


def read_article(text_or_html, *, published=None, source=None, url=None, title=None, byline=None,
                 verbatim=False, ctx: Context | None = None) -> Article:
    """Read one report (text, HTML or bytes) into an Article: metadata, body, captions, boilerplate removed."""
    from .pipeline import default_context

    reader = (ctx or default_context()).reader
    return reader.read(text_or_html, published=published, source=source, url=url, title=title, byline=byline,
                       verbatim=verbatim)


def open(db="dateline.db", **kwargs) -> "Store":  # noqa: A001 - dateline.open(db) mirrors sqlite3.connect
    """Open a store (a SQLite file, created and migrated as needed, or a database URL) for ingest and queries."""
    from .store import Store

    return Store(db, **kwargs)


__all__ = [
    "__version__",
    "Article",
    "ArticleResult",
    "Context",
    "DatelineError",
    "extract",
    "InputError",
    "open",
    "process_article",
    "read_article",
]
