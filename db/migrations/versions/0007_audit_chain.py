"""A tamper-evident audit log (issue 15): every row carries a hash chained to the row before it.

The rows already written are hashed here, in id order, so the chain covers the whole log from its first row;
`station db verify` walks it. No row is changed but for its new row_hash.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from db.audit_chain import GENESIS, row_hash


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    log = sa.table('audit_log', sa.column('id', sa.Integer), sa.column('at', sa.DateTime),
                   sa.column('operator', sa.String), sa.column('action', sa.String), sa.column('entity', sa.String),
                   sa.column('entity_id', sa.Integer), sa.column('before', sa.Text), sa.column('after', sa.Text),
                   sa.column('row_hash', sa.String))
    bind = op.get_bind()
    prev, last_id = GENESIS, 0
    while True:
        rows = bind.execute(sa.select(log.c.id, log.c.at, log.c.operator, log.c.action, log.c.entity,
                                      log.c.entity_id, log.c.before, log.c.after)
                            .where(log.c.id > last_id).order_by(log.c.id).limit(_BATCH)).all()
        if not rows:
            break
        updates = []
        for r in rows:
            prev = row_hash(prev, r.at, r.operator, r.action, r.entity, r.entity_id, r.before, r.after)
            updates.append({"rid": r.id, "h": prev})
        bind.execute(log.update().where(log.c.id == sa.bindparam("rid")).values(row_hash=sa.bindparam("h")), updates)
        last_id = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('row_hash')
