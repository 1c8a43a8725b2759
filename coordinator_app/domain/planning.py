"""The date rules of the year plan: holidays, school-holiday weeks, spacing, and proposals.

Public holidays come from the `holidays` package, which knows each country's rules over the years
(for example that Denmark's Great Prayer Day stopped being a holiday in 2024). School holidays are
not national law in Denmark but custom, so they are settings: ISO weeks, the week before Easter
Monday, and Christmas to New Year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

import holidays
from dateutil.easter import easter

from coordinator_app.domain.dates import weekday_name
from coordinator_app.domain.logistics import HostCandidate
from coordinator_app.domain.meetings import MIN_WEEKS_BETWEEN_MEETINGS

DEFAULT_COUNTRY = "DK"
DEFAULT_SCHOOL_WEEKS: tuple[int, ...] = (7, 27, 28, 29, 30, 31, 42)
DEFAULT_MEETINGS_PER_YEAR = 4
CHRISTMAS_START = (12, 20)
CHRISTMAS_END = (1, 3)
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def supported_countries() -> list[str]:
    """ISO codes of the countries whose public holidays are known, sorted."""
    return sorted(holidays.list_supported_countries())


@dataclass(frozen=True)
class HolidayRules:
    """Which days a group avoids for meetings; stored as a setting."""

    country: str = DEFAULT_COUNTRY
    school_weeks: tuple[int, ...] = DEFAULT_SCHOOL_WEEKS
    easter_week: bool = True
    christmas: bool = True

    def to_json(self) -> dict[str, object]:
        return {
            "country": self.country,
            "school_weeks": list(self.school_weeks),
            "easter_week": self.easter_week,
            "christmas": self.christmas,
        }

    @classmethod
    def from_json(cls, data: object) -> HolidayRules:
        """Rules from stored JSON; a missing or unusable value falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        country = data.get("country")
        if not isinstance(country, str) or country.upper() not in supported_countries():
            country = default.country
        weeks = data.get("school_weeks")
        school_weeks = (
            # JSON true/false are ints to Python, but no week number.
            normalise_weeks(w for w in weeks if isinstance(w, int) and not isinstance(w, bool))
            if isinstance(weeks, list)
            else default.school_weeks
        )
        easter = data.get("easter_week")
        christmas = data.get("christmas")
        return cls(
            country=country.upper(),
            school_weeks=school_weeks,
            easter_week=easter if isinstance(easter, bool) else default.easter_week,
            christmas=christmas if isinstance(christmas, bool) else default.christmas,
        )


def normalise_weeks(weeks: Iterable[int]) -> tuple[int, ...]:
    """Valid ISO week numbers (1-53), sorted, each once."""
    return tuple(sorted({w for w in weeks if 1 <= w <= 53}))


def parse_weeks(text: str) -> tuple[int, ...]:
    """ "7, 27-31, 42" → (7, 27, 28, 29, 30, 31, 42). Raises ValueError naming the bad part."""
    weeks: list[int] = []
    for raw in text.replace(";", ",").split(","):
        part = raw.strip()
        if not part:
            continue
        low, sep, high = part.partition("-")
        try:
            first = int(low)
            last = int(high) if sep else first
        except ValueError:
            raise ValueError(part) from None
        if not (1 <= first <= 53 and 1 <= last <= 53 and first <= last):
            raise ValueError(part)
        weeks.extend(range(first, last + 1))
    return normalise_weeks(weeks)


def format_weeks(weeks: Sequence[int]) -> str:
    """(7, 27, 28, 29, 30, 31, 42) → "7, 27-31, 42"."""
    parts: list[str] = []
    ordered = normalise_weeks(weeks)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ", ".join(parts)


