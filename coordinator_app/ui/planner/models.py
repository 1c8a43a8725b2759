"""Item models of the planner: the year's meetings, and one meeting's agenda (editable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.dates import format_short_date, iso_week, weekday_name
from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import MAX_DURATION_MINUTES, AgendaItemInput
from coordinator_app.services.planner import AgendaRow, MeetingRow
from coordinator_app.ui.labels import agenda_kind_label, meeting_status_label
from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.theme import Tone, color

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_USER = Qt.ItemDataRole.UserRole

AGENDA_MIME = "application/x-coordinator-agenda-row"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


def hhmm(value: dt.time) -> str:
    return f"{value:%H:%M}"


def _muted() -> QBrush:
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


class MeetingTableModel(QAbstractTableModel):
    """The meetings of one group and year, by date."""

    DATE, WEEKDAY, WEEK, TIME, THEME, HOST, STATUS, AGENDA = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Day"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Week"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Time"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Theme"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Host"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Agenda"),
    )
    MEETING_ID_ROLE = _USER + 1

    def __init__(self, language: str = "da", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[MeetingRow] = []
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._muted = _muted()
        self.warnings: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[MeetingRow], warnings: dict[int, list[str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.warnings = warnings
        self.endResetModel()

    def meeting_at(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("MeetingTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._text(row, column)
        if role == self.MEETING_ID_ROLE:
            return row.id
        if role == _TOOLTIP:
            warnings = self.warnings.get(row.id)
            if warnings and column in (self.DATE, self.WEEKDAY, self.WEEK):
                return "\n".join(warnings)
            if column == self.THEME and row.theme:
                return as_text(row.theme)
            if column == self.HOST and row.host_address:
                return as_text(f"{row.host_name}\n{row.host_address}")
            return None
        if role == _FONT and row.status is MeetingStatus.CANCELLED:
            return self._struck
        undecided = (column == self.THEME and not row.theme) or (
            column == self.HOST and not row.host_name
        )
        if role == _FONT and undecided:
            return self._italic
        if role == _FOREGROUND:
            if undecided or row.status in (MeetingStatus.CANCELLED, MeetingStatus.HELD):
                return self._muted
            if column == self.DATE and self.warnings.get(row.id):
                return QBrush(color(Tone.WARNING))
        if role == _ALIGN and column in (self.WEEK, self.AGENDA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: MeetingRow, column: int) -> str:
        if column == self.DATE:
            mark = " ⚠" if self.warnings.get(row.id) else ""
            return format_short_date(row.date, self._language) + mark
        if column == self.WEEKDAY:
            return weekday_name(row.date, self._language)
        if column == self.WEEK:
            return str(iso_week(row.date))
        if column == self.TIME:
            return f"{hhmm(row.start_time)}–{hhmm(row.end_time)}"
        if column == self.THEME:
            return row.theme or QCoreApplication.translate(
                "MeetingTableModel", "(theme not decided yet)"
            )
        if column == self.HOST:
            return row.host_name or QCoreApplication.translate("MeetingTableModel", "(no host yet)")
        if column == self.STATUS:
            return meeting_status_label(row.status)
        if column == self.AGENDA:
            return str(row.agenda_items)
        return ""


class AgendaTableModel(QAbstractTableModel):
    """One meeting's agenda. Start and end follow from the durations; the other cells edit.

    Edits go through `on_edit(item_id, new_fields)` and moves through `on_move(item_id, row)`,
    called on the next turn of the event loop; they save them as undoable commands, and the
    model is then reloaded from the database.
    """

    TIME, DURATION, TITLE, KIND, SPEAKER, ORGANISATION, NOTES = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaTableModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Speaker"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Notes"),
    )
    ITEM_ID_ROLE = _USER + 1
    SPEAKER_ID_ROLE = _USER + 2

    def __init__(
        self,
        on_edit: Callable[[int, AgendaItemInput], None],
        on_move: Callable[[int, int], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._on_edit = on_edit
        self._on_move = on_move
        self._end_of_day: dt.time | None = None
        self._muted = _muted()
        self._late = QBrush(color(Tone.ERROR))
        self.read_only = False

    def set_rows(self, rows: Sequence[AgendaRow], end_of_day: dt.time | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._end_of_day = end_of_day
        self.endResetModel()

    def item_at(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("AgendaTableModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return str(section + 1)
        return None

    def _runs_late(self, row: AgendaRow) -> bool:
        if self._end_of_day is None:
            return False
        return row.slot.day_offset > 0 or row.end > self._end_of_day

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        data = row.data
        if role in (_DISPLAY, _ACCESSIBLE):
            if column == self.TIME:
                return f"{hhmm(row.start)}–{hhmm(row.end)}"
            if column == self.DURATION:
                return str(data.duration_minutes)
            if column == self.TITLE:
                return data.title
            if column == self.KIND:
                return agenda_kind_label(data.kind)
            if column == self.SPEAKER:
                return data.speaker_name
            if column == self.ORGANISATION:
                return data.speaker_organisation
            if column == self.NOTES:
                return " ".join(data.notes.split())
        if role == _EDIT:
            if column == self.DURATION:
                return data.duration_minutes
            if column == self.TITLE:
                return data.title
            if column == self.KIND:
                return data.kind.value
            if column == self.SPEAKER:
                return data.speaker_name
            if column == self.ORGANISATION:
                return data.speaker_organisation
            if column == self.NOTES:
                return data.notes
        if role == self.ITEM_ID_ROLE:
            return row.id
        if role == self.SPEAKER_ID_ROLE:
            return data.speaker_id
        if role == _FOREGROUND:
            if column == self.TIME and self._runs_late(row):
                return self._late
            if column == self.ORGANISATION and data.speaker_id is not None:
                return self._muted
        if role == _TOOLTIP:
            if column == self.TIME and self._runs_late(row):
                return QCoreApplication.translate(
                    "AgendaTableModel", "This item runs past the end of the day."
                )
            if column == self.NOTES and data.notes:
                return as_text(data.notes)
            if column == self.ORGANISATION and data.speaker_id is not None:
                return QCoreApplication.translate(
                    "AgendaTableModel", "The member's company, from the roster."
                )
        if role == _ALIGN and column in (self.TIME, self.DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        if self.read_only:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        column = index.column()
        if column == self.TIME:
            return base
        if column == self.ORGANISATION and self._rows[index.row()].data.speaker_id is not None:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or role != _EDIT or self.read_only:
            return False
        row = self._rows[index.row()]
        data = row.data
        column = index.column()
        new = data
        if column == self.DURATION:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            new = AgendaItemInput(**{**data.__dict__, "duration_minutes": minutes})
            if not 0 <= minutes <= MAX_DURATION_MINUTES:
                return False
        elif column == self.TITLE:
            new = AgendaItemInput(**{**data.__dict__, "title": str(value).strip()})
        elif column == self.KIND:
            try:
                new = AgendaItemInput(**{**data.__dict__, "kind": AgendaKind(str(value))})
            except ValueError:
                return False
        elif column == self.SPEAKER:
            new = self._with_speaker(data, value)
        elif column == self.ORGANISATION:
            new = AgendaItemInput(**{**data.__dict__, "speaker_organisation": str(value).strip()})
        elif column == self.NOTES:
            new = AgendaItemInput(**{**data.__dict__, "notes": str(value).strip()})
        if new == data:
            return False
        # Saving reloads the model; that must wait until the view has closed its cell editor,
        # so the save runs on the next turn of the event loop.
        QTimer.singleShot(0, lambda: self._on_edit(row.id, new))
        return True

    @staticmethod
    def _with_speaker(data: AgendaItemInput, value: Any) -> AgendaItemInput:
        """A member (value is a (person id, name, company) tuple) or a typed name."""
        fields = dict(data.__dict__)
        if isinstance(value, tuple):
            person_id, name, company = value
            fields.update(speaker_id=person_id, speaker_name=name, speaker_organisation=company)
        else:
            name = " ".join(str(value).split())
            if data.speaker_id is not None:
                # Typing over a member makes the speaker someone outside the roster.
                fields.update(speaker_id=None, speaker_organisation="")
            fields.update(speaker_name=name)
            if not name:
                fields.update(speaker_organisation="")
        return AgendaItemInput(**fields)

    # -- drag and drop: rows move within the agenda -----------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(AGENDA_MIME, QByteArray(str(self._rows[rows[0]].id).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self.read_only and data.hasFormat(AGENDA_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(AGENDA_MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        # Dropping below itself: the row leaves its place first, so the target shifts up.
        if target > source:
            target -= 1
        if target != source:
            QTimer.singleShot(0, lambda: self._on_move(item_id, target))
        # The move is saved and the model reloaded; Qt must not remove the source row itself.
        return False
