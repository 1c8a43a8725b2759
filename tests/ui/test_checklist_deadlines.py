"""Checklist deadlines as a coordinator edits them: in a meeting's checklist (days before or after
the meeting, saved at once, one undo step) and in the template new meetings start from (the
Checklist tab of the planner settings)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit

from coordinator_app.domain.logistics import (
    ChecklistTemplate,
    ChecklistTemplateItem,
    default_checklist,
)
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import logistics, planner, settings
from coordinator_app.ui.app import install_translators
from coordinator_app.ui.logistics.view import LogisticsView
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.offsets import OffsetSpinBox, parse_offset
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from tests.ui.conftest import activate, type_text, when_dialog_opens

TODAY = dt.date(2027, 2, 1)
MEETING_DAY = dt.date(2027, 3, 9)


@pytest.fixture
def meeting_id(ctx, group_id) -> int:
    return planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=MEETING_DAY, theme="AI i driften")
    )


def _view(qtbot, ctx, group_id) -> LogisticsView:
    ctx.set_group(group_id)
    view = LogisticsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    view.tabs.setCurrentIndex(2)
    return view


def _edit_when(qtbot, view: LogisticsView, row: int, typed: str) -> None:
    """Open the deadline cell by keyboard (F2), type over it and press Enter."""
    table = view.checklist_table
    index = view.checklist_model.index(row, 3)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, OffsetSpinBox)
    assert editor.accessibleName()
    line = editor.lineEdit()
    line.selectAll()
    type_text(qtbot, line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_a_tasks_deadline_is_edited_in_days_and_undone_in_one_step(
    qtbot, ctx, group_id, meeting_id
) -> None:
    view = _view(qtbot, ctx, group_id)
    model = view.checklist_model
    rows = model.rows()
    minutes = next(n for n, r in enumerate(rows) if r.offset_days == 7)
    task = rows[minutes]
    assert model.index(minutes, 3).data() == "7 day(s) after"
    steps = ctx.undo_stack.count()
    _edit_when(qtbot, view, minutes, "-30")
    qtbot.waitUntil(lambda: next(r for r in model.rows() if r.id == task.id).offset_days == -30)
    saved = next(r for r in logistics.checklist(ctx.db, meeting_id, TODAY) if r.id == task.id)
    assert saved.offset_days == -30
    assert saved.due == MEETING_DAY - dt.timedelta(days=30)
    assert saved.title == task.title
    # Due on 7 February now; the table shows the deadline in words.
    row = next(n for n, r in enumerate(model.rows()) if r.id == task.id)
    assert model.index(row, 3).data() == "30 day(s) before"
    assert ctx.undo_stack.count() == steps + 1
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: next(r for r in model.rows() if r.id == task.id).offset_days == 7)
    assert (
        next(
            r for r in logistics.checklist(ctx.db, meeting_id, TODAY) if r.id == task.id
        ).offset_days
        == 7
    )


def test_a_deadline_can_be_typed_in_words(qtbot, ctx, group_id, meeting_id) -> None:
    view = _view(qtbot, ctx, group_id)
    model = view.checklist_model
    task = model.rows()[0]
    _edit_when(qtbot, view, 0, "12 days after")
    qtbot.waitUntil(lambda: next(r for r in model.rows() if r.id == task.id).offset_days == 12)
    assert (
        next(
            r for r in logistics.checklist(ctx.db, meeting_id, TODAY) if r.id == task.id
        ).offset_days
        == 12
    )


def test_deadlines_read_in_danish(qapp) -> None:
    translators = install_translators(qapp, "da")
    try:
        assert parse_offset("90 dage før") == -90
        assert parse_offset("7 dage efter") == 7
        assert parse_offset("1 dag før") == -1
        assert parse_offset("−90") == -90
        assert parse_offset("på dagen") == 0
        assert parse_offset("før") is None
        box = OffsetSpinBox()
        box.setValue(-14)
        assert box.text() == "14 dage før"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _select(dialog: PlannerSettingsDialog, row: int) -> None:
    dialog.checklist_table.selectionModel().setCurrentIndex(
        dialog.checklist_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_the_checklist_template_is_edited_in_the_settings(qtbot, ctx, group_id) -> None:
    template = settings.checklist_template(ctx.db, "en")
    dialog = PlannerSettingsDialog(
        None,
        settings.holiday_rules(ctx.db),
        settings.agenda_template(ctx.db, "en"),
        "en",
        checklist=template,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.checklist_page)
    model = dialog.checklist_model
    assert model.rowCount() == len(template.items)
    assert model.index(0, 0).data() == "Confirm the visit with the host"
    assert model.index(0, 1).data() == "90 day(s) before"
    # Remove the first task, move the last one up, add one after it.
    _select(dialog, 0)
    qtbot.mouseClick(dialog.checklist_remove, Qt.MouseButton.LeftButton)
    last = model.rowCount() - 1
    _select(dialog, last)
    qtbot.mouseClick(dialog.checklist_up, Qt.MouseButton.LeftButton)
    assert model.index(last - 1, 0).data() == "Send the minutes"
    qtbot.mouseClick(dialog.checklist_add, Qt.MouseButton.LeftButton)
    table = dialog.checklist_table
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Book the restaurant")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    added = last  # after the moved one
    assert model.index(added, 0).data() == "Book the restaurant"
    table.setCurrentIndex(model.index(added, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    spin = QApplication.focusWidget()
    assert isinstance(spin, OffsetSpinBox)
    line = spin.lineEdit()
    line.selectAll()
    type_text(qtbot, line, "-21")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert model.index(added, 1).data() == "21 day(s) before"
    dialog.accept()
    assert not dialog.isVisible()
    saved = dialog.checklist()
    assert saved.items[0].title == "Agree on tour, room and catering"
    assert saved.items[-3:] == (
        ChecklistTemplateItem("Send the minutes", 7),
        ChecklistTemplateItem("Book the restaurant", -21),
        ChecklistTemplateItem("Thank the host for the visit", 2),
    )
    assert len(saved.items) == len(template.items)


def test_an_empty_task_title_is_refused(qtbot, ctx) -> None:
    dialog = PlannerSettingsDialog(
        None,
        settings.holiday_rules(ctx.db),
        settings.agenda_template(ctx.db, "en"),
        "en",
        checklist=ChecklistTemplate((ChecklistTemplateItem("Confirm", -90),)),
    )
    qtbot.addWidget(dialog)
    model = dialog.checklist_model
    assert not model.setData(model.index(0, 0), "   ", Qt.ItemDataRole.EditRole)
    assert model.index(0, 0).data() == "Confirm"
    assert not model.setData(model.index(0, 1), 400, Qt.ItemDataRole.EditRole)
    assert dialog.checklist().items == (ChecklistTemplateItem("Confirm", -90),)
    dialog.checklist_reset.click()
    assert dialog.checklist() == default_checklist("en")


def test_the_saved_template_is_used_for_new_meetings(qtbot, ctx, group_id) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PlannerSettingsDialog)
        model = dialog.checklist_model
        while model.rowCount() > 1:
            _select(dialog, 1)
            dialog.checklist_remove.click()
        model.setData(model.index(0, 0), "Ring til værten", Qt.ItemDataRole.EditRole)
        model.setData(model.index(0, 1), -45, Qt.ItemDataRole.EditRole)
        dialog.accept()

    when_dialog_opens(qtbot, edit)
    window.planner_settings_action.trigger()
    assert settings.checklist_template(ctx.db, "da") == ChecklistTemplate(
        (ChecklistTemplateItem("Ring til værten", -45),)
    )
    meeting = planner.create_meeting(ctx.db, group_id, MeetingInput(date=MEETING_DAY))
    assert [(r.title, r.offset_days) for r in logistics.checklist(ctx.db, meeting, TODAY)] == [
        ("Ring til værten", -45)
    ]
