"""File ▸ Open database… and File ▸ Recent databases: the app reopens on another database file.

Opening another file goes as the start does (`ui/startup.open_for_gui`): its lock is taken (held
by another Coordinator: read-only is offered), a damaged file is offered its newest backup, and
the daily backup is made. Only then is the open database closed and its lock let go, and the
window shows the other file; the undo history is cleared (its steps belong to the other file).
The last `RECENT_COUNT` files opened are remembered (QSettings); one that is gone is greyed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from coordinator_app.ui.context import AppContext
from coordinator_app.ui.plain_text import mnemonic_safe
from coordinator_app.ui.startup import OpenedDatabase, backup_at_start, open_for_gui
from coordinator_app.ui.worker import wait_for_background_work

RECENT_KEY = "databases/recent"
RECENT_COUNT = 5


def recent_databases() -> list[Path]:
    """The database files opened last, the latest first (at most `RECENT_COUNT`)."""
    value = QSettings().value(RECENT_KEY)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:RECENT_COUNT]


def remember_database(path: Path) -> None:
    """Put `path` first among the recent databases."""
    path = _absolute(path)
    others = [p for p in recent_databases() if _absolute(p) != path]
    QSettings().setValue(RECENT_KEY, [str(p) for p in [path, *others][:RECENT_COUNT]])


def _absolute(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


class DatabaseFiles(QObject):
    """The Open database… action and the Recent databases menu of a main window.

    `opened` is the database the window shows with its lock, as the start opened it (None when
    the window was given a database without one, as in tests); after a reopen it holds the new
    database and lock, so that whoever closes the app at the end releases the right one.
    """

    #: Another database is open: `ctx.db` is the new one; the window shows what it holds.
    reopened = Signal()

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.opened: OpenedDatabase | None = None
        self.open_action = QAction(self.tr("Open &database…"), window)
        self.open_action.triggered.connect(self.choose_and_open)
        self.recent_menu = QMenu(self.tr("Recen&t databases"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        # Asks for the file to open; tests replace it.
        self.ask_path: Callable[[], Path | None] = self._ask_path
        if ctx.db.path is not None:
            remember_database(ctx.db.path)

    def _ask_path(self) -> Path | None:
        current = self.ctx.db.path
        start = (
            str(current.parent)
            if current is not None
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            start,
            self.tr("Coordinator databases (*.sqlite *.db);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def choose_and_open(self) -> bool:
        path = self.ask_path()
        return path is not None and self.open(path)

    def fill_recent_menu(self) -> None:
        """The recent databases but the open one; a file that is gone is greyed."""
        self.recent_menu.clear()
        current = _absolute(self.ctx.db.path) if self.ctx.db.path is not None else None
        others = [p for p in recent_databases() if _absolute(p) != current]
        for number, path in enumerate(others, start=1):
            action = self.recent_menu.addAction(f"&{number} {mnemonic_safe(str(path))}")
            if path.is_file():
                action.triggered.connect(lambda _checked=False, p=path: self.open(p))
            else:
                action.setEnabled(False)
                action.setToolTip(self.tr("The file is no longer there"))
        if not others:
            empty = self.recent_menu.addAction(self.tr("No other databases opened yet"))
            empty.setEnabled(False)

    def open(self, path: Path) -> bool:
        """Reopen the app on the database at `path`; False (the open database kept, the user
        told why) if it cannot be opened or the user chose not to."""
        path = _absolute(path)
        if self.ctx.db.path is not None and _absolute(self.ctx.db.path) == path:
            self.ctx.status_message.emit(self.tr("That database is open already."))
            return True
        wait_for_background_work()  # no export or import may still read the open file
        new = open_for_gui(path, parent=self.window, language=self.ctx.language)
        if new is None:
            return False
        backup_problem = backup_at_start(new.db)
        old_db = self.ctx.db
        self.ctx.db = new.db
        # The history's steps refer to rows of the other file.
        self.ctx.undo_stack.clear()
        self.ctx.set_group(None)
        old_db.close()
        if self.opened is not None:
            self.opened.release()
            self.opened.db, self.opened.lock = new.db, new.lock
        else:
            self.opened = new
        remember_database(path)
        self.reopened.emit()
        self.ctx.status_message.emit(
            backup_problem or self.tr("Opened %1").replace("%1", str(path))
        )
        return True
