"""Versions on the records people edit (assets, metering points, findings, rule settings, tariffs) and the
last successful login of each user (issue 12: concurrent edits told; the users page).

Revision ID: 0021
Revises: 0017
Create Date: 2026-12-02 04:55:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0021'
down_revision: Union[str, Sequence[str], None] = '0020'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: Every existing row starts at version 1 (the server default fills them): nobody holds an older one.
VERSIONED = ('asset', 'metering_point', 'finding', 'rule_setting', 'tariff')


def upgrade() -> None:
    """New columns with defaults: no row is lost or rewritten beyond the default."""
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default=sa.text('1')))
    with op.batch_alter_table('app_user') as batch:
        batch.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('app_user') as batch:
        batch.drop_column('last_login_at')
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('version')
