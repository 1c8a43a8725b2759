"""E-mail drafts as .eml files that Outlook and Thunderbird open, ready to check and send.

Three drafts: to the host contact with the practical questions still open (and the numbers the
host needs for catering), to all members with the day agenda attached, and to all members with
the minutes attached. The members' drafts are addressed to the coordinator with the members in
Bcc, so no member's address is shown to the others without consent.

`eml_bytes` writes an RFC 5322 message with CRLF line endings: UTF-8 throughout, headers
RFC 2047-encoded, the body quoted-printable (no line over 76 characters), attachments base64
with RFC 2231 file names (a text attachment with charset=utf-8), and "X-Unsent: 1" so that
Outlook opens the file as an unsent draft. Every header value is put on one line first, so no
name or subject can add a header of its own; an address that is not an e-mail address is left
out rather than written. The address headers and the subject are encoded and folded by
`mail_headers` (the standard library's folder has lost recipients), and every message is
parsed back before it is returned: a recipient, the subject or an attachment that does not come
back as meant raises DraftCheckFailed, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from coordinator_app.domain.dates import format_long_date, format_short_date, format_time
from coordinator_app.domain.enums import MinutesStatus
from coordinator_app.domain.logistics import CateringSummary, EmailDraft
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.domain.minutes import MinutesDocument
from coordinator_app.domain.validation import is_valid_email
from coordinator_app.exchange import mail_headers
from coordinator_app.exchange.mail_headers import DraftCheckFailed as DraftCheckFailed
from coordinator_app.exchange.pdf_common import clean_text, write_private_file

_MAX_DISPLAY_NAME = 200
_MAX_SUBJECT = 500
_MAX_LINE = 300
_MAX_FILE_NAME = 120
_MAX_ADDRESS = 254
_MAX_SIGNATURE = 1000
_MAX_SIGNATURE_LINES = 12
# What the messages are written with: SMTP's CRLF line endings, and the address and subject
# headers as `mail_headers` folded them (set with `set_raw`), never refolded.
_POLICY = email.policy.SMTP.clone(refold_source="none")


@dataclass(frozen=True)
class EmlTexts:
    """The words of the e-mail drafts in one language; `{…}` fields are str.format."""

    lang: str
    default_meeting_title: str
    time_span: str
    greeting: str
    greeting_no_name: str
    greeting_all: str
    sign_off: str
    # To the host contact.
    host_subject_questions: str
    host_subject_numbers: str
    host_thanks: str
    host_thanks_no_host: str
    theme_line: str
    expected: str
    expected_up_to: str
    participants: str
    participant_one: str
    including_guests: str
    including_guest_one: str
    no_signups: str
    diets: str
    no_diets: str
    questions_intro: str
    no_questions: str
    thanks_in_advance: str
    # One polite question per VisitInput field in QUESTION_FIELDS, as (field, question).
    questions: tuple[tuple[str, str], ...]
    # To the members.
    members_subject: str
    invitation: str
    invitation_no_group: str
    see_agenda: str
    please_reply: str
    agenda_file_name: str
    # The minutes to the members.
    minutes_subject: str
    minutes_intro: str
    minutes_intro_host: str
    minutes_theme: str
    minutes_draft: str
    minutes_confidential: str
    minutes_password: str
    minutes_file_name: str

    def question(self, field_name: str) -> str:
        """The question that asks the host for `field_name` (a name in QUESTION_FIELDS)."""
        for name, text in self.questions:
            if name == field_name:
                return text
        raise ValueError(f"{field_name!r} is not a practical question (see QUESTION_FIELDS)")


_DA = EmlTexts(
    lang="da",
    default_meeting_title="Netværksmøde",
    time_span="kl. {start}–{end}",
    greeting="Kære {name}",
    greeting_no_name="Hej",
    greeting_all="Kære alle",
    sign_off="Venlig hilsen",
    host_subject_questions="besøget d. {date} – praktiske spørgsmål",
    host_subject_numbers="besøget d. {date} – antal deltagere",
    host_thanks="Tak fordi {host} vil være vært for vores netværksmøde {date}, {time}.",
    host_thanks_no_host="Tak fordi I vil være vært for vores netværksmøde {date}, {time}.",
    theme_line="Dagens tema er »{theme}«.",
    expected="Vi forventer {count}.",
    expected_up_to="Vi forventer {count}, op til {max}.",
    participants="{n} deltagere",
    participant_one="1 deltager",
    including_guests="heraf {n} gæster",
    including_guest_one="heraf 1 gæst",
    no_signups="Der er endnu ingen tilmeldinger; jeg vender tilbage med antallet.",
    diets="Kosthensyn: {diets}.",
    no_diets="Ingen af de tilmeldte har særlige kosthensyn.",
    questions_intro="Inden besøget har jeg et par praktiske spørgsmål:",
    no_questions="Fra vores side er alt praktisk på plads – tak for hjælpen indtil nu.",
    thanks_in_advance="På forhånd tak.",
    questions=(
        ("address", "Hvilken adresse skal vi møde op på?"),
        ("directions", "Hvordan finder vi vej til mødelokalet, når vi ankommer?"),
        ("parking", "Hvor kan vi parkere?"),
        ("public_transport", "Hvordan kommer man bedst frem med offentlig transport?"),
        ("room", "Hvilket lokale skal vi være i?"),
        (
            "av_equipment",
            "Hvilket AV-udstyr er der i lokalet (projektor eller skærm, HDMI/USB-C, mikrofon)?",
        ),
        ("wifi", "Er der gæste-Wi-Fi, og hvordan får vi adgang til det?"),
        ("catering_lunch", "Hvordan er frokosten arrangeret?"),
        ("catering_coffee", "Hvordan er det med kaffe og te i løbet af dagen?"),
        ("tour_guide", "Hvem viser os rundt på rundvisningen?"),
    ),
    members_subject="{title} d. {date} – invitation og dagsorden",
    invitation="Hermed invitation til vores næste møde i {group}:",
    invitation_no_group="Hermed invitation til vores næste netværksmøde:",
    see_agenda="Dagens program står i den vedhæftede dagsorden.",
    please_reply=(
        "Svar venligst ja eller nej, så jeg kan melde antal deltagere og kosthensyn til værten."
    ),
    agenda_file_name="dagsorden.pdf",
    minutes_subject="Referat: {theme} ({date})",
    minutes_intro="Hermed referatet fra vores møde {date}.",
    minutes_intro_host="Hermed referatet fra vores møde {date} hos {host}.",
    minutes_theme="Temaet var »{theme}«.",
    minutes_draft="Referatet er en kladde – skriv til mig, hvis noget skal rettes eller tilføjes.",
    minutes_confidential=(
        "Referatet er fortroligt og kun til gruppens medlemmer. Del det venligst ikke uden for"
        " gruppen, og videresend ikke denne mail."
    ),
    minutes_password=(
        "Filen er beskyttet med en adgangskode, som I får fra mig ad en anden vej end denne mail."
    ),
    minutes_file_name="referat",
)

_EN = EmlTexts(
    lang="en",
    default_meeting_title="Network meeting",
    time_span="{start}–{end}",
    greeting="Dear {name}",
    greeting_no_name="Hello",
    greeting_all="Dear all",
    sign_off="Kind regards",
    host_subject_questions="the visit on {date} – practical questions",
    host_subject_numbers="the visit on {date} – number of participants",
    host_thanks="Thank you for hosting our network meeting at {host} on {date}, {time}.",
    host_thanks_no_host="Thank you for hosting our network meeting on {date}, {time}.",
    theme_line="The theme of the day is “{theme}”.",
    expected="We expect {count}.",
    expected_up_to="We expect {count}, up to {max}.",
    participants="{n} participants",
    participant_one="1 participant",
    including_guests="including {n} guests",
    including_guest_one="including 1 guest",
    no_signups="No one has signed up yet; I will let you know the numbers.",
    diets="Dietary needs: {diets}.",
    no_diets="No one who signed up has special dietary needs.",
    questions_intro="Before the visit I have a few practical questions:",
    no_questions="Everything practical is settled on our side – thank you for your help so far.",
    thanks_in_advance="Thank you in advance.",
    questions=(
        ("address", "What address should we come to?"),
        ("directions", "How do we find our way to the meeting room when we arrive?"),
        ("parking", "Where can we park?"),
        ("public_transport", "What is the best way to get there by public transport?"),
        ("room", "Which room will we be in?"),
        (
            "av_equipment",
            "What AV equipment does the room have (projector or screen, HDMI/USB-C, microphone)?",
        ),
        ("wifi", "Is there guest Wi-Fi, and how do we get access?"),
        ("catering_lunch", "How will lunch be arranged?"),
        ("catering_coffee", "How will coffee and tea be arranged during the day?"),
        ("tour_guide", "Who will guide us on the tour?"),
    ),
    members_subject="{title} on {date} – invitation and agenda",
    invitation="You are invited to our next meeting of {group}:",
    invitation_no_group="You are invited to our next network meeting:",
    see_agenda="Please see the attached agenda for the programme of the day.",
    please_reply=(
        "Please reply yes or no, so that I can tell the host how many we are and about any "
        "dietary needs."
    ),
    agenda_file_name="agenda.pdf",
    minutes_subject="Minutes: {theme} ({date})",
    minutes_intro="Please find attached the minutes of our meeting on {date}.",
    minutes_intro_host="Please find attached the minutes of our meeting on {date} at {host}.",
    minutes_theme="The theme was “{theme}”.",
    minutes_draft="The minutes are a draft – please let me know if anything should be corrected.",
    minutes_confidential=(
        "The minutes are confidential and for group members only. Please do not share them"
        " outside the group, and do not forward this e-mail."
    ),
    minutes_password=(
        "The file is protected with a password, which I will give you by another way than this"
        " e-mail."
    ),
    minutes_file_name="minutes",
)

_TEXTS = {"da": _DA, "en": _EN}


def eml_texts(lang: str) -> EmlTexts:
    """Danish for any `lang` starting with "da", English otherwise."""
    return _TEXTS["da" if lang.lower().startswith("da") else "en"]


# --- text ------------------------------------------------------------------------------------


def _one_line(text: str, max_chars: int = _MAX_LINE, separator: str = ", ") -> str:
    """User text without control characters, its non-blank lines joined by `separator`."""
    lines = (" ".join(line.split()) for line in clean_text(text, max_chars=max_chars).split("\n"))
    return separator.join(line for line in lines if line)


def _when(meeting: MeetingDocument, texts: EmlTexts) -> tuple[str, str]:
    """The long date and the time span ("kl. 09.30–16.00") of `meeting`: the timetable's, as
    the attached agenda gives it."""
    span = texts.time_span.format(
        start=format_time(meeting.day_start, texts.lang),
        end=format_time(meeting.day_end, texts.lang),
    )
    return format_long_date(meeting.date, texts.lang), span


def _subject(group: str, rest: str, *, capitalise: bool = True) -> str:
    """ "IT Drift: besøget …", or "Besøget …" without a group (`capitalise`)."""
    if group:
        return f"{group}: {rest}"
    return rest[:1].upper() + rest[1:] if capitalise else rest


def _signature(texts: EmlTexts, sender_name: str, group: str, signature: str = "") -> list[str]:
    """The sign-off and the coordinator's `signature` (its lines as typed, without control
    characters; the sign-off once, should the signature start with it); without a signature the
    sender's name and the group."""
    lines = [
        " ".join(line.split())
        for line in clean_text(signature, max_chars=_MAX_SIGNATURE).split("\n")
    ]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    lines = [line[:_MAX_LINE] for line in lines[:_MAX_SIGNATURE_LINES]]
    if lines:
        if lines[0].rstrip(",").casefold() == texts.sign_off.casefold():
            lines.pop(0)
        return [texts.sign_off, *lines]
    return [texts.sign_off, *(part for part in (_one_line(sender_name), group) if part)]


