"""The rules of a host visit: checklist deadlines, sign-up and catering numbers, host rotation.

Plain values and functions; the services read the database and hand the rows in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.validation import FieldError, is_valid_email, normalise_phone

MAX_OFFSET_DAYS = 366

# --- the checklist ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistTemplateItem:
    """A task due `offset_days` from the meeting date (negative: before it)."""

    title: str
    offset_days: int


@dataclass(frozen=True)
class ChecklistTemplate:
    items: tuple[ChecklistTemplateItem, ...] = ()

    def to_json(self) -> list[dict[str, object]]:
        return [{"title": i.title, "offset_days": i.offset_days} for i in self.items]

    @classmethod
    def from_json(cls, data: object) -> ChecklistTemplate:
        """A template from stored JSON; entries that do not make sense are skipped."""
        items: list[ChecklistTemplateItem] = []
        if isinstance(data, list):
            for entry in data:
                if not isinstance(entry, dict):
                    continue
                title, offset = entry.get("title"), entry.get("offset_days")
                if not isinstance(title, str) or not title.strip():
                    continue
                if not isinstance(offset, int) or isinstance(offset, bool):
                    continue
                offset = max(-MAX_OFFSET_DAYS, min(MAX_OFFSET_DAYS, offset))
                items.append(ChecklistTemplateItem(title.strip(), offset))
        return cls(tuple(items))


_DEFAULT_CHECKLIST: dict[str, tuple[tuple[str, int], ...]] = {
    "da": (
        ("Bekræft værtskabet med værten", -90),
        ("Aftal rundvisning, lokale og forplejning", -60),
        ("Send invitation og bed om tilmelding", -42),
        ("Send dagsordenen til medlemmerne", -14),
        ("Meld antal deltagere og diæter til værten", -10),
        ("Send deltagerlisten til receptionen", -7),
        ("Send praktisk information til deltagerne", -3),
        ("Tak værten for besøget", 2),
        ("Send referatet", 7),
    ),
    "en": (
        ("Confirm the visit with the host", -90),
        ("Agree on tour, room and catering", -60),
        ("Send the invitation and ask for sign-ups", -42),
        ("Send the agenda to the members", -14),
        ("Tell the host the numbers and dietary needs", -10),
        ("Send the visitor list to reception", -7),
        ("Send practical information to the participants", -3),
        ("Thank the host for the visit", 2),
        ("Send the minutes", 7),
    ),
}


def default_checklist(lang: str) -> ChecklistTemplate:
    """What a coordinator does around a meeting, with deadlines, in `lang`."""
    key = "da" if lang.lower().startswith("da") else "en"
    return ChecklistTemplate(tuple(ChecklistTemplateItem(t, d) for t, d in _DEFAULT_CHECKLIST[key]))


def due_date(meeting_date: dt.date, offset_days: int) -> dt.date:
    """The day a task is due: `offset_days` from the meeting (negative: before it)."""
    return meeting_date + dt.timedelta(days=offset_days)


def is_overdue(due: dt.date, done_on: dt.date | None, today: dt.date) -> bool:
    """An open task whose day has passed (due today is not overdue yet)."""
    return done_on is None and due < today


MAX_TASK_TITLE_CHARS = 500


def validate_checklist_item(title: str, offset_days: int) -> list[FieldError]:
    """Problems with a checklist task as typed; an empty list when it can be saved."""
    errors: list[FieldError] = []
    title = title.strip()
    if not title:
        errors.append(FieldError("title", "title_required", "Please enter the task."))
    elif len(title) > MAX_TASK_TITLE_CHARS:
        errors.append(
            FieldError(
                "title",
                "too_long",
                f"The task can be at most {MAX_TASK_TITLE_CHARS} characters.",
                str(MAX_TASK_TITLE_CHARS),
            )
        )
    if isinstance(offset_days, bool) or not -MAX_OFFSET_DAYS <= offset_days <= MAX_OFFSET_DAYS:
        errors.append(
            FieldError(
                "offset_days",
                "offset_range",
                f"A task must be due at most {MAX_OFFSET_DAYS} days from the meeting.",
                str(MAX_OFFSET_DAYS),
            )
        )
    return errors


# --- sign-ups and catering ----------------------------------------------------------------


@dataclass(frozen=True)
class SignupLine:
    """One invited person's answer: a member (person id) or a guest."""

    name: str
    organisation: str
    response: Rsvp
    diet: str = ""
    note: str = ""
    is_guest: bool = False


