"""Round-table minutes: attendance, each member's status, decisions, action items carried until
done, theme proposals and the chosen next theme, the group's speaker pipeline, and the documents
(the minutes of a meeting, the annual report) the exports print.

The rules live in `domain/minutes.py`; these use cases read and write the rows. Every change
returns what was there before, so that the UI can undo it. Choosing a theme for the next
meeting changes that meeting, so it raises the meeting's iCalendar SEQUENCE; nothing else here
is part of the calendar.

Round-table statuses are confidential: `minutes_document` is the unredacted record, and only
`domain.minutes.redact` decides what an export may show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, exists, or_, select, update
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.meetings import AgendaLine, schedule
from coordinator_app.domain.minutes import (
    MAX_MINUTES_TEXT_CHARS,
    MAX_SPEAKER_NAME_CHARS,
    MAX_TOPIC_CHARS,
    PRESENT_STATUSES,
    ActionLine,
    AnnualReport,
    AttendanceLine,
    DecisionLine,
    MemberYear,
    MinutesDocument,
    ReportMeeting,
    RoundTableLine,
    SpeakerLine,
    ThemeLine,
    carried_actions,
    check_text,
    check_topics,
    check_votes,
    clean_topics,
    former_member,
    one_line,
    topics_text,
)
from coordinator_app.domain.validation import FieldError, split_tags
from coordinator_app.services import logistics
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.logistics import _members_on
from coordinator_app.services.planner import MeetingRow, _changed, _coordinator, _meeting_rows
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
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
    SpeakerProposal,
    ThemeProposal,
)

# The agenda items the minutes recount: what the day offered besides coffee and lunch.
TALK_KINDS = frozenset(
    {AgendaKind.WELCOME, AgendaKind.TOUR, AgendaKind.TALK, AgendaKind.DISCUSSION}
)

# The order of the speaker pipeline: what is still coming, then what was held, then declined.
_PIPELINE_ORDER: dict[SpeakerStatus, int] = {
    SpeakerStatus.IDEA: 0,
    SpeakerStatus.ASKED: 0,
    SpeakerStatus.CONFIRMED: 0,
    SpeakerStatus.HELD: 1,
    SpeakerStatus.DECLINED: 2,
}


# --- inputs and states ----------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceState:
    """A member's attendance as it was (`status` None: not taken), so that undo can put it back."""

    status: AttendanceStatus | None
    note: str


@dataclass(frozen=True)
class EntryInput:
    """What the coordinator types for one member at the round table."""

    text: str = ""
    topics: tuple[str, ...] = ()
    level: Confidentiality = Confidentiality.GROUP_ONLY


@dataclass(frozen=True)
class ActionInput:
    """An action item: what, who, by when, and when it was done."""

    text: str
    owner_id: int | None = None
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True)
class ThemeInput:
    """A theme proposed for the next meeting, by whom, with its votes."""

    theme: str
    proposed_by_id: int | None = None
    votes: int = 0


@dataclass(frozen=True)
class ThemeChoice:
    """What `choose_theme` changed, so that `undo_choose_theme` can put it back.

    `previous_chosen_id`: the meeting's chosen proposal before (None: none was);
    `next_meeting_id`: the group's next meeting, if there is one; `previous_next_theme`: its
    theme before; `applied`: whether the chosen theme was set as the next meeting's theme.
    """

    previous_chosen_id: int | None
    next_meeting_id: int | None
    previous_next_theme: str
    applied: bool


@dataclass(frozen=True)
class SpeakerInput:
    """A proposed talk. The speaker is a person in the roster (`speaker_person_id`: name and
    company come from the roster) or a name with an organisation, as typed."""

    topic: str
    proposed_by_id: int | None = None
    speaker_person_id: int | None = None
    speaker_name: str = ""
    speaker_organisation: str = ""
    status: SpeakerStatus = SpeakerStatus.IDEA
    meeting_id: int | None = None
    notes: str = ""


# --- shared helpers -------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise NotFound(f"There is no meeting with id {meeting_id}.")
    return row


def _group(session: Session, group_id: int) -> Group:
    row = session.get(Group, group_id)
    if row is None:
        raise NotFound("That group no longer exists.")
    return row


def _person(session: Session, person_id: int, what: str = "That person") -> Person:
    row = session.get(Person, person_id)
    if row is None:
        raise NotFound(f"{what} is no longer in the roster.")
    return row


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _people(session: Session, person_ids: Iterable[int]) -> dict[int, Person]:
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _name(person: Person | None, lang: str) -> str:
    """A person's name as the minutes show it: erased people as "former member"."""
    if person is None:
        return ""
    return former_member(lang) if person.erased_at is not None else person.name


_Job = tuple[dt.date | None, dt.date | None, int, str]  # started, ended, id, company


def _jobs(session: Session, person_ids: Iterable[int]) -> dict[int, list[_Job]]:
    """Every job of these people (erased people have none to show)."""
    ids = sorted(set(person_ids))
    jobs: dict[int, list[_Job]] = {}
    if not ids:
        return jobs
    rows = session.execute(
        select(
            Employment.person_id,
            Employment.started_on,
            Employment.ended_on,
            Employment.id,
            Organisation.name,
        )
        .join(Organisation, Organisation.id == Employment.organisation_id)
        .join(Person, Person.id == Employment.person_id)
        .where(Employment.person_id.in_(ids), Person.erased_at.is_(None))
    ).all()
    for pid, started, ended, emp_id, name in rows:
        jobs.setdefault(pid, []).append((started, ended, emp_id, name))
    return jobs


