"""Running long work (imports, exports, backups, reading a very long roster) off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


#: What long work is handed to say how far it is: (done, total), from the worker thread.
Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


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
        on_progress: Progress | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_progress = on_progress

    @Slot(object)
    def done(self, value: Any) -> None:
        self._on_done(value)

    @Slot(object)
    def failed(self, exc: Any) -> None:
        self._on_failed(exc)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


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


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    counts: Callable[[int, int], str],
) -> QProgressDialog:
    """Like `run_in_background`, for work that says how far it is: `work` is called with a
    `Progress` it calls from the worker thread as it goes; the dialog's bar follows, and its
    text is `label` with `counts(done, total)` under it ("4,000 of 100,000 contacts")."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setCancelButton(None)  # work inside one transaction cannot stop half way
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)  # closed when the work is done, not when the bar is full
    progress.setAutoReset(False)

    def advance(done: int, total: int) -> None:
        progress.setLabelText(f"{label}\n{counts(done, total)}")
        if progress.maximum() != total:
            progress.setMaximum(max(total, 0))
        progress.setValue(min(done, total))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        progress.reset()
        progress.deleteLater()
        callback(value)

    run_quietly(
        parent,
        work,
        lambda value: finish(on_done, value),
        lambda exc: finish(on_failed, exc),
        on_progress=advance,
    )
    return progress


def run_quietly(
    parent: QObject,
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    *,
    on_progress: Progress | None = None,
) -> None:
    """Run `work` on a pool thread and call back on the UI thread, with no dialog: for reading
    that the view itself says it is doing. Nothing is called back once `parent` is gone.

    With `on_progress`, `work` is called with a `Progress` to call as it goes (from the worker
    thread); `on_progress` receives it on the UI thread, in order, before `on_done`."""
    job = _Job(work if on_progress is None else lambda: work(report))
    _running.add(job)

    def report(done: int, total: int) -> None:
        job.signals.progress.emit(done, total)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        relay.deleteLater()
        callback(value)

    relay = _Relay(
        parent,
        lambda value: finish(on_done, value),
        lambda exc: finish(on_failed, exc),
        on_progress,
    )
    job.signals.done.connect(relay.done)
    job.signals.failed.connect(relay.failed)
    job.signals.progress.connect(relay.progress)
    QThreadPool.globalInstance().start(job)


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until every background job is done (for tests and for closing the app)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
