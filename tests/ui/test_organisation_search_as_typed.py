"""Organisations page: a "%" or "_" typed in the search box matched every organisation (they were SQL
wildcards). They are now the characters typed, and a "\\" stays one too."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import organisations
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage

NAMES = ["جمعية الأمل", "Radio_Basra", "100% Youth", "C:\\Union"]


@pytest.mark.parametrize(("typed", "found"), [("_", ["Radio_Basra"]), ("%", ["100% Youth"]), ("0%", ["100% Youth"]),
                                              ("\\", ["C:\\Union"]), ("الأمل", ["جمعية الأمل"]),
                                              ("o_b", ["Radio_Basra"]), ("x%y", [])])
def test_the_search_takes_what_is_typed(typed: str, found: list[str], ctx: AppContext, qtbot: QtBot) -> None:
    for name in NAMES:
        organisations.create(ctx.store, name)
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.search.setText(typed)
    assert sorted(row.name for row in page.model.rows) == found
    assert page.model.total == len(found)