def _company_on(jobs: Mapping[int, list[_Job]], person_id: int, date: dt.date) -> str:
    """The company a person worked for on `date`: the minutes of a meeting name the employer a
    member had then. Without a job on that date, the current one."""

    def latest(candidates: list[_Job]) -> str:
        if not candidates:
            return ""
        return max(candidates, key=lambda j: (j[0] or dt.date.min, j[2]))[3]

    own = jobs.get(person_id, [])
    on_date = [j for j in own if (j[0] is None or j[0] <= date) and (j[1] is None or j[1] > date)]
    return latest(on_date) or latest([j for j in own if j[1] is None])


def _companies_on(session: Session, person_ids: Iterable[int], date: dt.date) -> dict[int, str]:
    """Each person's company on `date` (see `_company_on`)."""
    ids = set(person_ids)
    jobs = _jobs(session, ids)
    return {pid: _company_on(jobs, pid, date) for pid in ids}


def _check_person(session: Session, person_id: int | None, what: str) -> None:
    if person_id is not None:
        _person(session, person_id, what)


def _renumber(
    session: Session, table: type[RoundTableEntry] | type[Decision], ids: list[int]
) -> None:
    for position, row_id in enumerate(ids):
        session.execute(update(table).where(table.id == row_id).values(position=position))


# --- attendance -----------------------------------------------------------------------------


def _attendance_lines(session: Session, meeting: Meeting, lang: str) -> list[AttendanceLine]:
    rows = {
        r.person_id: r
        for r in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))
    }
    people = _people(session, _members_on(session, meeting.group_id, meeting.date) | set(rows))
    companies = _companies_on(session, people, meeting.date)
    lines: list[AttendanceLine] = []
    for person in people.values():
        row = rows.get(person.id)
        if row is None and person.erased_at is not None:
            continue  # an erased member who has nothing recorded here is not shown
        lines.append(
            AttendanceLine(
                person_id=person.id,
                name=_name(person, lang),
                organisation=companies.get(person.id, ""),
                status=row.status if row is not None else None,
                note=row.note if row is not None else "",
            )
        )
    return sorted(lines, key=lambda a: (sort_key(a.name, lang), a.person_id))


def attendance(db: Database, meeting_id: int, lang: str = "da") -> list[AttendanceLine]:
    """Everyone who was a member of the group on the meeting's date, and anyone else whose
    attendance was recorded (a guest member, someone who left since), by name."""
    with db.reading() as session:
        return _attendance_lines(session, _meeting(session, meeting_id), lang)


def _taken(session: Session, meeting_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Attendance.meeting_id == meeting_id))))


def attendance_taken(db: Database, meeting_id: int) -> bool:
    """True once anyone's attendance at the meeting is recorded."""
    with db.reading() as session:
        _meeting(session, meeting_id)
        return _taken(session, meeting_id)


def prefill_attendance(db: Database, meeting_id: int) -> bool:
    """Take attendance from the sign-ups, once: yes is present, no is excused, the others are
    left open. Does nothing when attendance is already taken; True if it recorded anyone."""
    with db.session() as session:
        _meeting(session, meeting_id)
        if _taken(session, meeting_id):
            return False
        answers = session.execute(
            select(SignUp.person_id, SignUp.response).where(
                SignUp.meeting_id == meeting_id,
                SignUp.person_id.is_not(None),
                SignUp.response.in_([Rsvp.YES, Rsvp.NO]),
            )
        ).all()
        for person_id, response in answers:
            status = AttendanceStatus.PRESENT if response is Rsvp.YES else AttendanceStatus.EXCUSED
            session.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status))
        return bool(answers)


def set_attendance(
    db: Database,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus | None,
    note: str | None = None,
) -> AttendanceState:
    """Record a person's attendance (`note` None keeps the note); returns the state before.

    Status None means "not taken": the row is deleted (with its note, which the returned state
    keeps for undo). A note without a status is refused.
    """
    _raise(check_text("note", note or "", MAX_MINUTES_TEXT_CHARS))
    if status is None and note is not None and note.strip():
        _raise([FieldError("status", "status_required", "A note needs an attendance status.")])
    with db.session() as session:
        _meeting(session, meeting_id)
        _person(session, person_id)
        row = session.scalar(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        )
        before = (
            AttendanceState(row.status, row.note) if row is not None else AttendanceState(None, "")
        )
        if status is None:
            if row is not None:
                session.delete(row)
            return before
        if row is None:
            row = Attendance(meeting_id=meeting_id, person_id=person_id, note="")
            session.add(row)
        row.status = status
        if note is not None:
            row.note = note.strip()
        return before


# --- round table ----------------------------------------------------------------------------


def _entry_input(row: RoundTableEntry) -> EntryInput:
    return EntryInput(row.text, split_tags(row.topics), row.confidentiality)


def _cleaned_entry(data: EntryInput) -> EntryInput:
    _raise(check_text("text", data.text, MAX_MINUTES_TEXT_CHARS) + check_topics(data.topics))
    return EntryInput(data.text.strip(), clean_topics(data.topics), Confidentiality(data.level))


def _set_entry(row: RoundTableEntry, data: EntryInput) -> None:
    row.text, row.topics, row.confidentiality = data.text, topics_text(data.topics), data.level


def _entry(session: Session, entry_id: int) -> RoundTableEntry:
    row = session.get(RoundTableEntry, entry_id)
    if row is None:
        raise NotFound("That round-table entry no longer exists.")
    return row


def _entry_order(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(RoundTableEntry.id)
            .where(RoundTableEntry.meeting_id == meeting_id)
            .order_by(RoundTableEntry.position, RoundTableEntry.id)
        )
    )


