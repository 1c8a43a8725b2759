"""Locking the encrypted database (issue #16): Ctrl+L, after minutes without input, and when the
desktop locks the screen or goes to sleep. What is typed is saved first and back afterwards;
while locked no member's name is anywhere on screen, and the database file is closed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coordinator_app.domain.enums import AttendanceStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import minutes, planner
from coordinator_app.store import keys
from coordinator_app.store.database import open_database
from coordinator_app.store.encryption import create_encrypted_database
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.encryption.desktop import LOGIND, SCREEN_SAVERS, DesktopWatcher
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.minutes.round_table import RoundTablePanel
from coordinator_app.ui.preferences import PreferencesDialog
from tests.ui.conftest import activate, type_text, when_dialog_opens

Keyring = dict[tuple[str, str], str]
PASSPHRASE = "Lampe appelsin Cykel tirsdag 7"
TYPED = "Hemmeligt: vi skifter driftsleverandør"
NAMES = ("Mette Kjærgaard", "Anders Østergaard", "Łukasz Żółć", "Søren Ærø Ågård", "IT Drift")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def encrypted(tmp_path: Path, fast_kdf: None, group_id: int, db) -> Iterator[tuple[Path, str]]:
    """The `group_id` fixture's group and members with a past meeting and its round table, in
    an encrypted database: its path and recovery key."""
    meeting = planner.create_meeting(
        db, group_id, MeetingInput(date=dt.date.today() - dt.timedelta(days=7), theme="AI")
    )
    people = [r.person_id for r in minutes.attendance(db, meeting)]
    for person in people[:2]:
        minutes.set_attendance(db, meeting, person, AttendanceStatus.PRESENT)
    minutes.ensure_entries(db, meeting)
    db.close()
    path = tmp_path / "secret" / "coordinator.sqlite"
    path.parent.mkdir()
    recovery = create_encrypted_database(path, PASSPHRASE)
    key = keys.data_key_from_recovery_key(recovery)
    # The plaintext fixture's data, copied into the encrypted file.
    from coordinator_app.store.database import copy_sqlite

    path.unlink()
    copy_sqlite(tmp_path / "coordinator.sqlite", path, into_key=key)
    yield path, recovery


@pytest.fixture
def window(qtbot, qapp, encrypted: tuple[Path, str], fail_keyring: None) -> Iterator[MainWindow]:
    path, recovery = encrypted
    db = open_database(path, key=keys.data_key_from_recovery_key(recovery))
    ctx = AppContext(db)
    ctx.language = "en"
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    activate(qtbot, main)
    yield main
    main.ctx.undo_stack.clear()  # while the window that shows it is still there
    main.ctx.db.close()


def _texts_of_model(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts.append(str(index.data() or ""))
            texts.append(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            if column == 0 and not isinstance(model, QAbstractListModel) and model.rowCount(index):
                texts += _texts_of_model(model, index)
    return texts


def visible_texts() -> list[str]:
    """Every text a visible widget of the app shows: titles, labels, buttons, fields, lists."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts.append(widget.toolTip())
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            if isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts += _texts_of_model(widget.model())
    return texts


def _leaks(names: tuple[str, ...]) -> list[str]:
    return [t for t in visible_texts() if any(name in t for name in names)]


def _entries(path: Path, recovery: str) -> list[str]:
    db = open_database(path, key=keys.data_key_from_recovery_key(recovery), read_only=True)
    try:
        [meeting] = planner.meetings(db)
        return [e.text for e in minutes.entries(db, meeting.id)]
    finally:
        db.close()


def _type_in_the_round_table(qtbot, window: MainWindow) -> RoundTablePanel:
    window.show_view(window.minutes)
    panel = window.minutes.round_table
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.setCurrentIndex(panel.model.index(1, 1))
    panel.text.setFocus()
    type_text(qtbot, panel.text, TYPED)  # no pause: the autosave has not run yet
    assert panel.timer.isActive()
    return panel


def _locked(window: MainWindow) -> bool:
    return window.encryption.lock.is_locked


