"""The recipients bound is counted one way at the centre and on a laptop (hp4's review finding 3 of session
39): refuse_too_many (team create, team update export, team key rotate) counted each recipient once
(``set``) while a laptop's update_recipients counted the manifest's list as written (``len(raw)``). A team
made with 99 distinct extra recipients, one of them given twice (``--recipient`` repeated: 100 given, 99
distinct), passed team create and every team update export (the team row kept the repeat), and every
laptop refused every update as malformed. Now the centre stores and sends each recipient once
(key_rotation.distinct_recipients) and a laptop counts them the same way, so a centre that stored a repeat
before still reaches its laptops. Real stores, real team file and team update."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.models import Team as TeamRow
from desktop.sync import keys
from desktop.sync.errors import MalformedBundleError
from desktop.sync.key_rotation import RECIPIENTS_MAX, update_recipients
from desktop.sync.team import (
    apply_team_update,
    create_team,
    join_team,
    write_current_team_file,
    write_team_update,
)
from desktop.sync.team_file import read_team_file
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
        assert apply_team_update(laptop, update).sequence == 1  # was: MalformedBundleError at every laptop
    finally:
        laptop.close()
        centre.close()
    assert len(set(read_team_file(team_file).recipients)) == len(read_team_file(team_file).recipients) == RECIPIENTS_MAX


def test_a_centre_that_stored_a_repeat_sends_it_once(tmp_path: Path) -> None:
    extras = tuple(keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX - 1))
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    team_file = tmp_path / "team.majlis-team"
    create_team(centre, name="Many coordinators", team_file=team_file, extra_recipients=extras)
    with centre.transaction(replicating=True) as s:  # as team create stored a repeat before it counted once
        row = s.scalars(select(TeamRow)).one()
        row.recipients = [*row.recipients, extras[3]]
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    try:
        join_team(laptop, team_file)
        again = tmp_path / "again.majlis-team"
        write_current_team_file(centre, again)
        assert len(read_team_file(again).recipients) == RECIPIENTS_MAX  # the repeat written once
        update = write_team_update(centre, tmp_path / "u1.majlis").path
        assert apply_team_update(laptop, update).sequence == 1
        with laptop.session() as s:
            assert len(s.scalars(select(TeamRow)).one().recipients) == RECIPIENTS_MAX
    finally:
        laptop.close()
        centre.close()


def test_a_laptop_counts_an_update_s_recipients_once_each() -> None:
    distinct = [keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX)]
    listed = [*distinct, distinct[0], f" {distinct[1]} "]  # as a centre that stored a repeat wrote them
    assert update_recipients(listed) == tuple(distinct)
    with pytest.raises(MalformedBundleError):  # one more distinct recipient than a team has
        update_recipients([*distinct, keys.recipient_of(keys.generate_identity())])
    with pytest.raises(MalformedBundleError):  # a list no centre writes, however few distinct
        update_recipients([distinct[0]] * (3 * RECIPIENTS_MAX))
