"""The focus group's PDF button says, after the file is written, how many distinct characters no bundled
font could print (a Hebrew word in a turn): one translated line, no participant words in it, never a
silent blank (hp10, after hp8's finding). Real window, real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager, shown_number
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import settle
from tests.ui import test_session_pdf_like_the_others as fg

T = QApplication.translate


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_pdf_line_counts_what_could_not_be_printed(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       lang: str) -> None:
    monkeypatch.setattr(fg, "TURNS", 3)
    monkeypatch.setattr(fg, "LAST_TURN", "گوتی: שלום ← ✓ ≠")
    window, editor = fg.focus_group_open(manager, store, qtbot, monkeypatch, lang)
    target = tmp_path / "transcript.pdf"
    with qtbot.waitSignal(editor.pdf_button.written, timeout=60_000):
        editor.pdf_button.export("minutes", str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    said = T("PdfButton", "PDF written: %1. %2 characters could not be printed (no font for them).").replace(
        "%1", shown_path(target)).replace("%2", shown_number(4))
    assert editor.status_line.text() == said
    assert "שלום" not in said
