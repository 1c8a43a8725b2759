"""What the GUI asks before and after it opens a database file (`ui/startup.open_for_gui`).

- A **new** database is encrypted by default: a passphrase (twice), then its recovery key shown
  once; "Keep unencrypted" is there behind a warning whose default is Cancel.
- An **encrypted** database opens with the key remembered on this computer, else with its
  passphrase or recovery key (`unlock.py`).
- After opening: the key is remembered if the user asked (where there is no keyring, the app
  says so once and asks for the passphrase at every start), and after the recovery key a new
  passphrase is offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from coordinator_app.store import keys
from coordinator_app.store.database import Database, DatabaseError
from coordinator_app.store.encryption import create_encrypted_database
from coordinator_app.store.sqlite_file import is_encrypted
from coordinator_app.ui import plain_text
from coordinator_app.ui.encryption.passphrase import NewPassphraseDialog
from coordinator_app.ui.encryption.recovery import show_recovery_key
from coordinator_app.ui.encryption.unlock import Unlocked, unlock_at_start

#: Set once the user was told that this computer's keyring would not keep a key.
KEYRING_TOLD_KEY = "encryption/keyringUnavailableTold"


@dataclass(frozen=True)
class Opening:
    """How a database is to be opened: with the key of `unlocked`, or (None) as plaintext."""

    unlocked: Unlocked | None = None

    @property
    def key(self) -> keys.DataKey | None:
        return self.unlocked.key if self.unlocked is not None else None


def is_new_database(path: Path) -> bool:
    """No database there yet: no file, or an empty one without a key file."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return size == 0 and keys.key_file_for(path) is None


def ask_before_opening(
    path: Path, parent: QWidget | None, unlocked: Unlocked | None, *, read_only: bool
) -> Opening | None:
    """How to open the database at `path`; None when the user chose to quit. `unlocked`: the
    key the start already has (it unlocks before the preview)."""
    if unlocked is not None:
        return Opening(unlocked)
    if not read_only and is_new_database(path):
        return protect_new_database(path, parent)
    if is_encrypted(path):
        found = unlock_at_start(path, parent)
        return Opening(found) if found is not None else None
    return Opening(None)


def new_database_dialog(parent: QWidget | None) -> NewPassphraseDialog:
    return NewPassphraseDialog(
        parent,
        title=QCoreApplication.translate("encryption", "Protect the database"),
        intro=QCoreApplication.translate(
            "encryption",
            "Coordinator keeps the members' contact details and what they share in confidence "
            "on this computer. Choose a passphrase: the database is then encrypted on the "
            "disk, and whoever gets hold of the laptop or a copy of the file cannot read it.\n\n"
            "You will type the passphrase when Coordinator starts (unless it is remembered on "
            "this computer), and you get a recovery key to keep in case you forget it.",
        ),
        accept_text=QCoreApplication.translate("encryption", "&Encrypt"),
        reject_text=QCoreApplication.translate("encryption", "&Quit"),
        remember=True,
        plain_option=True,
    )


def protect_new_database(path: Path, parent: QWidget | None) -> Opening | None:
    """A new database: encrypted with the passphrase typed (its recovery key shown once), or
    kept unencrypted once the user confirmed the warning; None if they quit."""
    dialog = new_database_dialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice, passphrase, remember = dialog.choice, dialog.passphrase(), dialog.remember_key()
    dialog.deleteLater()
    if not accepted:
        return None
    if choice != NewPassphraseDialog.ENCRYPT:
        return Opening(None)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        recovery = create_encrypted_database(path, passphrase)
    except (DatabaseError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        from coordinator_app.ui.messages import error_text

        plain_text.critical(
            parent,
            QCoreApplication.translate("encryption", "Protect the database"),
            error_text(exc),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    show_recovery_key(parent, recovery, path)
    return Opening(Unlocked(keys.data_key_from_recovery_key(recovery), remember=remember))


def remember_on_this_computer(path: Path, key: keys.DataKey, parent: QWidget | None) -> bool:
    """Keep `key` in the OS keyring; where it cannot be kept, say so (once on this computer)."""
    if keys.remember_key(path, key):
        return True
    settings = QSettings()
    if not settings.value(KEYRING_TOLD_KEY, False, type=bool):
        settings.setValue(KEYRING_TOLD_KEY, True)
        plain_text.information(
            parent,
            QCoreApplication.translate("encryption", "Not remembered"),
            QCoreApplication.translate(
                "encryption",
                "This computer has no keyring that Coordinator can use, so it could not "
                "remember the key. Coordinator asks for the passphrase at every start.",
            ),
        )
    return False


def offer_new_passphrase(path: Path, recovery: str, parent: QWidget | None) -> bool:
    """After opening with the recovery key: set a new passphrase now? True if one was set."""
    dialog = NewPassphraseDialog(
        parent,
        title=QCoreApplication.translate("encryption", "Set a new passphrase"),
        intro=QCoreApplication.translate(
            "encryption",
            "You opened the database with its recovery key. Set a new passphrase now, so that "
            "you do not need the recovery key next time? The recovery key stays the same.",
        ),
        accept_text=QCoreApplication.translate("encryption", "&Set passphrase"),
        reject_text=QCoreApplication.translate("encryption", "&Not now"),
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    new = dialog.passphrase()
    dialog.deleteLater()
    if not accepted:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        keys.change_passphrase(path, new, recovery=recovery)
    except (DatabaseError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        from coordinator_app.ui.messages import error_text

        plain_text.warning(
            parent,
            QCoreApplication.translate("encryption", "Set a new passphrase"),
            error_text(exc),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def after_opening(db: Database, opening: Opening, parent: QWidget | None) -> None:
    """Remember the key if asked to, and offer a new passphrase after the recovery key."""
    unlocked = opening.unlocked
    if unlocked is None or db.path is None:
        return
    if unlocked.remember:
        remember_on_this_computer(db.path, unlocked.key, parent)
    if unlocked.recovery is not None and not db.read_only:
        offer_new_passphrase(db.path, unlocked.recovery, parent)
