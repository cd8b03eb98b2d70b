"""On the demo database ("Try the app"), nothing is offered that cannot work there.

The demo is a throwaway database in a temporary folder, removed when the app closes, with a random
key asked of nobody (desktop/ui/demo_store.py). Settings → Backups → Back up now… asked "the database
passphrase", which nobody trying the app knows: every answer was "Wrong passphrase", and a backup of a
folder thrown away at exit would be thrown away with it. The Backups box is not shown on the demo (as
Change passphrase… and Restore from a backup… are not); on a facilitator's own database it is."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage


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