@dataclass(frozen=True)
class CateringSummary:
    """What the host needs to know: how many come, how many may come, and their diets."""

    yes: int
    no: int
    maybe: int
    invited: int
    guests: int  # guests who said yes (included in `yes`)
    diets: dict[str, int] = field(default_factory=dict)  # diets of those who said yes

    @property
    def unanswered(self) -> int:
        return self.invited

    @property
    def catering_max(self) -> int:
        """Places to order for when every "maybe" comes."""
        return self.yes + self.maybe


def normalise_diet(text: str) -> str:
    """A diet as counted: trimmed, single spaces, lower case ("Vegetar " → "vegetar")."""
    return " ".join(text.split()).lower()


def catering_summary(lines: Iterable[SignupLine]) -> CateringSummary:
    """Counts per answer, and the diets of everyone who said yes."""
    answers: Counter[Rsvp] = Counter()
    diets: Counter[str] = Counter()
    guests = 0
    for line in lines:
        answers[line.response] += 1
        if line.response is Rsvp.YES:
            if line.is_guest:
                guests += 1
            diet = normalise_diet(line.diet)
            if diet:
                diets[diet] += 1
    return CateringSummary(
        yes=answers[Rsvp.YES],
        no=answers[Rsvp.NO],
        maybe=answers[Rsvp.MAYBE],
        invited=answers[Rsvp.INVITED],
        guests=guests,
        diets=dict(sorted(diets.items(), key=lambda item: sort_key(item[0]))),
    )


# --- host rotation ------------------------------------------------------------------------


@dataclass(frozen=True)
class HostCandidate:
    """A member company that could host: when it last hosted, when it is booked, whether it
    pauses."""

    organisation_id: int
    name: str
    last_hosted: dt.date | None = None
    booked: dt.date | None = None  # a coming meeting it is already host of
    paused: bool = False

    @property
    def last_turn(self) -> dt.date | None:
        """The later of its last hosting and its booking: when its turn last came."""
        days = [d for d in (self.last_hosted, self.booked) if d is not None]
        return max(days) if days else None


def rank_hosts(candidates: Sequence[HostCandidate], lang: str = "da") -> list[HostCandidate]:
    """The companies in the order they should host next: who never hosted first, then who has
    waited longest since it last hosted or was booked; pausing companies are left out.

    A company booked for a coming meeting therefore goes to the back of the queue.
    """
    active = [c for c in candidates if not c.paused]
    return sorted(
        active,
        key=lambda c: (
            c.last_turn is not None,
            c.last_turn or dt.date.min,
            sort_key(c.name, lang),
        ),
    )


@dataclass(frozen=True)
class HostingEvent:
    """One meeting a company hosted (or is booked to host)."""

    organisation_id: int
    date: dt.date
    status: MeetingStatus


def host_candidates(
    companies: Iterable[tuple[int, str, bool]],
    events: Iterable[HostingEvent],
    today: dt.date,
) -> list[HostCandidate]:
    """Each company (id, name, paused) with its last hosting before `today` and its next booking
    from `today` on; cancelled meetings do not count."""
    last: dict[int, dt.date] = {}
    booked: dict[int, dt.date] = {}
    for event in events:
        if event.status is MeetingStatus.CANCELLED:
            continue
        if event.date < today:
            if event.organisation_id not in last or event.date > last[event.organisation_id]:
                last[event.organisation_id] = event.date
        elif event.organisation_id not in booked or event.date < booked[event.organisation_id]:
            booked[event.organisation_id] = event.date
    return [
        HostCandidate(org_id, name, last.get(org_id), booked.get(org_id), paused)
        for org_id, name, paused in companies
    ]


# --- the visit ----------------------------------------------------------------------------

MAX_TOUR_MINUTES = 12 * 60
MAX_TOUR_PARTICIPANTS = 10_000


