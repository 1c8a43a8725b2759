"""A full disk, a read-only file or a locked database while saving: a clear error, and the
database as it was before the edit.

The tests run as root in CI, and root ignores file modes, so a read-only file is simulated the
way SQLite sees one: a connection opened with `mode=ro` (what the app does for a second
instance) or `PRAGMA query_only`. A full disk is SQLite's own limit, `PRAGMA max_page_count`,
which fails with SQLITE_FULL exactly as a full disk does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, insert

from coordinator_app.domain.people import PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.store.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    StorageBusy,
    StorageError,
    StorageFull,
    StorageReadOnly,
    integrity_check,
    open_database,
    storage_error,
)
from coordinator_app.store.driver import dbapi as sqlite3  # "another program" shares its locks
from coordinator_app.store.models import Person


def _rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [
            *conn.execute("SELECT id, name FROM groups ORDER BY id"),
            *conn.execute("SELECT id, name, email, notes FROM people ORDER BY id"),
        ]
    finally:
        conn.close()


@pytest.fixture
def filled(db: Database, db_path: Path) -> Database:
    gid = groups.create_group(db, "IT Drift")
    roster.add_member(db, gid, PersonInput(name="Mette Kjærgaard", email="mette@region.dk"))
    return db


def filled_group(db: Database) -> int:
    return groups.list_groups(db)[0].id


def on_every_connection(db: Database, *pragmas: str) -> None:
    """Run `pragmas` on every new connection of `db` (and start afresh)."""

    def connect(dbapi_connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    event.listen(db.engine, "connect", connect)
    db.engine.dispose()


def _edit(db: Database) -> None:
    person_id = roster.find_people_by_email(db, ["mette@region.dk"])["mette@region.dk"]
    roster.update_person(
        db, person_id, PersonInput(name="Mette K.", email="mette@region.dk", notes="x" * 9_000)
    )


def test_a_database_opened_read_only_refuses_every_edit(filled: Database, db_path: Path) -> None:
    filled.close()
    before = _rows(db_path)
    file_before = db_path.read_bytes()
    ro = open_database(db_path, read_only=True)
    try:
        assert ro.read_only
        assert [g.name for g in groups.list_groups(ro)] == ["IT Drift"]  # reading works
        with pytest.raises(StorageReadOnly, match="read-only"):
            groups.create_group(ro, "Another")
        with pytest.raises(StorageReadOnly):
            _edit(ro)
    finally:
        ro.close()
    assert _rows(db_path) == before
    assert db_path.read_bytes() == file_before


def test_a_read_only_file_as_sqlite_reports_it(filled: Database, db_path: Path) -> None:
    before = _rows(db_path)
    on_every_connection(filled, "PRAGMA query_only=ON")
    with pytest.raises(StorageReadOnly) as caught:
        _edit(filled)
    assert caught.value.code == "storage_read_only"
    assert isinstance(caught.value, DatabaseError)
    assert _rows(db_path) == before


def test_a_full_disk_reports_it_and_leaves_the_database_as_it_was(
    filled: Database, db_path: Path
) -> None:
    before = _rows(db_path)
    # Not one page more than the file has now.
    on_every_connection(filled, "PRAGMA max_page_count=1")
    with pytest.raises(StorageFull, match="disk is full") as caught:
        _edit(filled)
    assert caught.value.code == "storage_full"
    with pytest.raises(StorageFull):
        group_id = filled_group(filled)
        roster.add_member(filled, group_id, PersonInput(name="Ny medlem", notes="y" * 9_000))
    assert _rows(db_path) == before
    assert integrity_check(filled) == []


def test_a_database_locked_by_another_program_reports_it(filled: Database, db_path: Path) -> None:
    before = _rows(db_path)
    on_every_connection(filled, "PRAGMA busy_timeout=50")
    other = sqlite3.connect(db_path)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageBusy):
            _edit(filled)
    finally:
        other.rollback()
        other.close()
    assert _rows(db_path) == before
    _edit(filled)  # once the other program lets go, saving works again


def test_opening_read_only_needs_an_existing_current_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "new.sqlite", read_only=True)
    assert not (tmp_path / "new.sqlite").exists()


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), StorageFull),
        (sqlite3.OperationalError("attempt to write a readonly database"), StorageReadOnly),
        (sqlite3.OperationalError("database is locked"), StorageBusy),
        (sqlite3.DatabaseError("database disk image is malformed"), DatabaseDamaged),
        (sqlite3.OperationalError("disk I/O error"), None),
        (sqlite3.OperationalError("no such table: x"), None),
        (ValueError("not sqlite"), None),
    ],
)
def test_sqlite_errors_map_to_storage_errors(error: Exception, kind: type | None) -> None:
    mapped = storage_error(error)
    if kind is None:
        assert mapped is None or type(mapped) is StorageError
    else:
        assert isinstance(mapped, kind)


def test_errors_never_show_the_values_of_a_statement(filled: Database) -> None:
    """A failing statement's message names the statement, not members' data in it."""
    with pytest.raises(Exception) as caught, filled.session() as session:
        session.execute(insert(Person).values(id=1, name="Secret Name", email="s@x.dk"))
    assert "Secret Name" not in str(caught.value)
    assert "s@x.dk" not in str(caught.value)
