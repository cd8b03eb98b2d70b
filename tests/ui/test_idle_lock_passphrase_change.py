"""The idle lock and Settings → Change passphrase….

Before, the idle delay ran out in the middle of a change (it takes a second on an empty database, 20
on one of 200 MB) and the window locked while the re-key went on behind it: the lock screen took the
old passphrase until the last page was written and refused the new one, and the other way round
after; the dialog kept the three passphrases typed behind the lock, and gave them back at the unlock.
Now the lock waits for the change and comes right at its end, its screen saying that the new
passphrase opens the database (and only it does); a dialog left open with passphrases typed is
emptied at the lock, and says why after the unlock. Real widgets, a real SQLCipher store, the real
change on the DB worker; the idle delay is short.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import digests
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import opens_with
from tests.ui_helpers import passphrases_typed, settings_in_window

IDLE_MS = 150
NEW = "ڕستەیەکی نوێ بۆ قفڵ 2026"  # Sorani words and digits: strong by the wizard's rule


class ChangeGate:
    """Holds a passphrase change on the DB worker until the test lets it go, so that the change outlasts
    the idle delay on any machine. These tests counted on a key derivation taking longer than the delay:
    0.2 s on a busy machine, but 0.08 s on a quiet one, and a key remembered from an earlier test in the
    process (test_settings_passphrase.py types the same wrong passphrase on a store with the same salt)
    took no time at all; either way the change ended before the delay ran out and the window never locked.
    Once ``armed``, each key derived off the UI thread (the change derives the wrong current passphrase's
    key, or the new one's) waits for ``let_go``."""

    def __init__(self, derive: Callable[..., bytes]) -> None:
        self.derive = derive
        self.armed = False
        self.gone = threading.Event()
        self.waited = 0

    def __call__(self, *args: object) -> bytes:
        if self.armed and threading.current_thread() is not threading.main_thread() and not self.gone.is_set():
            self.waited += 1
            assert self.gone.wait(60), "the test never let the change go"
        return self.derive(*args)

    def let_go(self) -> None:
        self.gone.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[ChangeGate]:
    held = ChangeGate(digests.pbkdf2_hmac)
    monkeypatch.setattr(digests, "pbkdf2_hmac", held)
    yield held
    held.let_go()  # a test that failed early leaves no worker waiting


def submitted_past_the_delay(window: MainWindow, dialog: ChangePassphraseDialog, gate: ChangeGate,
                             qtbot: QtBot) -> None:
    """The change submitted with the idle delay short, and let go once the delay has run out during it."""
    gate.armed = True
    window.idle.set_interval(IDLE_MS)  # nobody touches the laptop from now on
    dialog.submit()
    qtbot.waitUntil(window.idle.is_due, timeout=30_000)
    assert dialog.working and gate.waited == 1


def unlock_with(screen: UnlockWidget, qtbot: QtBot, passphrase: str) -> None:
    screen.passphrase.setText(passphrase)
    screen.submit()
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_lock_waits_for_the_change_and_then_takes_the_new_passphrase(
        manager: LanguageManager, store: Store, qtbot: QtBot, gate: ChangeGate, lang: str) -> None:
    window, page = settings_in_window(manager, store, qtbot, lang)
    dialog = passphrases_typed(page, qtbot, PASSPHRASE, NEW)
    seen: list[tuple[bool, bool, bool]] = []  # (changing, locked, the delay ran out) every 10 ms

    def look() -> None:
        seen.append((dialog.working, window.is_locked(), window.idle.is_due()))

    sampler = QTimer(window)
    sampler.timeout.connect(look)
    sampler.start(10)
    submitted_past_the_delay(window, dialog, gate, qtbot)
    look()
    gate.let_go()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    look()
    sampler.stop()
    during = [s for s in seen if s[0]]
    assert any(due for _w, _l, due in during), "the change ended before the idle delay: nothing was shown"
    assert not any(locked for _w, locked, _d in during), "locked in the middle of the change"
    # Right at its end, in the same turn of the event loop: no moment unlocked with nobody there.
    assert window.is_locked() and not dialog.isVisible() and dialog.new.text() == ""
    screen = window.lock_screen
    note = screen.note.text()
    assert screen.note.isVisible() and note and "\n" not in note, note
    assert ("changed just before Majlis locked: enter the new passphrase" in note) == (lang == "en"), note
    unlock_with(screen, qtbot, PASSPHRASE)
    assert window.is_locked() and screen.error.error() != ""  # the old one opens nothing now
    unlock_with(screen, qtbot, NEW)
    assert not window.is_locked() and not window.store_lost, screen.error.error()
    said = page.passphrase_box.status.text()
    assert said and ("Passphrase changed" in said) == (lang == "en"), said
    with window.ctx.store.transaction() as s:  # the open window goes on with the new key
        s.add(Session(kind="roundtable", title="دوای گۆڕین", governorate="erbil", language="ckb"))
    window.ctx.tasks.drain()
    window.lock()  # a later lock says nothing more about a change
    assert window.lock_screen.note.isHidden() and window.lock_screen.note.text() == ""
    window.close()
    store.close()
    open_store(store.path, NEW).close()
    assert not opens_with(store.path, PASSPHRASE)


def test_someone_at_the_laptop_when_the_change_ends_is_not_locked(
        manager: LanguageManager, store: Store, qtbot: QtBot, gate: ChangeGate) -> None:
    """The delay ran out during the change, then the mouse moved: the lock waits a whole delay again."""
    window, page = settings_in_window(manager, store, qtbot, "en")
    dialog = passphrases_typed(page, qtbot, PASSPHRASE, NEW)
    submitted_past_the_delay(window, dialog, gate, qtbot)
    assert not window.is_locked()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)  # someone is back, as the platform says it
    assert not window.idle.is_due()
    window.idle.set_interval(60_000)  # the next delay would not run out during this test
    gate.let_go()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    assert not window.is_locked() and page.passphrase_box.status.text().startswith("Passphrase changed")
    window.ctx.tasks.drain()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_passphrases_typed_in_an_open_dialog_are_cleared_at_the_lock(
        manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    window, page = settings_in_window(manager, store, qtbot, lang)
    page.passphrase_box.open_dialog().reject()  # an earlier one, deleted when the next opens
    dialog = passphrases_typed(page, qtbot, PASSPHRASE, NEW)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialog.strength.text() != ""
    window.idle.set_interval(IDLE_MS)
    qtbot.waitUntil(window.is_locked, timeout=10_000)
    cover = dialog.findChild(UnlockWidget)
    assert cover is not None and cover.isVisible() and dialog.isVisible()  # covered, as any dialog
    assert not dialog.current.isVisible() and not dialog.new.isVisible()
    assert (dialog.current.text(), dialog.new.text(), dialog.again.text()) == ("", "", "")
    assert dialog.strength.text() == ""
    assert cover.note.isHidden()  # nothing was changed: no word of a new passphrase
    unlock_with(cover, qtbot, NEW)
    assert window.is_locked()  # the new one was never set
    unlock_with(cover, qtbot, PASSPHRASE)
    assert not window.is_locked() and dialog.isVisible() and dialog.current.isVisible()
    assert dialog.current.text() == "" and dialog.new.text() == ""
    why = dialog.error.error()
    assert why and "\n" not in why, why
    assert ("passphrases typed here were cleared" in why) == (lang == "en"), why
    # Typed again, the change is made as ever.
    dialog.current.setText(PASSPHRASE)
    dialog._edited("")
    assert dialog.error.error() == ""
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    assert not dialog.isVisible() and opens_with(store.path, NEW)
    window.ctx.tasks.drain()


def test_a_failed_change_ended_by_the_lock_keeps_its_line_not_the_passphrases(
        manager: LanguageManager, store: Store, qtbot: QtBot, gate: ChangeGate) -> None:
    """A wrong current passphrase, found while nobody was there: the lock comes at the failure; the
    line that says nothing was changed stays, the passphrases typed go."""
    window, page = settings_in_window(manager, store, qtbot, "en")
    dialog = passphrases_typed(page, qtbot, PASSPHRASE + " typed wrong", NEW)
    submitted_past_the_delay(window, dialog, gate, qtbot)
    assert not window.is_locked()
    gate.let_go()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    assert window.is_locked() and dialog.findChild(UnlockWidget) is not None
    assert (dialog.current.text(), dialog.new.text(), dialog.again.text()) == ("", "", "")
    cover = dialog.findChild(UnlockWidget)
    assert cover is not None and cover.note.isHidden()
    unlock_with(cover, qtbot, PASSPHRASE)
    assert not window.is_locked()
    assert "current passphrase is wrong" in dialog.error.error(), dialog.error.error()
    assert opens_with(store.path, PASSPHRASE) and not opens_with(store.path, NEW)
    window.ctx.tasks.drain()


def test_cancel_keeps_no_passphrase_in_the_closed_dialog(manager: LanguageManager, store: Store,
                                                         qtbot: QtBot) -> None:
    window, page = settings_in_window(manager, store, qtbot, "en")
    dialog = passphrases_typed(page, qtbot, PASSPHRASE, NEW)
    dialog.reject()
    assert not dialog.isVisible()
    assert (dialog.current.text(), dialog.new.text(), dialog.again.text()) == ("", "", "")
    window.lock()  # a closed dialog has nothing to say at a lock
    assert dialog.error.error() == ""
    window.ctx.tasks.drain()
