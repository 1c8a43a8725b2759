"""A file with a schema the app does not know is refused by the command line (issue #13).

Finding 1 as it was reproduced: the demo database plus two triggers (every round-table text
copied into the meeting's decisions and the next meeting's theme, every new entry made
"shareable") passed `check`, was restored, and the "group only" text then appeared in minutes
exported with --omit-confidential and in the iCalendar file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.store import backups
from tests.cli.helpers import assert_one_line_error, run, run_json
from tests.store.test_schema_check import (
    COPY_ENTRIES,
    HOSTILE,
    MAKE_SHAREABLE,
    folder_state,
    tamper,
)

SECRET = "Vi lukker afdelingen i Aarhus til sommer"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = _copy(demo_template, tmp_path / "live")
    capsys.readouterr()
    return path


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_check_refuses_a_hostile_schema_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_template: Path, tmp_path: Path, kind: str
) -> None:
    path = _copy(demo_template, tmp_path / "hostile")
    tamper(path, HOSTILE[kind][0])
    before = folder_state(path.parent)
    code, out, err = run(capsys, path, "check")
    assert code == 1
    assert_one_line_error(err)
    assert HOSTILE[kind][1] in err
    assert "ok" not in out.split()
    assert folder_state(path.parent) == before


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_restore_refuses_a_hostile_backup_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, demo_template: Path, tmp_path: Path, kind: str
) -> None:
    backup = _copy(demo_template, tmp_path / "stick")
    tamper(backup, HOSTILE[kind][0])
    stick_before = folder_state(backup.parent)
    live_before = folder_state(demo.parent)
    code, _out, err = run(capsys, demo, "restore", str(backup))
    assert code == 1
    assert_one_line_error(err)
    assert HOSTILE[kind][1] in err
    assert folder_state(backup.parent) == stick_before
    assert folder_state(demo.parent) == live_before


def test_finding_1_the_demo_with_two_triggers_is_refused_by_check_and_restore(
    capsys: pytest.CaptureFixture[str], demo: Path, demo_template: Path, tmp_path: Path
) -> None:
    planted = _copy(demo_template, tmp_path / "planted")
    tamper(planted, [COPY_ENTRIES, MAKE_SHAREABLE])
    before = folder_state(planted.parent)

    code, _out, err = run(capsys, planted, "check")
    assert code == 1
    assert_one_line_error(err)
    assert "has a trigger the app does not know: copy_entries" in err

    live_before = folder_state(demo.parent)
    code, _out, err = run(capsys, demo, "restore", str(planted))
    assert code == 1
    assert_one_line_error(err)
    assert "copy_entries" in err
    assert folder_state(demo.parent) == live_before

    # Nothing that would write a round-table entry into it, or export from it, runs either.
    meeting = run_json(capsys, demo, "meetings", "list")[0]["id"]
    email = run_json(capsys, demo, "members", "list")[0]["email"]
    out_dir = tmp_path / "out"
    for command in (
        ["minutes", "add-entry", str(meeting), email, SECRET],
        ["export", "minutes", str(meeting), "--format", "md", "-o", str(out_dir / "m.md"),
         "--omit-confidential"],
        ["export", "ics", "--group", "IT Drift", "--year", "2026", "-o", str(out_dir / "p.ics")],
    ):  # fmt: skip
        out_dir.mkdir()
        code, _out, err = run(capsys, planted, *command)
        assert code == 1, command
        assert_one_line_error(err)
        assert list(out_dir.iterdir()) == []
        # The same command works on the sound database (the refusal is the schema's).
        code, _out, err = run(capsys, demo, *command)
        assert code == 0, (command, err)
        shutil.rmtree(out_dir)
    assert folder_state(planted.parent) == before


def test_a_hostile_live_database_is_set_aside_by_restoring_a_sound_backup(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    assert run(capsys, demo, "backup")[0] == 0
    [saved] = backups.list_backups(demo)
    tamper(demo, [COPY_ENTRIES])
    planted = demo.read_bytes()
    code, out, err = run(capsys, demo, "restore", str(saved.path))
    assert code == 0, err
    [aside] = demo.parent.glob("coordinator.damaged-*.sqlite")
    assert aside.read_bytes() == planted
    assert str(aside) in out
    code, out, err = run(capsys, demo, "check")
    assert (code, out.strip()) == (0, "ok"), err
