"""Recognising a database file with the SQLite driver alone, before SQLAlchemy is loaded.

The GUI's start checks the file (`FileCheck`, in a thread: SQLite lets other Python threads run
while it reads) and shows the members (`store.peek`) while SQLAlchemy, the services and the views
are still being imported. Keep this module's imports to the standard library and the driver
(`store.driver`: sqlcipher3, also for plaintext files).

An encrypted file (SQLCipher) is opened with its raw data key (`store.keys.DataKey`): every
connection is keyed before anything reads the file (`PRAGMA key`), then checked (`PRAGMA
cipher_version` answers, `sqlite_master` can be read, temporary files stay in memory) and
hardened like any other. Which files are encrypted (`recognise_file`): the first 16 bytes of a
plaintext file are "SQLite format 3\0"; those of an encrypted one are random (its salt). A file
that is neither, with no key file beside it and no key given, is either an encrypted database
whose key file is lost or not a database at all: whole 4096-byte pages of random-looking bytes
are reported as the first (`KeyFileMissing`: its recovery key opens it), anything else as
damaged.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from coordinator_app.store import schema_check
from coordinator_app.store.driver import dbapi as sqlite3

if TYPE_CHECKING:
    from coordinator_app.store.keys import DataKey

APP_NAME = "coordinator-app"
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """A database that cannot be opened or written; the message says why in plain words.

    `code` names the kind of problem, for the front ends' translated messages.
    """

    code = "database_error"


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer version of the app; it is left untouched."""

    code = "too_new"


class DatabaseDamaged(DatabaseError):
    """The file is not a Coordinator database (truncated, not SQLite, or a foreign schema)."""

    code = "damaged"


class DatabaseSchemaUnknown(DatabaseDamaged):
    """The file's schema is not the one its revision's migrations create: something was added
    (a trigger, a view, a table, a column) or is missing. It is neither read nor changed."""

    code = "schema_unknown"


class DatabaseLogUnreadable(DatabaseError):
    """A file whose write-ahead log (-wal) or crash journal (-journal) cannot be read where it
    lies: SQLite needs to write beside it (a -shm file, or playing the journal back), which a
    read-only folder or medium does not allow. Sound as far as anyone knows; not "damaged"."""

    code = "log_unreadable"


class KeyRequired(DatabaseError):
    """The file is encrypted and no key was given: its passphrase (or recovery key) is needed.
    The file was neither read nor changed."""

    code = "key_required"


class KeyFileMissing(KeyRequired):
    """The file is not an SQLite file and no key file lies beside it: an encrypted database
    whose key file is lost (its recovery key opens it), or not a database at all (random bytes
    in whole pages look the same). The file was not changed."""

    code = "key_file_missing"


class WrongKey(DatabaseError):
    """The key given (from the passphrase, the recovery key or the keyring) does not open the
    encrypted file; it was not changed."""

    code = "wrong_key"


class NotEncrypted(DatabaseError):
    """A key was given for a file that is a plaintext SQLite file: it is not the encrypted
    database the key is for (it may have been replaced). It was not opened."""

    code = "not_encrypted"


class CipherUnavailable(DatabaseError):
    """The SQLite driver cannot encrypt (not SQLCipher, or it would write temporary files in
    the clear): no encrypted file is opened with it."""

    code = "cipher_unavailable"


def default_database_path() -> Path:
    """The SQLite file in the user's data directory, used when no --db is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "coordinator.sqlite"


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A `file:` URI for `path` (any characters in the name), read-only if asked.

    `immutable` (read-only too) tells SQLite that nobody can change the file: it then needs no
    lock and no -shm file, which is how a file on a read-only medium is read.
    """
    uri = path.expanduser().resolve().as_uri()
    if immutable:
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro" if read_only else uri


