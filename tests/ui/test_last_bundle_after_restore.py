"""The Sync page's "Last bundle" after a restore.

A facilitator exported a bundle, made a backup, worked on and exported another; the laptop was then
restored from that backup. The page said the backup's last bundle (its time and changes), as the
database restored knows it, though a later one had left this laptop: the exported-position file kept
outside the database knows it. It now says the later of the two (the file keeps the last bundle's
time and changes beside its position), in every language; `outbox` says the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.db import open_store
from desktop.sync.export import export_bundle
from desktop.sync.outbox import outbox
from desktop.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_unsent_after_restore import record

team = team_fixture(devices=1)
MakeCtx = Callable[..., AppContext]


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_last_bundle_is_the_one_written_after_the_backup(team: Team, tmp_path: Path, qtbot: QtBot,
                                                             make_ctx: MakeCtx, lang: str) -> None:
    laptop = team.devices[0]
    record(laptop, "دانیشتنی یەکەم")
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    record(laptop, "دانیشتنی دووەم")
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None and second.seq_from > first.seq_to
    sent_at = outbox(laptop).last_export_at
    assert sent_at is not None
    laptop.close()
    backups.restore(backup, laptop.path, PASSPHRASE)
    restored = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = restored  # closed with the team

    state = outbox(restored)
    assert state.last_export_range == (second.seq_from, second.seq_to)  # the backup's: first's
    assert state.last_export_at == sent_at
    ctx = make_ctx(restored)
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot)
    fmt = ctx.language
    said = QCoreApplication.translate("OutboxPanel", "Last bundle: %1 (changes %2 to %3)").replace(
        "%1", fmt.format_datetime(sent_at.astimezone())).replace(
        "%2", fmt.format_number(second.seq_from)).replace("%3", fmt.format_number(second.seq_to))
    assert page.outbox.last_label.text() == said
