"""A meeting whose day has passed becomes held once attendance is taken: the minutes view says
so and lets the coordinator set it back, and the year plan shows the same status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from coordinator_app.domain.enums import AttendanceStatus, MeetingStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import minutes, planner
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.planner.models import MeetingTableModel
from coordinator_app.ui.planner.view import PlannerView
from tests.ui.conftest import activate

TODAY = dt.date.today()
DAY = TODAY - dt.timedelta(days=14)


def _minutes_view(qtbot, ctx, group_id) -> MinutesView:
    ctx.set_group(group_id)
    view = MinutesView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def test_attendance_after_the_day_makes_the_meeting_held_and_it_can_be_set_back(
    qtbot, ctx, group_id
) -> None:
    meeting_id = planner.create_meeting(
        ctx.db,
        group_id,
        MeetingInput(date=DAY, theme="AI i driften", status=MeetingStatus.CONFIRMED),
    )
    view = _minutes_view(qtbot, ctx, group_id)
    assert view.meeting_id == meeting_id
    held = view.held_box
    assert not held.isChecked() and held.isEnabled()

    # The coordinator marks the first member present with the key 1.
    table = view.attendance_table
    table.setCurrentIndex(view.attendance_model.index(0, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert minutes.attendance(ctx.db, meeting_id)[0].status is AttendanceStatus.PRESENT
    assert held.isChecked()
    assert planner.meeting(ctx.db, meeting_id).status is MeetingStatus.HELD

    # The year plan says the same.
    ctx.set_group(group_id)
    plan = PlannerView(ctx, today=TODAY)
    qtbot.addWidget(plan)
    plan.show_year(DAY.year)
    row = plan.model.row_of(meeting_id)
    assert plan.model.index(row, MeetingTableModel.STATUS).data() == "Held"

    # It did not take place after all: untick it (Space), and it is confirmed again.
    held.setFocus()
    qtbot.keyClick(held, Qt.Key.Key_Space)
    assert not held.isChecked()
    assert planner.meeting(ctx.db, meeting_id).status is MeetingStatus.CONFIRMED
    assert plan.model.index(row, MeetingTableModel.STATUS).data() == "Confirmed"
    # Undo brings "held" back; redo takes it away again.
    ctx.undo_stack.undo()
    assert planner.meeting(ctx.db, meeting_id).status is MeetingStatus.HELD
    assert held.isChecked()
    ctx.undo_stack.redo()
    assert planner.meeting(ctx.db, meeting_id).status is MeetingStatus.CONFIRMED
    assert not held.isChecked()


def test_a_coming_or_cancelled_meeting_is_not_held(qtbot, ctx, group_id) -> None:
    cancelled = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=DAY, status=MeetingStatus.CANCELLED)
    )
    coming = planner.create_meeting(ctx.db, group_id, MeetingInput(date=TODAY + dt.timedelta(7)))
    view = _minutes_view(qtbot, ctx, group_id)
    view.show_meeting(cancelled)
    held = view.held_box
    assert not held.isChecked() and not held.isEnabled()
    assert "cancelled" in held.toolTip()
    view.show_meeting(coming)
    assert view.meeting_id == coming
    assert not held.isChecked() and held.isEnabled()
