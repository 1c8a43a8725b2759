"""The start as a user sees it: the window, then the members at once, then the main window."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.services import demo, groups, roster
from coordinator_app.store.database import open_database
from coordinator_app.ui.app import StartWindow, _Start
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.start_preview import StartPreview


@pytest.fixture(autouse=True)
def _keep_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start installs an excepthook and freezes the garbage collector: not in the tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(gc, "freeze", lambda: None)


def _main_window(start: _Start) -> MainWindow | None:
    return start.window  # a call: the start goes on between two looks at it


def _names(model: Any) -> list[str]:
    return [model.member_at(row).name for row in range(model.rowCount())]


def test_the_members_show_before_the_app_has_loaded_then_the_main_window(
    qtbot, qapp, tmp_path: Path
) -> None:
    path = tmp_path / "coordinator.sqlite"
    db = open_database(path)
    demo.fill_with_demo_data(db)
    group = groups.list_groups(db)[0]
    expected = sorted(m.name for m in roster.roster(db, group.id, include_former=False))
    db.close()

    frame = StartWindow()
    frame.show()
    start = _Start(qapp, frame, path, "en")
    try:
        start.run()  # what the frame's first paint starts
        preview = frame.centralWidget()
        assert isinstance(preview, StartPreview)
        assert frame.windowTitle() == f"{group.name} – Coordinator"
        assert sorted(_names(preview.model)) == expected
        assert preview.table.isVisible()
        assert not preview.search.isEnabled()  # nothing can be changed yet
        assert _main_window(start) is None

        qtbot.waitUntil(lambda: _main_window(start) is not None)
        window = _main_window(start)
        assert isinstance(window, MainWindow) and window.isVisible()
        assert start.frame is None
        assert not frame.isVisible()
        assert window.windowTitle() == f"{group.name} – Coordinator"
        assert sorted(_names(window.roster.model)) == expected
        assert window.roster.filter.isEnabled()
    finally:
        start.close()
        if start.window is not None:
            start.window.close()


def test_a_damaged_file_shows_no_members_and_is_reported(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "coordinator.sqlite"
    damaged = b"SQLite format 3\x00" + b"\x07" * 5000
    path.write_bytes(damaged)
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    exits: list[int] = []  # the app would quit; the test run must not
    monkeypatch.setattr(qapp, "exit", exits.append)
    frame = StartWindow()
    qtbot.addWidget(frame)
    frame.show()
    start = _Start(qapp, frame, path, "en")
    try:
        start.run()
        assert not isinstance(frame.centralWidget(), StartPreview)
        qtbot.waitUntil(lambda: bool(shown))
        assert "is damaged" in shown[0]
        assert start.window is None
        assert exits == [1]
        assert path.read_bytes() == damaged
    finally:
        start.close()


def test_what_the_start_shows_first_loads_no_sqlalchemy() -> None:
    """The frame and the members' preview come before SQLAlchemy is loaded: the point of them."""
    code = (
        "import sys\n"
        "import coordinator_app.ui.app, coordinator_app.ui.start_preview\n"
        "import coordinator_app.store.peek, coordinator_app.store.sqlite_file\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
