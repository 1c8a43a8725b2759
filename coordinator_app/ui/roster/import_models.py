"""Table models of the import dialog: column mapping, preview with actions, and problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from coordinator_app.domain.contacts import ParseProblem
from coordinator_app.exchange.csv_import import ContactField, CsvTable
from coordinator_app.services.contact_import import DuplicateAction, ImportPlan
from coordinator_app.ui.messages import problem_text
from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.qt_types import Index
from coordinator_app.ui.theme import Tone, color

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


def field_choices() -> list[tuple[str, str]]:
    """What a CSV column can be imported as, with translated labels."""
    labels = {
        ContactField.IGNORE: QCoreApplication.translate("ImportDialog", "(do not import)"),
        ContactField.FULL_NAME: QCoreApplication.translate("ImportDialog", "Full name"),
        ContactField.GIVEN_NAME: QCoreApplication.translate("ImportDialog", "First name"),
        ContactField.FAMILY_NAME: QCoreApplication.translate("ImportDialog", "Last name"),
        ContactField.EMAIL: QCoreApplication.translate("ImportDialog", "E-mail"),
        ContactField.PHONE: QCoreApplication.translate("ImportDialog", "Phone"),
        ContactField.ORGANISATION: QCoreApplication.translate("ImportDialog", "Company"),
        ContactField.TITLE: QCoreApplication.translate("ImportDialog", "Title"),
        ContactField.ADDRESS: QCoreApplication.translate("ImportDialog", "Address"),
        ContactField.NOTE: QCoreApplication.translate("ImportDialog", "Notes"),
        ContactField.INDUSTRY: QCoreApplication.translate("ImportDialog", "Industry"),
        ContactField.EXPERTISE: QCoreApplication.translate("ImportDialog", "Expertise"),
        ContactField.DIETARY_NEEDS: QCoreApplication.translate("ImportDialog", "Dietary needs"),
        ContactField.CONSENT: QCoreApplication.translate("ImportDialog", "Shares contact details"),
        ContactField.MEMBER_SINCE: QCoreApplication.translate("ImportDialog", "Member since"),
        ContactField.LEFT_ON: QCoreApplication.translate("ImportDialog", "Left"),
    }
    return [(field.value, labels[field]) for field in ContactField if field in labels]


def action_choices() -> list[tuple[str, str]]:
    return [
        (DuplicateAction.SKIP.value, QCoreApplication.translate("ImportDialog", "Skip")),
        (DuplicateAction.UPDATE.value, QCoreApplication.translate("ImportDialog", "Update")),
        (DuplicateAction.ADD.value, QCoreApplication.translate("ImportDialog", "Add as new")),
    ]


class MappingModel(QAbstractTableModel):
    """One row per CSV column: its header, an example value and what it is imported as."""

    def __init__(self, table: CsvTable, mapping: dict[int, ContactField], parent: Any = None):
        super().__init__(parent)
        self.table = table
        self.mapping = dict(mapping)
        self._examples = [
            next((cells[i] for _line, cells in table.rows if i < len(cells) and cells[i]), "")
            for i in range(len(table.header))
        ]
        self._labels = dict(field_choices())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.header)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "Example"),
                QCoreApplication.translate("ImportDialog", "Import as"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = self.mapping.get(row, ContactField.IGNORE)
        if column == 2 and role == _EDIT:
            return field.value
        if role != _DISPLAY:
            return None
        if column == 0:
            return self.table.header[row]
        if column == 1:
            example = self._examples[row].replace("\n", " ")
            return example if len(example) <= 60 else example[:59] + "…"
        return self._labels.get(field.value, field.value)

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if index.column() != 2 or role != _EDIT:
            return False
        field = ContactField(value)
        if field is ContactField.IGNORE:
            self.mapping.pop(index.row(), None)
        else:
            self.mapping[index.row()] = field
        self.dataChanged.emit(index, index)
        return True

    def has_name_or_email(self) -> bool:
        wanted = {
            ContactField.FULL_NAME,
            ContactField.GIVEN_NAME,
            ContactField.FAMILY_NAME,
            ContactField.EMAIL,
        }
        return bool(wanted & set(self.mapping.values()))


class PreviewModel(QAbstractTableModel):
    """What the import will do, one row per contact; duplicates get a choice of action."""

    LINE, NAME, EMAIL, COMPANY, TITLE, STATUS, ACTION = range(7)

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._labels = dict(action_choices())
        self._duplicate_brush = QBrush(color(Tone.WARNING))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                QCoreApplication.translate("ImportDialog", "Line"),
                QCoreApplication.translate("ImportDialog", "Name"),
                QCoreApplication.translate("ImportDialog", "E-mail"),
                QCoreApplication.translate("ImportDialog", "Company"),
                QCoreApplication.translate("ImportDialog", "Title"),
                QCoreApplication.translate("ImportDialog", "Status"),
                QCoreApplication.translate("ImportDialog", "Action"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.ACTION and self.plan.rows[index.row()].duplicate_name:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.plan.rows[index.row()]
        record = item.record
        column = index.column()
        if column == self.ACTION and role == _EDIT:
            return item.action.value
        if role == _FOREGROUND and column == self.STATUS and item.duplicate_name:
            return self._duplicate_brush
        if role == _TOOLTIP and column == self.EMAIL and len(record.emails) > 1:
            return as_text("\n".join(record.emails))
        if role != _DISPLAY:
            return None
        if column == self.LINE:
            return record.line
        if column == self.NAME:
            return record.full_name
        if column == self.EMAIL:
            return record.email
        if column == self.COMPANY:
            return record.organisation
        if column == self.TITLE:
            return record.title
        if column == self.STATUS:
            if item.is_duplicate:
                return QCoreApplication.translate("ImportDialog", "Already here: %1").replace(
                    "%1", item.duplicate_name
                )
            if item.duplicate_name:
                return QCoreApplication.translate("ImportDialog", "Repeated in the file")
            if item.joins is not None:  # an earlier import left them in no group
                return QCoreApplication.translate(
                    "ImportDialog", "In no group yet: joins this group"
                )
            return QCoreApplication.translate("ImportDialog", "New")
        return self._labels[item.action.value]

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if index.column() != self.ACTION or role != _EDIT:
            return False
        self.plan.with_action(index.row(), DuplicateAction(value))
        self.dataChanged.emit(index, index)
        return True

    def counts(self) -> dict[DuplicateAction, int]:
        counts = dict.fromkeys(DuplicateAction, 0)
        for row in self.plan.rows:
            counts[row.action] += 1
        return counts


class ProblemsModel(QAbstractTableModel):
    """Every problem found in the file, with its line."""

    def __init__(self, problems: list[ParseProblem], parent: Any = None) -> None:
        super().__init__(parent)
        self.problems = sorted(problems, key=lambda p: p.line)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                QCoreApplication.translate("ImportDialog", "Line"),
                QCoreApplication.translate("ImportDialog", "Problem"),
            )[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, _TOOLTIP):
            return None
        problem = self.problems[index.row()]
        if index.column() == 0:
            return problem.line
        text = problem_text(problem)  # may quote the file
        return as_text(text) if role == _TOOLTIP else text
