"""Shared foundations for printed documents: embedded fonts, styles, page frame and safe text."""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coordinator_app.exchange.doc_texts import document_language, document_texts
from coordinator_app.resources import font_path
from coordinator_app.store.files import write_atomically

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6675")
RULE = colors.HexColor("#C9D1DC")
ZEBRA = colors.HexColor("#F1F4F8")
CONFIDENTIAL = colors.HexColor("#A4262C")

PAGE_SIZE = A4
LEFT_MARGIN = 16 * mm
RIGHT_MARGIN = 16 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 20 * mm

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_PAGE_LABEL_ROOM = 32 * mm

PathOrBuffer = str | os.PathLike[str] | IO[bytes]


def register_fonts() -> None:
    """Register the shipped DejaVu Sans family with ReportLab; calling it again does nothing."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@dataclass(frozen=True)
class PdfStyles:
    """The paragraph styles every document uses, all in the shipped font."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    notice: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_header: ParagraphStyle
    kicker: ParagraphStyle  # the small accent line above a document's title ("IT Drift · …")
    when: ParagraphStyle  # the date and time under the title
    detail: ParagraphStyle  # host, address, coordinator lines under the date


@cache
def paragraph_styles() -> PdfStyles:
    """The shared paragraph styles (title, subtitle, heading, body, small, table cells)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=13,
        textColor=colors.black,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=1,
    )
    cell = ParagraphStyle(
        "cell", parent=body, fontSize=8.5, leading=10.8, spaceAfter=0, spaceBefore=0
    )
    return PdfStyles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=19,
            leading=23,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10, leading=13.5, textColor=MUTED, spaceAfter=1
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=CONFIDENTIAL,
        ),
        cell=cell,
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=7.5, leading=9.6, textColor=MUTED
        ),
        cell_header=ParagraphStyle(
            "cell_header", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        kicker=ParagraphStyle(
            "kicker",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=ACCENT,
            spaceAfter=3,
        ),
        when=ParagraphStyle(
            "when",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=3,
            spaceAfter=2,
        ),
        detail=ParagraphStyle("detail", parent=body, fontSize=9.5, leading=13, spaceAfter=1),
    )


# C0/C1 controls (tab and newline are handled separately), lone surrogates that a bad decode
# leaves behind, and noncharacters: none can be printed and some make the PDF writer raise.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c]")


def clean_text(text: str, *, max_chars: int | None = None) -> str:
    """`text` without characters a PDF cannot print, cut to `max_chars` with an ellipsis."""
    text = unicodedata.normalize("NFC", text.replace("\t", " "))
    text = _UNPRINTABLE.sub("", _LINE_BREAKS.sub("\n", text))
    if max_chars is not None and len(text) > max_chars:
        text = text[: max(max_chars - 1, 0)].rstrip() + "…"
    return text


@cache
def _printable_code_points() -> frozenset[int]:
    """The characters every face of the shipped font has a glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _FONT_FILES]
    return frozenset(set(faces[0]).intersection(*faces[1:]))


def printable_text(text: str, *, max_chars: int | None = None) -> str:
    """`text` as clean_text() makes it, with characters the font lacks shown as "\ufffd".

    Invisible formatting characters the font lacks (joiners, variation selectors) are dropped.
    """
    text = clean_text(text, max_chars=max_chars)
    known = _printable_code_points()
    if all(ord(ch) in known or ch == "\n" for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if ord(ch) in known or ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) not in ("Cf", "Mn", "Me", "Zs"):
            out.append("\ufffd")
        elif unicodedata.category(ch) == "Zs":
            out.append(" ")
    return "".join(out)


def escape(text: str, *, max_chars: int | None = None) -> str:
    """`text` as Paragraph markup that shows exactly what the user typed; newlines become breaks.

    Any string is safe: markup characters are escaped, unprintable characters dropped and
    characters the shipped font lacks replaced by "\ufffd".
    """
    text = printable_text(text, max_chars=max_chars)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def barred_box(
    rows: list[list[Any]],
    *,
    width: float,
    background: colors.Color,
    bar: colors.Color,
    heading_gap: float = 2,
) -> Table:
    """A one-column box tinted `background` with a `bar` down its left: its first row a heading
    (`heading_gap` points below it), the rest lines (what the tour asks of a visitor)."""
    register_fonts()
    return Table(
        rows,
        colWidths=[width],
        splitByRow=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), heading_gap),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        ),
    )


