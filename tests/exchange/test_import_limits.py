"""How many contacts a file may hold: whatever fits in the file size limit (an association's
member list of 95,000 and more), while a file that cannot be contacts is still refused before
it is parsed."""

from __future__ import annotations

import pytest

from coordinator_app.exchange.contacts_import import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_CONTACTS,
    MAX_VCARD_LINES,
    ImportTooLarge,
    check_size,
    check_table,
    check_vcard_text,
)
from coordinator_app.exchange.csv_import import read_csv_table


def _plain_cards(count: int) -> str:
    """`count` plain vCards as a phone exports them: a name, a company and an e-mail address."""
    return "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:Østergaard;Åse {n};;;\r\nFN:Åse {n} Østergaard\r\n"
        f"ORG:Ørestad Pharma A/S\r\nEMAIL;TYPE=INTERNET:aase.{n}@oerestad.example\r\n"
        "END:VCARD\r\n"
        for n in range(count)
    )


def test_a_file_of_100000_plain_cards_is_within_every_limit() -> None:
    text = _plain_cards(100_000)
    assert len(text.encode("utf-8")) <= MAX_IMPORT_BYTES
    check_size(len(text.encode("utf-8")))
    check_vcard_text(text)  # counted before parsing: no refusal


def test_a_csv_of_100000_members_is_within_every_limit() -> None:
    rows = "".join(f"Åse {n} Østergaard,aase.{n}@oerestad.example\n" for n in range(100_000))
    table = read_csv_table(("Name,E-mail\n" + rows).encode("utf-8"))
    assert len(table.rows) == 100_000
    check_table(table)


def test_the_contact_and_line_limits_follow_from_the_file_size_limit() -> None:
    """One contact per 64 bytes and one vCard line per 16: more than three times the largest
    member list the app is built for fits, and only a file of empty cards or one-letter lines
    is refused before it is parsed."""
    assert MAX_IMPORT_CONTACTS == MAX_IMPORT_BYTES // 64
    assert MAX_VCARD_LINES == MAX_IMPORT_BYTES // 16
    assert MAX_IMPORT_CONTACTS > 300_000 and MAX_VCARD_LINES > 1_300_000


def test_a_file_of_empty_cards_is_still_refused_before_it_is_parsed() -> None:
    with pytest.raises(ImportTooLarge) as caught:
        check_vcard_text("BEGIN:VCARD\n" * (MAX_IMPORT_CONTACTS + 1))
    assert caught.value.code == "too_many_contacts"
    assert caught.value.limit == MAX_IMPORT_CONTACTS
