"""review: users, API tokens, audit trail, field edits, settings

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "review_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["review_users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_review_tokens_user_id", "review_tokens", ["user_id"], unique=False)
    op.create_table(
        "review_audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.String(length=64), nullable=True),
        sa.Column("document_id", sa.String(length=512), nullable=True),
        sa.Column("user_name", sa.String(length=128), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_review_audit_incident_id", "review_audit", ["incident_id"], unique=False)
    op.create_table(
        "review_edits",
        sa.Column("incident_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("user_name", sa.String(length=128), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "field"),
    )
    _list_indexes()
    op.create_table(
        "review_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def _list_indexes() -> None:
    """Indexes for the review list's default sorts (see schema.py)."""
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, column in (("date", "date"), ("killed", "civilians_killed_min")):
        if postgres:
            op.create_index(f"ix_incidents_{name}_id_desc", "incidents",
                            [sa.text(f"{column} DESC NULLS LAST"), sa.text("id DESC")], unique=False)
        else:
            op.create_index(f"ix_incidents_{name}_id", "incidents", [column, "id"], unique=False)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in ("date", "killed"):
        op.drop_index(f"ix_incidents_{name}_id_desc" if postgres else f"ix_incidents_{name}_id", table_name="incidents")
    op.drop_table("review_settings")
    op.drop_table("review_edits")
    op.drop_index("ix_review_audit_incident_id", table_name="review_audit")
    op.drop_table("review_audit")
    op.drop_index("ix_review_tokens_user_id", table_name="review_tokens")
    op.drop_table("review_tokens")
    op.drop_table("review_users")
