"""A team (``tests/sync_helpers.Team``) made once per test module and copied into each test's folder.

``make_team`` creates a centre and its laptops (real SQLCipher databases), writes the team file and the
key file, joins and registers each laptop: a few tenths of a second of CPU, paid again by every test of
a module whose tests each need "a team", not a test of making one. Here the folder is made once, its
databases closed (their write-ahead logs folded in, so each file alone is its database), and each test
gets a byte copy of every file in its own ``tmp_path``, each database opened again by the real
``open_store`` with its passphrase: still encrypted, still the same rows, the test's own files, so
what one test writes never reaches another. The state folder kept outside the databases
(``MAJLIS_STATE_DIR``: exported positions, bundles sent) is made with the team and copied into the
test's own, as if the test had made the team itself.

``team = team_copy_fixture(devices=1, made=...)`` is the common case as a fixture: ``make_team`` and
what the module does to the team before its tests look (a laptop's bundles written, say), once per
test process, and a copy of its own for each test, closed after it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.core.db import open_store
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.sync_key_helpers import exported_key


@dataclass(frozen=True)
class TeamTemplate:
    folder: Path  # what the build wrote, every database closed
    state: Path  # the MAJLIS_STATE_DIR it was built with
    centre: str  # the centre's database file name
    devices: tuple[str, ...]  # the laptops' database file names, in the team's order
    team_file: str
    identity_file: str


def team_template(tmp_path_factory: pytest.TempPathFactory, build: Callable[[Path], Team]) -> TeamTemplate:
    """``build(folder)`` (``make_team`` or a helper around it) run once, in a private state folder; the
    team it returns is closed and kept as the template."""
    folder = tmp_path_factory.mktemp("team")
    state = tmp_path_factory.mktemp("team-state")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MAJLIS_STATE_DIR", str(state))
        team = build(folder)
        team.close()
    stores = [team.centre, *team.devices]
    assert all(Path(store.path).parent == folder for store in stores), "the team's databases live in its folder"
    left = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-journal"))]
    assert not left, f"a database of the template kept its log: {left}"
    return TeamTemplate(folder, state, Path(team.centre.path).name, tuple(Path(d.path).name for d in team.devices),
                        team.team_file.name, team.identity_file.name)


def copy_team_files(template: TeamTemplate, folder: Path) -> None:
    """The template's files copied into ``folder`` (a test's tmp_path), its state folder into the test's
    MAJLIS_STATE_DIR; the databases left closed, as a test that made the team and closed it has them."""
    shutil.copytree(template.folder, folder, dirs_exist_ok=True)
    shutil.copytree(template.state, os.environ["MAJLIS_STATE_DIR"], dirs_exist_ok=True)


def copy_team(template: TeamTemplate, folder: Path) -> Team:
    """The template's files copied into ``folder`` (``copy_team_files``), its databases opened there: a
    team of the test's own."""
    copy_team_files(template, folder)
    centre = open_store(folder / template.centre, PASSPHRASE)
    devices = []
    try:
        for name in template.devices:
            devices.append(open_store(folder / name, PASSPHRASE))
    except BaseException:
        for store in [centre, *devices]:
            store.close()
        raise
    return Team(centre, devices, folder / template.team_file, folder / template.identity_file, folder)


def team_copy_fixture(devices: int = 2, *, roles: tuple[str, ...] = (),
                      made: Callable[[Team], None] | None = None) -> Callable[..., Any]:
    """A ``team`` fixture: ``make_team(folder, devices=…, roles=…)`` then ``made(team)``, once per test
    process for the module that calls this (whichever test comes first makes it), copied into each
    test's ``tmp_path`` (``copy_team``) and closed after the test."""
    templates: list[TeamTemplate] = []

    def build(folder: Path) -> Team:
        team = make_team(folder, devices=devices, roles=roles)
        if made is not None:
            try:
                made(team)
            except BaseException:
                team.close()
                raise
        return team

    @pytest.fixture
    def team(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Team]:
        if not templates:
            templates.append(team_template(tmp_path_factory, build))
        copy = copy_team(templates[0], tmp_path)
        yield copy
        copy.close()

    return team


_exported: dict[tuple[bytes, str], tuple[bytes, int, str]] = {}


def exported_key_of_copy(team: Team, folder: Path, key_passphrase: str, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """``tests/sync_key_helpers.exported_key`` for a team copied from a template: the first copy of a
    team key has it exported by the real ``majlis-cli team key export`` (age's scrypt: a second or more),
    the next copies of the same key with the same passphrase get a copy of that file, at the same place
    ``exported_key`` writes (``folder``/stick/centre.key). The CLI's output is that export's."""
    known = (team.identity_file.read_bytes(), key_passphrase)
    if known not in _exported:
        key, out = exported_key(team.centre.path, folder, key_passphrase, capsys, monkeypatch)
        _exported[known] = (key.read_bytes(), key.stat().st_mode, out)
        return key, out
    data, mode, out = _exported[known]
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)  # as exported_key leaves it
    key = folder / "stick" / "centre.key"
    key.parent.mkdir()
    key.write_bytes(data)
    key.chmod(mode)
    return key, out
