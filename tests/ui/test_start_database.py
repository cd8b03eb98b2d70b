"""Which database Majlis starts with. The database opened last, on a USB stick not plugged in (or a
drive not mounted), opened the first-run wizard without a word: the facilitator made a new, empty
database and took the work for lost. A database in the data folder that no setting named (made
there by the IT helper's ``majlis-cli init``, or the settings lost) was passed over for a new
``majlis-2.db``. Now that database is unlocked, and the wizard says, translated, which database is
not there before a new one is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.ui.app import database_to_open, show_unlock
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def test_a_database_in_the_data_folder_is_opened_when_no_setting_names_it(tmp_path: Path) -> None:
    default = tmp_path / "data" / "majlis.db"
    default.parent.mkdir()
    fresh_store(default, PASSPHRASE, "Basra laptop 2").close()  # the IT helper's majlis-cli init
    assert database_to_open(None, None, default) == (default, None)
    stick = tmp_path / "stick" / "field.db"  # the setting names a database no longer there: said (below)
    assert database_to_open(None, stick, default) == (default, stick)


def test_the_last_database_not_there_goes_to_the_wizard_with_its_name(tmp_path: Path) -> None:
    default = tmp_path / "data" / "majlis.db"
    stick = tmp_path / "stick" / "field.db"
    assert database_to_open(None, stick, default) == (None, stick)
    assert database_to_open(None, None, default) == (None, None)  # a true first start
    stick.parent.mkdir()
    fresh_store(stick, PASSPHRASE, "Basra laptop 2").close()
    assert database_to_open(None, stick, default) == (stick, None)
    given = tmp_path / "typed" / "wrong.db"  # --db: the one asked for, said missing by the window
    assert database_to_open(given, stick, default) == (given, None)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_wizard_says_which_database_is_not_there(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                      lang: str) -> None:
    stick = tmp_path / "USB هەولێر" / "field.db"
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "data", missing=stick)
    qtbot.addWidget(wizard)
    wizard.show()
    note = wizard.language_page.missing_note
    assert note.isVisible() and str(stick) in note.text()
    assert ("is not there" in note.text()) == (lang == "en"), note.text()  # translated
    manager.set_language("en" if lang != "en" else "ar")  # follows a language chosen on the page
    qtbot.waitUntil(lambda: ("is not there" in note.text()) == (lang != "en"))
    assert str(stick) in note.text()

    fresh = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.language_page.missing_note.isVisible()


def test_a_database_given_that_is_not_there_is_said_at_once(manager: LanguageManager, qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    manager.set_language("ckb")
    window = show_unlock(tmp_path / "stick" / "field.db", manager, {})
    qtbot.addWidget(window)
    text = window.error.error()
    assert text and "not found" not in text  # Kurdish, before any passphrase is typed


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_database_no_setting_named_offers_a_new_one_instead(manager: LanguageManager, qtbot: QtBot,
                                                               tmp_path: Path, lang: str) -> None:
    """The data folder's database, named by no setting, may be one nobody here has the passphrase of
    (the IT helper's), or one a first start cut short left half-made: the unlock window offers the
    first-run wizard instead, which never writes over it (it makes majlis-2.db)."""
    manager.set_language(lang)
    default = tmp_path / "data" / "majlis.db"
    default.parent.mkdir()
    default.write_bytes(b"\0" * 4096)  # half-made: no passphrase opens it
    holder: dict[str, object] = {}
    window = show_unlock(default, manager, holder, offer_new=True)
    qtbot.addWidget(window)
    button = window.new_database_button
    assert button is not None and button.isVisible()
    assert "new database" not in button.text() and "&" in button.text()  # translated, with its key
    button.click()
    wizard = holder["wizard"]
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and not window.isVisible()
    wizard.data_dir = default.parent
    assert wizard.database_path() == default.parent / "majlis-2.db"  # the file found stays as it is

    remembered = show_unlock(default, manager, {})
    qtbot.addWidget(remembered)
    assert remembered.new_database_button is None


LAST_NOT_THERE = ("The database opened last is not there: %1. If it is on a USB stick or another drive, connect it "
                  "and start Majlis again. This window opens another database: the one in the Majlis data folder.")


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_unlock_window_of_another_database_says_which_one_is_not_there(
        manager: LanguageManager, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """The database opened last is on a USB stick not plugged in, and the data folder holds another
    (an older copy, the IT helper's): that one's unlock window opened without a word, the same
    passphrase often opened it, and the facilitator saw last week's work and took this week's for
    lost, or went on working in the old copy. The window now says which database is not there."""
    default = tmp_path / "data" / "majlis.db"
    default.parent.mkdir()
    fresh_store(default, PASSPHRASE, "Basra laptop 2").close()
    stick = tmp_path / "USB هەولێر" / "field.db"
    db, missing = database_to_open(None, stick, default)
    assert db == default and missing == stick
    manager.set_language(lang)
    window = show_unlock(default, manager, {}, offer_new=True, missing=missing)
    qtbot.addWidget(window)
    window.show()
    expected = QCoreApplication.translate("UnlockWidget", LAST_NOT_THERE).replace("%1", shown_path(stick))
    assert window.note.isVisible() and window.note.text() == expected
    window.passphrase.setText(PASSPHRASE + "x")  # a wrong passphrase keeps it said
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.note.isVisible() and window.note.text() == expected

    found = show_unlock(default, manager, {}, offer_new=True)  # no database opened last: nothing to say
    qtbot.addWidget(found)
    found.show()
    assert not found.note.isVisible()
