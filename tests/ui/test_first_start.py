"""The first start: Enter after typing a name starts an empty group of that name; the demo data
goes into a group named as the demo; the coordinator can be given at once (issue #15, items 1
and 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coordinator_app.services import coordinators, demo, groups
from coordinator_app.ui.first_start import FirstStartDialog, first_start
from tests.ui.conftest import type_text, when_dialog_opens


def test_typing_a_name_and_enter_starts_an_empty_group(qtbot, ctx) -> None:
    def type_and_enter(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        assert dialog.focusWidget() is dialog.group_name  # where the cursor is
        assert not dialog.demo_button.isDefault()
        type_text(qtbot, dialog.group_name, "IT Drift")
        qtbot.keyClick(dialog.group_name, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, type_and_enter)
    first_start(ctx.db)
    [group] = groups.list_groups(ctx.db)
    assert (group.name, group.members) == ("IT Drift", 0)
    assert demo.demo_group(ctx.db) is None


def test_an_empty_name_cannot_start_an_empty_group(qtbot, ctx) -> None:
    seen: dict[str, object] = {}

    def try_empty(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        seen["enabled"] = dialog.empty_button.isEnabled()
        seen["hint"] = dialog.name_hint.isVisibleTo(dialog)
        qtbot.keyClick(dialog.group_name, Qt.Key.Key_Return)  # nothing happens
        seen["open"] = dialog.isVisible()
        type_text(qtbot, dialog.group_name, "  ")
        seen["blank"] = dialog.empty_button.isEnabled()
        type_text(qtbot, dialog.group_name, "A")
        seen["named"] = dialog.empty_button.isEnabled()
        seen["hint after"] = dialog.name_hint.isVisibleTo(dialog)
        dialog.reject()

    when_dialog_opens(qtbot, try_empty)
    first_start(ctx.db)
    assert seen == {
        "enabled": False,
        "hint": True,
        "open": True,
        "blank": False,
        "named": True,
        "hint after": False,
    }
    assert groups.list_groups(ctx.db) == []


def test_the_demo_goes_into_a_demo_group_and_the_typed_group_is_made_too(qtbot, ctx) -> None:
    def demo_with_name(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        type_text(qtbot, dialog.group_name, "IT Drift")
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, demo_with_name)
    first_start(ctx.db)
    by_name = {g.name: g for g in groups.list_groups(ctx.db)}
    assert set(by_name) == {"Demo – IT Drift", "IT Drift"}
    assert by_name["Demo – IT Drift"].members == 12
    assert by_name["IT Drift"].members == 0
    assert demo.demo_group(ctx.db) == by_name["Demo – IT Drift"].id


def test_the_coordinator_is_given_at_the_first_start(qtbot, ctx) -> None:
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        type_text(qtbot, dialog.group_name, "IT Sikkerhed Øst")
        fields = dialog.coordinator
        type_text(qtbot, fields.name, "Birgitte Ærenlund")
        type_text(qtbot, fields.email, "birgitte@")
        qtbot.keyClick(dialog.group_name, Qt.Key.Key_Return)
        assert dialog.isVisible()  # the address is refused at its field
        errors.append(fields.fields["email"].error.text())
        type_text(qtbot, fields.email, "example.dk")
        type_text(qtbot, fields.phone, "20 12 34 56")
        fields.signature.setFocus()
        type_text(qtbot, fields.signature, "Birgitte")
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, fill)
    first_start(ctx.db)
    assert errors and "birgitte@" in errors[0]
    [group] = groups.list_groups(ctx.db)
    first = coordinators.group_coordinators(ctx.db, group.id).first
    assert first is not None
    assert (first.name, first.email, first.phone, first.signature) == (
        "Birgitte Ærenlund",
        "birgitte@example.dk",
        "+45 20 12 34 56",
        "Birgitte",
    )
