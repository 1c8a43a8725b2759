"""What the one search looks for in a text: words folded, stemmed in Danish and English.

A text is split into words (runs of letters and digits; anything else separates), and each word
is

- *folded*: case, accents and the Danish letters as `domain.collation` folds a search, so that
  "Søren", "soeren" and "soren" are one word, "Łukasz" is "lukasz", "Þóra" "thora", "Århus",
  "Aarhus" and "arhus" one; the form the index holds and a query is compared in;
- *stemmed* with Snowball's Danish and English stemmers (PyStemmer), each applied until the word
  stops changing: Danish piles up endings ("virksomhed-er-ne-s"), and the Danish stemmer takes off
  one layer a time, so "virksomhedernes" and "virksomhed" meet only at "virksom". The stems are
  folded too. Danish and English both: the minutes mix the two.

How a word matches a query term (`Match`): EXACT (the folded word), STEM (a shared stem), PART
(the word holds the term, as a compound holds "ledelse" in "forandringsledelse", or one typo
apart: `prefix_within_one_edit`). The index (store/search_index.py) finds rows by the same
rules; `snippet` marks the words of a text that match, as the user typed them.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import Stemmer

from coordinator_app.domain.collation import search_query

#: A word: a run of letters and digits (of any script); everything else separates words. The
#: index's tokenizer (FTS5 "ascii": every non-ASCII character is part of a word) splits the
#: index's words exactly where this does, since they hold no ASCII besides letters and digits.
WORD = re.compile(r"[^\W_]+")

#: A query term of fewer letters matches whole words and their beginnings only: parts of words
#: and typos of one or two letters would match nearly everything.
MIN_PART_LETTERS = 3
#: A term of fewer letters is not matched with a typo ("arne" is not "anne").
MIN_TYPO_LETTERS = 6
#: How many times a stemmer is applied at most (Danish rarely needs more than two).
_STEM_ROUNDS = 3


class _Stemmer(Protocol):
    def stemWords(self, words: Sequence[str]) -> list[str]: ...


@functools.cache
def _stemmer(language: str) -> _Stemmer:
    return cast(_Stemmer, Stemmer.Stemmer(language))


class Match(enum.IntEnum):
    """How a word matches a query term; a higher value ranks higher."""

    PART = 1  # part of a compound, the beginning of a longer word, or one typo apart
    STEM = 2
    EXACT = 3


def fold(text: str) -> str:
    """`text` as the index compares it: lower case, accents off, æ ø å and their transliterations
    (ae, oe, aa) as the bare letters a, o, a (`collation.search_query`)."""
    return search_query(unicodedata.normalize("NFC", text))


def _fold_all(words: Iterable[str]) -> set[str]:
    """Each of `words` folded, all at once (one pass of the folding over the joined text); the
    result split again into words, so that every token is letters and digits only."""
    return set(WORD.findall(fold(" ".join(words))))


def _stems(words: list[str]) -> set[str]:
    """The Danish and the English stem of each word (lower case, not folded), each stemmer
    applied until the stems stop changing."""
    stems: set[str] = set()
    for language in ("danish", "english"):
        stemmer = _stemmer(language)
        current = words
        for _round in range(_STEM_ROUNDS):
            stemmed = stemmer.stemWords(current)
            changed = [s for s, w in zip(stemmed, current, strict=True) if s != w]
            stems.update(s for s, w in zip(stemmed, current, strict=True) if s == w)
            if not changed:
                break
            current = changed
        else:
            stems.update(current)
    return stems


@dataclass(frozen=True)
class IndexTokens:
    """What the index holds for one row: its folded words, and those of their folded stems that
    are not words of the row already (a query's stems are looked for among both)."""

    words: frozenset[str]
    stems: frozenset[str]

    def words_text(self) -> str:
        return " ".join(sorted(self.words))

    def stems_text(self) -> str:
        return " ".join(sorted(self.stems))


def words_of(text: str) -> list[str]:
    """The words of `text` in lower case (not folded), in order."""
    return WORD.findall(unicodedata.normalize("NFC", text).casefold())


@functools.lru_cache(maxsize=200_000)
def word_tokens(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's (lower case) folded form(s) and folded stems; kept for the next row that has
    it: the minutes use the same words over and over, and stemming is the costly part."""
    return tuple(WORD.findall(fold(word))), tuple(sorted(_fold_all(_stems([word]))))


def index_tokens(texts: Iterable[str]) -> IndexTokens:
    """The index's tokens of a row made of `texts` (its fields)."""
    words: set[str] = set()
    for text in texts:
        words.update(words_of(text))
    folded: set[str] = set()
    stems: set[str] = set()
    for word in words:
        forms, word_stems = word_tokens(word)
        folded.update(forms)
        stems.update(word_stems)
    return IndexTokens(frozenset(folded), frozenset(stems - folded))


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query: as typed, folded, and its folded stems."""

    typed: str
    folded: str
    stems: frozenset[str]

    @property
    def finds_parts(self) -> bool:
        """Whether the term is long enough to be looked for inside words."""
        return len(self.folded) >= MIN_PART_LETTERS

    @property
    def finds_typos(self) -> bool:
        return len(self.folded) >= MIN_TYPO_LETTERS


def parse_query(query: str) -> list[QueryTerm]:
    """The terms of a typed query, in order, each once. Every word must match (there are no
    operators: "and", quotes and dashes are words or separators like any other)."""
    terms: list[QueryTerm] = []
    seen: set[str] = set()
    for word in words_of(query):
        for folded in WORD.findall(fold(word)):
            if folded in seen:
                continue
            seen.add(folded)
            forms, word_stems = word_tokens(word)
            stems = frozenset(word_stems) if forms == (folded,) else frozenset()
            terms.append(QueryTerm(word, folded, stems or frozenset({folded})))
    return terms


# --- typos -------------------------------------------------------------------------------------


def within_one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` are at most one edit apart: a letter added, left out, changed, or two
    neighbouring letters swapped (Damerau-Levenshtein distance at most 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]


def prefix_within_one_edit(term: str, word: str) -> bool:
    """Whether `word` begins with something at most one edit from `term` (so that a typo in
    "forandrigsledelse" still finds "forandringsledelsen")."""
    for length in (len(term) - 1, len(term), len(term) + 1):
        if 0 < length <= len(word) and within_one_edit(term, word[:length]):
            return True
    return False


# --- matching a word and marking a snippet -------------------------------------------------------


def analyse(term: QueryTerm, word: str) -> Match | None:
    """How the word `word` (as written) matches `term`, or None."""
    folded_words = WORD.findall(fold(word))
    if term.folded in folded_words:
        return Match.EXACT
    stems = {stem for w in words_of(word) for stem in word_tokens(w)[1]}
    if (stems | set(folded_words)) & term.stems:
        return Match.STEM
    for folded in folded_words:
        if term.finds_parts and term.folded in folded:
            return Match.PART
        if folded.startswith(term.folded):
            return Match.PART
        if term.finds_typos and prefix_within_one_edit(term.folded, folded):
            return Match.PART
    return None


def _quality(terms: tuple[QueryTerm, ...], word: str) -> Match | None:
    """The best way any of `terms` matches `word`."""
    return max((m for m in (analyse(term, word) for term in terms) if m is not None), default=None)


@functools.lru_cache(maxsize=16)
def _qualities(terms: tuple[QueryTerm, ...]) -> dict[str, Match | None]:
    """How the words seen so far match `terms`: the results of one query share most of their
    words (kept for the last few queries, so that typing on reuses them)."""
    return {}


@dataclass(frozen=True)
class Snippet:
    """A part of a text with the ranges (start, end) of the words that match, as written."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()


_UNSEEN: Any = object()

#: How long a snippet is at most (characters, with the ellipses).
SNIPPET_WIDTH = 160
_ELLIPSIS = "…"


def snippet(text: str, terms: Sequence[QueryTerm], width: int = SNIPPET_WIDTH) -> Snippet:
    """The part of `text` (on one line) around its best-matching word, at most `width`
    characters, with every matching word in it marked; the beginning if nothing matches."""
    line = " ".join(unicodedata.normalize("NFC", text).split())
    found: list[tuple[int, int, Match]] = []
    best: Match | None = None
    query = tuple(terms)
    seen = _qualities(query)
    for token in WORD.finditer(line):
        word = token.group()
        quality = seen.get(word, _UNSEEN)
        if quality is _UNSEEN:
            quality = seen[word] = _quality(query, word)
        if quality is not None:
            found.append((token.start(), token.end(), quality))
            best = quality if best is None or quality > best else best
    if len(line) <= width:
        return Snippet(line, tuple((s, e) for s, e, _ in found))
    # Around the best match, from the first match before it if both fit.
    best_start, best_end = next(((s, e) for s, e, q in found if q == best), (0, 0))
    first = next((s for s, _e, _q in found if best_end - s <= width * 3 // 4), best_start)
    start = max(0, first - width // 4)
    if start:
        space = line.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < width // 2 else start
    start = min(start, max(0, len(line) - width + 1))
    lead = _ELLIPSIS if start else ""
    room = width - len(lead)
    end = start + room
    tail = ""
    if end < len(line):
        end -= 1
        space = line.rfind(" ", start, end + 1)
        if space > start + room // 2:
            end = space
        tail = _ELLIPSIS
    shown = lead + line[start:end].rstrip() + tail
    offset = len(lead) - start
    limit = len(lead) + len(line[start:end].rstrip())
    marks = tuple(
        (s + offset, e + offset) for s, e, _q in found if s >= start and e + offset <= limit
    )
    return Snippet(shown, marks)
