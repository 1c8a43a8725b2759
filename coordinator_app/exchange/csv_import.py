"""Reading contacts from CSV files exported by Google, Outlook (any language), Thunderbird or Excel.

The steps are separate so that the GUI can show them: `read_csv_table` splits the file into a
header and rows, `detect_layout` recognises a known exporter's columns (else `guess_mapping`
suggests a mapping the coordinator can correct), and `records_from_table` turns the rows into
contact records. `ContactField` and `record_from_fields` are also what the vCard reader builds
its records with, so both formats follow the same rules for names, e-mail addresses and phones.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.domain.validation import is_valid_email, normalise_phone
from coordinator_app.exchange.roster_csv import (
    ROSTER_FIELDS,
    csv_unsafe,
    parse_date,
    parse_yes_no,
    roster_layout,
    split_expertise,
)
from coordinator_app.exchange.textdecode import decode_text


class ContactField(StrEnum):
    """A field of a contact record that a CSV column (or a vCard property) can fill."""

    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANISATION = "organisation"
    TITLE = "title"
    ADDRESS = "address"
    NOTE = "note"
    # The roster's own columns (see exchange/roster_csv.py).
    INDUSTRY = "industry"
    EXPERTISE = "expertise"
    DIETARY_NEEDS = "dietary_needs"
    CONSENT = "consent"
    MEMBER_SINCE = "member_since"
    LEFT_ON = "left_on"
    IGNORE = "ignore"


@dataclass
class CsvTable:
    """A CSV file split into its header and rows; each row with the line it starts on."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    problems: list[ParseProblem] = field(default_factory=list)


NO_NAME_MESSAGE = "The contact has no name, e-mail address or phone number; it was skipped."

# ---------------------------------------------------------------------------------------------
# Building a record from field values (shared with the vCard reader)
# ---------------------------------------------------------------------------------------------

_EMAIL_SEPARATORS = re.compile(r":::|[;,]")
_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>")
_PHONE_LIKE = re.compile(r"\+?[\d\s()./\-]+(?:\s*(?:ext|x|lok|tlf)\.?\s*\d+)?", re.IGNORECASE)


def record_from_fields(
    line: int, values: Mapping[ContactField, Sequence[str]]
) -> tuple[ContactRecord | None, list[ParseProblem]]:
    """The contact record made of `values` (raw texts per field, preferred first) and its problems.

    Names, organisation and title take the first non-empty value (given and family names join
    their parts with spaces); e-mail addresses and phones keep all values in order, without
    repeats; address parts are joined into one comma-separated line; notes are joined by line
    breaks. Invalid e-mail addresses and texts that are no phone number are left out, each with a
    problem. The full name falls back to given + family name, the organisation, the e-mail
    address and the phone number; with none of them there is no record, only a problem.
    """
    problems: list[ParseProblem] = []
    given = _joined(values.get(ContactField.GIVEN_NAME, ()))
    family = _joined(values.get(ContactField.FAMILY_NAME, ()))
    organisation = _first(values.get(ContactField.ORGANISATION, ()))
    title = _first(values.get(ContactField.TITLE, ()))
    emails = _emails(line, values.get(ContactField.EMAIL, ()), problems)
    phones = _phones(line, values.get(ContactField.PHONE, ()), problems)
    address = ", ".join(
        _unique(part for value in values.get(ContactField.ADDRESS, ()) for part in _lines(value))
    )
    note = "\n".join(_unique(filter(None, (_note(v) for v in values.get(ContactField.NOTE, ())))))
    expertise = tuple(
        dict.fromkeys(filter(None, map(_one_line, values.get(ContactField.EXPERTISE, ()))))
    )
    diet = next(filter(None, (_note(v) for v in values.get(ContactField.DIETARY_NEEDS, ()))), "")
    consent = _yes_no(line, values.get(ContactField.CONSENT, ()), problems)
    member_since = _date(line, values.get(ContactField.MEMBER_SINCE, ()), problems)
    left_on = _date(line, values.get(ContactField.LEFT_ON, ()), problems)

    full_name = _first(values.get(ContactField.FULL_NAME, ()))
    if given and family and full_name.casefold() == f"{family}, {given}".casefold():
        # "Family, Given" is the file-as order of address books, not how the person is called.
        full_name = f"{given} {family}"
    if not full_name:
        full_name = " ".join(filter(None, (given, family)))
    full_name = full_name or organisation or (emails[0] if emails else "")
    full_name = full_name or (phones[0] if phones else "")
    if not full_name:
        problems.append(ParseProblem(line, NO_NAME_MESSAGE, "no_name"))
        return None, problems
    record = ContactRecord(
        line=line,
        full_name=full_name,
        given_name=given,
        family_name=family,
        emails=tuple(emails),
        phones=tuple(phones),
        organisation=organisation,
        title=title,
        address=address,
        note=note,
        industry=_first(values.get(ContactField.INDUSTRY, ())),
        expertise=expertise,
        dietary_needs=diet,
        consent_share_contact=consent,
        member_since=member_since,
        left_on=left_on,
    )
    return record, problems


