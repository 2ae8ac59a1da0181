"""The store's schema: created by the migrations, matching the SQLAlchemy tables, SQLite set up for readers."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect, text

from dateline.errors import NotAStoreError
from dateline.store import Store, schema
from dateline.store.engine import HEAD, current_revision


@pytest.fixture()
def empty_store(tmp_path):
    with Store(tmp_path / "s.db") as store:
        yield store


def test_store_schema_migrations_match_tables(empty_store):
    insp = inspect(empty_store.engine)
    for table in schema.metadata.sorted_tables:
        columns = {c["name"] for c in insp.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
        indexes = {i["name"] for i in insp.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name


def test_store_schema_at_head_and_reopen_is_noop(empty_store, tmp_path):
    assert current_revision(empty_store.engine) == HEAD
    with Store(tmp_path / "s.db") as again:
        assert current_revision(again.engine) == HEAD


@pytest.mark.parametrize("pragma, value", [("journal_mode", "wal"), ("foreign_keys", 1)])
def test_store_schema_sqlite_pragmas(empty_store, pragma, value):
    with empty_store.engine.connect() as conn:
        assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == value


@pytest.mark.parametrize("table", ["sentences_fts"])
def test_store_schema_full_text_index(empty_store, tmp_path, table):
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("SELECT name FROM sqlite_master WHERE name = ?", (table,)).fetchone()


@pytest.mark.parametrize("content", [b"not a database at all, just some text" * 100])
def test_store_schema_refuses_other_files(tmp_path, content):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(NotAStoreError) as err:
        Store(path)
    assert err.value.code == "D041"


def test_store_schema_refuses_other_databases(tmp_path):
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotAStoreError):
        Store(path)


def test_store_schema_upgrades_a_store_of_an_older_revision(tmp_path):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from dateline.store.engine import _MIGRATIONS

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")  # a store written before PLOVER contexts and measured confidences
    assert "contexts" not in {c["name"] for c in inspect(engine).get_columns("events")}
    with engine.begin() as conn:  # an event with the old hand-set score (the rest of the row: placeholders)
        cols = [c for c in inspect(conn).get_columns("events") if not c["nullable"] or c["name"] == "confidence"]
        values = {c["name"]: 0.95 if c["name"] == "confidence" else 0 if "INT" in str(c["type"]) else "x"
                  for c in cols}
        conn.execute(text(f"INSERT INTO events ({', '.join(values)}) VALUES ({', '.join(':' + k for k in values)})"),
                     values)
    engine.dispose()
    with Store(path) as store:
        assert current_revision(store.engine) == HEAD
        for table in ("mentions", "events"):
            assert "contexts" in {c["name"] for c in inspect(store.engine).get_columns(table)}
        with store.engine.connect() as conn:  # no longer read as a measured chance of being right
            assert conn.execute(text("SELECT confidence FROM events")).scalars().all() == [None]
