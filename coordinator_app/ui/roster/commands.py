"""Undoable roster edits: each is saved at once; undo and redo are their own transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import member_removal, membership, roster, row_changes
from coordinator_app.services.row_changes import RowChanges
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
    """Save edited facts (and a corrected current job, and a corrected day the member joined
    the group `joined` = (group id, day)); undo puts the old ones back."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int,
        person: PersonInput,
        job: JobInput | None,
        joined: tuple[int, dt.date] | None = None,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("RosterCommands", "Edit %1").replace(
                "%1", person.name.strip()
            ),
        )
        self.person_id, self.new_person, self.new_job = person_id, person, job
        self.joined = joined
        self.old_person = roster.person_input(roster.person_details(ctx.db, person_id))
        self.old_job = roster.current_job(ctx.db, person_id)
        self.old_joined: dt.date | None = None
        if joined is not None:
            dates = membership.membership_dates(ctx.db, joined[0], person_id)
            self.old_joined = dates.joined_on if dates is not None else None
        self.apply()

    def apply(self) -> None:
        if self.joined is not None:  # checked first: a refused day changes nothing
            membership.set_joined_on(self.ctx.db, self.joined[0], self.person_id, self.joined[1])
        try:
            roster.update_person(self.ctx.db, self.person_id, self.new_person)
        except BaseException:
            if self.joined is not None:
                membership.set_joined_on(
                    self.ctx.db, self.joined[0], self.person_id, self.old_joined
                )
            raise
        if self.new_job is not None:
            roster.correct_current_job(self.ctx.db, self.person_id, self.new_job)

    def revert(self) -> None:
        roster.update_person(self.ctx.db, self.person_id, self.old_person)
        if self.new_job is not None and self.old_job is not None:
            roster.correct_current_job(self.ctx.db, self.person_id, self.old_job)
        if self.joined is not None:
            membership.set_joined_on(self.ctx.db, self.joined[0], self.person_id, self.old_joined)


class EditJobDates(SavedCommand):
    """Correct when a job started and ended; undo puts the old dates back."""

    def __init__(
        self,
        ctx: AppContext,
        employment_id: int,
        started_on: dt.date | None,
        ended_on: dt.date | None,
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("RosterCommands", "Job dates"))
        self.employment_id, self.new = employment_id, (started_on, ended_on)
        self.old = membership.set_job_dates(ctx.db, employment_id, started_on, ended_on)

    def apply(self) -> None:
        membership.set_job_dates(self.ctx.db, self.employment_id, *self.new)

    def revert(self) -> None:
        membership.set_job_dates(self.ctx.db, self.employment_id, *self.old)


class SetConsent(SavedCommand):
    """Share, or stop sharing, the contact details of several members with the group: one
    step; undo gives each back what they had."""

    def __init__(self, ctx: AppContext, person_ids: Sequence[int], consent: bool) -> None:
        text = (
            QCoreApplication.translate(
                "RosterCommands", "Share contact details of %n member(s)", "", len(person_ids)
            )
            if consent
            else QCoreApplication.translate(
                "RosterCommands",
                "Stop sharing contact details of %n member(s)",
                "",
                len(person_ids),
            )
        )
        super().__init__(ctx, text)
        self.person_ids, self.consent = tuple(person_ids), consent
        self.old = membership.set_consent(ctx.db, self.person_ids, consent)

    def apply(self) -> None:
        membership.set_consent(self.ctx.db, self.person_ids, self.consent)

    def revert(self) -> None:
        membership.restore_consent(self.ctx.db, self.old)


class NewJob(SavedCommand):
    """Record a job change (with the new work e-mail address, when one is given); undo removes
    the new job, reopens the old one and gives back the old address."""

    def __init__(
        self, ctx: AppContext, person_id: int, name: str, job: JobInput, email: str | None = None
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("RosterCommands", "New job for %1").replace("%1", name)
        )
        self.person_id, self.job, self.email = person_id, job, email
        self.old_email: str | None = None
        self.apply()

    def apply(self) -> None:
        if self.email is not None:  # checked first: a refused address changes nothing
            self.old_email = membership.set_email(self.ctx.db, self.person_id, self.email)
        try:
            self.change = roster.add_job(self.ctx.db, self.person_id, self.job)
        except BaseException:
            if self.old_email is not None:
                membership.set_email(self.ctx.db, self.person_id, self.old_email)
            raise

    def revert(self) -> None:
        roster.undo_job(self.ctx.db, self.change)
        if self.old_email is not None:
            membership.set_email(self.ctx.db, self.person_id, self.old_email)


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


class ImportContacts(SavedCommand):
    """An import as a whole (already saved): undo removes what it added and gives what it
    updated its old values; redo puts it all back under the same ids."""

    def __init__(self, ctx: AppContext, changes: RowChanges, file_name: str) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("RosterCommands", "Import of %1").replace("%1", file_name),
        )
        self.changes = changes

    def apply(self) -> None:
        row_changes.do_again(self.ctx.db, self.changes)

    def revert(self) -> None:
        row_changes.take_back(self.ctx.db, self.changes)


class DeleteMember(SavedCommand):
    """Delete a member entered by mistake (refused for one with a history: `HasHistory`);
    undo puts them back under the same ids."""

    def __init__(self, ctx: AppContext, group_id: int, person_id: int, name: str) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("RosterCommands", "Delete %1").replace("%1", name)
        )
        self.group_id, self.person_id = group_id, person_id
        self.deleted = member_removal.delete_member(ctx.db, group_id, person_id)

    def apply(self) -> None:
        self.deleted = member_removal.delete_member(self.ctx.db, self.group_id, self.person_id)

    def revert(self) -> None:
        member_removal.restore_member(self.ctx.db, self.deleted)
