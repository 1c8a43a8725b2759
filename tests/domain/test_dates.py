"""Tests for Danish and English date formatting."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.domain.dates import (
    format_long_date,
    format_short_date,
    format_time,
    format_time_span,
    iso_week,
    month_name,
    weekday_name,
)

TUESDAY = dt.date(2027, 3, 9)


def test_long_date_danish() -> None:
    assert format_long_date(TUESDAY, "da") == "tirsdag d. 9. marts 2027"


def test_long_date_english() -> None:
    assert format_long_date(TUESDAY, "en") == "Tuesday 9 March 2027"


def test_short_dates() -> None:
    assert format_short_date(TUESDAY, "da") == "09-03-2027"
    assert format_short_date(TUESDAY, "en") == "2027-03-09"


def test_region_variants_and_unknown_language() -> None:
    assert format_long_date(TUESDAY, "da-DK") == "tirsdag d. 9. marts 2027"
    assert format_long_date(TUESDAY, "fr") == "Tuesday 9 March 2027"


@pytest.mark.parametrize(
    ("day", "da", "en"),
    [
        (dt.date(2027, 3, 8), "mandag", "Monday"),
        (dt.date(2027, 3, 10), "onsdag", "Wednesday"),
        (dt.date(2027, 3, 11), "torsdag", "Thursday"),
        (dt.date(2027, 3, 12), "fredag", "Friday"),
        (dt.date(2027, 3, 13), "lørdag", "Saturday"),
        (dt.date(2027, 3, 14), "søndag", "Sunday"),
    ],
)
def test_weekday_names(day: dt.date, da: str, en: str) -> None:
    assert weekday_name(day, "da") == da
    assert weekday_name(day, "en") == en


def test_month_names_are_lowercase_in_danish() -> None:
    danish = [month_name(m, "da") for m in range(1, 13)]
    assert danish[0] == "januar"
    assert danish[4] == "maj"
    assert danish[9] == "oktober"
    assert all(name == name.lower() for name in danish)
    assert month_name(12, "en") == "December"


@pytest.mark.parametrize("month", [0, 13])
def test_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        month_name(month, "da")


def test_iso_week() -> None:
    assert iso_week(TUESDAY) == 10
    # 1 January 2027 is a Friday: it still belongs to week 53 of 2026.
    assert iso_week(dt.date(2027, 1, 1)) == 53
    assert iso_week(dt.date(2027, 1, 4)) == 1
    assert iso_week(dt.date(2027, 2, 15)) == 7


@pytest.mark.parametrize(
    ("lang", "morning", "evening"),
    [
        ("da", "09.30", "17.05"),
        ("da-DK", "09.30", "17.05"),
        ("en", "09:30", "17:05"),
        ("", "09:30", "17:05"),
    ],
)
def test_one_clock_time_format_per_language(lang: str, morning: str, evening: str) -> None:
    # Danish writes the hour and minutes with a period, in headers and tables alike.
    assert format_time(dt.time(9, 30), lang) == morning
    assert format_time(dt.time(17, 5), lang) == evening
    assert format_time_span(dt.time(9, 30), dt.time(17, 5), lang) == f"{morning}–{evening}"
