"""``majlis-cli bundle import --db centre.db "$INBOX"`` with ``INBOX`` unset (a script's typo, a variable
set in another shell) passes an empty FILE. ``Path("")`` is the current folder, which ``bundle import``
walks as an inbox: it imported every bundle found anywhere under the folder the script ran in (a home
folder: last month's bundles, a copy of another team's stick), held those of devices not on the roster,
and said nothing of the empty argument. An empty path names nothing: a usage error (exit 64, one line,
nothing read), as an empty ``--out`` is."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db import open_store
from desktop.core.models import ChangeLog, HeldBundle, Participant
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_an_empty_file_argument_is_a_usage_error_not_the_current_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        old = tmp_path / "last month" / "bundle.majlis"  # a bundle somewhere under the folder the script runs in
        old.parent.mkdir()
        assert export_bundle(team.devices[0], old) is not None
    finally:
        team.close()
    monkeypatch.chdir(tmp_path)
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "")
    assert (code, out) == (64, ""), (out, err)
    assert err == ("majlis-cli: argument FILE: an empty path names no file or folder (give . for the current "
                   "folder); nothing was done (see majlis-cli --help)\n"), err
    store = open_store(centre, PASSPHRASE)
    try:
        with store.session() as s:
            assert s.execute(select(func.count()).select_from(ChangeLog)
                             .where(ChangeLog.device_id != store.device_id)).scalar_one() == 0
            assert s.execute(select(func.count()).select_from(HeldBundle)).scalar_one() == 0
    finally:
        store.close()
    # The current folder named as such is still an inbox.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, ".")
    assert code == 0 and out.startswith("imported last month/bundle.majlis: "), (out, err)
