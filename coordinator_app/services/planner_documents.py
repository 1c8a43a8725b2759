"""The calendar documents of the year plan: a meeting as its iCalendar entry shows it, and a
group's year of them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.logistics import TourRequirements
from coordinator_app.domain.meetings import (
    PRACTICAL_FIELDS,
    AgendaLine,
    MeetingDocument,
    practical_label,
)
from coordinator_app.services.coordinators import coordinator_of
from coordinator_app.services.planner_agenda import agenda
from coordinator_app.services.planner_rows import meetings
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    HostVisit,
    Meeting,
)

# --- documents ----------------------------------------------------------------------------


def _coordinator(session: Session, group_id: int) -> tuple[str, str, str, str]:
    """The group's coordinator as (name, e-mail, phone, signature): the first coordinator entry,
    else the member whose role is coordinator (`coordinators.coordinator_of`); empty strings
    when there is none."""
    who = coordinator_of(session, group_id)
    return (who.name, who.email, who.phone, who.signature)


def _practical(visit: HostVisit | None, notes: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The practical information of a visit as (label, text) pairs in `lang`, in print order."""
    values: dict[str, str] = {"notes": notes}
    if visit is not None:
        values.update(
            directions=visit.directions,
            public_transport=visit.public_transport,
            parking=visit.parking,
            room=visit.room,
            av_equipment=visit.av_equipment,
            wifi=visit.wifi,
            catering_breakfast=visit.catering_breakfast,
            catering_lunch=visit.catering_lunch,
            catering_coffee=visit.catering_coffee,
            notes="\n".join(t for t in (visit.notes, notes) if t.strip()),
        )
    return tuple(
        (practical_label(name, lang), values[name].strip())
        for name in PRACTICAL_FIELDS
        if values.get(name, "").strip()
    )


def meeting_document(db: Database, meeting_id: int, lang: str = "da") -> MeetingDocument:
    """Everything the agenda PDF and the calendar entry of one meeting show, with the
    practical information labelled in `lang`."""
    plan = agenda(db, meeting_id)
    row = plan.meeting
    with db.reading() as session:
        updated_at = session.scalar(select(Meeting.updated_at).where(Meeting.id == meeting_id))
        coordinator = _coordinator(session, row.group_id)
        visit = session.scalar(select(HostVisit).where(HostVisit.meeting_id == meeting_id))
        practical = _practical(visit, row.notes, lang)
        host_address = (visit.address.strip() if visit else "") or row.host_address
        tour = (
            TourRequirements(
                id_required=visit.tour_requires_id,
                nda=visit.tour_requires_nda,
                safety_shoes=visit.tour_requires_safety_shoes,
                no_photos=visit.tour_no_photos,
                other=visit.tour_other_requirements.strip(),
            )
            if visit
            else TourRequirements()
        )
        guide = visit.tour_guide.strip() if visit else ""
        tour_minutes = visit.tour_minutes if visit else None
    return MeetingDocument(
        meeting_id=row.id,
        ical_uid=row.ical_uid,
        ical_sequence=row.ical_sequence,
        group_name=row.group_name,
        date=row.date,
        start_time=row.start_time,
        end_time=row.end_time,
        theme=row.theme,
        status=row.status,
        host_name=row.host_name,
        host_address=host_address,
        practical=practical,
        agenda=tuple(
            AgendaLine(
                start=item.start,
                end=item.end,
                duration_minutes=item.data.duration_minutes,
                title=item.data.title,
                kind=item.data.kind,
                speaker=item.data.speaker_name,
                speaker_organisation=item.data.speaker_organisation,
                notes=item.data.notes,
            )
            for item in plan.items
        ),
        notes=row.notes,
        updated_at=_as_utc(updated_at),
        coordinator_name=coordinator[0],
        coordinator_email=coordinator[1],
        coordinator_phone=coordinator[2],
        coordinator_signature=coordinator[3],
        tour_requirements=tour,
        tour_guide=guide,
        tour_minutes=tour_minutes,
    )


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones; both become aware UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def year_documents(
    db: Database, group_id: int, year: int, lang: str = "da"
) -> list[MeetingDocument]:
    """The calendar entries of a group's year plan."""
    return [meeting_document(db, m.id, lang) for m in meetings(db, group_id=group_id, year=year)]
