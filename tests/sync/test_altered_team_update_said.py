"""A team update altered or damaged on its way to the laptop (a byte changed on a failing USB stick, an
edit) was refused with a bundle's words: "A file inside the bundle does not match the hash in its
manifest" (or "The bundle's signature does not match …"), on the Sync page and at `team update import`.
A facilitator applying the centre's team update was not told it was the update, nor what to do. It now
says the team update was altered or damaged and to copy it again from the centre; the code stays the
same (hash_mismatch, bad_signature), and a bundle's refusal keeps its own words."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import codebook
from desktop.sync import errors
from desktop.sync.team import apply_team_update, write_team_update
from tests.sync_helpers import Team, full_digest, make_team

SAID = ("The team update's content does not match the centre's signature: it was altered or damaged on the way. "
        "Copy it again from the centre; nothing was changed.")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _update(team: Team, tmp_path: Path) -> Path:
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="المياه")
    return write_team_update(team.centre, tmp_path / "update.majlis").path


def _rewritten(path: Path, out: Path, change: str) -> Path:
    """The update's ZIP written again with one member's bytes changed: the changes, or the manifest."""
    with zipfile.ZipFile(path) as src:
        members = {i.filename: src.read(i) for i in src.infolist()}
    name = "manifest.json" if change == "manifest" else next(n for n in members if n.startswith("changes"))
    # A space added in the manifest (still well formed), or a line added to the changes.
    members[name] = members[name].replace(b"Z\",", b"Z\" ,", 1) if change == "manifest" else members[name] + b"\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as dst:
        for member, data in members.items():
            dst.writestr(member, data)
    out.write_bytes(buffer.getvalue())
    return out


@pytest.mark.parametrize("change", ["changes", "manifest"])
def test_an_altered_team_update_is_said_to_be_one(team: Team, tmp_path: Path, change: str) -> None:
    altered = _rewritten(_update(team, tmp_path), tmp_path / "altered.majlis", change)
    laptop = team.devices[0]
    before = full_digest(laptop)
    with pytest.raises((errors.HashMismatchError, errors.BadSignatureError)) as refused:
        apply_team_update(laptop, altered)
    assert refused.value.message == SAID
    assert full_digest(laptop) == before
