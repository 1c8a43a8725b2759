"""Host-visit logistics as a coordinator works them: fill in the visit, record sign-ups, watch
the catering numbers and the overdue tasks change, rotate the host, write the documents."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QFileDialog

from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import logistics, planner, roster
from coordinator_app.ui.logistics.view import GuestDialog, LogisticsView
from coordinator_app.ui.rows_model import RowsModel
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import activate, type_text, when_dialog_opens

TODAY = dt.date(2027, 2, 1)
MEETING_DAY = dt.date(2027, 3, 9)


@pytest.fixture
def meeting_id(ctx, group_id) -> int:
    novo = planner.host_for_name(ctx.db, "Novo Nordisk")
    return planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=MEETING_DAY, theme="AI i driften", host_id=novo)
    )


def _view(qtbot, ctx, group_id) -> LogisticsView:
    ctx.set_group(group_id)
    view = LogisticsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def _column(model: RowsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _row_of(model: RowsModel, name: str) -> int:
    return _column(model, 0).index(name)


def _commit(qtbot, table) -> None:
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_fill_in_the_visit_field_by_field(qtbot, ctx, group_id, meeting_id) -> None:
    view = _view(qtbot, ctx, group_id)
    form = view.visit_form
    assert view.meeting_id == meeting_id
    assert "tirsdag d. 9. marts 2027" in view.heading.text()
    # The contact is chosen among the people at the host company.
    box = form.contact_choice
    box.setCurrentIndex(box.findText("Łukasz Żółć"))
    box.activated.emit(box.currentIndex())
    assert form.contact_email.text() == "lukasz@novo.example"
    # Typing, then leaving the field saves it.
    form.room.setFocus()
    type_text(qtbot, form.room, "Mødelokale Ørsted, 3. sal")
    form.parking.setFocus()
    type_text(qtbot, form.parking, "Gæsteparkering ved hovedindgangen")
    form.requires_id.setFocus()
    qtbot.keyClick(form.requires_id, Qt.Key.Key_Space)
    saved = logistics.visit(ctx.db, meeting_id)
    assert saved.contact_person_id is not None
    assert saved.contact_name == "Łukasz Żółć"
    assert saved.room == "Mødelokale Ørsted, 3. sal"
    assert saved.parking == "Gæsteparkering ved hovedindgangen"
    assert saved.tour_requires_id
    # A wrong e-mail address is shown at its field and kept on screen, but not saved.
    form.contact_email.setFocus()
    form.contact_email.selectAll()
    type_text(qtbot, form.contact_email, "lukasz@novo")
    form.wifi.setFocus()
    assert form.errors["contact_email"].error.isVisible()
    assert form.contact_email.text() == "lukasz@novo"
    assert logistics.visit(ctx.db, meeting_id).contact_email == "lukasz@novo.example"
    # Undo goes back one field at a time.
    ctx.undo_stack.undo()
    assert not logistics.visit(ctx.db, meeting_id).tour_requires_id
    assert not form.requires_id.isChecked()


def test_sign_ups_change_the_catering_numbers(qtbot, ctx, group_id, meeting_id) -> None:
    view = _view(qtbot, ctx, group_id)
    view.tabs.setCurrentIndex(1)
    model, table = view.signup_model, view.signup_table
    assert _column(model, 0) == [
        "Anders Østergaard",
        "Łukasz Żółć",
        "Mette Kjærgaard",
        "Søren Ærø Ågård",
    ]
    assert set(_column(model, 2)) == {"No answer yet"}
    assert view.catering.text().startswith("Coming: 0 · Maybe: 0 · Not coming: 0 · No answer: 4")

    def answer(name: str, text: str) -> None:
        index = model.index(_row_of(model, name), 2)
        table.setCurrentIndex(index)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)
        [combo] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
        combo.setCurrentIndex(combo.findText(text))
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        _commit(qtbot, table)
        qtbot.waitUntil(lambda: model.index(_row_of(model, name), 2).data() == text)

    answer("Mette Kjærgaard", "Yes")
    answer("Łukasz Żółć", "Yes")
    answer("Anders Østergaard", "Maybe")
    answer("Søren Ærø Ågård", "No")
    assert "Coming: 2 · Maybe: 1 · Not coming: 1 · No answer: 0" in view.catering.text()
    assert "Catering for 2 (up to 3" in view.catering.text()

    # A diet typed for this meeting counts for the catering.
    row = _row_of(model, "Łukasz Żółć")
    model.setData(model.index(row, 3), "vegetar")
    qtbot.waitUntil(lambda: "vegetar 1" in view.catering.text())

    # A guest speaker who comes adds to the numbers.
    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, GuestDialog)
        type_text(qtbot, dialog.name, "Maja Lindqvist")
        type_text(qtbot, dialog.organisation, "Grafana Labs")
        type_text(qtbot, dialog.diet, "Vegetar")
        dialog.accept()

    when_dialog_opens(qtbot, add)
    view.add_guest_action.trigger()
    assert "Coming: 3" in view.catering.text()
    assert "(of whom 1 guest(s))" in view.catering.text()
    assert "vegetar 2" in view.catering.text()
    answers = {r.name: r.response for r in logistics.signups(ctx.db, meeting_id)}
    assert answers["Maja Lindqvist"] is Rsvp.YES
    assert answers["Søren Ærø Ågård"] is Rsvp.NO
    # Undo the guest: the numbers follow.
    ctx.undo_stack.undo()
    assert "Coming: 2" in view.catering.text()


def test_the_roster_diet_is_used_until_the_meeting_has_its_own(
    qtbot, ctx, group_id, meeting_id
) -> None:
    anders = next(r for r in roster.roster(ctx.db, group_id) if r.name == "Anders Østergaard")
    details = roster.person_details(ctx.db, anders.person_id)
    person = roster.person_input(details)
    roster.update_person(
        ctx.db,
        anders.person_id,
        person.__class__(**{**person.__dict__, "dietary_needs": "glutenfri"}),
    )
    logistics.set_signup(ctx.db, meeting_id, anders.person_id, Rsvp.YES)
    view = _view(qtbot, ctx, group_id)
    model = view.signup_model
    row = _row_of(model, "Anders Østergaard")
    assert model.index(row, 3).data() == "glutenfri"
    assert model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == "From the roster"
    assert "glutenfri 1" in view.catering.text()


def test_overdue_tasks_stand_out_and_ticking_them_clears_it(
    qtbot, ctx, group_id, meeting_id
) -> None:
    view = _view(qtbot, ctx, group_id)
    view.tabs.setCurrentIndex(2)
    model = view.checklist_model
    rows = model.rows()
    assert rows, "a new meeting gets the checklist template"
    overdue = [r for r in rows if r.overdue]
    # On 1 February a meeting on 9 March is 36 days away: the 90-, 60- and 42-day tasks are late.
    assert [r.offset_days for r in overdue] == [-90, -60, -42]
    assert view.overdue_label.text() == "3 task(s) overdue"
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) is not None
    # The overview across coming meetings lists them too.
    assert view.due_model.rowCount() == len(rows)
    # Tick the first one done by keyboard.
    view.checklist_table.setCurrentIndex(first)
    view.checklist_table.setFocus()
    qtbot.keyClick(view.checklist_table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.overdue_label.text() == "2 task(s) overdue")
    done = logistics.checklist(ctx.db, meeting_id, TODAY)[0]
    assert done.done_on == TODAY and not done.overdue
    assert view.due_model.rowCount() == len(rows) - 1
    ctx.undo_stack.undo()
    assert view.overdue_label.text() == "3 task(s) overdue"


def test_host_rotation_suggests_who_waited_longest_and_respects_pauses(
    qtbot, ctx, group_id, meeting_id
) -> None:
    lego = planner.host_for_name(ctx.db, "LEGO")
    planner.create_meeting(
        ctx.db,
        group_id,
        MeetingInput(date=dt.date(2026, 11, 10), host_id=lego, status=MeetingStatus.HELD),
    )
    view = _view(qtbot, ctx, group_id)
    view.tabs.setCurrentIndex(3)
    companies = [row[1].name for row in view.ranking_model.rows()]
    # Never hosted first (Danish order), then LEGO (hosted), Novo Nordisk (booked) last.
    assert companies == ["Grøn Energi", "Region Hovedstaden", "LEGO", "Novo Nordisk"]
    assert view.suggestion.text() == "Next in turn to host: Grøn Energi (has not hosted yet)"
    # Grøn Energi pauses: it leaves the queue and shows at the end, ticked.
    model = view.ranking_model
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(
        lambda: view.suggestion.text().endswith("Region Hovedstaden (has not hosted yet)")
    )
    rows = view.ranking_model.rows()
    assert [r[1].name for r in rows][-1] == "Grøn Energi" and rows[-1][1].paused
    assert logistics.suggest_hosts(ctx.db, group_id, TODAY)[0].name == ("Region Hovedstaden")
    assert _column(view.history_model, 1) == ["Novo Nordisk", "LEGO"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_visitor_list_and_email_drafts(
    qtbot, ctx, group_id, meeting_id, tmp_path, monkeypatch
) -> None:
    people = {r.name: r.person_id for r in roster.roster(ctx.db, group_id)}
    logistics.set_signup(ctx.db, meeting_id, people["Łukasz Żółć"], Rsvp.YES)
    logistics.set_signup(ctx.db, meeting_id, people["Mette Kjærgaard"], Rsvp.NO)
    view = _view(qtbot, ctx, group_id)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    view.exporter.open_file = open_file
    targets = iter([tmp_path / "besøgsliste", tmp_path / "vært.eml", tmp_path / "medlemmer"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), ""))
    )
    view.visitors_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(opened) == 1)
    text = subprocess.run(
        ["pdftotext", "-layout", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert opened[0].name == "besøgsliste.pdf"
    assert "Łukasz Żółć" in text and "Mette Kjærgaard" not in text

    view.host_mail_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(opened) == 2)
    message = email.message_from_bytes(opened[1].read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert "AI i driften" in message["Subject"] or "09-03-2027" in message["Subject"]

    view.members_mail_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(opened) == 3)
    message = email.message_from_bytes(opened[2].read_bytes(), policy=email.policy.default)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert opened[2].stat().st_mode & 0o777 == 0o600
