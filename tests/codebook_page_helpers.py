"""The Codebook page as its import and export tests meet it: one demo session's codebook, and settings
of the test's own (the folder the file dialogs remember is kept there, not in the tester's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.core import demo
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
