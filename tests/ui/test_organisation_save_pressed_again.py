"""Save pressed again on the Organisations page while the first save still waits on the database worker.

A coordinator typed a name, pressed Save (the worker busy with an import), noticed a typo, mended it and
pressed Save again: the second press was dropped without a word, so the mended name was never stored
and the page showed nothing of it. Now the second save follows the first on the worker (the id the
first one made or updated, never a second organisation) and the later typing is stored.

The same when the form is left while its save is on its way and the question about the newer typing
is answered Save: that save was written at once on the interface's thread, and the older save still
on the worker then wrote over it (the name typed last lost) or, for a new organisation, made a second
one. It now follows the save on its way too."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import organisations as svc
from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from tests.ui.test_organisation_typing_kept_while_saving import HeldWorker

AMAL, SALAM = "جمعية الأمل", "ڕێکخراوی ئاشتی"
FIRST, MENDED = "جمعية الامل للتنمیة", "جمعية الأمل للتنمية"


def _names(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def _choose(page: OrganisationsPage, name: str) -> None:
    row = next(n for n, r in enumerate(page.model.rows) if r.name == name)
    page.view.setCurrentIndex(page.model.index(row, 0))


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[OrganisationsPage]:
    svc.create(ctx.store, AMAL)
    svc.create(ctx.store, SALAM)
    ctx.language.set_language("ar")
    shown = OrganisationsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    ctx.tasks.drain()


@pytest.fixture
def held(ctx: AppContext, page: OrganisationsPage) -> Iterator[Callable[[], HeldWorker]]:
    """The database worker held (an import running); let go at the end even when an assertion failed."""
    made: list[HeldWorker] = []

    def hold() -> HeldWorker:
        made.append(HeldWorker(ctx))
        return made[-1]

    yield hold
    for worker in made:
        worker.release()


def _start(page: OrganisationsPage, which: str) -> list[str]:
    """The form on AMAL ("existing") or on a new organisation ("new"); FIRST typed; what the store holds
    when both saves are done."""
    if which == "existing":
        _choose(page, AMAL)
        page.name.setText(FIRST)
        return sorted([MENDED, SALAM])
    page.new()
    page.name.setText(FIRST)
    return sorted([AMAL, MENDED, SALAM])


@pytest.mark.parametrize("which", ["existing", "new"])
@pytest.mark.parametrize("press", ["button", "enter"])
def test_a_second_save_stores_what_was_typed_meanwhile(page: OrganisationsPage, ctx: AppContext,
                                                       held: Callable[[], HeldWorker], which: str, press: str) -> None:
    expected = _start(page, which)
    worker = held()
    page.save_button.click()  # waits behind the import
    page.name.setText(MENDED)
    assert page.has_typed()  # the mended name is not on its way yet
    if press == "button":
        page.save_button.click()
    else:
        page.name.returnPressed.emit()
    assert not page.has_typed()  # now it is: leaving asks nothing
    worker.release()
    assert ctx.tasks.drain(20_000)
    assert _names(ctx) == expected  # the mended name stored, one organisation (it was dropped)
    assert page.name.text() == MENDED and not page.has_typed() and not page.name_cell.error.text()
    assert page.model.rows[page.view.currentIndex().row()].name == MENDED  # the list on it


@pytest.mark.parametrize("which", ["existing", "new"])
def test_save_answered_on_leaving_follows_the_save_on_its_way(page: OrganisationsPage, ctx: AppContext,
                                                              held: Callable[[], HeldWorker], which: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _start(page, which)
    asked: list[str] = []

    def save(*_a: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", save)
    worker = held()
    page.save_button.click()
    page.name.setText(MENDED)
    _choose(page, SALAM)  # asked about the mended name: Save
    assert asked == ["asked"] and page.name.text() == SALAM
    worker.release()
    assert ctx.tasks.drain(20_000)
    assert _names(ctx) == expected  # the older save wrote over it, or made a second organisation
    assert page.name.text() == SALAM and not page.has_typed()
