"""Reading contacts from vCard files (2.1, 3.0, 4.0) as phones, Outlook, Apple and Google write.

The file is split into cards here, so that a broken card becomes a problem at its line and the
others are still read. Each card is then cleaned of what vobject cannot read (quoted-printable
values with soft line breaks and charsets, declared or not; raw 8-bit text; `LABEL,TYPE=HOME`;
continuation lines that are not folded; base64 PHOTO/KEY blocks; 2.1 escaping) and rewritten as a
plain vCard 3.0 card of the properties the roster uses, which vobject parses. Every property may
have a group prefix ("item1.EMAIL"), BEGIN and END included. The roster's own export is read
back whole: its CATEGORIES are the expertise, its X-COORDINATOR-* properties the rest.

Most cards need no vobject: where a card's clean properties are certain to give what vobject
would give (plain parameters, only the standard escapes), the record fields are read from them
directly, which is many times faster (see "The fast path" below).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import vobject

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.exchange.csv_import import ContactField, record_from_fields
from coordinator_app.exchange.textdecode import decode_text, guess_legacy_charset

# BEGIN and END may carry a group prefix like any property ("item1.BEGIN:VCARD", RFC 2426).
_BEGIN = re.compile(r"\s*(?:[A-Za-z0-9_-]+\.)?BEGIN\s*:\s*VCARD\s*", re.IGNORECASE)
_END = re.compile(r"\s*(?:[A-Za-z0-9_-]+\.)?END\s*:\s*VCARD\s*", re.IGNORECASE)
_NAME = re.compile(r"(?:(?P<group>[A-Za-z0-9_-]+)\.)?(?P<name>[A-Za-z0-9_-]+)")
_PARAM = re.compile(r'[A-Za-z0-9_-]+(?:=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)?')
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")
_ESCAPE_OR_COMMA = re.compile(r"\\.|,")
_ESCAPE_COMMA_OR_TEXT = re.compile(r"\\.?|,|[^\\,]+", re.DOTALL)

# What the roster's own export writes where vCard has no property (see roster_export), each
# a single text.
_OWN_TEXTS: dict[str, ContactField] = {
    "X-COORDINATOR-INDUSTRY": ContactField.INDUSTRY,
    "X-COORDINATOR-DIET": ContactField.DIETARY_NEEDS,
    "X-COORDINATOR-CONSENT": ContactField.CONSENT,
    "X-COORDINATOR-MEMBER-SINCE": ContactField.MEMBER_SINCE,
    "X-COORDINATOR-LEFT": ContactField.LEFT_ON,
}
# The roster's own export, whose CATEGORIES are the member's expertise. Other programs'
# categories are address-book groups ("My Contacts", "Kunden"), not what a member knows.
_OWN_PRODID = "-//COORDINATOR APP//"

# The properties a contact record is made of; the rest of a card is not passed to vobject.
_WANTED = frozenset(
    {"FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "NOTE", "CATEGORIES", *_OWN_TEXTS}
)
# Values with ;-separated components; all others are single texts.
_STRUCTURED = frozenset({"N", "ADR", "ORG"})
# Parameters that survive the rewrite; CHARSET and ENCODING are dealt with before it.
_KEPT_PARAMS = frozenset({"TYPE", "PREF", "VALUE"})
_DROPPED_SINGLETONS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"})
_SKIPPED_PHONE_TYPES = frozenset({"FAX", "PAGER"})

NO_CARD_MESSAGE = "No vCard (BEGIN:VCARD) was found in the file."
UNREADABLE_CARD_MESSAGE = "This card could not be read; it was skipped."
UNCLOSED_CARD_MESSAGE = "This card has no END:VCARD line; the file may be cut off."


@dataclass
class _Card:
    line: int
    lines: list[str] = field(default_factory=list)
    closed: bool = False


@dataclass
class _Property:
    group: str
    name: str
    params: list[str]
    value: str
    quoted_printable: bool = False
    base64: bool = False
    charset: str = ""
    # Quoted-printable bytes in no declared (or a wrong) charset, decoded once the file's
    # legacy charset is known.
    undecoded: bytes | None = None


# The record fields of a card, made of its properties.
_CardValues = Callable[[Sequence[_Property]], dict[ContactField, list[str]]]


def read_vcards(data: bytes) -> ParsedContacts:
    """The contacts in a vCard file, and a problem for each card or value that could not be used.

    Each record and problem carries the line of its card's BEGIN:VCARD in the file.
    """
    return _read(data, _card_values)


def _read(data: bytes, card_values: _CardValues) -> ParsedContacts:
    """`read_vcards` with `card_values` making each card's record fields.

    The tests pass `_values_vobject` here to read a file without the fast path.
    """
    text = decode_text(data).replace("\x00", "")
    cards = _split_cards(text.split("\n"))
    del text  # the cards hold their lines
    result = ParsedContacts()
    if not cards:
        result.problems.append(ParseProblem(1, NO_CARD_MESSAGE, "no_vcard"))
        return result
    # Each card becomes a record as soon as its properties are read, and its lines and
    # properties are let go: the properties of 100,000 cards at once took some 250 MB. Only a
    # card with quoted-printable values in no declared charset waits for the file's guess.
    outcomes: list[_Outcome | None] = []
    waiting: list[tuple[int, _Card, list[_Property]]] = []
    for card in cards:
        props = _properties(card)
        card.lines = []
        if any(prop.undecoded is not None for prop in props):
            waiting.append((len(outcomes), card, props))
            outcomes.append(None)
        else:
            outcomes.append(_outcome(card, props, card_values))
    _decode_undeclared(prop for _, _, props in waiting for prop in props)
    for index, card, props in waiting:
        outcomes[index] = _outcome(card, props, card_values)
    for outcome in outcomes:
        assert outcome is not None
        record, problems = outcome
        if record is not None:
            result.records.append(record)
        result.problems.extend(problems)
    return result


# A card's record (None if it has none) and its problems, in the order they are reported.
_Outcome = tuple[ContactRecord | None, list[ParseProblem]]


def _outcome(card: _Card, props: Sequence[_Property], card_values: _CardValues) -> _Outcome:
    problems: list[ParseProblem] = []
    if not card.closed:
        problems.append(ParseProblem(card.line, UNCLOSED_CARD_MESSAGE, "vcard_unclosed"))
    try:
        values = card_values(props)
    except Exception:  # vobject raises many kinds of errors; one card must not stop the rest
        problems.append(ParseProblem(card.line, UNREADABLE_CARD_MESSAGE, "vcard_unreadable"))
        return None, problems
    record, found = record_from_fields(card.line, values)
    return record, problems + list(found)


def _split_cards(lines: Sequence[str]) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    for number, line in enumerate(lines, start=1):
        if _BEGIN.fullmatch(line):
            if current is not None:
                cards.append(current)
            current = _Card(number)
        elif current is not None:
            if _END.fullmatch(line):
                current.closed = True
                cards.append(current)
                current = None
            else:
                current.lines.append(line)
    if current is not None:
        cards.append(current)
    return cards


# ---------------------------------------------------------------------------------------------
# Cleaning a card
# ---------------------------------------------------------------------------------------------


def _properties(card: _Card) -> list[_Property]:
    """The card's content lines, unfolded, with quoted-printable values decoded where possible."""
    props: list[_Property] = []
    current: _Property | None = None
    # The pieces of the current value, joined at the end: adding to a string line by line
    # would take quadratic time on a folded multi-megabyte photo.
    pieces: list[str] = []
    for line in card.lines:
        if current is not None and current.quoted_printable and pieces[-1].endswith("="):
            pieces[-1] = pieces[-1][:-1]  # a quoted-printable soft line break
            pieces.append(line)
            continue
        if not line.strip():
            _finish(current, pieces)  # a blank line ends a 2.1 base64 block
            current, pieces = None, []
            continue
        if line[0] in " \t":
            if current is not None and not current.base64:
                pieces.append(line[1:])
            continue
        prop = _parse_line(line)
        if prop is None:
            if current is not None and not current.base64:
                # Unfolded continuation lines, as in a multi-line LABEL some programs write.
                pieces.extend(("\n", line))
            continue
        _finish(current, pieces)
        props.append(prop)
        current, pieces = prop, [prop.value]
    _finish(current, pieces)
    return props


