"""Running the command line in a test: exit status, output, and the shape of errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> Any:
    code, out, err = run(capsys, db_path, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def usage_error(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), *args])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    return err


def assert_one_line_error(err: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("coordinator-app: ")
