"""Tests for the roster exports: CSV, vCard 4.0 and the PDF member list."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import stat
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import vobject

from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.roster_export import (
    ROSTER_CSV_COLUMNS,
    fold_line,
    roster_vcard,
    split_name,
    vcard_escape,
    write_roster_csv,
    write_roster_pdf,
    write_roster_vcard,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="pdftotext/pdffonts (poppler-utils) not installed; CI has them",
)

PRINTED = dt.date(2027, 3, 9)


def _members() -> list[MemberRow]:
    return [
        MemberRow(
            person_id=1,
            name="Søren Ærø Ågård",
            email="soren@example.dk",
            phone="+45 20 12 34 56",
            company="A.P. Møller - Mærsk",
            title="Head of IT Operations",
            industry="Shipping",
            expertise=("Mainframe", "Incident management"),
            member_since=dt.date(2019, 3, 1),
            dietary_needs="Vegetar",
        ),
        MemberRow(
            person_id=2,
            name="Łukasz Żółć",
            email="lukasz@example.com",
            phone="2012 3457",
            company="Novo Nordisk",
            title="Platform Engineer",
            industry="Pharma",
            expertise=("Kubernetes",),
            member_since=dt.date(2021, 1, 15),
            left_on=dt.date(2026, 12, 31),
            notes="Private note from the coordinator",
        ),
        MemberRow(
            person_id=3,
            name="Þóra Sigurðardóttir",
            email="thora@example.is",
            company="Danske Bank; Markets, Copenhagen",
            title="Manager\\Ops",
            expertise=("ITIL, v4", "Change; release"),
            dietary_needs="Ingen gluten,\ningen laktose",
        ),
    ]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


# --- CSV ------------------------------------------------------------------------------------


def test_csv_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "roster.csv"
    write_roster_csv(_members(), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfName,E-mail,Phone,")
    rows = _read_csv(out)
    assert list(rows[0]) == list(ROSTER_CSV_COLUMNS)
    assert [r["Name"] for r in rows] == ["Søren Ærø Ågård", "Łukasz Żółć", "Þóra Sigurðardóttir"]
    first, second, third = rows
    assert first["E-mail"] == "soren@example.dk"
    assert first["Phone"] == "+45 20 12 34 56"
    assert first["Company"] == "A.P. Møller - Mærsk"
    assert first["Expertise"] == "Mainframe; Incident management"
    assert first["Member since"] == "2019-03-01"
    assert first["Left"] == ""
    assert first["Dietary needs"] == "Vegetar"
    assert second["Left"] == "2026-12-31"
    assert third["Company"] == "Danske Bank; Markets, Copenhagen"
    assert third["Dietary needs"] == "Ingen gluten,\ningen laktose"
    assert third["Member since"] == ""


def test_csv_header_matches_the_documented_order() -> None:
    assert ROSTER_CSV_COLUMNS == (
        "Name",
        "E-mail",
        "Phone",
        "Company",
        "Title",
        "Industry",
        "Expertise",
        "Member since",
        "Left",
        "Dietary needs",
        "Shares contact details",
    )


def test_csv_in_danish_splits_in_danish_excel(tmp_path: Path) -> None:
    out = tmp_path / "medlemmer.csv"
    rows = _members()
    rows[0] = replace(rows[0], consent_share_contact=True)
    write_roster_csv(rows, out, lang="da")
    raw = out.read_bytes()
    assert raw.startswith("\ufeffNavn;E-mail;Telefon;Virksomhed;".encode())
    assert raw.endswith(b"\r\n")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle, delimiter=";"))
    assert list(read[0]) == [
        "Navn",
        "E-mail",
        "Telefon",
        "Virksomhed",
        "Titel",
        "Branche",
        "Ekspertise",
        "Medlem siden",
        "Udmeldt",
        "Kostbehov",
        "Deler kontaktoplysninger",
    ]
    first, second, third = read
    assert first["Navn"] == "Søren Ærø Ågård"
    assert first["Medlem siden"] == "01-03-2019"
    assert first["Deler kontaktoplysninger"] == "Ja"
    assert first["Branche"] == "Shipping"
    assert second["Udmeldt"] == "31-12-2026"
    assert second["Deler kontaktoplysninger"] == "Nej"
    assert third["Virksomhed"] == "Danske Bank; Markets, Copenhagen"
    assert third["Ekspertise"] == "ITIL, v4; Change\\; release"


def test_csv_in_english_has_iso_dates_and_yes_no(tmp_path: Path) -> None:
    out = tmp_path / "members.csv"
    write_roster_csv(_members()[1:2], out, lang="en")
    (row,) = _read_csv(out)
    assert row["Member since"] == "2021-01-15"
    assert row["Left"] == "2026-12-31"
    assert row["Shares contact details"] == "No"


def test_csv_guards_against_formulas_but_keeps_phone_numbers(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    rows = [
        MemberRow(person_id=1, name='=HYPERLINK("http://evil")', phone="+45 12 34 56 78"),
        MemberRow(person_id=2, name="@SUM(A1)", phone="-", company="+cmd|' /C calc'!A0"),
    ]
    write_roster_csv(rows, out)
    read = _read_csv(out)
    assert read[0]["Name"] == '\'=HYPERLINK("http://evil")'
    assert read[0]["Phone"] == "+45 12 34 56 78"
    assert read[1]["Name"] == "'@SUM(A1)"
    assert read[1]["Company"] == "'+cmd|' /C calc'!A0"


def test_csv_is_private_and_replaces_atomically(tmp_path: Path) -> None:
    out = tmp_path / "roster.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    write_roster_csv(_members(), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["roster.csv"]


def test_csv_of_no_members_has_only_the_header(tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    write_roster_csv([], out)
    expected = ",".join(ROSTER_CSV_COLUMNS) + "\r\n"
    assert out.read_bytes() == expected.encode("utf-8-sig")


# --- vCard ----------------------------------------------------------------------------------


def test_vcard_structure_and_values(tmp_path: Path) -> None:
    out = tmp_path / "roster.vcf"
    write_roster_vcard(_members(), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    lines = _unfold(text)
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert lines.count("BEGIN:VCARD") == 3
    assert lines.count("END:VCARD") == 3
    assert "FN:Søren Ærø Ågård" in lines
    assert "N:Ågård;Søren Ærø;;;" in lines
    assert "EMAIL;PREF=1:soren@example.dk" in lines
    assert "TEL;VALUE=uri;TYPE=cell:tel:+4520123456" in lines
    assert "TEL;VALUE=uri;TYPE=cell:tel:+4520123457" in lines  # local number made E.164
    assert "ORG:A.P. Møller - Mærsk" in lines
    assert "CATEGORIES:Mainframe,Incident management" in lines
    assert "ORG:Danske Bank\\; Markets\\, Copenhagen" in lines
    assert "TITLE:Manager\\\\Ops" in lines
    assert "CATEGORIES:ITIL\\, v4,Change\\; release" in lines
    assert not any(line.startswith("NOTE") for line in lines)


def test_vcard_carries_what_vcard_has_no_property_for() -> None:
    first, second, third = _members()
    cards = [
        _unfold(roster_vcard([row]))
        for row in (replace(first, consent_share_contact=True), second, third)
    ]
    assert "X-COORDINATOR-INDUSTRY:Shipping" in cards[0]
    assert "X-COORDINATOR-DIET:Vegetar" in cards[0]
    assert "X-COORDINATOR-CONSENT:TRUE" in cards[0]
    assert "X-COORDINATOR-MEMBER-SINCE:2019-03-01" in cards[0]
    assert not any(line.startswith("X-COORDINATOR-LEFT") for line in cards[0])
    assert "X-COORDINATOR-CONSENT:FALSE" in cards[1]
    assert "X-COORDINATOR-LEFT:2026-12-31" in cards[1]
    assert "X-COORDINATOR-DIET:Ingen gluten\\,\\ningen laktose" in cards[2]


def test_vcard_notes_only_when_asked() -> None:
    text = roster_vcard(_members(), include_notes=True)
    assert "NOTE:Private note from the coordinator" in _unfold(text)


def test_vcard_parses_back_with_vobject(tmp_path: Path) -> None:
    out = tmp_path / "roster.vcf"
    write_roster_vcard(_members(), out)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == 3
    first, second, third = cards
    assert first.version.value == "4.0"
    assert first.fn.value == "Søren Ærø Ågård"
    assert first.n.value.family == "Ågård"
    assert first.n.value.given == "Søren Ærø"
    assert first.email.value == "soren@example.dk"
    assert first.tel.value == "tel:+4520123456"
    assert second.fn.value == "Łukasz Żółć"
    assert third.fn.value == "Þóra Sigurðardóttir"
    assert third.org.value == ["Danske Bank; Markets, Copenhagen"]
    assert third.title.value == "Manager\\Ops"
    assert third.categories.value == ["ITIL, v4", "Change; release"]


def test_vcard_folds_at_75_octets_without_splitting_characters() -> None:
    long_name = "Åse Ørnø Æblegård " * 12 + "😀 Łukasz Żółć Þóra"
    row = MemberRow(person_id=1, name=long_name.strip(), title="x" * 200)
    text = roster_vcard([row])
    raw = text.encode("utf-8")
    for physical in raw.split(b"\r\n")[:-1]:
        assert len(physical) <= 75
        physical.decode("utf-8")  # raises if a multi-byte character was split
    lines = _unfold(text)
    assert f"FN:{long_name.strip()}" in lines
    assert "TITLE:" + "x" * 200 in lines
    card = vobject.readOne(text)
    assert card.fn.value == long_name.strip()


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_fold_line_with_characters_of_every_width(width: int) -> None:
    char = {1: "a", 2: "ø", 3: "€", 4: "😀"}[width]
    line = "X:" + char * 200
    folded = fold_line(line)
    physical = folded.encode("utf-8").split(b"\r\n")
    assert physical[-1] == b""
    assert all(len(p) <= 75 for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:-1])
    assert folded.replace("\r\n ", "").removesuffix("\r\n") == line


def test_fold_line_short_line_is_unchanged() -> None:
    assert fold_line("FN:Bo") == "FN:Bo\r\n"
    assert fold_line("x" * 75) == "x" * 75 + "\r\n"
    assert fold_line("x" * 76) == "x" * 75 + "\r\n x\r\n"


def test_vcard_escape() -> None:
    assert vcard_escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_split_name() -> None:
    assert split_name("Søren Ærø Ågård") == ("Ågård", "Søren Ærø")
    assert split_name("  Bo   Ek ") == ("Ek", "Bo")
    assert split_name("Madonna") == ("", "Madonna")
    assert split_name("") == ("", "")


def test_vcard_phone_that_is_not_a_number_is_text() -> None:
    row = MemberRow(person_id=1, name="A B", phone="ask reception, ext 12")
    lines = _unfold(roster_vcard([row]))
    assert "TEL;VALUE=text;TYPE=cell:ask reception\\, ext 12" in lines


def test_vcard_hostile_text_stays_on_its_line() -> None:
    row = MemberRow(person_id=1, name="Evil\r\nEND:VCARD\x00", company="x\nBEGIN:VCARD")
    lines = _unfold(roster_vcard([row]))
    assert lines.count("END:VCARD") == 1
    assert lines.count("BEGIN:VCARD") == 1
    assert "FN:Evil\\nEND:VCARD" in lines


# --- PDF ------------------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def _pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


def test_pdf_is_written_privately(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    write_roster_pdf(_members(), out, group_name="IT Operation", lang="da", printed_on=PRINTED)
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["roster.pdf"]


@needs_poppler
def test_pdf_prints_every_name_and_the_danish_texts(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    # Contact details are printed only with consent (tests/exchange/test_roster_pdf_consent.py).
    rows = [replace(row, consent_share_contact=True) for row in _members()]
    write_roster_pdf(rows, out, group_name="IT Operation", lang="da", printed_on=PRINTED)
    (page,) = _pdf_pages(out)
    for name in ("Łukasz Żółć", "Þóra Sigurðardóttir", "Søren Ærø Ågård"):
        assert name in page
    assert "IT Operation – Medlemsliste" in page
    assert "Fortroligt – kun til gruppens medlemmer" in page
    assert "3 medlemmer" in page
    assert "Udskrevet tirsdag d. 9. marts 2027" in page
    assert "Side 1 af 1" in page
    assert "soren@example.dk" in page
    assert "+45 20 12 34 56" in page


@needs_poppler
def test_pdf_in_english(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    write_roster_pdf(_members()[:1], out, group_name="IT Operation", lang="en", printed_on=PRINTED)
    (page,) = _pdf_pages(out)
    assert "IT Operation – Member list" in page
    assert "Confidential – for group members only" in page
    assert "1 member" in page
    assert "Printed Tuesday 9 March 2027" in page
    assert "Page 1 of 1" in page


@needs_poppler
def test_pdf_embeds_every_font_and_no_helvetica(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    write_roster_pdf(_members(), out, group_name="IT Operation", lang="da", printed_on=PRINTED)
    fonts = _pdf_fonts(out)
    assert fonts
    for line in fonts:
        assert "Helvetica" not in line
        assert "DejaVuSans" in line
        assert line.split()[-5] == "yes"  # the "emb" column


@needs_poppler
def test_300_members_make_a_multi_page_list_with_repeated_header(tmp_path: Path) -> None:
    base = _members()
    rows = [
        MemberRow(
            person_id=i,
            name=f"{base[i % 3].name} {i:03d}",
            email=f"member{i}@example.dk",
            phone="+45 20 12 34 56",
            company=base[i % 3].company,
            title=base[i % 3].title,
            industry=base[i % 3].industry,
            expertise=base[i % 3].expertise,
            consent_share_contact=True,  # the list shows contact details only with consent
        )
        for i in range(300)
    ]
    out = tmp_path / "big.pdf"
    write_roster_pdf(rows, out, group_name="IT Operation", lang="en", printed_on=PRINTED)
    pages = _pdf_pages(out)
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "Name / Title" in page
        assert "E-mail" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential – for group members only" in page
    everything = "\n".join(pages)
    assert all(f"member{i}@example.dk" in everything for i in range(300))
    assert "300 members" in pages[0]


def test_pdf_of_hostile_text_does_not_raise(tmp_path: Path) -> None:
    hostile = "<b>&amp; </i> <font name='Helvetica'>x & y < z"
    rows = [
        MemberRow(
            person_id=1,
            name=hostile + "A" * 5000,
            email="x" * 5000 + "@" + "y" * 300,
            phone="\x00\x07+45 12 34 😀",
            company="R&D <Ops>\r\n\ud800",
            title="😀🎉 Chef\x1b[31m\x7f",
            industry="\uffff\x0c",
            expertise=("<script>", "a" * 5000, "🚀", ""),
            notes="n",
        ),
        MemberRow(person_id=2, name="Zoë 中文 𝔘𝔫𝔦", title="A " * 3000, company="&" * 3000),
        MemberRow(person_id=3, name=""),
    ]
    out = tmp_path / "hostile.pdf"
    write_roster_pdf(rows, out, group_name="<Evil & Co>\n\x00", lang="xx", printed_on=PRINTED)
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_with_no_members(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    write_roster_pdf([], out, group_name="", lang="da", printed_on=PRINTED)
    assert out.read_bytes().startswith(b"%PDF")
