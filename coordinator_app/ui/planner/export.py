"""The planner's documents from the GUI: calendar files and agenda PDFs, written off the UI
thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coordinator_app.services import groups, planner
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import ask_save_path, print_folder, safe_file_name
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background


def write_calendar(
    db: Database,
    group_id: int,
    year: int,
    meeting_id: int | None,
    path: Path,
    lang: str,
    calendar_name: str,
) -> Path:
    """Write the year plan (or one meeting) as iCalendar (runs on a worker thread)."""
    from coordinator_app.exchange.ics_export import write_meetings_ics

    documents = (
        [planner.meeting_document(db, meeting_id, lang)]
        if meeting_id is not None
        else planner.year_documents(db, group_id, year, lang)
    )
    write_meetings_ics(
        documents, path, lang=lang, stamp=dt.datetime.now(dt.UTC), calendar_name=calendar_name
    )
    return path


def write_agenda(db: Database, meeting_id: int, path: Path, lang: str) -> Path:
    """Write a meeting's agenda as PDF (runs on a worker thread)."""
    from coordinator_app.exchange.agenda_pdf import write_agenda_pdf  # reportlab loads slowly

    write_agenda_pdf(
        planner.meeting_document(db, meeting_id, lang), path, lang=lang, printed_on=dt.date.today()
    )
    return path


class PlannerExporter(QObject):
    """Export the calendar, print or save an agenda; the work runs in the background."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # Prints the agenda written into the print folder; tests replace it.
        self.open_file: Callable[[Path], object] = self._print_file

    def _group_name(self, group_id: int) -> str:
        return next((g.name for g in groups.list_groups(self.ctx.db) if g.id == group_id), "")

    def export_calendar(self, year: int, *, meeting_id: int | None = None) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        name = self._group_name(group_id)
        if meeting_id is not None:
            meeting = planner.meeting(self.ctx.db, meeting_id)
            suggested = safe_file_name(f"{name} {meeting.date.isoformat()}") + ".ics"
        else:
            suggested = safe_file_name(f"{name} {year}") + ".ics"
        path = ask_save_path(
            self.window,
            self.tr("Export calendar"),
            suggested,
            self.tr("Calendar files (*.ics)"),
            ".ics",
        )
        if path is None:
            return
        db, lang = self.ctx.db, self.ctx.language
        calendar_name = f"{name} {year}"
        run_in_background(
            self.window,
            self.tr("Exporting the calendar…"),
            lambda: write_calendar(db, group_id, year, meeting_id, path, lang, calendar_name),
            self._saved,
            self._failed,
        )

    def _agenda_name(self, meeting_id: int) -> str:
        meeting = planner.meeting(self.ctx.db, meeting_id)
        label = self.tr("agenda")
        return safe_file_name(f"{meeting.group_name} {label} {meeting.date.isoformat()}") + ".pdf"

    def save_agenda(self, meeting_id: int) -> None:
        path = ask_save_path(
            self.window,
            self.tr("Save agenda"),
            self._agenda_name(meeting_id),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        db, lang = self.ctx.db, self.ctx.language
        run_in_background(
            self.window,
            self.tr("Writing the agenda…"),
            lambda: write_agenda(db, meeting_id, path, lang),
            self._saved,
            self._failed,
        )

    def print_agenda(self, meeting_id: int) -> None:
        """Write the agenda into this run's private folder (removed when the app quits), then
        show its print preview (`open_file`)."""
        path = print_folder() / self._agenda_name(meeting_id)
        db, lang = self.ctx.db, self.ctx.language
        run_in_background(
            self.window,
            self.tr("Writing the agenda…"),
            lambda: write_agenda(db, meeting_id, path, lang),
            self._opened,
            self._failed,
        )

    def _saved(self, path: object) -> None:
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))

    def _opened(self, path: object) -> None:
        assert isinstance(path, Path)
        self.open_file(path)

    def _print_file(self, path: Path) -> bool:
        """Show the print preview of the agenda written into the print folder (the file is
        removed once read: ui/printing.py)."""
        from coordinator_app.ui.printing import print_pdf_file  # Qt's print support

        if print_pdf_file(self.window, path):
            self.ctx.status_message.emit(self.tr("The agenda was sent to the printer"))
        return True

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.window,
            self.tr("Export failed"),
            self.tr("The file could not be written: %1").replace("%1", error_text(exc)),
        )
