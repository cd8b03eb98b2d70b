"""Search at the centre after a day's bundles: a common word is in more turns than the list shows.

The list shows the first 200 hits and said "200 documents", read as the count of turns that use
the word (into a report due tomorrow), and "Code all hits" as coding every one of them. When more
match, the status line says only the first 200 are shown, that Code all hits codes only these, and
how to narrow the search; a search with fewer hits still says how many."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.models import Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage

SHOWN = 200  # what the list shows at most (search_tab.SHOWN)
CAPPED = ("Only the first %1 documents are shown (and Code all hits codes only these): more match. "
          "Add words to narrow the search.")


def test_more_hits_than_shown_are_said(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="Erbil FG 3")
        s.add(session)
        s.flush()
        s.add_all(TranscriptTurn(session_id=session.id, position=float(n), text=f"قانون الانتخابات {n}")
                  for n in range(SHOWN + 30))
        s.add(TranscriptTurn(session_id=session.id, position=999.0, text="مقاعد الكوتا"))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    tab = page.search
    tab.query.setText("قانون")
    tab.run()
    qtbot.waitUntil(lambda: tab.status.text() not in ("", "Working…"), timeout=30_000)
    assert tab.model.rowCount() == len(tab.hits) == SHOWN
    assert tab.status.text() == CAPPED.replace("%1", str(SHOWN))

    tab.query.setText("الكوتا")
    tab.run()
    qtbot.waitUntil(lambda: tab.status.text() == "1 document", timeout=30_000)
    assert tab.model.rowCount() == 1
