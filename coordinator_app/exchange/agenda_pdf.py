"""The day agenda of one meeting as an A4 PDF to hand out at the door.

Title, group and date with the timetable's times (and a warning when the programme runs past
the planned end), the host and its address, practical information, the tour with what members
must bring, and the timetable with speakers. Every text the coordinator typed is printed
literally (escaped), cut to a sane length and laid out so that it wraps and flows onto the next
page; no input makes the document fail.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from coordinator_app.domain.dates import (
    format_long_date,
    format_short_date,
    format_time,
    format_time_span,
)
from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument
from coordinator_app.exchange.doc_texts import (
    DocumentTexts,
    agenda_kind_label,
    document_texts,
)
from coordinator_app.exchange.pdf_common import (
    ACCENT,
    BOTTOM_MARGIN,
    CONFIDENTIAL,
    FONT,
    FONT_BOLD,
    MUTED,
    PAGE_SIZE,
    RULE,
    TOP_MARGIN,
    ZEBRA,
    barred_box,
    build_document,
    clean_text,
    escape,
    paragraph_styles,
    table_style,
)

# Column widths of the timetable on A4 portrait (178 mm between the margins).
_TIME_MM = 24.0
_SPEAKER_MM = 48.0
_ITEM_MM = 178.0 - _TIME_MM - _SPEAKER_MM
_PRACTICAL_LABEL_MM = 34.0

# Longer texts are cut (with an ellipsis): a handout is no place for a novel, and the caps keep
# the layout fast. Table rows never split across pages (ReportLab's in-row splitting repeats the
# header mid-page); instead a row taller than _MAX_ROW_HEIGHT gets its texts cut further until it
# fits, so no text can make the layout fail.
_MAX_LINE = 160
_MAX_TITLE = 300
_MAX_NAME = 150
_MAX_NOTES = 4000
_MAX_PRACTICAL_LABEL = 80
_MAX_PRACTICAL_TEXT = 3000
_MAX_PRACTICAL_ITEMS = 60
_MAX_TOUR_LINES = 20  # lines of the free-text tour requirements
_MAX_ROW_HEIGHT = 0.75 * (PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN)
# How much of each cap a row keeps at each attempt to make it fit; after the last, a row is
# built in its short form (no notes, one-line texts), which always fits.
_SHRINK = (1.0, 0.5, 0.25, 0.125, 0.0625)
_SHORT_FORM = len(_SHRINK)
_SHORT_CAP = 40
_CELL_PADDING_X = 8.0  # table_style's left + right padding
_ROW_PADDING_Y = 11.0  # the timetable's top + bottom padding

Cell: TypeAlias = Flowable | list[Flowable]

_MUTED_HEX = "#" + MUTED.hexval()[2:]
_ACCENT_HEX = "#" + ACCENT.hexval()[2:]
# Kinds never printed under an item's title: "Andet" tells a reader nothing.
_QUIET_KINDS = frozenset({AgendaKind.OTHER})


def _one_line(text: str, max_chars: int) -> str:
    """User text cut to `max_chars` and put on one line (newlines become ", ")."""
    lines = [line.strip() for line in clean_text(text, max_chars=max_chars).split("\n")]
    return ", ".join(line for line in lines if line)


def _cap(limit: int, attempt: int) -> int:
    """The text cap `limit` as it applies at fitting attempt `attempt` (see _SHRINK)."""
    return max(1, int(limit * _SHRINK[attempt])) if attempt < _SHORT_FORM else _SHORT_CAP


def _row_height(row: Sequence[Cell], widths: Sequence[float]) -> float:
    """How tall a table row of these cells would be, padding included."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        height = 0.0
        for flowable in cell if isinstance(cell, list) else [cell]:
            _, h = flowable.wrap(width - _CELL_PADDING_X, 1e9)
            height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        tallest = max(tallest, height)
    return tallest + _ROW_PADDING_Y


def _fitting_row(make: Callable[[int], list[Cell]], widths: Sequence[float]) -> list[Cell]:
    """The row `make(attempt)` builds at the first attempt that is at most _MAX_ROW_HEIGHT
    tall; the short form (last attempt) is taken as it is."""
    for attempt in range(_SHORT_FORM):
        row = make(attempt)
        if _row_height(row, widths) <= _MAX_ROW_HEIGHT:
            return row
    return make(_SHORT_FORM)


