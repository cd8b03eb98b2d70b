"""A participant's words shortened in a list keep every character whole (Recommendations page).

The "Coded segment" box listed a quote's first 90 characters and the evidence links its first 80,
cut at exactly that many code points: an emoji lost its skin tone, a flag was halved (a lone regional
indicator, drawn as a box or a letter). They now end where a character ends, with "…" when cut.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTextBoundaryFinder

from desktop.core import recommendations
from desktop.core.models import CodedSegment, TranscriptTurn
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import build

# P5's turn (session S2), coded B as a whole: a flag at characters 79-80, a thumb and its tone at 89-90.
LONG = ("ئەنجامەکان دەبێت زوو ڕابگەیەنرێن، ئێمە بە ئاڵای کوردستان و عێراق دەنگمان دا بە "
        "🇮🇶 دڵخۆشین👍🏽 چونکە ئەمجارە هەموومان بەشداریمان کرد.")


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _whole_start(shown: str) -> bool:
    """Whether ``shown`` is LONG, or its start cut where a character ends and marked with "…"."""
    if shown == LONG:
        return True
    stem = shown.removesuffix("…")
    if stem == shown or not LONG.startswith(stem):
        return False
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, LONG)
    finder.setPosition(_units(stem))
    return finder.isAtBoundary()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_quotes_listed_short_end_with_a_whole_character(ctx: Any, qtbot: Any, tmp_path: Path, lang: str) -> None:
    assert LONG.index("🇮🇶") == 79 and LONG.index("🏽") == 90
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec_id = recommendations.create(s, {"title_en": "Results"}).id
        turn = s.get(TranscriptTurn, world.turns["T6"])
        seg = s.get(CodedSegment, world.segments["seg5"])
        assert turn is not None and seg is not None
        turn.text, seg.start, seg.end, seg.quote = LONG, 0, len(LONG), LONG
    with ctx.store.transaction() as s:
        recommendations.link_segment(s, rec_id, world.segments["seg5"])
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
        model = view.links_model  # the Evidence table: its "What" column
        (linked,) = [model.index(row, 1).data() for row in range(model.rowCount())
                     if model.rows[row].kind == "segment"]
        assert linked != LONG and _whole_start(linked), linked
        assert "\U0001f1ee" not in linked  # not half the flag
        combo = view.segment_combo
        view.code_combo.setCurrentIndex(view.code_combo.findData(world.codes["B"]))
        qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
        texts = [combo.itemText(i) for i in range(combo.count())]
        page.grab().save(str(tmp_path / f"quotes_{lang}.png"))
        (listed,) = [t.removeprefix("X-P5: ") for t in texts if t.startswith("X-P5: ")]
        assert listed != LONG and _whole_start(listed), listed
        assert "👍🏽" in listed or "👍" not in listed  # the thumb with its tone, or not at all
    finally:
        ctx.language.set_language("en")
