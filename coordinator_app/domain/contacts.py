"""Contact records as read from other programs' files (vCard, CSV), before they become members."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def email(self) -> str:
        """The first (preferred) e-mail address, or an empty string."""
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        """The first (preferred) phone number, or an empty string."""
        return self.phones[0] if self.phones else ""


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


@dataclass
class ParsedContacts:
    """What a reader found in a file: the records it could read and the problems it met."""

    records: list[ContactRecord] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
