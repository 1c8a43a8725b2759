"""The year's invitations from the planner: a folder of drafts, one per member and meeting.

Each draft goes to one member (`exchange/invitation_mail.py`); the member answers from the
calendar, and the answers come back through File ▸ Import calendar replies… The coming
meetings of the year shown get invitations (updates, once they changed), cancelled ones
cancellations; held meetings none. The drafts are written on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from coordinator_app.services import groups, invitations
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import export_caption, safe_file_name
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import run_in_background


@dataclass(frozen=True)
class WrittenInvitations:
    folder: Path
    drafts: int
    meetings: int
    cancellations: int
    # Members without a usable e-mail address, who got no draft.
    left_out: tuple[str, ...]


def write_year_invitations(
    db: Database, group_id: int, year: int, folder: Path, lang: str, today: dt.date
) -> WrittenInvitations:
    """Write the drafts of the group's coming meetings in `year` into `folder` (runs on a
    worker thread). Raises ServiceError when the coordinator has no e-mail address."""
    from coordinator_app.exchange.invitation_mail import (
        invitation_files,
        write_invitation_files,
    )
    from coordinator_app.exchange.itip_invitation import Party

    now = dt.datetime.now(dt.UTC)
    drafts = cancellations = 0
    left_out: dict[str, None] = {}
    meetings = invitations.year_invitations(db, group_id, year, lang, today=today)
    for found in meetings:
        files = invitation_files(
            found.document,
            sequence=found.sequence,
            cancelled=found.cancelled,
            organizer=Party(found.organizer_name, found.organizer_email),
            attendees=[Party(i.name, i.email) for i in found.invitees],
            lang=lang,
            stamp=now,
            printed_on=today,
            signature=found.document.coordinator_signature,
            name_prefix=found.document.date.isoformat(),
        )
        write_invitation_files(files, folder)
        drafts += len(files.files)
        cancellations += len(files.files) if found.cancelled else 0
        left_out.update(dict.fromkeys(found.without_address))
        left_out.update(dict.fromkeys(name for name, _address in files.left_out))
    return WrittenInvitations(folder, drafts, len(meetings), cancellations, tuple(left_out))


class InvitationExporter(QObject):
    """Meetings ▸ Invitations for the year…: asks for a folder and writes the drafts there, in a
    folder of their own."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.year_action = QAction(self.tr("Invitations for the &year…"), window)
        self.today = dt.date.today

    def ask_folder(self) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen = QFileDialog.getExistingDirectory(
            self.window, export_caption(self.tr("Where should the invitations go?")), documents
        )
        return Path(chosen) if chosen else None

    def export_year(self, year: int) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        parent = self.ask_folder()
        if parent is None:
            return
        name = next((g.name for g in groups.list_groups(self.ctx.db) if g.id == group_id), "")
        label = self.tr("invitations")
        folder = parent / safe_file_name(f"{name} {year} {label}")
        db, lang, today = self.ctx.db, self.ctx.language, self.today()
        run_in_background(
            self.window,
            self.tr("Writing the invitations…"),
            lambda: write_year_invitations(db, group_id, year, folder, lang, today),
            self._written,
            self._failed,
        )

    def _written(self, result: object) -> None:
        assert isinstance(result, WrittenInvitations)
        title = self.tr("Invitations for the year")
        if not result.drafts:
            plain_text.information(
                self.window,
                title,
                self.tr(
                    "No invitation was written: the year has no coming meeting, or no member has "
                    "an e-mail address."
                ),
            )
            return
        lines = [
            self.tr("Wrote %n draft(s) to %1.", "", result.drafts).replace(
                "%1", str(result.folder)
            ),
            self.tr(
                "Open each in your mail program and send it: the members answer from their "
                "calendar, and you import the answers with File ▸ Import calendar replies…"
            ),
        ]
        if result.cancellations:
            lines.append(self.tr("%n of them are cancellation(s).", "", result.cancellations))
        if result.left_out:
            lines.append(
                self.tr("Without an e-mail address, so no invitation: %1").replace(
                    "%1", ", ".join(result.left_out)
                )
            )
        plain_text.information(self.window, title, "\n\n".join(lines))
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(result.folder)))

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.window,
            self.tr("Invitations for the year"),
            self.tr("The invitations could not be written: %1").replace("%1", error_text(exc)),
        )
