"""Opening a database: recognise it, back it up, migrate it with Alembic, hand out sessions.

Storage failures while working (a full disk, a read-only file, a file another program keeps
locked, a damaged page) reach the callers of `Database.session()` and `Database.reading()` as
`DatabaseError` subclasses with a `code` the front ends translate; the transaction was rolled
back, so the file is as it was before the edit.
"""

from __future__ import annotations

import logging
import os
import sqlite3 as stdlib_sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import URL, Engine, create_engine, event, exc as sa_exc, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from coordinator_app.store import search_index
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.files import atomic_path
from coordinator_app.store.sqlite_file import (
    MIGRATIONS,
    SQLITE_HEADER as SQLITE_HEADER,
    CipherUnavailable as CipherUnavailable,
    DatabaseDamaged as DatabaseDamaged,
    DatabaseError as DatabaseError,
    DatabaseLogUnreadable as DatabaseLogUnreadable,
    DatabaseSchemaUnknown as DatabaseSchemaUnknown,
    DatabaseTooNew as DatabaseTooNew,
    FileCheck,
    KeyFileMissing as KeyFileMissing,
    KeyRequired as KeyRequired,
    NotEncrypted as NotEncrypted,
    WrongKey as WrongKey,
    check_cipher,
    connect_file,
    connect_read_only,
    default_database_path as default_database_path,
    first_read,
    harden,
    head_revision as head_revision,
    recognise_file,
    schema_revisions as schema_revisions,
    snapshot_uri,
    sqlite_uri as sqlite_uri,
)

if TYPE_CHECKING:
    from alembic.config import Config

    from coordinator_app.store.keys import DataKey


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


class ErasureIncomplete(DatabaseError):
    """An erasure was saved, but erased values may still lie in a copy the app keeps.

    `in_file`: in the database file or its write-ahead log (another program kept reading it, so
    the log could not be folded in, or compacting the file failed); they go when the log is
    folded in (SQLite does so when the last connection closes) or at the next erasure.
    `uncleaned`: backups in the backups folder that hold the person but could not be cleaned
    (damaged, from a newer version, or with a schema this app does not know)."""

    code = "erasure_incomplete"

    def __init__(
        self, message: str, *, in_file: bool = False, uncleaned: Sequence[Path] = ()
    ) -> None:
        super().__init__(message)
        self.in_file = in_file
        self.uncleaned = tuple(uncleaned)


