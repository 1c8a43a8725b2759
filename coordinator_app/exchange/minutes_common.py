"""What the minutes writers (PDF, Word, Markdown) share: labels, order and counts.

The writers receive a document that already went through `domain.minutes.redact`; nothing here
decides what may be shown. It only makes sure that the three formats say the same thing in the
same order: attendance present first, anonymised entries after the named ones (their place in
the round would otherwise give the speaker away), chosen theme first, and the same wording of
how many entries were left out or anonymised.
"""

from __future__ import annotations

import datetime as dt

from coordinator_app.domain.dates import format_long_date, format_short_date, format_time
from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.minutes import (
    ActionLine,
    AttendanceLine,
    MinutesDocument,
    RoundTableLine,
    SpeakerLine,
    ThemeLine,
)
from coordinator_app.exchange.doc_texts import DocumentTexts
from coordinator_app.exchange.pdf_common import clean_text

# Caps on user text: the minutes are for reading, and the caps keep every layout fast.
MAX_LINE = 300
MAX_NAME = 150
MAX_TEXT = 20_000
MAX_TOPIC = 120
MAX_TOPICS = 30


def one_line(text: str, max_chars: int = MAX_LINE) -> str:
    """User text cut to `max_chars`, its non-blank lines joined by ", " on one line."""
    lines = (" ".join(line.split()) for line in clean_text(text, max_chars=max_chars).split("\n"))
    return ", ".join(line for line in lines if line)


def paragraphs(text: str, max_chars: int = MAX_TEXT) -> list[list[str]]:
    """User text as paragraphs (split at blank lines), each a list of its non-blank lines."""
    result: list[list[str]] = []
    current: list[str] = []
    for raw in clean_text(text, max_chars=max_chars).split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def prose_time(t: dt.time, lang: str) -> str:
    """A clock time in running text: "09.30" in Danish, "09:30" in English (24-hour)."""
    return format_time(t, lang)


def clock(t: dt.time, lang: str) -> str:
    """A clock time in a timetable, as in running text: "09.30" in Danish, "09:30" in English."""
    return format_time(t, lang)


def meeting_title(document: MinutesDocument, texts: DocumentTexts) -> str:
    """The theme of the meeting, or "Netværksmøde" when it has none."""
    return one_line(document.theme) or texts.default_meeting_title


def meeting_when(document: MinutesDocument, texts: DocumentTexts, lang: str) -> str:
    """ "tirsdag d. 9. marts 2027, kl. 09.30–16.00"."""
    span = texts.time_span_prose.format(
        start=prose_time(document.start_time, lang), end=prose_time(document.end_time, lang)
    )
    return f"{format_long_date(document.meeting_date, lang)}, {span}"


def host_line(document: MinutesDocument) -> str:
    """ "Fjordbanken A/S · Strandvejen 112, 2900 Hellerup" (what is known of it)."""
    parts = (one_line(document.host_name), one_line(document.host_address, 2 * MAX_LINE))
    return " · ".join(part for part in parts if part)


def coordinator_line(document: MinutesDocument) -> str:
    parts = (one_line(document.coordinator_name, MAX_NAME), one_line(document.coordinator_email))
    return " · ".join(part for part in parts if part)


def neutral_title(document: MinutesDocument, texts: DocumentTexts, lang: str) -> str:
    """ "Referat – IT Drift – 09-03-2027": a title for file metadata that says nothing more."""
    parts = (
        texts.minutes_title,
        one_line(document.group_name),
        format_short_date(document.meeting_date, lang),
    )
    return " – ".join(part for part in parts if part)


def footer_text(
    document: MinutesDocument, texts: DocumentTexts, lang: str, printed: dt.date
) -> str:
    """ "IT Drift · tirsdag d. 9. marts 2027 · Udskrevet 01-03-2027"."""
    parts = (
        one_line(document.group_name),
        format_long_date(document.meeting_date, lang),
        texts.generated_on.format(date=format_short_date(printed, lang)),
    )
    return " · ".join(part for part in parts if part)


# --- labels -----------------------------------------------------------------------------------


def minutes_status_label(status: MinutesStatus, texts: DocumentTexts) -> str:
    return {
        MinutesStatus.DRAFT: texts.minutes_status_draft,
        MinutesStatus.SENT: texts.minutes_status_sent,
        MinutesStatus.APPROVED: texts.minutes_status_approved,
    }[status]


def attendance_label(status: AttendanceStatus | None, texts: DocumentTexts) -> str:
    if status is None:
        return texts.attendance_not_taken
    return {
        AttendanceStatus.PRESENT: texts.attendance_present,
        AttendanceStatus.LATE: texts.attendance_late,
        AttendanceStatus.LEFT_EARLY: texts.attendance_left_early,
        AttendanceStatus.EXCUSED: texts.attendance_excused,
        AttendanceStatus.ABSENT: texts.attendance_absent,
    }[status]


def speaker_status_label(status: SpeakerStatus, texts: DocumentTexts) -> str:
    return {
        SpeakerStatus.IDEA: texts.speaker_status_idea,
        SpeakerStatus.ASKED: texts.speaker_status_asked,
        SpeakerStatus.CONFIRMED: texts.speaker_status_confirmed,
        SpeakerStatus.DECLINED: texts.speaker_status_declined,
        SpeakerStatus.HELD: texts.speaker_status_held,
    }[status]


def meeting_status_label(value: str, texts: DocumentTexts) -> str:
    """The label of a MeetingStatus value; an unknown value is shown as it is."""
    labels = {
        MeetingStatus.PLANNED.value: texts.meeting_status_planned,
        MeetingStatus.CONFIRMED.value: texts.meeting_status_confirmed,
        MeetingStatus.HELD.value: texts.meeting_status_held,
        MeetingStatus.CANCELLED.value: texts.meeting_status_cancelled,
    }
    return labels.get(value, one_line(value, 40))


