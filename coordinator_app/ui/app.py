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
    QSettings,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import __version__
from coordinator_app.resources import resources_dir
from coordinator_app.ui.preferences import stored_language

if TYPE_CHECKING:
    from coordinator_app.store.database import Database
    from coordinator_app.store.peek import RosterPeek
    from coordinator_app.store.sqlite_file import FileCheck
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
    app.setDesktopFileName("coordinator-app")
    return app


class FirstStartDialog(QDialog):
    """Asked once, on an empty database: start with the demo group, or with a group of one's own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Coordinator"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "<h3>Welcome</h3><p>Coordinator keeps your network group's members, meetings, "
                "host visits and round-table minutes on this computer.</p>"
                "<p>Start with a demo group to look around, or start empty with your own group."
                "</p>"
            )
        )
        intro.setWordWrap(True)
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(self.tr("e.g. IT Operations"))
        self.group_name.setAccessibleName(self.tr("Name of your group"))
        form = QFormLayout()
        label = QLabel(self.tr("&Your group's name:"))
        label.setBuddy(self.group_name)
        form.addRow(label, self.group_name)
        self.demo_button = QPushButton(self.tr("Start with &demo data"))
        self.empty_button = QPushButton(self.tr("Start &empty"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.choice = ""
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.demo_button.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def first_start(db: Database, parent: QWidget | None = None) -> None:
    """On an empty database, offer the demo data or an empty start with a named group."""
    from coordinator_app.services import demo, groups
    from coordinator_app.ui.messages import SAVE_ERRORS, show_error

    if not demo.is_empty(db):
        return
    dialog = FirstStartDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        if dialog.choice == "demo":
            demo.fill_with_demo_data(db)
        elif dialog.group_name.text().strip():
            groups.create_group(db, dialog.group_name.text())
    except SAVE_ERRORS as exc:
        show_error(parent, dialog.windowTitle(), exc)


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
        self.resize(1440, 860)
        geometry = QSettings().value("main_window/geometry")  # as MainWindow restores it
        if geometry is not None:
            self.restoreGeometry(geometry)

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
        from coordinator_app.store.sqlite_file import FileCheck

        if self.path.is_file() and self.path.stat().st_size:
            # Checked in a thread while the rest of the app is imported (SQLite reads without
            # holding Python's lock); opening the database waits for it.
            self.file_check = FileCheck(self.path)
        peek = peek_roster(self.path)
        if peek is not None and self.frame is not None:
            self.frame.show_preview(peek, self.language)
            # On screen now, before the long imports: lay it out, then paint it.
            QApplication.sendPostedEvents()
            self.frame.repaint()

    def _open_and_show(self) -> None:
        from coordinator_app.ui.startup import backup_at_start, install_excepthook, open_for_gui

        install_excepthook()
        # One instance per database (else read-only), a damaged file restored from a backup.
        self.opened = open_for_gui(
            self.path, parent=self.frame, language=self.language, file_check=self.file_check
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
        self.window.show()  # the visible view reads its data as it is shown
        if self.frame is not None:
            self.frame.close()
            self.frame.deleteLater()
            self.frame = None
        if backup_problem:
            ctx.status_message.emit(backup_problem)
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
