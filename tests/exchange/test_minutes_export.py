"""Tests for the minutes exports (PDF, encrypted PDF, Word, Markdown) and the minutes e-mail.

The heart of it: what the export options leave out is absent from every byte of every file
(raw bytes, decompressed PDF streams, every XML part of the Word file, metadata), and what they
anonymise is not tied to a name or company any more, while the same checks on an export without
options find the text, so that the searching itself is shown to work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import io
import re
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
import pytest
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.domain.enums import Confidentiality, MinutesStatus
from coordinator_app.domain.minutes import (
    ActionLine,
    AttendanceLine,
    DecisionLine,
    ExportOptions,
    MinutesDocument,
    RoundTableLine,
    redact,
)
from coordinator_app.exchange.eml import eml_bytes, members_minutes_draft
from coordinator_app.exchange.minutes_docx import minutes_docx_bytes, write_minutes_docx
from coordinator_app.exchange.minutes_export import (
    MINUTES_FORMATS,
    MINUTES_MIME_TYPES,
    export_minutes,
    minutes_bytes,
    minutes_file_name,
)
from coordinator_app.exchange.minutes_md import escape_inline, minutes_markdown, write_minutes_md
from coordinator_app.exchange.minutes_pdf import minutes_pdf_bytes, write_minutes_pdf
from tests.exchange.minutes_demo import (
    ANON_COMPANY,
    ANON_NAME,
    ANON_TEXT,
    GROUP_ONLY_TEXTS,
    GROUP_ONLY_TOPICS,
    PRINTED,
    SHAREABLE_TEXT,
    demo_minutes,
)

HAVE_POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not HAVE_POPPLER, reason="pdftotext/pdffonts/pdfinfo (poppler-utils) not installed; CI has them"
)

PASSWORD = "Rødgrød med fløde 42"
SECRETS = (*GROUP_ONLY_TEXTS, *GROUP_ONLY_TOPICS)
STRICT = ExportOptions(omit_confidential=True, anonymise=True, lang="da")
# (format, password): every kind of file the minutes can become.
KINDS = (("pdf", None), ("pdf", PASSWORD), ("docx", None), ("md", None))
KIND_IDS = ["pdf", "pdf-encrypted", "docx", "md"]


# --- reading the files back -----------------------------------------------------------------


def _run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def _pdftotext(path: Path, password: str | None = None, *, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run(*args, str(path), "-")


def _pages(path: Path, password: str | None = None) -> int:
    args = ["pdfinfo", *(["-upw", password] if password is not None else []), str(path)]
    for line in _run(*args).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


def _pdf_blobs(data: bytes, password: str | None = None) -> Iterator[bytes]:
    """Every object of the PDF as pikepdf sees it (decrypted): decompressed streams, their
    dictionaries, every other object unparsed, and the document information and XMP."""
    with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                yield obj.read_bytes()
                yield obj.stream_dict.unparse(resolved=True)
            else:
                yield obj.unparse(resolved=True)
        yield pdf.trailer.unparse(resolved=True)
        for value in pdf.docinfo.values():
            yield str(value).encode("utf-8")
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            yield str(xmp).encode("utf-8")


def _docx_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _docx_text(data: bytes) -> str:
    """The visible text of a Word file: body paragraphs and tables in order, then headers."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif child.tag.endswith("}tbl"):
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append(" | ".join(cells))
    for section in document.sections:
        lines.extend(p.text for p in section.header.paragraphs)
    return "\n".join(lines)


def _blobs(data: bytes, fmt: str, password: str | None) -> list[bytes]:
    """All the bytes to search: the file itself and whatever the format holds inside."""
    blobs = [data]
    if fmt == "pdf":
        blobs.extend(_pdf_blobs(data, password))
    elif fmt == "docx":
        blobs.extend(_docx_parts(data).values())
    return blobs


def _visible_text(path: Path, fmt: str, password: str | None) -> str:
    if fmt == "pdf":
        return _pdftotext(path, password)
    if fmt == "docx":
        return _docx_text(path.read_bytes())
    return path.read_text(encoding="utf-8")


