"""Tokenising, folding and stemming for the one search (domain/search_text.py)."""

from __future__ import annotations

import pytest

from coordinator_app.domain.search_text import (
    Match,
    analyse,
    fold,
    index_tokens,
    parse_query,
    prefix_within_one_edit,
    snippet,
    within_one_edit,
)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("soren", "Søren"),
        ("soeren", "Søren"),
        ("SØREN", "Søren"),
        ("lukasz", "Łukasz"),
        ("thora", "Þóra"),
        ("aeble", "Æble"),
        ("able", "Æble"),
        ("aarhus", "Århus"),
        ("arhus", "Århus"),
        ("arhus", "Aarhus"),
        ("muller", "Müller"),
        ("kjaergaard", "Kjærgård"),
    ],
)
def test_letters_fold_to_one_form_however_they_are_typed(typed: str, written: str) -> None:
    assert fold(typed) == fold(written)


def test_a_word_is_indexed_folded_and_with_its_danish_and_english_stems() -> None:
    tokens = index_tokens(["Virksomhedernes forandringsledelse, migrations"])
    assert {"virksomhedernes", "forandringsledelse", "migrations"} <= tokens.words
    # Danish stems until they stop changing: virksomhedernes -> virksomhed -> virksom.
    assert "virksom" in tokens.stems
    # English: migrations -> migrat.
    assert "migrat" in tokens.stems


def test_index_tokens_hold_only_letters_and_digits_one_token_each() -> None:
    tokens = index_tokens(["NIS2-krav: «ISO 27001» & e-mail_adresser (½)"])
    for token in tokens.words | tokens.stems:
        assert token.isalnum()
        assert token == token.casefold()
    assert {"nis2", "krav", "iso", "27001", "e", "mail", "adresser"} <= tokens.words


def test_the_query_is_split_into_folded_terms_with_their_stems() -> None:
    terms = parse_query('  "Søren"  virksomhed  AND  ')
    assert [t.folded for t in terms] == ["soren", "virksomhed", "and"]
    assert "virksom" in terms[1].stems
    assert parse_query(" ,; ") == []


def test_a_query_stem_meets_the_stem_of_an_inflected_word() -> None:
    # A query's stems are looked for among a row's words and stems alike.
    (term,) = parse_query("virksomhed")
    tokens = index_tokens(["virksomhedernes"])
    assert term.stems & (tokens.words | tokens.stems)
    (term,) = parse_query("løsninger")
    tokens = index_tokens(["loesning"])
    assert term.stems & (tokens.words | tokens.stems)


def test_a_stem_that_is_a_word_of_the_row_is_not_stored_twice() -> None:
    tokens = index_tokens(["cloud clouds"])
    assert "cloud" in tokens.words
    assert "cloud" not in tokens.stems


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("forandrigsledelse", "forandringsledelse", True),  # a letter left out
        ("forandringsledelse", "forandrinsgledelse", True),  # two letters swapped
        ("forandringsledelse", "forandringsledelze", True),  # one wrong letter
        ("forandringsledelse", "forandringsledelsee", True),  # one letter too many
        ("forandringsledelse", "forandringsledelse", True),
        ("forandrigsledelze", "forandringsledelse", False),  # two edits
        ("ledelse", "lederne", False),
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert within_one_edit(a, b) is near
    assert within_one_edit(b, a) is near


def test_a_typo_finds_the_inflected_word_too() -> None:
    assert prefix_within_one_edit("forandrigsledelse", "forandringsledelsen")
    assert prefix_within_one_edit("forandrigsledelse", "forandringsledelsens")
    assert not prefix_within_one_edit("forandrigsledelse", "forandringsprojekter")


def test_analyse_tells_how_a_word_matches_a_term() -> None:
    (term,) = parse_query("ledelse")
    assert analyse(term, "ledelse") is Match.EXACT
    assert analyse(term, "Forandringsledelse") is Match.PART
    (term,) = parse_query("virksomhed")
    assert analyse(term, "virksomhedernes") is Match.STEM
    (term,) = parse_query("forandrigsledelse")
    assert analyse(term, "forandringsledelsen") is Match.PART
    (term,) = parse_query("soren")
    assert analyse(term, "Søren") is Match.EXACT
    assert analyse(term, "Peter") is None


def test_a_snippet_marks_the_matching_words_in_the_text_as_written() -> None:
    text = (
        "Vi har brugt et halvt år på at få styr på leverandørerne. Nu handler det om "
        "forandringsledelse i hele organisationen, og Søren hjælper os med kommunikationen. "
        "Resten af året går med budgetter."
    )
    result = snippet(text, parse_query("ledelse soren"), width=90)
    marked = [result.text[start:end] for start, end in result.highlights]
    assert marked == ["forandringsledelse", "Søren"]
    assert result.text.startswith("…")
    assert len(result.text) <= 92


def test_a_snippet_of_a_short_text_is_the_whole_text() -> None:
    result = snippet("Cloud-migrering", parse_query("migrering"))
    assert result.text == "Cloud-migrering"
    assert [result.text[s:e] for s, e in result.highlights] == ["migrering"]


def test_a_snippet_without_a_match_is_the_texts_beginning() -> None:
    result = snippet("Et langt referat " * 30, parse_query("kubernetes"), width=40)
    assert result.highlights == ()
    assert result.text.startswith("Et langt referat")
    assert result.text.endswith("…")
