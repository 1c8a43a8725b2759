"""Calendar replies dropped onto the host-visit view: the preview, the sign-ups, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from coordinator_app.domain.enums import Rsvp
from coordinator_app.ui.logistics.replies import ReplyPreviewDialog
from coordinator_app.ui.logistics.view import LogisticsView
from coordinator_app.ui.rows_model import RowsModel
from coordinator_app.ui.worker import wait_for_background_work
from tests.replies_world import CLIENT_REPLIES, REPLIES, ReplyWorld, make_world
from tests.ui.conftest import activate, when_dialog_opens

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def world(ctx) -> ReplyWorld:
    return make_world(ctx.db)


def _view(qtbot, ctx, world: ReplyWorld) -> LogisticsView:
    ctx.set_group(world.group_id)
    view = LogisticsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    activate(qtbot, view)
    return view


def _cells(model: RowsModel, *columns: int) -> list[tuple[str, ...]]:
    return [tuple(model.index(row, c).data() for c in columns) for row in range(model.rowCount())]


def _drop(view: LogisticsView, paths: list[Path]) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(view.width() / 2, view.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    accepted = enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, drop)
    return accepted


def _answers(view: LogisticsView) -> dict[str, tuple[str, str]]:
    return {name: (answer, note) for name, answer, note in _cells(view.signup_model, 0, 2, 4)}


def test_drop_replies_preview_apply_and_undo(qtbot, ctx, world: ReplyWorld) -> None:
    view = _view(qtbot, ctx, world)
    view.show_meeting(world.june)
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyPreviewDialog)
        seen["summary"] = dialog.summary.text()
        seen["rows"] = _cells(dialog.model, 0, 1, 3, 4)
        seen["save"] = dialog.save_button.isEnabled()
        dialog.accept()

    when_dialog_opens(qtbot, preview)
    files = [REPLIES / name for name in CLIENT_REPLIES]
    files += [REPLIES / "outlook_declined_earlier.eml", REPLIES / "reply_cancelled_meeting.ics"]
    assert _drop(view, files)
    wait_for_background_work()
    qtbot.waitUntil(lambda: "rows" in seen and ctx.undo_stack.count() == 1)

    rows = seen["rows"]
    assert isinstance(rows, list)
    assert [r[0] for r in rows] == ["Will be saved"] * 6 + ["Stale", "Unknown"]
    assert ("Will be saved", "Carl Holm", "No", "thunderbird_declined.eml") in rows
    assert ("Stale", "Anna Jensen", "No", "outlook_declined_earlier.eml") in rows
    assert seen["save"] is True
    assert "6 answer(s) will be saved" in str(seen["summary"])

    # The view shows the first reply's meeting (March) on the sign-ups tab.
    assert view.meeting_id == world.march
    assert view.tabs.currentIndex() == 1
    answers = _answers(view)
    assert answers["Anna Jensen"] == ("Yes", "Jeg kommer gerne – glæder mig til rundvisningen.")
    assert answers["Bo Nielsen"] == ("Yes", "Glæder mig. Jeg er vegetar.")
    assert answers["Carl Holm"][0] == "No"
    assert answers["Erik Lund"][0] == "Maybe"
    assert "Coming: 2" in view.catering.text()

    # One undo step takes every answer back, in both meetings.
    ctx.undo_stack.undo()
    assert {answer for answer, _note in _answers(view).values()} == {"No answer yet"}
    view.show_meeting(world.june)
    assert {answer for answer, _note in _answers(view).values()} == {"No answer yet"}
    ctx.undo_stack.redo()
    assert _answers(view)["Frida Møller"][0] == "Yes"


def test_cancelling_the_preview_saves_nothing(qtbot, ctx, world: ReplyWorld) -> None:
    view = _view(qtbot, ctx, world)
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    when_dialog_opens(qtbot, cancel)
    assert _drop(view, [REPLIES / "gmail_accepted_comment.eml"])
    wait_for_background_work()
    qtbot.waitUntil(lambda: seen == ["ReplyPreviewDialog"])
    assert ctx.undo_stack.count() == 0
    view.show_meeting(world.march)
    assert _answers(view)["Bo Nielsen"][0] == "No answer yet"


def test_a_drop_without_files_is_refused(qtbot, ctx, world: ReplyWorld) -> None:
    view = _view(qtbot, ctx, world)
    data = QMimeData()
    data.setText("just text")
    enter = QDragEnterEvent(
        view.rect().center(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()


def test_import_replies_from_the_menu(qtbot, ctx, world: ReplyWorld, monkeypatch) -> None:
    view = _view(qtbot, ctx, world)
    chosen = [str(REPLIES / "apple_tentative.eml"), str(REPLIES / "outlook_winmail_dat.eml")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen, "")))
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyPreviewDialog)
        seen["notes"] = _cells(dialog.model, 0, 5)
        dialog.accept()

    when_dialog_opens(qtbot, preview)
    view.replies.import_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    notes = seen["notes"]
    assert isinstance(notes, list)
    assert notes[0] == ("Will be saved", "")
    assert notes[1][0] == "Unknown" and "winmail.dat" in notes[1][1]
    assert view.meeting_id == world.june
    assert _answers(view)["Dorte Vang"][0] == "Maybe"
    assert any(r.response is Rsvp.MAYBE for r in view.signup_model.rows())
