"""Files that are not contact lists, given to the contact import: it says what they are.

The calendars are real client files (tests/data/samples/ics, see SOURCES.md); the PDF, Word,
e-mail and image files are written by the app's own writers or byte for byte as the formats
begin. Every contact sample must still be read as contacts.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from coordinator_app.domain.logistics import EmailDraft
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.eml import eml_bytes
from coordinator_app.exchange.file_kinds import MESSAGES, not_a_contact_list
from tests.conftest import SAMPLES_DIR
from tests.exchange.minutes_demo import PRINTED, demo_minutes

CALENDARS = sorted((SAMPLES_DIR / "ics").glob("*.ics"))
CONTACT_SAMPLES = sorted(
    path for path in SAMPLES_DIR.glob("*/*") if path.suffix.lower() in (".vcf", ".csv")
)


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _xlsx() -> bytes:
    """The parts an Excel workbook (XLSX) has, as Excel names them."""
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/worksheets/sheet1.xml": b"<worksheet><c>Name</c><c>E-mail</c></worksheet>",
        }
    )


def _docx() -> bytes:
    from coordinator_app.exchange.minutes_docx import minutes_docx_bytes

    return minutes_docx_bytes(demo_minutes(), lang="da", printed_on=PRINTED)


def _pdf() -> bytes:
    from coordinator_app.domain.minutes import ExportOptions
    from coordinator_app.exchange.minutes_export import minutes_bytes

    return minutes_bytes(demo_minutes(), fmt="pdf", options=ExportOptions(), printed_on=PRINTED)


def _eml() -> bytes:
    draft = EmailDraft(
        sender_name="Birgitte Ærenlund",
        sender_email="birgitte@example.dk",
        to=(("Søren Østergaard", "soeren@example.dk"),),
        subject="Kontakter til gruppen",
        body="Hej\n\nHer er kontaktlisten.\n",
        attachments=(("kontakter.vcf", "text/vcard", b"BEGIN:VCARD\r\nFN:Ida\r\nEND:VCARD\r\n"),),
    )
    return eml_bytes(draft, date=dt.datetime(2027, 2, 20, 10, 0, tzinfo=dt.UTC))


RECEIVED_MAIL = (
    b"Return-Path: <ida@example.dk>\r\n"
    b"Received: from mail.example.dk (mail.example.dk [192.0.2.1])\r\n"
    b"\tby mx.example.dk with ESMTPS id 4Abc; Tue, 09 Mar 2027 10:00:00 +0100\r\n"
    b"From: Ida Holm <ida@example.dk>\r\n"
    b"To: birgitte@example.dk\r\n"
    b"Subject: Kontakter\r\n"
    b"\r\n"
    b"Se vedhaeftet.\r\n"
)


@pytest.mark.parametrize("path", CALENDARS, ids=lambda p: p.name)
def test_a_real_calendar_file_is_named_as_one(path: Path) -> None:
    data = path.read_bytes()
    for name in (path.name, "kontakter.csv", "kontakter.vcf", ""):
        parsed = read_contacts(data, name)
        assert parsed.records == []
        assert [(p.line, p.code) for p in parsed.problems] == [(1, "not_contacts_calendar")]
        assert parsed.problems[0].message == (
            "This is a calendar file (iCalendar), not a contact list."
        )


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (_pdf, "not_contacts_pdf"),
        (_docx, "not_contacts_document"),
        (_xlsx, "not_contacts_spreadsheet"),
        (lambda: _zip({"kontakter.csv": b"Name,E-mail\n"}), "not_contacts_archive"),
        (lambda: b"PK\x03\x04 not really a zip", "not_contacts_archive"),
        (_eml, "not_contacts_email"),
        (lambda: RECEIVED_MAIL, "not_contacts_email"),
        (_png, "not_contacts_image"),
        (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "not_contacts_image"),
        (lambda: b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not_contacts_image"),
        (
            lambda: b"<!DOCTYPE html>\n<html><body>Kontakter</body></html>\n",
            "not_contacts_web_page",
        ),
        (lambda: b"{\\rtf1\\ansi Kontakter}", "not_contacts_document"),
        (lambda: b"SQLite format 3\x00" + bytes(100), "not_contacts_database"),
        (lambda: b"\x1f\x8b\x08\x00" + bytes(20), "not_contacts_archive"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_other_known_files_are_named(make: object, code: str) -> None:
    assert callable(make)
    data = make()
    assert isinstance(data, bytes)
    for name in ("kontakter.csv", "kontakter.vcf", "file"):
        parsed = read_contacts(data, name)
        assert parsed.records == []
        assert [p.code for p in parsed.problems] == [code]
        assert parsed.problems[0].message == MESSAGES[code]


@pytest.mark.parametrize("path", CONTACT_SAMPLES, ids=lambda p: p.name)
def test_no_contact_sample_is_taken_for_another_kind(path: Path) -> None:
    data = path.read_bytes()
    assert not_a_contact_list(data, path.name) is None
    assert read_contacts(data, path.name).records


@pytest.mark.parametrize(
    "text",
    [
        # A group prefix on every line, BEGIN:VCARD too (RFC 2426 allows it).
        "item1.BEGIN:VCARD\r\nitem1.VERSION:3.0\r\nitem1.FN:Ida Holm\r\n"
        "item1.EMAIL:ida@example.dk\r\nitem1.END:VCARD\r\n",
        # A vCard whose properties look like mail headers.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:From Subject\r\nNOTE:Date: to be agreed\r\nEND:VCARD\r\n",
        # CSVs whose first column names end in a colon or say "From" and "Subject".
        "From:,Subject:\nIda,Holm\n",
        'Name,E-mail,Note\nIda Holm,ida@example.dk,"Subject: BEGIN:VCALENDAR"\n',
    ],
)
def test_contact_files_that_resemble_other_kinds_are_left_alone(text: str) -> None:
    assert not_a_contact_list(text.encode("utf-8"), "kontakter") is None
