"""The e-mail drafts as the GUI and the command line write them, from what the services give.

A front end reads the meeting (`planner.meeting_document`), the visit, the numbers and the
members' addresses (`logistics`), or the minutes (`minutes.minutes_document`), and hands them
here; both front ends so write the same drafts. `write_eml` then writes one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from coordinator_app.domain.logistics import (
    CateringSummary,
    EmailDraft,
    VisitInput,
    open_questions,
)
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.domain.minutes import ExportOptions, MinutesDocument
from coordinator_app.exchange.eml import (
    host_questions_draft,
    members_agenda_draft,
    members_minutes_draft,
)


def attachment_stem(group_name: str, date: dt.date) -> str:
    """The name of an attached document without its extension: "IT Drift 2027-03-09"."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{group_name} {date.isoformat()}")
    return " ".join(cleaned.split())[:120] or "document"


def host_email(
    document: MeetingDocument,
    visit: VisitInput,
    catering: CateringSummary | None,
    *,
    lang: str,
) -> EmailDraft:
    """The draft to the visit's host contact: the practical questions still open in `visit`
    and the numbers for catering."""
    return host_questions_draft(
        document,
        contact_name=visit.contact_name,
        contact_email=visit.contact_email,
        questions=open_questions(visit),
        catering=catering,
        lang=lang,
        sender_name=document.coordinator_name,
        sender_email=document.coordinator_email,
        sender_signature=document.coordinator_signature,
    )


def members_email(
    document: MeetingDocument,
    members: Sequence[tuple[str, str]],
    *,
    lang: str,
    printed_on: dt.date,
) -> EmailDraft:
    """The invitation to the `members` (name, address; in Bcc) with the agenda PDF attached."""
    # Imported here: reportlab takes a while to load.
    from coordinator_app.exchange.agenda_pdf import agenda_pdf_bytes

    pdf = agenda_pdf_bytes(document, lang=lang, printed_on=printed_on)
    return members_agenda_draft(
        document,
        members=members,
        agenda_pdf=pdf,
        agenda_file_name=attachment_stem(document.group_name, document.date) + ".pdf",
        lang=lang,
        sender_name=document.coordinator_name,
        sender_email=document.coordinator_email,
        sender_signature=document.coordinator_signature,
    )


def minutes_email(
    document: MinutesDocument,
    members: Sequence[tuple[str, str]],
    *,
    fmt: str,
    options: ExportOptions,
    printed_on: dt.date,
    password: str | None = None,
) -> EmailDraft:
    """The minutes to the `members` (in Bcc), attached in `fmt` ("pdf", "docx" or "md") as
    `minutes_export.minutes_bytes` writes them under `options` (which it applies before any
    writer sees the minutes). With a `password` (PDF only) the PDF is encrypted and the mail
    says that the password comes another way. Raises ValueError as `minutes_bytes` does."""
    from coordinator_app.exchange.minutes_export import MINUTES_MIME_TYPES, minutes_bytes

    content = minutes_bytes(
        document, fmt=fmt, options=options, printed_on=printed_on, password=password
    )
    return members_minutes_draft(
        document,
        members=members,
        attachment=content,
        file_name=f"{attachment_stem(document.group_name, document.meeting_date)}.{fmt}",
        mime_type=MINUTES_MIME_TYPES[fmt],
        lang=options.lang,
        sender_name=document.coordinator_name,
        sender_email=document.coordinator_email,
        sender_signature=document.coordinator_signature,
        password_protected=password is not None,
    )
