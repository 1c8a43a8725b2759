"""`export email`: the e-mail drafts of the GUI from the command line, read back as mail
programs read them (policy.default, and compat32 with a strict RFC 2047 decoder)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.domain.enums import Confidentiality, Role
from coordinator_app.domain.logistics import VisitInput
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, logistics, minutes, planner, roster
from coordinator_app.store.database import open_database
from tests.cli.helpers import assert_one_line_error, run, usage_error

GROUP = "IT Drift"
DAY = dt.date(2027, 3, 9)
COORDINATOR = ("Birgitte Ærenlund", "birgitte@example.dk")
# 14 members besides the coordinator: non-ASCII names with spaces, long enough to fold Bcc.
MEMBERS = (
    ("Søren Østergaard", "soeren.oestergaard@dansk-havnelogistik.example"),
    ("Łukasz Żółć", "lukasz.zolc@nordlys-energi.example"),
    ("Þóra Ægisdóttir", "thora@reykjavik-data.example"),
    ("Åse Bækgaard", "aase.baekgaard@rm.example"),
    ("Jens Ødegaard Holm", "jens.holm@vestkyst-forsikring.example"),
    ("Mette Kjær", "mette@fjordbanken.example"),
    ("Karen Blixen-Møller", "kbm@aarhus.example"),
    ("Frederikke Dahl", "frederikke.dahl@groen-transport.example"),
    ("Peter Ærø", "peter@byggedata.example"),
    ("Ole Bach", "ole.bach@sdu-hospital.example"),
    ("Henrik Lund", "henrik.lund@mejeri-oeresund.example"),
    ("Vibeke Quistgaard-Zahle", "vibeke@zebrafisk.example"),
    ("Zoë Ångström-Ñúñez", "zoe@example.dk"),
    ("Hans Christian Sørensen Ølstykke Østergaard Ærenlund", "hcs@example.dk"),
)
SECRET = "HEMMELIG-FUSION-7731"


@pytest.fixture
def meeting_id(db_path: Path) -> int:
    """A group with a coordinator and 14 members, a meeting at a host with a contact, and a
    round-table entry for the group only."""
    db = open_database(db_path)
    try:
        group_id = groups.create_group(db, GROUP)
        roster.add_member(
            db,
            group_id,
            PersonInput(name=COORDINATOR[0], email=COORDINATOR[1]),
            joined_on=dt.date(2020, 1, 1),
            role=Role.COORDINATOR,
        )
        ids = [
            roster.add_member(
                db,
                group_id,
                PersonInput(name=name, email=address),
                JobInput("Fjordbanken" if n == 5 else f"Firma {n}", started_on=dt.date(2015, 1, 1)),
                joined_on=dt.date(2020, 1, 1),
            )
            for n, (name, address) in enumerate(MEMBERS)
        ]
        host = planner.host_for_name(db, "Fjordbanken")
        mid = planner.create_meeting(
            db, group_id, MeetingInput(DAY, theme="AI i driften – Søren fortæller", host_id=host)
        )
        logistics.save_visit(
            db,
            mid,
            VisitInput(
                contact_name="Mette Kjær",
                contact_email="mette@fjordbanken.example",
                address="Strandvejen 112, 2900 Hellerup",
            ),
        )
        minutes.add_entry(
            db, mid, ids[0], minutes.EntryInput(SECRET, level=Confidentiality.GROUP_ONLY)
        )
        minutes.add_entry(
            db, mid, ids[1], minutes.EntryInput("Delbar status", level=Confidentiality.SHAREABLE)
        )
    finally:
        db.close()
    return mid


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def mailboxes(message: EmailMessage, header: str) -> list[tuple[str, str]]:
    return [(a.display_name, a.addr_spec) for a in message[header].addresses]


def strict_mailboxes(path: Path, header: str) -> list[tuple[str, str]]:
    old = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
    return [
        (str(make_header(decode_header(name))), address)
        for name, address in getaddresses([str(old[header])])
    ]


def member_addresses(db_path: Path, mid: int) -> list[tuple[str, str]]:
    db = open_database(db_path)
    try:
        return logistics.member_addresses(db, mid)
    finally:
        db.close()


def test_help_lists_the_email_export(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "export email MEETING_ID --to members|host" in out
    assert "[--attach agenda|minutes-pdf|minutes-docx|minutes-md]" in out


def test_members_email_with_the_agenda_has_every_member_in_bcc(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, meeting_id: int
) -> None:
    out = tmp_path / "invitation.eml"
    code, stdout, err = run(
        capsys, db_path, "export", "email", str(meeting_id), "--to", "members", "-o", str(out)
    )
    assert (code, err) == (0, ""), err
    assert f"Wrote the e-mail to 15 members (in Bcc) of meeting {meeting_id}" in stdout
    message = parse(out)
    expected = member_addresses(db_path, meeting_id)
    assert len(expected) == 15
    assert sorted(expected) == sorted([COORDINATOR, *MEMBERS])
    assert mailboxes(message, "Bcc") == expected
    assert strict_mailboxes(out, "Bcc") == expected
    assert mailboxes(message, "From") == [COORDINATOR]
    assert mailboxes(message, "To") == [COORDINATOR]
    assert (
        message["Subject"]
        == "IT Drift: AI i driften – Søren fortæller d. 09-03-2027 – invitation og dagsorden"
    )
    assert message["X-Unsent"] == "1"
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "IT Drift 2027-03-09.pdf"
    assert attachment.get_content().startswith(b"%PDF-")


def test_host_email_goes_to_the_host_contact(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, meeting_id: int
) -> None:
    out = tmp_path / "vaert.eml"
    code, stdout, err = run(
        capsys,
        db_path,
        "export",
        "email",
        str(meeting_id),
        "--to",
        "host",
        "-o",
        str(out),
        "--lang",
        "en",
    )
    assert (code, err) == (0, ""), err
    assert "Wrote the e-mail to the host contact" in stdout
    message = parse(out)
    assert mailboxes(message, "To") == [("Mette Kjær", "mette@fjordbanken.example")]
    assert strict_mailboxes(out, "To") == [("Mette Kjær", "mette@fjordbanken.example")]
    assert message["Bcc"] is None
    assert list(message.iter_attachments()) == []
    body = message.get_body(preferencelist=("plain",))
    assert isinstance(body, EmailMessage)
    assert "Dear Mette Kjær" in body.get_content()
    assert "Where can we park?" in body.get_content()


@pytest.mark.parametrize(
    ("attach", "mime_type", "suffix"),
    [
        ("minutes-pdf", "application/pdf", "pdf"),
        (
            "minutes-docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        ("minutes-md", "text/markdown", "md"),
    ],
)
def test_minutes_email_in_each_format(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    meeting_id: int,
    attach: str,
    mime_type: str,
    suffix: str,
) -> None:
    out = tmp_path / "referat.eml"
    code, stdout, err = run(
        capsys,
        db_path,
        "export",
        "email",
        str(meeting_id),
        "--to",
        "members",
        "--attach",
        attach,
        "--omit-confidential",
        "-o",
        str(out),
    )
    assert (code, err) == (0, ""), err
    assert "1 confidential text left out" in stdout
    message = parse(out)
    assert mailboxes(message, "Bcc") == member_addresses(db_path, meeting_id)
    assert strict_mailboxes(out, "Bcc") == member_addresses(db_path, meeting_id)
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == mime_type
    assert attachment.get_filename() == f"IT Drift 2027-03-09.{suffix}"
    if suffix == "md":
        assert attachment.get_param("charset") == "utf-8"
        text = attachment.get_content()
        assert "Delbar status" in text and SECRET not in text
    assert SECRET.encode() not in out.read_bytes()


def test_the_cli_writes_the_drafts_the_gui_writes(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, meeting_id: int
) -> None:
    from coordinator_app.domain.minutes import ExportOptions
    from coordinator_app.ui.logistics.export import write_host_email, write_members_email
    from coordinator_app.ui.minutes.export import write_minutes_email

    db = open_database(db_path)
    try:
        gui = {
            "host": write_host_email(db, meeting_id, tmp_path / "gui-host.eml", "da"),
            "agenda": write_members_email(db, meeting_id, tmp_path / "gui-agenda.eml", "da"),
            "minutes-md": write_minutes_email(
                db,
                meeting_id,
                tmp_path / "gui-minutes.eml",
                "md",
                ExportOptions(omit_confidential=True, anonymise=True, lang="da"),
                None,
            ),
        }
    finally:
        db.close()
    for kind, gui_file in gui.items():
        cli_file = tmp_path / f"cli-{kind}.eml"
        to = ["--to", "host"] if kind == "host" else ["--to", "members", "--attach", kind]
        if kind == "minutes-md":
            to += ["--omit-confidential", "--anonymise"]
        code, _, err = run(
            capsys, db_path, "export", "email", str(meeting_id), *to, "-o", str(cli_file)
        )
        assert code == 0, err
        mine, theirs = parse(cli_file), parse(gui_file)
        for header in ("From", "To", "Bcc", "Subject", "X-Unsent"):
            assert str(mine[header]) == str(theirs[header]), (kind, header)
        mine_body = mine.get_body(preferencelist=("plain",))
        theirs_body = theirs.get_body(preferencelist=("plain",))
        assert isinstance(mine_body, EmailMessage) and isinstance(theirs_body, EmailMessage)
        assert mine_body.get_content() == theirs_body.get_content()
        names = [(a.get_filename(), a.get_content_type()) for a in mine.iter_attachments()]
        assert names == [
            (a.get_filename(), a.get_content_type()) for a in theirs.iter_attachments()
        ]
        if kind == "minutes-md":
            (a,) = mine.iter_attachments()
            (b,) = theirs.iter_attachments()
            assert a.get_content() == b.get_content()


def test_a_member_without_a_usable_address_is_named(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, meeting_id: int
) -> None:
    db = open_database(db_path)
    try:
        group_id = groups.find_group(db, GROUP)
        person = roster.add_member(
            db, group_id, PersonInput(name="Ida Holm", email="ida@example.dk"), joined_on=DAY
        )
    finally:
        db.close()
    # An address that was fine when typed, but not one a draft can carry (a non-ASCII local part
    # needs SMTPUTF8): written into the database as another program might have.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE people SET email = ? WHERE id = ?", ("ída@example.dk", person))
    conn.close()
    out = tmp_path / "invitation.eml"
    code, stdout, err = run(
        capsys, db_path, "export", "email", str(meeting_id), "--to", "members", "-o", str(out)
    )
    assert code == 0
    assert err == "left out Ida Holm: “ída@example.dk” is not an e-mail address\n"
    assert "to 15 members" in stdout
    assert "ída" not in str(parse(out)["Bcc"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "host", "--attach", "agenda"], "--attach works only with --to members"),
        (["--to", "members", "--omit-confidential"], "work only with the minutes attached"),
        (["--to", "host", "--anonymise"], "work only with the minutes attached"),
        (
            ["--to", "members", "--attach", "minutes-md", "--password-file", "pw.txt"],
            "--password-file works only with --attach minutes-pdf",
        ),
        (["--to", "everyone"], "invalid choice"),
        (["--attach", "agenda"], "--to"),
    ],
)
def test_wrong_combinations_are_usage_errors(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    err = usage_error(capsys, db_path, "export", "email", "1", *argv, "-o", str(tmp_path / "x.eml"))
    assert message in err
    assert not (tmp_path / "x.eml").exists()


def test_a_missing_meeting_is_a_user_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, meeting_id: int
) -> None:
    out = tmp_path / "x.eml"
    code, stdout, err = run(
        capsys, db_path, "export", "email", "999", "--to", "members", "-o", str(out)
    )
    assert code == 1 and stdout == ""
    assert_one_line_error(err)
    assert not out.exists()
