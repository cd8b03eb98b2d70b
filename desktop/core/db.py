"""Opening the encrypted local store: SQLCipher key, pragmas, schema upgrade, and the ``Store`` handle.

SQLite-specific details (key, pragmas, backup API) live here, in ``sqlcipher_file.py`` and in ``backups.py`` only, so a
PostgreSQL store for the central team can stand beside this one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import OperationalError as WrappedOperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.core import (
    backups,
    busy_wait,
    change_set,
    changes,
    coding_anchor,
    erasure_guard,
    migrate,
    new_database,
    search_sqlite,
)
from desktop.core.clock import HybridClock, WallClock, system_ms
from desktop.core.companion_names import refuse_companion_name
from desktop.core.db_rekey import _KEYINGS, _Keying
from desktop.core.db_rekey import current_passphrase as current_passphrase  # moved; importable from here too
from desktop.core.db_rekey import rekey as rekey
from desktop.core.db_rekey import use_key as use_key
from desktop.core.errors import (
    DatabaseExists,
    DatabaseMissing,
    EnvironmentProblem,
    NotADatabase,
    StoreError,
)
from desktop.core.exported_position import Rollback, check_and_heal, remember_team_update
from desktop.core.ids import new_id
from desktop.core.log_stamps import newest_stamp
from desktop.core.models import ChangeLog, Device, LocalState
from desktop.core.sqlcipher_file import classify, new_key, raw_connect, refuse_long_path, verify_key
from desktop.core.store_file import FileIdentity, identity_of, key_no_longer_fits, replaced_error
from desktop.core.store_lock import StoreLock

OPERATIONAL_ERRORS = (sqlcipher.OperationalError, WrappedOperationalError)


def make_engine(path: Path, passphrase: str, raw_key: bytes | None = None, *, create: bool = False) -> Engine:
    """``raw_key``: the key ``verify_key`` derived (or, for a new file, ``new_key``'s key and salt), so
    that new connections skip the derivation. ``create``: the file is made by the first connection;
    otherwise (and after that one) a connection never makes a file at ``path``."""
    keying = _Keying(passphrase, raw_key, create)

    def creator() -> sqlcipher.Connection:
        with keying.lock:
            conn = raw_connect(path, keying.passphrase, raw_key=keying.raw_key, must_exist=not keying.may_create)
            keying.may_create = False
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a power cut must not lose a committed autosave
        conn.execute(f"PRAGMA busy_timeout = {busy_wait.BUSY_WAIT_MS}")  # per thread at checkout: busy_wait.py
        conn.execute("PRAGMA secure_delete = ON")  # erased words must not linger in freed pages
        return conn

    # A small pool of long-lived connections. Keyed by passphrase (no ``raw_key``), SQLCipher derives
    # the key (~0.2 s, up to a second on a busy laptop) on every new one; with the key ``verify_key``
    # derived, a new connection costs nothing more. Four are kept, not two: the UI thread, the DB
    # worker and a session the worker opens inside another (a state read during an export) would
    # otherwise make the third an overflow connection, opened afresh and thrown away each time.
    engine = create_engine(
        "sqlite://", module=sqlcipher, creator=creator, poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=4
    )
    busy_wait.install(engine)
    _KEYINGS[engine] = keying
    return engine


POOL_SIZE = 4


@dataclass
class Store:
    """An open Majlis database: the engine, this device's identity, and sessions that log changes."""

    path: Path
    engine: Engine
    device_id: str
    epoch: str
    clock: HybridClock
    _factory: sessionmaker[OrmSession] = field(init=False, repr=False)
    # One writer: the shared lock this process holds while the store is open (store_lock.py), and
    # the identity of the file it opened, checked before and after every write (store_file.py).
    lock: StoreLock | None = field(default=None, repr=False)
    identity: FileIdentity | None = field(default=None, repr=False)
    lost: bool = False  # the file was replaced or rekeyed under us: no more writes, ever
    rollback: Rollback | None = None  # found at open: an older copy of the file, healed by a new epoch

    def __post_init__(self) -> None:
        self._factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        erasure_guard.install(self._factory)  # first: a write never brings erased words back, logged or not
        coding_anchor.install(self._factory)  # before the recorder: moved segments get logged too
        changes.install(self._factory)
        search_sqlite.install(self._factory)  # keeps the full-text index in step with every flush
        change_set.install(self._factory)  # last: sees the rows the hooks above added

    def session(self, *, replicating: bool = False) -> OrmSession:
        s = self._factory()
        s.info["recorder"] = changes.Recorder(self.device_id, self.epoch, self.clock)
        s.info["replicating"] = replicating
        return s

    @contextlib.contextmanager
    def transaction(self, *, replicating: bool = False) -> Iterator[OrmSession]:
        """One unit of work: committed as a whole, or rolled back as a whole on any error.

        Refused (``DatabaseReplaced``) when the file is no longer the one opened; checked again
        after the commit, so a write that landed in a file replaced meanwhile never reports success.
        """
        self.check_file()
        with self.session(replicating=replicating) as s:
            try:
                with s.begin():
                    yield s
            except Exception as exc:
                if key_no_longer_fits(exc):
                    self.lost = True
                    raise replaced_error() from exc
                # SQLAlchemy wraps what SQLite says during a flush or a commit in its own
                # OperationalError: a full disk or another program's lock is the environment's
                # problem (EnvironmentProblem, said in one translated line), not a bug.
                environment = classify(exc, self.path.parent) if isinstance(exc, OPERATIONAL_ERRORS) else None
                if environment is not None:
                    raise environment from exc
                raise
        self.check_file()

    def check_file(self) -> None:
        """Raise ``DatabaseReplaced`` (from now on, always) unless the file is still the one opened."""
        if not self.lost and self.identity is not None and identity_of(self.path) != self.identity:
            self.lost = True
        if self.lost:
            raise replaced_error(self.path)

    def warm_pool(self, connections: int = 3) -> None:
        """Open ``connections`` pooled connections now, on the calling thread (the app's DB worker):
        a connection first needed on the UI thread would derive its key there and freeze it."""
        opened = []
        try:
            for _ in range(min(connections, POOL_SIZE)):
                opened.append(self.engine.connect())
        finally:
            for conn in opened:
                conn.close()

    def probe(self) -> None:
        """``check_file`` plus one read through the pool: a key changed by another program shows here."""
        self.check_file()
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except Exception as exc:
            if key_no_longer_fits(exc):
                self.lost = True
                raise replaced_error() from exc
            raise

    def get_state(self, key: str, default: str = "") -> str:
        with self.session() as s:
            row = s.get(LocalState, key)
            return row.value if row else default

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as s:
            s.merge(LocalState(key=key, value=value))

    def close(self) -> None:
        if not self.lost and self.path.exists():
            with contextlib.suppress(Exception):  # closing must never fail; the next open re-checks
                remember_team_update(self)
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _connect_engine_checked(path: Path, passphrase: str, raw_key: bytes | None = None, *,
                            create: bool = False) -> Engine:
    engine = make_engine(path, passphrase, raw_key, create=create)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:
        engine.dispose()
        orig = getattr(exc, "orig", exc)
        raise classify(orig, path.parent) or StoreError(str(orig)) from exc
    return engine


def create_store(
    path: Path | str,
    passphrase: str,
    device_name: str,
    *,
    wall: WallClock = system_ms,
    device_id: str | None = None,
) -> Store:
    """Create a new encrypted database at ``path`` with a fresh device identity."""
    path = Path(path)
    refuse_companion_name(path)
    if path.exists() and path.stat().st_size > 0:
        raise DatabaseExists(f"{path} already exists")
    if not passphrase:
        raise StoreError("the passphrase is empty")
    if not path.parent.exists():
        raise DatabaseMissing(f"the folder {path.parent} does not exist")
    refuse_long_path(path)  # before the lock file: nothing written
    lock, engine = new_database.lock_alone(path), None  # type: tuple[StoreLock, Engine | None]
    try:  # alone while it is made: nobody else makes or opens it meanwhile (adopt_new_database shares it)
        engine = create_migrated(path, passphrase, new_key(passphrase))
        return adopt_new_database(path, engine, lock, device_name, wall=wall, device_id=device_id)
    except BaseException as exc:  # no file with tables and no device left for the next start to open
        new_database.given_up(path, exc, engine=engine, lock=lock)
        raise


def create_migrated(path: Path, passphrase: str, key: bytes) -> Engine:
    """A new encrypted file at ``path`` keyed with ``key`` (``new_key``), with the whole schema and no
    device yet. On failure nothing is left behind, and a full disk is said as such (``EnvironmentProblem``)."""
    engine: Engine | None = None
    try:  # the first page may be written and the disk full before the tables: that file goes too
        _private_file(path)
        engine = _connect_engine_checked(path, passphrase, key, create=True)
        migrate.upgrade(engine)
    except Exception as exc:
        new_database.given_up(path, exc, engine=engine)
        raise
    return engine


def _private_file(path: Path) -> None:
    """The new database's file made first, readable by its owner only (SQLite makes its -wal and -shm with
    the database's own permissions). Made by SQLite, it took the umask's 0644 on Linux and macOS: other
    accounts on the laptop could copy it (encrypted, but backups, restored copies and lock files are private)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def adopt_new_database(
    path: Path,
    engine: Engine,
    lock: StoreLock,
    device_name: str,
    *,
    wall: WallClock = system_ms,
    device_id: str | None = None,
) -> Store:
    """Give a freshly migrated database (no device yet) its device identity, and the store over it."""
    dev_id = device_id or new_id()
    epoch = secrets.token_hex(4)
    with OrmSession(engine) as s, s.begin():
        s.add(LocalState(key="device_id", value=dev_id))
        s.add(LocalState(key="epoch", value=epoch))
        # first_seen: for this database itself, when it was made (as a bundle's first arrival is
        # for a device on the roster), in the manifest's UTC form.
        s.add(Device(id=dev_id, name=device_name, is_self=True,
                     first_seen=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
    store = Store(path, engine, dev_id, epoch, HybridClock(dev_id, None, wall))
    store.lock, store.identity = lock, identity_of(path)
    lock.downgrade()  # whole now: others may open it too
    return store


def open_store(
    path: Path | str,
    passphrase: str,
    *,
    wall: WallClock = system_ms,
    backup_before_upgrade: bool = True,
    lock: StoreLock | None = None,
) -> Store:
    """Open an existing database: check the key without writing, refuse newer schemas, upgrade older ones.

    The store holds a shared lock on the database's sidecar (``lock`` hands in one the caller
    already holds, e.g. exclusively). An upgrade needs the file to itself and is refused, with
    nothing changed, while another process has it open.
    """
    path = Path(path)
    try:
        return _open_store(path, passphrase, wall, backup_before_upgrade, lock)
    except EnvironmentProblem as exc:
        reason = exc.details.get("reason")
        if reason == "cannot_open" and not _can_write_in(path.parent):
            # SQLite cannot say why; the usual reason is a folder (a CD, a write-protected USB
            # stick, a shared folder) where the journal beside the database cannot be made.
            raise _read_only_folder(path.parent) from exc
        if reason == "read_only":  # an upgrade's writes refused
            raise _read_only_problem(path) from exc
        raise


def _read_only_folder(folder: Path) -> EnvironmentProblem:
    """``folder``: the database's, named by the unlock window (which folder, and what to do)."""
    return EnvironmentProblem(
        f"the database is in a read-only folder ({folder.absolute()}): Majlis writes its journal beside it; "
        "copy the database to a folder you can write to, such as the Majlis data folder",
        reason="read_only", folder=str(folder.absolute()),
    )


