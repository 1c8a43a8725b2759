"""Recognising files that are not contact lists, so that the import can say what they are.

A coordinator picks the wrong file now and then: the meeting invitation (.ics) next to the
contacts, the agenda PDF, the member list as an Excel workbook, the e-mail the contacts came
with. Read as CSV, each would be "an unknown CSV layout". `not_a_contact_list` tells them by
their content (magic bytes, the first lines), whatever they are named, and gives the problem
that names what the file is. It only recognises what it knows for sure: a vCard, also one
whose lines carry a group prefix ("item1.BEGIN:VCARD"), or a CSV is never taken for anything
else.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from coordinator_app.domain.contacts import ParseProblem
from coordinator_app.exchange.textdecode import decode_text

# How much of a file the text tests read.
_TEXT_SNIFF = 4096
# The header block of an e-mail is looked for in its first lines.
_MAX_HEADER_LINES = 60

#: What each kind of file is called in the problem (English, for the command line).
MESSAGES: dict[str, str] = {
    "not_contacts_calendar": "This is a calendar file (iCalendar), not a contact list.",
    "not_contacts_pdf": "This is a PDF document, not a contact list.",
    "not_contacts_spreadsheet": (
        "This is a spreadsheet (such as Excel), not a contact list. Save it as CSV in the "
        "spreadsheet program, then import the CSV file."
    ),
    "not_contacts_document": "This is a document (such as Word), not a contact list.",
    "not_contacts_office": "This is a Microsoft Office file, not a contact list.",
    "not_contacts_email": (
        "This is an e-mail message, not a contact list. Save the contact file attached to it, "
        "then import that file."
    ),
    "not_contacts_image": "This is an image, not a contact list.",
    "not_contacts_archive": (
        "This is a compressed archive (such as ZIP), not a contact list. Unpack it, then "
        "import the contact file inside."
    ),
    "not_contacts_web_page": "This is a web page (HTML), not a contact list.",
    "not_contacts_database": "This is a database file, not a contact list.",
}

_CALENDAR_SUFFIXES = frozenset({".ics", ".ical", ".icalendar", ".ifb", ".vcs"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ARCHIVE_MAGIC = (
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xfd7zXZ\x00",
)
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"})
_BEGIN_CALENDAR = re.compile(r"[ \t]*BEGIN[ \t]*:[ \t]*VCALENDAR[ \t]*", re.IGNORECASE)
# A header line of an e-mail ("Subject: …"); the field name is printable ASCII without ":".
_HEADER_LINE = re.compile(r"([!-9;-~]+)[ \t]*:")
_MBOX_FROM = re.compile(r"From \S+ ")
# Header fields of a message; a text with two of them in its header block is an e-mail.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "x-unsent",
        "reply-to",
        "delivered-to",
        "x-mailer",
        "user-agent",
    }
)


def _problem(code: str) -> ParseProblem:
    return ParseProblem(1, MESSAGES[code], code)


def _zip_kind(data: bytes) -> str:
    """A ZIP file: an Office Open XML or OpenDocument file, or another archive (also one the
    `zipfile` module cannot open)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return "not_contacts_archive"
    if any(name.startswith("xl/") for name in names) or b"spreadsheet" in mimetype:
        return "not_contacts_spreadsheet"
    if any(name.startswith(("word/", "ppt/")) for name in names) or mimetype.startswith(
        b"application/vnd.oasis.opendocument"
    ):
        return "not_contacts_document"
    return "not_contacts_archive"


def _ole_kind(data: bytes) -> str:
    """A file of older Microsoft Office (DOC, XLS, PPT, Outlook's MSG): the names of its streams
    are UTF-16 in the file's directory."""
    if "__substg1.0_".encode("utf-16-le") in data:
        return "not_contacts_email"
    if any(name.encode("utf-16-le") in data for name in ("WordDocument", "PowerPoint Document")):
        return "not_contacts_document"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "not_contacts_spreadsheet"
    return "not_contacts_office"


def _binary_kind(data: bytes) -> str | None:
    if b"%PDF-" in data[:1024]:
        return "not_contacts_pdf"
    if data.startswith(_ZIP_MAGIC):
        return _zip_kind(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if data.startswith(b"SQLite format 3\x00"):
        return "not_contacts_database"
    if data.startswith(_ARCHIVE_MAGIC) or (data.startswith(b"BZh") and data[4:10] == b"1AY&SY"):
        return "not_contacts_archive"
    if data.startswith(_IMAGE_MAGIC):
        return "not_contacts_image"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "not_contacts_image"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "not_contacts_image"
    if data[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data):
        return "not_contacts_image"  # BMP: the header gives the file's size
    return None


def _is_email(lines: list[str]) -> bool:
    """The lines begin with an e-mail's header block: header lines (or their continuations) up
    to the first blank line, among them at least two of a message's usual fields."""
    if lines and _MBOX_FROM.match(lines[0]):
        lines = lines[1:]  # the "From sender date" line of an mbox file
    names: set[str] = set()
    for index, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if not line.strip():
            break
        if index and line[:1] in (" ", "\t"):
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        names.add(match.group(1).lower())
    return len(names & _MAIL_HEADERS) >= 2


def _text_kind(data: bytes, filename: str) -> str | None:
    text = decode_text(data[:_TEXT_SNIFF]).lstrip("\ufeff\x00 \t\n\r")
    lines = text.replace("\x00", "").split("\n")
    first = lines[0].rstrip("\r")
    if _BEGIN_CALENDAR.fullmatch(first):
        return "not_contacts_calendar"
    suffix = PurePath(filename).suffix.casefold() if filename else ""
    if suffix in _CALENDAR_SUFFIXES and any(_BEGIN_CALENDAR.fullmatch(line) for line in lines):
        return "not_contacts_calendar"
    start = text[:64].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "not_contacts_web_page"
    if start.startswith("{\\rtf"):
        return "not_contacts_document"
    if _is_email([line.rstrip("\r") for line in lines]):
        return "not_contacts_email"
    return None


def not_a_contact_list(data: bytes, filename: str = "") -> ParseProblem | None:
    """The problem (at line 1) that says what `data` is, if it is a kind of file that is not a
    contact list (calendar, PDF, spreadsheet, document, e-mail, image, archive, web page,
    database); None for anything else, a vCard or CSV among it."""
    kind = _binary_kind(data) or _text_kind(data, filename)
    return _problem(kind) if kind is not None else None
