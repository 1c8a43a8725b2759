"""Backups as use cases: back up now, the daily backup at start, restore, how many to keep.

The number of backups kept is a setting of the database (`backups.keep`, in the settings table),
not of one computer: the backups lie beside the database file, so the rule travels with it, and
the command line (which never reads the GUI's per-computer settings) prunes by the same number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.services.errors import ServiceError
from coordinator_app.services.settings import read_setting, write_setting
from coordinator_app.store import backups
from coordinator_app.store.backups import BackupInfo
from coordinator_app.store.database import Database, open_database

KEEP_SETTING = "backups.keep"
DEFAULT_KEEP = 10
MIN_KEEP, MAX_KEEP = 1, 365


def _path(db: Database) -> Path:
    if db.path is None:
        raise ServiceError("This database has no file to back up.", code="backup_no_file")
    return db.path


def keep_count(db: Database) -> int:
    """How many automatic and manual backups are kept (default 10)."""
    with db.reading() as session:
        value = read_setting(session, KEEP_SETTING)
    if isinstance(value, int) and not isinstance(value, bool):
        return min(max(value, MIN_KEEP), MAX_KEEP)
    return DEFAULT_KEEP


def set_keep_count(db: Database, keep: int) -> list[Path]:
    """Keep the newest `keep` backups from now on; returns the backups deleted by the change."""
    if not MIN_KEEP <= keep <= MAX_KEEP:
        raise ServiceError(
            f"Keep between {MIN_KEEP} and {MAX_KEEP} backups.",
            code="backup_keep_range",
            values={"min": str(MIN_KEEP), "max": str(MAX_KEEP)},
        )
    with db.session() as session:
        write_setting(session, KEEP_SETTING, keep)
    return backups.prune_backups(_path(db), keep)


def list_backups(db: Database) -> list[BackupInfo]:
    """The database's backups, newest first."""
    return backups.list_backups(_path(db))


def backup_now(db: Database, *, now: dt.datetime | None = None) -> BackupInfo:
    """A manual backup; the oldest automatic and manual ones beyond the kept number go."""
    made = backups.make_backup(_path(db), backups.MANUAL, now=now, key=db.key)
    backups.prune_backups(_path(db), keep_count(db))
    return made


def backup_at_start(db: Database, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """The automatic backup when the app starts, at most once a day; None if one exists."""
    now = now or dt.datetime.now()
    path = _path(db)
    if backups.backed_up_on(path, now.date(), backups.AUTO):
        return None
    made = backups.make_backup(path, backups.AUTO, now=now, key=db.key)
    backups.prune_backups(path, keep_count(db))
    return made


def restore(
    db: Database, backup: Path, *, now: dt.datetime | None = None
) -> tuple[Database, BackupInfo | None]:
    """Replace the database's contents with `backup` and open it again.

    `db` is closed first (and must not be used afterwards); the file as it was is kept as a
    "before-restore" backup. Returns the reopened database and that copy. A backup of an older
    schema is upgraded on opening, after its own "before-migration" backup. An encrypted
    database's backup is read, and the database reopened, with its key (`db.key`).
    """
    path = _path(db)
    if db.read_only:
        raise ServiceError(
            "A database opened read-only cannot be restored.", code="restore_read_only"
        )
    key = db.key
    backups.check_backup(backup, key)
    db.close()
    safety = backups.restore_backup(path, backup, now=now, key=key)
    return open_database(path, key=key), safety
