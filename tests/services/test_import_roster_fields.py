"""An import stores what the roster's exports carry: industry, expertise, diet, consent, dates."""

from __future__ import annotations

import datetime as dt

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.services.contact_import import DuplicateAction, apply_import, plan_import
from coordinator_app.store.database import Database

TODAY = dt.date(2027, 3, 9)

ÅSE = ContactRecord(
    1,
    "Åse Ørsted",
    emails=("aase@oersted.dk",),
    organisation="Ørsted A/S",
    title="Driftschef",
    industry="Energi",
    expertise=("Drift", "NIS2", "nis2", "Cloud"),
    dietary_needs="Vegetar\nIngen nødder",
    consent_share_contact=True,
    member_since=dt.date(2019, 3, 1),
)
IB = ContactRecord(
    2,
    "Ib Æbelø",
    emails=("ib@aebeloe.dk",),
    member_since=dt.date(2018, 1, 1),
    left_on=dt.date(2024, 12, 31),
)


def _import(db: Database, group_id: int, *records: ContactRecord) -> None:
    plan = plan_import(
        db, ParsedContacts(records=list(records)), on_duplicate=DuplicateAction.UPDATE
    )
    apply_import(db, group_id, plan.rows, joined_on=TODAY)


def test_new_members_get_every_roster_field(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    _import(db, gid, ÅSE, IB, ContactRecord(3, "Bo Ek", emails=("bo@ek.dk",)))
    rows = {row.name: row for row in roster.roster(db, gid)}
    åse, ib, bo = rows["Åse Ørsted"], rows["Ib Æbelø"], rows["Bo Ek"]
    assert (åse.company, åse.title, åse.industry) == ("Ørsted A/S", "Driftschef", "Energi")
    assert åse.expertise == ("Drift", "NIS2", "Cloud")  # one tag per spelling
    assert åse.dietary_needs == "Vegetar\nIngen nødder"
    assert åse.consent_share_contact is True
    assert (åse.member_since, åse.left_on) == (dt.date(2019, 3, 1), None)
    assert (ib.member_since, ib.left_on) == (dt.date(2018, 1, 1), dt.date(2024, 12, 31))
    assert ib.consent_share_contact is False
    assert (bo.member_since, bo.left_on, bo.expertise) == (TODAY, None, ())


def test_an_update_fills_in_and_never_takes_away(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    pid = roster.add_member(
        db,
        gid,
        PersonInput(name="Åse Ørsted", email="aase@oersted.dk", expertise=("Sikkerhed",)),
        JobInput("Ørsted A/S", "Chef", "Forsyning"),
        joined_on=dt.date(2015, 5, 5),
    )
    _import(db, gid, ÅSE)
    (row,) = roster.roster(db, gid)
    assert row.person_id == pid
    assert row.expertise == ("Sikkerhed", "Drift", "NIS2", "Cloud")
    assert (row.title, row.industry) == ("Driftschef", "Energi")
    assert row.dietary_needs == "Vegetar\nIngen nødder"
    assert row.consent_share_contact is True
    assert row.member_since == dt.date(2015, 5, 5)  # the group's own record of the membership
    # A file that does not say whether the member shares their details changes nothing.
    _import(db, gid, ContactRecord(1, "Åse Ørsted", emails=("aase@oersted.dk",)))
    (again,) = roster.roster(db, gid)
    assert again == row


def test_a_former_member_stays_former_on_update(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    _import(db, gid, IB)
    _import(db, gid, IB)
    (row,) = roster.roster(db, gid)
    assert (row.member_since, row.left_on) == (dt.date(2018, 1, 1), dt.date(2024, 12, 31))
    assert groups.list_groups(db)[0].id == gid
