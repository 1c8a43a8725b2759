"""Exporting the minutes from the GUI: choose format and confidentiality, write off the UI
thread. What the options leave out is removed before any writer sees it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.services import minutes, minutes_report, planner
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import ask_save_path, open_in_viewer, safe_file_name
from coordinator_app.ui.forms import FieldWithError
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background


class MinutesExportDialog(QDialog):
    """Format, what to leave out, and an optional password."""

    def __init__(
        self, parent: QWidget | None, *, for_email: bool = False, for_print: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("E-mail the minutes") if for_email else self.tr("Export minutes")
        )
        if for_print:  # what to leave out only: printed from the PDF, with no password
            self.setWindowTitle(self.tr("Print minutes"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Word document (DOCX)"), "docx")
        self.format.addItem(self.tr("Markdown"), "md")
        self.omit = QCheckBox(self.tr("&Leave out everything shared with the group only"))
        self.anonymise = QCheckBox(self.tr("&Anonymise what may be shared without name"))
        self.omit.setChecked(for_email)
        self.anonymise.setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("optional, PDF only"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.repeat_field = FieldWithError(self.repeat)
        note = QLabel(
            self.tr(
                "Left-out texts are not in the file at all. Every export is marked confidential."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        for text, editor, shown in (
            (self.tr("&Format:"), self.format, self.format),
            (self.tr("&Password:"), self.password, self.password),
            (self.tr("&Repeat:"), self.repeat, self.repeat_field),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, shown)
        form.addRow("", self.omit)
        form.addRow("", self.anonymise)
        if for_print:
            for shown in (self.format, self.password, self.repeat_field):
                form.setRowVisible(shown, False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Write e-mail") if for_email else self.tr("&Export")
        )
        if for_print:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.setMinimumWidth(460)

    def _format_changed(self) -> None:
        pdf = self.format.currentData() == "pdf"
        self.password.setEnabled(pdf)
        self.repeat.setEnabled(pdf)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def options(self, lang: str) -> ExportOptions:
        return ExportOptions(
            omit_confidential=self.omit.isChecked(),
            anonymise=self.anonymise.isChecked(),
            lang=lang,
        )

    def chosen_password(self) -> str | None:
        if self.fmt() != "pdf":
            return None
        return self.password.text() or None

    def accept(self) -> None:
        if self.fmt() == "pdf" and self.password.text() != self.repeat.text():
            self.repeat_field.show_error(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        super().accept()


def write_minutes(
    db: Database,
    meeting_id: int,
    path: Path,
    fmt: str,
    options: ExportOptions,
    password: str | None,
) -> Path:
    from coordinator_app.exchange.minutes_export import export_minutes

    document = minutes.minutes_document(db, meeting_id, options.lang)
    export_minutes(
        document, path, fmt=fmt, options=options, printed_on=dt.date.today(), password=password
    )
    return path


def write_minutes_email(
    db: Database,
    meeting_id: int,
    path: Path,
    fmt: str,
    options: ExportOptions,
    password: str | None,
) -> Path:
    from coordinator_app.exchange.email_drafts import minutes_email
    from coordinator_app.exchange.eml import write_eml

    draft = minutes_email(
        minutes.minutes_document(db, meeting_id, options.lang),
        minutes.member_addresses(db, meeting_id),
        fmt=fmt,
        options=options,
        printed_on=dt.date.today(),
        password=password,
    )
    write_eml(draft, path)
    return path


def write_report(db: Database, group_id: int, year: int, path: Path, lang: str) -> Path:
    from coordinator_app.exchange.report_pdf import write_annual_report_pdf

    write_annual_report_pdf(
        minutes_report.annual_report(db, group_id, year, lang),
        path,
        lang=lang,
        printed_on=dt.date.today(),
    )
    return path


class MinutesExporter(QObject):
    """The minutes' export, e-mail draft and the annual report."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # Opens a written file; tests replace it.
        self.open_file: Callable[[Path], object] = open_in_viewer
        # Asks for the export options; tests replace it.
        self.ask_options: Callable[[bool], MinutesExportDialog | None] = self._ask_options

    def _ask_options(self, for_email: bool) -> MinutesExportDialog | None:
        dialog = MinutesExportDialog(self.window, for_email=for_email)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _stem(self, meeting_id: int, what: str) -> str:
        meeting = planner.meeting(self.ctx.db, meeting_id)
        return safe_file_name(f"{meeting.group_name} {what} {meeting.date.isoformat()}")

    def export(self, meeting_id: int) -> None:
        dialog = self.ask_options(False)
        if dialog is None:
            return
        fmt, options, password = (
            dialog.fmt(),
            dialog.options(self.ctx.language),
            dialog.chosen_password(),
        )
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "md": self.tr("Markdown files (*.md)"),
        }
        path = ask_save_path(
            self.window,
            self.tr("Export minutes"),
            self._stem(meeting_id, self.tr("minutes")) + f".{fmt}",
            filters[fmt],
            f".{fmt}",
        )
        if path is None:
            return
        db = self.ctx.db
        run_in_background(
            self.window,
            self.tr("Writing the minutes…"),
            lambda: write_minutes(db, meeting_id, path, fmt, options, password),
            self._done,
            self._failed,
        )

    def email(self, meeting_id: int) -> None:
        dialog = self.ask_options(True)
        if dialog is None:
            return
        fmt, options, password = (
            dialog.fmt(),
            dialog.options(self.ctx.language),
            dialog.chosen_password(),
        )
        path = ask_save_path(
            self.window,
            self.tr("Save e-mail with the minutes"),
            self._stem(meeting_id, self.tr("minutes")) + ".eml",
            self.tr("E-mail drafts (*.eml)"),
            ".eml",
        )
        if path is None:
            return
        db = self.ctx.db
        run_in_background(
            self.window,
            self.tr("Writing the e-mail…"),
            lambda: write_minutes_email(db, meeting_id, path, fmt, options, password),
            self._done,
            self._failed,
        )

    def annual_report(self, group_id: int, year: int) -> None:
        group = next((m.group_name for m in planner.meetings(self.ctx.db, group_id=group_id)), "")
        label = self.tr("annual report")
        path = ask_save_path(
            self.window,
            self.tr("Annual report"),
            safe_file_name(f"{group} {label} {year}") + ".pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        db, lang = self.ctx.db, self.ctx.language
        run_in_background(
            self.window,
            self.tr("Writing the annual report…"),
            lambda: write_report(db, group_id, year, path, lang),
            self._done,
            self._failed,
        )

    def _done(self, path: object) -> None:
        assert isinstance(path, Path)
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))
        self.open_file(path)

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.window,
            self.tr("Export failed"),
            self.tr("The file could not be written: %1").replace("%1", error_text(exc)),
        )
