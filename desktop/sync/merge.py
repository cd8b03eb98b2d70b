"""Merge rules, free of any database: field-level last-writer-wins and concurrent long-text edits.

Both rules are functions of the *set* of changes known for a row, never of their order of arrival:

* a field's value is the one written by the change with the highest HLC (HLCs are unique: they end
  with the device id); an insert writes every field at the row's ``created_at``;
* two edits of a long text field are concurrent when neither descends from the other. An edit
  descends from the version named in its ``base`` and, within one device and epoch (a device sees
  all of its own edits), from that stream's earlier edits. The *heads* (edits nothing descends
  from, and not already settled by a person) that hold different text are conflicts: each losing
  head is paired with the winning head (the highest HLC), so both texts are kept for a person.
* a consent record's withdrawal only widens (none < quotes < all): a withdrawal of consent to be
  quoted never replaces a withdrawal of everything, whatever their HLCs, and a withdrawal of
  everything replaces one of quotes even when it was written earlier (a laptop's withdrawal of
  everything arriving after the centre, not knowing, withdrew quotes). The date goes with the scope.
  Within one scope, and for a coordinator's correction that empties a withdrawal, the latest wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Change(NamedTuple):
    """One change of a row as the merge needs it (``data`` holds JSON values)."""

    hlc: str
    device_id: str
    epoch: str
    op: str  # insert|update|delete
    data: Mapping[str, Any]
    base: Mapping[str, Any] = _EMPTY


@dataclass
class RowState:
    """A row's content and bookkeeping; ``values`` are whatever the caller stores (JSON or Python)."""

    values: dict[str, Any]
    created_at: str
    origin_device: str
    versions: dict[str, str]

    def version(self, key: str) -> str:
        return self.versions.get(key) or self.created_at

    @property
    def updated_at(self) -> str:
        return max([self.created_at, *self.versions.values()])

    def canonical_versions(self) -> dict[str, str]:
        """Only fields written after the insert carry an entry: the same content, the same dict."""
        return {k: v for k, v in sorted(self.versions.items()) if v and v != self.created_at}


Convert = Any  # Callable[[str, Any], Any]: turns a JSON value of a field into the stored value

# The withdrawal of a consent record: its scope is ordered, the date goes with it (see the module).
WITHDRAWAL_SCOPE, WITHDRAWN_AT = "withdrawal_scope", "withdrawn_at"
WITHDRAWAL = (WITHDRAWN_AT, WITHDRAWAL_SCOPE)
_WIDTH = {"quotes": 1, "all": 2}


def withdrawal_width(scope: Any, when: Any = True) -> int:
    """0 for no withdrawal (or an emptied one), 1 for quotes, 2 for everything."""
    return _WIDTH.get(str(scope), 0) if scope and when else 0


def withdrawal_order(held: Mapping[str, Any], data: Mapping[str, Any]) -> int:
    """How a change's withdrawal (``data``) compares with the one ``held``: -1 narrower (it does not
    apply), 1 wider than a withdrawal held (it applies whatever its HLC), 0 otherwise (latest wins)."""
    if WITHDRAWAL_SCOPE not in data:
        return 0
    coming = withdrawal_width(data[WITHDRAWAL_SCOPE])
    now = withdrawal_width(held.get(WITHDRAWAL_SCOPE), held.get(WITHDRAWN_AT))
    if not coming or not now or coming == now:
        return 0
    return 1 if coming > now else -1


def apply_change(state: RowState, change: Change, columns: Iterable[str], convert: Convert) -> bool:
    """Apply one change to an existing row by field LWW; True when anything changed."""
    allowed = set(columns)
    changed = False
    if change.op == "insert" and change.hlc < state.created_at:
        # An earlier insert of the same id arrived late: it becomes the row's creation, and fields
        # written by the later insert keep that later version explicitly.
        for key in allowed:
            state.versions.setdefault(key, state.created_at)
        state.created_at = change.hlc
        state.origin_device = change.device_id
        changed = True
    order = withdrawal_order(state.values, change.data) if WITHDRAWAL_SCOPE in allowed else 0
    for key, value in change.data.items():
        if key not in allowed:
            continue
        if key in WITHDRAWAL and order:
            if order < 0:
                continue
            state.values[key] = convert(key, value)
            state.versions[key] = change.hlc
            changed = True
        elif change.hlc > state.version(key):
            state.values[key] = convert(key, value)
            state.versions[key] = change.hlc
            changed = True
    if changed:
        state.versions = state.canonical_versions()
    return changed


def fold(history: Iterable[Change], columns: Iterable[str], convert: Convert) -> RowState | None:
    """The row built from every change known for it; None while its insert has not arrived."""
    changes = sorted(history, key=lambda c: c.hlc)
    inserts = [c for c in changes if c.op == "insert"]
    if not inserts:
        return None
    first = inserts[0]
    allowed = set(columns)
    state = RowState(
        values={k: convert(k, v) for k, v in first.data.items() if k in allowed},
        created_at=first.hlc,
        origin_device=first.device_id,
        versions={},
    )
    for change in changes:
        if change is not first:
            apply_change(state, change, allowed, convert)
    return state


def field_conflicts(edits: Iterable[Change], key: str, settled: set[str]) -> dict[tuple[str, str], tuple[Any, Any]]:
    """Concurrent heads of one long text field: {(lower hlc, higher hlc): (lower text, higher text)}."""
    relevant = [c for c in edits if key in c.data]
    if len(relevant) < 2:
        return {}
    ancestors: set[str] = set()
    latest: dict[tuple[str, str], str] = {}
    for change in relevant:
        base = change.base.get(key)
        if isinstance(base, str) and base:
            ancestors.add(base)
        stream = (change.device_id, change.epoch)
        if stream in latest:
            ancestors.add(min(latest[stream], change.hlc))
            latest[stream] = max(latest[stream], change.hlc)
        else:
            latest[stream] = change.hlc
    heads = [c for c in relevant if c.hlc not in ancestors and c.hlc not in settled]
    if len(heads) < 2:
        return {}
    winner = max(heads, key=lambda c: c.hlc)
    return {
        (head.hlc, winner.hlc): (head.data[key], winner.data[key])
        for head in heads
        if head is not winner and head.data[key] != winner.data[key]
    }
