"""Every page of the first-run wizard has distinct Alt letters, its buttons (Back, Next, Finish) included.

The accessibility walk (tests/ui/test_accessibility.py) shows the wizard at its first page only. On its
last page Kurdish had Finish («&تەواوکردن») and «کارکردن بە &تەنیا» (Work alone) on ت, Arabic
«اختر &ملفّ الفريق…» (Choose team file…) and «اعمل &منفردًا» (Work alone) on م: Alt+the letter took
the first and never reached the other. The same check (mnemonic_problems) as every other window:
distinct, and a key of the language's keyboard.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_accessibility import mnemonic_problems, mnemonic_texts


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the freshly compiled translations


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_every_wizard_page_has_distinct_typeable_mnemonics(language: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path, lang: str) -> None:
    language.set_language(lang)
    wizard = FirstRunWizard(language, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    problems: list[str] = []
    pages = seen = 0

    def look() -> None:
        nonlocal pages, seen
        pages += 1
        seen += len(mnemonic_texts(wizard))
        problems.extend(mnemonic_problems(f"page {pages} ({type(wizard.currentPage()).__name__})", wizard, lang))

    look()
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    look()
    wizard.next()
    wizard.device_page.name.setText("Basra laptop 2")
    look()
    wizard.next()
    settle()
    assert wizard.currentPage() is wizard.start_page
    look()
    assert pages == 4 and seen > 10, "the wizard was not walked"
    assert not problems, "\n".join(problems)
