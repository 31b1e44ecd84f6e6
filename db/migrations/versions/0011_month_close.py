"""Month close (issue 12): the period lock and the amendments booked against a closed month.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 02:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """New tables only: every month of an existing station starts open."""
    op.create_table(
        'period_lock',
        sa.Column('month', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=64), nullable=True),
        sa.Column('checklist', sa.Text(), nullable=True),
        sa.Column('reopened_at', sa.DateTime(), nullable=True),
        sa.Column('reopened_by', sa.String(length=64), nullable=True),
        sa.Column('reopen_reason', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.PrimaryKeyConstraint('month'),
    )
    op.create_table(
        'monthly_amendment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('original_id', sa.Integer(), nullable=True),
        sa.Column('original_kwh', sa.Float(), nullable=True),
        sa.Column('corrected_kwh', sa.Float(), nullable=False),
        sa.Column('delta_kwh', sa.Float(), nullable=False),
        sa.Column('booked_month', sa.Integer(), nullable=False),
        sa.Column('import_batch_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('operator', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_monthly_amendment_owner', 'monthly_amendment', ['kind', 'owner_id', 'month'])
    op.create_index('ix_monthly_amendment_booked', 'monthly_amendment', ['booked_month'])


def downgrade() -> None:
    op.drop_index('ix_monthly_amendment_booked', table_name='monthly_amendment')
    op.drop_index('ix_monthly_amendment_owner', table_name='monthly_amendment')
    op.drop_table('monthly_amendment')
    op.drop_table('period_lock')
