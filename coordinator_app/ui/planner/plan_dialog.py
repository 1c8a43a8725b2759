"""“Plan the year”: proposed dates the coordinator accepts, moves or drops, each with a host
proposed in the order of the host rotation, then creates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_short_date, iso_week, weekday_name
from coordinator_app.domain.logistics import HostCandidate
from coordinator_app.domain.planning import DateWarning, Proposal, rotate_hosts
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.forms import from_qdate, to_qdate
from coordinator_app.ui.labels import date_warning_text, weekday_labels
from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.planner.meeting_dialog import date_format
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.theme import Tone, color

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole

Propose = Callable[[int, int], list[Proposal]]
WarningsFor = Callable[[dt.date, list[dt.date]], list[DateWarning]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass
class _Row:
    date: dt.date
    use: bool
    warnings: list[DateWarning]
    host_id: int | None = None


class ProposalModel(QAbstractTableModel):
    """The proposed dates: a tick to use each, the date (editable), its day, week, host
    (editable) and warnings."""

    USE, DATE, DAY, WEEK, HOST, WARNINGS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProposalModel", "Include"),
        QT_TRANSLATE_NOOP("ProposalModel", "Date"),
        QT_TRANSLATE_NOOP("ProposalModel", "Day"),
        QT_TRANSLATE_NOOP("ProposalModel", "Week"),
        QT_TRANSLATE_NOOP("ProposalModel", "Host"),
        QT_TRANSLATE_NOOP("ProposalModel", "Conflicts"),
    )

    def __init__(
        self,
        warnings_for: WarningsFor,
        language: str,
        parent: Any = None,
        *,
        hosts: Sequence[HostCandidate] = (),
    ) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._warnings_for = warnings_for
        self._language = language
        #: The companies that can host, in the order of the rotation.
        self.hosts = list(hosts)
        self._host_names = {h.organisation_id: h.name for h in self.hosts}

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        hosts = rotate_hosts([p.date for p in proposals], self.hosts)
        self.beginResetModel()
        self._rows = [
            _Row(p.date, True, list(p.warnings), host.organisation_id if host else None)
            for p, host in zip(proposals, hosts, strict=True)
        ]
        self.endResetModel()

    def chosen_dates(self) -> list[dt.date]:
        return sorted(r.date for r in self._rows if r.use)

    def chosen_meetings(self) -> list[tuple[dt.date, int | None]]:
        """(date, host id or None) of each ticked proposal, by date."""
        return sorted((r.date, r.host_id) for r in self._rows if r.use)

    def host_choices(self) -> list[tuple[str, str]]:
        """The host column's choices: none yet, then the companies in rotation order."""
        none = QCoreApplication.translate("ProposalModel", "No host yet")
        return [("", none)] + [(str(h.organisation_id), h.name) for h in self.hosts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("ProposalModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _CHECK and column == self.USE:
            return Qt.CheckState.Checked if row.use else Qt.CheckState.Unchecked
        if role == _EDIT and column == self.DATE:
            return to_qdate(row.date)
        if role == _EDIT and column == self.HOST:
            return "" if row.host_id is None else str(row.host_id)
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.DATE:
                return format_short_date(row.date, self._language)
            if column == self.DAY:
                return weekday_name(row.date, self._language)
            if column == self.WEEK:
                return str(iso_week(row.date))
            if column == self.HOST:
                if row.host_id is None:
                    return QCoreApplication.translate("ProposalModel", "No host yet")
                name = self._host_names.get(row.host_id, "")
                return as_text(name) if role == Qt.ItemDataRole.ToolTipRole else name
            if column == self.WARNINGS:
                if not row.warnings:
                    return QCoreApplication.translate("ProposalModel", "No conflicts")
                return " ".join(date_warning_text(w, self._language) for w in row.warnings)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WARNINGS:
            return QBrush(color(Tone.WARNING if row.warnings else Tone.SUCCESS))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.USE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == self.DATE or (index.column() == self.HOST and self.hosts):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if role == _CHECK and index.column() == self.USE:
            row.use = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == _EDIT and index.column() == self.DATE and isinstance(value, QDate):
            row.date = from_qdate(value)
        elif role == _EDIT and index.column() == self.HOST:
            host = str(value or "")
            if host and (not host.isdigit() or int(host) not in self._host_names):
                return False
            row.host_id = int(host) if host else None
            self.dataChanged.emit(index, index)
            return True
        else:
            return False
        self._recheck()
        return True

    def _recheck(self) -> None:
        """Warnings depend on the other chosen dates, so every row is checked again."""
        for n, row in enumerate(self._rows):
            others = [r.date for m, r in enumerate(self._rows) if m != n and r.use]
            row.warnings = self._warnings_for(row.date, others)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.WARNINGS))


