"""The invitations as e-mail drafts (.eml) that calendar programs recognise, one per member.

Each draft is addressed from the coordinator to one member (no one else's address is in it)
and opens in Outlook as an unsent draft ("X-Unsent: 1"). Its MIME structure is the one Outlook,
Gmail, Apple Mail and Thunderbird send and recognise as a meeting request:

    multipart/mixed
      multipart/alternative
        text/plain                                   the invitation in words
        text/calendar; method=REQUEST; charset=utf-8 the iTIP message (itip_invitation.py)
      application/ics  invite.ics                    the same calendar, for programs that
                                                     show only attachments
      application/pdf  the agenda                    when the meeting has one

A cancellation has the same shape with METHOD:CANCEL and no agenda. The headers are written
as `eml.py` writes them (folded by `mail_headers`), and every draft is parsed back before it
is returned: the recipient, the subject, the attachments and the calendar (one VEVENT, one
ATTENDEE, the method) must come back as meant, else DraftCheckFailed and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from icalendar import Calendar

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.exchange import mail_headers
from coordinator_app.exchange.email_drafts import attachment_stem
from coordinator_app.exchange.eml import (
    _MAX_LINE,
    _MAX_SUBJECT,
    _POLICY,
    _address,
    _file_name,
    _header_text,
    _mailboxes,
    _one_line,
    _signature,
    _when,
    eml_texts,
)
from coordinator_app.exchange.itip_invitation import (
    CANCEL,
    REQUEST,
    Party,
    invitation_calendar,
)
from coordinator_app.exchange.mail_headers import DraftCheckFailed
from coordinator_app.exchange.pdf_common import clean_text, write_private_file

INVITE_FILE_NAME = "invite.ics"


@dataclass(frozen=True)
class InvitationTexts:
    """The words of the invitation drafts in one language; `{…}` fields are str.format."""

    subject_request: str
    subject_update: str
    subject_cancel: str
    intro_request: str
    intro_request_no_group: str
    intro_update: str
    intro_update_no_group: str
    intro_cancel: str
    intro_cancel_no_group: str
    answer: str
    cancel_note: str
    file_cancelled: str


_DA = InvitationTexts(
    subject_request="Invitation: {title} d. {date}",
    subject_update="Opdateret invitation: {title} d. {date}",
    subject_cancel="Aflyst: {title} d. {date}",
    intro_request="Hermed invitation til vores næste møde i {group}:",
    intro_request_no_group="Hermed invitation til vores næste netværksmøde:",
    intro_update="Der er ændringer til vores møde i {group}. Her er den opdaterede invitation:",
    intro_update_no_group="Der er ændringer til vores netværksmøde. Her er den opdaterede"
    " invitation:",
    intro_cancel="Vores møde i {group} er desværre aflyst:",
    intro_cancel_no_group="Vores netværksmøde er desværre aflyst:",
    answer=(
        "Svar med Accepter, Afvis eller Måske i din kalender, så får jeg dit svar. Skriv gerne"
        " en kommentar med svaret, fx om kosthensyn."
    ),
    cancel_note="Når du åbner aflysningen, fjernes mødet fra din kalender.",
    file_cancelled="aflyst",
)

_EN = InvitationTexts(
    subject_request="Invitation: {title} on {date}",
    subject_update="Updated invitation: {title} on {date}",
    subject_cancel="Cancelled: {title} on {date}",
    intro_request="You are invited to our next meeting of {group}:",
    intro_request_no_group="You are invited to our next network meeting:",
    intro_update="Our meeting of {group} has changed. Here is the updated invitation:",
    intro_update_no_group="Our network meeting has changed. Here is the updated invitation:",
    intro_cancel="Unfortunately, our meeting of {group} is cancelled:",
    intro_cancel_no_group="Unfortunately, our network meeting is cancelled:",
    answer=(
        "Please answer with Accept, Decline or Maybe in your calendar, and your answer reaches"
        " me. You are welcome to add a comment, about dietary needs for instance."
    ),
    cancel_note="Opening the cancellation removes the meeting from your calendar.",
    file_cancelled="cancelled",
)


def invitation_texts(lang: str) -> InvitationTexts:
    """Danish for any `lang` starting with "da", English otherwise."""
    return _DA if lang.lower().startswith("da") else _EN


@dataclass(frozen=True)
class Invitation:
    """What one draft is written from."""

    document: MeetingDocument
    sequence: int
    cancelled: bool
    organizer: Party
    attendee: Party
    signature: str = ""


def _body(invitation: Invitation, lang: str, has_agenda: bool) -> str:
    texts, words = eml_texts(lang), invitation_texts(lang)
    document = invitation.document
    group = _one_line(document.group_name)
    title = _one_line(document.theme) or texts.default_meeting_title
    date, span = _when(document, texts)
    place = ", ".join(
        part
        for part in (_one_line(document.host_name), _one_line(document.host_address, 2 * _MAX_LINE))
        if part
    )
    name = _one_line(invitation.attendee.name, 200, " ")
    if invitation.cancelled:
        intro = words.intro_cancel if group else words.intro_cancel_no_group
    elif invitation.sequence > 0:
        intro = words.intro_update if group else words.intro_update_no_group
    else:
        intro = words.intro_request if group else words.intro_request_no_group
    lines = [texts.greeting.format(name=name) if name else texts.greeting_no_name, ""]
    lines += [intro.format(group=group), "", f"  {title}", f"  {date}, {span}"]
    if place:
        lines.append(f"  {place}")
    lines.append("")
    if invitation.cancelled:
        lines += [words.cancel_note, ""]
    else:
        if has_agenda:
            lines += [texts.see_agenda, ""]
        lines += [words.answer, ""]
    lines += _signature(texts, invitation.organizer.name, group, invitation.signature)
    return "\n".join(lines) + "\n"


def _subject(invitation: Invitation, lang: str) -> str:
    texts, words = eml_texts(lang), invitation_texts(lang)
    document = invitation.document
    title = ", ".join(
        part
        for part in (
            _one_line(document.group_name),
            _one_line(document.theme) or texts.default_meeting_title,
        )
        if part
    )
    if invitation.cancelled:
        pattern = words.subject_cancel
    elif invitation.sequence > 0:
        pattern = words.subject_update
    else:
        pattern = words.subject_request
    return pattern.format(title=title, date=format_short_date(document.date, texts.lang))


def _boundaries(*pieces: bytes) -> tuple[str, str]:
    """The boundaries of the mixed and the alternative part: of equal length and different,
    so neither is a prefix of the other; derived from the content, so a draft always gives
    the same bytes (base64 has no "-" and quoted-printable writes "=" as "=3D")."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(len(piece).to_bytes(8, "big"))
        digest.update(piece)
    mixed = digest.hexdigest()
    alternative = hashlib.sha256(b"alternative" + mixed.encode("ascii")).hexdigest()
    return f"==coordinator-{mixed[:32]}==", f"==coordinator-{alternative[:32]}=="


