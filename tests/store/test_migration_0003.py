"""Migration 0003: duplicates by name key that a database holds already are resolved.

The file is the frozen demo database of revision 0002, with duplicates written into it the way
earlier versions wrote them (their lookups folded ASCII letters only): "Øresund A/S" and
"øresund a/s", members' jobs at each and a meeting hosted by each.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator_app.services import groups, planner, roster
from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import head_revision, open_database
from coordinator_app.store.models import Organisation
from tests.conftest import DATA_DIR

FROZEN_0002 = DATA_DIR / "migrations" / "0002.sqlite"


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def with_duplicates(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A 0002 database with two spellings of one company, jobs and meetings at both, two
    groups of one key and a person's tag in two spellings; with the ids written."""
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(FROZEN_0002, path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        ids: dict[str, int] = {}
        for key, name, industry, address, notes, paused in (
            ("upper", "Øresund A/S", "", "Øresundsvej 1, 2300 København S", "Kunde siden 2019", 0),
            ("lower", "øresund a/s", "Logistik", "", "Har kantine", 1),
            ("spaced", "ØRESUND  A/S", "Transport", "Havnen 2", "", 0),
        ):
            ids[key] = (
                conn.execute(
                    "INSERT INTO organisations (name, industry, address, notes, hosting_paused) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (name, industry, address, notes, paused),
                ).lastrowid
                or 0
            )
        people = [row[0] for row in conn.execute("SELECT id FROM people ORDER BY id LIMIT 4")]
        for n, person in enumerate(people):
            org = (ids["upper"], ids["lower"], ids["spaced"], ids["lower"])[n]
            conn.execute(
                "INSERT INTO employments (person_id, organisation_id, title, started_on, "
                "ended_on) VALUES (?, ?, 'Konsulent', '2020-01-01', NULL)",
                (person, org),
            )
        ids["person"] = people[0]
        group = conn.execute("SELECT id FROM groups ORDER BY id LIMIT 1").fetchone()[0]
        for n, org in enumerate((ids["upper"], ids["lower"])):
            ids[f"meeting{n}"] = (
                conn.execute(
                    "INSERT INTO meetings (group_id, date, start_time, end_time, theme, status, "
                    "host_organisation_id, notes, ical_uid, ical_sequence, minutes_status, "
                    "created_at, updated_at) VALUES (?, ?, '09:30:00.000000', '16:00:00.000000', "
                    "'', 'planned', ?, '', ?, 0, 'draft', '2026-01-01', '2026-01-01')",
                    (group, f"2028-0{n + 3}-07", org, f"dup-{n}@coordinator.example"),
                ).lastrowid
                or 0
            )
        ids["group"] = group
        name = conn.execute("SELECT name FROM groups WHERE id = ?", (group,)).fetchone()[0]
        ids["group2"] = (
            conn.execute(
                "INSERT INTO groups (name, description, created_at) VALUES (?, '', '2026-01-01')",
                (name.upper(),),
            ).lastrowid
            or 0
        )
        conn.execute(
            "INSERT INTO expertise_tags (person_id, tag, position) VALUES (?, 'NIS2', 90), "
            "(?, 'nis2', 91)",
            (people[0], people[0]),
        )
        conn.commit()
    finally:
        conn.close()
    return path, ids


def test_duplicate_companies_are_merged_into_the_oldest_with_every_reference(
    with_duplicates: tuple[Path, dict[str, int]],
) -> None:
    path, ids = with_duplicates
    conn = sqlite3.connect(path)
    try:
        before = _counts(conn)
        jobs_before = conn.execute(
            "SELECT id, person_id, title, started_on, ended_on FROM employments ORDER BY id"
        ).fetchall()
    finally:
        conn.close()

    open_database(path).close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        after = _counts(conn)
        [(org_id, name, industry, address, notes, paused)] = conn.execute(
            "SELECT id, name, industry, address, notes, hosting_paused FROM organisations "
            "WHERE name_key = 'øresund a/s'"
        ).fetchall()
        assert org_id == ids["upper"] and name == "Øresund A/S"
        # Nothing the duplicates knew is lost: gaps filled, differing values in the notes.
        assert (industry, address, paused) == ("Logistik", "Øresundsvej 1, 2300 København S", 1)
        assert "Kunde siden 2019" in notes and "Har kantine" in notes
        assert "Havnen 2" in notes and "Transport" in notes
        assert conn.execute(
            "SELECT count(*) FROM organisations WHERE id IN (?, ?)", (ids["lower"], ids["spaced"])
        ).fetchone() == (0,)
        jobs = conn.execute(
            "SELECT organisation_id FROM employments WHERE title = 'Konsulent' "
            "AND started_on = '2020-01-01'"
        ).fetchall()
        assert jobs == [(org_id,)] * 4
        hosts = conn.execute(
            "SELECT host_organisation_id FROM meetings WHERE id IN (?, ?)",
            (ids["meeting0"], ids["meeting1"]),
        ).fetchall()
        assert hosts == [(org_id,), (org_id,)]
        # The jobs themselves are untouched (only where they point).
        assert (
            conn.execute(
                "SELECT id, person_id, title, started_on, ended_on FROM employments ORDER BY id"
            ).fetchall()
            == jobs_before
        )
        # Groups of one key stay two groups, the later renamed; the repeated tag is one tag.
        group_names = dict(conn.execute("SELECT id, name FROM groups").fetchall())
        assert group_names[ids["group2"]] == group_names[ids["group"]].upper() + " (2)"
        tags = conn.execute(
            "SELECT tag FROM expertise_tags WHERE person_id = ? AND name_key = 'nis2'",
            (ids["person"],),
        ).fetchall()
        assert tags == [("NIS2",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = conn.execute(
            "SELECT count(*) FROM organisations WHERE name_key = '' OR name_key IS NULL"
        ).fetchone()
        assert keys == (0,)
    finally:
        conn.close()

    expected = dict(before)
    expected["organisations"] -= 2
    expected["expertise_tags"] -= 1
    # Tables a later revision adds (0004: coordinators) are no part of this comparison.
    assert {table: after[table] for table in before} == expected


def test_after_the_merge_the_app_finds_the_company_and_groups_by_any_spelling(
    with_duplicates: tuple[Path, dict[str, int]],
) -> None:
    path, ids = with_duplicates
    db = open_database(path)
    try:
        assert planner.host_for_name(db, "  ØRESUND a/s ") == ids["upper"]
        with db.reading() as session:
            keys = session.scalars(select(Organisation.name_key)).all()
        assert len(keys) == len(set(keys))
        listed = {g.id: g.name for g in groups.list_groups(db)}
        assert groups.find_group(db, listed[ids["group"]].lower()) == ids["group"]
        assert groups.find_group(db, listed[ids["group2"]].lower()) == ids["group2"]
        with pytest.raises(ServiceError, match="already a group"):
            groups.create_group(db, listed[ids["group"]].swapcase())
        person = roster.person_details(db, ids["person"])
        assert [tag.casefold() for tag in person.expertise].count("nis2") == 1
    finally:
        db.close()
