"""The schema of a database file, verified against what its revision's migrations create.

A file says which schema revision it holds (`alembic_version`), but anything else in it could
have been added by hand: a trigger that copies every round-table text into a field that exports
print, a view, a table, a column, or a missing index or column that would fail later. Before the
app reads or writes a file, its schema (`sqlite_master`: tables with their columns, foreign
keys and indexes, triggers and views) is described and compared with the committed description
of its revision, `store/schema/<revision>.json` (written by `packaging/schema_snapshot.py`).
Anything unknown or missing refuses the file, naming the first difference.

The SQLite driver only (`store.driver`), like `sqlite_file.py`: the GUI's start checks the
file before SQLAlchemy is loaded. Reading the description runs nothing from the file:
`sqlite_master` is read as data and the pragmas only look at the schema (a view's or trigger's
SQL is compared as text, never run).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from coordinator_app.store.driver import dbapi as sqlite3

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"

#: Tables SQLite itself creates (AUTOINCREMENT's counters, ANALYZE's statistics): allowed, and
#: not described (whether they exist depends on what was done with the file, not on its schema).
INTERNAL_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)

Description = dict[str, dict[str, Any]]

# String literals, quoted identifiers and the rest; only the rest is normalised.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|[^'\"`\[]+|.")
_SPACE = re.compile(r"\s+")
_PUNCTUATION = "(),;="
_BRACKETS = re.compile(r"([(),])")


class SchemaMismatch(Exception):
    """The file's schema is not the one its revision's migrations create; `difference` says how
    (one line, e.g. "it has a trigger the app does not know: copy_entries")."""

    def __init__(self, difference: str) -> None:
        super().__init__(difference)
        self.difference = difference


class MissingSnapshot(Exception):
    """This installation has no description of a revision it knows (a packaging mistake)."""


@functools.lru_cache(maxsize=2048)
def normalise_sql(sql: str | None) -> str | None:
    """`sql` with runs of white space outside literals made one space (none around
    punctuation), so that a reformatted statement compares equal and nothing else does."""
    if sql is None:
        return None
    parts: list[str] = []
    for token in _TOKENS.findall(sql):
        if token[0] in "'\"`[":
            parts.append(token)
        else:
            text = _SPACE.sub(" ", token)
            for char in _PUNCTUATION:
                if char in text:
                    text = text.replace(f" {char}", char).replace(f"{char} ", char)
            parts.append(text)
    return "".join(parts).strip().rstrip(";").strip()


_CONSTRAINT = re.compile(r"(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\b", re.IGNORECASE)


def _top_level_items(body: str) -> tuple[str, list[str], str] | None:
    """A normalised CREATE TABLE split into its head, the comma-separated items between its
    outer parentheses, and its tail (e.g. WITHOUT ROWID); None if it has no parentheses."""
    head: list[str] = []
    items: list[str] = []
    current: list[str] = []
    tail: list[str] = []
    depth = 0
    state = "head"
    for token in _TOKENS.findall(body):
        if token[0] in "'\"`[":
            {"head": head, "items": current, "tail": tail}[state].append(token)
            continue
        for piece in _BRACKETS.split(token):
            if state == "head":
                if piece == "(":
                    state, depth = "items", 1
                else:
                    head.append(piece)
            elif state == "items":
                if piece == "(":
                    depth += 1
                elif piece == ")":
                    depth -= 1
                    if depth == 0:
                        items.append("".join(current))
                        state = "tail"
                        continue
                elif piece == "," and depth == 1:
                    items.append("".join(current))
                    current = []
                    continue
                current.append(piece)
            else:
                tail.append(piece)
    if state != "tail":
        return None
    return "".join(head), items, "".join(tail)


@functools.lru_cache(maxsize=1024)
def canonical_table_sql(sql: str | None) -> str | None:
    """A table's normalised SQL with its table constraints (primary key, unique, check, foreign
    keys) in sorted order: Alembic's batch mode, which rebuilds a table, writes them in an
    order that changes from run to run, and the order means nothing to SQLite. The columns keep
    their order."""
    normalised = normalise_sql(sql)
    if normalised is None:
        return None
    split = _top_level_items(normalised)
    if split is None:
        return normalised
    head, items, tail = split
    columns = [item for item in items if not _CONSTRAINT.match(item)]
    constraints = sorted(item for item in items if _CONSTRAINT.match(item))
    return f"{head}({','.join(columns + constraints)}){tail}"


def _columns(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "type": type_,
            "notnull": bool(notnull),
            "default": default,
            "pk": pk,
            "hidden": hidden,
        }
        for _cid, name, type_, notnull, default, pk, hidden in conn.execute(
            'SELECT cid, name, type, "notnull", dflt_value, pk, hidden '
            "FROM pragma_table_xinfo(?) ORDER BY cid",
            (table,),
        )
    ]


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[list[Any]]:
    """Each foreign key as [table, [[from, to], ...], on update, on delete, match], sorted
    (their ids follow the order in the table's SQL, which means nothing)."""
    keys: dict[int, list[Any]] = {}
    for key, target, source, to, on_update, on_delete, match in conn.execute(
        'SELECT id, "table", "from", "to", on_update, on_delete, "match" '
        "FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        (table,),
    ):
        entry = keys.setdefault(key, [target, [], on_update, on_delete, match])
        entry[1].append([source, to])
    return sorted(keys.values(), key=repr)


def _index(conn: sqlite3.Connection, table: str, name: str) -> dict[str, Any]:
    unique, origin, partial = conn.execute(
        'SELECT "unique", origin, partial FROM pragma_index_list(?) WHERE name = ?',
        (table, name),
    ).fetchone() or (None, None, None)
    keys = [
        [column, bool(desc), collation]
        for column, desc, collation in conn.execute(
            'SELECT name, "desc", coll FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno',
            (name,),
        )
    ]
    return {
        "table": table,
        "unique": bool(unique),
        "origin": origin,
        "partial": bool(partial),
        "columns": keys,
    }


def describe(conn: sqlite3.Connection) -> Description:
    """The schema of the database behind `conn`, as plain data (JSON-serialisable).

    Tables: their columns (PRAGMA table_xinfo: name, declared type, NOT NULL, default, primary
    key position, hidden/generated), foreign keys and normalised SQL; a virtual table by its
    SQL alone (its module is never asked). Indexes (automatic ones included): table, unique,
    origin, partial, key columns and SQL. Triggers and views: table and normalised SQL.
    """
    description: Description = {"tables": {}, "indexes": {}, "triggers": {}, "views": {}}
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in rows:
        name, table = str(name), str(table)
        if kind == "table":
            if name in INTERNAL_TABLES:
                continue
            normalised = normalise_sql(sql)
            if normalised is not None and normalised.upper().startswith("CREATE VIRTUAL TABLE"):
                description["tables"][name] = {"virtual": True, "sql": normalised}
                continue
            description["tables"][name] = {
                "columns": _columns(conn, name),
                "foreign_keys": _foreign_keys(conn, name),
                "sql": canonical_table_sql(sql),
            }
        elif kind == "index":
            description["indexes"][name] = {**_index(conn, table, name), "sql": normalise_sql(sql)}
        elif kind == "trigger":
            description["triggers"][name] = {"table": table, "sql": normalise_sql(sql)}
        elif kind == "view":
            description["views"][name] = {"sql": normalise_sql(sql)}
        else:  # sqlite_master holds nothing else, unless it was written by hand
            description.setdefault("other", {})[f"{kind} {name}"] = {"sql": normalise_sql(sql)}
    return description


_NOUNS = {"tables": "table", "indexes": "index", "triggers": "trigger", "views": "view"}
# The order differences are reported in: what could act on the data first.
_UNKNOWN_FIRST = ("triggers", "views", "tables", "indexes")


def _column_text(column: dict[str, Any]) -> str:
    parts = [str(column["type"] or "no type")]
    if column["notnull"]:
        parts.append("NOT NULL")
    if column["default"] is not None:
        parts.append(f"DEFAULT {column['default']}")
    if column["pk"]:
        parts.append("PRIMARY KEY")
    if column["hidden"]:
        parts.append("hidden or generated")
    return " ".join(parts)


def _table_difference(name: str, found: dict[str, Any], expected: dict[str, Any]) -> str | None:
    if found.get("virtual") != expected.get("virtual"):
        return f"the table {name} is not defined as the app expects"
    if not expected.get("virtual"):
        have = {c["name"]: c for c in found["columns"]}
        want = {c["name"]: c for c in expected["columns"]}
        for column in want:
            if column not in have:
                return f"it lacks the column {name}.{column}"
        for column in have:
            if column not in want:
                return f"it has a column the app does not know: {name}.{column}"
        for column, spec in want.items():
            if have[column] != spec:
                return (
                    f"the column {name}.{column} is {_column_text(have[column])}, "
                    f"not {_column_text(spec)}"
                )
        if [c["name"] for c in found["columns"]] != [c["name"] for c in expected["columns"]]:
            return f"the columns of the table {name} are in another order"
        if found["foreign_keys"] != expected["foreign_keys"]:
            return f"the foreign keys of the table {name} are not as the app expects"
    if found["sql"] != expected["sql"]:
        return f"the table {name} is not defined as the app expects"
    return None


def difference(found: Description, expected: Description) -> str | None:
    """The first way `found` differs from `expected`, in words; None if they are the same."""
    for kind, objects in found.items():
        if kind not in _NOUNS:
            for name in objects:
                return f"its schema holds something the app does not know: {name}"
    for kind in _UNKNOWN_FIRST:
        for name in found[kind]:
            if name not in expected.get(kind, {}):
                return f"it has a {_NOUNS[kind]} the app does not know: {name}"
    for kind in ("tables", "indexes", "triggers", "views"):
        for name in expected.get(kind, {}):
            if name not in found[kind]:
                return f"it lacks the {_NOUNS[kind]} {name}"
    for name, spec in expected["tables"].items():
        problem = _table_difference(name, found["tables"][name], spec)
        if problem is not None:
            return problem
    for kind in ("indexes", "triggers", "views"):
        for name, spec in expected.get(kind, {}).items():
            if found[kind][name] != spec:
                return f"the {_NOUNS[kind]} {name} is not defined as the app expects"
    return None


def snapshot_path(revision: str) -> Path:
    return SCHEMA_DIR / f"{revision}.json"


@functools.cache
def snapshot(revision: str) -> Description:
    """The committed description of `revision`'s schema."""
    path = snapshot_path(revision)
    try:
        data: Description = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise MissingSnapshot(
            f"this installation has no description of schema {revision} "
            f"({path.name}; developers: run packaging/schema_snapshot.py)"
        ) from None
    return data


def verify(conn: sqlite3.Connection, revision: str) -> None:
    """Raise `SchemaMismatch` if the schema behind `conn` is not `revision`'s."""
    problem = difference(describe(conn), snapshot(revision))
    if problem is not None:
        raise SchemaMismatch(problem)


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field(key: str, value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict | list):
        items = ",\n".join(f"    {_compact(item)}" for item in value)
        return f"   {_compact(key)}: [\n{items}\n   ]"
    return f"   {_compact(key)}: {_compact(value)}"


def same_objects(conn: sqlite3.Connection, revision: str) -> bool:
    """Whether the file holds exactly the tables, indexes, triggers and views (by kind and name)
    that `revision` has: one query, for `store.peek`, which reads a few tables at the start
    while the full check (`verify`) runs in a thread."""
    kinds = {"table": "tables", "index": "indexes", "trigger": "triggers", "view": "views"}
    found: set[tuple[str, str]] = set()
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if kind == "table" and name in INTERNAL_TABLES:
            continue
        found.add((kinds.get(kind, kind), name))
    try:
        expected = snapshot(revision)
    except MissingSnapshot:
        return False
    return found == {(kind, name) for kind in _NOUNS for name in expected.get(kind, {})}


def to_json(description: Description) -> str:
    """The text a snapshot file holds: sorted, one line per value (per column, per foreign
    key), so that a new revision's file differs from the last one's only where it changed."""
    kinds: list[str] = []
    for kind in sorted(description):
        objects = [
            f"  {_compact(name)}: {{\n"
            + ",\n".join(_field(key, spec[key]) for key in sorted(spec))
            + "\n  }"
            for name, spec in sorted(description[kind].items())
        ]
        body = ",\n".join(objects)
        kinds.append(
            f" {_compact(kind)}: {{\n{body}\n }}" if objects else f" {_compact(kind)}: {{}}"
        )
    return "{\n" + ",\n".join(kinds) + "\n}\n"