def _one_line(value: str) -> str:
    """`value` with line breaks and runs of white space turned into single spaces."""
    return " ".join(value.split())


def _joined(values: Sequence[str]) -> str:
    return " ".join(filter(None, map(_one_line, values)))


def _first(values: Sequence[str]) -> str:
    return next((text for text in map(_one_line, values) if text), "")


def _lines(value: str) -> list[str]:
    return [_one_line(part) for part in re.split(r"[\r\n]+", value) if part.strip()]


def _note(value: str) -> str:
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())


def _emails(line: int, values: Sequence[str], problems: list[ParseProblem]) -> list[str]:
    found: dict[str, str] = {}
    rejected: set[str] = set()
    for value in values:
        for part in _EMAIL_SEPARATORS.split(value):
            address = part.strip()
            bracketed = _ANGLE_ADDRESS.search(address)
            if bracketed:
                address = bracketed.group(1).strip()
            if address.casefold().startswith("mailto:"):
                address = address[len("mailto:") :].strip()
            address = _one_line(address)
            if not address:
                continue
            if is_valid_email(address):
                found.setdefault(address.casefold(), address)
            elif address.casefold() not in rejected:
                rejected.add(address.casefold())
                problems.append(
                    ParseProblem(
                        line,
                        f'"{address}" is not a valid e-mail address; it was left out.',
                        "email_left_out",
                        address,
                    )
                )
    return list(found.values())


def _phones(line: int, values: Sequence[str], problems: list[ParseProblem]) -> list[str]:
    found: dict[str, str] = {}
    rejected: set[str] = set()
    for value in values:
        for part in value.split(":::"):
            text = _one_line(part)
            if text.casefold().startswith("tel:"):
                text = text[len("tel:") :].split(";")[0].strip()
            if not text:
                continue
            number = normalise_phone(text)
            if number is None and _PHONE_LIKE.fullmatch(text) and _digits(text) >= 3:
                # A foreign number without its country code is still worth keeping as written.
                number = text
            if number is not None:
                found.setdefault(re.sub(r"\D", "", number), number)
            elif text.casefold() not in rejected:
                rejected.add(text.casefold())
                problems.append(
                    ParseProblem(
                        line,
                        f'"{text}" is not a phone number; it was left out.',
                        "phone_left_out",
                        text,
                    )
                )
    return list(found.values())


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def _date(line: int, values: Sequence[str], problems: list[ParseProblem]) -> dt.date | None:
    """The first non-empty value as a date (ISO or day first); one that is none is a problem."""
    text = _first(values)
    if not text:
        return None
    value = parse_date(text)
    if value is None:
        problems.append(
            ParseProblem(line, f'"{text}" is not a date; it was left out.', "date_left_out", text)
        )
    return value


