"""Undoable minutes edits: attendance, round-table entries, decisions, actions, themes,
speaker proposals, the sharing level of each of these texts, and the minutes status. Typing
into one round-table entry merges into one undo step. Undoing a removal brings the text back
with the sharing level it had, never with its kind's default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coordinator_app.domain.enums import AttendanceStatus, Confidentiality, MinutesStatus
from coordinator_app.services import (
    minutes,
    minutes_levels,
    minutes_outcomes,
    minutes_proposals,
    talk_notes,
)
from coordinator_app.services.minutes import AttendanceState, EntryInput
from coordinator_app.services.minutes_levels import TextKind
from coordinator_app.services.minutes_outcomes import ActionInput
from coordinator_app.services.minutes_proposals import SpeakerInput, ThemeChoice, ThemeInput
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.undo import SavedCommand

ENTRY_TYPING_ID = 5001


class SetAttendance(SavedCommand):
    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        person_id: int,
        name: str,
        status: AttendanceStatus | None,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("MinutesCommands", "Attendance of %1").replace("%1", name),
        )
        self.meeting_id, self.person_id, self.status = meeting_id, person_id, status
        self.old: AttendanceState = minutes.set_attendance(ctx.db, meeting_id, person_id, status)

    def apply(self) -> None:
        minutes.set_attendance(self.ctx.db, self.meeting_id, self.person_id, self.status)

    def revert(self) -> None:
        minutes.set_attendance(
            self.ctx.db,
            self.meeting_id,
            self.person_id,
            self.old.status,
            self.old.note,
            note_level=self.old.note_level,
        )


class SetAttendanceNote(SavedCommand):
    """The note beside a member's attendance ("Meldte afbud – bestyrelsesmøde")."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        person_id: int,
        name: str,
        status: AttendanceStatus | None,
        note: str,
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("MinutesCommands", "Note of %1").replace("%1", name)
        )
        self.meeting_id, self.person_id, self.status, self.note = (
            meeting_id,
            person_id,
            status,
            note,
        )
        self.old: AttendanceState = minutes.set_attendance(
            ctx.db, meeting_id, person_id, status, note
        )

    def apply(self) -> None:
        minutes.set_attendance(self.ctx.db, self.meeting_id, self.person_id, self.status, self.note)

    def revert(self) -> None:
        minutes.set_attendance(
            self.ctx.db,
            self.meeting_id,
            self.person_id,
            self.old.status,
            self.old.note,
            note_level=self.old.note_level,
        )


class SetAttendanceNoteLevel(SavedCommand):
    def __init__(
        self, ctx: AppContext, meeting_id: int, person_id: int, name: str, level: Confidentiality
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("MinutesCommands", "Sharing of the note of %1").replace(
                "%1", name
            ),
        )
        self.meeting_id, self.person_id, self.new = meeting_id, person_id, level
        self.old = minutes_levels.set_attendance_note_level(ctx.db, meeting_id, person_id, level)

    def apply(self) -> None:
        minutes_levels.set_attendance_note_level(
            self.ctx.db, self.meeting_id, self.person_id, self.new
        )

    def revert(self) -> None:
        minutes_levels.set_attendance_note_level(
            self.ctx.db, self.meeting_id, self.person_id, self.old
        )


