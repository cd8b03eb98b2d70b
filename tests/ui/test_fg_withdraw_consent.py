"""A participant at a focus group says "don't use my words": the facilitator withdraws their consent from
the editor's Participants tab (Withdraw consent…, its Alt letter, or the list's context menu), with the
Participants page's dialog and core call, without leaving the session.

Before, the tab had no way: the facilitator left the session for the Participants page, found the
person and withdrew there. Now the withdrawal is stored (real store), and the editor shows it at once:
their consent in the list, their turns erased ([…]) and read-only in the transcript, the open coding
window erased too; a turn typed for someone else, not saved yet, is saved first and kept.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent_rules, withdrawal
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Session, TranscriptTurn
from desktop.ui.consent import withdrawal_flow
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB, FocusGroupEditor
from desktop.ui.labels import demographics
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from desktop.ui.widgets.select_row import select_row
from tests.coding_window_helpers import shown_window
from tests.consent_helpers import focus_group
from tests.erasure_helpers import OTHER_SPEECH, SPEECH, SPEECH_KU, Study, make_study
from tests.helpers_typing import press, type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui.test_fg_consent_column_in_sight import LAPTOP_150
from tests.ui.test_fg_editor_at_20_points import frame_of
from tests.ui.test_other_menus_hold_their_words import _context_menu_cut
from tests.ui.test_recording_fg_editor import consent_for, open_editor
from tests.ui_helpers import focused, in_view, main_window_on_screen

T = QCoreApplication.translate
CTRL = Qt.KeyboardModifier.ControlModifier
NEW_WORDS = "نريد رقابة مستقلة على الفرز"  # typed for the second seat, not saved when the withdrawal starts


def answered(qtbot: QtBot, scope: str, seen: list[str]) -> None:
    """The real withdrawal dialog, answered while it is on screen: the scope chosen, for everything the
    tick that it cannot be undone, then Enter (OK). ``seen`` gets its title."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WithdrawDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        (dialog.scope_all if scope == "all" else dialog.scope_quotes).setChecked(True)
        if scope == "all":
            dialog.confirm.setChecked(True)
        qtbot.keyClick(dialog.ok_button(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def alt(text: str) -> None:
    letter = mnemonic_letter(text)
    assert letter, f"no Alt letter in {text!r}"
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)


def people_tab(editor: FocusGroupEditor, qtbot: QtBot, row: int) -> None:
    """The Participants tab in front, the list with the keyboard, the ``row``-th person selected."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    view = editor.people_view
    view.setFocus()
    select_row(view, row)
    qtbot.waitUntil(lambda: focused() is view)


def turns(ctx: AppContext, session_id: str) -> dict[str, tuple[str | None, str]]:
    with ctx.store.session() as s:
        return {t.id: (t.participant_id, t.text) for t in s.scalars(
            select(TranscriptTurn).where(TranscriptTurn.session_id == session_id, TranscriptTurn.deleted.is_(False)))}


def consent_shown(editor: FocusGroupEditor, row: int) -> str:
    return str(editor.people.index(row, 2).data())  # seat, pseudonym, consent


def editor_on(ctx: AppContext, qtbot: QtBot, lang: str) -> tuple[Study, FocusGroupEditor]:
    study = make_study(ctx.store)
    ctx.language.set_language(lang)
    return study, open_editor(ctx, qtbot, study.session_id)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_everything_withdrawn_from_the_editor_by_its_alt_letter(ctx: AppContext, qtbot: QtBot, lang: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    study, editor = editor_on(ctx, qtbot, lang)
    reports: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: reports.append(self))
    coder = shown_window(ctx, qtbot, study.session_id, active=False)
    qtbot.waitUntil(lambda: len(coder.blocks) == 3, timeout=10_000)
    # The second seat speaks; the facilitator is typing when the first says "don't use my words".
    edit = editor.transcript.edit
    edit.setFocus()
    press(edit, Qt.Key.Key_2, CTRL)
    type_text(edit, NEW_WORDS)
    assert editor.has_unsaved()

    people_tab(editor, qtbot, 0)
    assert editor.people.rows[0].participant_id == study.withdrawn
    seen: list[str] = []
    answered(qtbot, "all", seen)
    alt(editor.withdraw_button.text())
    erased = T("WithdrawalFlow", "Erased what %1 said, their signatures and their identity.").replace(
        "%1", study.pseudonym)
    qtbot.waitUntil(lambda: editor.status_line.text() == erased, timeout=20_000)
    assert len(seen) == 1 and study.pseudonym in seen[0]  # the Participants page's dialog
    assert ctx.tasks.drain(10_000)

    # Stored: erased in the database, the words typed for the other person saved first and kept.
    with ctx.store.session() as s:
        assert withdrawal.consent_state(s, study.withdrawn) == "erased"
    stored = turns(ctx, study.session_id)
    assert [text for pid, text in stored.values() if pid == study.withdrawn] == [consent_rules.REDACTED] * 2
    assert sorted(text for pid, text in stored.values() if pid == study.other) == sorted([OTHER_SPEECH, NEW_WORDS])
    assert not editor.has_unsaved()
    # Shown: their consent in the list, their turns erased and read-only, the coding window erased.
    qtbot.waitUntil(lambda: consent_shown(editor, 0) == demographics.consent("withdrawn"), timeout=10_000)
    rows = editor.transcript.model.rows
    qtbot.waitUntil(lambda: all(r.redacted for r in rows if r.participant_id == study.withdrawn), timeout=10_000)
    assert [r.text for r in rows if r.participant_id == study.withdrawn] == [consent_rules.REDACTED] * 2
    assert not any(SPEECH[:10] in r.text or SPEECH_KU[:10] in r.text for r in rows)
    assert NEW_WORDS in [r.text for r in rows]
    editor.transcript.select(0)
    assert editor.transcript.edit.toPlainText() == consent_rules.REDACTED and editor.transcript.edit.isReadOnly()
    qtbot.waitUntil(lambda: coder.blocks[0].doc.text == consent_rules.REDACTED, timeout=10_000)
    assert len(reports) <= 1  # the copies made before, listed as on the Participants page


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_quotes_withdrawn_from_the_lists_context_menu_in_a_final_session(
        ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    """The Menu key on the selected person, Down to Withdraw consent…, Enter: quotes only. In a session
    made final too (a withdrawal comes after the session), as Record consent… is."""
    study = make_study(ctx.store)
    with ctx.store.transaction() as s:
        session = s.get(Session, study.session_id)
        assert session is not None
        session.status = "final"
    ctx.language.set_language(lang)
    editor = open_editor(ctx, qtbot, study.session_id)
    people_tab(editor, qtbot, 0)
    assert editor.is_read_only() and not editor.add_button.isEnabled()
    assert editor.withdraw_button.isEnabled()
    view = editor.people_view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    seen: list[str] = []
    chosen: list[list[str]] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        chosen.append([a.text() for a in menu.actions()])
        answered(qtbot, "quotes", seen)
        for _ in menu.actions():  # Down to it, Enter
            if menu.activeAction() is not None and menu.activeAction().text() == editor.withdraw_button.text():
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    cell = view.visualRect(view.currentIndex()).center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                   view.viewport().mapToGlobal(cell)))
    quoted_no_more = T("WithdrawalFlow", "%1 will never be quoted; the speech stays for analysis.").replace(
        "%1", study.pseudonym)
    qtbot.waitUntil(lambda: editor.status_line.text().startswith(quoted_no_more), timeout=20_000)
    assert chosen == [[editor.consent_button.text(), editor.withdraw_button.text()]]
    assert len(seen) == 1
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        scopes = set(s.scalars(select(ConsentRecord.withdrawal_scope).where(
            ConsentRecord.participant_id == study.withdrawn)))
    assert scopes == {"quotes"}
    qtbot.waitUntil(lambda: consent_shown(editor, 0) == demographics.consent("withdrawn_quotes"), timeout=10_000)
    # The speech stays for analysis: nothing erased in the transcript.
    assert [r.redacted for r in editor.transcript.model.rows] == [False] * 3
    assert turns(ctx, study.session_id)[study.turns[1]] == (study.withdrawn, SPEECH_KU)


def test_no_one_selected_is_said(ctx: AppContext, qtbot: QtBot) -> None:
    study, editor = editor_on(ctx, qtbot, "en")
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    editor.people_view.setCurrentIndex(editor.people.index(-1, -1))
    editor.withdraw_button.click()
    assert editor.status_line.text() == "Select a participant first."
    with ctx.store.session() as s:
        assert withdrawal.consent_state(s, study.withdrawn) != "erased"


def test_an_erasure_keeps_what_was_typed_for_others(ctx: AppContext, qtbot: QtBot) -> None:
    """An erasure the editor hears of (a withdrawal run elsewhere in the app) shows their turns erased
    and leaves the text typed for someone else on screen, still to be saved."""
    study, editor = editor_on(ctx, qtbot, "ckb")
    edit = editor.transcript.edit
    edit.setFocus()
    press(edit, Qt.Key.Key_2, CTRL)
    type_text(edit, NEW_WORDS)
    withdraw: Callable[[Any], Any] = lambda st: withdrawal.withdraw_participant(  # noqa: E731
        st, participant_id=study.withdrawn, scope="all")
    CollectionOp.on_store(ctx, withdraw).run_in_background()
    assert ctx.tasks.drain(10_000)
    rows = editor.transcript.model.rows
    qtbot.waitUntil(lambda: [r.text for r in rows if r.participant_id == study.withdrawn]
                    == [consent_rules.REDACTED] * 2, timeout=10_000)
    assert editor.has_unsaved() and rows[-1].text == NEW_WORDS and edit.toPlainText() == NEW_WORDS
    editor.flush()
    assert NEW_WORDS in [text for _pid, text in turns(ctx, study.session_id).values()]


def rect_in_sight(widget: QWidget, rect: QRect) -> bool:
    """``rect`` of ``widget`` whole in every scroll area around it (tests.ui_helpers.in_view, for a part)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            port = parent.viewport()
            if not port.rect().contains(QRect(widget.mapTo(port, rect.topLeft()), rect.size())):
                return False
        parent = None if parent.isWindow() else parent.parentWidget()
    return True


def where_it_stands(window: QWidget, editor: FocusGroupEditor, widget: QWidget) -> str:
    """Why ``widget`` is or is not in sight, for a failure's message: each scroll area around it (its bar,
    viewport, the widget's place there), the focus, the tab and page sizes, the window and its screen."""
    parts = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            bar, port = parent.verticalScrollBar(), parent.viewport()
            place = QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())
            parts.append(f"{parent.objectName() or type(parent).__name__}: bar {bar.value()}/{bar.maximum()}, "
                         f"viewport {port.size().toTuple()}, widget at {place.getRect()}")
        parent = None if parent.isWindow() else parent.parentWidget()
    focus = QApplication.focusWidget()
    page = editor.tabs.currentWidget()
    screen = window.screen()
    parts.append(f"focus {type(focus).__name__} {focus.objectName() if focus else ''}; tab {editor.tabs.currentIndex()}"
                 f" {editor.tabs.size().toTuple()}, page {page.size().toTuple() if page else None}; window "
                 f"{window.size().toTuple()} on {screen.size().toTuple() if screen else None}; "
                 f"{widget.size().toTuple()} wanting {widget.sizeHint().toTuple()}, visible {widget.isVisible()}")
    return "; ".join(parts)