def _squeeze(text: str) -> str:
    """`text` without whitespace, so that a line break inside a marker cannot hide it."""
    return "".join(text.split())


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode(encoding) for encoding in ("utf-8", "utf-16-be", "utf-16-le")]


def _round_table_section(text: str, lang: str = "da") -> str:
    start, end = (
        ("Rundt om bordet", "Beslutninger") if lang == "da" else ("Round table", "Decisions")
    )
    begin = text.index(start)
    return text[begin : text.index(end, begin)]


def _export(tmp_path: Path, fmt: str, password: str | None, options: ExportOptions) -> Path:
    out = tmp_path / f"referat-{fmt}{'-enc' if password else ''}.{fmt}"
    export_minutes(
        demo_minutes(), out, fmt=fmt, options=options, printed_on=PRINTED, password=password
    )
    return out


# --- the entry point ------------------------------------------------------------------------


def test_formats_and_file_names() -> None:
    assert MINUTES_FORMATS == ("pdf", "docx", "md")
    assert set(MINUTES_MIME_TYPES) == set(MINUTES_FORMATS)
    document = demo_minutes()
    assert minutes_file_name(document, fmt="pdf", lang="da") == "referat-2027-03-09.pdf"
    assert minutes_file_name(document, fmt="docx", lang="en") == "minutes-2027-03-09.docx"
    with pytest.raises(ValueError):
        minutes_file_name(document, fmt="odt", lang="da")


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_password_only_for_pdf(tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ValueError, match="password"):
        export_minutes(
            demo_minutes(),
            tmp_path / f"x.{fmt}",
            fmt=fmt,
            options=STRICT,
            printed_on=PRINTED,
            password=PASSWORD,
        )
    assert not list(tmp_path.iterdir())