@dataclass(frozen=True)
class VisitInput:
    """Everything practical about visiting the host for one meeting (a HostVisit row).

    The host contact is a person in the roster (`contact_person_id`, a member or someone else
    at the company) or just a name with e-mail and phone.
    """

    contact_person_id: int | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    address: str = ""
    directions: str = ""
    parking: str = ""
    public_transport: str = ""
    room: str = ""
    av_equipment: str = ""
    wifi: str = ""
    catering_breakfast: str = ""
    catering_lunch: str = ""
    catering_coffee: str = ""
    tour_guide: str = ""
    tour_minutes: int | None = None
    tour_max_participants: int | None = None
    tour_requires_id: bool = False
    tour_requires_nda: bool = False
    tour_requires_safety_shoes: bool = False
    tour_no_photos: bool = False
    tour_other_requirements: str = ""
    notes: str = ""


# The fields the coordinator has to find out from the host; an empty one is an open question.
QUESTION_FIELDS: tuple[str, ...] = (
    "address",
    "directions",
    "parking",
    "public_transport",
    "room",
    "av_equipment",
    "wifi",
    "catering_lunch",
    "catering_coffee",
    "tour_guide",
)


def open_questions(visit: VisitInput) -> list[str]:
    """The practical fields still empty, in the order a host would answer them."""
    return [name for name in QUESTION_FIELDS if not str(getattr(visit, name)).strip()]


def validate_visit(visit: VisitInput) -> list[FieldError]:
    """Problems with the fields of a visit; an empty list when it can be saved."""
    errors: list[FieldError] = []
    email = visit.contact_email.strip()
    if email and not is_valid_email(email):
        errors.append(
            FieldError(
                "contact_email", "email_invalid", f"“{email}” is not a valid e-mail address.", email
            )
        )
    phone = visit.contact_phone.strip()
    if phone and normalise_phone(phone) is None:
        errors.append(
            FieldError(
                "contact_phone", "phone_invalid", f"“{phone}” is not a valid phone number.", phone
            )
        )
    if visit.tour_minutes is not None and not 0 <= visit.tour_minutes <= MAX_TOUR_MINUTES:
        errors.append(
            FieldError(
                "tour_minutes",
                "duration_range",
                f"The tour must last 0-{MAX_TOUR_MINUTES} minutes.",
                str(visit.tour_minutes),
            )
        )
    if visit.tour_max_participants is not None and not (
        1 <= visit.tour_max_participants <= MAX_TOUR_PARTICIPANTS
    ):
        errors.append(
            FieldError(
                "tour_max_participants",
                "participants_range",
                f"The tour must allow 1-{MAX_TOUR_PARTICIPANTS} participants.",
                str(visit.tour_max_participants),
            )
        )
    return errors


@dataclass(frozen=True)
class TourRequirements:
    """What visitors must bring or accept; no ID numbers are ever stored, only the tick."""

    id_required: bool = False
    nda: bool = False
    safety_shoes: bool = False
    no_photos: bool = False
    other: str = ""

    @property
    def any(self) -> bool:
        return (
            self.id_required
            or self.nda
            or self.safety_shoes
            or self.no_photos
            or bool(self.other.strip())
        )


@dataclass(frozen=True)
class Visitor:
    name: str
    organisation: str
    is_guest: bool = False


@dataclass(frozen=True)
class VisitorListDocument:
    """The list for the host's reception: who comes (said yes) and what the tour requires."""

    group_name: str
    meeting_date: dt.date
    start_time: dt.time
    end_time: dt.time
    theme: str
    host_name: str
    host_address: str
    contact_name: str
    coordinator_name: str
    coordinator_email: str
    coordinator_phone: str
    visitors: tuple[Visitor, ...]
    requirements: TourRequirements = field(default_factory=TourRequirements)
    tour_guide: str = ""
    tour_minutes: int | None = None


@dataclass(frozen=True)
class EmailDraft:
    """An e-mail for the coordinator to check and send from their own mail program."""

    sender_name: str
    sender_email: str
    to: tuple[tuple[str, str], ...]  # (name, address)
    subject: str
    body: str
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (file name, MIME type, content)
    bcc: bool = False  # members' addresses go in Bcc so that consent is respected
