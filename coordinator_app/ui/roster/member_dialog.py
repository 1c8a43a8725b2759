"""The member form: add or edit a person, with errors shown at their field and the job history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.people import JobInput, PersonInput, validate_job, validate_person
from coordinator_app.domain.periods import validate_membership_dates
from coordinator_app.domain.roster import JobRow, PersonDetails
from coordinator_app.domain.validation import FieldError, is_valid_email, split_tags
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.ui.forms import FieldWithError, from_qdate
from coordinator_app.ui.messages import SAVE_ERRORS, field_error_text, show_error
from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.roster.job_dates import date_edit

_DISPLAY = Qt.ItemDataRole.DisplayRole


class JobHistoryModel(QAbstractTableModel):
    """A person's jobs, current first: the job (title at company) and the period."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[JobRow] = []
        self._language = language

    def set_rows(self, rows: tuple[JobRow, ...] | list[JobRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def job_at(self, row: int) -> JobRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Job"), self.tr("Period"))[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        job = self._rows[index.row()]
        if index.column() == 0:
            company = f"{job.company} ({job.industry})" if job.industry else job.company
            text = f"{job.title}\n{company}" if job.title else company
            return as_text(text) if role == Qt.ItemDataRole.ToolTipRole else text
        start = format_short_date(job.started_on, self._language) if job.started_on else ""
        if job.ended_on is None:
            return self.tr("since %1").replace("%1", start) if start else self.tr("now")
        end = format_short_date(job.ended_on, self._language)
        return f"{start} – {end}" if start else self.tr("until %1").replace("%1", end)


def job_history_table(model: JobHistoryModel) -> QTableView:
    """A read-only job history table: the job wraps onto two lines, the period fits its text."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("JobHistoryModel", "Job history"))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    return table


SaveCallback = Callable[[PersonInput, JobInput | None, dt.date], None]


class BodyScroll(QScrollArea):
    """The form's fields, scrolled where the screen is too low for them; it asks for their
    whole height (a plain scroll area asks for at most 24 lines)."""

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + bar + frame, hint.height() + frame)


class MemberDialog(QDialog):
    """Add a member (with their current job) or edit one (with the job history)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        language: str,
        save: SaveCallback,
        details: PersonDetails | None = None,
        current_job: JobInput | None = None,
        on_new_job: Callable[[], PersonDetails | None] | None = None,
        joined_on: dt.date | None = None,
        left_on: dt.date | None = None,
        on_job_dates: Callable[[JobRow], PersonDetails | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._on_new_job = on_new_job
        self._on_job_dates = on_job_dates
        self._language = language
        self._left_on = left_on
        self._editing = details is not None
        self._initial_job: JobInput | None = None
        self.setWindowTitle(self.tr("Edit member") if self._editing else self.tr("Add member"))
        self.setMinimumWidth(560)

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.company = QLineEdit()
        self.job_title = QLineEdit()
        self.industry = QLineEdit()
        self.expertise = QLineEdit()
        self.diet = QLineEdit()
        self.consent = QCheckBox(self.tr("May share contact details with the group"))
        self.address = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        # When they joined the group: today for a new member; corrected when editing one (an
        # imported member joined long before the import).
        self.joined = date_edit(joined_on)
        self._initial_joined = self.joined_on()
        for box in (self.address, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(56)
        self.email.setPlaceholderText(self.tr("name@company.dk"))
        self.phone.setPlaceholderText(self.tr("+45 12 34 56 78"))
        self.expertise.setPlaceholderText(self.tr("Separate with commas, e.g. Kubernetes, ITIL"))
        self.diet.setPlaceholderText(self.tr("e.g. vegetarian, gluten-free"))

        self.fields: dict[str, FieldWithError] = {
            "name": FieldWithError(self.name),
            "email": FieldWithError(self.email),
            "phone": FieldWithError(self.phone),
            "company": FieldWithError(self.company),
            "title": FieldWithError(self.job_title),
            "industry": FieldWithError(self.industry),
            "expertise": FieldWithError(self.expertise),
            "address": FieldWithError(self.address),
            "dietary_needs": FieldWithError(self.diet),
            "notes": FieldWithError(self.notes),
            "joined": FieldWithError(self.joined),
        }
        names = {
            self.name: self.tr("Name"),
            self.email: self.tr("E-mail"),
            self.phone: self.tr("Phone"),
            self.company: self.tr("Company"),
            self.job_title: self.tr("Title"),
            self.industry: self.tr("Industry"),
            self.expertise: self.tr("Expertise"),
            self.diet: self.tr("Dietary needs"),
            self.consent: self.tr("Consent to share contact details"),
            self.address: self.tr("Address"),
            self.notes: self.tr("Notes"),
            self.joined: self.tr("Member since"),
        }
        for widget, accessible in names.items():
            widget.setAccessibleName(accessible)

        person_box = QGroupBox(self.tr("Person"))
        form = QFormLayout(person_box)
        form.addRow(self._label(self.tr("&Name:"), self.name), self.fields["name"])
        form.addRow(self._label(self.tr("&E-mail:"), self.email), self.fields["email"])
        form.addRow(self._label(self.tr("&Phone:"), self.phone), self.fields["phone"])
        form.addRow(self._label(self.tr("E&xpertise:"), self.expertise), self.fields["expertise"])
        form.addRow(
            self._label(self.tr("&Dietary needs:"), self.diet), self.fields["dietary_needs"]
        )
        form.addRow("", self.consent)
        form.addRow(self._label(self.tr("&Address:"), self.address), self.fields["address"])
        form.addRow(self._label(self.tr("N&otes:"), self.notes), self.fields["notes"])
        form.addRow(self._label(self.tr("&Member since:"), self.joined), self.fields["joined"])

        job_box = QGroupBox(self.tr("Current job"))
        job_form = QFormLayout(job_box)
        job_form.addRow(self._label(self.tr("&Company:"), self.company), self.fields["company"])
        job_form.addRow(self._label(self.tr("&Title:"), self.job_title), self.fields["title"])
        job_form.addRow(self._label(self.tr("&Industry:"), self.industry), self.fields["industry"])

        # The fields scroll, the buttons stay: a member with a job history is taller than a
        # laptop's screen leaves room for.
        body_widget = QWidget()
        body = QVBoxLayout(body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(person_box)
        body.addWidget(job_box)

        self.history_model = JobHistoryModel(language, self)
        if self._editing:
            history_box = QGroupBox(self.tr("Job history"))
            history_layout = QVBoxLayout(history_box)
            self.history = job_history_table(self.history_model)
            self.history.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            self.history.setFixedHeight(130)
            self.new_job_button = QPushButton(self.tr("New &job…"))
            self.new_job_button.setToolTip(
                self.tr("The member changed jobs: the current job is kept in the history")
            )
            self.new_job_button.clicked.connect(self._new_job)
            self.job_dates_button = QPushButton(self.tr("Co&rrect job dates…"))
            self.job_dates_button.setToolTip(
                self.tr("When the job selected in the history started and ended")
            )
            self.job_dates_button.clicked.connect(self._job_dates)
            self.history.selectionModel().selectionChanged.connect(
                lambda *_: self._update_job_dates_button()
            )
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.job_dates_button)
            row.addWidget(self.new_job_button)
            history_layout.addWidget(self.history)
            history_layout.addLayout(row)
            body.addWidget(history_box)
        body.addStretch(1)
        self.body_scroll = BodyScroll()
        self.body_scroll.setWidget(body_widget)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setMinimumHeight(min(body_widget.sizeHint().height(), 240))
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if details is not None:
            self._fill(details, current_job)
        if self._editing:
            self._update_job_dates_button()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As big as the fields want, if the screen (less a title bar) has the room."""
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 40))
        self.resize(size)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, details: PersonDetails, job: JobInput | None) -> None:
        self.name.setText(details.name)
        self.email.setText(details.email)
        self.phone.setText(details.phone)
        self.expertise.setText(", ".join(details.expertise))
        self.diet.setText(details.dietary_needs)
        self.consent.setChecked(details.consent_share_contact)
        self.address.setPlainText(details.address)
        self.notes.setPlainText(details.notes)
        self._set_job(job)
        self.history_model.set_rows(details.jobs)

    def _set_job(self, job: JobInput | None) -> None:
        self.company.setText(job.company if job else "")
        self.job_title.setText(job.title if job else "")
        self.industry.setText(job.industry if job else "")
        self._initial_job = self.job_input()

    # -- reading the form -------------------------------------------------------------------
    def person_input(self) -> PersonInput:
        return PersonInput(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            expertise=split_tags(self.expertise.text()),
            dietary_needs=self.diet.text(),
            consent_share_contact=self.consent.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def job_input(self) -> JobInput | None:
        company, title, industry = self.company.text(), self.job_title.text(), self.industry.text()
        if not (company.strip() or title.strip() or industry.strip()):
            return None
        return JobInput(company=company, title=title, industry=industry)

    def job_changed(self) -> bool:
        return self.job_input() != self._initial_job

    def joined_on(self) -> dt.date:
        return from_qdate(self.joined.date())

    def joined_changed(self) -> bool:
        """Whether the day the member joined was changed in the form."""
        return self.joined_on() != self._initial_joined

    # -- saving -------------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: field_error_text(e, self._language) for e in errors}
        for name, field in self.fields.items():
            field.show_error(by_field.get(name, ""))
        for name in self.fields:
            if name in by_field:
                self.fields[name].editor.setFocus()
                break

    def accept(self) -> None:
        person, job = self.person_input(), self.job_input()
        errors = validate_person(person) + (validate_job(job) if job is not None else [])
        errors += validate_membership_dates(self.joined_on(), self._left_on)
        self.show_errors(errors)
        if errors:
            return
        try:
            self._save(person, job if (job and self.job_changed()) else None, self.joined_on())
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except SAVE_ERRORS as exc:  # the typed values stay in the form
            show_error(self, self.tr("Could not save"), exc)
            return
        super().accept()

    def _new_job(self) -> None:
        if self._on_new_job is None:
            return
        details = self._on_new_job()
        if details is not None:
            self.history_model.set_rows(details.jobs)
            current = next((j for j in details.jobs if j.ended_on is None), None)
            self._set_job(
                JobInput(current.company, current.title, current.industry) if current else None
            )
            self.email.setText(details.email)  # the new job's work address, if one was given
            self._update_job_dates_button()

    def selected_job(self) -> JobRow | None:
        """The job selected in the history (editing only)."""
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.job_at(rows[0].row()) if rows else None

    def _update_job_dates_button(self) -> None:
        self.job_dates_button.setEnabled(
            self._on_job_dates is not None and self.selected_job() is not None
        )

    def _job_dates(self) -> None:
        job = self.selected_job()
        if self._on_job_dates is None or job is None:
            return
        details = self._on_job_dates(job)
        if details is not None:
            row = next(
                (n for n, j in enumerate(details.jobs) if j.employment_id == job.employment_id), 0
            )
            self.history_model.set_rows(details.jobs)
            self.history.selectRow(row)


class NewJobDialog(QDialog):
    """A member changed jobs: the new company, title, industry and start date."""

    def __init__(
        self, parent: QWidget | None, companies: list[str], current_email: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New job"))
        self.setMinimumWidth(420)
        self._current_email = current_email
        self.company = QLineEdit()
        self.job_title = QLineEdit()
        self.industry = QLineEdit()
        self.started = date_edit(None)
        # A new job usually comes with a new work address: asked for here, the old one filled in.
        self.email = QLineEdit(current_email)
        self.email.setPlaceholderText(self.tr("name@company.dk"))
        completer = QCompleter(companies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)
        self.company_field = FieldWithError(self.company)
        self.fields = {
            "company": self.company_field,
            "title": FieldWithError(self.job_title),
            "industry": FieldWithError(self.industry),
            "email": FieldWithError(self.email),
        }
        for widget, name in (
            (self.company, self.tr("Company")),
            (self.job_title, self.tr("Title")),
            (self.industry, self.tr("Industry")),
            (self.started, self.tr("Start date")),
            (self.email, self.tr("Work e-mail")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        for text, widget, field in (
            (self.tr("&Company:"), self.company, self.company_field),
            (self.tr("&Title:"), self.job_title, self.fields["title"]),
            (self.tr("&Industry:"), self.industry, self.fields["industry"]),
            (self.tr("&Started:"), self.started, self.started),
            (self.tr("Work &e-mail:"), self.email, self.fields["email"]),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field)
        note = QLabel(
            self.tr("The current job ends when the new one starts and stays in the history.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def job_input(self) -> JobInput:
        return JobInput(
            company=self.company.text(),
            title=self.job_title.text(),
            industry=self.industry.text(),
            started_on=from_qdate(self.started.date()),
        )

    def new_email(self) -> str | None:
        """The new work address when it was changed, else None (the address stays)."""
        email = self.email.text().strip()
        return email if email != self._current_email.strip() else None

    def accept(self) -> None:
        errors = validate_job(self.job_input())
        email = self.new_email()
        if email and not is_valid_email(email):
            errors.append(
                FieldError("email", "email_invalid", f"“{email}” is not an e-mail address.", email)
            )
        by_field = {e.field: field_error_text(e) for e in errors}
        for name, field in self.fields.items():
            field.show_error(by_field.get(name, ""))
        if not errors:
            super().accept()
