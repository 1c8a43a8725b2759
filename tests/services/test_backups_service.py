"""Backups as use cases: the daily backup, the kept number (a setting of the database), restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.services import backups as backup_service, groups
from coordinator_app.services.errors import ServiceError
from coordinator_app.store import backups
from coordinator_app.store.database import Database, StorageReadOnly, open_database

T0 = dt.datetime(2027, 3, 9, 8, 0, 0)


def test_the_start_backup_is_made_at_most_once_a_day(db: Database, db_path: Path) -> None:
    first = backup_service.backup_at_start(db, now=T0)
    assert first is not None and first.reason == backups.AUTO
    assert backup_service.backup_at_start(db, now=T0 + dt.timedelta(hours=9)) is None
    backup_service.backup_now(db, now=T0 + dt.timedelta(hours=10))  # does not count
    assert backup_service.backup_at_start(db, now=T0 + dt.timedelta(hours=11)) is None
    second = backup_service.backup_at_start(db, now=T0 + dt.timedelta(days=1))
    assert second is not None
    assert len(backup_service.list_backups(db)) == 3


def test_the_number_kept_is_a_setting_of_the_database(db: Database, db_path: Path) -> None:
    assert backup_service.keep_count(db) == backup_service.DEFAULT_KEEP == 10
    for day in range(12):
        backup_service.backup_at_start(db, now=T0 + dt.timedelta(days=day))
    assert len(backup_service.list_backups(db)) == 10
    removed = backup_service.set_keep_count(db, 3)
    assert len(removed) == 7
    newest = [b.created for b in backup_service.list_backups(db)]
    assert newest == [T0 + dt.timedelta(days=d) for d in (11, 10, 9)]
    # Stored in the database: another program opening it keeps the same number.
    db.close()
    again = open_database(db_path)
    try:
        assert backup_service.keep_count(again) == 3
        backup_service.backup_now(again, now=T0 + dt.timedelta(days=20))
        assert len(backup_service.list_backups(again)) == 3
    finally:
        again.close()
    with pytest.raises(ServiceError):
        backup_service.set_keep_count(db, 0)


def test_restore_reopens_the_database_with_the_backups_contents(db: Database) -> None:
    groups.create_group(db, "Old")
    saved = backup_service.backup_now(db, now=T0)
    groups.create_group(db, "New")
    restored, safety = backup_service.restore(db, saved.path, now=T0 + dt.timedelta(hours=1))
    try:
        assert [g.name for g in groups.list_groups(restored)] == ["Old"]
        assert safety is not None
        copy = open_database(safety.path)
        try:
            assert [g.name for g in groups.list_groups(copy)] == ["New", "Old"]
        finally:
            copy.close()
    finally:
        restored.close()


def test_a_read_only_database_is_not_restored_but_can_be_backed_up(db_path: Path) -> None:
    db = open_database(db_path)
    groups.create_group(db, "IT Drift")
    saved = backup_service.backup_now(db, now=T0)
    db.close()
    ro = open_database(db_path, read_only=True)
    try:
        with pytest.raises(ServiceError, match="read-only"):
            backup_service.restore(ro, saved.path)
        assert backup_service.backup_now(ro, now=T0 + dt.timedelta(hours=1)).path.exists()
        with pytest.raises(StorageReadOnly):
            backup_service.set_keep_count(ro, 4)
    finally:
        ro.close()
