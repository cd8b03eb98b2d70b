"""The USB stick pulled out (its folder gone) while a bundle is exported into it.

`majlis-cli bundle export --out /media/stick` with the stick pulled while the changes were read: whether
the folder was a folder was asked again only once the bundle was made, so the bundle was written as a
FILE named like the stick's folder beside it (on the laptop's own disk), said as written there, and the
changes counted as sent. It is now asked once, at the start: a folder gone meanwhile is said as such
(no such folder), nothing is written anywhere, the database as it was; the next export, the stick back,
goes whole and the centre imports it. Also pulled while the bundle itself is being written (its
temporary file there): nothing left, nothing counted. A real store and bundle; the stick's folder is
really removed, at the moments the export asks whether to stop."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.atomic_file import TEMP_PREFIX
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file
from desktop.sync.outbox import outbox
from tests.sync_helpers import Team, full_digest, laptop_turn, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


@pytest.mark.parametrize("when", ["reading", "writing"])
@pytest.mark.parametrize("into", ["folder", "file"])
def test_a_stick_pulled_during_the_export_leaves_nothing(team: Team, tmp_path: Path, when: str, into: str) -> None:
    laptop = team.devices[0]
    laptop_turn(laptop, "a turn")
    stick = tmp_path / "stick"
    stick.mkdir()
    before, unsent = full_digest(laptop), outbox(laptop).unsent

    def pulled() -> bool:
        """The stick's folder goes while the changes are read, or once the bundle's temporary file is there."""
        if stick.is_dir() and (when == "reading" or any(p.name.startswith(TEMP_PREFIX) for p in stick.iterdir())):
            shutil.rmtree(stick)
        return False

    out = stick if into == "folder" else stick / "laptop.majlis"
    with pytest.raises(FileNotFoundError):
        export_bundle(laptop, out, cancelled=pulled)
    assert not stick.exists()  # neither a folder nor a file of its name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("stick", TEMP_PREFIX))) == []
    assert full_digest(laptop) == before and outbox(laptop).unsent == unsent

    stick.mkdir()  # put back
    made = export_bundle(laptop, out)
    assert made is not None and made.path.parent == stick and made.seq_from == 1
    assert import_file(team.centre, made.path, team.identities).status == "imported"
