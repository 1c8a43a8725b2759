"""Opening an encrypted database: its passphrase, or its recovery key instead.

A wrong passphrase says so and the dialog stays; a recovery key with a typo is reported as a
typo (the store's `RecoveryKeyTypo`), one of another database as such. Nothing here writes to
the database or its key file. Imported by the start before SQLAlchemy is loaded: PySide6 and
the store's `keys` and `sqlite_file` only (a test checks this).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.store import keys
from coordinator_app.store.keys import DataKey, RecoveryKeyTypo, WrongPassphrase
from coordinator_app.store.sqlite_file import DatabaseError, WrongKey, recognise_file
from coordinator_app.ui.encryption.passphrase import secret_field
from coordinator_app.ui.encryption.texts import key_error_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.theme import Tone, css


class WrongRecoveryKey(DatabaseError):
    """A well-formed recovery key that is not this database's."""

    code = "wrong_recovery_key"


@dataclass(frozen=True)
class Unlocked:
    """The data key that opens a database, and how it was had.

    `recovery`: the recovery key as typed, when it was used (a new passphrase is then offered);
    `remember`: the user asked to keep the key on this computer; `remembered`: it came from the
    OS keyring."""

    key: DataKey
    recovery: str | None = None
    remember: bool = False
    remembered: bool = False


def key_from_passphrase(db_path: Path, passphrase: str) -> DataKey:
    """The data key the passphrase unlocks from the database's key file. Raises
    WrongPassphrase, KeyFileDamaged and KeyFileMissing (no key file)."""
    try:
        return keys.unlock(db_path, passphrase)
    except FileNotFoundError as exc:
        from coordinator_app.store.sqlite_file import KeyFileMissing

        raise KeyFileMissing(f"{db_path} has no key file.") from exc


def key_from_recovery(db_path: Path, recovery: str) -> DataKey:
    """The data key of a recovery key as typed, checked against the database (its key file, or
    without one the file itself). Raises RecoveryKeyTypo and WrongRecoveryKey."""
    key = keys.data_key_from_recovery_key(recovery)
    matches = keys.key_file_matches(db_path, key)
    if matches is False:
        raise WrongRecoveryKey("The recovery key is not this database's.")
    if matches is None:  # no readable key file: the database itself tells
        try:
            recognise_file(db_path, key)
        except WrongKey as exc:
            raise WrongRecoveryKey("The recovery key is not this database's.") from exc
        except (DatabaseError, OSError):
            pass  # the key is not refused: opening the database says what else is wrong
    return key


def unlock_error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    return key_error_text(code) or str(exc)


class UnlockFields(QWidget):
    """The passphrase field, or the recovery key field instead, and the error of the last try.

    `remember`: with "Remember on this computer"."""

    def __init__(self, db_path: Path, *, remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.passphrase = secret_field(self.tr("Passphrase"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.recovery_label = QLabel(self.tr("&Recovery key:"))
        self.recovery_label.setBuddy(self.recovery)
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.setFlat(True)
        self.switch.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.switch.clicked.connect(lambda: self.use_recovery(not self.using_recovery()))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember.setToolTip(
            self.tr(
                "The key is kept in the system's keyring, so Coordinator opens without asking "
                "for the passphrase when you are logged in. Anyone using your login can then "
                "open it too."
            )
        )
        self.remember.setVisible(remember)
        self.error = plain_label()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet(f"QLabel#unlockError {{ color: {css(Tone.ERROR)}; }}")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.recovery_label, self.recovery)
        self.form.addRow("", self.switch)
        self.form.addRow("", self.remember)
        self.form.addRow("", self.error)
        self.passphrase.textEdited.connect(lambda _text: self.show_error(""))
        self.recovery.textEdited.connect(lambda _text: self.show_error(""))
        self._recovery = False
        self.use_recovery(False)

    def using_recovery(self) -> bool:
        return self._recovery

    def use_recovery(self, recovery: bool) -> None:
        """Show the recovery key's field instead of the passphrase's (or back)."""
        self._recovery = recovery
        self.form.setRowVisible(self.passphrase, not recovery)
        self.form.setRowVisible(self.recovery, recovery)
        self.switch.setText(
            self.tr("Use the passphrase instead")
            if recovery
            else self.tr("Use the recovery key instead")
        )
        self.switch.setAccessibleName(self.switch.text())
        self.show_error("")
        self.field().setFocus()

    def field(self) -> QLineEdit:
        """The field in use: the passphrase's or the recovery key's."""
        return self.recovery if self._recovery else self.passphrase

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    def typed(self) -> bool:
        return bool(self.field().text().strip())

    def try_unlock(self) -> Unlocked | None:
        """The key what is typed opens; None (the error shown, the field selected) if it does
        not."""
        recovery = self.using_recovery()
        field = self.field()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the passphrase's KDF
        try:
            if recovery:
                key = key_from_recovery(self.db_path, field.text())
            else:
                key = key_from_passphrase(self.db_path, field.text())
        except (WrongPassphrase, RecoveryKeyTypo, WrongRecoveryKey) as exc:
            self._failed(field, exc)
            return None
        except DatabaseError as exc:  # no key file, or a damaged one: the recovery key opens it
            self._failed(field, exc)
            if not recovery:
                self.use_recovery(True)
                self.show_error(unlock_error_text(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_error("")
        return Unlocked(
            key,
            recovery=field.text() if recovery else None,
            remember=self.remember.isVisible() and self.remember.isChecked(),
        )

    def _failed(self, field: QLineEdit, exc: BaseException) -> None:
        self.show_error(unlock_error_text(exc))
        field.selectAll()
        field.setFocus()

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.show_error("")


class UnlockDialog(QDialog):
    """Asks for the passphrase (or the recovery key) of an encrypted database; stays open until
    it opens it or the user quits."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the database"))
        self.setMinimumWidth(520)
        self.unlocked: Unlocked | None = None
        intro = plain_label(
            self.tr("The database %1 is encrypted. Type its passphrase to open it.").replace(
                "%1", db_path.name
            )
        )
        intro.setWordWrap(True)
        where = plain_label(str(db_path))
        where.setWordWrap(True)
        where.setStyleSheet(f"color: {css(Tone.MUTED)}")
        self.fields = UnlockFields(db_path, remember=True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        if keys.key_file_for(db_path) is None:
            self.fields.use_recovery(True)
            self.fields.show_error(key_error_text("key_file_missing") or "")
        self.fields.field().setFocus()

    def try_unlock(self) -> None:
        if not self.fields.typed():
            return
        unlocked = self.fields.try_unlock()
        if unlocked is not None:
            self.unlocked = unlocked
            self.accept()


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> Unlocked | None:
    """The key of the encrypted database at `db_path`: the one remembered on this computer, or
    the one the passphrase or recovery key typed opens; None when the user quits."""
    remembered = keys.remembered_key(db_path)
    if remembered is not None:
        return Unlocked(remembered, remembered=True)
    dialog = UnlockDialog(db_path, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    unlocked = dialog.unlocked if accepted else None
    dialog.fields.clear()
    dialog.deleteLater()
    return unlocked
