"""Build a synthetic Coordinator database at a chosen scale, the same file for the same seed.

    python benchmarks/generate.py --scale large [--seed 7] [--out PATH] [--force]

Scales ("people" counts everyone in the file):

    tiny    3 groups,      60 people,  2 years (for the smoke test)
    large   200 groups,  5,000 people, 20 years of four meetings per group (16,000 meetings),
            150,000 round-table entries, 100,000 agenda items
    xl      large plus 95,000 people in an association-wide group: 100,000 people

The file is made by the app itself (`open_database`: the Alembic schema, the pragmas), then
filled with SQLAlchemy Core bulk inserts (lists of dicts, one transaction), so it is a real
Coordinator database that the app opens like any other. Ids are given explicitly, so rows can
refer to each other without reading anything back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    Role,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.logistics import default_checklist
from coordinator_app.domain.meetings import default_agenda_template
from coordinator_app.store import search_index
from coordinator_app.store.database import open_database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Base,
    ChecklistItem,
    Decision,
    Employment,
    ExpertiseTag,
    Group,
    HostVisit,
    Meeting,
    Membership,
    Organisation,
    Person,
    RoundTableEntry,
    SignUp,
    SpeakerProposal,
    ThemeProposal,
)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(ROOT))

from benchmarks import vocabulary as words  # noqa: E402

#: Bump when the generated content changes, so that cached files are made again.
GENERATOR_VERSION = 1
DEFAULT_SEED = 7
DATA_DIR = Path(__file__).resolve().parent / "data"
# The last year with meetings; meetings up to HELD_UNTIL have been held and have minutes.
LAST_YEAR = 2027
HELD_UNTIL = dt.date(2026, 6, 30)
# The biggest round table the data holds (the minutes benchmark opens a meeting with this many).
BIG_ROUND_TABLE = 40
_STAMP = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
_CHUNK = 20_000


@dataclass(frozen=True)
class Scale:
    name: str
    groups: int
    people: int  # people in the network groups
    years: int
    round_table_entries: int
    agenda_items: int
    association_people: int = 0  # more people, members of one association-wide group only

    @property
    def total_people(self) -> int:
        return self.people + self.association_people


SCALES: dict[str, Scale] = {
    "tiny": Scale("tiny", groups=3, people=60, years=2, round_table_entries=100, agenda_items=100),
    "large": Scale(
        "large",
        groups=200,
        people=5_000,
        years=20,
        round_table_entries=150_000,
        agenda_items=100_000,
    ),
    "xl": Scale(
        "xl",
        groups=200,
        people=5_000,
        years=20,
        round_table_entries=150_000,
        agenda_items=100_000,
        association_people=95_000,
    ),
}

ASSOCIATION_GROUP = "Foreningens medlemmer"


@dataclass
class Stats:
    """Rows written per table, and how long the generation took."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        parts = ", ".join(f"{table} {count:,}" for table, count in self.rows.items())
        return f"{parts} in {self.seconds:.1f} s"


@dataclass
class _Member:
    person_id: int
    company_id: int
    joined: dt.date
    left: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    table = str.maketrans(
        {"ø": "oe", "æ": "ae", "ł": "l", "þ": "th", "ð": "d", "đ": "d", "ı": "i", "ß": "ss"}
    )
    return "".join(c for c in folded.translate(table) if c.isascii() and (c.isalnum() or c == " "))


def _spread(rng: random.Random, counts: list[int], target: int, low: int, caps: list[int]) -> None:
    """Nudge `counts` (each within low..cap) until they add up to `target`, where possible."""
    target = max(min(target, sum(caps)), low * len(counts))
    diff = target - sum(counts)
    n = len(counts)
    while diff:
        i = rng.randrange(n)
        if diff > 0 and counts[i] < caps[i]:
            counts[i] += 1
            diff -= 1
        elif diff < 0 and counts[i] > low:
            counts[i] -= 1
            diff += 1


def _date_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange(max(1, (last - first).days + 1)))


def _meeting_day(rng: random.Random, year: int, quarter: int) -> dt.date:
    """A Tuesday to Thursday in the middle month of the quarter, away from school holidays."""
    month = (2, 5, 9, 11)[quarter]
    day = dt.date(year, month, rng.randint(3, 24))
    while day.weekday() not in (1, 2, 3):
        day += dt.timedelta(days=1)
    return day


