"""Round-table minutes on the command line: `minutes add-entry`, `minutes show`, `actions list`,
`export minutes` and `export report`."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pikepdf
import pytest

from coordinator_app.cli.main import main
from coordinator_app.domain.enums import AttendanceStatus, Confidentiality, MeetingStatus
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster
from coordinator_app.services.minutes import ActionInput, EntryInput
from coordinator_app.store.database import Database, open_database
from tests.cli.helpers import assert_one_line_error, run, run_json, usage_error

GROUP = "IT Drift"
DAY = dt.date(2027, 3, 9)
EARLIER = dt.date(2026, 12, 8)
SECRET = "Vi lukker afdelingen i Esbjerg"
ANONYMOUS_TEXT = "Restore-testen fejlede"
SHAREABLE_TEXT = "Chatbotten løser 30 procent"


class Setup:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.ids: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        return self.ids[key]

    def db(self) -> Database:
        return open_database(self.db_path)


@pytest.fixture
def setup(db_path: Path) -> Setup:
    """A group with four members, an earlier meeting with an open action, and a held meeting."""
    result = Setup(db_path)
    db = result.db()
    try:
        group_id = groups.create_group(db, GROUP)
        result.ids["group"] = group_id
        for name, email, company in (
            ("Mette Kjærsgaard", "Mette@PV.example", "Pension Vestkyst"),
            ("Søren Østergaard", "soeren@fjord.example", "Fjordbanken"),
            ("Åse Vestergård", "aase@lyngsoe.example", "Lyngsø Kommune"),
            ("Thomas Skårup", "thomas@pharma.example", "Ørestad Pharma"),
        ):
            result.ids[name] = roster.add_member(
                db,
                group_id,
                PersonInput(name=name, email=email),
                JobInput(company, started_on=dt.date(2015, 1, 1)),
                joined_on=dt.date(2020, 1, 1),
            )
        result.ids["outsider"] = roster.add_member(
            db, None, PersonInput(name="Ude Udenfor", email="ude@example.dk")
        )
        empty = AgendaTemplate(())
        result.ids["earlier"] = planner.create_meeting(
            db, group_id, MeetingInput(EARLIER, status=MeetingStatus.HELD), template=empty
        )
        result.ids["meeting"] = planner.create_meeting(
            db,
            group_id,
            MeetingInput(DAY, theme="NIS2 i praksis", status=MeetingStatus.HELD),
            template=empty,
        )
        result.ids["next"] = planner.create_meeting(
            db, group_id, MeetingInput(dt.date(2027, 6, 2)), template=empty
        )
    finally:
        db.close()
    return result


def fill_minutes(setup: Setup) -> None:
    """Attendance, a round table with every level, a decision, actions and a chosen theme."""
    db = setup.db()
    try:
        mid = setup["meeting"]
        mette, soeren, aase, thomas = (
            setup["Mette Kjærsgaard"],
            setup["Søren Østergaard"],
            setup["Åse Vestergård"],
            setup["Thomas Skårup"],
        )
        minutes.set_attendance(db, mid, mette, AttendanceStatus.PRESENT)
        minutes.set_attendance(db, mid, soeren, AttendanceStatus.LATE)
        minutes.set_attendance(db, mid, aase, AttendanceStatus.PRESENT)
        minutes.add_entry(db, mid, mette, EntryInput(SECRET, ("Omstrukturering",)))
        minutes.add_entry(
            db, mid, thomas, EntryInput(ANONYMOUS_TEXT, level=Confidentiality.ANONYMOUS)
        )
        minutes.add_entry(
            db, mid, aase, EntryInput(SHAREABLE_TEXT, level=Confidentiality.SHAREABLE)
        )
        minutes.add_decision(db, mid, "Referatet deles kun i gruppen.")
        minutes.add_action(
            db, setup["earlier"], ActionInput("Opret gruppens kanal", soeren, dt.date(2027, 1, 8))
        )
        minutes.add_action(db, mid, ActionInput("Del spørgelisten", aase, done_on=DAY))
        theme = minutes.add_theme(db, mid, "Observability", mette, 6)
        minutes.choose_theme(db, theme, apply_to_next=True)
    finally:
        db.close()


def test_help_lists_the_minutes_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "minutes add-entry MEETING_ID EMAIL TEXT [--level group|anonymous|shareable]",
        "minutes show MEETING_ID [--json]",
        "actions list [--open] [--group NAME] [--json]",
        "export minutes MEETING_ID --format pdf|docx|md -o FILE [--omit-confidential]",
        "[--anonymise] [--password-file FILE] [--lang da|en]",
        "export report --group NAME --year YYYY -o FILE.pdf [--lang da|en]",
    ):
        assert command in out


# --- minutes add-entry ------------------------------------------------------------------------


def test_add_entry_marks_each_member_present_while_their_attendance_is_not_set(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup
) -> None:
    mid = str(setup["meeting"])
    code, out, err = run(
        capsys, db_path, "minutes", "add-entry", mid, "METTE@pv.example", "  Ny platform "
    )
    assert (code, err) == (0, "")
    assert out == (
        "Added the round-table status of Mette Kjærsgaard (marked present) at meeting 2 on "
        "2027-03-09 (group).\n"
    )
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert shown["attendance"] == [
        {"member": "Mette Kjærsgaard", "status": "present"},
        {"member": "Søren Østergaard", "status": None},
        {"member": "Thomas Skårup", "status": None},
        {"member": "Åse Vestergård", "status": None},
    ]
    assert shown["entries"] == [
        {"member": "Mette Kjærsgaard", "text": "Ny platform", "level": "group"}
    ]

    # Someone's attendance is recorded now, but not Åse's: her entry marks her present too.
    code, out, _err = run(
        capsys,
        db_path,
        "minutes",
        "add-entry",
        mid,
        "aase@lyngsoe.example",
        "Chatbot",
        "--level",
        "shareable",
    )
    assert code == 0 and "(marked present)" in out and "(shareable)" in out
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert {"member": "Åse Vestergård", "status": "present"} in shown["attendance"]
    assert {"member": "Søren Østergaard", "status": None} in shown["attendance"]
    assert shown["entries"][1] == {
        "member": "Åse Vestergård",
        "text": "Chatbot",
        "level": "shareable",
    }


def test_add_entry_keeps_an_attendance_status_already_set(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup
) -> None:
    db = setup.db()
    try:
        mid = setup["meeting"]
        minutes.set_attendance(db, mid, setup["Søren Østergaard"], AttendanceStatus.LATE)
    finally:
        db.close()
    code, out, _err = run(
        capsys, db_path, "minutes", "add-entry", str(mid), "soeren@fjord.example", "Ny bank"
    )
    assert code == 0 and "(marked present)" not in out
    shown = run_json(capsys, db_path, "minutes", "show", str(mid))
    assert {"member": "Søren Østergaard", "status": "late"} in shown["attendance"]


def test_add_entry_replaces_the_text_of_an_existing_entry(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup
) -> None:
    db = setup.db()
    try:
        mid = setup["meeting"]
        minutes.set_attendance(db, mid, setup["Thomas Skårup"], AttendanceStatus.EXCUSED)
        first = minutes.add_entry(
            db,
            mid,
            setup["Mette Kjærsgaard"],
            EntryInput("Gammel tekst", ("NIS2", "Cloud"), Confidentiality.ANONYMOUS),
        )
    finally:
        db.close()
    code, out, _err = run(
        capsys, db_path, "minutes", "add-entry", str(mid), "mette@pv.example", "Ny tekst"
    )
    assert code == 0
    assert out.startswith(
        "Replaced the round-table status of Mette Kjærsgaard (marked present) at meeting"
    )
    db = setup.db()
    try:
        [entry] = minutes.entries(db, mid)
        # The text changes; the topics and the level stay.
        assert (entry.id, entry.text, entry.topics, entry.level) == (
            first,
            "Ny tekst",
            ("NIS2", "Cloud"),
            Confidentiality.ANONYMOUS,
        )
        # Thomas's attendance (excused) does not keep Mette from being marked present.
        assert (
            next(a for a in minutes.attendance(db, mid) if a.person_id == entry.person_id).status
            is AttendanceStatus.PRESENT
        )
    finally:
        db.close()
    run(
        capsys,
        db_path,
        "minutes",
        "add-entry",
        str(mid),
        "mette@pv.example",
        "X",
        "--level",
        "group",
    )
    db = setup.db()
    try:
        [entry] = minutes.entries(db, mid)
        assert (entry.text, entry.level) == ("X", Confidentiality.GROUP_ONLY)
    finally:
        db.close()


# --- minutes show -------------------------------------------------------------------------------


def test_minutes_show_json(capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup) -> None:
    mid = str(setup["meeting"])
    empty = run_json(capsys, db_path, "minutes", "show", mid)
    assert empty == {
        "attendance": [
            {"member": "Mette Kjærsgaard", "status": None},
            {"member": "Søren Østergaard", "status": None},
            {"member": "Thomas Skårup", "status": None},
            {"member": "Åse Vestergård", "status": None},
        ],
        "entries": [],
        "decisions": [],
        "actions": [],
        "next_theme": "",
        "attendance_notes": [],
        "talks": [],
        "themes": [],
        "speakers": [],
    }
    fill_minutes(setup)
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    # The coordinator's own view: unredacted.
    assert shown == {
        "attendance": [
            {"member": "Mette Kjærsgaard", "status": "present"},
            {"member": "Søren Østergaard", "status": "late"},
            {"member": "Thomas Skårup", "status": None},
            {"member": "Åse Vestergård", "status": "present"},
        ],
        "entries": [
            {"member": "Mette Kjærsgaard", "text": SECRET, "level": "group"},
            {"member": "Thomas Skårup", "text": ANONYMOUS_TEXT, "level": "anonymous"},
            {"member": "Åse Vestergård", "text": SHAREABLE_TEXT, "level": "shareable"},
        ],
        "decisions": [{"text": "Referatet deles kun i gruppen.", "level": "shareable"}],
        "actions": [
            {
                "text": "Opret gruppens kanal",
                "owner": "Søren Østergaard",
                "due": "2027-01-08",
                "done": False,
                "level": "shareable",
            },
            {
                "text": "Del spørgelisten",
                "owner": "Åse Vestergård",
                "due": None,
                "done": True,
                "level": "shareable",
            },
        ],
        "next_theme": "Observability",
        "attendance_notes": [],
        "talks": [],
        "themes": [
            {
                "theme": "Observability",
                "proposed_by": "Mette Kjærsgaard",
                "votes": 6,
                "chosen": True,
                "level": "anonymous",
            }
        ],
        "speakers": [],
    }


def test_minutes_show_as_text(
    capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup
) -> None:
    fill_minutes(setup)
    code, out, err = run(capsys, db_path, "minutes", "show", str(setup["meeting"]))
    assert (code, err) == (0, "")
    assert "Minutes of meeting 2 of “IT Drift” on 2027-03-09 – NIS2 i praksis (draft)" in out
    assert "Mette Kjærsgaard [group]: " + SECRET in out
    assert "1. Referatet deles kun i gruppen." in out
    assert (
        "[ ] Opret gruppens kanal (Søren Østergaard) due 2027-01-08 – open (from 2026-12-08)" in out
    )
    assert "[x] Del spørgelisten (Åse Vestergård) – done 2027-03-09" in out
    assert "Next theme: Observability" in out


# --- actions list -------------------------------------------------------------------------------


def test_actions_list(capsys: pytest.CaptureFixture[str], db_path: Path, setup: Setup) -> None:
    assert run_json(capsys, db_path, "actions", "list") == []
    code, out, _err = run(capsys, db_path, "actions", "list", "--open")
    assert (code, out) == (0, "There are no open action items.\n")
    fill_minutes(setup)
    db = setup.db()
    try:
        other = groups.create_group(db, "Andet")
        other_meeting = planner.create_meeting(db, other, MeetingInput(dt.date(2027, 1, 5)))
        elsewhere = minutes.add_action(db, other_meeting, ActionInput("Andet netværks"))
        ids = [a.id for a in minutes.list_actions(db, group_id=setup["group"])]
    finally:
        db.close()

    listed = run_json(capsys, db_path, "actions", "list", "--group", "it drift")
    assert listed == [
        {
            "id": ids[0],
            "meeting": setup["earlier"],
            "date": "2026-12-08",
            "text": "Opret gruppens kanal",
            "owner": "Søren Østergaard",
            "due": "2027-01-08",
            "done": False,
            "level": "shareable",
        },
        {
            "id": ids[1],
            "meeting": setup["meeting"],
            "date": "2027-03-09",
            "text": "Del spørgelisten",
            "owner": "Åse Vestergård",
            "due": None,
            "done": True,
            "level": "shareable",
        },
    ]
    open_items = run_json(capsys, db_path, "actions", "list", "--open")
    assert [a["id"] for a in open_items] == [ids[0], elsewhere]
    assert [a["id"] for a in run_json(capsys, db_path, "actions", "list")] == [
        ids[0],
        elsewhere,
        ids[1],
    ]
    code, out, err = run(capsys, db_path, "actions", "list", "--group", GROUP)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split() == ["ID", "Meeting", "Action", "Owner", "Due", "Done"]
    assert "Opret gruppens kanal" in out and "2027-03-09" in out


# --- exports ------------------------------------------------------------------------------------


def test_export_minutes_markdown_leaves_out_and_anonymises(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, setup: Setup
) -> None:
    fill_minutes(setup)
    mid = str(setup["meeting"])
    full = tmp_path / "fuldt.md"
    code, out, err = run(
        capsys, db_path, "export", "minutes", mid, "--format", "md", "-o", str(full)
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the minutes of meeting 2 (2027-03-09) to {full}.\n"
    text = full.read_text(encoding="utf-8")
    assert SECRET in text and ANONYMOUS_TEXT in text and "Thomas Skårup" in text

    shared = tmp_path / "delt.md"
    code, out, _err = run(
        capsys,
        db_path,
        "export",
        "minutes",
        mid,
        "--format",
        "md",
        "-o",
        str(shared),
        "--omit-confidential",
        "--anonymise",
        "--lang",
        "en",
    )
    assert code == 0
    assert "1 confidential round-table status left out, 1 round-table status anonymised" in out
    text = shared.read_text(encoding="utf-8")
    assert SECRET not in text and "Omstrukturering" not in text
    assert ANONYMOUS_TEXT in text and SHAREABLE_TEXT in text
    # The anonymous entry is Thomas's: his name and company are gone from the round table
    # (the attendance list still names every member).
    round_table = text.split("## Round table", 1)[1].split("## Decisions", 1)[0]
    assert "Thomas Skårup" not in round_table and "Ørestad Pharma" not in round_table
    assert ANONYMOUS_TEXT in round_table and "Åse Vestergård" in round_table
    assert "A member" in text


def test_export_minutes_docx_and_pdf(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, setup: Setup
) -> None:
    fill_minutes(setup)
    mid = str(setup["meeting"])
    docx = tmp_path / "referat.docx"
    code, _out, err = run(
        capsys, db_path, "export", "minutes", mid, "--format", "docx", "-o", str(docx)
    )
    assert (code, err) == (0, "")
    with zipfile.ZipFile(docx) as archive:
        assert "word/document.xml" in archive.namelist()
    pdf = tmp_path / "referat.pdf"
    code, _out, err = run(
        capsys, db_path, "export", "minutes", mid, "--format", "pdf", "-o", str(pdf)
    )
    assert (code, err) == (0, "")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_minutes_pdf_with_a_password_from_a_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, setup: Setup
) -> None:
    fill_minutes(setup)
    password_file = tmp_path / "kode.txt"
    # The first line, without its line break (Windows too); the rest of the file is ignored.
    password_file.write_bytes("hemmelig kode ø \r\nanden linje\n".encode())
    pdf = tmp_path / "referat.pdf"
    code, out, err = run(
        capsys,
        db_path,
        "export",
        "minutes",
        str(setup["meeting"]),
        "--format",
        "pdf",
        "-o",
        str(pdf),
        "--password-file",
        str(password_file),
    )
    assert (code, err) == (0, "")
    assert "password protected" in out
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(pdf)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(pdf, password="hemmelig kode ø")
    with pikepdf.open(pdf, password="hemmelig kode ø ") as document:
        assert len(document.pages) >= 1


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_password_with_another_format_is_wrong_usage(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, fmt: str
) -> None:
    password_file = tmp_path / "kode.txt"
    password_file.write_text("hemmelig\n", encoding="utf-8")
    out = tmp_path / f"referat.{fmt}"
    err = usage_error(
        capsys,
        db_path,
        "export",
        "minutes",
        "1",
        "--format",
        fmt,
        "-o",
        str(out),
        "--password-file",
        str(password_file),
    )
    assert "--password-file works only with --format pdf" in err
    assert not out.exists()
    assert not db_path.exists()


def test_an_empty_or_missing_password_file_is_an_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, setup: Setup
) -> None:
    empty = tmp_path / "tom.txt"
    empty.write_text("\nhemmelig\n", encoding="utf-8")
    pdf = tmp_path / "referat.pdf"
    for password_file, needle in (
        (empty, "first line is empty"),
        (tmp_path / "nej.txt", "nej.txt"),
    ):
        code, out, err = run(
            capsys,
            db_path,
            "export",
            "minutes",
            str(setup["meeting"]),
            "--format",
            "pdf",
            "-o",
            str(pdf),
            "--password-file",
            str(password_file),
        )
        assert (code, out) == (1, "")
        assert_one_line_error(err)
        assert needle in err
        assert not pdf.exists()


def test_export_report(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, setup: Setup
) -> None:
    fill_minutes(setup)
    for lang in ("da", "en"):
        out_file = tmp_path / f"aarsrapport-{lang}.pdf"
        code, out, err = run(
            capsys,
            db_path,
            "export",
            "report",
            "--group",
            "it drift",
            "--year",
            "2027",
            "-o",
            str(out_file),
            "--lang",
            lang,
        )
        assert (code, err) == (0, "")
        assert out == f"Wrote the annual report 2027 of “IT Drift” (2 meetings) to {out_file}.\n"
        data = out_file.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 1000


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["minutes"],
        ["minutes", "add-entry", "1", "mette@pv.example"],
        ["minutes", "add-entry", "x", "mette@pv.example", "tekst"],
        ["minutes", "add-entry", "1", "mette@pv.example", "tekst", "--level", "secret"],
        ["minutes", "show"],
        ["minutes", "show", "one", "--json"],
        ["actions"],
        ["actions", "list", "--group"],
        ["export", "minutes", "1", "-o", "x.md"],
        ["export", "minutes", "1", "--format", "txt", "-o", "x.txt"],
        ["export", "minutes", "1", "--format", "pdf"],
        ["export", "minutes", "1", "--format", "pdf", "-o", "x.pdf", "--lang", "de"],
        ["export", "report", "--group", "IT Drift", "-o", "x.pdf"],
        ["export", "report", "--group", "IT Drift", "--year", "20x7", "-o", "x.pdf"],
        ["export", "report", "--year", "2027", "-o", "x.pdf"],
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
        (["minutes", "add-entry", "42", "mette@pv.example", "tekst"], "42"),
        (["minutes", "add-entry", "2", "nobody@example.dk", "tekst"], "nobody@example.dk"),
        (["minutes", "add-entry", "2", "ude@example.dk", "tekst"], "was not a member"),
        (["minutes", "add-entry", "2", "mette@pv.example", "x" * 10_001], "at most"),
        (["minutes", "show", "42"], "42"),
        (["minutes", "show", "42", "--json"], "42"),
        (["actions", "list", "--group", "Nobody"], "Nobody"),
        (["export", "minutes", "42", "--format", "md", "-o", "{tmp}/x.pdf"], "42"),
        (
            ["export", "report", "--group", "Nobody", "--year", "2027", "-o", "{tmp}/x.pdf"],
            "Nobody",
        ),
    ],
)
def test_unknown_meetings_people_and_groups_are_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    setup: Setup,
    argv: list[str],
    needle: str,
) -> None:
    code, out, err = run(capsys, db_path, *(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert_one_line_error(err)
    assert needle in err
    assert not (tmp_path / "x.pdf").exists()
    db = setup.db()
    try:
        assert not minutes.attendance_taken(db, setup["meeting"])
        assert minutes.entries(db, setup["meeting"]) == []
    finally:
        db.close()
