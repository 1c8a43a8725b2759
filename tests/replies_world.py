"""The group whose members answer the invitations in tests/data/replies/: made through the
services, with the meetings' UIDs set to the ones the reply files carry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update

from coordinator_app.domain.coordinators import CoordinatorInput
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import coordinators, groups, logistics, planner, roster
from coordinator_app.store.database import Database
from coordinator_app.store.models import Meeting
from tests.conftest import DATA_DIR

REPLIES = DATA_DIR / "replies"
MARCH_UID = "4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app"
JUNE_UID = "9d1f2e3c-5a6b-4c7d-8e9f-0a1b2c3d4e5f@coordinator-app"
SEPTEMBER_UID = "c0ffee00-1111-4222-8333-944455556666@coordinator-app"

#: The files in the shapes of the four programs, every one a reply the app applies.
CLIENT_REPLIES = (
    "outlook_accepted.eml",
    "gmail_accepted_comment.eml",
    "thunderbird_declined.eml",
    "apple_tentative.eml",
    "forwarded_outlook_tentative.eml",
    "thunderbird_saved_reply.ics",
)


@dataclass(frozen=True)
class ReplyWorld:
    group_id: int
    march: int
    june: int
    september: int  # cancelled
    anna: int
    bo: int
    carl: int
    dorte: int
    erik: int
    frida: int
    outsider: int  # not in the group, with an address a reply could come from


def _member(db: Database, group_id: int | None, name: str, email: str, company: str) -> int:
    person = PersonInput(name=name, email=email)
    job = JobInput(company, "IT-chef", started_on=dt.date(2015, 1, 1))
    return roster.add_member(db, group_id, person, job, joined_on=dt.date(2020, 1, 1))


def _set_uid(db: Database, meeting_id: int, uid: str) -> None:
    with db.session() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(ical_uid=uid))


def make_world(db: Database) -> ReplyWorld:
    group_id = groups.create_group(db, "IT Drift")
    coordinators.set_coordinator(
        db, group_id, CoordinatorInput("Søren Østergaard", "soeren@example.dk", "", "")
    )
    anna = _member(db, group_id, "Anna Jensen", "ANNA.Jensen@Fjordbanken.dk", "Fjordbanken A/S")
    bo = _member(db, group_id, "Bo Nielsen", "bo.nielsen@gmail.com", "Nordlys Energi")
    carl = _member(db, group_id, "Carl Holm", "carl.holm@privat.dk", "Nordlys Energi")
    dorte = _member(db, group_id, "Dorte Vang", "dorte.vang@mail.dk", "Vang Consult")
    erik = _member(db, group_id, "Erik Lund", "erik.lund@havn.dk", "Aarhus Havn")
    frida = _member(db, group_id, "Frida Møller", "frida.moller@example.dk", "Møller IT")
    outsider = _member(db, None, "Ole Udenfor", "ole@example.dk", "Andet Firma")
    host = planner.host_for_name(db, "Fjordbanken A/S")
    march = planner.create_meeting(
        db, group_id, MeetingInput(dt.date(2027, 3, 9), theme="NIS2 i praksis", host_id=host)
    )
    june = planner.create_meeting(
        db, group_id, MeetingInput(dt.date(2027, 6, 8), theme="Cloud-strategi")
    )
    september = planner.create_meeting(
        db,
        group_id,
        MeetingInput(dt.date(2027, 9, 7), theme="AI", status=MeetingStatus.CANCELLED),
    )
    for meeting_id, uid in ((march, MARCH_UID), (june, JUNE_UID), (september, SEPTEMBER_UID)):
        _set_uid(db, meeting_id, uid)
    # Carl's work address is known only as the June visit's contact at his company.
    logistics.save_visit(
        db,
        june,
        VisitInput(
            contact_person_id=carl, contact_name="Carl Holm", contact_email="Carl.Holm@nordlys.dk"
        ),
    )
    return ReplyWorld(
        group_id, march, june, september, anna, bo, carl, dorte, erik, frida, outsider
    )
