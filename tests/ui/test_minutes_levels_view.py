"""Sharing levels in the minutes view, set the way a coordinator does: a decision typed and
marked "group only" in its Sharing cell, a note typed beside a member's attendance; the database
holds the levels, each change is one undo step, and the export that leaves out the confidential
parts leaves them out."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QLineEdit

from coordinator_app.domain.enums import AgendaKind, AttendanceStatus, Confidentiality, Rsvp
from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.services import logistics, minutes, minutes_levels, planner, roster, talk_notes
from coordinator_app.services.minutes import ActionInput, SpeakerInput
from coordinator_app.services.minutes_levels import TextKind
from coordinator_app.ui.minutes.export import MinutesExportDialog, write_minutes_email
from coordinator_app.ui.minutes.tables import (
    ACTION_LEVEL_COLUMN,
    ATTENDANCE_LEVEL_COLUMN,
    ATTENDANCE_NOTE_COLUMN,
    DECISION_LEVEL_COLUMN,
    SPEAKER_LEVEL_COLUMN,
    TALK_LEVEL_COLUMN,
    THEME_LEVEL_COLUMN,
)
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.rows_model import RowsModel
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, type_text

G, A, S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE
MEETING_DAY = dt.date(2027, 3, 9)
SECRET_DECISION = "HEMMELIG-BESLUTNING-7310"
OPEN_DECISION = "Naeste moede i Esbjerg DELBAR-2291"
NOTE = "Meldte afbud bestyrelsesmoede NOTE-4418"


@pytest.fixture
def meeting_id(ctx, group_id) -> int:
    mid = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=MEETING_DAY, theme="AI i driften")
    )
    people = {r.name: r.person_id for r in roster.roster(ctx.db, group_id)}
    logistics.set_signup(ctx.db, mid, people["Mette Kjærgaard"], Rsvp.NO)
    logistics.set_signup(ctx.db, mid, people["Łukasz Żółć"], Rsvp.YES)
    return mid


def _view(qtbot, ctx, group_id) -> MinutesView:
    ctx.set_group(group_id)
    view = MinutesView(ctx, today=MEETING_DAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def _choose_in_cell(qtbot, table: QAbstractItemView, row: int, column: int, value: str) -> None:
    """Open the cell's editor with F2 and pick `value` in its combo box, as a user does."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None, "no combo box opened in the cell"
    position = editor.findData(value)
    assert position >= 0, value
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _export_markdown(qtbot, view: MinutesView, tmp_path: Path, monkeypatch, name: str) -> bytes:
    opened: list[Path] = []

    def options(for_email: bool) -> MinutesExportDialog:
        dialog = MinutesExportDialog(view, for_email=for_email)
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.omit.setChecked(True)
        return dialog

    view.exporter.open_file = opened.append
    view.exporter.ask_options = options
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / name), "")),
    )
    view.export_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(opened))
    return opened[0].read_bytes()


