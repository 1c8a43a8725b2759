"""The roster's own CSV: written in Danish or English and read back as it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.domain.contacts import ContactRecord
from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.csv_import import (
    ContactField,
    detect_layout,
    guess_mapping,
    read_csv_table,
)
from coordinator_app.exchange.roster_csv import (
    ROSTER_HEADERS,
    csv_safe,
    csv_unsafe,
    join_expertise,
    parse_date,
    parse_yes_no,
    roster_csv_text,
    roster_layout,
    split_expertise,
)

F = ContactField

MEMBER = MemberRow(
    person_id=1,
    name="Søren Ærø Ågård",
    email="soren@example.dk",
    phone="+45 20 12 34 56",
    company="A.P. Møller - Mærsk",
    title="Head of IT",
    industry="Shipping",
    expertise=("ITIL, v4", "Change; release", "C:\\Drev"),
    member_since=dt.date(2019, 3, 1),
    left_on=dt.date(2026, 12, 31),
    dietary_needs="Ingen gluten,\ningen laktose",
    consent_share_contact=True,
)


def _read(text: str) -> ContactRecord:
    parsed = read_contacts(text.encode("utf-8-sig"), "medlemmer.csv")
    assert parsed.problems == []
    (record,) = parsed.records
    return record


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_export_reads_back_field_for_field(lang: str) -> None:
    record = _read(roster_csv_text([MEMBER], lang))
    assert record.full_name == MEMBER.name
    assert record.emails == (MEMBER.email,)
    assert record.phones == (MEMBER.phone,)
    assert record.organisation == MEMBER.company
    assert record.title == MEMBER.title
    assert record.industry == "Shipping"
    assert record.expertise == ("ITIL, v4", "Change; release", "C:\\Drev")
    assert record.member_since == dt.date(2019, 3, 1)
    assert record.left_on == dt.date(2026, 12, 31)
    assert record.dietary_needs == "Ingen gluten,\ningen laktose"
    assert record.consent_share_contact is True


@pytest.mark.parametrize("lang", ["da", "en"])
def test_both_languages_are_the_roster_layout(lang: str) -> None:
    table = read_csv_table(roster_csv_text([MEMBER], lang).encode("utf-8-sig"))
    assert table.header == list(ROSTER_HEADERS[lang])
    layout = detect_layout(table.header)
    assert layout is not None and layout[0] == "coordinator"
    assert layout[1] == {
        0: F.FULL_NAME,
        1: F.EMAIL,
        2: F.PHONE,
        3: F.ORGANISATION,
        4: F.TITLE,
        5: F.INDUSTRY,
        6: F.EXPERTISE,
        7: F.MEMBER_SINCE,
        8: F.LEFT_ON,
        9: F.DIETARY_NEEDS,
        10: F.CONSENT,
    }


def test_an_earlier_export_without_the_consent_column_is_the_roster_layout() -> None:
    header = list(ROSTER_HEADERS["en"][:10])
    assert roster_layout(header) == "en"
    assert roster_layout([cell.upper() for cell in header]) == "en"
    assert roster_layout(header[:9]) is None
    assert roster_layout(["Name", "E-mail"]) is None


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("http://evil")',
        "@SUM(A1)",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "'=already quoted",
        "''@twice",
        "'plain apostrophe",
        "O'Brien",
        "+45 20 12 34 56",
        "-",
        "'",
    ],
)
def test_formula_neutralisation_is_undone_exactly(value: str) -> None:
    written = csv_safe(value)
    if value.lstrip("'")[:1] in ("=", "+", "-", "@") and value not in ("+45 20 12 34 56", "-"):
        assert written == "'" + value
    else:
        assert written == value
    assert csv_unsafe(written) == value
    row = MemberRow(person_id=1, name=value, company=value, email="a@b.dk")
    for lang in ("da", "en"):
        record = _read(roster_csv_text([row], lang))
        assert (record.full_name, record.organisation) == (value, value)


def test_an_apostrophe_in_another_programs_csv_stays() -> None:
    parsed = read_contacts(b"Name;E-mail;Firma\n'=x;a@b.dk;'@y\n", "x.csv")
    (record,) = parsed.records
    assert (record.full_name, record.organisation) == ("'=x", "'@y")


def test_expertise_tags_join_and_split_exactly() -> None:
    tags = ["a;b", "c\\", "\\;", "d e"]
    cell = join_expertise(tags)
    assert split_expertise(cell, escaped=True) == tags
    assert split_expertise("Kubernetes; ITIL;; Drift ", escaped=False) == [
        "Kubernetes",
        "ITIL",
        "Drift",
    ]
    assert split_expertise("C:\\x; y", escaped=True) == ["C:\\x", "y"]


def test_dates_in_both_forms_and_nothing_else() -> None:
    assert parse_date("2027-03-09") == dt.date(2027, 3, 9)
    assert parse_date("09-03-2027") == dt.date(2027, 3, 9)
    assert parse_date("9.3.2027") == dt.date(2027, 3, 9)
    assert parse_date(" 1-12-2020 ") == dt.date(2020, 12, 1)
    for text in ("3/9/2027", "31-02-2027", "2027", "marts 2027", ""):
        assert parse_date(text) is None


def test_yes_and_no_in_both_languages() -> None:
    assert [parse_yes_no(t) for t in ("Ja", "JA", "yes", "True", "1", "x")] == [True] * 6
    assert [parse_yes_no(t) for t in ("Nej", "no", "FALSE", "0")] == [False] * 4
    assert parse_yes_no("måske") is None


def test_a_hand_made_csv_with_roster_columns_is_read() -> None:
    text = (
        "Navn;E-mail;Branche;Kompetencer;Kostbehov;Samtykke;Medlem siden;Udmeldt\n"
        'Ida Lund;ida@lund.dk;IT;"Drift; Sikkerhed";Vegetar;ja;01-02-2020;\n'
    )
    header = read_csv_table(text.encode()).header
    assert list(guess_mapping(header).values()) == [
        F.FULL_NAME,
        F.EMAIL,
        F.INDUSTRY,
        F.EXPERTISE,
        F.DIETARY_NEEDS,
        F.CONSENT,
        F.MEMBER_SINCE,
        F.LEFT_ON,
    ]
    (record,) = read_contacts(text.encode(), "x.csv").records
    assert (record.industry, record.expertise) == ("IT", ("Drift", "Sikkerhed"))
    assert (record.dietary_needs, record.consent_share_contact) == ("Vegetar", True)
    assert (record.member_since, record.left_on) == (dt.date(2020, 2, 1), None)


def test_a_value_that_is_no_date_or_no_yes_is_a_problem() -> None:
    header = ";".join(ROSTER_HEADERS["da"])
    text = f"{header}\nIda;ida@lund.dk;;;;;;snart;i går;;måske\n"
    parsed = read_contacts(text.encode(), "x.csv")
    (record,) = parsed.records
    assert (record.member_since, record.left_on, record.consent_share_contact) == (
        None,
        None,
        None,
    )
    assert [(p.code, p.value) for p in parsed.problems] == [
        ("yes_no_left_out", "måske"),
        ("date_left_out", "snart"),
        ("date_left_out", "i går"),
    ]
