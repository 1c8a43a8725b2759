"""The import benchmark's subprocess: read a vCard file and import it into a group, as the GUI does.

    python benchmarks/import_probe.py DATABASE VCARD_FILE GROUP_ID

Reads the file (`read_contacts`), plans the import against the people in the database
(`plan_import`) and applies it in one transaction (`apply_import`). Prints one JSON line: the
seconds from reading the file to the commit, the contacts added and the process's peak resident
memory (ru_maxrss, which includes the interpreter and the libraries).
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from coordinator_app.exchange.contacts_import import read_contacts
from coordinator_app.services.contact_import import apply_import, plan_import
from coordinator_app.store.database import open_database


def _peak_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's VmHWM, which starts afresh with the program; `ru_maxrss` is carried over from the
    parent through fork and exec, so a child of a big benchmark runner would report the
    runner's size. Elsewhere `ru_maxrss` (KiB on Linux and the BSDs).
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    database, vcards, group = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    db = open_database(database)
    try:
        started = time.perf_counter()
        parsed = read_contacts(vcards.read_bytes(), vcards.name)
        plan = plan_import(db, parsed)
        result = apply_import(db, group, plan.rows, joined_on=dt.date(2026, 9, 1))
        seconds = time.perf_counter() - started
    finally:
        db.close()
    peak_kb = _peak_kb()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "records": len(parsed.records),
                "problems": len(parsed.problems),
                "added": result.added,
                "peak_kb": peak_kb,
            }
        )
    )


if __name__ == "__main__":
    main()