# SQLite's primary result codes for "cannot write", "cannot open" and "not a database".
_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 8, 14, 26
#: SQLCipher's page size: an encrypted file is whole pages of random-looking bytes.
_CIPHER_PAGE = 4096
_TEMP_STORE_MEMORY = 2
#: The page cache of an encrypted connection, in KiB (SQLite's default here is 8 MiB): a page
#: read again from the cache is not decrypted again; a plaintext file leans on the system's
#: file cache instead, which holds only encrypted pages for an encrypted one.
CIPHER_CACHE_KIB = 65_536


def apply_key(conn: sqlite3.Connection, key: DataKey) -> sqlite3.Connection:
    """Key a new connection with the raw data key, before anything reads the file, and check
    that the driver encrypts: `PRAGMA cipher_version` answers and temporary files (sorts,
    VACUUM, temporary tables) stay in memory. Raises CipherUnavailable otherwise. Whether the
    key is the file's shows at the first read (`WrongKey`)."""
    # SQLCipher would print its errors (a wrong key) to stderr: the app reports them itself.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    return check_cipher(conn)


def check_cipher(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Check a keyed connection (see `apply_key`); raises CipherUnavailable."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if row is None or not row[0]:
        raise CipherUnavailable(
            f"This SQLite ({sqlite3.sqlite_version}) cannot encrypt (it is not SQLCipher); no "
            "encrypted file is opened with it."
        )
    conn.execute("PRAGMA temp_store = MEMORY")
    row = conn.execute("PRAGMA temp_store").fetchone()
    if row is None or row[0] != _TEMP_STORE_MEMORY:
        raise CipherUnavailable(
            "SQLite would write temporary files in the clear (PRAGMA temp_store did not take); "
            "no encrypted file is opened."
        )
    return conn


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def first_read(conn: sqlite3.Connection, path: Path, key: DataKey | None) -> None:
    """Read the schema once: SQLite opens a file lazily, and this is where a wrong key shows
    (`WrongKey`, for a keyed connection; otherwise SQLite's own error). A keyed connection then
    gets its larger page cache (`CIPHER_CACHE_KIB`; setting it reads the schema too)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if key is not None and _primary_code(exc) == _SQLITE_NOTADB:
            raise WrongKey(
                f"The key does not open {path} (or the file is damaged). The file was not changed."
            ) from exc
        raise
    if key is not None:
        conn.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KIB}")


def connect_file(path: Path, *, key: DataKey | None = None, **options: Any) -> sqlite3.Connection:
    """A hardened connection (`harden`) to the file `path`, for reading and writing, keyed
    with `key` first if it is given (`apply_key`) and with its key checked by a first read.
    `options` go to the driver's `connect` (`isolation_level`, …)."""
    conn: sqlite3.Connection = sqlite3.connect(path, **options)
    try:
        if key is not None:
            apply_key(conn, key)
        harden(conn)
        if key is not None:
            first_read(conn, path, key)
    except BaseException:
        conn.close()
        raise
    return conn


def file_key(path: Path, key: DataKey | None) -> DataKey | None:
    """The key to read `path` with, given the key of its database: None for a plaintext file
    (an old backup made before the database was encrypted), `key` otherwise."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return key
    return None if header == SQLITE_HEADER else key


def _has_key_file(path: Path) -> bool:
    from coordinator_app.store import keys  # keys builds on this module's errors

    return keys.key_file_for(path) is not None


def looks_encrypted(path: Path) -> bool:
    """Whether a file that is not a plaintext SQLite file looks like an encrypted one: whole
    pages of SQLCipher's size, the first of them random-looking (zlib cannot shrink it, as it
    shrinks text, zeros, a pattern or another format's header)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            first = handle.read(_CIPHER_PAGE)
    except OSError:
        return False
    if size < _CIPHER_PAGE or size % _CIPHER_PAGE or first.startswith(SQLITE_HEADER):
        return False
    return len(zlib.compress(first, 9)) >= len(first)


def is_encrypted(path: Path) -> bool:
    """Whether the database at `path` needs a key to be opened: an encrypted file (or a new,
    empty one with a key file beside it). False for a plaintext file, a missing one and one
    that is not a database at all."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if header == SQLITE_HEADER:
        return False
    if _has_key_file(path):
        return True
    return size > 0 and looks_encrypted(path)


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Make `conn` distrust the file's schema: with `trusted_schema` off, triggers and views
    may not call functions or virtual tables that have side effects, and in SQLite's defensive
    mode (where this Python offers it) nothing can write the schema or the file behind
    SQLite's back. Raises DatabaseError where SQLite is too old to turn the pragma off."""
    conn.execute("PRAGMA trusted_schema=OFF")
    row = conn.execute("PRAGMA trusted_schema").fetchone()
    if row is None or row[0] != 0:
        raise DatabaseError(
            f"This SQLite ({sqlite3.sqlite_version}) cannot distrust a file's schema "
            "(PRAGMA trusted_schema needs 3.31 or newer); no file is opened with it."
        )
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    setconfig = getattr(conn, "setconfig", None)
    if defensive is not None and setconfig is not None:
        setconfig(defensive, True)
    return conn


def _has_companion(path: Path, end: str) -> bool:
    """Whether SQLite's file `end` ("-wal", "-journal") lies beside `path` with something in
    it (a log to read, or a rollback journal to play back after a crash)."""
    try:
        return path.with_name(path.name + end).stat().st_size > 0
    except OSError:
        return False


def _roll_back(path: Path, key: DataKey | None) -> None:
    """Let SQLite play back the rollback journal a crash left beside `path` (a killed restore
    of a backup with another page size leaves one): a read-only connection cannot, and reading
    the file without it would show a half-written file. SQLite itself decides whether the
    journal is hot; opening the file for writing is all it takes."""
    conn = connect_file(path, key=key)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _is_wal_at_rest(path: Path) -> bool:
    """A WAL-mode file (header bytes 18 and 19 are 2) that no connection has open: no -wal
    and no -shm file beside it. An encrypted file's header is encrypted too: the app keeps
    every encrypted file in WAL mode, so one without those files is taken to be at rest."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    if header.startswith(SQLITE_HEADER) and header[18:20] != b"\x02\x02":
        return False
    ends = ("-wal", "-shm", "-journal")
    return not any(path.with_name(path.name + end).exists() for end in ends)


def snapshot_uri(path: Path) -> str:
    """The URI to read a file nobody may have open (see `connect_read_only`'s `snapshot`):
    `immutable` for a WAL-mode file at rest, so that no -wal or -shm is left beside it,
    else `mode=ro`."""
    return (
        sqlite_uri(path, immutable=True)
        if _is_wal_at_rest(path)
        else sqlite_uri(path, read_only=True)
    )


def connect_read_only(
    path: Path,
    *,
    check_same_thread: bool = True,
    snapshot: bool = False,
    key: DataKey | None = None,
) -> sqlite3.Connection:
    """A read-only, hardened connection to the database at `path`, whatever the location.

    `mode=ro` first. A WAL-mode file in a read-only folder or on write-protected media cannot be
    opened that way (SQLite wants to create its -shm file): it is then opened `immutable`, as
    long as there is no write-ahead log that would be ignored. A log that cannot be read here
    raises DatabaseLogUnreadable; other failures are SQLite's own errors.

    `snapshot`, for a short read of a file nobody has open (a check, the source of a restore):
    a WAL-mode file without -wal and -shm is opened `immutable` at once, so that no -wal and
    -shm files are left beside it (a `mode=ro` reader creates them and cannot remove them).
    A writer that starts meanwhile writes its log, not the file, so the read stays consistent.

    `key`: the data key of an encrypted file (`apply_key`); a wrong one raises WrongKey.
    """
    if not (snapshot and _is_wal_at_rest(path)):
        return _connect_ro_or_immutable(path, check_same_thread, key)
    return _connect_immutable(path, check_same_thread, key)


def _connect_immutable(
    path: Path, check_same_thread: bool, key: DataKey | None
) -> sqlite3.Connection:
    conn = sqlite3.connect(
        sqlite_uri(path, immutable=True), uri=True, check_same_thread=check_same_thread
    )
    try:
        if key is not None:
            apply_key(conn, key)
        harden(conn)
        first_read(conn, path, key)
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_ro_or_immutable(
    path: Path, check_same_thread: bool, key: DataKey | None, rolled_back: bool = False
) -> sqlite3.Connection:
    conn = sqlite3.connect(
        sqlite_uri(path, read_only=True), uri=True, check_same_thread=check_same_thread
    )
    try:
        if key is not None:
            apply_key(conn, key)
        harden(conn)
        # sqlite3 opens the file lazily: reading the schema is what opens it.
        first_read(conn, path, key)
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int) or code & 0xFF not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise
        if _has_companion(path, "-journal"):
            # Never immutable: that would read the half-written pages the journal undoes.
            if not rolled_back and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
                _roll_back(path, key)
                return _connect_ro_or_immutable(path, check_same_thread, key, rolled_back=True)
            raise DatabaseLogUnreadable(
                f"{path} cannot be read here: a crash left its rollback journal "
                f"({path.name}-journal) to be played back, and this folder is read-only. Copy "
                "the file and its -journal to a folder you can write to. The file was not "
                "changed."
            ) from exc
        if _has_companion(path, "-wal"):
            raise DatabaseLogUnreadable(
                f"{path} cannot be read here: its write-ahead log ({path.name}-wal) needs a "
                f"{path.name}-shm file beside it, and this folder is read-only. Copy the file "
                "and its -wal to a folder you can write to. The file was not changed."
            ) from exc
    except BaseException:
        conn.close()
        raise
    return _connect_immutable(path, check_same_thread, key)


def _recognise(conn: sqlite3.Connection, path: Path) -> str | None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise DatabaseDamaged(f"{path} is damaged: {detail}.")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseDamaged(
                f"{path} is an SQLite file, but not a Coordinator database (unknown tables)."
            )
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = str(row[0]) if row else None
    if revision is None:
        raise DatabaseDamaged(f"{path} is an SQLite file, but it names no schema revision.")
    if revision not in _revision_chain():
        raise DatabaseTooNew(
            f"{path} was written by a newer version of Coordinator (schema {revision}). "
            "Please update the app; the file was not changed."
        )
    try:
        schema_check.verify(conn, revision)
    except schema_check.SchemaMismatch as exc:
        raise DatabaseSchemaUnknown(
            f"{path} is not a Coordinator database as this app knows it: {exc.difference}. "
            "The file was not changed."
        ) from exc
    except schema_check.MissingSnapshot as exc:
        raise DatabaseError(f"{path} cannot be checked: {exc}.") from exc
    return revision


def _refuse_without_key(path: Path) -> DatabaseError:
    if _has_key_file(path):
        return KeyRequired(
            f"{path} is encrypted: give its passphrase or its recovery key. The file was not "
            "changed."
        )
    if looks_encrypted(path):
        return KeyFileMissing(
            f"{path} is encrypted and its key file is missing, or it is not a database at all: "
            "open it with its recovery key. The file was not changed."
        )
    return DatabaseDamaged(f"{path} is not a Coordinator database (it is not an SQLite file).")


def recognise_file(path: Path, key: DataKey | None = None) -> str | None:
    """Recognise a Coordinator database without writing to it; returns its schema revision.

    None for an empty file (a new database) or an SQLite file without tables. Raises
    DatabaseDamaged for a file that is not one (truncated, not SQLite, failing `quick_check`,
    another program's tables), DatabaseSchemaUnknown for a schema other than its revision's
    (`store.schema_check`), DatabaseTooNew for a newer revision and DatabaseLogUnreadable for a
    log that cannot be read in a read-only folder. `PRAGMA quick_check` reads every page of the
    file: that is what finds a damaged one.

    `key`: the data key of an encrypted file. Without one an encrypted file raises KeyRequired
    (KeyFileMissing when no key file lies beside it); a wrong one WrongKey; a key for a
    plaintext file NotEncrypted. The file is never changed.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if size == 0:
        if key is None and _has_key_file(path):
            # A new encrypted database whose first pages may still be in its log.
            raise _refuse_without_key(path)
        return None  # an empty file is a new database
    if header == SQLITE_HEADER and key is not None:
        raise NotEncrypted(
            f"{path} is not encrypted, although a key was given for it: it is not the "
            "encrypted database the key belongs to (it may have been replaced). It was not "
            "opened."
        )
    if header != SQLITE_HEADER and key is None:
        raise _refuse_without_key(path)
    try:
        conn = connect_read_only(path, snapshot=True, key=key)
    except WrongKey:
        from coordinator_app.store import keys  # keys builds on this module's errors

        if key is not None and keys.key_file_matches(path, key):
            raise DatabaseDamaged(
                f"{path} is damaged: the key is the right one, but the file does not decrypt."
            ) from None
        raise
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
    try:
        return _recognise(conn, path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
    finally:
        conn.close()


def check_sqlite_file(path: Path, key: DataKey | None = None) -> None:
    """Refuse a file that is not a sound Coordinator database, without writing to it (see
    `recognise_file`)."""
    recognise_file(path, key)


def _signature(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when the file is written or replaced; None if there is no file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


class FileCheck:
    """`recognise_file` of one file, started at once in a background thread.

    `open_database` waits for it instead of checking again, as long as the file is still the
    one that was checked (same inode, size and modification time, WAL included); otherwise it
    checks afresh. The thread only reads the file.
    """

    def __init__(self, path: Path, key: DataKey | None = None) -> None:
        self.path = path.expanduser().resolve()
        self.key = key
        self._signature = self._current_signature()
        self._error: BaseException | None = None
        self._revision: str | None = None
        self._thread = threading.Thread(target=self._run, name="database check", daemon=True)
        self._thread.start()

    def _current_signature(self) -> tuple[object, ...]:
        wal = self.path.with_name(self.path.name + "-wal")
        return (_signature(self.path), _signature(wal))

    def _run(self) -> None:
        try:
            self._revision = recognise_file(self.path, self.key)
        except BaseException as exc:  # handed to the thread that opens the database
            self._error = exc

    def covers(self, path: Path, key: DataKey | None = None) -> bool:
        """Whether this check stands for `path` as it is now, opened with `key`."""
        return (
            path.expanduser().resolve() == self.path
            and key == self.key
            and self._signature[0] is not None
            and self._current_signature() == self._signature
        )

    def wait(self) -> str | None:
        """Wait for the check to end; returns the file's schema revision (see
        `recognise_file`), or raises what it raised (e.g. `DatabaseDamaged`)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revision


_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:["']([^"'\n]+)["']|None)""",
    re.MULTILINE,
)


@functools.cache
def _revision_chain() -> tuple[str, ...]:
    """The migration scripts' revisions, newest first, read from their `revision` and
    `down_revision` lines without importing Alembic (a test compares it with Alembic's view)."""
    previous: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        revision = found.get("revision")
        if revision is not None:
            previous[revision] = found.get("down_revision")
    heads = set(previous) - set(previous.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    chain: list[str] = []
    current: str | None = heads.pop()
    while current is not None:
        chain.append(current)
        current = previous.get(current)
    if len(chain) != len(previous):
        raise RuntimeError("the migrations are not one chain of revisions")
    return tuple(chain)


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    return _revision_chain()[0]


def schema_revisions() -> list[str]:
    """Every schema revision this version of the app knows, newest first."""
    return list(_revision_chain())
