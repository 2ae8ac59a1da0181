"""Initial store: articles, copies, sentences (FTS5), times, actors, aliases, mentions, events, sources.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# SQLite only: full-text search over sentences (titles are sentences of region "title").
_FTS = (
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
)


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("sector", sa.String()),
        sa.Column("known", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("mode", sa.String()),
        sa.Column("cameo", sa.String()),
        sa.Column("modality", sa.String(), nullable=False),
        sa.Column("date_value", sa.String(), nullable=False),
        sa.Column("granularity", sa.String()),
        sa.Column("basis", sa.String(), nullable=False),
        sa.Column("date_start", sa.String(10), nullable=False),
        sa.Column("date_end", sa.String(10), nullable=False),
        sa.Column("location", sa.Text()),
        sa.Column("location_country", sa.String()),
        sa.Column("confidence", sa.Float()),
        sa.Column("summary", sa.Text()),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["date_start"])
    op.create_index("ix_events_type_date", "events", ["type", "date_start"])
    op.create_table(
        "sources",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
    )
    op.create_table(
        "state",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text()),
    )
    op.create_table(
        "aliases",
        sa.Column("norm", sa.String(), primary_key=True),
        sa.Column("actor_id", sa.String(), sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("alias", sa.String(), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("title", sa.Text()),
        sa.Column("source_id", sa.String(), sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("published", sa.String()),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("published_basis", sa.String()),
        sa.Column("byline", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("dateline_place", sa.String()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("duplicate_of", sa.String()),
        sa.Column("ingested_at", sa.String(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
    )
    op.create_index("ix_articles_day", "articles", ["day"])
    op.create_index("ix_articles_source", "articles", ["source_id", "day"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.String(), sa.ForeignKey("actors.id"), primary_key=True),
        sa.Column("role", sa.String(), primary_key=True),
        sa.Column("date_start", sa.String(10), nullable=False),
    )
    op.create_index("ix_event_actors_actor_date", "event_actors", ["actor_id", "date_start"])
    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("source_id", sa.String(), sa.ForeignKey("sources.id"), primary_key=True),
    )
    op.create_index("ix_event_sources_source", "event_sources", ["source_id"])
    op.create_table(
        "article_bands",
        sa.Column("band", sa.Integer(), primary_key=True),
        sa.Column("hash", sa.BigInteger(), primary_key=True),
        sa.Column("article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "copies",
        sa.Column("input_hash", sa.String(), primary_key=True),
        sa.Column("article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("topic", sa.String()),
        sa.Column("ingested_at", sa.String(), nullable=False),
    )
    op.create_index("ix_copies_article", "copies", ["article_id"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("eid", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("mode", sa.String()),
        sa.Column("cameo", sa.String()),
        sa.Column("modality", sa.String(), nullable=False),
        sa.Column("date_value", sa.String(), nullable=False),
        sa.Column("granularity", sa.String()),
        sa.Column("basis", sa.String(), nullable=False),
        sa.Column("date_start", sa.String(10), nullable=False),
        sa.Column("date_end", sa.String(10), nullable=False),
        sa.Column("location", sa.Text()),
        sa.Column("location_country", sa.String()),
        sa.Column("confidence", sa.Float()),
        sa.Column("trigger", sa.String()),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("event_id", sa.String()),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_event", "mentions", ["event_id"])
    op.create_table(
        "near_duplicates",
        sa.Column("a", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("b", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("similarity", sa.Float(), nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_sentences_article", "sentences", ["article_id"])
    op.create_table(
        "times",
        sa.Column("article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tid", sa.String(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("granularity", sa.String()),
        sa.Column("anchor", sa.String()),
        sa.Column("relative", sa.Boolean()),
        sa.Column("interval_start", sa.String()),
        sa.Column("interval_end", sa.String()),
        sa.Column("mod", sa.String()),
    )
    op.create_table(
        "attributions",
        sa.Column("mention_id", sa.String(), sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("pos", sa.Integer(), primary_key=True),
        sa.Column("actor_id", sa.String(), sa.ForeignKey("actors.id")),
        sa.Column("cue", sa.String(), nullable=False),
        sa.Column("text", sa.Text()),
    )
    op.create_table(
        "mention_actors",
        sa.Column("mention_id", sa.String(), sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.String(), sa.ForeignKey("actors.id"), primary_key=True),
        sa.Column("role", sa.String(), primary_key=True),
    )
    op.create_index("ix_mention_actors_actor", "mention_actors", ["actor_id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    for table in ("state", "event_sources", "event_actors", "events", "attributions", "mention_actors",
                  "mentions", "aliases", "actors", "times", "sentences", "article_bands", "near_duplicates",
                  "copies", "articles", "sources"):
        op.drop_table(table)
