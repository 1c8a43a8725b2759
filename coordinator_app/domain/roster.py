"""The roster as the views and exports see it: one flat row per member of a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A member of a group with their current job, as shown in the roster and its exports."""

    person_id: int
    name: str
    email: str = ""
    phone: str = ""
    company: str = ""
    title: str = ""
    industry: str = ""
    expertise: tuple[str, ...] = ()
    member_since: dt.date | None = None
    left_on: dt.date | None = None
    role: str = "member"
    dietary_needs: str = ""
    consent_share_contact: bool = False
    address: str = ""
    notes: str = ""

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class JobRow:
    """One employment in a member's job history."""

    employment_id: int
    company: str
    title: str
    industry: str = ""
    started_on: dt.date | None = None
    ended_on: dt.date | None = None


@dataclass(frozen=True)
class PersonDetails:
    """Everything the edit form shows about one person."""

    person_id: int
    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    expertise: tuple[str, ...] = ()
    dietary_needs: str = ""
    consent_share_contact: bool = False
    notes: str = ""
    jobs: tuple[JobRow, ...] = field(default_factory=tuple)


def shared_with_group(row: MemberRow) -> MemberRow:
    """The row as the group may see it: contact details only with the member's consent."""
    if row.consent_share_contact:
        return row
    return replace(row, email="", phone="", address="")
