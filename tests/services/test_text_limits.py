"""Every short text has a length the user is told about, and is stored without controls."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.domain.meetings import AgendaItemInput, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, planner, roster
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.store.database import Database

EVIL = "\x1b]0;pwned\x07\u202e"


def _codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str, str]]:
    return [(e.field, e.code, e.value) for e in exc.value.errors]


def test_a_group_name_has_at_most_100_characters(db: Database) -> None:
    with pytest.raises(ValidationFailed) as exc:
        groups.create_group(db, "G" * 101)
    assert _codes(exc) == [("name", "too_long", "100")]
    gid = groups.create_group(db, "G" * 100)
    with pytest.raises(ValidationFailed) as exc:
        groups.rename_group(db, gid, "Netværk " * 30)
    assert _codes(exc) == [("name", "too_long", "100")]
    assert [g.name for g in groups.list_groups(db)] == ["G" * 100]


def test_a_group_name_is_stored_without_controls_and_counted_without_them(db: Database) -> None:
    gid = groups.create_group(db, f"IT {EVIL}Drift" + "\x00" * 200)
    assert [g.name for g in groups.list_groups(db)] == ["IT ]0;pwnedDrift"]
    with pytest.raises(ValidationFailed) as exc:
        groups.rename_group(db, gid, "\x1b\x07\u202e")
    assert _codes(exc) == [("name", "name_required", "")]


def test_company_title_industry_and_tags_have_limits(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    with pytest.raises(ValidationFailed) as exc:
        roster.add_member(
            db,
            gid,
            PersonInput(name="Anna", expertise=("K" * 101,)),
            JobInput("C" * 201, "T" * 201, "I" * 201),
        )
    assert _codes(exc) == [
        ("expertise", "too_long", "100"),
        ("company", "too_long", "200"),
        ("title", "too_long", "200"),
        ("industry", "too_long", "200"),
    ]
    person = roster.add_member(
        db,
        gid,
        PersonInput(name=f"Anna{EVIL}", expertise=(f"Kube{EVIL}",), notes=f"a\r\nb{EVIL}"),
        JobInput(f"Firma{EVIL} A/S", f"Chef{EVIL}", f"IT{EVIL}"),
    )
    details = roster.person_details(db, person)
    assert (details.name, details.expertise, details.notes) == (
        "Anna]0;pwned",
        ("Kube]0;pwned",),
        "a\nb]0;pwned",
    )
    assert roster.current_job(db, person) == JobInput(
        "Firma]0;pwned A/S", "Chef]0;pwned", "IT]0;pwned"
    )
    with pytest.raises(ValidationFailed) as exc:
        roster.add_job(db, person, JobInput("Nyt firma", "T" * 201))
    assert _codes(exc) == [("title", "too_long", "200")]


def test_a_speaker_and_a_host_company_have_limits(db: Database) -> None:
    gid = groups.create_group(db, "IT Drift")
    meeting = planner.create_meeting(db, gid, MeetingInput(date=dt.date(2027, 3, 9)))
    with pytest.raises(ValidationFailed) as exc:
        planner.add_agenda_item(
            db,
            meeting,
            AgendaItemInput("Oplæg", speaker_name="S" * 201, speaker_organisation="O" * 201),
        )
    assert _codes(exc) == [
        ("speaker_name", "too_long", "200"),
        ("speaker_organisation", "too_long", "200"),
    ]
    with pytest.raises(ValidationFailed) as exc:
        planner.host_for_name(db, "H" * 201)
    assert _codes(exc) == [("company", "too_long", "200")]
