"""A table model over a list of plain rows, described by its columns.

For the many small read-mostly tables (sign-ups, checklist, host rotation): each column says
how it shows a row and, if editable, how an edit is saved. Edits are handed to `on_edit` on the
next turn of the event loop, since saving reloads the model and the view must first close its
cell editor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QFont

from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.theme import Tone, color

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole

Row = Any


@dataclass(frozen=True)
class Column:
    """One column: its header (source text, translated in the model's context) and how a row
    shows in it."""

    header: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str | None] | None = None
    align_right: bool = False
    #: The value an editor starts from; None makes the column read-only.
    edit_value: Callable[[Row], Any] | None = None
    #: A checkbox in the cell (True/False), toggled by the user when `on_edit` is given.
    checked: Callable[[Row], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of any frozen dataclass, shown through `columns`."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        context: str,
        columns: Sequence[Column],
        *,
        on_edit: Callable[[Row, int, Any], None] | None = None,
        warn: Callable[[Row], bool] | None = None,
        muted: Callable[[Row], bool] | None = None,
        key: Callable[[Row], Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.columns = list(columns)
        self._rows: list[Row] = []
        self._on_edit = on_edit
        self._warn = warn
        self._muted = muted
        self._key = key
        self._warn_brush = QBrush(color(Tone.ERROR))
        self._muted_brush = QBrush(color(Tone.MUTED))
        self._bold = QFont()
        self._bold.setBold(True)
        self.read_only = False

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows`. With a `key`, the same rows in the same order are updated in place, so
        that the selection and an open cell editor survive a reload."""
        new = list(rows)
        if (
            self._key is not None
            and self._rows
            and [self._key(r) for r in new] == [self._key(r) for r in self._rows]
        ):
            changed = [
                n for n, (old, row) in enumerate(zip(self._rows, new, strict=True)) if old != row
            ]
            self._rows = new
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate(self._context, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == _EDIT and column.edit_value is not None:
            return column.edit_value(row)
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(row)
            return None if tip is None else as_text(tip)  # a tooltip guesses HTML
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._warn is not None and self._warn(row):
                return self._warn_brush
            if self._muted is not None and self._muted(row):
                return self._muted_brush
        if role == Qt.ItemDataRole.FontRole and self._warn is not None and self._warn(row):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self._on_edit is None or self.read_only:
            return flags
        column = self.columns[index.column()]
        if column.checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column.edit_value is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or self._on_edit is None or self.read_only:
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != _EDIT or column.edit_value is None or value == column.edit_value(row):
            return False
        on_edit = self._on_edit
        column_number = index.column()
        QTimer.singleShot(0, lambda: on_edit(row, column_number, value))
        return True