def _yes_no(line: int, values: Sequence[str], problems: list[ParseProblem]) -> bool | None:
    """The first non-empty value as yes or no (Ja/Nej, Yes/No, ...); None if there is none."""
    text = _first(values)
    if not text:
        return None
    value = parse_yes_no(text)
    if value is None:
        problems.append(
            ParseProblem(
                line, f'"{text}" is neither yes nor no; it was left out.', "yes_no_left_out", text
            )
        )
    return value


# ---------------------------------------------------------------------------------------------
# Reading the table
# ---------------------------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t")
# Never part of contact text; used to carry a lone CR (data inside a cell) past the csv module.
_CR_STAND_IN = "\x00"


def read_csv_table(data: bytes) -> CsvTable:
    """The header and rows of a CSV file, whatever its encoding and delimiter (, ; or TAB).

    Empty lines and rows of empty cells are skipped; every row is padded or cut to the header's
    length (Outlook 2013 writes fewer cells than header columns) and trailing empty header
    columns are dropped. A row's line is where it starts, also when quoted cells span lines.
    """
    text = decode_text(data).replace("\x00", "").replace("\r", _CR_STAND_IN)
    reader = csv.reader(io.StringIO(text, newline="\n"), delimiter=_sniff_delimiter(text))
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    problems: list[ParseProblem] = []
    previous_line = 0
    try:
        for raw_cells in reader:
            start, previous_line = previous_line + 1, reader.line_num
            cells = [cell.replace(_CR_STAND_IN, "\n") for cell in raw_cells]
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(cells)
                continue
            rows.append((start, _fit(cells, len(header))))
    except csv.Error:
        problems.append(
            ParseProblem(
                previous_line + 1,
                "The rest of the file could not be read: a cell is too long or a quotation mark "
                "is not closed.",
                "csv_unreadable_rest",
            )
        )
    return CsvTable(header=header or [], rows=rows, problems=problems)


