"""Tests for the e-mail drafts: texts in both languages, encoding, attachments, hostile input."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import email
import email.policy
import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.logistics import (
    QUESTION_FIELDS,
    CateringSummary,
    EmailDraft,
    VisitInput,
    open_questions,
)
from coordinator_app.domain.meetings import MeetingDocument
from coordinator_app.exchange.eml import (
    eml_bytes,
    eml_texts,
    host_questions_draft,
    members_agenda_draft,
    write_eml,
)

SENT = dt.datetime(2027, 2, 20, 10, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.4\n\x00\x01\x02\xff binary agenda\r\n%%EOF\n"
CATERING = CateringSummary(
    yes=10, no=1, maybe=2, invited=1, guests=2, diets={"glutenfri": 1, "vegetar": 2}
)
MEMBERS = (
    ("Łukasz Żółć", "lukasz@nordlys.dk"),
    ("Åse Bækgaard", "aase@rm.dk"),
    ("Søren Østergaard", "soeren@example.dk"),
)


def demo_meeting(**changes: object) -> MeetingDocument:
    meeting = MeetingDocument(
        meeting_id=7,
        ical_uid="meeting-7@coordinator.local",
        ical_sequence=0,
        group_name="IT Drift",
        date=dt.date(2027, 3, 9),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme="AI i driften",
        status=MeetingStatus.CONFIRMED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        coordinator_name="Birgitte Ærenlund",
        coordinator_email="birgitte@example.dk",
    )
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def host_draft(lang: str = "da", **changes: object) -> EmailDraft:
    arguments: dict[str, object] = {
        "contact_name": "Mette Kjær",
        "contact_email": "mette@fjordbanken.dk",
        "questions": ["parking", "wifi", "tour_guide"],
        "catering": CATERING,
        "lang": lang,
        "sender_name": "Birgitte Ærenlund",
        "sender_email": "birgitte@example.dk",
    }
    arguments.update(changes)
    return host_questions_draft(demo_meeting(), **arguments)  # type: ignore[arg-type]


def members_draft(lang: str = "da", **changes: object) -> EmailDraft:
    arguments: dict[str, object] = {
        "members": MEMBERS,
        "agenda_pdf": PDF,
        "agenda_file_name": "Dagsorden 09-03-2027.pdf",
        "lang": lang,
        "sender_name": "Birgitte Ærenlund",
        "sender_email": "birgitte@example.dk",
    }
    arguments.update(changes)
    return members_agenda_draft(demo_meeting(), **arguments)  # type: ignore[arg-type]


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def assert_well_formed(data: bytes) -> None:
    """CRLF everywhere (no bare LF or CR), no line longer than RFC 5322's 998 octets."""
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    for line in lines:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 998
    assert data.isascii()  # 7-bit on the wire: encoded words, quoted-printable, base64


# --- the host draft -------------------------------------------------------------------------


def test_host_draft_in_danish() -> None:
    message = parse(eml_bytes(host_draft("da"), date=SENT))
    assert message["From"] == "Birgitte Ærenlund <birgitte@example.dk>"
    assert message["To"] == "Mette Kjær <mette@fjordbanken.dk>"
    assert message["Bcc"] is None
    assert message["Subject"] == "IT Drift: besøget d. 09-03-2027 – praktiske spørgsmål"
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime == SENT
    assert message["Message-ID"] is None
    body = body_of(message)
    for expected in (
        "Kære Mette Kjær",
        "Tak fordi Fjordbanken A/S vil være vært for vores netværksmøde "
        "tirsdag d. 9. marts 2027, kl. 09.30–16.00.",
        "Dagens tema er »AI i driften«.",
        "Vi forventer 10 deltagere (heraf 2 gæster), op til 12.",
        "Kosthensyn: glutenfri (1), vegetar (2).",
        "- Hvor kan vi parkere?",
        "- Er der gæste-Wi-Fi",
        "- Hvem viser os rundt på rundvisningen?",
        "Venlig hilsen\nBirgitte Ærenlund\nIT Drift",
    ):
        assert expected in body, expected
    assert "Where can we park" not in body
    assert "adresse" not in body  # only the questions asked


def test_host_draft_in_english() -> None:
    message = parse(eml_bytes(host_draft("en"), date=SENT))
    assert message["Subject"] == "IT Drift: the visit on 2027-03-09 – practical questions"
    body = body_of(message)
    for expected in (
        "Dear Mette Kjær",
        "at Fjordbanken A/S on Tuesday 9 March 2027, 09:30–16:00.",
        "We expect 10 participants (including 2 guests), up to 12.",
        "Dietary needs: glutenfri (1), vegetar (2).",
        "- Where can we park?",
        "- Who will guide us on the tour?",
        "Kind regards",
    ):
        assert expected in body, expected
    assert "parkere" not in body


