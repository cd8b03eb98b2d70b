"""Read aloud on a form with no clauses to read: nothing to answer, and no crash.

For a participant who withdrew everything (or on a device with no consent form yet) the consent
dialog shows no form, yet Read aloud could be pressed: it showed an empty page with Yes and No, and
Yes raised an IndexError (a traceback, where a facilitator expects a word or nothing). Read aloud is
now unavailable there, and an empty read-aloud view offers no answer to give.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.ui.consent.clause_widgets import ReadAloudView
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_no_read_aloud_for_someone_who_withdrew_everything(lang: str, ctx: AppContext, store: Store,
                                                           qtbot: QtBot, manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language=lang)
    person = group.participants[0]
    with store.session() as s:
        template = s.execute(select(ConsentTemplate.id).where(ConsentTemplate.language == lang)).scalar_one()
    consent.record_consent(store, person, group.session_id, template, all_yes(template, store), "verbal_witness",
                           witness="W", facilitator="F")
    withdrawal.withdraw_participant(store, participant_id=person, scope="all", on=dt.date(2023, 1, 20))
    manager.set_language(lang)
    dialog = ConsentDialog(ctx, person, group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.withdrawn_all and dialog.clause_rows == []
    assert not dialog.read_aloud_button.isEnabled()
    dialog.reject()


def test_an_empty_read_aloud_view_offers_no_answer(qtbot: QtBot) -> None:
    view = ReadAloudView([], "ckb")
    qtbot.addWidget(view)
    view.show()
    view.show_clause(0)
    assert not view.yes.isEnabled() and not view.no.isEnabled()
    view.yes.click()  # disabled: nothing happens (it raised an IndexError)
    view._answer(True)  # and if it were pressed all the same
