"""The "Coded segment" box beside "Link this segment" listed a segment whose words were edited since it
was coded like any other, with its words as coded (which may be what the edit took out of the
transcript), although the brief will not quote it until its coding is reviewed and the quotes table
beside says "No: not until its coding is reviewed". It is now listed last, marked, without those words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core import recommendations
from desktop.core.models import CodedSegment, TranscriptTurn
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import build

REMOVED = "بسرعة"  # taken out of P1's second sentence (coded B, seg9) after it was coded

MARK = "%1, %2: edited since it was coded, not in the brief until its coding is reviewed"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_segment_box_marks_a_segment_edited_since_coded(ctx: Any, qtbot: Any, tmp_path: Path,
                                                            lang: str) -> None:
    world = build(ctx.store)  # code B: seg9 (P1, session S1, first in reading order) and seg5 (P5, S2)
    with ctx.store.transaction() as s:
        recommendations.create(s, {"title_en": "Cards"})
    with ctx.store.transaction() as s:
        turn = s.get(TranscriptTurn, world.turns["T1"])
        assert turn is not None
        turn.text = turn.text.replace(REMOVED, "[…]")
    with ctx.store.session() as s:
        edited = s.get(CodedSegment, world.segments["seg9"])
        assert edited is not None and edited.needs_review and edited.quote.endswith(REMOVED + ".")
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        view = page.view
        qtbot.waitUntil(lambda: view.current is not None, timeout=10_000)
        combo = view.segment_combo
        view.code_combo.setCurrentIndex(view.code_combo.findData(world.codes["B"]))
        qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
        texts = [combo.itemText(i) for i in range(combo.count())]
        page.grab().save(str(tmp_path / f"segments_{lang}.png"))
        assert not any(REMOVED in t for t in texts), texts
        mark = view.tr(MARK)
        if lang != "en":
            assert mark != MARK  # translated
        head, tail = mark.split("%1")[0], mark.split("%2")[1]
        assert texts[1].startswith(head + "X-P1") and texts[1].endswith(tail), texts  # the edited one: last, marked
        assert "S1 basra" in texts[1]  # its session
        assert texts[0] == "X-P5: ئەنجامەکان دەبێت زوو ڕابگەیەنرێن."  # the other one with its words
        assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == view.tr(
            "Open its session in the coding window and move the coding onto the words as they read now: "
            "then the brief may quote it.")
        assert combo.itemData(1) == world.segments["seg9"]  # still linkable: it counts as support
    finally:
        ctx.language.set_language("en")
