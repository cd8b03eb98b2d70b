"""The interface language is saved wherever it is chosen, and the next start (its unlock window
first) comes up in it; a first start follows the system language when Majlis speaks it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings_store import DIGITS, LANGUAGE, SettingsStore, system_language
from desktop.ui.unlock import UnlockWidget


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "majlis.ini"), QSettings.Format.IniFormat)


def test_system_language_picks_the_first_one_majlis_speaks() -> None:
    assert system_language(["ckb-IQ", "ar-IQ"]) == "ckb"
    assert system_language(["fr-FR", "ar-IQ", "en-US"]) == "ar"
    assert system_language(["ku-TR", "en-GB"]) == "en"  # Kurmanji is not our Sorani
    assert system_language(["fr-FR", "de"]) is None


def test_first_start_follows_the_system_then_the_stored_choice(qsettings: QSettings) -> None:
    assert SettingsStore(qsettings, system_languages=["ckb-IQ"]).language == "ckb"
    assert SettingsStore(qsettings, system_languages=["en-US"]).language == "en"
    assert SettingsStore(qsettings, system_languages=["tr-TR"]).language == "ar"
    SettingsStore(qsettings).set(LANGUAGE, "ar")
    assert SettingsStore(qsettings, system_languages=["en-US"]).language == "ar"


def _next_start_unlock(qsettings: QSettings, manager: LanguageManager, qtbot: QtBot) -> UnlockWidget:
    """What a new start does: the stored settings applied, then the unlock window. The running
    manager stands in for the new process's, so it stops saving first and goes back to English."""
    for signal in (manager.languageChanged, manager.digitsChanged, manager.fontSizeChanged):
        signal.disconnect()
    manager.set_language("en")
    SettingsStore(qsettings, system_languages=["en-US"]).apply_to(manager)
    unlock = UnlockWidget(lambda _p: None, Path("x.db"))
    qtbot.addWidget(unlock)
    return unlock


def test_language_chosen_in_the_wizard_is_saved(
    qsettings: QSettings, manager: LanguageManager, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = SettingsStore(qsettings, system_languages=["en-US"])
    settings.apply_to(manager)
    settings.follow(manager)
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    button = next(b for b in wizard.language_page.findChildren(QRadioButton) if b.property("code") == "ckb")
    button.click()
    assert manager.language == "ckb"
    assert SettingsStore(qsettings).language == "ckb"
    unlock = _next_start_unlock(qsettings, manager, qtbot)
    assert unlock.button.text() == QApplication.translate("UnlockWidget", "&Unlock")
    assert unlock.button.text() != "&Unlock"  # the Kurdish catalogue, not English


def test_language_the_first_start_showed_is_kept_when_the_wizard_goes_on_with_it(
    qsettings: QSettings, manager: LanguageManager, qtbot: QtBot, tmp_path: Path
) -> None:
    """A Kurdish Windows: the wizard opens in Kurdish and the facilitator goes on with it (Next, no click
    on a language). The choice was not stored (only a change was), so the next start followed the
    system again: in English once the laptop's display language was English (an IT helper's account, a
    language pack added), the facilitator's Kurdish gone."""
    settings = SettingsStore(qsettings, system_languages=["ckb-IQ"])
    settings.apply_to(manager)
    settings.follow(manager)
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert manager.language == "ckb" and wizard.currentPage() is wizard.language_page
    wizard.next()
    assert wizard.currentPage() is not wizard.language_page
    assert SettingsStore(qsettings, system_languages=["en-US"]).language == "ckb"
    unlock = _next_start_unlock(qsettings, manager, qtbot)
    assert manager.language == "ckb"
    assert unlock.heading.text() == QApplication.translate("UnlockWidget", "Majlis is locked") != "Majlis is locked"


def test_language_the_first_start_showed_is_kept_when_an_existing_database_is_opened(
    qsettings: QSettings, manager: LanguageManager, qtbot: QtBot, tmp_path: Path
) -> None:
    """The language page's "Open an existing database…": its unlock window and every later start in the
    language the wizard showed, not the system's next time."""
    settings = SettingsStore(qsettings, system_languages=["ar-IQ"])
    settings.apply_to(manager)
    settings.follow(manager)
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.openExisting):
        wizard.language_page.open_existing.chosen.emit(tmp_path / "majlis.db")
    assert SettingsStore(qsettings, system_languages=["en-US"]).language == "ar"


def test_language_chosen_in_the_view_menu_is_saved(
    qsettings: QSettings, manager: LanguageManager, qtbot: QtBot, store: Store, make_ctx: Any
) -> None:
    settings = SettingsStore(qsettings, system_languages=["en-US"])
    settings.apply_to(manager)
    settings.follow(manager)
    ctx = make_ctx(store, lang=manager)
    window = MainWindow(ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.language_actions["ar"].trigger()
    manager.set_digits("arab")
    assert SettingsStore(qsettings).language == "ar"
    assert SettingsStore(qsettings).get(DIGITS) == "arab"
    unlock = _next_start_unlock(qsettings, manager, qtbot)
    assert manager.language == "ar"
    assert unlock.heading.text() == QApplication.translate("UnlockWidget", "Majlis is locked") != "Majlis is locked"
    ctx.tasks.wait(5000)
    window.close()
