"""A new version of a consent form, published on the Consent page, is said; at the centre with how it
reaches the laptops.

The editor closed and nothing said a word: at the centre a coordinator took "Publish new version" for
sending the form to the field, and the laptops went on recording consent on the old one until
somebody thought of a team update. Now the page says "Version 2 of Team form published.", and at the
centre that a team update (Sync page) takes it to the laptops, as a withdrawal made there says; in
the interface's language and digits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture

team = team_fixture(devices=1)

AT_CENTRE = {
    "en": "Version 2 of Team form published. Publish a team update (Sync page) so that the laptops use it too.",
    "ar": "نُشر الإصدار ٢ من استمارة الفريق. انشر تحديث الفريق (صفحة المزامنة) لكي تستعمله الحواسيب المحمولة أيضاً.",
    "ckb": "وەشانی ٢ی فۆڕمی تیم بڵاوکرایەوە. نوێکردنەوەی تیم بڵاو بکەرەوە (پەڕەی هاوکاتکردن) بۆ ئەوەی لاپتۆپەکانیش "
           "بەکاری بهێنن.",
}
ON_ITS_OWN = {"en": "Version 2 of Team form published.", "ar": "نُشر الإصدار ٢ من استمارة الفريق.",
              "ckb": "وەشانی ٢ی فۆڕمی تیم بڵاوکرایەوە."}


def _publish_through_the_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor's exec (modal: it would wait for a person) shows it, changes a clause and presses Publish."""
    def exec_(editor: TemplateEditorDialog) -> int:
        editor.show()
        tab = editor.language_tabs[0]
        tab.model.setData(tab.model.index(0, 1), "أوافق على المشاركة في هذه الجلسة.")
        editor.publish_button.click()
        return editor.result()

    monkeypatch.setattr(TemplateEditorDialog, "exec", exec_)


def _page(store: Store, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, lang: str) -> ConsentPage:
    consent.publish_version(store, "session-consent", template_texts())
    manager.set_language(lang)
    if lang != "en":
        manager.set_digits("arab")
    page = ConsentPage(make_ctx(store, lang=manager))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.templates.rowCount() > 0 and page.new_version.isEnabled(), timeout=10_000)
    return page


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_at_the_centre_the_new_version_says_a_team_update_takes_it_to_the_laptops(
        team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    _publish_through_the_editor(monkeypatch)
    page = _page(team.centre, qtbot, make_ctx, manager, lang)
    page.new_version.click()
    assert page.status.text() == AT_CENTRE[lang]
    manager.set_language("en")  # said again in the language switched to
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: page.status.text() == AT_CENTRE["en"].replace("2", "٢" if lang != "en" else "2"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_database_in_no_team_says_the_version_only(store: Store, qtbot: QtBot, make_ctx: Any,
                                                     manager: LanguageManager, monkeypatch: pytest.MonkeyPatch,
                                                     lang: str, tmp_path: Path) -> None:
    _publish_through_the_editor(monkeypatch)
    page = _page(store, qtbot, make_ctx, manager, lang)
    page.new_version.click()
    assert page.status.text() == ON_ITS_OWN[lang]
