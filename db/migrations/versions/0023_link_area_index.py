"""The 台区 links lose their single-column index on area_id (issue 13: import speed): the index on
(area_id, valid_from) begins with the same column, so every filter and join on area_id uses it alike, and a
county's first import no longer maintains two indexes for one column (200,000 links).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03 08:30:00

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0023'
down_revision: Union[str, Sequence[str], None] = '0022'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_index('ix_customer_area_link_area_id', table_name='customer_area_link')


def downgrade() -> None:
    op.create_index('ix_customer_area_link_area_id', 'customer_area_link', ['area_id'], unique=False)
