"""A bundle's export asked to stop (the app's Cancel in the status bar) stops up to the last moment before
the bundle takes its name: no file in the folder, not even its temporary one, and the laptop's database as
it was (the changes still unsent, the next bundle numbered as before); the export after it goes whole and
the centre imports it. Its steps end at their total."""

from __future__ import annotations

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


def test_a_cancel_at_the_last_moment_leaves_no_bundle(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    laptop_turn(laptop, "a turn")
    folder = tmp_path / "stick"
    folder.mkdir()
    before, unsent = full_digest(laptop), outbox(laptop).unsent
    asked: list[bool] = []

    def cancelled() -> bool:
        """Cancel pressed while the bundle is written beside its name (its temporary file there)."""
        now = any(p.name.startswith(TEMP_PREFIX) for p in folder.iterdir())
        asked.append(now)
        return now

    with pytest.raises(InterruptedError):
        export_bundle(laptop, folder, cancelled=cancelled)
    assert asked[-1] and not any(asked[:-1])  # asked all along, the last time with the bundle written
    assert list(folder.iterdir()) == []
    assert full_digest(laptop) == before and outbox(laptop).unsent == unsent

    steps: list[tuple[int, int]] = []
    made = export_bundle(laptop, folder, cancelled=lambda: False, progress=lambda d, t: steps.append((d, t)))
    assert made is not None and [p.name for p in folder.iterdir()] == [made.path.name]
    assert made.seq_from == 1 and outbox(laptop).unsent == 0  # numbered as if the cancelled one never was
    assert steps[-1][0] == steps[-1][1] and [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert import_file(team.centre, made.path, team.identities).status == "imported"
