"""The Sync page of a laptop in a team at the largest text size on a 1366x768 laptop at 150 % (910x512
logical pixels, 24 points): "This laptop's key fingerprint: …", the line a facilitator reads out to the
coordinator, stood on one line wider than the page, which scrolled sideways with the line's start (in
Kurdish, the fingerprint's first group) and the Export bundle… button cut off at the edge. The line now
wraps, and only before the fingerprint: its groups stay together, in their order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.sync.outbox import outbox
from desktop.sync.team import join_team
from desktop.ui.sync.page import SyncPage
from tests.bidi_order import shown_order
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import new_team_file
from tests.ui.test_sync_fingerprint_kept_whole import wrapped_lines
from tests.ui_helpers import main_window_on_screen


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_own_fingerprint_line_wraps_and_the_page_does_not_scroll_sideways(
        lang: str, manager: Any, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    join_team(store, new_team_file(tmp_path / "centre", "تیمی یاسای هەڵبژاردن"))
    window = main_window_on_screen(manager, store, qtbot, lang, 24.0, (910, 512), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    label = page.outbox.key_label
    qtbot.waitUntil(lambda: label.text() != "")
    settle()
    sideways = [area.objectName() for area in window.findChildren(QAbstractScrollArea)
                if area.isVisible() and area.horizontalScrollBar().isVisible() and not isinstance(area, QAbstractItemView)]
    assert sideways == [], sideways
    assert label.height() >= label.heightForWidth(label.width())
    fingerprint = outbox(store).key_fingerprint
    assert len(fingerprint.split()) == 5
    # On the label's lines as they are drawn: the whole fingerprint on one of them, its groups in order.
    lines = [shown_order(line).replace("\u00a0", " ").strip() for line in wrapped_lines(label.text(), label.font(), label.width())]
    assert any(fingerprint in line for line in lines), lines