def _entry_lines(session: Session, meeting: Meeting, lang: str) -> list[RoundTableLine]:
    rows = session.scalars(
        select(RoundTableEntry)
        .where(RoundTableEntry.meeting_id == meeting.id)
        .order_by(RoundTableEntry.position, RoundTableEntry.id)
    ).all()
    people = _people(session, (r.person_id for r in rows))
    companies = _companies_on(session, people, meeting.date)
    return [
        RoundTableLine(
            id=r.id,
            person_id=r.person_id,
            name=_name(people.get(r.person_id), lang),
            organisation=companies.get(r.person_id, ""),
            position=position,
            text=r.text,
            topics=split_tags(r.topics),
            level=r.confidentiality,
        )
        for position, r in enumerate(rows)
    ]


def entries(db: Database, meeting_id: int, lang: str = "da") -> list[RoundTableLine]:
    """What each member said at the round table, in seating order."""
    with db.reading() as session:
        return _entry_lines(session, _meeting(session, meeting_id), lang)


def ensure_entries(db: Database, meeting_id: int) -> int:
    """Give every member who was there (present, late, left early) and has no entry yet an
    empty "group only" entry, after the others in the attendance list's order; returns how
    many were added."""
    with db.session() as session:
        meeting = _meeting(session, meeting_id)
        have = set(
            session.scalars(
                select(RoundTableEntry.person_id).where(RoundTableEntry.meeting_id == meeting_id)
            )
        )
        missing = [
            line.person_id
            for line in _attendance_lines(session, meeting, "da")
            if line.present and line.person_id not in have
        ]
        start = len(_entry_order(session, meeting_id))
        for offset, person_id in enumerate(missing):
            session.add(
                RoundTableEntry(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    position=start + offset,
                    text="",
                    topics="",
                    confidentiality=Confidentiality.GROUP_ONLY,
                )
            )
        return len(missing)


def add_entry(
    db: Database,
    meeting_id: int,
    person_id: int,
    data: EntryInput,
    *,
    position: int | None = None,
    entry_id: int | None = None,
) -> int:
    """Add a member's entry at `position` (default: last); `entry_id` re-creates a removed one
    under its old id (undo, redo)."""
    clean = _cleaned_entry(data)
    with db.session() as session:
        _meeting(session, meeting_id)
        _person(session, person_id)
        order = _entry_order(session, meeting_id)
        at = len(order) if position is None else max(0, min(position, len(order)))
        row = RoundTableEntry(meeting_id=meeting_id, person_id=person_id, position=at)
        if entry_id is not None:
            row.id = entry_id
        _set_entry(row, clean)
        session.add(row)
        session.flush()
        order.insert(at, row.id)
        _renumber(session, RoundTableEntry, order)
        return row.id


def update_entry(db: Database, entry_id: int, data: EntryInput) -> EntryInput:
    """Save an entry's text, topics and confidentiality; returns what they were (for undo)."""
    clean = _cleaned_entry(data)
    with db.session() as session:
        row = _entry(session, entry_id)
        before = _entry_input(row)
        _set_entry(row, clean)
        return before


def move_entry(db: Database, entry_id: int, position: int) -> int:
    """Move an entry to `position` in the seating order (0 = first); returns its old position."""
    with db.session() as session:
        row = _entry(session, entry_id)
        order = _entry_order(session, row.meeting_id)
        old = order.index(entry_id)
        order.remove(entry_id)
        order.insert(max(0, min(position, len(order))), entry_id)
        _renumber(session, RoundTableEntry, order)
        return old


def remove_entry(db: Database, entry_id: int) -> tuple[int, int, int, EntryInput]:
    """Delete an entry; returns (meeting id, person id, position, fields) so that undo can put
    it back with `add_entry(position=…, entry_id=…)`."""
    with db.session() as session:
        row = _entry(session, entry_id)
        meeting_id, person_id = row.meeting_id, row.person_id
        order = _entry_order(session, meeting_id)
        position = order.index(entry_id)
        before = _entry_input(row)
        session.execute(delete(RoundTableEntry).where(RoundTableEntry.id == entry_id))
        order.remove(entry_id)
        _renumber(session, RoundTableEntry, order)
        return meeting_id, person_id, position, before


# --- decisions ------------------------------------------------------------------------------


def _decision_text(text: str) -> str:
    _raise(
        check_text(
            "text",
            text,
            MAX_MINUTES_TEXT_CHARS,
            required_code="text_required",
            required_message="Please enter the decision.",
        )
    )
    return text.strip()


def _decision(session: Session, decision_id: int) -> Decision:
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFound("That decision no longer exists.")
    return row


def _decision_order(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Decision.id)
            .where(Decision.meeting_id == meeting_id)
            .order_by(Decision.position, Decision.id)
        )
    )


def _decision_lines(session: Session, meeting_id: int) -> list[DecisionLine]:
    rows = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .order_by(Decision.position, Decision.id)
    ).all()
    return [DecisionLine(r.id, position, r.text) for position, r in enumerate(rows)]


def decisions(db: Database, meeting_id: int) -> list[DecisionLine]:
    """The decisions taken at the meeting, in the order they were recorded."""
    with db.reading() as session:
        _meeting(session, meeting_id)
        return _decision_lines(session, meeting_id)


