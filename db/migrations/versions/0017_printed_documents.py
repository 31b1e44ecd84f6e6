"""Sealed prints of the ledgers: number, request and row hashes, so paper can be checked later (issue 11).

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-02 02:25:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """A new table: nothing existing changes."""
    op.create_table('printed_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_no', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('row_hashes', sa.Text(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_document')),
    sa.UniqueConstraint('doc_no', name=op.f('uq_printed_document_doc_no'))
    )


def downgrade() -> None:
    op.drop_table('printed_document')
