"""Text cut to a length keeps every character whole: an in-vivo code made in the coding window.

An in-vivo code is named by the selected words, cut near 60 characters. In a hashtag, a row of emoji
or a long word there is no space to cut at, and the name was cut at exactly 60 code points: half a
flag (a lone regional indicator, drawn as a box or a letter), a family emoji cut after a joiner, a
letter cut off from its kasra and shadda. The name now ends where a character ends, as Qt draws it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
# (turn, the name it must give): a flag's two halves at characters 59 and 60, a ZWJ family across
# character 60, a letter at 59 with its kasra and shadda after it. No space after the 30th character.
TURNS = [
    ("قال أحد الشباب: #نريد_فرص_عمل_للشباب_في_البصرة_والناصرية_🇮🇶🇮🇶 #العراق_ينتفض",
     "قال أحد الشباب: #نريد_فرص_عمل_للشباب_في_البصرة_والناصرية_🇮🇶…"),
    (f"کچێکی گەنج وتی: #ئێمە_دەمانەوێت_کار_بکەین_لە_هەولێر_بۆ{FAMILY} هەموومان",
     "کچێکی گەنج وتی: #ئێمە_دەمانەوێت_کار_بکەین_لە_هەولێر_بۆ…"),
    ("قال المشارك: #لا_للمحاصصة_الطائفية_ولا_للفساد_نريد_دولة_الحقِّ والقانون",
     "قال المشارك: #لا_للمحاصصة_الطائفية_ولا_للفساد_نريد_دولة_الح…"),
]

ctx = coder_context_fixture()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_utf16(text[:code_points]))
    return finder.isAtBoundary()


@pytest.fixture
def session_id(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="شباب البصرة", date=dt.date(2024, 3, 9), governorate="basra")
        s.add(sess)
        s.flush()
        for i, (text, _) in enumerate(TURNS):
            s.add(TranscriptTurn(session_id=sess.id, position=float(i), text=text, timestamp=f"0:0{i}:00"))
        return sess.id


def test_in_vivo_names_end_where_a_character_ends(ctx: AppContext, qtbot: QtBot, session_id: str) -> None:
    assert TURNS[0][0].index("🇮🇶🇮🇶") == 57 and TURNS[1][0].index(FAMILY) == 54
    assert TURNS[2][0].index("قِّ") == 59
    ws = shown_window(ctx, qtbot, session_id)
    for turn, (text, _) in enumerate(TURNS):
        select_words(ws, text, turn, focus=True)
        QTest.keyClick(ws.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        names = [c.name_ar or c.name_ckb or c.name_en for c in codebook.live_codes(s)]
    for text, expected in TURNS:
        (name,) = [n for n in names if text.startswith(n[:-1])]
        assert name.endswith("…") and _qt_boundary(text, len(name) - 1)
        assert name == expected
