"""The visitor list for the host company's reception as an A4 PDF.

Who comes (only those who said yes: the caller hands in just them), their companies, and what
the tour requires. No ID numbers are ever printed or asked for: when the tour needs photo ID the
list has an empty "ID checked ✓" column that reception ticks by hand, and when it needs an NDA a
column for the visitor's signature. The coordinator is on the list with phone and e-mail, since
that is whom reception calls.

Every text the coordinator typed is printed literally (escaped), cut to a sane length and put on
one line where it belongs on one line, so no input makes the document fail; a long list flows
over several pages with the table's header repeated.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from coordinator_app.domain.dates import format_long_date, format_short_date, format_time
from coordinator_app.domain.logistics import TourRequirements, Visitor, VisitorListDocument
from coordinator_app.domain.validation import normalise_phone
from coordinator_app.exchange.doc_texts import DocumentTexts, document_texts
from coordinator_app.exchange.pdf_common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    ZEBRA,
    barred_box,
    build_document,
    clean_text,
    escape,
    paragraph_styles,
    table_style,
)

# A4 portrait has 178 mm between the margins.
_WIDTH_MM = 178.0
_DETAIL_LABEL_MM = 30.0
_NUMBER_MM = 11.0
_ID_MM = 24.0
_SIGNATURE_MM = 44.0
# Of the room left for name and company, the name gets this share.
_NAME_SHARE = 0.5

# Caps keep every cell a few lines tall at most, so no row can outgrow a page.
_MAX_LINE = 160
_MAX_NAME = 150
_MAX_ADDRESS = 300
_MAX_EMAIL = 254
_MAX_PHONE = 40
_MAX_OTHER = 1500
_MAX_OTHER_LINES = 20
# Room to write by hand: the height of a row with a signature or tick column (content permitting).
_SIGNATURE_ROW_MM = 8.0
_TICK_ROW_MM = 5.5
_CELL_PADDING_X = 8.0  # table_style's left + right padding
_HEADER_SIZE = 8.5  # the shared cell_header style's font size

Cell: TypeAlias = Flowable | list[Flowable]

_MUTED_HEX = "#" + MUTED.hexval()[2:]
_BOX_BACKGROUND = colors.HexColor("#FBF6EA")
_BOX_BAR = colors.HexColor("#B7791F")


def _one_line(text: str, max_chars: int) -> str:
    """User text cut to `max_chars` and put on one line (newlines become ", ")."""
    lines = [line.strip() for line in clean_text(text, max_chars=max_chars).split("\n")]
    return ", ".join(line for line in lines if line)


def _no_break(text: str) -> str:
    """`text` with non-breaking spaces, so that a phone number never wraps mid-number."""
    return text.replace(" ", "\u00a0")


def _count_visitors(texts: DocumentTexts, visitors: Sequence[Visitor]) -> str:
    """ "12 besøgende, heraf 2 gæster" / "1 visitor": the count with the guests among them."""
    n = len(visitors)
    count = texts.visitor_count_one if n == 1 else texts.visitors_count.format(n=n)
    guests = sum(1 for visitor in visitors if visitor.is_guest)
    if not guests:
        return count
    among = texts.visitor_guest_one if guests == 1 else texts.visitor_guests.format(n=guests)
    return f"{count}, {among}"


def _meeting_title(document: VisitorListDocument, texts: DocumentTexts) -> str:
    return _one_line(document.theme, _MAX_LINE) or texts.default_meeting_title


class _Styles:
    """The visitor list's own paragraph styles, derived from the shared ones."""

    def __init__(self) -> None:
        base = paragraph_styles()
        self.base = base
        self.kicker = base.kicker
        self.title = base.title
        self.when = ParagraphStyle("visitor_pdf_when", parent=base.when, spaceAfter=5)
        self.label = ParagraphStyle(
            "visitors_label",
            parent=base.cell,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=11.5,
            textColor=ACCENT,
        )
        self.value = ParagraphStyle("visitors_value", parent=base.cell, fontSize=9, leading=11.5)
        self.note = ParagraphStyle(
            "visitors_note", parent=base.notice, fontSize=8, leading=10, spaceBefore=5
        )
        self.box_heading = ParagraphStyle(
            "visitors_box_heading",
            parent=base.cell,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
        )
        self.requirement = ParagraphStyle(
            "visitors_requirement",
            parent=base.cell,
            fontSize=9,
            leading=11.5,
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=FONT,
        )
        self.heading = ParagraphStyle("visitors_heading", parent=base.heading, keepWithNext=0)
        self.cell = ParagraphStyle("visitors_cell", parent=base.cell, fontSize=9, leading=11.5)
        self.header = ParagraphStyle("visitors_header", parent=base.cell_header)
        self.header_center = ParagraphStyle(
            "visitors_header_center", parent=base.cell_header, alignment=TA_CENTER
        )
        self.number = ParagraphStyle(
            "visitors_number",
            parent=base.cell,
            fontSize=9,
            leading=11.5,
            textColor=MUTED,
            alignment=TA_RIGHT,
        )
        self.total = ParagraphStyle(
            "visitors_total", parent=base.body, fontSize=9.5, leading=13, spaceBefore=6
        )


