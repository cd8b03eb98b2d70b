"""Exports appear whole or not at all, and a killed export leaves no plain-text sheet behind.

Real processes and real files: ``majlis-cli export xlsx --include-identities`` is killed with
SIGKILL while its sheets are being written; the folder of the export and the temporary folder the
process was given are then searched for anything it left.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.core.atomic_file import atomic_output, remove_stale_temporaries, write_atomic
from desktop.core.db import Store
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy, demo_store_fixture

POSIX = sys.platform != "win32"

# Demo databases generated once per process and copied per test (tests/demo_stores.py): generating
# them is not what is under test here.
demo_6_sessions = demo_store_fixture(sessions=6, seed=1)


def _listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _anonymous_files(pid: int) -> int:
    """How many deleted-but-open files the process holds (Linux /proc; its nameless sheet files)."""
    count = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd).endswith("(deleted)"):
                count += 1
        except OSError:
            continue
    return count


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "field.db"
    path.parent.mkdir()
    demo_copy(path, PASSPHRASE, "laptop", sessions=40, seed=3).close()
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="watches the export's open files in Linux /proc")
@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_kill_9_mid_export_leaves_no_sheet_files(demo_db: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    system_tmp = tmp_path / "systmp"
    system_tmp.mkdir()
    out = usb / "export.xlsx"
    env = dict(os.environ, MAJLIS_PASSPHRASE=PASSPHRASE, TMPDIR=str(system_tmp), TEMP=str(system_tmp),
               TMP=str(system_tmp))
    killed_mid_write = 0
    for _attempt in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "export", "xlsx", "--db", str(demo_db), "--out", str(out),
             "--include-identities"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        try:
            while proc.poll() is None and time.monotonic() < deadline:
                if _anonymous_files(proc.pid) >= 2:  # at least two sheets are being written
                    break
                time.sleep(0.002)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed_mid_write += 1
            proc.wait()
        if killed_mid_write:
            break
    assert killed_mid_write, "the export never got as far as writing sheets"
    assert proc.returncode == -signal.SIGKILL
    assert _listing(usb) == set(), "nothing may appear beside the export"
    assert _listing(system_tmp) == set(), "no named temporary file in the temporary folder either"
    assert not out.exists()


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()


def test_finished_export_is_private_and_complete(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.xlsx"
    from desktop.core.db import open_store

    store = open_store(demo_db, PASSPHRASE)
    try:
        summary = export_xlsx(store, out, include_identities=True)
    finally:
        store.close()
    assert len(_rows(out, "Sessions")) == summary.sessions + 1
    if POSIX:
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _listing(tmp_path) == {"data", "export.xlsx"}


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_error_mid_export_leaves_nothing(demo_6_sessions: Store, tmp_path: Path, failure: type[BaseException]) -> None:
    store = demo_6_sessions
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "export.xlsx"

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise failure()

    with pytest.raises(failure):
        export_xlsx(store, out, include_identities=True, progress=progress)
    assert _listing(usb) == set()


def test_error_while_saving_keeps_the_old_export(demo_6_sessions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = demo_6_sessions
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "export.xlsx"
    out.write_bytes(b"yesterday's export")
    real_writestr = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def interrupted(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        real_writestr(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_xlsx(store, out)
    assert _listing(usb) == {"export.xlsx"}
    assert out.read_bytes() == b"yesterday's export"
    calls["n"] = 0
    with pytest.raises(KeyboardInterrupt):
        export_qdpx(store, usb / "project.qdpx")
    assert _listing(usb) == {"export.xlsx"}


def test_bundle_like_writes_are_private(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "key.txt", b"secret", mode=0o600)
    assert target.read_bytes() == b"secret"
    if POSIX:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    public = write_atomic(tmp_path / "team.majlis-team", b"public", mode=0o644)
    if POSIX:
        assert stat.S_IMODE(public.stat().st_mode) == 0o644
    assert _listing(tmp_path) == {"key.txt", "team.majlis-team"}


_WRITER = textwrap.dedent(
    """
    import sys, time
    from desktop.core.atomic_file import atomic_output
    with atomic_output(sys.argv[1]) as fh:
        fh.write(b"half of an export")
        fh.flush()
        print("writing", flush=True)
        time.sleep(120)
    """
)


def _start_writer(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait()
    assert proc.stdout is not None
    proc.stdout.close()


def test_a_killed_writers_temporary_file_goes_at_the_next_write(tmp_path: Path) -> None:
    killed = _start_writer(tmp_path / "a.xlsx")
    _stop(killed)
    orphans = [p for p in tmp_path.iterdir() if p.name.startswith(".majlis-")]
    assert len(orphans) == 1 and not (tmp_path / "a.xlsx").exists()
    if POSIX:
        assert stat.S_IMODE(orphans[0].stat().st_mode) == 0o600

    alive = _start_writer(tmp_path / "b.xlsx")  # a live writer's file must survive the cleaning
    try:
        live = {p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")} - {orphans[0].name}
        assert len(live) == 1
        with atomic_output(tmp_path / "c.xlsx") as fh:
            fh.write(b"complete")
        assert _listing(tmp_path) == live | {"c.xlsx"}
        assert remove_stale_temporaries(tmp_path) == 0
    finally:
        _stop(alive)
    assert remove_stale_temporaries(tmp_path) == 1
    assert _listing(tmp_path) == {"c.xlsx"}
