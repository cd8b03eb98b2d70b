"""The Recommendations page as a coordinator meets it in a test: six demo sessions (seed 3, whose demo
has four recommendations), the page on screen in a language, the first recommendation shown; the
language and the text size put back afterwards, whatever the test did to them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.demo_stores import demo_store_fixture

DEMO_RECOMMENDATIONS = 4


@contextlib.contextmanager
def recommendations_page(ctx: AppContext, qtbot: QtBot, lang: str, *, focusable: bool = False,
                         first_shown: bool = True, demo_in_store: bool = False) -> Iterator[RecommendationsPage]:
    """``focusable``: shown, exposed and its window active, so key presses and Tab move the focus.
    ``first_shown``: the first recommendation chosen in the list and its view filled.
    ``demo_in_store``: the store is already that demo (``store = recommendations_demo_store()`` in the
    test module: a copy of it generated once per process), so it is not generated again."""
    if not demo_in_store:
        demo.generate(ctx.store, sessions=6, seed=3)
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        if focusable:
            with qtbot.waitExposed(page):
                page.show()
            page.activateWindow()
        else:
            page.show()
        if first_shown:
            qtbot.waitUntil(lambda: len(page.list_model.rows) == DEMO_RECOMMENDATIONS, timeout=20_000)
            page.list.setCurrentIndex(page.list_model.index(0, 1))
            qtbot.waitUntil(lambda: page.view.current is not None, timeout=20_000)
        yield page
    finally:
        ctx.language.set_font_size(None)
        ctx.language.set_language("en")


def recommendations_demo_store() -> Callable[..., Any]:
    """A test module's ``store`` fixture: the demo ``recommendations_page`` generates (six sessions, seed 3)
    as a copy of one generated once per process (tests/demo_stores.py); pass ``demo_in_store=True``."""
    return demo_store_fixture(sessions=6, seed=3)


def settle(turns: int = 10) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(turns):
        app.processEvents()
