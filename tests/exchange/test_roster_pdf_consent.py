"""The member list that goes round says under the table whose contact details it leaves out, and
why; and it never prints them for a member without consent (issue #15, item 9)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.roster_export import write_roster_pdf

PRINTED = dt.date(2027, 3, 9)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def _rows(consenting: int, total: int) -> list[MemberRow]:
    return [
        MemberRow(
            person_id=n,
            name=f"Medlem {n:02d}",
            email=f"medlem{n:02d}@example.dk",
            phone=f"+45 20 00 00 {n:02d}",
            consent_share_contact=n <= consenting,
        )
        for n in range(1, total + 1)
    ]


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@needs_poppler
def test_the_list_says_how_many_members_contacts_it_shows_and_why(tmp_path: Path) -> None:
    out = tmp_path / "medlemsliste.pdf"
    write_roster_pdf(_rows(3, 12), out, group_name="IT Drift", lang="da", printed_on=PRINTED)
    text = " ".join(_text(out).split())
    assert "Kontaktoplysninger vises kun for medlemmer, der har givet samtykke (3 af 12)" in text
    assert "medlem03@example.dk" in text
    # A member without consent is listed by name, without e-mail address or phone.
    assert "Medlem 04" in text
    assert "medlem04@example.dk" not in text and "+45 20 00 00 04" not in text


@needs_poppler
def test_in_english_and_not_at_all_when_everyone_consented(tmp_path: Path) -> None:
    out = tmp_path / "members.pdf"
    write_roster_pdf(_rows(1, 2), out, group_name="IT Drift", lang="en", printed_on=PRINTED)
    text = " ".join(_text(out).split())
    assert "Contact details are shown only for members who have consented (1 of 2)" in text
    everyone = tmp_path / "everyone.pdf"
    write_roster_pdf(_rows(2, 2), everyone, group_name="IT Drift", lang="en", printed_on=PRINTED)
    assert "consented" not in _text(everyone)
