"""A first start on a Windows laptop set to Central Kurdish: Windows names that language "ku-Arab-IQ"
(its locale name for Central Kurdish, Iraq), and Qt gives it as ['ku-Arab-IQ', 'ku-IQ', 'ku-Arab',
'ku'] followed by the other languages installed. None of those is "ckb", so Majlis skipped them all
and came up in English (or Arabic) on a Kurdish laptop. Kurdish in Arabic script is now Sorani;
Kurmanji ("ku", "ku-TR", "ku-Latn-TR") still is not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings_store import SettingsStore, system_language

WINDOWS_CENTRAL_KURDISH = [*QLocale("ku-Arab-IQ").uiLanguages(), "en-US"]


def test_windows_central_kurdish_is_sorani() -> None:
    assert WINDOWS_CENTRAL_KURDISH[:4] == ["ku-Arab-IQ", "ku-IQ", "ku-Arab", "ku"]  # as Qt gives it
    assert system_language(WINDOWS_CENTRAL_KURDISH) == "ckb"
    assert system_language(["ku_Arab_IQ"]) == "ckb"
    assert system_language(["ku-TR", "en-GB"]) == "en"  # Kurmanji is not our Sorani
    assert system_language(["ku-Latn-TR", "ku", "ar-IQ"]) == "ar"


def test_the_first_start_window_is_kurdish(tmp_path: Path, manager: LanguageManager, qtbot: QtBot) -> None:
    qsettings = QSettings(str(tmp_path / "majlis.ini"), QSettings.Format.IniFormat)
    SettingsStore(qsettings, system_languages=WINDOWS_CENTRAL_KURDISH).apply_to(manager)
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert manager.language == "ckb"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.language_page.title() == QApplication.translate("LanguagePage", "Welcome to Majlis")
    assert wizard.language_page.title() != "Welcome to Majlis"
