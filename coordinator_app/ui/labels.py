"""Translated names for the domain's fixed vocabularies, shared by every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.planning import DateWarning, WarningCode


def meeting_status_label(status: MeetingStatus) -> str:
    tr = QCoreApplication.translate
    return {
        MeetingStatus.PLANNED: tr("Labels", "Planned"),
        MeetingStatus.CONFIRMED: tr("Labels", "Confirmed"),
        MeetingStatus.HELD: tr("Labels", "Held"),
        MeetingStatus.CANCELLED: tr("Labels", "Cancelled"),
    }[status]


def agenda_kind_label(kind: AgendaKind) -> str:
    tr = QCoreApplication.translate
    return {
        AgendaKind.ARRIVAL: tr("Labels", "Arrival"),
        AgendaKind.WELCOME: tr("Labels", "Welcome by the host"),
        AgendaKind.TOUR: tr("Labels", "Tour"),
        AgendaKind.TALK: tr("Labels", "Talk"),
        AgendaKind.LUNCH: tr("Labels", "Lunch"),
        AgendaKind.BREAK: tr("Labels", "Break"),
        AgendaKind.DISCUSSION: tr("Labels", "Discussion"),
        AgendaKind.ROUND_TABLE: tr("Labels", "Round table"),
        AgendaKind.NEXT_THEME: tr("Labels", "Next theme"),
        AgendaKind.OTHER: tr("Labels", "Other"),
    }[kind]


def weekday_labels() -> list[str]:
    """Monday to Sunday in the UI language."""
    tr = QCoreApplication.translate
    return [
        tr("Labels", "Monday"),
        tr("Labels", "Tuesday"),
        tr("Labels", "Wednesday"),
        tr("Labels", "Thursday"),
        tr("Labels", "Friday"),
        tr("Labels", "Saturday"),
        tr("Labels", "Sunday"),
    ]


def month_labels() -> list[str]:
    """Short month names, January to December, in the UI language."""
    tr = QCoreApplication.translate
    return [
        tr("Labels", "Jan"),
        tr("Labels", "Feb"),
        tr("Labels", "Mar"),
        tr("Labels", "Apr"),
        tr("Labels", "May"),
        tr("Labels", "Jun"),
        tr("Labels", "Jul"),
        tr("Labels", "Aug"),
        tr("Labels", "Sep"),
        tr("Labels", "Oct"),
        tr("Labels", "Nov"),
        tr("Labels", "Dec"),
    ]


def date_warning_text(warning: DateWarning, language: str) -> str:
    """A date warning as the coordinator reads it, in the UI language."""
    tr = QCoreApplication.translate
    if warning.code is WarningCode.WEEKEND:
        return tr("Labels", "It is a weekend day.")
    if warning.code is WarningCode.PUBLIC_HOLIDAY:
        return tr("Labels", "It is a public holiday: %1.").replace("%1", warning.holiday_name)
    if warning.code is WarningCode.SCHOOL_HOLIDAY:
        period = warning.period
        if period is not None and period.kind == "easter":
            return tr("Labels", "It is in the Easter school holiday.")
        if period is not None and period.kind == "christmas":
            return tr("Labels", "It is in the Christmas holiday.")
        week = period.week if period is not None and period.week is not None else 0
        return tr("Labels", "It is in a school-holiday week (week %1).").replace("%1", str(week))
    other = format_short_date(warning.other, language) if warning.other else ""
    if warning.code is WarningCode.SAME_DAY:
        return tr("Labels", "The group already meets that day.")
    days = warning.days_apart or 0
    return tr("Labels", "Only %n day(s) from the meeting on %1.", "", days).replace("%1", other)
