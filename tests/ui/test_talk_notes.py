"""A note typed under a talk in the minutes stays in the minutes; the agenda's note stays on the
agenda (issue #15, item 8)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from coordinator_app.domain.enums import AgendaKind
from coordinator_app.domain.meetings import AgendaItemInput, AgendaTemplate, MeetingInput
from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.exchange.minutes_export import minutes_bytes
from coordinator_app.services import minutes, planner, talk_notes
from coordinator_app.ui.minutes.view import MinutesView
from tests.ui.conftest import activate, type_text

DAY = dt.date(2027, 3, 9)
AGENDA_NOTE = "Husk HDMI-adapter til oplægsholderen"
MINUTES_NOTE = "Slides deles i gruppens mappe"
NOTES_COLUMN = 3


@pytest.fixture
def talk(ctx, group_id) -> tuple[int, int]:
    meeting_id = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=DAY, theme="AI i driften"), template=AgendaTemplate(())
    )
    item_id = planner.add_agenda_item(
        ctx.db,
        meeting_id,
        AgendaItemInput(
            "AIOps i praksis", AgendaKind.TALK, speaker_name="Ida Holm", notes=AGENDA_NOTE
        ),
    )
    return meeting_id, item_id


def _view(qtbot, ctx, group_id) -> MinutesView:
    ctx.set_group(group_id)
    view = MinutesView(ctx, today=DAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def _agenda_note(ctx, meeting_id: int, item_id: int) -> str:
    item = next(i for i in planner.agenda(ctx.db, meeting_id).items if i.id == item_id)
    return item.data.notes


def test_a_note_typed_in_the_minutes_is_not_printed_on_the_agenda(
    qtbot, ctx, group_id, talk
) -> None:
    meeting_id, item_id = talk
    view = _view(qtbot, ctx, group_id)
    view.tabs.setCurrentIndex(1)
    model, table = view.talk_model, view.talk_table
    assert model.rowCount() == 1
    # The agenda's note is the agenda's: the minutes' note starts empty.
    assert model.index(0, NOTES_COLUMN).data() == ""
    table.setCurrentIndex(model.index(0, NOTES_COLUMN))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    type_text(qtbot, editor, MINUTES_NOTE)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: talk_notes.talk_notes(ctx.db, meeting_id)[item_id] == MINUTES_NOTE)
    qtbot.waitUntil(lambda: model.index(0, NOTES_COLUMN).data() == MINUTES_NOTE)

    assert _agenda_note(ctx, meeting_id, item_id) == AGENDA_NOTE
    [line] = planner.meeting_document(ctx.db, meeting_id).agenda
    assert line.notes == AGENDA_NOTE
    [recounted] = minutes.minutes_document(ctx.db, meeting_id).talks
    assert recounted.notes == MINUTES_NOTE
    exported = minutes_bytes(
        minutes.minutes_document(ctx.db, meeting_id),
        fmt="md",
        options=ExportOptions(),
        printed_on=DAY,
    ).decode("utf-8")
    assert MINUTES_NOTE in exported and AGENDA_NOTE not in exported

    ctx.undo_stack.undo()
    assert talk_notes.talk_notes(ctx.db, meeting_id)[item_id] == ""
    assert _agenda_note(ctx, meeting_id, item_id) == AGENDA_NOTE


def test_editing_the_agenda_note_leaves_the_minutes_note(ctx, talk) -> None:
    meeting_id, item_id = talk
    talk_notes.set_talk_notes(ctx.db, item_id, MINUTES_NOTE)
    sequence = planner.meeting_document(ctx.db, meeting_id).ical_sequence
    planner.update_agenda_item(
        ctx.db,
        item_id,
        AgendaItemInput("AIOps i praksis", AgendaKind.TALK, speaker_name="Ida Holm", notes="Ny"),
    )
    assert talk_notes.talk_notes(ctx.db, meeting_id)[item_id] == MINUTES_NOTE
    assert _agenda_note(ctx, meeting_id, item_id) == "Ny"
    # The minutes' note is no change to the agenda: a calendar is not sent a new version for it.
    talk_notes.set_talk_notes(ctx.db, item_id, "Rettet")
    assert planner.meeting_document(ctx.db, meeting_id).ical_sequence == sequence + 1
