"""Translated names for the domain's fixed vocabularies, shared by every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.planning import DateWarning, WarningCode


def meeting_status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        MeetingStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        MeetingStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[status]


def attendance_label(status: AttendanceStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("Labels", "Not taken")
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Labels", "Present"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Labels", "Excused"),
        AttendanceStatus.LATE: QCoreApplication.translate("Labels", "Late"),
        AttendanceStatus.LEFT_EARLY: QCoreApplication.translate("Labels", "Left early"),
    }[status]


def confidentiality_label(level: Confidentiality) -> str:
    return {
        Confidentiality.GROUP_ONLY: QCoreApplication.translate("Labels", "Group only"),
        Confidentiality.ANONYMOUS: QCoreApplication.translate(
            "Labels", "May be shared without name"
        ),
        Confidentiality.SHAREABLE: QCoreApplication.translate("Labels", "May be shared"),
    }[level]


def minutes_status_label(status: MinutesStatus) -> str:
    return {
        MinutesStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        MinutesStatus.SENT: QCoreApplication.translate("Labels", "Sent"),
        MinutesStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
    }[status]


def speaker_status_label(status: SpeakerStatus) -> str:
    return {
        SpeakerStatus.IDEA: QCoreApplication.translate("Labels", "Idea"),
        SpeakerStatus.ASKED: QCoreApplication.translate("Labels", "Asked"),
        SpeakerStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        SpeakerStatus.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        SpeakerStatus.HELD: QCoreApplication.translate("Labels", "Held"),
    }[status]


def rsvp_label(response: Rsvp) -> str:
    return {
        Rsvp.INVITED: QCoreApplication.translate("Labels", "No answer yet"),
        Rsvp.YES: QCoreApplication.translate("Labels", "Yes"),
        Rsvp.NO: QCoreApplication.translate("Labels", "No"),
        Rsvp.MAYBE: QCoreApplication.translate("Labels", "Maybe"),
    }[response]


def agenda_kind_label(kind: AgendaKind) -> str:
    return {
        AgendaKind.ARRIVAL: QCoreApplication.translate("Labels", "Arrival"),
        AgendaKind.WELCOME: QCoreApplication.translate("Labels", "Welcome by the host"),
        AgendaKind.TOUR: QCoreApplication.translate("Labels", "Tour"),
        AgendaKind.TALK: QCoreApplication.translate("Labels", "Talk"),
        AgendaKind.LUNCH: QCoreApplication.translate("Labels", "Lunch"),
        AgendaKind.BREAK: QCoreApplication.translate("Labels", "Break"),
        AgendaKind.DISCUSSION: QCoreApplication.translate("Labels", "Discussion"),
        AgendaKind.ROUND_TABLE: QCoreApplication.translate("Labels", "Round table"),
        AgendaKind.NEXT_THEME: QCoreApplication.translate("Labels", "Next theme"),
        AgendaKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def weekday_labels() -> list[str]:
    """Monday to Sunday in the UI language."""
    return [
        QCoreApplication.translate("Labels", "Monday"),
        QCoreApplication.translate("Labels", "Tuesday"),
        QCoreApplication.translate("Labels", "Wednesday"),
        QCoreApplication.translate("Labels", "Thursday"),
        QCoreApplication.translate("Labels", "Friday"),
        QCoreApplication.translate("Labels", "Saturday"),
        QCoreApplication.translate("Labels", "Sunday"),
    ]


def month_labels() -> list[str]:
    """Short month names, January to December, in the UI language."""
    return [
        QCoreApplication.translate("Labels", "Jan"),
        QCoreApplication.translate("Labels", "Feb"),
        QCoreApplication.translate("Labels", "Mar"),
        QCoreApplication.translate("Labels", "Apr"),
        QCoreApplication.translate("Labels", "May"),
        QCoreApplication.translate("Labels", "Jun"),
        QCoreApplication.translate("Labels", "Jul"),
        QCoreApplication.translate("Labels", "Aug"),
        QCoreApplication.translate("Labels", "Sep"),
        QCoreApplication.translate("Labels", "Oct"),
        QCoreApplication.translate("Labels", "Nov"),
        QCoreApplication.translate("Labels", "Dec"),
    ]


def date_warning_text(warning: DateWarning, language: str) -> str:
    """A date warning as the coordinator reads it, in the UI language."""
    if warning.code is WarningCode.WEEKEND:
        return QCoreApplication.translate("Labels", "It is a weekend day.")
    if warning.code is WarningCode.PUBLIC_HOLIDAY:
        return QCoreApplication.translate("Labels", "It is a public holiday: %1.").replace(
            "%1", warning.holiday_name
        )
    if warning.code is WarningCode.SCHOOL_HOLIDAY:
        period = warning.period
        if period is not None and period.kind == "easter":
            return QCoreApplication.translate("Labels", "It is in the Easter school holiday.")
        if period is not None and period.kind == "christmas":
            return QCoreApplication.translate("Labels", "It is in the Christmas holiday.")
        week = period.week if period is not None and period.week is not None else 0
        return QCoreApplication.translate(
            "Labels", "It is in a school-holiday week (week %1)."
        ).replace("%1", str(week))
    other = format_short_date(warning.other, language) if warning.other else ""
    if warning.code is WarningCode.SAME_DAY:
        return QCoreApplication.translate("Labels", "The group already meets that day.")
    days = warning.days_apart or 0
    return QCoreApplication.translate(
        "Labels", "Only %n day(s) from the meeting on %1.", "", days
    ).replace("%1", other)
