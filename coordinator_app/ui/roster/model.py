"""The roster table model: filters and sorts inside the model (no proxy over Python rows)."""

from __future__ import annotations

import datetime as dt
import operator
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.collation import (
    primary_texts,
    search_query,
    search_texts,
    sort_key,
    sort_texts,
)
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
    ascending order is computed once, as a stable sort of the name order by the rank of each
    row's value among the column's distinct values, each folded once (see `_sorted`).
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
    # A filter applied in slices (see `set_filter`) has now been applied to every row.
    filtered = Signal()
    # Filtering more rows than this is done in slices.
    SLICED_ABOVE = 8_000

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
        # The filter being applied in slices (see `set_filter`); its rows found so far are the
        # visible rows.
        self._pass: _FilterPass | None = None
        self._pass_timer = QTimer(self)
        self._pass_timer.setSingleShot(True)
        self._pass_timer.setInterval(0)
        self._pass_timer.timeout.connect(self._continue_pass)
        # Lists of replaced rows being let go of (see `_release_later`); nothing else refers
        # to them.
        self._trash: list[list[Any]] = []
        self._trash_timer = QTimer(self)
        self._trash_timer.setSingleShot(True)
        self._trash_timer.setInterval(0)
        self._trash_timer.timeout.connect(self._take_out_trash)
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
        self.set_data(prepare_rows(rows, self._language))

    def set_data(self, data: RosterData) -> None:
        """Replace all rows by rows prepared with `prepare_rows` (also off the UI thread)."""
        self.beginResetModel()
        old: list[list[Any]] = [
            self._all,
            self._haystacks,
            self._ordered_haystacks,
            *self._orders.values(),
        ]
        long_roster = len(self._all) > self.SLICED_ABOVE
        self._all = data.rows
        self._orders = dict(data.orders)
        self._person_index = None
        self._ordered_haystacks = data.haystacks_by_name
        self._haystack_column = self.NAME
        self._haystacks = data.haystacks
        self._refilter()
        self.endResetModel()
        if long_roster:
            new = {id(data.rows), id(data.haystacks), id(data.haystacks_by_name)}
            new.update(map(id, data.orders.values()))
            self._release_later([item for item in old if id(item) not in new])

    def _release_later(self, old: list[list[Any]]) -> None:
        """Let go of the lists of replaced rows (nothing else refers to them) a slice at a time,
        from the event loop: freeing 100,000 rows, their texts and orders at once holds the
        window up for some 70 ms."""
        self._trash.extend(item for item in old if item)
        if self._trash:
            self._trash_timer.start()

    def _take_out_trash(self) -> None:
        trash = self._trash
        if trash:
            del trash[-1][-_RELEASE_SLICE:]
            if not trash[-1]:
                trash.pop()
        if trash:
            self._trash_timer.start()

    def set_filter(self, text: str) -> None:
        """Show only members whose name, company, title, industry, e-mail or expertise contain
        every word, however its letters are typed (`domain.collation.search_query`).

        On a long roster (more than `SLICED_ABOVE` rows to read) the filter is applied in
        slices, so that a keystroke never holds up the screen: this call reads rows for a few
        milliseconds, which fills the table's first screen, and the rest follow from the event
        loop (`rowsInserted`, then `filtered`), unless `finish_filtering` is called first.
        """
        # Folded: a longer text folds to one beginning with the shorter one's folding, so that
        # typing on still only narrows what was kept.
        text = search_query(text)
        if text == self._filter:
            return
        self.beginResetModel()
        unfinished, self._pass = self._pass, None
        self._pass_timer.stop()
        self._filter = text
        narrowed = self._narrowed
        while narrowed and not text.startswith(narrowed[-1][0]):
            narrowed.pop()
        if not text:
            self._kept, self._kept_haystacks, self._narrowed = None, [], []
            self._visible = self._in_order(None)
        elif narrowed and narrowed[-1][0] == text:  # a letter deleted: what was kept before
            _text, self._kept, self._kept_haystacks = narrowed[-1]
            self._visible = self._in_order(self._kept)
        else:
            self._start_pass(self._candidates(text, unfinished), _KEYSTROKE_SHARE)
        self.endResetModel()

    @property
    def filtering(self) -> bool:
        """Whether the filter is still being applied to the rest of the rows (see `set_filter`)."""
        return self._pass is not None

    def finish_filtering(self) -> None:
        """Apply the filter being applied in slices to all the remaining rows now."""
        self._pass_timer.stop()
        self._continue_pass(every_row=True)

    def _continue_pass(self, every_row: bool = False) -> None:
        """Read the filter pass's next slices (for `_SLICE_SHARE` seconds), or every row left."""
        filter_pass = self._pass
        if filter_pass is None:
            return
        share = None if every_row else _SLICE_SHARE
        self._show_found(filter_pass, *self._advance(filter_pass, share))
        if filter_pass.segments:
            self._pass_timer.start()
        else:
            self._finish_pass()
            self.filtered.emit()

    def _show_found(self, filter_pass: _FilterPass, rows: list[int], haystacks: list[str]) -> None:
        """Add rows the filter pass found to the end of the visible rows."""
        if not rows:
            return
        first = len(filter_pass.found)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        filter_pass.found.extend(rows)
        filter_pass.found_haystacks.extend(haystacks)
        self.endInsertRows()

    def _candidates(self, text: str, unfinished: _FilterPass | None) -> list[_Segment]:
        """The rows to read for `text`, in the order shown, and the words each must hold.

        Typing on only narrows: every word of a shorter text is, or begins, a word of this one,
        so the rows to keep are among those kept for it, holding the new words. A filter still
        being applied goes on where it was, with the new words added.
        """
        words = text.split()
        if unfinished is not None and text.startswith(unfinished.text):
            added = _new_words(unfinished.text, words)
            return [
                _Segment(unfinished.found, unfinished.found_haystacks, added),
                *(
                    _Segment(s.rows[s.done :], s.haystacks[s.done :], s.words + added)
                    for s in unfinished.segments
                ),
            ]
        if self._narrowed:  # only prefixes of `text` are left in it
            before, kept, haystacks = self._narrowed[-1]
            return [_Segment(*self._as_shown(kept, haystacks), _new_words(before, words))]
        return [_Segment(*self._as_shown(*self._all_in_sort_order()), words)]

    def _all_in_sort_order(self) -> tuple[list[int], list[str]]:
        """All rows ascending by the sort column, and their search texts in the same order."""
        order = self._order(self._sort_column)
        if self._haystack_column != self._sort_column:
            self._ordered_haystacks = list(map(self._haystacks.__getitem__, order))
            self._haystack_column = self._sort_column
        return order, self._ordered_haystacks

    def _as_shown(self, rows: list[int], haystacks: list[str]) -> tuple[list[int], list[str]]:
        """Rows ascending by the sort column, and their texts, in the order they are shown."""
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return rows[::-1], haystacks[::-1]
        return rows, haystacks

    def _start_pass(self, segments: list[_Segment], share: float | None) -> None:
        """Apply the filter to `segments`: all at once (`share` None, or few rows) or for
        `share` seconds now and the rest from the event loop."""
        filter_pass = _FilterPass(self._filter, segments)
        if share is not None and sum(len(s.rows) for s in segments) <= self.SLICED_ABOVE:
            share = None
        self._pass = filter_pass
        self._visible = filter_pass.found
        rows, haystacks = self._advance(filter_pass, share)
        filter_pass.found.extend(rows)
        filter_pass.found_haystacks.extend(haystacks)
        if filter_pass.segments:
            self._pass_timer.start()
        else:
            self._finish_pass()

    def _advance(
        self, filter_pass: _FilterPass, share: float | None
    ) -> tuple[list[int], list[str]]:
        """Read the pass's next rows for `share` seconds (None: all): the rows found, and their
        texts. One `in` per row and word, in C loops, a slice of rows at a time."""
        deadline = None if share is None else time.perf_counter() + share
        found: list[int] = []
        found_haystacks: list[str] = []
        segments = filter_pass.segments
        while segments:
            segment = segments[0]
            start = segment.done
            end = len(segment.rows) if deadline is None else min(start + _SLICE, len(segment.rows))
            rows, haystacks = segment.rows[start:end], segment.haystacks[start:end]
            for word in segment.words:
                mask = bytes(map(operator.contains, haystacks, repeat(word)))
                rows = list(compress(rows, mask))
                haystacks = list(compress(haystacks, mask))
            found.extend(rows)
            found_haystacks.extend(haystacks)
            segment.done = end
            if end == len(segment.rows):
                segments.pop(0)
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return found, found_haystacks

    def _finish_pass(self) -> None:
        """The pass read every row: what it found is what the filter keeps."""
        filter_pass, self._pass = self._pass, None
        assert filter_pass is not None
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        self._kept = filter_pass.found if ascending else filter_pass.found[::-1]
        self._kept_haystacks = (
            filter_pass.found_haystacks if ascending else filter_pass.found_haystacks[::-1]
        )
        self._remember_kept()

    def _remember_kept(self) -> None:
        """Note what the filter kept for the current filter text (see `_narrowed`)."""
        if self._kept is None:
            self._narrowed = []
            return
        self._narrowed.append((self._filter, self._kept, self._kept_haystacks))
        if len(self._narrowed) > _MAX_NARROWED:
            del self._narrowed[0]  # the oldest holds the most rows

    def _refilter(self) -> None:
        """Apply the filter to all rows at once, in the order of the sort column."""
        self._pass = None
        self._pass_timer.stop()
        self._narrowed = []
        words = self._filter.split()
        if not words:
            self._kept, self._kept_haystacks = None, []
            self._visible = self._in_order(None)
            return
        self._start_pass([_Segment(*self._as_shown(*self._all_in_sort_order()), words)], None)

    def _in_order(self, rows: list[int] | None) -> list[int]:
        """`rows` (ascending by the sort column; None: all rows) in the sort order."""
        ascending = self._order(self._sort_column) if rows is None else rows
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return ascending[::-1]
        return ascending  # never changed in place: the cached order can be shared

    def _order(self, column: int) -> list[int]:
        """The rows in ascending order of `column` (empty cells last, ties by name); cached."""
        if column not in self._orders:
            by_name = None if column == self.NAME else self._order(self.NAME)
            self._orders[column] = _column_order(self._all, column, self._language, by_name)
        return self._orders[column]

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
        self.finish_filtering()
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


