"""The fixed texts that printed documents show, in Danish and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentTexts:
    """Labels and phrases for printed documents in one language; `{…}` fields are str.format."""

    lang: str
    member_list_title: str
    confidential_notice: str
    generated_on: str
    page: str
    col_name: str
    col_company: str
    col_title: str
    col_industry: str
    col_email: str
    col_phone: str
    col_expertise: str
    col_member_since: str
    members_count: str
    member_count_one: str


_DA = DocumentTexts(
    lang="da",
    member_list_title="Medlemsliste",
    confidential_notice="Fortroligt – kun til gruppens medlemmer",
    generated_on="Udskrevet {date}",
    page="Side {page} af {pages}",
    col_name="Navn",
    col_company="Virksomhed",
    col_title="Stilling",
    col_industry="Branche",
    col_email="E-mail",
    col_phone="Telefon",
    col_expertise="Kompetencer",
    col_member_since="Medlem siden",
    members_count="{n} medlemmer",
    member_count_one="1 medlem",
)

_EN = DocumentTexts(
    lang="en",
    member_list_title="Member list",
    confidential_notice="Confidential – for group members only",
    generated_on="Printed {date}",
    page="Page {page} of {pages}",
    col_name="Name",
    col_company="Company",
    col_title="Title",
    col_industry="Industry",
    col_email="E-mail",
    col_phone="Phone",
    col_expertise="Expertise",
    col_member_since="Member since",
    members_count="{n} members",
    member_count_one="1 member",
)

_TEXTS = {"da": _DA, "en": _EN}


def document_language(lang: str) -> str:
    """The supported document language for `lang` ("da", "da-DK" → "da"); otherwise "en"."""
    return "da" if lang.lower().startswith("da") else "en"


def document_texts(lang: str) -> DocumentTexts:
    """The document texts in `lang`; languages other than Danish get English."""
    return _TEXTS[document_language(lang)]


def count_members(texts: DocumentTexts, n: int) -> str:
    """ "12 medlemmer" / "1 member": the member count with the right singular or plural."""
    return texts.member_count_one if n == 1 else texts.members_count.format(n=n)
