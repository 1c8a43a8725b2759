"""Data safety in the GUI, driven like a user: a save on a read-only or full database, undo that
cannot be saved, a second instance, a damaged database at start, backups and restore, and the
GDPR tools in the roster."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QMessageBox, QWidget
from sqlalchemy import event

from coordinator_app.domain.minutes import former_member
from coordinator_app.domain.people import PersonInput
from coordinator_app.exchange.contacts_import import ImportTooLarge
from coordinator_app.services import groups, privacy, roster
from coordinator_app.store import backups
from coordinator_app.store.database import (
    Database,
    StorageFull,
    StorageReadOnly,
    open_database,
)
from coordinator_app.store.driver import dbapi as sqlite3  # "another program" shares its locks
from coordinator_app.store.lock import DatabaseLock, lock_path
from coordinator_app.ui import startup
from coordinator_app.ui.backup_dialog import BackupDialog
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.roster.commands import AddMember
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.member_dialog import MemberDialog
from coordinator_app.ui.roster.view import ErasePersonDialog, RosterView
from tests.ui.conftest import activate, type_text, when_dialog_opens


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warnings the app shows, as (title, text), instead of modal boxes."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: QWidget | None, title: str, text: str, *_args: Any) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("SELECT id, name, email, notes FROM people ORDER BY id"))
    finally:
        conn.close()


def _make_full(db: Database) -> None:
    """Every new connection may not grow the file by a single page: SQLITE_FULL."""

    def connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA max_page_count=1")

    event.listen(db.engine, "connect", connect)
    db.engine.dispose()


@pytest.fixture
def roster_view(qtbot, ctx: AppContext, group_id: int) -> RosterView:
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.resize(1100, 600)
    view.show()
    activate(qtbot, view)
    return view


# --- saving on a read-only or full database -----------------------------------------------------


@pytest.mark.parametrize("storage", ["read-only", "full"])
def test_the_member_form_keeps_what_was_typed_when_the_database_cannot_save(
    qtbot, ctx: AppContext, db_path: Path, group_id: int, warnings_shown, storage: str
) -> None:
    if storage == "read-only":
        ctx.db.close()
        ctx.db = open_database(db_path, read_only=True)
    else:
        _make_full(ctx.db)
    before = _rows(db_path)
    view = RosterView(ctx)
    qtbot.addWidget(view)
    ctx.set_group(group_id)
    view.show()
    seen: dict[str, Any] = {}
    notes = "Ringer helst om morgenen. " * 300  # needs new pages in the file

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.name, "Þóra Sigurðardóttir")
        type_text(qtbot, dialog.email, "thora@danskebank.example")
        dialog.notes.setPlainText(notes)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["open"] = dialog.isVisible()
        seen["values"] = (dialog.name.text(), dialog.email.text(), dialog.notes.toPlainText())

    when_dialog_opens(qtbot, fill)
    try:
        view.add_action.trigger()
    finally:
        if storage == "read-only":
            ctx.db.close()
    assert seen["open"] is True
    assert seen["values"] == ("Þóra Sigurðardóttir", "thora@danskebank.example", notes)
    [(title, text)] = warnings_shown
    assert title == "Could not save"  # no translator installed in the tests
    assert text == error_text(StorageReadOnly() if storage == "read-only" else StorageFull())
    assert ("read-only" if storage == "read-only" else "disk is full") in text
    assert _rows(db_path) == before
    assert ctx.undo_stack.count() == 0


def test_an_undo_that_cannot_be_saved_is_reported_and_the_history_stays_true(
    qtbot, ctx: AppContext, db_path: Path, group_id: int, warnings_shown
) -> None:
    writable = ctx.db
    command = AddMember(ctx, group_id, PersonInput(name="Ida Lund"), None, dt.date(2026, 1, 1))
    ctx.undo_stack.push(command)
    assert ctx.undo_stack.index() == 1
    ctx.db = open_database(db_path, read_only=True)
    try:
        ctx.undo_stack.undo()  # fails: the member stays, and so does the step in the history
        qtbot.waitUntil(lambda: ctx.undo_stack.index() == 1)
        assert [t for t, _ in warnings_shown] == ["Could not save"]
        assert "read-only" in warnings_shown[0][1]
        assert "Ida Lund" in {r.name for r in roster.roster(ctx.db, group_id)}
    finally:
        ctx.db.close()
        ctx.db = writable
    ctx.undo_stack.undo()  # on a writable database it works
    assert ctx.undo_stack.index() == 0
    assert "Ida Lund" not in {r.name for r in roster.roster(ctx.db, group_id)}
    ctx.db = open_database(db_path, read_only=True)
    try:
        ctx.undo_stack.redo()  # fails: the member stays away, and the step stays undone
        qtbot.waitUntil(lambda: ctx.undo_stack.index() == 0)
        assert "Ida Lund" not in {r.name for r in roster.roster(ctx.db, group_id)}
        assert len(warnings_shown) == 2
    finally:
        ctx.db.close()
        ctx.db = writable
    ctx.undo_stack.redo()  # and it can be tried again
    assert "Ida Lund" in {r.name for r in roster.roster(ctx.db, group_id)}


# --- the last resort ---------------------------------------------------------------------------


def test_the_last_resort_shows_storage_errors_and_reports_others_without_their_message() -> None:
    shown: list[BaseException] = []
    stream = io.StringIO()
    hook = startup.make_excepthook(shown.append, lambda: stream)
    full = StorageFull("The disk is full: the change was not saved.")
    hook(StorageFull, full, None)
    assert shown == [full]
    assert stream.getvalue() == ""
    secret = "Mette told us about her divorce"  # a message quoting a member
    try:
        raise ValueError(secret)
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    report = stream.getvalue()
    assert "builtins.ValueError" in report and "test_data_safety_ui.py" in report
    assert "divorce" not in report


def test_install_excepthook_replaces_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    startup.install_excepthook()
    assert sys.excepthook is not sys.__excepthook__


# --- a second instance, a damaged database at start ------------------------------------------


def _answer(qtbot, button_text: str, seen: list[str], then: Any = None) -> None:
    """Click the button of the next message box whose text contains `button_text` (then, if
    given, call `then` to answer the box after it)."""

    def click(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        [button] = [b for b in dialog.buttons() if button_text in b.text()]
        if then is not None:
            then()
        button.click()

    when_dialog_opens(qtbot, click)


def test_a_second_instance_opens_read_only_or_quits(qtbot, qapp, db_path: Path) -> None:
    first = open_database(db_path)
    groups.create_group(first, "IT Drift")
    first.close()
    with DatabaseLock.acquire(db_path):
        seen: list[str] = []
        _answer(qtbot, "Quit", seen)
        assert startup.open_for_gui(db_path) is None
        assert "open in another Coordinator window" in seen[0]
        _answer(qtbot, "read-only", seen)
        opened = startup.open_for_gui(db_path)
        assert opened is not None and opened.lock is None
        try:
            assert opened.db.read_only
            ctx = AppContext(opened.db)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            assert window.windowTitle() == "IT Drift – Coordinator (read-only)"
            assert not window.read_only_label.isHidden()
            assert not window.backups.restore_action.isEnabled()
            with pytest.raises(StorageReadOnly):
                groups.create_group(opened.db, "Not saved")
        finally:
            opened.db.close()
    # Alone now: the lock is taken, and released again.
    opened = startup.open_for_gui(db_path)
    assert opened is not None and opened.lock is not None and not opened.db.read_only
    assert lock_path(db_path).exists()
    opened.db.close()
    opened.release()
    assert not lock_path(db_path).exists()


def test_a_damaged_database_is_left_alone_unless_the_user_restores_the_newest_backup(
    qtbot, qapp, db_path: Path
) -> None:
    db = open_database(db_path)
    groups.create_group(db, "From the backup")
    db.close()
    backups.make_backup(db_path, backups.AUTO, now=dt.datetime(2026, 3, 9, 8, 0))
    damaged = b"SQLite format 3\x00" + b"\x07" * 5000
    db_path.write_bytes(damaged)

    seen: list[str] = []
    _answer(qtbot, "Quit", seen)
    assert startup.open_for_gui(db_path) is None
    assert "is damaged or is not a Coordinator database" in seen[0]
    assert db_path.read_bytes() == damaged
    assert not lock_path(db_path).exists()

    _answer(qtbot, "Restore backup", seen, then=lambda: _answer(qtbot, "OK", seen))
    opened = startup.open_for_gui(db_path)
    assert opened is not None
    try:
        assert [g.name for g in groups.list_groups(opened.db)] == ["From the backup"]
        [aside] = db_path.parent.glob("coordinator.damaged-*.sqlite")
        assert aside.read_bytes() == damaged
        assert str(aside) in seen[-1]
    finally:
        opened.db.close()
        opened.release()


def test_a_damaged_database_without_a_backup_is_reported(
    qtbot, qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = b"not a database" * 100
    db_path.write_bytes(damaged)
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert startup.open_for_gui(db_path) is None
    assert "There is no backup to restore" in shown[0]
    assert db_path.read_bytes() == damaged


def test_the_daily_backup_at_start(db: Database, db_path: Path) -> None:
    assert startup.backup_at_start(db) == ""
    assert startup.backup_at_start(db) == ""
    assert [b.reason for b in backups.list_backups(db_path)] == [backups.AUTO]


# --- backup now and restore from the File menu ----------------------------------------------------


@pytest.fixture
def window(qtbot, ctx: AppContext, group_id: int) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    yield main


def _menu(window: MainWindow, title: str) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    assert isinstance(menu, QMenu)
    return menu


def _roster_names(window: MainWindow) -> set[str]:
    model = window.roster.model
    return {model.member_at(r).name for r in range(model.rowCount())}


def test_back_up_now_and_restore_show_the_restored_data(
    qtbot, window: MainWindow, ctx: AppContext, group_id: int, db_path: Path
) -> None:
    file_menu = _menu(window, "&File")
    assert window.backups.backup_action in file_menu.actions()
    assert window.backups.restore_action in file_menu.actions()
    window.backups.backup_action.trigger()
    [made] = backups.list_backups(db_path)
    assert made.reason == backups.MANUAL
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    before = _roster_names(window)

    ctx.undo_stack.push(
        AddMember(ctx, group_id, PersonInput(name="Added later"), None, dt.date(2026, 1, 1))
    )
    assert "Added later" in _roster_names(window)
    old_db = ctx.db

    seen: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.table.rowCount() == 1
        assert dialog.restore_button.isEnabled()
        _answer(qtbot, "Yes", seen)  # the confirmation that follows
        dialog.restore_button.click()

    when_dialog_opens(qtbot, choose)
    assert window.backups.choose_and_restore() is True
    assert "Replace everything in the database" in seen[0]
    assert ctx.db is not old_db
    assert _roster_names(window) == before  # the views show the restored data
    assert ctx.undo_stack.count() == 0
    safety = [b for b in backups.list_backups(db_path) if b.reason == backups.BEFORE_RESTORE]
    assert len(safety) == 1
    copy = open_database(safety[0].path)
    try:
        assert "Added later" in {r.name for r in roster.roster(copy, group_id)}
    finally:
        copy.close()


def test_the_backup_dialog_sets_how_many_backups_are_kept(
    qtbot, ctx: AppContext, db_path: Path
) -> None:
    for day in range(4):
        backups.make_backup(db_path, backups.AUTO, now=dt.datetime(2026, 3, 1 + day, 8, 0))
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    assert dialog.keep.value() == 10
    dialog.keep.setValue(2)
    dialog.reject()
    assert len(backups.list_backups(db_path)) == 2
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.keep.value() == 2 and dialog.table.rowCount() == 2


# --- the GDPR tools in the roster -----------------------------------------------------------


def _select(view: RosterView, name: str) -> None:
    view.filter.setText(name)
    view.table.selectRow(0)
    member = view.selected_member()
    assert member is not None and member.name == name


def test_export_personal_data_from_the_members_menu(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    members_menu = _menu(window, "&Members")
    assert window.roster.export_data_action in members_menu.actions()
    assert window.roster.erase_action in members_menu.actions()
    _select(window.roster, "Mette Kjærgaard")
    written = window.roster.export_personal_data(tmp_path / "mette.json")
    assert written is not None
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "mette@region.dk"
    assert data["person"]["expertise"] == ["ITIL", "Backup"]
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_erase_person_asks_for_the_name_and_keeps_no_undo_history(
    qtbot, roster_view: RosterView, ctx: AppContext, group_id: int
) -> None:
    _select(roster_view, "Mette Kjærgaard")
    person_id = roster_view.selected_person_id()
    assert person_id is not None and ctx.db.path is not None
    ctx.undo_stack.push(
        AddMember(ctx, group_id, PersonInput(name="Someone"), None, dt.date(2026, 1, 1))
    )
    made = [backups.make_backup(ctx.db.path, backups.MANUAL, now=dt.datetime(2026, 1, d, 9))
            for d in (1, 2)]  # fmt: skip
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    seen: dict[str, Any] = {}

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ErasePersonDialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["says_backups_are_cleaned"] = "backups folder too" in text
        seen["says_other_copies_stay"] = "are not changed" in text
        seen["promises_rotation"] = "newer backups replace" in text
        seen["enabled_at_first"] = dialog.erase_button.isEnabled()
        type_text(qtbot, dialog.confirmation, "Mette")
        seen["enabled_when_wrong"] = dialog.erase_button.isEnabled()
        dialog.confirmation.setText("  mette   kjærgaard ")
        seen["enabled_when_right"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    when_dialog_opens(qtbot, confirm)
    assert roster_view.erase_person() is True
    assert seen["says_backups_are_cleaned"] and seen["says_other_copies_stay"]
    assert not seen["promises_rotation"]
    assert messages[-1] == (
        "The personal data was erased, here and in 2 backup(s) in the backups folder"
    )
    for backup in made:
        assert b"mette@region.dk" not in backup.path.read_bytes()
    assert seen["enabled_at_first"] is False
    assert seen["enabled_when_wrong"] is False
    assert seen["enabled_when_right"] is True
    assert ctx.undo_stack.count() == 0
    roster_view.filter.clear()
    names = {roster_view.model.member_at(r).name for r in range(roster_view.model.rowCount())}
    assert "Mette Kjærgaard" not in names
    data = privacy.person_data(ctx.db, person_id)
    assert data["person"]["name"] == former_member("da") and data["person"]["email"] == ""


def test_erase_person_while_another_program_reads_says_so_and_erases_nothing(
    qtbot,
    roster_view: RosterView,
    ctx: AppContext,
    group_id: int,
    warnings_shown: list[tuple[str, str]],
) -> None:
    _select(roster_view, "Mette Kjærgaard")
    assert ctx.db.path is not None
    reader = sqlite3.connect(ctx.db.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()
    ctx.undo_stack.push(
        AddMember(ctx, group_id, PersonInput(name="Someone"), None, dt.date(2026, 1, 1))
    )

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ErasePersonDialog)
        dialog.confirmation.setText("Mette Kjærgaard")
        dialog.erase_button.click()

    when_dialog_opens(qtbot, confirm)
    try:
        assert roster_view.erase_person() is False
    finally:
        reader.execute("COMMIT")
        reader.close()
    [(_title, text)] = warnings_shown
    assert "Another program is reading the database, so nothing was erased" in text
    assert privacy.find_person(ctx.db, "mette@region.dk")
    assert ctx.undo_stack.count() == 1  # nothing changed: the history still holds


def test_erase_person_can_be_cancelled(qtbot, roster_view: RosterView, ctx: AppContext) -> None:
    _select(roster_view, "Anders Østergaard")
    when_dialog_opens(qtbot, lambda dialog: dialog.reject())
    assert roster_view.erase_person() is False
    assert privacy.find_person(ctx.db, "anders@lego.example")


# --- import limits in the user's language ---------------------------------------------------


def test_a_too_large_contact_file_is_reported_in_the_users_words(
    qtbot, ctx: AppContext, group_id: int, tmp_path: Path, warnings_shown
) -> None:
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    ctx.set_group(group_id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(huge)
    qtbot.waitUntil(lambda: bool(warnings_shown))
    [(_title, text)] = warnings_shown
    assert "The file is 21.0 MB; contact files over 20 MB are not imported." in text
    assert error_text(ImportTooLarge(12_000, "too_many_contacts", 10_000)) == (
        "The file has 12000 contacts; at most 10000 are imported at a time."
    )
    assert "1001 columns" in error_text(ImportTooLarge(1001, "too_many_columns", 1000))
