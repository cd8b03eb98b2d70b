"""Team updates made by someone other than the team's centre. Each is refused in one line naming what it
is, the laptop's database unchanged (file digest).

* An update signed with another key of the team (a coordinator laptop's own signing key, or any key
  that is not the central key enrolled here) was said to be "altered or damaged on the way. Copy it
  again from the centre": copying it again changes nothing, and nobody was told it was not the centre's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core import migrate
from desktop.core.db import Store
from desktop.sync import errors, keys
from desktop.sync.bundle_format import write_bundle
from desktop.sync.rows import snapshot
from desktop.sync.team import apply_team_update, device_signing_key, write_team_update
from desktop.sync.team_common import current_team
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import file_digest


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    apply_team_update(made.devices[0], write_team_update(made.centre, tmp_path / "u1.majlis").path)
    yield made
    made.close()


def _update(team: Team, lines: list[dict[str, Any]], out: Path, key: Ed25519PrivateKey | None = None) -> Path:
    """A team update of these lines, numbered after every one the centre wrote, signed by ``key`` (the
    central key by default) through the real writer."""
    centre = team.centre
    with centre.session() as s:
        current = current_team(s)
        assert current is not None
        central = keys.load_signing_key(current.central_signing_key or "")
        out.write_bytes(write_bundle(
            lines, {}, kind="team_update", team_id=current.id, device_id=centre.device_id, device_name="centre",
            epoch=centre.clock.wall_ms() + 1000, seq_from=1, seq_to=1, prev_bundle_hash=None,
            schema_revision=migrate.bundle_revision(centre.engine), app_version="0.1.0",
            recipients=list(current.recipients), signing_key=key or central, encrypt=False))
    return out


def _refused(laptop: Store, update: Path) -> errors.BundleError:
    before = file_digest(laptop.path)
    with pytest.raises(errors.BundleError) as refused:
        apply_team_update(laptop, update)
    assert file_digest(laptop.path) == before
    assert "\n" not in refused.value.message
    return refused.value


def test_an_update_signed_by_a_coordinators_key_is_said_to_be_not_the_centres(team: Team, tmp_path: Path) -> None:
    with team.centre.session() as s:
        lines = [{"entity": entity, "row": row} for entity, rows in snapshot(s).items() for row in rows]
    coordinator_key, _ = device_signing_key(team.devices[1])
    refusal = _refused(team.devices[0], _update(team, lines, tmp_path / "forged.majlis", coordinator_key))
    assert refusal.code == "not_central_key"
    assert refusal.message == errors.NotCentralKeyError.default_message
    assert isinstance(refusal, errors.BadSignatureError)  # still one (callers that catch it)