def _read_only_problem(path: Path) -> EnvironmentProblem:
    """SQLite will not write the database: its folder, or (the folder takes new files) the file itself."""
    if not _can_write_in(path.parent):
        return _read_only_folder(path.parent)
    return EnvironmentProblem(
        "the database file is read-only (a copy from a CD or DVD keeps that mark): clear its read-only "
        "attribute, then open it again", reason="read_only_file")


def refuse_read_only(store: Store) -> None:
    """Raise ``EnvironmentProblem`` when SQLite will not write the open database (its file marked
    read-only, as a copy from a CD or DVD is on Windows; SQLite then opens it for reading alone).

    For the app, which opens a database to work in it: opened, every autosave then failed with 'the
    database is on a read-only disk or folder' and tried again, for as long as the person typed. Its
    write lock is taken and given back (nothing is written); another program writing meanwhile is
    waited for as by any write, and a wait that runs out is not a refusal."""
    try:
        with store.engine.begin() as conn:
            conn.execute(busy_wait.TAKE_WRITE_LOCK)
    except OPERATIONAL_ERRORS as exc:
        environment = classify(exc, store.path.parent)
        if environment is None:
            raise
        if environment.details.get("reason") == "read_only":
            raise _read_only_problem(store.path) from exc


def _can_write_in(folder: Path) -> bool:
    """Whether a new file can be made in ``folder`` (permissions alone do not say: root, immutable folders)."""
    probe = folder / f".majlis-write-test-{secrets.token_hex(4)}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        return False
    with contextlib.suppress(OSError):
        os.remove(probe)
    return True


