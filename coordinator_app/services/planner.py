"""The year plan: meetings of a group, their agendas, and proposals for next year's dates.

Every change to a meeting or its agenda raises the meeting's iCalendar SEQUENCE, so that a
calendar that imported an earlier export takes the new version.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, exists, extract, func, select, update
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import AgendaKind, MeetingStatus, Role
from coordinator_app.domain.meetings import (
    PRACTICAL_FIELDS,
    AgendaItemInput,
    AgendaLine,
    AgendaTemplate,
    MeetingDocument,
    MeetingInput,
    Slot,
    overrun_minutes,
    practical_label,
    schedule,
    validate_agenda_item,
    validate_meeting,
)
from coordinator_app.domain.planning import (
    DateWarning,
    HolidayRules,
    Proposal,
    date_warnings,
    suggest_dates,
)
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.services.roster import organisation_for
from coordinator_app.services.settings import (
    agenda_template,
    holiday_rules,
    read_checklist_template,
)
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    ChecklistItem,
    Decision,
    Employment,
    Group,
    HostVisit,
    Meeting,
    Membership,
    Organisation,
    Person,
    RoundTableEntry,
    SignUp,
    ThemeProposal,
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


@dataclass(frozen=True)
class HostChoice:
    id: int
    name: str
    address: str


@dataclass(frozen=True)
class SpeakerChoice:
    """A member who can speak, with their current company."""

    person_id: int
    name: str
    organisation: str


@dataclass(frozen=True)
class ChecklistSnapshot:
    """A deleted meeting's checklist task, with its id so that later commands still apply."""

    item_id: int
    position: int
    title: str
    offset_days: int
    done_on: dt.date | None


