"""The demo group's minutes: attendance, round tables, decisions, action items, theme proposals
and the speaker pipeline of the meetings held so far (last year's and this year's).

Round-table statuses are confidential: the candid ones (failures, reprimands, burn-out) are
"group only", some are "may be shared without name", a few "may be shared". Everything is
fiction; companies and people are the demo's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.domain.minutes import ACTION_LEVEL, DECISION_LEVEL, SPEAKER_LEVEL
from coordinator_app.services.demo_round_table import ROUND_TABLE
from coordinator_app.store.models import (
    ActionItem,
    Attendance,
    Decision,
    Group,
    Meeting,
    Person,
    RoundTableEntry,
    SpeakerProposal,
    ThemeProposal,
)

# A talk as the demo's agendas list it: (title, speaker, organisation, notes).
Talk = tuple[str, str, str, str]

# The held meetings are numbered 0-7: last year's four, then this year's four.
_SLOTS = 8
# Per meeting: who sent apologies, who came late, who left early (name, note).
_EXCUSED: tuple[tuple[str, str], ...] = (
    ("Kasper Ravnsbæk", "Meldte afbud – konference i Lyon."),
    ("Thomas Skårup", "Meldte afbud – audit hos leverandør."),
    ("Mette Kjærsgaard", "Meldte afbud – syg."),
    ("Karen Løvschall", "Meldte afbud – beredskabsøvelse i regionen."),
    ("Louise Bjørnholm", "Meldte afbud – kundeleverance."),
    ("Kasper Ravnsbæk", "Meldte afbud – ferie."),
    ("Mette Kjærsgaard", "Meldte afbud – bestyrelsesmøde."),
    ("Rasmus Bæk", "Meldte afbud – driftshændelse."),
)
_LATE: tuple[tuple[str, str], ...] = (
    ("Anne-Sofie Nørgaard", "Kom kl. 10.30 – forsinket tog."),
    ("Łukasz Żółć", "Kom kl. 11 – incident om morgenen."),
    ("Kasper Ravnsbæk", "Kom kl. 10.15."),
    ("Pernille Fogh Sørensen", "Kom efter frokost – møde med tilsynet."),
    ("Henrik Brøndum", "Kom kl. 10.45 – kø på motorvejen."),
    ("Karen Løvschall", "Kom kl. 10."),
    ("Henrik Brøndum", "Kom kl. 11 – go-live-møde om morgenen."),
    ("Åse Vestergård", "Kom kl. 10.30."),
)
_LEFT_EARLY: dict[int, tuple[str, str]] = {3: ("Rasmus Bæk", "Gik kl. 14.30 – vagt.")}

_DECISIONS: tuple[tuple[str, ...], ...] = (
    (
        "Gruppen opretter en fælles, krypteret kanal til spørgsmål mellem møderne.",
        "Referatet sendes kun til gruppens medlemmer og må ikke sendes videre.",
    ),
    ("Vi laver en fælles skabelon til tabletop-øvelser, som alle må bruge i egen organisation.",),
    (
        "Gruppen åbner for et nyt medlem fra produktionsindustrien; alle foreslår kandidater "
        "til koordinatoren.",
    ),
    ("Vi deler anonymiserede nøgletal for cloudforbrug, så vi kan sammenligne os.",),
    (
        "Der må ikke bruges AI-værktøjer til at optage eller opsummere gruppens møder.",
        "Åses erfaringer med chatbotten må deles med foreningens andre netværksgrupper.",
    ),
    ("Pernilles spørgeliste fra tilsynet deles i gruppens kanal – ikke uden for gruppen.",),
    ("Vi holder et online halvdagsmøde i januar om vagtmodeller og on-call.",),
    (
        "Næste års mødedatoer er godkendt; Mette er vært for det første møde.",
        "Fortrolighedsniveauerne i referatet fortsætter uændret.",
    ),
)

# The sharing levels that differ from their kind's default (decisions and action items are
# shareable, attendance notes and speaker ideas the group's): what names a member's own
# situation stays in the group, an item that may go out without its owner's name is anonymous.
_DECISION_LEVELS: dict[str, Confidentiality] = {
    "Pernilles spørgeliste fra tilsynet deles i gruppens kanal – ikke uden for gruppen.": (
        Confidentiality.GROUP_ONLY
    ),
}
_ACTION_LEVELS: dict[str, Confidentiality] = {
    "Del tilsynets spørgeliste i gruppens kanal": Confidentiality.GROUP_ONLY,
    "Del jobopslaget uden danskkrav som eksempel": Confidentiality.ANONYMOUS,
    "Send rundvisningsregler (sikkerhedssko) til næste møde": Confidentiality.ANONYMOUS,
}

# Per meeting: (text, owner or "", days to the due date, days until done or None: still open).
_ACTIONS: tuple[tuple[tuple[str, str, int, int | None], ...], ...] = (
    (
        ("Opret gruppens krypterede kanal og inviter alle", "Søren Østergaard", 30, 21),
        ("Del tjeklisten for automatiseret onboarding i Entra ID", "Mette Kjærsgaard", 30, 12),
    ),
    (
        # Done only after the next meeting: carried there as open.
        ("Saml en fælles skabelon til tabletop-øvelser", "Pernille Fogh Sørensen", 60, 120),
        ("Send rundvisningsregler (sikkerhedssko) til næste møde", "Henrik Brøndum", 30, 20),
    ),
    (
        # Still open: carried to every later meeting.
        (
            "Spørg foreningen om tilskud til et fælles kursus i OT-sikkerhed",
            "Rasmus Bæk",
            90,
            None,
        ),
        ("Del jobopslaget uden danskkrav som eksempel", "Łukasz Żółć", 14, 7),
        ("Foreslå kandidater fra produktionsindustrien", "", 60, 45),
    ),
    (
        ("Send anonymiserede nøgletal for cloudforbrug til Louise", "", 30, 40),
        ("Lav en oversigt over FinOps-værktøjer til gruppen", "Louise Bjørnholm", 60, 70),
    ),
    (
        (
            "Del chatbot-erfaringerne med foreningens andre netværksgrupper",
            "Åse Vestergård",
            45,
            30,
        ),
        ("Formulér gruppens regel om AI-værktøjer og fortrolighed", "Søren Østergaard", 30, 14),
    ),
    (
        ("Del tilsynets spørgeliste i gruppens kanal", "Pernille Fogh Sørensen", 7, 3),
        (
            "Saml eksempler på NIS2-krav i kunde- og leverandørkontrakter",
            "Anne-Sofie Nørgaard",
            90,
            80,
        ),
    ),
    (
        ("Inviter til online halvdagsmøde om vagtmodeller", "Anne-Sofie Nørgaard", 45, 30),
        ("Del en anonymiseret skabelon til post-mortems", "Henrik Brøndum", 30, 25),
    ),
    (
        ("Book lokale og frokost til marts-mødet", "Mette Kjærsgaard", 30, 10),
        ("Find en ekstern oplægsholder om platform engineering", "Søren Østergaard", 60, None),
        ("Del tjekliste for udfasning af on-prem Exchange", "Mette Kjærsgaard", 21, None),
    ),
)

# Per meeting: the themes proposed for the next one, (theme, proposer, votes). The one equal
# to the next meeting's theme is the chosen one.
_THEMES: tuple[tuple[tuple[str, str, int], ...], ...] = (
    (
        ("Beredskab og øvelser", "Karen Løvschall", 7),
        ("Mainframe og legacy", "Søren Østergaard", 3),
        ("Kubernetes i drift", "Anne-Sofie Nørgaard", 2),
    ),
    (
        ("Kompetencer og rekruttering", "Henrik Brøndum", 6),
        ("Cloud-økonomi", "Louise Bjørnholm", 5),
        ("OT-sikkerhed", "Rasmus Bæk", 2),
    ),
    (
        ("Cloud-økonomi", "Louise Bjørnholm", 8),
        ("AI i driften", "Åse Vestergård", 4),
    ),
    (
        ("AI i driften", "Åse Vestergård", 7),
        ("NIS2 i praksis", "Pernille Fogh Sørensen", 5),
        ("Observability", "Łukasz Żółć", 1),
    ),
    (
        ("NIS2 i praksis", "Pernille Fogh Sørensen", 9),
        ("Observability", "Łukasz Żółć", 3),
        ("On-call og vagtbelastning", "Anne-Sofie Nørgaard", 3),
    ),
    (
        ("Observability", "Łukasz Żółć", 6),
        ("On-call og vagtbelastning", "Anne-Sofie Nørgaard", 4),
        ("Exit fra legacy", "Søren Østergaard", 2),
    ),
    (
        ("Exit fra legacy", "Søren Østergaard", 7),
        ("Platform engineering", "Anne-Sofie Nørgaard", 5),
    ),
    (
        ("Platform engineering", "Anne-Sofie Nørgaard", 8),
        ("On-call og vagtbelastning", "Karen Løvschall", 4),
        ("Leverandørstyring", "Pernille Fogh Sørensen", 3),
    ),
)

# Who proposed a speaker who is not a member (a colleague, an invited speaker).
_PROPOSED_BY = {
    "Jonas Kirkegaard": "Søren Østergaard",
    "Maja Lindqvist": "Łukasz Żółć",
    "Mikkel Aagaard Due": "Mette Kjærsgaard",
    "Tina Mølgaard": "Henrik Brøndum",
    "Sara Holmgaard": "Karen Løvschall",
}

# Talks not (yet) placed in the year plan: (topic, speaker, organisation, proposer, status,
# notes).
_PIPELINE: tuple[tuple[str, str, str, str, SpeakerStatus, str], ...] = (
    (
        "En AI-agent i NOC'en: hvad må den selv gøre?",
        "",
        "",
        "Åse Vestergård",
        SpeakerStatus.IDEA,
        "Åse spørger sin leverandør, om en kunde vil fortælle om erfaringerne.",
    ),
    (
        "Sådan lukkede vi vores sidste datacenter",
        "Jesper Vind",
        "Hedebo Data A/S",
        "Louise Bjørnholm",
        SpeakerStatus.IDEA,
        "Tidligere kollega af Louise; passer til et tema om exit fra legacy.",
    ),
    (
        "5G-kernenet og driftssikkerhed",
        "Birgitte Hald",
        "Nordlys Telekom A/S",
        "Søren Østergaard",
        SpeakerStatus.DECLINED,
        "Har ikke tid i år – spørg igen næste forår.",
    ),
)


def _member_on(person: Person, group_id: int, date: dt.date) -> bool:
    return any(
        m.group_id == group_id
        and (m.joined_on is None or m.joined_on <= date)
        and (m.left_on is None or m.left_on > date)
        for m in person.memberships
    )


def _done(date: dt.date, days: int | None, today: dt.date) -> dt.date | None:
    if days is None:
        return None
    done = date + dt.timedelta(days=days)
    return done if done < today else None


def add_minutes(
    session: Session,
    group: Group,
    meetings: Sequence[Meeting],
    people: Mapping[str, Person],
    talks: Mapping[str, Sequence[Talk]],
    coordinator: str,
    today: dt.date,
) -> None:
    """Minutes for the held meetings among the first eight of `meetings` (last year's and this
    year's, by date), and the group's speaker pipeline over all of them."""
    session.flush()
    held = [
        (slot, meeting)
        for slot, meeting in enumerate(meetings[:_SLOTS])
        if meeting.status is MeetingStatus.HELD
    ]
    for slot, meeting in held:
        following = meetings[slot + 1] if slot + 1 < len(meetings) else None
        _add_meeting_minutes(session, group, slot, meeting, following, people, today)
        last = slot == held[-1][0]
        meeting.minutes_status = MinutesStatus.DRAFT if last else MinutesStatus.SENT
    _add_pipeline(session, group, meetings, people, talks, coordinator)


def _add_meeting_minutes(
    session: Session,
    group: Group,
    slot: int,
    meeting: Meeting,
    following: Meeting | None,
    people: Mapping[str, Person],
    today: dt.date,
) -> None:
    statuses = {_EXCUSED[slot][0]: (AttendanceStatus.EXCUSED, _EXCUSED[slot][1])}
    statuses[_LATE[slot][0]] = (AttendanceStatus.LATE, _LATE[slot][1])
    if slot in _LEFT_EARLY:
        statuses[_LEFT_EARLY[slot][0]] = (AttendanceStatus.LEFT_EARLY, _LEFT_EARLY[slot][1])
    members = sorted(
        (name for name, person in people.items() if _member_on(person, group.id, meeting.date)),
    )
    present: list[str] = []
    for name in members:
        status, note = statuses.get(name, (AttendanceStatus.PRESENT, ""))
        session.add(
            Attendance(meeting_id=meeting.id, person_id=people[name].id, status=status, note=note)
        )
        if status is not AttendanceStatus.EXCUSED:
            present.append(name)

    # Round the table, starting at a different seat each time.
    start = (slot * 5) % len(present)
    for position, name in enumerate(present[start:] + present[:start]):
        entry = ROUND_TABLE[name][slot]
        if entry is None:
            raise AssertionError(f"no round-table status for {name} at meeting {slot}")
        level, topics, text = entry
        session.add(
            RoundTableEntry(
                meeting_id=meeting.id,
                person_id=people[name].id,
                position=position,
                text=text,
                topics=topics,
                confidentiality=level,
            )
        )

    for position, text in enumerate(_DECISIONS[slot]):
        session.add(
            Decision(
                meeting_id=meeting.id,
                position=position,
                text=text,
                confidentiality=_DECISION_LEVELS.get(text, DECISION_LEVEL),
            )
        )

    for text, owner, due_days, done_days in _ACTIONS[slot]:
        session.add(
            ActionItem(
                meeting_id=meeting.id,
                owner_person_id=people[owner].id if owner else None,
                text=text,
                due_on=meeting.date + dt.timedelta(days=due_days),
                done_on=_done(meeting.date, done_days, today),
                confidentiality=_ACTION_LEVELS.get(text, ACTION_LEVEL),
            )
        )

    next_theme = following.theme if following is not None else ""
    for theme, proposer, votes in _THEMES[slot]:
        session.add(
            ThemeProposal(
                meeting_id=meeting.id,
                proposed_by_person_id=people[proposer].id,
                theme=theme,
                votes=votes,
                chosen=theme == next_theme,
            )
        )


_TALK_STATUS = {
    MeetingStatus.HELD: SpeakerStatus.HELD,
    MeetingStatus.CONFIRMED: SpeakerStatus.CONFIRMED,
    MeetingStatus.PLANNED: SpeakerStatus.ASKED,
}


def _add_pipeline(
    session: Session,
    group: Group,
    meetings: Sequence[Meeting],
    people: Mapping[str, Person],
    talks: Mapping[str, Sequence[Talk]],
    coordinator: str,
) -> None:
    """A speaker proposal for every talk on the year plan's agendas (held, confirmed for the
    next meeting, asked for later ones), and a few not placed yet."""
    for meeting in meetings:
        status = _TALK_STATUS.get(meeting.status)
        if status is None:
            continue
        for title, speaker, organisation, notes in talks.get(meeting.theme, ()):
            member = people.get(speaker)
            proposer = _PROPOSED_BY.get(speaker, speaker if member else coordinator)
            session.add(
                SpeakerProposal(
                    group_id=group.id,
                    proposed_by_person_id=people[proposer].id,
                    speaker_person_id=member.id if member else None,
                    speaker_name="" if member else speaker,
                    speaker_organisation="" if member else organisation.split(" (")[0],
                    topic=title,
                    status=status,
                    meeting_id=meeting.id,
                    notes=notes,
                    # A talk that was held is on the agenda everyone saw; the rest of the
                    # pipeline (who was asked, notes on them) stays in the group.
                    confidentiality=(
                        Confidentiality.SHAREABLE if status is SpeakerStatus.HELD else SPEAKER_LEVEL
                    ),
                )
            )
    for topic, speaker, organisation, proposer, status, notes in _PIPELINE:
        session.add(
            SpeakerProposal(
                group_id=group.id,
                proposed_by_person_id=people[proposer].id,
                speaker_name=speaker,
                speaker_organisation=organisation,
                topic=topic,
                status=status,
                notes=notes,
            )
        )
