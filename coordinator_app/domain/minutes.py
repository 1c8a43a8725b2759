"""The minutes of a meeting as plain values, and the one place where confidentiality is applied.

Every export (PDF, DOCX, Markdown, e-mail) is written from a `MinutesDocument` that went
through `redact`: what the options leave out is never handed to a writer, so it cannot end up
in a file by accident (hidden text, metadata, a forgotten field).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.meetings import MAX_THEME_CHARS, AgendaLine
from coordinator_app.domain.text import clean_text
from coordinator_app.domain.validation import FieldError, split_tags

# Attendance that counts as having been there (for the round table and the report).
PRESENT_STATUSES = frozenset(
    {AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY}
)

# The person id of an anonymised entry: no person has it (ids start at 1).
ANONYMISED_PERSON_ID = 0

# The sharing level each kind of text starts with (migration 0002 gave existing rows the same).
# A member's note ("Meldte afbud – bestyrelsesmøde"), what a speaker told the group and the
# speaker pipeline (who was asked, who declined) are the group's; decisions and action items are
# the group's own outcomes, meant for the minutes; a proposed theme may go out, its proposer
# only by name where the coordinator allows it.
ATTENDANCE_NOTE_LEVEL = Confidentiality.GROUP_ONLY
TALK_NOTES_LEVEL = Confidentiality.GROUP_ONLY
DECISION_LEVEL = Confidentiality.SHAREABLE
ACTION_LEVEL = Confidentiality.SHAREABLE
THEME_LEVEL = Confidentiality.ANONYMOUS
SPEAKER_LEVEL = Confidentiality.GROUP_ONLY

_A_MEMBER = {"da": "Et medlem", "en": "A member"}
_FORMER_MEMBER = {"da": "Tidligere medlem", "en": "Former member"}


def a_member(lang: str) -> str:
    """What an anonymised entry says instead of a name."""
    return _A_MEMBER["da" if lang.lower().startswith("da") else "en"]


def former_member(lang: str) -> str:
    """The name shown for a person whose data was erased (GDPR); their entries stay."""
    return _FORMER_MEMBER["da" if lang.lower().startswith("da") else "en"]


@dataclass(frozen=True)
class AttendanceLine:
    """A member's attendance; `status` None means not taken yet."""

    person_id: int
    name: str
    organisation: str
    status: AttendanceStatus | None
    note: str = ""
    note_level: Confidentiality = ATTENDANCE_NOTE_LEVEL

    @property
    def present(self) -> bool:
        return self.status in PRESENT_STATUSES


@dataclass(frozen=True)
class RoundTableLine:
    """What one member said at the round table."""

    id: int
    person_id: int
    name: str
    organisation: str
    position: int
    text: str
    topics: tuple[str, ...]
    level: Confidentiality


@dataclass(frozen=True)
class DecisionLine:
    id: int
    position: int
    text: str
    level: Confidentiality = DECISION_LEVEL


@dataclass(frozen=True)
class ActionLine:
    """An action item. `carried` is an open item from an earlier meeting of the group."""

    id: int
    meeting_id: int
    meeting_date: dt.date
    text: str
    owner_id: int | None
    owner_name: str
    due_on: dt.date | None
    done_on: dt.date | None
    carried: bool = False
    level: Confidentiality = ACTION_LEVEL

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class ThemeLine:
    id: int
    theme: str
    proposed_by_id: int | None
    proposed_by_name: str
    votes: int
    chosen: bool
    level: Confidentiality = THEME_LEVEL


@dataclass(frozen=True)
class SpeakerLine:
    """A proposed talk in the group's pipeline."""

    id: int
    proposed_by_id: int | None
    proposed_by_name: str
    speaker_person_id: int | None
    speaker_name: str
    speaker_organisation: str
    topic: str
    status: SpeakerStatus
    meeting_id: int | None
    meeting_date: dt.date | None
    notes: str = ""
    level: Confidentiality = SPEAKER_LEVEL


@dataclass(frozen=True)
class MinutesDocument:
    """Everything the minutes of one meeting show, before confidentiality options apply."""

    meeting_id: int
    group_name: str
    meeting_date: dt.date
    start_time: dt.time
    end_time: dt.time
    theme: str
    host_name: str
    host_address: str
    status: MinutesStatus
    attendance: tuple[AttendanceLine, ...]
    talks: tuple[AgendaLine, ...]  # the agenda's talks, tour and discussions, with their notes
    entries: tuple[RoundTableLine, ...]
    decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]  # this meeting's and the open ones carried from before
    themes: tuple[ThemeLine, ...]
    next_theme: str
    speakers: tuple[SpeakerLine, ...]
    coordinator_name: str = ""
    coordinator_email: str = ""
    # The coordinator's signature under the e-mails (domain/coordinators.py), as typed.
    coordinator_signature: str = ""
    # True when `redact` anonymised or left out entries (the export says so).
    entries_left_out: int = 0
    entries_anonymised: int = 0
    # The same for the other texts: notes, decisions, action items and proposals.
    others_left_out: int = 0
    others_anonymised: int = 0

    @property
    def present(self) -> tuple[AttendanceLine, ...]:
        return tuple(a for a in self.attendance if a.present)

    @property
    def absent(self) -> tuple[AttendanceLine, ...]:
        return tuple(a for a in self.attendance if a.status is not None and not a.present)

    @property
    def open_actions(self) -> tuple[ActionLine, ...]:
        return tuple(a for a in self.actions if not a.done)

    @property
    def done_actions(self) -> tuple[ActionLine, ...]:
        return tuple(a for a in self.actions if a.done)


