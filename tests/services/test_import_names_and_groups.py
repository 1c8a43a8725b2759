"""Contact import and the roster: companies, groups and tags by one key, people in no group
joined by the next import, and progress reported as an import goes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, planner, roster
from coordinator_app.services.contact_import import (
    PROGRESS_EVERY,
    DuplicateAction,
    apply_import,
    plan_import,
)
from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import Database
from coordinator_app.store.models import Membership, Organisation, Person


def _record(line: int, name: str, email: str, company: str = "") -> ContactRecord:
    return ContactRecord(line=line, full_name=name, emails=(email,), organisation=company)


def _organisations(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Organisation.name).order_by(Organisation.id)))


def test_one_company_however_its_name_is_written(db: Database) -> None:
    group_id = groups.create_group(db, "IT Drift")
    roster.add_member(db, group_id, PersonInput("Mette Ø"), JobInput("Øresund A/S"))
    parsed = ParsedContacts(
        records=[
            _record(2, "Birgit Ærø", "birgit@oeresund.example", "ØRESUND A/S"),
            _record(3, "Åge Østberg", "aage@oeresund.example", " øresund\u00a0 a/s "),
            _record(4, "Þóra Jónsdóttir", "thora@thorshofn.example", "Þórshöfn ehf."),
            _record(5, "Ida Ølund", "ida@thorshofn.example", "þÓRSHÖFN EHF."),
        ]
    )
    apply_import(db, group_id, plan_import(db, parsed).rows)
    assert _organisations(db) == ["Øresund A/S", "Þórshöfn ehf."]
    # The planner's host lookup and the roster's job forms find them the same way.
    assert planner.host_for_name(db, "ØRESUND A/S") == planner.host_for_name(db, "øresund a/s")
    person = roster.add_member(db, group_id, PersonInput("Ny"), JobInput("ÅLHOLM"))
    roster.add_job(db, person, JobInput("ålholm"))
    assert _organisations(db) == ["Øresund A/S", "Þórshöfn ehf.", "ÅLHOLM"]


def test_a_name_and_company_match_ignores_how_the_company_is_written(db: Database) -> None:
    group_id = groups.create_group(db, "IT Drift")
    roster.add_member(db, group_id, PersonInput("Birgit Ærø"), JobInput("Øresund A/S"))
    parsed = ParsedContacts(records=[_record(2, "Birgit Ærø", "", "ØRESUND A/S")])
    [row] = plan_import(db, parsed).rows
    assert row.is_duplicate


def test_groups_are_one_name_however_written(db: Database) -> None:
    group_id = groups.create_group(db, "Østjylland IT")
    assert groups.find_group(db, "ØSTJYLLAND it") == group_id
    other = groups.create_group(db, "Ålborg")
    with pytest.raises(ServiceError, match="already a group"):
        groups.create_group(db, "østjylland IT")
    with pytest.raises(ServiceError, match="already a group"):
        groups.rename_group(db, other, "ØSTJYLLAND IT")
    groups.rename_group(db, group_id, "ØSTJYLLAND IT")  # its own name in other letters
    assert groups.find_group(db, "østjylland it") == group_id


def test_tags_of_one_key_are_one_tag(db: Database) -> None:
    group_id = groups.create_group(db, "IT Drift")
    person = roster.add_member(
        db, group_id, PersonInput("Mette", expertise=("NIS2", "Cloud", "nis2", "ÆRØ", "ærø"))
    )
    assert roster.person_details(db, person).expertise == ("NIS2", "Cloud", "ÆRØ")
    roster.update_person(db, person, PersonInput("Mette", expertise=("cloud", "nis2")))
    assert roster.person_details(db, person).expertise == ("cloud", "nis2")


def test_people_in_no_group_are_added_to_the_group_not_skipped(db: Database) -> None:
    orphan = roster.add_member(db, None, PersonInput("Birgit Ærø", email="birgit@x.example"))
    other_group = groups.create_group(db, "Sikkerhed")
    member_elsewhere = roster.add_member(
        db, other_group, PersonInput("Åge Østberg", email="aage@x.example")
    )
    group_id = groups.create_group(db, "IT Drift")
    parsed = ParsedContacts(
        records=[
            _record(2, "Birgit Ærø", "BIRGIT@x.example", "Øresund A/S"),
            _record(3, "Åge Østberg", "aage@x.example"),
            _record(4, "Birgit Ærø", "birgit@x.example"),  # the same, again in the file
        ]
    )
    plan = plan_import(db, parsed)
    first, elsewhere, again = plan.rows
    assert (first.action, first.joins, first.is_duplicate) == (DuplicateAction.ADD, orphan, False)
    # A member of another group is someone already known, as before.
    assert (elsewhere.duplicate_of, elsewhere.action) == (member_elsewhere, DuplicateAction.SKIP)
    assert (again.duplicate_of, again.action) == (orphan, DuplicateAction.SKIP)

    result = apply_import(db, group_id, plan.rows)
    assert (result.added, result.updated, result.skipped) == (1, 0, 2)
    [row] = roster.roster(db, group_id)
    assert (row.person_id, row.name, row.company, row.active) == (
        orphan,
        "Birgit Ærø",
        "Øresund A/S",
        True,
    )
    with db.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 2
        assert session.scalar(select(func.count(Membership.id))) == 2
    # Now in a group: the next import finds her as a duplicate.
    [row_again] = plan_import(db, parsed).rows[:1]
    assert row_again.duplicate_of == orphan and row_again.joins is None


def test_an_import_reports_its_progress(db: Database) -> None:
    group_id = groups.create_group(db, "Foreningen")
    count = 2 * PROGRESS_EVERY + 17
    parsed = ParsedContacts(
        records=[_record(n + 1, f"Person {n}", f"p{n}@x.example") for n in range(count)]
    )
    seen: list[tuple[int, int]] = []
    result = apply_import(
        db, group_id, plan_import(db, parsed).rows, progress=lambda d, t: seen.append((d, t))
    )
    assert result.added == count
    assert seen == [
        (0, count),
        (PROGRESS_EVERY, count),
        (2 * PROGRESS_EVERY, count),
        (count, count),
    ]
