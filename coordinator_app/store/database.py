"""Opening a database: recognise it, back it up, migrate it with Alembic, hand out sessions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "coordinator-app"
SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """A database that cannot be opened; the message says why in plain words."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer version of the app; it is left untouched."""


class DatabaseDamaged(DatabaseError):
    """The file is not a Coordinator database (truncated, not SQLite, or a foreign schema)."""


def default_database_path() -> Path:
    """The SQLite file in the user's data directory, used when no --db is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "coordinator.sqlite"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def restrict_to_owner(path: Path) -> None:
    """Make `path` readable and writable by its owner only (members' data is personal data)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a SQLite database with SQLite's online backup API, consistent even while in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    restrict_to_owner(target)
    return target


def _timestamped_backup_path(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
        counter += 1
    return candidate


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, without writing to it."""
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new database
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(f"{path} is not a Coordinator database (it is not an SQLite file).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise DatabaseDamaged(f"{path} is damaged: {detail}.")


def _stored_revision(path: Path) -> tuple[str | None, bool]:
    """The schema revision stored in the file, and whether it holds any tables at all."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
    finally:
        conn.close()


@dataclass
class Database:
    """An open, migrated database: an engine and a factory for one-transaction sessions."""

    engine: Engine
    path: Path | None
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, backup_before_migrating: bool = True) -> Database:
    """Open (or create) the SQLite database at `path`, migrated to the current schema.

    A file from a newer version, or one that is not ours, is refused and left as it was. Before
    an older file is migrated, it is copied to a timestamped backup beside it.
    """
    path = path.expanduser()
    backup: Path | None = None
    if path.exists():
        _check_sqlite_file(path)
        revision, has_tables = _stored_revision(path) if path.stat().st_size else (None, False)
        head = head_revision()
        if revision is None and has_tables:
            raise DatabaseDamaged(
                f"{path} is an SQLite file, but not a Coordinator database (unknown tables)."
            )
        if revision is not None and revision not in _known_revisions():
            raise DatabaseTooNew(
                f"{path} was written by a newer version of Coordinator (schema {revision}). "
                "Please update the app; the file was not changed."
            )
        if revision is not None and revision != head and backup_before_migrating:
            backup = backup_sqlite(path, _timestamped_backup_path(path, "before-migration"))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Create the file ourselves so that it is private from the very first byte.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)

    engine = _sqlite_engine(path)
    migrate(engine)
    restrict_to_owner(path)
    return Database(engine=engine, path=path, backup_path=backup)


def migrate(engine: Engine) -> None:
    """Upgrade the database behind `engine` to the newest revision."""
    config = _alembic_config()
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head_revision():
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def table_names(engine: Engine) -> set[str]:
    """The tables in the database (for checks and tests)."""
    return set(inspect(engine).get_table_names())


def integrity_check(db: Database) -> list[str]:
    """Problems SQLite finds in the file and foreign keys that point nowhere; empty if sound."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.engine.dialect.name != "sqlite":
            return problems
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(str(line))
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"row {row[1]} of table {row[0]} points to a missing {row[2]}")
    return problems
