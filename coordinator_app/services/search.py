"""The one search: "who in the group has tried this?" across members and years of minutes.

`search` finds, in one group, the members (name, company, title, industry, expertise, job
history) and the minutes' texts (round-table entries with their topics, talks, decisions,
action items, theme and speaker proposals, meetings' themes) that match every word of a query
(`domain.search_text`: folded, stemmed, parts of words, one typo), through the index
(`store.search_index`), and ranks them (`domain.search_rank`). Every sharing level is found (the
coordinator's own app), and every result carries its level; `domain.search_answer` decides what
may be copied out.

Whom a result tells about: a profile its member; an entry its member; an action item its owner;
a theme proposal its proposer; a talk its speaker if the speaker is a member of the group (a
guest's talk: no one); a speaker proposal its speaker if a member, else its proposer; a decision
and a meeting's theme no one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.minutes import former_member
from coordinator_app.domain.search_rank import (
    Evidence,
    Kind,
    MemberResults,
    Score,
    by_member,
    display_text,
    order_key,
    rank,
)
from coordinator_app.domain.search_text import QueryTerm, parse_query, snippet
from coordinator_app.domain.validation import split_tags
from coordinator_app.services.errors import NotFound
from coordinator_app.store import search_index
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Employment,
    ExpertiseTag,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
    RoundTableEntry,
    SpeakerProposal,
    ThemeProposal,
)
from coordinator_app.store.search_docs import Connection, Source, source_of

#: Results shown at most (the best); a query that matches more says so (`SearchResults.more`).
RESULT_LIMIT = 100

_KINDS = {
    Source.MEETING: Kind.THEME,
    Source.PERSON: Kind.MEMBER,
    Source.ENTRY: Kind.ROUND_TABLE,
    Source.TALK: Kind.TALK,
    Source.DECISION: Kind.DECISION,
    Source.ACTION: Kind.ACTION,
    Source.THEME: Kind.THEME,
    Source.SPEAKER: Kind.SPEAKER,
}

#: The tables whose rows belong to a meeting (their `meeting_id`).
_AT_MEETING: dict[Source, Any] = {
    Source.ENTRY: RoundTableEntry,
    Source.TALK: AgendaItem,
    Source.DECISION: Decision,
    Source.ACTION: ActionItem,
    Source.THEME: ThemeProposal,
    Source.SPEAKER: SpeakerProposal,
}


@dataclass(frozen=True)
class SearchResults:
    """What one search found: the best first (`ranked`) and grouped by member (`members`)."""

    query: str
    group_id: int | None
    terms: tuple[QueryTerm, ...] = ()
    ranked: tuple[Evidence, ...] = ()
    members: tuple[MemberResults, ...] = field(default_factory=tuple)
    # How many more rows matched than are shown.
    more: int = 0


def _dbapi(session: Session) -> Connection:
    return cast(Connection, session.connection().connection.dbapi_connection)


def _catch_up(db: Database) -> None:
    """Work off what writes outside the sessions left in the index's queue (a bulk load): an
    empty transaction does it (`search_index.keep_in_step`). A read-only database is searched
    as its index stands."""
    if db.read_only:
        return
    with db.reading() as session:
        waiting = _dbapi(session).execute(f"SELECT 1 FROM {search_index.QUEUE} LIMIT 1")
        if waiting.fetchone() is None:
            return
    with db.session():
        pass


def _meeting_ids(
    session: Session, found: Mapping[Source, list[int]]
) -> dict[tuple[Source, int], int]:
    """The meeting of each found row that has one (a meeting's theme: the meeting itself)."""
    meetings: dict[tuple[Source, int], int] = {
        (Source.MEETING, mid): mid for mid in found.get(Source.MEETING, [])
    }
    for source, model in _AT_MEETING.items():
        ids = found.get(source)
        if not ids:
            continue
        for row_id, meeting_id in session.execute(
            select(model.id, model.meeting_id).where(model.id.in_(ids))
        ):
            if meeting_id is not None:
                meetings[(source, int(row_id))] = int(meeting_id)
    return meetings


@dataclass
class _Row:
    """A found row's parts before its snippet is made."""

    member_id: int | None = None
    level: Confidentiality | None = None
    heading: str = ""
    detail: str = ""
    text: str = ""


def _speaker_text(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if name and organisation else name or organisation


class _Details:
    """Reads the parts of the rows shown, a query per table."""

    def __init__(self, session: Session, group_id: int, lang: str) -> None:
        self.session = session
        self.lang = lang
        self.members = set(
            session.scalars(select(Membership.person_id).where(Membership.group_id == group_id))
        )
        self.names: dict[int, str] = {}

    def name(self, person: Person | None) -> str:
        if person is None:
            return ""
        return former_member(self.lang) if person.erased_at is not None else person.name

    def people(self, ids: Iterable[int]) -> dict[int, Person]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return {p.id: p for p in self.session.scalars(select(Person).where(Person.id.in_(wanted)))}

    def member(self, person_id: int | None) -> int | None:
        return person_id if person_id is not None and person_id in self.members else None

    def read(self, source: Source, ids: list[int]) -> dict[int, _Row]:
        reader = getattr(self, f"_{source.name.lower()}")
        return cast(dict[int, _Row], reader(ids))

    def _person(self, ids: list[int]) -> dict[int, _Row]:
        rows: dict[int, _Row] = {}
        people = self.people(ids)
        jobs: dict[int, list[str]] = {}
        for emp, org in self.session.execute(
            select(Employment, Organisation)
            .join(Organisation, Organisation.id == Employment.organisation_id)
            .where(Employment.person_id.in_(ids))
            .order_by(Employment.ended_on.is_not(None), Employment.started_on.desc(), Employment.id)
        ):
            job = ", ".join(part for part in (emp.title, org.name, org.industry) if part)
            jobs.setdefault(emp.person_id, []).append(job)
        tags: dict[int, list[str]] = {}
        for tag in self.session.scalars(
            select(ExpertiseTag)
            .where(ExpertiseTag.person_id.in_(ids))
            .order_by(ExpertiseTag.position, ExpertiseTag.id)
        ):
            tags.setdefault(tag.person_id, []).append(tag.tag)
        for pid, person in people.items():
            history = jobs.get(pid, [])
            rows[pid] = _Row(
                member_id=pid,
                heading=self.name(person),
                detail=history[0] if history else "",
                text=" · ".join([*history[1:], ", ".join(tags.get(pid, []))]).strip(" ·"),
            )
        return rows

    def _entry(self, ids: list[int]) -> dict[int, _Row]:
        rows: dict[int, _Row] = {}
        for entry in self.session.scalars(
            select(RoundTableEntry).where(RoundTableEntry.id.in_(ids))
        ):
            topics = ", ".join(split_tags(entry.topics))
            rows[entry.id] = _Row(
                member_id=entry.person_id,
                level=entry.confidentiality,
                text=display_text("", entry.text.strip(), topics),
            )
        return rows

    def _talk(self, ids: list[int]) -> dict[int, _Row]:
        items = list(self.session.scalars(select(AgendaItem).where(AgendaItem.id.in_(ids))))
        people = self.people(i.speaker_person_id for i in items if i.speaker_person_id)
        rows: dict[int, _Row] = {}
        for item in items:
            person = people.get(item.speaker_person_id) if item.speaker_person_id else None
            name = self.name(person) if person is not None else item.speaker_name
            rows[item.id] = _Row(
                member_id=self.member(item.speaker_person_id),
                level=item.notes_confidentiality,
                heading=item.title,
                detail=_speaker_text(name, item.speaker_organisation),
                text=item.minutes_notes.strip(),
            )
        return rows

    def _decision(self, ids: list[int]) -> dict[int, _Row]:
        return {
            d.id: _Row(level=d.confidentiality, text=d.text)
            for d in self.session.scalars(select(Decision).where(Decision.id.in_(ids)))
        }

    def _action(self, ids: list[int]) -> dict[int, _Row]:
        return {
            a.id: _Row(
                member_id=self.member(a.owner_person_id), level=a.confidentiality, text=a.text
            )
            for a in self.session.scalars(select(ActionItem).where(ActionItem.id.in_(ids)))
        }

    def _theme(self, ids: list[int]) -> dict[int, _Row]:
        return {
            t.id: _Row(
                member_id=self.member(t.proposed_by_person_id),
                level=t.confidentiality,
                text=t.theme,
            )
            for t in self.session.scalars(select(ThemeProposal).where(ThemeProposal.id.in_(ids)))
        }

    def _meeting(self, ids: list[int]) -> dict[int, _Row]:
        return {
            m.id: _Row(text=m.theme)
            for m in self.session.scalars(select(Meeting).where(Meeting.id.in_(ids)))
        }

    def _speaker(self, ids: list[int]) -> dict[int, _Row]:
        proposals = list(
            self.session.scalars(select(SpeakerProposal).where(SpeakerProposal.id.in_(ids)))
        )
        people = self.people(p.speaker_person_id for p in proposals if p.speaker_person_id)
        rows: dict[int, _Row] = {}
        for p in proposals:
            person = people.get(p.speaker_person_id) if p.speaker_person_id else None
            name = self.name(person) if person is not None else p.speaker_name
            rows[p.id] = _Row(
                member_id=self.member(p.speaker_person_id) or self.member(p.proposed_by_person_id),
                level=p.confidentiality,
                heading=p.topic,
                detail=_speaker_text(name, p.speaker_organisation),
                text=p.notes.strip(),
            )
        return rows


def search(
    db: Database,
    group_id: int,
    query: str,
    *,
    lang: str = "da",
    limit: int = RESULT_LIMIT,
    today: dt.date | None = None,
) -> SearchResults:
    """The rows of group `group_id` that match every word of `query`, best first and by
    member (see the module docstring). An empty query finds nothing."""
    today = today or dt.date.today()
    terms = tuple(parse_query(query))
    if not terms:
        return SearchResults(query, group_id)
    _catch_up(db)
    with db.reading() as session:
        if session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        scores = search_index.find(_dbapi(session), group_id, terms)
        found: dict[Source, list[int]] = {}
        for rowid in scores:
            source, row_id = source_of(rowid)
            found.setdefault(source, []).append(row_id)
        dates = {
            int(mid): day
            for mid, day in session.execute(
                select(Meeting.id, Meeting.date).where(Meeting.group_id == group_id)
            )
        }
        meetings = _meeting_ids(session, found)

        def date_of(rowid: int) -> dt.date | None:
            meeting_id = meetings.get(source_of(rowid))
            return dates.get(meeting_id) if meeting_id is not None else None

        best = sorted(scores, key=lambda r: (*order_key(scores[r], date_of(r), today), r))
        shown = best[:limit]
        details = _Details(session, group_id, lang)
        chosen: dict[Source, list[int]] = {}
        for rowid in shown:
            source, row_id = source_of(rowid)
            chosen.setdefault(source, []).append(row_id)
        rows = {
            (source, row_id): row
            for source, ids in chosen.items()
            for row_id, row in details.read(source, ids).items()
        }
        names = details.people(r.member_id for r in rows.values() if r.member_id is not None)
        evidence = [
            _evidence(
                rowid, rows[source_of(rowid)], scores[rowid], meetings, dates, terms, details, names
            )
            for rowid in shown
            if source_of(rowid) in rows
        ]
    ranked = rank(evidence, today)
    return SearchResults(
        query=query,
        group_id=group_id,
        terms=terms,
        ranked=tuple(ranked),
        members=tuple(by_member(ranked, today)),
        more=max(0, len(best) - len(shown)),
    )


def _evidence(
    rowid: int,
    row: _Row,
    score: Score,
    meetings: Mapping[tuple[Source, int], int],
    dates: Mapping[int, dt.date],
    terms: tuple[QueryTerm, ...],
    details: _Details,
    names: Mapping[int, Person],
) -> Evidence:
    source, row_id = source_of(rowid)
    meeting_id = meetings.get((source, row_id))
    member = names.get(row.member_id) if row.member_id is not None else None
    return Evidence(
        kind=_KINDS[source],
        row_id=row_id,
        member_id=row.member_id,
        member_name=details.name(member) if member is not None else None,
        meeting_id=meeting_id,
        date=dates.get(meeting_id) if meeting_id is not None else None,
        level=row.level,
        score=score,
        snippet=snippet(display_text(row.heading, row.detail, row.text), terms),
        heading=row.heading,
        detail=row.detail,
        text=row.text,
    )


def is_meeting_theme(evidence: Evidence) -> bool:
    """Whether a "theme" result is a meeting's theme (`row_id` a meeting's id) rather than a
    theme proposal: a meeting's theme has no sharing level of its own, a proposal always has."""
    return evidence.kind is Kind.THEME and evidence.level is None
