"""The same USB stick imported at the centre with `majlis-cli bundle import` and with the Sync page: both
must count the same files, refuse and hold the same ones, and say each refusal in the same words.

The stick holds what a coordinator's stick holds on an import day (as tests/ui/test_sync_two_hundred_bundles.py
builds it, smaller): the laptops' bundles, one imported the day before, one of a laptop not on the roster
(held) and one already waiting for approval, a tampered and a cut bundle, a newer Majlis's bundle, another
team's bundle, a Word file and a photo, the team file, the centre's own team update, another team's team
update and one signed with a stranger's key. Found before: in a folder, the CLI passed over another team's
team update (and the forged one) without a word, while the page refused each in a line and counted it
("10 bundles, 4 refused" against "Files: 12. … refused: 6"); named, the CLI refused them as "not a bundle",
the page as "the centre does not apply team updates". Two real centres from one copy, real bundles and team
updates (age, Ed25519, the real writers), the real CLI and page."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import open_store
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stick_agree import cli_counted, copy_for_the_cli, page_counted, page_file_lines, without_code
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import imported_lines, open_page
from tests.trust_helpers import forge, forged_team_update
from tests.ui.test_sync_two_hundred_bundles import _participant, newer_bundle

pytestmark = pytest.mark.usefixtures("cli_env")

REFUSED = {"cut.majlis", "tampered.majlis", "erbil-newer.majlis", "mosul-other-team.majlis",
           "other-team-update.majlis", "forged-update.majlis"}
NAMED_ONLY = {"IMG_2231.jpg", "minutes.docx", "team.majlis-team"}  # passed over in a folder, refused when named
HELD = {"halabja.majlis", "zakho.majlis"}


def _laptops(team: Team, stick: Path) -> None:
    for d in (1, 2):
        device, key = new_id(), keys.generate_signing_key()
        preregister(team.centre, device, keys.public_key_b64(key), f"Basra laptop {d}")
        for b in (1, 2, 3):
            forge(team, _participant(f"BSR-FG{d:02d}-P{b:04d}", device, b), device_id=device, key=key,
                  name=f"Basra laptop {d}", out=stick / f"laptop{d}-{b}.majlis")
    (stick / "cut.majlis").write_bytes((stick / "laptop1-3.majlis").read_bytes()[:500])  # the stick pulled out
    (stick / "laptop1-3.majlis").unlink()
    tampered = bytearray((stick / "laptop2-3.majlis").read_bytes())
    tampered[len(tampered) // 2] ^= 0x01
    (stick / "tampered.majlis").write_bytes(bytes(tampered))
    (stick / "laptop2-3.majlis").unlink()
    for name in HELD:  # laptops not on the roster
        stranger = new_id()
        forge(team, _participant("HLB-FG01-P0001", stranger, 1), device_id=stranger, key=keys.generate_signing_key(),
              name=name.split(".")[0].title(), out=stick / name)


def _stick(tmp: Path) -> tuple[Path, Path]:
    """The stick, and the centre's database as it was before the day (yesterday's bundle imported, one
    laptop already waiting for approval), closed."""
    stick = tmp / "KINGSTON"
    stick.mkdir()
    (tmp / "centre").mkdir()
    team = make_team(tmp / "centre", devices=0)
    try:
        _laptops(team, stick)
        with zipfile.ZipFile(stick / "minutes.docx", "w") as word:
            word.writestr("[Content_Types].xml", "<Types/>")
        (stick / "IMG_2231.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 40)
        newer_bundle(team, stick / "erbil-newer.majlis")
        write_team_update(team.centre, stick / "own-update.majlis")
        forged_team_update(team.centre, [], stick / "forged-update.majlis", key=keys.generate_signing_key())
        (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
        (tmp / "other").mkdir()
        other = make_team(tmp / "other", devices=0, name="Another team")
        try:
            mosul = new_id()
            forge(other, _participant("MSL-FG01-P0001", mosul, 1), device_id=mosul, key=keys.generate_signing_key(),
                  name="Mosul laptop", out=stick / "mosul-other-team.majlis")
            write_team_update(other.centre, stick / "other-team-update.majlis")
        finally:
            other.close()
        yesterday = import_files(team.centre, [stick / "laptop1-1.majlis", stick / "zakho.majlis"], team.identities)
        assert [o.status for o in yesterday] == ["imported", "held"]
    finally:
        team.close()
    return stick, tmp / "centre" / "centre.db"


def _cli(capsys: pytest.CaptureFixture[str], db: Path, given: list[Path]) -> tuple[dict[str, int], dict[str, str]]:
    """What `bundle import` counted (its last line) and said of each file refused or held (name: reason)."""
    code, out, err = run(capsys, "bundle", "import", "--db", db, *given)
    assert code == 1, (out, err)
    said = {}
    for line in err.splitlines():
        status, rest = line.split(" ", 1)
        path, reason = rest.split(": ", 1)
        said[Path(path).name] = "held" if status == "held" else without_code(reason)
    return cli_counted(out), said


def _page(qtbot: QtBot, make_ctx: Any, db: Path, given: list[Path]) -> tuple[dict[str, int], dict[str, str]]:
    """What the Sync page counted (its heading) and said of each file refused or held."""
    store = open_store(db, PASSPHRASE)
    try:
        lines = imported_lines(open_page(make_ctx(store, user_name="coordinator"), qtbot), qtbot, given)
    finally:
        store.close()
    said = {}
    for name, reason in page_file_lines(lines):
        if reason.startswith("refused: "):
            said[name] = reason.removeprefix("refused: ")
        elif "approval" in reason:
            said[name] = "held"
    return page_counted(lines[0]), said


@pytest.mark.parametrize("how", ["folder", "named"])
def test_the_cli_and_the_page_count_and_say_the_same_of_a_stick(
        how: str, tmp_path: Path, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    stick, centre = _stick(tmp_path)
    given = [stick] if how == "folder" else sorted(stick.iterdir())
    cli_db = copy_for_the_cli(centre, tmp_path)  # the same centre, as it was, for the CLI

    cli_counts, cli_said = _cli(capsys, cli_db, given)
    page_counts, page_said = _page(qtbot, make_ctx, centre, given)

    refused = REFUSED | (NAMED_ONLY if how == "named" else set())
    assert set(cli_said) == set(page_said) == refused | HELD, (cli_said, page_said)
    assert cli_said == page_said  # the same words for each file
    assert cli_counts == page_counts
    assert cli_counts == {"files": 4 + len(refused) + len(HELD), "done": 4, "held": 1, "waiting": 1,
                          "refused": len(refused)}


def test_a_folder_holding_only_another_team_update(tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """One refused file, not also a folder "with no bundle" (the CLI counted the folder as refused too)."""
    stick, centre = _stick(tmp_path)
    alone = tmp_path / "updates"
    alone.mkdir()
    (stick / "other-team-update.majlis").rename(alone / "update.bin")  # content decides, not the name
    cli_db = copy_for_the_cli(centre, tmp_path)

    cli_counts, cli_said = _cli(capsys, cli_db, [alone])
    page_counts, page_said = _page(qtbot, make_ctx, centre, [alone])

    assert cli_said == page_said and list(cli_said) == ["update.bin"], (cli_said, page_said)
    assert cli_counts == page_counts == {"files": 1, "done": 0, "held": 0, "waiting": 0, "refused": 1}
