"""What the main window remembers on this computer: where it was and how big, its splitters,
and per database the group, view and planner year it was left on (QSettings).

A first start fits the window to its screen: the preferred size, or the screen's available
room if that is smaller (a 1366×768 laptop), centred. PySide6 only: the start's frame
(`ui/app.py`) places itself with it before SQLAlchemy is loaded.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

GEOMETRY_KEY = "main_window/geometry"
SPLITTER_KEY = "main_window/splitters/"
#: Room for every view's tables at a glance, where the screen has it.
PREFERRED_SIZE = QSize(1440, 860)
#: The title bar and borders the window system adds, until the window is shown and they are
#: known (then `keep_on_screen` corrects the estimate).
FRAME_ESTIMATE = QMargins(0, 32, 0, 0)


def first_geometry(
    available: QRect, preferred: QSize = PREFERRED_SIZE, frame: QMargins = FRAME_ESTIMATE
) -> QRect:
    """The window's rectangle (inside its frame) on a first start: `preferred`, or as much of
    `available` as there is, centred in it."""
    room = available.marginsRemoved(frame)
    size = preferred.boundedTo(room.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(room.center())
    # Centring may put an odd pixel outside the room; keep the rectangle inside it.
    rect.moveTopLeft(
        QPoint(
            max(room.left(), min(rect.left(), room.right() - size.width() + 1)),
            max(room.top(), min(rect.top(), room.bottom() - size.height() + 1)),
        )
    )
    return rect


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


_PLACED = "coordinator_placed_geometry"


def place_window(window: QWidget) -> bool:
    """Where the window was last (Qt moves it onto a screen that is still there), or fitted to
    its screen on a first start. True if a saved geometry was restored."""
    saved = QSettings().value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        restored = True
    else:
        window.setGeometry(first_geometry(_available(window)))
        restored = False
    window.setProperty(_PLACED, window.geometry())
    return restored


def keep_on_screen(window: QWidget) -> None:
    """Once shown, with its real frame: shrink and move a window that sticks out of its screen's
    available area back into it. Only where `place_window` put it: a window resized since (by
    the user, or a test) or maximised is left as it is."""
    if window.isMaximized() or window.isFullScreen():
        return
    if window.property(_PLACED) != window.geometry():
        return
    available = _available(window)
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    inner = window.geometry()
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    window.setGeometry(first_geometry(available, window.size(), margins))


def save_geometry(window: QWidget) -> None:
    QSettings().setValue(GEOMETRY_KEY, window.saveGeometry())


# -- splitters --------------------------------------------------------------------------------
def restore_splitters(splitters: dict[str, QSplitter]) -> None:
    """Each splitter as the user left it (a state that no longer fits is ignored by Qt)."""
    settings = QSettings()
    for name, splitter in splitters.items():
        state = settings.value(SPLITTER_KEY + name)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def save_splitters(splitters: dict[str, QSplitter]) -> None:
    settings = QSettings()
    for name, splitter in splitters.items():
        settings.setValue(SPLITTER_KEY + name, splitter.saveState())


# -- per database -----------------------------------------------------------------------------
def _database_key(path: Path) -> str:
    """A key per database file; a hash, so that no file path is written into the settings."""
    try:
        name = str(path.expanduser().resolve())
    except OSError:
        name = str(path)
    return "databases/" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:24] + "/"


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


class DatabaseMemory:
    """The group, view and planner year last shown for one database file."""

    def __init__(self, path: Path | None) -> None:
        self._prefix = _database_key(path) if path is not None else None

    def _get(self, name: str) -> int | None:
        if self._prefix is None:
            return None
        return _int(QSettings().value(self._prefix + name))

    def _set(self, name: str, value: int | None) -> None:
        if self._prefix is None:
            return
        if value is None:
            QSettings().remove(self._prefix + name)
        else:
            QSettings().setValue(self._prefix + name, value)

    @property
    def group_id(self) -> int | None:
        return self._get("group")

    @group_id.setter
    def group_id(self, value: int | None) -> None:
        self._set("group", value)

    @property
    def view(self) -> int | None:
        return self._get("view")

    @view.setter
    def view(self, value: int | None) -> None:
        self._set("view", value)

    @property
    def year(self) -> int | None:
        return self._get("year")

    @year.setter
    def year(self, value: int | None) -> None:
        self._set("year", value)
