"""gazetteer: places imported from GeoNames dumps and reviewers' local places

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "geo_places",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("admin1_code", sa.String(length=20), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("feature_code", sa.String(length=10), nullable=True),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_geo_places_source_country", "geo_places", ["source", "country"])
    op.create_index("ix_geo_places_geonameid", "geo_places", ["geonameid"])
    op.create_table(
        "geo_names",
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["geo_places.id"], ondelete="CASCADE"),
    )
    op.create_index("ix_geo_names_place_id", "geo_names", ["place_id"])


def downgrade() -> None:
    op.drop_table("geo_names")
    op.drop_table("geo_places")
