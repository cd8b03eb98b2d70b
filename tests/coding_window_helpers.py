"""The coding window in tests: a researcher's context in each interface language, a focus group to code,
the window opened on a session and shown (at 20 points too), words selected as a mouse selects them
(UTF-16 positions in the view)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session as OrmSession

from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner


def coder_context_fixture(user_name: str = "amal") -> Callable[..., Any]:
    """A test module's ``ctx``: the context of ``user_name`` coding, once in each language."""

    @pytest.fixture(params=["ar", "ckb", "en"])
    def ctx(request: pytest.FixtureRequest, manager: LanguageManager, store: Store) -> Iterator[AppContext]:
        manager.set_language(request.param)
        context = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name=user_name)
        yield context
        assert context.tasks.drain(10_000)

    return ctx


#: A Kurdish line of a Basra focus group ("we have no water in our neighbourhood, and little power").
BASRA_TURN = "ئاو لە گەڕەکەکەمان نییە و کارەبا کەمە."


def basra_focus_group(s: OrmSession, texts: Sequence[str] = (BASRA_TURN,)) -> tuple[str, list[str]]:
    """A focus group in Basra added in ``s`` (a transaction) with a transcript turn for each of ``texts``,
    in order: the session's id and the turns' ids."""
    session = Session(kind="focus_group", title="بەسرە", date=dt.date(2026, 12, 6), governorate="basra")
    s.add(session)
    s.flush()
    turns = [TranscriptTurn(session_id=session.id, position=float(n), text=text) for n, text in enumerate(texts)]
    s.add_all(turns)
    s.flush()
    return session.id, [turn.id for turn in turns]


@contextmanager
def at_20_points(ctx: AppContext) -> Iterator[None]:
    """The interface at 20 points for the block, and at the usual size again after it, failed or not."""
    ctx.language.set_font_size(20.0)
    try:
        yield
    finally:
        ctx.language.set_font_size(None)


def shown_window(ctx: AppContext, qtbot: QtBot, session_id: str, size: tuple[int, int] = (1000, 700), *,
                 active: bool = True) -> CodingWorkspace:
    """The coding window of ``session_id``, on screen (and the active window: keys go to it)."""
    window = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window


def select_words(ws: CodingWorkspace, words: str, turn: int = 0, *, focus: bool = False,
                 visible: bool = False) -> QTextCursor:
    """``words`` of the ``turn``-th block selected in the view, first to last (the caret after them)."""
    block = ws.blocks[turn]
    start = block.doc.text.index(words)
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.to_doc(start))
    cursor.setPosition(block.to_doc(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    if visible:
        ws.view.ensureCursorVisible()
    if focus:
        ws.view.setFocus()
    return cursor
