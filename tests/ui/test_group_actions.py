"""Groups renamed, deleted and given coordinators from File ▸ Group and the group selector's
menu; the demo data removed in one step (issue #15, items 1 and 2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from coordinator_app.services import coordinators, demo, groups, roster
from coordinator_app.store import backups
from coordinator_app.ui.group_actions import CoordinatorsDialog
from coordinator_app.ui.main_window import MainWindow
from tests.ui.conftest import activate, type_text, when_dialog_opens


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_rename_from_the_group_selector_and_undo(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    assert window.group_actions.rename_action in window.group_box.actions()

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "IT Drift"
        dialog.setTextValue("IT-drift Øst")
        dialog.accept()

    when_dialog_opens(qtbot, rename)
    window.group_actions.rename_action.trigger()
    assert window.group_box.currentText() == "IT-drift Øst"
    assert window.windowTitle().startswith("IT-drift Øst")
    ctx.undo_stack.undo()
    assert window.group_box.currentText() == "IT Drift"


def test_a_name_another_group_has_is_refused_and_asked_again(qtbot, ctx, group_id) -> None:
    groups.create_group(ctx.db, "Arkitekter")
    window = _window(qtbot, ctx)
    window.select_group(group_id)
    seen: list[str] = []

    def again(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.textValue())
        dialog.reject()

    def told(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        when_dialog_opens(qtbot, again)
        dialog.accept()

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("ARKITEKTER")
        when_dialog_opens(qtbot, told)
        dialog.accept()

    when_dialog_opens(qtbot, rename)
    window.group_actions.rename_action.trigger()
    assert len(seen) == 2 and "ARKITEKTER" in seen[0] and seen[1] == "ARKITEKTER"
    assert sorted(g.name for g in groups.list_groups(ctx.db)) == ["Arkitekter", "IT Drift"]


def test_delete_says_what_goes_makes_a_backup_and_cancel_is_the_default(
    qtbot, ctx, group_id
) -> None:
    other = groups.create_group(ctx.db, "Arkitekter")
    mette = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Mette Kjærgaard")
    roster.join_group(ctx.db, other, mette.person_id)
    window = _window(qtbot, ctx)
    window.select_group(group_id)
    texts: list[str] = []

    def keep(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.defaultButton() is _button(dialog, "Cancel")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, keep)
    window.group_actions.delete_action.trigger()
    assert len(groups.list_groups(ctx.db)) == 2

    def delete(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.append(f"{dialog.text()}\n{dialog.informativeText()}")
        qtbot.mouseClick(_button(dialog, "Delete"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, delete)
    window.group_actions.delete_action.trigger()
    [text] = texts
    assert "IT Drift" in text
    assert "3 member(s) who are only in this group" in text
    assert "1 member(s) who are also in another group stay" in text
    assert "backup" in text and "Restore from backup" in text
    assert [g.name for g in groups.list_groups(ctx.db)] == ["Arkitekter"]
    assert window.group_box.currentText() == "Arkitekter"
    assert [b.reason for b in backups.list_backups(ctx.db.path)] == [backups.MANUAL]
    assert ctx.undo_stack.count() == 0


def test_the_demo_data_is_removed_in_one_step(qtbot, ctx) -> None:
    demo.fill_with_demo_data(ctx.db, dt.date(2026, 11, 27), group_name="Demo – IT Drift")
    own = groups.create_group(ctx.db, "IT Drift")
    window = _window(qtbot, ctx)
    window.select_group(own)
    action = window.group_actions.remove_demo_action
    assert action.isEnabled()

    def remove(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Demo – IT Drift" in dialog.text()
        assert "13 member(s) who are only in this group" in dialog.informativeText()
        qtbot.mouseClick(_button(dialog, "Delete"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, remove)
    action.trigger()
    assert [g.name for g in groups.list_groups(ctx.db)] == ["IT Drift"]
    assert roster.roster(ctx.db, None) == []
    assert not action.isEnabled()


def test_the_coordinators_are_set_in_their_dialog_and_undone(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    window.select_group(group_id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CoordinatorsDialog)
        type_text(qtbot, dialog.first.name, "Birgitte Ærenlund")
        type_text(qtbot, dialog.first.email, "birgitte@example.dk")
        dialog.first.signature.setFocus()
        type_text(qtbot, dialog.first.signature, "Birgitte, koordinator")
        type_text(qtbot, dialog.second.name, "Kasper Ravnsbæk")
        type_text(qtbot, dialog.second.email, "kasper@")
        dialog.accept()
        assert dialog.isVisible()  # the co-coordinator's address is refused at its field
        assert "kasper@" in dialog.second.fields["email"].error.text()
        type_text(qtbot, dialog.second.email, "example.dk")
        dialog.accept()

    when_dialog_opens(qtbot, fill)
    window.group_actions.coordinators_action.trigger()
    stored = coordinators.group_coordinators(ctx.db, group_id)
    assert stored.first is not None and stored.second is not None
    assert (stored.first.email, stored.first.signature) == (
        "birgitte@example.dk",
        "Birgitte, koordinator",
    )
    assert stored.second.email == "kasper@example.dk"
    ctx.undo_stack.undo()
    assert coordinators.group_coordinators(ctx.db, group_id).first is None
