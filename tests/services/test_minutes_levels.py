"""Sharing levels of the minutes' free texts on a real SQLite file: the defaults, setting a
level, undo restoring it, content edits leaving it alone, and the minutes document carrying it
into `redact`."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.domain.enums import AgendaKind, AttendanceStatus, Confidentiality
from coordinator_app.domain.meetings import AgendaItemInput
from coordinator_app.domain.minutes import (
    ACTION_LEVEL,
    ATTENDANCE_NOTE_LEVEL,
    DECISION_LEVEL,
    SPEAKER_LEVEL,
    TALK_NOTES_LEVEL,
    THEME_LEVEL,
    ExportOptions,
    redact,
)
from coordinator_app.services import minutes, minutes_levels, planner
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.minutes import ActionInput, SpeakerInput, ThemeInput
from coordinator_app.services.minutes_levels import TextKind
from coordinator_app.store import models
from coordinator_app.store.database import Database
from tests.services.test_minutes import meeting, member

G, A, S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE
OMIT = ExportOptions(omit_confidential=True)


@pytest.fixture
def setup(db: Database) -> tuple[int, int, int]:
    """(group, meeting, member) of a held meeting."""
    from coordinator_app.services import groups

    group_id = groups.create_group(db, "IT Drift")
    person_id = member(db, group_id, "Åse Vestergård", "Lyngsø Kommune")
    return group_id, meeting(db, group_id), person_id


def _talk(db: Database, meeting_id: int, notes: str = "Fortroligt oplæg") -> int:
    return planner.add_agenda_item(
        db, meeting_id, AgendaItemInput("Oplæg", AgendaKind.TALK, 45, notes=notes)
    )


def test_the_models_start_with_the_domains_defaults() -> None:
    """One default per kind: the dataclasses, the models and migration 0002 agree."""
    expected = {
        (models.Attendance, "note_confidentiality"): ATTENDANCE_NOTE_LEVEL,
        (models.AgendaItem, "notes_confidentiality"): TALK_NOTES_LEVEL,
        (models.Decision, "confidentiality"): DECISION_LEVEL,
        (models.ActionItem, "confidentiality"): ACTION_LEVEL,
        (models.ThemeProposal, "confidentiality"): THEME_LEVEL,
        (models.SpeakerProposal, "confidentiality"): SPEAKER_LEVEL,
    }
    for (model, name), level in expected.items():
        column = model.__table__.c[name]
        assert column.default is not None and column.default.arg is level, name
        assert column.server_default is not None
        assert column.server_default.arg == level.value, name
        assert not column.nullable


def test_new_texts_get_their_kinds_default(db: Database, setup: tuple[int, int, int]) -> None:
    group_id, mid, person = setup
    minutes.set_attendance(db, mid, person, AttendanceStatus.EXCUSED, "Meldte afbud")
    _talk(db, mid)
    minutes.add_decision(db, mid, "Næste møde i Esbjerg")
    minutes.add_action(db, mid, ActionInput("Booke lokale", person))
    minutes.add_theme(db, mid, "Cloud", person)
    minutes.add_speaker(db, group_id, SpeakerInput("NIS2", proposed_by_id=person))
    document = minutes.minutes_document(db, mid)
    assert [a.note_level for a in document.attendance] == [G]
    assert [t.notes_level for t in document.talks] == [G]
    assert [d.level for d in document.decisions] == [S]
    assert [a.level for a in document.actions] == [S]
    assert [t.level for t in document.themes] == [A]
    assert [s.level for s in document.speakers] == [G]


def test_texts_added_with_a_level_keep_it_into_the_export(
    db: Database, setup: tuple[int, int, int]
) -> None:
    group_id, mid, person = setup
    minutes.add_decision(db, mid, "HEMMELIG-BESLUTNING", level=G)
    minutes.add_decision(db, mid, "Offentlig beslutning", level=S)
    minutes.add_action(db, mid, ActionInput("HEMMELIG-OPGAVE", person), level=G)
    minutes.add_theme(db, mid, "HEMMELIGT-TEMA", person, level=G)
    minutes.add_speaker(db, group_id, SpeakerInput("Åbent oplæg"), level=S)
    minutes.set_attendance(
        db, mid, person, AttendanceStatus.EXCUSED, "Bestyrelsesmøde", note_level=S
    )
    document = minutes.minutes_document(db, mid)
    assert document.attendance[0].note_level is S
    shown = redact(document, OMIT)
    assert [d.text for d in shown.decisions] == ["Offentlig beslutning"]
    assert shown.actions == () and shown.themes == ()
    assert [s.topic for s in shown.speakers] == ["Åbent oplæg"]
    assert shown.attendance[0].note == "Bestyrelsesmøde"


@pytest.mark.parametrize(
    "kind", [TextKind.DECISION, TextKind.ACTION, TextKind.THEME, TextKind.SPEAKER, TextKind.TALK]
)
def test_set_level_returns_the_level_before_and_refuses_what_is_gone(
    db: Database, setup: tuple[int, int, int], kind: TextKind
) -> None:
    group_id, mid, _person = setup
    row_id = {
        TextKind.DECISION: lambda: minutes.add_decision(db, mid, "Beslutning"),
        TextKind.ACTION: lambda: minutes.add_action(db, mid, ActionInput("Opgave")),
        TextKind.THEME: lambda: minutes.add_theme(db, mid, "Tema"),
        TextKind.SPEAKER: lambda: minutes.add_speaker(db, group_id, SpeakerInput("Oplæg")),
        TextKind.TALK: lambda: _talk(db, mid),
    }[kind]()
    default = minutes_levels.level(db, kind, row_id)
    assert minutes_levels.set_level(db, kind, row_id, A) is default
    assert minutes_levels.level(db, kind, row_id) is A
    assert minutes_levels.set_level(db, kind, row_id, "group") is A  # type: ignore[arg-type]
    assert minutes_levels.level(db, kind, row_id) is G
    with pytest.raises(NotFound):
        minutes_levels.set_level(db, kind, 999, S)
    with pytest.raises(ValidationFailed):
        minutes_levels.set_level(db, kind, row_id, "public")  # type: ignore[arg-type]
    assert minutes_levels.level(db, kind, row_id) is G


def test_content_edits_leave_the_level_alone(db: Database, setup: tuple[int, int, int]) -> None:
    """A form that knows nothing of levels cannot make a group-only text shareable."""
    group_id, mid, person = setup
    decision = minutes.add_decision(db, mid, "Beslutning", level=G)
    action = minutes.add_action(db, mid, ActionInput("Opgave"), level=G)
    theme = minutes.add_theme(db, mid, "Tema", level=G)
    speaker = minutes.add_speaker(db, group_id, SpeakerInput("Oplæg"), level=A)
    talk = _talk(db, mid)
    minutes_levels.set_level(db, TextKind.TALK, talk, S)
    minutes.set_attendance(db, mid, person, AttendanceStatus.EXCUSED, "Afbud", note_level=S)

    minutes.update_decision(db, decision, "Ny tekst")
    minutes.update_action(db, action, ActionInput("Ny opgave", person, done_on=dt.date.today()))
    minutes.update_theme(db, theme, ThemeInput("Nyt tema", person, 3))
    minutes.update_speaker(db, speaker, SpeakerInput("Nyt oplæg", notes="Noter"))
    planner.update_agenda_item(
        db, talk, AgendaItemInput("Oplæg", AgendaKind.TALK, 60, notes="Nye noter")
    )
    minutes.set_attendance(db, mid, person, AttendanceStatus.ABSENT, "Syg")

    assert minutes_levels.level(db, TextKind.DECISION, decision) is G
    assert minutes_levels.level(db, TextKind.ACTION, action) is G
    assert minutes_levels.level(db, TextKind.THEME, theme) is G
    assert minutes_levels.level(db, TextKind.SPEAKER, speaker) is A
    assert minutes_levels.level(db, TextKind.TALK, talk) is S
    assert minutes_levels.talk_note_levels(db, mid) == {talk: S}
    assert minutes.attendance(db, mid)[0].note_level is S


def test_attendance_note_level(db: Database, setup: tuple[int, int, int]) -> None:
    _group_id, mid, person = setup
    # No attendance recorded: there is no note to give a level.
    with pytest.raises(ValidationFailed) as exc:
        minutes_levels.set_attendance_note_level(db, mid, person, S)
    assert [(e.field, e.code) for e in exc.value.errors] == [("status", "status_required")]

    before = minutes.set_attendance(db, mid, person, AttendanceStatus.EXCUSED, "Afbud")
    assert before.note_level is ATTENDANCE_NOTE_LEVEL
    assert minutes_levels.set_attendance_note_level(db, mid, person, A) is G
    assert minutes.attendance(db, mid)[0].note_level is A

    # Clearing the attendance deletes the note; the state returned puts both back (undo).
    state = minutes.set_attendance(db, mid, person, None)
    assert (state.status, state.note, state.note_level) == (AttendanceStatus.EXCUSED, "Afbud", A)
    assert minutes.attendance(db, mid)[0].status is None
    minutes.set_attendance(db, mid, person, state.status, state.note, note_level=state.note_level)
    line = minutes.attendance(db, mid)[0]
    assert (line.status, line.note, line.note_level) == (AttendanceStatus.EXCUSED, "Afbud", A)
    with pytest.raises(NotFound):
        minutes_levels.set_attendance_note_level(db, 999, person, S)


def test_undoing_a_removal_brings_the_level_back(db: Database, setup: tuple[int, int, int]) -> None:
    """A removed group-only decision that comes back must not come back shareable."""
    _group_id, mid, _person = setup
    decision = minutes.add_decision(db, mid, "HEMMELIG", level=G)
    level = minutes_levels.level(db, TextKind.DECISION, decision)
    meeting_id, position, text = minutes.remove_decision(db, decision)
    minutes.add_decision(db, meeting_id, text, position=position, decision_id=decision, level=level)
    assert minutes_levels.level(db, TextKind.DECISION, decision) is G
    assert redact(minutes.minutes_document(db, mid), OMIT).decisions == ()


def test_the_demo_minutes_hold_realistic_levels(db: Database) -> None:
    from sqlalchemy import select

    from coordinator_app.services.demo import fill_with_demo_data

    fill_with_demo_data(db, dt.date(2027, 12, 20))  # late in the year: most meetings held
    with db.reading() as session:
        notes = dict(
            session.execute(
                select(models.Attendance.note, models.Attendance.note_confidentiality).where(
                    models.Attendance.note != ""
                )
            ).all()
        )
        decisions = dict(
            session.execute(select(models.Decision.text, models.Decision.confidentiality)).all()
        )
        actions = dict(
            session.execute(select(models.ActionItem.text, models.ActionItem.confidentiality)).all()
        )
        speakers = set(
            session.execute(
                select(models.SpeakerProposal.status, models.SpeakerProposal.confidentiality)
            ).all()
        )
    assert any(note.startswith("Meldte afbud") for note in notes)
    assert set(notes.values()) == {G}
    assert set(decisions.values()) == {G, S}
    assert decisions["Referatet sendes kun til gruppens medlemmer og må ikke sendes videre."] is S
    assert set(actions.values()) == {G, A, S}
    assert {level for _status, level in speakers} == {G, S}
