"""After a restore, the work of the backup that never left was not counted: a restore starts a new
epoch and the unsent count read the new epoch alone, so the Sync page and the status bar said
'Unsent changes: 0' while that work waited (and `majlis-cli status` said `unsent_changes: 0`). The
facilitator, told everything had gone, had no reason to export; and when there was new work too,
one export sent the old epoch's bundle and said nothing of the rest. Every epoch's waiting work is
counted, the suggested name is the bundle the export writes, and an export that leaves more behind
says to export again (ar, ckb, en)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.sync.importer import import_files
from desktop.sync.outbox import outbox
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, record, restore_laptop, team_fixture

team = team_fixture(devices=1)


def restored_laptop(team: Team) -> tuple[Store, int]:
    """The laptop restored from a backup holding unsent work; the number of changes of that work."""
    laptop = team.devices[0]
    record(laptop, "دانیشتنی پێش یەدەگ")
    waiting = outbox(laptop).unsent
    assert waiting > 0
    restored = restore_laptop(team, backups.backup(laptop.engine, laptop.path, PASSPHRASE))
    return restored, waiting


def test_the_backups_unsent_work_is_counted_by_majlis_cli(team: Team, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    restored, waiting = restored_laptop(team)
    path = restored.path
    restored.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "status", "--db", path, "--json")
    assert code == 0, err
    assert json.loads(out)["unsent_changes"] == waiting
    team.devices[0] = open_store(path, PASSPHRASE)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_sync_page_counts_it_and_sends_all_of_it(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                                      lang: str) -> None:
    restored, waiting = restored_laptop(team)
    record(restored, "دانیشتنی دوای گەڕاندنەوە")  # new work, in the new epoch
    new_work = outbox(restored).unsent - waiting
    assert new_work > 0
    ctx = make_ctx(restored)
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot)
    fmt = ctx.language
    assert page.outbox.unsent_label.text().endswith(fmt.format_number(waiting + new_work))
    assert page.outbox.state is not None
    first_name = page.outbox.state.next_name

    page.outbox.export_to(tmp_path / first_name)
    qtbot.waitUntil(lambda: page.results.count() >= 2, timeout=20_000)
    said = [page.results.item(n).text() for n in range(page.results.count())]
    more = QCoreApplication.translate("OutboxPanel", "More changes wait for the next bundle: export again.")
    assert more in said, said
    assert (more == "More changes wait for the next bundle: export again.") == (lang == "en")
    qtbot.waitUntil(lambda: page.outbox.unsent_label.text().endswith(fmt.format_number(new_work)))

    assert page.outbox.state is not None
    second = tmp_path / page.outbox.state.next_name
    page.outbox.export_to(second)
    qtbot.waitUntil(lambda: page.outbox.unsent_label.text().endswith(fmt.format_number(0)), timeout=20_000)
    assert second.exists()

    results = import_files(team.centre, [tmp_path / first_name, second], team.identities)
    assert [r.status for r in results] == ["imported", "imported"], results
    with team.centre.session() as s:
        titles = set(s.scalars(select(Session.title)))
    assert titles == {"دانیشتنی پێش یەدەگ", "دانیشتنی دوای گەڕاندنەوە"}