@dataclass(frozen=True)
class RosterData:
    """Rows ready for `RosterTableModel.set_data`: plain Python, so it can be made on a worker
    thread. `orders` holds each column's ascending order computed so far (indexes into rows)."""

    rows: list[MemberRow]
    haystacks: list[str]  # per row: what the filter searches
    haystacks_by_name: list[str]  # the same texts in name order
    orders: dict[int, list[int]]


def prepare_rows(
    rows: Sequence[MemberRow], language: str, *, every_column: bool = False
) -> RosterData:
    """What the table needs of `rows`: their search texts and name order, and with
    `every_column` every column's order, so that no first sort has to compute one."""
    rows = list(rows)
    by_name = _column_order(rows, RosterTableModel.NAME, language, None)
    # Made in name order (the usual sort), so that they lie in memory in the order the filter
    # reads them: scanning 100,000 texts is then twice as fast.
    by_name_haystacks = _haystacks(list(map(rows.__getitem__, by_name)))
    haystacks = [""] * len(rows)
    for index, haystack in zip(by_name, by_name_haystacks, strict=True):
        haystacks[index] = haystack
    orders = {RosterTableModel.NAME: by_name}
    if every_column:
        for column in range(len(RosterTableModel.HEADERS)):
            if column not in orders:
                orders[column] = _column_order(rows, column, language, by_name)
    return RosterData(rows, haystacks, by_name_haystacks, orders)


