"""Exports of a group's roster: a CSV for spreadsheets, vCard 4.0 for address books, a PDF list."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.dates import format_long_date, format_short_date
from coordinator_app.domain.roster import MemberRow, shared_with_group
from coordinator_app.domain.validation import normalise_phone
from coordinator_app.exchange.doc_texts import count_members, document_texts
from coordinator_app.exchange.pdf_common import (
    FONT,
    MUTED,
    build_document,
    clean_text,
    document_heading,
    escape,
    paragraph_styles,
    table_style,
    write_private_file,
)
from coordinator_app.exchange.roster_csv import ROSTER_HEADERS, roster_csv_text

# The CSV importer reads these same headers (and the Danish ones of `roster_csv`), so an export
# can be edited and re-imported.
ROSTER_CSV_COLUMNS: tuple[str, ...] = ROSTER_HEADERS["en"]


def write_roster_csv(rows: Sequence[MemberRow], out: Path, *, lang: str = "en") -> None:
    """Write `rows` as the roster's CSV in `lang` (see `roster_csv`): in Danish `;`-separated
    with Danish headers and dates, as Danish Excel reads it; in English `,`-separated.

    UTF-8 with a BOM (so Excel reads æøå); text that a spreadsheet would run as a formula gets a
    leading apostrophe.
    """
    write_private_file(Path(out), roster_csv_text(rows, lang).encode("utf-8-sig"))


# --- vCard 4.0 (RFC 6350) ---------------------------------------------------------------------

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_VCARD_MAX_OCTETS = 75


def vcard_escape(value: str) -> str:
    """A text value escaped for vCard (RFC 6350 §3.4): backslash, comma, semicolon, newline."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\n", "\\n")


def fold_line(line: str) -> str:
    """`line` folded into CRLF-terminated lines of at most 75 octets, never inside a character.

    Continuation lines start with one space, which counts towards their 75 octets.
    """
    parts: list[str] = []
    current: list[str] = []
    used = 0
    limit = _VCARD_MAX_OCTETS
    for ch in line:
        size = len(ch.encode("utf-8"))
        if used + size > limit:
            parts.append("".join(current))
            current, used, limit = [" "], 1, _VCARD_MAX_OCTETS
        current.append(ch)
        used += size
    parts.append("".join(current))
    return "\r\n".join(parts) + "\r\n"


def split_name(name: str) -> tuple[str, str]:
    """(family name, given names): the last word is the family name; a single word is given."""
    words = name.split()
    if len(words) < 2:
        return "", " ".join(words)
    return words[-1], " ".join(words[:-1])


def _tel_property(phone: str) -> str:
    """A TEL property: a tel: URI for a number that has an E.164 form, else the text as typed."""
    international = normalise_phone(phone)
    compact = re.sub(r"[\s().\-]", "", international or "")
    if _E164.match(compact):
        return f"TEL;VALUE=uri;TYPE=cell:tel:{compact}"
    return f"TEL;VALUE=text;TYPE=cell:{vcard_escape(phone)}"


def _vcard_text(value: str) -> str:
    """A single-line-safe, printable version of user text before vCard escaping."""
    return clean_text(value).strip()


def vcard_lines(row: MemberRow, *, include_notes: bool = False) -> list[str]:
    """The unfolded content lines of one member's vCard 4.0."""
    name = _vcard_text(row.name)
    family, given = split_name(name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "PRODID:-//Coordinator App//Roster export//EN",
        f"FN:{vcard_escape(name)}",
        f"N:{vcard_escape(family)};{vcard_escape(given)};;;",
    ]
    email = _vcard_text(row.email)
    if email:
        lines.append(f"EMAIL;PREF=1:{vcard_escape(email)}")
    phone = _vcard_text(row.phone)
    if phone:
        lines.append(_tel_property(phone))
    company = _vcard_text(row.company)
    if company:
        lines.append(f"ORG:{vcard_escape(company)}")
    title = _vcard_text(row.title)
    if title:
        lines.append(f"TITLE:{vcard_escape(title)}")
    expertise = [_vcard_text(e) for e in row.expertise if _vcard_text(e)]
    if expertise:
        lines.append("CATEGORIES:" + ",".join(vcard_escape(e) for e in expertise))
    # What vCard has no property for, as the importer reads it back (see vcard_import).
    industry = _vcard_text(row.industry)
    if industry:
        lines.append(f"X-COORDINATOR-INDUSTRY:{vcard_escape(industry)}")
    diet = _vcard_text(row.dietary_needs)
    if diet:
        lines.append(f"X-COORDINATOR-DIET:{vcard_escape(diet)}")
    lines.append(f"X-COORDINATOR-CONSENT:{'TRUE' if row.consent_share_contact else 'FALSE'}")
    if row.member_since:
        lines.append(f"X-COORDINATOR-MEMBER-SINCE:{row.member_since.isoformat()}")
    if row.left_on:
        lines.append(f"X-COORDINATOR-LEFT:{row.left_on.isoformat()}")
    notes = _vcard_text(row.notes)
    if include_notes and notes:
        lines.append(f"NOTE:{vcard_escape(notes)}")
    lines.append("END:VCARD")
    return lines


def roster_vcard(rows: Iterable[MemberRow], *, include_notes: bool = False) -> str:
    """All `rows` as one vCard 4.0 text with CRLF line endings and lines folded at 75 octets."""
    return "".join(
        fold_line(line) for row in rows for line in vcard_lines(row, include_notes=include_notes)
    )