def _finish(prop: _Property | None, pieces: list[str]) -> None:
    """Gives `prop` its whole value and decodes it if it is quoted-printable."""
    if prop is None:
        return
    prop.value = "".join(pieces)
    if prop.quoted_printable:
        _decode_quoted_printable(prop)


def _parse_line(line: str) -> _Property | None:
    """The property on a content line, or None if the line is no property (no name and colon)."""
    colon = _name_end(line)
    if colon < 0:
        return None
    segments = _split_params(line[:colon])
    name_part, _, stray = segments[0].partition(",")  # "LABEL,TYPE=HOME" means "LABEL;TYPE=HOME"
    match = _NAME.fullmatch(name_part.strip())
    if match is None:
        return None
    params = [segment.strip() for segment in [stray, *segments[1:]] if segment.strip()]
    upper = [param.upper().replace(" ", "") for param in params]
    return _Property(
        group=match.group("group") or "",
        name=match.group("name").upper().replace("_", "-"),
        params=params,
        value=line[colon + 1 :],
        quoted_printable="QUOTED-PRINTABLE" in upper or "ENCODING=QUOTED-PRINTABLE" in upper,
        base64=any(p in ("BASE64", "ENCODING=BASE64", "ENCODING=B") for p in upper),
        charset=next((p.split("=", 1)[1] for p in upper if p.startswith("CHARSET=")), ""),
    )


