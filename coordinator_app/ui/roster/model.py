"""The roster table model: filters and sorts inside the model (no proxy over Python rows)."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from contextlib import suppress
from itertools import compress, repeat
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.collation import sort_key, sort_text
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
    """The members of a group; the visible rows are a filtered, sorted view of all rows.

    Built for 100,000 members: filtering and sorting run in C loops over plain lists (`map`,
    `compress`, `sorted` with list lookups as keys), never a Python loop per row. The filter
    is a byte mask over all rows (one `in` per row for the word just typed); each column's
    ascending order is computed once, as a stable sort of the name order by the column's
    values, each distinct value folded once.
    """

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
        self._haystacks: list[str] = []  # per row of _all: what the filter searches
        # The same texts in ascending order of _haystack_column (the sort column), so that the
        # filter reads them in the order it keeps them.
        self._ordered_haystacks: list[str] = []
        self._haystack_column = self.NAME
        self._visible: list[int] = []  # indexes into _all, as shown
        self._filter = ""
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._orders: dict[int, list[int]] = {}  # per column: indexes into _all, ascending
        # The rows the filter keeps (indexes into _all, ascending by the sort column) and their
        # search texts; None when there is no filter.
        self._kept: list[int] | None = None
        self._kept_haystacks: list[str] = []
        # What the filter kept for each prefix of the current filter text (in the same sort
        # column's order), shortest first: deleting the last letters of a search restores
        # them instead of filtering all rows again.
        self._narrowed: list[tuple[str, list[int], list[str]]] = []
        self._person_index: dict[int, int] | None = None
        self._getters: tuple[Callable[[MemberRow], str], ...] = (
            lambda r: r.name,
            lambda r: r.company,
            lambda r: r.title,
            lambda r: r.industry,
            lambda r: r.email,
            lambda r: r.phone,
            lambda r: ", ".join(r.expertise),
            lambda r: format_short_date(r.member_since, self._language) if r.member_since else "",
        )
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
        self._orders = {}
        self._person_index = None
        # Made in name order (the usual sort), so that they lie in memory in the order the
        # filter reads them: scanning 100,000 texts is then twice as fast.
        by_name = self._order(self.NAME)
        self._ordered_haystacks = [_haystack(self._all[i]) for i in by_name]
        self._haystack_column = self.NAME
        self._haystacks = [""] * len(self._all)
        for index, haystack in zip(by_name, self._ordered_haystacks, strict=True):
            self._haystacks[index] = haystack
        self._refilter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only members whose name, company, industry or expertise contain every word."""
        text = text.casefold().strip()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        narrowed = self._narrowed
        while narrowed and not text.startswith(narrowed[-1][0]):
            narrowed.pop()
        if not text or not narrowed:
            self._refilter()
        elif narrowed[-1][0] == text:  # a letter deleted: what was kept for this text before
            _text, self._kept, self._kept_haystacks = narrowed[-1]
        else:
            # Typing on only narrows: every word of the shorter text is, or begins, a word of
            # this one, so the rows to keep are among those kept for it, holding the new words.
            before, self._kept, self._kept_haystacks = narrowed[-1]
            known = set(before.split())
            for word in text.split():
                if word not in known:
                    self._keep_with(word)
            self._remember_kept()
        self._visible = self._in_order(self._kept)
        self.endResetModel()

    def _remember_kept(self) -> None:
        """Note what the filter kept for the current filter text (see `_narrowed`)."""
        if self._kept is None:
            self._narrowed = []
            return
        self._narrowed.append((self._filter, self._kept, self._kept_haystacks))
        if len(self._narrowed) > _MAX_NARROWED:
            del self._narrowed[0]  # the oldest holds the most rows

    def _refilter(self) -> None:
        """Apply the filter to all rows, in the order of the sort column."""
        words = self._filter.split()
        order = self._order(self._sort_column)
        if self._haystack_column != self._sort_column:
            self._ordered_haystacks = list(map(self._haystacks.__getitem__, order))
            self._haystack_column = self._sort_column
        if words:
            self._kept = order
            self._kept_haystacks = self._ordered_haystacks
            for word in words:
                self._keep_with(word)
        else:
            self._kept, self._kept_haystacks = None, []
        self._narrowed = []
        self._remember_kept()
        self._visible = self._in_order(self._kept)

    def _keep_with(self, word: str) -> None:
        """Keep only the kept rows that hold `word`: one `in` per row, in a C loop."""
        assert self._kept is not None
        found = bytes(map(operator.contains, self._kept_haystacks, repeat(word)))
        self._kept = list(compress(self._kept, found))
        self._kept_haystacks = list(compress(self._kept_haystacks, found))

    def _in_order(self, rows: list[int] | None) -> list[int]:
        """`rows` (ascending by the sort column; None: all rows) in the sort order."""
        ascending = self._order(self._sort_column) if rows is None else rows
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return ascending[::-1]
        return ascending  # never changed in place: the cached order can be shared

    def _order(self, column: int) -> list[int]:
        """The rows in ascending order of `column` (empty cells last, ties by name); cached."""
        if column not in self._orders:
            self._orders[column] = self._sorted(column)
        return self._orders[column]

    def _sorted(self, column: int) -> list[int]:
        lang, rows = self._language, self._all
        if column == self.NAME:
            keys = [sort_text(r.name, lang) for r in rows]
            return sorted(range(len(rows)), key=keys.__getitem__)
        by_name = self._order(self.NAME)
        # A stable sort of the name order keeps ties in name order.
        if column == self.MEMBER_SINCE:
            days = [(r.member_since or dt.date.min).toordinal() for r in rows]
            return sorted(by_name, key=days.__getitem__)
        values = list(map(self._getters[column], rows))
        distinct = set(values)
        distinct.discard("")
        folded = {value: sort_text(value, lang) for value in distinct}  # each value once
        folded[""] = _LAST  # empty cells go last
        if len(distinct) > len(values) // 4:
            keys = list(map(folded.__getitem__, values))
            return sorted(by_name, key=keys.__getitem__)
        # Few distinct values (companies, titles): sort those, then the rows by rank.
        ranked = sorted(folded, key=folded.__getitem__)
        rank = dict(zip(ranked, range(len(ranked)), strict=True))
        ranks = list(map(rank.__getitem__, values))
        return sorted(by_name, key=ranks.__getitem__)

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
            return self._getters[column](row)
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
        realign = column != self._sort_column
        self._sort_column = column
        self._sort_order = order
        if realign:
            self._refilter()  # the kept rows in the new column's order
        else:
            self._visible = self._in_order(self._kept)
        # Keep the selection on the same members after they move.
        position = self._positions(set(old_rows))
        self.changePersistentIndexList(
            old,
            [
                self.index(position[r], i.column()) if r in position else QModelIndex()
                for i, r in zip(old, old_rows, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _positions(self, rows: set[int]) -> dict[int, int]:
        """Where each of `rows` (indexes into _all) is among the visible rows, if it is."""
        if len(rows) > 16:
            return {row: pos for pos, row in enumerate(self._visible) if row in rows}
        found: dict[int, int] = {}
        for row in rows:
            with suppress(ValueError):
                found[row] = self._visible.index(row)
        return found

    # -- helpers for the view -----------------------------------------------------------------
    def member_at(self, row: int) -> MemberRow:
        return self._all[self._visible[row]]

    def row_of(self, person_id: int) -> int | None:
        if self._person_index is None:
            self._person_index = {r.person_id: n for n, r in enumerate(self._all)}
        index = self._person_index.get(person_id)
        return None if index is None else self._positions({index}).get(index)

    def companies(self) -> list[str]:
        """The members' current companies, each once, sorted."""
        names = {r.company for r in self._all if r.company}
        return sorted(names, key=lambda n: sort_key(n, self._language))

    @property
    def total(self) -> int:
        return len(self._all)


def _haystack(row: MemberRow) -> str:
    """What the filter searches: name, company, industry and expertise, case-folded."""
    return "\n".join((row.name, row.company, row.industry, " ".join(row.expertise))).casefold()


# How many filter results `_narrowed` holds at most (a long search text holds few rows each).
_MAX_NARROWED = 32

# Sorts after every folded text: where empty cells go.
_LAST = "\U0010ffff"
