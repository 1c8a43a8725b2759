"""The one search's index: SQLite FTS5 tables kept in step with the data in every transaction.

Tables (created by migration 0005, which also builds the index of the data already there):

- `search_words` (FTS5, tokenizer "ascii", detail=column): one row per indexed base row, its
  rowid the base row's id and table (`search_docs.rowid_of`); columns `scope` (the row's groups
  as tokens "g<id>"), `words` (its folded words) and `stems` (their folded Danish and English
  stems), all computed in Python by `domain.search_text`. "ascii" splits exactly where Python
  did (only ASCII other than letters and digits separates; the tokens have none), so a term is
  looked up as it was computed.
- `search_vocabulary` and `search_fragments` (FTS5 trigram over the vocabulary, external
  content): every distinct word of at least three letters the index holds, for the parts of
  words ("ledelse" in "forandringsledelse") and one-letter typos. The trigrams of the vocabulary
  are far fewer than those of the texts: a term is looked up among the words first, then the
  words' rows in `search_words`, in the asked group only.
- `search_queue`: which base rows changed. Triggers on every base table that feeds the index
  (migration 0005) add (source, id) here in the statement's own transaction, whatever wrote it:
  the ORM, a bulk UPDATE or DELETE, a foreign key's cascade, a plain `sqlite3` connection.
  Triggers cannot call the Python stemmer (and with `trusted_schema=OFF` no trigger may call an
  application function), so the queue is worked off in Python (`catch_up`), by a `before_commit`
  hook of every session (`keep_in_step`), before the same transaction commits: an edit and its
  index rows are committed together or not at all. A write that bypassed the sessions (a bulk
  load) leaves the queue filled, and the next commit, or `catch_up` directly, works it off.

Why not ORM `before_flush`/`after_flush` hooks alone: they see neither bulk statements
(`session.execute(update(...))`, which the erasure uses) nor the rows a foreign key's ON DELETE
CASCADE or SET NULL changes; the triggers see every row.

Erased text does not linger: both FTS tables run with FTS5's `secure-delete` (SQLite 3.44 and
later, which the app's driver, SQLCipher, brings; `enable_secure_delete` refuses an older one),
so a deleted row's tokens are removed from the index b-tree at once, and a word no row holds
any more leaves the vocabulary.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.domain.search_rank import Score, combine
from coordinator_app.domain.search_text import (
    MIN_PART_LETTERS,
    Match,
    QueryTerm,
    index_tokens,
    prefix_within_one_edit,
)
from coordinator_app.store import search_docs
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.search_docs import ALL_IDS, Connection, Doc, Source, rowid_of
from coordinator_app.store.sqlite_file import DatabaseError

WORDS = "search_words"
VOCABULARY = "search_vocabulary"
FRAGMENTS = "search_fragments"
QUEUE = "search_queue"
FTS_TABLES = (WORDS, FRAGMENTS)

#: FTS5's secure-delete option came with SQLite 3.44.0.
SECURE_DELETE_SINCE = (3, 44, 0)
#: Rows read and written per batch while working off the queue.
_BATCH = 2000
#: Words a part of a word or a typo may stand for, at most (the shortest first).
MAX_PART_TERMS = 400
_CANDIDATES = 20_000
_OR_CHUNK = 200


class SearchIndexUnsafe(DatabaseError):
    """The search index cannot guarantee that deleted text leaves it (secure-delete did not
    take), or it fails FTS5's integrity check."""

    code = "search_index_unsafe"


def _version(conn: Connection) -> tuple[int, ...]:
    (text,) = conn.execute("SELECT sqlite_version()").fetchone()
    return tuple(int(part) for part in str(text).split(".")[:3])


def secure_delete_supported(conn: Connection) -> bool:
    """Whether this SQLite has FTS5's secure-delete (3.44 and later)."""
    return _version(conn) >= SECURE_DELETE_SINCE


