"""Round-table minutes on a real SQLite file: attendance, the round table, decisions, action
items, themes and the next meeting, the speaker pipeline, the minutes document and the annual
report."""

from __future__ import annotations

import datetime as dt

import pytest

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
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.domain.meetings import AgendaItemInput, AgendaTemplate, MeetingInput
from coordinator_app.domain.minutes import AttendanceLine, ExportOptions, redact
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, minutes, planner, roster, talk_notes
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.minutes import (
    ActionInput,
    AttendanceState,
    EntryInput,
    SpeakerInput,
    ThemeInput,
)
from coordinator_app.store.database import Database
from coordinator_app.store.models import Person

DAY = dt.date(2027, 3, 9)
EMPTY = AgendaTemplate(())

PRESENT = AttendanceStatus.PRESENT
LATE = AttendanceStatus.LATE
LEFT_EARLY = AttendanceStatus.LEFT_EARLY
EXCUSED = AttendanceStatus.EXCUSED
ABSENT = AttendanceStatus.ABSENT
GROUP_ONLY = Confidentiality.GROUP_ONLY
ANONYMOUS = Confidentiality.ANONYMOUS
SHAREABLE = Confidentiality.SHAREABLE


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
    joined_on: dt.date = dt.date(2020, 1, 1),
    role: Role = Role.MEMBER,
) -> int:
    return roster.add_member(
        db,
        group_id,
        PersonInput(name=name, email=email),
        JobInput(company, "IT-chef", started_on=dt.date(2015, 1, 1)) if company else None,
        joined_on=joined_on,
        role=role,
    )


def meeting(
    db: Database,
    group_id: int,
    date: dt.date = DAY,
    *,
    status: MeetingStatus = MeetingStatus.HELD,
    theme: str = "",
    host: str = "",
) -> int:
    host_id = planner.host_for_name(db, host) if host else None
    return planner.create_meeting(
        db,
        group_id,
        MeetingInput(date, theme=theme, status=status, host_id=host_id),
        template=EMPTY,
    )


def erase(db: Database, person_id: int) -> None:
    with db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.erased_at = dt.datetime.now(dt.UTC)


def field_codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in exc.value.errors]


@pytest.fixture
def people(db: Database, group_id: int) -> dict[str, int]:
    """Four current members (Danish names to sort), a coordinator among them."""
    return {
        name: member(db, group_id, name, company, email=email, role=role)
        for name, company, email, role in (
            ("Åse Vestergård", "Lyngsø Kommune", "aase@lyngsoe.example", Role.MEMBER),
            ("Zacharias Bæk", "Kattegat Energi", "", Role.MEMBER),
            ("Mette Kjærsgaard", "Pension Vestkyst", "mette@pv.example", Role.MEMBER),
            ("Søren Østergaard", "Fjordbanken", "soeren@fjord.example", Role.COORDINATOR),
        )
    }


def names(lines: list[AttendanceLine]) -> list[str]:
    return [line.name for line in lines]


# --- attendance -------------------------------------------------------------------------------


