"""Files the GUI writes outside the database: the print folder of one run, removed when the app
quits (or at the next start after a kill), and a lock file that is a link, refused at the start."""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.services import groups, planner
from coordinator_app.store.database import open_database
from coordinator_app.store.lock import lock_path
from coordinator_app.ui import files as ui_files, startup
from coordinator_app.ui.app import StartWindow, _Start
from coordinator_app.ui.planner.export import PlannerExporter
from coordinator_app.ui.worker import wait_for_background_work

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and signals")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The system's temp folder, for this test only."""
    ui_files.remove_print_folder()  # one an earlier test made in the real temp folder
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    ui_files.remove_print_folder()


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return int(proc.stdout)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_print_agenda_writes_into_this_runs_private_folder(
    qtbot, ctx, group_id: int, temp_root: Path, qapp
) -> None:
    meeting_id = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=dt.date(2027, 3, 9), theme="AI i driften")
    )
    ctx.set_group(group_id)
    window = QWidget()
    qtbot.addWidget(window)
    exporter = PlannerExporter(ctx, window)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    exporter.open_file = open_file
    exporter.print_agenda(meeting_id)
    exporter.print_agenda(meeting_id)
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(opened) == 2)
    folder = opened[0].parent
    assert opened[1].parent == folder  # one folder per run
    assert folder.parent == temp_root
    assert folder.name.startswith(f"coordinator-print-{os.getpid()}-")
    assert _mode(folder) == 0o700 and _mode(opened[0]) == 0o600
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == [opened[0].name]  # no temp file left
    ui_files.remove_print_folder()
    assert not folder.exists()


SCRIPT = """
import os, signal, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coordinator_app.ui.files import print_folder
how = sys.argv[1]
app = QApplication([])
folder = print_folder()
(folder / "agenda.pdf").write_bytes(b"%PDF group-only")
print(folder, flush=True)
if how == "quit":
    QTimer.singleShot(0, app.quit)
    app.exec()
    print("after the event loop:", "gone" if not folder.exists() else "still there", flush=True)
elif how == "exit":
    sys.exit(0)  # no event loop ran: atexit removes it
else:
    time.sleep(60)  # killed
"""


def _run(how: str, temp_root: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(temp_root), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, how],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


@pytest.mark.timeout(60)
def test_the_print_folder_goes_when_the_app_quits_or_exits(temp_root: Path) -> None:
    for how in ("quit", "exit"):
        proc = _run(how, temp_root)
        out, _ = proc.communicate(timeout=50)
        assert proc.returncode == 0, out
        folder = Path(out.splitlines()[0])
        assert folder.parent == temp_root
        if how == "quit":
            assert out.splitlines()[1] == "after the event loop: gone"
        assert not folder.exists()
    assert list(temp_root.iterdir()) == []


@pytest.mark.timeout(60)
def test_a_print_folder_a_killed_run_left_goes_at_the_next_start(
    qtbot, qapp, tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proc = _run("kill", temp_root)
    assert proc.stdout is not None
    left = Path(proc.stdout.readline().strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert (left / "agenda.pdf").exists()  # what the kill left
    other_users = temp_root / f"coordinator-print-{_dead_pid()}-abcdefgh"
    other_users.mkdir()
    if os.geteuid() == 0:
        os.chown(other_users, 65534, 65534)
    else:
        other_users.rmdir()

    path = tmp_path / "coordinator.sqlite"
    db = open_database(path)
    groups.create_group(db, "IT Drift")
    db.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    frame = StartWindow()
    frame.show()
    start = _Start(qapp, frame, path, "en")
    try:
        start.run()
        qtbot.waitUntil(lambda: start.window is not None)
        assert not os.path.lexists(left)
        assert os.geteuid() != 0 or other_users.is_dir()
    finally:
        start.close()
        if start.window is not None:
            start.window.close()


def test_a_lock_file_that_is_a_link_is_reported_at_the_start_and_left_alone(
    qapp, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "notes.txt"
    victim.write_bytes(b"the user's notes\n")
    victim.chmod(0o644)
    lock_path(db_path).symlink_to(victim)
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert startup.open_for_gui(db_path) is None
    assert len(shown) == 1 and "lock file" in shown[0]
    assert victim.read_bytes() == b"the user's notes\n" and _mode(victim) == 0o644
    assert lock_path(db_path).is_symlink()
