"""The roster model's fast filter and sort give the same rows as the plain rules they stand for."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt

from coordinator_app.domain.collation import search_matches, sort_key
from coordinator_app.domain.roster import MemberRow
from coordinator_app.ui.roster import model as roster_model
from coordinator_app.ui.roster.model import RosterTableModel

NAMES = ("Åse", "Ærø", "Anders", "Øster", "Łukasz Żółć", "Mette", "mette", "Zoë", "Ida Holm")
WORDS = ("", "Grøn Energi", "LEGO", "Novo", "Region", "Bank", "grøn", "IT")


def _rows(count: int, seed: int) -> list[MemberRow]:
    rng = random.Random(seed)
    return [
        MemberRow(
            person_id=n + 1,
            name=f"{rng.choice(NAMES)} {rng.choice(NAMES)}",
            email=rng.choice(("", f"m{n}@x.dk", "a@b.dk")),
            phone=rng.choice(("", "+45 20 30 40 50", f"+45 {n:08d}")),
            company=rng.choice(WORDS),
            title=rng.choice(WORDS),
            industry=rng.choice(WORDS),
            expertise=tuple(
                rng.sample(("ITIL", "Kubernetes", "Økonomi", "SAP"), rng.randint(0, 2))
            ),
            member_since=rng.choice((None, dt.date(2020, 1, 1), dt.date(2021 + n % 3, 5, 1))),
        )
        for n in range(count)
    ]


def _expected_order(rows: list[MemberRow], column: int) -> list[int]:
    """The rule as written: empty cells last, Danish order (case, accents aside), ties by name."""

    def key(r: MemberRow) -> tuple[object, ...]:
        name = sort_key(r.name, "da")
        if column == RosterTableModel.MEMBER_SINCE:
            return (r.member_since or dt.date.min, name)
        text = _text(r, column)
        return (not text, sort_key(text, "da")[0], name)

    return [r.person_id for r in sorted(rows, key=key)]


def _text(r: MemberRow, column: int) -> str:
    return (
        r.name,
        r.company,
        r.title,
        r.industry,
        r.email,
        r.phone,
        ", ".join(r.expertise),
        "",
    )[column]


def _holds(r: MemberRow, typed: str) -> bool:
    """The filter's rule as written: every word is in the name, company, title, industry, e-mail
    or expertise, however its letters are typed (`search_matches`)."""
    fields = (r.name, r.company, r.title, r.industry, r.email, " ".join(r.expertise))
    return all(any(search_matches(word, text) for text in fields) for word in typed.split())


def _shown(model: RosterTableModel) -> list[int]:
    return [model.member_at(n).person_id for n in range(model.rowCount())]


@pytest.mark.parametrize("column", range(len(RosterTableModel.HEADERS)))
def test_each_column_sorts_as_the_rule_says(qapp, column: int) -> None:
    rows = _rows(300, column)
    model = RosterTableModel("da")
    model.set_rows(rows)
    expected = _expected_order(rows, column)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert _shown(model) == expected
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _shown(model)[::-1] == expected


def test_filter_keeps_rows_holding_every_word_in_the_sort_order(qapp) -> None:
    rows = _rows(400, 99)
    model = RosterTableModel("da")
    model.set_rows(rows)
    model.sort(RosterTableModel.COMPANY, Qt.SortOrder.DescendingOrder)
    everything = _shown(model)
    for typed in (
        *("g", "gr", "grø", "grøn", "grøn e", "grøn en", "grøn e", "mette", "ø", "", "x"),
        *("oe", "oest", "oester", "aase", "aero", "ærø", "lukasz zolc", "m1", "@x.dk", "novo it"),
    ):
        model.set_filter(typed)
        holding = _holding(rows, typed)
        assert _shown(model) == [pid for pid in everything if pid in holding], typed
    model.set_filter("mette")
    model.sort(RosterTableModel.NAME, Qt.SortOrder.AscendingOrder)  # sorting keeps the filter
    assert all("mette" in model.member_at(n).name.casefold() for n in range(model.rowCount()))
    assert model.rowCount() > 0


def test_typing_and_deleting_letter_by_letter_shows_what_a_fresh_filter_shows(qapp) -> None:
    """Deleting letters restores what was kept for the shorter text; typing on narrows it."""
    rows = _rows(400, 7)
    model = RosterTableModel("da")
    model.set_rows(rows)
    everything = _shown(model)
    rng = random.Random(7)
    typed = ""
    for step in range(400):
        if step in (150, 250):
            model.set_filter("")
            if step == 150:
                model.sort(RosterTableModel.COMPANY, Qt.SortOrder.DescendingOrder)
            else:
                rows = rows[::2]
                model.set_rows(rows)
            everything = _shown(model)
            model.set_filter(typed)
        if typed and rng.random() < 0.45:
            typed = typed[: -rng.randint(1, 3)]
        else:
            typed += rng.choice("aeoønrgm ITøÆå@")
        model.set_filter(typed)
        holding = _holding(rows, typed)
        assert _shown(model) == [pid for pid in everything if pid in holding], repr(typed)


def test_row_of_finds_shown_members_only(qapp) -> None:
    rows = _rows(50, 5)
    model = RosterTableModel("da")
    model.set_rows(rows)
    first = model.member_at(0).person_id
    assert model.row_of(first) == 0
    model.set_filter("zzz")
    assert model.row_of(first) is None
    assert model.row_of(10_000) is None


def _holding(rows: list[MemberRow], typed: str) -> set[int]:
    return {r.person_id for r in rows if _holds(r, typed)}


@pytest.fixture
def sliced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every filter applied in slices of 7 rows, one slice per keystroke and per event."""
    monkeypatch.setattr(RosterTableModel, "SLICED_ABOVE", 0)
    monkeypatch.setattr(roster_model, "_SLICE", 7)
    monkeypatch.setattr(roster_model, "_KEYSTROKE_SHARE", 0.0)
    monkeypatch.setattr(roster_model, "_SLICE_SHARE", 0.0)


