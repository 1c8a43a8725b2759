"""The start's early look at the members (`store.peek`) shows what the roster service shows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from benchmarks.generate import SCALES, generate
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import demo, groups, privacy, roster
from coordinator_app.store.database import Database, open_database
from coordinator_app.store.models import Employment
from coordinator_app.store.peek import peek_roster


def _service_view(db: Database) -> tuple[int, str, list[object]]:
    first = groups.list_groups(db)[0]
    return first.id, first.name, list(roster.roster(db, first.id, include_former=False))


def _assert_same(path: Path) -> None:
    db = open_database(path)
    try:
        group_id, name, members = _service_view(db)
    finally:
        db.close()
    peek = peek_roster(path)
    assert peek is not None
    assert (peek.group_id, peek.group_name) == (group_id, name)
    assert peek.members == members


def test_peek_equals_the_roster_of_the_demo_group(db: Database, db_path: Path) -> None:
    demo.fill_with_demo_data(db)
    group_id = groups.list_groups(db)[0].id
    members = roster.roster(db, group_id, include_former=False)
    # The cases the query must get right: a member who left, one who left and came back,
    # a new job (the old one ended), a second current job, an erased person, no job at all.
    left, back, new_job, two_jobs, erased = (m.person_id for m in members[:5])
    roster.end_membership(db, group_id, left, dt.date(2026, 1, 31))
    roster.end_membership(db, group_id, back, dt.date(2025, 6, 30))
    roster.join_group(db, group_id, back, dt.date(2026, 2, 1))
    roster.add_job(db, new_job, JobInput("Ny Arbejdsgiver A/S", "CTO", "Energi"))
    with db.session() as session:  # a second current job, which the forms cannot make
        board = roster.organisation_for(session, "Bestyrelse ApS")
        session.flush()
        session.add(
            Employment(
                person_id=two_jobs,
                organisation_id=board.id,
                title="Formand",
                started_on=dt.date(2000, 1, 1),  # added last, started first: not the newest
            )
        )
    privacy.erase_person(db, erased)
    roster.add_member(db, group_id, PersonInput("Łukasz Żółć", expertise=("Ærø", "SAP")))
    db.close()
    _assert_same(db_path)


def test_peek_equals_the_roster_on_a_generated_database(tmp_path: Path) -> None:
    path = tmp_path / "tiny.sqlite"
    generate(path, SCALES["tiny"], seed=5)
    _assert_same(path)


def test_no_peek_where_the_start_must_decide(tmp_path: Path, db: Database, db_path: Path) -> None:
    assert peek_roster(tmp_path / "missing.sqlite") is None
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert peek_roster(empty) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert peek_roster(text) is None
    assert peek_roster(db_path) is None  # no group yet
    demo.fill_with_demo_data(db)
    db.close()
    assert peek_roster(db_path) is not None
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(db_path.read_bytes()[:8192])
    assert peek_roster(cut) is None
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_a_newer_app'")
    conn.close()
    assert peek_roster(db_path) is None