@dataclass(frozen=True)
class ExportOptions:
    """How much of the minutes' free texts an export may contain."""

    omit_confidential: bool = False  # leave out "group only" texts entirely
    anonymise: bool = False  # "may be shared without name": no name, no company
    lang: str = "da"


def redact(document: MinutesDocument, options: ExportOptions) -> MinutesDocument:
    """The minutes as an export may show them under `options`.

    Round table: left-out entries disappear with their text and topics; anonymised entries lose
    the name and the company (which would name them as surely). An empty entry (a member who
    said nothing) is simply not printed, and not counted as left out. The other texts follow
    the same two rules (`_redact_others`). Nothing else changes.
    """
    kept: list[RoundTableLine] = []
    left_out = anonymised = 0
    for entry in document.entries:
        if is_empty_entry(entry):
            continue
        if options.omit_confidential and entry.level is Confidentiality.GROUP_ONLY:
            left_out += 1
            continue
        if (
            options.anonymise
            and entry.level is Confidentiality.ANONYMOUS
            and entry.person_id != ANONYMISED_PERSON_ID
        ):
            anonymised += 1
            entry = replace(
                entry,
                person_id=ANONYMISED_PERSON_ID,
                name=a_member(options.lang),
                organisation="",
            )
        kept.append(entry)
    # Added to what an earlier redaction counted (which left nothing more to count), so that a
    # document redacted twice (a preview, then the export) still says what it left out.
    return _redact_others(
        replace(
            document,
            entries=tuple(kept),
            entries_left_out=document.entries_left_out + left_out,
            entries_anonymised=document.entries_anonymised + anonymised,
        ),
        options,
    )


def is_empty_entry(entry: RoundTableLine) -> bool:
    """An entry with neither a status nor a topic: nothing to print, nothing to leave out."""
    return not entry.text.strip() and not any(topic.strip() for topic in entry.topics)


class _Tally:
    """Applies the options to one text at a time and counts what it left out and anonymised."""

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self.left_out = 0
        self.anonymised = 0

    def omits(self, level: Confidentiality) -> bool:
        """True (and counted) for a text the export leaves out."""
        if self.options.omit_confidential and level is Confidentiality.GROUP_ONLY:
            self.left_out += 1
            return True
        return False

    def anonymises(self, level: Confidentiality, person_id: int | None, name: str) -> bool:
        """True (and counted) for a text that loses the name it carries; one anonymised before
        (or that names no one) has nothing left to lose."""
        named = person_id != ANONYMISED_PERSON_ID and (person_id is not None or bool(name))
        if self.options.anonymise and level is Confidentiality.ANONYMOUS and named:
            self.anonymised += 1
            return True
        return False


def _redact_others(document: MinutesDocument, options: ExportOptions) -> MinutesDocument:
    """`redact` for every free text besides the round table.

    - An attendance note is left out when "group only", and also when anonymising one that
      "may be shared without name": it stands beside the member's name. The member stays.
    - A talk's notes are left out (the talk stays, as on the agenda), or shown without the
      speaker and the company.
    - A decision is left out; it names no one, so there is nothing to anonymise.
    - An action item or a theme proposal is left out, or shown with "a member" as owner or
      proposer; a speaker proposal is left out with its topic, speaker and notes, or shown with
      "a member" as proposer.
    - The next theme goes with a left-out chosen proposal.
    """
    tally = _Tally(options)
    member = a_member(options.lang)

    attendance: list[AttendanceLine] = []
    for line in document.attendance:
        level = line.note_level
        if line.note and (tally.omits(level) or tally.anonymises(level, None, "-")):
            line = replace(line, note="")
        attendance.append(line)
    # An attendance note is never shown without its name: it went, so it counts as left out.
    tally.left_out += tally.anonymised
    tally.anonymised = 0

    talks: list[AgendaLine] = []
    for talk in document.talks:
        if talk.notes and tally.omits(talk.notes_level):
            talk = replace(talk, notes="")
        elif talk.notes and tally.anonymises(
            talk.notes_level, None, talk.speaker + talk.speaker_organisation
        ):
            talk = replace(talk, speaker="", speaker_organisation="")
        talks.append(talk)

    decisions = tuple(d for d in document.decisions if not tally.omits(d.level))

    actions: list[ActionLine] = []
    for action in document.actions:
        if tally.omits(action.level):
            continue
        if tally.anonymises(action.level, action.owner_id, action.owner_name):
            action = replace(action, owner_id=ANONYMISED_PERSON_ID, owner_name=member)
        actions.append(action)

    themes: list[ThemeLine] = []
    for theme in document.themes:
        if tally.omits(theme.level):
            continue
        if tally.anonymises(theme.level, theme.proposed_by_id, theme.proposed_by_name):
            theme = replace(theme, proposed_by_id=ANONYMISED_PERSON_ID, proposed_by_name=member)
        themes.append(theme)
    next_theme = document.next_theme
    if any(t.chosen for t in document.themes) and not any(t.chosen for t in themes):
        next_theme = ""

    speakers: list[SpeakerLine] = []
    for speaker in document.speakers:
        if tally.omits(speaker.level):
            continue
        if tally.anonymises(speaker.level, speaker.proposed_by_id, speaker.proposed_by_name):
            speaker = replace(speaker, proposed_by_id=ANONYMISED_PERSON_ID, proposed_by_name=member)
        speakers.append(speaker)

    return replace(
        document,
        attendance=tuple(attendance),
        talks=tuple(talks),
        decisions=decisions,
        actions=tuple(actions),
        themes=tuple(themes),
        next_theme=next_theme,
        speakers=tuple(speakers),
        others_left_out=document.others_left_out + tally.left_out,
        others_anonymised=document.others_anonymised + tally.anonymised,
    )


