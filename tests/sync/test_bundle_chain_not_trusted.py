"""What a rostered laptop's bundle says of its place in the laptop's stream is not what the centre merges by.

``prev_bundle_hash`` names the laptop's previous bundle file and the epoch its database's numbering: both
are the sender's word (docs/bundle-format.md §2, §3). The centre applies changes by their numbers and
merges rows by their time stamps, so a chain that names a file never seen, two bundles that name the
same previous one (a fork), and an epoch older than one already received (a laptop restored from an
older backup, or one that lies) are imported like any bundle, and the row holds the latest edit,
whatever order the files came in. Through the real writer and importer with the laptop's own key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import migrate
from desktop.core.models import Session
from desktop.sync.bundle_format import write_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import current_team
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")
ROW = "0190f3a2-7c1e-7a3b-9d2e-00000000a001"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def _bundle(team: Team, out: Path, changes: list[dict[str, Any]], *, epoch: int, prev: str | None) -> Path:
    laptop = team.devices[0]
    with team.centre.session() as s:
        known = current_team(s)
        assert known is not None
        team_id, recipients = known.id, list(known.recipients)
    seqs = [c["seq"] for c in changes]
    out.write_bytes(write_bundle(
        changes, {}, kind="changes", team_id=team_id, device_id=laptop.device_id, device_name="field laptop 1",
        epoch=epoch, seq_from=min(seqs), seq_to=max(seqs), prev_bundle_hash=prev,
        schema_revision=migrate.current_revision(team.centre.engine) or "", app_version="0.1.0",
        recipients=recipients, signing_key=laptop_key(laptop)))
    return out


def _title(team: Team) -> str:
    with team.centre.session() as s:
        return s.scalars(select(Session.title).where(Session.id == ROW)).one()


@pytest.mark.parametrize("order", ["in order", "newest first"])
def test_a_broken_or_forked_chain_and_an_older_epoch_are_merged_by_time(team: Team, tmp_path: Path,
                                                                        order: str) -> None:
    device = team.devices[0].device_id
    made = change("session", "insert", {"kind": "roundtable", "title": "الأول", "deleted": False},
                  device=device, seq=1, epoch="00000010", row_id=ROW, ms=1_767_000_000_000)
    older = change("session", "update", {"title": "الثاني"}, device=device, seq=2, epoch="00000010", row_id=ROW,
                   ms=1_767_000_100_000)
    newer = change("session", "update", {"title": "الثالث"}, device=device, seq=1, epoch="00000020", row_id=ROW,
                   ms=1_767_000_200_000)
    first = _bundle(team, tmp_path / "1.majlis", [made], epoch=0x10, prev="ab" * 32)  # names a file never seen
    digest = "cd" * 32
    fork_a = _bundle(team, tmp_path / "2a.majlis", [older], epoch=0x10, prev=digest)
    fork_b = _bundle(team, tmp_path / "2b.majlis", [newer], epoch=0x20, prev=digest)  # same previous, newer epoch
    files = [first, fork_a, fork_b] if order == "in order" else [fork_b, first, fork_a]  # an older epoch after
    outcomes = import_files(team.centre, files, team.identities)
    assert [o.status for o in outcomes] == ["imported"] * 3, outcomes
    assert _title(team) == "الثالث"
    again = import_files(team.centre, files, team.identities)
    assert [o.status for o in again] == ["already_present"] * 3
