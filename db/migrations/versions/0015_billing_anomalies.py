"""The billing centre's anomaly lists and the station's answers (issue 11).

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-02 02:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """A new table: nothing existing changes."""
    op.create_table('billing_anomaly',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_key', sa.String(length=200), nullable=False),
    sa.Column('account_no', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('anomaly_type', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('kwh', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.Column('result_note', sa.Text(), nullable=False),
    sa.Column('back_billed_kwh', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('back_billed_amount', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('checked_by', sa.String(length=64), nullable=True),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_billing_anomaly_customer_id_customer')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'],
                            name=op.f('fk_billing_anomaly_import_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_billing_anomaly')),
    sa.UniqueConstraint('line_key', name=op.f('uq_billing_anomaly_line_key'))
    )
    with op.batch_alter_table('billing_anomaly', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_billing_anomaly_account_no'), ['account_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_billing_anomaly_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_billing_anomaly_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_billing_anomaly_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_billing_anomaly_status'), ['status'], unique=False)


def downgrade() -> None:
    op.drop_table('billing_anomaly')
