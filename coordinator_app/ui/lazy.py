"""Reloading a view only when someone can see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A hidden view of the main window loads this long after start, once the visible one is
# painted, so that its actions and shortcuts work without it having been opened.
IDLE_LOAD_MS = 400


class ReloadWhenShown(QObject):
    """Reloads a view when its data or group changed: at once, or, if `lazy`, only while the
    view is shown; a hidden view is marked stale and reloads when it is shown next.

    A view made on its own reloads at once (tests and the benchmarks drive views directly);
    the main window makes its views lazy, so that only the visible one reads the database.
    """

    def __init__(self, view: QWidget, reload: Callable[[], None], *, lazy: bool = False) -> None:
        super().__init__(view)
        self._view = view
        self._reload = reload
        self.lazy = lazy
        self.stale = lazy  # a lazy view loads when it is first shown, or soon after start
        view.installEventFilter(self)
        if lazy:
            QTimer.singleShot(IDLE_LOAD_MS, self.ensure_loaded)

    def request(self) -> None:
        """The view's data may have changed: reload now if it is shown (or not lazy)."""
        if self.lazy and not self._view.isVisible():
            self.stale = True
            return
        self.stale = False
        self._reload()

    def ensure_loaded(self) -> None:
        """Reload now if a change was put off (e.g. before the view's menu opens)."""
        if self.stale:
            self.stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.ensure_loaded()
        return False
