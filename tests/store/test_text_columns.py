"""No text column of any table receives a control character, whatever a use case sets."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from sqlalchemy import Enum, String, Text, select

from coordinator_app.services import demo
from coordinator_app.store.database import Database
from coordinator_app.store.models import Base
from coordinator_app.store.text_columns import RAW_COLUMNS

EVIL = "Evil\x1b]0;pwned\x07 \u202etxt.exe\u202c\x9b31m\x00\x7f\r\nline\u2066two\u2069\U000e0041"


def _text_columns() -> list[tuple[type[Base], str, str, str, bool]]:
    found = []
    for mapper in Base.registry.mappers:
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            kind = column.type
            table = mapper.local_table.name  # type: ignore[attr-defined]
            wanted = isinstance(kind, String) and not isinstance(kind, Enum)
            if wanted and (table, column.name) not in RAW_COLUMNS:
                found.append((mapper.class_, prop.key, table, column.name, isinstance(kind, Text)))
    return found


def _bad(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs") and char not in "\n\t\u200c\u200d"


def test_every_text_column_is_stored_without_controls(db: Database, db_path: Path) -> None:
    demo.fill_with_demo_data(db)
    columns = _text_columns()
    assert len(columns) > 40  # names, companies, titles, themes, minutes texts, host fields …
    made = 0
    filled: list[str] = []
    with db.session() as session, session.no_autoflush:
        for cls in {c[0] for c in columns}:
            rows = session.scalars(select(cls)).all()
            filled += [cls.__name__] if rows else []
            for row in rows:
                for owner, key, *_ in columns:
                    if owner is cls:
                        made += 1  # unique: group names and a person's tags must be
                        setattr(row, key, f"{EVIL} {made}")
    assert len(filled) >= 14, filled  # the demo data fills nearly every table
    conn = sqlite3.connect(db_path)
    try:
        for _cls, _key, table, column, multiline in columns:
            for (value,) in conn.execute(f'SELECT "{column}" FROM "{table}"'):
                assert value is not None
                assert not any(_bad(c) for c in value), (table, column, value)
                assert "pwned" in value and "txt.exe" in value
                if multiline:
                    assert "\nline" in value
                else:
                    assert "\n" not in value and "\t" not in value
    finally:
        conn.close()
