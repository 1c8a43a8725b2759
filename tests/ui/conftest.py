"""UI test helpers: an app context on a fresh database, and driving modal dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.ui.context import AppContext


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path_factory) -> Iterator[None]:
    """QSettings in a folder of the test run, empty for every test: the user's own settings
    (language, window geometry) are never read or written by the tests."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    locale = QLocale()
    yield
    QSettings().clear()
    # A test that installs the Danish translation also makes Danish the default locale.
    QLocale.setDefault(locale)


@pytest.fixture
def ctx(db, qapp) -> Iterator[AppContext]:
    context = AppContext(db)
    context.language = "da"
    yield context
    context.undo_stack.clear()


@pytest.fixture
def group_id(db) -> int:
    gid = groups.create_group(db, "IT Drift")
    members = [
        (
            "Mette Kjærgaard",
            "mette@region.dk",
            "Region Hovedstaden",
            "Driftschef",
            "Sundhed",
            ("ITIL", "Backup"),
        ),
        (
            "Anders Østergaard",
            "anders@lego.example",
            "LEGO",
            "Director",
            "Legetøj",
            ("Kubernetes",),
        ),
        (
            "Łukasz Żółć",
            "lukasz@novo.example",
            "Novo Nordisk",
            "Platform Engineer",
            "Pharma",
            ("GxP", "Observability"),
        ),
        ("Søren Ærø Ågård", "soren@energi.example", "Grøn Energi", "IT-chef", "Energi", ("SCADA",)),
    ]
    for name, email, company, title, industry, tags in members:
        roster.add_member(
            db,
            gid,
            PersonInput(name=name, email=email, expertise=tags),
            JobInput(company, title, industry),
            joined_on=dt.date(2021, 1, 1),
        )
    return gid


def when_dialog_opens(qtbot, handler: Callable[[QDialog], None]) -> None:
    """Run `handler` on the next modal dialog, the way a user answers it once it is shown."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            try:
                handler(dialog)
            finally:
                if dialog.isVisible():  # a failed handler must not leave the test hanging
                    dialog.reject()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` as key presses; letters beyond ASCII arrive as a keyboard layout sends them.

    (QTest.keyClicks aborts on non-ASCII characters such as ø or Ł.)
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def activate(qtbot, widget: QWidget) -> None:
    """Make `widget`'s window the active one, so that keyboard shortcuts reach it."""
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
