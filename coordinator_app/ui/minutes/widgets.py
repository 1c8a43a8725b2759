"""Small widgets of the minutes view: the calendar editor of a date cell, a bold heading."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coordinator_app.ui.forms import from_qdate, to_qdate
from coordinator_app.ui.qt_types import Index


class DateDelegate(QStyledItemDelegate):
    """A date cell edited with a calendar; an empty cell starts from today."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd-MM-yyyy" if self._language == "da" else "yyyy-MM-dd")
        editor.setAccessibleName(self.tr("Date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(to_qdate(value) if isinstance(value, dt.date) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, from_qdate(editor.date()), Qt.ItemDataRole.EditRole)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
