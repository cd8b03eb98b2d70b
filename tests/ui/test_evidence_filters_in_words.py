"""A linked code's saved filters on the Evidence list read as words of the screen's language: the
list showed "بەشداری (genders: ['female'])", the stored filters as Python text, in English, in a
Kurdish screen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.models import Code
from desktop.core.retrieval import Filters
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import build


@pytest.mark.parametrize(("lang", "digits", "expected"), [
    ("ckb", "arab", ("مێ", "بەسرە", "لە ١ی ئازاری ٢٠٢٣")),
    ("ar", "arab", ("أنثى", "البصرة", "من ١ آذار ٢٠٢٣")),
    ("en", "latn", ("female", "Basra", "from 1 March 2023")),
])
def test_a_linked_codes_filters_are_said_in_words(ctx: Any, qtbot: Any, lang: str, digits: str,
                                                 expected: tuple[str, ...]) -> None:
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Quota"}, date=dt.date(2022, 12, 1))
        recommendations.link_code(s, rec.id, world.codes["A"], filters=Filters(
            genders=frozenset({"female"}), governorates=frozenset({"basra"}), date_from=dt.date(2023, 3, 1)))
        name = s.scalars(select(Code).where(Code.id == world.codes["A"])).one()
    ctx.language.set_language(lang)
    ctx.language.set_digits(digits)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None and bool(page.view.links_model.rows), timeout=10_000)
        shown = page.view.links_model.data(page.view.links_model.index(0, 1))
        assert "genders" not in shown and "[" not in shown and "date_from" not in shown, shown
        for words in expected:
            assert words in shown, (words, shown)
        assert shown.startswith(name.name_ckb or name.name_ar if lang == "ckb" else getattr(name, f"name_{lang}"))
    finally:
        ctx.language.set_language("en")
        ctx.language.set_digits("latn")


def test_the_support_lines_age_bands_follow_the_digit_setting(ctx: Any, qtbot: Any) -> None:
    """'By age band: 18-24: ١, 25-34: ٢': the bands stayed in Latin digits beside Arabic-Indic counts."""
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_code(s, rec.id, world.codes["A"])
    ctx.language.set_language("ckb")
    ctx.language.set_digits("arab")
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
        text = page.view.support_label.text()
        assert "١٨-٢٤" in text and "18-24" not in text, text
    finally:
        ctx.language.set_language("en")
        ctx.language.set_digits("latn")


def test_two_survey_figures_of_one_question_are_told_apart(ctx: Any, qtbot: Any, tmp_path: Any) -> None:
    """Two figures of one question (Basra's 'yes', everyone's 'yes or don't know') were both listed as
    the question alone: which was which could not be seen before removing one."""
    from desktop.core.survey_import import import_survey
    from tests.kobo_export import write_kobo_xlsx

    gen = write_kobo_xlsx(tmp_path, 40)
    survey = import_survey(ctx.store, gen.data, gen.form)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes"],
                                    group_by="governorate", group_value="basra")
        recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes", "dont_know"])
    ctx.language.set_language("ckb")
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None and len(page.view.links_model.rows) == 2,
                        timeout=10_000)
        shown = [page.view.links_model.data(page.view.links_model.index(r, 1)) for r in range(2)]
        assert shown[0] == "ئایا پشتگیری لە کارتی بایۆمەتری دەکەیت؟ (بەڵێ؛ بەسرە)", shown
        assert shown[1] == "ئایا پشتگیری لە کارتی بایۆمەتری دەکەیت؟ (بەڵێ / نازانم)", shown
    finally:
        ctx.language.set_language("en")


def test_the_facilitators_words_are_not_offered_as_quotes(ctx: Any, qtbot: Any) -> None:
    """Among 'Quotes that may be used' the facilitator's question to the group had an empty Speaker,
    as if an unnamed participant had said it; then it was labelled the facilitator's. The brief never
    quotes the facilitator, and since 6b22e1f the page lists what the brief may use: the question is
    not offered at all, the roundtable's agenda notes are (without a speaker: minutes, not a turn)."""
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_segment(s, rec.id, world.segments["seg8"])  # the facilitator's question
        recommendations.link_segment(s, rec.id, world.segments["seg7"])  # a roundtable's agenda notes
    ctx.language.set_language("ckb")
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None and page.view.quotes_model.rowCount() == 1,
                        timeout=10_000)
        model = page.view.quotes_model
        speakers = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
        assert speakers == {"اتفق الحضور على البطاقة البايومترية.": ""}, speakers
    finally:
        ctx.language.set_language("en")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_each_age_band_reads_before_its_count_from_the_right(ctx: Any, qtbot: Any, lang: str) -> None:
    """'By age band: 18-24: 2، 25-34: 1' in Latin digits read, from the right, '2 :18-24': the band
    was embedded left to right (LRE) and the count after it joined its run, so each count stood where
    its band should be. Each band is now isolated (LRI): from the right, band, colon, count."""
    from tests.bidi_order import shown_order

    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_code(s, rec.id, world.codes["A"])
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
        assert page.view.support_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        by_band = {band: n for band, n in page.view.current.support.by_age_band.items() if band}
        assert len(by_band) > 1, by_band
        (line,) = [line for line in page.view.support_label.text().split("\n") if "18-24" in line]
        shown = shown_order(line)  # left to right on the screen: "count :band" reads "band: count"
        for band, n in by_band.items():
            assert f"{n} :{band}" in shown, (band, n, shown)
    finally:
        ctx.language.set_language("en")
