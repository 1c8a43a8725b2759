"""Data is shown as text, never as HTML.

QLabel, QMessageBox and tooltips guess a text's format (Qt.TextFormat.AutoText): a text that
looks like it starts with a tag is rendered as HTML. A member called
`<img src="file:///etc/passwd">` would make a label load a local file, and `<h1>` would blow up
the layout. So every label that shows a member's, a company's or a meeting's text is plain
(`plain_label`, `set_plain`); where the app formats a text itself (a bold heading, a table of
facts) it escapes the data (`escape`) and keeps the markup its own; and what goes to an API that
always guesses (QMessageBox's static functions, tooltips) passes through `as_text`, which shows
it literally either way.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` (and whatever is set later) as it is."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show `text` in `label` as it is."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def escape(text: str) -> str:
    """`text` for the inside of the app's own rich text: `<`, `>`, `&` and quotes as entities."""
    return html.escape(text, quote=True)


def mnemonic_safe(text: str) -> str:
    """`text` for a label with a buddy, where "&" marks a shortcut: every "&" shown as such."""
    return text.replace("&", "&&")


def as_text(text: str) -> str:
    """`text` for an API that guesses the format (QMessageBox's static functions, tooltips), so
    that it is shown literally: unchanged if Qt would show it as plain text anyway, else
    escaped inside rich text that keeps its line breaks and spaces."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning with `text` shown as it is."""
    QMessageBox.warning(parent, title, as_text(text))


def information(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.information with `text` shown as it is."""
    QMessageBox.information(parent, title, as_text(text))


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.critical with `text` shown as it is."""
    QMessageBox.critical(parent, title, as_text(text))


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    """QMessageBox.question with `text` shown as it is; the button the user chose."""
    return QMessageBox.question(parent, title, as_text(text), buttons, default)