def _participants(texts: EmlTexts, n: int) -> str:
    return texts.participant_one if n == 1 else texts.participants.format(n=n)


def _numbers(catering: CateringSummary, texts: EmlTexts) -> list[str]:
    """How many come (and may come), and their diets, as the host needs to know."""
    if catering.yes <= 0 and catering.maybe <= 0:
        return [texts.no_signups]
    count = _participants(texts, catering.yes)
    if catering.guests > 0:
        guests = (
            texts.including_guest_one
            if catering.guests == 1
            else texts.including_guests.format(n=catering.guests)
        )
        count = f"{count} ({guests})"
    if catering.maybe > 0:
        expected = texts.expected_up_to.format(count=count, max=catering.catering_max)
    else:
        expected = texts.expected.format(count=count)
    diets = [
        f"{_one_line(diet, 100)} ({n})"
        for diet, n in catering.diets.items()
        if n > 0 and _one_line(diet, 100)
    ]
    return [expected, texts.diets.format(diets=", ".join(diets)) if diets else texts.no_diets]


# --- the drafts ------------------------------------------------------------------------------


def host_questions_draft(
    meeting: MeetingDocument,
    *,
    contact_name: str,
    contact_email: str,
    questions: Sequence[str],
    catering: CateringSummary | None,
    lang: str,
    sender_name: str,
    sender_email: str,
    sender_signature: str = "",
) -> EmailDraft:
    """A draft to the host contact asking the practical `questions` still open.

    `questions` are VisitInput field names from QUESTION_FIELDS (as `open_questions()` gives
    them); each becomes a polite question in `lang`. With `catering`, the draft tells the host
    how many are expected (and how many at most, should every "maybe" come) and their diets.
    Raises ValueError for a name that is not in QUESTION_FIELDS.
    """
    texts = eml_texts(lang)
    wanted = dict.fromkeys(questions)  # in the order given, each once
    asked = [texts.question(name) for name in wanted]
    group = _one_line(meeting.group_name)
    host = _one_line(meeting.host_name)
    date, span = _when(meeting, texts)
    name = _one_line(contact_name, _MAX_DISPLAY_NAME, " ")
    lines = [texts.greeting.format(name=name) if name else texts.greeting_no_name, ""]
    thanks = texts.host_thanks if host else texts.host_thanks_no_host
    intro = thanks.format(host=host, date=date, time=span)
    if theme := _one_line(meeting.theme):
        intro = f"{intro} {texts.theme_line.format(theme=theme)}"
    lines += [intro, ""]
    if catering is not None:
        lines += [*_numbers(catering, texts), ""]
    if asked:
        lines += [texts.questions_intro, ""]
        lines += [f"- {question}" for question in asked]
        lines += ["", texts.thanks_in_advance, ""]
    else:
        lines += [texts.no_questions, ""]
    lines += _signature(texts, sender_name, group, sender_signature)
    short = format_short_date(meeting.date, texts.lang)
    subject = (texts.host_subject_questions if asked else texts.host_subject_numbers).format(
        date=short
    )
    return EmailDraft(
        sender_name=sender_name,
        sender_email=sender_email,
        to=((contact_name, contact_email),),
        subject=_subject(group, subject),
        body="\n".join(lines) + "\n",
    )


