"""The Sync page names the copies a withdrawal that arrived could not reach. A laptop's withdrawal
reaches the centre in a bundle, the centre's reaches a laptop in a team update; each erases the words
in the database that receives it, and the page said nothing of the copies made there before (the
coordinator's workbook sent to a partner, the laptop's exported bundles). It now says so in one
translated line and opens the same list a withdrawal made here opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import make_study
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def listed(dialog: ErasureReportDialog) -> str:
    return "\n".join(dialog.items.item(i).text() for i in range(dialog.items.count()))


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centre_is_told_which_of_its_copies_a_laptops_withdrawal_could_not_reach(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(centre, [first.path], team.identities)] == ["imported"]
    export_xlsx(centre, tmp_path / "for-the-partner.xlsx", lang="en")
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    erasure = export_bundle(laptop, tmp_path / "erasure.majlis")
    assert erasure is not None
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))

    manager.set_language(lang)
    page = open_page(make_ctx(centre, lang=manager), qtbot, identity=team.identity_file)
    assert page.import_paths([erasure.path])
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    said = lines[-1]
    assert lang != "en" or "withdrawal that arrived" in said
    assert lang == "en" or english_words(said) == [], said
    assert study.pseudonym not in "\n".join(lines)
    assert "for-the-partner.xlsx" in listed(opened[0])

    # An import that erases nothing anew opens nothing.
    opened.clear()
    count = page.results.count()
    assert page.import_paths([first.path])
    qtbot.waitUntil(lambda: page.results.count() > count, timeout=30_000)
    qtbot.wait(50)
    assert opened == []


def test_a_laptop_is_told_which_of_its_copies_the_centres_withdrawal_could_not_reach(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    sent = export_bundle(laptop, tmp_path / "sent.majlis")
    assert sent is not None
    assert [o.status for o in import_files(centre, [sent.path], team.identities)] == ["imported"]
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update.majlis").path
    shown: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: shown.append(self))

    page = open_page(make_ctx(laptop), qtbot)
    assert page.import_paths([update])
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "sent.majlis" in listed(shown[0])
    assert "withdrawal that arrived" in page.results.item(page.results.count() - 1).text()
