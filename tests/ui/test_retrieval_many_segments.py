"""The Reports page's retrieval of a code with ten thousand segments (a campaign's most used code).

Before, the list sized every row to its words on the UI thread once the segments arrived
(``resizeRowsToContents`` over word-wrapped quotes and memos): the window stood still for about six
seconds on this machine, twelve for twenty thousand. Now only the rows in sight are sized, and each
other row when scrolling brings it there: the window keeps painting, and every row read is still as
tall as its words (or as the table, where they need more).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import CodedSegment, Participant, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from desktop.ui.reports.retrieval_tab import RetrievalTab

SEGMENTS = 10_000
TURNS = 1_000
MEMO = ("ملاحظة طويلة عن سبب الترميز: المشاركة تربط ضعف الإقبال بقانون الانتخابات وبُعد المراكز عن القرى، "
        "وتكرر الفكرة في جلسات أخرى ") * 3
STILL_MS = 1_500  # the longest the event loop may stand still (it was about 6,000 ms)


def _coded(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل ٣", date=dt.date(2026, 1, 5), governorate="erbil")
        person = Participant(code="ERB-FG03-P01", gender="female", age_band="18-29")
        s.add_all([sess, person])
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), participant_id=person.id,
                                text=f"قانون الانتخابات رقم {i} 👍🏽 يجب أن يتغير لأن المشاركة ضعيفة في القرى")
                 for i in range(TURNS)]
        s.add_all(turns)
        s.flush()
        code = codebook.create_code(s, name_ar="قانون الانتخابات", name_en="Electoral law")
        s.add_all(CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turns[i % TURNS].id,
                               doc_field="text", start=0, end=16 + i // TURNS, coder=f"coder{i // TURNS}",
                               quote=turns[i % TURNS].text[:16 + i // TURNS], memo=MEMO if i % 7 == 0 else "",
                               needs_review=False)
                  for i in range(SEGMENTS))
        return code.id


def _longest_stall(qtbot: QtBot, tab: RetrievalTab) -> int:
    clock, longest, last = QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        longest[0] = max(longest[0], clock.elapsed() - last[0])
        last[0] = clock.elapsed()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    tab.run()
    qtbot.waitUntil(lambda: tab.model.rowCount() == SEGMENTS, timeout=120_000)
    qtbot.wait(100)
    timer.stop()
    return longest[0]


def _fits_its_words(tab: RetrievalTab, row: int) -> bool:
    """As tall as its words, or as the table where they need more (tests/ui/test_retrieval_long_segment_in_sight.py)."""
    words = max(tab.table.sizeHintForRow(row), tab.table.verticalHeader().minimumSectionSize())
    return tab.table.rowHeight(row) == min(words, tab.table.viewport().height())


def test_ten_thousand_segments_listed_without_freezing(ctx: AppContext, qtbot: QtBot) -> None:
    code_id = _coded(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.tabs.setCurrentWidget(page.retrieval)
    tab = page.retrieval
    tab.code.setCurrentIndex(tab.code.findData(code_id))
    stall = _longest_stall(qtbot, tab)
    assert stall < STILL_MS, f"the window stood still for {stall} ms while the segments were listed"

    first_memo = next(i for i, r in enumerate(tab.results) if r.memo)
    tab.table.scrollTo(tab.model.index(first_memo, 0))
    qtbot.wait(50)
    assert _fits_its_words(tab, first_memo)
    assert tab.table.rowHeight(first_memo) > tab.table.rowHeight(first_memo + 1)  # its memo wraps

    tab.table.scrollToBottom()
    qtbot.wait(50)
    in_sight = _in_sight(tab)
    assert in_sight[-1] == SEGMENTS - 1
    assert all(_fits_its_words(tab, row) for row in in_sight)


def _in_sight(tab: RetrievalTab) -> list[int]:
    table, rows = tab.table, []
    row = table.rowAt(0)
    while 0 <= row < tab.model.rowCount() and table.rowViewportPosition(row) < table.viewport().height():
        rows.append(row)
        row += 1
    return rows
