"""The encrypted database as the coordinator meets it (issue #16): a new database is encrypted
unless they insist, its recovery key is shown once, the start asks for the passphrase (or the
recovery key), and File ▸ Encrypt database… encrypts an existing one."""

from __future__ import annotations

import datetime as dt
import gc
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QMessageBox

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.store import backups, keys
from coordinator_app.store.database import Database, open_database
from coordinator_app.store.encryption import create_encrypted_database
from coordinator_app.store.sqlite_file import SQLITE_HEADER
from coordinator_app.ui import printing, startup
from coordinator_app.ui.app import FirstStartDialog, StartWindow, _Start
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.encryption.actions import ChangePassphraseDialog
from coordinator_app.ui.encryption.passphrase import (
    NewPassphraseDialog,
    Strength,
    passphrase_strength,
)
from coordinator_app.ui.encryption.recovery import RecoveryKeyDialog, key_lines
from coordinator_app.ui.encryption.unlock import UnlockDialog
from coordinator_app.ui.files import ask_save_path
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import wait_for_background_work
from tests.ui.conftest import type_text, when_dialog_opens

Keyring = dict[tuple[str, str], str]
PASSPHRASE = "Lampe appelsin Cykel tirsdag 7"
MEMBER = "Mette Kjærgaard"


@pytest.fixture(autouse=True)
def _keep_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start installs an excepthook and freezes the garbage collector: not in the tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(gc, "freeze", lambda: None)


def _is_plaintext(path: Path) -> bool:
    return path.read_bytes()[:16] == SQLITE_HEADER


def _button(dialog: QDialog, text: str) -> QAbstractButton:
    [button] = [
        b for b in dialog.findChildren(QAbstractButton) if text in b.text().replace("&", "")
    ]
    return button


def _tick(qtbot: Any, box: QAbstractButton) -> None:
    """Tick a check box from the keyboard (Space), as a click on its box would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _fill_group(db: Database) -> int:
    group_id = groups.create_group(db, "IT Drift")
    roster.add_member(
        db,
        group_id,
        PersonInput(name=MEMBER, email="mette@region.dk"),
        JobInput("Region Hovedstaden", "Driftschef", "Sundhed"),
        joined_on=dt.date(2021, 1, 1),
    )
    return group_id


@pytest.fixture
def encrypted_path(tmp_path: Path, fast_kdf: None) -> Iterator[tuple[Path, str]]:
    """An encrypted database with a group and a member; its path and recovery key."""
    path = tmp_path / "secret" / "coordinator.sqlite"
    path.parent.mkdir()
    recovery = create_encrypted_database(path, PASSPHRASE)
    db = open_database(path, key=keys.data_key_from_recovery_key(recovery))
    _fill_group(db)
    db.close()
    yield path, recovery


def _type_passphrase_twice(qtbot: Any, dialog: NewPassphraseDialog, text: str) -> None:
    type_text(qtbot, dialog.fields.first, text)
    type_text(qtbot, dialog.fields.second, text)


def _keep_recovery_key(qtbot: Any, shown: list[str], then: Callable[[], None] | None = None):
    """Answer the recovery key dialog: note the key shown, tick the box, continue."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        shown.append(dialog.key_label.text())
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Escape or the window's close button: the key must not be lost
        assert dialog.isVisible()
        _tick(qtbot, dialog.confirmed)
        assert dialog.continue_button.isEnabled()
        if then is not None:
            then()
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)

    return answer


# --- a new database ------------------------------------------------------------------------------