def test_every_question_field_has_a_question_in_both_languages() -> None:
    for lang in ("da", "en"):
        texts = eml_texts(lang)
        assert [name for name, _ in texts.questions] == list(QUESTION_FIELDS)
        for name in QUESTION_FIELDS:
            assert texts.question(name).endswith("?")
    assert eml_texts("da").question("parking") == "Hvor kan vi parkere?"
    assert eml_texts("en-GB").question("parking") == "Where can we park?"
    # Every open question of an empty visit is asked, in the order given, each once.
    questions = open_questions(VisitInput())
    body = host_draft("da", questions=[*questions, "parking"]).body
    asked = [line for line in body.splitlines() if line.startswith("- ")]
    assert asked == [f"- {eml_texts('da').question(name)}" for name in QUESTION_FIELDS]


def test_unknown_question_is_refused() -> None:
    with pytest.raises(ValueError, match="contact_email"):
        host_draft("da", questions=["contact_email"])


def test_host_draft_numbers_without_maybes_diets_or_catering() -> None:
    plain = CateringSummary(yes=1, no=0, maybe=0, invited=0, guests=0)
    body = host_draft("da", catering=plain).body
    assert "Vi forventer 1 deltager." in body
    assert "op til" not in body
    assert "Ingen af de tilmeldte har særlige kosthensyn." in body
    nobody = CateringSummary(yes=0, no=3, maybe=0, invited=5, guests=0)
    assert "ingen tilmeldinger" in host_draft("da", catering=nobody).body
    body = host_draft("en", catering=None).body
    assert "expect" not in body and "Dietary" not in body


def test_host_draft_without_questions_says_all_is_settled() -> None:
    draft = host_draft("da", questions=[])
    assert draft.subject == "IT Drift: besøget d. 09-03-2027 – antal deltagere"
    assert "alt praktisk på plads" in draft.body
    assert "- " not in draft.body


# --- the members draft ----------------------------------------------------------------------


def test_members_draft_puts_members_in_bcc_with_the_agenda_attached() -> None:
    draft = members_draft("da", members=(*MEMBERS, ("Uden Adresse", ""), MEMBERS[0]))
    assert draft.bcc
    assert draft.to == MEMBERS  # no empty address, no one twice
    data = eml_bytes(draft, date=SENT)
    message = parse(data)
    assert message["To"] == "Birgitte Ærenlund <birgitte@example.dk>"
    bcc = message["Bcc"]
    assert [(a.display_name, a.addr_spec) for a in bcc.addresses] == list(MEMBERS)
    assert message["Subject"] == "IT Drift: AI i driften d. 09-03-2027 – invitation og dagsorden"
    body = body_of(message)
    for expected in (
        "Kære alle",
        "Hermed invitation til vores næste møde i IT Drift:",
        "tirsdag d. 9. marts 2027, kl. 09.30–16.00",
        "Fjordbanken A/S, Strandvejen 112, 2900 Hellerup",
        "vedhæftede dagsorden",
        "Svar venligst ja eller nej",
    ):
        assert expected in body, expected
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "Dagsorden 09-03-2027.pdf"
    assert attachments[0].get_content() == PDF
    assert attachments[0]["Content-Transfer-Encoding"] == "base64"
    # The members' addresses appear nowhere but in Bcc.
    assert data.count(b"lukasz@nordlys.dk") == 1


def test_members_draft_in_english() -> None:
    message = parse(eml_bytes(members_draft("en"), date=SENT))
    assert message["Subject"] == "IT Drift: AI i driften on 2027-03-09 – invitation and agenda"
    body = body_of(message)
    assert "Dear all" in body
    assert "Tuesday 9 March 2027, 09:30–16:00" in body
    assert "Please see the attached agenda" in body
    assert "Please reply yes or no" in body


def test_attachment_file_names() -> None:
    message = parse(eml_bytes(members_draft(agenda_file_name="Dagsorden æøå ÆØÅ.pdf")))
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "Dagsorden æøå ÆØÅ.pdf"
    assert attachment.get_content() == PDF
    assert members_draft(agenda_file_name="Møde i Århus").attachments[0][0] == "Møde i Århus.pdf"
    assert members_draft(agenda_file_name="").attachments[0][0] == "dagsorden.pdf"
    assert members_draft("en", agenda_file_name=" ../ ").attachments[0][0] == "_.pdf"
    assert members_draft("en", agenda_file_name="...").attachments[0][0] == "agenda.pdf"
    hostile = members_draft(agenda_file_name='..\\..\\a/b:c*?"<>|\r\nBcc: evil@x.dk.pdf')
    name = hostile.attachments[0][0]
    assert name.endswith(".pdf")
    assert not set('\\/:*?"<>|\r\n') & set(name)
    long_name = members_draft(agenda_file_name="æ" * 1000 + ".pdf").attachments[0][0]
    assert len(long_name) <= 120 and long_name.endswith(".pdf")