def _section_heading(text: str, styles: _Styles) -> list[Flowable]:
    """A section heading that is never left alone at the bottom of a page.

    (A keepWithNext heading would drag a long table with it to the next page, leaving a gap.)
    """
    return [CondPageBreak(30 * mm), Paragraph(escape(text), styles.heading)]


def _meeting_title(meeting: MeetingDocument, texts: DocumentTexts) -> str:
    return _one_line(meeting.theme, _MAX_TITLE) or texts.default_meeting_title


class _Styles:
    """The agenda's own paragraph styles, derived from the shared ones."""

    def __init__(self) -> None:
        base = paragraph_styles()
        self.base = base
        self.kicker = base.kicker
        self.title = base.title
        self.when = base.when
        self.detail = base.detail
        self.banner = ParagraphStyle(
            "agenda_banner",
            parent=base.body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=colors.white,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        self.heading = ParagraphStyle("agenda_heading", parent=base.heading, keepWithNext=0)
        self.cell = base.cell
        self.cell_title = ParagraphStyle(
            "agenda_cell_title", parent=base.cell, fontName=FONT_BOLD, fontSize=9, leading=11.5
        )
        self.time = ParagraphStyle(
            "agenda_time", parent=base.cell, fontName=FONT_BOLD, fontSize=8.5, leading=11.5
        )
        self.notes = ParagraphStyle("agenda_notes", parent=base.cell_small, spaceBefore=1.5)
        self.label = ParagraphStyle(
            "agenda_label", parent=base.cell, fontName=FONT_BOLD, textColor=ACCENT
        )
        self.warning = ParagraphStyle(
            "agenda_warning",
            parent=base.detail,
            fontName=FONT_BOLD,
            textColor=CONFIDENTIAL,
            spaceBefore=2,
        )
        self.box_heading = ParagraphStyle(
            "agenda_box_heading",
            parent=base.cell,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
        )
        self.tour_about = ParagraphStyle(
            "agenda_tour_about", parent=base.cell, fontSize=9.5, leading=12, spaceBefore=1
        )
        self.requirement = ParagraphStyle(
            "agenda_requirement",
            parent=base.cell,
            fontSize=9.5,
            leading=12,
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=FONT,
        )


def _heading(
    meeting: MeetingDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    """Group and title, the date and the timetable's times (with a warning when the programme
    runs past the planned end), host and address, the coordinator, a banner."""
    group = _one_line(meeting.group_name, _MAX_LINE)
    kicker = f"{group} · {texts.agenda_title}" if group else texts.agenda_title
    span = texts.time_span_prose.format(
        start=format_time(meeting.day_start, lang), end=format_time(meeting.day_end, lang)
    )
    story: list[Flowable] = [
        Paragraph(escape(kicker), styles.kicker),
        Paragraph(escape(_meeting_title(meeting, texts)), styles.title),
        Paragraph(escape(f"{format_long_date(meeting.date, lang)}, {span}"), styles.when),
    ]
    if meeting.overrun_minutes > 0:
        warning = texts.agenda_overrun.format(
            end=format_time(meeting.day_end, lang), planned=format_time(meeting.end_time, lang)
        )
        story.append(Paragraph(escape(f"⚠ {warning}"), styles.warning))
    host = _one_line(meeting.host_name, _MAX_LINE)
    address = _one_line(meeting.host_address, 2 * _MAX_LINE)
    where = " · ".join(part for part in (host, address) if part)
    if where:
        story.append(
            Paragraph(f"<b>{escape(texts.host_label)}:</b> {escape(where)}", styles.detail)
        )
    coordinator = " · ".join(
        part
        for part in (
            _one_line(meeting.coordinator_name, _MAX_NAME),
            _one_line(meeting.coordinator_email, 254),
            _one_line(meeting.coordinator_phone, 50),  # to call on the day
        )
        if part
    )
    if coordinator:
        story.append(
            Paragraph(
                f"<b>{escape(texts.coordinator_label)}:</b> {escape(coordinator)}", styles.detail
            )
        )
    if meeting.status == MeetingStatus.CANCELLED:
        story += [Spacer(1, 4 * mm), _banner(texts.cancelled_banner, styles)]
    story.append(Spacer(1, 2 * mm))
    return story


def _banner(text: str, styles: _Styles) -> Table:
    """A full-width red band with white text: impossible to overlook."""
    banner = Table([[Paragraph(escape(text), styles.banner)]], colWidths=[178 * mm])
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), CONFIDENTIAL),
                # A table's own font would otherwise be Helvetica, which is not embedded.
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return banner


