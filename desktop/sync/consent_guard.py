"""Consent only ever tightens from the field: checked on a bundle before anything is written.

Who may change which row is ``ownership.py``'s rule; a participant's consent needs three more, because
the owner of a row is not the only one with a stake in it. A field laptop's bundle is refused whole when:

* it tombstones a consent record or empties ``withdrawn_at`` or ``withdrawal_scope``. The app never
  does either (a withdrawal is final on the laptop), so such a change is forged or broken, and even
  the laptop that recorded the consent cannot take back what the participant asked for;
* it changes or tombstones an erasure (the fact that a participant's words were destroyed); the app
  only ever inserts them;
* it records consent (or an erasure) for a participant another device registered: the latest consent
  record is the one that counts, so another laptop's "yes" to quoting would speak for that person.

Coordinators are exempt from all of this: they correct a withdrawal recorded in error. A withdrawal of
quotes never narrows a withdrawal of everything, whoever sends it and in whichever order the two
arrive: that is the merge's rule (``merge.withdrawal_order``), not a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from desktop.sync.change_records import ChangeRecord, RowRecords, listed
from desktop.sync.errors import ErasureChangedError, ForeignConsentError, WithdrawalUndoneError
from desktop.sync.roles import COORDINATOR

CONSENT = "consent_record"
ERASURE = "erasure"
PARTICIPANT = "participant"
_WITHDRAWAL = ("withdrawn_at", "withdrawal_scope")

#: participant ids -> the device that created each one, for those this database knows
ParticipantOrigins = Callable[[Sequence[str]], Mapping[str, str]]


def check_consent_changes(
    sender: str,
    role: str,
    by_entity: Mapping[str, Mapping[str, RowRecords]],
    *,
    participant_origins: ParticipantOrigins,
) -> None:
    """Raise WithdrawalUndoneError, ErasureChangedError or ForeignConsentError (see the module)."""
    if role == COORDINATOR:
        return
    for one_or_more in by_entity.get(ERASURE, {}).values():
        if any(rec.op != "insert" for rec in listed(one_or_more)):
            raise ErasureChangedError()
    for one_or_more in by_entity.get(CONSENT, {}).values():
        if any(_undoes(rec) for rec in listed(one_or_more)):
            raise WithdrawalUndoneError()
    _check_participants(sender, by_entity, participant_origins)


def _undoes(rec: ChangeRecord) -> bool:
    """Whether ``rec`` takes back a consent record or empties its withdrawal.

    The app never does either, so they are refused whatever the record holds here now: a check of
    the stored state alone would let them in while the withdrawal they undo is still on its way (a
    later HLC then wins over it when it arrives)."""
    if rec.op == "insert":
        return False
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