def add_decision(
    db: Database,
    meeting_id: int,
    text: str,
    *,
    position: int | None = None,
    decision_id: int | None = None,
) -> int:
    """Record a decision at `position` (default: last); `decision_id` re-creates a removed one."""
    text = _decision_text(text)
    with db.session() as session:
        _meeting(session, meeting_id)
        order = _decision_order(session, meeting_id)
        at = len(order) if position is None else max(0, min(position, len(order)))
        row = Decision(meeting_id=meeting_id, position=at, text=text)
        if decision_id is not None:
            row.id = decision_id
        session.add(row)
        session.flush()
        order.insert(at, row.id)
        _renumber(session, Decision, order)
        return row.id


def update_decision(db: Database, decision_id: int, text: str) -> str:
    """Change a decision's text; returns the text it had."""
    text = _decision_text(text)
    with db.session() as session:
        row = _decision(session, decision_id)
        before = row.text
        row.text = text
        return before


def remove_decision(db: Database, decision_id: int) -> tuple[int, int, str]:
    """Delete a decision; returns (meeting id, position, text) for undo."""
    with db.session() as session:
        row = _decision(session, decision_id)
        meeting_id, text = row.meeting_id, row.text
        order = _decision_order(session, meeting_id)
        position = order.index(decision_id)
        session.execute(delete(Decision).where(Decision.id == decision_id))
        order.remove(decision_id)
        _renumber(session, Decision, order)
        return meeting_id, position, text


# --- action items ---------------------------------------------------------------------------


def _cleaned_action(session: Session, data: ActionInput) -> ActionInput:
    _raise(
        check_text(
            "text",
            data.text,
            MAX_MINUTES_TEXT_CHARS,
            required_code="text_required",
            required_message="Please enter what is to be done.",
        )
    )
    _check_person(session, data.owner_id, "The owner")
    return ActionInput(data.text.strip(), data.owner_id, data.due_on, data.done_on)


def _action_input(row: ActionItem) -> ActionInput:
    return ActionInput(row.text, row.owner_person_id, row.due_on, row.done_on)


def _set_action(row: ActionItem, data: ActionInput) -> None:
    row.text, row.owner_person_id = data.text, data.owner_id
    row.due_on, row.done_on = data.due_on, data.done_on


def _action(session: Session, action_id: int) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFound("That action item no longer exists.")
    return row


def _action_lines(session: Session, lang: str, *conditions: object) -> list[ActionLine]:
    rows = session.execute(
        select(ActionItem, Meeting.date)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(*conditions)  # type: ignore[arg-type]
    ).all()
    owners = _people(session, (a.owner_person_id for a, _ in rows if a.owner_person_id))
    return [
        ActionLine(
            id=a.id,
            meeting_id=a.meeting_id,
            meeting_date=date,
            text=a.text,
            owner_id=a.owner_person_id,
            owner_name=_name(owners.get(a.owner_person_id), lang) if a.owner_person_id else "",
            due_on=a.due_on,
            done_on=a.done_on,
        )
        for a, date in rows
    ]


def _meeting_actions(session: Session, meeting: Meeting, lang: str) -> list[ActionLine]:
    lines = _action_lines(session, lang, Meeting.group_id == meeting.group_id)
    return carried_actions(lines, meeting.id, meeting.date)


def actions_for_meeting(db: Database, meeting_id: int, lang: str = "da") -> list[ActionLine]:
    """The meeting's own action items and those of the group's earlier meetings that were
    still open on its date (marked carried)."""
    with db.reading() as session:
        return _meeting_actions(session, _meeting(session, meeting_id), lang)


def list_actions(
    db: Database, *, group_id: int | None = None, open_only: bool = False, lang: str = "da"
) -> list[ActionLine]:
    """Action items of one group (or all), open ones only if asked, by meeting date, then due
    date (none last)."""
    conditions: list[object] = []
    if group_id is not None:
        conditions.append(Meeting.group_id == group_id)
    if open_only:
        conditions.append(ActionItem.done_on.is_(None))
    with db.reading() as session:
        if group_id is not None:
            _group(session, group_id)
        lines = _action_lines(session, lang, *conditions)
    return sorted(lines, key=lambda a: (a.meeting_date, a.due_on or dt.date.max, a.id))


def add_action(
    db: Database, meeting_id: int, data: ActionInput, *, action_id: int | None = None
) -> int:
    """Add an action item to the meeting; `action_id` re-creates a removed one (undo, redo)."""
    with db.session() as session:
        _meeting(session, meeting_id)
        clean = _cleaned_action(session, data)
        row = ActionItem(meeting_id=meeting_id, text=clean.text)
        if action_id is not None:
            row.id = action_id
        _set_action(row, clean)
        session.add(row)
        session.flush()
        return row.id


def update_action(db: Database, action_id: int, data: ActionInput) -> ActionInput:
    """Save an action item (done: set `done_on`); returns what it was (for undo)."""
    with db.session() as session:
        row = _action(session, action_id)
        clean = _cleaned_action(session, data)
        before = _action_input(row)
        _set_action(row, clean)
        return before


def remove_action(db: Database, action_id: int) -> tuple[int, ActionInput]:
    """Delete an action item; returns (meeting id, fields) for undo."""
    with db.session() as session:
        row = _action(session, action_id)
        result = row.meeting_id, _action_input(row)
        session.delete(row)
        return result


# --- themes ---------------------------------------------------------------------------------


def _cleaned_theme(session: Session, data: ThemeInput) -> ThemeInput:
    theme = one_line(data.theme)
    _raise(
        check_text(
            "theme",
            theme,
            MAX_TOPIC_CHARS,
            required_code="theme_required",
            required_message="Please enter the proposed theme.",
        )
        + check_votes(data.votes)
    )
    _check_person(session, data.proposed_by_id, "The proposer")
    return ThemeInput(theme, data.proposed_by_id, data.votes)


