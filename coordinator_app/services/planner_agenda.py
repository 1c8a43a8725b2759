"""A meeting's agenda: its items with the time slots that follow from them. Every change
raises the meeting's iCalendar SEQUENCE.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import AgendaKind
from coordinator_app.domain.meetings import (
    AgendaItemInput,
    Slot,
    overrun_minutes,
    schedule,
    validate_agenda_item,
)
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.planner_rows import (
    MeetingRow,
    _changed,
    _companies,
    _get_meeting,
    meeting,
)
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    Person,
)


@dataclass(frozen=True)
class AgendaRow:
    """One agenda item with the time slot that follows from the items before it."""

    id: int
    position: int
    slot: Slot
    data: AgendaItemInput
    speaker_display: str

    @property
    def start(self) -> dt.time:
        return self.slot.start

    @property
    def end(self) -> dt.time:
        return self.slot.end


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingRow
    items: list[AgendaRow]
    overrun_minutes: int

    @property
    def ends_at(self) -> dt.time:
        return self.items[-1].end if self.items else self.meeting.start_time


# --- agenda -------------------------------------------------------------------------------


def _item_input(item: AgendaItem) -> AgendaItemInput:
    return AgendaItemInput(
        title=item.title,
        kind=item.kind,
        duration_minutes=item.duration_minutes,
        speaker_id=item.speaker_person_id,
        speaker_name=item.speaker_name,
        speaker_organisation=item.speaker_organisation,
        notes=item.notes,
    )


def _new_item(
    meeting_id: int, position: int, data: AgendaItemInput, item_id: int | None = None
) -> AgendaItem:
    item = AgendaItem(meeting_id=meeting_id, position=position)
    if item_id is not None:
        item.id = item_id
    _set_item(item, data)
    return item


def _set_item(item: AgendaItem, data: AgendaItemInput) -> None:
    item.title = data.title.strip()
    item.kind = data.kind
    item.duration_minutes = data.duration_minutes
    item.speaker_person_id = data.speaker_id
    # A member speaker's name and company come from the roster, so they are not stored twice.
    item.speaker_name = "" if data.speaker_id is not None else data.speaker_name.strip()
    item.speaker_organisation = (
        "" if data.speaker_id is not None else data.speaker_organisation.strip()
    )
    item.notes = data.notes.strip()


def _check_item(session: Session, data: AgendaItemInput) -> None:
    errors = validate_agenda_item(data)
    if errors:
        raise ValidationFailed(errors)
    if data.speaker_id is not None and session.get(Person, data.speaker_id) is None:
        raise NotFound("That speaker is no longer in the roster.", code="speaker_missing")


def agenda(db: Database, meeting_id: int) -> Agenda:
    """A meeting's agenda with each item's start and end."""
    row = meeting(db, meeting_id)
    with db.reading() as session:
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        speaker_ids = [i.speaker_person_id for i in items if i.speaker_person_id is not None]
        names = (
            {  # noqa: C416 - rows are not (key, value) pairs to dict() in SQLAlchemy's types
                pid: name
                for pid, name in session.execute(
                    select(Person.id, Person.name).where(Person.id.in_(speaker_ids))
                )
            }
            if speaker_ids
            else {}
        )
        companies = _companies(session, speaker_ids)
    durations = [i.duration_minutes for i in items]
    slots = schedule(row.start_time, durations)
    rows: list[AgendaRow] = []
    for position, (item, slot) in enumerate(zip(items, slots, strict=True)):
        data = _item_input(item)
        if item.speaker_person_id is not None:
            data = replace(
                data,
                speaker_name=names.get(item.speaker_person_id, ""),
                speaker_organisation=companies.get(item.speaker_person_id, ""),
            )
        display = ", ".join(p for p in (data.speaker_name, data.speaker_organisation) if p)
        rows.append(AgendaRow(item.id, position, slot, data, display))
    return Agenda(row, rows, overrun_minutes(row.start_time, row.end_time, durations))


def _renumber(session: Session, meeting_id: int, order: list[int]) -> None:
    for position, item_id in enumerate(order):
        session.execute(
            update(AgendaItem)
            .where(AgendaItem.id == item_id, AgendaItem.meeting_id == meeting_id)
            .values(position=position)
        )


def _order(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def add_agenda_item(
    db: Database,
    meeting_id: int,
    data: AgendaItemInput,
    *,
    position: int | None = None,
    item_id: int | None = None,
) -> int:
    """Insert an item at `position` (default: at the end); `item_id` re-creates one (redo)."""
    with db.session() as session:
        row = _get_meeting(session, meeting_id)
        _check_item(session, data)
        order = _order(session, meeting_id)
        at = len(order) if position is None else max(0, min(position, len(order)))
        item = _new_item(meeting_id, at, data, item_id)
        session.add(item)
        session.flush()
        order.insert(at, item.id)
        _renumber(session, meeting_id, order)
        _changed(row)
        return item.id


def update_agenda_item(db: Database, item_id: int, data: AgendaItemInput) -> AgendaItemInput:
    """Save an item's fields; returns what they were (for undo)."""
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound("That agenda item no longer exists.", code="agenda_item_missing")
        _check_item(session, data)
        before = _item_input(item)
        _set_item(item, data)
        if _item_input(item) != before:
            _changed(_get_meeting(session, item.meeting_id))
        return before


def remove_agenda_item(db: Database, item_id: int) -> tuple[int, int, AgendaItemInput]:
    """Delete an item; returns (meeting id, position, fields) so that undo can put it back."""
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound("That agenda item no longer exists.", code="agenda_item_missing")
        meeting_id = item.meeting_id
        order = _order(session, meeting_id)
        position = order.index(item_id)
        before = _item_input(item)
        session.execute(delete(AgendaItem).where(AgendaItem.id == item_id))
        order.remove(item_id)
        _renumber(session, meeting_id, order)
        _changed(_get_meeting(session, meeting_id))
        return meeting_id, position, before


def move_agenda_item(db: Database, item_id: int, position: int) -> int:
    """Move an item to `position` (0 = first); returns its old position."""
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound("That agenda item no longer exists.", code="agenda_item_missing")
        order = _order(session, item.meeting_id)
        old = order.index(item_id)
        order.remove(item_id)
        new = max(0, min(position, len(order)))
        order.insert(new, item_id)
        if new != old:
            _renumber(session, item.meeting_id, order)
            _changed(_get_meeting(session, item.meeting_id))
        return old


def agenda_kinds() -> list[AgendaKind]:
    """The kinds an agenda item can have, in the order a day usually runs."""
    return list(AgendaKind)