def test_unknown_format_and_empty_password(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        minutes_bytes(demo_minutes(), fmt="html", options=STRICT, printed_on=PRINTED)
    with pytest.raises(ValueError, match="password"):
        minutes_bytes(demo_minutes(), fmt="pdf", options=STRICT, printed_on=PRINTED, password="")
    with pytest.raises(ValueError, match="password"):
        write_minutes_pdf(
            demo_minutes(), tmp_path / "x.pdf", lang="da", printed_on=PRINTED, password=""
        )
    assert not list(tmp_path.iterdir())


def test_minutes_bytes_is_what_export_writes(tmp_path: Path) -> None:
    out = _export(tmp_path, "md", None, STRICT)
    assert out.read_bytes() == minutes_bytes(
        demo_minutes(), fmt="md", options=STRICT, printed_on=PRINTED
    )
    data = minutes_bytes(demo_minutes(), fmt="pdf", options=STRICT, printed_on=PRINTED)
    assert data.startswith(b"%PDF-")
    data = minutes_bytes(demo_minutes(), fmt="docx", options=STRICT, printed_on=PRINTED)
    assert data.startswith(b"PK")


# --- confidentiality: left out and anonymised -------------------------------------------------


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
def test_left_out_entries_are_nowhere_in_the_file(
    tmp_path: Path, fmt: str, password: str | None
) -> None:
    out = _export(tmp_path, fmt, password, STRICT)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    blobs = _blobs(data, fmt, password)
    assert len(blobs) > 1 or fmt == "md"
    for blob in blobs:
        for secret in SECRETS:
            for needle in _encodings(secret):
                assert needle not in blob, secret
    if fmt == "pdf" and not HAVE_POPPLER:
        return
    text = _visible_text(out, fmt, password)
    squeezed = _squeeze(text)
    for secret in SECRETS:
        assert _squeeze(secret) not in squeezed, secret
    # The reader is told how many, never what.
    assert "2 indlæg er udeladt af fortrolighedshensyn." in " ".join(text.split())
    # What may be shared is still there.
    assert SHAREABLE_TEXT in squeezed
    assert ANON_TEXT in squeezed


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
def test_anonymised_entry_has_no_name_or_company(
    tmp_path: Path, fmt: str, password: str | None
) -> None:
    if fmt == "pdf" and not HAVE_POPPLER:
        pytest.skip("needs pdftotext")
    out = _export(tmp_path, fmt, password, ExportOptions(anonymise=True, lang="da"))
    text = _visible_text(out, fmt, password)
    section = _squeeze(_round_table_section(text))
    assert ANON_TEXT in section
    assert _squeeze(ANON_NAME) not in section
    assert _squeeze(ANON_COMPANY) not in section
    assert _squeeze(ANON_NAME.split()[-1]) not in section
    assert "Etmedlem" in section
    assert _squeeze("1 indlæg er gengivet uden navn og virksomhed.") in section
    # Anonymising leaves the group-only entries (only omit_confidential removes them).
    assert GROUP_ONLY_TEXTS[0] in section
    # The member is still on the attendance list: it is the entry that has no name.
    assert _squeeze(ANON_NAME) in _squeeze(text)


@pytest.mark.parametrize(("fmt", "password"), KINDS, ids=KIND_IDS)
def test_without_options_everything_is_there(
    tmp_path: Path, fmt: str, password: str | None
) -> None:
    """The control: the same searches find the texts when nothing is left out."""
    if fmt == "pdf" and not HAVE_POPPLER:
        pytest.skip("needs pdftotext")
    out = _export(tmp_path, fmt, password, ExportOptions(lang="da"))
    text = _visible_text(out, fmt, password)
    squeezed = _squeeze(text)
    for secret in (*SECRETS, ANON_TEXT, SHAREABLE_TEXT):
        assert _squeeze(secret) in squeezed, secret
    section = _squeeze(_round_table_section(text))
    assert _squeeze(ANON_NAME) in section
    assert _squeeze(ANON_COMPANY) in section
    assert "udeladt" not in text


@pytest.mark.parametrize("fmt", MINUTES_FORMATS)
def test_round_table_with_every_entry_left_out(tmp_path: Path, fmt: str) -> None:
    """It says how many were left out, and not that nothing was written down."""
    if fmt == "pdf" and not HAVE_POPPLER:
        pytest.skip("needs pdftotext")
    entries = tuple(
        dataclasses.replace(entry, level=Confidentiality.GROUP_ONLY)
        for entry in demo_minutes().entries
    )
    out = tmp_path / f"referat.{fmt}"
    export_minutes(demo_minutes(entries=entries), out, fmt=fmt, options=STRICT, printed_on=PRINTED)
    section = " ".join(_round_table_section(_visible_text(out, fmt, None)).split())
    assert "6 indlæg er udeladt af fortrolighedshensyn." in section
    assert "Der er ikke skrevet indlæg ned" not in section


def test_anonymised_entries_come_after_the_named_ones() -> None:
    """Where an entry sat in the round would tell who said it."""
    text = minutes_markdown(
        redact(demo_minutes(), ExportOptions(anonymise=True)), lang="da", printed_on=PRINTED
    )
    section = _round_table_section(text)
    assert section.index("Et medlem") > section.index("Frederikke Dahl")


def test_omitting_keeps_anonymous_entries_with_their_name() -> None:
    redacted = redact(demo_minutes(), ExportOptions(omit_confidential=True))
    levels = {entry.level for entry in redacted.entries}
    assert Confidentiality.GROUP_ONLY not in levels
    assert ANON_NAME in {entry.name for entry in redacted.entries}
    text = minutes_markdown(redacted, lang="da", printed_on=PRINTED)
    assert ANON_NAME in _round_table_section(text)


# --- the PDF ---------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_is_marked_confidential_on_every_page(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "referat.pdf"
    write_minutes_pdf(demo_minutes(), out, lang=lang, printed_on=PRINTED)
    notice = (
        "Fortroligt – kun til gruppens medlemmer"
        if lang == "da"
        else "Confidential – for group members only"
    )
    pages = _pages(out)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _pdftotext(out, page=page)
        assert notice in text, page
        label = f"Side {page} af {pages}" if lang == "da" else f"Page {page} of {pages}"
        assert label in text


@needs_poppler
def test_danish_pdf_content(tmp_path: Path) -> None:
    out = tmp_path / "referat.pdf"
    write_minutes_pdf(demo_minutes(), out, lang="da", printed_on=PRINTED)
    text = " ".join(_pdftotext(out).split())
    for expected in (
        "IT Drift · Referat",
        "AI i driften",
        "tirsdag d. 9. marts 2027, kl. 09.30–16.00",
        "Vært: Fjordbanken A/S · Strandvejen 112, 2900 Hellerup",
        "Status: Kladde",
        "Kladde – referatet er endnu ikke godkendt af gruppen.",
        "Fremmøde",
        "9 til stede · 2 fraværende",
        "Łukasz Żółć",
        "Kom senere",
        "kom kl. 10.45 (tog)",
        "Gik tidligere",
        "Afbud",
        "Fraværende uden afbud",
        "Oplæg og program",
        "11.00–11.45 AI i driften: fra alarmstorm til rolig vagt",
        "Slides sendes rundt med referatet.",
        "Rundt om bordet",
        "KUN FOR GRUPPEN",
        "Emner: Observability · Vagtordning",
        "Beslutninger",
        "Næste møde holdes hos Nordlys Energi i Esbjerg.",
        "Opfølgning",
        "Åbne punkter",
        "Afsluttede punkter",
        "08-12-2026",
        "dette møde",
        "15-04-2027",
        "Tema for næste møde: Sikkerhed i forsyningskæden (NIS2)",
        "✓ valgt",
        "Forslag til oplægsholdere",
        "Bekræftet, mødet 08-06-2027",
        "IT Drift · tirsdag d. 9. marts 2027 · Udskrevet 12-03-2027",
    ):
        assert expected in text, expected


@needs_poppler
def test_english_pdf_and_approved_status(tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    document = demo_minutes(status=MinutesStatus.APPROVED, theme="", next_theme="", themes=())
    write_minutes_pdf(document, out, lang="en", printed_on=PRINTED)
    text = " ".join(_pdftotext(out).split())
    for expected in (
        "IT Drift · Minutes",
        "Network meeting",
        "Tuesday 9 March 2027, 09:30–16:00",
        "Status: Approved",
        "Attendance",
        "Arrived late",
        "Excused",
        "Round table",
        "GROUP ONLY",
        "Decisions",
        "Open items",
        "Theme of the next meeting: not decided yet",
        "Speaker proposals",
        "Page 1 of",
    ):
        assert expected in text, expected
    assert "Draft" not in text
    assert "Side " not in text


@needs_poppler
@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "encrypted"])
def test_pdf_fonts_are_embedded(tmp_path: Path, password: str | None) -> None:
    out = tmp_path / "referat.pdf"
    write_minutes_pdf(demo_minutes(), out, lang="da", printed_on=PRINTED, password=password)
    args = ["pdffonts", *(["-upw", password] if password else []), str(out)]
    rows = _run(*args).splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
        assert row.split()[-5] == "yes", row
        assert "DejaVuSans" in row
        assert "Helvetica" not in row


