"""The agenda editor of one meeting: a table of items whose times follow from their durations.

Every cell edit, move, insertion and removal is saved at once as an undoable command. Items move
by drag and drop or with Ctrl+Shift+Up/Down; the selection follows the moved item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_long_date
from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import MAX_DURATION_MINUTES, AgendaItemInput
from coordinator_app.services import planner
from coordinator_app.services.errors import ServiceError
from coordinator_app.services.planner import Agenda, SpeakerChoice
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.labels import agenda_kind_label
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.planner.commands import (
    AddAgendaItem,
    EditAgendaItem,
    MoveAgendaItem,
    RemoveAgendaItem,
)
from coordinator_app.ui.planner.models import AgendaTableModel, hhmm
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.theme import Tone, css


class _DurationDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_DURATION_MINUTES)
        editor.setSingleStep(5)
        editor.setAccessibleName(self.tr("Minutes"))
        return editor


class _SpeakerDelegate(QStyledItemDelegate):
    """An editable list of the group's members; a typed name is a speaker from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[SpeakerChoice] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.setAccessibleName(self.tr("Speaker"))
        editor.addItem("", None)
        for choice in self.choices:
            label = f"{choice.name} ({choice.organisation})" if choice.organisation else choice.name
            editor.addItem(label, (choice.person_id, choice.name, choice.organisation))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        speaker_id = index.data(AgendaTableModel.SPEAKER_ID_ROLE)
        for n in range(editor.count()):
            data = editor.itemData(n)
            if speaker_id is not None and isinstance(data, tuple) and data[0] == speaker_id:
                editor.setCurrentIndex(n)
                return
        editor.setCurrentIndex(-1)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        n = editor.currentIndex()
        data = editor.itemData(n) if n >= 0 else None
        if isinstance(data, tuple) and editor.itemText(n) == text:
            model.setData(index, data, Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class AgendaTable(QTableView):
    """The agenda table; Ctrl+Shift+Up/Down move the current item."""

    move_requested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event: Any) -> None:
        mods = event.modifiers()
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if (mods & wanted) == wanted and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class AgendaEditor(QWidget):
    """One meeting's agenda, editable in place."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.agenda: Agenda | None = None

        self.heading = plain_label()  # the meeting's theme
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Agenda summary"))
        self.overrun = QLabel()
        self.overrun.setObjectName("agendaOverrun")
        self.overrun.setStyleSheet(
            f"QLabel#agendaOverrun {{ color: {css(Tone.ERROR)}; border: 1px solid "
            f"{css(Tone.ERROR)}; padding: 4px 8px; border-radius: 3px; }}"
        )
        self.overrun.setWordWrap(True)
        self.overrun.hide()

        self.model = AgendaTableModel(self._edit, self._move_to, self)
        self.table = AgendaTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(AgendaTableModel.DURATION, _DurationDelegate(self))
        self.table.setItemDelegateForColumn(
            AgendaTableModel.KIND,
            ChoiceDelegate([(k.value, agenda_kind_label(k)) for k in AgendaKind], self),
        )
        self.speaker_delegate = _SpeakerDelegate(self)
        self.table.setItemDelegateForColumn(AgendaTableModel.SPEAKER, self.speaker_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaTableModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AgendaTableModel.DURATION, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(AgendaTableModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(AgendaTableModel.TITLE, 280)
        self.table.setColumnWidth(AgendaTableModel.KIND, 150)
        self.table.setColumnWidth(AgendaTableModel.SPEAKER, 170)
        self.table.setColumnWidth(AgendaTableModel.ORGANISATION, 190)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.move_requested.connect(self.move_current)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)

        self.add_action = QAction(self.tr("&Add item"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_item)
        self.remove_action = QAction(self.tr("&Remove item"), self)
        self.remove_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.remove_action.triggered.connect(self.remove_item)
        self.up_action = QAction(self.tr("Move &up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.up_action.triggered.connect(lambda: self.move_current(-1))
        self.down_action = QAction(self.tr("Move do&wn"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.down_action.triggered.connect(lambda: self.move_current(1))
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.overrun)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_meeting(None)

    # -- loading ----------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Re-read the agenda, keeping the current item and column."""
        current = self.table.currentIndex()
        item_id = current.data(AgendaTableModel.ITEM_ID_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else AgendaTableModel.TITLE
        self.agenda = None
        if self.meeting_id is not None:
            try:
                self.agenda = planner.agenda(self.ctx.db, self.meeting_id)
            except ServiceError:
                self.meeting_id = None
        agenda = self.agenda
        if agenda is None:
            self.model.set_rows([], None)
            self.heading.setText(self.tr("No meeting selected"))
            self.summary.clear()
            self.overrun.hide()
            self._update_actions()
            return
        meeting = agenda.meeting
        self.model.read_only = meeting.status is MeetingStatus.CANCELLED
        self.model.set_rows(agenda.items, meeting.end_time)
        if meeting.group_id != self.ctx.group_id:
            self.speaker_delegate.choices = []
        self.speaker_delegate.choices = planner.speaker_choices(
            self.ctx.db, meeting.group_id, lang=self.ctx.language
        )
        title = self.tr("Agenda for %1").replace(
            "%1", format_long_date(meeting.date, self.ctx.language)
        )
        if meeting.theme:
            title += f" – {meeting.theme}"
        self.heading.setText(title)
        self.summary.setText(
            self.tr("%1–%2, ends %3")
            .replace("%1", hhmm(meeting.start_time))
            .replace("%2", hhmm(meeting.end_time))
            .replace("%3", hhmm(agenda.ends_at))
        )
        if agenda.overrun_minutes:
            self.overrun.setText(
                self.tr(
                    "⚠ The agenda runs %n minute(s) past the end of the day (%1).",
                    "",
                    agenda.overrun_minutes,
                ).replace("%1", hhmm(meeting.end_time))
            )
        self.overrun.setVisible(bool(agenda.overrun_minutes))
        if item_id is not None:
            self.select_item(int(item_id), column)
        self._update_actions()

    def select_item(self, item_id: int, column: int = AgendaTableModel.TITLE) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(AgendaTableModel.ITEM_ID_ROLE))

    def _update_actions(self) -> None:
        editable = self.agenda is not None and not self.model.read_only
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        self.add_action.setEnabled(editable)
        self.remove_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    # -- edits ------------------------------------------------------------------------------
    def _push(self, command: Any) -> None:
        self.ctx.undo_stack.push(command)
        self.changed.emit()

    def _edit(self, item_id: int, data: AgendaItemInput) -> None:
        try:
            self._push(EditAgendaItem(self.ctx, item_id, data))
        except SAVE_ERRORS as exc:
            self.ctx.status_message.emit(error_text(exc))

    def _move_to(self, item_id: int, row: int) -> None:
        self._push(MoveAgendaItem(self.ctx, item_id, row))
        self.select_item(item_id)

    def move_current(self, step: int) -> None:
        item_id = self._current_item_id()
        if item_id is None or self.model.read_only:
            return
        row = self.model.row_of(item_id) + step
        if 0 <= row < self.model.rowCount():
            column = self.table.currentIndex().column()
            self._push(MoveAgendaItem(self.ctx, item_id, row))
            self.select_item(item_id, column)

    def add_item(self) -> None:
        if self.meeting_id is None or self.model.read_only:
            return
        current = self.table.currentIndex()
        position = current.row() + 1 if current.isValid() else None
        data = AgendaItemInput(title=self.tr("New item"), kind=AgendaKind.TALK, duration_minutes=30)
        command = AddAgendaItem(self.ctx, self.meeting_id, data, position)
        self._push(command)
        self.select_item(command.item_id, AgendaTableModel.TITLE)
        self.table.edit(self.table.currentIndex())

    def remove_item(self) -> None:
        item_id = self._current_item_id()
        if item_id is None or self.model.read_only:
            return
        row = self.model.row_of(item_id)
        self._push(RemoveAgendaItem(self.ctx, item_id))
        if self.model.rowCount():
            next_row = min(row, self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(next_row, AgendaTableModel.TITLE))

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
