"""A checklist deadline as days from the meeting: shown as "90 days before", typed as "-90",
"−90", "90 before" or "90 days before", edited with a spin box (the checklist and its template)."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coordinator_app.domain.logistics import MAX_OFFSET_DAYS
from coordinator_app.ui.qt_types import Index

_NUMBER = re.compile(r"([+\-−–]?)\s*(\d+)")


def offset_text(days: int) -> str:
    """ "90 days before", "on the day", "2 days after"."""
    if days < 0:
        return QCoreApplication.translate("LogisticsView", "%n day(s) before", "", -days)
    if days > 0:
        return QCoreApplication.translate("LogisticsView", "%n day(s) after", "", days)
    return QCoreApplication.translate("LogisticsView", "on the day")


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].casefold() if words else ""


def parse_offset(text: str) -> int | None:
    """The days typed: a signed number ("-90", "−90", "+7"), a number with the word for before
    or after ("90 dage før", "7 after"), or the words for the day itself; None if unreadable."""
    typed = " ".join(text.split()).casefold()
    if not typed:
        return None
    if typed == offset_text(0).casefold():
        return 0
    match = _NUMBER.search(typed)
    if match is None:
        return None
    sign, digits = match.groups()
    days = int(digits)
    rest = typed[match.end() :].split()
    before = {_last_word(offset_text(-2)), _last_word(offset_text(-1)), "before"}
    after = {_last_word(offset_text(2)), _last_word(offset_text(1)), "after"}
    if sign:
        return -days if sign != "+" else days
    if any(word in before for word in rest):
        return -days
    if any(word in after for word in rest) or not rest:
        return days
    return None


class OffsetSpinBox(QSpinBox):
    """Days from the meeting, -366 to 366, shown in words ("7 days before")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-MAX_OFFSET_DAYS, MAX_OFFSET_DAYS)
        self.setAccessibleName(QCoreApplication.translate("OffsetSpinBox", "Days from the meeting"))
        self.setToolTip(
            QCoreApplication.translate(
                "OffsetSpinBox",
                "Days before (−) or after the meeting, for example −90 or “7 days after”",
            )
        )

    def textFromValue(self, value: int) -> str:
        return offset_text(value)

    def valueFromText(self, text: str) -> int:
        days = parse_offset(text)
        return self.value() if days is None else days

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        days = parse_offset(text)
        if days is not None and self.minimum() <= days <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return offset_text(self.value())


class OffsetDelegate(QStyledItemDelegate):
    """Edits a deadline cell (its edit value: days from the meeting) with an `OffsetSpinBox`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return OffsetSpinBox(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OffsetSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if isinstance(value, int) else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OffsetSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
