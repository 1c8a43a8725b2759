"""Pieces every form shares: an input with its error message, and date conversions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordinator_app.ui.theme import Tone, css


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class FieldWithError(QWidget):
    """An input with a red message below it that appears only when the input is wrong."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(f"QLabel#fieldError {{ color: {css(Tone.ERROR)}; }}")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error.setAccessibleName(text)
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet(f"border: 1px solid {css(Tone.ERROR)};" if text else "")
