"""Reading a contact file of either kind, vCard or CSV, as the coordinator picks it in the GUI."""

from __future__ import annotations

import re
from pathlib import PurePath

from coordinator_app.domain.contacts import ParsedContacts, ParseProblem
from coordinator_app.exchange.csv_import import (
    ContactField,
    detect_layout,
    guess_mapping,
    read_csv_table,
    records_from_table,
)
from coordinator_app.exchange.textdecode import decode_text
from coordinator_app.exchange.vcard_import import read_vcards

MAX_IMPORT_BYTES = 20 * 1024 * 1024
VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})

# How far into a file a vCard's first BEGIN:VCARD is looked for.
_SNIFF_BYTES = 64 * 1024
_BEGIN_LINE = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)
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
    """The file is larger than a contact file can reasonably be (`MAX_IMPORT_BYTES`)."""

    def __init__(self, size: int) -> None:
        megabytes = MAX_IMPORT_BYTES // (1024 * 1024)
        super().__init__(
            f"The file is {size / (1024 * 1024):.1f} MB; contact files over {megabytes} MB "
            "are not imported."
        )
        self.size = size


def check_size(size: int) -> None:
    """Raises ImportTooLarge if a file of `size` bytes is too large to import."""
    if size > MAX_IMPORT_BYTES:
        raise ImportTooLarge(size)


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
    `MAX_IMPORT_BYTES`.
    """
    check_size(len(data))
    if is_vcard(data, filename):
        return read_vcards(data)
    table = read_csv_table(data)
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