def test_pdf_metadata_holds_no_entry_text() -> None:
    # Even without options: the metadata is never where round-table text goes.
    data = minutes_pdf_bytes(demo_minutes(), lang="da", printed_on=PRINTED)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = {str(key): str(value) for key, value in pdf.docinfo.items()}
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            xmp_text = str(xmp)
    assert info["/Title"] == "Referat: AI i driften – IT Drift"
    assert info["/Author"] == "IT Drift"
    assert info["/Subject"] == "Fortroligt – kun til gruppens medlemmer"
    assert info.get("/Keywords", "") == ""
    # Every longer word of every entry (the theme "AI i driften" shares short ones).
    words = {
        word
        for entry in demo_minutes().entries
        for word in re.findall(r"[\w-]{10,}", " ".join((entry.text, *entry.topics)))
    }
    assert {*SECRETS, ANON_TEXT, SHAREABLE_TEXT} <= {w.strip("-") for w in words}
    for value in [*info.values(), xmp_text]:
        for word in words:
            assert word not in value, word


def test_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    out = _export(tmp_path, "pdf", PASSWORD, STRICT)
    data = out.read_bytes()
    assert b"/Encrypt" in data
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password="forkert")
    with pikepdf.open(out, password=PASSWORD) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6
        assert pdf.encryption.stream_method.name == "aesv3"
        assert pdf.user_password_matched
        assert pdf.encryption.bits == 256
        assert not pdf.owner_password_matched  # the owner password is a random one
        assert len(pdf.pages) >= 2


