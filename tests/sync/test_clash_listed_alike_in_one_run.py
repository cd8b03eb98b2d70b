"""A sequence clash is listed until a bundle of a newer epoch of that device arrives after it, told by
receipt row (times have whole seconds): the same files say the same whether they are imported in one
run or one at a time.

An import run writes small bundles in groups committed together. The clash was noted with the highest
receipt row committed, read on another connection: a newer-epoch bundle imported just before the clash
in the same group was not counted as before it, so the clash was taken as healed by a bundle that came
before it, and `bundle status` listed it or not by how the files were grouped. Real team, real bundles,
a laptop copied back from an older file and restored from a backup.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core import backups, exported_position
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.sync.clash_log import open_clashes
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)


def _work(team: Team, title: str) -> Store:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title=title))
    return laptop


def _reopened(team: Team, copy: Path | None = None) -> Store:
    laptop = team.devices[0]
    laptop.close()
    if copy is not None:  # a plain file copy put back, as Explorer or a sync tool does
        for suffix in ("-wal", "-shm"):
            Path(f"{laptop.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(copy, laptop.path)
    team.devices[0] = open_store(laptop.path, PASSPHRASE)
    return team.devices[0]


def _sent(laptop: Store, out: Path) -> Path:
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


@pytest.mark.parametrize("one_run", [False, True], ids=["one_at_a_time", "in_one_run"])
def test_a_newer_epoch_imported_just_before_the_clash_does_not_end_it(team: Team, tmp_path: Path,
                                                                      one_run: bool) -> None:
    first = _sent(_work(team, "day one"), tmp_path / "1.majlis")
    _reopened(team)
    shutil.copyfile(team.devices[0].path, tmp_path / "older.db")
    second = _sent(_work(team, "day two"), tmp_path / "2.majlis")
    exported_position.position_file(team.devices[0].device_id).unlink()  # the position outside is lost
    _reopened(team, tmp_path / "older.db")
    clashing = _sent(_work(team, "other work under the same number"), tmp_path / "3.majlis")
    assert [o.status for o in import_files(team.centre, [first, second], team.identities)] == ["imported"] * 2

    laptop = team.devices[0]
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    laptop.close()
    backups.restore(backup, laptop.path, PASSPHRASE)  # a new epoch
    _reopened(team)
    healed = _sent(_work(team, "after the restore"), tmp_path / "4.majlis")

    runs = [[healed, clashing]] if one_run else [[healed], [clashing]]
    outcomes = [o for run in runs for o in import_files(team.centre, run, team.identities)]
    assert [(o.status, o.code) for o in outcomes] == [("imported", ""), ("refused", "seq_clash")]
    # The newer epoch came before the clash: it is listed, as it is when the files come one at a time.
    assert [(c["first_seq"], c["last_seq"]) for c in open_clashes(team.centre)] == [(2, 2)]
