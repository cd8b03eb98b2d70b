"""The passphrase change behind ``majlis-cli passwd`` and Settings → Change passphrase…
(desktop/core/passphrase_change.py), on real SQLCipher files.

A change leaves the database opening with exactly one of the two passphrases, and says which: the
new one with a backup that opens with it, or the current one when anything was refused or could
not be written. SQLCipher's ``PRAGMA rekey`` answers "ok" also when the re-encrypted pages could not
be written: the CLI then said "passphrase changed" of a file that kept the old key (and an open app
would have gone on with a key that opens nothing). A real write failure (a file size limit, as a
full disk, in a process of its own) shows it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.errors import WrongPassphrase
from desktop.core.models import Session
from desktop.core.passphrase_change import change_passphrase
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest, opens_with, titles
from tests.readonly_folder import read_only

NEW = "a new passphrase, not seen by anyone"


def add_session(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title=title, governorate="basra", language="ar"))


def test_the_open_store_goes_on_with_the_new_key(store: Store, db_path: Path) -> None:
    add_session(store, "before")
    old_backup = backups.backup(store.engine, db_path, PASSPHRASE)
    changed = change_passphrase(store, NEW, current=PASSPHRASE)
    assert changed.backup is not None and changed.older == 1 and changed.backup_error is None
    assert opens_with(changed.backup, NEW) and not opens_with(changed.backup, PASSPHRASE)
    assert opens_with(old_backup, PASSPHRASE)  # made before: keeps the old one
    add_session(store, "after")  # the same store, no restart: new connections take the new key
    store.close()
    assert titles(db_path, NEW) == {"before", "after"}
    with pytest.raises(WrongPassphrase):
        open_store(db_path, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(store: Store, db_path: Path) -> None:
    add_session(store, "kept")
    before = digest(db_path)
    with pytest.raises(WrongPassphrase):
        change_passphrase(store, NEW, current=PASSPHRASE + "x")
    assert digest(db_path) == before and backups.list_backups(db_path) == []
    add_session(store, "still writable")
    store.close()
    assert titles(db_path, PASSPHRASE) == {"kept", "still writable"}


def test_a_backup_that_cannot_be_written_stops_the_change(store: Store, db_path: Path) -> None:
    """The app's change (backup required): nothing changed, the store still writes with its key."""
    first = backups.backup(store.engine, db_path, PASSPHRASE)
    with read_only(backups.backup_dir(db_path)), pytest.raises(OSError):
        change_passphrase(store, NEW, current=PASSPHRASE)
    assert backups.list_backups(db_path) == [first]
    add_session(store, "after the refusal")
    store.close()
    assert opens_with(db_path, PASSPHRASE) and not opens_with(db_path, NEW)
    assert titles(db_path, PASSPHRASE) == {"after the refusal"}


def test_the_cli_goes_on_without_the_backup_and_says_why(store: Store, db_path: Path) -> None:
    backups.backup(store.engine, db_path, PASSPHRASE)
    with read_only(backups.backup_dir(db_path)):
        changed = change_passphrase(store, NEW, backup_required=False)
    assert changed.backup is None and isinstance(changed.backup_error, OSError) and changed.older == 1
    store.close()
    assert opens_with(db_path, NEW) and not opens_with(db_path, PASSPHRASE)


def test_readers_on_another_thread_never_meet_the_old_key(store: Store, db_path: Path) -> None:
    """The UI thread reads while the DB worker changes the passphrase: a connection it opened with
    the old key after the file took the new one would read "file is not a database", and the window
    would lock for good as if another program had rekeyed the file."""
    for n in range(200):
        add_session(store, f"session {n}")
    failures: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                with store.session() as s:
                    s.scalars(select(Session.title)).all()
            except BaseException as exc:
                failures.append(exc)
                return

    reader = threading.Thread(target=read)
    reader.start()
    try:
        change_passphrase(store, NEW, current=PASSPHRASE)
    finally:
        done.set()
        reader.join()
    assert failures == [] and not store.lost
    store.check_file()


WRITE_FAILS = textwrap.dedent(
    """
    import os, resource, sys
    from pathlib import Path
    from desktop.core.db import open_store
    from desktop.core.passphrase_change import change_passphrase

    path, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    store = open_store(path, old)
    with store.engine.connect() as conn:  # everything in the main file, an empty log
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # Room for a backup the size of the database, not for the log of every page re-encrypted: the
    # re-key's writes fail as on a full disk (Python ignores SIGXFSZ: the write returns an error).
    resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 1024, resource.RLIM_INFINITY))
    try:
        change_passphrase(store, new, current=old)
    except Exception as exc:
        print("refused", type(exc).__name__, getattr(exc, "details", {}).get("reason", ""))
    else:
        print("changed")
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    from desktop.core.models import Session
    with store.transaction() as s:  # the store goes on with the key the file has
        s.add(Session(kind="roundtable", title="after", governorate="basra", language="ar"))
    store.close()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_failure_while_encrypting_again_keeps_the_old_passphrase(store: Store, db_path: Path) -> None:
    add_session(store, "before")
    store.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run([sys.executable, "-c", WRITE_FAILS, str(db_path), PASSPHRASE, NEW],
                            capture_output=True, text=True, env=env, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["refused", "EnvironmentProblem", "rekey_failed"], result.stdout
    assert opens_with(db_path, PASSPHRASE) and not opens_with(db_path, NEW)
    assert backups.list_backups(db_path) == []  # the backup only the new passphrase opens: gone too
    assert titles(db_path, PASSPHRASE) == {"before", "after"}



@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_passwd_says_so_when_the_disk_refuses_the_change(store: Store, db_path: Path) -> None:
    """``majlis-cli passwd`` printed "passphrase changed" (exit 0) of a file that kept the old key."""
    import resource

    store.close()
    limit = db_path.stat().st_size + 1024

    def small_files() -> None:  # in the child only, as a nearly full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    env = {k: v for k, v in os.environ.items() if not k.startswith("MAJLIS_")}
    env.update(MAJLIS_PASSPHRASE=PASSPHRASE, MAJLIS_NEW_PASSPHRASE=NEW,
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "passwd", "--db", str(db_path)],
                            capture_output=True, text=True, env=env, check=False, timeout=300,
                            preexec_fn=small_files)
    assert result.returncode == 4 and "passphrase changed" not in result.stdout, (result.stdout, result.stderr)
    assert "the passphrase was not changed" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert opens_with(db_path, PASSPHRASE) and not opens_with(db_path, NEW)
    assert backups.list_backups(db_path) == []
