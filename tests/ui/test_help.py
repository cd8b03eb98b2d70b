"""Help inside the app: every topic in every language, F1 on every page and in the main dialogs, the
Help menu translated, the help window in the interface's language and direction, its pictures there.

Screenshots of the help window go to the test's tmp_path (or $MAJLIS_HELP_SHOTS, to keep them) for a
person to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QShortcut, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.i18n.languages import SUPPORTED
from desktop.sync.team import create_team
from desktop.ui import registry
from desktop.ui.app import make_context
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.help import topics
from desktop.ui.help.dialog import HelpDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.conftest import PASSPHRASE
from tests.consent_helpers import focus_group, template_texts
from tests.demo_stores import demo_copy
from tests.i18n_allowlist import english_words
from tests.shots import shots_folder
from tests.stores import fresh_store

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
NOT_SORANI = re.compile(r"[يىكة]")  # Arabic letters Sorani writes as ی ک ە
SORANI_ONLY = re.compile(r"[ڕڵۆێەڤ]")
IMG = re.compile(r"<img[^>]*\ssrc=\"([^\"]+)\"", re.IGNORECASE)
ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"<a[^>]*\shref=\"([^\"#]+)(?:#[^\"]*)?\"", re.IGNORECASE)


def html_of(topic: str, lang: str) -> str:
    return (topics.help_dir(lang) / f"{topic}.html").read_text(encoding="utf-8")


def plain_text(topic: str, lang: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html_of(topic, lang))
    return doc.toPlainText()


# --- the files -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_topic_exists_in_every_language(lang: str) -> None:
    for topic in topics.TOPICS:
        path = topics.help_dir(lang) / f"{topic}.html"
        assert path.is_file(), path
        source = path.read_text(encoding="utf-8")
        assert f'lang="{lang}"' in source
        assert ('dir="rtl"' in source) == (lang != "en"), f"{lang}/{topic}: direction"
        title = topics.topic_title(topic, lang)
        assert title and title != topic
    # nothing in the folder that no topic names (a stale page would never be found)
    pages = {p.stem for p in topics.help_dir(lang).glob("*.html")}
    assert pages == set(topics.TOPICS)


@pytest.mark.slow  # the whole script, three languages of stores and screens (half a minute): .ci/test runs it
def test_the_pictures_script_shows_no_private_folder(tmp_path: Path) -> None:
    """``.ci/help_screenshots`` refuses to write a picture that names a temporary or home folder: the
    picture of sending a bundle said 'Saved in: /tmp/majlis-help-…/stick'. Made again here, every
    picture the pages show is written (and says a USB stick's folder)."""
    out = tmp_path / "help"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, str(ROOT / ".ci" / "help_screenshots"), str(out)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    for lang in SUPPORTED:
        made = {p.name for p in (out / lang).glob("*.png")}
        assert made == {p.name for p in topics.help_dir(lang).glob("*.png")}, lang


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_picture_exists_and_loads(qapp: QApplication, lang: str) -> None:
    seen = 0
    for topic in topics.TOPICS:
        for src in IMG.findall(html_of(topic, lang)):
            path = topics.help_dir(lang) / src
            assert path.is_file(), f"{lang}/{topic}: {src} missing"
            assert not QImage(str(path)).isNull(), f"{lang}/{topic}: {src} does not load"
            seen += 1
    for topic in topics.TOPICS[1:]:  # every topic but the contents shows the screen it is about
        assert IMG.findall(html_of(topic, lang)), f"{lang}/{topic}: no picture"
    pictures = {p.name for p in topics.help_dir(lang).glob("*.png")}
    used = {src for topic in topics.TOPICS for src in IMG.findall(html_of(topic, lang))}
    assert pictures <= used, f"pictures no topic shows: {sorted(pictures - used)}"
    assert seen >= len(topics.TOPICS) - 1
    # small enough to ship: the frozen folder has little room left (README: zip budget 60 MB)
    assert sum((topics.help_dir(lang) / name).stat().st_size for name in pictures) < 300_000


@pytest.mark.parametrize("lang", SUPPORTED)
def test_links_between_topics_resolve(lang: str) -> None:
    for topic in topics.TOPICS:
        for href in LINK.findall(html_of(topic, lang)):
            assert topics.topic_of_path(href) is not None, f"{lang}/{topic}: link to {href}"
            assert (topics.help_dir(lang) / href).is_file()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_texts_are_in_their_language(qapp: QApplication, lang: str) -> None:
    for topic in topics.TOPICS:
        text = plain_text(topic, lang)
        assert english_words(text) == [], f"{lang}/{topic}: {english_words(text)}"
        assert len(ARABIC_SCRIPT.findall(text)) > 100
        if lang == "ckb":
            assert not NOT_SORANI.findall(text), f"ckb/{topic}: {set(NOT_SORANI.findall(text))}"
            assert SORANI_ONLY.search(text)
        else:
            assert not SORANI_ONLY.findall(text), f"ar/{topic}: {set(SORANI_ONLY.findall(text))}"


def test_transcript_topic_names_the_editor_keys() -> None:
    """The keys in the help are the keys the transcript editor takes (desktop/ui/focus_group/turn_edit.py)."""
    text = plain_text("transcript-keys", "en")
    for keys in ("Ctrl+1", "Ctrl+9", "Ctrl+0", "Ctrl+Enter", "Ctrl+T", "Alt+↑", "Alt+↓", "Ctrl+Shift+K", "Esc"):
        assert keys in text
    for lang in SUPPORTED:  # Back, from the keyboard: both keys the editor takes (session_editor_base.py)
        assert "Esc" in plain_text("transcript-keys", lang) and "Alt+←" in plain_text("transcript-keys", lang)
        # Delete, split and merge a turn, and Ctrl+Z after them (shortcut_words.py, turn_joins.py)
        for keys in ("Ctrl+Shift+Delete", "Ctrl+Shift+Enter", "Ctrl+Shift+Backspace", "Ctrl+Z"):
            assert keys in plain_text("transcript-keys", lang), f"{lang}: {keys}"
        # Ctrl+S saves at once (session_editor_base.py), not only two seconds after typing stops
        assert re.search(r"Ctrl\+S\b", plain_text("transcript-keys", lang)), f"{lang}: Ctrl+S"
    from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT

    assert CODE_SESSION_SHORTCUT in text


def test_coding_topic_names_the_coding_window_keys(ctx, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """The keys in the help are the keys the coding window takes (desktop/ui/coding/workspace.py)."""
    text = plain_text("coding-keys", "en")
    for keys in ("Ctrl+K", "Ctrl+I", "Ctrl+Z", "F8", "Shift+F8", "Enter", "double click", "triple click", "Esc"):
        assert keys in text
    for lang in ("ar", "ckb"):
        localised = plain_text("coding-keys", lang)
        for keys in ("Ctrl+K", "Ctrl+I", "Ctrl+Z", "F8", "Shift+F8", "Ctrl+Shift+K"):
            assert keys in localised, f"{lang}: {keys}"
    for lang in SUPPORTED:  # Ctrl+S presses Save memo (workspace.py)
        assert re.search(r"Ctrl\+S\b", plain_text("coding-keys", lang)), f"{lang}: Ctrl+S"
    ws = CodingWorkspace(ctx, _a_session(ctx))
    qtbot.addWidget(ws)
    taken = {sc.key().toString() for sc in ws.findChildren(QShortcut)}
    assert {"Ctrl+K", "Ctrl+I", "Ctrl+Z", "F8", "Shift+F8", "Ctrl+S"} <= taken


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_f1_in_the_coding_window_opens_its_keys(lang: str, ctx, manager: LanguageManager,  # type: ignore[no-untyped-def]
                                                qtbot: QtBot) -> None:
    manager.set_language(lang)
    ws = CodingWorkspace(ctx, _a_session(ctx))
    qtbot.addWidget(ws)
    with qtbot.waitExposed(ws):
        ws.show()
    dialog = press_f1(ws.view)
    assert dialog.topic == topics.CODING_TOPIC == "coding-keys"
    assert_in_language(dialog, lang)
    dialog.close()


def _a_session(ctx) -> str:  # type: ignore[no-untyped-def]
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=0.0, text="نريد قانوناً عادلاً للانتخابات."))
        return str(sess.id)