def _column_order(
    rows: list[MemberRow], column: int, lang: str, by_name: list[int] | None
) -> list[int]:
    """Indexes of `rows` ascending by `column`, empty cells last; ties keep `by_name`, the name
    order (None only for the name column itself)."""
    if column == RosterTableModel.NAME:
        keys = sort_texts(map(_NAME, rows), lang)
        return sorted(range(len(rows)), key=keys.__getitem__)
    assert by_name is not None
    # A stable sort of the name order keeps ties in name order.
    if column == RosterTableModel.MEMBER_SINCE:
        days = [day or _NO_DAY for day in map(_MEMBER_SINCE, rows)]
        return sorted(by_name, key=days.__getitem__)
    values = _COLUMN_VALUES[column](rows)
    # Values that differ only in case or accents sort as equal (their rows then stay in name
    # order); empty cells go last.
    distinct = list(set(values))
    if len(distinct) * 2 > len(values):  # mostly distinct (e-mail, phone): fold them all
        keys = [key or _LAST for key in primary_texts(values, lang)]
        return sorted(by_name, key=keys.__getitem__)
    # Mostly repeated (company, title): fold and rank each distinct value once.
    primaries = primary_texts(distinct, lang)
    rank_of_primary = {key: rank for rank, key in enumerate(sorted(set(primaries)))}
    rank = dict(zip(distinct, map(rank_of_primary.__getitem__, primaries), strict=True))
    rank[""] = len(rank_of_primary)
    ranks = list(map(rank.__getitem__, values))
    return sorted(by_name, key=ranks.__getitem__)


