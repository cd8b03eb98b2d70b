"""The Codebook page at the coordinator's desk (1366x768 at 100 %), by keyboard, in ar, ckb and en.

Found playing the centre in Kurdish: (a) no button or field label of the page had an Alt letter, in any
language: Tab reached them one by one through the tree and the code's nine fields. Each field's label now
takes Alt and a letter to its field, and the buttons theirs, distinct in the window with its menus
(tests/ui/test_accessibility.py checks the clashes). In Kurdish the page's words hold too few letters for
all of them (and none goes on ر, which underlined reads ڕ): Save code (Ctrl+S), Choose… (Tab from the
colour) and Save memo (Tab from the memo) go without. (b) The page asked 776
pixels of a 712-pixel frame: it scrolled, and Import .qdc… and Export .qdc… lay below the fold. The four
text boxes took 70 pixels each for a line or two; they are now two to four lines of the current font high.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.text_lines import lines_height
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

DESK = (1366, 768)
# Kurdish has too few letters in these words for every control: these go without (Ctrl+S saves).
WITHOUT = {"ckb": {"save_btn", "colour_btn"}}
BUTTONS = ("new_btn", "sub_btn", "delete_btn", "import_btn", "export_btn", "save_btn", "colour_btn", "merge_btn")


def _page(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
          monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, Any]:
    window = main_window_on_screen(manager, store, qtbot, lang, None, DESK, monkeypatch)
    window.go_to("codebook")
    page: Any = window.current_page()
    qtbot.waitUntil(lambda: page.loads >= 1 and page.current_id() is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    return window, page


def _alt(qtbot: QtBot, text: str) -> None:
    """Alt and the underlined letter of ``text``, sent to the widget with the keyboard's focus."""
    keys = QKeySequence.mnemonic(text)
    assert keys.count(), f"no Alt letter in {text!r}"
    key = keys[0]  # type: ignore[index]
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.sendKeyEvent(QTest.KeyAction.Click, focus, key.key(), chr(key.key().value), key.keyboardModifiers())
    qtbot.wait(50)
    settle()


def _codes(store: Store) -> int:
    with store.session() as s:
        return len(codebook.live_codes(s))


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_alt_and_a_letter_reach_each_field_and_button(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                      qtbot: QtBot, lang: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = _page(manager, demo_store, qtbot, lang, monkeypatch)
    try:
        labels = [label for key, label in page._labels.items() if key != "usage"] + [page.code_memo.label]
        for label in labels:
            page.tree.setFocus()
            settle()
            _alt(qtbot, label.text())
            assert QApplication.focusWidget() is label.buddy(), label.text()
        buttons = {name: getattr(page, name) for name in BUTTONS} | {"save_memo": page.code_memo.save_btn}
        lacking = {name for name, button in buttons.items() if not QKeySequence.mnemonic(button.text()).count()}
        assert lacking == WITHOUT.get(lang, set())
        letters = [QKeySequence.mnemonic(w.text()).toString() for w in
                   [*labels, *buttons.values()]
                   if QKeySequence.mnemonic(w.text()).count()]
        assert len(set(letters)) == len(letters), letters
        # A button pressed by its letter does its work: New code makes a code, stored, named in the field.
        before = _codes(demo_store)
        page.tree.setFocus()
        _alt(qtbot, page.new_btn.text())
        qtbot.waitUntil(lambda: _codes(demo_store) == before + 1, timeout=10_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.names[lang], timeout=10_000)
    finally:
        window.ctx.tasks.wait(10_000)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_import_and_export_are_in_sight_at_the_usual_size(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                          qtbot: QtBot, lang: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = _page(manager, demo_store, qtbot, lang, monkeypatch)
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea)
    assert page.minimumSizeHint().height() <= frame.viewport().height(), (
        page.minimumSizeHint().height(), frame.viewport().height())
    assert not frame.verticalScrollBar().isVisible()
    viewport = frame.viewport()
    for button in (page.import_btn, page.export_btn):
        top = button.mapTo(viewport, button.rect().topLeft())
        assert top.y() >= 0 and top.y() + button.height() <= viewport.height(), (button.text(), top.y())
    for box in page.texts.values():  # each text box at least two whole lines, at most four
        assert lines_height(box, 2) <= box.height() <= lines_height(box, 4), (box.height(), lines_height(box, 2))
    try:
        manager.set_font_size(20.0)  # measured again when the font grows: two lines still whole
        settle()
        for box in page.texts.values():
            assert box.minimumHeight() == lines_height(box, 2)
            assert box.height() >= lines_height(box, 2)
    finally:
        manager.set_font_size(None)
