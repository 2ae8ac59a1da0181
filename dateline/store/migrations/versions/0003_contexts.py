"""Mentions and events carry their PLOVER contexts (military, diplomatic, economic ...).

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


def downgrade() -> None:
    for table in ("events", "mentions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("contexts")
