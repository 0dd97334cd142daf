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
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("event_weekday")
