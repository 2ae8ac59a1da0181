"""Alembic environment: the connection comes from ``dateline.store.engine.migrate``."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# batch mode lets ALTER-like changes run on SQLite, which cannot alter most columns in place
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
