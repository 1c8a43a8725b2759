"""Reading members' answers (iTIP REPLY, RFC 5546) from the mails and files their calendars send.

A reply arrives as an e-mail (`.eml`) or as a calendar file (`.ics`). The readers find every
calendar in it, however the mail program packed it:

- inline, as the `text/calendar; method=REPLY` part of a multipart/alternative (Outlook,
  Gmail), or as the whole body of the mail (Exchange);
- as an attachment (`invite.ics`, Apple Mail's `iCal-….ics`, `application/ics`), often beside
  the same calendar inline (read once);
- quoted-printable, base64, 8bit or 7bit, in the charset the part declares (else UTF-8, else
  the legacy charsets `textdecode` knows);
- inside a forwarded mail (a `message/rfc822` part, or an attached `.eml`), whose own From is
  the member's.

Of each VCALENDAR with METHOD:REPLY, every VEVENT's ATTENDEE with its PARTSTAT becomes a
`CalendarReply` (the address from the value, or from the EMAIL parameter when the value is a
CalDAV principal such as `urn:uuid:…`). Outlook's replies have no ORGANIZER, which nothing
here needs. The comment is the attendee's X-RESPONSE-COMMENT parameter (Google), else the
event's COMMENT (Outlook, Thunderbird). DTSTAMP gives the answer's time; without one the
mail's Date does.

Outlook's rich-text mails hide the calendar in `winmail.dat` (TNEF); that format is not read,
and such a file is reported as "winmail_dat". Outlook's `.msg` files are not read either.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

from icalendar import Calendar

from coordinator_app.domain.itip import CalendarReply, UnreadReply, normalise_address
from coordinator_app.domain.people import MAX_TEXT_LENGTH
from coordinator_app.exchange.textdecode import decode_text, normalise_line_ends

#: The largest file read: a reply with a forwarded mail and its attachments is far below.
MAX_FILE_BYTES = 25 * 1024 * 1024
#: The file names a folder is searched for.
REPLY_SUFFIXES = (".eml", ".ics", ".vcs")
#: How deep forwarded mails and multiparts are followed.
_MAX_DEPTH = 12
_CALENDAR_TYPES = frozenset(
    {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}
)
_CALENDAR_NAMES = (".ics", ".vcs")


@dataclass(frozen=True)
class ReadReplies:
    """What a set of files gave: the replies, the files (or parts) that gave none and why, and
    how many files could be read at all (as a mail or a calendar)."""

    replies: tuple[CalendarReply, ...] = ()
    unread: tuple[UnreadReply, ...] = ()
    files_read: int = 0


@dataclass
class _Found:
    replies: list[CalendarReply] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def reply_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, and the `.eml`, `.ics` and `.vcs` files in each
    folder (and its subfolders), in name order; each once."""
    result: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        found = (
            sorted(
                (p for p in path.rglob("*") if p.suffix.lower() in REPLY_SUFFIXES and p.is_file()),
                key=lambda p: str(p).casefold(),
            )
            if path.is_dir()
            else [path]
        )
        for item in found:
            key = item.absolute()
            if key not in seen:
                seen.add(key)
                result.append(item)
    return result


def read_replies(paths: Iterable[Path]) -> ReadReplies:
    """The replies in the files and folders `paths` (see `reply_files`)."""
    replies: list[CalendarReply] = []
    unread: list[UnreadReply] = []
    files_read = 0
    for path in reply_files(paths):
        source = path.name
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                unread.append(UnreadReply(source, "too_large"))
                continue
            data = path.read_bytes()
        except OSError:
            unread.append(UnreadReply(source, "unreadable"))
            continue
        found, readable = _read(data, source)
        files_read += readable
        replies += found.replies
        if not found.replies:
            code = next(
                (c for c in ("winmail_dat", "not_a_reply", "unreadable") if c in found.codes),
                "no_reply",
            )
            unread.append(UnreadReply(source, code))
    return ReadReplies(tuple(replies), tuple(unread), files_read)


def replies_from_bytes(data: bytes, source: str) -> tuple[list[CalendarReply], list[str]]:
    """The replies in one file's `data` (a mail or a calendar), and the codes of what was
    found instead ("unreadable", "not_a_reply", "winmail_dat")."""
    found, _readable = _read(data, source)
    return found.replies, found.codes


def _read(data: bytes, source: str) -> tuple[_Found, bool]:
    found = _Found()
    if _looks_like_calendar(data):
        _calendar(decode_text(data), "", source, "", None, found)
        return _deduplicated(found), "unreadable" not in found.codes
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not _looks_like_mail(message):
        found.codes.append("unreadable")
        return found, False
    _walk(message, source, _sender(message), _date(message), found, 0)
    return _deduplicated(found), True


def _looks_like_calendar(data: bytes) -> bool:
    head = decode_text(data[:4096]).lstrip("\ufeff \t\r\n")
    return head[:15].upper() == "BEGIN:VCALENDAR"


def _looks_like_mail(message: Message) -> bool:
    names = {name.lower() for name in message}
    return bool(names & {"from", "content-type", "mime-version", "subject", "date"}) and not (
        message.defects and not message.get_payload()
    )


def _deduplicated(found: _Found) -> _Found:
    """The same reply inline and as invite.ics is one reply."""
    seen: set[tuple[Any, ...]] = set()
    unique: list[CalendarReply] = []
    for reply in found.replies:
        key = (reply.uid, reply.address, reply.sequence, reply.stamp, reply.partstat, reply.comment)
        if key not in seen:
            seen.add(key)
            unique.append(reply)
    found.replies = unique
    return found


