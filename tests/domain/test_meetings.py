"""A meeting day as plain values: the timetable, the agenda template, and input validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import (
    DEFAULT_END,
    DEFAULT_START,
    MAX_DURATION_MINUTES,
    MAX_THEME_CHARS,
    MAX_TITLE_CHARS,
    AgendaItemInput,
    AgendaLine,
    AgendaTemplate,
    MeetingDocument,
    MeetingInput,
    Slot,
    TemplateItem,
    default_agenda_template,
    effective_status,
    meeting_is_over,
    overrun_minutes,
    schedule,
    validate_agenda_item,
    validate_meeting,
)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


# --- schedule ----------------------------------------------------------------------------------


def test_items_follow_each_other_from_the_start() -> None:
    assert schedule(t("09:30"), [30, 15, 60]) == [
        Slot(t("09:30"), t("10:00")),
        Slot(t("10:00"), t("10:15")),
        Slot(t("10:15"), t("11:15")),
    ]
    assert schedule(t("09:30"), []) == []


@pytest.mark.parametrize("lang", ["da", "en", "da-DK", "fr"])
def test_the_default_template_fills_the_day_exactly(lang: str) -> None:
    durations = [i.duration_minutes for i in default_agenda_template(lang).items]
    slots = schedule(DEFAULT_START, durations)
    assert (t("09:30"), t("16:00")) == (DEFAULT_START, DEFAULT_END)
    assert slots[0].start == DEFAULT_START
    assert slots[-1].end == DEFAULT_END
    assert all(s.day_offset == 0 for s in slots)
    assert overrun_minutes(DEFAULT_START, DEFAULT_END, durations) == 0
    assert overrun_minutes(DEFAULT_START, DEFAULT_END, [*durations[:-1], durations[-1] + 1]) == 1
    assert overrun_minutes(DEFAULT_START, DEFAULT_END, [*durations, 1]) == 1
    assert overrun_minutes(DEFAULT_START, DEFAULT_END, durations[:-1]) == 0


def test_zero_and_negative_durations_take_no_time() -> None:
    slots = schedule(t("10:00"), [0, -30, 45])
    assert slots == [
        Slot(t("10:00"), t("10:00")),
        Slot(t("10:00"), t("10:00")),
        Slot(t("10:00"), t("10:45")),
    ]
    assert overrun_minutes(t("10:00"), t("10:30"), [-100, 45]) == 15
    assert overrun_minutes(t("10:00"), t("10:30"), [-100]) == 0


def test_an_agenda_crossing_midnight_says_so() -> None:
    slots = schedule(t("22:30"), [60, 60, 24 * 60])
    assert slots[0] == Slot(t("22:30"), t("23:30"), 0)
    assert slots[1] == Slot(t("23:30"), t("00:30"), 1)
    assert slots[2] == Slot(t("00:30"), t("00:30"), 2)
    # Exactly at midnight the item ends on the next day's clock.
    assert schedule(t("23:00"), [60]) == [Slot(t("23:00"), t("00:00"), 1)]
    assert overrun_minutes(t("22:30"), t("23:59"), [60, 60]) == 31


@settings(max_examples=50, deadline=None)
@given(
    st.times().map(lambda v: v.replace(second=0, microsecond=0)),
    st.lists(st.integers(min_value=-60, max_value=MAX_DURATION_MINUTES), max_size=15),
)
def test_schedule_has_no_gaps_and_matches_the_total(start: dt.time, durations: list[int]) -> None:
    slots = schedule(start, durations)
    assert len(slots) == len(durations)
    for before, after in pairwise(slots):
        assert before.end == after.start
    if slots:
        total = sum(max(0, m) for m in durations)
        minutes = start.hour * 60 + start.minute + total
        assert slots[-1].end == dt.time(minutes % 1440 // 60, minutes % 60)
        assert slots[-1].day_offset == minutes // 1440


# --- the agenda template -----------------------------------------------------------------------


def test_default_template_in_both_languages() -> None:
    danish = default_agenda_template("da")
    english = default_agenda_template("en")
    assert danish.items[0].title == "Ankomst og kaffe"
    assert english.items[0].title == "Arrival and coffee"
    assert [i.kind for i in danish.items] == [i.kind for i in english.items]
    kinds = [i.kind for i in danish.items]
    assert kinds[0] is AgendaKind.ARRIVAL
    assert AgendaKind.TOUR in kinds and AgendaKind.LUNCH in kinds
    assert kinds[-2:] == [AgendaKind.ROUND_TABLE, AgendaKind.NEXT_THEME]
    assert default_agenda_template("DA").items == danish.items


def test_template_json_round_trip() -> None:
    template = default_agenda_template("da")
    assert AgendaTemplate.from_json(template.to_json()) == template
    assert template.to_json()[0] == {"title": "Ankomst og kaffe", "kind": "arrival", "duration": 30}
    assert AgendaTemplate.from_json(AgendaTemplate().to_json()) == AgendaTemplate()


@pytest.mark.parametrize("garbage", [None, "x", 3, {"title": "a"}, [None, 1, "a", []]])
def test_template_from_garbage_is_empty(garbage: object) -> None:
    assert AgendaTemplate.from_json(garbage) == AgendaTemplate()


def test_template_skips_bad_entries_and_repairs_what_it_can() -> None:
    template = AgendaTemplate.from_json(
        [
            {"title": "Kaffe", "kind": "arrival", "duration": 30},
            {"title": "No duration", "kind": "talk"},
            {"title": 7, "kind": "talk", "duration": 10},
            {"title": "Text duration", "kind": "talk", "duration": "45"},
            {"title": "Float duration", "kind": "talk", "duration": 45.0},
            {"title": "Bool duration", "kind": "talk", "duration": True},
            "Oplæg",
            {"title": "Strange kind", "kind": "party", "duration": 20},
            {"title": "No kind", "duration": 20},
            {"title": "Negative", "kind": "break", "duration": -15},
            {"title": "Too long", "kind": "tour", "duration": 100_000},
        ]
    )
    assert template.items == (
        TemplateItem("Kaffe", AgendaKind.ARRIVAL, 30),
        TemplateItem("Strange kind", AgendaKind.OTHER, 20),
        TemplateItem("No kind", AgendaKind.OTHER, 20),
        TemplateItem("Negative", AgendaKind.BREAK, 0),
        TemplateItem("Too long", AgendaKind.TOUR, MAX_DURATION_MINUTES),
    )


# --- validation --------------------------------------------------------------------------------


def test_a_plain_meeting_is_valid() -> None:
    assert validate_meeting(MeetingInput(dt.date(2027, 3, 9))) == []
    data = MeetingInput(dt.date(2027, 3, 9), t("08:00"), t("08:01"), "x" * MAX_THEME_CHARS)
    assert validate_meeting(data) == []
    padded = MeetingInput(dt.date(2027, 3, 9), theme=f"  {'x' * MAX_THEME_CHARS}  ")
    assert validate_meeting(padded) == []


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (MeetingInput(dt.date(1899, 12, 31)), "date", "date_range"),
        (MeetingInput(dt.date(2201, 1, 1)), "date", "date_range"),
        (MeetingInput(dt.date(2027, 3, 9), t("16:00"), t("09:30")), "end_time", "end_before_start"),
        (MeetingInput(dt.date(2027, 3, 9), t("09:30"), t("09:30")), "end_time", "end_before_start"),
        (MeetingInput(dt.date(2027, 3, 9), theme="x" * (MAX_THEME_CHARS + 1)), "theme", "too_long"),
    ],
)
def test_meeting_errors(data: MeetingInput, field: str, code: str) -> None:
    [error] = validate_meeting(data)
    assert (error.field, error.code) == (field, code)
    assert error.message


def test_every_meeting_error_is_reported_at_once() -> None:
    data = MeetingInput(dt.date(1800, 1, 1), t("10:00"), t("09:00"), "x" * 400)
    errors = validate_meeting(data)
    assert [e.field for e in errors] == ["date", "end_time", "theme"]
    assert errors[1].value == "10:00-09:00"


def test_agenda_item_validation() -> None:
    assert validate_agenda_item(AgendaItemInput("Oplæg")) == []
    assert validate_agenda_item(AgendaItemInput("", duration_minutes=0)) == []
    assert validate_agenda_item(AgendaItemInput("x", duration_minutes=MAX_DURATION_MINUTES)) == []
    [negative] = validate_agenda_item(AgendaItemInput("x", duration_minutes=-1))
    assert (negative.field, negative.code, negative.value) == (
        "duration_minutes",
        "duration_range",
        "-1",
    )
    [too_long] = validate_agenda_item(
        AgendaItemInput("x", duration_minutes=MAX_DURATION_MINUTES + 1)
    )
    assert too_long.field == "duration_minutes"
    [title] = validate_agenda_item(AgendaItemInput("x" * (MAX_TITLE_CHARS + 1)))
    assert (title.field, title.code) == ("title", "too_long")
    both = validate_agenda_item(AgendaItemInput("x" * 501, duration_minutes=-5))
    assert {e.field for e in both} == {"duration_minutes", "title"}


def test_document_title_falls_back_to_the_group_name() -> None:
    document = MeetingDocument(
        meeting_id=1,
        ical_uid="u",
        ical_sequence=0,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=DEFAULT_START,
        end_time=DEFAULT_END,
        theme="",
        status=MeetingStatus.PLANNED,
    )
    assert document.title == "IT Drift"
    assert replace(document, theme="AI").title == "AI"


def _line(start: str, end: str, minutes: int) -> AgendaLine:
    return AgendaLine(t(start), t(end), minutes, "Punkt", AgendaKind.TALK)


def test_document_day_runs_from_the_first_item_to_the_last() -> None:
    document = MeetingDocument(
        meeting_id=1,
        ical_uid="u",
        ical_sequence=0,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=t("09:30"),
        end_time=t("16:00"),
        theme="",
        status=MeetingStatus.CONFIRMED,
    )
    # Without a timetable the day is the meeting's planned day.
    assert (document.day_start, document.day_end, document.overrun_minutes) == (
        t("09:30"),
        t("16:00"),
        0,
    )
    short = replace(document, agenda=(_line("09:30", "12:00", 150), _line("12:00", "15:30", 210)))
    assert (short.day_start, short.day_end, short.overrun_minutes) == (t("09:30"), t("15:30"), 0)
    long = replace(document, agenda=(_line("09:30", "13:00", 210), _line("13:00", "17:00", 240)))
    assert (long.day_end, long.overrun_minutes) == (t("17:00"), 60)


@pytest.mark.parametrize(
    ("status", "over", "records", "kept_open", "effective"),
    [
        (MeetingStatus.CONFIRMED, True, True, False, MeetingStatus.HELD),
        (MeetingStatus.PLANNED, True, True, False, MeetingStatus.HELD),
        (MeetingStatus.CONFIRMED, False, True, False, MeetingStatus.CONFIRMED),
        (MeetingStatus.CONFIRMED, True, False, False, MeetingStatus.CONFIRMED),
        # The coordinator said it was not held: that stands.
        (MeetingStatus.CONFIRMED, True, True, True, MeetingStatus.CONFIRMED),
        # A cancelled meeting is never held, whatever was recorded.
        (MeetingStatus.CANCELLED, True, True, False, MeetingStatus.CANCELLED),
        (MeetingStatus.HELD, False, False, False, MeetingStatus.HELD),
    ],
)
def test_a_meeting_is_held_once_it_is_over_with_attendance_or_minutes(
    status: MeetingStatus, over: bool, records: bool, kept_open: bool, effective: MeetingStatus
) -> None:
    assert (
        effective_status(status, over=over, has_records=records, kept_open=kept_open) is effective
    )


def test_a_meeting_is_over_once_its_planned_end_has_passed() -> None:
    day = dt.date(2027, 3, 9)
    assert not meeting_is_over(day, t("16:00"), dt.datetime(2027, 3, 9, 15, 59))
    assert meeting_is_over(day, t("16:00"), dt.datetime(2027, 3, 9, 16, 0))
    assert meeting_is_over(day, t("16:00"), dt.datetime(2027, 3, 10, 8, 0))
    assert not meeting_is_over(day, t("16:00"), dt.datetime(2027, 3, 8, 20, 0))
