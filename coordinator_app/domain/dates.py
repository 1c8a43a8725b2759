"""Dates written the way Danish and English readers expect, without the OS locale."""

from __future__ import annotations

import datetime as dt

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def _lang(lang: str) -> str:
    """The supported language closest to `lang` ("da-DK" → "da"); anything else is English."""
    return "da" if lang.lower().startswith("da") else "en"


def weekday_name(d: dt.date, lang: str) -> str:
    """The name of the weekday of `d`: "tirsdag" / "Tuesday"."""
    return _WEEKDAYS[_lang(lang)][d.weekday()]


def month_name(m: int, lang: str) -> str:
    """The name of month `m` (1-12): "marts" / "March"."""
    if not 1 <= m <= 12:
        raise ValueError(f"month must be 1-12, not {m}")
    return _MONTHS[_lang(lang)][m - 1]


def format_long_date(d: dt.date, lang: str) -> str:
    """ "tirsdag d. 9. marts 2027" in Danish, "Tuesday 9 March 2027" in English."""
    if _lang(lang) == "da":
        return f"{weekday_name(d, 'da')} d. {d.day}. {month_name(d.month, 'da')} {d.year}"
    return f"{weekday_name(d, 'en')} {d.day} {month_name(d.month, 'en')} {d.year}"


def format_short_date(d: dt.date, lang: str) -> str:
    """ "09-03-2027" in Danish, ISO "2027-03-09" in English."""
    if _lang(lang) == "da":
        return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"
    return d.isoformat()


def iso_week(d: dt.date) -> int:
    """The ISO 8601 week number of `d`, as Danish calendars number weeks."""
    return d.isocalendar().week


def format_time(t: dt.time, lang: str) -> str:
    """A clock time, 24-hour: "09.30" in Danish (the Danish convention), "09:30" in English.

    The one time format of every document in a language: headers, timetables and e-mails.
    """
    separator = "." if _lang(lang) == "da" else ":"
    return f"{t.hour:02d}{separator}{t.minute:02d}"


def format_time_span(start: dt.time, end: dt.time, lang: str) -> str:
    """ "09.30–16.00" in Danish, "09:30–16:00" in English."""
    return f"{format_time(start, lang)}–{format_time(end, lang)}"
