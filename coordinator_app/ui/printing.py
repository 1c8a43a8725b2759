"""Printing the app's own PDF documents through Qt's print preview and print dialog.

The documents are the PDFs the exports write (member list, agenda, visitor list, minutes):
written off the UI thread into this run's private print folder (`ui/files.print_folder`), read
back and removed at once, so no printed document stays on disk. Each page is rendered by
`pypdfium2` at the printer's resolution (at most `MAX_DPI`) and drawn on the printer's page;
printed to a PDF file, the pages carry their text too (drawn invisibly over the image), so that
the file can still be searched and copied from.

The dialog is made by `show_print_dialog` and the printer by `make_printer`; tests replace them
(a printer writing a PDF file, no modal dialog).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from coordinator_app.ui import plain_text
from coordinator_app.ui.files import print_folder, safe_file_name
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background

if TYPE_CHECKING:
    from pypdfium2 import PdfPage

#: The highest resolution pages are rendered at for a printer, and for the preview.
MAX_DPI = 300
PREVIEW_DPI = 150
#: The print preview's size where the screen has the room; the window's frame around it.
PREVIEW_SIZE = QSize(900, 800)
FRAME = QSize(16, 40)

#: Draws the document on a printer (the preview's, or the one chosen in the print dialog).
Paint = Callable[[QPrinter], None]


class PrintFailed(Exception):
    """The document could not be drawn on the printer (an unreadable PDF, no printer)."""


def make_printer() -> QPrinter:
    """The printer a print starts with: the system's default, at its high resolution."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def show_print_dialog(printer: QPrinter, paint: Paint, parent: QWidget | None) -> bool:
    """The print preview (its Print button opens the system's print dialog); whether the
    document was printed."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print preview"))
    dialog.paintRequested.connect(paint)
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    dialog.resize(preview_size(screen.availableGeometry() if screen is not None else None))
    printed = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printed


def preview_size(available: QRect | None) -> QSize:
    """The preview's size: `PREVIEW_SIZE`, or less on a screen (its area less the taskbar)
    too small for it with the window's frame."""
    if available is None:
        return QSize(PREVIEW_SIZE)
    return PREVIEW_SIZE.boundedTo(available.size() - FRAME)


def render_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of `pdf` on `printer`, one printer page each; the number of pages.

    A page is scaled to fit the printer's page, keeping its proportions, and centred.
    """
    import pypdfium2  # loads the PDF engine: only when something is printed

    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise PrintFailed(str(exc)) from exc
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed("The printer could not be started.")
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        with_text = not preview and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
        target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        target.moveTo(0, 0)
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            try:
                _draw_page(painter, page, target, dpi, with_text)
            finally:
                page.close()
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _draw_page(painter: QPainter, page: PdfPage, target: QRectF, dpi: int, with_text: bool) -> None:
    width, height = page.get_size()  # in points
    scale = min(target.width() / width, target.height() / height)
    placed = QRectF(0, 0, width * scale, height * scale)
    placed.moveCenter(target.center())
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB on white
    try:
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        painter.drawImage(placed, image)
    finally:
        bitmap.close()
    if with_text:
        _draw_text(painter, page, placed, scale, height)


def _draw_text(
    painter: QPainter, page: PdfPage, placed: QRectF, scale: float, height: float
) -> None:
    """The page's text, invisible, where it stands on the page: a PDF printed to a file can
    still be searched and copied from."""
    text_page = page.get_textpage()
    try:
        painter.save()
        painter.setPen(QColor(0, 0, 0, 0))
        font = QFont()
        for index in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(index)
            text = text_page.get_text_bounded(left, bottom, right, top).strip()
            if not text:
                continue
            box = QRectF(
                placed.left() + left * scale,
                placed.top() + (height - top) * scale,
                (right - left) * scale,
                (top - bottom) * scale,
            )
            font.setPixelSize(max(1, round(box.height() * 0.8)))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
    finally:
        text_page.close()


def _fit_paper(printer: QPrinter, pdf: bytes) -> None:
    """Start with the paper of the document's first page (A4, portrait, as the exports write)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError:
        return  # said when it is drawn
    try:
        if not len(document):
            return
        page = document[0]
        width, height = page.get_size()
        page.close()
    finally:
        document.close()
    portrait = width <= height
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = (
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the documents have their own margins


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Show the print preview of `pdf`; whether it was printed. A document that cannot be drawn
    is reported to the user."""
    printer = make_printer()
    printer.setDocName(title)
    _fit_paper(printer, pdf)
    problems: list[Exception] = []

    def paint(target: QPrinter) -> None:
        try:
            render_pdf(pdf, target)
        except PrintFailed as exc:
            problems.append(exc)

    printed = show_print_dialog(printer, paint, parent)
    if problems:
        plain_text.warning(
            parent,
            QCoreApplication.translate("printing", "Print"),
            QCoreApplication.translate("printing", "The document could not be printed."),
        )
        return False
    return printed


def _written(write: Callable[[Path], object], path: Path) -> bytes:
    """Write the document into `path` (on a worker thread), read it and remove the file."""
    try:
        write(path)
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)


def print_document(
    parent: QWidget,
    title: str,
    write: Callable[[Path], object],
    printed: Callable[[bool], None] | None = None,
) -> None:
    """Write a document with `write` (given a path in this run's print folder) off the UI
    thread, then show its print preview; `printed` is told whether it was printed."""
    path = print_folder() / f"{safe_file_name(title)}-{uuid.uuid4().hex[:8]}.pdf"

    def ready(data: object) -> None:
        assert isinstance(data, bytes)
        done = print_pdf(parent, data, title)
        if printed is not None:
            printed(done)

    def failed(exc: Exception) -> None:
        plain_text.warning(
            parent,
            QCoreApplication.translate("printing", "Print"),
            QCoreApplication.translate("printing", "The document could not be written: %1").replace(
                "%1", error_text(exc)
            ),
        )

    run_in_background(
        parent,
        QCoreApplication.translate("printing", "Preparing to print…"),
        lambda: _written(write, path),
        ready,
        failed,
    )


def print_pdf_file(parent: QWidget | None, path: Path) -> bool:
    """Print a PDF the app wrote into the print folder; the file is removed once read."""
    try:
        data = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
    return print_pdf(parent, data, path.stem)
