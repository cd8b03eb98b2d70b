"""A facilitator's stick holds HER OWN exported bundles: given to her field laptop (`majlis-cli bundle import`, the
Sync page's drop or Import from a folder), each is said in one neutral line, "sent from this laptop, for the centre
to merge; nothing to do here", not refused, not counted, no red mark; a run with nothing else wrong ends exit 0.
A colleague's bundle is still refused as not merged here, and so is a forgery that names this laptop's device id
but is signed with another key: a bundle is this laptop's own only when its bytes are those of one it exported
(the SHA-256 recorded at export), whatever it is called now.

Found before (since 751aaa8e): each of her own bundles was a red `not_merged_here` refusal on the page and in the
CLI (exit 1), alarming when nothing was wrong. Real bundles (age, Ed25519, the real writers; the forgery through
the real writer with another key), the real CLI and page, each on its own copy of the laptop's database."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.errors import NotMergedHereError
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from tests.cli.test_field_laptop_merges_no_bundle import other_laptops_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stick_agree import copy_for_the_cli, without_code
from tests.sync_helpers import make_team
from tests.sync_page_helpers import drag_and_drop, open_page
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("cli_env")

SENT_FROM_HERE = "sent from this laptop, for the centre to merge; nothing to do here"  # README's words
OWN = {"mine.majlis", "mine (1).bin"}  # her export, and a copy a messaging app renamed, in a subfolder
REFUSED = {"laptop 2.majlis", "forged-mine.majlis"}  # a colleague's; one naming her laptop, another key's


def _stick(tmp: Path, *, others: bool = True) -> tuple[Path, Path]:
    """The stick (the centre's team update, her own bundle twice; with ``others`` a colleague's bundle and a
    forgery naming her laptop) and her field laptop's database (closed)."""
    (tmp / "team").mkdir()
    team = make_team(tmp / "team", devices=2, roles=("field", "field"))
    try:
        mine = team.devices[0]
        stick = tmp / "KINGSTON"
        (stick / "from WhatsApp").mkdir(parents=True)
        write_team_update(team.centre, stick / "update-1.majlis")
        with mine.transaction() as s:
            s.add(Participant(code="BSR-P07"))
        assert export_bundle(mine, stick / "mine.majlis") is not None
        shutil.copyfile(stick / "mine.majlis", stick / "from WhatsApp" / "mine (1).bin")
        if others:
            other_laptops_bundle(team, stick / "laptop 2.majlis")
            forge(team, [change("participant", "insert", participant_data(), device=mine.device_id, seq=1)],
                  device_id=mine.device_id, key=Ed25519PrivateKey.generate(), name="field laptop 1",
                  out=stick / "forged-mine.majlis", store=mine)
        return stick, mine.path
    finally:
        team.close()


def _cli(capsys: pytest.CaptureFixture[str], db: Path, stick: Path) -> tuple[int, str, dict[str, str]]:
    """The exit code, the last line, and what was said of each file (its name: the words after the status)."""
    code, out, err = run(capsys, "bundle", "import", "--db", db, stick)
    said = {}
    for line in out.splitlines()[:-1] + err.splitlines():
        head, rest = line.split(": ", 1)
        status, path = head.split(" ", 1)
        said[Path(path).name] = without_code(rest) if status == "refused" else f"{status}: {rest}"
    return code, out.splitlines()[-1], said


def _page(qtbot: QtBot, make_ctx: Any, db: Path, stick: Path, how: str) -> dict[str, tuple[str, bool]]:
    """What the page said of each file (its name: the words after it, and whether the line has the red mark)."""
    store = open_store(db, PASSPHRASE)
    try:
        page = open_page(make_ctx(store), qtbot)
        assert not page.is_coordinator_view()
        page.results.clear()
        if how == "dropped":
            assert drag_and_drop(page, [stick])
        else:  # Import from a folder (the import_folder_dialog's choice)
            assert page.import_paths([stick], from_folder=str(stick), searching=True)
        qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=60_000)
        items = [page.results.item(i) for i in range(page.results.count())]
        lines = [(item.text(), not item.icon().isNull()) for item in items]
    finally:
        store.close()
    said = {}
    for line, red in lines:
        parts = re.fullmatch("\u2066([^\u2069]*)\u2069: (.*)", line.lstrip("\u200f"))
        assert parts is not None, lines
        name, what = parts.groups()
        said[name] = (what, red)
    return said


def _participants(db: Path) -> list[str]:
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            return list(s.execute(Participant.__table__.select().with_only_columns(Participant.code)).scalars())
    finally:
        store.close()