class ErasureBlocked(DatabaseError):
    """Nothing was erased: another program is reading the database, and an erasure made now
    would leave the erased values in the file for as long as it reads."""

    code = "erasure_blocked"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def storage_error(exc: BaseException) -> DatabaseError | None:
    """The `DatabaseError` for an SQLite failure (raw or wrapped by SQLAlchemy), else None."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    # The driver's errors, and the standard library's (a script's or a test's own connection).
    if not isinstance(orig, sqlite3.Error | stdlib_sqlite3.Error):
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


#: Folding the write-ahead log in (`fold_log`): tries, the wait between them (seconds) and how
#: long each try waits for readers (milliseconds): about 2 s in all.
FOLD_TRIES, FOLD_PAUSE, FOLD_BUSY_MS = 5, 0.35, 100


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def fold_log(conn: sqlite3.Connection) -> None:
    """Copy the whole write-ahead log into the database file and empty it (a TRUNCATE
    checkpoint), so that no older page of the file survives in either.

    SQLite answers (busy, frames in the log, frames copied): busy, or fewer copied than logged,
    means another connection's read transaction still needs the old pages, so the file was not
    fully rewritten or the log not emptied. Tried `FOLD_TRIES` times in about 2 s; then
    `ErasureIncomplete` (in_file). A file not in WAL mode has no log to fold in.
    """
    row = conn.execute("PRAGMA busy_timeout").fetchone()
    previous = int(row[0]) if row else 0
    conn.execute(f"PRAGMA busy_timeout={FOLD_BUSY_MS}")
    try:
        for attempt in range(FOLD_TRIES):
            if attempt:
                _pause(FOLD_PAUSE)
            try:
                busy, logged, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error as exc:
                mapped = storage_error(exc)
                if isinstance(mapped, StorageBusy):
                    continue
                if mapped is None:
                    raise
                raise mapped from exc
            if not busy and copied >= logged:
                return
    finally:
        conn.execute(f"PRAGMA busy_timeout={previous}")
    raise ErasureIncomplete(
        "Another program keeps reading the database, so older copies of its pages are still "
        "in the file or its write-ahead log.",
        in_file=True,
    )


def _alembic_config() -> Config:
    # Alembic is imported only to migrate (it takes a while to load and the app's start
    # rarely needs it).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Before anything reads the schema: triggers and views get no functions with side effects.
    harden(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_keyed_connect(path: Path, key: DataKey) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        # SQLAlchemy's sqlite+pysqlcipher dialect has keyed the connection (`PRAGMA key`, its
        # first statement): check that it encrypts, distrust the schema, and read it once,
        # which is where a wrong key shows (WrongKey), before anything else happens.
        check_cipher(dbapi_connection)
        harden(dbapi_connection)
        first_read(dbapi_connection, path, key)
        _on_sqlite_connect(dbapi_connection, record)

    return on_connect


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    # `connect_read_only` hardened it already.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Belt and braces: the connection is opened with mode=ro already.
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_engine(path: Path, *, read_only: bool = False, key: DataKey | None = None) -> Engine:
    # The driver is sqlcipher3 for every engine (`store.driver`), plaintext files too: `module`
    # gives it to SQLAlchemy's SQLite dialect, which then also wraps its errors.
    if read_only:
        # mode=ro, or immutable where a read-only folder leaves SQLite no -shm file.
        engine = create_engine(
            "sqlite://",
            module=sqlite3,
            creator=lambda: connect_read_only(path, check_same_thread=False, key=key),
            poolclass=QueuePool,  # "sqlite://" alone would mean an in-memory database's pool
            hide_parameters=True,
        )
        event.listen(engine, "connect", _on_read_only_connect)
        return engine
    # hide_parameters: error messages and logs never show the values of a statement (names,
    # e-mail addresses, round-table texts); a failed save must not print them to a terminal.
    # URL.create: the file name is taken as it is ("?" or "#" in it would end a URL string).
    if key is not None:
        # sqlite+pysqlcipher sends `PRAGMA key = "<password>"` first on every connection: the
        # password "x'<hex>'" is a raw key, applied without a key derivation.
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex}'", database=str(path))
        # QueuePool as for a plaintext file (the dialect would keep one connection per thread).
        engine = create_engine(url, poolclass=QueuePool, hide_parameters=True)
        event.listen(engine, "connect", _on_keyed_connect(path, key))
        return engine
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, module=sqlite3, hide_parameters=True)
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


class _SameKey:
    """`copy_sqlite`'s default: the copy has the source's key (or is plaintext like it)."""


SAME_KEY = _SameKey()


def copy_sqlite(
    source: Path,
    into: Path,
    *,
    what: str = "",
    key: DataKey | None = None,
    into_key: DataKey | _SameKey | None = SAME_KEY,
) -> None:
    """Copy the database `source` into the new, empty file `into` with SQLite's online backup
    API (consistent even while the database is in use) and check the copy (`PRAGMA
    quick_check`). SQLite's failures are raised as `DatabaseError`s (`StorageFull`, ...);
    `what` names the copy in their messages.

    `key`: the source's data key (None: a plaintext file); the copy is encrypted with the same
    key unless `into_key` says otherwise (None: a plaintext copy). Between a plaintext and an
    encrypted file the backup API cannot copy (SQLCipher refuses): such a copy is made with
    `sqlcipher_export` (`_export`), and every table's rows are counted in both."""
    what = what or f"the copy of {source}"
    target_key = key if isinstance(into_key, _SameKey) else into_key
    try:
        if (key is None) != (target_key is None):
            _export(source, into, key=key, into_key=target_key)
            src = None
        else:
            src = connect_read_only(source, key=key)
        try:
            dst = connect_file(into, key=target_key)
            try:
                if src is not None:
                    src.backup(dst)
                checked = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
        finally:
            if src is not None:
                src.close()
    except sqlite3.Error as exc:
        mapped = storage_error(exc)
        if isinstance(mapped, StorageFull):
            mapped = StorageFull(f"The disk is full: {what} was not written.")
        elif isinstance(mapped, StorageReadOnly):
            mapped = StorageReadOnly(f"{what} could not be written: the disk is read-only.")
        raise (mapped or DatabaseDamaged(f"{source} could not be copied: {exc}.")) from exc
    if checked is None or checked[0] != "ok":
        detail = checked[0] if checked else "no answer"
        raise DatabaseDamaged(f"The copy of {source} failed its check ({detail}); it was removed.")


