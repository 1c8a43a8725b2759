"""File ▸ Group (and the group selector's context menu): rename, delete, the coordinators, and
removing the demo data.

Renaming and the coordinators are undone with Edit ▸ Undo. Deleting a group cannot be undone:
the confirmation names what goes, a backup of the database is made first, and restoring that
backup (File ▸ Restore from backup…) is the way back; the undo history is cleared, since its
steps may name what was deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services import coordinators, demo, group_removal, groups
from coordinator_app.services.coordinators import GroupCoordinators
from coordinator_app.services.group_removal import GroupContents
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.coordinator_form import CoordinatorFields
from coordinator_app.ui.messages import SAVE_ERRORS, show_error
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.undo import SavedCommand


class RenameGroup(SavedCommand):
    """A group's new name; undo gives it the old one back."""

    def __init__(self, ctx: AppContext, group_id: int, old: str, new: str) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("GroupActions", "Rename group to %1").replace(
                "%1", " ".join(new.split())
            ),
        )
        self.group_id, self.old, self.new = group_id, old, new
        self.apply()

    def apply(self) -> None:
        groups.rename_group(self.ctx.db, self.group_id, self.new)

    def revert(self) -> None:
        groups.rename_group(self.ctx.db, self.group_id, self.old)


class SetCoordinators(SavedCommand):
    """The group's coordinator and co-coordinator; undo puts the old entries back."""

    def __init__(self, ctx: AppContext, group_id: int, wanted: GroupCoordinators) -> None:
        super().__init__(ctx, QCoreApplication.translate("GroupActions", "Coordinators"))
        self.group_id, self.wanted = group_id, wanted
        self.old = coordinators.set_coordinators(ctx.db, group_id, wanted)

    def apply(self) -> None:
        coordinators.set_coordinators(self.ctx.db, self.group_id, self.wanted)

    def revert(self) -> None:
        coordinators.set_coordinators(self.ctx.db, self.group_id, self.old)


