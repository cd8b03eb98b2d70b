"""The consent form editor at a form's last possible version (2**31 - 1, the most a bundle or team update
carries: brought by a coordinator's bundle, tests/sync/test_form_version_at_the_limit.py). Publish is
refused, nothing written; the editor says why in one translated line. Before, it said "The form could not
be published.", which sends the coordinator hunting for a fault in the words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.core import consent, consent_forms
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_texts
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_last_version_is_said(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                  manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    with store.transaction() as s:  # as the coordinator's bundle left it
        s.execute(update(ConsentTemplate).values(version=consent_forms.VERSION_LIMIT))
    manager.set_language(lang)
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    editor.show()
    settle()
    editor.language_tabs[0].body.setPlainText("نص جديد للاستمارة")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    settle()
    assert editor.published_version is None and editor.isVisible()
    with store.session() as s:
        assert consent.latest_version(s, "session-consent") == consent_forms.VERSION_LIMIT
    said = QCoreApplication.translate(
        "TemplateEditorDialog", "This form already has the highest version number a bundle can carry: no "
        "further version can be published. Ask your coordinator.")
    assert editor.error.text() == said and "\n" not in said
    if lang != "en":
        assert said.isascii() is False  # translated, not the English left in an Arabic or Kurdish window