def _name_end(line: str) -> int:
    """The index of the colon that ends the name and parameters, skipping quoted parameters."""
    colon = line.find(":")
    if colon < 0 or '"' not in line[:colon]:
        return colon
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
    segments, quoted, start = [], False, 0
    for index, char in enumerate(head):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            segments.append(head[start:index])
            start = index + 1
    segments.append(head[start:])
    return segments


def _decode_quoted_printable(prop: _Property) -> None:
    raw = _QP_BYTE.sub(lambda match: bytes([int(match.group(1), 16)]), prop.value.encode())
    charset = _known_codec(prop.charset)
    for codec in (charset, "utf-8"):
        if codec:
            try:
                prop.value = _text(raw.decode(codec))
            except UnicodeDecodeError:
                continue
            return
    if charset:
        prop.value = _text(raw.decode(charset, errors="replace"))
    else:
        prop.undecoded = raw


def _decode_undeclared(props: Iterable[_Property]) -> None:
    """Decodes quoted-printable values without a charset in the charset they share in the file.

    Programs such as The Bat! write the Windows code page of the user's machine and do not say
    which; guessing from all such values of a file together is more reliable than from one.
    """
    pending = [prop for prop in props if prop.undecoded is not None]
    if not pending:
        return
    charset = guess_legacy_charset(b"\n".join(prop.undecoded or b"" for prop in pending))
    for prop in pending:
        prop.value = _text((prop.undecoded or b"").decode(charset, errors="replace"))
        prop.undecoded = None


def _known_codec(name: str) -> str:
    try:
        return codecs.lookup(name).name if name else ""
    except LookupError:
        return ""


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# The clean card
# ---------------------------------------------------------------------------------------------


def _card_values(props: Sequence[_Property]) -> dict[ContactField, list[str]]:
    """The record fields of a card: by the fast path where it is sure to agree, else by vobject."""
    values = _values_fast(props)
    return _values_vobject(props) if values is None else values


def _clean_lines(props: Sequence[_Property]) -> list[tuple[_Property, list[str], str]]:
    """The content lines of the clean vCard 3.0 card made of the wanted properties.

    Each is a property with the parameters kept of it and its value in vCard 3.0 escaping.
    CATEGORIES are kept of the roster's own cards only, one line per category.
    """
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "3.0")
    raw_text = version.startswith("2")
    own = any(p.name == "PRODID" and p.value.strip().upper().startswith(_OWN_PRODID) for p in props)
    lines: list[tuple[_Property, list[str], str]] = []
    for prop in props:
        if prop.name not in _WANTED or prop.base64:
            continue
        if prop.name == "CATEGORIES":
            if own:
                params = _kept_params(prop.params)
                raw = raw_text or prop.quoted_printable
                lines.extend((prop, params, item) for item in _categories(prop.value, raw=raw))
            continue
        if raw_text or prop.quoted_printable:
            value = _escape_raw(prop.name, prop.value)
        else:
            value = _escape_loose(prop.name, prop.value)
        lines.append((prop, _kept_params(prop.params), value))
    return lines


def _kept_params(params: Iterable[str]) -> list[str]:
    kept = []
    for param in params:
        name = param.split("=", 1)[0].upper()
        if not _PARAM.fullmatch(param):
            continue
        if ("=" in param and name in _KEPT_PARAMS) or (
            "=" not in param and name not in _DROPPED_SINGLETONS
        ):
            kept.append(param)
    return kept


