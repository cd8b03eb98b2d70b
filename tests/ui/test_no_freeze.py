"""Slow steps run off the UI thread: the window keeps painting, and says what it does after 300 ms."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from desktop.ui import first_run
from desktop.ui.first_run import Created, FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget


def _longest_stall_during(qtbot: QtBot, busy: Any, done: Any, timeout_ms: int = 10_000) -> int:
    """Start ``busy()``, then measure the longest gap between 10 ms ticks until ``done()``."""
    clock, longest, last = QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    busy()
    qtbot.waitUntil(done, timeout=timeout_ms)
    timer.stop()
    return longest[0]


def test_unlock_keeps_painting_and_says_so(qtbot: QtBot) -> None:
    def slow_opener(passphrase: str) -> str:
        time.sleep(0.8)  # a key derivation on a busy two-core laptop
        return "store"

    widget = UnlockWidget(slow_opener, Path("field.db"))
    qtbot.addWidget(widget)
    widget.show()
    widget.passphrase.setText("correct horse")
    opened: list[object] = []
    widget.unlocked.connect(opened.append)
    seen: list[str] = []
    QTimer.singleShot(500, lambda: seen.append(widget.hint.text()))
    stall = _longest_stall_during(qtbot, widget.submit, lambda: bool(opened))
    assert opened == ["store"]
    assert stall < 300, f"the event loop stood still for {stall} ms"
    assert seen == ["Opening the database…"]


def test_wizard_finish_keeps_painting(qtbot: QtBot, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_create(plan: Any) -> Created:
        time.sleep(0.8)
        return Created("store", False)

    monkeypatch.setattr(first_run, "create_from_plan", slow_create)
    wizard = FirstRunWizard(LanguageManager(qapp), tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    finished: list[object] = []
    wizard.finishedWith.connect(lambda store, demo: finished.append(store))
    seen: list[bool] = []
    QTimer.singleShot(500, lambda: seen.append(not wizard.busy_label.isHidden()))
    stall = _longest_stall_during(qtbot, wizard.accept, lambda: bool(finished))
    assert finished == ["store"]
    assert stall < 300, f"the event loop stood still for {stall} ms"
    assert seen == [True]
