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
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.store.database import (
    DatabaseDamaged,
    backup_sqlite,
    check_database_file,
    restrict_to_owner,
    sqlite_uri,
    storage_error,
)

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
        if match is None or not entry.is_file():
            continue
        try:
            created = dt.datetime.strptime(match[1], _STAMP)
        except ValueError:
            continue
        found.append(BackupInfo(entry, created, match[3], int(match[2] or 0)))
    found.sort(key=lambda b: (b.created, b.counter, b.path.name), reverse=True)
    return found


def _reserve(folder: Path, db_path: Path, reason: str, now: dt.datetime) -> tuple[Path, int]:
    """A new, empty, private file for a backup (never an existing one)."""
    stamp = now.strftime(_STAMP)
    counter = 0
    while True:
        extra = f"-{counter}" if counter else ""
        candidate = folder / f"{db_path.stem}-{stamp}{extra}-{reason}{db_path.suffix}"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            counter += 1
            continue
        os.close(fd)
        return candidate, counter


def make_backup(
    db_path: Path, reason: str = MANUAL, *, now: dt.datetime | None = None
) -> BackupInfo:
    """Copy `db_path` into its backups folder; raises DatabaseError if it cannot be read or the
    copy cannot be written (a full disk), leaving no half-written backup behind."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = db_path.expanduser()
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    target, counter = _reserve(folder, db_path, reason, now)
    try:
        backup_sqlite(db_path, target)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        mapped = storage_error(exc)
        raise mapped or DatabaseDamaged(f"{db_path} could not be copied: {exc}.") from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
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


def newest_restorable(db_path: Path) -> BackupInfo | None:
    """The newest backup that is a sound Coordinator database this version can open."""
    for backup in list_backups(db_path):
        try:
            if check_database_file(backup.path) is not None:
                return backup
        except Exception:  # a damaged or newer backup is skipped, never restored
            continue
    return None


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a sound Coordinator database (it would not be restored)."""
    if check_database_file(backup) is None:
        raise DatabaseDamaged(f"{backup} is empty: it is not a backup of a Coordinator database.")


def restore_backup(
    db_path: Path, backup: Path, *, now: dt.datetime | None = None
) -> BackupInfo | None:
    """Replace the contents of `db_path` with `backup`; returns the copy of the file as it was
    (None if there was no file yet).

    Close every connection of this process first. The copy runs through SQLite's backup API
    into the live file, as one transaction: a crash half way leaves the old contents, and the
    write-ahead log of the file is handled by SQLite (a file copied over a database that has a
    log beside it would be corrupted by that log).
    """
    db_path = db_path.expanduser()
    check_backup(backup)
    if not db_path.exists() or not db_path.stat().st_size:
        backup_sqlite(backup, db_path)
        return None
    check_database_file(db_path)
    safety = make_backup(db_path, BEFORE_RESTORE, now=now)
    src = sqlite3.connect(sqlite_uri(backup, read_only=True), uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            dst.execute("PRAGMA busy_timeout=5000")
            src.backup(dst)
        except sqlite3.Error as exc:
            mapped = storage_error(exc)
            raise (mapped or DatabaseDamaged(f"{backup} could not be restored: {exc}.")) from exc
        finally:
            dst.close()
    finally:
        src.close()
    restrict_to_owner(db_path)
    return safety


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


def restore_over_damaged(db_path: Path, backup: Path, *, now: dt.datetime | None = None) -> Path:
    """Put `backup` in the place of a damaged `db_path`, which is kept aside (see `set_aside`).

    Returns where the damaged file went.
    """
    check_backup(backup)
    aside = set_aside(db_path, now=now)
    try:
        backup_sqlite(backup, db_path.expanduser())
    except BaseException:
        # Put the damaged file back rather than leave a half-written copy in its place.
        db_path.expanduser().unlink(missing_ok=True)
        _rename_with_companions(aside, db_path.expanduser())
        raise
    return aside
