"""One writer for file-level operations: restore, passwd and schema upgrades refuse while another
process has the database open; a store whose file was replaced or rekeyed under it stops writing.

The "other process" is a real second Python process holding the real encrypted database open.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command

from desktop.core import backups, migrate
from desktop.core.db import Store, create_store, open_store, rekey
from desktop.core.models import LocalState, Session
from desktop.core.store_file import DatabaseReplaced
from desktop.core.store_lock import DatabaseInUse, StoreLock
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from desktop.core.db import open_store
    store = open_store(sys.argv[1], sys.argv[2])
    with store.engine.connect() as conn:  # everything in the main file: its bytes stay put
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print("open", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    store.close()
    """
)

HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.core.store_lock import StoreLock
    lock = StoreLock.shared(Path(sys.argv[1])) if sys.argv[2] == "shared" else StoreLock.exclusive(Path(sys.argv[1]), "test")
    print("held", flush=True)
    sys.stdin.read()
    lock.release()
    """
)


class Holder:
    """A second process with the database open (or its lock held) until ``close()``."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line in {"open", "held"}, line

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        assert self.proc.wait(timeout=120) == 0
        self.proc.stdout.close()


@pytest.fixture
def held_open(db_path: Path) -> Iterator[Holder]:
    fresh_store(db_path, PASSPHRASE, "laptop").close()
    holder = Holder(HOLD_OPEN, str(db_path), PASSPHRASE)
    yield holder
    if holder.proc.poll() is None:
        holder.close()


def digest(path: Path) -> str:
    h = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """``majlis-cli`` in this test's process (tests/cli_run.py), the passphrase and ``env`` in its
    environment: the process refused is this one, the one holding the database is the ``Holder``'s
    (a real second process). Saves a Python start and a real key derivation per command."""

    def run_cli(*argv: str, **env: str) -> Ran:
        with monkeypatch.context() as scoped:
            for name, value in {"MAJLIS_PASSPHRASE": PASSPHRASE, **env}.items():
                scoped.setenv(name, value)
            return Ran(*run(capsys, *argv))

    return run_cli


def assert_one_line_refusal(result: Ran) -> None:
    assert result.returncode == 4, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "another program" in result.stderr and "Nothing was changed" in result.stderr


@pytest.mark.slow  # a second process holding the database: .ci/test runs it
def test_restore_refused_while_another_process_has_the_database_open(db_path: Path, held_open: Holder,
                                                                    cli: Callable[..., Ran]) -> None:
    store = open_store(db_path, PASSPHRASE)
    backup = backups.backup(store.engine, db_path, PASSPHRASE)
    store.close()
    before = digest(db_path)
    result = cli("restore", "--db", str(db_path), "--from", str(backup))
    assert_one_line_refusal(result)
    assert "restore" in result.stderr
    assert digest(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".majlis-")]
    held_open.close()
    done = cli("restore", "--db", str(db_path), "--from", str(backup))
    assert done.returncode == 0, done.stderr


@pytest.mark.slow  # a second process holding the database: .ci/test runs it
def test_passwd_refused_while_another_process_has_the_database_open(db_path: Path, held_open: Holder,
                                                                   cli: Callable[..., Ran]) -> None:
    before = digest(db_path)
    result = cli("passwd", "--db", str(db_path), MAJLIS_NEW_PASSPHRASE="another passphrase")
    assert_one_line_refusal(result)
    assert "passphrase" in result.stderr
    assert digest(db_path) == before
    held_open.close()
    done = cli("passwd", "--db", str(db_path), MAJLIS_NEW_PASSPHRASE="another passphrase")
    assert done.returncode == 0, done.stderr
    assert cli("check", "--db", str(db_path), MAJLIS_PASSPHRASE="another passphrase").returncode == 0


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_upgrade_refused_while_another_process_has_the_database_open(db_path: Path, cli: Callable[..., Ran]) -> None:
    store = fresh_store(db_path, PASSPHRASE, "laptop")
    previous = [r for r in sorted(migrate.known_revisions()) if r != migrate.head_revision()][-1]
    command.downgrade(migrate.alembic_config(store.engine), previous)
    store.close()
    holder = Holder(HOLD_LOCK, str(db_path), "shared")
    try:
        before = digest(db_path)
        with pytest.raises(DatabaseInUse, match="upgrade"):
            open_store(db_path, PASSPHRASE)
        assert digest(db_path) == before
        assert backups.list_backups(db_path) == []
        status = cli("status", "--db", str(db_path))
        assert_one_line_refusal(status)
    finally:
        holder.close()
    upgraded = open_store(db_path, PASSPHRASE)
    assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
    upgraded.close()
    assert len(backups.list_backups(db_path)) == 1  # the pre-upgrade backup


