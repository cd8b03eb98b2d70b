"""The first-run wizard's passphrase page is the one "new passphrase, twice" form (``NewPassphraseFields``)
Settings → Change passphrase… and Export team key… use: it had its own copy of the two fields, the
strength line and the differ line. Typed by the keyboard in Kurdish: two that differ are said to differ
and Next stays off, two the same are taken; the space-at-an-end line and the warning stay the wizard's;
the labels keep their mnemonics and words (same strings, same context). Real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import passphrase_rules, screen_fit
from desktop.ui.widgets.new_passphrase import PASSPHRASES_DIFFER, NewPassphraseFields
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle

NEW = "ڕستەیەکی نوێ بۆ قفڵ 2026"


def test_the_wizard_types_its_passphrase_in_the_shared_form(manager: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    manager.set_language("ckb")
    try:
        wizard = FirstRunWizard(manager, tmp_path / "Majlis")
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        wizard.next()
        page = wizard.passphrase_page
        fields = page.findChild(NewPassphraseFields)
        assert fields is not None and fields.new is page.first and fields.again is page.second
        assert page.first_label.buddy() is page.first and page.second_label.buddy() is page.second
        assert page.first_label.text() == QApplication.translate("PassphrasePage", "&Passphrase") != "&Passphrase"
        assert page.second_label.text() == QApplication.translate("PassphrasePage", "&Repeat it") != "&Repeat it"

        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.first)
        type_text(page.first, NEW + " ")
        QTest.keyClick(page.first, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.second
        type_text(page.second, NEW)
        assert fields.strength.text() == passphrase_rules.strength_words(NEW + " ") != ""
        assert fields.mismatch.error() == passphrase_rules.differ_words() and fields.mismatch.isVisible()
        assert not page.spaces.isHidden()  # the wizard's own line, in the form under the strength
        assert fields.problem() == PASSPHRASES_DIFFER and not page.isComplete()
        assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()

        type_text(page.second, " ")
        assert fields.mismatch.error() == "" and not fields.mismatch.isVisible()
        assert fields.problem() is None and page.isComplete()
        assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
        assert wizard._plan().passphrase == NEW + " "
        assert page.warning.text() == passphrase_rules.keep_it_safe_words() and page.warning.isVisible()
    finally:
        manager.set_language("en")


def test_the_shared_form_keeps_every_wrapped_line_whole_on_a_laptop_at_150_percent(
        manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared form is a grid: as a QFormLayout, in the wizard's scrolled page at 20 points in Kurdish on
    a 910x512 screen, the space-at-an-end line (four lines) was given the height of three, its first line
    cut at the top and its last drawn under Repeat it."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    wizard.next()
    page = wizard.passphrase_page
    page.first.setText(" password1")  # weak, a space in front, and the repeat differs
    page.second.setText("password2")
    settle()
    for line in (page.strength, page.spaces, page.mismatch, page.warning):
        assert line.isVisible() and line.height() >= line.heightForWidth(line.width()), line.objectName()
    assert page.spaces.geometry().bottom() < page.second.geometry().top()
