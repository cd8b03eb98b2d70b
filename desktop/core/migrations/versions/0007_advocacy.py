"""advocacy: recommendations, status history, evidence links, surveys, outreach

Revision ID: 0007_advocacy
Revises: 0003_search
Create Date: 2026-12-01 12:30:50.287254
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_advocacy"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evidence_link',
    sa.Column('recommendation_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('segment_id', sa.String(length=36), nullable=True),
    sa.Column('code_id', sa.String(length=36), nullable=True),
    sa.Column('include_subcodes', sa.Boolean(), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('survey_id', sa.String(length=36), nullable=True),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('choices', sa.JSON(), nullable=False),
    sa.Column('group_by', sa.String(length=20), nullable=False),
    sa.Column('group_value', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_link'))
    )
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_link_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('outreach_event',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('governorate', sa.String(length=40), nullable=False),
    sa.Column('audience', sa.String(length=300), nullable=False),
    sa.Column('reach', sa.Integer(), nullable=False),
    sa.Column('organisation_ids', sa.JSON(), nullable=False),
    sa.Column('recommendation_ids', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outreach_event'))
    )
    with op.batch_alter_table('outreach_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outreach_event_date'), ['date'], unique=False)

    op.create_table('recommendation',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title_ar', sa.String(length=300), nullable=False),
    sa.Column('title_ckb', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('text_ar', sa.Text(), nullable=False),
    sa.Column('text_ckb', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('target_law', sa.String(length=300), nullable=False),
    sa.Column('target_article', sa.String(length=100), nullable=False),
    sa.Column('authority', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation'))
    )
    op.create_table('recommendation_status',
    sa.Column('recommendation_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation_status'))
    )
    with op.batch_alter_table('recommendation_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_status_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('survey',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('form_id', sa.String(length=200), nullable=False),
    sa.Column('form_version', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=False),
    sa.Column('dropped_columns', sa.JSON(), nullable=False),
    sa.Column('response_count', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey'))
    )
    op.create_table('survey_choice',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('label_ar', sa.String(length=300), nullable=False),
    sa.Column('label_ckb', sa.String(length=300), nullable=False),
    sa.Column('label_en', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_choice'))
    )
    with op.batch_alter_table('survey_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_choice_survey_id'), ['survey_id'], unique=False)

    op.create_table('survey_question',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('list_name', sa.String(length=100), nullable=False),
    sa.Column('group', sa.String(length=200), nullable=False),
    sa.Column('group_label_ar', sa.String(length=300), nullable=False),
    sa.Column('group_label_ckb', sa.String(length=300), nullable=False),
    sa.Column('group_label_en', sa.String(length=300), nullable=False),
    sa.Column('label_ar', sa.Text(), nullable=False),
    sa.Column('label_ckb', sa.Text(), nullable=False),
    sa.Column('label_en', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_question'))
    )
    with op.batch_alter_table('survey_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_question_survey_id'), ['survey_id'], unique=False)

    op.create_table('survey_response_block',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('submission_ids', sa.JSON(), nullable=False),
    sa.Column('governorates', sa.JSON(), nullable=False),
    sa.Column('genders', sa.JSON(), nullable=False),
    sa.Column('age_bands', sa.JSON(), nullable=False),
    sa.Column('rows', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response_block'))
    )
    with op.batch_alter_table('survey_response_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_block_survey_id'), ['survey_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('survey_response_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_block_survey_id'))

    op.drop_table('survey_response_block')
    with op.batch_alter_table('survey_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_question_survey_id'))

    op.drop_table('survey_question')
    with op.batch_alter_table('survey_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_choice_survey_id'))

    op.drop_table('survey_choice')
    op.drop_table('survey')
    with op.batch_alter_table('recommendation_status', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_status_recommendation_id'))

    op.drop_table('recommendation_status')
    op.drop_table('recommendation')
    with op.batch_alter_table('outreach_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outreach_event_date'))

    op.drop_table('outreach_event')
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_link_recommendation_id'))

    op.drop_table('evidence_link')
