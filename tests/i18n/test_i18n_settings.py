"""Settings: typed store with defaults, and the Settings page switching language at runtime."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.idle_lock import configured_minutes
from desktop.ui.page_base import Page
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings_store import (
    DIGITS,
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    OPTIONS,
    RECOMMENDATION_COLUMNS,
    SettingsStore,
)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "majlis.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


@pytest.fixture
def user_name() -> str:
    return ""


# --- the store ----------------------------------------------------------------------------


def test_defaults(qsettings: QSettings) -> None:
    store = SettingsStore(qsettings, system_languages=["fr-FR"])
    assert (store.language, store.digits, store.font_size, store.idle_lock_minutes) == ("ar", "latn", 0.0, 10)
    assert {o.key for o in OPTIONS} == {"language", "digits", "font_size", "idle_lock_minutes", "last_db",
                                        "recommendation_list_columns", "participant_list_columns"}
    assert store.get(RECOMMENDATION_COLUMNS) == ("number", "title", "status")


def test_values_round_trip_through_the_ini_file(qsettings: QSettings, tmp_path: Path) -> None:
    store = SettingsStore(qsettings)
    store.set(LANGUAGE, "ckb")
    store.set(DIGITS, "arab")
    store.set(FONT_SIZE, 13.0)
    store.set(IDLE_LOCK_MINUTES, 25)
    shown: tuple[str, ...] = ("number", "title", "status", "participants")
    store.set(RECOMMENDATION_COLUMNS, shown)
    again = SettingsStore(QSettings(str(tmp_path / "majlis.ini"), QSettings.Format.IniFormat))
    assert (again.language, again.digits, again.font_size, again.idle_lock_minutes) == (
        "ckb",
        "arab",
        13.0,
        25,
    )
    assert again.get(RECOMMENDATION_COLUMNS) == shown
    # The app shell's idle lock reads the same key.
    assert configured_minutes(again.qsettings) == 25


def test_bad_values_fall_back_or_are_clamped(qsettings: QSettings) -> None:
    for key, value in (
        ("language", "ku"),
        ("digits", "roman"),
        ("font_size", "huge"),
        ("idle_lock_minutes", "x"),
        ("recommendation_list_columns", "- ,"),
    ):
        qsettings.setValue(key, value)
    store = SettingsStore(qsettings)
    assert (store.language, store.digits, store.font_size, store.idle_lock_minutes) == ("ar", "latn", 0.0, 10)
    assert store.get(RECOMMENDATION_COLUMNS) == RECOMMENDATION_COLUMNS.default
    assert store.set(IDLE_LOCK_MINUTES, 100_000) == 240
    assert store.set(IDLE_LOCK_MINUTES, 0) == 1
    assert store.set(FONT_SIZE, 3.0) == 8.0
    with pytest.raises(ValueError):
        store.set(LANGUAGE, "fr")  # not a Lang: refused at run time


def test_apply_to_language_manager(
    qsettings: QSettings, manager: LanguageManager, qapp: QApplication
) -> None:
    store = SettingsStore(qsettings)
    store.set(LANGUAGE, "ckb")
    store.set(DIGITS, "arab")
    store.set(FONT_SIZE, 15.0)
    store.apply_to(manager)
    assert (manager.language, manager.digits, manager.font_size) == ("ckb", "arab", 15)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


# --- the page -----------------------------------------------------------------------------


class OtherPage(Page):
    key = "other"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        # A string of the real app, so the compiled translations cover it.
        self.label.setText(QApplication.translate("SessionsPage", "Sessions"))


def test_switching_language_from_the_page(qtbot: QtBot, ctx: AppContext, qsettings: QSettings) -> None:
    window = QTabWidget()
    qtbot.addWidget(window)
    page = SettingsPage(ctx, settings=SettingsStore(qsettings))
    other = OtherPage(ctx)
    window.addTab(page, page.title())
    window.addTab(other, "other")
    window.show()
    assert page.heading.text() == "Settings"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    page.language_combo.setCurrentIndex(page.language_combo.findData("ckb"))
    qtbot.waitUntil(lambda: page.heading.text() == "ڕێکخستنەکان")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert other.label.text() == "دانیشتنەکان"
    assert page.language_label.text() == "&زمانی ڕووکار:"
    assert page.digits_combo.itemText(1) == "ژمارەی لاتینی (0123)"
    assert SettingsStore(qsettings).language == "ckb"

    page.language_combo.setCurrentIndex(page.language_combo.findData("ar"))
    qtbot.waitUntil(lambda: page.heading.text() == "الإعدادات")
    assert page.security_box.title() == "الأمان"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ar_IQ"

    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.waitUntil(lambda: page.heading.text() == "Settings")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert SettingsStore(qsettings).language == "en"


def test_digits_font_and_idle_lock_from_the_page(
    qtbot: QtBot, ctx: AppContext, qsettings: QSettings, qapp: QApplication
) -> None:
    page = SettingsPage(ctx, settings=SettingsStore(qsettings))
    qtbot.addWidget(page)
    ctx.language.set_language("ar")
    assert "1,234,567" in page.preview.text()

    page.digits_combo.setCurrentIndex(page.digits_combo.findData("arab"))
    assert ctx.language.digits == "arab"
    assert "١٬٢٣٤٬٥٦٧" in page.preview.text()
    assert "آذار" in page.preview.text()  # Iraqi month names
    assert page.idle_spin.text() == "١٠"
    assert page.font_combo.itemText(1) == "٩"
    assert SettingsStore(qsettings).digits == "arab"

    page.idle_spin.setValue(30)
    assert SettingsStore(qsettings).idle_lock_minutes == 30
    assert page.idle_spin.text() == "٣٠"
    # Either kind of digits typed in reads back the same.
    assert page.idle_spin.valueFromText("٤٥") == 45
    assert page.idle_spin.valueFromText("45") == 45

    page.font_combo.setCurrentIndex(page.font_combo.findData(16.0))
    assert qapp.font().pointSizeF() == 16
    assert SettingsStore(qsettings).font_size == 16.0
    page.font_combo.setCurrentIndex(0)
    assert ctx.language.font_size is None

    # A change made elsewhere (the main window's menu) shows on the page and is remembered.
    ctx.language.set_digits("latn")
    assert page.digits_combo.currentData() == "latn"
    assert page.idle_spin.text() == "30"
    ctx.language.set_language("ckb")
    assert page.language_combo.currentData() == "ckb"
    assert SettingsStore(qsettings).language == "ckb"
    assert SettingsStore(qsettings).digits == "latn"


def test_idle_lock_change_reaches_the_running_lock(
    qtbot: QtBot, ctx: AppContext, qsettings: QSettings
) -> None:
    from desktop.ui.idle_lock import IdleLock

    class Window(QTabWidget):
        def __init__(self) -> None:
            super().__init__()
            self.idle = IdleLock(10 * 60_000, self)

    window = Window()
    qtbot.addWidget(window)
    page = SettingsPage(ctx, settings=SettingsStore(qsettings))
    window.addTab(page, page.title())
    page.idle_spin.setValue(3)
    assert window.idle.timer.interval() == 3 * 60_000
    window.idle.uninstall()


def test_digit_date_edit_follows_the_digit_setting(qtbot: QtBot, manager: LanguageManager) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from desktop.i18n.digits import to_latin_digits
    from desktop.ui.widgets.digit_spin import DigitDateEdit

    manager.set_language("ar")
    edit, plain = DigitDateEdit(lambda: manager.digits), QDateEdit()
    for w in (edit, plain):
        qtbot.addWidget(w)
        w.setDisplayFormat("dd/MM/yyyy")
        w.setDate(QDate(2023, 3, 5))
    assert "٢٠٢٣" in plain.text()  # Qt alone: Arabic-Indic for ar_IQ, whatever the setting
    assert edit.text() == to_latin_digits(plain.text())
    assert "2023" in edit.text()
    manager.set_digits("arab")
    edit.redisplay()
    assert edit.text() == plain.text()
    # Either kind of digits typed in reads back the same date.
    for typed in (to_latin_digits(plain.text()), plain.text()):
        assert edit.dateTimeFromText(typed).date() == QDate(2023, 3, 5)


def test_date_boxes_without_a_context_follow_the_digit_setting(manager: LanguageManager, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The withdrawal dialog has no AppContext; its date box still shows the digits the user chose."""
    from desktop.ui.consent.withdraw_dialog import WithdrawDialog

    manager.set_language("ar")
    manager.set_digits("latn")
    latin = WithdrawDialog("BSR-FG01-P01")
    qtbot.addWidget(latin)
    text = latin.date.lineEdit().text()
    assert any(ch.isdigit() for ch in text) and all(ch not in text for ch in "٠١٢٣٤٥٦٧٨٩")
    manager.set_digits("arab")
    arabic = WithdrawDialog("BSR-FG01-P01")
    qtbot.addWidget(arabic)
    assert any(ch in arabic.date.lineEdit().text() for ch in "٠١٢٣٤٥٦٧٨٩")
    assert not any("0" <= ch <= "9" for ch in arabic.date.lineEdit().text())


