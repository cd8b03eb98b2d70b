"""The laptop's Sync page given, on one stick, a team update signed with the central key whose consent
form version is too large for the database, then the centre's real update. The forged one stopped the
import with OverflowError (not a refusal: the page's run ended in the internal-error path); it is now a
refused line with the red mark, one line, and the real update after it is applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.sync.team import write_team_update
from desktop.sync.team_snapshot import snapshot
from desktop.ui.widgets.save_files import shown_path
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import forged_team_update
from tests.ui.test_sync_refused_update_marked import marked

team = team_fixture(devices=1)


def test_a_forged_updates_bad_row_is_a_refused_line_and_the_next_file_applies(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts())
    with team.centre.session() as s:
        forms = snapshot(s, ("consent_template",))["consent_template"]
    for row in forms:
        row["data"]["version"] = 10**20
    forged = forged_team_update(team.centre, [{"entity": "consent_template", "row": r} for r in forms],
                                tmp_path / "forged.majlis")
    real = write_team_update(team.centre, tmp_path / "update.majlis").path

    laptop = open_page(make_ctx(team.devices[0]), qtbot)
    assert laptop.import_paths([forged, real])
    qtbot.waitUntil(lambda: laptop._token is None and laptop.results.count() == 2, timeout=60_000)
    assert marked(laptop, "forged.majlis") and not marked(laptop, "update.majlis")
    lines = [laptop.results.item(n).text() for n in range(laptop.results.count())]
    forged_line = next(line for line in lines if line.startswith(f"{shown_path('forged.majlis')}: "))
    assert "\n" not in forged_line and "Traceback" not in forged_line and "Overflow" not in forged_line
    with team.devices[0].session() as s:
        form = consent.template_for(s, consent.TEAM_FORM_KEY, "ar")
        assert form is not None and form.version == 1
