"""A group's coordinators: stored per group, named by agendas, minutes and e-mails, erased with
the person who was one."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from coordinator_app.domain.coordinators import CoordinatorInput
from coordinator_app.domain.enums import MeetingStatus, Role
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import PersonInput
from coordinator_app.services import coordinators, demo, groups, minutes, planner, privacy, roster
from coordinator_app.services.coordinators import GroupCoordinators
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.store import backups
from coordinator_app.store.database import Database

MAIN = CoordinatorInput(
    name="  Birgitte  Ærenlund ",
    email=" birgitte@example.dk ",
    phone="20 12 34 56",
    signature="Birgitte Ærenlund\nKoordinator, IT Drift  \n\n",
)
SECOND = CoordinatorInput(name="Kasper Ravnsbæk", email="kasper@example.dk")


def _meeting(db: Database, group_id: int) -> int:
    return planner.create_meeting(
        db,
        group_id,
        MeetingInput(date=dt.date(2027, 3, 9), theme="AI", status=MeetingStatus.HELD),
        template=AgendaTemplate(()),
    )


def test_a_coordinator_is_stored_cleaned_and_named_by_agenda_and_minutes(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    assert coordinators.set_coordinator(db, gid, MAIN) is None
    assert coordinators.set_coordinator(db, gid, SECOND, position=1) is None
    stored = coordinators.group_coordinators(db, gid)
    assert stored.first == CoordinatorInput(
        "Birgitte Ærenlund",
        "birgitte@example.dk",
        "+45 20 12 34 56",
        "Birgitte Ærenlund\nKoordinator, IT Drift",
    )
    assert stored.second == SECOND
    mid = _meeting(db, gid)
    document = planner.meeting_document(db, mid)
    assert (document.coordinator_name, document.coordinator_email) == (
        "Birgitte Ærenlund",
        "birgitte@example.dk",
    )
    assert document.coordinator_phone == "+45 20 12 34 56"
    assert document.coordinator_signature == "Birgitte Ærenlund\nKoordinator, IT Drift"
    record = minutes.minutes_document(db, mid)
    assert record.coordinator_email == "birgitte@example.dk"
    assert record.coordinator_signature.startswith("Birgitte Ærenlund")


def test_the_co_coordinator_alone_does_not_send_and_the_groups_are_apart(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    other = groups.create_group(db, "Arkitekter")
    coordinators.set_coordinator(db, gid, SECOND, position=1)
    coordinators.set_coordinator(db, other, MAIN)
    # The first entry signs, whatever its position: here the co-coordinator is the only one.
    assert planner.meeting_document(db, _meeting(db, gid)).coordinator_name == "Kasper Ravnsbæk"
    assert coordinators.group_coordinators(db, gid).first is None
    assert coordinators.group_coordinators(db, other).first is not None


def test_an_empty_entry_removes_it_and_the_old_one_comes_back_for_undo(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    coordinators.set_coordinator(db, gid, MAIN)
    before = coordinators.set_coordinator(db, gid, CoordinatorInput())
    assert before is not None and before.email == "birgitte@example.dk"
    assert coordinators.group_coordinators(db, gid) == GroupCoordinators()
    old = coordinators.set_coordinators(db, gid, GroupCoordinators(MAIN, SECOND))
    assert old == GroupCoordinators()
    assert coordinators.set_coordinators(db, gid, old).second == SECOND
    assert coordinators.group_coordinators(db, gid) == GroupCoordinators()


def test_a_bad_address_or_phone_is_refused_per_field(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    with pytest.raises(ValidationFailed) as caught:
        coordinators.set_coordinator(
            db, gid, CoordinatorInput(name="B", email="birgitte@", phone="abc")
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("email", "email_invalid"),
        ("phone", "phone_invalid"),
    }
    assert coordinators.group_coordinators(db, gid).first is None


def test_without_an_entry_the_member_with_the_coordinator_role_signs(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    roster.add_member(
        db, gid, PersonInput(name="Mette Holm", email="mette@example.dk"), role=Role.COORDINATOR
    )
    assert planner.meeting_document(db, _meeting(db, gid)).coordinator_name == "Mette Holm"


def test_the_demo_group_has_a_coordinator(db: Database) -> None:
    gid = demo.fill_with_demo_data(db, dt.date(2026, 11, 27))
    first = coordinators.group_coordinators(db, gid).first
    assert first is not None and first.name and first.email and first.signature
    assert first.name in first.signature


def test_erasing_the_person_who_is_coordinator_erases_the_entry(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    pid = roster.add_member(
        db, gid, PersonInput(name="Birgitte Ærenlund", email="Birgitte@Example.dk")
    )
    coordinators.set_coordinator(db, gid, MAIN)
    coordinators.set_coordinator(db, gid, SECOND, position=1)
    exported = json.loads(privacy.person_json(privacy.person_data(db, pid)))
    assert exported["coordinator_of"] == [
        {
            "group": "IT Drift",
            "position": 0,
            "name": "Birgitte Ærenlund",
            "email": "birgitte@example.dk",
            "phone": "+45 20 12 34 56",
            "signature": "Birgitte Ærenlund\nKoordinator, IT Drift",
        }
    ]
    privacy.erase_person(db, pid, lang="en")
    assert coordinators.group_coordinators(db, gid) == GroupCoordinators(None, SECOND)
    document = planner.meeting_document(db, _meeting(db, gid))
    assert "Birgitte" not in f"{document.coordinator_name} {document.coordinator_signature}"


def test_the_erased_coordinator_entry_goes_from_the_backups_too(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    pid = roster.add_member(db, gid, PersonInput(name="Birgitte Ærenlund", email=MAIN.email))
    coordinators.set_coordinator(db, gid, MAIN)
    coordinators.set_coordinator(db, gid, SECOND, position=1)
    assert db.path is not None
    backup = backups.make_backup(db.path, backups.MANUAL).path
    privacy.erase_person(db, pid, lang="en")
    conn = sqlite3.connect(backup)
    try:
        left = conn.execute("SELECT position, email FROM coordinators").fetchall()
    finally:
        conn.close()
    assert left == [(1, "kasper@example.dk")]
    assert b"birgitte@example.dk" not in backup.read_bytes()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_the_agenda_names_the_coordinator_with_address_and_phone(
    db: Database, tmp_path: Path
) -> None:
    from coordinator_app.exchange.agenda_pdf import write_agenda_pdf

    gid = groups.create_group(db, "IT Drift")
    coordinators.set_coordinator(db, gid, MAIN)
    out = tmp_path / "dagsorden.pdf"
    document = planner.meeting_document(db, _meeting(db, gid))
    write_agenda_pdf(document, out, lang="da", printed_on=dt.date(2027, 3, 1))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Birgitte Ærenlund · birgitte@example.dk · +45 20 12 34 56" in " ".join(text.split())
