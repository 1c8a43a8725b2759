"""Export a roster, import it into an empty group of a new database: the same roster.

For random rosters (names, companies and the rest in Danish, Polish, Icelandic and Turkish letters,
mixed case, with the characters CSV and vCard escape), made in a fresh database through the
roster service: the CSV export in both languages and the vCard export, read as the app reads a
file (`read_contacts`) and imported (`plan_import` + `apply_import`), give the roster's rows field
for field. Importing the same file again with "update" changes nothing: the same rows, no new
organisation and no job ended.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from coordinator_app.domain.names import name_key
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.roster_export import write_roster_csv, write_roster_vcard
from coordinator_app.services import groups, roster
from coordinator_app.services.contact_import import DuplicateAction, apply_import, plan_import
from coordinator_app.store.database import Database, open_database
from coordinator_app.store.models import Employment, Organisation

LETTERS = "æøåÆØÅąćęłńóśźżŁŻþðÞÐğışİĞŞabcdeklmnrstKLMT"
# What CSV and vCard escape or neutralise: separators, quotes, backslashes, formula starts.
SPECIALS = ",;'\"\\=+-@:"
WORD = st.text(st.sampled_from(LETTERS + SPECIALS), min_size=1, max_size=7).filter(
    lambda word: any(char in LETTERS for char in word)
)
TEXT = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
MULTILINE = st.lists(st.tuples(WORD, st.sampled_from([" ", "\n"])), min_size=1, max_size=4).map(
    lambda parts: "".join(word + gap for word, gap in parts).strip()
)
PHONES = st.sampled_from(["", "20123456", "+48 601 234 567", "+354 555 1234", "+905321234567"])
DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    phone: str
    company: str  # one spelling of a company of the roster, or ""
    title: str
    expertise: tuple[str, ...]
    dietary_needs: str
    consent: bool
    member_since: dt.date
    left_after: int | None  # days after `member_since`; None for a current member


def _spellings(name: str) -> list[str]:
    return [name, name.upper(), name.lower(), name.title()]


@st.composite
def rosters(draw: st.DrawFn) -> tuple[dict[str, str], list[Member]]:
    """The companies with their industries, and the members (each with an e-mail address or a
    company, as the import finds a member again by one or the other)."""
    companies = draw(st.dictionaries(TEXT, st.one_of(st.just(""), TEXT), min_size=1, max_size=3))
    names = draw(st.lists(TEXT, min_size=1, max_size=6, unique_by=str.casefold))
    members = []
    for index, name in enumerate(names):
        company = draw(st.one_of(st.just(""), st.sampled_from(sorted(companies))))
        email = draw(st.sampled_from([f"m{index}@eksempel.dk", f"M{index}.Lund@Example.COM", ""]))
        if not company and not email:
            email = f"m{index}@eksempel.dk"
        tags = draw(st.lists(WORD, max_size=3, unique_by=name_key))
        members.append(
            Member(
                name=name,
                email=email,
                phone=draw(PHONES),
                company=draw(st.sampled_from(_spellings(company))) if company else "",
                title=draw(st.one_of(st.just(""), TEXT)) if company else "",
                expertise=tuple(tags),
                dietary_needs=draw(st.one_of(st.just(""), MULTILINE)),
                consent=draw(st.booleans()),
                member_since=draw(DATES),
                left_after=draw(st.one_of(st.none(), st.integers(0, 4000))),
            )
        )
    return companies, members


@pytest.fixture(scope="module")
def empty_database() -> Iterator[Path]:
    """A new, migrated database file; each database of a test is a copy (migrating takes long)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "empty.sqlite"
        open_database(path).close()
        yield path


def _roster(db: Database, group_id: int) -> list[tuple[object, ...]]:
    """The roster's rows as the exports carry them, in a stable order."""

    def fields(row: MemberRow) -> tuple[object, ...]:
        return (
            row.name,
            row.email,
            row.phone,
            row.company,
            row.title,
            row.industry,
            row.expertise,
            row.member_since,
            row.left_on,
            row.dietary_needs,
            row.consent_share_contact,
        )

    return sorted((fields(row) for row in roster.roster(db, group_id)), key=repr)


def _counts(db: Database) -> tuple[int, int]:
    """How many organisations there are and how many jobs have ended."""
    with db.reading() as session:
        organisations = session.scalar(select(func.count(Organisation.id))) or 0
        ended = session.scalar(
            select(func.count(Employment.id)).where(Employment.ended_on.is_not(None))
        )
        return organisations, ended or 0


def _make(db: Database, companies: dict[str, str], members: list[Member]) -> int:
    gid = groups.create_group(db, "Netværk Øst")
    for member in members:
        industry = next(
            (v for k, v in companies.items() if name_key(k) == name_key(member.company)), ""
        )
        pid = roster.add_member(
            db,
            gid,
            PersonInput(
                name=member.name,
                email=member.email,
                phone=member.phone,
                expertise=member.expertise,
                dietary_needs=member.dietary_needs,
                consent_share_contact=member.consent,
            ),
            JobInput(member.company, member.title, industry) if member.company else None,
            joined_on=member.member_since,
        )
        if member.left_after is not None:
            left = member.member_since + dt.timedelta(days=member.left_after)
            roster.end_membership(db, gid, pid, left)
    return gid


def _import(db: Database, group_id: int, path: Path) -> None:
    parsed = read_contacts(path.read_bytes(), path.name)
    assert parsed.problems == []
    plan = plan_import(db, parsed, on_duplicate=DuplicateAction.UPDATE)
    apply_import(db, group_id, plan.rows)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rosters())
def test_export_then_import_gives_the_same_roster(
    empty_database: Path, generated: tuple[dict[str, str], list[Member]]
) -> None:
    companies, members = generated
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)

        def new_database(name: str) -> Database:
            path = folder / f"{name}.sqlite"
            shutil.copyfile(empty_database, path)
            return open_database(path, backup_before_migrating=False)

        source = new_database("source")
        try:
            gid = _make(source, companies, members)
            rows = roster.roster(source, gid)
            expected = _roster(source, gid)
        finally:
            source.close()
        files = {
            "medlemmer.csv": lambda out: write_roster_csv(rows, out, lang="da"),
            "members.csv": lambda out: write_roster_csv(rows, out, lang="en"),
            "medlemmer.vcf": lambda out: write_roster_vcard(rows, out),
        }
        for filename, write in files.items():
            path = folder / filename
            write(path)
            target = new_database(filename)
            try:
                target_group = groups.create_group(target, "Ny gruppe")
                _import(target, target_group, path)
                assert _roster(target, target_group) == expected, filename
                before = _counts(target)
                _import(target, target_group, path)  # again, updating
                assert _roster(target, target_group) == expected, filename
                assert _counts(target) == before, filename  # no new organisation, no job ended
            finally:
                target.close()
