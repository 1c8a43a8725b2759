"""Every file whole or not at all: commands that write files killed with SIGKILL at random moments.

`tests/kill_writes_worker.py` runs the command line forked per command. Each command is first run
to its end a few times to measure how long it takes, then killed 20 times after a random delay
drawn over that time (every other one over its second half, where the files are written: about
half of those kills of `backup` land while the copy is made). After every kill no partial file
carries a final name: every file with a final name is whole (a backup passes `PRAGMA
integrity_check`, is listed and holds the database; an export is byte for byte the one an
uninterrupted run writes), and after the next run of the same command no temporary file is
left. Two more tests kill a backup and an export at the worst moment on purpose (in the middle
of the copy; after the export is written, before its rename).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from coordinator_app.store import backups
from coordinator_app.store.sqlite_file import sqlite_uri
from tests.store.writes import die_in

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "kill_writes_worker.py"
KILLS = 20
MEASURED_RUNS = 3
TEMP = re.compile(r"(\.coordinator-tmp(-journal|-wal|-shm)?|\.[a-z0-9_]{8}\.tmp)$")


class Worker:
    """The worker server: forks one command line per request."""

    def __init__(self, logs: Path) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        }
        self.logs = logs
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin: IO[bytes] = self.proc.stdin
        self.stdout: IO[bytes] = self.proc.stdout
        self.count = 0
        self.kills = 0

    def _line(self) -> str:
        raw = self.stdout.readline()
        assert raw, "the worker server ended"
        return raw.decode().strip()

    def start(self, *argv: str, kill_after: float | None = None) -> None:
        self.count += 1
        log = self.logs / f"run-{self.count}.txt"
        request = {"argv": list(argv), "log": str(log), "kill_after": kill_after}
        self.stdin.write(json.dumps(request).encode() + b"\n")
        self.stdin.flush()

    def wait(self) -> int:
        last = self._line()
        assert last.startswith("exit "), last
        return int(last.split()[1])

    def log(self) -> str:
        return (self.logs / f"run-{self.count}.txt").read_text(errors="replace")

    def run(self, *argv: str) -> tuple[int, float]:
        """Run a command to its end: its exit status and how long it took."""
        began = time.monotonic()
        self.start(*argv)
        status = self.wait()
        return status, time.monotonic() - began

    def ok(self, *argv: str) -> float:
        status, took = self.run(*argv)
        assert status == 0, self.log()
        return took

    def killed_at_random(self, rng: random.Random, took: float, *argv: str) -> int:
        """Run the command and kill it after a random delay over `took`, the time it takes;
        its exit status. Every other kill falls in the second half, where the files are
        written (the first half mostly opens the database)."""
        self.kills += 1
        early = self.kills % 2
        self.start(*argv, kill_after=rng.uniform(0.0 if early else took / 2, took))
        return self.wait()

    def close(self) -> None:
        self.stdin.write(b'"quit"\n')
        self.stdin.flush()
        self.stdin.close()
        self.proc.wait(timeout=30)
        self.stdout.close()


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    server = Worker(tmp_path_factory.mktemp("logs"))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def demo_template(worker: Worker, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "coordinator.sqlite"
    worker.ok("--db", str(path), "demo")
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    """The demo database (65 pages): small, so that each command takes tens of milliseconds."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@dataclass
class Kills:
    """How the kills landed."""

    before_the_end: int = 0
    statuses: list[int] = field(default_factory=list)

    def add(self, status: int) -> None:
        self.statuses.append(status)
        if status == -signal.SIGKILL:
            self.before_the_end += 1


def _measure(worker: Worker, *argv: str) -> float:
    """How long the command takes (the median of a few runs; "{}" in an argument: the run)."""
    return statistics.median(
        worker.ok(*(arg.replace("{}", str(k)) for arg in argv)) for k in range(MEASURED_RUNS)
    )


def _temp_files(*folders: Path) -> list[Path]:
    return [
        p for folder in folders if folder.is_dir() for p in folder.iterdir() if TEMP.search(p.name)
    ]


def _contents(path: Path, *, live: bool = False) -> tuple[int, list[str]]:
    """A database file's integrity (0: sound) and its groups. A backup is opened read-only; the
    live database as the app opens it, which rolls back what a killed writer left in its journal.
    """
    conn = (
        sqlite3.connect(path)
        if live
        else sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    )
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        names = [row[0] for row in conn.execute("SELECT name FROM groups ORDER BY name")]
    finally:
        conn.close()
    return len(problems), names


