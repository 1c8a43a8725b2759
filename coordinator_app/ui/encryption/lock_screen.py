"""What the main window shows while the database is locked: its file, and the passphrase (or
recovery key) that opens it again. Nothing of the database's contents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator_app.ui.encryption.unlock import Unlocked, UnlockFields
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.theme import Tone, css


class LockScreen(QWidget):
    """A full-window widget: "Coordinator is locked", the passphrase field, Unlock and Quit.

    The key remembered on this computer is not enough here: the passphrase or the recovery key
    must be typed (as KeePassXC does after a lock)."""

    #: The passphrase or recovery key typed opens the database: reopen it with this key.
    unlock_requested = Signal(object)
    #: The user would rather quit than unlock.
    quit_requested = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        heading = QLabel(self.tr("Coordinator is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        text = plain_label(
            self.tr(
                "The database %1 is closed, and nothing of it is shown. Type its passphrase to "
                "open it again where you left it."
            ).replace("%1", db_path.name)
        )
        text.setWordWrap(True)
        where = plain_label(str(db_path))
        where.setWordWrap(True)
        where.setStyleSheet(f"color: {css(Tone.MUTED)}")
        self.fields = UnlockFields(db_path, remember=False)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        self.fields.passphrase.returnPressed.connect(self.try_unlock)
        self.fields.recovery.returnPressed.connect(self.try_unlock)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)

        panel = QWidget()
        panel.setFixedWidth(540)  # the wrapped texts' height follows from it
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(heading)
        panel_layout.addWidget(text)
        panel_layout.addWidget(where)
        panel_layout.addSpacing(12)
        panel_layout.addWidget(self.fields)
        panel_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.fields.passphrase)

    def try_unlock(self) -> None:
        if not self.fields.typed():
            return
        unlocked: Unlocked | None = self.fields.try_unlock()
        if unlocked is not None:
            self.unlock_requested.emit(unlocked)

    def show_error(self, text: str) -> None:
        self.fields.show_error(text)
