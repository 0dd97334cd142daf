"""Alembic environment: migrations run on the connection civcas hands over (store/db.py)."""

from alembic import context

import civcas.geo.tables  # noqa: F401  (its tables live on the same metadata)
from civcas.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
)
with context.begin_transaction():
    context.run_migrations()
