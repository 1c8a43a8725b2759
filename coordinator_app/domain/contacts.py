"""Contact records as read from other programs' files (vCard, CSV), before they become members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from coordinator_app.domain.text import clean_text


@dataclass(frozen=True)
class ContactRecord:
    """One contact read from a file; `line` is where it starts in the file (the first line is 1)."""

    line: int
    full_name: str
    given_name: str = ""
    family_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    organisation: str = ""
    title: str = ""
    address: str = ""
    note: str = ""
    # What the roster's own exports carry besides (see exchange/roster_csv.py): the industry of
    # the organisation, expertise tags, the membership's dates and whether the member shares
    # their contact details (None: the file does not say).
    industry: str = ""
    expertise: tuple[str, ...] = ()
    dietary_needs: str = ""
    consent_share_contact: bool | None = None
    member_since: dt.date | None = None
    left_on: dt.date | None = None

    def __post_init__(self) -> None:
        # Whatever a file holds, a record carries no terminal controls, bidi overrides or
        # hidden characters (domain/text.py): not in a preview, not in the database.
        for name in _RECORD_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                clean: object = clean_text(value, multiline=name in _MULTILINE_FIELDS)
            elif isinstance(value, tuple):
                clean = tuple(clean_text(v) if isinstance(v, str) else v for v in value)
            else:
                continue
            if clean != value:
                object.__setattr__(self, name, clean)

    @property
    def email(self) -> str:
        """The first (preferred) e-mail address, or an empty string."""
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        """The first (preferred) phone number, or an empty string."""
        return self.phones[0] if self.phones else ""


_MULTILINE_FIELDS = frozenset({"address", "note", "dietary_needs"})
_RECORD_FIELDS = tuple(f.name for f in fields(ContactRecord))


@dataclass(frozen=True)
class ParseProblem:
    """Something wrong at one place in a file: what and where.

    `message` is English (for the command line); the GUI shows a translated text chosen by
    `code`, with `value` filled in.
    """

    line: int
    message: str
    code: str = field(default="", compare=False)
    value: str = field(default="", compare=False)

    @property
    def drops_value(self) -> bool:
        """The problem leaves one value out ("email_left_out", "phone_left_out", …); the
        contact itself is read without it."""
        return self.code.endswith("_left_out")

    @property
    def skips_contact(self) -> bool:
        """The problem leaves a whole contact out (no usable name, an unreadable card), or the
        rest of the file."""
        return self.code in _SKIPPING_CODES


# The problems that leave a contact out: see ParseProblem.skips_contact.
_SKIPPING_CODES = frozenset({"no_name", "vcard_unreadable", "csv_unreadable_rest"})


@dataclass
class ParsedContacts:
    """What a reader found in a file: the records it could read and the problems it met."""

    records: list[ContactRecord] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
