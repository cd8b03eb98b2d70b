"""Rotating encrypted backups (SQLite online backup API into a file keyed with the same passphrase).

Backups sit in a ``<database>.backups`` folder beside the database, named by time and reason only:
never anything about the people in it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import secrets
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from desktop.core import migrate
from desktop.core.atomic_file import TEMP_PREFIX, new_temporary, remove_stale_temporaries
from desktop.core.companion_names import refuse_companion_name
from desktop.core.device_label import device_label
from desktop.core.errors import EnvironmentProblem, NewerDatabase, NotADatabase, StoreError, WrongPassphrase
from desktop.core.restore_target import (
    damaged_backup,
    refuse_replacing_what_is_no_database,
    said_of_the_backup,
)
from desktop.core.sqlcipher_file import (
    MAX_PATH_BYTES,
    classify,
    connect_checked,
    new_key,
    no_room,
    path_bytes,
    raw_connect,
    refuse_other_files,
    verify_key,
)
from desktop.core.store_lock import StoreLock

DEFAULT_KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def _make_backup_dir(db_path: Path) -> Path:
    """The backups folder, made private (0700) when it is not there yet. A file of that name (made by
    hand or by another program) is said as such: "File exists: basra.db.backups" named no way out."""
    folder = backup_dir(db_path)
    if os.path.lexists(folder) and not folder.is_dir():
        raise EnvironmentProblem(f"{folder} is a file, not the backups folder Majlis keeps beside the database: "
                                 "move or rename it; nothing was written", reason="not_a_folder")
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _refuse_long_in_backups_folder(paths: tuple[Path, ...], made: str, nothing: str) -> None:
    """Files Majlis puts in the backups folder lie further down than the database: on a database deep in
    folders named in Arabic or Kurdish, which opens, they were put where SQLite cannot open them ("the
    database file cannot be opened here", of a database that had just opened). Said of the backups folder
    before anything is written, when the longest of ``paths`` (all in that folder) is longer than SQLite
    takes (``MAX_PATH_BYTES``). ``made``: what was to be put there; ``nothing``: what was left as it was."""
    length = max(path_bytes(path) for path in paths)
    if length > MAX_PATH_BYTES:
        raise EnvironmentProblem(
            f"the path of the backups folder {paths[0].parent} is too long for {made} ({length} bytes in UTF-8, "
            f"more than the {MAX_PATH_BYTES} SQLite takes): put the database in a folder with a shorter path "
            f"(fewer or shorter folder names), such as the Majlis data folder; {nothing}",
            reason="backup_path_too_long")


def _refuse_long_backup_path(target: Path) -> None:
    """A backup's path, and its hidden partial copy's (``.majlis-XXXXXXXX.partial``), some 45 bytes below
    the database's."""
    partial = target.with_name(f"{TEMP_PREFIX}{'x' * 8}{PARTIAL}")  # as long as new_temporary's name
    _refuse_long_in_backups_folder((target, partial), "a backup", "nothing was written")


def _refuse_long_restoring_path(db_path: Path) -> None:
    """The private copy restore reads beside the database (``.majlis-XXXXXXXX.restoring``) has a longer name
    than most databases: a database that opens (or would) some 490 bytes down was said to have "the path of
    the database file … too long", its copy's. Said of the copy, before anything is written."""
    staging = db_path.with_name(f"{TEMP_PREFIX}{'x' * 8}{RESTORING}")  # as long as new_temporary's name
    length = path_bytes(staging)
    if length > MAX_PATH_BYTES and path_bytes(db_path) <= MAX_PATH_BYTES:  # else the database's own path is said
        raise EnvironmentProblem(
            f"the path of the folder {db_path.parent} is too long for the copy restore makes beside the database "
            f"({length} bytes in UTF-8, more than the {MAX_PATH_BYTES} SQLite takes): put the database in a folder "
            "with a shorter path (fewer or shorter folder names), such as the Majlis data folder; nothing was "
            "changed", reason="path_too_long")


def _kept_name(stamp: str) -> str:
    """The name restore gives the database it replaces, in the backups folder (``_keep_aside``)."""
    return f"majlis-{stamp}{KEPT_BY_RESTORE}"


def _refuse_long_kept_path(db_path: Path) -> None:
    """The copy restore keeps of the database it replaces, ``…backups/majlis-<time>-before-restore.db``: put
    where SQLite cannot open it, the way back, given as --db, said "the path of the database file is too long"."""
    if not db_path.exists():
        return  # nothing is replaced, nothing kept
    kept = backup_dir(db_path) / _kept_name(_stamp())  # a stamp is always as long
    _refuse_long_in_backups_folder((kept,), "the copy restore keeps there of the database it replaces",
                                   "nothing was changed")


def _stamp() -> str:
    """The moment a backup (or the copy a restore keeps) is made, as its name gives it: the local time a
    person reads in the folder, with its offset from UTC. Names without the offset ordered by local time:
    once the laptop's time zone was set back (carried across zones, or its zone corrected), a backup
    just made sorted before older ones and was the first pruned, and the oldest were kept."""
    return dt.datetime.now().astimezone().strftime("%Y%m%d-%H%M%S-%f%z")


_NAMED_TIME = re.compile(r"majlis-(\d{8}-\d{6}-\d{6})([+-]\d{4})?-")


def made_at(path: Path) -> dt.datetime:
    """When the backup ``path`` was made (UTC), by its name. A name written before names held the offset is
    read as this computer's local time; a name holding no time (renamed by hand) by the file's last change."""
    named = _NAMED_TIME.match(path.name)
    if named is not None:
        with contextlib.suppress(ValueError):  # digits that are no date (a hand-made name)
            if named[2]:
                return dt.datetime.strptime(named[1] + named[2], "%Y%m%d-%H%M%S-%f%z").astimezone(dt.UTC)
            return dt.datetime.strptime(named[1], "%Y%m%d-%H%M%S-%f").astimezone(dt.UTC)
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except (OSError, OverflowError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def list_backups(db_path: Path) -> list[Path]:
    """The backups (and the copies restore kept) of ``db_path``, oldest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("majlis-*.db"), key=lambda path: (made_at(path), path.name))


def backup(
    engine: Engine, db_path: Path, passphrase: str, *, reason: str = "manual", keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the live database page by page into a new encrypted file, then drop the oldest backups."""
    target = backup_dir(db_path) / f"majlis-{_stamp()}-{reason}.db"
    _refuse_long_backup_path(target)
    folder = _make_backup_dir(db_path)
    _clear_orphans(folder, PARTIAL)
    # A private (0600), hidden file until the copy is complete; SQLite fills the empty file. Locked
    # while it is written, so that only orphans are cleared (above) by the next backup.
    fd, partial = new_temporary(folder, PARTIAL)
    try:
        # Keyed with a fresh salt and the key derived from it (``new_key``), as a new database is:
        # SQLCipher writes that salt at the file's head and derives nothing; the backup opens with the
        # passphrase like any other file. The one derivation is the same work either way.
        dest = raw_connect(partial, passphrase, raw_key=new_key(passphrase))
    except BaseException:
        os.close(fd)
        partial.unlink(missing_ok=True)
        raise
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        except sqlcipher.OperationalError as exc:
            # The backup step's error carries no SQLite result code (unlike a statement's), so
            # classify() cannot place it; writing a new file in our own folder fails for the disk
            # (full, read-only, I/O), not for a bug: a full one said as such (the room left tells).
            full = no_room(folder)
            raise classify(exc) or EnvironmentProblem(
                "the disk is full" if full else "the backup could not be written (the disk is full or "
                "reported an error); nothing was changed", reason="disk_full" if full else "backup_failed"
            ) from exc
        finally:
            raw.close()
        dest.close()
        _rename_locked(fd, partial, target)  # a backup is either complete or absent
    except BaseException:
        dest.close()
        with contextlib.suppress(OSError):
            os.close(fd)
        partial.unlink(missing_ok=True)
        raise
    prune(db_path, keep, just_made=target)
    return target


def prune(db_path: Path, keep: int = DEFAULT_KEEP, *, just_made: Path | None = None) -> None:
    """Drop the oldest backups beyond the ``keep`` latest (0 keeps them all). Never the copy a restore
    kept (``_keep_aside``): the way back, and maybe work never exported; it was dropped as the oldest.
    Never ``just_made`` either, whatever its name says against the others' (a clock set back)."""
    if keep <= 0:
        return
    made = [p for p in list_backups(db_path) if not p.name.endswith(KEPT_BY_RESTORE)]
    if just_made in made:
        made.remove(just_made)
        keep -= 1
    for old in made[:-keep] if keep > 0 else made:
        old.unlink(missing_ok=True)
        for companion in _sidecars(old):
            companion.unlink(missing_ok=True)


PARTIAL, RESTORING, KEPT_BY_RESTORE = ".partial", ".restoring", "-before-restore.db"


def _clear_orphans(folder: Path, suffix: str) -> None:
    """A backup or restore killed on the way (power cut, kill -9) left its hidden copy: a whole
    encrypted copy of the database that no list shows, no erasure reaches and that fills the disk a
    little more at every cut. Those nobody holds any more go, with their SQLite companions."""
    remove_stale_temporaries(folder, suffix)
    for companion in folder.glob(f".majlis-*{suffix}-*"):
        base = Path(str(companion).rsplit("-", 1)[0])
        if companion.name.endswith(("-wal", "-shm", "-journal")) and not base.exists():
            companion.unlink(missing_ok=True)


def _rename_locked(fd: int, source: Path, target: Path) -> None:
    """Put ``source`` (locked through ``fd``) in place; POSIX renames an open file, Windows does not."""
    if sys.platform == "win32":
        os.close(fd)
        os.replace(source, target)
    else:
        try:
            os.replace(source, target)
        finally:
            os.close(fd)


def _sidecars(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite may keep beside a database file."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # the database replaced, now in the backups folder (None: there was none)
    # How many of this laptop's changes in the database replaced had never been exported and are not
    # in the backup either (None: the passphrase given does not open it, changed since that backup):
    # they are in ``kept`` only. Each: entity, row id, op, data.
    unsent: tuple[tuple[str, str, str, dict[str, object]], ...] | None
    # The database replaced was damaged (cut short, emptied): kept as it was, but not a way back.
    kept_damaged: bool = False

    @property
    def unsent_left(self) -> int | None:
        return None if self.unsent is None else len(self.unsent)


def restore(backup_path: Path, db_path: Path, passphrase: str) -> Restored:
    """Put a backup in place of the database and start a new device epoch.

    The restored file may be older than changes this device already exported; a new epoch makes sure
    no sequence number is ever used twice for different content. Refused, with nothing changed,
    while any other process has the database open (it would go on writing into the replaced file),
    and for a backup this version of Majlis cannot open (written by a newer one). A database that is
    damaged (cut short: "use a backup", the unlock window and ``check`` say) is replaced too, once it
    is clear it is the database (``restore_target``); a text file or a folder named by a slip is not.

    The database replaced is not thrown away: it moves into the backups folder as
    ``majlis-<time>-before-restore.db`` (with its own passphrase, and its log of changes not yet
    folded in after a power cut), returned so that the person can go back to it when the backup
    chosen was the wrong one, with how much of its work had never been exported (that work is in
    the kept copy only, not in the database restored).
    """
    refuse_companion_name(db_path)
    damaged = refuse_replacing_what_is_no_database(db_path, backup_path, backup_dir, passphrase)
    if backup_path.exists() and db_path.exists() and os.path.samefile(backup_path, db_path):
        # Nothing to put back, and it would still start a new epoch: a slip of the file dialog or the shell.
        raise StoreError(f"{backup_path} is the database itself, not one of its backups; nothing was changed")
    refuse_other_files(backup_path)  # not there, a folder, a PDF or a bundle: named before anything is copied
    # Every check reads a private copy beside the database, never the backup itself: SQLite opens even
    # a reader with files beside it (-shm, a journal), which a read-only folder (a write-protected USB
    # stick, a backup on read-only media) refuses; and the backup is left exactly as it was. The copy
    # is the one put in place, so the backup is read once.
    _refuse_long_restoring_path(db_path)
    _refuse_long_kept_path(db_path)
    _clear_orphans(db_path.parent, RESTORING)
    fd, staging = new_temporary(db_path.parent, RESTORING)
    try:
        try:
            shutil.copyfile(backup_path, staging)
            wal = Path(f"{backup_path}-wal")
            if wal.exists():  # a copy kept with its log (below): the log's commits are part of it
                shutil.copyfile(wal, f"{staging}-wal")
            try:
                key = verify_key(staging, passphrase)
            except WrongPassphrase as exc:
                # The usual reason: the database's passphrase was changed since this backup was made, and
                # the backup keeps the one it had then (README, passwd). Said, so nobody concludes it is lost.
                raise WrongPassphrase(
                    f"wrong passphrase for {backup_path}: a backup made before a passphrase change opens only "
                    "with the passphrase the database had then; nothing was changed") from exc
            lock = StoreLock.exclusive(db_path, "restore a backup over the database")
            try:
                if db_path.exists():
                    _refuse_another_device(backup_path, staging, db_path, passphrase)
                unsent = unsent_changes_only_in(db_path, staging, passphrase) if db_path.exists() else None
                kept = _replace_with(fd, staging, backup_path, db_path, passphrase, key)
                return Restored(kept, None if unsent is None else tuple(unsent), damaged and kept is not None)
            finally:
                lock.release()
        except (StoreError, sqlcipher.DatabaseError) as exc:  # said of the backup given, not of its private copy
            raise said_of_the_backup(exc, staging, backup_path)  # noqa: B904 (``exc`` itself, or said anew)
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
        raise


def _own_device(path: Path, passphrase: str) -> tuple[str, str] | None:
    """(id, name) of the device whose database ``path`` is, read without writing; None when this
    passphrase does not open it or it has no device yet."""
    there_before = {companion for companion in _sidecars(path) if companion.exists()}
    try:
        conn = _reader(path, passphrase)
        if conn is None:
            return None
        try:
            revisions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if not revisions or any(str(r[0]) not in migrate.known_revisions() for r in revisions):
                return None  # a newer Majlis's, or not a database: said as such by the restore itself
            row = conn.execute("SELECT value FROM local_state WHERE key = 'device_id'").fetchone()
            if row is None:
                return None
            name = conn.execute("SELECT name FROM device WHERE id = ?", (row[0],)).fetchone()
            return str(row[0]), str(name[0] or "") if name else ""
        except sqlcipher.Error:
            return None
        finally:
            conn.close()
    finally:
        # A reader leaves a WAL file's -wal and -shm beside it: those this look made go again.
        for companion in _sidecars(path):
            if companion not in there_before:
                companion.unlink(missing_ok=True)


def _refuse_another_device(backup_path: Path, copy: Path, db_path: Path, passphrase: str) -> None:
    """A backup is this device's database as it was: the same device id. Another device's database
    or backup (a field laptop's database kept beside the centre's, picked by mistake) would put that
    device in this one's place, and mix this database's erasures and consent records into it. A
    laptop restored onto a new computer is restored to a database path that is not there yet. What
    lies in the database's own backups folder is taken as one of its backups, whatever it holds (the
    copy an earlier restore kept is the way back). ``copy``: the backup's private copy, read in its place."""
    if backup_path.resolve().parent == backup_dir(db_path).resolve():
        return  # its own backups folder: also the copy kept by an earlier restore, to go back to
    here, there = _own_device(db_path, passphrase), _own_device(copy, passphrase)
    if here is None or there is None or here[0] == there[0]:
        return
    # Named as everywhere a device is named: ``Basra laptop 2 (6c2e2005)``, ``6c2e2005 (no name yet)``.
    # The name is the laptop's own: no control character or bidirectional override in the line (a
    # Kurdish name's ZWNJ stays: it is spelling).
    raise StoreError(
        f"{backup_path} is the database of another device ({device_label(there[1], there[0])}), not a backup "
        f"of {db_path} ({device_label(here[1], here[0])}); nothing was changed: open it as it is "
        f"(--db {backup_path}), or restore it to a database path that is not there yet")


def _reader(path: Path, passphrase: str) -> sqlcipher.Connection | None:
    """A read-only connection to the database at ``path`` (one key derivation: ``connect_checked``); None
    when this passphrase does not open it."""
    try:
        return connect_checked(path, passphrase)
    except (StoreError, sqlcipher.Error):
        return None


def _ranges(conn: sqlcipher.Connection) -> tuple[str, dict[str, tuple[int, int]]] | None:
    """This device's id and, per epoch, (last exported, last recorded) sequence numbers of the
    database ``conn`` reads; None when it has no device (or is no Majlis database)."""
    try:
        device = conn.execute("SELECT value FROM local_state WHERE key = 'device_id'").fetchone()
        if device is None:
            return None
        done = {key.removeprefix("exported_seq:"): int(value or 0) for key, value in conn.execute(
            "SELECT key, value FROM local_state WHERE key LIKE 'exported_seq:%'")}
        tops = conn.execute("SELECT epoch, max(seq) FROM change_log WHERE device_id = ? GROUP BY epoch",
                            (device[0],)).fetchall()
        return str(device[0]), {str(epoch): (done.get(str(epoch), 0), int(top)) for epoch, top in tops}
    except (sqlcipher.Error, ValueError):
        return None


def unsent_only_in(db_path: Path, backup_path: Path, passphrase: str) -> int | None:
    """This device's changes in the database at ``db_path`` that were never exported and that the
    backup does not hold either: the work a restore of that backup leaves in the kept copy only.
    None when the passphrase does not open the database (changed since that backup)."""
    unsent = unsent_changes_only_in(db_path, backup_path, passphrase)
    return None if unsent is None else len(unsent)


def unsent_changes_only_in(db_path: Path, backup_path: Path,
                           passphrase: str) -> list[tuple[str, str, str, dict[str, object]]] | None:
    """Those changes themselves (entity, row id, op, data), read without writing, in their order."""
    conn = _reader(db_path, passphrase)
    if conn is None:
        return None
    try:
        live = _ranges(conn)
        if live is None:
            return None
        device, epochs = live
        held = None
        backup_conn = _reader(backup_path, passphrase)
        if backup_conn is not None:
            try:
                held = _ranges(backup_conn)
            finally:
                backup_conn.close()
        in_backup = held[1] if held is not None and held[0] == device else {}
        out: list[tuple[str, str, str, dict[str, object]]] = []
        for epoch, (done, top) in epochs.items():
            after = max(done, in_backup.get(epoch, (0, 0))[1])
            if top <= after:
                continue
            for entity, row_id, op, data in conn.execute(
                    "SELECT entity, row_id, op, data FROM change_log WHERE device_id = ? AND epoch = ? AND seq > ?"
                    " ORDER BY seq", (device, epoch, after)):
                out.append((str(entity), str(row_id), str(op), json.loads(data) if data else {}))
    except (sqlcipher.Error, ValueError):
        return None
    finally:
        conn.close()
    return out


def _replace_with(fd: int, staging: Path, backup_path: Path, db_path: Path, passphrase: str,
                  raw_key: bytes | None) -> Path | None:
    """Put ``staging`` (the backup's private copy, locked through ``fd``, beside the database) in the
    database's place as a new epoch; the database replaced is kept aside (returned). The caller
    removes ``staging`` when this fails. ``raw_key``: the key ``verify_key`` checked it with."""
    conn = raw_connect(staging, passphrase, raw_key=raw_key)
    try:
        _refuse_unopenable(conn, backup_path)
        conn.execute("UPDATE local_state SET value = ? WHERE key = 'epoch'", (secrets.token_hex(4),))
        # A centre's: the consent form editor asks before Publish until a laptop's bundle says which
        # form versions it holds (those published after this backup are lost here).
        from desktop.core.published_forms import mark_restored

        mark_restored(conn)
        conn.commit()
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise damaged_backup(backup_path)
    finally:
        conn.close()
    kept = _keep_aside(db_path)
    try:
        _rename_locked(fd, staging, db_path)
    except BaseException:
        if kept is not None:  # the database goes back where it was, never left missing
            os.replace(kept, db_path)
            if Path(f"{kept}-wal").exists():
                os.replace(f"{kept}-wal", f"{db_path}-wal")
        raise
    return kept


def _refuse_unopenable(conn: sqlcipher.Connection, backup_path: Path) -> None:
    """A backup that the database could not be opened from once in place: refused before anything
    is replaced (the person would be left with no database they can open)."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        has_epoch = conn.execute("SELECT 1 FROM local_state WHERE key = 'epoch'").fetchone() is not None
    except sqlcipher.OperationalError as exc:  # no such table
        raise NotADatabase(f"{backup_path} is not a Majlis database; nothing was changed") from exc
    if not rows or not has_epoch:
        raise NotADatabase(f"{backup_path} is not a Majlis database; nothing was changed")
    if any(str(r[0]) not in migrate.known_revisions() for r in rows):
        raise NewerDatabase(
            f"{backup_path} was written by a newer version of Majlis: update Majlis to restore it; "
            "nothing was changed", revision=str(rows[0][0]))


def _keep_aside(db_path: Path) -> Path | None:
    """Move the database about to be replaced into its backups folder, with its -wal (commits not yet
    folded into the file after a crash); its -shm is only an index of that log and goes."""
    if not db_path.exists():
        return None
    folder = backup_dir(db_path)
    kept = folder / _kept_name(_stamp())
    wal = Path(f"{db_path}-wal")
    moved_wal = False
    try:
        _make_backup_dir(db_path)
        if wal.exists() and wal.stat().st_size > 0:
            os.replace(wal, f"{kept}-wal")
            moved_wal = True
        os.replace(db_path, kept)
    except OSError as exc:
        if moved_wal:  # the database stays where it was, with its log
            os.replace(f"{kept}-wal", wal)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            # Said of the folder that could not be written, not of the database (the error names the
            # file being moved): the database is as it was, and no backup was put in place.
            raise EnvironmentProblem(
                f"the backups folder {folder.absolute()} cannot be written to ({exc.strerror}: a read-only "
                "folder?): restore keeps the database it replaces there, so it restored nothing; nothing "
                "was changed", reason="read_only") from exc
        raise
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return kept
