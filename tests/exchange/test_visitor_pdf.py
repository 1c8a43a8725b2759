"""Tests for the visitor list PDF: both languages, columns, fonts, long and hostile input."""

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

from coordinator_app.domain.logistics import TourRequirements, Visitor, VisitorListDocument
from coordinator_app.exchange.doc_texts import document_texts
from coordinator_app.exchange.visitor_pdf import visitor_list_pdf_bytes, write_visitor_list_pdf

HAVE_POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not HAVE_POPPLER, reason="pdftotext/pdffonts/pdfinfo (poppler-utils) not installed; CI has them"
)

PRINTED = dt.date(2027, 3, 1)

VISITORS = (
    Visitor("Birgitte Ærenlund", "Dansk Netværksforening"),
    Visitor("Łukasz Żółć", "Nordlys Energi"),
    Visitor("Søren Østergaard", "Region Midtjylland"),
    Visitor("Åse Bækgaard", "Aarhus Kommune"),
    Visitor("Peter Nørgaard", "Novo Nordisk", is_guest=True),
)
ALL_REQUIREMENTS = TourRequirements(
    id_required=True,
    nda=True,
    safety_shoes=True,
    no_photos=True,
    other="Lange bukser i produktionen.\nHøjst 12 personer ad gangen i serverrummet.",
)


