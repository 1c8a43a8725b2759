"""Round-table minutes: attendance, each member's status at the round table, the minutes'
status, and the minutes of a meeting (the document the exports print).

The rules live in `domain/minutes.py`; these use cases read and write the rows. Every change
returns what was there before, so that the UI can undo it. Decisions and action items live in
`minutes_outcomes`, theme and speaker proposals in `minutes_proposals`, the annual report in
`minutes_report`, the helpers they share in `minutes_common`; their public names are
re-exported here, so `services.minutes.X` keeps working.

Round-table statuses are confidential: `minutes_document` is the unredacted record, and only
`domain.minutes.redact` decides what an export may show.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
    Rsvp,
)
from coordinator_app.domain.meetings import AgendaLine, schedule
from coordinator_app.domain.minutes import (
    ATTENDANCE_NOTE_LEVEL,
    MAX_MINUTES_TEXT_CHARS,
    AttendanceLine,
    MinutesDocument,
    RoundTableLine,
    check_text,
    check_topics,
    clean_topics,
    topics_text,
)
from coordinator_app.domain.validation import FieldError, split_tags
from coordinator_app.services import logistics
from coordinator_app.services.errors import NotFound
from coordinator_app.services.logistics_common import _members_on
from coordinator_app.services.minutes_common import (
    _companies_on,
    _group,
    _meeting,
    _name,
    _people,
    _person,
    _raise,
    _renumber,
)
from coordinator_app.services.minutes_outcomes import (
    ActionInput as ActionInput,
    _decision_lines,
    _meeting_actions,
    actions_for_meeting as actions_for_meeting,
    add_action as add_action,
    add_decision as add_decision,
    decisions as decisions,
    list_actions as list_actions,
    remove_action as remove_action,
    remove_decision as remove_decision,
    update_action as update_action,
    update_decision as update_decision,
)
from coordinator_app.services.minutes_proposals import (
    SpeakerInput as SpeakerInput,
    ThemeChoice as ThemeChoice,
    ThemeInput as ThemeInput,
    _chosen_theme,
    _speaker_lines,
    _theme_lines,
    add_speaker as add_speaker,
    add_theme as add_theme,
    choose_theme as choose_theme,
    next_meeting as next_meeting,
    remove_speaker as remove_speaker,
    remove_theme as remove_theme,
    speakers as speakers,
    themes as themes,
    undo_choose_theme as undo_choose_theme,
    update_speaker as update_speaker,
    update_theme as update_theme,
)
from coordinator_app.services.minutes_report import (
    annual_report as annual_report,
)
from coordinator_app.services.planner_documents import _coordinator
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    Attendance,
    HostVisit,
    Meeting,
    Organisation,
    RoundTableEntry,
    SignUp,
)

# The agenda items the minutes recount: what the day offered besides coffee and lunch.
TALK_KINDS = frozenset(
    {AgendaKind.WELCOME, AgendaKind.TOUR, AgendaKind.TALK, AgendaKind.DISCUSSION}
)


# --- inputs and states ----------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceState:
    """A member's attendance as it was (`status` None: not taken), so that undo can put it back."""

    status: AttendanceStatus | None
    note: str
    note_level: Confidentiality = ATTENDANCE_NOTE_LEVEL


@dataclass(frozen=True)
class EntryInput:
    """What the coordinator types for one member at the round table."""

    text: str = ""
    topics: tuple[str, ...] = ()
    level: Confidentiality = Confidentiality.GROUP_ONLY


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
                note_level=(row.note_confidentiality if row is not None else ATTENDANCE_NOTE_LEVEL),
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
    *,
    note_level: Confidentiality | None = None,
) -> AttendanceState:
    """Record a person's attendance (`note` None keeps the note, `note_level` None keeps the
    note's sharing level); returns the state before.

    Status None means "not taken": the row is deleted (with its note and level, which the
    returned state keeps for undo). A note without a status is refused.
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
            AttendanceState(row.status, row.note, row.note_confidentiality)
            if row is not None
            else AttendanceState(None, "")
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
        if note_level is not None:
            row.note_confidentiality = Confidentiality(note_level)
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
        raise NotFound("That round-table entry no longer exists.", code="entry_missing")
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
                # The minutes' own note of the talk, never the agenda's (`notes`).
                notes=item.minutes_notes,
                notes_level=item.notes_confidentiality,
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
            coordinator_signature=coordinator[3],
        )


def member_addresses(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    """(name, e-mail) of the current members of the meeting's group who have an address: the
    recipients of the minutes."""
    return logistics.member_addresses(db, meeting_id)
