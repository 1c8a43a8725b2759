"""Tests for reading CSV contact files and for choosing between the vCard and CSV readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.exchange.contacts_import import (
    MAX_IMPORT_BYTES,
    ImportTooLarge,
    is_vcard,
    read_contacts,
)
from coordinator_app.exchange.csv_import import (
    ContactField,
    CsvTable,
    detect_layout,
    guess_mapping,
    read_csv_table,
    records_from_table,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
CSV_SAMPLES = sorted((SAMPLES / "csv").glob("*.csv"))
F = ContactField


def read_sample(name: str) -> tuple[CsvTable, str, ParsedContacts]:
    table = read_csv_table((SAMPLES / "csv" / name).read_bytes())
    layout = detect_layout(table.header)
    assert layout is not None
    return table, layout[0], records_from_table(table, layout[1])


def names(parsed: ParsedContacts) -> list[str]:
    return [record.full_name for record in parsed.records]


def mapped(header: list[str], mapping: dict[int, ContactField]) -> dict[str, ContactField]:
    return {header[index]: contact_field for index, contact_field in mapping.items()}


# --- One test per sample ----------------------------------------------------------------------


def test_google_legacy_with_groups() -> None:
    table, layout, parsed = read_sample("google_csv_legacy_groups.csv")
    assert layout == "google"
    assert len(table.header) == 40
    assert [line for line, _ in table.rows] == [2, 3, 4, 5, 6]
    assert names(parsed) == ["Ando", "Anna", "Anne", "axel", "Bus Winsen"]
    ando, anna, anne, axel, bus = parsed.records
    assert (ando.given_name, ando.family_name) == ("Ando", "family")
    assert ando.phones == ("+49 2279 13452",)
    assert anna.phones == ("+49 4471 707801",)
    assert anne.phones == ("01235684494",)  # no country code and no Danish number: as written
    assert axel.emails == ("abc@here.de",)
    assert axel.note == "rutan"
    assert bus.line == 6
    assert bus.address == "Ring 22, Winsen"  # the quoted two-line "Address 1 - Formatted"
    assert parsed.problems == []


def test_google_legacy_multiline_and_typed_phones() -> None:
    table, layout, parsed = read_sample("google_csv_legacy_multiline.csv")
    assert layout == "google"
    assert [line for line, _ in table.rows] == [2]
    assert parsed.records == [
        ContactRecord(
            line=2,
            full_name="Prefix Firstname Middle Lastname Suffix",
            given_name="Firstname Middle",
            family_name="Lastname",
            emails=("home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"),
            organisation="company",
            title="jobtitle",
            address="home_street, home_pobox, home_city, home_state home_zip, home_country",
            note='note"note',
        )
    ]
    # Pager and fax columns are left out by their type; the rest are words, not numbers.
    assert [problem.message for problem in parsed.problems] == [
        f'"{text}" is not a phone number; it was left out.'
        for text in ("mainphone", "homephone", "mobile", "workphone")
    ]


def test_outlook_german_2013_cp1252_with_short_rows() -> None:
    table, layout, parsed = read_sample("outlook2013_csv_de_cp1252.csv")
    assert layout == "outlook"
    assert len(table.header) == 92
    assert [(line, len(cells)) for line, cells in table.rows] == [(2, 92), (4, 92)]
    assert parsed.records == [
        ContactRecord(
            line=2,
            full_name="Christian Baumann",
            given_name="Christian",
            family_name="Baumann",
            emails=("c.baumann@unittest.de",),
            phones=("+49 40 6432131550",),
            organisation="unittest",
            title="Vertrieb",
            address="Pickhuben 2, Hamburg, 20457, Deutschland",
        ),
        ContactRecord(
            line=4,
            full_name="Cornelius Weiß",
            given_name="Cornelius",
            family_name="Weiß",
            emails=("c.weiss@unittest.de",),
            phones=("040 6432131545", "0176 164321545"),
            organisation="unittest",
            title="Softwareengineering",
        ),
    ]
    assert parsed.problems == []


def test_outlook_english() -> None:
    table, layout, parsed = read_sample("outlook_csv_en.csv")
    assert layout == "outlook"
    mapping = mapped(table.header, detect_layout(table.header)[1])  # type: ignore[index]
    assert "Title" not in mapping  # Mr./Dr. beside "Job Title"
    assert mapping["Job Title"] is F.TITLE
    assert "Business Fax" not in mapping
    assert "E-mail Display Name" not in mapping
    assert parsed.records == [
        ContactRecord(
            line=2,
            full_name="John Smith",
            given_name="John",
            family_name="Smith",
            emails=("john@example.com",),
            phones=("(123) 555-2222", "(123) 555-3333"),  # business, then mobile; not the fax
            organisation="International Inc",
            note="PHP\nPerl\nPython",
        )
    ]
    assert parsed.problems == []


def test_thunderbird_export() -> None:
    table, layout, parsed = read_sample("thunderbird_export.csv")
    assert layout == "thunderbird"
    assert [line for line, _ in table.rows] == [2, 3]
    assert table.rows[1][1][34] == "custom\n3"  # a lone CR inside a quoted cell is a line break
    assert names(parsed) == ["contact number one", "contact number two"]
    two = parsed.records[1]
    assert two.title == '"worker"'
    assert two.note == "here's some unicode text…"
    assert [(problem.line, problem.message) for problem in parsed.problems] == [
        (2, '"contact1@invalid" is not a valid e-mail address; it was left out.'),
        (3, '"contact2@invalid" is not a valid e-mail address; it was left out.'),
    ]


def test_thunderbird_utf16_le_with_trailing_comma() -> None:
    table, layout, parsed = read_sample("thunderbird_utf16le.csv")
    assert layout == "thunderbird"
    assert len(table.header) == 37  # the empty column after the trailing comma is dropped
    assert table.header[-1] == "Screen Name"
    assert parsed.records == [
        ContactRecord(
            line=2,
            full_name="John Doe",
            given_name="John",
            family_name="Doe",
            emails=("johndoe@host.invalid",),
        )
    ]


def test_every_sample_is_covered_by_a_test() -> None:
    assert [path.name for path in CSV_SAMPLES] == [
        "google_csv_legacy_groups.csv",
        "google_csv_legacy_multiline.csv",
        "outlook2013_csv_de_cp1252.csv",
        "outlook_csv_en.csv",
        "thunderbird_export.csv",
        "thunderbird_utf16le.csv",
    ]


# --- A Danish Outlook export, made up from Outlook's Danish column names ----------------------

DANISH_OUTLOOK_HEADER = [
    "Titel", "Fornavn", "Mellemnavn", "Efternavn", "Suffiks", "Firma", "Afdeling", "Stilling",
    "Gade (arbejde)", "Gade 2 (firma)", "Gade 3 (firma)", "By (arbejde)", "Område (arbejde)",
    "Postnummer (arbejde)", "Land/område (arbejde)", "Gade (privat)", "Gade 2 (privat)",
    "Gade 3 (privat)", "By (privat)", "Område (privat)", "Postnummer (privat)",
    "Land/område (privat)", "Anden gade", "Anden by", "Andet postnummer", "Andet land/område",
    "Assistentens telefon", "Fax (arbejde)", "Telefon (arbejde)", "Telefon 2 (arbejde)",
    "Tilbagekald", "Biltelefon", "Primær telefon (firma)", "Fax (privat)", "Telefon (privat)",
    "ISDN", "Mobiltelefon", "Anden telefon", "Personsøger", "Primær telefon", "Mærkedag",
    "Assistentens navn", "Fødselsdag", "Adresse, postboks (arbejde)", "Kategorier",
    "E-mail-adresse", "E-mail-type", "E-mail-vist navn", "E-mail 2-adresse", "E-mail 2-type",
    "E-mail 2-vist navn", "Køn", "Initialer", "Sted", "Navn på overordnet", "Notater",
    "Kontoradresse", "Prioritet", "Privat", "Følsomhed", "Ægtefælle", "Bruger 1", "webside",
]  # fmt: skip


def danish_outlook_csv(*rows: dict[str, str]) -> bytes:
    lines = [";".join(f'"{name}"' for name in DANISH_OUTLOOK_HEADER)]
    for row in rows:
        lines.append(";".join(f'"{row.get(name, "")}"' for name in DANISH_OUTLOOK_HEADER))
    return "\r\n".join(lines).encode("cp1252") + b"\r\n"


DANISH_ROWS: tuple[dict[str, str], ...] = (
    {
        "Titel": "Hr.",
        "Fornavn": "Søren",
        "Mellemnavn": "Kjær",
        "Efternavn": "Østergaard",
        "Firma": "Ærø Færgeri A/S",
        "Afdeling": "IT-drift",
        "Stilling": "IT-chef",
        "Gade (arbejde)": "Havnegade 1",
        "By (arbejde)": "Ærøskøbing",
        "Postnummer (arbejde)": "5970",
        "Land/område (arbejde)": "Danmark",
        "Gade (privat)": "Vestergade 3",
        "Fax (arbejde)": "62 52 10 01",
        "Telefon (arbejde)": "62 52 10 00",
        "Mobiltelefon": "20 12 34 56",
        "Primær telefon (firma)": "62 52 00 00",
        "Mærkedag": "0-0-00",
        "E-mail-adresse": "soren@aeroe-faergeri.dk",
        "E-mail-type": "SMTP",
        "E-mail-vist navn": "Søren Østergaard (soren@aeroe-faergeri.dk)",
        "E-mail 2-adresse": "soren.privat@example.dk",
        "Notater": "Vært for mødet i marts\r\nRundvisning på værftet",
        "Kontoradresse": "Bygning 2",
        "Prioritet": "Normal",
    },
    {
        "Fornavn": "Mette",
        "Efternavn": "Bræmer",
        "Firma": "Novo Nordisk",
        "Stilling": "Driftschef",
        "E-mail-adresse": "mette(at)novo.dk",
        "Telefon (privat)": "+45 44 44 88 88",
    },
    {},
    {
        "Fornavn": "Åse",
        "Efternavn": "Ågård",
        "Gade (privat)": "Bøgevej 7",
        "By (privat)": "Køge",
        "Postnummer (privat)": "4600",
        "E-mail-adresse": "aase@example.dk",
    },
)


def test_danish_outlook_semicolon_csv_is_recognised() -> None:
    table = read_csv_table(danish_outlook_csv(*DANISH_ROWS))
    assert table.header == DANISH_OUTLOOK_HEADER
    layout = detect_layout(table.header)
    assert layout is not None
    name, mapping = layout
    assert name == "outlook"
    by_name = mapped(table.header, mapping)
    assert {column: by_name[column] for column in by_name if by_name[column] is not F.ADDRESS} == {
        "Fornavn": F.GIVEN_NAME,
        "Mellemnavn": F.GIVEN_NAME,
        "Efternavn": F.FAMILY_NAME,
        "Firma": F.ORGANISATION,
        "Stilling": F.TITLE,
        "Telefon (arbejde)": F.PHONE,
        "Telefon 2 (arbejde)": F.PHONE,
        "Primær telefon (firma)": F.PHONE,
        "Telefon (privat)": F.PHONE,
        "Mobiltelefon": F.PHONE,
        "Anden telefon": F.PHONE,
        "Primær telefon": F.PHONE,
        "E-mail-adresse": F.EMAIL,
        "E-mail 2-adresse": F.EMAIL,
        "Notater": F.NOTE,
    }
    assert "Kontoradresse" not in by_name  # Outlook's office location, not a postal address
    assert "Adresse, postboks (arbejde)" not in by_name
    assert by_name["Gade (arbejde)"] is F.ADDRESS
    assert by_name["Postnummer (privat)"] is F.ADDRESS


def test_danish_outlook_semicolon_csv_records() -> None:
    table = read_csv_table(danish_outlook_csv(*DANISH_ROWS))
    layout = detect_layout(table.header)
    assert layout is not None
    parsed = records_from_table(table, layout[1])
    assert names(parsed) == ["Søren Kjær Østergaard", "Mette Bræmer", "Åse Ågård"]
    soren, mette, aase = parsed.records
    assert (soren.line, mette.line, aase.line) == (2, 4, 6)  # the note spans lines 2-3
    assert (soren.given_name, soren.family_name) == ("Søren Kjær", "Østergaard")
    assert soren.emails == ("soren@aeroe-faergeri.dk", "soren.privat@example.dk")
    # Work phone, then mobile, then the switchboard; never the fax.
    assert soren.phones == ("+45 62 52 10 00", "+45 20 12 34 56", "+45 62 52 00 00")
    assert (soren.organisation, soren.title) == ("Ærø Færgeri A/S", "IT-chef")
    assert soren.address == "Havnegade 1, Ærøskøbing, 5970, Danmark"
    assert soren.note == "Vært for mødet i marts\nRundvisning på værftet"
    assert mette.emails == ()
    assert mette.phones == ("+45 44 44 88 88",)
    assert aase.address == "Bøgevej 7, Køge, 4600"  # only a home address: that one
    assert parsed.problems == [
        ParseProblem(
            4,
            '"mette(at)novo.dk" is not a valid e-mail address; it was left out.',
            "email_left_out",
            "mette(at)novo.dk",
        )
    ]


def test_danish_outlook_csv_through_read_contacts() -> None:
    parsed = read_contacts(danish_outlook_csv(*DANISH_ROWS), "kontakter.csv")
    assert names(parsed) == ["Søren Kjær Østergaard", "Mette Bræmer", "Åse Ågård"]


# --- Tables: lines, delimiters, padding ---------------------------------------------------------


def test_empty_lines_are_skipped_and_lines_are_kept() -> None:
    data = (
        b'\r\nName;E-mail\r\n\r\nAnna Holm;anna@holm.dk\r\n;\r\n\r\n"Bo\r\nBerg";bo@berg.dk\r\n\r\n'
    )
    table = read_csv_table(data)
    assert table.header == ["Name", "E-mail"]
    assert table.rows == [(4, ["Anna Holm", "anna@holm.dk"]), (7, ["Bo\nBerg", "bo@berg.dk"])]
    parsed = records_from_table(table, {0: F.FULL_NAME, 1: F.EMAIL})
    assert names(parsed) == ["Anna Holm", "Bo Berg"]
    assert parsed.problems == []


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = delimiter.join(["Navn", "Adresse", "E-mail"]) + "\n"
    text += delimiter.join(["Ida Lund", '"Vej 1, 2. th."', "ida@lund.dk"]) + "\n"
    table = read_csv_table(text.encode())
    assert table.header == ["Navn", "Adresse", "E-mail"]
    assert table.rows == [(2, ["Ida Lund", "Vej 1, 2. th.", "ida@lund.dk"])]


def test_rows_are_padded_or_cut_to_the_header() -> None:
    table = read_csv_table(b"a,b,c,,\n1\n1,2,3,4,5\n")
    assert table.header == ["a", "b", "c"]
    assert table.rows == [(2, ["1", "", ""]), (3, ["1", "2", "3"])]


def test_a_bad_row_is_a_problem_at_its_line_and_the_other_rows_still_parse() -> None:
    data = (
        "Fornavn;Efternavn;E-mail;Firma\n"
        "Anna;Holm;anna@holm.dk;Holm IT\n"
        "Bo;Berg;bo@berg;Berg A/S\n"
        ";;;\n"
        ";;;Tomt Firma\n"
        ";;;\n"
        "\n"
        "Carl;Dahl;carl@dahl.dk;\n"
    ).encode("cp1252")
    parsed = read_contacts(data, "medlemmer.csv")
    assert names(parsed) == ["Anna Holm", "Bo Berg", "Tomt Firma", "Carl Dahl"]
    assert [record.line for record in parsed.records] == [2, 3, 5, 8]
    assert parsed.records[1].emails == ()
    assert parsed.problems == [
        ParseProblem(3, '"bo@berg" is not a valid e-mail address; it was left out.')
    ]


def test_a_row_with_nothing_to_name_it_is_a_problem() -> None:
    table = read_csv_table(b"Name,E-mail,Notes\n,,just a note\nEva,,\n")
    parsed = records_from_table(table, guess_mapping(table.header))
    assert names(parsed) == ["Eva"]
    assert parsed.problems == [
        ParseProblem(2, "The contact has no name, e-mail address or phone number; it was skipped.")
    ]


def test_several_columns_per_field_and_null_values() -> None:
    table = read_csv_table(
        b"First,Last,Mail 1,Mail 2,Phone,Mobile,Street,Zip,City,Birthday,Notes\n"
        b"Ida,Lund,ida@lund.dk ::: ida@work.dk,IDA@LUND.DK,33 12 34 56,,Vej 1,8000,Aarhus C,"
        b"0/0/00,0/0/00\n"
    )
    mapping = guess_mapping(table.header)
    assert mapping == {
        0: F.GIVEN_NAME,
        1: F.FAMILY_NAME,
        2: F.EMAIL,
        3: F.EMAIL,
        4: F.PHONE,
        5: F.PHONE,
        6: F.ADDRESS,
        7: F.ADDRESS,
        8: F.ADDRESS,
        10: F.NOTE,
    }
    (record,) = records_from_table(table, mapping).records
    assert record.emails == ("ida@lund.dk", "ida@work.dk")  # repeats differ only in case
    assert record.phones == ("+45 33 12 34 56",)
    assert record.address == "Vej 1, 8000, Aarhus C"
    assert record.note == ""


def test_full_name_falls_back_to_given_and_family_then_organisation_then_email() -> None:
    table = read_csv_table(
        b"Full name,First name,Last name,Company,Email\n"
        b"Dr. Jens Hansen,Jens,Hansen,,\n"
        b",Jens,Hansen,,\n"
        b",,,Hansen ApS,\n"
        b",,,,info@hansen.dk\n"
        b'"Hansen, Jens",Jens,Hansen,,\n'
    )
    parsed = records_from_table(table, guess_mapping(table.header))
    assert names(parsed) == [
        "Dr. Jens Hansen",
        "Jens Hansen",
        "Hansen ApS",
        "info@hansen.dk",
        "Jens Hansen",
    ]


# --- Layouts and guesses ------------------------------------------------------------------------


def test_current_google_layout() -> None:
    header = [
        "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Name Prefix",
        "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
        "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label",
        "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label",
        "Phone 1 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
        "Address 1 - City", "Address 2 - Formatted", "Website 1 - Label", "Website 1 - Value",
    ]  # fmt: skip
    layout = detect_layout(header)
    assert layout is not None
    assert layout[0] == "google"
    assert mapped(header, layout[1]) == {
        "First Name": F.GIVEN_NAME,
        "Middle Name": F.GIVEN_NAME,
        "Last Name": F.FAMILY_NAME,
        "Organization Name": F.ORGANISATION,
        "Organization Title": F.TITLE,
        "Notes": F.NOTE,
        "E-mail 1 - Value": F.EMAIL,
        "E-mail 2 - Value": F.EMAIL,
        "Phone 1 - Value": F.PHONE,
        "Address 1 - Formatted": F.ADDRESS,
    }


def test_localised_thunderbird_layout() -> None:
    header = ["Fornavn", "Efternavn", "Vist navn", "Kaldenavn", "Primær e-mail", "Sekundær e-mail"]
    layout = detect_layout(header)
    assert layout is not None
    assert layout[0] == "thunderbird"
    assert mapped(header, layout[1]) == {
        "Fornavn": F.GIVEN_NAME,
        "Efternavn": F.FAMILY_NAME,
        "Vist navn": F.FULL_NAME,
        "Primær e-mail": F.EMAIL,
        "Sekundær e-mail": F.EMAIL,
    }


def test_a_home_made_list_is_no_known_layout_but_is_guessed() -> None:
    header = ["Navn", "E-mail", "Mobil", "Virksomhed", "Stilling", "Adresse", "Bemærkninger"]
    assert detect_layout(header) is None
    assert guess_mapping(header) == {
        0: F.FULL_NAME,
        1: F.EMAIL,
        2: F.PHONE,
        3: F.ORGANISATION,
        4: F.TITLE,
        5: F.ADDRESS,
        6: F.NOTE,
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Name", "Email", "Phone", "Company", "Title"], [F.FULL_NAME, F.EMAIL, F.PHONE,
                                                          F.ORGANISATION, F.TITLE]),
        (["fornavn", "EFTERNAVN", "Mail", "Telefon", "Firma", "Titel"], [
            F.GIVEN_NAME, F.FAMILY_NAME, F.EMAIL, F.PHONE, F.ORGANISATION, F.TITLE]),
        (["Medlemsnavn", "Mailadresse", "Tlf.", "Firmanavn"], [F.FULL_NAME, F.EMAIL, F.PHONE,
                                                               F.ORGANISATION]),
        (["Vorname", "Nachname", "E-Mail-Adresse", "Handy", "Unternehmen", "Position"], [
            F.GIVEN_NAME, F.FAMILY_NAME, F.EMAIL, F.PHONE, F.ORGANISATION, F.TITLE]),
    ],
)  # fmt: skip
def test_guess_mapping_words(header: list[str], expected: list[ContactField]) -> None:
    assert list(guess_mapping(header).values()) == expected
    assert list(guess_mapping(header)) == list(range(len(header)))


def test_guess_mapping_leaves_out_what_it_cannot_place() -> None:
    assert guess_mapping(["Medlemsnummer", "Fødselsdag", "E-mail-type", "Brugernavn"]) == {}


# --- read_contacts: which reader, and what it refuses --------------------------------------------


def test_read_contacts_reads_every_sample() -> None:
    counts = {}
    for path in sorted((SAMPLES / "vcard").glob("*.vcf")) + CSV_SAMPLES:
        counts[path.name] = len(read_contacts(path.read_bytes(), path.name).records)
    assert counts == {
        "android_v21_qp_utf8.vcf": 6,
        "apple_ios5_v30.vcf": 1,
        "apple_ios613_photo.vcf": 1,
        "apple_macosx_v30.vcf": 1,
        "apple_utf16.vcf": 1,
        "german_umlaut_v21_raw_utf8.vcf": 1,
        "german_umlaut_v30_malformed.vcf": 1,
        "google_contacts_v30.vcf": 1,
        "outlook2007_v21.vcf": 1,
        "thebat_polish_qp_cp1250.vcf": 1,
        "thunderbird_export_v40.vcf": 2,
        "v40_rfc6350_props.vcf": 1,
        "google_csv_legacy_groups.csv": 5,
        "google_csv_legacy_multiline.csv": 1,
        "outlook2013_csv_de_cp1252.csv": 2,
        "outlook_csv_en.csv": 1,
        "thunderbird_export.csv": 2,
        "thunderbird_utf16le.csv": 1,
    }


def test_vcard_is_recognised_by_content_or_name() -> None:
    vcard = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida\r\nEND:VCARD\r\n"
    assert is_vcard(vcard)
    assert is_vcard(b"\xef\xbb\xbf\r\n" + vcard, "export.csv")
    assert is_vcard("BEGIN:VCARD\r\n".encode("utf-16"))
    assert is_vcard(b"Name,Email\n", "contacts.VCF")
    assert not is_vcard(b"Name,Email\nIda,ida@lund.dk\n")
    assert not is_vcard(b'Name,Notes\nIda,"x\nBEGIN:VCARD\ny"\n', "list.csv")
    assert names(read_contacts(vcard, "export.csv")) == ["Ida"]


def test_unknown_csv_layout_is_one_problem() -> None:
    parsed = read_contacts(b"Medlemsnr;Hold;Betalt\n1;A;ja\n2;B;nej\n", "liste.csv")
    assert parsed.records == []
    assert len(parsed.problems) == 1
    assert parsed.problems[0].line == 1
    assert parsed.problems[0].message.startswith("unknown CSV layout: ")
    assert '"Medlemsnr"' in parsed.problems[0].message


def test_empty_file() -> None:
    assert read_contacts(b"", "tom.csv").problems == [ParseProblem(1, "The file is empty.")]


def test_files_over_20_mb_are_refused() -> None:
    with pytest.raises(ImportTooLarge, match="over 20 MB"):
        read_contacts(b" " * (MAX_IMPORT_BYTES + 1), "huge.csv")
    assert read_contacts(b"Name\nIda\n" + b" " * 100, "ok.csv").records


# --- Never crash ----------------------------------------------------------------------------------

CSV_PIECES = st.sampled_from(
    [",", ";", "\t", '"', '""', "\n", "\r\n", "\r", "Name", "E-mail", "Phone", "Firma",
     "ida@lund.dk", "not@mail", "0/0/00", " ::: ", "E-mail 1 - Value", "Phone 1 - Type", "Fax",
     "First Name", "Primary Email", "Business Phone", "Æøå", "\x00", "\ufeff"]
)  # fmt: skip


@settings(max_examples=200, deadline=2000)
@given(st.lists(st.one_of(CSV_PIECES, st.text(max_size=20)), max_size=200))
def test_csv_like_text_never_raises(pieces: list[str]) -> None:
    data = "".join(pieces).encode("utf-8", errors="surrogatepass")
    table = read_csv_table(data)
    assert all(len(cells) == len(table.header) for _, cells in table.rows)
    for mapping in (guess_mapping(table.header), {0: F.EMAIL, 1: F.PHONE, 99: F.NOTE}):
        assert isinstance(records_from_table(table, mapping), ParsedContacts)
    assert isinstance(read_contacts(data, "x.csv"), ParsedContacts)


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=10_000))
def test_random_bytes_never_raise(data: bytes) -> None:
    assert isinstance(read_contacts(data), ParsedContacts)
    assert isinstance(read_contacts(data, "x.csv"), ParsedContacts)


@settings(max_examples=100, deadline=2000)
@given(st.sampled_from(CSV_SAMPLES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_samples_never_raise(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    assert isinstance(read_contacts(data[: int(len(data) * fraction)], path.name), ParsedContacts)
