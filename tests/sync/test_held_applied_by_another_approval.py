"""The Sync page's approval applying a device's held bundles while ``majlis-cli device approve N``
(or another program) applies the same ones: each bundle goes in once, and the page's approval does
not report the bundles the other one took as refused.

Before, a held bundle discarded by the other approval between the page's listing and its reading
was read as an empty archive: "refused: the bundle's inner archive is not a valid ZIP" for bundles
that were in fact applied (or, read half-way, a traceback)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.sync import held_archive, roster
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=0)


def held_device(team: Team, tmp_path: Path, bundles: int) -> int:
    store = fresh_store(tmp_path / "kirkuk.db", PASSPHRASE, "Kirkuk laptop")
    try:
        join_team(store, team.team_file)
        paths = []
        for n in range(bundles):
            with store.transaction() as s:
                s.add(Participant(code=f"KRK-FG01-P0{n + 1}"))
            made = export_bundle(store, tmp_path / f"kirkuk{n}.majlis")
            assert made is not None
            paths.append(made.path)
    finally:
        store.close()
    assert [o.status for o in import_files(team.centre, paths, team.identities)] == ["held"] * bundles
    [waiting] = roster.pending(team.centre)
    return waiting.id


def test_bundles_applied_meanwhile_by_another_approval(team: Team, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    number = held_device(team, tmp_path, 2)
    real_load = held_archive.load
    other: list[roster.Approved] = []
    calls: list[int] = []

    def load_after_the_other(*args: Any) -> Any:
        # The page's approval is about to read its first held bundle; majlis-cli's runs now, to the end.
        calls.append(1)
        if len(calls) == 1:
            other.append(roster.approve(team.centre, number))
        return real_load(*args)

    monkeypatch.setattr(held_archive, "load", load_after_the_other)
    page = roster.approve(team.centre, number, waiting_only=True)
    assert [o.status for o in other[0].outcomes] == ["imported", "imported"]
    assert [o.status for o in page.outcomes] == []  # nothing refused: the other one applied them
    with team.centre.session() as s:
        assert len(s.execute(select(Participant.id)).all()) == 2
    assert roster.pending(team.centre) == []
