"""`groups rename`, `groups delete`, `groups coordinator` and `members edit` (issue #15)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.domain.people import PersonInput
from coordinator_app.services import coordinators, groups, membership, roster
from coordinator_app.store import backups
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run, usage_error


@pytest.fixture
def two_groups(db_path: Path) -> dict[str, int]:
    db = open_database(db_path)
    try:
        drift = groups.create_group(db, "IT Drift")
        other = groups.create_group(db, "Arkitekter")
        ida = roster.add_member(
            db, drift, PersonInput(name="Ida Holm", email="ida@example.dk"),
            joined_on=dt.date.today(),
        )  # fmt: skip
        bo = roster.add_member(db, drift, PersonInput(name="Bo Berg", email="bo@example.dk"))
        roster.join_group(db, other, bo)
    finally:
        db.close()
    return {"drift": drift, "other": other, "ida": ida, "bo": bo}


def test_rename_finds_the_group_by_any_spelling(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_groups: dict[str, int]
) -> None:
    code, out, _err = run(capsys, db_path, "groups", "rename", "it  DRIFT", "IT-drift Øst")
    assert code == 0
    assert "IT Drift" in out and "IT-drift Øst" in out
    code, _out, err = run(capsys, db_path, "groups", "rename", "IT-drift Øst", "arkitekter")
    assert code == 1
    assert_one_line_error(err)
    db = open_database(db_path)
    try:
        assert sorted(g.name for g in groups.list_groups(db)) == ["Arkitekter", "IT-drift Øst"]
    finally:
        db.close()


def test_delete_needs_yes_then_backs_up_and_deletes(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_groups: dict[str, int]
) -> None:
    code, out, err = run(capsys, db_path, "groups", "delete", "it drift")
    assert code == 2
    assert "--yes" in err
    assert "1 member only in this group" in err and "1 stays" in err
    db = open_database(db_path)
    try:
        assert len(groups.list_groups(db)) == 2
    finally:
        db.close()
    assert backups.list_backups(db_path) == []

    code, out, _err = run(capsys, db_path, "groups", "delete", "it drift", "--yes")
    assert code == 0
    [backup] = backups.list_backups(db_path)
    assert backup.reason == backups.MANUAL
    assert str(backup.path) in out and "restore" in out
    db = open_database(db_path)
    try:
        assert [g.name for g in groups.list_groups(db)] == ["Arkitekter"]
        assert [r.name for r in roster.roster(db, None)] == ["Bo Berg"]
    finally:
        db.close()


def test_the_coordinator_and_a_co_coordinator(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_groups: dict[str, int]
) -> None:
    code, _out, err = run(
        capsys, db_path, "groups", "coordinator", "IT Drift",
        "--name", "Birgitte Ærenlund", "--email", "birgitte@example.dk",
        "--phone", "20 12 34 56", "--signature", "Birgitte\nKoordinator",
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = run(
        capsys, db_path, "groups", "coordinator", "IT Drift",
        "--name", "Kasper", "--email", "kasper@example.dk", "--second",
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = run(
        capsys, db_path, "groups", "coordinator", "IT Drift", "--name", "X", "--email", "x@"
    )
    assert code == 1
    assert_one_line_error(err)
    db = open_database(db_path)
    try:
        stored = coordinators.group_coordinators(db, two_groups["drift"])
    finally:
        db.close()
    assert stored.first is not None and stored.second is not None
    assert (stored.first.name, stored.first.phone, stored.first.signature) == (
        "Birgitte Ærenlund",
        "+45 20 12 34 56",
        "Birgitte\nKoordinator",
    )
    assert stored.second.email == "kasper@example.dk"


def test_members_edit_sets_the_joining_day_and_consent(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_groups: dict[str, int]
) -> None:
    code, out, err = run(
        capsys, db_path, "members", "edit", "IDA@example.dk", "--joined", "2019-03-01",
        "--consent", "yes",
    )  # fmt: skip
    assert code == 0, err
    assert "2019-03-01" in out
    db = open_database(db_path)
    try:
        dates = membership.membership_dates(db, two_groups["drift"], two_groups["ida"])
        assert dates is not None and dates.joined_on == dt.date(2019, 3, 1)
        [ida] = [r for r in roster.roster(db, two_groups["drift"]) if r.name == "Ida Holm"]
        assert ida.consent_share_contact
    finally:
        db.close()
    # Bo is in two groups: which membership is meant must be said.
    code, _out, err = run(
        capsys, db_path, "members", "edit", "bo@example.dk", "--joined", "2020-01-01"
    )
    assert code == 1 and "--group" in err
    err = usage_error(
        capsys, db_path, "members", "edit", "bo@example.dk", "--joined", "1800-01-01",
        "--group", "Arkitekter",
    )  # fmt: skip
    assert "1900" in err
    code, _out, err = run(capsys, db_path, "members", "edit", "bo@example.dk")
    assert code == 2 and "nothing to change" in err
