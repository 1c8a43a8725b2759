"""The small tables and button rows the views are built from."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
)

EditTrigger = QAbstractItemView.EditTrigger

# Double-click, F2, or just start typing on a cell.
TYPE_TO_EDIT = EditTrigger.DoubleClicked | EditTrigger.EditKeyPressed | EditTrigger.AnyKeyPressed
# Double-click, F2, or a click on the selected cell (keys stay free for moving around).
CLICK_TO_EDIT = EditTrigger.DoubleClicked | EditTrigger.EditKeyPressed | EditTrigger.SelectedClicked


def rows_table(
    model: QAbstractItemModel, name: str, triggers: EditTrigger = TYPE_TO_EDIT
) -> QTableView:
    """A table of whole rows, one selected at a time, sized to its contents, named for screen
    readers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(triggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def action_buttons(*actions: QAction) -> QHBoxLayout:
    """A row of buttons for `actions`, left-aligned; each button follows its action."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        row.addWidget(button)
    row.addStretch(1)
    return row
