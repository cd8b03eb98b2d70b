"""Team encryption identities (age X25519) and device/central signing keys (Ed25519).

age identities are written in the standard identity-file layout so the central team can open any
bundle with the stock tool (``age -d -i team.key x.majlis``). Ed25519 keys travel as base64 of the
raw 32 bytes: short enough for a manifest, a team file or a database column.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pyrage.passphrase
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from desktop.core import file_kinds, file_signatures
from desktop.core.fingerprints import key_fingerprint as key_fingerprint  # the one format, re-exported
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.atomic_file import atomic_output, write_atomic
from desktop.sync.errors import KeyFileError, KeyFileTooSlowError, WrongKeyPassphraseError
from desktop.sync.sniff import AGE_HEADER, PROTECTED_KEY_HEADER, kind_of, starts_with

Identity = x25519.Identity
Recipient = x25519.Recipient


# --- age (encryption) -------------------------------------------------------------------------


def generate_identity() -> x25519.Identity:
    return x25519.Identity.generate()


def recipient_of(identity: x25519.Identity) -> str:
    """The public ``age1...`` string that bundles are encrypted to."""
    return str(identity.to_public())


def parse_recipient(text: str) -> x25519.Recipient:
    """Parse an ``age1...`` recipient; ValueError (not a bundle error: it is our own input) if bad."""
    try:
        return x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError as exc:
        raise ValueError("not an age X25519 recipient") from exc


def identity_file_text(identities: Sequence[x25519.Identity], created: datetime | None = None) -> str:
    """The identity file as ``age-keygen`` writes it (comment lines are ignored by ``age``)."""
    stamp = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines: list[str] = []
    for identity in identities:
        lines += [f"# created: {stamp}", f"# public key: {recipient_of(identity)}", str(identity)]
    return "\n".join(lines) + "\n"


def write_identity_file(path: str | os.PathLike[str], identities: Sequence[x25519.Identity]) -> Path:
    """Write the team identity file, private to the user (0600), atomically; an existing file is never
    replaced (FileExistsError): it may be the only copy of another key."""
    if not identities:
        raise ValueError("at least one identity is needed")
    return write_atomic(path, identity_file_text(identities).encode("ascii"), mode=0o600, replace=False)


def write_protected_identity_file(
    path: str | os.PathLike[str], identities: Sequence[x25519.Identity], passphrase: str, *,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """The identity file encrypted with a passphrase (age's scrypt recipient): ``age -d file`` asks
    for the passphrase and prints the identity file; :func:`load_protected_identity_file` reads it.
    ``cancelled`` (the app's Cancel) is asked after the sealing (seconds of scrypt) up to the last moment
    before the file takes its name: InterruptedError and no file."""
    if not identities:
        raise ValueError("at least one identity is needed")
    if not passphrase:
        raise ValueError("the passphrase is empty")
    with atomic_output(path, mode=0o600, replace=False) as out:
        # Sealed once the folder has taken the private temporary file: a write-protected stick or a folder
        # gone is said at once, not after the seconds of scrypt.
        out.write(pyrage.passphrase.encrypt(identity_file_text(identities).encode("ascii"), passphrase))
        if cancelled is not None and cancelled():  # the last moment: past it, the key file takes its name
            raise InterruptedError("export cancelled")
    return Path(path)


def is_protected_identity_file(path: str | os.PathLike[str]) -> bool:
    """Whether the file is age-encrypted with a passphrase (a protected identity file), by its first
    stanza; False when it cannot be read (the plain reader then says why). A file age-encrypted to
    keys (a bundle given in its place) is not: no passphrase is asked for what none opens."""
    try:  # its first bytes only: a pipe's rest is for the reader that comes next
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)) and starts_with(path, PROTECTED_KEY_HEADER)


# A protected file the passphrase opens that holds no age identity (a document or another text sealed
# with a passphrase): not a wrong passphrase, which would send the coordinator hunting for another.
_HOLDS_NO_KEY = QT_TRANSLATE_NOOP(
    "BundleError", "This passphrase opens the file, but it holds no age identity: it is not a team key file.")
_SECRET_KEY_PREFIX = "AGE-SECRET-KEY-"


def load_protected_identity_file(path: str | os.PathLike[str], passphrase: str) -> list[x25519.Identity]:
    return open_protected_identities(read_protected_identity_file(path), passphrase)


def read_protected_identity_file(path: str | os.PathLike[str]) -> bytes:
    """A protected identity file's bytes, still sealed: read where a slow disk may wait (the Sync page's
    worker), opened later with the passphrase asked for (``open_protected_identities``)."""
    return _key_file_bytes(path)


_TOO_MUCH_WORK = "Excessive work parameter"  # rage's DecryptError::ExcessiveWork, as pyrage words it


def open_protected_identities(sealed: bytes, passphrase: str) -> list[x25519.Identity]:
    """The identities a protected identity file's bytes hold, opened with its passphrase."""
    try:
        opened = pyrage.passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError as exc:
        # rage refuses, before trying the passphrase, a work factor over what this computer measures it
        # can do in ~16 s; pyrage gives only the message to tell that from a passphrase that does not open.
        if str(exc).startswith(_TOO_MUCH_WORK):
            raise KeyFileTooSlowError() from None
        raise WrongKeyPassphraseError() from None
    # The passphrase opened it (age authenticates what it decrypts): what it holds is no key, so
    # another file sealed with a passphrase (`age -p`), not a passphrase to try again.
    try:
        text = opened.decode("ascii")
    except UnicodeDecodeError:
        raise KeyFileError(_HOLDS_NO_KEY) from None
    if not any(line.strip().upper().startswith(_SECRET_KEY_PREFIX) for line in text.splitlines()):
        raise KeyFileError(_HOLDS_NO_KEY)
    return parse_identities(text)


def parse_identities(text: str) -> list[x25519.Identity]:
    identities: list[x25519.Identity] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError:
            # Never echo the line: it may be a (mistyped) secret key.
            raise KeyFileError("The key file holds a line that is not an age X25519 identity.") from None
    if not identities:
        raise KeyFileError("The key file holds no age identity.")
    return identities


# An age identity file holds a few lines; a protected one, their age encryption. Past this it is none.
KEY_FILE_LIMIT = 1_000_000
_NOT_A_FILE = QT_TRANSLATE_NOOP("BundleError", "This is a folder or a device, not a key file.")
# A key file chosen on the Sync page lives on a USB stick more often than not: once the stick is out,
# "cannot be read (No such file or directory)" had no translation, and an Arabic or Kurdish page said
# the general "not an age identity file", sending the coordinator to look for a bad key, not the stick.
_NOT_THERE = QT_TRANSLATE_NOOP(
    "BundleError", "The key file is not there (was its USB stick removed?). Plug the stick in, or choose the key "
    "file again.")


def _key_file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a key file, at most KEY_FILE_LIMIT (+1, to tell a larger file). A device such as
    /dev/zero was read until memory ran out, and a huge file whole before its size was looked at; a
    device or a folder is now refused in one line before anything is read. A named pipe is read (a
    key handed over by another program, or a test's slow USB stick), within the same limit."""
    try:
        mode = os.stat(path).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise KeyFileError(_NOT_A_FILE)
        with open(path, "rb") as handle:
            raw = handle.read(KEY_FILE_LIMIT + 1)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise KeyFileError(_NOT_THERE) from exc
    except OSError as exc:
        raise KeyFileError(f"The key file cannot be read ({exc.strerror}).") from exc
    if len(raw) > KEY_FILE_LIMIT:
        raise KeyFileError("The key file is far too large to be an age identity file.")
    return raw


# Files a coordinator keeps beside the team key, given in its place (the team file is the one most
# often taken for "the team's key"): each named as what it is (desktop.sync.sniff.kind_of).
_NOT_AN_IDENTITY_FILE = {
    "team_file": QT_TRANSLATE_NOOP(
        "BundleError", "This is the team file, not an age identity file: the team file holds no key. The team's "
        "key is kept in the centre's database (majlis-cli team key export writes it to a file)."),
    "team_update": QT_TRANSLATE_NOOP(
        "BundleError", "This is a team update, not an age identity file: the team's key is kept in the centre's "
        "database (majlis-cli team key export writes it to a file)."),
    "bundle": QT_TRANSLATE_NOOP(
        "BundleError", "This is a bundle of changes (encrypted to the team's keys), not a key file."),
    "pdf": QT_TRANSLATE_NOOP("BundleError", "This is a PDF, not an age identity file."),
    "zip": QT_TRANSLATE_NOOP(
        "BundleError", "This is a ZIP file (a workbook or a REFI-QDA project?), not an age identity file."),
}

# A protected key handed to the plain reader: whoever reads it asks for its passphrase first
# (is_protected_identity_file, load_protected_identity_file), as bundle import and the Sync page do.
_PROTECTED = QT_TRANSLATE_NOOP(
    "BundleError", "This team key file is protected by a passphrase: it opens only with the passphrase it was "
    "exported with (majlis-cli team key export).")


def load_identity_file(path: str | os.PathLike[str]) -> list[x25519.Identity]:
    """Read an identity file written by us or by ``age-keygen`` (several identities allowed)."""
    raw = _key_file_bytes(path)
    if raw.startswith(PROTECTED_KEY_HEADER):  # team key export's default: opened with its own passphrase
        raise KeyFileError(_PROTECTED)
    if raw.startswith(AGE_HEADER + b"\n"):  # sealed to keys, not to a passphrase: a bundle
        raise KeyFileError(_NOT_AN_IDENTITY_FILE["bundle"])
    other = _NOT_AN_IDENTITY_FILE.get(kind_of(raw))
    if other is not None:  # named as what it is, as --db names a bundle or a PDF, not "not text"
        raise KeyFileError(other)
    try:
        text = _key_file_text(raw)
    except UnicodeDecodeError:
        raise KeyFileError("The key file is not text.") from None
    return parse_identities(text)


# A team key file opened in Windows Notepad and saved again: "UTF-8 with BOM" gave a first line that is
# no identity (the BOM before "# created"), "Unicode" (UTF-16) no text at all, and each was refused as a
# damaged key file, sending a coordinator to look for another copy of the only key that opens the bundles.
_TEXT_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _key_file_text(raw: bytes) -> str:
    for bom, encoding in _TEXT_BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding)
    # UTF-16 without its mark (no Notepad writes it, a script may): its zeros are valid UTF-8, and each line
    # was "not an identity"; file_kinds calls it the team's key file by the key's text in it, so it is one.
    encoding = file_signatures.plain_key_encoding(raw[:file_kinds.HEAD])
    return raw.decode(encoding if encoding.startswith("utf-16") else "utf-8")


# --- Ed25519 (signing) ------------------------------------------------------------------------


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _b64decode_exact(text: str, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ValueError(f"{what} is not valid base64") from None
    if len(raw) != length:
        raise ValueError(f"{what} must be {length} bytes")
    return raw


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes_raw()).decode("ascii")


def private_key_b64(key: Ed25519PrivateKey) -> str:
    """Raw seed as base64; only ever stored inside the encrypted database."""
    return base64.b64encode(key.private_bytes_raw()).decode("ascii")


def load_signing_key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_b64decode_exact(text, 32, "signing key"))


def load_verify_key(text: str) -> Ed25519PublicKey:
    """ValueError if the text is not 32 base64 bytes (a point that is not on the curve included)."""
    return Ed25519PublicKey.from_public_bytes(_b64decode_exact(text, 32, "verify key"))


def same_public_key(a: str, b: str) -> bool:
    """Compare keys by their bytes, so two base64 spellings of one key count as the same key."""
    try:
        return _b64decode_exact(a, 32, "key") == _b64decode_exact(b, 32, "key")
    except ValueError:
        return False


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    """True only for a valid signature by ``public_key``; a malformed key is simply not valid."""
    try:
        load_verify_key(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def recipients_of(identities: Iterable[x25519.Identity]) -> set[str]:
    return {recipient_of(identity) for identity in identities}
