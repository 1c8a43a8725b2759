"""Run every benchmark of issue #7 and print one table (see docs/performance.md).

    python benchmarks/run.py [--json PATH] [--repeat N] [--only WORD ...]

Builds the large and the xl database with `generate.py` when they are missing (cached under
benchmarks/data/, which git ignores). Every figure is the median of repeated runs; where a
result has a floor (a bare PySide6 window), the floor is measured in the same run, interleaved
with the app, and the target is a ratio to it. Start and memory are measured in fresh processes
on Qt's offscreen platform; the rest in this process, offscreen too, with the app's widgets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import encrypted  # noqa: E402
from benchmarks.generate import (  # noqa: E402
    ASSOCIATION_GROUP,
    BIG_ROUND_TABLE,
    DEFAULT_SEED,
    SCALES,
    _Generator,
    default_path,
    generate,
)

BENCH_DIR = Path(__file__).resolve().parent
TODAY = dt.date(2026, 3, 1)  # the views' "today": inside the generated years, fixed for repeats
MB = 1024 * 1024


@dataclass(frozen=True)
class Result:
    """One line of the table. With a floor, `target` is the largest allowed value / floor.

    A line without a target (None) is there to be read beside the others; `met` is then None.
    """

    name: str
    value: float
    unit: str
    target: float | None
    floor: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        ratio = self.ratio
        return (ratio if ratio is not None else self.value) <= self.target

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": round(self.value, 2),
            "unit": self.unit,
            "floor": round(self.floor, 2) if self.floor is not None else None,
            "ratio": round(ratio, 2) if ratio is not None else None,
            "target": self.target,
            "met": self.met,
        }


# -- helpers -------------------------------------------------------------------------------------
def _ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(action: Callable[[], object]) -> float:
    """Milliseconds `action` takes."""
    started = time.perf_counter()
    action()
    return _ms(time.perf_counter() - started)


def median_ms(action: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    return statistics.median(timed(action) for _ in range(repeat))


def ensure_database(scale: str) -> Path:
    """The cached database of `scale`, generated if it is missing or of an older schema."""
    path = default_path(scale)
    if path.exists() and _stored_revision(path) != _head_revision():
        path.unlink()  # made before a schema change: make it again rather than migrate it
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating the {scale} database ({path.name}) …", file=sys.stderr, flush=True)
        stats = generate(path, SCALES[scale], DEFAULT_SEED)
        print(f"  {stats.line()}", file=sys.stderr, flush=True)
    return path


def _stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _head_revision() -> str:
    from coordinator_app.store.database import head_revision

    return head_revision()


def _query(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    import PySide6
    import sqlalchemy

    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": _driver_sqlite(),
        "qt_platform": "offscreen",
    }


def _driver_sqlite() -> str:
    """The SQLite the app runs on: the one inside its driver (sqlcipher3), with its version."""
    from coordinator_app.store.driver import dbapi

    conn = dbapi.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return f"{dbapi.sqlite_version} (SQLCipher {row[0] if row else '?'})"


# -- start and memory (subprocesses) ---------------------------------------------------------------
@contextmanager
def _private_home() -> Iterator[dict[str, str]]:
    """An environment with an empty home: no saved window geometry, no user settings."""
    with tempfile.TemporaryDirectory(prefix="coordinator-bench-") as home:
        env = dict(os.environ)
        env.update(
            {
                "HOME": home,
                "XDG_CONFIG_HOME": str(Path(home) / ".config"),
                "XDG_DATA_HOME": str(Path(home) / ".local" / "share"),
                "QT_QPA_PLATFORM": "offscreen",
                "LANG": "da_DK.UTF-8",
            }
        )
        yield env


def _probe(args: Sequence[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Run a probe script; its report and the monotonic time just before the process started."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return started, report


def start_and_memory(large: Path, repeat: int) -> list[Result]:
    bare = [str(BENCH_DIR / "bare_window.py")]
    floor_paint: list[float] = []
    app_paint: list[float] = []
    app_data: list[float] = []
    app_ready: list[float] = []
    floor_kb: list[float] = []
    app_kb: list[float] = []
    with _private_home() as env:
        app = [str(BENCH_DIR / "app_probe.py"), "start", str(large)]
        _probe(bare, env)  # warm the file cache
        _probe(app, env)
        for _ in range(repeat):
            started, report = _probe(bare, env)
            floor_paint.append(_ms(report["paint"] - started))
            floor_kb.append(report["peak_kb"])
            started, report = _probe(app, env)
            app_paint.append(_ms(report["paint"] - started))
            app_data.append(_ms(report["data"] - started))
            app_ready.append(_ms(report["ready"] - started))
        memory = [str(BENCH_DIR / "app_probe.py"), "memory", str(large)]
        for _ in range(max(3, repeat // 2)):
            app_kb.append(_probe(memory, env)[1]["peak_kb"])
    floor = statistics.median(floor_paint)
    return [
        Result(
            "start: first paint of the main window (large)",
            statistics.median(app_paint),
            "ms",
            1.5,
            floor,
        ),
        Result(
            "start: main view filled with data (large)",
            statistics.median(app_data),
            "ms",
            3.0,
            floor,
        ),
        Result(
            "start: main window ready to work in (large)",
            statistics.median(app_ready),
            "ms",
            None,
            floor,
        ),
        Result(
            "memory: peak, large database, every view visited",
            statistics.median(app_kb) / 1024,
            "MB",
            2.0,
            statistics.median(floor_kb) / 1024,
        ),
    ]


# -- the in-process benchmarks ---------------------------------------------------------------------
def _app() -> Any:
    from coordinator_app.ui.app import create_application

    app = create_application([sys.argv[0]])
    app.setProperty("bench", True)
    return app


def roster_benchmarks(
    xl: Path, repeat: int, *, opened: Path | None = None, key: Any = None
) -> list[Result]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from coordinator_app.store.database import open_database
    from coordinator_app.ui.context import AppContext
    from coordinator_app.ui.roster.model import RosterTableModel
    from coordinator_app.ui.roster.view import RosterView

    _app()
    group_id = _query(xl, "SELECT id FROM groups WHERE name = ?", ASSOCIATION_GROUP)[0][0]
    # `opened`, `key`: an encrypted copy of `xl` (the ids are read from `xl`).
    db = open_database(opened or xl, key=key)
    try:
        ctx = AppContext(db)
        ctx.language = "da"
        view = RosterView(ctx)
        view.resize(1440, 860)
        view.show()
        QApplication.processEvents()

        def load(start: Callable[[], object]) -> tuple[float, float]:
            """Read the roster as the view does (on a worker thread at this size), started by
            `start`: the ms until the members are shown, and the longest the event loop was held
            up meanwhile (a 5 ms timer's longest gap)."""
            longest, last = [0.0], [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                longest[0] = max(longest[0], now - last[0])
                last[0] = now

            ticker = QTimer()
            ticker.setInterval(5)
            ticker.timeout.connect(tick)
            loop = QEventLoop()
            view.loaded.connect(loop.quit)
            started = last[0] = time.perf_counter()
            ticker.start()
            start()
            if view.loading:
                loop.exec()
            tick()
            ticker.stop()
            view.loaded.disconnect(loop.quit)
            view.table.viewport().repaint()
            return _ms(time.perf_counter() - started), _ms(longest[0])

        load(lambda: ctx.set_group(group_id))
        people = view.model.total
        viewport = view.table.viewport()

        def key(text: str) -> tuple[float, float]:
            """A keystroke: until the table shows its result (the filter's first slice on a
            long roster), and until the filter has read every row (the event loop running)."""
            started = time.perf_counter()
            view.filter.setText(text)
            viewport.repaint()
            shown = _ms(time.perf_counter() - started)
            while view.model.filtering:
                QApplication.processEvents()
            viewport.repaint()
            return shown, _ms(time.perf_counter() - started)

        # Typing words the way people search (name, company, expertise, two words), then
        # deleting them again: every keystroke, forward and back, is measured.
        words = ("sørensen", "łukasz", "grøn energi", "kubernetes", "mette h", "øster")
        per_key: dict[tuple[str, int], list[float]] = {}
        per_key_complete: dict[tuple[str, int], list[float]] = {}
        for _ in range(repeat):
            for word in words:
                view.filter.setText("")
                QApplication.processEvents()
                steps = [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]
                for n, step in enumerate(steps):
                    shown, complete = key(word[:step])
                    per_key.setdefault((word, n), []).append(shown)
                    per_key_complete.setdefault((word, n), []).append(complete)
        medians = {k: statistics.median(v) for k, v in per_key.items()}
        complete_medians = {k: statistics.median(v) for k, v in per_key_complete.items()}
        view.filter.setText("")

        # Sorting: the first sort by each column after the roster was read (at this size every
        # column's order is made while reading, on the worker thread), then the other way.
        cold: dict[int, list[float]] = {}
        warm: dict[int, list[float]] = {}
        loads: list[float] = []
        pauses: list[float] = []
        columns = range(len(RosterTableModel.HEADERS))
        ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

        def sorting(column: int, order: Qt.SortOrder) -> Callable[[], None]:
            def sort_and_paint() -> None:
                view.table.sortByColumn(column, order)
                viewport.repaint()

            return sort_and_paint

        for _ in range(max(3, repeat // 2)):
            view.table.sortByColumn(RosterTableModel.NAME, ascending)
            load_ms, pause_ms = load(view.reload)
            loads.append(load_ms)
            pauses.append(pause_ms)
            for column in columns:
                cold.setdefault(column, []).append(timed(sorting(column, ascending)))
                warm.setdefault(column, []).append(timed(sorting(column, descending)))
        cold_worst = max(statistics.median(v) for v in cold.values())
        warm_worst = max(statistics.median(v) for v in warm.values())
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    finally:
        db.close()
    label = f"{people // 1000}k people"
    return [
        Result(
            f"filter: roster, median keystroke ({label})",
            statistics.median(medians.values()),
            "ms",
            16.0,
        ),
        Result(f"filter: roster, slowest keystroke ({label})", max(medians.values()), "ms", 16.0),
        Result(
            f"filter: roster, slowest keystroke until every row is read ({label})",
            max(complete_medians.values()),
            "ms",
            None,
        ),
        Result(f"sort: roster by any column, first time ({label})", cold_worst, "ms", 100.0),
        Result(f"sort: roster by any column, again ({label})", warm_worst, "ms", 100.0),
        Result(
            f"sort: roster read again with every column's order, until shown ({label})",
            statistics.median(loads),
            "ms",
            None,
        ),
        Result(
            f"sort: longest pause of the window while the roster is read ({label})",
            statistics.median(pauses),
            "ms",
            None,
        ),
    ]


def planner_benchmarks(
    large: Path, repeat: int, *, opened: Path | None = None, key: Any = None
) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from coordinator_app.store.database import open_database
    from coordinator_app.ui.context import AppContext
    from coordinator_app.ui.planner.view import PlannerView

    _app()
    groups = [row[0] for row in _query(large, "SELECT id FROM groups ORDER BY id LIMIT 6")]
    db = open_database(opened or large, key=key)
    try:
        ctx = AppContext(db)
        ctx.language = "da"
        ctx.set_group(groups[0])
        view = PlannerView(ctx, today=TODAY)
        view.resize(1440, 860)
        view.show()
        QApplication.processEvents()

        years = [TODAY.year - 1, TODAY.year, TODAY.year + 1, TODAY.year - 5]
        turn = iter(range(10**9))

        def switch_year() -> None:
            view.show_year(years[next(turn) % len(years)])
            view.repaint()

        year_ms = median_ms(switch_year, repeat * 2, warmup=len(years))

        def switch_group() -> None:
            ctx.set_group(groups[next(turn) % len(groups)])
            view.repaint()

        group_ms = median_ms(switch_group, repeat * 2, warmup=len(groups))
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    finally:
        db.close()
    return [
        Result("planner: switch to another year (large)", year_ms, "ms", 50.0),
        Result("planner: switch to another group (large)", group_ms, "ms", 50.0),
    ]


def minutes_benchmarks(
    large: Path, repeat: int, *, opened: Path | None = None, key: Any = None
) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from coordinator_app.domain.minutes import ExportOptions
    from coordinator_app.exchange.agenda_pdf import agenda_pdf_bytes
    from coordinator_app.exchange.minutes_export import minutes_bytes
    from coordinator_app.exchange.report_pdf import annual_report_pdf_bytes
    from coordinator_app.services import minutes, planner
    from coordinator_app.store.database import open_database
    from coordinator_app.ui.context import AppContext
    from coordinator_app.ui.minutes.view import MinutesView

    _app()
    big = _query(
        large,
        "SELECT e.meeting_id, m.group_id, m.date FROM round_table_entries e "
        "JOIN meetings m ON m.id = e.meeting_id GROUP BY e.meeting_id "
        "HAVING count(*) = ? ORDER BY m.date DESC LIMIT 1",
        BIG_ROUND_TABLE,
    )[0]
    meeting_id, group_id, day = int(big[0]), int(big[1]), dt.date.fromisoformat(big[2])
    other = _query(
        large,
        "SELECT id FROM meetings WHERE group_id = ? AND status = 'held' AND id != ? "
        "ORDER BY date DESC LIMIT 1",
        group_id,
        meeting_id,
    )[0][0]
    printed = dt.date(2026, 3, 1)
    db = open_database(opened or large, key=key)
    try:
        ctx = AppContext(db)
        ctx.language = "da"
        ctx.set_group(group_id)
        view = MinutesView(ctx, today=TODAY)
        view.resize(1440, 860)
        view.show()
        QApplication.processEvents()

        def open_big() -> None:
            view.show_meeting(other)
            view.repaint()
            QApplication.processEvents()
            started = time.perf_counter()
            view.show_meeting(meeting_id)
            view.repaint()
            samples.append(_ms(time.perf_counter() - started))

        samples: list[float] = []
        for _ in range(repeat + 1):
            open_big()
        open_ms = statistics.median(samples[1:])
        view.close()
        view.deleteLater()
        QApplication.processEvents()

        def agenda() -> bytes:
            return agenda_pdf_bytes(
                planner.meeting_document(db, meeting_id, "da"), lang="da", printed_on=printed
            )

        def minutes_pdf() -> bytes:
            return minutes_bytes(
                minutes.minutes_document(db, meeting_id, "da"),
                fmt="pdf",
                options=ExportOptions(lang="da"),
                printed_on=printed,
            )

        def report() -> bytes:
            return annual_report_pdf_bytes(
                minutes.annual_report(db, group_id, day.year, "da"), lang="da", printed_on=printed
            )

        agenda_ms = median_ms(agenda, repeat)
        minutes_ms = median_ms(minutes_pdf, repeat)
        report_ms = median_ms(report, repeat)
    finally:
        db.close()
    return [
        Result(
            f"minutes: open a meeting with {BIG_ROUND_TABLE} entries (large)", open_ms, "ms", 50.0
        ),
        Result("agenda: PDF of one meeting, from the database (large)", agenda_ms, "ms", 100.0),
        Result("minutes: PDF of one meeting, from the database (large)", minutes_ms, "ms", 150.0),
        Result("report: annual report PDF, from the database (large)", report_ms, "ms", 1000.0),
    ]


# -- import (subprocess) ---------------------------------------------------------------------------
def vcards(count: int, seed: int = DEFAULT_SEED, *, plain: bool = False) -> str:
    """`count` vCards 3.0 as a phone or Outlook exports them: names with æøå and Ł, companies.

    `plain`: only a name, a company and an e-mail address, as an association's member list
    (100,000 of them are 18 MB, under the import's 20 MB)."""
    gen = _Generator(SCALES["tiny"], seed + 1)
    rng = gen.rng
    orgs = gen.organisations(max(10, count // 8))
    cards: list[str] = []
    for n in range(count):
        org = orgs[rng.randrange(len(orgs))]
        person = gen.person(n + 1, org["id"], "kontakt.example")
        given, _, family = person["name"].rpartition(" ")
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{person['name']}",
            f"ORG:{org['name']}",
            "TITLE:Konsulent",
            f"EMAIL;TYPE=INTERNET,WORK:{person['email']}",
            f"TEL;TYPE=CELL:{person['phone']}",
            f"ADR;TYPE=WORK:;;{org['address']};;;;Danmark",
            "NOTE:Mødt på årskonferencen",
            "END:VCARD",
        ]
        if plain:
            lines = [line for line in lines if not line.startswith(("TITLE", "TEL", "ADR", "NOTE"))]
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + "\r\n"


def _import_runs(large: Path, count: int, runs: int, *, plain: bool) -> tuple[float, float]:
    """The median seconds and peak MB of importing `count` vCards into the first group of a copy
    of `large` (a fresh copy for each of `runs` runs, each in a process of its own)."""
    group_id = _query(large, "SELECT id FROM groups ORDER BY id LIMIT 1")[0][0]
    seconds: list[float] = []
    peaks: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="coordinator-import-") as folder,
        _private_home() as env,
    ):
        cards = Path(folder) / "kontakter.vcf"
        cards.write_text(vcards(count, plain=plain), encoding="utf-8")
        for _ in range(runs):
            copy = Path(folder) / "copy.sqlite"
            shutil.copyfile(large, copy)
            _, report = _probe(
                [str(BENCH_DIR / "import_probe.py"), str(copy), str(cards), str(group_id)], env
            )
            if report["added"] != count:
                raise RuntimeError(f"the import added {report['added']} of {count:,} contacts")
            seconds.append(report["seconds"])
            peaks.append(report["peak_kb"] / 1024)
            for leftover in Path(folder).glob("copy.sqlite*"):
                leftover.unlink()
    return statistics.median(seconds), statistics.median(peaks)


def import_benchmarks(large: Path, repeat: int) -> list[Result]:
    seconds, peak = _import_runs(large, 10_000, max(3, repeat // 2), plain=False)
    # An association's member list: 100,000 plain cards, some 25 s each run.
    big_seconds, big_peak = _import_runs(large, 100_000, max(1, repeat // 3), plain=True)
    return [
        Result("import: 10,000 vCards into a group (large)", seconds, "s", 5.0),
        Result("import: peak memory, 10,000 vCards", peak, "MB", 200.0),
        Result("import: 100,000 plain vCards into a group (large)", big_seconds, "s", 30.0),
        Result("import: peak memory, 100,000 plain vCards", big_peak, "MB", 300.0),
    ]


#: Twenty queries a coordinator might type: words of the minutes inflected or not, parts of
#: compounds, typos, names without their letters, English, two words.
SEARCH_QUERIES = (
    "leverandør",
    "leverandørerne",
    "direktør",
    "ledelse",
    "forandringsproces",
    "forandrigsproces",
    "sikkerhedschef",
    "sikkerhed",
    "nis2",
    "skyen",
    "servicedesk døgnbemandet",
    "hjemmearbejde",
    "rekruttering",
    "budget",
    "omstrukturering",
    "barsel",
    "pilotprojekt",
    "soren",
    "microsoft 365",
    "overvagning",
)


def _database_bytes(path: Path) -> int:
    return path.stat().st_size + sum(p.stat().st_size for p in (Path(f"{path}-wal"),) if p.exists())


def search_benchmarks(large: Path, repeat: int) -> list[Result]:
    """The one search (issue #17) on the large database: 20 queries in its biggest group, the
    index build of migration 0005 on a copy, and how much the index adds to the file."""
    from coordinator_app.domain import search_text
    from coordinator_app.services import search
    from coordinator_app.store import search_index
    from coordinator_app.store.database import open_database
    from coordinator_app.store.driver import dbapi

    group_id = _query(
        large,
        "SELECT m.group_id FROM round_table_entries r JOIN meetings m ON m.id = r.meeting_id "
        "GROUP BY m.group_id ORDER BY count(*) DESC LIMIT 1",
    )[0][0]
    if _query(large, "SELECT count(*) FROM search_queue")[0][0]:
        # A file generated before generate.py built the index: build it once.
        conn = dbapi.connect(large)
        try:
            search_index.rebuild(conn)
            conn.commit()
        finally:
            conn.close()
    db = open_database(large, read_only=True)
    per_query: list[float] = []
    try:
        search.search(db, group_id, "opvarmning", today=TODAY)  # imports, the stemmers
        for query in SEARCH_QUERIES:
            runs: list[float] = []
            for _ in range(repeat):
                # As typed for the first time: no word of the results analysed for it yet.
                search_text._qualities.cache_clear()
                started = time.perf_counter()
                search.search(db, group_id, query, today=TODAY)
                runs.append(_ms(time.perf_counter() - started))
            per_query.append(statistics.median(runs))
    finally:
        db.close()
    migration = importlib.import_module(
        "coordinator_app.store.migrations.versions.0005_search_index"
    )
    with tempfile.TemporaryDirectory(prefix="coordinator-search-") as folder:
        copy = Path(folder) / "copy.sqlite"
        conn = dbapi.connect(large)
        try:
            conn.execute("VACUUM INTO ?", (str(copy),))
        finally:
            conn.close()
        with_index = _database_bytes(copy)
        conn = dbapi.connect(copy)
        try:
            # Back to the tables of revision 0004, then what migration 0005 does.
            for statement in reversed(migration._triggers()):
                conn.execute(f"DROP TRIGGER {statement.split()[2]}")
            for table in ("search_queue", "search_fragments", "search_vocabulary", "search_words"):
                conn.execute(f"DROP TABLE {table}")
            conn.commit()
            conn.execute("VACUUM")
            without_index = _database_bytes(copy)
            started = time.perf_counter()
            for statement in (*migration._TABLES, *migration._triggers()):
                conn.execute(statement)
            search_index.enable_secure_delete(conn)
            search_index.rebuild(conn)
            conn.commit()
            build = time.perf_counter() - started
        finally:
            conn.close()
    return [
        Result(
            "search: median of 20 Danish queries (large)", statistics.median(per_query), "ms", 30.0
        ),
        Result("search: slowest of 20 Danish queries (large)", max(per_query), "ms", 100.0),
        Result("search: index build, migration 0005 (large)", build, "s", None),
        Result(
            "search: the index's share of the file (large)",
            (with_index - without_index) / MB,
            "MB",
            None,
        ),
        Result("search: file with the index (large)", with_index / MB, "MB", None),
    ]


# -- the table -------------------------------------------------------------------------------------
def table(results: Sequence[Result]) -> str:
    rows = [("benchmark", "value", "floor", "ratio", "target", "met")]
    for r in results:
        ratio = r.ratio
        rows.append(
            (
                r.name,
                f"{r.value:,.1f} {r.unit}",
                f"{r.floor:,.1f} {r.unit}" if r.floor is not None else "",
                f"{ratio:.2f}×" if ratio is not None else "",
                _target_text(r),
                {True: "yes", False: "NO", None: ""}[r.met],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append(
            " | ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                for i, cell in enumerate(row)
            )
        )
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _target_text(result: Result) -> str:
    if result.target is None:
        return "(no target)"
    if result.floor is not None:
        return f"≤ {result.target:g}× floor"
    return f"≤ {result.target:g} {result.unit}"


BENCHMARKS: dict[str, Callable[[Path, Path, int], list[Result]]] = {
    "start": lambda large, _xl, n: start_and_memory(large, n),
    "filter": lambda _large, xl, n: roster_benchmarks(xl, n),
    "planner": lambda large, _xl, n: planner_benchmarks(large, n),
    "minutes": lambda large, _xl, n: minutes_benchmarks(large, n),
    "import": lambda large, _xl, n: import_benchmarks(large, n),
    "search": lambda large, _xl, n: search_benchmarks(large, n),
    "encrypted": lambda large, xl, n: encrypted.encryption_benchmarks(large, xl, n),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the Coordinator benchmarks (issue #7).")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (median)")
    parser.add_argument(
        "--only",
        nargs="*",
        choices=sorted(BENCHMARKS),
        help="run only these groups (start includes memory, filter includes sort, minutes "
        "includes the PDFs and the report)",
    )
    args = parser.parse_args(argv)
    large = ensure_database("large")
    xl = ensure_database("xl")
    results: list[Result] = []
    for name, bench in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        results.extend(bench(large, xl, args.repeat))
    info = machine()
    print(
        f"machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; {info['platform']}; "
        f"Python {info['python']}, PySide6 {info['pyside6']}, SQLite {info['sqlite']}"
    )
    print(table(results))
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "results": [r.as_json() for r in results]}, indent=2)
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
