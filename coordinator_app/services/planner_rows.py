"""Meetings as the year plan lists them (`MeetingRow`), and the helpers the planner use cases
share: a meeting or NotFound, marking it changed for calendars, members' current companies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import (
    MeetingInput,
)
from coordinator_app.services import meeting_state
from coordinator_app.services.errors import NotFound
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    Employment,
    Group,
    Meeting,
    Organisation,
)


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as the planner lists it."""

    id: int
    group_id: int
    group_name: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    theme: str
    status: MeetingStatus
    host_id: int | None
    host_name: str
    host_address: str
    notes: str
    agenda_items: int
    ical_uid: str
    ical_sequence: int

    @property
    def held(self) -> bool:
        """Whether the meeting took place (its status in reality, `services.meeting_state`)."""
        return self.status is MeetingStatus.HELD

    def as_input(self) -> MeetingInput:
        return MeetingInput(
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            theme=self.theme,
            host_id=self.host_id,
            status=self.status,
            notes=self.notes,
        )


def _meeting_rows(session: Session, *conditions: object) -> list[MeetingRow]:
    # Counted per meeting shown (through the meeting_id index), not over every agenda item of
    # the database and then joined: that took 25 ms on a database of 100,000 agenda items.
    count = (
        select(func.count(AgendaItem.id))
        .where(AgendaItem.meeting_id == Meeting.id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    query = (
        select(
            Meeting,
            Group.name,
            Organisation.name,
            Organisation.address,
            count,
            meeting_state.has_records(Meeting.id),
        )
        .join(Group, Group.id == Meeting.group_id)
        .outerjoin(Organisation, Organisation.id == Meeting.host_organisation_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    kept, at = meeting_state.kept_open(session), meeting_state.now()
    return [
        MeetingRow(
            id=m.id,
            group_id=m.group_id,
            group_name=group_name,
            date=m.date,
            start_time=m.start_time,
            end_time=m.end_time,
            theme=m.theme,
            status=meeting_state.status_of(
                m.id, m.date, m.end_time, m.status, records=bool(records), kept=kept, at=at
            ),
            host_id=m.host_organisation_id,
            host_name=host_name or "",
            host_address=host_address or "",
            notes=m.notes,
            agenda_items=int(n),
            ical_uid=m.ical_uid,
            ical_sequence=m.ical_sequence,
        )
        for m, group_name, host_name, host_address, n, records in session.execute(query)
    ]


def meetings(
    db: Database, *, group_id: int | None = None, year: int | None = None
) -> list[MeetingRow]:
    """The meetings of one group (or all groups), of one year (or all years), by date."""
    conditions = []
    if group_id is not None:
        conditions.append(Meeting.group_id == group_id)
    if year is not None:
        conditions.append(Meeting.date >= dt.date(year, 1, 1))
        conditions.append(Meeting.date < dt.date(year + 1, 1, 1))
    with db.reading() as session:
        return _meeting_rows(session, *conditions)


def meeting(db: Database, meeting_id: int) -> MeetingRow:
    with db.reading() as session:
        rows = _meeting_rows(session, Meeting.id == meeting_id)
    if not rows:
        raise NotFound(
            f"There is no meeting with id {meeting_id}.",
            code="meeting_unknown",
            values={"id": str(meeting_id)},
        )
    return rows[0]


def meeting_years(db: Database, group_id: int) -> list[int]:
    """The years in which the group has meetings, ascending."""
    with db.reading() as session:
        years = session.scalars(
            select(extract("year", Meeting.date)).where(Meeting.group_id == group_id).distinct()
        )
        return sorted(int(y) for y in years)


def _get_meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise NotFound("That meeting no longer exists.", code="meeting_missing")
    return row


def _changed(row: Meeting) -> None:
    """Mark the meeting as changed for calendars that imported it."""
    row.ical_sequence = (row.ical_sequence or 0) + 1
    row.updated_at = dt.datetime.now(dt.UTC)


def _companies(session: Session, person_ids: Sequence[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    query = (
        select(Employment.person_id, Organisation.name)
        .join(Organisation, Organisation.id == Employment.organisation_id)
        .where(Employment.person_id.in_(person_ids), Employment.ended_on.is_(None))
        .order_by(Employment.person_id, Employment.started_on.nulls_first(), Employment.id)
    )
    return {pid: name for pid, name in session.execute(query)}  # noqa: C416
