"""`search QUERY [--group NAME] [--json]` (cli/search.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.store.database import open_database
from coordinator_app.store.driver import dbapi as sqlite3
from tests.cli.helpers import assert_one_line_error, run, run_json
from tests.search_world import World, build


@pytest.fixture
def world(db_path: Path) -> World:
    db = open_database(db_path)
    try:
        return build(db)
    finally:
        db.close()


def test_search_json_is_a_list_best_first(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    results = run_json(capsys, db_path, "search", "ledelse", "--group", "IT Drift")
    assert results[0] == {
        "kind": "decision",
        "member": None,
        "meeting_id": world.new_meeting,
        "date": "2025-09-09",
        "snippet": "Næste møde handler om ledelse af forandringer.",
        "level": "shareable",
    }
    entry = next(r for r in results if r["kind"] == "round-table")
    assert entry["member"] == "Søren Østergaard"
    assert entry["level"] == "group"
    member = next(r for r in results if r["kind"] == "member")
    assert member["member"] == "Søren Østergaard"
    assert member["meeting_id"] is None and member["date"] is None and member["level"] is None
    # Only the asked group: Anders's entry is in "Sikkerhed".
    assert all(r["member"] != "Anders Bæk" for r in results)


def test_search_finds_names_typed_without_their_letters(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    for query in ("lukasz", "thora", "soren"):
        results = run_json(capsys, db_path, "search", query, "--group", "IT Drift")
        assert any(r["kind"] == "member" for r in results), query


def test_nothing_found_is_exit_0_and_an_empty_list(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    assert run_json(capsys, db_path, "search", "mainframe", "--group", "Sikkerhed") == []
    code, out, _err = run(capsys, db_path, "search", "mainframe", "--group", "IT Drift")
    assert code == 0 and out.strip() == "Nothing found."


def test_the_text_output_groups_by_member_and_marks_the_words(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    code, out, _err = run(capsys, db_path, "search", "cloud", "--group", "IT Drift")
    assert code == 0
    assert "Þóra Jónsdóttir\n" in out
    assert "[cloud]" in out


def test_more_than_one_group_needs_group(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    code, _out, err = run(capsys, db_path, "search", "cloud")
    assert code == 1
    assert_one_line_error(err)


def test_check_runs_the_search_indexs_integrity_check(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: World
) -> None:
    code, out, _err = run(capsys, db_path, "check")
    assert (code, out.strip()) == (0, "ok")
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM search_words_data WHERE id > 10")
    code, out, err = run(capsys, db_path, "check")
    assert code == 1
    # SQLite's own check of the file (3.44 and later check FTS5 tables too) or FTS5's.
    assert 'table "search_words"' in out + err or "search_words fails" in out + err
