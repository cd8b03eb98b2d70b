"""The team's files as the real writers make them, for tests that craft edge cases from their bytes (a copy
cut short, a file renamed, a ZIP of another file's members): a team update bringing a code, a laptop's
bundle of one roundtable, the team file. Shared by tests/sync/test_file_kinds_one_answer.py and
tests/sync/test_readers_ask_file_kinds.py."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pyrage import x25519

from desktop.core import codebook
from desktop.core.backups import backup
from desktop.sync.team import write_team_update
from desktop.sync.team_file import read_team_file
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team, session_bundle


def zip_of(members: dict[str, bytes]) -> bytes:
    """A ZIP (stored, unsigned) of these members, in this order. Stored, unlike bundle_helpers.raw_zip:
    a member's bytes stand as they are in the file (a test may spoil one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def members_of(data: bytes) -> dict[str, bytes]:
    """A ZIP's members, in its order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@dataclass(frozen=True)
class Writings:
    update: bytes  # the centre's team update
    bundle: bytes  # the laptop's bundle
    team_file: bytes
    central_verify_key: str  # the team file's, which a team update is checked against
    identities: list[x25519.Identity]  # the team's key (its file: team.key in the folder given)
    database: bytes  # the centre's backup (an SQLCipher database) when asked for, else b""


def team_writings(tmp: Path, *, database: bool = False) -> Writings:
    """Make a team in ``tmp`` (closed on return) and what its writers write; with ``database``, the centre's
    backup too."""
    team = make_team(tmp, devices=1)
    try:
        with team.centre.transaction() as s:
            codebook.create_code(s, name_ar="الثقة بالمؤسسات", name_en="Trust in institutions")
        update = write_team_update(team.centre, tmp / "made-update.majlis").path.read_bytes()
        bundle = session_bundle(team.devices[0], tmp / "made-bundle.majlis", "Roundtable Basra").read_bytes()
        kept = backup(team.centre.engine, tmp / "centre.db", PASSPHRASE).read_bytes() if database else b""
        key = read_team_file(team.team_file).central_verify_key
        identities = team.identities
    finally:
        team.close()
    return Writings(update, bundle, team.team_file.read_bytes(), key, identities, kept)
