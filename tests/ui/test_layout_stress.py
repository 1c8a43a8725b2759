"""Layout stress test: every translated text 40 % longer (as Vorta's TRANS_SCALE does), and no
label, button, tab or column header may be cut off, in any view or dialog. Danish texts run
longer than English ones; this keeps room for them and for bigger system fonts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from tests.ui.walk import demo_window, dialogs, views

SCALE = 1.4


def stretch(text: str) -> str:
    """`text` made about 40 % longer, placeholders and mnemonics intact."""
    if not text or text.isspace():
        return text
    extra = max(2, round(len(text) * (SCALE - 1)))
    return text + " " + ("Ø" * extra)


class StretchTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return stretch(source)


@pytest.fixture
def stretched(qapp) -> Iterator[None]:
    translator = StretchTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(root: QWidget) -> list[str]:
    """Every visible text in `root` that does not get the room it needs."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        pixmap = label.pixmap()
        if not label.isVisibleTo(root) or not label.text() or not pixmap.isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() + 1 < needed:
                problems.append(f"label {label.text()[:40]!r}: {label.height()} < {needed} high")
        elif label.width() + 1 < label.sizeHint().width():
            problems.append(
                f"label {label.text()[:40]!r}: {label.width()} < {label.sizeHint().width()}"
            )
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        if not isinstance(button, (QPushButton, QToolButton, QCheckBox)):
            continue
        if button.width() + 1 < button.sizeHint().width():
            problems.append(
                f"button {_plain(button.text())[:40]!r}: "
                f"{button.width()} < {button.sizeHint().width()}"
            )
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root) and bar.width() + 1 < bar.sizeHint().width():
            problems.append(
                f"tab bar {bar.tabText(0)[:30]!r}…: {bar.width()} < {bar.sizeHint().width()}"
            )
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            needed = header.sectionSizeHint(section)
            if header.sectionSize(section) + 1 < needed and header.sectionSize(section) > 0:
                problems.append(f"column {text[:30]!r}: {header.sectionSize(section)} < {needed}")
    for listing in root.findChildren(QListWidget):
        if not listing.isVisibleTo(root):
            continue
        for row in range(listing.count()):
            item = listing.item(row)
            needed = (
                listing.fontMetrics().horizontalAdvance(item.text())
                + listing.iconSize().width()
                + 16
            )
            if listing.viewport().width() < needed:
                problems.append(
                    f"list item {item.text()[:30]!r}: {listing.viewport().width()} < {needed}"
                )
    return problems


def test_stretched_texts_are_never_cut_off(qtbot, ctx, stretched) -> None:
    window = demo_window(ctx)
    qtbot.addWidget(window)
    problems: list[str] = []
    for name, _view in views(window):
        minimum = window.minimumSizeHint()
        window.resize(max(1366, minimum.width()), max(768, minimum.height()))
        QApplication.processEvents()
        assert minimum.width() <= 1920 and minimum.height() <= 1080, (name, minimum)
        problems += [f"{name}: {p}" for p in cut_off(window)]
    for name, dialog in dialogs(window):
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        QApplication.processEvents()
        problems += [f"dialog {name}: {p}" for p in cut_off(dialog)]
    assert sorted(set(problems)) == []


def test_the_stress_check_finds_a_cut_off_label(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("A label much longer than the room it was given", root)
    label.resize(60, 20)
    root.show()
    assert cut_off(root)