def _practical(meeting: MeetingDocument, texts: DocumentTexts, styles: _Styles) -> list[Flowable]:
    """The practical information as a label/text table; nothing when there is none."""
    widths = [_PRACTICAL_LABEL_MM * mm, (178.0 - _PRACTICAL_LABEL_MM) * mm]
    rows: list[list[Cell]] = []
    for label, text in meeting.practical[:_MAX_PRACTICAL_ITEMS]:
        if not clean_text(label).strip() and not clean_text(text).strip():
            continue

        def make(attempt: int, label: str = label, text: str = text) -> list[Cell]:
            label_text = _one_line(label, _cap(_MAX_PRACTICAL_LABEL, attempt))
            limit = _cap(_MAX_PRACTICAL_TEXT, attempt)
            if attempt == _SHORT_FORM:
                body = _one_line(text, limit)
            else:
                body = clean_text(text, max_chars=limit).strip()
            return [
                Paragraph(escape(label_text), styles.label),
                Paragraph(escape(body), styles.cell),
            ]

        rows.append(_fitting_row(make, widths))
    if not rows:
        return []
    table = Table(
        rows,
        colWidths=widths,
        splitByRow=1,
        hAlign="LEFT",
        style=table_style(
            header_rows=0,
            zebra=False,
            extra=[
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        ),
    )
    return [*_section_heading(texts.practical_heading, styles), table]


def _requirement_lines(meeting: MeetingDocument, texts: DocumentTexts) -> list[str]:
    """What the tour asks of the members, one line each: the ticked ones, then the free text."""
    requirements = meeting.tour_requirements
    ticked = (
        (requirements.id_required, texts.agenda_requirement_id),
        (requirements.nda, texts.agenda_requirement_nda),
        (requirements.safety_shoes, texts.agenda_requirement_safety_shoes),
        (requirements.no_photos, texts.agenda_requirement_no_photos),
    )
    lines = [f"<b>{escape(text)}</b>" for required, text in ticked if required]
    other = clean_text(requirements.other, max_chars=_MAX_PRACTICAL_TEXT).split("\n")
    lines.extend(escape(line.strip()) for line in other if line.strip())
    return lines[: 4 + _MAX_TOUR_LINES]


def _tour(meeting: MeetingDocument, texts: DocumentTexts, styles: _Styles) -> list[Flowable]:
    """The tour as a tinted box: who guides and how long it takes, then what members must bring
    or accept; nothing when nothing is known of a tour."""
    about = [
        f"<b>{escape(label)}:</b> {escape(value)}"
        for label, value in (
            (texts.agenda_tour_guide_label, _one_line(meeting.tour_guide, _MAX_NAME)),
            (
                texts.agenda_tour_length_label,
                texts.tour_about_minutes.format(n=meeting.tour_minutes)
                if meeting.tour_minutes
                else "",
            ),
        )
        if value
    ]
    lines = _requirement_lines(meeting, texts)
    if not about and not lines:
        return []
    rows: list[list[Cell]] = [[Paragraph(escape(texts.tour_label), styles.box_heading)]]
    if about:
        rows.append([Paragraph(" · ".join(about), styles.tour_about)])
    if lines:
        rows.append([Paragraph(escape(texts.agenda_bring_heading), styles.tour_about)])
        rows.extend([Paragraph(line, styles.requirement, bulletText="•")] for line in lines)
    box = barred_box(rows, width=178 * mm, background=ZEBRA, bar=ACCENT)
    return [CondPageBreak(30 * mm), Spacer(1, 4 * mm), box]


def _says(title: str, label: str) -> bool:
    """Whether `title` already says `label` ("Kaffepause" says "Pause", "Næste mødes tema" says
    "Næste tema"), so that printing the kind under it would only repeat it."""
    folded = title.casefold()
    return all(word in folded for word in label.casefold().split())


def _item_cell(line: AgendaLine, lang: str, styles: _Styles, attempt: int) -> list[Flowable]:
    """Bold title, the kind in small accent letters, and the notes wrapped below."""
    if attempt == _SHORT_FORM:
        title = _one_line(line.title, _SHORT_CAP)
    else:
        title = clean_text(line.title, max_chars=_cap(_MAX_TITLE, attempt)).strip()
    kind = agenda_kind_label(line.kind, lang)
    show_kind = line.kind not in _QUIET_KINDS and not _says(title, kind)
    markup = f"<b>{escape(title)}</b>" if title else ""
    if show_kind:
        tag = f'<font size="7" color="{_ACCENT_HEX}">{escape(kind.upper())}</font>'
        markup = f"{markup}<br/>{tag}" if markup else tag
    cell: list[Flowable] = [Paragraph(markup, styles.cell_title)]
    notes = clean_text(line.notes, max_chars=_cap(_MAX_NOTES, attempt)).strip()
    if notes and attempt < _SHORT_FORM:
        cell.extend(
            Paragraph(escape(part), styles.notes) for part in notes.split("\n") if part.strip()
        )
    return cell


def _speaker_cell(line: AgendaLine, styles: _Styles, attempt: int) -> Paragraph:
    """The speaker's name, and their organisation below in grey."""
    name = _one_line(line.speaker, _cap(_MAX_NAME, attempt))
    organisation = _one_line(line.speaker_organisation, _cap(_MAX_LINE, attempt))
    markup = escape(name)
    if organisation:
        org = f'<font size="7.5" color="{_MUTED_HEX}">{escape(organisation)}</font>'
        markup = f"{markup}<br/>{org}" if markup else org
    return Paragraph(markup, styles.cell)


def _timetable(
    meeting: MeetingDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    """The programme heading and the timetable, or a note that there is no programme yet."""
    heading = _section_heading(texts.programme_heading, styles)
    if not meeting.agenda:
        return [*heading, Paragraph(escape(texts.agenda_empty), styles.base.body)]
    widths = [_TIME_MM * mm, _ITEM_MM * mm, _SPEAKER_MM * mm]
    header = [
        Paragraph(escape(label), styles.base.cell_header)
        for label in (texts.col_time, texts.col_item, texts.col_speaker)
    ]
    data: list[list[Cell]] = [header]
    for line in meeting.agenda:

        def make(attempt: int, line: AgendaLine = line) -> list[Cell]:
            return [
                Paragraph(format_time_span(line.start, line.end, lang), styles.time),
                _item_cell(line, lang, styles, attempt),
                _speaker_cell(line, styles, attempt),
            ]

        data.append(_fitting_row(make, widths))
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
        style=table_style(
            extra=[
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ]
        ),
    )
    return [*heading, table]


def _story(meeting: MeetingDocument, lang: str) -> list[Flowable]:
    texts = document_texts(lang)
    styles = _Styles()
    return [
        *_heading(meeting, texts, lang, styles),
        *_practical(meeting, texts, styles),
        *_tour(meeting, texts, styles),
        *_timetable(meeting, texts, lang, styles),
    ]


def write_agenda_pdf(
    meeting: MeetingDocument, out: Path | BinaryIO, *, lang: str, printed_on: dt.date
) -> None:
    """Write the A4 day agenda of `meeting` in `lang` to a path (atomically, mode 0600) or a
    binary buffer. The footer gives group, date and print date, and "Side X af Y"."""
    texts = document_texts(lang)
    group = _one_line(meeting.group_name, _MAX_LINE)
    long_date = format_long_date(meeting.date, lang)
    title = f"{texts.agenda_title}: {_meeting_title(meeting, texts)}"
    printed = texts.generated_on.format(date=format_short_date(printed_on, lang))
    footer = " · ".join(part for part in (group, long_date, printed) if part)
    build_document(
        out,
        title=f"{title} – {group}" if group else title,
        author=group,
        lang=lang,
        story=_story(meeting, lang),
        footer_left=footer,
        confidential=False,
    )


def agenda_pdf_bytes(meeting: MeetingDocument, *, lang: str, printed_on: dt.date) -> bytes:
    """The day agenda of `meeting` as PDF bytes (for previews and e-mail attachments)."""
    buffer = io.BytesIO()
    write_agenda_pdf(meeting, buffer, lang=lang, printed_on=printed_on)
    return buffer.getvalue()
