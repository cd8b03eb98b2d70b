"""A coordinator's slips at the centre, found by walking majlis-cli as a coordinator would.

An id that is not there is exit 3 (README "Exit codes"), for a conflict and a waiting device as for a
session; a database is never created or restored under a companion file's name; a device approved
from the waiting list was first seen when its first bundle arrived, not when it was approved.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.db import Store, open_store
from desktop.core.models import HeldBundle, Participant
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")


def _centre_with_a_waiting_device(tmp_path: Path) -> tuple[Path, Path]:
    """A centre (no laptop pre-registered) that holds one bundle of a laptop not on its roster."""
    team = make_team(tmp_path, devices=0)
    outsider = fresh_store(tmp_path / "mosul.db", PASSPHRASE, "Mosul laptop")
    try:
        join_team(outsider, team.team_file)
        with outsider.transaction() as s:
            s.add(Participant(code="NIN-FG01-P01"))
        made = export_bundle(outsider, tmp_path / "mosul.majlis")
        assert made is not None
    finally:
        outsider.close()
        team.close()
    return tmp_path / "centre.db", made.path


def test_an_unknown_conflict_or_waiting_device_is_missing_exit_3(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    centre, bundle = _centre_with_a_waiting_device(tmp_path)
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 1  # held
    for argv in (("conflicts", "resolve", "--db", centre, "99", "--keep", "a"),
                 ("device", "approve", "--db", centre, "99"),
                 ("device", "reject", "--db", centre, "99")):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (3, ""), (argv, code, err)
        assert err.startswith("majlis-cli: ") and len(err.strip().splitlines()) == 1, err
    code, out, _ = run(capsys, "device", "pending", "--db", centre, "--json")
    (waiting,) = json.loads(out)
    assert run(capsys, "device", "reject", "--db", centre, str(waiting["id"]))[0] == 0
    # Rejected: the number no longer waits, so rejecting it again is "not there"; approving it is
    # how a rejection is undone (tests/sync/test_rejection_sticks.py).
    code, _, err = run(capsys, "device", "reject", "--db", centre, str(waiting["id"]))
    assert code == 3 and "device pending" in err, err
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(waiting["id"]))
    assert code == 0 and "import its bundles again" in out, err


def test_a_device_approved_later_was_first_seen_when_its_first_bundle_arrived(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, bundle = _centre_with_a_waiting_device(tmp_path)
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 1  # held
    arrived = "2026-01-05T09:30:00Z"  # held in January; the coordinator reached the facilitator later
    store = open_store(centre, PASSPHRASE)
    try:
        with store.transaction() as s:
            s.execute(update(HeldBundle).values(received_at=arrived))
    finally:
        store.close()
    code, out, _ = run(capsys, "device", "pending", "--db", centre, "--json")
    (waiting,) = json.loads(out)
    assert waiting["first_received"] == arrived
    assert run(capsys, "device", "approve", "--db", centre, str(waiting["id"]))[0] == 0
    code, out, err = run(capsys, "bundle", "status", "--db", centre, "--json")
    assert code == 0, err
    seen = {d["name"]: d["first_seen"] for d in json.loads(out)["devices"]}
    assert seen["Mosul laptop"] == arrived


@pytest.mark.parametrize("name", ["c.db.lock", "c.db-wal", "c.db-SHM", "c.db-journal"])
def test_a_database_is_never_made_under_a_companion_files_name(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], new_store: Callable[..., Store]) -> None:
    real = tmp_path / "c.db"
    store = new_store(real, "centre")  # open, as the app holds it: its c.db.lock is there, empty
    try:
        assert (tmp_path / "c.db.lock").exists()
        target = tmp_path / name
        before = sorted(p.name for p in tmp_path.iterdir())
        for argv in (("init", "--db", target, "--device-name", "x"),
                     ("demo", "--db", target, "--sessions", "1")):
            code, out, err = run(capsys, *argv)
            assert (code, out) == (1, ""), (argv, err)
            assert len(err.strip().splitlines()) == 1 and "nothing was written" in err, err
        assert run(capsys, "backup", "--db", real)[0] == 0
        (backup,) = (real.parent / "c.db.backups").iterdir()
        before = sorted(p.name for p in tmp_path.iterdir())
        code, _, err = run(capsys, "restore", "--db", target, "--from", backup)
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert sorted(p.name for p in tmp_path.iterdir()) == before
        assert (tmp_path / "c.db.lock").stat().st_size == 0
    finally:
        store.close()
    assert run(capsys, "check", "--db", real)[0] == 0


def _centre_and_a_bundle(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A centre, the key file it wrote, and a bundle of a laptop on its roster."""
    team = make_team(tmp_path, devices=1)
    try:
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        made = export_bundle(team.devices[0], tmp_path / "صندوق الوارد")
        assert made is not None
    finally:
        team.close()
    return tmp_path / "centre.db", team.identity_file, made.path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_a_device_among_the_bundles_is_refused_without_waiting(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A named pipe in the inbox used to stop the import there until some program wrote to it (the
    files after it never read); /dev/zero was read up to the size limit."""
    (tmp_path / "صندوق الوارد").mkdir()
    centre, _, bundle = _centre_and_a_bundle(tmp_path)
    pipe = tmp_path / "صندوق الوارد" / "a pipe.majlis"
    os.mkfifo(pipe)
    finished = threading.Event()

    def unblock() -> None:  # only a reader that waits for a writer needs one: then after 10 s
        if not finished.wait(10):
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    helper = threading.Thread(target=unblock)
    helper.start()
    started = time.monotonic()
    try:
        code, out, err = run(capsys, "bundle", "import", "--db", centre, pipe, "/dev/zero", bundle)
    finally:
        finished.set()
        helper.join()
    assert time.monotonic() - started < 10
    assert code == 1 and "imported " in out and "1 of 3 bundles" in out, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all("a device or a pipe" in line for line in lines), err


def test_the_key_file_given_as_a_folder_or_a_bundle_is_said_so(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "صندوق الوارد").mkdir()
    centre, _, bundle = _centre_and_a_bundle(tmp_path)
    monkeypatch.delenv("MAJLIS_KEY_PASSPHRASE", raising=False)
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", bundle.parent, bundle)
    assert (code, out) == (3, ""), err  # a folder where a file is wanted: missing, as in README
    assert "is a folder, not a key file" in err and len(err.strip().splitlines()) == 1
    # The arguments swapped: a bundle (age-encrypted to keys) is not a passphrase-protected key file,
    # so no passphrase is asked for (none would open it), and the line says what it is.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", bundle, bundle)
    assert (code, out) == (1, ""), err
    assert "not a key file" in err and "passphrase" not in err and len(err.strip().splitlines()) == 1, err


def test_registering_a_waiting_device_applies_what_it_sent_before(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The coordinator put a held laptop on the roster with `device register` (its key read off the
    laptop) rather than `device approve`: its held bundle stayed held, `bundle status` called those
    changes missing, and the laptop stayed on the waiting list (and the erasure report) for good."""
    centre, bundle = _centre_with_a_waiting_device(tmp_path)
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 1  # held
    code, out, _ = run(capsys, "device", "pending", "--db", centre, "--json")
    (waiting,) = json.loads(out)
    code, out, err = run(capsys, "device", "register", "--db", centre, "--id", waiting["device_id"],
                         "--key", waiting["public_key"], "--name", "Mosul laptop")
    assert code == 0 and "1 bundle it sent before, held for approval, applied now" in out, (out, err)
    assert "imported held bundle" in out
    assert json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1]) == []
    code, out, _ = run(capsys, "bundle", "status", "--db", centre, "--json")
    status = json.loads(out)
    (mosul,) = [d for d in status["devices"] if d["name"] == "Mosul laptop"]
    assert [s["ranges"] for s in mosul["streams"]] == [[[1, 1]]] and status["gaps"] == []
    assert mosul["first_seen"] == waiting["first_received"]


