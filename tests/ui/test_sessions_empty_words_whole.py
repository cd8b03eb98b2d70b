"""The Sessions page of a new database at 24 points on a 1366x768 laptop at 150 %.

Its buttons, search, filters and dates stack on their lines there and leave the table a strip: the words
in the middle of the empty table ("No sessions yet. Start one with New roundtable or New focus group.")
had 93 pixels of the 110 their lines need, cut at the strip's edges (in ar, ckb and en). While the list
is empty the table now keeps the height its words need (the page's frame scrolls to it), and the words
are whole. The same on the Participants, Organisations and Consent pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.widgets.empty_words import EmptyWords
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui_helpers import assert_words_whole_in_sight, main_window_on_screen


@pytest.mark.parametrize("size", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_words_of_an_empty_list_are_whole(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                               size: float, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = main_window_on_screen(manager, store, qtbot, lang, size, (910, 512), monkeypatch)
    window.go_to("sessions")
    window.ctx.tasks.wait(10_000)
    settle()
    page = window.current_page()
    assert isinstance(page, SessionsPage) and page.model.rowCount() == 0
    folder = shots_folder(tmp_path, "MAJLIS_HP7_SHOTS")
    assert window.grab().save(str(folder / f"sessions_empty_{lang}_{int(size)}_opened.png"))
    # Every line of the words has its height in the label, the label lies inside the table's viewport, and
    # it is wholly in sight once the page's frame is scrolled to it.
    assert_words_whole_in_sight(page, page.empty_words, page.view)
    assert window.grab().save(str(folder / f"sessions_empty_{lang}_{int(size)}.png"))


# Not Recommendations: its lists are on tabs, and a list kept tall on one made every tab as tall (the
# survey tab's "Imported. Responses: …" went below the page's edge: test_survey_import_lines_in_sight).
@pytest.mark.parametrize("key", ["participants", "organisations", "consent"])
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_other_pages_empty_lists_say_their_words_whole(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                            lang: str, key: str, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    """The same on the other pages of a new database: the Participants table's words had 8 pixels of 110
    in Arabic (of 165 in English), the Organisations list's 285 of 385, the consent forms' 150 of 165 in
    English."""
    window = main_window_on_screen(manager, store, qtbot, lang, 24.0, (910, 512), monkeypatch)
    window.go_to(key)
    window.ctx.tasks.wait(10_000)
    settle()
    page = window.current_page()
    shown = [w for w in page.findChildren(EmptyWords) if w.isVisible()]
    assert shown, "no empty list's words on the page: nothing to test"
    cut = [(w.text()[:30], w.height(), w.heightForWidth(w.width())) for w in shown
           if w.height() < w.heightForWidth(w.width())]
    assert not cut, cut
    folder = shots_folder(tmp_path, "MAJLIS_HP7_SHOTS")
    assert window.grab().save(str(folder / f"{key}_empty_{lang}_24.png"))