class _Writer:
    """Bulk inserts in chunks, counting the rows of each table."""

    def __init__(self, conn: Connection, stats: Stats) -> None:
        self.conn = conn
        self.stats = stats

    def write(self, model: type[Base], rows: Iterable[dict[str, Any]]) -> None:
        table = model.__table__
        assert isinstance(table, Table)
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _CHUNK:
                self._flush(table, batch)
                batch = []
        if batch:
            self._flush(table, batch)

    def _flush(self, table: Table, batch: list[dict[str, Any]]) -> None:
        self.conn.execute(insert(table), batch)
        self.stats.rows[table.name] = self.stats.rows.get(table.name, 0) + len(batch)


class _Generator:
    def __init__(self, scale: Scale, seed: int) -> None:
        self.scale = scale
        self.rng = random.Random(f"{seed}-{scale.name}-{GENERATOR_VERSION}")
        self.first_year = LAST_YEAR - scale.years + 1
        self.used_names: set[str] = set()
        self.org_industry: list[str] = [""]  # index = organisation id

    # -- names ------------------------------------------------------------------------------
    def person_name(self) -> str:
        rng = self.rng
        for attempt in range(50):
            if rng.random() < 0.05:
                name = rng.choice(words.FOREIGN)
                if attempt or name in self.used_names:
                    name = f"{name.split()[0]} {rng.choice(words.LAST)} {name.split()[-1]}"
            else:
                first = rng.choice(words.FIRST)
                if rng.random() < 0.3:
                    first += " " + rng.choice(words.FIRST)
                middle = f" {rng.choice(words.LAST)}" if rng.random() < 0.4 else ""
                name = f"{first}{middle} {rng.choice(words.LAST)}"
            if name not in self.used_names or attempt > 3:
                self.used_names.add(name)
                return name
        return name

    def text(self, count: int, tags: Sequence[str]) -> str:
        rng = self.rng
        return " ".join(
            sentence.format(
                system=rng.choice(words.SYSTEMS),
                n=rng.randint(2, 40),
                tag=rng.choice(tags),
                month=rng.choice(words.MONTHS),
            )
            for sentence in rng.sample(words.SENTENCES, count)
        )

    # -- tables -----------------------------------------------------------------------------
    def organisations(self, count: int) -> list[dict[str, Any]]:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        names: set[str] = set()
        while len(rows) < count:
            kind, industry = rng.choice(words.COMPANY_KINDS)
            name = (
                f"{rng.choice(words.COMPANY_WORDS)}"
                f"{kind.lower() if rng.random() < 0.4 else ' ' + kind}"
            )
            form = rng.choice(words.COMPANY_FORMS)
            name = f"{name} {form}".strip()
            if name in names:
                name = f"{name} {rng.choice(words.REGIONS)}"
                if name in names:
                    continue
            names.add(name)
            rows.append(
                {
                    "id": len(rows) + 1,
                    "name": name,
                    "industry": industry,
                    "address": f"{rng.choice(words.STREETS)} {rng.randint(1, 250)}, "
                    f"{rng.choice(words.TOWNS)}",
                    "notes": "",
                    "hosting_paused": rng.random() < 0.03,
                }
            )
            self.org_industry.append(industry)
        return rows

    def person(self, person_id: int, company_id: int, domain: str) -> dict[str, Any]:
        rng = self.rng
        name = self.person_name()
        local = ".".join(_ascii(name).split()[:: max(1, len(name.split()) - 1)]) or "medlem"
        diet = rng.choice(words.DIETS) if rng.random() < 0.12 else ""
        return {
            "id": person_id,
            "name": name,
            "email": f"{local}{person_id}@{domain}",
            "phone": f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
            "address": "",
            "dietary_needs": diet,
            "consent_share_contact": rng.random() < 0.7,
            "notes": "",
            "erased_at": None,
            "created_at": _STAMP,
            "updated_at": _STAMP,
        }


def _domain(org_name: str) -> str:
    words = _ascii(org_name).split()
    return (words[0] if words else "firma") + ".example"


