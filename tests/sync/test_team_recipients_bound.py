"""The team's recipients have one bound (key_rotation.RECIPIENTS_MAX), checked where they are made and
where a team update naming them is written, so the centre never publishes what laptops refuse.

``team create --recipient`` took any number of extra recipients while a laptop refuses as ``malformed``
every team update naming more than RECIPIENTS_MAX (hp13's review finding 1): a team made with many extra
coordinators' keys got no team update on any laptop, ever. Now a team at the bound gets its updates, and one
past it is refused at team create (and at team update export / team key rotate for a team made before the
bound) in one line, nothing made or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.models import Team
from desktop.sync import keys
from desktop.sync.errors import TooManyRecipientsError
from desktop.sync.key_rotation import RECIPIENTS_MAX, rotate_team_key
from desktop.sync.team import apply_team_update, create_team, current_team, join_team, write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def _recipients(n: int) -> tuple[str, ...]:
    return tuple(keys.recipient_of(keys.generate_identity()) for _ in range(n))


def test_a_team_made_with_as_many_extra_recipients_as_it_may_gets_team_updates(tmp_path: Path) -> None:
    assert RECIPIENTS_MAX >= 100  # enough for any real team: more than the 10 a laptop took before
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    extras = _recipients(RECIPIENTS_MAX - 1)  # with the centre's own key: RECIPIENTS_MAX
    team_file = tmp_path / "team.majlis-team"
    create_team(centre, name="Many coordinators", team_file=team_file, extra_recipients=extras)
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    join_team(laptop, team_file)
    try:
        rotate_team_key(centre)  # the new key in place of the old: still RECIPIENTS_MAX
        update = write_team_update(centre, tmp_path / "u1.majlis").path
        applied = apply_team_update(laptop, update)
        assert applied.sequence == 1 and applied.new_key
    finally:
        laptop.close()
        centre.close()


def test_team_create_past_the_bound_is_one_line_and_makes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    extra = [a for r in _recipients(RECIPIENTS_MAX) for a in ("--recipient", r)]
    code, out, err = run(capsys, "team", "create", "--db", db, "--name", "Basra", "--team-file",
                         tmp_path / "t.majlis-team", *extra)
    assert (code, out) == (1, ""), (code, out, err)
    assert err.count("\n") == 1 and f"[{TooManyRecipientsError.code}]" in err, err
    assert f"at most {RECIPIENTS_MAX} keys" in err, err
    assert not (tmp_path / "t.majlis-team").exists()
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            assert current_team(s) is None
    finally:
        store.close()


def test_a_team_made_before_the_bound_with_more_publishes_nothing_laptops_refuse(tmp_path: Path) -> None:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    try:
        create_team(centre, name="Old team", team_file=tmp_path / "t.majlis-team")
        with centre.transaction(replicating=True) as s:  # as team create stored any number before the bound
            team = s.scalars(select(Team)).one()
            team.recipients = [*team.recipients, *_recipients(RECIPIENTS_MAX)]
            before = list(team.recipients)
        with pytest.raises(TooManyRecipientsError):
            write_team_update(centre, tmp_path / "u1.majlis")
        assert not (tmp_path / "u1.majlis").exists()
        with pytest.raises(TooManyRecipientsError):
            rotate_team_key(centre)
        with centre.session() as s:
            assert s.scalars(select(Team)).one().recipients == before
    finally:
        centre.close()
