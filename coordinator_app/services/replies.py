"""Members' answers from their calendars, matched to meetings and members and saved as sign-ups.

A front end reads the files (`exchange/itip_replies.py`) and hands the replies here. Planning
changes nothing (`plan_replies`): each reply is matched to its meeting by UID and to the member
by the ATTENDEE's address, then by the member's other addresses, then by the mail's From:

- the roster's address of a member of the meeting's group (or of anyone with a sign-up for it);
- an address the app knows for that person besides: the one typed for them as a visit's
  contact (the roster keeps one address per person; a job has none);
- each compared case-blind, `mailto:` removed (`domain.itip.normalise_address`).

ACCEPTED, DECLINED and TENTATIVE become yes, no and maybe; the attendee's comment becomes the
sign-up's note (a reply without one leaves the note). A reply is

- applied: newer than the answer recorded from a reply, if any;
- stale: not newer (RFC 5546 2.1.5: the SEQUENCE, then the DTSTAMP; the same reply imported
  twice is stale the second time), or beaten by a newer reply of the same member in the same
  import;
- unknown: no meeting has its UID, the meeting is cancelled, no member has its addresses, or
  its PARTSTAT is no answer; a file without a reply is listed as unknown too.

`apply_replies` saves the applied ones in one transaction (checking again that each is still
newer) and returns what undo needs; `restore_replies` puts it back, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.itip import CalendarReply, UnreadReply, reply_version
from coordinator_app.store.database import Database
from coordinator_app.store.models import HostVisit, Meeting, Membership, Person, SignUp

APPLIED = "applied"
STALE = "stale"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReplyOutcome:
    """What importing one reply does (or one file that holds none: `reply` is None).

    `reason`: "" when applied; for stale "already_recorded", "older" or "superseded"; for
    unknown "meeting_unknown", "meeting_cancelled", "member_unknown", "answer_unsupported" or
    the code of an unread file (`domain.itip.UnreadReply`). `earlier_invitation`: the answer
    is to an invitation from before the meeting's date, time, place or status last changed.
    """

    kind: str
    reason: str
    source: str
    reply: CalendarReply | None = None
    meeting_id: int | None = None
    meeting_date: dt.date | None = None
    person_id: int | None = None
    member: str = ""
    answer: Rsvp | None = None
    earlier_invitation: bool = False

    @property
    def comment(self) -> str:
        return self.reply.comment if self.reply is not None else ""


@dataclass(frozen=True)
class ReplyPlan:
    """Every reply's outcome, in the order the replies came."""

    outcomes: tuple[ReplyOutcome, ...] = ()

    def of_kind(self, kind: str) -> list[ReplyOutcome]:
        return [o for o in self.outcomes if o.kind == kind]

    @property
    def applied(self) -> list[ReplyOutcome]:
        return self.of_kind(APPLIED)

    @property
    def stale(self) -> list[ReplyOutcome]:
        return self.of_kind(STALE)

    @property
    def unknown(self) -> list[ReplyOutcome]:
        return self.of_kind(UNKNOWN)


@dataclass(frozen=True)
class SignupBackup:
    """A sign-up as it was before a reply was applied (`existed`: there was a row)."""

    meeting_id: int
    person_id: int
    existed: bool
    response: Rsvp
    diet: str
    note: str
    reply_sequence: int | None
    reply_stamp: dt.datetime | None


@dataclass
class _People:
    """The people a meeting's replies can come from, by address."""

    names: dict[int, str]
    roster: dict[str, int]
    other: dict[str, int]

    def find(self, *addresses: str) -> int | None:
        for address in addresses:
            if not address:
                continue
            for table in (self.roster, self.other):
                if address in table:
                    return table[address]
        return None