def _sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most often outside quotes in the first non-empty line."""
    first = next((line for line in text.split("\n", 50) if line.strip()), "")
    outside_quotes = "".join(first.split('"')[0::2])
    counts = {delimiter: outside_quotes.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _header(cells: list[str]) -> list[str]:
    header = [" ".join(cell.replace("\ufeff", "").split()) for cell in cells]
    while header and not header[-1]:
        header.pop()
    return header


def _fit(cells: list[str], width: int) -> list[str]:
    return cells[:width] + [""] * (width - len(cells))


# ---------------------------------------------------------------------------------------------
# Understanding the header
# ---------------------------------------------------------------------------------------------


def _phrases(text: str) -> frozenset[str]:
    """The "|"-separated phrases of `text`."""
    return frozenset(phrase.strip() for phrase in text.split("|"))


def _word_set(text: str) -> frozenset[str]:
    """The white-space-separated words of `text`."""
    return frozenset(text.split())


# Words that make a column about something else even when it also names a field
# ("E-mail Type", "Assistant's Phone", "Business Fax", "Name Prefix", "Business Address PO Box").
_DENY_WORDS = _word_set(
    """
    type typ label labels yomi phonetic fonetisk fax faks telefax faxnummer pager personsøger
    personsøgernummer isdn telex callback tilbagekald rückmeldung tty tdd hörbehinderte radio
    radiotelefon car autotelefon biltelefon assistant assistent assistentens manager
    vorgesetzten overordnet spouse partner ægtefælle children kinder børn web webseite webside
    website homepage url department abteilung afdeling suffix suffiks prefix nickname spitzname
    kaldenavn initials initialen initialer gender geschlecht køn birthday geburtstag fødselsdag
    birth anniversary jahrestag mærkedag categories kategorien kategorier group membership screen
    maiden short file directory po box postboks postfach pobox profession beruf kontoradresse user
    benutzer bruger username brugernavn benutzername custom id uid photo foto billede
    """
)
_EMAIL_NOT_ADDRESS_WORDS = _word_set(
    "display angezeigter anzeigename vist visningsnavn name navn namn"
)
_GIVEN_NAMES = _phrases(
    """first name|firstname|first|given name|givenname|given|vorname|vornamen|fornavn|fornavne|
    förnamn|fornamn|prénom|prenom|voornaam|middle name|middlename|middle|additional name|
    additional names|weitere vornamen|zweiter vorname|mellemnavn|mellemnavne|mellannamn"""
)
_FAMILY_NAMES = _phrases(
    """last name|lastname|last|surname|family name|familyname|nachname|familienname|efternavn|
    efternavne|efternamn|etternavn|nom|nom de famille|achternaam"""
)
_FULL_NAMES = _phrases(
    """name|full name|fullname|display name|displayname|navn|fulde navn|fuldt navn|vist navn|
    visningsnavn|anzeigename|vollständiger name|namn|fullständigt namn|contact name|kontaktnavn|
    contact person|kontaktperson|ansprechpartner"""
)
_ORGANISATIONS = _phrases(
    """company|company name|firma|firmenname|firmanavn|organization|organisation|
    organization name|organisation name|organisationsnavn|virksomhed|virksomhedsnavn|
    arbejdsgiver|arbeitgeber|employer|unternehmen|företag|selskab|arbejdsplads"""
)
_JOB_TITLES = _phrases(
    """job title|jobtitle|jobtitel|job|position|stilling|stillingsbetegnelse|stillingstitel|
    organization title|organisation title|role|rolle|funktion|befattning|tittel|
    berufsbezeichnung"""
)
# Outlook's "Title"/"Titel" column is Mr./Dr.; in a home-made list it is usually the job title.
_AMBIGUOUS_TITLES = frozenset({"title", "titel"})
_HONORIFICS = frozenset({"anrede", "tiltale", "salutation", "honorific"})
_NOTES = _phrases(
    """notes|note|notizen|notiz|noter|notater|notat|bemærkninger|bemærkning|kommentar|
    kommentarer|comments|comment|anmerkungen|anteckningar"""
)
# The roster's own columns, as its CSV export names them and as people name them.
_ROSTER_PHRASES: tuple[tuple[ContactField, frozenset[str]], ...] = (
    (
        ContactField.INDUSTRY,
        _phrases("industry|branche|branch|sector|sektor|industri|bransch|line of business"),
    ),
    (
        ContactField.EXPERTISE,
        _phrases(
            """expertise|ekspertise|skills|kompetencer|kompetence|kompetenceområder|
            fagområder|specialer|areas of expertise"""
        ),
    ),
    (
        ContactField.DIETARY_NEEDS,
        _phrases(
            """dietary needs|dietary requirements|diet|kostbehov|kost|diæt|allergier|allergies|
            kostønsker|special diet|særlig kost"""
        ),
    ),
    (
        ContactField.CONSENT,
        _phrases(
            """shares contact details|consent|consent to share|consent to share contact details|
            samtykke|deler kontaktoplysninger|må dele kontaktoplysninger"""
        ),
    ),
    (
        ContactField.MEMBER_SINCE,
        _phrases("member since|medlem siden|joined|joined on|indmeldt|medlem fra|member from"),
    ),
    (
        ContactField.LEFT_ON,
        _phrases(
            """left|left on|former member|udmeldt|udtrådt|tidligere medlem|member until|
            medlem til|medlem indtil"""
        ),
    ),
)
_ADDRESS_WORDS = _word_set(
    """address adresse adress adr street straße strasse gade vej city by ort stadt postal zip
    zipcode postcode postleitzahl postnummer postnr plz country land region state område
    bundesland kanton formatted extended poststed postort county province"""
)
_ADDRESS_SUFFIXES = ("adresse", "address", "adress", "straße", "strasse", "gade", "vej")

_KIND_WORDS: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...] = (
    ("company", _word_set("company firma firmen virksomhed unternehmen"), ()),
    (
        "primary",
        _word_set("primary primær primäre primär principale haupttelefon main"),
        (),
    ),
    ("mobile", frozenset(), ("mobil", "handy", "cell")),
    (
        "work",
        _word_set(
            "business work geschäftlich arbejde arbejdet dienstlich office arbeit jobb arbete"
        ),
        ("arbejds", "arbeits", "work"),
    ),
    ("home", _word_set("home privat private hjem hjemme zuhause bostad"), ("privat",)),
    (
        "other",
        _word_set(
            "other weiteres weitere weiterer anden andet andre andere sonstige annan secondary "
            "sekundær sekundäre"
        ),
        (),
    ),
)
# Which of several e-mail or phone columns comes first in a record.
_RANK = {"primary": 0, "work": 1, "mobile": 2, "": 3, "home": 4, "other": 5, "company": 6}
# Which address columns are used when a row has several addresses.
_ADDRESS_GROUPS = ("work", "", "home", "other")

# Google's numbered columns: "E-mail 1 - Value" beside "E-mail 1 - Type" (or "- Label").
_GOOGLE_PAIRED = re.compile(r"^(.*\b\d+) - (value|type|label|formatted)$")


@dataclass(frozen=True)
class _Column:
    """What a header cell says: the field it fills and its kind (work, home, mobile...)."""

    field: ContactField
    kind: str = ""
    job_title: bool = False
    ambiguous_title: bool = False


def _words(header: str) -> list[str]:
    text = header.replace("\ufeff", "").casefold()
    text = re.sub(r"\be[\s_-]?mail", "email", text)
    text = re.sub(r"\be[\s_-]post", "epost", text)
    text = re.sub(r"[\W_]+", " ", text)
    return [word for word in text.split() if not word.isdigit()]


def _kind(words: list[str]) -> str:
    for kind, exact, prefixes in _KIND_WORDS:
        if any(word in exact or (prefixes and word.startswith(prefixes)) for word in words):
            return kind
    return ""


def _classify(header: str, *, broad: bool = False) -> _Column:
    """The field a column with this header fills; `broad` also takes any "...name" as a name."""
    words = _words(header)
    phrase = " ".join(words)
    if not words or any(word in _DENY_WORDS for word in words):
        return _Column(ContactField.IGNORE)
    if any(word.startswith(("email", "mail", "epost")) or word.endswith("mail") for word in words):
        if any(word in _EMAIL_NOT_ADDRESS_WORDS for word in words):
            return _Column(ContactField.IGNORE)
        return _Column(ContactField.EMAIL, _kind(words))
    if any(
        "telefon" in word
        or "phone" in word
        or word in ("tel", "tlf", "telephone")
        or word.startswith(("mobil", "handy", "cell"))
        for word in words
    ):
        return _Column(ContactField.PHONE, _kind(words))
    if any(word in _ADDRESS_WORDS or word.endswith(_ADDRESS_SUFFIXES) for word in words):
        kind = _kind(words)
        return _Column(ContactField.ADDRESS, "work" if kind == "company" else kind)
    if phrase in _GIVEN_NAMES:
        return _Column(ContactField.GIVEN_NAME)
    if phrase in _FAMILY_NAMES:
        return _Column(ContactField.FAMILY_NAME)
    if phrase in _FULL_NAMES:
        return _Column(ContactField.FULL_NAME)
    if phrase in _ORGANISATIONS:
        return _Column(ContactField.ORGANISATION)
    if phrase in _JOB_TITLES:
        return _Column(ContactField.TITLE, job_title=True)
    if phrase in _AMBIGUOUS_TITLES:
        return _Column(ContactField.TITLE, ambiguous_title=True)
    if phrase in _NOTES:
        return _Column(ContactField.NOTE)
    for roster_field, phrases in _ROSTER_PHRASES:
        if phrase in phrases:
            return _Column(roster_field)
    if broad and phrase not in _HONORIFICS:
        if any(word.startswith(("firma", "virksomhed", "compan")) for word in words):
            return _Column(ContactField.ORGANISATION)
        if any(word.endswith(("name", "navn", "namn")) for word in words):
            return _Column(ContactField.FULL_NAME)
    return _Column(ContactField.IGNORE)


def _columns(header: Sequence[str], *, broad: bool) -> list[_Column]:
    columns = [_classify(cell, broad=broad) for cell in header]
    if any(column.job_title for column in columns):
        # With a real job-title column, "Title" is the honorific (Mr., Dr.).
        columns = [
            _Column(ContactField.IGNORE) if column.ambiguous_title else column for column in columns
        ]
    return columns


def _as_mapping(columns: Sequence[_Column]) -> dict[int, ContactField]:
    return {
        index: column.field
        for index, column in enumerate(columns)
        if column.field is not ContactField.IGNORE
    }


def detect_layout(header: list[str]) -> tuple[str, dict[int, ContactField]] | None:
    """The exporter that wrote a CSV with this header and the column→field mapping for it.

    Recognises Google Contacts ("google": the legacy "Name, Given Name, ..." and the current
    "First Name, ..." layouts, both with "E-mail 1 - Value" columns), Outlook in any language
    ("outlook": first/last name, e-mail address and business-phone or business-address columns,
    as in English, German and Danish exports) and Thunderbird ("thunderbird": a primary-e-mail
    column). Headers are matched case-insensitively by their words, not by exact text. Returns
    None for any other header; then `guess_mapping` helps. The mapping leaves ignored columns out.
    The roster's own export ("coordinator", in Danish or English) is recognised by its header.
    """
    if roster_layout(header) is not None:
        return "coordinator", {
            index: ContactField(name) for index, name in enumerate(ROSTER_FIELDS[: len(header)])
        }
    columns = _columns(header, broad=False)
    fields = {column.field for column in columns}
    has_name = bool(fields & {ContactField.GIVEN_NAME, ContactField.FAMILY_NAME})
    if any(_google_column(cell) == "value" for cell in header):
        layout = "google"
        columns = _google_address(header, columns)
    elif any(c.field is ContactField.EMAIL and c.kind == "primary" for c in columns):
        layout = "thunderbird"
        columns = _qualified_addresses(columns)
    elif (
        has_name
        and ContactField.EMAIL in fields
        and any(
            c.field in (ContactField.PHONE, ContactField.ADDRESS) and c.kind == "work"
            for c in columns
        )
    ):
        layout = "outlook"
        columns = _qualified_addresses(columns)
    else:
        return None
    return layout, _as_mapping(columns)


def _google_column(header: str) -> str:
    """The part of a Google numbered column ("value", "type", "label", "formatted"), else ""."""
    match = _GOOGLE_PAIRED.match(" ".join(header.casefold().split()))
    return match.group(2) if match else ""


def _qualified_addresses(columns: list[_Column]) -> list[_Column]:
    """Only work, home and other address columns; Outlook's bare "Ort"/"Location" is no address."""
    return [
        _Column(ContactField.IGNORE)
        if column.field is ContactField.ADDRESS and not column.kind
        else column
        for column in columns
    ]


