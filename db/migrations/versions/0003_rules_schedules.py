"""Rule settings, tariffs, batch sampling results and inspection visits (issue 4).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 23:13:16.824822

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Four new tables; no existing row is touched."""
    op.create_table('batch_sampling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=40), nullable=False),
    sa.Column('maker', sa.String(length=80), nullable=False),
    sa.Column('verification_year', sa.Integer(), nullable=False),
    sa.Column('sampled_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=8), nullable=False),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_sampling'))
    )
    with op.batch_alter_table('batch_sampling', schema=None) as batch_op:
        batch_op.create_index('ix_batch_sampling_batch', ['model', 'maker', 'verification_year', 'sampled_on'], unique=False)

    op.create_table('rule_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('edition', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_rule_setting'))
    )
    op.create_table('tariff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tariff_category', sa.String(length=16), nullable=False),
    sa.Column('voltage_level', sa.String(length=8), nullable=False),
    sa.Column('price', sa.Numeric(precision=10, scale=4), nullable=False),
    sa.Column('basic_price_kva', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff'))
    )
    with op.batch_alter_table('tariff', schema=None) as batch_op:
        batch_op.create_index('ix_tariff_category_voltage_from', ['tariff_category', 'voltage_level', 'effective_from'], unique=False)

    op.create_table('inspection_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_inspection_visit_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_visit'))
    )
    with op.batch_alter_table('inspection_visit', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_visit_customer_visited', ['customer_id', 'visited_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_visit_visited_on'), ['visited_on'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('inspection_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_visit_visited_on'))
        batch_op.drop_index('ix_inspection_visit_customer_visited')

    op.drop_table('inspection_visit')
    with op.batch_alter_table('tariff', schema=None) as batch_op:
        batch_op.drop_index('ix_tariff_category_voltage_from')

    op.drop_table('tariff')
    op.drop_table('rule_setting')
    with op.batch_alter_table('batch_sampling', schema=None) as batch_op:
        batch_op.drop_index('ix_batch_sampling_batch')

    op.drop_table('batch_sampling')
