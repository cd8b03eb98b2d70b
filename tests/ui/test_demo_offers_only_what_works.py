"""On the demo database ("Try the app"), nothing is offered that cannot work there.

The demo is a throwaway database in a temporary folder, removed when the app closes, with a random
key asked of nobody (desktop/ui/demo_store.py). Settings → Backups → Back up now… asked "the database
passphrase", which nobody trying the app knows: every answer was "Wrong passphrase", and a backup of a
folder thrown away at exit would be thrown away with it. The Backups box is not shown on the demo (as
Change passphrase… and Restore from a backup… are not); on a facilitator's own database it is.

Sync → Join a team… was offered too: it would send the demo's made-up sessions (its first bundle
holds "everything recorded so far") to a real team's centre, and the membership went with the demo's
folder at exit. On the demo the Sync page says in one line why it cannot join a team, and offers no
Join button, nor the greyed Export bundle… and Apply team update… whose tips said "Join a team first".

Settings → Security said "After this many minutes without use, Majlis locks and asks for the
passphrase again", but the demo never locks (its passphrase is asked of nobody: MainWindow._on_idle):
someone trying the setting waited for a lock that never came. On the demo the line says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from desktop.ui.sync.page import SyncPage


def window_on(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, *, demo: bool) -> MainWindow:
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager, demo=demo), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    window.ctx.tasks.drain()
    return window


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("demo", [True, False])
def test_back_up_now_offered_only_on_a_real_database(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      lang: str, demo: bool) -> None:
    window = window_on(manager, store, qtbot, lang, demo=demo)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    box = page.backups_box
    assert box.button.isVisibleTo(page) == (not demo)  # Back up now…, which asks the passphrase
    assert box.isVisibleTo(page) == (not demo)


ALONE = "This laptop works alone. Join a team to send your work; everything recorded so far goes in the first bundle."
DEMO_LINE = {
    "en": "This is the demo database, thrown away when Majlis closes: it cannot join a team or send work. "
          "Your own database can.",
}


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("demo", [True, False])
def test_join_a_team_offered_only_on_a_real_database(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      lang: str, demo: bool) -> None:
    window = window_on(manager, store, qtbot, lang, demo=demo)
    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    outbox = page.outbox
    assert outbox.join_button.isVisible() == (not demo)
    said = outbox.team_label.text()
    assert outbox.team_label.isVisible() and said
    alone = QCoreApplication.translate("OutboxPanel", ALONE)  # the line of a real database working alone
    assert (said != alone) == demo
    if lang == "en":
        assert (said == DEMO_LINE["en"]) == demo
    # Nor greyed buttons whose tips say "Join a team first": Export bundle…, Apply team update….
    assert outbox.export_button.isVisible() == (not demo) and not outbox.export_button.isEnabled()
    assert page.update_button.isVisible() == (not demo)
    assert outbox.open_button.isVisible() == (not demo)  # the last bundle's folder: the demo makes none


REAL_HINT = "After this many minutes without use, Majlis locks and asks for the passphrase again."


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("demo", [True, False])
def test_the_idle_lock_line_says_the_demo_never_locks(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      lang: str, demo: bool) -> None:
    window = window_on(manager, store, qtbot, lang, demo=demo)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    hint = page.idle_hint.text()
    assert hint and page.idle_hint.isVisibleTo(page)
    assert (hint != QCoreApplication.translate("SettingsPage", REAL_HINT)) == demo
    if lang == "en" and demo:
        assert hint == ("The demo database never locks: it has no passphrase to ask for. On your own database, "
                        "Majlis locks after this many minutes without use and asks for the passphrase again.")
    label = page.idle_label.text()
    window.ctx.language.set_language("en" if lang == "ar" else "ar")  # said again in the new language
    qtbot.waitUntil(lambda: page.idle_label.text() != label)  # the page retranslated
    assert (page.idle_hint.text() != QCoreApplication.translate("SettingsPage", REAL_HINT)) == demo