# --- the app -------------------------------------------------------------------------------------


@pytest.fixture
def field_store(tmp_path: Path) -> Iterator[Store]:
    # A copy of the demo generated once per process (tests/demo_stores.py), not generated per test.
    store = demo_copy(tmp_path / "field.db", PASSPHRASE, "لاپتۆپی هەولێر", sessions=3, seed=4)
    yield store
    store.close()


def open_window(store: Store, manager: LanguageManager, qtbot: QtBot, lang: str) -> MainWindow:
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    with qtbot.waitExposed(window):
        window.show()
        window.activateWindow()
    return window


def press_f1(widget: QWidget) -> HelpDialog:
    """F1 as a person presses it: in the active window, whatever has the focus in it."""
    widget.window().activateWindow()
    QApplication.processEvents()
    assert QApplication.activeWindow() is widget.window()
    QTest.keyClick(widget, Qt.Key.Key_F1)
    QApplication.processEvents()
    owner = widget.window()
    dialog = owner.findChild(HelpDialog, "help_dialog", Qt.FindChildOption.FindDirectChildrenOnly)
    assert dialog is not None and dialog.isVisible(), "F1 opened no help"
    return dialog


def assert_in_language(dialog: HelpDialog, lang: str) -> None:
    text = dialog.current_text()
    assert english_words(text) == [], english_words(text)
    assert len(ARABIC_SCRIPT.findall(text)) > 100
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.browser.source().toLocalFile().endswith(f"/{lang}/{dialog.topic}.html")
    if lang == "ckb":
        assert not NOT_SORANI.findall(text)
    for row in range(dialog.topics.count()):  # the list of topics is in that language too
        assert english_words(dialog.topics.item(row).text()) == []
    assert english_words(dialog.windowTitle()) == [] and english_words(dialog.contents_button.text()) == []


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return shots_folder(tmp_path, "MAJLIS_HELP_SHOTS")