def _pdf_file_name(name: str, fallback: str) -> str:
    """`name` as a safe file name ending in ".pdf", or `fallback` when nothing is left of it."""
    safe = _file_name(name)
    if not safe:
        return fallback
    return safe if safe.lower().endswith(".pdf") else f"{safe[: _MAX_FILE_NAME - 4]}.pdf"


def members_agenda_draft(
    meeting: MeetingDocument,
    *,
    members: Sequence[tuple[str, str]],
    agenda_pdf: bytes,
    agenda_file_name: str,
    lang: str,
    sender_name: str,
    sender_email: str,
    sender_signature: str = "",
) -> EmailDraft:
    """A draft inviting the `members` (name, address) with the day agenda attached.

    It is addressed to the coordinator, with the members in Bcc so that no member's address is
    shared with the others. A member without an address, or listed twice, is written once.
    """
    texts = eml_texts(lang)
    group = _one_line(meeting.group_name)
    title = _one_line(meeting.theme) or texts.default_meeting_title
    date, span = _when(meeting, texts)
    place = ", ".join(
        part
        for part in (_one_line(meeting.host_name), _one_line(meeting.host_address, 2 * _MAX_LINE))
        if part
    )
    invitation = texts.invitation.format(group=group) if group else texts.invitation_no_group
    lines = [texts.greeting_all, "", invitation, "", f"  {title}", f"  {date}, {span}"]
    if place:
        lines.append(f"  {place}")
    lines += ["", texts.see_agenda, "", texts.please_reply, ""]
    lines += _signature(texts, sender_name, group, sender_signature)
    seen: set[str] = set()
    recipients: list[tuple[str, str]] = []
    for name, address in members:
        key = address.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            recipients.append((name, address))
    short = format_short_date(meeting.date, texts.lang)
    return EmailDraft(
        sender_name=sender_name,
        sender_email=sender_email,
        to=tuple(recipients),
        subject=_subject(
            group, texts.members_subject.format(title=title, date=short), capitalise=False
        ),
        body="\n".join(lines) + "\n",
        attachments=(
            (
                _pdf_file_name(agenda_file_name, texts.agenda_file_name),
                "application/pdf",
                agenda_pdf,
            ),
        ),
        bcc=True,
    )


