"""Settings shared by everyone using a database: holiday rules, agenda and checklist templates.

They live in the database (not on one laptop) because they belong to the groups: an association's
shared database has one set for all its coordinators.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from coordinator_app.domain.logistics import ChecklistTemplate, default_checklist
from coordinator_app.domain.meetings import AgendaTemplate, default_agenda_template
from coordinator_app.domain.planning import HolidayRules
from coordinator_app.store.database import Database
from coordinator_app.store.models import Setting

HOLIDAY_RULES = "planner.holiday_rules"
AGENDA_TEMPLATE = "planner.agenda_template"
CHECKLIST_TEMPLATE = "logistics.checklist_template"


def read_setting(session: Session, key: str) -> object:
    """The stored JSON value of `key`, or None when unset or unreadable."""
    row = session.get(Setting, key)
    if row is None or not row.value:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def write_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def holiday_rules(db: Database) -> HolidayRules:
    """The stored holiday rules, or Denmark's defaults."""
    with db.reading() as session:
        return HolidayRules.from_json(read_setting(session, HOLIDAY_RULES))


def set_holiday_rules(db: Database, rules: HolidayRules) -> None:
    with db.session() as session:
        write_setting(session, HOLIDAY_RULES, rules.to_json())


def agenda_template(db: Database, lang: str) -> AgendaTemplate:
    """The stored agenda template; until one is saved, the default full day in `lang`."""
    with db.reading() as session:
        stored = read_setting(session, AGENDA_TEMPLATE)
    if stored is None:
        return default_agenda_template(lang)
    return AgendaTemplate.from_json(stored)


def set_agenda_template(db: Database, template: AgendaTemplate) -> None:
    with db.session() as session:
        write_setting(session, AGENDA_TEMPLATE, template.to_json())


def read_checklist_template(session: Session, lang: str) -> ChecklistTemplate:
    """The stored checklist template, read in `session` (so that a use case that creates a
    meeting's checklist reads it in its own transaction); until one is saved, the default
    tasks in `lang`."""
    stored = read_setting(session, CHECKLIST_TEMPLATE)
    if stored is None:
        return default_checklist(lang)
    return ChecklistTemplate.from_json(stored)


def checklist_template(db: Database, lang: str) -> ChecklistTemplate:
    """The stored checklist template; until one is saved, the default tasks in `lang`."""
    with db.reading() as session:
        return read_checklist_template(session, lang)


def set_checklist_template(db: Database, template: ChecklistTemplate) -> None:
    with db.session() as session:
        write_setting(session, CHECKLIST_TEMPLATE, template.to_json())