def carried_actions(
    actions: list[ActionLine], meeting_id: int, meeting_date: dt.date
) -> list[ActionLine]:
    """The action items a meeting shows: its own, and those of earlier meetings of the group
    that were still open on its date (done later, or not yet)."""
    shown: list[ActionLine] = []
    for action in actions:
        if action.meeting_id == meeting_id:
            shown.append(replace(action, carried=False))
        elif action.meeting_date < meeting_date and (
            action.done_on is None or action.done_on >= meeting_date
        ):
            shown.append(replace(action, carried=True))
    return sorted(
        shown, key=lambda a: (a.carried is False, a.meeting_date, a.due_on or dt.date.max, a.id)
    )


@dataclass(frozen=True)
class MemberYear:
    """One member's attendance over a year, for the annual report."""

    name: str
    organisation: str
    present: int
    absent: int
    meetings: int


@dataclass(frozen=True)
class ReportMeeting:
    date: dt.date
    theme: str
    host_name: str
    status: str  # MeetingStatus value
    present: int
    speakers: tuple[str, ...]  # "Name (Organisation): title"


@dataclass(frozen=True)
class AnnualReport:
    """The year of a group: meetings, hosts, themes, speakers and attendance per member."""

    group_name: str
    year: int
    meetings: tuple[ReportMeeting, ...]
    members: tuple[MemberYear, ...]
    coordinator_name: str = ""
    themes_next: tuple[str, ...] = field(default_factory=tuple)


# --- what may be typed -------------------------------------------------------------------

MAX_MINUTES_TEXT_CHARS = 10_000  # a round-table status, a decision, an action, notes
MAX_TOPIC_CHARS = MAX_THEME_CHARS  # a theme proposal, a talk's topic, one topic tag
MAX_SPEAKER_NAME_CHARS = 200
MAX_VOTES = 1000


def one_line(text: str) -> str:
    """`text` on one line with single spaces: themes, topics and names."""
    return " ".join(clean_text(text).split())


def check_text(
    field_name: str,
    text: str,
    limit: int,
    *,
    required_code: str | None = None,
    required_message: str = "Please enter a text.",
) -> list[FieldError]:
    """Problems with one typed text (judged trimmed): too long, or empty when required."""
    text = clean_text(text, multiline=True).strip()
    if not text:
        if required_code is not None:
            return [FieldError(field_name, required_code, required_message)]
        return []
    if len(text) > limit:
        return [
            FieldError(
                field_name,
                "too_long",
                f"The text can be at most {limit:,} characters.",
                str(limit),
            )
        ]
    return []


def check_topics(topics: tuple[str, ...]) -> list[FieldError]:
    """Problems with the topic tags of a round-table entry: each at most a theme's length."""
    for topic in topics:
        if len(one_line(topic)) > MAX_TOPIC_CHARS:
            return [
                FieldError(
                    "topics",
                    "too_long",
                    f"A topic can be at most {MAX_TOPIC_CHARS} characters.",
                    str(MAX_TOPIC_CHARS),
                )
            ]
    return []


def check_votes(votes: int) -> list[FieldError]:
    """Votes for a theme proposal: 0 up to MAX_VOTES."""
    if not 0 <= votes <= MAX_VOTES:
        return [
            FieldError(
                "votes",
                "votes_range",
                f"The votes must be 0-{MAX_VOTES}.",
                str(votes),
            )
        ]
    return []


def topics_text(topics: tuple[str, ...]) -> str:
    """Topic tags as stored: comma-separated (a comma inside a tag makes two tags)."""
    return ", ".join(topics)


def is_present(status: AttendanceStatus | None) -> bool:
    """True for attendance that counts as having been there."""
    return status in PRESENT_STATUSES


def clean_topics(topics: tuple[str, ...]) -> tuple[str, ...]:
    """Topic tags trimmed, without empties or repeats; a comma or semicolon inside a tag splits
    it (they are stored comma-separated)."""
    return split_tags(",".join(topics))
