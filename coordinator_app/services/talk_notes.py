"""A talk's note in the minutes, apart from its note on the agenda.

An agenda item has two notes: `notes`, typed in the agenda editor and printed on the agenda
(and in the calendar entry), and `minutes_notes`, typed under the talk in the minutes and
exported with them, at the sharing level `notes_confidentiality` (services/minutes_levels.py).
A note typed in one never shows in the other. Changing the minutes note is no change to the
meeting's agenda, so the meeting's iCalendar sequence stays as it is.
"""

from __future__ import annotations

from sqlalchemy import select

from coordinator_app.domain.minutes import MAX_MINUTES_TEXT_CHARS, check_text
from coordinator_app.domain.text import clean_text
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.store.database import Database
from coordinator_app.store.models import AgendaItem


def talk_notes(db: Database, meeting_id: int) -> dict[int, str]:
    """The minutes notes of the meeting's agenda items, by item id."""
    with db.reading() as session:
        rows = session.execute(
            select(AgendaItem.id, AgendaItem.minutes_notes).where(
                AgendaItem.meeting_id == meeting_id
            )
        )
        return {int(row[0]): str(row[1]) for row in rows}


def set_talk_notes(db: Database, item_id: int, text: str) -> str:
    """Save the minutes note of an agenda item; returns the note it had (for undo)."""
    if errors := check_text("notes", text, MAX_MINUTES_TEXT_CHARS):
        raise ValidationFailed(errors)
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound("That agenda item no longer exists.", code="agenda_item_missing")
        before = item.minutes_notes
        item.minutes_notes = clean_text(text, multiline=True).strip()
        return before
