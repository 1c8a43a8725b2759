"""Preferences of this computer's user: the language of the app and of new documents, and after
how many minutes without input an encrypted database locks."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

LANGUAGE_KEY = "language"
LOCK_MINUTES_KEY = "security/lockMinutes"
#: An encrypted database locks after this many minutes without input, unless set otherwise.
DEFAULT_LOCK_MINUTES = 15
MAX_LOCK_MINUTES = 24 * 60


def stored_language() -> str:
    """ "da", "en", or "" for the system's language."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in ("da", "en") else ""


def lock_minutes() -> int:
    """Minutes without input after which an encrypted database locks; 0: never."""
    value = QSettings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_LOCK_MINUTES
    return minutes if 0 <= minutes <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES


def set_lock_minutes(minutes: int) -> None:
    QSettings().setValue(LOCK_MINUTES_KEY, max(0, min(MAX_LOCK_MINUTES, minutes)))


class PreferencesDialog(QDialog):
    """The language: the system's (Danish on a Danish system, English otherwise), or a fixed one.

    The language names are written in their own language, so that someone who cannot read the
    current one still finds theirs.
    """

    def __init__(self, parent: QWidget | None, current_language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._current = current_language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system (Danish on a Danish system)"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language())))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        note = QLabel(
            self.tr(
                "The language of menus, dates and new documents. A change takes effect the next "
                "time Coordinator starts; exports can also be written in the other language."
            )
        )
        note.setWordWrap(True)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(lock_minutes())
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        lock_label = QLabel(self.tr("Loc&k after:"))
        lock_label.setBuddy(self.lock_minutes)
        lock_note = QLabel(
            self.tr(
                "An encrypted database closes after this many minutes without use, and when the "
                "screen locks or the computer goes to sleep; its passphrase opens it again."
            )
        )
        lock_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow("", note)
        form.addRow(lock_label, self.lock_minutes)
        form.addRow("", lock_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.chosen())
        set_lock_minutes(self.lock_minutes.value())
        super().accept()
