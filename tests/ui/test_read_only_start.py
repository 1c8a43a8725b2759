"""The GUI's start on a sound database it cannot write: opened read-only, and said so; never
called damaged, never offered a restore over it (issue #13, finding 5).

Real read-only locations, as in `tests/store/test_read_only_and_restore.py`: files owned by root
in a folder of mode 0755, opened by the start running as `nobody` in a subprocess.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.store.database import open_database
from tests.store.test_read_only_and_restore import (
    as_another_user,
    demo_template,
    folder_state,
    read_only_folder,
)

__all__ = ["demo_template", "read_only_folder"]  # fixtures

START = """
import json
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from coordinator_app.services import groups
from coordinator_app.ui import startup

app = QApplication([])
shown = []

def box(kind):
    def show(_parent, title, text, *_args):
        shown.append([kind, title, text])
        return QMessageBox.StandardButton.Ok
    return staticmethod(show)

QMessageBox.information = box("information")
QMessageBox.critical = box("critical")
QMessageBox.warning = box("warning")
offered = []
startup.ask_restore = lambda *args: offered.append(True) or False
startup.ask_read_only = lambda *args: offered.append("read-only?") or True
opened = startup.open_for_gui(Path({path!r}), language="en")
result = {{"opened": opened is not None, "shown": shown, "offered": offered}}
if opened is not None:
    result["read_only"] = opened.db.read_only
    result["locked"] = opened.lock is not None
    result["groups"] = [g.name for g in groups.list_groups(opened.db)]
    opened.db.close()
    opened.release()
print(json.dumps(result))
"""


def test_a_read_only_database_is_opened_read_only_and_not_restored_over(
    demo_template: Path, read_only_folder: Path
) -> None:
    path = read_only_folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    # A sound backup beside it, which a "damaged" verdict would offer to restore.
    from coordinator_app.store import backups

    folder = backups.backups_dir(path)
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "coordinator-20260301-090000-auto.sqlite")
    for file in (path, *folder.iterdir()):
        file.chmod(0o644)
    folder.chmod(0o755)
    before = folder_state(read_only_folder)

    result = as_another_user(START.format(path=str(path)))

    assert result["opened"], result
    assert result["read_only"] and not result["locked"], result
    assert result["groups"] == ["IT Drift"]
    assert result["offered"] == [], result  # neither a restore nor the second-instance question
    [(kind, _title, text)] = result["shown"]
    assert kind == "information" and "opened read-only" in text and str(path) in text
    assert "damaged" not in text
    assert folder_state(read_only_folder) == before


def test_a_writable_database_still_opens_for_writing(
    qapp: Any, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same start where the file can be written: no notice, the lock taken."""
    from PySide6.QtWidgets import QMessageBox

    from coordinator_app.ui import startup

    shown: list[str] = []

    def information(_parent: object, _title: str, text: str, *_args: object) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    opened = startup.open_for_gui(path, language="en")
    assert opened is not None
    try:
        assert not opened.db.read_only and opened.lock is not None
    finally:
        opened.db.close()
        opened.release()
    assert shown == []
    open_database(path).close()