def test_conflicts_list_keeps_each_version_on_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A summary of several lines (as a facilitator types it) started lines of its own in the listing,
    read as if they were the listing's; a carriage return wrote over the line in a terminal."""
    from desktop.core import sessions

    made = make_team(tmp_path, devices=1)
    sid = sessions.create_session(made.devices[0], "focus_group", title="جلسة في النجف", governorate="najaf")
    made.close()
    centre, laptop = tmp_path / "centre.db", tmp_path / "field0.db"
    first, second = tmp_path / "1.majlis", tmp_path / "2.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", first)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre, first)[0] == 0
    for db, text in ((laptop, "السطر الأول\nالسطر الثاني\tبعد مسافة"), (centre, "نص\rالمركز")):
        store = open_store(db, PASSPHRASE)
        try:
            sessions.update_session(store, sid, {"summary": text})
        finally:
            store.close()
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", second)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre, second)[0] == 0
    code, out, err = run(capsys, "conflicts", "list", "--db", centre)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 4 and lines[2].startswith("  a (") and lines[3].startswith("  b ("), out
    said = " ".join(lines[2:])
    assert "السطر الأول \u23ce السطر الثاني بعد مسافة" in said and "\r" not in out and "\t" not in said


def _starting(text: str, prefix: str) -> int:
    return sum(line.startswith(prefix) for line in text.splitlines())