def test_attendance_lists_the_members_on_the_meeting_date_by_danish_name(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    newcomer = member(db, group_id, "Anders Nybegynder", joined_on=DAY + dt.timedelta(days=1))
    leaver = member(db, group_id, "Bente Tidligere", joined_on=dt.date(2018, 1, 1))
    roster.end_membership(db, group_id, leaver, DAY - dt.timedelta(days=1))
    stayed = member(db, group_id, "Carl Til-Dagen", joined_on=dt.date(2018, 1, 1))
    roster.end_membership(db, group_id, stayed, DAY + dt.timedelta(days=1))
    other_group = groups.create_group(db, "Andet netværk")
    member(db, other_group, "Dorthe Anden")
    mid = meeting(db, group_id)

    lines = minutes.attendance(db, mid)
    assert names(lines) == [
        "Carl Til-Dagen",
        "Mette Kjærsgaard",
        "Søren Østergaard",
        "Zacharias Bæk",
        "Åse Vestergård",
    ]
    assert all(line.status is None and line.note == "" for line in lines)
    assert not any(line.present for line in lines)
    assert lines[1].organisation == "Pension Vestkyst"
    assert newcomer not in {line.person_id for line in lines}
    assert names(minutes.attendance(db, mid, "en"))[-1] == "Zacharias Bæk"

    # Anyone whose attendance is recorded is listed too: a member who has left since, a guest.
    minutes.set_attendance(db, mid, leaver, PRESENT)
    guest = member(db, None, "Ole Gæst")
    minutes.set_attendance(db, mid, guest, LATE, "Kom kl. 11")
    lines = minutes.attendance(db, mid)
    assert "Bente Tidligere" in names(lines)
    assert next(line for line in lines if line.person_id == guest).note == "Kom kl. 11"
    with pytest.raises(NotFound, match="42"):
        minutes.attendance(db, 42)


def test_attendance_names_the_company_of_the_meeting_date(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mette = people["Mette Kjærsgaard"]
    roster.add_job(db, mette, JobInput("Ny Arbejdsgiver A/S", started_on=DAY + dt.timedelta(90)))
    held = meeting(db, group_id)
    later = meeting(db, group_id, DAY + dt.timedelta(days=120), status=MeetingStatus.PLANNED)
    at = {line.person_id: line.organisation for line in minutes.attendance(db, held)}
    assert at[mette] == "Pension Vestkyst"
    at_later = {line.person_id: line.organisation for line in minutes.attendance(db, later)}
    assert at_later[mette] == "Ny Arbejdsgiver A/S"
    # Before any job started: the current one.
    early = meeting(db, group_id, dt.date(2014, 6, 1))
    minutes.set_attendance(db, early, mette, PRESENT)
    at_early = {line.person_id: line.organisation for line in minutes.attendance(db, early)}
    assert at_early == {mette: "Ny Arbejdsgiver A/S"}


def test_an_erased_member_shows_as_former_member_only_where_recorded(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    other = meeting(db, group_id, DAY + dt.timedelta(days=90))
    zacharias = people["Zacharias Bæk"]
    minutes.set_attendance(db, mid, zacharias, PRESENT)
    entry = minutes.add_entry(db, mid, zacharias, EntryInput("Fortroligt", ("NIS2",)))
    erase(db, zacharias)

    line = next(a for a in minutes.attendance(db, mid) if a.person_id == zacharias)
    assert (line.name, line.organisation, line.status) == ("Tidligere medlem", "", PRESENT)
    assert next(a for a in minutes.attendance(db, mid, "en") if a.person_id == zacharias).name == (
        "Former member"
    )
    # Where nothing is recorded, an erased member is not listed.
    assert zacharias not in {a.person_id for a in minutes.attendance(db, other)}
    [shown] = minutes.entries(db, mid)
    assert (shown.id, shown.name, shown.organisation, shown.text) == (
        entry,
        "Tidligere medlem",
        "",
        "Fortroligt",
    )


def test_set_attendance_returns_the_state_before_and_undo_restores_it(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    mette = people["Mette Kjærsgaard"]
    assert not minutes.attendance_taken(db, mid)

    before = minutes.set_attendance(db, mid, mette, LATE, "  Kom kl. 10.30 ")
    assert before == AttendanceState(None, "")
    assert minutes.attendance_taken(db, mid)
    line = next(a for a in minutes.attendance(db, mid) if a.person_id == mette)
    assert (line.status, line.note) == (LATE, "Kom kl. 10.30")

    # Without a note, the note stays.
    assert minutes.set_attendance(db, mid, mette, PRESENT) == AttendanceState(LATE, "Kom kl. 10.30")
    line = next(a for a in minutes.attendance(db, mid) if a.person_id == mette)
    assert (line.status, line.note) == (PRESENT, "Kom kl. 10.30")

    # "Not taken" deletes the row (the note goes with it; the returned state keeps it).
    cleared = minutes.set_attendance(db, mid, mette, None)
    assert cleared == AttendanceState(PRESENT, "Kom kl. 10.30")
    assert not minutes.attendance_taken(db, mid)
    # Undo.
    minutes.set_attendance(db, mid, mette, cleared.status, cleared.note)
    line = next(a for a in minutes.attendance(db, mid) if a.person_id == mette)
    assert (line.status, line.note) == (PRESENT, "Kom kl. 10.30")
    minutes.set_attendance(db, mid, mette, before.status, before.note)
    assert not minutes.attendance_taken(db, mid)
    # Clearing what is not there is harmless.
    assert minutes.set_attendance(db, mid, mette, None, "") == AttendanceState(None, "")


def test_set_attendance_refuses_bad_input(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    mette = people["Mette Kjærsgaard"]
    with pytest.raises(ValidationFailed) as exc:
        minutes.set_attendance(db, mid, mette, None, "en note uden status")
    assert field_codes(exc) == [("status", "status_required")]
    with pytest.raises(ValidationFailed) as exc:
        minutes.set_attendance(db, mid, mette, PRESENT, "x" * 10_001)
    assert field_codes(exc) == [("note", "too_long")]
    with pytest.raises(NotFound):
        minutes.set_attendance(db, mid, 999, PRESENT)
    with pytest.raises(NotFound):
        minutes.set_attendance(db, 42, mette, PRESENT)
    assert not minutes.attendance_taken(db, mid)
    with pytest.raises(NotFound):
        minutes.attendance_taken(db, 42)


def test_prefill_takes_attendance_from_the_sign_ups_only_once(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    assert not minutes.prefill_attendance(db, mid)  # no answers: nothing to take
    assert not minutes.attendance_taken(db, mid)

    logistics.set_signup(db, mid, people["Mette Kjærsgaard"], Rsvp.YES)
    logistics.set_signup(db, mid, people["Zacharias Bæk"], Rsvp.NO)
    logistics.set_signup(db, mid, people["Åse Vestergård"], Rsvp.MAYBE)
    logistics.add_guest(db, mid, logistics.GuestInput("Gæst Gæstesen"))
    assert minutes.prefill_attendance(db, mid)
    status = {a.name: a.status for a in minutes.attendance(db, mid)}
    assert status == {
        "Mette Kjærsgaard": PRESENT,
        "Søren Østergaard": None,  # did not answer
        "Zacharias Bæk": EXCUSED,
        "Åse Vestergård": None,  # maybe
    }

    # Once attendance is taken, the sign-ups no longer count.
    minutes.set_attendance(db, mid, people["Mette Kjærsgaard"], ABSENT)
    logistics.set_signup(db, mid, people["Søren Østergaard"], Rsvp.YES)
    assert not minutes.prefill_attendance(db, mid)
    status = {a.name: a.status for a in minutes.attendance(db, mid)}
    assert (status["Mette Kjærsgaard"], status["Søren Østergaard"]) == (ABSENT, None)
    with pytest.raises(NotFound):
        minutes.prefill_attendance(db, 42)


def test_prefill_does_nothing_when_attendance_was_taken_by_hand(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    minutes.set_attendance(db, mid, people["Åse Vestergård"], LATE)
    logistics.set_signup(db, mid, people["Mette Kjærsgaard"], Rsvp.YES)
    assert not minutes.prefill_attendance(db, mid)
    assert [a.name for a in minutes.attendance(db, mid) if a.status is not None] == [
        "Åse Vestergård"
    ]


# --- round table --------------------------------------------------------------------------------


def entry_rows(
    db: Database, mid: int
) -> list[tuple[str, int, str, tuple[str, ...], Confidentiality]]:
    return [(e.name, e.position, e.text, e.topics, e.level) for e in minutes.entries(db, mid)]


def test_ensure_entries_gives_every_member_who_was_there_an_entry(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    assert minutes.ensure_entries(db, mid) == 0  # nobody marked present yet
    minutes.set_attendance(db, mid, people["Åse Vestergård"], LATE)
    minutes.set_attendance(db, mid, people["Zacharias Bæk"], LEFT_EARLY)
    minutes.set_attendance(db, mid, people["Mette Kjærsgaard"], EXCUSED)
    minutes.set_attendance(db, mid, people["Søren Østergaard"], PRESENT)
    # One entry exists already; the new ones come after it, in the attendance list's order.
    minutes.add_entry(db, mid, people["Zacharias Bæk"], EntryInput("Først"))
    assert minutes.ensure_entries(db, mid) == 2
    assert entry_rows(db, mid) == [
        ("Zacharias Bæk", 0, "Først", (), GROUP_ONLY),
        ("Søren Østergaard", 1, "", (), GROUP_ONLY),
        ("Åse Vestergård", 2, "", (), GROUP_ONLY),
    ]
    assert minutes.ensure_entries(db, mid) == 0
    with pytest.raises(NotFound):
        minutes.ensure_entries(db, 42)


def test_entries_add_update_move_remove_with_undo(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    aase, mette, soeren = (
        people["Åse Vestergård"],
        people["Mette Kjærsgaard"],
        people["Søren Østergaard"],
    )
    a = minutes.add_entry(
        db, mid, aase, EntryInput("  Chatbot i servicedesken ", (" AI ", "Servicedesk, NIS2", "ai"))
    )
    m = minutes.add_entry(db, mid, mette, EntryInput("Copilot", level=ANONYMOUS))
    s = minutes.add_entry(db, mid, soeren, EntryInput("Mainframe", level=SHAREABLE), position=0)
    assert entry_rows(db, mid) == [
        ("Søren Østergaard", 0, "Mainframe", (), SHAREABLE),
        ("Åse Vestergård", 1, "Chatbot i servicedesken", ("AI", "Servicedesk", "NIS2"), GROUP_ONLY),
        ("Mette Kjærsgaard", 2, "Copilot", (), ANONYMOUS),
    ]
    lines = minutes.entries(db, mid)
    assert [line.id for line in lines] == [s, a, m]
    assert lines[1].organisation == "Lyngsø Kommune"

    # Update returns the fields before; putting them back is the undo.
    before = minutes.update_entry(db, a, EntryInput("Ny tekst", ("Cloud",), SHAREABLE))
    assert before == EntryInput(
        "Chatbot i servicedesken", ("AI", "Servicedesk", "NIS2"), GROUP_ONLY
    )
    assert minutes.entries(db, mid)[1].topics == ("Cloud",)
    minutes.update_entry(db, a, before)
    assert minutes.entries(db, mid)[1].text == "Chatbot i servicedesken"

    # Move returns the old position.
    assert minutes.move_entry(db, s, 5) == 0
    assert [line.id for line in minutes.entries(db, mid)] == [a, m, s]
    assert [line.position for line in minutes.entries(db, mid)] == [0, 1, 2]
    assert minutes.move_entry(db, s, 0) == 2
    assert [line.id for line in minutes.entries(db, mid)] == [s, a, m]

    # Remove returns what undo needs to put it back in its place, under its id.
    listing = minutes.entries(db, mid)
    removed = minutes.remove_entry(db, a)
    assert removed == (mid, aase, 1, before)
    assert [line.id for line in minutes.entries(db, mid)] == [s, m]
    meeting_id, person_id, position, data = removed
    assert minutes.add_entry(db, meeting_id, person_id, data, position=position, entry_id=a) == a
    assert minutes.entries(db, mid) == listing

    for call in (
        lambda: minutes.update_entry(db, 999, EntryInput()),
        lambda: minutes.move_entry(db, 999, 0),
        lambda: minutes.remove_entry(db, 999),
        lambda: minutes.add_entry(db, 42, aase, EntryInput()),
        lambda: minutes.add_entry(db, mid, 999, EntryInput()),
    ):
        with pytest.raises(NotFound):
            call()


def test_entry_validation(db: Database, group_id: int, people: dict[str, int]) -> None:
    mid = meeting(db, group_id)
    aase = people["Åse Vestergård"]
    with pytest.raises(ValidationFailed) as exc:
        minutes.add_entry(db, mid, aase, EntryInput("x" * 10_001, ("y" * 301,)))
    assert field_codes(exc) == [("text", "too_long"), ("topics", "too_long")]
    entry = minutes.add_entry(db, mid, aase, EntryInput("x" * 10_000, ("y" * 300,)))
    with pytest.raises(ValidationFailed):
        minutes.update_entry(db, entry, EntryInput("x" * 10_001))
    assert minutes.entries(db, mid)[0].text == "x" * 10_000
    # An empty status is allowed: the coordinator fills it in during the round.
    assert minutes.update_entry(db, entry, EntryInput()).topics == ("y" * 300,)


# --- decisions ----------------------------------------------------------------------------------


def test_decisions_with_undo(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    first = minutes.add_decision(db, mid, "  Referatet deles kun i gruppen. ")
    second = minutes.add_decision(db, mid, "Næste møde hos Pension Vestkyst.")
    third = minutes.add_decision(db, mid, "Vi deler nøgletal.", position=0)
    assert [(d.id, d.position, d.text) for d in minutes.decisions(db, mid)] == [
        (third, 0, "Vi deler nøgletal."),
        (first, 1, "Referatet deles kun i gruppen."),
        (second, 2, "Næste møde hos Pension Vestkyst."),
    ]
    assert minutes.update_decision(db, first, "Referatet er fortroligt.") == (
        "Referatet deles kun i gruppen."
    )
    listing = minutes.decisions(db, mid)
    removed = minutes.remove_decision(db, first)
    assert removed == (mid, 1, "Referatet er fortroligt.")
    assert [d.position for d in minutes.decisions(db, mid)] == [0, 1]
    meeting_id, position, text = removed
    minutes.add_decision(db, meeting_id, text, position=position, decision_id=first)
    assert minutes.decisions(db, mid) == listing

    with pytest.raises(ValidationFailed) as exc:
        minutes.add_decision(db, mid, "   ")
    assert field_codes(exc) == [("text", "text_required")]
    with pytest.raises(ValidationFailed) as exc:
        minutes.update_decision(db, first, "x" * 10_001)
    assert field_codes(exc) == [("text", "too_long")]
    with pytest.raises(NotFound):
        minutes.remove_decision(db, 999)
    with pytest.raises(NotFound):
        minutes.decisions(db, 42)


# --- action items -------------------------------------------------------------------------------


def test_actions_with_undo(db: Database, group_id: int, people: dict[str, int]) -> None:
    mid = meeting(db, group_id)
    mette = people["Mette Kjærsgaard"]
    data = ActionInput("  Del tjeklisten ", mette, dt.date(2027, 4, 1))
    action = minutes.add_action(db, mid, data)
    [line] = minutes.actions_for_meeting(db, mid)
    assert (line.id, line.text, line.owner_id, line.owner_name, line.due_on, line.done) == (
        action,
        "Del tjeklisten",
        mette,
        "Mette Kjærsgaard",
        dt.date(2027, 4, 1),
        False,
    )
    done = ActionInput("Del tjeklisten", None, dt.date(2027, 4, 1), dt.date(2027, 3, 20))
    before = minutes.update_action(db, action, done)
    assert before == ActionInput("Del tjeklisten", mette, dt.date(2027, 4, 1), None)
    [line] = minutes.actions_for_meeting(db, mid)
    assert (line.owner_name, line.done_on, line.done) == ("", dt.date(2027, 3, 20), True)
    minutes.update_action(db, action, before)
    assert minutes.actions_for_meeting(db, mid)[0].owner_id == mette

    listing = minutes.actions_for_meeting(db, mid)
    removed = minutes.remove_action(db, action)
    assert removed == (mid, before)
    assert minutes.actions_for_meeting(db, mid) == []
    minutes.add_action(db, removed[0], removed[1], action_id=action)
    assert minutes.actions_for_meeting(db, mid) == listing

    with pytest.raises(ValidationFailed) as exc:
        minutes.add_action(db, mid, ActionInput(" "))
    assert field_codes(exc) == [("text", "text_required")]
    with pytest.raises(ValidationFailed) as exc:
        minutes.update_action(db, action, ActionInput("x" * 10_001))
    assert field_codes(exc) == [("text", "too_long")]
    with pytest.raises(NotFound):
        minutes.add_action(db, mid, ActionInput("Noget", owner_id=999))
    with pytest.raises(NotFound):
        minutes.remove_action(db, 999)


def test_open_actions_are_carried_to_later_meetings_of_the_group(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    first = meeting(db, group_id, dt.date(2026, 9, 15))
    second = meeting(db, group_id, dt.date(2026, 12, 8))
    third = meeting(db, group_id, DAY, status=MeetingStatus.PLANNED)
    other = meeting(db, groups.create_group(db, "Andet netværk"), dt.date(2026, 10, 1))
    still_open = minutes.add_action(db, first, ActionInput("Åben"))
    done_between = minutes.add_action(
        db, first, ActionInput("Færdig før andet møde", done_on=dt.date(2026, 11, 1))
    )
    done_later = minutes.add_action(
        db, first, ActionInput("Færdig efter andet møde", done_on=dt.date(2027, 1, 15))
    )
    own = minutes.add_action(db, second, ActionInput("Andet mødes egen"))
    minutes.add_action(db, other, ActionInput("En anden gruppes"))

    def shown(mid: int) -> list[tuple[int, bool]]:
        return [(a.id, a.carried) for a in minutes.actions_for_meeting(db, mid)]

    assert shown(first) == [(still_open, False), (done_between, False), (done_later, False)]
    assert shown(second) == [(still_open, True), (done_later, True), (own, False)]
    assert shown(third) == [(still_open, True), (own, True)]
    with pytest.raises(NotFound):
        minutes.actions_for_meeting(db, 42)


def test_list_actions(db: Database, group_id: int, people: dict[str, int]) -> None:
    first = meeting(db, group_id, dt.date(2026, 9, 15))
    second = meeting(db, group_id, dt.date(2026, 12, 8))
    other_group = groups.create_group(db, "Andet netværk")
    other = meeting(db, other_group, dt.date(2026, 1, 10))
    late_due = minutes.add_action(db, second, ActionInput("B", due_on=dt.date(2027, 2, 1)))
    no_due = minutes.add_action(db, second, ActionInput("C"))
    early_due = minutes.add_action(db, second, ActionInput("A", due_on=dt.date(2027, 1, 1)))
    done = minutes.add_action(db, first, ActionInput("D", done_on=dt.date(2026, 10, 1)))
    elsewhere = minutes.add_action(db, other, ActionInput("E"))

    assert [a.id for a in minutes.list_actions(db)] == [
        elsewhere,
        done,
        early_due,
        late_due,
        no_due,
    ]
    assert [a.id for a in minutes.list_actions(db, group_id=group_id, open_only=True)] == [
        early_due,
        late_due,
        no_due,
    ]
    assert [a.id for a in minutes.list_actions(db, group_id=other_group)] == [elsewhere]
    assert not any(a.carried for a in minutes.list_actions(db))
    with pytest.raises(NotFound):
        minutes.list_actions(db, group_id=999)


def test_an_erased_owner_shows_as_former_member(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    minutes.add_action(db, mid, ActionInput("Noget", people["Zacharias Bæk"]))
    erase(db, people["Zacharias Bæk"])
    assert minutes.actions_for_meeting(db, mid)[0].owner_name == "Tidligere medlem"
    assert minutes.list_actions(db, lang="en")[0].owner_name == "Former member"


# --- themes and the next meeting ----------------------------------------------------------------


def test_themes_most_votes_first_with_undo(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    aase = people["Åse Vestergård"]
    low = minutes.add_theme(db, mid, "  Observability\n i praksis ", aase, 2)
    high = minutes.add_theme(db, mid, "NIS2 i praksis", None, 7)
    tie = minutes.add_theme(db, mid, "On-call", aase, 2)
    assert [
        (t.id, t.theme, t.votes, t.proposed_by_name, t.chosen) for t in minutes.themes(db, mid)
    ] == [
        (high, "NIS2 i praksis", 7, "", False),
        (low, "Observability i praksis", 2, "Åse Vestergård", False),
        (tie, "On-call", 2, "Åse Vestergård", False),
    ]
    before = minutes.update_theme(db, low, ThemeInput("Observability", None, 9))
    assert before == ThemeInput("Observability i praksis", aase, 2)
    assert minutes.themes(db, mid)[0].id == low
    minutes.update_theme(db, low, before)

    minutes.choose_theme(db, high, apply_to_next=False)
    listing = minutes.themes(db, mid)
    removed = minutes.remove_theme(db, high)
    assert removed == (mid, ThemeInput("NIS2 i praksis", None, 7), True)
    meeting_id, data, chosen = removed
    minutes.add_theme(db, meeting_id, data.theme, data.proposed_by_id, data.votes, theme_id=high)
    if chosen:
        minutes.choose_theme(db, high, apply_to_next=False)
    assert minutes.themes(db, mid) == listing

    with pytest.raises(ValidationFailed) as exc:
        minutes.add_theme(db, mid, " ", votes=-1)
    assert field_codes(exc) == [("theme", "theme_required"), ("votes", "votes_range")]
    with pytest.raises(ValidationFailed) as exc:
        minutes.update_theme(db, low, ThemeInput("x" * 301, votes=1001))
    assert field_codes(exc) == [("theme", "too_long"), ("votes", "votes_range")]
    assert minutes.add_theme(db, mid, "x" * 300, votes=1000)
    with pytest.raises(NotFound):
        minutes.add_theme(db, mid, "Tema", proposed_by_id=999)
    with pytest.raises(NotFound):
        minutes.remove_theme(db, 999)


def test_next_meeting_is_the_groups_next_one_not_cancelled(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    assert minutes.next_meeting(db, mid) is None
    meeting(db, group_id, dt.date(2026, 12, 8))  # earlier
    meeting(db, groups.create_group(db, "Andet"), dt.date(2027, 4, 1))  # another group
    meeting(db, group_id, dt.date(2027, 4, 20), status=MeetingStatus.CANCELLED)
    later = meeting(db, group_id, dt.date(2027, 9, 14), status=MeetingStatus.PLANNED)
    following = meeting(db, group_id, dt.date(2027, 6, 2), status=MeetingStatus.CONFIRMED)
    row = minutes.next_meeting(db, mid)
    assert row is not None and (row.id, row.date) == (following, dt.date(2027, 6, 2))
    row = minutes.next_meeting(db, following)
    assert row is not None and row.id == later
    with pytest.raises(NotFound):
        minutes.next_meeting(db, 42)


def test_choose_theme_applies_it_to_the_next_meeting_and_undo_restores_both(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    following = meeting(db, group_id, dt.date(2027, 6, 2), status=MeetingStatus.PLANNED)
    first = minutes.add_theme(db, mid, "Observability", votes=3)
    second = minutes.add_theme(db, mid, "NIS2 i praksis", votes=7)
    sequence = planner.meeting(db, following).ical_sequence

    choice = minutes.choose_theme(db, first, apply_to_next=False)
    assert (choice.previous_chosen_id, choice.next_meeting_id, choice.applied) == (
        None,
        following,
        False,
    )
    assert planner.meeting(db, following).theme == ""
    assert planner.meeting(db, following).ical_sequence == sequence

    choice = minutes.choose_theme(db, second, apply_to_next=True)
    assert choice == minutes.ThemeChoice(first, following, "", True)
    assert {t.id: t.chosen for t in minutes.themes(db, mid)} == {first: False, second: True}
    row = planner.meeting(db, following)
    assert (row.theme, row.ical_sequence) == ("NIS2 i praksis", sequence + 1)

    minutes.undo_choose_theme(db, second, choice)
    assert {t.id: t.chosen for t in minutes.themes(db, mid)} == {first: True, second: False}
    row = planner.meeting(db, following)
    # The theme is back; the SEQUENCE goes up once more, so calendars take the undo too.
    assert (row.theme, row.ical_sequence) == ("", sequence + 2)

    # Choosing the chosen one again: undo leaves it chosen.
    again = minutes.choose_theme(db, first, apply_to_next=False)
    assert again.previous_chosen_id == first
    minutes.undo_choose_theme(db, first, again)
    assert [t.id for t in minutes.themes(db, mid) if t.chosen] == [first]


def test_choose_theme_without_a_next_meeting_or_over_an_existing_theme(
    db: Database, group_id: int
) -> None:
    mid = meeting(db, group_id)
    theme = minutes.add_theme(db, mid, "Cloud-økonomi")
    choice = minutes.choose_theme(db, theme, apply_to_next=True)
    assert choice == minutes.ThemeChoice(None, None, "", False)
    minutes.undo_choose_theme(db, theme, choice)
    assert not minutes.themes(db, mid)[0].chosen

    following = meeting(db, group_id, dt.date(2027, 6, 2), theme="Gammelt tema")
    choice = minutes.choose_theme(db, theme, apply_to_next=True)
    assert choice == minutes.ThemeChoice(None, following, "Gammelt tema", True)
    assert planner.meeting(db, following).theme == "Cloud-økonomi"
    sequence = planner.meeting(db, following).ical_sequence
    # Applying the same theme again changes nothing in the calendar.
    minutes.choose_theme(db, theme, apply_to_next=True)
    assert planner.meeting(db, following).ical_sequence == sequence
    minutes.undo_choose_theme(db, theme, choice)
    assert planner.meeting(db, following).theme == "Gammelt tema"
    with pytest.raises(NotFound):
        minutes.choose_theme(db, 999, apply_to_next=True)


# --- speaker pipeline ---------------------------------------------------------------------------


def test_speaker_pipeline_order_and_names(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    soon = meeting(db, group_id, dt.date(2027, 6, 2), status=MeetingStatus.PLANNED)
    later = meeting(db, group_id, dt.date(2027, 9, 14), status=MeetingStatus.PLANNED)
    past = meeting(db, group_id, dt.date(2026, 12, 8))
    mette, aase = people["Mette Kjærsgaard"], people["Åse Vestergård"]

    def add(topic: str, status: SpeakerStatus, meeting_id: int | None = None, **kw: object) -> int:
        return minutes.add_speaker(
            db,
            group_id,
            SpeakerInput(topic, status=status, meeting_id=meeting_id, **kw),  # type: ignore[arg-type]
        )

    declined = add("Afslået", SpeakerStatus.DECLINED, speaker_name="Birgitte Hald")
    idea = add("Idé uden møde", SpeakerStatus.IDEA, proposed_by_id=aase)
    held = add("Holdt", SpeakerStatus.HELD, past, speaker_person_id=mette)
    confirmed_later = add("Bekræftet senere", SpeakerStatus.CONFIRMED, later)
    asked_soon = add(
        "Spurgt",
        SpeakerStatus.ASKED,
        soon,
        speaker_person_id=mette,
        speaker_name="Skrevet navn",
        speaker_organisation="Skrevet firma",
        proposed_by_id=aase,
    )
    lines = minutes.speakers(db, group_id)
    assert [s.id for s in lines] == [asked_soon, confirmed_later, idea, held, declined]
    asked = lines[0]
    # A roster speaker: the roster's name and company, never the typed ones.
    assert (asked.speaker_name, asked.speaker_organisation, asked.proposed_by_name) == (
        "Mette Kjærsgaard",
        "Pension Vestkyst",
        "Åse Vestergård",
    )
    assert (asked.meeting_id, asked.meeting_date) == (soon, dt.date(2027, 6, 2))
    assert lines[-1].speaker_name == "Birgitte Hald"
    erase(db, aase)
    assert minutes.speakers(db, group_id)[0].proposed_by_name == "Tidligere medlem"
    with pytest.raises(NotFound):
        minutes.speakers(db, 999)


def test_speakers_with_undo_and_validation(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    soon = meeting(db, group_id, dt.date(2027, 6, 2), status=MeetingStatus.PLANNED)
    data = SpeakerInput(
        "  Golden paths ",
        proposed_by_id=people["Mette Kjærsgaard"],
        speaker_name=" Mikkel Due ",
        speaker_organisation="Pension Vestkyst",
        status=SpeakerStatus.ASKED,
        meeting_id=soon,
        notes=" Slides deles ikke. ",
    )
    proposal = minutes.add_speaker(db, group_id, data)
    clean = SpeakerInput(
        "Golden paths",
        people["Mette Kjærsgaard"],
        None,
        "Mikkel Due",
        "Pension Vestkyst",
        SpeakerStatus.ASKED,
        soon,
        "Slides deles ikke.",
    )
    before = minutes.update_speaker(
        db, proposal, SpeakerInput("Golden paths", status=SpeakerStatus.CONFIRMED)
    )
    assert before == clean
    assert minutes.speakers(db, group_id)[0].status is SpeakerStatus.CONFIRMED
    minutes.update_speaker(db, proposal, before)
    listing = minutes.speakers(db, group_id)
    removed = minutes.remove_speaker(db, proposal)
    assert removed == (group_id, clean)
    assert minutes.speakers(db, group_id) == []
    minutes.add_speaker(db, removed[0], removed[1], proposal_id=proposal)
    assert minutes.speakers(db, group_id) == listing

    other = meeting(db, groups.create_group(db, "Andet"), dt.date(2027, 5, 1))
    with pytest.raises(ValidationFailed) as exc:
        minutes.add_speaker(
            db, group_id, SpeakerInput(" ", speaker_name="x" * 201, meeting_id=other)
        )
    assert field_codes(exc) == [
        ("topic", "topic_required"),
        ("speaker_name", "too_long"),
        ("meeting_id", "meeting_other_group"),
    ]
    with pytest.raises(ValidationFailed) as exc:
        minutes.add_speaker(db, group_id, SpeakerInput("x" * 301, notes="y" * 10_001))
    assert field_codes(exc) == [("topic", "too_long"), ("notes", "too_long")]
    with pytest.raises(NotFound):
        minutes.add_speaker(db, group_id, SpeakerInput("Tema", speaker_person_id=999))
    with pytest.raises(NotFound):
        minutes.add_speaker(db, group_id, SpeakerInput("Tema", meeting_id=4242))
    with pytest.raises(NotFound):
        minutes.add_speaker(db, 999, SpeakerInput("Tema"))
    with pytest.raises(NotFound):
        minutes.remove_speaker(db, 999)


# --- minutes status -----------------------------------------------------------------------------


def test_minutes_status(db: Database, group_id: int) -> None:
    mid = meeting(db, group_id)
    sequence = planner.meeting(db, mid).ical_sequence
    assert minutes.minutes_status(db, mid) is MinutesStatus.DRAFT
    assert minutes.set_minutes_status(db, mid, MinutesStatus.SENT) is MinutesStatus.DRAFT
    assert minutes.minutes_status(db, mid) is MinutesStatus.SENT
    assert minutes.set_minutes_status(db, mid, MinutesStatus.DRAFT) is MinutesStatus.SENT
    # Not part of the calendar entry.
    assert planner.meeting(db, mid).ical_sequence == sequence
    with pytest.raises(NotFound):
        minutes.minutes_status(db, 42)


# --- documents ----------------------------------------------------------------------------------


def test_the_minutes_document_is_complete_and_unredacted(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    previous = meeting(db, group_id, dt.date(2026, 12, 8))
    mid = meeting(db, group_id, theme="NIS2 i praksis", host="Pension Vestkyst")
    following = meeting(db, group_id, dt.date(2027, 6, 2), status=MeetingStatus.PLANNED)
    logistics.save_visit(db, mid, VisitInput(address="Havnepladsen 4, 6700 Esbjerg"))
    for title, kind, speaker in (
        ("Kaffe", AgendaKind.ARRIVAL, None),
        ("Velkomst", AgendaKind.WELCOME, people["Mette Kjærsgaard"]),
        ("Rundvisning", AgendaKind.TOUR, None),
        ("NIS2-tilsyn", AgendaKind.TALK, people["Åse Vestergård"]),
        ("Frokost", AgendaKind.LUNCH, None),
        ("Debat", AgendaKind.DISCUSSION, None),
        ("Rundt om bordet", AgendaKind.ROUND_TABLE, None),
    ):
        item_id = planner.add_agenda_item(
            db, mid, AgendaItemInput(title, kind, 30, speaker_id=speaker, notes=f"Om {title}")
        )
        # The minutes' own note of the item (revision 0004), apart from the agenda's.
        talk_notes.set_talk_notes(db, item_id, f"Om {title}")
    mette, aase = people["Mette Kjærsgaard"], people["Åse Vestergård"]
    minutes.set_attendance(db, mid, mette, PRESENT)
    minutes.set_attendance(db, mid, aase, EXCUSED)
    minutes.add_entry(db, mid, mette, EntryInput("Fortroligt", level=GROUP_ONLY))
    minutes.add_entry(db, mid, people["Søren Østergaard"], EntryInput("Uden navn", level=ANONYMOUS))
    minutes.add_decision(db, mid, "En beslutning")
    carried = minutes.add_action(db, previous, ActionInput("Gammel"))
    own = minutes.add_action(db, mid, ActionInput("Ny", mette))
    chosen = minutes.add_theme(db, mid, "Observability", votes=5)
    minutes.add_theme(db, mid, "On-call", votes=2)
    minutes.choose_theme(db, chosen, apply_to_next=True)
    minutes.add_speaker(db, group_id, SpeakerInput("Traces", meeting_id=following))
    minutes.set_minutes_status(db, mid, MinutesStatus.SENT)

    document = minutes.minutes_document(db, mid)
    assert (document.meeting_id, document.group_name, document.meeting_date) == (
        mid,
        "IT Drift",
        DAY,
    )
    assert (document.theme, document.host_name, document.host_address) == (
        "NIS2 i praksis",
        "Pension Vestkyst",
        "Havnepladsen 4, 6700 Esbjerg",
    )
    assert document.status is MinutesStatus.SENT
    assert [t.title for t in document.talks] == ["Velkomst", "Rundvisning", "NIS2-tilsyn", "Debat"]
    talk = document.talks[2]
    assert (talk.start, talk.end, talk.speaker, talk.speaker_organisation, talk.notes) == (
        dt.time(11, 0),
        dt.time(11, 30),
        "Åse Vestergård",
        "Lyngsø Kommune",
        "Om NIS2-tilsyn",
    )
    assert [a.name for a in document.present] == ["Mette Kjærsgaard"]
    assert [a.name for a in document.absent] == ["Åse Vestergård"]
    assert len(document.attendance) == 4
    # Unredacted: every entry with its name.
    assert [(e.name, e.level) for e in document.entries] == [
        ("Mette Kjærsgaard", GROUP_ONLY),
        ("Søren Østergaard", ANONYMOUS),
    ]
    assert (document.entries_left_out, document.entries_anonymised) == (0, 0)
    assert [d.text for d in document.decisions] == ["En beslutning"]
    assert [(a.id, a.carried) for a in document.actions] == [(carried, True), (own, False)]
    assert [t.theme for t in document.themes] == ["Observability", "On-call"]
    assert document.next_theme == "Observability"
    assert [s.topic for s in document.speakers] == ["Traces"]
    assert (document.coordinator_name, document.coordinator_email) == (
        "Søren Østergaard",
        "soeren@fjord.example",
    )
    # The one place where confidentiality applies.
    shown = redact(document, ExportOptions(omit_confidential=True, anonymise=True))
    assert [(e.name, e.organisation) for e in shown.entries] == [("Et medlem", "")]

    # Without a chosen theme, the next theme is empty; an erased coordinator is not named.
    bare = meeting(db, group_id, dt.date(2027, 11, 24))
    erase(db, people["Søren Østergaard"])
    document = minutes.minutes_document(db, bare, "en")
    assert (document.next_theme, document.host_name, document.coordinator_name) == ("", "", "")
    assert document.talks == () and document.entries == ()
    with pytest.raises(NotFound):
        minutes.minutes_document(db, 42)


def test_the_annual_report(db: Database, group_id: int, people: dict[str, int]) -> None:
    mette, aase, zacharias, soeren = (
        people["Mette Kjærsgaard"],
        people["Åse Vestergård"],
        people["Zacharias Bæk"],
        people["Søren Østergaard"],
    )
    newcomer = member(db, group_id, "Bo Nyt", "Ny A/S", joined_on=dt.date(2027, 5, 1))
    leaver = member(db, group_id, "Dorte Gik", "Gammel A/S", joined_on=dt.date(2019, 1, 1))
    roster.end_membership(db, group_id, leaver, dt.date(2027, 4, 1))
    gone = member(db, group_id, "Erik Før", joined_on=dt.date(2019, 1, 1))
    roster.end_membership(db, group_id, gone, dt.date(2026, 12, 31))
    roster.add_job(db, leaver, JobInput("Efter A/S", started_on=dt.date(2027, 9, 1)))

    march = meeting(db, group_id, DAY, theme="AI i driften", host="Lyngsø Kommune")
    june = meeting(db, group_id, dt.date(2027, 6, 2), theme="NIS2 i praksis")
    september = meeting(
        db, group_id, dt.date(2027, 9, 14), status=MeetingStatus.CANCELLED, theme="Aflyst"
    )
    november = meeting(db, group_id, dt.date(2027, 11, 24), status=MeetingStatus.PLANNED)
    meeting(db, group_id, dt.date(2026, 11, 25), theme="Sidste år")
    meeting(db, group_id, dt.date(2028, 3, 14), status=MeetingStatus.PLANNED, theme="Platform")
    other_group = groups.create_group(db, "Andet")
    meeting(db, other_group, dt.date(2027, 5, 5), theme="Andet tema")

    for mid, statuses in (
        (march, {mette: PRESENT, aase: LATE, zacharias: EXCUSED, soeren: PRESENT, leaver: ABSENT}),
        (june, {mette: LEFT_EARLY, aase: PRESENT, newcomer: PRESENT}),
    ):
        for person_id, status in statuses.items():
            minutes.set_attendance(db, mid, person_id, status)
    planner.add_agenda_item(db, march, AgendaItemInput("Chatbot", AgendaKind.TALK, speaker_id=aase))
    planner.add_agenda_item(
        db,
        march,
        AgendaItemInput(
            "AIOps", AgendaKind.TALK, speaker_name="Jonas K", speaker_organisation="FB"
        ),
    )
    planner.add_agenda_item(db, march, AgendaItemInput("Åbent oplæg", AgendaKind.TALK))
    planner.add_agenda_item(db, march, AgendaItemInput("Tur", AgendaKind.TOUR, speaker_id=mette))
    planner.add_agenda_item(
        db, june, AgendaItemInput("Uden titel", AgendaKind.TALK, speaker_name="Gæst")
    )
    planner.add_agenda_item(db, june, AgendaItemInput("", AgendaKind.TALK, speaker_name="Kun navn"))
    # Themes proposed during the year: used ones are not "coming".
    minutes.add_theme(db, march, "NIS2 i praksis", votes=9)
    minutes.add_theme(db, march, "On-call", votes=3)
    minutes.add_theme(db, june, "on-call", votes=5)
    minutes.add_theme(db, june, "Sidste år", votes=8)
    chosen = minutes.add_theme(db, june, "Platform", votes=1)
    minutes.choose_theme(db, chosen, apply_to_next=False)

    report = minutes.annual_report(db, group_id, 2027)
    assert (report.group_name, report.year, report.coordinator_name) == (
        "IT Drift",
        2027,
        "Søren Østergaard",
    )
    assert [(m.date, m.theme, m.host_name, m.status, m.present) for m in report.meetings] == [
        (DAY, "AI i driften", "Lyngsø Kommune", "held", 3),
        (dt.date(2027, 6, 2), "NIS2 i praksis", "", "held", 3),
        (dt.date(2027, 9, 14), "Aflyst", "", "cancelled", 0),
        (dt.date(2027, 11, 24), "", "", "planned", 0),
    ]
    assert report.meetings[0].speakers == (
        "Åse Vestergård (Lyngsø Kommune): Chatbot",
        "Jonas K (FB): AIOps",
    )
    assert report.meetings[1].speakers == ("Gæst: Uden titel", "Kun navn")
    # The chosen one first, then by votes; a theme proposed twice once, as first written.
    assert report.themes_next == ("Platform", "On-call")
    assert {m.id for m in planner.meetings(db, group_id=group_id, year=2027)} >= {
        september,
        november,
    }

    rows = {m.name: (m.organisation, m.present, m.absent, m.meetings) for m in report.members}
    assert list(rows) == [
        "Bo Nyt",
        "Dorte Gik",
        "Mette Kjærsgaard",
        "Søren Østergaard",
        "Zacharias Bæk",
        "Åse Vestergård",
    ]
    assert rows == {
        "Bo Nyt": ("Ny A/S", 1, 0, 1),  # joined before June
        "Dorte Gik": ("Gammel A/S", 0, 1, 1),  # left before June; the company of her time
        "Mette Kjærsgaard": ("Pension Vestkyst", 2, 0, 2),
        "Søren Østergaard": ("Fjordbanken", 1, 0, 2),  # June not recorded
        "Zacharias Bæk": ("Kattegat Energi", 0, 1, 2),
        "Åse Vestergård": ("Lyngsø Kommune", 2, 0, 2),
    }

    erase(db, zacharias)
    names_en = [m.name for m in minutes.annual_report(db, group_id, 2027, "en").members]
    assert "Former member" in names_en and "Zacharias Bæk" not in names_en
    empty = minutes.annual_report(db, group_id, 2030)
    assert (empty.meetings, empty.themes_next) == ((), ())
    with pytest.raises(NotFound):
        minutes.annual_report(db, 999, 2027)


def test_member_addresses_are_the_current_members_with_an_address(
    db: Database, group_id: int, people: dict[str, int]
) -> None:
    mid = meeting(db, group_id)
    assert minutes.member_addresses(db, mid) == [
        ("Mette Kjærsgaard", "mette@pv.example"),
        ("Søren Østergaard", "soeren@fjord.example"),
        ("Åse Vestergård", "aase@lyngsoe.example"),
    ]
    with pytest.raises(NotFound):
        minutes.member_addresses(db, 42)
