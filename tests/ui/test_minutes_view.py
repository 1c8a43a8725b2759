"""Taking the minutes during a meeting, the way a coordinator does: attendance by keyboard, the
round table typed member after member, a decision, an action item, a theme vote; then the next
meeting shows the chosen theme and the action item carried over."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
    Rsvp,
)
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import logistics, minutes, planner, roster
from coordinator_app.ui.minutes.export import MinutesExportDialog
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.rows_model import RowsModel
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, type_text

MEETING_DAY = dt.date(2027, 3, 9)
NEXT_DAY = dt.date(2027, 6, 1)


@pytest.fixture
def meetings(ctx, group_id) -> tuple[int, int]:
    first = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=MEETING_DAY, theme="AI i driften")
    )
    second = planner.create_meeting(ctx.db, group_id, MeetingInput(date=NEXT_DAY))
    people = {r.name: r.person_id for r in roster.roster(ctx.db, group_id)}
    for name in ("Mette Kjærgaard", "Łukasz Żółć", "Anders Østergaard"):
        logistics.set_signup(ctx.db, first, people[name], Rsvp.YES)
    logistics.set_signup(ctx.db, first, people["Søren Ærø Ågård"], Rsvp.NO)
    return first, second


def _view(qtbot, ctx, group_id) -> MinutesView:
    ctx.set_group(group_id)
    view = MinutesView(ctx, today=MEETING_DAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def _column(model: RowsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_take_the_minutes_during_the_meeting(qtbot, ctx, group_id, meetings) -> None:
    first, second = meetings
    view = _view(qtbot, ctx, group_id)
    assert view.meeting_id == first

    # Attendance: filled in from the sign-ups, then corrected by keyboard.
    view.prefill_action.trigger()
    table = view.attendance_table
    names = _column(view.attendance_model, 0)
    assert _column(view.attendance_model, 1) == ["Present", "Present", "Present", "Excused"]
    table.setCurrentIndex(view.attendance_model.index(names.index("Søren Ærø Ågård"), 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_4)  # came late after all
    status = {a.name: a.status for a in minutes.attendance(ctx.db, first)}
    assert status["Søren Ærø Ågård"] is AttendanceStatus.LATE

    # The round table: everyone present gets an entry; Enter moves on to the next member.
    view.add_present_action.trigger()
    entries = minutes.entries(ctx.db, first)
    assert len(entries) == 4
    panel = view.round_table
    panel.text.setFocus()
    said = [
        "Vi har skiftet backupleverandør.",
        "Travlt med NIS2-rapportering.",
        "Ny CIO fra 1. april.",
        "Vagtordningen slider på folk.",
    ]
    for text in said:
        type_text(qtbot, panel.text, text)
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    stored = [e.text for e in minutes.entries(ctx.db, first)]
    assert stored == said
    # Shift+Enter is a new line within the same member's words.
    first_row = view.round_table.model.index(0, 1)
    panel.table.setCurrentIndex(first_row)
    panel.text.setFocus()
    panel.text.moveCursor(panel.text.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, panel.text, "Det gik godt.")
    # Saved a moment after typing pauses, without Enter: nothing lost if the laptop dies.
    qtbot.waitUntil(
        lambda: minutes.entries(ctx.db, first)[0].text == said[0] + "\nDet gik godt.",
        timeout=3000,
    )
    # The level of an entry.
    panel.level.setCurrentIndex(panel.level.findData(Confidentiality.ANONYMOUS.value))
    panel.level.activated.emit(panel.level.currentIndex())
    assert minutes.entries(ctx.db, first)[0].level is Confidentiality.ANONYMOUS

    # A decision and an action item, typed and entered.
    view.tabs.setCurrentIndex(1)
    view.new_decision.setFocus()
    type_text(qtbot, view.new_decision, "Næste møde får to oplæg om platform engineering.")
    qtbot.keyClick(view.new_decision, Qt.Key.Key_Return)
    assert [d.text for d in minutes.decisions(ctx.db, first)] == [
        "Næste møde får to oplæg om platform engineering."
    ]
    view.new_action.setFocus()
    type_text(qtbot, view.new_action, "Mette sender oplæg om vagtordninger.")
    qtbot.keyClick(view.new_action, Qt.Key.Key_Return)
    [action] = minutes.actions_for_meeting(ctx.db, first)
    assert action.owner_id is None and not action.carried
    mette = next(
        r.person_id for r in roster.roster(ctx.db, group_id) if r.name == "Mette Kjærgaard"
    )
    model = view.action_model
    model.setData(model.index(0, 2), str(mette))
    qtbot.waitUntil(lambda: minutes.actions_for_meeting(ctx.db, first)[0].owner_id == mette)

    # Theme proposals and the vote; the chosen one becomes the next meeting's theme.
    view.tabs.setCurrentIndex(2)
    for theme in ("Platform engineering", "Vagtordninger"):
        view.new_theme.setFocus()
        type_text(qtbot, view.new_theme, theme)
        qtbot.keyClick(view.new_theme, Qt.Key.Key_Return)
    themes = view.theme_model
    row = _column(themes, 1).index("Platform engineering")
    themes.setData(themes.index(row, 3), 7)
    qtbot.waitUntil(lambda: minutes.themes(ctx.db, first)[0].votes == 7)
    row = _column(themes, 1).index("Platform engineering")
    view.theme_table.setCurrentIndex(themes.index(row, 1))
    view.choose_theme_action.trigger()
    assert planner.meeting(ctx.db, second).theme == "Platform engineering"
    assert "Platform engineering" in view.next_theme_label.text()

    # At the next meeting: the open action item is carried over.
    view.show_meeting(second)
    view.tabs.setCurrentIndex(1)
    carried = view.action_model.rows()
    assert [a.text for a in carried] == ["Mette sender oplæg om vagtordninger."]
    assert carried[0].carried
    assert _column(view.action_model, 4) == ["09-03-2027"]
    # Done at the next meeting: ticked, it stops being carried after that meeting.
    view.action_model.setData(
        view.action_model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: minutes.actions_for_meeting(ctx.db, second)[0].done_on is not None)

    # Every step is one undo: the theme choice goes back, and the next meeting's theme with it.
    view.show_meeting(first)
    while ctx.undo_stack.undoText().startswith("Edit action") or ctx.undo_stack.undoText() == "":
        if not ctx.undo_stack.canUndo():
            break
        ctx.undo_stack.undo()
    assert ctx.undo_stack.undoText().startswith("Next theme")
    ctx.undo_stack.undo()
    assert planner.meeting(ctx.db, second).theme == ""


def test_seating_order_and_minutes_status(qtbot, ctx, group_id, meetings) -> None:
    first, _second = meetings
    minutes.prefill_attendance(ctx.db, first)
    minutes.ensure_entries(ctx.db, first)
    view = _view(qtbot, ctx, group_id)
    before = [e.name for e in minutes.entries(ctx.db, first)]
    panel = view.round_table
    panel.table.setCurrentIndex(panel.model.index(0, 1))
    panel.table.setFocus()
    qtbot.keyClick(
        panel.table,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    after = [e.name for e in minutes.entries(ctx.db, first)]
    assert after == [before[1], before[0], *before[2:]]
    current = panel.current_entry()
    assert current is not None and current.name == before[0]
    view.status_box.setCurrentIndex(view.status_box.findData(MinutesStatus.SENT.value))
    view.status_box.activated.emit(view.status_box.currentIndex())
    assert minutes.minutes_status(ctx.db, first) is MinutesStatus.SENT


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_leaves_out_what_the_group_keeps(
    qtbot, ctx, group_id, meetings, tmp_path, monkeypatch
) -> None:
    first, _second = meetings
    minutes.prefill_attendance(ctx.db, first)
    minutes.ensure_entries(ctx.db, first)
    entries = minutes.entries(ctx.db, first)
    minutes.update_entry(
        ctx.db,
        entries[0].id,
        minutes.EntryInput("HEMMELIG-OPSIGELSE-4411", (), Confidentiality.GROUP_ONLY),
    )
    minutes.update_entry(
        ctx.db,
        entries[1].id,
        minutes.EntryInput("Deler gerne dette.", (), Confidentiality.SHAREABLE),
    )
    view = _view(qtbot, ctx, group_id)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    def options(for_email: bool) -> MinutesExportDialog:
        dialog = MinutesExportDialog(view, for_email=for_email)
        dialog.omit.setChecked(True)
        return dialog

    view.exporter.open_file = open_file
    view.exporter.ask_options = options
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "referat"), "")),
    )
    view.export_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(opened))
    text = subprocess.run(
        ["pdftotext", "-layout", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert opened[0].name == "referat.pdf"
    assert "Deler gerne dette." in text
    assert "HEMMELIG-OPSIGELSE-4411" not in text
    assert b"HEMMELIG" not in opened[0].read_bytes()
