"""The Sync page by role, and bundles that survive messaging apps.

A facilitator sees only sending (unsent count, export, where it went); the centre also receives.
Suggested names end in .majlis and name no person; whatever a bundle is renamed to, import finds it
by its content.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_enters, open_page, team_fixture

team = team_fixture(devices=1)


def test_facilitator_sends_and_sees_the_count_fall(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    field = team.devices[0]
    demo.generate(field, sessions=1, seed=5)
    ctx = make_ctx(field)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    assert not page.is_coordinator_view() and page.outbox.isVisible()
    assert not page.progress.isVisible()  # no empty bar that looks like a text box
    unsent = page.outbox.state.unsent if page.outbox.state else 0
    assert unsent > 0
    assert page.outbox.unsent_label.text() == f"Unsent changes: {unsent}"
    qtbot.waitUntil(lambda: window.unsent_label.text() == f"Unsent changes: {unsent}")

    offered: dict[str, str] = {}

    def save_dialog(parent: Any, title: str, suggested: str, filters: str, **options: Any) -> tuple[str, str]:
        offered["path"] = suggested
        return (str(tmp_path / "out" / "for-the-coordinator"), "")  # the person typed no extension

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20_000)
    name = Path(offered["path"]).name
    assert name.endswith(".majlis") and field.device_id.replace("-", "")[-8:] in name
    assert "field" not in name and "laptop" not in name  # the device's typed name is not in it
    written = tmp_path / "out" / "for-the-coordinator.majlis"
    assert written.exists(), "the extension is always added"
    qtbot.waitUntil(lambda: page.outbox.unsent_label.text() == "Unsent changes: 0", timeout=5000)
    qtbot.waitUntil(lambda: window.unsent_label.text() == "Unsent changes: 0")
    assert str(tmp_path / "out") in page.outbox.where_label.text()
    assert page.outbox.open_button.isEnabled()
    assert "Last bundle:" in page.outbox.last_label.text()
    ctx.tasks.wait(5000)


def test_centre_sees_the_coordinator_view(team: Team, qtbot: QtBot, make_ctx: Any) -> None:
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.is_coordinator_view()
    assert page.import_button.isVisible() and page.devices_view.isVisible()


def test_alone_the_page_offers_to_join(ctx: AppContext, qtbot: QtBot) -> None:
    page = open_page(ctx, qtbot)
    assert page.outbox.join_button.isVisible()
    assert not page.export_button.isEnabled()
    assert not page.is_coordinator_view()


def test_renamed_bundles_are_found_by_content(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    demo.generate(team.devices[0], sessions=1, seed=6)
    result = export_bundle(team.devices[0], tmp_path / "b.majlis")
    assert result is not None
    renamed = [tmp_path / "b.majlis (1)", tmp_path / "b.bin", tmp_path / "b"]
    for path in renamed:
        shutil.copy(result.path, path)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    page = open_page(make_ctx(team.centre), qtbot)
    page.set_identity_path(team.identity_file)

    for accepted in (tmp_path / "b.bin", tmp_path / "b", tmp_path / "b.majlis (1)"):
        assert drag_enters(page, [accepted])
    assert not drag_enters(page, [notes])
    assert page.import_paths(renamed)
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 3, timeout=30_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "already_present", "already_present"]
