"""A name over its limit is refused with the translated message, not the service's English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from coordinator_app.services import groups
from coordinator_app.ui.main_window import MainWindow


def test_a_group_name_over_100_characters_is_refused_in_the_users_words(
    qtbot, ctx, group_id, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Netværk " * 20, True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.new_group()
    assert shown == ["The text is too long (at most 100 characters)."]
    assert [g.name for g in groups.list_groups(ctx.db)] == ["IT Drift"]
