"""Control characters a bundle may bring in a long text (NEL U+0085, U+009C: what XML 1.0 admits, see
tests/awkward_data.py) showed as empty boxes in Retrieval's Coded text and Memo cells, their tooltips,
and Search's snippets. A NEL (and CR LF) is shown as a line break; the others are left out of the view.
The stored text keeps them (the coding's offsets count them)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.core.sanitise import readable, readable_in_place
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from desktop.ui.reports.search_tab import snippet_html

SAID = "قال الناس\x85إن المجلس\x9c لم يفعل شيئا\r\nأبدا"
MEMO = "ملاحظة\x85على\x9cالقول"
CODED_TEXT, MEMO_COLUMN = 5, 8  # retrieval_tab.retrieved_columns


def _boxes(text: str) -> list[str]:
    """The characters of ``text`` a font draws as an empty box: controls other than tab and line feed."""
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n"]


def test_readable_keeps_words_and_breaks() -> None:
    assert readable(SAID) == "قال الناس\nإن المجلس لم يفعل شيئا\nأبدا"
    assert readable("a\u2028b\rc\td\x07") == "a\nb\nc\td"
    assert readable("نص عادي") == "نص عادي"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_retrieval_and_search_show_no_boxes(ctx: AppContext, manager: LanguageManager, qtbot: QtBot,
                                            lang: str) -> None:
    with ctx.store.transaction(replicating=True) as s:  # as a bundle stores it
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 3, 5), language="ar")
        code = Code(name_en="Services", name_ar="الخدمات", name_ckb="خزمەتگوزاری")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=SAID)
        s.add(turn)
        s.flush()
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(SAID), "demo", memo=MEMO)
        code_id = code.id
    manager.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    r = page.retrieval
    r.code.setCurrentIndex(r.code.findData(code_id))
    r.run_btn.click()
    qtbot.waitUntil(lambda: r.model.rowCount() == 1)
    assert r.results[0].text == SAID  # the stored words keep their characters
    for column in (CODED_TEXT, MEMO_COLUMN):
        for role in (0, 3):  # display, tooltip
            shown = r.model.data(r.model.index(0, column), role)
            assert shown and _boxes(shown) == [], (column, role, shown)
    assert "\n" in r.model.data(r.model.index(0, CODED_TEXT))  # NEL is a line break, the words apart

    tab = page.search
    tab.query.setText("المجلس")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1)
    html = snippet_html(tab.hits[0])
    assert _boxes(html) == [] and "المجلس" in html


def test_the_coding_window_shows_no_boxes_and_its_codings_keep_their_words(ctx: AppContext, manager: LanguageManager,
                                                                          qtbot: QtBot) -> None:
    """The coding window showed the same boxes; its positions count the stored text, so each control
    is shown as one character of the same length: a coding after them still marks its own words."""
    from desktop.ui.coding.workspace import CodingWorkspace

    assert len(readable_in_place(SAID)) == len(SAID)
    with ctx.store.transaction(replicating=True) as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 3, 5), language="ar")
        code = Code(name_en="Services", name_ar="الخدمات", name_ckb="خزمەتگوزاری")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=SAID)
        s.add(turn)
        s.flush()
        start = SAID.index("لم يفعل")
        segment_id = coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", start,
                                       start + len("لم يفعل"), "demo").id
        session_id = session.id
    manager.set_language("ar")
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    ws.show()
    qtbot.waitUntil(lambda: bool(ws.segments))
    shown = ws.view.document().toPlainText()
    assert "الناس" in shown and _boxes(shown.replace("\u2028", "\n")) == []
    assert "\x85" not in shown and "\x9c" not in shown
    assert ws.focus_segment(segment_id)  # as Retrieval opens it: its words selected, as stored
    assert ws.view.textCursor().selectedText() == "لم يفعل"
