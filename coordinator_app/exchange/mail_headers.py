"""The address and subject headers of the e-mail drafts, encoded and folded here, not by the
standard library.

The `email` package's folder has lost recipients on some Python builds: it encoded the comma
between two addresses as an encoded word of its own (`=?utf-8?q?=2C?=`, CPython gh-100884), and
every reader then merged two members into one. It also splits a name into two encoded words at
a space, which RFC 2047 readers show without the space ("SørenØstergaard"), and the subject
likewise. So these headers are written here, on every Python the same:

- a header is folded only between addresses (after the comma) or between the encoded words of
  one name, never elsewhere, and no line is longer than 78 characters unless an address alone
  is (at most 254 characters, far below the 998 RFC 5322 allows);
- a display name of plain words is written as it is; with other ASCII characters (",", "." and
  the like) as a quoted string; otherwise its ASCII words as they are (or quoted) and each run
  of other words as one RFC 2047 encoded word with the spaces inside ("_" in the Q encoding).
  Two encoded words are never next to each other in a name: RFC 2047 readers drop the space
  between them and the `email` package's parser keeps it, so no spelling pleases both;
- a subject is written as it is if it is plain ASCII, else as encoded words that carry every
  space inside a word (in unstructured text, every reader drops the space between two);
- the values are 7-bit ASCII, with CRLF+space as the only line break, and hold no character
  that could end the header.

`email.message.EmailMessage.set_raw` takes the values as they are; `eml.py` then reads every
draft back (`check_read_back`) before it is written.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re
from collections.abc import Sequence


class DraftCheckFailed(Exception):
    """A draft read back (as a mail program reads it) does not give what was meant: a recipient
    lost, merged or changed, another subject, or an attachment changed. Nothing is written.

    `code` says what differs ("eml_recipients_differ", "eml_subject_differs",
    "eml_attachments_differ"), so that the front ends can say it in the user's language.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# RFC 5322's recommended line length, and RFC 2047's longest encoded word.
MAX_LINE = 78
_MAX_ENCODED_WORD = 75
_CHARSET = "utf-8"
# "=?utf-8?q?" + "?=": what an encoded word has around its text.
_WORD_OVERHEAD = len(_CHARSET) + 7
# Characters a Q-encoded word in a phrase may carry as they are (RFC 2047 section 5 (3)).
_Q_LITERAL = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
# An atom of RFC 5322 (atext): a display name of such words needs no quoting.
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+")
# Printable ASCII and the space: what a quoted string or an unencoded subject can carry.
_PRINTABLE = re.compile(r"[ -~]*")
# The longest word of a name or subject written as it is; a longer one is encoded, so that it
# can be folded.
_MAX_PLAIN_WORD = 60


def _q_length(char: str) -> int:
    return sum(1 if byte in _Q_LITERAL or byte == 0x20 else 3 for byte in char.encode(_CHARSET))


def _q_word(text: str) -> str:
    encoded = "".join(
        chr(byte) if byte in _Q_LITERAL else "_" if byte == 0x20 else f"={byte:02X}"
        for byte in text.encode(_CHARSET)
    )
    return f"=?{_CHARSET}?q?{encoded}?="


def _b_word(text: str) -> str:
    return f"=?{_CHARSET}?b?{base64.b64encode(text.encode(_CHARSET)).decode('ascii')}?="


