"""A laptop given a USB stick applies its team updates while the stick's files are sorted (import_run.
applied_first); when the run goes no further, what those updates did is still said and announced.

Found before: a Cancel (or the window closing) once they were applied said their lines but never the
erasure a withdrawal in them made here: no line, no list of the copies made before (the laptop's exported
bundles still hold the erased words); and a failure in the sorting after they were applied (the stick
pulled out, the database locked) said only the failure: the updates' lines, the erasure and the tables
they changed were all left unsaid, though the updates were applied. Real team update, real bundle, the
real Sync page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.sync import merged_here
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.sync.team_update_outcomes import apply_updates
from desktop.ui.sync import import_run
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import make_study
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _stick(team: Team, tmp_path: Path) -> Path:
    """The stick: the laptop's own bundle (sent to the centre before) and the centre's team update that
    carries the withdrawal of everything a participant of that bundle said."""
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    sent = export_bundle(laptop, stick / "sent.majlis")
    assert sent is not None
    assert [o.status for o in import_files(centre, [sent.path], team.identities)] == ["imported"]
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    write_team_update(centre, stick / "update-1.majlis")
    return stick


def _lines(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_cancelled_once_the_updates_are_applied_their_erasure_is_said(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = _stick(team, tmp_path)
    shown: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: shown.append(self))
    page = open_page(make_ctx(team.devices[0]), qtbot)

    def then_cancel(*args: Any) -> Any:
        done = apply_updates(*args)
        assert page._token is not None
        page._token.cancel()  # as the Cancel button does, just after the updates were applied
        return done

    monkeypatch.setattr(import_run, "apply_updates", then_cancel)
    assert page.import_paths([stick])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    lines = _lines(page)
    assert any("update-1.majlis\u2069: team update 1 applied" in line for line in lines), lines
    assert any("withdrawal that arrived erased words here" in line for line in lines), lines
    assert len(shown) == 1  # the copies made before, listed as after a run not cancelled


def test_a_failure_after_the_updates_are_applied_says_them_too(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = _stick(team, tmp_path)
    shown: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: shown.append(self))
    ctx = make_ctx(team.devices[0])
    page = open_page(ctx, qtbot)
    announced: list[set[str]] = []
    ctx.events.changed.connect(lambda tables: announced.append(set(tables)))
    asked = []

    def stick_pulled_out(store: Any) -> bool:  # asked again once the updates were applied: the stick is gone
        asked.append(True)
        if len(asked) > 1:
            raise OSError(5, "Input/output error")
        return merged_here.merges_here(store)

    monkeypatch.setattr(import_run, "merges_here", stick_pulled_out)
    assert page.import_paths([stick])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    lines = _lines(page)
    assert any("update-1.majlis\u2069: team update 1 applied" in line for line in lines), lines
    assert any("withdrawal that arrived erased words here" in line for line in lines), lines
    # Then where and why it stopped, in one line (it said only "Failed: …", as if nothing had been done).
    assert lines[-1].startswith("The import stopped after the team updates above were applied, before any bundle "
                                "was read: "), lines
    assert len(shown) == 1
    assert any("consent_record" in tables for tables in announced), announced
