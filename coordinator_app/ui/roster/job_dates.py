"""Correcting when one job of a member's history started and ended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.periods import MAX_YEAR, MIN_YEAR, validate_job_dates
from coordinator_app.domain.roster import JobRow
from coordinator_app.ui.forms import FieldWithError, from_qdate, to_qdate
from coordinator_app.ui.messages import field_error_text
from coordinator_app.ui.plain_text import plain_label


def date_edit(value: dt.date | None) -> QDateEdit:
    """A date field as the roster's forms have it: dd-MM-yyyy with a calendar, 1900–2200."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(QDate(MIN_YEAR, 1, 1))
    edit.setMaximumDate(QDate(MAX_YEAR, 12, 31))
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class JobDatesDialog(QDialog):
    """A job's start and end, each of which may be unknown (an imported job) or, for the end,
    not yet come (the current job)."""

    def __init__(self, parent: QWidget | None, job: JobRow, language: str) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(self.tr("Job dates"))
        self.setMinimumWidth(420)
        what = f"{job.title}, {job.company}" if job.title else job.company
        heading = plain_label(what)
        heading.setWordWrap(True)
        self.started_known = QCheckBox(self.tr("S&tarted on:"))
        self.started = date_edit(job.started_on)
        self.ended_known = QCheckBox(self.tr("&Ended on:"))
        self.ended = date_edit(job.ended_on)
        self.started_known.setChecked(job.started_on is not None)
        self.ended_known.setChecked(job.ended_on is not None)
        for box, edit in ((self.started_known, self.started), (self.ended_known, self.ended)):
            edit.setEnabled(box.isChecked())
            box.toggled.connect(edit.setEnabled)
        self.started.setAccessibleName(self.tr("Start date"))
        self.ended.setAccessibleName(self.tr("End date"))
        self.started_field = FieldWithError(self.started)
        self.ended_field = FieldWithError(self.ended)
        form = QFormLayout()
        for box, field in (
            (self.started_known, self.started_field),
            (self.ended_known, self.ended_field),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            form.addRow(box, row)
        note = plain_label(
            self.tr("Untick a date that is not known. A job without an end date is a current job.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def started_on(self) -> dt.date | None:
        return from_qdate(self.started.date()) if self.started_known.isChecked() else None

    def ended_on(self) -> dt.date | None:
        return from_qdate(self.ended.date()) if self.ended_known.isChecked() else None

    def accept(self) -> None:
        errors = validate_job_dates(self.started_on(), self.ended_on())
        by_field = {e.field: field_error_text(e, self._language) for e in errors}
        self.started_field.show_error(by_field.get("started_on", ""))
        self.ended_field.show_error(by_field.get("ended_on", ""))
        if not errors:
            super().accept()