def _heading(
    document: VisitorListDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    """Group and theme, the title, and the date with the times."""
    group = _one_line(document.group_name, _MAX_LINE)
    title = _meeting_title(document, texts)
    kicker = f"{group} · {title}" if group else title
    span = texts.time_span_prose.format(
        start=format_time(document.start_time, lang), end=format_time(document.end_time, lang)
    )
    when = f"{format_long_date(document.meeting_date, lang)}, {span}"
    return [
        Paragraph(escape(kicker), styles.kicker),
        Paragraph(escape(texts.visitor_list_title), styles.title),
        Paragraph(escape(when), styles.when),
    ]


def _coordinator(document: VisitorListDocument, texts: DocumentTexts) -> str:
    """ "Birgitte Ærenlund · tlf. +45 20 30 40 50 · birgitte@example.dk" (what is known of it)."""
    phone = _one_line(document.coordinator_phone, _MAX_PHONE)
    if phone:
        phone = f"{texts.phone_prefix} {normalise_phone(phone) or phone}"
    parts = (
        _one_line(document.coordinator_name, _MAX_NAME),
        _no_break(phone),
        _one_line(document.coordinator_email, _MAX_EMAIL),
    )
    return " · ".join(part for part in parts if part)


def _tour(document: VisitorListDocument, texts: DocumentTexts) -> str:
    """ "Driftschefen viser rundt · ca. 60 min." (what is known of the tour): the guide as
    typed in the visit's form, a name or who shows what, with no word put before it."""
    parts: list[str] = []
    if guide := _one_line(document.tour_guide, _MAX_NAME):
        parts.append(guide)
    if document.tour_minutes is not None and document.tour_minutes > 0:
        parts.append(texts.tour_about_minutes.format(n=document.tour_minutes))
    return " · ".join(parts)


def _details(
    document: VisitorListDocument, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    """Host, address, host contact, coordinator, tour and the count as a label/value table."""
    pairs = (
        (texts.host_label, _one_line(document.host_name, _MAX_LINE)),
        (texts.address_label, _one_line(document.host_address, _MAX_ADDRESS)),
        (texts.host_contact_label, _one_line(document.contact_name, _MAX_NAME)),
        (texts.coordinator_label, _coordinator(document, texts)),
        (texts.tour_label, _tour(document, texts)),
        (texts.visitors_number_label, _count_visitors(texts, document.visitors)),
    )
    rows: list[list[Cell]] = [
        [Paragraph(escape(label), styles.label), Paragraph(escape(value), styles.value)]
        for label, value in pairs
        if value
    ]
    table = Table(
        rows,
        colWidths=[_DETAIL_LABEL_MM * mm, (_WIDTH_MM - _DETAIL_LABEL_MM) * mm],
        hAlign="LEFT",
        style=table_style(
            header_rows=0,
            zebra=False,
            extra=[
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ],
        ),
    )
    return [table, Paragraph(escape(texts.reception_note), styles.note)]


def _requirement_lines(requirements: TourRequirements, texts: DocumentTexts) -> list[str]:
    """Each requirement as Paragraph markup: the fixed ones with a hint, then the free text."""
    hint = f'<font color="{_MUTED_HEX}">' + "{hint}</font>"
    lines: list[str] = []
    if requirements.id_required:
        lines.append(
            f"<b>{escape(texts.requirement_id)}</b> – "
            + hint.format(hint=escape(texts.requirement_id_hint))
        )
    if requirements.nda:
        lines.append(
            f"<b>{escape(texts.requirement_nda)}</b> – "
            + hint.format(hint=escape(texts.requirement_nda_hint))
        )
    if requirements.safety_shoes:
        lines.append(f"<b>{escape(texts.requirement_safety_shoes)}</b>")
    if requirements.no_photos:
        lines.append(f"<b>{escape(texts.requirement_no_photos)}</b>")
    other = clean_text(requirements.other, max_chars=_MAX_OTHER).split("\n")
    lines.extend(escape(line.strip()) for line in other if line.strip())
    return lines[: 4 + _MAX_OTHER_LINES]


def _requirements(
    requirements: TourRequirements, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    """A tinted box with a bar on its left listing what the tour requires; nothing if nothing."""
    lines = _requirement_lines(requirements, texts)
    if not lines:
        return []
    rows: list[list[Cell]] = [[Paragraph(escape(texts.requirements_heading), styles.box_heading)]]
    rows.extend([Paragraph(line, styles.requirement, bulletText="•")] for line in lines)
    box = barred_box(
        rows, width=_WIDTH_MM * mm, background=_BOX_BACKGROUND, bar=_BOX_BAR, heading_gap=3
    )
    return [Spacer(1, 4 * mm), box]


def _company_cell(visitor: Visitor, texts: DocumentTexts, styles: _Styles) -> Paragraph:
    """The company, with "(gæst)" in grey for a guest."""
    company = escape(_one_line(visitor.organisation, _MAX_LINE))
    if visitor.is_guest:
        tag = f'<font color="{_MUTED_HEX}"><i>({escape(texts.guest_tag)})</i></font>'
        company = f"{company} {tag}" if company else tag
    return Paragraph(company, styles.cell)


def _column_widths(texts: DocumentTexts, id_column: bool, signature_column: bool) -> list[float]:
    """Number, name, company and the hand-written columns, in points; the tick column is as
    wide as its header needs, so that "ID tjekket ✓" stays on one line."""
    header = stringWidth(texts.col_id_checked, FONT_BOLD, _HEADER_SIZE) + _CELL_PADDING_X + 2
    id_width = max(_ID_MM * mm, header) if id_column else 0.0
    signature_width = _SIGNATURE_MM * mm if signature_column else 0.0
    room = _WIDTH_MM * mm - _NUMBER_MM * mm - id_width - signature_width
    widths = [_NUMBER_MM * mm, room * _NAME_SHARE, room * (1 - _NAME_SHARE)]
    if id_column:
        widths.append(id_width)
    if signature_column:
        widths.append(signature_width)
    return widths


def _visitor_table(
    document: VisitorListDocument, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    """The numbered list of visitors, with columns to tick the ID and sign the NDA if needed."""
    heading: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(escape(texts.visitors_heading), styles.heading),
    ]
    visitors = document.visitors
    if not visitors:
        return [*heading, Paragraph(escape(texts.visitors_empty), styles.base.body)]
    id_column = document.requirements.id_required
    signature_column = document.requirements.nda
    header: list[Cell] = [
        Paragraph(escape(texts.col_number), styles.header),
        Paragraph(escape(texts.col_name), styles.header),
        Paragraph(escape(texts.col_company), styles.header),
    ]
    if id_column:
        header.append(Paragraph(escape(texts.col_id_checked), styles.header_center))
    if signature_column:
        header.append(Paragraph(escape(texts.col_signature), styles.header))
    row_height = (
        _SIGNATURE_ROW_MM if signature_column else _TICK_ROW_MM if id_column else 0.0
    ) * mm
    data: list[list[Cell]] = [header]
    for number, visitor in enumerate(visitors, start=1):
        row: list[Cell] = [
            Paragraph(f"{number}.", styles.number),
            Paragraph(escape(_one_line(visitor.name, _MAX_NAME)), styles.cell),
            _company_cell(visitor, texts, styles),
        ]
        # The hand-written columns stay empty; a spacer gives the pen room.
        if id_column:
            row.append(Spacer(1, row_height))
        if signature_column:
            row.append(Spacer(1, row_height))
        data.append(row)
    extra: list[tuple[object, ...]] = [
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("RIGHTPADDING", (0, 1), (0, -1), 6),
    ]
    if id_column or signature_column:
        extra += [
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LINEBEFORE", (3, 1), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.6, RULE),
        ]
    table = Table(
        data,
        colWidths=_column_widths(texts, id_column, signature_column),
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
        style=table_style(extra=extra),
    )
    total = (
        f"<b>{escape(texts.visitors_total_label)}:</b> {escape(_count_visitors(texts, visitors))}"
    )
    return [*heading, table, Paragraph(total, styles.total)]


def _story(document: VisitorListDocument, lang: str) -> list[Flowable]:
    texts = document_texts(lang)
    styles = _Styles()
    return [
        *_heading(document, texts, lang, styles),
        *_details(document, texts, styles),
        *_requirements(document.requirements, texts, styles),
        *_visitor_table(document, texts, styles),
    ]


def write_visitor_list_pdf(
    document: VisitorListDocument, out: Path | BinaryIO, *, lang: str, printed_on: dt.date
) -> None:
    """Write the visitor list in `lang` to a path (atomically, mode 0600) or a binary buffer.

    Not marked confidential (it is made to be handed to the host's reception), but it says that
    it is for reception use only and is to be destroyed after the visit. The footer gives group,
    host, date and print date, and "Side X af Y".
    """
    texts = document_texts(lang)
    group = _one_line(document.group_name, _MAX_LINE)
    host = _one_line(document.host_name, _MAX_LINE)
    long_date = format_long_date(document.meeting_date, lang)
    printed = texts.generated_on.format(date=format_short_date(printed_on, lang))
    footer = " · ".join(part for part in (group, host, long_date, printed) if part)
    title = f"{texts.visitor_list_title}: {_meeting_title(document, texts)}"
    build_document(
        out,
        title=f"{title} – {group}" if group else title,
        author=group,
        lang=lang,
        story=_story(document, lang),
        footer_left=footer,
        confidential=False,
    )


def visitor_list_pdf_bytes(
    document: VisitorListDocument, *, lang: str, printed_on: dt.date
) -> bytes:
    """The visitor list as PDF bytes (for previews and e-mail attachments)."""
    buffer = io.BytesIO()
    write_visitor_list_pdf(document, buffer, lang=lang, printed_on=printed_on)
    return buffer.getvalue()
