"""Ctrl+C during ``majlis-cli bundle import`` before its bundles: while the database is opened, while
the stick's files are sorted, while a coordinator's laptop applies the team updates among them. Each
said only ``majlis-cli: interrupted``: not which team updates went in (each is its own transaction,
applied for good), nor that the bundles were not read. Now, as for the bundles' Ctrl+C: the first
Ctrl+C stops after the step in hand (the sorting, the team update being applied), the lines of what
was done are printed, and the last line counts what was not read or applied, exit 130; a second stops
at once (the team update in hand rolled back). A real SIGINT to the test's own process, real stores,
bundles and team updates, the real command line."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core import file_kinds
from desktop.core.models import Participant
from desktop.sync import team_update_outcomes
from desktop.sync.export import export_bundle
from desktop.sync.team import apply_team_update, write_team_update
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def stick(tmp_path: Path) -> tuple[Path, list[Path], list[Path]]:
    """A coordinator's laptop (``coordinator.db``, told its role by a first team update it applied), two
    newer team updates and three bundles of a field laptop on the centre's roster."""
    team = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    try:
        first = write_team_update(team.centre, tmp_path / "update-1.majlis").path
        code = run_first(team.devices[0].path, first)
        assert code == 0
        updates = [write_team_update(team.centre, tmp_path / f"update-{n}.majlis").path for n in (2, 3)]
        bundles = []
        for n in range(1, 4):
            with team.devices[1].transaction() as s:
                s.add(Participant(code=f"BSR-FG01-P{n:02d}"))
            made = export_bundle(team.devices[1], tmp_path / f"bundle-{n}.majlis")
            assert made is not None
            bundles.append(made.path)
        return team.devices[0].path, updates, bundles
    finally:
        team.close()


def run_first(db: Path, update: Path) -> int:
    """The laptop applies ``update`` (it learns it is a coordinator)."""
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    store = open_store(db, PASSPHRASE)
    try:
        apply_team_update(store, update)
    finally:
        store.close()
    return 0


def pressing(times: int, at_call: int, real: Callable[..., Any]) -> Callable[..., Any]:
    calls: list[object] = []

    def pressed(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == at_call:
            for _ in range(times):
                signal.raise_signal(signal.SIGINT)
        return real(*args, **kwargs)
    return pressed


def test_ctrl_c_while_a_team_update_is_applied_says_what_went_in(
        stick: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, updates, bundles = stick
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(team_update_outcomes, "apply_team_update",
                      pressing(1, 1, apply_team_update))
        code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key",
                             *updates, *bundles)
    assert code == 130, (out, err)
    lines = out.splitlines()
    assert lines[0].startswith(f"applied {updates[0]}: team update 2 ("), out
    assert lines[-1] == ("0 of 3 bundles imported or already present; 0 held for approval; 0 refused; "
                         "3 not read and 1 team update not applied (interrupted: import them again)"), out
    assert err == "majlis-cli: stopping after the team update being applied (Ctrl+C again to stop at once)\n"
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key",
                         *updates, *bundles)
    assert code == 0, (out, err)
    assert out.startswith(f"already applied {updates[0]}: team update 2 is the one applied here"), out
    assert f"\napplied {updates[1]}: team update 3 (" in out, out
    assert out.endswith("3 of 3 bundles imported or already present; 0 held for approval; 0 refused\n"), out


def test_a_second_ctrl_c_stops_in_the_team_update_in_hand(
        stick: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, updates, bundles = stick
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(team_update_outcomes, "apply_team_update",
                      pressing(2, 2, apply_team_update))
        code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key",
                             *updates, *bundles)
    assert code == 130, (out, err)
    lines = out.splitlines()
    assert lines[0].startswith(f"applied {updates[0]}: team update 2 ("), out
    assert lines[-1].endswith("; 3 not read and 1 team update not applied (interrupted: import them again)"), out
    code, out, _ = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key", updates[1])
    assert code == 0 and out.startswith(f"applied {updates[1]}: team update 3 ("), out  # rolled back, not half


@pytest.mark.parametrize("times", [1, 2])
def test_ctrl_c_while_the_files_are_sorted(
        stick: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, times: int) -> None:
    db, updates, bundles = stick
    monkeypatch.setattr(file_kinds, "kind_by_signature", pressing(times, 1, file_kinds.kind_by_signature))
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key",
                         *updates, *bundles)
    assert code == 130, (out, err)
    if times == 1:  # the sorting finished, then nothing applied or imported
        assert out == ("0 of 3 bundles imported or already present; 0 held for approval; 0 refused; "
                       "3 not read and 2 team updates not applied (interrupted: import them again)\n"), out
    else:
        assert out == "interrupted while the files were sorted: nothing was applied or imported (import them again)\n"
    assert err == "majlis-cli: stopping once the files are sorted, before any is applied or imported (Ctrl+C " \
                  "again to stop at once)\n", err


def test_ctrl_c_while_the_database_is_opened(
        stick: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import db as db_module

    db, updates, bundles = stick
    monkeypatch.setattr(db_module, "open_store", pressing(1, 1, db_module.open_store))
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", tmp_path / "team.key",
                         *updates, *bundles)
    assert (code, err) == (130, ""), (out, err)
    assert out == "interrupted before any file was read: nothing was applied or imported (import them again)\n"
