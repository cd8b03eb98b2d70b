"""Every button, menu, tab, box and field a help page names is on a real screen of the app, as it reads
there, in the page's language.

tests/ui/test_help_words.py compares a help page's bold words with every string in the .ts files: a
word the app says anywhere (a message, an accessible name, another window's button) passed, so a page
could send the reader to a button that is not there. Here the app's windows are built for real (the
main window and every page, a focus group and a roundtable editor, the consent form, the withdrawal,
the coding window, a conflict, joining a team, the first-start wizard, the team key's passphrase, the
Sync page of a laptop and of the centre) and each bold piece of each page must be the text of one of
their widgets: a button, a menu or its action, a tab, a box's title, a label, a choice of a list, a
column heading, a wizard step. What the app only says after an action (a line under Results, a
status) is listed in SAID, by its context in the .ts, and must still be there.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Attendance, Participant, Session
from desktop.i18n.languages import SUPPORTED
from desktop.sync.conflicts import ConflictView
from desktop.sync.team import create_team, join_team
from desktop.ui import registry
from desktop.ui.app import make_context
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.help import topics
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.join_dialog import JoinTeamDialog
from desktop.ui.sync.key_passphrase import KeyPassphraseDialog
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets.lazy_panel import LazyPanel
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.stores import fresh_store
from tests.ui.test_help_words import in_context, plain, quotes, shown_as

TAGS = re.compile(r"<[^>]+>")

# Words a page quotes that the app says after an action, not on a widget waiting to be pressed:
# (topic, context in the .ts, English source). Each must still be in that context.
SAID: list[tuple[str, str, str]] = [
    ("sending-bundle", "OutboxPanel", "More changes wait for the next bundle: export again."),
    ("coding-keys", "CodingWorkspace", "%1 (words edited: check)"),
    ("consent", "ConsentDialog", "Close the form? The answers given in it are not saved."),
    ("importing", "SyncPage", "Team key: none chosen (needed to import)"),  # a centre without its key
    # The devices table of a second coordinator's laptop, once a team update named the centre there.
    ("importing", "DevicesModel", "The centre"),
    ("importing", "DevicesModel", "sends team updates, not bundles"),
    # Every export's Cancel in the status bar: in time, or once the file was in place.
    ("index", "MainWindow", "Export cancelled: nothing was written to the folder."),
    ("index", "MainWindow", "Too late to cancel: the export was already saved. %1"),
    # A participant who signed an older version of the form than the one published since; the workbook's
    # column beside Version for their records.
    ("consent", "ParticipantFields", "Re-consent needed"),
    ("consent", "Workbook", "Re-consent needed on version"),
    # The window that opens after an erasure (a withdrawal of all data made here, or arrived).
    ("consent", "ErasureReportDialog", "What the erasure cannot reach"),
    ("importing", "ErasureReportDialog", "What the erasure cannot reach"),
    # The right-click menu of the Sync page's Results.
    ("importing", "ResultsLog", "&Copy"),
    ("importing", "ResultsLog", "Copy &all"),
]


def widget_texts(root: QWidget) -> set[str]:
    """What ``root`` and every widget in it (shown or not: a wizard's other steps, a button shown only
    in some states) read as on screen, with the actions of its menus and its lists' headings."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            found.append(w.windowTitle())
        if isinstance(w, QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QLabel):
            found.append(html.unescape(TAGS.sub("", w.text())))
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QTabBar):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QMenu):
            found.append(w.title())
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QHeaderView) and w.model() is not None:  # a table's or tree's column headings
            found += [str(w.model().headerData(c, w.orientation()) or "") for c in range(w.count())]
        if isinstance(w, QWizard):
            found += [w.page(i).title() for i in w.pageIds()]
        found += [a.text() for a in w.actions()]
    return {plain(t) for t in found if t and t.strip()}


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Store, Path, Path]]:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "Centre")
    create_team(centre, name="Team", team_file=tmp_path / "t.majlis-team", identity_file=tmp_path / "t.key")
    yield centre, tmp_path / "t.majlis-team", tmp_path / "t.key"
    centre.close()


def open_window(store: Store, manager: LanguageManager, qtbot: QtBot) -> MainWindow:
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    return window


def every_page(window: MainWindow, qtbot: QtBot) -> set[str]:
    texts: set[str] = set()
    for key in registry.page_keys():
        window.go_to(key)
        loaded = getattr(window.current_page(), "is_loaded", None)
        if loaded is not None:
            qtbot.waitUntil(loaded, timeout=20_000)
        # The parts a page builds when first shown (the Recommendations page's Outreach tab, with its
        # Delete outreach record): built now, as a person's first look at them does.
        for panel in window.current_page().findChildren(LazyPanel):
            panel.part()
        settle()
        texts |= widget_texts(window)
    return texts


