"""What the Sync page says once an import ends, read by a coordinator who must act on it.

A bundle refused because its laptop's key was revoked (a lost laptop) may be one the laptop wrote before
it was lost: its Results line says where to take it (the roster's button, named as the button reads),
only where that button is (the centre). After a Cancel the summary's count of files left is of the files
not read: "not imported" beside refused and held files (not imported either) read as the wrong number.
The bar ends on the files read, the same count as the summary, and its "Stopping after the file being
read" is gone once the summary is there."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.errors import RevokedKeyError
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync import texts
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.scroll_frame import bring_into_view
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture
from tests.ui.test_sync_import_run import SlowStick, laptop_bundle, lines
from tests.ui_helpers import in_view

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=1)
SHOTS = os.environ.get("MAJLIS_SHOTS", "")  # a folder: screenshots of the summaries, to look at


def _idle(page: SyncPage) -> bool:
    return page._token is None and page.is_loaded()


def _shoot(page: SyncPage, name: str) -> None:
    if SHOTS:
        page.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def _revoked_bundle(team: Team, out: Path) -> Path:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BAS-FG01-P07"))
    made = export_bundle(laptop, out)
    assert made is not None
    revocations.revoke(team.centre, laptop.device_id)
    return made.path


def test_a_revoked_refusal_says_where_to_take_a_file_written_before_the_loss(
        team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    posted = _revoked_bundle(team, tmp_path / "posted.majlis")
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    request.addfinalizer(lambda: manager.set_font_size(None))
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1000, 700))
    qtbot.waitUntil(lambda: page.roster_panel.roster_list.count() == 2, timeout=30_000)
    drop(page, [posted])
    qtbot.waitUntil(lambda: _idle(page) and page.results.count() == 2, timeout=30_000)
    (line,) = [text for text in lines(page) if "posted.majlis" in text]
    reason = QCoreApplication.translate("BundleError", RevokedKeyError.default_message)
    assert reason in line and "\n" not in line  # one line
    # The way out named as the roster's button reads, in the language of the screen.
    button = page.roster_panel.take_button.text()
    assert button == texts.take_words() and button in line
    assert line.index(reason) < line.index(button)
    page.summary.to_problems()
    qtbot.waitUntil(lambda: in_view(page.results))
    _shoot(page, "revoked-refusal-ckb-20pt")

    # In another language the line and the button still agree.
    manager.set_language("en")
    qtbot.waitUntil(lambda: "before it was lost" in page.roster_panel.take_button.text())
    (line,) = [text for text in lines(page) if "posted.majlis" in text]
    assert page.roster_panel.take_button.text() in line and "before it was lost" in line


def test_a_second_coordinator_is_not_pointed_to_a_button_it_lacks() -> None:
    from desktop.sync.importer import ImportOutcome

    refused = ImportOutcome(source="posted.majlis", status="refused", code=RevokedKeyError.code,
                            message=RevokedKeyError.default_message)
    at_centre = texts.outcome_line(refused, "posted.majlis", take_revoked=True)
    elsewhere = texts.outcome_line(refused, "posted.majlis", take_revoked=False)
    assert texts.take_words() in at_centre and texts.take_words() not in elsewhere
    tampered = ImportOutcome(source="b.majlis", status="refused", code="tampered", message="")
    assert texts.take_words() not in texts.outcome_line(tampered, "b.majlis", take_revoked=True)


def test_after_cancel_the_summary_counts_the_files_not_read_and_the_bar_agrees(
        team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    good = laptop_bundle(team, tmp_path / "erbil-01.majlis", 1)
    stranger = laptop_bundle(team, tmp_path / "halabja-01.majlis", 2, on_roster=False)  # held
    rest = [laptop_bundle(team, tmp_path / f"erbil-{n:02d}.majlis", n) for n in range(3, 6)]
    stick = SlowStick(tmp_path / "duhok-01.majlis", monkeypatch)  # read third; refused (not a bundle)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1000, 700))
    try:
        assert page.import_paths([good, stranger, stick.path, *rest])
        qtbot.waitUntil(stick.being_read, timeout=60_000)
        qtbot.waitUntil(lambda: page.progress.value() == 2, timeout=60_000)
        page.cancel_button.click()
        assert page.progress.text().startswith("Stopping after the file being read")
    finally:
        stick.answer(b"not a bundle")
    qtbot.waitUntil(lambda: _idle(page), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "held", "refused"]
    said = page.import_summary.text()
    # Read: 3 of 6, of which 1 imported, 1 held, 1 refused; 3 never read. Not "not imported: 3" (5 were not).
    assert said.startswith("Import cancelled. Files read: 3 of 6; not read yet: 3 (choose them again"), said
    assert "not imported" not in said
    assert "Imported: 1, already present: 0, held for approval: 1, refused: 1." in said
    # The bar ends on the files read (the summary's count), and its stopping line gave way to the summary.
    assert page.progress.value() == 3 and page.progress.maximum() == 6
    assert "Stopping" not in page.progress.text()
    assert not page.progress_row.isVisible() and not page.waits_note.isVisible()
    assert page.import_summary.isVisible()
    # The page's next job (a team update chosen alone) shows the bar again: busy, not the last import's words.
    assert page.team_updates.apply_team_updates([good])
    assert page.progress_row.isVisible() and page.progress.text() == "" and page.progress.maximum() == 0
    qtbot.waitUntil(lambda: _idle(page), timeout=60_000)
    # In Kurdish at 20 points, as a coordinator reads it.
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    request.addfinalizer(lambda: manager.set_font_size(None))
    qtbot.waitUntil(lambda: page.import_summary.text() != said)  # the summary follows the language
    assert page.import_summary.isVisible() and not page.progress_row.isVisible()
    qtbot.wait(300)  # the page laid out again at 20 points
    bring_into_view(page.import_summary)
    qtbot.waitUntil(lambda: in_view(page.import_summary))
    _shoot(page, "cancelled-ckb-20pt")
