"""Demo data: a realistic Danish network group to try the app with, put into an empty database."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import AgendaKind, MeetingStatus, Role, Rsvp
from coordinator_app.domain.logistics import due_date
from coordinator_app.domain.meetings import default_agenda_template
from coordinator_app.domain.names import clean_name
from coordinator_app.domain.planning import HolidayRules, public_holidays, school_holiday
from coordinator_app.domain.validation import normalise_phone, validate_group_name
from coordinator_app.services.demo_minutes import add_minutes
from coordinator_app.services.errors import ServiceError, ValidationFailed
from coordinator_app.services.settings import read_checklist_template, read_setting, write_setting
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    ChecklistItem,
    Coordinator,
    Employment,
    ExpertiseTag,
    Group,
    HostVisit,
    Meeting,
    Membership,
    Organisation,
    Person,
    SignUp,
)

DEMO_GROUP_NAME = "IT Drift"
#: The setting that remembers which group holds the demo data (its id).
DEMO_GROUP_SETTING = "demo.group_id"
DEMO_GROUP_DESCRIPTION = (
    "Foreningens netværksgruppe for ledere og specialister i IT-drift. "
    "Vi mødes fire gange om året hos en af medlemmernes virksomheder."
)

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

#: The companies the demo data adds: removing the demo group removes those nothing else uses.
DEMO_COMPANY_NAMES: tuple[str, ...] = tuple(company.name for company in _COMPANIES)

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

# Last year's meetings, held at four other member companies: the host rotation's history.
_LAST_YEAR: tuple[tuple[str, int, int, int, int], ...] = (
    ("Driftsautomatisering", _TUESDAY, 3, 10, 3),
    ("Beredskab og øvelser", _WEDNESDAY, 6, 2, 4),
    ("Kompetencer og rekruttering", _TUESDAY, 9, 15, 5),
    ("Cloud-økonomi", _WEDNESDAY, 11, 24, 6),
)

# Next year's plan, fixed about a year ahead: the first theme came out of the last round table,
# the first host is agreed, the rest is still open (host index -1: not decided yet).
_NEXT_YEAR: tuple[tuple[str, int, int, int, int], ...] = (
    ("Platform engineering", _TUESDAY, 3, 9, 1),
    ("", _WEDNESDAY, 6, 2, -1),
    ("", _TUESDAY, 9, 14, -1),
    ("", _WEDNESDAY, 11, 24, -1),
)

# The practical information the host of the next meeting has sent (HostVisit).
_VISIT = {
    "contact_phone": "+45 40 22 61 19",
    "directions": "Indgang fra Havnepladsen; meld jer i receptionen i stueetagen.",
    "public_transport": "10 minutters gang fra Esbjerg Station.",
    "parking": "Gæsteparkering i P-kælderen; oplys nummerplade ved ankomst.",
    "room": "Vesterhavet, 4. sal",
    "av_equipment": "Skærm med HDMI og USB-C, mikrofon til oplæg.",
    "wifi": "Netværket »PV-Gæst«; koden udleveres i receptionen.",
    "catering_breakfast": "Kaffe, te og rundstykker fra 09.15",
    "catering_lunch": "Frokostbuffet i kantinen (vegetar, glutenfri og laktosefri bestilt)",
    "catering_coffee": "Kaffe og kage kl. 13.30",
    "tour_guide": "Driftschefen viser rundt i datacentret",
    "tour_minutes": 60,
    "tour_max_participants": 15,
    "tour_requires_id": True,
    "tour_no_photos": True,
}


def _meeting_date(year: int, month: int, day: int, weekday: int) -> dt.date:
    """The first `weekday` from the given day on that is neither a public holiday nor in a school
    holiday, by the default Danish rules."""
    rules = HolidayRules()
    holidays = public_holidays(year, rules)
    candidate = dt.date(year, month, day)
    while (
        candidate.weekday() != weekday
        or candidate in holidays
        or school_holiday(candidate, rules) is not None
    ):
        candidate += dt.timedelta(days=1)
    return candidate


def demo_meeting_dates(year: int) -> list[dt.date]:
    """The four meeting dates of the demo year plan: one per quarter, on a Tuesday or Wednesday."""
    return [
        _meeting_date(year, month, day, weekday) for _theme, weekday, month, day, _host in _MEETINGS
    ]


def _agenda(theme: str, host_index: int, people: dict[str, Person]) -> list[AgendaItem]:
    """The day's agenda: the default template with the talks, tour and speakers of `theme`.

    A member who speaks is linked to the roster (`people` by name), so the agenda shows their
    current company; colleagues and invited speakers are names with an organisation.
    """
    talks = iter(_TALKS.get(theme, ()))
    host_company = _MEMBERS[host_index].job.company if host_index >= 0 else ""
    items: list[AgendaItem] = []
    for position, entry in enumerate(default_agenda_template("da").items):
        item = AgendaItem(
            position=position,
            title=entry.title,
            kind=entry.kind,
            duration_minutes=entry.duration_minutes,
        )
        talk = next(talks, None) if entry.kind is AgendaKind.TALK else None
        if talk is not None:
            title, speaker, organisation, notes = talk
            item.title, item.notes = title, notes
            if speaker in people:
                item.speaker = people[speaker]
            else:
                item.speaker_name, item.speaker_organisation = speaker, organisation
        elif entry.kind is AgendaKind.TOUR and host_company:
            item.title = f"Rundvisning hos {host_company}"
            item.notes = "Husk gyldigt billed-ID til receptionen."
        elif entry.kind is AgendaKind.WELCOME and host_index >= 0:
            item.speaker = people[_MEMBERS[host_index].name]
        items.append(item)
    return items


# Two talks per meeting: (title, speaker, organisation, notes). Members speak under their own
# name; colleagues and invited speakers with their organisation.
_TALKS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "Driftsautomatisering": (
        (
            "Fra runbook til pipeline: automatiseret onboarding i Entra ID",
            "Mette Kjærsgaard",
            "Pension Vestkyst",
            "",
        ),
        (
            "Ansible i OT-miljøer – hvor går grænsen?",
            "Rasmus Bæk",
            "Kattegat Energi A/S",
            "",
        ),
    ),
    "Beredskab og øvelser": (
        (
            "Da hospitalet kørte på papir i 24 timer",
            "Karen Løvschall",
            "Region Østersø Hospitaler",
            "",
        ),
        (
            "Tabletop-øvelser, der flytter ledelsen",
            "Sara Holmgaard",
            "Nordisk Krisestyring ApS (inviteret)",
            "Oplægget bygger på anonymiserede cases.",
        ),
    ),
    "Kompetencer og rekruttering": (
        (
            "Sådan fik vi 40 ansøgere til en driftsstilling",
            "Tina Mølgaard",
            "Bøgh & Holm Logistik A/S (kollega til Henrik)",
            "",
        ),
        (
            "Lærlinge i drift: erfaringer med datateknikere",
            "Åse Vestergård",
            "Lyngsø Kommune",
            "",
        ),
    ),
    "Cloud-økonomi": (
        (
            "FinOps i praksis: 30 % lavere cloudregning",
            "Louise Bjørnholm",
            "Skovgaard IT-Rådgivning ApS",
            "",
        ),
        (
            "Forskerne opdagede cloud: en regning på 600.000 kr.",
            "Kasper Ravnsbæk",
            "Ålholm Universitet",
            "Tallene må gerne citeres; projektets navn må ikke.",
        ),
    ),
    "AI i driften": (
        (
            "Sprogmodeller i servicedesken: et års erfaringer",
            "Åse Vestergård",
            "Lyngsø Kommune",
            "Hvad virkede, hvad gjorde ikke, og hvad sagde brugerne?",
        ),
        (
            "AIOps: alarmstøj ned med 60 %",
            "Jonas Kirkegaard",
            "Fjordbanken A/S (kollega til Søren)",
            "",
        ),
    ),
    "NIS2 i praksis": (
        (
            "NIS2 – hvad tilsynet faktisk spørger om",
            "Pernille Fogh Sørensen",
            "Læhegn Forsikring A/S",
            "Medbring gerne jeres egne spørgsmål.",
        ),
        (
            "Beredskabsøvelse i OT-miljøet",
            "Rasmus Bæk",
            "Kattegat Energi A/S",
            "",
        ),
    ),
    "Observability": (
        (
            "Fra logs til traces: vores OpenTelemetry-rejse",
            "Łukasz Żółć",
            "Rederiet Havørn A/S",
            "",
        ),
        (
            "Observability som service for forretningen",
            "Maja Lindqvist",
            "Grafana Labs (inviteret)",
            "Oplægget holdes på engelsk.",
        ),
    ),
    "Platform engineering": (
        (
            "Vores interne udviklerplatform – to år efter",
            "Anne-Sofie Nørgaard",
            "Købmandsgården Detail A/S",
            "",
        ),
        (
            "Golden paths uden at kvæle teamene",
            "Mikkel Aagaard Due",
            "Pension Vestkyst (kollega til Mette)",
            "Oplægget bygger på et internt projekt; slides deles ikke.",
        ),
    ),
    "Exit fra legacy": (
        (
            "Mainframe-exit: business case og faldgruber",
            "Søren Østergaard",
            "Fjordbanken A/S",
            "",
        ),
        (
            "Migrering af 400 applikationer på 18 måneder",
            "Louise Bjørnholm",
            "Skovgaard IT-Rådgivning ApS",
            "",
        ),
    ),
}


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


def fill_with_demo_data(
    db: Database, today: dt.date | None = None, *, group_name: str = DEMO_GROUP_NAME
) -> int:
    """Fill an empty database with the demo group (called `group_name`: the GUI names it as the
    demo, "Demo – IT Drift"), its coordinator, year plan and the minutes of the meetings held
    so far; returns its id. The group is remembered as the demo group (`demo_group`), so that
    it can be removed in one step (`services.groups.delete_group`).

    Everything is dated relative to `today` (default: the real today), so that the demo always
    shows a current year with held and coming meetings. Refuses a database that holds anything.
    """
    today = today or dt.date.today()
    name_errors = validate_group_name(group_name)
    if name_errors:
        raise ValidationFailed(name_errors)
    year = today.year
    with db.session() as session:
        # Checked inside the same transaction so that nothing slips in between check and fill.
        if _count_rows(session) != (0, 0):
            raise ServiceError(
                "The database is not empty: demo data can only be put into an empty database.",
                code="demo_not_empty",
            )
        group = Group(name=clean_name(group_name), description=DEMO_GROUP_DESCRIPTION)
        session.add(group)
        orgs: dict[str, Organisation] = {}
        for company in _COMPANIES:
            orgs[company.name] = Organisation(
                name=company.name, industry=company.industry, address=company.address
            )
            session.add(orgs[company.name])
        domains = {company.name: company.domain for company in _COMPANIES}

        people = {
            member.name: _add_member(session, group, orgs, domains, member, year)
            for member in _MEMBERS
        }

        next_found = False
        meetings: list[Meeting] = []
        plan = (
            [(year - 1, spec) for spec in _LAST_YEAR]
            + [(year, spec) for spec in _MEETINGS]
            + [(year + 1, spec) for spec in _NEXT_YEAR]
        )
        for meeting_year, (theme, weekday, month, day, host_index) in plan:
            date = _meeting_date(meeting_year, month, day, weekday)
            host = orgs[_MEMBERS[host_index].job.company] if host_index >= 0 else None
            meeting = Meeting(
                group=group,
                date=date,
                start_time=dt.time(9, 30),
                end_time=dt.time(16, 0),
                theme=theme,
                status=MeetingStatus.HELD,
                host=host,
                ical_uid=f"{uuid.uuid4()}@coordinator-app",
                agenda_items=_agenda(theme, host_index, people),
            )
            session.add(meeting)
            meetings.append(meeting)
            confirmed = date >= today and not next_found
            if confirmed:
                meeting.status, next_found = MeetingStatus.CONFIRMED, True
                if host_index >= 0:
                    member = _MEMBERS[host_index]
                    _add_visit(session, meeting, member, people[member.name], orgs, domains)
            elif date >= today:
                meeting.status = MeetingStatus.PLANNED
            _add_checklist(session, meeting, today)
            if confirmed:
                _add_signups(session, meeting, theme, host_index, people)
        coordinator = next(m.name for m in _MEMBERS if m.role is Role.COORDINATOR)
        add_minutes(session, group, meetings, people, _TALKS, coordinator, today)
        session.flush()
        _add_coordinator(session, group, people[coordinator])
        write_setting(session, DEMO_GROUP_SETTING, group.id)
        return group.id


def demo_group(db: Database) -> int | None:
    """The id of the demo group the demo data was put into, while it exists; else None."""
    with db.reading() as session:
        value = read_setting(session, DEMO_GROUP_SETTING)
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return value if session.get(Group, value) is not None else None


def _add_coordinator(session: Session, group: Group, person: Person) -> None:
    """The demo's coordinator (the member whose role is coordinator) as the group's sender."""
    session.add(
        Coordinator(
            group_id=group.id,
            position=0,
            name=person.name,
            email=person.email,
            phone=person.phone,
            signature=f"{person.name}\nKoordinator, {DEMO_GROUP_NAME}\n{person.phone}",
        )
    )


def _add_checklist(session: Session, meeting: Meeting, today: dt.date) -> None:
    """The meeting's checklist from the template; held and confirmed meetings have their tasks
    done on the day they were due, up to today (the minutes of a meeting held two days ago are
    not sent yet)."""
    session.flush()
    for position, task in enumerate(read_checklist_template(session, "da").items):
        due = due_date(meeting.date, task.offset_days)
        done = meeting.status is not MeetingStatus.PLANNED and due < today
        session.add(
            ChecklistItem(
                meeting_id=meeting.id,
                position=position,
                title=task.title,
                offset_days=task.offset_days,
                done_on=due if done else None,
            )
        )


# The members who do not simply say yes to the next meeting, in this order of preference (the
# host and the day's speakers always come): two say no, one maybe, one has not answered yet.
_NOT_YES = (
    "Henrik Brøndum",
    "Kasper Ravnsbæk",
    "Karen Løvschall",
    "Thomas Skårup",
    "Louise Bjørnholm",
)
_NOT_YES_ANSWERS: tuple[Rsvp | None, ...] = (Rsvp.NO, Rsvp.NO, Rsvp.MAYBE, None)
_SIGNUP_NOTES = {
    Rsvp.NO: "Kan desværre ikke – er på kursus den dag.",
    Rsvp.MAYBE: "Afhænger af et driftsvindue; giver besked en uge før.",
}

# The guest who comes when no invited speaker is on the agenda: a member's colleague.
_GUEST = ("Mikkel Aagaard Due", "Pension Vestkyst", "vegansk", "Kollega til Mette.")


def _add_signups(
    session: Session, meeting: Meeting, theme: str, host_index: int, people: dict[str, Person]
) -> None:
    """The answers to the invitation to the next meeting, and a guest speaker."""
    talks = _TALKS.get(theme, ())
    busy = {speaker for _title, speaker, _org, _notes in talks}
    busy.add(next(m.name for m in _MEMBERS if m.role is Role.COORDINATOR))
    if host_index >= 0:
        busy.add(_MEMBERS[host_index].name)
    members = [m for m in _MEMBERS if m.left_years_ago is None]
    others = [name for name in _NOT_YES if name not in busy][: len(_NOT_YES_ANSWERS)]
    answers = dict(zip(others, _NOT_YES_ANSWERS, strict=True))
    for member in members:
        response = answers.get(member.name, Rsvp.YES)
        if response is None:
            continue  # has not answered: no sign-up yet
        session.add(
            SignUp(
                meeting_id=meeting.id,
                person_id=people[member.name].id,
                response=response,
                note=_SIGNUP_NOTES.get(response, ""),
            )
        )
    # An invited speaker (not in the roster) comes as a guest; else a member's colleague.
    guests = [
        (speaker, organisation.split(" (")[0], "", "Oplægsholder.")
        for _title, speaker, organisation, _notes in talks
        if speaker not in people
    ] or [_GUEST]
    for name, organisation, diet, note in guests[:1]:
        session.add(
            SignUp(
                meeting_id=meeting.id,
                guest_name=name,
                guest_organisation=organisation,
                response=Rsvp.YES,
                diet=diet,
                note=note,
            )
        )


def _add_visit(
    session: Session,
    meeting: Meeting,
    member: _Member,
    person: Person,
    orgs: dict[str, Organisation],
    domains: dict[str, str],
) -> None:
    """The practical arrangements the host has sent for the next meeting."""
    session.flush()
    meeting.notes = "Husk billed-ID til rundvisningen."
    session.add(
        HostVisit(
            meeting_id=meeting.id,
            contact_person_id=person.id,
            contact_name=member.name,
            contact_email=f"{member.email_local}@{domains[member.job.company]}",
            address=orgs[member.job.company].address,
            **_VISIT,
        )
    )


def _add_member(
    session: Session,
    group: Group,
    orgs: dict[str, Organisation],
    domains: dict[str, str],
    member: _Member,
    year: int,
) -> Person:
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
    return person