def test_a_new_database_is_encrypted_with_the_passphrase_and_its_recovery_key_opens_it(
    qtbot, qapp, tmp_path: Path, fast_kdf: None, fail_keyring: None
) -> None:
    path = tmp_path / "new" / "coordinator.sqlite"
    path.parent.mkdir()
    shown: list[str] = []

    def protect(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        assert dialog.accept_button.isDefault()
        assert not dialog.accept_button.isEnabled()  # nothing typed yet
        _type_passphrase_twice(qtbot, dialog, PASSPHRASE)
        assert dialog.accept_button.isEnabled()
        when_dialog_opens(qtbot, _keep_recovery_key(qtbot, shown))
        qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)  # Enter: the default, Encrypt

    when_dialog_opens(qtbot, protect)
    opened = startup.open_for_gui(path, language="en")
    assert opened is not None
    try:
        assert opened.db.key is not None and not opened.db.read_only
        groups.create_group(opened.db, "IT Drift")
    finally:
        opened.db.close()
        opened.release()
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert keys.key_file_path(path).is_file()
    [text] = shown
    lines = text.splitlines()
    assert len(lines) == 4 and all(len(g) == 4 for line in lines for g in line.split("-"))
    # The key as shown (grouped, over several lines) opens the database on its own.
    key = keys.data_key_from_recovery_key(text)
    assert key == opened.db.key
    db = open_database(path, key=key, read_only=True)
    try:
        assert [g.name for g in groups.list_groups(db)] == ["IT Drift"]
    finally:
        db.close()


