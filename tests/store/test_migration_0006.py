"""Migration 0006: the invitations' own SEQUENCE per meeting, and each sign-up's reply version.

The frozen demo database of revision 0005 is upgraded: no invitation went out before this
revision, so every meeting's invitation SEQUENCE starts at 0 (whatever its year-plan SEQUENCE
is), and no sign-up has a reply recorded yet (its answers were typed in by the coordinator).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.store.database import open_database
from tests.conftest import DATA_DIR

FROZEN_0005 = DATA_DIR / "migrations" / "0005.sqlite"


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(FROZEN_0005, path)
    open_database(path, backup_before_migrating=False).close()
    return path


def test_every_meeting_starts_at_invitation_sequence_zero(upgraded: Path) -> None:
    conn = sqlite3.connect(upgraded)
    try:
        rows = conn.execute("SELECT ical_sequence, invitation_sequence FROM meetings").fetchall()
    finally:
        conn.close()
    assert rows, "the frozen database has no meetings"
    assert {invitation for _ical, invitation in rows} == {0}


def test_no_sign_up_has_a_reply_recorded(upgraded: Path) -> None:
    conn = sqlite3.connect(upgraded)
    try:
        rows = conn.execute("SELECT response, reply_sequence, reply_stamp FROM signups").fetchall()
    finally:
        conn.close()
    assert rows, "the frozen database has no sign-ups"
    assert {(sequence, stamp) for _response, sequence, stamp in rows} == {(None, None)}
