"""The store's tables, written once with SQLAlchemy Core (SQLite by default, PostgreSQL later).

The tables here describe the schema at the newest migration; the schema itself is created and
changed only by the Alembic migrations in ``dateline/store/migrations`` (docs/store.md).
Dates are ISO 8601 strings (``YYYY-MM-DD``), which sort and compare as dates on every backend.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "actors",
    "aliases",
    "article_bands",
    "articles",
    "attributions",
    "copies",
    "event_actors",
    "event_sources",
    "events",
    "mention_actors",
    "mentions",
    "metadata",
    "near_duplicates",
    "sentences",
    "sources",
    "state",
    "times",
]

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("title", Text),
    Column("source_id", String, ForeignKey("sources.id"), nullable=False),
    Column("published", String),
    Column("day", String(10), nullable=False),
    Column("published_basis", String),
    Column("byline", Text),
    Column("url", Text),
    Column("dateline_place", String),
    Column("text", Text, nullable=False),
    Column("duplicate_of", String),
    Column("ingested_at", String, nullable=False),
    Column("result", Text, nullable=False),
    Index("ix_articles_day", "day"),
    Index("ix_articles_source", "source_id", "day"),
)

copies = Table(
    "copies", metadata,
    Column("input_hash", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text),
    Column("url", Text),
    Column("topic", String),
    Column("ingested_at", String, nullable=False),
    Index("ix_copies_article", "article_id"),
)

near_duplicates = Table(
    "near_duplicates", metadata,
    Column("a", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("b", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("similarity", Float, nullable=False),
)

article_bands = Table(
    "article_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", BigInteger, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

sentences = Table(
    "sentences", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("region", String, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_sentences_article", "article_id"),
)

times = Table(
    "times", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tid", String, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
    Column("granularity", String),
    Column("anchor", String),
    Column("relative", Boolean),
    Column("interval_start", String),
    Column("interval_end", String),
    Column("mod", String),
)

actors = Table(
    "actors", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String),
    Column("sector", String),
    Column("known", Boolean, nullable=False),
    Index("ix_actors_country", "country"),
)

aliases = Table(
    "aliases", metadata,
    Column("norm", String, primary_key=True),
    Column("actor_id", String, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String, nullable=False),
)

def _event_columns() -> list[Column]:
    """What a mention and a merged event both carry: type, modality, date, place, confidence."""
    return [
        Column("type", String, nullable=False),
        Column("mode", String),
        Column("cameo", String),
        Column("modality", String, nullable=False),
        Column("date_value", String, nullable=False),
        Column("granularity", String),
        Column("basis", String, nullable=False),
        Column("date_start", String(10), nullable=False),
        Column("date_end", String(10), nullable=False),
        Column("location", Text),
        Column("location_country", String),
        Column("confidence", Float),
        Column("contexts", Text),  # PLOVER contexts, comma-separated ("military,diplomatic")
    ]


mentions = Table(
    "mentions", metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("eid", String, nullable=False),
    *_event_columns(),
    Column("trigger", String),
    Column("evidence", Text, nullable=False),
    Column("event_id", String),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_event", "event_id"),
)

mention_actors = Table(
    "mention_actors", metadata,
    Column("mention_id", String, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String, ForeignKey("actors.id"), primary_key=True),
    Column("role", String, primary_key=True),
    Index("ix_mention_actors_actor", "actor_id"),
)

attributions = Table(
    "attributions", metadata,
    Column("mention_id", String, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("pos", Integer, primary_key=True),
    Column("actor_id", String, ForeignKey("actors.id")),
    Column("cue", String, nullable=False),
    Column("text", Text),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    *_event_columns(),
    Column("summary", Text),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    # JSON copies of the names in event_actors / event_sources, written by the merge (migration 0002)
    Column("participants", Text),
    Column("source_names", Text),
    Index("ix_events_date", "date_start"),
    Index("ix_events_type_date", "type", "date_start"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String, ForeignKey("actors.id"), primary_key=True),
    Column("role", String, primary_key=True),
    # copied from events so that one actor's timeline is a single index range scan
    Column("date_start", String(10), nullable=False),
    Index("ix_event_actors_actor_date", "actor_id", "date_start"),
)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", String, ForeignKey("sources.id"), primary_key=True),
    Index("ix_event_sources_source", "source_id"),
)

state = Table(
    "state", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text),
)
