"""Import use cases: duplicates by e-mail or name and company, actions, one transaction."""

from __future__ import annotations

import pytest

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.services.contact_import import DuplicateAction, apply_import, plan_import


@pytest.fixture
def group_id(db) -> int:
    gid = groups.create_group(db, "IT Drift")
    roster.add_member(
        db,
        gid,
        PersonInput(name="Mette Kjærgaard", email="mette@region.dk"),
        JobInput("Region Hovedstaden", "Driftschef"),
    )
    roster.add_member(db, gid, PersonInput(name="Anders Øster"), JobInput("LEGO", "Director"))
    return gid


def _parsed(*records: ContactRecord) -> ParsedContacts:
    return ParsedContacts(records=list(records))


def test_duplicates_by_email_and_by_name_and_company(db, group_id) -> None:
    plan = plan_import(
        db,
        _parsed(
            ContactRecord(1, "Mette K.", emails=("METTE@region.dk",)),
            ContactRecord(2, "anders øster", organisation="lego"),
            ContactRecord(3, "Ny Person", emails=("ny@example.dk",), organisation="Firma"),
            ContactRecord(4, "Ny Person", emails=("ny@example.dk",), organisation="Firma"),
        ),
    )
    assert [r.is_duplicate for r in plan.rows] == [True, True, False, False]
    assert plan.rows[0].duplicate_name == "Mette Kjærgaard"
    assert plan.rows[3].duplicate_name == "Ny Person"  # repeated within the file
    assert [r.action for r in plan.rows] == [
        DuplicateAction.SKIP,
        DuplicateAction.SKIP,
        DuplicateAction.ADD,
        DuplicateAction.SKIP,
    ]


def test_update_fills_in_and_records_a_job_change(db, group_id) -> None:
    plan = plan_import(
        db,
        _parsed(
            ContactRecord(
                1,
                "Mette K.",
                emails=("mette@region.dk",),
                phones=("33 12 34 56",),
                organisation="Novo Nordisk",
                title="Head of IT Ops",
            )
        ),
        on_duplicate=DuplicateAction.UPDATE,
    )
    result = apply_import(db, group_id, plan.rows)
    assert (result.added, result.updated, result.skipped) == (0, 1, 0)
    mette = next(r for r in roster.roster(db, group_id) if r.email == "mette@region.dk")
    assert mette.name == "Mette Kjærgaard"  # the name in the database is kept
    assert mette.phone == "+45 33 12 34 56"
    assert (mette.company, mette.title) == ("Novo Nordisk", "Head of IT Ops")
    history = roster.person_details(db, mette.person_id).jobs
    assert [j.company for j in history] == ["Novo Nordisk", "Region Hovedstaden"]


def test_add_and_skip(db, group_id) -> None:
    plan = plan_import(
        db,
        _parsed(
            ContactRecord(1, "Mette K.", emails=("mette@region.dk",)),
            ContactRecord(2, "Łukasz Żółć", emails=("lukasz@example.pl",), organisation="Novo"),
        ),
    )
    plan.with_action(0, DuplicateAction.ADD)
    result = apply_import(db, group_id, plan.rows)
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    assert result.people == ["Mette K.", "Łukasz Żółć"]
    names = sorted(r.name for r in roster.roster(db, group_id))
    assert names == ["Anders Øster", "Mette K.", "Mette Kjærgaard", "Łukasz Żółć"]


def test_an_import_is_one_transaction(db, group_id, monkeypatch) -> None:
    plan = plan_import(
        db,
        _parsed(
            ContactRecord(1, "Første", emails=("a@example.dk",)),
            ContactRecord(2, "Anden", emails=("b@example.dk",), organisation="Firma"),
        ),
    )

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("coordinator_app.services.contact_import._record_job", broken)
    with pytest.raises(RuntimeError):
        apply_import(db, group_id, plan.rows)
    assert len(roster.roster(db, group_id)) == 2  # only the two members from before