def _check_backups(db: Path, expected_groups: set[tuple[str, ...]]) -> None:
    """Every file with a backup's name is whole and listed; every listed one is sound."""
    folder = backups.backups_dir(db)
    pattern = re.compile(rf"{db.stem}-\d{{8}}-\d{{6}}(-\d+)?-[a-z-]+{re.escape(db.suffix)}")
    named = (
        sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name)) if folder.is_dir() else []
    )
    listed = sorted(b.path for b in backups.list_backups(db))
    assert named == listed, "a file with a backup's name that is not a whole backup"
    for path in listed:
        problems, names = _contents(path)
        assert problems == 0, f"{path.name} fails PRAGMA integrity_check"
        assert tuple(names) in expected_groups, (path.name, names)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_backup_killed_at_random_moments_leaves_only_whole_backups(
    worker: Worker, demo: Path
) -> None:
    rng = random.Random(13)
    _problems, groups = _contents(demo, live=True)
    took = _measure(worker, "--db", str(demo), "backup")
    kills = Kills()
    for _ in range(KILLS):
        kills.add(worker.killed_at_random(rng, took, "--db", str(demo), "backup"))
        _check_backups(demo, {tuple(groups)})
        worker.ok("--db", str(demo), "backup")
        _check_backups(demo, {tuple(groups)})
        assert _temp_files(backups.backups_dir(demo), demo.parent) == []
    assert kills.before_the_end > 0, kills.statuses
    assert backups.list_backups(demo)  # the newest 10 of them are kept


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_backup_to_a_file_killed_at_random_moments_is_whole_or_absent(
    worker: Worker, demo: Path, tmp_path: Path
) -> None:
    rng = random.Random(14)
    _problems, groups = _contents(demo, live=True)
    out = tmp_path / "stick"
    out.mkdir()
    took = _measure(worker, "--db", str(demo), "backup", "-o", str(out / "measured-{}.sqlite"))
    kills = Kills()
    for i in range(KILLS):
        target = out / f"copy-{i}.sqlite"
        kills.add(
            worker.killed_at_random(rng, took, "--db", str(demo), "backup", "-o", str(target))
        )
        named = os.path.lexists(target)
        if named:
            assert _contents(target) == (0, groups), f"{target.name} is not whole"
        # The same command again: it writes the copy, or refuses the name the killed run gave.
        status, _took = worker.run("--db", str(demo), "backup", "-o", str(target))
        assert status == (1 if named else 0), worker.log()
        assert _contents(target) == (0, groups)
        assert _temp_files(out) == [], [p.name for p in out.iterdir()]
    assert kills.before_the_end > 0, kills.statuses


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_restore_killed_at_random_moments_leaves_the_old_or_the_new_contents(
    worker: Worker, demo: Path, tmp_path: Path
) -> None:
    rng = random.Random(15)
    saved = tmp_path / "saved.sqlite"
    worker.ok("--db", str(demo), "backup", "-o", str(saved))
    _problems, restored = _contents(saved)
    worker.ok("--db", str(demo), "groups", "add", "After the backup")
    # What the before-restore copies may hold: the database as it was before each restore.
    held = {tuple(restored), tuple(_contents(demo, live=True)[1])}
    took = _measure(worker, "--db", str(demo), "restore", str(saved))
    kills = Kills()
    for i in range(KILLS):
        worker.ok("--db", str(demo), "groups", "add", f"Changed {i}")
        _problems, before = _contents(demo, live=True)
        held.add(tuple(before))
        kills.add(worker.killed_at_random(rng, took, "--db", str(demo), "restore", str(saved)))
        problems, now = _contents(demo, live=True)
        assert problems == 0
        assert now in (before, restored)
        _check_backups(demo, held)
        worker.ok("--db", str(demo), "restore", str(saved))
        assert _contents(demo, live=True) == (0, restored)
        assert _temp_files(backups.backups_dir(demo), demo.parent) == []
    assert kills.before_the_end > 0, kills.statuses


def _minutes_meeting(db: Path) -> str:
    conn = sqlite3.connect(sqlite_uri(db, read_only=True), uri=True)
    try:
        row = conn.execute("SELECT meeting_id FROM round_table_entries LIMIT 1").fetchone()
    finally:
        conn.close()
    assert row is not None
    return str(row[0])


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_an_export_killed_at_random_moments_is_whole_or_absent(
    worker: Worker, demo: Path, tmp_path: Path
) -> None:
    rng = random.Random(16)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "minutes.md"
    argv = ("--db", str(demo), "export", "minutes", _minutes_meeting(demo), "--format", "md")
    reference = tmp_path / "reference.md"
    took = _measure(worker, *argv, "-o", str(reference))
    whole = reference.read_bytes()
    assert b"\n# Referat" in whole
    kills = Kills()
    for _ in range(KILLS):
        kills.add(worker.killed_at_random(rng, took, *argv, "-o", str(target)))
        if os.path.lexists(target):
            assert target.read_bytes() == whole
        worker.ok(*argv, "-o", str(target))
        assert target.read_bytes() == whole
        assert [p.name for p in out.iterdir()] == ["minutes.md"]
    assert kills.before_the_end > 0, kills.statuses


# --- killed at the worst moment on purpose ----------------------------------------------------


def test_an_export_killed_before_its_rename_leaves_no_copy_after_the_next_export(
    tmp_path: Path, worker: Worker, demo: Path
) -> None:
    """The whole, group-only document sits in a temporary file until its rename: a kill there
    leaves it, and the next export of the same name removes it."""
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "minutes.md"
    argv = ["--db", str(demo), "export", "minutes", _minutes_meeting(demo), "--format", "md"]
    die_in("fsync", *argv, "-o", str(target))
    assert not target.exists()
    [left] = list(out.iterdir())
    assert left.name.startswith(".minutes.md.") and left.stat().st_size > 0
    worker.ok(*argv, "-o", str(target))
    assert [p.name for p in out.iterdir()] == ["minutes.md"]


def test_a_backup_to_a_file_killed_in_the_middle_of_the_copy_leaves_no_file_by_its_name(
    tmp_path: Path, worker: Worker, demo: Path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    target = out / "copy.sqlite"
    die_in("copy", "--db", str(demo), "backup", "-o", str(target))
    assert not os.path.lexists(target)
    assert _temp_files(out)  # what the kill left, under a name that is not the copy's
    worker.ok("--db", str(demo), "backup", "-o", str(target))
    assert [p.name for p in out.iterdir()] == ["copy.sqlite"]
    assert _contents(target) == _contents(demo, live=True)
