"""The year plan: meetings of a group, their agendas, and proposals for next year's dates.

Every change to a meeting or its agenda raises the meeting's iCalendar SEQUENCE, so that a
calendar that imported an earlier export takes the new version.

The meeting rows and shared helpers live in `planner_rows`, the agenda in `planner_agenda`,
the calendar documents in `planner_documents`; their public names are re-exported here, so
`services.planner.X` keeps working.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import (
    AgendaItemInput,
    AgendaTemplate,
    MeetingInput,
    validate_meeting,
)
from coordinator_app.domain.names import clean_name, name_key
from coordinator_app.domain.people import JobInput, validate_job
from coordinator_app.domain.planning import (
    DateWarning,
    HolidayRules,
    Proposal,
    date_warnings,
    suggest_dates,
)
from coordinator_app.services import calendar_sequence, meeting_state
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.services.planner_agenda import (
    Agenda as Agenda,
    AgendaRow as AgendaRow,
    _item_input,
    _new_item,
    add_agenda_item as add_agenda_item,
    agenda as agenda,
    agenda_kinds as agenda_kinds,
    move_agenda_item as move_agenda_item,
    remove_agenda_item as remove_agenda_item,
    update_agenda_item as update_agenda_item,
)
from coordinator_app.services.planner_documents import (
    meeting_document as meeting_document,
    year_documents as year_documents,
)
from coordinator_app.services.planner_rows import (
    MeetingRow as MeetingRow,
    _changed,
    _companies,
    _get_meeting,
    meeting as meeting,
    meeting_years as meeting_years,
    meetings as meetings,
)
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
    invitation_sequence: int = 0


def _check_meeting(session: Session, data: MeetingInput) -> MeetingInput:
    errors = validate_meeting(data)
    if errors:
        raise ValidationFailed(errors)
    if data.host_id is not None and session.get(Organisation, data.host_id) is None:
        raise NotFound("That host company no longer exists.", code="host_missing")
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
            raise NotFound("That group no longer exists.", code="group_missing")
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
    """Save a meeting's fields; returns what they were, with the status the meeting had in
    reality (for undo). Setting a held meeting back to confirmed is remembered."""
    with db.session() as session:
        row = _get_meeting(session, meeting_id)
        data = _check_meeting(session, data)
        before = MeetingInput(
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            theme=row.theme,
            host_id=row.host_organisation_id,
            status=meeting_state.statuses(session, [row])[row.id],
            notes=row.notes,
        )
        if before != data:
            facts = calendar_sequence.facts(session, row)
            meeting_state.note_status_choice(session, row.id, before.status, data.status)
            _apply(row, data)
            _changed(row)
            calendar_sequence.note_change(session, row, facts)
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
                "cancel it instead of deleting it.",
                code="meeting_has_records",
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
            invitation_sequence=row.invitation_sequence,
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
            invitation_sequence=snapshot.invitation_sequence,
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
        raise ServiceError("A host company needs a name.", code="host_name_required")
    if errors := validate_job(JobInput(company=name)):
        raise ValidationFailed(errors)
    with db.session() as session:
        return organisation_for(session, name).id


MAX_KNOWN_NAMES = 20


def known_host(db: Database, name: str) -> int:
    """The id of the company called `name`, however it is written (`name_key`); a typo creates
    nothing but raises NotFound, naming the companies there are."""
    with db.reading() as session:
        found = session.scalar(
            select(Organisation.id).where(Organisation.name_key == name_key(name)).limit(1)
        )
        if found is not None:
            return found
        names = sorted(session.scalars(select(Organisation.name)), key=sort_key)
    shown = clean_name(name)
    if not names:
        raise NotFound(
            f"Unknown company “{shown}”; there are no companies yet.",
            code="unknown_company_none",
            values={"name": shown},
        )
    known = ", ".join(names[:MAX_KNOWN_NAMES]) + (", …" if len(names) > MAX_KNOWN_NAMES else "")
    raise NotFound(
        f"Unknown company “{shown}”; known: {known}.",
        code="unknown_company",
        values={"name": shown, "known": known},
    )


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
