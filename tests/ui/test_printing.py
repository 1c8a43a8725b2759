"""Printing (issue #15, item 14): Ctrl+P prints what the view on screen prints, through Qt's
print preview, from the app's own PDF pages; no printed document stays in the temp folder."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from coordinator_app.domain.enums import Confidentiality, Rsvp
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import logistics, minutes, planner, roster
from coordinator_app.ui import files as ui_files, printing
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.minutes.export import MinutesExportDialog
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, when_dialog_opens

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils",
)

MEETING_DAY = dt.date(2027, 3, 9)


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The system's temp folder, for this test only (the print folder is made in it)."""
    ui_files.remove_print_folder()
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    ui_files.remove_print_folder()


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What is printed goes to PDF files (a printer set to PdfFormat); the print dialog is
    answered "Print" at once."""
    outputs: list[Path] = []

    def make_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        outputs.append(tmp_path / f"printed-{len(outputs) + 1}.pdf")
        printer.setOutputFileName(str(outputs[-1]))
        return printer

    def print_at_once(printer: QPrinter, paint: printing.Paint, _parent: object) -> bool:
        paint(printer)
        return True

    monkeypatch.setattr(printing, "make_printer", make_printer)
    monkeypatch.setattr(printing, "show_print_dialog", print_at_once)
    return outputs


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def meeting_id(ctx, group_id) -> int:
    novo = planner.host_for_name(ctx.db, "Novo Nordisk")
    meeting = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=MEETING_DAY, theme="AI i driften", host_id=novo)
    )
    people = {r.name: r.person_id for r in roster.roster(ctx.db, group_id)}
    logistics.set_signup(ctx.db, meeting, people["Łukasz Żółć"], Rsvp.YES)
    logistics.set_signup(ctx.db, meeting, people["Anders Østergaard"], Rsvp.YES)
    logistics.set_signup(ctx.db, meeting, people["Mette Kjærgaard"], Rsvp.NO)
    minutes.prefill_attendance(ctx.db, meeting)
    minutes.ensure_entries(ctx.db, meeting)
    first, second, *_ = minutes.entries(ctx.db, meeting)
    minutes.update_entry(
        ctx.db, first.id, minutes.EntryInput("HEMMELIG-4411", (), Confidentiality.GROUP_ONLY)
    )
    minutes.update_entry(
        ctx.db, second.id, minutes.EntryInput("Deler gerne dette.", (), Confidentiality.SHAREABLE)
    )
    return meeting


def _window(qtbot, ctx, group_id) -> MainWindow:
    ctx.set_group(group_id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def _press_ctrl_p(qtbot, window: MainWindow, printed: list[Path]) -> Path:
    count = len(printed)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(printed) > count and printed[-1].exists(), timeout=20_000)
    qtbot.waitUntil(lambda: printed[-1].stat().st_size > 0)
    return printed[-1]


def _print_folder_is_empty() -> bool:
    return not any(ui_files.print_folder().iterdir())


def test_ctrl_p_prints_what_each_view_prints(
    qtbot, ctx, group_id, meeting_id, printed, temp_root
) -> None:
    window = _window(qtbot, ctx, group_id)

    # The roster: the member list.
    pdf = _press_ctrl_p(qtbot, window, printed)
    text = _text(pdf)
    assert _pages(pdf) == 1
    assert "Anders Østergaard" in text and "Łukasz Żółć" in text
    assert _print_folder_is_empty()

    # The planner: the agenda of the selected meeting.
    window.show_view(window.planner)
    window.planner.select_meeting(meeting_id)
    pdf = _press_ctrl_p(qtbot, window, printed)
    text = _text(pdf)
    assert _pages(pdf) == 1
    assert "tirsdag d. 9. marts 2027" in text and "AI i driften" in text
    assert _print_folder_is_empty()

    # The host visit: the visitor list.
    window.show_view(window.logistics)
    window.logistics.show_meeting(meeting_id)
    pdf = _press_ctrl_p(qtbot, window, printed)
    text = _text(pdf)
    assert _pages(pdf) == 1
    assert "Łukasz Żółć" in text and "Mette Kjærgaard" not in text
    assert _print_folder_is_empty()

    # The minutes: after the export options, without what the group keeps.
    asked: list[bool] = []

    def options() -> MinutesExportDialog:
        dialog = MinutesExportDialog(window, for_print=True)
        dialog.omit.setChecked(True)
        asked.append(True)
        return dialog

    window.printing.ask_minutes_options = options
    window.show_view(window.minutes)
    window.minutes.show_meeting(meeting_id)
    pdf = _press_ctrl_p(qtbot, window, printed)
    text = _text(pdf)
    assert asked == [True]
    assert _pages(pdf) >= 1
    assert "Deler gerne dette." in text
    assert "HEMMELIG-4411" not in text
    assert _print_folder_is_empty()


def test_every_page_of_the_document_is_printed(qtbot, ctx, printed, tmp_path) -> None:
    from reportlab.pdfgen import canvas

    source = tmp_path / "source.pdf"
    pdf = canvas.Canvas(str(source))
    for number in range(1, 4):
        pdf.drawString(72, 720, f"Side {number} af 3 – Østergaard")
        pdf.showPage()
    pdf.save()
    assert printing.print_pdf(None, source.read_bytes(), "Tre sider")
    assert _pages(printed[0]) == 3
    text = _text(printed[0])
    assert all(f"Side {n} af 3 – Østergaard" in text for n in (1, 2, 3))


def test_the_preview_shows_the_pages_and_prints_nothing_when_closed(qtbot, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    source = tmp_path / "source.pdf"
    pdf = canvas.Canvas(str(source))
    for _ in range(2):
        pdf.drawString(72, 720, "Dagsorden")
        pdf.showPage()
    pdf.save()
    seen: list[int] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        seen.append(preview.pageCount())
        dialog.reject()

    when_dialog_opens(qtbot, look)
    assert not printing.print_pdf(None, source.read_bytes(), "To sider")
    assert seen == [2]
