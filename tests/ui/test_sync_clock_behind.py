"""The facilitator's Sync page when this computer's clock is more than a day behind what is recorded
here (its date was set a year ahead while working, then set right): a translated warning on the page,
and Export refuses in one translated line instead of writing a bundle the centre would refuse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.clock import system_ms
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.errors import ClockBehindError
from desktop.sync.outbox import outbox
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import YEAR_MS, open_page, team_fixture

team = team_fixture(devices=1, clock_ahead=True)


def test_page_warns_and_export_refuses(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    laptop = team.devices[0]
    unsent = outbox(laptop).unsent
    language.set_language("ar")
    page = open_page(make_ctx(laptop), qtbot, size=None)
    label = page.outbox.clock_label
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("ساعة هذا الحاسوب") and "%1" not in label.text()  # Arabic, the date put in
    target = tmp_path / "today.majlis"
    page.outbox.export_to(target)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    refusal = QCoreApplication.translate("BundleError", ClockBehindError.default_message)
    assert refusal != ClockBehindError.default_message and refusal in page.results.item(0).text()
    assert not target.exists() and outbox(laptop).unsent == unsent


def test_the_centre_is_told_what_waits_not_to_tell_its_coordinator(  # type: ignore[no-untyped-def]
        tmp_path: Path, qtbot: QtBot, make_ctx: Any, language) -> None:
    """The centre whose date was set ahead: its own warning (its bundles wait, team updates do not),
    not the laptop's "tell your coordinator"; in Arabic too."""
    t = make_team(tmp_path, devices=0)
    path = t.centre.path
    t.centre.close()
    ahead = open_store(path, PASSPHRASE, wall=lambda: system_ms() + YEAR_MS)
    with ahead.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    ahead.close()
    t.centre = open_store(path, PASSPHRASE)
    try:
        page = open_page(make_ctx(t.centre), qtbot, size=None)
        label = page.outbox.clock_label
        qtbot.waitUntil(label.isVisible)
        assert "Team updates are not affected" in label.text() and "coordinator." not in label.text()
        assert page.outbox.redate_button.isVisible()
        language.set_language("ar")
        qtbot.waitUntil(lambda: "Team updates" not in label.text())
        assert "%1" not in label.text() and label.text().startswith("ساعة هذا الحاسوب")
    finally:
        language.set_language("en")
        t.close()
