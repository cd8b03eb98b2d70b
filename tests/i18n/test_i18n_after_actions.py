"""No English on an Arabic or Kurdish screen after the things a coordinator really does: importing
a good, a foreign and a damaged file, exporting, opening a conflict, and a finalise that is blocked.

The words that appear only after an action (results, refusal reasons, blockers) are the ones that
escaped translation before; a walk over the idle screens never sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.keys import public_key_b64
from desktop.sync.team import create_team, device_signing_key, join_team
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.consent_helpers import focus_group
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE, blank_buttons, english_left, settle, shoot
from tests.shots import shots_folder
from tests.stores import fresh_store
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    # Names in the interface's script: a Latin device or team name would be taken for English.
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "ناوەندی هەولێر")
    team_file, identity_file = tmp_path / "team.majlis-team", tmp_path / "team.key"
    create_team(centre, name="تیمی یاسای هەڵبژاردن", team_file=team_file, identity_file=identity_file)
    devices = []
    for n in range(2):
        store = fresh_store(tmp_path / f"field{n}.db", PASSPHRASE, f"لاپتۆپی بەسرە {n + 1}")
        join_team(store, team_file)
        # On the centre's roster, as at hand-over (the label is the centre's own, in its script).
        # The second edits the first's rows (a conflict): a coordinator's laptop.
        preregister(centre, store.device_id, public_key_b64(device_signing_key(store)[0]), f"لاپتۆپی بەسرە {n + 1}",
                    role="coordinator" if n else "field")
        devices.append(store)
    world = Team(centre, devices, team_file, identity_file, tmp_path)
    yield world
    world.close()


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def window(team: Team, manager: LanguageManager, qtbot: QtBot) -> Iterator[MainWindow]:
    ctx = AppContext(store=team.centre, language=manager, tasks=TaskRunner(), user_name="هەماهەنگکار")
    win = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    yield win
    ctx.tasks.wait(20_000)
    win.close_editor()


def _bundles(team: Team, tmp_path: Path) -> list[Path]:
    make_conflict(team, tmp_path)  # two laptops edited one turn: a conflict at the centre
    demo.generate(team.devices[0], sessions=2, seed=3)
    good = export_bundle(team.devices[0], tmp_path / "basra-1.majlis")
    assert good is not None
    foreign = tmp_path / "photo.majlis"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n not a bundle at all")
    cut = tmp_path / "cut-short.majlis"
    cut.write_bytes(good.path.read_bytes()[: good.path.stat().st_size // 2])
    return [good.path, foreign, cut]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_sync_results_refusals_conflict_and_blockers_are_translated(
    lang: str, team: Team, window: MainWindow, manager: LanguageManager, qtbot: QtBot, tmp_path: Path
) -> None:
    manager.set_language(lang)
    settle()
    problems: dict[str, list[str]] = {}
    shots = shots_folder(tmp_path, SHOTS_VARIABLE)

    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    page.set_identity_path(team.identity_file)
    assert page.import_paths(_bundles(team, tmp_path))
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 3 and not page.cancel_button.isEnabled(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "refused", "refused"]
    page.export_to(tmp_path / "centre-out.majlis")
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=30_000)
    settle()
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert len(lines) >= 4, lines
    shoot(shots, window, "after_import", lang)
    problems["sync page"] = english_left(window) + blank_buttons(window)

    dialog = page.resolve_selected()
    assert dialog is not None
    settle()
    shoot(shots, dialog, "after_conflict", lang)
    problems["conflict dialog"] = english_left(dialog) + blank_buttons(dialog)
    dialog.reject()

    fg = focus_group(team.centre, n=2, language=lang, title="گفتوگۆی بەسرە")
    editor = window.open_session(fg.session_id)
    assert editor is not None
    settle()
    lifecycle = editor.lifecycle  # type: ignore[attr-defined]
    assert lifecycle.finalise() is False
    settle()
    shoot(shots, window, "after_finalise_blocked", lang)
    problems["editor after a blocked finalise"] = english_left(editor) + blank_buttons(editor)

    left = {where: lines for where, lines in problems.items() if lines}
    summary = "\n".join(f"[{where}] {line}" for where, lines in left.items() for line in sorted(set(lines)))
    assert not left, f"English (or nothing) left in {lang}:\n" + summary


