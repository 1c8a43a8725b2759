"""The year plan on the command line: `plan suggest`, `meetings …`, `export ics|agenda`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
from sqlalchemy import func, select

from coordinator_app.cli.main import main
from coordinator_app.domain.enums import AttendanceStatus, MeetingStatus
from coordinator_app.domain.people import PersonInput
from coordinator_app.services import minutes, planner, roster
from coordinator_app.store.database import open_database
from coordinator_app.store.models import Meeting, Organisation
from tests.cli.helpers import assert_one_line_error, run, run_json, usage_error

GROUP = "IT Drift"


@pytest.fixture
def group(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, _out, err = run(capsys, db_path, "groups", "add", GROUP)
    assert code == 0, err
    return GROUP


def add(capsys: pytest.CaptureFixture[str], db_path: Path, date: str, *args: str) -> int:
    result = run_json(capsys, db_path, "meetings", "add", "--group", GROUP, "--date", date, *args)
    assert set(result) == {"id"}
    meeting_id: int = result["id"]
    return meeting_id


def listing(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = run_json(capsys, db_path, "meetings", "list", *args)
    return rows


def organisations(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        with db.reading() as session:
            return list(session.scalars(select(Organisation.name).order_by(Organisation.id)))
    finally:
        db.close()


def count_meetings(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        with db.reading() as session:
            return session.scalar(select(func.count(Meeting.id))) or 0
    finally:
        db.close()


# --- plan suggest ------------------------------------------------------------------------------


def test_help_lists_the_planner_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "plan suggest --group NAME --year YYYY",
        "meetings add --group NAME --date YYYY-MM-DD",
        "meetings list",
        "meetings move ID --date YYYY-MM-DD",
        "meetings cancel ID",
        "export ics --group NAME --year YYYY -o FILE",
        "export agenda ID -o FILE.pdf",
    ):
        assert command in out


def test_plan_suggest_json(capsys: pytest.CaptureFixture[str], db_path: Path, group: str) -> None:
    proposals = run_json(capsys, db_path, "plan", "suggest", "--group", group, "--year", "2027")
    assert isinstance(proposals, list) and len(proposals) == 4
    for proposal in proposals:
        assert set(proposal) == {"date", "warnings"}
        assert proposal["warnings"] == []
        assert dt.date.fromisoformat(proposal["date"]).weekday() == 1  # Tuesday by default
    assert [p["date"] for p in proposals] == sorted(p["date"] for p in proposals)

    thursdays = run_json(
        capsys,
        db_path,
        "plan",
        "suggest",
        "--group",
        group,
        "--year",
        "2028",
        "--weekday",
        "thu",
        "--count",
        "6",
    )
    assert len(thursdays) == 6
    assert {dt.date.fromisoformat(p["date"]).weekday() for p in thursdays} == {3}
    assert {p["date"][:4] for p in thursdays} == {"2028"}


def test_plan_suggest_as_a_table_and_around_existing_meetings(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, _err = run(capsys, db_path, "plan", "suggest", "--group", group, "--year", "2027")
    assert code == 0
    assert out.splitlines()[0].split() == ["Date", "Week", "Warnings"]
    assert len(out.splitlines()) == 5
    add(capsys, db_path, "2027-05-04")
    proposals = run_json(capsys, db_path, "plan", "suggest", "--group", group, "--year", "2027")
    assert len(proposals) == 3
    assert "2027-05-04" not in [p["date"] for p in proposals]
    single = ("plan", "suggest", "--group", group, "--year", "2027", "--count", "1")
    assert run_json(capsys, db_path, *single) == []
    code, out, _err = run(capsys, db_path, *single)
    assert code == 0
    assert "already has its meetings in 2027" in out


# --- meetings ----------------------------------------------------------------------------------


def test_meetings_add_and_list(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    first = add(
        capsys,
        db_path,
        "2027-09-07",
        "--start",
        "10:00",
        "--end",
        "15:30",
        "--host",
        "Fjordbanken A/S",
        "--new-host",
        "--theme",
        "NIS2 i praksis",
    )
    second = add(capsys, db_path, "2027-03-09")
    add(capsys, db_path, "2028-03-07")
    rows = listing(capsys, db_path, "--group", group, "--year", "2027")
    assert rows == [
        {
            "id": second,
            "group": GROUP,
            "date": "2027-03-09",
            "start": "09:30",
            "end": "16:00",
            "theme": "",
            "host": "",
            "status": "planned",
            "held": False,
        },
        {
            "id": first,
            "group": GROUP,
            "date": "2027-09-07",
            "start": "10:00",
            "end": "15:30",
            "theme": "NIS2 i praksis",
            "host": "Fjordbanken A/S",
            "status": "planned",
            "held": False,
        },
    ]
    assert len(listing(capsys, db_path)) == 3
    assert len(listing(capsys, db_path, "--year", "2028")) == 1
    assert listing(capsys, db_path, "--year", "2026") == []

    code, out, _err = run(capsys, db_path, "meetings", "list", "--year", "2027")
    assert code == 0
    assert "NIS2 i praksis" in out and "10:00-15:30" in out and "Fjordbanken A/S" in out


def test_meetings_add_without_json(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, err = run(
        capsys, db_path, "meetings", "add", "--group", group, "--date", "2027-03-09"
    )
    assert (code, err) == (0, "")
    assert out.startswith("Added meeting 1 of “IT Drift” on 2027-03-09")
    code, out, _err = run(capsys, db_path, "meetings", "list")
    assert "2027-03-09" in out
    db = open_database(db_path)
    try:
        assert planner.agenda(db, 1).items[0].data.title == "Ankomst og kaffe"
    finally:
        db.close()


def test_a_new_host_company_is_created_once(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    add(capsys, db_path, "2027-03-09", "--host", "New Company", "--new-host")
    assert organisations(db_path) == ["New Company"]
    add(capsys, db_path, "2027-09-07", "--host", "new  company")
    assert organisations(db_path) == ["New Company"]
    add(capsys, db_path, "2027-12-07", "--host", "NEW COMPANY", "--new-host")
    assert organisations(db_path) == ["New Company"]
    assert {r["host"] for r in listing(capsys, db_path)} == {"New Company"}


def test_a_typo_in_the_host_creates_no_company(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    add(capsys, db_path, "2027-03-09", "--host", "Fjordbanken A/S", "--new-host")
    add(capsys, db_path, "2027-06-08", "--host", "Havørn", "--new-host")
    code, out, err = run(
        capsys,
        db_path,
        *("meetings", "add", "--group", group, "--date", "2027-09-07"),
        *("--host", "Fjordbanken A/"),
    )
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert "Unknown company “Fjordbanken A/”; known: Fjordbanken A/S, Havørn" in err
    assert "--new-host" in err
    assert organisations(db_path) == ["Fjordbanken A/S", "Havørn"]
    assert count_meetings(db_path) == 2
    # However it is written, a known company is found: "HAVØRN" is Havørn.
    add(capsys, db_path, "2027-09-07", "--host", "HAVØRN")
    assert organisations(db_path) == ["Fjordbanken A/S", "Havørn"]


def test_adding_on_a_holiday_warns_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, err = run(
        capsys, db_path, "meetings", "add", "--group", group, "--date", "2027-05-06", "--json"
    )
    assert code == 0
    assert set(json.loads(out)) == {"id"}
    assert err.strip() == "warning: 2027-05-06: public holiday: Ascension Day"


def test_meetings_move(capsys: pytest.CaptureFixture[str], db_path: Path, group: str) -> None:
    mid = add(capsys, db_path, "2027-03-09")
    code, out, err = run(capsys, db_path, "meetings", "move", str(mid), "--date", "2027-03-16")
    assert (code, err) == (0, "")
    assert out.strip() == f"Moved meeting {mid} from 2027-03-09 to 2027-03-16."
    code, out, err = run(capsys, db_path, "meetings", "move", str(mid), "--date", "2027-05-06")
    assert code == 0
    assert "from 2027-03-16 to 2027-05-06" in out
    assert err.strip() == "warning: 2027-05-06: public holiday: Ascension Day"
    assert listing(capsys, db_path)[0]["date"] == "2027-05-06"
    db = open_database(db_path)
    try:
        assert planner.meeting(db, mid).ical_sequence == 2
    finally:
        db.close()


def test_moving_close_to_another_meeting_warns(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    add(capsys, db_path, "2027-03-09")
    mid = add(capsys, db_path, "2027-09-07")
    code, _out, err = run(capsys, db_path, "meetings", "move", str(mid), "--date", "2027-03-30")
    assert code == 0
    assert err.strip() == "warning: 2027-03-30: only 21 days from the meeting on 2027-03-09"


def test_meetings_cancel(capsys: pytest.CaptureFixture[str], db_path: Path, group: str) -> None:
    mid = add(capsys, db_path, "2027-03-09")
    code, out, _err = run(capsys, db_path, "meetings", "cancel", str(mid))
    assert code == 0
    assert out.strip() == f"Cancelled meeting {mid} on 2027-03-09."
    [row] = listing(capsys, db_path)
    assert row["status"] == MeetingStatus.CANCELLED.value
    code, out, _err = run(capsys, db_path, "meetings", "cancel", str(mid))
    assert code == 0
    assert "already cancelled" in out
    db = open_database(db_path)
    try:
        assert planner.meeting(db, mid).ical_sequence == 1
    finally:
        db.close()


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["meetings", "add", "--group", GROUP, "--date", "2027-02-30"],
        ["meetings", "add", "--group", GROUP, "--date", "09-03-2027"],
        ["meetings", "add", "--group", GROUP, "--date", "0001-01-01"],
        ["meetings", "add", "--group", GROUP, "--date", "9999-12-31"],
        ["meetings", "add", "--group", GROUP],
        ["meetings", "add", "--group", GROUP, "--date", "2027-03-09", "--start", "25:00"],
        ["meetings", "add", "--group", GROUP, "--date", "2027-03-09", "--start", "9.30"],
        ["meetings", "add", "--group", GROUP, "--date", "2027-03-09", "--end", "16:00:00"],
        ["meetings", "move", "1", "--date", "tomorrow"],
        ["meetings", "move", "1", "--date", "0001-01-01"],
        ["meetings", "move", "one", "--date", "2027-03-09"],
        ["meetings", "cancel"],
        ["meetings", "list", "--year", "20x7"],
        ["plan", "suggest", "--group", GROUP, "--year", "1800"],
        ["plan", "suggest", "--group", GROUP, "--year", "2027", "--count", "0"],
        ["plan", "suggest", "--group", GROUP, "--year", "2027", "--count", "13"],
        ["plan", "suggest", "--group", GROUP, "--year", "2027", "--weekday", "sat"],
        ["plan", "suggest", "--group", GROUP],
        ["export", "ics", "--group", GROUP, "--year", "2027"],
        ["export", "ics", "--group", GROUP, "--year", "year", "-o", "x.ics"],
        ["export", "agenda", "1", "-o", "x.pdf", "--lang", "de"],
    ],
)
def test_wrong_usage_exits_with_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    usage_error(capsys, db_path, *argv)
    assert not db_path.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "suggest", "--group", "Nobody", "--year", "2027"],
        ["meetings", "add", "--group", "Nobody", "--date", "2027-03-09"],
        ["meetings", "list", "--group", "Nobody"],
        ["export", "ics", "--group", "Nobody", "--year", "2027", "-o", "{tmp}/x.ics"],
    ],
)
def test_an_unknown_group_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str, argv: list[str]
) -> None:
    code, out, err = run(capsys, db_path, *(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert "Nobody" in err
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["meetings", "move", "42", "--date", "2027-03-09"],
        ["meetings", "cancel", "42"],
        ["export", "agenda", "42", "-o", "{tmp}/x.pdf"],
    ],
)
def test_an_unknown_meeting_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str, argv: list[str]
) -> None:
    code, out, err = run(capsys, db_path, *(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert "42" in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_invalid_meeting_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    code, out, err = run(
        capsys,
        db_path,
        *("meetings", "add", "--group", group, "--date", "2027-03-09"),
        *("--start", "16:00", "--end", "09:30", "--host", "Ghost Company"),
    )
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert "end after it starts" in err
    assert count_meetings(db_path) == 0
    assert organisations(db_path) == []


# --- exports -----------------------------------------------------------------------------------


def test_export_ics(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str
) -> None:
    first = add(
        capsys,
        db_path,
        "2027-03-09",
        *("--theme", "AI i driften", "--host", "Fjordbanken", "--new-host"),
    )
    second = add(capsys, db_path, "2027-09-07")
    add(capsys, db_path, "2028-03-07")
    run(capsys, db_path, "meetings", "cancel", str(second))
    out_file = tmp_path / "plan.ics"
    code, out, err = run(
        capsys, db_path, "export", "ics", "--group", group, "--year", "2027", "-o", str(out_file)
    )
    assert (code, err) == (0, "")
    assert "Wrote 2 meetings of “IT Drift”" in out
    calendar = icalendar.Calendar.from_ical(out_file.read_bytes())
    events = list(calendar.walk("VEVENT"))
    db = open_database(db_path)
    try:
        uids = {planner.meeting(db, mid).ical_uid: mid for mid in (first, second)}
    finally:
        db.close()
    assert {str(e["UID"]) for e in events} == set(uids)
    by_uid = {uids[str(e["UID"])]: e for e in events}
    assert "AI i driften" in str(by_uid[first]["SUMMARY"])
    assert by_uid[first].decoded("DTSTART").date() == dt.date(2027, 3, 9)
    assert str(by_uid[second]["STATUS"]) == "CANCELLED"
    assert by_uid[second].decoded("SEQUENCE") == 1


def test_export_ics_of_an_empty_year(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str
) -> None:
    out_file = tmp_path / "empty.ics"
    code, out, _err = run(
        capsys, db_path, "export", "ics", "--group", group, "--year", "2030", "-o", str(out_file)
    )
    assert code == 0
    assert "Wrote 0 meetings" in out
    assert list(icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_agenda_pdf(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, group: str, lang: str
) -> None:
    mid = add(
        capsys,
        db_path,
        "2027-03-09",
        *("--theme", "Observability", "--host", "Havørn A/S", "--new-host"),
    )
    out_file = tmp_path / f"agenda-{lang}.pdf"
    code, out, err = run(
        capsys, db_path, "export", "agenda", str(mid), "-o", str(out_file), "--lang", lang
    )
    assert (code, err) == (0, "")
    assert f"Wrote the agenda of meeting {mid} (2027-03-09)" in out
    data = out_file.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000


def test_meetings_list_says_which_meetings_were_held(
    capsys: pytest.CaptureFixture[str], db_path: Path, group: str
) -> None:
    day = dt.date.today() - dt.timedelta(days=20)
    held = add(capsys, db_path, day.isoformat())
    quiet = add(capsys, db_path, (day - dt.timedelta(days=50)).isoformat())
    cancelled = add(capsys, db_path, (day - dt.timedelta(days=100)).isoformat())
    db = open_database(db_path)
    try:
        gid = planner.meeting(db, held).group_id
        person = roster.add_member(db, gid, PersonInput(name="Mette Kjær"), None)
        for meeting_id in (held, cancelled):
            minutes.set_attendance(db, meeting_id, person, AttendanceStatus.PRESENT)
        planner.set_status(db, cancelled, MeetingStatus.CANCELLED)
    finally:
        db.close()
    rows = {row["id"]: (row["status"], row["held"]) for row in listing(capsys, db_path)}
    assert rows == {
        held: ("held", True),
        quiet: ("planned", False),
        cancelled: ("cancelled", False),
    }
    code, out, _err = run(capsys, db_path, "meetings", "list")
    assert code == 0 and "held" in out
