"""A passphrase pasted with a NUL (from a copied document: a QLineEdit takes it on paste) is a wrong
passphrase, said as one.

Settings → Back up now… showed a traceback (SQLCipher's "the query contains a null character" went
past the box), and the unlock screen said the database could not be opened, as if the file were at
fault. A lone surrogate (half an emoji) failed the same way in the core (UnicodeEncodeError); Qt's
line edits do not hand one to Python, so it is checked at verify_key only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.db import open_store
from desktop.core.errors import WrongPassphrase
from desktop.core.sqlcipher_file import verify_key
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.ui_helpers import language_fixture, settings_page

language = language_fixture("en")  # the compiled translations

NUL = "\x00" + PASSPHRASE
SURROGATE = PASSPHRASE[:4] + "\ud83d" + PASSPHRASE[4:]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_back_up_now_says_wrong_passphrase(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    box = page.backups_box
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (NUL, True)))
    box.button.click()  # an exception past the box fails the test (pytest-qt)
    qtbot.waitUntil(lambda: not box.working, timeout=20_000)
    assert box.status.text() == QCoreApplication.translate("BackupsBox", "Wrong passphrase: no backup was written.")
    assert backups.list_backups(ctx.store.path) == [] and box.button.isEnabled()


def test_the_unlock_screen_says_wrong_passphrase(ctx: AppContext, qtbot: QtBot, language: LanguageManager) -> None:
    path = Path(ctx.store.path)
    language.set_language("ckb")

    def opener(passphrase: str) -> object:
        open_store(path, passphrase).close()
        return True

    window = UnlockWidget(opener, path)
    qtbot.addWidget(window)
    window.passphrase.setText(NUL)
    assert window.passphrase.text() == NUL  # the line edit keeps it, as when pasted
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.error.error() == QCoreApplication.translate(
        "UnlockWidget", "Wrong passphrase. Check the keyboard language and Caps Lock, and try again.")


def test_the_passphrase_itself_still_opens(ctx: AppContext) -> None:
    assert verify_key(Path(ctx.store.path), PASSPHRASE) is not None
    for pasted in (NUL, SURROGATE):
        with pytest.raises(WrongPassphrase):
            verify_key(Path(ctx.store.path), pasted)
