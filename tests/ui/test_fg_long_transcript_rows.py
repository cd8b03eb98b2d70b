"""A long focus-group transcript lays out the turns in sight, and keeps them whole when the window changes.

Opening a three-hour session (900 turns of a few hundred characters, Arabic and Kurdish with Latin names
and digits) laid out every cell of every turn on the UI thread before the facilitator could type; and
the turns' heights were those of the width at opening: after the window was made narrower, the turns
in sight, the one being typed too, ended in "…" with their last words hidden.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts
from desktop.core.db import Store, open_store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.turn_delegate import TurnDelegate
from desktop.ui.focus_group.turns_model import COLUMNS
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.stores import fresh_store
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group

TURNS, SEATS = 900, 12
SAID = [
    "نحن في البصرة نعاني من انقطاع الكهرباء منذ سنة 2019 ولم يتغير شيء رغم الوعود",
    "المجلس البلدي لم يستمع إلينا، وقد كتبنا رسالة إلى Dr. Hassan في 12 آذار",
    "ئێمە دەمانەوێت دەنگمان بگات بە ئەنجومەن و حکومەتی خۆجێیی",
    "لە ساڵی 2021 دا کۆبوونەوەیەکمان کرد لەگەڵ UNDP بەڵام هیچ گۆڕانکارییەک نەبوو",
]


class CountingDelegate(TurnDelegate):
    """The turn delegate, noting each row it is asked to lay out."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.rows: list[int] = []
        self.cells: list[tuple[int, int]] = []

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.cells.append((index.row(), index.column()))
        if index.column() == COLUMNS.index("text"):
            self.rows.append(index.row())
        return super().sizeHint(option, index)


def long_session(store: Store) -> str:
    sid = new_focus_group(store)
    with store.transaction() as s:
        seated = [participants.add_to_session(s, sid).id for _ in range(SEATS)]
    for pid in seated:
        consent_for(store, pid, sid)
    pick = random.Random(9)
    turns: list[tuple[str | None, str, str]] = []
    for i in range(TURNS):
        text = " ".join(pick.choice(SAID) for _ in range(pick.randint(2, 5)))
        speaker = None if i % 6 == 0 else pick.choice(seated)
        turns.append((speaker, text, f"{i // 300}:{i // 5 % 60:02d}:00"))
    with store.transaction() as s:  # at positions 1, 2, 3, …, as an imported text's turns are added
        transcripts.add_turns(s, sid, turns, 1.0)
    return sid


@pytest.fixture(scope="module")
def long_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The long session written once per module (900 turns added one by one: seconds of CPU), in a
    closed database file each test gets its own copy of (``store`` below): no test's edits reach another."""
    path = tmp_path_factory.mktemp("long-session") / "long.db"
    made = fresh_store(path, PASSPHRASE, "test laptop")
    try:
        sid = long_session(made)
    finally:
        made.close()
    assert not path.with_name(path.name + "-wal").exists()  # all of it in the one file copied
    return path, sid


@pytest.fixture
def store(db_path: Path, long_template: tuple[Path, str]) -> Iterator[Store]:
    """A copy of the long session's database, opened as the app opens one (the real SQLCipher file)."""
    shutil.copyfile(long_template[0], db_path)
    opened_store = open_store(db_path, PASSPHRASE)
    yield opened_store
    opened_store.close()


@pytest.fixture
def sid(long_template: tuple[Path, str]) -> str:
    return long_template[1]


def opened(ctx: AppContext, qtbot: QtBot, sid: str, width: int) -> tuple[FocusGroupEditor, CountingDelegate]:
    editor = FocusGroupEditor(ctx, sid)
    qtbot.addWidget(editor)
    delegate = CountingDelegate(editor.transcript.view)  # before the turns arrive from the worker thread
    editor.transcript.view.setItemDelegate(delegate)
    editor.resize(width, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    QTest.qWait(20)
    return editor, delegate


def rows_in_sight(editor: FocusGroupEditor) -> range:
    view = editor.transcript.view
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model().rowCount() - 1) + 1)


