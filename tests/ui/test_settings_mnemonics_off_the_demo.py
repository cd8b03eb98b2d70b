"""Settings' Alt letters are distinct on a real database, in every language.

The accessibility walk runs on the demo database, where Settings hides what the demo cannot use
(Change passphrase…, Restore from a backup…). On a facilitator's own database they are there, and in
Arabic Restore from a backup… took Alt+س from "Your name", in Kurdish Alt+گ from Change passphrase…:
the letter then cycled between the two instead of pressing the button."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.settings.page import SettingsPage
from tests.recommendations_page import settle
from tests.ui.test_accessibility import mnemonic_problems, mnemonic_texts


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_settings_alt_letters_distinct_on_a_real_database(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    assert not ctx.demo
    ctx.language.set_language(lang)
    try:
        page = SettingsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 1400)  # every box shown at once
        with qtbot.waitExposed(page):
            page.show()
        settle()
        texts = [text.replace("&", "") for _w, text in mnemonic_texts(page)]
        restore = next(t for t in texts if t.endswith("…") and ("backup" in t or "احتياطية" in t or "یەدەگ" in t)
                       and not t.startswith(("Back up", "احفظ", "دروستکردن")))
        assert restore  # the restore button is among them: the check covers it
        assert mnemonic_problems("settings", page, lang) == []
    finally:
        ctx.language.set_language("en")