def _check_calendar(data: bytes, method: str, calendar: bytes) -> None:
    """Raises DraftCheckFailed unless the draft's inline calendar is `calendar` and holds one
    VEVENT with one ATTENDEE, under `method`."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = [
        part
        for part in message.walk()
        if part.get_content_type() == "text/calendar" and not part.is_attachment()
    ]
    failed = DraftCheckFailed(
        "eml_attachments_differ", "The e-mail was not written: its invitation reads back changed."
    )
    if len(parts) != 1 or str(parts[0].get_param("method", "")).upper() != method:
        raise failed
    payload = parts[0].get_payload(decode=True)
    if payload != calendar:
        raise failed
    parsed = Calendar.from_ical(payload)
    events = parsed.walk("VEVENT")
    attendees = events[0].get("ATTENDEE") if len(events) == 1 else None
    if str(parsed.get("METHOD", "")) != method or attendees is None or isinstance(attendees, list):
        raise failed


def invitation_eml(
    invitation: Invitation,
    *,
    lang: str,
    stamp: dt.datetime,
    agenda_pdf: bytes | None = None,
    date: dt.datetime | None = None,
) -> bytes:
    """One member's invitation (or cancellation) as an unsent draft, CRLF line endings.

    `stamp` is the calendar's DTSTAMP; `date` the Date header (default: `stamp`). The agenda
    PDF is attached to an invitation, never to a cancellation. Raises ValueError when the
    attendee's or the organizer's address is not an e-mail address, DraftCheckFailed when the
    draft does not read back as meant.
    """
    recipient = _address(invitation.attendee.name, invitation.attendee.email)
    sender = _address(invitation.organizer.name, invitation.organizer.email)
    if recipient is None or sender is None:
        raise ValueError("an invitation needs the e-mail addresses of its organizer and attendee")
    method = CANCEL if invitation.cancelled else REQUEST
    calendar = invitation_calendar(
        invitation.document,
        method=method,
        sequence=invitation.sequence,
        organizer=Party(sender.display_name, sender.addr_spec),
        attendee=Party(recipient.display_name, recipient.addr_spec),
        lang=lang,
        stamp=stamp,
    )
    pdf = None if invitation.cancelled else agenda_pdf
    body = clean_text(_body(invitation, lang, pdf is not None))
    subject = _header_text(_subject(invitation, lang), _MAX_SUBJECT)
    addresses = [("From", _mailboxes([sender])), ("To", _mailboxes([recipient]))]
    message = EmailMessage(policy=_POLICY)
    for name, mailboxes in addresses:
        message.set_raw(name, mail_headers.address_header(mailboxes, name))
    message.set_raw("Subject", mail_headers.text_header(subject, "Subject"))
    message["Date"] = format_datetime((date or stamp).astimezone())
    message["X-Unsent"] = "1"
    # What Outlook sets on a meeting request it sends.
    message["Content-Class"] = "urn:content-classes:calendarmessage"
    message.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        calendar,
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"method": method, "charset": "utf-8"},
    )
    attachments = [(INVITE_FILE_NAME, "application/ics", calendar)]
    if pdf is not None:
        document = invitation.document
        file_name = _file_name(attachment_stem(document.group_name, document.date) + ".pdf")
        attachments.append((file_name, "application/pdf", pdf))
    for file_name, mime_type, content in attachments:
        maintype, subtype = mime_type.split("/")
        message.add_attachment(
            content,
            maintype=maintype,
            subtype=subtype,
            filename=file_name,
            params={"name": file_name},
        )
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # set_content puts it on every part; it belongs at the top
    mixed, alternative = _boundaries(body.encode("utf-8", "surrogatepass"), calendar, pdf or b"")
    message.set_boundary(mixed)
    for child in message.iter_parts():
        if child.get_content_type() == "multipart/alternative":
            child.set_boundary(alternative)
    data = message.as_bytes(policy=_POLICY)
    mail_headers.check_read_back(data, addresses, subject, attachments)
    _check_calendar(data, method, calendar)
    return data


def draft_file_names(stems: Sequence[str]) -> list[str]:
    """A file name ("….eml") for each of `stems` (member names), safe on every system and each
    once: a second "Anna Jensen" becomes "Anna Jensen (2).eml"."""
    names: list[str] = []
    taken: set[str] = set()
    for stem in stems:
        base = _file_name(stem)[:100] or "invitation"
        name, number = f"{base}.eml", 1
        while name.casefold() in taken:
            number += 1
            name = f"{base} ({number}).eml"
        taken.add(name.casefold())
        names.append(name)
    return names


@dataclass(frozen=True)
class InvitationFiles:
    """The drafts of one meeting: (file name, content), and the members left out (name,
    address: the address is not one an e-mail can be sent to)."""

    files: tuple[tuple[str, bytes], ...]
    left_out: tuple[tuple[str, str], ...] = ()


def invitation_files(
    document: MeetingDocument,
    *,
    sequence: int,
    cancelled: bool,
    organizer: Party,
    attendees: Sequence[Party],
    lang: str,
    stamp: dt.datetime,
    printed_on: dt.date,
    signature: str = "",
    name_prefix: str = "",
) -> InvitationFiles:
    """Every member's draft for one meeting, named after the member (after `name_prefix`,
    such as the date, when given). The agenda PDF is made once and attached to each
    invitation when the meeting has an agenda."""
    pdf: bytes | None = None
    if document.agenda and not cancelled:
        # Imported here: reportlab takes a while to load.
        from coordinator_app.exchange.agenda_pdf import agenda_pdf_bytes

        pdf = agenda_pdf_bytes(document, lang=lang, printed_on=printed_on)
    usable = [a for a in attendees if _address(a.name, a.email) is not None]
    left_out = tuple((a.name, a.email) for a in attendees if _address(a.name, a.email) is None)
    suffix = f" ({invitation_texts(lang).file_cancelled})" if cancelled else ""
    names = draft_file_names(
        [
            " ".join(p for p in (name_prefix, _one_line(a.name) or a.email) if p) + suffix
            for a in usable
        ]
    )
    files = tuple(
        (
            file_name,
            invitation_eml(
                Invitation(document, sequence, cancelled, organizer, attendee, signature),
                lang=lang,
                stamp=stamp,
                agenda_pdf=pdf,
            ),
        )
        for file_name, attendee in zip(names, usable, strict=True)
    )
    return InvitationFiles(files, left_out)


def write_invitation_files(files: InvitationFiles, folder: Path) -> list[Path]:
    """Write each draft into `folder` (made if missing) whole or not at all; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for file_name, data in files.files:
        path = folder / file_name
        write_private_file(path, data)
        written.append(path)
    return written
