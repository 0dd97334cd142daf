"""initial schema

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.String(length=512), nullable=False),
    sa.Column('raw_hash', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('source_type', sa.String(length=64), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_raw_hash'), ['raw_hash'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('place_country', sa.String(length=2), nullable=True),
    sa.Column('place_admin1', sa.Text(), nullable=True),
    sa.Column('place_lat', sa.Float(), nullable=True),
    sa.Column('place_lon', sa.Float(), nullable=True),
    sa.Column('place_precision', sa.String(length=16), nullable=True),
    sa.Column('place_geonameid', sa.Integer(), nullable=True),
    sa.Column('place_start', sa.Integer(), nullable=True),
    sa.Column('place_end', sa.Integer(), nullable=True),
    sa.Column('place_text', sa.Text(), nullable=True),
    sa.Column('belligerents', sa.JSON(), nullable=False),
    sa.Column('strike_types', sa.JSON(), nullable=False),
    sa.Column('ranges', sa.JSON(), nullable=False),
    sa.Column('civilians_killed_min', sa.Integer(), nullable=True),
    sa.Column('grade', sa.String(length=16), nullable=False),
    sa.Column('grade_reasons', sa.JSON(), nullable=False),
    sa.Column('contested', sa.Boolean(), nullable=False),
    sa.Column('contest_reasons', sa.JSON(), nullable=False),
    sa.Column('review_state', sa.String(length=16), nullable=False),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index('ix_incidents_country', ['place_country'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_date'), ['date'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=512), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('grp', sa.String(length=64), nullable=False),
    sa.Column('actor', sa.Text(), nullable=True),
    sa.Column('min', sa.Integer(), nullable=True),
    sa.Column('max', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('place_country', sa.String(length=2), nullable=True),
    sa.Column('place_admin1', sa.Text(), nullable=True),
    sa.Column('place_lat', sa.Float(), nullable=True),
    sa.Column('place_lon', sa.Float(), nullable=True),
    sa.Column('place_precision', sa.String(length=16), nullable=True),
    sa.Column('place_geonameid', sa.Integer(), nullable=True),
    sa.Column('place_start', sa.Integer(), nullable=True),
    sa.Column('place_end', sa.Integer(), nullable=True),
    sa.Column('place_text', sa.Text(), nullable=True),
    sa.Column('belligerents', sa.JSON(), nullable=False),
    sa.Column('strike_types', sa.JSON(), nullable=False),
    sa.Column('site_types', sa.JSON(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('speaker_kind', sa.String(length=16), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'start', 'end', 'kind', 'grp', name='uq_claim_span')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_document_id'), ['document_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=512), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_document_id'), ['document_id'], unique=False)

    op.create_table('incident_claims',
    sa.Column('incident_id', sa.String(length=64), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'claim_id')
    )
    with op.batch_alter_table('incident_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_claims_claim_id'), ['claim_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('incident_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_claims_claim_id'))

    op.drop_table('incident_claims')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_document_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_document_id'))

    op.drop_table('claims')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_date'))
        batch_op.drop_index('ix_incidents_country')

    op.drop_table('incidents')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_raw_hash'))

    op.drop_table('documents')
