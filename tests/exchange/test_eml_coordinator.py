"""The e-mail drafts are sent from the group's coordinator and end with their signature."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from email.message import EmailMessage

from coordinator_app.domain.enums import MeetingStatus, MinutesStatus
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.domain.minutes import ExportOptions, MinutesDocument
from coordinator_app.exchange.email_drafts import host_email, minutes_email
from coordinator_app.exchange.eml import eml_bytes

SENT = dt.datetime(2027, 2, 20, 10, 0, tzinfo=dt.UTC)
SIGNATURE = "Birgitte Ærenlund\nKoordinator, IT Drift\n+45 20 12 34 56"


def _meeting(**changes: object) -> MeetingDocument:
    meeting = MeetingDocument(
        meeting_id=7,
        ical_uid="meeting-7@coordinator.local",
        ical_sequence=0,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
        coordinator_signature=SIGNATURE,
    )
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def _minutes(**changes: object) -> MinutesDocument:
    document = MinutesDocument(
        meeting_id=7,
        group_name="IT Drift",
        meeting_date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        host_name="Fjordbanken A/S",
        host_address="",
        status=MinutesStatus.APPROVED,
        attendance=(),
        talks=(),
        entries=(),
        decisions=(),
        actions=(),
        themes=(),
        next_theme="",
        speakers=(),
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
        coordinator_signature=SIGNATURE,
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def _parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _lines(message: EmailMessage) -> list[str]:
    """The body's lines, without the blank ones at the end."""
    return _body(message).rstrip().splitlines()


def _host_draft(meeting: MeetingDocument) -> EmailMessage:
    visit = VisitInput(contact_name="Mette Kjær", contact_email="mette@fjordbanken.dk")
    return _parsed(eml_bytes(host_email(meeting, visit, None, lang="da"), date=SENT))


def test_the_host_draft_is_from_the_coordinator_and_ends_with_the_signature() -> None:
    message = _host_draft(_meeting())
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Birgitte Ærenlund", "birgitte@example.dk")
    lines = _lines(message)
    assert lines[-4:] == ["Venlig hilsen", *SIGNATURE.split("\n")]
    assert "IT Drift" not in lines[-4]


def test_the_minutes_draft_ends_with_the_signature_in_english() -> None:
    draft = minutes_email(
        _minutes(),
        [("Åse Bækgaard", "aase@rm.dk")],
        fmt="md",
        options=ExportOptions(lang="en"),
        printed_on=dt.date(2027, 3, 10),
    )
    message = _parsed(eml_bytes(draft, date=SENT))
    assert message["From"].addresses[0].addr_spec == "birgitte@example.dk"
    assert _lines(message)[-4:] == ["Kind regards", *SIGNATURE.split("\n")]


def test_a_signature_that_starts_with_the_sign_off_is_not_signed_off_twice() -> None:
    message = _host_draft(_meeting(coordinator_signature="Venlig hilsen\nBirgitte"))
    lines = _lines(message)
    assert lines[-2:] == ["Venlig hilsen", "Birgitte"]
    assert lines.count("Venlig hilsen") == 1


def test_without_a_signature_the_coordinators_name_and_group_sign() -> None:
    message = _host_draft(_meeting(coordinator_signature=""))
    lines = _lines(message)
    assert lines[-3:] == ["Venlig hilsen", "Birgitte Ærenlund", "IT Drift"]


def test_without_a_coordinator_there_is_no_from_and_the_group_signs() -> None:
    message = _host_draft(
        _meeting(coordinator_name="", coordinator_email="", coordinator_signature="")
    )
    assert message["From"] is None
    assert _lines(message)[-2:] == ["Venlig hilsen", "IT Drift"]