def _row_counts(conn: sqlite3.Connection, schema: str) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def _schema_rows(conn: sqlite3.Connection, schema: str) -> list[tuple[object, ...]]:
    query = f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master ORDER BY type, name"
    return [tuple(row) for row in conn.execute(query)]


def _export(source: Path, into: Path, *, key: DataKey | None, into_key: DataKey | None) -> None:
    """Copy `source` (read with `key`) into the empty file `into` (encrypted with `into_key`)
    with SQLCipher's `sqlcipher_export`: the schema (tables, indexes, triggers, views, virtual
    tables and their shadow tables) and every row; then WAL mode. Raises DatabaseDamaged
    unless the copy holds the same schema and, table by table, as many rows as the source."""
    dst = connect_file(into, key=into_key)
    try:
        source_key = f"x'{key.hex}'" if key is not None else ""
        dst.execute("ATTACH DATABASE ? AS source KEY ?", (snapshot_uri(source), source_key))
        try:
            dst.execute("SELECT sqlcipher_export('main', 'source')")
            dst.commit()
        finally:
            dst.execute("DETACH DATABASE source")
    finally:
        dst.close()
    # A new connection reads the schema the export wrote, virtual tables included.
    dst = connect_file(into, key=into_key)
    try:
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("ATTACH DATABASE ? AS source KEY ?", (snapshot_uri(source), source_key))
        try:
            same = _schema_rows(dst, "main") == _schema_rows(dst, "source") and _row_counts(
                dst, "main"
            ) == _row_counts(dst, "source")
        finally:
            dst.execute("DETACH DATABASE source")
    finally:
        dst.close()
    if not same:
        raise DatabaseDamaged(f"The copy of {source} does not hold all of it; it was removed.")