def secure_delete_on(conn: Connection) -> bool:
    """Whether both FTS tables have secure-delete on, as their config tables say."""
    for table in FTS_TABLES:
        row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'").fetchone()
        if row is None or int(row[0]) != 1:
            return False
    return True


def enable_secure_delete(conn: Connection) -> None:
    """Turn secure-delete on for both FTS tables and read it back (at the index's creation).

    `SearchIndexUnsafe` on an SQLite older than 3.44, which lacks it, and on one that refuses it
    or does not keep it: such an index would keep erased text in its pages.
    """
    if not secure_delete_supported(conn):
        (version,) = conn.execute("SELECT sqlite_version()").fetchone()
        raise SearchIndexUnsafe(
            f"The search index needs SQLite 3.44 or later to erase deleted text; this is "
            f"SQLite {version}."
        )
    try:
        for table in FTS_TABLES:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)")
    except sqlite3.Error as exc:
        raise SearchIndexUnsafe(
            f"The search index could not be set to erase deleted text ({exc})."
        ) from exc
    if not secure_delete_on(conn):
        raise SearchIndexUnsafe("The search index did not keep its secure-delete setting.")


# --- keeping the index in step -----------------------------------------------------------------


def _ids(rows: Iterable[Any]) -> str:
    return json.dumps(list(rows))


def _pending(conn: Connection) -> dict[Source, list[int]]:
    pending: dict[Source, list[int]] = {}
    for source, row_id in conn.execute(f"SELECT source, ref_id FROM {QUEUE}").fetchall():
        pending.setdefault(Source(int(source)), []).append(int(row_id))
    return pending


def _chunks(items: Sequence[int], size: int = _BATCH) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _scope(groups: Iterable[int]) -> str:
    return " ".join(f"g{group}" for group in groups)


def _row(doc: Doc) -> tuple[str, str, str] | None:
    tokens = index_tokens(doc.texts)
    if not doc.groups or not tokens.words:
        return None
    return (_scope(doc.groups), tokens.words_text(), tokens.stems_text())


class _Vocabulary:
    """The words added and (perhaps) left behind by one batch of index writes."""

    def __init__(self) -> None:
        self.added: set[str] = set()
        self.dropped: set[str] = set()

    def note(self, old_words: str | None, new_words: str | None) -> None:
        old = set(old_words.split()) if old_words else set()
        new = set(new_words.split()) if new_words else set()
        self.added |= {w for w in new - old if len(w) >= MIN_PART_LETTERS}
        self.dropped |= {w for w in old - new if len(w) >= MIN_PART_LETTERS}

    def write(self, conn: Connection) -> None:
        added = sorted(self.added)
        for chunk in _chunk_words(added):
            array = json.dumps(chunk)
            known = {
                str(term)
                for (term,) in conn.execute(
                    f"SELECT term FROM {VOCABULARY} WHERE term IN (SELECT value FROM json_each(?))",
                    (array,),
                ).fetchall()
            }
            fresh = [term for term in chunk if term not in known]
            if not fresh:
                continue
            conn.executemany(f"INSERT INTO {VOCABULARY}(term) VALUES (?)", [(t,) for t in fresh])
            conn.execute(
                f"INSERT INTO {FRAGMENTS}(rowid, term) SELECT id, term FROM {VOCABULARY} "
                "WHERE term IN (SELECT value FROM json_each(?))",
                (json.dumps(fresh),),
            )
        for term in sorted(self.dropped - self.added):
            if conn.execute(
                f"SELECT 1 FROM {WORDS} WHERE {WORDS} MATCH ? LIMIT 1", (f'words : "{term}"',)
            ).fetchone():
                continue
            row = conn.execute(f"SELECT id FROM {VOCABULARY} WHERE term = ?", (term,)).fetchone()
            if row is None:
                continue
            conn.execute(
                f"INSERT INTO {FRAGMENTS}({FRAGMENTS}, rowid, term) VALUES('delete', ?, ?)",
                (row[0], term),
            )
            conn.execute(f"DELETE FROM {VOCABULARY} WHERE id = ?", (row[0],))


