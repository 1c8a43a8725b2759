"""“Plan the year” proposes a host for each date in the order of the host rotation; the
coordinator changes one, and the meetings are created with their hosts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog

from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import logistics, planner
from coordinator_app.ui.planner.plan_dialog import PlanYearDialog, ProposalModel
from coordinator_app.ui.planner.view import PlannerView
from tests.ui.conftest import activate, when_dialog_opens

TODAY = dt.date(2027, 1, 10)


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_plan_the_year_with_hosts_in_rotation(qtbot, ctx, group_id) -> None:
    # LEGO hosted last year: it goes to the back of the queue.
    lego = planner.host_for_name(ctx.db, "LEGO")
    planner.create_meeting(ctx.db, group_id, MeetingInput(date=dt.date(2026, 11, 3), host_id=lego))
    ctx.set_group(group_id)
    view = PlannerView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    activate(qtbot, view)
    seen: dict[str, object] = {}

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanYearDialog)
        proposals = dialog.model
        seen["hosts"] = _column(proposals, ProposalModel.HOST)
        # The coordinator gives the second date to LEGO after all, by keyboard.
        table = dialog.table
        table.setCurrentIndex(proposals.index(1, ProposalModel.HOST))
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
        [combo] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
        combo.setCurrentIndex(combo.findText("LEGO"))
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
        seen["changed"] = proposals.index(1, ProposalModel.HOST).data()
        # The last date gets no host yet.
        proposals.setData(proposals.index(3, ProposalModel.HOST), "", Qt.ItemDataRole.EditRole)
        seen["none"] = proposals.index(3, ProposalModel.HOST).data()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, plan)
    view.plan_action.trigger()

    # Who never hosted comes first (by name), LEGO last.
    assert seen["hosts"] == ["Grøn Energi", "Novo Nordisk", "Region Hovedstaden", "LEGO"]
    assert seen["changed"] == "LEGO"
    assert seen["none"] == "No host yet"
    rows = planner.meetings(ctx.db, group_id=group_id, year=2027)
    assert [r.host_name for r in rows] == ["Grøn Energi", "LEGO", "Region Hovedstaden", ""]
    # The rotation now sees the bookings.
    ranked = [c.name for c in logistics.suggest_hosts(ctx.db, group_id, TODAY)]
    assert ranked[0] == "Novo Nordisk"
    # One undo step takes the whole plan back.
    ctx.undo_stack.undo()
    assert planner.meetings(ctx.db, group_id=group_id, year=2027) == []
