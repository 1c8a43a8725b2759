"""Validation of what people type or import: names, e-mail addresses, phone numbers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers

from coordinator_app.domain.names import clean_name

DEFAULT_REGION = "DK"
MAX_GROUP_NAME_CHARS = 100

# Deliberately pragmatic: one @, a dot-separated domain with a TLD, no spaces. RFC 5322 allows
# more, but no mail client a member uses produces such addresses.
_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,63}$"
)


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of a form: which field, a stable code and an English message.

    The UI shows a translated text chosen by `code` (with `value` filled in); the CLI prints
    `message`.
    """

    field: str
    code: str
    message: str
    value: str = ""


def is_valid_email(value: str) -> bool:
    """True if `value` looks like an e-mail address a mail client would accept."""
    value = value.strip()
    if len(value) > 254 or ".." in value:
        return False
    return bool(_EMAIL_RE.match(value))


@functools.lru_cache(maxsize=4096)  # an import asks for each number up to three times
def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in international format (+45 12 34 56 78), or None if it is not a phone number.

    A number without a country code is read as a number in `region`.
    """
    value = value.strip()
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_group_name(name: str) -> list[FieldError]:
    """Problems with a group's name (judged as `clean_name` stores it)."""
    name = clean_name(name)
    if not name:
        return [FieldError("name", "name_required", "A group needs a name.")]
    if len(name) > MAX_GROUP_NAME_CHARS:
        return [
            FieldError(
                "name",
                "too_long",
                f"A group's name can be at most {MAX_GROUP_NAME_CHARS} characters.",
                str(MAX_GROUP_NAME_CHARS),
            )
        ]
    return []


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma- or semicolon-separated list, trimmed, without empties or repeats."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())
