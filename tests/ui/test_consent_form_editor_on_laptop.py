"""Consent page → New version… on a 1366x768 laptop at 150 % display scaling, text one step larger.

That screen has 911x464 logical pixels under its task bar, 895x424 inside a window's frame (see
tests/ui/test_laptop_screen.py). A person who made the text larger (Settings → Font size, 12 to 14
points) opened the form editor 430 to 450 pixels tall: its smallest size (title, the form's text, what
a signature means and the clauses, all at their least, one above the other) was taller than the
screen, and Cancel and Publish new version stood under the task bar. Each language's tab now scrolls
when the window is shorter than it, and the buttons stay in view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import builtin_consent
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle

LAPTOP = (895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels


@pytest.mark.parametrize(("lang", "points"), [("ckb", 14.0), ("ar", 12.0), ("en", 14.0)])
def test_publish_and_cancel_in_view_on_a_laptop_with_larger_text(
        lang: str, points: float, ctx: AppContext, manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        builtin_consent.install(ctx.store)
        editor = TemplateEditorDialog(ctx, "builtin-consent")
        qtbot.addWidget(editor)
        smallest = editor.minimumSizeHint().expandedTo(editor.minimumSize())
        assert smallest.height() <= LAPTOP[1], (smallest, LAPTOP)
        assert smallest.width() <= LAPTOP[0], (smallest, LAPTOP)
        editor.resize(*LAPTOP)
        editor.show()
        settle()
        assert editor.height() <= LAPTOP[1]
        for button in (editor.publish_button, editor.cancel_button):
            bottom_right = button.mapTo(editor, QPoint(button.width(), button.height()))
            assert editor.rect().contains(bottom_right - QPoint(1, 1)), (button.text(), bottom_right, editor.size())
        # What did not fit scrolls: every field of the tab can still be reached.
        tab = editor.current()
        area = tab.parentWidget().parentWidget()  # the tab -> the viewport -> its scroll area
        assert isinstance(area, QScrollArea)
        area.ensureWidgetVisible(tab.table)
        settle()
        top_left = tab.table.mapTo(area.viewport(), QPoint(0, 0))
        assert area.viewport().rect().contains(top_left), (top_left, area.viewport().size())
    finally:
        manager.set_font_size(None)
