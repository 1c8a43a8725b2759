"""Deleting a member entered by mistake (issue #15, item 12): everything of theirs goes, undo puts
it back under the same ids, and a member with a history in the group is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordinator_app.domain.enums import AttendanceStatus, Rsvp
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, minutes, planner, roster
from coordinator_app.services.member_removal import delete_member, restore_member
from coordinator_app.services.row_changes import TABLES, HasHistory
from coordinator_app.store.database import Database


def _everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.reading() as session:
        return {
            table.name: [dict(r) for r in session.execute(select(table)).mappings()]
            for table in TABLES
        }


@pytest.fixture
def group_id(db: Database) -> int:
    return groups.create_group(db, "IT Drift")


def _add(db: Database, group_id: int, name: str) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name, email=f"{name.split()[0].lower()}@x.dk", expertise=("ITIL",)),
        JobInput("LEGO", "CISO"),
        joined_on=dt.date(2024, 1, 1),
    )


def test_a_member_entered_by_mistake_goes_and_comes_back(db: Database, group_id: int) -> None:
    _add(db, group_id, "Mette Holm")
    before = _everything(db)
    mistake = _add(db, group_id, "Mette Hol")
    deleted = delete_member(db, group_id, mistake)
    assert deleted.whole_person
    assert _everything(db) == before  # the person, job, membership and tag are gone
    assert [r.name for r in roster.roster(db, group_id)] == ["Mette Holm"]

    restore_member(db, deleted)
    assert {r.name: r.person_id for r in roster.roster(db, group_id)}["Mette Hol"] == mistake
    assert roster.person_details(db, mistake).expertise == ("ITIL",)


def test_a_member_of_another_group_only_loses_this_membership(db: Database, group_id: int) -> None:
    other = groups.create_group(db, "Ledelse")
    person = _add(db, other, "Ida Berg")
    there = planner.create_meeting(db, other, MeetingInput(dt.date(2026, 3, 3)))
    minutes.set_attendance(db, there, person, AttendanceStatus.PRESENT)  # the other group's
    roster.join_group(db, group_id, person)
    deleted = delete_member(db, group_id, person)
    assert not deleted.whole_person
    assert roster.roster(db, group_id) == []
    assert [r.name for r in roster.roster(db, other)] == ["Ida Berg"]
    restore_member(db, deleted)
    assert [r.name for r in roster.roster(db, group_id)] == ["Ida Berg"]


def test_a_member_with_a_history_in_the_group_is_refused(db: Database, group_id: int) -> None:
    person = _add(db, group_id, "Soren Ågård")
    meeting = planner.create_meeting(db, group_id, MeetingInput(dt.date(2026, 3, 3)))
    minutes.set_attendance(db, meeting, person, AttendanceStatus.PRESENT)
    logistics.set_signup(db, meeting, person, Rsvp.YES)
    before = _everything(db)
    with pytest.raises(HasHistory) as refused:
        delete_member(db, group_id, person)
    assert refused.value.code == "delete_member"
    assert refused.value.names == ["Soren Ågård"]
    assert refused.value.kinds == ["attendance", "signups"]
    assert _everything(db) == before