def shoot(folder: Path, widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_f1_on_every_page_opens_its_topic(lang: str, field_store: Store, manager: LanguageManager,
                                          qtbot: QtBot, shots: Path) -> None:
    window = open_window(field_store, manager, qtbot, lang)
    for key in registry.page_keys():
        window.go_to(key)
        assert window.current_page().key == key  # type: ignore[attr-defined]
        loaded = getattr(window.current_page(), "is_loaded", None)
        if loaded is not None:  # pages that read on the DB worker: F1 on what the page really shows
            qtbot.waitUntil(loaded, timeout=20_000)
        dialog = press_f1(window.current_page())
        assert dialog.topic == topics.topic_for_page(key) == topics.PAGE_TOPICS[key]
        assert_in_language(dialog, lang)
        assert dialog.topics.currentItem().data(Qt.ItemDataRole.UserRole) == dialog.topic
        shoot(shots, dialog, f"help-{key}-{lang}")
        dialog.close()
    # a session editor: the transcript keys
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    page.new_session("focus_group")  # stored on the DB worker, then the editor opens
    qtbot.waitUntil(lambda: isinstance(window.editor, FocusGroupEditor) and window.editor.is_loaded, timeout=20_000)
    editor = window.editor
    assert isinstance(editor, FocusGroupEditor)
    dialog = press_f1(editor.transcript.edit)
    assert dialog.topic == "transcript-keys"
    assert_in_language(dialog, lang)
    shoot(shots, dialog, f"help-transcript-keys-{lang}")
    window.ctx.tasks.wait(10_000)
    window.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_f1_on_a_coordinators_sync_page_opens_importing(lang: str, tmp_path: Path, manager: LanguageManager,
                                                         qtbot: QtBot, shots: Path) -> None:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "ناوەند")
    try:
        create_team(centre, name="تیم", team_file=tmp_path / "t.majlis-team", identity_file=tmp_path / "t.key")
        window = open_window(centre, manager, qtbot, lang)
        window.go_to("sync")
        page = window.current_page()
        qtbot.waitUntil(page.is_loaded, timeout=20_000)  # type: ignore[attr-defined]  # read on the DB worker
        assert page.is_coordinator_view()  # type: ignore[attr-defined]
        dialog = press_f1(window.current_page())
        assert dialog.topic == "importing"
        assert_in_language(dialog, lang)
        # a link inside the text leads to another topic, and the list follows
        dialog.browser.setSource(QUrl.fromLocalFile(str(topics.help_dir(lang) / "approving-device.html")))
        assert dialog.topic == "approving-device"
        assert dialog.topics.currentItem().data(Qt.ItemDataRole.UserRole) == "approving-device"
        shoot(shots, dialog, f"help-approving-device-{lang}")
        window.close()
    finally:
        centre.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_help_menu_is_translated(lang: str, field_store: Store, manager: LanguageManager, qtbot: QtBot,
                                 shots: Path) -> None:
    window = open_window(field_store, manager, qtbot, lang)
    translate = QApplication.translate
    for action, source in ((window.help_contents_action, "Help &contents"),
                           (window.help_page_action, "Help for &this page")):
        assert action.text() == translate("MainWindow", source) != source
        assert english_words(action.text()) == []
        assert action in window.help_menu.actions()
    assert window.help_page_action.shortcut().toString() == "F1"
    window.help_contents_action.trigger()
    dialog = window.findChild(HelpDialog, "help_dialog")
    assert dialog is not None and dialog.topic == topics.INDEX
    assert_in_language(dialog, lang)
    shoot(shots, dialog, f"help-index-{lang}")
    window.close()


