"""The same USB stick imported on a second coordinator's laptop with `majlis-cli bundle import` and with the
Sync page: both apply the centre's team updates on it (first, so a laptop the new update puts on the roster
has its bundle imported, not held), refuse the same team updates in the same words, import the same
bundles and count the same.

Found before: the page applied a team update named or found in a folder, while the CLI refused a named one
as "not a bundle of changes" and passed over one in a folder without a word, so the laptop the update named
was held by the CLI and imported by the page. The second coordinator's laptop joined with the team file and
learnt its role from the centre's first team update; real bundles, real team updates (age, Ed25519, the
real writers), the real CLI and page, each on its own copy of the laptop's database."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook
from desktop.core.db import open_store
from desktop.core.models import Code, Participant
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.errors import NotMergedHereError
from desktop.sync.export import export_bundle
from desktop.sync.team import apply_team_update, device_signing_key, join_team, write_team_update
from desktop.sync.team_update_outcomes import apply_updates
from desktop.ui.sync import import_run
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stick_agree import cli_counted, copy_for_the_cli, page_counted, page_file_lines, without_code
from tests.stores import fresh_store
from tests.sync_helpers import make_team
from tests.sync_page_helpers import imported_lines, open_page
from tests.trust_helpers import forged_team_update

pytestmark = pytest.mark.usefixtures("cli_env")

REFUSED = {"other-team-update.majlis", "forged-update.majlis"}
APPLIED = {"update-2.majlis"}
STALE = {"update-1.majlis"}
IMPORTED = {"laptop1.majlis", "laptop3.majlis"}


def _bundle(store: Any, code: str, out: Path) -> None:
    with store.transaction() as s:
        s.add(Participant(code=code))
    assert export_bundle(store, out) is not None


# What a stick function below makes (make_team, team updates, bundles: seconds of CPU), made once per test
# process for each of its arguments, its databases closed, in a folder of its own with a state folder of
# its own (exported positions, MAJLIS_STATE_DIR), as tests/team_copies.py does for a team; each test gets
# a byte copy of both in its own tmp_path and state folder, so what a test imports never reaches another.
Made = Callable[..., tuple[Path, Path, Path]]
_made: dict[tuple[Any, ...], tuple[Path, Path, tuple[Path, Path, Path]]] = {}


@pytest.fixture
def made(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    """``made(_stick, learnt=False)``: what ``_stick(tmp_path, learnt=False)`` returns, its files a copy."""
    def copy_of(make: Made, *args: Any, **kw: Any) -> tuple[Path, Path, Path]:
        what = (make.__name__, *args, *sorted(kw.items()))
        if what not in _made:
            folder, state = tmp_path_factory.mktemp("stick"), tmp_path_factory.mktemp("stick-state")
            with pytest.MonkeyPatch.context() as env:
                env.setenv("MAJLIS_STATE_DIR", str(state))
                paths = make(folder, *args, **kw)
            left = [p.name for p in folder.rglob("*") if p.name.endswith(("-wal", "-journal"))]
            assert not left, f"a database kept its log: {left}"
            stick, second, key = (p.relative_to(folder) for p in paths)
            _made[what] = (folder, state, (stick, second, key))
        folder, state, relative = _made[what]
        shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
        shutil.copytree(state, os.environ["MAJLIS_STATE_DIR"], dirs_exist_ok=True)
        stick, second, key = (tmp_path / p for p in relative)
        return stick, second, key

    return copy_of


def _stick(tmp: Path, *, learnt: bool = True) -> tuple[Path, Path, Path]:
    """The stick, the second coordinator's database (closed; its role learnt from update 1, unless not
    ``learnt``: then update 1 on the stick is the first to name it a coordinator) and the key."""
    stick = tmp / "KINGSTON"
    stick.mkdir()
    (tmp / "centre").mkdir()
    team = make_team(tmp / "centre", devices=2, roles=("coordinator", "field"))
    late = fresh_store(tmp / "centre" / "late.db", PASSPHRASE, "field laptop 3")
    try:
        second, field = team.devices
        first = write_team_update(team.centre, stick / "update-1.majlis").path
        if learnt:
            assert apply_team_update(second, first).role == "coordinator"
        # A laptop that joined after update 1: only update 2 puts it on the second coordinator's roster.
        join_team(late, team.team_file)
        preregister(team.centre, late.device_id, keys.public_key_b64(device_signing_key(late)[0]), "field laptop 3")
        with team.centre.transaction() as s:
            codebook.create_code(s, name_ar="الماء", name_en="Water")
        write_team_update(team.centre, stick / "update-2.majlis")
        _bundle(field, "BSR-P01", stick / "laptop1.majlis")
        _bundle(late, "BSR-P03", stick / "laptop3.majlis")
        forged_team_update(team.centre, [], stick / "forged-update.majlis", key=keys.generate_signing_key())
        (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
        (tmp / "other").mkdir()
        other = make_team(tmp / "other", devices=0, name="Another team")
        try:
            write_team_update(other.centre, stick / "other-team-update.majlis")
        finally:
            other.close()
        return stick, second.path, team.identity_file
    finally:
        late.close()
        team.close()


def _state(db: Path) -> tuple[list[str], int]:
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            codes = sorted(s.execute(select(Participant.code)).scalars())
            return codes, s.execute(select(func.count()).select_from(Code)).scalar_one()
    finally:
        store.close()


def _cli(capsys: pytest.CaptureFixture[str], db: Path, key: Path,
         given: list[Path]) -> tuple[int, dict[str, int], dict[str, str]]:
    """The exit code, what `bundle import` counted (its last line) and said of each file (name: what)."""
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", key, *given)
    counts = cli_counted(out)
    said = {}
    for line in out.splitlines()[:-1] + err.splitlines():
        if line.startswith(("refused ", "held ", "imported ", "applied ", "already applied ")):
            head, rest = line.split(": ", 1)
            status, path = head.rsplit(" ", 1) if not head.startswith("already applied") else \
                ("already applied", head.removeprefix("already applied "))
            said[Path(path).name] = without_code(rest) if status == "refused" else status
    return code, counts, said


def _page_lines(qtbot: QtBot, make_ctx: Any, db: Path, key: Path, given: list[Path]) -> list[str]:
    store = open_store(db, PASSPHRASE)
    try:
        page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
        assert page.is_coordinator_view()
        return imported_lines(page, qtbot, given)
    finally:
        store.close()


def _page(qtbot: QtBot, make_ctx: Any, db: Path, key: Path, given: list[Path]) -> tuple[dict[str, int], dict[str, str]]:
    """What the Sync page counted (its heading) and said of each file."""
    lines = _page_lines(qtbot, make_ctx, db, key, given)
    said = {name: (reason.removeprefix("refused: ") if reason.startswith("refused: ") else
                   "applied" if re.fullmatch(r"team update \d+ applied .*", reason) else
                   "already applied" if reason.startswith("already applied") else
                   "held" if "approval" in reason else "imported" if reason.startswith("imported") else reason)
            for name, reason in page_file_lines(lines)}
    return page_counted(lines[0]), said


@pytest.mark.parametrize("how", ["folder", "named"])
def test_the_cli_and_the_page_apply_and_count_the_same_on_a_second_coordinators_laptop(
        how: str, tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    stick, second, key = made(_stick)
    # The team file is passed over in a folder (how the laptops joined); named, the importer says what it is.
    given = [stick] if how == "folder" else sorted(p for p in stick.iterdir() if p.suffix == ".majlis")
    cli_db = copy_for_the_cli(second, tmp_path)

    code, cli_counts, cli_said = _cli(capsys, cli_db, key, given)
    page_counts, page_said = _page(qtbot, make_ctx, second, key, given)

    expected = {**{n: "applied" for n in APPLIED}, **{n: "already applied" for n in STALE},
                **{n: "imported" for n in IMPORTED}}
    assert {n: s for n, s in cli_said.items() if n not in REFUSED} == expected, cli_said
    assert {n: s for n, s in page_said.items() if n not in REFUSED} == expected, page_said
    assert set(cli_said) & REFUSED == set(page_said) & REFUSED == REFUSED
    assert {n: cli_said[n] for n in REFUSED} == {n: page_said[n] for n in REFUSED}  # the same words
    assert cli_counts == page_counts == {"files": 4, "done": 2, "held": 0, "waiting": 0, "refused": 2}
    assert code == 1  # two refused
    # Update 2 applied (its code, the late laptop on the roster: its bundle imported, not held) in both.
    assert _state(cli_db) == _state(second) == (["BSR-P01", "BSR-P03"], 1)


def test_a_folder_holding_only_a_team_update(tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Applied by both; the folder is not also refused as one "with no bundle"."""
    stick, second, key = made(_stick)
    alone = tmp_path / "updates"
    alone.mkdir()
    (stick / "update-2.majlis").rename(alone / "update.bin")  # content decides, not the name
    cli_db = copy_for_the_cli(second, tmp_path)

    code, cli_counts, cli_said = _cli(capsys, cli_db, key, [alone])
    assert (code, cli_said) == (0, {"update.bin": "applied"})
    assert cli_counts == {"files": 0, "done": 0, "held": 0, "waiting": 0, "refused": 0}
    lines = _page_lines(qtbot, make_ctx, second, key, [alone])
    assert any(re.fullmatch("\u2066update.bin\u2069: team update 2 applied .*", line) for line in lines), lines
    assert _state(cli_db) == _state(second) == ([], 1)