def test_a_filter_applied_in_slices_shows_a_growing_start_of_the_same_result(
    qapp, sliced: None
) -> None:
    """Typing while earlier letters are still being applied, deleting, sorting: at every step
    the rows shown are the first rows of the full result, and at the end they are all of it."""
    rows = _rows(300, 11)
    model = RosterTableModel("da")
    model.set_rows(rows)
    inserted: list[tuple[int, int]] = []
    finished: list[str] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.filtered.connect(lambda: finished.append(model._filter))
    everything = _shown(model)
    rng = random.Random(11)
    typed = ""
    for step in range(300):
        if step == 120:
            model.set_filter("")
            model.sort(RosterTableModel.COMPANY, Qt.SortOrder.DescendingOrder)
            everything = _shown(model)
        if typed and rng.random() < 0.4:
            typed = typed[: -rng.randint(1, 3)]
        else:
            typed += rng.choice("aeoønrgm ITøÆå@")
        model.set_filter(typed)
        for _ in range(rng.choice((0, 0, 1, 3))):  # the event loop gets to some slices
            model._continue_pass()
        holding = _holding(rows, typed)
        expected = [pid for pid in everything if pid in holding]
        shown = _shown(model)
        assert shown == expected[: len(shown)], repr(typed)
        if rng.random() < 0.3:
            model.finish_filtering()
            assert _shown(model) == expected, repr(typed)
            assert not model.filtering
    assert inserted and finished


def test_a_filter_applied_in_slices_ends_by_itself(qtbot, qapp, sliced: None) -> None:
    rows = _rows(200, 3)
    model = RosterTableModel("da")
    model.set_rows(rows)
    with qtbot.waitSignal(model.filtered, timeout=5000):
        model.set_filter("ø")
        assert _filtering(model)
        assert model.rowCount() <= 7
    assert not _filtering(model)
    assert {model.member_at(n).person_id for n in range(model.rowCount())} == _holding(rows, "ø")


def _filtering(model: RosterTableModel) -> bool:
    return model.filtering  # a call: the state changes between two looks at it


def test_the_filter_searches_title_and_e_mail_and_folds_letters(qapp) -> None:
    """Issue #15: "CISO" and "Driftschef" found by title, an address by e-mail, and names
    however their letters are typed."""

    def member(pid: int, name: str, title: str, email: str, company: str = "") -> MemberRow:
        return MemberRow(person_id=pid, name=name, email=email, company=company, title=title)

    model = RosterTableModel("da")
    model.set_rows(
        [
            member(1, "Anders Østergaard", "CISO", "anders@lego.example", "LEGO"),
            member(2, "Mette Kjærgaard", "Driftschef", "mette@region.dk", "Århus Kommune"),
            member(3, "Łukasz Żółć", "Platform Engineer", "lukasz@novo.example"),
            member(4, "Æble Hansen", "IT-chef", "aeble@frugt.dk"),
        ]
    )
    expected = {
        "CISO": [1],
        "driftschef": [2],
        "region.dk": [2],
        "ostergaard": [1],
        "oestergaard": [1],
        "aarhus": [2],
        "arhus": [2],
        "able": [4],
        "aeble": [4],
        "lukasz zolc": [3],
        "chef": [2, 4],
    }
    for typed, pids in expected.items():
        model.set_filter(typed)
        assert sorted(_shown(model)) == pids, typed
