"""A meeting day and its agenda as plain values: what the planner shows and documents print.

The timetable is never stored: each item has a position and a duration, and its start and end
follow from the meeting's start time (`schedule`). Reordering or changing a duration therefore
moves every later item, the way a coordinator expects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from coordinator_app.domain.enums import AgendaKind, Confidentiality, MeetingStatus
from coordinator_app.domain.logistics import TourRequirements
from coordinator_app.domain.validation import FieldError

DEFAULT_START = dt.time(9, 30)
DEFAULT_END = dt.time(16, 0)
MAX_DURATION_MINUTES = 12 * 60
MIN_WEEKS_BETWEEN_MEETINGS = 6


@dataclass(frozen=True)
class Slot:
    """When one agenda item runs. `end` may fall after midnight only in absurd agendas; it is
    then shown as the clock reads (the `day_offset` says how many days later)."""

    start: dt.time
    end: dt.time
    day_offset: int = 0


def _add_minutes(start: dt.time, minutes: int) -> tuple[dt.time, int]:
    total = start.hour * 60 + start.minute + minutes
    days, rest = divmod(total, 24 * 60)
    return dt.time(rest // 60, rest % 60), days


def schedule(start: dt.time, durations: Sequence[int]) -> list[Slot]:
    """The start and end of each item when items of these durations follow each other from
    `start`. Negative durations count as zero."""
    slots: list[Slot] = []
    elapsed = 0
    for minutes in durations:
        begin, begin_days = _add_minutes(start, elapsed)
        elapsed += max(0, minutes)
        end, end_days = _add_minutes(start, elapsed)
        slots.append(Slot(begin, end, end_days if end_days else begin_days))
    return slots


def overrun_minutes(start: dt.time, end_of_day: dt.time, durations: Sequence[int]) -> int:
    """How many minutes the agenda runs past `end_of_day` (0 when it fits)."""
    total = sum(max(0, m) for m in durations)
    day = (end_of_day.hour * 60 + end_of_day.minute) - (start.hour * 60 + start.minute)
    return max(0, total - day)


def meeting_is_over(date: dt.date, end_time: dt.time, now: dt.datetime) -> bool:
    """Whether the meeting's day has passed: its planned end is at or before `now` (local
    wall-clock time, as meetings are planned)."""
    return dt.datetime.combine(date, end_time) <= now.replace(tzinfo=None)


def effective_status(
    status: MeetingStatus, *, over: bool, has_records: bool, kept_open: bool = False
) -> MeetingStatus:
    """The status a meeting has in reality: a planned or confirmed meeting is held once it is
    over and has attendance (someone came) or minutes, unless the coordinator set it back
    (`kept_open`). A cancelled meeting is never held; a stored status otherwise stands."""
    open_status = status in (MeetingStatus.PLANNED, MeetingStatus.CONFIRMED)
    if open_status and over and has_records and not kept_open:
        return MeetingStatus.HELD
    return status


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item as printed: time slot, title, kind, speaker and notes."""

    start: dt.time
    end: dt.time
    duration_minutes: int
    title: str
    kind: AgendaKind
    speaker: str = ""
    speaker_organisation: str = ""
    notes: str = ""
    # Who may read the notes in the minutes (`domain.minutes.redact`); the agenda ignores it.
    notes_level: Confidentiality = Confidentiality.GROUP_ONLY


