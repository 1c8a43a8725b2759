"""Meetings as an iCalendar file (RFC 5545) that Outlook, Google, Apple and Thunderbird import.

Every event is in Copenhagen time (TZID=Europe/Copenhagen) and the file carries its own
VTIMEZONE, written the way Outlook, Google and Thunderbird write it: one DAYLIGHT and one
STANDARD observance with a yearly RRULE. icalendar's own generator (`Timezone.from_tzid`) lists
each switch as an RDATE, which Outlook ignores (summer events move an hour), and dates the spring
switch 03:00 instead of 02:00 local time. The RRULE form is checked against tzdata for the years
exported; should the Danish rules ever change, icalendar's generator is used instead.

A meeting keeps its UID across exports and its SEQUENCE rises when it changes, so importing a
newer file updates the entries instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur, vText

from coordinator_app.domain.dates import format_time_span
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument
from coordinator_app.exchange.pdf_common import clean_text, write_private_file

PRODID = "-//Coordinator App//Coordinator//DA"
TZID = "Europe/Copenhagen"
ZONE = ZoneInfo(TZID)

_STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class IcsTexts:
    """The words of an event description in one language."""

    lang: str
    theme: str
    host: str
    agenda: str


_TEXTS = {
    "da": IcsTexts(lang="da", theme="Tema", host="Vært", agenda="Dagsorden"),
    "en": IcsTexts(lang="en", theme="Theme", host="Host", agenda="Agenda"),
}


def ics_texts(lang: str) -> IcsTexts:
    """Danish for any `lang` starting with "da", English otherwise."""
    return _TEXTS["da" if lang.lower().startswith("da") else "en"]


# --- time zone -------------------------------------------------------------------------------

# Denmark has followed the EU rule since 1996: summer time (CEST, +02:00) from the last Sunday
# of March to the last Sunday of October, switching at 01:00 UTC both times.
_EU_RULE_SINCE = 1996
_CET = dt.timedelta(hours=1)
_CEST = dt.timedelta(hours=2)
_SWITCH_UTC = dt.time(1)


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _eu_rule_offset(moment: dt.datetime) -> dt.timedelta:
    """Copenhagen's UTC offset at the aware instant `moment` under the EU rule."""
    year = moment.astimezone(dt.UTC).year
    summer = dt.datetime.combine(_last_sunday(year, 3), _SWITCH_UTC, dt.UTC)
    winter = dt.datetime.combine(_last_sunday(year, 10), _SWITCH_UTC, dt.UTC)
    return _CEST if summer <= moment < winter else _CET


def _probes(first_year: int, last_year: int) -> Iterator[dt.datetime]:
    """Instants that catch any departure from the EU rule: every 12 hours, and the second
    before and of each switch (so a switch moved by even an hour on the same day shows)."""
    moment = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    while moment.year <= last_year:
        yield moment
        moment += dt.timedelta(hours=12)
    for year in range(first_year, last_year + 1):
        for month in (3, 10):
            switch = dt.datetime.combine(_last_sunday(year, month), _SWITCH_UTC, dt.UTC)
            yield switch - dt.timedelta(seconds=1)
            yield switch


@cache
def eu_rule_holds(first_year: int, last_year: int, zone: dt.tzinfo = ZONE) -> bool:
    """Whether `zone` (tzdata's Europe/Copenhagen) follows the EU rule throughout these years."""
    if first_year < _EU_RULE_SINCE:
        return False
    return all(
        moment.astimezone(zone).utcoffset() == _eu_rule_offset(moment)
        for moment in _probes(first_year, last_year)
    )


def _observance(
    kind: type[TimezoneStandard | TimezoneDaylight],
    name: str,
    offset_from: dt.timedelta,
    offset_to: dt.timedelta,
    month: int,
) -> TimezoneStandard | TimezoneDaylight:
    part = kind()
    part.add("TZNAME", name)
    part.add("TZOFFSETFROM", offset_from)
    part.add("TZOFFSETTO", offset_to)
    # The onset is the local wall time *before* the switch (RFC 5545, 3.6.5): 02:00 in March,
    # 03:00 in October.
    switch_utc = dt.datetime.combine(_last_sunday(_EU_RULE_SINCE, month), _SWITCH_UTC)
    part.add("DTSTART", switch_utc + offset_from)
    part.add("RRULE", vRecur(freq="YEARLY", bymonth=month, byday="-1SU"))
    return part


def copenhagen_timezone(first_year: int, last_year: int, *, zone: dt.tzinfo = ZONE) -> Timezone:
    """The VTIMEZONE for Europe/Copenhagen, valid at least from `first_year` to `last_year`.

    `zone` is where the rules come from: tzdata, unless a test passes other rules.
    """
    if not eu_rule_holds(first_year, last_year, zone):
        return Timezone.from_tzinfo(
            zone, TZID, dt.date(first_year, 1, 1), dt.date(last_year + 1, 1, 1)
        )
    vtimezone = Timezone()
    vtimezone.add("TZID", TZID)
    vtimezone.add("X-LIC-LOCATION", TZID)
    vtimezone.add_component(_observance(TimezoneDaylight, "CEST", _CET, _CEST, 3))
    vtimezone.add_component(_observance(TimezoneStandard, "CET", _CEST, _CET, 10))
    return vtimezone