def _escape_raw(name: str, value: str) -> str:
    """A vCard 2.1 (or quoted-printable) value in vCard 3.0 escaping.

    In 2.1 only the ; between components is special (and "\\;" is a literal one); commas,
    backslashes and line breaks are plain text.
    """
    value = _text(value)
    if name not in _STRUCTURED:
        return _escape_text(value.replace("\\;", ";"))
    parts = re.split(r"(?<!\\);", value)
    return ";".join(_escape_text(part.replace("\\;", ";")) for part in parts)


def _categories(value: str, *, raw: bool) -> list[str]:
    """The categories of a CATEGORIES value, each in vCard 3.0 escaping, empty ones left out.

    In 2.1 (`raw`) a comma or a ; separates them (a "\\;" is a literal ;); in 3.0 and 4.0 an
    unescaped comma does.
    """
    parts: list[str] = []
    if raw:
        parts = re.split(r"(?<!\\)[;,]", _text(value))
        items = [_escape_text(part.replace("\\;", ";")) for part in parts]
    else:
        piece: list[str] = []
        for match in _ESCAPE_COMMA_OR_TEXT.finditer(value):
            if match.group() == ",":
                parts.append("".join(piece))
                piece = []
            else:
                piece.append(match.group())
        parts.append("".join(piece))
        items = [_escape_loose("CATEGORIES", part) for part in parts]
    return [item for item in items if item]


def _escape_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _escape_loose(name: str, value: str) -> str:
    """A vCard 3.0/4.0 value, repaired where programs do not escape as the standard says.

    Line breaks inside values become \\n. Commas are escaped in single texts and in ORG, where
    they are never meant to split the value (vobject would keep only the part before the first
    comma of a NOTE). A backslash with nothing after it is doubled (vobject reads it as "\\eof").
    """
    value = _text(value).replace("\n", "\\n")
    if (len(value) - len(value.rstrip("\\"))) % 2:
        value += "\\"
    if name in ("N", "ADR") or "," not in value:
        return value
    return _ESCAPE_OR_COMMA.sub(
        lambda match: "\\," if match.group() == "," else match.group(), value
    )


def _preference(
    types: set[str], pref: Sequence[str] | None, prefer_work: bool
) -> tuple[int, int, bool]:
    """The sort key of a property with `types` and `pref` (its PREF values) among its kind.

    Preferred ones come first: 2.1 PREF, 3.0 TYPE=pref, 4.0 PREF=1 (lowest first); with
    `prefer_work`, work ones before others of the same preference.
    """
    work_last = prefer_work and "WORK" not in types
    if pref:
        try:
            return 0, int(pref[0]), work_last
        except ValueError:
            return 0, 1, work_last
    return (0, 1, work_last) if "PREF" in types else (1, 0, work_last)


# ---------------------------------------------------------------------------------------------
# Parsing with vobject
# ---------------------------------------------------------------------------------------------


def _values_vobject(props: Sequence[_Property]) -> dict[ContactField, list[str]]:
    """The record fields of a card as vobject reads its clean card."""
    return _values(_parse_with_vobject(props))


def _parse_with_vobject(props: Sequence[_Property]) -> Any:
    """The vobject component of the clean vCard 3.0 card made of the wanted properties."""
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    for prop, params, value in _clean_lines(props):
        group = f"{prop.group}." if prop.group else ""
        kept = "".join(f";{param}" for param in params)
        lines.append(f"{group}{prop.name}{kept}:{value}")
    lines.append("END:VCARD")
    return vobject.readOne("\r\n".join(lines) + "\r\n")


