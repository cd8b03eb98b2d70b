"""The Codebook page as its import and export tests meet it: one demo session's codebook, and settings
of the test's own (the folder the file dialogs remember is kept there, not in the tester's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, demo
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext


def with_demo_codebook(ctx: AppContext, tmp_path: Path) -> AppContext:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    demo.generate(ctx.store, sessions=1, seed=3)
    return ctx


def loaded_codebook_page(ctx: AppContext, qtbot: QtBot) -> CodebookPage:
    """The page, its codebook read once."""
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    return page


#: What the tests type about a code and leave unsaved.
DEFINITION = "كل ما يخصّ الكوتا النسائية في المجالس"


def page_with_typing(ctx: AppContext, qtbot: QtBot) -> tuple[CodebookPage, str, str]:
    """The page on the first of two codes, a definition typed for it and not saved: the page and the
    two codes' ids."""
    with ctx.store.transaction() as s:
        first = codebook.create_code(s, name_ar="الكوتا").id
        second = codebook.create_code(s, name_ar="العتبة الانتخابية").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(first)
    qtbot.waitUntil(lambda: page.names["ar"].text() == "الكوتا")
    page.texts["definition"].setPlainText(DEFINITION)
    return page, first, second


def answer_questions(monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> list[str]:
    """Each question asked gets the next answer (the last one again once they run out); the
    questions' words are kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers[min(len(asked), len(answers)) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def live_definitions(ctx: AppContext) -> dict[str, str]:
    """Each code not deleted: its id and stored definition."""
    with ctx.store.session() as s:
        return {c.id: c.definition for c in s.scalars(select(Code).where(Code.deleted.is_(False)))}
