"""The benchmark tools keep working: a tiny generated database is a real one (no timings here)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.generate import SCALES, generate, main
from benchmarks.run import vcards
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.services import groups, planner, roster
from coordinator_app.store.database import integrity_check, open_database


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM people ORDER BY id")]
    finally:
        conn.close()


def test_tiny_database_opens_in_the_app_and_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    stats = generate(first, SCALES["tiny"], seed=3)
    assert main(["--scale", "tiny", "--seed", "3", "--out", str(second)]) == 0
    assert stats.rows["people"] == SCALES["tiny"].total_people
    assert stats.rows["round_table_entries"] == SCALES["tiny"].round_table_entries
    assert stats.rows["agenda_items"] == SCALES["tiny"].agenda_items
    assert _names(first) == _names(second)
    assert not list(tmp_path.glob("*.partial*"))

    db = open_database(first)
    try:
        assert integrity_check(db) == []
        listed = groups.list_groups(db)
        assert len(listed) == SCALES["tiny"].groups
        assert roster.roster(db, listed[0].id)
        assert planner.meetings(db, group_id=listed[0].id)
    finally:
        db.close()


def test_generated_vcards_read_back(tmp_path: Path) -> None:
    parsed = read_contacts(vcards(25).encode(), "kontakter.vcf")
    assert len(parsed.records) == 25
    assert not parsed.problems
