"""Review finding 1 (failing test): ``team create --recipient`` takes any number of extra recipients
(create_team checks only that each is an age recipient), but since team updates carry the team's
recipients (1ee81d30) a laptop refuses whole (``malformed``) every update naming more than
key_rotation.RECIPIENTS_MAX. A team created with ten extra coordinators' keys gets no team update on any
laptop from then on: no erasure, no roster, no consent form reaches them. Either the limit is checked
where recipients are MADE (create_team, team file), or the apply path accepts what the centre made."""

from __future__ import annotations

from pathlib import Path

from desktop.sync import keys
from desktop.sync.key_rotation import RECIPIENTS_MAX
from desktop.sync.team import apply_team_update, create_team, join_team, write_team_update
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def test_a_team_made_with_many_extra_recipients_still_gets_team_updates(tmp_path: Path) -> None:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    extras = tuple(keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX))
    team_file = tmp_path / "team.majlis-team"
    # Accepted: the team is made, its file written, a laptop joins it.
    create_team(centre, name="Many coordinators", team_file=team_file, extra_recipients=extras)
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    join_team(laptop, team_file)
    try:
        update = write_team_update(centre, tmp_path / "u1.majlis").path
        applied = apply_team_update(laptop, update)  # raises MalformedBundleError today
        assert applied.sequence == 1
    finally:
        laptop.close()
        centre.close()
