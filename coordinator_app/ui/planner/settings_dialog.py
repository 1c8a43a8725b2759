"""Planner settings: which days to avoid (country, school holidays), the agenda template and the
checklist template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.enums import AgendaKind
from coordinator_app.domain.logistics import (
    ChecklistTemplate,
    ChecklistTemplateItem,
    default_checklist,
    validate_checklist_item,
)
from coordinator_app.domain.meetings import (
    MAX_DURATION_MINUTES,
    AgendaTemplate,
    TemplateItem,
    default_agenda_template,
)
from coordinator_app.domain.planning import (
    HolidayRules,
    format_weeks,
    parse_weeks,
    supported_countries,
)
from coordinator_app.ui.countries import countries_by_name, country_name
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.forms import FieldWithError
from coordinator_app.ui.labels import agenda_kind_label
from coordinator_app.ui.offsets import OffsetDelegate, offset_text
from coordinator_app.ui.qt_types import Index

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class _TemplateRows(QAbstractTableModel):
    """A template's rows in the settings: `items` in order, with rows added, removed and moved
    (the agenda template and the checklist template)."""

    HEADERS: tuple[str, ...] = ()
    items: list[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def insert(self, row: int, item: Any) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return False
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return True


class TemplateModel(_TemplateRows):
    """The agenda template's items: title, kind and minutes, all editable."""

    TITLE, KIND, MINUTES = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("TemplateModel", "Item"),
        QT_TRANSLATE_NOOP("TemplateModel", "Kind"),
        QT_TRANSLATE_NOOP("TemplateModel", "Minutes"),
    )

    def __init__(self, template: AgendaTemplate, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[TemplateItem] = list(template.items)

    def set_template(self, template: AgendaTemplate) -> None:
        self.beginResetModel()
        self.items = list(template.items)
        self.endResetModel()

    def template(self) -> AgendaTemplate:
        return AgendaTemplate(tuple(self.items))

    def total_minutes(self) -> int:
        return sum(i.duration_minutes for i in self.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("TemplateModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return (item.title, agenda_kind_label(item.kind), str(item.duration_minutes))[
                index.column()
            ]
        if role == _EDIT:
            return (item.title, item.kind.value, item.duration_minutes)[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or role != _EDIT:
            return False
        item = self.items[index.row()]
        if index.column() == self.TITLE:
            item = TemplateItem(" ".join(str(value).split()), item.kind, item.duration_minutes)
        elif index.column() == self.KIND:
            item = TemplateItem(item.title, AgendaKind(str(value)), item.duration_minutes)
        else:
            minutes = int(value)
            if not 0 <= minutes <= MAX_DURATION_MINUTES:
                return False
            item = TemplateItem(item.title, item.kind, minutes)
        self.items[index.row()] = item
        self.dataChanged.emit(index, index)
        return True


class ChecklistTemplateModel(_TemplateRows):
    """The checklist template's tasks: title and deadline (days from the meeting), editable."""

    TITLE, OFFSET = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistTemplateModel", "Task"),
        QT_TRANSLATE_NOOP("ChecklistTemplateModel", "When"),
    )

    def __init__(self, template: ChecklistTemplate, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ChecklistTemplateItem] = list(template.items)

    def set_template(self, template: ChecklistTemplate) -> None:
        self.beginResetModel()
        self.items = list(template.items)
        self.endResetModel()

    def template(self) -> ChecklistTemplate:
        return ChecklistTemplate(tuple(self.items))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("ChecklistTemplateModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return (item.title, offset_text(item.offset_days))[index.column()]
        if role == _EDIT:
            return (item.title, item.offset_days)[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or role != _EDIT:
            return False
        item = self.items[index.row()]
        if index.column() == self.TITLE:
            item = ChecklistTemplateItem(" ".join(str(value).split()), item.offset_days)
        elif isinstance(value, int) and not isinstance(value, bool):
            item = ChecklistTemplateItem(item.title, value)
        else:
            return False
        if validate_checklist_item(item.title, item.offset_days):
            return False  # an empty or overlong title, a deadline too far away: kept as it was
        self.items[index.row()] = item
        self.dataChanged.emit(index, index)
        return True


class _MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_DURATION_MINUTES)
        editor.setSingleStep(5)
        editor.setAccessibleName(self.tr("Minutes"))
        return editor


class PlannerSettingsDialog(QDialog):
    """Edit the holiday rules, the agenda template and the checklist template; saved together
    with Save."""

    def __init__(
        self,
        parent: QWidget | None,
        rules: HolidayRules,
        template: AgendaTemplate,
        language: str,
        *,
        checklist: ChecklistTemplate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planner settings"))
        self._language = language

        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for public holidays"))
        for code, name in countries_by_name(supported_countries(), language):
            self.country.addItem(name, code)
        if self.country.findData(rules.country) < 0:  # stored under another code (DNK, UK)
            self.country.addItem(country_name(rules.country), rules.country)
        self.country.setCurrentIndex(max(0, self.country.findData(rules.country)))
        self.weeks = QLineEdit(format_weeks(rules.school_weeks))
        self.weeks.setAccessibleName(self.tr("School-holiday weeks"))
        self.weeks.setPlaceholderText("7, 27-31, 42")
        self.weeks_field = FieldWithError(self.weeks)
        self.easter = QCheckBox(self.tr("The week before &Easter Monday"))
        self.easter.setChecked(rules.easter_week)
        self.christmas = QCheckBox(self.tr("C&hristmas and New Year (20 December to 3 January)"))
        self.christmas.setChecked(rules.christmas)
        days = QWidget()
        form = QFormLayout(days)
        country_label = QLabel(self.tr("&Country:"))
        country_label.setBuddy(self.country)
        form.addRow(country_label, self.country)
        weeks_label = QLabel(self.tr("School-holiday &weeks:"))
        weeks_label.setBuddy(self.weeks)
        form.addRow(weeks_label, self.weeks_field)
        form.addRow("", self.easter)
        form.addRow("", self.christmas)
        hint = QLabel(
            self.tr(
                "Public holidays follow the country's calendar. School holidays are ISO weeks, "
                "for example “7, 27-31, 42”. Proposed dates avoid all of them; moving a meeting "
                "onto one only warns."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        self.template_model = TemplateModel(template, self)
        self.template_table = QTableView()
        self.template_table.setModel(self.template_model)
        self.template_table.setAccessibleName(self.tr("Agenda template"))
        self.template_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.template_table.setItemDelegateForColumn(
            TemplateModel.KIND,
            ChoiceDelegate([(k.value, agenda_kind_label(k)) for k in AgendaKind], self),
        )
        self.template_table.setItemDelegateForColumn(TemplateModel.MINUTES, _MinutesDelegate(self))
        header = self.template_table.horizontalHeader()
        header.setSectionResizeMode(TemplateModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TemplateModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TemplateModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.total = QLabel()
        self.template_model.dataChanged.connect(self._update_total)
        self.template_model.rowsInserted.connect(self._update_total)
        self.template_model.rowsRemoved.connect(self._update_total)
        self.template_model.modelReset.connect(self._update_total)
        template_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add"), self._add),
            (self.tr("&Remove"), self._remove),
            (self.tr("Move &up"), lambda: self._move(-1)),
            (self.tr("Move d&own"), lambda: self._move(1)),
            (self.tr("Re&set to default"), self._reset),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(slot)
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        template_buttons.addWidget(self.total)
        template_page = QWidget()
        template_layout = QVBoxLayout(template_page)
        intro = QLabel(self.tr("A new meeting starts with this agenda."))
        intro.setWordWrap(True)
        template_layout.addWidget(intro)
        template_layout.addWidget(self.template_table, 1)
        template_layout.addLayout(template_buttons)

        self._build_checklist_page(
            checklist if checklist is not None else default_checklist(language)
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(days, self.tr("Days to avoid"))
        self.tabs.addTab(template_page, self.tr("Agenda template"))
        self.tabs.addTab(self.checklist_page, self.tr("Checklist"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._update_total()

    def _build_checklist_page(self, checklist: ChecklistTemplate) -> None:
        self.checklist_model = ChecklistTemplateModel(checklist, self)
        self.checklist_table = QTableView()
        self.checklist_table.setModel(self.checklist_model)
        self.checklist_table.setAccessibleName(self.tr("Checklist template"))
        self.checklist_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist_table.setItemDelegateForColumn(
            ChecklistTemplateModel.OFFSET, OffsetDelegate(self)
        )
        header = self.checklist_table.horizontalHeader()
        header.setSectionResizeMode(ChecklistTemplateModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ChecklistTemplateModel.OFFSET, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QHBoxLayout()
        made: list[QPushButton] = []
        for text, slot in (
            (self.tr("&Add"), self._add_task),
            (self.tr("&Remove"), self._remove_task),
            (self.tr("Move &up"), lambda: self._move_task(-1)),
            (self.tr("Move d&own"), lambda: self._move_task(1)),
            (self.tr("Re&set to default"), self._reset_checklist),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            made.append(button)
        (
            self.checklist_add,
            self.checklist_remove,
            self.checklist_up,
            self.checklist_down,
            self.checklist_reset,
        ) = made
        buttons.addStretch(1)
        self.checklist_page = QWidget()
        layout = QVBoxLayout(self.checklist_page)
        intro = QLabel(
            self.tr(
                "A new meeting starts with these tasks. Each is due a number of days before (−) "
                "or after the meeting; type for example −90 or “7 days after”."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.checklist_table, 1)
        layout.addLayout(buttons)

    def _current_task(self) -> int:
        index = self.checklist_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _add_task(self) -> None:
        current = self._current_task()
        row = current + 1 if current >= 0 else len(self.checklist_model.items)
        self.checklist_model.insert(row, ChecklistTemplateItem(self.tr("New task"), -7))
        index = self.checklist_model.index(row, ChecklistTemplateModel.TITLE)
        self.checklist_table.setCurrentIndex(index)
        self.checklist_table.setFocus()
        self.checklist_table.edit(index)

    def _remove_task(self) -> None:
        row = self._current_task()
        if row >= 0:
            self.checklist_model.remove(row)

    def _move_task(self, step: int) -> None:
        row = self._current_task()
        column = max(0, self.checklist_table.currentIndex().column())
        if self.checklist_model.move(row, step):
            self.checklist_table.setCurrentIndex(self.checklist_model.index(row + step, column))

    def _reset_checklist(self) -> None:
        self.checklist_model.set_template(default_checklist(self._language))

    def checklist(self) -> ChecklistTemplate:
        return self.checklist_model.template()

    def _update_total(self) -> None:
        minutes = self.template_model.total_minutes()
        self.total.setText(
            self.tr("Total: %1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}")
        )

    def _current_row(self) -> int:
        index = self.template_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _add(self) -> None:
        row = (
            self._current_row() + 1 if self._current_row() >= 0 else len(self.template_model.items)
        )
        self.template_model.insert(row, TemplateItem(self.tr("New item"), AgendaKind.TALK, 30))
        index = self.template_model.index(row, TemplateModel.TITLE)
        self.template_table.setCurrentIndex(index)
        self.template_table.edit(index)

    def _remove(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.template_model.remove(row)

    def _move(self, step: int) -> None:
        row = self._current_row()
        column = max(0, self.template_table.currentIndex().column())
        if self.template_model.move(row, step):
            self.template_table.setCurrentIndex(self.template_model.index(row + step, column))

    def _reset(self) -> None:
        self.template_model.set_template(default_agenda_template(self._language))

    def rules(self) -> HolidayRules:
        return HolidayRules(
            country=str(self.country.currentData()),
            school_weeks=parse_weeks(self.weeks.text()),
            easter_week=self.easter.isChecked(),
            christmas=self.christmas.isChecked(),
        )

    def template(self) -> AgendaTemplate:
        return self.template_model.template()

    def accept(self) -> None:
        try:
            parse_weeks(self.weeks.text())
        except ValueError as exc:
            self.weeks_field.show_error(
                self.tr("“%1” is not a week number or a range of weeks such as 27-31.").replace(
                    "%1", str(exc)
                )
            )
            self.tabs.setCurrentIndex(0)
            self.weeks.setFocus()
            return
        self.weeks_field.show_error("")
        super().accept()
