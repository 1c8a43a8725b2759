"""Alphabetical order for names as Danish (æ ø å after z) and English readers expect it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The last three Latin-1 code points: folding maps every accented Latin letter to its base, so in a
# folded text these sort after every Latin letter, which is where the Danish alphabet puts æ, ø, å.
# Keeping them in Latin-1 keeps the keys of Latin text one byte a character, which Python compares
# several times faster than keys holding a code point above U+00FF.
_DA_AE = "\u00fd"
_DA_OE = "\u00fe"
_DA_AA = "\u00ff"
_DANISH_MARKS = frozenset((_DA_AE, _DA_OE, _DA_AA))

# Letters that Unicode does not decompose into a base letter plus accent.
_BASE_LETTERS: dict[str, str] = {
    "æ": "ae",
    "ǽ": "ae",
    "ǣ": "ae",
    "ø": "o",
    "ǿ": "o",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "n",
    "ĸ": "k",
    "ß": "ss",
    "ſ": "s",
}

_DANISH_LETTERS: dict[str, str] = {
    "æ": _DA_AE,
    "ǽ": _DA_AE,
    "ǣ": _DA_AE,
    "ä": _DA_AE,
    "ø": _DA_OE,
    "ǿ": _DA_OE,
    "ö": _DA_OE,
    "ő": _DA_OE,
    "å": _DA_AA,
    "ǻ": _DA_AA,
}

# Latin-1, Latin Extended-A/B, combining marks and Latin Extended Additional: every accented
# Latin letter a European name uses.
_RANGES = ((0x00C0, 0x0250), (0x0300, 0x0370), (0x1E00, 0x1F00))


def _fold(ch: str) -> str:
    """`ch` (already case-folded) without accents, as an English reader orders it."""
    if ch in _BASE_LETTERS:
        return _BASE_LETTERS[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_BASE_LETTERS.get(c, c) for c in base)


def _build_table(danish: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for start, stop in _RANGES:
        for cp in range(start, stop):
            ch = chr(cp)
            folded = _DANISH_LETTERS[ch] if danish and ch in _DANISH_LETTERS else _fold(ch)
            if folded != ch:
                table[cp] = folded
    return table


_TABLES: dict[str, dict[int, str]] = {"da": _build_table(True), "en": _build_table(False)}


def sort_key(text: str, lang: str = "da") -> tuple[str, str, str]:
    """A key that sorts `text` case-insensitively with accents folded, in `lang`'s alphabet.

    Ties on the folded text are broken by the accents, then by case, so the order is stable.
    """
    table = _TABLES["da" if lang.lower().startswith("da") else "en"]
    folded = text.casefold()
    return (folded.translate(table), folded, text)


def sort_text(text: str, lang: str = "da") -> str:
    """`sort_key` as one string, for sorting many values: the same order, far faster to compare.

    The three parts are joined by NUL, which sorts before every other character, so a part that
    is a prefix of another sorts first, exactly as in the tuple. Text without accents skips the
    folding table (it has nothing to fold).
    """
    folded = text.casefold()
    primary = folded if folded.isascii() else folded.translate(_TABLES[_table_name(lang)])
    return f"{primary}\0{folded}\0{text}"


def primary_texts(texts: Iterable[str], lang: str = "da") -> list[str]:
    """The first part of each text's `sort_key` (case and accents folded), all computed at once.

    For sorting many values by what a reader sees as the same text: folding them joined into one
    string takes a few C calls for the lot instead of several calls per value (a third of the
    time at 100,000 values).
    """
    texts = list(texts)
    if not texts:
        return []
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds the separator
        table = _TABLES[_table_name(lang)]
        return [text.casefold().translate(table) for text in texts]
    return _fold_joined(joined.casefold(), lang).split(_SEPARATOR)


def sort_texts(texts: Iterable[str], lang: str = "da") -> list[str]:
    """`sort_text` of each text, all computed at once (see `primary_texts`)."""
    texts = list(texts)
    folded = list(map(str.casefold, texts))
    primaries = primary_texts(folded, lang)  # folding a folded text again changes nothing
    return list(map("\0".join, zip(primaries, folded, texts, strict=True)))


def _fold_joined(folded: str, lang: str) -> str:
    """`folded` (already case-folded) with the folding table applied, one `replace` per letter.

    Only the letters that occur are replaced. The Danish letters go last: they become ý, þ and ÿ,
    which are letters of the table themselves (folded to y, th and y when they are typed).
    """
    if folded.isascii():
        return folded
    table = _TABLES[_table_name(lang)]
    letters = set(_ASCII_RUNS.sub("", folded))
    for letter in sorted(letters, key=lambda letter: table.get(ord(letter)) in _DANISH_MARKS):
        replacement = table.get(ord(letter))
        if replacement is not None:
            folded = folded.replace(letter, replacement)
    return folded


# Joins the values folded at once; a value holding it is folded on its own.
_SEPARATOR = "\x1e"
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _table_name(lang: str) -> str:
    return "da" if lang.lower().startswith("da") else "en"


# --- search --------------------------------------------------------------------------------------
#
# A search finds a name however its letters are typed: accents off ("lukasz zolc" finds "Łukasz
# Żółć"), ø as o or oe, æ as ae or a, å as aa or a ("ostergaard" and "oestergaard" find
# "Østergaard", "arhus" and "aarhus" find "Århus"). A text is folded in two ways: its letters as
# written with the accents off (English order's folding: æ is "ae", ø "o", å "a"), then that with
# the digraphs aa, ae and oe written as one letter (a, a, o). A query is folded the second way;
# it is looked for in both, so that part of a word ("elsen" in "Michaelsen") is found too.
#
# A digraph becomes its first letter, so folding a longer query gives a text that begins with the
# shorter one's: typing on only narrows what a search finds (the roster's filter relies on it).

# Each as its first letter, in this order (str.replace: several times faster than a regex).
_DIGRAPHS = (("aa", "a"), ("ae", "a"), ("oe", "o"))
# Joins the parts of a searched text: no query word holds it.
SEARCH_SEPARATOR = "\n"


def _accents_off(text: str) -> str:
    """`text` case-folded with every accented Latin letter as its base letters (æ as "ae")."""
    folded = text.casefold()
    return folded if folded.isascii() else _fold_joined(folded, "en")


def _digraphs_as_letters(folded: str) -> str:
    for digraph, letter in _DIGRAPHS:
        folded = folded.replace(digraph, letter)
    return folded


def search_texts(texts: Iterable[str]) -> list[str]:
    """What a search looks in, for each text (see `search_text`), all computed at once."""
    texts = list(texts)
    if not texts:
        return []
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds the separator
        return [_search_text(text) for text in texts]
    plain = _accents_off(joined)
    merged = _digraphs_as_letters(plain)
    if merged == plain:
        return plain.split(_SEPARATOR)
    return list(map(_both, plain.split(_SEPARATOR), merged.split(_SEPARATOR)))


def _both(plain: str, merged: str) -> str:
    return plain if plain == merged else f"{plain}{SEARCH_SEPARATOR}{merged}"


def _search_text(text: str) -> str:
    plain = _accents_off(text)
    return _both(plain, _digraphs_as_letters(plain))


def search_text(text: str) -> str:
    """What a search looks in: `text` folded as written, then (if it differs) with its digraphs
    as one letter, joined by `SEARCH_SEPARATOR`. A query word is found if `search_query` makes it
    a part of this."""
    return search_texts([text])[0]


def search_query(text: str) -> str:
    """The words of a typed search, folded for finding in a `search_text`, one space apart."""
    return " ".join(_digraphs_as_letters(_accents_off(text)).split())


def search_matches(query: str, text: str) -> bool:
    """Whether `text` holds every word of `query` (however their letters are typed)."""
    haystack = search_text(text)
    return all(word in haystack for word in search_query(query).split())
