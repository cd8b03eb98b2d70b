"""Import text…: a parse (or a file's decoding) runs on a thread of its own, not on the one database
worker. Before, a second-long parse of a large pasted transcript made every autosave and page read
wait behind it; now a read and a write through the worker finish while a parse is held."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import participants, transcript_text
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.operations import CollectionOp, QueryOp, run_apart
from desktop.ui.tasks import Cancelled, CancelToken
from tests.ui.test_recording_fg_editor import consent_for, new_focus_group, open_editor


class Held:
    """``transcript_text.preview`` held on an Event inside the work until ``release``."""

    def __init__(self) -> None:
        self.started, self.go = threading.Event(), threading.Event()
        self.real = transcript_text.preview

    def __call__(self, *args: Any, **kwargs: Any) -> transcript_text.Parsed:
        self.started.set()
        assert self.go.wait(20), "the held parse was never let go"
        return self.real(*args, **kwargs)

    def release(self) -> None:
        self.go.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    hold = Held()
    monkeypatch.setattr(transcript_text, "preview", hold)
    yield hold
    hold.release()  # never leave a worker thread waiting past the test


def _count(s: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(TranscriptTurn)) or 0)


def test_a_held_parse_lets_reads_and_writes_through(
        ctx: AppContext, store: Store, qtbot: QtBot, held: Held) -> None:
    sid = new_focus_group(store)
    with store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(store, pid, sid)
    editor = open_editor(ctx, qtbot, sid)
    editor.transcript.import_button.click()
    dialog = editor.findChild(ImportTextDialog)
    assert dialog is not None and dialog.isVisible()
    assert held.started.wait(5), "the first parse never began"
    assert dialog.pending()

    read: list[int] = []
    QueryOp(ctx, _count, read.append).run_in_background()
    qtbot.waitUntil(lambda: read == [0], timeout=3000)  # before: waited behind the parse, for ever here

    def add(s: Any) -> str:
        turn = TranscriptTurn(session_id=sid, position=1, text="written meanwhile")
        s.add(turn)
        s.flush()
        return str(turn.id)

    written: list[str] = []
    CollectionOp(ctx, add).success(written.append).run_in_background()
    qtbot.waitUntil(lambda: bool(written), timeout=3000)
    assert dialog.pending()  # the parse is still held all the while

    held.release()
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=10_000)
    dialog.reject()


def test_work_apart_keeps_cancel_owner_and_failure(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    """Cancelled work ends in ``failure`` with ``Cancelled``; a failure reaches the UI thread; a result
    whose owner is gone is dropped; the DB worker answers all the while."""
    from PySide6.QtWidgets import QWidget

    go = threading.Event()
    threads: list[threading.Thread] = []

    def waits(token: CancelToken) -> str:
        threads.append(threading.current_thread())
        while not go.wait(0.01):
            token.check()
        return "done"

    got: list[Any] = []
    token = run_apart(ctx, waits, got.append, got.append)
    qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    read: list[int] = []
    QueryOp(ctx, _count, read.append).run_in_background()
    qtbot.waitUntil(lambda: read == [0], timeout=3000)
    token.cancel()
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert isinstance(got[0], Cancelled) and threads[0] is not threading.main_thread()

    def fails(_token: CancelToken) -> str:
        raise ValueError("bad")

    failed: list[BaseException] = []
    run_apart(ctx, fails, got.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=3000)
    assert isinstance(failed[0], ValueError)

    owner = QWidget()
    shown: list[str] = []
    late: Callable[[CancelToken], str] = lambda _t: (go.wait(5), "late")[1]  # noqa: E731
    run_apart(ctx, late, shown.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=3000)
    go.set()
    assert ctx.tasks.drain(5000)
    assert shown == []


def _alive(obj: Any) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))
