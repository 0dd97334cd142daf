"""claims: whether a figure bounds its kind from a total of killed and injured together

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default, as in 0004: existing claims are counts, not bounds.
    op.add_column("claims", sa.Column("joint", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("claims", "joint")
