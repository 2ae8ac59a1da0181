"""Mentions and events carry their PLOVER contexts (military, diplomatic, economic ...); the
confidences stored before are cleared.

Before this revision `confidence` held a hand-set score (0.8-0.99 for most events), not the measured
chance of being right the timeline now filters on (docs/confidence.md): kept, it would pass every
event through the threshold and be shown as a probability. Cleared (NULL), the timeline shows those
events as it did, and `dateline events` and exports say no confidence is known.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # mentions stored before this revision have none (ingest skips reports it holds): build the store again
    for table in ("mentions", "events"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("contexts", sa.Text()))
        op.execute(f"UPDATE {table} SET confidence = NULL")


def downgrade() -> None:
    for table in ("events", "mentions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("contexts")
