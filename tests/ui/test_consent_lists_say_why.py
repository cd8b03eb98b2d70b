"""The Consent page on a new database: no form and no record, and both lists were headings over empty
white boxes, nothing saying that a form must be written first (New version…) or where consent is
recorded. Each list now says so in its middle; a filter that matches no record says that instead, and
the words go when a form or a record comes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_empty_lists_say_why import said

NO_FORM = "No consent form yet. Press New version… to write the form participants agree to."
NO_RECORD = ("No consent recorded yet. Consent is recorded for each participant in a session, from its "
             "Participants or Attendance tab.")
NO_MATCH = "No record matches the filters."


def page_shown(ctx: AppContext, qtbot: QtBot) -> ConsentPage:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    settle()
    return page


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_empty_consent_lists_say_where_to_begin(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    page = page_shown(ctx, qtbot)
    assert said(page.templates_view) == QCoreApplication.translate("ConsentPage", NO_FORM)
    assert said(page.register_view) == QCoreApplication.translate("ConsentPage", NO_RECORD)


def test_the_words_go_when_forms_and_records_come(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    page = page_shown(ctx, qtbot)
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="en")
    with store.session() as s:
        template = consent.template_for(s, "session-consent", "en")
        assert template is not None
        template_id = template.id
    consent.record_consent(store, group.participants[0], group.session_id, template_id,
                           all_yes(template_id, store), "paper", facilitator="F1")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    settle()
    assert page.templates.rowCount() > 0 and page.register.rowCount() == 1
    assert said(page.templates_view) == ""
    assert said(page.register_view) == ""
    page.text_filter.setText("XYZ-NOBODY")
    settle()
    assert page.register.rowCount() == 0
    assert said(page.register_view) == NO_MATCH
