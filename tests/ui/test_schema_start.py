"""The GUI's start on a file whose schema the app does not know (issue #13, finding 1): refused
like a damaged file, left as it was, and the message says what is wrong in the user's words."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.store.database import DatabaseSchemaUnknown
from coordinator_app.store.sqlite_file import DatabaseLogUnreadable, FileCheck
from coordinator_app.ui import startup
from coordinator_app.ui.messages import error_text
from tests.store.test_schema_check import COPY_ENTRIES, demo_template, folder_state, tamper

__all__ = ["demo_template"]  # a fixture


def test_a_file_with_an_unknown_trigger_is_refused_at_the_start_and_left_alone(
    qapp: Any, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    tamper(path, [COPY_ENTRIES])
    before = folder_state(folder)
    told: list[BaseException] = []
    monkeypatch.setattr(startup, "cannot_open", lambda _parent, _path, exc: told.append(exc))
    assert startup.open_for_gui(path, file_check=FileCheck(path)) is None
    [refused] = told
    assert isinstance(refused, DatabaseSchemaUnknown)
    assert "copy_entries" in str(refused)
    assert "does not know" in error_text(refused)
    assert folder_state(folder) == before


def test_the_new_codes_have_their_own_texts(qapp: Any) -> None:
    for exc in (DatabaseSchemaUnknown("x"), DatabaseLogUnreadable("x")):
        text = error_text(exc)
        assert text != "x" and "file was not changed" in text
