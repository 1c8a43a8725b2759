"""The roster table model: filters and sorts inside the model (no proxy over Python rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.roster import MemberRow
from coordinator_app.ui.qt_types import Index

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_USER = Qt.ItemDataRole.UserRole


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


class RosterTableModel(QAbstractTableModel):
    """The members of a group; the visible rows are a filtered, sorted view of all rows."""

    NAME, COMPANY, TITLE, INDUSTRY, EMAIL, PHONE, EXPERTISE, MEMBER_SINCE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterTableModel", "Name"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Company"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Title"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Industry"),
        QT_TRANSLATE_NOOP("RosterTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Phone"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Expertise"),
        QT_TRANSLATE_NOOP("RosterTableModel", "Member since"),
    )
    PERSON_ID_ROLE = _USER + 1

    def __init__(self, language: str = "da", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._all: list[MemberRow] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []  # indexes into _all
        self._filter = ""
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}
        self._former_brush = QBrush(
            QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        """Replace all rows, keeping the current filter and sort order."""
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = [
            "\n".join((r.name, r.company, r.industry, " ".join(r.expertise))).casefold()
            for r in self._all
        ]
        self._sort_keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only members whose name, company, industry or expertise contain every word."""
        text = text.casefold().strip()
        if text == self._filter:
            return
        self.beginResetModel()
        narrowing = bool(self._filter) and text.startswith(self._filter)
        self._filter = text
        if narrowing:
            # Typing on only narrows: rows hidden before stay hidden, and the order is kept.
            words, hay = text.split(), self._haystacks
            self._visible = [i for i in self._visible if all(w in hay[i] for w in words)]
        else:
            self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        words = self._filter.split()
        if words:
            hay = self._haystacks
            candidates = [i for i in range(len(hay)) if all(w in hay[i] for w in words)]
        else:
            candidates = list(range(len(self._all)))
        keys = self._keys(self._sort_column)
        candidates.sort(
            key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )
        return candidates

    def _keys(self, column: int) -> list[Any]:
        if column not in self._sort_keys:
            extract = self._sort_value(column)
            self._sort_keys[column] = [extract(r) for r in self._all]
        return self._sort_keys[column]

    def _sort_value(self, column: int) -> Callable[[MemberRow], Any]:
        lang = self._language
        if column == self.MEMBER_SINCE:
            return lambda r: (r.member_since or dt.date.min, sort_key(r.name, lang))
        field = self._text_getter(column)
        # Empty cells go last in ascending order; ties are broken by name.
        return lambda r: (not field(r), sort_key(field(r), lang), sort_key(r.name, lang))

    def _text_getter(self, column: int) -> Callable[[MemberRow], str]:
        getters: dict[int, Callable[[MemberRow], str]] = {
            self.NAME: lambda r: r.name,
            self.COMPANY: lambda r: r.company,
            self.TITLE: lambda r: r.title,
            self.INDUSTRY: lambda r: r.industry,
            self.EMAIL: lambda r: r.email,
            self.PHONE: lambda r: r.phone,
            self.EXPERTISE: lambda r: ", ".join(r.expertise),
            self.MEMBER_SINCE: lambda r: (
                format_short_date(r.member_since, self._language) if r.member_since else ""
            ),
        }
        return getters[column]

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("RosterTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._visible[index.row()]]
        column = index.column()
        if role == _DISPLAY:
            return self._text_getter(column)(row)
        if role == self.PERSON_ID_ROLE:
            return row.person_id
        if role == _TOOLTIP and not row.active and row.left_on is not None:
            return QCoreApplication.translate("RosterTableModel", "Left the group on %1").replace(
                "%1", format_short_date(row.left_on, self._language)
            )
        if role == _FOREGROUND and not row.active:
            return self._former_brush
        if role == _FONT and not row.active:
            return self._italic
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [self._visible[i.row()] for i in old]
        self._sort_column = column
        self._sort_order = order
        self._visible = self._compute_visible()
        # Keep the selection on the same members after they move.
        position = {row: pos for pos, row in enumerate(self._visible)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[r], i.column()) if r in position else QModelIndex()
                for i, r in zip(old, old_rows, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # -- helpers for the view -----------------------------------------------------------------
    def member_at(self, row: int) -> MemberRow:
        return self._all[self._visible[row]]

    def row_of(self, person_id: int) -> int | None:
        for position, index in enumerate(self._visible):
            if self._all[index].person_id == person_id:
                return position
        return None

    def companies(self) -> list[str]:
        """The members' current companies, each once, sorted."""
        names = {r.company for r in self._all if r.company}
        return sorted(names, key=lambda n: sort_key(n, self._language))

    @property
    def total(self) -> int:
        return len(self._all)
