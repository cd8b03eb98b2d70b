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

from desktop.core.db import Store
from desktop.i18n.languages import SUPPORTED
from desktop.ui import app
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.help import topics
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from desktop.ui.unlock import UnlockWidget
from tests.i18n.test_i18n_screens import demo_store, isolated_settings  # noqa: F401
from tests.stores import fresh_store
from tests.ui.test_fg_editor_at_20_points import open_editor
from tests.ui.test_help_screens import bold_in_order
from tests.ui.test_help_words import plain


def page_text(topic: str, lang: str) -> str:
    return (topics.help_dir(lang) / f"{topic}.html").read_text(encoding="utf-8")


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_transcript_topic_names_the_turn_buttons_where_they_are(manager: LanguageManager,
                                                                     demo_store: Store,  # noqa: F811
                                                                     qtbot: QtBot, lang: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """At 20 points on a 1366x768 laptop at 150 % the turn's buttons are in the '…' menu: the page says
    so, naming each entry of that menu as the menu shows it, and Import text… and Session actions."""
    try:
        _window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch)
        t: Any = editor.transcript
        assert t.acting.collapsed() and t.acting.more.text() == "…"
        t.acting.fill_menu()
        entries = [plain(a.text()) for a in t.acting.menu.actions()]
        assert entries == [plain(b.text()) for b in (t.stamp_button, t.new_button, t.delete_button, t.keys_button)]
        assert bold_in_order("transcript-keys", lang, entries) == []
        assert "<strong>…</strong>" in page_text("transcript-keys", lang)
        assert bold_in_order("transcript-keys", lang, [plain(t.import_button.text())]) == []
        session_actions = editor.findChild(QPushButton, "session_actions_menu")
        assert session_actions is not None
        assert bold_in_order("transcript-keys", lang, [plain(session_actions.text())]) == []
        assert bold_in_order("coding-keys", lang, [plain(session_actions.text())]) == []
    finally:
        manager.set_font_size(None)


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


# Where the codebook's Merge into takes the other code from, in each language's words.
THE_LIST_BESIDE = {"en": "the list beside it", "ar": "القائمة بجانبه", "ckb": "لیستەکەی تەنیشتیدا"}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_coding_topic_says_where_merge_into_takes_the_code_from(lang: str, ctx: AppContext,
                                                                    qtbot: QtBot) -> None:
    """Merge into merges into the code chosen in the list in its row (not one chosen in the tree): the page
    said only 'to another code'."""
    ctx.language.set_language(lang)
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    button, chooser = page.merge_btn, page.merge_combo
    assert button.parentWidget() is chooser.parentWidget()  # one row
    assert bold_in_order("coding-keys", lang, [plain(button.text())]) == []
    sentence = page_text("coding-keys", lang).split(f"<b>{plain(button.text())}</b>", 1)[1].split(";", 1)[0]
    assert THE_LIST_BESIDE[lang] in sentence
    ctx.tasks.drain(10_000)
