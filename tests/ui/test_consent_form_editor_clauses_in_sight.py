"""Consent page → New version… at 1366x768: all six clauses of a form in sight (ar, ckb, en).

Found playing the centre in Kurdish: "Text of the form" and "What the signature means" took 192 pixels
each (Qt's text box asks that whatever it holds) for a line or two, and the clauses' table under them
showed 3 of a form's 6. Each box is now as tall as its text, two lines at least and eight at most (more
scrolls in the box), measured again as the text grows (widgets/fitted_text.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.reference import CONSENT_CLAUSES
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.text_lines import lines_height
from tests.consent_helpers import template_editor_shown, template_texts
from tests.i18n.test_i18n_screens import settle

DESK = (1366, 768)


def _six_clauses() -> dict[str, consent.TemplateText]:
    """The test form in three languages with every one of the six clauses (the missing ones worded alike)."""
    out = {}
    for lang, text in template_texts().items():
        have = {c.clause_key: c for c in text.clauses}
        clauses = [have.get(key) or consent.ClauseSpec(key, f"{text.clauses[0].text} ({key})") for key in CONSENT_CLAUSES]
        out[lang] = consent.TemplateText(text.title, text.body, text.signature_meaning, clauses)
    return out


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_six_clauses_are_in_sight_at_the_usual_size(lang: str, make_ctx: Any, store: Store, qtbot: QtBot,
                                                        manager: LanguageManager) -> None:
    manager.set_language(lang)
    consent.publish_version(store, "session-consent", _six_clauses())
    editor = template_editor_shown(make_ctx(store, lang=manager), qtbot, "session-consent", DESK)
    tab = editor.current()
    assert tab.lang == lang
    table = tab.table
    assert tab.model.rowCount() == 6
    bottom = table.rowViewportPosition(5) + table.rowHeight(5)
    assert bottom <= table.viewport().height(), (bottom, table.viewport().height())
    boxes: list[QTextEdit] = [tab.body, tab.meaning]
    for box in boxes:  # a line or two of text: a box of two or three lines, not 192 pixels
        assert lines_height(box, 2) <= box.height() <= lines_height(box, 3), (box.height(), lines_height(box, 2))
    tab.body.setPlainText("\n".join(f"{n}. {tab.body.toPlainText()[:20]}" for n in range(6)))
    settle()  # grown with its text, to the most it takes
    assert tab.body.height() >= lines_height(tab.body, 6), (tab.body.height(), lines_height(tab.body, 6))
