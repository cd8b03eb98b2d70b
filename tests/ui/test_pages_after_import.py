"""What the pages show after an import on the Sync page, in the same window: what the bundles brought.

The import announced a fixed list of tables (sessions, turns, participants, consent, codings, codes,
organisations) whatever its bundles held: a memo a coder wrote on a code at a field laptop reached the
centre's database, yet the Codebook page's memo box, open on that code, kept showing it empty (it reads
again when "memo" is announced). The import now says which tables its bundles really wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import code_memos, codebook
from desktop.sync.export import export_bundle
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, team_fixture
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=1)
MEMO = "يذكر المشاركون الثقة بالمجلس المحلي أكثر في القرى"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_memo_imported_on_the_sync_page_is_in_the_codebook_memo_box(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        trust = codebook.create_code(s, name_ar="الثقة", name_ckb="متمانە", name_en="Trust").id
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    with laptop.transaction() as s:
        code_memos.set_memo(s, trust, MEMO, "amal")
    bundle = export_bundle(laptop, tmp_path / "basra.majlis")
    assert bundle is not None
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("codebook")
    page = window.page("codebook")
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: window.current_page() is page and page.loads >= 1)
    page.select(trust)
    qtbot.waitUntil(lambda: page.code_memo._for == trust)
    assert page.code_memo.box.toPlainText() == ""

    window.go_to("sync")
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=30_000)
    imported_lines(sync, qtbot, [bundle.path])
    assert [o.status for o in sync.last_outcomes] == ["imported"]
    assert "memo" in sync.last_outcomes[0].tables

    window.go_to("codebook")
    qtbot.waitUntil(lambda: page.code_memo.box.toPlainText() == MEMO, timeout=10_000)
    window.close()
