"""Whether bundles of changes are merged on this database, asked by the Sync page and ``majlis-cli
bundle import`` alike: at the centre and on a laptop the centre's roster names a coordinator; not on
a field laptop, whatever way a bundle reaches it (opened with the app, dropped, chosen, named to
``bundle import`` with the team key file): each is refused there as ``not_merged_here``. Light on
imports (the CLI's import loads no roster, device reports or conflicts to ask it).

Among the bundles refused there, those this laptop sent itself (a facilitator's stick holds her own
exports) are told apart (``sent_from_here``): nothing is wrong with them, and both say so in one
neutral line each, not as a refusal."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from desktop.core import exported_position
from desktop.core.db import Store
from desktop.core.models import BundleReceipt
from desktop.sync import roster_sync
from desktop.sync.sniff import AGE_HEADER, starts_with
from desktop.sync.team_common import current_team


def merges_here(store: Store) -> bool:
    """Whether bundles of changes are merged on this database: at the centre and on a second
    coordinator's laptop; not on a field laptop (the import refuses them there, whatever way they
    came). A database in no team is left to the import's own refusals (no team key, not enrolled)."""
    with store.session() as s:
        team = current_team(s)
        return team is None or team.is_central or roster_sync.is_coordinator_laptop(s, store.device_id)


def not_merged(files: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """``files`` given to a field laptop split in two, in order: the bundles of changes (encrypted, or
    no regular file: what cannot be read to tell), each refused as not merged here; and the rest (the
    team file, no Majlis file at all), which goes with the team updates and is refused as what it is."""
    bundles = [p for p in files if not p.is_file() or starts_with(p, AGE_HEADER)]
    chosen = set(bundles)
    return bundles, [p for p in files if p not in chosen]


def sent_from_here(store: Store, bundles: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """``bundles`` (refused on a field laptop as not merged here) split in two, in order: those this laptop
    sent, their bytes exactly those of a bundle it exported (its SHA-256 recorded at export: ``bundle_receipt``,
    direction "out", this device, and the exported-position file outside the database, which a restore or a
    database copied back from an older copy does not take back), whatever the file is called now; and the rest. A file that names this
    laptop but was written by another key (a forgery) or altered on the way is not one it exported: it
    stays refused. Read only when this laptop has exported a bundle; a file that cannot be read, or is
    larger than any bundle, is not told to be its own."""
    with store.session() as s:
        sent = set(s.execute(select(BundleReceipt.bundle_hash).where(
            BundleReceipt.direction == "out", BundleReceipt.device_id == store.device_id)).scalars())
    # And those the file outside the database keeps: a database restored from a backup, or copied back, lacks
    # the records of the bundles it exported after that copy was made.
    sent |= exported_position.sent_bundles(store.device_id)
    if not sent:
        return [], list(bundles)
    own = [p for p in bundles if _digest(p) in sent]
    chosen = set(own)
    return own, [p for p in bundles if p not in chosen]


def _digest(path: Path) -> str:
    """The file's SHA-256 as export records it; "" for what is no regular file, too large, or unreadable."""
    from desktop.sync.bundle_file import MAX_BUNDLE_FILE  # the reader's (age): loaded only when needed

    try:
        if not path.is_file() or path.stat().st_size > MAX_BUNDLE_FILE:
            return ""
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return ""
