"""The tables of the minutes view: talks, decisions, action items, theme and speaker proposals,
each with a "Sharing" column that shows and edits the text's sharing level (a combo box;
`sharing_delegate`). The view saves an edit through `on_edit(row, column, value)`; the column
numbers are named here (`*_LEVEL_COLUMN`) so that the view and these models agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import Confidentiality, SpeakerStatus
from coordinator_app.services.planner import AgendaRow
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.labels import agenda_kind_label, confidentiality_label, speaker_status_label
from coordinator_app.ui.rows_model import Column, RowsModel

OnEdit = Callable[[Any, int, Any], None]

TALK_LEVEL_COLUMN = 4
DECISION_LEVEL_COLUMN = 2
ACTION_LEVEL_COLUMN = 5
THEME_LEVEL_COLUMN = 4
SPEAKER_LEVEL_COLUMN = 6
ATTENDANCE_NOTE_COLUMN = 2
ATTENDANCE_LEVEL_COLUMN = 3


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class TalkRow:
    """An agenda item the minutes recount, with the minutes' note of it and that note's sharing
    level (a row of its own, so that a reload after a change shows it). The agenda's own note
    (`agenda.data.notes`) is not the minutes' note and is not shown here."""

    id: int
    agenda: AgendaRow
    level: Confidentiality
    notes: str = ""


def sharing_column(level_of: Callable[[Any], Confidentiality]) -> Column:
    """The "Sharing" column: the level's label, edited by choosing a level."""
    return Column(
        QT_TRANSLATE_NOOP("MinutesView", "Sharing"),
        lambda r: confidentiality_label(level_of(r)),
        edit_value=lambda r: level_of(r).value,
    )


def sharing_delegate(parent: QWidget) -> ChoiceDelegate:
    return ChoiceDelegate(
        [(level.value, confidentiality_label(level)) for level in Confidentiality], parent
    )


def chosen_level(value: Any) -> Confidentiality | None:
    """The level chosen in a "Sharing" cell; None for anything else."""
    try:
        return Confidentiality(str(value))
    except ValueError:
        return None


def talk_model(on_edit: OnEdit, parent: Any) -> RowsModel:
    return RowsModel(
        "MinutesView",
        [
            Column(QT_TRANSLATE_NOOP("MinutesView", "Time"), lambda r: f"{r.agenda.start:%H:%M}"),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Talk"),
                lambda r: r.agenda.data.title or agenda_kind_label(r.agenda.data.kind),
            ),
            Column(QT_TRANSLATE_NOOP("MinutesView", "Speaker"), lambda r: r.agenda.speaker_display),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Notes"),
                lambda r: " ".join(r.notes.split()),
                tooltip=lambda r: r.notes or None,
                edit_value=lambda r: r.notes,
            ),
            sharing_column(lambda r: r.level),
        ],
        on_edit=on_edit,
        key=lambda r: r.id,
        parent=parent,
    )


def decision_model(on_edit: OnEdit, parent: Any) -> RowsModel:
    return RowsModel(
        "MinutesView",
        [
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "#"),
                lambda r: str(r.position + 1),
                align_right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Decision"),
                lambda r: r.text,
                tooltip=lambda r: r.text,
                edit_value=lambda r: r.text,
            ),
            sharing_column(lambda r: r.level),
        ],
        on_edit=on_edit,
        key=lambda r: r.id,
        parent=parent,
    )


def action_model(
    on_edit: OnEdit, language: str, today: Callable[[], dt.date], parent: Any
) -> RowsModel:
    return RowsModel(
        "MinutesView",
        [
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Done"),
                lambda r: format_short_date(r.done_on, language) if r.done_on else "",
                checked=lambda r: r.done_on is not None,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Action item"),
                lambda r: r.text,
                tooltip=lambda r: r.text,
                edit_value=lambda r: r.text,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Owner"),
                lambda r: r.owner_name,
                edit_value=lambda r: str(r.owner_id or ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Due"),
                lambda r: format_short_date(r.due_on, language) if r.due_on else "",
                edit_value=lambda r: r.due_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "From meeting"),
                lambda r: format_short_date(r.meeting_date, language) if r.carried else "",
            ),
            sharing_column(lambda r: r.level),
        ],
        on_edit=on_edit,
        warn=lambda r: r.done_on is None and r.due_on is not None and r.due_on < today(),
        muted=lambda r: r.done_on is not None,
        key=lambda r: r.id,
        parent=parent,
    )


def theme_model(on_edit: OnEdit, parent: Any) -> RowsModel:
    return RowsModel(
        "MinutesView",
        [
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Chosen"),
                lambda r: "✓" if r.chosen else "",
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Proposed theme"),
                lambda r: r.theme,
                edit_value=lambda r: r.theme,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Proposed by"),
                lambda r: r.proposed_by_name,
                edit_value=lambda r: str(r.proposed_by_id or ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Votes"),
                lambda r: str(r.votes),
                align_right=True,
                edit_value=lambda r: r.votes,
            ),
            sharing_column(lambda r: r.level),
        ],
        on_edit=on_edit,
        key=lambda r: r.id,
        parent=parent,
    )


def speaker_model(on_edit: OnEdit, language: str, parent: Any) -> RowsModel:
    return RowsModel(
        "MinutesView",
        [
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Topic"),
                lambda r: r.topic,
                edit_value=lambda r: r.topic,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Speaker"),
                lambda r: r.speaker_name,
                edit_value=lambda r: r.speaker_name,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Organisation"),
                lambda r: r.speaker_organisation,
                edit_value=lambda r: r.speaker_organisation,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Proposed by"),
                lambda r: r.proposed_by_name,
                edit_value=lambda r: str(r.proposed_by_id or ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Status"),
                lambda r: speaker_status_label(r.status),
                edit_value=lambda r: r.status.value,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "For meeting"),
                lambda r: format_short_date(r.meeting_date, language) if r.meeting_date else "",
                edit_value=lambda r: str(r.meeting_id or ""),
            ),
            sharing_column(lambda r: r.level),
        ],
        on_edit=on_edit,
        muted=lambda r: r.status in (SpeakerStatus.HELD, SpeakerStatus.DECLINED),
        key=lambda r: r.id,
        parent=parent,
    )