def test_a_decision_marked_group_only_is_left_out(
    qtbot, ctx, group_id, meeting_id, tmp_path, monkeypatch
) -> None:
    view = _view(qtbot, ctx, group_id)
    view.tabs.setCurrentIndex(1)
    for text in (SECRET_DECISION, OPEN_DECISION):
        view.new_decision.setFocus()
        type_text(qtbot, view.new_decision, text)
        qtbot.keyClick(view.new_decision, Qt.Key.Key_Return)
    decisions = minutes.decisions(ctx.db, meeting_id)
    assert [d.level for d in decisions] == [S, S]  # the group's own outcomes, by default
    header = view.decision_model.headerData(DECISION_LEVEL_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Sharing"
    assert view.decision_model.index(0, DECISION_LEVEL_COLUMN).data() == "May be shared"

    _choose_in_cell(qtbot, view.decision_table, 0, DECISION_LEVEL_COLUMN, G.value)
    qtbot.waitUntil(lambda: minutes.decisions(ctx.db, meeting_id)[0].level is G)
    qtbot.waitUntil(
        lambda: view.decision_model.index(0, DECISION_LEVEL_COLUMN).data() == "Group only"
    )
    assert minutes.decisions(ctx.db, meeting_id)[1].level is S
    # One undo step, and redo puts it back.
    assert ctx.undo_stack.undoText() == "Sharing level"
    ctx.undo_stack.undo()
    assert minutes.decisions(ctx.db, meeting_id)[0].level is S
    ctx.undo_stack.redo()
    assert minutes.decisions(ctx.db, meeting_id)[0].level is G

    data = _export_markdown(qtbot, view, tmp_path, monkeypatch, "referat")
    assert SECRET_DECISION.encode() not in data
    assert OPEN_DECISION.encode() in data

    # Removed and brought back by undo: still group only, still left out.
    view.decision_table.setCurrentIndex(view.decision_model.index(0, 1))
    view.remove_decision_action.trigger()
    assert [d.text for d in minutes.decisions(ctx.db, meeting_id)] == [OPEN_DECISION]
    ctx.undo_stack.undo()
    restored = minutes.decisions(ctx.db, meeting_id)[0]
    assert (restored.text, restored.level) == (SECRET_DECISION, G)
    again = _export_markdown(qtbot, view, tmp_path, monkeypatch, "igen")
    assert SECRET_DECISION.encode() not in again


def test_an_attendance_note_typed_beside_the_member(
    qtbot, ctx, group_id, meeting_id, tmp_path, monkeypatch
) -> None:
    view = _view(qtbot, ctx, group_id)
    view.prefill_action.trigger()
    model = view.attendance_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = names.index("Mette Kjærgaard")
    table = view.attendance_table
    table.setCurrentIndex(model.index(row, ATTENDANCE_NOTE_COLUMN))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    type_text(qtbot, editor, NOTE)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    mette = next(a for a in minutes.attendance(ctx.db, meeting_id) if a.name == "Mette Kjærgaard")
    qtbot.waitUntil(
        lambda: (
            next(
                a for a in minutes.attendance(ctx.db, meeting_id) if a.person_id == mette.person_id
            ).note
            == NOTE
        )
    )
    line = next(a for a in minutes.attendance(ctx.db, meeting_id) if a.person_id == mette.person_id)
    assert line.note_level is G and line.status is not None
    qtbot.waitUntil(lambda: model.index(row, ATTENDANCE_LEVEL_COLUMN).data() == "Group only")
    assert ctx.undo_stack.undoText() == "Note of Mette Kjærgaard"
    data = _export_markdown(qtbot, view, tmp_path, monkeypatch, "referat")
    assert b"NOTE-4418" not in data
    assert "Mette Kjærgaard".encode() in data

    # Marked shareable in its Sharing cell: now it goes out.
    _choose_in_cell(qtbot, table, row, ATTENDANCE_LEVEL_COLUMN, S.value)
    qtbot.waitUntil(
        lambda: (
            next(
                a for a in minutes.attendance(ctx.db, meeting_id) if a.person_id == mette.person_id
            ).note_level
            is S
        )
    )
    assert ctx.undo_stack.undoText() == "Sharing of the note of Mette Kjærgaard"
    assert b"NOTE-4418" in _export_markdown(qtbot, view, tmp_path, monkeypatch, "delt")

    # Clearing the attendance (0) and undoing it brings note and level back.
    table.setCurrentIndex(model.index(row, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_0)
    line = next(a for a in minutes.attendance(ctx.db, meeting_id) if a.person_id == mette.person_id)
    assert (line.status, line.note) == (None, "")
    ctx.undo_stack.undo()
    line = next(a for a in minutes.attendance(ctx.db, meeting_id) if a.person_id == mette.person_id)
    assert (line.note, line.note_level) == (NOTE, S)


def test_every_other_text_has_its_sharing_cell(qtbot, ctx, group_id, meeting_id) -> None:
    person = minutes.attendance(ctx.db, meeting_id)[0].person_id
    talk = planner.add_agenda_item(
        ctx.db, meeting_id, AgendaItemInput("Oplæg", AgendaKind.TALK, 45, notes="Noter")
    )
    # The minutes have their own note of a talk (0004); the agenda's is not in the minutes.
    talk_notes.set_talk_notes(ctx.db, talk, "Noter")
    action = minutes.add_action(ctx.db, meeting_id, ActionInput("Opgave", person))
    theme = minutes.add_theme(ctx.db, meeting_id, "Cloud", person)
    speaker = minutes.add_speaker(ctx.db, group_id, SpeakerInput("NIS2", proposed_by_id=person))
    view = _view(qtbot, ctx, group_id)
    cases = (
        (1, view.talk_table, TALK_LEVEL_COLUMN, TextKind.TALK, talk, G, A),
        (1, view.action_table, ACTION_LEVEL_COLUMN, TextKind.ACTION, action, S, G),
        (2, view.theme_table, THEME_LEVEL_COLUMN, TextKind.THEME, theme, A, S),
        (2, view.speaker_table, SPEAKER_LEVEL_COLUMN, TextKind.SPEAKER, speaker, G, A),
    )
    for tab, table, column, kind, row_id, before, after in cases:
        view.tabs.setCurrentIndex(tab)
        assert minutes_levels.level(ctx.db, kind, row_id) is before
        model = table.model()
        assert isinstance(model, RowsModel)
        row = [r.id for r in model.rows()].index(row_id)
        _choose_in_cell(qtbot, table, row, column, after.value)
        qtbot.waitUntil(lambda k=kind, r=row_id, a=after: minutes_levels.level(ctx.db, k, r) is a)
        assert ctx.undo_stack.undoText() == "Sharing level"
    # The talk's notes, the action and the proposals are untouched by the level changes.
    document = minutes.minutes_document(ctx.db, meeting_id)
    assert [t.notes for t in document.talks if t.notes] == ["Noter"]
    assert [a.text for a in document.actions] == ["Opgave"]
    assert [(t.theme, t.proposed_by_id) for t in document.themes] == [("Cloud", person)]
    assert [s.topic for s in document.speakers] == ["NIS2"]
    # Undo, step by step, takes each back.
    for _tab, _table, _column, kind, row_id, before, _after in reversed(cases):
        ctx.undo_stack.undo()
        assert minutes_levels.level(ctx.db, kind, row_id) is before


def test_the_minutes_email_attachment_keeps_to_the_levels(ctx, meeting_id, tmp_path) -> None:
    """The e-mail draft carries the export as written: a group-only decision and note are not
    in the attachment, nor anywhere in the draft."""
    person = minutes.attendance(ctx.db, meeting_id)[0].person_id
    minutes.set_attendance(ctx.db, meeting_id, person, AttendanceStatus.EXCUSED, NOTE)
    minutes.add_decision(ctx.db, meeting_id, SECRET_DECISION, level=G)
    minutes.add_decision(ctx.db, meeting_id, OPEN_DECISION)
    options = ExportOptions(omit_confidential=True, lang="da")
    path = write_minutes_email(ctx.db, meeting_id, tmp_path / "referat.eml", "md", options, None)
    raw = path.read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    [attachment] = list(message.iter_attachments())
    content = attachment.get_content()
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    assert OPEN_DECISION.encode() in data  # the search works
    for secret in (SECRET_DECISION, "NOTE-4418"):
        assert secret.encode() not in data
        assert secret.encode() not in raw
