"""The meeting selector's model: a group's meetings as "date · theme · host"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.services.planner import MeetingRow
from coordinator_app.ui.labels import meeting_status_label
from coordinator_app.ui.qt_types import Index

_DISPLAY = Qt.ItemDataRole.DisplayRole
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingChoiceModel(QAbstractListModel):
    """The group's meetings for the meeting selector: date, theme and host."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []
        self._language = language

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def meeting_at(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == MEETING_ID_ROLE:
            return row.id
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            parts = [format_short_date(row.date, self._language)]
            if row.theme:
                parts.append(row.theme)
            if row.host_name:
                parts.append(row.host_name)
            if row.status is MeetingStatus.CANCELLED:
                parts.append(meeting_status_label(row.status))
            return " · ".join(parts)
        return None