def test_help_follows_the_interface_language(field_store: Store, manager: LanguageManager, qtbot: QtBot,
                                             shots: Path) -> None:
    window = open_window(field_store, manager, qtbot, "ar")
    window.go_to("consent")
    dialog = press_f1(window.current_page())
    arabic = dialog.current_text()
    window.set_language("ckb")
    QApplication.processEvents()
    assert dialog.topic == "consent" and dialog.lang == "ckb"
    assert dialog.current_text() != arabic
    assert_in_language(dialog, "ckb")
    window.set_language("en")
    QApplication.processEvents()
    assert "Recording consent" in dialog.current_text()
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight
    shoot(shots, dialog, "help-consent-en")
    window.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_f1_in_the_consent_and_join_dialogs(lang: str, ctx, manager: LanguageManager, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    manager.set_language(lang)
    consent.publish_version(ctx.store, "session-consent", template_texts())
    group = focus_group(ctx.store, 2, language=lang)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 760)
    with qtbot.waitExposed(dialog):
        dialog.show()
        dialog.activateWindow()
    help_dialog = press_f1(dialog)
    assert help_dialog.parent() is dialog  # usable over the modal dialog it belongs to
    assert help_dialog.topic == "consent"
    assert_in_language(help_dialog, lang)
    dialog.close()
    join = JoinTeamDialog(ctx)
    qtbot.addWidget(join)
    with qtbot.waitExposed(join):
        join.show()
        join.activateWindow()
    assert press_f1(join).topic == "first-run"
    join.close()
    withdraw = WithdrawDialog("BSR-FG03-P04")
    qtbot.addWidget(withdraw)
    with qtbot.waitExposed(withdraw):
        withdraw.show()
    shown = press_f1(withdraw)
    assert shown.topic == "consent"
    assert_in_language(shown, lang)
    withdraw.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_f1_in_the_first_run_wizard(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    shown = press_f1(wizard)
    assert shown.topic == "first-run"
    assert_in_language(shown, lang)
    wizard.close()
