"""Deleting a group: the people only it holds go with its meetings and minutes, a backup first;
the demo group goes in one step with its companies."""

from __future__ import annotations

import datetime as dt
import sqlite3

from coordinator_app.domain.enums import AttendanceStatus, MeetingStatus
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import demo, group_removal, groups, minutes, planner, roster
from coordinator_app.services.minutes import EntryInput
from coordinator_app.store import backups
from coordinator_app.store.database import Database, integrity_check


def _meeting(db: Database, group_id: int, day: dt.date) -> int:
    return planner.create_meeting(
        db,
        group_id,
        MeetingInput(date=day, theme="Drift", status=MeetingStatus.HELD),
        template=AgendaTemplate(()),
    )


def test_a_group_goes_with_its_own_people_meetings_and_minutes(db: Database) -> None:
    own = groups.create_group(db, "IT Drift")
    other = groups.create_group(db, "Arkitekter")
    alone = roster.add_member(
        db, own, PersonInput(name="Ida Holm", email="ida@example.dk"), JobInput("Holm A/S")
    )
    shared = roster.add_member(db, own, PersonInput(name="Bo Berg", email="bo@example.dk"))
    roster.join_group(db, other, shared)
    guest = roster.add_member(db, own, PersonInput(name="Per Gæst"))
    held = _meeting(db, own, dt.date(2026, 3, 10))
    _meeting(db, own, dt.date(2026, 6, 9))
    minutes.set_attendance(db, held, alone, AttendanceStatus.PRESENT)
    minutes.add_entry(db, held, alone, EntryInput("Vi flytter til skyen."))
    theirs = _meeting(db, other, dt.date(2026, 4, 14))
    # A member only of this group who spoke at the other group's round table stays for it.
    minutes.add_entry(db, theirs, guest, EntryInput("Gæsten fortalte."))

    contents = group_removal.group_contents(db, own)
    assert contents == group_removal.GroupContents(
        name="IT Drift", people_only_here=1, people_kept=2, meetings=2, meetings_with_minutes=1
    )
    deleted = group_removal.delete_group(db, own)
    assert deleted.contents == contents

    assert [g.name for g in groups.list_groups(db)] == ["Arkitekter"]
    everyone = {r.name for r in roster.roster(db, None)}
    assert everyone == {"Bo Berg", "Per Gæst"}
    assert [r.name for r in roster.roster(db, other)] == ["Bo Berg"]
    assert [m.id for m in planner.meetings(db)] == [theirs]
    assert [e.text for e in minutes.entries(db, theirs)] == ["Gæsten fortalte."]
    assert integrity_check(db) == []

    # The backup made first holds the group, and is a manual one.
    assert deleted.backup is not None and db.path is not None
    [made] = [b for b in backups.list_backups(db.path) if b.path == deleted.backup]
    assert made.reason == backups.MANUAL
    conn = sqlite3.connect(deleted.backup)
    try:
        assert conn.execute("SELECT name FROM groups ORDER BY name").fetchall() == [
            ("Arkitekter",),
            ("IT Drift",),
        ]
    finally:
        conn.close()


def test_the_demo_group_goes_in_one_step_and_the_own_group_stays(db: Database) -> None:
    demo_id = demo.fill_with_demo_data(db, dt.date(2026, 11, 27), group_name="Demo – IT Drift")
    assert demo.demo_group(db) == demo_id
    own = groups.create_group(db, "IT Sikkerhed")
    roster.add_member(
        db, own, PersonInput(name="Ida Holm"), JobInput("Fjordbanken A/S", "CISO")
    )  # a demo company that a real member works for
    contents = group_removal.group_contents(db, demo_id)
    assert contents.is_demo and contents.people_only_here == 13 and contents.meetings > 0

    group_removal.delete_group(db, demo_id, backup=False)
    assert db.path is not None
    assert demo.demo_group(db) is None
    assert [g.name for g in groups.list_groups(db)] == ["IT Sikkerhed"]
    assert [r.name for r in roster.roster(db, None)] == ["Ida Holm"]
    assert planner.meetings(db) == []
    conn = sqlite3.connect(db.path)
    try:
        companies = [row[0] for row in conn.execute("SELECT name FROM organisations")]
        assert conn.execute("SELECT count(*) FROM coordinators").fetchone() == (0,)
    finally:
        conn.close()
    assert companies == ["Fjordbanken A/S"]
    assert integrity_check(db) == []
