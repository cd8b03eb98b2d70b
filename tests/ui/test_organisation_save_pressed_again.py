"""Save pressed again on the Organisations page while the first save still waits on the database worker.

A coordinator typed a name, pressed Save (the worker busy with an import), noticed a typo, mended it and
pressed Save again: the second press was dropped without a word, so the mended name was never stored
and the page showed nothing of it. Now the second save follows the first on the worker (the id the
first one made or updated, never a second organisation) and the later typing is stored.

The same when the form is left while its save is on its way and the question about the newer typing
is answered Save: that save was written at once on the interface's thread, and the older save still
on the worker then wrote over it (the name typed last lost) or, for a new organisation, made a second
one. It now follows the save on its way too. A save refused after the form went on to another
organisation (either way) puts the typing it held back in the form, the reason beside it: it was lost,
the reason said beside the other organisation's name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import busy_wait
from desktop.core import organisations as svc
from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from tests.ui.test_organisation_typing_kept_while_saving import HeldWorker
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name

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


@pytest.mark.parametrize("leaving", ["saved_then_left", "asked_on_leaving"])
@pytest.mark.parametrize("which", ["existing", "new"])
def test_a_save_refused_after_the_form_went_on_puts_the_typing_back(
        page: OrganisationsPage, ctx: AppContext, held: Callable[[], HeldWorker], other: OtherProgram,
        monkeypatch: pytest.MonkeyPatch, which: str, leaving: str) -> None:
    """Saved, then another organisation chosen before the save came back (no question: the typing was on
    its way), or the question on leaving answered Save while an earlier save was on its way; then another
    program's write refused the save(s). The typing was gone, and the reason was said beside the other
    organisation's name. Now the form is back on what was refused, the typing in it, the reason beside it."""
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 200)  # the worker waits for the other program briefly
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    expected = _start(page, which)
    worker = held()
    page.save_button.click()
    if leaving == "asked_on_leaving":
        page.name.setText(MENDED)
    typed = page.name.text()
    _choose(page, SALAM)
    assert page.name.text() == SALAM
    other.hold()
    worker.release()
    assert ctx.tasks.drain(20_000)
    other.release()
    assert _names(ctx) == sorted([AMAL, SALAM])  # nothing stored
    assert page.name.text() == typed and page.name_cell.error.text()  # back, and why beside it
    assert page.has_typed()
    chosen = page.view.currentIndex()
    assert (page.model.rows[chosen.row()].name if chosen.isValid() else None) == (AMAL if which == "existing" else None)
    page.name.setText(MENDED)
    page.save_button.click()  # tried again: the same organisation, not a new one beside it
    assert ctx.tasks.drain(20_000)
    assert _names(ctx) == expected and not page.has_typed()
