"""Where a meeting stands against today: held once its day has passed with attendance or minutes
(every list, document and count agrees), and the year the plan opens on."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace

import pytest

from coordinator_app.domain.enums import AttendanceStatus, MeetingStatus
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.exchange.report_pdf import annual_report_pdf_bytes
from coordinator_app.services import groups, meeting_state, minutes, planner, roster
from coordinator_app.services.minutes import EntryInput
from coordinator_app.store.database import Database

TODAY = dt.date.today()
PAST = TODAY - dt.timedelta(days=30)
FUTURE = TODAY + dt.timedelta(days=30)
CONFIRMED, HELD = MeetingStatus.CONFIRMED, MeetingStatus.HELD


@pytest.fixture
def group_id(db: Database) -> int:
    return groups.create_group(db, "IT Drift")


def _member(db: Database, group_id: int, name: str) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name),
        JobInput("Fjordbanken A/S"),
        joined_on=dt.date(2000, 1, 1),
    )


def _meeting(db: Database, group_id: int, date: dt.date, status: MeetingStatus = CONFIRMED) -> int:
    data = MeetingInput(date, status=status, theme="AI i driften")
    return planner.create_meeting(db, group_id, data, template=AgendaTemplate(()))


def _status(db: Database, meeting_id: int) -> tuple[MeetingStatus, bool]:
    row = planner.meeting(db, meeting_id)
    return row.status, row.held


def test_a_meeting_is_held_once_its_day_has_passed_with_attendance(
    db: Database, group_id: int
) -> None:
    mette = _member(db, group_id, "Mette Kjær")
    past = _meeting(db, group_id, PAST)
    coming = _meeting(db, group_id, FUTURE)
    assert _status(db, past) == (CONFIRMED, False)
    # Sign-ups taken over as attendance before the day do not make the coming one held.
    for meeting_id in (past, coming):
        minutes.set_attendance(db, meeting_id, mette, AttendanceStatus.PRESENT)
    assert _status(db, past) == (HELD, True)
    assert _status(db, coming) == (CONFIRMED, False)
    # Every list agrees: the year plan, the meeting's document (calendar, agenda).
    assert [r.status for r in planner.meetings(db, group_id=group_id)] == [HELD, CONFIRMED]
    assert planner.meeting_document(db, past).status is HELD
    # Undone attendance: the meeting is no longer held.
    minutes.set_attendance(db, past, mette, None)
    assert _status(db, past) == (CONFIRMED, False)


def test_minutes_alone_make_a_meeting_held_but_absence_does_not(
    db: Database, group_id: int
) -> None:
    mette = _member(db, group_id, "Mette Kjær")
    by_absence = _meeting(db, group_id, PAST)
    minutes.set_attendance(db, by_absence, mette, AttendanceStatus.EXCUSED)
    assert _status(db, by_absence) == (CONFIRMED, False)  # nobody came
    minutes.add_decision(db, by_absence, "Næste møde holdes i Esbjerg.")
    assert _status(db, by_absence) == (HELD, True)
    by_round_table = _meeting(db, group_id, PAST - dt.timedelta(days=60), MeetingStatus.PLANNED)
    minutes.add_entry(db, by_round_table, mette, EntryInput("Vi flytter til skyen."))
    assert _status(db, by_round_table) == (HELD, True)
    by_theme = _meeting(db, group_id, PAST - dt.timedelta(days=120))
    minutes.add_theme(db, by_theme, "Platform engineering")
    assert _status(db, by_theme) == (HELD, True)


def test_a_cancelled_meeting_is_never_held(db: Database, group_id: int) -> None:
    mette = _member(db, group_id, "Mette Kjær")
    cancelled = _meeting(db, group_id, PAST, MeetingStatus.CANCELLED)
    minutes.set_attendance(db, cancelled, mette, AttendanceStatus.PRESENT)
    assert _status(db, cancelled) == (MeetingStatus.CANCELLED, False)


def test_the_coordinator_can_set_a_held_meeting_back_to_confirmed(
    db: Database, group_id: int
) -> None:
    mette = _member(db, group_id, "Mette Kjær")
    meeting_id = _meeting(db, group_id, PAST)
    minutes.set_attendance(db, meeting_id, mette, AttendanceStatus.PRESENT)
    assert planner.set_status(db, meeting_id, CONFIRMED) is HELD
    assert _status(db, meeting_id) == (CONFIRMED, False)
    # The choice stands when more minutes are written.
    minutes.add_decision(db, meeting_id, "Vi mødes igen i juni.")
    assert _status(db, meeting_id) == (CONFIRMED, False)
    assert planner.set_status(db, meeting_id, HELD) is CONFIRMED
    assert _status(db, meeting_id) == (HELD, True)

    # Undo of "not held" (the meeting form's save returns what undo puts back) is held again.
    row = planner.meeting(db, meeting_id)
    before = planner.update_meeting(db, meeting_id, replace(row.as_input(), status=CONFIRMED))
    assert before.status is HELD and _status(db, meeting_id) == (CONFIRMED, False)
    planner.update_meeting(db, meeting_id, before)
    assert _status(db, meeting_id) == (HELD, True)

    # Editing the theme of a held meeting, and undoing that, leaves it held.
    row = planner.meeting(db, meeting_id)
    before = planner.update_meeting(db, meeting_id, replace(row.as_input(), theme="NIS2"))
    assert _status(db, meeting_id) == (HELD, True)
    planner.update_meeting(db, meeting_id, before)
    assert _status(db, meeting_id) == (HELD, True)
    assert planner.meeting(db, meeting_id).theme == "AI i driften"


def test_the_annual_report_counts_the_held_meetings_as_its_member_table(
    db: Database, group_id: int
) -> None:
    year = TODAY.year - 1
    people = [_member(db, group_id, name) for name in ("Mette Kjær", "Łukasz Żółć", "Åse Bæk")]
    march = _meeting(db, group_id, dt.date(year, 3, 9))
    june = _meeting(db, group_id, dt.date(year, 6, 8))
    september = _meeting(db, group_id, dt.date(year, 9, 14), MeetingStatus.CANCELLED)
    _meeting(db, group_id, dt.date(year, 11, 30))  # nothing recorded: not held
    for meeting_id, came in ((march, people), (june, people[:2]), (september, people)):
        for person_id in people:
            status = AttendanceStatus.PRESENT if person_id in came else AttendanceStatus.ABSENT
            minutes.set_attendance(db, meeting_id, person_id, status)
    report = minutes.annual_report(db, group_id, year)
    assert [m.status for m in report.meetings] == ["held", "held", "cancelled", "confirmed"]
    assert [m.meetings for m in report.members] == [2, 2, 2]
    assert sorted(m.present for m in report.members) == [1, 2, 2]
    if shutil.which("pdftotext") is None:
        return
    pdf = annual_report_pdf_bytes(report, lang="da", printed_on=TODAY)
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "4 møder · 2 afholdt · 2,5 deltagere i snit" in " ".join(text.split())
    # Set back to confirmed, June no longer counts, in the summary nor in the members' table.
    planner.set_status(db, june, CONFIRMED)
    report = minutes.annual_report(db, group_id, year)
    assert [m.status for m in report.meetings][:2] == ["held", "confirmed"]
    assert [m.meetings for m in report.members] == [1, 1, 1]


@pytest.mark.parametrize(
    ("dates", "opens_on"),
    [
        # December: this year's meetings are over, the next four are next year.
        ([dt.date(2026, 3, 10), dt.date(2027, 3, 9), dt.date(2027, 6, 8)], 2027),
        # A meeting still to come this year.
        ([dt.date(2026, 12, 15), dt.date(2027, 3, 9)], 2026),
        # Nothing coming: the current year.
        ([dt.date(2025, 3, 11), dt.date(2026, 3, 10)], 2026),
        ([], 2026),
        # The meeting of today is still coming.
        ([dt.date(2026, 12, 4), dt.date(2027, 3, 9)], 2026),
    ],
)
def test_the_year_plan_opens_on_the_year_of_the_next_meeting(
    db: Database, group_id: int, dates: list[dt.date], opens_on: int
) -> None:
    for date in dates:
        _meeting(db, group_id, date)
    assert meeting_state.opening_year(db, group_id, dt.date(2026, 12, 4)) == opens_on


def test_a_cancelled_meeting_or_another_groups_does_not_move_the_year(
    db: Database, group_id: int
) -> None:
    other = groups.create_group(db, "Andet")
    _meeting(db, group_id, dt.date(2027, 3, 9), MeetingStatus.CANCELLED)
    _meeting(db, other, dt.date(2027, 3, 9))
    assert meeting_state.opening_year(db, group_id, dt.date(2026, 12, 4)) == 2026
    assert meeting_state.opening_year(db, other, dt.date(2026, 12, 4)) == 2027
