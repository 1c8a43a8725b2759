"""The date rules of the year plan over several years and countries: public holidays, school
holidays, spacing between meetings, and the proposals for a year's dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

from coordinator_app.domain.logistics import HostCandidate, rank_hosts
from coordinator_app.domain.planning import (
    DEFAULT_SCHOOL_WEEKS,
    HolidayRules,
    WarningCode,
    _holidays,
    _segments,
    date_warnings,
    easter_sunday,
    format_weeks,
    parse_weeks,
    public_holidays,
    rotate_hosts,
    school_holiday,
    school_holidays,
    suggest_dates,
)

DK = HolidayRules()
NO_SCHOOL_HOLIDAYS = HolidayRules(school_weeks=(), easter_week=False, christmas=False)


def codes(
    day: dt.date, rules: HolidayRules = DK, *, others: Iterable[dt.date] = ()
) -> list[WarningCode]:
    return [w.code for w in date_warnings(day, rules, others=others)]


# --- public holidays ---------------------------------------------------------------------------


def test_great_prayer_day_was_a_holiday_until_2023() -> None:
    assert public_holidays(2023, DK, "da")[dt.date(2023, 5, 5)] == "Store bededag"
    for year in range(2024, 2031):
        names = public_holidays(year, DK, "da")
        assert "Store bededag" not in names.values(), year
    # The Friday it would have been (fourth Friday after Easter) is an ordinary day now.
    assert dt.date(2024, 4, 26) not in public_holidays(2024, DK)
    assert dt.date(2027, 4, 23) not in public_holidays(2027, DK)


@pytest.mark.parametrize(
    ("year", "easter", "ascension", "whit_monday"),
    [
        (2024, dt.date(2024, 3, 31), dt.date(2024, 5, 9), dt.date(2024, 5, 20)),
        (2025, dt.date(2025, 4, 20), dt.date(2025, 5, 29), dt.date(2025, 6, 9)),
        (2026, dt.date(2026, 4, 5), dt.date(2026, 5, 14), dt.date(2026, 5, 25)),
        (2027, dt.date(2027, 3, 28), dt.date(2027, 5, 6), dt.date(2027, 5, 17)),
        (2028, dt.date(2028, 4, 16), dt.date(2028, 5, 25), dt.date(2028, 6, 5)),
    ],
)
def test_easter_dependent_holidays_move_with_easter(
    year: int, easter: dt.date, ascension: dt.date, whit_monday: dt.date
) -> None:
    assert easter_sunday(year) == easter
    names = public_holidays(year, DK, "da")
    assert names[easter - dt.timedelta(days=3)] == "Skærtorsdag"
    assert names[easter - dt.timedelta(days=2)] == "Langfredag"
    assert names[easter + dt.timedelta(days=1)] == "Anden påskedag"
    assert names[ascension] == "Kristi himmelfartsdag"
    assert "Anden pinsedag" in names[whit_monday]
    english = public_holidays(year, DK, "en")
    assert english[ascension] == "Ascension Day"


@pytest.mark.parametrize("year", range(2024, 2036))
def test_constitution_day_christmas_eve_and_new_year_are_avoided(year: int) -> None:
    names = public_holidays(year, DK, "da")
    assert "Grundlovsdag" in names[dt.date(year, 6, 5)]
    assert names[dt.date(year, 12, 24)] == "Juleaftensdag"
    assert names[dt.date(year, 1, 1)] == "Nytårsdag"
    assert all(day.year == year for day in names)
    assert WarningCode.PUBLIC_HOLIDAY in codes(dt.date(year, 6, 5))


def test_public_holidays_returns_a_copy() -> None:
    names = public_holidays(2027, DK)
    names.clear()
    assert public_holidays(2027, DK)


@pytest.mark.parametrize(
    ("country", "own_day", "own_name"),
    [
        ("DE", dt.date(2027, 10, 3), "German Unity Day"),
        ("SE", dt.date(2027, 6, 6), "National Day"),
        ("NO", dt.date(2029, 5, 17), "Constitution Day"),
    ],
)
def test_another_country_has_its_own_holidays_and_not_the_danish_ones(
    country: str, own_day: dt.date, own_name: str
) -> None:
    rules = HolidayRules(country=country)
    year = own_day.year
    english = public_holidays(year, rules, "en")
    assert english[own_day] == own_name
    assert dt.date(year, 6, 5) not in english  # Danish Constitution Day
    assert own_day not in public_holidays(year, DK)
    danish_names = set(public_holidays(year, DK, "da").values())
    assert not danish_names & set(public_holidays(year, rules, "da").values())
    assert WarningCode.PUBLIC_HOLIDAY in codes(own_day, rules)
    assert WarningCode.PUBLIC_HOLIDAY not in codes(dt.date(year, 6, 5), rules)


def test_holiday_names_do_not_depend_on_the_machines_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Germany's holidays have no Danish names: a Danish user gets the same (English) name on
    # every machine, whatever the process locale says.
    seen = set()
    for locale in ("de_DE.UTF-8", "en_US.UTF-8", "da_DK.UTF-8", "C"):
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.setenv(var, locale)
        _holidays.cache_clear()
        seen.add(public_holidays(2027, HolidayRules(country="DE"), "da")[dt.date(2027, 10, 3)])
    _holidays.cache_clear()
    assert seen == {"German Unity Day"}


# --- school holidays ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "monday", "easter_monday"),
    [
        (2024, dt.date(2024, 3, 25), dt.date(2024, 4, 1)),
        (2025, dt.date(2025, 4, 14), dt.date(2025, 4, 21)),
        (2027, dt.date(2027, 3, 22), dt.date(2027, 3, 29)),
        (2028, dt.date(2028, 4, 10), dt.date(2028, 4, 17)),
    ],
)
def test_easter_school_week_runs_from_monday_of_holy_week_to_easter_monday(
    year: int, monday: dt.date, easter_monday: dt.date
) -> None:
    rules = HolidayRules(school_weeks=(), christmas=False)
    [period] = school_holidays(year, rules)
    assert (period.first, period.last, period.kind) == (monday, easter_monday, "easter")
    assert school_holiday(monday - dt.timedelta(days=1), rules) is None
    assert school_holiday(monday, rules) == period
    assert school_holiday(easter_monday, rules) == period
    assert school_holiday(easter_monday + dt.timedelta(days=1), rules) is None
    assert school_holiday(monday, HolidayRules(school_weeks=(), easter_week=False)) is None


def test_christmas_spans_the_year_boundary() -> None:
    rules = HolidayRules(school_weeks=(), easter_week=False)
    assert school_holiday(dt.date(2026, 12, 19), rules) is None
    for day in (
        dt.date(2026, 12, 20),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 3),
    ):
        period = school_holiday(day, rules)
        assert period is not None, day
        assert (period.first, period.last, period.kind) == (
            dt.date(2026, 12, 20),
            dt.date(2027, 1, 3),
            "christmas",
        )
    assert school_holiday(dt.date(2027, 1, 4), rules) is None
    # Both Christmas periods touching 2027 are listed, in date order.
    periods = school_holidays(2027, rules)
    assert [(p.first, p.last) for p in periods] == [
        (dt.date(2026, 12, 20), dt.date(2027, 1, 3)),
        (dt.date(2027, 12, 20), dt.date(2028, 1, 3)),
    ]
    assert school_holiday(dt.date(2027, 1, 2), HolidayRules(christmas=False)) is None


def test_week_53_in_a_year_that_has_one() -> None:
    rules = HolidayRules(school_weeks=(53,), easter_week=False, christmas=False)
    # 2026 has 53 ISO weeks: week 53 runs Monday 28 December 2026 to Sunday 3 January 2027.
    [week53] = school_holidays(2026, rules)
    assert (week53.first, week53.last, week53.week) == (
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 3),
        53,
    )
    assert school_holiday(dt.date(2027, 1, 2), rules) == week53
    assert school_holiday(dt.date(2027, 1, 4), rules) is None
    # 2027 has only 52 weeks: week 53 is skipped without an error.
    assert school_holidays(2027, rules) == []
    assert school_holiday(dt.date(2027, 12, 28), rules) is None
    assert school_holiday(dt.date(2032, 12, 30), rules) is not None  # 2032 has 53 weeks too


def test_week_1_that_starts_in_december_of_the_year_before() -> None:
    rules = HolidayRules(school_weeks=(1,), easter_week=False, christmas=False)
    # ISO week 1 of 2025 starts on Monday 30 December 2024.
    period = school_holiday(dt.date(2024, 12, 30), rules)
    assert period is not None
    assert (period.first, period.week) == (dt.date(2024, 12, 30), 1)
    assert school_holiday(dt.date(2024, 12, 29), rules) is None


@pytest.mark.parametrize("year", [2024, 2026, 2027, 2030])
def test_default_school_weeks(year: int) -> None:
    weeks = {p.week for p in school_holidays(year, DK) if p.kind == "week"}
    assert weeks == set(DEFAULT_SCHOOL_WEEKS)
    autumn = dt.date.fromisocalendar(year, 42, 3)
    period = school_holiday(autumn, DK)
    assert period is not None and period.week == 42
    assert WarningCode.SCHOOL_HOLIDAY in codes(autumn)
    assert school_holiday(dt.date.fromisocalendar(year, 43, 2), DK) is None
    winter = dt.date.fromisocalendar(year, 7, 2)
    assert school_holiday(winter, DK) is not None
    assert school_holiday(dt.date(year, 7, 15), DK) is not None  # summer holidays


def test_school_weeks_from_settings() -> None:
    rules = HolidayRules(school_weeks=parse_weeks("8, 26-30, 41"), easter_week=False)
    assert school_holiday(dt.date.fromisocalendar(2027, 8, 2), rules) is not None
    assert school_holiday(dt.date.fromisocalendar(2027, 7, 2), rules) is None
    assert school_holiday(dt.date.fromisocalendar(2027, 31, 2), rules) is None
    assert school_holiday(dt.date.fromisocalendar(2027, 41, 2), rules) is not None


# --- weeks as text -----------------------------------------------------------------------------


def test_parse_weeks() -> None:
    assert parse_weeks("7, 27-31, 42") == (7, 27, 28, 29, 30, 31, 42)
    assert parse_weeks(" 42;7 ,, 7, 27 - 28 ") == (7, 27, 28, 42)
    assert parse_weeks("") == ()
    assert parse_weeks("53") == (53,)
    assert parse_weeks("1-53") == tuple(range(1, 54))


@pytest.mark.parametrize(
    ("text", "bad_part"),
    [
        ("7, x, 42", "x"),
        ("7, 31-27", "31-27"),
        ("54", "54"),
        ("0, 7", "0"),
        ("7-", "7-"),
        ("-3", "-3"),
        ("7, 2.5", "2.5"),
        ("1-2-3", "1-2-3"),
    ],
)
def test_bad_weeks_raise_value_error_naming_the_part(text: str, bad_part: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_weeks(text)
    assert str(caught.value) == bad_part


def test_format_weeks() -> None:
    assert format_weeks((7, 27, 28, 29, 30, 31, 42)) == "7, 27-31, 42"
    assert format_weeks(DEFAULT_SCHOOL_WEEKS) == "7, 27-31, 42"
    assert format_weeks((42, 7, 7, 8)) == "7-8, 42"
    assert format_weeks(()) == ""
    assert format_weeks((0, 54, 5)) == "5"
    assert parse_weeks(format_weeks(DEFAULT_SCHOOL_WEEKS)) == DEFAULT_SCHOOL_WEEKS


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(min_value=1, max_value=53)))
def test_format_then_parse_gives_the_weeks_back(weeks: set[int]) -> None:
    text = format_weeks(sorted(weeks))
    assert parse_weeks(text) == tuple(sorted(weeks))
    assert format_weeks(parse_weeks(text)) == text


# --- rules as JSON -----------------------------------------------------------------------------


def test_rules_json_round_trip() -> None:
    rules = HolidayRules(country="DE", school_weeks=(8, 44), easter_week=False, christmas=True)
    assert HolidayRules.from_json(rules.to_json()) == rules
    assert HolidayRules.from_json(DK.to_json()) == DK
    assert HolidayRules.from_json({"country": "se"}).country == "SE"


@pytest.mark.parametrize(
    "garbage",
    [
        None,
        "DK",
        42,
        [],
        {},
        {"country": 45, "school_weeks": "7, 42", "easter_week": "yes", "christmas": 1},
        {"country": "XX"},
        {"country": "Danmark", "school_weeks": None},
    ],
)
def test_rules_from_garbage_fall_back_to_the_defaults(garbage: object) -> None:
    assert HolidayRules.from_json(garbage) == DK


def test_rules_from_json_keep_only_valid_weeks() -> None:
    rules = HolidayRules.from_json(
        {"country": "DK", "school_weeks": [42, 7, 7, 0, 54, "8", 3.0, None, True, False]}
    )
    assert rules.school_weeks == (7, 42)
    assert HolidayRules.from_json({"school_weeks": []}).school_weeks == ()


# --- warnings ----------------------------------------------------------------------------------


def test_warning_for_a_weekend() -> None:
    saturday = dt.date(2027, 3, 6)
    assert codes(saturday, NO_SCHOOL_HOLIDAYS) == [WarningCode.WEEKEND]
    assert codes(saturday + dt.timedelta(days=1), NO_SCHOOL_HOLIDAYS) == [WarningCode.WEEKEND]
    assert codes(saturday + dt.timedelta(days=3), NO_SCHOOL_HOLIDAYS) == []
    [warning] = date_warnings(saturday, NO_SCHOOL_HOLIDAYS, lang="da")
    assert warning.message == "Saturday is a weekend day"


def test_warning_for_a_holiday_names_it_in_the_language() -> None:
    ascension = dt.date(2027, 5, 6)
    [danish] = date_warnings(ascension, DK, lang="da")
    assert danish.code is WarningCode.PUBLIC_HOLIDAY
    assert danish.holiday_name == "Kristi himmelfartsdag"
    assert danish.message == "public holiday: Ascension Day"
    [english] = date_warnings(ascension, DK, lang="en")
    assert english.holiday_name == "Ascension Day"


def test_warning_for_a_school_holiday() -> None:
    day = dt.date.fromisocalendar(2027, 42, 2)
    [warning] = date_warnings(day, DK)
    assert warning.code is WarningCode.SCHOOL_HOLIDAY
    assert warning.period is not None and warning.period.week == 42
    assert "week 42" in warning.message
    [easter] = date_warnings(dt.date(2027, 3, 23), DK)
    assert easter.code is WarningCode.SCHOOL_HOLIDAY and "easter" in easter.message


def test_holiday_in_a_school_holiday_gets_both_warnings() -> None:
    good_friday = dt.date(2027, 3, 26)
    assert codes(good_friday) == [WarningCode.PUBLIC_HOLIDAY, WarningCode.SCHOOL_HOLIDAY]
    christmas_day = dt.date(2027, 12, 25)  # a Saturday
    assert codes(christmas_day) == [
        WarningCode.WEEKEND,
        WarningCode.PUBLIC_HOLIDAY,
        WarningCode.SCHOOL_HOLIDAY,
    ]


def test_too_close_to_another_meeting() -> None:
    meeting = dt.date(2027, 3, 9)
    assert codes(meeting + dt.timedelta(days=41), others=[meeting]) == [WarningCode.TOO_CLOSE]
    assert codes(meeting - dt.timedelta(days=41), others=[meeting]) == [WarningCode.TOO_CLOSE]
    assert codes(meeting + dt.timedelta(days=42), others=[meeting]) == []
    assert codes(meeting - dt.timedelta(days=42), others=[meeting]) == []
    [warning] = date_warnings(meeting + dt.timedelta(days=7), DK, others=[meeting, meeting])
    assert (warning.other, warning.days_apart) == (meeting, 7)
    assert "7 days" in warning.message


def test_same_day_as_another_meeting() -> None:
    day = dt.date(2027, 3, 9)
    [warning] = date_warnings(day, DK, others=[day, dt.date(2020, 1, 7)])
    assert warning.code is WarningCode.SAME_DAY
    assert (warning.other, warning.days_apart) == (day, 0)


def test_a_clean_day_has_no_warnings() -> None:
    assert date_warnings(dt.date(2027, 3, 9), DK, others=[dt.date(2027, 6, 1)]) == []


# --- proposals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("year", range(2024, 2036))
def test_proposals_keep_every_rule(year: int) -> None:
    holidays = public_holidays(year, DK)
    for count in range(1, 7):
        parts = _segments(year, count)
        assert parts[0][0] == dt.date(year, 1, 1)
        assert parts[-1][2] == dt.date(year, 12, 31)
        for weekday in range(5):
            proposals = suggest_dates(year, DK, count=count, weekday=weekday)
            days = [p.date for p in proposals]
            where = (year, count, weekday, days)
            assert len(days) == count, where
            assert days == sorted(days), where
            for day, (first, _middle, last) in zip(days, parts, strict=True):
                assert first <= day <= last, where  # one per part
            for proposal in proposals:
                day = proposal.date
                assert day.weekday() == weekday, where
                assert day.year == year, where
                assert day not in holidays, where
                assert school_holiday(day, DK) is None, where
                assert proposal.warnings == (), where
            for earlier, later in pairwise(days):
                assert (later - earlier).days >= 42, where


def test_proposals_are_near_the_middle_of_each_part() -> None:
    proposals = suggest_dates(2027, NO_SCHOOL_HOLIDAYS, count=4, weekday=1)
    for proposal, (_first, middle, _last) in zip(proposals, _segments(2027, 4), strict=True):
        assert abs((proposal.date - middle).days) <= 3


def test_taken_dates_fill_their_part() -> None:
    first = suggest_dates(2027, DK, count=4)
    taken = [dt.date(2027, 2, 2), dt.date(2027, 8, 31)]  # parts 1 and 3
    proposals = suggest_dates(2027, DK, count=4, taken=taken)
    parts = _segments(2027, 4)
    assert len(proposals) == 2
    assert parts[1][0] <= proposals[0].date <= parts[1][2]
    assert parts[3][0] <= proposals[1].date <= parts[3][2]
    assert [p.date for p in proposals] == [first[1].date, first[3].date]
    every_part_taken = [first_day for first_day, _m, _l in parts]
    assert suggest_dates(2027, DK, count=4, taken=every_part_taken) == []


def test_proposals_keep_six_weeks_from_taken_dates() -> None:
    parts = _segments(2027, 4)
    # A meeting late in the first part pushes the second part's proposal later.
    taken = [parts[0][2] - dt.timedelta(days=1)]
    proposals = suggest_dates(2027, DK, count=4, weekday=1, taken=taken)
    assert len(proposals) == 3
    assert all(abs((p.date - taken[0]).days) >= 42 for p in proposals)
    assert all(p.warnings == () for p in proposals)
    # A meeting of last year's December counts for January's spacing too.
    december = dt.date(2026, 12, 15)
    january = suggest_dates(2027, DK, count=12, weekday=1, taken=[december])[0]
    assert january.date == december + dt.timedelta(days=42)
    assert january.warnings == ()


def test_busy_days_are_avoided() -> None:
    first = suggest_dates(2027, DK, count=4, weekday=1)
    busy = [p.date for p in first]
    second = suggest_dates(2027, DK, count=4, weekday=1, busy=busy)
    assert len(second) == 4
    assert not {p.date for p in second} & set(busy)
    assert all(p.date.weekday() == 1 for p in second)


def test_least_bad_day_when_no_clean_one_exists() -> None:
    # Every week a school holiday: there is no clean Tuesday, but a date is still proposed,
    # with its warning, rather than nothing.
    rules = HolidayRules(school_weeks=tuple(range(1, 54)))
    proposals = suggest_dates(2027, rules, count=2, weekday=1)
    assert len(proposals) == 2
    for proposal in proposals:
        assert [w.code for w in proposal.warnings] == [WarningCode.SCHOOL_HOLIDAY]


def test_every_day_of_a_part_busy_gives_no_proposal_for_it() -> None:
    parts = _segments(2027, 2)
    first, _middle, last = parts[0]
    busy = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    proposals = suggest_dates(2027, DK, count=2, busy=busy)
    assert len(proposals) == 1
    assert proposals[0].date >= parts[1][0]


@pytest.mark.parametrize(
    ("count", "weekday", "message"),
    [(0, 1, "count"), (13, 1, "count"), (4, 7, "weekday"), (4, -1, "weekday")],
)
def test_bad_arguments_are_refused(count: int, weekday: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        suggest_dates(2027, DK, count=count, weekday=weekday)


def test_proposed_dates_get_hosts_in_rotation_order() -> None:
    ranked = rank_hosts(
        [
            HostCandidate(1, "LEGO", last_hosted=dt.date(2026, 3, 3)),
            HostCandidate(2, "Novo Nordisk"),
            HostCandidate(3, "Grøn Energi", last_hosted=dt.date(2025, 9, 9)),
            HostCandidate(4, "Ørsted", paused=True),
        ]
    )
    dates = [dt.date(2027, 9, 7), dt.date(2027, 3, 9), dt.date(2027, 6, 8), dt.date(2027, 12, 7)]
    hosts = rotate_hosts(dates, ranked)
    # The earliest date gets the company whose turn it is, and so on; with more dates than
    # companies the rotation starts over.
    assert [h.name if h else None for h in hosts] == [
        "LEGO",
        "Novo Nordisk",
        "Grøn Energi",
        "Novo Nordisk",
    ]
    assert rotate_hosts(dates, []) == [None] * 4
    assert rotate_hosts([], ranked) == []
