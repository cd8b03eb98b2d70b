"""On a laptop, a withdrawal made at the centre takes the participant's words out of an open coding window
as soon as the team update that carries it is applied.

The update's erasure scrubs the words through Core statements on the connection, past the hooks that
gather what a unit of work wrote: the change set named the erasure row, not the turns it scrubbed,
and an open coding window went on showing, and offering to code, the words just erased.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import erasure, withdrawal
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.coding_window_helpers import shown_window
from tests.erasure_helpers import SPEECH, make_study
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def test_the_centres_withdrawal_takes_the_words_out_of_the_laptops_coding_window(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    sent = export_bundle(laptop, tmp_path / "sent.majlis")
    assert sent is not None
    assert [o.status for o in import_files(centre, [sent.path], team.identities)] == ["imported"]
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update.majlis").path
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: None)

    ctx = make_ctx(laptop)
    ws = shown_window(ctx, qtbot, study.session_id)
    assert SPEECH in ws.view.toPlainText()
    page = open_page(ctx, qtbot)
    assert page.import_paths([update])
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=30_000)  # the update's line
    # The words are gone from the database, and from the window: nothing erased is left to code.
    qtbot.waitUntil(lambda: all(b.doc.text == erasure.MARKER for b in ws.blocks if b.doc.id in study.turns),
                    timeout=10_000)
    assert SPEECH not in ws.view.toPlainText()
