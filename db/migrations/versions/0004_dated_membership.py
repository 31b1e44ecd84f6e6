"""台区 membership with an open start and its evidence (issue 7).

A customer's first link may hold "since ever" (valid_from NULL) when the import has no 立户日期; each link
says where it came from (ledger, import, readings), so a preview can tell a move from a correction.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:50:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """valid_from becomes nullable and every link gets a source; no row is lost or changed."""
    with op.batch_alter_table('customer_area_link', schema=None) as batch_op:
        batch_op.alter_column('valid_from', existing_type=sa.Date(), nullable=True)
        batch_op.add_column(sa.Column('source', sa.String(length=16), nullable=False, server_default='ledger'))
        batch_op.create_index('ix_customer_area_link_area_valid', ['area_id', 'valid_from'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customer_area_link', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_area_link_area_valid')
        batch_op.drop_column('source')
    op.execute("UPDATE customer_area_link SET valid_from = '1900-01-01' WHERE valid_from IS NULL")
    with op.batch_alter_table('customer_area_link', schema=None) as batch_op:
        batch_op.alter_column('valid_from', existing_type=sa.Date(), nullable=False)
