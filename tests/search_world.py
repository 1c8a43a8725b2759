"""A small Danish world for the one search's tests: two groups, members with æøå, Ł and Þ in
their names, years of minutes in Danish and English, made through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.domain.enums import AgendaKind, Confidentiality
from coordinator_app.domain.meetings import AgendaItemInput, AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, minutes, planner, roster, talk_notes
from coordinator_app.services.minutes import ActionInput, EntryInput, SpeakerInput
from coordinator_app.store.database import Database


@dataclass(frozen=True)
class World:
    it_drift: int
    sikkerhed: int
    soren: int
    lukasz: int
    thora: int
    mette: int
    anders: int  # a member of "Sikkerhed" only
    old_meeting: int  # 2019, IT Drift
    new_meeting: int  # 2025, IT Drift
    other_meeting: int  # 2025, Sikkerhed
    soren_old_entry: int
    soren_new_entry: int
    lukasz_entry: int
    thora_entry: int
    anders_entry: int
    mette_entry: int  # 2025: "outsourcet", as Søren's of 2019
    decision: int
    action: int
    theme: int
    guest_talk: int
    speaker: int


def build(db: Database) -> World:
    it_drift = groups.create_group(db, "IT Drift")
    sikkerhed = groups.create_group(db, "Sikkerhed")
    joined = dt.date(2018, 1, 1)
    soren = roster.add_member(
        db,
        it_drift,
        PersonInput(
            "Søren Østergaard",
            email="soren@vestas.example",
            phone="+45 20 11 22 33",
            expertise=("Forandringsledelse", "Cloud"),
        ),
        JobInput("Vestas Wind A/S", "CTO", "Energi"),
        joined_on=joined,
    )
    lukasz = roster.add_member(
        db,
        it_drift,
        PersonInput("Łukasz Wójcik", email="lukasz@novo.example", expertise=("Kubernetes",)),
        JobInput("Novo Nordisk", "Head of IT Operations", "Medicinal"),
        joined_on=joined,
    )
    thora = roster.add_member(
        db,
        it_drift,
        PersonInput("Þóra Jónsdóttir", email="thora@regionh.example", expertise=("NIS2",)),
        JobInput("Region Hovedstaden", "CIO", "Offentlig"),
        joined_on=joined,
    )
    mette = roster.add_member(
        db,
        it_drift,
        PersonInput("Mette Kjærgård", email="mette@lego.example"),
        JobInput("LEGO", "Driftschef", "Legetøj"),
        joined_on=joined,
    )
    anders = roster.add_member(
        db,
        sikkerhed,
        PersonInput("Anders Bæk", email="anders@dsb.example"),
        JobInput("DSB", "CISO", "Transport"),
        joined_on=joined,
    )
    no_template = AgendaTemplate(items=())
    old_meeting = planner.create_meeting(
        db, it_drift, MeetingInput(dt.date(2019, 3, 12), theme="Outsourcing"), template=no_template
    )
    new_meeting = planner.create_meeting(
        db,
        it_drift,
        MeetingInput(dt.date(2025, 9, 9), theme="Kunstig intelligens i driften"),
        template=no_template,
    )
    other_meeting = planner.create_meeting(
        db, sikkerhed, MeetingInput(dt.date(2025, 10, 1), theme="Beredskab"), template=no_template
    )
    soren_old_entry = minutes.add_entry(
        db,
        old_meeting,
        soren,
        EntryInput(
            "Vi har outsourcet driften af vores datacenter til en leverandør.",
            ("Outsourcing",),
            Confidentiality.SHAREABLE,
        ),
    )
    soren_new_entry = minutes.add_entry(
        db,
        new_meeting,
        soren,
        EntryInput(
            "Vi er midt i et stort projekt om forandringsledelse i hele organisationen.",
            ("Forandringsledelse",),
            Confidentiality.GROUP_ONLY,
        ),
    )
    lukasz_entry = minutes.add_entry(
        db,
        new_meeting,
        lukasz,
        EntryInput(
            "Virksomhedernes krav til leverandørerne er skærpet med NIS2.",
            ("NIS2",),
            Confidentiality.ANONYMOUS,
        ),
    )
    thora_entry = minutes.add_entry(
        db,
        old_meeting,
        thora,
        EntryInput(
            "We migrated our mail to the cloud; the migrations took longer than planned.",
            ("Cloud",),
            Confidentiality.SHAREABLE,
        ),
    )
    anders_entry = minutes.add_entry(
        db,
        other_meeting,
        anders,
        EntryInput(
            "Forandringsledelse er det sværeste i vores sikkerhedsprogram.",
            (),
            Confidentiality.SHAREABLE,
        ),
    )
    mette_entry = minutes.add_entry(
        db,
        new_meeting,
        mette,
        EntryInput("Vi har også outsourcet servicedesken.", (), Confidentiality.SHAREABLE),
    )
    decision = minutes.add_decision(
        db, new_meeting, "Næste møde handler om ledelse af forandringer."
    )
    action = minutes.add_action(
        db,
        new_meeting,
        ActionInput("Deler sin skabelon til beredskabsplanen", owner_id=mette),
    )
    theme = minutes.add_theme(db, new_meeting, "Cloudmigrering i praksis", proposed_by_id=thora)
    guest_talk = planner.add_agenda_item(
        db,
        new_meeting,
        AgendaItemInput(
            "Erfaringer med cloudmigrering",
            kind=AgendaKind.TALK,
            speaker_name="Jens Hansen",
            speaker_organisation="Netcompany",
        ),
    )
    talk_notes.set_talk_notes(db, guest_talk, "Jens fortalte om migreringen af 400 servere.")
    speaker = minutes.add_speaker(
        db,
        it_drift,
        SpeakerInput(
            "Zero trust i produktionen",
            proposed_by_id=lukasz,
            speaker_name="Ida Holm",
            speaker_organisation="Grundfos",
        ),
    )
    return World(
        it_drift=it_drift,
        sikkerhed=sikkerhed,
        soren=soren,
        lukasz=lukasz,
        thora=thora,
        mette=mette,
        anders=anders,
        old_meeting=old_meeting,
        new_meeting=new_meeting,
        other_meeting=other_meeting,
        soren_old_entry=soren_old_entry,
        soren_new_entry=soren_new_entry,
        lukasz_entry=lukasz_entry,
        thora_entry=thora_entry,
        anders_entry=anders_entry,
        mette_entry=mette_entry,
        decision=decision,
        action=action,
        theme=theme,
        guest_talk=guest_talk,
        speaker=speaker,
    )
