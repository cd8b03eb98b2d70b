"""Drop-down lists as wide as their longest item where the window allows, at a larger text size.

On a 1024x600 netbook at 24 points the focus group's speaker list was 277 pixels wide in Arabic for
"BSR-FG01-P03 (Ctrl+3)", which takes 356: the bar beside the turns squeezed it to its least width. On a
1366x768 laptop at 150 % (18 points) it was 262 of 275. Reports → Retrieval's code list kept the width
it had before its codes came (149 pixels at 24 points for "Electoral system", 527 wide).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

NETBOOK = (1008, 520)  # 1024x600 less a 40-pixel task bar and a window's frame
LAPTOP = (1350, 688)  # 1366x768 at 100 %, less the same


def cut_items(combo: QComboBox) -> list[tuple[str, int, int]]:
    """The items whose words (and colour swatch) are wider than the list's text field: (text, needed,
    field width)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    metrics = combo.fontMetrics()
    cut = []
    for i in range(combo.count()):
        icon = combo.iconSize().width() + 4 if not combo.itemIcon(i).isNull() else 0
        needed = metrics.horizontalAdvance(combo.itemText(i)) + icon
        if needed > field:
            cut.append((combo.itemText(i), needed, field))
    return cut



@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("ar", 24.0, NETBOOK), ("ckb", 24.0, NETBOOK),
                                                      ("ckb", 20.0, NETBOOK), ("en", 24.0, NETBOOK),
                                                      ("ar", 18.0, (895, 424))])
def test_the_speaker_list_shows_every_speaker_whole(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                    qtbot: QtBot, lang: str, size: float,
                                                    screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    try:
        with demo_store.session() as s:
            session_id = s.scalars(select(Session.id).where(Session.kind == "focus_group").limit(1)).one()
        window.open_session(session_id)
        window.ctx.tasks.wait(10_000)
        settle()
        combo = window.findChild(QWidget, "focus_group_editor").transcript.speaker_combo
        assert combo.count() > 1 and combo.isVisible()
        assert combo.width() >= combo.sizeHint().width(), (combo.width(), combo.sizeHint().width())
        assert cut_items(combo) == []
        assert window.width() <= screen[0]  # no wider than the screen for it
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("en", 24.0, LAPTOP), ("ckb", 24.0, LAPTOP),
                                                      ("ar", 20.0, NETBOOK), ("en", 18.0, (895, 424))])
def test_the_retrieval_code_list_shows_its_codes_whole(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                        qtbot: QtBot, lang: str, size: float,
                                                        screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    try:
        window.go_to("reports")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        combo = page.retrieval.code
        qtbot.waitUntil(lambda: combo.count() > 3, timeout=10_000)
        settle()
        assert combo.isVisible()
        assert cut_items(combo) == []
        assert window.width() <= screen[0]
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("en", 24.0, NETBOOK), ("ckb", 24.0, NETBOOK),
                                                      ("en", 20.0, (895, 424))])
def test_the_search_code_list_shows_its_codes_whole(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                     qtbot: QtBot, lang: str, size: float,
                                                     screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports → Search's list of the code to give every hit cut its codes at a larger text size (ckb 377
    of 426 pixels at 24 points on a netbook): it shares a row with Code all hits, which now goes under
    it where the row is short of room."""
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    try:
        window.go_to("reports")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        page.tabs.setCurrentWidget(page.search)
        settle()
        combo = page.search.code
        qtbot.waitUntil(lambda: combo.count() > 3, timeout=10_000)
        settle()
        assert combo.isVisible() and page.search.code_all_btn.isVisible()
        assert cut_items(combo) == []
        button = page.search.code_all_btn
        assert button.width() >= button.sizeHint().width()  # the button whole too
        assert window.width() <= screen[0]
    finally:
        manager.set_font_size(None)
