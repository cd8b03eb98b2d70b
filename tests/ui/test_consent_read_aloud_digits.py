"""The read-aloud counter ("Clause 2 of 6") follows the digit setting, as every other number shown.

With Settings → Digits at Arabic-Indic, the counter under a clause read aloud said "البند 1 من 6" in
Latin digits (the form's words were filled with Python's numbers), beside a screen that writes ١ and ٦.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, user_name  # noqa: F401  (fixtures)


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_counter_in_arabic_indic_digits(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                            manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    manager.set_digits("arab")  # the application's setting (Settings → Digits); put back by the fixture
    settle()
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.read_aloud_button.setChecked(True)
    settle()
    view = dlg.read_aloud
    view.show_clause(1)
    text = view.counter.text()
    total = len(dlg.clause_rows)
    assert re.findall(r"[0-9]", text) == [], text
    assert "٢" in text and chr(ord("٠") + total) in text, text
    dlg.reject()