@pytest.mark.parametrize("how", ["dropped", "folder"])
def test_her_own_bundles_are_said_in_a_neutral_line_a_colleagues_and_a_forgery_still_refused(
        how: str, tmp_path: Path, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    stick, field = _stick(tmp_path)
    cli_db = copy_for_the_cli(field, tmp_path)

    code, last, cli_said = _cli(capsys, cli_db, stick)
    page_said = _page(qtbot, make_ctx, field, stick, how)

    not_here = QCoreApplication.translate("BundleError", NotMergedHereError.default_message)
    own_line = QCoreApplication.translate(
        "SyncTexts", "{file}: sent from this laptop, for the centre to merge; nothing to do here.")
    for name in OWN:
        assert cli_said[name] == f"skipped: {SENT_FROM_HERE}", cli_said
        assert page_said[name] == (own_line.split(": ", 1)[1], False), page_said  # no red mark
        assert page_said[name][0] == SENT_FROM_HERE + "."  # the CLI's words
    for name in REFUSED:
        assert cli_said[name] == not_here, cli_said
        assert page_said[name] == ("refused: " + not_here, True), page_said
    assert set(cli_said) == set(page_said) == OWN | REFUSED | {"update-1.majlis"}
    # Her own counted neither as bundles nor as refused; the colleague's and the forgery refused: exit 1.
    assert last == "0 of 2 bundles imported or already present; 0 held for approval; 2 refused", last
    assert code == 1
    assert _participants(cli_db) == _participants(field) == ["BSR-P07"]  # her own; nothing merged


def test_a_stick_of_her_own_bundles_and_the_update_is_exit_0(tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    stick, field = _stick(tmp_path, others=False)
    cli_db = copy_for_the_cli(field, tmp_path)

    code, last, cli_said = _cli(capsys, cli_db, stick)
    page_said = _page(qtbot, make_ctx, field, stick, "dropped")

    assert code == 0, cli_said
    assert last == "0 of 0 bundles imported or already present; 0 held for approval; 0 refused", last
    assert {n: s for n, s in cli_said.items() if n in OWN} == {n: f"skipped: {SENT_FROM_HERE}" for n in OWN}
    assert cli_said["update-1.majlis"].startswith("applied: team update 1"), cli_said
    assert not any(red for _what, red in page_said.values()), page_said  # nothing red on the page either
    assert set(page_said) == OWN | {"update-1.majlis"}, page_said


def test_her_own_bundle_named_alone_is_not_refused(tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Named one by one (opened with the app, chosen in Import bundles…), not in a folder."""
    stick, field = _stick(tmp_path, others=False)
    mine = stick / "mine.majlis"
    cli_db = copy_for_the_cli(field, tmp_path)
    code, out, err = run(capsys, "bundle", "import", "--db", cli_db, mine)
    assert (code, err) == (0, ""), (out, err)
    assert out.splitlines()[0] == f"skipped {mine}: {SENT_FROM_HERE}", out
    store = open_store(field, PASSPHRASE)
    try:
        page = open_page(make_ctx(store), qtbot)
        page.results.clear()
        assert page.import_paths([mine])
        qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=60_000)
        items = [page.results.item(i) for i in range(page.results.count())]
        assert [i.text() for i in items] == ["\u2066mine.majlis\u2069: " + SENT_FROM_HERE + "."]
        assert items[0].icon().isNull()
    finally:
        store.close()


def test_a_coordinator_made_a_field_laptop_by_the_update_says_its_own_bundle_as_its_own(
        tmp_path: Path, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """A second coordinator's stick whose update 2 makes it a field laptop again: the bundles beside it are then
    not merged here (tests/ui/test_sync_second_coordinator_stick_agree.py), but its own is still its own."""
    from tests.stick_agree import page_counted, page_file_lines
    from tests.ui.test_sync_second_coordinator_stick_agree import _demoting_stick

    stick, second, key = _demoting_stick(tmp_path, "field")
    store = open_store(second, PASSPHRASE)
    try:
        with store.transaction() as s:
            s.add(Participant(code="BSR-P02"))
        assert export_bundle(store, stick / "mine.majlis") is not None
    finally:
        store.close()
    cli_db = copy_for_the_cli(second, tmp_path)

    code, out, err = run(capsys, "bundle", "import", "--db", cli_db, "--identity-file", key, stick)
    assert f"skipped {stick / 'mine.majlis'}: {SENT_FROM_HERE}" in out.splitlines(), out
    assert "mine.majlis" not in err and "laptop1.majlis" in err, err
    assert out.splitlines()[-1] == "0 of 1 bundle imported or already present; 0 held for approval; 1 refused"
    assert code == 1

    store = open_store(second, PASSPHRASE)
    try:
        page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
        assert page.is_coordinator_view()
        page.results.clear()
        assert page.import_paths([stick], from_folder=str(stick), searching=True)
        qtbot.waitUntil(lambda: page._token is None and page.results.count() > 1, timeout=60_000)
        items = [page.results.item(i) for i in range(page.results.count())]
    finally:
        store.close()
    lines = [i.text() for i in items]
    said = dict(page_file_lines(lines))
    assert said["mine.majlis"] == SENT_FROM_HERE + ".", lines
    assert items[lines.index("\u2066mine.majlis\u2069: " + SENT_FROM_HERE + ".")].icon().isNull()  # not red
    assert said["laptop1.majlis"].startswith("refused: Bundles are not merged on this laptop"), lines
    assert page_counted(lines[0]) == {"files": 1, "done": 0, "held": 0, "waiting": 0, "refused": 1}, lines