_MINUTES_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/markdown": ".md",
}


def members_minutes_draft(
    document: MinutesDocument,
    *,
    members: Sequence[tuple[str, str]],
    attachment: bytes,
    file_name: str,
    mime_type: str,
    lang: str,
    sender_name: str,
    sender_email: str,
    sender_signature: str = "",
    password_protected: bool = False,
) -> EmailDraft:
    """A draft sending the minutes (`attachment`, as exported) to the `members`.

    Addressed to the coordinator with the members in Bcc, like the invitation. The body says
    which meeting the minutes are from and that they are confidential to the group (and, with
    `password_protected`, that the password comes another way); it never quotes the minutes,
    so no round-table text is in the mail itself.
    """
    texts = eml_texts(lang)
    group = _one_line(document.group_name)
    theme = _one_line(document.theme) or texts.default_meeting_title
    date = format_long_date(document.meeting_date, texts.lang)
    host = _one_line(document.host_name)
    intro = (
        texts.minutes_intro_host.format(date=date, host=host)
        if host
        else texts.minutes_intro.format(date=date)
    )
    if _one_line(document.theme):
        intro = f"{intro} {texts.minutes_theme.format(theme=theme)}"
    lines = [texts.greeting_all, "", intro, ""]
    if document.status is MinutesStatus.DRAFT:
        lines += [texts.minutes_draft, ""]
    lines += [texts.minutes_confidential, ""]
    if password_protected:
        lines += [texts.minutes_password, ""]
    lines += _signature(texts, sender_name, group, sender_signature)
    seen: set[str] = set()
    recipients: list[tuple[str, str]] = []
    for name, address in members:
        key = address.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            recipients.append((name, address))
    fallback = texts.minutes_file_name + _MINUTES_EXTENSIONS.get(mime_type.strip().lower(), "")
    short = format_short_date(document.meeting_date, texts.lang)
    return EmailDraft(
        sender_name=sender_name,
        sender_email=sender_email,
        to=tuple(recipients),
        subject=texts.minutes_subject.format(theme=theme, date=short),
        body="\n".join(lines) + "\n",
        attachments=((_file_name(file_name) or fallback, mime_type, attachment),),
        bcc=True,
    )


