"""Settings → Backups → Restore on a database deep in folders: the copies a restore makes (beside the
database, and of the database it replaces in its backups folder) would lie past the path SQLite takes. The
core refuses before anything is touched; the window said "the disk reported an error". It now says why, in
one translated line, and what to do. A real database, a real backup, real folders."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.errors import EnvironmentProblem
from desktop.ui.restore_steps import failure_line
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.deep_paths import deep_path

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SQLite's Windows layer takes 1,040 bytes")]


@pytest.mark.parametrize("length", [460, 500])  # the kept copy too deep; the copy beside it too
def test_a_restore_refused_for_a_deep_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                     length: int) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)  # the database and its backup made as a script makes them
    made = tmp_path / "made" / "قاعدة.db"
    made.parent.mkdir()
    assert run(capsys, "init", "--db", made, "--device-name", "centre")[0] == 0
    assert run(capsys, "backup", "--db", made)[0] == 0
    (backup,) = backups.list_backups(made)
    db = deep_path(tmp_path, "قاعدة.db", length)
    shutil.copyfile(made, db)
    with pytest.raises(EnvironmentProblem) as caught:
        backups.restore(backup, db, PASSPHRASE)
    line = failure_line(caught.value)
    assert line.startswith("Nothing was restored: the database is in a folder whose path is too long"), line
    assert "disk reported" not in line and "\n" not in line
    assert list(db.parent.iterdir()) == [db]  # nothing touched
