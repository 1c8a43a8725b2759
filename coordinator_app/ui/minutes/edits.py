"""What a cell typed in the minutes' tables of action items, themes and speaker proposals
changes: the row's new input, for the view to save as a command. No Qt here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordinator_app.domain.enums import SpeakerStatus
from coordinator_app.domain.minutes import ActionLine, SpeakerLine, ThemeLine
from coordinator_app.services.minutes_outcomes import ActionInput
from coordinator_app.services.minutes_proposals import SpeakerInput, ThemeInput


def edited_action(row: ActionLine, column: int, value: Any, done_on: dt.date) -> ActionInput | None:
    """The action item with `value` typed in `column` (None: nothing to save). Ticked done,
    it is done on `done_on`."""
    data = ActionInput(row.text, row.owner_id, row.due_on, row.done_on)
    if column == 0:
        data = ActionInput(data.text, data.owner_id, data.due_on, done_on if value else None)
    elif column == 1:
        text = " ".join(str(value).split())
        if not text:
            return None
        data = ActionInput(text, data.owner_id, data.due_on, data.done_on)
    elif column == 2:
        owner = int(value) if str(value).isdigit() else None
        data = ActionInput(data.text, owner, data.due_on, data.done_on)
    elif column == 3:
        due = value if isinstance(value, dt.date) else None
        data = ActionInput(data.text, data.owner_id, due, data.done_on)
    return data


def edited_theme(row: ThemeLine, column: int, value: Any) -> ThemeInput | None:
    """The theme proposal with `value` typed in `column` (None: nothing to save)."""
    data = ThemeInput(row.theme, row.proposed_by_id, row.votes)
    if column == 1:
        theme = " ".join(str(value).split())
        if not theme:
            return None
        data = ThemeInput(theme, data.proposed_by_id, data.votes)
    elif column == 2:
        proposer = int(value) if str(value).isdigit() else None
        data = ThemeInput(data.theme, proposer, data.votes)
    elif column == 3:
        try:
            votes = int(value)
        except (TypeError, ValueError):
            return None
        data = ThemeInput(data.theme, data.proposed_by_id, votes)
    return data


def edited_speaker(row: SpeakerLine, column: int, value: Any) -> SpeakerInput:
    """The speaker proposal with `value` typed in `column`."""
    fields = {
        "topic": row.topic,
        "proposed_by_id": row.proposed_by_id,
        "speaker_person_id": row.speaker_person_id,
        "speaker_name": row.speaker_name,
        "speaker_organisation": row.speaker_organisation,
        "status": row.status,
        "meeting_id": row.meeting_id,
        "notes": row.notes,
    }
    text = " ".join(str(value).split()) if isinstance(value, str) else value
    if column == 0:
        fields["topic"] = text
    elif column == 1:
        fields["speaker_name"] = text
        fields["speaker_person_id"] = None
    elif column == 2:
        fields["speaker_organisation"] = text
    elif column == 3:
        fields["proposed_by_id"] = int(value) if str(value).isdigit() else None
    elif column == 4:
        fields["status"] = SpeakerStatus(str(value))
    elif column == 5:
        fields["meeting_id"] = int(value) if str(value).isdigit() else None
    return SpeakerInput(**fields)  # type: ignore[arg-type]
