"""The group selector's model and the dialog that adds a group."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from coordinator_app.services.groups import GroupSummary
from coordinator_app.ui.qt_types import Index

_DISPLAY = Qt.ItemDataRole.DisplayRole
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupListModel(QAbstractListModel):
    """The groups in the database, by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupSummary] = []

    def set_groups(self, groups: list[GroupSummary]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        if role == _DISPLAY:
            return group.name
        if role == GROUP_ID_ROLE:
            return group.id
        return None

    def row_of(self, group_id: int) -> int:
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                return row
        return -1

    def group_at(self, row: int) -> GroupSummary | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None
