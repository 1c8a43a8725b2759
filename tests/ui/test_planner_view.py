"""The year plan as a coordinator drives it: plan a year, edit an agenda, print and export."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.services import planner, settings
from coordinator_app.ui.planner.meeting_dialog import MeetingDialog
from coordinator_app.ui.planner.models import AgendaTableModel, MeetingTableModel
from coordinator_app.ui.planner.plan_dialog import PlanYearDialog, ProposalModel
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from coordinator_app.ui.planner.view import PlannerView
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, type_text, when_dialog_opens

TODAY = dt.date(2027, 1, 10)


def _view(qtbot, ctx, group_id) -> PlannerView:
    ctx.set_group(group_id)
    view = PlannerView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    activate(qtbot, view)
    return view


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _meeting(ctx, group_id, day: dt.date, theme: str = "") -> int:
    return planner.create_meeting(ctx.db, group_id, MeetingInput(date=day, theme=theme))


def _commit(qtbot, table, editor) -> None:
    """Press Enter in a cell editor; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _kind(model: AgendaTableModel, row: int) -> AgendaKind:
    item = model.item_at(row)
    assert item is not None
    return item.data.kind


def _agenda_times(view: PlannerView) -> list[str]:
    return _column(view.agenda.model, AgendaTableModel.TIME)


def test_models_pass_the_model_tester(qtmodeltester, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    meetings = MeetingTableModel("da")
    meetings.set_rows(planner.meetings(ctx.db, group_id=group_id), {})
    qtmodeltester.check(meetings)
    agenda = AgendaTableModel(lambda _i, _d: None, lambda _i, _r: None)
    agenda.set_rows(planner.agenda(ctx.db, meeting_id).items, dt.time(16, 0))
    qtmodeltester.check(agenda)


def test_plan_a_year_through_the_dialog(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    assert view.year_label.text() == "2027"
    assert view.model.rowCount() == 0
    seen: dict[str, object] = {}

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanYearDialog)
        # Wednesdays, four a year: all proposals are Wednesdays without conflicts.
        dialog.weekday.setCurrentIndex(2)
        proposals = dialog.model
        seen["days"] = _column(proposals, ProposalModel.DAY)
        seen["remarks"] = _column(proposals, ProposalModel.WARNINGS)
        # Leave out the third date, and move the last one onto Christmas Eve.
        dialog.table.setCurrentIndex(proposals.index(2, ProposalModel.USE))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        proposals.setData(
            proposals.index(3, ProposalModel.DATE), QDate(2027, 12, 22), Qt.ItemDataRole.EditRole
        )
        seen["moved"] = proposals.index(3, ProposalModel.WARNINGS).data()
        seen["button"] = dialog.create_button.text()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, plan)
    view.plan_action.trigger()

    assert seen["days"] == ["onsdag"] * 4
    assert seen["remarks"] == ["No conflicts"] * 4
    assert "Christmas" in str(seen["moved"])
    assert seen["button"] == "&Create 3 meeting(s)"
    rows = planner.meetings(ctx.db, group_id=group_id, year=2027)
    assert len(rows) == 3
    assert rows[-1].date == dt.date(2027, 12, 22)
    assert all(r.date.weekday() == 2 for r in rows)
    assert all(r.agenda_items == 10 for r in rows)  # the template agenda
    # The table and the year overview show the plan; the Christmas date carries a warning.
    assert _column(view.model, MeetingTableModel.DATE)[-1] == "22-12-2027 ⚠"
    assert view.strip.days[dt.date(2027, 12, 22)].meetings
    # One undo step takes back the whole plan.
    ctx.undo_stack.undo()
    assert planner.meetings(ctx.db, group_id=group_id) == []
    assert view.model.rowCount() == 0
    ctx.undo_stack.redo()
    assert [r.date for r in planner.meetings(ctx.db, group_id=group_id)] == [r.date for r in rows]


