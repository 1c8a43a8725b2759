"""Tests for reading vCard files, one per real-world sample plus the awkward cases they show."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.vcard_import import (
    NO_CARD_MESSAGE,
    UNCLOSED_CARD_MESSAGE,
    read_vcards,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "vcard"
SAMPLE_FILES = sorted(SAMPLES.glob("*.vcf"))


def read_sample(name: str) -> ParsedContacts:
    return read_vcards((SAMPLES / name).read_bytes())


def names(parsed: ParsedContacts) -> list[str]:
    return [record.full_name for record in parsed.records]


def messages(parsed: ParsedContacts) -> list[tuple[int, str]]:
    return [(problem.line, problem.message) for problem in parsed.problems]


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n"


# --- One test per sample ----------------------------------------------------------------------


def test_android_v21_quoted_printable_utf8() -> None:
    parsed = read_sample("android_v21_qp_utf8.vcf")
    assert names(parsed) == [
        "john.doe@company.com",
        "jane.doe@company.com",
        "Ñ Ñ Ñ Ñ Ñ",
        "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",  # soft line break in the middle of a UTF-8 sequence
        "Ñ Ñ Ñ Ñ",
        "ÑÑÑÑ",
    ]
    assert [record.line for record in parsed.records] == [1, 6, 11, 18, 36, 71]
    john, _, _, fourth, bob, henry = parsed.records
    assert john.emails == ("john.doe@company.com",)
    assert fourth.phones == ("123456", "234567", "3456789", "+45 45 67 89 01")
    assert fourth.note.startswith("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ")  # two equal NOTEs give one note
    assert "\n" not in fourth.note
    assert (bob.given_name, bob.family_name) == ("Ñ Ñ Ñ", "Ñ Ñ")
    assert bob.emails == ("bob@company.com",)
    assert bob.phones == ("123456",)  # the fax is left out, the repeated number kept once
    assert bob.organisation == "Ñ" * 12
    assert henry.organisation == "Ñ" * 44
    assert henry.phones == ("+45 55 55 66 66",)
    assert messages(parsed) == [
        (36, '"ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ" is not a valid e-mail address; it was left out.')
    ]


def test_apple_ios5_v30() -> None:
    parsed = read_sample("apple_ios5_v30.vcf")
    assert names(parsed) == ["Titel AAASync AAASync"]
    (lars,) = parsed.records
    assert (lars.given_name, lars.family_name) == ("Lars Paul", "Kneschke")
    assert lars.emails == ("lars@kneschke.de", "l.kneschke@metaways.de", "andere@mail.de")
    assert lars.organisation == "Organisation"  # the department "Department" is left out
    assert lars.title == "Team Leader"
    assert lars.address == "Address Privat 1, City Privat, 12345, COUNTRY PRIVAT"
    assert lars.note == "Notes\nwith\nLine Break"
    # The sample's phone "numbers" are words; faxes and pager are not phones.
    assert lars.phones == ()
    assert [message for _, message in messages(parsed)] == [
        f'"{text}" is not a phone number; it was left out.'
        for text in ("+49 MOBIL", "Tel Iphone", "+49 PRIVAT", "+49 BUSINESS", "zentrale")
    ]


def test_apple_ios613_cr_cr_lf_and_folded_photo() -> None:
    parsed = read_sample("apple_ios613_photo.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="Bob Smith",
            given_name="Bob",
            family_name="Smith",
            emails=("bob@smithauto.com",),
            phones=("(650) 555-1212",),
            organisation="Smith Auto Repair",
        )
    ]
    assert parsed.problems == []


def test_apple_macosx_v30_escaped_organisation() -> None:
    parsed = read_sample("apple_macosx_v30.vcf")
    assert names(parsed) == ["Vorname Nachname"]
    (lars,) = parsed.records
    assert (lars.given_name, lars.family_name) == ("Lars", "Kneschke")
    assert lars.organisation == "ORGANI,SATION"
    assert lars.emails == ("l.kneschke@metaways.de", "lars@kneschke.de")
    assert lars.address == "Address Business 1, City Business, 12345, COUNTRY BUSINESS"
    assert lars.note == "Notes\nwith\nLine Break and , and ; yeah!"
    assert messages(parsed)[0] == (
        1,
        '"email other" is not a valid e-mail address; it was left out.',
    )
    assert len(parsed.problems) == 7  # "email other" once, six distinct wordy phones


def test_apple_utf16_be_without_bom() -> None:
    parsed = read_sample("apple_utf16.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="Ǽgean ĽdaMonté",
            given_name="Ǽgean",
            family_name="ĽdaMonté",
            address="169 Mária Canal, LaPaz, Conceptión, 245-876, Perú",
        )
    ]
    assert parsed.problems == []


def test_german_v21_raw_utf8_without_charset() -> None:
    parsed = read_sample("german_umlaut_v21_raw_utf8.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="Hans Müller - Mein Schiff",
            given_name="Hans",
            family_name="Müller",
            emails=("hans@schiff.de",),
            organisation="Mein Schiff",
            address="Nürnberg, 90329, Deutschland",
        )
    ]


def test_german_v30_malformed_label_and_file_as_name() -> None:
    parsed = read_sample("german_umlaut_v30_malformed.vcf")
    # FN is "München, Falk": the file-as order of N, turned into the name as it is said.
    assert names(parsed) == ["Falk München"]
    (falk,) = parsed.records
    assert (falk.given_name, falk.family_name) == ("Falk", "München")
    assert falk.emails == ("falk.muenchoen@landtag.xyz.de",)
    assert falk.phones == ("12212/1212", "0171-9394461")
    assert falk.title == "Landtagsabgeordneter"
    assert falk.address == "Platz der Republik 1, Düsseldorf, 40222"  # the work address
    assert parsed.problems == []


def test_google_contacts_v30() -> None:
    parsed = read_sample("google_contacts_v30.vcf")
    assert names(parsed) == ["Mr. John Richter, James Doe Sr."]
    (john,) = parsed.records
    assert (john.given_name, john.family_name) == ("John Richter, James", "Doe")
    assert john.emails == ("john.doe@ibm.com",)
    assert john.phones == ("905-555-1234", "905-666-1234")
    assert (john.organisation, john.title) == ("IBM", "Money Counter")
    assert john.address == (
        "Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, United States of America"
    )
    assert john.note.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND'
    )
    assert "INCLUDING, BUT NOT LIMITED TO, PROCUREMENT" in john.note
    assert john.note.endswith("POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue")
    assert parsed.problems == []


def test_outlook2007_v21_quoted_printable_note_and_base64_blocks() -> None:
    parsed = read_sample("outlook2007_v21.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="Mr. Michael Angstadt Jr.",
            given_name="Michael",
            family_name="Angstadt",
            emails=("mike.angstadt@gmail.com",),
            phones=("(111) 555-1111", "(111) 555-2222", "(111) 555-4444"),
            organisation="TheCompany",
            title="TheJobTitle",
            address="TheOffice, 222 Broadway, New York, NY, 99999, USA",
            note=(
                "This is the NOTE field\n"
                "I assume it encodes this text inside a NOTE vCard type.\n"
                "But I'm not sure because there's text formatting going on here.\n"
                "It does not preserve the formatting"
            ),
        )
    ]
    assert parsed.problems == []


def test_the_bat_quoted_printable_without_charset_is_polish() -> None:
    parsed = read_sample("thebat_polish_qp_cp1250.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="Piotr Iksiński",
            given_name="Piotr",
            family_name="Iksiński",
            emails=("piotr.iksinski@somedomain.com",),
        )
    ]


def test_thunderbird_v40_export() -> None:
    parsed = read_sample("thunderbird_export_v40.vcf")
    assert names(parsed) == ["contact number one", "contact number two"]
    one, two = parsed.records
    assert (one.line, two.line) == (1, 8)
    assert (two.given_name, two.family_name) == ("contact", "two")
    assert two.title == '"worker"'
    assert two.note == "here's some unicode text…"
    # ".invalid" addresses have no dot in the domain: not addresses a member can be mailed at.
    assert messages(parsed) == [
        (1, '"contact1@invalid" is not a valid e-mail address; it was left out.'),
        (8, '"contact2@invalid" is not a valid e-mail address; it was left out.'),
    ]


def test_v40_rfc6350_kitchen_sink() -> None:
    parsed = read_sample("v40_rfc6350_props.vcf")
    assert parsed.records == [
        ContactRecord(
            line=1,
            full_name="J. Doe",
            given_name="John Philip Paul",
            family_name="Stevenson",
            emails=("jqpublic@xyz.example.com",),
            phones=("+33-01-23-45-67",),  # TEL;VALUE=uri:tel:...
            organisation="ABC, Inc.",
            title="Research Scientist",
            address="pobox, apt, street, city, state, zipcode, country",
            note="This fax number is operational 0800 to 1715 EST, Mon-Fri",
        )
    ]
    assert parsed.problems == []


def test_every_sample_is_covered_by_a_test() -> None:
    assert [path.name for path in SAMPLE_FILES] == [
        "android_v21_qp_utf8.vcf",
        "apple_ios5_v30.vcf",
        "apple_ios613_photo.vcf",
        "apple_macosx_v30.vcf",
        "apple_utf16.vcf",
        "german_umlaut_v21_raw_utf8.vcf",
        "german_umlaut_v30_malformed.vcf",
        "google_contacts_v30.vcf",
        "outlook2007_v21.vcf",
        "thebat_polish_qp_cp1250.vcf",
        "thunderbird_export_v40.vcf",
        "v40_rfc6350_props.vcf",
    ]


# --- Problems, lines and the other cards ------------------------------------------------------


def test_a_bad_email_is_a_problem_at_its_card_and_the_other_cards_still_parse() -> None:
    data = (
        card("VERSION:3.0", "FN:Anna Holm", "EMAIL:anna@holm.dk")
        + card("VERSION:3.0", "FN:Bo Berg", "EMAIL:bo at berg.dk", "EMAIL:bo@berg.dk")
        + card("VERSION:3.0", "FN:Carl Dahl", "TEL:33 12 34 56")
    ).encode()
    parsed = read_vcards(data)
    assert names(parsed) == ["Anna Holm", "Bo Berg", "Carl Dahl"]
    assert [record.line for record in parsed.records] == [1, 6, 12]
    assert parsed.records[1].emails == ("bo@berg.dk",)
    assert parsed.records[2].phones == ("+45 33 12 34 56",)
    assert messages(parsed) == [
        (6, '"bo at berg.dk" is not a valid e-mail address; it was left out.')
    ]


def test_a_card_with_nothing_to_name_it_is_a_problem() -> None:
    data = (card("VERSION:3.0", "NOTE:who?") + card("VERSION:3.0", "FN:Dorte")).encode()
    parsed = read_vcards(data)
    assert names(parsed) == ["Dorte"]
    assert parsed.problems == [
        ParseProblem(1, "The contact has no name, e-mail address or phone number; it was skipped.")
    ]


def test_names_fall_back_to_n_then_org_then_email_then_phone() -> None:
    data = (
        card("VERSION:3.0", "N:Hansen;Jens;Peter;;")
        + card("VERSION:3.0", "ORG:Danske Bank A/S;IT Drift")
        + card("VERSION:3.0", "EMAIL:kontakt@firma.dk")
        + card("VERSION:3.0", "TEL;TYPE=CELL:20 30 40 50")
    ).encode()
    assert names(read_vcards(data)) == [
        "Jens Peter Hansen",
        "Danske Bank A/S",
        "kontakt@firma.dk",
        "+45 20 30 40 50",
    ]


def test_empty_lines_and_text_between_cards_are_not_problems() -> None:
    data = ("\r\n\r\n" + card("VERSION:3.0", "FN:Eva") + "\r\n\r\n\r\n" + card("FN:Finn")).encode()
    parsed = read_vcards(data)
    assert names(parsed) == ["Eva", "Finn"]
    assert [record.line for record in parsed.records] == [3, 10]
    assert parsed.problems == []


def test_a_cut_off_last_card_is_read_and_reported() -> None:
    data = (card("VERSION:3.0", "FN:Gitte") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hans\r\n").encode()
    parsed = read_vcards(data)
    assert names(parsed) == ["Gitte", "Hans"]
    assert parsed.problems == [ParseProblem(5, UNCLOSED_CARD_MESSAGE)]


def test_a_file_without_cards() -> None:
    assert read_vcards(b"Name,E-mail\r\n").problems == [ParseProblem(1, NO_CARD_MESSAGE)]
    assert read_vcards(b"").problems == [ParseProblem(1, NO_CARD_MESSAGE)]


# --- Encodings and syntax -----------------------------------------------------------------------

DANISH_CARD = card(
    "VERSION:3.0",
    "N:Kjærgård;Søren;;;",
    "FN:Søren Kjærgård",
    "ORG:Ærø Færgeri;Drift",
    "ADR;TYPE=WORK:;;Østergade 1;Århus;;8000;Danmark",
)


def test_danish_letters_in_utf8_cp1252_and_utf16_without_bom() -> None:
    for codec in ("utf-8", "cp1252", "utf-16-le", "utf-16-be"):
        (record,) = read_vcards(DANISH_CARD.encode(codec)).records
        assert record.full_name == "Søren Kjærgård", codec
        assert record.organisation == "Ærø Færgeri", codec
        assert record.address == "Østergade 1, Århus, 8000, Danmark", codec


def test_quoted_printable_in_a_declared_legacy_charset_and_undeclared() -> None:
    data = (
        card("VERSION:2.1", "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=F8rgensen;=C5se")
        + card("VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:J=F8rgen B=E6k")
    ).encode()
    assert names(read_vcards(data)) == ["Åse Jørgensen", "Jørgen Bæk"]


def test_quoted_printable_soft_line_breaks_and_line_breaks_in_values() -> None:
    data = card(
        "VERSION:2.1",
        "FN:Ida",
        "NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=B8de i =C3=85rhus,=0D=0Aog s=",
        "=C3=A5 videre",
    ).encode()
    (record,) = read_vcards(data).records
    assert record.note == "Møde i Århus,\nog så videre"


def test_folding_with_space_or_tab_and_escapes() -> None:
    data = card(
        "VERSION:3.0",
        "FN:Jo",
        "  hn Lund",
        "NOTE:Første linje\\nAnden\\, med komma\\; og semikolon og \\\\ skråstreg",
        "TITLE:IT-",
        "\tchef",
    ).encode()
    (record,) = read_vcards(data).records
    assert record.full_name == "Jo hn Lund"  # one space of a fold belongs to the fold
    assert record.title == "IT-chef"
    assert record.note == "Første linje\nAnden, med komma; og semikolon og \\ skråstreg"


def test_vcard4_uri_phones_preference_and_groups() -> None:
    data = card(
        "VERSION:4.0",
        "FN:Karen Lyng",
        "EMAIL;TYPE=home:karen@privat.dk",
        "EMAIL;PREF=1;TYPE=work:karen@firma.dk",
        'TEL;VALUE=uri;TYPE="work,voice":tel:+45-33-12-34-56',
        "TEL;VALUE=uri;PREF=1;TYPE=cell:tel:+45-20-12-34-56",
        "TEL;TYPE=fax:+45 33 99 99 99",
        "item1.ORG:Lyng ApS",
        "item1.X-ABLabel:work",
    ).encode()
    (record,) = read_vcards(data).records
    assert record.emails == ("karen@firma.dk", "karen@privat.dk")
    assert record.phones == ("+45 20 12 34 56", "+45 33 12 34 56")
    assert record.organisation == "Lyng ApS"


def test_a_trailing_backslash_is_kept_as_written() -> None:
    data = card("VERSION:3.0", "FN:Drev C:\\", "NOTE:sti\\\\").encode()
    (record,) = read_vcards(data).records
    assert (record.full_name, record.note) == ("Drev C:\\", "sti\\")


def test_v21_unescaped_commas_and_base64_photo_without_indentation() -> None:
    data = card(
        "VERSION:2.1",
        "N:Madsen;Mette",
        "NOTE:Kaffe, te, vand",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
        "AAQSkZJRgABAQAAAQABAADAAQSkZJRgABAQAAAQABAAD",
        "",
        "EMAIL;INTERNET:mette@madsen.dk",
    ).encode()
    (record,) = read_vcards(data).records
    assert record.full_name == "Mette Madsen"
    assert record.note == "Kaffe, te, vand"
    assert record.emails == ("mette@madsen.dk",)


# --- Never crash ----------------------------------------------------------------------------------

VCARD_FRAGMENTS = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "VERSION:4.0",
        "N:Hansen;Jens;;;",
        "FN:Jens",
        "EMAIL:jens@example.dk",
        "EMAIL:not an address",
        "TEL;TYPE=CELL:20304050",
        "NOTE;ENCODING=QUOTED-PRINTABLE:abc=",
        "FN;CHARSET=NOPE;ENCODING=QUOTED-PRINTABLE:=F8=",
        "ORG;CHARSET=UTF-8:Ærø;",
        "PHOTO;ENCODING=BASE64:",
        " AAAA",
        "\tcontinued",
        "ADR:;;;",
        'TEL;TYPE="a:b;c":1',
        "LABEL,TYPE=HOME:x",
        "FN:ends with a backslash\\",
        "N:;;;;",
        "item1.EMAIL;PREF=x:a@b.dk",
        ":",
        ";;;",
        "",
    ]
)


@settings(max_examples=200, deadline=2000)
@given(st.lists(st.one_of(VCARD_FRAGMENTS, st.text(max_size=40)), max_size=60))
def test_vcard_like_text_never_raises(lines: list[str]) -> None:
    parsed = read_vcards("\r\n".join(lines).encode("utf-8", errors="surrogatepass"))
    assert isinstance(parsed, ParsedContacts)


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=10_000))
def test_random_bytes_never_raise(data: bytes) -> None:
    assert isinstance(read_vcards(data), ParsedContacts)
    assert isinstance(read_contacts(data, "contacts.vcf"), ParsedContacts)


@settings(max_examples=100, deadline=2000)
@given(st.sampled_from(SAMPLE_FILES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_samples_never_raise(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    parsed = read_vcards(data[: int(len(data) * fraction)])
    assert isinstance(parsed, ParsedContacts)


# --- Group prefixes (RFC 2426: "item1.BEGIN:VCARD") ---------------------------------------------


GROUPED = (
    "item1.BEGIN:VCARD\r\n"
    "item1.VERSION:3.0\r\n"
    "item1.FN:Åse Ørsted\r\n"
    "item1.N:Ørsted;Åse;;;\r\n"
    "item1.EMAIL;TYPE=INTERNET:aase@oersted.dk\r\n"
    "item1.ORG:Ørsted A/S\r\n"
    "item1.END:VCARD\r\n"
    "A-b_2.begin:vcard\r\n"
    "A-b_2.FN:Ib Æbelø\r\n"
    "A-b_2.end:vcard\r\n"
)


def test_group_prefixes_on_begin_and_end_are_cards() -> None:
    parsed = read_vcards(GROUPED.encode())
    assert parsed.problems == []
    assert names(parsed) == ["Åse Ørsted", "Ib Æbelø"]
    assert parsed.records[0].emails == ("aase@oersted.dk",)
    assert parsed.records[0].organisation == "Ørsted A/S"
    assert [record.line for record in parsed.records] == [1, 8]


def test_content_decides_whatever_the_file_is_called() -> None:
    for filename in ("contacts.vcf", "contacts.ics", "contacts.csv", "contacts", "kontakter.txt"):
        parsed = read_contacts(GROUPED.encode(), filename)
        assert names(parsed) == ["Åse Ørsted", "Ib Æbelø"], filename
        assert parsed.problems == [], filename
