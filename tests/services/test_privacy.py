"""The GDPR tools: everything about one person as JSON, and erasure that keeps the history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.domain.meetings import AgendaItemInput, AgendaTemplate, MeetingInput
from coordinator_app.domain.minutes import former_member
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, minutes, planner, privacy, roster
from coordinator_app.services.errors import NotFound, ServiceError
from coordinator_app.services.minutes import ActionInput, EntryInput, SpeakerInput
from coordinator_app.store.database import Database, integrity_check
from coordinator_app.store.models import Person

DAY = dt.date(2026, 3, 10)

# Values that appear nowhere else, so that the raw file can be searched for them.
NAME = "Zenobia Quillfeather"
EMAIL = "zenobia.q@quill.example"
PHONE = "+45 61 23 45 67"
ADDRESS = "Quillvej 17, 9999 Fjerby"
DIET = "no-quinoa-zq"
NOTES = "prefers-morning-calls-zq"
TAG = "Zettelkasten-zq"
TITLE = "Chief Quill Officer"
SIGNUP_NOTE = "arrives-by-ferry-zq"
ATTENDANCE_NOTE = "left-for-dentist-zq"
ENTRY = "We are moving the mainframe to the cloud, quietly."
ERASED_VALUES = (NAME, EMAIL, PHONE, ADDRESS, DIET, NOTES, TAG, TITLE, SIGNUP_NOTE,
                 ATTENDANCE_NOTE)  # fmt: skip


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    gid = groups.create_group(db, "IT Drift")
    zen = roster.add_member(
        db,
        gid,
        PersonInput(
            name=NAME,
            email=EMAIL,
            phone=PHONE,
            address=ADDRESS,
            expertise=(TAG, "Backup"),
            dietary_needs=DIET,
            consent_share_contact=True,
            notes=NOTES,
        ),
        JobInput("Quill A/S", TITLE, "Writing", started_on=dt.date(2019, 1, 1)),
        joined_on=dt.date(2020, 1, 1),
    )
    other = roster.add_member(
        db, gid, PersonInput(name="Anders Østergaard", email="anders@lego.example"),
        JobInput("LEGO", "Director"), joined_on=dt.date(2020, 1, 1),
    )  # fmt: skip
    mid = planner.create_meeting(
        db,
        gid,
        MeetingInput(date=DAY, theme="Cloud", status=MeetingStatus.HELD),
        template=AgendaTemplate(()),
    )
    planner.add_agenda_item(
        db, mid, AgendaItemInput("Our cloud move", AgendaKind.TALK, speaker_id=zen)
    )
    logistics.save_visit(
        db,
        mid,
        VisitInput(contact_person_id=zen, contact_name=NAME, contact_email=EMAIL,
                   contact_phone=PHONE),
    )  # fmt: skip
    logistics.set_signup(db, mid, zen, Rsvp.YES, diet=DIET, note=SIGNUP_NOTE)
    logistics.set_signup(db, mid, other, Rsvp.YES)
    minutes.set_attendance(db, mid, zen, AttendanceStatus.LATE, ATTENDANCE_NOTE)
    minutes.set_attendance(db, mid, other, AttendanceStatus.PRESENT)
    minutes.add_entry(db, mid, zen, EntryInput(ENTRY, ("cloud",), Confidentiality.ANONYMOUS))
    minutes.add_entry(db, mid, other, EntryInput("All quiet."))
    minutes.add_action(db, mid, ActionInput("Share the migration plan", owner_id=zen))
    minutes.add_theme(db, mid, "Mainframes", proposed_by_id=zen, votes=3)
    minutes.add_speaker(
        db, gid, SpeakerInput("Quills at scale", proposed_by_id=other, speaker_person_id=zen,
                              status=SpeakerStatus.ASKED),
    )  # fmt: skip
    return {"group": gid, "zen": zen, "other": other, "meeting": mid}


def test_find_person_by_email_ignores_case_and_refuses_unknown_or_ambiguous(
    db: Database, world: dict[str, int]
) -> None:
    assert privacy.find_person(db, f"  {EMAIL.upper()} ") == world["zen"]
    with pytest.raises(NotFound):
        privacy.find_person(db, "nobody@example.dk")
    roster.add_member(db, None, PersonInput(name="Zenobia Twin", email=EMAIL))
    with pytest.raises(ServiceError, match="2 people"):
        privacy.find_person(db, EMAIL)


def test_the_export_holds_everything_stored_about_the_person(
    db: Database, world: dict[str, int]
) -> None:
    at = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
    data = json.loads(privacy.person_json(privacy.person_data(db, world["zen"], exported_at=at)))
    assert data["format"] == privacy.EXPORT_FORMAT
    assert data["exported_at"] == "2026-06-01T12:00:00+00:00"
    person = data["person"]
    assert (person["name"], person["email"], person["phone"]) == (NAME, EMAIL, PHONE)
    assert (person["address"], person["dietary_needs"], person["notes"]) == (ADDRESS, DIET, NOTES)
    assert person["expertise"] == [TAG, "Backup"] and person["consent_share_contact"] is True
    assert person["erased_at"] is None
    assert data["jobs"] == [
        {"company": "Quill A/S", "industry": "Writing", "title": TITLE,
         "started_on": "2019-01-01", "ended_on": None}
    ]  # fmt: skip
    assert data["memberships"] == [
        {"group": "IT Drift", "joined_on": "2020-01-01", "left_on": None, "role": "member"}
    ]
    meeting = {"group": "IT Drift", "meeting_date": DAY.isoformat(), "meeting_theme": "Cloud"}
    assert data["signups"] == [{**meeting, "response": "yes", "diet": DIET, "note": SIGNUP_NOTE}]
    assert data["attendance"] == [{**meeting, "status": "late", "note": ATTENDANCE_NOTE}]
    assert data["round_table"] == [
        {**meeting, "text": ENTRY, "topics": ["cloud"], "sharing": "anonymous"}
    ]
    assert [a["text"] for a in data["action_items"]] == ["Share the migration plan"]
    assert [(t["theme"], t["votes"]) for t in data["theme_proposals"]] == [("Mainframes", 3)]
    assert [t["title"] for t in data["talks"]] == ["Our cloud move"]
    [speaker] = data["speaker_proposals"]
    assert speaker["as_speaker"] and not speaker["as_proposer"]
    assert speaker["topic"] == "Quills at scale" and speaker["status"] == "asked"
    assert data["host_contact"] == [
        {**meeting, "contact_name": NAME, "contact_email": EMAIL, "contact_phone": PHONE}
    ]
    # Nothing about anyone else.
    assert "Anders" not in json.dumps(data) and "All quiet." not in json.dumps(data)


def test_erasure_removes_the_contact_data_and_keeps_the_history_as_a_former_member(
    db: Database, db_path: Path, world: dict[str, int]
) -> None:
    zen, mid, gid = world["zen"], world["meeting"], world["group"]
    privacy.erase_person(db, zen, lang="en", now=dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    assert integrity_check(db) == []

    with db.reading() as session:
        person = session.get(Person, zen)
        assert person is not None and person.erased_at is not None
        assert person.name == former_member("en")
        assert (person.email, person.phone, person.address) == ("", "", "")
        assert (person.dietary_needs, person.notes, person.consent_share_contact) == ("", "", False)
        assert person.expertise == [] and person.employments == []
        assert [m.left_on for m in person.memberships] == [dt.date(2026, 6, 1)]

    # The roster no longer shows them, not even among former members.
    assert [r.name for r in roster.roster(db, gid, include_former=True)] == ["Anders Østergaard"]
    assert roster.find_people_by_email(db, [EMAIL]) == {}

    # The minutes stay readable: the entry and attendance remain, under "former member".
    for lang in ("da", "en"):
        entries = {e.name: e for e in minutes.entries(db, mid, lang)}
        assert entries[former_member(lang)].text == ENTRY
        attendance = {a.name: a for a in minutes.attendance(db, mid, lang)}
        assert attendance[former_member(lang)].status is AttendanceStatus.LATE
        assert attendance[former_member(lang)].note == ""
        assert attendance[former_member(lang)].organisation == ""
        [action] = minutes.actions_for_meeting(db, mid, lang)
        assert action.owner_name == former_member(lang)
    document = minutes.minutes_document(db, mid, "da")
    assert NAME not in repr(document) and EMAIL not in repr(document)
    # Sign-up answers stay (past catering numbers); the diet and note do not.
    rows = {r.person_id: r for r in logistics.signups(db, mid, "da")}
    assert rows[zen].response is Rsvp.YES and rows[zen].diet == "" and rows[zen].note == ""
    visit = logistics.visit(db, mid)
    assert (visit.contact_person_id, visit.contact_email, visit.contact_phone) == (None, "", "")

    # The export now shows what is left.
    data = privacy.person_data(db, zen)
    assert data["person"]["erased_at"] and data["person"]["email"] == "" and data["jobs"] == []


def test_erased_values_are_gone_from_the_file_itself(
    db: Database, db_path: Path, world: dict[str, int]
) -> None:
    # Edit the person first, so that older versions of the row lie in the file's free space.
    roster.update_person(db, world["zen"], PersonInput(name=NAME, email=EMAIL, notes=NOTES + "!"))
    roster.update_person(db, world["zen"], PersonInput(name=NAME, email=EMAIL, phone=PHONE,
                         address=ADDRESS, dietary_needs=DIET, notes=NOTES))  # fmt: skip
    privacy.erase_person(db, world["zen"])
    raw = b"".join(
        path.read_bytes()
        for path in (db_path, db_path.with_name(db_path.name + "-wal"))
        if path.exists()
    )
    for value in ERASED_VALUES:
        assert value.encode("utf-8") not in raw, value
    assert ENTRY.encode("utf-8") in raw  # the round-table entry stays


def test_erasing_twice_or_a_missing_person(db: Database, world: dict[str, int]) -> None:
    privacy.erase_person(db, world["zen"])
    privacy.erase_person(db, world["zen"])
    with pytest.raises(NotFound):
        privacy.erase_person(db, 9999)
    with pytest.raises(NotFound):
        privacy.person_data(db, 9999)
