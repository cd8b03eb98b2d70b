"""Sync → New team key… (the centre) and New signing key… (a laptop) ask a long question first: at 20 points
on a 1366x768 laptop at 150 % it and its Yes and No are on the screen, its lines to read there or scrolled.

Seen in session 40's look at the dialogs: both were message boxes, which wrap their text at half the screen's
width and cannot scroll: at 20 points New team key…'s was about 1,000 pixels tall in English and 960 in
Kurdish, New signing key…'s over 600; a laptop's screen has 424, the buttons were under its task bar. Enter
still answers No (nothing is made by a mistaken key)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.new_key_button import NewKeyButton
from desktop.ui.sync.team_key_rotate import NewTeamKeyButton, question_words
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.question_dialog import Standard
from tests.ui.test_long_questions_fit import _whole_on_screen

LAPTOP = QSize(895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _signing_words() -> str:
    return QCoreApplication.translate(
        "NewKeyButton",
        "Make a new signing key? Only when your coordinator says the centre revoked this laptop's key "
        "(a backup of a lost or stolen laptop restored on this one).\nEverything recorded here goes again "
        "in your next bundles; they wait at the centre until the coordinator approves the new key, once "
        "you have read its fingerprint on the phone.")


def _asked_with_enter(qtbot: QtBot, ask: Callable[[], bool], yes: bool = False) -> tuple[bool, list[Any]]:
    """``ask()`` run with its question looked at once it is open (size, buttons, words), then answered by
    pressing Enter (or, ``yes``, by pressing its Yes)."""
    seen: list[Any] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not open yet
            QTimer.singleShot(20, look)
            return
        try:
            seen.append((box.size(), box.property("text") or getattr(box, "text", lambda: "")()))
            _whole_on_screen(box, LAPTOP)
        except Exception as exc:  # said by the test; the question is answered whatever is found
            seen.append(exc)
        finally:  # answered whatever was found: a question left open would hold the test for ever
            if yes:
                which = QMessageBox.StandardButton.Yes if isinstance(box, QMessageBox) else Standard.Yes
                qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
            else:
                qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
            if box.isVisible():  # still open (the key and the click are handled before they return)
                seen.append("the answer left it open")
                box.done(0)  # type: ignore[attr-defined]

    QTimer.singleShot(0, look)
    answered = ask()
    return answered, seen


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
@pytest.mark.parametrize("which", ["team", "signing"])
def test_the_key_questions_fit_a_laptop_at_20_points(which: str, lang: str, ctx: AppContext, qtbot: QtBot,
                                                       manager: LanguageManager,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: LAPTOP)
    manager.set_language(lang)
    manager.set_font_size(20.0)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        button: NewTeamKeyButton | NewKeyButton
        if which == "team":
            button = NewTeamKeyButton(ctx, lambda _words: None, page)
            button.retranslate()
            words = question_words()[1]
        else:
            button = NewKeyButton(ctx, lambda _words: None, lambda: None, page)
            words = _signing_words()
        page.show()
        answered, seen = _asked_with_enter(qtbot, button.ask_and_make)
        assert answered is False and not button.making  # Enter is No: nothing made
        assert len(seen) == 1, seen[1:]  # its size and words; no problem found
        size, text = seen[0]
        assert size.height() <= LAPTOP.height() and size.width() <= LAPTOP.width(), size
        assert text == words  # the question whole, each line where it was written
    finally:
        manager.set_font_size(None)
