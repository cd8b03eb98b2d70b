"""Consent form editor → Remove clause is offered only with a clause chosen in the tab in front.

With no clause chosen in the table, Remove clause could be pressed and did nothing, without a word;
after another tab was brought to the front it stayed pressable for a table with nothing chosen. It
is now unavailable until a clause is chosen in the tab in front, and removes that one.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import builtin_consent
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_remove_follows_the_chosen_clause(lang: str, ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    builtin_consent.install(ctx.store)
    editor = TemplateEditorDialog(ctx, "builtin-consent")
    qtbot.addWidget(editor)
    editor.show()
    settle()
    tab = editor.current()
    assert not editor.remove_button.isEnabled()
    count = len(tab.model.rows)
    tab.table.setCurrentIndex(tab.model.index(count - 1, 1))
    settle()
    assert editor.remove_button.isEnabled()
    key = tab.model.rows[-1][0]
    editor.remove_button.click()
    assert len(tab.model.rows) == count - 1 and key not in [row[0] for row in tab.model.rows]

    editor.tabs.setCurrentIndex(1)  # another language: nothing chosen in its table
    settle()
    assert editor.current() is not tab and not editor.current().table.currentIndex().isValid()
    assert not editor.remove_button.isEnabled()
