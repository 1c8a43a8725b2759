"""Tests for the day-agenda PDF: texts in both languages, fonts, long and hostile input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.logistics import TourRequirements
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument, schedule
from coordinator_app.exchange.agenda_pdf import agenda_pdf_bytes, write_agenda_pdf
from coordinator_app.exchange.doc_texts import agenda_kind_label, document_texts

HAVE_POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not HAVE_POPPLER, reason="pdftotext/pdffonts/pdfinfo (poppler-utils) not installed; CI has them"
)

MEETING_DAY = dt.date(2027, 3, 9)
PRINTED = dt.date(2027, 3, 1)

_DAY: tuple[tuple[str, AgendaKind, int, str, str, str], ...] = (
    ("Ankomst og kaffe", AgendaKind.ARRIVAL, 30, "", "", ""),
    ("Velkomst ved værten", AgendaKind.WELCOME, 15, "Mette Kjær", "Fjordbanken A/S", ""),
    (
        "Rundvisning i datacenteret",
        AgendaKind.TOUR,
        60,
        "Søren Østergaard",
        "Fjordbanken A/S",
        "Husk billedlegitimation – gæstekort udleveres i receptionen. Ingen fotografering i "
        "serverrummet.",
    ),
    (
        "AI i driften: fra alarmstorm til rolig vagt",
        AgendaKind.TALK,
        45,
        "Łukasz Żółć",
        "Nordlys Energi",
        "Erfaringer fra et års AIOps: hvad virkede, hvad gjorde ikke, og hvad det kostede.",
    ),
    ("Frokost", AgendaKind.LUNCH, 45, "", "", ""),
    (
        "Sprogmodeller i servicedesken",
        AgendaKind.TALK,
        45,
        "Åse Bækgaard",
        "Region Midtjylland",
        "",
    ),
    ("Kaffepause", AgendaKind.BREAK, 15, "", "", ""),
    ("Hvor langt tør vi lade AI handle selv?", AgendaKind.DISCUSSION, 45, "", "", ""),
    (
        "Rundt om bordet",
        AgendaKind.ROUND_TABLE,
        75,
        "",
        "",
        "Hvert medlem fortæller kort, hvad der fylder lige nu.",
    ),
    ("Næste mødes tema", AgendaKind.NEXT_THEME, 15, "", "", ""),
)


def _agenda(start: dt.time = dt.time(9, 30)) -> tuple[AgendaLine, ...]:
    slots = schedule(start, [entry[2] for entry in _DAY])
    return tuple(
        AgendaLine(
            start=slot.start,
            end=slot.end,
            duration_minutes=minutes,
            title=title,
            kind=kind,
            speaker=speaker,
            speaker_organisation=organisation,
            notes=notes,
        )
        for slot, (title, kind, minutes, speaker, organisation, notes) in zip(
            slots, _DAY, strict=True
        )
    )


def demo_meeting(**changes: object) -> MeetingDocument:
    """A realistic Danish meeting day at a host company."""
    meeting = MeetingDocument(
        meeting_id=7,
        ical_uid="meeting-7@coordinator.local",
        ical_sequence=0,
        group_name="IT Drift",
        date=MEETING_DAY,
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112, 2900 Hellerup",
        practical=(
            ("Mødelokale", "Kattegat, 3. sal – spørg i receptionen"),
            ("Parkering", "Gæsteparkering i kælderen; oplys reg.nr. ved ankomst.\nCykelkælder."),
            ("Wi-Fi", "Netværk »Fjord-Gæst«, kode udleveres på dagen"),
            ("Transport", "Hellerup Station, 10 minutters gang"),
        ),
        agenda=_agenda(),
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
    )
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def _run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def _text(path: Path) -> str:
    return _run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-")


def _pages(path: Path) -> int:
    for line in _run("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


# --- texts ----------------------------------------------------------------------------------


def test_agenda_kind_labels_in_both_languages() -> None:
    assert agenda_kind_label(AgendaKind.ROUND_TABLE, "da") == "Rundt om bordet"
    assert agenda_kind_label(AgendaKind.TALK, "da-DK") == "Oplæg"
    assert agenda_kind_label(AgendaKind.NEXT_THEME, "en") == "Next theme"
    assert agenda_kind_label(AgendaKind.BREAK, "sv") == "Break"
    for kind in AgendaKind:
        assert agenda_kind_label(kind, "da") != agenda_kind_label(kind, "en")


# --- the document ---------------------------------------------------------------------------


@needs_poppler
def test_danish_agenda_prints_everything_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(demo_meeting(), out, lang="da", printed_on=PRINTED)
    text = _text(out)
    assert _pages(out) == 1
    for expected in (
        "IT Drift · Dagsorden",
        "AI i driften",
        "tirsdag d. 9. marts 2027, kl. 09.30–16.00",
        "Fjordbanken A/S · Strandvejen 112, 2900 Hellerup",
        "Praktisk information",
        "Gæsteparkering i kælderen",
        "Cykelkælder.",
        "Program",
        "09.30–10.00",
        "15.45–16.00",
        "Łukasz Żółć",
        "Søren Østergaard",
        "Nordlys Energi",
        "Rundt om bordet",
        "OPLÆG",
        "Side 1 af 1",
        "IT Drift · tirsdag d. 9. marts 2027 · Udskrevet 01-03-2027",
    ):
        assert expected in text, expected
    assert "AFLYST" not in text
    assert "Fortroligt" not in text
    # The kind is not repeated under a title that already says it.
    assert "FROKOST" not in text


@needs_poppler
def test_english_agenda(tmp_path: Path) -> None:
    out = tmp_path / "agenda.pdf"
    write_agenda_pdf(demo_meeting(theme=""), out, lang="en", printed_on=PRINTED)
    text = _text(out)
    for expected in (
        "IT Drift · Agenda",
        "Network meeting",
        "Tuesday 9 March 2027, 09:30–16:00",
        "Practical information",
        "Programme",
        "Speaker",
        "TALK",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Side 1" not in text


@needs_poppler
@pytest.mark.parametrize("status", [MeetingStatus.CONFIRMED, MeetingStatus.CANCELLED])
def test_every_font_is_embedded(tmp_path: Path, status: MeetingStatus) -> None:
    # The cancelled banner is a table of its own, which once fell back to Helvetica.
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(demo_meeting(status=status), out, lang="da", printed_on=PRINTED)
    rows = _run("pdffonts", str(out)).splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
        assert row.split()[-5] == "yes", row
        assert "DejaVuSans" in row
        assert "Helvetica" not in row


@needs_poppler
def test_metadata(tmp_path: Path) -> None:
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(demo_meeting(), out, lang="da", printed_on=PRINTED)
    info = _run("pdfinfo", str(out))
    assert "Dagsorden: AI i driften – IT Drift" in info
    assert "Author:          IT Drift" in info
    assert b"/Lang (da)" in out.read_bytes()


@needs_poppler
def test_cancelled_meeting_has_a_banner(tmp_path: Path) -> None:
    out = tmp_path / "aflyst.pdf"
    write_agenda_pdf(
        demo_meeting(status=MeetingStatus.CANCELLED), out, lang="da", printed_on=PRINTED
    )
    assert document_texts("da").cancelled_banner in _text(out)
    out_en = tmp_path / "cancelled.pdf"
    write_agenda_pdf(
        demo_meeting(status=MeetingStatus.CANCELLED), out_en, lang="en", printed_on=PRINTED
    )
    assert "CANCELLED" in _text(out_en)


@needs_poppler
def test_markup_in_user_text_prints_literally(tmp_path: Path) -> None:
    line = dataclasses.replace(
        _agenda()[3], title="<b>Fed</b> & <i>kursiv</i> &amp;", speaker="A <B> C"
    )
    out = tmp_path / "markup.pdf"
    write_agenda_pdf(
        demo_meeting(agenda=(line,), theme="R&D <2027>"), out, lang="da", printed_on=PRINTED
    )
    text = _text(out)
    assert "<b>Fed</b> & <i>kursiv</i> &amp;" in text
    assert "A <B> C" in text
    assert "R&D <2027>" in text


@needs_poppler
def test_long_agenda_flows_over_many_pages(tmp_path: Path) -> None:
    items = tuple(
        AgendaLine(
            start=dt.time(9, 30),
            end=dt.time(10, 0),
            duration_minutes=30,
            title=f"<b>&amp; Punkt {i}\x00\x07\x1b[31m" + " langt" * (i % 40),
            kind=list(AgendaKind)[i % len(AgendaKind)],
            speaker="Łukasz Żółć\x0b" * (i % 3),
            speaker_organisation="Org & Co <x>",
            notes="Note " * (i % 7),
        )
        for i in range(200)
    )
    huge = dataclasses.replace(items[5], notes="Lorem ipsum dolor sit amet, " * 715 + "W" * 5000)
    meeting = demo_meeting(
        agenda=(*items[:5], huge, *items[6:]),
        practical=(("Lang", "x" * 20_000), ("", ""), ("<b>", "&amp;\n" * 300)),
    )
    assert len(huge.notes) > 20_000
    out = tmp_path / "lang.pdf"
    write_agenda_pdf(meeting, out, lang="da", printed_on=PRINTED)
    pages = _pages(out)
    assert pages > 3
    text = _text(out)
    assert f"Side {pages} af {pages}" in text
    assert "<b>&amp; Punkt 199" in text
    # The timetable's header repeats on every page it continues on.
    page_texts = text.split("\f")[:pages]
    first = next(i for i, page in enumerate(page_texts) if "Oplægsholder" in page)
    assert all("Oplægsholder" in page for page in page_texts[first:])
    assert "Lorem ipsum dolor sit amet" in text
    assert "WWWW" not in text  # the note is cut, with an ellipsis


def test_long_tour_requirements_flow_over_pages() -> None:
    other = ("Sikkerhedsinstruks " * 200 + "\n") * 40 + "x" * 5000
    meeting = demo_meeting(
        tour_guide="Guide " * 100, tour_requirements=TourRequirements(nda=True, other=other)
    )
    assert agenda_pdf_bytes(meeting, lang="da", printed_on=PRINTED).startswith(b"%PDF-")


def test_rows_taller_than_a_page_are_cut_to_fit() -> None:
    tall = AgendaLine(
        start=dt.time(9, 30),
        end=dt.time(10, 0),
        duration_minutes=30,
        title="x\n" * 5000,
        kind=AgendaKind.TALK,
        speaker="W" * 10_000,
        speaker_organisation="\ufffd" * 10_000,
        notes="\n".join("W" * 80 for _ in range(500)),
    )
    meeting = demo_meeting(
        theme="Tema\n" * 200,
        host_address="Vej\n" * 500,
        agenda=(tall, tall),
        practical=(("Lang\n" * 200, "y\n" * 5000),),
    )
    assert agenda_pdf_bytes(meeting, lang="da", printed_on=PRINTED).startswith(b"%PDF-")


def test_empty_meeting_and_odd_times() -> None:
    empty = MeetingDocument(
        meeting_id=0,
        ical_uid="",
        ical_sequence=0,
        group_name="",
        date=dt.date(1, 1, 1),
        start_time=dt.time(23, 59),
        end_time=dt.time(0, 0),
        theme="",
        status=MeetingStatus.PLANNED,
        practical=(("", "   "),),
    )
    data = agenda_pdf_bytes(empty, lang="", printed_on=dt.date(9999, 12, 31))
    assert data.startswith(b"%PDF-")
    late = dataclasses.replace(empty, agenda=_agenda(dt.time(23, 0)))
    assert agenda_pdf_bytes(late, lang="da", printed_on=PRINTED).startswith(b"%PDF-")


@needs_poppler
def test_empty_agenda_says_so(tmp_path: Path) -> None:
    out = tmp_path / "tom.pdf"
    write_agenda_pdf(demo_meeting(agenda=(), practical=()), out, lang="da", printed_on=PRINTED)
    text = _text(out)
    assert document_texts("da").agenda_empty in text
    assert "Praktisk information" not in text


def test_written_file_is_private_and_buffer_gets_the_same_document(tmp_path: Path) -> None:
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(demo_meeting(), out, lang="da", printed_on=PRINTED)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["dagsorden.pdf"]
    buffer = io.BytesIO()
    write_agenda_pdf(demo_meeting(), buffer, lang="da", printed_on=PRINTED)
    assert buffer.getvalue().startswith(b"%PDF-")
    assert agenda_pdf_bytes(demo_meeting(), lang="da", printed_on=PRINTED).startswith(b"%PDF-")


_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=400)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_ANY_TEXT,
    speaker=_ANY_TEXT,
    notes=_ANY_TEXT,
    label=_ANY_TEXT,
    practical=_ANY_TEXT,
    lang=st.sampled_from(["da", "en", "", "zz"]),
)
def test_any_text_makes_a_pdf(
    title: str, speaker: str, notes: str, label: str, practical: str, lang: str
) -> None:
    line = dataclasses.replace(_agenda()[3], title=title, speaker=speaker, notes=notes)
    meeting = demo_meeting(
        theme=title,
        group_name=speaker,
        host_address=notes,
        agenda=(line, line),
        practical=((label, practical),),
        status=MeetingStatus.CANCELLED,
        tour_guide=label,
        tour_requirements=TourRequirements(id_required=True, other=practical),
    )
    assert agenda_pdf_bytes(meeting, lang=lang, printed_on=PRINTED).startswith(b"%PDF-")


# --- what members must bring, and the day's real times ------------------------------------------

TOUR_EVERYTHING = TourRequirements(
    id_required=True, nda=True, safety_shoes=True, no_photos=True, other="Lange bukser."
)


@needs_poppler
def test_the_tour_requirements_and_guide_are_printed(tmp_path: Path) -> None:
    meeting = demo_meeting(
        tour_requirements=TOUR_EVERYTHING, tour_guide="Søren Østergaard", tour_minutes=60
    )
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(meeting, out, lang="da", printed_on=PRINTED)
    text = " ".join(_text(out).split())
    for expected in (
        "Rundvisning",
        "Medbring gyldigt ID",
        "Der skal underskrives en fortrolighedserklæring (NDA)",
        "Sikkerhedssko påkrævet",
        "Fotografering ikke tilladt",
        "Lange bukser.",
        "Rundviser: Søren Østergaard · Varighed: ca. 60 min.",
        "Husk: • Medbring gyldigt ID",
    ):
        assert expected in text, expected
    assert _pages(out) == 1
    out_en = tmp_path / "agenda.pdf"
    write_agenda_pdf(meeting, out_en, lang="en", printed_on=PRINTED)
    text_en = " ".join(_text(out_en).split())
    for expected in (
        "Bring valid photo ID",
        "You will be asked to sign a non-disclosure agreement (NDA)",
        "Safety shoes required",
        "No photography",
        "Guide: Søren Østergaard · Length: about 60 min.",
        "Please note: • Bring valid photo ID",
    ):
        assert expected in text_en, expected


@needs_poppler
def test_a_tour_without_requirements_prints_no_requirements(tmp_path: Path) -> None:
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(
        demo_meeting(tour_guide="Søren Østergaard"), out, lang="da", printed_on=PRINTED
    )
    text = " ".join(_text(out).split())
    assert "Rundviser: Søren Østergaard" in text
    assert "Husk:" not in text
    assert "Medbring" not in text and "NDA" not in text and "Sikkerhedssko" not in text
    out = tmp_path / "uden.pdf"
    write_agenda_pdf(demo_meeting(), out, lang="da", printed_on=PRINTED)
    assert "Rundviser" not in _text(out)


@needs_poppler
def test_the_header_gives_the_timetables_times(tmp_path: Path) -> None:
    # The day is planned until 16.00; without its last item the programme ends at 15.45.
    meeting = demo_meeting(agenda=_agenda()[:-1])
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(meeting, out, lang="da", printed_on=PRINTED)
    text = _text(out)
    assert "tirsdag d. 9. marts 2027, kl. 09.30–15.45" in text
    assert "16.00" not in text
    assert "Programmet slutter" not in text


@needs_poppler
def test_an_overrunning_day_is_printed_with_a_warning(tmp_path: Path) -> None:
    extra = AgendaLine(dt.time(16, 0), dt.time(17, 0), 60, "Netværk og vin", AgendaKind.OTHER)
    meeting = demo_meeting(agenda=(*_agenda(), extra))
    assert meeting.overrun_minutes == 60
    out = tmp_path / "dagsorden.pdf"
    write_agenda_pdf(meeting, out, lang="da", printed_on=PRINTED)
    text = " ".join(_text(out).split())
    assert "tirsdag d. 9. marts 2027, kl. 09.30–17.00" in text
    assert "Programmet slutter kl. 17.00, efter det planlagte sluttidspunkt 16.00" in text
    out_en = tmp_path / "agenda.pdf"
    write_agenda_pdf(meeting, out_en, lang="en", printed_on=PRINTED)
    text_en = " ".join(_text(out_en).split())
    assert "Tuesday 9 March 2027, 09:30–17:00" in text_en
    assert "The programme ends at 17:00, after the planned end at 16:00" in text_en
