"""Undoable planner edits: meetings and agenda items, each saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.services import planner
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.undo import SavedCommand


class CreateMeeting(SavedCommand):
    """Add a meeting with the template agenda; undo deletes it, redo brings back the same id."""

    def __init__(self, ctx: AppContext, group_id: int, data: MeetingInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("PlannerCommands", "New meeting on %1").replace(
                "%1", format_short_date(data.date, ctx.language)
            ),
        )
        self.group_id, self.data = group_id, data
        self.meeting_id = planner.create_meeting(ctx.db, group_id, data, lang=ctx.language)
        self.snapshot: planner.MeetingSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            planner.restore_meeting(self.ctx.db, self.snapshot)

    def revert(self) -> None:
        # The snapshot keeps agenda edits made after creation (they are undone first anyway).
        self.snapshot = planner.delete_meeting(self.ctx.db, self.meeting_id)


class EditMeeting(SavedCommand):
    """Save a meeting's fields (also a move, a cancellation); undo puts the old ones back."""

    def __init__(self, ctx: AppContext, meeting_id: int, data: MeetingInput, text: str) -> None:
        super().__init__(ctx, text)
        self.meeting_id, self.new = meeting_id, data
        self.old = planner.update_meeting(ctx.db, meeting_id, data)

    def apply(self) -> None:
        planner.update_meeting(self.ctx.db, self.meeting_id, self.new)

    def revert(self) -> None:
        planner.update_meeting(self.ctx.db, self.meeting_id, self.old)


class DeleteMeeting(SavedCommand):
    """Delete a meeting entered by mistake; undo restores it with its agenda."""

    def __init__(self, ctx: AppContext, meeting_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.meeting_id = meeting_id
        self.snapshot = planner.delete_meeting(ctx.db, meeting_id)

    def apply(self) -> None:
        self.snapshot = planner.delete_meeting(self.ctx.db, self.meeting_id)

    def revert(self) -> None:
        planner.restore_meeting(self.ctx.db, self.snapshot)


class AddAgendaItem(SavedCommand):
    def __init__(
        self, ctx: AppContext, meeting_id: int, data: AgendaItemInput, position: int | None
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("PlannerCommands", "Add agenda item"))
        self.meeting_id, self.data = meeting_id, data
        self.item_id = planner.add_agenda_item(ctx.db, meeting_id, data, position=position)
        items = planner.agenda(ctx.db, meeting_id).items
        self.position = next(row.position for row in items if row.id == self.item_id)

    def apply(self) -> None:
        planner.add_agenda_item(
            self.ctx.db, self.meeting_id, self.data, position=self.position, item_id=self.item_id
        )

    def revert(self) -> None:
        planner.remove_agenda_item(self.ctx.db, self.item_id)


class EditAgendaItem(SavedCommand):
    """Change one agenda item. Typing in one cell after another merges into one undo step only
    per cell edit, so undo goes back one edit at a time."""

    def __init__(self, ctx: AppContext, item_id: int, data: AgendaItemInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("PlannerCommands", "Edit agenda item"))
        self.item_id, self.new = item_id, data
        self.old = planner.update_agenda_item(ctx.db, item_id, data)

    def apply(self) -> None:
        planner.update_agenda_item(self.ctx.db, self.item_id, self.new)

    def revert(self) -> None:
        planner.update_agenda_item(self.ctx.db, self.item_id, self.old)


class RemoveAgendaItem(SavedCommand):
    def __init__(self, ctx: AppContext, item_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("PlannerCommands", "Remove agenda item"))
        self.item_id = item_id
        self.meeting_id, self.position, self.data = planner.remove_agenda_item(ctx.db, item_id)

    def apply(self) -> None:
        planner.remove_agenda_item(self.ctx.db, self.item_id)

    def revert(self) -> None:
        planner.add_agenda_item(
            self.ctx.db, self.meeting_id, self.data, position=self.position, item_id=self.item_id
        )


class MoveAgendaItem(SavedCommand):
    def __init__(self, ctx: AppContext, item_id: int, position: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("PlannerCommands", "Move agenda item"))
        self.item_id, self.new = item_id, position
        self.old = planner.move_agenda_item(ctx.db, item_id, position)

    def apply(self) -> None:
        planner.move_agenda_item(self.ctx.db, self.item_id, self.new)

    def revert(self) -> None:
        planner.move_agenda_item(self.ctx.db, self.item_id, self.old)
