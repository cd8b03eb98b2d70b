"""The Organisations list after an import on the Sync page, in the same window.

The organisations the laptops recorded (a CSO of Basra, a media outlet of Erbil) arrive at the centre in
their bundles; a coordinator who had looked at the Organisations page before importing, and came back to it
after, still saw the list as it was before (read when the page was built, and again only after its own
saves), and the import did not say that organisations were among what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Organisation
from desktop.sync.export import export_bundle
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_in_window, team_fixture
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=1)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_organisations_imported_on_the_sync_page_are_listed(lang: str, team: Team, manager: LanguageManager,
                                                             qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add_all([Organisation(name="جمعية الأمل في البصرة", kind="cso", governorate="basra"),
                   Organisation(name="ڕادیۆی هەولێر", kind="media", governorate="erbil")])
    bundle = export_bundle(laptop, tmp_path / "basra.majlis")
    assert bundle is not None
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("organisations")
    organisations = window.page("organisations")
    assert isinstance(organisations, OrganisationsPage)
    qtbot.waitUntil(lambda: window.current_page() is organisations)
    before = len(organisations.model.rows)

    imported_in_window(window, qtbot, [bundle.path])

    window.go_to("organisations")
    qtbot.waitUntil(lambda: len(organisations.model.rows) == before + 2, timeout=10_000)
    window.close()
