"""Alembic's entry point: runs migrations on the connection SIC Desktop hands over."""

from alembic import context

from sic_desktop.db import models  # noqa: F401  (registers every table)
from sic_desktop.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the developer's `alembic revision` gets here
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

# render_as_batch: SQLite cannot ALTER most things, so Alembic copies and swaps tables.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
