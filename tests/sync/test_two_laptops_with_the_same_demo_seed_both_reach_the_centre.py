"""A training day: every facilitator runs `majlis-cli demo --db laptop.db` (the default seed) on a laptop
that joined the team, and sends a bundle; the coordinator imports the stick. Found in session 41 (hp9):
only the first laptop's bundle is imported; every other is refused whole as
`[published_row] The bundle changes a code published by the centre …`, which is not so (the centre
published no such code). The same seed gives the same row ids on every device (desktop/core/demo.py
`_Ids`: "Reproducible UUIDv7s", README: "the same seed gives the same data"), so the second laptop's
codes, sessions and people collide with the first's rows at the centre. Real stores, real bundles through
the real writer and importer."""

from __future__ import annotations

from pathlib import Path

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=2)


def test_two_laptops_given_the_default_demo_seed_both_reach_the_centre(team: Team, tmp_path: Path) -> None:
    bundles = []
    for n, laptop in enumerate(team.devices):
        demo.generate(laptop, sessions=1, advocacy=False)  # `majlis-cli demo` without --seed
        made = export_bundle(laptop, tmp_path / f"laptop{n}.majlis")
        assert made is not None
        bundles.append(made.path)
    outcomes = import_files(team.centre, bundles, team.identities)
    assert [(o.status, o.code) for o in outcomes] == [("imported", "")] * 2, [o.message for o in outcomes]
