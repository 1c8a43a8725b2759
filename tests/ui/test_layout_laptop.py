"""The main window on a 1366×768 laptop: on screen whole, every button and the status bar
visible, no column header cut, the year plan with its four meetings and eight agenda rows.

In this process the offscreen screen is 800×800, so the window is given a laptop's size; a
subprocess starts the window as a first start does on a 1366×768 screen (logical) drawn at
QT_SCALE_FACTOR=2, where fonts are measured in half pixels and round differently.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from coordinator_app.services import demo
from coordinator_app.ui.app import install_translators
from coordinator_app.ui.main_window import MainWindow
from tests.ui.laptop import cut_headers, laptop_problems, rows_shown
from tests.ui.walk import settle

ROOT = Path(__file__).resolve().parents[2]
# A 1366×768 screen less a 40 px taskbar, as Windows has it; the window's title bar is 32 px.
LAPTOP = QRect(0, 0, 1366, 728)
TITLE_BAR = 32


@pytest.fixture(params=["da", "en"])
def language(request, qapp) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def laptop_window(ctx) -> MainWindow:
    demo.fill_with_demo_data(ctx.db)
    window = MainWindow(ctx)
    window.resize(LAPTOP.width(), LAPTOP.height() - TITLE_BAR)
    window.move(0, TITLE_BAR)
    window.show()
    settle()
    return window


def test_every_view_fits_a_laptop(qtbot, ctx, language) -> None:
    ctx.language = language
    window = laptop_window(ctx)
    qtbot.addWidget(window)
    # The window was given the laptop's room: all of it must fit in the window.
    assert laptop_problems(window, window.frameGeometry()) == []


def test_a_first_start_fits_a_1366x768_screen_at_scale_factor_2(tmp_path) -> None:
    screen = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 2732, "height": 1536, "dpr": 1},
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.laptop", "da"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert "screen PySide6.QtCore.QRect(0, 0, 1366, 768) at 2.0" in lines
    assert lines[lines.index("PROBLEMS") + 1 :] == []


def test_the_header_check_finds_a_cut_column_header(qtbot, ctx, group_id) -> None:
    from coordinator_app.ui.roster.view import RosterView

    view = RosterView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    header = view.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, 30)
    assert any("column" in problem for problem in cut_headers(view))


def test_the_row_count_sees_a_table_too_low_for_its_rows(qtbot) -> None:
    model = QStandardItemModel(10, 2)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.verticalHeader().setDefaultSectionSize(20)
    frame = 2 * table.frameWidth()
    table.resize(300, frame + table.horizontalHeader().sizeHint().height() + 2 * 20 + 10)
    table.show()
    QApplication.processEvents()
    assert rows_shown(table) == 2


def test_the_open_search_fits_a_laptop_with_its_names_readable(qtbot, ctx, language) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from tests.ui.walk import views

    ctx.language = language
    window = laptop_window(ctx)
    qtbot.addWidget(window)
    search = window.one_search
    search.field.setText("a")
    search.run()
    settle()
    tree = search.panel.tree
    model = search.panel.model
    assert model.rowCount() > 0
    for name, _view in views(window):
        assert window.minimumSizeHint().width() <= LAPTOP.width(), name
        assert window.width() <= LAPTOP.width(), name
        assert search.panel.isVisible(), name
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            group = model.group_at(index)
            if group is None or group.member_id is None:
                continue  # the items of no member: their row's tooltip has the whole text
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            font = index.data(Qt.ItemDataRole.FontRole) or tree.font()
            room = tree.visualRect(index).width() - 2 * 4
            assert room >= QFontMetrics(font).horizontalAdvance(text), (name, text, room)


def test_the_member_form_of_a_member_with_two_jobs_fits_a_laptop(qtbot, ctx, group_id) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from coordinator_app.domain.people import JobInput
    from coordinator_app.services import roster
    from coordinator_app.ui.roster.member_dialog import MemberDialog
    from tests.ui.laptop import _in_scroll_area

    person = roster.roster(ctx.db, group_id)[0]
    roster.add_job(ctx.db, person.person_id, JobInput("Fjordbanken A/S", "CIO", "Finans"))
    details = roster.person_details(ctx.db, person.person_id)
    assert len(details.jobs) == 2
    dialog = MemberDialog(
        None,
        language="da",
        save=lambda *_args: None,
        details=details,
        current_job=roster.current_job(ctx.db, person.person_id),
        on_new_job=lambda: None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    room = LAPTOP.height() - TITLE_BAR
    assert dialog.minimumSizeHint().height() <= room
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.resize(dialog.width(), room)
    settle()
    assert dialog.height() <= room
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and not _in_scroll_area(buttons, dialog)
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert bottom < dialog.height()


def test_the_print_preview_fits_the_screen(qtbot, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from coordinator_app.ui import printing
    from tests.ui.conftest import when_dialog_opens

    assert printing.preview_size(LAPTOP).height() <= LAPTOP.height() - TITLE_BAR
    assert printing.preview_size(QRect(0, 0, 1920, 1040)) == printing.PREVIEW_SIZE
    sizes: list[tuple[int, int]] = []

    def look(dialog: QDialog) -> None:
        room = dialog.screen().availableGeometry()
        sizes.append((dialog.height(), room.height() - TITLE_BAR))
        sizes.append((dialog.width(), room.width()))
        dialog.reject()

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    when_dialog_opens(qtbot, look)
    assert not printing.show_print_dialog(printer, lambda _printer: None, None)
    assert sizes and all(size <= room for size, room in sizes)


def test_the_round_table_shows_eight_members_and_five_lines_of_their_words(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QLabel

    window = laptop_window(ctx)
    qtbot.addWidget(window)
    window.show_view(window.minutes)
    settle()
    panel = window.minutes.round_table
    assert panel.model.rowCount() >= 8
    assert rows_shown(panel.table) >= 8
    text = panel.text
    assert text.viewport().height() >= 5 * text.fontMetrics().lineSpacing()
    # The attendance list shows each member's name whole.
    table = window.minutes.attendance_table
    model = table.model()
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
    assert table.horizontalHeader().sectionSize(0) >= widest + 8
    # The key hint: one line, what each key does in its tooltip.
    keys = window.minutes.findChild(QLabel, "keysHint")
    assert keys is not None and "1" in keys.toolTip() and "0" in keys.toolTip()
    assert keys.fontMetrics().horizontalAdvance(keys.text()) <= keys.width()
