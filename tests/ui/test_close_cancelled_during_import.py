"""Majlis closed during a big import at the centre, and the close then cancelled.

The close stops the import after the file being read and waits for it, then asks every page whether it
may close: a save refused meanwhile (the Organisations page's) asks Save / Discard / Cancel. Answered
Cancel, the window stayed with the import stopped, its page saying only "Import cancelled" (pressed by no
one), while the tally was kept for the next start, which said "Majlis was closed during the last import"
of a window that was never closed; and every later import of that window, finished or not, was kept the
same way and said again at the next start. Now the page says at once that the import stopped because
Majlis began to close and the close was cancelled, with how to go on (choose the files again: those
imported are recognised); the next start says nothing of it, nor of a later import that finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import busy_wait
from desktop.core import organisations as svc
from desktop.core.models import Organisation
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.import_held import hold_first_import
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_close_during_import import receipts, sync_page
from tests.ui.test_sync_import_run import laptop_bundle
from tests.ui_helpers import main_window

T = QApplication.translate
team = team_fixture(devices=0)
AMAL, TYPED = "جمعية الأمل", "جمعية الأمل للتنمية"


def test_a_cancelled_close_says_the_import_stopped_here_and_not_at_the_next_start(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 200)
    hold_first_import(monkeypatch)  # still running when the close comes
    files = [laptop_bundle(team, tmp_path / f"b{n:03d}.majlis", n) for n in range(40)]
    amal = svc.create(team.centre, AMAL)
    window = main_window(manager, team.centre, qtbot, "ckb")
    page = sync_page(window)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    window.go_to("organisations")
    organisations = window.current_page()
    assert isinstance(organisations, OrganisationsPage)
    qtbot.waitUntil(lambda: organisations.model.rowCount() > 0, timeout=30_000)
    row = next(n for n, r in enumerate(organisations.model.rows) if r.name == AMAL)
    organisations.view.setCurrentIndex(organisations.model.index(row, 0))
    organisations.name.setText(TYPED)
    assert page.import_paths(files)  # started before, from the Sync page
    qtbot.waitUntil(lambda: page.progress.value() >= 3, timeout=60_000)

    def removed_meanwhile(_token: object, _progress: object) -> None:  # run once the import has stopped
        with team.centre.transaction() as s:
            org = s.get(Organisation, amal)
            assert org is not None
            org.deleted = True

    window.ctx.tasks.run(removed_meanwhile)
    organisations.save_button.click()  # on its way behind the import: refused once it runs
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window.close()
    assert len(asked) == 1 and window.isVisible()  # the close cancelled
    assert window.ctx.tasks.drain(10_000)
    read = receipts(team)
    assert 3 <= read < len(files)
    said = page.import_summary.text()
    here = T("ClosedImportWords", "Majlis began to close, so the import stopped after the file being read; the "
                                  "close was then cancelled.")
    assert said.startswith(here), said  # it said only "Import cancelled", which no one had pressed
    assert f"{read} " in said and f" {len(files)}" in said  # files read, of how many; choose them again
    assert page.results.item(page.results.count() - 1).text() == here

    organisations.name.setText(AMAL)  # nothing left to ask about
    organisations.name_cell.error.set_error("")
    window.go_to("sync")
    assert page.import_paths(files)  # chosen again: the rest imported, the run finished here
    qtbot.waitUntil(lambda: page._token is None and len(page.last_outcomes) == len(files), timeout=120_000)
    assert not page.import_summary.text().startswith(here)
    window.close()
    assert not window.isVisible()

    second = main_window(manager, team.centre, qtbot, "ckb")  # nothing said of a close that did not happen
    again = sync_page(second)
    qtbot.waitUntil(again.is_loaded, timeout=30_000)
    window.ctx.tasks.drain()
    second.ctx.tasks.drain()
    assert not again.import_summary.isVisible(), again.import_summary.text()
    assert again.results.count() == 0
    second.close()
