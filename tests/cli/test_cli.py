"""majlis-cli as coordinators script it: exit codes, one-line errors, JSON status, demo data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.core import demo
from desktop.core.db import Store, open_store
from desktop.core.models import Session, TranscriptTurn
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_version_through_the_installed_entry_point() -> None:
    exe = Path(sys.executable).with_name("majlis-cli")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"majlis {__version__}"


def test_init_status_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "Basra laptop 2")[0] == 0
    code, out, _ = run(capsys, "status", "--db", str(db), "--json")
    assert code == 0
    info = json.loads(out)
    for key in ("sessions", "participants", "coded_segments", "consent_records", "devices"):
        assert isinstance(info[key], int)
    assert info["devices"] == 1 and info["sessions"] == 0
    code, out, _ = run(capsys, "check", "--db", str(db))
    assert code == 0 and "ok" in out


def test_init_twice_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    run(capsys, "init", "--db", str(db), "--device-name", "one")
    before = db.read_bytes()
    code, _, err = run(capsys, "init", "--db", str(db), "--device-name", "two")
    assert code == 3 and "already exists" in err  # README: 3 = already exists and err.count("\n") == 1
    assert db.read_bytes() == before


def test_wrong_passphrase_exit_2_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "f.db"
    run(capsys, "demo", "--db", str(db), "--sessions", "2")
    before = db.read_bytes()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "wrong")
    for command in ("check", "status"):
        code, out, err = run(capsys, command, "--db", str(db))
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "wrong passphrase" in err and "wrong" not in err.split(":", 1)[0]
    assert db.read_bytes() == before


def test_passphrase_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "x", "--passphrase-file", str(secret))[0] == 0
    assert run(capsys, "check", "--db", str(db), "--passphrase-file", str(secret))[0] == 0


def test_missing_db_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check")
    assert code == 64 and "--db" in err and err.count("\n") == 1
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "nope.db"))
    assert code == 3 and err.count("\n") == 1
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    code, _, err = run(capsys, "status", "--db", str(junk))
    assert code == 2 and "Traceback" not in err


def test_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder the user may not write to: exit 4 and one line (made immutable when run as root)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        code, _, err = run(capsys, "init", "--db", str(folder / "f.db"), "--device-name", "x")
    assert code == 4 and err.count("\n") == 1, err


@pytest.mark.slow  # majlis-cli processes writing demo data until the disk is full: .ci/test runs it
def test_full_disk_is_one_clear_line_and_leaves_a_healthy_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file-size limit makes every write past 300 kB fail, as a full USB stick or disk does. The
    demo runs in a process of its own (the limit is its process's); the database before and the check
    after need none (each was a second interpreter started)."""
    db = tmp_path / "f.db"
    fresh_store(db, PASSPHRASE, "x").close()  # as `majlis-cli init --device-name x`
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))\n"
        "from desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    full = subprocess.run(
        [sys.executable, "-c", script, "demo", "--db", str(db), "--sessions", "400"],
        capture_output=True, text=True, check=False,
    )
    assert full.returncode == 4, full.stderr
    assert full.stderr.count("\n") == 1 and "Traceback" not in full.stderr
    assert "disk" in full.stderr
    code, out, err = run(capsys, "check", "--db", db)
    assert code == 0, out + err


def test_demo_is_reproducible(tmp_path: Path) -> None:
    """The same seed gives the same data, with the same ids on one device (a copy of its database) and
    other ids on another device (two team laptops given the same seed: tests/sync/
    test_two_laptops_with_the_same_demo_seed_both_reach_the_centre.py)."""
    def snapshot(path: Path, store: Store | None = None) -> list[tuple[str, ...]]:
        store = store or fresh_store(path, PASSPHRASE, "demo")
        demo.generate(store, sessions=6, seed=42)
        with store.session() as s:
            rows: list[tuple[str, ...]] = [
                (r.id, r.title, r.governorate, str(r.date)) for r in s.query(Session).order_by(Session.id)
            ]
            rows += [(t.id, t.text, str(t.participant_id)) for t in s.query(TranscriptTurn).order_by(TranscriptTurn.id)]
        store.close()
        return rows

    fresh_store(tmp_path / "a.db", PASSPHRASE, "demo").close()
    shutil.copyfile(tmp_path / "a.db", tmp_path / "copy.db")  # the same device
    a, b = snapshot(tmp_path / "a.db", open_store(tmp_path / "a.db", PASSPHRASE)), snapshot(
        tmp_path / "copy.db", open_store(tmp_path / "copy.db", PASSPHRASE))
    assert a == b and len(a) > 6
    elsewhere = snapshot(tmp_path / "other.db")  # another device: the same data under other ids
    assert [row[1:2] for row in elsewhere] == [row[1:2] for row in a]
    assert not {row[0] for row in elsewhere} & {row[0] for row in a}
    store = fresh_store(tmp_path / "c.db", PASSPHRASE, "demo")
    demo.generate(store, sessions=6, seed=43)
    with store.session() as s:
        other = [(r.id, r.title) for r in s.query(Session).order_by(Session.id)]
    store.close()
    assert other != [row[:2] for row in a[: len(other)]]


def test_demo_has_both_languages_and_all_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--sessions", "30", "--seed", "7")
    assert code == 0
    info = json.loads(run(capsys, "status", "--db", str(db), "--json")[1])
    assert info["sessions"] == 30 and info["participants"] > 30 and info["coded_segments"] > 30
    assert info["consent_records"] == info["participants"]
