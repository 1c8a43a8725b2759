"""Members' answers from their calendars, imported into the sign-ups: dropped onto the host-visit
view or chosen under File ▸ Import replies…

The files are read and matched on a worker thread (`exchange.itip_replies`, then
`services.replies.plan_replies`); a preview lists what will be saved, what is stale and what
is unknown before anything is saved, like the contact import's preview; saving is one undo
step (`ApplyReplies`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_short_date
from coordinator_app.services import replies
from coordinator_app.services.replies import ReplyOutcome, ReplyPlan, SignupBackup
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.labels import rsvp_label
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.rows_model import Column, RowsModel
from coordinator_app.ui.tables import rows_table
from coordinator_app.ui.undo import SavedCommand
from coordinator_app.ui.worker import run_in_background


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def read_and_plan(db: Database, paths: Sequence[Path]) -> ReplyPlan:
    """Read the files and match their replies (runs on a worker thread; changes nothing)."""
    from coordinator_app.exchange.itip_replies import read_replies  # icalendar loads on use

    read = read_replies(paths)
    return replies.plan_replies(db, read.replies, read.unread)


def kind_text(kind: str) -> str:
    if kind == replies.APPLIED:
        return QCoreApplication.translate("ReplyPreview", "Will be saved")
    if kind == replies.STALE:
        return QCoreApplication.translate("ReplyPreview", "Stale")
    return QCoreApplication.translate("ReplyPreview", "Unknown")


def reason_text(outcome: ReplyOutcome) -> str:
    """Why a reply is stale or unknown, or what an applied one says, in the user's language."""
    reason = outcome.reason
    if outcome.kind == replies.APPLIED:
        text = outcome.comment
        if outcome.earlier_invitation:
            note = QCoreApplication.translate(
                "ReplyPreview", "Answers an invitation from before the meeting last changed."
            )
            text = f"{note} {text}".strip()
        return text
    texts = {
        "already_recorded": QCoreApplication.translate(
            "ReplyPreview", "This answer is saved already."
        ),
        "older": QCoreApplication.translate("ReplyPreview", "A newer answer is saved."),
        "superseded": QCoreApplication.translate(
            "ReplyPreview", "A newer answer of the member is among the files."
        ),
        "meeting_unknown": QCoreApplication.translate(
            "ReplyPreview", "No meeting in the plan has this invitation."
        ),
        "meeting_cancelled": QCoreApplication.translate(
            "ReplyPreview", "The meeting is cancelled."
        ),
        "member_unknown": QCoreApplication.translate(
            "ReplyPreview", "No member of the group has the address %1."
        ),
        "answer_unsupported": QCoreApplication.translate(
            "ReplyPreview", "The answer is neither yes, no nor maybe."
        ),
        "unreadable": QCoreApplication.translate(
            "ReplyPreview", "Not an e-mail or calendar file that can be read."
        ),
        "too_large": QCoreApplication.translate("ReplyPreview", "The file is too large."),
        "no_reply": QCoreApplication.translate("ReplyPreview", "No answer from a calendar in it."),
        "not_a_reply": QCoreApplication.translate(
            "ReplyPreview", "A calendar file, but not an answer to an invitation."
        ),
        "winmail_dat": QCoreApplication.translate(
            "ReplyPreview",
            "Outlook sent the answer as winmail.dat, which cannot be read. Ask the member to "
            "answer again, or enter the answer by hand.",
        ),
    }
    text = texts.get(reason, reason)
    if reason == "member_unknown":
        address = ""
        if outcome.reply is not None:
            address = outcome.reply.address or outcome.reply.sender
        text = text.replace("%1", address or "?")
    return text


def _member_text(outcome: ReplyOutcome) -> str:
    if outcome.member:
        return outcome.member
    return outcome.reply.name if outcome.reply is not None else ""


