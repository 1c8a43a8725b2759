"""Opening a database: recognise it, back it up, migrate it with Alembic, hand out sessions.

Storage failures while working (a full disk, a read-only file, a file another program keeps
locked, a damaged page) reach the callers of `Database.session()` and `Database.reading()` as
`DatabaseError` subclasses with a `code` the front ends translate; the transaction was rolled
back, so the file is as it was before the edit.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, exc as sa_exc, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from coordinator_app.store.sqlite_file import (
    MIGRATIONS,
    SQLITE_HEADER as SQLITE_HEADER,
    DatabaseDamaged as DatabaseDamaged,
    DatabaseError as DatabaseError,
    DatabaseTooNew as DatabaseTooNew,
    FileCheck,
    check_sqlite_file,
    default_database_path as default_database_path,
    head_revision as head_revision,
    schema_revisions as schema_revisions,
    sqlite_uri as sqlite_uri,
)

if TYPE_CHECKING:
    from alembic.config import Config


# SQLAlchemy logs every statement's parameters at INFO and every fetched row at DEBUG once its
# loggers are enabled, and a root logger set to DEBUG enables them: round-table texts and
# members' e-mail addresses would end up in a log file. Its loggers stay at WARNING unless a
# developer sets them lower explicitly (and parameters are hidden even then: `hide_parameters`).
logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


class StorageError(DatabaseError):
    """Saving or reading failed on the storage itself; nothing of the edit was saved."""

    code = "storage_error"


class StorageFull(StorageError):
    """The disk (or the database's size limit) is full: SQLITE_FULL."""

    code = "storage_full"


class StorageReadOnly(StorageError):
    """The file cannot be written: opened read-only, a read-only file or folder, no permission."""

    code = "storage_read_only"


class StorageBusy(StorageError):
    """Another program kept the database locked for longer than the busy timeout."""

    code = "storage_busy"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def storage_error(exc: BaseException) -> DatabaseError | None:
    """The `DatabaseError` for an SQLite failure (raw or wrapped by SQLAlchemy), else None."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    if primary == _SQLITE_FULL or "disk is full" in text:
        return StorageFull("The disk is full: the change was not saved.")
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in text:
        return StorageReadOnly(
            "The database cannot be written (it is read-only): the change was not saved."
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return StorageBusy(
            "The database is locked by another program: the change was not saved. "
            "Try again in a moment."
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text:
        return DatabaseDamaged("The database file is damaged: the change was not saved.")
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return StorageError(
            "The database file could not be read or written (a disk error, or the file is "
            "gone): the change was not saved."
        )
    return None


@contextmanager
def storage_errors() -> Iterator[None]:
    """Raise SQLite's storage failures inside the block as the `DatabaseError`s above."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        mapped = storage_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


def _alembic_config() -> Config:
    # Alembic is imported only to migrate (it takes a while to load and the app's start
    # rarely needs it).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _known_revisions() -> set[str]:
    return set(schema_revisions())


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Belt and braces: the connection is opened with mode=ro already.
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        uri = sqlite_uri(path, read_only=True)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,  # "sqlite://" alone would mean an in-memory database's pool
            hide_parameters=True,
        )
        event.listen(engine, "connect", _on_read_only_connect)
        return engine
    # hide_parameters: error messages and logs never show the values of a statement (names,
    # e-mail addresses, round-table texts); a failed save must not print them to a terminal.
    # URL.create: the file name is taken as it is ("?" or "#" in it would end a URL string).
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True)
    event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def restrict_to_owner(path: Path) -> None:
    """Make `path` (and its -wal and -shm files, if any) readable and writable by its owner
    only: members' data is personal data."""
    if os.name != "posix":
        return
    for candidate in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        if candidate.exists():
            candidate.chmod(0o600)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a SQLite database with SQLite's online backup API, consistent even while in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        # Private from the first byte, not only after the copy.
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    restrict_to_owner(target)
    src = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True)
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


