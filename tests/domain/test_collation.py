"""Tests for alphabetical order of names in Danish and English."""

from __future__ import annotations

import random
import time

from coordinator_app.domain.collation import sort_key, sort_text

NAMES = ["Åse", "Zorn", "Ærø", "Østergaard", "Éric", "eva", "Müller", "Mads", "Öberg", "Anders"]


def test_danish_letters_sort_after_z_in_order() -> None:
    ordered = sorted(NAMES, key=sort_key)
    assert ordered == [
        "Anders",
        "Éric",
        "eva",
        "Mads",
        "Müller",
        "Zorn",
        "Ærø",
        "Öberg",
        "Østergaard",
        "Åse",
    ]


def test_english_folds_danish_letters() -> None:
    ordered = sorted(NAMES, key=lambda s: sort_key(s, "en"))
    assert ordered == [
        "Ærø",  # æ as "ae"
        "Anders",
        "Åse",  # å as "a"
        "Éric",
        "eva",
        "Mads",
        "Müller",
        "Öberg",
        "Østergaard",  # ø as "o"
        "Zorn",
    ]


def test_case_insensitive() -> None:
    assert sorted(["bo", "Anna", "alf", "Bent"], key=sort_key) == ["alf", "Anna", "Bent", "bo"]


def test_accents_fold_to_base_letter() -> None:
    assert sort_key("é")[0] == sort_key("e")[0]
    assert sort_key("Müller")[0] == sort_key("muller")[0]
    assert sort_key("Łukasz")[0] == sort_key("lukasz")[0]
    assert sorted(["Ed", "Éa", "Eb"], key=sort_key) == ["Éa", "Eb", "Ed"]


def test_ties_are_ordered_deterministically() -> None:
    words = ["Eric", "Éric", "eric", "éric"]
    keys = {sort_key(w) for w in words}
    assert len(keys) == len(words)
    assert sorted(words, key=sort_key) == [
        "Eric",
        "eric",
        "Éric",
        "éric",
    ]  # upper case first, as in Danish


def test_danish_a_with_ring_is_not_a() -> None:
    assert sort_key("Åkesson") > sort_key("Zachariassen")
    assert sort_key("Åkesson", "en") < sort_key("Andersen", "en")


def test_empty_and_unusual_text() -> None:
    assert sort_key("") < sort_key("a")
    for text in ["中文", "😀", "\x00", "Þóra", "ß"]:
        sort_key(text)
        sort_key(text, "en")


def test_sorting_100000_names_is_fast() -> None:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzæøåéüöäÆØÅ "
    names = ["".join(rng.choice(letters) for _ in range(16)) for _ in range(100_000)]
    start = time.perf_counter()
    sorted(names, key=sort_key)
    assert time.perf_counter() - start < 3.0


def test_sort_text_orders_as_sort_key() -> None:
    rng = random.Random(3)
    letters = "aAeEéÉæÆøØåÅöÖzZłŁ ß-"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 6))) for _ in range(2000)]
    words += NAMES
    for lang in ("da", "en"):

        def fast(word: str, lang: str = lang) -> str:
            return sort_text(word, lang)

        def plain(word: str, lang: str = lang) -> tuple[str, str, str]:
            return sort_key(word, lang)

        assert sorted(words, key=fast) == sorted(words, key=plain)
