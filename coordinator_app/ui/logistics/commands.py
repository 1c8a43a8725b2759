"""Undoable logistics edits: the visit, sign-ups, guests, checklist items, host pauses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.enums import Rsvp
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.services import logistics
from coordinator_app.services.logistics import GuestInput, SignupState
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.undo import SavedCommand


class SaveVisit(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, data: VisitInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("LogisticsCommands", "Edit the visit"))
        self.meeting_id, self.new = meeting_id, data
        self.old = logistics.save_visit(ctx.db, meeting_id, data)

    def apply(self) -> None:
        logistics.save_visit(self.ctx.db, self.meeting_id, self.new)

    def revert(self) -> None:
        logistics.save_visit(self.ctx.db, self.meeting_id, self.old)


class SetSignup(SavedCommand):
    """A member's answer, diet or note for one meeting."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        person_id: int,
        name: str,
        *,
        response: Rsvp | None = None,
        diet: str | None = None,
        note: str | None = None,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LogisticsCommands", "Change sign-up of %1").replace(
                "%1", name
            ),
        )
        self.meeting_id, self.person_id = meeting_id, person_id
        self.response, self.diet, self.note = response, diet, note
        self.old: SignupState = logistics.set_signup(
            ctx.db, meeting_id, person_id, response, diet=diet, note=note
        )

    def apply(self) -> None:
        logistics.set_signup(
            self.ctx.db,
            self.meeting_id,
            self.person_id,
            self.response,
            diet=self.diet,
            note=self.note,
        )

    def revert(self) -> None:
        logistics.restore_signup(self.ctx.db, self.meeting_id, self.person_id, self.old)


class AddGuest(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, data: GuestInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LogisticsCommands", "Add guest %1").replace(
                "%1", data.name
            ),
        )
        self.meeting_id, self.data = meeting_id, data
        self.signup_id = logistics.add_guest(ctx.db, meeting_id, data)

    def apply(self) -> None:
        logistics.add_guest(self.ctx.db, self.meeting_id, self.data, signup_id=self.signup_id)

    def revert(self) -> None:
        logistics.remove_guest(self.ctx.db, self.signup_id)


class EditGuest(SavedCommand):
    def __init__(self, ctx: AppContext, signup_id: int, data: GuestInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LogisticsCommands", "Edit guest %1").replace(
                "%1", data.name
            ),
        )
        self.signup_id, self.new = signup_id, data
        self.old = logistics.update_guest(ctx.db, signup_id, data)

    def apply(self) -> None:
        logistics.update_guest(self.ctx.db, self.signup_id, self.new)

    def revert(self) -> None:
        logistics.update_guest(self.ctx.db, self.signup_id, self.old)


class RemoveGuest(SavedCommand):
    def __init__(self, ctx: AppContext, signup_id: int, name: str) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LogisticsCommands", "Remove guest %1").replace("%1", name),
        )
        self.signup_id = signup_id
        self.meeting_id, self.data = logistics.remove_guest(ctx.db, signup_id)

    def apply(self) -> None:
        logistics.remove_guest(self.ctx.db, self.signup_id)

    def revert(self) -> None:
        logistics.add_guest(self.ctx.db, self.meeting_id, self.data, signup_id=self.signup_id)


class SetDone(SavedCommand):
    """Tick a checklist item done (today) or open it again."""

    def __init__(self, ctx: AppContext, item_id: int, title: str, done_on: dt.date | None) -> None:
        text = (
            QCoreApplication.translate("LogisticsCommands", "Done: %1")
            if done_on
            else QCoreApplication.translate("LogisticsCommands", "Not done: %1")
        )
        super().__init__(ctx, text.replace("%1", title))
        self.item_id, self.new = item_id, done_on
        self.old = logistics.set_done(ctx.db, item_id, done_on)

    def apply(self) -> None:
        logistics.set_done(self.ctx.db, self.item_id, self.new)

    def revert(self) -> None:
        logistics.set_done(self.ctx.db, self.item_id, self.old)


class AddChecklistItem(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, title: str, offset_days: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("LogisticsCommands", "Add checklist item"))
        self.meeting_id, self.title, self.offset = meeting_id, title, offset_days
        self.item_id = logistics.add_checklist_item(ctx.db, meeting_id, title, offset_days)

    def apply(self) -> None:
        logistics.add_checklist_item(
            self.ctx.db, self.meeting_id, self.title, self.offset, item_id=self.item_id
        )

    def revert(self) -> None:
        logistics.remove_checklist_item(self.ctx.db, self.item_id)


class EditChecklistItem(SavedCommand):
    def __init__(self, ctx: AppContext, item_id: int, title: str, offset_days: int) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("LogisticsCommands", "Edit checklist item")
        )
        self.item_id, self.new = item_id, (title, offset_days)
        self.old = logistics.update_checklist_item(ctx.db, item_id, title, offset_days)

    def apply(self) -> None:
        logistics.update_checklist_item(self.ctx.db, self.item_id, *self.new)

    def revert(self) -> None:
        logistics.update_checklist_item(self.ctx.db, self.item_id, *self.old)


class RemoveChecklistItem(SavedCommand):
    def __init__(self, ctx: AppContext, item_id: int) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("LogisticsCommands", "Remove checklist item")
        )
        self.item_id = item_id
        self.meeting_id, self.title, self.offset, self.done_on, _old_id = (
            logistics.remove_checklist_item(ctx.db, item_id)
        )

    def apply(self) -> None:
        logistics.remove_checklist_item(self.ctx.db, self.item_id)

    def revert(self) -> None:
        logistics.add_checklist_item(
            self.ctx.db, self.meeting_id, self.title, self.offset, item_id=self.item_id
        )
        if self.done_on is not None:
            logistics.set_done(self.ctx.db, self.item_id, self.done_on)


class SetHostingPaused(SavedCommand):
    def __init__(self, ctx: AppContext, organisation_id: int, name: str, paused: bool) -> None:
        text = (
            QCoreApplication.translate("LogisticsCommands", "%1 pauses hosting")
            if paused
            else QCoreApplication.translate("LogisticsCommands", "%1 can host again")
        )
        super().__init__(ctx, text.replace("%1", name))
        self.organisation_id, self.new = organisation_id, paused
        self.old = logistics.set_hosting_paused(ctx.db, organisation_id, paused)

    def apply(self) -> None:
        logistics.set_hosting_paused(self.ctx.db, self.organisation_id, self.new)

    def revert(self) -> None:
        logistics.set_hosting_paused(self.ctx.db, self.organisation_id, self.old)
