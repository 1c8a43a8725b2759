"""The one key names of companies, groups and tags are matched by."""

from __future__ import annotations

import unicodedata

import pytest

from coordinator_app.domain.names import clean_name, name_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Øresund A/S", "øresund a/s"),
        ("Øresund A/S", "ØRESUND A/S"),
        ("Ålholm Universitet", "ålholm universitet"),
        ("Ærø Færger", "æRØ FÆRGER"),
        ("Þórshöfn ehf.", "þórshöfn EHF."),
        ("Łódź Sp. z o.o.", "łÓDŹ sp. z O.O."),
        ("Straße GmbH", "STRASSE GMBH"),
        ("ΣΟΦΙΑ", "σοφια"),
        ("  Region   Østersø\tHospitaler ", "region østersø hospitaler"),
        ("Region\u00a0Østersø", "Region Østersø"),  # a no-break space from a web page
        (unicodedata.normalize("NFD", "Ørestad Pharma Å/S"), "ørestad pharma å/s"),
    ],
)
def test_spellings_of_one_name_have_one_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Øresund A/S", "Oresund A/S"), ("Ålholm", "Aalholm"), ("Bøgh", "Bogh"), ("A/S", "AS")],
)
def test_different_names_have_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_a_key_is_stable_and_composed() -> None:
    for text in ("İstanbul Holding", unicodedata.normalize("NFD", "Ærø Å"), "ǅemal"):
        key = name_key(text)
        assert name_key(key) == key
        assert unicodedata.is_normalized("NFC", key)


def test_clean_name_keeps_the_spelling_and_collapses_white_space() -> None:
    assert clean_name("  Øresund \t A/S\n") == "Øresund A/S"
    assert clean_name(unicodedata.normalize("NFD", "Ålholm")) == "Ålholm"
    assert clean_name("") == "" and name_key("   ") == ""


def test_the_key_of_a_name_is_the_key_of_the_name_as_stored() -> None:
    """Text columns are cleaned of control characters when set (store/text_columns.py): the key
    of what a file says must be the key of what the database keeps."""
    from coordinator_app.domain.text import clean_text

    for text in ("Øre\u200bsund A/S", "Ålholm\u202e Universitet", "Bøgh\x1b[2J & Holm"):
        assert name_key(text) == name_key(clean_text(text))
        assert clean_name(text) == clean_name(clean_text(text))
