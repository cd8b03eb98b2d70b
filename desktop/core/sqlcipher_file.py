"""The encrypted file itself: keyed connections, checking a key without writing, SQLite errors by code.

Split from ``db.py`` so that ``backups.py`` (which copies and checks files) and ``db.py`` (which
opens stores and backs up before an upgrade) both build on it without importing each other.
"""

from __future__ import annotations

import codecs
import functools
import os
import secrets
import shutil
import sys
import unicodedata
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.core import digests, file_kinds, file_signatures, key_memo
from desktop.core.bounded_read import special_file
from desktop.core.errors import (
    DamagedDatabase,
    DatabaseMissing,
    EnvironmentProblem,
    NotADatabase,
    StoreError,
    WrongPassphrase,
)

SQLITE_PLAIN_HEADER = file_signatures.SQLITE  # 16 bytes, as long as an SQLCipher file's salt


def quote_key(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key`` (PRAGMA takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


# SQLCipher 4's default key derivation, which every Majlis database is created with.
_KDF_HASH, _KDF_ROUNDS, _KEY_BYTES, _SALT_BYTES = "sha512", 256_000, 32, 16


def derive_key(path: Path, passphrase: str) -> bytes | None:
    """The page key SQLCipher derives from ``passphrase`` and the salt at the head of ``path``.

    SQLCipher repeats the derivation (~0.2 s of CPU, far more on a busy laptop) for every new
    connection; deriving it once here and keying each connection with it as a raw key
    (``raw_connect(..., raw_key=)``) lets the pool open connections at once, so a connection the
    UI thread needs after the unlock never stalls the window. None when the file has no salt yet.
    It releases the GIL while it works, so the window keeps painting meanwhile (``digests``: the
    packaged app has no OpenSSL-backed ``hashlib``).
    """
    with open(path, "rb") as fh:
        salt = fh.read(_SALT_BYTES)
    if len(salt) < _SALT_BYTES or salt == SQLITE_PLAIN_HEADER:
        return None
    remembered = key_memo.remembered()
    if remembered is not None and (salt, passphrase) in remembered:
        return remembered[salt, passphrase]
    key = digests.pbkdf2_hmac(_KDF_HASH, passphrase.encode("utf-8"), salt, _KDF_ROUNDS, _KEY_BYTES)
    if remembered is not None:
        remembered[salt, passphrase] = key
    return key


def new_key(passphrase: str) -> bytes:
    """The raw key of a database about to be created: a fresh random salt and the key derived from it
    exactly as SQLCipher derives it (``derive_key``), as key + salt (48 bytes).

    Keyed with key and salt, SQLCipher writes this salt at the head of the new file and derives
    nothing: the one derivation of a new database is this one, and every connection of the pool is
    keyed at once. The file then opens with the passphrase like any other.
    """
    salt = secrets.token_bytes(_SALT_BYTES)
    return digests.pbkdf2_hmac(_KDF_HASH, passphrase.encode("utf-8"), salt, _KDF_ROUNDS, _KEY_BYTES) + salt


def _key_pragma(passphrase: str, raw_key: bytes | None) -> str:
    if raw_key is not None:
        return f"PRAGMA key = \"x'{raw_key.hex()}'\""
    return f"PRAGMA key = {quote_key(passphrase)}"


def rekey_pragma(passphrase: str, raw_key: bytes | None) -> str:
    """The statement that re-encrypts an open database with ``raw_key`` (``derive_key`` of the new
    passphrase and the file's salt, which a rekey keeps): SQLCipher derives nothing. Keyed by the
    passphrase (``raw_key`` None) it derives the key itself."""
    if raw_key is not None:
        return f"PRAGMA rekey = \"x'{raw_key.hex()}'\""
    return f"PRAGMA rekey = {quote_key(passphrase)}"


@functools.cache
def _library_kdf() -> tuple[str, int]:
    """SQLCipher's own key derivation, as this build of the library does it by default: (algorithm,
    rounds), ("", 0) when it does not say (an older build). Asked of a connection to no file."""
    try:
        conn = sqlcipher.connect(":memory:")
        try:
            algorithm = conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()
            rounds = conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()
        finally:
            conn.close()
        return str(algorithm[0]), int(rounds[0])
    except (sqlcipher.Error, TypeError, ValueError, IndexError):
        return "", 0


def _raw_key_literal(passphrase: str) -> bool:
    """Whether SQLCipher may take ``passphrase`` as a raw key (``x'…'``, hexadecimal) rather than derive one."""
    return passphrase[:2] in ("x'", "X'") and passphrase.endswith("'")


def derived_alike(passphrase: str) -> bool:
    """Whether SQLCipher keyed by ``passphrase`` derives the very key ``derive_key`` derives from it: this
    build of the library derives with the same algorithm and rounds (the salt is the file's either way),
    and does not take the passphrase as a raw key. Then a file that ``derive_key``'s key does not open,
    the passphrase does not open either, and asking SQLCipher to derive it again (0.2 s of CPU, seconds
    on a busy laptop) can only say "wrong" once more. The constants are read at each call: they are this
    module's (a test changes them to play a library with other defaults)."""
    return (_library_kdf() == (f"PBKDF2_HMAC_{_KDF_HASH.upper()}", _KDF_ROUNDS)
            and not _raw_key_literal(passphrase))


# SQLite result codes (https://sqlite.org/rescode.html) that mean the environment, not a bug: the
# primary code is the low byte of the extended code sqlcipher3 puts on the exception.
_ENVIRONMENT: dict[int, tuple[str, str]] = {
    sqlcipher.SQLITE_FULL: ("the disk is full", "disk_full"),
    sqlcipher.SQLITE_READONLY: ("the database is on a read-only disk or folder", "read_only"),
    sqlcipher.SQLITE_BUSY: ("the database is in use by another program", "locked"),
    sqlcipher.SQLITE_LOCKED: ("the database is in use by another program", "locked"),
    sqlcipher.SQLITE_CANTOPEN: ("the database file cannot be opened here", "cannot_open"),
    sqlcipher.SQLITE_IOERR: ("the disk reported an error", "io"),
}


#: The phrases of the problems that are about the disk the database is on (full, read-only, failing).
DISK_PHRASES = frozenset(_ENVIRONMENT[code][0]
                         for code in (sqlcipher.SQLITE_FULL, sqlcipher.SQLITE_READONLY, sqlcipher.SQLITE_IOERR))


def classify(exc: BaseException, folder: Path | None = None) -> StoreError | None:
    """Map an SQLite error about the environment (disk, permissions, locks) to a user-facing error.

    By result code, as qutebrowser's ``misc/sql.py`` does, never by the words of the message (which
    change between SQLite versions and would turn a bug into a "disk full"). Anything else is None:
    a bug, or a wrong key (SQLITE_NOTADB), for the caller to decide. ``folder``: the database's; an
    I/O error there with no room left on its disk is a full disk (SQLite's shared-memory file beside a
    database cannot grow: SQLITE_IOERR, not SQLITE_FULL, and "the disk reported a problem" hid that
    freeing some space was all it took).
    """
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == sqlcipher.SQLITE_IOERR and folder is not None and no_room(folder):
        primary = sqlcipher.SQLITE_FULL
    known = _ENVIRONMENT.get(primary)
    return EnvironmentProblem(known[0], reason=known[1]) if known else None


def damaged(exc: BaseException, path: Path | str | None) -> DamagedDatabase | None:
    """SQLite's "database disk image is malformed" (SQLITE_CORRUPT) as what it means to the person: the
    database at ``path`` (None: the one the command opened) is damaged; anything else None."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if not isinstance(code, int) or code & 0xFF != sqlcipher.SQLITE_CORRUPT:
        return None
    return DamagedDatabase(
        f"{path if path is not None else 'the database'} is damaged (cut short or corrupted): the passphrase "
        "is right, but the file cannot be read; use a backup", reason="damaged")


#: Less free room than this on a database's disk is a full one: SQLite's WAL and shared-memory files
#: alone need tens of kilobytes, and a system keeps some room back for itself.
FULL_BELOW = 1024 * 1024


def no_room(folder: Path) -> bool:
    """Whether the disk of ``folder`` (or of the nearest folder above it that is there) is full."""
    for place in (folder, *folder.parents):
        try:
            return shutil.disk_usage(place).free < FULL_BELOW
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return False


# The longest path of a database file SQLite opens, in UTF-8 bytes, symbolic links resolved: its file
# layer's longest path (512 on Linux and macOS; on Windows 260 characters of 4 bytes at most) less the 8
# its pager keeps for the journal's name ("-journal"). Measured with sqlcipher3 0.6.4 (SQLite 3.53): a
# path of 504 bytes opens, 505 gives SQLITE_CANTOPEN. An Arabic or Kurdish letter takes 2 bytes, so a
# dozen folders named in a few words reach it.
MAX_PATH_BYTES = (1040 if sys.platform == "win32" else 512) - 8


def path_bytes(path: Path | str) -> int:
    """The length SQLite gives ``path`` (made absolute, symbolic links resolved), in UTF-8 bytes."""
    return len(os.path.realpath(path).encode("utf-8", "surrogateescape"))


# The longest name of a database file whose companions fit a disk's 255 bytes a name (ext4, APFS; NTFS
# counts 255 characters): the name and the longest suffix Majlis and SQLite add beside it, "-journal"
# and ".backups" (8; ".lock" is 5). Some 124 Arabic letters, a session's title pasted as the name.
MAX_NAME = 255 - max(len(suffix) for suffix in ("-journal", ".backups", ".lock", "-wal", "-shm"))


def name_length(path: Path) -> int:
    """How the disk counts ``path``'s file name: characters on Windows, UTF-8 bytes elsewhere."""
    return len(path.name) if sys.platform == "win32" else len(path.name.encode("utf-8", "surrogateescape"))


def refuse_long_path(path: Path) -> None:
    """Said before SQLite is asked: past ``MAX_PATH_BYTES`` it answers only SQLITE_CANTOPEN, which said
    "the database file cannot be opened here", as if the disk or the file were at fault. A name past
    ``MAX_NAME`` fits the disk, but its lock file did not: "File name too long: <path>.lock"."""
    if name_length(path) > MAX_NAME:
        raise EnvironmentProblem(
            f"the name of the database file is too long ({name_length(path)} bytes, more than the {MAX_NAME} "
            "that leave room for the files Majlis keeps beside it): rename it to a shorter name; nothing was "
            "written", reason="name_too_long")
    length = path_bytes(path)
    if length > MAX_PATH_BYTES:
        raise EnvironmentProblem(
            f"the path of the database file is too long ({length} bytes in UTF-8, more than the "
            f"{MAX_PATH_BYTES} SQLite takes): put the database in a folder with a shorter path (fewer or "
            "shorter folder names), such as the Majlis data folder; nothing was written", reason="path_too_long")


def raw_connect(path: Path, passphrase: str, *, read_only: bool = False, must_exist: bool = False,
                raw_key: bytes | None = None) -> sqlcipher.Connection:
    """A keyed DB-API connection. Read-only mode lets the key be checked without touching the file.
    ``must_exist``: never make a new file at ``path`` (SQLite makes one by default). ``raw_key`` (from
    ``derive_key``) keys it without SQLCipher deriving the key again."""
    refuse_long_path(path)
    if read_only or must_exist:
        mode = "ro" if read_only else "rw"
        conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not stderr noise
    conn.execute(_key_pragma(passphrase, raw_key))
    return conn


def refuse_other_files(path: Path) -> None:
    """Raise a clear error when ``path`` is not there, a folder, or by its first bytes no SQLCipher
    database (a plain SQLite file, a bundle, a PDF, a ZIP, a text file, a file shorter than a page),
    each named as what it is. Only reads the file's head: no passphrase needed, nothing written (nor
    beside it). What is left may be a database: random bytes of whole pages, which only a passphrase
    tells apart from one (``verify_key`` says "wrong passphrase" of them)."""
    if not path.exists():
        raise DatabaseMissing(f"no database at {path}")
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a Majlis database")
    if special_file(path):  # a pipe waited for a writer for ever; /dev/zero filled the disk as a "backup"
        raise NotADatabase(f"{path} is a device or a pipe, not a Majlis database")
    with open(path, "rb") as fh:
        head = fh.read(_KEY_HEAD)  # enough for every signature, and for a plain key's first lines
    if len(head) < _SALT_BYTES:
        raise NotADatabase(f"{path} is not a Majlis database")
    other = _other_kind(path, head)
    if other:
        raise NotADatabase(f"{path} is {other}, not a Majlis database")
    # Not one of ours by its look alone, and so never "wrong passphrase" (which sent people after
    # another passphrase for a text file or a file cut short): see ``_unlike_a_database``.
    unlike = _unlike_a_database(head)
    if unlike:
        raise NotADatabase(f"{path} is not a Majlis database: {unlike}")


#: SQLCipher's page size (its default, which Majlis keeps): a database or backup is whole pages.
_PAGE = 4096


def may_be_a_database(path: Path) -> bool:
    """Whether ``path`` holds a database of any kind, without its passphrase: a Majlis database or
    backup (a laptop's database the coordinator keeps beside the centre's, a copy made by hand before
    an upgrade), which an export named after it would have replaced, or a plain SQLite file. An
    SQLCipher file has no header: it is whole pages of random-looking bytes from its first byte (16
    bytes of salt, then ciphertext), which no export is (a workbook and a REFI-QDA project begin
    ``PK``, a PDF ``%PDF``, a codebook ``<?xml``, and none is that random)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_PAGE)
    except OSError:
        return False
    if head.startswith(file_signatures.SQLITE):
        return True
    # Whole signatures, not their first byte or two: an SQLCipher file begins with a random salt, one
    # in 256 of which begins "<" (one in 65,536 "PK"), and a database whose salt did was taken for a
    # codebook and replaced by the export.
    if size < _PAGE or size % _PAGE or head.startswith(file_signatures.EXPORTS):
        return False
    return len(set(head)) >= _RANDOM_PAGE_VALUES  # a random page has about 256 byte values; text and markup far fewer


#: How much of a file's head is searched for a plain team key's mark (its comment lines come first).
_KEY_HEAD = 4096


def verify_key(path: Path, passphrase: str, *, known: bytes | None = None) -> bytes | None:
    """Raise a clear error unless ``path`` is a SQLCipher database this passphrase opens. Writes nothing.

    Returns the raw key that opened it (``derive_key``), for the connections that follow; None when
    only SQLCipher's own derivation opened it (a build of the library whose default derivation is
    not the one ``derive_key`` repeats): the connections then derive the key themselves, as before.
    ``known``: the key already derived from this passphrase for this file (an open store holds it):
    the file is asked with it, and the key is derived only when it does not open the file.
    """
    refuse_other_files(path)
    if not keyable(passphrase):  # no database was ever made with it (new_key could not derive one)
        raise WrongPassphrase("wrong passphrase, or not a Majlis database")
    absent = [companion for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not os.path.lexists(companion)]
    try:
        return _verify_key(path, passphrase, known)
    except DamagedDatabase:  # only then did SQLite read the first page and make them; nobody else opens it
        _remove_made(path, absent)
        raise


def _remove_made(path: Path, absent: list[Path]) -> None:
    """A failed open (a damaged database: the key reads its first page, which says WAL) left an empty
    -wal and its -shm beside the file, which SQLite made: those go, when they were not there before
    (``absent``) and the log holds nothing. Never a log that was there: it may hold commits."""
    wal = Path(f"{path}-wal")
    try:
        if wal not in absent or (os.path.lexists(wal) and os.path.getsize(wal) > 0):
            return
        for companion in absent:  # the -shm only indexes the log: of an empty log it holds nothing
            companion.unlink(missing_ok=True)
    except OSError:
        return


def _verify_key(path: Path, passphrase: str, known: bytes | None) -> bytes | None:
    if known is not None and _opens(path, passphrase, known):
        return known
    raw_key = derive_key(path, passphrase)
    if raw_key is not None and _opens(path, passphrase, raw_key):
        return raw_key
    # Not with the derivation repeated here: a wrong passphrase, or a library whose defaults differ
    # (then its own derivation still opens the file). Asked of SQLCipher's own derivation only then: a
    # wrong passphrase typed at the unlock cost a second derivation, for the same answer.
    # A passphrase written as SQLCipher writes a raw key (x'…') SQLCipher takes as that key, not
    # derived: asked of it as well. A NUL cannot go into SQLCipher's own key statement ("the query
    # contains a null character"): only the raw key above could have opened the file with it.
    if (raw_key is None or not derived_alike(passphrase)) and "\x00" not in passphrase \
            and _opens(path, passphrase, None):
        return None
    raise WrongPassphrase("wrong passphrase, or not a Majlis database")


def connect_checked(path: Path, passphrase: str) -> sqlcipher.Connection:
    """A read-only connection to the database at ``path``, once ``verify_key`` has said this passphrase
    opens it (its errors as it raises them), keyed with the key it derived: one derivation for the check
    and the connection (keyed by the passphrase, SQLCipher derived it all over again). Only a library
    whose defaults differ from ``derive_key``'s (see ``verify_key``) derives it again."""
    raw_key = verify_key(path, passphrase)
    return raw_connect(path, passphrase, read_only=True, raw_key=raw_key)


def keyable(passphrase: str) -> bool:
    """Whether ``passphrase`` has UTF-8 bytes to derive a key from. A lone surrogate (pasted from a
    broken clipboard) has none: verify_key raised UnicodeEncodeError, and with a NUL SQLCipher's
    ValueError, past every caller that expects WrongPassphrase (Settings → Back up now… showed a
    traceback; the unlock screen said the database could not be opened)."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: What ``_other_kind`` calls each kind of desktop.core.file_kinds (a team key: by its signature below).
_SAID = {
    "bundle": "a bundle (an age-encrypted file)",
    "team_update": "a team update",
    "team_file": "a team file",
    "pdf": "a PDF",
    "database": "an unencrypted SQLite file",
    "zip": "a ZIP file (a workbook or a REFI-QDA project)",
}


def _other_kind(path: Path, head: bytes) -> str:
    """What else a coordinator keeps beside databases and backups (a bundle, the team's key, a team file or
    update, a workbook, a PDF), as desktop.core.file_kinds names it from the file's ``head`` (so the Sync and
    Survey pages call it the same); "" for anything else. Said as what it is: no passphrase opens it, and
    "wrong passphrase" sent people after an old passphrase (restore --from a bundle on the stick). An SQLCipher
    file begins with 16 random bytes of salt, so a real database matches no signature but by a chance of
    2**-40 or less, and a ZIP's four bytes are one only with a central directory (or, cut short, with the
    first member's name of a team update or team file)."""
    names: list[set[str] | None] = []  # a ZIP's member names, read once (and only of a ZIP)

    def zip_names() -> set[str] | None:
        names.append(file_signatures.zip_names(path))
        return names[-1]

    kind = file_kinds.kind_of_head(head, zip_names)
    if kind == "team_key":
        return ("the team's key file (protected by its own passphrase)" if file_signatures.kind_of(head) == "age_passphrase"
                else "the team's key file (plain text)")
    if kind == "zip" and names == [None]:  # "PK\x03\x04" and no directory: a salt may begin so (2**-32)
        return ""
    return _SAID.get(kind, "")


