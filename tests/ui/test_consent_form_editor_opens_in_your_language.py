"""The consent form editor opens on the tab of the interface's language.

It always opened on the Arabic tab: a coordinator working in Kurdish who pressed New version… to change
a clause met the Arabic form first, had to find the Kurdish tab, and a clause added with Add clause
before that went into the Arabic text. Now the editor opens on the tab of the language the interface
is in (Kurdish, Arabic or English), where the form has that language; a form without it (published in
Arabic and English only) opens on its first language with a text, not on an empty tab.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_editor_shown, template_texts


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_editor_opens_on_the_interface_language(lang: str, make_ctx: Any, store: Store, qtbot: QtBot,
                                                    manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    manager.set_language(lang)
    editor = template_editor_shown(make_ctx(store, lang=manager), qtbot, "session-consent")
    tab = editor.current()
    assert tab.lang == lang
    assert tab.title.text() == template_texts()[lang].title
    assert QApplication.focusWidget() is editor.tabs.tabBar()  # arrows change the language, Tab goes to the title


def test_a_form_without_the_interface_language_opens_on_its_first_text(make_ctx: Any, store: Store,
                                                                        qtbot: QtBot,
                                                                        manager: LanguageManager) -> None:
    texts = template_texts()
    del texts["ckb"]
    consent.publish_version(store, "session-consent", texts)  # Arabic and English only
    manager.set_language("ckb")
    editor = template_editor_shown(make_ctx(store, lang=manager), qtbot, "session-consent")
    assert editor.current().lang == "ar" and editor.current().title.text() == texts["ar"].title