def level_tag(level: Confidentiality, texts: DocumentTexts) -> str:
    """ "kun for gruppen" / "må deles uden navn"; nothing for an entry that may be shared."""
    if level is Confidentiality.GROUP_ONLY:
        return texts.level_group_only
    if level is Confidentiality.ANONYMOUS:
        return texts.level_anonymous
    return ""


def attendance_summary(document: MinutesDocument, texts: DocumentTexts) -> str:
    return texts.attendance_summary.format(
        present=len(document.present), absent=len(document.absent)
    )


def redaction_notes(document: MinutesDocument, texts: DocumentTexts) -> list[str]:
    """ "2 indlæg er udeladt af fortrolighedshensyn." and the like, for the round table and
    then the other texts: how many, never what."""
    notes: list[str] = []
    left_out, anonymised = document.entries_left_out, document.entries_anonymised
    if left_out > 0:
        notes.append(
            texts.entry_left_out_one if left_out == 1 else texts.entries_left_out.format(n=left_out)
        )
    if anonymised > 0:
        notes.append(
            texts.entry_anonymised_one
            if anonymised == 1
            else texts.entries_anonymised.format(n=anonymised)
        )
    others_left_out, others_anonymised = document.others_left_out, document.others_anonymised
    if others_left_out > 0:
        notes.append(
            texts.other_left_out_one
            if others_left_out == 1
            else texts.others_left_out.format(n=others_left_out)
        )
    if others_anonymised > 0:
        notes.append(
            texts.other_anonymised_one
            if others_anonymised == 1
            else texts.others_anonymised.format(n=others_anonymised)
        )
    return notes


# --- order ------------------------------------------------------------------------------------


def attendance_rows(document: MinutesDocument) -> list[AttendanceLine]:
    """Present (also late or left early) first, then absent, then those not recorded."""

    def rank(line: AttendanceLine) -> int:
        if line.present:
            return 0
        return 1 if line.status is not None else 2

    return sorted(document.attendance, key=rank)


def is_anonymised(entry: RoundTableLine, document: MinutesDocument) -> bool:
    """Whether `redact` took the name off `entry`."""
    return (
        document.entries_anonymised > 0
        and entry.level is Confidentiality.ANONYMOUS
        and entry.person_id == 0
        and not entry.organisation
    )


def ordered_entries(document: MinutesDocument) -> list[RoundTableLine]:
    """The round table in its order, with anonymised entries after the named ones: where an
    entry sat in the round would otherwise tell who said it."""
    return sorted(
        document.entries,
        key=lambda entry: (is_anonymised(entry, document), entry.position, entry.id),
    )


def entry_speaker(entry: RoundTableLine) -> tuple[str, str]:
    """(name, organisation) of an entry, cut to one line each."""
    return one_line(entry.name, MAX_NAME), one_line(entry.organisation)


def entry_topics(entry: RoundTableLine) -> list[str]:
    topics = (one_line(topic, MAX_TOPIC) for topic in entry.topics[:MAX_TOPICS])
    return [topic for topic in topics if topic]


def ordered_decisions(document: MinutesDocument) -> list[str]:
    decisions = sorted(document.decisions, key=lambda d: (d.position, d.id))
    return [
        text for text in (clean_text(d.text, max_chars=MAX_TEXT).strip() for d in decisions) if text
    ]


def ordered_themes(document: MinutesDocument) -> list[ThemeLine]:
    """The chosen theme first, then by votes (most first), as proposed."""
    return sorted(document.themes, key=lambda t: (not t.chosen, -t.votes, t.id))


_SPEAKER_ORDER = {
    SpeakerStatus.CONFIRMED: 0,
    SpeakerStatus.ASKED: 1,
    SpeakerStatus.IDEA: 2,
    SpeakerStatus.HELD: 3,
    SpeakerStatus.DECLINED: 4,
}


def ordered_speakers(document: MinutesDocument) -> list[SpeakerLine]:
    """Confirmed talks first (by date), then asked, ideas, held and declined."""
    return sorted(
        document.speakers,
        key=lambda s: (_SPEAKER_ORDER[s.status], s.meeting_date or dt.date.max, s.id),
    )


def speaker_name(speaker: SpeakerLine) -> tuple[str, str]:
    return one_line(speaker.speaker_name, MAX_NAME), one_line(speaker.speaker_organisation)


def speaker_status(speaker: SpeakerLine, texts: DocumentTexts, lang: str) -> str:
    """ "Bekræftet, mødet 08-06-2027"."""
    label = speaker_status_label(speaker.status, texts)
    if speaker.meeting_date is not None and speaker.status is not SpeakerStatus.DECLINED:
        when = texts.speaker_for_meeting.format(date=format_short_date(speaker.meeting_date, lang))
        return f"{label}, {when}"
    return label


def next_theme(document: MinutesDocument) -> str:
    """The next theme: as decided, or the chosen proposal when none was written down."""
    if theme := one_line(document.next_theme):
        return theme
    chosen = [t for t in document.themes if t.chosen]
    return one_line(chosen[0].theme) if chosen else ""


def action_origin(action: ActionLine, texts: DocumentTexts, lang: str) -> str:
    """ "09-12-2026" for an item carried from an earlier meeting, "dette møde" for this one's."""
    if action.carried:
        return format_short_date(action.meeting_date, lang)
    return texts.action_this_meeting


def short_date(value: dt.date | None, lang: str) -> str:
    return format_short_date(value, lang) if value is not None else "–"
