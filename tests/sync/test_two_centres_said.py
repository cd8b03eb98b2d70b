"""A second coordinator is a laptop that joins the team (the team file) and merges with the team key
file; it never publishes. The way a team may get it wrong: the centre's database copied onto the second
coordinator's laptop (with its passphrase), both then publishing team updates. On another computer the
copy keeps the centre's numbering (the rollback check reads that computer's own state folder), so a
laptop got team update 2 from each, with other content, and refused the second as "already applied";
or the copy's first update opened a later numbering and every later update of the centre was refused
as "older than the one applied here". Nothing said that two databases publish. Now such an update is
refused as ``two_centres``, in one translated line that says so (still nothing changed), and a file
applied before, or one really older (a centre restored from a backup), is said as before.
Real stores, the real writer and reader, real signatures."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.core.backups import backup, restore
from desktop.core.clock import system_ms
from desktop.core.db import Store, open_store
from desktop.sync.devices import preregister
from desktop.sync.errors import StaleTeamUpdateError, TwoCentresError
from desktop.sync.keys import generate_signing_key, public_key_b64
from desktop.sync.team import import_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def _behind(ms: int) -> Callable[[], int]:
    return lambda: system_ms() - ms


@contextmanager
def _opened(path: Path, wall: Callable[[], int] = system_ms) -> Iterator[Store]:
    store = open_store(path, PASSPHRASE, wall=wall)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _on_another_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The copy opened where the centre's state folder is not (the second coordinator's laptop)."""
    with monkeypatch.context() as m:
        m.setenv("MAJLIS_STATE_DIR", str(tmp_path / "other-computer-state"))
        yield


def _copy_centre(tmp_path: Path) -> Path:
    copy = tmp_path / "copy-of-centre.db"
    shutil.copyfile(tmp_path / "centre.db", copy)
    return copy


def _register_someone(centre: Store) -> None:
    preregister(centre, "0190f3a2-7c1e-7a3b-9d2e-0000000000cd", public_key_b64(generate_signing_key()), "")


def test_the_same_number_with_other_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        import_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    finally:
        team.close()
    copy = _copy_centre(tmp_path)
    with _on_another_computer(monkeypatch, tmp_path), _opened(copy) as second:
        from_copy = write_team_update(second, tmp_path / "u2-copy.majlis")
    with _opened(tmp_path / "centre.db") as centre:
        _register_someone(centre)  # the centre's update 2 holds something the copy's does not
        from_centre = write_team_update(centre, tmp_path / "u2-centre.majlis")
    assert from_copy.sequence == from_centre.sequence == 2
    with _opened(tmp_path / "field0.db") as laptop:
        assert import_team_update(laptop, from_centre.path)[0] == 2
        with pytest.raises(TwoCentresError) as caught:
            import_team_update(laptop, from_copy.path)
        assert caught.value.code == "two_centres"
        assert "copy of the centre's database" in caught.value.message
        with pytest.raises(StaleTeamUpdateError) as again:  # the very file applied: said as before
            import_team_update(laptop, from_centre.path)
        assert again.value.same


def test_a_numbering_the_centre_went_on_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    team.close()
    copy = _copy_centre(tmp_path)
    with _opened(tmp_path / "centre.db", wall=_behind(60_000)) as centre:  # its numbering begins first
        first = write_team_update(centre, tmp_path / "u1-centre.majlis")
    with _on_another_computer(monkeypatch, tmp_path), _opened(copy, wall=_behind(30_000)) as second:
        from_copy = write_team_update(second, tmp_path / "u1-copy.majlis")  # a later numbering
    with _opened(tmp_path / "centre.db", wall=_behind(60_000)) as centre:
        _register_someone(centre)
        later = write_team_update(centre, tmp_path / "u2-centre.majlis")  # published after the copy's began
    assert (first.sequence, from_copy.sequence, later.sequence) == (1, 1, 2)
    with _opened(tmp_path / "field0.db") as laptop:
        assert import_team_update(laptop, from_copy.path)[0] == 1
        with pytest.raises(TwoCentresError):
            import_team_update(laptop, later.path)


def test_an_older_update_of_a_restored_centre_is_said_as_before(tmp_path: Path) -> None:
    """A centre restored from a backup starts a later numbering; its updates published before the restore
    stay "older", not a second centre: they were made before the later numbering began."""
    team = make_team(tmp_path, devices=1)
    try:
        kept = backup(team.centre.engine, tmp_path / "centre.db", PASSPHRASE)
        before = write_team_update(team.centre, tmp_path / "u1-before.majlis")
    finally:
        team.close()
    restore(kept, tmp_path / "centre.db", PASSPHRASE)
    with _opened(tmp_path / "centre.db") as centre:
        after = write_team_update(centre, tmp_path / "u1-after.majlis")
    with _opened(tmp_path / "field0.db") as laptop:
        assert import_team_update(laptop, after.path)[0] == 1
        with pytest.raises(StaleTeamUpdateError) as caught:
            import_team_update(laptop, before.path)
        assert not caught.value.same
