"""What a person is when typed into the roster form, and the rules it must follow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.domain.text import clean_text
from coordinator_app.domain.validation import FieldError, is_valid_email, normalise_phone

MAX_NAME_LENGTH = 200  # a person's name; also a company, a job title, an industry
MAX_TEXT_LENGTH = 10_000
MAX_TAG_LENGTH = 100  # one expertise tag (the column holds 100)


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
    person = cleaned_text(person)
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
    if any(len(tag.strip()) > MAX_TAG_LENGTH for tag in person.expertise):
        errors.append(_too_long("expertise", "An expertise tag", MAX_TAG_LENGTH))
    return errors


def _too_long(field_name: str, what: str, limit: int) -> FieldError:
    return FieldError(
        field_name, "too_long", f"{what} can be at most {limit} characters.", str(limit)
    )


def cleaned_text(person: PersonInput) -> PersonInput:
    """`person` without control, bidi-override or hidden characters (domain/text.py)."""
    return PersonInput(
        name=clean_text(person.name),
        email=clean_text(person.email),
        phone=clean_text(person.phone),
        address=clean_text(person.address, multiline=True),
        expertise=tuple(clean_text(t) for t in person.expertise),
        dietary_needs=clean_text(person.dietary_needs, multiline=True),
        consent_share_contact=person.consent_share_contact,
        notes=clean_text(person.notes, multiline=True),
    )


def cleaned(person: PersonInput) -> PersonInput:
    """`person` with whitespace trimmed, without control characters, and the phone number in
    international format."""
    person = cleaned_text(person)
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
    """Problems with a job entry: a company is required; company, title and industry are at
    most MAX_NAME_LENGTH characters."""
    job = cleaned_job(job)
    errors: list[FieldError] = []
    if not job.company:
        errors.append(FieldError("company", "company_required", "A company is required."))
    for field_name, what in (
        ("company", "A company"),
        ("title", "A title"),
        ("industry", "An industry"),
    ):
        if len(getattr(job, field_name)) > MAX_NAME_LENGTH:
            errors.append(_too_long(field_name, what, MAX_NAME_LENGTH))
    return errors


def cleaned_job(job: JobInput) -> JobInput:
    """`job` on single lines with single spaces, without control characters."""
    return JobInput(
        company=" ".join(clean_text(job.company).split()),
        title=" ".join(clean_text(job.title).split()),
        industry=" ".join(clean_text(job.industry).split()),
        started_on=job.started_on,
    )
