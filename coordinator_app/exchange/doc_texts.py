"""The fixed texts that printed documents show, in Danish and English."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator_app.domain.enums import AgendaKind


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
    # The day agenda of one meeting.
    agenda_title: str
    default_meeting_title: str
    time_span_prose: str
    host_label: str
    coordinator_label: str
    cancelled_banner: str
    practical_heading: str
    programme_heading: str
    col_time: str
    col_item: str
    col_speaker: str
    agenda_empty: str
    # The visitor list for the host's reception.
    visitor_list_title: str
    reception_note: str
    address_label: str
    host_contact_label: str
    phone_prefix: str
    tour_label: str
    tour_guided_by: str
    tour_about_minutes: str
    visitors_number_label: str
    visitors_count: str
    visitor_count_one: str
    visitor_guests: str
    visitor_guest_one: str
    visitors_total_label: str
    requirements_heading: str
    requirement_id: str
    requirement_id_hint: str
    requirement_nda: str
    requirement_nda_hint: str
    requirement_safety_shoes: str
    requirement_no_photos: str
    visitors_heading: str
    visitors_empty: str
    col_number: str
    col_id_checked: str
    col_signature: str
    guest_tag: str


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
    agenda_title="Dagsorden",
    default_meeting_title="Netværksmøde",
    time_span_prose="kl. {start}–{end}",
    host_label="Vært",
    coordinator_label="Koordinator",
    cancelled_banner="AFLYST – mødet holdes ikke",
    practical_heading="Praktisk information",
    programme_heading="Program",
    col_time="Tid",
    col_item="Punkt",
    col_speaker="Oplægsholder",
    agenda_empty="Dagens program er ikke lagt endnu.",
    visitor_list_title="Besøgsliste",
    reception_note="Kun til brug i receptionen – destrueres efter besøget",
    address_label="Adresse",
    host_contact_label="Kontaktperson",
    phone_prefix="tlf.",
    tour_label="Rundvisning",
    tour_guided_by="ved {name}",
    tour_about_minutes="ca. {n} min.",
    visitors_number_label="Antal",
    visitors_count="{n} besøgende",
    visitor_count_one="1 besøgende",
    visitor_guests="heraf {n} gæster",
    visitor_guest_one="heraf 1 gæst",
    visitors_total_label="I alt",
    requirements_heading="Krav ved rundvisningen",
    requirement_id="Gyldigt billed-ID",
    requirement_id_hint="sæt flueben i kolonnen »ID tjekket« – notér ikke ID-numre",
    requirement_nda="Tavshedserklæring (NDA)",
    requirement_nda_hint="underskrives ved ankomst",
    requirement_safety_shoes="Sikkerhedssko",
    requirement_no_photos="Fotografering ikke tilladt",
    visitors_heading="Besøgende",
    visitors_empty="Ingen har meldt sig til endnu.",
    col_number="Nr.",
    col_id_checked="ID tjekket ✓",
    col_signature="Underskrift (NDA)",
    guest_tag="gæst",
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
    agenda_title="Agenda",
    default_meeting_title="Network meeting",
    time_span_prose="{start}–{end}",
    host_label="Host",
    coordinator_label="Coordinator",
    cancelled_banner="CANCELLED – the meeting will not take place",
    practical_heading="Practical information",
    programme_heading="Programme",
    col_time="Time",
    col_item="Item",
    col_speaker="Speaker",
    agenda_empty="The programme for the day has not been set yet.",
    visitor_list_title="Visitor list",
    reception_note="For reception use only – please destroy after the visit",
    address_label="Address",
    host_contact_label="Host contact",
    phone_prefix="phone",
    tour_label="Tour",
    tour_guided_by="guided by {name}",
    tour_about_minutes="about {n} min.",
    visitors_number_label="Headcount",
    visitors_count="{n} visitors",
    visitor_count_one="1 visitor",
    visitor_guests="including {n} guests",
    visitor_guest_one="including 1 guest",
    visitors_total_label="Total",
    requirements_heading="Tour requirements",
    requirement_id="Valid photo ID",
    requirement_id_hint="tick the “ID checked” column – do not write down ID numbers",
    requirement_nda="Non-disclosure agreement (NDA)",
    requirement_nda_hint="to be signed on arrival",
    requirement_safety_shoes="Safety shoes",
    requirement_no_photos="No photography",
    visitors_heading="Visitors",
    visitors_empty="No one has signed up yet.",
    col_number="No.",
    col_id_checked="ID checked ✓",
    col_signature="Signature (NDA)",
    guest_tag="guest",
)

_TEXTS = {"da": _DA, "en": _EN}

_AGENDA_KIND_LABELS: dict[str, dict[AgendaKind, str]] = {
    "da": {
        AgendaKind.ARRIVAL: "Ankomst",
        AgendaKind.WELCOME: "Velkomst",
        AgendaKind.TOUR: "Rundvisning",
        AgendaKind.TALK: "Oplæg",
        AgendaKind.LUNCH: "Frokost",
        AgendaKind.BREAK: "Pause",
        AgendaKind.DISCUSSION: "Diskussion",
        AgendaKind.ROUND_TABLE: "Rundt om bordet",
        AgendaKind.NEXT_THEME: "Næste tema",
        AgendaKind.OTHER: "Andet",
    },
    "en": {
        AgendaKind.ARRIVAL: "Arrival",
        AgendaKind.WELCOME: "Welcome",
        AgendaKind.TOUR: "Tour",
        AgendaKind.TALK: "Talk",
        AgendaKind.LUNCH: "Lunch",
        AgendaKind.BREAK: "Break",
        AgendaKind.DISCUSSION: "Discussion",
        AgendaKind.ROUND_TABLE: "Round table",
        AgendaKind.NEXT_THEME: "Next theme",
        AgendaKind.OTHER: "Other",
    },
}


def document_language(lang: str) -> str:
    """The supported document language for `lang` ("da", "da-DK" → "da"); otherwise "en"."""
    return "da" if lang.lower().startswith("da") else "en"


def document_texts(lang: str) -> DocumentTexts:
    """The document texts in `lang`; languages other than Danish get English."""
    return _TEXTS[document_language(lang)]


def count_members(texts: DocumentTexts, n: int) -> str:
    """ "12 medlemmer" / "1 member": the member count with the right singular or plural."""
    return texts.member_count_one if n == 1 else texts.members_count.format(n=n)


def agenda_kind_label(kind: AgendaKind, lang: str) -> str:
    """ "Oplæg" / "Talk": what kind of agenda item `kind` is, in `lang` (English fallback)."""
    return _AGENDA_KIND_LABELS[document_language(lang)][kind]
