"""Tests for the iCalendar export of meetings: read back with icalendar and, as a second
opinion, with vobject; compared with what Outlook and Google write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import stat
import struct
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import vobject
from hypothesis import given, settings, strategies as st
from icalendar import Calendar, Event, Timezone

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument
from coordinator_app.exchange.ics_export import (
    PRODID,
    copenhagen_timezone,
    eu_rule_holds,
    meetings_calendar,
    write_meetings_ics,
)
from coordinator_app.exchange.pdf_common import clean_text

ICS_SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "ics"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
STAMP = dt.datetime(2026, 11, 20, 8, 15, 0, tzinfo=dt.UTC)
UID = "4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app"

AGENDA = (
    AgendaLine(dt.time(9, 30), dt.time(10, 0), 30, "Ankomst og kaffe", AgendaKind.ARRIVAL),
    AgendaLine(
        dt.time(10, 0),
        dt.time(10, 45),
        45,
        "Zero trust i praksis",
        AgendaKind.TALK,
        speaker="Łukasz Żółć",
        speaker_organisation="Fjordbanken A/S",
    ),
    AgendaLine(
        dt.time(10, 45), dt.time(11, 0), 15, "Kaffepause", AgendaKind.BREAK, speaker="Åse Ørum"
    ),
    AgendaLine(
        dt.time(11, 0),
        dt.time(12, 0),
        60,
        "Rundvisning",
        AgendaKind.TOUR,
        speaker_organisation="Værtsfirmaet",
    ),
)


def _meeting(**changes: Any) -> MeetingDocument:
    meeting = MeetingDocument(
        meeting_id=7,
        ical_uid=UID,
        ical_sequence=3,
        group_name="Netværk Øst",
        date=dt.date(2027, 1, 12),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="Digital sikkerhed",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        agenda=AGENDA,
        updated_at=dt.datetime(2026, 11, 3, 14, 5, 9, 123456),
    )
    return dataclasses.replace(meeting, **changes)


def _export(meetings: list[MeetingDocument], *, lang: str = "da", name: str = "") -> bytes:
    return meetings_calendar(meetings, lang=lang, stamp=STAMP, calendar_name=name)


def _parse(data: bytes) -> Calendar:
    calendar: Calendar = Calendar.from_ical(data)
    return calendar


def _events(data: bytes) -> list[Event]:
    return [event for event in _parse(data).walk("VEVENT") if isinstance(event, Event)]


def _event(meeting: MeetingDocument, *, lang: str = "da") -> Event:
    (event,) = _events(_export([meeting], lang=lang))
    return event


def _vobject_read(data: bytes) -> Any:
    """The file as vobject reads it, with Europe/Copenhagen built from this file's VTIMEZONE.

    vobject keeps the first VTIMEZONE it meets per TZID for the rest of the process (and falls
    back to pytz without one), so an earlier file's definition is dropped first.
    """
    vars(vobject.icalendar)["__tzidMap"].pop("Europe/Copenhagen", None)
    return vobject.readOne(data.decode())


def _flat(text: str, separator: str = " ") -> str:
    """What the export makes of free text on a one-line property."""
    lines = (line.strip() for line in clean_text(text).split("\n"))
    return separator.join(line for line in lines if line)


# --- calendar and event properties -----------------------------------------------------------


def test_calendar_header() -> None:
    calendar = _parse(_export([_meeting()], name="Netværk Øst 2027"))
    assert calendar.name == "VCALENDAR"
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Netværk Øst 2027"
    assert str(calendar["NAME"]) == "Netværk Øst 2027"


def test_calendar_name_left_out_when_not_given() -> None:
    calendar = _parse(_export([_meeting()]))
    assert "X-WR-CALNAME" not in calendar
    assert "NAME" not in calendar


def test_event_properties() -> None:
    event = _event(_meeting())
    assert str(event["UID"]) == UID
    assert event.decoded("SEQUENCE") == 3
    assert event.decoded("DTSTAMP") == STAMP
    assert event.decoded("LAST-MODIFIED") == dt.datetime(2026, 11, 3, 14, 5, 9, tzinfo=dt.UTC)
    assert str(event["SUMMARY"]) == "Netværk Øst: Digital sikkerhed"
    assert str(event["LOCATION"]) == "Fjordbanken A/S, Strandvejen 112, 2900 Hellerup"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["TRANSP"]) == "OPAQUE"
    assert "CLASS" not in event
    assert event.decoded("DTSTART") == dt.datetime(2027, 1, 12, 9, 30, tzinfo=COPENHAGEN)
    assert event.decoded("DTEND") == dt.datetime(2027, 1, 12, 16, 0, tzinfo=COPENHAGEN)
    assert event["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert event["DTEND"].params["TZID"] == "Europe/Copenhagen"


def test_uid_is_stable_and_sequence_as_given() -> None:
    first = _event(_meeting(ical_sequence=0))
    later = _events(
        meetings_calendar(
            [_meeting(ical_sequence=5, theme="Nyt tema")],
            lang="da",
            stamp=STAMP + dt.timedelta(days=30),
        )
    )[0]
    assert str(first["UID"]) == str(later["UID"]) == UID
    assert (first.decoded("SEQUENCE"), later.decoded("SEQUENCE")) == (0, 5)


def test_same_input_gives_the_same_bytes() -> None:
    meetings = [_meeting(), _meeting(meeting_id=8, ical_uid="other@coordinator-app")]
    assert _export(meetings, name="X") == _export(meetings, name="X")


def test_last_modified_is_utc_and_left_out_without_updated_at() -> None:
    aware = dt.datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN)
    event = _event(_meeting(updated_at=aware))
    assert event.decoded("LAST-MODIFIED") == dt.datetime(2026, 7, 1, 10, 0, tzinfo=dt.UTC)
    assert b"LAST-MODIFIED:20260701T100000Z\r\n" in _export([_meeting(updated_at=aware)])
    assert "LAST-MODIFIED" not in _event(_meeting(updated_at=None))


def test_stamp_in_another_zone_is_written_as_utc() -> None:
    stamp = dt.datetime(2026, 11, 20, 9, 15, tzinfo=COPENHAGEN)
    data = meetings_calendar([_meeting()], lang="da", stamp=stamp)
    assert b"DTSTAMP:20261120T081500Z\r\n" in data


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (MeetingStatus.PLANNED, "TENTATIVE"),
        (MeetingStatus.CONFIRMED, "CONFIRMED"),
        (MeetingStatus.HELD, "CONFIRMED"),
        (MeetingStatus.CANCELLED, "CANCELLED"),
    ],
)
def test_status(status: MeetingStatus, expected: str) -> None:
    assert str(_event(_meeting(status=status))["STATUS"]) == expected


def test_summary_without_theme_is_the_group_name() -> None:
    assert str(_event(_meeting(theme=""))["SUMMARY"]) == "Netværk Øst"


def test_location_left_out_without_host_and_address() -> None:
    event = _event(_meeting(host_name="", host_address=""))
    assert "LOCATION" not in event
    assert "Vært:" not in str(event["DESCRIPTION"])


def test_location_with_address_only() -> None:
    event = _event(_meeting(host_name="", host_address="  Strandvejen 112\r\n\r\n2900 Hellerup "))
    assert str(event["LOCATION"]) == "Strandvejen 112, 2900 Hellerup"
    assert "Vært:" not in str(event["DESCRIPTION"])


def test_end_before_start_leaves_dtend_out() -> None:
    event = _event(_meeting(start_time=dt.time(10, 0), end_time=dt.time(9, 0)))
    assert "DTEND" not in event
    assert event.decoded("DTSTART") == dt.datetime(2027, 1, 12, 10, 0, tzinfo=COPENHAGEN)


def test_empty_uid_falls_back_to_a_stable_one() -> None:
    assert str(_event(_meeting(ical_uid=""))["UID"]) == "meeting-7@coordinator-app"


# --- descriptions ----------------------------------------------------------------------------


def test_danish_description() -> None:
    assert str(_event(_meeting(), lang="da")["DESCRIPTION"]) == (
        "Tema: Digital sikkerhed\n"
        "Vært: Fjordbanken A/S, Strandvejen 112, 2900 Hellerup\n"
        "\n"
        "Dagsorden:\n"
        "09.30–10.00  Ankomst og kaffe\n"
        "10.00–10.45  Zero trust i praksis (Łukasz Żółć, Fjordbanken A/S)\n"
        "10.45–11.00  Kaffepause (Åse Ørum)\n"
        "11.00–12.00  Rundvisning (Værtsfirmaet)"
    )


def test_english_description() -> None:
    description = str(_event(_meeting(), lang="en")["DESCRIPTION"])
    assert description.splitlines()[:4] == [
        "Theme: Digital sikkerhed",
        "Host: Fjordbanken A/S, Strandvejen 112, 2900 Hellerup",
        "",
        "Agenda:",
    ]
    assert "10:00–10:45  Zero trust i praksis (Łukasz Żółć, Fjordbanken A/S)" in description


@pytest.mark.parametrize(("lang", "header"), [("da-DK", "Dagsorden:"), ("sv", "Agenda:")])
def test_language_choice(lang: str, header: str) -> None:
    assert header in str(_event(_meeting(), lang=lang)["DESCRIPTION"]).splitlines()


def test_description_without_theme_host_or_agenda() -> None:
    bare = _meeting(theme="", host_name="", host_address="", agenda=())
    assert "DESCRIPTION" not in _event(bare)
    only_agenda = _event(dataclasses.replace(bare, agenda=AGENDA[:1]))
    assert str(only_agenda["DESCRIPTION"]) == "Dagsorden:\n09.30–10.00  Ankomst og kaffe"


# --- text safety and file format -------------------------------------------------------------


def test_non_ascii_names_round_trip_as_utf8() -> None:
    meeting = _meeting(
        group_name="Æblegruppen",
        theme="Sikkerhed på tværs – øst og vest",
        host_name="Łukasz Żółć ApS",
    )
    data = _export([meeting])
    assert "Łukasz Żółć ApS".encode() in data
    event = _events(data)[0]
    assert str(event["SUMMARY"]) == "Æblegruppen: Sikkerhed på tværs – øst og vest"
    assert str(event["LOCATION"]).startswith("Łukasz Żółć ApS, ")


def test_control_characters_are_stripped() -> None:
    meeting = _meeting(
        theme="Dig\x00ital\x07 sik\x1bker\x7fhed\u0085",
        group_name="Net\tværk\nØst",
        agenda=(dataclasses.replace(AGENDA[1], title="Zero\x0btrust\x1f"),),
    )
    data = _export([meeting])
    assert not any(byte < 0x20 and byte not in b"\r\n" for byte in data)
    event = _events(data)[0]
    assert str(event["SUMMARY"]) == "Net værk Øst: Digital sikkerhed"
    assert "10.00–10.45  Zero trust (Łukasz Żółć" in str(event["DESCRIPTION"])


def test_crlf_line_endings_and_folded_lines() -> None:
    long_title = "Meget lang overskrift med æøå og Łukasz Żółć " * 12
    meeting = _meeting(theme=long_title, agenda=(dataclasses.replace(AGENDA[0], title=long_title),))
    data = _export([meeting, _meeting(meeting_id=8, ical_uid="x@y")], name="Æ" * 60)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # folding happened
    for line in lines:
        line.decode("utf-8")  # folds never split a character
    assert str(_events(data)[0]["SUMMARY"]) == f"Netværk Øst: {long_title.strip()}"


def test_empty_meeting_list_is_a_valid_calendar() -> None:
    data = _export([])
    calendar = _parse(data)
    assert calendar.walk("VEVENT") == []
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Copenhagen"]
    calendar.validate()  # at least one component, PRODID, VERSION
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert _vobject_read(data).name == "VCALENDAR"


def test_write_meetings_ics(tmp_path: Path) -> None:
    out = tmp_path / "moeder.ics"
    write_meetings_ics([_meeting()], out, lang="en", stamp=STAMP, calendar_name="N")
    assert out.read_bytes() == meetings_calendar(
        [_meeting()], lang="en", stamp=STAMP, calendar_name="N"
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# --- time zone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "utc"),
    [
        (dt.date(2027, 1, 12), dt.datetime(2027, 1, 12, 8, 30, tzinfo=dt.UTC)),
        (dt.date(2027, 6, 15), dt.datetime(2027, 6, 15, 7, 30, tzinfo=dt.UTC)),
    ],
)
def test_dtstart_offset_winter_and_summer(day: dt.date, utc: dt.datetime) -> None:
    data = _export([_meeting(date=day)])
    assert f"DTSTART;TZID=Europe/Copenhagen:{day:%Y%m%d}T093000\r\n".encode() in data
    start = _events(data)[0].decoded("DTSTART")
    assert start.astimezone(dt.UTC) == utc
    # vobject builds its time zone from the VTIMEZONE in the file, not from tzdata.
    vstart = _vobject_read(data).vevent.dtstart.value
    assert isinstance(vstart, dt.datetime)
    assert repr(vstart.tzinfo) == "<tzicalvtz 'Europe/Copenhagen'>"
    assert (vstart.hour, vstart.minute) == (9, 30)
    assert vstart.astimezone(dt.UTC) == utc
    assert vstart.utcoffset() == dt.timedelta(hours=1 if day.month == 1 else 2)


def test_vobject_reads_the_same_text() -> None:
    data = _export([_meeting()])
    vevent = _vobject_read(data).vevent
    event = _events(data)[0]
    for name in ("summary", "location", "description", "uid", "status"):
        assert getattr(vevent, name).value == str(event[name.upper()])


def test_vtimezone_shape() -> None:
    data = _export([_meeting(), _meeting(meeting_id=8, ical_uid="b@c", date=dt.date(2028, 6, 1))])
    calendar = _parse(data)
    (timezone,) = calendar.timezones
    assert timezone.tz_name == "Europe/Copenhagen"
    assert [(s.name, str(s["TZNAME"])) for s in timezone.subcomponents] == [
        ("DAYLIGHT", "CEST"),
        ("STANDARD", "CET"),
    ]
    assert [dict(s.decoded("RRULE")) for s in timezone.subcomponents] == [
        {"FREQ": ["YEARLY"], "BYDAY": ["-1SU"], "BYMONTH": [3]},
        {"FREQ": ["YEARLY"], "BYDAY": ["-1SU"], "BYMONTH": [10]},
    ]
    assert b"RDATE" not in data  # Outlook ignores RDATE in a VTIMEZONE
    # The VTIMEZONE comes before the events that use it.
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT", "VEVENT"]
    assert calendar.get_missing_tzids() == set()


def test_vtimezone_agrees_with_tzdata_every_hour() -> None:
    # Built from the VTIMEZONE alone (not looked up by its TZID), as a client without tzdata
    # would; the switch must fall at 01:00 UTC, with DTSTART in the local time before it.
    (timezone,) = _parse(_export([_meeting()])).timezones
    embedded = timezone.to_tz(lookup_tzid=False)
    moment = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    while moment.year < 2029:
        assert moment.astimezone(embedded).utcoffset() == moment.astimezone(COPENHAGEN).utcoffset()
        moment += dt.timedelta(hours=1)


def _posix_zone(rule: str) -> ZoneInfo:
    """A Europe/Copenhagen whose rules are the POSIX TZ string `rule` (a TZif file with no
    transitions, only the footer), standing in for a future tzdata."""
    block = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    block += struct.pack(">lBB", 3600, 0, 0) + b"CET\0"
    data = block + block + b"\n" + rule.encode() + b"\n"
    return ZoneInfo.from_file(io.BytesIO(data), key="Europe/Copenhagen")


@pytest.mark.parametrize(
    ("rule", "holds"),
    [
        ("CET-1CEST,M3.5.0,M10.5.0/3", True),  # today's rule
        ("CET-1CEST,M3.5.0/3,M10.5.0/4", False),  # the switch an hour later
        ("CET-1CEST,M3.5.0,M10.4.0/3", False),  # back to winter time a week early
        ("CET-1", False),  # summer time abolished
    ],
)
def test_eu_rule_check(rule: str, holds: bool) -> None:
    assert eu_rule_holds(2027, 2028, _posix_zone(rule)) is holds


def test_vtimezone_falls_back_when_the_rule_changes() -> None:
    timezone = copenhagen_timezone(2027, 2028, zone=_posix_zone("CET-1"))
    assert timezone.tz_name == "Europe/Copenhagen"
    assert timezone.daylight == []
    assert {part.decoded("TZOFFSETTO") for part in timezone.standard} == {dt.timedelta(hours=1)}


def test_vtimezone_falls_back_before_the_eu_rule() -> None:
    assert eu_rule_holds(1996, 2040)
    assert not eu_rule_holds(1995, 2027)  # the RRULE form starts in 1996
    timezone = copenhagen_timezone(1990, 1991)
    assert timezone.standard
    assert timezone.daylight
    assert "RRULE" not in timezone.standard[0]  # icalendar's generator lists dates instead
    data = _export([_meeting(date=dt.date(1990, 7, 3))])
    assert _events(data)[0].decoded("DTSTART").utcoffset() == dt.timedelta(hours=2)
    assert _vobject_read(data).vevent.dtstart.value.utcoffset() == dt.timedelta(hours=2)


# --- compared with real clients --------------------------------------------------------------


def _observances(timezone: Timezone) -> set[tuple[str, str, dt.time, dt.timedelta, dt.timedelta]]:
    """Each observance as (kind, rule, onset time, offset from, offset to), years left out."""
    return {
        (
            part.name,
            part.decoded("RRULE").to_ical().decode().replace("INTERVAL=1;", ""),
            part.decoded("DTSTART").time(),
            part.decoded("TZOFFSETFROM"),
            part.decoded("TZOFFSETTO"),
        )
        for part in timezone.subcomponents
    }


@pytest.mark.parametrize(
    "sample", ["outlook2010_w_europe_invite.ics", "google_calendar_alarms.ics"]
)
def test_same_vtimezone_structure_as_real_clients(sample: str) -> None:
    raw = (ICS_SAMPLES / sample).read_bytes()
    assert b"\r\n" in raw, f"{sample} lost its CRLF line endings"
    theirs = _parse(raw)
    ours = _parse(_export([_meeting()], name="Netværk Øst"))
    assert _observances(ours.timezones[0]) == _observances(theirs.timezones[0])
    their_event = theirs.walk("VEVENT")[0]
    if "TZID" in their_event["DTSTART"].params:  # Outlook: local time with a TZID, as ours
        assert their_event["DTSTART"].params["TZID"] == theirs.timezones[0].tz_name
        assert ours.walk("VEVENT")[0]["DTSTART"].params["TZID"] == ours.timezones[0].tz_name
    else:  # Google's calendar header: the same properties as ours
        for name in ("PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME"):
            assert name in theirs
            assert name in ours
        assert str(theirs["METHOD"]) == str(ours["METHOD"]) == "PUBLISH"


# --- any text --------------------------------------------------------------------------------

_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=120)


@settings(max_examples=150, deadline=None)
@given(
    group=_ANY_TEXT,
    theme=_ANY_TEXT,
    title=_ANY_TEXT,
    speaker=_ANY_TEXT,
    address=_ANY_TEXT,
    name=_ANY_TEXT,
)
def test_any_text_round_trips(
    group: str, theme: str, title: str, speaker: str, address: str, name: str
) -> None:
    line = dataclasses.replace(AGENDA[0], title=title, speaker=speaker)
    meeting = _meeting(
        group_name=group, theme=theme, host_name="", host_address=address, agenda=(line,)
    )
    data = _export([meeting], name=name)
    assert max(len(raw) for raw in data.split(b"\r\n")) <= 75
    calendar = _parse(data)
    (event,) = calendar.walk("VEVENT")
    summary = ": ".join(part for part in (_flat(group), _flat(theme)) if part)
    assert str(event["SUMMARY"]) == summary
    assert str(event.get("LOCATION", "")) == _flat(address, ", ")
    assert str(calendar.get("X-WR-CALNAME", "")) == _flat(name)
    agenda_line = f"09.30–10.00  {_flat(title)}" + (
        f" ({_flat(speaker)})" if _flat(speaker) else ""
    )
    assert agenda_line in str(event["DESCRIPTION"]).split("\n")


def test_a_literal_backslash_n_stays_text() -> None:
    # icalendar's own escaping reads a typed "\N" as a line break; ours keeps the text.
    theme = "Stier som C:\\Net\\Nyt; a, b"
    meeting = dataclasses.replace(_meeting(), theme=theme)
    data = meetings_calendar([meeting], lang="da", stamp=STAMP)
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]).endswith(theme)
    assert str(event["DESCRIPTION"]).splitlines()[0].endswith(theme)
