"""Small things a coordinator reads: the guest count beside the number it belongs to, countries by
name in the settings, and a toolbar that stays put while the undo text changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from coordinator_app.domain.enums import Rsvp
from coordinator_app.domain.logistics import CateringSummary, SignupLine, catering_summary
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import planner, settings
from coordinator_app.ui.app import install_translators
from coordinator_app.ui.countries import country_name
from coordinator_app.ui.logistics.view import catering_text
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.planner.commands import EditMeeting
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from tests.ui.conftest import activate


def test_the_guest_count_stands_beside_the_number_of_those_coming() -> None:
    summary = catering_summary(
        [
            SignupLine("Mette", "Region H", Rsvp.YES),
            SignupLine("Maja Lindqvist", "Grafana Labs", Rsvp.YES, is_guest=True),
            SignupLine("Anders", "LEGO", Rsvp.MAYBE),
        ]
    )
    first_line = catering_text(summary).splitlines()[0]
    assert first_line == (
        "Coming: 2 (of whom 1 guest(s)) · Maybe: 1 · Not coming: 0 · No answer: 0"
    )
    no_guests = CateringSummary(yes=2, no=0, maybe=0, invited=1, guests=0)
    assert catering_text(no_guests).splitlines()[0] == (
        "Coming: 2 · Maybe: 0 · Not coming: 0 · No answer: 1"
    )


def _dialog(qtbot, ctx) -> PlannerSettingsDialog:
    dialog = PlannerSettingsDialog(
        None, settings.holiday_rules(ctx.db), settings.agenda_template(ctx.db, "en"), "en"
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_settings_name_the_country(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    box = dialog.country
    assert box.currentText() == "Denmark"
    texts = [box.itemText(n) for n in range(box.count())]
    codes = [box.itemData(n) for n in range(box.count())]
    assert "DK" not in texts and "DNK" not in codes and "UK" not in codes
    assert len(codes) == len(set(codes)) == len(set(texts))
    assert texts.index("Denmark") < texts.index("Germany") < texts.index("Sweden")
    box.setCurrentIndex(box.findText("Germany"))
    assert dialog.rules().country == "DE"


def test_country_names_in_danish(qapp) -> None:
    translators = install_translators(qapp, "da")
    try:
        assert country_name("DK") == "Danmark"
        assert country_name("de") == "Tyskland"
        assert country_name("SE") == "Sverige"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert country_name("DK") == "Denmark"


def _tool_button(window: MainWindow, action) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_the_toolbar_does_not_move_when_the_undo_text_changes(qtbot, ctx, group_id) -> None:
    meeting_id = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=dt.date(2027, 3, 9), theme="AI")
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    undo = _tool_button(window, window.undo_tool_action)
    redo = _tool_button(window, window.redo_tool_action)
    after = _tool_button(window, window.import_action)
    place = after.mapTo(window, after.rect().topLeft())
    assert (undo.text(), redo.text()) == ("Undo", "Redo")
    assert not undo.isEnabled()
    assert undo.toolTip() == "Nothing to undo"

    long_theme = "Observability, SRE og on-call i en verden med alt for mange alarmer"
    data = MeetingInput(date=dt.date(2027, 3, 9), theme=long_theme)
    ctx.undo_stack.push(EditMeeting(ctx, meeting_id, data, f"Change the theme to “{long_theme}”"))
    QApplication.processEvents()
    assert undo.isEnabled()
    assert undo.text() == "Undo"
    assert after.mapTo(window, after.rect().topLeft()) == place
    command = ctx.undo_stack.undoText()
    assert command and command in undo.toolTip()
    assert "Ctrl+Z" in undo.toolTip()
    # The menu still names the step.
    assert command in window.undo_action.text()

    undo.click()
    QApplication.processEvents()
    assert planner.meeting(ctx.db, meeting_id).theme == "AI"
    assert redo.isEnabled() and redo.text() == "Redo"
    assert command in redo.toolTip()
    assert after.mapTo(window, after.rect().topLeft()) == place
    redo.click()
    assert planner.meeting(ctx.db, meeting_id).theme == long_theme