# --- the message -----------------------------------------------------------------------------

# What Windows and macOS do not allow in a file name, besides control characters.
_FILE_NAME_FORBIDDEN = re.compile(r'[\\/:*?"<>|]')
_MIME_TYPE = re.compile(r"^([a-z0-9][a-z0-9!#$&^_.+-]*)/([a-z0-9][a-z0-9!#$&^_.+-]*)$")


def _single_line(text: str, max_chars: int) -> str:
    """`text` without control characters, on one line with single spaces."""
    return " ".join(clean_text(text, max_chars=max_chars).split())


def _header_text(text: str, max_chars: int) -> str:
    """`text` on one line with single spaces: nothing in it can start a header of its own.

    "=?" is split by a zero-width space, so that no text is taken for an RFC 2047 encoded word:
    the email package decodes such words when a header is set, and a CR/LF encoded in one is
    then written raw, as a header of its own (patched Pythons raise HeaderWriteError instead).
    """
    return _single_line(text, max_chars).replace("=?", "=\u200b?")


def _file_name(name: str) -> str:
    """`name` as a file name any mail program and file system accepts ("" if nothing is left).

    ("?" is among the characters replaced, so no "=?" is left to be read as an encoded word.)
    """
    safe = _FILE_NAME_FORBIDDEN.sub("_", _single_line(name, 4 * _MAX_FILE_NAME))
    safe = safe.strip(" .")
    if len(safe) > _MAX_FILE_NAME:
        stem, dot, extension = safe.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            safe = f"{stem[: _MAX_FILE_NAME - len(extension) - 1].rstrip()}.{extension}"
        else:
            safe = safe[:_MAX_FILE_NAME].rstrip()
    return safe


