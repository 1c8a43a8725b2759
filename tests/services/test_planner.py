"""The year plan on a real SQLite file: meetings, agendas, date rules, documents and settings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.domain.enums import AgendaKind, MeetingStatus, Role
from coordinator_app.domain.logistics import TourRequirements, VisitInput, default_checklist
from coordinator_app.domain.meetings import (
    AgendaItemInput,
    AgendaTemplate,
    MeetingInput,
    TemplateItem,
    default_agenda_template,
)
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.domain.planning import HolidayRules, WarningCode, school_holiday
from coordinator_app.services import groups, logistics, planner, roster, settings
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    ChecklistItem,
    Meeting,
    Organisation,
    Person,
    Setting,
    SignUp,
    ThemeProposal,
)

DAY = dt.date(2027, 3, 9)  # a Tuesday without holidays
SHORT = AgendaTemplate(
    (
        TemplateItem("Kaffe", AgendaKind.ARRIVAL, 20),
        TemplateItem("Oplæg", AgendaKind.TALK, 40),
        TemplateItem("Frokost", AgendaKind.LUNCH, 30),
    )
)


@pytest.fixture
def group_id(db: Database) -> int:
    return groups.create_group(db, "IT Drift")


def _member(
    db: Database,
    group_id: int,
    name: str,
    company: str = "",
    *,
    role: Role = Role.MEMBER,
    email: str = "",
) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name, email=email),
        JobInput(company, "IT-chef", started_on=dt.date(2015, 1, 1)) if company else None,
        joined_on=dt.date(2020, 1, 1),
        role=role,
    )


def _meeting(
    db: Database, group_id: int, date: dt.date = DAY, *, template: AgendaTemplate = SHORT, **kw: str
) -> int:
    return planner.create_meeting(
        db, group_id, MeetingInput(date, theme=kw.get("theme", "")), template=template
    )


def _times(db: Database, meeting_id: int) -> list[tuple[str, str, str]]:
    return [
        (i.data.title, f"{i.start:%H:%M}", f"{i.end:%H:%M}")
        for i in planner.agenda(db, meeting_id).items
    ]


def _sequence(db: Database, meeting_id: int) -> int:
    return planner.meeting(db, meeting_id).ical_sequence


def _count(
    db: Database,
    model: type[Meeting] | type[AgendaItem] | type[Organisation] | type[ChecklistItem],
) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- meetings ----------------------------------------------------------------------------------


def test_a_new_meeting_gets_the_stored_agenda_template(db: Database, group_id: int) -> None:
    settings.set_agenda_template(db, SHORT)
    assert settings.agenda_template(db, "en") == SHORT
    mid = planner.create_meeting(db, group_id, MeetingInput(DAY, theme="  AI   i  driften "))
    row = planner.meeting(db, mid)
    assert (row.date, row.theme, row.status, row.agenda_items) == (
        DAY,
        "AI i driften",
        MeetingStatus.PLANNED,
        3,
    )
    assert (row.start_time, row.end_time) == (dt.time(9, 30), dt.time(16, 0))
    assert row.ical_sequence == 0
    assert row.ical_uid.endswith("@coordinator-app")
    assert _times(db, mid) == [
        ("Kaffe", "09:30", "09:50"),
        ("Oplæg", "09:50", "10:30"),
        ("Frokost", "10:30", "11:00"),
    ]
    plan = planner.agenda(db, mid)
    assert plan.overrun_minutes == 0
    assert plan.ends_at == dt.time(11, 0)
    assert [i.data.kind for i in plan.items] == [
        AgendaKind.ARRIVAL,
        AgendaKind.TALK,
        AgendaKind.LUNCH,
    ]


def test_without_a_stored_template_the_default_day_in_the_language(
    db: Database, group_id: int
) -> None:
    danish = planner.create_meeting(db, group_id, MeetingInput(DAY))
    english = planner.create_meeting(db, group_id, MeetingInput(DAY), lang="en")
    assert [i.data.title for i in planner.agenda(db, danish).items] == [
        i.title for i in default_agenda_template("da").items
    ]
    assert planner.agenda(db, english).items[0].data.title == "Arrival and coffee"
    plan = planner.agenda(db, danish)
    assert plan.ends_at == dt.time(16, 0)
    assert plan.overrun_minutes == 0
    assert planner.meeting(db, danish).ical_uid != planner.meeting(db, english).ical_uid


def test_meetings_are_listed_by_group_and_year(db: Database, group_id: int) -> None:
    other = groups.create_group(db, "Sikkerhed")
    late = _meeting(db, group_id, dt.date(2027, 11, 23))
    early = _meeting(db, group_id, dt.date(2027, 3, 9))
    next_year = _meeting(db, group_id, dt.date(2028, 3, 7))
    foreign = _meeting(db, other, dt.date(2027, 5, 4))
    assert [m.id for m in planner.meetings(db, group_id=group_id)] == [early, late, next_year]
    assert [m.id for m in planner.meetings(db, group_id=group_id, year=2027)] == [early, late]
    assert [m.id for m in planner.meetings(db, year=2027)] == [early, foreign, late]
    assert planner.meeting_years(db, group_id) == [2027, 2028]
    assert planner.meetings(db, group_id=group_id, year=2026) == []
    with pytest.raises(NotFound):
        planner.meeting(db, 999)


def test_every_change_raises_the_sequence_and_no_change_does_not(
    db: Database, group_id: int
) -> None:
    mid = _meeting(db, group_id, theme="AI")
    stamp = _updated_at(db, mid)
    row = planner.meeting(db, mid)

    planner.update_meeting(db, mid, row.as_input())
    assert _sequence(db, mid) == 0
    # Whitespace is normalised before comparing: the same theme typed sloppily is no change.
    planner.update_meeting(db, mid, MeetingInput(DAY, theme=" AI "))
    assert _sequence(db, mid) == 0

    before = planner.update_meeting(db, mid, MeetingInput(DAY, theme="NIS2"))
    assert before.theme == "AI"
    assert _sequence(db, mid) == 1
    assert _updated_at(db, mid) > stamp

    assert planner.move_meeting(db, mid, dt.date(2027, 3, 16)) == DAY
    assert _sequence(db, mid) == 2
    assert planner.move_meeting(db, mid, dt.date(2027, 3, 16)) == dt.date(2027, 3, 16)
    assert _sequence(db, mid) == 2

    assert planner.set_status(db, mid, MeetingStatus.CANCELLED) is MeetingStatus.PLANNED
    assert _sequence(db, mid) == 3
    planner.set_status(db, mid, MeetingStatus.CANCELLED)
    assert _sequence(db, mid) == 3
    row = planner.meeting(db, mid)
    assert (row.status, row.date, row.theme) == (
        MeetingStatus.CANCELLED,
        dt.date(2027, 3, 16),
        "NIS2",
    )


def test_agenda_changes_raise_the_sequence_too(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    first, second, _third = (i.id for i in planner.agenda(db, mid).items)
    item = planner.add_agenda_item(db, mid, AgendaItemInput("Rundt om bordet", duration_minutes=60))
    assert _sequence(db, mid) == 1
    same = planner.agenda(db, mid).items[-1].data
    planner.update_agenda_item(db, item, same)
    assert _sequence(db, mid) == 1
    planner.update_agenda_item(db, item, AgendaItemInput(" Rundt om bordet ", duration_minutes=60))
    assert _sequence(db, mid) == 1
    planner.update_agenda_item(db, item, AgendaItemInput("Rundt om bordet", duration_minutes=75))
    assert _sequence(db, mid) == 2
    assert planner.move_agenda_item(db, first, 0) == 0
    assert _sequence(db, mid) == 2
    planner.move_agenda_item(db, first, 1)
    assert _sequence(db, mid) == 3
    planner.remove_agenda_item(db, second)
    assert _sequence(db, mid) == 4


def test_invalid_input_raises_and_changes_nothing(db: Database, group_id: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        planner.create_meeting(db, group_id, MeetingInput(DAY, dt.time(16), dt.time(9)))
    assert [e.field for e in caught.value.errors] == ["end_time"]
    assert _count(db, Meeting) == 0
    assert _count(db, AgendaItem) == 0

    mid = _meeting(db, group_id, theme="AI")
    row = planner.meeting(db, mid)
    for bad in (
        MeetingInput(DAY, dt.time(16), dt.time(9), theme="Changed"),
        MeetingInput(dt.date(1850, 1, 1), theme="Changed"),
        MeetingInput(DAY, theme="x" * 301),
    ):
        with pytest.raises(ValidationFailed):
            planner.update_meeting(db, mid, bad)
    with pytest.raises(ValidationFailed):
        planner.move_meeting(db, mid, dt.date(2300, 1, 1))
    with pytest.raises(NotFound):
        planner.update_meeting(db, mid, MeetingInput(DAY, host_id=999))
    assert planner.meeting(db, mid) == row

    times = _times(db, mid)
    item = planner.agenda(db, mid).items[0]
    with pytest.raises(ValidationFailed):
        planner.add_agenda_item(db, mid, AgendaItemInput("Lang", duration_minutes=-5))
    with pytest.raises(ValidationFailed):
        planner.update_agenda_item(db, item.id, AgendaItemInput("x", duration_minutes=24 * 60))
    with pytest.raises(NotFound):
        planner.add_agenda_item(db, mid, AgendaItemInput("Oplæg", speaker_id=999))
    assert _times(db, mid) == times
    assert planner.meeting(db, mid) == row


def test_unknown_ids_raise_not_found(db: Database, group_id: int) -> None:
    with pytest.raises(NotFound):
        planner.create_meeting(db, 999, MeetingInput(DAY))
    with pytest.raises(NotFound):
        planner.create_meeting(db, group_id, MeetingInput(DAY, host_id=999))
    for call in (
        lambda: planner.update_meeting(db, 999, MeetingInput(DAY)),
        lambda: planner.move_meeting(db, 999, DAY),
        lambda: planner.set_status(db, 999, MeetingStatus.CANCELLED),
        lambda: planner.delete_meeting(db, 999),
        lambda: planner.agenda(db, 999),
        lambda: planner.add_agenda_item(db, 999, AgendaItemInput("x")),
        lambda: planner.update_agenda_item(db, 999, AgendaItemInput("x")),
        lambda: planner.remove_agenda_item(db, 999),
        lambda: planner.move_agenda_item(db, 999, 0),
        lambda: planner.meeting_document(db, 999),
    ):
        with pytest.raises(NotFound):
            call()
    assert _count(db, Meeting) == 0


# --- agenda ------------------------------------------------------------------------------------


def test_reordering_recomputes_the_times(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    coffee, talk, lunch = (i.id for i in planner.agenda(db, mid).items)
    assert planner.move_agenda_item(db, lunch, 0) == 2
    assert _times(db, mid) == [
        ("Frokost", "09:30", "10:00"),
        ("Kaffe", "10:00", "10:20"),
        ("Oplæg", "10:20", "11:00"),
    ]
    assert [i.position for i in planner.agenda(db, mid).items] == [0, 1, 2]
    planner.move_agenda_item(db, lunch, 99)  # past the end: last
    assert [i.id for i in planner.agenda(db, mid).items] == [coffee, talk, lunch]
    planner.move_agenda_item(db, talk, -3)  # before the start: first
    assert _times(db, mid) == [
        ("Oplæg", "09:30", "10:10"),
        ("Kaffe", "10:10", "10:30"),
        ("Frokost", "10:30", "11:00"),
    ]


def test_a_longer_item_moves_every_later_one_and_may_overrun(db: Database, group_id: int) -> None:
    mid = planner.create_meeting(
        db, group_id, MeetingInput(DAY, dt.time(9, 30), dt.time(11, 0)), template=SHORT
    )
    assert planner.agenda(db, mid).overrun_minutes == 0
    talk = planner.agenda(db, mid).items[1]
    planner.update_agenda_item(db, talk.id, AgendaItemInput("Oplæg", AgendaKind.TALK, 55))
    assert _times(db, mid)[1:] == [("Oplæg", "09:50", "10:45"), ("Frokost", "10:45", "11:15")]
    assert planner.agenda(db, mid).overrun_minutes == 15


def test_insert_at_a_position(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    tour = planner.add_agenda_item(
        db, mid, AgendaItemInput("Rundvisning", AgendaKind.TOUR, 60), position=1
    )
    items = planner.agenda(db, mid).items
    assert [i.data.title for i in items] == ["Kaffe", "Rundvisning", "Oplæg", "Frokost"]
    assert items[1].id == tour
    assert (items[2].start, items[2].end) == (dt.time(10, 50), dt.time(11, 30))
    last = planner.add_agenda_item(db, mid, AgendaItemInput("Slut", duration_minutes=0))
    assert planner.agenda(db, mid).items[-1].id == last


def test_remove_and_undo_restores_the_exact_order(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    planner.add_agenda_item(db, mid, AgendaItemInput("Diskussion", AgendaKind.DISCUSSION, 45))
    before = planner.agenda(db, mid).items
    removed = before[1]
    meeting_id, position, data = planner.remove_agenda_item(db, removed.id)
    assert (meeting_id, position) == (mid, 1)
    assert data == removed.data
    assert [i.data.title for i in planner.agenda(db, mid).items] == [
        "Kaffe",
        "Frokost",
        "Diskussion",
    ]
    sequence = _sequence(db, mid)
    again = planner.add_agenda_item(db, meeting_id, data, position=position, item_id=removed.id)
    assert again == removed.id
    assert planner.agenda(db, mid).items == before
    assert _sequence(db, mid) == sequence + 1


def test_delete_and_restore_gives_the_same_meeting_back(db: Database, group_id: int) -> None:
    host = planner.host_for_name(db, "Fjordbanken A/S")
    speaker = _member(db, group_id, "Åse Vestergård", "Lyngsø Kommune")
    mid = planner.create_meeting(
        db,
        group_id,
        MeetingInput(DAY, theme="AI", host_id=host, status=MeetingStatus.CONFIRMED, notes="n"),
        template=SHORT,
    )
    planner.add_agenda_item(db, mid, AgendaItemInput("Oplæg", AgendaKind.TALK, 30, speaker))
    planner.move_agenda_item(db, planner.agenda(db, mid).items[0].id, 2)
    before_row = planner.meeting(db, mid)
    before_agenda = planner.agenda(db, mid)
    assert before_row.ical_sequence == 2

    snapshot = planner.delete_meeting(db, mid)
    assert _count(db, Meeting) == 0
    assert _count(db, AgendaItem) == 0
    with pytest.raises(NotFound):
        planner.meeting(db, mid)

    planner.restore_meeting(db, snapshot)
    assert planner.meeting(db, mid) == before_row
    assert planner.agenda(db, mid) == before_agenda
    assert (snapshot.ical_uid, snapshot.ical_sequence) == (before_row.ical_uid, 2)


def test_delete_and_restore_keeps_the_checklist(db: Database, group_id: int) -> None:
    # Undoing "New meeting" deletes it; redoing it must bring back the checklist as it was,
    # under the same ids, so that later commands on its tasks still apply.
    mid = _meeting(db, group_id)
    tasks = logistics.checklist(db, mid, DAY)
    assert len(tasks) == len(default_checklist("da").items)
    logistics.set_done(db, tasks[0].id, dt.date(2026, 12, 1))
    logistics.remove_checklist_item(db, tasks[1].id)
    logistics.add_checklist_item(db, mid, "Bestil kage", -1)
    before = logistics.checklist(db, mid, DAY)

    snapshot = planner.delete_meeting(db, mid)  # the checklist does not block deleting
    assert _count(db, ChecklistItem) == 0
    assert [t.item_id for t in snapshot.checklist] == sorted(t.id for t in before)
    planner.restore_meeting(db, snapshot)
    assert logistics.checklist(db, mid, DAY) == before


def test_delete_is_refused_when_someone_signed_up(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    with db.session() as session:
        session.add(SignUp(meeting_id=mid, guest_name="Gæst"))
    with pytest.raises(ServiceError, match="cancel"):
        planner.delete_meeting(db, mid)
    assert planner.meeting(db, mid).agenda_items == 3


def test_delete_is_refused_when_the_meeting_has_theme_proposals(
    db: Database, group_id: int
) -> None:
    # Theme proposals are part of the round-table minutes: deleting would lose them.
    mid = _meeting(db, group_id)
    with db.session() as session:
        session.add(ThemeProposal(meeting_id=mid, theme="Observability"))
    with pytest.raises(ServiceError, match="cancel"):
        planner.delete_meeting(db, mid)
    with db.reading() as session:
        assert session.scalar(select(func.count(ThemeProposal.id))) == 1


# --- hosts and speakers ------------------------------------------------------------------------


def test_host_choices(db: Database, group_id: int) -> None:
    _member(db, group_id, "Anna", "Zeta A/S")
    _member(db, group_id, "Bo", "Ålborg IT")
    changed = _member(db, group_id, "Carl", "Bravo Bank")
    roster.add_job(db, changed, JobInput("Charlie Energi", started_on=dt.date(2024, 1, 1)))
    former = _member(db, group_id, "Dorte", "Delta Data")
    roster.end_membership(db, group_id, former, dt.date(2025, 6, 30))
    other_group = groups.create_group(db, "Sikkerhed")
    _member(db, other_group, "Erik", "Other Group A/S")
    past_host = planner.host_for_name(db, "Echo Pharma")
    planner.create_meeting(
        db, group_id, MeetingInput(dt.date(2024, 3, 5), host_id=past_host), template=SHORT
    )
    foreign_host = planner.host_for_name(db, "Foxtrot")
    planner.create_meeting(
        db, other_group, MeetingInput(dt.date(2024, 3, 5), host_id=foreign_host), template=SHORT
    )
    planner.host_for_name(db, "Unrelated ApS")

    names = [c.name for c in planner.host_choices(db, group_id)]
    assert names == ["Charlie Energi", "Echo Pharma", "Zeta A/S", "Ålborg IT"]
    english = [c.name for c in planner.host_choices(db, group_id, lang="en")]
    assert english == ["Ålborg IT", "Charlie Energi", "Echo Pharma", "Zeta A/S"]


def test_host_for_name_finds_or_creates(db: Database) -> None:
    first = planner.host_for_name(db, "  Ny   Virksomhed ")
    assert planner.host_for_name(db, "ny virksomhed") == first
    with db.reading() as session:
        org = session.get(Organisation, first)
        assert org is not None and org.name == "Ny Virksomhed"
    assert _count(db, Organisation) == 1
    with pytest.raises(ServiceError):
        planner.host_for_name(db, "   ")


def test_speaker_choices(db: Database, group_id: int) -> None:
    _member(db, group_id, "Åse Vestergård", "Lyngsø Kommune")
    _member(db, group_id, "Zacharias Bæk")
    carl = _member(db, group_id, "Carl Holm", "Bravo Bank")
    roster.add_job(db, carl, JobInput("Charlie Energi", started_on=dt.date(2024, 1, 1)))
    former = _member(db, group_id, "Dorte", "Delta Data")
    roster.end_membership(db, group_id, former, dt.date(2025, 6, 30))
    erased = _member(db, group_id, "Erased Person", "E A/S")
    with db.session() as session:
        person = session.get(Person, erased)
        assert person is not None
        person.erased_at = dt.datetime.now(dt.UTC)
    choices = planner.speaker_choices(db, group_id)
    assert [(c.name, c.organisation) for c in choices] == [
        ("Carl Holm", "Charlie Energi"),
        ("Zacharias Bæk", ""),
        ("Åse Vestergård", "Lyngsø Kommune"),
    ]
    assert choices[0].person_id == carl


def test_a_member_speakers_name_and_company_come_from_the_roster(
    db: Database, group_id: int
) -> None:
    pid = _member(db, group_id, "Åse Vestergård", "Lyngsø Kommune")
    mid = _meeting(db, group_id)
    item = planner.add_agenda_item(
        db,
        mid,
        AgendaItemInput(
            "Sprogmodeller", AgendaKind.TALK, 45, pid, "Typed Name", "Typed Company", " note "
        ),
    )
    with db.reading() as session:
        stored = session.get(AgendaItem, item)
        assert stored is not None
        assert (stored.speaker_person_id, stored.speaker_name, stored.speaker_organisation) == (
            pid,
            "",
            "",
        )
    row = planner.agenda(db, mid).items[-1]
    assert (row.data.speaker_id, row.data.speaker_name, row.data.speaker_organisation) == (
        pid,
        "Åse Vestergård",
        "Lyngsø Kommune",
    )
    assert row.speaker_display == "Åse Vestergård, Lyngsø Kommune"
    assert row.data.notes == "note"

    roster.add_job(db, pid, JobInput("Region Nord", started_on=dt.date(2026, 1, 1)))
    assert planner.agenda(db, mid).items[-1].speaker_display == "Åse Vestergård, Region Nord"
    lines = planner.meeting_document(db, mid).agenda
    assert (lines[-1].speaker, lines[-1].speaker_organisation) == ("Åse Vestergård", "Region Nord")

    guest = planner.add_agenda_item(
        db, mid, AgendaItemInput("Gæst", AgendaKind.TALK, 30, None, " Maja L ", " Grafana ")
    )
    [guest_row] = [i for i in planner.agenda(db, mid).items if i.id == guest]
    assert guest_row.speaker_display == "Maja L, Grafana"
    no_speaker = planner.agenda(db, mid).items[0]
    assert no_speaker.speaker_display == ""


# --- date rules --------------------------------------------------------------------------------


def test_warnings_for_date(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id, dt.date(2027, 3, 9))
    cancelled = _meeting(db, group_id, dt.date(2027, 9, 7))
    planner.set_status(db, cancelled, MeetingStatus.CANCELLED)
    other = groups.create_group(db, "Sikkerhed")
    _meeting(db, other, dt.date(2027, 4, 6))

    near = planner.warnings_for_date(db, group_id, dt.date(2027, 4, 6))
    assert [(w.code, w.days_apart) for w in near] == [(WarningCode.TOO_CLOSE, 28)]
    # The meeting itself does not count when it is the one being moved.
    assert planner.warnings_for_date(db, group_id, dt.date(2027, 4, 6), meeting_id=mid) == []
    # A cancelled meeting holds no day.
    assert planner.warnings_for_date(db, group_id, dt.date(2027, 9, 7)) == []
    [holiday] = planner.warnings_for_date(db, group_id, dt.date(2027, 5, 6), lang="da")
    assert holiday.holiday_name == "Kristi himmelfartsdag"


def test_the_stored_holiday_rules_are_used(db: Database, group_id: int) -> None:
    unity_day = dt.date(2027, 10, 5)  # Tuesday; Germany's holiday is 3 Oct, a Sunday in 2027
    assert planner.warnings_for_date(db, group_id, unity_day) == []
    settings.set_holiday_rules(db, HolidayRules(country="DE", school_weeks=(40,)))
    [warning] = planner.warnings_for_date(db, group_id, unity_day)
    assert warning.code is WarningCode.SCHOOL_HOLIDAY
    assert planner.warnings_for_date(db, group_id, dt.date(2028, 10, 3))[0].code is (
        WarningCode.PUBLIC_HOLIDAY
    )
    assert planner.warnings_for_date(db, group_id, dt.date(2027, 10, 19)) == []  # week 42
    explicit = planner.warnings_for_date(db, group_id, dt.date(2027, 10, 19), rules=HolidayRules())
    assert [w.code for w in explicit] == [WarningCode.SCHOOL_HOLIDAY]


def test_suggest_year_fills_only_parts_without_meetings(db: Database, group_id: int) -> None:
    rules = settings.holiday_rules(db)
    empty_year = planner.suggest_year(db, group_id, 2027)
    assert len(empty_year) == 4
    _meeting(db, group_id, dt.date(2027, 5, 4))  # in the second quarter
    cancelled = _meeting(db, group_id, dt.date(2027, 8, 31))  # third quarter, but cancelled
    planner.set_status(db, cancelled, MeetingStatus.CANCELLED)
    proposals = planner.suggest_year(db, group_id, 2027)
    days = [p.date for p in proposals]
    assert len(days) == 3
    assert not any(dt.date(2027, 4, 2) <= d <= dt.date(2027, 7, 1) for d in days)
    assert any(dt.date(2027, 7, 2) <= d <= dt.date(2027, 9, 30) for d in days)
    for day in days:
        assert day.weekday() == 1
        assert abs((day - dt.date(2027, 5, 4)).days) >= 42
        assert school_holiday(day, rules) is None
    assert [p.date.weekday() for p in planner.suggest_year(db, group_id, 2027, weekday=3)] == [
        3,
        3,
        3,
    ]
    assert len(planner.suggest_year(db, group_id, 2028, count=6)) == 6


def test_suggest_year_avoids_the_days_other_groups_meet(db: Database, group_id: int) -> None:
    first = planner.suggest_year(db, group_id, 2027)
    other = groups.create_group(db, "Sikkerhed")
    for proposal in first:
        _meeting(db, other, proposal.date)
    second = planner.suggest_year(db, group_id, 2027)
    assert len(second) == 4
    assert not {p.date for p in first} & {p.date for p in second}
    assert all(p.warnings == () for p in second)
    # The other group's meetings do not fill this group's quarters.
    assert [p.date.month for p in second] == [p.date.month for p in first]


# --- documents ---------------------------------------------------------------------------------


def _updated_at(db: Database, meeting_id: int) -> dt.datetime:
    document = planner.meeting_document(db, meeting_id)
    assert document.updated_at is not None
    return document.updated_at


def test_meeting_document(db: Database, group_id: int) -> None:
    _member(db, group_id, "Anna Medlem", "Zeta A/S", email="anna@zeta.example")
    _member(
        db,
        group_id,
        "Søren Østergaard",
        "Fjordbanken A/S",
        role=Role.COORDINATOR,
        email="soeren@fjordbanken.example",
    )
    host = planner.host_for_name(db, "Fjordbanken A/S")
    with db.session() as session:
        org = session.get(Organisation, host)
        assert org is not None
        org.address = "Strandvejen 112, 2900 Hellerup"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    mid = planner.create_meeting(
        db,
        group_id,
        MeetingInput(DAY, theme="AI i driften", host_id=host, notes=" Husk ID "),
        template=SHORT,
    )
    planner.update_meeting(
        db, mid, MeetingInput(DAY, theme="AI i driften", host_id=host, notes="Husk ID!")
    )
    document = planner.meeting_document(db, mid)
    row = planner.meeting(db, mid)
    assert (document.meeting_id, document.ical_uid, document.ical_sequence) == (
        mid,
        row.ical_uid,
        1,
    )
    assert (document.group_name, document.date, document.theme, document.title) == (
        "IT Drift",
        DAY,
        "AI i driften",
        "AI i driften",
    )
    assert (document.start_time, document.end_time) == (dt.time(9, 30), dt.time(16, 0))
    assert document.status is MeetingStatus.PLANNED
    assert (document.host_name, document.host_address) == (
        "Fjordbanken A/S",
        "Strandvejen 112, 2900 Hellerup",
    )
    assert document.notes == "Husk ID!"
    assert (document.coordinator_name, document.coordinator_email) == (
        "Søren Østergaard",
        "soeren@fjordbanken.example",
    )
    assert [(a.title, a.start, a.end, a.duration_minutes) for a in document.agenda] == [
        ("Kaffe", dt.time(9, 30), dt.time(9, 50), 20),
        ("Oplæg", dt.time(9, 50), dt.time(10, 30), 40),
        ("Frokost", dt.time(10, 30), dt.time(11, 0), 30),
    ]
    assert document.updated_at is not None
    assert document.updated_at.utcoffset() == dt.timedelta(0)
    assert before <= document.updated_at <= dt.datetime.now(dt.UTC)


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("da", ["Parkering", "Morgenmad", "Frokost", "Kaffe", "Bemærkninger"]),
        ("en", ["Parking", "Breakfast", "Lunch", "Coffee", "Notes"]),
    ],
)
def test_the_document_labels_each_meal_and_carries_the_tour(
    db: Database, group_id: int, lang: str, labels: list[str]
) -> None:
    mid = _meeting(db, group_id)
    logistics.save_visit(
        db,
        mid,
        VisitInput(
            parking="Gæsteparkering i kælderen",
            catering_breakfast="Rundstykker fra 09.00",
            catering_lunch="Buffet i kantinen",
            catering_coffee="Kaffe og kage kl. 14.30",
            tour_guide="Søren Østergaard",
            tour_minutes=60,
            tour_requires_id=True,
            tour_requires_nda=True,
            tour_requires_safety_shoes=True,
            tour_no_photos=True,
            tour_other_requirements="Lange bukser",
            notes="Husk navneskilt",
        ),
    )
    document = planner.meeting_document(db, mid, lang)
    assert [label for label, _text in document.practical] == labels
    assert dict(document.practical)[labels[2]] == "Buffet i kantinen"
    assert document.tour_requirements == TourRequirements(
        id_required=True, nda=True, safety_shoes=True, no_photos=True, other="Lange bukser"
    )
    assert (document.tour_guide, document.tour_minutes) == ("Søren Østergaard", 60)
    assert (
        planner.meeting_document(db, _meeting(db, group_id, dt.date(2027, 6, 2))).tour_guide == ""
    )


def test_a_document_without_coordinator_or_host(db: Database, group_id: int) -> None:
    mid = _meeting(db, group_id)
    document = planner.meeting_document(db, mid)
    assert (document.coordinator_name, document.host_name, document.host_address) == ("", "", "")
    assert document.title == "IT Drift"


def test_year_documents(db: Database, group_id: int) -> None:
    late = _meeting(db, group_id, dt.date(2027, 11, 23))
    early = _meeting(db, group_id, dt.date(2027, 3, 9))
    _meeting(db, group_id, dt.date(2028, 3, 7))
    documents = planner.year_documents(db, group_id, 2027)
    assert [d.meeting_id for d in documents] == [early, late]
    assert planner.year_documents(db, group_id, 2026) == []


# --- settings ----------------------------------------------------------------------------------


def test_holiday_rules_setting_round_trip(db: Database) -> None:
    assert settings.holiday_rules(db) == HolidayRules()
    rules = HolidayRules(country="SE", school_weeks=(8, 44), easter_week=False, christmas=False)
    settings.set_holiday_rules(db, rules)
    assert settings.holiday_rules(db) == rules
    settings.set_holiday_rules(db, HolidayRules())
    assert settings.holiday_rules(db) == HolidayRules()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Setting)) == 1


def test_unreadable_settings_fall_back_to_the_defaults(db: Database) -> None:
    with db.session() as session:
        session.add(Setting(key=settings.HOLIDAY_RULES, value="{not json"))
        session.add(Setting(key=settings.AGENDA_TEMPLATE, value=""))
    assert settings.holiday_rules(db) == HolidayRules()
    assert settings.agenda_template(db, "en") == default_agenda_template("en")


def test_agenda_template_setting_round_trip(db: Database) -> None:
    assert settings.agenda_template(db, "da") == default_agenda_template("da")
    settings.set_agenda_template(db, SHORT)
    assert settings.agenda_template(db, "da") == SHORT
    settings.set_agenda_template(db, AgendaTemplate())
    assert settings.agenda_template(db, "da") == AgendaTemplate()
    mid = planner.create_meeting(db, groups.create_group(db, "G"), MeetingInput(DAY))
    assert planner.agenda(db, mid).items == []
    assert planner.agenda(db, mid).ends_at == dt.time(9, 30)
