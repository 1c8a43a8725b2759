"""Consent to share contact details, set for many members at once in one undo step, and shown
in the details pane (issue #15, item 9)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from coordinator_app.services import roster
from coordinator_app.ui.roster.view import RosterView
from tests.ui.conftest import activate


def _view(qtbot, ctx, group_id) -> RosterView:
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.resize(1100, 600)
    view.show()
    activate(qtbot, view)
    return view


def _consent(ctx, group_id) -> dict[str, bool]:
    return {r.name: r.consent_share_contact for r in roster.roster(ctx.db, group_id)}


def test_share_contact_details_of_several_members_in_one_step(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    assert set(_consent(ctx, group_id).values()) == {False}
    table = view.table
    table.setFocus()
    table.selectRow(0)
    # Shift+Down twice: the first three members (by name) are selected.
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(table.selectionModel().selectedRows()) == 3
    assert view.share_action.isEnabled()
    view.share_action.trigger()
    assert _consent(ctx, group_id) == {
        "Anders Østergaard": True,
        "Łukasz Żółć": True,
        "Mette Kjærgaard": True,
        "Søren Ærø Ågård": False,
    }
    assert len(table.selectionModel().selectedRows()) == 3  # still selected after the reload
    # The details pane says what the selected member agreed to.
    assert "may be shared with the group" in view.details.facts.text()

    # Now all four, then not: each is one step back.
    table.selectAll()
    view.unshare_action.trigger()
    assert set(_consent(ctx, group_id).values()) == {False}
    ctx.undo_stack.undo()
    assert list(_consent(ctx, group_id).values()).count(True) == 3
    ctx.undo_stack.undo()
    assert set(_consent(ctx, group_id).values()) == {False}
    assert "not to be shared" in view.details.facts.text()


def test_the_actions_name_how_many_members_they_change(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    assert not view.share_action.isEnabled()
    view.table.selectionModel().select(
        view.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.table.selectionModel().setCurrentIndex(
        view.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.share_action.isEnabled()
    view.share_action.trigger()
    assert ctx.undo_stack.undoText() == "Share contact details of 2 member(s)"  # untranslated
