"""Taking back mistakes in the roster (issue #15, item 12), as a user does: delete a member
entered by mistake (Members menu and context menu), undo a whole import in one step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from coordinator_app.domain.enums import AttendanceStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import minutes, planner, roster
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.model import RosterTableModel
from coordinator_app.ui.roster.view import RosterView
from tests.ui.conftest import activate, type_text, when_dialog_opens


def _view(qtbot, ctx, group_id) -> RosterView:
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.resize(1100, 600)
    view.show()
    activate(qtbot, view)
    return view


def _names(view: RosterView) -> list[str]:
    model = view.model
    return [model.index(r, RosterTableModel.NAME).data() for r in range(model.rowCount())]


def _select(qtbot, view: RosterView, name: str) -> None:
    view.filter.clear()
    row = _names(view).index(name)
    rect = view.table.visualRect(view.model.index(row, RosterTableModel.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    member = view.selected_member()
    assert member is not None and member.name == name


def _click(box: QDialog, text: str) -> None:
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def test_a_member_entered_by_mistake_is_deleted_and_the_delete_undone(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    _select(qtbot, view, "Mette Kjærgaard")
    mette = view.selected_person_id()
    seen: list[str] = []

    def confirm(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        _click(box, "Delete")

    when_dialog_opens(qtbot, confirm)
    assert view.delete_action.isEnabled()
    view.delete_action.trigger()
    assert "Mette Kjærgaard" in seen[0]
    assert "Mette Kjærgaard" not in _names(view)
    assert mette not in {r.person_id for r in roster.roster(ctx.db, group_id)}
    assert view.details.heading.text() != "Mette Kjærgaard"

    ctx.undo_stack.undo()
    assert "Mette Kjærgaard" in _names(view)
    back = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Mette Kjærgaard")
    assert (back.person_id, back.company, back.expertise) == (
        mette,
        "Region Hovedstaden",
        ("ITIL", "Backup"),
    )
    ctx.undo_stack.redo()
    assert "Mette Kjærgaard" not in _names(view)


def test_cancelling_the_confirmation_deletes_nothing(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    _select(qtbot, view, "Mette Kjærgaard")
    when_dialog_opens(qtbot, lambda box: _click(box, "Cancel"))
    view.delete_action.trigger()
    assert "Mette Kjærgaard" in _names(view)
    assert ctx.undo_stack.count() == 0


def test_a_member_with_attendance_is_not_deleted_and_the_user_is_told_why(
    qtbot, ctx, group_id
) -> None:
    view = _view(qtbot, ctx, group_id)
    _select(qtbot, view, "Anders Østergaard")
    meeting = planner.create_meeting(ctx.db, group_id, MeetingInput(dt.date(2026, 3, 3)))
    anders = view.selected_person_id()
    assert anders is not None
    minutes.set_attendance(ctx.db, meeting, anders, AttendanceStatus.PRESENT)
    told: list[str] = []

    def refused(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    def confirm(box: QDialog) -> None:
        when_dialog_opens(qtbot, refused)
        _click(box, "Delete")

    when_dialog_opens(qtbot, confirm)
    view.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert "cannot be deleted" in told[0]
    assert "attendance" in told[0]
    assert "End the membership" in told[0]
    assert "Anders Østergaard" in _names(view)
    assert ctx.undo_stack.count() == 0


# A popup menu on the offscreen platform: it cannot raise it or grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_context_menu_offers_the_member_actions(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    _select(qtbot, view, "Łukasz Żółć")
    shown: list[list[str]] = []

    def pick_delete() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick_delete)
            return
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        when_dialog_opens(qtbot, lambda box: _click(box, "Delete"))
        [delete] = [a for a in menu.actions() if a.text() == "&Delete member…"]
        menu.close()
        delete.trigger()

    QTimer.singleShot(0, pick_delete)
    view.table.clearSelection()
    rect = view.table.visualRect(view.model.index(_names(view).index("Łukasz Żółć"), 0))
    # A right click on the member (the event a right click or the menu key sends).
    QApplication.sendEvent(
        view.table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            rect.center(),
            view.table.viewport().mapToGlobal(rect.center()),
        ),
    )
    qtbot.waitUntil(lambda: "Łukasz Żółć" not in _names(view))
    assert "&Edit member…" in shown[0]
    assert "E&nd membership…" in shown[0]


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Holm\r\nEMAIL:ida@holm.dk\r\nORG:Holm ApS\r\n"
    "TITLE:CTO\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Berg\r\nEMAIL:bo@berg.dk\r\nEND:VCARD\r\n"
)


def _import_through_the_dialog(qtbot) -> None:
    def import_everything(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.plan is not None)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)

    when_dialog_opens(qtbot, import_everything)


def _drop(view: RosterView, *paths: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = view.table.viewport()
    pos = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop


def test_a_dropped_contact_file_is_imported_and_the_import_undone_in_one_step(
    qtbot, ctx, group_id, tmp_path: Path
) -> None:
    view = _view(qtbot, ctx, group_id)
    cards = tmp_path / "nye.vcf"
    cards.write_text(VCARDS, encoding="utf-8")
    _import_through_the_dialog(qtbot)
    drop = _drop(view, cards)
    assert drop.isAccepted()
    # The import dialog opens once the drop is over; it imports as File ▸ Import does.
    qtbot.waitUntil(lambda: {"Ida Holm", "Bo Berg"} <= set(_names(view)), timeout=10_000)
    assert "nye.vcf" in ctx.undo_stack.undoText()

    ctx.undo_stack.undo()  # the whole import at once
    assert _names(view) == [
        "Anders Østergaard",
        "Łukasz Żółć",
        "Mette Kjærgaard",
        "Søren Ærø Ågård",
    ]
    assert roster.find_people_by_email(ctx.db, ["ida@holm.dk", "bo@berg.dk"]) == {}
    ctx.undo_stack.redo()
    assert {"Ida Holm", "Bo Berg"} <= set(_names(view))
    type_text(qtbot, view.filter, "holm aps")
    assert _names(view) == ["Ida Holm"]


def test_other_files_are_not_taken_by_the_roster(qtbot, ctx, group_id, tmp_path: Path) -> None:
    view = _view(qtbot, ctx, group_id)
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8\xff")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(picture))])
    target = view.table.viewport()
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()


def test_an_import_whose_people_have_since_attended_is_not_undone(
    qtbot, ctx, group_id, tmp_path: Path
) -> None:
    view = _view(qtbot, ctx, group_id)
    cards = tmp_path / "nye.vcf"
    cards.write_text(VCARDS, encoding="utf-8")
    _import_through_the_dialog(qtbot)
    _drop(view, cards)
    qtbot.waitUntil(lambda: "Ida Holm" in _names(view), timeout=10_000)
    ida = next(r.person_id for r in roster.roster(ctx.db, group_id) if r.name == "Ida Holm")
    meeting = planner.create_meeting(ctx.db, group_id, MeetingInput(dt.date(2026, 3, 3)))
    minutes.set_attendance(ctx.db, meeting, ida, AttendanceStatus.PRESENT)
    told: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(told))
    assert "cannot be undone" in told[0] and "Ida Holm" in told[0] and "attendance" in told[0]
    qtbot.waitUntil(lambda: ctx.undo_stack.canUndo())  # the step is kept, to try again
    assert {"Ida Holm", "Bo Berg"} <= set(_names(view))
