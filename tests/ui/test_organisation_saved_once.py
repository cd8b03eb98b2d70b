"""Saving an organisation as a hurried facilitator does. Save pressed twice (or Enter, then Save)
before the first save came back made the new organisation twice: the second press still had no id
to update. New (or another row) chosen while a save was on its way got that save's id afterwards,
so the next Save renamed the organisation just made. A save refused by the disk or by another
program's write raised out of the page (a crash) instead of saying why beside the name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[OrganisationsPage]:
    ctx.language.set_language("ar")
    shown = OrganisationsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    ctx.tasks.drain()


def _settled(ctx: AppContext) -> None:
    """Every save pressed has come back to the page (its success or its failure)."""
    assert ctx.tasks.drain(20_000)


def _names(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def test_save_pressed_twice_makes_one_organisation(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot) -> None:
    page.new()
    page.name.setText("جمعية الأمل")
    page.save_button.click()
    page.name.returnPressed.emit()  # Enter in the name, before the first save came back
    page.save_button.click()
    _settled(ctx)
    assert _names(ctx) == ["جمعية الأمل"]
    page.name.setText("جمعية الأمل للتنمية")  # the same form again: the organisation just made, renamed
    page.save_button.click()
    _settled(ctx)
    assert _names(ctx) == ["جمعية الأمل للتنمية"]


def test_new_during_a_save_is_a_new_organisation(page: OrganisationsPage, ctx: AppContext, qtbot: QtBot) -> None:
    page.new()
    page.name.setText("جمعية الأمل")
    page.save_button.click()
    page.new()  # at once, before the save came back
    page.name.setText("ڕێکخراوی ئاشتی")
    _settled(ctx)
    page.save_button.click()
    _settled(ctx)
    assert _names(ctx) == ["جمعية الأمل", "ڕێکخراوی ئاشتی"]


def test_a_save_another_program_holds_up_is_said_beside_the_name(page: OrganisationsPage, ctx: AppContext,
                                                                 qtbot: QtBot, other: OtherProgram) -> None:
    page.new()
    page.name.setText("جمعية الأمل")
    other.hold()
    page.save_button.click()
    _settled(ctx)
    error = page.name_cell.error.text()
    assert error and "program" not in error, error  # translated, not a crash
    assert page.name.text() == "جمعية الأمل"  # kept to try again
    other.release()
    page.save_button.click()
    _settled(ctx)
    assert _names(ctx) == ["جمعية الأمل"]
