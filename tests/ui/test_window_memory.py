"""What a desktop app is expected to do: open where it was left (size, splitters, group, view,
year), let a view's menu entries act only on a view that is shown, explain its icon buttons
in tooltips, and show real icons in the navigation."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QIcon, QImage, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QToolBar, QToolButton

from coordinator_app.services import demo, groups, minutes
from coordinator_app.store.database import open_database
from coordinator_app.store.peek import peek_roster
from coordinator_app.ui import icons
from coordinator_app.ui.app import StartWindow, _Start
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.window_state import DatabaseMemory, first_geometry
from tests.ui.conftest import activate
from tests.ui.test_accessibility import _internal
from tests.ui.walk import demo_window, dialogs, settle, views


def _window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle()
    return window


# -- size and place -----------------------------------------------------------------------------
def test_a_first_window_is_its_preferred_size_or_the_screen_s_room_centred() -> None:
    laptop = QRect(0, 0, 1366, 728)  # a 1366×768 screen less its taskbar
    rect = first_geometry(laptop)
    assert rect.size() == QSize(1366, 728 - 32)  # less the title bar
    assert laptop.contains(rect.adjusted(0, -32, 0, 0))
    big = QRect(1920, 0, 1920, 1040)  # a second screen
    rect = first_geometry(big)
    assert rect.size() == QSize(1440, 860)
    assert abs(rect.center().x() - big.center().x()) <= 1
    assert abs(rect.center().y() - (big.center().y() + 16)) <= 1


def test_size_and_splitters_are_remembered(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    # The offscreen screen is 800×800: a first start would be its height less a title bar.
    assert window.height() == 800 - 32
    window.show_view(window.planner)
    settle()
    # The narrowest the window can be with the year plan's rows loaded (the plan is the widest
    # view).
    size = QSize(window.minimumSizeHint().width(), 700)
    window.resize(size)
    settle()
    [splitter] = [s for name, s in window._splitters().items() if name.startswith("Planner")]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 200, 200])
    # The year strip gives the meetings what they were given on the next resize (as on the
    # next start): sizes as they settle.
    window.resize(size.width(), size.height() - 1)
    settle()
    window.resize(size)
    settle()
    sizes = splitter.sizes()
    window.close()

    again = _window(qtbot, AppContext(ctx.db))
    assert again.size() == size
    [splitter] = [s for name, s in again._splitters().items() if name.startswith("Planner")]
    again.show_view(again.planner)
    settle()
    assert splitter.sizes() == sizes


# -- group, view and year -------------------------------------------------------------------------
def test_the_group_view_and_year_are_remembered_per_database(qtbot, ctx, group_id, tmp_path):
    other = groups.create_group(ctx.db, "Arkitekterne")  # first by name
    window = _window(qtbot, ctx)
    assert window.group_box.currentText() == "Arkitekterne"
    window.select_group(group_id)
    window.show_view(window.planner)
    year = window.planner.year + 1
    qtbot.mouseClick(window.planner.next_button, Qt.MouseButton.LeftButton)
    window.close()

    again = _window(qtbot, AppContext(ctx.db))
    assert again.group_box.currentText() == "IT Drift"
    assert again.views.currentWidget() is again.planner
    assert again.planner.year_label.text() == str(year)

    elsewhere = open_database(tmp_path / "other.sqlite")  # another database: its own start
    try:
        groups.create_group(elsewhere, "Sikkerhed")
        fresh = _window(qtbot, AppContext(elsewhere))
        assert fresh.views.currentWidget() is fresh.roster
        assert fresh.group_box.currentText() == "Sikkerhed"
        fresh.close()
    finally:
        elsewhere.close()
    assert other != group_id


def test_the_start_s_preview_opens_on_the_remembered_group(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # what the start installs
    monkeypatch.setattr(gc, "freeze", lambda: None)
    path = tmp_path / "coordinator.sqlite"
    db = open_database(path)
    demo.fill_with_demo_data(db)
    second = groups.create_group(db, "Ødegruppen")  # last by name, no members
    db.close()
    DatabaseMemory(path).group_id = second
    assert peek_roster(path, second) is not None
    assert peek_roster(path, second).group_name == "Ødegruppen"  # type: ignore[union-attr]
    assert peek_roster(path, 10_000).group_name != "Ødegruppen"  # type: ignore[union-attr]

    frame = StartWindow()
    frame.show()
    start = _Start(qapp, frame, path, "en")
    try:
        start.run()
        assert frame.windowTitle() == "Ødegruppen – Coordinator"
        qtbot.waitUntil(lambda: start.window is not None)
        window = start.window
        assert window is not None
        assert window.group_box.currentText() == "Ødegruppen"
    finally:
        start.close()
        if start.window is not None:
            start.window.close()


# -- actions of hidden views ----------------------------------------------------------------------
def test_a_hidden_view_s_menu_entries_and_shortcuts_do_nothing(qtbot, ctx, monkeypatch) -> None:
    opened: list[str] = []

    def exec_(dialog: QDialog) -> int:  # a dialog that opens is noted and answered at once
        opened.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", exec_)
    window = demo_window(ctx)
    qtbot.addWidget(window)
    window.show_view(window.minutes)
    settle()
    meeting_id = window.minutes.meeting_id
    assert meeting_id is not None
    window.minutes.round_table.table.selectRow(0)
    before = minutes.entries(ctx.db, meeting_id)
    assert before and window.minutes.remove_entry_action.isEnabled()

    window.show_view(window.roster)
    settle()
    menu = window.view_menus[window.minutes]
    [remove] = [a for a in menu.actions() if a is window.minutes.remove_entry_action]
    assert not remove.isEnabled()  # as the Minutes menu shows it, from the roster
    remove.trigger()
    activate(qtbot, window)
    # Ctrl+Shift+E is "Edit meeting…" of the hidden year plan, whose meeting is selected.
    assert window.planner.edit_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert not window.planner.edit_action.isEnabled()
    qtbot.keyClick(
        window.roster.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle()
    assert opened == []
    assert minutes.entries(ctx.db, meeting_id) == before

    window.show_view(window.minutes)  # shown again: the entry can be removed
    settle()
    assert remove.isEnabled()
    remove.trigger()
    assert len(minutes.entries(ctx.db, meeting_id)) == len(before) - 1
    window.show_view(window.planner)  # and the key edits the meeting where it is seen
    settle()
    qtbot.keyClick(
        window.planner.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened == ["MeetingDialog"]


# -- tooltips -------------------------------------------------------------------------------------
MARK = "\u2039"


class MarkingTranslator(QTranslator):
    """Every text marked, so that a test sees which ones went through translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return MARK + source if source else source


