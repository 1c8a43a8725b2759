"""The invitations' SEQUENCE: up by exactly one for each change an attendee must answer again.

The year plan's `ical_sequence` rises with every change of a meeting or its agenda; the
invitations' SEQUENCE (`invitation_sequence`, migration 0006) only for a new date, new times,
a new place (host or visit address) or a new status as a calendar shows it (RFC 5546 2.1.4).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator_app.domain.coordinators import CoordinatorInput
from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import coordinators, groups, invitations, logistics, planner, roster
from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import Database

DAY = dt.date(2027, 3, 9)


@pytest.fixture
def group_id(db: Database) -> int:
    return groups.create_group(db, "IT Drift")


@pytest.fixture
def meeting_id(db: Database, group_id: int) -> int:
    host = planner.host_for_name(db, "Fjordbanken A/S")
    return planner.create_meeting(db, group_id, MeetingInput(DAY, theme="NIS2", host_id=host))


def _sequences(db: Database, meeting_id: int) -> tuple[int, int]:
    return planner.meeting(db, meeting_id).ical_sequence, invitations.invitation_sequence(
        db, meeting_id
    )


def _update(db: Database, meeting_id: int, **changes: object) -> None:
    data = planner.meeting(db, meeting_id).as_input()
    planner.update_meeting(db, meeting_id, dataclasses.replace(data, **changes))  # type: ignore[arg-type]


def test_a_new_meeting_starts_at_zero(db: Database, meeting_id: int) -> None:
    assert _sequences(db, meeting_id) == (0, 0)


def test_moving_the_date_raises_it_by_one(db: Database, meeting_id: int) -> None:
    planner.move_meeting(db, meeting_id, DAY + dt.timedelta(days=7))
    assert _sequences(db, meeting_id) == (1, 1)


@pytest.mark.parametrize(
    "changes",
    [
        {"start_time": dt.time(10, 0)},
        {"end_time": dt.time(15, 0)},
        {"status": MeetingStatus.CONFIRMED},
        {"status": MeetingStatus.CANCELLED},
    ],
    ids=["start", "end", "confirmed", "cancelled"],
)
def test_times_and_status_raise_it_by_one(
    db: Database, meeting_id: int, changes: dict[str, object]
) -> None:
    _update(db, meeting_id, **changes)
    assert invitations.invitation_sequence(db, meeting_id) == 1


def test_a_new_host_raises_it_by_one(db: Database, meeting_id: int) -> None:
    other = planner.host_for_name(db, "Nordlys Energi")
    _update(db, meeting_id, host_id=other)
    assert invitations.invitation_sequence(db, meeting_id) == 1


def test_the_agenda_theme_and_notes_leave_it(db: Database, meeting_id: int) -> None:
    item = planner.add_agenda_item(db, meeting_id, AgendaItemInput("Oplæg", AgendaKind.TALK, 45))
    planner.update_agenda_item(db, item, AgendaItemInput("Oplæg om NIS2", AgendaKind.TALK, 60))
    planner.move_agenda_item(db, item, 0)
    planner.remove_agenda_item(db, item)
    _update(db, meeting_id, theme="NIS2 i praksis", notes="Husk navneskilte")
    ical, invitation = _sequences(db, meeting_id)
    assert ical == 5
    assert invitation == 0


def test_confirmed_to_held_is_no_change_for_a_calendar(db: Database, meeting_id: int) -> None:
    _update(db, meeting_id, status=MeetingStatus.CONFIRMED)
    _update(db, meeting_id, status=MeetingStatus.HELD)
    assert invitations.invitation_sequence(db, meeting_id) == 1


def test_the_visit_address_raises_it_and_the_parking_does_not(
    db: Database, meeting_id: int
) -> None:
    visit = logistics.visit(db, meeting_id)
    logistics.save_visit(db, meeting_id, dataclasses.replace(visit, parking="P-kælderen"))
    assert invitations.invitation_sequence(db, meeting_id) == 0
    visit = logistics.visit(db, meeting_id)
    logistics.save_visit(db, meeting_id, dataclasses.replace(visit, address="Strandvejen 112"))
    assert invitations.invitation_sequence(db, meeting_id) == 1
    # Typed again as it was: the same place, the same invitation.
    logistics.save_visit(db, meeting_id, dataclasses.replace(visit, address=" Strandvejen  112"))
    assert invitations.invitation_sequence(db, meeting_id) == 1


def test_undoing_a_move_is_another_change(db: Database, meeting_id: int) -> None:
    old = planner.move_meeting(db, meeting_id, DAY + dt.timedelta(days=7))
    planner.move_meeting(db, meeting_id, old)
    assert invitations.invitation_sequence(db, meeting_id) == 2


def test_a_deleted_meeting_comes_back_with_its_sequence(db: Database, meeting_id: int) -> None:
    planner.move_meeting(db, meeting_id, DAY + dt.timedelta(days=7))
    snapshot = planner.delete_meeting(db, meeting_id)
    planner.restore_meeting(db, snapshot)
    assert invitations.invitation_sequence(db, meeting_id) == 1


def _member(db: Database, group_id: int, name: str, email: str) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name, email=email),
        JobInput("Fjordbanken A/S", "IT-chef", started_on=dt.date(2015, 1, 1)),
        joined_on=dt.date(2020, 1, 1),
    )


def test_the_invitations_of_a_meeting(db: Database, group_id: int, meeting_id: int) -> None:
    coordinators.set_coordinator(
        db, group_id, CoordinatorInput("Søren Østergaard", "soeren@example.dk", "", "")
    )
    _member(db, group_id, "Birgitte Ærø", "Birgitte@Example.dk ")
    _member(db, group_id, "Anders And", "anders@example.dk")
    _member(db, group_id, "Uden Adresse", "")
    planner.move_meeting(db, meeting_id, DAY + dt.timedelta(days=7))
    result = invitations.meeting_invitations(db, meeting_id, "da")
    assert (result.sequence, result.cancelled) == (1, False)
    assert (result.organizer_name, result.organizer_email) == (
        "Søren Østergaard",
        "soeren@example.dk",
    )
    assert [(i.name, i.email) for i in result.invitees] == [
        ("Anders And", "anders@example.dk"),
        ("Birgitte Ærø", "Birgitte@Example.dk"),
    ]
    assert result.without_address == ("Uden Adresse",)
    assert result.document.date == DAY + dt.timedelta(days=7)
    planner.set_status(db, meeting_id, MeetingStatus.CANCELLED)
    cancelled = invitations.meeting_invitations(db, meeting_id, "da")
    assert (cancelled.sequence, cancelled.cancelled) == (2, True)


def test_no_invitation_without_the_coordinators_address(db: Database, meeting_id: int) -> None:
    with pytest.raises(ServiceError) as caught:
        invitations.meeting_invitations(db, meeting_id, "da")
    assert caught.value.code == "invitation_organizer_missing"


def test_the_years_invitations_are_the_coming_meetings(db: Database, group_id: int) -> None:
    coordinators.set_coordinator(
        db, group_id, CoordinatorInput("Søren Østergaard", "soeren@example.dk", "", "")
    )
    past = planner.create_meeting(db, group_id, MeetingInput(dt.date(2027, 1, 12)))
    coming = planner.create_meeting(db, group_id, MeetingInput(dt.date(2027, 6, 8)))
    cancelled = planner.create_meeting(
        db, group_id, MeetingInput(dt.date(2027, 9, 7), status=MeetingStatus.CANCELLED)
    )
    planner.create_meeting(db, group_id, MeetingInput(dt.date(2028, 3, 7)))
    result = invitations.year_invitations(db, group_id, 2027, "da", today=dt.date(2027, 3, 1))
    assert [(r.document.meeting_id, r.cancelled) for r in result] == [
        (coming, False),
        (cancelled, True),
    ]
    assert past not in [r.document.meeting_id for r in result]
