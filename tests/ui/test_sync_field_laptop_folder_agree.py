"""The same folder (a USB stick) given to a FIELD laptop's Sync page and to `majlis-cli bundle import`: both
apply the centre's team update on it and say of each bundle of changes in it, in one line each, that bundles
are merged at the centre, not here (``not_merged_here``); what is no bundle is said as what it is.

Found before: the CLI refused each bundle in the folder in one line, while the page (the folder dropped, or
Import from a folder) applied the team updates and passed over the bundles without a word, so a facilitator
who dropped a colleague's bundle was never told it must go to the centre. Real bundles and team update (age,
Ed25519, the real writers), the real CLI and page, each on its own copy of the laptop's database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.errors import NotMergedHereError
from desktop.sync.team import write_team_update
from tests.cli.test_field_laptop_merges_no_bundle import other_laptops_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stick_agree import copy_for_the_cli, without_code
from tests.sync_helpers import full_digest, make_team
from tests.sync_page_helpers import drag_and_drop, open_page

pytestmark = pytest.mark.usefixtures("cli_env")

BUNDLES = {"laptop 2.majlis", "laptop 2 again.bin"}  # the colleague's, one renamed by a messaging app


def _stick(tmp: Path) -> tuple[Path, Path]:
    """The stick (the centre's team update, a colleague's bundles, one in a subfolder and renamed, the team
    file, a damaged download named as a bundle) and the field laptop's database (closed)."""
    (tmp / "team").mkdir()
    team = make_team(tmp / "team", devices=2, roles=("field", "field"))
    try:
        stick = tmp / "KINGSTON"
        (stick / "from Huda").mkdir(parents=True)
        write_team_update(team.centre, stick / "update-1.majlis")
        other_laptops_bundle(team, stick / "laptop 2.majlis")
        other_laptops_bundle(team, stick / "from Huda" / "laptop 2 again.bin")
        (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
        (stick / "damaged.majlis").write_bytes(b"PK\x03\x04" + b"not an archive " * 20)
        return stick, team.devices[0].path
    finally:
        team.close()


def _cli(capsys: pytest.CaptureFixture[str], db: Path, stick: Path) -> tuple[int, dict[str, str]]:
    code, out, err = run(capsys, "bundle", "import", "--db", db, stick)
    said = {}
    for line in out.splitlines()[:-1] + err.splitlines():
        head, rest = line.split(": ", 1)
        status, path = head.split(" ", 1)
        said[Path(path).name] = without_code(rest) if status == "refused" else status
    return code, said


def _page(qtbot: QtBot, make_ctx: Any, db: Path, stick: Path, how: str) -> dict[str, str]:
    store = open_store(db, PASSPHRASE)
    try:
        page = open_page(make_ctx(store), qtbot)
        assert not page.is_coordinator_view()
        page.results.clear()
        before = full_digest(store)
        if how == "dropped":
            assert drag_and_drop(page, [stick])
        else:  # Import from a folder (the import_folder_dialog's choice)
            assert page.import_paths([stick], from_folder=str(stick), searching=True)
        qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=60_000)
        lines = [page.results.item(i).text() for i in range(page.results.count())]
        assert full_digest(store) != before  # the update applied
    finally:
        store.close()
    said = {}
    for line in lines:
        parts = re.fullmatch("\u2066([^\u2069]*)\u2069: (.*)", line)
        assert parts is not None, lines
        name, what = parts.groups()
        said[name] = what.removeprefix("refused: ") if what.startswith("refused: ") else \
            "applied" if what.startswith("team update 1 applied") else what
    return said


@pytest.mark.parametrize("how", ["dropped", "folder"])
def test_the_cli_and_a_field_laptops_page_say_the_same_of_each_bundle_in_a_folder(
        how: str, tmp_path: Path, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    stick, field = _stick(tmp_path)
    cli_db = copy_for_the_cli(field, tmp_path)

    code, cli_said = _cli(capsys, cli_db, stick)
    page_said = _page(qtbot, make_ctx, field, stick, how)

    not_here = QCoreApplication.translate("BundleError", NotMergedHereError.default_message)
    assert {n: cli_said[n] for n in BUNDLES} == {n: not_here for n in BUNDLES}, cli_said
    assert page_said == cli_said, (page_said, cli_said)  # the same verdict for every file, in the same words
    assert cli_said["update-1.majlis"] == "applied" and "damaged.majlis" in cli_said
    assert "team.majlis-team" not in cli_said  # how the laptops joined: passed over by both
    assert code == 1
    # Neither merged the colleague's bundle.
    for db in (cli_db, field):
        store = open_store(db, PASSPHRASE)
        try:
            with store.session() as s:
                assert list(s.execute(select(Participant.code)).scalars()) == []
        finally:
            store.close()
