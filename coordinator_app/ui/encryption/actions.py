"""File ▸ Encrypt database…, Change passphrase…, Forget remembered key and Lock (Ctrl+L).

Encrypting an existing plaintext database explains what will happen and asks for a
passphrase (twice); then what is being typed is saved, every connection closed, and
`store.encryption.encrypt_database` runs on a worker thread with a busy indicator: the file
and every backup in its backups folder are encrypted, and the plaintext files overwritten and
removed. The recovery key is shown (as at a first start), the removed files are listed, and
the window goes on with the encrypted database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.store import encryption, keys
from coordinator_app.store.database import Database, DatabaseError, open_database
from coordinator_app.store.encryption import Encrypted
from coordinator_app.store.sqlite_file import is_encrypted
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.database_files import DatabaseFiles
from coordinator_app.ui.encryption.lock import (
    LockController,
    finish_deferred_reads,
    save_pending_edits,
)
from coordinator_app.ui.encryption.opening import remember_on_this_computer
from coordinator_app.ui.encryption.passphrase import NewPassphraseDialog, NewPassphraseFields
from coordinator_app.ui.encryption.recovery import show_recovery_key
from coordinator_app.ui.encryption.unlock import UnlockFields
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background, wait_for_background_work


def encrypt_dialog(parent: QWidget | None) -> NewPassphraseDialog:
    return NewPassphraseDialog(
        parent,
        title=QCoreApplication.translate("encryption", "Encrypt the database"),
        intro=QCoreApplication.translate(
            "encryption",
            "The database and every backup in its backups folder are encrypted with a new "
            "passphrase. The unencrypted files are then overwritten and removed, and you get "
            "a recovery key to print or write down.\n\nFrom then on Coordinator asks for the "
            "passphrase when it starts (unless it is remembered on this computer). Exports "
            "(member lists, minutes, calendars) stay unencrypted: they are made to be sent.\n\n"
            "On an SSD or a copy-on-write file system, old copies of the unencrypted file may "
            "remain where no program can reach them; an encrypted disk covers those too.",
        ),
        accept_text=QCoreApplication.translate("encryption", "&Encrypt"),
        reject_text=QCoreApplication.translate("encryption", "Cancel"),
        remember=True,
    )


class ChangePassphraseDialog(QDialog):
    """The current passphrase (or the recovery key) and a new one, twice."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(540)
        intro = QLabel(
            self.tr(
                "The database keeps its data, its backups and its recovery key: only the "
                "passphrase that opens it changes."
            )
        )
        intro.setWordWrap(True)
        self.current = UnlockFields(db_path, remember=False)
        self.current.passphrase_label.setText(self.tr("&Current passphrase:"))
        self.new = NewPassphraseFields()
        self.change_button = QPushButton(self.tr("Chan&ge"))
        self.change_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(self.change)
        cancel.clicked.connect(self.reject)
        self.new.changed.connect(self._update)
        self.current.passphrase.textChanged.connect(lambda _text: self._update())
        self.current.recovery.textChanged.connect(lambda _text: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(self.new)
        layout.addWidget(buttons)
        self.current.field().setFocus()
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(self.current.typed() and self.new.is_acceptable())

    def change(self) -> None:
        if not self.change_button.isEnabled():
            return
        unlocked = self.current.try_unlock()
        if unlocked is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if unlocked.recovery is not None:
                keys.change_passphrase(
                    self.db_path, self.new.passphrase(), recovery=unlocked.recovery
                )
            else:
                keys.change_passphrase(
                    self.db_path,
                    self.new.passphrase(),
                    passphrase=self.current.passphrase.text(),
                )
        except (DatabaseError, OSError) as exc:
            self.current.show_error(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.current.clear()
        self.accept()


class EncryptionActions(QObject):
    """The File menu's encryption entries and the lock of one main window."""

    def __init__(self, ctx: AppContext, window: QMainWindow, database_files: DatabaseFiles) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.database_files = database_files
        self.encrypt_action = QAction(self.tr("E&ncrypt database…"), window)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.change_action = QAction(self.tr("&Change passphrase…"), window)
        self.change_action.triggered.connect(self.change_passphrase)
        self.forget_action = QAction(self.tr("&Forget the remembered key"), window)
        self.forget_action.triggered.connect(self.forget_key)
        self.lock_action = QAction(self.tr("Loc&k"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock = LockController(ctx, window, self.replace_db)
        self.lock_action.triggered.connect(self.lock.lock)
        self.lock.locked.connect(self.update_actions)
        self.lock.unlocked.connect(self.update_actions)
        ctx.data_changed.connect(self.update_actions)
        database_files.reopened.connect(self._reopened)
        self.update_actions()

    def add_to_menu(self, menu: QMenu) -> None:
        """Encrypt, change the passphrase, forget the key; then Lock."""
        menu.setToolTipsVisible(True)  # why an entry is disabled
        menu.aboutToShow.connect(self.update_actions)
        menu.addAction(self.encrypt_action)
        menu.addAction(self.change_action)
        menu.addAction(self.forget_action)
        menu.addAction(self.lock_action)

    def replace_db(self, db: Database) -> None:
        """Make `db` the window's database: the context's, and the one the start releases."""
        self.ctx.db = db
        opened = self.database_files.opened
        if opened is not None:
            opened.db = db

    def _reopened(self) -> None:
        self.lock.restart_idle()
        self.update_actions()

    def update_actions(self) -> None:
        db = self.ctx.db
        encrypted = db.key is not None
        writable = db.path is not None and not db.read_only
        locked = self.lock.is_locked
        self.encrypt_action.setEnabled(writable and not encrypted and not locked)
        if encrypted:
            tip = self.tr("The database is encrypted already.")
        elif not writable:
            tip = self.tr("A database opened read-only cannot be encrypted.")
        else:
            tip = self.tr("Encrypt the database and its backups with a passphrase")
        self.encrypt_action.setToolTip(tip)
        self.encrypt_action.setStatusTip(tip)
        self.change_action.setEnabled(encrypted and writable and not locked)
        self.forget_action.setEnabled(encrypted and not locked)
        self.lock_action.setEnabled(encrypted and not locked)
        lock_tip = (
            self.tr("Close the database until its passphrase is typed again (%1)").replace(
                "%1", self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            if encrypted
            else self.tr("Only an encrypted database can be locked.")
        )
        self.lock_action.setToolTip(lock_tip)
        self.lock_action.setStatusTip(lock_tip)
        not_encrypted = self.tr("The database is not encrypted.")
        for action in (self.change_action, self.forget_action):
            action.setToolTip(action.text().replace("&", "") if encrypted else not_encrypted)

    # -- encrypt -------------------------------------------------------------------------------
    def encrypt(self) -> bool:
        """Ask for a passphrase and start encrypting; False if the user cancelled."""
        db = self.ctx.db
        path = db.path
        if path is None or db.key is not None or db.read_only:
            return False
        dialog = encrypt_dialog(self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase, remember = dialog.passphrase(), dialog.remember_key()
        dialog.deleteLater()
        if not accepted:
            return False
        save_pending_edits(self.window)
        finish_deferred_reads(self.window)  # no view may open the file again meanwhile
        # The saves that queued run first; then every connection is closed.
        QTimer.singleShot(0, self, lambda: self._start_encrypting(path, passphrase, remember))
        return True

    def _start_encrypting(self, path: Path, passphrase: str, remember: bool) -> None:
        wait_for_background_work()
        self.ctx.db.close()
        self.encrypt_action.setEnabled(False)
        run_in_background(
            self.window,
            self.tr("Encrypting the database and its backups…"),
            lambda: encryption.encrypt_database(path, passphrase),
            lambda done: self._encrypted(path, done, remember),
            lambda exc: self._encryption_failed(path, passphrase, exc),
        )

    def _encrypted(self, path: Path, done: Encrypted, remember: bool) -> None:
        key = keys.data_key_from_recovery_key(done.recovery_key)
        try:
            db = open_database(path, key=key)
        except (DatabaseError, OSError) as exc:
            plain_text.critical(self.window, self.tr("Encrypt the database"), error_text(exc))
            return
        old = self.ctx.db
        self.replace_db(db)
        old.close()
        show_recovery_key(self.window, done.recovery_key, path)
        if remember:
            remember_on_this_computer(path, key, self.window)
        self._tell_removed(done.removed)
        self.lock.restart_idle()
        self.update_actions()
        self.ctx.notify_changed()
        self.ctx.status_message.emit(self.tr("The database is encrypted."))

    def _tell_removed(self, removed: tuple[Path, ...]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Encrypt the database"))
        box.setText(
            self.tr(
                "The database and its backups are encrypted. These %n unencrypted file(s) were "
                "overwritten with zeros and removed:",
                "",
                len(removed),
            )
        )
        box.setInformativeText("\n".join(str(path) for path in removed))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()

    def _encryption_failed(self, path: Path, passphrase: str, exc: Exception) -> None:
        # Every file is whole throughout, plaintext or encrypted: open it as it is now.
        try:
            key = keys.unlock(path, passphrase) if is_encrypted(path) else None
            db = open_database(path, key=key)
        except (DatabaseError, OSError) as reopen_exc:
            plain_text.critical(
                self.window,
                self.tr("Encrypt the database"),
                f"{error_text(exc)}\n\n{error_text(reopen_exc)}",
            )
            return
        old = self.ctx.db
        self.replace_db(db)
        old.close()
        self.update_actions()
        self.ctx.notify_changed()
        plain_text.warning(self.window, self.tr("Encrypt the database"), error_text(exc))

    # -- the passphrase and the remembered key -----------------------------------------------
    def change_passphrase(self) -> bool:
        path = self.ctx.db.path
        if path is None or self.ctx.db.key is None:
            return False
        dialog = ChangePassphraseDialog(path, self.window)
        changed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if changed:
            self.ctx.status_message.emit(
                self.tr("The passphrase was changed; the recovery key stays the same.")
            )
        return changed

    def forget_key(self) -> bool:
        path = self.ctx.db.path
        if path is None:
            return False
        forgotten = keys.forget_key(path)
        plain_text.information(
            self.window,
            self.tr("Forget the remembered key"),
            self.tr(
                "This computer no longer remembers the key: Coordinator asks for the passphrase "
                "at the next start."
            )
            if forgotten
            else self.tr("This computer remembers no key for this database."),
        )
        return forgotten
