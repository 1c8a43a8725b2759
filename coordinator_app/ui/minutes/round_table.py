"""Taking attendance and the round table during the meeting, by keyboard.

Attendance: a digit sets the selected member's attendance and moves to the next member
(1 present, 2 absent, 3 excused, 4 late, 5 left early, 0 not taken).

Round table: the members in seating order; the selected member's words are typed in the editor
beside the list. Enter saves and moves on to the next member (Shift+Enter is a new line), and
what is typed is saved a moment after typing pauses, so nothing is lost if the laptop dies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.enums import AttendanceStatus, Confidentiality
from coordinator_app.domain.minutes import RoundTableLine
from coordinator_app.domain.validation import split_tags
from coordinator_app.services.minutes import EntryInput
from coordinator_app.ui.labels import attendance_label, confidentiality_label
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.rows_model import Column, RowsModel

AUTOSAVE_MS = 700

ATTENDANCE_KEYS: dict[int, AttendanceStatus | None] = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
    Qt.Key.Key_4: AttendanceStatus.LATE,
    Qt.Key.Key_5: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_0: None,
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def _first_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class AttendanceTable(QTableView):
    """Digits set the current member's attendance and move on to the next member."""

    status_typed = Signal(object, object)  # (AttendanceLine, AttendanceStatus | None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ATTENDANCE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            index = self.currentIndex()
            model = self.model()
            if index.isValid() and isinstance(model, RowsModel):
                row = model.row_at(index.row())
                self.status_typed.emit(row, ATTENDANCE_KEYS[key])
                if index.row() + 1 < model.rowCount():
                    self.setCurrentIndex(model.index(index.row() + 1, index.column()))
                event.accept()
                return
        super().keyPressEvent(event)


def attendance_model(
    parent: Any, on_edit: Callable[[Any, int, Any], None] | None = None
) -> RowsModel:
    """Member, attendance, the note ("Meldte afbud – bestyrelsesmøde") and who may read it
    (shown once there is a note). The attendance itself is set by keyboard (`AttendanceTable`);
    `on_edit` saves the note and its level."""
    return RowsModel(
        "MinutesView",
        [
            Column(QT_TRANSLATE_NOOP("MinutesView", "Member"), lambda r: r.name),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Attendance"),
                lambda r: attendance_label(r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Note"),
                lambda r: _first_line(r.note),
                tooltip=lambda r: r.note or None,
                edit_value=lambda r: r.note,
            ),
            Column(
                QT_TRANSLATE_NOOP("MinutesView", "Sharing"),
                lambda r: confidentiality_label(r.note_level) if r.note else "",
                edit_value=lambda r: r.note_level.value,
            ),
        ],
        on_edit=on_edit,
        muted=lambda r: r.status is not None and not r.present,
        key=lambda r: r.person_id,
        parent=parent,
    )


#: The lines of a member's words the editor shows at least (and asks for).
ENTRY_LINES = 5


