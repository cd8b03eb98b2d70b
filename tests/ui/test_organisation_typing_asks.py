"""A name typed for an organisation and not saved was dropped without a word when another
organisation was chosen in the list, New organisation was pressed, or the main window closed (even
from another page: the page left kept it out of sight). Now the page asks, on these and when the page
is left, as the Codebook page does: Save (stored at once, then on),
Discard (then on, nothing stored) or Cancel (the organisation and its typing stay). A save refused
keeps the typing, says why beside the name, and stays. The same organisation chosen again (after the
list was read again) keeps the typing without asking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import organisations as svc
from desktop.core.db import Store
from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name
from tests.ui_helpers import main_window

AMAL, SALAM = "جمعية الأمل", "ڕێکخراوی ئاشتی"
TYPED = "جمعية الأمل للتنمية"


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def _row_of(page: OrganisationsPage, name: str) -> int:
    return next(n for n, row in enumerate(page.model.rows) if row.name == name)


def _choose(page: OrganisationsPage, name: str) -> None:
    """The organisation ``name`` chosen in the list, as a click on its row does."""
    page.view.setCurrentIndex(page.model.index(_row_of(page, name), 0))


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[OrganisationsPage]:
    """The page with two organisations, the first chosen and a new name typed for it, not saved."""
    svc.create(ctx.store, AMAL)
    svc.create(ctx.store, SALAM)
    ctx.language.set_language("ar")
    shown = OrganisationsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    _choose(shown, AMAL)
    assert shown.name.text() == AMAL
    shown.name.setText(TYPED)
    yield shown
    ctx.tasks.drain()


def test_cancel_keeps_the_organisation_and_the_typing(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _choose(page, SALAM)
    assert len(asked) == 1
    assert page.name.text() == TYPED
    qtbot.waitUntil(lambda: page.view.currentIndex().row() == _row_of(page, AMAL))  # the list back on it
    assert len(asked) == 1 and page.name.text() == TYPED
    page.new()  # New organisation asks too
    assert len(asked) == 2 and page.name.text() == TYPED
    assert _names(ctx.store) == sorted([AMAL, SALAM])


def test_save_stores_the_name_then_shows_the_other(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    _choose(page, SALAM)
    assert len(asked) == 1
    assert _names(ctx.store) == sorted([TYPED, SALAM])
    assert page.name.text() == SALAM
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == sorted([TYPED, SALAM])
                    and page.view.currentIndex().row() == _row_of(page, SALAM))
    _choose(page, TYPED)  # nothing typed now: no question
    assert len(asked) == 1 and page.name.text() == TYPED


def test_discard_shows_the_other_and_stores_nothing(page: OrganisationsPage, ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    _choose(page, SALAM)
    assert len(asked) == 1 and page.name.text() == SALAM
    _choose(page, AMAL)
    assert len(asked) == 1 and page.name.text() == AMAL
    assert _names(ctx.store) == sorted([AMAL, SALAM])


def test_a_refused_save_keeps_the_typing(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch, other: OtherProgram) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    other.hold()  # another program's write holds the database
    _choose(page, SALAM)
    other.release()
    assert len(asked) == 1
    assert page.name.text() == TYPED and page.name_cell.error.text()  # why, beside the name
    qtbot.waitUntil(lambda: page.view.currentIndex().row() == _row_of(page, AMAL))
    assert _names(ctx.store) == sorted([AMAL, SALAM])
    page.save_button.click()  # tried again, by hand
    assert ctx.tasks.drain(10_000)
    assert _names(ctx.store) == sorted([TYPED, SALAM])


def test_a_new_organisation_typed_is_asked_about(page: OrganisationsPage, ctx: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page.name.setText(AMAL)  # the chosen one's own name again: nothing to ask
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    page.new()
    assert asked == []
    page.name.setText("منظمة جديدة")
    _choose(page, SALAM)
    assert len(asked) == 1 and page.name.text() == SALAM
    assert _names(ctx.store) == sorted([AMAL, SALAM, "منظمة جديدة"])
    page.new()
    page.name.setText("   ")  # no name: nothing that could be saved, nothing to ask
    _choose(page, AMAL)
    assert len(asked) == 1


def test_the_same_organisation_again_keeps_the_typing(page: OrganisationsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    page.refresh()  # the list read again (a save elsewhere, an editor closed): its row is no longer chosen
    _choose(page, AMAL)
    assert asked == [] and page.name.text() == TYPED


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
                                    QMessageBox.StandardButton.Discard], ids=["cancel", "save", "discard"])
def test_leaving_the_page_and_closing_the_window_ask(answer: QMessageBox.StandardButton, manager: LanguageManager,
                                                     store: Store, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    svc.create(store, AMAL)
    window = main_window(manager, store, qtbot, "ar")
    window.ctx.tasks.drain()
    window.go_to("organisations")
    page = window.current_page()
    assert isinstance(page, OrganisationsPage)
    _choose(page, AMAL)
    page.name.setText(TYPED)
    asked = _answer(monkeypatch, answer)
    window.nav.setCurrentRow(window.page_stack.keys().index("sessions"))
    assert len(asked) == 1
    stays = answer == QMessageBox.StandardButton.Cancel
    assert (window.current_page() is page) == stays
    assert _names(store) == [TYPED if answer == QMessageBox.StandardButton.Save else AMAL]
    if stays:
        window.close()
        assert len(asked) == 2 and window.isVisible() and page.name.text() == TYPED
        page.name.setText(AMAL)  # nothing left to ask about when the test ends
    else:
        window.go_to("organisations")
        assert page.name.text() == (TYPED if answer == QMessageBox.StandardButton.Save else AMAL)
        page.name.setText(SALAM)
        window.close()
        assert len(asked) == 2 and not window.isVisible()
        assert _names(store) == [SALAM if answer == QMessageBox.StandardButton.Save else AMAL]
