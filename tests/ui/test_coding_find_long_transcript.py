"""The find bar on a 1,500-turn focus group keeps the window answering.

Folding the whole transcript at once (a tenth to a third of a second on a laptop) would freeze the
window as the bar opens, and a search per key typed would do it again for every letter. The texts
are folded a slice at a time between events, and the search runs once, when typing pauses.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo_text
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding import find_bar, find_index
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.coding_window_helpers import shown_window

TURNS = 1500
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"



@pytest.fixture
def ctx(manager: LanguageManager, store: Store) -> Iterator[AppContext]:
    manager.set_language("ckb")  # one language: the cost is the same in each
    context = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    yield context
    assert context.tasks.drain(10_000)


def _turns(rng: random.Random) -> list[str]:
    """Turns of about 400 characters from the demo's Arabic and Sorani sentences, some letters with
    harakat, each with its own number (words not all seen before)."""
    bank = [s for s, _ in (*demo_text.ARABIC, *demo_text.SORANI)]
    out = []
    for i in range(TURNS):
        words = " ".join(rng.choice(bank) for _ in range(7)).split()
        words = [w + rng.choice(HARAKAT) if rng.random() < 0.2 else w for w in words]
        out.append(f"{' '.join(words)} ({i})")
    return out


def _timed(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[float]:
    seconds: list[float] = []
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            seconds.append(time.perf_counter() - t0)

    monkeypatch.setattr(owner, name, timed)
    return seconds


@pytest.mark.slow
def test_find_in_a_long_transcript_never_holds_the_window(ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _turns(random.Random(3))
    assert sum(map(len, texts)) > 400 * TURNS
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="بابل", date=dt.date(2023, 1, 5), governorate="babil")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(texts))
        session_id = sess.id
    folds = _timed(monkeypatch, find_index.FindIndex, "fold_some")
    searches = _timed(monkeypatch, find_bar.FindBar, "search")
    ws = shown_window(ctx, qtbot, session_id, (1100, 750))
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = ws.find_bar.field
    for ch in "بطاقاتهم":  # typed a key at a time, faster than the pause that starts a search
        QTest.sendKeyEvent(QTest.KeyAction.Click, field, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
        # Each key handled (its text changed, the pause's timer started again) without waiting: a wait of
        # 20 ms became more than the 150 ms pause on a loaded machine, and a second search ran mid-word.
        QApplication.processEvents()
    qtbot.waitUntil(lambda: ws.find_bar.searched == "بطاقاتهم", timeout=10_000)
    assert len(searches) == 1  # once, when typing paused
    n = len(ws.find_bar.matches)
    assert n > 50 and ws.find_bar.current == 0
    assert ws.view.textCursor().selectedText().startswith("بطاقاتهم")
    assert len(folds) > 3  # the folding was spread over the event loop
    # Each slice and the search itself are short (a frame is 16 ms; generous on a shared machine).
    print(f"folding: {len(folds)} slices, longest {max(folds) * 1000:.1f} ms, total {sum(folds) * 1000:.0f} ms; "
          f"search {searches[0] * 1000:.1f} ms, {n} matches")
    assert max(folds) < 0.1
    assert searches[0] < 0.25
    t0 = time.perf_counter()
    for _ in range(20):
        QTest.keyClick(field, Qt.Key.Key_Return)
    per_step = (time.perf_counter() - t0) / 20
    print(f"next match: {per_step * 1000:.1f} ms")
    assert per_step < 0.1
    assert ws.find_bar.current == 20
