"""`export invitations` and `signups import-replies` on the command line."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import shutil
from pathlib import Path

import pytest
from icalendar import Calendar

from coordinator_app.domain.enums import AgendaKind, MeetingStatus, Rsvp
from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.services import groups, logistics, planner
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run
from tests.replies_world import CLIENT_REPLIES, REPLIES, ReplyWorld, make_world


@pytest.fixture
def world(db_path: Path) -> ReplyWorld:
    db = open_database(db_path)
    try:
        return make_world(db)
    finally:
        db.close()


def _calendar(path: Path) -> Calendar:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return Calendar.from_ical(payload)


def test_export_writes_one_draft_per_member_named_after_the_member(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: ReplyWorld, tmp_path: Path
) -> None:
    out = tmp_path / "invitationer"
    code, stdout, err = run(
        capsys, db_path, "export", "invitations", str(world.march), "-o", str(out)
    )
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [
        "Anna Jensen.eml",
        "Bo Nielsen.eml",
        "Carl Holm.eml",
        "Dorte Vang.eml",
        "Erik Lund.eml",
        "Frida Møller.eml",
    ]
    assert "Wrote 6 invitations for meeting" in stdout and "SEQUENCE 0" in stdout
    calendar = _calendar(out / "Anna Jensen.eml")
    [event] = calendar.walk("VEVENT")
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(event["ATTENDEE"]) == "mailto:ANNA.Jensen@Fjordbanken.dk"
    assert b"bo.nielsen" not in (out / "Anna Jensen.eml").read_bytes()


def test_after_a_move_and_a_cancel_it_writes_updates_then_cancellations(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: ReplyWorld, tmp_path: Path
) -> None:
    db = open_database(db_path)
    try:
        planner.add_agenda_item(db, world.march, AgendaItemInput("Oplæg", AgendaKind.TALK, 45))
    finally:
        db.close()
    code, _out, err = run(
        capsys, db_path, "export", "invitations", str(world.march), "-o", str(tmp_path / "0")
    )
    assert code == 0, err
    [event] = _calendar(tmp_path / "0" / "Bo Nielsen.eml").walk("VEVENT")
    assert int(str(event["SEQUENCE"])) == 0  # a new agenda asks no one to answer again
    db = open_database(db_path)
    try:
        planner.move_meeting(db, world.march, planner.meeting(db, world.march).date.replace(day=16))
    finally:
        db.close()
    code, _out, err = run(
        capsys, db_path, "export", "invitations", str(world.march), "-o", str(tmp_path / "a")
    )
    assert code == 0, err
    [event] = _calendar(tmp_path / "a" / "Bo Nielsen.eml").walk("VEVENT")
    assert int(str(event["SEQUENCE"])) == 1
    db = open_database(db_path)
    try:
        planner.set_status(db, world.march, MeetingStatus.CANCELLED)
    finally:
        db.close()
    code, stdout, err = run(
        capsys, db_path, "export", "invitations", str(world.march), "-o", str(tmp_path / "b")
    )
    assert code == 0, err
    assert "Wrote 6 cancellations" in stdout
    path = tmp_path / "b" / "Bo Nielsen (aflyst).eml"
    calendar = _calendar(path)
    [event] = calendar.walk("VEVENT")
    assert (str(calendar["METHOD"]), int(str(event["SEQUENCE"])), str(event["STATUS"])) == (
        "CANCEL",
        2,
        "CANCELLED",
    )


def test_export_without_the_coordinators_address_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    try:
        group_id = groups.create_group(db, "Uden koordinator")
        meeting_id = planner.create_meeting(db, group_id, MeetingInput(dt.date(2027, 3, 9)))
    finally:
        db.close()
    code, _out, err = run(
        capsys, db_path, "export", "invitations", str(meeting_id), "-o", str(tmp_path)
    )
    assert code == 1
    assert_one_line_error(err)
    assert "e-mail address" in err


def test_import_replies_json(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: ReplyWorld, tmp_path: Path
) -> None:
    folder = tmp_path / "svar"
    folder.mkdir()
    for name in (*CLIENT_REPLIES, "outlook_unknown_meeting.ics"):
        shutil.copy(REPLIES / name, folder / name)
    code, out, err = run(
        capsys,
        db_path,
        "signups",
        "import-replies",
        str(folder),
        str(REPLIES / "outlook_declined_earlier.eml"),
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"applied", "stale", "unknown"}
    assert sorted(
        (e["file"], e["member"], e["meeting_id"], e["answer"]) for e in data["applied"]
    ) == sorted(
        [
            ("outlook_accepted.eml", "Anna Jensen", world.march, "yes"),
            ("gmail_accepted_comment.eml", "Bo Nielsen", world.march, "yes"),
            ("thunderbird_declined.eml", "Carl Holm", world.march, "no"),
            ("apple_tentative.eml", "Dorte Vang", world.june, "maybe"),
            ("forwarded_outlook_tentative.eml", "Erik Lund", world.march, "maybe"),
            ("thunderbird_saved_reply.ics", "Frida Møller", world.june, "yes"),
        ]
    )
    assert all(set(e) == {"file", "member", "meeting_id", "answer"} for e in data["applied"])
    assert data["stale"] == [
        {
            "file": "outlook_declined_earlier.eml",
            "member": "Anna Jensen",
            "meeting_id": world.march,
            "answer": "no",
            "reason": "superseded",
        }
    ]
    assert [(e["file"], e["reason"]) for e in data["unknown"]] == [
        ("outlook_unknown_meeting.ics", "meeting_unknown")
    ]
    db = open_database(db_path)
    try:
        answers = {r.name: r.response for r in logistics.signups(db, world.march)}
    finally:
        db.close()
    assert answers["Anna Jensen"] is Rsvp.YES and answers["Carl Holm"] is Rsvp.NO


def test_dry_run_changes_nothing_and_a_second_import_is_stale(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: ReplyWorld
) -> None:
    path = str(REPLIES / "gmail_accepted_comment.eml")
    code, out, _err = run(capsys, db_path, "signups", "import-replies", path, "--dry-run")
    assert code == 0
    assert out.startswith("applied  gmail_accepted_comment.eml: Bo Nielsen, 2027-03-09: yes")
    assert "Dry run, nothing was changed: 1 applied reply, 0 stale, 0 unknown." in out
    code, out, _err = run(capsys, db_path, "signups", "import-replies", path)
    assert code == 0
    assert "Saved 1 answer" in out
    code, out, _err = run(capsys, db_path, "signups", "import-replies", path, "--json")
    assert json.loads(out)["stale"][0]["reason"] == "already_recorded"


def test_exit_1_when_no_file_could_be_read(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: ReplyWorld, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01\x02 not a mail")
    code, out, err = run(
        capsys,
        db_path,
        "signups",
        "import-replies",
        str(junk),
        str(tmp_path / "missing.ics"),
        "--json",
    )
    assert code == 1
    assert [e["reason"] for e in json.loads(out)["unknown"]] == ["unreadable", "unreadable"]
    assert "None of the files could be read" in err
    # One readable file among them is enough.
    code, _out, _err = run(
        capsys,
        db_path,
        "signups",
        "import-replies",
        str(junk),
        str(REPLIES / "outlook_winmail_dat.eml"),
    )
    assert code == 0