@needs_poppler
def test_poppler_reads_the_encrypted_pdf(tmp_path: Path) -> None:
    out = _export(tmp_path, "pdf", PASSWORD, STRICT)
    info = _run("pdfinfo", "-upw", PASSWORD, str(out))
    assert re.search(r"Encrypted:\s+yes \(.*AES[- ]?256", info), info
    text = _pdftotext(out, PASSWORD)
    assert "Fortroligt – kun til gruppens medlemmer" in text
    assert "Rundt om bordet" in text
    failed = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=False
    )
    assert failed.returncode != 0
    assert "Rundt om bordet" not in failed.stdout


def test_encrypted_pdf_is_never_written_unencrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever reaches a file is the encrypted PDF: the plain one stays in memory."""
    from coordinator_app.exchange import minutes_pdf, pdf_common

    written: list[bytes] = []
    real = pdf_common.write_private_file

    def spy(path: Path, data: bytes) -> None:
        written.append(data)
        real(path, data)

    monkeypatch.setattr(minutes_pdf, "write_private_file", spy)
    out = tmp_path / "referat.pdf"
    write_minutes_pdf(demo_minutes(), out, lang="da", printed_on=PRINTED, password=PASSWORD)
    assert len(written) == 1 and b"/Encrypt" in written[0]
    assert [p.name for p in tmp_path.iterdir()] == ["referat.pdf"]


@needs_poppler
def test_pdf_survives_very_long_texts(tmp_path: Path) -> None:
    """Table rows are cut until they fit on a page; long entries flow over several pages."""
    base = demo_minutes()
    long_action = dataclasses.replace(base.actions[2], text="W" * 6000 + "\n" * 500 + "slut")
    long_entry = dataclasses.replace(
        base.entries[0], text=("Et meget langt indlæg. " * 800) + "\n" * 300 + "SLUTMÆRKE"
    )
    document = dataclasses.replace(
        base,
        actions=(long_action, *base.actions[:2]),
        entries=(long_entry, *base.entries[1:]),
        attendance=(
            AttendanceLine(1, "Navn " * 300, "Firma " * 300, None, "note " * 500),
            *base.attendance,
        ),
    )
    out = tmp_path / "lang.pdf"
    write_minutes_pdf(document, out, lang="da", printed_on=PRINTED)
    assert _pages(out) >= 4
    text = _pdftotext(out)
    assert "SLUTMÆRKE" in text
    assert "Ikke registreret" in text


# --- the Word document -----------------------------------------------------------------------


def _style(paragraph: Paragraph) -> str:
    return paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""


def test_docx_header_in_every_section_and_real_structure() -> None:
    data = minutes_docx_bytes(demo_minutes(), lang="da", printed_on=PRINTED)
    document = docx.Document(io.BytesIO(data))
    assert document.sections
    for section in document.sections:
        assert not section.header.is_linked_to_previous
        header = " ".join(p.text for p in section.header.paragraphs)
        assert "Fortroligt – kun til gruppens medlemmer" in header
        footer = section.footer._element.xml
        assert "PAGE" in footer and "NUMPAGES" in footer
        assert section.page_width is not None and section.page_height is not None
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    headings = [p.text for p in document.paragraphs if _style(p) == "Heading 1"]
    assert headings == [
        "Fremmøde",
        "Oplæg og program",
        "Rundt om bordet",
        "Beslutninger",
        "Opfølgning",
        "Næste møde",
        "Forslag til oplægsholdere",
    ]
    assert [p.text for p in document.paragraphs if _style(p) == "Title"] == ["AI i driften"]
    numbered = [p.text for p in document.paragraphs if _style(p) == "List Number"]
    assert numbered[0] == "Næste møde holdes hos Nordlys Energi i Esbjerg."
    # Attendance, open and done action items, theme votes, speakers.
    assert len(document.tables) == 5
    attendance = document.tables[0]
    assert [c.text for c in attendance.rows[0].cells] == ["Navn", "Virksomhed", "Fremmøde"]
    assert len(attendance.rows) == 1 + len(demo_minutes().attendance)
    assert "Łukasz Żółć" in [row.cells[0].text for row in attendance.rows]


def test_docx_properties_are_neutral_and_nothing_odd_is_left() -> None:
    data = minutes_docx_bytes(demo_minutes(), lang="da", printed_on=PRINTED)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == "Referat – IT Drift – 09-03-2027"
    assert properties.subject == "IT Drift – tirsdag d. 9. marts 2027"
    assert properties.author == "Birgitte Ærenlund"
    assert properties.last_modified_by == "Birgitte Ærenlund"
    assert properties.comments == ""
    assert properties.keywords == ""
    assert properties.category == ""
    assert properties.revision == 1
    moment = dt.datetime(2027, 3, 12, 12, 0, tzinfo=dt.UTC)
    assert properties.created == moment and properties.modified == moment
    assert properties.language == "da-DK"
    parts = _docx_parts(data)
    assert not [name for name in parts if "thumbnail" in name or name.startswith("customXml")]
    assert not [name for name in parts if "comments" in name]
    assert "docProps/custom.xml" not in parts
    app = parts["docProps/app.xml"].decode()
    assert "<Application>Coordinator App</Application>" in app
    assert "Microsoft" not in app
    everything = b"".join(parts.values())
    assert b"python-docx" not in everything
    assert b"savePreviewPicture" not in parts["word/settings.xml"]


def test_docx_xml_children_are_in_schema_order() -> None:
    """Word refuses a file whose property elements come in another order than the schema's."""
    from xml.etree import ElementTree

    from coordinator_app.exchange.minutes_docx import _TAGS

    data = minutes_docx_bytes(demo_minutes(), lang="da", printed_on=PRINTED)
    checked = 0
    for name, blob in _docx_parts(data).items():
        if not name.endswith(".xml"):
            continue
        for element in ElementTree.fromstring(blob).iter():
            order = _TAGS.get(element.tag)
            if order is None:
                continue
            checked += 1
            children = [child.tag for child in element if isinstance(child.tag, str)]
            assert all(tag in order for tag in children), (name, element.tag, children)
            positions = [order.index(tag) for tag in children]
            assert positions == sorted(positions), (name, element.tag, children)
    assert checked > 100


