"""The consent register on a laptop: each record's status (given, refused, withdrawn) is in view.

On a 1366x768 laptop at 150 % (a main window of 895x424 logical pixels) the register's viewport is
about 726 pixels wide, and Status was its ninth column: in Kurdish and Arabic it stood 214 to 477
pixels past the viewport's edge, so a facilitator saw who had consented and how, but not who had
refused or withdrawn, without scrolling sideways row by row. Status now stands next to the pseudonym.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.page_models import status_text
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

LAPTOP = (895, 424)  # tests/ui/test_laptop_screen.py: 1366x768 at 150 %, less the task bar and the frame
STATUS = 8


def three_records(store: Store) -> None:
    """Given, withdrawn (quotes only: the longest status) and refused."""
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 3, language="ckb")
    with store.session() as s:
        template = s.execute(select(ConsentTemplate.id).where(ConsentTemplate.language == "ckb")).scalar_one()
    for i, person in enumerate(group.participants):
        answers = all_yes(template, store, participate=i != 2)
        consent.record_consent(store, person, group.session_id, template, answers, "verbal_witness",
                               witness="أم علي", facilitator="F1")
    withdrawal.withdraw_participant(store, participant_id=group.participants[1], scope="quotes",
                                    on=dt.date(2023, 1, 20))


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_status_is_in_view_without_scrolling_sideways(lang: str, manager: LanguageManager, store: Store,
                                                      qtbot: QtBot) -> None:
    three_records(store)
    window = main_window(manager, store, qtbot, lang)
    window.resize(*LAPTOP)
    window.go_to("consent")
    page = window.current_page()
    assert isinstance(page, ConsentPage)
    qtbot.waitUntil(lambda: page.register.rowCount() == 3)
    settle()
    view = page.register_view
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    statuses = []
    for row in range(3):
        index = page.register.index(row, STATUS)
        cell = view.visualRect(index)
        assert view.viewport().rect().contains(cell), (
            f"the status of row {row + 1} is out of view: {cell.left()}..{cell.right()} of "
            f"0..{view.viewport().width() - 1}")
        statuses.append(page.register.data(index, Qt.ItemDataRole.DisplayRole))
        assert statuses[-1] == status_text(page.register.rows[row])
    assert len(set(statuses)) == 3  # given, withdrawn, refused: each said
