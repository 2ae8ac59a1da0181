"""Events carry their participants' and sources' names, so a timeline is one indexed query.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # filled by the next merge; until then queries read the names from event_actors and event_sources
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("participants", sa.Text()))
        batch.add_column(sa.Column("source_names", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("source_names")
        batch.drop_column("participants")
