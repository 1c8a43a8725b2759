"""The roster as a user drives it: filter, add with a field error, job change, leave, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coordinator_app.services import groups, roster
from coordinator_app.ui.forms import to_qdate
from coordinator_app.ui.roster.member_dialog import MemberDialog, NewJobDialog
from coordinator_app.ui.roster.model import RosterTableModel
from coordinator_app.ui.roster.view import EndMembershipDialog, RosterView
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, type_text, when_dialog_opens


def _view(qtbot, ctx, group_id) -> RosterView:
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.resize(1100, 600)
    view.show()
    activate(qtbot, view)
    return view


def _names(view: RosterView) -> list[str]:
    model = view.model
    return [model.index(r, RosterTableModel.NAME).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, ctx, group_id) -> None:
    model = RosterTableModel("da")
    model.set_rows(roster.roster(ctx.db, group_id))
    qtmodeltester.check(model)


def test_rows_sort_danish_and_filter_as_you_type(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    # Ł sorts as L (Danish collation itself is covered in tests/domain/test_collation.py).
    assert _names(view) == [
        "Anders Østergaard",
        "Łukasz Żółć",
        "Mette Kjærgaard",
        "Søren Ærø Ågård",
    ]
    type_text(qtbot, view.filter, "energi")
    assert _names(view) == ["Søren Ærø Ågård"]
    assert view.count_label.text() == "1 of 4 members shown"  # no translator installed here
    view.filter.clear()
    type_text(qtbot, view.filter, "observ")  # expertise
    assert _names(view) == ["Łukasz Żółć"]
    view.filter.clear()
    type_text(qtbot, view.filter, "PHARMA novo")  # industry and company, any case
    assert _names(view) == ["Łukasz Żółć"]
    view.filter.clear()
    assert len(_names(view)) == 4


def test_clicking_a_header_sorts_by_that_column(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(RosterTableModel.COMPANY) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    companies = [
        view.model.index(r, RosterTableModel.COMPANY).data() for r in range(view.model.rowCount())
    ]
    assert companies == ["Grøn Energi", "LEGO", "Novo Nordisk", "Region Hovedstaden"]


def test_add_member_shows_a_field_error_then_saves_and_undoes(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.name, "Þóra Sigurðardóttir")
        type_text(qtbot, dialog.email, "thora@danske")
        type_text(qtbot, dialog.company, "Danske Bank")
        type_text(qtbot, dialog.job_title, "IT Operations Manager")
        type_text(qtbot, dialog.expertise, "ITIL, Change management")
        dialog.joined.setDate(to_qdate(dt.date(2024, 2, 1)))
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        error = dialog.fields["email"].error
        seen["error_visible"] = error.isVisible()
        seen["error_text"] = error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.email.clear()
        type_text(qtbot, dialog.email, "thora@danskebank.example")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, fill)
    view.add_action.trigger()

    assert seen["error_visible"] is True
    assert "thora@danske" in str(seen["error_text"])
    assert seen["still_open"] is True
    assert "Þóra Sigurðardóttir" in _names(view)
    selected = view.selected_member()
    assert selected is not None
    assert selected.name == "Þóra Sigurðardóttir"
    [thora] = [r for r in roster.roster(ctx.db, group_id) if r.name == "Þóra Sigurðardóttir"]
    assert (thora.email, thora.company, thora.title) == (
        "thora@danskebank.example",
        "Danske Bank",
        "IT Operations Manager",
    )
    assert thora.expertise == ("ITIL", "Change management")
    assert thora.member_since == dt.date(2024, 2, 1)

    ctx.undo_stack.undo()
    assert "Þóra Sigurðardóttir" not in _names(view)
    assert all(r.name != "Þóra Sigurðardóttir" for r in roster.roster(ctx.db, group_id))
    ctx.undo_stack.redo()
    assert "Þóra Sigurðardóttir" in _names(view)
    assert any(r.name == "Þóra Sigurðardóttir" for r in roster.roster(ctx.db, group_id))


def test_edit_member_and_undo(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    type_text(qtbot, view.filter, "Mette")
    view.table.selectRow(0)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.name.text() == "Mette Kjærgaard"
        dialog.diet.clear()
        type_text(qtbot, dialog.diet, "glutenfri")
        dialog.phone.clear()
        type_text(qtbot, dialog.phone, "33 66 00 00")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(qtbot, edit)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    row = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Mette Kjærgaard")
    assert (row.dietary_needs, row.phone) == ("glutenfri", "+45 33 66 00 00")
    assert "glutenfri" in view.details.facts.text()
    ctx.undo_stack.undo()
    row = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Mette Kjærgaard")
    assert (row.dietary_needs, row.phone) == ("", "")


def test_new_job_is_recorded_and_history_shown(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    type_text(qtbot, view.filter, "Anders")
    view.table.selectRow(0)

    def new_job(dialog: QDialog) -> None:
        assert isinstance(dialog, NewJobDialog)
        type_text(qtbot, dialog.company, "Mærsk")
        type_text(qtbot, dialog.job_title, "Head of Infrastructure")
        type_text(qtbot, dialog.industry, "Shipping")
        dialog.started.setDate(to_qdate(dt.date(2026, 9, 1)))
        dialog.accept()

    when_dialog_opens(qtbot, new_job)
    view.new_job_action.trigger()
    member = view.selected_member()
    assert member is not None
    assert (member.company, member.title) == ("Mærsk", "Head of Infrastructure")
    history = view.details.history_model
    assert history.rowCount() == 2
    assert history.index(0, 0).data() == "Head of Infrastructure\nMærsk (Shipping)"
    assert history.index(0, 1).data() == "since 01-09-2026"
    assert history.index(1, 0).data() == "Director\nLEGO (Legetøj)"
    assert history.index(1, 1).data() == "until 01-09-2026"
    ctx.undo_stack.undo()
    member = view.selected_member()
    assert member is not None
    assert member.company == "LEGO"


def test_end_membership_keeps_history_and_can_be_undone(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    type_text(qtbot, view.filter, "Søren")
    view.table.selectRow(0)

    def leave(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMembershipDialog)
        dialog.left_on.setDate(to_qdate(dt.date(2026, 10, 31)))
        dialog.accept()

    when_dialog_opens(qtbot, leave)
    view.end_action.trigger()
    assert _names(view) == []
    view.show_former.setChecked(True)
    assert _names(view) == ["Søren Ærø Ågård"]
    former = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Søren Ærø Ågård")
    assert former.left_on == dt.date(2026, 10, 31)
    ctx.undo_stack.undo()
    former = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Søren Ærø Ågård")
    assert former.active


def test_typing_on_narrows_to_the_same_rows_as_a_fresh_filter(ctx, group_id) -> None:
    rows = roster.roster(ctx.db, group_id)
    typed = RosterTableModel("da")
    typed.set_rows(rows)
    for text in ("e", "er", "er ", "er o", "er ob"):
        typed.set_filter(text)
        fresh = RosterTableModel("da")
        fresh.set_rows(rows)
        fresh.set_filter(text)
        assert [typed.member_at(r).name for r in range(typed.rowCount())] == [
            fresh.member_at(r).name for r in range(fresh.rowCount())
        ]
    assert typed.rowCount() == 1  # "Łukasz Żółć": Pharma / Observability


def test_a_very_long_roster_is_read_on_a_worker_thread(
    qtbot, ctx, group_id, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As an association's roster of 100,000 would be: the window stays usable while it is read,
    and every column's order is ready when the members are shown."""
    monkeypatch.setattr(RosterView, "BACKGROUND_ABOVE", 2)  # this group's 4 members are many
    other = groups.create_group(ctx.db, "Foreningen")
    view = RosterView(ctx)
    qtbot.addWidget(view)
    view.show()
    ctx.set_group(group_id)
    assert view.loading
    assert view.count_label.text() == "Reading the members …"
    qtbot.waitUntil(lambda: not view.loading)
    assert _names(view) == [
        "Anders Østergaard",
        "Łukasz Żółć",
        "Mette Kjærgaard",
        "Søren Ærø Ågård",
    ]
    assert view.count_label.text() == "4 member(s)"  # no translator installed here
    assert set(view.model._orders) == set(range(len(RosterTableModel.HEADERS)))

    # Another group chosen while the first is still being read: its members never show.
    ctx.set_group(None)
    ctx.set_group(group_id)
    assert _loading(view)
    ctx.set_group(other)  # no members: read at once
    assert not _loading(view) and _names(view) == []
    wait_for_background_work()
    qtbot.wait(50)  # the first read's answer arrives now, and is dropped
    assert _names(view) == []
    assert view.count_label.text() == "0 member(s)"


def _loading(view: RosterView) -> bool:
    return view.loading  # a call: the state changes between two looks at it
