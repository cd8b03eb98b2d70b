"""Rollback by file copy: the last exported position, kept outside the database too.

A laptop whose database file is copied back from an older copy (a USB stick, a "previous
version", a synced folder) would number its next changes with sequence numbers it already sent,
with different content: the centre refuses them as a clash and the laptop, believing them unsent
or sent, is wrong either way. So after every bundle export the position (device id, epoch, last
exported sequence number and that change's HLC) is also written to a small file in the per-user
state folder, which a copy of the database folder does not bring back. On open and before each
export the database is compared with it; a database that is behind (or holds a different change
at that number) starts a new epoch, as a restore does, so new work is never refused as a clash.
The SHA-256 of the bundles exported are kept there too (``sent_bundles``): a database restored or copied
back lacks the records of those it exported since, and given its own stick would refuse them as a
colleague's.

The last bundle's time and changes are kept too (``last_export``): the Sync page says the later of it and the
database's own record (a restored database knows only the bundles written before its backup).

The file holds ids, numbers, times and bundle hashes only, nothing about people. ``MAJLIS_STATE_DIR`` moves the folder
(tests, portable installs).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.core.atomic_file import write_atomic
from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.core.models import ChangeLog, LocalState, Team

if TYPE_CHECKING:
    from desktop.core.db import Store

log = logging.getLogger(__name__)
STATE_DIR_ENV = "MAJLIS_STATE_DIR"


def state_dir() -> Path:
    """The per-user folder for Majlis's own small state files (never inside a database folder)."""
    if os.environ.get(STATE_DIR_ENV):
        return Path(os.environ[STATE_DIR_ENV])
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Majlis" / "state"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Majlis" / "state"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "majlis"


def position_file(device_id: str) -> Path:
    return state_dir() / "exported" / f"{device_id}.json"


@dataclass(frozen=True)
class Position:
    seq: int
    hlc: str


@dataclass(frozen=True)
class Rollback:
    """What was found and done: the database was behind what this laptop had already sent."""

    old_epoch: str
    new_epoch: str
    exported_seq: int  # what had left this laptop in the old epoch
    database_seq: int  # how far the database's copy of that epoch goes
    relogged: int  # changes of the copy that never left, carried over into the new epoch
    what: str = "changes"  # or "team updates": a centre whose update number went back


#: The most bytes of a state file read (``read_state_file``): the position file with its ``SENT_KEPT`` bundle hashes
#: is some 35 KB. A larger one (written by another program, or garbage after a disk filled) is not this app's.
STATE_FILE_LIMIT = 1024 * 1024


def read_state_file(target: Path) -> Any:
    """The JSON a state file holds; None when it is missing, or is not a file Majlis wrote: not a regular file (a
    folder, a pipe), larger than STATE_FILE_LIMIT (never read whole), not UTF-8 JSON, or nested past what the
    parser takes. Read at most STATE_FILE_LIMIT + 1 bytes, whatever is there."""
    try:
        data = read_at_most(target, STATE_FILE_LIMIT)
    except FileNotFoundError:
        return None
    except (OSError, NotAFile):
        log.warning("a state file could not be read")
        return None
    if len(data) > STATE_FILE_LIMIT:
        log.warning("a state file is larger than any Majlis writes: not read")
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 or not JSON; "[[[[…" deeper than the parser goes
        log.warning("a state file is not one Majlis wrote: not read")
        return None


def _load(device_id: str) -> dict[str, Any]:
    """The whole position file for ``device_id``; empty when missing, unreadable, malformed, too large or someone
    else's (then rollback detection is skipped until the next export writes the file anew)."""
    raw = read_state_file(position_file(device_id))
    return raw if isinstance(raw, dict) and raw.get("device_id") == device_id else {}


def _save(device_id: str, payload: dict[str, Any]) -> None:
    payload["device_id"] = device_id
    if not save_state_file(position_file(device_id), payload):
        log.warning("the exported position could not be written outside the database")


