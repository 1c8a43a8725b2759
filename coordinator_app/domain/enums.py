"""The fixed vocabularies of the domain, stored by their lowercase value."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"
    COORDINATOR = "coordinator"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(StrEnum):
    ARRIVAL = "arrival"
    WELCOME = "welcome"
    TOUR = "tour"
    TALK = "talk"
    LUNCH = "lunch"
    BREAK = "break"
    DISCUSSION = "discussion"
    ROUND_TABLE = "round_table"
    NEXT_THEME = "next_theme"
    OTHER = "other"


class Rsvp(StrEnum):
    INVITED = "invited"
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"
    LEFT_EARLY = "left_early"


class Confidentiality(StrEnum):
    """Who may learn what a member said at the round table; "group only" is the default."""

    GROUP_ONLY = "group"
    ANONYMOUS = "anonymous"
    SHAREABLE = "shareable"


class SpeakerStatus(StrEnum):
    IDEA = "idea"
    ASKED = "asked"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    HELD = "held"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    APPROVED = "approved"