def _chunk_words(words: list[str], size: int = _BATCH) -> Iterator[list[str]]:
    for start in range(0, len(words), size):
        yield words[start : start + size]


def _write(conn: Connection, source: Source, ids: Sequence[int], *, fresh: bool) -> None:
    vocabulary = _Vocabulary()
    for chunk in _chunks(ids):
        docs = search_docs.load(conn, source, chunk)
        rowids = [rowid_of(source, row_id) for row_id in chunk]
        old: dict[int, tuple[str, str, str]] = {}
        if not fresh:
            old = {
                int(rowid): (str(scope), str(words), str(stems))
                for rowid, scope, words, stems in conn.execute(
                    f"SELECT rowid, scope, words, stems FROM {WORDS} WHERE rowid IN "
                    "(SELECT value FROM json_each(?))",
                    (_ids(rowids),),
                ).fetchall()
            }
        gone: list[tuple[int]] = []
        new: list[tuple[int, str, str, str]] = []
        for row_id, rowid in zip(chunk, rowids, strict=True):
            doc = docs.get(row_id)
            row = _row(doc) if doc is not None else None
            before = old.get(rowid)
            if row == before:
                continue
            if before is not None:
                gone.append((rowid,))
            if row is not None:
                new.append((rowid, *row))
            vocabulary.note(before[1] if before else None, row[1] if row else None)
        if gone:
            conn.executemany(f"DELETE FROM {WORDS} WHERE rowid = ?", gone)
        if new:
            conn.executemany(
                f"INSERT INTO {WORDS}(rowid, scope, words, stems) VALUES (?, ?, ?, ?)", new
            )
    vocabulary.write(conn)


def catch_up(conn: Connection) -> int:
    """Bring the index up to the base rows the queue names, and empty the queue; in the
    caller's transaction. Returns how many rows were named."""
    pending = _pending(conn)
    if not pending:
        return 0
    conn.execute(f"DELETE FROM {QUEUE}")
    for source, ids in sorted(pending.items()):
        _write(conn, source, sorted(set(ids)), fresh=False)
    return sum(len(ids) for ids in pending.values())


def rebuild(conn: Connection) -> None:
    """Build the whole index afresh from the base tables, in the caller's transaction."""
    conn.execute(f"DELETE FROM {QUEUE}")
    conn.execute(f"DELETE FROM {WORDS}")
    conn.execute(f"INSERT INTO {FRAGMENTS}({FRAGMENTS}) VALUES('delete-all')")
    conn.execute(f"DELETE FROM {VOCABULARY}")
    for source in Source:
        ids = [int(row[0]) for row in conn.execute(ALL_IDS[source]).fetchall()]
        _write(conn, source, ids, fresh=True)


def forget_deleted(conn: Connection) -> None:
    """After an erasure: bring the index up to the erased rows at once, and make sure their
    tokens left its pages (secure-delete is on, else `SearchIndexUnsafe`: the erasure's
    transaction is rolled back rather than leave them there)."""
    catch_up(conn)
    if not secure_delete_on(conn):
        raise SearchIndexUnsafe(
            "The search index does not erase deleted text (secure-delete is off), so the "
            "database was not changed."
        )


def integrity_problems(conn: Connection) -> list[str]:
    """What FTS5's integrity check finds wrong with the index tables, and whether they keep
    erased text (secure-delete off: a file's FTS5 settings are data the schema check does not
    see); empty if sound."""
    problems: list[str] = []
    if not secure_delete_on(conn):
        problems.append("the search index keeps deleted text in its pages (secure-delete is off)")
    for table in FTS_TABLES:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.Error as exc:
            problems.append(f"the search index {table} fails its integrity check: {exc}")
    return problems


