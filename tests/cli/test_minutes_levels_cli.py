"""Sharing levels on the command line: `minutes add-decision`, `minutes add-action`,
`minutes set-attendance`, the levels in `minutes show --json`, and `export minutes` keeping to
them in the bytes it writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.domain.enums import AgendaKind, AttendanceStatus, Confidentiality
from coordinator_app.domain.meetings import AgendaItemInput, AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster, talk_notes
from coordinator_app.services.minutes import SpeakerInput
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run, run_json, usage_error

DAY = dt.date(2027, 3, 9)
NOTE = "Meldte afbud – bestyrelsesmøde BOARD-7731"
GROUP_DECISION = "BESLUTNING-GRUPPE-4410"
SHARED_DECISION = "BESLUTNING-DELBAR-5521"
GROUP_ACTION = "OPGAVE-GRUPPE-6632"


@pytest.fixture
def meeting_id(db_path: Path) -> int:
    """A held meeting of a group with two members."""
    db = open_database(db_path)
    try:
        group_id = groups.create_group(db, "IT Drift")
        for name, email in (
            ("Mette Kjærsgaard", "mette@pv.example"),
            ("Søren Østergaard", "soeren@fjord.example"),
        ):
            roster.add_member(
                db,
                group_id,
                PersonInput(name=name, email=email),
                JobInput("Firma", started_on=dt.date(2015, 1, 1)),
                joined_on=dt.date(2020, 1, 1),
            )
        return planner.create_meeting(
            db, group_id, MeetingInput(DAY, theme="NIS2"), template=AgendaTemplate(())
        )
    finally:
        db.close()


def _export(
    capsys: pytest.CaptureFixture[str], db_path: Path, mid: int, out: Path, *options: str
) -> bytes:
    code, _out, err = run(
        capsys, db_path, "export", "minutes", str(mid), "--format", "md", "-o", str(out), *options
    )
    assert code == 0, err
    return out.read_bytes()


def test_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "minutes add-decision MEETING_ID TEXT [--level group|anonymous|shareable]",
        "minutes add-action MEETING_ID TEXT [--owner EMAIL] [--due YYYY-MM-DD]",
        "minutes set-attendance MEETING_ID EMAIL present|absent|excused|late|left-early",
    ):
        assert command in out


def test_an_attendance_note_is_group_only_and_left_out(
    capsys: pytest.CaptureFixture[str], db_path: Path, meeting_id: int, tmp_path: Path
) -> None:
    mid = str(meeting_id)
    code, out, err = run(
        capsys,
        db_path,
        "minutes",
        "set-attendance",
        mid,
        "Mette@PV.example",
        "excused",
        "--note",
        NOTE,
    )
    assert (code, err) == (0, "")
    assert out == (
        "Set the attendance of Mette Kjærsgaard at meeting 1 on 2027-03-09 to excused "
        "(note: group).\n"
    )
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert shown["attendance_notes"] == [
        {"member": "Mette Kjærsgaard", "note": NOTE, "level": "group"}
    ]
    secret = NOTE.encode("utf-8")
    assert secret in _export(capsys, db_path, meeting_id, tmp_path / "all.md")
    left_out = _export(capsys, db_path, meeting_id, tmp_path / "omit.md", "--omit-confidential")
    assert secret not in left_out and b"BOARD-7731" not in left_out
    assert "Mette Kjærsgaard".encode() in left_out  # the member is still on the list

    # Shareable: it goes out; a status change alone keeps the note and its level.
    run(capsys, db_path, "minutes", "set-attendance", mid, "mette@pv.example", "excused",
        "--note", NOTE, "--level", "shareable")  # fmt: skip
    code, out, _err = run(capsys, db_path, "minutes", "set-attendance", mid, "mette@pv.example",
                          "left-early")  # fmt: skip
    assert code == 0 and "to left early (note: shareable)" in out
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert shown["attendance_notes"] == [
        {"member": "Mette Kjærsgaard", "note": NOTE, "level": "shareable"}
    ]
    assert {"member": "Mette Kjærsgaard", "status": "left_early"} in shown["attendance"]
    kept = _export(capsys, db_path, meeting_id, tmp_path / "kept.md", "--omit-confidential")
    assert secret in kept


def test_set_attendance_refuses_what_it_cannot_record(
    capsys: pytest.CaptureFixture[str], db_path: Path, meeting_id: int
) -> None:
    mid = str(meeting_id)
    code, _out, err = run(
        capsys, db_path, "minutes", "set-attendance", mid, "nobody@example.dk", "present"
    )
    assert code == 1 and "nobody@example.dk" in err
    assert_one_line_error(err)
    assert "invalid choice" in usage_error(
        capsys, db_path, "minutes", "set-attendance", mid, "mette@pv.example", "asleep"
    )
    code, _out, err = run(
        capsys, db_path, "minutes", "set-attendance", "999", "mette@pv.example", "present"
    )
    assert code == 1
    assert_one_line_error(err)
    code, _out, err = run(
        capsys,
        db_path,
        "minutes",
        "set-attendance",
        mid,
        "mette@pv.example",
        "present",
        "--note",
        "x" * 10_001,
    )
    assert code != 0 and "10,000" in err
    assert run_json(capsys, db_path, "minutes", "show", mid)["attendance_notes"] == []


def test_decisions_by_level_in_the_export(
    capsys: pytest.CaptureFixture[str], db_path: Path, meeting_id: int, tmp_path: Path
) -> None:
    mid = str(meeting_id)
    code, out, err = run(
        capsys, db_path, "minutes", "add-decision", mid, GROUP_DECISION, "--level", "group"
    )
    assert (code, err) == (0, "")
    assert out == "Added decision 1 to meeting 1 on 2027-03-09 (group).\n"
    code, out, _err = run(capsys, db_path, "minutes", "add-decision", mid, SHARED_DECISION)
    assert out.endswith("(shareable).\n")  # a decision is the group's own outcome
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert shown["decisions"] == [
        {"text": GROUP_DECISION, "level": "group"},
        {"text": SHARED_DECISION, "level": "shareable"},
    ]
    data = _export(capsys, db_path, meeting_id, tmp_path / "omit.md", "--omit-confidential")
    assert GROUP_DECISION.encode() not in data
    assert SHARED_DECISION.encode() in data
    assert GROUP_DECISION.encode() in _export(capsys, db_path, meeting_id, tmp_path / "all.md")
    # The same in the PDF: the decompressed streams are searched in tests/exchange; here the
    # command line's own summary says how many were left out.
    code, out, _err = run(
        capsys, db_path, "export", "minutes", mid, "--format", "pdf", "-o",
        str(tmp_path / "x.pdf"), "--omit-confidential",
    )  # fmt: skip
    assert code == 0 and "1 other confidential text left out" in out
    code, _out, err = run(capsys, db_path, "minutes", "add-decision", mid, "   ")
    assert code != 0
    assert_one_line_error(err)
    assert "invalid choice" in usage_error(
        capsys, db_path, "minutes", "add-decision", mid, "x", "--level", "public"
    )


def test_actions_with_owner_due_and_level(
    capsys: pytest.CaptureFixture[str], db_path: Path, meeting_id: int, tmp_path: Path
) -> None:
    mid = str(meeting_id)
    code, out, err = run(
        capsys,
        db_path,
        "minutes",
        "add-action",
        mid,
        GROUP_ACTION,
        "--owner",
        "soeren@fjord.example",
        "--due",
        "2027-04-01",
        "--level",
        "group",
    )
    assert (code, err) == (0, "")
    assert out == (
        "Added action item 1 (Søren Østergaard, due 2027-04-01) to meeting 1 on 2027-03-09 "
        "(group).\n"
    )
    run(capsys, db_path, "minutes", "add-action", mid, "Dele slides", "--owner",
        "mette@pv.example", "--level", "anonymous")  # fmt: skip
    shown = run_json(capsys, db_path, "minutes", "show", mid)
    assert shown["actions"] == [
        {
            "text": GROUP_ACTION,
            "owner": "Søren Østergaard",
            "due": "2027-04-01",
            "done": False,
            "level": "group",
        },
        {
            "text": "Dele slides",
            "owner": "Mette Kjærsgaard",
            "due": None,
            "done": False,
            "level": "anonymous",
        },
    ]
    strict = _export(
        capsys, db_path, meeting_id, tmp_path / "s.md", "--omit-confidential", "--anonymise"
    )
    assert GROUP_ACTION.encode() not in strict
    text = strict.decode("utf-8")
    follow_up = text[text.index("## Opfølgning") : text.index("## Næste møde")]
    assert "Dele slides" in follow_up and "Et medlem" in follow_up
    # The owner of the anonymous item is not named with it (she stays on the attendance list).
    assert "Mette Kjærsgaard" not in follow_up and "Søren Østergaard" not in follow_up
    assert "Mette Kjærsgaard" in text
    code, _out, err = run(
        capsys, db_path, "minutes", "add-action", mid, "x", "--owner", "nobody@example.dk"
    )
    assert code == 1 and "nobody@example.dk" in err
    assert_one_line_error(err)
    assert "not a date" in usage_error(
        capsys, db_path, "minutes", "add-action", mid, "x", "--due", "01-04-2027"
    )
    assert len(run_json(capsys, db_path, "minutes", "show", mid)["actions"]) == 2


def test_show_gives_every_level(
    capsys: pytest.CaptureFixture[str], db_path: Path, meeting_id: int
) -> None:
    db = open_database(db_path)
    try:
        row = planner.meeting(db, meeting_id)
        person = next(iter(minutes.attendance(db, meeting_id))).person_id
        talk = planner.add_agenda_item(
            db, meeting_id, AgendaItemInput("Oplæg", AgendaKind.TALK, 45, notes="Til dagsordenen")
        )
        # The minutes show what was noted under the talk in the minutes, not the agenda's note.
        talk_notes.set_talk_notes(db, talk, "Noter")
        planner.add_agenda_item(db, meeting_id, AgendaItemInput("Frokost", AgendaKind.LUNCH, 45))
        minutes.add_theme(db, meeting_id, "Cloud", person, 3)
        minutes.add_speaker(
            db, row.group_id, SpeakerInput("NIS2", proposed_by_id=person, notes="Spurgt")
        )
        minutes.set_attendance(db, meeting_id, person, AttendanceStatus.PRESENT)
    finally:
        db.close()
    shown = run_json(capsys, db_path, "minutes", "show", str(meeting_id))
    assert shown["talks"] == [{"title": "Oplæg", "notes": "Noter", "level": "group"}]
    assert shown["themes"] == [
        {
            "theme": "Cloud",
            "proposed_by": "Mette Kjærsgaard",
            "votes": 3,
            "chosen": False,
            "level": "anonymous",
        }
    ]
    assert shown["speakers"] == [
        {
            "topic": "NIS2",
            "speaker": "",
            "proposed_by": "Mette Kjærsgaard",
            "status": "idea",
            "notes": "Spurgt",
            "level": "group",
        }
    ]
    assert shown["attendance_notes"] == []  # present, without a note
    assert {level.value for level in Confidentiality} == {"group", "anonymous", "shareable"}