def save_state_file(target: Path, payload: dict[str, Any]) -> bool:
    """Write one of the state folder's JSON files (private, whole or not at all); False when it could not be."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(target, json.dumps(payload, sort_keys=True).encode("utf-8"), mode=0o600)
    except OSError:
        return False
    return True


def read_positions(device_id: str) -> dict[str, Position]:
    """Exported change positions per epoch; empty when there is no file or it cannot be read."""
    try:
        epochs = _load(device_id).get("epochs", {})
        return {str(e): Position(int(p["seq"]), str(p["hlc"])) for e, p in epochs.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("the exported-position file could not be read; rollback detection skipped once")
        return {}


def record_export(device_id: str, epoch: str, seq: int, hlc: str, bundle_hash: str = "",
                  last: LastExport | None = None) -> None:
    """Remember that changes up to ``seq`` of ``epoch`` have left, in the bundle whose SHA-256 is
    ``bundle_hash``; ``last``: when that bundle was written and its range (what the Sync page says of
    the last bundle, after a restore too). Never fails an export."""
    known = read_positions(device_id).get(epoch)
    if known is not None and known.seq >= seq:
        if bundle_hash and last is None:  # a full export sends again what had left: a file of its own all the same
            record_sent(device_id, bundle_hash)
        elif bundle_hash or last is not None:
            payload = _load(device_id)
            if bundle_hash:
                payload["sent"] = _with_sent(payload, bundle_hash)
            _save(device_id, _with_last(payload, last))
        return
    payload = _load(device_id)
    found = payload.get("epochs")
    epochs: dict[str, Any] = found if isinstance(found, dict) else {}
    epochs[epoch] = {"seq": seq, "hlc": hlc}
    payload["epochs"] = epochs
    if bundle_hash:
        payload["sent"] = _with_sent(payload, bundle_hash)
    _save(device_id, _with_last(payload, last))


@dataclass(frozen=True)
class LastExport:
    """The last bundle this laptop wrote: when (UTC, ISO 8601 as the database's receipts) and its changes."""

    at: str
    seq_from: int
    seq_to: int


def _with_last(payload: dict[str, Any], last: LastExport | None) -> dict[str, Any]:
    if last is not None:
        payload["last_export"] = {"at": last.at, "from": last.seq_from, "to": last.seq_to}
    return payload


def last_export(device_id: str) -> LastExport | None:
    """The last bundle written, as the file keeps it: a database restored from a backup (or copied back)
    knows only the bundles written before it was made. None when the file has none or cannot be read."""
    found = _load(device_id).get("last_export")
    if not isinstance(found, dict):
        return None
    at, seq_from, seq_to = found.get("at"), found.get("from"), found.get("to")
    if not isinstance(at, str) or len(at) > 64 or type(seq_from) is not int or type(seq_to) is not int:
        return None
    return LastExport(at, seq_from, seq_to)


#: How many exported bundles' hashes the file keeps (the newest): years of a laptop's daily exports.
SENT_KEPT = 500


def sent_bundles(device_id: str) -> set[str]:
    """The SHA-256 of the bundles this laptop exported, as the file keeps them (the newest ``SENT_KEPT``): its
    own bundles on its stick are known after a restore or a copy of an older database, which lack their
    records (``bundle_receipt``). Empty when there is no file or it cannot be read."""
    found = _load(device_id).get("sent")
    return {h for h in found if isinstance(h, str)} if isinstance(found, list) else set()


def record_sent(device_id: str, bundle_hash: str) -> None:
    """Remember that this laptop exported the bundle whose SHA-256 is ``bundle_hash``. Never fails an export."""
    payload = _load(device_id)
    payload["sent"] = _with_sent(payload, bundle_hash)
    _save(device_id, payload)


def _with_sent(payload: dict[str, Any], bundle_hash: str) -> list[str]:
    found = payload.get("sent")
    sent = [h for h in found if isinstance(h, str) and h != bundle_hash] if isinstance(found, list) else []
    return [*sent, bundle_hash][-SENT_KEPT:]


def _team_updates(device_id: str) -> dict[str, int]:
    updates = _load(device_id).get("team_updates", {})
    try:
        return {str(e): int(n) for e, n in updates.items()}
    except (ValueError, TypeError, AttributeError):
        return {}


#: local_state key prefix of the team-update epoch that a database epoch of the centre fixes with
#: its first update (desktop/sync/team.py writes it).
UPDATE_EPOCH_STATE = "team_update_epoch"


def update_epoch_key(epoch: str) -> str:
    return f"{UPDATE_EPOCH_STATE}:{epoch}"


def _central_update_sequence(store: Store) -> int | None:
    """The centre's last team-update number in this database epoch (0 before its first one); None
    on a field device (it only applies them)."""
    with store.session() as s:
        team = s.execute(select(Team)).scalars().first()
        if team is None or not team.is_central:
            return None
        # After a restore or a healed copy (a new epoch) the stored number is still the old epoch's
        # last one: remembered under the new epoch it would make the new epoch's first updates
        # (numbered from 1 again) look like an older copy on the next open.
        if s.get(LocalState, update_epoch_key(store.epoch)) is None:
            return 0
        return int(team.update_sequence or 0)


def _update_epochs(device_id: str) -> dict[str, int]:
    epochs = _load(device_id).get("team_update_epochs", {})
    try:
        return {str(e): int(n) for e, n in epochs.items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def known_update_epoch(device_id: str) -> int:
    """The latest team-update epoch (its numbering's time stamp) this computer saw the centre fix, in any
    database epoch; 0 for none. A centre restored from a backup made before it fixed one (its date set
    ahead then) numbers after it all the same (desktop/sync/team_update.py), as after those its database holds."""
    return max(_update_epochs(device_id).values(), default=0)


def remember_team_update(store: Store) -> None:
    """A centre also keeps its last team-update number outside the database (on open and close, and when
    it fixes a numbering or writes an update): a copy of an older file would otherwise number its next
    update as one the devices already have, and a restored backup would not know a numbering fixed after it."""
    sequence = _central_update_sequence(store)
    if sequence is None:
        return
    with store.session() as s:
        fixed = s.get(LocalState, update_epoch_key(store.epoch))
        stamp = int(fixed.value) if fixed is not None and fixed.value and fixed.value.isdigit() else 0
    new_sequence = sequence > _team_updates(store.device_id).get(store.epoch, 0)
    new_stamp = stamp > _update_epochs(store.device_id).get(store.epoch, 0)
    if not (new_sequence or new_stamp):
        return
    payload = _load(store.device_id)
    for key, value, new in (("team_updates", sequence, new_sequence), ("team_update_epochs", stamp, new_stamp)):
        if new:
            found = payload.get(key)
            kept: dict[str, Any] = found if isinstance(found, dict) else {}
            kept[store.epoch] = value
            payload[key] = kept
    _save(store.device_id, payload)


def _behind(store: Store, position: Position) -> tuple[bool, int]:
    """(is the database behind or different at the exported position?, its last seq in the epoch)."""
    with store.session() as s:
        top = s.execute(
            select(func.max(ChangeLog.seq)).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == store.epoch
            )
        ).scalar()
        top = int(top or 0)
        if top < position.seq:
            return True, top
        hlc = s.execute(
            select(ChangeLog.hlc).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == store.epoch,
                ChangeLog.seq == position.seq,
            )
        ).scalar()
    return hlc != position.hlc, top


