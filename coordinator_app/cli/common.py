"""What every command shares: opening the database, finding a group, printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from coordinator_app.services.groups import find_group, list_groups
from coordinator_app.store.database import Database, default_database_path, open_database
from coordinator_app.store.lock import DatabaseLock, current_holder

PROG = "coordinator-app"
LANGUAGES = ("da", "en")


class CliError(Exception):
    """A user error the command reports in one line (exit status 1)."""


def first_line(text: str) -> str:
    return " ".join(text.split())


def fail(message: str) -> int:
    print(f"{PROG}: {first_line(message)}", file=sys.stderr)
    return 1


def describe_os_error(exc: OSError) -> str:
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc) or exc.__class__.__name__


def print_json(data: Any, stream: TextIO | None = None) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=stream or sys.stdout)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for line in (headers, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


def database_path(args: argparse.Namespace) -> Path:
    path: Path = args.db or default_database_path()
    return path.expanduser()


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    """The command's database. A command that writes (`args.writes`, set by `main`; true unless
    the command is known to only read) holds the database's lock while it runs, and fails with
    DatabaseInUse while another instance holds it; a reading command then opens the file
    read-only instead."""
    path = database_path(args)
    if getattr(args, "writes", True):
        with DatabaseLock.acquire(path):
            db = open_database(path)
            try:
                yield db
            finally:
                db.close()
        return
    db = open_database(path, read_only=current_holder(path) is not None)
    try:
        yield db
    finally:
        db.close()


def group_names(db: Database) -> dict[int, str]:
    return {g.id: g.name for g in list_groups(db)}


def named_group(db: Database, name: str) -> tuple[int, str]:
    group_id = find_group(db, name)
    return group_id, group_names(db)[group_id]


def only_group(db: Database) -> tuple[int, str] | None:
    groups = list_groups(db)
    return (groups[0].id, groups[0].name) if len(groups) == 1 else None


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
