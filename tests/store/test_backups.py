"""Backup files: made with SQLite's backup API, private, rotated, restored without loss."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from coordinator_app.services import demo, groups
from coordinator_app.store import backups, database as database_module
from coordinator_app.store.database import (
    DatabaseDamaged,
    DatabaseTooNew,
    StorageFull,
    integrity_check,
    open_database,
)
from tests.store.writes import die_in, full_disk_for_copies

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
T0 = dt.datetime(2027, 3, 9, 9, 15, 0)


def _names(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        return [g.name for g in groups.list_groups(db)]
    finally:
        db.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_consistent_private_copy_in_the_backups_folder(db, db_path: Path) -> None:
    groups.create_group(db, "IT Drift")  # in the WAL, not yet in the main file
    made = backups.make_backup(db_path, backups.MANUAL, now=T0)
    assert made.path.parent == db_path.parent / "backups"
    assert made.path.name == "coordinator-20270309-091500-manual.sqlite"
    assert made.created == T0 and made.reason == backups.MANUAL
    assert _names(made.path) == ["IT Drift"]
    if os.name == "posix":
        assert _mode(made.path) == 0o600
        assert _mode(made.path.parent) == 0o700
    # The same second again gets a new name; nothing is ever overwritten.
    again = backups.make_backup(db_path, backups.MANUAL, now=T0)
    assert again.path != made.path and made.path.exists()
    assert [b.path for b in backups.list_backups(db_path)] == [again.path, made.path]


def test_list_shows_only_this_databases_backups_newest_first(tmp_path: Path) -> None:
    one, other = tmp_path / "one.sqlite", tmp_path / "other.sqlite"
    open_database(one).close()
    open_database(other).close()
    older = backups.make_backup(one, backups.AUTO, now=T0)
    newer = backups.make_backup(one, backups.MANUAL, now=T0 + dt.timedelta(days=1))
    backups.make_backup(other, backups.AUTO, now=T0)
    (backups.backups_dir(one) / "notes.txt").write_text("not a backup")
    assert [b.path for b in backups.list_backups(one)] == [newer.path, older.path]


def test_prune_keeps_the_newest_and_never_the_migration_or_restore_copies(db_path: Path) -> None:
    open_database(db_path).close()
    made = [
        backups.make_backup(db_path, reason, now=T0 + dt.timedelta(days=i))
        for i, reason in enumerate(
            [backups.BEFORE_MIGRATION, backups.AUTO, backups.MANUAL, backups.BEFORE_RESTORE]
            + [backups.AUTO] * 4
        )
    ]
    removed = backups.prune_backups(db_path, 3)
    # The rotating ones, newest first: auto 7, 6, 5, 4, manual 2, auto 1; three are kept.
    assert removed == [made[4].path, made[2].path, made[1].path]
    left = {b.path for b in backups.list_backups(db_path)}
    assert left == {made[0].path, made[3].path, *(m.path for m in made[-3:])}
    assert backups.prune_backups(db_path, 0) and len(backups.list_backups(db_path)) == 3


def test_backed_up_on_a_day(db_path: Path) -> None:
    open_database(db_path).close()
    assert not backups.backed_up_on(db_path, T0.date())
    backups.make_backup(db_path, backups.MANUAL, now=T0)
    assert not backups.backed_up_on(db_path, T0.date())  # only the automatic one counts
    backups.make_backup(db_path, backups.AUTO, now=T0)
    assert backups.backed_up_on(db_path, T0.date())
    assert not backups.backed_up_on(db_path, T0.date() + dt.timedelta(days=1))


def test_restore_replaces_the_contents_and_keeps_the_current_file_first(db_path: Path) -> None:
    db = open_database(db_path)
    groups.create_group(db, "Before")
    db.close()
    saved = backups.make_backup(db_path, backups.MANUAL, now=T0)
    db = open_database(db_path)
    groups.create_group(db, "After")  # left in the write-ahead log on purpose
    db.close()

    safety = backups.restore_backup(db_path, saved.path, now=T0 + dt.timedelta(hours=1))
    assert safety is not None and safety.reason == backups.BEFORE_RESTORE
    assert _names(db_path) == ["Before"]
    assert _names(safety.path) == ["After", "Before"]
    db = open_database(db_path)
    try:
        assert integrity_check(db) == []
    finally:
        db.close()
    if os.name == "posix":
        assert _mode(db_path) == 0o600


@pytest.mark.parametrize(
    "content",
    [b"not a database\n" * 50, b"SQLite format 3\x00" + b"\x01" * 200],
    ids=["not-sqlite", "truncated"],
)
def test_a_damaged_backup_is_never_restored(db_path: Path, tmp_path: Path, content: bytes) -> None:
    db = open_database(db_path)
    groups.create_group(db, "Kept")
    db.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(DatabaseDamaged):
        backups.restore_backup(db_path, bad)
    assert _names(db_path) == ["Kept"]
    assert backups.list_backups(db_path) == []
    assert backups.newest_restorable(db_path) is None


def test_newest_restorable_skips_damaged_and_newer_backups(db_path: Path) -> None:
    open_database(db_path).close()
    good = backups.make_backup(db_path, backups.AUTO, now=T0)
    newer = backups.make_backup(db_path, backups.AUTO, now=T0 + dt.timedelta(days=1))
    with sqlite3.connect(newer.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    damaged = backups.make_backup(db_path, backups.AUTO, now=T0 + dt.timedelta(days=2))
    damaged.path.write_bytes(b"garbage" * 100)
    assert backups.newest_restorable(db_path) == good
    with pytest.raises(DatabaseTooNew):
        backups.check_backup(newer.path)


def test_restore_over_a_damaged_file_keeps_it_aside_byte_for_byte(db_path: Path) -> None:
    db = open_database(db_path)
    groups.create_group(db, "From the backup")
    db.close()
    saved = backups.make_backup(db_path, backups.AUTO, now=T0)
    damaged = b"SQLite format 3\x00" + os.urandom(3000)
    db_path.write_bytes(damaged)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"an old log that must not touch the restored file")
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert db_path.read_bytes() == damaged

    aside = backups.restore_over_damaged(db_path, saved.path, now=T0)
    assert aside.name == "coordinator.damaged-20270309-091500.sqlite"
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").exists() and not wal.exists()
    assert _names(db_path) == ["From the backup"]
    if os.name == "posix":
        assert _mode(db_path) == 0o600


def test_an_upgrade_is_preceded_by_a_backup_in_the_backups_folder(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    groups.create_group(db, "IT Drift")
    db.close()
    # Pretend this version knows a newer revision than the file has: the file needs upgrading.
    monkeypatch.setattr(database_module, "head_revision", lambda: "0002_pretend")
    db = open_database(db_path)
    try:
        assert db.backup_path is not None
        assert db.backup_path.parent == backups.backups_dir(db_path)
        assert [b.reason for b in backups.list_backups(db_path)] == [backups.BEFORE_MIGRATION]
    finally:
        db.close()
    assert _names(db.backup_path) == ["IT Drift"]


@posix_only
def test_database_wal_shm_and_backups_are_private(db_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        db = open_database(db_path)
        groups.create_group(db, "IT Drift")
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            companions = [
                db_path.with_name(db_path.name + end)
                for end in ("-wal", "-shm")
                if db_path.with_name(db_path.name + end).exists()
            ]
            assert companions  # WAL mode: the files exist while the database is open
            made = backups.make_backup(db_path)
            for path in (db_path, *companions, made.path):
                assert _mode(path) == 0o600, path
        db.close()
    finally:
        os.umask(old_umask)


def test_sqlite_uri_handles_any_file_name(tmp_path: Path) -> None:
    odd = tmp_path / "a dir?#%" / "my db #1?.sqlite"
    db = open_database(odd)
    groups.create_group(db, "Odd")
    db.close()
    made = backups.make_backup(odd)
    assert _names(made.path) == ["Odd"]
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(made.path, copy)
    assert _names(copy) == ["Odd"]


# --- whole or not at all ----------------------------------------------------------------------


def test_a_backup_on_a_full_disk_leaves_no_file_with_a_backup_name(
    db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups.create_group(db, "IT Drift")
    full_disk_for_copies(monkeypatch, db_path)
    with pytest.raises(StorageFull):
        backups.make_backup(db_path, backups.AUTO, now=T0)
    monkeypatch.undo()
    assert list(backups.backups_dir(db_path).iterdir()) == []
    assert not backups.backed_up_on(db_path, T0.date(), backups.AUTO)


def test_a_backup_killed_half_way_leaves_no_file_with_a_backup_name(db, db_path: Path) -> None:
    demo.fill_with_demo_data(db)  # a copy of many pages
    expected = [g.name for g in groups.list_groups(db)]
    db.close()
    die_in("copy", "--db", str(db_path), "backup")
    folder = backups.backups_dir(db_path)
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(name.startswith(".coordinator.sqlite.") for name in left), left
    assert backups.list_backups(db_path) == []
    assert not backups.backed_up_on(db_path, dt.date.today(), backups.MANUAL)
    # The next backup removes what the killed one left.
    made = backups.make_backup(db_path, backups.MANUAL, now=T0)
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]
    assert _names(made.path) == expected


def test_a_file_with_a_backup_name_that_is_not_one_is_never_listed(db_path: Path) -> None:
    """A 0-byte file (left by a killed backup of an earlier version), or a link, is no backup:
    it does not count as the day's backup and takes no place in the rotation."""
    open_database(db_path).close()
    folder = backups.backups_dir(db_path)
    folder.mkdir()
    empty = folder / "coordinator-20270309-091500-auto.sqlite"
    empty.write_bytes(b"")
    real = backups.make_backup(db_path, backups.AUTO, now=T0 - dt.timedelta(days=1))
    if os.name == "posix":
        link = folder / "coordinator-20270310-091500-auto.sqlite"
        link.symlink_to(real.path)
    assert [b.path for b in backups.list_backups(db_path)] == [real.path]
    assert not backups.backed_up_on(db_path, T0.date(), backups.AUTO)
    assert backups.prune_backups(db_path, 1) == []
    assert real.path.exists()
