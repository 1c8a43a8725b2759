"""The encrypted-at-rest benchmarks (issue #16), run by `run.py --only encrypted`: the same work
on the plaintext database and on an encrypted copy of it (see docs/performance.md)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.run import Result

BENCH_DIR = Path(__file__).resolve().parent


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _store_start(path: Path, repeat: int, key: Any) -> dict[str, float]:
    """The database's part of the start, as the GUI does it: the early check (`FileCheck`:
    quick_check and the schema check) and the preview's read of the first group (`peek`),
    then `open_database` with that check and the first roster read (services)."""
    from coordinator_app.services import roster
    from coordinator_app.store.database import open_database
    from coordinator_app.store.peek import peek_roster
    from coordinator_app.store.sqlite_file import FileCheck

    checks: list[float] = []
    peeks: list[float] = []
    opens: list[float] = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        check = FileCheck(path, key)
        check.wait()
        checks.append(_ms(time.perf_counter() - started))
        started = time.perf_counter()
        preview = peek_roster(path, key=key)
        peeks.append(_ms(time.perf_counter() - started))
        if preview is None:
            raise RuntimeError(f"the start preview read nothing from {path}")
        started = time.perf_counter()
        db = open_database(path, key=key, file_check=check)
        try:
            roster.roster(db, preview.group_id, include_former=False)
        finally:
            db.close()
        opens.append(_ms(time.perf_counter() - started))
    return {
        "start: early check of the file (FileCheck, large)": statistics.median(checks[1:]),
        "start: the preview's members read (peek, large)": statistics.median(peeks[1:]),
        "start: open_database and the first roster read (large)": statistics.median(opens[1:]),
    }


_GUI_START = {
    "paint": "start: first paint of the main window (large)",
    "data": "start: main view filled with data (large)",
    "ready": "start: main window ready to work in (large)",
}


def _gui_start(path: Path, repeat: int, key: Any) -> dict[str, float]:
    """The GUI's own start in a fresh process (`app_probe.py start`), as `run.py`'s start
    benchmark measures it. An encrypted file is opened with its key "remembered" by the
    benchmarks' keyring (`bench_keyring.py`), as on a computer whose keyring holds it."""
    from benchmarks.run import _private_home, _probe

    taken: dict[str, list[float]] = {}
    with _private_home() as env:
        if key is not None:
            env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.BenchKeyring"
            env["COORDINATOR_BENCH_DATA_KEY"] = key.hex
        probe = [str(BENCH_DIR / "app_probe.py"), "start", str(path)]
        _probe(probe, env)  # warm the file cache
        for _ in range(repeat):
            started, report = _probe(probe, env)
            for field, name in _GUI_START.items():
                taken.setdefault(name, []).append(_ms(report[field] - started))
    return {name: statistics.median(values) for name, values in taken.items()}


def _encrypted_copy(source: Path, folder: Path, key: Any) -> Path:
    from coordinator_app.store.database import copy_sqlite

    target = folder / source.name
    print(f"encrypting a copy of {source.name} …", file=sys.stderr, flush=True)
    copy_sqlite(source, target, key=None, into_key=key)
    return target


def encryption_benchmarks(large: Path, xl: Path, repeat: int) -> list[Result]:
    """The same work on the plaintext database and on an encrypted copy of it, in one run and
    interleaved (plain, encrypted, three times over): each encrypted figure with the plaintext
    one as its floor, target 1.25×. The GUI's own start (first paint, filled, ready in a fresh
    process) opens the encrypted copy with the key its keyring remembers (`_gui_start`); the
    database's part of that start is measured on its own too (`_store_start`)."""
    import secrets

    from benchmarks.generate import BIG_ROUND_TABLE
    from benchmarks.run import Result, minutes_benchmarks, planner_benchmarks, roster_benchmarks
    from coordinator_app.store.keys import DataKey

    key = DataKey(secrets.token_bytes(32))
    plain: dict[str, list[float]] = {}
    encrypted: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="coordinator-encrypted-", dir=BENCH_DIR) as tmp:
        folder = Path(tmp)
        enc_large = _encrypted_copy(large, folder, key)
        enc_xl = _encrypted_copy(xl, folder, key)

        def measure(into: dict[str, list[float]], secret: bool) -> None:
            on_large, on_xl = (enc_large, enc_xl) if secret else (None, None)
            with_key = key if secret else None
            figures = _store_start(on_large or large, repeat, with_key)
            figures.update(_gui_start(on_large or large, repeat, with_key))
            wanted = {
                "planner: switch to another year (large)",
                "planner: switch to another group (large)",
                f"minutes: open a meeting with {BIG_ROUND_TABLE} entries (large)",
            }
            results = planner_benchmarks(large, repeat, opened=on_large, key=with_key)
            results += minutes_benchmarks(large, repeat, opened=on_large, key=with_key)
            figures.update({r.name: r.value for r in results if r.name in wanted})
            roster = roster_benchmarks(xl, max(1, repeat // 2), opened=on_xl, key=with_key)
            figures.update({r.name: r.value for r in roster[:2]})  # median and slowest key
            for name, value in figures.items():
                into.setdefault(name, []).append(value)

        # Interleaved, three rounds: a machine whose load changes meanwhile slows both alike.
        for _ in range(3):
            measure(plain, False)
            measure(encrypted, True)
    return [
        Result(
            f"encrypted: {name}",
            statistics.median(encrypted[name]),
            "ms",
            1.25,
            statistics.median(values),
        )
        for name, values in plain.items()
    ]