#: How many of the 256 byte values a database's first page has at the least. An SQLCipher page is random
#: bytes from its first byte (salt, ciphertext, IV, HMAC): 4096 random bytes leave out about 0.00003
#: values on average, and 57 left out is beyond any chance. Text, markup, a file of zeros, a document
#: with its structure in the clear use far fewer (``may_be_a_database`` asks the same of a page).
_RANDOM_PAGE_VALUES = 200


def _unlike_a_database(head: bytes) -> str:
    """What a file's first page (``head``, up to a page) says it is when it cannot be an SQLCipher
    database, of any passphrase; "" when it may be one. A file shorter than a page (a Majlis database is
    whole pages, its first one written when it is made), text, or any first page that is not random."""
    if len(head) < _PAGE:
        return "it is shorter than a database's first page (a copy cut short, or another kind of file)"
    if len(set(head)) >= _RANDOM_PAGE_VALUES:
        return ""
    return "it is a text file" if _is_text(head) else "its first bytes are not an encrypted database's"


def _is_text(head: bytes) -> bool:
    """Whether ``head`` reads as UTF-8 text (its last character may be cut by the page's end)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    # Control characters only, not format ones: Kurdish text is full of zero-width non-joiners.
    return not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v" for ch in text)


def _opens(path: Path, passphrase: str, raw_key: bytes | None) -> bool:
    """Whether this key reads the file; an environment problem (disk, lock) is raised as such.

    A wrong key fails on the first page (SQLCipher checks each page's HMAC: SQLITE_NOTADB). A file
    whose first page this key decrypts, but whose schema then points at pages that are missing or
    unreadable (SQLITE_CORRUPT), has the right key and is damaged: raised as such, not taken for a
    wrong passphrase."""
    try:
        conn = raw_connect(path, passphrase, read_only=True, raw_key=raw_key)
    except sqlcipher.Error as exc:
        raise classify(exc, path.parent) or StoreError(str(exc)) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError as exc:
        env = classify(exc, path.parent)
        if env is not None:
            raise env from exc
        said = damaged(exc, path)
        if said is not None:
            raise said from exc
        return False
    finally:
        conn.close()
