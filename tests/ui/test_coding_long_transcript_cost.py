"""Coding in a long transcript costs what changed, not the whole transcript.

Every coding made, removed or arriving from elsewhere re-read the session's codings and painted
every highlight again: with 2,000 codings that was 100-400 ms of the UI thread after each Ctrl+K,
on top of the coding itself (the coding benchmark's 'apply' went from 27 ms to over a second).
Only the codings that changed are painted now; a renamed or recoloured code still repaints all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.models import Code, CodedSegment, Session, TranscriptTurn
from desktop.ui.coding import highlights
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import select_words, shown_window

TURN = "الدور {i} 👍🏽 خۆشحاڵم کە دەنگم دا، بەڵام کۆمسیۆن (IHEC) زۆر دواکەوت ٣ کاتژمێر 2018"
TURNS, CODED = 1500, 1000


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="بابل", date=dt.date(2023, 1, 5), governorate="babil")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=TURN.format(i=i)) for i in range(TURNS)]
        s.add_all(turns)
        s.flush()
        codes = [codebook.create_code(s, name_ar=f"رمز {i}").id for i in range(3)]
        s.add_all(CodedSegment(code_id=codes[i % 3], doc_table="transcript_turn", doc_id=t.id, doc_field="text",
                               start=0, end=8, coder="sara", quote=t.text[:8]) for i, t in enumerate(turns[:CODED]))
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id, (1100, 750), active=False)


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The codings whose highlight is built, in order."""
    seen: list[str] = []
    build = highlights.Highlights._highlight

    def counted(self, seg, code_rows, lang):  # type: ignore[no-untyped-def]
        seen.append(seg.id)
        return build(self, seg, code_rows, lang)

    monkeypatch.setattr(highlights.Highlights, "_highlight", counted)
    return seen


def _settled(ctx: AppContext, qtbot: QtBot, ws: CodingWorkspace, n: int) -> None:
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.view.extraSelections()) == n)
    qtbot.wait(20)  # the change announcement, which reads the codings again, has arrived too


def test_coding_removing_and_arrivals_paint_only_what_changed(ctx: AppContext, ws: CodingWorkspace, qtbot: QtBot,
                                                             painted: list[str]) -> None:
    with ctx.store.session() as s:
        code = codebook.live_codes(s)[0].id
    select_words(ws, turn=1200, words="(IHEC) زۆر")
    ws.apply_code(code)
    _settled(ctx, qtbot, ws, CODED + 1)
    assert len(painted) <= 2
    (new,) = [v for v in ws.segments if v.block is ws.blocks[1200]]
    assert ws.highlights._selections[new.id].cursor.selectedText() == "(IHEC) زۆر"
    painted.clear()
    ws.remove_segment(ws.segments[10].id)
    _settled(ctx, qtbot, ws, CODED)
    assert painted == []
    turn_id = ws.blocks[1400].doc.id
    CollectionOp(ctx, lambda s: coding.apply_code(s, code, "transcript_turn", turn_id, "text", 0, 5, "nour")) \
        .run_in_background()  # another coder's, from her bundle
    _settled(ctx, qtbot, ws, CODED + 1)
    assert len(painted) == 1
    # A renamed code: its name is in the margin beside every coding of it, all painted again.
    painted.clear()

    def rename(s):  # type: ignore[no-untyped-def]
        s.get(Code, code).name_ar = "رمز جديد"

    CollectionOp(ctx, rename).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(painted) == CODED + 1)
    assert len(ws.view.extraSelections()) == CODED + 1
