"""Reading members' calendar replies in the shapes Outlook, Gmail, Thunderbird and Apple send
them (tests/data/replies/SOURCES.md says what each file follows)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from coordinator_app.domain.enums import Rsvp
from coordinator_app.domain.itip import CalendarReply, normalise_address
from coordinator_app.exchange.invitation_mail import Invitation, invitation_eml
from coordinator_app.exchange.itip_invitation import Party
from coordinator_app.exchange.itip_replies import (
    MAX_FILE_BYTES,
    read_replies,
    replies_from_bytes,
    reply_files,
)
from tests.conftest import DATA_DIR
from tests.exchange.test_invitation_mail import _document

REPLIES = DATA_DIR / "replies"
MARCH = "4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app"
JUNE = "9d1f2e3c-5a6b-4c7d-8e9f-0a1b2c3d4e5f@coordinator-app"


def _one(name: str) -> CalendarReply:
    result = read_replies([REPLIES / name])
    assert result.files_read == 1
    [reply] = result.replies
    return reply


def test_outlook_without_organizer_base64_in_the_alternative() -> None:
    reply = _one("outlook_accepted.eml")
    assert (reply.uid, reply.sequence, reply.address, reply.answer) == (
        MARCH,
        0,
        "anna.jensen@fjordbanken.dk",
        Rsvp.YES,
    )
    assert reply.stamp == dt.datetime(2026, 11, 21, 10, 15, tzinfo=dt.UTC)
    assert reply.comment == "Jeg kommer gerne – glæder mig til rundvisningen."
    assert reply.sender == "anna.jensen@fjordbanken.dk"
    assert reply.source == "outlook_accepted.eml"


def test_outlook_calendar_as_the_whole_body() -> None:
    reply = _one("outlook_declined_earlier.eml")
    assert (reply.answer, reply.stamp) == (
        Rsvp.NO,
        dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
    )
    assert reply.comment == ""


def test_gmail_comment_parameter_and_the_attachment_read_once() -> None:
    reply = _one("gmail_accepted_comment.eml")
    assert (reply.address, reply.answer, reply.comment) == (
        "bo.nielsen@gmail.com",
        Rsvp.YES,
        "Glæder mig. Jeg er vegetar.",
    )
    assert reply.name == "Bo Nielsen"


def test_thunderbird_quoted_printable_with_a_comment() -> None:
    reply = _one("thunderbird_declined.eml")
    assert (reply.address, reply.answer, reply.comment) == (
        "carl.holm@nordlys.dk",
        Rsvp.NO,
        "Desværre – bestyrelsesmøde den dag.",
    )


def test_apple_attachment_with_a_principal_instead_of_an_address() -> None:
    reply = _one("apple_tentative.eml")
    assert (reply.uid, reply.address, reply.sender, reply.answer) == (
        JUNE,
        "",
        "dorte.vang@mail.dk",
        Rsvp.MAYBE,
    )


def test_a_forwarded_reply_has_the_members_own_sender() -> None:
    reply = _one("forwarded_outlook_tentative.eml")
    assert (reply.address, reply.sender, reply.answer) == (
        "erik.lund@havn.dk",
        "erik.lund@havn.dk",
        Rsvp.MAYBE,
    )
    assert reply.comment == "Måske – afhænger af et projekt."


def test_a_bare_ics_with_bom_lf_and_tab_folding() -> None:
    reply = _one("thunderbird_saved_reply.ics")
    assert (reply.uid, reply.address, reply.name, reply.answer) == (
        JUNE,
        "frida.moller@example.dk",
        "Frida Møller",
        Rsvp.YES,
    )


def test_winmail_dat_is_reported_not_read() -> None:
    result = read_replies([REPLIES / "outlook_winmail_dat.eml"])
    assert result.replies == ()
    assert [(u.source, u.code) for u in result.unread] == [
        ("outlook_winmail_dat.eml", "winmail_dat")
    ]
    assert result.files_read == 1


def test_a_folder_is_read_whole(tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(REPLIES / "outlook_accepted.eml", folder / "b.eml")
    shutil.copy(REPLIES / "thunderbird_saved_reply.ics", folder / "sub" / "a.ICS")
    (folder / "notes.txt").write_text("not a reply")
    assert [p.name for p in reply_files([folder, folder / "b.eml"])] == ["b.eml", "a.ICS"]
    result = read_replies([folder])
    assert sorted(r.source for r in result.replies) == ["a.ICS", "b.eml"]


def test_our_own_invitation_is_not_a_reply() -> None:
    data = invitation_eml(
        Invitation(_document(), 0, False, Party("S", "s@example.dk"), Party("A", "a@example.dk")),
        lang="da",
        stamp=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
    )
    replies, codes = replies_from_bytes(data, "invitation.eml")
    assert replies == []
    assert "not_a_reply" in codes


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unreadable"),  # Outlook .msg
        (b"From: a@example.dk\r\nSubject: hej\r\n\r\nJeg kommer.\r\n", "no_reply"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nNOT A LINE\r\n", "unreadable"),
    ],
    ids=["msg", "plain-mail", "broken-calendar"],
)
def test_files_without_a_reply_say_why(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "svar.eml"
    path.write_bytes(data)
    result = read_replies([path])
    assert result.replies == ()
    assert [u.code for u in result.unread] == [code]


def test_missing_and_too_large_files(tmp_path: Path) -> None:
    big = tmp_path / "big.ics"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    result = read_replies([tmp_path / "missing.eml", big])
    assert [(u.source, u.code) for u in result.unread] == [
        ("missing.eml", "unreadable"),
        ("big.ics", "too_large"),
    ]
    assert result.files_read == 0


def test_a_reply_without_dtstamp_takes_the_mails_date() -> None:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"UID:{MARCH}\r\nATTENDEE;PARTSTAT=DECLINED:mailto:a@example.dk\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    mail = (
        "From: A <a@example.dk>\r\nDate: Mon, 23 Nov 2026 20:12:04 +0100\r\n"
        "Content-Type: text/calendar; method=REPLY\r\n\r\n" + calendar
    ).encode()
    [reply], _codes = replies_from_bytes(mail, "x.eml")
    assert (reply.sequence, reply.stamp) == (0, dt.datetime(2026, 11, 23, 19, 12, 4, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("MAILTO:Anna@Example.DK", "anna@example.dk"),
        (" mailto: anna@example.dk ", "anna@example.dk"),
        ("<anna@example.dk>", "anna@example.dk"),
        ("urn:uuid:6C1B5E2A", ""),
        ("", ""),
    ],
)
def test_addresses_are_compared_case_blind(value: str, address: str) -> None:
    assert normalise_address(value) == address
