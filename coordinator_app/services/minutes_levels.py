"""The sharing level of each free text in the minutes besides the round table.

Attendance notes, talk notes (the notes of the agenda's talks as the minutes show them),
decisions, action items, theme and speaker proposals carry the round table's three levels
(`domain.enums.Confidentiality`); `domain.minutes.redact` applies them to every export. A level
is set on its own, never by a content edit: `update_decision` and the like leave it alone, so a
form that knows nothing of levels cannot make a group-only text shareable. A text is added with
its kind's default (`domain.minutes.*_LEVEL`) unless the caller gives one.

Each function is one transaction and returns the level before, for undo. A talk's notes level
is not part of the calendar: setting it does not raise the meeting's iCalendar SEQUENCE.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.validation import FieldError
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.minutes_common import _meeting
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    SpeakerProposal,
    ThemeProposal,
)


class TextKind(StrEnum):
    """A kind of text in the minutes that has a sharing level of its own (one row each)."""

    DECISION = "decision"
    ACTION = "action"
    THEME = "theme"
    SPEAKER = "speaker"
    TALK = "talk"  # the notes of an agenda item


_Levelled = Decision | ActionItem | ThemeProposal | SpeakerProposal


def _missing(kind: TextKind) -> NotFound:
    """The error for a text whose row is gone."""
    if kind is TextKind.DECISION:
        return NotFound("That decision no longer exists.", code="decision_missing")
    if kind is TextKind.ACTION:
        return NotFound("That action item no longer exists.", code="action_missing")
    if kind is TextKind.THEME:
        return NotFound("That theme proposal no longer exists.", code="theme_missing")
    if kind is TextKind.SPEAKER:
        return NotFound("That speaker proposal no longer exists.", code="speaker_proposal_missing")
    return NotFound("That agenda item no longer exists.", code="agenda_item_missing")


def _row(session: Session, kind: TextKind, row_id: int) -> _Levelled | None:
    kind = TextKind(kind)
    if kind is TextKind.DECISION:
        return session.get(Decision, row_id)
    if kind is TextKind.ACTION:
        return session.get(ActionItem, row_id)
    if kind is TextKind.THEME:
        return session.get(ThemeProposal, row_id)
    return session.get(SpeakerProposal, row_id)


def _level(value: Confidentiality | str) -> Confidentiality:
    try:
        return Confidentiality(value)
    except ValueError:
        raise ValidationFailed(
            [FieldError("level", "level_invalid", "Please choose a sharing level.", str(value))]
        ) from None


def level(db: Database, kind: TextKind, row_id: int) -> Confidentiality:
    """The sharing level of one text."""
    with db.reading() as session:
        if kind is TextKind.TALK:
            item = session.get(AgendaItem, row_id)
            if item is None:
                raise _missing(kind)
            return item.notes_confidentiality
        row = _row(session, kind, row_id)
        if row is None:
            raise _missing(kind)
        return row.confidentiality


def set_level(
    db: Database, kind: TextKind, row_id: int, new_level: Confidentiality
) -> Confidentiality:
    """Give one text a sharing level; returns the level it had."""
    chosen = _level(new_level)
    with db.session() as session:
        if kind is TextKind.TALK:
            item = session.get(AgendaItem, row_id)
            if item is None:
                raise _missing(kind)
            before = item.notes_confidentiality
            item.notes_confidentiality = chosen
            return before
        row = _row(session, kind, row_id)
        if row is None:
            raise _missing(kind)
        before = row.confidentiality
        row.confidentiality = chosen
        return before


def set_attendance_note_level(
    db: Database, meeting_id: int, person_id: int, new_level: Confidentiality
) -> Confidentiality:
    """Give a member's attendance note a sharing level; returns the level it had. Refused
    while the member's attendance is not recorded (there is no note without it)."""
    chosen = _level(new_level)
    with db.session() as session:
        _meeting(session, meeting_id)
        row = session.scalar(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        )
        if row is None:
            raise ValidationFailed(
                [FieldError("status", "status_required", "A note needs an attendance status.")]
            )
        before = row.note_confidentiality
        row.note_confidentiality = chosen
        return before


def talk_note_levels(db: Database, meeting_id: int) -> dict[int, Confidentiality]:
    """The sharing level of the notes of each of the meeting's agenda items, by item id."""
    with db.reading() as session:
        _meeting(session, meeting_id)
        rows = session.execute(
            select(AgendaItem.id, AgendaItem.notes_confidentiality).where(
                AgendaItem.meeting_id == meeting_id
            )
        ).all()
        return {item_id: value for item_id, value in rows}  # noqa: C416 - typed pairs
