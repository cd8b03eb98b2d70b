"""At the largest text size (Settings → Font size, 24 points) what was cut off now shows whole.

* The navigation was 256 pixels wide whatever its titles needed (given only a maximum width, it kept
  the width a list asks by default): in English "Recommendations" read "Recommendati…".
* The Sync page of a team's centre scrolled sideways in Kurdish: the drop hint and the devices'
  summary were single lines of about 1,150 pixels.
* The focus group editor's speaker bar was one row: the speaker list was squeezed to "01-P03 (Ctrl+3)".
* The Consent page's forms table, "three rows" tall, showed one row and a half: its header and its
  scroll bar stood in those three rows' height (at any text size).
* The focus group's turns table showed only its column titles, and the text box below it was squeezed
  over the speaker bar's second line (the page kept its height when the bar wrapped).
* The Recommendations list was 214 pixels wide beside the recommendation, its titles cut to "…".
* The coding window's side column was at least 570-640 pixels wide (its button pairs side by side):
  the transcript had 270-340 pixels of a laptop's 1,100-pixel window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.sync.importer import import_files
from desktop.ui.advocacy.page import LIST_COLUMNS, RecommendationsPage
from desktop.ui.app import make_context
from desktop.ui.coding.window import open_coding_window
from desktop.ui.consent.page import ConsentPage
from desktop.ui.main_window import MainWindow
from desktop.ui.page_stack import PAGE_FRAME
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_editor_base import HEADING_LEAST
from desktop.ui.widgets.stacking_row import DOWN, StackingRow
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.laptop_screen import sideways
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)


def _window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None) -> MainWindow:
    manager.set_language(lang)
    manager.set_font_size(size)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1350, 688)  # a 1366x768 screen, less the window's frame and the task bar
    window.show()
    settle()
    return window


def _page(window: MainWindow, key: str) -> Any:
    """The page ``key``, gone to and loaded."""
    window.go_to(key)
    window.ctx.tasks.wait(10_000)
    settle()
    return window.current_page()


def _first_focus_group(store: Store) -> str:
    with store.session() as s:
        return str(s.scalars(select(Session.id).where(Session.kind == "focus_group").limit(1)).one())


def _focus_group_transcript(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                            size: float | None) -> Any:
    """The transcript panel of the demo's first focus group, opened in a laptop-sized window."""
    window = _window(manager, store, qtbot, lang, size)
    window.open_session(_first_focus_group(store))
    window.ctx.tasks.wait(10_000)
    settle()
    return window.findChild(QWidget, "focus_group_editor").transcript


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("en", 24.0), ("ckb", 24.0), ("en", None)])
def test_every_page_title_shows_whole(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                      lang: str, size: float | None) -> None:
    window = _window(manager, demo_store, qtbot, lang, size)
    nav = window.page_stack.nav
    titles = nav.sizeHintForColumn(0) + 2 * nav.frameWidth()
    assert titles <= nav.viewport().width() + 2 * nav.frameWidth(), (nav.width(), titles)
    assert nav.width() <= titles + 20  # and no wider than they need: the pages keep the rest
    manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centres_sync_page_does_not_scroll_sideways(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                        lang: str) -> None:
    held = laptop_bundle(team, tmp_path / "held.majlis", 90, on_roster=False, name="Halabja laptop")
    import_files(team.centre, [held], team.identities)
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language(lang)
    ctx.language.set_font_size(24.0)
    try:
        page = open_page(ctx, qtbot, size=(1180, 900))
        qtbot.waitUntil(lambda: page.roster_panel.waiting_list.count() == 1, timeout=30_000)
        assert page.drop_hint.text() and page.receiving.devices.status.text()
        settle()
        scrolled = [area for area in page.findChildren(QScrollArea) if area.isVisible()]
        assert scrolled  # the page's own frame
        assert all(area.horizontalScrollBar().maximum() == 0 for area in scrolled), [
            (area.objectName(), area.horizontalScrollBar().maximum()) for area in scrolled]
    finally:
        ctx.language.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ar", None), ("en", None), ("ckb", 24.0)])
def test_the_consent_forms_table_shows_three_forms(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                    qtbot: QtBot, lang: str, size: float | None) -> None:
    window = _window(manager, demo_store, qtbot, lang, size)
    window.resize(900, 500)  # a short window: the page gives each part its smallest height
    page = _page(window, "consent")
    assert isinstance(page, ConsentPage)
    view = page.templates_view
    assert view.model().rowCount() >= 3
    shown = sum(view.rowHeight(row) for row in range(3))
    assert view.viewport().height() >= shown, (view.viewport().height(), shown)
    frame = next(f for f in window.findChildren(QScrollArea) if f.objectName() == PAGE_FRAME and f.isVisible())
    assert frame.widget() is window.current_page()
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ckb", 24.0), ("en", 24.0), ("ar", None)])
def test_the_speaker_list_shows_the_whole_pseudonym(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                    qtbot: QtBot, lang: str, size: float | None) -> None:
    """In one row at 24 points the speaker bar squeezed the speaker list to "01-P03 (Ctrl+3)"."""
    transcript = _focus_group_transcript(manager, demo_store, qtbot, lang, size)
    combo = transcript.speaker_combo
    assert combo.currentText()
    assert combo.width() >= combo.sizeHint().width(), (combo.width(), combo.sizeHint().width())
    if size is None:  # at the usual size the bar is one line, as before
        assert transcript.speaking.height() == transcript.acting.height() <= combo.height() + 4
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ckb", 24.0), ("en", 24.0), ("ar", 24.0), ("ar", None)])
def test_the_turns_and_the_text_box_both_show(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                              qtbot: QtBot, lang: str, size: float | None) -> None:
    """At 24 points on a laptop the turns table was squeezed to its column titles, and once the speaker
    bar went on to two lines the text box was squeezed over it: the splitter and the tab widget above it
    kept the bar's new height to themselves, and the editor's frame did not grow (nor scroll) for it."""
    transcript = _focus_group_transcript(manager, demo_store, qtbot, lang, size)
    view = transcript.view
    titles = view.horizontalHeader().height()
    assert view.height() - titles >= transcript.table_height(2) - transcript.table_height(0) - 2, view.height()
    composer = transcript.composer
    assert composer.height() >= composer.minimumSizeHint().height(), (composer.height(),
                                                                      composer.minimumSizeHint().height())
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "kind"), [("en", "roundtable"), ("ckb", "roundtable"), ("ckb", "focus_group"),
                                            ("en", "focus_group")])
