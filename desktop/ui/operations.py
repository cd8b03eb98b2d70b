"""The only way a widget reaches the database: small operation objects run on the one DB worker.

The shape is Anki's ``CollectionOp``/``QueryOp`` (``qt/aqt/operations/__init__.py``):

- ``CollectionOp(ctx, op)`` changes data. ``op(session)`` runs on the worker in one transaction
  (``CollectionOp.on_store`` for core services that open their own); the tables it touched, as
  gathered by the store's flush hook (``desktop.core.change_set``), are announced on
  ``ctx.events.changed`` before ``success`` runs, so views refresh from what really changed instead
  of from hand-typed table names.
- ``QueryOp(ctx, op, success)`` reads on the worker and hands the result to ``success`` on the UI
  thread.
- ``.owned_by(widget)``: ``success``/``failure`` are dropped when the widget was deleted before the
  result came back (an editor closed while its change was on the worker); the change itself is
  still announced. A ``success``/``failure`` that is a method of a QObject is owned by it anyway.
- ``.with_busy(busy)`` (a ``desktop.ui.widgets.busy.BusyState``) gives the page its busy look while
  the operation waits or runs, shown only after 300 ms, as Anki's ``with_progress``.
- ``Reloader(ctx, owner, read, show)`` is a view's reload on the worker, asked for on every data
  change; asks made while a read is on its way coalesce into one more read.
- ``run_apart(ctx, work, success)`` is work that needs no database (parsing a pasted text, decoding
  a file) on threads of its own (``TaskRunner.run_apart``), so autosaves and page reads never wait
  behind it; ``owner`` as ``owned_by``.
- ``read_now(ctx, op)`` is the small synchronous read a model needs to answer Qt at once (a page
  of rows, a combo box's choices), like Anki's table model fetching a row; it still keeps the
  session out of the widget.

``op`` must not touch widgets: it runs on another thread. Errors go to ``failure`` when given, else
to the task runner, which raises them on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set
from desktop.core.busy_wait import brief_waits
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets.busy import BusyState

T = TypeVar("T")

#: How long a write made on the interface's thread (``run_now``) waits for another program's write
#: before it gives up and says so: the editor keeps the text and its autosave tries again, and the
#: window never stands still for the five seconds the database worker may wait.
UI_THREAD_WAIT_MS = 250


class OpDone(Generic[T]):
    """What a change operation hands back: its value and the tables it touched."""

    __slots__ = ("changes", "value")

    def __init__(self, value: T, changes: change_set.Touched) -> None:
        self.value = value
        self.changes = changes  # a set of table names, with the sessions whose rows were written


def run_change(store: Store, op: Callable[[Store], T]) -> OpDone[T]:
    """Run ``op`` (on any thread) and collect the tables its committed transactions touched."""
    with change_set.collect() as tables:
        value = op(store)
    return OpDone(value, tables)


def in_transaction(op: Callable[[OrmSession], T]) -> Callable[[Store], T]:
    def run(store: Store) -> T:
        with store.transaction() as s:
            return op(s)

    return run


class CollectionOp(Generic[T]):
    """A change to the data, run on the DB worker; views refresh from the tables it touched."""

    def __init__(self, ctx: AppContext, op: Callable[[OrmSession], T]) -> None:
        self._setup(ctx, in_transaction(op))

    @classmethod
    def on_store(cls, ctx: AppContext, op: Callable[[Store], T]) -> CollectionOp[T]:
        """For core services that take the store and open their own transactions."""
        self = cls.__new__(cls)
        self._setup(ctx, op)
        return self

    @classmethod
    def with_progress(
        cls, ctx: AppContext, op: Callable[[Store, CancelToken, Callable[[int, int], None]], T],
        on_progress: Callable[[int, int], None],
    ) -> CollectionOp[T]:
        """For long changes (a survey import): ``op(store, token, progress)`` reports ``progress(done,
        total)``, shown by ``on_progress`` on the UI thread, and stops when ``token`` is cancelled."""
        self = cls.__new__(cls)
        self._setup(ctx, lambda store: op(store, CancelToken(), lambda _d, _t: None))
        self._long, self._on_progress = op, on_progress
        return self

    def _setup(self, ctx: AppContext, op: Callable[[Store], T]) -> None:
        self._ctx, self._op = ctx, op
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._long: Callable[[Store, CancelToken, Callable[[int, int], None]], T] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._busy: BusyState | None = None
        self._owner: QObject | None = None

    def with_busy(self, busy: BusyState | None) -> CollectionOp[T]:
        self._busy = busy
        return self

    def owned_by(self, owner: QObject) -> CollectionOp[T]:
        self._owner = owner
        return self

    def success(self, success: Callable[[T], Any] | None) -> CollectionOp[T]:
        self._success = success
        return self

    def failure(self, failure: Callable[[BaseException], Any] | None) -> CollectionOp[T]:
        self._failure = failure
        return self

    def run_in_background(self) -> CancelToken:
        store, op, long = self._ctx.store, self._op, self._long

        def work(token: CancelToken, progress: Callable[[int, int], None]) -> OpDone[T]:
            if long is not None:
                return run_change(store, lambda st: long(st, token, progress))
            return run_change(store, op)

        success = _owned(self._owner, self._success)
        done, failure = _ending(self._busy, lambda result: self._done(result, success),
                                _owned(self._owner, self._failure))
        return self._ctx.tasks.run(work, done, failure, self._on_progress)

    def run_now(self) -> T:
        """Run on the calling thread, for the few changes Qt or the user must see settled at once.

        A model's ``setData`` must answer Qt with yes or no, and an editor closing must have its text
        on disk before the window goes away. The change set is still announced; errors are raised
        to the caller (``success``/``failure`` are not used).
        """
        with brief_waits(UI_THREAD_WAIT_MS):
            done = run_change(self._ctx.store, self._op)
        if done.changes:
            self._ctx.events.changed.emit(_announced(done.changes))
        return done.value

    def _done(self, done: OpDone[T], success: Callable[[T], Any] | None) -> None:
        # Views refresh first, so ``success`` can select the row the operation just made.
        if done.changes:
            self._ctx.events.changed.emit(_announced(done.changes))
        if success:
            success(done.value)


def _announced(changes: change_set.Touched) -> change_set.Touched:
    """A copy for the listeners: one may change the set it is handed without the next seeing it."""
    return change_set.Touched(changes, changes.sessions, imported=changes.imported)


class QueryOp(Generic[T]):
    """A read run on the DB worker; ``success`` gets the result on the UI thread."""

    def __init__(self, ctx: AppContext, op: Callable[[OrmSession], T], success: Callable[[T], Any]) -> None:
        self._ctx, self._op, self._success = ctx, op, success
        self._failure: Callable[[BaseException], Any] | None = None
        self._busy: BusyState | None = None
        self._owner: QObject | None = None

    def failure(self, failure: Callable[[BaseException], Any] | None) -> QueryOp[T]:
        self._failure = failure
        return self

    def with_busy(self, busy: BusyState | None) -> QueryOp[T]:
        self._busy = busy
        return self

    def owned_by(self, owner: QObject) -> QueryOp[T]:
        self._owner = owner
        return self

    def run_in_background(self) -> CancelToken:
        store, op = self._ctx.store, self._op

        def work(token: CancelToken, progress: Callable[[int, int], None]) -> T:
            with store.session() as s:
                return op(s)

        done, failure = _ending(self._busy, _owned(self._owner, self._success), _owned(self._owner, self._failure))
        return self._ctx.tasks.run(work, done, failure)


C = TypeVar("C", bound=Callable[..., Any])


def _owned(owner: QObject | None, callback: C | None) -> C | None:
    """``callback``, skipped once its owner is deleted: the explicit ``owner``, else the QObject whose
    method it is. An editor closed while its change was on the worker is not called back (its
    widgets are gone; touching them raised "Internal C++ object already deleted")."""
    if callback is None:
        return None
    bound_to = getattr(callback, "__self__", None)
    holder = owner if owner is not None else bound_to if isinstance(bound_to, QObject) else None
    if holder is None:
        return callback
    alive, call = holder, callback

    def if_alive(*args: Any) -> Any:
        if shiboken6.isValid(alive):
            return call(*args)
        return None

    return if_alive  # type: ignore[return-value]


def _ending(
    busy: BusyState | None,
    done: Callable[[Any], Any] | None,
    failure: Callable[[BaseException], Any] | None,
) -> tuple[Callable[[Any], Any] | None, Callable[[BaseException], Any] | None]:
    """``done``/``failure`` that first end the busy look begun now (a failure re-raises as before)."""
    if busy is None:
        return done, failure
    busy.begin()

    def finished(value: Any) -> None:
        if not shiboken6.isValid(busy):  # the page closed while its data loaded: no one to show it to
            return
        busy.end()
        if done is not None:
            done(value)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(busy):
            busy.end()
        if failure is None:
            raise exc
        failure(exc)

    return finished, failed


def run_apart(ctx: AppContext, work: Callable[[CancelToken], T], success: Callable[[T], Any],
              failure: Callable[[BaseException], Any] | None = None, owner: QObject | None = None) -> CancelToken:
    """``work(token)`` on the task runner's threads apart from the database worker, without a store
    session (it must touch no data): a second-long parse no longer holds up every autosave and page
    read queued behind it. ``success`` and ``failure`` come on the UI thread, dropped once ``owner`` is
    deleted; the token cancels the work (``token.check()`` inside it raises ``Cancelled``, handed to
    ``failure``)."""
    return ctx.tasks.run_apart(lambda token, _progress: work(token), _owned(owner, success), _owned(owner, failure))


def read_now(ctx: AppContext, op: Callable[[OrmSession], T]) -> T:
    """A small read answered at once on the calling thread (a model's page of rows)."""
    with ctx.store.session() as s:
        return op(s)


class Reloader(Generic[T]):
    """A view's reload, read on the DB worker whenever asked, at most one read waiting at a time.

    Data changes come in bursts (an autosave every few seconds, an import touching six tables): asks
    made while a read is on its way give one more read after it, not one each. ``show`` gets the
    result on the UI thread, unless ``owner`` was deleted meanwhile (its page closed).
    """

    def __init__(self, ctx: AppContext, owner: QObject, read: Callable[[Store], T], show: Callable[[T], Any],
                 busy: BusyState | None = None, failure: Callable[[BaseException], Any] | None = None) -> None:
        self._ctx, self._owner, self._read, self._show, self._busy = ctx, owner, read, show, busy
        self._failure = failure
        self._reading = self._again = False
        self.loads = 0  # how many reads have been shown (tests wait on it)

    @property
    def reading(self) -> bool:
        return self._reading

    def request(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        store, read = self._ctx.store, self._read
        if self._busy is not None:
            self._busy.begin()

        def work(token: CancelToken, progress: Callable[[int, int], None]) -> T:
            return read(store)

        self._ctx.tasks.run(work, self._done, self._failed)

    def _settle(self) -> bool:
        if not shiboken6.isValid(self._owner):
            return False
        self._reading = False
        if self._busy is not None and shiboken6.isValid(self._busy):
            self._busy.end()
        return True

    def _done(self, value: T) -> None:
        if not self._settle():
            return
        self.loads += 1
        self._show(value)
        if self._again:
            self.request()

    def _failed(self, exc: BaseException) -> None:
        if not self._settle():
            return
        if self._again:
            self.request()
        if self._failure is None:
            raise exc  # shown as any other worker failure
        self._failure(exc)
