"""Whether the meeting of the minutes was held: ticked by itself once the meeting's day has
passed with attendance or minutes (`services.meeting_state`); the coordinator can untick it
when the meeting did not take place after all (it is then confirmed), and undo that."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QWidget

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.services.planner import MeetingRow
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.planner.commands import EditMeeting


class HeldBox(QCheckBox):
    """The box "Meeting held" of the meeting shown; a click is an undoable status edit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting held"), parent)
        self.ctx = ctx
        self.meeting: MeetingRow | None = None
        self.setAccessibleName(self.tr("Meeting held"))
        self.clicked.connect(self._clicked)
        self.show_meeting(None)

    def show_meeting(self, meeting: MeetingRow | None) -> None:
        self.meeting = meeting
        self.setChecked(meeting is not None and meeting.held)
        cancelled = meeting is not None and meeting.status is MeetingStatus.CANCELLED
        self.setEnabled(meeting is not None and not cancelled)
        if cancelled:
            tip = self.tr("A cancelled meeting is never held.")
        elif meeting is None:
            tip = self.tr("Choose a meeting first.")
        else:
            tip = self.tr(
                "Ticked by itself once the meeting's day has passed and attendance or minutes "
                "are recorded. Untick it if the meeting did not take place; it is then "
                "confirmed."
            )
        self.setToolTip(tip)
        self.setStatusTip(tip)

    def _clicked(self, checked: bool) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        status = MeetingStatus.HELD if checked else MeetingStatus.CONFIRMED
        when = format_short_date(meeting.date, self.ctx.language)
        text = (
            self.tr("Meeting on %1 held") if checked else self.tr("Meeting on %1 not held")
        ).replace("%1", when)
        try:
            self.ctx.undo_stack.push(
                EditMeeting(self.ctx, meeting.id, replace(meeting.as_input(), status=status), text)
            )
        except SAVE_ERRORS as exc:
            self.setChecked(meeting.held)
            plain_text.warning(self, self.tr("Could not save"), error_text(exc))
            return
        self.ctx.status_message.emit(text)
