"""The main window: first start, groups, menus and keyboard shortcuts, undo by keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QTableView

from coordinator_app.services import demo, groups, roster
from coordinator_app.ui.app import FirstStartDialog, first_start
from coordinator_app.ui.forms import to_qdate
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.roster.view import EndMembershipDialog
from coordinator_app.ui.shortcuts import ShortcutsDialog
from tests.ui.conftest import activate, type_text, when_dialog_opens


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def test_first_start_offers_demo_data(qtbot, ctx) -> None:
    def choose_demo(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, choose_demo)
    first_start(ctx.db)
    [group] = groups.list_groups(ctx.db)
    assert group.members == 12
    window = _window(qtbot, ctx)
    assert window.group_box.currentText() == group.name
    assert window.roster.model.rowCount() == 12
    assert [window.nav.item(n).text() for n in range(window.nav.count())] == [
        "Members",
        "Year plan",
        "Host visit",
        "Minutes",
    ]  # only views that exist
    window.show_view(window.planner)  # hidden views load when shown
    assert window.planner.model.rowCount() == 4  # the demo year plan


def test_first_start_empty_with_a_named_group(qtbot, ctx) -> None:
    def start_empty(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        type_text(qtbot, dialog.group_name, "IT Sikkerhed Øst")
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, start_empty)
    first_start(ctx.db)
    assert [g.name for g in groups.list_groups(ctx.db)] == ["IT Sikkerhed Øst"]
    assert demo.is_empty(ctx.db) is False


def test_new_group_from_the_file_menu(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    assert window.roster.model.rowCount() == 4

    def name_it(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Arkitektnetværket")
        dialog.accept()

    when_dialog_opens(qtbot, name_it)
    window.new_group_action.trigger()
    assert window.group_box.currentText() == "Arkitektnetværket"
    assert window.roster.model.rowCount() == 0
    assert window.group_box.count() == 2
    window.group_box.setCurrentIndex(window.group_model.row_of(group_id))
    assert window.roster.model.rowCount() == 4


def test_undo_and_redo_by_keyboard(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    window.roster.table.selectRow(0)
    name = window.roster.selected_member().name  # type: ignore[union-attr]

    def leave(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMembershipDialog)
        dialog.left_on.setDate(to_qdate(dt.date(2026, 11, 1)))
        dialog.accept()

    when_dialog_opens(qtbot, leave)
    window.roster.end_action.trigger()
    assert window.roster.model.rowCount() == 3
    assert window.undo_action.isEnabled()
    activate(qtbot, window)  # the offscreen platform does not hand focus back by itself
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.roster.model.rowCount() == 4
    assert all(r.active for r in roster.roster(ctx.db, group_id))
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.roster.model.rowCount() == 3
    assert name not in {r.name for r in roster.roster(ctx.db, group_id, include_former=False)}


def test_find_shortcut_focuses_the_filter_and_f1_lists_shortcuts(qtbot, ctx, group_id) -> None:
    window = _window(qtbot, ctx)
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.roster.filter.hasFocus()
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.findChild(QTableView)
        assert table is not None
        model = table.model()
        seen.extend(model.index(r, 0).data() for r in range(model.rowCount()))
        dialog.reject()

    when_dialog_opens(qtbot, read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert {"Add member", "Undo", "Import contacts", "Find member"} <= set(seen)


def test_the_language_is_a_preference(qtbot, ctx) -> None:
    from coordinator_app.ui.app import choose_language
    from coordinator_app.ui.preferences import PreferencesDialog

    window = _window(qtbot, ctx)
    seen: list[str] = []

    def choose_danish(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog.language.currentText())
        dialog.language.setCurrentIndex(dialog.language.findData("da"))
        dialog.accept()

    when_dialog_opens(qtbot, choose_danish)
    window.preferences_action.trigger()
    assert seen == ["As the system (Danish on a Danish system)"]
    assert choose_language() == "da"

    def choose_english(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    when_dialog_opens(qtbot, choose_english)
    window.preferences_action.trigger()
    assert choose_language() == "en"


def test_hidden_views_read_the_database_when_shown(qtbot, ctx, group_id, monkeypatch) -> None:
    from coordinator_app.ui import lazy

    monkeypatch.setattr(lazy, "IDLE_LOAD_MS", 60_000)  # no loading while idle in this test
    window = _window(qtbot, ctx)

    def stale() -> set[str]:
        loaders = {"roster": window.roster.loader, "planner": window.planner.loader}
        return {name for name, loader in loaders.items() if loader.stale}

    assert window.roster.model.rowCount() == 4
    assert stale() == {"planner"}  # hidden: not read yet
    window.show_view(window.planner)
    assert stale() == set()
    ctx.notify_changed()  # the roster is hidden now: it only notes the change
    assert stale() == {"roster"}
    window.show_view(window.roster)
    assert stale() == set()
    assert window.roster.model.rowCount() == 4


def test_hidden_views_load_soon_after_start_their_actions_ready(qtbot, ctx, group_id) -> None:
    from coordinator_app.domain.meetings import MeetingInput
    from coordinator_app.services import planner

    this_year = dt.date(dt.date.today().year, 6, 16)
    planner.create_meeting(ctx.db, group_id, MeetingInput(date=this_year))
    window = _window(qtbot, ctx)
    # The members are painted first; the year plan loads once the app is idle.
    qtbot.waitUntil(lambda: not window.planner.loader.stale, timeout=3000)
    assert window.planner.model.rowCount() == 1
    assert window.views.currentWidget() is window.roster
    # Off while the year plan is hidden (tests/ui/test_window_memory.py), ready once shown.
    assert not window.planner.edit_action.isEnabled()
    window.show_view(window.planner)
    assert window.planner.edit_action.isEnabled()
