"""Real contact files from other projects' test suites, read through the app's own entry point.

The files (tests/data/samples/, sources in its SOURCES.md) come from ez-vcard, tine20, roundcube,
Mozilla comm-central, ical.js, CyanogenMod's vCard library and Horde: vCard 2.1, 3.0 and 4.0 as
Android, Apple, Google, Outlook, The Bat! and Thunderbird write them, and CSV from Google, Outlook
(English and German) and Thunderbird. For each file the names, e-mail addresses and companies
read are listed below exactly, as read by hand from the files; `read_contacts` (what the GUI and
the command line call) must give them without a traceback, whatever the file is called, and also
when every line of a vCard carries a group prefix ("item9.BEGIN:VCARD", RFC 2426).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coordinator_app.domain.contacts import ParsedContacts
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.textdecode import decode_text

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"

# name, e-mail addresses (preferred first), company
Contact = tuple[str, tuple[str, ...], str]
N = "Ñ"

EXPECTED: dict[str, list[Contact]] = {
    # mangstadt/ez-vcard: Android (2.1, quoted-printable UTF-8 split by soft line breaks)
    "vcard/android_v21_qp_utf8.vcf": [
        ("john.doe@company.com", ("john.doe@company.com",), ""),
        ("jane.doe@company.com", ("jane.doe@company.com",), ""),
        (" ".join([N] * 5), (), ""),
        (" ".join([N] * 11), (), ""),
        (" ".join([N] * 4), ("bob@company.com",), N * 12),  # the Ñ… e-mail is no address
        (N * 4, ("henry@company.com",), N * 44),
    ],
    # mangstadt/ez-vcard: Google Contacts and Outlook 2007
    "vcard/google_contacts_v30.vcf": [
        ("Mr. John Richter, James Doe Sr.", ("john.doe@ibm.com",), "IBM"),
    ],
    "vcard/outlook2007_v21.vcf": [
        ("Mr. Michael Angstadt Jr.", ("mike.angstadt@gmail.com",), "TheCompany"),
    ],
    # tine20/tine20: iOS 5, Mac OS X Address Book, German umlauts in 3.0 and raw 2.1
    "vcard/apple_ios5_v30.vcf": [
        (
            "Titel AAASync AAASync",
            ("lars@kneschke.de", "l.kneschke@metaways.de", "andere@mail.de"),
            "Organisation",
        ),
    ],
    "vcard/apple_macosx_v30.vcf": [
        ("Vorname Nachname", ("l.kneschke@metaways.de", "lars@kneschke.de"), "ORGANI,SATION"),
    ],
    "vcard/german_umlaut_v30_malformed.vcf": [
        ("Falk München", ("falk.muenchoen@landtag.xyz.de",), ""),  # FN "München, Falk"
    ],
    "vcard/german_umlaut_v21_raw_utf8.vcf": [
        ("Hans Müller - Mein Schiff", ("hans@schiff.de",), "Mein Schiff"),
    ],
    # roundcube/roundcubemail: Apple in UTF-16 BE without BOM, The Bat! in cp1250
    "vcard/apple_utf16.vcf": [("Ǽgean ĽdaMonté", (), "")],
    "vcard/thebat_polish_qp_cp1250.vcf": [
        ("Piotr Iksiński", ("piotr.iksinski@somedomain.com",), ""),
    ],
    # mozilla/releases-comm-central: Thunderbird's 4.0 export ("contact1@invalid" has no dot)
    "vcard/thunderbird_export_v40.vcf": [
        ("contact number one", (), ""),
        ("contact number two", (), ""),
    ],
    # CyanogenMod/android_frameworks_opt_vcard: iOS 6.1.3 with CR CR LF and a folded photo
    "vcard/apple_ios613_photo.vcf": [
        ("Bob Smith", ("bob@smithauto.com",), "Smith Auto Repair"),
    ],
    # kewisch/ical.js: the RFC 6350 kitchen sink
    "vcard/v40_rfc6350_props.vcf": [
        ("J. Doe", ("jqpublic@xyz.example.com",), "ABC, Inc."),
    ],
    # roundcube and tine20: Google CSV (legacy layout)
    "csv/google_csv_legacy_multiline.csv": [
        (
            "Prefix Firstname Middle Lastname Suffix",
            ("home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"),
            "company",
        ),
    ],
    "csv/google_csv_legacy_groups.csv": [
        ("Ando", (), ""),
        ("Anna", (), ""),
        ("Anne", (), ""),
        ("axel", ("abc@here.de",), ""),
        ("Bus Winsen", (), ""),
    ],
    # horde/Data: Outlook in English; tine20: Outlook 2013 in German, Windows-1252
    "csv/outlook_csv_en.csv": [("John Smith", ("john@example.com",), "International Inc")],
    "csv/outlook2013_csv_de_cp1252.csv": [
        ("Christian Baumann", ("c.baumann@unittest.de",), "unittest"),
        ("Cornelius Weiß", ("c.weiss@unittest.de",), "unittest"),
    ],
    # mozilla/releases-comm-central: Thunderbird's CSV, UTF-8 and UTF-16 LE with BOM
    "csv/thunderbird_export.csv": [
        ("contact number one", (), ""),
        ("contact number two", (), ""),
    ],
    "csv/thunderbird_utf16le.csv": [("John Doe", ("johndoe@host.invalid",), "")],
}
FAILURES = {"vcard_unreadable", "csv_unreadable_rest", "no_vcard", "unknown_csv_layout"}


def contacts(parsed: ParsedContacts) -> list[Contact]:
    return [(r.full_name, r.emails, r.organisation) for r in parsed.records]


def assert_read(parsed: ParsedContacts, expected: list[Contact]) -> None:
    assert contacts(parsed) == expected
    assert not {problem.code for problem in parsed.problems} & FAILURES
    for record in parsed.records:  # nothing of another program's file is taken for roster data
        assert (record.industry, record.expertise, record.dietary_needs) == ("", (), "")
        assert (record.consent_share_contact, record.member_since, record.left_on) == (
            None,
            None,
            None,
        )


def test_every_sample_is_in_the_corpus() -> None:
    files = {
        path.relative_to(SAMPLES).as_posix()
        for path in SAMPLES.glob("*/*")
        if path.suffix in (".vcf", ".csv")
    }
    assert files == set(EXPECTED)
    sources = (SAMPLES / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in sources for name in EXPECTED)
    projects = {
        "mangstadt/ez-vcard",
        "tine20/tine20",
        "roundcube/roundcubemail",
        "mozilla/releases-comm-central",
        "kewisch/ical.js",
        "horde/Data",
    }
    assert all(project in sources for project in projects)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_sample_reads_as_listed(name: str) -> None:
    path = SAMPLES / name
    assert_read(read_contacts(path.read_bytes(), path.name), EXPECTED[name])


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".vcf")))
@pytest.mark.parametrize("filename", ["contacts.vcf", "contacts.ics", "contacts", "kontakter.txt"])
def test_a_vcard_sample_reads_whatever_it_is_called(name: str, filename: str) -> None:
    parsed = read_contacts((SAMPLES / name).read_bytes(), filename)
    assert_read(parsed, EXPECTED[name])


# A property line: a name, then ; or : (base64 and quoted-printable continuation lines have
# neither after letters, digits and dashes, and folded lines start with white space).
_PROPERTY_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]", re.MULTILINE)


def grouped(data: bytes) -> bytes:
    """The vCard file with "item9." before every property, BEGIN and END included."""
    text = decode_text(data)
    return _PROPERTY_LINE.sub(lambda match: "item9." + match.group(), text).encode("utf-8")


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".vcf")))
@pytest.mark.parametrize("filename", ["contacts.vcf", "contacts.ics"])
def test_a_vcard_sample_with_group_prefixes_everywhere_reads_the_same(
    name: str, filename: str
) -> None:
    data = (SAMPLES / name).read_bytes()
    changed = grouped(data)
    assert changed.count(b"item9.BEGIN:VCARD") == len(EXPECTED[name])
    assert changed.count(b"item9.END:VCARD") == len(EXPECTED[name])
    parsed = read_contacts(changed, filename)
    assert_read(parsed, EXPECTED[name])
    plain = read_contacts(data, filename)
    assert parsed.records == plain.records
    assert [(p.line, p.code, p.value) for p in parsed.problems] == [
        (p.line, p.code, p.value) for p in plain.problems
    ]
