"""The keyboard shortcut overview (F1 or Ctrl+/), built from the window's own actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.ui.qt_types import Index

_DISPLAY = Qt.ItemDataRole.DisplayRole


class ShortcutModel(QAbstractTableModel):
    """Action names and their shortcuts, as the user's platform writes them."""

    def __init__(self, actions: list[QAction], parent: Any = None) -> None:
        super().__init__(parent)
        rows: dict[str, str] = {}
        for action in actions:
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if keys and name:
                rows[name.rstrip("…")] = ", ".join(keys)
        self._rows = sorted(rows.items())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Action"), self.tr("Shortcut"))[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if index.isValid() and role == _DISPLAY:
            return self._rows[index.row()][index.column()]
        return None


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(440, 420)
        table = QTableView()
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setModel(ShortcutModel(actions, self))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