def test_bundle_import_takes_a_folder_or_a_pattern_as_windows_passes_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Windows' command prompt does not expand `inbox\\*.majlis`: the pattern came as one file name,
    "not there", and a folder (the inbox, a USB stick) was refused as "a folder, not a bundle", so
    two hundred bundles had to be named one by one. A folder now gives the bundles in it (as the
    Sync page's import), never the centre's own team file or team updates kept beside them."""
    team = make_team(tmp_path, devices=2)
    inbox = tmp_path / "البريد الوارد"
    (inbox / "حاسوب ٢").mkdir(parents=True)
    try:
        for n, (device, folder) in enumerate(((team.devices[0], inbox), (team.devices[1], inbox / "حاسوب ٢"))):
            for round_ in range(2):
                with device.transaction() as s:
                    s.add(Participant(code=f"BSR-FG0{round_}-P0{n}"))
                assert export_bundle(device, folder) is not None
    finally:
        team.close()
    centre = tmp_path / "centre.db"
    assert run(capsys, "team", "file", "--db", centre, "--out", inbox / "team.majlis-team")[0] == 0
    assert run(capsys, "team", "update", "export", "--db", centre, "--out", inbox)[0] == 0
    with zipfile.ZipFile(inbox / "report.xlsx", "w") as workbook:  # a coordinator's other files
        workbook.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "empty stick").mkdir()

    code, out, err = run(capsys, "bundle", "import", "--db", centre, str(inbox / "حاسوب ٢" / "*.majlis"))
    assert (code, err) == (0, ""), (out, err)
    assert _starting(out, "imported ") == 2 and "2 of 2 bundles imported" in out
    code, out, err = run(capsys, "bundle", "import", "--db", centre, inbox, tmp_path / "empty stick")
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 1 and "empty stick: [no_bundle]" in lines[0], (out, err)
    assert _starting(out, "already present ") == 2 and _starting(out, "imported ") == 2, out
    assert "4 of 5 bundles imported or already present; 0 held for approval; 1 refused" in out
    code, out, err = run(capsys, "bundle", "import", "--db", centre, str(inbox / "حاسوب*"))  # matches the folder
    assert code == 0 and _starting(out, "already present ") == 2 and "2 of 2 bundles" in out, (out, err)
    code, out, _ = run(capsys, "bundle", "status", "--db", centre, "--json")
    assert json.loads(out)["gaps"] == []


@pytest.mark.parametrize("companion", [".lock", "-wal"])
def test_an_export_never_takes_the_place_of_the_lock_file_or_the_log(
        companion: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], new_store: Callable[..., Store]) -> None:
    """`export xlsx --out c.db.lock` was renamed over the lock file the app and every command hold
    (a restore could then take the database from under the app); `--out c.db-wal`, not there while
    nobody had the database open, over the log the export's own opening had just made."""
    db = tmp_path / "centre.db"
    new_store(db, "centre").close()
    out = tmp_path / f"centre.db{companion}"
    existed = out.exists()
    code, printed, err = run(capsys, "export", "xlsx", "--db", db, "--out", out)
    assert (code, printed) == (3, ""), err
    assert "never replaces it" in err and len(err.strip().splitlines()) == 1
    assert out.exists() == existed and (not existed or out.stat().st_size == 0)
    assert run(capsys, "check", "--db", db)[0] == 0


def test_erasure_report_json_with_rewrite_backups_is_one_json_document_of_what_still_holds_the_words(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`erasure report --json --rewrite-backups` printed the JSON, then "rewrote 1 backup …" on the
    same stdout (no script could read it), and its list named the backup it then rewrote; and a
    backup rewritten within the erasure's own second (a small database, a fast computer: here) was
    named by every later report as still holding the words."""
    from desktop.core import backups
    from desktop.exports.xlsx import export_xlsx
    from tests.erasure_helpers import make_study

    study = make_study(store)
    export_xlsx(store, tmp_path / "analysis.xlsx", lang="en")
    backups.backup(store.engine, store.path, PASSPHRASE)
    store.close()
    code, _, err = run(capsys, "consent", "withdraw", "--db", store.path, "--participant", study.pseudonym,
                       "--scope", "all")
    assert code == 0, err
    code, out, err = run(capsys, "erasure", "report", "--db", store.path, "--json", "--rewrite-backups")
    assert code == 0 and err == "rewrote 1 backup without the erased words\n", err
    assert [item["kind"] for item in json.loads(out)] == ["xlsx"]  # the backup is clean now
    code, out, _ = run(capsys, "erasure", "report", "--db", store.path, "--rewrite-backups")
    assert code == 0 and out.startswith("rewrote 1 backup ") and "backup\t" not in out, out


def test_bundle_import_into_a_database_in_no_team_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], new_store: Callable[..., Store]) -> None:
    """--db naming a fresh database (not the centre's), with the team key given: one refusal line per
    file, two hundred times the same sentence."""
    (tmp_path / "صندوق الوارد").mkdir()
    _, key, bundle = _centre_and_a_bundle(tmp_path)
    other = tmp_path / "other.db"
    new_store(other, "not the centre").close()
    copies = [bundle]
    for n in range(3):
        copies.append(tmp_path / f"copy {n}.majlis")
        copies[-1].write_bytes(bundle.read_bytes())
    code, out, err = run(capsys, "bundle", "import", "--db", other, "--identity-file", key, *copies)
    assert (code, out) == (1, "") and len(err.strip().splitlines()) == 1 and "[not_enrolled]" in err, err


def test_output_redirected_in_a_code_page_without_kurdish_letters_is_utf8(
        tmp_path: Path, new_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch) -> None:
    """`majlis-cli … > log.txt` on Windows: Python wrote the ANSI code page (cp1256 on an Arabic
    Windows has no ۆ ێ ە ڵ ڕ), so the first Kurdish device name raised out of the command with a
    traceback, in the middle of an import."""
    from desktop.cli import main

    db = tmp_path / "c.db"
    new_store(db, "لابتۆپی هەولێر").close()
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw_out, encoding="cp1256"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(raw_err, encoding="cp1256"))
    code = main(["device", "list", "--db", str(db)])
    sys.stdout.flush()
    sys.stderr.flush()
    assert code == 0 and "لابتۆپی هەولێر (" in raw_out.getvalue().decode("utf-8")
    assert raw_err.getvalue() == b""


def test_withdraw_with_rewrite_backups_names_only_what_still_holds_the_words(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`consent withdraw --rewrite-backups` listed the backup among the "copies Majlis cannot reach",
    then rewrote it on the next line."""
    from desktop.core import backups
    from desktop.exports.xlsx import export_xlsx
    from tests.erasure_helpers import make_study

    study = make_study(store)
    export_xlsx(store, tmp_path / "analysis.xlsx", lang="en")
    made = backups.backup(store.engine, store.path, PASSPHRASE)
    store.close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", store.path, "--participant", study.pseudonym,
                         "--scope", "all", "--rewrite-backups")
    assert (code, err) == (0, ""), err
    assert "rewrote 1 backup without the erased words" in out and "analysis.xlsx" in out
    assert made.name not in out and "\tbackup" not in out and "  backup\t" not in out, out
    assert "1 copy made while the erased words existed" in out


def test_a_zip_of_bundles_is_said_to_be_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A shared folder of bundles downloaded as one ZIP was refused as "not an age-encrypted file",
    which does not tell a coordinator to extract it."""
    (tmp_path / "صندوق الوارد").mkdir()
    centre, _, bundle = _centre_and_a_bundle(tmp_path)
    download, workbook = tmp_path / "bundles.zip", tmp_path / "report.xlsx"
    with zipfile.ZipFile(download, "w") as archive:
        archive.write(bundle, f"shared/{bundle.name}")
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    code, _, err = run(capsys, "bundle", "import", "--db", centre, download, workbook)
    first, second = err.strip().splitlines()
    assert code == 1 and "[not_a_bundle]" in first and "extract it" in first, err
    assert "[not_a_bundle]" in second and "extract" not in second


def test_a_rejected_device_approved_without_a_name_is_named_by_its_id_and_fingerprint(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A rejection keeps no name, so approving it after all without --name printed `device - (…)`;
    the line names it by its id and the key fingerprint compared, and its bundle imported again
    gives it the name it sends."""
    centre, bundle = _centre_with_a_waiting_device(tmp_path)
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 1  # held
    (waiting,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])
    assert run(capsys, "device", "reject", "--db", centre, str(waiting["id"]))[0] == 0
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(waiting["id"]))
    assert code == 0, err
    first = out.splitlines()[0]
    assert first == (f"device {waiting['device_id'][-8:]} (no name yet, fingerprint {waiting['fingerprint']}) "
                     "is on the roster (field)"), out
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 0
    code, out, _ = run(capsys, "device", "list", "--db", centre)
    assert f"Mosul laptop ({waiting['device_id'][-8:]})" in out, out


