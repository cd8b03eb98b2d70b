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

from desktop.sync.outbox import outbox
from desktop.ui.context import AppContext
from tests.sync_helpers import Team
from tests.sync_page_helpers import bundles_across_a_backup, open_page, restore_laptop, team_fixture

team = team_fixture(devices=1)
MakeCtx = Callable[..., AppContext]


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_last_bundle_is_the_one_written_after_the_backup(team: Team, tmp_path: Path, qtbot: QtBot,
                                                             make_ctx: MakeCtx, lang: str) -> None:
    laptop = team.devices[0]
    story = bundles_across_a_backup(laptop, tmp_path, ("دانیشتنی یەکەم", "دانیشتنی دووەم"))
    second = story.second
    sent_at = outbox(laptop).last_export_at
    assert sent_at is not None
    restored = restore_laptop(team, story.backup)

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
