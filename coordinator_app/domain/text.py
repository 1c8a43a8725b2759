"""Text as people type or import it: without characters that control a terminal or hide text.

A name read from a crafted vCard can hold a terminal's escape sequences (ESC ] 0 ; … BEL sets a
window title, ESC [ … moves the cursor), C1 controls (U+009B is a one-character CSI on some
terminals) or bidirectional overrides (U+202E shows "exe.txt" as "txt.exe"). `clean_text` removes
them before text is stored; `escape_controls` shows whatever is stored anyway (a database written
by another program) as visible escapes wherever text reaches a terminal.
"""

from __future__ import annotations

import re

# Line breaks of every kind: CR LF, CR, vertical tab, form feed, NEL, line and paragraph separator.
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")

# What never belongs in stored text: C0 controls except tab and LF (line breaks are read as LF
# before this applies), DEL, C1, lone surrogates, and the format characters that reorder or
# hide text: soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space, LRM
# and RLM, bidi embeddings, overrides and isolates, word joiner and invisible operators, the
# deprecated shaping controls, zero-width no-break space (BOM), interlinear annotations and the
# tag characters (which hide ASCII text). ZWNJ and ZWJ (U+200C, U+200D) stay: Persian, Indic
# scripts and emoji sequences need them.
_CONTROLS = (
    "\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f"
)
_UNWANTED = re.compile(f"[{_CONTROLS}]")

# What `escape_controls` shows as an escape: everything `clean_text` removes, and line breaks
# other than LF (a bare CR overwrites a terminal line).
_INVISIBLE = re.compile(f"[{_CONTROLS}\r\x0b\x0c\x85\u2028\u2029]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """`value` without control, bidi-override and hiding characters.

    In a multi-line field (notes, an address, minutes) tabs stay and every line break becomes
    LF; in a single-line field (a name, a title) tabs and line breaks become spaces. Nothing
    else changes: spaces are trimmed by the callers, which know their field.
    """
    if value.isascii() and value.isprintable():  # the usual case: nothing to do
        return value
    if multiline:
        return _UNWANTED.sub("", _LINE_BREAK.sub("\n", value))
    return _UNWANTED.sub("", _LINE_BREAK.sub(" ", value).replace("\t", " "))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # as JSON writes it: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def escape_controls(text: str) -> str:
    """`text` for a terminal: LF and tab as they are, every other control or hiding character
    as a visible escape (ESC as ``\\u001b``, U+202E as ``\\u202e``).

    The escapes are also valid JSON string escapes, so JSON text passes through unchanged in
    meaning.
    """
    if text.isascii() and text.isprintable():
        return text
    return _INVISIBLE.sub(_escape, text)