def encoded_words(text: str, first_length: int = _MAX_ENCODED_WORD) -> list[str]:
    """`text` as RFC 2047 encoded words of at most 75 characters (the first at most
    `first_length`), split between characters.

    The spaces of `text` are inside the words, so a reader that drops the white space between
    adjacent encoded words (as RFC 2047 says it must) still shows every one. Q encoding unless
    base64 is shorter (a name in Greek or Polish, say).
    """
    raw = len(text.encode(_CHARSET))
    use_q = sum(_q_length(char) for char in text) <= 4 * -(-raw // 3)
    words: list[str] = []
    chunk: list[str] = []
    size = 0
    room = first_length - _WORD_OVERHEAD
    for char in text:
        # Base64 takes bytes in threes: 45 bytes are 60 characters.
        width = _q_length(char) if use_q else len(char.encode(_CHARSET))
        limit = room if use_q else room // 4 * 3
        if chunk and size + width > limit:
            words.append("".join(chunk))
            chunk, size = [], 0
            room = _MAX_ENCODED_WORD - _WORD_OVERHEAD
        chunk.append(char)
        size += width
    if chunk:
        words.append("".join(chunk))
    return [_q_word(word) if use_q else _b_word(word) for word in words]


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _encoded_word(text: str) -> str:
    """`text` as one encoded word; longer than RFC 2047's 75 characters only for a run of
    non-ASCII words too long for one (see `display_name_tokens`)."""
    words = encoded_words(text)
    if len(words) == 1:
        return words[0]
    raw = text.encode(_CHARSET)
    q = _q_word(text)
    return q if len(q) <= 4 * -(-len(raw) // 3) + _WORD_OVERHEAD else _b_word(text)


def display_name_tokens(name: str) -> list[str]:
    """The words `name` is written as, between which a header may be folded.

    Plain words (RFC 5322 atoms) as they are; a name of printable ASCII with other characters
    as one quoted string. Otherwise word by word: atoms as they are, other ASCII words quoted,
    and each run of words with other characters as one encoded word, spaces inside. No two
    encoded words are ever next to each other: readers disagree about the space between two
    (RFC 2047 readers drop it, the `email` package's parser keeps it), while a space between
    an encoded word and a plain or quoted word is kept by every reader.
    """
    if not name:
        return []
    words = name.split(" ")
    plain = _PRINTABLE.fullmatch(name) is not None and "=?" not in name
    if plain and all(_ATOM.fullmatch(word) and len(word) <= _MAX_PLAIN_WORD for word in words):
        return words
    if plain and len(_quoted(name)) <= MAX_LINE - 2:
        return [_quoted(name)]
    tokens: list[str] = []
    run: list[str] = []
    for word in [*words, None]:
        ascii_word = (
            word is not None
            and word != ""
            and _PRINTABLE.fullmatch(word) is not None
            and "=?" not in word
            and len(word) <= _MAX_PLAIN_WORD
        )
        if word is not None and not ascii_word:
            run.append(word)
            continue
        if run:
            tokens.append(_encoded_word(" ".join(run)))
            run = []
        if word is not None:
            tokens.append(word if _ATOM.fullmatch(word) else _quoted(word))
    return tokens


def fold(name: str, tokens: Sequence[str], *, fold_first: bool = False) -> str:
    """The value of the header `name` made of `tokens` with single spaces between them, folded
    (CRLF and a space) before a token that would make the line longer than 78 characters.

    With `fold_first`, even before the first token (an address header may start on the second
    line; an unstructured one may not, its readers would keep the space of the fold). The
    value is without "name: ", which the message writes in front of it.
    """
    lines: list[str] = []
    line = ""
    for token in tokens:
        start = not lines and not line
        width = len(name) + 2 + len(token) if start else len(line) + 1 + len(token)
        if width > MAX_LINE and (line or (start and fold_first)):
            lines.append(line)
            line = " " + token
        else:
            line = token if start else f"{line} {token}"
    lines.append(line)
    return "\r\n".join(lines)


def address_header(mailboxes: list[tuple[str, str]], name: str) -> str:
    """The value of the address header `name` for `mailboxes` (display name, addr-spec).

    Each display name must be on one line already, with single spaces (eml.py's `_header_text`)
    and the addr-spec a plain ASCII address (eml.py's `_address`).
    """
    tokens: list[str] = []
    for index, (display_name, addr_spec) in enumerate(mailboxes):
        comma = "," if index < len(mailboxes) - 1 else ""
        words = display_name_tokens(display_name)
        tokens += [*words, f"<{addr_spec}>{comma}" if words else f"{addr_spec}{comma}"]
    return fold(name, tokens, fold_first=True)


def text_header(text: str, name: str) -> str:
    """The value of the unstructured header `name` (the subject) holding `text`, which must be
    on one line with single spaces."""
    if not text:
        return ""
    words = text.split(" ")
    plain = _PRINTABLE.fullmatch(text) is not None and "=?" not in text
    if plain and all(0 < len(word) <= _MAX_PLAIN_WORD for word in words):
        return fold(name, words)
    # Unstructured text: every reader drops the white space between two encoded words here.
    return fold(name, encoded_words(text, MAX_LINE - len(name) - 2))


def check_read_back(
    data: bytes,
    addresses: list[tuple[str, list[tuple[str, str]]]],
    subject: str,
    attachments: list[tuple[str, str, bytes]],
) -> None:
    """Raises DraftCheckFailed unless the message `data`, parsed as the `email` package parses
    it (policy.default), gives the recipients meant (`addresses`: header name and its
    (display name, addr-spec) pairs; no other From, To or Bcc), the `subject` and the
    `attachments` (file name, MIME type, content)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    meant = dict(addresses)
    for name in ("From", "To", "Bcc"):
        want = meant.get(name, [])
        fields = message.get_all(name) or []
        got = [
            (address.display_name, address.addr_spec)
            for field in fields
            for address in getattr(field, "addresses", ())
        ]
        if got != want or len(fields) != (1 if want else 0):
            raise DraftCheckFailed(
                "eml_recipients_differ",
                f"The e-mail was not written: read back, its {name} header gives "
                f"{len(got)} recipients instead of the {len(want)} written, or changes a name.",
            )
    if str(message.get("Subject", "")) != subject:
        raise DraftCheckFailed(
            "eml_subject_differs", "The e-mail was not written: its subject reads back changed."
        )
    parts = [
        (part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_attachments()
    ]
    if parts != attachments:
        raise DraftCheckFailed(
            "eml_attachments_differ",
            "The e-mail was not written: an attachment reads back changed.",
        )
