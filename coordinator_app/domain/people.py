"""What a person is when typed into the roster form, and the rules it must follow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.domain.validation import FieldError, is_valid_email, normalise_phone

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 10_000


@dataclass(frozen=True)
class PersonInput:
    """The editable facts about a person, as the roster form or an import gives them."""

    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    expertise: tuple[str, ...] = ()
    dietary_needs: str = ""
    consent_share_contact: bool = False
    notes: str = ""


@dataclass(frozen=True)
class JobInput:
    """A job: company, title and the company's industry, from a date."""

    company: str
    title: str = ""
    industry: str = ""
    started_on: dt.date | None = None


def validate_person(person: PersonInput) -> list[FieldError]:
    """Every problem with `person`, one per field; an empty list means it may be saved."""
    errors: list[FieldError] = []
    name = person.name.strip()
    if not name:
        errors.append(FieldError("name", "name_required", "A name is required."))
    elif len(name) > MAX_NAME_LENGTH:
        errors.append(
            FieldError(
                "name",
                "name_too_long",
                f"The name is longer than {MAX_NAME_LENGTH} characters.",
            )
        )
    if person.email.strip() and not is_valid_email(person.email):
        email = person.email.strip()
        errors.append(
            FieldError("email", "email_invalid", f"“{email}” is not an e-mail address.", email)
        )
    if person.phone.strip() and normalise_phone(person.phone) is None:
        phone = person.phone.strip()
        errors.append(
            FieldError("phone", "phone_invalid", f"“{phone}” is not a phone number.", phone)
        )
    for field_name in ("address", "dietary_needs", "notes"):
        if len(getattr(person, field_name)) > MAX_TEXT_LENGTH:
            errors.append(FieldError(field_name, "text_too_long", "The text is too long."))
    return errors


def cleaned(person: PersonInput) -> PersonInput:
    """`person` with whitespace trimmed and the phone number in international format."""
    phone = person.phone.strip()
    return PersonInput(
        name=" ".join(person.name.split()),
        email=person.email.strip(),
        phone=(normalise_phone(phone) or phone) if phone else "",
        address=person.address.strip(),
        expertise=tuple(t.strip() for t in person.expertise if t.strip()),
        dietary_needs=person.dietary_needs.strip(),
        consent_share_contact=person.consent_share_contact,
        notes=person.notes.strip(),
    )


def validate_job(job: JobInput) -> list[FieldError]:
    """Problems with a job entry: a company is required."""
    if not job.company.strip():
        return [FieldError("company", "company_required", "A company is required.")]
    return []
