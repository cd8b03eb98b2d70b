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
  Within one scope, and for a coordinator's correction that empties a withdrawal, the latest wins
  (``desktop/core/withdrawal_rule.py``). A coordinator's emptying takes back every withdrawal
  written before it, and none written after it: that needs every withdrawal known for the row, not
  the row alone, so the importer settles a consent record's withdrawal from the row's history
  (``apply_arrived``, ``settle_withdrawal``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop.core import withdrawal_rule
from desktop.core.withdrawal_rule import WITHDRAWAL_SCOPE, WITHDRAWN_AT

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
WITHDRAWAL = withdrawal_rule.FIELDS
withdrawal_width = withdrawal_rule.width
withdrawal_order = withdrawal_rule.order


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


class _Mark(NamedTuple):
    """One withdrawal written (``scope`` "quotes" or "all") or emptied (``scope`` None) at ``hlc``."""

    hlc: str
    scope: Any
    when: Any

    @property
    def width(self) -> int:
        return withdrawal_width(self.scope, self.when)


def _marks(history: Iterable[Change], held: RowState | None) -> list[_Mark]:
    """The withdrawals and emptyings of a row's changes (and of its stored state ``held``, which may
    hold what no change here says: a team update's). A change written before both fields travelled
    together (a widening on the same day carried only the scope) takes the missing one from what
    its device, else any device, wrote last before it."""
    marks: list[_Mark] = []
    last: dict[tuple[str, str], Any] = {}
    for c in sorted(history, key=lambda c: c.hlc):
        if not any(k in c.data for k in WITHDRAWAL):
            continue
        if c.op == "insert" and not withdrawal_width(c.data.get(WITHDRAWAL_SCOPE), c.data.get(WITHDRAWN_AT)):
            for key in WITHDRAWAL:  # consent recorded, nothing withdrawn: not an emptying
                last[(key, c.device_id)] = last[(key, "")] = None
            continue
        got = {k: c.data[k] if k in c.data else _or(last.get((k, c.device_id)), last.get((k, ""))) for k in WITHDRAWAL}
        if any(k in c.data and not c.data[k] for k in WITHDRAWAL):  # only a coordinator's get this far
            marks.append(_Mark(c.hlc, None, None))
        elif withdrawal_width(got[WITHDRAWAL_SCOPE], got[WITHDRAWN_AT]):
            marks.append(_Mark(c.hlc, got[WITHDRAWAL_SCOPE], got[WITHDRAWN_AT]))
        for key in WITHDRAWAL:
            if key in c.data:
                last[(key, c.device_id)] = last[(key, "")] = c.data[key]
    if held is not None:
        # Only a withdrawal: an empty row with a version of its scope is not always an emptying (a
        # late earlier insert gives every field one), and an emptying is always in the history (the
        # centre's change log; a team update names it again each time).
        scope, when = held.values.get(WITHDRAWAL_SCOPE), held.values.get(WITHDRAWN_AT)
        if withdrawal_width(scope, when):
            marks.append(_Mark(held.version(WITHDRAWAL_SCOPE), scope, when))
    return marks


def _or(first: Any, then: Any) -> Any:
    return then if first is None else first


def settle_withdrawal(state: RowState, history: Iterable[Change], convert: Convert,
                      held: RowState | None = None) -> bool:
    """Set the row's withdrawal to what the module's rule makes of every withdrawal and emptying
    known for it (``history``, and ``held``: the row as stored before); True when it changed.

    The latest emptying takes back every withdrawal written before it; of those written after it,
    the widest wins, and the latest of the widest. A function of the set, so no arrival order can
    bring back what a coordinator emptied, nor let an emptying undo a withdrawal written after it.
    (Incremental field LWW cannot: a withdrawal of everything replacing a later one of quotes
    forgets the time of the one of quotes.)"""
    marks = _marks(history, held)
    if not marks:
        return False
    emptied = max((m.hlc for m in marks if not m.width), default="")
    standing = [m for m in marks if m.width and m.hlc > emptied]
    won = max(standing, key=lambda m: (m.width, m.hlc)) if standing else _Mark(emptied, None, None)
    wanted = {WITHDRAWN_AT: won.when, WITHDRAWAL_SCOPE: won.scope}
    before = ({k: state.values.get(k) for k in WITHDRAWAL}, state.canonical_versions())
    for key, value in wanted.items():
        state.values[key] = convert(key, value)
        state.versions[key] = won.hlc
    state.versions = state.canonical_versions()
    return before != ({k: state.values.get(k) for k in WITHDRAWAL}, state.versions)


def apply_arrived(state: RowState, arrived: Iterable[Change], history: Iterable[Change],
                  columns: Iterable[str], convert: Convert) -> bool:
    """Apply the changes ``arrived`` to an existing row (``history``: every change known for it,
    those arrived included); True when anything changed. Field LWW, and a consent record's
    withdrawal settled from its whole history (``settle_withdrawal``)."""
    allowed = set(columns)
    arrived = sorted(arrived, key=lambda c: c.hlc)
    settles = WITHDRAWAL_SCOPE in allowed and any(k in c.data for c in arrived for k in WITHDRAWAL)
    held = RowState(dict(state.values), state.created_at, state.origin_device, dict(state.versions)) if settles else None
    touched = False
    for change in arrived:
        touched = apply_change(state, change, allowed, convert) or touched
    if settles:
        touched = settle_withdrawal(state, history, convert, held) or touched
    return touched


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
    if WITHDRAWAL_SCOPE in allowed:
        settle_withdrawal(state, changes, convert)
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
