"""A version on customers (issue 12: concurrent edits): the customer form's save is checked against the
version it loaded, as the asset, rule and tariff dialogs already are (0021), instead of comparing every field.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02 16:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0022'
down_revision: Union[str, Sequence[str], None] = '0021'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """One new column with a default: every existing customer starts at version 1, no row is rewritten."""
    with op.batch_alter_table('customer') as batch:
        batch.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default=sa.text('1')))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN on both databases (SQLite since 3.35): batch mode would copy and drop the
    # customer table, which nearly every other table references, and fail under foreign keys.
    op.execute('ALTER TABLE customer DROP COLUMN version')
