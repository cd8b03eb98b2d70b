"""A field laptop restored from a backup with the real `majlis-cli restore`, and its next bundle taken
to the centre: what the restore tests of tests/cli share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import ChangeLog
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import Study
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


@dataclass
class FieldLaptop:
    """A team's one field laptop holding a study (``tests/cli/conftest.py``'s ``field`` fixture): backed
    up, restored over, sending to the centre. After :meth:`restore`, ``laptop`` is the restored store."""

    team: Team
    study: Study
    folder: Path

    @property
    def laptop(self) -> Store:
        return self.team.devices[0]

    @property
    def centre(self) -> Store:
        return self.team.centre

    def send(self, name: str) -> str:
        """Export what waits into ``name``.majlis and import it at the centre: the import's status."""
        return send_to_centre(self.laptop, self.team, self.folder / f"{name}.majlis")

    def backup(self) -> Path:
        return backups.backup(self.laptop.engine, self.laptop.path, PASSPHRASE)

    def restore(self, backup: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
        """`majlis-cli restore --from backup`: its stdout and stderr; the laptop is the restored store."""
        self.team.devices[0], out, err = restore_from(self.laptop, backup, capsys)
        return out, err

    def logged_since_restore(self) -> list[tuple[str, str, str]]:
        """(entity, op, row id) of each change the laptop logged in its epoch (a restore starts a new one)."""
        with self.laptop.session() as s:
            logged = s.scalars(select(ChangeLog).where(ChangeLog.epoch == self.laptop.epoch)).all()
            return sorted((c.entity, c.op, c.row_id) for c in logged)

    def nothing_left_to_send(self) -> bool:
        return export_bundle(self.laptop, self.folder / "nothing-more.majlis") is None
