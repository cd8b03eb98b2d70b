"""Sync → Export bundle… under the rule every other export follows (desktop/ui/widgets/export_run.py).

- Asked while File → Export's workbook was being written, Export bundle… asked where to save and started,
  waiting unseen behind the workbook on the one worker; asked while a bundle was being written, File →
  Export started a second export the same way. Each is now refused in one translated line (below the
  Sync page's buttons and in the status bar), nothing asked, nothing started, the running one written.
- The bundle's export had no Cancel and no steps: they are in the status bar, as the other exports' are.
  A Cancel before the bundle takes its name leaves no file and the laptop's database as it was (the
  changes still unsent, the next bundle numbered as before); a Cancel that came after is said as too late,
  the line naming the bundle written.

Real main window, a real team laptop's SQLCipher database, real bundles, in Arabic and Kurdish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.outbox import outbox
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.export_helpers import REFUSED, WorkerBusy, progress_of, save_dialog_asks, settle, sync_window
from tests.sync_helpers import Team, full_digest, laptop_turn
from tests.sync_page_helpers import team_fixture

T = QApplication.translate
team = team_fixture(devices=1)


def laptop_window(team: Team, manager: LanguageManager, qtbot: QtBot, lang: str) -> tuple[MainWindow, SyncPage]:
    """The field laptop's main window on its Sync page, read, with two changes unsent."""
    laptop = team.devices[0]
    laptop_turn(laptop, "first turn")
    window, page = sync_window(laptop, manager, qtbot, lang)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    return window, page


def said(page: SyncPage) -> list[str]:
    return [page.results.item(n).text() for n in range(page.results.count())]


def bundles(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".majlis") or p.name.endswith(".tmp"))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_export_bundle_is_refused_while_file_export_runs(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         lang: str) -> None:
    window, page = laptop_window(team, manager, qtbot, lang)
    out = tmp_path / "out"
    out.mkdir()
    asked = save_dialog_asks(monkeypatch, out / "next.majlis")
    unsent = outbox(team.devices[0]).unsent
    with WorkerBusy(window):
        window.export_xlsx(str(out / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        page.export_button.click()  # Export bundle…
        page.export_to(out / "other.majlis")  # and by its path
        settle()
        assert asked == []  # nothing asked
        assert progress_of(window) == [running]
        line = T("MainWindow", REFUSED)
        assert line != REFUSED
        assert said(page)[-1] == line  # below the page's buttons, and in the status bar
        assert window.statusBar().currentMessage() == line
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert bundles(out) == []  # nothing started
    assert (out / "centre.xlsx").exists()
    assert outbox(team.devices[0]).unsent == unsent
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    page.export_button.click()  # once it has ended, the bundle's turn
    assert window.ctx.tasks.drain(30_000)
    assert bundles(out) == ["next.majlis"]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_file_export_is_refused_while_a_bundle_is_written(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                          tmp_path: Path, lang: str) -> None:
    window, page = laptop_window(team, manager, qtbot, lang)
    with WorkerBusy(window):
        page.export_to(tmp_path / "laptop.majlis")
        settle()
        [running] = progress_of(window)  # its steps and Cancel in the status bar
        assert running.cancel_button.isVisible() and running.cancel_button.isEnabled()
        assert not page.export_button.isEnabled()
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert progress_of(window) == [running]
        assert window.statusBar().currentMessage() == T("MainWindow", REFUSED)
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert (tmp_path / "laptop.majlis").exists() and not (tmp_path / "centre.qdpx").exists()
    assert progress_of(window) == []
    written = T("OutboxPanel", "Bundle written: {name} (%n change(s))").split("{name}")[0]
    assert said(page)[-1].startswith(written)
    assert window.statusBar().currentMessage() == said(page)[-1]
    assert outbox(team.devices[0]).unsent == 0
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)


def test_a_cancel_before_the_bundle_is_placed_leaves_nothing(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    window, page = laptop_window(team, manager, qtbot, "ckb")
    laptop = team.devices[0]
    unsent = outbox(laptop).unsent
    assert unsent > 0
    with WorkerBusy(window):
        before = full_digest(laptop)
        page.export_to(tmp_path / "laptop.majlis")
        settle()
        [running] = progress_of(window)
        running.cancel_button.click()
        assert not running.cancel_button.isEnabled()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert bundles(tmp_path) == []  # no bundle, no temporary file
    assert full_digest(laptop) == before  # unsent still, the next bundle numbered as before
    assert outbox(laptop).unsent == unsent
    line = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert said(page)[-1] == line and window.statusBar().currentMessage() == line
    assert progress_of(window) == []
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    page.export_to(tmp_path / "laptop.majlis")  # exported again, it goes whole
    assert window.ctx.tasks.drain(30_000)
    assert bundles(tmp_path) == ["laptop.majlis"] and outbox(laptop).unsent == 0


def test_a_cancel_after_the_bundle_was_placed_is_said_too_late(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    window, page = laptop_window(team, manager, qtbot, "ar")
    page.export_to(tmp_path / "laptop.majlis")
    [running] = progress_of(window)
    # The bundle has taken its name and the position moved; its result has not reached the window yet.
    assert window.ctx.tasks.wait(30_000)
    running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert bundles(tmp_path) == ["laptop.majlis"] and outbox(team.devices[0]).unsent == 0
    too_late = T("MainWindow", "Too late to cancel: the export was already saved. %1").replace("%1", "")
    written = T("OutboxPanel", "Bundle written: {name} (%n change(s))").split("{name}")[0]
    assert said(page)[-1].startswith(too_late + written), said(page)
    assert window.statusBar().currentMessage() == said(page)[-1]


def test_the_bundle_steps_are_shown(team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    window, page = laptop_window(team, manager, qtbot, "ckb")
    seen: list[tuple[int, int]] = []
    page.export_to(tmp_path / "laptop.majlis")
    [running] = progress_of(window)
    running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    assert seen and seen[-1][0] == seen[-1][1] > 1, seen  # the changes read, the bundle made, then written