class ReplyPreviewDialog(QDialog):
    """What importing the replies will do, before anything is saved."""

    def __init__(self, plan: ReplyPlan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import replies"))
        self.summary = QLabel(self.summary_text())
        self.summary.setWordWrap(True)
        order = {replies.APPLIED: 0, replies.STALE: 1, replies.UNKNOWN: 2}
        rows = sorted(plan.outcomes, key=lambda o: order.get(o.kind, 3))
        self.model = RowsModel(
            "ReplyPreview",
            [
                Column(QT_TRANSLATE_NOOP("ReplyPreview", "Outcome"), lambda o: kind_text(o.kind)),
                Column(QT_TRANSLATE_NOOP("ReplyPreview", "Member"), _member_text),
                Column(
                    QT_TRANSLATE_NOOP("ReplyPreview", "Meeting"),
                    lambda o: format_short_date(o.meeting_date, language) if o.meeting_date else "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("ReplyPreview", "Answer"),
                    lambda o: rsvp_label(o.answer) if o.answer is not None else "",
                ),
                Column(QT_TRANSLATE_NOOP("ReplyPreview", "File"), lambda o: o.source),
                Column(QT_TRANSLATE_NOOP("ReplyPreview", "Note"), reason_text),
            ],
            muted=lambda o: o.kind != replies.APPLIED,
            parent=self,
        )
        self.model.set_rows(rows)
        self.table = rows_table(self.model, self.tr("Replies"))
        self.table.setMinimumHeight(220)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the answers"))
        self.save_button.setEnabled(bool(plan.applied))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def summary_text(self) -> str:
        applied, stale, unknown = (
            len(self.plan.applied),
            len(self.plan.stale),
            len(self.plan.unknown),
        )
        lines = [
            self.tr("%n answer(s) will be saved in the sign-ups.", "", applied),
        ]
        if stale:
            lines.append(
                self.tr(
                    "%n answer(s) are stale: a newer answer is saved or among the files.", "", stale
                )
            )
        if unknown:
            lines.append(self.tr("%n file(s) or answer(s) cannot be matched.", "", unknown))
        return "\n".join(lines)


class ApplyReplies(SavedCommand):
    """The applied replies of a preview saved as sign-ups: one undo step."""

    def __init__(self, ctx: AppContext, plan: ReplyPlan) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate(
                "LogisticsCommands", "Import %n answer(s) from calendars", "", len(plan.applied)
            ),
        )
        self.plan = plan
        self.backups: list[SignupBackup] = replies.apply_replies(ctx.db, plan.outcomes)

    def apply(self) -> None:
        self.backups = replies.apply_replies(self.ctx.db, self.plan.outcomes)

    def revert(self) -> None:
        replies.restore_replies(self.ctx.db, self.backups)


def _local_paths(event: QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class ReplyImporter(QObject):
    """File ▸ Import replies…, and replies dropped onto `target` (the host-visit view)."""

    def __init__(
        self,
        ctx: AppContext,
        target: QWidget,
        on_saved: Callable[[ReplyPlan], None] | None = None,
    ) -> None:
        super().__init__(target)
        self.ctx = ctx
        self.target = target
        self.on_saved = on_saved
        self.import_action = QAction(self.tr("Import ca&lendar replies…"), target)
        self.import_action.triggered.connect(self.choose_files)
        target.setAcceptDrops(True)
        target.installEventFilter(self)
        # The preview and its result; tests answer the preview through it.
        self.preview: ReplyPreviewDialog | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
        ):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            if _local_paths(event):
                event.acceptProposedAction()
                return True
        if watched is self.target and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = _local_paths(event)
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    def choose_files(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getOpenFileNames(
            self.target.window(),
            self.tr("Import calendar replies"),
            documents,
            self.tr("E-mails and calendar files (*.eml *.ics *.vcs);;All files (*)"),
        )
        if chosen:
            self.import_paths([Path(p) for p in chosen])

    def import_paths(self, paths: Sequence[Path]) -> None:
        db = self.ctx.db
        run_in_background(
            self.target.window(),
            self.tr("Reading the replies…"),
            lambda: read_and_plan(db, list(paths)),
            self._planned,
            self._failed,
        )

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ReplyPlan)
        self.preview = ReplyPreviewDialog(plan, self.ctx.language, self.target.window())
        accepted = self.preview.exec() == QDialog.DialogCode.Accepted
        self.preview.deleteLater()
        self.preview = None
        if not accepted or not plan.applied:
            return
        try:
            command = ApplyReplies(self.ctx, plan)
        except SAVE_ERRORS as exc:
            plain_text.warning(self.target.window(), self.tr("Could not save"), error_text(exc))
            return
        self.ctx.undo_stack.push(command)
        self.ctx.status_message.emit(
            self.tr("Saved %n answer(s) from the calendars.", "", len(command.backups))
        )
        if self.on_saved is not None:
            self.on_saved(plan)

    def _failed(self, exc: Exception) -> None:
        plain_text.warning(
            self.target.window(),
            self.tr("Import replies"),
            self.tr("The replies could not be read: %1").replace("%1", error_text(exc)),
        )
