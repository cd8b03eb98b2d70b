"""The first-run wizard's Back and Next point the way they go, in Arabic and Kurdish as in English.

Qt names them "< &Back" and "&Next >" (qtbase_ar, our qtbase_ckb: "< ال&سّابق", "&دواتر >"). In a
right-to-left button the "<" written first stands at the right end, and "<" and ">" are mirrored
characters, drawn turned round in a right-to-left run: Back shows ">" at its right end, pointing right
(back, in a right-to-left screen), Next shows "<" at its left end, pointing left. A screenshot shrunk
to a thumbnail looks as if the arrows pointed the English way; "correcting" the translations to
"> back" would turn them wrong. This pins the words' order, the buttons' direction and their places."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.bidi_order import shown_order
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_back_and_next_point_the_way_they_go(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                             lang: str) -> None:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the second page has both buttons
    settle()
    back = wizard.button(QWizard.WizardButton.BackButton)
    forward = wizard.button(QWizard.WizardButton.NextButton)
    assert back.isVisible() and forward.isVisible()
    rtl = lang != "en"
    assert back.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    back_shown = shown_order(back.text().replace("&", ""), rtl=rtl).strip()
    next_shown = shown_order(forward.text().replace("&", ""), rtl=rtl).strip()
    if rtl:
        assert back.text() != "< &Back" and back_shown[-1] == "<" and "<" not in back_shown[:-1], back_shown
        assert next_shown[0] == ">" and ">" not in next_shown[1:], next_shown
        assert back.x() > forward.x()  # Back on the right, the side a right-to-left reader came from
    else:
        assert back_shown[0] == "<" and next_shown[-1] == ">"
        assert back.x() < forward.x()
