"""A second Ctrl+C that lands while a bundle is being written (inside one of its SQL statements, where a
big bundle spends most of its time), not while a file is read. SQLAlchemy drops the connection when a
KeyboardInterrupt comes out of a statement (it cannot tell what SQLite finished), and the import's way
out asked that dropped connection whether its group of bundles was still open: SQLAlchemy's
PendingRollbackError replaced the Ctrl+C, and the coordinator read ``[unexpected] an error not foreseen
(PendingRollbackError) stopped the import``, exit 70, where README promises exit 130 and the lines of
the files imported before it. Found by pressing Ctrl+C twice at random moments of a 46-file import."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from desktop.core.db import open_store
from desktop.core.models import ChangeLog, Participant
from desktop.sync import bundle_file, importer
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def bundles(tmp_path: Path) -> list[Path]:
    """Four bundles of one laptop on the roster, a few participants each."""
    team: Team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    made = []
    try:
        for n in range(1, 5):
            with laptop.transaction() as s:
                s.add_all(Participant(code=f"BSR-FG0{n}-P{k:02d}") for k in range(1, 6))
            exported = export_bundle(laptop, tmp_path / f"bundle-{n}.majlis")
            assert exported is not None
            made.append(exported.path)
    finally:
        team.close()
    return made


@pytest.fixture
def ctrl_c_twice_in_the_third_write(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Real Ctrl+C twice (the process's own SIGINT, through the import's handler) as the first SQL
    statement after the third file was read runs: the second raises inside that statement."""
    reads: list[object] = []
    real_read = bundle_file.read_bundle_file

    def counted_read(source: object) -> bytes:
        reads.append(source)
        return real_read(source)  # type: ignore[arg-type]

    def press_in_the_third(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if len(reads) == 3 and not pressed:
            pressed.append(True)
            signal.raise_signal(signal.SIGINT)  # the first: stop after this file
            signal.raise_signal(signal.SIGINT)  # the second: at once, here, inside the statement

    pressed: list[bool] = []
    monkeypatch.setattr(importer, "read_bundle_file", counted_read)
    event.listen(Engine, "before_cursor_execute", press_in_the_third)
    try:
        yield reads
    finally:
        event.remove(Engine, "before_cursor_execute", press_in_the_third)
        assert pressed, "the third bundle was never written"


def _received(centre: Path) -> int:
    store = open_store(centre, PASSPHRASE)
    try:
        with store.session() as s:
            return s.execute(select(func.count()).select_from(ChangeLog)
                             .where(ChangeLog.device_id != store.device_id)).scalar_one()
    finally:
        store.close()


def test_a_second_ctrl_c_inside_a_write_is_an_interruption_not_a_bug(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        ctrl_c_twice_in_the_third_write: list[object]) -> None:
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert "[unexpected]" not in err and "Error" not in err, err
    assert code == 130, (out, err)
    lines = out.splitlines()
    imported = [line for line in lines if line.startswith("imported ")]
    # The lines say what the database holds: the bundles committed before the Ctrl+C (a group of small
    # bundles not yet committed went with the one in hand, untold), none after it.
    assert [line.split(":")[0] for line in imported] == [f"imported {b}" for b in bundles[:len(imported)]], out
    assert len(imported) <= 2, out
    assert lines[-1] == (f"{len(imported)} of 4 bundles imported or already present; 0 held for approval; 0 refused; "
                         f"{4 - len(imported)} not read (interrupted: import them again)"), out
    assert err == "majlis-cli: stopping after the file being imported (Ctrl+C again to stop at once)\n", err
    assert _received(centre) == 5 * len(imported)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_running_it_again_imports_the_rest(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        ctrl_c_twice_in_the_third_write: list[object]) -> None:
    centre = tmp_path / "centre.db"
    first, _, _ = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert first == 130
    code, out, err = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert (code, err) == (0, ""), (out, err)
    assert out.endswith("4 of 4 bundles imported or already present; 0 held for approval; 0 refused\n"), out
    assert _received(centre) == 20
