"""No confidential text in logs: a minutes session with every logger at DEBUG logs no round-table
text, name or e-mail address (SQLAlchemy would log statement parameters and fetched rows)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy import insert

from coordinator_app.domain.enums import AttendanceStatus, Confidentiality, MeetingStatus
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster
from coordinator_app.services.minutes import EntryInput
from coordinator_app.store.database import open_database
from coordinator_app.store.models import Person

SECRET = "We lost the whole backup of payroll in March"
EMAIL = "ingrid.secret@bank.example"
NAME = "Ingrid Hemmelig"


def test_a_minutes_session_at_debug_level_logs_no_confidential_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: everything a handler would see
    caplog.set_level(logging.DEBUG, logger="coordinator_app")
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # even a statement log...
    db = open_database(tmp_path / "minutes.sqlite")
    try:
        gid = groups.create_group(db, "IT Drift")
        pid = roster.add_member(
            db, gid, PersonInput(name=NAME, email=EMAIL), JobInput("Banken", "CISO")
        )
        mid = planner.create_meeting(
            db,
            gid,
            MeetingInput(date=dt.date(2026, 3, 10), status=MeetingStatus.HELD),
            template=AgendaTemplate(()),
        )
        minutes.set_attendance(db, mid, pid, AttendanceStatus.PRESENT)
        entry = minutes.add_entry(db, mid, pid, EntryInput("draft"))
        minutes.update_entry(db, entry, EntryInput(SECRET, ("backup",), Confidentiality.GROUP_ONLY))
        assert [e.text for e in minutes.entries(db, mid)] == [SECRET]
        minutes.minutes_document(db, mid, "da")
        with pytest.raises(Exception) as caught, db.session() as session:
            session.execute(insert(Person).values(id=pid, name=NAME, email=EMAIL))
        logging.getLogger("coordinator_app.test").exception("a failed save", exc_info=caught.value)
    finally:
        db.close()

    assert caplog.records, "logging was not captured at all"
    text = caplog.text + "".join(str(record.args) for record in caplog.records)
    for value in (SECRET, EMAIL, NAME):
        assert value not in text
