"""Pages never crash on stored data: every page of the real main window opens, and refreshes, on a
database holding the longest texts, the control characters a long text may hold, direction marks,
XML's special characters, empty optional fields and a withdrawn participant."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.awkward_data import fill


def test_every_page_opens_on_awkward_stored_values(ctx: AppContext, qtbot: QtBot) -> None:
    fill(ctx.store)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    opened = []
    for key in registry.page_keys():
        window.go_to(key)
        assert ctx.tasks.drain(60_000), key
        refresh = getattr(window.current_page(), "refresh", None)
        if callable(refresh):
            refresh()
        assert ctx.tasks.drain(60_000), key
        opened.append(key)
    assert opened == list(registry.page_keys())
    window.close_editor()
