"""Consent → Print consent record… at 20 points on a 1366x768 laptop at 150 %: "Saved …pdf" in sight.

The line that says the printout is written ("Exporting…", then "Saved consent-….pdf", or why not) stood
under the register's table, below the fold once the register opens with its rows in sight: the
facilitator pressed Print and saw nothing happen. It now stands above the table, under the filters, on more lines where the file name needs them (never wider than the register).

It named the file alone ("Saved consent-….pdf") where File → Export's lines name the whole path: the
facilitator who chose a folder on a USB stick could not tell where the PDF went. It now names the whole
path, as they do, broken after its separators where it takes more than one line, and the register's
rows stay in sight below it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import breakable_paths, shown_path
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder
from tests.ui.test_consent_actions_in_sight import LAPTOP, open_consent
from tests.ui.test_consent_register_first_at_20_points import frame_of, rows_in_sight
from tests.ui_helpers import in_view

T = QApplication.translate


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_printout_is_said_in_sight(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str) -> None:
    window, page = open_consent(manager, demo_store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
    page.select_record(page.register.rows[0].record_id)
    settle()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path)))
    with qtbot.waitSignal(page.printed, timeout=30_000) as blocker:
        page.print_record()
    settle()
    path = blocker.args[0]
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP5_SHOTS") / f"consent_printout_saved_20pt_{lang}.png"))
    assert isinstance(path, Path)
    said = T("ConsentPage", "Saved %1")
    assert said != "Saved %1"
    assert page.status.text() == said.replace("%1", shown_path(path))  # the whole path
    assert QLabel.text(page.status) == breakable_paths(page.status.text())  # shown breakable after its separators
    assert page.status.height() >= page.status.heightForWidth(page.status.width())  # every line of it
    assert in_view(page.status), "the line saying the printout is saved is out of sight"
    assert rows_in_sight(page) >= 1  # the register still in sight below it
    assert frame_of(page).horizontalScrollBar().maximum() == 0  # the long file name wraps, no sideways scroll
