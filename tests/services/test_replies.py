"""Members' calendar replies matched to meetings and members, saved as sign-ups, and undone.

The replies are the files of tests/data/replies/ (Outlook, Gmail, Thunderbird, Apple), read by
`exchange.itip_replies` as the front ends read them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.domain.enums import Rsvp
from coordinator_app.domain.itip import CalendarReply
from coordinator_app.exchange.itip_replies import read_replies
from coordinator_app.services import logistics, planner, replies, roster
from coordinator_app.services.replies import APPLIED, STALE, UNKNOWN, ReplyPlan
from coordinator_app.store.database import Database
from coordinator_app.store.models import SignUp
from tests.replies_world import CLIENT_REPLIES, MARCH_UID, REPLIES, ReplyWorld, make_world


@pytest.fixture
def world(db: Database) -> ReplyWorld:
    return make_world(db)


def _plan(db: Database, *names: str) -> ReplyPlan:
    read = read_replies([REPLIES / name for name in names])
    return replies.plan_replies(db, read.replies, read.unread)


def _signups(db: Database) -> list[tuple[int, int | None, Rsvp, str, str, int | None]]:
    with db.reading() as session:
        return [
            (r.meeting_id, r.person_id, r.response, r.diet, r.note, r.reply_sequence)
            for r in session.scalars(select(SignUp).order_by(SignUp.meeting_id, SignUp.person_id))
        ]


def _answers(db: Database, meeting_id: int) -> dict[str, tuple[Rsvp, str]]:
    return {
        row.name: (row.response, row.note)
        for row in logistics.signups(db, meeting_id)
        if row.response is not Rsvp.INVITED
    }


def test_every_client_shape_is_applied(db: Database, world: ReplyWorld) -> None:
    plan = _plan(db, *CLIENT_REPLIES)
    assert [(o.source, o.kind, o.reason) for o in plan.outcomes] == [
        (name, APPLIED, "") for name in CLIENT_REPLIES
    ]
    assert [(o.member, o.meeting_id, o.answer) for o in plan.applied] == [
        ("Anna Jensen", world.march, Rsvp.YES),
        ("Bo Nielsen", world.march, Rsvp.YES),
        ("Carl Holm", world.march, Rsvp.NO),  # by his work address, a visit contact's
        ("Dorte Vang", world.june, Rsvp.MAYBE),  # by the mail's From
        ("Erik Lund", world.march, Rsvp.MAYBE),  # forwarded
        ("Frida Møller", world.june, Rsvp.YES),
    ]
    assert _signups(db) == []  # planning changes nothing
    backups = replies.apply_replies(db, plan.outcomes)
    assert len(backups) == 6
    assert _answers(db, world.march) == {
        "Anna Jensen": (Rsvp.YES, "Jeg kommer gerne – glæder mig til rundvisningen."),
        "Bo Nielsen": (Rsvp.YES, "Glæder mig. Jeg er vegetar."),
        "Carl Holm": (Rsvp.NO, "Desværre – bestyrelsesmøde den dag."),
        "Erik Lund": (Rsvp.MAYBE, "Måske – afhænger af et projekt."),
    }
    assert _answers(db, world.june) == {
        "Dorte Vang": (Rsvp.MAYBE, ""),
        "Frida Møller": (Rsvp.YES, ""),
    }


def test_importing_the_same_replies_twice_changes_nothing(db: Database, world: ReplyWorld) -> None:
    replies.apply_replies(db, _plan(db, *CLIENT_REPLIES).outcomes)
    before = _signups(db)
    again = _plan(db, *CLIENT_REPLIES)
    assert {(o.kind, o.reason) for o in again.outcomes} == {(STALE, "already_recorded")}
    assert replies.apply_replies(db, again.outcomes) == []
    assert _signups(db) == before


def test_an_older_reply_never_overrides_a_newer_one(db: Database, world: ReplyWorld) -> None:
    replies.apply_replies(db, _plan(db, "outlook_accepted.eml").outcomes)
    plan = _plan(db, "outlook_declined_earlier.eml")
    [outcome] = plan.outcomes
    assert (outcome.kind, outcome.reason, outcome.member) == (STALE, "older", "Anna Jensen")
    replies.apply_replies(db, plan.outcomes)
    assert _answers(db, world.march)["Anna Jensen"][0] is Rsvp.YES


def test_the_newer_reply_wins_in_either_order(db: Database, world: ReplyWorld) -> None:
    replies.apply_replies(db, _plan(db, "outlook_declined_earlier.eml").outcomes)
    assert _answers(db, world.march)["Anna Jensen"] == (Rsvp.NO, "")
    replies.apply_replies(db, _plan(db, "outlook_accepted.eml").outcomes)
    assert _answers(db, world.march)["Anna Jensen"][0] is Rsvp.YES


def test_in_one_import_the_newest_of_a_members_replies_is_applied(
    db: Database, world: ReplyWorld
) -> None:
    plan = _plan(db, "outlook_accepted.eml", "outlook_declined_earlier.eml")
    assert [(o.source, o.kind, o.reason) for o in plan.outcomes] == [
        ("outlook_accepted.eml", APPLIED, ""),
        ("outlook_declined_earlier.eml", STALE, "superseded"),
    ]
    plan = _plan(db, "outlook_declined_earlier.eml", "outlook_accepted.eml")
    assert [(o.source, o.kind, o.reason) for o in plan.outcomes] == [
        ("outlook_declined_earlier.eml", STALE, "superseded"),
        ("outlook_accepted.eml", APPLIED, ""),
    ]


def test_a_higher_sequence_beats_a_later_stamp(db: Database, world: ReplyWorld) -> None:
    base = CalendarReply(
        source="a.ics",
        uid=MARCH_UID,
        sequence=1,
        stamp=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        address="bo.nielsen@gmail.com",
        name="Bo",
        partstat="DECLINED",
    )
    replies.apply_replies(db, replies.plan_replies(db, [base]).outcomes)
    later_but_older = dataclasses.replace(
        base, sequence=0, stamp=dt.datetime(2026, 12, 1, tzinfo=dt.UTC), partstat="ACCEPTED"
    )
    [outcome] = replies.plan_replies(db, [later_but_older]).outcomes
    assert (outcome.kind, outcome.reason) == (STALE, "older")


def test_cancelled_and_unknown_meetings_and_files_without_a_reply(
    db: Database, world: ReplyWorld
) -> None:
    plan = _plan(
        db, "outlook_unknown_meeting.ics", "reply_cancelled_meeting.ics", "outlook_winmail_dat.eml"
    )
    assert [(o.source, o.kind, o.reason) for o in plan.outcomes] == [
        ("outlook_unknown_meeting.ics", UNKNOWN, "meeting_unknown"),
        ("reply_cancelled_meeting.ics", UNKNOWN, "meeting_cancelled"),
        ("outlook_winmail_dat.eml", UNKNOWN, "winmail_dat"),
    ]
    assert replies.apply_replies(db, plan.outcomes) == []
    assert _signups(db) == []


def test_a_stranger_and_a_non_answer_are_unknown(db: Database, world: ReplyWorld) -> None:
    stranger = CalendarReply("a.ics", MARCH_UID, 0, None, "ole@example.dk", "Ole", "ACCEPTED")
    nobody = dataclasses.replace(stranger, address="who@example.dk", sender="x@example.dk")
    delegated = dataclasses.replace(stranger, address="bo.nielsen@gmail.com", partstat="DELEGATED")
    plan = replies.plan_replies(db, [stranger, nobody, delegated])
    assert [(o.kind, o.reason) for o in plan.outcomes] == [
        (UNKNOWN, "member_unknown"),
        (UNKNOWN, "member_unknown"),
        (UNKNOWN, "answer_unsupported"),
    ]


def test_a_member_who_left_still_answers(db: Database, world: ReplyWorld) -> None:
    roster.end_membership(db, world.group_id, world.bo, dt.date(2026, 12, 31))
    [outcome] = _plan(db, "gmail_accepted_comment.eml").outcomes
    assert (outcome.kind, outcome.member) == (APPLIED, "Bo Nielsen")


def test_an_answer_to_an_earlier_version_is_marked(db: Database, world: ReplyWorld) -> None:
    planner.move_meeting(db, world.march, dt.date(2027, 3, 16))
    [outcome] = _plan(db, "outlook_accepted.eml").outcomes
    assert (outcome.kind, outcome.earlier_invitation) == (APPLIED, True)


def test_undo_puts_every_sign_up_back(db: Database, world: ReplyWorld) -> None:
    logistics.set_signup(db, world.march, world.anna, Rsvp.NO, diet="Glutenfri", note="Ringede")
    before = _signups(db)
    backups = replies.apply_replies(db, _plan(db, *CLIENT_REPLIES).outcomes)
    assert _answers(db, world.march)["Anna Jensen"][0] is Rsvp.YES
    [anna] = [r for r in logistics.signups(db, world.march) if r.name == "Anna Jensen"]
    assert anna.diet == "Glutenfri"  # a reply sets the answer and the note, never the diet
    replies.restore_replies(db, backups)
    assert _signups(db) == before
    # And the same replies apply again after the undo (redo).
    assert len(replies.apply_replies(db, _plan(db, *CLIENT_REPLIES).outcomes)) == 6


def test_a_reply_saved_meanwhile_is_not_overwritten(db: Database, world: ReplyWorld) -> None:
    older = _plan(db, "outlook_declined_earlier.eml")
    replies.apply_replies(db, _plan(db, "outlook_accepted.eml").outcomes)
    assert replies.apply_replies(db, older.outcomes) == []
    assert _answers(db, world.march)["Anna Jensen"][0] is Rsvp.YES