@pytest.mark.parametrize("how", ["folder", "named"])
def test_a_laptop_the_update_on_the_stick_names_a_coordinator(
        how: str, tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The laptop has joined but applied no team update yet: update 1 on the stick is the first to name it a
    coordinator. Both apply it before deciding which bundles are merged, so both merge the laptops' bundles.
    Found before: the CLI did, while the page decided first (a field laptop): it refused each bundle named
    as "not merged on this laptop" (the line just above said the roster now names it a coordinator), and
    passed over the bundles in a folder without a word, so the coordinator had to import the stick again."""
    stick, second, key = made(_stick, learnt=False)
    given = [stick] if how == "folder" else sorted(p for p in stick.iterdir() if p.suffix == ".majlis")
    cli_db = copy_for_the_cli(second, tmp_path)

    code, cli_counts, cli_said = _cli(capsys, cli_db, key, given)
    store = open_store(second, PASSPHRASE)
    try:
        page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
        assert not page.is_coordinator_view()  # a field laptop's page, until the update is applied
        lines = imported_lines(page, qtbot, given)
        qtbot.waitUntil(page.is_coordinator_view)  # then Receive and merge shows
    finally:
        store.close()
    said = {name: (reason.removeprefix("refused: ") if reason.startswith("refused: ") else
                   "applied" if re.fullmatch(r"team update \d+ applied .*", reason) else
                   "imported" if reason.startswith("imported") else reason)
            for name, reason in page_file_lines(lines)}

    expected = {"update-1.majlis": "applied", "update-2.majlis": "applied", **{n: "imported" for n in IMPORTED}}
    assert {n: s for n, s in cli_said.items() if n not in REFUSED} == expected, cli_said
    assert {n: s for n, s in said.items() if n not in REFUSED} == expected, lines
    assert {n: cli_said[n] for n in REFUSED} == {n: said[n] for n in REFUSED}  # the same words
    assert cli_counts == page_counted(lines[0]) == {"files": 4, "done": 2, "held": 0, "waiting": 0, "refused": 2}
    assert code == 1
    assert any("now names this laptop a coordinator" in line for line in lines), lines
    assert _state(cli_db) == _state(second) == (["BSR-P01", "BSR-P03"], 1)


def test_cancelled_once_the_updates_are_applied_they_are_still_said(
        tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed while the stick's files are sorted, just after its team updates were applied there:
    no bundle is read, and the updates' lines are said all the same (they were applied; the run's tally
    alone would have hidden that)."""
    stick, second, key = made(_stick, learnt=False)
    store = open_store(second, PASSPHRASE)
    try:
        page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)

        def then_cancel(*args: Any) -> Any:
            done = apply_updates(*args)
            assert page._token is not None
            page._token.cancel()  # as the Cancel button does, from the worker's side of the moment
            return done

        monkeypatch.setattr(import_run, "apply_updates", then_cancel)
        lines = imported_lines(page, qtbot, [stick])
        assert lines[0].startswith("Import cancelled. Files read: 2 of 2"), lines  # the two updates refused
        said = dict(page_file_lines(lines))
        assert re.fullmatch(r"team update 1 applied .*now names this laptop a coordinator.*", said["update-1.majlis"])
        assert re.fullmatch(r"team update 2 applied .*", said["update-2.majlis"]), said
        assert not IMPORTED & set(said)
    finally:
        store.close()
    assert _state(second) == ([], 1)  # the update's code; no bundle imported