_NAME = operator.attrgetter("name")
_MEMBER_SINCE = operator.attrgetter("member_since")
_NO_DAY = dt.date.min  # no date sorts first


def _texts(field: str) -> Callable[[Sequence[MemberRow]], list[str]]:
    get = operator.attrgetter(field)
    return lambda rows: list(map(get, rows))


# Each text column's cells (as `data` shows them) for all rows, in C loops.
_COLUMN_VALUES: dict[int, Callable[[Sequence[MemberRow]], list[str]]] = {
    RosterTableModel.COMPANY: _texts("company"),
    RosterTableModel.TITLE: _texts("title"),
    RosterTableModel.INDUSTRY: _texts("industry"),
    RosterTableModel.EMAIL: _texts("email"),
    RosterTableModel.PHONE: _texts("phone"),
    RosterTableModel.EXPERTISE: lambda rows: list(
        map(", ".join, map(operator.attrgetter("expertise"), rows))
    ),
}


# What the filter searches, per row: name, company, title, industry, e-mail and expertise.
_SEARCHED: tuple[Callable[[MemberRow], str], ...] = (
    operator.attrgetter("name"),
    operator.attrgetter("company"),
    operator.attrgetter("title"),
    operator.attrgetter("industry"),
    operator.attrgetter("email"),
    lambda row: " ".join(row.expertise),
)


def _haystacks(rows: list[MemberRow]) -> list[str]:
    """What the filter searches in each row: the `_SEARCHED` texts as `search_texts` folds them,
    one per line. Each distinct value is folded once (companies, titles and industries repeat
    a lot), and the rows' texts are joined in C loops."""
    folded_columns: list[Iterable[str]] = []
    for get in _SEARCHED:
        values = list(map(get, rows))
        distinct = list(set(values))
        if len(distinct) * 2 > len(values):  # mostly distinct (names, e-mail): fold them all
            folded_columns.append(search_texts(values))
            continue
        folded = dict(zip(distinct, search_texts(distinct), strict=True))
        folded_columns.append(map(folded.__getitem__, values))
    return list(map("\n".join, zip(*folded_columns, strict=True)))


@dataclass
class _Segment:
    """Rows for a filter pass to read (indexes into all rows, in the order shown), their search
    texts, the words each must hold to be kept, and how many have been read."""

    rows: list[int]
    haystacks: list[str]
    words: list[str]
    done: int = 0


@dataclass
class _FilterPass:
    """A filter being applied: the rows left to read and those kept so far (as shown)."""

    text: str
    segments: list[_Segment]
    found: list[int] = field(default_factory=list)
    found_haystacks: list[str] = field(default_factory=list)


def _new_words(before: str, words: list[str]) -> list[str]:
    """The words of a filter text that were not words of the shorter text `before`."""
    known = set(before.split())
    return [word for word in words if word not in known]


# Rows read per slice of a filter pass (about half a millisecond), and how long the keystroke
# itself and then each slice from the event loop may read, in seconds. The keystroke's share is
# small because repainting the table after it takes some 10 ms of the 16 ms of a frame; 10,000
# rows read fill the first screen for all but rare words, whose rows follow within a few frames.
_SLICE = 4096
_KEYSTROKE_SHARE = 0.0015
_SLICE_SHARE = 0.005

# How many items of a replaced list are let go of at a time (some 2 ms).
_RELEASE_SLICE = 10_000

# How many filter results `_narrowed` holds at most (a long search text holds few rows each).
_MAX_NARROWED = 32


# Sorts after every folded text: where empty cells go.
_LAST = "\U0010ffff"
