"""`coordinator-app person erase` erases everywhere the app keeps a copy, or says it did not.

The raw bytes of the database, its -wal and every file in the backups folder are searched. A
second program reading the database makes the command fail in one line (exit 1) instead of
reporting success; killed at random moments, the command leaves every backup sound, and the
next run finishes the work.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from coordinator_app.store import backups, files
from tests.cli.helpers import assert_one_line_error, run
from tests.services.erasure_world import Member, every_backup, occurrences, old_database, raw_files

ROOT = Path(__file__).resolve().parents[2]
VICTIM = Member("5813")


@pytest.fixture
def everywhere(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db, ids = old_database(db_path, [VICTIM])
    db = every_backup(db, [(ids[VICTIM.key], VICTIM)])
    db.close()
    capsys.readouterr()
    return db_path


def _leftovers(db_path: Path) -> list[str]:
    return sorted(
        p.name
        for p in backups.backups_dir(db_path).iterdir()
        if files.TEMP_END in p.name or p.name.startswith(".")
    )


def test_erase_reports_how_many_backups_it_cleaned(
    capsys: pytest.CaptureFixture[str], everywhere: Path
) -> None:
    assert set(occurrences(raw_files(everywhere), VICTIM.erased_values())) == set(
        VICTIM.erased_values()
    )
    code, out, err = run(capsys, everywhere, "person", "erase", VICTIM.email, "--yes")
    assert code == 0, err
    assert "4 backups" in out and str(backups.backups_dir(everywhere)) in out
    assert "until they rotate out" not in out
    assert "not changed" in out  # copies outside the folder: a `backup -o` file, exports
    assert occurrences(raw_files(everywhere), VICTIM.erased_values()) == {}
    assert _leftovers(everywhere) == []


# --- another program reading the database ------------------------------------------------------

READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM people").fetchone()
print("reading", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
"""


@pytest.fixture
def reader(everywhere: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, str(everywhere)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "reading"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


def test_a_reader_in_another_process_makes_erase_fail_in_one_line_until_it_ends(
    capsys: pytest.CaptureFixture[str], everywhere: Path, reader: subprocess.Popen[str]
) -> None:
    folder = backups.backups_dir(everywhere)
    kept = {p: p.read_bytes() for p in folder.iterdir()}
    code, out, err = run(capsys, everywhere, "person", "erase", VICTIM.email, "--yes")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "another program" in err.lower()
    assert {p: p.read_bytes() for p in folder.iterdir()} == kept  # nothing was erased
    assert VICTIM.email.encode() in everywhere.read_bytes()

    assert reader.stdin is not None
    reader.stdin.write("done\n")
    reader.stdin.flush()
    assert reader.wait(timeout=10) == 0
    code, out, err = run(capsys, everywhere, "person", "erase", VICTIM.email, "--yes")
    assert code == 0, err
    assert "4 backups" in out
    assert occurrences(raw_files(everywhere), VICTIM.erased_values()) == {}


def test_a_backup_that_cannot_be_cleaned_fails_the_command_and_is_named(
    capsys: pytest.CaptureFixture[str], everywhere: Path
) -> None:
    damaged = backups.backups_dir(everywhere) / f"{everywhere.stem}-20260104-080000-manual.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + VICTIM.email.encode())
    code, _out, err = run(capsys, everywhere, "person", "erase", VICTIM.email, "--yes")
    assert code == 1
    assert_one_line_error(err)
    assert damaged.name in err
    assert VICTIM.email.encode() not in everywhere.read_bytes()


# --- killed at random moments ----------------------------------------------------------------

# Imports the app once, then runs each command line read from stdin in a forked child (stdout
# and stderr to /dev/null), so that many runs can be killed without paying Python's start-up:
# prints "pid N" when the child starts and "exit STATUS" when it ended.
SERVER = """
import os, sys
from coordinator_app.cli.main import main
for line in sys.stdin:
    argv = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os._exit(main(argv))
    print(f"pid {pid}", flush=True)
    print(f"exit {os.waitpid(pid, 0)[1]}", flush=True)
"""
KILLS = 20


class Server:
    def __init__(self) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=env, cwd=ROOT,
        )  # fmt: skip
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin: IO[bytes] = self.proc.stdin
        self.stdout: IO[bytes] = self.proc.stdout

    def start(self, *argv: str) -> int:
        self.stdin.write("\t".join(argv).encode() + b"\n")
        self.stdin.flush()
        line = self.stdout.readline().decode()
        assert line.startswith("pid "), line
        return int(line.split()[1])

    def ended(self) -> int:
        line = self.stdout.readline().decode()
        assert line.startswith("exit "), line
        return int(line.split()[1])

    def close(self) -> None:
        self.stdin.close()
        self.proc.wait(timeout=10)
        self.stdout.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_erase_killed_at_random_moments_leaves_sound_backups_and_the_next_run_finishes(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    victims = [Member(f"{6000 + i:04d}") for i in range(KILLS + 1)]
    db, ids = old_database(db_path, victims)
    db = every_backup(db, [(ids[v.key], v) for v in victims])
    db.close()
    listed = sorted(b.path.name for b in backups.list_backups(db_path))
    rng = random.Random(20260313)
    server = Server()
    try:
        # One run to the end, to know how long the work takes once the app is imported.
        started = time.monotonic()
        server.start("--db", str(db_path), "person", "erase", victims[-1].email, "--yes")
        assert server.ended() == 0
        span = time.monotonic() - started
        erased: list[Member] = [victims[-1]]
        statuses: list[int] = []
        reruns: list[int] = []
        for victim in victims[:KILLS]:
            pid = server.start("--db", str(db_path), "person", "erase", victim.email, "--yes")
            time.sleep(rng.uniform(0, span))
            with contextlib.suppress(ProcessLookupError):  # it may have finished
                os.kill(pid, signal.SIGKILL)
            status = server.ended()
            statuses.append(status)
            # Aim at the work: shorter waits after a run that had finished, longer after a kill.
            span *= 1.15 if status == signal.SIGKILL else 0.7
            for backup in backups.list_backups(db_path):
                assert _integrity(backup.path) == "ok", backup.path.name
            assert sorted(b.path.name for b in backups.list_backups(db_path)) == listed
            # The next run finishes the work; or the killed one had erased the person in the
            # database already (the backups come first), and the address is no longer found.
            code, _out, err = run(capsys, db_path, "person", "erase", victim.email, "--yes")
            assert code == 0 or "Nobody has the e-mail address" in err, err
            reruns.append(code)
            erased.append(victim)
            assert _leftovers(db_path) == []
            files = raw_files(db_path)
            for gone in erased:
                assert occurrences(files, gone.erased_values()) == {}, gone.key
            assert _integrity(db_path) == "ok"
    finally:
        server.close()
    # Runs were killed on the way (the others had finished): the test did what it says.
    assert statuses.count(signal.SIGKILL) >= 1, (statuses, reruns)
    kept = victims[0].entry.encode()
    assert kept in db_path.read_bytes()