def test_opening_and_typing_lay_out_the_turns_in_sight_only(ctx: AppContext, qtbot: QtBot, sid: str) -> None:
    editor, delegate = opened(ctx, qtbot, sid, 1366)
    panel = editor.transcript
    assert panel.current == TURNS - 1
    laid_out = set(delegate.rows)
    assert TURNS - 1 in laid_out and len(laid_out) < 60, f"{len(laid_out)} of {TURNS} turns laid out at opening"
    assert TURNS - 1 in rows_in_sight(editor) and not cut_turns(editor)

    delegate.rows.clear()
    type_text(panel.edit, " وكذلك في Zubair")
    assert set(delegate.rows) == {TURNS - 1}  # each key: the turn being typed, no other
    assert len(delegate.rows) <= 3 * len(" وكذلك في Zubair")
    delegate.rows.clear()
    editor.flush()  # the autosave
    assert delegate.rows == []
    with ctx.store.session() as s:
        assert transcripts.load(s, sid)[-1].text.endswith(" وكذلك في Zubair")
    close_editor(editor)


def cut_turns(editor: FocusGroupEditor) -> list[int]:
    """The turns in sight shorter than their words (cut, ending in "…")."""
    view = editor.transcript.view
    return [row + 1 for row in rows_in_sight(editor) if view.rowHeight(row) < view.sizeHintForRow(row)]


def test_turns_in_sight_stay_whole_after_the_window_narrows(ctx: AppContext, qtbot: QtBot, sid: str) -> None:
    editor, delegate = opened(ctx, qtbot, sid, 1366)
    view = editor.transcript.view
    delegate.rows.clear()
    editor.resize(900, 700)
    # The turn being typed still in view, and every turn in sight whole.
    qtbot.waitUntil(lambda: TURNS - 1 in rows_in_sight(editor) and not cut_turns(editor), timeout=3000)
    assert len(set(delegate.rows)) < 60  # the turns in sight, not the whole transcript
    view.scrollToTop()  # turns far above, never in sight before, are whole when they come in sight
    qtbot.waitUntil(lambda: rows_in_sight(editor)[0] == 0 and not cut_turns(editor), timeout=3000)
    close_editor(editor)


def test_a_window_resized_lays_out_the_turns_in_sight_not_every_speaker_and_time(ctx: AppContext, qtbot: QtBot, sid: str) -> None:
    """The speaker and time columns were sized to their contents: each step of a window being resized
    measured their cells in up to 1,000 turns (a quarter of a second for 1,500 turns)."""
    ctx.language.set_language("ar")
    editor, delegate = opened(ctx, qtbot, sid, 1366)
    for width in (1200, 1000, 1300):
        delegate.cells.clear()
        editor.resize(width, 700)
        qtbot.waitUntil(lambda: not cut_turns(editor), timeout=3000)
        QTest.qWait(10)
        assert len(delegate.cells) < 200, f"{len(delegate.cells)} cells laid out for one resize"
    view = editor.transcript.view
    seated = [p.code for p in editor.people.rows]
    for column, texts in ((COLUMNS.index("speaker"), ["الميسر", *seated]), (COLUMNS.index("timestamp"), ["٢:٥٩:٠٠"])):
        for text in texts:  # every speaker and time stamp whole in its column
            assert view.fontMetrics().horizontalAdvance(text) < view.columnWidth(column), text
    for row in rows_in_sight(editor):
        for column in (COLUMNS.index("speaker"), COLUMNS.index("timestamp")):
            assert view.sizeHintForIndex(view.model().index(row, column)).width() <= view.columnWidth(column)
    ctx.language.set_language("ckb")  # another language, another word for the facilitator
    QTest.qWait(20)
    assert view.fontMetrics().horizontalAdvance("ئاسانکار") < view.columnWidth(COLUMNS.index("speaker"))
    close_editor(editor)