@dataclass(frozen=True)
class MeetingDocument:
    """Everything an agenda PDF or a calendar entry needs to know about one meeting."""

    meeting_id: int
    ical_uid: str
    ical_sequence: int
    group_name: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    theme: str
    status: MeetingStatus
    host_name: str = ""
    host_address: str = ""
    # Practical information as (label, text) pairs in the document's language, in print order.
    practical: tuple[tuple[str, str], ...] = ()
    agenda: tuple[AgendaLine, ...] = ()
    notes: str = ""
    updated_at: dt.datetime | None = None
    coordinator_name: str = ""
    coordinator_email: str = ""
    coordinator_phone: str = ""
    # The coordinator's signature under the e-mails (domain/coordinators.py), as typed.
    coordinator_signature: str = ""
    # The host's tour: what visitors must bring or accept, who guides, how long it takes.
    tour_requirements: TourRequirements = field(default_factory=TourRequirements)
    tour_guide: str = ""
    tour_minutes: int | None = None

    @property
    def title(self) -> str:
        """The meeting's theme, or the group name when no theme is set yet."""
        return self.theme or self.group_name

    @property
    def day_start(self) -> dt.time:
        """When the day begins: the first item of the timetable, else the planned start."""
        return self.agenda[0].start if self.agenda else self.start_time

    @property
    def day_end(self) -> dt.time:
        """When the day ends: the last item of the timetable, else the planned end."""
        return self.agenda[-1].end if self.agenda else self.end_time

    @property
    def overrun_minutes(self) -> int:
        """How many minutes the timetable runs past the planned end (0 when it fits)."""
        if not self.agenda:
            return 0
        durations = [line.duration_minutes for line in self.agenda]
        return overrun_minutes(self.start_time, self.end_time, durations)


@dataclass(frozen=True)
class TemplateItem:
    """One item of the agenda template a new meeting starts from."""

    title: str
    kind: AgendaKind
    duration_minutes: int


@dataclass(frozen=True)
class AgendaTemplate:
    items: tuple[TemplateItem, ...] = field(default_factory=tuple)

    def to_json(self) -> list[dict[str, object]]:
        return [
            {"title": i.title, "kind": i.kind.value, "duration": i.duration_minutes}
            for i in self.items
        ]

    @classmethod
    def from_json(cls, data: object) -> AgendaTemplate:
        """A template from stored JSON; entries that do not make sense are skipped."""
        items: list[TemplateItem] = []
        if isinstance(data, list):
            for entry in data:
                if not isinstance(entry, dict):
                    continue
                title = entry.get("title")
                kind = entry.get("kind")
                duration = entry.get("duration")
                if (
                    not isinstance(title, str)
                    or not isinstance(duration, int)
                    or isinstance(duration, bool)  # JSON true is an int to Python
                ):
                    continue
                try:
                    agenda_kind = AgendaKind(str(kind))
                except ValueError:
                    agenda_kind = AgendaKind.OTHER
                minutes = min(max(0, duration), MAX_DURATION_MINUTES)
                items.append(TemplateItem(title, agenda_kind, minutes))
        return cls(tuple(items))


_DEFAULT_TEMPLATE: dict[str, tuple[tuple[str, AgendaKind, int], ...]] = {
    "da": (
        ("Ankomst og kaffe", AgendaKind.ARRIVAL, 30),
        ("Velkomst ved værten", AgendaKind.WELCOME, 15),
        ("Rundvisning", AgendaKind.TOUR, 60),
        ("Oplæg", AgendaKind.TALK, 45),
        ("Frokost", AgendaKind.LUNCH, 45),
        ("Oplæg", AgendaKind.TALK, 45),
        ("Kaffepause", AgendaKind.BREAK, 15),
        ("Diskussion", AgendaKind.DISCUSSION, 45),
        ("Rundt om bordet", AgendaKind.ROUND_TABLE, 75),
        ("Næste mødes tema", AgendaKind.NEXT_THEME, 15),
    ),
    "en": (
        ("Arrival and coffee", AgendaKind.ARRIVAL, 30),
        ("Welcome by the host", AgendaKind.WELCOME, 15),
        ("Tour", AgendaKind.TOUR, 60),
        ("Talk", AgendaKind.TALK, 45),
        ("Lunch", AgendaKind.LUNCH, 45),
        ("Talk", AgendaKind.TALK, 45),
        ("Coffee break", AgendaKind.BREAK, 15),
        ("Discussion", AgendaKind.DISCUSSION, 45),
        ("Round table", AgendaKind.ROUND_TABLE, 75),
        ("Theme of the next meeting", AgendaKind.NEXT_THEME, 15),
    ),
}


def default_agenda_template(lang: str) -> AgendaTemplate:
    """A full meeting day (09:30-16:00) as DOMAIN.md describes it, titled in `lang`."""
    key = "da" if lang.lower().startswith("da") else "en"
    return AgendaTemplate(tuple(TemplateItem(*entry) for entry in _DEFAULT_TEMPLATE[key]))


