"""Every e-mail draft the app writes, read back the way mail programs read it.

Two readers: the `email` package's modern parser (policy.default, as Thunderbird-like readers
parse structured headers), and compat32 with `email.utils.getaddresses` and a strict RFC 2047
decoder (`decode_header` + `make_header`), which drops the white space between adjacent encoded
words as RFC 2047 says. Each draft must give every recipient back, with the display name
exactly as meant (its spaces too), on either reader.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import re
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import getaddresses
from pathlib import Path

import pytest

from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.logistics import CateringSummary, EmailDraft, VisitInput
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.exchange import mail_headers
from coordinator_app.exchange.email_drafts import host_email, members_email, minutes_email
from coordinator_app.exchange.eml import DraftCheckFailed, eml_bytes, write_eml
from tests.exchange.minutes_demo import PRINTED, demo_minutes

SENT = dt.datetime(2027, 2, 20, 10, 0, tzinfo=dt.UTC)

# 16 members: names with spaces and letters from all over Europe; long enough that every
# address header must be folded many times.
MEMBERS: tuple[tuple[str, str], ...] = (
    ("Søren Østergaard", "soeren.oestergaard@dansk-havnelogistik.example"),
    ("Łukasz Żółć", "lukasz.zolc@nordlys-energi.example"),
    ("Þóra Ægisdóttir", "thora@reykjavik-data.example"),
    ("Åse Bækgaard", "aase.baekgaard@rm.example"),
    ("Jens Ødegaard Holm", "jens.holm@vestkyst-forsikring.example"),
    ("Mette Kjær", "mette@fjordbanken.example"),
    ("Karen Blixen-Møller", "kbm@aarhus.example"),
    ("Frederikke Dahl", "frederikke.dahl@groen-transport.example"),
    ("Peter Ærø", "peter@byggedata.example"),
    ("Ole Bach", "ole.bach@sdu-hospital.example"),
    ("Henrik Lund", "henrik.lund@mejeri-oeresund.example"),
    ("Vibeke Quistgaard-Zahle", "vibeke@zebrafisk.example"),
    ("Zoë Ångström-Ñúñez", "zoe@example.dk"),
    ("Hans Christian Sørensen Ølstykke Østergaard Ærenlund", "hcs@example.dk"),
    ("Østergaard, Søren", "soeren2@example.dk"),
    ("Ida (IT) Holm", "ida@example.dk"),
)
COORDINATOR = ("Birgitte Ærenlund", "birgitte@example.dk")


def meeting() -> MeetingDocument:
    return MeetingDocument(
        meeting_id=7,
        ical_uid="meeting-7@coordinator.local",
        ical_sequence=0,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften – Søren Østergaard fortæller om Ærøskøbing Havns nye overvågning",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        coordinator_name=COORDINATOR[0],
        coordinator_email=COORDINATOR[1],
    )


def every_draft() -> list[tuple[str, EmailDraft]]:
    """Each kind of draft the GUI and the command line write (exchange.email_drafts)."""
    visit = VisitInput(contact_name="Søren Østergaard", contact_email=MEMBERS[0][1])
    catering = CateringSummary(yes=10, no=1, maybe=2, invited=1, guests=2, diets={"vegetar": 2})
    drafts = [
        ("host", host_email(meeting(), visit, catering, lang="da")),
        ("agenda", members_email(meeting(), MEMBERS, lang="da", printed_on=PRINTED)),
    ]
    minutes = demo_minutes(coordinator_name=COORDINATOR[0], coordinator_email=COORDINATOR[1])
    for fmt in ("pdf", "docx", "md"):
        options = ExportOptions(omit_confidential=True, anonymise=True, lang="en")
        draft = minutes_email(minutes, MEMBERS, fmt=fmt, options=options, printed_on=PRINTED)
        drafts.append((f"minutes-{fmt}", draft))
    return drafts


def recipients(kind: str) -> dict[str, list[tuple[str, str]]]:
    """The address headers each kind of draft must have."""
    if kind == "host":
        return {"From": [COORDINATOR], "To": [("Søren Østergaard", MEMBERS[0][1])]}
    return {"From": [COORDINATOR], "To": [COORDINATOR], "Bcc": list(MEMBERS)}


def modern(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def strict_mailboxes(message: Message, header: str) -> list[tuple[str, str]]:
    """The mailboxes of `header` as a compat32 reader gets them: split the raw header into
    addresses, then decode each display name with a strict RFC 2047 decoder."""
    raw = message.get_all(header) or []
    return [
        (str(make_header(decode_header(name))), address)
        for name, address in getaddresses([str(value) for value in raw])
    ]


def strict_text(message: Message, header: str) -> str:
    value = message[header]
    assert value is not None
    unfolded = re.sub(r"\r?\n(?=[ \t])", "", str(value))
    return str(make_header(decode_header(unfolded)))


DRAFT_KINDS = ["host", "agenda", "minutes-pdf", "minutes-docx", "minutes-md"]


@pytest.mark.parametrize("kind", DRAFT_KINDS)
def test_every_recipient_survives_both_readers(kind: str) -> None:
    draft = dict(every_draft())[kind]
    data = eml_bytes(draft, date=SENT)
    parsed = modern(data)
    old = email.message_from_bytes(data, policy=email.policy.compat32)
    expected = recipients(kind)
    for header in ("From", "To", "Bcc"):
        want = expected.get(header)
        if want is None:
            assert parsed[header] is None
            continue
        got = [(a.display_name, a.addr_spec) for a in parsed[header].addresses]
        assert got == want, header
        assert strict_mailboxes(old, header) == want, header
    assert parsed["Subject"] == draft.subject
    assert strict_text(old, "Subject") == draft.subject
    assert parsed["X-Unsent"] == "1"


@pytest.mark.parametrize("kind", DRAFT_KINDS)
def test_address_headers_fold_only_between_addresses_or_inside_a_name(kind: str) -> None:
    draft = dict(every_draft())[kind]
    data = eml_bytes(draft, date=SENT)
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    fields = re.split(r"\r\n(?![ \t])", head)
    for field in fields:
        name = field.split(":", 1)[0]
        lines = field.split("\r\n")
        assert all(len(line) <= 78 for line in lines), field
        if name not in ("From", "To", "Bcc"):
            continue
        # No encoded word holds a comma alone (CPython gh-100884), and each encoded word is
        # followed by another one of the same name, by " <address>" or by the end.
        assert "=?utf-8?q?=2C?=" not in field.lower()
        words = re.findall(r"=\?[^?]+\?[qb]\?[^?]*\?=", field, flags=re.IGNORECASE)
        for word in words:
            decoded = str(make_header(decode_header(word)))
            assert decoded.strip(", ") == decoded, (word, decoded)


def test_a_long_bcc_list_is_folded_and_every_name_keeps_its_spaces() -> None:
    many = tuple(
        (f"{name} {n}", address.replace("@", f"+{n}@"))
        for n in range(5)
        for name, address in MEMBERS
    )
    draft = members_email(meeting(), many, lang="en", printed_on=PRINTED)
    data = eml_bytes(draft, date=SENT)
    parsed = modern(data)
    assert [(a.display_name, a.addr_spec) for a in parsed["Bcc"].addresses] == list(many)
    old = email.message_from_bytes(data, policy=email.policy.compat32)
    assert strict_mailboxes(old, "Bcc") == list(many)
    bcc = next(f for f in re.split(rb"\r\n(?![ \t])", data) if f.startswith(b"Bcc:"))
    assert bcc.count(b"\r\n") >= len(many) - 1  # folded, at least once per address


def test_text_attachments_say_their_charset() -> None:
    draft = dict(every_draft())["minutes-md"]
    message = modern(eml_bytes(draft, date=SENT))
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "text/markdown"
    assert attachment.get_param("charset") == "utf-8"
    text = attachment.get_content()
    assert isinstance(text, str)
    assert text.encode("utf-8") == draft.attachments[0][2]
    assert "Łukasz Żółć" in text
    for kind in ("agenda", "minutes-pdf", "minutes-docx"):
        (binary,) = modern(eml_bytes(dict(every_draft())[kind], date=SENT)).iter_attachments()
        assert binary.get_param("charset") is None
        assert binary.get_content_maintype() == "application"


def test_password_protected_minutes_say_the_password_comes_another_way() -> None:
    options = ExportOptions(omit_confidential=True, lang="da")
    plain = minutes_email(demo_minutes(), MEMBERS, fmt="pdf", options=options, printed_on=PRINTED)
    locked = minutes_email(
        demo_minutes(), MEMBERS, fmt="pdf", options=options, printed_on=PRINTED, password="hemmelig"
    )
    assert "adgangskode" not in plain.body
    assert "adgangskode" in locked.body


def test_names_that_need_quoting_or_encoding_come_back_as_they_were() -> None:
    tricky = (
        ('Hansen, "Bo" \\ Ø', "bo@example.dk"),
        ("Jens.Hansen", "jens@example.dk"),
        ("Ida (IT) <Holm>", "ida@example.dk"),
        ("A" * 70 + " Ø", "a@example.dk"),
        ("Ø" * 150, "oe@example.dk"),
        ("x" * 120, "x@example.dk"),
        ("=?utf-8?q?S=C3=B8ren?=", "s@example.dk"),
        ("Per 😀 Ørsted", "per@example.dk"),
        ("", "noname@example.dk"),
    )
    draft = EmailDraft(
        sender_name="", sender_email="", to=tricky, subject="Møde", body="Hej\n", bcc=True
    )
    data = eml_bytes(draft, date=SENT)
    parsed = modern(data)
    got = [(a.display_name, a.addr_spec) for a in parsed["Bcc"].addresses]
    # "=?" is split by a zero-width space, so that no name is read as an encoded word.
    want = [(name.replace("=?", "=\u200b?"), address) for name, address in tricky]
    assert got == want
    old = email.message_from_bytes(data, policy=email.policy.compat32)
    assert strict_mailboxes(old, "Bcc") == want


def test_a_draft_that_reads_back_wrong_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder that loses the last address, as the standard library's did on some builds.
    real = mail_headers.address_header

    def lossy(mailboxes: list[tuple[str, str]], name: str) -> str:
        return real(mailboxes[:-1], name)

    monkeypatch.setattr(mail_headers, "address_header", lossy)
    draft = members_email(meeting(), MEMBERS, lang="da", printed_on=PRINTED)
    out = tmp_path / "invitation.eml"
    with pytest.raises(DraftCheckFailed) as caught:
        write_eml(draft, out, date=SENT)
    assert caught.value.code == "eml_recipients_differ"
    assert list(tmp_path.iterdir()) == []


def test_a_draft_whose_subject_reads_back_wrong_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    real = mail_headers.text_header
    monkeypatch.setattr(mail_headers, "text_header", lambda text, name: real(text + "x", name))
    draft = dataclasses.replace(dict(every_draft())["host"])
    with pytest.raises(DraftCheckFailed) as caught:
        eml_bytes(draft, date=SENT)
    assert caught.value.code == "eml_subject_differs"
