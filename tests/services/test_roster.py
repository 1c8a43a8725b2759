"""Roster use cases on a real SQLite file: add, edit, job changes, leaving, undo helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, roster
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.store.models import Employment, Membership, Person


@pytest.fixture
def group_id(db) -> int:
    return groups.create_group(db, "IT Drift")


def _add(db, group_id: int, name: str = "Søren Ærø Ågård", **job: str) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(
            name=name,
            email="soren@example.dk",
            phone="20 12 34 56",
            expertise=("Kubernetes", "ITIL"),
            dietary_needs="vegetar",
            consent_share_contact=True,
        ),
        JobInput(
            job.get("company", "Grøn Energi A/S"),
            job.get("title", "IT-driftschef"),
            job.get("industry", "Energi"),
        ),
        joined_on=dt.date(2020, 3, 1),
    )


def test_added_member_shows_in_the_roster_with_job_and_tags(db, group_id) -> None:
    pid = _add(db, group_id)
    [row] = roster.roster(db, group_id)
    assert row.person_id == pid
    assert row.name == "Søren Ærø Ågård"
    assert row.company == "Grøn Energi A/S"
    assert row.title == "IT-driftschef"
    assert row.industry == "Energi"
    assert row.phone == "+45 20 12 34 56"  # normalised to international form
    assert row.expertise == ("Kubernetes", "ITIL")
    assert row.member_since == dt.date(2020, 3, 1)
    assert row.active
    assert groups.list_groups(db)[0].members == 1


def test_invalid_input_is_refused_with_errors_per_field(db, group_id) -> None:
    with pytest.raises(ValidationFailed) as caught:
        roster.add_member(db, group_id, PersonInput(name=" ", email="no-at-sign", phone="12"))
    assert {e.field for e in caught.value.errors} == {"name", "email", "phone"}
    with db.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 0


def test_new_job_keeps_the_old_one_in_the_history(db, group_id) -> None:
    pid = _add(db, group_id)
    change = roster.add_job(
        db, pid, JobInput("Region Nord", "CIO", "Offentlig", started_on=dt.date(2025, 1, 1))
    )
    [row] = roster.roster(db, group_id)
    assert (row.company, row.title) == ("Region Nord", "CIO")
    jobs = roster.person_details(db, pid).jobs
    assert [(j.company, j.ended_on) for j in jobs] == [
        ("Region Nord", None),
        ("Grøn Energi A/S", dt.date(2025, 1, 1)),
    ]
    roster.undo_job(db, change)
    assert [(j.company, j.ended_on) for j in roster.person_details(db, pid).jobs] == [
        ("Grøn Energi A/S", None)
    ]


def test_correcting_the_current_job_makes_no_history(db, group_id) -> None:
    pid = _add(db, group_id)
    roster.correct_current_job(db, pid, JobInput("Grøn Energi A/S", "IT-direktør", "Energi"))
    jobs = roster.person_details(db, pid).jobs
    assert [(j.company, j.title) for j in jobs] == [("Grøn Energi A/S", "IT-direktør")]


def test_leaving_keeps_the_member_in_the_history(db, group_id) -> None:
    pid = _add(db, group_id)
    roster.end_membership(db, group_id, pid, dt.date(2026, 6, 30))
    assert roster.roster(db, group_id, include_former=False) == []
    [former] = roster.roster(db, group_id)
    assert former.left_on == dt.date(2026, 6, 30)
    assert not former.active
    with pytest.raises(ServiceError):
        roster.end_membership(db, group_id, pid)
    roster.reopen_membership(db, group_id, pid)
    assert roster.roster(db, group_id, include_former=False)[0].active


def test_leaving_before_joining_is_refused(db, group_id) -> None:
    pid = _add(db, group_id)
    with pytest.raises(ServiceError, match="before they joined"):
        roster.end_membership(db, group_id, pid, dt.date(2019, 1, 1))


def test_edit_and_undo_by_writing_the_old_values_back(db, group_id) -> None:
    pid = _add(db, group_id)
    before = roster.person_input(roster.person_details(db, pid))
    roster.update_person(db, pid, PersonInput(name="Søren Ågård", email="s@example.dk"))
    assert roster.roster(db, group_id)[0].name == "Søren Ågård"
    assert roster.roster(db, group_id)[0].expertise == ()
    roster.update_person(db, pid, before)
    row = roster.roster(db, group_id)[0]
    assert (row.name, row.expertise) == ("Søren Ærø Ågård", ("Kubernetes", "ITIL"))


def test_delete_and_recreate_under_the_same_id(db, group_id) -> None:
    pid = _add(db, group_id)
    roster.delete_person(db, pid)
    with db.reading() as session:
        assert session.scalar(select(func.count(Membership.id))) == 0
        assert session.scalar(select(func.count(Employment.id))) == 0
    again = roster.add_member(db, group_id, PersonInput(name="Søren"), person_id=pid)
    assert again == pid


def test_organisations_are_shared_ignoring_case(db, group_id) -> None:
    _add(db, group_id, "A", company="Grøn Energi A/S")
    _add(db, group_id, "B", company="grøn energi a/s")
    companies = {r.company for r in roster.roster(db, group_id)}
    assert companies == {"Grøn Energi A/S"}


def test_missing_group_and_person(db) -> None:
    with pytest.raises(NotFound):
        roster.add_member(db, 42, PersonInput(name="X"))
    with pytest.raises(NotFound):
        roster.person_details(db, 42)
    with pytest.raises(NotFound):
        groups.find_group(db, "Nobody")


def test_group_names_are_unique_ignoring_case(db, group_id) -> None:
    with pytest.raises(ServiceError, match="already"):
        groups.create_group(db, "it drift")


def test_everyone_without_a_group(db, group_id) -> None:
    _add(db, group_id, "A")
    roster.add_member(db, None, PersonInput(name="Ekstern Oplægsholder"))
    rows = {r.name: r for r in roster.roster(db, None)}
    assert rows["A"].active
    assert not rows["Ekstern Oplægsholder"].active


def test_the_shared_member_list_keeps_contact_details_only_with_consent(db, group_id) -> None:
    from coordinator_app.domain.roster import shared_with_group

    _add(db, group_id, "Med Samtykke")
    roster.add_member(
        db, group_id, PersonInput(name="Uden Samtykke", email="u@example.dk", phone="20304050")
    )
    shared = {r.name: shared_with_group(r) for r in roster.roster(db, group_id)}
    assert shared["Med Samtykke"].email == "soren@example.dk"
    assert (shared["Uden Samtykke"].email, shared["Uden Samtykke"].phone) == ("", "")
