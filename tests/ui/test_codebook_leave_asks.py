"""Typing not saved on the Codebook page was lost without a word when the main window closed, even
from another page long after: a page left (another page chosen in the navigation, or its shortcut)
kept it out of sight, and said nothing. Now leaving the page, or closing the window on it, asks the
question the page asks when another code is chosen: Save (stored, then the other page or the close),
Discard (the stored words shown again, then away) or Cancel (the page and the typing stay, the window
stays open). So no typing is ever left out of sight. A save refused keeps the typing on the page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name
from tests.ui_helpers import main_window

DEFINITION = "كل ما يخصّ الكوتا النسائية في المجالس"
OTHER = "العتبة الانتخابية"


def _window(manager: LanguageManager, store: Store, qtbot: QtBot) -> tuple[MainWindow, CodebookPage, str]:
    """The main window on its Codebook page, a definition typed for its first code and not saved."""
    with store.transaction() as s:
        first = codebook.create_code(s, name_ar="الكوتا").id
        codebook.create_code(s, name_ar=OTHER)
    window = main_window(manager, store, qtbot, "ar")
    window.ctx.tasks.drain()
    window.go_to("codebook")
    page = window.current_page()
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(first)
    qtbot.waitUntil(lambda: page.names["ar"].text() == "الكوتا")
    page.texts["definition"].setPlainText(DEFINITION)
    return window, page, first


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _definition(store: Store, code_id: str) -> str:
    with store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None
        return code.definition


def _row(window: MainWindow, key: str) -> int:
    return window.page_stack.keys().index(key)


def _choose(window: MainWindow, key: str) -> None:
    """The page ``key`` chosen in the navigation, as a click on its row does."""
    window.nav.setCurrentRow(_row(window, key))


def test_cancel_keeps_the_page_and_the_typing(manager: LanguageManager, store: Store, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _choose(window, "sessions")
    assert len(asked) == 1
    assert window.current_page() is page and window.nav.currentRow() == _row(window, "codebook")
    assert page.texts["definition"].toPlainText() == DEFINITION
    window.go_to_row(_row(window, "settings"))  # Ctrl+9 asks as well
    assert len(asked) == 2 and window.current_page() is page
    assert _definition(store, first) == ""
    page.texts["definition"].setPlainText("")  # nothing left to ask about when the test closes the window


def test_save_stores_the_typing_then_shows_the_other_page(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    _choose(window, "sessions")
    assert len(asked) == 1
    assert _definition(store, first) == DEFINITION
    qtbot.waitUntil(lambda: window.current_page() is window.pages["sessions"])
    assert window.ctx.tasks.drain(10_000)
    _choose(window, "codebook")  # back: the words as stored, nothing to ask about
    qtbot.waitUntil(lambda: page.texts["definition"].toPlainText() == DEFINITION)
    _choose(window, "sessions")
    assert len(asked) == 1


def test_a_refused_save_keeps_the_typing_on_the_page(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, first = _window(manager, store, qtbot)
    page.names["ar"].setText(OTHER)  # the other code's name: the codebook refuses a twin
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    _choose(window, "sessions")
    assert len(asked) == 1
    assert window.current_page() is page and window.nav.currentRow() == _row(window, "codebook")
    assert page.names["ar"].text() == OTHER and page.texts["definition"].toPlainText() == DEFINITION
    assert page.error_label.text()  # why, in one line
    assert _definition(store, first) == ""
    window.close()  # closing asks again, and the refusal keeps the window open
    assert len(asked) == 2 and window.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)


def test_a_save_another_program_holds_up_keeps_the_typing(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, other: OtherProgram) -> None:
    window, page, first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    other.hold()  # another program's write holds the database
    window.close()
    other.release()
    assert len(asked) == 1 and window.isVisible()
    error = page.error_label.text()
    assert error and "program" not in error, error  # translated, in one line
    assert page.texts["definition"].toPlainText() == DEFINITION and _definition(store, first) == ""
    _choose(window, "sessions")  # the database free again: saved, then away
    assert len(asked) == 2 and _definition(store, first) == DEFINITION
    qtbot.waitUntil(lambda: window.current_page() is window.pages["sessions"])


def test_discard_leaves_and_shows_the_stored_words_again(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    _choose(window, "sessions")
    assert len(asked) == 1
    qtbot.waitUntil(lambda: window.current_page() is window.pages["sessions"])
    _choose(window, "codebook")
    assert page.texts["definition"].toPlainText() == ""
    _choose(window, "sessions")
    assert len(asked) == 1  # nothing typed any more
    assert _definition(store, first) == ""


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
                                    QMessageBox.StandardButton.Discard], ids=["cancel", "save", "discard"])
def test_closing_the_window_asks(answer: QMessageBox.StandardButton, manager: LanguageManager, store: Store,
                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, answer)
    window.close()
    assert len(asked) == 1
    assert window.isVisible() == (answer == QMessageBox.StandardButton.Cancel)
    assert _definition(store, first) == (DEFINITION if answer == QMessageBox.StandardButton.Save else "")
    if answer == QMessageBox.StandardButton.Cancel:
        assert page.texts["definition"].toPlainText() == DEFINITION
        page.texts["definition"].setPlainText("")


def test_nothing_typed_asks_nothing(manager: LanguageManager, store: Store, qtbot: QtBot,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, _first = _window(manager, store, qtbot)
    page.texts["definition"].setPlainText("")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _choose(window, "sessions")
    qtbot.waitUntil(lambda: window.current_page() is window.pages["sessions"])
    window.close()
    assert asked == [] and not window.isVisible()