def _before_commit(session: Session) -> None:
    session.flush()
    dbapi = session.connection().connection.dbapi_connection
    catch_up(cast(Connection, dbapi))


def keep_in_step(sessions: sessionmaker[Session]) -> None:
    """Have every session of `sessions` bring the index up to date before it commits."""
    event.listen(sessions, "before_commit", _before_commit)


# --- finding -----------------------------------------------------------------------------------


def _quoted(terms: Iterable[str]) -> str:
    return " OR ".join(f'"{term}"' for term in terms)


def _rows(conn: Connection, group_id: int, column: str, terms: Iterable[str]) -> set[int]:
    found: set[int] = set()
    ordered = sorted(set(terms))
    for start in range(0, len(ordered), _OR_CHUNK):
        chunk = ordered[start : start + _OR_CHUNK]
        query = f'scope : "g{group_id}" AND {column} : ({_quoted(chunk)})'
        found.update(
            int(r[0])
            for r in conn.execute(
                f"SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH ?", (query,)
            ).fetchall()
        )
    return found


def _prefix_rows(conn: Connection, group_id: int, prefix: str) -> set[int]:
    query = f'scope : "g{group_id}" AND words : "{prefix}"*'
    return {
        int(r[0])
        for r in conn.execute(
            f"SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH ?", (query,)
        ).fetchall()
    }


def _vocabulary(conn: Connection, query: str) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            f"SELECT term FROM {FRAGMENTS} WHERE {FRAGMENTS} MATCH ? LIMIT {_CANDIDATES}",
            (query,),
        ).fetchall()
    ]


def words_containing(conn: Connection, part: str) -> list[str]:
    """The index's words that hold `part` (at least three letters), shortest first, at most
    `MAX_PART_TERMS`."""
    if len(part) < MIN_PART_LETTERS:
        return []
    found = sorted(_vocabulary(conn, f'"{part}"'), key=lambda w: (len(w), w))
    return found[:MAX_PART_TERMS]


def words_near(conn: Connection, term: str) -> list[str]:
    """The index's words that begin with something one typo from `term` (at least six
    letters). One edit leaves the first or the second half of the term as it was, so the words
    holding either half are the candidates (`search_fragments`), checked one by one."""
    half = len(term) // 2
    pieces = {term[:half], term[half:]}
    if min(len(p) for p in pieces) < MIN_PART_LETTERS:
        return []
    candidates = _vocabulary(conn, _quoted(sorted(pieces)))
    return sorted(w for w in candidates if w != term and prefix_within_one_edit(term, w))[
        :MAX_PART_TERMS
    ]


def term_matches(conn: Connection, group_id: int, term: QueryTerm) -> dict[int, Match]:
    """The index rows of group `group_id` that `term` matches, each with its best way."""
    matches: dict[int, Match] = {}
    parts: set[str] = set()
    if term.finds_parts:
        parts.update(words_containing(conn, term.folded))
    else:
        matches.update(dict.fromkeys(_prefix_rows(conn, group_id, term.folded), Match.PART))
    if term.finds_typos:
        parts.update(words_near(conn, term.folded))
    parts.discard(term.folded)
    for rowid in _rows(conn, group_id, "words", parts):
        matches[rowid] = Match.PART
    for rowid in _rows(conn, group_id, "{words stems}", term.stems):
        matches[rowid] = Match.STEM
    for rowid in _rows(conn, group_id, "words", [term.folded]):
        matches[rowid] = Match.EXACT
    return matches


def find(conn: Connection, group_id: int, terms: Sequence[QueryTerm]) -> dict[int, Score]:
    """The index rows of group `group_id` that every term matches, with their scores."""
    per_term: list[dict[int, Match]] = []
    for term in terms:
        matches = term_matches(conn, group_id, term)
        if not matches:
            return {}
        per_term.append(matches)
    return combine(per_term)
