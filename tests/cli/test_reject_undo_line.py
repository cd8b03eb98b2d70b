"""``device reject`` ends with the way to undo it, and printed ``to undo: majlis-cli device approve 1``:
copied as it stands that is a usage error (``the following arguments are required: --db``, exit 64),
at the moment a coordinator finds out they rejected the wrong laptop. The line now names the
database (quoted when its path has a space, as a folder on Windows often has), so the command it
shows runs as shown and undoes the rejection. Real SQLCipher stores, a real bundle, the real CLI."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")


def test_the_undo_line_of_a_rejection_runs_as_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "centre folder"
    folder.mkdir()
    team = make_team(folder, devices=0)
    team.close()
    centre = folder / "centre.db"
    laptop = fresh_store(tmp_path / "stranger.db", PASSPHRASE, "Mosul laptop")
    try:
        join_team(laptop, team.team_file)
        with laptop.transaction() as s:
            s.add(Participant(code="NIN-FG01-P01"))
        made = export_bundle(laptop, tmp_path / "mosul.majlis")
        assert made is not None
    finally:
        laptop.close()
    code, _, err = run(capsys, "bundle", "import", "--db", centre, made.path)
    assert code == 1 and "[held]" in err, err
    (waiting,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])

    code, out, err = run(capsys, "device", "reject", "--db", centre, str(waiting["id"]))
    assert code == 0, err
    undo = out.splitlines()[-1].split("to undo: ", 1)[1]
    argv = shlex.split(undo)
    assert argv[0] == "majlis-cli", undo
    code, out, err = run(capsys, *argv[1:])
    assert code == 0, (undo, err)
    assert "is on the roster" in out, out
    listed = json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])
    assert any(d["device_id"] == waiting["device_id"] for d in listed)
