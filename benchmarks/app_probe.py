"""The app's side of the start and memory benchmarks, run as a script by `run.py` (offscreen).

    python benchmarks/app_probe.py start|memory DATABASE

Starts Coordinator exactly as `coordinator-app --db DATABASE` does (its `main()`), having only
wrapped `create_application` to watch the events. Prints one JSON line and exits at once:

- "paint": the monotonic time of the first paint event of the main window;
- "data": the first paint of a member table with members in it (the main view with data): at
  a start that shows the members before the app has loaded (`ui.start_preview`), that one;
- "ready": the first paint of the member table with members in it in the real main window,
  which can be worked in (the same as "data" when there was no preview);
- "peak_kb": the peak resident memory; with `memory`, after every view was shown and painted.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QMainWindow, QWidget

import coordinator_app.ui.app as gui
from coordinator_app.__main__ import main as app_main


def _peak_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's VmHWM, which starts afresh with the program; `ru_maxrss` is carried over from the
    parent through fork and exec, so a child of a big benchmark runner would report the
    runner's size. Elsewhere `ru_maxrss` (KiB on Linux and the BSDs).
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _Watcher(QObject):
    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.painted: float | None = None
        self.data: float | None = None
        self.ready: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, QMainWindow):
                now = time.monotonic()
                if self.painted is None:
                    self.painted = now
                if self.ready is None and _is_filled_table(watched):
                    if self.data is None:
                        self.data = now
                    # Named, not imported: importing the main window would load the app early.
                    if type(window).__name__ == "MainWindow":
                        self.ready = now
                        QApplication.postEvent(self, QEvent(QEvent.Type.User))
        elif watched is self and kind == QEvent.Type.User:
            self.finish()
        return False

    def finish(self) -> None:
        if self.mode == "memory":
            _visit_every_view()
        peak_kb = _peak_kb()
        report = {"paint": self.painted, "data": self.data, "ready": self.ready, "peak_kb": peak_kb}
        print(json.dumps(report))
        sys.stdout.flush()
        os._exit(0)


def _is_filled_table(widget: QWidget) -> bool:
    view = widget.parent()
    if not isinstance(view, QAbstractItemView) or widget is not view.viewport():
        return False
    model = view.model()
    return model is not None and model.rowCount() > 0


def _visit_every_view() -> None:
    """Show each view of the main window in turn, as a user going through the navigation."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            nav = widget.findChild(QListWidget)
            if nav is None:
                continue
            for row in range(nav.count()):
                nav.setCurrentRow(row)
                QApplication.processEvents()
                widget.repaint()
                QApplication.processEvents()


def main() -> None:
    mode, database = sys.argv[1], sys.argv[2]
    watcher = _Watcher(mode)
    create = gui.create_application

    def create_and_watch(argv: list[str] | None = None) -> QApplication:
        app = create(argv)
        app.installEventFilter(watcher)
        return app

    gui.create_application = create_and_watch
    sys.argv = ["coordinator-app", "--db", database]
    app_main()


if __name__ == "__main__":
    main()