def generate(path: Path, scale: Scale, seed: int = DEFAULT_SEED) -> Stats:
    """Write a new database at `path` (which must not exist yet) at `scale`, from `seed`."""
    if path.exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    gen = _Generator(scale, seed)
    rng = gen.rng
    stats = Stats()
    # Built under another name and renamed when complete: a half-made file is never used.
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(partial)
    try:
        with db.engine.begin() as conn:
            _fill(_Writer(conn, stats), gen, rng, scale)
            # Bulk inserts bypass the sessions, whose commits keep the search index in step:
            # build it in the same transaction, as migration 0005 does.
            search_index.rebuild(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    finally:
        db.close()
    partial.replace(path)
    stats.seconds = time.perf_counter() - started
    return stats


def _fill(out: _Writer, gen: _Generator, rng: random.Random, scale: Scale) -> None:
    first_year, years = gen.first_year, scale.years
    history_start = dt.date(first_year - 4, 1, 1)

    # Organisations -----------------------------------------------------------------------
    org_rows = gen.organisations(max(10, scale.total_people // 4 + scale.groups))
    org_names = {row["id"]: row["name"] for row in org_rows}
    org_count = len(org_rows)
    out.write(Organisation, org_rows)

    # Groups and their sizes: every tenth group is a big one (round tables of 40).
    group_rows: list[dict[str, Any]] = []
    names = [f"{topic} {region}" for region in words.REGIONS for topic in words.TOPICS]
    rng.shuffle(names)
    weights = [2.0 if g % 10 == 0 else 1.0 for g in range(scale.groups)]
    sizes = [int(scale.people * w / sum(weights)) for w in weights]
    for g in range(scale.people - sum(sizes)):
        sizes[1 + g % max(1, scale.groups - 1) if scale.groups > 1 else 0] += 1
    for g in range(scale.groups):
        group_rows.append(
            {
                "id": g + 1,
                "name": names[g % len(names)] + ("" if g < len(names) else f" {g // len(names)}"),
                "description": "Netværksgruppe i foreningen; fire mødedage om året.",
                "created_at": _STAMP,
            }
        )
    if scale.association_people:
        group_rows.append(
            {
                "id": scale.groups + 1,
                "name": ASSOCIATION_GROUP,
                "description": "Alle foreningens medlemmer.",
                "created_at": _STAMP,
            }
        )
    out.write(Group, group_rows)

    # People, jobs, expertise and memberships ------------------------------------------------
    people: list[dict[str, Any]] = []
    jobs: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    members: list[list[_Member]] = []
    person_tags: dict[int, list[str]] = {}

    def add_person(company_id: int) -> int:
        person_id = len(people) + 1
        people.append(gen.person(person_id, company_id, _domain(org_names[company_id])))
        if rng.random() < 0.3:  # an earlier job, ended
            earlier = rng.randint(1, org_count)
            start = _date_between(rng, history_start, dt.date(first_year + years // 2, 1, 1))
            jobs.append(
                {
                    "id": len(jobs) + 1,
                    "person_id": person_id,
                    "organisation_id": earlier,
                    "title": rng.choice(words.TITLES),
                    "started_on": start,
                    "ended_on": start + dt.timedelta(days=rng.randint(300, 2500)),
                }
            )
        jobs.append(
            {
                "id": len(jobs) + 1,
                "person_id": person_id,
                "organisation_id": company_id,
                "title": rng.choice(words.TITLES),
                "started_on": _date_between(rng, history_start, dt.date(LAST_YEAR - 1, 1, 1)),
                "ended_on": None,
            }
        )
        chosen = rng.sample(words.TAGS, rng.randint(1, 4))
        person_tags[person_id] = chosen
        for position, tag in enumerate(chosen):
            tags.append(
                {"id": len(tags) + 1, "person_id": person_id, "tag": tag, "position": position}
            )
        return person_id

    for g in range(scale.groups):
        group_members: list[_Member] = []
        for n in range(sizes[g]):
            company = rng.randint(1, org_count)
            pid = add_person(company)
            # About a third have left; the others are members today.
            if rng.random() < 0.35:
                joined = _date_between(rng, history_start, dt.date(LAST_YEAR - 3, 1, 1))
                left: dt.date | None = _date_between(
                    rng, joined + dt.timedelta(days=400), HELD_UNTIL
                )
            else:
                joined = _date_between(rng, history_start, dt.date(LAST_YEAR - 1, 6, 1))
                left = None
            group_members.append(_Member(pid, company, joined, left))
            memberships.append(
                {
                    "id": len(memberships) + 1,
                    "person_id": pid,
                    "group_id": g + 1,
                    "joined_on": joined,
                    "left_on": left,
                    "role": Role.COORDINATOR if n == 0 else Role.MEMBER,
                }
            )
        members.append(group_members)
    if scale.association_people:
        association_id = scale.groups + 1
        for pid in range(1, len(people) + 1):  # everyone in the groups is a member too
            memberships.append(
                {
                    "id": len(memberships) + 1,
                    "person_id": pid,
                    "group_id": association_id,
                    "joined_on": _date_between(rng, history_start, HELD_UNTIL),
                    "left_on": None,
                    "role": Role.MEMBER,
                }
            )
        for _ in range(scale.association_people):
            pid = add_person(rng.randint(1, org_count))
            memberships.append(
                {
                    "id": len(memberships) + 1,
                    "person_id": pid,
                    "group_id": association_id,
                    "joined_on": _date_between(rng, history_start, HELD_UNTIL),
                    "left_on": None,
                    "role": Role.MEMBER,
                }
            )
    out.write(Person, people)
    out.write(Employment, jobs)
    out.write(ExpertiseTag, tags)
    out.write(Membership, memberships)

    # Meetings --------------------------------------------------------------------------------
    meetings: list[dict[str, Any]] = []
    meeting_group: list[int] = []  # index = meeting id - 1
    for g in range(scale.groups):
        for year in range(first_year, LAST_YEAR + 1):
            for quarter in range(4):
                day = _meeting_day(rng, year, quarter)
                eligible = [m for m in members[g] if m.active_on(day)] or members[g]
                host = rng.choice(eligible).company_id
                if day <= HELD_UNTIL:
                    status = MeetingStatus.CANCELLED if rng.random() < 0.02 else MeetingStatus.HELD
                    minutes = rng.choice(
                        (MinutesStatus.APPROVED, MinutesStatus.APPROVED, MinutesStatus.SENT)
                    )
                else:
                    status = rng.choice((MeetingStatus.PLANNED, MeetingStatus.CONFIRMED))
                    minutes = MinutesStatus.DRAFT
                meetings.append(
                    {
                        "id": len(meetings) + 1,
                        "group_id": g + 1,
                        "date": day,
                        "start_time": dt.time(9, 30),
                        "end_time": dt.time(16, 0),
                        "theme": rng.choice(words.THEMES).format(tag=rng.choice(words.TAGS)),
                        "status": status,
                        "host_organisation_id": host,
                        "notes": "",
                        "ical_uid": f"{uuid.UUID(int=rng.getrandbits(128))}@coordinator-app",
                        "ical_sequence": rng.randint(0, 3),
                        "minutes_status": minutes,
                        "created_at": _STAMP,
                        "updated_at": _STAMP,
                    }
                )
                meeting_group.append(g)
    out.write(Meeting, meetings)

    # Agenda items: 3 to 10 of the template's items per meeting, adding up to the scale's total.
    template = default_agenda_template("da").items
    agenda_counts = [rng.randint(4, 9) for _ in meetings]
    _spread(rng, agenda_counts, scale.agenda_items, 3, [len(template)] * len(meetings))

    def agenda_rows() -> Iterable[dict[str, Any]]:
        item_id = 0
        for meeting, count in zip(meetings, agenda_counts, strict=True):
            group = members[meeting_group[meeting["id"] - 1]]
            picked = sorted(rng.sample(range(len(template)), count))
            for position, index in enumerate(picked):
                item = template[index]
                item_id += 1
                speaker_id: int | None = None
                speaker_name = speaker_org = ""
                if item.kind is AgendaKind.TALK:
                    if rng.random() < 0.5:
                        speaker_id = rng.choice(group).person_id
                    else:
                        speaker_name = gen.person_name()
                        speaker_org = org_names[rng.randint(1, org_count)]
                yield {
                    "id": item_id,
                    "meeting_id": meeting["id"],
                    "position": position,
                    "duration_minutes": item.duration_minutes,
                    "title": item.title,
                    "kind": item.kind,
                    "speaker_person_id": speaker_id,
                    "speaker_name": speaker_name,
                    "speaker_organisation": speaker_org,
                    "notes": "",
                }

    out.write(AgendaItem, agenda_rows())

    # Round tables and attendance of the meetings held. ---------------------------------------
    held = [m for m in meetings if m["status"] is MeetingStatus.HELD]
    caps = [min(len(members[meeting_group[m["id"] - 1]]), BIG_ROUND_TABLE) for m in held]
    entry_counts = [min(cap, rng.randint(7, 13)) for cap in caps]
    # The latest meeting held by the first (big) group has the biggest round table.
    showcase = max((i for i, m in enumerate(held) if meeting_group[m["id"] - 1] == 0), default=-1)
    rest = [i for i in range(len(held)) if i != showcase]
    counts = [entry_counts[i] for i in rest]
    fixed = caps[showcase] if showcase >= 0 else 0
    _spread(rng, counts, scale.round_table_entries - fixed, 1, [caps[i] for i in rest])
    for i, count in zip(rest, counts, strict=True):
        entry_counts[i] = count
    if showcase >= 0:
        entry_counts[showcase] = fixed

    entries: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    entry_id = 0
    for meeting, count in zip(held, entry_counts, strict=True):
        day = meeting["date"]
        group = members[meeting_group[meeting["id"] - 1]]
        eligible = [m for m in group if m.active_on(day)]
        others = [m for m in group if not m.active_on(day)]
        rng.shuffle(eligible)
        rng.shuffle(others)
        pool = eligible + others
        present, absent = pool[:count], pool[count : count + rng.randint(0, 3)]
        for position, member in enumerate(present):
            pid = member.person_id
            entry_id += 1
            entries.append(
                {
                    "id": entry_id,
                    "meeting_id": meeting["id"],
                    "person_id": pid,
                    "position": position,
                    "text": gen.text(rng.randint(2, 4), person_tags[pid]),
                    "topics": ", ".join(rng.sample(person_tags[pid], 1)),
                    "confidentiality": rng.choices(
                        (
                            Confidentiality.GROUP_ONLY,
                            Confidentiality.ANONYMOUS,
                            Confidentiality.SHAREABLE,
                        ),
                        (6, 2, 2),
                    )[0],
                }
            )
            attendance.append(
                {
                    "id": len(attendance) + 1,
                    "meeting_id": meeting["id"],
                    "person_id": pid,
                    "status": AttendanceStatus.LATE
                    if rng.random() < 0.05
                    else AttendanceStatus.PRESENT,
                    "note": "",
                }
            )
        for member in absent:
            attendance.append(
                {
                    "id": len(attendance) + 1,
                    "meeting_id": meeting["id"],
                    "person_id": member.person_id,
                    "status": rng.choice((AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)),
                    "note": "",
                }
            )
        if len(entries) >= _CHUNK:
            out.write(RoundTableEntry, entries)
            entries = []
    out.write(RoundTableEntry, entries)
    out.write(Attendance, attendance)
    del entries, attendance

    # Decisions, action items and theme proposals of the meetings held. -----------------------
    decisions: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    themes: list[dict[str, Any]] = []
    for meeting in held:
        group = members[meeting_group[meeting["id"] - 1]]
        host = org_names[meeting["host_organisation_id"]]
        for position in range(rng.randint(0, 3)):
            decisions.append(
                {
                    "id": len(decisions) + 1,
                    "meeting_id": meeting["id"],
                    "position": position,
                    "text": rng.choice(words.DECISIONS).format(
                        host=host, tag=rng.choice(words.TAGS)
                    ),
                }
            )
        for _ in range(rng.randint(0, 2)):
            due = meeting["date"] + dt.timedelta(days=rng.randint(14, 90))
            actions.append(
                {
                    "id": len(actions) + 1,
                    "meeting_id": meeting["id"],
                    "owner_person_id": rng.choice(group).person_id,
                    "text": rng.choice(words.ACTIONS).format(tag=rng.choice(words.TAGS)),
                    "due_on": due,
                    "done_on": due if due < HELD_UNTIL - dt.timedelta(days=60) else None,
                }
            )
        count = rng.randint(2, 3)
        chosen = rng.randrange(count)
        for n in range(count):
            themes.append(
                {
                    "id": len(themes) + 1,
                    "meeting_id": meeting["id"],
                    "proposed_by_person_id": rng.choice(group).person_id,
                    "theme": rng.choice(words.THEMES).format(tag=rng.choice(words.TAGS)),
                    "votes": rng.randint(0, 9),
                    "chosen": n == chosen,
                }
            )
    out.write(Decision, decisions)
    out.write(ActionItem, actions)
    out.write(ThemeProposal, themes)
    del decisions, actions, themes

    # Speaker proposals: a pipeline per group. --------------------------------------------
    speakers: list[dict[str, Any]] = []
    group_meetings: dict[int, list[int]] = {}
    for meeting in meetings:
        group_meetings.setdefault(meeting["group_id"], []).append(meeting["id"])
    for g in range(scale.groups):
        for _ in range(rng.randint(4, 12)):
            internal = rng.random() < 0.4
            speakers.append(
                {
                    "id": len(speakers) + 1,
                    "group_id": g + 1,
                    "proposed_by_person_id": rng.choice(members[g]).person_id,
                    "speaker_person_id": rng.choice(members[g]).person_id if internal else None,
                    "speaker_name": "" if internal else gen.person_name(),
                    "speaker_organisation": ""
                    if internal
                    else org_names[rng.randint(1, org_count)],
                    "topic": rng.choice(words.THEMES).format(tag=rng.choice(words.TAGS)),
                    "status": rng.choice(list(SpeakerStatus)),
                    "meeting_id": rng.choice(group_meetings[g + 1]) if rng.random() < 0.5 else None,
                    "notes": "",
                }
            )
    out.write(SpeakerProposal, speakers)

    # Host visits for every meeting; sign-ups and checklists for the last two years. ------------
    def visits() -> Iterable[dict[str, Any]]:
        for meeting in meetings:
            group = members[meeting_group[meeting["id"] - 1]]
            contact = rng.choice(group)
            yield {
                "id": meeting["id"],
                "meeting_id": meeting["id"],
                "contact_person_id": contact.person_id,
                "contact_name": "",
                "contact_email": "",
                "contact_phone": "",
                "address": f"{rng.choice(words.STREETS)} {rng.randint(1, 250)}, "
                f"{rng.choice(words.TOWNS)}",
                "directions": "Indgang fra gårdsiden; meld jer i receptionen.",
                "parking": "Gæsteparkering bag bygningen." if rng.random() < 0.6 else "",
                "public_transport": "10 minutters gang fra stationen.",
                "room": f"Mødelokale {rng.randint(1, 12)}",
                "av_equipment": "Skærm med HDMI og USB-C",
                "wifi": "Gæstenet, kode i receptionen",
                "catering_breakfast": "Rundstykker og kaffe",
                "catering_lunch": "Frokostbuffet",
                "catering_coffee": "Kaffe og kage kl. 14",
                "tour_guide": "",
                "tour_minutes": rng.choice((None, 45, 60, 90)),
                "tour_max_participants": rng.choice((None, 15, 20, 25)),
                "tour_requires_id": rng.random() < 0.3,
                "tour_requires_nda": rng.random() < 0.1,
                "tour_requires_safety_shoes": rng.random() < 0.1,
                "tour_no_photos": rng.random() < 0.3,
                "tour_other_requirements": "",
                "notes": "",
            }

    out.write(HostVisit, visits())

    recent = [m for m in meetings if m["date"].year >= LAST_YEAR - 1]
    checklist = default_checklist("da").items
    signups: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    for meeting in recent:
        group = members[meeting_group[meeting["id"] - 1]]
        for member in group:
            if not member.active_on(meeting["date"]):
                continue
            signups.append(
                {
                    "id": len(signups) + 1,
                    "meeting_id": meeting["id"],
                    "person_id": member.person_id,
                    "guest_name": "",
                    "guest_organisation": "",
                    "response": rng.choices(
                        (Rsvp.YES, Rsvp.NO, Rsvp.MAYBE, Rsvp.INVITED), (6, 2, 1, 2)
                    )[0],
                    "diet": "",
                    "note": "",
                }
            )
        for position, task in enumerate(checklist):
            due = meeting["date"] + dt.timedelta(days=task.offset_days)
            tasks.append(
                {
                    "id": len(tasks) + 1,
                    "meeting_id": meeting["id"],
                    "position": position,
                    "title": task.title,
                    "offset_days": task.offset_days,
                    "done_on": due if due < HELD_UNTIL else None,
                }
            )
    out.write(SignUp, signups)
    out.write(ChecklistItem, tasks)


def default_path(scale: str, seed: int = DEFAULT_SEED) -> Path:
    """Where the runner caches the database of `scale` (benchmarks/data/, not in git)."""
    return DATA_DIR / f"{scale}-seed{seed}-v{GENERATOR_VERSION}.sqlite"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="the new database file (default: the cache)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    args = parser.parse_args(argv)
    path: Path = args.out or default_path(args.scale, args.seed)
    if path.exists():
        if not args.force:
            print(f"{path} exists (use --force to make it again)", file=sys.stderr)
            return 1
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    stats = generate(path, SCALES[args.scale], args.seed)
    print(f"{path}: {stats.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
