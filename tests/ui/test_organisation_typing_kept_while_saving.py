"""What is typed on the Organisations page while its save waits on the database worker.

A coordinator renamed an organisation and pressed Save; before the save came back (the worker busy
with an import), the import said organisations had changed. The page read the list again and filled
the form from the stored row: the old name was back on screen under a save of the new one, and if
another program's write then refused the save, the name typed was gone with nothing asking. Now the
list is read again once the save has come back, and only once for the page's own save (it was read
twice: once for the save's announcement, once more by the page after it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import busy_wait
from desktop.core import organisations as svc
from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name

AMAL, SALAM, NOOR = "جمعية الأمل", "ڕێکخراوی ئاشتی", "مؤسسة النور"
TYPED = "جمعية الأمل للتنمية"


class HeldWorker:
    """The database worker busy with something long (an import) until ``release``."""

    def __init__(self, ctx: AppContext) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()

        def wait(_token: object, _progress: object) -> None:
            self.started.set()
            self.gate.wait(20)

        ctx.tasks.run(wait)
        assert self.started.wait(10)

    def release(self) -> None:
        self.gate.set()


def _names(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def _row_of(page: OrganisationsPage, name: str) -> int:
    return next(n for n, row in enumerate(page.model.rows) if row.name == name)


def _resets(page: OrganisationsPage) -> list[int]:
    """Each time the list is read again from here on."""
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    return resets


def _an_import_brings_an_organisation(ctx: AppContext) -> None:
    """What the Sync page's import does: a row written, then the tables it wrote announced."""
    svc.create(ctx.store, NOOR)
    ctx.events.changed.emit({"organisation", "session"})


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[OrganisationsPage]:
    """The page on AMAL, a new name typed for it."""
    svc.create(ctx.store, AMAL)
    svc.create(ctx.store, SALAM)
    ctx.language.set_language("ar")
    shown = OrganisationsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    shown.view.setCurrentIndex(shown.model.index(_row_of(shown, AMAL), 0))
    assert shown.name.text() == AMAL
    shown.name.setText(TYPED)
    yield shown
    ctx.tasks.drain()


def test_an_import_during_the_save_keeps_the_name_typed(page: OrganisationsPage, ctx: AppContext) -> None:
    worker = HeldWorker(ctx)
    resets = _resets(page)
    page.save_button.click()  # waits behind the import
    _an_import_brings_an_organisation(ctx)
    assert page.name.text() == TYPED  # the stored AMAL was put back in the form
    worker.release()
    assert ctx.tasks.drain(20_000)
    assert _names(ctx) == sorted([TYPED, SALAM, NOOR])
    assert page.name.text() == TYPED and not page.has_typed()
    assert sorted(r.name for r in page.model.rows) == sorted([TYPED, SALAM, NOOR])  # the import's one listed
    assert page.view.currentIndex().row() == _row_of(page, TYPED)  # the list on the one in the form
    assert len(resets) == 1  # the list read once, after the save (three times before)


def test_a_save_refused_after_an_import_keeps_the_name_typed_and_asks(
        page: OrganisationsPage, ctx: AppContext, other: OtherProgram, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 200)  # the worker waits for the other program briefly
    worker = HeldWorker(ctx)
    page.save_button.click()
    _an_import_brings_an_organisation(ctx)
    other.hold()  # another program's write: the save is refused
    worker.release()
    assert ctx.tasks.drain(20_000)
    other.release()
    assert _names(ctx) == sorted([AMAL, SALAM, NOOR])
    assert page.name.text() == TYPED and page.name_cell.error.text()  # kept, and why beside it
    assert NOOR in [r.name for r in page.model.rows]  # the list read again once the save came back
    assert page.view.currentIndex().row() == _row_of(page, AMAL)
    assert page.has_typed()
    asked: list[str] = []

    def cancel(*_a: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not page.may_leave() and asked == ["asked"]  # leaving asks: the typing is not lost silently
    assert page.name.text() == TYPED


def test_the_pages_own_save_reads_the_list_once(page: OrganisationsPage, ctx: AppContext) -> None:
    resets = _resets(page)
    page.save_button.click()
    assert ctx.tasks.drain(20_000)
    assert _names(ctx) == sorted([TYPED, SALAM])
    assert len(resets) == 1  # twice before: for the save's announcement and again by the page
    assert page.view.currentIndex().row() == _row_of(page, TYPED) and page.name.text() == TYPED


def test_a_save_asked_for_on_leaving_reads_the_list_once(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    resets = _resets(page)
    page.view.setCurrentIndex(page.model.index(_row_of(page, SALAM), 0))  # asked, Save: stored at once
    assert _names(ctx) == sorted([TYPED, SALAM])
    qtbot.waitUntil(lambda: page.view.currentIndex().row() == _row_of(page, SALAM))
    qtbot.wait(50)  # anything still on its way to the page
    assert len(resets) == 1
    assert page.name.text() == SALAM