# --- mail ----------------------------------------------------------------------------------


def _sender(message: Message) -> str:
    try:
        header = message["From"]
    except (ValueError, IndexError, TypeError):  # a malformed header the parser gave up on
        return ""
    for address in getattr(header, "addresses", ()):
        if normalised := normalise_address(address.addr_spec):
            return normalised
    return ""


def _date(message: Message) -> dt.datetime | None:
    try:
        header = message["Date"]
        moment = getattr(header, "datetime", None)
    except (ValueError, IndexError, TypeError):
        return None
    if not isinstance(moment, dt.datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _file_name(part: Message) -> str:
    try:
        return (part.get_filename() or "").strip().lower()
    except (ValueError, IndexError, TypeError):
        return ""


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        return b""
    return payload if isinstance(payload, bytes) else b""


def _part_text(part: Message) -> str:
    data = _payload(part)
    charset = (part.get_content_charset() or "").strip().lower()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for codec in (charset, "utf-8"):
        if not codec:
            continue
        try:
            return normalise_line_ends(data.decode(codec))
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(data)


def _walk(
    part: Message, source: str, sender: str, date: dt.datetime | None, found: _Found, depth: int
) -> None:
    if depth > _MAX_DEPTH:
        return
    content_type = part.get_content_type()
    name = _file_name(part)
    if content_type == "message/rfc822" or (name.endswith(".eml") and not part.is_multipart()):
        inner = _inner_message(part)
        if inner is not None:
            _walk(inner, source, _sender(inner) or sender, _date(inner) or date, found, depth + 1)
        return
    if part.is_multipart():
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else ():
            if isinstance(sub, Message):
                _walk(sub, source, sender, date, found, depth + 1)
        return
    if content_type == "application/ms-tnef" or name == "winmail.dat":
        found.codes.append("winmail_dat")
        return
    if content_type in _CALENDAR_TYPES or name.endswith(_CALENDAR_NAMES):
        method = str(part.get_param("method", "") or "")
        _calendar(_part_text(part), method, source, sender, date, found)


def _inner_message(part: Message) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner: Message = payload[0]
        # A forwarded mail sent base64 (not allowed for message/rfc822, but sent) parses as
        # a message without headers.
        if inner.keys() or part.get("Content-Transfer-Encoding", "").lower() != "base64":
            return inner
    data = _payload(part)
    if not data:
        return None
    message = email.message_from_bytes(data, policy=email.policy.default)
    return message if _looks_like_mail(message) else None


# --- calendar ------------------------------------------------------------------------------


def _calendar(
    text: str,
    part_method: str,
    source: str,
    sender: str,
    date: dt.datetime | None,
    found: _Found,
) -> None:
    try:
        calendars: Sequence[Calendar] = Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError):
        calendars = []
    if not calendars:
        found.codes.append("unreadable")
        return
    for calendar in calendars:
        method = str(calendar.get("METHOD", "") or part_method).strip().upper()
        if method != "REPLY":
            found.codes.append("not_a_reply")
            continue
        for event in calendar.walk("VEVENT"):
            found.replies += _event_replies(event, source, sender, date)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    return str(value) if value is not None else ""


def _comment(text: str) -> str:
    lines = [" ".join(line.split()) for line in normalise_line_ends(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)[:MAX_TEXT_LENGTH]


def _sequence(event: Any) -> int:
    for name in ("SEQUENCE", "X-MICROSOFT-CDO-APPT-SEQUENCE"):
        value = event.get(name)
        if value is None:
            continue
        try:
            return max(0, int(str(value).strip()))
        except ValueError:
            continue
    return 0


def _stamp(event: Any, fallback: dt.datetime | None) -> dt.datetime | None:
    try:
        value = event.decoded("DTSTAMP")
    except (KeyError, ValueError, TypeError):
        value = None
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(), dt.UTC)
    return fallback.astimezone(dt.UTC) if fallback is not None else None


def _event_replies(
    event: Any, source: str, sender: str, date: dt.datetime | None
) -> list[CalendarReply]:
    uid = _text(event.get("UID")).strip()
    attendees = event.get("ATTENDEE")
    if not uid or attendees is None:
        return []
    if not isinstance(attendees, list):
        attendees = [attendees]
    comment = _comment(_text(event.get("COMMENT")) or _text(event.get("X-RESPONSE-COMMENT")))
    sequence = _sequence(event)
    stamp = _stamp(event, date)
    replies = []
    for attendee in attendees:
        params = getattr(attendee, "params", {})
        partstat = str(params.get("PARTSTAT", "")).strip().upper()
        if not partstat or partstat == "NEEDS-ACTION":
            continue  # the organizer's copy of someone else, not an answer
        address = normalise_address(str(attendee)) or normalise_address(
            str(params.get("EMAIL", ""))
        )
        own = _comment(str(params.get("X-RESPONSE-COMMENT", "")))
        replies.append(
            CalendarReply(
                source=source,
                uid=uid,
                sequence=sequence,
                stamp=stamp,
                address=address,
                name=" ".join(str(params.get("CN", "")).split()),
                partstat=partstat,
                comment=own or comment,
                sender=sender,
            )
        )
    return replies
