"""The status bar's items side by side ran together: "Device: Basra laptop 2 Working alone Unsent changes: 0"
read as one sentence (in Arabic "حاسوب البصرة ٢ يعمل وحده": "Basra laptop 2 works alone"). A thin upright
line now stands between each two of them, in the order the interface reads (right to left in Arabic
and Kurdish), and none beside the demo's label where that is not shown, nor beside the unsent count on
the demo, where that is not shown."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from tests.i18n.test_i18n_screens import settle


def shown_in_order(window: MainWindow) -> list[QWidget]:
    """The status bar's visible labels and lines, from its left edge to its right."""
    bar = window.statusBar()
    items = [w for w in bar.findChildren(QWidget) if isinstance(w, QLabel | QFrame) and w.isVisible()
             and w.parentWidget() is bar and (isinstance(w, QLabel) or w.objectName() == "upright_rule")]
    return sorted(items, key=lambda w: w.mapTo(bar, QPoint(0, 0)).x())


@pytest.mark.parametrize("demo", [False, True])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_line_between_each_two_items(store: Store, qtbot: QtBot, make_ctx: Any, language: Any, lang: str,
                                       demo: bool) -> None:
    language.set_language(lang)
    ctx = dataclasses.replace(make_ctx(store), demo=demo)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    settle()
    items = shown_in_order(window)
    # The demo shows no count of unsent changes (nothing is sent from it: test_demo_nothing_unsent).
    labels = [window.demo_label] * demo + [window.device_label, window.team_label] + [window.unsent_label] * (not demo)
    if lang == "ar":
        labels.reverse()  # read from the right: the first item is the rightmost
    expected: list[QWidget] = []
    for label in labels:
        if expected:
            expected.append(items[len(expected)])  # whatever line stands there: checked below
        expected.append(label)
    assert items == expected, [type(w).__name__ + ":" + (w.text() if isinstance(w, QLabel) else "") for w in items]
    rules = items[1::2]
    assert rules and all(isinstance(r, QFrame) and r.objectName() == "upright_rule" for r in rules)
