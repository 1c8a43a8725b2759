"""Host-visit logistics on a real SQLite file: the visit, sign-ups and catering, the checklist,
the host rotation and the visitor list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from coordinator_app.domain.enums import AgendaKind, MeetingStatus, Role, Rsvp
from coordinator_app.domain.logistics import (
    ChecklistTemplate,
    ChecklistTemplateItem,
    TourRequirements,
    VisitInput,
    Visitor,
    default_checklist,
)
from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput, TemplateItem
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, planner, roster, settings
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.services.logistics import GuestInput, SignupState
from coordinator_app.store.database import Database
from coordinator_app.store.models import ChecklistItem, HostVisit, SignUp

DAY = dt.date(2027, 3, 9)  # a Tuesday without holidays
TODAY = dt.date(2027, 2, 1)
SHORT = AgendaTemplate((TemplateItem("Kaffe", AgendaKind.ARRIVAL, 30),))
TASKS = ChecklistTemplate(
    (
        ChecklistTemplateItem("Bekræft værten", -30),
        ChecklistTemplateItem("Send dagsorden", -14),
        ChecklistTemplateItem("Meld antal", -14),
        ChecklistTemplateItem("Send referat", 7),
    )
)


@pytest.fixture
def group_id(db: Database) -> int:
    return groups.create_group(db, "IT Drift")


def member(
    db: Database,
    group_id: int | None,
    name: str,
    company: str = "",
    *,
    email: str = "",
    phone: str = "",
    diet: str = "",
    joined_on: dt.date = dt.date(2020, 1, 1),
    role: Role = Role.MEMBER,
) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name, email=email, phone=phone, dietary_needs=diet),
        JobInput(company, "IT-chef", started_on=dt.date(2015, 1, 1)) if company else None,
        joined_on=joined_on,
        role=role,
    )


def meeting(
    db: Database,
    group_id: int,
    date: dt.date = DAY,
    *,
    host: str = "",
    status: MeetingStatus = MeetingStatus.PLANNED,
    theme: str = "",
) -> int:
    host_id = planner.host_for_name(db, host) if host else None
    return planner.create_meeting(
        db,
        group_id,
        MeetingInput(date, theme=theme, host_id=host_id, status=status),
        template=SHORT,
    )


def org_id(db: Database, name: str) -> int:
    return planner.host_for_name(db, name)


def set_address(db: Database, name: str, address: str) -> None:
    from coordinator_app.store.models import Organisation

    with db.session() as session:
        org = session.get(Organisation, org_id(db, name))
        assert org is not None
        org.address = address


def sequence(db: Database, meeting_id: int) -> int:
    return planner.meeting(db, meeting_id).ical_sequence


def count(db: Database, model: type[HostVisit] | type[SignUp] | type[ChecklistItem]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- the visit ---------------------------------------------------------------------------------


def test_a_new_visit_shows_the_host_address(db: Database, group_id: int) -> None:
    org_id(db, "Pension Vestkyst")
    set_address(db, "Pension Vestkyst", "  Havnepladsen 4, 6700 Esbjerg ")
    mid = meeting(db, group_id, host="Pension Vestkyst")
    assert logistics.visit(db, mid) == VisitInput(address="Havnepladsen 4, 6700 Esbjerg")
    assert logistics.visit(db, meeting(db, group_id, dt.date(2027, 6, 2))) == VisitInput()
    with pytest.raises(NotFound, match="42"):
        logistics.visit(db, 42)


def test_save_visit_strips_stores_and_raises_the_sequence(db: Database, group_id: int) -> None:
    org_id(db, "Pension Vestkyst")
    set_address(db, "Pension Vestkyst", "Havnepladsen 4, 6700 Esbjerg")
    mid = meeting(db, group_id, host="Pension Vestkyst")
    assert sequence(db, mid) == 0
    data = VisitInput(
        contact_name="  Mette Kjærsgaard ",
        contact_email=" mette@pv.example ",
        contact_phone=" +45 40 22 61 19 ",
        address="Havnepladsen 4, indgang B\n6700 Esbjerg  ",
        room=" Vesterhavet ",
        tour_minutes=45,
        tour_requires_id=True,
    )
    before = logistics.save_visit(db, mid, data)
    assert before == VisitInput(address="Havnepladsen 4, 6700 Esbjerg")
    stored = logistics.visit(db, mid)
    assert stored.contact_name == "Mette Kjærsgaard"
    assert stored.contact_email == "mette@pv.example"
    assert stored.contact_phone == "+45 40 22 61 19"
    assert stored.address == "Havnepladsen 4, indgang B\n6700 Esbjerg"
    assert (stored.room, stored.tour_minutes, stored.tour_requires_id) == ("Vesterhavet", 45, True)
    assert count(db, HostVisit) == 1
    assert sequence(db, mid) == 1
    # The calendar entry and the agenda show the visit's address.
    assert planner.meeting_document(db, mid).host_address == stored.address

    # Saving the same again changes nothing, not even the sequence.
    assert logistics.save_visit(db, mid, data) == stored
    assert sequence(db, mid) == 1
    assert logistics.save_visit(db, mid, VisitInput(address=stored.address, room="Kantinen"))
    assert sequence(db, mid) == 2


def test_undoing_the_first_visit_edit_leaves_no_row(db: Database, group_id: int) -> None:
    org_id(db, "Fjordbanken")
    set_address(db, "Fjordbanken", "Strandvejen 112, 2900 Hellerup")
    mid = meeting(db, group_id, host="Fjordbanken")
    before = logistics.save_visit(db, mid, VisitInput(address="Strandvejen 112", wifi="Gæst"))
    assert count(db, HostVisit) == 1
    with pytest.raises(ServiceError):
        planner.delete_meeting(db, mid)  # the visit is a record that deleting would lose
    logistics.save_visit(db, mid, before)  # undo
    assert logistics.visit(db, mid) == before
    assert count(db, HostVisit) == 0
    assert sequence(db, mid) == 2
    # So that undoing "New meeting" still works.
    planner.delete_meeting(db, mid)
    # Saving the defaults of a meeting without a visit stores nothing.
    mid = meeting(db, group_id, host="Fjordbanken")
    logistics.save_visit(db, mid, VisitInput(address=" Strandvejen 112, 2900 Hellerup "))
    assert count(db, HostVisit) == 0
    assert sequence(db, mid) == 0


def test_an_invalid_visit_changes_nothing(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    logistics.save_visit(db, mid, VisitInput(room="Lokale 1"))
    with pytest.raises(ValidationFailed) as exc:
        logistics.save_visit(
            db,
            mid,
            VisitInput(room="Lokale 2", contact_email="mette@", tour_max_participants=0),
        )
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("contact_email", "email_invalid"),
        ("tour_max_participants", "participants_range"),
    ]
    with pytest.raises(ValidationFailed) as exc:
        logistics.save_visit(db, mid, VisitInput(contact_name="x" * 201, parking="p" * 10_001))
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("contact_name", "name_too_long"),
        ("parking", "text_too_long"),
    ]
    with pytest.raises(NotFound):
        logistics.save_visit(db, mid, VisitInput(room="Lokale 3", contact_person_id=999))
    with pytest.raises(NotFound):
        logistics.save_visit(db, 999, VisitInput(room="Lokale 3"))
    assert logistics.visit(db, mid) == VisitInput(room="Lokale 1")
    assert sequence(db, mid) == 1


def test_host_contacts_are_the_people_at_the_host_members_first(
    db: Database, group_id: int
) -> None:
    other_group = groups.create_group(db, "Sikkerhed")
    mid = meeting(db, group_id, host="Pension Vestkyst")
    mette = member(db, group_id, "Mette Kjærsgaard", "Pension Vestkyst", email="m@pv.example")
    colleague_aa = member(db, None, "Åge Due", "Pension Vestkyst", phone="+45 20 00 00 01")
    colleague_m = member(db, None, "Mikkel Aagaard Due", "Pension Vestkyst")
    member(db, other_group, "Bo Berg", "Pension Vestkyst")  # a member of another group
    member(db, group_id, "Søren Østergaard", "Fjordbanken")  # another company
    left = member(db, None, "Anders And", "Pension Vestkyst")
    roster.add_job(db, left, JobInput("Fjordbanken", started_on=dt.date(2024, 1, 1)))
    contacts = logistics.host_contacts(db, mid)
    assert [(c.name, c.is_member) for c in contacts] == [
        ("Mette Kjærsgaard", True),
        ("Bo Berg", False),
        ("Mikkel Aagaard Due", False),
        ("Åge Due", False),
    ]
    assert contacts[0].person_id == mette and contacts[0].email == "m@pv.example"
    assert (contacts[3].person_id, contacts[3].phone) == (colleague_aa, "+45 20 00 00 01")
    assert contacts[2].person_id == colleague_m
    assert [c.name for c in logistics.host_contacts(db, mid, "en")][1:] == [
        "Åge Due",
        "Bo Berg",
        "Mikkel Aagaard Due",
    ]
    assert logistics.host_contacts(db, meeting(db, group_id, dt.date(2027, 6, 2))) == []
    with pytest.raises(NotFound):
        logistics.host_contacts(db, 999)


# --- sign-ups ----------------------------------------------------------------------------------


def test_signups_list_the_members_on_the_meeting_date(db: Database, group_id: int) -> None:
    other_group = groups.create_group(db, "Sikkerhed")
    mid = meeting(db, group_id)
    member(db, group_id, "Åse Vestergård", "Lyngsø Kommune")
    member(db, group_id, "Zacharias Holm")
    member(db, group_id, "Anne Ask", joined_on=DAY)  # joins on the day: a member
    member(db, group_id, "Bent Sen", joined_on=DAY + dt.timedelta(days=1))  # joins later
    leaves_on_day = member(db, group_id, "Carl Dag")
    roster.end_membership(db, group_id, leaves_on_day, DAY)  # has left on the day
    leaves_after = member(db, group_id, "Dorte Efter")
    roster.end_membership(db, group_id, leaves_after, DAY + dt.timedelta(days=1))
    member(db, other_group, "Eva Anden")
    member(db, None, "Finn Ingen")
    rows = logistics.signups(db, mid)
    assert [r.name for r in rows] == ["Anne Ask", "Dorte Efter", "Zacharias Holm", "Åse Vestergård"]
    assert all(r.response is Rsvp.INVITED and r.signup_id is None for r in rows)
    assert all(not r.is_guest and r.person_id is not None for r in rows)
    assert rows[-1].organisation == "Lyngsø Kommune"
    # English readers put Å with A.
    assert [r.name for r in logistics.signups(db, mid, "en")][:2] == ["Anne Ask", "Åse Vestergård"]
    with pytest.raises(NotFound):
        logistics.signups(db, 999)


def test_a_member_without_a_joining_date_is_invited(db: Database, group_id: int) -> None:
    from coordinator_app.store.models import Membership

    person = member(db, group_id, "Gammel Kending")
    with db.session() as session:
        for row in session.scalars(select(Membership).where(Membership.person_id == person)):
            row.joined_on = None
    assert [r.name for r in logistics.signups(db, meeting(db, group_id))] == ["Gammel Kending"]


def test_someone_with_an_answer_stays_listed_after_leaving(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    ole = member(db, group_id, "Ole Gråbøl")
    logistics.set_signup(db, mid, ole, Rsvp.YES)
    roster.end_membership(db, group_id, ole, DAY - dt.timedelta(days=10))
    rows = logistics.signups(db, mid)
    assert [(r.name, r.response) for r in rows] == [("Ole Gråbøl", Rsvp.YES)]
    assert rows[0].signup_id is not None


def test_the_diet_falls_back_to_the_roster(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    mette = member(db, group_id, "Mette", diet="vegetar")
    karen = member(db, group_id, "Karen", diet="glutenfri")
    member(db, group_id, "Søren")
    logistics.set_signup(db, mid, mette, Rsvp.YES)
    logistics.set_signup(db, mid, karen, Rsvp.YES, diet="  vegansk denne gang ")
    rows = {r.name: r for r in logistics.signups(db, mid)}
    assert (rows["Mette"].diet, rows["Mette"].roster_diet) == ("vegetar", "vegetar")
    assert (rows["Karen"].diet, rows["Karen"].roster_diet) == ("vegansk denne gang", "glutenfri")
    assert (rows["Søren"].diet, rows["Søren"].roster_diet) == ("", "")
    summary = logistics.catering(db, mid)
    assert summary.diets == {"vegansk denne gang": 1, "vegetar": 1}
    assert (summary.yes, summary.invited) == (2, 1)


def test_set_and_restore_a_signup(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    mette = member(db, group_id, "Mette")
    before = logistics.set_signup(db, mid, mette, Rsvp.MAYBE, note=" kommer sent ")
    assert before == SignupState(Rsvp.INVITED, "", "", existed=False)
    row = logistics.signups(db, mid)[0]
    assert (row.response, row.note, row.diet) == (Rsvp.MAYBE, "kommer sent", "")
    # None leaves a field as it is.
    second = logistics.set_signup(db, mid, mette, diet="fisk")
    assert second == SignupState(Rsvp.MAYBE, "", "kommer sent", existed=True)
    third = logistics.set_signup(db, mid, mette, Rsvp.YES)
    row = logistics.signups(db, mid)[0]
    assert (row.response, row.note, row.diet) == (Rsvp.YES, "kommer sent", "fisk")
    # Undo, step by step, back to no sign-up at all.
    logistics.restore_signup(db, mid, mette, third)
    assert logistics.signups(db, mid)[0].response is Rsvp.MAYBE
    logistics.restore_signup(db, mid, mette, second)
    assert logistics.signups(db, mid)[0].diet == ""
    logistics.restore_signup(db, mid, mette, before)
    assert count(db, SignUp) == 0
    assert logistics.signups(db, mid)[0].signup_id is None
    # Redo of a removed row puts it back; while it exists, the meeting cannot be deleted.
    logistics.restore_signup(db, mid, mette, second)
    assert logistics.signups(db, mid)[0].note == "kommer sent"
    with pytest.raises(ServiceError):
        planner.delete_meeting(db, mid)
    logistics.restore_signup(db, mid, mette, before)
    planner.delete_meeting(db, mid)


def test_a_signup_that_says_nothing_is_not_stored(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    mette = member(db, group_id, "Mette")
    assert logistics.set_signup(db, mid, mette) == SignupState(Rsvp.INVITED, "", "", False)
    assert logistics.set_signup(db, mid, mette, Rsvp.INVITED, diet="  ", note="")
    assert count(db, SignUp) == 0


def test_signups_of_unknown_people_or_meetings(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    mette = member(db, group_id, "Mette")
    with pytest.raises(NotFound):
        logistics.set_signup(db, mid, 999, Rsvp.YES)
    with pytest.raises(NotFound):
        logistics.set_signup(db, 999, mette, Rsvp.YES)
    with pytest.raises(NotFound):
        logistics.restore_signup(db, 999, mette, SignupState(Rsvp.YES, "", "", True))
    with pytest.raises(ValidationFailed) as exc:
        logistics.set_signup(db, mid, mette, Rsvp.YES, note="x" * 10_001)
    assert [(e.field, e.code) for e in exc.value.errors] == [("note", "text_too_long")]
    assert count(db, SignUp) == 0


def test_guests_come_after_the_members_in_the_order_they_were_added(
    db: Database, group_id: int
) -> None:
    mid = meeting(db, group_id)
    member(db, group_id, "Ærlige Åse")
    first = logistics.add_guest(
        db, mid, GuestInput("  Mikkel  Aagaard Due ", " Pension  Vestkyst ", diet=" vegansk ")
    )
    second = logistics.add_guest(db, mid, GuestInput("Anne Gæst", response=Rsvp.MAYBE))
    rows = logistics.signups(db, mid)
    assert [(r.name, r.is_guest, r.signup_id) for r in rows] == [
        ("Ærlige Åse", False, None),
        ("Mikkel Aagaard Due", True, first),
        ("Anne Gæst", True, second),
    ]
    guest = rows[1]
    assert (guest.person_id, guest.organisation, guest.diet, guest.response) == (
        None,
        "Pension Vestkyst",
        "vegansk",
        Rsvp.YES,
    )
    summary = logistics.catering(db, mid)
    assert (summary.yes, summary.maybe, summary.invited, summary.guests) == (1, 1, 1, 1)
    assert summary.catering_max == 2


def test_a_guest_needs_a_name(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    with pytest.raises(ValidationFailed) as exc:
        logistics.add_guest(db, mid, GuestInput("   ", "Firma"))
    assert [(e.field, e.code) for e in exc.value.errors] == [("name", "name_required")]
    guest = logistics.add_guest(db, mid, GuestInput("Gæst"))
    with pytest.raises(ValidationFailed):
        logistics.update_guest(db, guest, GuestInput(""))
    with pytest.raises(ValidationFailed) as exc:
        logistics.add_guest(db, mid, GuestInput("x" * 201))
    assert exc.value.errors[0].code == "name_too_long"
    with pytest.raises(NotFound):
        logistics.add_guest(db, 999, GuestInput("Gæst"))
    assert [r.name for r in logistics.signups(db, mid)] == ["Gæst"]


def test_update_remove_and_re_add_a_guest(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    guest = logistics.add_guest(db, mid, GuestInput("Maja Lindqvist", "Grafana Labs"))
    later = logistics.add_guest(db, mid, GuestInput("Zenia Zahle"))
    before = logistics.update_guest(
        db, guest, GuestInput("Maja Lindqvist", "Grafana", Rsvp.NO, note=" syg ")
    )
    assert before == GuestInput("Maja Lindqvist", "Grafana Labs", Rsvp.YES, "", "")
    changed = GuestInput("Maja Lindqvist", "Grafana", Rsvp.NO, "", "syg")
    assert logistics.update_guest(db, guest, before) == changed
    listing = logistics.signups(db, mid)

    meeting_id, removed = logistics.remove_guest(db, guest)
    assert (meeting_id, removed) == (mid, before)
    assert [r.name for r in logistics.signups(db, mid)] == ["Zenia Zahle"]
    # Undo re-creates the guest under the old id, back in its place.
    assert logistics.add_guest(db, meeting_id, removed, signup_id=guest) == guest
    assert logistics.signups(db, mid) == listing
    assert [r.signup_id for r in listing] == [guest, later]

    with pytest.raises(NotFound):
        logistics.remove_guest(db, 999)
    with pytest.raises(NotFound):
        logistics.update_guest(db, 999, before)
    # A member's sign-up is not a guest.
    mette = member(db, group_id, "Mette")
    logistics.set_signup(db, mid, mette, Rsvp.YES)
    member_signup = next(r.signup_id for r in logistics.signups(db, mid) if r.name == "Mette")
    assert member_signup is not None
    with pytest.raises(NotFound):
        logistics.remove_guest(db, member_signup)


# --- the checklist -----------------------------------------------------------------------------


def test_a_new_meeting_gets_the_checklist_template(db: Database, group_id: int) -> None:
    assert settings.checklist_template(db, "da") == default_checklist("da")
    mid = meeting(db, group_id)
    rows = logistics.checklist(db, mid, TODAY)
    assert [(r.title, r.offset_days) for r in rows] == [
        (i.title, i.offset_days) for i in default_checklist("da").items
    ]
    english = planner.create_meeting(db, group_id, MeetingInput(dt.date(2027, 6, 2)), lang="en")
    assert (
        logistics.checklist(db, english, TODAY)[0].title == default_checklist("en").items[0].title
    )
    settings.set_checklist_template(db, TASKS)
    assert settings.checklist_template(db, "en") == TASKS
    third = meeting(db, group_id, dt.date(2027, 9, 14))
    assert [r.title for r in logistics.checklist(db, third, TODAY)] == [
        "Bekræft værten",
        "Send dagsorden",
        "Meld antal",
        "Send referat",
    ]
    settings.set_checklist_template(db, ChecklistTemplate())
    assert logistics.checklist(db, meeting(db, group_id, dt.date(2027, 11, 24)), TODAY) == []


def test_checklist_due_dates_and_overdue(db: Database, group_id: int) -> None:
    settings.set_checklist_template(db, TASKS)
    mid = meeting(db, group_id)
    today = DAY - dt.timedelta(days=14)  # "Send dagsorden" is due today
    rows = logistics.checklist(db, mid, today)
    assert [(r.title, r.due, r.overdue) for r in rows] == [
        ("Bekræft værten", dt.date(2027, 2, 7), True),
        ("Send dagsorden", dt.date(2027, 2, 23), False),
        ("Meld antal", dt.date(2027, 2, 23), False),
        ("Send referat", dt.date(2027, 3, 16), False),
    ]
    assert [r.position for r in rows] == [0, 1, 2, 3]
    assert all(r.meeting_id == mid and r.done_on is None for r in rows)
    assert logistics.set_done(db, rows[0].id, today) is None
    assert logistics.set_done(db, rows[0].id, None) == today
    logistics.set_done(db, rows[0].id, dt.date(2027, 2, 10))
    rows = logistics.checklist(db, mid, DAY + dt.timedelta(days=1))
    assert [r.overdue for r in rows] == [False, True, True, False]
    assert rows[0].done_on == dt.date(2027, 2, 10)
    # A task moved earlier comes first.
    assert logistics.update_checklist_item(db, rows[3].id, " Send  referat ", -60) == (
        "Send referat",
        7,
    )
    assert [r.title for r in logistics.checklist(db, mid, TODAY)][:2] == [
        "Send referat",
        "Bekræft værten",
    ]
    with pytest.raises(NotFound):
        logistics.checklist(db, 999, TODAY)


def test_ensure_checklist_creates_only_once(db: Database, group_id: int) -> None:
    settings.set_checklist_template(db, TASKS)
    mid = meeting(db, group_id)
    assert logistics.ensure_checklist(db, mid) is False
    assert len(logistics.checklist(db, mid, TODAY)) == 4
    for row in logistics.checklist(db, mid, TODAY):
        logistics.remove_checklist_item(db, row.id)
    assert logistics.ensure_checklist(db, mid, "en") is True
    assert logistics.ensure_checklist(db, mid, "en") is False
    assert len(logistics.checklist(db, mid, TODAY)) == 4
    with db.session() as session:
        session.execute(delete(ChecklistItem))
    settings.set_checklist_template(db, ChecklistTemplate())
    assert logistics.ensure_checklist(db, mid) is False  # an empty template creates nothing
    with pytest.raises(NotFound):
        logistics.ensure_checklist(db, 999)


def test_ensure_checklist_uses_the_default_in_the_language(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    with db.session() as session:
        session.execute(delete(ChecklistItem))
    assert logistics.ensure_checklist(db, mid, "en") is True
    titles = [r.title for r in logistics.checklist(db, mid, TODAY)]
    assert titles == [i.title for i in default_checklist("en").items]


def test_add_update_remove_and_undo_a_task(db: Database, group_id: int) -> None:
    settings.set_checklist_template(db, TASKS)
    mid = meeting(db, group_id)
    added = logistics.add_checklist_item(db, mid, "  Bestil  kage ", -14)
    rows = logistics.checklist(db, mid, TODAY)
    assert [r.title for r in rows] == [
        "Bekræft værten",
        "Send dagsorden",
        "Meld antal",
        "Bestil kage",
        "Send referat",
    ]
    assert rows[3].id == added and rows[3].position == 4

    middle = rows[1]
    logistics.set_done(db, middle.id, dt.date(2027, 2, 20))
    before = logistics.checklist(db, mid, TODAY)
    removed = logistics.remove_checklist_item(db, middle.id)
    assert removed == (mid, "Send dagsorden", -14, dt.date(2027, 2, 20), middle.id)
    assert [r.title for r in logistics.checklist(db, mid, TODAY)][1:3] == [
        "Meld antal",
        "Bestil kage",
    ]
    meeting_id, title, offset, done_on, old_id = removed
    assert logistics.add_checklist_item(db, meeting_id, title, offset, item_id=old_id) == old_id
    assert logistics.set_done(db, old_id, done_on) is None
    assert logistics.checklist(db, mid, TODAY) == before

    previous = logistics.update_checklist_item(db, added, "Bestil lagkage", -10)
    assert previous == ("Bestil kage", -14)
    logistics.update_checklist_item(db, added, *previous)
    assert logistics.checklist(db, mid, TODAY) == before


def test_invalid_or_unknown_tasks(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    n = len(logistics.checklist(db, mid, TODAY))
    with pytest.raises(ValidationFailed) as exc:
        logistics.add_checklist_item(db, mid, "  ", 400)
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("title", "title_required"),
        ("offset_days", "offset_range"),
    ]
    item = logistics.checklist(db, mid, TODAY)[0].id
    with pytest.raises(ValidationFailed):
        logistics.update_checklist_item(db, item, "", 0)
    for call in (
        lambda: logistics.add_checklist_item(db, 999, "x", 0),
        lambda: logistics.update_checklist_item(db, 999, "x", 0),
        lambda: logistics.remove_checklist_item(db, 999),
        lambda: logistics.set_done(db, 999, TODAY),
    ):
        with pytest.raises(NotFound):
            call()
    assert len(logistics.checklist(db, mid, TODAY)) == n


def test_due_overview(db: Database, group_id: int) -> None:
    settings.set_checklist_template(db, TASKS)
    other = groups.create_group(db, "Sikkerhed")
    today = dt.date(2027, 3, 1)
    coming = meeting(db, group_id, dt.date(2027, 3, 9), theme="AI")
    month_ago = meeting(db, other, today - dt.timedelta(days=30), theme="NIS2")
    too_old = meeting(db, group_id, today - dt.timedelta(days=31))
    cancelled = meeting(db, group_id, dt.date(2027, 3, 16), status=MeetingStatus.CANCELLED)
    done = logistics.checklist(db, coming, today)[0]
    logistics.set_done(db, done.id, today)

    rows = logistics.due_overview(db, today)
    assert {r.meeting_id for r in rows} == {coming, month_ago}
    assert too_old not in {r.meeting_id for r in rows}
    assert cancelled not in {r.meeting_id for r in rows}
    assert done.id not in {r.item.id for r in rows}
    dues = [r.item.due for r in rows]
    assert dues == sorted(dues)
    # The month-old meeting's tasks are all overdue except the last.
    first = rows[0]
    assert (first.meeting_id, first.group_name, first.theme, first.item.overdue) == (
        month_ago,
        "Sikkerhed",
        "NIS2",
        True,
    )
    assert first.meeting_date == today - dt.timedelta(days=30)
    assert [(r.item.title, r.item.overdue) for r in rows if r.meeting_id == coming] == [
        ("Send dagsorden", True),
        ("Meld antal", True),
        ("Send referat", False),
    ]
    only = logistics.due_overview(db, today, group_id=group_id)
    assert {r.meeting_id for r in only} == {coming}
    assert [r.group_name for r in only] == ["IT Drift"] * 3


# --- host rotation -----------------------------------------------------------------------------


def test_host_history_newest_first(db: Database, group_id: int) -> None:
    first = meeting(db, group_id, dt.date(2026, 3, 10), host="Fjordbanken")
    meeting(db, group_id, dt.date(2026, 6, 3))  # no host
    second = meeting(
        db, group_id, dt.date(2026, 9, 15), host="Havørn", status=MeetingStatus.CANCELLED
    )
    third = meeting(db, group_id, dt.date(2027, 3, 9), host="Fjordbanken")
    meeting(db, groups.create_group(db, "Andet"), dt.date(2026, 5, 5), host="Havørn")
    rows = logistics.host_history(db, group_id)
    assert [(r.meeting_id, r.name, r.status) for r in rows] == [
        (third, "Fjordbanken", MeetingStatus.PLANNED),
        (second, "Havørn", MeetingStatus.CANCELLED),
        (first, "Fjordbanken", MeetingStatus.PLANNED),
    ]
    assert rows[0].date == dt.date(2027, 3, 9)
    assert rows[0].organisation_id == org_id(db, "Fjordbanken")


def test_suggest_hosts(db: Database, group_id: int) -> None:
    today = dt.date(2027, 2, 1)
    member(db, group_id, "Søren", "Fjordbanken")
    member(db, group_id, "Rasmus", "Kattegat Energi")
    member(db, group_id, "Åse", "Ålholm Universitet")
    member(db, group_id, "Lars", "Zealand")
    member(db, group_id, "Mette", "Pension Vestkyst")
    member(db, group_id, "Pia", "Pauser A/S")
    member(db, group_id, "Kim", "Fjordbanken")  # two members, one company
    former = member(db, group_id, "Ole", "Nordlys")
    roster.end_membership(db, group_id, former, dt.date(2026, 6, 30))
    changed = member(db, group_id, "Thomas", "Gammel Arbejdsgiver")
    roster.add_job(db, changed, JobInput("Ørestad Pharma", started_on=dt.date(2026, 1, 1)))
    member(db, groups.create_group(db, "Andet"), "Eva", "Anden Gruppe A/S")
    assert logistics.set_hosting_paused(db, org_id(db, "Pauser A/S"), True) is False

    meeting(db, group_id, dt.date(2026, 3, 10), host="Fjordbanken", status=MeetingStatus.HELD)
    meeting(db, group_id, dt.date(2025, 3, 11), host="Kattegat Energi", status=MeetingStatus.HELD)
    meeting(db, group_id, dt.date(2026, 9, 15), host="Zealand", status=MeetingStatus.CANCELLED)
    booked = meeting(db, group_id, dt.date(2027, 3, 9), host="Pension Vestkyst")
    meeting(db, group_id, dt.date(2024, 3, 12), host="Nordlys", status=MeetingStatus.HELD)

    ranked = logistics.suggest_hosts(db, group_id, today)
    assert [(c.name, c.last_hosted, c.booked) for c in ranked] == [
        ("Zealand", None, None),
        ("Ørestad Pharma", None, None),
        ("Ålholm Universitet", None, None),
        ("Kattegat Energi", dt.date(2025, 3, 11), None),
        ("Fjordbanken", dt.date(2026, 3, 10), None),
        ("Pension Vestkyst", None, dt.date(2027, 3, 9)),
    ]
    # Choosing the host of the booked meeting itself: its booking does not count.
    ranked = logistics.suggest_hosts(db, group_id, today, exclude_meeting_id=booked)
    assert [c.name for c in ranked][:4] == [
        "Pension Vestkyst",
        "Zealand",
        "Ørestad Pharma",
        "Ålholm Universitet",
    ]
    # English order puts Å and Ø with A and O.
    ranked = logistics.suggest_hosts(db, group_id, today, lang="en")
    assert [c.name for c in ranked][:3] == ["Ålholm Universitet", "Ørestad Pharma", "Zealand"]
    assert logistics.set_hosting_paused(db, org_id(db, "Pauser A/S"), False) is True
    assert "Pauser A/S" in [c.name for c in logistics.suggest_hosts(db, group_id, today)]
    with pytest.raises(NotFound):
        logistics.set_hosting_paused(db, 999, True)


# --- documents ---------------------------------------------------------------------------------


def test_visitor_list(db: Database, group_id: int) -> None:
    org_id(db, "Pension Vestkyst")
    set_address(db, "Pension Vestkyst", "Havnepladsen 4, 6700 Esbjerg")
    mid = meeting(db, group_id, host="Pension Vestkyst", theme="Platform engineering")
    member(
        db,
        group_id,
        "Søren Østergaard",
        "Fjordbanken",
        email="soeren@fjordbanken.example",
        phone="20 14 37 82",
        role=Role.COORDINATOR,
    )
    mette = member(db, group_id, "Mette Kjærsgaard", "Pension Vestkyst")
    answers = {
        "Åse Vestergård": Rsvp.YES,
        "Zacharias Holm": Rsvp.YES,
        "Henrik Brøndum": Rsvp.NO,
        "Karen Løvschall": Rsvp.MAYBE,
        "Kasper Ravnsbæk": Rsvp.INVITED,
    }
    for name, answer in answers.items():
        logistics.set_signup(db, mid, member(db, group_id, name, "Firma"), answer)
    logistics.set_signup(db, mid, mette, Rsvp.YES)
    logistics.add_guest(db, mid, GuestInput("Mikkel Aagaard Due", "Pension Vestkyst"))
    logistics.add_guest(db, mid, GuestInput("Nej Tak", response=Rsvp.NO))
    logistics.save_visit(
        db,
        mid,
        VisitInput(
            contact_person_id=mette,
            contact_name="Gammelt navn",
            tour_guide="Driftschefen",
            tour_minutes=45,
            tour_requires_id=True,
            tour_no_photos=True,
            tour_other_requirements="Ingen smykker",
        ),
    )
    document = logistics.visitor_list(db, mid)
    assert document.visitors == (
        Visitor("Mette Kjærsgaard", "Pension Vestkyst"),
        Visitor("Mikkel Aagaard Due", "Pension Vestkyst", is_guest=True),
        Visitor("Zacharias Holm", "Firma"),
        Visitor("Åse Vestergård", "Firma"),
    )
    assert (document.group_name, document.meeting_date, document.theme) == (
        "IT Drift",
        DAY,
        "Platform engineering",
    )
    assert (document.start_time, document.end_time) == (dt.time(9, 30), dt.time(16, 0))
    assert (document.host_name, document.host_address) == (
        "Pension Vestkyst",
        "Havnepladsen 4, 6700 Esbjerg",
    )
    assert document.contact_name == "Mette Kjærsgaard"  # the linked person's name
    assert (
        document.coordinator_name,
        document.coordinator_email,
        document.coordinator_phone,
    ) == ("Søren Østergaard", "soeren@fjordbanken.example", "+45 20 14 37 82")
    assert document.requirements == TourRequirements(
        id_required=True, no_photos=True, other="Ingen smykker"
    )
    assert (document.tour_guide, document.tour_minutes) == ("Driftschefen", 45)
    with pytest.raises(NotFound):
        logistics.visitor_list(db, 999)


def test_visitor_list_without_host_visit_or_coordinator(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    logistics.save_visit(db, mid, VisitInput(contact_name=" Bo Vært ", address="Vejen 1"))
    document = logistics.visitor_list(db, mid)
    assert document.visitors == ()
    assert (document.host_name, document.host_address, document.contact_name) == (
        "",
        "Vejen 1",
        "Bo Vært",
    )
    assert (document.coordinator_name, document.coordinator_email) == ("", "")
    assert not document.requirements.any


def test_member_addresses(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    member(db, group_id, "Åse", email="aase@example.dk")
    member(db, group_id, "Zacharias", email="zac@example.dk")
    member(db, group_id, "Uden Adresse")
    former = member(db, group_id, "Ole", email="ole@example.dk")
    roster.end_membership(db, group_id, former, dt.date(2026, 6, 30))
    member(db, groups.create_group(db, "Andet"), "Eva", email="eva@example.dk")
    member(db, None, "Ingen Gruppe", email="ingen@example.dk")
    assert logistics.member_addresses(db, mid) == [
        ("Zacharias", "zac@example.dk"),
        ("Åse", "aase@example.dk"),
    ]
    with pytest.raises(NotFound):
        logistics.member_addresses(db, 999)
