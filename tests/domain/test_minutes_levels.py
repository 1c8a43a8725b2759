"""`redact` applies the export options to every free text of the minutes, not only the round
table: attendance notes, talk notes, decisions, action items, theme and speaker proposals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.meetings import AgendaLine
from coordinator_app.domain.minutes import (
    ACTION_LEVEL,
    ANONYMISED_PERSON_ID,
    ATTENDANCE_NOTE_LEVEL,
    DECISION_LEVEL,
    SPEAKER_LEVEL,
    TALK_NOTES_LEVEL,
    THEME_LEVEL,
    ActionLine,
    AttendanceLine,
    DecisionLine,
    ExportOptions,
    MinutesDocument,
    SpeakerLine,
    ThemeLine,
    redact,
)

G, A, S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE
DAY = dt.date(2027, 3, 9)
OMIT = ExportOptions(omit_confidential=True)
ANON = ExportOptions(anonymise=True, lang="en")
BOTH = ExportOptions(omit_confidential=True, anonymise=True, lang="da")


def _document() -> MinutesDocument:
    """One text of every kind at every level, each with its own marker."""
    return MinutesDocument(
        meeting_id=1,
        group_name="IT Drift",
        meeting_date=DAY,
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="",
        host_name="",
        host_address="",
        status=MinutesStatus.DRAFT,
        attendance=tuple(
            AttendanceLine(
                person_id=i + 1,
                name=f"Member {level.value}",
                organisation="",
                status=AttendanceStatus.EXCUSED,
                note=f"ATTNOTE-{level.value}",
                note_level=level,
            )
            for i, level in enumerate((G, A, S))
        ),
        talks=tuple(
            AgendaLine(
                start=dt.time(10 + i),
                end=dt.time(11 + i),
                duration_minutes=60,
                title=f"Talk {level.value}",
                kind=AgendaKind.TALK,
                speaker=f"SPEAKER-{level.value}",
                speaker_organisation=f"ORG-{level.value}",
                notes=f"TALKNOTE-{level.value}",
                notes_level=level,
            )
            for i, level in enumerate((G, A, S))
        ),
        entries=(),
        decisions=tuple(
            DecisionLine(id=i + 1, position=i, text=f"DECISION-{level.value}", level=level)
            for i, level in enumerate((G, A, S))
        ),
        actions=tuple(
            ActionLine(
                id=i + 1,
                meeting_id=1,
                meeting_date=DAY,
                text=f"ACTION-{level.value}",
                owner_id=i + 1,
                owner_name=f"OWNER-{level.value}",
                due_on=None,
                done_on=None,
                level=level,
            )
            for i, level in enumerate((G, A, S))
        ),
        themes=tuple(
            ThemeLine(
                id=i + 1,
                theme=f"THEME-{level.value}",
                proposed_by_id=i + 1,
                proposed_by_name=f"PROPOSER-{level.value}",
                votes=i,
                chosen=level is G,
                level=level,
            )
            for i, level in enumerate((G, A, S))
        ),
        next_theme="THEME-group",
        speakers=tuple(
            SpeakerLine(
                id=i + 1,
                proposed_by_id=i + 1,
                proposed_by_name=f"PITCHER-{level.value}",
                speaker_person_id=None,
                speaker_name=f"GUEST-{level.value}",
                speaker_organisation="",
                topic=f"TOPIC-{level.value}",
                status=SpeakerStatus.IDEA,
                meeting_id=None,
                meeting_date=None,
                notes=f"SNOTE-{level.value}",
                level=level,
            )
            for i, level in enumerate((G, A, S))
        ),
    )


def _all_text(document: MinutesDocument) -> str:
    return repr(dataclasses.asdict(document))


def test_the_defaults_of_each_kind() -> None:
    assert ATTENDANCE_NOTE_LEVEL is G  # "Meldte afbud – bestyrelsesmøde" is the group's
    assert TALK_NOTES_LEVEL is G
    assert SPEAKER_LEVEL is G
    assert DECISION_LEVEL is S and ACTION_LEVEL is S  # the group's own outcomes
    assert THEME_LEVEL is A
    # A line built without a level gets its kind's default.
    line = AttendanceLine(1, "x", "", AttendanceStatus.ABSENT, "n")
    assert line.note_level is ATTENDANCE_NOTE_LEVEL
    assert AgendaLine(dt.time(9), dt.time(10), 60, "t", AgendaKind.TALK).notes_level is G
    assert DecisionLine(1, 0, "d").level is DECISION_LEVEL


def test_without_options_nothing_changes() -> None:
    document = _document()
    assert redact(document, ExportOptions()) == document


def test_omit_leaves_out_every_group_only_text() -> None:
    shown = redact(_document(), OMIT)
    text = _all_text(shown)
    for marker in (
        "ATTNOTE-group",
        "TALKNOTE-group",
        "DECISION-group",
        "ACTION-group",
        "OWNER-group",
        "THEME-group",
        "PROPOSER-group",
        "TOPIC-group",
        "SNOTE-group",
        "GUEST-group",
        "PITCHER-group",
    ):
        assert marker not in text, marker
    # Anonymous and shareable texts stay, with their names (only `anonymise` takes them off).
    for marker in (
        "ATTNOTE-anonymous",
        "TALKNOTE-anonymous",
        "SPEAKER-anonymous",
        "DECISION-anonymous",
        "OWNER-anonymous",
        "PROPOSER-anonymous",
        "PITCHER-anonymous",
        "ATTNOTE-shareable",
        "DECISION-shareable",
        "SNOTE-shareable",
    ):
        assert marker in text, marker
    # The member and the talk stay: only the group-only note goes.
    assert len(shown.attendance) == 3 and shown.attendance[0].note == ""
    assert len(shown.talks) == 3 and shown.talks[0].title == "Talk group"
    assert [d.text for d in shown.decisions] == ["DECISION-anonymous", "DECISION-shareable"]
    # Left out: 1 note, 1 talk note, 1 decision, 1 action, 1 theme, 1 speaker proposal.
    assert shown.others_left_out == 6 and shown.others_anonymised == 0
    assert shown.entries_left_out == 0


def test_anonymise_takes_the_names_off_anonymous_texts() -> None:
    shown = redact(_document(), ANON)
    text = _all_text(shown)
    for marker in ("OWNER-anonymous", "PROPOSER-anonymous", "PITCHER-anonymous"):
        assert marker not in text, marker
    # A talk's notes that may be shared without name lose the speaker and the company.
    assert "SPEAKER-anonymous" not in text and "ORG-anonymous" not in text
    assert "TALKNOTE-anonymous" in text
    # An attendance note stands beside the member's name: it cannot go without it.
    assert "ATTNOTE-anonymous" not in text
    # The texts themselves stay.
    for marker in ("ACTION-anonymous", "THEME-anonymous", "TOPIC-anonymous", "SNOTE-anonymous"):
        assert marker in text, marker
    action = next(a for a in shown.actions if a.text == "ACTION-anonymous")
    assert (action.owner_id, action.owner_name) == (ANONYMISED_PERSON_ID, "A member")
    theme = next(t for t in shown.themes if t.theme == "THEME-anonymous")
    assert (theme.proposed_by_id, theme.proposed_by_name) == (ANONYMISED_PERSON_ID, "A member")
    # Group-only texts are not anonymised: only `omit_confidential` touches them.
    for marker in ("OWNER-group", "ATTNOTE-group", "SPEAKER-group", "SNOTE-group"):
        assert marker in text, marker
    assert shown.others_left_out == 1  # the anonymous attendance note
    assert shown.others_anonymised == 4  # talk, action, theme, speaker proposal


def test_an_anonymous_text_without_a_name_is_not_counted() -> None:
    document = _document()
    document = dataclasses.replace(
        document,
        actions=tuple(
            dataclasses.replace(a, owner_id=None, owner_name="") for a in document.actions
        ),
        attendance=tuple(dataclasses.replace(a, note="") for a in document.attendance),
    )
    shown = redact(document, ANON)
    action = next(a for a in shown.actions if a.text == "ACTION-anonymous")
    assert (action.owner_id, action.owner_name) == (None, "")
    assert shown.others_left_out == 0 and shown.others_anonymised == 3


def test_a_chosen_theme_left_out_takes_the_next_theme_with_it() -> None:
    shown = redact(_document(), OMIT)
    assert shown.next_theme == ""
    assert not any(t.chosen for t in shown.themes)
    kept = dataclasses.replace(_document(), next_theme="Cloud")
    kept = dataclasses.replace(
        kept, themes=tuple(dataclasses.replace(t, chosen=t.level is S) for t in kept.themes)
    )
    assert redact(kept, OMIT).next_theme == "Cloud"


@pytest.mark.parametrize("options", [OMIT, ANON, BOTH], ids=["omit", "anonymise", "both"])
def test_redacting_twice_changes_nothing_more(options: ExportOptions) -> None:
    once = redact(_document(), options)
    assert redact(once, options) == once


def test_both_options_leave_only_what_may_go_out() -> None:
    text = _all_text(redact(_document(), BOTH))
    for level in ("group",):
        for kind in ("ATTNOTE", "TALKNOTE", "DECISION", "ACTION", "THEME", "TOPIC", "SNOTE"):
            assert f"{kind}-{level}" not in text
    for marker in (
        "OWNER-anonymous",
        "PROPOSER-anonymous",
        "SPEAKER-anonymous",
        "ATTNOTE-anonymous",
    ):
        assert marker not in text
    for marker in ("OWNER-shareable", "SPEAKER-shareable", "ATTNOTE-shareable", "THEME-shareable"):
        assert marker in text
