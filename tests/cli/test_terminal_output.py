"""Text from a crafted file never drives the terminal, and names have a length the user is told.

An attacker who can hand the coordinator a vCard, or a database file, controls every text the
command line prints. ESC ] 0 ; … BEL would set the terminal's title, ESC [ … move the cursor or
rewrite what is on screen, U+009B is a one-byte CSI on some terminals, and U+202E shows a text
backwards. None of them may reach stdout or stderr as they are.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.cli.main import main
from tests.cli.helpers import assert_one_line_error

EVIL_FN = "Evil\x1b]0;pwned\x07Name"
EVIL = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\u202c\u2066x\u2069\x00\x7f\x08\r\U000e0041"
CRAFTED_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    f"FN:{EVIL_FN}\r\nN:Name;Evil;;;\r\nEMAIL:evil@example.com\r\n"
    "ORG:Evil\x9b31m \x1b[5mCorp\r\nTITLE:Chef\x07\r\nNOTE:first\x00 line\\nsecond\x1b line\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "FN:Anna \u202eevil\u202c Hansen\r\nEMAIL:anna@example.com\r\nEND:VCARD\r\n"
)


def _forbidden(text: str) -> list[str]:
    """The characters of `text` a terminal would obey or that hide or reorder text."""
    return sorted(
        {
            c
            for c in text
            if unicodedata.category(c) in ("Cc", "Cf", "Cs") and c not in "\n\t\u200c\u200d"
        }
    )


def run_raw(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path, *args: str
) -> tuple[int, bytes, bytes]:
    code = main(["--db", str(db_path), *args])
    out, err = capsysbinary.readouterr()
    return code, out, err


def assert_terminal_safe(out: bytes, err: bytes) -> None:
    for stream in (out, err):
        assert b"\x1b" not in stream and b"\x07" not in stream and b"\x00" not in stream
        assert _forbidden(stream.decode("utf-8")) == []


def _crafted_database(capsysbinary: pytest.CaptureFixture[bytes], db_path: Path) -> None:
    """The demo data with EVIL appended to every text column, as another program could write
    the file: straight into SQLite, past every check of the app."""
    assert run_raw(capsysbinary, db_path, "demo")[0] == 0
    conn = sqlite3.connect(db_path)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in ("settings", "alembic_version") and not name.startswith("sqlite_")
        ]
        changed = 0
        for table in tables:
            for _cid, column, kind, *_ in conn.execute(f'PRAGMA table_info("{table}")'):
                kind = kind.upper()
                text = kind == "TEXT" or (kind.startswith("VARCHAR") and kind != "VARCHAR(20)")
                if text and column not in ("ical_uid", "name_key"):
                    conn.execute(
                        f'UPDATE "{table}" SET "{column}" = "{column}" || ?',
                        (EVIL,),
                    )
                    changed += 1
        conn.commit()
        assert changed > 40
    finally:
        conn.close()


def test_a_crafted_vcard_is_stored_without_controls(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path, tmp_path: Path
) -> None:
    card = tmp_path / "evil.vcf"
    card.write_text(CRAFTED_VCARD, encoding="utf-8")
    assert run_raw(capsysbinary, db_path, "groups", "add", "IT Drift")[0] == 0
    code, out, err = run_raw(capsysbinary, db_path, "members", "import", str(card))
    assert code == 0, err
    assert_terminal_safe(out, err)
    conn = sqlite3.connect(db_path)
    try:
        people = dict(conn.execute("SELECT email, name FROM people"))
        notes = conn.execute("SELECT notes FROM people WHERE email = 'evil@example.com'")
        orgs = [name for (name,) in conn.execute("SELECT name FROM organisations")]
        titles = [title for (title,) in conn.execute("SELECT title FROM employments")]
        (note,) = notes.fetchone()
    finally:
        conn.close()
    assert people == {
        "evil@example.com": "Evil]0;pwnedName",
        "anna@example.com": "Anna evil Hansen",
    }
    assert orgs == ["Evil31m [5mCorp"]
    assert titles == ["Chef"]
    assert note == "first line\nsecond line"
    code, out, err = run_raw(capsysbinary, db_path, "members", "list")
    assert code == 0
    assert_terminal_safe(out, err)
    assert "Evil]0;pwnedName" in out.decode()


def test_values_stored_raw_never_reach_the_terminal_raw(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path
) -> None:
    _crafted_database(capsysbinary, db_path)
    code, out, err = run_raw(capsysbinary, db_path, "meetings", "list", "--json")
    assert code == 0, err
    meetings: list[dict[str, Any]] = json.loads(out)
    assert meetings and all(m["theme"].endswith(EVIL) for m in meetings)  # JSON keeps the data
    commands: list[tuple[str, ...]] = [
        ("groups", "list"),
        ("members", "list"),
        ("meetings", "list"),
        ("actions", "list"),
    ]
    for meeting in meetings:
        commands += [
            ("minutes", "show", str(meeting["id"])),
            ("logistics", "show", str(meeting["id"])),
        ]
    shown = 0
    for command in commands:
        for args in (command, (*command, "--json")):
            code, out, err = run_raw(capsysbinary, db_path, *args)
            assert code == 0, (args, err)
            assert_terminal_safe(out, err)
            text = out.decode("utf-8")
            if args[-1] == "--json":
                json.loads(text)
            if "pwned" in text:
                shown += 1
                assert "\\u001b]0;pwned\\u0007" in text, args
    assert shown >= len(commands)


def test_an_error_that_quotes_a_crafted_name_is_escaped_too(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path
) -> None:
    _crafted_database(capsysbinary, db_path)
    conn = sqlite3.connect(db_path)
    try:
        (name,) = conn.execute("SELECT name FROM groups").fetchone()
    finally:
        conn.close()
    code, out, err = run_raw(capsysbinary, db_path, "meetings", "list", "--group", name + "x")
    assert code == 1
    assert_terminal_safe(out, err)
    assert b"pwned" in err


def test_a_group_name_of_300_characters_is_refused_in_one_line(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path
) -> None:
    code, out, err = run_raw(capsysbinary, db_path, "groups", "add", "Netværk " * 37 + "x" * 4)
    assert code == 1
    assert out == b""
    assert_one_line_error(err.decode())
    assert "100 characters" in err.decode()
    assert run_raw(capsysbinary, db_path, "groups", "add", "N" * 100)[0] == 0


def test_the_docx_minutes_of_a_group_with_a_240_character_name_export(
    capsysbinary: pytest.CaptureFixture[bytes], db_path: Path, tmp_path: Path
) -> None:
    """A name longer than the app allows, as another program could have written the file."""
    assert run_raw(capsysbinary, db_path, "demo")[0] == 0
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE groups SET name = ?", ("Netværksgruppen " * 15,))
        conn.execute("UPDATE meetings SET theme = ?", ("Drift og sikkerhed " * 15,))
        conn.commit()
    finally:
        conn.close()
    code, out, err = run_raw(capsysbinary, db_path, "meetings", "list", "--json")
    held = [m["id"] for m in json.loads(out) if m["status"] == "held"]
    assert held
    target = tmp_path / "minutes.docx"
    code, out, err = run_raw(
        capsysbinary,
        db_path,
        "export",
        "minutes",
        str(held[-1]),
        "--format",
        "docx",
        "-o",
        str(target),
    )
    assert code == 0, err
    assert b"Traceback" not in err
    assert target.stat().st_size > 0
