"""What a facilitator needs to know before sending: how much is unsent, when the last bundle left
and where it went, and a file name for the next one.

The name says team, device and change range, never a person (device *names* are typed by people and
may be one, so the short device id stands in for them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.core import exported_position
from desktop.core.clock import utc_moment, wall_ms_of
from desktop.core.db import Store
from desktop.core.log_stamps import newest_stamp
from desktop.core.models import BundleReceipt, ChangeLog, Device, Team
from desktop.core.status import own_last_seq, waiting_ranges
from desktop.sync import revocations
from desktop.sync.bundle_format import bundle_file_name
from desktop.sync.export import epoch_number
from desktop.sync.roster import own_fingerprint
from desktop.sync.sniff import BUNDLE_SUFFIX

LAST_EXPORT_FOLDER = "last_export_folder"  # a folder path (USB stick, Documents), never a key


@dataclass(frozen=True)
class Outbox:
    in_team: bool
    is_central: bool
    unsent: int
    last_export_at: dt.datetime | None  # UTC
    last_export_range: tuple[int, int] | None
    last_export_folder: str
    next_name: str
    # Read to the coordinator on the phone when this laptop waits for approval at the centre.
    key_fingerprint: str = ""
    # The latest change recorded here, when it is dated more than a day after this computer's clock
    # (UTC): the date is wrong now, or was set ahead when it was recorded (the centre refuses it).
    clock_behind_until: dt.datetime | None = None
    # The centre revoked this laptop's key (its team updates say so): a lost laptop's backup restored
    # here, whose bundles are refused until it signs with a new key (``new_key``).
    key_revoked: bool = False
    # This laptop's public key (base64), typed at the centre's Register a device… with its device id.
    public_key: str = ""


def outbox(store: Store) -> Outbox:
    # What the next export sends first: the oldest epoch with changes waiting (after a restore, the
    # backup's work that never left), else the current one.
    waiting = waiting_ranges(store)
    if waiting:
        epoch, exported, top = waiting[0]
    else:
        epoch, top = store.epoch, own_last_seq(store)
        exported = int(store.get_state("exported_seq", "0") or 0)
    with store.session() as s:
        team = s.execute(select(Team)).scalars().first()
        last = s.execute(
            select(BundleReceipt).where(BundleReceipt.direction == "out", BundleReceipt.device_id == store.device_id)
            # Times have whole seconds: of two bundles written in one second, the later row is the last.
            .order_by(BundleReceipt.imported_at.desc(), BundleReceipt.id.desc()).limit(1)
        ).scalars().first()
        newest = newest_stamp(s)  # through the (device, stamp) index: no scan
        me = s.get(Device, store.device_id)
        key_revoked = me is not None and revocations.is_revoked(s, me.public_key)
        public_key = (me.public_key or "") if me is not None else ""
        first_unsent = s.execute(
            select(func.min(ChangeLog.seq)).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == epoch, ChangeLog.seq > exported)
        ).scalar()
    when = _parsed(last.imported_at) if last is not None else None
    last_range = (last.seq_from, last.seq_to) if last is not None else None
    # A database restored from a backup (or copied back) lacks the bundles written since it was made: the
    # file outside it keeps the last one, and the later of the two is this laptop's last bundle.
    kept = exported_position.last_export(store.device_id)
    kept_when = _parsed(kept.at) if kept is not None else None
    # The file is written with every bundle, so in a tie (one second) it is the later one.
    if kept is not None and kept_when is not None and (when is None or kept_when >= when):
        when, last_range = kept_when, (kept.seq_from, kept.seq_to)
    newest_ms = wall_ms_of(newest) if newest else 0
    behind = utc_moment(newest_ms) if newest_ms > store.clock.latest_ms() else None
    team_id = team.id if team is not None else "alone"
    seq_from = int(first_unsent or exported + 1)
    name = bundle_file_name(team_id, store.device_id, epoch_number(epoch), seq_from, max(top, seq_from))
    assert name.endswith(BUNDLE_SUFFIX)
    return Outbox(
        in_team=team is not None,
        is_central=bool(team is not None and team.is_central),
        unsent=sum(last - done for _epoch, done, last in waiting),
        last_export_at=when,
        last_export_range=last_range,
        last_export_folder=store.get_state(LAST_EXPORT_FOLDER, "") or "",
        next_name=name,
        key_fingerprint=own_fingerprint(store),
        clock_behind_until=behind,
        key_revoked=key_revoked,
        public_key=public_key,
    )


def _parsed(stamp: str | None) -> dt.datetime | None:
    """A receipt's UTC time (ISO 8601, "Z" or an offset); None when absent or not one."""
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def with_bundle_suffix(name: str) -> str:
    """``name`` ending in .majlis (a save dialog may drop it, a person may type another)."""
    return name if name.lower().endswith(BUNDLE_SUFFIX) else name + BUNDLE_SUFFIX
