"""A device given as the team key file (a slip of the finger in a script: /dev/zero, /dev/urandom) was
read until memory ran out: `bundle import` grew without end, as did the Sync page's worker that reads
the key file chosen; a huge file was read whole before its size was looked at. A device or a folder is
now refused in one line before anything is read (exit 1, nothing imported), and a key file is read up
to its limit only. Real SQLCipher stores, a real bundle, real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.errors import KeyFileError
from desktop.sync.export import export_bundle
from desktop.sync.keys import (
    KEY_FILE_LIMIT,
    is_protected_identity_file,
    load_identity_file,
    read_protected_identity_file,
)
from desktop.ui.sync.import_run import read_key_file
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

ROOT = Path(__file__).resolve().parents[2]
REFUSAL = "This is a folder or a device, not a key file."


def test_bundle_import_refuses_a_device_as_the_key(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-P01"))
    made = export_bundle(team.devices[0], tmp_path / "work.majlis")
    assert made is not None
    centre = team.centre.path
    team.close()
    env = {**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE}
    env.pop("MAJLIS_IDENTITY_FILE", None)
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "bundle", "import", "--db", str(centre),
                           "--identity-file", "/dev/zero", str(made.path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "[bad_key_file]" in lines[0] and REFUSAL in lines[0], done.stderr
    store = open_store(centre, PASSPHRASE)  # nothing of the bundle was imported
    try:
        with store.session() as s:
            assert list(s.execute(select(Participant.code)).scalars()) == []
    finally:
        store.close()


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """``work()`` run on a thread (a reader that never ends must not stall the test run): what it
    returned or raised, or a failure when it has not ended in ``seconds``."""
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(work())
        except KeyFileError as exc:
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert out, f"still reading after {seconds} s"
    return out[0]


@pytest.mark.parametrize("kind", ["device", "folder"])
def test_the_readers_refuse_at_once(kind: str, tmp_path: Path) -> None:
    path = Path("/dev/zero") if kind == "device" else tmp_path
    assert _within(10, lambda: is_protected_identity_file(path)) is False
    read = _within(10, lambda: read_key_file(path))  # the Sync page's worker
    assert isinstance(read.error, KeyFileError) and str(read.error) == REFUSAL, read
    for reader in (load_identity_file, read_protected_identity_file):
        refused = _within(10, lambda r=reader: r(path))  # type: ignore[misc]
        assert isinstance(refused, KeyFileError) and str(refused) == REFUSAL, refused


def test_a_huge_key_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.key"
    with open(big, "wb") as fh:
        fh.truncate(KEY_FILE_LIMIT * 500)  # sparse: 500 MB of zeros that take no disk
    for reader in (load_identity_file, read_protected_identity_file):
        with pytest.raises(KeyFileError, match="far too large"):
            reader(big)
