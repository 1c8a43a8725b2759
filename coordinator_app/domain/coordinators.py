"""Who runs a group: the coordinator (the sender of the group's e-mails) and a co-coordinator.

A coordinator is given by name, e-mail address, phone and the signature under the e-mails; all
are optional, and an entry with nothing in it is no entry. The e-mail drafts are sent from the
first coordinator and end with their signature.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordinator_app.domain.text import clean_text
from coordinator_app.domain.validation import FieldError, is_valid_email, normalise_phone

#: A group has at most this many coordinators: the coordinator and a co-coordinator.
MAX_COORDINATORS = 2
MAX_COORDINATOR_NAME_CHARS = 200
MAX_SIGNATURE_CHARS = 1000
#: Lines of a signature that an e-mail draft takes (the rest is left out).
MAX_SIGNATURE_LINES = 12


@dataclass(frozen=True)
class CoordinatorInput:
    """A coordinator as typed: name, e-mail address, phone and signature (each may be empty)."""

    name: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(part.strip() for part in (self.name, self.email, self.phone, self.signature))


def validate_coordinator(data: CoordinatorInput) -> list[FieldError]:
    """Problems with a coordinator entry, one per field."""
    data = cleaned_coordinator(data)
    errors: list[FieldError] = []
    if len(data.name) > MAX_COORDINATOR_NAME_CHARS:
        errors.append(
            FieldError(
                "name",
                "too_long",
                f"A name can be at most {MAX_COORDINATOR_NAME_CHARS} characters.",
                str(MAX_COORDINATOR_NAME_CHARS),
            )
        )
    if data.email and not is_valid_email(data.email):
        errors.append(
            FieldError(
                "email", "email_invalid", f"“{data.email}” is not an e-mail address.", data.email
            )
        )
    if data.phone and normalise_phone(data.phone) is None:
        errors.append(
            FieldError(
                "phone", "phone_invalid", f"“{data.phone}” is not a phone number.", data.phone
            )
        )
    if len(data.signature) > MAX_SIGNATURE_CHARS:
        errors.append(
            FieldError(
                "signature",
                "too_long",
                f"A signature can be at most {MAX_SIGNATURE_CHARS} characters.",
                str(MAX_SIGNATURE_CHARS),
            )
        )
    return errors


def cleaned_coordinator(data: CoordinatorInput) -> CoordinatorInput:
    """`data` trimmed, without control characters; the phone in international format; the
    signature's lines without trailing spaces and without blank lines around it."""
    phone = " ".join(clean_text(data.phone).split())
    signature = "\n".join(
        line.rstrip() for line in clean_text(data.signature, multiline=True).split("\n")
    ).strip("\n")
    return CoordinatorInput(
        name=" ".join(clean_text(data.name).split()),
        email="".join(clean_text(data.email).split()),
        phone=(normalise_phone(phone) or phone) if phone else "",
        signature=signature.strip(),
    )
