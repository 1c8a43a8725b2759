"""Tests for the annual report PDF: meetings, hosts, attendance per member, themes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import stat
import subprocess
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.domain.minutes import AnnualReport, MemberYear, ReportMeeting
from coordinator_app.exchange.report_pdf import annual_report_pdf_bytes, write_annual_report_pdf

HAVE_POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not HAVE_POPPLER, reason="pdftotext/pdffonts/pdfinfo (poppler-utils) not installed; CI has them"
)

PRINTED = dt.date(2027, 12, 1)


def demo_report(**changes: object) -> AnnualReport:
    report = AnnualReport(
        group_name="IT Drift",
        year=2027,
        meetings=(
            ReportMeeting(
                date=dt.date(2027, 6, 8),
                theme="Sikkerhed i forsyningskæden (NIS2)",
                host_name="Nordlys Energi",
                status="held",
                present=10,
                speakers=("Kirsten Vang (Revisionsfirmaet Nord): Erfaringer fra en NIS2-audit",),
            ),
            ReportMeeting(
                date=dt.date(2027, 3, 9),
                theme="AI i driften",
                host_name="Fjordbanken A/S",
                status="held",
                present=9,
                speakers=(
                    "Łukasz Żółć (Nordlys Energi): AI i driften: fra alarmstorm til rolig vagt",
                    "Åse Bækgaard (Region Midtjylland): Sprogmodeller i servicedesken",
                ),
            ),
            ReportMeeting(
                date=dt.date(2027, 9, 14),
                theme="Platform engineering",
                host_name="Fjordbanken A/S",
                status="confirmed",
                present=0,
                speakers=(),
            ),
            ReportMeeting(
                date=dt.date(2027, 11, 30),
                theme="",
                host_name="Vestkyst Forsikring",
                status="cancelled",
                present=0,
                speakers=(),
            ),
        ),
        members=(
            MemberYear("Mette Kjær", "Fjordbanken A/S", present=2, absent=0, meetings=2),
            MemberYear("Łukasz Żółć", "Nordlys Energi", present=2, absent=0, meetings=2),
            MemberYear("Åse Bækgaard", "Region Midtjylland", present=1, absent=1, meetings=2),
            MemberYear("Karen Blixen-Møller", "Aarhus Kommune", present=0, absent=2, meetings=2),
            MemberYear("Ny Kollega", "Grøn Transport A/S", present=1, absent=0, meetings=1),
        ),
        coordinator_name="Birgitte Ærenlund",
        themes_next=("Cloud-exit og omkostninger", "Chaos engineering"),
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]


def _run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def _text(path: Path) -> str:
    return " ".join(_run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-").split())


def _rows(path: Path) -> list[str]:
    """The lines of the layout text, spaces squeezed ("0 %" and "0%" alike: the layout
    sometimes drops the no-break space before the percent sign)."""
    text = _run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-")
    return [" ".join(line.split()).replace(" %", "%") for line in text.splitlines()]


@needs_poppler
def test_danish_report(tmp_path: Path) -> None:
    out = tmp_path / "aarsoversigt.pdf"
    write_annual_report_pdf(demo_report(), out, lang="da", printed_on=PRINTED)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out)
    for expected in (
        "IT Drift",
        "Årsoversigt 2027",
        "Koordinator: Birgitte Ærenlund",
        "Årets møder",
        "4 møder · 2 afholdt · 9,5 deltagere i snit",
        "09-03-2027",
        "AI i driften",
        "Fjordbanken A/S",
        "Afholdt",
        "Bekræftet",
        "Aflyst",
        "Łukasz Żółć (Nordlys Energi): AI i driften",
        "Værter",
        "Fremmøde pr. medlem",
        "Temaer",
        "Forslag til kommende temaer",
        "Chaos engineering",
        "IT Drift · Årsoversigt 2027 · Udskrevet 01-12-2027",
        "Side 1 af 1",
    ):
        assert expected in text, expected
    assert "Fortroligt" not in text
    rows = _rows(out)
    # Meetings in date order, with the number present only for held meetings.
    march = next(row for row in rows if row.startswith("09-03-2027"))
    assert march.endswith("9")
    assert "Fjordbanken A/S" in march and "Afholdt" in march
    assert next(row for row in rows if row.startswith("14-09-2027")).endswith("–")
    assert text.index("09-03-2027") < text.index("08-06-2027") < text.index("14-09-2027")
    # Attendance per member: present, absent, meetings, share.
    assert "Mette Kjær Fjordbanken A/S 2 0 2 100%" in rows
    assert "Åse Bækgaard Region Midtjylland 1 1 2 50%" in rows
    assert "Karen Blixen-Møller Aarhus Kommune 0 2 2 0%" in rows
    assert "Ny Kollega Grøn Transport A/S 1 0 1 100%" in rows
    # A host of two meetings is listed once, with both dates; a cancelled meeting's is not.
    assert "Fjordbanken A/S 09-03-2027, 14-09-2027" in rows
    hosts = text[text.index("Værter") : text.index("Fremmøde pr. medlem")]
    assert "Vestkyst Forsikring" not in hosts
    assert "Vestkyst Forsikring" in text  # it is in the meetings table


@needs_poppler
def test_english_report(tmp_path: Path) -> None:
    out = tmp_path / "annual.pdf"
    write_annual_report_pdf(demo_report(), out, lang="en", printed_on=PRINTED)
    text = _text(out)
    for expected in (
        "Annual report 2027",
        "Meetings of the year",
        "4 meetings · 2 held · 9.5 present on average",
        "2027-03-09",
        "Held",
        "Cancelled",
        "Attendance per member",
        "Proposed themes for coming meetings",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Mette Kjær Fjordbanken A/S 2 0 2 100%" in _rows(out)
    assert "Årsoversigt" not in text


@needs_poppler
def test_report_fonts_embedded_and_metadata(tmp_path: Path) -> None:
    out = tmp_path / "aarsoversigt.pdf"
    write_annual_report_pdf(demo_report(), out, lang="da", printed_on=PRINTED)
    rows = _run("pdffonts", str(out)).splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row
        assert "Helvetica" not in row
    with pikepdf.open(out) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Årsoversigt 2027 – IT Drift"
        assert str(pdf.docinfo["/Author"]) == "Birgitte Ærenlund"


@needs_poppler
def test_empty_year(tmp_path: Path) -> None:
    out = tmp_path / "tom.pdf"
    report = demo_report(meetings=(), members=(), themes_next=(), coordinator_name="")
    write_annual_report_pdf(report, out, lang="da", printed_on=PRINTED)
    text = _text(out)
    assert "Der er ingen møder i året." in text
    assert "Der er intet registreret fremmøde i året." in text
    assert "Der er ingen temaer endnu." in text
    assert "Koordinator" not in text


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=200),
    speakers=st.lists(st.text(max_size=300), max_size=20),
    numbers=st.tuples(*(st.integers(min_value=-3, max_value=10_000) for _ in range(3))),
    status=st.text(max_size=20) | st.sampled_from(["held", "planned"]),
)
def test_any_text_makes_a_report(
    text: str, speakers: list[str], numbers: tuple[int, int, int], status: str
) -> None:
    present, absent, meetings = numbers
    report = AnnualReport(
        group_name=text,
        year=2027,
        meetings=(
            ReportMeeting(dt.date(2027, 3, 9), text * 5, text, status, present, tuple(speakers)),
        ),
        members=(MemberYear(text * 3, text, present, absent, meetings),),
        coordinator_name=text,
        themes_next=(text,),
    )
    data = annual_report_pdf_bytes(report, lang="da", printed_on=PRINTED)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 1
