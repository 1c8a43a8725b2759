"""The meeting form: date (with what speaks against it), times, theme, host, status and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import iso_week, weekday_name
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import MAX_THEME_CHARS, MeetingInput, validate_meeting
from coordinator_app.domain.planning import DateWarning
from coordinator_app.domain.validation import FieldError
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.services.planner import HostChoice
from coordinator_app.ui import plain_text
from coordinator_app.ui.forms import FieldWithError, from_qdate, from_qtime, to_qdate, to_qtime
from coordinator_app.ui.labels import date_warning_text, meeting_status_label
from coordinator_app.ui.messages import SAVE_ERRORS, error_text, field_error_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.theme import Tone, css

WarningsFor = Callable[[dt.date], list[DateWarning]]
SaveMeeting = Callable[[MeetingInput], None]


def date_format(language: str) -> str:
    return "dd-MM-yyyy" if language == "da" else "yyyy-MM-dd"


class MeetingDialog(QDialog):
    """Create or edit one meeting. Warnings about the date show as it changes; they never block."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        data: MeetingInput,
        hosts: list[HostChoice],
        warnings_for: WarningsFor,
        save: SaveMeeting,
        language: str,
        suggested_host: HostChoice | None = None,
        host_hint: str = "",
        is_new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._warnings_for = warnings_for
        self._save = save
        self._language = language
        self._initial = data
        self._is_new = is_new

        self.date = QDateEdit(to_qdate(data.date))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format(language))
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.setMaximumDate(QDate(2200, 12, 31))
        self.date.setAccessibleName(self.tr("Date"))
        self.day_label = QLabel()
        self.day_label.setAccessibleName(self.tr("Weekday and week"))
        self.warnings = plain_label()  # holiday names
        self.warnings.setObjectName("dateWarnings")
        self.warnings.setStyleSheet(f"QLabel#dateWarnings {{ color: {css(Tone.WARNING)}; }}")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings about the date"))
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date)
        date_layout.addWidget(self.day_label, 1)
        date_box = QWidget()
        date_box_layout = QVBoxLayout(date_box)
        date_box_layout.setContentsMargins(0, 0, 0, 0)
        date_box_layout.setSpacing(2)
        date_box_layout.addWidget(date_row)
        date_box_layout.addWidget(self.warnings)

        self.start = QTimeEdit(to_qtime(data.start_time))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Starts"))
        self.end = QTimeEdit(to_qtime(data.end_time))
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Ends"))
        times = QWidget()
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start)
        to_label = QLabel(self.tr("to"))
        times_layout.addWidget(to_label)
        times_layout.addWidget(self.end)
        times_layout.addStretch(1)
        self.end_field = FieldWithError(times)

        self.theme = QLineEdit(data.theme)
        self.theme.setMaxLength(MAX_THEME_CHARS)
        self.theme.setPlaceholderText(self.tr("Decided at the previous meeting's round table"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme_field = FieldWithError(self.theme)

        self.host = QComboBox()
        self.host.setAccessibleName(self.tr("Host company"))
        self.host.addItem(self.tr("(not decided yet)"), None)
        for choice in hosts:
            self.host.addItem(choice.name, choice.id)
        host_id = data.host_id
        if host_id is None and suggested_host is not None:
            host_id = suggested_host.id
        self.host.setCurrentIndex(max(0, self.host.findData(host_id)))
        self.host_hint = plain_label(host_hint)  # names the host company
        self.host_hint.setVisible(bool(host_hint))
        self.host_hint.setAccessibleName(self.tr("Host rotation"))
        host_box = QWidget()
        host_layout = QVBoxLayout(host_box)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.setSpacing(2)
        host_layout.addWidget(self.host)
        host_layout.addWidget(self.host_hint)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in MeetingStatus:
            self.status.addItem(meeting_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(data.status.value))

        self.notes = QPlainTextEdit(data.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Date:"), date_box, self.date)
        self._row(form, self.tr("&Time:"), self.end_field, self.start)
        self._row(form, self.tr("T&heme:"), self.theme_field, self.theme)
        self._row(form, self.tr("H&ost:"), host_box, self.host)
        self._row(form, self.tr("&Status:"), self.status, self.status)
        self._row(form, self.tr("&Notes:"), self.notes, self.notes)

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
        self.setMinimumWidth(520)

        self.date.dateChanged.connect(self._date_changed)
        self._date_changed()
        self.date.setFocus()

    def _row(self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, field)

    def _date_changed(self) -> None:
        day = from_qdate(self.date.date())
        self.day_label.setText(
            self.tr("%1, week %2")
            .replace("%1", weekday_name(day, self._language))
            .replace("%2", str(iso_week(day)))
        )
        warnings = [date_warning_text(w, self._language) for w in self._warnings_for(day)]
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        # Room for the warnings as they come and go; the dialog never hides them half.
        if self.isVisible():
            self.adjustSize()

    def meeting_input(self) -> MeetingInput:
        host = self.host.currentData()
        return MeetingInput(
            date=from_qdate(self.date.date()),
            start_time=from_qtime(self.start.time()),
            end_time=from_qtime(self.end.time()),
            theme=" ".join(self.theme.text().split()),
            host_id=int(host) if host is not None else None,
            status=MeetingStatus(self.status.currentData()),
            notes=self.notes.toPlainText().strip(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: field_error_text(e) for e in errors}
        self.end_field.show_error(by_field.get("end_time", ""))
        self.theme_field.show_error(by_field.get("theme", ""))
        if "end_time" in by_field:
            self.end.setFocus()
        elif "theme" in by_field:
            self.theme.setFocus()

    def accept(self) -> None:
        data = self.meeting_input()
        errors = validate_meeting(data)
        self.show_errors(errors)
        if errors:
            return
        if self._is_new or data != self._initial:
            try:
                self._save(data)
            except ValidationFailed as exc:
                self.show_errors(exc.errors)
                return
            except SAVE_ERRORS as exc:
                plain_text.warning(self, self.tr("Could not save"), error_text(exc))
                return
        super().accept()
