"""The Sync page's Open conflicts after a withdrawal's erasure on the Consent page, in the same window.

The erasure closes the conflicts over the words it erased, but the Sync page, built before, kept its
list: the erased words stood in its Current and Other columns (and in the dialog opened from them)
until the next import, and resolving one said only "Something went wrong; nothing was changed", again
at every try. The list is now read again when conflicts change elsewhere, and a conflict closed
meanwhile is said to be closed, the list read again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.local_tables import Conflict
from desktop.core.withdrawal import withdraw_participant
from desktop.sync.conflicts import resolve
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from tests.erasure_helpers import SPEECH, make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=0)


def _conflict_over(team: Team, turn_id: str) -> None:
    """Two versions of the withdrawn participant's turn, as two laptops' bundles leave them."""
    with team.centre.transaction() as s:
        s.add(Conflict(entity="transcript_turn", row_id=turn_id, field="text", version_a="1:0:a", value_a=SPEECH,
                       version_b="2:0:b", value_b=SPEECH + " والقصب"))


def _shown(page: SyncPage) -> list[str]:
    model = page.conflicts_model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())
            for column in range(model.columnCount())]


def test_the_erased_words_leave_the_list(team: Team, qtbot: QtBot, make_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(team.centre, user_name="coordinator")
    study = make_study(team.centre)
    _conflict_over(team, study.turns[0])
    page = open_page(ctx, qtbot, identity=team.identity_file)
    assert any(SPEECH in text for text in _shown(page))
    withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=10_000)
    assert not any(SPEECH in text for text in _shown(page))
    assert not page.resolve_button.isEnabled()


CLOSED_BY = {
    "erasure": "This conflict was already closed (an erasure closes the conflicts over the words it erased). "
               "Nothing was changed.",
    # Resolved in another window or with majlis-cli: it was said to have been closed by an erasure.
    "another program": "This conflict was already resolved (in another window, or with majlis-cli). "
                       "Nothing was changed.",
}


@pytest.mark.parametrize("closed_by", CLOSED_BY)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_conflict_closed_meanwhile_is_said_closed(team: Team, qtbot: QtBot, make_ctx, lang: str,  # type: ignore[no-untyped-def]
                                                     closed_by: str) -> None:
    ctx = make_ctx(team.centre, user_name="coordinator")
    study = make_study(team.centre)
    _conflict_over(team, study.turns[0])
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot, identity=team.identity_file)
    page.conflicts_view.selectRow(0)
    dialog = page.resolve_selected()
    assert isinstance(dialog, ConflictDialog)
    # no event reaches this window
    if closed_by == "erasure":
        withdraw_participant(team.centre, participant_id=study.withdrawn, scope="all")
    else:
        resolve(team.centre, dialog.conflict.id, "a", actor="another program")
    before = page.results.count()
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: page.results.count() > before and page.conflicts_model.rowCount() == 0, timeout=10_000)
    said = [page.results.item(i).text() for i in range(before, page.results.count())]
    assert said == [QCoreApplication.translate("ConflictsPanel", CLOSED_BY[closed_by])]