def test_new_meeting_warns_about_a_holiday_and_saves_theme_and_host(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.date.setDate(QDate(2027, 5, 6))  # Ascension Day
        seen["warning"] = dialog.warnings.text()
        dialog.date.setDate(QDate(2027, 5, 11))
        seen["after"] = dialog.warnings.isVisible()
        seen["day"] = dialog.day_label.text()
        type_text(qtbot, dialog.theme, "Grøn IT")
        dialog.host.setCurrentIndex(dialog.host.findText("Novo Nordisk"))
        # The end before the start is caught at the field.
        dialog.end.setTime(dialog.start.time().addSecs(-3600))
        dialog.accept()
        seen["error"] = dialog.end_field.error.text()
        dialog.end.setTime(dialog.start.time().addSecs(6 * 3600))
        dialog.accept()

    when_dialog_opens(qtbot, fill)
    view.new_action.trigger()

    assert "public holiday" in str(seen["warning"])
    assert seen["after"] is False
    assert seen["day"] == "tirsdag, week 19"
    assert "end after it starts" in str(seen["error"])
    [row] = planner.meetings(ctx.db, group_id=group_id)
    assert (row.date, row.theme, row.host_name) == (dt.date(2027, 5, 11), "Grøn IT", "Novo Nordisk")
    assert (row.start_time, row.end_time) == (dt.time(9, 30), dt.time(15, 30))
    current = view.current_meeting()
    assert current is not None and current.id == row.id
    # The template's 09:30-16:00 day now runs past a 15:30 end: the editor says so.
    assert view.agenda.overrun.isVisible()
    assert "30 minute(s)" in view.agenda.overrun.text()


def test_edit_an_agenda_durations_reorder_and_times(qtbot, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    view = _view(qtbot, ctx, group_id)
    table = view.agenda.table
    assert view.agenda.meeting_id == meeting_id
    times = _agenda_times(view)
    assert times[:3] == ["09:30–10:00", "10:00–10:15", "10:15–11:15"]
    assert times[-1] == "15:45–16:00"
    assert not view.agenda.overrun.isVisible()

    # Arrival takes 45 minutes instead of 30: type it into the cell, as a user does.
    index = view.agenda.model.index(0, AgendaTableModel.DURATION)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "45")
    _commit(qtbot, table, editor)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    times = _agenda_times(view)
    assert times[:3] == ["09:30–10:15", "10:15–10:30", "10:30–11:30"]
    assert times[-1] == "16:00–16:15"
    assert view.agenda.overrun.isVisible()
    assert "15 minute(s)" in view.agenda.overrun.text()
    items = planner.agenda(ctx.db, meeting_id).items
    assert items[0].data.duration_minutes == 45
    # The current cell is kept after the save.
    assert table.currentIndex().row() == 0

    # The tour moves one place down with the keyboard; times follow, the selection too.
    table.setCurrentIndex(view.agenda.model.index(2, AgendaTableModel.TITLE))
    qtbot.keyClick(
        table,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    kinds = [row.data.kind for row in planner.agenda(ctx.db, meeting_id).items]
    assert kinds[2:4] == [AgendaKind.TALK, AgendaKind.TOUR]
    assert table.currentIndex().row() == 3
    assert _agenda_times(view)[2:4] == ["10:30–11:15", "11:15–12:15"]

    # Drag the round table to the top (the view hands the drop to the model).
    model = view.agenda.model
    round_table = next(
        r for r in range(model.rowCount()) if _kind(model, r) is AgendaKind.ROUND_TABLE
    )
    mime = model.mimeData([model.index(round_table, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 3)
    first = planner.agenda(ctx.db, meeting_id).items[0]
    assert first.data.kind is AgendaKind.ROUND_TABLE
    assert (first.start, first.end) == (dt.time(9, 30), dt.time(10, 45))

    # Undo goes back one edit at a time: the drag, the move, the duration.
    for _ in range(3):
        ctx.undo_stack.undo()
    assert _agenda_times(view)[:3] == ["09:30–10:00", "10:00–10:15", "10:15–11:15"]
    assert not view.agenda.overrun.isVisible()


def test_speaker_is_a_member_or_typed_in(qtbot, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9))
    view = _view(qtbot, ctx, group_id)
    model = view.agenda.model
    talk = next(r for r in range(model.rowCount()) if _kind(model, r) is AgendaKind.TALK)
    table = view.agenda.table
    table.setCurrentIndex(model.index(talk, AgendaTableModel.SPEAKER))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    [combo] = table.viewport().findChildren(QComboBox)
    assert combo.findText("Łukasz Żółć (Novo Nordisk)") > 0
    combo.setCurrentIndex(combo.findText("Łukasz Żółć (Novo Nordisk)"))
    _commit(qtbot, table, combo)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    row = planner.agenda(ctx.db, meeting_id).items[talk]
    assert row.data.speaker_id is not None
    assert model.index(talk, AgendaTableModel.ORGANISATION).data() == "Novo Nordisk"
    # A member's company comes from the roster and is not typed over.
    flags = model.flags(model.index(talk, AgendaTableModel.ORGANISATION))
    assert not flags & Qt.ItemFlag.ItemIsEditable

    # An external speaker is typed in, with the organisation beside.
    model.setData(model.index(talk, AgendaTableModel.SPEAKER), "Maja Lindqvist")
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 2)
    model.setData(model.index(talk, AgendaTableModel.ORGANISATION), "Grafana Labs")
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 3)
    row = planner.agenda(ctx.db, meeting_id).items[talk]
    assert (row.data.speaker_id, row.data.speaker_name, row.data.speaker_organisation) == (
        None,
        "Maja Lindqvist",
        "Grafana Labs",
    )


def test_add_and_remove_items_by_keyboard(qtbot, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9))
    view = _view(qtbot, ctx, group_id)
    table = view.agenda.table
    table.setCurrentIndex(view.agenda.model.index(0, AgendaTableModel.TITLE))
    table.setFocus()
    qtbot.keyClick(
        table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    # The new item comes after the current one, with its title ready to type over.
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Præsentationsrunde")
    _commit(qtbot, table, editor)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 2)
    items = planner.agenda(ctx.db, meeting_id).items
    assert [i.data.title for i in items[:2]] == ["Ankomst og kaffe", "Præsentationsrunde"]
    assert items[1].start == dt.time(10, 0)
    table.setFocus()
    qtbot.keyClick(
        table,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Præsentationsrunde" not in [
        i.data.title for i in planner.agenda(ctx.db, meeting_id).items
    ]
    ctx.undo_stack.undo()
    assert planner.agenda(ctx.db, meeting_id).items[1].data.title == "Præsentationsrunde"


