"""A new passphrase with a space at its start or end (a paste from a note or a message often brings
one): the wizard took it without a word, and the person who typed it later without that space was
told only "Wrong passphrase", for a passphrase they had right. The passphrase page now says that the
space is part of it; the passphrase itself is kept as typed (the unlock screen takes it as typed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import passphrase_rules

PHRASE = "قەڵای هەولێر کۆنە"


@pytest.mark.parametrize("typed", [PHRASE + " ", " " + PHRASE, "\u00a0" + PHRASE, PHRASE + "\t"])
def test_a_space_at_either_end_is_said(typed: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    page.first.setText(typed)
    page.second.setText(typed)
    assert not page.spaces.isHidden() and "space" in page.spaces.text()
    assert page.isComplete()  # taken as typed: it is the person's passphrase
    assert wizard._plan().passphrase == typed
    page.first.setText(PHRASE)  # the space gone: nothing said
    assert page.spaces.isHidden()


@pytest.mark.parametrize("lang", ["ckb", "en"])
@pytest.mark.parametrize("pasted", ["long enough\x00pasted", "\x00" * 9])
def test_a_pasted_nul_is_refused(pasted: str, lang: str, manager: LanguageManager, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    """A NUL pasted into the wizard made a database that opened, but that no backup and no passphrase
    change could ever be made of (SQLCipher's key statement cannot take a NUL): a traceback from
    Settings → Back up now…."""
    manager.set_language(lang)
    try:
        wizard = FirstRunWizard(manager, tmp_path)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.passphrase_page
        page.first.setText(pasted)
        page.second.setText(pasted)
        assert not page.isComplete()
        said = page.strength.text()
        assert said == passphrase_rules.untypable_words()
        assert ("no passphrase can hold" in said) == (lang == "en"), said
        page.first.setText("long enough pasted")
        page.second.setText("long enough pasted")
        assert page.isComplete()
    finally:
        manager.set_language("en")