def _people(session: Session, meeting: Meeting) -> _People:
    members = select(Membership.person_id).where(Membership.group_id == meeting.group_id)
    signed_up = select(SignUp.person_id).where(
        SignUp.meeting_id == meeting.id, SignUp.person_id.is_not(None)
    )
    rows = session.execute(
        select(Person.id, Person.name, Person.email)
        .where(
            Person.erased_at.is_(None),
            Person.id.in_(members) | Person.id.in_(signed_up),
        )
        .order_by(Person.id)
    ).all()
    names = {pid: name for pid, name, _email in rows}
    roster: dict[str, int] = {}
    for pid, _name, address in rows:
        key = "".join(address.split()).casefold()
        if key:
            roster.setdefault(key, pid)
    other: dict[str, int] = {}
    if names:
        for contact_id, address in session.execute(
            select(HostVisit.contact_person_id, HostVisit.contact_email)
            .where(HostVisit.contact_person_id.in_(sorted(names)))
            .order_by(HostVisit.id)
        ):
            key = "".join((address or "").split()).casefold()
            if key and contact_id is not None:
                other.setdefault(key, contact_id)
    return _People(names, roster, other)


def _recorded(session: Session, meeting_id: int, person_id: int) -> SignUp | None:
    return session.scalar(
        select(SignUp).where(SignUp.meeting_id == meeting_id, SignUp.person_id == person_id)
    )


def _is_newer(reply: CalendarReply, row: SignUp | None) -> bool:
    if row is None or row.reply_sequence is None:
        return True
    return reply_version(reply.sequence, reply.stamp) > reply_version(
        row.reply_sequence, row.reply_stamp
    )


def _meetings(session: Session, uids: set[str]) -> tuple[dict[str, Meeting], dict[str, Meeting]]:
    exact = {
        m.ical_uid: m
        for m in session.scalars(select(Meeting).where(Meeting.ical_uid.in_(sorted(uids))))
    }
    folded: dict[str, Meeting] = {}
    if len(exact) < len(uids):
        # A program that changed the UID's case (rare): compared case-blind as a last resort.
        wanted = {uid.casefold() for uid in uids if uid not in exact}
        for meeting in session.scalars(select(Meeting)):
            if meeting.ical_uid.casefold() in wanted:
                folded.setdefault(meeting.ical_uid.casefold(), meeting)
    return exact, folded


def plan_replies(
    db: Database, replies: Sequence[CalendarReply], unread: Sequence[UnreadReply] = ()
) -> ReplyPlan:
    """What importing `replies` would do; changes nothing. Files that gave no reply (`unread`)
    are listed as unknown after them."""
    outcomes: list[ReplyOutcome] = []
    # (meeting, person) → index in outcomes of the newest applied reply so far.
    best: dict[tuple[int, int], int] = {}
    with db.reading() as session:
        exact, folded = _meetings(session, {r.uid for r in replies})
        people: dict[int, _People] = {}
        for reply in replies:
            meeting = exact.get(reply.uid) or folded.get(reply.uid.casefold())
            base = ReplyOutcome(UNKNOWN, "meeting_unknown", reply.source, reply)
            if meeting is None:
                outcomes.append(base)
                continue
            base = ReplyOutcome(
                UNKNOWN,
                "meeting_cancelled",
                reply.source,
                reply,
                meeting_id=meeting.id,
                meeting_date=meeting.date,
                answer=reply.answer,
                earlier_invitation=reply.sequence < meeting.invitation_sequence,
            )
            if meeting.status is MeetingStatus.CANCELLED:
                outcomes.append(base)
                continue
            if meeting.id not in people:
                people[meeting.id] = _people(session, meeting)
            known = people[meeting.id]
            person_id = known.find(reply.address, reply.sender)
            if person_id is None:
                outcomes.append(_with(base, UNKNOWN, "member_unknown"))
                continue
            base = _with(base, UNKNOWN, "", person_id=person_id, member=known.names[person_id])
            if reply.answer is None:
                outcomes.append(_with(base, UNKNOWN, "answer_unsupported"))
                continue
            row = _recorded(session, meeting.id, person_id)
            if not _is_newer(reply, row):
                assert row is not None and row.reply_sequence is not None
                same = reply_version(reply.sequence, reply.stamp) == reply_version(
                    row.reply_sequence, row.reply_stamp
                )
                outcomes.append(_with(base, STALE, "already_recorded" if same else "older"))
                continue
            key = (meeting.id, person_id)
            if key in best:
                earlier = outcomes[best[key]]
                assert earlier.reply is not None
                if reply_version(reply.sequence, reply.stamp) > reply_version(
                    earlier.reply.sequence, earlier.reply.stamp
                ):
                    outcomes[best[key]] = _with(earlier, STALE, "superseded")
                else:
                    outcomes.append(_with(base, STALE, "superseded"))
                    continue
            best[key] = len(outcomes)
            outcomes.append(_with(base, APPLIED, ""))
    outcomes += [ReplyOutcome(UNKNOWN, u.code, u.source) for u in unread]
    return ReplyPlan(tuple(outcomes))