def _theme(session: Session, theme_id: int) -> ThemeProposal:
    row = session.get(ThemeProposal, theme_id)
    if row is None:
        raise NotFound("That theme proposal no longer exists.")
    return row


def _theme_input(row: ThemeProposal) -> ThemeInput:
    return ThemeInput(row.theme, row.proposed_by_person_id, row.votes)


def _theme_lines(session: Session, meeting_id: int, lang: str) -> list[ThemeLine]:
    rows = session.scalars(
        select(ThemeProposal).where(ThemeProposal.meeting_id == meeting_id)
    ).all()
    people = _people(session, (r.proposed_by_person_id for r in rows if r.proposed_by_person_id))
    lines = [
        ThemeLine(
            id=r.id,
            theme=r.theme,
            proposed_by_id=r.proposed_by_person_id,
            proposed_by_name=(
                _name(people.get(r.proposed_by_person_id), lang) if r.proposed_by_person_id else ""
            ),
            votes=r.votes,
            chosen=bool(r.chosen),
        )
        for r in rows
    ]
    return sorted(lines, key=lambda t: (-t.votes, t.id))


def themes(db: Database, meeting_id: int, lang: str = "da") -> list[ThemeLine]:
    """The themes proposed at the meeting for the next one, most votes first (then in the
    order they were proposed)."""
    with db.reading() as session:
        _meeting(session, meeting_id)
        return _theme_lines(session, meeting_id, lang)


def add_theme(
    db: Database,
    meeting_id: int,
    theme: str,
    proposed_by_id: int | None = None,
    votes: int = 0,
    *,
    theme_id: int | None = None,
) -> int:
    """Record a theme proposal; `theme_id` re-creates a removed one (undo, redo). A re-created
    proposal is not chosen: `choose_theme` marks it again."""
    with db.session() as session:
        _meeting(session, meeting_id)
        clean = _cleaned_theme(session, ThemeInput(theme, proposed_by_id, votes))
        row = ThemeProposal(
            meeting_id=meeting_id,
            theme=clean.theme,
            proposed_by_person_id=clean.proposed_by_id,
            votes=clean.votes,
            chosen=False,
        )
        if theme_id is not None:
            row.id = theme_id
        session.add(row)
        session.flush()
        return row.id


def update_theme(db: Database, theme_id: int, data: ThemeInput) -> ThemeInput:
    """Save a proposal's theme, proposer and votes; returns what they were (for undo)."""
    with db.session() as session:
        row = _theme(session, theme_id)
        clean = _cleaned_theme(session, data)
        before = _theme_input(row)
        row.theme, row.proposed_by_person_id, row.votes = (
            clean.theme,
            clean.proposed_by_id,
            clean.votes,
        )
        return before


def remove_theme(db: Database, theme_id: int) -> tuple[int, ThemeInput, bool]:
    """Delete a proposal; returns (meeting id, fields, whether it was the chosen one) for undo.
    The next meeting keeps a theme it took from it."""
    with db.session() as session:
        row = _theme(session, theme_id)
        result = row.meeting_id, _theme_input(row), bool(row.chosen)
        session.delete(row)
        return result


