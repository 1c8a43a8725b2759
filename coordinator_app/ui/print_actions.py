"""File ▸ Print… (Ctrl+P): prints what the view on screen prints.

The roster prints the member list, the planner the agenda of the selected meeting (its own Print
agenda, which warns first of a day that runs late), the host visit the visitor list and the
minutes the minutes (after the export options: what to leave out). Every document is the PDF
the export writes, printed through ui/printing.py (imported when something is printed: it
loads Qt's print support).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from coordinator_app.services import groups, planner
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.logistics.export import write_visitor_list
from coordinator_app.ui.logistics.view import LogisticsView
from coordinator_app.ui.minutes.export import MinutesExportDialog, write_minutes
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.planner.view import PlannerView
from coordinator_app.ui.roster.export import write_roster
from coordinator_app.ui.roster.view import RosterView


def print_document(
    parent: QWidget, title: str, write: Callable[[Path], object], printed: Callable[[bool], None]
) -> None:
    from coordinator_app.ui import printing

    printing.print_document(parent, title, write, printed)


class PrintActions(QObject):
    """The Print… action of a main window, for its four views."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        views: QStackedWidget,
        roster: RosterView,
        planner_view: PlannerView,
        logistics: LogisticsView,
        minutes: MinutesView,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.views = views
        self.roster, self.planner, self.logistics, self.minutes = (
            roster,
            planner_view,
            logistics,
            minutes,
        )
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_current)
        # Asks what the printed minutes leave out; tests replace it.
        self.ask_minutes_options: Callable[[], MinutesExportDialog | None] = self._ask_options

    def print_current(self) -> None:
        """Print what the view on screen prints."""
        view = self.views.currentWidget()
        if view is self.roster:
            self.print_members()
        elif view is self.planner:
            self.planner.print_action.trigger()
        elif view is self.logistics:
            self.print_visitor_list()
        elif view is self.minutes:
            self.print_minutes()

    def _nothing(self, text: str) -> None:
        self.ctx.status_message.emit(text)

    def _printed(self, what: str) -> Callable[[bool], None]:
        def done(printed: bool) -> None:
            if printed:
                self.ctx.status_message.emit(
                    self.tr("%1 was sent to the printer").replace("%1", what)
                )

        return done

    def _stem(self, meeting_id: int, what: str) -> str:
        meeting = planner.meeting(self.ctx.db, meeting_id)
        return f"{meeting.group_name} {what} {meeting.date.isoformat()}"

    def print_members(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            self._nothing(self.tr("There is no group to print the member list of."))
            return
        name = next((g.name for g in groups.list_groups(self.ctx.db) if g.id == group_id), "")
        db, lang = self.ctx.db, self.ctx.language

        def write(path: Path) -> None:
            write_roster(db, group_id, name, "pdf", path, lang)

        what = self.tr("The member list")
        title = self.tr("member list")
        print_document(self.window, f"{name} {title}", write, self._printed(what))

    def print_visitor_list(self) -> None:
        meeting_id = self.logistics.meeting_id
        if meeting_id is None:
            self._nothing(self.tr("Choose a meeting to print its visitor list."))
            return
        db, lang = self.ctx.db, self.ctx.language

        def write(path: Path) -> None:
            write_visitor_list(db, meeting_id, path, lang)

        title = self._stem(meeting_id, self.tr("visitor list"))
        print_document(self.window, title, write, self._printed(self.tr("The visitor list")))

    def _ask_options(self) -> MinutesExportDialog | None:
        dialog = MinutesExportDialog(self.window, for_print=True)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_minutes(self) -> None:
        meeting_id = self.minutes.meeting_id
        if meeting_id is None:
            self._nothing(self.tr("Choose a meeting to print its minutes."))
            return
        self.minutes.round_table.flush()  # what is being typed is in the minutes printed
        dialog = self.ask_minutes_options()
        if dialog is None:
            return
        options = dialog.options(self.ctx.language)
        db = self.ctx.db

        def write(path: Path) -> None:
            write_minutes(db, meeting_id, path, "pdf", options, None)

        title = self._stem(meeting_id, self.tr("minutes"))
        print_document(self.window, title, write, self._printed(self.tr("The minutes")))