def test_theme_and_group_missing() -> None:
    draft = members_draft("da")
    meeting = demo_meeting(group_name="", theme="", host_name="", host_address="")
    draft = members_agenda_draft(
        meeting,
        members=MEMBERS,
        agenda_pdf=PDF,
        agenda_file_name="a.pdf",
        lang="da",
        sender_name="",
        sender_email="",
    )
    assert draft.subject == "Netværksmøde d. 09-03-2027 – invitation og dagsorden"
    assert "Hermed invitation til vores næste netværksmøde:" in draft.body
    host = host_questions_draft(
        meeting,
        contact_name="",
        contact_email="",
        questions=["room"],
        catering=None,
        lang="en",
        sender_name="",
        sender_email="",
    )
    assert host.subject == "The visit on 2027-03-09 – practical questions"
    assert host.body.startswith("Hello\n\nThank you for hosting our network meeting on Tuesday")


# --- the message ----------------------------------------------------------------------------


def test_message_is_crlf_seven_bit_and_short_lined() -> None:
    for draft in (host_draft("da"), members_draft("da"), members_draft("en")):
        assert_well_formed(eml_bytes(draft, date=SENT))
    long = dataclasses.replace(
        host_draft("da"),
        subject="Æ" * 2000 + " " + "x" * 3000,
        body=("Første linje " + "ø" * 5000 + "\n") * 3 + "y" * 5000,
        sender_name="Ł" * 1000 + "x" * 1000,
    )
    data = eml_bytes(long, date=SENT)
    assert_well_formed(data)
    body = body_of(parse(data))
    assert "ø" * 5000 in body and "y" * 5000 in body


def test_unicode_names_and_subject_are_encoded_and_decode_back() -> None:
    draft = EmailDraft(
        sender_name="Birgitte Ærenlund",
        sender_email="birgitte@example.dk",
        to=(
            ("Łukasz Żółć", "lukasz@nordlys.dk"),
            ('Hansen, "Bo" \\ Ø', "bo@example.dk"),
            ("Ida (IT) <Holm>", "ida@xn--blbr-roah.dk"),
        ),
        subject="Æble, øl & årstider: Łódź – “citat” 😀",
        body="Hej\n",
    )
    data = eml_bytes(draft, date=SENT)
    assert b"\xc3" not in data  # no raw UTF-8 in the headers or body
    message = parse(data)
    assert message["Subject"] == draft.subject
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == list(draft.to)
    assert message["From"].addresses[0].display_name == "Birgitte Ærenlund"


def test_international_domain_is_written_in_ascii() -> None:
    draft = dataclasses.replace(host_draft("da"), to=(("Bo", "bo@blåbær.dk"),))
    message = parse(eml_bytes(draft, date=SENT))
    assert message["To"].addresses[0].addr_spec == "bo@xn--blbr-roah.dk"
    assert "blåbær.dk".encode("idna") == b"xn--blbr-roah.dk"


def test_bad_addresses_are_left_out() -> None:
    draft = EmailDraft(
        sender_name="Birgitte",
        sender_email="not an address",
        to=(
            ("A", ""),
            ("B", "no-at-sign"),
            ("C", "c@d.dk>, evil@x.dk"),
            ("D", "ø@local-part.dk"),
            ("E", "e@example.dk"),
        ),
        subject="s",
        body="b",
    )
    message = parse(eml_bytes(draft, date=SENT))
    assert message["From"] is None  # the mail program fills in its own account
    assert [a.addr_spec for a in message["To"].addresses] == ["e@example.dk"]
    assert b"evil" not in eml_bytes(draft, date=SENT)


@pytest.mark.parametrize(
    "evil",
    [
        "Birgitte\r\nBcc: evil@x.dk",
        "Birgitte\nBcc: evil@x.dk",
        "Birgitte\rBcc: evil@x.dk",
        "Birgitte\u2028Bcc: evil@x.dk",
        "Birgitte\x85Bcc: evil@x.dk",
        "=?utf-8?q?x=0D=0ABcc:_evil@x.dk?=",
    ],
)
def test_header_injection_is_impossible(evil: str) -> None:
    draft = EmailDraft(
        sender_name=evil,
        sender_email="birgitte@example.dk",
        to=((evil, "mette@fjordbanken.dk"),),
        subject=evil,
        body="Hej\r\nBcc: evil@x.dk\r\n",
        attachments=((evil + ".pdf", "application/pdf\r\nX-Evil: 1", PDF),),
    )
    data = eml_bytes(draft, date=SENT)
    assert_well_formed(data)
    message = parse(data)
    assert sorted(message.keys()) == sorted(
        ["From", "To", "Subject", "Date", "X-Unsent", "MIME-Version", "Content-Type"]
    )
    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/octet-stream"
    assert "Bcc" in message["Subject"]  # the text is kept, on one line
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]