def _unlock(qtbot, window: MainWindow, text: str) -> None:
    screen = window.encryption.lock.screen
    assert screen is not None
    field = screen.fields.field()
    field.clear()
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_l_saves_what_is_typed_hides_everything_and_unlocking_brings_it_back(
    qtbot, window: MainWindow, encrypted: tuple[Path, str]
) -> None:
    path, recovery = encrypted
    lock = window.encryption.lock
    panel = _type_in_the_round_table(qtbot, window)
    entry = panel.current_entry()
    assert entry is not None
    assert _leaks(NAMES)  # the check finds names while they are on screen
    before_title = window.windowTitle()
    assert before_title == "IT Drift – Coordinator"

    activate(qtbot, window)  # shortcuts reach the active window
    qtbot.keyClick(panel.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wal = path.with_name(path.name + "-wal")
    qtbot.waitUntil(lambda: lock.is_locked)
    qtbot.waitUntil(lambda: not wal.exists())  # every connection closed
    views = (window.roster, window.planner, window.logistics, window.minutes)
    assert not any(view.loader.stale for view in views)  # no view left to open it again later
    assert window.ctx.db.engine.pool.checkedin() == 0  # type: ignore[attr-defined]
    assert lock.screen is not None and lock.screen.isVisible()
    assert window.windowTitle() == "Locked – Coordinator"
    assert _leaks((*NAMES, TYPED)) == []
    assert not window.menuBar().isVisible()
    # Saved before the database was closed (every connection: no log left beside it).
    assert TYPED in _entries(path, recovery)

    _unlock(qtbot, window, PASSPHRASE)
    assert not _locked(window)
    assert window.encryption.lock.screen is None
    assert window.windowTitle() == before_title
    assert window.views.currentWidget() is window.minutes
    assert window.menuBar().isVisible()
    assert panel.text.isVisible()
    assert panel.text.toPlainText() == TYPED
    again = panel.current_entry()
    assert again is not None and again.id == entry.id
    assert QApplication.focusWidget() is window.minutes.round_table.text
    # Typing goes on where it stopped, and saves into the reopened database.
    type_text(qtbot, panel.text, " i år.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    [meeting] = planner.meetings(window.ctx.db)
    assert f"{TYPED} i år." in [e.text for e in minutes.entries(window.ctx.db, meeting.id)]


def test_a_wrong_passphrase_keeps_it_locked_and_the_remembered_key_is_not_enough(
    qtbot,
    window: MainWindow,
    encrypted: tuple[Path, str],
    memory_keyring: Keyring,
) -> None:
    path, recovery = encrypted
    assert keys.remember_key(path, window.ctx.db.key)  # type: ignore[arg-type]
    lock = window.encryption.lock
    window.encryption.lock_action.trigger()
    qtbot.waitUntil(lambda: lock.is_locked)
    screen = lock.screen
    assert screen is not None
    assert keys.remembered_key(path) is not None  # remembered, yet the screen stays
    _unlock(qtbot, window, "Forkert passphrase 1")
    assert lock.is_locked
    assert screen.fields.error.text() == "That is not the passphrase of this database. Try again."
    assert _leaks(NAMES) == []
    qtbot.mouseClick(screen.fields.switch, Qt.MouseButton.LeftButton)
    _unlock(qtbot, window, recovery)
    assert not _locked(window)
    assert window.windowTitle() == "IT Drift – Coordinator"


def test_an_open_dialog_is_closed_and_its_names_go_with_it(qtbot, window: MainWindow) -> None:
    lock = window.encryption.lock
    window.show_view(window.roster)
    window.roster.loader.ensure_loaded()
    seen: list[str] = []

    def lock_while_open(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        lock.lock()

    when_dialog_opens(qtbot, lock_while_open)
    window.show_shortcuts()  # a modal dialog, then the lock from the idle timer or the desktop
    qtbot.waitUntil(lambda: lock.is_locked and QApplication.activeModalWidget() is None)
    assert seen == ["ShortcutsDialog"]
    assert _leaks(NAMES) == []
    _unlock(qtbot, window, PASSPHRASE)
    assert window.roster.model.rowCount() == 4


def test_the_idle_timer_locks_and_input_puts_it_off(qtbot, window: MainWindow) -> None:
    lock = window.encryption.lock
    assert lock.idle_ms == 15 * 60_000  # the default
    assert lock.idle_timer.isActive()
    noted = lock._last_input
    qtbot.keyClick(window.roster, Qt.Key.Key_Shift)
    assert lock._last_input > noted  # any key or click counts, wherever in the app
    lock.set_idle_ms(250)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    assert _leaks(NAMES) == []
    _unlock(qtbot, window, PASSPHRASE)
    assert not lock.is_locked
    assert lock.idle_timer.isActive()  # counting again


def test_the_preferences_set_the_minutes_and_zero_is_never(qtbot, window: MainWindow) -> None:
    lock = window.encryption.lock

    def set_minutes(value: int):
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, PreferencesDialog)
            box = dialog.findChild(QSpinBox)
            assert box is not None
            box.setValue(value)
            dialog.accept()

        return answer

    when_dialog_opens(qtbot, set_minutes(0))
    window.preferences_action.trigger()
    assert lock.idle_ms == 0 and not lock.idle_timer.isActive()
    when_dialog_opens(qtbot, set_minutes(5))
    window.preferences_action.trigger()
    assert lock.idle_ms == 5 * 60_000 and lock.idle_timer.isActive()


def test_the_screen_lock_and_sleep_signals_lock(qtbot, window: MainWindow) -> None:
    lock = window.encryption.lock
    lock.desktop.screen_saver_active(False)  # the screen unlocked: nothing to do
    lock.desktop.prepare_for_sleep(False)  # woken up
    assert not lock.is_locked
    lock.desktop.screen_saver_active(True)  # what ActiveChanged(true) calls
    qtbot.waitUntil(lambda: lock.is_locked)
    _unlock(qtbot, window, PASSPHRASE)
    lock.desktop.prepare_for_sleep(True)  # what PrepareForSleep(true) calls
    qtbot.waitUntil(lambda: lock.is_locked)
    _unlock(qtbot, window, PASSPHRASE)
    assert not lock.is_locked


def test_a_plaintext_database_cannot_be_locked(qtbot, ctx, group_id) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    lock = main.encryption.lock
    assert not main.encryption.lock_action.isEnabled()
    assert not lock.idle_timer.isActive()
    assert not lock.lock()
    lock.desktop.screen_saver_active(True)
    assert not lock.is_locked


class FakeBus:
    def __init__(self, connected: bool) -> None:
        self.connected = connected
        self.calls: list[tuple[str, str, str, str, str]] = []

    def isConnected(self) -> bool:
        return self.connected

    def connect(
        self, service: str, path: str, interface: str, name: str, receiver: QObject, slot: str, /
    ) -> bool:
        # The slot must be one the receiver has, as Qt's meta-object names it.
        meta = receiver.metaObject()
        assert meta.indexOfSlot(slot[1:]) >= 0, slot
        self.calls.append((service, path, interface, name, slot[1:]))
        return True


def test_the_watcher_listens_to_the_screen_saver_and_logind(qapp) -> None:
    watcher = DesktopWatcher()
    session, system = FakeBus(True), FakeBus(True)
    heard = watcher.listen(session, system)
    assert session.calls == [
        (service, path, interface, "ActiveChanged", "screen_saver_active(bool)")
        for service, path, interface in SCREEN_SAVERS
    ]
    assert ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver") in SCREEN_SAVERS
    assert system.calls == [(*LOGIND, "PrepareForSleep", "prepare_for_sleep(bool)")]
    assert LOGIND == (
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
    )
    assert len(heard) == 4
    # No bus (no desktop session): nothing connected, nothing said.
    none_session, none_system = FakeBus(False), FakeBus(False)
    assert watcher.listen(none_session, none_system) == []
    assert none_session.calls == none_system.calls == []
    assert watcher.listen(None, None) == []


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="no dbus-run-session")
def test_a_real_session_bus_signal_reaches_the_watcher(tmp_path: Path) -> None:
    script = tmp_path / "probe.py"
    script.write_text(
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from PySide6.QtDBus import QDBusConnection, QDBusMessage\n"
        "from coordinator_app.ui.encryption.desktop import watch_desktop\n"
        "app = QCoreApplication([])\n"
        "watcher = watch_desktop(app)\n"
        "got = []\n"
        "def heard():\n"
        "    got.append(1)\n"
        "    QTimer.singleShot(200, app.quit)\n"
        "watcher.lock_requested.connect(heard)\n"
        "for active in (False, True):\n"
        "    message = QDBusMessage.createSignal(\n"
        "        '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged')\n"
        "    message.setArguments([active])\n"
        "    QDBusConnection.sessionBus().send(message)\n"
        "QTimer.singleShot(10000, app.quit)\n"
        "app.exec()\n"
        "print('locked', len(got))\n"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip().splitlines()[-1] == "locked 1", done.stderr