def demo_document(**changes: object) -> VisitorListDocument:
    """A realistic visit at a host company whose tour requires everything."""
    document = VisitorListDocument(
        group_name="IT Drift",
        meeting_date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        contact_name="Mette Kjær",
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
        coordinator_phone="20304050",
        visitors=VISITORS,
        requirements=ALL_REQUIREMENTS,
        tour_guide="Søren Østergaard",
        tour_minutes=60,
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def _run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def _text(path: Path) -> str:
    return _run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-")


def _pages(path: Path) -> int:
    for line in _run("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


def _write(tmp_path: Path, document: VisitorListDocument, lang: str) -> Path:
    out = tmp_path / f"besøgsliste-{lang}.pdf"
    write_visitor_list_pdf(document, out, lang=lang, printed_on=PRINTED)
    return out


@needs_poppler
def test_danish_visitor_list(tmp_path: Path) -> None:
    out = _write(tmp_path, demo_document(), "da")
    text = _text(out)
    assert _pages(out) == 1
    for expected in (
        "IT Drift · AI i driften",
        "Besøgsliste",
        "tirsdag d. 9. marts 2027, kl. 09.30–16.00",
        "Fjordbanken A/S",
        "Strandvejen 112, 2900 Hellerup",
        "Kontaktperson",
        "Mette Kjær",
        "Birgitte Ærenlund · tlf. +45 20 30 40 50 · birgitte@example.dk",
        "Søren Østergaard · ca. 60 min.",
        "Kun til brug i receptionen – destrueres efter besøget",
        "Krav ved rundvisningen",
        "Gyldigt billed-ID",
        "Tavshedserklæring (NDA)",
        "Sikkerhedssko",
        "Fotografering ikke tilladt",
        "Lange bukser i produktionen.",
        "Højst 12 personer ad gangen i serverrummet.",
        "ID tjekket ✓",
        "Underskrift (NDA)",
        "Łukasz Żółć",
        "Åse Bækgaard",
        "Novo Nordisk (gæst)",
        "5 besøgende, heraf 1 gæst",
        "Side 1 af 1",
        "IT Drift · Fjordbanken A/S · tirsdag d. 9. marts 2027 · Udskrevet 01-03-2027",
    ):
        assert expected in text, expected
    # Numbered rows, in the order given.
    assert text.index("1.  ") < text.index("Birgitte Ærenlund  ")
    assert text.index("Łukasz Żółć") < text.index("Peter Nørgaard")
    assert "5.  " in text
    # Not marked confidential: it is made to be handed to the host's reception.
    assert "Fortroligt" not in text
    # The guide as typed, no "ved" put before it (it may read "Driftschefen viser rundt").
    assert "ved Søren" not in text


@needs_poppler
def test_english_visitor_list(tmp_path: Path) -> None:
    out = _write(tmp_path, demo_document(), "en")
    text = _text(out)
    for expected in (
        "Visitor list",
        "Tuesday 9 March 2027, 09:30–16:00",
        "Host contact",
        "phone +45 20 30 40 50",
        "Søren Østergaard · about 60 min.",
        "For reception use only – please destroy after the visit",
        "Tour requirements",
        "Valid photo ID",
        "Non-disclosure agreement (NDA)",
        "Safety shoes",
        "No photography",
        "ID checked ✓",
        "Signature (NDA)",
        "Novo Nordisk (guest)",
        "5 visitors, including 1 guest",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Side 1" not in text
    assert "Besøgsliste" not in text


@needs_poppler
def test_every_font_is_embedded(tmp_path: Path) -> None:
    out = _write(tmp_path, demo_document(), "da")
    rows = _run("pdffonts", str(out)).splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
        assert row.split()[-5] == "yes", row
        assert "DejaVuSans" in row


@needs_poppler
def test_metadata(tmp_path: Path) -> None:
    out = _write(tmp_path, demo_document(), "da")
    info = _run("pdfinfo", str(out))
    assert "Besøgsliste: AI i driften – IT Drift" in info
    assert "Author:          IT Drift" in info


@needs_poppler
def test_no_requirements_means_no_box_and_no_hand_written_columns(tmp_path: Path) -> None:
    texts = document_texts("da")
    document = demo_document(requirements=TourRequirements(), tour_guide="", tour_minutes=None)
    text = _text(_write(tmp_path, document, "da"))
    assert "Łukasz Żółć" in text
    for absent in (
        texts.requirements_heading,
        texts.requirement_id,
        texts.requirement_nda,
        texts.col_id_checked,
        texts.col_signature,
        "ID tjekket",
        texts.tour_label,
    ):
        assert absent not in text, absent


@needs_poppler
def test_id_only_has_tick_column_but_no_signature_column(tmp_path: Path) -> None:
    document = demo_document(requirements=TourRequirements(id_required=True))
    text = _text(_write(tmp_path, document, "en"))
    assert "Valid photo ID" in text
    assert "ID checked ✓" in text
    assert "Signature" not in text
    assert "Safety shoes" not in text


@needs_poppler
def test_free_text_requirement_alone_gets_a_box(tmp_path: Path) -> None:
    document = demo_document(requirements=TourRequirements(other="Hjelm udleveres"))
    text = _text(_write(tmp_path, document, "da"))
    assert "Krav ved rundvisningen" in text
    assert "Hjelm udleveres" in text
    assert "ID tjekket" not in text


@needs_poppler
def test_counts_singular_plural_and_empty(tmp_path: Path) -> None:
    one = demo_document(visitors=(Visitor("Ida Holm", "DSB"),))
    assert "1 besøgende" in _text(_write(tmp_path, one, "da"))
    assert "1 visitor" in _text(_write(tmp_path, one, "en"))
    guests = demo_document(visitors=tuple(Visitor(f"G {i}", "X", is_guest=True) for i in range(3)))
    assert "3 visitors, including 3 guests" in _text(_write(tmp_path, guests, "en"))
    nobody = demo_document(visitors=())
    text = _text(_write(tmp_path, nobody, "da"))
    assert document_texts("da").visitors_empty in text
    assert "0 besøgende" in text
    assert "ID tjekket ✓" not in text  # no table at all


@needs_poppler
def test_markup_in_user_text_prints_literally(tmp_path: Path) -> None:
    document = demo_document(
        theme="R&D <2027>",
        visitors=(Visitor("<b>Fed</b> & <i>kursiv</i> &amp;", "Org & Co <x>", is_guest=True),),
        requirements=TourRequirements(other="<font size=40>stor</font> & <br/>"),
    )
    text = _text(_write(tmp_path, document, "da"))
    assert "<b>Fed</b> & <i>kursiv</i> &amp;" in text
    assert "Org & Co <x> (gæst)" in text
    assert "R&D <2027>" in text
    assert "<font size=40>stor</font> & <br/>" in text


@needs_poppler
def test_500_visitors_flow_over_pages_with_the_header_repeated(tmp_path: Path) -> None:
    visitors = tuple(
        Visitor(
            f"Besøgende {i} " + "Langt Efternavn-Ærø " * (i % 6),
            f"Virksomhed {i} A/S " + "og Datterselskaber " * (i % 4),
            is_guest=i % 9 == 0,
        )
        for i in range(1, 501)
    )
    out = _write(tmp_path, demo_document(visitors=visitors), "da")
    pages = _pages(out)
    assert pages > 10
    text = _text(out)
    assert f"Side {pages} af {pages}" in text
    assert "Besøgende 500" in text
    assert "500." in text
    assert "500 besøgende, heraf 55 gæster" in text
    page_texts = text.split("\f")[:pages]
    assert all("Underskrift (NDA)" in page for page in page_texts)
    assert all("Virksomhed" in page for page in page_texts)
    # Later pages carry the running title.
    assert "Besøgsliste: AI i driften – IT Drift" in page_texts[-1]


def test_huge_and_hostile_input_still_makes_a_pdf() -> None:
    document = demo_document(
        group_name="G\n" * 500,
        theme="Tema\n" * 500,
        host_name="W" * 20_000,
        host_address="Vej\n" * 2000,
        contact_name="\x00\x07\x1b[31m" * 100,
        coordinator_name="\ufffd" * 5000,
        coordinator_email="x" * 5000,
        coordinator_phone="+" * 5000,
        tour_guide="\u2028" * 100,
        tour_minutes=-5,
        visitors=(
            Visitor("W" * 10_000, "\n".join("Z" * 80 for _ in range(500)), is_guest=True),
            Visitor("", ""),
            Visitor("emoji 😀🎉 中文 العربية", "lone \ud800 surrogate"),
        ),
        requirements=TourRequirements(
            id_required=True, nda=True, other="\n".join("W" * 500 for _ in range(500))
        ),
    )
    for lang in ("da", "en", "", "zz"):
        data = visitor_list_pdf_bytes(document, lang=lang, printed_on=PRINTED)
        assert data.startswith(b"%PDF-")


def test_written_file_is_private_and_buffer_gets_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "besøgsliste.pdf"
    write_visitor_list_pdf(demo_document(), out, lang="da", printed_on=PRINTED)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["besøgsliste.pdf"]
    buffer = io.BytesIO()
    write_visitor_list_pdf(demo_document(), buffer, lang="en", printed_on=PRINTED)
    assert buffer.getvalue().startswith(b"%PDF-")


_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_ANY_TEXT,
    company=_ANY_TEXT,
    other=_ANY_TEXT,
    host=_ANY_TEXT,
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
    lang=st.sampled_from(["da", "en", "", "zz"]),
)
def test_any_text_makes_a_pdf(
    name: str,
    company: str,
    other: str,
    host: str,
    flags: tuple[bool, bool, bool, bool],
    lang: str,
) -> None:
    id_required, nda, shoes, photos = flags
    document = demo_document(
        group_name=company,
        theme=name,
        host_name=host,
        host_address=other,
        contact_name=name,
        coordinator_name=host,
        coordinator_email=name,
        coordinator_phone=company,
        tour_guide=other,
        visitors=(Visitor(name, company, is_guest=True), Visitor(host, other)),
        requirements=TourRequirements(id_required, nda, shoes, photos, other),
    )
    assert visitor_list_pdf_bytes(document, lang=lang, printed_on=PRINTED).startswith(b"%PDF-")