def _next_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalars(
        select(Meeting)
        .where(
            Meeting.group_id == meeting.group_id,
            Meeting.date > meeting.date,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        .limit(1)
    ).first()


def next_meeting(db: Database, meeting_id: int) -> MeetingRow | None:
    """The group's next meeting after this one's date that is not cancelled."""
    with db.reading() as session:
        following = _next_meeting(session, _meeting(session, meeting_id))
        if following is None:
            return None
        return _meeting_rows(session, Meeting.id == following.id)[0]


def _set_theme(meeting: Meeting, theme: str) -> None:
    """Give a meeting another theme as the planner does: calendars take the new version."""
    if meeting.theme != theme:
        meeting.theme = theme
        _changed(meeting)


def choose_theme(db: Database, theme_id: int, *, apply_to_next: bool) -> ThemeChoice:
    """Mark the proposal as the group's choice for the next meeting (the meeting's other
    proposals are no longer chosen); with `apply_to_next` it becomes the theme of the group's
    next meeting, if there is one. Returns what `undo_choose_theme` needs."""
    with db.session() as session:
        row = _theme(session, theme_id)
        meeting = _meeting(session, row.meeting_id)
        proposals = session.scalars(
            select(ThemeProposal)
            .where(ThemeProposal.meeting_id == meeting.id)
            .order_by(ThemeProposal.id)
        ).all()
        previous = next((p.id for p in proposals if p.chosen), None)
        for proposal in proposals:
            proposal.chosen = proposal.id == theme_id
        following = _next_meeting(session, meeting)
        previous_theme = following.theme if following is not None else ""
        applied = apply_to_next and following is not None
        if following is not None and apply_to_next:
            _set_theme(following, one_line(row.theme))
        return ThemeChoice(
            previous_chosen_id=previous,
            next_meeting_id=following.id if following is not None else None,
            previous_next_theme=previous_theme,
            applied=applied,
        )


def undo_choose_theme(db: Database, theme_id: int, choice: ThemeChoice) -> None:
    """Take back `choose_theme`: the proposal chosen before is chosen again, and the next
    meeting gets back its theme (a change for calendars too, so its SEQUENCE goes up again)."""
    with db.session() as session:
        row = _theme(session, theme_id)
        proposals = session.scalars(
            select(ThemeProposal).where(ThemeProposal.meeting_id == row.meeting_id)
        ).all()
        for proposal in proposals:
            proposal.chosen = proposal.id == choice.previous_chosen_id
        if choice.applied and choice.next_meeting_id is not None:
            following = session.get(Meeting, choice.next_meeting_id)
            if following is not None:
                _set_theme(following, choice.previous_next_theme)


def _chosen_theme(session: Session, meeting_id: int) -> str:
    theme = session.scalars(
        select(ThemeProposal.theme)
        .where(ThemeProposal.meeting_id == meeting_id, ThemeProposal.chosen.is_(True))
        .order_by(ThemeProposal.id)
        .limit(1)
    ).first()
    return theme or ""


# --- speaker proposals ----------------------------------------------------------------------


def _cleaned_speaker(session: Session, group_id: int, data: SpeakerInput) -> SpeakerInput:
    linked = data.speaker_person_id is not None
    clean = SpeakerInput(
        topic=one_line(data.topic),
        proposed_by_id=data.proposed_by_id,
        speaker_person_id=data.speaker_person_id,
        # A speaker from the roster has the roster's name and company; they are not stored twice.
        speaker_name="" if linked else one_line(data.speaker_name),
        speaker_organisation="" if linked else one_line(data.speaker_organisation),
        status=SpeakerStatus(data.status),
        meeting_id=data.meeting_id,
        notes=data.notes.strip(),
    )
    errors = check_text(
        "topic",
        clean.topic,
        MAX_TOPIC_CHARS,
        required_code="topic_required",
        required_message="Please enter the topic of the talk.",
    )
    errors += check_text("speaker_name", clean.speaker_name, MAX_SPEAKER_NAME_CHARS)
    errors += check_text("speaker_organisation", clean.speaker_organisation, MAX_SPEAKER_NAME_CHARS)
    errors += check_text("notes", clean.notes, MAX_MINUTES_TEXT_CHARS)
    if clean.meeting_id is not None:
        meeting = _meeting(session, clean.meeting_id)
        if meeting.group_id != group_id:
            errors.append(
                FieldError(
                    "meeting_id", "meeting_other_group", "That meeting is not one of the group's."
                )
            )
    _raise(errors)
    _check_person(session, clean.proposed_by_id, "The proposer")
    _check_person(session, clean.speaker_person_id, "That speaker")
    return clean


def _speaker_input(row: SpeakerProposal) -> SpeakerInput:
    return SpeakerInput(
        topic=row.topic,
        proposed_by_id=row.proposed_by_person_id,
        speaker_person_id=row.speaker_person_id,
        speaker_name=row.speaker_name,
        speaker_organisation=row.speaker_organisation,
        status=row.status,
        meeting_id=row.meeting_id,
        notes=row.notes,
    )


def _set_speaker(row: SpeakerProposal, data: SpeakerInput) -> None:
    row.topic = data.topic
    row.proposed_by_person_id = data.proposed_by_id
    row.speaker_person_id = data.speaker_person_id
    row.speaker_name, row.speaker_organisation = data.speaker_name, data.speaker_organisation
    row.status, row.meeting_id, row.notes = data.status, data.meeting_id, data.notes


def _proposal(session: Session, proposal_id: int) -> SpeakerProposal:
    row = session.get(SpeakerProposal, proposal_id)
    if row is None:
        raise NotFound("That speaker proposal no longer exists.")
    return row


def _speaker_lines(session: Session, group_id: int, lang: str) -> list[SpeakerLine]:
    rows = session.execute(
        select(SpeakerProposal, Meeting.date)
        .outerjoin(Meeting, Meeting.id == SpeakerProposal.meeting_id)
        .where(SpeakerProposal.group_id == group_id)
    ).all()
    person_ids = {
        pid
        for r, _date in rows
        for pid in (r.proposed_by_person_id, r.speaker_person_id)
        if pid is not None
    }
    people = _people(session, person_ids)
    jobs = _jobs(session, (r.speaker_person_id for r, _date in rows if r.speaker_person_id))
    today = dt.date.today()
    lines: list[SpeakerLine] = []
    for r, date in rows:
        if r.speaker_person_id is not None:
            # The company of the day of the talk; for a talk not yet placed, today's.
            name = _name(people.get(r.speaker_person_id), lang)
            organisation = _company_on(jobs, r.speaker_person_id, date or today)
        else:
            name, organisation = r.speaker_name, r.speaker_organisation
        lines.append(
            SpeakerLine(
                id=r.id,
                proposed_by_id=r.proposed_by_person_id,
                proposed_by_name=(
                    _name(people.get(r.proposed_by_person_id), lang)
                    if r.proposed_by_person_id is not None
                    else ""
                ),
                speaker_person_id=r.speaker_person_id,
                speaker_name=name,
                speaker_organisation=organisation,
                topic=r.topic,
                status=r.status,
                meeting_id=r.meeting_id,
                meeting_date=date,
                notes=r.notes,
            )
        )
    return sorted(
        lines,
        key=lambda s: (_PIPELINE_ORDER[s.status], s.meeting_date or dt.date.max, s.id),
    )


def speakers(db: Database, group_id: int, lang: str = "da") -> list[SpeakerLine]:
    """The group's speaker pipeline: ideas, asked and confirmed talks first (by meeting date,
    those without a meeting last), then the talks held, then the declined."""
    with db.reading() as session:
        _group(session, group_id)
        return _speaker_lines(session, group_id, lang)


def add_speaker(
    db: Database, group_id: int, data: SpeakerInput, *, proposal_id: int | None = None
) -> int:
    """Record a speaker proposal; `proposal_id` re-creates a removed one (undo, redo)."""
    with db.session() as session:
        _group(session, group_id)
        clean = _cleaned_speaker(session, group_id, data)
        row = SpeakerProposal(group_id=group_id)
        if proposal_id is not None:
            row.id = proposal_id
        _set_speaker(row, clean)
        session.add(row)
        session.flush()
        return row.id


def update_speaker(db: Database, proposal_id: int, data: SpeakerInput) -> SpeakerInput:
    """Save a speaker proposal; returns what it was (for undo)."""
    with db.session() as session:
        row = _proposal(session, proposal_id)
        clean = _cleaned_speaker(session, row.group_id, data)
        before = _speaker_input(row)
        _set_speaker(row, clean)
        return before


def remove_speaker(db: Database, proposal_id: int) -> tuple[int, SpeakerInput]:
    """Delete a speaker proposal; returns (group id, fields) for undo."""
    with db.session() as session:
        row = _proposal(session, proposal_id)
        result = row.group_id, _speaker_input(row)
        session.delete(row)
        return result


# --- minutes status -------------------------------------------------------------------------


def minutes_status(db: Database, meeting_id: int) -> MinutesStatus:
    """How far the minutes have come: draft, sent to the members, approved by them."""
    with db.reading() as session:
        return _meeting(session, meeting_id).minutes_status


def set_minutes_status(db: Database, meeting_id: int, status: MinutesStatus) -> MinutesStatus:
    """Set the minutes' status; returns the status before (for undo)."""
    with db.session() as session:
        meeting = _meeting(session, meeting_id)
        before = meeting.minutes_status
        meeting.minutes_status = MinutesStatus(status)
        return before


# --- documents ------------------------------------------------------------------------------


def _talks(session: Session, meeting: Meeting, lang: str) -> tuple[AgendaLine, ...]:
    """The meeting's welcome, tour, talks and discussions with their times, speakers and
    notes, as the agenda shows them (a member speaker with the company of that day)."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    speaker_ids = [i.speaker_person_id for i in items if i.speaker_person_id is not None]
    people = _people(session, speaker_ids)
    companies = _companies_on(session, speaker_ids, meeting.date)
    slots = schedule(meeting.start_time, [i.duration_minutes for i in items])
    lines: list[AgendaLine] = []
    for item, slot in zip(items, slots, strict=True):
        if item.kind not in TALK_KINDS:
            continue
        if item.speaker_person_id is not None:
            speaker = _name(people.get(item.speaker_person_id), lang)
            organisation = companies.get(item.speaker_person_id, "")
        else:
            speaker, organisation = item.speaker_name, item.speaker_organisation
        lines.append(
            AgendaLine(
                start=slot.start,
                end=slot.end,
                duration_minutes=item.duration_minutes,
                title=item.title,
                kind=item.kind,
                speaker=speaker,
                speaker_organisation=organisation,
                notes=item.notes,
            )
        )
    return tuple(lines)


def minutes_document(db: Database, meeting_id: int, lang: str = "da") -> MinutesDocument:
    """Everything the minutes of the meeting show, UNREDACTED: exports must pass it through
    `domain.minutes.redact` with the coordinator's options."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        group = _group(session, meeting.group_id)
        host = (
            session.get(Organisation, meeting.host_organisation_id)
            if meeting.host_organisation_id is not None
            else None
        )
        visit = session.scalar(select(HostVisit).where(HostVisit.meeting_id == meeting_id))
        coordinator = _coordinator(session, meeting.group_id)
        return MinutesDocument(
            meeting_id=meeting.id,
            group_name=group.name,
            meeting_date=meeting.date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            theme=meeting.theme,
            host_name=host.name if host is not None else "",
            host_address=(visit.address.strip() if visit is not None else "")
            or (host.address.strip() if host is not None else ""),
            status=meeting.minutes_status,
            attendance=tuple(_attendance_lines(session, meeting, lang)),
            talks=_talks(session, meeting, lang),
            entries=tuple(_entry_lines(session, meeting, lang)),
            decisions=tuple(_decision_lines(session, meeting_id)),
            actions=tuple(_meeting_actions(session, meeting, lang)),
            themes=tuple(_theme_lines(session, meeting_id, lang)),
            next_theme=_chosen_theme(session, meeting_id),
            speakers=tuple(_speaker_lines(session, meeting.group_id, lang)),
            coordinator_name=coordinator[0],
            coordinator_email=coordinator[1],
        )


def _report_speakers(
    session: Session, meetings: Sequence[Meeting], lang: str
) -> dict[int, tuple[str, ...]]:
    """Per meeting: its talks as "Name (Organisation): title", in agenda order."""
    ids = [m.id for m in meetings]
    if not ids:
        return {}
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id.in_(ids), AgendaItem.kind == AgendaKind.TALK)
        .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
    ).all()
    dates = {m.id: m.date for m in meetings}
    speaker_ids = [i.speaker_person_id for i in items if i.speaker_person_id is not None]
    people = _people(session, speaker_ids)
    jobs = _jobs(session, speaker_ids)
    result: dict[int, list[str]] = {mid: [] for mid in ids}
    for item in items:
        if item.speaker_person_id is not None:
            speaker = _name(people.get(item.speaker_person_id), lang)
            organisation = _company_on(jobs, item.speaker_person_id, dates[item.meeting_id])
        else:
            speaker, organisation = item.speaker_name.strip(), item.speaker_organisation.strip()
        if not speaker:
            continue
        who = f"{speaker} ({organisation})" if organisation else speaker
        title = one_line(item.title)
        result[item.meeting_id].append(f"{who}: {title}" if title else who)
    return {mid: tuple(talks) for mid, talks in result.items()}


