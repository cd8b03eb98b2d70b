"""A facilitator edits one of the team's codes on the laptop's Codebook page, or one of its
organisations on the Organisations page: refused in one line in the interface language (the centre
would otherwise refuse the laptop's whole next bundle), the row unchanged; the laptop's own code is
still saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture

team = team_fixture(devices=1)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_team_code_is_refused_and_an_own_code_saved(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                     tmp_path: Any, lang: str) -> None:
    with team.centre.transaction() as s:
        trust = codebook.create_code(s, name_ar="الثقة", name_en="Trust").id
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    with laptop.transaction() as s:
        mine = codebook.create_code(s, name_ar="رمزي").id
    language.set_language(lang)
    page = CodebookPage(make_ctx(laptop))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)

    page.select(trust)
    assert not page.save_btn.isEnabled()  # read-only now (test_team_rows_read_only.py)
    page.names["ar"].setText("الثقة بالدولة")
    page.save_current()  # as Ctrl+S still does: refused in one line
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=10_000)
    said = page.error_label.text()
    team_line = QCoreApplication.translate("Codebook", codebook._TEAM_CODE)
    assert team_line != codebook._TEAM_CODE and said.rstrip(".") == (team_line[:1].upper() + team_line[1:]).rstrip(".")
    with laptop.session() as s:
        code = s.get(Code, trust)
        assert code is not None and code.name_ar == "الثقة"

    page.select(mine)
    page.names["ar"].setText("رمزي الخاص")
    page.save_btn.click()
    qtbot.waitUntil(lambda: page.error_label.text() == "", timeout=10_000)

    def saved() -> bool:
        with laptop.session() as s:
            code = s.get(Code, mine)
            return code is not None and code.name_ar == "رمزي الخاص"

    qtbot.waitUntil(saved, timeout=10_000)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_team_organisation_is_refused_on_the_page(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                   tmp_path: Any, lang: str) -> None:
    from desktop.core import organisations
    from desktop.ui.organisations.page import OrganisationsPage

    theirs = organisations.create(team.centre, "منتدى شباب البصرة", "cso", "basra")
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    language.set_language(lang)
    page = OrganisationsPage(make_ctx(laptop))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    page._select(0)
    assert not page.save_button.isEnabled()  # read-only now (test_team_rows_read_only.py)
    page.name.setText("منتدى شباب البصرة الجديد")
    page.save()  # as Enter in the name still does: refused in one line
    refused = QCoreApplication.translate(
        "OrganisationsPage", "This organisation is the team's: it is changed at the centre and reaches this "
        "laptop in team updates (ask your coordinator).")
    assert not any("a" <= ch <= "z" for ch in refused)
    qtbot.waitUntil(lambda: page.name_cell.error.text() == refused, timeout=10_000)
    with laptop.session() as s:
        assert organisations.names(s, [theirs]) == {theirs: "منتدى شباب البصرة"}


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_new_version_of_the_team_form_is_refused_in_the_editor(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                 language: Any, tmp_path: Any, lang: str) -> None:
    from desktop.core import consent
    from desktop.ui.consent.template_editor import TemplateEditorDialog

    form = {"ar": consent.TemplateText(title="نموذج الفريق", body="", signature_meaning="",
                                       clauses=[consent.ClauseSpec("participate", "أوافق", True)])}
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, form)
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    language.set_language(lang)
    dialog = TemplateEditorDialog(make_ctx(laptop), consent.TEAM_FORM_KEY)
    qtbot.addWidget(dialog)
    dialog.publish()
    said = dialog.error.text()
    assert dialog.published_version is None and said and not any("a" <= ch <= "z" for ch in said), said
    assert said != QCoreApplication.translate("TemplateEditorDialog", "The form could not be published.")
    with laptop.session() as s:
        assert consent.latest_version(s, consent.TEAM_FORM_KEY) == 1


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_team_form_shown_on_a_laptop_is_not_titled_a_new_version(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                    language: Any, tmp_path: Any, lang: str) -> None:
    """The editor on the team's form (read-only on a laptop) says that it shows the form: neither
    "New version of …" in its title nor "Cancel" on the only button left; the centre's editor still
    makes a new version."""
    from desktop.core import consent
    from desktop.ui.consent.page_models import form_label
    from desktop.ui.consent.template_editor import TemplateEditorDialog

    form = {"ar": consent.TemplateText(title="نموذج الفريق", body="", signature_meaning="",
                                       clauses=[consent.ClauseSpec("participate", "أوافق", True)])}
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, form)
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    language.set_language(lang)
    t = lambda text: QCoreApplication.translate("TemplateEditorDialog", text)  # noqa: E731
    label = form_label(consent.TEAM_FORM_KEY)
    shown = TemplateEditorDialog(make_ctx(laptop), consent.TEAM_FORM_KEY)
    qtbot.addWidget(shown)
    assert shown.read_only and not shown.publish_button.isEnabled()
    assert shown.windowTitle() == t("%1 (read only)").replace("%1", label)
    assert t("New version of %1").replace("%1", label) != shown.windowTitle()
    assert shown.cancel_button.text() == t("Close") != t("Cancel")
    if lang != "en":
        assert not any("a" <= ch <= "z" for ch in shown.windowTitle() + shown.cancel_button.text())
    centre = TemplateEditorDialog(make_ctx(team.centre), consent.TEAM_FORM_KEY)
    qtbot.addWidget(centre)
    assert not centre.read_only and centre.publish_button.isEnabled()
    assert centre.windowTitle() == t("New version of %1").replace("%1", label)
    assert centre.cancel_button.text() == t("Cancel")
