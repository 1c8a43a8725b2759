"""The demo data: one realistic group with its members, job histories and year plan."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import phonenumbers
import pytest
from sqlalchemy import select

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    Role,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.logistics import default_checklist
from coordinator_app.domain.people import PersonInput
from coordinator_app.domain.validation import is_valid_email
from coordinator_app.services import logistics, minutes, planner
from coordinator_app.services.demo import (
    DEMO_GROUP_NAME,
    demo_meeting_dates,
    fill_with_demo_data,
    is_empty,
)
from coordinator_app.services.errors import ServiceError
from coordinator_app.services.groups import create_group, list_groups
from coordinator_app.services.roster import add_member, person_details, roster
from coordinator_app.store.database import Database
from coordinator_app.store.models import Employment, HostVisit, Meeting, Membership

TODAY = dt.date(2027, 5, 12)


@pytest.fixture
def demo_group(db: Database) -> int:
    return fill_with_demo_data(db, TODAY)


def _meetings(db: Database, group_id: int) -> list[Meeting]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(Meeting).where(Meeting.group_id == group_id).order_by(Meeting.date)
            )
        )


def test_a_new_database_is_empty_and_the_demo_fills_it(db: Database) -> None:
    assert is_empty(db)
    group_id = fill_with_demo_data(db, TODAY)
    assert not is_empty(db)
    assert [(g.id, g.name, g.members) for g in list_groups(db)] == [(group_id, DEMO_GROUP_NAME, 12)]


def test_twelve_active_members_from_twelve_companies_and_one_former(
    db: Database, demo_group: int
) -> None:
    rows = roster(db, demo_group, include_former=True)
    active = [r for r in rows if r.active]
    former = [r for r in rows if not r.active]
    assert len(active) == 12
    assert len(former) == 1
    assert former[0].left_on is not None and former[0].left_on < TODAY
    assert len({r.company for r in active}) == 12
    assert len({r.industry for r in active}) == 12
    assert all(r.title and r.email and r.phone and r.expertise for r in rows)


def test_names_contact_data_and_details_are_realistic(db: Database, demo_group: int) -> None:
    rows = roster(db, demo_group, include_former=True)
    names = {r.name for r in rows}
    assert "Łukasz Żółć" in names
    for letter in "æøå":
        assert any(letter in name.casefold() for name in names), letter
    for row in rows:
        assert is_valid_email(row.email), row.email
        assert row.email.rsplit("@", 1)[1].endswith(".example")
        number = phonenumbers.parse(row.phone)
        assert number.country_code == 45
        assert phonenumbers.is_valid_number(number), row.phone
        assert row.member_since is not None and row.member_since < TODAY
    assert len({r.member_since.year for r in rows if r.member_since}) >= 5
    diets = {r.dietary_needs for r in rows if r.dietary_needs}
    assert diets == {"vegetar", "glutenfri", "laktosefri"}
    consenting = sum(r.consent_share_contact for r in rows)
    assert len(rows) // 2 < consenting < len(rows)
    assert {r.role for r in rows}.issuperset({str(Role.COORDINATOR), str(Role.MEMBER)})
    assert sum(r.role == str(Role.COORDINATOR) for r in rows) == 1
    tags = {tag for r in rows for tag in r.expertise}
    assert {"Kubernetes", "ITIL", "Backup", "NIS2", "Microsoft 365", "Mainframe"} <= tags


def test_three_members_have_an_earlier_job(db: Database, demo_group: int) -> None:
    with db.reading() as session:
        person_ids = session.scalars(
            select(Membership.person_id).where(Membership.group_id == demo_group)
        ).all()
    with_history = []
    for person_id in person_ids:
        jobs = person_details(db, person_id).jobs
        if len(jobs) > 1:
            with_history.append(person_id)
            current, earlier = jobs[0], jobs[1]
            assert current.ended_on is None
            assert earlier.ended_on is not None and earlier.ended_on <= TODAY
            assert earlier.company != current.company
            assert current.started_on == earlier.ended_on
    assert len(with_history) == 3


def test_four_meetings_a_year_at_four_member_companies(db: Database, demo_group: int) -> None:
    meetings = [m for m in _meetings(db, demo_group) if m.date.year == TODAY.year]
    assert len(meetings) == 4
    assert sorted((m.date.month - 1) // 3 for m in meetings) == [0, 1, 2, 3]
    for meeting in meetings:
        assert meeting.date.weekday() in (1, 2)  # Tuesday or Wednesday
        assert meeting.date.isocalendar().week not in {7, 42, 27, 28, 29, 30, 31}
        assert (meeting.start_time, meeting.end_time) == (dt.time(9, 30), dt.time(16, 0))
        assert meeting.theme
        assert meeting.ical_uid.endswith("@coordinator-app")
    assert len({m.ical_uid for m in meetings}) == 4
    hosts = {m.host_organisation_id for m in meetings}
    assert None not in hosts and len(hosts) == 4
    with db.reading() as session:
        member_companies = set(
            session.scalars(
                select(Employment.organisation_id)
                .join(Membership, Membership.person_id == Employment.person_id)
                .where(
                    Membership.group_id == demo_group,
                    Membership.left_on.is_(None),
                    Employment.ended_on.is_(None),
                )
            )
        )
    assert hosts <= member_companies


def test_no_meeting_on_a_public_holiday() -> None:
    # 2024: Constitution Day (5 June) is a Wednesday; 2032: Easter is in March.
    for year in range(2020, 2045):
        for date in demo_meeting_dates(year):
            assert date not in {dt.date(year, 6, 5), dt.date(year, 1, 1)}
            assert date.isocalendar().week not in {7, 42, 27, 28, 29, 30, 31, 52, 53, 1}
    assert dt.date(2024, 6, 5) not in demo_meeting_dates(2024)


def test_meetings_before_today_are_held_and_the_next_one_is_confirmed(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    statuses = [(m.date < TODAY, m.status) for m in _meetings(db, group_id)]
    assert statuses == [
        *[(True, MeetingStatus.HELD)] * 5,
        (False, MeetingStatus.CONFIRMED),
        *[(False, MeetingStatus.PLANNED)] * 6,
    ]


def test_next_year_is_planned_a_year_ahead_with_what_is_decided_so_far(db: Database) -> None:
    # Late in the year every meeting of this year has been held; next year is already planned.
    group_id = fill_with_demo_data(db, dt.date(2026, 11, 27))
    meetings = _meetings(db, group_id)
    this_year = [m for m in meetings if m.date.year == 2026]
    next_year = [m for m in meetings if m.date.year == 2027]
    assert [m.status for m in this_year] == [MeetingStatus.HELD] * 4
    assert [m.status for m in next_year] == [MeetingStatus.CONFIRMED] + [MeetingStatus.PLANNED] * 3
    # The next theme and host are known; later ones are decided at coming round tables.
    assert next_year[0].theme and next_year[0].host_organisation_id is not None
    assert all(not m.theme and m.host_organisation_id is None for m in next_year[1:])
    with db.reading() as session:
        visit = session.scalars(select(HostVisit)).one()
    assert visit.meeting_id == next_year[0].id
    assert visit.room and visit.parking and visit.wifi
    # Every meeting starts from the full-day template: the day ends at 16:00 sharp.
    for meeting in meetings:
        plan = planner.agenda(db, meeting.id)
        assert plan.overrun_minutes == 0
        assert plan.ends_at == dt.time(16, 0)


def test_the_year_follows_today(db: Database) -> None:
    group_id = fill_with_demo_data(db, dt.date(2031, 1, 2))
    meetings = _meetings(db, group_id)
    assert {m.date.year for m in meetings} == {2030, 2031, 2032}
    this_year = [m.status for m in meetings if m.date.year == 2031]
    assert this_year[:2] == [MeetingStatus.CONFIRMED, MeetingStatus.PLANNED]


def test_last_year_gives_the_host_rotation_a_history(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    last_year = [m for m in _meetings(db, group_id) if m.date.year == TODAY.year - 1]
    assert [m.status for m in last_year] == [MeetingStatus.HELD] * 4
    hosts = {m.host_organisation_id for m in _meetings(db, group_id) if m.host_organisation_id}
    assert len(hosts) == 9  # four last year, four this year, one booked for next year


def test_refuses_a_database_with_a_group(db: Database) -> None:
    create_group(db, "Andet netværk")
    assert not is_empty(db)
    with pytest.raises(ServiceError):
        fill_with_demo_data(db, TODAY)
    assert [g.name for g in list_groups(db)] == ["Andet netværk"]


def test_refuses_a_database_with_a_person(db: Database) -> None:
    add_member(db, None, PersonInput(name="Jens Jensen"))
    assert not is_empty(db)
    with pytest.raises(ServiceError):
        fill_with_demo_data(db, TODAY)
    assert list_groups(db) == []


def test_refuses_to_fill_twice(db: Database, demo_group: int) -> None:
    with pytest.raises(ServiceError):
        fill_with_demo_data(db, TODAY)
    assert len(roster(db, demo_group)) == 13


def test_every_meeting_has_a_checklist_done_as_far_as_it_was_due(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    template = default_checklist("da")
    for meeting in _meetings(db, group_id):
        rows = logistics.checklist(db, meeting.id, TODAY)
        assert sorted(r.title for r in rows) == sorted(i.title for i in template.items)
        for row in rows:
            if meeting.status is MeetingStatus.PLANNED or row.due >= TODAY:
                assert row.done_on is None
            else:
                assert row.done_on == row.due
            assert not row.overdue or meeting.status is MeetingStatus.PLANNED
    held = [m for m in _meetings(db, group_id) if m.status is MeetingStatus.HELD]
    assert held and all(r.done_on is not None for r in logistics.checklist(db, held[0].id, TODAY))


def test_the_confirmed_meeting_has_sign_ups_and_a_guest_speaker(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    confirmed = next(m for m in _meetings(db, group_id) if m.status is MeetingStatus.CONFIRMED)
    rows = logistics.signups(db, confirmed.id)
    members = [r for r in rows if not r.is_guest]
    guests = [r for r in rows if r.is_guest]
    assert len(members) == 12
    answers = Counter(r.response for r in members)
    assert answers == {Rsvp.YES: 8, Rsvp.NO: 2, Rsvp.MAYBE: 1, Rsvp.INVITED: 1}
    assert [(g.response, bool(g.organisation)) for g in guests] == [(Rsvp.YES, True)]
    # The host's member and the coordinator come.
    host_people = {c.name for c in logistics.host_contacts(db, confirmed.id) if c.is_member}
    yes = {r.name for r in members if r.response is Rsvp.YES}
    assert host_people <= yes and "Søren Østergaard" in yes
    summary = logistics.catering(db, confirmed.id)
    assert (summary.yes, summary.guests, summary.catering_max) == (9, 1, 10)
    assert summary.diets  # from the roster's dietary needs
    document = logistics.visitor_list(db, confirmed.id)
    assert len(document.visitors) == 9
    assert document.coordinator_name == "Søren Østergaard"
    assert document.contact_name and document.host_address
    # Only the confirmed meeting has sign-ups.
    for meeting in _meetings(db, group_id):
        if meeting.id != confirmed.id:
            assert all(r.signup_id is None for r in logistics.signups(db, meeting.id))


def test_a_guest_speaker_of_the_next_meeting_comes_as_guest(db: Database) -> None:
    # Late in the year the next meeting is next year's "Platform engineering", where a
    # member's colleague speaks.
    group_id = fill_with_demo_data(db, dt.date(2026, 11, 27))
    confirmed = next(m for m in _meetings(db, group_id) if m.status is MeetingStatus.CONFIRMED)
    guests = [r for r in logistics.signups(db, confirmed.id) if r.is_guest]
    assert [(g.name, g.organisation) for g in guests] == [
        ("Mikkel Aagaard Due", "Pension Vestkyst")
    ]


# --- minutes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "today", [TODAY, dt.date(2026, 11, 27), dt.date(2031, 1, 2)], ids=["may", "november", "january"]
)
def test_held_meetings_have_realistic_minutes(db: Database, today: dt.date) -> None:
    group_id = fill_with_demo_data(db, today)
    meetings = _meetings(db, group_id)
    held = [m for m in meetings if m.status is MeetingStatus.HELD]
    assert len(held) >= 4
    for meeting in meetings:
        if meeting.status is not MeetingStatus.HELD:
            assert not minutes.attendance_taken(db, meeting.id)
            assert minutes.entries(db, meeting.id) == []
            assert minutes.themes(db, meeting.id) == []
    for meeting in held:
        attendance = minutes.attendance(db, meeting.id)
        statuses = Counter(a.status for a in attendance)
        assert None not in statuses  # attendance was taken for every member
        assert statuses[AttendanceStatus.EXCUSED] == 1
        assert statuses[AttendanceStatus.LATE] == 1
        assert statuses[AttendanceStatus.PRESENT] >= len(attendance) - 3
        # Every member who was there has a status at the round table, in Danish.
        entries = minutes.entries(db, meeting.id)
        present = {a.person_id for a in attendance if a.present}
        assert sorted(e.person_id for e in entries) == sorted(present)
        assert [e.position for e in entries] == list(range(len(entries)))
        assert all(e.text and e.topics for e in entries)
        levels = Counter(e.level for e in entries)
        # Mostly group only; the candid ones stay in the group.
        assert levels[Confidentiality.GROUP_ONLY] > len(entries) / 2
        assert 1 <= len(minutes.decisions(db, meeting.id)) <= 2
        own = [a for a in minutes.actions_for_meeting(db, meeting.id) if not a.carried]
        assert 1 <= len(own) <= 3
        assert all(a.done_on is None or meeting.date < a.done_on < today for a in own)
        # The chosen theme is the next meeting's theme, with the most votes.
        themes = minutes.themes(db, meeting.id)
        chosen = [t for t in themes if t.chosen]
        following = minutes.next_meeting(db, meeting.id)
        assert following is not None and len(chosen) == 1
        assert (
            chosen[0].theme
            == following.theme
            == minutes.minutes_document(db, meeting.id).next_theme
        )
        assert chosen[0].votes == max(t.votes for t in themes) and len(themes) >= 2
        assert all(t.proposed_by_name for t in themes)
    # The most recent minutes are a draft, the older ones were sent.
    assert [minutes.minutes_status(db, m.id) for m in held] == [MinutesStatus.SENT] * (
        len(held) - 1
    ) + [MinutesStatus.DRAFT]


def test_the_demo_round_table_mixes_confidentiality_levels(db: Database) -> None:
    # Late in the year: two years of round tables.
    group_id = fill_with_demo_data(db, dt.date(2026, 11, 27))
    levels = Counter(e.level for m in _meetings(db, group_id) for e in minutes.entries(db, m.id))
    assert levels[Confidentiality.GROUP_ONLY] > 2 * levels[Confidentiality.ANONYMOUS] > 0
    assert levels[Confidentiality.ANONYMOUS] > levels[Confidentiality.SHAREABLE] > 0
    texts = " ".join(e.text for m in _meetings(db, group_id) for e in minutes.entries(db, m.id))
    for subject in ("NIS2", "cloud", "vagt", "chatbot", "migrering"):
        assert subject.casefold() in texts.casefold(), subject


def test_the_former_member_was_at_the_meetings_of_his_time(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    former = next(r for r in roster(db, group_id, include_former=True) if not r.active)
    for meeting in _meetings(db, group_id):
        listed = {a.person_id for a in minutes.attendance(db, meeting.id)}
        assert (former.person_id in listed) is (
            former.left_on is not None and meeting.date < former.left_on
        )
    said = [
        e
        for m in _meetings(db, group_id)
        for e in minutes.entries(db, m.id)
        if e.person_id == former.person_id
    ]
    assert len(said) == 2


def test_an_open_action_is_carried_to_every_later_meeting(db: Database) -> None:
    group_id = fill_with_demo_data(db, dt.date(2026, 11, 27))
    held = [m for m in _meetings(db, group_id) if m.status is MeetingStatus.HELD]
    still_open = minutes.list_actions(db, group_id=group_id, open_only=True)
    oldest = min(still_open, key=lambda a: a.meeting_date)
    later = [m for m in held if m.date > oldest.meeting_date]
    assert len(later) >= 3
    for meeting in later:
        carried = [a for a in minutes.actions_for_meeting(db, meeting.id) if a.carried]
        assert oldest.id in {a.id for a in carried}
    # Some were done, one of them only after the next meeting (so it was carried there).
    done = [a for a in minutes.list_actions(db, group_id=group_id) if a.done]
    assert len(done) >= 5
    assert any(a.carried and a.done for m in held for a in minutes.actions_for_meeting(db, m.id))


def test_the_speaker_pipeline(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    confirmed = next(m for m in _meetings(db, group_id) if m.status is MeetingStatus.CONFIRMED)
    pipeline = minutes.speakers(db, group_id)
    by_status = Counter(s.status for s in pipeline)
    assert by_status[SpeakerStatus.IDEA] == 2
    assert by_status[SpeakerStatus.DECLINED] == 1
    assert by_status[SpeakerStatus.HELD] >= 8
    next_talks = {
        item.data.title
        for item in planner.agenda(db, confirmed.id).items
        if item.data.kind is AgendaKind.TALK
    }
    assert {s.topic for s in pipeline if s.status is SpeakerStatus.CONFIRMED} == next_talks
    assert all(
        s.meeting_id == confirmed.id for s in pipeline if s.status is SpeakerStatus.CONFIRMED
    )
    assert all(s.speaker_name and s.proposed_by_name for s in pipeline if s.meeting_id)
    # The pipeline's order: coming talks, then held, then declined.
    assert pipeline[0].status is SpeakerStatus.CONFIRMED
    assert pipeline[-1].status is SpeakerStatus.DECLINED


def test_the_demo_annual_report(db: Database) -> None:
    group_id = fill_with_demo_data(db, TODAY)
    report = minutes.annual_report(db, group_id, TODAY.year - 1)
    assert [m.status for m in report.meetings] == ["held"] * 4
    assert all(m.present >= 9 and len(m.speakers) == 2 for m in report.meetings)
    assert len(report.members) == 13  # the twelve and the one who left mid-year
    former = next(m for m in report.members if m.meetings == 2)
    assert former.present == 2
    assert report.coordinator_name == "Søren Østergaard"
    assert report.themes_next
