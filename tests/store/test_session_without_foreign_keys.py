"""`Database.session_without_foreign_keys`: the checks are off inside it only, and every
connection the pool hands out afterwards has them on again, after an error too."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from coordinator_app.store.database import Database


def _checks(db: Database) -> int:
    with db.session() as session:
        return int(session.execute(text("PRAGMA foreign_keys")).scalar_one())


def test_the_checks_are_off_inside_and_on_again_after(db: Database) -> None:
    with db.session_without_foreign_keys() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 0
        session.execute(text("INSERT INTO employments (person_id, organisation_id, title) "
                             "VALUES (999, 999, 'nobody')"))  # fmt: skip
        session.execute(text("DELETE FROM employments WHERE person_id = 999"))
    assert _checks(db) == 1
    with pytest.raises(RuntimeError), db.session_without_foreign_keys():
        raise RuntimeError("a failed undo")
    assert _checks(db) == 1
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.execute(text("INSERT INTO employments (person_id, organisation_id, title) "
                             "VALUES (999, 999, 'nobody')"))  # fmt: skip
