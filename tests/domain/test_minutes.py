"""The minutes' rules: what an export may show (`redact`), which action items a meeting
shows (`carried_actions`), who counts as there, and the validation helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MinutesStatus,
)
from coordinator_app.domain.minutes import (
    MAX_MINUTES_TEXT_CHARS,
    MAX_TOPIC_CHARS,
    MAX_VOTES,
    PRESENT_STATUSES,
    ActionLine,
    AttendanceLine,
    ExportOptions,
    MinutesDocument,
    RoundTableLine,
    a_member,
    carried_actions,
    check_text,
    check_topics,
    check_votes,
    clean_topics,
    former_member,
    is_present,
    one_line,
    redact,
    topics_text,
)

DAY = dt.date(2027, 3, 9)
EARLIER = dt.date(2026, 12, 8)
EARLIEST = dt.date(2026, 9, 15)
LATER = dt.date(2027, 6, 2)


def entry(
    entry_id: int, name: str, organisation: str, level: Confidentiality, text: str = ""
) -> RoundTableLine:
    return RoundTableLine(
        id=entry_id,
        person_id=entry_id * 10,
        name=name,
        organisation=organisation,
        position=entry_id - 1,
        text=text or f"Status {entry_id}",
        topics=(f"Emne {entry_id}",),
        level=level,
    )


ENTRIES = (
    entry(1, "Mette Kjærsgaard", "Pension Vestkyst", Confidentiality.GROUP_ONLY),
    entry(2, "Łukasz Żółć", "Rederiet Havørn", Confidentiality.ANONYMOUS),
    entry(3, "Åse Vestergård", "Lyngsø Kommune", Confidentiality.SHAREABLE),
    entry(4, "Søren Østergaard", "Fjordbanken", Confidentiality.GROUP_ONLY),
    entry(5, "Karen Løvschall", "Region Østersø", Confidentiality.ANONYMOUS),
)


def document(**changes: object) -> MinutesDocument:
    base = MinutesDocument(
        meeting_id=7,
        group_name="IT Drift",
        meeting_date=DAY,
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="NIS2 i praksis",
        host_name="Pension Vestkyst",
        host_address="Havnepladsen 4, 6700 Esbjerg",
        status=MinutesStatus.DRAFT,
        attendance=(
            AttendanceLine(1, "Mette Kjærsgaard", "Pension Vestkyst", AttendanceStatus.PRESENT),
            AttendanceLine(2, "Åse Vestergård", "Lyngsø Kommune", AttendanceStatus.LATE),
            AttendanceLine(3, "Karen Løvschall", "Region Østersø", AttendanceStatus.EXCUSED),
            AttendanceLine(4, "Henrik Brøndum", "Bøgh & Holm", None),
            AttendanceLine(5, "Kasper Ravnsbæk", "Ålholm", AttendanceStatus.LEFT_EARLY),
            AttendanceLine(6, "Thomas Skårup", "Ørestad Pharma", AttendanceStatus.ABSENT),
        ),
        talks=(),
        entries=ENTRIES,
        decisions=(),
        actions=(),
        themes=(),
        next_theme="Observability",
        speakers=(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# --- redact -----------------------------------------------------------------------------------


def test_without_options_nothing_changes() -> None:
    original = document()
    shown = redact(original, ExportOptions())
    assert shown == original
    assert (shown.entries_left_out, shown.entries_anonymised) == (0, 0)


def test_omit_confidential_removes_only_group_only_entries() -> None:
    shown = redact(document(), ExportOptions(omit_confidential=True))
    assert [e.id for e in shown.entries] == [2, 3, 5]
    assert all(e.level is not Confidentiality.GROUP_ONLY for e in shown.entries)
    # The kept ones are untouched: names and companies stay without "anonymise".
    assert shown.entries == tuple(e for e in ENTRIES if e.id in (2, 3, 5))
    assert (shown.entries_left_out, shown.entries_anonymised) == (2, 0)
    # Nothing else is left out: attendance still names everyone.
    assert shown.attendance == document().attendance


def test_anonymise_replaces_name_and_organisation_of_anonymous_entries_only() -> None:
    shown = redact(document(), ExportOptions(anonymise=True))
    assert [e.id for e in shown.entries] == [1, 2, 3, 4, 5]
    by_id = {e.id: e for e in shown.entries}
    for entry_id in (2, 5):
        assert (by_id[entry_id].name, by_id[entry_id].organisation) == ("Et medlem", "")
        assert by_id[entry_id].person_id == 0
        # What was said stays.
        original = next(e for e in ENTRIES if e.id == entry_id)
        assert (by_id[entry_id].text, by_id[entry_id].topics) == (original.text, original.topics)
    for entry_id in (1, 3, 4):
        assert by_id[entry_id] == next(e for e in ENTRIES if e.id == entry_id)
    assert (shown.entries_left_out, shown.entries_anonymised) == (0, 2)
    names = {e.name for e in shown.entries} | {e.organisation for e in shown.entries}
    assert "Łukasz Żółć" not in names and "Rederiet Havørn" not in names
    assert "Karen Løvschall" not in names and "Region Østersø" not in names


def test_both_options_together() -> None:
    shown = redact(document(), ExportOptions(omit_confidential=True, anonymise=True, lang="en"))
    assert [(e.id, e.name, e.organisation) for e in shown.entries] == [
        (2, "A member", ""),
        (3, "Åse Vestergård", "Lyngsø Kommune"),
        (5, "A member", ""),
    ]
    assert (shown.entries_left_out, shown.entries_anonymised) == (2, 2)


def test_redacting_twice_keeps_the_counts() -> None:
    options = ExportOptions(omit_confidential=True, anonymise=True)
    once = redact(document(), options)
    twice = redact(once, options)
    assert twice.entries == once.entries
    assert (twice.entries_left_out, twice.entries_anonymised) == (2, 2)


def test_a_round_table_without_entries() -> None:
    shown = redact(document(entries=()), ExportOptions(omit_confidential=True, anonymise=True))
    assert shown.entries == ()
    assert (shown.entries_left_out, shown.entries_anonymised) == (0, 0)


def test_names_in_both_languages() -> None:
    assert (a_member("da"), a_member("en"), a_member("da_DK")) == (
        "Et medlem",
        "A member",
        "Et medlem",
    )
    assert (former_member("da"), former_member("EN")) == ("Tidligere medlem", "Former member")


# --- presence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "there"),
    [
        (AttendanceStatus.PRESENT, True),
        (AttendanceStatus.LATE, True),
        (AttendanceStatus.LEFT_EARLY, True),
        (AttendanceStatus.EXCUSED, False),
        (AttendanceStatus.ABSENT, False),
        (None, False),
    ],
)
def test_who_counts_as_there(status: AttendanceStatus | None, there: bool) -> None:
    assert AttendanceLine(1, "X", "", status).present is there
    assert is_present(status) is there
    assert (status in PRESENT_STATUSES) is there


def test_present_and_absent_of_a_document() -> None:
    minutes = document()
    assert [a.person_id for a in minutes.present] == [1, 2, 5]
    # Not taken (None) is neither present nor absent.
    assert [a.person_id for a in minutes.absent] == [3, 6]


# --- carried actions --------------------------------------------------------------------------


def action(
    action_id: int,
    meeting_id: int,
    meeting_date: dt.date,
    *,
    due: dt.date | None = None,
    done: dt.date | None = None,
) -> ActionLine:
    return ActionLine(
        id=action_id,
        meeting_id=meeting_id,
        meeting_date=meeting_date,
        text=f"Opgave {action_id}",
        owner_id=None,
        owner_name="",
        due_on=due,
        done_on=done,
    )


def test_a_meeting_shows_its_own_items_done_or_not() -> None:
    own = [
        action(1, 7, DAY, due=DAY + dt.timedelta(days=30)),
        action(2, 7, DAY, done=DAY + dt.timedelta(days=3)),
        # Done "before" its own meeting (a typing slip) is still the meeting's own item.
        action(3, 7, DAY, done=DAY - dt.timedelta(days=1)),
    ]
    shown = carried_actions(own, 7, DAY)
    assert sorted(a.id for a in shown) == [1, 2, 3]
    assert not any(a.carried for a in shown)


def test_earlier_items_open_on_the_meeting_date_are_carried() -> None:
    actions = [
        action(1, 5, EARLIER),  # still open
        action(2, 5, EARLIER, done=DAY + dt.timedelta(days=10)),  # done after the meeting
        action(3, 5, EARLIER, done=DAY),  # done on the day: reported at the meeting
        action(4, 5, EARLIER, done=DAY - dt.timedelta(days=1)),  # done before: not shown
        action(5, 4, EARLIEST),  # two meetings back, still open
        action(6, 9, LATER),  # a later meeting's item: never shown
        action(7, 7, DAY),
    ]
    shown = carried_actions(actions, 7, DAY)
    assert [(a.id, a.carried) for a in shown] == [
        (5, True),
        (1, True),
        (2, True),
        (3, True),
        (7, False),
    ]
    # The input is not changed.
    assert not any(a.carried for a in actions)


def test_carried_items_sort_by_meeting_then_due_date() -> None:
    actions = [
        action(1, 5, EARLIER, due=dt.date(2027, 2, 1)),
        action(2, 5, EARLIER),
        action(3, 5, EARLIER, due=dt.date(2027, 1, 1)),
        action(4, 7, DAY, due=dt.date(2027, 4, 1)),
        action(5, 7, DAY, due=dt.date(2027, 3, 20)),
    ]
    assert [a.id for a in carried_actions(actions, 7, DAY)] == [3, 1, 2, 5, 4]


def test_the_first_meeting_carries_nothing() -> None:
    actions = [action(1, 7, DAY), action(2, 9, LATER)]
    assert [a.id for a in carried_actions(actions, 7, DAY)] == [1]
    assert carried_actions([], 7, DAY) == []


def test_done_is_derived_from_the_date() -> None:
    assert not action(1, 1, DAY).done
    assert action(1, 1, DAY, done=DAY).done
    minutes = document(actions=(action(1, 7, DAY), action(2, 7, DAY, done=DAY)))
    assert [a.id for a in minutes.open_actions] == [1]
    assert [a.id for a in minutes.done_actions] == [2]


# --- validation helpers -----------------------------------------------------------------------


def test_check_text() -> None:
    assert check_text("text", "  ", 10) == []
    [error] = check_text("text", "  ", 10, required_code="text_required")
    assert (error.field, error.code) == ("text", "text_required")
    assert check_text("text", " " + "x" * 10 + " ", 10) == []  # judged trimmed
    [error] = check_text("note", "x" * 11, 10)
    assert (error.field, error.code, error.value) == ("note", "too_long", "10")
    assert check_text("text", "x" * MAX_MINUTES_TEXT_CHARS, MAX_MINUTES_TEXT_CHARS) == []


def test_check_topics_and_votes() -> None:
    assert check_topics(("NIS2", "x" * MAX_TOPIC_CHARS)) == []
    [error] = check_topics(("NIS2", "x" * (MAX_TOPIC_CHARS + 1)))
    assert (error.field, error.code) == ("topics", "too_long")
    assert check_votes(0) == [] and check_votes(MAX_VOTES) == []
    for votes in (-1, MAX_VOTES + 1):
        [error] = check_votes(votes)
        assert (error.field, error.code) == ("votes", "votes_range")


def test_topics_are_cleaned_and_stored_comma_separated() -> None:
    assert clean_topics((" NIS2 ", "", "Cloud,  FinOps", "nis2", "AI; ML")) == (
        "NIS2",
        "Cloud",
        "FinOps",
        "AI",
        "ML",
    )
    assert topics_text(("NIS2", "Cloud-økonomi")) == "NIS2, Cloud-økonomi"
    assert one_line("  Exit\n fra   legacy ") == "Exit fra legacy"


def test_empty_entries_are_not_printed_and_not_counted_as_left_out() -> None:
    """A member who said nothing has an empty entry (often "group only", the default): it is
    simply not printed, with or without the options, and never counted as "left out"."""
    empty_private = replace(
        entry(6, "Henrik Brøndum", "Bøgh & Holm", Confidentiality.GROUP_ONLY),
        text=" \n ",
        topics=(),
    )
    empty_anonymous = replace(
        entry(7, "Kasper Ravnsbæk", "Ålholm", Confidentiality.ANONYMOUS), text="", topics=("  ",)
    )
    with_topic_only = replace(
        entry(8, "Thomas Skårup", "Ørestad Pharma", Confidentiality.SHAREABLE), text=""
    )
    original = document(entries=(*ENTRIES, empty_private, empty_anonymous, with_topic_only))
    shown = redact(original, ExportOptions(omit_confidential=True, anonymise=True))
    assert [e.id for e in shown.entries] == [2, 3, 5, 8]
    assert (shown.entries_left_out, shown.entries_anonymised) == (2, 2)
    plain = redact(original, ExportOptions())
    assert [e.id for e in plain.entries] == [1, 2, 3, 4, 5, 8]
    assert (plain.entries_left_out, plain.entries_anonymised) == (0, 0)