@dataclass(frozen=True)
class MeetingSnapshot:
    """A deleted meeting with its agenda and checklist, enough to put it back (undo)."""

    meeting_id: int
    group_id: int
    data: MeetingInput
    ical_uid: str
    ical_sequence: int
    agenda: tuple[tuple[int, AgendaItemInput], ...]
    checklist: tuple[ChecklistSnapshot, ...] = ()


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
        )
        .join(Group, Group.id == Meeting.group_id)
        .outerjoin(Organisation, Organisation.id == Meeting.host_organisation_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    return [
        MeetingRow(
            id=m.id,
            group_id=m.group_id,
            group_name=group_name,
            date=m.date,
            start_time=m.start_time,
            end_time=m.end_time,
            theme=m.theme,
            status=m.status,
            host_id=m.host_organisation_id,
            host_name=host_name or "",
            host_address=host_address or "",
            notes=m.notes,
            agenda_items=int(n),
            ical_uid=m.ical_uid,
            ical_sequence=m.ical_sequence,
        )
        for m, group_name, host_name, host_address, n in session.execute(query)
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
        raise NotFound(f"There is no meeting with id {meeting_id}.")
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
        raise NotFound("That meeting no longer exists.")
    return row


def _changed(row: Meeting) -> None:
    """Mark the meeting as changed for calendars that imported it."""
    row.ical_sequence = (row.ical_sequence or 0) + 1
    row.updated_at = dt.datetime.now(dt.UTC)


def _check_meeting(session: Session, data: MeetingInput) -> MeetingInput:
    errors = validate_meeting(data)
    if errors:
        raise ValidationFailed(errors)
    if data.host_id is not None and session.get(Organisation, data.host_id) is None:
        raise NotFound("That host company no longer exists.")
    return replace(data, theme=" ".join(data.theme.split()), notes=data.notes.strip())


def _apply(row: Meeting, data: MeetingInput) -> None:
    row.date = data.date
    row.start_time = data.start_time
    row.end_time = data.end_time
    row.theme = data.theme
    row.host_organisation_id = data.host_id
    row.status = data.status
    row.notes = data.notes


def new_ical_uid() -> str:
    return f"{uuid.uuid4()}@coordinator-app"


def create_meeting(
    db: Database,
    group_id: int,
    data: MeetingInput,
    *,
    template: AgendaTemplate | None = None,
    lang: str = "da",
    meeting_id: int | None = None,
) -> int:
    """Add a meeting with an agenda from `template` (default: the stored agenda template) and
    the checklist of the stored checklist template, in `lang` until templates are saved.

    `meeting_id` re-creates a meeting under the id it had (redo after undo).
    """
    if template is None:
        template = agenda_template(db, lang)
    with db.session() as session:
        if session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.")
        data = _check_meeting(session, data)
        row = Meeting(group_id=group_id, ical_uid=new_ical_uid(), ical_sequence=0)
        if meeting_id is not None:
            row.id = meeting_id
        _apply(row, data)
        session.add(row)
        session.flush()
        for position, item in enumerate(template.items):
            session.add(
                AgendaItem(
                    meeting_id=row.id,
                    position=position,
                    title=item.title,
                    kind=item.kind,
                    duration_minutes=item.duration_minutes,
                )
            )
        for position, task in enumerate(read_checklist_template(session, lang).items):
            session.add(
                ChecklistItem(
                    meeting_id=row.id,
                    position=position,
                    title=task.title,
                    offset_days=task.offset_days,
                )
            )
        return row.id


def update_meeting(db: Database, meeting_id: int, data: MeetingInput) -> MeetingInput:
    """Save a meeting's fields; returns what they were (for undo)."""
    with db.session() as session:
        row = _get_meeting(session, meeting_id)
        data = _check_meeting(session, data)
        before = MeetingInput(
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            theme=row.theme,
            host_id=row.host_organisation_id,
            status=row.status,
            notes=row.notes,
        )
        if before != data:
            _apply(row, data)
            _changed(row)
        return before


def move_meeting(db: Database, meeting_id: int, date: dt.date) -> dt.date:
    """Move a meeting to another day (same times); returns the old date."""
    current = meeting(db, meeting_id)
    update_meeting(db, meeting_id, replace(current.as_input(), date=date))
    return current.date


def set_status(db: Database, meeting_id: int, status: MeetingStatus) -> MeetingStatus:
    """Set a meeting's status (cancel = CANCELLED); returns the old status."""
    current = meeting(db, meeting_id)
    update_meeting(db, meeting_id, replace(current.as_input(), status=status))
    return current.status


def _has_records(session: Session, meeting_id: int) -> bool:
    # The checklist is not among them: every meeting gets one, and deleting keeps it for undo.
    tables = (SignUp, Attendance, RoundTableEntry, Decision, ActionItem, ThemeProposal, HostVisit)
    for table in tables:
        if session.scalar(select(exists().where(table.meeting_id == meeting_id))):
            return True
    return False


def delete_meeting(db: Database, meeting_id: int) -> MeetingSnapshot:
    """Delete a meeting entered by mistake, with its agenda and checklist; returns what undo
    needs.

    A meeting with sign-ups, attendance or minutes is refused: cancel it instead, so that
    nothing anyone recorded is lost.
    """
    with db.session() as session:
        row = _get_meeting(session, meeting_id)
        if _has_records(session, meeting_id):
            raise ServiceError(
                "This meeting has logistics, sign-ups, attendance or minutes; "
                "cancel it instead of deleting it."
            )
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        tasks = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.meeting_id == meeting_id)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        ).all()
        snapshot = MeetingSnapshot(
            meeting_id=row.id,
            group_id=row.group_id,
            data=MeetingInput(
                row.date,
                row.start_time,
                row.end_time,
                row.theme,
                row.host_organisation_id,
                row.status,
                row.notes,
            ),
            ical_uid=row.ical_uid,
            ical_sequence=row.ical_sequence,
            agenda=tuple((item.id, _item_input(item)) for item in items),
            checklist=tuple(
                ChecklistSnapshot(
                    task.id, task.position, task.title, task.offset_days, task.done_on
                )
                for task in tasks
            ),
        )
        session.delete(row)
        return snapshot


def restore_meeting(db: Database, snapshot: MeetingSnapshot) -> None:
    """Put a deleted meeting back exactly as it was (undo of `delete_meeting`)."""
    with db.session() as session:
        data = _check_meeting(session, snapshot.data)
        row = Meeting(
            id=snapshot.meeting_id,
            group_id=snapshot.group_id,
            ical_uid=snapshot.ical_uid,
            ical_sequence=snapshot.ical_sequence,
        )
        _apply(row, data)
        session.add(row)
        session.flush()
        for position, (item_id, item) in enumerate(snapshot.agenda):
            session.add(_new_item(snapshot.meeting_id, position, item, item_id))
        for task in snapshot.checklist:
            session.add(
                ChecklistItem(
                    id=task.item_id,
                    meeting_id=snapshot.meeting_id,
                    position=task.position,
                    title=task.title,
                    offset_days=task.offset_days,
                    done_on=task.done_on,
                )
            )


def host_choices(db: Database, group_id: int, *, lang: str = "da") -> list[HostChoice]:
    """The companies of the group's current members, and every company that hosted the group."""
    with db.reading() as session:
        member_ids = select(Membership.person_id).where(
            Membership.group_id == group_id, Membership.left_on.is_(None)
        )
        employer_ids = select(Employment.organisation_id).where(
            Employment.person_id.in_(member_ids), Employment.ended_on.is_(None)
        )
        host_ids = select(Meeting.host_organisation_id).where(Meeting.group_id == group_id)
        orgs = session.scalars(
            select(Organisation).where(
                Organisation.id.in_(employer_ids) | Organisation.id.in_(host_ids)
            )
        ).all()
        choices = [HostChoice(o.id, o.name, o.address) for o in orgs]
    return sorted(choices, key=lambda c: sort_key(c.name, lang))


