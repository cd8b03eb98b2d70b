"""A withdrawal that arrives is said on the Sync page even where no copy was made before it. A laptop's
withdrawal reached the centre in a bundle and erased the words there, and the page said only "imported
(new changes: 3)": the line about it came only with a list of copies made before (a workbook, a bundle).
The coordinator was not told that a participant had withdrawn, nor that the other laptops erase the words
only once a team update is published. The page now says it in one translated line, at the centre with
what to do; a laptop applying the team update is told its words were erased too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.sync.team import write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import known_at_the_centre, withdrawn_on_the_laptop
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)

ARRIVED = "A withdrawal that arrived erased a participant's words here."
PUBLISH = "Publish a team update so that the laptops erase them too."


def results(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centre_is_told_a_withdrawal_arrived_and_to_publish_it(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    erasure = withdrawn_on_the_laptop(team, tmp_path, study)
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))

    manager.set_language(lang)
    page = open_page(make_ctx(centre, lang=manager), qtbot, identity=team.identity_file)
    assert page.import_paths([erasure.path])
    arrived = QCoreApplication.translate("ArrivedErasure", ARRIVED)
    publish = QCoreApplication.translate("ArrivedErasure", PUBLISH)
    qtbot.waitUntil(lambda: any(arrived in line for line in results(page)), timeout=30_000)
    said = next(line for line in results(page) if arrived in line)
    assert publish in said
    # Beside the Import button too, under the counts: Results is below the window's edge at 20 points.
    assert arrived in page.import_summary.text() and publish in page.import_summary.text()
    assert lang == "en" or (arrived != ARRIVED and publish != PUBLISH)  # translated
    assert lang == "en" or english_words(said) == [], said
    assert study.pseudonym not in "\n".join(results(page))
    assert opened == []  # no copy was made here before: no list to open

    # The same bundle again erases nothing anew: nothing more is said.
    count = len([line for line in results(page) if arrived in line])
    lines = page.results.count()
    assert page.import_paths([erasure.path])
    qtbot.waitUntil(lambda: page.results.count() > lines, timeout=30_000)
    qtbot.wait(50)
    assert len([line for line in results(page) if arrived in line]) == count
    assert arrived not in page.import_summary.text()  # the last run's counts only


def test_a_laptop_is_not_told_to_publish(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                        manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop applying the centre's team update publishes nothing: its line names the copies it made
    before (the bundle it sent), never a team update to publish."""
    laptop, centre = team.devices[0], team.centre
    study = known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update.majlis").path
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))

    manager.set_language("ckb")
    page = open_page(make_ctx(laptop, lang=manager), qtbot)
    assert page.import_paths([update])
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    said = results(page)[-1]
    assert QCoreApplication.translate("ArrivedErasure", PUBLISH) not in said
    assert english_words(said) == [], said


QUOTES = "A withdrawal of consent to be quoted arrived: a participant is no longer quoted here."
STOP_QUOTING = "Publish a team update so that the laptops stop quoting them too."


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_centre_is_told_a_withdrawal_of_quotes_arrived(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A withdrawal of quotes only erases nothing: it was said nowhere at all."""
    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    marks = withdrawn_on_the_laptop(team, tmp_path, study, "quotes")
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))

    manager.set_language(lang)
    page = open_page(make_ctx(centre, lang=manager), qtbot, identity=team.identity_file)
    assert page.import_paths([marks.path])
    quotes = QCoreApplication.translate("ArrivedErasure", QUOTES)
    qtbot.waitUntil(lambda: any(quotes in line for line in results(page)), timeout=30_000)
    said = next(line for line in results(page) if quotes in line)
    assert QCoreApplication.translate("ArrivedErasure", STOP_QUOTING) in said
    assert QCoreApplication.translate("ArrivedErasure", ARRIVED) not in said  # nothing was erased
    assert quotes in page.import_summary.text()
    assert lang == "en" or english_words(said) == [], said
    assert opened == []
