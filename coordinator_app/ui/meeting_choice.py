"""The meeting selector's model: a group's meetings as "date · theme · host"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

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


class MeetingBox(QComboBox):
    """The meeting selector of a view that works on one meeting at a time."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings = MeetingChoiceModel(language, self)
        self.setModel(self.meetings)
        self.setAccessibleName(self.tr("Meeting"))
        self.setMinimumContentsLength(40)

    def show_meetings(
        self,
        rows: list[MeetingRow],
        keep: int | None,
        default: Callable[[list[MeetingRow]], MeetingRow | None],
    ) -> int | None:
        """Offer `rows`, keeping the meeting `keep` if it is among them, else `default`'s
        choice; returns the chosen meeting's id. Changing rows does not count as a choice."""
        self.blockSignals(True)
        self.meetings.set_rows(rows)
        if keep is None or self.meetings.row_of(keep) < 0:
            chosen = default(rows)
            keep = chosen.id if chosen else None
        self.setCurrentIndex(self.meetings.row_of(keep) if keep is not None else -1)
        self.blockSignals(False)
        return keep

    def meeting(self, meeting_id: int | None) -> MeetingRow | None:
        """The offered meeting with this id, if any."""
        if meeting_id is None:
            return None
        return self.meetings.meeting_at(self.meetings.row_of(meeting_id))

    def rows(self) -> list[MeetingRow]:
        return [
            row
            for n in range(self.meetings.rowCount())
            if (row := self.meetings.meeting_at(n)) is not None
        ]
