"""The facilitator's Sync page when this computer's clock is more than a day behind what is recorded
here (its date was set a year ahead while working, then set right): a translated warning on the page,
and Export refuses in one translated line instead of writing a bundle the centre would refuse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.clock import system_ms
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.errors import ClockBehindError
from desktop.sync.outbox import outbox
from desktop.ui.sync.page import SyncPage
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team

YEAR_MS = 365 * 24 * 3600 * 1000


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    path = t.devices[0].path
    t.devices[0].close()
    ahead = open_store(path, PASSPHRASE, wall=lambda: system_ms() + YEAR_MS)
    with ahead.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    ahead.close()
    t.devices[0] = open_store(path, PASSPHRASE)  # the date set right again
    yield t
    t.close()


def test_page_warns_and_export_refuses(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    laptop = team.devices[0]
    unsent = outbox(laptop).unsent
    language.set_language("ar")
    page = SyncPage(make_ctx(laptop))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_loaded)
    label = page.outbox.clock_label
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("ساعة هذا الحاسوب") and "%1" not in label.text()  # Arabic, the date put in
    target = tmp_path / "today.majlis"
    page.outbox.export_to(target)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    refusal = QCoreApplication.translate("BundleError", ClockBehindError.default_message)
    assert refusal != ClockBehindError.default_message and refusal in page.results.item(0).text()
    assert not target.exists() and outbox(laptop).unsent == unsent
