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
    # Under the member list: how many members' contact details it shows, and why.
    contacts_consent_note: str
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
    agenda_overrun: str
    agenda_tour_guide_label: str
    agenda_tour_length_label: str
    agenda_bring_heading: str
    agenda_requirement_id: str
    agenda_requirement_nda: str
    agenda_requirement_safety_shoes: str
    agenda_requirement_no_photos: str
    # The visitor list for the host's reception.
    visitor_list_title: str
    reception_note: str
    address_label: str
    host_contact_label: str
    phone_prefix: str
    tour_label: str
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
    # The minutes of one meeting (PDF, Word and Markdown).
    minutes_title: str
    minutes_status_label: str
    minutes_status_draft: str
    minutes_status_sent: str
    minutes_status_approved: str
    minutes_draft_note: str
    minutes_confidential_intro: str
    attendance_heading: str
    attendance_summary: str
    attendance_empty: str
    attendance_present: str
    attendance_late: str
    attendance_left_early: str
    attendance_excused: str
    attendance_absent: str
    attendance_not_taken: str
    col_attendance: str
    talks_heading: str
    talks_empty: str
    round_table_heading: str
    round_table_empty: str
    entries_left_out: str
    entry_left_out_one: str
    entries_anonymised: str
    entry_anonymised_one: str
    others_left_out: str
    other_left_out_one: str
    others_anonymised: str
    other_anonymised_one: str
    topics_label: str
    level_group_only: str
    level_anonymous: str
    decisions_heading: str
    decisions_empty: str
    actions_heading: str
    actions_open_heading: str
    actions_done_heading: str
    actions_empty: str
    col_action: str
    col_owner: str
    col_due: str
    col_from_meeting: str
    col_done_on: str
    action_this_meeting: str
    next_meeting_heading: str
    next_theme_label: str
    next_theme_undecided: str
    theme_votes_heading: str
    col_theme: str
    col_proposed_by: str
    col_votes: str
    theme_chosen: str
    speakers_heading: str
    speakers_empty: str
    col_topic: str
    col_status: str
    speaker_status_idea: str
    speaker_status_asked: str
    speaker_status_confirmed: str
    speaker_status_declined: str
    speaker_status_held: str
    speaker_for_meeting: str
    # The annual report of a group.
    annual_report_title: str
    report_meetings_heading: str
    report_no_meetings: str
    col_date: str
    col_host: str
    col_present: str
    col_absent: str
    col_meetings: str
    col_share: str
    col_speakers: str
    meeting_status_planned: str
    meeting_status_confirmed: str
    meeting_status_held: str
    meeting_status_cancelled: str
    report_hosts_heading: str
    report_no_hosts: str
    report_attendance_heading: str
    report_attendance_note: str
    report_no_members: str
    report_themes_heading: str
    report_themes_next_heading: str
    report_no_themes: str
    report_summary: str


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
    contacts_consent_note=(
        "Kontaktoplysninger vises kun for medlemmer, der har givet samtykke ({shown} af {total})."
    ),
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
    agenda_overrun="Programmet slutter kl. {end}, efter det planlagte sluttidspunkt {planned}.",
    agenda_tour_guide_label="Rundviser",
    agenda_tour_length_label="Varighed",
    agenda_bring_heading="Husk:",
    agenda_requirement_id="Medbring gyldigt ID",
    agenda_requirement_nda="Der skal underskrives en fortrolighedserklæring (NDA)",
    agenda_requirement_safety_shoes="Sikkerhedssko påkrævet",
    agenda_requirement_no_photos="Fotografering ikke tilladt",
    visitor_list_title="Besøgsliste",
    reception_note="Kun til brug i receptionen – destrueres efter besøget",
    address_label="Adresse",
    host_contact_label="Kontaktperson",
    phone_prefix="tlf.",
    tour_label="Rundvisning",
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
    minutes_title="Referat",
    minutes_status_label="Status",
    minutes_status_draft="Kladde",
    minutes_status_sent="Udsendt",
    minutes_status_approved="Godkendt",
    minutes_draft_note="Kladde – referatet er endnu ikke godkendt af gruppen.",
    minutes_confidential_intro=(
        "Referatet er fortroligt og kun til gruppens medlemmer. Del det ikke uden for gruppen –"
        " og slet ikke det, der blev sagt rundt om bordet."
    ),
    attendance_heading="Fremmøde",
    attendance_summary="{present} til stede · {absent} fraværende",
    attendance_empty="Fremmødet er ikke registreret.",
    attendance_present="Til stede",
    attendance_late="Kom senere",
    attendance_left_early="Gik tidligere",
    attendance_excused="Afbud",
    attendance_absent="Fraværende uden afbud",
    attendance_not_taken="Ikke registreret",
    col_attendance="Fremmøde",
    talks_heading="Oplæg og program",
    talks_empty="Der er ikke skrevet noter til dagens program.",
    round_table_heading="Rundt om bordet",
    round_table_empty="Der er ikke skrevet indlæg ned fra runden.",
    entries_left_out="{n} indlæg er udeladt af fortrolighedshensyn.",
    entry_left_out_one="1 indlæg er udeladt af fortrolighedshensyn.",
    entries_anonymised="{n} indlæg er gengivet uden navn og virksomhed.",
    entry_anonymised_one="1 indlæg er gengivet uden navn og virksomhed.",
    others_left_out=(
        "{n} andre tekster (noter, beslutninger, opgaver eller forslag) er udeladt af "
        "fortrolighedshensyn."
    ),
    other_left_out_one=(
        "1 anden tekst (en note, en beslutning, en opgave eller et forslag) er udeladt af "
        "fortrolighedshensyn."
    ),
    others_anonymised="{n} andre tekster er gengivet uden navn.",
    other_anonymised_one="1 anden tekst er gengivet uden navn.",
    topics_label="Emner",
    level_group_only="kun for gruppen",
    level_anonymous="må deles uden navn",
    decisions_heading="Beslutninger",
    decisions_empty="Der blev ikke truffet beslutninger.",
    actions_heading="Opfølgning",
    actions_open_heading="Åbne punkter",
    actions_done_heading="Afsluttede punkter",
    actions_empty="Der er ingen opfølgningspunkter.",
    col_action="Opgave",
    col_owner="Ansvarlig",
    col_due="Frist",
    col_from_meeting="Fra mødet",
    col_done_on="Afsluttet",
    action_this_meeting="dette møde",
    next_meeting_heading="Næste møde",
    next_theme_label="Tema for næste møde",
    next_theme_undecided="ikke besluttet endnu",
    theme_votes_heading="Temaforslag og stemmer",
    col_theme="Tema",
    col_proposed_by="Foreslået af",
    col_votes="Stemmer",
    theme_chosen="valgt",
    speakers_heading="Forslag til oplægsholdere",
    speakers_empty="Der er ingen forslag til oplægsholdere.",
    col_topic="Emne",
    col_status="Status",
    speaker_status_idea="Idé",
    speaker_status_asked="Spurgt",
    speaker_status_confirmed="Bekræftet",
    speaker_status_declined="Har takket nej",
    speaker_status_held="Afholdt",
    speaker_for_meeting="mødet {date}",
    annual_report_title="Årsoversigt {year}",
    report_meetings_heading="Årets møder",
    report_no_meetings="Der er ingen møder i året.",
    col_date="Dato",
    col_host="Vært",
    col_present="Til stede",
    col_absent="Fraværende",
    col_meetings="Møder",
    col_share="Andel",
    col_speakers="Oplæg",
    meeting_status_planned="Planlagt",
    meeting_status_confirmed="Bekræftet",
    meeting_status_held="Afholdt",
    meeting_status_cancelled="Aflyst",
    report_hosts_heading="Værter",
    report_no_hosts="Der er ingen værter på årets møder endnu.",
    report_attendance_heading="Fremmøde pr. medlem",
    report_attendance_note="De afholdte møder regnes med, som i oversigten over årets møder.",
    report_no_members="Der er intet registreret fremmøde i året.",
    report_themes_heading="Temaer",
    report_themes_next_heading="Forslag til kommende temaer",
    report_no_themes="Der er ingen temaer endnu.",
    report_summary="{meetings} møder · {held} afholdt · {present} deltagere i snit",
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
    contacts_consent_note=(
        "Contact details are shown only for members who have consented ({shown} of {total})."
    ),
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
    agenda_overrun="The programme ends at {end}, after the planned end at {planned}.",
    agenda_tour_guide_label="Guide",
    agenda_tour_length_label="Length",
    agenda_bring_heading="Please note:",
    agenda_requirement_id="Bring valid photo ID",
    agenda_requirement_nda="You will be asked to sign a non-disclosure agreement (NDA)",
    agenda_requirement_safety_shoes="Safety shoes required",
    agenda_requirement_no_photos="No photography",
    visitor_list_title="Visitor list",
    reception_note="For reception use only – please destroy after the visit",
    address_label="Address",
    host_contact_label="Host contact",
    phone_prefix="phone",
    tour_label="Tour",
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
    minutes_title="Minutes",
    minutes_status_label="Status",
    minutes_status_draft="Draft",
    minutes_status_sent="Sent",
    minutes_status_approved="Approved",
    minutes_draft_note="Draft – the group has not approved these minutes yet.",
    minutes_confidential_intro=(
        "These minutes are confidential and for group members only. Do not share them outside"
        " the group – least of all what was said at the round table."
    ),
    attendance_heading="Attendance",
    attendance_summary="{present} present · {absent} absent",
    attendance_empty="Attendance has not been taken.",
    attendance_present="Present",
    attendance_late="Arrived late",
    attendance_left_early="Left early",
    attendance_excused="Excused",
    attendance_absent="Absent without notice",
    attendance_not_taken="Not recorded",
    col_attendance="Attendance",
    talks_heading="Talks and programme",
    talks_empty="No notes have been written for the programme of the day.",
    round_table_heading="Round table",
    round_table_empty="No round-table entries have been written down.",
    entries_left_out="{n} entries were left out for confidentiality.",
    entry_left_out_one="1 entry was left out for confidentiality.",
    entries_anonymised="{n} entries are shown without name and company.",
    entry_anonymised_one="1 entry is shown without name and company.",
    others_left_out=(
        "{n} other texts (notes, decisions, action items or proposals) were left out for "
        "confidentiality."
    ),
    other_left_out_one=(
        "1 other text (a note, a decision, an action item or a proposal) was left out for "
        "confidentiality."
    ),
    others_anonymised="{n} other texts are shown without name.",
    other_anonymised_one="1 other text is shown without name.",
    topics_label="Topics",
    level_group_only="group only",
    level_anonymous="may be shared without name",
    decisions_heading="Decisions",
    decisions_empty="No decisions were made.",
    actions_heading="Action items",
    actions_open_heading="Open items",
    actions_done_heading="Completed items",
    actions_empty="There are no action items.",
    col_action="Action",
    col_owner="Owner",
    col_due="Due",
    col_from_meeting="From meeting",
    col_done_on="Completed",
    action_this_meeting="this meeting",
    next_meeting_heading="Next meeting",
    next_theme_label="Theme of the next meeting",
    next_theme_undecided="not decided yet",
    theme_votes_heading="Theme proposals and votes",
    col_theme="Theme",
    col_proposed_by="Proposed by",
    col_votes="Votes",
    theme_chosen="chosen",
    speakers_heading="Speaker proposals",
    speakers_empty="There are no speaker proposals.",
    col_topic="Topic",
    col_status="Status",
    speaker_status_idea="Idea",
    speaker_status_asked="Asked",
    speaker_status_confirmed="Confirmed",
    speaker_status_declined="Declined",
    speaker_status_held="Held",
    speaker_for_meeting="meeting on {date}",
    annual_report_title="Annual report {year}",
    report_meetings_heading="Meetings of the year",
    report_no_meetings="There are no meetings in the year.",
    col_date="Date",
    col_host="Host",
    col_present="Present",
    col_absent="Absent",
    col_meetings="Meetings",
    col_share="Share",
    col_speakers="Talks",
    meeting_status_planned="Planned",
    meeting_status_confirmed="Confirmed",
    meeting_status_held="Held",
    meeting_status_cancelled="Cancelled",
    report_hosts_heading="Hosts",
    report_no_hosts="No meeting of the year has a host yet.",
    report_attendance_heading="Attendance per member",
    report_attendance_note="The meetings held count, as in the list of the year's meetings.",
    report_no_members="No attendance has been recorded in the year.",
    report_themes_heading="Themes",
    report_themes_next_heading="Proposed themes for coming meetings",
    report_no_themes="There are no themes yet.",
    report_summary="{meetings} meetings · {held} held · {present} present on average",
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
