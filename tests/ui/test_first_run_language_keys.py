"""The first-run wizard's first page from the keyboard. Opened in Kurdish (the language chosen before,
or the computer's), the keyboard's focus stood on "العربية", the first of the three, not on the ticked
"کوردی": the Space bar, pressed to go on, turned the whole wizard into Arabic, and Tab round from
Cancel came back to Arabic too. The focus is now on the language ticked, the group's one Tab stop;
the arrows move the focus between the languages, and Space, Enter or a click chooses one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QRadioButton, QScrollArea, QStyle, QStyleOptionButton, QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import new_team_file
from tests.ui_helpers import focused, in_view


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_focus_is_on_the_language_ticked(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    ticked = wizard.language_page.group.checkedButton()
    assert ticked is not None and ticked.property("code") == lang
    assert focused() is ticked
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # pressed on the language ticked: nothing changes
    settle()
    assert manager.language == lang and wizard.language_page.group.checkedButton() is ticked
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)  # round from the wizard's last button
    settle()
    assert focused() is ticked


def _opened(manager: LanguageManager, qtbot: QtBot, tmp_path: Path, lang: str) -> FirstRunWizard:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    return wizard


def _now(manager: LanguageManager) -> str:
    """The interface's language, read afresh (each key pressed may have changed it)."""
    return str(manager.language)


def _button(wizard: FirstRunWizard, code: str) -> QRadioButton:
    button = next(b for b in wizard.language_page.group.buttons() if b.property("code") == code)
    assert isinstance(button, QRadioButton)
    return button


def test_the_arrows_move_between_languages_without_choosing(manager: LanguageManager, qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    """The arrows switched the whole wizard live, one language per press: a person tabbing through landed
    in a language they may not read, the way back written in it. They now only move the keyboard's focus
    from language to language; Space (or a click) chooses the one the focus is on."""
    wizard = _opened(manager, qtbot, tmp_path, "ckb")
    title = wizard.language_page.title()
    kurdish = _button(wizard, "ckb")
    assert focused() is kurdish
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    settle()
    assert focused() is _button(wizard, "en")
    assert _now(manager) == "ckb" and wizard.language_page.group.checkedButton() is kurdish
    assert wizard.language_page.title() == title  # still Kurdish
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    settle()
    assert focused() is _button(wizard, "ar")
    assert _now(manager) == "ckb" and wizard.language_page.group.checkedButton() is kurdish
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # on, and back to the group's stop: the language ticked
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    settle()
    assert focused() is kurdish and _now(manager) == "ckb"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # chosen: English
    settle()
    english = _button(wizard, "en")
    assert _now(manager) == "en" and wizard.language_page.group.checkedButton() is english
    assert focused() is english and wizard.language_page.title() == "Welcome to Majlis"
    assert wizard.currentPage() is wizard.language_page


def test_enter_chooses_the_language_the_focus_is_on(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    """Enter on a language not yet chosen chooses it (the page stays); on the language chosen, Enter goes on
    to the next page as before."""
    wizard = _opened(manager, qtbot, tmp_path, "en")
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    settle()
    assert focused() is _button(wizard, "ckb") and _now(manager) == "en"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle()
    assert _now(manager) == "ckb" and wizard.language_page.group.checkedButton() is _button(wizard, "ckb")
    assert wizard.currentPage() is wizard.language_page
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle()
    assert wizard.currentPage() is wizard.passphrase_page and _now(manager) == "ckb"


def test_a_click_chooses_a_language(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _opened(manager, qtbot, tmp_path, "ckb")
    arabic = _button(wizard, "ar")
    option = QStyleOptionButton()
    arabic.initStyleOption(option)
    where = arabic.style().subElementRect(QStyle.SubElement.SE_RadioButtonClickRect, option, arabic).center()
    qtbot.mouseClick(arabic, Qt.MouseButton.LeftButton, pos=where)  # on its circle and name
    settle()
    assert _now(manager) == "ar" and wizard.language_page.group.checkedButton() is arabic


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_focus_is_in_sight_on_a_laptop_at_24_points(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 24 points on a 1366x768 laptop at 150 % the pages scroll: the note that the database opened last
    is not there filled the first page, and the focus stood on a language below it, out of sight; Tab
    round from Cancel put it on "Join a team", scrolled away above. Qt scrolls a page only for a Tab
    pressed inside it; the wizard's pages now bring into view whatever takes the focus."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(24.0)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis", missing=tmp_path / "USB" / "majlis.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    wizard.next()  # the first page's note and language: test_the_note_that_the_last_database_is_missing_is_read_first
    wizard.passphrase_page.first.setText("correct horse battery staple")
    wizard.passphrase_page.second.setText("correct horse battery staple")
    wizard.next()
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.next()
    page = wizard.start_page
    assert page.load_team_file(new_team_file(tmp_path / "coordinator", "تیمی یاسای هەڵبژاردن"))
    settle()
    confirm = page.key_view.confirm
    assert confirm is not None
    confirm.setFocus(Qt.FocusReason.TabFocusReason)  # the last of the page's stops: the page scrolled down
    qtbot.waitUntil(lambda: in_view(confirm))
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)  # round to the page's first stop
    settle()
    assert page.isAncestorOf(focused())
    qtbot.waitUntil(lambda: in_view(focused()))


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_note_that_the_last_database_is_missing_is_read_first(
        lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"The database opened last is not there: … Go on only to make a new, empty database." fills the first
    page at 24 points on a laptop at 150 %; the page scrolled down to the language that had the focus and
    the note was out of sight as the wizard opened. The note now takes the focus first (a screen reader
    reads it first, too), in sight; Tab goes on to the language ticked."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(24.0)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis", missing=tmp_path / "USB" / "majlis.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    page = wizard.language_page
    note = page.missing_note
    assert note.isVisible() and focused() is note
    scroller = page.findChild(QScrollArea, "language_page_scroll")
    assert scroller is not None
    settle()
    assert scroller.verticalScrollBar().value() == 0  # the note's first line at the top of the page
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    settle()
    assert focused() is page.group.checkedButton()
    qtbot.waitUntil(lambda: in_view(focused()))
