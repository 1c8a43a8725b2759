"""Migration 0002: every existing free text of the minutes gets its kind's sharing level.

The frozen demo database of revision 0001 (minutes of several meetings, with attendance notes
such as "Meldte afbud – konference i Lyon") is upgraded; afterwards each row holds a level, the
one its kind starts with, and an export that leaves out the confidential parts leaves out the
old attendance notes and talk notes.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.minutes import (
    ACTION_LEVEL,
    ATTENDANCE_NOTE_LEVEL,
    DECISION_LEVEL,
    SPEAKER_LEVEL,
    TALK_NOTES_LEVEL,
    THEME_LEVEL,
    ExportOptions,
    redact,
)
from coordinator_app.services import minutes
from coordinator_app.store.database import open_database
from tests.conftest import DATA_DIR

FROZEN_0001 = DATA_DIR / "migrations" / "0001.sqlite"

COLUMNS = (
    ("attendance", "note_confidentiality", ATTENDANCE_NOTE_LEVEL),
    ("agenda_items", "notes_confidentiality", TALK_NOTES_LEVEL),
    ("decisions", "confidentiality", DECISION_LEVEL),
    ("action_items", "confidentiality", ACTION_LEVEL),
    ("theme_proposals", "confidentiality", THEME_LEVEL),
    ("speaker_proposals", "confidentiality", SPEAKER_LEVEL),
)


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(FROZEN_0001, path)
    open_database(path, backup_before_migrating=False).close()
    return path


@pytest.mark.parametrize(("table", "column", "default"), COLUMNS, ids=[c[0] for c in COLUMNS])
def test_existing_rows_get_their_kinds_level(
    upgraded: Path, table: str, column: str, default: Confidentiality
) -> None:
    conn = sqlite3.connect(upgraded)
    try:
        values = [row[0] for row in conn.execute(f'SELECT "{column}" FROM "{table}"')]
        assert values, f"the frozen database has no {table}"
        assert set(values) == {default.value}
        # The level is checked by the database, as the round table's is.
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f'UPDATE "{table}" SET "{column}" = \'public\'')
    finally:
        conn.close()


def test_old_notes_are_left_out_after_the_upgrade(upgraded: Path) -> None:
    conn = sqlite3.connect(upgraded)
    try:
        (meeting_id,) = conn.execute(
            "SELECT a.meeting_id FROM attendance a JOIN agenda_items i "
            "ON i.meeting_id = a.meeting_id AND i.notes != '' AND i.kind = 'talk' "
            "WHERE a.note LIKE 'Meldte afbud%' LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    db = open_database(upgraded)
    try:
        document = minutes.minutes_document(db, meeting_id)
    finally:
        db.close()
    assert any(line.note.startswith("Meldte afbud") for line in document.attendance)
    # Revision 0004 keeps the talks' notes on the agenda where they were typed: the minutes
    # have notes of their own, empty after the upgrade (tests/store/test_migration_0004.py).
    assert all(talk.notes == "" for talk in document.talks)
    shown = redact(document, ExportOptions(omit_confidential=True))
    assert all(line.note == "" for line in shown.attendance)
    assert all(talk.notes == "" for talk in shown.talks)
    assert shown.decisions == document.decisions  # the group's outcomes stay
