"""The centre's Sync page speaks as the team's centre, not as a laptop: its own box says it imports the
laptops' bundles and publishes team updates (not "This laptop is in a team"), and no "This laptop" line
is left on it, in the main window, in English, Arabic and Kurdish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.sync.page import SyncPage
from tests.i18n.test_i18n_screens import Screens, switch
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture

team = team_fixture(devices=1)

LAPTOP = "This laptop is in a team: bundles you export go to its coordinators."


def shown_texts(page: QWidget) -> list[str]:
    """The labels, box titles and button texts a person sees on the page."""
    out = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
    return [t for t in out if t]


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_centre_page_speaks_as_the_centre(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                              lang: str) -> None:
    screens = Screens(make_ctx(team.centre), qtbot)
    switch(screens, qtbot, lang)
    page = screens.show("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.is_loaded() and page.is_coordinator_view())
    outbox = page.outbox
    centre = QCoreApplication.translate("OutboxPanel", "This computer is the team's centre: it imports the "
                                        "laptops' bundles and publishes team updates for them.")
    assert outbox.team_label.text() == centre
    assert outbox.title() == QCoreApplication.translate("OutboxPanel", "The team's centre")
    said = shown_texts(page)
    assert QCoreApplication.translate("OutboxPanel", LAPTOP) not in said
    # The centre's own key fingerprint is shown once, with its roster, as this computer's.
    assert not outbox.key_label.isVisibleTo(page)
    assert page.roster_panel.own_label.isVisibleTo(page) and page.roster_panel.own_label.text()
    if lang == "en":
        assert [t for t in said if "laptop's" in t or "This laptop" in t] == []
    else:
        # Device names in the tables are data ("centre", "field laptop 1"), the page's own words are not.
        assert centre != outbox.tr(LAPTOP) and [t for t in said if english_words(t)] == []
