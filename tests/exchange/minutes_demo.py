"""A realistic Danish meeting's minutes, with marker texts to look for in the exports.

Group-only entries carry marker sentences and topics (they must vanish with
omit_confidential); the anonymous entry is by a member whose name and company appear nowhere
else in the round table (they must vanish from it with anonymise).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.meetings import AgendaLine
from coordinator_app.domain.minutes import (
    ActionLine,
    AttendanceLine,
    DecisionLine,
    MinutesDocument,
    RoundTableLine,
    SpeakerLine,
    ThemeLine,
)

MEETING_DAY = dt.date(2027, 3, 9)
PRINTED = dt.date(2027, 3, 12)
EARLIER_MEETING = dt.date(2026, 12, 8)

# Said in confidence ("group only"): must never leave with omit_confidential.
GROUP_ONLY_TEXTS = ("HEMMELIG-FUSION-7731", "SECRET-LAYOFF-9902")
GROUP_ONLY_TOPICS = ("TOPIC-GROUPONLY-4412", "TOPIC-GROUPONLY-8830")
# May be shared without name: with anonymise, the text stays, the name and company go.
ANON_NAME = "Vibeke Quistgaard-Zahle"
ANON_COMPANY = "Zebrafisk Analytics ApS"
ANON_TEXT = "ANON-BACKUP-5521"
SHAREABLE_TEXT = "DELBAR-OBSERVABILITY-3318"

_MEMBERS: tuple[tuple[int, str, str, AttendanceStatus, str], ...] = (
    (1, "Mette Kjær", "Fjordbanken A/S", AttendanceStatus.PRESENT, ""),
    (2, "Łukasz Żółć", "Nordlys Energi", AttendanceStatus.PRESENT, ""),
    (3, "Åse Bækgaard", "Region Midtjylland", AttendanceStatus.LATE, "kom kl. 10.45 (tog)"),
    (4, "Søren Østergaard", "Dansk Havnelogistik", AttendanceStatus.PRESENT, ""),
    (5, ANON_NAME, ANON_COMPANY, AttendanceStatus.PRESENT, ""),
    (6, "Jens Ødegaard Holm", "Vestkyst Forsikring", AttendanceStatus.LEFT_EARLY, "gik kl. 14"),
    (7, "Frederikke Dahl", "Grøn Transport A/S", AttendanceStatus.PRESENT, ""),
    (8, "Peter Ærø", "ByggeData ApS", AttendanceStatus.PRESENT, ""),
    (9, "Ole Bach", "Syddansk Universitetshospital", AttendanceStatus.PRESENT, ""),
    (10, "Karen Blixen-Møller", "Aarhus Kommune", AttendanceStatus.EXCUSED, "ferie"),
    (11, "Henrik Lund", "Mejeriselskabet Øresund", AttendanceStatus.ABSENT, ""),
)


def _entry(
    entry_id: int,
    person_id: int,
    text: str,
    topics: tuple[str, ...],
    level: Confidentiality,
) -> RoundTableLine:
    _, name, organisation, _, _ = _MEMBERS[person_id - 1]
    return RoundTableLine(
        id=entry_id,
        person_id=person_id,
        name=name,
        organisation=organisation,
        position=entry_id,
        text=text,
        topics=topics,
        level=level,
    )


_ENTRIES = (
    _entry(
        1,
        1,
        "Vi har samlet overvågningen af alle kernesystemer på én platform, og vagten får nu "
        f"langt færre falske alarmer. {SHAREABLE_TEXT}.\n"
        "Næste skridt er at give udviklingsteamene deres egne dashboards.",
        ("Observability", "Vagtordning"),
        Confidentiality.SHAREABLE,
    ),
    _entry(
        2,
        2,
        "Vi er midt i en fusion med et konkurrerende selskab, som ikke er offentlig endnu. "
        f"{GROUP_ONLY_TEXTS[0]}. To driftsafdelinger skal lægges sammen inden årets udgang.",
        (f"{GROUP_ONLY_TOPICS[0]} opkøb", "Organisation"),
        Confidentiality.GROUP_ONLY,
    ),
    _entry(
        3,
        3,
        "Regionen har sat et stort projekt i gang med sprogmodeller i servicedesken.\n\n"
        "Foreløbig besvarer modellen 30 % af henvendelserne om nulstilling af adgangskoder; "
        "brugerne er overraskende glade.",
        ("AI", "Servicedesk"),
        Confidentiality.SHAREABLE,
    ),
    _entry(
        4,
        5,
        "Vores leverandør af backup svigtede under en gendannelse, og vi var uden data i to "
        f"døgn. {ANON_TEXT}. Vi overvejer at skifte leverandør.",
        ("Backup", "Leverandørstyring"),
        Confidentiality.ANONYMOUS,
    ),
    _entry(
        5,
        4,
        "Omstrukturering: en række stillinger i driften nedlægges efter sommer. "
        f"{GROUP_ONLY_TEXTS[1]}. Jeg ved ikke selv, om jeg bliver.",
        (f"{GROUP_ONLY_TOPICS[1]} fyringer",),
        Confidentiality.GROUP_ONLY,
    ),
    _entry(
        6,
        7,
        "Vi kører pilotforsøg med elektriske lastbiler og skal have ladedata ind i driftens "
        "overvågning – det er sværere end ventet.",
        ("IoT", "Data"),
        Confidentiality.SHAREABLE,
    ),
)


def _agenda() -> tuple[AgendaLine, ...]:
    return (
        AgendaLine(
            start=dt.time(10, 0),
            end=dt.time(11, 0),
            duration_minutes=60,
            title="Rundvisning i datacenteret",
            kind=AgendaKind.TOUR,
            speaker="Mette Kjær",
            speaker_organisation="Fjordbanken A/S",
            notes="Vi så det nye køleanlæg og nødstrømsanlægget. Fotografering var ikke tilladt.",
        ),
        AgendaLine(
            start=dt.time(11, 0),
            end=dt.time(11, 45),
            duration_minutes=45,
            title="AI i driften: fra alarmstorm til rolig vagt",
            kind=AgendaKind.TALK,
            speaker="Łukasz Żółć",
            speaker_organisation="Nordlys Energi",
            notes=(
                "Et års erfaringer med AIOps: alarmerne blev halveret, men det krævede et "
                "grundigt oprydningsarbejde i overvågningen først.\n"
                "Slides sendes rundt med referatet."
            ),
        ),
        AgendaLine(
            start=dt.time(12, 30),
            end=dt.time(13, 15),
            duration_minutes=45,
            title="Sprogmodeller i servicedesken",
            kind=AgendaKind.TALK,
            speaker="Åse Bækgaard",
            speaker_organisation="Region Midtjylland",
            notes="Demo af regionens chatbot. Spørgsmål om GDPR og logning af samtaler.",
        ),
        AgendaLine(
            start=dt.time(13, 30),
            end=dt.time(14, 15),
            duration_minutes=45,
            title="Hvor langt tør vi lade AI handle selv?",
            kind=AgendaKind.DISCUSSION,
            notes="Enighed om, at AI må foreslå, men et menneske skal godkende ændringer i drift.",
        ),
    )


def _actions() -> tuple[ActionLine, ...]:
    return (
        ActionLine(
            id=11,
            meeting_id=3,
            meeting_date=EARLIER_MEETING,
            text="Dele skabelonen til beredskabsplan med gruppen",
            owner_id=4,
            owner_name="Søren Østergaard",
            due_on=dt.date(2027, 1, 31),
            done_on=None,
            carried=True,
        ),
        ActionLine(
            id=12,
            meeting_id=3,
            meeting_date=EARLIER_MEETING,
            text="Finde vært til mødet i juni",
            owner_id=None,
            owner_name="Birgitte Ærenlund",
            due_on=dt.date(2027, 2, 28),
            done_on=dt.date(2027, 3, 9),
            carried=True,
        ),
        ActionLine(
            id=21,
            meeting_id=7,
            meeting_date=MEETING_DAY,
            text="Undersøge fælles indkøb af NIS2-kursus for gruppens medlemmer",
            owner_id=3,
            owner_name="Åse Bækgaard",
            due_on=dt.date(2027, 4, 15),
            done_on=None,
        ),
        ActionLine(
            id=22,
            meeting_id=7,
            meeting_date=MEETING_DAY,
            text="Sende dagens præsentationer rundt",
            owner_id=None,
            owner_name="Birgitte Ærenlund",
            due_on=dt.date(2027, 3, 12),
            done_on=dt.date(2027, 3, 10),
        ),
    )


def demo_minutes(**changes: object) -> MinutesDocument:
    """The minutes of a full day at Fjordbanken, before any export options apply."""
    document = MinutesDocument(
        meeting_id=7,
        group_name="IT Drift",
        meeting_date=MEETING_DAY,
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112, 2900 Hellerup",
        status=MinutesStatus.DRAFT,
        attendance=tuple(
            AttendanceLine(person_id=pid, name=name, organisation=org, status=status, note=note)
            for pid, name, org, status, note in _MEMBERS
        ),
        talks=_agenda(),
        entries=_ENTRIES,
        decisions=(
            DecisionLine(id=1, position=1, text="Næste møde holdes hos Nordlys Energi i Esbjerg."),
            DecisionLine(
                id=2,
                position=2,
                text="Gruppen inviterer en ekstern oplægsholder om NIS2 til juni-mødet.",
            ),
        ),
        actions=_actions(),
        themes=(
            ThemeLine(
                id=1,
                theme="Cloud-exit og omkostninger",
                proposed_by_id=8,
                proposed_by_name="Peter Ærø",
                votes=2,
                chosen=False,
            ),
            ThemeLine(
                id=2,
                theme="Sikkerhed i forsyningskæden (NIS2)",
                proposed_by_id=3,
                proposed_by_name="Åse Bækgaard",
                votes=6,
                chosen=True,
            ),
            ThemeLine(
                id=3,
                theme="Platform engineering",
                proposed_by_id=2,
                proposed_by_name="Łukasz Żółć",
                votes=3,
                chosen=False,
            ),
        ),
        next_theme="Sikkerhed i forsyningskæden (NIS2)",
        speakers=(
            SpeakerLine(
                id=1,
                proposed_by_id=3,
                proposed_by_name="Åse Bækgaard",
                speaker_person_id=None,
                speaker_name="Kirsten Vang",
                speaker_organisation="Revisionsfirmaet Nord",
                topic="Erfaringer fra en NIS2-audit",
                status=SpeakerStatus.CONFIRMED,
                meeting_id=8,
                meeting_date=dt.date(2027, 6, 8),
            ),
            SpeakerLine(
                id=2,
                proposed_by_id=2,
                proposed_by_name="Łukasz Żółć",
                speaker_person_id=2,
                speaker_name="Łukasz Żółć",
                speaker_organisation="Nordlys Energi",
                topic="Platform engineering i praksis",
                status=SpeakerStatus.ASKED,
                meeting_id=None,
                meeting_date=None,
            ),
            SpeakerLine(
                id=3,
                proposed_by_id=9,
                proposed_by_name="Ole Bach",
                speaker_person_id=None,
                speaker_name="Hospitalets beredskabschef",
                speaker_organisation="Syddansk Universitetshospital",
                topic="Drift under et cyberangreb – hvad vi lærte",
                status=SpeakerStatus.IDEA,
                meeting_id=None,
                meeting_date=None,
                notes="Ole spørger, om hun har tid i efteråret.",
            ),
        ),
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]