class EntryText(QPlainTextEdit):
    """The words of one member: Enter moves on, Shift+Enter is a new line."""

    next_requested = Signal()
    left = Signal()

    def _lines_height(self) -> int:
        margins = self.contentsMargins()
        document = int(2 * self.document().documentMargin())
        return (
            self.fontMetrics().lineSpacing() * ENTRY_LINES
            + document
            + margins.top()
            + (margins.bottom())
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._lines_height())

    def sizeHint(self) -> QSize:
        # Five lines: the round-table list above takes the rest of the height.
        return QSize(super().sizeHint().width(), self._lines_height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.next_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class RoundTablePanel(QWidget):
    """The round-table list in seating order and the editor of the selected member's entry.

    `save(entry_id, name, data)` is called for every change worth keeping.
    """

    def __init__(
        self, save: Callable[[int, str, EntryInput], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._entry: RoundTableLine | None = None
        self._dirty = False
        self._loading = False

        self.model = RowsModel(
            "MinutesView",
            [
                Column(
                    QT_TRANSLATE_NOOP("MinutesView", "#"),
                    lambda r: str(r.position + 1),
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("MinutesView", "Member"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("MinutesView", "What they said"),
                    lambda r: _first_line(r.text),
                    tooltip=lambda r: r.text or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("MinutesView", "Sharing"),
                    lambda r: confidentiality_label(r.level),
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Round table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.who = plain_label()  # the member's name and company
        font = self.who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.who.setFont(font)
        self.text = EntryText()
        self.text.setAccessibleName(self.tr("What the member said"))
        self.text.setPlaceholderText(
            self.tr("What occupies them right now… (Enter: next member, Shift+Enter: new line)")
        )
        self.text.setTabChangesFocus(True)
        self.topics = QLineEdit()
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setPlaceholderText(self.tr("Topics, separated by commas"))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("May be shared"))
        for level in Confidentiality:
            self.level.addItem(confidentiality_label(level), level.value)
        # Topics and sharing on one row, the save state beside the name: the height is the
        # list's and the words'.
        form = QHBoxLayout()
        topics_label = QLabel(self.tr("T&opics:"))
        topics_label.setBuddy(self.topics)
        level_label = QLabel(self.tr("Sh&aring:"))
        level_label.setBuddy(self.level)
        form.addWidget(topics_label)
        form.addWidget(self.topics, 1)
        form.addSpacing(12)
        form.addWidget(level_label)
        form.addWidget(self.level)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Save state"))
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.saved_note)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(who_row)
        editor_layout.addWidget(self.text, 1)
        editor_layout.addLayout(form)
        self.editor = editor

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._edited)
        self.topics.textEdited.connect(lambda _text: self._edited())
        self.topics.editingFinished.connect(self.flush)
        self.level.activated.connect(lambda _index: self._level_chosen())
        self.text.next_requested.connect(self.next_member)
        self.text.left.connect(self.flush)
        self._show_entry(None)

    # -- data -----------------------------------------------------------------------------
    def set_entries(self, entries: list[RoundTableLine]) -> None:
        """Show the entries (after any change); the editor keeps unsaved typing."""
        current = self._entry.id if self._entry else None
        self.model.set_rows(entries)
        if current is None and entries:
            current = entries[0].id
        row = next((n for n, e in enumerate(entries) if e.id == current), -1)
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            fresh = entries[row]
            if not self._dirty and (self._entry is None or fresh != self._entry):
                self._show_entry(fresh)
        else:
            self._show_entry(None)

    def current_entry(self) -> RoundTableLine | None:
        return self._entry

    def _selection_changed(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.row_at(index.row()) if index.isValid() else None
        if entry is not None and self._entry is not None and entry.id == self._entry.id:
            return
        self.flush()
        self._show_entry(entry)

    def _show_entry(self, entry: RoundTableLine | None) -> None:
        self._loading = True
        self._entry = entry
        self._dirty = False
        self.editor.setEnabled(entry is not None)
        if entry is None:
            self.who.setText(self.tr("Choose a member in the list"))
            self.text.setPlainText("")
            self.topics.clear()
            self.level.setCurrentIndex(0)
        else:
            who = entry.name + (f" ({entry.organisation})" if entry.organisation else "")
            self.who.setText(who)
            if self.text.toPlainText() != entry.text:
                self.text.setPlainText(entry.text)
                self.text.moveCursor(self.text.textCursor().MoveOperation.End)
            self.topics.setText(", ".join(entry.topics))
            self.level.setCurrentIndex(max(0, self.level.findData(entry.level.value)))
        self.saved_note.clear()
        self._loading = False

    def entry_input(self) -> EntryInput:
        return EntryInput(
            text=self.text.toPlainText().strip(),
            topics=split_tags(self.topics.text()),
            level=Confidentiality(self.level.currentData()),
        )

    # -- saving ---------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self._entry is None:
            return
        self._dirty = True
        self.saved_note.setText(self.tr("Typing…"))
        self.timer.start()

    def _level_chosen(self) -> None:
        if self._entry is not None and not self._loading:
            self._dirty = True
            self.flush()

    def flush(self) -> None:
        """Save what the editor holds now, if it differs from what is stored."""
        self.timer.stop()
        entry = self._entry
        if entry is None or not self._dirty:
            return
        self._dirty = False
        data = self.entry_input()
        if data == EntryInput(entry.text, entry.topics, entry.level):
            self.saved_note.setText(self.tr("Saved"))
            return
        self._entry = RoundTableLine(
            entry.id,
            entry.person_id,
            entry.name,
            entry.organisation,
            entry.position,
            data.text,
            data.topics,
            data.level,
        )
        self._save(entry.id, entry.name, data)
        self.saved_note.setText(self.tr("Saved"))

    def flush_edits(self) -> None:
        """Save what is typed now, without waiting for the pause (the database is about to be
        locked: `ui/encryption/lock.py`)."""
        self.flush()

    def next_member(self) -> None:
        """Save, then continue with the next member in the seating order."""
        self.flush()
        index = self.table.currentIndex()
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(index.row() + 1, 1))
        self.text.setFocus()