@pytest.fixture
def marked(qapp) -> Iterator[None]:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _icon_only(button: QAbstractButton) -> bool:
    return not any(char.isalnum() for char in button.text())


def untipped(root, where: str) -> list[str]:
    problems: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or _internal(button):
            continue
        in_toolbar = isinstance(button.parentWidget(), QToolBar)
        if not (in_toolbar or _icon_only(button)):
            continue
        name = button.text() or button.accessibleName() or type(button).__name__
        tip = button.toolTip()
        if not tip.strip():
            problems.append(f"{where}: {name!r} has no tooltip")
        elif not tip.startswith(MARK):
            problems.append(f"{where}: {name!r}'s tooltip {tip!r} is not translated")
        elif in_toolbar and tip.replace(MARK, "") == button.text().replace(MARK, ""):
            problems.append(f"{where}: {name!r}'s tooltip only repeats its text")
    return problems


def test_every_toolbar_and_icon_button_explains_itself(qtbot, ctx, marked) -> None:
    window = demo_window(ctx)
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    assert len(toolbar.findChildren(QToolButton)) >= 4
    problems: list[str] = []
    for name, _view in views(window):
        problems += untipped(window, name)
    for name, dialog in dialogs(window):
        problems += untipped(dialog, f"dialog {name}")
    assert sorted(set(problems)) == []
    import_tip = window.import_action.toolTip()
    assert import_tip.replace(MARK, "").endswith("(Ctrl+I)")  # says its key
    for row in range(window.nav.count()):
        assert window.nav.item(row).toolTip().startswith(MARK)


def test_the_tooltip_check_finds_an_icon_button_without_one(qtbot, marked) -> None:
    from PySide6.QtWidgets import QWidget

    root = QWidget()
    qtbot.addWidget(root)
    button = QToolButton(root)
    button.setText("▶")
    root.show()
    assert untipped(root, "test") == ["test: '▶' has no tooltip"]


# -- icons ----------------------------------------------------------------------------------------
def _image(icon: QIcon, size: int = 20) -> QImage:
    image: QImage = icon.pixmap(size, size).toImage()
    return image


def test_the_navigation_shows_its_own_icons(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    for row, name in enumerate(icons.VIEW_ICONS):
        shown = _image(window.nav.item(row).icon())
        assert not shown.isNull()
        assert shown != _image(icons.standard_icon(name, window.nav)), name
    assert not window.undo_action.icon().isNull()


def test_without_qtawesome_the_standard_icons_stand_in(qtbot, ctx, group_id, monkeypatch):
    monkeypatch.setattr(icons, "_qtawesome", lambda: None)
    window = _window(qtbot, ctx)
    for row, name in enumerate(icons.VIEW_ICONS):
        assert _image(window.nav.item(row).icon()) == _image(icons.standard_icon(name, window.nav))


def test_the_start_s_first_paint_loads_no_qtawesome() -> None:
    code = (
        "import sys\n"
        "import coordinator_app.ui.app, coordinator_app.ui.start_preview\n"
        "import coordinator_app.ui.navigation, coordinator_app.ui.icons\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qtawesome', 'qtpy')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
