"""`coordinator-app members delete EMAIL [--group NAME] --yes`: a member entered by mistake goes;
one with a history in the group is refused in one line (issue #15, item 12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.domain.enums import AttendanceStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run


@pytest.fixture
def two_groups(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        drift = groups.create_group(db, "IT Drift")
        ledelse = groups.create_group(db, "Ledelse")
        for name, email in (("Mette Hol", "mette@x.dk"), ("Ida Berg", "ida@x.dk")):
            roster.add_member(
                db, drift, PersonInput(name=name, email=email), JobInput("LEGO", "CISO")
            )
        ida = roster.find_people_by_email(db, ["ida@x.dk"])["ida@x.dk"]
        roster.join_group(db, ledelse, ida)
        bo = roster.add_member(db, drift, PersonInput(name="Bo Berg", email="bo@x.dk"))
        meeting = planner.create_meeting(db, drift, MeetingInput(dt.date(2026, 3, 3)))
        minutes.set_attendance(db, meeting, bo, AttendanceStatus.PRESENT)
    finally:
        db.close()
    return db_path


def _members(db_path: Path, group: str) -> list[str]:
    db = open_database(db_path)
    try:
        gid = groups.find_group(db, group)
        return sorted(r.name for r in roster.roster(db, gid))
    finally:
        db.close()


def test_delete_needs_yes(capsys, two_groups: Path) -> None:
    code, _out, err = run(capsys, two_groups, "members", "delete", "mette@x.dk")
    assert code == 2
    assert "--yes" in err
    assert "Mette Hol" in _members(two_groups, "IT Drift")


def test_a_member_entered_by_mistake_is_deleted(capsys, two_groups: Path) -> None:
    code, out, err = run(capsys, two_groups, "members", "delete", "mette@x.dk", "--yes")
    assert code == 0, err
    assert "Deleted Mette Hol" in out
    assert _members(two_groups, "IT Drift") == ["Bo Berg", "Ida Berg"]


def test_a_member_of_two_groups_needs_the_group(capsys, two_groups: Path) -> None:
    code, _out, err = run(capsys, two_groups, "members", "delete", "ida@x.dk", "--yes")
    assert code == 1
    assert_one_line_error(err)
    assert "--group" in err
    code, out, err = run(
        capsys, two_groups, "members", "delete", "ida@x.dk", "--group", "Ledelse", "--yes"
    )
    assert code == 0, err
    assert "from “Ledelse”" in out and "stay in their other groups" in out
    assert _members(two_groups, "Ledelse") == []
    assert "Ida Berg" in _members(two_groups, "IT Drift")


def test_a_member_with_attendance_is_refused(capsys, two_groups: Path) -> None:
    code, _out, err = run(capsys, two_groups, "members", "delete", "bo@x.dk", "--yes")
    assert code == 1
    assert_one_line_error(err)
    assert "attendance" in err and "members edit" not in err
    assert "person erase" in err
    assert "Bo Berg" in _members(two_groups, "IT Drift")
