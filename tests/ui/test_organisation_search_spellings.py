"""Organisations page: an Arabic or Kurdish name searched as people spell it. The search compared the
letters as typed: "جمعيه الامل" did not find "جمعية الأمل", "الاعلام" not "الإعلام", and Kurdish typed on
an Arabic keyboard (ك، ي) not "کۆمەڵەی ژنان". It now folds them as the Participants filter and the
full-text search do; the rows and their count agree."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import organisations
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage

NAMES = ["جمعية الأمل", "شبكة الإعلام المستقل", "کۆمەڵەی ژنان", "Radio Basra"]


@pytest.mark.parametrize(("typed", "found"), [
    ("جمعيه الامل", "جمعية الأمل"), ("الاعلام", "شبكة الإعلام المستقل"), ("الإعلام", "شبكة الإعلام المستقل"),
    ("كۆمەڵەي", "کۆمەڵەی ژنان"), ("radio", "Radio Basra"),
])
def test_a_name_is_found_as_people_spell_it(typed: str, found: str, ctx: AppContext, qtbot: QtBot) -> None:
    for name in NAMES:
        organisations.create(ctx.store, name)
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.search.setText(typed)
    assert [row.name for row in page.model.rows] == [found]
    assert page.model.total == 1
