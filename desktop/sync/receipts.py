"""Bundle receipts' row numbers as the centre's order of events.

Some events at the centre must later be told apart as "before" or "after" a bundle's import: a
sequence clash (``clash_log``: was a bundle of a newer epoch imported since?) and a revocation
(``revocations``: was this file imported before the key was revoked?). Their times have whole
seconds, and both can fall in the same second as an import (a laptop that heals at once, a new key
approved and its bundles imported), so a time cannot tell. Receipts are never deleted, so their row
numbers only grow: the event notes ``top_receipt`` when it happens, and a receipt whose row is
higher was written after it.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import BundleReceipt

_TOP_RECEIPT = select(func.max(BundleReceipt.id))


def top_receipt(conn: Connection | OrmSession) -> int:
    """The highest receipt row ``conn`` sees (0 when there is none): the receipts written so far,
    including those of its own transaction not committed yet."""
    return conn.scalar(_TOP_RECEIPT) or 0
