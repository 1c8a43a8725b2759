"""`members import` with real client files: a bad value costs the value, not the contact; a
contact is skipped only without a usable name; one rule for the exit status (0: something
could be imported, or nothing needed importing; 1: the file is refused); the JSON says what
was left out. The samples are in tests/data/samples (see SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import assert_one_line_error, run, run_json
from tests.conftest import SAMPLES_DIR

GOOGLE = SAMPLES_DIR / "csv" / "google_csv_legacy_multiline.csv"
THUNDERBIRD = SAMPLES_DIR / "csv" / "thunderbird_export.csv"
OUTLOOK = SAMPLES_DIR / "csv" / "outlook_csv_en.csv"
CALENDARS = sorted((SAMPLES_DIR / "ics").glob("*.ics"))
KEYS = {"added", "updated", "skipped", "errors", "people", "skipped_contacts", "dropped_values"}


@pytest.fixture
def group(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, _, err = run(capsys, db_path, "groups", "add", "IT Drift")
    assert code == 0, err
    return "IT Drift"


def members(capsys: pytest.CaptureFixture[str], db_path: Path) -> dict[str, dict[str, Any]]:
    rows: list[dict[str, Any]] = run_json(capsys, db_path, "members", "list")
    return {row["name"]: row for row in rows}


def outlook_with_a_label_in_the_phone_column(tmp_path: Path) -> Path:
    """The real Outlook export, with "BusinessPhone" where its Business Phone number was (as a
    badly converted export has it)."""
    data = OUTLOOK.read_bytes()
    assert data.count(b'"(123) 555-2222"') == 1
    path = tmp_path / "outlook.csv"
    path.write_bytes(data.replace(b'"(123) 555-2222"', b'"BusinessPhone"'))
    return path


def test_a_label_in_a_phone_column_costs_the_value_not_the_contact(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str
) -> None:
    path = outlook_with_a_label_in_the_phone_column(tmp_path)
    code, out, err = run(
        capsys, db_path, "members", "import", str(path), "--skip-invalid", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert set(report) == KEYS
    assert (report["added"], report["people"]) == (1, ["John Smith"])
    assert report["skipped_contacts"] == []
    [dropped] = report["dropped_values"]
    assert (dropped["line"], dropped["value"], dropped["reason"]) == (
        2,
        "BusinessPhone",
        "phone_left_out",
    )
    assert "BusinessPhone" in dropped["message"]
    assert err.splitlines() == ['line 2: "BusinessPhone" is not a phone number; it was left out.']
    john = members(capsys, db_path)["John Smith"]
    assert (john["email"], john["company"]) == ("john@example.com", "International Inc")
    assert "BusinessPhone" not in json.dumps(john)


def test_google_export_with_phone_labels_keeps_its_contact(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, err = run(capsys, db_path, "members", "import", str(GOOGLE), "--skip-invalid")
    assert code == 0, err
    assert out.splitlines() == [
        "Imported into “IT Drift”: added 1, updated 0, skipped 0.",
        "Left out 4 invalid values; their contacts were imported without them.",
    ]
    assert [line.split(":")[0] for line in err.splitlines()] == ["line 2"] * 4
    person = members(capsys, db_path)["Prefix Firstname Middle Lastname Suffix"]
    assert person["email"] == "home@aaa.pl"
    assert person["phone"] == ""


def test_unreadable_e_mail_addresses_cost_the_address_not_the_contact(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    report = run_json(capsys, db_path, "members", "import", str(THUNDERBIRD), "--skip-invalid")
    assert report["added"] == 2
    assert sorted(report["people"]) == ["contact number one", "contact number two"]
    assert [(d["line"], d["value"], d["reason"]) for d in report["dropped_values"]] == [
        (2, "contact1@invalid", "email_left_out"),
        (3, "contact2@invalid", "email_left_out"),
    ]
    assert report["skipped_contacts"] == []
    assert {row["email"] for row in members(capsys, db_path).values()} == {""}


def test_without_skip_invalid_a_file_with_problems_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, err = run(capsys, db_path, "members", "import", str(THUNDERBIRD), "--json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == KEYS
    assert (report["added"], report["people"]) == (0, [])
    assert len(report["dropped_values"]) == 2
    assert "--skip-invalid" in err.splitlines()[-1]
    assert members(capsys, db_path) == {}


def test_only_a_contact_without_a_usable_name_is_skipped(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str
) -> None:
    path = tmp_path / "kontakter.csv"
    path.write_text(
        "Name,E-mail,Phone,Company\n"
        "Birgit Ærø,birgit@fjordbank.example,BusinessPhone,Fjordbank\n"
        ",not-an-address,Mobile,\n"
        "Åge Østberg,aage@havn.example,+45 20 11 22 35,Havn A/S\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, db_path, "members", "import", str(path), "--skip-invalid", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert sorted(report["people"]) == ["Birgit Ærø", "Åge Østberg"]
    assert [(s["line"], s["reason"]) for s in report["skipped_contacts"]] == [(3, "no_name")]
    assert [(d["line"], d["value"]) for d in report["dropped_values"]] == [
        (2, "BusinessPhone"),
        (3, "not-an-address"),
        (3, "Mobile"),
    ]
    code, out, _ = run(capsys, db_path, "members", "import", str(path), "--skip-invalid")
    assert code == 0  # everyone is there already: nothing needed importing
    assert "added 0, updated 0, skipped 2" in out
    assert "Skipped 1 contact without a usable name or that could not be read." in out


@pytest.mark.parametrize("dry_run", [False, True])
def test_one_rule_for_the_exit_status(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str, dry_run: bool
) -> None:
    extra = ["--dry-run"] if dry_run else []
    nameless = tmp_path / "uden-navne.csv"
    nameless.write_text("Name,E-mail,Phone\n,x,y\n,,\n,@,Fax\n", encoding="utf-8")
    duplicates = tmp_path / "kendte.csv"
    duplicates.write_text("Name,E-mail\nIda Holm,ida@example.dk\n", encoding="utf-8")
    run(capsys, db_path, "members", "import", str(duplicates))

    def status(path: Path, *flags: str) -> int:
        code, _, _ = run(capsys, db_path, "members", "import", str(path), *flags, *extra)
        return code

    assert status(THUNDERBIRD, "--skip-invalid") == 0  # imported without the bad values
    assert status(duplicates) == 0  # nothing needed importing
    assert status(THUNDERBIRD) == 1  # refused: it has problems
    assert status(nameless) == 1  # refused: no contact has a name
    assert status(nameless, "--skip-invalid") == 1
    assert status(CALENDARS[0], "--skip-invalid") == 1  # refused: not a contact list


@pytest.mark.parametrize("path", CALENDARS, ids=lambda p: p.name)
def test_a_calendar_is_named_as_one_and_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, path: Path
) -> None:
    code, out, err = run(capsys, db_path, "members", "import", str(path), "--skip-invalid")
    assert code == 1 and out == ""
    assert_one_line_error(err)
    assert "This is a calendar file (iCalendar), not a contact list." in err
    assert "CSV" not in err
    assert not db_path.exists()  # a refused file creates no database

    code, out, err = run(capsys, db_path, "members", "import", str(path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["errors"] == [
        {"line": 1, "message": "This is a calendar file (iCalendar), not a contact list."}
    ]
    assert (report["skipped_contacts"], report["dropped_values"]) == ([], [])
