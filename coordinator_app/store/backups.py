"""Backup copies of a database file, in a `backups` folder beside it: list, make, prune, restore.

Every copy is made with SQLite's online backup API (`backup_sqlite`), so it is consistent even
while the app writes, and is private to its owner (mode 0600; the folder 0700). A backup's name
says which database it is of, when it was made and why:

    backups/coordinator-20270309-091500-auto.sqlite

Reasons: `auto` (at the app's start, at most once a day), `manual` ("Back up now", the `backup`
command), `before-migration` (before an older file is upgraded) and `before-restore` (the file as
it was before a backup replaced it). Only `auto` and `manual` copies rotate (the newest N are
kept); the other two are rare and are the way back from a failed upgrade or a wrong restore, so
they are never deleted automatically.

The backups of an encrypted database are encrypted with its data key (`key`; None for a
plaintext database): the recovery key opens every one of them. A plaintext backup (made before
the database was encrypted) is still restored into an encrypted database, which it then is too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.store.database import (
    DatabaseDamaged,
    DatabaseError,
    StorageBusy,
    backup_sqlite,
    check_database_file,
    copy_sqlite,
    restrict_to_owner,
    storage_error,
)
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.files import TempFile, remove_leftovers, temp_file
from coordinator_app.store.sqlite_file import connect_file, connect_read_only, file_key

if TYPE_CHECKING:
    from coordinator_app.store.keys import DataKey

FOLDER = "backups"
AUTO = "auto"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
REASONS = (AUTO, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE)
ROTATING = frozenset({AUTO, MANUAL})
_STAMP = "%Y%m%d-%H%M%S"
# The files SQLite keeps beside a database while it is in use.
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (local time, from its name) and why."""

    path: Path
    created: dt.datetime
    reason: str
    counter: int = 0

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backups_dir(db_path: Path) -> Path:
    """The folder the backups of `db_path` are kept in."""
    return db_path.expanduser().parent / FOLDER