def _values(card: Any) -> dict[ContactField, list[str]]:
    contents: dict[str, list[Any]] = card.contents
    values: dict[ContactField, list[str]] = {
        ContactField.FULL_NAME: [_flat(line.value) for line in contents.get("fn", [])],
        ContactField.EMAIL: [_flat(line.value) for line in _by_preference(contents.get("email"))],
        ContactField.PHONE: [
            _flat(line.value)
            for line in _by_preference(contents.get("tel"))
            if not _types(line) & _SKIPPED_PHONE_TYPES
        ],
        ContactField.TITLE: [_flat(line.value) for line in contents.get("title", [])],
        ContactField.NOTE: [_flat(line.value) for line in contents.get("note", [])],
        ContactField.EXPERTISE: [_flat(line.value) for line in contents.get("categories", [])],
    }
    for name, own_field in _OWN_TEXTS.items():
        values[own_field] = [_flat(line.value) for line in contents.get(name.lower(), [])]
    names = contents.get("n", [])
    if names:
        name = names[0].value
        values[ContactField.GIVEN_NAME] = [_flat(name.given, " "), _flat(name.additional, " ")]
        values[ContactField.FAMILY_NAME] = [_flat(name.family, " ")]
    organisations = contents.get("org", [])
    if organisations and organisations[0].value:
        # The organisation's name only; units and departments are not the member's employer.
        values[ContactField.ORGANISATION] = [_flat(organisations[0].value[0])]
    # Of several addresses without a preferred one, the work address serves a professional network.
    addresses = _by_preference(contents.get("adr"), prefer_work=True)
    if addresses:
        address = addresses[0].value
        values[ContactField.ADDRESS] = [
            _flat(getattr(address, part), ", ")
            for part in ("box", "extended", "street", "city", "region", "code", "country")
        ]
    return values


def _flat(value: Any, separator: str = ",") -> str:
    """A vobject value, which may be a string or a list of strings, as one string."""
    if isinstance(value, list | tuple):
        return separator.join(_flat(item, separator) for item in value if item)
    return value if isinstance(value, str) else ""


def _types(line: Any) -> set[str]:
    types = {str(value).upper() for value in line.singletonparams}
    for value in line.params.get("TYPE", []):
        types.update(part.strip().upper() for part in str(value).split(","))
    return types


def _by_preference(lines: list[Any] | None, *, prefer_work: bool = False) -> list[Any]:
    """vobject's `lines` with preferred ones first (see `_preference`)."""
    return sorted(
        lines or [],
        key=lambda line: _preference(_types(line), line.params.get("PREF"), prefer_work),
    )


# ---------------------------------------------------------------------------------------------
# The fast path
# ---------------------------------------------------------------------------------------------

# A parameter the fast path reads: a name alone, or a name with values of letters, digits and
# -_.+/ (quoted values may also hold commas, as in TYPE="work,voice").
_PLAIN_PARAM = re.compile(
    r"(?P<name>[A-Za-z0-9_-]+)"
    r'(?:=(?P<values>(?:[A-Za-z0-9_.+/-]+|"[A-Za-z0-9_.+/,-]+")'
    r'(?:,(?:[A-Za-z0-9_.+/-]+|"[A-Za-z0-9_.+/,-]+"))*))?'
)
_PARAM_VALUE = re.compile(r'"([^"]*)"|([^",]+)')
# The escapes the fast path decodes: those vobject decodes (its `escapableCharList`).
_DECODED_ESCAPE = re.compile(r'\\[nN,;\\"]')
_ESCAPED_TOKEN = re.compile(r"\\(.)|([,;])|[^\\,;]+", re.DOTALL)
_ADDRESS_PARTS = 7  # box, extended, street, city, region, code, country


@dataclass(slots=True)
class _Line:
    """A content line of the clean card as the fast path reads it."""

    value: str  # in vCard 3.0 escaping
    types: set[str]  # singleton parameters and TYPE values, upper case
    pref: list[str]  # PREF values


