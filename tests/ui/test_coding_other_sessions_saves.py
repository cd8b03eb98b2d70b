"""A save in another session leaves an open coding window alone; a save in its own session shows.

Change events carried only table names: any saved transcript turn, agenda item or decision, of any
session, built the open coding window's whole text again (about a second with a long transcript,
the reader's selection set again). They now name the sessions whose rows were written.
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.core import change_set
from desktop.core.models import AgendaItem, Decision, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

ctx = coder_context_fixture()


def _two_sessions(ctx: AppContext) -> tuple[str, str, str, str]:
    with ctx.store.transaction() as s:
        ours = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        other = Session(kind="roundtable", title="هەولێر", date=dt.date(2023, 1, 6), governorate="erbil")
        s.add_all([ours, other])
        s.flush()
        our_turn = TranscriptTurn(session_id=ours.id, position=0.0, text="نريد قانوناً عادلاً للانتخابات.")
        other_turn = TranscriptTurn(session_id=other.id, position=0.0, text="کۆمسیۆن زۆر دواکەوت.")
        s.add_all([our_turn, other_turn])
        s.flush()
        return ours.id, other.id, our_turn.id, other_turn.id


def _run(ctx: AppContext, op) -> None:  # type: ignore[no-untyped-def]
    CollectionOp(ctx, op).run_in_background()
    assert ctx.tasks.drain(10_000)


def test_another_sessions_saves_leave_the_window_alone_its_own_show(ctx: AppContext, qtbot: QtBot) -> None:
    ours, other, our_turn, other_turn = _two_sessions(ctx)
    ws = shown_window(ctx, qtbot, ours)
    cursor = select_words(ws, "قانوناً", focus=True)
    built = ws.blocks

    def edit_other(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, other_turn).text = "کۆمسیۆن زۆر زۆر دواکەوت."
        s.add(AgendaItem(session_id=other, position=1.0, title="ژنان"))
        s.add(Decision(session_id=other, position=1.0, text="بڕیار"))

    _run(ctx, edit_other)
    assert ws.blocks is built  # not built again
    assert ws.view.textCursor().selectionStart() == cursor.selectionStart()

    _run(ctx, lambda s: setattr(s.get(TranscriptTurn, our_turn), "text", "نريد قانوناً عادلاً للانتخابات الآن."))
    assert ws.blocks is not built
    assert ws.blocks[0].doc.text == "نريد قانوناً عادلاً للانتخابات الآن."

    # A change that cannot say which session (a bulk write, a bundle imported) still reloads.
    built = ws.blocks
    ctx.events.changed.emit({"transcript_turn"})
    assert ws.blocks is not built


def test_the_change_set_names_the_sessions_written(ctx: AppContext) -> None:
    ours, other, our_turn, _ = _two_sessions(ctx)
    with change_set.collect() as touched, ctx.store.transaction() as s:
        s.get(TranscriptTurn, our_turn).text = "…"
    assert "transcript_turn" in touched and touched.sessions == {ours}
    assert change_set.concerns_session(touched, ours) and not change_set.concerns_session(touched, other)
    with change_set.collect() as touched, ctx.store.transaction() as s:
        s.execute(update(TranscriptTurn).where(TranscriptTurn.id == our_turn).values(position=2.0))
    assert touched.sessions is None  # a statement does not say: any session
    assert change_set.concerns_session({"transcript_turn"}, other)