def test_docx_writes_private_file_and_buffer(tmp_path: Path) -> None:
    out = tmp_path / "referat.docx"
    write_minutes_docx(demo_minutes(), out, lang="en", printed_on=PRINTED)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    buffer = io.BytesIO()
    write_minutes_docx(demo_minutes(), buffer, lang="en", printed_on=PRINTED)
    text = _docx_text(buffer.getvalue())
    assert "Confidential – for group members only" in text
    assert "Round table" in text
    assert [p.name for p in tmp_path.iterdir()] == ["referat.docx"]


# --- Markdown ----------------------------------------------------------------------------------


def _hostile_minutes() -> MinutesDocument:
    base = demo_minutes()
    hostile = (
        "# INJECTED-HEADING\n"
        "- injected list\n"
        "| a | b |\n"
        "|---|---|\n"
        "<script>alert(1)</script>\n"
        "[klik her](http://evil.example) ![billede](http://evil.example/x.png)\n"
        "1. injected number\n"
        "***\n"
        "    indented code\n"
        "> quoted\n"
        "```\n"
        "**bold** _em_ ~~strike~~ $x$ &amp; \\"
    )
    entry = dataclasses.replace(base.entries[0], text=hostile, topics=("a | b", "# t"))
    return dataclasses.replace(
        base,
        entries=(entry,),
        attendance=(
            AttendanceLine(99, "Anna | Bo", "Firma |x| A/S", None, "note | med rør"),
            *base.attendance,
        ),
        decisions=(DecisionLine(1, 1, "# INJECTED-DECISION\n\n- and a list"),),
        actions=(
            ActionLine(1, 7, base.meeting_date, "| rør i opgaven |", None, "Ejer | X", None, None),
        ),
    )


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line.replace("\\\\", "")))