def app_texts(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
              team: tuple[Store, Path, Path]) -> set[str]:
    """The texts of the app's windows in ``lang``: a field laptop in a team, and the team's centre."""
    manager.set_language(lang)
    centre, team_file, key_file = team
    # The demo's four sessions: a copy of them generated once per process (tests/demo_stores.py).
    field = demo_copy(tmp_path / "field.db", PASSPHRASE, "Basra laptop", sessions=4, seed=1)
    texts: set[str] = set()
    try:
        join_team(field, team_file)
        with field.session() as s:
            group = s.execute(select(Session.id).where(Session.kind == "focus_group").limit(1)).scalar_one()
            roundtable = s.execute(select(Session.id).where(Session.kind == "roundtable").limit(1)).scalar_one()
            seated = s.execute(select(Attendance.participant_id, Attendance.session_id)
                               .where(Attendance.participant_id.is_not(None), Attendance.session_id == group)
                               .limit(1)).one()
        with field.transaction() as s:  # the form in the page's language: its Yes and No are the page's
            participant = s.get(Participant, seated.participant_id)
            assert participant is not None
            participant.language = lang
        window = open_window(field, manager, qtbot)
        texts |= every_page(window, qtbot)
        for session_id in (group, roundtable):
            editor = window.open_session(session_id)
            # a focus group's editor reads on the DB worker (is_loaded); a roundtable's at once
            qtbot.waitUntil(lambda e=editor: getattr(e, "is_loaded", True), timeout=20_000)  # type: ignore[misc]
            texts |= widget_texts(window)
            window.close_editor()
            settle()
        conflict = ConflictView(id=1, entity="transcript_turn", row_id="x", field="text", version_a="a",
                                value_a="old words", version_b="b", value_b="new words", current="new words",
                                status="open", session_id=None)
        join = JoinTeamDialog(window.ctx, window)
        assert join.load(team_file)
        wizard = FirstRunWizard(manager, tmp_path / "data")
        assert wizard.start_page.load_team_file(team_file)
        dialogs: list[QWidget] = [
            ConsentDialog(window.ctx, str(seated.participant_id), seated.session_id, window, full_screen=False),
            WithdrawDialog("BSR-FG01-P01", window), CodingWorkspace(window.ctx, group),
            ConflictDialog(conflict, None, None, window), join, wizard, KeyPassphraseDialog(key_file, window),
            ImportTextDialog(window.ctx, [], 0, window), unlock_window(tmp_path)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            texts |= widget_texts(dialog)
            dialog.close()
        window.ctx.tasks.wait(10_000)
        window.close()
        centre_window = open_window(centre, manager, qtbot)  # the coordinator's Sync page
        centre_window.go_to("sync")
        qtbot.waitUntil(centre_window.current_page().is_loaded, timeout=20_000)  # type: ignore[attr-defined]
        texts |= widget_texts(centre_window)
        centre_window.ctx.tasks.wait(10_000)
        centre_window.close()
    finally:
        field.close()
    return texts


def unlock_window(folder: Path) -> UnlockWidget:
    """The passphrase window as the wizard's "Open an existing database…" and a start show it, with its
    "Open another database…"."""
    window = UnlockWidget(lambda _passphrase: None, folder / "majlis.db")
    window.offer_other_database(lambda _path: None)
    return window


def not_on_screen(lang: str, texts: set[str], pages: dict[str, list[str]] | None = None) -> list[str]:
    """The bold pieces of ``pages`` (topic: pieces; the help pages as they are when None) that are not
    the text of any widget in ``texts`` nor what the app says (SAID) on that topic."""
    if pages is None:
        pages = {topic: quotes(topic, lang) for topic in topics.TOPICS}
    said = {topic: [in_context(lang, context, source) for t, context, source in SAID if t == topic]
            for topic in pages}
    return [f"{topic}: {piece!r}" for topic, pieces in pages.items() for piece in pieces
            if not any(shown_as(piece, text) for text in texts | set(said[topic]))]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_name_a_help_page_gives_is_on_a_screen(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                     tmp_path: Path, team: tuple[Store, Path, Path]) -> None:
    texts = app_texts(lang, manager, qtbot, tmp_path, team)
    assert len(texts) > 300, "the walk found too few widgets: it is broken"
    # A name the app has only as an accessible name (in the .ts, on no widget's face) is not on a screen:
    # tests/ui/test_help_words.py would let a page name it, this test does not.
    unseen = {"importing": [in_context(lang, "SyncPage", "Choose team key file")]}
    assert not_on_screen(lang, texts, unseen) != []
    # Nor a word a page once put in bold, 'bundle', which no button, box or label is called.
    assert not_on_screen(lang, texts, {"sending-bundle": [in_context(lang, "ErasureReportDialog", "bundle")]}) != []
    missing = not_on_screen(lang, texts)
    assert missing == [], f"the {lang} help names what no screen shows:\n" + "\n".join(missing)