def _stored_revision(path: Path) -> tuple[str | None, bool]:
    """The schema revision stored in the file, and whether it holds any tables at all."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
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


def check_database_file(path: Path, file_check: FileCheck | None = None) -> str | None:
    """Recognise a Coordinator database without writing to it; returns its schema revision.

    None for an empty file (a new database). Raises DatabaseDamaged for a file that is not one
    (truncated, not SQLite, another program's tables) and DatabaseTooNew for a newer schema.
    `file_check`, started earlier for this file, is waited for instead of checking it again.
    """
    if file_check is not None and file_check.covers(path):
        file_check.wait()
    else:
        check_sqlite_file(path)
    if not path.stat().st_size:
        return None
    revision, has_tables = _stored_revision(path)
    if revision is None and has_tables:
        raise DatabaseDamaged(
            f"{path} is an SQLite file, but not a Coordinator database (unknown tables)."
        )
    if revision is not None and revision not in _known_revisions():
        raise DatabaseTooNew(
            f"{path} was written by a newer version of Coordinator (schema {revision}). "
            "Please update the app; the file was not changed."
        )
    return revision


@dataclass
class Database:
    """An open, migrated database: an engine and a factory for one-transaction sessions."""

    engine: Engine
    path: Path | None
    backup_path: Path | None = None
    read_only: bool = False

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A full disk, a read-only file or a lock held too long raise a `StorageError`.
        """
        with storage_errors(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        with storage_errors(), self._sessions() as session:
            yield session

    def compact(self) -> None:
        """Rewrite the file without unused pages and fold the write-ahead log into it.

        After an erasure, deleted values would otherwise linger in free pages and in the log
        until SQLite happened to overwrite them.
        """
        with storage_errors(), self.engine.connect() as conn:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            auto.exec_driver_sql("VACUUM")
            auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    path: Path,
    *,
    backup_before_migrating: bool = True,
    read_only: bool = False,
    file_check: FileCheck | None = None,
) -> Database:
    """Open (or create) the SQLite database at `path`, migrated to the current schema.

    A file from a newer version, or one that is not ours, is refused and left as it was. Before
    an older file is migrated, it is copied to a backup (`store.backups`, reason
    "before-migration"). `read_only` opens an existing, current file without any write (SQLite's
    `mode=ro`): every edit then fails with `StorageReadOnly`. `file_check`: see
    `check_database_file`.
    """
    path = path.expanduser()
    backup: Path | None = None
    revision: str | None = None
    if read_only:
        if not path.exists() or not path.stat().st_size:
            raise DatabaseError(f"{path} does not exist yet; it cannot be opened read-only.")
        if check_database_file(path, file_check) != head_revision():
            raise DatabaseError(
                f"{path} needs an upgrade to this version of Coordinator, which cannot be done "
                "while it is opened read-only."
            )
        return Database(engine=_sqlite_engine(path, read_only=True), path=path, read_only=True)
    if path.exists():
        revision = check_database_file(path, file_check)
        if revision is not None and revision != head_revision() and backup_before_migrating:
            from coordinator_app.store import backups  # backups builds on this module

            backup = backups.make_backup(path, backups.BEFORE_MIGRATION).path
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Create the file ourselves so that it is private from the very first byte.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)

    engine = _sqlite_engine(path)
    try:
        # The revision was read with sqlite3 above: Alembic is loaded only for a migration.
        with storage_errors():
            if revision != head_revision():
                migrate(engine)
            else:
                # Connect once all the same: the pragmas (WAL) apply, and a file that cannot
                # be opened for writing says so now rather than at the first edit.
                engine.connect().close()
    except BaseException:
        engine.dispose()
        raise
    restrict_to_owner(path)
    return Database(engine=engine, path=path, backup_path=backup)


def migrate(engine: Engine) -> None:
    """Upgrade the database behind `engine` to the newest revision."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

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
