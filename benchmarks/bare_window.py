"""The floor of the start and memory benchmarks: a bare PySide6 QMainWindow, shown and painted.

Run as a script by `run.py` (offscreen). Prints one JSON line: the monotonic time of the first
paint event and the peak resident memory, then exits at once. Imports nothing but PySide6, so
that it measures what any PySide6 window costs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


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


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted is None and event.type() == QEvent.Type.Paint:
            self.painted = time.monotonic()
            # Report once the paint is done, from the event loop.
            QApplication.postEvent(self, QEvent(QEvent.Type.User))
        elif watched is self and event.type() == QEvent.Type.User:
            _report(self.painted or time.monotonic())
        return False


def _report(painted: float) -> None:
    peak_kb = _peak_kb()
    print(json.dumps({"paint": painted, "data": painted, "peak_kb": peak_kb}), flush=True)
    os._exit(0)


def main() -> None:
    app = QApplication(sys.argv[:1])
    watcher = _FirstPaint()
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1440, 860)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
