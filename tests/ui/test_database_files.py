"""File ▸ Open database… and File ▸ Recent databases (issue #15, item 14): the window reopens on
another file, holding its lock, and the last files opened are offered again."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.store.database import open_database
from coordinator_app.store.lock import current_holder
from coordinator_app.ui.database_files import recent_databases
from coordinator_app.ui.main_window import MainWindow
from tests.ui.conftest import activate, when_dialog_opens


def _make_database(path: Path, group: str, member: str) -> Path:
    db = open_database(path)
    try:
        gid = groups.create_group(db, group)
        roster.add_member(
            db,
            gid,
            PersonInput(name=member),
            JobInput("Firma", "CTO"),
            joined_on=dt.date(2024, 1, 1),
        )
    finally:
        db.close()
    return path


@pytest.fixture
def window(qtbot, ctx, group_id) -> Iterator[MainWindow]:
    ctx.set_group(group_id)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    activate(qtbot, main)
    yield main
    opened = main.database_files.opened
    if opened is not None:
        opened.release()
        opened.db.close()


def _names(window: MainWindow) -> list[str]:
    window.roster.loader.ensure_loaded()
    model = window.roster.model
    return [model.member_at(row).name for row in range(model.rowCount())]


def test_open_database_reopens_the_window_on_the_other_file(
    qtbot, ctx, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    other = _make_database(tmp_path / "anden.sqlite", "Ledernetværket", "Ida Holm")
    ctx.undo_stack.push(QUndoCommand("an edit made before"))
    window.database_files.ask_path = lambda: other
    window.database_files.open_action.trigger()

    assert ctx.db.path == other.resolve()
    assert window.group_box.currentText() == "Ledernetværket"
    assert _names(window) == ["Ida Holm"]
    assert ctx.undo_stack.count() == 0  # the steps belonged to the other file
    assert window.db_label.text() == str(other.resolve())
    holder = current_holder(other)
    assert holder is not None and holder.pid == os.getpid()  # its lock is held
    assert recent_databases()[:2] == [other.resolve(), db_path.resolve()]

    # Back through File ▸ Recent databases: the file opened before is offered.
    window.database_files.fill_recent_menu()
    entries = [a for a in window.database_files.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == [f"&1 {db_path.resolve()}"]
    entries[0].trigger()
    assert ctx.db.path == db_path.resolve()
    assert "Mette Kjærgaard" in _names(window)
    assert current_holder(other) is None  # let go of once the window left it


def test_a_recent_file_that_is_gone_is_greyed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    first = _make_database(tmp_path / "a.sqlite", "A", "Ida Holm")
    second = _make_database(tmp_path / "b.sqlite", "B", "Bo Berg")
    for path in (first, second):
        window.database_files.open(path)
    first.unlink()
    window.database_files.fill_recent_menu()
    entries = {
        a.text(): a.isEnabled()
        for a in window.database_files.recent_menu.actions()
        if not a.isSeparator()
    }
    assert entries[f"&1 {first.resolve()}"] is False
    assert any(enabled for text, enabled in entries.items() if text.startswith("&2 "))


def test_at_most_five_databases_are_remembered(qtbot, window: MainWindow, tmp_path: Path) -> None:
    paths = [_make_database(tmp_path / f"{n}.sqlite", f"G{n}", "Ida Holm") for n in range(6)]
    for path in paths:
        window.database_files.open(path)
    assert recent_databases() == [p.resolve() for p in reversed(paths)][:5]


def test_a_file_that_is_no_database_is_refused_and_the_open_one_kept(
    qtbot, ctx, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "noter.sqlite"
    notes.write_text("ikke en database", encoding="utf-8")
    told: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read)
    window.database_files.ask_path = lambda: notes
    assert not window.database_files.choose_and_open()
    assert told and str(notes.resolve()) in told[0]
    assert ctx.db.path == db_path
    assert "Mette Kjærgaard" in _names(window)
    assert current_holder(notes) is None