def _google_address(header: Sequence[str], columns: list[_Column]) -> list[_Column]:
    """Google's first address only: its formatted form if there is one, else its parts."""
    first = [
        index
        for index, cell in enumerate(header)
        if columns[index].field is ContactField.ADDRESS
        and re.match(r"address 1\b", " ".join(cell.casefold().split()))
    ]
    formatted = [index for index in first if "formatted" in header[index].casefold()]
    keep = set(formatted or first)
    return [
        _Column(ContactField.IGNORE)
        if column.field is ContactField.ADDRESS and index not in keep
        else column
        for index, column in enumerate(columns)
    ]


def guess_mapping(header: list[str]) -> dict[int, ContactField]:
    """A suggested column→field mapping for a CSV of unknown layout, to prefill the GUI's step.

    Looks at the words of each header (name/navn, e-mail/mail, phone/telefon/mobil,
    company/firma/virksomhed, title/titel/stilling, address/adresse, notes/noter, ...) in English,
    Danish and German. Columns it cannot place are left out.
    """
    return _as_mapping(_columns(header, broad=True))


# ---------------------------------------------------------------------------------------------
# Rows to records
# ---------------------------------------------------------------------------------------------

# Outlook writes "0/0/00" (German: "0.0.00") for an empty date; such cells count as empty.
_NULL_VALUE = re.compile(r"0{1,2}[/.\-]0{1,2}[/.\-]0{2,4}")
_SKIPPED_PHONE_TYPES = ("fax", "pager")


