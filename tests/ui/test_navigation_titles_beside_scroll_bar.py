"""The navigation's titles whole when its scroll bar shows.

At 20 points on a 1366x768 laptop at 150 % (a window of 895x424 logical pixels) the navigation's ten
titles are taller than the window, so it shows a scroll bar, inside its width. That width was its
longest title's and 16 pixels more: exactly Fusion's scroll bar. Where scroll bars are wider (Windows'
are 17 logical pixels, and wider with a theme or an accessibility setting) the scroll bar took more
than that and the longest title, "Recommendations", was cut off ("Recommendatio…"). The navigation
now keeps room for its scroll bar's own width.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150


class WideBars(QProxyStyle):
    """Scroll bars 24 pixels wide, as a high-contrast theme or a larger scroll bar setting gives them."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_ScrollBarExtent:
            return 24
        return super().pixelMetric(metric, option, widget)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "wide"), [("en", True), ("ckb", True), ("ar", True), ("en", False)])
def test_every_title_shows_whole_beside_the_scroll_bar(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, lang: str, wide: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*LAPTOP_150))
    manager.set_language(lang)
    manager.set_font_size(20.0)
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        nav = window.nav
        style = WideBars()
        if wide:
            nav.verticalScrollBar().setStyle(style)
        window.resize(*LAPTOP_150)
        window.show()
        window.page_stack.fit_navigation()  # as a font or language change does
        settle()
        bar = nav.verticalScrollBar()
        assert bar.isVisible()  # ten titles at 20 points are taller than the window
        assert bar.width() == (24 if wide else bar.sizeHint().width())
        assert nav.viewport().width() >= nav.sizeHintForColumn(0), (nav.viewport().width(), nav.sizeHintForColumn(0))
        assert window.width() <= LAPTOP_150[0]
    finally:
        manager.set_font_size(None)
