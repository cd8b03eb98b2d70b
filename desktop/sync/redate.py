"""Re-dating the waiting work: the way out for a laptop whose date was set far ahead, then corrected.

Changes recorded while the date was ahead carry that date, and every edit since follows them (the
clock never goes back before this device's own last time stamp, see ``HybridClock.resume``). The
centre refuses changes dated more than a day past its clock, so an export holds them back and
nothing from this laptop reaches the centre until that date comes. The laptop cannot tell by itself
"the date was ahead and is right now" from "the date was right and has gone back" (re-dating would
then make the newest edits lose); the person can, from the two dates, so this is an explicit,
confirmed action (``majlis-cli clock redate``, the Sync page).

What is re-dated: this device's changes that were never exported (past the exported position of
their epoch, in the database and in the copy kept outside it) and are dated more than a day past
this computer's clock: exactly the work an export holds back. They get fresh time stamps from the
clock as it is now, in their order, after every other time stamp the change log holds, and keep
their epoch and sequence numbers. They never left this laptop: an export writes no change dated
more than a day ahead of the clock it runs with, and moves the position only once the file is
whole. A bundle written while the date was ahead whose position was never recorded (a crash right
after writing it) holds the same numbers with the same content hash (the hash leaves the time
stamp out): the centre, which refuses it until its date comes, then skips it as already present.

Every place holding one of the old time stamps follows: the change log's ``hlc`` and ``base``, the
rows' ``created_at``, ``updated_at`` and per-field ``versions``, conflicts' two versions and export
records. One transaction: all or nothing. Refused, with nothing changed, when nothing waits, when
changes already sent are themselves dated more than a day ahead (the waiting work must stay after
them), or while another program has the database open (its clock would go on after the old dates).
Within this program, nothing is stamped while it runs (``StampGate``): an editor's autosave on the
window's thread waits, then takes its stamp from the lowered clock, which is lowered inside the
re-dating's transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import exported_position
from desktop.core.clock import WALL_DIGITS, GateBusy, HybridClock, wall_ms_of
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.core.log_stamps import newest_stamp, stamped_from
from desktop.core.models import SYNCED_MODELS, ChangeLog, Conflict, ExportRecord, LocalState
from desktop.sync.errors import NothingToRedateError, RedateBlockedError
from desktop.sync.export import exported_key

ACTION = "re-date the waiting work"


@dataclass(frozen=True)
class Waiting:
    """What re-dating would do, for the question put to the person (both dates, in ms since 1970)."""

    count: int
    dated_until_ms: int  # the latest date of the waiting work
    clock_ms: int  # this computer's clock


@dataclass(frozen=True)
class Redated:
    count: int
    was_until_ms: int  # the latest date the work had
    first: str  # the new time stamps, first and last
    last: str


@dataclass(frozen=True)
class _Plan:
    ids: list[int]  # change-log ids to re-date, in time order
    old: list[str]
    clock_ms: int
    threshold: str  # every time stamp at or after this lies more than a day past the clock
    keep_ahead_ms: int | None  # a received time stamp still past the bound after re-dating


def _threshold(store: Store) -> str:
    """The smallest text that sorts after every time stamp within a day of the clock: fixed-width
    time stamps compare as text, and a bare wall-time prefix sorts before every stamp that starts so."""
    return f"{store.clock.latest_ms() + 1:0{WALL_DIGITS}d}"


def _sent_positions(store: Store, s: OrmSession) -> dict[str, int]:
    """Last exported sequence number per epoch of this device: the database's, or the copy kept
    outside it when that one went further."""
    outside = exported_position.read_positions(store.device_id)
    epochs = s.scalars(select(ChangeLog.epoch).where(ChangeLog.device_id == store.device_id).distinct()).all()
    sent = {}
    for epoch in epochs:
        state = s.get(LocalState, exported_key(epoch))
        here = int(state.value) if state is not None and state.value else 0
        there = outside[epoch].seq if epoch in outside else 0
        sent[epoch] = max(here, there)
    return sent


def _plan(store: Store, s: OrmSession) -> _Plan:
    threshold = _threshold(store)
    sent = _sent_positions(store, s)
    ahead = stamped_from(s, threshold)
    waiting = [r for r in ahead if r.device_id == store.device_id and r.seq > sent.get(r.epoch, 0)]
    if not waiting:
        raise NothingToRedateError()
    moving = {r.hlc for r in waiting}
    # A change that left keeps its time stamp; one dated far ahead holds everything after it there.
    # (A change carried into a new epoch after a rollback shares its stamp with its old copy.)
    sent_ahead = [r.hlc for r in ahead if r.device_id == store.device_id and r.hlc not in moving
                  and r.seq <= sent.get(r.epoch, 0)]
    if sent_ahead:
        raise RedateBlockedError(dated_until_ms=wall_ms_of(max(sent_ahead)))
    received_ahead = [r.hlc for r in ahead if r.device_id != store.device_id]
    return _Plan([r.id for r in waiting], [r.hlc for r in waiting], store.clock.wall_ms(), threshold,
                 wall_ms_of(max(received_ahead)) if received_ahead else None)


def waiting(store: Store) -> Waiting:
    """What waits (NothingToRedateError, RedateBlockedError as :func:`redate` would refuse); changes nothing."""
    exported_position.check_and_heal(store)  # as an export does: an older copy of the file starts a new epoch
    with store.session() as s:
        plan = _plan(store, s)
    return Waiting(len(plan.ids), wall_ms_of(plan.old[-1]), plan.clock_ms)


#: How long re-dating waits for the app's transactions that are stamping (an autosave) to end.
GATE_TIMEOUT_S = 10.0


def redate(store: Store) -> Redated:
    """Give the waiting work fresh time stamps from the clock as it is now (see the module's doc)."""
    store.check_file()
    exported_position.check_and_heal(store)
    was_exclusive = store.lock is None or store.lock.is_exclusive
    if store.lock is not None:
        store.lock.upgrade(ACTION)  # DatabaseInUse, nothing changed, while another program has it open
    try:
        # No edit of this app (the window's autosave included) is stamped until the clock is lowered
        # and the new stamps committed: one stamped meanwhile from the old clock would stay far ahead.
        with _gate_closed(store):
            return _redate_in_one_transaction(store)
    finally:
        if store.lock is not None and not was_exclusive:
            store.lock.downgrade()


@contextlib.contextmanager
def _gate_closed(store: Store) -> Iterator[None]:
    try:
        with store.clock.gate.closed(GATE_TIMEOUT_S):
            yield
    except GateBusy:
        raise EnvironmentProblem("the database is in use by another program", reason="locked") from None


def _redate_in_one_transaction(store: Store) -> Redated:
    before = HybridClock(store.device_id, None, store.clock.wall_ms)
    before.take_position(store.clock, store.clock.log_ahead_ms)
    try:
        with store.transaction(replicating=True) as s:  # nothing of this is a change of its own to log
            plan = _plan(store, s)
            fresh = HybridClock(store.device_id, None, store.clock.wall_ms)
            below = newest_stamp(s, below=plan.threshold)
            if below:  # after every stamp that stays (this device's sent work, received work)
                fresh.observe(below)
            mapping: dict[str, str] = {}
            for old in plan.old:
                if old not in mapping:
                    mapping[old] = fresh.now()
            _apply(s, plan, mapping)
            # Lowered in the same transaction: the clock goes on after the new stamps from the commit on.
            store.clock.take_position(fresh, plan.keep_ahead_ms)
    except BaseException:
        store.clock.take_position(before, before.log_ahead_ms)  # nothing re-dated: the old dates stay
        raise
    new = [mapping[old] for old in plan.old]
    return Redated(len(plan.ids), wall_ms_of(plan.old[-1]), new[0], new[-1])


def _mapped(value: Any, mapping: dict[str, str]) -> Any:
    return mapping.get(value, value) if isinstance(value, str) else value


def _mapped_dict(values: Any, mapping: dict[str, str]) -> dict[str, Any] | None:
    """``values`` with its time stamps mapped; None when nothing in it changes."""
    if not isinstance(values, dict) or not any(isinstance(v, str) and v in mapping for v in values.values()):
        return None
    return {k: _mapped(v, mapping) for k, v in values.items()}


def _apply(s: OrmSession, plan: _Plan, mapping: dict[str, str]) -> None:
    # ORM statements (not raw SQL): change_set sees the tables, so the app's views refresh.
    s.execute(update(ChangeLog), [{"id": i, "hlc": mapping[old]} for i, old in zip(plan.ids, plan.old, strict=True)])
    # A long-text edit names the version it started from: an earlier change of the same field, so
    # only a re-dated change can name a re-dated version.
    bases = s.execute(select(ChangeLog.id, ChangeLog.base).where(ChangeLog.id.in_(plan.ids))).all()
    rebased = [{"id": i, "base": b} for i, base in bases if (b := _mapped_dict(base, mapping)) is not None]
    if rebased:
        s.execute(update(ChangeLog), rebased)
    for model in SYNCED_MODELS:
        # updated_at is the latest of a row's versions: a row holding a re-dated stamp anywhere has
        # it at or past the threshold.
        rows = s.execute(
            select(model.id, model.created_at, model.updated_at, model.versions)
            .where((model.updated_at >= plan.threshold) | (model.created_at >= plan.threshold))
        ).all()
        changed = []
        for row_id, created, updated, versions in rows:
            new_versions = _mapped_dict(versions, mapping)
            if created in mapping or updated in mapping or new_versions is not None:
                changed.append({"id": row_id, "created_at": _mapped(created, mapping),
                                "updated_at": _mapped(updated, mapping),
                                "versions": new_versions if new_versions is not None else versions})
        if changed:
            s.execute(update(model), changed)
    _map_column(s, Conflict, ("version_a", "version_b"), plan.threshold, mapping)
    _map_column(s, ExportRecord, ("hlc",), plan.threshold, mapping)


def _map_column(s: OrmSession, model: Any, columns: Iterable[str], threshold: str, mapping: dict[str, str]) -> None:
    for name in columns:
        column = getattr(model, name)
        rows = s.execute(select(model.id, column).where(column >= threshold)).all()
        changed = [{"id": i, name: mapping[v]} for i, v in rows if v in mapping]
        if changed:
            s.execute(update(model), changed)