def laptop_editor(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                  monkeypatch: pytest.MonkeyPatch) -> tuple[QWidget, FocusGroupEditor]:
    """A focus group open at 20 points on a 1366x768 laptop at 150 %, loaded and its Participants tab built,
    as it is by the time a person reaches for the tab (the tab is built a few turns after the editor shows),
    the frame around the editor at its top."""
    group = focus_group(store, 3, language="ar")
    consent_for(store, group.participants[0], group.session_id)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.open_session(group.session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded and editor.tabs.widget(PEOPLE_TAB).findChild(QTableView) is not None)
    assert window.ctx.tasks.drain(10_000)
    settle()
    assert editor.tabs.currentIndex() != PEOPLE_TAB
    # The person has gone up to the session's title and buttons (the wheel, Shift+Tab to Back): the
    # frame at its top, wherever the transcript had it.
    bar = frame_of(editor).verticalScrollBar()
    assert bar.maximum() > 0, "the test wants an editor taller than its frame"
    bar.setValue(0)
    settle()
    return window, editor


def withdraw_whole_in_sight(window: QWidget, editor: FocusGroupEditor, qtbot: QtBot) -> QPushButton:
    withdraw = editor.withdraw_button

    def laid_out() -> bool:
        # Under a loaded CI the scroll area settles over several passes of the event loop: wait for the
        # layout, not for a fixed time; the assertion below still says what is wrong when it never comes.
        settle()
        return withdraw.isVisible() and in_view(withdraw) and withdraw.width() >= withdraw.sizeHint().width()

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(laid_out, timeout=5_000)
    assert withdraw.isVisible() and in_view(withdraw) and withdraw.width() >= withdraw.sizeHint().width(), \
        where_it_stands(window, editor, withdraw)
    return withdraw


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_tab_reads_whole_at_20_points_on_a_laptop(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 20 points on a 1366x768 laptop at 150 %, the Participants tab chosen by its Alt letter: Withdraw
    consent… whole and in sight, after Record consent… in reading order (right to left in Arabic and
    Kurdish), two people of the list in sight under the buttons, nothing scrolling sideways, and the list's
    context menu holding its words whole.

    The editor is taller than its frame there, and the tab's buttons at its foot were 20 pixels under the
    frame's edge: the frame stayed where it was when the tab was chosen. The test (choosing the tab as soon as
    the session was read) passed where the tab was not built yet (the focus fell on the empty tab, which the
    frame scrolled to) and failed under load, where it was built but the transcript's own scroll not yet
    done (the focus went to the list at the tab's top, already in sight). Now the frame is at its top first."""
    try:
        window, editor = laptop_editor(manager, store, qtbot, lang, monkeypatch)
        alt(editor.tabs.tabText(PEOPLE_TAB))
        assert editor.tabs.currentIndex() == PEOPLE_TAB
        buttons = [editor.add_button, editor.remove_button, editor.consent_button, editor.withdraw_button]
        withdraw = withdraw_whole_in_sight(window, editor, qtbot)
        rtl = lang != "en"
        assert withdraw.isRightToLeft() == rtl
        for before, after in zip(buttons, buttons[1:], strict=False):  # as they read: along a line, then the next
            a, b = before.geometry(), after.geometry()
            along = b.right() < a.left() if rtl else b.left() > a.right()
            assert (b.top() == a.top() and along) or b.top() > a.top(), (lang, before.text(), after.text(), a, b)
        view = editor.people_view
        rows = [view.visualRect(editor.people.index(r, 0)).united(view.visualRect(editor.people.index(r, 2)))
                for r in range(2)]
        assert all(rect_in_sight(view.viewport(), r) and view.viewport().rect().contains(r) for r in rows), rows
        frames = [a for a in window.findChildren(QScrollArea) if a.isVisible() and a.isAncestorOf(view)]
        assert not any(f.horizontalScrollBar().isVisible() for f in frames)
        select_row(view, 0)
        assert _context_menu_cut(view, qtbot) == []
    finally:
        manager.set_font_size(None)


def test_the_tab_clicked_shows_withdraw_whole(manager: LanguageManager, store: Store, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The same tab clicked: the frame follows the focus for no click (what is clicked is in sight), but the
    tab's foot was not."""
    try:
        window, editor = laptop_editor(manager, store, qtbot, "ckb", monkeypatch)
        bar = editor.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         bar.tabRect(PEOPLE_TAB).center())
        assert editor.tabs.currentIndex() == PEOPLE_TAB
        withdraw_whole_in_sight(window, editor, qtbot)
    finally:
        manager.set_font_size(None)


def test_no_withdrawal_while_the_transcript_is_not_saved(ctx: AppContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A save that fails (a full disk, the database busy in another program: the editor's ``_save`` says why
    and answers False, as here) leaves words on screen only: the withdrawal waits, since an erasure takes
    the words as the database holds them (a turn of theirs on screen only would escape it, and every later
    save of the transcript fail). Before, the dialog opened and the erasure went ahead."""
    study, editor = editor_on(ctx, qtbot, "en")
    opened: list[str] = []
    monkeypatch.setattr(withdrawal_flow, "start", lambda *args: opened.append("dialog"))
    edit = editor.transcript.edit
    edit.setFocus()
    type_text(edit, NEW_WORDS)  # the words of the first seat, the one who withdraws
    monkeypatch.setattr(editor, "_save", lambda: False)
    people_tab(editor, qtbot, 0)
    editor.withdraw_button.click()
    assert editor.has_unsaved() and opened == []
    assert editor.status_line.text().startswith("Not withdrawn: the transcript on screen could not be saved")
    monkeypatch.undo()  # the disk has room again: the same click saves and opens the dialog
    monkeypatch.setattr(withdrawal_flow, "start", lambda *args: opened.append("dialog"))
    editor.withdraw_button.click()
    assert not editor.has_unsaved() and opened == ["dialog"]
    assert any(NEW_WORDS in text for _pid, text in turns(ctx, study.session_id).values())
