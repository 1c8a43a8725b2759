"""The invitations members answer from their calendar: who gets one, from whom, which version.

Each current member of the meeting's group with an e-mail address gets an invitation of their
own (`exchange/invitation_mail.py` writes it): the group's coordinator is its ORGANIZER and the
member its only ATTENDEE, so no member sees another's address. A cancelled meeting's
invitations are cancellations. The SEQUENCE is the meeting's `invitation_sequence`
(`services/calendar_sequence.py`): up by one for a new date, time, place or status only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.domain.validation import is_valid_email
from coordinator_app.services import planner
from coordinator_app.services.errors import NotFound, ServiceError
from coordinator_app.services.logistics_common import _current_member_ids
from coordinator_app.store.database import Database
from coordinator_app.store.models import Meeting, Person


@dataclass(frozen=True)
class Invitee:
    """A member who gets an invitation."""

    person_id: int
    name: str
    email: str


@dataclass(frozen=True)
class MeetingInvitations:
    """Everything the invitations (or cancellations) of one meeting are written from."""

    document: MeetingDocument
    sequence: int
    cancelled: bool
    organizer_name: str
    organizer_email: str
    invitees: tuple[Invitee, ...]
    # The members who get none: they have no e-mail address.
    without_address: tuple[str, ...] = ()


def invitation_sequence(db: Database, meeting_id: int) -> int:
    """The SEQUENCE the meeting's invitations carry now."""
    with db.reading() as session:
        value = session.scalar(select(Meeting.invitation_sequence).where(Meeting.id == meeting_id))
    if value is None:
        raise NotFound("That meeting no longer exists.", code="meeting_missing")
    return int(value)


def meeting_invitations(db: Database, meeting_id: int, lang: str = "da") -> MeetingInvitations:
    """The invitations of one meeting, the document in `lang`.

    Raises ServiceError "invitation_organizer_missing" when the group's coordinator has no
    (valid) e-mail address: an invitation without an ORGANIZER cannot be answered.
    """
    document = planner.meeting_document(db, meeting_id, lang)
    if not is_valid_email(document.coordinator_email.strip()):
        raise ServiceError(
            "The group's coordinator has no e-mail address, so the invitations could not say "
            "whom to answer: add it under File > Group > Coordinators.",
            code="invitation_organizer_missing",
        )
    with db.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound("That meeting no longer exists.", code="meeting_missing")
        sequence = meeting.invitation_sequence
        people = session.execute(
            select(Person.id, Person.name, Person.email).where(
                Person.id.in_(_current_member_ids(meeting.group_id))
            )
        ).all()
    people = sorted(people, key=lambda p: (sort_key(p[1], lang), p[0]))
    return MeetingInvitations(
        document=document,
        sequence=sequence,
        cancelled=document.status is MeetingStatus.CANCELLED,
        organizer_name=document.coordinator_name.strip(),
        organizer_email=document.coordinator_email.strip(),
        invitees=tuple(
            Invitee(pid, name, email.strip()) for pid, name, email in people if email.strip()
        ),
        without_address=tuple(name for _pid, name, email in people if not email.strip()),
    )


def year_invitations(
    db: Database, group_id: int, year: int, lang: str = "da", *, today: dt.date
) -> list[MeetingInvitations]:
    """The invitations of the group's coming meetings in `year` (from `today` on, not held),
    in date order; a cancelled meeting's are cancellations."""
    rows = planner.meetings(db, group_id=group_id, year=year)
    return [
        meeting_invitations(db, row.id, lang)
        for row in rows
        if row.date >= today and row.status is not MeetingStatus.HELD
    ]
