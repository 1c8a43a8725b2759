"""The one search in the main window (ui/search/): typed in the toolbar, results by member,
a result opened where it lives, copy answer within the sharing levels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.search_rank import Kind
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.labels import confidentiality_label
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.search.model import EVIDENCE_ROLE
from tests.search_world import World, build
from tests.ui.conftest import activate


def _window(qtbot, ctx: AppContext, world: World) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.select_group(world.it_drift)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _type(qtbot, window: MainWindow, query: str) -> None:
    search = window.one_search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is search.field
    qtbot.keyClicks(search.field, query)
    qtbot.waitUntil(lambda: search.panel.results.query == query, timeout=3000)


def test_a_typed_query_shows_results_by_member_and_opens_the_entry_in_the_minutes(
    qtbot, ctx: AppContext, db
) -> None:
    world = build(db)
    window = _window(qtbot, ctx, world)
    _type(qtbot, window, "forandrigsledelse")  # one letter left out
    panel = window.one_search.panel
    assert window.one_search.pane.isVisible()
    model = panel.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[0].startswith("Søren Østergaard (")
    soren = model.index(0, 0)
    kinds = {
        model.index(r, 0, soren).data(EVIDENCE_ROLE).kind for r in range(model.rowCount(soren))
    }
    assert kinds == {Kind.ROUND_TABLE, Kind.MEMBER}
    # Only the asked group: Anders Bæk ("Sikkerhed") said the same.
    assert not any(name.startswith("Anders") for name in names)
    entry_row = next(
        r
        for r in range(model.rowCount(soren))
        if model.index(r, 0, soren).data(EVIDENCE_ROLE).kind is Kind.ROUND_TABLE
    )
    index = model.index(entry_row, 0, soren)
    # Its sharing level as a badge, its meeting's date.
    assert model.index(entry_row, 3, soren).data() == confidentiality_label(
        Confidentiality.GROUP_ONLY
    )
    assert model.index(entry_row, 1, soren).data() == "09-09-2025"
    panel.tree.setCurrentIndex(index)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    minutes = window.minutes
    assert window.views.currentWidget() is minutes
    assert minutes.meeting_id == world.new_meeting
    assert minutes.tabs.currentIndex() == 0
    entry = minutes.round_table.current_entry()
    assert entry is not None and entry.id == world.soren_new_entry


def test_a_member_opens_in_the_roster(qtbot, ctx: AppContext, db) -> None:
    world = build(db)
    window = _window(qtbot, ctx, world)
    window.show_view(window.minutes)
    _type(qtbot, window, "lukasz")
    panel = window.one_search.panel
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    panel.open_button.click()
    assert window.views.currentWidget() is window.roster
    assert window.roster.selected_person_id() == world.lukasz


def test_copy_answer_copies_only_what_may_be_shared(qtbot, ctx: AppContext, db) -> None:
    world = build(db)
    window = _window(qtbot, ctx, world)
    _type(qtbot, window, "leverandør")
    window.one_search.panel.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Vi har outsourcet driften" in copied  # shareable
    assert "Et medlem\n• Virksomhedernes krav" in copied  # without name
    assert "Łukasz" not in copied


def test_ctrl_f_is_the_rosters_find_in_the_roster_and_the_search_elsewhere(
    qtbot, ctx: AppContext, db
) -> None:
    world = build(db)
    window = _window(qtbot, ctx, world)
    window.show_view(window.planner)
    window.planner.setFocus()
    qtbot.keyClick(window.planner, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.one_search.field
    window.show_view(window.roster)
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.roster.filter
