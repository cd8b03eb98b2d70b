"""A large file that is no bundle, chosen with the bundles (the stick's root selected whole in the
Import dialog: a facilitator's recording of a session beside the laptops' bundles), is refused by its
first bytes. It was read whole first, up to the bundle reader's limit (640 MB on a slow USB stick, as
much memory on a coordinator's laptop) to be refused after all, and one past that limit was said to be
"larger than allowed", as if it were a bundle too big to import, not what it is: no bundle."""

from __future__ import annotations

from pathlib import Path

from desktop.sync.bundle_reader import _max_file_size
from desktop.sync.bundle_stream import DEFAULT_MAX_TOTAL
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=0)


def sparse_file(path: Path, head: bytes, size: int) -> Path:
    """A file of ``size`` bytes that begins with ``head``; the rest a hole (no disk used)."""
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


def test_a_recording_past_the_bundle_limit_is_said_to_be_no_bundle(team: Team, tmp_path: Path) -> None:
    size = _max_file_size(DEFAULT_MAX_TOTAL) + 50_000_000
    recording = sparse_file(tmp_path / "FG Basra 2.m4a", b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00", size)
    before = full_digest(team.centre)
    (outcome,) = import_files(team.centre, [recording], team.identities)
    assert (outcome.status, outcome.code) == ("refused", "not_a_bundle"), outcome
    assert full_digest(team.centre) == before


def test_a_file_of_the_team_key_or_nothing_yet_is_said_so_whatever_its_size(team: Team, tmp_path: Path) -> None:
    """The first bytes say the same as the whole file did: the team's key file (kept on the stick),
    a copy that never got past its first bytes, a real bundle (imported)."""
    key = tmp_path / "team.key"
    key.write_bytes(team.identity_file.read_bytes())
    empty = tmp_path / "laptop-3.majlis"
    empty.write_bytes(b"")
    outcomes = import_files(team.centre, [key, empty], team.identities)
    assert [(o.status, o.code) for o in outcomes] == [("refused", "not_a_bundle"), ("refused", "truncated")]
    assert "key file" in outcomes[0].message
