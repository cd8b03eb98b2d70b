"""At the centre, the Sync page's waiting list says, in one translated line, that the waiting bundles
may hold words erased here (as the erasure report does): shown once this database has an erasure and
a bundle waits, whenever it arrived; gone when none waits; never with participant data."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.sync.importer import import_files
from desktop.sync.roster import pending, reject
from desktop.ui.operations import CollectionOp
from tests.erasure_helpers import (
    NAME,
    PHONE,
    SPEECH,
    STRANGER_NAME,
    STRANGER_PHONE,
    make_study,
    stranger_bundle,
)
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=0)


def test_the_waiting_list_warns_of_erased_words(team: Team, qtbot: QtBot, make_ctx: Any, language: Any) -> None:
    centre = team.centre
    study = make_study(centre)
    (outcome,) = import_files(centre, [stranger_bundle(team.folder, team.team_file)], team.identities)
    assert outcome.status == "held"
    ctx = make_ctx(centre, user_name="coordinator")
    page = open_page(ctx, qtbot)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1)
    note = panel.erasure_note
    assert not note.isVisibleTo(page)  # nothing erased here yet

    # A withdrawal of everything, on the DB worker as the Consent page does it.
    CollectionOp.on_store(ctx, lambda store: withdrawal.withdraw_participant(
        store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")).run_in_background()
    qtbot.waitUntil(lambda: note.isVisibleTo(page), timeout=20_000)
    assert note.text() == ("Words erased here may be in these waiting bundles: approve or reject each one to "
                           "finish the erasure (approving applies the erasure to its rows; rejecting discards it).")
    language.set_language("ar")
    qtbot.waitUntil(lambda: note.text() != "" and not any("a" <= c <= "z" for c in note.text().lower()))
    for secret in (NAME, PHONE, SPEECH, STRANGER_NAME, STRANGER_PHONE):
        assert secret not in note.text()

    (waiting,) = pending(centre)
    reject(centre, waiting.id)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0)
    assert not note.isVisibleTo(page)  # nothing waits: nothing to say
