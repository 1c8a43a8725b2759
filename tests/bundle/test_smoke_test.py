"""`python -m coordinator_app --smoke-test` from the source tree (CI runs it on the frozen bundle
too, packaging/ci-bundle.sh): every step passes here, and a missing file makes it fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def smoke_test(home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    # No display, no platform chosen: the flag picks the offscreen platform itself.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        and not key.startswith("XDG_")
    }
    env.update(HOME=str(home), **extra)
    return subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )


@pytest.mark.slow
def test_the_smoke_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    result = smoke_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Qt platform: offscreen" in out
    assert "Danish translations: coordinator_da.qm, qtbase_da.qm" in out
    assert "Encrypted database (SQLCipher " in out
    assert "Views shown: Medlemmer, Mødeplan, Værtsbesøg, Referat" in out
    assert "bytes of PDF" in out and "Printed it through Qt's printer" in out
    assert out.rstrip().endswith("Smoke test passed.")
    # The user's settings and data folders are left alone.
    assert not (tmp_path / ".config" / "coordinator-app").exists()
    assert not (tmp_path / ".local" / "share" / "coordinator-app").exists()


def test_the_smoke_test_fails_without_the_translations(tmp_path: Path) -> None:
    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    result = smoke_test(tmp_path, COORDINATOR_RESOURCES=str(empty))
    assert result.returncode == 1
    assert "Smoke test FAILED" in result.stdout
    assert "coordinator_da.qm" in result.stdout


def test_the_flag_is_not_in_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "smoke" not in result.stdout.lower()
