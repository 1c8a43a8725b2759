"""Host-visit logistics: the visit's practical details, sign-ups and catering, and the visitor
list for reception. The checklist with its deadlines lives in `logistics_checklist`, the host
rotation in `logistics_hosts`; their public names are re-exported here.

The rules live in `domain/logistics.py`; these use cases read and write the rows. A change to
the visit raises the meeting's iCalendar SEQUENCE (the address and the practical information
are part of the calendar entry); sign-ups and the checklist are not in the calendar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import Rsvp
from coordinator_app.domain.logistics import (
    CateringSummary,
    SignupLine,
    TourRequirements,
    VisitInput,
    Visitor,
    VisitorListDocument,
    catering_summary,
    validate_visit,
)
from coordinator_app.domain.people import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from coordinator_app.domain.validation import FieldError
from coordinator_app.services import calendar_sequence
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.logistics_checklist import (
    DUE_OVERVIEW_DAYS_BACK as DUE_OVERVIEW_DAYS_BACK,
    ChecklistRow as ChecklistRow,
    DueRow as DueRow,
    add_checklist_item as add_checklist_item,
    checklist as checklist,
    due_overview as due_overview,
    ensure_checklist as ensure_checklist,
    remove_checklist_item as remove_checklist_item,
    set_done as set_done,
    update_checklist_item as update_checklist_item,
)
from coordinator_app.services.logistics_common import (
    _current_member_ids,
    _meeting,
    _members_on,
    _one_line,
)
from coordinator_app.services.logistics_hosts import (
    HostingRow as HostingRow,
    host_candidates as host_candidates,
    host_history as host_history,
    set_hosting_paused as set_hosting_paused,
    suggest_hosts as suggest_hosts,
)
from coordinator_app.services.planner_documents import _coordinator
from coordinator_app.services.planner_rows import _changed, _companies
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Employment,
    Group,
    HostVisit,
    Meeting,
    Organisation,
    Person,
    SignUp,
)

# --- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactChoice:
    """Someone at the host company who can be the contact for a visit."""

    person_id: int
    name: str
    email: str
    phone: str
    is_member: bool


@dataclass(frozen=True)
class SignupRow:
    """One invited person's answer; a member without an answer has no sign-up yet."""

    signup_id: int | None
    person_id: int | None  # None for a guest
    name: str
    organisation: str
    response: Rsvp
    diet: str  # the sign-up's own diet, else the roster's
    roster_diet: str
    note: str
    is_guest: bool


@dataclass(frozen=True)
class SignupState:
    """A member's sign-up as it was, so that undo can put it back (`existed`: there was one)."""

    response: Rsvp
    diet: str
    note: str
    existed: bool


@dataclass(frozen=True)
class GuestInput:
    """A guest who is not in the roster: a speaker, a colleague of a member."""

    name: str
    organisation: str = ""
    response: Rsvp = Rsvp.YES
    diet: str = ""
    note: str = ""


# --- the visit ------------------------------------------------------------------------------

_VISIT_FIELDS = tuple(f.name for f in fields(VisitInput))


def _visit_input(row: HostVisit) -> VisitInput:
    values: dict[str, Any] = {name: getattr(row, name) for name in _VISIT_FIELDS}
    return VisitInput(**values)


def _default_visit(session: Session, meeting: Meeting) -> VisitInput:
    """What a meeting without a stored visit shows: the host company's address."""
    host = (
        session.get(Organisation, meeting.host_organisation_id)
        if meeting.host_organisation_id is not None
        else None
    )
    return VisitInput(address=host.address.strip() if host else "")


def _visit_row(session: Session, meeting_id: int) -> HostVisit | None:
    return session.scalar(select(HostVisit).where(HostVisit.meeting_id == meeting_id))


def _cleaned_visit(data: VisitInput) -> VisitInput:
    values: dict[str, Any] = {}
    for name in _VISIT_FIELDS:
        value = getattr(data, name)
        values[name] = value.strip() if isinstance(value, str) else value
    return VisitInput(**values)


