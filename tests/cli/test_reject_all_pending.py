"""``majlis-cli device reject --db PATH --all-pending``: a coordinator under attack empties the waiting list
at once. The list is bounded (desktop/sync/held_limits.py), and anyone with a copy of the team file can
fill it with tiny bundles, each under a key made for it: every genuine new laptop was then refused
(``waiting_list_full``) until each forged device was rejected by its number, one command at a time.
Now one command rejects them all in one transaction, one line each (named as ``device pending``
names them, with the number that undoes it) and a count; the genuine laptop's bundle is then held.
Real SQLCipher stores, real age bundles, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core import busy_wait
from desktop.core.db import open_store
from desktop.core.ids import new_id
from desktop.core.models import HeldBundle, HeldBundleChunk, Participant
from desktop.core.sqlcipher_file import derive_key, raw_connect
from desktop.sync import held_limits, keys, rejections, roster
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("env_passphrase")

#: A name an outsider sends to steer a terminal: a screen clear, a line break, a right-to-left override.
HOSTILE_NAME = "forged\x1b[2J\nfingerprint 0000\u202e"


def _forged(tmp_path: Path, team: Team, n: int) -> Path:
    """An outsider's bundle: a device id and a key of its own, made for it."""
    device = new_id()
    data = participant_data(code=f"BSR-FG{n:02d}-P01", real_name=None, phone=None)
    return forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
                 key=keys.generate_signing_key(), name=HOSTILE_NAME if n == 0 else f"forged {n}",
                 out=tmp_path / f"forged-{n}.majlis")


def _genuine(tmp_path: Path, team_file: Path, name: str = "Mosul laptop") -> Path:
    laptop = fresh_store(tmp_path / f"{name}.db", PASSPHRASE, name)
    try:
        join_team(laptop, team_file)
        with laptop.transaction() as s:
            s.add(Participant(code="NIN-FG01-P01"))
        made = export_bundle(laptop, tmp_path / f"{name}.majlis")
        assert made is not None
        return made.path
    finally:
        laptop.close()


def _held(centre: Path) -> tuple[int, int]:
    store = open_store(centre, PASSPHRASE)
    try:
        with store.session() as s:
            return (int(s.scalar(select(func.count()).select_from(HeldBundle)) or 0),
                    int(s.scalar(select(func.count()).select_from(HeldBundleChunk)) or 0))
    finally:
        store.close()


def _filled(tmp_path: Path, capsys: pytest.CaptureFixture[str], devices: int) -> tuple[Path, Path, list[Path]]:
    """A centre whose waiting list an outsider filled (``devices`` forged devices, one bundle each), and
    the team file."""
    team = make_team(tmp_path, devices=0)
    forged = [_forged(tmp_path, team, n) for n in range(devices)]
    team.close()
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, *forged)
    assert code == 1 and out.endswith(f" imported or already present; {devices} held for approval; 0 refused\n"), (
        out, err)
    return centre, team.team_file, forged


def test_a_filled_waiting_list_is_emptied_at_once_and_a_genuine_laptop_is_held_then(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 3)
    centre, team_file, forged = _filled(tmp_path, capsys, 3)
    genuine = _genuine(tmp_path, team_file)
    code, _, err = run(capsys, "bundle", "import", "--db", centre, genuine)
    assert code == 1 and "[waiting_list_full]" in err, err
    code, listed, _ = run(capsys, "device", "pending", "--db", centre)
    assert code == 0 and len(listed.splitlines()) == 3
    waiting = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])

    code, out, err = run(capsys, "device", "reject", "--db", centre, "--all-pending")
    assert (code, err) == (0, ""), (out, err)
    lines = out.splitlines()
    # One line per device, as device pending lists it (number, name made printable, fingerprint).
    assert [line.split("\t")[:3] for line in lines[:3]] == [
        [f"rejected {p.split(chr(9))[0]}", *p.split("\t")[1:3]] for p in listed.splitlines()], out
    assert all(line.endswith("\t1 bundle discarded") for line in lines[:3]), out
    assert "\x1b" not in out and "\u202e" not in out and lines[0].count("fingerprint") == 2  # the name's, then the real
    assert lines[3:] == ["rejected 3 devices: 3 bundles discarded",
                         f"their bundles are refused from now on; to undo one: majlis-cli device approve --db {centre} "
                         "NUMBER (the number on its line above; majlis-cli device rejected lists them)"], out
    assert _held(centre) == (0, 0)  # every archive discarded, none of their pieces left
    rejected = json.loads(run(capsys, "device", "rejected", "--db", centre, "--json")[1])
    assert [(r["id"], r["public_key"]) for r in rejected] == [(w["id"], w["public_key"]) for w in waiting]
    assert run(capsys, "device", "pending", "--db", centre)[1] == "no device waits for approval\n"

    # The genuine laptop's bundle is held now; the forged ones, sent again, are refused as rejected.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, genuine, *forged)
    assert code == 1 and err.startswith(f"held {genuine}: [held] device Mosul laptop ("), err
    assert err.count("[rejected_device]") == 3 and "[waiting_list_full]" not in err, err
    assert _held(centre)[0] == 1
    (mosul,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])
    assert mosul["name"] == "Mosul laptop"
    # A rejection among them undone by the number its line gave, as a single rejection is.
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(waiting[1]["id"]))
    assert code == 0 and "import its bundles again" in out, err


