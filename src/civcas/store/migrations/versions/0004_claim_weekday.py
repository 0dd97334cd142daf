"""claims: the weekday a text names for a day it gives nothing to place

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: both SQLite and PostgreSQL do it in place, without the table copy
    # a batch operation makes.
    op.add_column("claims", sa.Column("event_weekday", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Not a batch operation: on SQLite that rebuilds the table, and dropping the old one
    # would cascade to incident_claims.
    op.drop_column("claims", "event_weekday")
