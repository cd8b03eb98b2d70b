"""The Settings page's choices show their whole text in every language, after a switch too.

A combo box measures itself once, when first shown: opened in English ("System default") and
switched to Arabic, the font-size box kept its English width and showed "حجم النظام الافترا", its
end cut off. The language, digits and font-size boxes now follow their contents."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from tests.i18n.test_i18n_screens import settle


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the compiled translations


def text_room(combo: QComboBox) -> int:
    """The width the box gives its text (its frame and arrow left out), as the style draws it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


@pytest.mark.parametrize("first", ["en", "ckb"])
def test_every_choice_fits_after_a_switch(ctx: AppContext, qtbot: QtBot, first: str) -> None:
    ctx.language.set_language(first)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    settle()
    for lang in ("ar", "ckb", "en"):
        page.language_combo.setCurrentIndex(page.language_combo.findData(lang))  # as a user switches
        settle()
        assert ctx.language.language == lang
        for combo in (page.language_combo, page.digits_combo, page.font_combo):
            for i in range(combo.count()):
                needed = combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                assert needed <= text_room(combo), (lang, combo.accessibleName(), combo.itemText(i), needed,
                                                    text_room(combo))
