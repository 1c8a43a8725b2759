"""The one search (services/search.py) on a small Danish world (tests/search_world.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.search_answer import answer
from coordinator_app.domain.search_rank import Kind
from coordinator_app.domain.search_text import Match
from coordinator_app.services import privacy, search
from coordinator_app.services.search import SearchResults
from coordinator_app.store.database import Database
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.search_index import SearchIndexUnsafe
from tests.search_world import World, build

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


def _search(db: Database, group_id: int, query: str) -> SearchResults:
    return search.search(db, group_id, query, today=TODAY)


def _found(results: SearchResults) -> set[tuple[Kind, int]]:
    return {(e.kind, e.row_id) for e in results.ranked}


@pytest.mark.parametrize(
    ("query", "kind", "row"),
    [
        # Folding: æøå by their transliterations and the bare letters, Ł and Þ without them.
        ("soren", Kind.MEMBER, "soren"),
        ("soeren ostergaard", Kind.MEMBER, "soren"),
        ("SØREN", Kind.MEMBER, "soren"),
        ("lukasz", Kind.MEMBER, "lukasz"),
        ("wojcik", Kind.MEMBER, "lukasz"),
        ("thora", Kind.MEMBER, "thora"),
        ("jonsdottir", Kind.MEMBER, "thora"),
        ("kjaergaard", Kind.MEMBER, "mette"),
        ("kjargard", Kind.MEMBER, "mette"),
        # Stemming: Danish and English.
        ("virksomhed", Kind.ROUND_TABLE, "lukasz_entry"),
        ("leverandør", Kind.ROUND_TABLE, "soren_old_entry"),
        ("migration", Kind.ROUND_TABLE, "thora_entry"),
        # Parts of compounds and one typo.
        ("ledelse", Kind.ROUND_TABLE, "soren_new_entry"),
        ("forandrigsledelse", Kind.ROUND_TABLE, "soren_new_entry"),
        ("forandringsledelze", Kind.ROUND_TABLE, "soren_new_entry"),
        ("migrering", Kind.TALK, "guest_talk"),
        # Every kind of text.
        ("vestas", Kind.MEMBER, "soren"),
        ("medicinal", Kind.MEMBER, "lukasz"),
        ("kubernetes", Kind.MEMBER, "lukasz"),
        ("netcompany", Kind.TALK, "guest_talk"),
        ("servere", Kind.TALK, "guest_talk"),
        ("forandringer", Kind.DECISION, "decision"),
        ("skabelon", Kind.ACTION, "action"),
        ("cloudmigrering praksis", Kind.THEME, "theme"),
        ("grundfos", Kind.SPEAKER, "speaker"),
        ("zero trust", Kind.SPEAKER, "speaker"),
        ("outsourcing", Kind.THEME, "old_meeting"),
    ],
)
def test_the_search_finds_it(db: Database, world: World, query: str, kind: Kind, row: str) -> None:
    results = _search(db, world.it_drift, query)
    assert (kind, getattr(world, row)) in _found(results), query


def test_every_word_must_match(db: Database, world: World) -> None:
    assert (Kind.ROUND_TABLE, world.thora_entry) in _found(
        _search(db, world.it_drift, "cloud mail")
    )
    assert not _search(db, world.it_drift, "cloud kubernetes mainframe").ranked
    assert not _search(db, world.it_drift, "  ").ranked


def test_a_query_that_matches_in_two_groups_finds_the_asked_groups_only(
    db: Database, world: World
) -> None:
    mine = _search(db, world.it_drift, "forandringsledelse")
    theirs = _search(db, world.sikkerhed, "forandringsledelse")
    assert (Kind.ROUND_TABLE, world.soren_new_entry) in _found(mine)
    assert (Kind.ROUND_TABLE, world.anders_entry) not in _found(mine)
    assert _found(theirs) == {(Kind.ROUND_TABLE, world.anders_entry)}


def test_exact_above_stem_above_part_and_recent_above_old(db: Database, world: World) -> None:
    results = _search(db, world.it_drift, "ledelse")
    scores = {(e.kind, e.row_id): e.score.weakest for e in results.ranked}
    assert scores[(Kind.DECISION, world.decision)] is Match.EXACT  # "ledelse af forandringer"
    assert scores[(Kind.ROUND_TABLE, world.soren_new_entry)] is Match.PART  # forandringsledelse
    order = [(e.kind, e.row_id) for e in results.ranked]
    assert order.index((Kind.DECISION, world.decision)) < order.index(
        (Kind.ROUND_TABLE, world.soren_new_entry)
    )
    results = _search(db, world.it_drift, "leverandør")
    scores = {(e.kind, e.row_id): e.score.weakest for e in results.ranked}
    assert scores[(Kind.ROUND_TABLE, world.soren_old_entry)] is Match.EXACT
    assert scores[(Kind.ROUND_TABLE, world.lukasz_entry)] is Match.STEM  # leverandørerne
    # Two exact matches: the newer first.
    results = _search(db, world.it_drift, "outsourcet")
    assert [(e.kind, e.row_id) for e in results.ranked][:2] == [
        (Kind.ROUND_TABLE, world.mette_entry),
        (Kind.ROUND_TABLE, world.soren_old_entry),
    ]
    # The meeting of 2019 on "Outsourcing" shares the stem only: after both.
    assert results.ranked[2].score.weakest is Match.STEM


def test_results_are_grouped_by_member_with_their_evidence_newest_first(
    db: Database, world: World
) -> None:
    results = _search(db, world.it_drift, "datacenter")
    assert results.members[0].member_id == world.soren
    results = _search(db, world.it_drift, "cloud")
    by_id = {g.member_id: g for g in results.members}
    assert set(by_id) >= {world.soren, world.thora}
    thora = by_id[world.thora]
    assert thora.name == "Þóra Jónsdóttir"
    kinds = [e.kind for e in thora.evidence]
    assert Kind.THEME in kinds and Kind.ROUND_TABLE in kinds
    dates = [e.date or TODAY for e in thora.evidence]
    assert dates == sorted(dates, reverse=True)
    # A guest's talk and a decision belong to no member: the last group.
    results = _search(db, world.it_drift, "migrering")
    assert results.members[-1].member_id is None
    assert {e.row_id for e in results.members[-1].evidence} == {world.guest_talk}


def test_every_result_shows_its_level_date_and_a_marked_snippet(db: Database, world: World) -> None:
    results = _search(db, world.it_drift, "ledelse")
    entry = next(
        e for e in results.ranked if (e.kind, e.row_id) == (Kind.ROUND_TABLE, world.soren_new_entry)
    )
    assert entry.level is Confidentiality.GROUP_ONLY
    assert entry.date == dt.date(2025, 9, 9)
    assert entry.meeting_id == world.new_meeting
    marked = [entry.snippet.text[s:e] for s, e in entry.snippet.highlights]
    assert "forandringsledelse" in marked
    profile = next(e for e in results.ranked if e.kind is Kind.MEMBER)
    assert profile.level is None and profile.date is None


def test_copy_answer_keeps_to_the_levels(db: Database, world: World) -> None:
    results = _search(db, world.it_drift, "leverandør")
    text = answer("leverandør", results.members, "da").text
    # Søren's 2019 entry is shareable: with his name.
    assert "Søren Østergaard\n• Vi har outsourcet driften" in text
    # Łukasz's entry may be shared without name: under "Et medlem", never beside his name.
    assert "Et medlem\n• Virksomhedernes krav" in text
    assert "Łukasz" not in text and "Novo" not in text
    # Søren's group-only entry is nowhere.
    results = _search(db, world.it_drift, "forandringsledelse")
    copied = answer("forandringsledelse", results.members, "da")
    assert "projekt om forandringsledelse" not in copied.text
    assert copied.left_out >= 1
    # A talk whose notes are group only: title and speaker, not the notes.
    results = _search(db, world.it_drift, "servere")
    copied = answer("servere", results.members, "en")
    assert "Erfaringer med cloudmigrering · Jens Hansen (Netcompany)" in copied.text
    assert "400 servere" not in copied.text


def test_an_erased_person_is_not_found_and_not_in_the_file(
    db: Database, db_path: Path, world: World
) -> None:
    assert _search(db, world.it_drift, "lukasz").ranked
    privacy.erase_person(db, world.lukasz)
    assert not _search(db, world.it_drift, "lukasz").ranked
    assert not _search(db, world.it_drift, "wojcik").ranked
    assert not _search(db, world.it_drift, "medicinal").ranked
    # The entry stays (erasure keeps it), as the former member's.
    results = _search(db, world.it_drift, "nis2")
    entry = next(
        e for e in results.ranked if (e.kind, e.row_id) == (Kind.ROUND_TABLE, world.lukasz_entry)
    )
    assert entry.member_name == "Tidligere medlem"
    raw = b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )
    for value in ("Łukasz", "lukasz", "wojcik", "Wójcik", "lukasz@novo.example"):
        assert value.encode() not in raw, value


def test_an_erasure_refuses_an_index_that_would_keep_the_erased_text(
    db: Database, db_path: Path, world: World
) -> None:
    # A file whose FTS5 settings were changed by another program (data, not schema).
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO search_words(search_words, rank) VALUES('secure-delete', 0)")
    with pytest.raises(SearchIndexUnsafe):
        privacy.erase_person(db, world.lukasz)
    assert privacy.find_person(db, "lukasz@novo.example") == world.lukasz
    assert _search(db, world.it_drift, "lukasz").ranked
