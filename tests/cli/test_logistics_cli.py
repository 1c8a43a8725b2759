"""Host-visit logistics on the command line: `signups set`, `logistics show`, `hosts suggest`,
`export visitors`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.cli.main import main
from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.logistics import VisitInput, default_checklist
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, planner, roster
from coordinator_app.store.database import Database, open_database
from tests.cli.helpers import assert_one_line_error, run, run_json, usage_error

GROUP = "IT Drift"
DAY = dt.date(2027, 3, 9)


def with_db(db_path: Path) -> Database:
    return open_database(db_path)


@pytest.fixture
def setup(db_path: Path) -> dict[str, int]:
    """A group with three members, a host company and a meeting there."""
    db = with_db(db_path)
    try:
        group_id = groups.create_group(db, GROUP)
        ids: dict[str, int] = {"group": group_id}
        for name, email, company, diet in (
            ("Mette Kjærsgaard", "Mette@PV.example", "Pension Vestkyst", "vegetar"),
            ("Søren Østergaard", "soeren@fjord.example", "Fjordbanken", ""),
            ("Åse Vestergård", "aase@lyngsoe.example", "Lyngsø Kommune", ""),
        ):
            ids[name] = roster.add_member(
                db,
                group_id,
                PersonInput(name=name, email=email, dietary_needs=diet),
                JobInput(company, started_on=dt.date(2015, 1, 1)),
                joined_on=dt.date(2020, 1, 1),
            )
        host = planner.host_for_name(db, "Pension Vestkyst")
        ids["meeting"] = planner.create_meeting(
            db, group_id, MeetingInput(DAY, theme="Platform engineering", host_id=host)
        )
    finally:
        db.close()
    return ids


def signup_of(db_path: Path, meeting_id: int, name: str) -> logistics.SignupRow:
    db = with_db(db_path)
    try:
        return next(r for r in logistics.signups(db, meeting_id) if r.name == name)
    finally:
        db.close()


def test_help_lists_the_logistics_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "signups set MEETING_ID EMAIL yes|no|maybe [--diet TEXT]",
        "logistics show MEETING_ID",
        "hosts suggest --group NAME",
        "export visitors MEETING_ID -o FILE.pdf [--lang da|en]",
        "export agenda ID -o FILE.pdf",
    ):
        assert command in out


# --- signups set -------------------------------------------------------------------------------


def test_signups_set(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    mid = setup["meeting"]
    code, out, err = run(capsys, db_path, "signups", "set", str(mid), "mette@pv.EXAMPLE", "yes")
    assert (code, err) == (0, "")
    assert out == "Mette Kjærsgaard answered yes to meeting 1 on 2027-03-09.\n"
    row = signup_of(db_path, mid, "Mette Kjærsgaard")
    assert (row.response, row.diet) == (Rsvp.YES, "vegetar")

    code, _out, _err = run(
        capsys, db_path, "signups", "set", str(mid), "mette@pv.example", "maybe", "--diet", " fisk "
    )
    assert code == 0
    row = signup_of(db_path, mid, "Mette Kjærsgaard")
    assert (row.response, row.diet, row.roster_diet) == (Rsvp.MAYBE, "fisk", "vegetar")
    # Without --diet the diet stays.
    run(capsys, db_path, "signups", "set", str(mid), "mette@pv.example", "no")
    row = signup_of(db_path, mid, "Mette Kjærsgaard")
    assert (row.response, row.diet) == (Rsvp.NO, "fisk")


@pytest.mark.parametrize(
    "argv",
    [
        ["signups", "set", "1", "mette@pv.example", "ja"],
        ["signups", "set", "1", "mette@pv.example", "invited"],
        ["signups", "set", "1", "mette@pv.example"],
        ["signups", "set", "one", "mette@pv.example", "yes"],
        ["signups"],
        ["logistics", "show"],
        ["logistics", "show", "x"],
        ["hosts", "suggest"],
        ["export", "visitors", "1"],
        ["export", "visitors", "1", "-o", "x.pdf", "--lang", "de"],
    ],
)
def test_wrong_usage_exits_with_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    usage_error(capsys, db_path, *argv)
    assert not db_path.exists()


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["signups", "set", "42", "mette@pv.example", "yes"], "42"),
        (["signups", "set", "1", "nobody@example.dk", "yes"], "nobody@example.dk"),
        (["logistics", "show", "42"], "42"),
        (["logistics", "show", "42", "--json"], "42"),
        (["hosts", "suggest", "--group", "Nobody"], "Nobody"),
        (["export", "visitors", "42", "-o", "{tmp}/x.pdf"], "42"),
    ],
)
def test_unknown_meetings_people_and_groups_are_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    setup: dict[str, int],
    argv: list[str],
    needle: str,
) -> None:
    code, out, err = run(capsys, db_path, *(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert needle in err
    assert not (tmp_path / "x.pdf").exists()
    assert signup_of(db_path, setup["meeting"], "Mette Kjærsgaard").signup_id is None


# --- logistics show ----------------------------------------------------------------------------


def test_logistics_show_json(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    mid = setup["meeting"]
    empty = run_json(capsys, db_path, "logistics", "show", str(mid))
    template = default_checklist("da")
    assert empty == {
        "host": "Pension Vestkyst",
        "contact": "",
        "address": "",
        "yes": 0,
        "no": 0,
        "maybe": 0,
        "diets": {},
        "checklist": [
            {
                "title": item.title,
                "due": (DAY + dt.timedelta(days=item.offset_days)).isoformat(),
                "done": False,
            }
            for item in template.items
        ],
    }

    db = with_db(db_path)
    try:
        logistics.save_visit(
            db,
            mid,
            VisitInput(contact_person_id=setup["Mette Kjærsgaard"], address="Havnepladsen 4"),
        )
        logistics.set_signup(db, mid, setup["Søren Østergaard"], Rsvp.YES, diet="Glutenfri ")
        logistics.set_signup(db, mid, setup["Åse Vestergård"], Rsvp.NO)
        logistics.add_guest(db, mid, logistics.GuestInput("Mikkel", diet="vegansk"))
        first = logistics.checklist(db, mid, DAY)[0]
        logistics.set_done(db, first.id, dt.date(2026, 12, 1))
    finally:
        db.close()
    run(capsys, db_path, "signups", "set", str(mid), "mette@pv.example", "maybe")

    shown = run_json(capsys, db_path, "logistics", "show", str(mid))
    assert set(shown) == {
        "host",
        "contact",
        "address",
        "yes",
        "no",
        "maybe",
        "diets",
        "checklist",
    }
    assert (shown["contact"], shown["address"]) == ("Mette Kjærsgaard", "Havnepladsen 4")
    assert (shown["yes"], shown["no"], shown["maybe"]) == (2, 1, 1)
    assert shown["diets"] == {"glutenfri": 1, "vegansk": 1}
    assert shown["checklist"][0] == {
        "title": first.title,
        "due": first.due.isoformat(),
        "done": True,
    }
    assert all(set(task) == {"title", "due", "done"} for task in shown["checklist"])


def test_logistics_show_as_text(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    mid = setup["meeting"]
    run(capsys, db_path, "signups", "set", str(mid), "mette@pv.example", "yes")
    code, out, err = run(capsys, db_path, "logistics", "show", str(mid))
    assert (code, err) == (0, "")
    assert "Meeting 1 of “IT Drift” on 2027-03-09 – Platform engineering" in out
    assert "Host:     Pension Vestkyst" in out
    assert "1 yes (0 guests), 0 no, 0 maybe, 2 not answered" in out
    assert "vegetar 1" in out
    assert default_checklist("da").items[0].title in out


# --- hosts suggest -----------------------------------------------------------------------------


def test_hosts_suggest(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    db = with_db(db_path)
    try:
        planner.set_status(db, setup["meeting"], MeetingStatus.CANCELLED)  # does not count
        for company, date, status in (
            ("Fjordbanken", dt.date(2020, 3, 10), MeetingStatus.HELD),
            ("Lyngsø Kommune", dt.date(2199, 3, 10), MeetingStatus.PLANNED),  # booked
        ):
            host = planner.host_for_name(db, company)
            planner.create_meeting(
                db, setup["group"], MeetingInput(date, host_id=host, status=status)
            )
    finally:
        db.close()
    suggested = run_json(capsys, db_path, "hosts", "suggest", "--group", "it drift")
    assert suggested == [
        {"company": "Pension Vestkyst", "last_hosted": None},
        {"company": "Fjordbanken", "last_hosted": "2020-03-10"},
        {"company": "Lyngsø Kommune", "last_hosted": None},
    ]

    code, out, err = run(capsys, db_path, "hosts", "suggest", "--group", GROUP)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["#", "Company", "Last", "hosted", "Booked"]
    assert lines[1].split() == ["1", "Pension", "Vestkyst", "never"]
    assert lines[2].split() == ["2", "Fjordbanken", "2020-03-10"]
    assert lines[3].split() == ["3", "Lyngsø", "Kommune", "never", "2199-03-10"]


def test_hosts_suggest_of_a_group_without_members(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    db = with_db(db_path)
    try:
        groups.create_group(db, "Tom")
    finally:
        db.close()
    assert run_json(capsys, db_path, "hosts", "suggest", "--group", "Tom") == []
    code, out, _err = run(capsys, db_path, "hosts", "suggest", "--group", "Tom")
    assert code == 0 and "No member company" in out


# --- export visitors ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_visitors_pdf(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    setup: dict[str, int],
    lang: str,
) -> None:
    mid = setup["meeting"]
    run(capsys, db_path, "signups", "set", str(mid), "mette@pv.example", "yes")
    run(capsys, db_path, "signups", "set", str(mid), "aase@lyngsoe.example", "yes")
    run(capsys, db_path, "signups", "set", str(mid), "soeren@fjord.example", "no")
    out_file = tmp_path / f"visitors-{lang}.pdf"
    code, out, err = run(
        capsys, db_path, "export", "visitors", str(mid), "-o", str(out_file), "--lang", lang
    )
    assert (code, err) == (0, "")
    assert f"Wrote the visitor list of meeting {mid} (2027-03-09, 2 visitors)" in out
    data = out_file.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000


def test_the_cli_json_is_stable_for_a_meeting_without_host(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: dict[str, int]
) -> None:
    db = with_db(db_path)
    try:
        mid = planner.create_meeting(db, setup["group"], MeetingInput(dt.date(2027, 6, 2)))
    finally:
        db.close()
    shown: dict[str, Any] = run_json(capsys, db_path, "logistics", "show", str(mid))
    assert (shown["host"], shown["contact"], shown["address"]) == ("", "", "")