def test_the_first_start_encrypts_the_demo_database_and_its_daily_backup(
    qtbot, qapp, tmp_path: Path, fast_kdf: None, fail_keyring: None, monkeypatch
) -> None:
    path = tmp_path / "coordinator.sqlite"
    shown: list[str] = []

    def choose_demo(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    def protect(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        _type_passphrase_twice(qtbot, dialog, PASSPHRASE)
        when_dialog_opens(
            qtbot,
            _keep_recovery_key(qtbot, shown, then=lambda: when_dialog_opens(qtbot, choose_demo)),
        )
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    exits = _no_exit(monkeypatch, qapp)
    when_dialog_opens(qtbot, protect)
    start, _frame = _start(qapp, path)
    try:
        start.run()
        qtbot.waitUntil(lambda: start.window is not None, timeout=20_000)
        window = start.window
        assert window is not None
        assert window.windowTitle() == "Demo – IT Drift – Coordinator"
        assert window.roster.model.rowCount() == 12
        assert exits == []
    finally:
        _finish(start)
    assert not _is_plaintext(path)
    [daily] = backups.list_backups(path)
    assert not _is_plaintext(daily.path)
    key = keys.data_key_from_recovery_key(shown[0])
    backup = open_database(daily.path, key=key, read_only=True)  # the recovery key opens it
    backup.close()


def test_opening_an_encrypted_database_from_the_file_menu_asks_for_its_passphrase(
    qtbot, qapp, ctx, encrypted_path: tuple[Path, str], fail_keyring: None
) -> None:
    path, _recovery = encrypted_path
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.encryption.lock_action.isEnabled()  # a plaintext one is open
    window.database_files.ask_path = lambda: path
    when_dialog_opens(qtbot, _unlock_with(qtbot, PASSPHRASE))
    try:
        assert window.database_files.choose_and_open()
        assert window.ctx.db.path == path and window.ctx.db.key is not None
        assert window.windowTitle() == "IT Drift – Coordinator"
        assert window.encryption.lock_action.isEnabled()
        assert window.encryption.lock.idle_timer.isActive()
        assert not window.encryption.encrypt_action.isEnabled()
    finally:
        window.ctx.db.close()
        if window.database_files.opened is not None:
            window.database_files.opened.release()


def test_the_passphrase_must_be_long_enough_and_typed_twice_alike(qtbot) -> None:
    dialog = NewPassphraseDialog(
        None, title="t", intro="i", accept_text="&Encrypt", reject_text="Cancel"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields
    type_text(qtbot, fields.first, "kort")
    assert "Too short" in fields.strength.text()
    type_text(qtbot, fields.second, "kort")
    assert not dialog.accept_button.isEnabled()
    fields.first.clear()
    fields.second.clear()
    type_text(qtbot, fields.first, "aaaaaaaaaaaa")
    assert fields.strength.text().startswith("Weak")
    fields.first.clear()
    type_text(qtbot, fields.first, PASSPHRASE)
    assert fields.strength.text().startswith("Strong")
    type_text(qtbot, fields.second, PASSPHRASE[:-1] + "8")
    assert fields.mismatch.isVisibleTo(dialog)
    assert not dialog.accept_button.isEnabled()
    qtbot.keyClick(fields.second, Qt.Key.Key_Backspace)
    type_text(qtbot, fields.second, "7")
    assert not fields.mismatch.isVisibleTo(dialog)
    assert dialog.accept_button.isEnabled()
    # Typed hidden, unless asked to show it.
    assert fields.first.echoMode() is fields.first.EchoMode.Password
    _tick(qtbot, fields.show_typed)
    assert fields.second.echoMode() is fields.second.EchoMode.Normal


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("", Strength.TOO_SHORT),
        ("1234567", Strength.TOO_SHORT),
        ("        abc", Strength.TOO_SHORT),
        ("password", Strength.WEAK),
        ("abababababababababab", Strength.WEAK),
        ("Sommerhus2024", Strength.FAIR),
        ("lampe appelsin cykel tirsdag", Strength.STRONG),
        ("Kaffe!Regn7Fyr", Strength.STRONG),
    ],
)
def test_the_strength_hint_goes_by_length_and_variety(text: str, strength: Strength) -> None:
    assert passphrase_strength(text) is strength


def test_keeping_a_new_database_unencrypted_needs_the_warning_confirmed(
    qtbot, qapp, tmp_path: Path
) -> None:
    path = tmp_path / "coordinator.sqlite"
    seen: dict[str, object] = {}

    def keep_plain(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)

        def cancel_the_warning(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            seen["warning"] = box.informativeText()
            seen["default"] = box.defaultButton().text()
            box.reject()  # Escape: Cancel

        when_dialog_opens(qtbot, cancel_the_warning)
        qtbot.mouseClick(dialog.plain_button, Qt.MouseButton.LeftButton)
        seen["still open"] = dialog.isVisible()

        def confirm(box: QDialog) -> None:
            _button(box, "Keep unencrypted").click()

        when_dialog_opens(qtbot, confirm)
        qtbot.mouseClick(dialog.plain_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, keep_plain)
    opened = startup.open_for_gui(path, language="en")
    assert opened is not None
    try:
        assert opened.db.key is None
        groups.create_group(opened.db, "IT Drift")
    finally:
        opened.db.close()
        opened.release()
    assert seen["still open"] is True
    assert seen["default"] == "Cancel"
    assert "laptop" in str(seen["warning"]) and "round table" in str(seen["warning"])
    assert _is_plaintext(path)
    assert not keys.key_file_path(path).exists()


def test_quitting_at_the_passphrase_creates_no_database(qtbot, qapp, tmp_path: Path) -> None:
    path = tmp_path / "coordinator.sqlite"
    when_dialog_opens(qtbot, lambda dialog: _button(dialog, "Quit").click())
    assert startup.open_for_gui(path, language="en") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_recovery_key_can_be_saved_to_a_private_file_and_printed(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovery = keys.recovery_key_text(keys.new_recovery_secret())
    dialog = RecoveryKeyDialog(recovery, tmp_path / "coordinator.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert QFontInfo(dialog.key_label.font()).fixedPitch()  # monospace, larger than the text
    assert dialog.key_label.font().pointSizeF() > QApplication.font().pointSizeF()

    target = tmp_path / "recovery.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.read_text("utf-8")
    assert keys.data_key_from_recovery_key(saved.split("\n\n")[2]) == (
        keys.data_key_from_recovery_key(recovery)
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in dialog.saved_note.text()

    pdf = tmp_path / "printed.pdf"

    def make_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    def print_at_once(printer: QPrinter, paint: printing.Paint, _parent: object) -> bool:
        paint(printer)
        return True

    monkeypatch.setattr(printing, "make_printer", make_printer)
    monkeypatch.setattr(printing, "show_print_dialog", print_at_once)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    printed = [line.strip() for line in out.stdout.splitlines()]
    assert all(line in printed for line in key_lines(recovery))
    assert "Coordinator recovery key" in printed
    _tick(qtbot, dialog.confirmed)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


# --- unlocking at the start ----------------------------------------------------------------------


def _start(qapp, path: Path) -> tuple[_Start, StartWindow]:
    frame = StartWindow()
    frame.show()
    return _Start(qapp, frame, path, "en"), frame


def _finish(start: _Start) -> None:
    start.close()
    for window in (start.window, start.frame):  # the frame stays when the start quit early
        if window is not None:
            window.close()
            window.deleteLater()  # its views' timers must not open the database again


def _no_exit(monkeypatch: pytest.MonkeyPatch, qapp) -> list[int]:
    exits: list[int] = []  # the app would quit; the test run must not
    monkeypatch.setattr(qapp, "exit", exits.append)
    return exits


def _unlock_with(qtbot, text: str, *, recovery: bool = False, seen: list[str] | None = None):
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        fields = dialog.fields
        if recovery:
            qtbot.mouseClick(fields.switch, Qt.MouseButton.LeftButton)
        type_text(qtbot, fields.field(), text)
        qtbot.keyClick(fields.field(), Qt.Key.Key_Return)
        if seen is not None:
            seen.append(fields.error.text() if dialog.isVisible() else "")

    return answer


def test_a_wrong_passphrase_is_refused_and_the_right_one_opens(
    qtbot, qapp, encrypted_path: tuple[Path, str], fail_keyring: None, monkeypatch
) -> None:
    path, _recovery = encrypted_path
    before = path.read_bytes()
    seen: list[str] = []

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.focusWidget() is dialog.fields.passphrase
        assert MEMBER not in "".join(w.text() for w in dialog.findChildren(QAbstractButton))
        type_text(qtbot, dialog.fields.passphrase, "Forkert passphrase 1")
        qtbot.keyClick(dialog.fields.passphrase, Qt.Key.Key_Return)
        seen.append(dialog.fields.error.text())
        seen.append("open" if dialog.isVisible() else "closed")
        seen.append("same" if path.read_bytes() == before else "changed")
        dialog.fields.passphrase.clear()
        type_text(qtbot, dialog.fields.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.fields.passphrase, Qt.Key.Key_Return)

    exits = _no_exit(monkeypatch, qapp)
    when_dialog_opens(qtbot, wrong_then_right)
    start, frame = _start(qapp, path)
    try:
        start.run()
        assert frame.windowTitle() == "IT Drift – Coordinator"  # the preview, once unlocked
        qtbot.waitUntil(lambda: start.window is not None)
        window = start.window
        assert window is not None
        assert window.windowTitle() == "IT Drift – Coordinator"
        assert [window.roster.model.member_at(0).name] == [MEMBER]
        assert window.ctx.db.key is not None
        assert exits == []
    finally:
        _finish(start)
    assert seen == ["That is not the passphrase of this database. Try again.", "open", "same"]


def test_quitting_at_the_unlock_leaves_the_file_alone(
    qtbot, qapp, encrypted_path: tuple[Path, str], fail_keyring: None, monkeypatch
) -> None:
    path, _recovery = encrypted_path
    before = sorted((p.name, p.read_bytes()) for p in path.parent.iterdir() if p.is_file())
    exits = _no_exit(monkeypatch, qapp)
    when_dialog_opens(qtbot, lambda dialog: _button(dialog, "Quit").click())
    start, _frame = _start(qapp, path)
    try:
        start.run()
        qtbot.waitUntil(lambda: exits == [1])
        assert start.window is None
    finally:
        _finish(start)
    after = sorted((p.name, p.read_bytes()) for p in path.parent.iterdir() if p.is_file())
    assert after == before


def test_the_recovery_key_opens_a_typo_is_told_and_a_new_passphrase_is_offered(
    qtbot, qapp, encrypted_path: tuple[Path, str], fail_keyring: None, monkeypatch
) -> None:
    path, recovery = encrypted_path
    groups_typed = recovery.split("-")
    typo = groups_typed[:]
    typo[3] = ("Z" if typo[3][0] != "Z" else "Y") + typo[3][1:]
    other = keys.recovery_key_text(keys.new_recovery_secret())
    seen: list[str] = []
    new_passphrase = "Ny passphrase til gruppen 2027"

    def with_recovery(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        fields = dialog.fields
        qtbot.mouseClick(fields.switch, Qt.MouseButton.LeftButton)
        assert dialog.focusWidget() is fields.recovery
        for attempt in (" ".join(typo).lower(), other):
            fields.recovery.clear()
            type_text(qtbot, fields.recovery, attempt)
            qtbot.keyClick(fields.recovery, Qt.Key.Key_Return)
            seen.append(fields.error.text())
        fields.recovery.clear()
        type_text(qtbot, fields.recovery, " ".join(groups_typed).lower())  # as written down

        def set_new(offer: QDialog) -> None:
            assert isinstance(offer, NewPassphraseDialog)
            seen.append(offer.windowTitle())
            _type_passphrase_twice(qtbot, offer, new_passphrase)
            qtbot.mouseClick(offer.accept_button, Qt.MouseButton.LeftButton)

        when_dialog_opens(qtbot, set_new)
        qtbot.keyClick(fields.recovery, Qt.Key.Key_Return)

    _no_exit(monkeypatch, qapp)
    when_dialog_opens(qtbot, with_recovery)
    start, _frame = _start(qapp, path)
    try:
        start.run()
        qtbot.waitUntil(lambda: start.window is not None)
        assert start.window is not None and start.window.ctx.db.key is not None
    finally:
        _finish(start)
    assert "typo" in seen[0]
    assert "another database" in seen[1]
    assert seen[2] == "Set a new passphrase"
    assert keys.unlock(path, new_passphrase) == keys.data_key_from_recovery_key(recovery)
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(path, PASSPHRASE)


def test_without_a_keyring_remember_is_told_once_and_the_passphrase_asked_again(
    qtbot, qapp, encrypted_path: tuple[Path, str], fail_keyring: None, monkeypatch
) -> None:
    path, _recovery = encrypted_path
    told: list[str] = []

    def information(_parent: object, _title: str, text: str, *_args: object) -> Any:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)

    def tick_remember_and_unlock(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        _tick(qtbot, dialog.fields.remember)
        type_text(qtbot, dialog.fields.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.fields.passphrase, Qt.Key.Key_Return)

    _no_exit(monkeypatch, qapp)
    for _run in range(2):
        asked: list[str] = []

        def asked_too(dialog: QDialog, asked: list[str] = asked) -> None:
            asked.append(dialog.windowTitle())
            tick_remember_and_unlock(dialog)

        when_dialog_opens(qtbot, asked_too)
        start, _frame = _start(qapp, path)
        try:
            start.run()
            qtbot.waitUntil(lambda start=start: start.window is not None)
        finally:
            _finish(start)
        assert asked == ["Unlock the database"]  # every start: nothing could be remembered
    [text] = told  # said once, not at every start
    assert "could not remember" in text


def test_with_a_keyring_the_remembered_key_opens_without_asking_until_forgotten(
    qtbot,
    qapp,
    encrypted_path: tuple[Path, str],
    memory_keyring: Keyring,
    monkeypatch,
) -> None:
    path, _recovery = encrypted_path

    def remember(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        _tick(qtbot, dialog.fields.remember)
        type_text(qtbot, dialog.fields.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.fields.passphrase, Qt.Key.Key_Return)

    _no_exit(monkeypatch, qapp)
    when_dialog_opens(qtbot, remember)
    start, _frame = _start(qapp, path)
    try:
        start.run()
        qtbot.waitUntil(lambda: start.window is not None)
    finally:
        _finish(start)
    assert len(memory_keyring) == 1
    assert PASSPHRASE not in "".join(memory_keyring.values())

    # The next start opens at once: no dialog at all.
    start, _frame = _start(qapp, path)
    try:
        start.run()
        assert QApplication.activeModalWidget() is None
        qtbot.waitUntil(lambda: start.window is not None)
        window = start.window
        assert window is not None
        assert window.encryption.forget_action.isEnabled()
        when_dialog_opens(qtbot, lambda box: box.accept())
        window.encryption.forget_action.trigger()
    finally:
        _finish(start)
    assert memory_keyring == {}


# --- File ▸ Encrypt database… ---------------------------------------------------------------------


def test_encrypting_an_existing_database_from_the_file_menu(
    qtbot, qapp, tmp_path: Path, fast_kdf: None, fail_keyring: None
) -> None:
    path = tmp_path / "coordinator.sqlite"
    db = open_database(path)
    group_id = _fill_group(db)
    backup = backups.make_backup(path, backups.AUTO).path
    ctx = AppContext(db)
    ctx.language = "en"
    ctx.set_group(group_id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    action = window.encryption.encrypt_action
    assert action.isEnabled()
    assert not window.encryption.lock_action.isEnabled()
    assert window.encryption.lock_action.toolTip() == "Only an encrypted database can be locked."
    shown: list[str] = []
    removed: list[str] = []

    def ask(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        assert "backups" in dialog.intro.text() and "Exports" in dialog.intro.text()
        _type_passphrase_twice(qtbot, dialog, PASSPHRASE)

        def listed(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            removed.append(box.informativeText())
            box.accept()

        when_dialog_opens(
            qtbot,
            _keep_recovery_key(qtbot, shown, then=lambda: when_dialog_opens(qtbot, listed)),
        )
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, ask)
    action.trigger()
    qtbot.waitUntil(lambda: bool(removed), timeout=20_000)
    wait_for_background_work()
    try:
        assert not _is_plaintext(path)
        assert not _is_plaintext(backup)
        assert str(path) in removed[0].splitlines() and str(backup) in removed[0].splitlines()
        assert not list(tmp_path.glob(".*coordinator-wipe*"))
        key = keys.data_key_from_recovery_key(shown[0])
        assert window.ctx.db.key == key
        assert keys.unlock(path, PASSPHRASE) == key
        # The data is there, read through the encrypted file.
        window.roster.loader.ensure_loaded()
        assert window.roster.model.member_at(0).name == MEMBER
        assert [g.name for g in groups.list_groups(window.ctx.db)] == ["IT Drift"]
        assert not action.isEnabled()
        assert action.toolTip() == "The database is encrypted already."
        assert window.encryption.lock_action.isEnabled()
        assert window.encryption.change_action.isEnabled()
    finally:
        window.ctx.db.close()


def test_change_the_passphrase_from_the_file_menu(
    qtbot, qapp, encrypted_path: tuple[Path, str], fail_keyring: None
) -> None:
    path, recovery = encrypted_path
    key = keys.data_key_from_recovery_key(recovery)
    db = open_database(path, key=key)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    new = "Anden passphrase for gruppen 9"
    seen: list[str] = []

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        current = dialog.current
        type_text(qtbot, current.passphrase, "ikke den rigtige")
        type_text(qtbot, dialog.new.first, new)
        assert not dialog.change_button.isEnabled()  # the new one is typed once only
        type_text(qtbot, dialog.new.second, new)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        seen.append(current.error.text())
        current.passphrase.clear()
        type_text(qtbot, current.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, change)
    try:
        window.encryption.change_action.trigger()
        assert seen == ["That is not the passphrase of this database. Try again."]
        assert keys.unlock(path, new) == key
        with pytest.raises(keys.WrongPassphrase):
            keys.unlock(path, PASSPHRASE)
    finally:
        window.ctx.db.close()


# --- odds and ends --------------------------------------------------------------------------------


def test_every_export_save_dialog_says_the_file_is_not_encrypted(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    captions: list[str] = []

    def save(_parent: object, caption: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        captions.append(caption)
        return str(tmp_path / "members"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    path = ask_save_path(None, "Save member list", "members.pdf", "PDF (*.pdf)", ".pdf")  # type: ignore[arg-type]
    assert path == tmp_path / "members.pdf"
    assert captions == ["Save member list (exports are not encrypted: they are made to be sent)"]


def test_the_key_errors_have_texts_of_their_own() -> None:
    assert error_text(keys.WrongPassphrase("x")) == (
        "That is not the passphrase of this database. Try again."
    )
    assert "typo" in error_text(keys.RecoveryKeyTypo("x"))
    assert "8" in error_text(keys.PassphraseTooShort("x"))


def test_the_unlock_at_the_start_loads_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import coordinator_app.ui.encryption.unlock\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]"
