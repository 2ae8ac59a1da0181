"""Opening a store: the engine (SQLite pragmas: WAL, foreign keys) and the migrations that bring it up to date."""

from __future__ import annotations

import pathlib

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from ..errors import MigrationError, NotAStoreError, StoreError

__all__ = ["HEAD", "connect", "current_revision", "migrate"]

_MIGRATIONS = pathlib.Path(__file__).resolve().parent / "migrations"
#: The newest migration; a store at another revision is migrated when opened.
HEAD = "0003"


def _url(db: str | pathlib.Path) -> str:
    s = str(db)
    return s if "://" in s else f"sqlite:///{pathlib.Path(s).expanduser()}"


def connect(db: str | pathlib.Path, *, busy_timeout: float = 60.0) -> Engine:
    """An engine for a file path (SQLite) or a database URL."""
    url = _url(db)
    try:
        engine = create_engine(url, connect_args={"timeout": busy_timeout} if url.startswith("sqlite") else {})
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open store {db}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    # WAL: readers never wait for the ingest that is writing; NORMAL sync is safe in WAL mode
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def current_revision(engine: Engine) -> str | None:
    """The migration the store is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the store to ``HEAD`` with the Alembic migrations shipped in the package."""
    try:
        rev = current_revision(engine)
    except DatabaseError as exc:
        if "not a database" in str(exc.orig):
            raise NotAStoreError(f"{engine.url.database}: not a Dateline store ({exc.orig})") from None
        raise StoreError(f"cannot open store {engine.url.database}: {exc.orig}") from None
    if rev == HEAD:
        return
    if rev is None:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables and "articles" not in tables:
            raise NotAStoreError(f"{engine.url.database}: a database that is not a Dateline store")
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        # another process created the store at the same moment: fine if it is now current
        if current_revision(engine) != HEAD:
            raise MigrationError(f"cannot migrate the store: {exc.orig}") from None
