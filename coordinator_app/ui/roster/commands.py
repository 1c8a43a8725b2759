"""Undoable roster edits: each is saved at once; undo and redo are their own transactions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import roster
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.undo import SavedCommand


class AddMember(SavedCommand):
    """Add a member to the group; undo removes them again."""

    def __init__(
        self,
        ctx: AppContext,
        group_id: int,
        person: PersonInput,
        job: JobInput | None,
        joined_on: dt.date,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("RosterCommands", "Add %1").replace(
                "%1", person.name.strip()
            ),
        )
        self.group_id, self.person, self.job, self.joined_on = group_id, person, job, joined_on
        self.person_id = roster.add_member(ctx.db, group_id, person, job, joined_on=joined_on)

    def apply(self) -> None:
        # The same id as before, so that later commands on the stack still find the person.
        roster.add_member(
            self.ctx.db,
            self.group_id,
            self.person,
            self.job,
            joined_on=self.joined_on,
            person_id=self.person_id,
        )

    def revert(self) -> None:
        roster.delete_person(self.ctx.db, self.person_id)


class EditMember(SavedCommand):
    """Save edited facts (and a corrected current job); undo puts the old ones back."""

    def __init__(
        self, ctx: AppContext, person_id: int, person: PersonInput, job: JobInput | None
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("RosterCommands", "Edit %1").replace(
                "%1", person.name.strip()
            ),
        )
        self.person_id, self.new_person, self.new_job = person_id, person, job
        self.old_person = roster.person_input(roster.person_details(ctx.db, person_id))
        self.old_job = roster.current_job(ctx.db, person_id)
        self.apply()

    def apply(self) -> None:
        roster.update_person(self.ctx.db, self.person_id, self.new_person)
        if self.new_job is not None:
            roster.correct_current_job(self.ctx.db, self.person_id, self.new_job)

    def revert(self) -> None:
        roster.update_person(self.ctx.db, self.person_id, self.old_person)
        if self.new_job is not None and self.old_job is not None:
            roster.correct_current_job(self.ctx.db, self.person_id, self.old_job)


class NewJob(SavedCommand):
    """Record a job change; undo removes the new job and reopens the old one."""

    def __init__(self, ctx: AppContext, person_id: int, name: str, job: JobInput) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("RosterCommands", "New job for %1").replace("%1", name)
        )
        self.person_id, self.job = person_id, job
        self.change = roster.add_job(ctx.db, person_id, job)

    def apply(self) -> None:
        self.change = roster.add_job(self.ctx.db, self.person_id, self.job)

    def revert(self) -> None:
        roster.undo_job(self.ctx.db, self.change)


class EndMembership(SavedCommand):
    """A member leaves the group; undo makes them a current member again."""

    def __init__(
        self, ctx: AppContext, group_id: int, person_id: int, name: str, left_on: dt.date
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("RosterCommands", "%1 leaves the group").replace("%1", name),
        )
        self.group_id, self.person_id, self.left_on = group_id, person_id, left_on
        self.apply()

    def apply(self) -> None:
        roster.end_membership(self.ctx.db, self.group_id, self.person_id, self.left_on)

    def revert(self) -> None:
        roster.reopen_membership(self.ctx.db, self.group_id, self.person_id)