class _DateDelegate(QStyledItemDelegate):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(date_format(self._language))
        editor.setAccessibleName(QCoreApplication.translate("ProposalModel", "Date"))
        return editor


class PlanYearDialog(QDialog):
    """Propose the year's dates on a weekday; the coordinator ticks, moves and creates them."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        year: int,
        existing: int,
        propose: Propose,
        warnings_for: WarningsFor,
        language: str,
        hosts: Sequence[HostCandidate] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan %1").replace("%1", str(year)))
        self._propose = propose
        intro = QLabel(
            self.tr(
                "Dates spread evenly over %1, avoiding public holidays, school holidays and "
                "the group's other meetings. Untick a date to leave it out, or double-click it "
                "to move it."
            ).replace("%1", str(year))
        )
        intro.setWordWrap(True)
        if hosts:
            intro.setText(
                intro.text()
                + " "
                + self.tr(
                    "Each date's host is proposed in the order of the host rotation; "
                    "double-click it to choose another."
                )
            )
        if existing:
            intro.setText(
                intro.text()
                + " "
                + self.tr("The group already has %n meeting(s) in %1.", "", existing).replace(
                    "%1", str(year)
                )
            )

        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Weekday"))
        for n, name in enumerate(weekday_labels()[:5]):
            self.weekday.addItem(name, n)
        self.weekday.setCurrentIndex(1)
        self.count = QSpinBox()
        self.count.setRange(1, 12)
        self.count.setValue(4)
        self.count.setAccessibleName(self.tr("Meetings per year"))
        weekday_label = QLabel(self.tr("&Weekday:"))
        weekday_label.setBuddy(self.weekday)
        count_label = QLabel(self.tr("&Meetings per year:"))
        count_label.setBuddy(self.count)
        options = QHBoxLayout()
        options.addWidget(weekday_label)
        options.addWidget(self.weekday)
        options.addSpacing(16)
        options.addWidget(count_label)
        options.addWidget(self.count)
        options.addStretch(1)

        self.model = ProposalModel(warnings_for, language, self, hosts=hosts)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposed dates"))
        self.table.setItemDelegateForColumn(ProposalModel.DATE, _DateDelegate(language, self))
        self.table.setItemDelegateForColumn(
            ProposalModel.HOST, ChoiceDelegate(self.model.host_choices(), self)
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        for column in range(ProposalModel.WARNINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProposalModel.WARNINGS, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Every part of the year already has a meeting."))
        self.empty.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("&Create meetings"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 380)

        self.weekday.currentIndexChanged.connect(self.refresh)
        self.count.valueChanged.connect(self.refresh)
        self.model.dataChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        proposals = self._propose(int(self.weekday.currentData()), self.count.value())
        self.model.set_proposals(proposals)
        self.empty.setVisible(not proposals)

    def _update_button(self) -> None:
        n = len(self.model.chosen_dates())
        self.create_button.setEnabled(n > 0)
        self.create_button.setText(self.tr("&Create %n meeting(s)", "", n))

    def chosen_dates(self) -> list[dt.date]:
        return self.model.chosen_dates()

    def chosen_meetings(self) -> list[tuple[dt.date, int | None]]:
        """(date, host id or None) of each meeting to create, by date."""
        return self.model.chosen_meetings()