def test_cancel_a_meeting_keeps_it_struck_through_and_read_only(qtbot, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    view = _view(qtbot, ctx, group_id)
    before = planner.meeting(ctx.db, meeting_id).ical_sequence

    def yes(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(qtbot, yes)
    view.cancel_action.trigger()
    row = planner.meeting(ctx.db, meeting_id)
    assert row.status is MeetingStatus.CANCELLED
    assert row.ical_sequence > before
    font = view.model.index(0, MeetingTableModel.THEME).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert view.model.index(0, MeetingTableModel.STATUS).data() == "Cancelled"
    assert not view.cancel_action.isEnabled()
    assert not view.agenda.add_action.isEnabled()
    assert not view.agenda.model.flags(view.agenda.model.index(0, AgendaTableModel.TITLE)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    ctx.undo_stack.undo()
    assert planner.meeting(ctx.db, meeting_id).status is MeetingStatus.PLANNED


def test_years_change_by_button_and_keyboard_and_the_strip_shows_holidays(
    qtbot, ctx, group_id
) -> None:
    _meeting(ctx, group_id, dt.date(2027, 3, 9), "Dette år")
    _meeting(ctx, group_id, dt.date(2028, 3, 7), "Næste år")
    view = _view(qtbot, ctx, group_id)
    assert _column(view.model, MeetingTableModel.THEME) == ["Dette år"]
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.year_label.text() == "2028"
    assert _column(view.model, MeetingTableModel.THEME) == ["Næste år"]
    qtbot.keyClick(view.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.year_label.text() == "2027"
    days = view.strip.days
    assert days[dt.date(2027, 5, 6)].holiday == "Kristi himmelfartsdag"
    assert days[dt.date(2027, 2, 17)].school_holiday  # week 7
    assert dt.date(2027, 3, 7) not in days or not days[dt.date(2027, 3, 7)].meetings
    assert "Kristi himmelfartsdag" in view.strip.describe(dt.date(2027, 5, 6))
    # Clicking a meeting day in the overview selects that meeting.
    view.show_year(2028)
    strip = view.strip
    cell = strip._cell(3, 7).center().toPoint()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=cell)
    current = view.current_meeting()
    assert current is not None and current.theme == "Næste år"


def test_double_click_a_free_day_starts_a_meeting_there(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        seen["date"] = dialog.date.date()
        dialog.reject()

    when_dialog_opens(qtbot, look)
    strip = view.strip
    qtbot.mouseDClick(strip, Qt.MouseButton.LeftButton, pos=strip._cell(4, 13).center().toPoint())
    assert seen["date"] == QDate(2027, 4, 13)
    assert planner.meetings(ctx.db, group_id=group_id) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_agenda_writes_the_pdf_and_opens_it(qtbot, ctx, group_id) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    planner.update_agenda_item(
        ctx.db,
        planner.agenda(ctx.db, meeting_id).items[3].id,
        AgendaItemInput("Observability i praksis", AgendaKind.TALK, 45, speaker_name="Łukasz Żółć"),
    )
    view = _view(qtbot, ctx, group_id)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    view.exporter.open_file = open_file
    view.print_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(opened))
    text = subprocess.run(
        ["pdftotext", "-layout", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "tirsdag d. 9. marts 2027" in text
    assert "Łukasz Żółć" in text
    assert "Observability i praksis" in text
    assert opened[0].stat().st_mode & 0o777 == 0o600


def test_export_the_year_as_a_calendar(qtbot, ctx, group_id, tmp_path, monkeypatch) -> None:
    first = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    _meeting(ctx, group_id, dt.date(2027, 6, 2), "NIS2")
    view = _view(qtbot, ctx, group_id)
    target = tmp_path / "plan"  # no suffix: the exporter adds .ics
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    view.ics_action.trigger()
    wait_for_background_work()
    written = tmp_path / "plan.ics"
    qtbot.waitUntil(written.exists)
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["IT Drift: AI i driften", "IT Drift: NIS2"]
    assert str(events[0]["UID"]) == planner.meeting(ctx.db, first).ical_uid


def test_planner_settings_validate_weeks_and_save_the_template(qtbot, ctx, group_id) -> None:
    rules = settings.holiday_rules(ctx.db)
    template = settings.agenda_template(ctx.db, "en")
    dialog = PlannerSettingsDialog(None, rules, template, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.weeks.clear()
    type_text(qtbot, dialog.weeks, "7, 30-27")
    dialog.accept()
    assert dialog.isVisible()
    assert "30-27" in dialog.weeks_field.error.text()
    dialog.weeks.clear()
    type_text(qtbot, dialog.weeks, "8, 28-32")
    # The template loses its last item; the total follows.
    table = dialog.template_table
    last = dialog.template_model.rowCount() - 1
    table.selectionModel().setCurrentIndex(
        dialog.template_model.index(last, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    dialog._remove()
    assert dialog.total.text() == "Total: 6 h 15 min"
    dialog.accept()
    assert not dialog.isVisible()
    settings.set_holiday_rules(ctx.db, dialog.rules())
    settings.set_agenda_template(ctx.db, dialog.template())
    assert settings.holiday_rules(ctx.db).school_weeks == (8, 28, 29, 30, 31, 32)
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9))
    assert len(planner.agenda(ctx.db, meeting_id).items) == len(template.items) - 1


def test_meeting_rows_show_date_weekday_week_and_status(qtbot, ctx, group_id) -> None:
    _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    _meeting(ctx, group_id, dt.date(2027, 4, 6), "For tæt på")
    view = _view(qtbot, ctx, group_id)
    model = view.model
    assert _column(model, MeetingTableModel.DATE) == ["09-03-2027 ⚠", "06-04-2027 ⚠"]
    assert _column(model, MeetingTableModel.WEEKDAY) == ["tirsdag", "tirsdag"]
    assert _column(model, MeetingTableModel.WEEK) == ["10", "14"]
    assert _column(model, MeetingTableModel.STATUS) == ["Planned", "Planned"]
    tip = model.index(1, MeetingTableModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "28 day(s)" in tip
    # Double-clicking a row opens the meeting form.
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        seen.append(dialog.theme.text())
        dialog.reject()

    when_dialog_opens(qtbot, look)
    rect = view.table.visualRect(model.index(1, MeetingTableModel.THEME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == ["For tæt på"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_printing_or_saving_an_overrunning_day_warns_first(
    qtbot, ctx, group_id, tmp_path, monkeypatch
) -> None:
    meeting_id = _meeting(ctx, group_id, dt.date(2027, 3, 9), "AI i driften")
    planner.add_agenda_item(
        ctx.db, meeting_id, AgendaItemInput("Netværk og vin", AgendaKind.OTHER, 60)
    )
    view = _view(qtbot, ctx, group_id)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    view.exporter.open_file = open_file
    seen: list[str] = []

    def answer(button: str):
        def press(dialog: QDialog) -> None:
            assert isinstance(dialog, QMessageBox)
            seen.append(dialog.text())
            choice = next(b for b in dialog.buttons() if b.text().replace("&", "") == button)
            choice.click()

        return press

    # Cancelled: nothing is written.
    when_dialog_opens(qtbot, answer("Cancel"))
    view.print_action.trigger()
    wait_for_background_work()
    assert "17.00" in seen[-1] and "16.00" in seen[-1]
    assert opened == []
    # Printed anyway: the PDF carries the warning line.
    when_dialog_opens(qtbot, answer("Print anyway"))
    view.print_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(opened))
    text = subprocess.run(
        ["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Programmet slutter kl. 17.00, efter det planlagte sluttidspunkt 16.00" in " ".join(
        text.split()
    )
    # Saving warns the same way, before asking where to save.
    target = tmp_path / "dagsorden.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    when_dialog_opens(qtbot, answer("Cancel"))
    view.save_agenda_action.trigger()
    wait_for_background_work()
    assert len(seen) == 3 and not target.exists()
    # A day that fits prints without a word.
    fitting = _meeting(ctx, group_id, dt.date(2027, 6, 2), "NIS2")
    ctx.notify_changed()
    view.select_meeting(fitting)
    opened.clear()
    view.print_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(opened))
    assert len(seen) == 3