def test_a_session_editor_fits_the_screen_at_24_points(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, lang: str, kind: str) -> None:
    """The roundtable's attendance buttons in one row made the editor 1,323 pixels wide; the focus
    group's buttons left its title two letters ("جل…")."""
    window = _window(manager, demo_store, qtbot, lang, 24.0)
    with demo_store.session() as s:
        session_id = s.scalars(select(Session.id).where(Session.kind == kind).limit(1)).one()
    window.open_session(session_id)
    window.ctx.tasks.wait(10_000)
    settle()
    editor = window.page_stack.editor
    assert editor is not None
    frame = editor.parentWidget()
    while frame is not None and not isinstance(frame, QScrollArea):  # up to the editor's scroll frame
        frame = frame.parentWidget()
    assert isinstance(frame, QScrollArea)
    assert frame.horizontalScrollBar().maximum() == 0, (editor.minimumSizeHint().width(), frame.viewport().width())
    if kind == "focus_group":
        heading = editor.heading  # type: ignore[attr-defined]
        metrics = heading.fontMetrics()
        least = min(metrics.horizontalAdvance(heading.text()), HEADING_LEAST * metrics.averageCharWidth())
        assert heading.width() >= least, (heading.width(), least)
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ar", 24.0), ("ckb", 24.0), ("en", 24.0), ("en", None)])
def test_the_coding_window_gives_the_transcript_the_room(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                         qtbot: QtBot, lang: str, size: float | None) -> None:
    """At 24 points the side column's button pairs, side by side, made it 570-640 pixels wide at
    least: the transcript, what a coder reads all day, had 270-340 of the window's 1,100."""
    manager.set_language(lang)
    manager.set_font_size(size)
    window = open_coding_window(make_context(demo_store, manager), _first_focus_group(demo_store))
    qtbot.addWidget(window)
    window.resize(1100, 688)  # as it opens on a 1366x768 laptop
    settle()
    column = window.findChild(QScrollArea, "coding_side_column")
    assert window.view.width() >= 0.38 * window.width(), (window.view.width(), column.width())
    pair = window.pick_btn.sizeHint().width() + window.vivo_btn.sizeHint().width()
    if size is None:  # the usual size: the pair side by side, the text three quarters of the splitter
        assert window.pick_btn.y() == window.vivo_btn.y()
        assert window.view.width() >= 0.55 * window.width()
    else:  # the pair on two lines, the column no wider than its widest single part needs
        assert window.pick_btn.y() != window.vivo_btn.y()
        assert column.width() < pair
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ckb", 24.0), ("en", 24.0), ("ar", None)])
def test_the_recommendations_list_shows_its_titles(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                   qtbot: QtBot, lang: str, size: float | None) -> None:
    """At 24 points the recommendation's side, its status and evidence rows side by side, was 892 pixels
    wide at least: the list beside it had 214, its titles cut to "…"."""
    window = _window(manager, demo_store, qtbot, lang, size)
    page = _page(window, "recommendations")
    assert isinstance(page, RecommendationsPage)
    view = page._view
    assert view is not None
    title = page.list.columnWidth(LIST_COLUMNS.index("title"))
    assert title >= 6 * page.list.fontMetrics().averageCharWidth(), (title, page.list.width())
    rows = view.findChildren(StackingRow)
    assert len(rows) == 5
    down = [row for row in rows if row.box.direction() == DOWN]
    if size is None:  # with room the rows are as they were, their parts side by side
        assert not down
    else:  # some go down, in the width the list left them; none is cut
        assert down
    assert all(row.width() >= row.minimumSizeHint().width() for row in rows)
    manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "en", "ar"])
def test_no_page_scrolls_sideways_at_24_points(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                               qtbot: QtBot, lang: str) -> None:
    """Every page, and every tab of a page, fits the width of a 1366-pixel laptop at 24 points. The
    Codebook (the code's colour field), Participants (its filter line) and Reports → Retrieval ("Include
    sub-codes", the second date) ran past the window's edge, the page scrolling sideways."""
    window = _window(manager, demo_store, qtbot, lang, 24.0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    cut = sideways(app, window, lang)
    assert len(cut) >= 9  # every page was visited
    assert {page: parts for page, parts in cut.items() if parts} == {}
    manager.set_font_size(None)