def check_and_heal(store: Store) -> Rollback | None:
    """Start a new epoch if this database is an older (or diverging) copy of what was exported."""
    position = read_positions(store.device_id).get(store.epoch)
    if position is not None:
        behind, top = _behind(store, position)
        if behind:
            return _start_new_epoch(store, position, top)
    sent_update = _team_updates(store.device_id).get(store.epoch)
    if sent_update:
        sequence = _central_update_sequence(store)
        if sequence is not None and sequence < sent_update:
            return _new_epoch_for_team_updates(store, sent_update, sequence)
    return None


def _new_epoch_for_team_updates(store: Store, sent: int, stored: int) -> Rollback:
    """Team updates are numbered within the database epoch (desktop/sync/team.py): a new epoch
    gives the next update a number no device has seen. Changes waiting in the old epoch still go."""
    old, new = store.epoch, secrets.token_hex(4)
    with store.transaction() as s:
        s.merge(LocalState(key="epoch", value=new))
        s.merge(LocalState(key="exported_seq", value="0"))
        s.merge(LocalState(key="rollback_detected", value=f"{old}:update:{sent}:{stored}"))
    store.epoch = new
    log.info("team-update number older than the one already sent; started a new epoch")
    return Rollback(old, new, sent, stored, 0, what="team updates")


def _start_new_epoch(store: Store, position: Position, top: int) -> Rollback:
    """As a restore does: a new epoch for new work. Changes of the copy that the laptop's sent
    history does not contain (numbers past what left, or a copy that went its own way) are logged
    again in the new epoch, so they still reach the centre, under numbers never used."""
    old, new = store.epoch, secrets.token_hex(4)
    with store.transaction() as s:
        state = s.get(LocalState, f"exported_seq:{old}")
        sent_here = int(state.value) if state and state.value else 0
        # The copy's changes up to what it had itself exported are known to have left.
        carry = s.execute(
            select(ChangeLog).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == old, ChangeLog.seq > sent_here,
            ).order_by(ChangeLog.seq)
        ).scalars().all()
        diverged = top >= position.seq  # same numbers, another history: nothing of it is known to have left
        if not diverged:
            carry = [c for c in carry if c.seq > position.seq]  # a prefix of what left: not again
        for n, change in enumerate(carry, start=1):
            s.add(ChangeLog(
                device_id=store.device_id, epoch=new, seq=n, hlc=change.hlc, entity=change.entity,
                row_id=change.row_id, op=change.op, data=change.data, base=change.base,
                content_hash=change.content_hash,
            ))
        s.merge(LocalState(key=f"exported_seq:{old}", value=str(top)))
        s.merge(LocalState(key="epoch", value=new))
        s.merge(LocalState(key="exported_seq", value="0"))
        s.merge(LocalState(key="rollback_detected", value=f"{old}:{position.seq}:{top}"))
    store.epoch = new
    log.info("database is older than what this laptop already exported; started a new epoch")
    return Rollback(old, new, position.seq, top, len(carry))
