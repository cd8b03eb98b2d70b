"""A restore as a whole: the backup put in place (``backups.restore``), then what the database it
replaced held from after the backup kept in the restored one, then what of its work stays behind.

``majlis-cli restore`` did these steps itself, in the command; the app's Restore from a backup…
(Settings, and the unlock window of a damaged database) does the same restore through this one
function, so that neither carries less than the other: the erasures made after the backup (what
was erased stays erased), the records of the exports made since, the consent records' withdrawals
and the consent records recorded since, a centre's team keys made since (``restore_keys``), this
laptop's erasures logged again for the centre, and how many changes never exported stay in the copy
kept aside only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.core import backups, erasure_report, key_memo, restore_carry, restore_keys
from desktop.core.errors import StoreError


@dataclass(frozen=True)
class WholeRestore:
    restored: backups.Restored
    erasures_carried: int  # erasures made after the backup, applied again to the restored database
    consent: restore_carry.Carried  # consent records' withdrawals and records carried, and those left
    # Changes of this laptop never exported that the restored database does not send: in the kept copy
    # only (0 as well when the copy replaced was damaged: what it holds cannot be said).
    left: int
    # A centre's team keys made after the backup (New team key…), kept in the restored database, the team's
    # recipients with them: the laptops' bundles encrypted to them still open there.
    team_keys: int = 0

    @property
    def kept(self) -> Path | None:
        return self.restored.kept

    @property
    def kept_damaged(self) -> bool:
        return self.restored.kept_damaged


def restore_and_carry(backup_path: Path, db_path: Path, passphrase: str,
                      on_restored: Callable[[backups.Restored], None] | None = None) -> WholeRestore:
    """Restore ``backup_path`` over ``db_path`` (refused, with nothing changed, as ``backups.restore``
    refuses), then carry into it what the database replaced held from after the backup.
    ``on_restored``: told as soon as the backup is in place, before the carrying (which may still
    fail: the database is then the backup's all the same). Each of its steps opens the files again:
    each key is derived once for them all (``keys_remembered``)."""
    with key_memo.keys_remembered():
        return _restore_and_carry(backup_path, db_path, passphrase, on_restored)


def _restore_and_carry(backup_path: Path, db_path: Path, passphrase: str,
                       on_restored: Callable[[backups.Restored], None] | None) -> WholeRestore:
    restored = backups.restore(backup_path, db_path, passphrase)
    if on_restored is not None:
        on_restored(restored)
    kept = restored.kept
    carried = _Carrying()
    if kept is not None and restored.kept_damaged:
        # Not a way back (it does not open), but what can be read of it is carried.
        with contextlib.suppress(StoreError, sqlcipher.Error):
            _carry_from(kept, db_path, passphrase, carried)
    elif kept is not None:
        _carry_from(kept, db_path, passphrase, carried)
    # Erased here since the backup: the restored database still sends it to the centre.
    erasure_report.log_own_erasures(db_path, passphrase)
    # What was carried and logged again travels from the restored database: not left behind.
    left = restore_carry.left_behind(db_path, restored.unsent or (), passphrase)
    return WholeRestore(restored, carried.erasures, carried.consent, 0 if restored.kept_damaged else left,
                        carried.team_keys)


@dataclass
class _Carrying:
    """How far the carrying went (a damaged copy may stop it midway)."""

    erasures: int = 0
    consent: restore_carry.Carried = restore_carry.Carried(0, 0, 0)
    team_keys: int = 0


def _carry_from(kept: Path, db: Path, passphrase: str, into: _Carrying) -> None:
    """What the database replaced (``kept``) holds that was made after the backup, kept in the
    restored one: erasures, the records of exports, consent records, a centre's team keys (``into``
    says how many, as far as it went)."""
    # A backup made before a withdrawal still holds the words: the erasures made since go with it.
    into.erasures = erasure_report.carry_erasures(kept, db, passphrase)
    # The exports made since the backup hold words too: a later erasure names them.
    erasure_report.carry_export_records(kept, db, passphrase)
    # A withdrawal (quotes only or all) marks the consent records, and a consent given again may
    # refuse now what an older one allowed: never quoted again, here and, logged again, at the centre.
    into.consent = restore_carry.carry_consent(kept, db, passphrase)
    # At the centre, a New team key made since: the laptops encrypt to it (a team update told them), so
    # without it none of their next bundles opens here, and the next update would name the lost key again.
    into.team_keys = restore_keys.carry_team_keys(kept, db, passphrase)
