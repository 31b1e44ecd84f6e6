"""Users who can be told apart (issues 10 and 12): an inspector's 用电检查证, login failures, a version.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 02:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Columns only; every existing user keeps its row (no certificate, no failures, version 1)."""
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cert_no', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('cert_grade', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        for column in ('version', 'locked_until', 'failed_logins', 'cert_grade', 'cert_no'):
            batch_op.drop_column(column)