def _check_visit(data: VisitInput) -> None:
    errors = validate_visit(data)
    for name in ("contact_name", "tour_guide"):
        if len(getattr(data, name).strip()) > MAX_NAME_LENGTH:
            errors.append(
                FieldError(
                    name, "name_too_long", f"The name is longer than {MAX_NAME_LENGTH} characters."
                )
            )
    for name in _VISIT_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str) and len(value.strip()) > MAX_TEXT_LENGTH:
            errors.append(FieldError(name, "text_too_long", "The text is too long."))
    if errors:
        raise ValidationFailed(errors)


def visit(db: Database, meeting_id: int) -> VisitInput:
    """The practical details of visiting the host; before any are saved, the host's address."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        row = _visit_row(session, meeting_id)
        return _visit_input(row) if row is not None else _default_visit(session, meeting)


def save_visit(db: Database, meeting_id: int, data: VisitInput) -> VisitInput:
    """Save the visit's details (text trimmed); returns what they were (for undo).

    Details that are just the defaults (nothing but the host's address) are not stored, so that
    undoing the first edit leaves the meeting as it was; a change raises the meeting's SEQUENCE.
    """
    _check_visit(data)
    clean = _cleaned_visit(data)
    with db.session() as session:
        meeting = _meeting(session, meeting_id)
        if (
            clean.contact_person_id is not None
            and session.get(Person, clean.contact_person_id) is None
        ):
            raise NotFound(
                "That contact person is no longer in the roster.", code="contact_missing"
            )
        row = _visit_row(session, meeting_id)
        default = _default_visit(session, meeting)
        before = _visit_input(row) if row is not None else default
        facts = calendar_sequence.facts(session, meeting)
        if clean == default:
            if row is not None:
                session.delete(row)
        else:
            if row is None:
                row = HostVisit(meeting_id=meeting_id)
                session.add(row)
            for name in _VISIT_FIELDS:
                setattr(row, name, getattr(clean, name))
        if clean != before:
            _changed(meeting)
            calendar_sequence.note_change(session, meeting, facts)
        return before


def host_contacts(db: Database, meeting_id: int, lang: str = "da") -> list[ContactChoice]:
    """The people working at the meeting's host company now: the group's members first."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.host_organisation_id is None:
            return []
        people = session.scalars(
            select(Person)
            .join(Employment, Employment.person_id == Person.id)
            .where(
                Employment.organisation_id == meeting.host_organisation_id,
                Employment.ended_on.is_(None),
                Person.erased_at.is_(None),
            )
            .distinct()
        ).all()
        members = set(session.scalars(_current_member_ids(meeting.group_id)))
        choices = [ContactChoice(p.id, p.name, p.email, p.phone, p.id in members) for p in people]
    return sorted(choices, key=lambda c: (not c.is_member, sort_key(c.name, lang), c.person_id))


# --- sign-ups -------------------------------------------------------------------------------


def _signup_rows(session: Session, meeting: Meeting, lang: str) -> list[SignupRow]:
    rows = session.scalars(
        select(SignUp).where(SignUp.meeting_id == meeting.id).order_by(SignUp.id)
    ).all()
    answers = {r.person_id: r for r in rows if r.person_id is not None}
    person_ids = _members_on(session, meeting.group_id, meeting.date) | set(answers)
    people = (
        session.scalars(select(Person).where(Person.id.in_(sorted(person_ids)))).all()
        if person_ids
        else []
    )
    companies = _companies(session, [p.id for p in people])
    result: list[SignupRow] = []
    for person in people:
        answer = answers.get(person.id)
        if answer is None and person.erased_at is not None:
            continue
        roster_diet = person.dietary_needs.strip()
        own_diet = answer.diet.strip() if answer is not None else ""
        result.append(
            SignupRow(
                signup_id=answer.id if answer is not None else None,
                person_id=person.id,
                name=person.name,
                organisation=companies.get(person.id, ""),
                response=answer.response if answer is not None else Rsvp.INVITED,
                diet=own_diet or roster_diet,
                roster_diet=roster_diet,
                note=answer.note if answer is not None else "",
                is_guest=False,
            )
        )
    result.sort(key=lambda r: (sort_key(r.name, lang), r.person_id))
    result.extend(
        SignupRow(
            signup_id=r.id,
            person_id=None,
            name=r.guest_name,
            organisation=r.guest_organisation,
            response=r.response,
            diet=r.diet.strip(),
            roster_diet="",
            note=r.note,
            is_guest=True,
        )
        for r in rows
        if r.person_id is None
    )
    return result


def signups(db: Database, meeting_id: int, lang: str = "da") -> list[SignupRow]:
    """Everyone invited to the meeting with their answer, by name; then the guests.

    The invited are the group's members on the meeting's date, whether they answered or not,
    and anyone else who has a sign-up (a member who has left since).
    """
    with db.reading() as session:
        return _signup_rows(session, _meeting(session, meeting_id), lang)


def _signup(session: Session, meeting_id: int, person_id: int) -> SignUp | None:
    return session.scalar(
        select(SignUp).where(SignUp.meeting_id == meeting_id, SignUp.person_id == person_id)
    )


def set_signup(
    db: Database,
    meeting_id: int,
    person_id: int,
    response: Rsvp | None = None,
    *,
    diet: str | None = None,
    note: str | None = None,
) -> SignupState:
    """Record a person's answer, diet or note (None leaves it as is); returns the state before.

    A person who still has no answer, diet or note gets no sign-up row.
    """
    errors = [
        FieldError(name, "text_too_long", "The text is too long.")
        for name, text in (("diet", diet), ("note", note))
        if text is not None and len(text.strip()) > MAX_TEXT_LENGTH
    ]
    if errors:
        raise ValidationFailed(errors)
    with db.session() as session:
        _meeting(session, meeting_id)
        if session.get(Person, person_id) is None:
            raise NotFound("That person is no longer in the roster.", code="person_not_in_roster")
        row = _signup(session, meeting_id, person_id)
        before = (
            SignupState(row.response, row.diet, row.note, True)
            if row is not None
            else SignupState(Rsvp.INVITED, "", "", False)
        )
        new_response = before.response if response is None else response
        new_diet = before.diet if diet is None else diet.strip()
        new_note = before.note if note is None else note.strip()
        if row is None:
            if (new_response, new_diet, new_note) == (Rsvp.INVITED, "", ""):
                return before
            row = SignUp(meeting_id=meeting_id, person_id=person_id)
            session.add(row)
        row.response, row.diet, row.note = new_response, new_diet, new_note
        return before


def restore_signup(db: Database, meeting_id: int, person_id: int, state: SignupState) -> None:
    """Put a sign-up back as `set_signup` found it (undo); removes one that did not exist."""
    with db.session() as session:
        _meeting(session, meeting_id)
        row = _signup(session, meeting_id, person_id)
        if not state.existed:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = SignUp(meeting_id=meeting_id, person_id=person_id)
            session.add(row)
        row.response, row.diet, row.note = state.response, state.diet, state.note


def _cleaned_guest(data: GuestInput) -> GuestInput:
    clean = GuestInput(
        name=_one_line(data.name),
        organisation=_one_line(data.organisation),
        response=data.response,
        diet=data.diet.strip(),
        note=data.note.strip(),
    )
    errors: list[FieldError] = []
    if not clean.name:
        errors.append(FieldError("name", "name_required", "A guest needs a name."))
    for name in ("name", "organisation"):
        if len(getattr(clean, name)) > MAX_NAME_LENGTH:
            errors.append(
                FieldError(
                    name, "name_too_long", f"The name is longer than {MAX_NAME_LENGTH} characters."
                )
            )
    for name in ("diet", "note"):
        if len(getattr(clean, name)) > MAX_TEXT_LENGTH:
            errors.append(FieldError(name, "text_too_long", "The text is too long."))
    if errors:
        raise ValidationFailed(errors)
    return clean


def _guest_input(row: SignUp) -> GuestInput:
    return GuestInput(row.guest_name, row.guest_organisation, row.response, row.diet, row.note)


def _set_guest(row: SignUp, data: GuestInput) -> None:
    row.guest_name, row.guest_organisation = data.name, data.organisation
    row.response, row.diet, row.note = data.response, data.diet, data.note


def _guest(session: Session, signup_id: int) -> SignUp:
    row = session.get(SignUp, signup_id)
    if row is None or row.person_id is not None:
        raise NotFound("That guest is no longer signed up.", code="guest_missing")
    return row


def add_guest(
    db: Database, meeting_id: int, data: GuestInput, *, signup_id: int | None = None
) -> int:
    """Sign up a guest who is not in the roster; `signup_id` re-creates one (redo)."""
    clean = _cleaned_guest(data)
    with db.session() as session:
        _meeting(session, meeting_id)
        row = SignUp(meeting_id=meeting_id, person_id=None)
        if signup_id is not None:
            row.id = signup_id
        _set_guest(row, clean)
        session.add(row)
        session.flush()
        return row.id


def update_guest(db: Database, signup_id: int, data: GuestInput) -> GuestInput:
    """Save a guest's details; returns what they were (for undo)."""
    clean = _cleaned_guest(data)
    with db.session() as session:
        row = _guest(session, signup_id)
        before = _guest_input(row)
        _set_guest(row, clean)
        return before


def remove_guest(db: Database, signup_id: int) -> tuple[int, GuestInput]:
    """Take a guest off the list; returns (meeting id, details) so that undo can add it back."""
    with db.session() as session:
        row = _guest(session, signup_id)
        result = row.meeting_id, _guest_input(row)
        session.delete(row)
        return result


def _lines(rows: Iterable[SignupRow]) -> list[SignupLine]:
    return [
        SignupLine(r.name, r.organisation, r.response, r.diet, r.note, r.is_guest) for r in rows
    ]


def catering(db: Database, meeting_id: int) -> CateringSummary:
    """How many come, may come or have not answered, and the diets of those who come."""
    return catering_summary(_lines(signups(db, meeting_id)))


# --- documents ------------------------------------------------------------------------------


def _contact_name(session: Session, data: VisitInput) -> str:
    if data.contact_person_id is not None:
        person = session.get(Person, data.contact_person_id)
        if person is not None and person.erased_at is None:
            return person.name
    return data.contact_name


def contact_name(db: Database, data: VisitInput) -> str:
    """The name of a visit's host contact: the roster's name of a linked person, else as typed."""
    with db.reading() as session:
        return _contact_name(session, data)


def visitor_list(db: Database, meeting_id: int) -> VisitorListDocument:
    """The list for the host's reception: everyone who said yes, by name, and what the tour
    requires of them."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        row = _visit_row(session, meeting_id)
        data = _visit_input(row) if row is not None else _default_visit(session, meeting)
        contact = _contact_name(session, data)
        rows = _signup_rows(session, meeting, "da")
        group = session.get(Group, meeting.group_id)
        host = (
            session.get(Organisation, meeting.host_organisation_id)
            if meeting.host_organisation_id is not None
            else None
        )
        coordinator = _coordinator(session, meeting.group_id)
    visitors = sorted(
        (Visitor(r.name, r.organisation, r.is_guest) for r in rows if r.response is Rsvp.YES),
        key=lambda v: sort_key(v.name, "da"),
    )
    return VisitorListDocument(
        group_name=group.name if group else "",
        meeting_date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        theme=meeting.theme,
        host_name=host.name if host else "",
        host_address=data.address or (host.address.strip() if host else ""),
        contact_name=contact,
        coordinator_name=coordinator[0],
        coordinator_email=coordinator[1],
        coordinator_phone=coordinator[2],
        visitors=tuple(visitors),
        requirements=TourRequirements(
            id_required=data.tour_requires_id,
            nda=data.tour_requires_nda,
            safety_shoes=data.tour_requires_safety_shoes,
            no_photos=data.tour_no_photos,
            other=data.tour_other_requirements,
        ),
        tour_guide=data.tour_guide,
        tour_minutes=data.tour_minutes,
    )


def member_addresses(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    """(name, e-mail) of the current members of the meeting's group who have an address."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        people = session.execute(
            select(Person.id, Person.name, Person.email).where(
                Person.id.in_(_current_member_ids(meeting.group_id)),
                func.trim(Person.email) != "",
            )
        ).all()
    return [
        (name, email.strip())
        for _pid, name, email in sorted(people, key=lambda p: (sort_key(p[1]), p[0]))
    ]
