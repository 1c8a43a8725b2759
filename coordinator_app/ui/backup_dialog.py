"""The backups of the open database: choose one to restore, and how many are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_short_date
from coordinator_app.services import backups as backup_service
from coordinator_app.store import backups
from coordinator_app.store.backups import BackupInfo
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.messages import SAVE_ERRORS, show_error
from coordinator_app.ui.worker import wait_for_background_work


def reason_text(reason: str) -> str:
    """Why a backup was made, in the user's language."""
    texts = {
        backups.AUTO: QCoreApplication.translate("BackupDialog", "Daily, at start"),
        backups.MANUAL: QCoreApplication.translate("BackupDialog", "Made by you"),
        backups.BEFORE_MIGRATION: QCoreApplication.translate("BackupDialog", "Before an upgrade"),
        backups.BEFORE_RESTORE: QCoreApplication.translate("BackupDialog", "Before a restore"),
    }
    return texts.get(reason, reason)


def made_text(backup: BackupInfo, language: str) -> str:
    return f"{format_short_date(backup.created.date(), language)} {backup.created:%H:%M:%S}"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        # The decimal separator of the UI language: "1,5 MB" in Danish.
        return QCoreApplication.translate("BackupDialog", "%1 MB").replace(
            "%1", QLocale().toString(size / (1024 * 1024), "f", 1)
        )
    return QCoreApplication.translate("BackupDialog", "%1 kB").replace(
        "%1", str(max(1, round(size / 1024)))
    )


class BackupDialog(QDialog):
    """Lists the backups, newest first; "Restore" accepts the dialog with the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        folder = backups.backups_dir(ctx.db.path) if ctx.db.path else None
        intro = QLabel(
            self.tr(
                "Choose the backup to restore. Everything in the database is replaced by the "
                "backup; the database as it is now is kept as a backup first, so a restore can "
                "be taken back. The backups are in %1."
            ).replace("%1", str(folder) if folder else "")
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._restore_clicked())
        self.empty_label = QLabel(self.tr("There are no backups yet."))

        self.keep = QSpinBox()
        self.keep.setRange(backup_service.MIN_KEEP, backup_service.MAX_KEEP)
        self.keep.setAccessibleName(self.tr("Number of backups kept"))
        self.keep.setValue(backup_service.keep_count(ctx.db))
        self._kept = self.keep.value()
        keep_label = QLabel(self.tr("&Keep the newest"))
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("daily and manual backups")))
        keep_row.addStretch(1)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self._backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self._restore_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.reload()

    def reload(self) -> None:
        self.backups = backup_service.list_backups(self.ctx.db) if self.ctx.db.path else []
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                made_text(backup, self.ctx.language),
                reason_text(backup.reason),
                size_text(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.empty_label.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.ctx.db.read_only)

    def _save_keep(self) -> None:
        if self.keep.value() == self._kept or self.ctx.db.read_only:
            return
        try:
            backup_service.set_keep_count(self.ctx.db, self.keep.value())
        except (*SAVE_ERRORS, OSError) as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self._kept = self.keep.value()

    def _backup_now(self) -> None:
        self._save_keep()
        try:
            made = backup_service.backup_now(self.ctx.db)
        except (*SAVE_ERRORS, OSError) as exc:
            show_error(self, self.tr("Back up now"), exc)
            return
        self.ctx.status_message.emit(self.tr("Backup saved: %1").replace("%1", made.path.name))
        self.reload()

    def _restore_clicked(self) -> None:
        backup = self.selected()
        if backup is None or self.ctx.db.read_only:
            return
        self._save_keep()
        self.chosen = backup
        self.accept()

    def reject(self) -> None:
        self._save_keep()
        super().reject()


class BackupActions(QObject):
    """File ▸ Back up now and File ▸ Restore from backup… for a main window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.backup_action = QAction(self.tr("Back &up now"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.choose_and_restore)
        self.restore_action.setEnabled(not ctx.db.read_only)

    def backup_now(self) -> BackupInfo | None:
        try:
            made = backup_service.backup_now(self.ctx.db)
        except (*SAVE_ERRORS, OSError) as exc:
            show_error(self.window, self.tr("Back up now"), exc)
            return None
        self.ctx.status_message.emit(self.tr("Backup saved: %1").replace("%1", made.path.name))
        return made

    def choose_and_restore(self) -> bool:
        dialog = BackupDialog(self.ctx, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        chosen = dialog.chosen
        answer = plain_text.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in the database with the backup made %1? The database as "
                "it is now is kept as a backup first. Undo history is cleared."
            ).replace("%1", made_text(chosen, self.ctx.language)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(chosen.path)

    def restore(self, backup: Path) -> bool:
        """Restore `backup` into the open database and show what it holds."""
        wait_for_background_work()  # no export or import may still read the old file
        try:
            db, _safety = backup_service.restore(self.ctx.db, backup)
        except (*SAVE_ERRORS, OSError) as exc:
            # The old connection pool was only emptied; the database is used as before.
            show_error(self.window, self.tr("Restore from backup"), exc)
            return False
        self.ctx.db = db
        # The history's steps refer to rows as they were before; they cannot apply any more.
        self.ctx.undo_stack.clear()
        self.ctx.notify_changed()
        self.ctx.status_message.emit(self.tr("The backup was restored."))
        return True
