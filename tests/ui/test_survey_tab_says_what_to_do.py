"""The Recommendations page's Surveys tab says what to do when no survey is imported yet.

Before any survey was imported the tab was empty boxes, an empty table and an enabled "Link this
figure" button, nothing said. It now says to import a survey export (KoboToolbox or ODK), in the
interface's language, and the line goes once a survey is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.survey_import import import_survey
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.kobo_export import write_kobo_xlsx

SAID = {"ar": "لا يوجد مسح بعد", "ckb": "هێشتا هیچ ڕاپرسییەک نییە", "en": "No survey yet"}


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the translations compiled from the .ts files


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_empty_surveys_tab_says_to_import_one(ctx: AppContext, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    ctx.language.set_language(lang)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.tabs.setCurrentIndex(3)
    settle()
    tab = page.surveys
    assert tab.survey.count() == 0
    assert tab.message.isVisible() and tab.message.text().startswith(SAID[lang]), tab.message.text()
    other = "ckb" if lang == "ar" else "ar"
    ctx.language.set_language(other)  # and in the language switched to
    settle()
    assert tab.message.text().startswith(SAID[other]), tab.message.text()

    gen = write_kobo_xlsx(tmp_path, 20)
    import_survey(ctx.store, gen.data, gen.form)
    tab.refresh()
    assert tab.survey.count() == 1 and tab.message.text() == ""


def test_two_surveys_of_one_title_name_it_in_its_own_direction(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """Two imports of one form share a title: the list tells them apart by day and responses, the
    typed title isolated (a Latin title in an Arabic line keeps its order and its parenthesis)."""
    ctx.language.set_language("ar")
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    for count in (20, 30):
        (tmp_path / str(count)).mkdir()
        gen = write_kobo_xlsx(tmp_path / str(count), count)
        import_survey(ctx.store, gen.data, gen.form)
    tab = page.surveys
    tab.refresh()
    qtbot.waitUntil(lambda: tab.survey.count() == 2, timeout=10_000)
    names = [tab.survey.itemText(i) for i in range(2)]
    assert all("\u2068Voter survey 2022\u2069 (" in name for name in names), names
