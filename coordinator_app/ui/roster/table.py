"""The member table as the roster lays it out, shared with the start's preview (PySide6 only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from coordinator_app.ui.roster.model import RosterTableModel


def member_table(model: RosterTableModel, parent: QWidget | None = None) -> QTableView:
    """A table of `model`'s members: sorted by name, whole rows selected, cells not editable."""
    table = QTableView(parent)
    table.setAccessibleName(QCoreApplication.translate("RosterView", "Members"))
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(RosterTableModel.NAME, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(RosterTableModel.EXPERTISE, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their texts (measured up to 500 rows: slow beyond), 80–220 px."""
    model = table.model()
    if model.rowCount() <= 500:
        table.resizeColumnsToContents()
    for column in range(model.columnCount()):
        width = table.columnWidth(column)
        table.setColumnWidth(column, min(max(width, 80), 220))


def table_beside_details(table: QTableView, details: QWidget) -> QSplitter:
    """The member table with the details pane to its right (300 px at least)."""
    details.setMinimumWidth(300)
    splitter = QSplitter()
    splitter.addWidget(table)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([1000, 340])
    return splitter
