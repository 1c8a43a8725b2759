"""The vCard reader's fast path gives the same record fields as reading the clean card with vobject.

Every card is read both ways: `_values_fast` (which may decline a card) and `_values_vobject`.
Where the fast path reads a card, the two must agree field by field and in the same order; where
vobject cannot read a card, the fast path must have declined it. The samples, generated cards
and the awkward cases of `test_vcard_import.py` are compared so, and the tests below make sure
that plain cards do not reach vobject, so that the speed-up cannot quietly disappear.
"""

from __future__ import annotations

import quopri
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.exchange import vcard_import
from coordinator_app.exchange.csv_import import ContactField
from coordinator_app.exchange.vcard_import import (
    _Property,
    _read,
    _values_fast,
    _values_vobject,
    read_vcards,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "vcard"
SAMPLE_FILES = sorted(SAMPLES.glob("*.vcf"))

Values = dict[ContactField, list[str]]


def card(*lines: str, group: str = "") -> str:
    return "\r\n".join([f"{group}BEGIN:VCARD", *lines, f"{group}END:VCARD"]) + "\r\n"


OWN = "PRODID:-//Coordinator App//Roster export//EN"


@dataclass
class Comparison:
    """What each way made of each card of a file; None where the fast path declined a card, or
    where vobject could not read it."""

    fast: list[Values | None] = field(default_factory=list)
    slow: list[Values | None] = field(default_factory=list)

    @property
    def declined(self) -> int:
        return sum(values is None for values in self.fast)


def compare(data: bytes) -> Comparison:
    """Reads `data` both ways for every card, asserting that they agree."""
    comparison = Comparison()

    def both(props: Sequence[_Property]) -> Values:
        # Only recorded here: `_read` would take an AssertionError for an unreadable card.
        comparison.fast.append(_values_fast(props))
        comparison.slow.append(None)
        comparison.slow[-1] = slow = _values_vobject(props)
        return slow

    parsed = _read(data, both)
    for fast, slow in zip(comparison.fast, comparison.slow, strict=True):
        if slow is None:
            assert fast is None, "the fast path read a card that vobject cannot read"
        elif fast is not None:
            assert list(fast.items()) == list(slow.items())
    assert parsed == _read(data, _values_vobject)
    assert read_vcards(data) == parsed
    return comparison


@pytest.fixture
def vobject_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cards `read_vcards` passes to vobject, counted."""
    calls: list[int] = []

    def counted(props: Sequence[_Property]) -> Values:
        calls.append(len(props))
        return _values_vobject(props)

    monkeypatch.setattr(vcard_import, "_values_vobject", counted)
    return calls


# --- The samples and the awkward cases ---------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_every_sample_reads_the_same_both_ways(path: Path) -> None:
    comparison = compare(path.read_bytes())
    assert comparison.fast
    assert comparison.declined == 0, "no sample has anything the fast path leaves to vobject"


@pytest.mark.parametrize(
    "lines",
    [
        ("VERSION:3.0", "FN:Jo", "  hn Lund", "NOTE:a\\nb\\, c\\; d \\\\ e", "TITLE:IT-", "\tchef"),
        ("VERSION:3.0", "FN:Drev C:\\", "NOTE:sti\\\\"),  # trailing backslashes
        ("VERSION:3.0", "FN:Ib; Bo", "NOTE:en\\Nto; tre", "TITLE:a;b\\;c"),
        ("VERSION:2.1", "N:Madsen;Mette", "NOTE:Kaffe, te, vand", "EMAIL;INTERNET:m@madsen.dk"),
        ("VERSION:2.1", "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=F8rgensen;=C5se"),
        ("VERSION:2.1", "N:a\\;b;c\\\\;d,e", "ORG:x\\;y;z", "FN:back\\slash, comma"),
        ("VERSION:3.0", "N:Hansen,Jensen;Jens,,Peter;;;", "ORG:A, B\\, C;Unit,Sub"),
        ("VERSION:3.0", "ADR;TYPE=HOME:;;Vej 1;By", "ADR:;;Gade 2;Sted", "ADR;TYPE=WORK:;;Arb"),
        ("VERSION:3.0", "ADR;TYPE=HOME;PREF=1:;;Hjem", "ADR;TYPE=WORK:;;Arbejde"),
        ("VERSION:3.0", "TEL;TYPE=WORK,VOICE:1", "TEL;TYPE=WORK;TYPE=FAX:2", "TEL;PAGER:3"),
        ("VERSION:3.0", "EMAIL:a@a.dk", "EMAIL;TYPE=pref:b@b.dk", "EMAIL;PREF=2:c@c.dk"),
        ("VERSION:3.0", "EMAIL;PREF=x:a@a.dk", "EMAIL;PREF=0:b@b.dk", "EMAIL;PREF:c@c.dk"),
        ("VERSION:4.0", 'TEL;VALUE=uri;TYPE="work,voice":tel:+45-33', "item1.EMAIL:x@y.dk"),
        ("VERSION:4.0", 'TEL;TYPE="cell,fax":1', "EMAIL:a@a.dk", 'EMAIL;TYPE="home,pref":b@b.dk'),
        ("VERSION:4.0", "ADR;TYPE=home:;;Hjem", 'ADR;TYPE="home,work":;;Arbejde'),
        ("VERSION:3.0", 'NOTE:quote \\"here\\"', 'N:\\"Nick\\";Ann'),
        # Left to vobject: unknown escapes, empty or spaced parameter values, quoted ; and :.
        ("VERSION:3.0", "FN:Sti", "NOTE:C:\\Data\\x"),
        ("VERSION:3.0", "FN:Ib", "EMAIL;TYPE=:ib@ib.dk", "EMAIL;PREF=1:b@ib.dk"),
        ("VERSION:3.0", "FN:Ib", "TEL;TYPE=WORK, FAX:1", 'TEL;TYPE="a:b;c":2'),
        ("VERSION:3.0", "FN:Ib", 'TEL;TYPE="":1', "TEL;TYPE=x\r:2"),
        # The roster's own cards: categories one by one, and its X- properties.
        (OWN, "VERSION:4.0", "CATEGORIES:a,b\\,c,,d\\\\,e\\;f", "item1.CATEGORIES:g\\nh,"),
        (OWN, "VERSION:2.1", "CATEGORIES:a,b;c\\;d\\", "X-COORDINATOR-DIET:x, y\\n"),
        (OWN, "VERSION:3.0", "CATEGORIES:C:\\Data\\x,ok", "X-COORDINATOR-LEFT:2020-01-01"),
        ("VERSION:3.0", "CATEGORIES:a,b", "x-coordinator-industry:Bank\\, forsikring"),
        ("VERSION:3.0", "X-COORDINATOR-CONSENT;TYPE=x:TRUE", "X-COORDINATOR-MEMBER-SINCE:1-2-2020"),
    ],
)
def test_awkward_cards_read_the_same_both_ways(lines: tuple[str, ...]) -> None:
    compare(card(*lines).encode("utf-8"))


# --- The fast path is taken, and declines what it leaves to vobject ------------------------------

PLAIN_CARDS = "".join(
    card(
        "VERSION:3.0",
        f"N:Kjærgård {n};Søren;Łukasz;;",
        f"FN:Søren Łukasz Kjærgård {n}",
        "ORG:Ærø Færgeri A/S;Drift",
        "TITLE:Konsulent",
        f"EMAIL;TYPE=INTERNET,WORK:soren{n}@faergeri.example",
        f"item1.EMAIL;TYPE=INTERNET;TYPE=HOME;PREF=1:soren{n}@privat.example",
        f"TEL;TYPE=CELL:+45 20 30 {n % 90 + 10} 50",
        "TEL;TYPE=WORK,FAX:+45 33 99 99 99",
        "ADR;TYPE=WORK:;;Østergade 1;Århus;;8000;Danmark",
        "NOTE:Mødt på årskonferencen\\, 2025\\nRinger tilbage",
    )
    for n in range(50)
) + card(
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85se;Ida",
    "TEL;WORK;VOICE;PREF:33 12 34 56",
    "EMAIL;INTERNET:ida@ase.example",
)


def test_plain_cards_never_reach_vobject(vobject_calls: list[int]) -> None:
    parsed = read_vcards(PLAIN_CARDS.encode("utf-8"))
    assert vobject_calls == []
    assert len(parsed.records) == 51
    first = parsed.records[0]
    assert first.full_name == "Søren Łukasz Kjærgård 0"
    assert first.emails == ("soren0@privat.example", "soren0@faergeri.example")
    assert first.phones == ("+45 20 30 10 50",)  # the fax is left out
    assert first.organisation == "Ærø Færgeri A/S"
    assert first.note == "Mødt på årskonferencen, 2025\nRinger tilbage"
    assert parsed.records[-1].full_name == "Ida Åse"
    assert parsed.problems == []


def test_an_unknown_escape_is_left_to_vobject(vobject_calls: list[int]) -> None:
    data = (card("VERSION:3.0", "FN:Sti", "NOTE:C:\\Data\\x") + card("FN:Ib")).encode()
    (sti, ib) = read_vcards(data).records
    assert len(vobject_calls) == 1  # the first card only
    assert sti.note == "C:\\Data\\x"  # vobject keeps escapes it does not know as written
    assert ib.full_name == "Ib"


def test_a_card_vobject_cannot_read_is_declined_and_reported() -> None:
    # A CR inside a parameter ends vobject's line there, and "TEL;TYPE=x" has no value.
    data = card("VERSION:3.0", "FN:Ib", "TEL;TYPE=x\ry:2").encode()
    comparison = compare(data)
    assert (comparison.fast, comparison.slow) == ([None], [None])
    assert [problem.code for problem in read_vcards(data).problems] == ["vcard_unreadable"]


def test_a_parameter_with_an_empty_value_is_left_to_vobject(vobject_calls: list[int]) -> None:
    data = card("VERSION:3.0", "FN:Ib", "EMAIL;TYPE=:ib@ib.dk", "EMAIL;PREF=1:b@ib.dk").encode()
    (ib,) = read_vcards(data).records
    assert len(vobject_calls) == 1
    assert ib.emails == ("b@ib.dk", "ib@ib.dk")


# --- Generated cards --------------------------------------------------------------------------

# Pieces of values: letters our users' contacts have, and what is special in a value. The tame
# ones are all the fast path reads; the others (unknown escapes) it leaves to vobject.
TAME_PIECES = [
    "Søren", "Kjærgård", "Åse", "Łukasz", "Żółć", "Ærø", "O'Brien", "Müller", " ", "-", ",", ";",
    ":", "\\,", "\\;", "\\n", "\\N", "\\\\", '\\"', '"', "=", "@", "+45", "20 30 40 50", "\t",
    "a\\nb",
]  # fmt: skip
WILD_PIECES = [*TAME_PIECES, "\\", "\\t", "\\x", "C:\\Data"]
# Any text but NUL (read_vcards drops it), lone surrogates (not in UTF-8) and backslashes (the
# pieces have those, in tame and wild cards).
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00\\"), max_size=12)
TAME_PARAMS = [
    "TYPE=WORK", "TYPE=work", "TYPE=HOME", "TYPE=INTERNET,WORK", "TYPE=WORK,VOICE",
    'TYPE="work,voice"', 'TYPE="work,fax"', 'TYPE="home,pref"', "TYPE=CELL", "TYPE=FAX",
    "type=pager", "TYPE=pref", "PREF=1", "PREF=2", "pref=10", "PREF=x", "PREF=1_0", "WORK",
    "HOME", "PREF", "CELL", "FAX", "INTERNET", "VALUE=uri", "CHARSET=UTF-8", "X-CUSTOM=1",
    "ENCODING=8BIT",
]  # fmt: skip
WILD_PARAMS = [
    *TAME_PARAMS, "TYPE=", "TYPE=a b", 'TYPE="a:b;c"', 'TYPE=""', "TYPE=WORK,,HOME", "TYPE=x\ry",
]  # fmt: skip
GROUPS = st.sampled_from(["", "", "item1.", "item2.", "A_b-1."])
PROPERTY_NAMES = [
    "FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "NOTE", "CATEGORIES", "X-COORDINATOR-DIET",
]  # fmt: skip


@st.composite
def properties(draw: st.DrawFn, version: str, tame: bool) -> list[str]:
    """One property of a card, as one or more lines (folded or quoted-printable)."""
    name = draw(st.sampled_from(PROPERTY_NAMES))
    count = {"N": 5, "ADR": 7, "ORG": 3}.get(name, 1)
    pieced = st.lists(st.sampled_from(TAME_PIECES if tame else WILD_PIECES), max_size=6)
    text = st.one_of(pieced.map("".join), pieced.map("".join), ANY_TEXT)
    value = ";".join(draw(st.lists(text, min_size=1, max_size=count)))
    params = draw(st.lists(st.sampled_from(TAME_PARAMS if tame else WILD_PARAMS), max_size=3))
    head = draw(GROUPS) + ";".join([name, *params])
    layout = draw(st.sampled_from(["plain", "plain", "folded", "qp", "raw line break"]))
    if layout == "qp" and version != "4.0":
        encoded = quopri.encodestring(value.encode("utf-8")).decode("ascii")
        lines = encoded.replace("\r\n", "\n").split("\n")
        return [f"{head};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{lines[0]}", *lines[1:]]
    if layout == "folded" and len(value) > 1:
        return [f"{head}:{value[:2]}", f" {value[2:]}"]
    if layout == "raw line break":  # as some programs write a multi-line NOTE
        return [f"{head}:{value}", "second line, unfolded"]
    return [f"{head}:{value}"]


@st.composite
def cards(draw: st.DrawFn) -> str:
    version = draw(st.sampled_from(["2.1", "3.0", "4.0"]))
    tame = draw(st.booleans())
    lines = [] if draw(st.booleans()) and version == "3.0" else [f"VERSION:{version}"]
    if draw(st.booleans()):
        lines.append(OWN)  # the roster's own card: its CATEGORIES are read
    for prop in draw(st.lists(properties(version, tame), max_size=10)):
        lines.extend(prop)
    return card(*lines, group=draw(GROUPS))


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(cards(), min_size=1, max_size=3))
def test_generated_cards_read_the_same_both_ways(generated: list[str]) -> None:
    compare("".join(generated).encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.lists(st.sampled_from(WILD_PIECES), max_size=8).map("".join), ANY_TEXT),
        max_size=20,
    )
)
def test_any_text_in_a_card_reads_the_same_both_ways(lines: list[str]) -> None:
    text = card("VERSION:3.0", *lines) + card("VERSION:2.1", *lines)
    compare(text.encode("utf-8"))
