"""A field laptop's key used against the team's consent form (what held in session 36's audit, kept so).

A form is told by its key and its publisher (``core/form_publishers.py``). A laptop's own form under the
team's key at the highest version a bundle carries stays that laptop's: the centre's next team version is
2 and the other laptops sign the team's. A laptop's bundle that changes the team's form, or that inserts a
row under the team form's id, is refused whole (``published_row``), the centre unchanged, and the next
file of the same import is applied."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import consent
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, write_team_update
from desktop.sync.team_snapshot import snapshot
from desktop.sync.values import INT_MAX
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team, full_digest, make_team, session_bundle
from tests.trust_helpers import change, forge, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=2)
    consent.publish_version(made.centre, consent.TEAM_FORM_KEY, template_texts())
    for n, laptop in enumerate(made.devices):
        apply_team_update(laptop, write_team_update(made.centre, tmp_path / f"u1-{n}.majlis").path)
    yield made
    made.close()


def _teams_form(team: Team) -> dict[str, Any]:
    with team.centre.session() as s:
        return next(r for r in snapshot(s, ("consent_template",))["consent_template"] if r["data"]["language"] == "ar")


def _by_laptop_a(team: Team, tmp_path: Path, op: str, data: dict[str, Any], row_id: str | None = None) -> Path:
    a = team.devices[0]
    made = change("consent_template", op, data, device=a.device_id, seq=1, row_id=row_id,
                  ms=int(time.time() * 1000) + 60_000, epoch=f"{0xEE:08x}")
    return forge(team, [made], device_id=a.device_id, key=laptop_key(a), epoch=0xEE, out=tmp_path / "a.majlis")


def test_a_laptops_own_form_at_the_highest_version_leaves_the_teams_numbering(team: Team, tmp_path: Path) -> None:
    own = _by_laptop_a(team, tmp_path, "insert", {**_teams_form(team)["data"], "version": INT_MAX})
    assert [o.status for o in import_files(team.centre, [own], team.identities)] == ["imported"]
    with team.centre.session() as s:
        assert consent.newest_versions(s)[consent.TEAM_FORM_KEY] == 1
    assert consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts()) == 2
    b = team.devices[1]
    apply_team_update(b, write_team_update(team.centre, tmp_path / "u2.majlis").path)
    with b.session() as s:
        signed = consent.template_for(s, consent.TEAM_FORM_KEY, "ar")
        assert signed is not None and signed.version == 2


@pytest.mark.parametrize("how", ["changes the team's form", "inserts under its id"])
def test_a_laptop_cannot_touch_the_teams_form(team: Team, tmp_path: Path, how: str) -> None:
    form = _teams_form(team)
    if how == "changes the team's form":
        forged = _by_laptop_a(team, tmp_path, "update", {"version": 99, "title": "استمارة أخرى"}, form["id"])
    else:
        forged = _by_laptop_a(team, tmp_path, "insert", {**form["data"], "version": 77}, form["id"])
    before = full_digest(team.centre)
    (alone,) = import_files(team.centre, [forged], team.identities)
    assert (alone.status, alone.code) == ("refused", "published_row")
    assert "\n" not in alone.message
    assert full_digest(team.centre) == before
    good = session_bundle(team.devices[1], tmp_path / "b.majlis", "جلسة الديوانية")
    assert [o.status for o in import_files(team.centre, [forged, good], team.identities)] == ["refused", "imported"]
