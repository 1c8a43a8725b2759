"""What the round table proposes for later: themes (and the chosen next theme, which changes
the next meeting and so raises its iCalendar SEQUENCE) and the group's speaker pipeline.
Every change returns what was there before, so that the UI can undo it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import (
    Confidentiality,
    MeetingStatus,
    SpeakerStatus,
)
from coordinator_app.domain.minutes import (
    MAX_MINUTES_TEXT_CHARS,
    MAX_SPEAKER_NAME_CHARS,
    MAX_TOPIC_CHARS,
    SPEAKER_LEVEL,
    THEME_LEVEL,
    SpeakerLine,
    ThemeLine,
    check_text,
    check_votes,
    one_line,
)
from coordinator_app.domain.validation import FieldError
from coordinator_app.services.errors import NotFound
from coordinator_app.services.minutes_common import (
    _check_person,
    _company_on,
    _group,
    _jobs,
    _meeting,
    _name,
    _people,
    _raise,
)
from coordinator_app.services.planner_rows import MeetingRow, _changed, _meeting_rows
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Meeting,
    SpeakerProposal,
    ThemeProposal,
)

# The order of the speaker pipeline: what is still coming, then what was held, then declined.
_PIPELINE_ORDER: dict[SpeakerStatus, int] = {
    SpeakerStatus.IDEA: 0,
    SpeakerStatus.ASKED: 0,
    SpeakerStatus.CONFIRMED: 0,
    SpeakerStatus.HELD: 1,
    SpeakerStatus.DECLINED: 2,
}


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
    _check_person(session, data.proposed_by_id, "proposer")
    return ThemeInput(theme, data.proposed_by_id, data.votes)


def _theme(session: Session, theme_id: int) -> ThemeProposal:
    row = session.get(ThemeProposal, theme_id)
    if row is None:
        raise NotFound("That theme proposal no longer exists.", code="theme_missing")
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
            level=r.confidentiality,
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
    level: Confidentiality = THEME_LEVEL,
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
            confidentiality=Confidentiality(level),
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
    _check_person(session, clean.proposed_by_id, "proposer")
    _check_person(session, clean.speaker_person_id, "speaker")
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
        raise NotFound("That speaker proposal no longer exists.", code="speaker_proposal_missing")
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
                level=r.confidentiality,
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
    db: Database,
    group_id: int,
    data: SpeakerInput,
    *,
    proposal_id: int | None = None,
    level: Confidentiality = SPEAKER_LEVEL,
) -> int:
    """Record a speaker proposal; `proposal_id` re-creates a removed one (undo, redo)."""
    with db.session() as session:
        _group(session, group_id)
        clean = _cleaned_speaker(session, group_id, data)
        row = SpeakerProposal(group_id=group_id, confidentiality=Confidentiality(level))
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
