"""The help names the controls that moved, as the real windows show them, in each language.

The help told the reader that Shortcuts sat "beside the turn buttons" when on a laptop with larger text
Stamp time, New turn, Delete turn and Shortcuts are in the menu of a small "…" button beside the speaker;
it said nothing of Import text…, of Session actions (where Finalise and Code this session… go when the
window is narrow), of the Agreement tab's Compare coders and Change coders, of the wizard's Open an
existing database… or of the unlock window's Open another database… and the file it names. These tests
open the real windows and read the names off them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.i18n.languages import SUPPORTED
from desktop.ui import app
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.help import topics
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from desktop.ui.unlock import UnlockWidget
from tests.stores import fresh_store
from tests.ui.test_help_screens import bold_in_order
from tests.ui.test_help_words import plain


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_contents_name_the_agreement_tabs_buttons(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    a: Any = page.agreement
    words = [plain(a.label_a.text()), plain(a.label_b.text()), plain(a.run_btn.text()), plain(a.change_btn.text())]
    assert bold_in_order(topics.INDEX, lang, words) == []
    ctx.tasks.drain(10_000)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_first_run_names_the_ways_to_a_database_already_made(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The wizard's first page (Welcome to Majlis) has Open an existing database…; the unlock window it
    leads to names the file chosen and has Open another database…."""
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(wizard)
    welcome = plain(wizard.language_page.title())
    opening = plain(wizard.language_page.open_existing.text())
    assert bold_in_order("first-run", lang, [welcome, opening]) == []

    chosen = tmp_path / "stick" / "erbil.db"
    chosen.parent.mkdir()
    fresh_store(chosen, "a passphrase of the stick 7", "Erbil laptop").close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(chosen), "")))
    holder: dict[str, Any] = {}
    started = app.show_wizard(manager, holder)
    qtbot.addWidget(started)
    button = started.findChild(QPushButton, "open_existing_database")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = holder["unlock"]
    assert isinstance(window, UnlockWidget)
    qtbot.addWidget(window)
    assert chosen.name in window.file_line.text() and str(chosen.parent) in window.file_line.toolTip()
    assert window.other_database_button is not None
    assert bold_in_order("first-run", lang, [plain(window.other_database_button.text())]) == []
