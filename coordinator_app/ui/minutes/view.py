"""The minutes of a meeting, taken during the meeting: attendance and the round table, talks,
decisions and action items, theme votes and speaker proposals. Everything saves as it is typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_long_date, format_short_date
from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.minutes import (
    TALK_NOTES_LEVEL,
    ActionLine,
    AttendanceLine,
    SpeakerLine,
    ThemeLine,
)
from coordinator_app.services import (
    minutes,
    minutes_levels,
    minutes_outcomes,
    minutes_proposals,
    planner,
    talk_notes,
)
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.services.minutes import EntryInput
from coordinator_app.services.minutes_levels import TextKind
from coordinator_app.services.minutes_outcomes import ActionInput
from coordinator_app.services.minutes_proposals import SpeakerInput, ThemeInput
from coordinator_app.services.planner import MeetingRow
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.labels import (
    minutes_status_label,
    speaker_status_label,
)
from coordinator_app.ui.lazy import ReloadWhenShown
from coordinator_app.ui.meeting_choice import MeetingBox
from coordinator_app.ui.messages import SAVE_ERRORS, error_text, field_error_text
from coordinator_app.ui.minutes.commands import (
    AddAction,
    AddDecision,
    AddEntries,
    AddSpeaker,
    AddTheme,
    ChooseTheme,
    EditAction,
    EditDecision,
    EditEntry,
    EditSpeaker,
    EditTheme,
    MoveEntry,
    RemoveAction,
    RemoveDecision,
    RemoveEntry,
    RemoveSpeaker,
    RemoveTheme,
    SetAttendance,
    SetAttendanceNote,
    SetAttendanceNoteLevel,
    SetLevel,
    SetMinutesStatus,
    SetTalkNotes,
)
from coordinator_app.ui.minutes.edits import edited_action, edited_speaker, edited_theme
from coordinator_app.ui.minutes.export import MinutesExporter
from coordinator_app.ui.minutes.held import HeldBox
from coordinator_app.ui.minutes.round_table import (
    AttendanceTable,
    RoundTablePanel,
    attendance_model,
)
from coordinator_app.ui.minutes.tables import (
    ACTION_LEVEL_COLUMN,
    ATTENDANCE_LEVEL_COLUMN,
    ATTENDANCE_NOTE_COLUMN,
    DECISION_LEVEL_COLUMN,
    SPEAKER_LEVEL_COLUMN,
    TALK_LEVEL_COLUMN,
    THEME_LEVEL_COLUMN,
    TalkRow,
    action_model,
    chosen_level,
    decision_model,
    sharing_delegate,
    speaker_model,
    talk_model,
    theme_model,
)
from coordinator_app.ui.minutes.widgets import DateDelegate, heading
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.tables import (
    CLICK_TO_EDIT,
    FillWithFirstColumns,
    action_buttons,
    rows_table,
)
from coordinator_app.ui.theme import Tone, css

TALK_KINDS = (AgendaKind.WELCOME, AgendaKind.TOUR, AgendaKind.TALK, AgendaKind.DISCUSSION)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class MinutesView(QWidget):
    """The minutes of the chosen meeting."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loader = ReloadWhenShown(self, self.reload, lazy=lazy)
        self.today = today or dt.date.today()
        self.meeting_id: int | None = None
        self.meeting: MeetingRow | None = None
        self._members: list[tuple[int, str]] = []
        language = ctx.language

        self.meeting_box = MeetingBox(language)
        self.meetings = self.meeting_box.meetings
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        meeting_label = QLabel(self.tr("Meeti&ng:"))
        meeting_label.setBuddy(self.meeting_box)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Minutes status"))
        for status in MinutesStatus:
            self.status_box.addItem(minutes_status_label(status), status.value)
        self.status_box.activated.connect(self._status_chosen)
        status_label = QLabel(self.tr("Minutes stat&us:"))
        status_label.setBuddy(self.status_box)
        self.heading = plain_label()  # the host's name and the theme
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.confidential = QLabel(
            self.tr(
                "Confidential: what members say stays in the group. Each entry, note, decision, "
                "action item and proposal has its own sharing level; exports can leave them out "
                "or anonymise them."
            )
        )
        self.confidential.setObjectName("confidentialNote")
        self.confidential.setStyleSheet(f"QLabel#confidentialNote {{ color: {css(Tone.ERROR)}; }}")
        self.confidential.setWordWrap(True)

        self.exporter = MinutesExporter(ctx, self)
        self.held_box = HeldBox(ctx)
        self._build_actions()
        # Two rows, so the view fits beside the search results on a laptop: the meeting and
        # its minutes' status, then whether it was held and what to do with the minutes.
        choose = QHBoxLayout()
        choose.addWidget(meeting_label)
        choose.addWidget(self.meeting_box, 1)
        choose.addSpacing(12)
        choose.addWidget(status_label)
        choose.addWidget(self.status_box)
        act = QHBoxLayout()
        act.addWidget(self.held_box)
        act.addStretch(1)
        for action in (self.export_action, self.mail_action, self.report_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            act.addWidget(button)
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addLayout(choose)
        top.addLayout(act)

        # -- attendance and round table
        self.attendance_model = attendance_model(self, self._attendance_edited)
        self.attendance_table = AttendanceTable()
        self.attendance_table.setModel(self.attendance_model)
        self.attendance_table.setAccessibleName(self.tr("Attendance"))
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Digits set the attendance (AttendanceTable); F2 or a double click edits the note.
        self.attendance_table.setEditTriggers(CLICK_TO_EDIT)
        self.attendance_table.verticalHeader().hide()
        self.attendance_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 8
        )
        self.attendance_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.attendance_table.horizontalHeader().setStretchLastSection(True)
        # Member and attendance fill the narrow pane whole; the note and its level scroll in.
        FillWithFirstColumns(self.attendance_table, 2)
        self.attendance_table.status_typed.connect(self._attendance_typed)
        # One delegate per table: a delegate shared by two views confuses their editors.
        self.attendance_table.setItemDelegateForColumn(
            ATTENDANCE_LEVEL_COLUMN, sharing_delegate(self)
        )
        # One short line under the narrow list; what each key does in its tooltip.
        keys = QLabel(self.tr("Keys 1–5 set attendance, 0 clears"))
        keys.setToolTip(
            self.tr("Keys: 1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear")
        )
        keys.setWordWrap(True)
        keys.setObjectName("keysHint")
        keys.setStyleSheet("QLabel#keysHint { color: palette(placeholder-text); }")
        # Room for a member's whole name and their attendance beside it.
        self.attendance_table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        attendance_box = QWidget()
        attendance_layout = QVBoxLayout(attendance_box)
        attendance_layout.setContentsMargins(0, 0, 0, 0)
        attendance_layout.addWidget(heading(self.tr("Attendance")))
        attendance_layout.addWidget(self.attendance_table, 1)
        attendance_layout.addWidget(keys)
        attendance_layout.addLayout(action_buttons(self.prefill_action))

        self.round_table = RoundTablePanel(self._save_entry)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(heading(self.tr("Round table, in seating order")))
        list_layout.addWidget(self.round_table.table, 1)
        list_layout.addLayout(
            action_buttons(
                self.add_present_action,
                self.entry_up_action,
                self.entry_down_action,
                self.remove_entry_action,
            )
        )
        round_split = QSplitter(Qt.Orientation.Vertical)
        round_split.addWidget(list_box)
        round_split.addWidget(self.round_table.editor)
        # The list takes the height; the editor keeps its five lines (EntryText).
        round_split.setStretchFactor(0, 1)
        round_split.setStretchFactor(1, 0)
        first = QSplitter(Qt.Orientation.Horizontal)
        first.addWidget(attendance_box)
        first.addWidget(round_split)
        first.setStretchFactor(0, 1)
        first.setStretchFactor(1, 3)

        # -- talks, decisions and actions
        self.talk_model = talk_model(self._talk_edited, self)
        self.talk_table = rows_table(self.talk_model, self.tr("Talks"))
        self.decision_model = decision_model(self._decision_edited, self)
        self.decision_table = rows_table(self.decision_model, self.tr("Decisions"))
        for table, column in (
            (self.talk_table, TALK_LEVEL_COLUMN),
            (self.decision_table, DECISION_LEVEL_COLUMN),
        ):
            table.setItemDelegateForColumn(column, sharing_delegate(self))
        self.new_decision = QLineEdit()
        self.new_decision.setAccessibleName(self.tr("New decision"))
        self.new_decision.setPlaceholderText(self.tr("New decision – press Enter to add"))
        self.new_decision.returnPressed.connect(self.add_decision)

        self.action_model = action_model(self._action_edited, language, lambda: self.today, self)
        self.action_table = rows_table(self.action_model, self.tr("Action items"))
        self.owner_delegate = ChoiceDelegate([], self)
        self.action_table.setItemDelegateForColumn(2, self.owner_delegate)
        self.action_table.setItemDelegateForColumn(3, DateDelegate(language, self))
        self.action_table.setItemDelegateForColumn(ACTION_LEVEL_COLUMN, sharing_delegate(self))
        self.action_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.action_table.horizontalHeader().setStretchLastSection(False)
        self.new_action = QLineEdit()
        self.new_action.setAccessibleName(self.tr("New action item"))
        self.new_action.setPlaceholderText(self.tr("New action item – press Enter to add"))
        self.new_action.returnPressed.connect(self.add_action)

        second = QWidget()
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(heading(self.tr("Talks and notes")))
        second_layout.addWidget(self.talk_table, 2)
        second_layout.addWidget(heading(self.tr("Decisions")))
        second_layout.addWidget(self.decision_table, 2)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.new_decision, 1)
        decision_row.addLayout(action_buttons(self.remove_decision_action))
        second_layout.addLayout(decision_row)
        second_layout.addWidget(
            heading(self.tr("Action items (open items of earlier meetings are carried over)"))
        )
        second_layout.addWidget(self.action_table, 3)
        action_row = QHBoxLayout()
        action_row.addWidget(self.new_action, 1)
        action_row.addLayout(action_buttons(self.remove_action_action))
        second_layout.addLayout(action_row)

        # -- themes and speakers
        self.theme_model = theme_model(self._theme_edited, self)
        self.theme_table = rows_table(self.theme_model, self.tr("Theme proposals"))
        self.proposer_delegate = ChoiceDelegate([], self)
        self.theme_table.setItemDelegateForColumn(2, self.proposer_delegate)
        self.theme_table.setItemDelegateForColumn(THEME_LEVEL_COLUMN, sharing_delegate(self))
        self.theme_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.theme_table.horizontalHeader().setStretchLastSection(False)
        self.new_theme = QLineEdit()
        self.new_theme.setAccessibleName(self.tr("New theme proposal"))
        self.new_theme.setPlaceholderText(self.tr("Proposed theme – press Enter to add"))
        self.new_theme.returnPressed.connect(self.add_theme)
        self.next_theme_label = plain_label()  # a proposed theme
        self.next_theme_label.setWordWrap(True)

        self.speaker_model = speaker_model(self._speaker_edited, language, self)
        self.speaker_table = rows_table(self.speaker_model, self.tr("Speaker pipeline"))
        self.speaker_proposer_delegate = ChoiceDelegate([], self)
        self.speaker_meeting_delegate = ChoiceDelegate([], self)
        self.speaker_table.setItemDelegateForColumn(3, self.speaker_proposer_delegate)
        self.speaker_table.setItemDelegateForColumn(
            4,
            ChoiceDelegate([(s.value, speaker_status_label(s)) for s in SpeakerStatus], self),
        )
        self.speaker_table.setItemDelegateForColumn(5, self.speaker_meeting_delegate)
        self.speaker_table.setItemDelegateForColumn(SPEAKER_LEVEL_COLUMN, sharing_delegate(self))
        self.speaker_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.speaker_table.horizontalHeader().setStretchLastSection(False)

        third = QWidget()
        third_layout = QVBoxLayout(third)
        third_layout.addWidget(heading(self.tr("Theme proposals and votes")))
        third_layout.addWidget(self.theme_table, 2)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.new_theme, 1)
        theme_row.addLayout(action_buttons(self.choose_theme_action, self.remove_theme_action))
        third_layout.addLayout(theme_row)
        third_layout.addWidget(self.next_theme_label)
        third_layout.addWidget(heading(self.tr("Speaker proposals (all meetings)")))
        third_layout.addWidget(self.speaker_table, 3)
        third_layout.addLayout(action_buttons(self.add_speaker_action, self.remove_speaker_action))

        self.tabs = QTabWidget()
        self.tabs.addTab(first, self.tr("&Round table"))
        self.tabs.addTab(second, self.tr("&Decisions and actions"))
        self.tabs.addTab(third, self.tr("Themes and spea&kers"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.confidential)
        layout.addWidget(self.tabs, 1)

        ctx.data_changed.connect(self.loader.request)
        ctx.group_changed.connect(lambda _gid: self._group_changed())
        self.loader.request()

    def _build_actions(self) -> None:
        self.export_action = QAction(self.tr("&Export minutes…"), self)
        self.export_action.triggered.connect(self._export)
        self.mail_action = QAction(self.tr("E-&mail the minutes…"), self)
        self.mail_action.triggered.connect(self._mail)
        self.report_action = QAction(self.tr("Annual &report…"), self)
        self.report_action.triggered.connect(self._report)
        self.prefill_action = QAction(self.tr("&Fill in from the sign-ups"), self)
        self.prefill_action.triggered.connect(self.prefill)
        self.add_present_action = QAction(self.tr("Add e&veryone present"), self)
        self.add_present_action.triggered.connect(self.add_present)
        self.entry_up_action = QAction(self.tr("Move &up"), self)
        self.entry_up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.entry_up_action.triggered.connect(lambda: self.move_entry(-1))
        self.entry_down_action = QAction(self.tr("Move do&wn"), self)
        self.entry_down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.entry_down_action.triggered.connect(lambda: self.move_entry(1))
        self.remove_entry_action = QAction(self.tr("Remove entr&y"), self)
        self.remove_entry_action.triggered.connect(self.remove_entry)
        self.remove_decision_action = QAction(self.tr("Remove decision"), self)
        self.remove_decision_action.triggered.connect(self.remove_decision)
        self.remove_action_action = QAction(self.tr("Remove action item"), self)
        self.remove_action_action.triggered.connect(self.remove_action)
        self.choose_theme_action = QAction(self.tr("&Choose as next theme"), self)
        self.choose_theme_action.triggered.connect(self.choose_theme)
        self.remove_theme_action = QAction(self.tr("Remove proposal"), self)
        self.remove_theme_action.triggered.connect(self.remove_theme)
        self.add_speaker_action = QAction(self.tr("Add speaker &proposal"), self)
        self.add_speaker_action.triggered.connect(self.add_speaker)
        self.remove_speaker_action = QAction(self.tr("Remove speaker proposal"), self)
        self.remove_speaker_action.triggered.connect(self.remove_speaker)
        for action in (self.entry_up_action, self.entry_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def minutes_actions(self) -> list[QAction | None]:
        return [
            self.export_action,
            self.mail_action,
            self.report_action,
            None,
            self.prefill_action,
            self.add_present_action,
            self.entry_up_action,
            self.entry_down_action,
            self.remove_entry_action,
            None,
            self.choose_theme_action,
            self.add_speaker_action,
        ]

    # -- loading ----------------------------------------------------------------------------
    def _group_changed(self) -> None:
        self.meeting_id = None
        self.loader.request()

    def _default_meeting(self, rows: list[MeetingRow]) -> MeetingRow | None:
        """The meeting being held or just held: the latest one up to today, else the next."""
        usable = [r for r in rows if r.status is not MeetingStatus.CANCELLED]
        past = [r for r in usable if r.date <= self.today]
        if past:
            return past[-1]
        return usable[0] if usable else None

    def reload(self) -> None:
        group_id = self.ctx.group_id
        rows = planner.meetings(self.ctx.db, group_id=group_id) if group_id is not None else []
        self.meeting_id = self.meeting_box.show_meetings(
            rows, self.meeting_id, self._default_meeting
        )
        self._show_meeting()

    def show_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, row: int) -> None:
        self.round_table.flush()
        meeting = self.meetings.meeting_at(row)
        self.meeting_id = meeting.id if meeting else None
        self._show_meeting()

    def _show_meeting(self) -> None:
        db, language = self.ctx.db, self.ctx.language
        meeting = self.meeting_box.meeting(self.meeting_id)
        self.meeting = meeting
        self.held_box.show_meeting(meeting)
        enabled = meeting is not None
        for action in self.minutes_actions():
            if action is not None:
                action.setEnabled(enabled)
        for widget in (self.tabs, self.status_box, self.new_decision, self.new_action):
            widget.setEnabled(enabled)
        if meeting is None:
            self.heading.setText(self.tr("No meeting yet: plan one in the year plan."))
            for model in (
                self.attendance_model,
                self.talk_model,
                self.decision_model,
                self.action_model,
                self.theme_model,
                self.speaker_model,
            ):
                model.set_rows([])
            self.round_table.set_entries([])
            return
        heading = format_long_date(meeting.date, language)
        if meeting.host_name:
            heading += " " + self.tr("at %1").replace("%1", meeting.host_name)
        if meeting.theme:
            heading += f" – {meeting.theme}"
        self.heading.setText(heading)
        meeting_id = meeting.id
        self.status_box.setCurrentIndex(
            self.status_box.findData(minutes.minutes_status(db, meeting_id).value)
        )
        attendance = minutes.attendance(db, meeting_id, language)
        self.attendance_model.set_rows(attendance)
        self._members = [(a.person_id, a.name) for a in attendance]
        member_choices = [("", self.tr("(nobody)"))] + [
            (str(pid), name) for pid, name in self._members
        ]
        for delegate in (
            self.owner_delegate,
            self.proposer_delegate,
            self.speaker_proposer_delegate,
        ):
            delegate.choices = member_choices
        self.speaker_meeting_delegate.choices = [("", self.tr("(not decided)"))] + [
            (str(r.id), format_short_date(r.date, language))
            for r in self.meeting_box.rows()
            if r.status is not MeetingStatus.CANCELLED
        ]
        self.round_table.set_entries(minutes.entries(db, meeting_id, language))
        levels = minutes_levels.talk_note_levels(db, meeting_id)
        notes = talk_notes.talk_notes(db, meeting_id)
        talks = [
            TalkRow(item.id, item, levels.get(item.id, TALK_NOTES_LEVEL), notes.get(item.id, ""))
            for item in planner.agenda(db, meeting_id).items
            if item.data.kind in TALK_KINDS
        ]
        self.talk_model.set_rows(talks)
        self.decision_model.set_rows(minutes_outcomes.decisions(db, meeting_id))
        self.action_model.set_rows(minutes_outcomes.actions_for_meeting(db, meeting_id, language))
        themes = minutes_proposals.themes(db, meeting_id, language)
        self.theme_model.set_rows(themes)
        group_id = meeting.group_id
        self.speaker_model.set_rows(minutes_proposals.speakers(db, group_id, language))
        self._show_next_theme(themes)

    def _show_next_theme(self, themes: list[ThemeLine]) -> None:
        chosen = next((t for t in themes if t.chosen), None)
        following = (
            minutes_proposals.next_meeting(self.ctx.db, self.meeting_id)
            if self.meeting_id
            else None
        )
        if chosen is None:
            text = self.tr("No theme chosen yet for the next meeting.")
        elif following is None:
            text = self.tr("Chosen theme: %1 (no next meeting is planned yet)").replace(
                "%1", chosen.theme
            )
        else:
            text = (
                self.tr("Chosen theme: %1 – the theme of the meeting on %2")
                .replace("%1", chosen.theme)
                .replace("%2", format_short_date(following.date, self.ctx.language))
            )
        self.next_theme_label.setText(text)

    # -- attendance and round table ---------------------------------------------------------
    def _command(self, factory: Any) -> bool:
        """Build (and so save) a command, then put it on the undo stack."""
        try:
            command = factory()
        except ValidationFailed as exc:
            plain_text.warning(
                self,
                self.tr("Could not save"),
                "\n".join(field_error_text(e) for e in exc.errors),
            )
            return False
        except SAVE_ERRORS as exc:
            plain_text.warning(self, self.tr("Could not save"), error_text(exc))
            return False
        self.ctx.undo_stack.push(command)
        return True

    def _attendance_typed(self, line: AttendanceLine, status: AttendanceStatus | None) -> None:
        if self.meeting_id is None or line.status == status:
            return
        meeting_id = self.meeting_id
        self._command(
            lambda: SetAttendance(self.ctx, meeting_id, line.person_id, line.name, status)
        )

    def _attendance_edited(self, line: AttendanceLine, column: int, value: Any) -> None:
        """A note typed beside a member's attendance, or the note's sharing level."""
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        if column == ATTENDANCE_NOTE_COLUMN:
            note = str(value).strip()
            self._command(
                lambda: SetAttendanceNote(
                    self.ctx, meeting_id, line.person_id, line.name, line.status, note
                )
            )
        elif column == ATTENDANCE_LEVEL_COLUMN and (level := chosen_level(value)) is not None:
            self._command(
                lambda: SetAttendanceNoteLevel(
                    self.ctx, meeting_id, line.person_id, line.name, level
                )
            )

    def prefill(self) -> None:
        if self.meeting_id is None:
            return
        if minutes.attendance_taken(self.ctx.db, self.meeting_id):
            self.ctx.status_message.emit(self.tr("Attendance has already been taken."))
            return
        if minutes.prefill_attendance(self.ctx.db, self.meeting_id):
            self.ctx.notify_changed()

    def add_present(self) -> None:
        if self.meeting_id is not None:
            meeting_id = self.meeting_id
            self._command(lambda: AddEntries(self.ctx, meeting_id))
            self.round_table.text.setFocus()

    def _save_entry(self, entry_id: int, name: str, data: EntryInput) -> None:
        self._command(lambda: EditEntry(self.ctx, entry_id, name, data))

    def move_entry(self, step: int) -> None:
        entry = self.round_table.current_entry()
        if entry is None:
            return
        position = entry.position + step
        if 0 <= position < self.round_table.model.rowCount():
            self.round_table.flush()
            self._command(lambda: MoveEntry(self.ctx, entry.id, position))

    def remove_entry(self) -> None:
        entry = self.round_table.current_entry()
        if entry is not None:
            self.round_table.flush()
            self._command(lambda: RemoveEntry(self.ctx, entry.id))

    # -- talks, decisions, actions ----------------------------------------------------------
    def _set_level(self, kind: TextKind, row_id: int, value: Any) -> None:
        level = chosen_level(value)
        if level is not None:
            self._command(lambda: SetLevel(self.ctx, kind, row_id, level))

    def _talk_edited(self, row: TalkRow, column: int, value: Any) -> None:
        if column == TALK_LEVEL_COLUMN:
            self._set_level(TextKind.TALK, row.id, value)
            return
        text = str(value).strip()
        self._command(lambda: SetTalkNotes(self.ctx, row.id, text))

    def add_decision(self) -> None:
        text = " ".join(self.new_decision.text().split())
        if self.meeting_id is None or not text:
            return
        meeting_id = self.meeting_id
        if self._command(lambda: AddDecision(self.ctx, meeting_id, text)):
            self.new_decision.clear()

    def _decision_edited(self, row: Any, column: int, value: Any) -> None:
        if column == DECISION_LEVEL_COLUMN:
            self._set_level(TextKind.DECISION, row.id, value)
            return
        text = " ".join(str(value).split())
        if text:
            self._command(lambda: EditDecision(self.ctx, row.id, text))

    def remove_decision(self) -> None:
        index = self.decision_table.currentIndex()
        row = self.decision_model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._command(lambda: RemoveDecision(self.ctx, row.id))

    def add_action(self) -> None:
        text = " ".join(self.new_action.text().split())
        if self.meeting_id is None or not text:
            return
        meeting_id = self.meeting_id
        if self._command(lambda: AddAction(self.ctx, meeting_id, ActionInput(text))):
            self.new_action.clear()

    def _action_edited(self, row: ActionLine, column: int, value: Any) -> None:
        if column == ACTION_LEVEL_COLUMN:
            self._set_level(TextKind.ACTION, row.id, value)
            return
        # Done as reported at this meeting: it stays on these minutes and leaves the next.
        done_on = self.meeting.date if self.meeting is not None else self.today
        data = edited_action(row, column, value, done_on)
        if data is not None:
            self._command(lambda: EditAction(self.ctx, row.id, data))

    def remove_action(self) -> None:
        index = self.action_table.currentIndex()
        row = self.action_model.row_at(index.row()) if index.isValid() else None
        if row is not None and not row.carried:
            self._command(lambda: RemoveAction(self.ctx, row.id))

    # -- themes and speakers ----------------------------------------------------------------
    def add_theme(self) -> None:
        theme = " ".join(self.new_theme.text().split())
        if self.meeting_id is None or not theme:
            return
        meeting_id = self.meeting_id
        if self._command(lambda: AddTheme(self.ctx, meeting_id, ThemeInput(theme))):
            self.new_theme.clear()

    def _theme_edited(self, row: ThemeLine, column: int, value: Any) -> None:
        if column == THEME_LEVEL_COLUMN:
            self._set_level(TextKind.THEME, row.id, value)
            return
        data = edited_theme(row, column, value)
        if data is not None:
            self._command(lambda: EditTheme(self.ctx, row.id, data))

    def _current_theme(self) -> ThemeLine | None:
        index = self.theme_table.currentIndex()
        return self.theme_model.row_at(index.row()) if index.isValid() else None

    def choose_theme(self) -> None:
        theme = self._current_theme()
        if theme is None or self.meeting_id is None:
            return
        following = minutes_proposals.next_meeting(self.ctx.db, self.meeting_id)
        apply = following is not None
        if following is not None and following.theme and following.theme != theme.theme:
            answer = plain_text.question(
                self,
                self.tr("Next theme"),
                self.tr("The meeting on %1 already has the theme “%2”. Replace it with “%3”?")
                .replace("%1", format_long_date(following.date, self.ctx.language))
                .replace("%2", following.theme)
                .replace("%3", theme.theme),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            apply = answer == QMessageBox.StandardButton.Yes
        self._command(lambda: ChooseTheme(self.ctx, theme.id, theme.theme, apply))

    def remove_theme(self) -> None:
        theme = self._current_theme()
        if theme is not None:
            self._command(lambda: RemoveTheme(self.ctx, theme.id))

    def add_speaker(self) -> None:
        if self.meeting is None:
            return
        group_id = self.meeting.group_id
        data = SpeakerInput(topic=self.tr("New proposal"))
        if self._command(lambda: AddSpeaker(self.ctx, group_id, data)):
            self.speaker_table.setFocus()

    def _speaker_edited(self, row: SpeakerLine, column: int, value: Any) -> None:
        if column == SPEAKER_LEVEL_COLUMN:
            self._set_level(TextKind.SPEAKER, row.id, value)
            return
        data = edited_speaker(row, column, value)
        self._command(lambda: EditSpeaker(self.ctx, row.id, data))

    def remove_speaker(self) -> None:
        index = self.speaker_table.currentIndex()
        row = self.speaker_model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._command(lambda: RemoveSpeaker(self.ctx, row.id))

    def _status_chosen(self, index: int) -> None:
        if self.meeting_id is None:
            return
        status = MinutesStatus(self.status_box.itemData(index))
        if status is not minutes.minutes_status(self.ctx.db, self.meeting_id):
            meeting_id = self.meeting_id
            self._command(lambda: SetMinutesStatus(self.ctx, meeting_id, status))

    # -- documents --------------------------------------------------------------------------
    def _export(self) -> None:
        if self.meeting_id is not None:
            self.round_table.flush()
            self.exporter.export(self.meeting_id)

    def _mail(self) -> None:
        if self.meeting_id is not None:
            self.round_table.flush()
            self.exporter.email(self.meeting_id)

    def _report(self) -> None:
        if self.meeting is not None:
            self.exporter.annual_report(self.meeting.group_id, self.meeting.date.year)
