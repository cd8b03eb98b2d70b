"""The centre published version 2 of the consent form in Arabic only (its Kurdish text not ready yet).
A Kurdish participant's consent form opened on version 1 in Kurdish, the newest in their language, and
nothing on screen said it was superseded: they signed the old terms, and stayed "re-consent needed"
however often they were asked. The form now says so, naming the languages of the newest version, which
the facilitator can choose instead (ar, ckb, en)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import focus_group, template_texts
from tests.i18n_allowlist import english_words
from tests.ui.consent_dialogs import shown_consent_dialog


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_an_older_version_of_the_form_is_said(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                              manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    consent.publish_version(store, "session-consent", {"ar": template_texts()["ar"]})  # version 2, Arabic only
    group = focus_group(store, 1, language="ckb")
    manager.set_language(lang)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    QApplication.processEvents()
    assert dialog.lang == "ckb"
    note = dialog.older_note
    assert note.isVisible() and "العربية" in note.text()
    assert lang != "en" or "older version" in note.text()
    assert lang == "en" or english_words(note.text()) == [], note.text()

    dialog.form_language.setCurrentIndex(dialog.form_language.findData("ar"))  # the newest version
    QApplication.processEvents()
    assert not note.isVisible()
    with store.session() as s:
        tpl = consent.template_for(s, "session-consent", "ar")
        assert tpl is not None and dialog.template_id == tpl.id and tpl.version == 2


def test_the_newest_version_says_nothing(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    dialog = shown_consent_dialog(ctx, store, qtbot, language="ckb")
    assert not dialog.older_note.isVisible()
