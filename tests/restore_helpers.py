"""A field laptop restored from a backup with the real `majlis-cli restore`, and its next bundle taken
to the centre: what the restore tests of tests/cli share."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store, open_store
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team


def send_to_centre(laptop: Store, team: Team, out: Path) -> str:
    """Export the laptop's waiting changes and import them at the centre; the import's status."""
    made = export_bundle(laptop, out)
    if made is None:
        return "nothing to send"
    outcomes = import_files(team.centre, [made.path], team.identities)
    assert len(outcomes) == 1
    return f"{outcomes[0].status} {outcomes[0].message}".strip()


def restore_from(laptop: Store, backup: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Store, str, str]:
    """`majlis-cli restore` of ``backup`` over the laptop's database: the store opened again, stdout, stderr."""
    laptop.close()
    code, out, err = run(capsys, "restore", "--db", laptop.path, "--from", backup)
    assert code == 0, err
    return open_store(laptop.path, PASSPHRASE), out, err
