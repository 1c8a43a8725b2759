"""The roster's CSV carries no control characters, and a formula cannot hide behind one."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.roster_export import write_roster_csv

CONTROLS = "\x00\x07\x1b\x08\x7f\x9b\u202e"


def _cells(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    delimiter = ";" if ";" in text.splitlines()[0] else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_the_csv_export_drops_nul_esc_bel_and_other_controls(tmp_path: Path) -> None:
    row = MemberRow(
        person_id=1,
        name="Evil\x1b]0;pwned\x07Name\x00",
        email="evil@example.com\x00",
        company="\x9b31mCorp\u202e",
        title="Chef\x08\x7f",
        industry="IT\u2066",
        expertise=("Kube\x1b[5mrnetes",),
        dietary_needs="vegan\x00\r\nno nuts\x1b",
    )
    out = tmp_path / "roster.csv"
    write_roster_csv([row], out)
    raw = out.read_bytes()
    for char in CONTROLS:
        assert char.encode() not in raw, repr(char)
    text = raw.decode("utf-8-sig")
    assert not [
        c for c in text if unicodedata.category(c) in ("Cc", "Cf") and c not in "\r\n\ufeff"
    ]
    cells = _cells(out)[1]
    assert "Evil]0;pwnedName" in cells
    assert "31mCorp" in cells
    assert "vegan\nno nuts" in cells


def test_a_formula_behind_a_control_character_is_still_neutralised(tmp_path: Path) -> None:
    rows = [
        MemberRow(person_id=1, name='\x00=HYPERLINK("http://x")'),
        MemberRow(person_id=2, name="\u202e@SUM(A1)", company="\x1b+cmd|' /C calc'!A0"),
    ]
    out = tmp_path / "roster.csv"
    write_roster_csv(rows, out)
    data = _cells(out)[1:]
    assert data[0][0] == '\'=HYPERLINK("http://x")'
    assert data[1][0] == "'@SUM(A1)"
    assert data[1][3] == "'+cmd|' /C calc'!A0"