def test_nothing_waiting_is_said_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=0).close()
    code, out, err = run(capsys, "device", "reject", "--db", tmp_path / "centre.db", "--all-pending")
    assert (code, out, err) == (0, "no device waits for approval; nothing was changed\n", "")
    assert run(capsys, "device", "rejected", "--db", tmp_path / "centre.db")[1] == "no device was rejected\n"


@pytest.mark.parametrize("argv", [(), ("1", "--all-pending"), ("--all-pending", "1")])
def test_a_number_and_all_pending_together_or_neither_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    centre, _, _ = _filled(tmp_path, capsys, 1)
    code, out, err = run(capsys, "device", "reject", "--db", centre, *argv)
    assert (code, out) == (64, ""), err
    assert len(err.strip().splitlines()) == 1 and "--all-pending" in err, err
    assert _held(centre)[0] == 1


def test_a_laptop_rejects_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    team.close()
    code, out, err = run(capsys, "device", "reject", "--db", tmp_path / "field0.db", "--all-pending")
    assert (code, out) == (1, "") and "[not_centre]" in err and "nothing was changed" in err, err
    assert len(err.strip().splitlines()) == 1


def test_refused_while_another_program_writes_to_the_database_nothing_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    centre, _, _ = _filled(tmp_path, capsys, 2)
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the wait for another writer, shortened
    other = raw_connect(centre, PASSPHRASE, raw_key=derive_key(centre, PASSPHRASE))
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        code, out, err = run(capsys, "device", "reject", "--db", centre, "--all-pending")
    finally:
        other.rollback()
        other.close()
    assert (code, out) == (4, ""), (out, err)
    assert err.startswith("majlis-cli: ") and len(err.strip().splitlines()) == 1, err
    assert _held(centre)[0] == 2
    assert run(capsys, "device", "rejected", "--db", centre)[1] == "no device was rejected\n"
    assert run(capsys, "device", "reject", "--db", centre, "--all-pending")[0] == 0  # once it finished


def test_stopped_partway_it_rejects_none(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """All or none: Ctrl+C while the second device is rejected leaves the first waiting too."""
    centre, _, _ = _filled(tmp_path, capsys, 3)
    remember, calls = rejections.remember, []

    def stopped_at_the_second(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        remember(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rejections, "remember", stopped_at_the_second)
    code, _, err = run(capsys, "device", "reject", "--db", centre, "--all-pending")
    assert code == 130, err
    monkeypatch.setattr(rejections, "remember", remember)
    assert _held(centre)[0] == 3
    assert len(json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])) == 3
    assert run(capsys, "device", "rejected", "--db", centre)[1] == "no device was rejected\n"


def test_a_device_whose_approval_stopped_partway_is_left_to_be_approved_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On the roster already (its approval stopped after one of its two bundles): not a device to decide
    on, as ``device reject ID`` refuses it; said, and left for ``device approve`` to finish."""
    team = make_team(tmp_path, devices=0)
    forged = _forged(tmp_path, team, 1)
    team.close()
    laptop = fresh_store(tmp_path / "kirkuk.db", PASSPHRASE, "Kirkuk laptop")
    bundles = []
    try:
        join_team(laptop, team.team_file)
        for n in range(2):
            with laptop.transaction() as s:
                s.add(Participant(code=f"KRK-FG0{n}-P01"))
            made = export_bundle(laptop, tmp_path / f"kirkuk-{n}.majlis")
            assert made is not None
            bundles.append(made.path)
    finally:
        laptop.close()
    centre = tmp_path / "centre.db"
    assert run(capsys, "bundle", "import", "--db", centre, *bundles, forged)[0] == 1
    store = open_store(centre, PASSPHRASE)
    try:
        kirkuk = next(w for w in roster.pending(store) if w.name == "Kirkuk laptop")

        def stop(_: object) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            roster.approve(store, kirkuk.id, done=stop)
        left = next(w for w in roster.pending(store) if w.name == "Kirkuk laptop")
    finally:
        store.close()
    code, out, err = run(capsys, "device", "reject", "--db", centre, "--all-pending")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("rejected ") and "\tforged 1 (" in lines[0], out
    assert lines[1].startswith(f"left {left.id}\tKirkuk laptop (") and lines[1].endswith(
        f"\ton the roster already (an approval stopped partway): majlis-cli device approve --db {centre} {left.id} "
        "applies what it sent"), out
    assert lines[2] == "rejected 1 device: 1 bundle discarded", out
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(left.id))
    assert code == 0 and "imported held bundle" in out, (out, err)
    assert run(capsys, "device", "pending", "--db", centre)[1] == "no device waits for approval\n"


@pytest.mark.slow
def test_at_the_real_bound_fifty_forged_devices_go_in_one_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, team_file, _ = _filled(tmp_path, capsys, held_limits.MAX_WAITING_DEVICES)
    genuine = _genuine(tmp_path, team_file)
    assert "[waiting_list_full]" in run(capsys, "bundle", "import", "--db", centre, genuine)[2]
    code, out, err = run(capsys, "device", "reject", "--db", centre, "--all-pending")
    assert code == 0 and out.splitlines()[50] == "rejected 50 devices: 50 bundles discarded", (out, err)
    code, _, err = run(capsys, "bundle", "import", "--db", centre, genuine)
    assert code == 1 and err.startswith(f"held {genuine}: [held] device Mosul laptop ("), err