MAX_THEME_CHARS = 300
MAX_TITLE_CHARS = 500
MAX_SPEAKER_CHARS = 200  # a speaker's name or organisation typed into an agenda item


@dataclass(frozen=True)
class MeetingInput:
    """What the coordinator types for a meeting."""

    date: dt.date
    start_time: dt.time = DEFAULT_START
    end_time: dt.time = DEFAULT_END
    theme: str = ""
    host_id: int | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""


def validate_meeting(data: MeetingInput) -> list[FieldError]:
    """Problems with a meeting's fields; an empty list when it can be saved."""
    errors: list[FieldError] = []
    if not 1900 <= data.date.year <= 2200:
        errors.append(FieldError("date", "date_range", "The date must be between 1900 and 2200."))
    if data.end_time <= data.start_time:
        errors.append(
            FieldError(
                "end_time",
                "end_before_start",
                "The meeting must end after it starts.",
                f"{data.start_time:%H:%M}-{data.end_time:%H:%M}",
            )
        )
    if len(data.theme.strip()) > MAX_THEME_CHARS:
        errors.append(
            FieldError(
                "theme",
                "too_long",
                f"The theme can be at most {MAX_THEME_CHARS} characters.",
                str(MAX_THEME_CHARS),
            )
        )
    return errors


@dataclass(frozen=True)
class AgendaItemInput:
    """What the coordinator types for one agenda item. A speaker is a member (`speaker_id`) or
    a name with an organisation (a member's colleague or an external speaker)."""

    title: str
    kind: AgendaKind = AgendaKind.OTHER
    duration_minutes: int = 30
    speaker_id: int | None = None
    speaker_name: str = ""
    speaker_organisation: str = ""
    notes: str = ""


def validate_agenda_item(data: AgendaItemInput) -> list[FieldError]:
    """Problems with an agenda item's fields."""
    errors: list[FieldError] = []
    if not 0 <= data.duration_minutes <= MAX_DURATION_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                "duration_range",
                f"The duration must be 0-{MAX_DURATION_MINUTES} minutes.",
                str(data.duration_minutes),
            )
        )
    if len(data.title) > MAX_TITLE_CHARS:
        errors.append(
            FieldError(
                "title",
                "too_long",
                f"The title can be at most {MAX_TITLE_CHARS} characters.",
                str(MAX_TITLE_CHARS),
            )
        )
    for name in ("speaker_name", "speaker_organisation"):
        if len(getattr(data, name).strip()) > MAX_SPEAKER_CHARS:
            errors.append(
                FieldError(
                    name,
                    "too_long",
                    f"A speaker's name or organisation can be at most {MAX_SPEAKER_CHARS} "
                    "characters.",
                    str(MAX_SPEAKER_CHARS),
                )
            )
    return errors


# The practical information an agenda prints, in print order, with its label per language.
PRACTICAL_FIELDS: tuple[str, ...] = (
    "directions",
    "public_transport",
    "parking",
    "room",
    "av_equipment",
    "wifi",
    "catering_breakfast",
    "catering_lunch",
    "catering_coffee",
    "notes",
)
_PRACTICAL_LABELS: dict[str, dict[str, str]] = {
    "da": {
        "directions": "Vejvisning",
        "public_transport": "Offentlig transport",
        "parking": "Parkering",
        "room": "Mødelokale",
        "av_equipment": "AV-udstyr",
        "wifi": "Wi-Fi",
        "catering_breakfast": "Morgenmad",
        "catering_lunch": "Frokost",
        "catering_coffee": "Kaffe",
        "notes": "Bemærkninger",
    },
    "en": {
        "directions": "Directions",
        "public_transport": "Public transport",
        "parking": "Parking",
        "room": "Room",
        "av_equipment": "AV equipment",
        "wifi": "Wi-Fi",
        "catering_breakfast": "Breakfast",
        "catering_lunch": "Lunch",
        "catering_coffee": "Coffee",
        "notes": "Notes",
    },
}


def practical_label(field_name: str, lang: str) -> str:
    """The printed label of a practical-information field in `lang` (Danish or English)."""
    key = "da" if lang.lower().startswith("da") else "en"
    return _PRACTICAL_LABELS[key][field_name]
