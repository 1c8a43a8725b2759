"""Data safety on the command line: backup, restore, the GDPR commands, damaged databases, the
lock of a database another instance has open, and private files from every export."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.cli.main import main
from coordinator_app.domain.logistics import EmailDraft
from coordinator_app.domain.minutes import former_member
from coordinator_app.store import backups
from coordinator_app.store.lock import DatabaseLock
from tests.cli.helpers import assert_one_line_error, run, run_json
from tests.store.writes import full_disk_for_copies


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    capsys.readouterr()
    return path


def _member(capsys: pytest.CaptureFixture[str], db: Path, index: int = 0) -> dict[str, Any]:
    return run_json(capsys, db, "members", "list")[index]  # type: ignore[no-any-return]


# --- backup and restore ---------------------------------------------------------------------


def test_backup_into_the_backups_folder_or_a_named_file(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, demo, "backup")
    assert code == 0, err
    [made] = backups.list_backups(demo)
    assert made.reason == backups.MANUAL and str(made.path) in out
    target = tmp_path / "elsewhere" / "copy.sqlite"
    code, out, err = run(capsys, demo, "backup", "-o", str(target))
    assert code == 0, err
    assert run_json(capsys, target, "groups", "list") == run_json(capsys, demo, "groups", "list")
    if os.name == "posix":
        assert _mode(made.path) == _mode(target) == 0o600
    code, _out, err = run(capsys, demo, "backup", "-o", str(target))
    assert code == 1
    assert_one_line_error(err)


@pytest.mark.skipif(os.name != "posix", reason="POSIX links and modes")
def test_backup_to_a_link_or_an_existing_file_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "outside" / "notes.txt"
    victim.parent.mkdir()
    victim.write_bytes(b"the user's notes\n")
    victim.chmod(0o644)
    nowhere = tmp_path / "outside" / "where-the-link-points.sqlite"
    dangling = tmp_path / "dangling.sqlite"
    dangling.symlink_to(nowhere)
    link = tmp_path / "link.sqlite"
    link.symlink_to(victim)
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"keep")
    before = sorted(p.name for p in tmp_path.iterdir())
    for target in (dangling, link, existing):
        code, out, err = run(capsys, demo, "backup", "-o", str(target))
        assert code == 1 and out == ""
        assert_one_line_error(err)
        assert str(target) in err
    assert not os.path.lexists(nowhere)
    assert dangling.is_symlink() and link.is_symlink()
    assert victim.read_bytes() == b"the user's notes\n" and _mode(victim) == 0o644
    assert existing.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_backup_to_a_full_disk_says_so_in_one_line_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "copy.sqlite"
    full_disk_for_copies(monkeypatch, demo)
    code, _out, err = run(capsys, demo, "backup", "-o", str(target))
    assert code == 1
    assert_one_line_error(err)
    assert "disk is full" in err and str(target) in err
    code, _out, err = run(capsys, demo, "backup")
    assert code == 1
    assert_one_line_error(err)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []  # no 0-byte file to block the retry, no temp file
    assert backups.list_backups(demo) == []
    assert [p.name for p in backups.backups_dir(demo).iterdir()] == []
    code, _out, err = run(capsys, demo, "backup", "-o", str(target))
    assert code == 0, err
    assert run_json(capsys, target, "groups", "list") == run_json(capsys, demo, "groups", "list")
    assert [p.name for p in folder.iterdir()] == ["copy.sqlite"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX links and modes")
def test_a_lock_file_that_is_a_link_is_refused_by_writing_commands(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "outside" / "notes.txt"
    victim.parent.mkdir()
    victim.write_bytes(b"the user's notes\n")
    victim.chmod(0o644)
    lock = demo.with_name(demo.name + ".lock")
    lock.symlink_to(victim)
    groups_before = run_json(capsys, demo, "groups", "list")
    code, out, err = run(capsys, demo, "groups", "add", "Not added")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert str(lock) in err
    assert victim.read_bytes() == b"the user's notes\n" and _mode(victim) == 0o644
    assert lock.is_symlink()
    assert run_json(capsys, demo, "groups", "list") == groups_before


def test_restore_replaces_the_database_and_keeps_the_current_one(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    assert run(capsys, demo, "backup")[0] == 0
    [saved] = backups.list_backups(demo)
    assert run(capsys, demo, "groups", "add", "Added after the backup")[0] == 0
    code, out, err = run(capsys, demo, "restore", str(saved.path))
    assert code == 0, err
    assert "Restored" in out
    assert [g["name"] for g in run_json(capsys, demo, "groups", "list")] == ["IT Drift"]
    safety = [b for b in backups.list_backups(demo) if b.reason == backups.BEFORE_RESTORE]
    assert len(safety) == 1
    names = [g["name"] for g in run_json(capsys, safety[0].path, "groups", "list")]
    assert "Added after the backup" in names


def test_restore_over_a_damaged_database_keeps_the_damaged_file(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    assert run(capsys, demo, "backup")[0] == 0
    [saved] = backups.list_backups(demo)
    damaged = b"this was the database until the disk broke\n" * 100
    demo.write_bytes(damaged)
    code, out, err = run(capsys, demo, "restore", str(saved.path))
    assert code == 0, err
    [aside] = demo.parent.glob("coordinator.damaged-*.sqlite")
    assert aside.read_bytes() == damaged
    assert str(aside) in out
    assert [g["name"] for g in run_json(capsys, demo, "groups", "list")] == ["IT Drift"]


def test_a_damaged_backup_is_not_restored(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 500)
    before = demo.read_bytes()
    code, _out, err = run(capsys, demo, "restore", str(bad))
    assert code == 1
    assert_one_line_error(err)
    assert demo.read_bytes() == before
    assert backups.list_backups(demo) == []


# --- the GDPR commands ------------------------------------------------------------------------


def test_person_export_writes_everything_about_one_person_privately(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    member = _member(capsys, demo)
    out_file = tmp_path / "person.json"
    code, _out, err = run(capsys, demo, "person", "export", member["email"], "-o", str(out_file))
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["person"]["name"] == member["name"]
    assert data["person"]["email"] == member["email"]
    assert data["jobs"] and data["memberships"]
    assert {"signups", "attendance", "round_table", "action_items", "theme_proposals",
            "speaker_proposals", "talks", "host_contact"} <= set(data)  # fmt: skip
    if os.name == "posix":
        assert _mode(out_file) == 0o600
    code, _out, err = run(capsys, demo, "person", "export", "nobody@x.dk", "-o", str(out_file))
    assert code == 1
    assert_one_line_error(err)


def test_person_erase_needs_yes_and_keeps_the_entries_as_a_former_member(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    # A member with round-table entries in the demo's minutes.
    shown = run_json(capsys, demo, "minutes", "show", "1")
    name = shown["entries"][0]["member"]
    member = next(m for m in run_json(capsys, demo, "members", "list") if m["name"] == name)
    before = demo.read_bytes()
    code, _out, err = run(capsys, demo, "person", "erase", member["email"])
    assert code == 2
    assert "--yes" in err
    assert demo.read_bytes() == before

    code, out, err = run(capsys, demo, "person", "erase", member["email"], "--yes")
    assert code == 0, err
    assert "former member" in out
    assert member["email"] not in json.dumps(run_json(capsys, demo, "members", "list"))
    after = run_json(capsys, demo, "minutes", "show", "1")
    assert name not in json.dumps(after, ensure_ascii=False)
    texts = {e["text"] for e in after["entries"]}
    assert texts == {e["text"] for e in shown["entries"]}  # every entry is still there
    assert former_member("da") in {e["member"] for e in after["entries"]}
    code, _out, err = run(capsys, demo, "person", "erase", member["email"], "--yes")
    assert code == 1  # the address is gone
    assert_one_line_error(err)


# --- a damaged database -------------------------------------------------------------------------

DAMAGE = {
    "not-sqlite": b"PK\x03\x04 this is a zip file, not a database" * 40,
    "truncated": b"SQLite format 3\x00\x10\x00\x01\x01\x00@  " + b"\x00" * 80,
}


def _every_command(tmp: Path) -> list[list[str]]:
    contacts = tmp / "contacts.csv"
    contacts.write_text("Name,E-mail\nIda Lund,ida@lund.dk\n", encoding="utf-8")
    backup = tmp / "b.sqlite"
    out = tmp / "out"
    return [
        ["demo"],
        ["groups", "add", "X"],
        ["groups", "list", "--json"],
        ["members", "list"],
        ["members", "import", str(contacts)],
        ["members", "import", str(contacts), "--dry-run"],
        ["members", "export", "--format", "csv", "-o", str(out / "m.csv")],
        ["plan", "suggest", "--group", "X", "--year", "2027"],
        ["meetings", "add", "--group", "X", "--date", "2027-03-09"],
        ["meetings", "list"],
        ["meetings", "move", "1", "--date", "2027-03-10"],
        ["meetings", "cancel", "1"],
        ["export", "ics", "--group", "X", "--year", "2027", "-o", str(out / "p.ics")],
        ["export", "agenda", "1", "-o", str(out / "a.pdf")],
        ["export", "visitors", "1", "-o", str(out / "v.pdf")],
        ["export", "minutes", "1", "--format", "md", "-o", str(out / "m.md")],
        ["export", "report", "--group", "X", "--year", "2027", "-o", str(out / "r.pdf")],
        ["signups", "set", "1", "ida@lund.dk", "yes"],
        ["logistics", "show", "1", "--json"],
        ["hosts", "suggest", "--group", "X", "--json"],
        ["minutes", "add-entry", "1", "ida@lund.dk", "Status"],
        ["minutes", "show", "1", "--json"],
        ["actions", "list", "--json"],
        ["check"],
        ["backup"],
        ["backup", "-o", str(out / "b.sqlite")],
        ["person", "export", "ida@lund.dk", "-o", str(out / "p.json")],
        ["person", "erase", "ida@lund.dk", "--yes"],
        ["restore", str(backup)],  # a damaged backup file is not restored either
    ]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_command_on_a_damaged_database_fails_in_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db_path = folder / "coordinator.sqlite"
    content = DAMAGE[damage]
    db_path.write_bytes(content)
    commands = _every_command(tmp_path)
    (tmp_path / "b.sqlite").write_bytes(content)
    for command in commands:
        code, _out, err = run(capsys, db_path, *command)
        assert code == 1, (command, err)
        assert_one_line_error(err)
        assert db_path.read_bytes() == content, command
        assert sorted(p.name for p in folder.iterdir()) == ["coordinator.sqlite"], command
        assert not (tmp_path / "out").exists(), command


def test_a_database_of_another_program_is_refused_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db_path = tmp_path / "other.sqlite"
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    content = db_path.read_bytes()
    for command in (["groups", "list"], ["demo"], ["backup"], ["person", "export", "a@b.dk",
                    "-o", str(tmp_path / "p.json")], ["check"]):  # fmt: skip
        code, _out, err = run(capsys, db_path, *command)
        assert code == 1, command
        assert_one_line_error(err)
        assert "not a Coordinator database" in err
    assert db_path.read_bytes() == content


# --- another instance has the database open ------------------------------------------------------


def test_while_the_app_has_the_database_open_writing_commands_refuse_and_reading_ones_work(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    member = _member(capsys, demo)
    groups_before = run_json(capsys, demo, "groups", "list")
    with DatabaseLock.acquire(demo):  # as the desktop app does
        for command in (
            ["groups", "add", "Nope"],
            ["meetings", "cancel", "1"],
            ["person", "erase", member["email"], "--yes"],
            ["restore", str(tmp_path / "whatever.sqlite")],
        ):
            if command[0] == "restore":
                shutil.copyfile(demo, tmp_path / "whatever.sqlite")
            code, _out, err = run(capsys, demo, *command)
            assert code == 1, command
            assert_one_line_error(err)
            assert "open in another instance" in err
        # Reading commands still run (read-only).
        assert run_json(capsys, demo, "groups", "list") == groups_before
        assert run(capsys, demo, "members", "export", "--format", "csv", "-o",
                   str(tmp_path / "m.csv"))[0] == 0  # fmt: skip
        assert run(capsys, demo, "check")[0] == 0
        assert run(capsys, demo, "backup")[0] == 0
    assert run_json(capsys, demo, "groups", "list") == groups_before
    assert run(capsys, demo, "groups", "add", "Now it works")[0] == 0


# --- privacy of every file written --------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_export_and_backup_is_readable_by_its_owner_only(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    meetings = run_json(capsys, demo, "meetings", "list")
    held = next(m for m in meetings if m["status"] == "held")
    year = held["date"][:4]
    mid = str(held["id"])
    email = _member(capsys, demo)["email"]
    old_umask = os.umask(0o022)  # a usual umask: files would be world-readable by default
    try:
        commands = [
            ["members", "export", "--format", "csv", "-o", str(out / "roster.csv")],
            ["members", "export", "--format", "vcf", "-o", str(out / "roster.vcf")],
            ["members", "export", "--format", "pdf", "-o", str(out / "roster.pdf")],
            ["export", "agenda", mid, "-o", str(out / "agenda.pdf")],
            ["export", "ics", "--group", "IT Drift", "--year", year, "-o", str(out / "p.ics")],
            ["export", "visitors", mid, "-o", str(out / "visitors.pdf")],
            ["export", "minutes", mid, "--format", "pdf", "-o", str(out / "minutes.pdf")],
            ["export", "minutes", mid, "--format", "docx", "-o", str(out / "minutes.docx")],
            ["export", "minutes", mid, "--format", "md", "-o", str(out / "minutes.md")],
            ["export", "report", "--group", "IT Drift", "--year", year, "-o",
             str(out / "report.pdf")],
            ["person", "export", email, "-o", str(out / "person.json")],
            ["backup", "-o", str(out / "copy.sqlite")],
            ["backup"],
        ]  # fmt: skip
        for command in commands:
            code, _out, err = run(capsys, demo, *command)
            assert code == 0, (command, err)
        from coordinator_app.exchange.eml import write_eml

        write_eml(
            EmailDraft("Koordinator", "k@x.dk", (("Ida", "ida@x.dk"),), "Emne", "Tekst"),
            out / "draft.eml",
            date=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        )
    finally:
        os.umask(old_umask)
    written = sorted(out.iterdir())
    assert len(written) == 13
    files = [*written, *(b.path for b in backups.list_backups(demo)), demo]
    files += [demo.with_name(demo.name + end) for end in ("-wal", "-shm")]
    for path in files:
        if path.exists():
            assert _mode(path) == 0o600, path