def _address(name: str, address: str) -> Address | None:
    """The mailbox `name <address>`, or None if `address` is not a usable e-mail address.

    An international domain is written in its ASCII (IDNA) form; a local part that is not
    ASCII would need SMTPUTF8, which the drafts do not rely on, so such an address is left out.
    """
    address = "".join(clean_text(address, max_chars=4 * _MAX_ADDRESS).split())
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return None
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    address = f"{local}@{domain}"
    if not is_valid_email(address) or "=?" in address:
        return None
    try:
        return Address(display_name=_header_text(name, _MAX_DISPLAY_NAME), addr_spec=address)
    except (ValueError, HeaderParseError):
        return None


def _mime_type(mime_type: str) -> tuple[str, str]:
    """(maintype, subtype) of `mime_type`; application/octet-stream if it is not one a single
    attachment can have."""
    match = _MIME_TYPE.match(mime_type.strip().lower())
    if match is None or match.group(1) in ("multipart", "message"):
        return "application", "octet-stream"
    return match.group(1), match.group(2)


def _boundary(draft: EmailDraft) -> str:
    """The multipart boundary of `draft`: "==" and a hash of the body and attachments."""
    digest = hashlib.sha256(draft.body.encode("utf-8", "surrogatepass"))
    for file_name, mime_type, data in draft.attachments:
        for piece in (
            file_name.encode("utf-8", "surrogatepass"),
            mime_type.encode("utf-8", "surrogatepass"),
            data,
        ):
            digest.update(len(piece).to_bytes(8, "big"))
            digest.update(piece)
    return f"==coordinator-{digest.hexdigest()[:32]}=="


def _mailboxes(addresses: Sequence[Address]) -> list[tuple[str, str]]:
    return [(address.display_name, address.addr_spec) for address in addresses]