@lru_cache(maxsize=256)
def _holidays(country: str, year: int, lang: str) -> dict[dt.date, str]:
    # Optional days as well as statutory holidays: Denmark's Constitution Day, 1 May and
    # Christmas Eve are "optional" in the package, but few people would come to a meeting then.
    cls = holidays.country_holidays(country, years=year)
    supported: tuple[str, ...] = getattr(cls, "supported_categories", ("public",))
    categories = tuple(c for c in supported if c in ("public", "optional")) or ("public",)
    languages: tuple[str, ...] = getattr(cls, "supported_languages", ())
    # Never language=None: the package then follows the process locale, so the same database
    # would show other names on another machine. A country without Danish names gets English
    # ones, and one without English ones its own language.
    preferred = ("da",) if lang.startswith("da") else ()
    candidates = (*preferred, "en_US", "en_GB", "en", getattr(cls, "default_language", None))
    language = next((c for c in candidates if c is not None and c in languages), None)
    table = holidays.country_holidays(country, years=year, categories=categories, language=language)
    return {d: str(name) for d, name in sorted(table.items()) if d.year == year}


def public_holidays(year: int, rules: HolidayRules, lang: str = "da") -> dict[dt.date, str]:
    """The public holidays of `year` in the rules' country, named in `lang` where possible."""
    return dict(_holidays(rules.country, year, lang))


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday (Western churches), from the holidays package's own computation."""
    return easter(year)


@dataclass(frozen=True)
class HolidayPeriod:
    """A school-holiday period, first and last day included."""

    first: dt.date
    last: dt.date
    kind: str  # "week", "easter" or "christmas"
    week: int | None = None

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def school_holidays(year: int, rules: HolidayRules) -> list[HolidayPeriod]:
    """The school-holiday periods touching `year`, in date order."""
    periods: list[HolidayPeriod] = []
    for week in rules.school_weeks:
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:  # week 53 in a year with 52 weeks
            continue
        periods.append(HolidayPeriod(monday, monday + dt.timedelta(days=6), "week", week))
    if rules.easter_week:
        easter_monday = easter_sunday(year) + dt.timedelta(days=1)
        periods.append(HolidayPeriod(easter_monday - dt.timedelta(days=7), easter_monday, "easter"))
    if rules.christmas:
        periods.append(HolidayPeriod(dt.date(year - 1, 12, 20), dt.date(year, 1, 3), "christmas"))
        periods.append(HolidayPeriod(dt.date(year, 12, 20), dt.date(year + 1, 1, 3), "christmas"))
    return sorted(periods, key=lambda p: (p.first, p.last))


def school_holiday(day: dt.date, rules: HolidayRules) -> HolidayPeriod | None:
    """The school-holiday period `day` falls in, if any."""
    for year in (day.year, day.isocalendar().year):
        for period in school_holidays(year, rules):
            if day in period:
                return period
    return None


class WarningCode(StrEnum):
    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    SCHOOL_HOLIDAY = "school_holiday"
    TOO_CLOSE = "too_close"
    SAME_DAY = "same_day"


@dataclass(frozen=True)
class DateWarning:
    """Why a date may be a poor choice; `message` is plain English for logs and the CLI."""

    code: WarningCode
    message: str
    holiday_name: str = ""
    period: HolidayPeriod | None = None
    other: dt.date | None = None
    days_apart: int | None = None


def date_warnings(
    day: dt.date,
    rules: HolidayRules,
    *,
    others: Iterable[dt.date] = (),
    lang: str = "en",
) -> list[DateWarning]:
    """Everything that speaks against meeting on `day`, given the group's other meeting dates.

    The warnings do not forbid anything: a coordinator may have good reasons.
    """
    warnings: list[DateWarning] = []
    if day.weekday() >= 5:
        # Not "%A": that follows the C locale, which Qt sets to the user's (Danish) one.
        name = weekday_name(day, "en")
        warnings.append(DateWarning(WarningCode.WEEKEND, f"{name} is a weekend day"))
    holiday = public_holidays(day.year, rules, lang).get(day)
    if holiday:
        english = public_holidays(day.year, rules, "en").get(day, holiday)
        warnings.append(
            DateWarning(
                WarningCode.PUBLIC_HOLIDAY, f"public holiday: {english}", holiday_name=holiday
            )
        )
    period = school_holiday(day, rules)
    if period is not None:
        what = f"week {period.week}" if period.week is not None else period.kind
        warnings.append(
            DateWarning(WarningCode.SCHOOL_HOLIDAY, f"school holiday ({what})", period=period)
        )
    limit = MIN_WEEKS_BETWEEN_MEETINGS * 7
    for other in sorted(set(others)):
        apart = abs((day - other).days)
        if apart == 0:
            warnings.append(
                DateWarning(
                    WarningCode.SAME_DAY,
                    f"another meeting is on {other.isoformat()}",
                    other=other,
                    days_apart=0,
                )
            )
        elif apart < limit:
            warnings.append(
                DateWarning(
                    WarningCode.TOO_CLOSE,
                    f"only {apart} days from the meeting on {other.isoformat()}",
                    other=other,
                    days_apart=apart,
                )
            )
    return warnings


