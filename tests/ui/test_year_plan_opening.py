"""The year plan in December: it opens on next year's meetings, says why an action is greyed
out, and Ctrl+PgUp/PgDown change the year whatever has the focus while the plan is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import planner
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.planner.view import PlannerView
from tests.ui.conftest import activate

DECEMBER = dt.date(2026, 12, 4)
NEXT_YEAR = [dt.date(2027, 3, 9), dt.date(2027, 6, 8), dt.date(2027, 9, 14), dt.date(2027, 11, 30)]


def _plan(qtbot, ctx, group_id, today: dt.date = DECEMBER) -> PlannerView:
    ctx.set_group(group_id)
    view = PlannerView(ctx, today=today)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    activate(qtbot, view)
    return view


def _button(view: PlannerView, text: str) -> QToolButton:
    return next(
        b
        for b in view.findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction().text() == text
    )


def test_in_december_the_plan_opens_on_next_years_meetings(qtbot, ctx, group_id) -> None:
    planner.create_meeting(ctx.db, group_id, MeetingInput(date=dt.date(2026, 3, 10)))
    for day in NEXT_YEAR:
        planner.create_meeting(ctx.db, group_id, MeetingInput(date=day))
    view = _plan(qtbot, ctx, group_id)
    assert view.year_label.text() == "2027"
    assert view.count_label.text() == "4 meeting(s)"
    assert view.print_action.isEnabled() and view.ics_action.isEnabled()
    current = view.current_meeting()
    assert current is not None and current.date == NEXT_YEAR[0]


def test_with_nothing_coming_the_plan_opens_on_this_year(qtbot, ctx, group_id) -> None:
    planner.create_meeting(ctx.db, group_id, MeetingInput(date=dt.date(2026, 3, 10)))
    view = _plan(qtbot, ctx, group_id, dt.date(2026, 6, 1))
    assert view.year_label.text() == "2026"


def test_greyed_out_actions_say_why(qtbot, ctx, group_id) -> None:
    view = _plan(qtbot, ctx, group_id)
    assert view.year_label.text() == "2026"
    for action in (view.print_action, view.save_agenda_action, view.meeting_ics_action):
        assert not action.isEnabled()
        assert action.toolTip() == "There are no meetings in 2026 yet: plan the year first."
        assert action.statusTip() == action.toolTip()
    assert not view.ics_action.isEnabled()
    assert "no meetings in 2026" in view.ics_action.toolTip()
    # The toolbar's buttons show the same reason.
    assert "plan the year first" in _button(view, view.print_action.text()).toolTip()
    # Once there is a meeting, the tooltip is the action's own again.
    planner.create_meeting(ctx.db, group_id, MeetingInput(date=dt.date(2026, 12, 15)))
    ctx.notify_changed()
    assert view.print_action.isEnabled()
    assert view.print_action.toolTip() == "Print agenda"
    assert view.print_action.statusTip() == ""


def test_greyed_out_actions_without_a_group_say_why(qtbot, ctx) -> None:
    view = PlannerView(ctx, today=DECEMBER)
    qtbot.addWidget(view)
    assert not view.new_action.isEnabled()
    assert view.new_action.toolTip() == "Create a group first."


def test_ctrl_page_keys_change_the_year_whatever_has_the_focus(qtbot, ctx, group_id) -> None:
    for day in NEXT_YEAR:
        planner.create_meeting(ctx.db, group_id, MeetingInput(date=day))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    plan = window.planner
    window.show_view(plan)
    year = plan.year
    # The focus in the navigation, outside the year plan.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert plan.year == year + 1
    assert plan.year_label.text() == str(year + 1)
    window.group_box.setFocus()
    qtbot.keyClick(window.group_box, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert plan.year == year
    # Hidden, the year plan takes no keys.
    window.show_view(window.roster)
    assert not plan.next_year_action.isEnabled()
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert plan.year == year
    window.show_view(plan)
    assert plan.next_year_action.isEnabled()
