"""The idle lock and a passphrase asked in a small prompt: Settings → Back up now…, and Rewrite the
local backups… after an erasure.

Before, a passphrase typed in the prompt and left there (no key touched for the idle delay) stayed
in its field behind the lock, and was there again after the unlock, for whoever unlocked. Now the
prompt is still covered and given back (its question stays asked), but with its field empty and a
line in it saying why; typed again, the backup is made as ever. Real widgets, a real SQLCipher
store, the real backup on the DB worker; the idle delay is short.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import backups, erasure_report
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import opens_with
from tests.ui_helpers import settings_in_window

IDLE_MS = 150


def prompt_left_open(window: MainWindow, qtbot: QtBot, ask: Callable[[], None],
                     while_locked: Callable[[QInputDialog, UnlockWidget], None]) -> None:
    """``ask()`` opens a passphrase prompt and waits for its answer; the passphrase is typed in it, then
    nobody touches the laptop until Majlis locks, and ``while_locked(prompt, cover)`` runs."""

    def typed() -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, QInputDialog)
        QTest.qWaitForWindowExposed(prompt)
        field = prompt.findChild(QLineEdit)
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        QTest.keyClicks(field, PASSPHRASE)  # typed as a person does: the dialog's own value follows
        assert prompt.textValue() == PASSPHRASE
        window.idle.set_interval(IDLE_MS)  # nobody touches the laptop from now on
        poll(prompt)

    def poll(prompt: QInputDialog) -> None:
        if window.is_locked():
            cover = prompt.findChild(UnlockWidget)
            assert cover is not None
            QTimer.singleShot(0, lambda: while_locked(prompt, cover))
        elif prompt.isVisible():
            QTimer.singleShot(20, lambda: poll(prompt))

    def give_up() -> None:  # a prompt never answered ends the test instead of blocking it
        prompt = QApplication.activeModalWidget()
        if isinstance(prompt, QDialog):
            prompt.reject()

    safety = QTimer(window)
    safety.setSingleShot(True)
    safety.timeout.connect(give_up)
    safety.start(60_000)
    QTimer.singleShot(0, typed)
    ask()
    safety.stop()


def unlock_with(cover: UnlockWidget, qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    cover.passphrase.setText(passphrase)
    cover.submit()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=30_000)


def field_of(prompt: QInputDialog) -> QLineEdit:
    field = prompt.findChild(QLineEdit)
    assert field is not None
    return field


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_back_up_now_left_open_is_given_back_without_the_passphrase(
        manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    window, page = settings_in_window(manager, store, qtbot, lang)
    box = page.backups_box
    seen: dict[str, object] = {}

    def while_locked(prompt: QInputDialog, cover: UnlockWidget) -> None:
        field = field_of(prompt)
        seen["covered"] = cover.isVisible() and not field.isVisible()
        seen["emptied at the lock"] = (field.text(), prompt.textValue()) == ("", "")
        unlock_with(cover, qtbot, window, PASSPHRASE)
        seen["given back"] = prompt.isVisible() and field.isVisible()  # the cover gone, the question still asked
        seen["still empty"] = (field.text(), prompt.textValue()) == ("", "")
        why = field.placeholderText()
        seen["why"] = bool(why) and "\n" not in why and ("Cleared when Majlis locked" in why) == (lang == "en")
        seen["why words"] = why
        # Read whole in the field, not cut: the prompt is given back at its size (the placeholder takes none).
        seen["why fits"] = field.fontMetrics().horizontalAdvance(why) <= field.contentsRect().width() - 8
        # Typed again, the backup is made as ever.
        QTest.keyClicks(field, PASSPHRASE)
        prompt.accept()

    prompt_left_open(window, qtbot, box.button.click, while_locked)
    why = seen.pop("why words")
    assert seen == {"covered": True, "emptied at the lock": True, "given back": True, "still empty": True,
                    "why": True, "why fits": True}, (seen, why)
    qtbot.waitUntil(lambda: not box.working, timeout=30_000)
    (made,) = backups.list_backups(store.path)
    assert opens_with(made, PASSPHRASE)
    assert made.name in box.status.text()
    window.ctx.tasks.drain()


def test_rewrite_backups_left_open_is_given_back_without_the_passphrase(
        manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    """The other passphrase asked in a prompt: over the erasure report, itself a dialog."""
    window, _page = settings_in_window(manager, store, qtbot, "ckb")
    report = ErasureReportDialog(window.ctx, erasure_report.report(store), window)
    qtbot.addWidget(report)
    report.open()
    qtbot.waitExposed(report)
    seen: dict[str, object] = {}

    def while_locked(prompt: QInputDialog, cover: UnlockWidget) -> None:
        field = field_of(prompt)
        seen["emptied at the lock"] = (field.text(), prompt.textValue()) == ("", "")
        seen["report covered too"] = report.findChild(UnlockWidget) is not None
        unlock_with(cover, qtbot, window, PASSPHRASE)
        seen["given back empty"] = prompt.isVisible() and field.text() == "" and report.isVisible()
        seen["why"] = field.placeholderText() not in ("", "Cleared when Majlis locked: type the passphrase again.")
        prompt.reject()

    prompt_left_open(window, qtbot, report.ask_rewrite, while_locked)
    assert seen == {"emptied at the lock": True, "report covered too": True, "given back empty": True,
                    "why": True}, seen
    assert report.status.text() == ""  # nothing asked of the worker: the prompt was cancelled
    report.reject()
    window.ctx.tasks.drain()


def test_a_passphrase_field_not_typed_in_says_nothing(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    """An empty prompt at the lock is given back as it was: no word of anything cleared."""
    window, _page = settings_in_window(manager, store, qtbot, "en")
    prompt = QInputDialog(window)
    prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(prompt)
    prompt.open()
    qtbot.waitExposed(prompt)
    window.lock()
    assert prompt.findChild(UnlockWidget) is not None
    window.unlock()
    assert prompt.isVisible() and field_of(prompt).placeholderText() == ""
    prompt.reject()
