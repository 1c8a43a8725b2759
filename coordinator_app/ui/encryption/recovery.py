"""The recovery key, shown once: large, in groups of four, to print or save before going on.

It opens the database and every backup when the passphrase is forgotten or the key file is
lost (`store.keys`). The dialog cannot be left until "I have written down or saved the recovery
key" is ticked. Printing goes through the app's print dialog (`ui/printing.py`); saving writes
a text file of mode 0600, whole or not at all (`store/files.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.store.files import write_atomically
from coordinator_app.ui import plain_text
from coordinator_app.ui.plain_text import plain_label

#: Groups of four letters per line, as the key is shown and printed.
GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> list[str]:
    """The recovery key (`ABCD-EFGH-…`) in lines of `GROUPS_PER_LINE` groups."""
    groups = [g for g in recovery_key.replace(" ", "-").split("-") if g]
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def recovery_file_text(recovery_key: str, db_path: Path | None) -> str:
    """What a saved recovery key file holds: what it is, for which database, and the key."""
    lines = [
        QCoreApplication.translate("RecoveryKeyDialog", "Coordinator recovery key"),
        "",
    ]
    if db_path is not None:
        lines += [
            QCoreApplication.translate("RecoveryKeyDialog", "Database: %1").replace(
                "%1", str(db_path)
            ),
            "",
        ]
    lines += key_lines(recovery_key)
    lines += [
        "",
        QCoreApplication.translate(
            "RecoveryKeyDialog",
            "It opens the database and every backup without the passphrase. Keep it apart "
            "from the computer, where nobody else can read it.",
        ),
    ]
    return "\n".join(lines) + "\n"


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
    font.setBold(True)
    return font


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with Print… and Save as…; it cannot be left before the
    user says they have it."""

    def __init__(
        self, recovery_key: str, db_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.db_path = db_path
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "This recovery key opens the database and every backup of it if the passphrase "
                "is forgotten or the key file beside the database is lost. It is shown only "
                "now.\n\nPrint it or write it down, and keep it apart from this computer: not "
                "in a file beside the database."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.key_label = plain_label("\n".join(key_lines(recovery_key)))
        self.key_label.setFont(_key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setContentsMargins(12, 12, 12, 12)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        self.saved_note = plain_label()
        self.saved_note.setWordWrap(True)
        self.saved_note.setAccessibleName(self.tr("Where the recovery key went"))
        self.confirmed = QCheckBox(self.tr("I have &written down or saved the recovery key"))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        tools = QHBoxLayout()
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        tools.addStretch(1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(tools)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.confirmed)
        layout.addWidget(buttons)

    # -- leaving only once it is kept ------------------------------------------------------
    def reject(self) -> None:
        # Escape and the window's close button end up here (QDialog's closeEvent too): until
        # the key is kept, they do nothing.
        if self.confirmed.isChecked():
            self.accept()

    # -- print and save --------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        """Where to save the key (tests replace it through QFileDialog)."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self.tr("Coordinator recovery key.txt")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path(documents) / name),
            self.tr("Text files (*.txt)"),
        )
        return Path(chosen) if chosen else None

    def save_key(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        data = recovery_file_text(self.recovery_key, self.db_path).encode("utf-8")
        try:
            write_atomically(path, data, what=f"the recovery key file {path}")
        except Exception as exc:  # OSError or the store's storage errors: say so, stay here
            from coordinator_app.ui.messages import error_text

            plain_text.warning(self, self.tr("Save the recovery key"), error_text(exc))
            return False
        self.saved_note.setText(
            self.tr("Saved to %1. Move it off this computer (a USB stick in a drawer).").replace(
                "%1", str(path)
            )
        )
        return True

    def print_key(self) -> bool:
        from coordinator_app.ui import printing

        printer = printing.make_printer()
        printed = printing.show_print_dialog(printer, self.paint, self)
        if printed:
            self.saved_note.setText(self.tr("Sent to the printer."))
        return printed

    def paint(self, printer: QPrinter) -> None:
        """Draw the recovery key page on `printer`."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = printer.resolution()
            area = QRectF(page).marginsRemoved(QMarginsF(dpi / 2, dpi / 2, dpi / 2, dpi / 2))
            area.moveTo(dpi / 2, dpi / 2)
            heading = QFont(self.font())
            heading.setPointSizeF(16)
            heading.setBold(True)
            body = QFont(self.font())
            body.setPointSizeF(11)
            key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            key_font.setPointSizeF(20)
            key_font.setBold(True)
            y = area.top()
            for font, text, flags in (
                (heading, self.tr("Coordinator recovery key"), Qt.AlignmentFlag.AlignLeft),
                (
                    body,
                    self.tr("Database: %1").replace("%1", str(self.db_path or "")),
                    Qt.AlignmentFlag.AlignLeft,
                ),
                (key_font, "\n".join(key_lines(self.recovery_key)), Qt.AlignmentFlag.AlignCenter),
                (
                    body,
                    self.tr(
                        "It opens the database and every backup without the passphrase. Keep "
                        "it apart from the computer, where nobody else can read it."
                    ),
                    Qt.AlignmentFlag.AlignLeft,
                ),
            ):
                painter.setFont(font)
                box = QRectF(area.left(), y, area.width(), area.bottom() - y)
                wrap = flags | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
                used = painter.boundingRect(box, int(wrap), text)
                painter.drawText(box, int(wrap), text)
                y += used.height() + dpi / 4
        finally:
            painter.end()


def show_recovery_key(parent: QWidget | None, recovery_key: str, db_path: Path | None) -> None:
    """Show a new recovery key until the user says they have it."""
    dialog = RecoveryKeyDialog(recovery_key, db_path, parent)
    dialog.exec()
    dialog.deleteLater()