@pytest.mark.parametrize("chosen", [True, False])
def test_named_a_coordinator_with_no_key_file_chosen_the_key_is_asked_for(
        chosen: bool, tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """No key file chosen yet (a field laptop's page has no Team key file… button): once the update makes it a
    coordinator, the key file is asked for as at a coordinator's Import, and the bundles imported with it;
    closing that dialog instead imports none and still says the updates applied."""
    stick, second, key = made(_stick, learnt=False)
    asked: list[bool] = []

    def choose(*args: Any, **kw: Any) -> tuple[str, str]:
        asked.append(True)
        return (str(key) if chosen else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    store = open_store(second, PASSPHRASE)
    try:
        page = open_page(make_ctx(store, user_name="second coordinator"), qtbot)
        assert page.identity_path is None
        lines = imported_lines(page, qtbot, [stick])
    finally:
        store.close()
    # Closed: no heading, the missing key said in a line of its own, then a line a file.
    said = dict(page_file_lines(lines if chosen else ["", *(line for line in lines if line.startswith("\u2066"))]))
    assert asked == [True]
    assert chosen or "No team key is loaded, so bundles cannot be opened on this computer." in lines, lines
    assert {n for n, s in said.items() if s.startswith("imported")} == (IMPORTED if chosen else set()), lines
    assert all(re.fullmatch(r"team update \d applied .*", said[n]) for n in ("update-1.majlis", "update-2.majlis"))


def _demoting_stick(tmp: Path, how: str) -> tuple[Path, Path, Path]:
    """A stick whose team update 2 makes the second coordinator a field laptop (``how``: "field") or revokes
    its key ("revoked"), beside a field laptop's bundle; the second coordinator learnt its role from update 1."""
    from desktop.sync.revocations import revoke

    stick = tmp / "KINGSTON"
    stick.mkdir()
    (tmp / "centre").mkdir()
    team = make_team(tmp / "centre", devices=2, roles=("coordinator", "field"))
    try:
        second, field = team.devices
        assert apply_team_update(second, write_team_update(team.centre, stick / "update-1.majlis").path).role \
            == "coordinator"
        if how == "field":
            preregister(team.centre, second.device_id, keys.public_key_b64(device_signing_key(second)[0]),
                        "field laptop 1", role="field")
        else:
            revoke(team.centre, second.device_id)
        write_team_update(team.centre, stick / "update-2.majlis")
        _bundle(field, "BSR-P01", stick / "laptop1.majlis")
        return stick, second.path, team.identity_file
    finally:
        team.close()


@pytest.mark.parametrize("given_as", ["folder", "named"])
@pytest.mark.parametrize("how", ["field", "revoked"])
def test_an_update_on_the_stick_that_demotes_this_laptop_stops_the_merging(
        how: str, given_as: str, tmp_path: Path, made: Made, qtbot: QtBot, make_ctx: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The centre made the second coordinator a field laptop again (or revoked its key) in update 2, on the stick
    beside a laptop's bundle. Both apply the update, then refuse the bundle as not merged here: the laptop is
    no coordinator any more. Found before: the page and the CLI decided whether bundles are merged before the
    updates were applied (and the CLI only ever upgraded that), so the same run merged the bundle on a laptop
    the line just above said was no longer a coordinator."""
    stick, second, key = made(_demoting_stick, how)
    given = [stick] if given_as == "folder" else sorted(p for p in stick.iterdir() if p.suffix == ".majlis")
    cli_db = copy_for_the_cli(second, tmp_path)

    code, cli_counts, cli_said = _cli(capsys, cli_db, key, given)
    page_counts, page_said = _page(qtbot, make_ctx, second, key, given)

    not_here = without_code(f"[x] {NotMergedHereError.default_message}")
    expected = {"update-1.majlis": "already applied", "update-2.majlis": "applied", "laptop1.majlis": not_here}
    assert cli_said == expected, cli_said
    assert page_said == expected, page_said
    assert cli_counts == page_counts == {"files": 1, "done": 0, "held": 0, "waiting": 0, "refused": 1}
    assert code == 1
    assert _state(cli_db) == _state(second) == ([], 0)  # the bundle not merged in either
