"""Which team updates a laptop takes, by their number (epoch, sequence): only one later than the one
applied. One that is not is refused, said as what it is: the one applied (``same``), one published
before it (an older file left on a stick), or one from a second database that publishes the team's
updates (``TwoCentresError``).

Only the centre's own database publishes. A copy of it opened on another computer (the second
coordinator given the centre's database rather than the team file) publishes with the same central key,
and the centre's rollback check cannot see it (it reads that computer's own state folder). What a laptop
sees of it: an update with the number of the one applied but other content (both went on from the same
number), or an update of a numbering that a later one had already replaced here, made after that later
one began (a restored centre never goes on with its old numbering: its older updates were all made
before). Either is refused as before; only the line changes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session as OrmSession

from desktop.core.db import Store
from desktop.core.models import LocalState
from desktop.sync.errors import StaleTeamUpdateError, TwoCentresError
from desktop.sync.manifest import Manifest

#: The number of the team update applied here and the SHA-256 of its changes ("epoch:sequence:hash").
APPLIED_CONTENT_STATE = "team_update_applied_content"
UPDATE_EPOCH_STATE = "team_update_epoch"  # device: the epoch of the last team update applied
#: An epoch below this is in seconds (older centres), not milliseconds: no time to compare it with.
_MILLISECONDS = 10**11


def refuse_unless_later(store: Store, manifest: Manifest, applied_epoch: int, applied_sequence: int) -> None:
    """Raise unless ``manifest``'s update comes after (``applied_epoch``, ``applied_sequence``)."""
    number, applied = (manifest.epoch, manifest.seq_from), (applied_epoch, applied_sequence)
    if number > applied:
        return
    if _from_a_second_database(store, manifest, applied_epoch, applied_sequence):
        raise TwoCentresError()
    same = number == applied
    raise StaleTeamUpdateError(  # by its number: an epoch is nothing a coordinator sees elsewhere
        f"Team update {manifest.seq_from} is already applied here; nothing was changed." if same else
        f"Team update {manifest.seq_from} was published before the one applied here (team update "
        f"{applied_sequence}); nothing was changed.",
        sequence=manifest.seq_from, applied_sequence=applied_sequence, same=same)


def remember(s: OrmSession, manifest: Manifest) -> None:
    """In the transaction applying the update: its number and content, for the next one's check."""
    s.merge(LocalState(key=APPLIED_CONTENT_STATE, value=_content(manifest)))


def _content(manifest: Manifest) -> str:
    return f"{manifest.epoch}:{manifest.seq_from}:{manifest.members.get('changes.jsonl', '')}"


def _from_a_second_database(store: Store, manifest: Manifest, applied_epoch: int, applied_sequence: int) -> bool:
    if (manifest.epoch, manifest.seq_from) == (applied_epoch, applied_sequence):
        kept = store.get_state(APPLIED_CONTENT_STATE) or ""
        # Applied before this version kept it, or under another number: nothing to compare with.
        if not kept.startswith(f"{applied_epoch}:{applied_sequence}:"):
            return False
        return kept != _content(manifest)
    if manifest.epoch < applied_epoch and applied_epoch >= _MILLISECONDS:
        made = _created_ms(manifest.created)
        # ``created`` is in whole seconds, never after the moment it was made: later than the later
        # numbering's start only when it truly was.
        return made is not None and made > applied_epoch
    return False


def _created_ms(created: str) -> int | None:
    try:
        when = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return int(when.timestamp()) * 1000
