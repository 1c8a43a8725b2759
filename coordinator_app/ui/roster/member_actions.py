"""The roster's member actions beside the view's own: deleting a member entered by mistake, the
table's context menu, and contact files dropped on the roster (imported as File ▸ Import does).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QTableView, QWidget

from coordinator_app.ui.context import AppContext
from coordinator_app.ui.messages import SAVE_ERRORS, show_error
from coordinator_app.ui.roster.commands import DeleteMember
from coordinator_app.ui.roster.import_dialog import ImportDialog, ask_for_import_group

#: The files a drop on the roster imports: the endings File ▸ Import offers.
CONTACT_FILE_SUFFIXES = frozenset({".vcf", ".vcard", ".csv", ".txt"})


def confirm_delete(parent: QWidget | None, name: str) -> bool:
    """Ask before deleting a member; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the member's name
    box.setWindowTitle(QCoreApplication.translate("MemberActions", "Delete member"))
    box.setText(
        QCoreApplication.translate("MemberActions", "Delete %1 from the group?").replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MemberActions",
            "For a member entered by mistake: their membership, jobs and expertise are "
            "removed (the person stays if they are in another group). A member who has taken "
            "part in meetings is kept: end their membership instead. Edit ▸ Undo brings them "
            "back.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("MemberActions", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("MemberActions", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class MemberActions(QObject):
    """Delete member…, the context menu of the member table and the drops of contact files.

    `selected` gives the selected member's (person id, name); `menu_actions` the actions the
    context menu shows above Delete member….
    """

    def __init__(
        self,
        ctx: AppContext,
        view: QWidget,
        table: QTableView,
        selected: Callable[[], tuple[int, str] | None],
        menu_actions: Callable[[], list[QAction | None]],
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.table = table
        self._selected = selected
        self._menu_actions = menu_actions
        self.delete_action = QAction(self.tr("&Delete member…"), view)
        self.delete_action.triggered.connect(self.delete_member)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_context_menu)
        # Files dropped anywhere on the roster (the table's viewport takes drops itself).
        for widget in (view, table.viewport()):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    # -- delete ------------------------------------------------------------------------------
    def delete_member(self) -> bool:
        """Delete the selected member, once confirmed; refused with a message for a member
        with a history in the group (see services/member_removal.py)."""
        selected = self._selected()
        group_id = self.ctx.group_id
        if selected is None or group_id is None:
            return False
        person_id, name = selected
        if not confirm_delete(self.view, name):
            return False
        try:
            self.ctx.undo_stack.push(DeleteMember(self.ctx, group_id, person_id, name))
        except SAVE_ERRORS as exc:
            show_error(self.view, self.tr("Delete member"), exc)
            return False
        self.ctx.status_message.emit(self.tr("%1 was deleted").replace("%1", name))
        return True

    # -- context menu ------------------------------------------------------------------------
    def show_context_menu(self, pos: QPoint) -> None:
        """The member actions for the member under `pos` (in the table's viewport)."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = QMenu(self.view)
        menu.setAccessibleName(self.tr("Member actions"))
        for action in [*self._menu_actions(), None, self.delete_action]:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- dropped files -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if contact_files(event) and not self.ctx.db.read_only:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = contact_files(event)
            if not files or self.ctx.db.read_only:
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # After the drop has returned: the dragging program must not wait for the dialog.
            QTimer.singleShot(0, lambda: self.import_files(files))
            return True
        return super().eventFilter(watched, event)

    def import_files(self, files: list[Path]) -> None:
        """Import each dropped file in turn, through the import dialog."""
        for path in files:
            if not import_file(self.view, self.ctx, path):
                return


def contact_files(event: QDropEvent) -> list[Path]:
    """The local contact files (`CONTACT_FILE_SUFFIXES`) a drag carries; empty if it carries
    anything else."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(data.urls()):
        return []
    if any(path.suffix.lower() not in CONTACT_FILE_SUFFIXES for path in paths):
        return []
    return paths


def import_file(parent: QWidget, ctx: AppContext, path: Path) -> bool:
    """Import `path` as File ▸ Import does (with no group yet, one is named first); whether it
    was imported."""
    if ctx.group_id is None and ask_for_import_group(parent, ctx) is None:
        return False
    dialog = ImportDialog(ctx, parent)
    dialog.load_file(path)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