def table_style(
    *,
    header_rows: int = 1,
    zebra: bool = True,
    font_size: float = 8.5,
    extra: Sequence[tuple[Any, ...]] = (),
) -> TableStyle:
    """A calm table look: accent-coloured header, light zebra rows, thin rules, top-aligned cells.

    Every cell gets the shipped font, so plain-string cells never fall back to Helvetica.
    """
    register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.27),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONTNAME", (0, 0), (-1, last), FONT_BOLD),
            ("TEXTCOLOR", (0, 0), (-1, last), colors.white),
            ("BACKGROUND", (0, 0), (-1, last), ACCENT),
            ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, last), 5),
            ("BOTTOMPADDING", (0, 0), (-1, last), 5),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    commands.extend(extra)
    return TableStyle(commands)


def document_heading(title: str, subtitle_lines: Sequence[str] = ()) -> list[Flowable]:
    """The title block at the top of a document's first page: title, grey subtitle lines, a gap."""
    styles = paragraph_styles()
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story.extend(Paragraph(escape(line), styles.subtitle) for line in subtitle_lines if line)
    story.append(Spacer(1, 5 * mm))
    return story


def _page_label_canvas(page_label: str) -> type[Canvas]:
    """A canvas class that, once all pages are laid out, writes `page_label` ("Page X of Y")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        # Pages are kept until save() so that the total page count is known when numbering.
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self._draw_page_label(total)
                super().showPage()
            super().save()

        def _draw_page_label(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            label = page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(width - RIGHT_MARGIN, BOTTOM_MARGIN - 10 * mm, label)
            self.restoreState()

    return NumberedCanvas


def _fit_width(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it is at most `width` points wide on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    room = width - pdfmetrics.stringWidth("…", font, size)
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle], font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _page_decorator(
    *, running_title: str, footer_left: str, notice: str | None, first_page: bool
) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The onPage callback that draws the header (running title, notice) and the footer text."""
    footer_text = printable_text(footer_left, max_chars=300).replace("\n", " ")
    title_text = printable_text(running_title, max_chars=300).replace("\n", " ")
    size = 7.5

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        left, right = doc.leftMargin, width - doc.rightMargin
        header_y = height - TOP_MARGIN + 7 * mm
        footer_y = BOTTOM_MARGIN - 10 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        if notice or not first_page:
            notice_width = pdfmetrics.stringWidth(notice, FONT_BOLD, size) if notice else 0
            if not first_page:
                canv.setFont(FONT, size)
                canv.setFillColor(MUTED)
                room = right - left - notice_width - 10 * mm
                canv.drawString(left, header_y, _fit_width(title_text, FONT, size, room))
            if notice:
                canv.setFont(FONT_BOLD, size)
                canv.setFillColor(CONFIDENTIAL)
                canv.drawRightString(right, header_y, notice)
            canv.line(left, header_y - 2.2 * mm, right, header_y - 2.2 * mm)
        canv.line(left, footer_y + 4 * mm, right, footer_y + 4 * mm)
        canv.setFont(FONT, size)
        canv.setFillColor(MUTED)
        # Leaves room on the right for the longest page label, "Side 999 af 999".
        room = right - left - _PAGE_LABEL_ROOM
        canv.drawString(left, footer_y, _fit_width(footer_text, FONT, size, room))
        canv.restoreState()

    return draw


def build_document(
    path_or_buffer: PathOrBuffer,
    *,
    title: str,
    author: str,
    lang: str,
    story: list[Flowable],
    footer_left: str,
    confidential: bool = False,
) -> None:
    """Lay out `story` on A4 pages with a running header, a footer and "Page X of Y".

    A path is written atomically with owner-only permissions, since documents hold personal data.
    """
    register_fonts()
    texts = document_texts(lang)
    notice = texts.confidential_notice if confidential else None
    target: Path | None
    buffer: IO[bytes]
    if isinstance(path_or_buffer, (str, os.PathLike)):
        target, buffer = Path(path_or_buffer), io.BytesIO()
    else:
        target, buffer = None, path_or_buffer
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=clean_text(title).replace("\n", " "),
        author=clean_text(author).replace("\n", " "),
        subject=notice or "",
        creator="Coordinator App",
        lang=document_language(lang),
        displayDocTitle=1,
        initialFontName=FONT,
        initialFontSize=9.5,
        initialLeading=13,
    )
    # No frame padding: the content lines up with the header and footer rules.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[frame],
                onPage=_page_decorator(
                    running_title=title, footer_left=footer_left, notice=notice, first_page=True
                ),
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                id="later",
                frames=[frame],
                onPage=_page_decorator(
                    running_title=title, footer_left=footer_left, notice=notice, first_page=False
                ),
            ),
        ]
    )
    doc.build(story, canvasmaker=_page_label_canvas(texts.page))
    if target is not None and isinstance(buffer, io.BytesIO):
        write_private_file(target, buffer.getvalue())


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, mode 0600 (personal data), never through a
    link; what a killed write of `path` left is removed first (`store.files.write_atomically`).
    A full or read-only disk raises the store's `StorageFull` / `StorageReadOnly`."""
    write_atomically(Path(path), data)