def _with(
    outcome: ReplyOutcome,
    kind: str,
    reason: str,
    *,
    person_id: int | None = None,
    member: str | None = None,
) -> ReplyOutcome:
    return replace(
        outcome,
        kind=kind,
        reason=reason,
        person_id=outcome.person_id if person_id is None else person_id,
        member=outcome.member if member is None else member,
    )


def apply_replies(db: Database, outcomes: Sequence[ReplyOutcome]) -> list[SignupBackup]:
    """Save the applied replies of a plan as sign-ups, in one transaction; returns the sign-ups
    as they were (for `restore_replies`). A reply no longer newer than what is recorded (saved
    meanwhile), or whose meeting or member is gone, is left out."""
    backups: list[SignupBackup] = []
    with db.session() as session:
        for outcome in outcomes:
            reply = outcome.reply
            if (
                outcome.kind != APPLIED
                or reply is None
                or outcome.meeting_id is None
                or outcome.person_id is None
                or outcome.answer is None
            ):
                continue
            if (
                session.get(Meeting, outcome.meeting_id) is None
                or session.get(Person, outcome.person_id) is None
            ):
                continue
            row = _recorded(session, outcome.meeting_id, outcome.person_id)
            if not _is_newer(reply, row):
                continue
            if row is None:
                backups.append(
                    SignupBackup(
                        outcome.meeting_id,
                        outcome.person_id,
                        False,
                        Rsvp.INVITED,
                        "",
                        "",
                        None,
                        None,
                    )
                )
                row = SignUp(
                    meeting_id=outcome.meeting_id, person_id=outcome.person_id, diet="", note=""
                )
                session.add(row)
            else:
                backups.append(
                    SignupBackup(
                        outcome.meeting_id,
                        outcome.person_id,
                        True,
                        row.response,
                        row.diet,
                        row.note,
                        row.reply_sequence,
                        row.reply_stamp,
                    )
                )
            row.response = outcome.answer
            if reply.comment:
                row.note = reply.comment
            row.reply_sequence = reply.sequence
            row.reply_stamp = reply.stamp
            session.flush()
    return backups


def restore_replies(db: Database, backups: Sequence[SignupBackup]) -> None:
    """Put the sign-ups back as `apply_replies` found them (undo), in one transaction."""
    with db.session() as session:
        for backup in reversed(backups):
            row = _recorded(session, backup.meeting_id, backup.person_id)
            if not backup.existed:
                if row is not None:
                    session.delete(row)
                    session.flush()
                continue
            if row is None:
                row = SignUp(meeting_id=backup.meeting_id, person_id=backup.person_id)
                session.add(row)
            row.response, row.diet, row.note = backup.response, backup.diet, backup.note
            row.reply_sequence, row.reply_stamp = backup.reply_sequence, backup.reply_stamp
            session.flush()
