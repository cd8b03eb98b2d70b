"""One version of a consent form says the same in every language. The form editor has a tab per
language and Add clause / Required act on the tab in front: a coordinator who made a clause required
(or added one) in the Arabic tab only published a version whose Kurdish and English texts never asked
it, and Kurdish participants consented on "version 2" without it. Publishing such a version is now
refused in one translated line, and nothing is published."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_texts
from tests.i18n_allowlist import english_words


def test_the_service_refuses_a_version_whose_languages_ask_different_clauses(store: Store) -> None:
    texts = template_texts()
    ckb = texts["ckb"]
    fewer = consent.TemplateText(ckb.title, ckb.body, ckb.signature_meaning,
                                 [c for c in ckb.clauses if c.clause_key != "share"])
    with pytest.raises(consent.ConsentInvalid) as refused:
        consent.publish_version(store, "session-consent", {**texts, "ckb": fewer})
    assert refused.value.code == "clauses_differ"
    with store.session() as s:
        assert consent.templates(s, "session-consent") == []
    assert consent.publish_version(store, "session-consent", texts) == 1  # alike: published


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_editor_refuses_a_clause_required_in_one_language_only(
        lang: str, ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    manager.set_language(lang)
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    editor.show()
    arabic = editor.language_tabs[0]
    assert arabic.lang == "ar"
    arabic.model.setData(arabic.model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert editor.published_version is None and editor.isVisible()
    line = editor.error.text()
    assert line and (lang == "en" or english_words(line) == []), line
    with store.session() as s:
        assert consent.latest_version(s, "session-consent") == 1
    for tab in editor.language_tabs[1:]:  # the same in every tab: published
        tab.model.setData(tab.model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert editor.published_version == 2
