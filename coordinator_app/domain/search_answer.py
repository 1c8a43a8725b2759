"""The one search's "copy answer": what the coordinator may send the member who asked.

Only what each result's sharing level allows, by the rules every minutes export follows
(`domain.minutes.redact`):

- "group only": an entry, a decision, an action item, a theme or speaker proposal is left out;
  of a talk only its title and speaker stay (as on the agenda), its notes are left out;
- "may be shared without name": the text goes without its member, under "A member" (never
  beside the member's name, which would name them as surely); a talk loses its speaker and
  company, a speaker proposal its proposer;
- "shareable", and what has no level of its own (a member's profile as the roster shows it, a
  meeting's theme): as it is, under the member's name.

The answer says nothing of what it left out; `Answer.left_out` tells the coordinator how many.
Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.minutes import a_member
from coordinator_app.domain.search_rank import Evidence, Kind, MemberResults, display_text

_TEXTS = {
    "da": {
        "question": "Hvem i gruppen har erfaring med »{query}«?",
        "group": "Fra gruppens møder",
        Kind.MEMBER: "profil",
        Kind.ROUND_TABLE: "rundt om bordet",
        Kind.TALK: "oplæg",
        Kind.DECISION: "beslutning",
        Kind.ACTION: "opfølgning",
        Kind.THEME: "tema",
        Kind.SPEAKER: "forslag til oplæg",
    },
    "en": {
        "question": "Who in the group has experience with “{query}”?",
        "group": "From the group's meetings",
        Kind.MEMBER: "profile",
        Kind.ROUND_TABLE: "round table",
        Kind.TALK: "talk",
        Kind.DECISION: "decision",
        Kind.ACTION: "action item",
        Kind.THEME: "theme",
        Kind.SPEAKER: "proposed talk",
    },
}


def _texts(lang: str) -> dict[object, str]:
    return _TEXTS["da" if lang.lower().startswith("da") else "en"]  # type: ignore[return-value]


@dataclass(frozen=True)
class Answer:
    """The text to copy, and how many results it holds and left out."""

    text: str
    copied: int
    left_out: int


def shareable_part(evidence: Evidence) -> tuple[str, bool] | None:
    """What of one result may be copied, and whether it goes without its member's name; None
    if nothing may."""
    level = evidence.level
    if level is Confidentiality.GROUP_ONLY:
        if evidence.kind is Kind.TALK:
            return display_text(evidence.heading, evidence.detail, ""), False
        return None
    if level is Confidentiality.ANONYMOUS:
        if evidence.kind is Kind.TALK:
            return display_text(evidence.heading, "", evidence.text), True
        return display_text(evidence.heading, evidence.detail, evidence.text), True
    return display_text(evidence.heading, evidence.detail, evidence.text), False


def _line(evidence: Evidence, body: str, lang: str) -> str:
    texts = _texts(lang)
    label = texts[evidence.kind]
    if evidence.date is not None:
        label = f"{format_short_date(evidence.date, lang)}, {label}"
    return f"• {body} ({label})"


def answer(query: str, members: Sequence[MemberResults], lang: str = "da") -> Answer:
    """The answer to copy for `members` (the search's results by member)."""
    texts = _texts(lang)
    named: list[str] = []
    nameless: list[str] = []
    others: list[str] = []
    copied = left_out = 0
    for group in members:
        lines: list[str] = []
        profile = False
        for evidence in group.evidence:
            part = shareable_part(evidence)
            if part is None or not part[0].strip():
                left_out += 1
                continue
            body, anonymous = part
            copied += 1
            if evidence.kind is Kind.MEMBER:
                profile = True
                shown = display_text(evidence.detail, "", evidence.text)
                if shown:
                    lines.append(f"• {shown}")
            elif anonymous and group.member_id is not None:
                nameless.append(_line(evidence, body, lang))
            else:
                lines.append(_line(evidence, body, lang))
        if group.member_id is None:
            others.extend(lines)
        elif lines or profile:
            named.append("\n".join([group.name or "", *lines]))
    sections = list(named)
    if nameless:
        sections.append("\n".join([a_member(lang), *nameless]))
    if others:
        sections.append("\n".join([texts["group"], *others]))
    if not sections:
        return Answer("", 0, left_out)
    question = texts["question"].format(query=" ".join(query.split()))
    return Answer("\n\n".join([question, *sections]) + "\n", copied, left_out)
