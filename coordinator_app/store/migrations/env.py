"""Alembic environment: runs migrations on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from coordinator_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    # Developers: `alembic -c coordinator_app/store/alembic.ini revision --autogenerate`.
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-migrations.sqlite"
    with create_engine(url).connect() as conn:
        _run(conn)