@pytest.mark.slow  # a second process restoring the database: .ci/test runs it
def test_opening_waits_for_no_one_during_a_restore(db_path: Path, cli: Callable[..., Ran]) -> None:
    fresh_store(db_path, PASSPHRASE, "laptop").close()
    holder = Holder(HOLD_LOCK, str(db_path), "exclusive")
    try:
        result = cli("status", "--db", str(db_path))
        assert result.returncode == 4 and result.stderr.count("\n") == 1
        assert "being replaced" in result.stderr
    finally:
        holder.close()
    assert cli("status", "--db", str(db_path)).returncode == 0


def test_two_readers_and_writers_may_share(db_path: Path) -> None:
    first = create_store(db_path, PASSPHRASE, "laptop")
    second = open_store(db_path, PASSPHRASE)
    try:
        with second.transaction() as s:
            s.add(Session(kind="roundtable", title="from the second"))
        with first.transaction() as s:
            s.add(Session(kind="roundtable", title="from the first"))
        with pytest.raises(DatabaseInUse):
            rekey(first, "new")
    finally:
        second.close()
    rekey(first, "new")  # alone now
    first.close()
    open_store(db_path, "new").close()


def _write(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title=title))


def test_a_replaced_file_is_never_written(store: Store, db_path: Path, tmp_path: Path) -> None:
    _write(store, "before")
    other = create_store(tmp_path / "other.db", PASSPHRASE, "other")
    other.close()
    # What an older Majlis or a file manager could do: put another file in its place.
    os.replace(tmp_path / "other.db", db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    before = digest(db_path)
    with pytest.raises(DatabaseReplaced):
        _write(store, "after")
    with pytest.raises(DatabaseReplaced):
        store.set_state("x", "y")
    assert digest(db_path) == before
    check = open_store(db_path, PASSPHRASE)
    with check.session() as s:
        assert s.query(Session).count() == 0
    check.close()


def test_a_write_that_lands_in_a_replaced_file_reports_failure(store: Store, db_path: Path, tmp_path: Path) -> None:
    shutil.copyfile(db_path, tmp_path / "copy.db")
    with pytest.raises(DatabaseReplaced), store.transaction() as s:
        s.add(Session(kind="roundtable", title="racing a replacement"))
        os.replace(tmp_path / "copy.db", db_path)  # replaced between the check and the commit
    assert store.lost


REKEY_IGNORING_LOCKS = textwrap.dedent(
    """
    import sys
    import sqlcipher3.dbapi2 as sqlcipher
    conn = sqlcipher.connect(sys.argv[1])
    conn.execute("PRAGMA key = '" + sys.argv[2] + "'")
    conn.execute("PRAGMA rekey = 'someone else'")
    conn.close()
    """
)


def test_a_file_rekeyed_by_another_program_stops_the_store(store: Store, db_path: Path) -> None:
    _write(store, "before")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()  # the other program needs the file to itself for its rekey
    subprocess.run([sys.executable, "-c", REKEY_IGNORING_LOCKS, str(db_path), PASSPHRASE], check=True)
    before = digest(db_path)
    with pytest.raises(DatabaseReplaced):
        store.probe()
    with pytest.raises(DatabaseReplaced):
        store.set_state("x", "y")
    assert digest(db_path) == before


def test_lock_released_on_close_and_on_failed_open(db_path: Path) -> None:
    store = create_store(db_path, PASSPHRASE, "laptop")
    assert store.lock is not None and store.lock.held
    store.close()
    assert not store.lock.held
    from desktop.core.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        open_store(db_path, "wrong")
    exclusive = StoreLock.exclusive(db_path, "test")  # nobody left holding anything
    exclusive.release()
    again = open_store(db_path, PASSPHRASE)
    with again.session() as s:
        assert s.get(LocalState, "device_id") is not None
    again.close()
