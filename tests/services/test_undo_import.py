"""An import taken back as a whole and done again (issue #15, item 12): exactly what it added is
removed, what it updated is as it was, and doing it again gives the same rows under the same
ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts
from coordinator_app.domain.enums import AttendanceStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster
from coordinator_app.services.contact_import import DuplicateAction, apply_import, plan_import
from coordinator_app.services.row_changes import TABLES, HasHistory, do_again, take_back
from coordinator_app.store.database import Database


@pytest.fixture
def group_id(db: Database) -> int:
    gid = groups.create_group(db, "IT Drift")
    roster.add_member(
        db,
        gid,
        PersonInput(name="Mette Kjærgaard", email="mette@region.dk", expertise=("ITIL",)),
        JobInput("Region Hovedstaden", "Driftschef"),
    )
    roster.add_member(db, gid, PersonInput(name="Anders Øster"), JobInput("LEGO", "Director"))
    return gid


def _everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of the people's tables, as stored."""
    with db.reading() as session:
        return {
            table.name: [dict(r) for r in session.execute(select(table)).mappings()]
            for table in TABLES
        }


def _import(db: Database, group_id: int) -> Any:
    plan = plan_import(
        db,
        ParsedContacts(
            records=[
                # An update: a phone, a job change to a new company, a tag.
                ContactRecord(
                    1,
                    "Mette K.",
                    emails=("mette@region.dk",),
                    phones=("33 12 34 56",),
                    organisation="Novo Nordisk",
                    title="CISO",
                    industry="Pharma",
                    expertise=("GxP",),
                ),
                # New people: one at a new company, one at a known one whose industry is new.
                ContactRecord(
                    2,
                    "Ny Person",
                    emails=("ny@example.dk",),
                    organisation="Firma ApS",
                    expertise=("SAP", "Backup"),
                ),
                ContactRecord(
                    3,
                    "Ida Holm",
                    emails=("ida@lego.example",),
                    organisation="LEGO",
                    industry="Legetøj",
                    member_since=dt.date(2024, 5, 1),
                ),
            ]
        ),
        on_duplicate=DuplicateAction.UPDATE,
    )
    return apply_import(db, group_id, plan.rows)


def test_the_import_says_what_it_added_and_changed(db: Database, group_id: int) -> None:
    result = _import(db, group_id)
    changes = result.changes
    assert changes is not None
    assert len(changes.added["people"]) == 2
    assert len(changes.added["organisations"]) == 2  # Novo Nordisk, Firma ApS
    assert len(changes.added["memberships"]) == 2
    assert len(changes.added["employments"]) == 3  # Mette's new job and the new people's
    assert len(changes.added["expertise_tags"]) == 3
    assert set(changes.changed) == {"people", "employments", "organisations"}


def test_undo_removes_exactly_what_the_import_did_and_redo_repeats_it(
    db: Database, group_id: int
) -> None:
    before = _everything(db)
    result = _import(db, group_id)
    after = _everything(db)
    assert after != before
    assert len(roster.roster(db, group_id)) == 4

    take_back(db, result.changes)
    assert _everything(db) == before
    names = {r.name: r for r in roster.roster(db, group_id)}
    assert set(names) == {"Mette Kjærgaard", "Anders Øster"}
    assert names["Mette Kjærgaard"].company == "Region Hovedstaden"
    assert names["Mette Kjærgaard"].phone == ""

    do_again(db, result.changes)
    assert _everything(db) == after
    take_back(db, result.changes)  # and again, as the undo history allows
    assert _everything(db) == before


def test_undo_is_refused_once_an_imported_person_has_attendance(
    db: Database, group_id: int
) -> None:
    result = _import(db, group_id)
    ida = next(r.person_id for r in roster.roster(db, group_id) if r.name == "Ida Holm")
    meeting_id = planner.create_meeting(db, group_id, MeetingInput(dt.date(2026, 3, 3)))
    minutes.set_attendance(db, meeting_id, ida, AttendanceStatus.PRESENT)
    after = _everything(db)
    with pytest.raises(HasHistory) as refused:
        take_back(db, result.changes)
    assert refused.value.code == "undo_import"
    assert refused.value.kinds == ["attendance"]
    assert "Ida Holm" in refused.value.names
    assert _everything(db) == after  # nothing was changed
