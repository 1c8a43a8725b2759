"""The small tables and button rows the views are built from."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
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


def header_room(header: QHeaderView, section: int) -> int:
    """The width a column needs for its header text (margins and sort arrow included)."""
    return header.sectionSizeFromContents(section).width()


class FillWithFirstColumns(QObject):
    """Keeps the first `count` columns of a narrow table exactly as wide as its viewport: the
    first column takes what the others leave (its texts elided, never less than its header),
    so that the table's edge never cuts through a column header; later columns scroll in."""

    def __init__(self, table: QTableView, count: int) -> None:
        super().__init__(table)
        self.table = table
        self.count = count
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setWordWrap(False)  # a long name is elided, not wrapped onto a second line
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        model = table.model()
        model.modelReset.connect(self.fit_later)
        model.layoutChanged.connect(self.fit_later)
        model.rowsInserted.connect(self.fit_later)
        self._pending = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if 0 < section < self.count:
            self.fit_later()

    def fit_later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        header = self.table.horizontalHeader()
        if header.count() < self.count:
            return
        others = sum(header.sectionSize(column) for column in range(1, self.count))
        room = self.table.viewport().width() - others
        wanted = max(header_room(header, 0), room)
        if header.sectionSize(0) != wanted:
            header.resizeSection(0, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: while the table is destroyed, its viewport still gets events,
        # and the table must not be asked anything then.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False