def backup_sqlite(
    source: Path,
    target: Path,
    *,
    replace: bool = True,
    key: DataKey | None = None,
    into_key: DataKey | _SameKey | None = SAME_KEY,
) -> Path:
    """Copy a SQLite database to `target` whole or not at all (see `copy_sqlite`, also for
    `key` and `into_key`).

    The copy is written under a temporary name beside `target` (mode 0600 from the first byte),
    checked, fsynced and then renamed to `target` (a link there is replaced, never followed);
    a failure or a kill never leaves a partial file under that name (`store.files`).
    `replace=False`: `target` must not exist, not even as a link (FileExistsError)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    what = f"the copy {target}"
    with atomic_path(target, replace=replace, what=what) as tmp:
        copy_sqlite(source, tmp, what=what, key=key, into_key=into_key)
        if replace:
            # What SQLite kept beside the file being replaced belongs to its old contents: left
            # there, it would be read into the copy.
            for end in ("-wal", "-shm", "-journal"):
                companion = target.with_name(target.name + end)
                if companion.is_file() and not companion.is_symlink():
                    companion.unlink()
    return target


def check_database_file(
    path: Path, file_check: FileCheck | None = None, key: DataKey | None = None
) -> str | None:
    """Recognise a Coordinator database without writing to it; returns its schema revision.

    None for an empty file (a new database). Raises DatabaseDamaged for a file that is not one
    (truncated, not SQLite, another program's tables), DatabaseSchemaUnknown for a schema that
    is not its revision's (a trigger, view, table or column added, or something missing: see
    `store.schema_check`) and DatabaseTooNew for a newer schema; a file on a read-only location
    is read as such (`connect_read_only`). `file_check`, started earlier for this file, is
    waited for instead of checking it again. `key`: an encrypted file's data key (see
    `recognise_file`: KeyRequired, WrongKey, NotEncrypted).
    """
    if file_check is not None and file_check.covers(path, key):
        return file_check.wait()
    return recognise_file(path, key)


@dataclass
class Database:
    """An open, migrated database: an engine and a factory for one-transaction sessions."""

    engine: Engine
    path: Path | None
    backup_path: Path | None = None
    read_only: bool = False
    #: The data key of an encrypted database (None: a plaintext file); its backups have it too.
    key: DataKey | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Every commit brings the search index up to the rows it changed (same transaction).
        search_index.keep_in_step(self._sessions)

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

    @contextmanager
    def session_without_foreign_keys(self) -> Iterator[Session]:
        """`session` with SQLite's foreign key checks off, for deleting many rows that were
        checked in the same transaction to have nothing referring to them (taking back an
        import): for each row deleted, SQLite looks for the rows referring to it, scanning the
        whole table for a column without an index; 10,000 people took minutes. The checks are on
        again before the connection goes back to the pool."""
        with storage_errors(), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or no-op
            conn.commit()
            try:
                with self._sessions(bind=conn) as session, session.begin():
                    yield session
            finally:
                try:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
                except Exception:
                    conn.invalidate()  # never back into the pool without its checks
                    raise

    def compact(self) -> None:
        """Rewrite the file without unused pages and fold the write-ahead log into it.

        After an erasure, deleted values would otherwise linger in free pages and in the log
        until SQLite happened to overwrite them.

        Raises ErasureIncomplete (in_file) when another program's read transaction keeps the
        log from being folded in (`fold_log`) or a lock kept VACUUM from running; other storage
        failures (a full disk: VACUUM needs room for a copy) as the store's errors.
        """
        with storage_errors(), self.engine.connect() as conn:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            try:
                auto.exec_driver_sql("VACUUM")
            except sa_exc.DBAPIError as exc:
                if isinstance(storage_error(exc), StorageBusy):
                    raise ErasureIncomplete(
                        "Another program keeps the database locked, so it could not be compacted.",
                        in_file=True,
                    ) from exc
                raise
            fold_log(cast(sqlite3.Connection, auto.connection.dbapi_connection))

    def close(self) -> None:
        self.engine.dispose()


def _read_only_here(path: Path) -> StorageReadOnly:
    # A read-only file, folder or medium (a write-protected stick, a mounted snapshot): sound,
    # so not "damaged"; the front ends open it read-only instead.
    return StorageReadOnly(
        f"{path} cannot be written here (a read-only file, folder or medium); it can only be "
        "opened read-only. The file was not changed."
    )


def open_database(
    path: Path,
    *,
    backup_before_migrating: bool = True,
    read_only: bool = False,
    file_check: FileCheck | None = None,
    key: DataKey | None = None,
) -> Database:
    """Open (or create) the SQLite database at `path`, migrated to the current schema.

    A file from a newer version, or one that is not ours, is refused and left as it was. Before
    an older file is migrated, it is copied to a backup (`store.backups`, reason
    "before-migration"). `read_only` opens an existing, current file without any write (SQLite's
    `mode=ro`): every edit then fails with `StorageReadOnly`. `file_check`: see
    `check_database_file`.

    `key`: the data key of an encrypted database (`store.keys`), which a new file is then
    encrypted with; its backups and before-migration copies are encrypted with it too. An
    encrypted file opened without a key raises KeyRequired (KeyFileMissing: no key file beside
    it either), with a wrong key WrongKey, and a plaintext file opened with a key NotEncrypted;
    the file is left byte for byte as it was.
    """
    path = path.expanduser()
    backup: Path | None = None
    revision: str | None = None
    if read_only:
        if not path.exists() or not path.stat().st_size:
            raise DatabaseError(f"{path} does not exist yet; it cannot be opened read-only.")
        if check_database_file(path, file_check, key) != head_revision():
            raise DatabaseError(
                f"{path} needs an upgrade to this version of Coordinator, which cannot be done "
                "while it is opened read-only."
            )
        engine = _sqlite_engine(path, read_only=True, key=key)
        return Database(engine=engine, path=path, read_only=True, key=key)
    if path.exists():
        revision = check_database_file(path, file_check, key)
        if not os.access(path, os.W_OK):  # SQLite would open it and fail at the first edit
            raise _read_only_here(path)
        if revision is not None and revision != head_revision() and backup_before_migrating:
            from coordinator_app.store import backups  # backups builds on this module

            backup = backups.make_backup(path, backups.BEFORE_MIGRATION, key=key).path
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Create the file ourselves so that it is private from the very first byte.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)

    engine = _sqlite_engine(path, key=key)
    try:
        # The revision was read with sqlite3 above: Alembic is loaded only for a migration.
        with storage_errors():
            if revision != head_revision():
                migrate(engine)
            else:
                # Connect once all the same: the pragmas (WAL) apply, and a file that cannot
                # be opened for writing says so now rather than at the first edit.
                engine.connect().close()
    except StorageReadOnly as exc:
        engine.dispose()
        raise _read_only_here(path) from exc
    except BaseException:
        engine.dispose()
        raise
    restrict_to_owner(path)
    return Database(engine=engine, path=path, backup_path=backup, key=key)


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
        # FTS5's own check is an INSERT, which a read-only file refuses (SQLite 3.44 and later
        # check FTS5 tables in PRAGMA integrity_check too).
        if not db.read_only:
            problems.extend(
                search_index.integrity_problems(cast(Any, conn.connection).dbapi_connection)
            )
            conn.rollback()
    return problems