def write_roster_vcard(
    rows: Sequence[MemberRow], out: Path, *, include_notes: bool = False
) -> None:
    """Write `rows` as a UTF-8 vCard 4.0 file; the coordinator's notes only if asked for."""
    write_private_file(Path(out), roster_vcard(rows, include_notes=include_notes).encode("utf-8"))


# --- PDF member list ----------------------------------------------------------------------------

# Column widths of the member table on A4 portrait (178 mm between the margins).
_COLUMNS_MM = (41.0, 36.0, 46.0, 28.0, 27.0)
_CELL_PADDING = 8.5  # points: table_style's left + right padding, plus a hair
# Longer fields are cut so that one member's row always fits on a page.
_MAX_NAME = 120
_MAX_LINE = 160
_MAX_EXPERTISE = 500
_MUTED_HEX = "#" + MUTED.hexval()[2:]


def _fitting_size(text: str, width_mm: float) -> float | None:
    """The largest cell font size at which `text` fits on one line of the column, if any."""
    for size in (8.5, 8.0, 7.5):
        if stringWidth(text, FONT, size) <= width_mm * mm - _CELL_PADDING:
            return size
    return None


def _email_markup(email: str, width_mm: float) -> str:
    """An e-mail address on one line, a little smaller if need be, else broken after the "@"."""
    text = clean_text(email, max_chars=254).replace("\n", " ").strip()
    size = _fitting_size(text, width_mm)
    if size is not None:
        return f'<font size="{size}">{escape(text)}</font>'
    local, at, domain = text.partition("@")
    if not at:
        return escape(text)
    return f'<font size="8">{escape(local)}@<br/>{escape(domain)}</font>'


def _phone_markup(phone: str, width_mm: float) -> str:
    """A phone number on one line, a little smaller if need be, so its digits stay together."""
    text = clean_text(phone, max_chars=40).replace("\n", " ").strip()
    size = _fitting_size(text, width_mm)
    return escape(text) if size is None else f'<font size="{size}">{escape(text)}</font>'


def _second_line(text: str) -> str:
    """Markup for a smaller, grey second line in a cell (a title under a name)."""
    return f'<br/><font size="7.5" color="{_MUTED_HEX}">{escape(text, max_chars=_MAX_LINE)}</font>'


def _member_table(rows: Sequence[MemberRow], lang: str) -> Table:
    texts = document_texts(lang)
    styles = paragraph_styles()
    header = [
        Paragraph(escape(label), styles.cell_header)
        for label in (
            f"{texts.col_name} / {texts.col_title}",
            f"{texts.col_company} / {texts.col_industry}",
            texts.col_email,
            texts.col_phone,
            texts.col_expertise,
        )
    ]
    data: list[list[Flowable]] = [header]
    for row in sorted(rows, key=lambda r: sort_key(r.name, lang)):
        name = f"<b>{escape(row.name, max_chars=_MAX_NAME)}</b>"
        if row.title.strip():
            name += _second_line(row.title)
        company = escape(row.company, max_chars=_MAX_LINE)
        if row.industry.strip():
            company += _second_line(row.industry)
        expertise = escape(", ".join(row.expertise), max_chars=_MAX_EXPERTISE)
        data.append(
            [
                Paragraph(name, styles.cell),
                Paragraph(company, styles.cell),
                Paragraph(_email_markup(row.email, _COLUMNS_MM[2]), styles.cell),
                Paragraph(_phone_markup(row.phone, _COLUMNS_MM[3]), styles.cell),
                Paragraph(expertise, styles.cell_small),
            ]
        )
    return Table(
        data,
        colWidths=[w * mm for w in _COLUMNS_MM],
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        style=table_style(),
        hAlign="LEFT",
    )


def write_roster_pdf(
    rows: Sequence[MemberRow],
    out: Path,
    *,
    group_name: str,
    lang: str,
    printed_on: dt.date,
    author: str = "",
) -> None:
    """Write an A4 member list of `rows`, sorted by name, marked confidential on every page.

    The list goes round the group: a member's e-mail address, phone and address are printed
    only with their consent (`shared_with_group`), and a note under the table says for how many
    of the members they are shown, and why, when that is not everyone."""
    texts = document_texts(lang)
    rows = [shared_with_group(row) for row in rows]
    group = clean_text(group_name, max_chars=120).replace("\n", " ").strip()
    printed_long = texts.generated_on.format(date=format_long_date(printed_on, lang))
    printed_short = texts.generated_on.format(date=format_short_date(printed_on, lang))
    title = f"{group} – {texts.member_list_title}" if group else texts.member_list_title
    story: list[Flowable] = document_heading(
        title, [f"{count_members(texts, len(rows))} · {printed_long}"]
    )
    if rows:
        story.append(_member_table(rows, lang))
        shown = sum(1 for row in rows if row.consent_share_contact)
        if shown < len(rows):
            note = texts.contacts_consent_note.format(shown=shown, total=len(rows))
            story += [Spacer(1, 3 * mm), Paragraph(escape(note), paragraph_styles().small)]
    build_document(
        out,
        title=title,
        author=author or group,
        lang=lang,
        story=story,
        footer_left=f"{title} · {printed_short}",
        confidential=True,
    )