class SetLevel(SavedCommand):
    """The sharing level of a talk's notes, a decision, an action item or a proposal."""

    def __init__(
        self, ctx: AppContext, kind: TextKind, row_id: int, level: Confidentiality
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Sharing level"))
        self.kind, self.row_id, self.new = kind, row_id, level
        self.old = minutes_levels.set_level(ctx.db, kind, row_id, level)

    def apply(self) -> None:
        minutes_levels.set_level(self.ctx.db, self.kind, self.row_id, self.new)

    def revert(self) -> None:
        minutes_levels.set_level(self.ctx.db, self.kind, self.row_id, self.old)


class SetTalkNotes(SavedCommand):
    """The minutes' note under a talk (never the agenda's note)."""

    def __init__(self, ctx: AppContext, item_id: int, text: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Note of a talk"))
        self.item_id, self.new = item_id, text
        self.old = talk_notes.set_talk_notes(ctx.db, item_id, text)

    def apply(self) -> None:
        talk_notes.set_talk_notes(self.ctx.db, self.item_id, self.new)

    def revert(self) -> None:
        talk_notes.set_talk_notes(self.ctx.db, self.item_id, self.old)


class EditEntry(SavedCommand):
    """A round-table entry's text, topics or level. Consecutive typing in the same entry is
    one undo step (mergeWith)."""

    def __init__(self, ctx: AppContext, entry_id: int, name: str, data: EntryInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("MinutesCommands", "Round table: %1").replace("%1", name),
        )
        self.entry_id, self.new = entry_id, data
        self.old = minutes.update_entry(ctx.db, entry_id, data)

    def id(self) -> int:
        return ENTRY_TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEntry) or other.entry_id != self.entry_id:
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        minutes.update_entry(self.ctx.db, self.entry_id, self.new)

    def revert(self) -> None:
        minutes.update_entry(self.ctx.db, self.entry_id, self.old)


class AddEntries(SavedCommand):
    """An empty entry for everyone present who has none yet."""

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Add everyone present"))
        self.meeting_id = meeting_id
        before = {e.id for e in minutes.entries(ctx.db, meeting_id)}
        self.count = minutes.ensure_entries(ctx.db, meeting_id)
        self.created = [
            (e.id, e.person_id, e.position)
            for e in minutes.entries(ctx.db, meeting_id)
            if e.id not in before
        ]

    def apply(self) -> None:
        for entry_id, person_id, position in self.created:
            minutes.add_entry(
                self.ctx.db,
                self.meeting_id,
                person_id,
                EntryInput(),
                position=position,
                entry_id=entry_id,
            )

    def revert(self) -> None:
        for entry_id, _person_id, _position in reversed(self.created):
            minutes.remove_entry(self.ctx.db, entry_id)


class MoveEntry(SavedCommand):
    def __init__(self, ctx: AppContext, entry_id: int, position: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Change seating"))
        self.entry_id, self.new = entry_id, position
        self.old = minutes.move_entry(ctx.db, entry_id, position)

    def apply(self) -> None:
        minutes.move_entry(self.ctx.db, self.entry_id, self.new)

    def revert(self) -> None:
        minutes.move_entry(self.ctx.db, self.entry_id, self.old)


class RemoveEntry(SavedCommand):
    def __init__(self, ctx: AppContext, entry_id: int) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("MinutesCommands", "Remove round-table entry")
        )
        self.entry_id = entry_id
        self.meeting_id, self.person_id, self.position, self.data = minutes.remove_entry(
            ctx.db, entry_id
        )

    def apply(self) -> None:
        minutes.remove_entry(self.ctx.db, self.entry_id)

    def revert(self) -> None:
        minutes.add_entry(
            self.ctx.db,
            self.meeting_id,
            self.person_id,
            self.data,
            position=self.position,
            entry_id=self.entry_id,
        )


class AddDecision(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, text: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Add decision"))
        self.meeting_id, self.decision_text = meeting_id, text
        self.decision_id = minutes_outcomes.add_decision(ctx.db, meeting_id, text)

    def apply(self) -> None:
        minutes_outcomes.add_decision(
            self.ctx.db, self.meeting_id, self.decision_text, decision_id=self.decision_id
        )

    def revert(self) -> None:
        minutes_outcomes.remove_decision(self.ctx.db, self.decision_id)


class EditDecision(SavedCommand):
    def __init__(self, ctx: AppContext, decision_id: int, text: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Edit decision"))
        self.decision_id, self.new = decision_id, text
        self.old = minutes_outcomes.update_decision(ctx.db, decision_id, text)

    def apply(self) -> None:
        minutes_outcomes.update_decision(self.ctx.db, self.decision_id, self.new)

    def revert(self) -> None:
        minutes_outcomes.update_decision(self.ctx.db, self.decision_id, self.old)


class RemoveDecision(SavedCommand):
    def __init__(self, ctx: AppContext, decision_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Remove decision"))
        self.decision_id = decision_id
        self.level = minutes_levels.level(ctx.db, TextKind.DECISION, decision_id)
        self.meeting_id, self.position, self.decision_text = minutes_outcomes.remove_decision(
            ctx.db, decision_id
        )

    def apply(self) -> None:
        minutes_outcomes.remove_decision(self.ctx.db, self.decision_id)

    def revert(self) -> None:
        minutes_outcomes.add_decision(
            self.ctx.db,
            self.meeting_id,
            self.decision_text,
            position=self.position,
            decision_id=self.decision_id,
            level=self.level,
        )


class AddAction(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, data: ActionInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Add action item"))
        self.meeting_id, self.data = meeting_id, data
        self.action_id = minutes_outcomes.add_action(ctx.db, meeting_id, data)

    def apply(self) -> None:
        minutes_outcomes.add_action(
            self.ctx.db, self.meeting_id, self.data, action_id=self.action_id
        )

    def revert(self) -> None:
        minutes_outcomes.remove_action(self.ctx.db, self.action_id)


class EditAction(SavedCommand):
    def __init__(self, ctx: AppContext, action_id: int, data: ActionInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Edit action item"))
        self.action_id, self.new = action_id, data
        self.old = minutes_outcomes.update_action(ctx.db, action_id, data)

    def apply(self) -> None:
        minutes_outcomes.update_action(self.ctx.db, self.action_id, self.new)

    def revert(self) -> None:
        minutes_outcomes.update_action(self.ctx.db, self.action_id, self.old)


class RemoveAction(SavedCommand):
    def __init__(self, ctx: AppContext, action_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Remove action item"))
        self.action_id = action_id
        self.level = minutes_levels.level(ctx.db, TextKind.ACTION, action_id)
        self.meeting_id, self.data = minutes_outcomes.remove_action(ctx.db, action_id)

    def apply(self) -> None:
        minutes_outcomes.remove_action(self.ctx.db, self.action_id)

    def revert(self) -> None:
        minutes_outcomes.add_action(
            self.ctx.db, self.meeting_id, self.data, action_id=self.action_id, level=self.level
        )


class AddTheme(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, data: ThemeInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Add theme proposal"))
        self.meeting_id, self.data = meeting_id, data
        self.theme_id = minutes_proposals.add_theme(
            ctx.db, meeting_id, data.theme, data.proposed_by_id, data.votes
        )

    def apply(self) -> None:
        minutes_proposals.add_theme(
            self.ctx.db,
            self.meeting_id,
            self.data.theme,
            self.data.proposed_by_id,
            self.data.votes,
            theme_id=self.theme_id,
        )

    def revert(self) -> None:
        minutes_proposals.remove_theme(self.ctx.db, self.theme_id)


class EditTheme(SavedCommand):
    def __init__(self, ctx: AppContext, theme_id: int, data: ThemeInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Edit theme proposal"))
        self.theme_id, self.new = theme_id, data
        self.old = minutes_proposals.update_theme(ctx.db, theme_id, data)

    def apply(self) -> None:
        minutes_proposals.update_theme(self.ctx.db, self.theme_id, self.new)

    def revert(self) -> None:
        minutes_proposals.update_theme(self.ctx.db, self.theme_id, self.old)


class RemoveTheme(SavedCommand):
    def __init__(self, ctx: AppContext, theme_id: int) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("MinutesCommands", "Remove theme proposal")
        )
        self.theme_id = theme_id
        self.level = minutes_levels.level(ctx.db, TextKind.THEME, theme_id)
        self.meeting_id, self.data, self.chosen = minutes_proposals.remove_theme(ctx.db, theme_id)

    def apply(self) -> None:
        minutes_proposals.remove_theme(self.ctx.db, self.theme_id)

    def revert(self) -> None:
        minutes_proposals.add_theme(
            self.ctx.db,
            self.meeting_id,
            self.data.theme,
            self.data.proposed_by_id,
            self.data.votes,
            theme_id=self.theme_id,
            level=self.level,
        )
        if self.chosen:
            minutes_proposals.choose_theme(self.ctx.db, self.theme_id, apply_to_next=False)


class ChooseTheme(SavedCommand):
    """The group's choice of the next theme; optionally it becomes the next meeting's theme."""

    def __init__(self, ctx: AppContext, theme_id: int, theme: str, apply_to_next: bool) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("MinutesCommands", "Next theme: %1").replace("%1", theme),
        )
        self.theme_id, self.apply_to_next = theme_id, apply_to_next
        self.choice: ThemeChoice = minutes_proposals.choose_theme(
            ctx.db, theme_id, apply_to_next=apply_to_next
        )

    def apply(self) -> None:
        self.choice = minutes_proposals.choose_theme(
            self.ctx.db, self.theme_id, apply_to_next=self.apply_to_next
        )

    def revert(self) -> None:
        minutes_proposals.undo_choose_theme(self.ctx.db, self.theme_id, self.choice)


class AddSpeaker(SavedCommand):
    def __init__(self, ctx: AppContext, group_id: int, data: SpeakerInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Add speaker proposal"))
        self.group_id, self.data = group_id, data
        self.proposal_id = minutes_proposals.add_speaker(ctx.db, group_id, data)

    def apply(self) -> None:
        minutes_proposals.add_speaker(
            self.ctx.db, self.group_id, self.data, proposal_id=self.proposal_id
        )

    def revert(self) -> None:
        minutes_proposals.remove_speaker(self.ctx.db, self.proposal_id)


class EditSpeaker(SavedCommand):
    def __init__(self, ctx: AppContext, proposal_id: int, data: SpeakerInput) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("MinutesCommands", "Edit speaker proposal")
        )
        self.proposal_id, self.new = proposal_id, data
        self.old = minutes_proposals.update_speaker(ctx.db, proposal_id, data)

    def apply(self) -> None:
        minutes_proposals.update_speaker(self.ctx.db, self.proposal_id, self.new)

    def revert(self) -> None:
        minutes_proposals.update_speaker(self.ctx.db, self.proposal_id, self.old)


class RemoveSpeaker(SavedCommand):
    def __init__(self, ctx: AppContext, proposal_id: int) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("MinutesCommands", "Remove speaker proposal")
        )
        self.proposal_id = proposal_id
        self.level = minutes_levels.level(ctx.db, TextKind.SPEAKER, proposal_id)
        self.group_id, self.data = minutes_proposals.remove_speaker(ctx.db, proposal_id)

    def apply(self) -> None:
        minutes_proposals.remove_speaker(self.ctx.db, self.proposal_id)

    def revert(self) -> None:
        minutes_proposals.add_speaker(
            self.ctx.db, self.group_id, self.data, proposal_id=self.proposal_id, level=self.level
        )


class SetMinutesStatus(SavedCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, status: MinutesStatus) -> None:
        super().__init__(ctx, QCoreApplication.translate("MinutesCommands", "Minutes status"))
        self.meeting_id, self.new = meeting_id, status
        self.old = minutes.set_minutes_status(ctx.db, meeting_id, status)

    def apply(self) -> None:
        minutes.set_minutes_status(self.ctx.db, self.meeting_id, self.new)

    def revert(self) -> None:
        minutes.set_minutes_status(self.ctx.db, self.meeting_id, self.old)
