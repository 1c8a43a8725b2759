"""The GUI's roster export writes the CSV in the UI's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.store.database import Database
from coordinator_app.ui.roster.export import write_roster


@pytest.mark.parametrize(
    ("lang", "header"),
    [("da", "Navn;E-mail;Telefon;Virksomhed;"), ("en", "Name,E-mail,Phone,Company,")],
)
def test_the_csv_follows_the_ui_language(
    db: Database, tmp_path: Path, lang: str, header: str
) -> None:
    gid = groups.create_group(db, "IT Drift")
    roster.add_member(db, gid, PersonInput(name="Åse Ørsted"), JobInput("Ørsted A/S", "Chef"))
    path = write_roster(db, gid, "IT Drift", "csv", tmp_path / "medlemmer.csv", lang)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith(header)
    assert lines[1].startswith("Åse Ørsted" + header[4])