@pytest.mark.parametrize(("registered", "given", "shown"), [
    ("Mosul 1", "Nineveh laptop 1", "Nineveh laptop 1"),  # --name: the centre's new label
    ("Mosul 1", None, "Mosul 1"),  # no --name: the centre's label stays, not the name the bundle sent
    ("", None, "Mosul laptop"),  # the centre has none: the name the bundle sent fills it
])
def test_approving_a_device_already_on_the_roster_names_it_as_the_roster_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], registered: str, given: str | None,
        shown: str) -> None:
    """A waiting device may already have a roster row: `device register` puts it there, then applies
    what it sent before, and a register interrupted in between (or whose applying failed) leaves its
    bundles waiting. `device approve N --name LABEL` then kept the old label, and printed the label it
    was given (or, without --name, the name the bundle sent) rather than the roster's. The centre's
    labels are its own: --name sets it, and the line says what the roster holds, as device list does."""
    centre, bundle = _centre_with_a_waiting_device(tmp_path)
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 1  # held
    (waiting,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])
    store = open_store(centre, PASSPHRASE)
    try:  # `device register` as it stands when interrupted before it applies what was held
        preregister(store, waiting["device_id"], waiting["public_key"], registered)
    finally:
        store.close()
    named = ("--name", given) if given is not None else ()
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(waiting["id"]), *named)
    short = waiting["device_id"][-8:]
    assert code == 0, err
    assert out.splitlines()[0] == f"device {shown} ({short}) is on the roster (field)", out
    (entry,) = [e for e in json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])
                if e["device_id"] == waiting["device_id"]]
    assert entry["name"] == shown
    assert run(capsys, "device", "pending", "--db", centre)[1] == "no device waits for approval\n"
