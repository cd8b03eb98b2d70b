"""The centre's list of sequence clashes, for ``majlis-cli bundle status``.

A bundle whose change numbers were already received with different content is refused and changes
nothing in the database (every refusal leaves it byte for byte as it was). So the clash is noted
outside it, in the per-user state folder beside the exported positions: device id, epoch, the
numbers and the time, never anything from the bundle's content. A clash stops being listed once
the same device has sent a bundle in a newer epoch (its laptop healed itself and sent again).
"Later" is told by the receipt's row number, noted with the clash (``receipts.top_receipt``): times
have whole seconds, and a laptop that heals at once can be imported within the same second as its clash.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from desktop.core.atomic_file import write_atomic
from desktop.core.db import Store
from desktop.core.device_label import device_label, shown_name
from desktop.core.exported_position import read_state_file, state_dir
from desktop.core.models import BundleReceipt, Device
from desktop.sync.errors import SeqClashError
from desktop.sync.manifest import utc_now_iso
from desktop.sync.receipts import top_receipt

log = logging.getLogger(__name__)
MAX_KEPT = 200


@dataclass(frozen=True)
class Clash:
    device_id: str
    epoch: str
    first_seq: int
    last_seq: int
    at: str  # UTC, ISO 8601
    # The highest receipt row when the clash was refused; -1 in lists written before it was noted.
    after_receipt: int = -1

    def numbers(self) -> str:
        if self.first_seq == self.last_seq:
            return f"change {self.first_seq}"
        return f"changes {self.first_seq}\u2013{self.last_seq}"


def clash_file(store: Store) -> Path:
    return state_dir() / "clashes" / f"{store.device_id}.json"


def _read(store: Store) -> list[Clash]:
    raw = read_state_file(clash_file(store))  # bounded, never a pipe: None when missing or not one Majlis wrote
    if raw is None:
        return []
    try:
        return [Clash(str(c["device_id"]), str(c["epoch"]), int(c["first_seq"]), int(c["last_seq"]), str(c["at"]),
                      int(c.get("after_receipt", -1)))
                for c in raw]
    except (ValueError, KeyError, TypeError):
        log.warning("the list of sequence clashes could not be read")
        return []


def record(store: Store, error: SeqClashError, conn: Connection | None = None) -> None:
    """Note a refused clash. Never fails the import that found it. ``conn``: the import's connection,
    whose transaction may hold receipts of bundles written before the clash and not committed yet
    (a group of small bundles is committed together): they came before it all the same."""
    if not error.device_id:
        return
    now = utc_now_iso()
    after_receipt = _top_receipt(store, conn)
    clashes = [c for c in _read(store)
               if (c.device_id, c.epoch, c.first_seq, c.last_seq)
               != (error.device_id, error.epoch, error.first_seq, error.last_seq)]
    clashes.append(Clash(error.device_id, error.epoch, error.first_seq, error.last_seq, now, after_receipt))
    target = clash_file(store)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(target, json.dumps([asdict(c) for c in clashes[-MAX_KEPT:]]).encode("utf-8"))
    except OSError:
        log.warning("a sequence clash could not be noted for bundle status")


def _top_receipt(store: Store, conn: Connection | None) -> int:
    if conn is not None and conn.in_transaction():
        return top_receipt(conn)
    with store.session() as s:  # all committed: another connection sees every receipt
        return top_receipt(s)


def open_clashes(store: Store) -> list[dict[str, Any]]:
    """Clashes not yet followed by a bundle of a newer epoch from the same device, with a sentence each."""
    clashes = _read(store)
    if not clashes:
        return []
    out = []
    with store.session() as s:
        for c in clashes:
            after = (BundleReceipt.id > c.after_receipt if c.after_receipt >= 0
                     else BundleReceipt.imported_at > c.at)
            later = s.execute(
                select(BundleReceipt.bundle_hash).where(
                    BundleReceipt.device_id == c.device_id, BundleReceipt.epoch != c.epoch, after,
                ).limit(1)
            ).first()
            if later is not None:
                continue
            device = s.get(Device, c.device_id)
            name = device.name if device else ""
            label = device_label(name, c.device_id)
            shown = asdict(c)
            del shown["after_receipt"]  # the centre's own bookkeeping, not part of what status prints
            out.append({
                **shown,
                "device_name": shown_name(name),
                "text": (
                    f"{label}, epoch {c.epoch}: {c.numbers()} arrived again with different content ({c.at}); "
                    "nothing of that bundle was applied. That laptop's database was probably copied back from "
                    "an older copy: open it there with this version of Majlis (it starts a new numbering by "
                    "itself) and send a new bundle"
                ),
            })
    return out