def left_out_recipients(draft: EmailDraft) -> list[tuple[str, str]]:
    """The (name, address) of `draft.to` that `eml_bytes` leaves out: the address is not one an
    e-mail can be sent to."""
    return [(name, address) for name, address in draft.to if _address(name, address) is None]


def _address_headers(draft: EmailDraft) -> list[tuple[str, list[tuple[str, str]]]]:
    """The address headers of `draft`: (name, [(display name, addr-spec), …])."""
    sender = _address(draft.sender_name, draft.sender_email)
    recipients = [
        mailbox
        for mailbox in (_address(name, address) for name, address in draft.to)
        if mailbox is not None
    ]
    headers: list[tuple[str, list[Address]]] = []
    if sender is not None:
        headers.append(("From", [sender]))
    if draft.bcc:
        if sender is not None:
            headers.append(("To", [sender]))
        if recipients:
            headers.append(("Bcc", recipients))
    elif recipients:
        headers.append(("To", recipients))
    return [(name, _mailboxes(addresses)) for name, addresses in headers]


def eml_bytes(draft: EmailDraft, *, date: dt.datetime | None = None) -> bytes:
    """`draft` as an unsent RFC 5322 message (CRLF line endings), for Outlook and Thunderbird.

    `date` is the Date header (now, in local time, when not given; a naive value is local time).
    Recipients go in To, or in Bcc with the sender in To when `draft.bcc`. Addresses that are
    not e-mail addresses are left out (`left_out_recipients`), and so is From when the sender's
    address is not one (the mail program then uses its own account). The address headers and
    the subject are folded by `mail_headers`; a text attachment is declared UTF-8.

    The message is parsed back before it is returned: raises DraftCheckFailed if any recipient,
    the subject or an attachment does not come back as meant.
    """
    moment = dt.datetime.now(dt.UTC) if date is None else date
    addresses = _address_headers(draft)
    subject = _header_text(draft.subject, _MAX_SUBJECT)
    message = EmailMessage(policy=_POLICY)
    for name, mailboxes in addresses:
        message.set_raw(name, mail_headers.address_header(mailboxes, name))
    message.set_raw("Subject", mail_headers.text_header(subject, "Subject"))
    message["Date"] = format_datetime(moment.astimezone())
    message["X-Unsent"] = "1"
    message.set_content(
        clean_text(draft.body), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    attachments: list[tuple[str, str, bytes]] = []
    for file_name, mime_type, data in draft.attachments:
        maintype, subtype = _mime_type(mime_type)
        name = _file_name(file_name) or "attachment"
        # The Content-Type name is what older Outlook versions read. The app's text
        # attachments (the Markdown minutes) are UTF-8, and say so.
        params = {"name": name, **({"charset": "utf-8"} if maintype == "text" else {})}
        message.add_attachment(
            bytes(data), maintype=maintype, subtype=subtype, filename=name, params=params
        )
        attachments.append((name, f"{maintype}/{subtype}", bytes(data)))
    if message.is_multipart():
        for part in message.iter_parts():
            del part["MIME-Version"]  # set_content puts it on every part; it belongs at the top
        # Derived from the content instead of random, so that a draft always gives the same
        # bytes. No part can contain the delimiter line "--==…": base64 has no "-", and
        # quoted-printable writes every "=" as "=3D".
        message.set_boundary(_boundary(draft))
    data = message.as_bytes(policy=_POLICY)
    mail_headers.check_read_back(data, addresses, subject, attachments)
    return data


def write_eml(draft: EmailDraft, out: Path, *, date: dt.datetime | None = None) -> None:
    """Write `eml_bytes(draft)` to `out` atomically, readable only by the user; nothing is
    written when the draft does not read back as meant (DraftCheckFailed)."""
    write_private_file(out, eml_bytes(draft, date=date))
