"""The minutes of one meeting as an A4 PDF for the members, marked confidential on every page.

Header (group, theme, date, host, status), attendance, the talks with their notes, the round
table, decisions, action items open and done, the next theme with the votes, and the speaker
pipeline. The document handed in has already been redacted (`domain.minutes.redact`): what the
export leaves out is not here to print, and the round table says how many entries were left out
or anonymised, never what they said. The PDF's metadata holds only the title (minutes, theme,
group), the group as author and the confidentiality notice as subject.

With a password the PDF is encrypted with AES-256 (security handler revision 6) by pikepdf:
ReportLab's own AES-256 output does not open in poppler-based viewers. The unencrypted bytes
stay in memory; only the encrypted file is written.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
from pathlib import Path
from typing import BinaryIO

import pikepdf
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from coordinator_app.domain.enums import MinutesStatus
from coordinator_app.domain.meetings import AgendaLine
from coordinator_app.domain.minutes import (
    ActionLine,
    AttendanceLine,
    MinutesDocument,
    RoundTableLine,
    SpeakerLine,
    ThemeLine,
)
from coordinator_app.exchange import minutes_common as mc
from coordinator_app.exchange.doc_texts import DocumentTexts, agenda_kind_label, document_texts
from coordinator_app.exchange.pdf_common import (
    ACCENT,
    CONFIDENTIAL,
    FONT,
    FONT_BOLD,
    MUTED,
    build_document,
    escape,
    paragraph_styles,
    table_style,
    write_private_file,
)
from coordinator_app.exchange.pdf_rows import Cell, cap, fitting_row

_WIDTH_MM = 178.0
_MUTED_HEX = "#" + MUTED.hexval()[2:]
_ACCENT_HEX = "#" + ACCENT.hexval()[2:]
_RED_HEX = "#" + CONFIDENTIAL.hexval()[2:]
_BOX_BACKGROUND = colors.HexColor("#F8ECEC")
_DRAFT_BACKGROUND = colors.HexColor("#FBF6EA")
_DRAFT_BAR = colors.HexColor("#B7791F")


class _Styles:
    """The minutes' own paragraph styles, derived from the shared ones."""

    def __init__(self) -> None:
        base = paragraph_styles()
        self.base = base
        self.kicker = base.kicker
        self.title = base.title
        self.when = base.when
        self.detail = base.detail
        self.box = ParagraphStyle(
            "minutes_box", parent=base.cell, fontSize=8.5, leading=11.5, textColor=CONFIDENTIAL
        )
        self.draft = ParagraphStyle(
            "minutes_draft", parent=base.cell, fontName=FONT_BOLD, fontSize=8.5, leading=11.5
        )
        self.heading = ParagraphStyle("minutes_heading", parent=base.heading, keepWithNext=0)
        self.subheading = ParagraphStyle(
            "minutes_subheading",
            parent=base.body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.body = base.body
        self.muted = ParagraphStyle(
            "minutes_muted", parent=base.body, textColor=MUTED, fontSize=9, leading=12
        )
        self.item = ParagraphStyle(
            "minutes_item",
            parent=base.body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=7,
            spaceAfter=1,
            keepWithNext=1,
        )
        self.byline = ParagraphStyle(
            "minutes_byline",
            parent=base.body,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.text = ParagraphStyle(
            "minutes_text", parent=base.body, leftIndent=4 * mm, spaceAfter=3
        )
        self.topics = ParagraphStyle(
            "minutes_topics",
            parent=base.body,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            leftIndent=4 * mm,
            spaceAfter=2,
        )
        self.numbered = ParagraphStyle(
            "minutes_numbered",
            parent=base.body,
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle("minutes_cell", parent=base.cell, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("minutes_cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_small = base.cell_small
        self.cell_number = ParagraphStyle(
            "minutes_cell_number", parent=self.cell, alignment=TA_RIGHT
        )
        self.header = base.cell_header
        self.header_right = ParagraphStyle(
            "minutes_header_right", parent=base.cell_header, alignment=TA_RIGHT
        )
        self.next_theme = ParagraphStyle(
            "minutes_next_theme", parent=base.body, fontSize=10.5, leading=14, spaceAfter=4
        )


def _lines(text: str) -> str:
    """Escaped markup of already clean lines, joined by line breaks."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _text_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs (blank lines separate them, single newlines break lines)."""
    return [Paragraph(_lines("\n".join(p)), style) for p in mc.paragraphs(text)]


def _section(text: str, styles: _Styles) -> list[Flowable]:
    """A section heading that is never left alone at the bottom of a page."""
    return [CondPageBreak(35 * mm), Paragraph(escape(text), styles.heading)]


def _muted(text: str) -> str:
    return f'<font color="{_MUTED_HEX}">{escape(text)}</font>'


def _table(rows: list[list[Cell]], widths_mm: list[float], *, right: int | None = None) -> Table:
    extra: list[tuple[object, ...]] = []
    if right is not None:
        extra.append(("ALIGN", (right, 0), (right, -1), "RIGHT"))
    return Table(
        rows,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
        style=table_style(extra=extra),
    )


# --- the parts ---------------------------------------------------------------------------------


def _heading(
    document: MinutesDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    group = mc.one_line(document.group_name)
    kicker = f"{group} · {texts.minutes_title}" if group else texts.minutes_title
    story: list[Flowable] = [
        Paragraph(escape(kicker), styles.kicker),
        Paragraph(escape(mc.meeting_title(document, texts)), styles.title),
        Paragraph(escape(mc.meeting_when(document, texts, lang)), styles.when),
    ]
    details = (
        (texts.host_label, mc.host_line(document)),
        (texts.coordinator_label, mc.coordinator_line(document)),
        (texts.minutes_status_label, mc.minutes_status_label(document.status, texts)),
    )
    story.extend(
        Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", styles.detail)
        for label, value in details
        if value
    )
    story.append(Spacer(1, 3 * mm))
    story.append(_box(texts.minutes_confidential_intro, styles.box, _BOX_BACKGROUND, CONFIDENTIAL))
    if document.status is MinutesStatus.DRAFT:
        story.append(Spacer(1, 1.5 * mm))
        story.append(_box(texts.minutes_draft_note, styles.draft, _DRAFT_BACKGROUND, _DRAFT_BAR))
    return story


def _box(text: str, style: ParagraphStyle, background: colors.Color, bar: colors.Color) -> Table:
    """A tinted full-width box with a coloured bar on its left."""
    return Table(
        [[Paragraph(escape(text), style)]],
        colWidths=[_WIDTH_MM * mm],
        hAlign="LEFT",
        style=table_style(
            header_rows=0,
            zebra=False,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
    )


def _attendance(document: MinutesDocument, texts: DocumentTexts, styles: _Styles) -> list[Flowable]:
    story = _section(texts.attendance_heading, styles)
    rows = mc.attendance_rows(document)
    if not rows:
        return [*story, Paragraph(escape(texts.attendance_empty), styles.muted)]
    if document.present or document.absent:
        story.append(Paragraph(escape(mc.attendance_summary(document, texts)), styles.muted))
    widths = [62.0, 62.0, 54.0]
    data: list[list[Cell]] = [
        [
            Paragraph(escape(label), styles.header)
            for label in (texts.col_name, texts.col_company, texts.col_attendance)
        ]
    ]
    for line in rows:

        def make(scale: float, line: AttendanceLine = line) -> list[Cell]:
            status = escape(mc.attendance_label(line.status, texts))
            if not line.present:
                status = _muted(mc.attendance_label(line.status, texts))
            note = mc.one_line(line.note, cap(mc.MAX_LINE, scale))
            if note:
                status += f'<br/><font size="7.5" color="{_MUTED_HEX}">{escape(note)}</font>'
            return [
                Paragraph(escape(mc.one_line(line.name, cap(mc.MAX_NAME, scale))), styles.cell),
                Paragraph(
                    escape(mc.one_line(line.organisation, cap(mc.MAX_LINE, scale))), styles.cell
                ),
                Paragraph(status, styles.cell),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [*story, _table(data, widths)]


def _talk(line: AgendaLine, lang: str, styles: _Styles) -> list[Flowable]:
    title = mc.one_line(line.title) or agenda_kind_label(line.kind, lang)
    kind = agenda_kind_label(line.kind, lang)
    head = f"{mc.clock(line.start, lang)}–{mc.clock(line.end, lang)}  {escape(title)}"
    if kind.casefold() not in title.casefold():
        head += f'  <font size="7" color="{_ACCENT_HEX}">{escape(kind.upper())}</font>'
    story: list[Flowable] = [Paragraph(head, styles.item)]
    speaker = " · ".join(
        part
        for part in (mc.one_line(line.speaker, mc.MAX_NAME), mc.one_line(line.speaker_organisation))
        if part
    )
    if speaker:
        story.append(Paragraph(escape(speaker), styles.byline))
    story.extend(_text_paragraphs(line.notes, styles.text))
    return story


def _talks(
    document: MinutesDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.talks_heading, styles)
    if not document.talks:
        return [*story, Paragraph(escape(texts.talks_empty), styles.muted)]
    for line in sorted(document.talks, key=lambda t: (t.start, t.end)):
        story.extend(_talk(line, lang, styles))
    return story


def _entry(
    entry: RoundTableLine, document: MinutesDocument, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    name, organisation = mc.entry_speaker(entry)
    head = escape(name)
    if organisation:
        head += f'  <font name="{FONT}" size="9" color="{_MUTED_HEX}">{escape(organisation)}</font>'
    if tag := mc.level_tag(entry.level, texts):
        head += f'  <font name="{FONT}" size="7" color="{_RED_HEX}">{escape(tag.upper())}</font>'
    story: list[Flowable] = [Paragraph(head, styles.item)]
    story.extend(_text_paragraphs(entry.text, styles.text))
    if topics := mc.entry_topics(entry):
        story.append(
            Paragraph(
                f"<b>{escape(texts.topics_label)}:</b> " + " · ".join(escape(t) for t in topics),
                styles.topics,
            )
        )
    return story


def _round_table(
    document: MinutesDocument, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.round_table_heading, styles)
    story.extend(
        Paragraph(escape(note), styles.muted) for note in mc.redaction_notes(document, texts)
    )
    entries = mc.ordered_entries(document)
    if not entries and not document.entries_left_out:
        return [*story, Paragraph(escape(texts.round_table_empty), styles.muted)]
    for entry in entries:
        story.extend(_entry(entry, document, texts, styles))
    return story


def _decisions(document: MinutesDocument, texts: DocumentTexts, styles: _Styles) -> list[Flowable]:
    story = _section(texts.decisions_heading, styles)
    decisions = mc.ordered_decisions(document)
    if not decisions:
        return [*story, Paragraph(escape(texts.decisions_empty), styles.muted)]
    for number, text in enumerate(decisions, start=1):
        for index, paragraph in enumerate(mc.paragraphs(text)):
            bullet = f"{number}." if index == 0 else None
            story.append(
                Paragraph(_lines("\n".join(paragraph)), styles.numbered, bulletText=bullet)
            )
    return story


def _action_table(
    actions: list[ActionLine], texts: DocumentTexts, lang: str, styles: _Styles, *, done: bool
) -> Table:
    widths = [84.0, 40.0, 24.0, 30.0]
    third = texts.col_done_on if done else texts.col_due
    data: list[list[Cell]] = [
        [
            Paragraph(escape(label), styles.header)
            for label in (texts.col_action, texts.col_owner, third, texts.col_from_meeting)
        ]
    ]
    for action in actions:

        def make(scale: float, action: ActionLine = action) -> list[Cell]:
            limit = cap(mc.MAX_TEXT // 10, scale)
            when = action.done_on if done else action.due_on
            origin = mc.action_origin(action, texts, lang)
            return [
                Paragraph(escape(mc.one_line(action.text, limit)), styles.cell),
                Paragraph(
                    escape(mc.one_line(action.owner_name, cap(mc.MAX_NAME, scale))), styles.cell
                ),
                Paragraph(escape(mc.short_date(when, lang)), styles.cell),
                Paragraph(escape(origin) if action.carried else _muted(origin), styles.cell),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return _table(data, widths)


def _actions(
    document: MinutesDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.actions_heading, styles)
    if not document.actions:
        return [*story, Paragraph(escape(texts.actions_empty), styles.muted)]
    for heading, actions, done in (
        (texts.actions_open_heading, list(document.open_actions), False),
        (texts.actions_done_heading, list(document.done_actions), True),
    ):
        if actions:
            story.append(Paragraph(escape(heading), styles.subheading))
            story.append(_action_table(actions, texts, lang, styles, done=done))
    return story


def _next_meeting(
    document: MinutesDocument, texts: DocumentTexts, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.next_meeting_heading, styles)
    theme = mc.next_theme(document)
    value = f"<b>{escape(theme)}</b>" if theme else _muted(texts.next_theme_undecided)
    story.append(Paragraph(f"{escape(texts.next_theme_label)}: {value}", styles.next_theme))
    themes = mc.ordered_themes(document)
    if not themes:
        return story
    widths = [100.0, 56.0, 22.0]
    data: list[list[Cell]] = [
        [
            Paragraph(escape(texts.col_theme), styles.header),
            Paragraph(escape(texts.col_proposed_by), styles.header),
            Paragraph(escape(texts.col_votes), styles.header_right),
        ]
    ]
    for line in themes:

        def make(scale: float, line: ThemeLine = line) -> list[Cell]:
            theme_markup = escape(mc.one_line(line.theme, cap(mc.MAX_LINE * 2, scale)))
            if line.chosen:
                theme_markup = (
                    f"<b>{theme_markup}</b>  "
                    f'<font size="7.5" color="{_ACCENT_HEX}">✓ {escape(texts.theme_chosen)}</font>'
                )
            return [
                Paragraph(theme_markup, styles.cell),
                Paragraph(
                    escape(mc.one_line(line.proposed_by_name, cap(mc.MAX_NAME, scale))), styles.cell
                ),
                Paragraph(str(line.votes), styles.cell_number),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [
        *story,
        Paragraph(escape(texts.theme_votes_heading), styles.subheading),
        _table(data, widths),
    ]


def _speakers(
    document: MinutesDocument, texts: DocumentTexts, lang: str, styles: _Styles
) -> list[Flowable]:
    story = _section(texts.speakers_heading, styles)
    speakers = mc.ordered_speakers(document)
    if not speakers:
        return [*story, Paragraph(escape(texts.speakers_empty), styles.muted)]
    widths = [60.0, 42.0, 34.0, 42.0]
    data: list[list[Cell]] = [
        [
            Paragraph(escape(label), styles.header)
            for label in (
                texts.col_topic,
                texts.col_speaker,
                texts.col_proposed_by,
                texts.col_status,
            )
        ]
    ]
    for speaker in speakers:

        def make(scale: float, speaker: SpeakerLine = speaker) -> list[Cell]:
            topic: list[Flowable] = [
                Paragraph(
                    escape(mc.one_line(speaker.topic, cap(mc.MAX_LINE * 2, scale))), styles.cell
                )
            ]
            notes = mc.one_line(speaker.notes, cap(mc.MAX_LINE * 2, scale))
            if notes and scale > 0:
                topic.append(Paragraph(escape(notes), styles.cell_small))
            name, organisation = mc.speaker_name(speaker)
            who = escape(mc.one_line(name, cap(mc.MAX_NAME, scale)))
            if organisation:
                org = escape(mc.one_line(organisation, cap(mc.MAX_LINE, scale)))
                who += f'<br/><font size="7.5" color="{_MUTED_HEX}">{org}</font>'
            return [
                topic,
                Paragraph(who, styles.cell),
                Paragraph(
                    escape(mc.one_line(speaker.proposed_by_name, cap(mc.MAX_NAME, scale))),
                    styles.cell,
                ),
                Paragraph(escape(mc.speaker_status(speaker, texts, lang)), styles.cell),
            ]

        data.append(fitting_row(make, [w * mm for w in widths]))
    return [*story, _table(data, widths)]


def _story(document: MinutesDocument, lang: str) -> list[Flowable]:
    texts = document_texts(lang)
    styles = _Styles()
    return [
        *_heading(document, texts, lang, styles),
        *_attendance(document, texts, styles),
        *_talks(document, texts, lang, styles),
        *_round_table(document, texts, styles),
        *_decisions(document, texts, styles),
        *_actions(document, texts, lang, styles),
        *_next_meeting(document, texts, styles),
        *_speakers(document, texts, lang, styles),
    ]


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256 (R=6): opened with `password`, a random owner password."""
    if not password:
        raise ValueError("the password of an encrypted PDF must not be empty")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as source:
        source.save(
            out,
            encryption=pikepdf.Encryption(
                owner=secrets.token_urlsafe(32), user=password, R=6, aes=True, metadata=True
            ),
        )
    return out.getvalue()


def write_minutes_pdf(
    document: MinutesDocument,
    out: Path | BinaryIO,
    *,
    lang: str,
    printed_on: dt.date,
    password: str | None = None,
) -> None:
    """Write the minutes in `lang` to a path (atomically, mode 0600) or a binary buffer.

    `document` is the redacted document (see `minutes_export.export_minutes`). With
    `password` the PDF is AES-256 encrypted in memory before anything is written.
    """
    if password is not None and not password:
        raise ValueError("the password of an encrypted PDF must not be empty")
    texts = document_texts(lang)
    group = mc.one_line(document.group_name)
    title = f"{texts.minutes_title}: {mc.meeting_title(document, texts)}"
    buffer = io.BytesIO()
    build_document(
        buffer,
        title=f"{title} – {group}" if group else title,
        author=group or mc.one_line(document.coordinator_name),
        lang=lang,
        story=_story(document, lang),
        footer_left=mc.footer_text(document, texts, lang, printed_on),
        confidential=True,
    )
    data = buffer.getvalue()
    if password is not None:
        data = encrypt_pdf(data, password)
    if isinstance(out, (str, os.PathLike)):
        write_private_file(Path(out), data)
    else:
        out.write(data)


def minutes_pdf_bytes(
    document: MinutesDocument, *, lang: str, printed_on: dt.date, password: str | None = None
) -> bytes:
    """The minutes as PDF bytes (for previews and e-mail attachments)."""
    buffer = io.BytesIO()
    write_minutes_pdf(document, buffer, lang=lang, printed_on=printed_on, password=password)
    return buffer.getvalue()