def _pattern(db_path: Path) -> re.Pattern[str]:
    reasons = "|".join(re.escape(reason) for reason in REASONS)
    return re.compile(
        rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?-({reasons})"
        rf"{re.escape(db_path.suffix)}"
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        # Only regular files with something in them: never a link, never an empty file (an
        # earlier version's killed backup left one, which would count as the day's backup).
        if match is None or not _whole_file(entry):
            continue
        try:
            created = dt.datetime.strptime(match[1], _STAMP)
        except ValueError:
            continue
        found.append(BackupInfo(entry, created, match[3], int(match[2] or 0)))
    found.sort(key=lambda b: (b.created, b.counter, b.path.name), reverse=True)
    return found


def _whole_file(path: Path) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > 0


def _reserve(
    folder: Path, db_path: Path, reason: str, now: dt.datetime, copy: TempFile
) -> tuple[Path, int]:
    """Give the finished, checked `copy` its backup name (never an existing file's)."""
    stamp = now.strftime(_STAMP)
    counter = 0
    while True:
        extra = f"-{counter}" if counter else ""
        candidate = folder / f"{db_path.stem}-{stamp}{extra}-{reason}{db_path.suffix}"
        try:
            copy.commit(candidate, replace=False)
        except FileExistsError:
            counter += 1
            continue
        return candidate, counter


def make_backup(
    db_path: Path,
    reason: str = MANUAL,
    *,
    now: dt.datetime | None = None,
    key: DataKey | None = None,
) -> BackupInfo:
    """Copy `db_path` into its backups folder; raises DatabaseError if it cannot be read or the
    copy cannot be written (a full disk).

    The copy is made under a temporary name that is no backup's (`.coordinator.sqlite.….
    coordinator-tmp`), checked, fsynced, and only then given its backup name: a failed or
    killed backup leaves no file with a backup's name, so it never counts as the day's backup
    and takes no place in the rotation. What killed backups left is removed first. `key`: the
    database's data key, which the copy is encrypted with too."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = db_path.expanduser()
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    # The temp files are named after the database: ".coordinator.sqlite.<random>.coordinator-tmp".
    pending = folder / db_path.name
    remove_leftovers(pending)
    what = f"the backup of {db_path}"
    with temp_file(pending, what=what) as copy:
        copy_sqlite(db_path, copy.path, what=what, key=key)
        target, counter = _reserve(folder, db_path, reason, now, copy)
    return BackupInfo(target, now, reason, counter)


def prune_backups(db_path: Path, keep: int) -> list[Path]:
    """Delete the automatic and manual backups beyond the newest `keep`; returns the deleted."""
    keep = max(1, keep)
    rotating = [b for b in list_backups(db_path) if b.reason in ROTATING]
    removed: list[Path] = []
    for backup in rotating[keep:]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def backed_up_on(db_path: Path, day: dt.date, reason: str = AUTO) -> bool:
    """Whether a backup for `reason` was made on `day` (the start backup: once a day)."""
    return any(b.created.date() == day and b.reason == reason for b in list_backups(db_path))


def newest_restorable(db_path: Path, key: DataKey | None = None) -> BackupInfo | None:
    """The newest backup that is a sound Coordinator database this version can open (with
    `key`, the database's data key, if it is encrypted)."""
    for backup in list_backups(db_path):
        try:
            if check_database_file(backup.path, key=file_key(backup.path, key)) is not None:
                return backup
        except Exception:  # a damaged or newer backup is skipped, never restored
            continue
    return None


def check_backup(backup: Path, key: DataKey | None = None) -> None:
    """Refuse a file that is not a sound Coordinator database (it would not be restored).
    `key`: the database's data key; a plaintext backup is read without it."""
    if check_database_file(backup, key=file_key(backup, key)) is None:
        raise DatabaseDamaged(f"{backup} is empty: it is not a backup of a Coordinator database.")


@contextlib.contextmanager
def _source_for(db_path: Path, backup: Path, key: DataKey | None) -> Iterator[Path]:
    """The file to copy into the database: the backup itself, or, for a plaintext backup of an
    encrypted database, an encrypted copy of it (the backup API copies pages as they are)."""
    if file_key(backup, key) is key:
        yield backup
        return
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    with temp_file(folder / db_path.name, what=f"the encrypted copy of {backup}") as copy:
        copy_sqlite(backup, copy.path, key=None, into_key=key)
        yield copy.path


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    now: dt.datetime | None = None,
    key: DataKey | None = None,
) -> BackupInfo | None:
    """Replace the contents of `db_path` with `backup`; returns the copy of the file as it was
    (None if there was no file yet).

    Close every connection of this process first. The copy runs through SQLite's backup API
    into the live file, as one transaction: a crash half way leaves the old contents, and the
    write-ahead log of the file is handled by SQLite (a file copied over a database that has a
    log beside it would be corrupted by that log).

    `key`: the database's data key (None: plaintext); the restored file keeps it.
    """
    db_path = db_path.expanduser()
    check_backup(backup, key)
    if not db_path.exists() or not db_path.stat().st_size:
        backup_sqlite(backup, db_path, key=file_key(backup, key), into_key=key)
        return None
    check_database_file(db_path, key=key)
    safety = make_backup(db_path, BEFORE_RESTORE, now=now, key=key)
    copied = False
    try:
        # Immutable on a read-only stick or snapshot, and leaving no -wal or -shm beside it.
        with _source_for(db_path, backup, key) as source:
            src = connect_read_only(source, snapshot=True, key=key)
            try:
                _copy_into(src, db_path, backup, key)
                copied = True
            finally:
                src.close()
    except BaseException:
        if not copied:
            # The copy is one transaction and it did not happen: the file is as it was, and a
            # copy of it for each failed try would only pile up.
            safety.path.unlink(missing_ok=True)
        raise
    restrict_to_owner(db_path)
    return safety


def _copy_into(src: sqlite3.Connection, db_path: Path, backup: Path, key: DataKey | None) -> None:
    """Copy the database `src` into the live file `db_path` through the backup API, as one
    transaction."""
    dst = connect_file(db_path, key=key)
    try:
        dst.execute("PRAGMA busy_timeout=5000")
        # SQLite's backup API cannot change the page size of a database in WAL mode (it fails
        # with "readonly database"): such a copy runs with a rollback journal, which keeps it
        # one transaction (a crash leaves the journal, which the next opening plays back:
        # `sqlite_file.connect_read_only`), and the file goes back to WAL afterwards. Same page
        # size: through the log, as always.
        switched: tuple[object, ...] | None = None
        if _page_size(src) != _page_size(dst):
            with contextlib.suppress(sqlite3.OperationalError):  # another connection
                switched = dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        try:
            src.backup(dst)
        except sqlite3.Error as exc:
            raise _restore_error(exc, backup, src, dst, switched) from exc
        finally:
            if switched is not None:
                with contextlib.suppress(sqlite3.Error):
                    dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()


def _page_size(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("PRAGMA page_size").fetchone()
    return int(row[0]) if row else None


def _restore_error(
    exc: sqlite3.Error,
    backup: Path,
    src: sqlite3.Connection,
    dst: sqlite3.Connection,
    switched: tuple[object, ...] | None,
) -> DatabaseError:
    """What to tell about a failed restore; the database is unchanged."""
    try:
        theirs, ours = _page_size(src), _page_size(dst)
    except sqlite3.Error:
        theirs = ours = None
    if theirs != ours and (switched is None or switched[0] != "delete"):
        return StorageBusy(
            f"{backup} has pages of {theirs} bytes and the database of {ours}: it can only be "
            "restored while no other program has the database open. Nothing was changed."
        )
    mapped = storage_error(exc)
    return mapped or DatabaseDamaged(f"{backup} could not be restored: {exc}.")


def set_aside(db_path: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal, -shm, -journal files) out of the way, with a
    timestamp in the name; it is never deleted. Returns the new name of the file."""
    db_path = db_path.expanduser()
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    counter = 0
    while True:
        extra = f"-{counter}" if counter else ""
        aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{extra}{db_path.suffix}")
        if not aside.exists() and not any(
            aside.with_name(aside.name + end).exists() for end in _COMPANIONS
        ):
            break
        counter += 1
    _rename_with_companions(db_path, aside)
    return aside


def _rename_with_companions(source: Path, target: Path) -> None:
    for end in _COMPANIONS:
        companion = source.with_name(source.name + end)
        if companion.exists():
            companion.rename(target.with_name(target.name + end))
    source.rename(target)


def restore_over_damaged(
    db_path: Path,
    backup: Path,
    *,
    now: dt.datetime | None = None,
    key: DataKey | None = None,
) -> Path:
    """Put `backup` in the place of a damaged `db_path`, which is kept aside (see `set_aside`).

    Returns where the damaged file went. `key`: the database's data key (the restored file is
    encrypted with it; None: plaintext).
    """
    check_backup(backup, key)
    aside = set_aside(db_path, now=now)
    try:
        backup_sqlite(backup, db_path.expanduser(), key=file_key(backup, key), into_key=key)
    except BaseException:
        # Put the damaged file back rather than leave a half-written copy in its place.
        db_path.expanduser().unlink(missing_ok=True)
        _rename_with_companions(aside, db_path.expanduser())
        raise
    return aside