def _values_fast(props: Sequence[_Property]) -> dict[ContactField, list[str]] | None:
    """The record fields of a card as `_values_vobject` gives them, read without vobject.

    None if the card has something that vobject may read otherwise than this does: a parameter
    that is not plain (see `_PLAIN_PARAM`; vobject makes a parameter with an empty value a
    singleton, and quoted values may hold ; and :), or an escape other than \\n, \\N, \\,, \\;,
    \\\\ and \\" (vobject keeps other escapes as written, and reads a backslash at the end of
    a value as "\\eof").
    """
    lines: dict[str, list[_Line]] = {}
    for prop, params, value in _clean_lines(props):
        line = _plain_line(params, value)
        if line is None:
            return None
        lines.setdefault(prop.name, []).append(line)
    values: dict[ContactField, list[str]] = {
        ContactField.FULL_NAME: [_text_value(line) for line in lines.get("FN", [])],
        ContactField.EMAIL: [_text_value(line) for line in _ranked(lines.get("EMAIL"))],
        ContactField.PHONE: [
            _text_value(line)
            for line in _ranked(lines.get("TEL"))
            if not line.types & _SKIPPED_PHONE_TYPES
        ],
        ContactField.TITLE: [_text_value(line) for line in lines.get("TITLE", [])],
        ContactField.NOTE: [_text_value(line) for line in lines.get("NOTE", [])],
        ContactField.EXPERTISE: [_text_value(line) for line in lines.get("CATEGORIES", [])],
    }
    for name, own_field in _OWN_TEXTS.items():
        values[own_field] = [_text_value(line) for line in lines.get(name, [])]
    if "N" in lines:
        family, given, additional = _parts(lines["N"][0], 3, " ")
        values[ContactField.GIVEN_NAME] = [given, additional]
        values[ContactField.FAMILY_NAME] = [family]
    if "ORG" in lines:
        # As in `_values`: the organisation's name, not its units.
        values[ContactField.ORGANISATION] = _parts(lines["ORG"][0], 1, ",")
    addresses = _ranked(lines.get("ADR"), prefer_work=True)
    if addresses:
        values[ContactField.ADDRESS] = _parts(addresses[0], _ADDRESS_PARTS, ", ")
    return values


def _plain_line(params: Sequence[str], value: str) -> _Line | None:
    """The line of `params` and `value`; None if a parameter is not plain or an escape unusual."""
    if "\\" in value and "\\" in _DECODED_ESCAPE.sub("", value):
        return None
    types: set[str] = set()
    pref: list[str] = []
    for param in params:
        match = _PLAIN_PARAM.fullmatch(param)
        if match is None:
            return None
        name, listed = match.group("name", "values")
        if listed is None:  # a singleton such as 2.1's WORK or PREF
            types.add(name.upper())
            continue
        # vobject splits unquoted values at commas and keeps quoted ones whole; `_types` then
        # splits these at their commas too.
        listed_values = [quoted or plain for quoted, plain in _PARAM_VALUE.findall(listed)]
        if name.upper() == "TYPE":
            types.update(part.strip().upper() for item in listed_values for part in item.split(","))
        elif name.upper() == "PREF":
            pref.extend(listed_values)
    return _Line(value, types, pref)


def _ranked(lines: list[_Line] | None, *, prefer_work: bool = False) -> list[_Line]:
    """`lines` with preferred ones first, as `_by_preference` sorts vobject's."""
    return sorted(lines or [], key=lambda line: _preference(line.types, line.pref, prefer_work))


def _text_value(line: _Line) -> str:
    """The value of a single-text line (FN, EMAIL, TEL, TITLE, NOTE, a category, an X-), unescaped.

    As vobject reads it: the text up to the first unescaped comma, which the clean card's texts
    do not have, and with a ; being plain text.
    """
    return _unescaped(line.value, structured=False)[0][0]


def _parts(line: _Line, count: int, separator: str) -> list[str]:
    """The first `count` components of a structured line (N, ADR, ORG), each flattened.

    A component's comma-separated items are joined by `separator`, leaving empty ones out, as
    `_flat` joins vobject's lists; a missing component is empty.
    """
    components = _unescaped(line.value, structured=True)
    return [
        separator.join(filter(None, components[index])) if index < len(components) else ""
        for index in range(count)
    ]


def _unescaped(value: str, *, structured: bool) -> list[list[str]]:
    """`value` as components of items: split at ;s (if `structured`), then at commas, unescaped.

    Escaped ;s and commas do not split, and the value has only the escapes vobject decodes
    (`_plain_line`). vobject splits at the ;s first, keeping the other escapes, then at the
    commas, decoding them; as an escape is two characters in both passes, one pass over the
    value finds the same separators.
    """
    if "\\" not in value:
        return [part.split(",") for part in (value.split(";") if structured else [value])]
    components: list[list[str]] = []
    items: list[str] = []
    piece: list[str] = []
    for match in _ESCAPED_TOKEN.finditer(value):
        escaped, separator = match.group(1, 2)
        if escaped is not None:
            piece.append("\n" if escaped in "nN" else escaped)
        elif separator == "," or (separator == ";" and structured):
            items.append("".join(piece))
            piece = []
            if separator == ";":
                components.append(items)
                items = []
        else:
            piece.append(match.group())
    items.append("".join(piece))
    components.append(items)
    return components
