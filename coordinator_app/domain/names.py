"""Names that identify a row: companies (organisations), groups and expertise tags.

Two spellings of one company ("Øresund A/S", "ØRESUND  a/s", a name typed on a Mac, whose
keyboard may send "Ø" decomposed) must find the same row. SQLite's lower() and NOCASE fold
ASCII letters only, so the comparison is never left to SQL: every such table stores
`name_key(name)` in a `name_key` column with a unique index, computed here in Python, and every
lookup compares keys.
"""

from __future__ import annotations

import unicodedata

from coordinator_app.domain.text import clean_text


def clean_name(text: str) -> str:
    """`text` as a name is stored: without control characters (`clean_text`), composed (NFC),
    runs of white space one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", clean_text(text)).split())


def name_key(text: str) -> str:
    """What two spellings of one name have in common: `clean_name` with Unicode case folding
    (Ø and ø, ß and SS, Σ and ς), composed again (folding can decompose, as İ → i̇). The key
    of a text is the key of the text as stored (`clean_text` applied or not)."""
    return unicodedata.normalize("NFC", clean_name(text).casefold())
