"""One member's invitation to one meeting as iCalendar (iTIP, RFC 5546): REQUEST or CANCEL.

The VEVENT is the year plan's (`ics_export`: the same SUMMARY, DESCRIPTION, LOCATION and
Europe/Copenhagen VTIMEZONE, the meeting's stable UID), with what a calendar needs to answer
it: the coordinator as ORGANIZER (CN and mailto) and the addressee as the only ATTENDEE
(`CN=…;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:…`), so that no member sees
another's address. The SEQUENCE is the invitations' own (`services/calendar_sequence.py`),
which rises only for changes an attendee must answer again; DTSTAMP is when the invitation is
written, so a later one with the same SEQUENCE (a new agenda) still replaces an earlier one.

A cancellation is METHOD:CANCEL with the same UID, a SEQUENCE above the last invitation's (the
status change raised it) and STATUS:CANCELLED.

Parameter values are written without double quotes and carets: icalendar would encode them
the RFC 6868 way (^' and ^^), which Outlook shows as typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event, vCalAddress

from coordinator_app.domain.itip import CALENDAR_STATUS
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.exchange.ics_export import (
    PRODID,
    ZONE,
    _description,
    _location,
    _one_line,
    _summary,
    _Text,
    _utc,
    copenhagen_timezone,
    ics_texts,
)

REQUEST = "REQUEST"
CANCEL = "CANCEL"
_MAX_NAME = 200


@dataclass(frozen=True)
class Party:
    """The organizer or an attendee: a display name and an e-mail address."""

    name: str
    email: str


def _param_text(text: str) -> str:
    """A name as a parameter value: one line, no double quote, no caret (see the module)."""
    return _one_line(text).replace('"', "'").replace("^", "")[:_MAX_NAME].strip()


def _address(party: Party, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{''.join(party.email.split())}")
    if name := _param_text(party.name):
        address.params["CN"] = name
    for key, value in params.items():
        address.params[key.replace("_", "-")] = value
    return address


def invitation_event(
    document: MeetingDocument,
    *,
    method: str,
    sequence: int,
    organizer: Party,
    attendee: Party,
    lang: str,
    stamp: dt.datetime,
) -> Event:
    """The VEVENT of one member's invitation (`method` REQUEST) or cancellation (CANCEL)."""
    texts = ics_texts(lang)
    event = Event()
    event.add(
        "UID", _one_line(document.ical_uid) or f"meeting-{document.meeting_id}@coordinator-app"
    )
    event.add("SEQUENCE", max(0, sequence))
    event.add("DTSTAMP", _utc(stamp))
    start = dt.datetime.combine(document.date, document.start_time, ZONE)
    end = dt.datetime.combine(document.date, document.end_time, ZONE)
    event.add("DTSTART", start)
    if end > start:
        event.add("DTEND", end)
    event.add("SUMMARY", _Text(_summary(document)))
    if location := _location(document):
        event.add("LOCATION", _Text(location))
    if description := _description(document, texts):
        event.add("DESCRIPTION", _Text(description))
    event.add("ORGANIZER", _address(organizer))
    if method == CANCEL:
        event.add("ATTENDEE", _address(attendee, ROLE="REQ-PARTICIPANT"))
        event.add("STATUS", "CANCELLED")
    else:
        event.add(
            "ATTENDEE",
            _address(attendee, ROLE="REQ-PARTICIPANT", PARTSTAT="NEEDS-ACTION", RSVP="TRUE"),
        )
        event.add("STATUS", CALENDAR_STATUS[document.status])
    event.add("TRANSP", "OPAQUE")
    if document.updated_at is not None:
        event.add("LAST-MODIFIED", _utc(document.updated_at))
    return event


def invitation_calendar(
    document: MeetingDocument,
    *,
    method: str,
    sequence: int,
    organizer: Party,
    attendee: Party,
    lang: str,
    stamp: dt.datetime,
) -> bytes:
    """The VCALENDAR of one member's invitation or cancellation (UTF-8, CRLF, folded lines).

    Raises ValueError for a `method` other than REQUEST and CANCEL.
    """
    if method not in (REQUEST, CANCEL):
        raise ValueError(f"an invitation is a REQUEST or a CANCEL, not {method!r}")
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    calendar.add_component(copenhagen_timezone(document.date.year, document.date.year))
    calendar.add_component(
        invitation_event(
            document,
            method=method,
            sequence=sequence,
            organizer=organizer,
            attendee=attendee,
            lang=lang,
            stamp=stamp,
        )
    )
    # In the order written: the parameters as RFC 5546's examples give them.
    data: bytes = calendar.to_ical(sorted=False)
    return data
