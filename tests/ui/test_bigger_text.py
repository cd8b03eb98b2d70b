"""The main window's pages with a larger text size, on a 1366-pixel-wide screen at 100 % scaling.

Windows' "Make text bigger" (up to 225 %) and Settings → Font size (up to 24 points) make every word
wider, but not the screen. With text twice its size the Kurdish Consent page asked for 1,283 logical
pixels (the register's four buttons on one line, 1,241) and the Codebook 1,262 (its version beside
Import and Export): both scrolled sideways in a window 1,350 wide. After a font size chosen in
Settings, the navigation kept the width of the old titles and cut them off ("دانیشتنەک…").
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager, default_point_size
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401 - fixtures used by name
from tests.laptop_screen import sideways
from tests.ui_helpers import main_window

WINDOW = (1366 - 16, 728 - 40)  # a 1366x768 screen at 100 %, less the task bar, the frame and title bar


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
@pytest.mark.parametrize("bigger", [1.5, 2.0])
def test_no_page_scrolls_sideways_with_bigger_text(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                   qtbot: QtBot, lang: str, bigger: float) -> None:
    window = main_window(manager, demo_store, qtbot, lang)
    manager.set_font_size(default_point_size(lang) * bigger)  # chosen while the window is open
    window.resize(*WINDOW)
    settle()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    cut = {page: parts for page, parts in sideways(app, window, lang).items() if parts}
    assert not cut, f"scroll sideways with text x{bigger}: {cut}"

    nav = window.page_stack.nav
    titles = nav.sizeHintForColumn(0) + 2 * nav.frameWidth()
    assert nav.width() >= titles, (nav.width(), titles)  # every title whole
