"""A memo found by the Reports page's search says which session it belongs to. Memos written on a
coded segment (or on a turn) were indexed without a session: their hit read " · Memo", nobody could
tell which focus group it was about, and activating it opened nothing. A memo on a code belongs to no
session and says only "Memo"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding, sessions, transcripts
from desktop.core.models import Memo
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.common import session_name
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.ui_helpers import reports_search_tab

T = QApplication.translate
TITLE = "گفتوگۆی هەولێر"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def _memos(ctx: AppContext) -> str:
    sid = sessions.create_session(ctx.store, "focus_group", title=TITLE, governorate="erbil",
                                  date=dt.date(2026, 11, 20))
    with ctx.store.transaction() as s:
        turn = transcripts.add_turn(s, sid, text="ئەنجومەن بەڵێنی دا و هیچی نەکرد")
        code = codebook.create_code(s, name_ckb="متمانە")
        segment = coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 7, "tester")
        # Memos as a coordinator's bundle brings them: on a coded segment, on a turn, on a code.
        s.add(Memo(target_table="coded_segment", target_id=segment.id, title="تێبینی", text="بەڵێنی ئەنجومەن"))
        s.add(Memo(target_table="transcript_turn", target_id=turn.id, title="تێبینی دووەم",
                   text="بەڵێنی دووبارە"))
        s.add(Memo(target_table="code", target_id=code.id, title="کۆد", text="بەڵێنی گشتی"))
    return sid


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_memo_hit_names_its_session(lang: str, manager: LanguageManager, ctx: AppContext, qtbot: QtBot,
                                      tmp_path: Path) -> None:
    sid = _memos(ctx)
    manager.set_language(lang)
    page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("بەڵێنی")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 4)
    where = {h.text: tab.model.data(tab.model.index(i, 0)) for i, h in enumerate(tab.hits)}
    memo, turn = T("SearchTab", "Memo"), T("SearchTab", "Transcript")
    sep = " · " if lang == "en" else "، "
    named = session_name(TITLE, dt.date(2026, 11, 20))  # with its date (tests/ui/test_search_hits_name_their_date.py)
    assert where["بەڵێنی ئەنجومەن"] == f"{named}{sep}{memo}"  # was " · Memo" (then a middle dot, read as ٠)
    assert where["بەڵێنی دووبارە"] == f"{named}{sep}{memo}"
    # A memo on a code: no session, no dangling dot; the code named (it was "Memo" alone).
    assert where["بەڵێنی گشتی"] == T("SearchTab", "Memo on the code %1").replace("%1", "متمانە")
    assert where["ئەنجومەن بەڵێنی دا و هیچی نەکرد"] == f"{named}{sep}{turn}"

    opened: list[str] = []
    ctx.events.openCoding.connect(lambda session_id, *_: opened.append(session_id))
    row = next(i for i, h in enumerate(tab.hits) if h.doc_table == "memo" and h.session_id)
    tab.table.activated.emit(tab.model.index(row, 0))
    assert opened == [sid]  # the memo leads to its session's coding window
    tab.table.resizeColumnToContents(0)
    assert page.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"search_memo_{lang}.png"))
