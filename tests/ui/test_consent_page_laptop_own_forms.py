"""The Consent page at the centre: a field laptop's own consent form under the team form's key
(``session-consent``, published there before the team's reached it, arrived in its bundle) was listed as
"Team form" beside the team's own versions (``desktop.core.form_publishers``). It is named as that
laptop's own form now; the team's versions keep their name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.device_label import device_label
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.page_models import form_label
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import arabic_form
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import make_team
from tests.ui_helpers import main_window

FORM = consent.TEAM_FORM_KEY
SHOTS = Path("/tmp/hp1-shots")


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_laptops_own_form_is_not_called_the_team_form(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        consent.publish_version(team.centre, FORM, arabic_form("نموذج الفريق"))
        consent.publish_version(laptop, FORM, arabic_form("نموذج الحاسوب"))
        consent.publish_version(laptop, "field-form", arabic_form("استمارة ميدانية"))
        made = export_bundle(laptop, tmp_path / "laptop.majlis")
        assert made is not None
        assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
        window = main_window(manager, team.centre, qtbot, lang)
        window.go_to("consent")
        page = window.current_page()
        assert isinstance(page, ConsentPage)
        qtbot.waitUntil(lambda: page.templates.rowCount() == 3)
        settle()
        names = {page.templates.index(row, 3).data(): page.templates.index(row, 0).data()
                 for row in range(3)}
        team_form = form_label(FORM)
        assert names["نموذج الفريق"] == team_form
        own = names["نموذج الحاسوب"]
        assert own != team_form and team_form not in own  # was "Team form"
        device = device_label("field laptop 1", laptop.device_id, lang)
        assert device in own
        other = names["استمارة ميدانية"]  # another key: its name, and whose it is
        assert form_label("field-form") in other and device in other
        if SHOTS.is_dir():
            page.templates_view.parentWidget().grab().save(str(SHOTS / f"consent-own-form-{lang}.png"))
    finally:
        team.close()
