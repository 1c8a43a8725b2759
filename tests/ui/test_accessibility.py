"""Screen readers and themes: every input, button and table has a name a screen reader can say,
the meaningful colours stay readable in light and dark mode, and bigger system fonts still fit.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from coordinator_app.ui.app import install_translators
from coordinator_app.ui.theme import Tone, color, contrast_ratio, is_dark
from tests.ui.walk import demo_window, dialogs, views

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def _internal(widget: QWidget) -> bool:
    """Parts of a compound widget (a combo box's line edit, a table's cell editor, a line edit's
    clear button) and Qt's own helpers (a tool bar's overflow button, named "qt_…")."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: the accessible name, a button's text, a buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(widget.objectName())
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        parent = parent.parentWidget()
    if parent is not None:
        parts.append(f"in {parent.windowTitle() or type(parent).__name__}")
    return " ".join(parts)


def unnamed(root: QWidget) -> list[str]:
    return [
        _describe(widget)
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and not _internal(widget) and not accessible_name(widget)
    ]


def test_every_input_button_and_table_has_an_accessible_name(qtbot, ctx) -> None:
    window = demo_window(ctx)
    qtbot.addWidget(window)
    problems: list[str] = []
    for name, _view in views(window):
        problems += [f"{name}: {p}" for p in unnamed(window)]
    for name, dialog in dialogs(window):
        problems += [f"dialog {name}: {p}" for p in unnamed(dialog)]
    assert sorted(set(problems)) == []


def test_the_walk_finds_an_unnamed_input(qtbot) -> None:
    # The check itself must be able to fail.
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Named")
    assert unnamed(root) == ["QLineEdit in QWidget"]


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor(base))
        palette.setColor(group, QPalette.ColorRole.Window, QColor(base))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(text))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
    return palette


@pytest.mark.parametrize(
    ("base", "text"),
    [
        ("#ffffff", "#000000"),
        ("#f5f5f5", "#202020"),
        ("#1e1e1e", "#e8e8e8"),
        ("#2b2b2b", "#ffffff"),
    ],
)
def test_meaningful_colours_are_readable_in_light_and_dark_mode(qapp, base, text) -> None:
    palette = _palette(base, text)
    assert is_dark(palette) == (QColor(base).lightness() < 128)
    for tone in Tone:
        ratio = contrast_ratio(color(tone, palette), QColor(base))
        assert ratio >= 4.5, f"{tone.name} on {base}: {ratio:.2f}"


def test_the_app_follows_a_dark_system_palette(qtbot, ctx) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    app.setPalette(_palette("#1e1e1e", "#e8e8e8"))
    try:
        window = demo_window(ctx)
        qtbot.addWidget(window)
        window.show_view(window.minutes)
        # Text colours with a meaning come from the dark variants, readable on the dark base.
        assert color(Tone.ERROR) == QColor("#FF8A80")
        style = window.minutes.confidential.styleSheet().lower()
        assert "#ff8a80" in style
        image = window.grab().toImage()
        # The window is drawn dark: most of it is the dark base, not white.
        dark = sum(
            1
            for x in range(0, image.width(), 40)
            for y in range(0, image.height(), 40)
            if QColor(image.pixel(x, y)).lightness() < 100
        )
        total = len(range(0, image.width(), 40)) * len(range(0, image.height(), 40))
        assert dark > total / 2
    finally:
        app.setPalette(original)


def test_a_bigger_system_font_still_fits_a_laptop_screen(qtbot, ctx) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.25)
    app.setFont(bigger)
    try:
        window = demo_window(ctx)
        qtbot.addWidget(window)
        for name, _view in views(window):
            minimum = window.minimumSizeHint()
            assert minimum.width() <= 1920 and minimum.height() <= 1080, (name, minimum)
    finally:
        app.setFont(original)


def _focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `root`, in order."""
    chain: list[QWidget] = []
    start = root
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(chain) < 500:
        if (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _internal(widget)
            and root.isAncestorOf(widget)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def tab_order_problems(root: QWidget) -> list[str]:
    """Places where Tab jumps back up within a column of the form."""
    problems = []
    chain = _focus_chain(root)
    for before, after in itertools.pairwise(chain):
        a = before.mapTo(root, before.rect().topLeft())
        b = after.mapTo(root, after.rect().topLeft())
        same_column = a.x() < b.x() + after.width() and b.x() < a.x() + before.width()
        if same_column and b.y() + 2 < a.y():
            problems.append(f"{accessible_name(before)!r} → {accessible_name(after)!r}")
    return problems


def test_tab_moves_through_every_form_in_reading_order(qtbot, ctx) -> None:
    window = demo_window(ctx)
    qtbot.addWidget(window)
    problems: list[str] = []
    for name, dialog in dialogs(window):
        problems += [f"{name}: {p}" for p in tab_order_problems(dialog)]
    window.show_view(window.logistics)
    window.logistics.tabs.setCurrentIndex(0)
    problems += [f"visit: {p}" for p in tab_order_problems(window.logistics.visit_form)]
    assert problems == []


def test_the_tab_order_check_finds_a_jump_back_up(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 120)
    # Created bottom first, so Tab goes from the lower field up to the upper one.
    bottom, top = QLineEdit(root), QLineEdit(root)
    bottom.setAccessibleName("Bottom")
    top.setAccessibleName("Top")
    bottom.setGeometry(10, 60, 200, 24)
    top.setGeometry(10, 10, 200, 24)
    root.show()
    assert tab_order_problems(root) == ["'Bottom' → 'Top'"]


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def menu_bar_letters(window: QMainWindow) -> dict[str, str]:
    letters: dict[str, str] = {}
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        if letter:
            letters[letter] = action.text()
    return letters


def clashes_with_menu_bar(window: QMainWindow, root: QWidget) -> list[str]:
    """Labels and buttons in `root` whose Alt+letter is also a menu's: Alt would then do nothing
    (Qt calls such a shortcut ambiguous)."""
    taken = menu_bar_letters(window)
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None:  # noqa: SIM114
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        letter = _mnemonic(text)
        if letter and letter in taken:
            found.append(f"{text!r} clashes with menu {taken[letter]!r}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            for index in range(bar.count()):
                letter = _mnemonic(bar.tabText(index))
                if letter and letter in taken:
                    found.append(f"tab {bar.tabText(index)!r} clashes with menu {taken[letter]!r}")
    return found


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_view_takes_a_menu_bar_letter(qtbot, ctx, language) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language) if language != "en" else []
    try:
        window = demo_window(ctx)
        qtbot.addWidget(window)
        toolbar = [
            widget.text()
            for widget in window.findChildren(QLabel)
            if widget.buddy() is window.group_box
        ]
        assert toolbar and _mnemonic(toolbar[0]) not in menu_bar_letters(window)
        problems: list[str] = []
        for name, _view in views(window):
            problems += [f"{name}: {p}" for p in clashes_with_menu_bar(window, window.views)]
        assert sorted(set(problems)) == []
    finally:
        for translator in translators:
            app.removeTranslator(translator)
