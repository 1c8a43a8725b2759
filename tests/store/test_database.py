"""Opening databases: new files, migrations with a backup, refusing newer or foreign files."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from coordinator_app.store.database import (
    DatabaseDamaged,
    DatabaseTooNew,
    head_revision,
    integrity_check,
    open_database,
    table_names,
)


def test_new_database_has_the_whole_schema_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    db = open_database(path)
    try:
        assert {"groups", "people", "meetings", "round_table_entries", "speaker_proposals"} <= (
            table_names(db.engine)
        )
        assert integrity_check(db) == []
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
    finally:
        db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.execute(
            text("INSERT INTO memberships (person_id, group_id, role) VALUES (999, 999, 'member')")
        )


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 20, b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["not-sqlite", "truncated"],
)
def test_damaged_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == content


def test_foreign_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="not a Coordinator database"):
        open_database(path)
    assert path.read_bytes() == before


def test_tables_without_a_schema_revision_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO groups (name, description) VALUES ('IT Drift', '')")
        conn.execute("DELETE FROM alembic_version")
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == before


def test_reopening_a_current_database_keeps_its_rows_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO groups (name, description) VALUES ('IT Drift', '')")
    db = open_database(path)
    try:
        assert db.backup_path is None
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM groups")).scalar() == "IT Drift"
    finally:
        db.close()
    assert not [p for p in tmp_path.iterdir() if "before-migration" in p.name]


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    db = open_database(path)
    try:
        assert "groups" in table_names(db.engine)
        assert db.backup_path is None
    finally:
        db.close()
