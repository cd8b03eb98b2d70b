"""Consent only ever tightens from the field: checked on a bundle before anything is written.

Who may change which row is ``ownership.py``'s rule; a participant's consent needs more, because
the owner of a row is not the only one with a stake in it. A field laptop's bundle is refused whole when:

* it tombstones a consent record or empties ``withdrawn_at`` or ``withdrawal_scope``. The app never
  does either (a withdrawal is final on the laptop), so such a change is forged or broken, and even
  the laptop that recorded the consent cannot take back what the participant asked for;
* it changes or tombstones an erasure (the fact that a participant's words were destroyed); the app
  only ever inserts them;
* it moves a consent record to another participant or session: its withdrawal would then no longer
  reach the person (or the session) it was asked for, and the app never moves a record;
* it does any of this through an insert: merged field by field, an insert of a row held here acts as
  an update, so a consent record's insert may not be a tombstone nor name another participant or
  session than the record held here (or than another insert of it in the same bundle), and an
  erasure's insert may not be a tombstone nor differ from the erasure held here (or from another
  insert of it in the same bundle). The app sends a row's insert when it makes the row, and the same
  insert again after a restore or a new signing key: that one is taken;
* it records consent (or an erasure) for a participant another device registered: the latest consent
  record is the one that counts, so another laptop's "yes" to quoting would speak for that person.

Coordinators are exempt from all of this: they correct a withdrawal recorded in error. A withdrawal of
quotes never narrows a withdrawal of everything, whoever sends it and in whichever order the two
arrive: that is the merge's rule (``merge.withdrawal_order``), not a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.sync.change_records import ChangeRecord, RowRecords, listed
from desktop.sync.errors import ErasureChangedError, ForeignConsentError, WithdrawalUndoneError
from desktop.sync.roles import COORDINATOR

CONSENT = "consent_record"
ERASURE = "erasure"
PARTICIPANT = "participant"
_WITHDRAWAL = ("withdrawn_at", "withdrawal_scope")
_PLACE = frozenset({"participant_id", "session_id"})  # whose consent, for which session: never moved

#: participant ids -> the device that created each one, for those this database knows
ParticipantOrigins = Callable[[Sequence[str]], Mapping[str, str]]


def check_consent_changes(
    sender: str,
    role: str,
    by_entity: Mapping[str, Mapping[str, RowRecords]],
    *,
    participant_origins: ParticipantOrigins,
    held: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
) -> None:
    """Raise WithdrawalUndoneError, ErasureChangedError or ForeignConsentError (see the module).
    ``held``: the stored rows (entity -> id -> row) of those the bundle names."""
    if role == COORDINATOR:
        return
    erasures, records = (held or {}).get(ERASURE, {}), (held or {}).get(CONSENT, {})
    for row_id, one_or_more in by_entity.get(ERASURE, {}).items():
        if _rewrites(listed(one_or_more), erasures.get(row_id), None):
            raise ErasureChangedError()
    for row_id, one_or_more in by_entity.get(CONSENT, {}).items():
        changes = listed(one_or_more)
        if any(_undoes(rec) for rec in changes) or _rewrites(changes, records.get(row_id), _PLACE):
            raise WithdrawalUndoneError()
    _check_participants(sender, by_entity, participant_origins)


def _rewrites(records: Sequence[ChangeRecord], held: Mapping[str, Any] | None,
              fields: frozenset[str] | None) -> bool:
    """Whether a bundle's changes of one row (an erasure: any field, ``fields`` None; a consent record:
    ``fields``) do more than insert it: an update or tombstone of those fields, an insert that is a
    tombstone, or one that differs in them from the row ``held`` here or from the bundle's earlier
    insert of it (the merge takes an insert of a row it holds as it takes an update)."""
    first = held
    for rec in records:
        data = rec.data
        if rec.op != "insert":
            if fields is None or any(field in data for field in fields):
                return True
            continue
        if data.get("deleted") is True:
            return True
        if first is None:
            first = data
            continue
        # (A tombstone held here is a coordinator's, and the laptop's earlier insert does not undo it.)
        if any(field in first and value != first[field] for field, value in data.items()
               if field != "deleted" and (fields is None or field in fields)):
            return True
    return False


def _undoes(rec: ChangeRecord) -> bool:
    """Whether ``rec`` takes back a consent record or empties its withdrawal.

    The app never does either, so they are refused whatever the record holds here now: a check of
    the stored state alone would let them in while the withdrawal they undo is still on its way (a
    later HLC then wins over it when it arrives). An insert is never an emptying (a record is made
    without a withdrawal, and the merge never counts an insert's empty one), but the merge takes an
    insert's tombstone as it takes an update's, and the app never makes a record already deleted."""
    if rec.op == "insert":
        return rec.data.get("deleted") is True
    data = rec.data
    if rec.op == "delete" or data.get("deleted") is True:
        return True
    return any(field in data and not data[field] for field in _WITHDRAWAL)


def _check_participants(
    sender: str,
    by_entity: Mapping[str, Mapping[str, RowRecords]],
    participant_origins: ParticipantOrigins,
) -> None:
    named: set[str] = set()
    for entity in (CONSENT, ERASURE):
        for one_or_more in by_entity.get(entity, {}).values():
            for rec in listed(one_or_more):
                participant = rec.data.get("participant_id")
                if isinstance(participant, str) and participant:
                    named.add(participant)
    # The sender's own participants new in this bundle (an insert of another device's id was
    # already refused by the ownership check).
    named -= {row_id for row_id, one_or_more in by_entity.get(PARTICIPANT, {}).items()
              if any(rec.op == "insert" for rec in listed(one_or_more))}
    if not named:
        return
    # A participant this database has never heard of (its bundle is still to come, or was refused)
    # cannot be judged here; the ids of other laptops' participants never reach a field laptop.
    if any(origin and origin != sender for origin in participant_origins(sorted(named)).values()):
        raise ForeignConsentError()
