"""Consent page → New version… with a title or a clause that looks empty. A title of invisible marks
only (an RLM pasted from a phone) published the form in that language with an empty title; a clause
of marks only was published and shown to participants as a blank line with Yes and No beside it. And
Publish while another program was writing to the database did nothing a person could see (the
refusal was raised out of the dialog). Each is now one line in the dialog, and nothing is published."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import builtin_consent
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name

KEY = "builtin-consent"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _editor(ctx: AppContext, qtbot: QtBot) -> TemplateEditorDialog:
    builtin_consent.install(ctx.store)
    editor = TemplateEditorDialog(ctx, KEY)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _versions(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count(func.distinct(ConsentTemplate.version)))
                            .where(ConsentTemplate.template_key == KEY)) or 0)


def test_a_title_of_marks_only_is_no_title(ctx: AppContext, qtbot: QtBot) -> None:
    editor = _editor(ctx, qtbot)
    for tab in editor.language_tabs:
        tab.title.setText("\u200f\u200f")
    editor.publish_button.click()
    assert editor.isVisible()
    assert editor.error.text() == "Give the form a title in at least one language."
    assert _versions(ctx.store) == 1


def test_a_clause_of_marks_only_is_no_clause(ctx: AppContext, qtbot: QtBot) -> None:
    editor = _editor(ctx, qtbot)
    for tab in editor.language_tabs:
        model = tab.model
        model.setData(model.index(0, 1), "\u200f \u200e")
    editor.publish_button.click()
    assert editor.isVisible()
    assert editor.error.text() == "Every clause needs its text."
    assert _versions(ctx.store) == 1


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_publish_held_up_by_another_program_is_said(lang: str, ctx: AppContext, qtbot: QtBot,
                                                    other: OtherProgram) -> None:
    ctx.language.set_language(lang)
    editor = _editor(ctx, qtbot)
    other.hold()
    editor.publish_button.click()
    assert editor.isVisible()
    reason = QCoreApplication.translate("SaveFailure", "Another program is using the database.")
    assert reason in editor.error.text() and "Another program" not in editor.error.text()
    other.release()
    assert _versions(ctx.store) == 1
    editor.publish_button.click()
    assert not editor.isVisible() and _versions(ctx.store) == 2
