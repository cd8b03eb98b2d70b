"""Consent only ever tightens from the field: checked on a bundle before anything is written.

Who may change which row is ``ownership.py``'s rule; a participant's consent needs three more, because
the owner of a row is not the only one with a stake in it. A field laptop's bundle is refused whole when:

* it would undo or narrow a withdrawal this database holds: ``withdrawn_at`` or ``withdrawal_scope``
  cleared, a withdrawal of everything narrowed to quotes, the withdrawn record tombstoned. The app
  never does any of these (a withdrawal is final on the laptop), so the change is forged or broken,
  and even the laptop that recorded the consent cannot take back what the participant asked for;
* it changes or tombstones an erasure (the fact that a participant's words were destroyed); the app
  only ever inserts them;
* it records consent (or an erasure) for a participant another device registered: the latest consent
  record is the one that counts, so another laptop's "yes" to quoting would speak for that person.

Coordinators are exempt: they correct a withdrawal recorded in error. A change older than the field's
version here would lose to it (last writer wins, ``merge.py``) and changes nothing: it is let through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.sync.change_records import ChangeRecord
from desktop.sync.errors import ErasureChangedError, ForeignConsentError, WithdrawalUndoneError
from desktop.sync.roles import COORDINATOR

CONSENT = "consent_record"
ERASURE = "erasure"
PARTICIPANT = "participant"
# How much a withdrawal covers: a field laptop's change may only keep or raise it.
_COVERS = {"quotes": 1, "all": 2}

#: participant ids -> the device that created each one, for those this database knows
ParticipantOrigins = Callable[[Sequence[str]], Mapping[str, str]]


def check_consent_changes(
    sender: str,
    role: str,
    by_entity: Mapping[str, Mapping[str, ChangeRecord | list[ChangeRecord]]],
    existing: Mapping[str, Mapping[str, Mapping[str, Any]]],
    *,
    participant_origins: ParticipantOrigins,
) -> None:
    """Raise WithdrawalUndoneError, ErasureChangedError or ForeignConsentError (see the module)."""
    if role == COORDINATOR:
        return
    for one_or_more in by_entity.get(ERASURE, {}).values():
        if any(rec.op != "insert" for rec in _listed(one_or_more)):
            raise ErasureChangedError()
    stored = existing.get(CONSENT, {})
    for row_id, one_or_more in by_entity.get(CONSENT, {}).items():
        row = stored.get(row_id)
        if row is not None and row.get("withdrawn_at") and any(_undoes(row, rec) for rec in _listed(one_or_more)):
            raise WithdrawalUndoneError()
    _check_participants(sender, by_entity, participant_origins)


def _undoes(row: Mapping[str, Any], rec: ChangeRecord) -> bool:
    """Whether ``rec`` would take effect on the withdrawn ``row`` and leave it less withdrawn."""
    data = rec.data
    stored_versions = row.get("versions")
    versions: Mapping[str, Any] = stored_versions if isinstance(stored_versions, dict) else {}
    created = str(row.get("created_at") or "")

    def wins(field: str) -> bool:
        return rec.hlc > str(versions.get(field) or created)

    if (rec.op == "delete" or data.get("deleted") is True) and wins("deleted"):
        return True
    if "withdrawn_at" in data and not data["withdrawn_at"] and wins("withdrawn_at"):
        return True
    before = _COVERS.get(str(row.get("withdrawal_scope")), 0)
    return "withdrawal_scope" in data and _COVERS.get(str(data["withdrawal_scope"]), 0) < before and wins(
        "withdrawal_scope")


def _check_participants(
    sender: str,
    by_entity: Mapping[str, Mapping[str, ChangeRecord | list[ChangeRecord]]],
    participant_origins: ParticipantOrigins,
) -> None:
    named: set[str] = set()
    for entity in (CONSENT, ERASURE):
        for one_or_more in by_entity.get(entity, {}).values():
            for rec in _listed(one_or_more):
                participant = rec.data.get("participant_id")
                if isinstance(participant, str) and participant:
                    named.add(participant)
    # The sender's own participants new in this bundle (an insert of another device's id was
    # already refused by the ownership check).
    named -= {row_id for row_id, one_or_more in by_entity.get(PARTICIPANT, {}).items()
              if any(rec.op == "insert" for rec in _listed(one_or_more))}
    if not named:
        return
    # A participant this database has never heard of (its bundle is still to come, or was refused)
    # cannot be judged here; the ids of other laptops' participants never reach a field laptop.
    if any(origin and origin != sender for origin in participant_origins(sorted(named)).values()):
        raise ForeignConsentError()


def _listed(one_or_more: ChangeRecord | list[ChangeRecord]) -> list[ChangeRecord]:
    return one_or_more if isinstance(one_or_more, list) else [one_or_more]
