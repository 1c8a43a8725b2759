"""`coordinator-app --smoke-test` (not in --help): does this build of the app work here?

Made for the desktop bundle (packaging/ci-bundle.sh runs it on the frozen program), where a file
PyInstaller left out shows only when it is needed. In a temporary folder it creates an encrypted
database (SQLCipher, with a key file, opened with its passphrase), migrates it with Alembic,
fills it with the demo data, shows every view of the main window, writes the agenda of a demo
meeting as PDF and prints it through Qt's printer (pypdfium2 renders it), and checks the Danish
translations (the app's and Qt's), the fonts, the icon and the toolbar's icon font along the
way. It prints a line per step and exits 0, or names the step that failed and exits 1.

Without a display it runs on Qt's offscreen platform (set here). Nothing outside the temporary
folder is touched: the window places and language settings (QSettings) are read from and written
to it too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from coordinator_app.store.database import Database

SMOKE_TEST_FLAG = "--smoke-test"
_PASSPHRASE = "smoke test passphrase"


class SmokeTestFailed(Exception):
    """A step found something missing or wrong."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestFailed(message)


def run_smoke_test(out: TextIO | None = None) -> int:
    """Run the steps above; 0 if every one passed, else 1 (the failure is printed)."""
    stream = out if out is not None else sys.stdout
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - started:5.1f} s] {text}", file=stream, flush=True)

    with tempfile.TemporaryDirectory(prefix="coordinator-smoke-test-") as tmp:
        try:
            _steps(Path(tmp), say)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            say(f"Smoke test FAILED: {type(exc).__name__}: {exc}")
            return 1
    say("Smoke test passed.")
    return 0


def _steps(folder: Path, say: Callable[[str], None]) -> None:
    from PySide6.QtCore import QSettings, qVersion
    from PySide6.QtGui import QIcon

    from coordinator_app import __version__
    from coordinator_app.resources import APP_ID, app_icon_path, font_path, resources_dir

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))

    from coordinator_app.ui.app import create_application, install_translators

    app = create_application([sys.argv[0]])
    say(f"Coordinator {__version__}, Python {sys.version.split()[0]}, Qt {qVersion()}")
    say(f"Qt platform: {app.platformName()}; resources in {resources_dir()}")
    _check(app.desktopFileName() == APP_ID, f"the desktop file name is {app.desktopFileName()!r}")

    translators = install_translators(app, "da")
    loaded = sorted(Path(t.filePath()).name for t in translators)
    _check(
        loaded == ["coordinator_da.qm", "qtbase_da.qm"],
        f"the Danish translations loaded are {loaded}, not coordinator_da.qm and qtbase_da.qm",
    )
    say(f"Danish translations: {', '.join(loaded)}")
    fonts = [font_path(name).name for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]
    say(f"Fonts: {', '.join(fonts)}")
    icon = QIcon(str(app_icon_path()))
    _check(not icon.pixmap(64, 64).isNull(), f"the icon {app_icon_path()} cannot be drawn (SVG)")
    say(f"Icon: {app_icon_path().name}")

    from coordinator_app.ui import icons

    _check(icons._qtawesome() is not None, "qtawesome (the toolbar's icon font) does not load")
    say("Icon font: qtawesome")

    db = _encrypted_database(folder, say)
    try:
        _views_and_agenda(app, db, folder, say)
    finally:
        db.close()


def _encrypted_database(folder: Path, say: Callable[[str], None]) -> Database:
    from coordinator_app.services import demo
    from coordinator_app.store import keys
    from coordinator_app.store.database import head_revision, open_database
    from coordinator_app.store.driver import sqlite_version
    from coordinator_app.store.encryption import create_encrypted_database
    from coordinator_app.store.sqlite_file import SQLITE_HEADER

    path = folder / "smoke-test.sqlite"
    create_encrypted_database(path, _PASSPHRASE, iterations=keys.MIN_ITERATIONS)
    with path.open("rb") as file:
        _check(file.read(len(SQLITE_HEADER)) != SQLITE_HEADER, f"{path} was written unencrypted")
    db = open_database(path, key=keys.unlock(path, _PASSPHRASE))
    with db.engine.connect() as connection:
        cipher = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    _check(bool(cipher), "the database driver is not SQLCipher")
    _check(revision == head_revision(), f"the database is at revision {revision}")
    say(
        f"Encrypted database (SQLCipher {cipher}, SQLite {sqlite_version()}) created, "
        f"opened with its passphrase and migrated to revision {revision}"
    )
    group_id = demo.fill_with_demo_data(db)
    say(f"Demo data in group {group_id}")
    return db


def _views_and_agenda(
    app: QApplication, db: Database, folder: Path, say: Callable[[str], None]
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from coordinator_app.domain.enums import MeetingStatus
    from coordinator_app.services import planner
    from coordinator_app.ui.context import AppContext
    from coordinator_app.ui.main_window import MainWindow
    from coordinator_app.ui.planner.export import write_agenda
    from coordinator_app.ui.printing import render_pdf
    from coordinator_app.ui.worker import wait_for_background_work

    ctx = AppContext(db)
    ctx.language = "da"
    window = MainWindow(ctx)
    window.show()
    shown: list[str] = []
    try:
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            for _ in range(5):
                app.processEvents()
            view = window.views.currentWidget()
            item = window.nav.item(row)
            _check(
                view is not None and view.isVisible(),
                f"the view {item.text() if item else row} is not shown",
            )
            shown.append(item.text() if item is not None else str(row))
        wait_for_background_work()
        say(f"Views shown: {', '.join(shown)}")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()

    meetings = planner.meetings(db, group_id=ctx.group_id)
    coming = [m for m in meetings if m.status is MeetingStatus.CONFIRMED] or meetings
    _check(bool(coming), "the demo data has no meetings")
    meeting = coming[0]
    pdf = write_agenda(db, meeting.id, folder / "agenda.pdf", "da")
    data = pdf.read_bytes()
    _check(data.startswith(b"%PDF-") and b"DejaVuSans" in data, f"{pdf} is not the agenda PDF")
    say(f"Agenda of meeting {meeting.id} ({meeting.date.isoformat()}): {len(data):,} bytes of PDF")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = folder / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = render_pdf(data, printer)
    _check(pages >= 1 and printed.read_bytes().startswith(b"%PDF-"), "printing the agenda failed")
    say(f"Printed it through Qt's printer (pypdfium2): {pages} page(s)")

    from coordinator_app.exchange.minutes_pdf import encrypt_pdf

    protected = encrypt_pdf(data, _PASSPHRASE)
    _check(b"/Encrypt" in protected, "the password-protected PDF has no /Encrypt dictionary")
    say("Password-protected it (pikepdf, AES-256)")
    # The OS keyring ("remember on this computer"): its Secret Service backend needs these.
    import cryptography
    import secretstorage
    from cryptography.hazmat.primitives.ciphers import Cipher

    _check(Cipher is not None, "cryptography has no ciphers")
    say(
        f"Keyring's Secret Service backend: SecretStorage {secretstorage.__version__}, "
        f"cryptography {cryptography.__version__}"
    )
