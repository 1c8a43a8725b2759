"""Tests for the shared PDF foundations: fonts, safe text, page frame, metadata, file writing."""

from __future__ import annotations

import dataclasses
import io
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph, Table

from coordinator_app import resources
from coordinator_app.exchange.doc_texts import DocumentTexts, count_members, document_texts
from coordinator_app.exchange.pdf_common import (
    FONT,
    FONT_BOLD,
    build_document,
    escape,
    paragraph_styles,
    printable_text,
    register_fonts,
    table_style,
    write_private_file,
)

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(
    not HAVE_POPPLER, reason="pdftotext/pdffonts (poppler-utils) not installed; CI has them"
)

HOSTILE = [
    "<b>unclosed",
    "</para>",
    "a & b && c &amp; &#0; &bogus;",
    "<font name='Helvetica'>x</font>",
    "W" * 5000,
    "ctrl\x00\x01\x07\x1b[31m\x7f\x85\x9f",
    "lone surrogate \ud800 here",
    "emoji 😀🎉👩‍💻 🇩🇰 ❤️",
    "tab\tnew\nline\r\nCR\rff\x0cvt\x0b",
    "中文 العربية עברית",
    "\ufffe\uffff",
    "",
]


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


def _simple_story(paragraphs: int = 3) -> list[object]:
    styles = paragraph_styles()
    return [
        Paragraph(escape(f"Afsnit {i}: Søren Ærø Ågård"), styles.body) for i in range(paragraphs)
    ]


def test_resources_dir_default_and_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(resources.RESOURCES_ENV, raising=False)
    assert (resources.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert resources.font_path("DejaVuSans-Bold.ttf").is_file()
    assert (resources.resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    assert resources.resources_dir() == tmp_path.resolve()
    with pytest.raises(FileNotFoundError):
        resources.font_path("DejaVuSans.ttf")


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    names = pdfmetrics.getRegisteredFontNames()
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert name in names


def test_styles_use_shipped_font() -> None:
    styles = paragraph_styles()
    for style in (styles.title, styles.heading, styles.body, styles.small, styles.cell):
        assert style.fontName.startswith("DejaVuSans")
    assert styles.title.fontName == FONT_BOLD


def test_table_style_sets_font_for_every_cell() -> None:
    commands = table_style().getCommands()
    assert ("FONTNAME", (0, 0), (-1, -1), FONT) in commands
    assert any(c[0] == "ROWBACKGROUNDS" for c in commands)
    assert not any(c[0] == "ROWBACKGROUNDS" for c in table_style(zebra=False).getCommands())


def test_escape_markup_characters() -> None:
    assert escape("<b>R&D</b>") == "&lt;b&gt;R&amp;D&lt;/b&gt;"
    assert escape("line 1\nline 2") == "line 1<br/>line 2"
    assert escape("x" * 50, max_chars=10) == "x" * 9 + "…"


def test_printable_text_drops_controls_and_replaces_missing_glyphs() -> None:
    assert printable_text("a\x00b\x07c\x1bd") == "abcd"
    assert printable_text("ok\ud800") == "ok"
    assert printable_text("Þóra Łukasz Żółć æøå") == "Þóra Łukasz Żółć æøå"
    # DejaVu Sans has no glyph for the party popper or for Chinese.
    assert printable_text("🎉 中") == "\ufffd \ufffd"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_breaks_a_paragraph(text: str) -> None:
    styles = paragraph_styles()
    paragraph = Paragraph(escape(text), styles.cell)
    paragraph.wrap(40 * 2.83, 800)
    buffer = io.BytesIO()
    table = Table([[Paragraph(escape(text), styles.cell)]], colWidths=[120], splitInRow=1)
    build_document(
        buffer,
        title=text,
        author=text,
        lang="da",
        story=[Paragraph(escape(text), styles.body), table],
        footer_left=text,
        confidential=True,
    )
    assert buffer.getvalue().startswith(b"%PDF")


def test_build_document_to_path_is_private_and_atomic(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")
    build_document(out, title="T", author="A", lang="en", story=_simple_story(), footer_left="Left")
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_write_private_file_leaves_nothing_behind_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "x.bin"
    out.write_bytes(b"keep")

    def boom(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_private_file(out, b"new")
    assert out.read_bytes() == b"keep"
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]


def test_metadata(tmp_path: Path) -> None:
    out = tmp_path / "meta.pdf"
    build_document(
        out,
        title="Referat – møde",
        author="Kirsten Holm",
        lang="da",
        story=_simple_story(),
        footer_left="x",
    )
    data = out.read_bytes()
    assert b"/Lang (da)" in data
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", "-enc", "UTF-8", str(out)], check=True, capture_output=True, text=True
        ).stdout
        assert "Referat – møde" in info
        assert "Kirsten Holm" in info


@needs_poppler
@pytest.mark.parametrize("lang", ["da", "en"])
def test_page_x_of_y_and_confidential_header(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"pages_{lang}.pdf"
    build_document(
        out,
        title="Dokument",
        author="A",
        lang=lang,
        story=_simple_story(200),
        footer_left="Venstre fod",
        confidential=True,
    )
    texts = document_texts(lang)
    pages = [p for p in _pdf_text(out).split("\f") if p.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert texts.page.format(page=number, pages=len(pages)) in page
        assert texts.confidential_notice in page
        assert "Venstre fod" in page


@needs_poppler
def test_only_embedded_fonts(tmp_path: Path) -> None:
    out = tmp_path / "fonts.pdf"
    styles = paragraph_styles()
    table = Table([["plain string cell", "Łukasz Żółć"], ["Þóra", "æøå"]], style=table_style())
    story = [Paragraph("<b>bold</b> <i>italic</i> <b><i>both</i></b>", styles.body), table]
    build_document(out, title="F", author="A", lang="en", story=story, footer_left="f")
    lines = _pdf_fonts(out)
    assert lines
    assert all("Helvetica" not in line for line in lines)
    assert all(line.split()[-5] == "yes" for line in lines)  # the "emb" column
    assert {line.split()[0].split("+")[-1] for line in lines} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


# --- document texts -------------------------------------------------------------------------


def test_document_texts_complete_in_both_languages() -> None:
    da, en = document_texts("da"), document_texts("en")
    for field in dataclasses.fields(DocumentTexts):
        assert getattr(da, field.name), f"da.{field.name} is empty"
        assert getattr(en, field.name), f"en.{field.name} is empty"
        # "E-mail" and "Status" are the words in both languages.
        if field.name not in {"col_email", "col_status", "minutes_status_label"}:
            assert getattr(da, field.name) != getattr(en, field.name), field.name
    for texts in (da, en):
        assert "{date}" in texts.generated_on
        assert "{page}" in texts.page and "{pages}" in texts.page
        assert "{n}" in texts.members_count
    assert da.confidential_notice == "Fortroligt – kun til gruppens medlemmer"
    assert en.confidential_notice == "Confidential – for group members only"
    assert da.page.format(page=1, pages=3) == "Side 1 af 3"
    assert en.page.format(page=1, pages=3) == "Page 1 of 3"


def test_document_texts_language_fallback() -> None:
    assert document_texts("da-DK") is document_texts("da")
    assert document_texts("sv") is document_texts("en")
    assert document_texts("") is document_texts("en")


def test_count_members() -> None:
    assert count_members(document_texts("da"), 12) == "12 medlemmer"
    assert count_members(document_texts("da"), 1) == "1 medlem"
    assert count_members(document_texts("en"), 0) == "0 members"
    assert count_members(document_texts("en"), 1) == "1 member"
