"""Migration 0004: the coordinators table, and a talk's minutes note apart from its agenda note.

The frozen demo database of revision 0003 is upgraded: the notes typed so far were typed in the
agenda and stay agenda notes (printed on the agenda), the minutes' notes start empty, and the
group's documents still name its coordinator (the member whose role is coordinator) until a
coordinator entry is made.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.services import groups, planner
from coordinator_app.store.database import open_database
from tests.conftest import DATA_DIR

FROZEN_0003 = DATA_DIR / "migrations" / "0003.sqlite"


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(FROZEN_0003, path)
    return path


def _notes(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, notes FROM agenda_items ORDER BY id").fetchall()
    finally:
        conn.close()


def test_existing_notes_stay_agenda_notes_and_the_minutes_notes_start_empty(
    upgraded: Path,
) -> None:
    before = _notes(upgraded)
    assert any(text for _id, text in before), "the frozen database has no agenda notes"
    open_database(upgraded, backup_before_migrating=False).close()
    assert _notes(upgraded) == before
    conn = sqlite3.connect(upgraded)
    try:
        assert {row[0] for row in conn.execute("SELECT minutes_notes FROM agenda_items")} == {""}
        assert conn.execute("SELECT count(*) FROM coordinators").fetchone() == (0,)
    finally:
        conn.close()


def test_the_upgraded_groups_documents_still_name_the_coordinator(upgraded: Path) -> None:
    db = open_database(upgraded, backup_before_migrating=False)
    try:
        [group] = groups.list_groups(db)
        meeting = planner.meetings(db, group_id=group.id)[0]
        document = planner.meeting_document(db, meeting.id)
        assert document.coordinator_name == "Søren Østergaard"
        assert document.coordinator_email.startswith("soeren.oestergaard@")
    finally:
        db.close()
