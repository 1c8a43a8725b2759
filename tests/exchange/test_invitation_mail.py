"""The invitations as drafts: one per member, the MIME structure calendar programs recognise,
and an iTIP REQUEST (or CANCEL) that python-icalendar reads back as meant.

The shape is the one Outlook and Gmail send (tests/data/samples/ics/outlook2010_w_europe_invite.ics
is an Outlook REQUEST): multipart/mixed → [multipart/alternative → (text/plain,
text/calendar; method=REQUEST; charset=utf-8), invite.ics, the agenda PDF].
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument
from coordinator_app.exchange.invitation_mail import (
    Invitation,
    draft_file_names,
    invitation_eml,
    invitation_files,
    write_invitation_files,
)
from coordinator_app.exchange.itip_invitation import Party

STAMP = dt.datetime(2026, 11, 20, 8, 15, 0, tzinfo=dt.UTC)
UID = "4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app"
ORGANIZER = Party("Søren Østergaard", "soeren@example.dk")
ANNA = Party("Anna Jensen", "anna@example.dk")
OTHERS = (
    Party('Jensen, "Bo" Ærø', "Bo.Jensen@Example.DK"),
    Party("Łukasz Żółć", "lukasz@xn--rksmrgs-5wao1o.example"),
)
PDF = b"%PDF-1.4\n% agenda\n"


def _document(**changes: Any) -> MeetingDocument:
    document = MeetingDocument(
        meeting_id=7,
        ical_uid=UID,
        ical_sequence=9,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="NIS2 i praksis",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        agenda=(
            AgendaLine(dt.time(9, 30), dt.time(10, 0), 30, "Ankomst og kaffe", AgendaKind.ARRIVAL),
        ),
        coordinator_name=ORGANIZER.name,
        coordinator_email=ORGANIZER.email,
    )
    return dataclasses.replace(document, **changes)


def _draft(
    attendee: Party = ANNA,
    *,
    sequence: int = 2,
    cancelled: bool = False,
    lang: str = "da",
    pdf: bytes | None = PDF,
    **changes: Any,
) -> bytes:
    return invitation_eml(
        Invitation(_document(**changes), sequence, cancelled, ORGANIZER, attendee),
        lang=lang,
        stamp=STAMP,
        agenda_pdf=pdf,
    )


def _message(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _event(data: bytes) -> tuple[Calendar, Any]:
    message = _message(data)
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    calendar = Calendar.from_ical(payload)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def test_the_mime_structure_is_the_one_calendar_programs_recognise() -> None:
    message = _message(_draft())
    assert message.get_content_type() == "multipart/mixed"
    alternative, invite, agenda = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, calendar = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content_charset() == "utf-8"
    assert not calendar.is_attachment()
    assert (invite.get_content_type(), invite.get_filename()) == ("application/ics", "invite.ics")
    assert invite.get_payload(decode=True) == calendar.get_payload(decode=True)
    assert (agenda.get_content_type(), agenda.get_filename()) == (
        "application/pdf",
        "IT Drift 2027-03-09.pdf",
    )
    assert agenda.get_payload(decode=True) == PDF
    assert message["X-Unsent"] == "1"
    assert message["MIME-Version"] == "1.0"
    assert all(part["MIME-Version"] is None for part in message.walk() if part is not message)


def test_the_draft_goes_from_the_coordinator_to_the_member_alone() -> None:
    data = _draft()
    message = _message(data)
    [sender] = message["From"].addresses
    [recipient] = message["To"].addresses
    assert (sender.display_name, sender.addr_spec) == (ORGANIZER.name, ORGANIZER.email)
    assert (recipient.display_name, recipient.addr_spec) == (ANNA.name, ANNA.email)
    assert message["Cc"] is None and message["Bcc"] is None
    for other in OTHERS:
        assert other.email.split("@")[0].lower().encode() not in data.lower()


def test_the_calendar_is_an_itip_request_with_one_attendee() -> None:
    calendar, event = _event(_draft(sequence=2))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]
    assert str(calendar.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Copenhagen"
    assert str(event["UID"]) == UID
    assert int(str(event["SEQUENCE"])) == 2  # the invitations' own, not the year plan's 9
    assert event.decoded("DTSTAMP") == STAMP
    start = event.decoded("DTSTART")
    assert (start.isoformat(), str(event["DTSTART"].params["TZID"])) == (
        "2027-03-09T09:30:00+01:00",
        "Europe/Copenhagen",
    )
    assert str(event["LOCATION"]) == "Fjordbanken A/S, Strandvejen 112, 2900 Hellerup"
    assert str(event["STATUS"]) == "CONFIRMED"
    organizer = event["ORGANIZER"]
    assert (str(organizer), organizer.params["CN"]) == ("mailto:soeren@example.dk", ORGANIZER.name)
    attendee = event["ATTENDEE"]
    assert not isinstance(attendee, list)
    assert str(attendee) == "mailto:anna@example.dk"
    assert dict(attendee.params) == {
        "CN": "Anna Jensen",
        "ROLE": "REQ-PARTICIPANT",
        "PARTSTAT": "NEEDS-ACTION",
        "RSVP": "TRUE",
    }


def test_the_attendee_line_is_written_as_rfc_5546_gives_it() -> None:
    message = _message(_draft())
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    unfolded = payload.replace(b"\r\n ", b"")
    assert (
        b'ATTENDEE;CN="Anna Jensen";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        b"mailto:anna@example.dk\r\n" in unfolded
    )
    assert b'ORGANIZER;CN="S\xc3\xb8ren \xc3\x98stergaard":mailto:soeren@example.dk\r\n' in unfolded


@pytest.mark.parametrize("attendee", OTHERS, ids=["quotes-comma", "idna"])
def test_names_and_addresses_that_need_care_survive(attendee: Party) -> None:
    data = _draft(attendee)
    [recipient] = _message(data)["To"].addresses
    _calendar, event = _event(data)
    cn = event["ATTENDEE"].params["CN"]
    assert cn == attendee.name.replace('"', "'")
    assert str(event["ATTENDEE"]).removeprefix("mailto:") == recipient.addr_spec
    assert b"^'" not in data  # no RFC 6868 escapes, which Outlook shows as typed


def test_a_cancellation_has_the_same_uid_and_status_cancelled() -> None:
    data = _draft(sequence=3, cancelled=True, status=MeetingStatus.CANCELLED)
    message = _message(data)
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["multipart/alternative", "application/ics"]
    [calendar_part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert calendar_part.get_param("method") == "CANCEL"
    calendar, event = _event(data)
    assert str(calendar["METHOD"]) == "CANCEL"
    assert (str(event["UID"]), int(str(event["SEQUENCE"])), str(event["STATUS"])) == (
        UID,
        3,
        "CANCELLED",
    )
    assert str(event["ATTENDEE"]) == "mailto:anna@example.dk"
    assert str(message["Subject"]).startswith("Aflyst: IT Drift, NIS2 i praksis")


def test_subject_and_body_say_what_the_draft_is() -> None:
    first = _message(_draft(sequence=0))
    update = _message(_draft(sequence=1, lang="en"))
    assert str(first["Subject"]) == "Invitation: IT Drift, NIS2 i praksis d. 09-03-2027"
    assert str(update["Subject"]).startswith("Updated invitation: IT Drift, NIS2 i praksis on")
    body = first.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Kære Anna Jensen\n")
    assert "Accepter, Afvis eller Måske" in text
    assert "Fjordbanken A/S, Strandvejen 112, 2900 Hellerup" in text


def test_no_agenda_no_pdf() -> None:
    message = _message(_draft(pdf=None))
    assert [p.get_content_type() for p in message.iter_parts()] == [
        "multipart/alternative",
        "application/ics",
    ]


def test_the_same_invitation_gives_the_same_bytes() -> None:
    assert _draft() == _draft()


def test_an_address_that_is_no_address_is_refused() -> None:
    with pytest.raises(ValueError):
        _draft(Party("Anna", "anna(at)example.dk"))


def test_file_names_are_safe_and_each_once() -> None:
    assert draft_file_names(["Anna Jensen", "anna jensen", "A/B: C?", "", "  "]) == [
        "Anna Jensen.eml",
        "anna jensen (2).eml",
        "A_B_ C_.eml",
        "invitation.eml",
        "invitation (2).eml",
    ]


def test_one_file_per_member_with_an_address(tmp_path: Path) -> None:
    attendees = [ANNA, *OTHERS, Party("Uden Adresse", "not-an-address")]
    files = invitation_files(
        _document(),
        sequence=0,
        cancelled=False,
        organizer=ORGANIZER,
        attendees=attendees,
        lang="da",
        stamp=STAMP,
        printed_on=dt.date(2026, 11, 20),
        name_prefix="2027-03-09",
    )
    assert [name for name, _data in files.files] == [
        "2027-03-09 Anna Jensen.eml",
        "2027-03-09 Jensen, _Bo_ Ærø.eml",
        "2027-03-09 Łukasz Żółć.eml",
    ]
    assert files.left_out == (("Uden Adresse", "not-an-address"),)
    for _name, data in files.files:
        message = _message(data)
        pdfs = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
        assert len(pdfs) == 1
    written = write_invitation_files(files, tmp_path / "out")
    assert [p.name for p in written] == [name for name, _data in files.files]
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in written)
    assert written[0].read_bytes() == files.files[0][1]


def test_the_agenda_pdf_is_the_same_in_every_draft() -> None:
    files = invitation_files(
        _document(),
        sequence=0,
        cancelled=False,
        organizer=ORGANIZER,
        attendees=[ANNA, OTHERS[0]],
        lang="da",
        stamp=STAMP,
        printed_on=dt.date(2026, 11, 20),
    )
    pdfs = []
    for _name, data in files.files:
        [pdf] = [
            p.get_payload(decode=True)
            for p in _message(data).iter_attachments()
            if p.get_content_type() == "application/pdf"
        ]
        pdfs.append(pdf)
    assert pdfs[0] == pdfs[1]
    assert isinstance(pdfs[0], bytes) and pdfs[0].startswith(b"%PDF")
