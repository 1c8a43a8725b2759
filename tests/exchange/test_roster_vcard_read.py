"""The roster's vCard export reads back field for field; other programs' CATEGORIES do not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.domain.roster import MemberRow
from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.exchange.roster_export import roster_vcard
from coordinator_app.exchange.vcard_import import read_vcards

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "vcard"

MEMBER = MemberRow(
    person_id=1,
    name="Þóra Sigurðardóttir",
    email="thora@example.is",
    phone="+45 20 12 34 56",
    company="Danske Bank; Markets, Copenhagen",
    title="Manager\\Ops",
    industry="Finans, bank",
    expertise=("ITIL, v4", "Change; release", "C:\\Drev\\"),
    member_since=dt.date(2019, 3, 1),
    left_on=dt.date(2026, 12, 31),
    dietary_needs="Ingen gluten,\ningen laktose",
    consent_share_contact=True,
)
OWN_PRODID = "PRODID:-//Coordinator App//Roster export//EN"


def card(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n").encode()


def test_an_export_reads_back_field_for_field() -> None:
    parsed = read_contacts(roster_vcard([MEMBER]).encode(), "medlemmer.vcf")
    assert parsed.problems == []
    (record,) = parsed.records
    assert record.full_name == MEMBER.name
    assert record.emails == (MEMBER.email,)
    assert record.phones == (MEMBER.phone,)
    assert record.organisation == MEMBER.company
    assert record.title == MEMBER.title
    assert record.industry == "Finans, bank"
    assert record.expertise == MEMBER.expertise
    assert record.dietary_needs == MEMBER.dietary_needs
    assert record.consent_share_contact is True
    assert record.member_since == dt.date(2019, 3, 1)
    assert record.left_on == dt.date(2026, 12, 31)


def test_no_consent_is_false_and_missing_dates_are_none() -> None:
    row = MemberRow(person_id=2, name="Ib Ærø")
    (record,) = read_vcards(roster_vcard([row]).encode()).records
    assert record.consent_share_contact is False
    assert (record.member_since, record.left_on, record.expertise) == (None, None, ())


def test_categories_of_other_programs_are_no_expertise() -> None:
    parsed = read_vcards((SAMPLES / "android_v21_qp_utf8.vcf").read_bytes())
    assert all(record.expertise == () for record in parsed.records)
    (foreign,) = read_vcards(card("VERSION:3.0", "FN:Ib", "CATEGORIES:Kunder,VIP")).records
    assert foreign.expertise == ()


@pytest.mark.parametrize("version", ["2.1", "3.0", "4.0"])
def test_categories_of_an_own_card_are_split_at_unescaped_commas(version: str) -> None:
    lines = [f"VERSION:{version}", OWN_PRODID, "FN:Ib"]
    if version == "2.1":  # no escaping in 2.1: a comma or ; separates
        lines.append("CATEGORIES:Drift,Sikkerhed;Cloud")
        expected: tuple[str, ...] = ("Drift", "Sikkerhed", "Cloud")
    else:
        lines += ["CATEGORIES:Drift,ITIL\\, v4,,C:\\\\", "item2.CATEGORIES:Cloud,Drift"]
        expected = ("Drift", "ITIL, v4", "C:\\", "Cloud")
    (record,) = read_vcards(card(*lines)).records
    assert record.expertise == expected


def test_x_properties_are_read_with_a_group_and_in_any_case() -> None:
    (record,) = read_vcards(
        card(
            "VERSION:3.0",
            "FN:Ib",
            "x-coordinator-industry:Energi",
            "item3.X-COORDINATOR-DIET:Vegan\\nIngen nødder",
            "X-COORDINATOR-CONSENT:false",
            "X-COORDINATOR-MEMBER-SINCE:2020-02-01",
            "X-COORDINATOR-LEFT:31-12-2024",
        )
    ).records
    assert record.industry == "Energi"
    assert record.dietary_needs == "Vegan\nIngen nødder"
    assert record.consent_share_contact is False
    assert (record.member_since, record.left_on) == (dt.date(2020, 2, 1), dt.date(2024, 12, 31))


def test_a_bad_date_in_a_card_is_a_problem() -> None:
    parsed = read_vcards(card("VERSION:4.0", "FN:Ib", "X-COORDINATOR-MEMBER-SINCE:snart"))
    assert [(p.code, p.value) for p in parsed.problems] == [("date_left_out", "snart")]
    assert parsed.records[0].member_since is None
