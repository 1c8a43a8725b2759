"""Reading a contact file of either kind, vCard or CSV, as the coordinator picks it in the GUI."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path, PurePath

from coordinator_app.domain.contacts import ParsedContacts, ParseProblem
from coordinator_app.exchange.csv_import import (
    ContactField,
    CsvTable,
    detect_layout,
    guess_mapping,
    read_csv_table,
    records_from_table,
)
from coordinator_app.exchange.file_kinds import not_a_contact_list
from coordinator_app.exchange.textdecode import decode_text
from coordinator_app.exchange.vcard_import import read_vcards

# Limits that keep every import bounded (the parsers are linear, so these bound the time and the
# memory) and refuse what cannot be a contact file. The file size is the limit: an association's
# member list of 100,000 plain vCards is 18 MB. The numbers of contacts and of lines follow from
# it alone: one contact per 64 bytes (327,680), where a contact as address books write it (name,
# e-mail address, phone number) takes 100 bytes and more, and one vCard line per 16 bytes, where
# real lines average 25. What they refuse before anything is parsed are files of empty cards or
# of one-letter lines, which would take a minute and gigabytes to read. An Outlook CSV has about
# 90 columns.
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_CONTACTS = MAX_IMPORT_BYTES // 64
MAX_CSV_COLUMNS = 1_000
# Logical lines of a vCard file (folded continuation lines, such as a photo's, do not count).
MAX_VCARD_LINES = MAX_IMPORT_BYTES // 16
VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})

# How far into a file a vCard's first BEGIN:VCARD is looked for.
_SNIFF_BYTES = 64 * 1024
# Horizontal white space only: with \s, "^\s*" would run over line ends, and a file of many
# blank lines would take quadratic time to search.
# With or without a group prefix ("item1.BEGIN:VCARD", as RFC 2426 allows on every property).
_BEGIN_LINE = re.compile(
    r"^[ \t]*(?:[A-Za-z0-9_-]+\.)?BEGIN[ \t]*:[ \t]*VCARD[ \t\r]*$", re.IGNORECASE | re.MULTILINE
)
# A CSV needs at least one of these to say who a row is.
_IDENTIFYING_FIELDS = frozenset(
    {
        ContactField.FULL_NAME,
        ContactField.GIVEN_NAME,
        ContactField.FAMILY_NAME,
        ContactField.EMAIL,
    }
)


class ImportTooLarge(Exception):
    """The file is larger than a contact file can reasonably be: over `MAX_IMPORT_BYTES`, or
    more contacts, columns or lines than the limits above.

    `code` says which limit ("file_too_large", "too_many_contacts", "too_many_columns",
    "too_many_lines"), `size` how much the file has and `limit` how much is allowed (bytes for
    the file size), so that the GUI can say it in the user's language.
    """

    def __init__(self, size: int, code: str = "file_too_large", limit: int = 0) -> None:
        self.size = size
        self.code = code
        self.limit = limit or MAX_IMPORT_BYTES
        if code == "file_too_large":
            megabytes = self.limit // (1024 * 1024)
            message = (
                f"The file is {size / (1024 * 1024):.1f} MB; contact files over {megabytes} MB "
                "are not imported."
            )
        else:
            what = {
                "too_many_contacts": "contacts",
                "too_many_columns": "columns",
                "too_many_lines": "lines",
            }.get(code, "entries")
            message = (
                f"The file has {size} {what}; files with more than {self.limit} {what} "
                "are not imported."
            )
        super().__init__(message)


def check_size(size: int) -> None:
    """Raises ImportTooLarge if a file of `size` bytes is too large to import."""
    if size > MAX_IMPORT_BYTES:
        raise ImportTooLarge(size)


def read_contact_file(path: Path) -> bytes:
    """The bytes of a contact file; its size is checked before reading, so that a huge file is
    never loaded into memory (and again after, in case it grew meanwhile)."""
    check_size(path.stat().st_size)
    with path.open("rb") as handle:
        data = handle.read(MAX_IMPORT_BYTES + 1)
    check_size(len(data))
    return data


def check_table(table: CsvTable) -> None:
    """Raises ImportTooLarge for a CSV table with more columns or rows than an import takes."""
    if len(table.header) > MAX_CSV_COLUMNS:
        raise ImportTooLarge(len(table.header), "too_many_columns", MAX_CSV_COLUMNS)
    if len(table.rows) > MAX_IMPORT_CONTACTS:
        raise ImportTooLarge(len(table.rows), "too_many_contacts", MAX_IMPORT_CONTACTS)


def check_vcard_text(text: str) -> None:
    """Raises ImportTooLarge for a vCard file with more cards or logical lines than an import
    takes (counted before any card is parsed)."""
    cards = sum(1 for _ in islice(_BEGIN_LINE.finditer(text), MAX_IMPORT_CONTACTS + 1))
    if cards > MAX_IMPORT_CONTACTS:
        raise ImportTooLarge(
            len(_BEGIN_LINE.findall(text)), "too_many_contacts", MAX_IMPORT_CONTACTS
        )
    lines = text.count("\n") + 1 - text.count("\n ") - text.count("\n\t")
    if lines > MAX_VCARD_LINES:
        raise ImportTooLarge(lines, "too_many_lines", MAX_VCARD_LINES)


def is_vcard(data: bytes, filename: str = "") -> bool:
    """True if `data` is a vCard file: its first line is BEGIN:VCARD, or it is named *.vcf/*.vcard.

    A file named *.csv is only a vCard if it starts like one.
    """
    text = decode_text(data[:_SNIFF_BYTES]).lstrip("\ufeff\x00 \t\n\r")
    first_line = text.split("\n", 1)[0]
    if _BEGIN_LINE.fullmatch(first_line):
        return True
    suffix = PurePath(filename).suffix.casefold() if filename else ""
    if suffix in VCARD_SUFFIXES:
        return True
    return suffix != ".csv" and _BEGIN_LINE.search(text) is not None


def read_contacts(data: bytes, filename: str = "") -> ParsedContacts:
    """The contacts in a vCard or CSV file (see `is_vcard`), with the problems met on the way.

    A CSV in a layout `detect_layout` does not know is read with `guess_mapping`; if that finds no
    column for a name or an e-mail address, the result is a single problem at line 1, so the GUI
    can let the coordinator map the columns by hand. Raises ImportTooLarge for files over
    `MAX_IMPORT_BYTES` or over the other limits (contacts, columns, lines). A file that is no
    contact list (a calendar, a PDF, a spreadsheet, an e-mail, …: `file_kinds`) gives a single
    problem at line 1 that says what it is.
    """
    check_size(len(data))
    if (not_contacts := not_a_contact_list(data, filename)) is not None:
        return ParsedContacts(problems=[not_contacts])
    if is_vcard(data, filename):
        check_vcard_text(decode_text(data))
        return read_vcards(data)
    table = read_csv_table(data)
    check_table(table)
    if not table.header:
        return ParsedContacts(
            problems=[*table.problems, ParseProblem(1, "The file is empty.", "empty_file")]
        )
    layout = detect_layout(table.header)
    mapping = layout[1] if layout is not None else guess_mapping(table.header)
    if not _IDENTIFYING_FIELDS & set(mapping.values()):
        columns = ", ".join(f'"{name}"' for name in table.header[:6] if name)
        more = ", ..." if len(table.header) > 6 else ""
        return ParsedContacts(
            problems=[
                ParseProblem(
                    1,
                    f"unknown CSV layout: no column holds a name or an e-mail address "
                    f"(columns: {columns}{more}).",
                    "unknown_csv_layout",
                    f"{columns}{more}",
                )
            ]
        )
    return records_from_table(table, mapping)
