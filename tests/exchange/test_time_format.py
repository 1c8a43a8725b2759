"""One clock-time format per language in every document: Danish "09.30", English "09:30".

Headers, timetables and e-mails alike: the agenda, the visitor list, the minutes (PDF, Word and
Markdown), the annual report, the calendar's descriptions and the e-mail drafts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable

import pytest

from coordinator_app.domain.enums import AgendaKind
from coordinator_app.domain.meetings import AgendaLine
from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.exchange.agenda_pdf import agenda_pdf_bytes
from coordinator_app.exchange.eml import members_agenda_draft, members_minutes_draft
from coordinator_app.exchange.ics_export import meetings_calendar
from coordinator_app.exchange.minutes_export import minutes_bytes
from coordinator_app.exchange.report_pdf import annual_report_pdf_bytes
from coordinator_app.exchange.visitor_pdf import visitor_list_pdf_bytes
from tests.exchange import test_agenda_pdf, test_eml, test_report_pdf, test_visitor_pdf
from tests.exchange.minutes_demo import demo_minutes

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)

PRINTED = dt.date(2027, 3, 1)
# A clock time with the other language's separator: "09:30" in Danish, "09.30" in English.
_WRONG = {"da": re.compile(r"\b\d{2}:\d{2}\b"), "en": re.compile(r"\b\d{2}\.\d{2}\b")}
_RIGHT = {"da": "09.30", "en": "09:30"}


def _pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml)


def _agenda(lang: str) -> str:
    return _pdf_text(
        agenda_pdf_bytes(test_agenda_pdf.demo_meeting(), lang=lang, printed_on=PRINTED)
    )


def _visitors(lang: str) -> str:
    document = test_visitor_pdf.demo_document()
    return _pdf_text(visitor_list_pdf_bytes(document, lang=lang, printed_on=PRINTED))


def _report(lang: str) -> str:
    report = test_report_pdf.demo_report()
    return _pdf_text(annual_report_pdf_bytes(report, lang=lang, printed_on=PRINTED))


def _minutes(fmt: str) -> Callable[[str], str]:
    def text(lang: str) -> str:
        # Without the attendance notes, which the coordinator typed ("kom kl. 10.45").
        document = demo_minutes()
        quiet = tuple(dataclasses.replace(a, note="") for a in document.attendance)
        data = minutes_bytes(
            dataclasses.replace(document, attendance=quiet),
            fmt=fmt,
            options=ExportOptions(lang=lang),
            printed_on=PRINTED,
        )
        if fmt == "pdf":
            return _pdf_text(data)
        return _docx_text(data) if fmt == "docx" else data.decode("utf-8")

    return text


def _mails(lang: str) -> str:
    minutes = members_minutes_draft(
        demo_minutes(),
        members=test_eml.MEMBERS,
        attachment=b"%PDF-",
        file_name="Referat.pdf",
        mime_type="application/pdf",
        lang=lang,
        sender_name="Birgitte Ærenlund",
        sender_email="birgitte@example.dk",
    )
    drafts = (test_eml.host_draft(lang), test_eml.members_draft(lang), minutes)
    return "\n".join(f"{draft.subject}\n{draft.body}" for draft in drafts)


def _calendar(lang: str) -> str:
    meeting = test_agenda_pdf.demo_meeting()
    data = meetings_calendar([meeting], lang=lang, stamp=dt.datetime(2027, 2, 1, tzinfo=dt.UTC))
    # Unfolded, unescaped enough to read the description's times.
    return data.decode("utf-8").replace("\r\n ", "").replace("\\n", "\n")


DOCUMENTS: dict[str, Callable[[str], str]] = {
    "agenda": _agenda,
    "visitor list": _visitors,
    "minutes pdf": _minutes("pdf"),
    "minutes docx": _minutes("docx"),
    "minutes md": _minutes("md"),
    "annual report": _report,
    "e-mail drafts": _mails,
    "calendar": _calendar,
}
# The annual report prints dates, no clock times; the others print "09.30"/"09:30" somewhere.
_WITHOUT_TIMES = {"annual report"}


@needs_poppler
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_one_time_format_per_language(name: str, lang: str) -> None:
    text = DOCUMENTS[name](lang)
    if name == "calendar":
        # DTSTART and the like are not for reading; the description is.
        text = "\n".join(line for line in text.splitlines() if not line.startswith("DT"))
    assert not _WRONG[lang].findall(text), (name, _WRONG[lang].findall(text)[:5])
    if name not in _WITHOUT_TIMES:
        assert _RIGHT[lang] in text, name


def test_the_invitation_gives_the_times_of_the_attached_agenda() -> None:
    extra = AgendaLine(dt.time(16, 0), dt.time(17, 0), 60, "Netværk", AgendaKind.OTHER)
    meeting = test_agenda_pdf.demo_meeting()
    meeting = dataclasses.replace(meeting, agenda=(*meeting.agenda, extra))
    body = test_eml.members_draft("da").body
    assert "09.30–16.00" in body
    draft = members_agenda_draft(
        meeting,
        members=test_eml.MEMBERS,
        agenda_pdf=test_eml.PDF,
        agenda_file_name="Dagsorden.pdf",
        lang="da",
        sender_name="Birgitte Ærenlund",
        sender_email="birgitte@example.dk",
    )
    assert "09.30–17.00" in draft.body
