"""The team's consent form at the highest version a bundle or team update can carry (2**31 - 1), here
brought by a coordinator laptop's bundle (its forms are the team's). The centre numbered its next version
2**31, which every laptop refuses in a team update (a value out of its column's range, ``malformed``): that
update and every later one, for the form stays in each. Publishing such a version is now refused
(``too_many_versions``, said by the editor as "The form could not be published."), nothing written, and the
team update still reaches the laptop."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core import consent, consent_forms
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, write_team_update
from desktop.sync.team_snapshot import snapshot
from desktop.sync.values import INT_MAX
from tests.consent_helpers import template_texts
from tests.sync_helpers import full_digest, make_team
from tests.trust_helpers import change, forge, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")


def test_the_limit_is_a_bundles() -> None:
    assert consent_forms.VERSION_LIMIT == INT_MAX


def test_no_version_past_what_a_team_update_carries(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    try:
        centre, laptop, coordinator = team.centre, team.devices[0], team.devices[1]
        consent.publish_version(centre, consent.TEAM_FORM_KEY, template_texts())
        with centre.session() as s:
            form = next(r for r in snapshot(s, ("consent_template",))["consent_template"])
        at_the_limit = change("consent_template", "insert", {**form["data"], "version": INT_MAX},
                              device=coordinator.device_id, seq=1, ms=int(time.time() * 1000) + 60_000,
                              epoch=f"{0xEE:08x}")
        bundle = forge(team, [at_the_limit], device_id=coordinator.device_id, key=laptop_key(coordinator),
                       epoch=0xEE, out=tmp_path / "coordinator.majlis")
        assert [o.status for o in import_files(centre, [bundle], team.identities)] == ["imported"]
        before = full_digest(centre)
        with pytest.raises(consent.ConsentInvalid) as refused:
            consent.publish_version(centre, consent.TEAM_FORM_KEY, template_texts())
        assert refused.value.code == "too_many_versions"
        assert full_digest(centre) == before
        apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path)
        with laptop.session() as s:
            newest = consent.template_for(s, consent.TEAM_FORM_KEY, "ar")
            assert newest is not None and newest.version == INT_MAX
    finally:
        team.close()