# --- text ------------------------------------------------------------------------------------


class _Text(vText):
    """TEXT escaped exactly as RFC 5545 section 3.3.11 says.

    icalendar's own escaping first turns a literal backslash-N into a line break, so a theme a
    user typed as "C:\\Net" would arrive in the calendar split over two lines.
    """

    def to_ical(self) -> bytes:
        text = (
            str(self)
            .replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\r\n", "\n")
            .replace("\r", "\n")
            .replace("\n", "\\n")
        )
        return text.encode("utf-8")


def _one_line(value: str, separator: str = " ") -> str:
    """`value` without control characters, its non-blank lines joined by `separator`."""
    lines = (line.strip() for line in clean_text(value).split("\n"))
    return separator.join(line for line in lines if line)


def _summary(meeting: MeetingDocument) -> str:
    group, theme = _one_line(meeting.group_name), _one_line(meeting.theme)
    return f"{group}: {theme}" if group and theme else group or theme


def _location(meeting: MeetingDocument) -> str:
    """Host name and address on one line ("Fjordbanken A/S, Strandvejen 112, 2900 Hellerup")."""
    parts = (_one_line(meeting.host_name, ", "), _one_line(meeting.host_address, ", "))
    return ", ".join(part for part in parts if part)


def _agenda_line(line: AgendaLine, lang: str) -> str:
    who = ", ".join(
        part for part in (_one_line(line.speaker), _one_line(line.speaker_organisation)) if part
    )
    text = f"{format_time_span(line.start, line.end, lang)}  {_one_line(line.title)}"
    return f"{text} ({who})" if who else text


def _description(meeting: MeetingDocument, texts: IcsTexts) -> str:
    lines: list[str] = []
    if theme := _one_line(meeting.theme):
        lines.append(f"{texts.theme}: {theme}")
    if _one_line(meeting.host_name) and (location := _location(meeting)):
        lines.append(f"{texts.host}: {location}")
    if meeting.agenda:
        if lines:
            lines.append("")
        lines.append(f"{texts.agenda}:")
        lines.extend(_agenda_line(line, texts.lang) for line in meeting.agenda)
    return "\n".join(lines)


# --- calendar --------------------------------------------------------------------------------


def _utc(moment: dt.datetime) -> dt.datetime:
    """`moment` in UTC to the second; a naive value is taken to be UTC already (as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _event(meeting: MeetingDocument, texts: IcsTexts, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("UID", _one_line(meeting.ical_uid) or f"meeting-{meeting.meeting_id}@coordinator-app")
    event.add("SEQUENCE", max(0, meeting.ical_sequence))
    event.add("DTSTAMP", stamp)
    if meeting.updated_at is not None:
        event.add("LAST-MODIFIED", _utc(meeting.updated_at))
    start = dt.datetime.combine(meeting.date, meeting.start_time, ZONE)
    end = dt.datetime.combine(meeting.date, meeting.end_time, ZONE)
    event.add("DTSTART", start)
    # An end before the start is a data error; without DTEND the event is a moment (RFC 5545).
    if end > start:
        event.add("DTEND", end)
    event.add("SUMMARY", _Text(_summary(meeting)))
    if location := _location(meeting):
        event.add("LOCATION", _Text(location))
    if description := _description(meeting, texts):
        event.add("DESCRIPTION", _Text(description))
    event.add("STATUS", _STATUS[meeting.status])
    event.add("TRANSP", "OPAQUE")
    return event


def meetings_calendar(
    meetings: Sequence[MeetingDocument],
    *,
    lang: str,
    stamp: dt.datetime,
    calendar_name: str = "",
) -> bytes:
    """The meetings as one VCALENDAR (UTF-8, CRLF, folded lines), descriptions in `lang`.

    `stamp` becomes every event's DTSTAMP. The VTIMEZONE is included even without meetings, so
    the file always holds the one component RFC 5545 asks for.
    """
    texts = ics_texts(lang)
    stamp = _utc(stamp)
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    if name := _one_line(calendar_name):
        calendar.calendar_name = name  # NAME (RFC 7986) and X-WR-CALNAME
    years = [meeting.date.year for meeting in meetings] or [stamp.year]
    calendar.add_component(copenhagen_timezone(min(years), max(years)))
    for meeting in meetings:
        calendar.add_component(_event(meeting, texts, stamp))
    data: bytes = calendar.to_ical()
    return data


def write_meetings_ics(
    meetings: Sequence[MeetingDocument],
    out: Path,
    *,
    lang: str,
    stamp: dt.datetime,
    calendar_name: str = "",
) -> None:
    """Write `meetings_calendar(...)` to `out` atomically, readable only by the user."""
    data = meetings_calendar(meetings, lang=lang, stamp=stamp, calendar_name=calendar_name)
    write_private_file(out, data)
