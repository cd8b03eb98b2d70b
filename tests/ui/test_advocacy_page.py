"""The Recommendations page through its real widgets: build a recommendation from demo data, link
evidence, record its status, open a quote in context; outreach and the network."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.core import demo, recommendations, support
from desktop.core.models import Code, OutreachEvent
from desktop.i18n.digits import to_arabic_digits
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import WITHDRAWN_WORDS, build


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Non-ASCII text key by key (qtbot.keyClicks aborts on Arabic; see PITFALLS)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def page(ctx, qtbot):  # type: ignore[no-untyped-def]
    p = RecommendationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    with qtbot.waitExposed(p):
        p.show()
    return p


def test_build_a_recommendation_from_demo_data_through_the_widgets(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo.generate(ctx.store, sessions=9, seed=5, advocacy=False)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.view.fields["title_ar"], "نشر النتائج فوراً")
    qtbot.keyClicks(page.view.fields["title_en"], "Publish results at once")
    qtbot.keyClicks(page.view.fields["target_law"], "Provincial Council Elections Law")
    qtbot.mouseClick(page.view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1 and page.view.current is not None, timeout=10_000)
    rec_id = page.view.rec_id
    assert page.list_model.rows[0].title == "Publish results at once"
    # link the whole "Transparency of results" code
    with ctx.store.session() as s:
        code_id = s.scalars(select(Code.id).where(Code.name_en == "Transparency of results")).one()
    page.view.code_combo.setCurrentIndex(page.view.code_combo.findData(code_id))
    qtbot.mouseClick(page.view.link_code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.current is not None and len(page.view.current.links) == 1, timeout=10_000)
    with ctx.store.session() as s:
        expected = support.support(s, str(rec_id))
    assert expected.participants > 0
    shown = page.view.current.support
    assert (shown.participants, shown.sessions, shown.governorates, shown.organisations) == (
        expected.participants, expected.sessions, expected.governorates, expected.organisations)
    assert f"Participants: {expected.participants} " in page.view.support_label.text()
    qtbot.waitUntil(lambda: page.list_model.rows[0].participants == expected.participants, timeout=10_000)
    # record that it was presented
    page.view.status_combo.setCurrentIndex(page.view.status_combo.findData("presented"))
    page.view.status_date.setDate(QDate.currentDate())  # drafted today: the newer step wins
    qtbot.keyClicks(page.view.status_source, "Legal committee")
    qtbot.mouseClick(page.view.add_status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.view.history_model.rows) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: page.list_model.rows[0].status == "presented", timeout=10_000)
    assert page.list_model.data(page.list_model.index(0, 2)) == "Presented"
    # one quote a click away from its source: the coding window opens at the quoted words
    assert page.view.quotes_model.rows, "a demo code has quotable segments"
    from desktop.ui.coding import window as workspace

    before = len(workspace._open_windows)
    page.view.quotes.setCurrentIndex(page.view.quotes_model.index(0, 0))
    qtbot.mouseClick(page.view.open_button, Qt.MouseButton.LeftButton)
    assert len(workspace._open_windows) == before + 1
    window = workspace._open_windows[-1]
    quote = page.view.quotes_model.rows[0]
    assert window.session_id == quote.session_id
    assert quote.text in window.view.textCursor().selectedText()
    window.close()


def test_a_withdrawn_quote_never_shows(ctx, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_code(s, rec.id, world.codes["A"])
    page.refresh()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.selectRow(0)
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    texts = [q.text for q in page.view.quotes_model.rows]
    assert texts and all(WITHDRAWN_WORDS not in t for t in texts)
    assert "Withdrawn: 1 linked segment left out (its speaker withdrew)." in page.view.support_label.text()
    assert page.list_model.rows[0].participants == 4


def test_outreach_and_network_tabs(ctx, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    world = build(ctx.store)
    page.tabs.setCurrentIndex(1)
    # The tab is built in the event-loop turn after it is first shown, not with the page.
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    page.o_kind.setCurrentIndex(page.o_kind.findData("media"))
    qtbot.keyClicks(page.o_title, "Radio interview")
    page.o_reach.setValue(20000)
    qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.outreach_model.rows) == 1, timeout=10_000)
    with ctx.store.session() as s:
        event = s.scalars(select(OutreachEvent)).one()
        assert (event.kind, event.title, event.reach) == ("media", "Radio interview", 20000)
    qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)  # no title
    qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: len(page.network_model.rows) == 2, timeout=10_000)
    o1 = next(a for a in page.network_model.rows if a.id == world.orgs["O1"])
    assert o1.sessions == 2
    # Month by month, in the interface's punctuation: the Arabic semicolon in Arabic and Kurdish.
    from desktop.core.outreach import OrgActivity

    two = OrgActivity("x", "x", "cso", "basra", by_month={"2022-11": (1, 0), "2022-12": (0, 2)})
    assert page._months(two) == "November 2022: 1/0; December 2022: 0/2"
    for lang in ("ar", "ckb"):
        ctx.language.set_language(lang)
        text = page._months(two)
        assert "؛ " in text and ";" not in text
    ctx.language.set_language("en")


def test_page_speaks_arabic_and_kurdish(ctx, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    combo = page.view.status_combo
    assert combo.itemText(combo.findData("adopted")) == "Adopted"  # as "Final" and "Draft" elsewhere
    assert combo.itemText(combo.findData("partly_adopted")) == "Partly adopted"
    for lang in ("ar", "ckb"):
        ctx.language.set_language(lang)
        qtbot.waitUntil(lambda: page.tabs.tabText(0) != "Recommendations", timeout=5_000)
        assert page.new_button.text() != "&New recommendation"
        assert page.view.status_combo.itemText(page.view.status_combo.findData("adopted")) != "adopted"
    ctx.language.set_language("en")


def test_survey_tab_shows_a_distribution_and_links_it(ctx, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import survey_stats
    from desktop.core.models import EvidenceLink

    demo.generate(ctx.store, sessions=3, seed=3)
    page.refresh()
    page.tabs.setCurrentIndex(3)
    tab = page.surveys
    qtbot.waitUntil(lambda: tab.survey.count() == 1 and tab.recommendation.count() == 4, timeout=10_000)
    tab.question.setCurrentIndex(tab.question.findData("opinions/q_biometric"))
    tab.group_by.setCurrentIndex(tab.group_by.findData("governorate"))
    qtbot.waitUntil(lambda: tab.dist is not None and tab.dist.group_by == "governorate", timeout=10_000)
    with ctx.store.session() as s:
        (survey,) = survey_stats.surveys(s)
        expected = survey_stats.distribution(s, survey.id, "opinions/q_biometric", "governorate")
    assert tab.model.rows[0].cells[0] == str(expected.n[""]) == "600"
    basra = tab.dist.groups.index("basra")
    share = expected.choice_share("basra", "yes")
    assert tab.model.rows[basra].cells[1] == f"{round(share.percent)}% (± {share.margin:.1f})"
    # With Arabic-Indic digits the share takes the Arabic percent sign, as the matrix writes it.
    ctx.language.set_digits("arab")
    qtbot.waitUntil(lambda: tab.model.rows[0].cells[0] == "٦٠٠", timeout=10_000)
    arabic = tab.model.rows[basra].cells[1]
    assert arabic.startswith(to_arabic_digits(f"{round(share.percent)}") + "\u066a (± ") and "%" not in arabic
    ctx.language.set_digits("latn")
    qtbot.waitUntil(lambda: tab.model.rows[0].cells[0] == "600", timeout=10_000)
    tab.choices.item(0).setSelected(True)  # "yes"
    tab.group.setCurrentIndex(tab.group.findData("basra"))
    tab.recommendation.setCurrentIndex(1)
    rec_id = tab.recommendation.currentData()
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() == "Linked.", timeout=10_000)
    with ctx.store.session() as s:
        link = s.scalars(select(EvidenceLink).where(EvidenceLink.recommendation_id == rec_id,
                                                    EvidenceLink.group_value == "basra")).one()
        assert (link.question, link.choices, link.group_by) == ("opinions/q_biometric", ["yes"], "governorate")


def test_survey_tab_numbers_recommendations_in_the_screens_digits(ctx, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The survey tab's recommendation list read '1. تەنها کارتی…' in a screen set to Arabic-Indic digits
    (the list of recommendations beside it said '١')."""
    demo.generate(ctx.store, sessions=3, seed=3)
    ctx.language.set_language("ckb")
    ctx.language.set_digits("arab")
    try:
        page.refresh()
        page.tabs.setCurrentIndex(3)
        tab = page.surveys
        qtbot.waitUntil(lambda: tab.recommendation.count() == 4, timeout=10_000)
        assert [tab.recommendation.itemText(i)[:2] for i in range(4)] == ["١.", "٢.", "٣.", "٤."]
    finally:
        ctx.language.set_language("en")
        ctx.language.set_digits("latn")


def test_two_surveys_of_one_form_are_told_apart(ctx, qtbot, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A later export of the same form (new responses) is a survey of its own: the Surveys tab listed
    both as 'Voter survey 2022', and a figure could be linked from the wrong one."""
    from desktop.core.survey_import import import_survey
    from tests.kobo_export import write_kobo_xlsx, write_odk_csv

    kobo = write_kobo_xlsx(tmp_path, 30)
    import_survey(ctx.store, kobo.data, kobo.form)
    later = tmp_path / "later"
    later.mkdir()
    odk = write_odk_csv(later, 45)
    import_survey(ctx.store, odk.data, kobo.form)
    ctx.language.set_language("ckb")
    ctx.language.set_digits("arab")
    try:
        page.refresh()
        page.tabs.setCurrentIndex(3)
        tab = page.surveys
        qtbot.waitUntil(lambda: tab.survey.count() == 2, timeout=10_000)
        names = [tab.survey.itemText(i) for i in range(2)]
        assert len(set(names)) == 2, names
        assert "n = ٣٠" in names[0] and "n = ٤٥" in names[1] and all("Voter survey 2022" in n for n in names)
    finally:
        ctx.language.set_language("en")
        ctx.language.set_digits("latn")
