"""Exporting the roster from the GUI: pick a file, write it off the UI thread, report back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.roster import shared_with_group
from coordinator_app.services import groups, roster
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import ask_save_path, safe_file_name
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background


def write_roster(
    db: Database, group_id: int, group_name: str, fmt: str, path: Path, lang: str
) -> Path:
    """Write the current members of the group to `path` in `fmt` (runs on a worker thread)."""
    from coordinator_app.exchange import roster_export  # reportlab is heavy: load when needed

    rows = sorted(
        roster.roster(db, group_id, include_former=False), key=lambda r: sort_key(r.name, lang)
    )
    if fmt == "csv":
        # In the UI's language: Danish Excel splits a Danish file (";", Danish headers).
        roster_export.write_roster_csv(rows, path, lang=lang)
    elif fmt == "vcf":
        roster_export.write_roster_vcard(rows, path)
    else:
        # The printed list goes round the group: contact details only with consent.
        roster_export.write_roster_pdf(
            [shared_with_group(r) for r in rows],
            path,
            group_name=group_name,
            lang=lang,
            printed_on=dt.date.today(),
        )
    return path


class RosterExporter(QObject):
    """The File ▸ Export actions for the member roster."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def export(self, fmt: str) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        name = next((g.name for g in groups.list_groups(self.ctx.db) if g.id == group_id), "")
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "vcf": self.tr("vCard files (*.vcf)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }
        stem = self.tr("members") if fmt != "pdf" else self.tr("member-list")
        path = ask_save_path(
            self.window,
            self.tr("Export members"),
            safe_file_name(f"{name} {stem}") + f".{fmt}",
            filters[fmt],
            f".{fmt}",
        )
        if path is None:
            return
        lang = self.ctx.language
        db = self.ctx.db
        run_in_background(
            self.window,
            self.tr("Exporting members…"),
            lambda: write_roster(db, group_id, name, fmt, path, lang),
            self._done,
            self._failed,
        )

    def _done(self, path: object) -> None:
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.window,
            self.tr("Export failed"),
            self.tr("The file could not be written: %1").replace("%1", error_text(exc)),
        )
