"""Dateline: dated, sourced, de-duplicated timelines of events from news reports."""

from .about import __version__
from .errors import DatelineError, InputError
from .ingest.article import Article
from .pipeline import ArticleResult, Context, extract, process_article


def read_article(text_or_html, *, published=None, source=None, url=None, title=None, byline=None,
                 verbatim=False, ctx: Context | None = None) -> Article:
    """Read one report (text, HTML or bytes) into an Article: metadata, body, captions, boilerplate removed."""
    from .pipeline import default_context

    reader = (ctx or default_context()).reader
    return reader.read(text_or_html, published=published, source=source, url=url, title=title, byline=byline,
                       verbatim=verbatim)


__all__ = [
    "__version__",
    "Article",
    "ArticleResult",
    "Context",
    "DatelineError",
    "extract",
    "InputError",
    "process_article",
    "read_article",
]
