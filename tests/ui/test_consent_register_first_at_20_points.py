"""The Consent page at 20 points on a 1366x768 laptop at 150 %: the register in sight as the page opens.

The page opened on its consent forms table (three forms whole, a scroll bar, New version…), which took
the frame's height; the register, who consented to what and what a facilitator needs at the door of a
hall, began under the fold and was reached only by scrolling. The register now comes first, the
participant's words under it and the forms, changed seldom and by few, last; the keyboard goes the same
way.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

SCREEN = (910, 512)  # a 1366x768 laptop at 150 %
ROWS = 4  # whole rows of the register in sight without scrolling


def frame_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def rows_in_sight(page: ConsentPage) -> int:
    """Rows of the register whose cells stand whole in the page's frame and in the table's own viewport."""
    view, frame = page.register_view, frame_of(page)
    shown = frame.viewport().rect()
    whole = 0
    for row in range(page.register.rowCount()):
        rect = view.visualRect(page.register.index(row, 0))
        if not view.viewport().rect().contains(rect):
            continue
        top = view.viewport().mapTo(frame.viewport(), rect.topLeft())
        if shown.contains(QRect(top, rect.size())):
            whole += 1
    return whole


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_register_is_in_sight_when_the_page_opens(lang: str, manager: LanguageManager,
                                                      demo_store: Store, qtbot: QtBot,  # noqa: F811
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, SCREEN, monkeypatch)
        window.go_to("consent")
        page: Any = window.current_page()
        assert isinstance(page, ConsentPage)
        qtbot.waitUntil(lambda: page.register.rowCount() > ROWS, timeout=10_000)
        window.ctx.tasks.wait(10_000)
        settle()
        frame = frame_of(page)
        assert frame.verticalScrollBar().value() == 0  # as it opens, nothing scrolled
        title = page.register_box.mapTo(frame.viewport(), QPoint(0, 0))
        assert frame.viewport().rect().contains(title), "the register's title is below the fold"
        assert rows_in_sight(page) >= ROWS, rows_in_sight(page)
        # The keyboard reads it in the same order: from the register's filters before the forms' table.
        chain: list[QWidget] = []
        widget: QWidget | None = page.session_filter
        for _ in range(60):
            assert widget is not None
            chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain.index(page.register_view) < chain.index(page.templates_view)
        if os.environ.get("MAJLIS_HP9_SHOTS"):
            window.grab().save(f"{os.environ['MAJLIS_HP9_SHOTS']}/consent-20pt-{lang}.png")
    finally:
        manager.set_font_size(None)
