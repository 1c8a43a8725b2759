"""Text without terminal controls, bidi overrides or hidden characters, and shown escaped."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given, strategies as st

from coordinator_app.domain.text import clean_text, escape_controls

EVIL_TITLE = "Evil\x1b]0;pwned\x07Name"
BAD = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0) if c != 0x85]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
    + ["\u200b", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff", "\ufff9", "\U000e0041"]
)


def test_escape_sequences_and_c1_controls_are_removed() -> None:
    assert clean_text(EVIL_TITLE) == "Evil]0;pwnedName"
    assert clean_text("a\x9b31mb\x00c\x7fd") == "a31mbcd"
    for char in BAD:
        assert clean_text(f"x{char}y") == "xy", repr(char)
        assert clean_text(f"x{char}y", multiline=True) == "xy", repr(char)


def test_bidi_overrides_cannot_reorder_a_name() -> None:
    assert clean_text("Anna \u202eevil\u202c Hansen") == "Anna evil Hansen"
    assert clean_text("\u2067txt.exe\u2069") == "txt.exe"


def test_joiners_that_scripts_need_stay() -> None:
    persian = "می\u200cخواهم"
    family = "👩\u200d👩\u200d👧"
    assert clean_text(persian) == persian
    assert clean_text(family) == family
    assert clean_text("Søren Ærø Łukasz Żółć 田中") == "Søren Ærø Łukasz Żółć 田中"


def test_line_breaks_in_single_and_multi_line_fields() -> None:
    assert clean_text("Anna\r\nHansen\tA/S") == "Anna Hansen A/S"
    assert clean_text("a\r\nb\rc\nd\u2028e\x85f\tg", multiline=True) == "a\nb\nc\nd\ne\nf\tg"


@given(st.text())
def test_clean_text_leaves_no_control_and_is_stable(text: str) -> None:
    for multiline in (False, True):
        cleaned = clean_text(text, multiline=multiline)
        assert clean_text(cleaned, multiline=multiline) == cleaned
        for char in cleaned:
            category = unicodedata.category(char)
            assert category not in ("Cc", "Cs") or (multiline and char in "\t\n"), repr(char)
            assert (
                category != "Cf"
                or char in "\u200c\u200d"
                or "\u0600" <= char <= "\u08e2"
                or (char in "\U000110bd\U000110cd" or "\U00013430" <= char <= "\U0001d17a")
            ), repr(char)
        if not multiline:
            assert "\n" not in cleaned and "\t" not in cleaned


def test_escape_controls_shows_what_a_terminal_would_obey() -> None:
    assert escape_controls(EVIL_TITLE) == "Evil\\u001b]0;pwned\\u0007Name"
    assert (
        escape_controls("a\rb\u202ec\x9bd\U000e0041") == "a\\u000db\\u202ec\\u009bd\\udb40\\udc41"
    )
    assert escape_controls("line one\n\tline two") == "line one\n\tline two"


@given(st.text())
def test_escaped_json_is_the_same_json(text: str) -> None:
    data = {"name": text}
    written = escape_controls(json.dumps(data, ensure_ascii=False))
    assert json.loads(written) == data
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in written if c != "\n")