def records_from_table(table: CsvTable, mapping: dict[int, ContactField]) -> ParsedContacts:
    """The contact records in `table`'s rows, with `mapping` saying which column fills which field.

    Several columns may fill one field: e-mail addresses and phones are taken primary, work,
    mobile, home, other in turn (as the headers say; otherwise in column order); of several
    addresses (work, home, other) a row's first non-empty one is used, its parts joined. Rows of
    empty cells are skipped; every other row gives a record or a problem (see
    `record_from_fields`). Google's phones typed as fax or pager are left out. An expertise cell
    holds tags separated by ";". In the roster's own CSV (`roster_csv.roster_layout`) the
    apostrophe its export put before formula-like text is taken off again.
    """
    result = ParsedContacts(problems=list(table.problems))
    own = roster_layout(table.header) is not None
    width = len(table.header)
    columns = {
        index: _classify(table.header[index], broad=True) for index in mapping if 0 <= index < width
    }
    by_field: dict[ContactField, list[int]] = {}
    for index in sorted(columns, key=lambda i: (_RANK.get(columns[i].kind, 3), i)):
        by_field.setdefault(mapping[index], []).append(index)
    for in_column_order in (
        ContactField.GIVEN_NAME,
        ContactField.FAMILY_NAME,
        ContactField.ADDRESS,
    ):
        by_field[in_column_order] = sorted(by_field.get(in_column_order, []))
    address_groups = _address_groups(by_field.get(ContactField.ADDRESS, []), columns)
    phone_types = _type_columns(table.header, by_field.get(ContactField.PHONE, []))

    for line, cells in table.rows:
        if not any(cell.strip() for cell in cells):
            continue
        if own:
            cells = [csv_unsafe(cell.strip()) for cell in cells]
        values: dict[ContactField, list[str]] = {}
        for contact_field, indexes in by_field.items():
            if contact_field in (ContactField.IGNORE, ContactField.ADDRESS):
                continue
            values[contact_field] = [
                _cell(cells, index)
                for index in indexes
                if index not in phone_types or not _skipped_phone(_cell(cells, phone_types[index]))
            ]
        for group in address_groups:
            parts = [_cell(cells, index) for index in group]
            if any(parts):
                values[ContactField.ADDRESS] = parts
                break
        if ContactField.EXPERTISE in values:
            values[ContactField.EXPERTISE] = [
                tag
                for cell in values[ContactField.EXPERTISE]
                for tag in split_expertise(cell, escaped=own)
            ]
        record, problems = record_from_fields(line, values)
        if record is not None:
            result.records.append(record)
        result.problems.extend(problems)
    return result


def _cell(cells: Sequence[str], index: int) -> str:
    value = cells[index].strip() if index < len(cells) else ""
    return "" if _NULL_VALUE.fullmatch(value) else value


def _skipped_phone(phone_type: str) -> bool:
    return any(word in phone_type.casefold() for word in _SKIPPED_PHONE_TYPES)


def _address_groups(indexes: list[int], columns: Mapping[int, _Column]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for index in indexes:
        kind = columns[index].kind
        groups.setdefault(kind if kind in _ADDRESS_GROUPS else "", []).append(index)
    return [groups[kind] for kind in _ADDRESS_GROUPS if kind in groups]


def _type_columns(header: Sequence[str], indexes: list[int]) -> dict[int, int]:
    """For Google's "Phone 1 - Value" columns, the "Phone 1 - Type"/"Label" column beside it."""
    by_name = {" ".join(cell.casefold().split()): index for index, cell in enumerate(header)}
    paired: dict[int, int] = {}
    for index in indexes:
        match = _GOOGLE_PAIRED.match(" ".join(header[index].casefold().split()))
        if match and match.group(2) == "value":
            for part in ("type", "label"):
                partner = by_name.get(f"{match.group(1)} - {part}")
                if partner is not None:
                    paired[index] = partner
    return paired
