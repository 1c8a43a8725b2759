"""The roster's own CSV: its columns in Danish and English, its values written and read back.

`roster_export.write_roster_csv` writes a group's roster with these columns and the CSV importer
(`csv_import`) recognises them, so that an export, also one edited and saved in Excel, imports
into another database as the same roster. A Danish file is what Danish Excel splits into
columns: `;`-separated, Danish headers, dates as dd-mm-yyyy and Ja/Nej; an English one is
`,`-separated with ISO dates and Yes/No. Both are UTF-8 with a BOM, so that Excel reads æøå.

Text that a spreadsheet would run as a formula gets a leading apostrophe when written
(`csv_safe`); the importer takes exactly that apostrophe off again, in this layout only
(`csv_unsafe`). Expertise tags are joined by "; ", a ";" or "\\" inside a tag escaped by a
backslash.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.roster import MemberRow
from coordinator_app.domain.text import clean_text

# The record field (a `csv_import.ContactField` value) each column fills, in the files' order.
ROSTER_FIELDS: tuple[str, ...] = (
    "full_name",
    "email",
    "phone",
    "organisation",
    "title",
    "industry",
    "expertise",
    "member_since",
    "left_on",
    "dietary_needs",
    "consent",
)
ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    "da": (
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
    ),
}
# Exports before the consent column was added had the first ten columns.
_LEGACY_COLUMNS = 10
DELIMITERS: dict[str, str] = {"en": ",", "da": ";"}
_YES_NO: dict[str, tuple[str, str]] = {"en": ("Yes", "No"), "da": ("Ja", "Nej")}
EXPERTISE_SEPARATOR = "; "

_YES = frozenset({"ja", "j", "yes", "y", "true", "sand", "1", "x"})
_NO = frozenset({"nej", "n", "no", "false", "falsk", "0"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[-.](\d{1,2})[-.](\d{4})")

# A phone number may start with "+" or "-"; anything else starting like a formula is prefixed
# with an apostrophe, or Excel would run it (CSV injection). A text of apostrophes followed by
# such a start gets one more, so that reading back takes exactly one off.
_PHONE_LIKE = re.compile(r"^[+-][\d\s().-]*$")
_NEUTRALISED = re.compile(r"^'*[=+\-@\t\r]")
_TAG_SEPARATOR = re.compile(r"\\(.)|;", re.DOTALL)


def language(lang: str) -> str:
    """ "da" or "en": the language a roster CSV in `lang` is written in (Danish unless English)."""
    return "en" if lang.casefold().startswith("en") else "da"


def csv_safe(value: str) -> str:
    """`value` without control characters (NUL, ESC, BEL, bidi overrides: `clean_text`),
    prefixed with an apostrophe if a spreadsheet would read it as a formula. Cleaned first, so
    that no formula hides behind a control character that a spreadsheet drops."""
    value = clean_text(value, multiline=True)
    if _NEUTRALISED.match(value) and not _PHONE_LIKE.match(value):
        return "'" + value
    return value


def csv_unsafe(value: str) -> str:
    """A cell of the roster's own CSV as it was before `csv_safe`: exactly its apostrophe off."""
    if value.startswith("'") and _NEUTRALISED.match(value):
        return value[1:]
    return value


def join_expertise(tags: Iterable[str]) -> str:
    """Tags as one cell: joined by "; ", with "\\" and ";" in a tag escaped by a backslash."""
    return EXPERTISE_SEPARATOR.join(tag.replace("\\", "\\\\").replace(";", "\\;") for tag in tags)


def split_expertise(cell: str, *, escaped: bool) -> list[str]:
    """The tags in a cell, split at ";". `escaped` (the roster's own CSV) reads "\\;" and "\\\\"
    as `join_expertise` wrote them; elsewhere a backslash is plain text."""
    if not escaped:
        return [tag.strip() for tag in cell.split(";") if tag.strip()]
    tags: list[str] = []
    piece: list[str] = []
    position = 0
    for match in _TAG_SEPARATOR.finditer(cell):
        piece.append(cell[position : match.start()])
        position = match.end()
        escaped_char = match.group(1)
        if escaped_char is None:
            tags.append("".join(piece))
            piece = []
        elif escaped_char in "\\;":
            piece.append(escaped_char)
        else:  # not an escape this writer makes: the text as it is
            piece.append(match.group())
    piece.append(cell[position:])
    tags.append("".join(piece))
    return [tag.strip() for tag in tags if tag.strip()]


def format_yes_no(value: bool, lang: str) -> str:
    yes, no = _YES_NO[language(lang)]
    return yes if value else no


def parse_yes_no(text: str) -> bool | None:
    """True for Ja/Yes/True/1/x, False for Nej/No/False/0 (any case); None for anything else."""
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def format_date(value: dt.date | None, lang: str) -> str:
    """dd-mm-yyyy in Danish, ISO in English; empty for no date."""
    return format_short_date(value, language(lang)) if value else ""


def parse_date(text: str) -> dt.date | None:
    """An ISO date (2027-03-09) or a day-first one (09-03-2027, 9.3.2027); None if neither."""
    text = text.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DAY_FIRST_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def roster_layout(header: Sequence[str]) -> str | None:
    """The language of the roster's own CSV with this header ("da" or "en"), else None.

    The header must be the export's (case and spacing aside), in either language; an English
    export of an earlier version without the last column counts too.
    """
    cells = [" ".join(cell.replace("\ufeff", "").split()).casefold() for cell in header]
    while cells and not cells[-1]:
        cells.pop()
    for lang, columns in ROSTER_HEADERS.items():
        expected = [column.casefold() for column in columns]
        if cells == expected or (lang == "en" and cells == expected[:_LEGACY_COLUMNS]):
            return lang
    return None


def roster_csv_text(rows: Sequence[MemberRow], lang: str) -> str:
    """`rows` as the roster's CSV in `lang` (see the module's text), CRLF line endings."""
    lang = language(lang)
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=DELIMITERS[lang], quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow(ROSTER_HEADERS[lang])
    for row in rows:
        writer.writerow(
            [
                csv_safe(row.name),
                csv_safe(row.email),
                csv_safe(row.phone),
                csv_safe(row.company),
                csv_safe(row.title),
                csv_safe(row.industry),
                csv_safe(join_expertise(row.expertise)),
                format_date(row.member_since, lang),
                format_date(row.left_on, lang),
                csv_safe(row.dietary_needs),
                format_yes_no(row.consent_share_contact, lang),
            ]
        )
    return buffer.getvalue()