def _coming_themes(
    proposals: Sequence[tuple[str, int, bool]], covered: set[str]
) -> tuple[str, ...]:
    """The themes proposed at the year's round tables that no meeting up to the year's end has
    had: the chosen ones first, then by votes (a theme proposed twice counts its best vote)."""
    best: dict[str, tuple[bool, int, int, str]] = {}
    for order, (theme, votes, chosen) in enumerate(proposals):
        text = one_line(theme)
        key = text.casefold()
        if not text or key in covered:
            continue
        first = best[key][2] if key in best else order
        earlier_chosen, earlier_votes = (best[key][0], best[key][1]) if key in best else (False, 0)
        shown = best[key][3] if key in best else text
        best[key] = (earlier_chosen or bool(chosen), max(earlier_votes, votes), first, shown)
    ranked = sorted(best.values(), key=lambda t: (not t[0], -t[1], t[2]))
    return tuple(t[3] for t in ranked)


def annual_report(db: Database, group_id: int, year: int, lang: str = "da") -> AnnualReport:
    """The group's year: every meeting of the year (whatever its status) with host, theme,
    speakers and how many came, and per member of the group that year how many of the
    meetings held while they were a member they came to (present, late or left early) or
    missed (absent or excused); `meetings` counts the meetings held (or with attendance taken)
    while they were a member. `themes_next` are the themes proposed at the year's round tables
    that no meeting has had yet."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.reading() as session:
        group = _group(session, group_id)
        meetings = session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.date >= first, Meeting.date <= last)
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        ).all()
        hosts = {
            org.id: org.name
            for org in session.scalars(
                select(Organisation).where(
                    Organisation.id.in_(
                        [m.host_organisation_id for m in meetings if m.host_organisation_id]
                    )
                )
            )
        }
        recorded: dict[int, dict[int, AttendanceStatus]] = {m.id: {} for m in meetings}
        for mid, pid, status in session.execute(
            select(Attendance.meeting_id, Attendance.person_id, Attendance.status).where(
                Attendance.meeting_id.in_([m.id for m in meetings])
            )
        ):
            recorded[mid][pid] = status
        talks = _report_speakers(session, meetings, lang)

        memberships = session.scalars(
            select(Membership).where(
                Membership.group_id == group_id,
                or_(Membership.joined_on.is_(None), Membership.joined_on <= last),
                or_(Membership.left_on.is_(None), Membership.left_on > first),
            )
        ).all()
        people = _people(session, (m.person_id for m in memberships))
        # The company a member worked for at the end of their year in the group.
        until: dict[int, dt.date] = {}
        for ms in memberships:
            end = last if ms.left_on is None else min(last, ms.left_on - dt.timedelta(days=1))
            until[ms.person_id] = max(until.get(ms.person_id, end), end)
        jobs = _jobs(session, people)
        companies = {pid: _company_on(jobs, pid, date) for pid, date in until.items()}
        coordinator = _coordinator(session, group_id)
        proposals = session.execute(
            select(ThemeProposal.theme, ThemeProposal.votes, ThemeProposal.chosen)
            .join(Meeting, Meeting.id == ThemeProposal.meeting_id)
            .where(Meeting.id.in_([m.id for m in meetings]))
            .order_by(Meeting.date, ThemeProposal.id)
        ).all()
        covered = {
            one_line(theme).casefold()
            for theme in session.scalars(
                select(Meeting.theme).where(
                    Meeting.group_id == group_id,
                    Meeting.date <= last,
                    Meeting.status != MeetingStatus.CANCELLED,
                )
            )
        }

    # Meetings that took place: held, or with attendance taken (not cancelled).
    took_place = [
        m
        for m in meetings
        if m.status is not MeetingStatus.CANCELLED
        and (m.status is MeetingStatus.HELD or recorded[m.id])
    ]

    def was_member(person_id: int, date: dt.date) -> bool:
        return any(
            ms.person_id == person_id
            and (ms.joined_on is None or ms.joined_on <= date)
            and (ms.left_on is None or ms.left_on > date)
            for ms in memberships
        )

    members: list[MemberYear] = []
    for person in people.values():
        held = [
            m for m in took_place if was_member(person.id, m.date) or person.id in recorded[m.id]
        ]
        statuses = [recorded[m.id].get(person.id) for m in held]
        members.append(
            MemberYear(
                name=_name(person, lang),
                organisation=companies.get(person.id, ""),
                present=sum(s in PRESENT_STATUSES for s in statuses),
                absent=sum(s is not None and s not in PRESENT_STATUSES for s in statuses),
                meetings=len(held),
            )
        )
    members.sort(key=lambda m: sort_key(m.name, lang))
    return AnnualReport(
        group_name=group.name,
        year=year,
        meetings=tuple(
            ReportMeeting(
                date=m.date,
                theme=m.theme,
                host_name=hosts.get(m.host_organisation_id, "") if m.host_organisation_id else "",
                status=m.status.value,
                present=sum(s in PRESENT_STATUSES for s in recorded[m.id].values()),
                speakers=talks.get(m.id, ()),
            )
            for m in meetings
        ),
        members=tuple(members),
        coordinator_name=coordinator[0],
        themes_next=_coming_themes(proposals, covered),
    )


def member_addresses(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    """(name, e-mail) of the current members of the meeting's group who have an address: the
    recipients of the minutes."""
    return logistics.member_addresses(db, meeting_id)
