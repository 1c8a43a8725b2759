"""Turning the bytes of contact files written by other programs into text with "\\n" line ends.

Line ends: CRLF, LF and the CR CR LF that iOS 6 wrote all become "\\n". A lone CR becomes "\\n"
only in files that use CR as their line end (classic Mac OS: more lone CRs than LFs). In any
other file a lone CR is kept: programs such as Thunderbird write it as data inside a value
("custom\\r3" in a quoted CSV cell or a vCard NOTE), and counting it as a line break would shift
the line numbers of everything after it. The readers turn a CR left inside a value into "\\n".
"""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer

# Longest-first, so that a UTF-32 LE BOM is not mistaken for a UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# The 8-bit charsets contact files from Danish, Nordic, German and neighbouring users come in,
# in order of preference when the text reads equally well in several of them.
_LEGACY_CHARSETS: tuple[str, ...] = ("cp1252", "cp1250", "iso8859_2", "mac_roman", "cp865")

# Letters our users' contacts are full of (Danish, Nordic, German names); they weigh more when
# two charsets read a text equally well.
_COMMON_LETTERS = frozenset("æøåÆØÅäöüÄÖÜßéÉ")

# How much of a file the charset scoring reads; the first 256 kB tell as much as 20 MB.
_SCORE_SAMPLE = 256 * 1024
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# How much of a file the NUL-byte test for UTF-16 without a BOM looks at.
_UTF16_SAMPLE = 4096


def decode_text(data: bytes) -> str:
    """The text of `data`, with line ends normalised to "\\n" (see the module docstring).

    Order of tests: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without a BOM (recognised by
    its NUL bytes), strict UTF-8, and else a legacy 8-bit charset. Never raises: bytes that do not
    fit the chosen encoding become U+FFFD.
    """
    return normalise_line_ends(_decode(data))


def normalise_line_ends(text: str) -> str:
    """`text` with CRLF, CR CR LF and (in CR-only files) lone CR turned into "\\n"."""
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n")
    if text.count("\r") > text.count("\n"):
        text = text.replace("\r", "\n")
    return text


def decode_legacy(data: bytes) -> str:
    """`data` decoded in the 8-bit charset it most likely uses (see `guess_legacy_charset`)."""
    return data.decode(guess_legacy_charset(data), errors="replace")


def guess_legacy_charset(data: bytes) -> str:
    """The Python codec name of the 8-bit charset `data` is most likely written in.

    charset-normalizer rules out charsets that turn the bytes into gibberish (on short texts it
    may rule out all of them; then all stay in). Among those left it cannot choose well (it
    picks cp1250 for Danish "Søren", which cp1252 reads right), so the choice is made by how
    plausible the letters are, ties going to the first in `_LEGACY_CHARSETS`: cp1252. Without
    any non-ASCII byte, the answer is cp1252.
    """
    if data.isascii():
        return "cp1252"
    try:
        matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY_CHARSETS)))
    except Exception:  # a detector bug must not stop an import; scoring alone still decides
        matches = []
    candidates = set(_LEGACY_CHARSETS)
    if matches:
        least_chaos = min(match.percent_chaos for match in matches)
        candidates &= {
            name
            for match in matches
            if match.percent_chaos <= least_chaos + 1.0
            for name in match.could_be_from_charset
        }
    ranked = [name for name in _LEGACY_CHARSETS if name in candidates] or ["cp1252"]
    sample = data[:_SCORE_SAMPLE]
    return max(
        ranked,
        key=lambda name: (
            _plausibility(sample.decode(name, errors="replace")),
            -ranked.index(name),
        ),
    )


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    utf16 = _utf16_codec_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_mixed(data)


def _utf16_codec_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec `data` is in if its NUL bytes sit where UTF-16 puts them, else None."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    # Latin text in UTF-16 has a NUL in nearly every other byte; 8-bit text has almost none.
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    return None


def _decode_mixed(data: bytes) -> str:
    """Lines that are valid UTF-8 as UTF-8, the others in the legacy charset they share.

    Files glued together from several exports mix UTF-8 lines with cp1252 lines; decoding
    everything as cp1252 would garble every UTF-8 name.
    """
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    legacy_lines: list[bytes] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            legacy_lines.append(line)
    charset = guess_legacy_charset(b"\n".join(legacy_lines))
    return "\n".join(
        text if text is not None else line.decode(charset, errors="replace")
        for text, line in zip(decoded, lines, strict=True)
    )


def _plausibility(text: str) -> int:
    """A score for how much the non-ASCII characters of `text` look like letters of real words."""
    score = 0
    for match in _NON_ASCII.finditer(text):
        char, index = match.group(), match.start()
        category = unicodedata.category(char)[0]
        following = text[index + 1] if index + 1 < len(text) else " "
        glued_before = index > 0 and text[index - 1].isalpha()
        glued_after = following.isalpha()
        if category == "L":
            if not (glued_before or glued_after):
                continue  # a letter standing alone is more often a misread symbol or quote
            score += 3 if char in _COMMON_LETTERS else 1
            # Spanish ñ is always followed by a vowel; a consonant after it means the byte is
            # really Polish ń (cp1250), as in "Iksiński".
            if char in "ñÑ" and glued_after and following.lower() not in "aeiouyáéíóú":
                score -= 4
        elif category == "C" or char == "\ufffd":
            score -= 3
        elif (category == "S" and (glued_before or glued_after)) or (glued_before and glued_after):
            # A symbol touching a word, or punctuation inside one ("S¿ren"), is a misread letter.
            score -= 2
    return score
