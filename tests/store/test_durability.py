"""Every acknowledged edit survives a crash: writers killed with SIGKILL at random moments.

`tests/durability_worker.py` runs a stream of edits through the services and prints a line after
each commit. After every kill the database must pass SQLite's integrity check, hold every edit
acknowledged before the kill (from this and all earlier runs), and hold nothing half done: no
person without their membership and job, no edit beyond the one in flight. An import killed half
way leaves all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import func, select

from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import PersonInput
from coordinator_app.services import groups, planner, roster
from coordinator_app.store.database import integrity_check, open_database
from coordinator_app.store.models import Decision, Employment, Membership, Person

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")

WORKER = Path(__file__).resolve().parents[1] / "durability_worker.py"
KINDS = ("add", "counter", "decision")
EDIT_KILLS = 24
IMPORT_KILLS = 6
IMPORT_SIZE = 500


class Worker:
    """The worker server: forks one writer per command."""

    def __init__(self, db_path: Path) -> None:
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=root,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin: IO[bytes] = self.proc.stdin
        self.stdout: IO[bytes] = self.proc.stdout

    def send(self, command: str) -> int:
        self.stdin.write(command.encode() + b"\n")
        self.stdin.flush()
        first = self.line()
        assert first.startswith("pid "), first
        return int(first.split()[1])

    def line(self) -> str:
        raw = self.stdout.readline()
        assert raw, "the worker server ended"
        return raw.decode().strip()

    def until_exit(self) -> list[str]:
        """Every line the writer printed before it ended, then its exit line."""
        lines = []
        while not (text := self.line()).startswith("exit "):
            assert not text.startswith("error "), text
            lines.append(text)
        return lines

    def close(self) -> None:
        self.stdin.write(b"quit\n")
        self.stdin.flush()
        self.stdin.close()
        self.proc.wait(timeout=30)
        self.stdout.close()


@pytest.fixture
def worker(db_path: Path) -> Iterator[Worker]:
    db = open_database(db_path)
    group_id = groups.create_group(db, "Durability")
    roster.add_member(db, None, PersonInput(name="Counter"))
    planner.create_meeting(db, group_id, MeetingInput(date=dt.date(2026, 3, 10)))
    db.close()
    server = Worker(db_path)
    try:
        yield server
    finally:
        server.close()


@dataclass
class Expected:
    """What the acknowledgements promise."""

    acked: set[str] = field(default_factory=set)  # add and decision tokens
    allowed_extra: set[str] = field(default_factory=set)  # one in-flight edit per run
    # The counter's possible values (run, k): the last acknowledged one, and those in flight
    # when a writer was killed since then.
    counter: set[tuple[int, int]] = field(default_factory=set)


def _parse(token: str) -> tuple[int, int]:
    run, k = token[1:].split("k")
    return int(run), int(k)


def _check(db_path: Path, expected: Expected) -> None:
    db = open_database(db_path)
    try:
        assert integrity_check(db) == []
        with db.reading() as session:
            people = {
                name.removeprefix("Member "): (pid, email)
                for pid, name, email in session.execute(
                    select(Person.id, Person.name, Person.email).where(
                        Person.name.like("Member r%")
                    )
                )
            }
            decisions = {
                text.removeprefix("Decision ")
                for text in session.scalars(select(Decision.text))
                if text.startswith("Decision r")
            }
            memberships = set(session.scalars(select(Membership.person_id)))
            employed = set(session.scalars(select(Employment.person_id)))
            counter_notes = session.scalars(
                select(Person.notes).where(Person.name == "Counter")
            ).one()
        present = set(people) | decisions
        missing = {t for t in expected.acked if t not in present}
        assert not missing, f"acknowledged edits lost: {sorted(missing)}"
        unexpected = present - expected.acked - expected.allowed_extra
        assert not unexpected, f"edits that were never started: {sorted(unexpected)}"
        for tok, (pid, email) in people.items():
            # One transaction: the person, their membership and their job, or nothing.
            assert email == f"{tok}@example.dk"
            assert pid in memberships and pid in employed, f"{tok} saved half"
        if expected.counter:
            assert _parse(counter_notes) in expected.counter, counter_notes
    finally:
        db.close()


def _record(expected: Expected, run: int, acks: list[str]) -> None:
    last = -1
    for line in acks:
        _ack, run_text, k_text, kind, tok = line.split()
        assert int(run_text) == run and int(k_text) == last + 1
        last = int(k_text)
        if kind == "counter":
            expected.counter = {(run, last)}
        else:
            expected.acked.add(tok)
    nxt = last + 1  # the edit that may have been committed but not acknowledged
    if KINDS[nxt % len(KINDS)] == "counter":
        expected.counter.add((run, nxt))
    else:
        expected.allowed_extra.add(f"r{run}k{nxt}")


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_every_acknowledged_edit_survives_sigkill_at_random_moments(
    worker: Worker, db_path: Path
) -> None:
    rng = random.Random(6)
    expected = Expected()
    total_acks = 0
    for run in range(EDIT_KILLS):
        pid = worker.send(f"edits {run}")
        # Anywhere from during the start (opening, recovering the log) to many commits in.
        time.sleep(rng.uniform(0.0, 0.35))
        os.kill(pid, signal.SIGKILL)
        acks = worker.until_exit()
        total_acks += len(acks)
        _record(expected, run, acks)
        _check(db_path, expected)
    # The kills did land among commits, not only before the first one.
    assert total_acks > EDIT_KILLS


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_an_import_killed_half_way_leaves_all_or_nothing(worker: Worker, db_path: Path) -> None:
    def imported(run: int) -> int:
        db = open_database(db_path)
        try:
            assert integrity_check(db) == []
            with db.reading() as session:
                return (
                    session.scalar(
                        select(func.count(Person.id)).where(Person.name.like(f"Imported i{run}n%"))
                    )
                    or 0
                )
        finally:
            db.close()

    # A first import runs to the end: how long one takes.
    pid = worker.send(f"import 0 {IMPORT_SIZE}")
    assert worker.line() == "importing"
    started = time.monotonic()
    assert worker.line() == "ack import 0"
    duration = time.monotonic() - started
    os.kill(pid, signal.SIGKILL)
    worker.until_exit()
    assert imported(0) == IMPORT_SIZE

    rng = random.Random(17)
    outcomes = set()
    for run in range(1, IMPORT_KILLS + 1):
        pid = worker.send(f"import {run} {IMPORT_SIZE}")
        assert worker.line() == "importing"
        time.sleep(rng.uniform(0.0, duration * 1.2))
        os.kill(pid, signal.SIGKILL)
        acked = f"ack import {run}" in worker.until_exit()
        count = imported(run)
        assert count in (0, IMPORT_SIZE), f"an import was saved half: {count} of {IMPORT_SIZE}"
        if acked:
            assert count == IMPORT_SIZE
        outcomes.add(count)
        assert imported(0) == IMPORT_SIZE
    # At least one kill hit an import before its commit.
    assert 0 in outcomes
