"""The GDPR tools: everything stored about one person (access, art. 15), and erasure (art. 17).

Erasure removes what identifies or describes the person and keeps what the group's history
needs, attached to a nameless "former member":

removed:  name (replaced by the "former member" marker), e-mail, phone, address, notes, dietary
          needs, consent, expertise tags, the whole job history (employer and title would name
          them in past minutes), the diet and note of their sign-ups, the note of their
          attendance, their copy as a host visit's contact (name, e-mail, phone), and the
          coordinator entries (store.models.Coordinator) with their e-mail address;
kept:     their round-table entries (text, topics, sharing level), attendance status, sign-up
          answers (the past catering numbers), memberships (ended on the day of erasure), the
          action items they own, the themes and talks they proposed or gave, all shown as
          "former member".

The person is erased everywhere the app keeps a copy, in this order, so that a run killed at
any moment can be repeated (`person erase EMAIL` finds them by e-mail address until the
database itself is erased, and that comes last):

1. the file is compacted (`Database.compact`: VACUUM, then the write-ahead log folded in and
   emptied): no old version of their rows stays in a free page, and another program reading
   the database shows now, before anything changed (`ErasureBlocked`);
2. every backup in the backups folder that holds them is cleaned and replaced whole
   (`store.backup_erasure`, which says how the person is recognised in an older copy);
3. the database: one transaction with SQLite's `secure_delete` on (freed space is zeroed), then
   compacted again. A reader that arrived meanwhile, or a backup that could not be cleaned,
   raises `ErasureIncomplete`: the erasure is saved, but not yet everywhere.

Copies the app does not keep are not touched: a backup written elsewhere (`backup -o FILE`),
exports, e-mails.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from coordinator_app import __version__
from coordinator_app.domain.minutes import former_member
from coordinator_app.domain.validation import split_tags
from coordinator_app.services.errors import NotFound, ServiceError
from coordinator_app.store import backup_erasure, search_index
from coordinator_app.store.database import (
    Database,
    DatabaseError,
    ErasureBlocked,
    ErasureIncomplete,
)
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Coordinator,
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

EXPORT_FORMAT = "coordinator-person-export/1"


def find_person(db: Database, email: str) -> int:
    """The one person with this e-mail address (ignoring case); NotFound or ServiceError if
    there is none or more than one."""
    wanted = email.strip().lower()
    if not wanted:
        raise NotFound("Give the person's e-mail address.", code="email_required")
    with db.reading() as session:
        ids = list(
            session.scalars(
                select(Person.id).where(func.lower(Person.email) == wanted).order_by(Person.id)
            )
        )
    if not ids:
        raise NotFound(
            f"Nobody has the e-mail address {email.strip()}.",
            code="email_unknown",
            values={"email": email.strip()},
        )
    if len(ids) > 1:
        raise ServiceError(
            f"{len(ids)} people have the e-mail address {email.strip()}; "
            "correct the duplicate in the roster first.",
            code="email_ambiguous",
            values={"count": str(len(ids)), "email": email.strip()},
        )
    return ids[0]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _meetings(session: Session, meeting_ids: set[int]) -> dict[int, dict[str, Any]]:
    if not meeting_ids:
        return {}
    rows = session.execute(
        select(Meeting.id, Meeting.date, Meeting.theme, Group.name)
        .join(Group, Group.id == Meeting.group_id)
        .where(Meeting.id.in_(sorted(meeting_ids)))
    )
    return {
        mid: {"group": group, "meeting_date": date.isoformat(), "meeting_theme": theme}
        for mid, date, theme, group in rows
    }


def person_data(
    db: Database, person_id: int, *, exported_at: dt.datetime | None = None
) -> dict[str, Any]:
    """Everything stored about one person, as JSON-ready data (dates as ISO 8601 text)."""
    exported_at = exported_at or dt.datetime.now(dt.UTC)
    with db.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        jobs = [
            {
                "company": org.name,
                "industry": org.industry,
                "title": emp.title,
                "started_on": _date(emp.started_on),
                "ended_on": _date(emp.ended_on),
            }
            for emp, org in session.execute(
                select(Employment, Organisation)
                .join(Organisation, Organisation.id == Employment.organisation_id)
                .where(Employment.person_id == person_id)
                .order_by(Employment.started_on.nulls_first(), Employment.id)
            )
        ]
        memberships = [
            {
                "group": group,
                "joined_on": _date(m.joined_on),
                "left_on": _date(m.left_on),
                "role": m.role.value,
            }
            for m, group in session.execute(
                select(Membership, Group.name)
                .join(Group, Group.id == Membership.group_id)
                .where(Membership.person_id == person_id)
                .order_by(Membership.joined_on.nulls_first(), Membership.id)
            )
        ]
        signups = session.scalars(select(SignUp).where(SignUp.person_id == person_id)).all()
        attendance = session.scalars(
            select(Attendance).where(Attendance.person_id == person_id)
        ).all()
        entries = session.scalars(
            select(RoundTableEntry).where(RoundTableEntry.person_id == person_id)
        ).all()
        actions = session.scalars(
            select(ActionItem).where(ActionItem.owner_person_id == person_id)
        ).all()
        themes = session.scalars(
            select(ThemeProposal).where(ThemeProposal.proposed_by_person_id == person_id)
        ).all()
        talks = session.scalars(
            select(AgendaItem).where(AgendaItem.speaker_person_id == person_id)
        ).all()
        speakers = session.execute(
            select(SpeakerProposal, Group.name)
            .join(Group, Group.id == SpeakerProposal.group_id)
            .where(
                (SpeakerProposal.speaker_person_id == person_id)
                | (SpeakerProposal.proposed_by_person_id == person_id)
            )
            .order_by(SpeakerProposal.id)
        ).all()
        visits = session.scalars(
            select(HostVisit).where(HostVisit.contact_person_id == person_id)
        ).all()
        coordinating = _coordinator_entries(session, person.email)
        meeting_ids = {
            row.meeting_id
            for rows in (signups, attendance, entries, actions, themes, talks, visits)
            for row in rows
        } | {p.meeting_id for p, _ in speakers if p.meeting_id is not None}
        meetings = _meetings(session, meeting_ids)

        def at(meeting_id: int | None) -> dict[str, Any]:
            return dict(meetings.get(meeting_id, {})) if meeting_id is not None else {}

        def by_date(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return sorted(items, key=lambda item: str(item.get("meeting_date") or ""))

        return {
            "format": EXPORT_FORMAT,
            "exported_at": exported_at.replace(microsecond=0).isoformat(),
            "exported_by": f"Coordinator {__version__}",
            "person": {
                "id": person.id,
                "name": person.name,
                "email": person.email,
                "phone": person.phone,
                "address": person.address,
                "dietary_needs": person.dietary_needs,
                "consent_share_contact": person.consent_share_contact,
                "notes": person.notes,
                "expertise": [tag.tag for tag in person.expertise],
                "created_at": person.created_at.isoformat() if person.created_at else None,
                "updated_at": person.updated_at.isoformat() if person.updated_at else None,
                "erased_at": person.erased_at.isoformat() if person.erased_at else None,
            },
            "jobs": jobs,
            "memberships": memberships,
            "signups": by_date(
                [
                    {
                        **at(s.meeting_id),
                        "response": s.response.value,
                        "diet": s.diet,
                        "note": s.note,
                    }
                    for s in signups
                ]
            ),
            "attendance": by_date(
                [{**at(a.meeting_id), "status": a.status.value, "note": a.note} for a in attendance]
            ),
            "round_table": by_date(
                [
                    {
                        **at(e.meeting_id),
                        "text": e.text,
                        "topics": list(split_tags(e.topics)),
                        "sharing": e.confidentiality.value,
                    }
                    for e in entries
                ]
            ),
            "action_items": by_date(
                [
                    {
                        **at(a.meeting_id),
                        "text": a.text,
                        "due_on": _date(a.due_on),
                        "done_on": _date(a.done_on),
                    }
                    for a in actions
                ]
            ),
            "theme_proposals": by_date(
                [
                    {**at(t.meeting_id), "theme": t.theme, "votes": t.votes, "chosen": t.chosen}
                    for t in themes
                ]
            ),
            "talks": by_date(
                [
                    {
                        **at(t.meeting_id),
                        "title": t.title,
                        "notes": t.notes,
                        "minutes_notes": t.minutes_notes,
                    }
                    for t in talks
                ]
            ),
            "speaker_proposals": [
                {
                    "group": group,
                    **{k: v for k, v in at(p.meeting_id).items() if k != "group"},
                    "as_speaker": p.speaker_person_id == person_id,
                    "as_proposer": p.proposed_by_person_id == person_id,
                    "topic": p.topic,
                    "status": p.status.value,
                    "notes": p.notes,
                }
                for p, group in speakers
            ],
            "coordinator_of": [
                {
                    "group": group,
                    "position": c.position,
                    "name": c.name,
                    "email": c.email,
                    "phone": c.phone,
                    "signature": c.signature,
                }
                for c, group in coordinating
            ],
            "host_contact": by_date(
                [
                    {
                        **at(v.meeting_id),
                        "contact_name": v.contact_name,
                        "contact_email": v.contact_email,
                        "contact_phone": v.contact_phone,
                    }
                    for v in visits
                ]
            ),
        }


def _coordinator_entries(session: Session, email: str) -> list[tuple[Coordinator, str]]:
    """The coordinator entries (with their group's name) that have the address `email`
    (ignoring case and surrounding spaces): a coordinator is found by e-mail address."""
    key = email.strip().lower()
    if not key:
        return []
    # Compared in Python, as `backup_erasure.email_key` compares them in the backups (SQL's
    # lower() folds ASCII letters only); a database has a few coordinators per group.
    return [
        (row, group)
        for row, group in session.execute(
            select(Coordinator, Group.name)
            .join(Group, Group.id == Coordinator.group_id)
            .order_by(Group.id, Coordinator.position)
        )
        if row.email.strip().lower() == key
    ]


def person_json(data: dict[str, Any]) -> bytes:
    """`person_data` as the UTF-8 JSON file a person is given."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Erasure:
    """What an erasure cleaned besides the database: the backups folder, how many backups it
    checked there and how many held the person and were cleaned."""

    backups_folder: Path | None
    backups_checked: int
    backups_cleaned: int


def _identity(db: Database, person_id: int) -> backup_erasure.Identity | None:
    """Who to look for in the backups; None for a person erased already (nothing identifies
    them any more: their backups were cleaned when they were erased)."""
    with db.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        if person.erased_at is not None:
            return None
        return backup_erasure.Identity(person_id, person.name, person.email, person.phone)


def _erase_in_database(db: Database, person_id: int, former_name: str, now: dt.datetime) -> None:
    today = now.date()
    with db.session() as session:
        # Freed space in the pages is zeroed: nothing of the old values waits for VACUUM.
        session.execute(text("PRAGMA secure_delete=ON"))
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        # Their entries as a group's coordinator, found by their address (before it goes).
        for row, _group in _coordinator_entries(session, person.email):
            session.delete(row)
        person.name = former_name
        person.email = person.phone = person.address = ""
        person.dietary_needs = person.notes = ""
        person.consent_share_contact = False
        if person.erased_at is None:
            person.erased_at = now
        session.execute(delete(ExpertiseTag).where(ExpertiseTag.person_id == person_id))
        session.execute(delete(Employment).where(Employment.person_id == person_id))
        session.expire(person, ["expertise", "employments"])
        session.execute(
            update(Membership)
            .where(Membership.person_id == person_id, Membership.left_on.is_(None))
            .values(left_on=today)
        )
        session.execute(
            update(SignUp).where(SignUp.person_id == person_id).values(diet="", note="")
        )
        session.execute(update(Attendance).where(Attendance.person_id == person_id).values(note=""))
        session.execute(
            update(HostVisit)
            .where(HostVisit.contact_person_id == person_id)
            .values(contact_person_id=None, contact_name="", contact_email="", contact_phone="")
        )
        # Their profile leaves the search index now, and none of its words stay in its pages.
        session.flush()
        search_index.forget_deleted(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]


def erase_person(
    db: Database, person_id: int, *, lang: str = "da", now: dt.datetime | None = None
) -> Erasure:
    """Erase a person's personal data here and in the backups folder (see the module
    docstring); cannot be undone.

    Raises NotFound; ErasureBlocked (nothing was erased: another program is reading the
    database); the store's errors of a full or read-only disk (the database was not erased yet;
    backups cleaned so far stay cleaned); ErasureIncomplete (the database was erased, but erased
    values may remain in its file until the log is folded in, or in the backups it names).
    """
    now = now or dt.datetime.now(dt.UTC)
    former_name = former_member(lang)
    who = _identity(db, person_id)
    try:
        db.compact()
    except ErasureIncomplete as exc:
        raise ErasureBlocked(
            "Nothing was erased: another program is reading the database, and the erased data "
            "would stay in the file for as long as it reads. Close it and try again."
        ) from exc
    cleaned: backup_erasure.BackupsErased | None = None
    if db.path is not None and who is not None:
        cleaned = backup_erasure.erase_from_backups(
            db.path, who, former_name=former_name, now=now, key=db.key
        )
    _erase_in_database(db, person_id, former_name, now)
    in_file = False
    try:
        db.compact()
    except DatabaseError:
        in_file = True
    uncleaned = cleaned.uncleaned if cleaned is not None else ()
    if in_file or uncleaned:
        raise ErasureIncomplete(_incomplete_message(in_file, uncleaned), in_file=in_file,
                                uncleaned=uncleaned)  # fmt: skip
    return Erasure(
        backups_folder=cleaned.folder if cleaned is not None else None,
        backups_checked=cleaned.checked if cleaned is not None else 0,
        backups_cleaned=len(cleaned.cleaned) if cleaned is not None else 0,
    )


def _incomplete_message(in_file: bool, uncleaned: tuple[Path, ...]) -> str:
    parts = ["The personal data was erased"]
    if in_file:
        parts.append(
            ", but old copies of it may remain in the database file: another program kept "
            "reading it, or the disk was too full to compact it. They go when the database is "
            "closed while no other program has it open, or at the latest with the next erasure"
        )
    if uncleaned:
        names = ", ".join(str(p) for p in uncleaned)
        parts.append(
            f"{'; and' if in_file else ', but'} {len(uncleaned)} backup(s) that hold it could "
            f"not be cleaned (damaged, from a newer version, or changed by another program): "
            f"{names}. Delete them yourself"
        )
    return "".join(parts) + "."
