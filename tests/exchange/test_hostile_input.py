"""Hostile input for every importer and parser: random bytes, truncated and spliced files, huge
fields and pathological files give contacts, problems or a clear "too large", never a crash or
a hang.

Parsing is linear in the size of the input, and the import limits (20 MB, 10,000 contacts,
1,000 CSV columns, 200,000 vCard lines) bound that size, so an import always ends within
seconds. No test measures time (that would be flaky); `pytest.mark.timeout` guards against a
parser that would take minutes or never end.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.domain.contacts import ParsedContacts
from coordinator_app.domain.logistics import ChecklistTemplate
from coordinator_app.domain.meetings import AgendaTemplate
from coordinator_app.domain.planning import HolidayRules
from coordinator_app.exchange.contacts_import import (
    MAX_CSV_COLUMNS,
    MAX_IMPORT_BYTES,
    MAX_IMPORT_CONTACTS,
    MAX_VCARD_LINES,
    ImportTooLarge,
    check_size,
    read_contact_file,
    read_contacts,
)
from coordinator_app.exchange.csv_import import read_csv_table
from coordinator_app.exchange.textdecode import decode_text
from coordinator_app.exchange.vcard_import import read_vcards
from tests.conftest import SAMPLES_DIR

SAMPLES = sorted(p for p in SAMPLES_DIR.rglob("*") if p.suffix in {".csv", ".vcf"})
NAMES = st.sampled_from(["", "contacts.csv", "contacts.vcf", "export.vcard", "noext", "x.txt"])
MB = 1024 * 1024


def _read(data: bytes, name: str = "") -> ParsedContacts | ImportTooLarge:
    """What the import front end makes of `data`: contacts and problems, or a clear refusal."""
    try:
        parsed = read_contacts(data, name)
    except ImportTooLarge as exc:
        assert exc.code in {
            "file_too_large", "too_many_contacts", "too_many_columns", "too_many_lines"
        }  # fmt: skip
        assert str(exc)
        return exc
    assert isinstance(parsed, ParsedContacts)
    for problem in parsed.problems:
        assert problem.line >= 1 and problem.code
    for record in parsed.records:
        assert record.line >= 1
    return parsed


# --- property-based ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=20_000), NAMES)
def test_the_import_front_end_takes_any_bytes(data: bytes, name: str) -> None:
    _read(data, name)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=20_000))
def test_text_decoding_takes_any_bytes(data: bytes) -> None:
    text = decode_text(data)
    assert isinstance(text, str)
    assert "\r\n" not in text


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(SAMPLES),
    st.floats(min_value=0.0, max_value=1.0),
    st.binary(max_size=300),
    st.sampled_from(SAMPLES),
)
def test_truncated_and_spliced_samples_through_the_front_end(
    path: Path, cut: float, garbage: bytes, other: Path
) -> None:
    data = path.read_bytes()
    head = data[: int(len(data) * cut)]
    other_data = other.read_bytes()
    tail = other_data[int(len(other_data) * cut) :]
    for candidate in (head, head + garbage, garbage + head, head + tail):
        _read(candidate, path.name)
        _read(candidate)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Note", "Name", "E-mail", "Phone", "Company"]),
    st.integers(min_value=0, max_value=300_000),
    st.sampled_from(["x", "æ", '"', ",", ";", "\n", "\r", "\\", "=", "\t", "@", "\x00"]),
    st.booleans(),
)
def test_huge_csv_fields(column: str, size: int, char: str, quoted: bool) -> None:
    value = char * size
    cell = '"' + value.replace('"', '""') + '"' if quoted else value
    data = f"Name,{column}\nIda Lund,{cell}\nBo Berg,b@berg.dk\n".encode()
    _read(data, "big.csv")
    _read(data)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["FN", "NOTE", "EMAIL", "TEL", "ADR", "N", "ORG", "PHOTO;ENCODING=b"]),
    st.integers(min_value=0, max_value=100_000),
    st.sampled_from(["x", "ø", ";", ",", "\\", "=0A", ":", "\n ", "\r\n\t"]),
)
def test_huge_vcard_values(prop: str, size: int, piece: str) -> None:
    data = f"BEGIN:VCARD\nVERSION:3.0\nFN:Ida\n{prop}:{piece * (size // len(piece))}\nEND:VCARD\n"
    _read(data.encode("utf-8"), "big.vcf")
    assert isinstance(read_vcards(data.encode("utf-8")), ParsedContacts)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=5),
    max_leaves=25,
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_stored_settings_parse_whatever_the_database_holds(value: object) -> None:
    """The settings are JSON in the database: any value gives a usable setting."""
    assert isinstance(HolidayRules.from_json(value), HolidayRules)
    assert isinstance(AgendaTemplate.from_json(value), AgendaTemplate)
    assert isinstance(ChecklistTemplate.from_json(value), ChecklistTemplate)
    if isinstance(value, dict):
        for key in ("country", "school_weeks", "easter_week", "christmas"):
            assert isinstance(HolidayRules.from_json({key: value}), HolidayRules)


# --- pathological files, at the size of real trouble -------------------------------------------


def _card(value: bytes, prop: bytes = b"NOTE", version: bytes = b"3.0") -> bytes:
    return (
        b"BEGIN:VCARD\nVERSION:" + version + b"\nFN:Ida\n" + prop + b":" + value + b"\nEND:VCARD\n"
    )


# Built when a test runs, not when the module is collected.
PATHOLOGICAL: dict[str, Callable[[], bytes]] = {
    "csv-5mb-single-line-field": lambda: b"Name,Note\nIda," + b"x" * (5 * MB) + b"\n",
    "csv-5mb-quoted-field": lambda: b'Name,Note\nIda,"' + b'x""' * (5 * MB // 3) + b'"\n',
    "csv-5mb-unclosed-quote": lambda: b'Name,Note\nIda,"' + b"x,\n" * (5 * MB // 3),
    "csv-5mb-header-line": lambda: b",".join([b"Name"] * (5 * MB // 5)) + b"\nIda\n",
    "csv-5mb-of-delimiters": lambda: b";" * (5 * MB),
    "csv-5mb-of-quotes": lambda: b'"' * (5 * MB),
    "csv-2mb-of-carriage-returns": lambda: b"Name\r" + b"\r" * (2 * MB),
    "csv-5mb-of-nul": lambda: b"\x00" * (5 * MB),
    "csv-many-rows": lambda: b"Name,E-mail\n" + b"P,p@x.dk\n" * (MAX_IMPORT_CONTACTS + 1),
    "vcf-2mb-single-line": lambda: _card(b"x" * (2 * MB)),
    "vcf-2mb-folded-line": lambda: _card(b"xy\n " * (2 * MB // 4)),
    # Empty folded lines: a search for BEGIN:VCARD once took quadratic time over them.
    "vcf-1mb-of-empty-folds": lambda: _card(b"\n " * (MB // 2)),
    "no-name-1mb-of-blank-lines": lambda: b"\n \n\t" * (MB // 4),
    "vcf-quoted-printable-soft-breaks": lambda: _card(
        b"=41=\n" * (MB // 2), b"NOTE;ENCODING=QUOTED-PRINTABLE", b"2.1"
    ),
    "vcf-many-begins": lambda: b"BEGIN:VCARD\n" * (MB // 2),
    "vcf-many-cards": lambda: b"BEGIN:VCARD\nFN:P\nEND:VCARD\n" * (MAX_IMPORT_CONTACTS + 1),
    # One-letter lines: more of them than the line limit in a file under the size limit.
    "vcf-many-properties": lambda: _card(b"a@b.dk" + b"\nE:x" * MAX_VCARD_LINES, b"EMAIL"),
    "vcf-separators": lambda: _card(b"a;" * (MB // 4), b"ADR"),
    "random-5mb": lambda: os.urandom(5 * MB),
}

REFUSED = {
    "csv-5mb-header-line": "too_many_columns",
    "csv-many-rows": "too_many_contacts",
    "vcf-many-begins": "too_many_contacts",
    "vcf-many-cards": "too_many_contacts",
    "vcf-many-properties": "too_many_lines",
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_files_end_quickly_with_contacts_problems_or_a_refusal(name: str) -> None:
    data = PATHOLOGICAL[name]()
    suffix = {"vcf": "file.vcf", "csv": "file.csv"}.get(name[:3], "file")
    result = _read(data, suffix)
    if name in REFUSED:
        assert isinstance(result, ImportTooLarge) and result.code == REFUSED[name]
    elif not name.startswith("random"):  # random bytes may read as a CSV of many rows
        assert isinstance(result, ParsedContacts)


@pytest.mark.timeout(30)
def test_a_csv_with_too_many_columns_is_refused_before_its_layout_is_guessed() -> None:
    data = b",".join(b"E-mail %d" % i for i in range(MAX_CSV_COLUMNS + 1)) + b"\nx\n"
    with pytest.raises(ImportTooLarge) as caught:
        read_contacts(data, "wide.csv")
    assert caught.value.code == "too_many_columns"
    assert caught.value.size == MAX_CSV_COLUMNS + 1 and caught.value.limit == MAX_CSV_COLUMNS
    assert len(read_csv_table(data).header) == MAX_CSV_COLUMNS + 1  # the table itself is read


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportTooLarge) as caught:
        read_contact_file(huge)
    assert caught.value.code == "file_too_large"
    assert caught.value.size == MAX_IMPORT_BYTES + 1 and caught.value.limit == MAX_IMPORT_BYTES
    assert "over 20 MB" in str(caught.value)
    small = tmp_path / "small.csv"
    small.write_bytes(b"Name\nIda\n")
    assert read_contact_file(small) == b"Name\nIda\n"
    check_size(MAX_IMPORT_BYTES)
