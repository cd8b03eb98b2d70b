"""A save on the Organisations page that fails while, or before, the window closes is no longer told to nobody.

Save sends the form to the database worker (behind an import, a page's read) and the page may be left at
once: nothing is asked, since the typing is on its way. When another program's write or a full disk then
refused it, the reason was said beside the name on a page out of sight, and closing the window asked
nothing (only the page on screen is asked), or the close went on while the save was still on its way and
its refusal came to no window: the typing was lost without a word. Now every page built is asked as the
window closes (Page.may_close): a save still on its way is waited for; one refused shows the page, the
reason beside the name, and asks Save / Discard / Cancel as on leaving; one still on its way past the wait
(the database held) asks whether to close anyway (No by default)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import busy_wait
from desktop.core import organisations as svc
from desktop.core.db import Store
from desktop.core.models import Organisation
from desktop.ui.main_window import MainWindow
from desktop.ui.organisations import saving
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_organisation_typing_kept_while_saving import HeldWorker
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name
from tests.ui_helpers import main_window

AMAL, TYPED = "جمعية الأمل", "جمعية الأمل للتنمية"
Button = QMessageBox.StandardButton


def _names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Button) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> Button:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The window with AMAL chosen on the Organisations page and TYPED typed for it, not saved yet."""
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 200)  # the worker waits for the other program briefly
    svc.create(store, AMAL)
    shown = main_window(manager, store, qtbot, "ar")
    shown.ctx.tasks.drain()
    shown.go_to("organisations")
    page = shown.current_page()
    assert isinstance(page, OrganisationsPage)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.name.setText(TYPED)
    yield shown
    shown.ctx.tasks.drain()


def _page(window: MainWindow) -> OrganisationsPage:
    page = window.page("organisations")
    assert isinstance(page, OrganisationsPage)
    return page


def _saved_then_left(window: MainWindow) -> HeldWorker:
    """Save pressed while the worker is busy (an import), then the Sessions page shown: nothing asked."""
    worker = HeldWorker(window.ctx)
    _page(window).save_button.click()
    window.go_to("sessions")
    assert window.current_page() is window.page("sessions")
    return worker


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Discard, Button.Save])
def test_a_save_refused_while_the_window_closes_is_asked_about(
        window: MainWindow, store: Store, other: OtherProgram, monkeypatch: pytest.MonkeyPatch,
        answer: Button) -> None:
    worker = _saved_then_left(window)
    asked = _answer(monkeypatch, answer)
    other.hold()  # another program's write: the save, still on its way at the close, is refused
    worker.release()
    if answer == Button.Save:
        # Asked once the save came back refused; by then the other program is done: Save stores it.
        monkeypatch.setattr(OrganisationsPage, "may_leave", _released_then(OrganisationsPage.may_leave, other))
    window.close()
    other.release()
    page = _page(window)
    assert len(asked) == 1, asked  # it closed without a word, the typing lost
    assert window.current_page() is page  # shown, the reason beside the name
    if answer == Button.Cancel:
        assert window.isVisible() and page.name.text() == TYPED and page.name_cell.error.text()
        assert _names(store) == [AMAL]
        page.name.setText(AMAL)  # nothing left to ask about when the test ends
    else:
        assert not window.isVisible()
        assert _names(store) == [TYPED if answer == Button.Save else AMAL]


def _released_then(may_leave: object, other: OtherProgram) -> object:
    def asked(page: OrganisationsPage) -> bool:
        other.release()
        return may_leave(page)  # type: ignore[operator, no-any-return]

    return asked


def test_a_save_refused_earlier_out_of_sight_is_asked_about_at_the_close(
        window: MainWindow, store: Store, other: OtherProgram, monkeypatch: pytest.MonkeyPatch) -> None:
    worker = _saved_then_left(window)
    other.hold()
    worker.release()
    assert window.ctx.tasks.drain(20_000)
    other.release()
    page = _page(window)
    assert page.name_cell.error.text() and window.current_page() is not page  # said where no one looks
    asked = _answer(monkeypatch, Button.Cancel)
    window.close()
    assert len(asked) == 1 and window.isVisible() and window.current_page() is page
    assert page.name.text() == TYPED
    asked = _answer(monkeypatch, Button.Save)
    window.close()
    assert len(asked) == 1 and not window.isVisible()
    assert _names(store) == [TYPED]


def test_a_save_still_on_its_way_past_the_wait_asks_before_closing(
        window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saving, "CLOSE_WAIT_MS", 300)
    worker = _saved_then_left(window)
    try:
        asked = _answer(monkeypatch, Button.No)
        window.close()
        assert asked == [QCoreApplication.translate(
            "OrganisationsPage", "This organisation is still being saved: the database is busy. Close anyway? If the "
            "save then fails, what you typed is lost.")]
        assert window.isVisible() and window.current_page() is _page(window)
    finally:
        worker.release()
    assert window.ctx.tasks.drain(20_000)
    assert _names(store) == [TYPED]  # it landed; nothing more to ask
    asked = _answer(monkeypatch, Button.No)
    window.close()
    assert asked == [] and not window.isVisible()
