"""The state folder's other files, read as the exported-position file is (exported_position.read_state_file):
the form versions a centre's team updates carried (desktop/core/published_forms.py) and the sequence clashes
noted for `bundle status` (desktop/sync/clash_log.py). Each lives outside the database, where another program
or a disk that filled up may leave anything: read with a bound, never waited on, and taken for none. Before,
"[[[[…" raised RecursionError out of them, a pipe there made them wait for ever, and a file of 64 MB was read
whole."""

from __future__ import annotations

import os
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import published_forms
from desktop.core.db import Store
from desktop.core.exported_position import STATE_FILE_LIMIT
from desktop.sync import clash_log

Reader = tuple[Callable[[Store], Path], Callable[[Store], object]]
READERS: dict[str, Reader] = {
    "published-forms": (lambda store: published_forms._file(store.device_id),
                        lambda store: published_forms.sent_forms(store.device_id)),
    "clashes": (clash_log.clash_file, clash_log.open_clashes),
}


def _placed(store: Store, which: str) -> Path:
    path = READERS[which][0](store)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("which", sorted(READERS))
def test_a_deeply_nested_file_is_taken_for_none(store: Store, which: str) -> None:
    _placed(store, which).write_bytes(b"[" * 200_000)
    assert not READERS[which][1](store)


@pytest.mark.parametrize("which", sorted(READERS))
def test_a_huge_file_is_not_read_whole(store: Store, which: str) -> None:
    with _placed(store, which).open("wb") as f:
        f.truncate(64 * 1024 * 1024)
    tracemalloc.start()
    try:
        assert not READERS[which][1](store)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * STATE_FILE_LIMIT, peak


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
@pytest.mark.parametrize("which", sorted(READERS))
def test_a_pipe_in_its_place_is_not_waited_for(store: Store, which: str) -> None:
    path = _placed(store, which)
    os.mkfifo(path)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(READERS[which][1](store)), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # waiting for a writer: let it go, then fail
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail(f"reading the {which} file waited on a pipe")
    assert found and not found[0]
