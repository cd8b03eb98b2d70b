"""How the centre reads the lines of a rostered laptop's changes.jsonl that Majlis never writes.

A bundle made by hand (validly encrypted to the team, its manifest signed with the laptop's own roster
key, every hash and count right), so that only the framing of its lines is hostile, imported by the real
importer: a byte order mark, a NUL byte, or one line of 50 MB is refused in one line naming the code and
no content, with the centre's every table unchanged and the next file of the same import applied. A
line ended by CR LF holds the same change (its content hash is of the change, not of the line) and is
taken, as the manifest's hash of the file says it came as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import migrate
from desktop.core.models import Session
from desktop.sync.importer import import_files
from desktop.sync.keys import public_key_b64
from desktop.sync.manifest import canonical_json
from desktop.sync.team import current_team
from tests.bundle_helpers import craft, manifest_dict
from tests.sync_helpers import Team, full_digest, make_team, session_bundle
from tests.trust_helpers import change, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")
TITLE = "جلسة البصرة الثانية"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=2)
    yield t
    t.close()


def _session(team: Team, title: str = TITLE) -> dict[str, Any]:
    return change("session", "insert", {"kind": "focus_group", "title": title, "deleted": False},
                  device=team.devices[0].device_id, seq=1)


def _by_hand(team: Team, lines: bytes, out: Path, count: int = 1) -> Path:
    """A bundle of laptop 0 whose changes.jsonl is exactly ``lines`` (``count`` lines, one change)."""
    laptop = team.devices[0]
    with team.centre.session() as s:
        known = current_team(s)
        assert known is not None
        team_id, recipients = known.id, list(known.recipients)
    key = laptop_key(laptop)
    payload = {"changes.jsonl": lines}
    manifest = manifest_dict(
        payload, team_id=team_id, recipients=recipients, seq={"from": 1, "to": 1},
        schema_revision=migrate.current_revision(team.centre.engine) or "", counts={"changes": count, "attachments": 0},
        device={"id": laptop.device_id, "name": "field laptop 1", "public_key": public_key_b64(key), "epoch": 10})
    out.write_bytes(craft(payload, manifest=manifest, key=key, recipients=recipients))
    return out


def _titles(team: Team) -> list[str]:
    with team.centre.session() as s:
        return sorted(s.scalars(select(Session.title)).all())


@pytest.mark.parametrize("framing", ["bom", "nul", "nul-in-text"])
def test_a_line_majlis_never_writes_is_refused_and_the_next_file_imported(team: Team, tmp_path: Path,
                                                                         framing: str) -> None:
    line = canonical_json(_session(team)) + b"\n"
    lines = {"bom": b"\xef\xbb\xbf" + line, "nul": line[:-1] + b"\x00\n",
             "nul-in-text": line.replace(TITLE.encode(), TITLE.encode() + b"\x00")}[framing]
    bundle = _by_hand(team, lines, tmp_path / "framed.majlis")
    before = full_digest(team.centre)
    (alone,) = import_files(team.centre, [bundle], team.identities)
    assert (alone.status, alone.code) == ("refused", "malformed"), alone
    assert full_digest(team.centre) == before
    after = session_bundle(team.devices[1], tmp_path / "b.majlis", "جلسة الديوانية")
    refused, applied = import_files(team.centre, [bundle, after], team.identities)
    assert (refused.status, refused.code) == ("refused", "malformed"), refused
    assert "\n" not in refused.message and TITLE not in refused.message
    assert applied.status == "imported", applied
    assert _titles(team) == ["جلسة الديوانية"]


def test_a_line_of_fifty_megabytes_is_refused_without_its_content(team: Team, tmp_path: Path) -> None:
    long_title = "ب" * (25 * 1024 * 1024)  # two bytes each in UTF-8: one line of 50 MB
    bundle = _by_hand(team, canonical_json(_session(team, long_title)) + b"\n", tmp_path / "long.majlis")
    before = full_digest(team.centre)
    (refused,) = import_files(team.centre, [bundle], team.identities)
    assert (refused.status, refused.code) == ("refused", "bad_value"), refused
    assert "\n" not in refused.message and len(refused.message) < 300 and "بب" not in refused.message
    assert full_digest(team.centre) == before


def test_a_line_ended_by_cr_lf_holds_the_same_change(team: Team, tmp_path: Path) -> None:
    line = canonical_json(_session(team))
    (outcome,) = import_files(team.centre, [_by_hand(team, line + b"\r\n", tmp_path / "crlf.majlis")],
                              team.identities)
    assert outcome.status == "imported", outcome
    assert _titles(team) == [TITLE]
