"""Search folding: a search finds a name however its letters are typed (ø as o or oe, æ as ae or
a, å as aa or a, accents left off)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from coordinator_app.domain.collation import search_matches, search_query, search_text, search_texts


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("ostergaard", "Anders Østergaard"),
        ("oestergaard", "Anders Østergaard"),
        ("østergård", "Anders Østergaard"),
        ("ØSTERGAARD", "Anders Østergaard"),
        ("aeble", "Æble"),
        ("able", "Æble"),
        ("æble", "Æble"),
        ("aarhus", "Århus"),
        ("arhus", "Århus"),
        ("århus", "Århus"),
        ("aarhus", "Aarhus"),
        ("århus", "Aarhus"),
        ("lukasz zolc", "Łukasz Żółć"),
        ("żółć", "Lukasz Zolc"),
        ("soeren", "Søren"),
        ("kjaergaard", "Mette Kjærgaard"),
        ("kjærgård", "Mette Kjærgaard"),
        ("muller", "Müller"),
        ("ciso", "CISO, Region Hovedstaden"),
        # Part of a word, from its middle: the letters as written are searched too.
        ("elsen", "Michaelsen"),
        ("ael", "Michaelsen"),
        ("e", "Jae"),
    ],
)
def test_a_search_finds_the_text_however_its_letters_are_typed(typed: str, text: str) -> None:
    assert search_matches(typed, text)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("ostergaard", "Vestergaard"),
        ("zolc", "Zola"),
        ("aeble", "Eble"),
        ("lukasz zolc", "Łukasz Nowak"),  # every word must be found
        ("arhus", "Horsens"),
    ],
)
def test_a_search_does_not_find_other_texts(typed: str, text: str) -> None:
    assert not search_matches(typed, text)


def test_the_query_is_its_words_folded_and_single_spaced() -> None:
    assert search_query("  Østergård   Æble ") == "ostergard able"
    assert search_query("") == ""
    assert search_query("\u0301") == ""  # a lone accent folds to nothing


def test_the_searched_text_holds_the_letters_as_written_and_the_folded_ones() -> None:
    assert search_text("Michaelsen") == "michaelsen\nmichalsen"
    assert search_text("Mette Holm") == "mette holm"  # nothing to fold: held once


_LETTERS = st.text(alphabet="aeoøæåÆØÅÄÖäöüłŁżŻóÓćzxnm \n-ßéÉ\u0301", max_size=24)


@given(st.lists(_LETTERS, max_size=8))
def test_folding_many_texts_at_once_gives_what_each_alone_gives(texts: list[str]) -> None:
    assert search_texts(texts) == [search_text(text) for text in texts]


@given(_LETTERS, _LETTERS)
def test_typing_on_never_finds_more_than_before(typed: str, more: str) -> None:
    """What a longer search finds, the shorter one found: the filter narrows what it kept."""
    assert search_query(typed + more).startswith(search_query(typed).rstrip())


_WORD = st.text(alphabet="aeoøæåÆØÅÄÖäöüłŁżŻóÓćzxnm-ßéÉ\u0301", min_size=1, max_size=12)


@given(_LETTERS, _WORD, _LETTERS)
def test_a_word_of_the_text_typed_as_written_is_found(before: str, word: str, after: str) -> None:
    assert search_matches(word, f"{before} {word}{after}")
