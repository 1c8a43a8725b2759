"""Starting the GUI: the application object, its language, the database and the first start.

The start is in steps, so that a window is on screen at once and the members soon after:
`run_gui` shows an empty window frame (`StartWindow`, PySide6 only); once it is painted, `_Start`
reads the members of the group the main window opens on with `sqlite3` alone and shows them in
the frame (`StartPreview`, read-only), starts the file's integrity check in a thread, and then
imports the rest (SQLAlchemy, the services, the views), opens the database and replaces the frame
by the main window. Keep this module's imports to PySide6 and small modules of the app.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
)

from coordinator_app import __version__
from coordinator_app.resources import APP_ID, app_icon_path, resources_dir

# The first start's dialog lives in its own module; it is part of the start, so named here too.
from coordinator_app.ui.first_start import (
    FirstStartDialog as FirstStartDialog,
    first_start as first_start,
)
from coordinator_app.ui.preferences import stored_language
from coordinator_app.ui.window_state import DatabaseMemory, place_window

if TYPE_CHECKING:
    from coordinator_app.store.peek import RosterPeek
    from coordinator_app.store.sqlite_file import FileCheck
    from coordinator_app.ui.encryption.unlock import Unlocked
    from coordinator_app.ui.main_window import MainWindow
    from coordinator_app.ui.startup import OpenedDatabase

SUPPORTED_LANGUAGES = ("da", "en")


def choose_language() -> str:
    """The language setting if there is one, else Danish on a Danish system, else English."""
    chosen = stored_language()
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations (standard buttons, dialogs) for `language`."""
    translators: list[QTranslator] = []
    candidates = [(resources_dir() / "translations", f"coordinator_{language}")]
    if language != "en":
        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        candidates.append((qt_translations, f"qtbase_{language}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    if language == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    return translators


class MainThreadGarbageCollector(QObject):
    """Runs Python's cycle collector on the UI thread only.

    Left alone, it may run on a worker thread and destroy Qt objects there, which Qt forbids
    (qutebrowser does the same for the same reason).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        first, second, third = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count2 > third:
            gc.collect(2)
        elif count1 > second:
            gc.collect(1)
        elif count0 > first:
            gc.collect(0)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setProperty("gc", MainThreadGarbageCollector(app))
    app.setApplicationName("Coordinator")
    app.setOrganizationName("coordinator-app")
    app.setApplicationVersion(__version__)
    # The menu entry's name (packaging/linux/): Wayland's app id, and how the desktop finds the
    # window's icon and entry.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    return app


class StartWindow(QMainWindow):
    """The main window's empty frame, shown while the database is opened (PySide6 only).

    Where the main window will be, with its title; the start's questions (read-only, restore
    a backup, first start) are asked over it.
    """

    #: The frame was painted for the first time (emitted from the event loop, after the paint).
    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        # The main window's own title, so that its translation is shared.
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Coordinator"))
        place_window(self)  # where the main window will be, as it places itself

    def show_preview(self, peek: RosterPeek, language: str) -> None:
        """Show the members of the group the main window opens on, until it is ready."""
        from coordinator_app.ui.start_preview import StartPreview

        self.setCentralWidget(StartPreview(peek, language))
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "%1 – Coordinator").replace(
                "%1", peek.group_name
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)


class _Start(QObject):
    """The steps after the frame: the preview of the members, then the database and the main
    window."""

    def __init__(
        self, app: QApplication, frame: StartWindow, db_path: Path | None, language: str
    ) -> None:
        super().__init__(app)
        self.app = app
        self.frame: StartWindow | None = frame
        self.language = language
        from coordinator_app.store.sqlite_file import default_database_path

        self.path = (db_path or default_database_path()).expanduser()
        self.file_check: FileCheck | None = None
        self.opened: OpenedDatabase | None = None
        self.window: MainWindow | None = None
        #: The key an encrypted database was unlocked with before the preview.
        self.unlocked: Unlocked | None = None
        self._quit = False
        self._started = False

    def run(self) -> None:
        """Show the members at once (`StartPreview`), then open the database for real."""
        if self._started:
            return
        self._started = True
        self._step(self._preview)
        QTimer.singleShot(0, lambda: self._step(self._open_and_show))

    def _step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except BaseException:
            self.app.exit(1)  # reported by the excepthook; the frame must not stay empty
            raise

    def _preview(self) -> None:
        from coordinator_app.store.peek import peek_roster
        from coordinator_app.store.sqlite_file import FileCheck, is_encrypted

        key = None
        if is_encrypted(self.path):
            # Nothing of it is shown before it is unlocked: with the key remembered on this
            # computer, or the passphrase (or recovery key) asked for. Quitting here leaves
            # the file as it is.
            from coordinator_app.ui.encryption.unlock import unlock_at_start

            self.unlocked = unlock_at_start(self.path, self.frame)
            if self.unlocked is None:
                self._quit = True
                return
            key = self.unlocked.key
        if self.path.is_file() and self.path.stat().st_size:
            # Checked in a thread while the rest of the app is imported (SQLite reads without
            # holding Python's lock); opening the database waits for it.
            self.file_check = FileCheck(self.path, key)
        # The group the main window opens on: the one this database was left on, if any.
        peek = peek_roster(self.path, DatabaseMemory(self.path).group_id, key=key)
        if peek is not None and self.frame is not None:
            self.frame.show_preview(peek, self.language)
            # On screen now, before the long imports: lay it out, then paint it.
            QApplication.sendPostedEvents()
            self.frame.repaint()

    def _open_and_show(self) -> None:
        from coordinator_app.ui.startup import backup_at_start, install_excepthook, open_for_gui

        if self._quit:  # the user quit at the unlock
            self.app.exit(1)
            return
        install_excepthook()
        # One instance per database (else read-only), a damaged file restored from a backup.
        self.opened = open_for_gui(
            self.path,
            parent=self.frame,
            language=self.language,
            file_check=self.file_check,
            unlocked=self.unlocked,
        )
        if self.opened is None:
            self.app.exit(1)
            return
        db = self.opened.db
        backup_problem = backup_at_start(db)
        if not db.read_only:
            first_start(db, self.frame)
        from coordinator_app.ui.context import AppContext
        from coordinator_app.ui.main_window import MainWindow

        ctx = AppContext(db)
        ctx.language = self.language
        self.window = MainWindow(ctx)
        self.window.database_files.opened = self.opened  # File ▸ Open database… swaps it
        self.window.show()  # the visible view reads its data as it is shown
        if self.frame is not None:
            self.frame.close()
            self.frame.deleteLater()
            self.frame = None
        if backup_problem:
            ctx.status_message.emit(backup_problem)
        from coordinator_app.ui.files import remove_print_leftovers

        remove_print_leftovers()  # the agendas a killed run left in the temp folder
        # What the start made lives as long as the app: keep it out of every later collection.
        gc.freeze()

    def close(self) -> None:
        if self.window is not None:
            self.window.ctx.db.close()  # a restore may have replaced the database started with
        if self.opened is not None:
            self.opened.release()


def run_gui(db_path: Path | None = None) -> int:
    """Open the database at `db_path` (default: the user data directory) in the main window.

    The window's frame is shown first; the database is opened once it is painted.
    """
    app = create_application()
    language = choose_language()
    install_translators(app, language)
    frame = StartWindow()
    frame.show()
    start = _Start(app, frame, db_path, language)
    # Once the frame is on screen; without a paint (a platform that shows nothing) soon anyway.
    frame.painted.connect(start.run)
    QTimer.singleShot(300, start.run)
    try:
        return app.exec()
    finally:
        start.close()