@dataclass(frozen=True)
class Proposal:
    """A proposed meeting date and what speaks against it (usually nothing)."""

    date: dt.date
    warnings: tuple[DateWarning, ...] = field(default_factory=tuple)


def _segments(year: int, count: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """The year cut into `count` equal parts: (first day, middle, last day) of each."""
    first = dt.date(year, 1, 1)
    length = (dt.date(year + 1, 1, 1) - first).days
    parts = []
    for i in range(count):
        start = first + dt.timedelta(days=length * i // count)
        end = first + dt.timedelta(days=length * (i + 1) // count - 1)
        middle = first + dt.timedelta(days=(length * (2 * i + 1)) // (2 * count))
        parts.append((start, middle, end))
    return parts


def suggest_dates(
    year: int,
    rules: HolidayRules,
    *,
    count: int = DEFAULT_MEETINGS_PER_YEAR,
    weekday: int = 1,
    taken: Iterable[dt.date] = (),
    busy: Iterable[dt.date] = (),
) -> list[Proposal]:
    """Propose meeting dates for `year`, spread evenly, on `weekday` (0 = Monday).

    The year is cut into `count` equal parts and each part gets one date as near its middle as
    possible. `taken` are the group's existing meetings: a part that already holds one gets no
    proposal, and proposals keep six weeks from them. `busy` are days to avoid but not space from
    (other groups' meetings). A date on a public holiday, in a school holiday or on a busy day is
    never proposed while a clean one exists in the part; when none does, the least bad one is
    proposed with its warnings.
    """
    if not 1 <= count <= 12:
        raise ValueError(f"count must be 1-12, not {count}")
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0-6, not {weekday}")
    taken_days = sorted(set(taken))
    busy_days = set(busy) | set(taken_days)
    chosen: list[dt.date] = []
    proposals: list[Proposal] = []
    for start, middle, end in _segments(year, count):
        if any(start <= d <= end for d in taken_days):
            continue
        candidates = [
            start + dt.timedelta(days=n)
            for n in range((end - start).days + 1)
            if (start + dt.timedelta(days=n)).weekday() == weekday
        ]
        best: tuple[tuple[int, int], dt.date, list[DateWarning]] | None = None
        for day in candidates:
            if day in busy_days:
                continue
            warnings = date_warnings(day, rules, others=[*taken_days, *chosen])
            # Holidays weigh most, then spacing; within equal badness the middle wins.
            badness = sum(
                3 if w.code in (WarningCode.PUBLIC_HOLIDAY, WarningCode.SCHOOL_HOLIDAY) else 1
                for w in warnings
            )
            key = (badness, abs((day - middle).days))
            if best is None or key < best[0]:
                best = (key, day, warnings)
        if best is not None:
            chosen.append(best[1])
            proposals.append(Proposal(best[1], tuple(best[2])))
    return proposals


def rotate_hosts(
    dates: Sequence[dt.date], ranked: Sequence[HostCandidate]
) -> list[HostCandidate | None]:
    """The host to propose for each of `dates`: the companies in the order of the host rotation
    (`logistics.rank_hosts`), the earliest date first, from the front again when there are more
    dates than companies; None for every date when no company can host."""
    hosts: list[HostCandidate | None] = [None] * len(dates)
    if not ranked:
        return hosts
    by_date = sorted(range(len(dates)), key=lambda n: dates[n])
    for turn, n in enumerate(by_date):
        hosts[n] = ranked[turn % len(ranked)]
    return hosts
