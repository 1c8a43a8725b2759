"""Searching the roster as a user does (issue #15, item 11): title and e-mail are searched,
letters are folded, and the details pane never shows a member the search hides."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordinator_app.ui.roster.model import RosterTableModel
from coordinator_app.ui.roster.view import RosterView
from tests.ui.conftest import activate, type_text


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


def _search(qtbot, view: RosterView, text: str) -> list[str]:
    view.filter.clear()
    type_text(qtbot, view.filter, text)
    return _names(view)


def _click_row(qtbot, view: RosterView, name: str) -> None:
    row = _names(view).index(name)
    rect = view.table.visualRect(view.model.index(row, RosterTableModel.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title_e_mail_and_folded_letters_find_members(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    assert _search(qtbot, view, "Driftschef") == ["Mette Kjærgaard"]  # title
    assert _search(qtbot, view, "platform engineer") == ["Łukasz Żółć"]
    assert _search(qtbot, view, "anders@lego") == ["Anders Østergaard"]  # e-mail
    assert _search(qtbot, view, "ostergaard") == ["Anders Østergaard"]
    assert _search(qtbot, view, "oestergaard") == ["Anders Østergaard"]
    assert _search(qtbot, view, "kjaergard") == ["Mette Kjærgaard"]
    assert _search(qtbot, view, "aero agard") == ["Søren Ærø Ågård"]
    assert _search(qtbot, view, "ero aagaard") == ["Søren Ærø Ågård"]
    assert _search(qtbot, view, "lukasz zolc") == ["Łukasz Żółć"]
    assert view.count_label.text() == "1 of 4 members shown"


def test_the_details_follow_the_search(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    _click_row(qtbot, view, "Mette Kjærgaard")
    assert view.details.heading.text() == "Mette Kjærgaard"

    # Still found: still selected and shown.
    assert _search(qtbot, view, "region") == ["Mette Kjærgaard"]
    assert view.details.heading.text() == "Mette Kjærgaard"

    # Hidden by the search: the first member found is selected and shown instead.
    assert _search(qtbot, view, "novo") == ["Łukasz Żółć"]
    member = view.selected_member()
    assert member is not None and member.name == "Łukasz Żółć"
    assert view.details.heading.text() == "Łukasz Żółć"
    assert view.edit_action.isEnabled()

    # Nobody found: nothing selected, the pane says so, and the member actions are off.
    assert _search(qtbot, view, "nobody here") == []
    assert view.selected_member() is None
    assert view.details.heading.text() == "No member selected"
    assert not view.details.facts.isVisible()
    assert not view.edit_action.isEnabled()


def test_nothing_is_selected_by_searching_when_nothing_was(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    assert view.selected_member() is None
    assert _search(qtbot, view, "ostergaard") == ["Anders Østergaard"]
    assert view.details.heading.text() == "No member selected"
    _click_row(qtbot, view, "Anders Østergaard")
    assert view.details.heading.text() == "Anders Østergaard"
