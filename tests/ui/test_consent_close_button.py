"""The consent form's window close button (the title bar's X, Alt+F4) asks before it drops the
answers, as Escape and Cancel do (test_consent_by_keyboard.py): it closed the form and lost every
answer, the method and the witness's name without a word.

Only a close the user asked for of the window system asks: Qt delivers it as a spontaneous close
event, and a close event sent to the dialog's window (QWidgetWindow) takes exactly that path
(handleCloseEvent -> a spontaneous QCloseEvent to the dialog). A close by the program (``close()``:
quitting, closeAllWindows, a test's clean-up) never waits on a question; nor does the lock: a form
covered by the lock stays covered and kept, whoever presses its close button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.consent.record_dialog import METHODS, ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, records, type_text, user_name  # noqa: F401  (fixtures)

WITNESS = "أم علي"


def close_button(dialog: QWidget) -> bool:
    """What the window system does for the title bar's close button: a close event to the dialog's
    window, which Qt hands on to the dialog as a spontaneous one. True if the dialog went."""
    window = dialog.windowHandle()
    assert window is not None, "the dialog was never shown"
    QApplication.sendEvent(window, QCloseEvent())
    settle()
    return not dialog.isVisible()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[QMessageBox.StandardButton]]:
    """The questions asked (never a modal box in a test) and the answer given: No unless changed."""
    texts: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        texts.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts, answer


def fill(dlg: ConsentDialog) -> None:
    for row in dlg.clause_rows:
        row.set_answer(True)
    dlg.method_buttons.button(METHODS.index("verbal_witness")).setChecked(True)
    type_text(dlg.witness_edit, WITNESS)
    settle()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_close_button_asks_before_it_drops_the_answers(
        ctx: AppContext, fg: FocusGroup, qtbot: QtBot, manager: LanguageManager, lang: str,  # noqa: F811
        asked: tuple[list[str], list[QMessageBox.StandardButton]]) -> None:
    manager.set_language(lang)
    texts, answer = asked

    empty = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    assert close_button(empty) and texts == []  # nothing given in it: closes at once

    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    fill(dlg)
    assert not close_button(dlg), "the close button dropped the answers without a word"
    assert texts == [dlg.tr("Close the form? The answers given in it are not saved.")]
    if lang != "en":
        assert texts[0] != "Close the form? The answers given in it are not saved."
    assert all(row.answer() is True for row in dlg.clause_rows)
    assert dlg.method() == "verbal_witness" and dlg.witness_edit.text() == WITNESS
    assert records(ctx.store) == []

    answer[0] = QMessageBox.StandardButton.Yes
    assert close_button(dlg) and len(texts) == 2
    assert records(ctx.store) == []

    # Closed by the program (quitting, closeAllWindows, a test's clean-up): never a question to wait on.
    again = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    fill(again)
    assert again.close() and not again.isVisible() and len(texts) == 2
    last = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    fill(last)
    QApplication.closeAllWindows()  # what quitting does
    assert not last.isVisible() and len(texts) == 2


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    manager.set_language("ar")
    win = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_close_button_of_a_form_covered_by_the_lock_does_nothing(
        window: MainWindow, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
        asked: tuple[list[str], list[QMessageBox.StandardButton]]) -> None:
    """Locked, the form is covered and asks the passphrase (test_lock_hides_other_windows.py): its close
    button neither asks (a question about the form to whoever is at the unattended laptop) nor drops it
    (the passphrase alone gives it back, as Escape in the cover already could not)."""
    texts, _answer = asked
    dlg = ConsentDialog(window.ctx, fg.participants[0], fg.session_id, window, full_screen=False)
    qtbot.addWidget(dlg)
    dlg.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() makes it
    dlg.show()
    fill(dlg)
    window.lock()
    cover = dlg.findChild(UnlockWidget)
    assert window.is_locked() and cover is not None and cover.isVisible()
    assert not close_button(dlg), "the close button dropped a form covered by the lock"
    assert texts == [] and window.is_locked() and dlg.findChild(UnlockWidget) is cover
    cover.passphrase.setText(PASSPHRASE)
    cover.submit()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    assert dlg.isVisible() and dlg.witness_edit.text() == WITNESS
    assert all(row.answer() is True for row in dlg.clause_rows)
    # Unlocked, the close button asks again (No: the form stays).
    assert not close_button(dlg) and len(texts) == 1
