"""The annual report of a group as an A4 PDF: the year's meetings, hosts, attendance and themes.

It holds no round-table content, so it is not marked confidential, but it names members and
their attendance: it is written like every document with personal data (atomically, mode 0600)
and its footer says which group and year it covers and when it was printed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.minutes import AnnualReport, MemberYear, ReportMeeting
from coordinator_app.exchange.doc_texts import DocumentTexts, document_language, document_texts
from coordinator_app.exchange.minutes_common import (
    MAX_LINE,
    MAX_NAME,
    meeting_status_label,
    one_line,
)
from coordinator_app.exchange.pdf_common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    build_document,
    document_heading,
    escape,
    paragraph_styles,
    table_style,
    write_private_file,
)
from coordinator_app.exchange.pdf_rows import Cell, cap, fitting_row

_MUTED_HEX = "#" + MUTED.hexval()[2:]
_MAX_SPEAKERS = 12


class _Styles:
    def __init__(self) -> None:
        base = paragraph_styles()
        self.base = base
        self.kicker = base.kicker
        self.heading = ParagraphStyle("report_heading", parent=base.heading, keepWithNext=0)
        self.subheading = ParagraphStyle(
            "report_subheading",
            parent=base.body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.muted = ParagraphStyle(
            "report_muted", parent=base.body, textColor=MUTED, fontSize=9, leading=12
        )
        self.bullet = ParagraphStyle(
            "report_bullet",
            parent=base.body,
            leftIndent=5 * mm,
            bulletIndent=0,
            bulletFontName=FONT,
            spaceAfter=2,
        )
        self.cell = ParagraphStyle("report_cell", parent=base.cell, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("report_cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.talk = ParagraphStyle(
            "report_talk",
            parent=base.cell_small,
            leftIndent=3 * mm,
            bulletIndent=0,
            bulletFontName=FONT,
            spaceBefore=1.5,
        )
        self.number = ParagraphStyle("report_number", parent=self.cell, alignment=TA_RIGHT)
        self.header = base.cell_header
        self.header_right = ParagraphStyle(
            "report_header_right", parent=base.cell_header, alignment=TA_RIGHT
        )


def _section(text: str, styles: _Styles) -> list[Flowable]:
    return [CondPageBreak(25 * mm), Paragraph(escape(text), styles.heading)]


def _table(rows: list[list[Cell]], widths_mm: Sequence[float]) -> Table:
    return Table(
        rows,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
        style=table_style(),
    )


def _headers(
    labels: Sequence[str], styles: _Styles, *, right_from: int | None = None
) -> list[Cell]:
    return [
        Paragraph(
            escape(label),
            styles.header_right if right_from is not None and i >= right_from else styles.header,
        )
        for i, label in enumerate(labels)
    ]


def _percent(part: int, whole: int, lang: str) -> str:
    """ "75 %" in Danish, "75%" in English; "–" without meetings."""
    if whole <= 0:
        return "–"
    value = round(100 * part / whole)
    return f"{value}\u00a0%" if document_language(lang) == "da" else f"{value}%"


def _counts_attendance(meeting: ReportMeeting) -> bool:
    return meeting.status == MeetingStatus.HELD.value


def _summary(report: AnnualReport, texts: DocumentTexts, lang: str) -> str:
    held = [m for m in report.meetings if _counts_attendance(m)]
    average = sum(m.present for m in held) / len(held) if held else 0.0
    shown = f"{average:.1f}".replace(".", "," if document_language(lang) == "da" else ".")
    return texts.report_summary.format(meetings=len(report.meetings), held=len(held), present=shown)


def _meetings(
    report: AnnualReport, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.report_meetings_heading, styles)
    if not report.meetings:
        return [*story, Paragraph(escape(texts.report_no_meetings), styles.muted)]
    story.append(Paragraph(escape(_summary(report, texts, lang)), styles.muted))
    # The talks go under the theme (small, grey), which leaves them a line's width.
    widths = (24.0, 79.0, 34.0, 21.0, 20.0)
    data: list[list[Cell]] = [
        _headers(
            (
                texts.col_date,
                f"{texts.col_theme} · {texts.col_speakers}",
                texts.col_host,
                texts.col_status,
                texts.col_present,
            ),
            styles,
            right_from=4,
        )
    ]
    for meeting in sorted(report.meetings, key=lambda m: m.date):

        def make(scale: float, meeting: ReportMeeting = meeting) -> list[Cell]:
            theme: list[Flowable] = [
                Paragraph(
                    escape(one_line(meeting.theme, cap(MAX_LINE, scale)) or "–"), styles.cell_bold
                )
            ]
            theme.extend(
                Paragraph(escape(one_line(s, cap(MAX_LINE, scale))), styles.talk, bulletText="–")
                for s in meeting.speakers[:_MAX_SPEAKERS]
                if one_line(s)
            )
            held = _counts_attendance(meeting)
            return [
                Paragraph(escape(format_short_date(meeting.date, lang)), styles.cell),
                theme,
                Paragraph(
                    escape(one_line(meeting.host_name, cap(MAX_LINE, scale)) or "–"), styles.cell
                ),
                Paragraph(escape(meeting_status_label(meeting.status, texts)), styles.cell),
                Paragraph(str(meeting.present) if held else "–", styles.number),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [*story, _table(data, widths)]


def _hosts(
    report: AnnualReport, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.report_hosts_heading, styles)
    hosts: dict[str, list[dt.date]] = {}
    for meeting in sorted(report.meetings, key=lambda m: m.date):
        # A cancelled meeting was not hosted by anyone.
        if meeting.status == MeetingStatus.CANCELLED.value:
            continue
        if host := one_line(meeting.host_name):
            hosts.setdefault(host, []).append(meeting.date)
    if not hosts:
        return [*story, Paragraph(escape(texts.report_no_hosts), styles.muted)]
    widths = (90.0, 88.0)
    data: list[list[Cell]] = [_headers((texts.col_host, texts.col_date), styles)]
    for host, dates in hosts.items():

        def make(scale: float, host: str = host, dates: list[dt.date] = dates) -> list[Cell]:
            return [
                Paragraph(escape(one_line(host, cap(MAX_LINE, scale))), styles.cell),
                Paragraph(
                    escape(", ".join(format_short_date(d, lang) for d in dates)), styles.cell
                ),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [*story, _table(data, widths)]


def _attendance(
    report: AnnualReport, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.report_attendance_heading, styles)
    if not report.members:
        return [*story, Paragraph(escape(texts.report_no_members), styles.muted)]
    widths = (48.0, 46.0, 20.0, 24.0, 18.0, 22.0)
    data: list[list[Cell]] = [
        _headers(
            (
                texts.col_name,
                texts.col_company,
                texts.col_present,
                texts.col_absent,
                texts.col_meetings,
                texts.col_share,
            ),
            styles,
            right_from=2,
        )
    ]
    for member in report.members:

        def make(scale: float, member: MemberYear = member) -> list[Cell]:
            return [
                Paragraph(escape(one_line(member.name, cap(MAX_NAME, scale))), styles.cell),
                Paragraph(escape(one_line(member.organisation, cap(MAX_LINE, scale))), styles.cell),
                Paragraph(str(member.present), styles.number),
                Paragraph(str(member.absent), styles.number),
                Paragraph(str(member.meetings), styles.number),
                Paragraph(escape(_percent(member.present, member.meetings, lang)), styles.number),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [
        *story,
        _table(data, widths),
        Paragraph(escape(texts.report_attendance_note), styles.muted),
    ]


def _themes(
    report: AnnualReport, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.report_themes_heading, styles)
    themes = [
        (meeting.date, one_line(meeting.theme, 2 * MAX_LINE))
        for meeting in sorted(report.meetings, key=lambda m: m.date)
        if one_line(meeting.theme)
    ]
    upcoming = [theme for theme in (one_line(t, 2 * MAX_LINE) for t in report.themes_next) if theme]
    if not themes and not upcoming:
        return [*story, Paragraph(escape(texts.report_no_themes), styles.muted)]
    for day, theme in themes:
        when = f'<font color="{_MUTED_HEX}">({escape(format_short_date(day, lang))})</font>'
        story.append(Paragraph(f"{escape(theme)} {when}", styles.bullet, bulletText="•"))
    if upcoming:
        story.append(Paragraph(escape(texts.report_themes_next_heading), styles.subheading))
        story.extend(Paragraph(escape(theme), styles.bullet, bulletText="•") for theme in upcoming)
    return story


def _story(report: AnnualReport, texts: DocumentTexts, lang: str) -> list[Flowable]:
    styles = _Styles()
    group = one_line(report.group_name)
    title = texts.annual_report_title.format(year=report.year)
    coordinator = one_line(report.coordinator_name, MAX_NAME)
    subtitle = f"{texts.coordinator_label}: {coordinator}" if coordinator else ""
    story: list[Flowable] = []
    if group:
        story.append(Paragraph(escape(group), styles.kicker))
    story += document_heading(title, [subtitle])
    return [
        *story,
        *_meetings(report, texts, lang, styles),
        *_hosts(report, texts, lang, styles),
        *_attendance(report, texts, lang, styles),
        *_themes(report, texts, lang, styles),
    ]


def write_annual_report_pdf(
    report: AnnualReport, out: Path | BinaryIO, *, lang: str, printed_on: dt.date
) -> None:
    """Write the annual report in `lang` to a path (atomically, mode 0600) or a binary buffer."""
    texts = document_texts(lang)
    group = one_line(report.group_name)
    title = texts.annual_report_title.format(year=report.year)
    printed = texts.generated_on.format(date=format_short_date(printed_on, lang))
    footer = " · ".join(part for part in (group, title, printed) if part)
    buffer = io.BytesIO()
    build_document(
        buffer,
        title=f"{title} – {group}" if group else title,
        author=one_line(report.coordinator_name, MAX_NAME) or group,
        lang=lang,
        story=_story(report, texts, lang),
        footer_left=footer,
        confidential=False,
    )
    if isinstance(out, (str, os.PathLike)):
        write_private_file(Path(out), buffer.getvalue())
    else:
        out.write(buffer.getvalue())


def annual_report_pdf_bytes(report: AnnualReport, *, lang: str, printed_on: dt.date) -> bytes:
    """The annual report as PDF bytes."""
    buffer = io.BytesIO()
    write_annual_report_pdf(report, buffer, lang=lang, printed_on=printed_on)
    return buffer.getvalue()
