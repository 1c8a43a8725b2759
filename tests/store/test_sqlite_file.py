"""A file check started early (`FileCheck`) stands only for the file as it was checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coordinator_app.services import groups
from coordinator_app.store.database import DatabaseDamaged, open_database
from coordinator_app.store.sqlite_file import FileCheck

DAMAGED = b"SQLite format 3\x00" + b"\x07" * 5000


def _good_database(path: Path) -> Path:
    db = open_database(path)
    groups.create_group(db, "IT Drift")
    db.close()
    return path


def test_a_check_started_early_is_used_when_opening(tmp_path: Path) -> None:
    path = _good_database(tmp_path / "good.sqlite")
    check = FileCheck(path)
    assert check.covers(path)
    assert not check.covers(tmp_path / "other.sqlite")
    db = open_database(path, file_check=check)
    try:
        assert [g.name for g in groups.list_groups(db)] == ["IT Drift"]
    finally:
        db.close()


def test_a_damaged_file_found_by_the_early_check_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(DAMAGED)
    check = FileCheck(path)
    with pytest.raises(DatabaseDamaged):
        open_database(path, file_check=check)
    assert path.read_bytes() == DAMAGED


def test_a_file_changed_after_the_check_is_checked_again(tmp_path: Path) -> None:
    path = _good_database(tmp_path / "coordinator.sqlite")
    good = tmp_path / "good-copy.sqlite"
    shutil.copyfile(path, good)
    check = FileCheck(path)
    check.wait()
    path.write_bytes(DAMAGED)  # replaced after a check that passed
    assert not check.covers(path)
    with pytest.raises(DatabaseDamaged):
        open_database(path, file_check=check)

    check = FileCheck(path)  # and the other way round: damaged when checked, then repaired
    with pytest.raises(DatabaseDamaged):
        check.wait()
    shutil.copyfile(good, path)
    open_database(path, file_check=check).close()
