"""A team file has the one bound of the team's recipients (key_rotation.RECIPIENTS_MAX) a team update has:
the centre refused to publish a team update naming more (too_many_recipients) and a laptop refused such an
update, but `team file` (write_current_team_file) wrote a file naming them all for a team made before the
bound, and a laptop joining with a file naming more took them: its bundles went to every one. Now the centre
refuses to write it in one line (nothing written, the numbering not fixed) and a laptop refuses the file as
malformed (nothing written: no team joined, or its recipients kept). Real SQLCipher stores, real signed team
files, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import exported_position
from desktop.core.db import Store, open_store
from desktop.core.models import Team
from desktop.sync import keys
from desktop.sync.errors import MalformedBundleError, TooManyRecipientsError
from desktop.sync.key_rotation import RECIPIENTS_MAX
from desktop.sync.team import create_team, current_team, join_team, write_current_team_file
from desktop.sync.team_file import read_team_file, write_team_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def _recipients(n: int) -> tuple[str, ...]:
    return tuple(keys.recipient_of(keys.generate_identity()) for _ in range(n))


def _old_team(tmp_path: Path, extra: int) -> tuple[Store, Path]:
    """A centre whose team holds ``extra`` more recipients than its own key (as team create stored any number
    before the bound), and the team file it wrote at team create."""
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    team_file = tmp_path / "team.majlis-team"
    create_team(centre, name="Old team", team_file=team_file)
    with centre.transaction(replicating=True) as s:
        team = s.scalars(select(Team)).one()
        team.recipients = [*team.recipients, *_recipients(extra)]
    return centre, team_file


def _file_naming(centre: Store, like: Path, out: Path, recipients: tuple[str, ...]) -> Path:
    """A team file signed with the centre's central key naming ``recipients`` (as an earlier Majlis wrote one
    for a team made before the bound), otherwise as ``like``."""
    with centre.session() as s:
        team = current_team(s)
        assert team is not None and team.central_signing_key
        signing = keys.load_signing_key(team.central_signing_key)
    tf = read_team_file(like)
    return write_team_file(out, team_id=tf.team_id, team_name=tf.team_name, recipients=recipients,
                           central_signing_key=signing, payload=tf.payload, after_update=(0, 0), team_keys=1)


def test_the_centre_writes_no_team_file_naming_more_than_the_bound(tmp_path: Path) -> None:
    centre, _ = _old_team(tmp_path, RECIPIENTS_MAX)
    try:
        numbering = exported_position.update_epoch_key(centre.epoch)
        assert centre.get_state(numbering) == ""  # no team update yet: the file would fix the numbering
        with pytest.raises(TooManyRecipientsError):
            write_current_team_file(centre, tmp_path / "again.majlis-team")
        assert not (tmp_path / "again.majlis-team").exists()
        assert centre.get_state(numbering) == ""  # not fixed
        with centre.session() as s:
            assert s.scalars(select(Team)).one().update_sequence == 0
    finally:
        centre.close()


def test_team_file_past_the_bound_is_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    centre, _ = _old_team(tmp_path, RECIPIENTS_MAX)
    db = centre.path
    centre.close()
    out_file = tmp_path / "again.majlis-team"
    code, out, err = run(capsys, "team", "file", "--db", db, "--out", out_file)
    assert (code, out) == (1, ""), (code, out, err)
    assert err.count("\n") == 1 and f"[{TooManyRecipientsError.code}]" in err, err
    assert f"at most {RECIPIENTS_MAX} keys" in err, err
    assert not out_file.exists()


def test_the_centre_writes_a_team_file_at_the_bound(tmp_path: Path) -> None:
    centre, _ = _old_team(tmp_path, RECIPIENTS_MAX - 1)
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    try:
        again = tmp_path / "again.majlis-team"
        write_current_team_file(centre, again)
        join_team(laptop, again)
        with laptop.session() as s:
            joined = current_team(s)
            assert joined is not None and len(joined.recipients) == RECIPIENTS_MAX
    finally:
        laptop.close()
        centre.close()


def test_a_laptop_refuses_to_join_with_a_file_naming_more_than_the_bound(tmp_path: Path) -> None:
    centre, team_file = _old_team(tmp_path, 0)
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    try:
        own = read_team_file(team_file).recipients
        many = _file_naming(centre, team_file, tmp_path / "many.majlis-team", (*own, *_recipients(RECIPIENTS_MAX)))
        with pytest.raises(MalformedBundleError):
            join_team(laptop, many)
        with laptop.session() as s:
            assert current_team(s) is None  # nothing joined
        join_team(laptop, team_file)
        with pytest.raises(MalformedBundleError):  # joined again with it: its recipients kept
            join_team(laptop, many)
        with laptop.session() as s:
            joined = current_team(s)
            assert joined is not None and list(joined.recipients) == list(own)
    finally:
        laptop.close()
        centre.close()


def test_the_cli_refuses_the_file_in_one_line_and_joins_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    centre, team_file = _old_team(tmp_path, 0)
    try:
        own = read_team_file(team_file).recipients
        many = _file_naming(centre, team_file, tmp_path / "many.majlis-team", (*own, *_recipients(RECIPIENTS_MAX)))
    finally:
        centre.close()
    db = tmp_path / "laptop.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    code, out, err = run(capsys, "team", "join", "--db", db, "--team-file", many)
    assert (code, out) == (1, ""), (code, out, err)
    assert err.count("\n") == 1 and "[malformed]" in err, err
    laptop = open_store(db, PASSPHRASE)
    try:
        with laptop.session() as s:
            assert current_team(s) is None
    finally:
        laptop.close()


def test_a_file_naming_a_recipient_twice_is_counted_and_kept_once(tmp_path: Path) -> None:
    centre, team_file = _old_team(tmp_path, 0)
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "laptop")
    try:
        own = read_team_file(team_file).recipients
        extras = _recipients(RECIPIENTS_MAX - 1)
        repeated = _file_naming(centre, team_file, tmp_path / "repeated.majlis-team", (*own, *extras, *extras))
        join_team(laptop, repeated)  # as a team update of a centre that stored a repeat is taken
        with laptop.session() as s:
            joined = current_team(s)
            assert joined is not None and list(joined.recipients) == [*own, *extras]
    finally:
        laptop.close()
        centre.close()
