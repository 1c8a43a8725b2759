"""The invitations' SEQUENCE of a meeting, raised in the transaction of the change that needs it.

A meeting has two sequences. `ical_sequence` rises with every change of the meeting or its
agenda (`planner_rows._changed`), so that a calendar that imported the year plan takes the new
version. `invitation_sequence` is the SEQUENCE of the invitations members answer (iTIP,
RFC 5546): an attendee's calendar asks for a new answer whenever it rises, so it rises by one
only for a new date, new times, a new place or a new status (`domain.itip.significant_change`).

The planner (`update_meeting`) and the visit (`logistics.save_visit`, the address) read the
facts before they change a meeting and call `note_change` after it; renaming the host company
in the roster changes no invitation.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.itip import CalendarFacts, calendar_facts, significant_change
from coordinator_app.store.models import HostVisit, Meeting, Organisation


def _place(session: Session, meeting: Meeting) -> str:
    """The host and the address the invitation's LOCATION is made of (as `meeting_document`
    gives them: the visit's address, else the host company's)."""
    host = (
        session.get(Organisation, meeting.host_organisation_id)
        if meeting.host_organisation_id is not None
        else None
    )
    visit_address = session.scalar(
        select(HostVisit.address).where(HostVisit.meeting_id == meeting.id)
    )
    address = (visit_address or "").strip() or (host.address.strip() if host else "")
    return " | ".join((host.name if host else "", address))


def facts(session: Session, meeting: Meeting) -> CalendarFacts:
    """The meeting's facts an attendee answers to, as they are in `session` now."""
    return calendar_facts(
        meeting.date, meeting.start_time, meeting.end_time, _place(session, meeting), meeting.status
    )


def note_change(session: Session, meeting: Meeting, before: CalendarFacts) -> bool:
    """Raise the meeting's invitation SEQUENCE by one if its facts differ from `before`;
    returns whether it rose."""
    if not significant_change(before, facts(session, meeting)):
        return False
    meeting.invitation_sequence = (meeting.invitation_sequence or 0) + 1
    return True
