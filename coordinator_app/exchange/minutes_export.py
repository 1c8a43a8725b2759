"""The one entry point through which the minutes leave the app: PDF, Word or Markdown.

`export_minutes` applies the export options (`domain.minutes.redact`) before anything else and
hands only the redacted document to a writer, so that what the coordinator chose to leave out
or anonymise cannot reach a file by any path. Front ends (GUI, command line, e-mail) call this
module, never the writers directly.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Final

from coordinator_app.domain.minutes import ExportOptions, MinutesDocument, redact
from coordinator_app.exchange.doc_texts import document_texts
from coordinator_app.exchange.minutes_docx import minutes_docx_bytes
from coordinator_app.exchange.minutes_md import minutes_markdown
from coordinator_app.exchange.minutes_pdf import write_minutes_pdf
from coordinator_app.exchange.pdf_common import write_private_file

MINUTES_FORMATS: Final = ("pdf", "docx", "md")

MINUTES_MIME_TYPES: Final = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown",
}


def _check(fmt: str, password: str | None) -> None:
    if fmt not in MINUTES_FORMATS:
        raise ValueError(f"unknown minutes format {fmt!r}; expected one of {MINUTES_FORMATS}")
    if password is not None and fmt != "pdf":
        raise ValueError("only the PDF minutes can be protected with a password")
    if password is not None and not password:
        raise ValueError("the password must not be empty")


def minutes_bytes(
    document: MinutesDocument,
    *,
    fmt: str,
    options: ExportOptions,
    printed_on: dt.date,
    password: str | None = None,
) -> bytes:
    """The minutes in `fmt` ("pdf", "docx" or "md") under `options`, in memory (for e-mail
    attachments). `password` (PDF only) encrypts the PDF with AES-256.

    Raises ValueError for an unknown format, or a password with another format than PDF.
    """
    _check(fmt, password)
    redacted = redact(document, options)
    lang = options.lang
    if fmt == "pdf":
        buffer = io.BytesIO()
        write_minutes_pdf(redacted, buffer, lang=lang, printed_on=printed_on, password=password)
        return buffer.getvalue()
    if fmt == "docx":
        return minutes_docx_bytes(redacted, lang=lang, printed_on=printed_on)
    return minutes_markdown(redacted, lang=lang, printed_on=printed_on).encode("utf-8")


def export_minutes(
    document: MinutesDocument,
    out: Path,
    *,
    fmt: str,
    options: ExportOptions,
    printed_on: dt.date,
    password: str | None = None,
) -> None:
    """Write the minutes in `fmt` under `options` to `out`, atomically and readable only by
    the user (mode 0600). An encrypted PDF is encrypted in memory; the plain one never touches
    the disk. Raises ValueError as `minutes_bytes` does."""
    data = minutes_bytes(
        document, fmt=fmt, options=options, printed_on=printed_on, password=password
    )
    write_private_file(Path(out), data)


def minutes_file_name(document: MinutesDocument, *, fmt: str, lang: str) -> str:
    """A file name for the minutes: "referat-2027-03-09.pdf" / "minutes-2027-03-09.docx"."""
    if fmt not in MINUTES_FORMATS:
        raise ValueError(f"unknown minutes format {fmt!r}; expected one of {MINUTES_FORMATS}")
    stem = document_texts(lang).minutes_title.lower()
    return f"{stem}-{document.meeting_date.isoformat()}.{fmt}"


__all__ = [
    "MINUTES_FORMATS",
    "MINUTES_MIME_TYPES",
    "export_minutes",
    "minutes_bytes",
    "minutes_file_name",
]
