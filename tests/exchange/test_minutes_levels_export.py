"""Every free text of the minutes has a sharing level, and the exports keep to it.

Attendance notes, talk notes, decisions, action items, theme and speaker proposals each carry
marker texts at "group only" and "may be shared without name". With each option, every kind of
file (PDF, encrypted PDF, Word, Markdown) is searched the way `test_minutes_export` searches
for the round table: raw bytes, decompressed PDF streams, every XML part of the Word file, and
the visible text. The control export without options finds every marker.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coordinator_app.domain.enums import AgendaKind, Confidentiality, SpeakerStatus
from coordinator_app.domain.meetings import AgendaLine
from coordinator_app.domain.minutes import (
    ActionLine,
    DecisionLine,
    ExportOptions,
    MinutesDocument,
    SpeakerLine,
    ThemeLine,
)
from coordinator_app.exchange.minutes_export import export_minutes
from tests.exchange.minutes_demo import MEETING_DAY, PRINTED, demo_minutes
from tests.exchange.test_minutes_export import (
    HAVE_POPPLER,
    KIND_IDS,
    KINDS,
    PASSWORD,
    _blobs,
    _encodings,
    _squeeze,
    _visible_text,
)

G, A, S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE

# Group only: gone with omit_confidential.
ATTENDANCE_NOTE = "AFBUD-BESTYRELSESMOEDE-6120"
TALK_NOTE = "TALKNOTE-GROUP-5093"
DECISION = "BESLUTNING-GROUP-2207"
ACTION = "OPGAVE-GROUP-9931"
ACTION_OWNER = "Yrsa Ejerfeldt-Gruppe"
THEME = "TEMA-GROUP-8812"  # the chosen one: the next theme goes with it
SPEAKER_TOPIC = "OPLAEG-GROUP-3344"
SPEAKER_NOTE = "SNOTE-GROUP-7788"
SPEAKER_GUEST = "Quentin Hemmeligsen"
GROUP_ONLY = (
    ATTENDANCE_NOTE,
    TALK_NOTE,
    DECISION,
    ACTION,
    ACTION_OWNER,
    THEME,
    SPEAKER_TOPIC,
    SPEAKER_NOTE,
    SPEAKER_GUEST,
)
# May be shared without name: with anonymise, the name goes and the text stays.
ANON_ATTENDANCE_NOTE = "NOTE-ANON-3307"  # stands beside the member's name: it goes
ANON_TALK_NOTE = "TALKNOTE-ANON-7742"
ANON_TALK_SPEAKER = "Xenia Quorndottir"
ANON_TALK_COMPANY = "Quornfjord Advisory ApS"
ANON_ACTION = "OPGAVE-ANON-6650"
ANON_ACTION_OWNER = "Xaver Opgavesen"
ANON_THEME = "TEMA-ANON-1029"
ANON_THEME_PROPOSER = "Wilma Temadotter"
ANON_SPEAKER_TOPIC = "OPLAEG-ANON-5566"
ANON_SPEAKER_PROPOSER = "Zoltan Forslagsen"
ANON_NAMES = (
    ANON_TALK_SPEAKER,
    ANON_TALK_COMPANY,
    ANON_ACTION_OWNER,
    ANON_THEME_PROPOSER,
    ANON_SPEAKER_PROPOSER,
)
ANON_TEXTS = (ANON_TALK_NOTE, ANON_ACTION, ANON_THEME, ANON_SPEAKER_TOPIC)
# Shareable: always there.
SHAREABLE = ("NOTE-DELBAR-1184", "BESLUTNING-DELBAR-4415")

OMIT = ExportOptions(omit_confidential=True, lang="da")
ANONYMISE = ExportOptions(anonymise=True, lang="da")
STRICT = ExportOptions(omit_confidential=True, anonymise=True, lang="da")


def levelled_minutes() -> MinutesDocument:
    """The demo minutes with a marker text at each level in each kind of text."""
    base = demo_minutes()
    attendance = list(base.attendance)
    attendance[0] = dataclasses.replace(
        attendance[0], note=f"Meldte afbud – bestyrelsesmøde {ATTENDANCE_NOTE}", note_level=G
    )
    attendance[1] = dataclasses.replace(attendance[1], note=ANON_ATTENDANCE_NOTE, note_level=A)
    attendance[3] = dataclasses.replace(attendance[3], note=SHAREABLE[0], note_level=S)
    talks = (
        dataclasses.replace(base.talks[0], notes=f"Fortroligt: {TALK_NOTE}", notes_level=G),
        AgendaLine(
            start=base.talks[-1].end,
            end=base.talks[-1].end.replace(hour=base.talks[-1].end.hour + 1),
            duration_minutes=60,
            title="Erfaringer fra et nedbrud",
            kind=AgendaKind.TALK,
            speaker=ANON_TALK_SPEAKER,
            speaker_organisation=ANON_TALK_COMPANY,
            notes=f"Hvad der gik galt: {ANON_TALK_NOTE}",
            notes_level=A,
        ),
        *(dataclasses.replace(t, notes_level=S) for t in base.talks[1:]),
    )
    decisions = (
        *base.decisions,
        DecisionLine(id=90, position=90, text=f"Gruppen støtter {DECISION}", level=G),
        DecisionLine(id=91, position=91, text=f"Gruppen vælger {SHAREABLE[1]}", level=S),
    )

    def action(action_id: int, text: str, owner: str, level: Confidentiality) -> ActionLine:
        return ActionLine(
            id=action_id,
            meeting_id=base.meeting_id,
            meeting_date=MEETING_DAY,
            text=text,
            owner_id=action_id,
            owner_name=owner,
            due_on=None,
            done_on=None,
            level=level,
        )

    actions = (
        *base.actions,
        action(90, f"Ringe til advokaten om {ACTION}", ACTION_OWNER, G),
        action(91, f"Dele tjeklisten {ANON_ACTION}", ANON_ACTION_OWNER, A),
    )
    themes = (
        *(dataclasses.replace(t, chosen=False) for t in base.themes),
        ThemeLine(90, THEME, 90, "Peter Ærø", votes=9, chosen=True, level=G),
        ThemeLine(91, ANON_THEME, 91, ANON_THEME_PROPOSER, votes=4, chosen=False, level=A),
    )

    def speaker(
        proposal_id: int, topic: str, notes: str, guest: str, by: str, level: Confidentiality
    ) -> SpeakerLine:
        return SpeakerLine(
            id=proposal_id,
            proposed_by_id=proposal_id,
            proposed_by_name=by,
            speaker_person_id=None,
            speaker_name=guest,
            speaker_organisation="",
            topic=topic,
            status=SpeakerStatus.ASKED,
            meeting_id=None,
            meeting_date=None,
            notes=notes,
            level=level,
        )

    speakers = (
        *base.speakers,
        speaker(90, SPEAKER_TOPIC, SPEAKER_NOTE, SPEAKER_GUEST, "Ole Bach", G),
        speaker(91, ANON_SPEAKER_TOPIC, "", "Kirsten Vang", ANON_SPEAKER_PROPOSER, A),
    )
    return dataclasses.replace(
        base,
        attendance=tuple(attendance),
        talks=talks,
        decisions=decisions,
        actions=actions,
        themes=themes,
        next_theme=THEME,
        speakers=speakers,
    )


def _export(tmp_path: Path, fmt: str, password: str | None, options: ExportOptions) -> Path:
    out = tmp_path / f"referat.{fmt}"
    export_minutes(
        levelled_minutes(), out, fmt=fmt, options=options, printed_on=PRINTED, password=password
    )
    return out


def _assert_nowhere(out: Path, fmt: str, password: str | None, markers: tuple[str, ...]) -> str:
    """Asserts that no marker is in any byte the file holds; returns its visible text."""
    blobs = _blobs(out.read_bytes(), fmt, password)
    assert len(blobs) > 1 or fmt == "md"
    for blob in blobs:
        for marker in markers:
            for needle in _encodings(marker):
                assert needle not in blob, marker
    if fmt == "pdf" and not HAVE_POPPLER:
        return ""
    text = _visible_text(out, fmt, password)
    squeezed = _squeeze(text)
    for marker in markers:
        assert _squeeze(marker) not in squeezed, marker
    return text


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
@pytest.mark.parametrize("options", [OMIT, STRICT], ids=["omit", "omit+anonymise"])
def test_group_only_texts_are_nowhere_in_the_file(
    tmp_path: Path, fmt: str, password: str | None, options: ExportOptions
) -> None:
    out = _export(tmp_path, fmt, password, options)
    text = _assert_nowhere(out, fmt, password, GROUP_ONLY)
    if not text:
        return
    squeezed = _squeeze(text)
    for marker in (*SHAREABLE, *ANON_TEXTS):
        assert _squeeze(marker) in squeezed, marker
    # The member whose note went is still on the attendance list; the talk is still there.
    assert _squeeze("Mette Kjær") in squeezed
    assert _squeeze("Rundvisning i datacenteret") in squeezed
    # The reader learns how many, never what.
    assert "udeladt af fortrolighedshensyn" in " ".join(text.split())


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
@pytest.mark.parametrize("options", [ANONYMISE, STRICT], ids=["anonymise", "omit+anonymise"])
def test_anonymous_texts_lose_their_names(
    tmp_path: Path, fmt: str, password: str | None, options: ExportOptions
) -> None:
    out = _export(tmp_path, fmt, password, options)
    text = _assert_nowhere(out, fmt, password, (*ANON_NAMES, ANON_ATTENDANCE_NOTE))
    if not text:
        return
    squeezed = _squeeze(text)
    for marker in ANON_TEXTS:
        assert _squeeze(marker) in squeezed, marker
    assert _squeeze("Et medlem") in squeezed
    assert _squeeze("andre tekster er gengivet uden navn.") in squeezed


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
def test_anonymising_alone_keeps_group_only_texts(
    tmp_path: Path, fmt: str, password: str | None
) -> None:
    if fmt == "pdf" and not HAVE_POPPLER:
        pytest.skip("needs pdftotext")
    out = _export(tmp_path, fmt, password, ANONYMISE)
    squeezed = _squeeze(_visible_text(out, fmt, password))
    for marker in GROUP_ONLY:
        assert _squeeze(marker) in squeezed, marker


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
def test_without_options_every_text_is_there(
    tmp_path: Path, fmt: str, password: str | None
) -> None:
    """The control: the same searches find every marker when nothing is left out."""
    if fmt == "pdf" and not HAVE_POPPLER:
        pytest.skip("needs pdftotext")
    out = _export(tmp_path, fmt, password, ExportOptions(lang="da"))
    text = _visible_text(out, fmt, password)
    squeezed = _squeeze(text)
    for marker in (*GROUP_ONLY, *ANON_NAMES, *ANON_TEXTS, ANON_ATTENDANCE_NOTE, *SHAREABLE):
        assert _squeeze(marker) in squeezed, marker
    assert "udeladt" not in text


def test_the_control_markers_are_found_in_raw_markdown(tmp_path: Path) -> None:
    """The byte search itself works: unredacted Markdown holds every marker as UTF-8."""
    data = _export(tmp_path, "md", None, ExportOptions(lang="da")).read_bytes()
    for marker in (*GROUP_ONLY, *ANON_NAMES, ANON_ATTENDANCE_NOTE):
        assert marker.encode("utf-8") in data, marker


def test_a_password_is_no_way_around_the_levels(tmp_path: Path) -> None:
    out = _export(tmp_path, "pdf", PASSWORD, STRICT)
    _assert_nowhere(out, "pdf", PASSWORD, (*GROUP_ONLY, *ANON_NAMES, ANON_ATTENDANCE_NOTE))
