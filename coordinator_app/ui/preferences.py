"""Preferences of this computer's user: the language of the app and of new documents."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

LANGUAGE_KEY = "language"


def stored_language() -> str:
    """ "da", "en", or "" for the system's language."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in ("da", "en") else ""


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
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.chosen())
        super().accept()
