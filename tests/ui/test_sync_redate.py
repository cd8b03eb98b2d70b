"""The Sync page's "Re-date waiting work…": shown with the clock warning, it asks with both dates
(in the interface's language and digits, as the warning shows a date) and, once confirmed, re-dates
the waiting work on the DB worker; the warning goes and the work can be sent. Cancel changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.clock import system_ms
from desktop.sync.export import export_bundle
from desktop.sync.outbox import outbox
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.question_dialog import QuestionDialog
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import YEAR_MS, open_page, team_fixture
from tests.ui.test_accessibility import mnemonic_problems

team = team_fixture(devices=1, clock_ahead=True)


def laptop_page(team: Team, qtbot: QtBot, make_ctx: Any) -> SyncPage:
    page = open_page(make_ctx(team.devices[0]), qtbot, size=None)
    qtbot.waitUntil(page.outbox.redate_button.isVisible)
    return page


def question(page: SyncPage, qtbot: QtBot) -> QuestionDialog:
    page.outbox.redate_button.click()
    qtbot.waitUntil(lambda: page.outbox.redate_box is not None and page.outbox.redate_box.isVisible(),
                    timeout=20000)
    box = page.outbox.redate_box
    assert box is not None
    return box


def test_confirmed_in_kurdish_the_work_is_redated_and_goes(  # type: ignore[no-untyped-def]
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, language) -> None:
    language.set_language("ckb")
    page = laptop_page(team, qtbot, make_ctx)
    button = page.outbox.redate_button
    assert button.accessibleName() and button.accessibleName() != "Re-date waiting work"  # translated
    assert "&" in button.text()
    box = question(page, qtbot)
    fmt = page.ctx.language
    today = fmt.format_date(dt.datetime.fromtimestamp(system_ms() / 1000, dt.UTC))
    then = fmt.format_date(dt.datetime.fromtimestamp((system_ms() + YEAR_MS) / 1000, dt.UTC))
    assert today in box.text() and then in box.text() and "%" not in box.text()
    assert box.informativeText() and "Re-dating" not in box.informativeText()  # Kurdish, not English
    confirm = next(b for b in box.buttons() if b.objectName() == "redate_confirm")
    assert box.defaultButton() is not confirm  # Enter alone does not re-date
    confirm.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    assert "Failed" not in page.results.item(0).text()
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=20000)  # the warning and the button go
    assert not page.outbox.clock_label.isVisible()
    laptop = team.devices[0]
    assert outbox(laptop).clock_behind_until is None
    sent = export_bundle(laptop, tmp_path / "redated.majlis")
    assert sent is not None and sent.change_count == 1


def test_cancel_changes_nothing(team: Team, qtbot: QtBot, make_ctx: Any, language) -> None:  # type: ignore[no-untyped-def]
    language.set_language("ar")
    page = laptop_page(team, qtbot, make_ctx)
    before = full_digest(team.devices[0])
    box = question(page, qtbot)
    box.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.outbox.redate_button.isEnabled(), timeout=20000)
    assert page.outbox.redate_button.isVisible() and page.results.count() == 0
    assert full_digest(team.devices[0]) == before


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_its_mnemonic_is_distinct_and_typeable(  # type: ignore[no-untyped-def]
        team: Team, qtbot: QtBot, make_ctx: Any, language, lang: str) -> None:
    language.set_language(lang)
    page = laptop_page(team, qtbot, make_ctx)
    assert mnemonic_problems("sync", page.window(), lang) == []
