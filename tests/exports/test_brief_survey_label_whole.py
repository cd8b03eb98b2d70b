"""The evidence brief's survey table shortens a long question to 60 characters where a character ends.

A survey question's label longer than 60 characters was cut at 59 code points and given "…": a
question with a flag (🇮🇶) there printed half of it (a lone regional indicator, a box in the
workbook), an emoji lost its skin tone. The workbook now shows whole characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTextBoundaryFinder

from desktop.core import recommendations, survey_stats
from desktop.core.db import Store
from desktop.core.models import EvidenceLink
from desktop.exports.brief_xlsx import write_brief_xlsx
from tests.demo_stores import demo_store_fixture

# A flag's halves at characters 58 and 59; a thumb at 58, its skin tone at 59.
QUESTIONS = {
    "ar": "هل تعتقد أن الانتخابات القادمة ستكون عادلة للكل في العراق 🇮🇶 أم لا؟",
    "ckb": "ئایا پێت وایە هەڵبژاردنەکانی داهاتوو دادپەروەر دەبێ بۆ تۆ 👍🏽 یان 👎🏽؟",
}

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_long_survey_question_is_shortened_whole(store: Store, tmp_path: Path, lang: str) -> None:
    full = QUESTIONS[lang]
    assert full[58] in "\U0001f1ee\U0001f44d"
    with store.transaction() as s:
        links = [link for r in recommendations.live(s) for link in recommendations.links(s, r.id)
                 if link.kind == "survey"]
        assert links
        link = s.get(EvidenceLink, links[0].id)
        assert link is not None and link.survey_id
        question = survey_stats.question(s, link.survey_id, link.question)
        setattr(question, f"label_{lang}", full)
        rec_id = link.recommendation_id
    out = tmp_path / f"brief-{lang}.xlsx"
    write_brief_xlsx(store, out, rec_id=rec_id, lang=lang)
    ws = load_workbook(out).worksheets[0]
    shown = [str(row[0]) for row in ws.iter_rows(values_only=True) if str(row[0] or "").startswith(full[:20])]
    assert shown
    for label in shown:
        stem = label.split(" (")[0]  # after it, the group the figure is of: "(البصرة)"
        assert stem.endswith("…") and full.startswith(stem[:-1]), label
        assert _qt_boundary(full, len(stem) - 1), label