def test_empty_date_filters_still_say_any_after_digits_and_language_change(
        store: Store, manager: LanguageManager, make_ctx: Any, qtbot: QtBot) -> None:
    """The Sessions page's From/To boxes hold a stand-in date meaning "any"; a change of digits or
    language re-rendered them as "1 January 2000", a filter nobody set."""
    from desktop.ui.sessions.page import SessionsPage

    page = SessionsPage(make_ctx(store, lang=manager))
    qtbot.addWidget(page)
    page.show()

    def shown() -> list[str]:
        return [edit.lineEdit().text() for edit in (page.date_from, page.date_to)]

    assert shown() == ["any", "any"]
    manager.set_digits("arab")  # travels as a posted LanguageChange
    qtbot.waitUntil(lambda: page.date_from.textFromDateTime(page.date_from.dateTime()).startswith("١"))
    QApplication.processEvents()
    assert shown() == ["any", "any"]
    manager.set_language("ckb")
    QApplication.processEvents()
    kurdish = QApplication.translate("SessionsPage", "any")
    assert kurdish != "any"
    assert shown() == [kurdish, kurdish]


def test_no_date_yet_stays_blank_when_the_digits_change(manager: LanguageManager, qtbot: QtBot) -> None:
    """A focus group without a date shows an empty date box (special value " "), never the minimum."""
    from PySide6.QtCore import QDate

    from desktop.ui.widgets.digit_spin import DigitDateEdit, DigitSpinBox

    edit = DigitDateEdit(lambda: manager.digits)
    qtbot.addWidget(edit)
    edit.setSpecialValueText(" ")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(QDate(2000, 1, 1))
    manager.set_digits("arab")
    edit.redisplay()
    assert edit.lineEdit().text() == " "
    edit.setDate(QDate(2023, 3, 5))
    assert "٢٠٢٣" in edit.lineEdit().text()
    spin = DigitSpinBox(lambda: manager.digits)
    qtbot.addWidget(spin)
    spin.setSpecialValueText("never")
    spin.setValue(0)
    spin.redisplay()
    assert spin.lineEdit().text() == "never"
    spin.setValue(12)
    spin.redisplay()
    assert spin.lineEdit().text() == "١٢"
