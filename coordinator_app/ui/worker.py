"""Running long work (imports, exports, backups, reading a very long roster) off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the UI thread, which shows it to the user
            # The kind of error only: a message or traceback may quote members' data.
            log.debug("background work failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the UI thread, so the job's signals reach the callbacks there (queued)."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed

    @Slot(object)
    def done(self, value: Any) -> None:
        self._on_done(value)

    @Slot(object)
    def failed(self, exc: Any) -> None:
        self._on_failed(exc)


_running: set[_Job] = set()


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> QProgressDialog:
    """Run `work` on a pool thread with a busy dialog; call back on the UI thread."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setCancelButton(None)  # work inside one transaction cannot stop half way
    progress.setMinimumDuration(300)
    progress.setAutoClose(True)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        progress.reset()
        progress.deleteLater()
        callback(value)

    run_quietly(
        parent,
        work,
        lambda value: finish(on_done, value),
        lambda exc: finish(on_failed, exc),
    )
    return progress


def run_quietly(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Run `work` on a pool thread and call back on the UI thread, with no dialog: for reading
    that the view itself says it is doing. Nothing is called back once `parent` is gone."""
    job = _Job(work)
    _running.add(job)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        relay.deleteLater()
        callback(value)

    relay = _Relay(parent, lambda value: finish(on_done, value), lambda exc: finish(on_failed, exc))
    job.signals.done.connect(relay.done)
    job.signals.failed.connect(relay.failed)
    QThreadPool.globalInstance().start(job)


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until every background job is done (for tests and for closing the app)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
