"""Review finding 3 (failing test): the recipients bound is counted two ways. refuse_too_many (team create,
team update export, team key rotate) counts each recipient once (``set``), while a laptop's update_recipients
counts the manifest's list as written (``len(raw)``) before it drops repeats. A team made with 99 distinct
extra recipients, one of them given twice (``--recipient`` repeated: 100 given, 99 distinct), passes team
create and every team update export (the team row keeps the repeat), and every laptop refuses every update
as malformed: the team gets no team update, the case hp17 meant to close. Real stores, real team
file and team update."""

from __future__ import annotations

from pathlib import Path

from desktop.sync import keys
from desktop.sync.key_rotation import RECIPIENTS_MAX
from desktop.sync.team import apply_team_update, create_team, join_team, write_team_update
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def test_a_team_whose_recipient_was_given_twice_gets_its_updates(tmp_path: Path) -> None:
    extras = tuple(keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX - 1))
    given = (*extras, extras[0])  # one --recipient given twice: each counted once, the centre's key the 100th
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    team_file = tmp_path / "team.majlis-team"
    create_team(centre, name="Many coordinators", team_file=team_file, extra_recipients=given)  # accepted
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    try:
        join_team(laptop, team_file)
        update = write_team_update(centre, tmp_path / "u1.majlis").path  # written: no refusal at the centre
        assert apply_team_update(laptop, update).sequence == 1  # fails: MalformedBundleError at every laptop
    finally:
        laptop.close()
        centre.close()
