"""The search index in the store: kept in step with every edit in the edit's own transaction,
erased text gone from it, FTS5's checks (store/search_index.py, migration 0005)."""

from __future__ import annotations

import importlib
import sqlite3 as stdlib_sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, text, update

from coordinator_app.domain.search_text import parse_query
from coordinator_app.services import minutes
from coordinator_app.services.minutes import TALK_KINDS, EntryInput
from coordinator_app.store import search_docs, search_index
from coordinator_app.store.database import Database
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.models import Meeting, Person, RoundTableEntry
from coordinator_app.store.search_docs import Source, rowid_of
from tests.search_world import World, build

_MIGRATION = importlib.import_module("coordinator_app.store.migrations.versions.0005_search_index")


def _raw(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(db.path)


def _index(db: Database) -> set[tuple[int, str, str, str]]:
    with _raw(db) as conn:
        return {
            (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
            for r in conn.execute("SELECT rowid, scope, words, stems FROM search_words")
        }


def _vocabulary(db: Database) -> set[str]:
    with _raw(db) as conn:
        return {str(r[0]) for r in conn.execute("SELECT term FROM search_vocabulary")}


def _found(db: Database, group_id: int, query: str) -> set[tuple[Source, int]]:
    with db.reading() as session:
        conn: Any = session.connection().connection.dbapi_connection
        rows = search_index.find(conn, group_id, parse_query(query))
    return {search_docs.source_of(rowid) for rowid in rows}


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


def test_the_index_after_edits_is_the_index_built_afresh(db: Database, world: World) -> None:
    kept, vocabulary = _index(db), _vocabulary(db)
    assert rowid_of(Source.ENTRY, world.soren_new_entry) in {r[0] for r in kept}
    with db.session() as session:
        search_index.rebuild(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]
    assert _index(db) == kept
    assert _vocabulary(db) == vocabulary


def test_an_edit_reaches_the_index_in_its_own_transaction(db: Database, world: World) -> None:
    minutes.update_entry(db, world.soren_old_entry, EntryInput("Kubernetes overalt", ()))
    assert (Source.ENTRY, world.soren_old_entry) in _found(db, world.it_drift, "kubernetes")
    assert (Source.ENTRY, world.soren_old_entry) not in _found(db, world.it_drift, "datacenter")
    # A transaction that fails leaves the index as it was, with the data.
    before = _index(db)
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(
            RoundTableEntry(
                meeting_id=world.old_meeting, person_id=world.mette, text="Mainframe-migrering"
            )
        )
        session.flush()
        raise RuntimeError("the edit fails")
    assert _index(db) == before
    assert not _found(db, world.it_drift, "mainframe")


def test_bulk_statements_and_cascades_reach_the_index(db: Database, world: World) -> None:
    with db.session() as session:
        session.execute(
            update(RoundTableEntry)
            .where(RoundTableEntry.id == world.thora_entry)
            .values(text="Ransomware-beredskab")
        )
    assert (Source.ENTRY, world.thora_entry) in _found(db, world.it_drift, "ransomware")
    # Deleting a meeting deletes its entries, decisions, ... by ON DELETE CASCADE.
    with db.session() as session:
        session.execute(delete(Meeting).where(Meeting.id == world.new_meeting))
    assert not _found(db, world.it_drift, "forandringsledelse") - {(Source.PERSON, world.soren)}
    assert rowid_of(Source.DECISION, world.decision) not in {r[0] for r in _index(db)}
    with db.session() as session:
        search_index.rebuild(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]
    assert _index(db) == _index(db)


def test_a_write_outside_the_sessions_is_caught_up_at_the_next_commit(
    db: Database, world: World
) -> None:
    with db.engine.begin() as conn:  # as a bulk load writes: no session
        conn.execute(
            insert(RoundTableEntry).values(
                meeting_id=world.old_meeting, person_id=world.mette, text="Mainframe-migrering"
            )
        )
    assert not _found(db, world.it_drift, "mainframe")
    with db.session():
        pass
    assert _found(db, world.it_drift, "mainframe")


def test_a_member_is_found_in_every_group_they_belong_to_and_no_other(
    db: Database, world: World
) -> None:
    assert (Source.PERSON, world.soren) in _found(db, world.it_drift, "vestas")
    assert not _found(db, world.sikkerhed, "vestas")
    from coordinator_app.services import roster

    roster.join_group(db, world.sikkerhed, world.soren)
    assert (Source.PERSON, world.soren) in _found(db, world.sikkerhed, "vestas")


def test_a_company_renamed_renames_the_profiles(db: Database, world: World) -> None:
    with db.session() as session:
        session.execute(
            text("UPDATE organisations SET name = 'Ørsted A/S' WHERE name = 'Vestas Wind A/S'")
        )
    assert (Source.PERSON, world.soren) in _found(db, world.it_drift, "orsted")
    assert not _found(db, world.it_drift, "vestas")


def test_words_no_row_holds_leave_the_vocabulary(db: Database, world: World) -> None:
    assert "datacenter" in _vocabulary(db)
    minutes.update_entry(db, world.soren_old_entry, EntryInput("Noget helt andet", ()))
    assert "datacenter" not in _vocabulary(db)
    with _raw(db) as conn:
        hits = conn.execute(
            "SELECT count(*) FROM search_fragments WHERE search_fragments MATCH '\"datacenter\"'"
        ).fetchone()
    assert hits == (0,)


def test_an_erased_person_leaves_the_index(db: Database, world: World) -> None:
    with db.session() as session:
        session.execute(
            update(Person).where(Person.id == world.lukasz).values(name="Tidligere medlem")
        )
        session.execute(
            text("UPDATE people SET erased_at = '2026-01-01' WHERE id = :id"), {"id": world.lukasz}
        )
        search_index.forget_deleted(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]
    assert rowid_of(Source.PERSON, world.lukasz) not in {r[0] for r in _index(db)}
    assert "lukasz" not in _vocabulary(db)
    # The entries stay (erasure keeps them by design), under no name.
    assert (Source.ENTRY, world.lukasz_entry) in _found(db, world.it_drift, "nis2")


def test_the_integrity_check_passes_and_finds_a_damaged_index(db: Database, world: World) -> None:
    with _raw(db) as conn:
        assert search_index.integrity_problems(conn) == []
        conn.execute("INSERT INTO search_words(search_words, rank) VALUES('secure-delete', 0)")
        conn.commit()
        assert search_index.integrity_problems(conn) == [
            "the search index keeps deleted text in its pages (secure-delete is off)"
        ]
        search_index.enable_secure_delete(conn)
        conn.commit()
        conn.execute("DELETE FROM search_words_data WHERE id > 10")
        conn.commit()
        problems = search_index.integrity_problems(conn)
    assert problems and "search_words" in problems[0]


def test_the_indexed_agenda_kinds_are_the_talks_of_the_minutes() -> None:
    assert {kind.value for kind in TALK_KINDS} == search_docs.TALK_KINDS


def _drivers() -> list[Any]:
    return [
        pytest.param(sqlite3, id="app-driver"),
        pytest.param(
            stdlib_sqlite3,
            marks=pytest.mark.skipif(
                stdlib_sqlite3.sqlite_version_info < search_index.SECURE_DELETE_SINCE,
                reason=f"the standard library's SQLite {stdlib_sqlite3.sqlite_version} has no "
                "FTS5 secure-delete",
            ),
            id="stdlib",
        ),
    ]


@pytest.mark.parametrize("driver", _drivers())
def test_secure_delete_is_on_and_deleted_text_leaves_the_file(driver: Any, tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    conn = driver.connect(str(path))
    for statement in _MIGRATION._TABLES:
        conn.execute(statement)
    search_index.enable_secure_delete(conn)
    assert search_index.secure_delete_on(conn)
    conn.execute(
        "INSERT INTO search_words(rowid, scope, words, stems) VALUES (9, 'g1', "
        "'zenobiaquill forandringsledelse', 'zenobiaquill')"
    )
    conn.commit()
    conn.execute("DELETE FROM search_words WHERE rowid = 9")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    assert b"zenobiaquill" not in path.read_bytes()


def test_a_new_database_has_secure_delete_on(db: Database) -> None:
    with db.reading() as session:
        assert search_index.secure_delete_on(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]


def test_an_sqlite_without_secure_delete_is_refused_at_the_indexs_creation() -> None:
    class OldSQLite:
        def __init__(self) -> None:
            self.conn = sqlite3.connect(":memory:")

        def execute(self, sql: str, parameters: Any = ()) -> Any:
            if sql == "SELECT sqlite_version()":
                return self.conn.execute("SELECT '3.40.1'")
            return self.conn.execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any) -> Any:
            return self.conn.executemany(sql, parameters)

    old = OldSQLite()
    for statement in _MIGRATION._TABLES:
        old.execute(statement)
    with pytest.raises(search_index.SearchIndexUnsafe, match=r"3\.44"):
        search_index.enable_secure_delete(old)
    assert not search_index.secure_delete_on(old)
