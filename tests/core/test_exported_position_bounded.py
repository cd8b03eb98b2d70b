"""The exported-position file (desktop/core/exported_position.py) lives outside the database, where another
program or a disk that filled up may leave anything: a file of hundreds of MB, JSON nested deeper than the
parser goes, a pipe. Each is read with a bound (at most STATE_FILE_LIMIT + 1 bytes, never waiting) and taken
for no file: the app opens, exports, and once an export has written the file anew a copy of an older database
is caught again. Before, the file was read whole (memory without bound), "[[[[…" raised RecursionError out of
opening the database, and a pipe there made opening wait for ever."""

from __future__ import annotations

import os
import shutil
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import exported_position
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def _work(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title=title))


def _peak(read: Callable[[], object]) -> tuple[object, int]:
    tracemalloc.start()
    try:
        found = read()
        return found, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_huge_file_is_not_read_whole(team: Team) -> None:
    laptop = team.devices[0]
    path = exported_position.position_file(laptop.device_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:  # 64 MB (sparse): what a runaway program or garbage after a full disk leaves
        f.truncate(64 * 1024 * 1024)
    for read in (lambda: exported_position.sent_bundles(laptop.device_id),
                 lambda: exported_position.read_positions(laptop.device_id),
                 lambda: exported_position.check_and_heal(laptop)):
        found, peak = _peak(read)
        assert not found
        assert peak < 4 * exported_position.STATE_FILE_LIMIT, peak


@pytest.mark.parametrize("garbage", [b"[" * 200_000, b'{"sent": ' + b"[" * 100_000, b"\xff\xfe\x00garbage"],
                         ids=["nested", "nested-in-a-map", "not-utf8"])
def test_a_malformed_file_is_taken_for_none_and_the_rollback_check_works_again(
        team: Team, tmp_path: Path, garbage: bytes) -> None:
    laptop = team.devices[0]
    path = exported_position.position_file(laptop.device_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    laptop.close()
    laptop = team.devices[0] = open_store(laptop.path, PASSPHRASE)  # opens: no RecursionError
    assert laptop.rollback is None and exported_position.sent_bundles(laptop.device_id) == set()

    _work(laptop, "day one")
    first = export_bundle(laptop, tmp_path / "1.majlis")  # writes the file anew
    assert first is not None and exported_position.sent_bundles(laptop.device_id) == {first.bundle_hash}
    laptop.close()
    shutil.copyfile(laptop.path, tmp_path / "older.db")
    laptop = team.devices[0] = open_store(laptop.path, PASSPHRASE)
    _work(laptop, "day two")
    assert export_bundle(laptop, tmp_path / "2.majlis") is not None
    laptop.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{laptop.path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "older.db", laptop.path)
    laptop = team.devices[0] = open_store(laptop.path, PASSPHRASE)
    assert laptop.rollback is not None  # the older copy is caught again


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_pipe_in_its_place_is_not_waited_for(team: Team) -> None:
    laptop = team.devices[0]
    path = exported_position.position_file(laptop.device_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(exported_position.sent_bundles(laptop.device_id)),
                              daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # waiting for a writer: let it go, then fail
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail("reading the exported-position file waited on a pipe")
    assert found == [set()]