def _open_store(path: Path, passphrase: str, wall: WallClock, backup_before_upgrade: bool,
                lock: StoreLock | None) -> Store:
    raw_key = verify_key(path, passphrase)  # the one key derivation of this open
    held = lock if lock is not None else StoreLock.shared(path)
    try:
        identity = identity_of(path)
        engine = _connect_engine_checked(path, passphrase, raw_key)
    except BaseException:
        if lock is None:
            held.release()
        raise
    try:
        state = migrate.schema_state(engine)
        if state == "not_majlis":
            raise NotADatabase(f"{path} is not a Majlis database")
        if state == "empty":  # keyed, and nothing in it: a new database whose making was cut short
            raise NotADatabase(f"{path} is not a Majlis database: it is empty (was its making cut short?)")
        if state == "newer":
            raise migrate.newer_error(engine)
        if state == "older":
            try:
                _upgrade(engine, path, passphrase, held, backup_first=backup_before_upgrade)
            except OPERATIONAL_ERRORS as exc:  # its writes refused: a read-only file, a full disk
                environment = classify(exc, path.parent)
                if environment is None:
                    raise
                raise environment from exc
        search_sqlite.rebuild_if_pending(engine)  # the text of a database older than the index
        with OrmSession(engine) as s:
            dev = s.get(LocalState, "device_id")
            epoch = s.get(LocalState, "epoch")
            if dev is None or epoch is None:
                raise NotADatabase(f"{path} has no device identity")
            last = newest_stamp(s)
            clock = HybridClock(dev.value, last, wall)
            if clock.log_ahead_ms is not None:  # rare: only then is this device's own latest looked up
                clock.resume(s.execute(
                    select(func.max(ChangeLog.hlc)).where(ChangeLog.device_id == dev.value)).scalar() or "")
        store = Store(path, engine, dev.value, epoch.value, clock)
        store.lock, store.identity = held, identity
        store.rollback = check_and_heal(store)  # a copy of an older file never reuses a sent number
        remember_team_update(store)
        return store
    except BaseException:
        engine.dispose()
        if lock is None:
            held.release()
        raise


