"""Invitations members answer from their calendar (iTIP, RFC 5546): the words both sides share.

The app sends each member a REQUEST (or a CANCEL) for a meeting; the member's calendar answers
with a REPLY that carries the meeting's UID, the SEQUENCE of the invitation answered, a DTSTAMP
and the member's PARTSTAT. `CalendarReply` is one such answer as `exchange/itip_replies.py`
reads it from a file; `services/replies.py` matches it to a meeting and a member.

Which version of an answer is newer follows RFC 5546 section 2.1.5: the higher SEQUENCE, and at
the same SEQUENCE the later DTSTAMP (`reply_version`). A meeting's invitation SEQUENCE rises by
one for a change an attendee must answer again (`significant_change`): the date, the times, the
place or the status as a calendar shows it — not the agenda, the theme or the notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.domain.enums import MeetingStatus, Rsvp

# A DTSTAMP that is missing sorts before every other.
_OLDEST = dt.datetime.min.replace(tzinfo=dt.UTC)

#: The STATUS of a meeting's VEVENT (planned meetings are tentative until confirmed).
CALENDAR_STATUS: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}

#: An attendee's PARTSTAT and the answer it is; others (DELEGATED, NEEDS-ACTION) are no answer.
_ANSWERS: dict[str, Rsvp] = {"ACCEPTED": Rsvp.YES, "DECLINED": Rsvp.NO, "TENTATIVE": Rsvp.MAYBE}


@dataclass(frozen=True)
class CalendarReply:
    """One attendee's answer to an invitation, as read from a file.

    `address` is the attendee's e-mail address, normalised (`normalise_address`); `sender` the
    `From:` of the mail that held the reply (nearest to it, in a forwarded mail), also
    normalised. `stamp` is the DTSTAMP in UTC (else the mail's Date; None without either).
    """

    source: str  # the file's name, as the user sees it
    uid: str
    sequence: int
    stamp: dt.datetime | None
    address: str
    name: str
    partstat: str
    comment: str = ""
    sender: str = ""

    @property
    def answer(self) -> Rsvp | None:
        """Yes, no or maybe; None for a PARTSTAT that is no answer."""
        return answer_of(self.partstat)


@dataclass(frozen=True)
class UnreadReply:
    """A file (or a part of one) that gave no reply: `code` says why.

    Codes: "unreadable" (not a mail or calendar the readers understand, or not found),
    "too_large", "no_reply" (no calendar reply in it), "not_a_reply" (a calendar, but an
    invitation or other message rather than a REPLY), "winmail_dat" (Outlook's TNEF
    attachment, which is not read).
    """

    source: str
    code: str


def normalise_address(value: str) -> str:
    """An attendee's or sender's address compared case-blind: "MAILTO:Anna@X.dk" → "anna@x.dk"."""
    text = "".join(value.split())
    if text[:7].casefold() == "mailto:":
        text = text[7:]
    text = text.strip("<>")
    return text.casefold() if "@" in text else ""


def answer_of(partstat: str) -> Rsvp | None:
    """The sign-up answer a PARTSTAT gives (ACCEPTED → yes, DECLINED → no, TENTATIVE → maybe)."""
    return _ANSWERS.get(partstat.strip().upper())


def reply_version(sequence: int, stamp: dt.datetime | None) -> tuple[int, dt.datetime]:
    """The order of two answers of one attendee (RFC 5546, 2.1.5): SEQUENCE, then DTSTAMP."""
    if stamp is None:
        return sequence, _OLDEST
    aware = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)
    return sequence, aware.astimezone(dt.UTC)


@dataclass(frozen=True)
class CalendarFacts:
    """What of a meeting an invitation's attendee must answer again when it changes."""

    date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    status: str  # CALENDAR_STATUS


def calendar_facts(
    date: dt.date, start_time: dt.time, end_time: dt.time, place: str, status: MeetingStatus
) -> CalendarFacts:
    """The facts of a meeting that make a change significant (`place`: host and address)."""
    return CalendarFacts(
        date, start_time, end_time, " ".join(place.split()), CALENDAR_STATUS[status]
    )


def significant_change(before: CalendarFacts, after: CalendarFacts) -> bool:
    """Whether the invitation's SEQUENCE must rise: a new date, time, place or status."""
    return before != after