def host_for_name(db: Database, name: str) -> int:
    """The id of the company called `name`, created if there is none."""
    if not name.strip():
        raise ServiceError("A host company needs a name.")
    with db.session() as session:
        return organisation_for(session, name).id


def speaker_choices(db: Database, group_id: int, *, lang: str = "da") -> list[SpeakerChoice]:
    """The group's current members with their current company, by name."""
    with db.reading() as session:
        rows = session.execute(
            select(Person.id, Person.name)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.group_id == group_id,
                Membership.left_on.is_(None),
                Person.erased_at.is_(None),
            )
        ).all()
        companies = _companies(session, [pid for pid, _ in rows])
    choices = [SpeakerChoice(pid, name, companies.get(pid, "")) for pid, name in rows]
    return sorted(choices, key=lambda c: sort_key(c.name, lang))


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


# --- date rules ---------------------------------------------------------------------------


def _group_dates(session: Session, group_id: int, *, except_id: int | None = None) -> list[dt.date]:
    query = select(Meeting.date).where(
        Meeting.group_id == group_id, Meeting.status != MeetingStatus.CANCELLED
    )
    if except_id is not None:
        query = query.where(Meeting.id != except_id)
    return list(session.scalars(query))


def warnings_for_date(
    db: Database,
    group_id: int,
    date: dt.date,
    *,
    meeting_id: int | None = None,
    rules: HolidayRules | None = None,
    lang: str = "en",
) -> list[DateWarning]:
    """What speaks against holding the group's meeting (`meeting_id`, or a new one) on `date`."""
    rules = rules or holiday_rules(db)
    with db.reading() as session:
        others = _group_dates(session, group_id, except_id=meeting_id)
    return date_warnings(date, rules, others=others, lang=lang)


def suggest_year(
    db: Database,
    group_id: int,
    year: int,
    *,
    count: int = 4,
    weekday: int = 1,
    rules: HolidayRules | None = None,
) -> list[Proposal]:
    """Proposed dates for the group's meetings in `year` around the meetings it already has.

    Days on which another group meets are avoided too, so that a coordinator with two groups
    is not booked twice.
    """
    rules = rules or holiday_rules(db)
    with db.reading() as session:
        taken = _group_dates(session, group_id)
        busy = session.scalars(
            select(Meeting.date).where(
                Meeting.group_id != group_id,
                Meeting.status != MeetingStatus.CANCELLED,
                Meeting.date >= dt.date(year, 1, 1),
                Meeting.date < dt.date(year + 1, 1, 1),
            )
        ).all()
    return suggest_dates(year, rules, count=count, weekday=weekday, taken=taken, busy=busy)


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
        raise NotFound("That speaker is no longer in the roster.")


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
            raise NotFound("That agenda item no longer exists.")
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
            raise NotFound("That agenda item no longer exists.")
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
            raise NotFound("That agenda item no longer exists.")
        order = _order(session, item.meeting_id)
        old = order.index(item_id)
        order.remove(item_id)
        new = max(0, min(position, len(order)))
        order.insert(new, item_id)
        if new != old:
            _renumber(session, item.meeting_id, order)
            _changed(_get_meeting(session, item.meeting_id))
        return old


# --- documents ----------------------------------------------------------------------------


def _coordinator(session: Session, group_id: int) -> tuple[str, str, str]:
    """The group's coordinator as (name, e-mail, phone); empty strings when there is none."""
    row = session.execute(
        select(Person.name, Person.email, Person.phone)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.group_id == group_id,
            Membership.role == Role.COORDINATOR,
            Membership.left_on.is_(None),
            Person.erased_at.is_(None),
        )
        .order_by(Membership.id)
        .limit(1)
    ).first()
    return (row[0], row[1], row[2]) if row else ("", "", "")


def _practical(visit: HostVisit | None, notes: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The practical information of a visit as (label, text) pairs in `lang`, in print order."""
    values: dict[str, str] = {"notes": notes}
    if visit is not None:
        catering = [
            text
            for text in (visit.catering_breakfast, visit.catering_lunch, visit.catering_coffee)
            if text.strip()
        ]
        values.update(
            directions=visit.directions,
            public_transport=visit.public_transport,
            parking=visit.parking,
            room=visit.room,
            av_equipment=visit.av_equipment,
            wifi=visit.wifi,
            catering="\n".join(catering),
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


def agenda_kinds() -> list[AgendaKind]:
    """The kinds an agenda item can have, in the order a day usually runs."""
    return list(AgendaKind)
