"""Locking the open encrypted database: File ▸ Lock (Ctrl+L), after a while without input (Edit ▸
Preferences, default 15 minutes, 0 = never), and when the desktop locks its screen or the
computer goes to sleep (`desktop.py`).

Locking first saves what is being typed: open dialogs and menus are closed (a dialog's
unsaved contents are dropped, as Cancel would), the focus leaves the field it is in (a table's
cell editor commits, the round table's editor saves) and every widget with a `flush_edits()`
saves its pending autosave; hidden views that put off reading the database read it now (they
would open it again later). The window then shows the lock screen instead of the views (menus,
tool bars, docks and the status bar hidden, the window's title without the group), and on the
next turn of the event loop, once the saves queued by the above have run, the background work
is waited for and the database is closed (every connection: its write-ahead log is folded in
and removed).

Unlocking takes the passphrase or the recovery key (the key remembered on this computer is not
enough after a lock, as in KeePassXC), reopens the database and puts the views back as they
were: the group, the view, the selection and what was typed, focus included.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QProgressDialog,
    QToolBar,
    QToolTip,
    QWidget,
)

from coordinator_app.store.database import Database, DatabaseError, open_database
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.encryption.desktop import DesktopWatcher, watch_desktop
from coordinator_app.ui.encryption.lock_screen import LockScreen
from coordinator_app.ui.encryption.unlock import Unlocked
from coordinator_app.ui.lazy import ReloadWhenShown
from coordinator_app.ui.preferences import lock_minutes
from coordinator_app.ui.worker import wait_for_background_work

#: What counts as the user being there: keys, clicks, the mouse moved over a window, touch.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def save_pending_edits(window: QWidget) -> QWidget | None:
    """Save what is being typed in `window`: the focus leaves its field (a cell editor commits,
    an editor that saves on leaving saves) and every widget's `flush_edits()` runs. Returns the
    widget that had the focus."""
    focus = QApplication.focusWidget()
    if focus is not None and window.isAncestorOf(focus):
        focus.clearFocus()
    else:
        focus = None
    for widget in window.findChildren(QWidget):
        flush = getattr(widget, "flush_edits", None)
        if callable(flush):
            flush()
    return focus


def finish_deferred_reads(window: QWidget) -> None:
    """Let the hidden views that put off reading the database (`ui/lazy.py`) read it now,
    before it is closed: later they would open it again."""
    for loader in window.findChildren(ReloadWhenShown):
        loader.ensure_loaded()


def close_other_windows(window: QWidget) -> None:
    """Close menus, tooltips and every dialog (as Cancel would), but for the busy indicator of
    background work, which goes when the work is done."""
    QToolTip.hideText()
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or isinstance(widget, QProgressDialog):
            continue
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)


class LockController(QObject):
    """Locks and unlocks the database of one main window (see the module's docstring).

    `replace_db(db)`: make `db` the window's database (the context's and the start's)."""

    #: The database is closed and the lock screen shown.
    locked = Signal()
    #: The database is open again and the views are back.
    unlocked = Signal()

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        replace_db: Callable[[Database], None],
        *,
        desktop: DesktopWatcher | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._replace_db = replace_db
        self.is_locked = False
        self.screen: LockScreen | None = None
        self._closed = False
        self._path: Path | None = None
        self._read_only = False
        self._central: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._title = ""
        self._focus: QWidget | None = None
        self.idle_ms = lock_minutes() * 60_000
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle_check)
        self._last_input = time.monotonic()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.desktop = desktop if desktop is not None else watch_desktop(self)
        self.desktop.lock_requested.connect(self.lock)
        self.restart_idle()

    # -- when ----------------------------------------------------------------------------------
    def can_lock(self) -> bool:
        """Not locked yet, and the database is an encrypted file (a plaintext one would stay
        readable on the disk: locking the window would only pretend)."""
        db = self.ctx.db
        return not self.is_locked and db.key is not None and db.path is not None

    def apply_settings(self) -> None:
        """Take the lock's minutes from the preferences."""
        self.set_idle_ms(lock_minutes() * 60_000)

    def set_idle_ms(self, milliseconds: int) -> None:
        """Lock after `milliseconds` without input (0: never)."""
        self.idle_ms = max(0, milliseconds)
        self.restart_idle()

    def restart_idle(self) -> None:
        self._last_input = time.monotonic()
        if self.idle_ms > 0 and self.can_lock():
            self.idle_timer.start(self.idle_ms)
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The whole application's events: as little as possible here.
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _idle_check(self) -> None:
        if self.idle_ms <= 0 or not self.can_lock():
            return
        idle = (time.monotonic() - self._last_input) * 1000
        if idle + 1 >= self.idle_ms:
            self.lock()
        else:
            self.idle_timer.start(max(1, int(self.idle_ms - idle)))

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Save what is typed, cover the window and close the database; False if there is
        nothing to lock (a plaintext database, or locked already)."""
        if not self.can_lock():
            return False
        self.is_locked = True
        self.idle_timer.stop()
        close_other_windows(self.window)
        self._focus = save_pending_edits(self.window)
        finish_deferred_reads(self.window)
        self._cover()
        # The saves the focus change queued (a table's cell edit) run first.
        QTimer.singleShot(0, self, self._close_database)
        return True

    def _cover(self) -> None:
        window = self.window
        db_path = self.ctx.db.path
        assert db_path is not None
        self._title = window.windowTitle()
        # The status bar too: a message from work that ends while locked may name a group.
        bars: list[QWidget] = [window.menuBar(), window.statusBar()]
        bars += [w for w in window.findChildren(QToolBar) if w.parentWidget() is window]
        bars += [w for w in window.findChildren(QDockWidget) if w.parentWidget() is window]
        self._hidden = [w for w in bars if not w.isHidden()]
        for widget in self._hidden:
            widget.hide()
        # A hidden menu bar takes no shortcuts; a disabled one not even where it is the
        # system's (a global menu).
        window.menuBar().setEnabled(False)
        self._disabled = [a for a in window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        window.statusBar().clearMessage()
        self._central = window.takeCentralWidget()
        self.screen = LockScreen(db_path, window)
        self.screen.unlock_requested.connect(self._unlock)
        self.screen.quit_requested.connect(window.close)
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.setWindowTitle(self.tr("Locked – Coordinator"))
        self.screen.fields.field().setFocus()

    def _close_database(self) -> None:
        if not self.is_locked or self._closed:
            return
        wait_for_background_work()  # no export or import may still read it
        db = self.ctx.db
        self._path, self._read_only = db.path, db.read_only
        db.close()
        self._closed = True
        self.locked.emit()

    # -- unlocking -----------------------------------------------------------------------------
    def _unlock(self, unlocked: Unlocked) -> None:
        if not self.is_locked or self.screen is None:
            return
        self._close_database()  # if it has not happened yet
        assert self._path is not None
        try:
            db = open_database(self._path, key=unlocked.key, read_only=self._read_only)
        except (DatabaseError, OSError) as exc:
            from coordinator_app.ui.messages import error_text

            self.screen.show_error(error_text(exc))
            return
        old = self.ctx.db
        self._replace_db(db)
        old.close()
        self._uncover()
        self.is_locked = False
        self._closed = False
        self.restart_idle()
        self.unlocked.emit()

    def _uncover(self) -> None:
        window = self.window
        screen = window.takeCentralWidget()
        if self._central is not None:
            window.setCentralWidget(self._central)
            self._central.show()
            self._central = None
        if self.screen is not None:
            self.screen.fields.clear()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        for action in self._disabled:
            action.setEnabled(True)
        self._hidden, self._disabled = [], []
        window.setWindowTitle(self._title)
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus()
