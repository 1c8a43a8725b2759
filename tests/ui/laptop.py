"""What a 1366×768 laptop shows of the main window: checks shared by tests/ui/test_layout_laptop.py
and its subprocess on a real (offscreen) 1366×768 screen at QT_SCALE_FACTOR=2.

Run as `python -m tests.ui.laptop` with QT_QPA_PLATFORM pointing at such a screen: the main
window is made as the app makes it on a first start (no saved geometry), on the demo data, and
every problem found in any view is printed, one a line, after a "PROBLEMS" line.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from coordinator_app.ui.main_window import MainWindow

# Agenda rows the year plan must show at once, beside all four meetings of a year.
AGENDA_ROWS = 8
MEETING_ROWS = 4


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling, not cut off."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _shown_rect(widget: QWidget, window: QWidget, available: QRect) -> QRect:
    """The part of `widget` (in window coordinates) that its ancestors and the screen's
    available area leave visible."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    on_screen = QRect(window.mapFromGlobal(available.topLeft()), available.size())
    return rect.intersected(window.rect()).intersected(on_screen)


def header_text_room(header: QHeaderView, section: int) -> int:
    """The width a section needs to show its header text whole (text, margins, sort arrow)."""
    text = str(header.model().headerData(section, header.orientation()) or "")
    style = header.style()
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin + 2
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header) + margin
    return needed


def cut_headers(root: QWidget) -> list[str]:
    """Every visible column header whose text does not fit its section."""
    problems: list[str] = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        parent = header.parentWidget()
        table = parent.accessibleName() if parent is not None else ""
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            size = header.sectionSize(section)
            needed = header_text_room(header, section)
            if text and size < needed:
                problems.append(f"column {text!r} of {table!r}: {size} < {needed}")
                continue
            # A column the table's edge cuts through (a scroll bar's worth beyond it).
            start = header.sectionViewportPosition(section)
            shown = min(start + size, header.width()) - max(start, 0)
            if text and 0 < shown < min(size, needed):
                problems.append(f"column {text!r} of {table!r}: {shown} of {needed} in view")
    return problems


def off_screen(window: QWidget, available: QRect) -> list[str]:
    """The window outside `available`, buttons and the status bar not wholly shown."""
    problems: list[str] = []
    frame = window.frameGeometry()
    if not available.contains(frame):
        problems.append(f"window {frame} outside the screen's available {available}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        shown = _shown_rect(button, window, available)
        if shown.size() != button.size():
            name = button.text() or button.accessibleName() or button.toolTip()
            problems.append(f"button {name!r}: {shown.size()} of {button.size()} shown")
    bar = window.statusBar() if isinstance(window, MainWindow) else None
    if bar is not None:
        shown = _shown_rect(bar, window, available)
        if not bar.isVisibleTo(window) or shown.height() < bar.sizeHint().height():
            problems.append(f"status bar: {shown.height()} of {bar.sizeHint().height()} shown")
    return problems


def rows_shown(table: QTableView) -> int:
    """How many rows the table shows whole, scrolled to the top."""
    table.scrollToTop()
    height = table.viewport().height()
    shown = 0
    for row in range(table.model().rowCount()):
        top = table.rowViewportPosition(row)
        if top < 0 or top + table.rowHeight(row) > height:
            break
        shown += 1
    return shown


def planner_rows(window: MainWindow) -> list[str]:
    """The year plan must show the year's four meetings and eight agenda rows at once."""
    window.show_view(window.planner)
    QApplication.processEvents()
    problems: list[str] = []
    meetings = window.planner.model.rowCount()
    if meetings < MEETING_ROWS:
        problems.append(f"the demo year has {meetings} meetings")
    shown = rows_shown(window.planner.table)
    if shown < min(meetings, MEETING_ROWS):
        problems.append(f"year plan: {shown} of {meetings} meetings shown whole")
    agenda = window.planner.agenda.table
    items = agenda.model().rowCount()
    if items < AGENDA_ROWS:
        problems.append(f"the demo agenda has {items} items")
    shown = rows_shown(agenda)
    if shown < AGENDA_ROWS:
        problems.append(f"agenda: {shown} rows shown whole, {AGENDA_ROWS} wanted")
    return problems


def laptop_problems(window: MainWindow, available: QRect) -> list[str]:
    """Everything cut or off-screen in every view (and tab) of `window`."""
    from tests.ui.walk import views

    problems: list[str] = []
    for name, _view in views(window):
        problems += [f"{name}: {p}" for p in off_screen(window, available)]
        problems += [f"{name}: {p}" for p in cut_headers(window)]
    problems += planner_rows(window)
    return sorted(set(problems))


def main() -> int:
    """A first start on this screen, with the demo data: print what does not fit."""
    from PySide6.QtCore import QSettings

    from coordinator_app.services import demo
    from coordinator_app.store.database import open_database
    from coordinator_app.ui.app import create_application, install_translators
    from coordinator_app.ui.context import AppContext

    app = create_application()
    language = sys.argv[1] if len(sys.argv) > 1 else "da"
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        install_translators(app, language)
        db = open_database(Path(tmp) / "demo.sqlite")
        demo.fill_with_demo_data(db)
        ctx = AppContext(db)
        ctx.language = language
        window = MainWindow(ctx)
        window.show()
        for _ in range(5):
            app.processEvents()
        screen = window.screen()
        print(f"screen {screen.geometry()} at {screen.devicePixelRatio()}")
        print("PROBLEMS")
        for problem in laptop_problems(window, screen.availableGeometry()):
            print(problem)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
