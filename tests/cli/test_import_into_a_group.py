"""`members import` and the names of companies and groups: one company however its name is
written (Ø, Å, Æ and other capitals beyond ASCII), and an import always into a group."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coordinator_app.domain.people import PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run, run_json

COLLEAGUES_CSV = (
    "Name,E-mail,Company,Title\n"
    "Birgit Ærø,birgit@oeresund.example,Øresund A/S,IT-driftschef\n"
    "Åge Østberg,aage@oeresund.example,ØRESUND A/S,Platform Lead\n"
    "Ida Ølund,ida@oeresund.example,øresund  a/s,Arkitekt\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "organisations": conn.execute("SELECT count(*) FROM organisations").fetchone()[0],
            "jobs": conn.execute("SELECT count(*) FROM employments").fetchone()[0],
            "ended jobs": conn.execute(
                "SELECT count(*) FROM employments WHERE ended_on IS NOT NULL"
            ).fetchone()[0],
            "people": conn.execute("SELECT count(*) FROM people").fetchone()[0],
            "memberships": conn.execute("SELECT count(*) FROM memberships").fetchone()[0],
        }
    finally:
        conn.close()


def _demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, _out, err = run(capsys, db_path, "demo")
    assert code == 0, err
    [group] = run_json(capsys, db_path, "groups", "list")
    name: str = group["name"]
    return name


def test_colleagues_of_a_company_beginning_with_oe_share_one_organisation(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = _write(tmp_path, "kolleger.csv", COLLEAGUES_CSV)
    report = run_json(capsys, db_path, "members", "import", str(csv))
    assert report["added"] == 3
    assert _counts(db_path)["organisations"] == 1
    companies = {row["company"] for row in run_json(capsys, db_path, "members", "list")}
    assert companies == {"Øresund A/S"}  # the first spelling is kept


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_reimporting_the_apps_own_export_with_update_changes_no_job(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, fmt: str
) -> None:
    group = _demo(capsys, db_path)
    export = tmp_path / f"members.{fmt}"
    code, _out, err = run(capsys, db_path, "members", "export", "--format", fmt, "-o", str(export))
    assert code == 0, err
    before = _counts(db_path)
    members_before = run_json(capsys, db_path, "members", "list", "--group", group)

    report = run_json(capsys, db_path, "members", "import", str(export), "--on-duplicate", "update")
    current = [m for m in members_before if m["active"]]
    assert report["added"] == 0 and report["updated"] == len(current)
    assert _counts(db_path) == before
    members_after = run_json(capsys, db_path, "members", "list", "--group", group)
    assert [(m["name"], m["company"], m["industry"]) for m in members_after] == [
        (m["name"], m["company"], m["industry"]) for m in members_before
    ]

    suggested = run_json(capsys, db_path, "hosts", "suggest", "--group", group)
    companies = [row["company"] for row in suggested]
    assert len(companies) == len(set(companies))
    assert {"Region Østersø Hospitaler", "Ørestad Pharma A/S"} <= set(companies)


# --- an import needs a group ------------------------------------------------------------------


def test_import_without_any_group_is_refused_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    csv = _write(tmp_path, "kolleger.csv", COLLEAGUES_CSV)
    for extra in ((), ("--dry-run",), ("--json",)):
        code, out, err = run(capsys, db_path, "members", "import", str(csv), *extra)
        assert code == 1 and out == ""
        assert_one_line_error(err)
        assert "There are no groups yet: add one with `coordinator-app groups add NAME`" in err
    assert not db_path.exists()  # no database made for nothing

    open_database(db_path).close()  # an empty database: refused the same way
    for extra in ((), ("--dry-run",), ("--json",)):
        code, out, err = run(capsys, db_path, "members", "import", str(csv), *extra)
        assert code == 1 and out == ""
        assert_one_line_error(err)
        assert "There are no groups yet" in err
    assert _counts(db_path) == dict.fromkeys(
        ("organisations", "jobs", "ended jobs", "people", "memberships"), 0
    )


def test_people_left_without_a_group_by_an_earlier_import_join_the_next_import(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """Earlier versions imported people with no membership when there was no group; the next
    import of the same file found them "already there" and skipped them all."""
    db = open_database(db_path)
    try:
        orphan = roster.add_member(
            db, None, PersonInput(name="Birgit Ærø", email="birgit@oeresund.example")
        )
        group_id = groups.create_group(db, "IT Drift")
    finally:
        db.close()
    csv = _write(tmp_path, "kolleger.csv", COLLEAGUES_CSV)

    dry = run_json(capsys, db_path, "members", "import", str(csv), "--dry-run")
    assert (dry["added"], dry["updated"], dry["skipped"]) == (3, 0, 0)
    report = run_json(capsys, db_path, "members", "import", str(csv))
    assert (report["added"], report["updated"], report["skipped"]) == (3, 0, 0)
    db = open_database(db_path)
    try:
        rows = {row.name: row for row in roster.roster(db, group_id)}
    finally:
        db.close()
    assert set(rows) == {"Birgit Ærø", "Åge Østberg", "Ida Ølund"}
    assert rows["Birgit Ærø"].person_id == orphan  # her row, not a second Birgit
    assert rows["Birgit Ærø"].company == "Øresund A/S"
    assert _counts(db_path)["people"] == 3
