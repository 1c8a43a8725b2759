"""The command line, run in-process through `main` (and once as `python -m coordinator_app`)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.cli.main import main
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run, run_json

CSV_HEADER = "Name,E-mail,Phone,Company,Title\n"
GOOD_AND_BAD_CSV = (
    CSV_HEADER
    + "Birgit Ærø,birgit@fjordbank.example,+45 20 11 22 33,Fjordbank,IT-driftschef\n"
    + "Jens Bad,jens(at)example,+45 20 11 22 34,Jensens,Driftsleder\n"
    + "Åge Østberg,aage@havn.example,+45 20 11 22 35,Havn A/S,Platform Lead\n"
)
GOOD_CSV = (
    CSV_HEADER
    + "Birgit Ærø,birgit@fjordbank.example,+45 20 11 22 33,Fjordbank,IT-driftschef\n"
    + "Åge Østberg,aage@havn.example,+45 20 11 22 35,Havn A/S,Platform Lead\n"
)
VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Łukasz Żółć\r\n"
    "N:Żółć;Łukasz;;;\r\n"
    "EMAIL;TYPE=INTERNET:lukasz@rederi.example\r\n"
    "TEL;TYPE=CELL:+45 53 12 76 40\r\n"
    "ORG:Rederiet Havørn A/S\r\n"
    "TITLE:Platform Lead\r\n"
    "END:VCARD\r\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def members(capsys: pytest.CaptureFixture[str], db_path: Path) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = run_json(capsys, db_path, "members", "list")
    return result


# --- usage -------------------------------------------------------------------------------------


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in (
        "demo",
        "groups add NAME",
        "groups list",
        "members list",
        "members import FILE",
        "members export --format csv|vcf|pdf -o FILE",
        "check",
    ):
        assert command in out


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["groups"],
        ["groups", "add"],
        ["members", "export", "-o", "x.csv"],
        ["members", "export", "--format", "docx", "-o", "x.docx"],
        ["members", "import", "x.csv", "--on-duplicate", "merge"],
    ],
)
def test_wrong_usage_exits_with_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), *argv])
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert not db_path.exists()


def test_no_command_is_wrong_usage_for_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "a command is required" in capsys.readouterr().err


# --- demo and groups ---------------------------------------------------------------------------


def test_demo_fills_an_empty_database_once(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    assert "IT Drift" in out and len(out.strip().splitlines()) == 1
    assert run_json(capsys, db_path, "groups", "list") == [
        {"id": 1, "name": "IT Drift", "members": 12}
    ]
    code, out, err = run(capsys, db_path, "demo")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "not empty" in err


def test_groups_add_and_list(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, db_path, "groups", "list")
    assert code == 0 and out.strip() == "There are no groups yet."
    assert run_json(capsys, db_path, "groups", "list") == []
    code, out, _ = run(capsys, db_path, "groups", "add", "Sikkerhed")
    assert code == 0 and "Sikkerhed" in out
    run(capsys, db_path, "groups", "add", "Arkitektur")
    groups = run_json(capsys, db_path, "groups", "list")
    assert groups == [
        {"id": 2, "name": "Arkitektur", "members": 0},
        {"id": 1, "name": "Sikkerhed", "members": 0},
    ]
    code, out, _ = run(capsys, db_path, "groups", "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "Name", "Members"]
    assert "Arkitektur" in out and "Sikkerhed" in out


def test_a_group_name_twice_is_a_user_error(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "Sikkerhed")
    code, out, err = run(capsys, db_path, "groups", "add", "sikkerhed")
    assert code == 1 and out == ""
    assert_one_line_error(err)


# --- members list ------------------------------------------------------------------------------

MEMBER_KEYS = {
    "id",
    "name",
    "email",
    "phone",
    "company",
    "title",
    "industry",
    "expertise",
    "active",
}


def test_members_list_json(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run(capsys, db_path, "demo")
    everyone = members(capsys, db_path)
    assert len(everyone) == 13
    assert all(set(row) == MEMBER_KEYS for row in everyone)
    assert sum(row["active"] for row in everyone) == 12
    lukasz = next(row for row in everyone if row["name"] == "Łukasz Żółć")
    assert isinstance(lukasz["id"], int)
    assert lukasz["phone"].startswith("+45 ")
    assert lukasz["company"] and lukasz["title"] and lukasz["industry"]
    assert isinstance(lukasz["expertise"], list) and "Kubernetes" in lukasz["expertise"]
    # Danish order: æ, ø, å come after z.
    assert everyone[-1]["name"] == "Åse Vestergård"

    group = run_json(capsys, db_path, "members", "list", "--group", "it drift")
    assert {row["id"] for row in group} == {row["id"] for row in everyone}
    former = [row for row in group if not row["active"]]
    assert [row["name"] for row in former] == ["Ole Gråbøl"]


def test_members_list_table(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, db_path, "members", "list")
    assert code == 0 and out.strip() == "There are no members yet."
    run(capsys, db_path, "demo")
    code, out, _ = run(capsys, db_path, "members", "list", "--group", "IT Drift")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split()[0] == "Name"
    assert len(lines) == 14
    assert any("Ole Gråbøl" in line and line.endswith("former") for line in lines)


def test_members_list_of_a_missing_group(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = run(capsys, db_path, "members", "list", "--group", "Nope", "--json")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "Nope" in err


# --- members import ----------------------------------------------------------------------------


def test_import_with_an_invalid_row_imports_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_AND_BAD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv), "--json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {
        "added",
        "updated",
        "skipped",
        "errors",
        "people",
        "skipped_contacts",
        "dropped_values",
    }
    assert (report["added"], report["updated"], report["skipped"]) == (0, 0, 0)
    assert report["people"] == []
    assert [e["line"] for e in report["errors"]] == [3]
    assert set(report["errors"][0]) == {"line", "message"}
    assert "Traceback" not in err
    assert err.splitlines()[0].startswith("line 3: ")
    assert members(capsys, db_path) == []

    code, out, err = run(capsys, db_path, "members", "import", str(csv))
    assert code == 1 and out == ""
    assert "line 3: " in err
    assert members(capsys, db_path) == []


def test_import_skip_invalid_imports_each_contact_without_its_invalid_value(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_AND_BAD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv), "--skip-invalid", "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["added"], report["updated"], report["skipped"]) == (3, 0, 0)
    assert sorted(report["people"]) == ["Birgit Ærø", "Jens Bad", "Åge Østberg"]
    assert [e["line"] for e in report["errors"]] == [3]
    assert [(d["line"], d["value"]) for d in report["dropped_values"]] == [(3, "jens(at)example")]
    assert report["skipped_contacts"] == []
    assert "line 3: " in err
    # Exactly one group: the people joined it.
    assert run_json(capsys, db_path, "groups", "list")[0]["members"] == 3
    imported = {row["name"]: row for row in members(capsys, db_path)}
    assert set(imported) == {"Birgit Ærø", "Jens Bad", "Åge Østberg"}
    assert imported["Birgit Ærø"]["company"] == "Fjordbank"
    assert imported["Birgit Ærø"]["title"] == "IT-driftschef"
    assert imported["Birgit Ærø"]["phone"] == "+45 20 11 22 33"
    # Jens is kept without the address that is not one, with everything else the file gave.
    assert (imported["Jens Bad"]["email"], imported["Jens Bad"]["phone"]) == ("", "+45 20 11 22 34")
    assert imported["Jens Bad"]["company"] == "Jensens"


def test_import_human_output(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv))
    assert code == 0 and err == ""
    assert out.strip() == "Imported into “IT Drift”: added 2, updated 0, skipped 0."


def test_import_dry_run_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    report = run_json(capsys, db_path, "members", "import", str(csv), "--dry-run")
    assert (report["added"], report["updated"], report["skipped"]) == (2, 0, 0)
    assert sorted(report["people"]) == ["Birgit Ærø", "Åge Østberg"]
    assert members(capsys, db_path) == []
    code, out, _ = run(capsys, db_path, "members", "import", str(csv), "--dry-run")
    assert code == 0
    assert "add Birgit Ærø" in out and "Dry run" in out
    assert members(capsys, db_path) == []
    assert run_json(capsys, db_path, "groups", "list")[0]["members"] == 0


def test_import_on_duplicate(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    run_json(capsys, db_path, "members", "import", str(csv))
    changed = write(
        tmp_path,
        "igen.csv",
        GOOD_CSV.replace("+45 20 11 22 33", "+45 40 99 88 77"),
    )

    report = run_json(capsys, db_path, "members", "import", str(changed))  # skip is the default
    assert (report["added"], report["updated"], report["skipped"]) == (0, 0, 2)
    assert report["people"] == []
    report = run_json(capsys, db_path, "members", "import", str(changed), "--on-duplicate", "skip")
    assert (report["added"], report["updated"], report["skipped"]) == (0, 0, 2)
    phones = {row["name"]: row["phone"] for row in members(capsys, db_path)}
    assert phones["Birgit Ærø"] == "+45 20 11 22 33"

    report = run_json(
        capsys, db_path, "members", "import", str(changed), "--on-duplicate", "update"
    )
    assert (report["added"], report["updated"], report["skipped"]) == (0, 2, 0)
    assert sorted(report["people"]) == ["Birgit Ærø", "Åge Østberg"]
    people = members(capsys, db_path)
    assert len(people) == 2
    assert {row["name"]: row["phone"] for row in people}["Birgit Ærø"] == "+45 40 99 88 77"

    report = run_json(capsys, db_path, "members", "import", str(changed), "--on-duplicate", "add")
    assert (report["added"], report["updated"], report["skipped"]) == (2, 0, 0)
    assert len(members(capsys, db_path)) == 4


def test_import_without_a_group_when_there_are_several(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    run(capsys, db_path, "groups", "add", "Sikkerhed")
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv))
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "There are 2 groups: choose one with --group NAME." in err
    assert [g["members"] for g in run_json(capsys, db_path, "groups", "list")] == [0, 0]
    assert members(capsys, db_path) == []

    vcf = write(tmp_path, "kort.vcf", VCARD)
    report = run_json(capsys, db_path, "members", "import", str(vcf), "--group", "sikkerhed")
    assert report["people"] == ["Łukasz Żółć"]
    groups = {g["name"]: g["members"] for g in run_json(capsys, db_path, "groups", "list")}
    assert groups == {"IT Drift": 0, "Sikkerhed": 1}
    lukasz = next(row for row in members(capsys, db_path) if row["name"] == "Łukasz Żółć")
    assert lukasz["company"] == "Rederiet Havørn A/S"
    assert lukasz["email"] == "lukasz@rederi.example"


def test_import_into_a_missing_group(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv), "--group", "Nope")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert members(capsys, db_path) == []


def test_import_of_an_unknown_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "findes-ikke.csv"
    code, out, err = run(capsys, db_path, "members", "import", str(missing))
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "findes-ikke.csv" in err
    assert not db_path.exists()  # a wrong file name creates no database


def test_import_of_a_file_without_contacts(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    empty = write(tmp_path, "tom.csv", "")
    code, out, err = run(capsys, db_path, "members", "import", str(empty), "--skip-invalid")
    assert code == 1 and out == ""
    assert err.splitlines()[0].startswith("line 1: ")
    assert "no contacts were found" in err.splitlines()[-1]


def test_import_dry_run_explains_duplicates(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "groups", "add", "IT Drift")
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    run(capsys, db_path, "members", "import", str(csv))
    twice = write(tmp_path, "to-gange.csv", GOOD_CSV + GOOD_CSV.splitlines(keepends=True)[1])
    code, out, _ = run(
        capsys, db_path, "members", "import", str(twice), "--dry-run", "--on-duplicate", "update"
    )
    assert code == 0
    assert out.splitlines() == [
        "line 2: update Birgit Ærø (already in the database)",
        "line 3: update Åge Østberg (already in the database)",
        "line 4: update Birgit Ærø (already in the database)",
        "Dry run, nothing was changed: an import into “IT Drift” would have added 0, "
        "updated 3, skipped 0.",
    ]


def test_import_of_a_huge_file(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coordinator_app.exchange import contacts_import

    # The real limit is megabytes; a tiny one makes the small test file "huge".
    monkeypatch.setattr(contacts_import, "MAX_IMPORT_BYTES", 10)
    csv = write(tmp_path, "kontakter.csv", GOOD_CSV)
    code, out, err = run(capsys, db_path, "members", "import", str(csv))
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "not imported" in err
    assert not db_path.exists()


# --- members export ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "vcf", "pdf"])
def test_export(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, fmt: str
) -> None:
    run(capsys, db_path, "demo")
    out_file = tmp_path / f"medlemmer.{fmt}"
    code, out, err = run(capsys, db_path, "members", "export", "--format", fmt, "-o", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Wrote 12 members of “IT Drift” to {out_file}."
    data = out_file.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    elif fmt == "vcf":
        text = data.decode("utf-8")
        assert text.count("BEGIN:VCARD") == 12
        assert "Łukasz Żółć" in text
        assert "Ole Gråbøl" not in text  # former members are not exported
    else:
        lines = data.decode("utf-8-sig").splitlines()
        assert lines[0].startswith("Navn;E-mail;")  # Danish by default, as Danish Excel splits
        names = [line.split(";")[0] for line in lines[1:]]
        assert len(names) == 12
        assert names[-1] == "Åse Vestergård"  # Danish order by default


def test_export_in_english_order(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "demo")
    out_file = tmp_path / "members.csv"
    code, _, _ = run(
        capsys,
        db_path,
        "members",
        "export",
        "--format",
        "csv",
        "-o",
        str(out_file),
        "--group",
        "IT Drift",
        "--lang",
        "en",
    )
    assert code == 0
    lines = out_file.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,E-mail,Phone,")
    names = [line.split(",")[0] for line in lines[1:]]
    assert names[0] == "Anne-Sofie Nørgaard"
    assert names[1] == "Åse Vestergård"  # Å is an A to an English reader


def test_export_needs_a_group_when_there_are_several(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "medlemmer.csv"
    args = ("members", "export", "--format", "csv", "-o", str(out_file))
    code, _, err = run(capsys, db_path, *args)
    assert code == 1
    assert_one_line_error(err)
    run(capsys, db_path, "groups", "add", "IT Drift")
    run(capsys, db_path, "groups", "add", "Sikkerhed")
    code, _, err = run(capsys, db_path, *args)
    assert code == 1
    assert_one_line_error(err)
    assert "--group" in err
    code, _, err = run(capsys, db_path, *args, "--group", "Mangler")
    assert code == 1
    assert_one_line_error(err)
    assert not out_file.exists()
    code, out, _ = run(capsys, db_path, *args, "--group", "Sikkerhed")
    assert code == 0 and "0 members" in out
    assert out_file.exists()


def test_export_to_a_missing_folder(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "demo")
    out_file = tmp_path / "findes-ikke" / "medlemmer.pdf"
    code, out, err = run(
        capsys, db_path, "members", "export", "--format", "pdf", "-o", str(out_file)
    )
    assert code == 1 and out == ""
    assert_one_line_error(err)


# --- check and broken databases ----------------------------------------------------------------


def test_check_a_sound_database(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run(capsys, db_path, "demo")
    code, out, err = run(capsys, db_path, "check")
    assert (code, out, err) == (0, "ok\n", "")


def test_check_finds_a_dangling_reference(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO groups (name, description, created_at) VALUES ('G', '', '2026')")
        conn.execute(
            "INSERT INTO memberships (person_id, group_id, role) VALUES (999, 1, 'member')"
        )
        conn.commit()
    finally:
        conn.close()
    code, out, err = run(capsys, db_path, "check")
    assert code == 1
    assert "memberships" in out and "people" in out
    assert_one_line_error(err)


@pytest.mark.parametrize(
    "argv", [["check"], ["groups", "list", "--json"], ["members", "list"], ["demo"]]
)
def test_a_damaged_database_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    garbage = bytes(range(256)) * 16
    db_path.write_bytes(garbage)
    code, out, err = run(capsys, db_path, *argv)
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "not a Coordinator database" in err
    assert db_path.read_bytes() == garbage


@pytest.mark.parametrize("argv", [["check"], ["groups", "list"], ["demo"]])
def test_a_database_from_a_newer_version_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
    finally:
        conn.close()
    before = db_path.read_bytes()
    code, out, err = run(capsys, db_path, *argv)
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "newer version" in err
    assert db_path.read_bytes() == before


# --- the real entry point ----------------------------------------------------------------------


def _run_module(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_python_dash_m_runs_the_cli(db_path: Path) -> None:
    init = _run_module("-m", "coordinator_app", "--db", str(db_path), "groups", "add", "Æblerne")
    assert init.returncode == 0, init.stderr
    result = _run_module("-m", "coordinator_app", "--db", str(db_path), "groups", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"id": 1, "name": "Æblerne", "members": 0}]
    wrong = _run_module("-m", "coordinator_app", "--db", str(db_path), "groups", "remove")
    assert wrong.returncode == 2


def test_the_cli_never_loads_qt(db_path: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from coordinator_app.cli.main import main\n"
        f"assert main(['--db', {str(db_path)!r}, 'demo']) == 0\n"
        f"assert main(['--db', {str(db_path)!r}, 'members', 'export', '--format', 'pdf',"
        f" '-o', {str(tmp_path / 'm.pdf')!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    result = _run_module("-c", script)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_pdf_member_list_shows_contact_details_only_with_consent(db_path, tmp_path) -> None:
    from coordinator_app.services.demo import fill_with_demo_data
    from coordinator_app.services.roster import roster as read_roster

    db = open_database(db_path)
    try:
        group_id = fill_with_demo_data(db)
        members = read_roster(db, group_id, include_former=False)
    finally:
        db.close()
    without = [m for m in members if not m.consent_share_contact]
    with_consent = [m for m in members if m.consent_share_contact]
    assert without and with_consent
    out = tmp_path / "liste.pdf"
    assert main(["--db", str(db_path), "members", "export", "--format", "pdf", "-o", str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for member in without:
        assert member.name.split()[0] in text
        assert member.email.split("@")[0] + "@" not in text
        assert member.phone not in text
    for member in with_consent:
        assert member.email.split("@")[0] + "@" in text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "my.sqlite"], (True, Path("my.sqlite"))),
        (["--db=my.sqlite"], (True, Path("my.sqlite"))),
        (["--db", "my.sqlite", "check"], (False, None)),
        (["groups", "list"], (False, None)),
        (["--help"], (False, None)),
        (["--version"], (False, None)),
        (["--db"], (False, None)),
        (["--db", "--version"], (False, None)),
    ],
)
def test_the_desktop_app_is_recognised_without_the_command_line_parser(
    argv: list[str], expected: tuple[bool, Path | None]
) -> None:
    """Only a plain start (or `--db PATH`) skips the parser, which loads every service."""
    from coordinator_app.__main__ import gui_database

    assert gui_database(argv) == expected
