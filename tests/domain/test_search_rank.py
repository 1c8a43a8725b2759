"""The order of the one search's results (domain/search_rank.py)."""

from __future__ import annotations

import datetime as dt

from coordinator_app.domain.search_rank import (
    Evidence,
    Kind,
    Score,
    by_member,
    combine,
    rank,
    score,
)
from coordinator_app.domain.search_text import Match, Snippet

TODAY = dt.date(2027, 3, 1)


def _evidence(
    row_id: int,
    weakest: Match,
    date: dt.date | None,
    member: int | None = None,
    kind: Kind = Kind.ROUND_TABLE,
) -> Evidence:
    return Evidence(
        kind=kind,
        row_id=row_id,
        member_id=member,
        member_name=f"M{member}" if member else None,
        meeting_id=None,
        date=date,
        level=None,
        score=Score(weakest, int(weakest)),
        snippet=Snippet(""),
    )


def test_a_row_is_as_good_as_its_weakest_term() -> None:
    assert score([Match.EXACT, Match.PART]) == Score(Match.PART, 4)
    assert score([Match.EXACT, None]) is None
    assert score([]) is None


def test_only_rows_every_term_matches_are_kept() -> None:
    scores = combine([{1: Match.EXACT, 2: Match.STEM}, {2: Match.EXACT, 3: Match.EXACT}])
    assert scores == {2: Score(Match.STEM, 5)}


def test_exact_above_stem_above_part_then_recent_above_old() -> None:
    old, new = dt.date(2010, 1, 1), dt.date(2026, 1, 1)
    ranked = rank(
        [
            _evidence(1, Match.PART, new),
            _evidence(2, Match.STEM, old),
            _evidence(3, Match.EXACT, old),
            _evidence(4, Match.EXACT, new),
            _evidence(5, Match.STEM, new),
        ],
        TODAY,
    )
    assert [e.row_id for e in ranked] == [4, 3, 5, 2, 1]


def test_results_are_grouped_by_member_newest_first_with_the_rest_last() -> None:
    old, mid, new = dt.date(2010, 1, 1), dt.date(2018, 1, 1), dt.date(2026, 1, 1)
    groups = by_member(
        [
            _evidence(1, Match.PART, new, member=7),
            _evidence(2, Match.EXACT, old, member=7),
            _evidence(3, Match.STEM, mid, member=8),
            _evidence(4, Match.EXACT, new, member=None, kind=Kind.DECISION),
            _evidence(5, Match.EXACT, None, member=8, kind=Kind.MEMBER),
        ],
        TODAY,
    )
    assert [g.member_id for g in groups] == [8, 7, None]
    # Member 8's profile (no date: as of today) is their best and newest.
    assert [e.row_id for e in groups[0].evidence] == [5, 3]
    assert [e.row_id for e in groups[1].evidence] == [1, 2]
    assert [e.row_id for e in groups[2].evidence] == [4]
