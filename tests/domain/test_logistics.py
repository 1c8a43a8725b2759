"""The rules of a host visit as plain values: deadlines, catering numbers, host rotation and the
visit's fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, strategies as st

from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.logistics import (
    MAX_OFFSET_DAYS,
    MAX_TASK_TITLE_CHARS,
    MAX_TOUR_MINUTES,
    MAX_TOUR_PARTICIPANTS,
    QUESTION_FIELDS,
    ChecklistTemplate,
    ChecklistTemplateItem,
    HostCandidate,
    HostingEvent,
    SignupLine,
    TourRequirements,
    VisitInput,
    catering_summary,
    default_checklist,
    due_date,
    host_candidates,
    is_overdue,
    normalise_diet,
    open_questions,
    rank_hosts,
    validate_checklist_item,
    validate_visit,
)

MEETING = dt.date(2027, 3, 9)

# --- the checklist -----------------------------------------------------------------------------


def test_due_dates_count_days_from_the_meeting() -> None:
    assert due_date(MEETING, 0) == MEETING
    assert due_date(MEETING, -14) == dt.date(2027, 2, 23)
    assert due_date(MEETING, 7) == dt.date(2027, 3, 16)
    # Across a year and a leap day.
    assert due_date(dt.date(2028, 1, 10), -90) == dt.date(2027, 10, 12)
    assert due_date(dt.date(2028, 2, 27), 3) == dt.date(2028, 3, 1)


def test_due_today_is_not_overdue_yet_but_yesterday_is() -> None:
    due = dt.date(2027, 2, 23)
    assert not is_overdue(due, None, today=due - dt.timedelta(days=1))
    assert not is_overdue(due, None, today=due)
    assert is_overdue(due, None, today=due + dt.timedelta(days=1))


@given(
    due=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
    done=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
    today=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
)
def test_a_done_task_is_never_overdue(due: dt.date, done: dt.date, today: dt.date) -> None:
    assert not is_overdue(due, done, today)
    assert is_overdue(due, None, today) == (due < today)


def test_the_default_checklist_in_both_languages() -> None:
    da, en = default_checklist("da"), default_checklist("en")
    assert default_checklist("da_DK") == da
    assert default_checklist("de") == en
    assert len(da.items) == len(en.items) >= 5
    assert [i.offset_days for i in da.items] == [i.offset_days for i in en.items]
    # In the order a coordinator does them: before the meeting, then after it.
    offsets = [i.offset_days for i in da.items]
    assert offsets == sorted(offsets)
    assert offsets[0] < 0 < offsets[-1]
    assert any("værten" in i.title for i in da.items)
    assert all(i.title == i.title.strip() and i.title for i in en.items)


def test_template_json_round_trip() -> None:
    template = default_checklist("da")
    assert ChecklistTemplate.from_json(template.to_json()) == template
    assert ChecklistTemplate.from_json([]) == ChecklistTemplate()


@pytest.mark.parametrize(
    "data",
    [None, "tasks", 42, {"title": "x", "offset_days": 1}, [None, 3, "x", ["a", 1]]],
)
def test_template_json_that_is_not_a_list_of_tasks_gives_an_empty_template(data: object) -> None:
    assert ChecklistTemplate.from_json(data) == ChecklistTemplate()


def test_template_json_skips_entries_that_make_no_sense() -> None:
    data = [
        {"title": "  Bekræft værten ", "offset_days": -90},
        {"title": "", "offset_days": 1},
        {"title": "   ", "offset_days": 1},
        {"title": 7, "offset_days": 1},
        {"offset_days": 1},
        {"title": "Uden frist"},
        {"title": "Tekst", "offset_days": "-7"},
        {"title": "Komma", "offset_days": -7.5},
        {"title": "Sand", "offset_days": True},  # a bool is an int in Python, not a number here
        {"title": "Falsk", "offset_days": False},
        {"title": "Langt før", "offset_days": -10_000},
        {"title": "Langt efter", "offset_days": 10_000},
        {"title": "Tak", "offset_days": 2, "extra": "ignored"},
    ]
    assert ChecklistTemplate.from_json(data).items == (
        ChecklistTemplateItem("Bekræft værten", -90),
        ChecklistTemplateItem("Langt før", -MAX_OFFSET_DAYS),
        ChecklistTemplateItem("Langt efter", MAX_OFFSET_DAYS),
        ChecklistTemplateItem("Tak", 2),
    )


def test_validate_checklist_item() -> None:
    assert validate_checklist_item("Send dagsordenen", -14) == []
    assert validate_checklist_item("x", MAX_OFFSET_DAYS) == []
    assert validate_checklist_item("x", -MAX_OFFSET_DAYS) == []
    assert [(e.field, e.code) for e in validate_checklist_item("  ", 0)] == [
        ("title", "title_required")
    ]
    assert [e.code for e in validate_checklist_item("x" * (MAX_TASK_TITLE_CHARS + 1), 0)] == [
        "too_long"
    ]
    for offset in (MAX_OFFSET_DAYS + 1, -MAX_OFFSET_DAYS - 1):
        errors = validate_checklist_item("x", offset)
        assert [(e.field, e.code) for e in errors] == [("offset_days", "offset_range")]
    assert len(validate_checklist_item("", 1000)) == 2


# --- sign-ups and catering ---------------------------------------------------------------------


def line(name: str, response: Rsvp, diet: str = "", *, guest: bool = False) -> SignupLine:
    return SignupLine(name, "Firma", response, diet, is_guest=guest)


def test_diets_are_normalised() -> None:
    assert normalise_diet("  Vegetar ") == "vegetar"
    assert normalise_diet("Ingen   svine-\nkød") == "ingen svine- kød"
    assert normalise_diet("   ") == ""


def test_catering_counts_every_answer_and_the_diets_of_those_who_come() -> None:
    summary = catering_summary(
        [
            line("Søren", Rsvp.YES),
            line("Mette", Rsvp.YES, "Vegetar"),
            line("Łukasz", Rsvp.YES, " vegetar  "),
            line("Anne-Sofie", Rsvp.YES, "Laktosefri"),
            line("Karen", Rsvp.MAYBE, "glutenfri"),  # may come: not in the diets
            line("Henrik", Rsvp.NO, "vegansk"),
            line("Kasper", Rsvp.NO),
            line("Thomas", Rsvp.INVITED, "fisk"),
            line("Mikkel", Rsvp.YES, "Vegansk", guest=True),
            line("Gæst", Rsvp.MAYBE, guest=True),
        ]
    )
    assert (summary.yes, summary.no, summary.maybe, summary.invited) == (5, 2, 2, 1)
    assert summary.unanswered == 1
    assert summary.guests == 1  # guests who come, included in `yes`
    assert summary.catering_max == 7
    assert summary.diets == {"laktosefri": 1, "vegansk": 1, "vegetar": 2}


def test_diets_are_listed_in_danish_order() -> None:
    summary = catering_summary(
        [line("a", Rsvp.YES, d) for d in ("ærtefri", "vegetar", "æggefri", "østersfri", "fisk")]
    )
    assert list(summary.diets) == ["fisk", "vegetar", "æggefri", "ærtefri", "østersfri"]


def test_catering_of_nobody() -> None:
    summary = catering_summary([])
    assert (summary.yes, summary.no, summary.maybe, summary.invited, summary.guests) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert summary.diets == {}
    assert summary.catering_max == 0


# --- host rotation -----------------------------------------------------------------------------

TODAY = dt.date(2027, 5, 1)


def c(
    org_id: int,
    name: str,
    last: dt.date | None = None,
    booked: dt.date | None = None,
    *,
    paused: bool = False,
) -> HostCandidate:
    return HostCandidate(org_id, name, last, booked, paused)


def names(candidates: list[HostCandidate]) -> list[str]:
    return [candidate.name for candidate in candidates]


def test_who_never_hosted_comes_first_then_who_waited_longest() -> None:
    ranked = rank_hosts(
        [
            c(1, "Fjordbanken", dt.date(2026, 3, 10)),
            c(2, "Kattegat Energi", dt.date(2025, 6, 4)),
            c(3, "Lyngsø Kommune"),
            c(4, "Pension Vestkyst", dt.date(2026, 11, 25)),
            c(5, "Bøgh & Holm"),
        ]
    )
    assert names(ranked) == [
        "Bøgh & Holm",
        "Lyngsø Kommune",
        "Kattegat Energi",
        "Fjordbanken",
        "Pension Vestkyst",
    ]


def test_a_company_booked_for_a_coming_meeting_goes_to_the_back() -> None:
    ranked = rank_hosts(
        [
            c(1, "Booked, never hosted", None, dt.date(2027, 9, 14)),
            c(2, "Hosted long ago, booked", dt.date(2020, 1, 1), dt.date(2027, 6, 2)),
            c(3, "Hosted last year", dt.date(2026, 6, 3)),
            c(4, "Never"),
        ]
    )
    assert names(ranked) == [
        "Never",
        "Hosted last year",
        "Hosted long ago, booked",
        "Booked, never hosted",
    ]
    assert ranked[-1].last_turn == dt.date(2027, 9, 14)
    assert c(9, "x", dt.date(2020, 1, 1), dt.date(2027, 6, 2)).last_turn == dt.date(2027, 6, 2)
    assert c(9, "x").last_turn is None


def test_pausing_companies_are_left_out() -> None:
    ranked = rank_hosts([c(1, "Pauser", paused=True), c(2, "Vært", dt.date(2026, 1, 1))])
    assert names(ranked) == ["Vært"]
    assert rank_hosts([c(1, "Pauser", paused=True)]) == []


def test_ties_are_broken_by_danish_name_order() -> None:
    candidates = [
        c(1, "Ålholm Universitet"),
        c(2, "Zealand Pharma"),
        c(3, "Ørestad Pharma"),
        c(4, "Aarhus Vand"),
        c(5, "Æblegården"),
        c(6, "bøgh & Holm"),
    ]
    assert names(rank_hosts(candidates)) == [
        "Aarhus Vand",
        "bøgh & Holm",
        "Zealand Pharma",
        "Æblegården",
        "Ørestad Pharma",
        "Ålholm Universitet",
    ]
    # English readers put Å with A.
    assert names(rank_hosts(candidates, "en"))[:2] == ["Aarhus Vand", "Æblegården"]
    same_day = dt.date(2026, 3, 10)
    tied = rank_hosts([c(1, "Ålholm", same_day), c(2, "Zebra", same_day)])
    assert names(tied) == ["Zebra", "Ålholm"]


def test_host_candidates_from_the_meetings() -> None:
    companies = [
        (1, "Fjordbanken", False),
        (2, "Kattegat", False),
        (3, "Lyngsø", True),
        (4, "Ny", False),
    ]
    events = [
        HostingEvent(1, dt.date(2025, 3, 11), MeetingStatus.HELD),
        HostingEvent(1, dt.date(2026, 3, 10), MeetingStatus.HELD),
        HostingEvent(1, dt.date(2024, 3, 12), MeetingStatus.HELD),
        HostingEvent(2, dt.date(2026, 9, 15), MeetingStatus.CANCELLED),  # does not count
        HostingEvent(2, dt.date(2027, 9, 14), MeetingStatus.PLANNED),
        HostingEvent(2, dt.date(2027, 6, 2), MeetingStatus.CONFIRMED),
        HostingEvent(2, dt.date(2028, 3, 7), MeetingStatus.CANCELLED),
        HostingEvent(3, dt.date(2025, 1, 1), MeetingStatus.HELD),
        HostingEvent(99, dt.date(2025, 1, 1), MeetingStatus.HELD),  # not a candidate
    ]
    candidates = host_candidates(companies, events, TODAY)
    assert candidates == [
        HostCandidate(1, "Fjordbanken", dt.date(2026, 3, 10), None, False),
        HostCandidate(2, "Kattegat", None, dt.date(2027, 6, 2), False),
        HostCandidate(3, "Lyngsø", dt.date(2025, 1, 1), None, True),
        HostCandidate(4, "Ny", None, None, False),
    ]
    assert names(rank_hosts(candidates)) == ["Ny", "Fjordbanken", "Kattegat"]


def test_a_meeting_today_is_a_booking_and_yesterday_a_hosting() -> None:
    events = [
        HostingEvent(1, TODAY, MeetingStatus.CONFIRMED),
        HostingEvent(2, TODAY - dt.timedelta(days=1), MeetingStatus.HELD),
    ]
    first, second = host_candidates([(1, "A", False), (2, "B", False)], events, TODAY)
    assert (first.last_hosted, first.booked) == (None, TODAY)
    assert (second.last_hosted, second.booked) == (TODAY - dt.timedelta(days=1), None)


def test_a_cancelled_meeting_does_not_spend_the_turn() -> None:
    events = [
        HostingEvent(1, dt.date(2027, 3, 9), MeetingStatus.CANCELLED),
        HostingEvent(1, dt.date(2027, 9, 14), MeetingStatus.CANCELLED),
        HostingEvent(2, dt.date(2020, 1, 7), MeetingStatus.HELD),
    ]
    ranked = rank_hosts(
        host_candidates([(2, "Afholdt", False), (1, "Aflyst", False)], events, TODAY)
    )
    assert names(ranked) == ["Aflyst", "Afholdt"]
    assert (ranked[0].last_hosted, ranked[0].booked) == (None, None)


# --- the visit ---------------------------------------------------------------------------------


def test_an_empty_visit_is_valid_and_everything_is_an_open_question() -> None:
    assert validate_visit(VisitInput()) == []
    assert open_questions(VisitInput()) == list(QUESTION_FIELDS)


def test_open_questions_are_the_empty_practical_fields_in_order() -> None:
    visit = VisitInput(
        address="Havnepladsen 4, 6700 Esbjerg",
        parking="   ",
        room="Vesterhavet",
        catering_lunch="Buffet",
        notes="not a question",
        tour_minutes=45,
    )
    questions = open_questions(visit)
    assert questions == [
        "directions",
        "parking",
        "public_transport",
        "av_equipment",
        "wifi",
        "catering_coffee",
        "tour_guide",
    ]
    values: dict[str, Any] = dict.fromkeys(QUESTION_FIELDS, "x")
    assert open_questions(VisitInput(**values)) == []


def test_validate_visit_contact() -> None:
    good = VisitInput(contact_email=" mette@pv.example ", contact_phone="40 22 61 19")
    assert validate_visit(good) == []
    bad = VisitInput(contact_email="mette@", contact_phone="telefon")
    errors = validate_visit(bad)
    assert [(e.field, e.code, e.value) for e in errors] == [
        ("contact_email", "email_invalid", "mette@"),
        ("contact_phone", "phone_invalid", "telefon"),
    ]


@pytest.mark.parametrize(
    ("minutes", "ok"),
    [
        (None, True),
        (0, True),
        (45, True),
        (MAX_TOUR_MINUTES, True),
        (-1, False),
        (MAX_TOUR_MINUTES + 1, False),
    ],
)
def test_validate_tour_minutes(minutes: int | None, ok: bool) -> None:
    errors = validate_visit(VisitInput(tour_minutes=minutes))
    assert (errors == []) == ok
    if not ok:
        assert [(e.field, e.code) for e in errors] == [("tour_minutes", "duration_range")]


@pytest.mark.parametrize(
    ("participants", "ok"),
    [
        (None, True),
        (1, True),
        (MAX_TOUR_PARTICIPANTS, True),
        (0, False),
        (-3, False),
        (MAX_TOUR_PARTICIPANTS + 1, False),
    ],
)
def test_validate_tour_participants(participants: int | None, ok: bool) -> None:
    errors = validate_visit(VisitInput(tour_max_participants=participants))
    assert (errors == []) == ok
    if not ok:
        assert [(e.field, e.code) for e in errors] == [
            ("tour_max_participants", "participants_range")
        ]
        assert str(MAX_TOUR_PARTICIPANTS) in errors[0].message


def test_tour_requirements() -> None:
    assert not TourRequirements().any
    assert not TourRequirements(other="  ").any
    assert TourRequirements(id_required=True).any
    assert TourRequirements(nda=True).any
    assert TourRequirements(safety_shoes=True).any
    assert TourRequirements(no_photos=True).any
    assert TourRequirements(other="Ingen smykker i renrummet").any
