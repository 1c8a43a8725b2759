"""No text column receives a control character: every value set on one is cleaned first.

The services clean what people type and import (`domain.text.clean_text`) where they check it;
this is the net under them, so that no use case, present or future, can store an escape sequence
or a bidi override. A `String` column holds one line (line breaks and tabs become spaces), a
`Text` column several. Values already in a file (a database written by another program) are
read as they are; the front ends show them escaped.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Enum, String, Text, event
from sqlalchemy.orm import DeclarativeBase

from coordinator_app.domain.text import clean_text

# Columns that hold machine text, not people's: JSON settings and iCalendar UIDs.
RAW_COLUMNS = frozenset({("settings", "key"), ("settings", "value"), ("meetings", "ical_uid")})


def _one_line(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


def _lines(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
    return clean_text(value, multiline=True) if isinstance(value, str) else value


def clean_text_columns(base: type[DeclarativeBase]) -> None:
    """Clean every value set on a text column of `base`'s models (enums and RAW_COLUMNS apart)."""
    for mapper in base.registry.mappers:
        table = mapper.local_table
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            kind = column.type
            if not isinstance(kind, String) or isinstance(kind, Enum):
                continue
            if (getattr(table, "name", ""), column.name) in RAW_COLUMNS:
                continue
            listener = _lines if isinstance(kind, Text) else _one_line
            event.listen(getattr(mapper.class_, prop.key), "set", listener, retval=True)
