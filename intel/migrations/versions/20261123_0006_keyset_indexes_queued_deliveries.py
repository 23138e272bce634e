"""keyset indexes: signals by (account_id, id), alerts by (user_id, id); queued deliveries

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUED = "status IN ('pending', 'sending')"


def upgrade() -> None:
    # The composite indexes lead with the old ones' column, so they replace them (foreign
    # key lookups included) and return rows newest first without a sort.
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signals_account_id'))
        batch_op.create_index('ix_signals_account_id_id', ['account_id', 'id'], unique=False)

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alerts_user_id'))
        batch_op.create_index('ix_alerts_user_id_id', ['user_id', 'id'], unique=False)

    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_index(
            'ix_deliveries_queued',
            ['next_attempt_at', 'id'],
            unique=False,
            postgresql_where=sa.text(QUEUED),
            sqlite_where=sa.text(QUEUED),
        )


def downgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_queued')

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_user_id_id')
        batch_op.create_index(batch_op.f('ix_alerts_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index('ix_signals_account_id_id')
        batch_op.create_index(batch_op.f('ix_signals_account_id'), ['account_id'], unique=False)