class CoordinatorsDialog(QDialog):
    """Who runs the group: the coordinator (who sends and signs its e-mails) and a
    co-coordinator."""

    def __init__(self, parent: QWidget | None, group_name: str, current: GroupCoordinators) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordinators of %1").replace("%1", group_name))
        self.setMinimumWidth(520)
        first_box = QGroupBox(self.tr("Coordinator"))
        self.first = CoordinatorFields(who=self.tr("Coordinator"))
        note = plain_label(
            self.tr(
                "The e-mail drafts are sent from this address and end with this signature; the "
                "agendas and minutes name the coordinator."
            )
        )
        note.setWordWrap(True)
        first_layout = QVBoxLayout(first_box)
        first_layout.addWidget(self.first)
        first_layout.addWidget(note)
        second_box = QGroupBox(self.tr("Co-coordinator (optional)"))
        self.second = CoordinatorFields(mnemonics=False, who=self.tr("Co-coordinator"))
        QVBoxLayout(second_box).addWidget(self.second)
        self.first.set_value(current.first)
        self.second.set_value(current.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(first_box)
        layout.addWidget(second_box)
        layout.addWidget(self.buttons)

    def wanted(self) -> GroupCoordinators:
        return GroupCoordinators(self.first.value(), self.second.value())

    def accept(self) -> None:
        if self.first.check() and self.second.check():
            super().accept()


def what_goes(contents: GroupContents) -> str:
    """What deleting the group takes, for its confirmation."""
    lines = [
        QCoreApplication.translate(
            "GroupActions", "%n member(s) who are only in this group", "", contents.people_only_here
        ),
        QCoreApplication.translate("GroupActions", "%n meeting(s)", "", contents.meetings),
        QCoreApplication.translate(
            "GroupActions",
            "the minutes of %n meeting(s)",
            "",
            contents.meetings_with_minutes,
        ),
    ]
    text = "\n".join(f"• {line}" for line in lines)
    if contents.people_kept:
        text += "\n\n" + QCoreApplication.translate(
            "GroupActions",
            "%n member(s) who are also in another group stay, with that group.",
            "",
            contents.people_kept,
        )
    return text


class GroupActions(QObject):
    """The group actions of the main window, for the current group."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.rename_action = QAction(self.tr("&Rename group…"), window)
        self.rename_action.triggered.connect(self.rename)
        self.delete_action = QAction(self.tr("&Delete group…"), window)
        self.delete_action.triggered.connect(self.delete)
        self.coordinators_action = QAction(self.tr("&Coordinators…"), window)
        self.coordinators_action.triggered.connect(self.edit_coordinators)
        self.remove_demo_action = QAction(self.tr("Remove de&mo data…"), window)
        self.remove_demo_action.triggered.connect(self.remove_demo)
        ctx.group_changed.connect(lambda _gid: self.update_actions())
        ctx.data_changed.connect(self.update_actions)
        self.update_actions()

    def actions(self) -> list[QAction]:
        return [
            self.rename_action,
            self.delete_action,
            self.coordinators_action,
            self.remove_demo_action,
        ]

    def update_actions(self) -> None:
        has_group = self.ctx.group_id is not None
        writable = not self.ctx.db.read_only
        for action in (self.rename_action, self.delete_action, self.coordinators_action):
            action.setEnabled(has_group and writable)
        self.remove_demo_action.setEnabled(writable and demo.demo_group(self.ctx.db) is not None)

    def _name(self, group_id: int) -> str:
        return next((g.name for g in groups.list_groups(self.ctx.db) if g.id == group_id), "")

    # -- rename -----------------------------------------------------------------------------
    def rename(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        old = self._name(group_id)
        title = self.tr("Rename group")
        name = old
        while True:
            name, ok = QInputDialog.getText(
                self.window,
                title,
                self.tr("New name of the group:"),
                QLineEdit.EchoMode.Normal,
                name,
            )
            if not ok or not name.strip() or " ".join(name.split()) == old:
                return
            try:
                self.ctx.undo_stack.push(RenameGroup(self.ctx, group_id, old, name))
            except SAVE_ERRORS as exc:
                show_error(self.window, title, exc)
                continue
            break
        self.ctx.status_message.emit(
            self.tr("The group “%1” is now called “%2”")
            .replace("%1", old)
            .replace("%2", " ".join(name.split()))
        )

    # -- coordinators -----------------------------------------------------------------------
    def edit_coordinators(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        current = coordinators.group_coordinators(self.ctx.db, group_id)
        dialog = CoordinatorsDialog(self.window, self._name(group_id), current)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.ctx.undo_stack.push(SetCoordinators(self.ctx, group_id, dialog.wanted()))
            except SAVE_ERRORS as exc:
                show_error(dialog, dialog.windowTitle(), exc)
                continue
            self.ctx.status_message.emit(self.tr("Coordinators saved"))
            break
        dialog.deleteLater()

    # -- delete -----------------------------------------------------------------------------
    def delete(self) -> bool:
        """Delete the current group, once confirmed (a backup is made first)."""
        group_id = self.ctx.group_id
        return group_id is not None and self._delete(group_id)

    def remove_demo(self) -> bool:
        """Delete the demo group with its made-up members and companies, once confirmed."""
        group_id = demo.demo_group(self.ctx.db)
        return group_id is not None and self._delete(group_id)

    def _delete(self, group_id: int) -> bool:
        try:
            contents = group_removal.group_contents(self.ctx.db, group_id)
        except SAVE_ERRORS as exc:
            show_error(self.window, self.tr("Delete group"), exc)
            return False
        if not self.confirm(contents):
            return False
        try:
            deleted = group_removal.delete_group(self.ctx.db, group_id)
        except SAVE_ERRORS as exc:
            show_error(self.window, self.tr("Delete group"), exc)
            return False
        # Earlier steps may name the group or its members: they could not be undone any more.
        self.ctx.undo_stack.clear()
        if self.ctx.group_id == group_id:
            self.ctx.set_group(None)
        self.ctx.notify_changed()
        message = self.tr("The group “%1” was deleted").replace("%1", contents.name)
        if deleted.backup is not None:
            message += " · " + self.tr("backup: %1").replace("%1", str(deleted.backup))
        self.ctx.status_message.emit(message)
        return True

    def confirm(self, contents: GroupContents) -> bool:
        """Ask before deleting; says what goes and what the way back is. Cancel is the default."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name
        if contents.is_demo:
            box.setWindowTitle(self.tr("Remove demo data"))
            box.setText(
                self.tr("Remove the demo group “%1” and its made-up data?").replace(
                    "%1", contents.name
                )
            )
        else:
            box.setWindowTitle(self.tr("Delete group"))
            box.setText(self.tr("Delete the group “%1”?").replace("%1", contents.name))
        box.setInformativeText(
            self.tr("This deletes:")
            + "\n"
            + what_goes(contents)
            + "\n\n"
            + self.tr(
                "A backup of the database is made first. This cannot be undone with Undo: to "
                "get the group back, restore that backup (File ▸ Restore from backup…)."
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete
