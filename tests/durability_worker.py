"""A stream of edits through the services, for the crash tests (tests/store/test_durability.py).

Run as `python tests/durability_worker.py DB`. It imports the app once and then serves commands
read from stdin, each in a forked child process (so that a test can kill many writers with
SIGKILL without paying Python's start-up each time):

    edits RUN         the child prints "pid N", then edits for ever, printing one line
                      "ack RUN K KIND TOKEN" after each edit is committed (stdout is flushed)
    import RUN COUNT  the child prints "pid N", "importing", imports COUNT contacts in one
                      transaction (`apply_import`) and prints "ack import RUN" when committed;
                      then it waits to be killed
    quit              end the server

After each child ends (killed or not), the server prints "exit STATUS". The group "Durability",
the person "Counter" and one meeting must exist (the test makes them).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from sqlalchemy import select

from coordinator_app.domain.contacts import ContactRecord
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import minutes, roster
from coordinator_app.services.contact_import import DuplicateAction, ImportRow, apply_import
from coordinator_app.services.groups import find_group
from coordinator_app.store.database import Database, open_database
from coordinator_app.store.models import Meeting, Person

KINDS = ("add", "counter", "decision")


def say(line: str) -> None:
    # Unbuffered and in one write: nothing is lost or doubled when the process dies.
    os.write(1, (line + "\n").encode("utf-8"))


def token(run: int, k: int) -> str:
    return f"r{run}k{k}"


def _fixtures(db: Database) -> tuple[int, int, int]:
    group_id = find_group(db, "Durability")
    with db.reading() as session:
        counter = session.scalars(select(Person.id).where(Person.name == "Counter")).one()
        meeting = session.scalars(select(Meeting.id).where(Meeting.group_id == group_id)).one()
    return group_id, counter, meeting


def edits(path: Path, run: int) -> None:
    db = open_database(path)
    group_id, counter, meeting = _fixtures(db)
    k = 0
    while True:
        kind = KINDS[k % len(KINDS)]
        tok = token(run, k)
        if kind == "add":
            roster.add_member(
                db,
                group_id,
                PersonInput(name=f"Member {tok}", email=f"{tok}@example.dk"),
                JobInput(company=f"Company {tok}", title="Tester"),
                joined_on=dt.date(2026, 1, 1),
            )
        elif kind == "counter":
            roster.update_person(db, counter, PersonInput(name="Counter", notes=tok))
        else:
            minutes.add_decision(db, meeting, f"Decision {tok}")
        say(f"ack {run} {k} {kind} {tok}")
        k += 1


def import_contacts(path: Path, run: int, count: int) -> None:
    db = open_database(path)
    group_id, _counter, _meeting = _fixtures(db)
    rows = [
        ImportRow(
            ContactRecord(
                line=i + 2,
                full_name=f"Imported i{run}n{i}",
                emails=(f"i{run}n{i}@example.dk",),
                organisation=f"Import company {i % 50}",
                title="Imported",
            ),
            DuplicateAction.ADD,
        )
        for i in range(count)
    ]
    say("importing")
    apply_import(db, group_id, rows, joined_on=dt.date(2026, 1, 1))
    say(f"ack import {run}")


def serve(path: Path) -> None:
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: one writer, to be killed
            status = 0
            try:
                say(f"pid {os.getpid()}")
                if words[0] == "edits":
                    edits(path, int(words[1]))
                else:
                    import_contacts(path, int(words[1]), int(words[2]))
            except BaseException as exc:
                say(f"error {type(exc).__name__}: {exc}")
                status = 1
            finally:
                # Wait to be killed: the test always kills its writer, and a process that is
                # not yet reaped keeps its id, so the kill cannot hit an unrelated process.
                time.sleep(120)
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        say(f"exit {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