def test_markdown_user_text_cannot_add_structure() -> None:
    text = minutes_markdown(_hostile_minutes(), lang="da", printed_on=PRINTED)
    lines = text.splitlines()
    assert lines[0] == "> **Fortroligt – kun til gruppens medlemmer**"
    for line in lines:
        assert not re.match(r"\s*#+ .*INJECTED", line), line
        assert not re.match(r"\s*[-*+] injected", line), line
        assert not line.startswith("    "), line
        assert "<script>" not in line
        assert "](http" not in line.replace("\\]", "")
        assert not re.match(r"^\s*(\*\*\*|```|> quoted|1\. injected)", line), line
    # Every table row has exactly as many cell borders as its header.
    tables = [line for line in lines if line.startswith("| ")]
    assert tables
    for row in tables:
        if "Anna" in row or "rør" in row or "Ejer" in row:
            columns = 3 if "Anna" in row else 4
            assert _unescaped_pipes(row) == columns + 1, row
    assert "Anna \\| Bo" in text
    assert "\\# INJECTED\\-HEADING" not in text  # only a line start "-" is escaped
    assert "\\# INJECTED-HEADING" in text
    assert "\\<script\\>" in text
    # Paragraphs of user text keep their line breaks as hard breaks, inside the entry.
    assert "\\- injected list" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. item", "1\\. item"),
        ("2) item", "2\\) item"),
        ("=====", "\\====="),
        ("a | b", "a \\| b"),
        ("*x* _y_", "\\*x\\* \\_y\\_"),
        ("`code`", "\\`code\\`"),
        ("[a](b)", "\\[a\\](b)"),
        ("<b>", "\\<b\\>"),
        ("AT&T &amp;", "AT\\&T \\&amp;"),
        ("100 % sikker - ja.", "100 % sikker - ja."),
        ("Łukasz Żółć, Ærø", "Łukasz Żółć, Ærø"),
        ("back\\slash", "back\\\\slash"),
        ("    indented", "indented"),
    ],
)
def test_escape_inline(raw: str, escaped: str) -> None:
    assert escape_inline(raw) == escaped


def test_markdown_file_is_private(tmp_path: Path) -> None:
    out = tmp_path / "referat.md"
    write_minutes_md(demo_minutes(), out, lang="en", printed_on=PRINTED)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert text.startswith("> **Confidential – for group members only**\n")
    assert "## Round table" in text
    assert "| Name | Company | Attendance |" in text


# --- any text at all ----------------------------------------------------------------------------

# Omitted texts carry a character nothing else in the minutes can contain.
_SENTINEL = "\u2603"
_free_text = st.text(max_size=80).filter(lambda s: _SENTINEL not in s)
_secret_text = st.builds(
    lambda a, b: f"{a}{_SENTINEL}{b}", st.text(max_size=30), st.text(max_size=30)
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    kept=st.lists(st.tuples(_free_text, st.lists(_free_text, max_size=3)), max_size=3),
    secret=st.lists(st.tuples(_secret_text, st.lists(_secret_text, max_size=2)), max_size=2),
    anonymous_name=_free_text,
    decisions=st.lists(_free_text, max_size=3),
    action=_free_text,
    theme=_free_text,
    lang=st.sampled_from(["da", "en"]),
)
def test_any_text_never_breaks_a_writer_nor_leaks(
    kept: list[tuple[str, list[str]]],
    secret: list[tuple[str, list[str]]],
    anonymous_name: str,
    decisions: list[str],
    action: str,
    theme: str,
    lang: str,
) -> None:
    base = demo_minutes()
    entries: list[RoundTableLine] = []
    for number, (text, topics) in enumerate(kept):
        level = Confidentiality.ANONYMOUS if number % 2 else Confidentiality.SHAREABLE
        entries.append(
            RoundTableLine(number, 1, anonymous_name, theme, number, text, tuple(topics), level)
        )
    for number, (text, topics) in enumerate(secret, start=len(kept)):
        entries.append(
            RoundTableLine(
                number, 2, "Søren", "", number, text, tuple(topics), Confidentiality.GROUP_ONLY
            )
        )
    document = dataclasses.replace(
        base,
        theme=theme,
        entries=tuple(entries),
        decisions=tuple(DecisionLine(i, i, text) for i, text in enumerate(decisions)),
        actions=(dataclasses.replace(base.actions[0], text=action, owner_name=theme),),
    )
    options = ExportOptions(omit_confidential=True, anonymise=True, lang=lang)
    for fmt in MINUTES_FORMATS:
        data = minutes_bytes(document, fmt=fmt, options=options, printed_on=PRINTED)
        assert data
        if fmt == "md":
            assert _SENTINEL not in data.decode("utf-8")
        if fmt == "docx":
            for blob in _docx_parts(data).values():
                assert _SENTINEL.encode("utf-8") not in blob


