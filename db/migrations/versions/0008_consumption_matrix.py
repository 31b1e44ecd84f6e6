"""The columnar copy of the monthly consumption the scan, line loss and curves read (issue 13).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 00:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Three new tables of derived data (the columns empty: the first analysis after the upgrade builds them)."""
    op.create_table('consumption_column',
    sa.Column('month', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('customer_ids', sa.LargeBinary(), nullable=False),
    sa.Column('kwh', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_consumption_column'))
    )
    op.create_table('consumption_matrix_state',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('built_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consumption_matrix_state'))
    )
    generation = op.create_table('consumption_generation',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consumption_generation'))
    )
    op.bulk_insert(generation, [{'id': 1, 'generation': 0}])


def downgrade() -> None:
    op.drop_table('consumption_generation')
    op.drop_table('consumption_matrix_state')
    op.drop_table('consumption_column')