def test_date_defaults_to_now_and_naive_means_local() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = parse(eml_bytes(host_draft()))["Date"].datetime
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    naive = dt.datetime(2027, 2, 20, 10, 0)
    assert parse(eml_bytes(host_draft(), date=naive))["Date"].datetime == naive.astimezone()


def test_same_draft_gives_the_same_bytes() -> None:
    assert eml_bytes(members_draft(), date=SENT) == eml_bytes(members_draft(), date=SENT)
    other = members_draft(agenda_pdf=PDF + b"x")
    assert eml_bytes(other, date=SENT) != eml_bytes(members_draft(), date=SENT)


def test_written_file_is_private(tmp_path: Path) -> None:
    out = tmp_path / "invitation æøå.eml"
    write_eml(members_draft(), out, date=SENT)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.read_bytes() == eml_bytes(members_draft(), date=SENT)


# Arbitrary text, and text made of the pieces a header injection is built from.
_HEADERISH = st.lists(
    st.sampled_from(
        [
            *("=?", "?=", "utf-8", "?q?", "?b?", "=0D=0A", "DQo", "\r\n", "\n", "\r", "\x85"),
            *(
                "\u2028",
                "Bcc: ",
                "evil@x.dk",
                " ",
                "Æ",
                "ø",
                "@",
                "<",
                ">",
                '"',
                ",",
                ";",
                "\\",
                ".",
            ),
        ]
    ),
    max_size=30,
).map("".join)
# RFC 2047 encoded words hiding line breaks: the email package decodes these when a header is set.
_ENCODED_WORD = st.builds(
    lambda text, b: (
        f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="
        if b
        else "=?utf-8?q?" + "".join(f"={byte:02X}" for byte in text.encode()) + "?="
    ),
    st.text(alphabet="\r\nBc: evil@x.dkÆ", min_size=1, max_size=30),
    st.booleans(),
)
_ANY_TEXT = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300), _HEADERISH, _ENCODED_WORD
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_ANY_TEXT,
    address=_ANY_TEXT,
    subject=_ANY_TEXT,
    body=_ANY_TEXT,
    file_name=_ANY_TEXT,
    mime_type=_ANY_TEXT,
    bcc=st.booleans(),
    lang=st.sampled_from(["da", "en", "", "zz"]),
)
def test_any_text_makes_a_well_formed_message(
    name: str,
    address: str,
    subject: str,
    body: str,
    file_name: str,
    mime_type: str,
    bcc: bool,
    lang: str,
) -> None:
    meeting = demo_meeting(group_name=name, theme=subject, host_name=body, host_address=address)
    drafts = [
        host_questions_draft(
            meeting,
            contact_name=name,
            contact_email=address,
            questions=["parking"],
            catering=CateringSummary(3, 0, 1, 0, 1, diets={body: 2}),
            lang=lang,
            sender_name=subject,
            sender_email=address,
        ),
        members_agenda_draft(
            meeting,
            members=((name, address), (body, "ok@example.dk")),
            agenda_pdf=body.encode(),
            agenda_file_name=file_name,
            lang=lang,
            sender_name=name,
            sender_email="birgitte@example.dk",
        ),
        EmailDraft(
            sender_name=name,
            sender_email=address,
            to=((name, address), (subject, "x@example.dk")),
            subject=subject,
            body=body,
            attachments=((file_name, mime_type, body.encode()),),
            bcc=bcc,
        ),
    ]
    for draft in drafts:
        data = eml_bytes(draft, date=SENT)
        assert_well_formed(data)
        message = parse(data)
        assert message["X-Unsent"] == "1"
        keys = message.keys()
        assert len(keys) == len(set(keys))
        assert set(keys) <= {
            "From",
            "To",
            "Bcc",
            "Subject",
            "Date",
            "X-Unsent",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
        }
        if not draft.bcc:
            assert "Bcc" not in keys
        for key in ("From", "To", "Bcc", "Subject"):
            assert "\n" not in str(message[key] or "") and "\r" not in str(message[key] or "")
        for attachment in message.iter_attachments():
            assert attachment.get_payload(decode=True) == body.encode()