# --- the e-mail --------------------------------------------------------------------------------

MEMBERS = (
    ("Łukasz Żółć", "lukasz@nordlys.dk"),
    ("Åse Bækgaard", "aase@rm.dk"),
    ("Åse igen", "AASE@rm.dk"),
    ("Uden adresse", ""),
)


def _minutes_draft(lang: str = "da", **changes: object) -> EmailMessage:
    document = demo_minutes()
    arguments: dict[str, object] = {
        "members": MEMBERS,
        "attachment": b"%PDF-1.7 encrypted",
        "file_name": minutes_file_name(document, fmt="pdf", lang=lang),
        "mime_type": MINUTES_MIME_TYPES["pdf"],
        "lang": lang,
        "sender_name": "Birgitte Ærenlund",
        "sender_email": "birgitte@example.dk",
    }
    arguments.update(changes)
    draft = members_minutes_draft(document, **arguments)  # type: ignore[arg-type]
    raw = eml_bytes(draft, date=dt.datetime(2027, 3, 12, 9, 0, tzinfo=dt.UTC))
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_minutes_draft_in_danish() -> None:
    message = _minutes_draft()
    assert message["Subject"] == "Referat: AI i driften (09-03-2027)"
    assert message["To"] == "Birgitte Ærenlund <birgitte@example.dk>"
    bcc = message["Bcc"]
    assert "lukasz@nordlys.dk" in bcc and "aase@rm.dk" in bcc
    assert "AASE@rm.dk" not in bcc  # the same address once
    body_part = message.get_body(("plain",))
    assert body_part is not None
    body = body_part.get_content()
    assert "Hermed referatet fra vores møde tirsdag d. 9. marts 2027 hos Fjordbanken A/S." in body
    assert "Temaet var »AI i driften«." in body
    assert "fortroligt og kun til gruppens medlemmer" in body
    assert "kladde" in body  # the demo minutes are a draft
    assert "adgangskode" not in body
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["referat-2027-03-09.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == b"%PDF-1.7 encrypted"


def test_minutes_draft_body_never_holds_round_table_text() -> None:
    document = demo_minutes()
    message = _minutes_draft(password_protected=True)
    body_part = message.get_body(("plain",))
    assert body_part is not None
    body = body_part.get_content()
    assert "adgangskode" in body
    for entry in document.entries:
        for piece in re.findall(r"[\w-]{8,}", " ".join((entry.text, *entry.topics))):
            assert piece not in body, piece
            assert piece not in str(message["Subject"]), piece


def test_minutes_draft_in_english_with_fallback_file_name() -> None:
    message = _minutes_draft("en", file_name=" . ", mime_type=MINUTES_MIME_TYPES["docx"])
    assert message["Subject"] == "Minutes: AI i driften (2027-03-09)"
    body_part = message.get_body(("plain",))
    assert body_part is not None
    assert "confidential and for group members only" in body_part.get_content()
    attachment = next(iter(message.iter_attachments()))
    assert attachment.get_filename() == "minutes.docx"
    assert attachment.get_content_type() == MINUTES_MIME_TYPES["docx"]