def _upgrade(engine: Engine, path: Path, passphrase: str, lock: StoreLock, *, backup_first: bool) -> None:
    """A schema upgrade rewrites the file under every reader: only with nobody else holding it open."""
    was_exclusive = lock.is_exclusive
    lock.upgrade("upgrade the database to this version of Majlis")
    try:
        with engine.begin() as conn:  # a file SQLite will not write is refused before a backup is made of it
            conn.execute(busy_wait.TAKE_WRITE_LOCK)
        if backup_first:
            try:
                backups.backup(engine, path, passphrase, reason="pre-upgrade")
            except OSError as exc:  # the backups folder: write-protected, or a file in its place
                raise _no_backup_before_upgrade(path, exc) from exc
        search_sqlite.mark_if_older_than_index(engine)
        migrate.upgrade(engine)
    finally:
        if not was_exclusive:
            lock.downgrade()


def _no_backup_before_upgrade(path: Path, exc: OSError) -> EnvironmentProblem:
    """Said of the backups folder (the error names a hidden temporary file in it), as an upgrade's reason
    not to go on: the unlock window said only 'The database could not be opened.'"""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return EnvironmentProblem("the disk is full", reason="disk_full")
    return EnvironmentProblem(
        f"this database must be upgraded for this version of Majlis, and a backup of it is made first, but "
        f"the backups folder {backups.backup_dir(path).absolute()} cannot be written to "
        f"({exc.strerror or type(exc).__name__}): nothing was changed", reason="upgrade_backup_folder")


def sqlcipher_version(engine: Engine) -> Any:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA cipher_version").scalar()
