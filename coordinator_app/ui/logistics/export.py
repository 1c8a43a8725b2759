"""The visit's documents from the GUI: the visitor list PDF and the e-mail drafts (.eml),
written off the UI thread and opened in the system's viewer or mail program."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coordinator_app.services import logistics, planner
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import ask_save_path, open_in_viewer, safe_file_name
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background


def write_visitor_list(db: Database, meeting_id: int, path: Path, lang: str) -> Path:
    from coordinator_app.exchange.visitor_pdf import write_visitor_list_pdf

    write_visitor_list_pdf(
        logistics.visitor_list(db, meeting_id), path, lang=lang, printed_on=dt.date.today()
    )
    return path


def write_host_email(db: Database, meeting_id: int, path: Path, lang: str) -> Path:
    from coordinator_app.exchange.email_drafts import host_email
    from coordinator_app.exchange.eml import write_eml

    draft = host_email(
        planner.meeting_document(db, meeting_id, lang),
        logistics.visit(db, meeting_id),
        logistics.catering(db, meeting_id),
        lang=lang,
    )
    write_eml(draft, path)
    return path


def write_members_email(db: Database, meeting_id: int, path: Path, lang: str) -> Path:
    from coordinator_app.exchange.email_drafts import members_email
    from coordinator_app.exchange.eml import write_eml

    draft = members_email(
        planner.meeting_document(db, meeting_id, lang),
        logistics.member_addresses(db, meeting_id),
        lang=lang,
        printed_on=dt.date.today(),
    )
    write_eml(draft, path)
    return path


class LogisticsExporter(QObject):
    """Writes a document to a file the coordinator picks, then opens it."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # Opens a written file; tests replace it.
        self.open_file: Callable[[Path], object] = open_in_viewer

    def _stem(self, meeting_id: int, what: str) -> str:
        meeting = planner.meeting(self.ctx.db, meeting_id)
        return safe_file_name(f"{meeting.group_name} {what} {meeting.date.isoformat()}")

    def _run(
        self,
        label: str,
        work: Callable[[Database, int, Path, str], Path],
        meeting_id: int,
        path: Path,
    ) -> None:
        db, lang = self.ctx.db, self.ctx.language
        run_in_background(
            self.window, label, lambda: work(db, meeting_id, path, lang), self._done, self._failed
        )

    def visitor_list(self, meeting_id: int) -> None:
        path = ask_save_path(
            self.window,
            self.tr("Save visitor list"),
            self._stem(meeting_id, self.tr("visitor list")) + ".pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self._run(self.tr("Writing the visitor list…"), write_visitor_list, meeting_id, path)

    def host_email(self, meeting_id: int) -> None:
        path = ask_save_path(
            self.window,
            self.tr("Save e-mail to the host"),
            self._stem(meeting_id, self.tr("e-mail to host")) + ".eml",
            self.tr("E-mail drafts (*.eml)"),
            ".eml",
        )
        if path is not None:
            self._run(self.tr("Writing the e-mail…"), write_host_email, meeting_id, path)

    def members_email(self, meeting_id: int) -> None:
        path = ask_save_path(
            self.window,
            self.tr("Save e-mail to the members"),
            self._stem(meeting_id, self.tr("invitation")) + ".eml",
            self.tr("E-mail drafts (*.eml)"),
            ".eml",
        )
        if path is not None:
            self._run(self.tr("Writing the e-mail…"), write_members_email, meeting_id, path)

    def _done(self, path: object) -> None:
        assert isinstance(path, Path)
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))
        self.open_file(path)

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.window,
            self.tr("Export failed"),
            self.tr("The file could not be written: %1").replace("%1", error_text(exc)),
        )
