"""Recognising a database file with `sqlite3` alone, before SQLAlchemy is loaded.

The GUI's start checks the file (`FileCheck`, in a thread: SQLite lets other Python threads run
while it reads) and shows the members (`store.peek`) while SQLAlchemy, the services and the views
are still being imported. Keep this module's imports to the standard library.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from pathlib import Path

import platformdirs

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


def default_database_path() -> Path:
    """The SQLite file in the user's data directory, used when no --db is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "coordinator.sqlite"


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """A `file:` URI for `path` (any characters in the name), read-only if asked."""
    uri = path.expanduser().resolve().as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database or is damaged, without writing to it.

    `PRAGMA quick_check` reads every page of the file: that is what finds a damaged one.
    """
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new database
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(f"{path} is not a Coordinator database (it is not an SQLite file).")
    try:
        conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is damaged: {exc}.") from exc
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise DatabaseDamaged(f"{path} is damaged: {detail}.")


def _signature(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when the file is written or replaced; None if there is no file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


class FileCheck:
    """`check_sqlite_file` of one file, started at once in a background thread.

    `open_database` waits for it instead of checking again, as long as the file is still the
    one that was checked (same inode, size and modification time, WAL included); otherwise it
    checks afresh. The thread only reads the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.expanduser().resolve()
        self._signature = self._current_signature()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="database check", daemon=True)
        self._thread.start()

    def _current_signature(self) -> tuple[object, ...]:
        wal = self.path.with_name(self.path.name + "-wal")
        return (_signature(self.path), _signature(wal))

    def _run(self) -> None:
        try:
            check_sqlite_file(self.path)
        except BaseException as exc:  # handed to the thread that opens the database
            self._error = exc

    def covers(self, path: Path) -> bool:
        """Whether this check stands for `path` as it is now."""
        return (
            path.expanduser().resolve() == self.path
            and self._signature[0] is not None
            and self._current_signature() == self._signature
        )

    def wait(self) -> None:
        """Wait for the check to end; raise what it raised (e.g. `DatabaseDamaged`)."""
        self._thread.join()
        if self._error is not None:
            raise self._error


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
