"""The member form corrects when a member joined and when their jobs started and ended; a new
job asks for the new work e-mail (issue #15, item 4)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coordinator_app.services import membership, roster
from coordinator_app.ui.forms import to_qdate
from coordinator_app.ui.roster.job_dates import JobDatesDialog
from coordinator_app.ui.roster.member_dialog import MemberDialog, NewJobDialog
from coordinator_app.ui.roster.view import EndMembershipDialog, RosterView
from tests.ui.conftest import activate, type_text, when_dialog_opens


def _view(qtbot, ctx, group_id) -> RosterView:
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.resize(1100, 600)
    view.show()
    activate(qtbot, view)
    return view


def _select(qtbot, view: RosterView, name: str) -> int:
    view.filter.clear()
    type_text(qtbot, view.filter, name)
    view.table.selectRow(0)
    member = view.selected_member()
    assert member is not None
    return member.person_id


def _save(qtbot, dialog: MemberDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _joined(ctx, group_id: int, person_id: int) -> dt.date | None:
    dates = membership.membership_dates(ctx.db, group_id, person_id)
    assert dates is not None
    return dates.joined_on


def test_member_since_is_corrected_in_the_form_and_then_leaving_earlier_works(
    qtbot, ctx, group_id
) -> None:
    view = _view(qtbot, ctx, group_id)
    mette = _select(qtbot, view, "Mette")

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.joined.isVisible()
        assert dialog.joined.date() == to_qdate(dt.date(2021, 1, 1))
        dialog.joined.setDate(to_qdate(dt.date(2015, 5, 1)))
        _save(qtbot, dialog)

    when_dialog_opens(qtbot, correct)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert _joined(ctx, group_id, mette) == dt.date(2015, 5, 1)
    assert "01-05-2015" in view.details.facts.text()

    # Leaving in 2018 was refused while she had joined in 2021; now it is not.
    def leave(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMembershipDialog)
        dialog.left_on.setDate(to_qdate(dt.date(2018, 6, 30)))
        dialog.accept()

    when_dialog_opens(qtbot, leave)
    view.end_action.trigger()
    dates = membership.membership_dates(ctx.db, group_id, mette)
    assert dates is not None and dates.left_on == dt.date(2018, 6, 30)

    ctx.undo_stack.undo()  # the leaving
    ctx.undo_stack.undo()  # the correction
    assert _joined(ctx, group_id, mette) == dt.date(2021, 1, 1)


def test_joining_after_leaving_is_refused_at_the_field(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    soren = _select(qtbot, view, "Søren")
    roster.end_membership(ctx.db, group_id, soren, dt.date(2026, 10, 31))
    view.show_former.setChecked(True)
    _select(qtbot, view, "Søren")
    seen: list[str] = []

    def too_late(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.joined.setDate(to_qdate(dt.date(2027, 1, 1)))
        _save(qtbot, dialog)
        assert dialog.isVisible()  # not saved: the form stays open with the error
        seen.append(dialog.fields["joined"].error.text())
        dialog.reject()

    when_dialog_opens(qtbot, too_late)
    view.edit_action.trigger()
    assert seen and "31-10-2026" in seen[0]
    assert _joined(ctx, group_id, soren) == dt.date(2021, 1, 1)


def test_a_jobs_dates_are_corrected_from_the_history(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    anders = _select(qtbot, view, "Anders")
    errors: list[str] = []

    def dates(dialog: QDialog) -> None:
        assert isinstance(dialog, JobDatesDialog)
        assert not dialog.ended_known.isChecked()  # the current job has not ended
        dialog.started_known.setChecked(True)
        dialog.started.setDate(to_qdate(dt.date(2010, 2, 1)))
        dialog.ended_known.setChecked(True)
        dialog.ended.setDate(to_qdate(dt.date(2009, 1, 1)))
        dialog.accept()
        assert dialog.isVisible()  # an end before the start is refused
        errors.append(dialog.ended_field.error.text())
        dialog.ended_known.setChecked(False)
        dialog.accept()

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.history.selectRow(0)
        when_dialog_opens(qtbot, dates)
        qtbot.mouseClick(dialog.job_dates_button, Qt.MouseButton.LeftButton)
        assert dialog.history_model.index(0, 1).data() == "since 01-02-2010"
        dialog.reject()

    when_dialog_opens(qtbot, edit)
    view.edit_action.trigger()
    assert errors and errors[0]
    [job] = roster.person_details(ctx.db, anders).jobs
    assert (job.started_on, job.ended_on) == (dt.date(2010, 2, 1), None)
    ctx.undo_stack.undo()
    [job] = roster.person_details(ctx.db, anders).jobs
    assert job.started_on is None


def test_a_new_job_asks_for_the_new_work_address(qtbot, ctx, group_id) -> None:
    view = _view(qtbot, ctx, group_id)
    anders = _select(qtbot, view, "Anders")

    def new_job(dialog: QDialog) -> None:
        assert isinstance(dialog, NewJobDialog)
        assert dialog.email.text() == "anders@lego.example"
        type_text(qtbot, dialog.company, "Mærsk")
        dialog.email.clear()
        type_text(qtbot, dialog.email, "anders@maersk.example")
        dialog.accept()

    when_dialog_opens(qtbot, new_job)
    view.new_job_action.trigger()
    details = roster.person_details(ctx.db, anders)
    assert details.email == "anders@maersk.example"
    assert details.jobs[0].company == "Mærsk"
    ctx.undo_stack.undo()
    details = roster.person_details(ctx.db, anders)
    assert (details.email, details.jobs[0].company) == ("anders@lego.example", "LEGO")
