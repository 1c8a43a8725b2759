"""The order of the one search's results, in one place.

Every term of a query must match a row; a row is as good as its weakest term (`Match`: an exact
word above a shared stem above a part of a word or a typo), then as the sum over its terms, then
the newer the better: a row with a date (its meeting's) ranks by it, a row without one (a
member's profile, a speaker proposal not yet placed) counts as of today. Results are grouped by
member ("who knows"): each member with their evidence newest first, the members in the order of
their best evidence, and the items that belong to no member (decisions, a meeting's theme, a
guest's talk) last.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.search_text import Match, Snippet


class Kind(enum.StrEnum):
    """What a result is; the values are the command line's JSON "kind"."""

    MEMBER = "member"
    ROUND_TABLE = "round-table"
    TALK = "talk"
    DECISION = "decision"
    ACTION = "action"
    THEME = "theme"  # a meeting's theme or a theme proposal
    SPEAKER = "speaker"  # a speaker proposal


@dataclass(frozen=True)
class Score:
    """How well a row matches: its weakest term, then the sum over its terms."""

    weakest: Match
    total: int


def score(per_term: Sequence[Match | None]) -> Score | None:
    """The row's score from how each term matches it; None if a term does not."""
    if not per_term or any(m is None for m in per_term):
        return None
    matches = [m for m in per_term if m is not None]
    return Score(min(matches), sum(int(m) for m in matches))


def combine(per_term: Sequence[Mapping[int, Match]]) -> dict[int, Score]:
    """The rows every term matches, with their scores; `per_term[i]` maps a row's key to how
    term i matches it (its best way)."""
    if not per_term:
        return {}
    common = set(per_term[0])
    for matches in per_term[1:]:
        common &= matches.keys()
    scores: dict[int, Score] = {}
    for key in common:
        result = score([matches[key] for matches in per_term])
        if result is not None:
            scores[key] = result
    return scores


def order_key(result: Score, date: dt.date | None, today: dt.date) -> tuple[int, int, int]:
    """Sort ascending: the best first (see the module docstring)."""
    day = date or today
    return (-int(result.weakest), -result.total, -day.toordinal())


@dataclass(frozen=True)
class Evidence:
    """One result: a row that matches, with what the result list shows of it."""

    kind: Kind
    row_id: int  # the id in the row's own table (a member: the person's id)
    member_id: int | None  # the member it tells about; None: a decision, a guest's talk, ...
    member_name: str | None
    meeting_id: int | None
    date: dt.date | None
    level: Confidentiality | None  # its sharing level; None: it has none (a profile, a theme)
    score: Score
    snippet: Snippet
    # What the row says, in three parts, as "copy answer" needs them apart: a talk's or speaker
    # proposal's title (`heading`), its speaker and company (`detail`, which anonymising takes
    # away) and its text (an entry with its topics, a note, a decision; a member's profile).
    heading: str = ""
    detail: str = ""
    text: str = ""

    @property
    def shown(self) -> str:
        """The whole row on one line, as the snippet is taken from it."""
        return display_text(self.heading, self.detail, self.text)


def display_text(heading: str, detail: str, text: str) -> str:
    """A row's parts on one line, " · " between them (empty parts left out)."""
    return " · ".join(part for part in (heading, detail, text) if part.strip())


def rank(results: Iterable[Evidence], today: dt.date) -> list[Evidence]:
    """`results` best first."""
    return sorted(
        results,
        key=lambda e: (*order_key(e.score, e.date, today), e.kind.value, e.row_id),
    )


@dataclass(frozen=True)
class MemberResults:
    """A member and their evidence, newest first; `member_id` None: the items of no member."""

    member_id: int | None
    name: str | None
    evidence: tuple[Evidence, ...]


def _newest_first(evidence: Iterable[Evidence], today: dt.date) -> tuple[Evidence, ...]:
    return tuple(
        sorted(
            evidence,
            key=lambda e: (
                -(e.date or today).toordinal(),
                -int(e.score.weakest),
                -e.score.total,
                e.kind.value,
                e.row_id,
            ),
        )
    )


def by_member(results: Sequence[Evidence], today: dt.date) -> list[MemberResults]:
    """`results` grouped by member (see the module docstring)."""
    groups: dict[int | None, list[Evidence]] = {}
    for evidence in rank(results, today):  # the first of a group is its best
        groups.setdefault(evidence.member_id, []).append(evidence)
    members = [
        MemberResults(member_id, items[0].member_name, _newest_first(items, today))
        for member_id, items in groups.items()
        if member_id is not None
    ]
    if None in groups:
        members.append(MemberResults(None, None, _newest_first(groups[None], today)))
    return members
