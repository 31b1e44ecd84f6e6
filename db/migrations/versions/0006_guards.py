"""Guards in the database itself (issue 15): at most one installed meter on a metering point.

A partial unique index (SQLite and PostgreSQL both have them), so no race between two counters and no outside
tool can leave two meters running on one point. A station whose data already breaks the rule is not upgraded:
the upgrade stops with the points and meters to fix (remove all but one in the asset ledger), the database
stays at 0005 with every row, and the next start upgrades once it is fixed. A migration never loses a row.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 12:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from db.migrate import MigrationRefused


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_WHERE = "status = 'installed' AND kind = 'meter'"


def upgrade() -> None:
    clashes = op.get_bind().execute(sa.text(
        "SELECT metering_point_id, asset_no FROM asset "
        f"WHERE {_WHERE} AND metering_point_id IN (SELECT metering_point_id FROM asset WHERE {_WHERE} "
        "GROUP BY metering_point_id HAVING count(*) > 1) ORDER BY metering_point_id, asset_no")).all()
    if clashes:
        points: dict[int, list[str]] = {}
        for point, asset_no in clashes:
            points.setdefault(point, []).append(asset_no)
        listed = "; ".join(f"metering point {p}: {', '.join(a)}" for p, a in list(points.items())[:10])
        more = f" and {len(points) - 10} more" if len(points) > 10 else ""
        raise MigrationRefused(
            "0006", f"{len(points)} metering point(s) have more than one installed meter ({listed}{more}); "
            "remove all but one on each in the asset ledger, then start again")
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.create_index('uq_asset_installed_meter_point', ['metering_point_id'], unique=True,
                              sqlite_where=sa.text(_WHERE), postgresql_where=sa.text(_WHERE))


def downgrade() -> None:
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.drop_index('uq_asset_installed_meter_point')
