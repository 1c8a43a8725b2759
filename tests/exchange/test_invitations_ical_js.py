"""Every invitation parses in Mozilla's ical.js (the parser of Thunderbird's calendar), too.

python-icalendar is the app's own library, so it is no independent judge of what the app
writes. ical.js is: `ICAL.parse` throws on a line that is not iCalendar. It is a Node package,
installed outside the app into `.tools/node`:

    npm install --prefix .tools/node ical.js

(or point ICAL_JS at its `dist/ical.js`). Without node or the package this test FAILS: CI must
install both (see the report of issue #19); it never skips.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.domain.enums import AgendaKind, MeetingStatus
from coordinator_app.domain.meetings import AgendaLine, MeetingDocument
from coordinator_app.exchange.invitation_mail import Invitation, invitation_eml
from coordinator_app.exchange.itip_invitation import Party

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("ical_js_check.mjs")
DEFAULT_LIBRARY = ROOT / ".tools" / "node" / "node_modules" / "ical.js" / "dist" / "ical.js"
STAMP = dt.datetime(2026, 11, 20, 8, 15, 0, tzinfo=dt.UTC)
ORGANIZER = Party("Søren Østergaard", "soeren@example.dk")
ATTENDEES = (
    Party("Anna Jensen", "anna@example.dk"),
    Party('Jensen, "Bo"; Ærø: ^', "bo@example.dk"),
    Party("Łukasz Żółć " + "x" * 120, "lukasz@example.dk"),
    Party("", "ingen.navn@example.dk"),
)


def _node_and_library() -> tuple[str, Path]:
    node = shutil.which("node")
    library = Path(os.environ.get("ICAL_JS", DEFAULT_LIBRARY))
    if node is None:
        pytest.fail("node is not installed: CI must install Node.js (>= 18) for this test")
    if not library.is_file():
        pytest.fail(
            f"ical.js is not installed at {library}: run `npm install --prefix .tools/node "
            "ical.js` (or set ICAL_JS to its dist/ical.js)"
        )
    return node, library


def _document(**changes: Any) -> MeetingDocument:
    document = MeetingDocument(
        meeting_id=7,
        ical_uid="4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app",
        ical_sequence=4,
        group_name="IT Drift; Øst, Vest",
        date=dt.date(2027, 6, 8),
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        theme='NIS2 "i praksis"\\n; C:\\Net',
        status=MeetingStatus.PLANNED,
        host_name="Fjordbanken A/S",
        host_address="Strandvejen 112\n2900 Hellerup",
        agenda=(
            AgendaLine(dt.time(9, 30), dt.time(10, 0), 30, "Ankomst, kaffe", AgendaKind.ARRIVAL),
            AgendaLine(
                dt.time(10, 0), dt.time(11, 0), 60, "Oplæg", AgendaKind.TALK, speaker="Åse Ørum"
            ),
        ),
    )
    return dataclasses.replace(document, **changes)


def _calendars() -> list[tuple[str, bytes, str, int]]:
    """(name, calendar, method, sequence) of a set of invitations and cancellations."""
    cases = [
        ("request", _document(), False, 0),
        ("update", _document(date=dt.date(2027, 6, 15)), False, 1),
        ("winter", _document(date=dt.date(2027, 1, 12), host_address=""), False, 2),
        ("cancel", _document(status=MeetingStatus.CANCELLED), True, 3),
    ]
    result = []
    for name, document, cancelled, sequence in cases:
        for number, attendee in enumerate(ATTENDEES):
            data = invitation_eml(
                Invitation(document, sequence, cancelled, ORGANIZER, attendee),
                lang="da",
                stamp=STAMP,
            )
            message = email.message_from_bytes(data, policy=email.policy.default)
            for part in message.walk():
                if part.get_content_type() in ("text/calendar", "application/ics"):
                    payload = part.get_payload(decode=True)
                    assert isinstance(payload, bytes)
                    result.append(
                        (
                            f"{name}-{number}-{part.get_content_subtype()}.ics",
                            payload,
                            "CANCEL" if cancelled else "REQUEST",
                            sequence,
                        )
                    )
    return result


def test_every_invitation_parses_in_ical_js(tmp_path: Path) -> None:
    node, library = _node_and_library()
    calendars = _calendars()
    paths = []
    for name, data, _method, _sequence in calendars:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    done = subprocess.run(
        [node, str(SCRIPT), str(library), *paths],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(calendars) == 2 * 4 * len(ATTENDEES)
    for result, (name, _data, method, sequence) in zip(results, calendars, strict=True):
        assert result["ok"], f"{name}: {result.get('error')}"
        assert result["method"] == method, name
        assert (result["vevents"], result["attendees"]) == (1, 1), name
        assert result["uid"] == "4b0c6a4e-0d5c-4d0e-9a57-1f3f0c2b7e11@coordinator-app"
        assert result["sequence"] == sequence, name
        assert result["organizer"] == "mailto:soeren@example.dk"
        assert result["timezone"] == "Europe/Copenhagen", name
        if method == "REQUEST":
            assert result["partstat"] == ["NEEDS-ACTION"], name
        else:
            assert result["status"] == "CANCELLED", name
