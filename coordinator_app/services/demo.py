"""Demo data: a realistic Danish network group to try the app with, put into an empty database."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import MeetingStatus, Role
from coordinator_app.domain.validation import normalise_phone
from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Employment,
    ExpertiseTag,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
)

DEMO_GROUP_NAME = "IT Drift"
DEMO_GROUP_DESCRIPTION = (
    "Foreningens netværksgruppe for ledere og specialister i IT-drift. "
    "Vi mødes fire gange om året hos en af medlemmernes virksomheder."
)

# School-holiday weeks (winter 7, autumn 42, July 27-31) plus Christmas and New Year.
_HOLIDAY_WEEKS = frozenset({1, 7, 42, 27, 28, 29, 30, 31, 52, 53})
_TUESDAY = 1
_WEDNESDAY = 2


@dataclass(frozen=True)
class _Company:
    name: str
    industry: str
    address: str
    domain: str


@dataclass(frozen=True)
class _Job:
    company: str
    title: str
    # Years before the demo year in which the job started (and, for an earlier job, ended).
    started_years_ago: int
    ended_years_ago: int | None = None


@dataclass(frozen=True)
class _Member:
    name: str
    email_local: str
    phone: str
    job: _Job
    expertise: tuple[str, ...]
    joined_years_ago: int
    joined_month: int
    dietary_needs: str = ""
    consent: bool = True
    role: Role = Role.MEMBER
    earlier_job: _Job | None = None
    # A former member left this many years before the demo year (on 30 June).
    left_years_ago: int | None = None


_COMPANIES: tuple[_Company, ...] = (
    _Company("Fjordbanken A/S", "Bank", "Strandvejen 112, 2900 Hellerup", "fjordbanken.example"),
    _Company(
        "Pension Vestkyst", "Pension", "Havnepladsen 4, 6700 Esbjerg", "pensionvestkyst.example"
    ),
    _Company(
        "Kattegat Energi A/S",
        "Energi og forsyning",
        "Værkvej 20, 8000 Aarhus C",
        "kattegatenergi.example",
    ),
    _Company("Lyngsø Kommune", "Kommune", "Rådhustorvet 1, 4000 Roskilde", "lyngsoe.example"),
    _Company(
        "Region Østersø Hospitaler",
        "Sundhed (hospitalsregion)",
        "Sygehusvej 10, 4800 Nykøbing F",
        "regionoestersoe.example",
    ),
    _Company(
        "Bøgh & Holm Logistik A/S",
        "Transport og logistik",
        "Industrivej 45, 6000 Kolding",
        "boeghholm.example",
    ),
    _Company(
        "Købmandsgården Detail A/S",
        "Detailhandel",
        "Søndergade 8, 8600 Silkeborg",
        "koebmandsgaarden.example",
    ),
    _Company(
        "Ørestad Pharma A/S",
        "Medicinalindustri",
        "Ørestads Boulevard 70, 2300 København S",
        "oerestadpharma.example",
    ),
    _Company(
        "Skovgaard IT-Rådgivning ApS",
        "IT-rådgivning",
        "Kannikegade 14, 8000 Aarhus C",
        "skovgaard-it.example",
    ),
    _Company(
        "Rederiet Havørn A/S",
        "Shipping",
        "Kalkbrænderihavnsgade 2, 2100 København Ø",
        "havoern.example",
    ),
    _Company(
        "Læhegn Forsikring A/S",
        "Forsikring",
        "Klausdalsbrovej 601, 2750 Ballerup",
        "laehegn.example",
    ),
    _Company(
        "Ålholm Universitet",
        "Universitet og forskning",
        "Universitetsparken 3, 5230 Odense M",
        "aalholm-uni.example",
    ),
    # Earlier employers in members' job histories, and the former member's employer.
    _Company(
        "Nordlys Telekom A/S",
        "Telekommunikation",
        "Teglholmsgade 3, 2450 København SV",
        "nordlys.example",
    ),
    _Company(
        "Hedebo Data A/S", "IT-drift (outsourcing)", "Hedebovej 9, 2630 Taastrup", "hedebo.example"
    ),
    _Company("Vesterhav Kommune", "Kommune", "Torvet 1, 7620 Lemvig", "vesterhav.example"),
)

_MEMBERS: tuple[_Member, ...] = (
    _Member(
        "Søren Østergaard",
        "soeren.oestergaard",
        "+45 20 14 37 82",
        _Job("Fjordbanken A/S", "IT-driftschef", 11),
        ("ITIL", "Mainframe", "Incident management"),
        joined_years_ago=9,
        joined_month=3,
        role=Role.COORDINATOR,
    ),
    _Member(
        "Mette Kjærsgaard",
        "mette.kjaersgaard",
        "+45 40 22 61 19",
        _Job("Pension Vestkyst", "Head of Infrastructure", 4),
        ("Microsoft 365", "Azure", "Identity management"),
        joined_years_ago=8,
        joined_month=9,
        dietary_needs="vegetar",
        earlier_job=_Job("Nordlys Telekom A/S", "Driftsleder", 10, 4),
    ),
    _Member(
        "Rasmus Bæk",
        "rasmus.baek",
        "+45 51 83 20 47",
        _Job("Kattegat Energi A/S", "Chef for IT-drift", 6),
        ("OT-sikkerhed", "NIS2", "SCADA"),
        joined_years_ago=7,
        joined_month=1,
    ),
    _Member(
        "Åse Vestergård",
        "aase.vestergaard",
        "+45 61 45 90 12",
        _Job("Lyngsø Kommune", "IT-driftschef", 3),
        ("ITIL", "Servicedesk", "Microsoft 365"),
        joined_years_ago=6,
        joined_month=4,
        earlier_job=_Job("Vesterhav Kommune", "Teamleder, IT-support", 9, 3),
    ),
    _Member(
        "Karen Løvschall",
        "karen.loevschall",
        "+45 22 71 38 55",
        _Job("Region Østersø Hospitaler", "Afdelingschef, IT-infrastruktur", 8),
        ("Netværk", "Backup", "Beredskab"),
        joined_years_ago=6,
        joined_month=10,
        dietary_needs="glutenfri",
    ),
    _Member(
        "Henrik Brøndum",
        "henrik.broendum",
        "+45 30 56 12 88",
        _Job("Bøgh & Holm Logistik A/S", "Head of IT Operations", 7),
        ("SAP Basis", "Lagerstyring", "Overvågning"),
        joined_years_ago=5,
        joined_month=2,
        consent=False,
    ),
    _Member(
        "Anne-Sofie Nørgaard",
        "anne-sofie.noergaard",
        "+45 42 19 84 30",
        _Job("Købmandsgården Detail A/S", "Driftsleder", 5),
        ("Kubernetes", "DevOps", "Observability"),
        joined_years_ago=4,
        joined_month=8,
        dietary_needs="laktosefri",
    ),
    _Member(
        "Thomas Skårup",
        "thomas.skaarup",
        "+45 26 33 47 91",
        _Job("Ørestad Pharma A/S", "Infrastrukturarkitekt", 6),
        ("GxP-validering", "Backup", "VMware"),
        joined_years_ago=3,
        joined_month=5,
    ),
    _Member(
        "Louise Bjørnholm",
        "louise.bjoernholm",
        "+45 28 90 15 64",
        _Job("Skovgaard IT-Rådgivning ApS", "Partner, drift og cloud", 2),
        ("Cloud-migrering", "FinOps", "Terraform"),
        joined_years_ago=3,
        joined_month=11,
        earlier_job=_Job("Hedebo Data A/S", "Senior driftskonsulent", 8, 2),
    ),
    _Member(
        "Łukasz Żółć",
        "lukasz.zolc",
        "+45 53 12 76 40",
        _Job("Rederiet Havørn A/S", "Platform Lead", 4),
        ("Kubernetes", "Linux", "Observability"),
        joined_years_ago=2,
        joined_month=3,
        dietary_needs="vegetar",
    ),
    _Member(
        "Pernille Fogh Sørensen",
        "pernille.sorensen",
        "+45 31 64 28 03",
        _Job("Læhegn Forsikring A/S", "IT-sikkerhedschef (CISO)", 5),
        ("NIS2", "ISO 27001", "Beredskab"),
        joined_years_ago=2,
        joined_month=9,
    ),
    _Member(
        "Kasper Ravnsbæk",
        "kasper.ravnsbaek",
        "+45 29 47 83 16",
        _Job("Ålholm Universitet", "Teamleder, datacenter og HPC", 7),
        ("HPC", "Storage", "Backup"),
        joined_years_ago=1,
        joined_month=2,
        consent=False,
    ),
    _Member(
        "Ole Gråbøl",
        "ole.graaboel",
        "+45 23 58 02 77",
        _Job("Nordlys Telekom A/S", "Senior driftsarkitekt", 12),
        ("Netværk", "Mainframe"),
        joined_years_ago=9,
        joined_month=3,
        left_years_ago=1,
    ),
)

# Theme, preferred weekday, and the first day to look from, one per quarter; the host is the
# company of the member at that index of _MEMBERS (four different companies).
_MEETINGS: tuple[tuple[str, int, int, int, int], ...] = (
    ("AI i driften", _TUESDAY, 3, 10, 0),
    ("NIS2 i praksis", _WEDNESDAY, 6, 2, 2),
    ("Observability", _TUESDAY, 9, 15, 7),
    ("Exit fra legacy", _WEDNESDAY, 11, 24, 9),
)


def _easter_sunday(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _days_off(year: int) -> set[dt.date]:
    """Danish public holidays, the Easter school holiday and the days around Christmas."""
    easter = _easter_sunday(year)
    # Palm Sunday to Easter Monday: the Easter school holiday and its public holidays.
    days = {easter + dt.timedelta(days=n) for n in range(-7, 2)}
    days |= {easter + dt.timedelta(days=n) for n in (39, 49, 50)}  # Ascension, Whitsun
    days |= {dt.date(year, 1, 1), dt.date(year, 6, 5)}  # New Year, Constitution Day
    days |= {dt.date(year, 12, day) for day in range(24, 32)}
    return days


def _meeting_date(year: int, month: int, day: int, weekday: int, days_off: set[dt.date]) -> dt.date:
    """The first `weekday` from the given day on that is neither a day off nor in a holiday week."""
    candidate = dt.date(year, month, day)
    while (
        candidate.weekday() != weekday
        or candidate in days_off
        or candidate.isocalendar().week in _HOLIDAY_WEEKS
    ):
        candidate += dt.timedelta(days=1)
    return candidate


def demo_meeting_dates(year: int) -> list[dt.date]:
    """The four meeting dates of the demo year plan: one per quarter, on a Tuesday or Wednesday."""
    days_off = _days_off(year)
    return [
        _meeting_date(year, month, day, weekday, days_off)
        for _theme, weekday, month, day, _host in _MEETINGS
    ]


def _count_rows(session: Session) -> tuple[int, int]:
    groups = session.scalar(select(func.count(Group.id))) or 0
    people = session.scalar(select(func.count(Person.id))) or 0
    return groups, people


def is_empty(db: Database) -> bool:
    """True if the database holds no groups and no people (a fresh database)."""
    with db.reading() as session:
        return _count_rows(session) == (0, 0)


def _years_ago(year: int, years: int, month: int = 1, day: int = 1) -> dt.date:
    return dt.date(year - years, month, day)


def fill_with_demo_data(db: Database, today: dt.date | None = None) -> int:
    """Fill an empty database with the demo group "IT Drift" and its year plan; returns its id.

    Everything is dated relative to `today` (default: the real today), so that the demo always
    shows a current year with held and coming meetings. Refuses a database that holds anything.
    """
    today = today or dt.date.today()
    year = today.year
    with db.session() as session:
        # Checked inside the same transaction so that nothing slips in between check and fill.
        if _count_rows(session) != (0, 0):
            raise ServiceError(
                "The database is not empty: demo data can only be put into an empty database."
            )
        group = Group(name=DEMO_GROUP_NAME, description=DEMO_GROUP_DESCRIPTION)
        session.add(group)
        orgs: dict[str, Organisation] = {}
        for company in _COMPANIES:
            orgs[company.name] = Organisation(
                name=company.name, industry=company.industry, address=company.address
            )
            session.add(orgs[company.name])
        domains = {company.name: company.domain for company in _COMPANIES}

        for member in _MEMBERS:
            _add_member(session, group, orgs, domains, member, year)

        days_off = _days_off(year)
        next_found = False
        for theme, weekday, month, day, host_index in _MEETINGS:
            date = _meeting_date(year, month, day, weekday, days_off)
            if date < today:
                status = MeetingStatus.HELD
            elif not next_found:
                status, next_found = MeetingStatus.CONFIRMED, True
            else:
                status = MeetingStatus.PLANNED
            session.add(
                Meeting(
                    group=group,
                    date=date,
                    start_time=dt.time(9, 30),
                    end_time=dt.time(16, 0),
                    theme=theme,
                    status=status,
                    host=orgs[_MEMBERS[host_index].job.company],
                    ical_uid=f"{uuid.uuid4()}@coordinator-app",
                )
            )
        session.flush()
        return group.id


def _add_member(
    session: Session,
    group: Group,
    orgs: dict[str, Organisation],
    domains: dict[str, str],
    member: _Member,
    year: int,
) -> None:
    person = Person(
        name=member.name,
        email=f"{member.email_local}@{domains[member.job.company]}",
        phone=normalise_phone(member.phone) or member.phone,
        address="",
        dietary_needs=member.dietary_needs,
        consent_share_contact=member.consent,
        expertise=[ExpertiseTag(tag=tag, position=n) for n, tag in enumerate(member.expertise)],
    )
    session.add(person)
    jobs = [member.earlier_job, member.job] if member.earlier_job else [member.job]
    for job in jobs:
        person.employments.append(
            Employment(
                organisation=orgs[job.company],
                title=job.title,
                started_on=_years_ago(year, job.started_years_ago, 8),
                ended_on=(
                    None
                    if job.ended_years_ago is None
                    else _years_ago(year, job.ended_years_ago, 8)
                ),
            )
        )
    person.memberships.append(
        Membership(
            group=group,
            joined_on=_years_ago(year, member.joined_years_ago, member.joined_month),
            left_on=(
                None
                if member.left_years_ago is None
                else _years_ago(year, member.left_years_ago, 6, 30)
            ),
            role=member.role,
        )
    )
